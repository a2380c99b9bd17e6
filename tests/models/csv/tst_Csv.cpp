// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace gs;
using namespace gs::csv;

namespace {

struct Parsed
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
    Encoding encoding = Encoding::Unknown;
    bool decodingError = false;
};

Parsed parse(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed p;
    while (reader.next()) {
        p.rows.append(reader.fields());
        p.lines.append(reader.line());
        p.decodingError = p.decodingError || reader.hasDecodingError();
    }
    p.error = reader.error();
    p.encoding = reader.encoding();
    return p;
}

QStringList S(std::initializer_list<const char*> fields)
{
    QStringList out;
    for (const char* f : fields)
        out << QString::fromUtf8(f);
    return out;
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qint64>>("lines");
        using L = QList<QStringList>;
        using N = QList<qint64>;
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << L { S({ "a", "b", "c" }), S({ "1", "2", "3" }) }
                               << N { 1, 2 };
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << L { S({ "a", "b" }), S({ "1", "2" }) } << N { 1, 2 };
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L { S({ "a", "b" }), S({ "1", "2" }) } << N { 1, 2 };
        QTest::newRow("quoted comma") << QByteArray("\"x,y\",z\n") << L { S({ "x,y", "z" }) } << N { 1 };
        QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",z\n") << L { S({ "say \"hi\"", "z" }) }
                                       << N { 1 };
        QTest::newRow("line break in quotes") << QByteArray("\"one\ntwo\",b\nnext,row\n")
                                              << L { S({ "one\ntwo", "b" }), S({ "next", "row" }) } << N { 1, 3 };
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\r\nb\n") << L { S({ "a" }), S({ "b" }) } << N { 1, 4 };
        QTest::newRow("empty fields") << QByteArray(",,\n") << L { S({ "", "", "" }) } << N { 1 };
        QTest::newRow("trailing empty field") << QByteArray("a,\n") << L { S({ "a", "" }) } << N { 1 };
        QTest::newRow("spaces trimmed") << QByteArray(" a , b \n") << L { S({ "a", "b" }) } << N { 1 };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "code,name\n")
                             << L { S({ "code", "name" }) } << N { 1 };
        QTest::newRow("quote inside unquoted") << QByteArray("5\" pipe,x\n") << L { S({ "5\" pipe", "x" }) } << N { 1 };
        QTest::newRow("utf8") << QStringLiteral("代码,名称\n440106,天河区\n").toUtf8()
                              << L { { QStringLiteral("代码"), QStringLiteral("名称") },
                                     { QStringLiteral("440106"), QStringLiteral("天河区") } }
                              << N { 1, 2 };
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qint64>, lines);
        const Parsed p = parse(input);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows, rows);
        QCOMPARE(p.lines, lines);
        QVERIFY(!p.decodingError);
    }

    void gb18030IsDetected()
    {
        const QString text = QStringLiteral("code,name\n440106001,五山街道\n440106002,员村街道\n");
        const Parsed p = parse(gb18030(text));
        QCOMPARE(p.encoding, Encoding::Gb18030);
        QVERIFY(!p.decodingError);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows[1][1], QStringLiteral("五山街道"));
        QCOMPARE(p.rows[2][1], QStringLiteral("员村街道"));
        // A character outside GBK (four bytes in GB18030) survives too.
        const Parsed rare = parse(gb18030(QStringLiteral("x,𠀀\n")));
        QCOMPARE(rare.rows.value(0).value(1), QStringLiteral("𠀀"));
    }

    void utf8WithLateInvalidBytes()
    {
        // Decided on the first block (1 MiB) of text; a bad byte further on is flagged on its row.
        QByteArray bytes;
        while (bytes.size() < 2 * (1 << 20))
            bytes += QStringLiteral("a,天河\n").toUtf8();
        bytes += "b,\xff\xfe\n";
        const Parsed p = parse(bytes);
        QCOMPARE(p.encoding, Encoding::Utf8);
        QVERIFY(p.decodingError);
    }

    void encodingDecidedAcrossABlockBoundary_data()
    {
        QTest::addColumn<bool>("gb");
        QTest::newRow("GB18030") << true;
        QTest::newRow("UTF-8") << false;
    }

    void encodingDecidedAcrossABlockBoundary()
    {
        // The first non-ASCII character starts on the last byte of the first 1 MiB block: its first byte alone
        // is a valid start in both encodings, so the next block decides.
        QFETCH(bool, gb);
        const QByteArray name = gb ? gb18030(QStringLiteral("天河区")) : QStringLiteral("天河区").toUtf8();
        QByteArray bytes = "code,name\n";
        while (bytes.size() < (1 << 20) - 64)
            bytes += "440106,x\n";
        bytes += "440106,";
        bytes += QByteArray((1 << 20) - 1 - bytes.size(), 'a');
        QCOMPARE(bytes.size(), (1 << 20) - 1);
        bytes += name + "\n";
        const Parsed p = parse(bytes);
        QCOMPARE(p.encoding, gb ? Encoding::Gb18030 : Encoding::Utf8);
        QVERIFY(!p.decodingError);
        QVERIFY(p.rows.last().last().endsWith(QStringLiteral("天河区")));
    }

    void byteOrderMarkFromADeviceThatReadsLittle()
    {
        // A pipe may hand over one byte per read: the mark and the UTF-16 refusal still hold.
        class Trickle : public QIODevice
        {
        public:
            explicit Trickle(QByteArray d) : m_data(std::move(d)) { open(ReadOnly | Unbuffered); }
            bool isSequential() const override { return true; }
            qint64 bytesAvailable() const override { return m_data.size() - m_pos; }

        protected:
            qint64 readData(char* out, qint64 max) override
            {
                if (m_pos >= m_data.size())
                    return -1;
                if (max < 1)
                    return 0;
                *out = m_data[m_pos++];
                return 1;
            }
            qint64 writeData(const char*, qint64) override { return -1; }

        private:
            QByteArray m_data;
            qsizetype m_pos = 0;
        };
        Trickle utf8("\xEF\xBB\xBFname\n\xE5\xA4\xA9\n");
        CsvReader reader(&utf8);
        QVERIFY(reader.next());
        QCOMPARE(reader.field(0), QStringLiteral("name"));
        QVERIFY(reader.next());
        QCOMPARE(reader.field(0), QStringLiteral("天"));
        Trickle utf16(QByteArray("\xFF\xFE" "a\0", 4));
        CsvReader refused(&utf16);
        QVERIFY(!refused.next());
        QVERIFY(refused.error().contains(QStringLiteral("UTF-16")));
    }

    void utf16IsRefused()
    {
        const Parsed p = parse(QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
            8));
        QVERIFY(p.rows.isEmpty());
        QVERIFY(p.error.contains(QStringLiteral("UTF-16")));
    }

    void unterminatedQuote()
    {
        const Parsed p = parse("a,b\n\"open,c\nmore\n");
        QCOMPARE(p.rows.size(), 1);
        QVERIFY(p.error.contains(QStringLiteral("Line 2")));
    }

    void recordsAcrossBlocks()
    {
        // Records straddle the reader's 1 MiB blocks, including a quoted field and a multi-byte character.
        QByteArray bytes;
        int n = 0;
        while (bytes.size() < 3 * (1 << 20)) {
            bytes += QStringLiteral("%1,\"天河,%1\",x\n").arg(n).toUtf8();
            ++n;
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        int i = 0;
        while (reader.next()) {
            QCOMPARE(reader.fieldCount(), 3);
            if (reader.field(0).toInt() != i || reader.field(1) != QStringLiteral("天河,%1").arg(i))
                QFAIL(qPrintable(QStringLiteral("record %1 read as %2").arg(i).arg(reader.fields().join(u'|'))));
            QCOMPARE(reader.line(), qint64(i + 1));
            ++i;
        }
        QCOMPARE(i, n);
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
        QVERIFY(reader.error().isEmpty());
    }

    void writerEscapes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("天河区") << QStringLiteral("天河区");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("5\" pipe") << QStringLiteral("\"5\"\" pipe\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("byte-order mark first") << QStringLiteral("\uFEFFa") << QStringLiteral("\"\uFEFFa\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
        QTest::newRow("phone") << QStringLiteral("+86 138 0013 8000") << QStringLiteral("+86 138 0013 8000");
        QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    }

    void writerEscapes()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escaped(field), written);
    }

    void roundTrip()
    {
        const QList<QStringList> rows { { QStringLiteral("name"), QStringLiteral("note") },
            { QStringLiteral("李俊强"), QStringLiteral("说 \"你好\", 再见\n第二行") },
            { QStringLiteral("=1+1"), QStringLiteral("+86 139") } };
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer);
            for (const QStringList& row : rows)
                writer.writeRow(row);
            QVERIFY(writer.ok());
        }
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        Parsed p = parse(bytes);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows[1][1].replace(QStringLiteral("\r"), QString()), rows[1][1]);
        QCOMPARE(CsvWriter::unprotect(p.rows[2][0]), QStringLiteral("=1+1"));
        QCOMPARE(CsvWriter::unprotect(p.rows[2][1]), QStringLiteral("+86 139"));
    }

    void byteOrderMarkInsideAFieldSurvivesTheWriter()
    {
        // Found by fuzz_csv: the reader trims " " before U+FEFF, and decoding each field on its own dropped a
        // U+FEFF that begins one; written unquoted at the start of a file, it also read as the byte-order mark.
        const QByteArray file(" \xEF\xBB\xBF" "a,i\n\"x\"\"y\"18030,M)1US=(\n");
        const Parsed once = parse(file);
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer, false);
            for (const QStringList& row : once.rows)
                writer.writeRow(row);
        }
        QCOMPARE(once.rows.value(0).value(0), QStringLiteral("\uFEFFa"));
        QVERIFY(bytes.startsWith('"'));
        QCOMPARE(parse(bytes).rows, once.rows);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_Csv.moc"
