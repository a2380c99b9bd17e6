// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "rules/AhoCorasick.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace gs;
using Match = AhoCorasick::Match;

Q_DECLARE_METATYPE(QList<gs::AhoCorasick::Match>)

namespace QTest {
template <> char* toString(const gs::AhoCorasick::Match& m)
{
    const QByteArray text = "{p" + QByteArray::number(m.pattern) + " @" + QByteArray::number(m.start) + " +"
        + QByteArray::number(m.length) + "}";
    return qstrdup(text.constData());
}
} // namespace QTest

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

void sortMatches(QList<Match>& m)
{
    std::sort(m.begin(), m.end(), [](const Match& a, const Match& b) {
        return std::tie(a.start, a.length, a.pattern) < std::tie(b.start, b.length, b.pattern);
    });
}

/// The obvious quadratic reference: normalise, find each pattern everywhere, map back.
QList<Match> naive(const QStringList& patterns, const TextNormalizer& normalizer, const QString& text)
{
    const NormalizedText n = normalizer.normalize(text);
    QList<Match> out;
    for (qsizetype p = 0; p < patterns.size(); ++p) {
        const QString needle = normalizer.normalized(patterns[p]);
        if (needle.isEmpty())
            continue;
        for (qsizetype at = n.text.indexOf(needle); at >= 0; at = n.text.indexOf(needle, at + 1)) {
            const NormalizedText::Span span = n.toOriginal(at, needle.size());
            out.append({ p, span.start, span.length });
        }
    }
    sortMatches(out);
    return out;
}

QString randomText(QRandomGenerator& rng, const QString& alphabet, int maxLength)
{
    QString text;
    const int length = rng.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(rng.bounded(int(alphabet.size())));
    return text;
}

} // namespace

