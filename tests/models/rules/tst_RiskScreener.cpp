// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "rules/RiskScreener.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace gs;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

ScreeningInput description(const QString& text)
{
    ScreeningInput in;
    in.description = text;
    return in;
}

const RiskHit* findHit(const RiskAssessment& a, const QString& term, const QString& field = {})
{
    for (const RiskHit& h : a.hits) {
        if (h.term == term && (field.isEmpty() || h.field == field))
            return &h;
    }
    return nullptr;
}

RiskDictionary dictionaryOf(std::initializer_list<std::pair<const char16_t*, double>> terms)
{
    QList<RiskRule> rules;
    for (const auto& [term, weight] : terms)
        rules.append({ s(term), RiskRule::promiseCategory(), weight, RiskRule::anyField(), QString() });
    return RiskDictionary(rules);
}

double countedSum(const RiskAssessment& a)
{
    double sum = 0;
    for (const RiskHit& h : a.hits)
        sum += h.counted ? h.weight : 0;
    return sum;
}

} // namespace

class TestRiskScreener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seededDictionaryIsValid()
    {
        const RiskDictionary d = RiskDictionary::seeded();
        QVERIFY2(d.validate().ok(), qPrintable(d.validate().ok() ? QString() : d.validate().error().message));
        QVERIFY(d.size() >= 50);
        QSet<QString> categories;
        for (const RiskRule& r : d.rules()) {
            categories.insert(r.category);
            QVERIFY(!r.label.isEmpty());
            QVERIFY(r.weight > 0);
            QCOMPARE(r.field == RiskRule::entityField(), r.category == RiskRule::entityCategory());
        }
        QCOMPARE(categories, (QSet<QString> { s(u"promise"), s(u"entity"), s(u"group") }));
    }

    void everySeededRuleIsFound_data()
    {
        QTest::addColumn<qsizetype>("rule");
        const RiskDictionary d = RiskDictionary::seeded();
        for (qsizetype i = 0; i < d.size(); ++i)
            QTest::newRow(qPrintable(d.rules()[i].term)) << i;
    }
    void everySeededRuleIsFound()
    {
        QFETCH(qsizetype, rule);
        const RiskScreener screener;
        const RiskRule& r = screener.dictionary().rules()[rule];
        ScreeningInput in;
        QString text;
        QString field;
        if (r.field == RiskRule::entityField()) {
            text = s(u"广州市天河区某某") + r.term + s(u"有限公司");
            in.entityName = text;
            field = ScreeningInput::entityNameKey();
        } else {
            text = s(u"对方在微信群里说“") + r.term + s(u"”，让大家尽快转账。");
            in.description = text;
            field = ScreeningInput::descriptionKey();
        }
        const RiskAssessment a = screener.screen(in);
        const RiskHit* hit = findHit(a, r.term, field);
        QVERIFY(hit);
        QCOMPARE(hit->rule, rule);
        QCOMPARE(hit->start, text.indexOf(r.term));
        QCOMPARE(hit->length, r.term.size());
        QCOMPARE(hit->text, r.term);
        QCOMPARE(hit->category, r.category);
        QCOMPARE(hit->label, r.label);
        QVERIFY(hit->counted);
        QVERIFY(a.score >= r.weight);
        QCOMPARE(a.score, countedSum(a));
    }

    void normalisedMatchesPointIntoTheOriginal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<QString>("matched");
        QTest::newRow("spaces") << s(u"他们说保 本 保 息，放心") << s(u"保本保息") << qsizetype(3) << s(u"保 本 保 息");
        QTest::newRow("hyphens") << s(u"承诺保-本-保-息") << s(u"保本保息") << qsizetype(2) << s(u"保-本-保-息");
        QTest::newRow("asterisk") << s(u"保*本保息") << s(u"保本保息") << qsizetype(0) << s(u"保*本保息");
        QTest::newRow("full-width space and dash")
            << s(u"高额　回－报") << s(u"高额回报") << qsizetype(0) << s(u"高额　回－报");
        QTest::newRow("zero-width") << s(u"稳\u200B赚\u200B不\u200B赔") << s(u"稳赚不赔") << qsizetype(0)
                                    << s(u"稳\u200B赚\u200B不\u200B赔");
        QTest::newRow("traditional") << s(u"保證穩賺不賠！") << s(u"稳赚不赔") << qsizetype(2) << s(u"穩賺不賠");
        QTest::newRow("traditional group") << s(u"專門找退休老年人") << s(u"老年人") << qsizetype(5) << s(u"老年人");
        QTest::newRow("traditional rebate") << s(u"消費返還30%") << s(u"消费返还") << qsizetype(0) << s(u"消費返還");
        QTest::newRow("emoji before") << s(u"😀😀保本保息👍") << s(u"保本保息") << qsizetype(4) << s(u"保本保息");
        QTest::newRow("emoji after many") << s(u"🔥🔥🔥躺 赚🔥") << s(u"躺赚") << qsizetype(6) << s(u"躺 赚");
    }
    void normalisedMatchesPointIntoTheOriginal()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(qsizetype, start);
        QFETCH(QString, matched);
        const RiskAssessment a = RiskScreener().screen(description(text));
        const RiskHit* hit = findHit(a, term);
        QVERIFY(hit);
        QCOMPARE(hit->start, start);
        QCOMPARE(hit->length, matched.size());
        QCOMPARE(hit->text, matched);
        QCOMPARE(text.mid(hit->start, hit->length), matched);
    }

    void mixedLatinCustomRule()
    {
        RiskDictionary d = dictionaryOf({ { u"P2P", 12 }, { u"USDT", 10 } });
        const RiskAssessment a = RiskScreener(d).screen(description(s(u"某ｐ２ｐ平台用 u s d t 结算")));
        QCOMPARE(a.hits.size(), 2);
        QCOMPARE(a.hits[0].text, s(u"ｐ２ｐ"));
        QCOMPARE(a.hits[0].start, 1);
        QCOMPARE(a.hits[1].text, s(u"u s d t"));
        QCOMPARE(a.score, 22.0);
    }

    void overlappingRulesAreAllReported()
    {
        const RiskDictionary d
            = dictionaryOf({ { u"保本", 15 }, { u"保本保息", 30 }, { u"本保", 5 }, { u"保息", 10 } });
        const RiskAssessment a = RiskScreener(d).screen(description(s(u"保本保息")));
        QCOMPARE(a.hits.size(), 4);
        QStringList terms;
        for (const RiskHit& h : a.hits)
            terms.append(
                h.term + QLatin1Char('@') + QString::number(h.start) + (h.counted ? QStringLiteral("*") : QString()));
        // By position, longer first; only the longest counts, the ones inside it explain but do not add.
        QCOMPARE(terms, (QStringList { s(u"保本保息@0*"), s(u"保本@0"), s(u"本保@1"), s(u"保息@2") }));
        QCOMPARE(a.score, 30.0);
        // 保本 on its own elsewhere still counts, once.
        const RiskAssessment b = RiskScreener(d).screen(description(s(u"保本保息，另有保本产品，保本")));
        QCOMPARE(b.score, 45.0);
        QCOMPARE(b.score, countedSum(b));
    }

    void entityRulesOnlyCountInTheEntityName()
    {
        const RiskScreener screener;
        ScreeningInput in;
        in.title = s(u"某理财公司推销");
        in.description = s(u"某某投资管理公司以基金名义，在小区推销私募产品");
        QCOMPARE(screener.screen(in).hits.size(), 0);
        QCOMPARE(screener.screen(in).score, 0.0);

        in.entityName = s(u"广州某某投资管理有限公司");
        const RiskAssessment a = screener.screen(in);
        QCOMPARE(a.hits.size(), 1);
        QCOMPARE(a.hits[0].term, s(u"投资管理"));
        QCOMPARE(a.hits[0].field, ScreeningInput::entityNameKey());
        QCOMPARE(a.hits[0].start, 4);
        QCOMPARE(a.score, 12.0);
        // findAll() is field-blind: it reports the entity words in any text.
        QCOMPARE(screener.findAll(in.description).size(), 3);
    }

    void aRuleCountsOncePerLead()
    {
        const RiskScreener screener;
        ScreeningInput in;
        in.title = s(u"高额回报");
        in.description = s(u"高额回报！高额回报！！高额回报！！！");
        in.extra.append({ s(u"flyer"), s(u"高额回报") });
        const RiskAssessment a = screener.screen(in);
        QCOMPARE(a.hits.size(), 5);
        QCOMPARE(a.score, 20.0);
        int counted = 0;
        for (const RiskHit& h : a.hits)
            counted += h.counted ? 1 : 0;
        QCOMPARE(counted, 1);
        QVERIFY(a.hits[0].counted);
        QCOMPARE(a.hits[0].field, ScreeningInput::titleKey());
        QCOMPARE(a.hits[4].field, s(u"flyer"));
        QCOMPARE(a.hits[2].start, 5);
    }

    void levels_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("medium");
        QTest::addColumn<double>("high");
        QTest::addColumn<RiskLevel>("level");
        QTest::newRow("zero") << 0.0 << 20.0 << 50.0 << RiskLevel::Low;
        QTest::newRow("below medium") << 19.5 << 20.0 << 50.0 << RiskLevel::Low;
        QTest::newRow("at medium") << 20.0 << 20.0 << 50.0 << RiskLevel::Medium;
        QTest::newRow("below high") << 49.0 << 20.0 << 50.0 << RiskLevel::Medium;
        QTest::newRow("at high") << 50.0 << 20.0 << 50.0 << RiskLevel::High;
        QTest::newRow("custom low") << 9.0 << 10.0 << 30.0 << RiskLevel::Low;
        QTest::newRow("custom medium") << 10.0 << 10.0 << 30.0 << RiskLevel::Medium;
        QTest::newRow("custom high") << 35.0 << 10.0 << 30.0 << RiskLevel::High;
        QTest::newRow("equal thresholds") << 30.0 << 30.0 << 30.0 << RiskLevel::High;
    }
    void levels()
    {
        QFETCH(double, score);
        QFETCH(double, medium);
        QFETCH(double, high);
        QFETCH(RiskLevel, level);
        const RiskThresholds t { medium, high };
        QVERIFY(t.isValid());
        QCOMPARE(t.levelFor(score), level);
        // The same through screen(): one custom rule carrying the score.
        const RiskScreener screener(dictionaryOf({ { u"高息", score } }), t);
        QCOMPARE(screener.screen(description(s(u"高息"))).level, level);
        QCOMPARE(screener.screen(description(s(u"无关"))).level, medium > 0 ? RiskLevel::Low : RiskLevel::Medium);
    }

    void invalidThresholds()
    {
        QVERIFY(RiskThresholds().isValid());
        QVERIFY(!(RiskThresholds { 50, 20 }.isValid()));
        QVERIFY(!(RiskThresholds { -1, 20 }.isValid()));
        QVERIFY(!(RiskThresholds { 1, qInf() }.isValid()));
    }

    void summaryAndJson()
    {
        ScreeningInput in;
        in.description = s(u"专找老年人：保本保息，高额回报");
        const RiskAssessment a = RiskScreener().screen(in);
        QCOMPARE(a.score, 58.0);
        QCOMPARE(a.level, RiskLevel::High);
        QCOMPARE(a.summary(), s(u"High risk (score 58): 保本保息, 高额回报, 老年人"));
        QCOMPARE(RiskScreener().screen(description(s(u"社区活动"))).summary(),
            s(u"Low risk (score 0): no risk signals found"));

        const QJsonObject json = a.toJson();
        QCOMPARE(json.value(s(u"score")).toDouble(), 58.0);
        QCOMPARE(json.value(s(u"level")).toString(), s(u"high"));
        const QJsonArray hits = json.value(s(u"hits")).toArray();
        QCOMPARE(hits.size(), a.hits.size());
        // 保本保息 also contains 保本, reported but not counted.
        QCOMPARE(hits.size(), 4);
        const QJsonObject first = hits[0].toObject();
        QCOMPARE(first.value(s(u"term")).toString(), s(u"老年人"));
        QCOMPARE(first.value(s(u"category")).toString(), s(u"group"));
        QCOMPARE(first.value(s(u"weight")).toDouble(), 8.0);
        QCOMPARE(first.value(s(u"field")).toString(), s(u"description"));
        QCOMPARE(first.value(s(u"start")).toInteger(), 2);
        QCOMPARE(first.value(s(u"length")).toInteger(), 3);
        QCOMPARE(first.value(s(u"text")).toString(), s(u"老年人"));
        QCOMPARE(first.value(s(u"counted")).toBool(), true);
        QCOMPARE(hits[2].toObject().value(s(u"term")).toString(), s(u"保本"));
        QCOMPARE(hits[2].toObject().value(s(u"counted")).toBool(), false);
    }

    void dictionaryJsonRoundTrip()
    {
        const RiskDictionary seeded = RiskDictionary::seeded();
        auto again = RiskDictionary::fromJson(seeded.toJson());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(*again, seeded);
        auto fromBytes = RiskDictionary::fromJson(seeded.toJsonBytes());
        QVERIFY(fromBytes.ok());
        QCOMPARE(*fromBytes, seeded);

        const RiskDictionary custom(
            QList<RiskRule> { { s(u"养生讲座"), s(u"lure"), 7.5, s(u"any"), s(u"Free health talk") },
                { s(u"控股"), s(u"entity"), 0, s(u"entity"), QString() } });
        auto c = RiskDictionary::fromJson(custom.toJsonBytes());
        QVERIFY(c.ok());
        QCOMPARE(*c, custom);

        // Defaults for the optional members.
        auto minimal = RiskDictionary::fromJson(QByteArray(R"({"rules":[{"term":"X","weight":1}]})"));
        QVERIFY(minimal.ok());
        QCOMPARE(minimal->rules()[0].category, s(u"custom"));
        QCOMPARE(minimal->rules()[0].field, s(u"any"));
        auto none = RiskDictionary::fromJson(QByteArray(R"({"version":1,"rules":[]})"));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void dictionaryJsonRejectsInvalidInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("{rules:") << QString();
        QTest::newRow("array root") << QByteArray("[]") << QString();
        QTest::newRow("no rules") << QByteArray("{}") << s(u"rules");
        QTest::newRow("rules not a list") << QByteArray(R"({"rules":{}})") << s(u"rules");
        QTest::newRow("future version") << QByteArray(R"({"version":2,"rules":[]})") << QString();
        QTest::newRow("rule not an object") << QByteArray(R"({"rules":["x"]})") << s(u"rules[0].term");
        QTest::newRow("empty term") << QByteArray(R"({"rules":[{"term":"","weight":1}]})") << s(u"rules[0].term");
        QTest::newRow("missing term") << QByteArray(R"({"rules":[{"weight":1}]})") << s(u"rules[0].term");
        QTest::newRow("blank term") << QByteArray(R"({"rules":[{"term":"  ","weight":1}]})") << s(u"rules[0].term");
        QTest::newRow("separators-only term")
            << QByteArray(R"({"rules":[{"term":"- * -","weight":1}]})") << s(u"rules[0].term");
        QTest::newRow("term not text") << QByteArray(R"({"rules":[{"term":5,"weight":1}]})") << s(u"rules[0].term");
        QTest::newRow("negative weight") << QByteArray(
            R"({"rules":[{"term":"a","weight":1},{"term":"b","weight":-1}]})")
                                         << s(u"rules[1].weight");
        QTest::newRow("missing weight") << QByteArray(R"({"rules":[{"term":"a"}]})") << s(u"rules[0].weight");
        QTest::newRow("weight as text") << QByteArray(R"({"rules":[{"term":"a","weight":"10"}]})")
                                        << s(u"rules[0].weight");
        QTest::newRow("unknown field") << QByteArray(R"({"rules":[{"term":"a","weight":1,"field":"title"}]})")
                                       << s(u"rules[0].field");
        QTest::newRow("field not text") << QByteArray(R"({"rules":[{"term":"a","weight":1,"field":1}]})")
                                        << s(u"rules[0].field");
        QTest::newRow("empty category") << QByteArray(R"({"rules":[{"term":"a","weight":1,"category":""}]})")
                                        << s(u"rules[0].category");
        QTest::newRow("duplicate term")
            << s(uR"({"rules":[{"term":"保本保息","weight":1},{"term":"保 本-保息","weight":2}]})").toUtf8()
            << s(u"rules[1].term");
    }
    void dictionaryJsonRejectsInvalidInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto d = RiskDictionary::fromJson(json);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, Error::Code::InvalidInput);
        QCOMPARE(d.error().field, field);
        QVERIFY(!d.error().message.isEmpty());
    }

    void sameTermMayAppearOncePerField()
    {
        const RiskDictionary d(QList<RiskRule> { { s(u"理财"), s(u"promise"), 5, s(u"any"), QString() },
            { s(u"理财"), s(u"entity"), 12, s(u"entity"), QString() } });
        QVERIFY(d.validate().ok());
        ScreeningInput in;
        in.entityName = s(u"某某理财");
        QCOMPARE(RiskScreener(d).screen(in).score, 17.0);
    }

    void emptyInput()
    {
        const RiskScreener screener;
        const RiskAssessment a = screener.screen({});
        QCOMPARE(a.score, 0.0);
        QCOMPARE(a.level, RiskLevel::Low);
        QVERIFY(a.hits.isEmpty());
        QVERIFY(screener.findAll(QString()).isEmpty());
        QVERIFY(RiskScreener(RiskDictionary()).screen(description(s(u"保本保息"))).hits.isEmpty());
    }

    void megabyteText()
    {
        const RiskScreener screener;
        const QString filler = s(u"社区网格员今天走访了辖区内的商户和居民，宣传防范非法集资知识。");
        const QString signal = s(u"某公司承诺保本保息😀");
        QString text;
        QList<qsizetype> expectedStarts;
        for (int i = 0; text.size() * 2 < 1024 * 1024; ++i) {
            text += filler;
            if (i % 100 == 0) {
                expectedStarts.append(text.size() + 5);
                text += signal;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const RiskAssessment a = screener.screen(description(text));
        const qint64 ms = timer.elapsed();
        QList<qsizetype> starts;
        for (const RiskHit& h : a.hits) {
            if (h.term == s(u"保本保息"))
                starts.append(h.start);
        }
        QCOMPARE(starts, expectedStarts);
        QCOMPARE(a.score, 30.0); // 保本 inside each 保本保息 never counts
        QCOMPARE(a.hits.size(), 2 * expectedStarts.size());
        qInfo("screened %lld characters in %lld ms (the screening bench judges speed)", qint64(text.size()), ms);
        QCOMPARE(screener.findAll(text).size(), a.hits.size());
    }

    void surrogatePairsKeepOffsets()
    {
        const QString text = s(u"👴👵退休金😀😀高\U0001F4B0息，稳赚不赔💯");
        const RiskAssessment a = RiskScreener().screen(description(text));
        const RiskHit* retire = findHit(a, s(u"退休"));
        QVERIFY(retire);
        QCOMPARE(retire->start, 4);
        const RiskHit* sure = findHit(a, s(u"稳赚不赔"));
        QVERIFY(sure);
        QCOMPARE(sure->start, text.indexOf(s(u"稳赚不赔")));
        QCOMPARE(sure->text, s(u"稳赚不赔"));
        QVERIFY(!findHit(a, s(u"高息"))); // an emoji between the characters is content, not a separator
    }
};

QTEST_GUILESS_MAIN(TestRiskScreener)
#include "tst_RiskScreener.moc"
