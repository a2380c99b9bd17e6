// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "../../common/TestSupport.h"
#include "accounts/NodeSettings.h"
#include "dictionaries/NodeDictionaries.h"
#include "domain/Lead.h"

#include <QTest>

using namespace gs;

class TestNodeDictionaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeDictionaries dictionaries(*created.session);
        QCOMPARE(dictionaries.categories(), leads::defaultCategories());
        QCOMPARE(dictionaries.riskDictionary(), RiskDictionary::seeded());
        QCOMPARE(dictionaries.thresholds(), RiskThresholds {});
        QCOMPARE(dictionaries.screener().dictionary(), RiskDictionary::seeded());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeDictionaries dictionaries(*created.session);
        QVERIFY(dictionaries.setCategories({ QStringLiteral("  非法集资 "), QStringLiteral("Pyramid selling") }).ok());
        QCOMPARE(dictionaries.categories(), (QStringList { QStringLiteral("非法集资"), QStringLiteral("Pyramid selling") }));

        RiskDictionary dictionary = RiskDictionary::seeded();
        dictionary.rules().first().weight = 99;
        dictionary.rules().append({ QStringLiteral("躺赚计划"), RiskRule::promiseCategory(), 30, RiskRule::anyField(), QStringLiteral("Sure win") });
        QVERIFY(dictionaries.setRiskDictionary(dictionary).ok());
        QCOMPARE(dictionaries.riskDictionary(), dictionary);

        QVERIFY(dictionaries.setThresholds({ 10, 35.5 }).ok());
        QCOMPARE(dictionaries.thresholds(), (RiskThresholds { 10, 35.5 }));
        QCOMPARE(NodeSettings(*created.session).value(NodeDictionaries::thresholdsKey()), QStringLiteral(R"({"high":35.5,"medium":10})"));
    }

    void invalidStoredJsonFallsBack()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeSettings settings(*created.session);
        QVERIFY(settings.setValue(NodeDictionaries::categoriesKey(), QStringLiteral("[\"a\", 3]")).ok());
        QVERIFY(settings.setValue(NodeDictionaries::riskDictionaryKey(), QStringLiteral("{not json")).ok());
        QVERIFY(settings.setValue(NodeDictionaries::thresholdsKey(), QStringLiteral(R"({"medium":60,"high":50})")).ok());
        NodeDictionaries dictionaries(*created.session);
        QCOMPARE(dictionaries.categories(), leads::defaultCategories());
        QCOMPARE(dictionaries.riskDictionary(), RiskDictionary::seeded());
        QCOMPARE(dictionaries.thresholds(), RiskThresholds {});
    }

    void categoriesValidated_data()
    {
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty list") << QStringList {} << QStringLiteral("categories");
        QTest::newRow("blank") << QStringList { QStringLiteral("a"), QStringLiteral("  ") } << QStringLiteral("categories[1]");
        QTest::newRow("too long") << QStringList { QString(51, QLatin1Char('x')) } << QStringLiteral("categories[0]");
        QTest::newRow("repeated after trim") << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral(" a") }
                                             << QStringLiteral("categories[2]");
    }

    void categoriesValidated()
    {
        QFETCH(QStringList, categories);
        QFETCH(QString, field);
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeDictionaries dictionaries(*created.session);
        const Status s = dictionaries.setCategories(categories);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QCOMPARE(s.error().field, field);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(dictionaries.categories(), leads::defaultCategories());
        QVERIFY(dictionaries.setCategories({ QString(50, QLatin1Char('x')) }).ok());
    }

    void dictionaryAndThresholdsValidated()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeDictionaries dictionaries(*created.session);
        RiskDictionary bad = RiskDictionary::seeded();
        bad.rules()[2].weight = -1;
        const Status s = dictionaries.setRiskDictionary(bad);
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QCOMPARE(s.error().field, QStringLiteral("rules[2].weight"));
        QCOMPARE(dictionaries.riskDictionary(), RiskDictionary::seeded());

        QCOMPARE(dictionaries.setThresholds({ 60, 50 }).error().code, Error::Code::InvalidInput);
        QCOMPARE(dictionaries.setThresholds({ -1, 50 }).error().code, Error::Code::InvalidInput);
        QCOMPARE(dictionaries.setThresholds({ qQNaN(), 50 }).error().code, Error::Code::InvalidInput);
        QCOMPARE(dictionaries.thresholds(), RiskThresholds {});
    }

    void sentinelCannotChange()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        QVERIFY(NodeDictionaries(*created.session).setThresholds({ 5, 15 }).ok());
        auto sun = test::addAndSignIn(*created.session, QStringLiteral("sun"), Role::Sentinel);
        NodeDictionaries theirs(*sun);
        QCOMPARE(theirs.thresholds(), (RiskThresholds { 5, 15 }));
        QCOMPARE(theirs.setCategories({ QStringLiteral("x") }).error().code, Error::Code::PermissionDenied);
        QCOMPARE(theirs.setRiskDictionary(RiskDictionary {}).error().code, Error::Code::PermissionDenied);
        QCOMPARE(theirs.setThresholds({ 1, 2 }).error().code, Error::Code::PermissionDenied);
        QCOMPARE(theirs.categories(), leads::defaultCategories());
        QCOMPARE(theirs.riskDictionary(), RiskDictionary::seeded());
        QCOMPARE(theirs.thresholds(), (RiskThresholds { 5, 15 }));
    }

    void screenerUsesStoredValues()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeDictionaries dictionaries(*created.session);
        const RiskDictionary dictionary({ { QStringLiteral("稳赚不赔"), RiskRule::promiseCategory(), 12, RiskRule::anyField(), {} } });
        QVERIFY(dictionaries.setRiskDictionary(dictionary).ok());
        QVERIFY(dictionaries.setThresholds({ 5, 10 }).ok());
        const RiskScreener screener = dictionaries.screener();
        QCOMPARE(screener.dictionary(), dictionary);
        QCOMPARE(screener.thresholds(), (RiskThresholds { 5, 10 }));
        const RiskAssessment assessment = screener.screen({ QStringLiteral("投资稳赚不赔"), {}, {}, {}, {} });
        QCOMPARE(assessment.score, 12.0);
        QCOMPARE(assessment.level, RiskLevel::High);
        QCOMPARE(screener.screen({ QStringLiteral("保本保息"), {}, {}, {}, {} }).score, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestNodeDictionaries)
#include "tst_NodeDictionaries.moc"