class TestAhoCorasick : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryMatch_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Match>>("expected"); // in report order: by end, longest first

        const QStringList classic { s(u"he"), s(u"she"), s(u"his"), s(u"hers") };
        QTest::newRow("textbook ushers") << classic << s(u"ushers")
                                         << QList<Match> { { 1, 1, 3 }, { 0, 2, 2 }, { 3, 2, 4 } };
        QTest::newRow("textbook no match") << classic << s(u"xyz") << QList<Match> {};
        const QStringList cjk { s(u"保本"), s(u"保本保息"), s(u"本保"), s(u"保息") };
        QTest::newRow("overlapping CJK") << cjk << s(u"保本保息")
                                         << QList<Match> { { 0, 0, 2 }, { 2, 1, 2 }, { 1, 0, 4 }, { 3, 2, 2 } };
        QTest::newRow("repeated and chained")
            << cjk << s(u"保本保本保息")
            << QList<Match> { { 0, 0, 2 }, { 2, 1, 2 }, { 0, 2, 2 }, { 2, 3, 2 }, { 1, 2, 4 }, { 3, 4, 2 } };
        QTest::newRow("self-overlapping")
            << QStringList { s(u"aa") } << s(u"aaaa") << QList<Match> { { 0, 0, 2 }, { 0, 1, 2 }, { 0, 2, 2 } };
        QTest::newRow("duplicate patterns both reported")
            << QStringList { s(u"高息"), s(u"高息") } << s(u"x高息") << QList<Match> { { 0, 1, 2 }, { 1, 1, 2 } };
        QTest::newRow("empty pattern never matches")
            << QStringList { QString(), s(u"b") } << s(u"abc") << QList<Match> { { 1, 1, 1 } };
        QTest::newRow("empty text") << cjk << QString() << QList<Match> {};
        QTest::newRow("no patterns") << QStringList {} << s(u"保本") << QList<Match> {};
        QTest::newRow("emoji pattern") << QStringList { s(u"😀"), s(u"😀保") } << s(u"a😀保😀")
                                       << QList<Match> { { 0, 1, 2 }, { 1, 1, 3 }, { 0, 4, 2 } };
        QTest::newRow("emoji around") << cjk.mid(0, 1) << s(u"😀😀保本👍") << QList<Match> { { 0, 4, 2 } };
    }
    void findsEveryMatch()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, text);
        QFETCH(QList<Match>, expected);
        const AhoCorasick dense(patterns);
        const AhoCorasick sparse(patterns, TextNormalizer::identity(), 0);
        QVERIFY(dense.isDense());
        QVERIFY(!sparse.isDense());
        QCOMPARE(dense.findAll(text), expected);
        QCOMPARE(sparse.findAll(text), expected);
    }

    void originalOffsetsThroughNormalisation_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found"); // original text of each match, in order

        QTest::newRow("spaces") << s(u"保本保息") << s(u"他说保 本 保 息啊") << QStringList { s(u"保 本 保 息") };
        QTest::newRow("hyphens") << s(u"保本保息") << s(u"保-本-保-息") << QStringList { s(u"保-本-保-息") };
        QTest::newRow("asterisk") << s(u"保本保息") << s(u"**保*本保息**") << QStringList { s(u"保*本保息") };
        QTest::newRow("zero-width") << s(u"保本保息") << s(u"保\u200B本保\uFEFF息")
                                    << QStringList { s(u"保\u200B本保\uFEFF息") };
        QTest::newRow("traditional text") << s(u"稳赚不赔") << s(u"保證穩賺不賠") << QStringList { s(u"穩賺不賠") };
        QTest::newRow("traditional pattern") << s(u"穩賺") << s(u"稳赚") << QStringList { s(u"稳赚") };
        QTest::newRow("full-width Latin")
            << s(u"P2P") << s(u"某ｐ２ｐ平台，某P 2 P") << QStringList { s(u"ｐ２ｐ"), s(u"P 2 P") };
        QTest::newRow("pattern with separators") << s(u"保 本") << s(u"保本") << QStringList { s(u"保本") };
        QTest::newRow("emoji between") << s(u"保本") << s(u"😀保😀本") << QStringList {};
        QTest::newRow("emoji before") << s(u"保本") << s(u"😀😀 保-本😀") << QStringList { s(u"保-本") };
        QTest::newRow("not across a comma") << s(u"保本保息") << s(u"保本，保息") << QStringList {};
        QTest::newRow("pattern of separators only") << s(u"--") << s(u"a--b") << QStringList {};
    }
    void originalOffsetsThroughNormalisation()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        for (const qsizetype dense : { AhoCorasick::DefaultMaxDenseCells, qsizetype(0) }) {
            const AhoCorasick ac({ pattern }, TextNormalizer(), dense);
            QStringList texts;
            for (const Match& m : ac.findAll(text))
                texts.append(text.mid(m.start, m.length));
            QCOMPARE(texts, found);
        }
    }

    /// Dense, sparse, fused normalisation and the naive reference agree on random input.
    void agreesWithNaiveReference_data()
    {
        QTest::addColumn<bool>("normalise");
        QTest::newRow("identity") << false;
        QTest::newRow("normalised") << true;
    }
    void agreesWithNaiveReference()
    {
        QFETCH(bool, normalise);
        const TextNormalizer normalizer = normalise ? TextNormalizer() : TextNormalizer::identity();
        QRandomGenerator rng(4711);
        const QString patternAlphabet = s(u"保本息高利返");
        const QString textAlphabet = s(u"保本息高利返 -x證😀");
        for (int round = 0; round < 300; ++round) {
            QStringList patterns;
            const int count = 1 + rng.bounded(12);
            for (int i = 0; i < count; ++i)
                patterns.append(randomText(rng, patternAlphabet, 4));
            const QString text = randomText(rng, textAlphabet, 60);
            const QList<Match> expected = naive(patterns, normalizer, text);
            for (const qsizetype cells : { AhoCorasick::DefaultMaxDenseCells, qsizetype(0) }) {
                QList<Match> got = AhoCorasick(patterns, normalizer, cells).findAll(text);
                sortMatches(got);
                if (got != expected) {
                    qWarning() << "patterns" << patterns << "text" << text;
                    QCOMPARE(got, expected);
                }
            }
        }
    }

    void largeDictionaryFallsBackToSparse()
    {
        QStringList patterns;
        for (int i = 0; i < 3000; ++i)
            patterns.append(
                QString(QChar(0x4E00 + i)) + QChar(0x4E00 + (i * 7) % 3000) + QChar(0x4E00 + (i * 13) % 3000));
        const AhoCorasick big(patterns, TextNormalizer(), 1 << 16);
        QVERIFY(!big.isDense());
        QCOMPARE(big.patternCount(), qsizetype(3000));
        const QString text = s(u"保本") + patterns[1234] + s(u"保息") + patterns[42];
        const QList<Match> found = big.findAll(text);
        QVERIFY(found.contains(Match { 1234, 2, 3 }));
        QVERIFY(found.contains(Match { 42, 7, 3 }));
    }

    void megabyteText()
    {
        const AhoCorasick ac({ s(u"保本保息"), s(u"高息") }, TextNormalizer());
        QString text;
        const QString filler = s(u"社区网格员今天走访了辖区内的商户和居民，宣传防范非法集资知识。");
        while (text.size() * 2 < 1024 * 1024)
            text += filler;
        const qsizetype at = text.size() / 2;
        text.insert(at, s(u"保本-保息"));
        text += s(u"高息");
        const QList<Match> found = ac.findAll(text);
        QCOMPARE(found, (QList<Match> { { 0, at, 5 }, { 1, text.size() - 2, 2 } }));
    }
};

QTEST_GUILESS_MAIN(TestAhoCorasick)
#include "tst_AhoCorasick.moc"
