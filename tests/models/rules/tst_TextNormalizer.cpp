// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "rules/TextNormalizer.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace gs;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

} // namespace

class TestTextNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << s(u"保本保息") << s(u"保本保息");
        QTest::newRow("full-width Latin and digits") << s(u"ＡＢＣ１２３") << s(u"abc123");
        QTest::newRow("full-width space") << s(u"保本\u3000保息") << s(u"保本保息");
        QTest::newRow("spaces") << s(u"保 本 保 息") << s(u"保本保息");
        QTest::newRow("tabs and newlines") << s(u"保\t本\r\n保\n息") << s(u"保本保息");
        QTest::newRow("no-break spaces") << s(u"保\u00A0本\u202F保\u2003息") << s(u"保本保息");
        QTest::newRow("hyphens") << s(u"保-本-保-息") << s(u"保本保息");
        QTest::newRow("full-width hyphens") << s(u"保－本－保－息") << s(u"保本保息");
        QTest::newRow("asterisk") << s(u"保*本保息") << s(u"保本保息");
        QTest::newRow("full-width asterisk") << s(u"保＊本保息") << s(u"保本保息");
        QTest::newRow("middle dots and dashes") << s(u"保·本•保—息") << s(u"保本保息");
        QTest::newRow("stars") << s(u"稳★赚☆不※赔") << s(u"稳赚不赔");
        QTest::newRow("zero-width") << s(u"保\u200B本\u200C保\u200D息\u2060\uFEFF") << s(u"保本保息");
        QTest::newRow("soft hyphen and bidi marks") << s(u"保\u00AD本\u200E保\u202E息") << s(u"保本保息");
        QTest::newRow("variation selector") << s(u"保\uFE0F本") << s(u"保本");
        QTest::newRow("curly quotes") << s(u"“保本”保息") << s(u"保本保息");
        QTest::newRow("traditional") << s(u"保證收益") << s(u"保证收益");
        QTest::newRow("traditional phrase") << s(u"穩賺不賠，高額回報，紅利") << s(u"稳赚不赔,高额回报,红利");
        QTest::newRow("traditional group") << s(u"養老險、退休員工") << s(u"养老险、退休员工");
        QTest::newRow("mixed Latin") << s(u"P2P理财 APP") << s(u"p2p理财app");
        QTest::newRow("full-width mixed Latin") << s(u"Ｐ２Ｐ 理財 ＡＰＰ") << s(u"p2p理财app");
        QTest::newRow("Latin case fold beyond ASCII") << s(u"ÉCOLE Straße") << s(u"écolestraße");
        QTest::newRow("sentence punctuation is kept") << s(u"保本，保息。对吗？") << s(u"保本,保息。对吗?");
        QTest::newRow("enumeration comma is kept") << s(u"保本、保息") << s(u"保本、保息");
        QTest::newRow("emoji stay") << s(u"😀保 本👍") << s(u"😀保本👍");
        QTest::newRow("only separators") << s(u" - * · \u200B ") << QString();
    }
    void normalized()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const TextNormalizer n;
        QCOMPARE(n.normalized(input), expected);
        const NormalizedText full = n.normalize(input);
        QCOMPARE(full.text, expected);
        QCOMPARE(full.sourcePos.size(), expected.size());
        // Normalising is idempotent and every kept unit points at an original unit that folds to it.
        QCOMPARE(n.normalized(expected), expected);
        for (qsizetype i = 0; i < full.text.size(); ++i) {
            QVERIFY(i == 0 || full.sourcePos[i] > full.sourcePos[i - 1]);
            QCOMPARE(n.fold(input.at(full.sourcePos[i]).unicode()), full.text.at(i).unicode());
        }
    }

    void originalOffsets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qsizetype>("start"); // in the normalised text
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<qsizetype>("originalStart");
        QTest::addColumn<QString>("originalText");
        QTest::newRow("spaces, whole") << s(u"这是保 本 保 息。") << qsizetype(2) << qsizetype(4) << qsizetype(2)
                                       << s(u"保 本 保 息");
        QTest::newRow("spaces, middle") << s(u"这是保 本 保 息。") << qsizetype(3) << qsizetype(2) << qsizetype(4)
                                        << s(u"本 保");
        QTest::newRow("leading separators excluded")
            << s(u"--保本--") << qsizetype(0) << qsizetype(2) << qsizetype(2) << s(u"保本");
        QTest::newRow("full-width") << s(u"ＡＢ　Ｃ") << qsizetype(1) << qsizetype(2) << qsizetype(1) << s(u"Ｂ　Ｃ");
        QTest::newRow("traditional") << s(u"他說：保證收益！") << qsizetype(3) << qsizetype(4) << qsizetype(3)
                                     << s(u"保證收益");
        QTest::newRow("after emoji") << s(u"😀 😀保*本") << qsizetype(4) << qsizetype(2) << qsizetype(5) << s(u"保*本");
        QTest::newRow("emoji inside") << s(u"保😀本") << qsizetype(0) << qsizetype(4) << qsizetype(0) << s(u"保😀本");
        QTest::newRow("zero-width inside")
            << s(u"x\u200B\u200B保\u200B本") << qsizetype(1) << qsizetype(2) << qsizetype(3) << s(u"保\u200B本");
    }
    void originalOffsets()
    {
        QFETCH(QString, input);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, length);
        QFETCH(qsizetype, originalStart);
        QFETCH(QString, originalText);
        const NormalizedText n = TextNormalizer().normalize(input);
        const NormalizedText::Span span = n.toOriginal(start, length);
        QCOMPARE(span.start, originalStart);
        QCOMPARE(input.mid(span.start, span.length), originalText);
    }

    void optionsSwitchRulesOff()
    {
        const QString text = s(u"Ａ 保證-Ｂ");
        QCOMPARE(TextNormalizer::identity().normalized(text), text);
        QCOMPARE(TextNormalizer({ true, false, false, false }).normalized(text), s(u"A 保證-B"));
        QCOMPARE(TextNormalizer({ false, true, false, false }).normalized(text), s(u"ａ 保證-ｂ"));
        QCOMPARE(TextNormalizer({ false, false, true, false }).normalized(text), s(u"Ａ保證Ｂ"));
        QCOMPARE(TextNormalizer({ false, false, false, true }).normalized(text), s(u"Ａ 保证-Ｂ"));
        QCOMPARE(TextNormalizer().normalized(text), s(u"a保证b"));
    }

    void traditionalTableIsConsistent()
    {
        const QStringView pairs = TextNormalizer::traditionalPairs();
        QCOMPARE(pairs.size() % 2, 0);
        QVERIFY(pairs.size() >= 2 * 100);
        QSet<char16_t> traditional;
        QSet<char16_t> simplified;
        for (qsizetype i = 0; i < pairs.size(); i += 2) {
            const char16_t t = pairs[i].unicode();
            const char16_t sc = pairs[i + 1].unicode();
            QVERIFY2(!traditional.contains(t), qPrintable(QString(QChar(t))));
            QVERIFY(t != sc);
            traditional.insert(t);
            simplified.insert(sc);
            QCOMPARE(TextNormalizer().fold(t), sc);
        }
        // No simplified character is rewritten (the table is a one-way fold, applied once).
        for (const char16_t sc : std::as_const(simplified))
            QCOMPARE(TextNormalizer().fold(sc), sc);
    }

    void surrogatesAreNeverTouched()
    {
        const TextNormalizer n;
        for (char16_t u = 0xD800; u <= 0xDFFF; ++u)
            QCOMPARE(n.fold(u), u);
    }

    void randomTextKeepsAMonotonicMap()
    {
        QRandomGenerator rng(20260101);
        const QString alphabet = s(u"保本息 -*·\u200BＡａA😀證证，。");
        const TextNormalizer n;
        for (int round = 0; round < 200; ++round) {
            QString text;
            const int len = rng.bounded(40);
            for (int i = 0; i < len; ++i)
                text += alphabet.at(rng.bounded(int(alphabet.size())));
            const NormalizedText out = n.normalize(text);
            QCOMPARE(out.text, n.normalized(text));
            QCOMPARE(n.normalized(out.text), out.text);
            for (qsizetype i = 0; i < out.text.size(); ++i) {
                QVERIFY(i == 0 || out.sourcePos[i] > out.sourcePos[i - 1]);
                QCOMPARE(n.fold(text.at(out.sourcePos[i]).unicode()), out.text.at(i).unicode());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_TextNormalizer.moc"
