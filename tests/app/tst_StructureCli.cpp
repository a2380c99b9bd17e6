// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The structure, people and pairing commands, driven through the real executable.
#include "CliTestSupport.h"
#include "DivisionFiles.h"
#include "PdfTools.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

using namespace gs;

namespace {

using Run = test::CliRun;

const QByteArray kPassword = "chief-password\n";

Run gridsentinel(const QStringList& args, const QByteArray& stdinText = kPassword)
{
    return test::runCli(args, stdinText); // pair card must work without a display setting
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

} // namespace

class tst_StructureCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList as(const QStringList& args) const
    {
        return args + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--as"), QStringLiteral("chief") };
    }

    QJsonObject counts()
    {
        const Run r = gridsentinel(as({ QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") }));
        return r.json().object().value(QStringLiteral("counts")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("node.db"));
        const Run r = gridsentinel({ QStringLiteral("init"), QStringLiteral("--db"), m_db,
            QStringLiteral("--insecure-fast-kdf"), QStringLiteral("--node"), QStringLiteral("天河一号"),
            QStringLiteral("--district"), QStringLiteral("天河区"), QStringLiteral("--district-code"),
            QStringLiteral("440106"), QStringLiteral("--admin"), QStringLiteral("chief") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void importDivisions()
    {
        const QString dir = m_dir.filePath(QStringLiteral("division"));
        QDir().mkpath(dir);
        test::DivisionFiles files { dir };
        files.writeStandard();

        // A broken file: every problem with file and line on stderr, exit 7, nothing written.
        files.write(QStringLiteral("streets.csv"), QStringLiteral("code,name,areaCode,provinceCode,cityCode"),
            { QStringLiteral("440106001,五山街道,440106,44,4401"), QStringLiteral("4401060,员村街道,440106,44,4401") });
        Run r = gridsentinel(as({ QStringLiteral("import"), QStringLiteral("divisions"), QStringLiteral("--dir"), dir,
            QStringLiteral("--district"), QStringLiteral("440106") }));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("streets.csv:3:"), r.err.constData());
        QVERIFY(r.err.contains("villages.csv:5:")); // its communities are orphans now
        QVERIFY(r.err.contains("Nothing was written."));
        QCOMPARE(counts().value(QStringLiteral("streets")).toInt(), 0);

        files.writeStandard();
        r = gridsentinel(as({ QStringLiteral("import"), QStringLiteral("divisions"), QStringLiteral("--dir"), dir,
            QStringLiteral("--district"), QStringLiteral("440106,440104"), QStringLiteral("--dry-run"),
            QStringLiteral("--format"), QStringLiteral("json") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().object().value(QStringLiteral("dryRun")).toBool());
        QCOMPARE(counts().value(QStringLiteral("streets")).toInt(), 0);

        r = gridsentinel(as({ QStringLiteral("import"), QStringLiteral("divisions"), QStringLiteral("--dir"), dir,
            QStringLiteral("--district"), QStringLiteral("440106"), QStringLiteral("--district"),
            QStringLiteral("440104"), QStringLiteral("--format"), QStringLiteral("json") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Reading… 100%"), r.err.constData()); // progress goes to stderr
        const QJsonObject added = r.json().object().value(QStringLiteral("added")).toObject();
        QCOMPARE(added.value(QStringLiteral("streets")).toInt(), 3);
        QCOMPARE(added.value(QStringLiteral("communities")).toInt(), 4);
        QCOMPARE(counts().value(QStringLiteral("communities")).toInt(), 4);

        QCOMPARE(
            gridsentinel(as({ QStringLiteral("import"), QStringLiteral("divisions"), QStringLiteral("--dir"), dir }))
                .exitCode,
            2);
        QCOMPARE(gridsentinel(as({ QStringLiteral("import"), QStringLiteral("divisions"), QStringLiteral("--dir"), dir,
                                  QStringLiteral("--district"), QStringLiteral("4401") }))
                     .exitCode,
            2);
    }

    void importGeoJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("boundaries.geojson"));
        const QByteArray good = R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"440106001001","name":"岳洲社区居委会","level":"community"},
             "geometry":{"type":"Polygon","coordinates":[[[113.30,23.10],[113.32,23.10],[113.32,23.12],[113.30,23.12],[113.30,23.10]]]}}]})";
        const QByteArray bad = R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"440106001001"},
             "geometry":{"type":"Polygon","coordinates":[[[113.30,23.10],[113.32,23.10],[113.32,23.12],[113.30,23.12]]]}},
            {"type":"Feature","properties":{"code":"440106001099"},
             "geometry":{"type":"Polygon","coordinates":[[[113.30,23.10],[113.32,23.10],[113.32,23.12],[113.30,23.12],[113.30,23.10]]]}}]})";
        writeFile(path, bad);
        Run r = gridsentinel(as({ QStringLiteral("import"), QStringLiteral("geojson"), path }));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("Feature 1 (440106001001): the outer ring is not closed"), r.err.constData());
        QVERIFY(r.err.contains("Nothing was written."));
        writeFile(path, good);
        QCOMPARE(gridsentinel(as({ QStringLiteral("import"), QStringLiteral("geojson"), path, QStringLiteral("--crs"),
                                  QStringLiteral("utm50n") }))
                     .exitCode,
            2);
        r = gridsentinel(as({ QStringLiteral("import"), QStringLiteral("geojson"), path, QStringLiteral("--crs"),
            QStringLiteral("gcj02"), QStringLiteral("--format"), QStringLiteral("json") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("crs")).toString(), QStringLiteral("gcj02"));
        QCOMPARE(r.json().object().value(QStringLiteral("units")).toArray().size(), 1);
    }

    void peopleAndPairs()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("people.csv"));
        QStringEncoder gb("GB18030");
        // GB18030, as WPS saves it; line 4 has a bad phone: exit 7, nothing written.
        const QString rows = QStringLiteral(
            "类型,姓名,手机,社区编码,单位,网点,角色,经度,纬度\n"
            "哨员,姜志峰,18900005624,440106001001,,,,113.33,23.14\n"
            "志愿者,李俊强,13900002096,,中国邮政储蓄银行,广州五山支行,专业宣讲员;金融助理员,113.35,23.15\n");
        writeFile(csvPath, gb(rows + QStringLiteral("哨员,坏号码,123,440106001001,,,,,\n")));
        Run r = gridsentinel(as({ QStringLiteral("people"), QStringLiteral("import"), csvPath }));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("people.csv:4: Phone:"), r.err.constData());
        QCOMPARE(counts().value(QStringLiteral("people")).toInt(), 0);
        writeFile(csvPath, gb(rows));
        r = gridsentinel(as({ QStringLiteral("people"), QStringLiteral("import"), csvPath }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("GB18030"));
        QCOMPARE(counts().value(QStringLiteral("people")).toInt(), 2);

        r = gridsentinel(as(
            { QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(r.json().array().size(), 2);
        const QString exported = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(
            gridsentinel(as({ QStringLiteral("people"), QStringLiteral("export"), QStringLiteral("--out"), exported }))
                .exitCode,
            0);
        QVERIFY(test::fileBytes(exported).startsWith("\xEF\xBB\xBF"
                                                     "id,kind,name"));

        r = gridsentinel(
            as({ QStringLiteral("pair"), QStringLiteral("add"), QStringLiteral("--sentinel"), QStringLiteral("姜志峰"),
                QStringLiteral("--volunteer"), QStringLiteral("139 0000 2096"), QStringLiteral("--since"),
                QStringLiteral("2026-05-06"), QStringLiteral("--format"), QStringLiteral("json") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString card = r.json().object().value(QStringLiteral("cardNo")).toString();
        QCOMPARE(card, QStringLiteral("440106-2026-0001"));
        // Twice: the sentinel is paired already.
        r = gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("add"), QStringLiteral("--sentinel"),
            QStringLiteral("姜志峰"), QStringLiteral("--volunteer"), QStringLiteral("李俊强") }));
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("already paired"));

        const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
        r = gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("card"), QStringLiteral("--pdf"), pdf, card,
            QStringLiteral("--format"), QStringLiteral("json") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("pages")).toInt(), 1);
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
        // Set in the shared document fonts: the names come out of the PDF as typed, without Kangxi radicals.
        const QString text = test::pdfText(pdf).out;
        QVERIFY2(text.contains(QStringLiteral("姜志峰")) && text.contains(QStringLiteral("李俊强")), qPrintable(text));
        QVERIFY2(test::radicalsIn(text).isEmpty(), qPrintable(text));
        QCOMPARE(gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("card"), card })).exitCode, 2);

        r = gridsentinel(
            as({ QStringLiteral("pair"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("end"), card })).exitCode,
            7); // a reason is required
        r = gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("end"), card, QStringLiteral("--reason"),
            QStringLiteral("志愿者调岗") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("list"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("endReason")).toString(),
            QStringLiteral("志愿者调岗"));
        r = gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--out"), QStringLiteral("-") }));
        QVERIFY(r.out.contains(QStringLiteral("440106-2026-0001,ended").toUtf8()));
        QCOMPARE(gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("max"), QStringLiteral("5") })).exitCode, 0);
        QVERIFY(gridsentinel(as({ QStringLiteral("pair"), QStringLiteral("max") })).out.contains("up to 5"));
    }
};

QTEST_GUILESS_MAIN(tst_StructureCli)
#include "tst_StructureCli.moc"
