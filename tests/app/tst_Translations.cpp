// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Simplified Chinese is the default: strings from every layer must come out translated at run time,
// including those whose tr() helper context differs from the one lupdate recorded.
#include "Translations.h"
#include "domain/Lead.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace gs;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")); }

    void modelStringsAreChinese_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("role") << roleDisplayName(Role::Sentinel) << QStringLiteral("网格防非前哨员");
        QTest::newRow("source (helper context)") << leads::sourceLabel(QStringLiteral("patrol")) << QStringLiteral("巡查发现");
        QTest::newRow("group (helper context)") << leads::groupAtRiskLabel(QStringLiteral("elderly")) << QStringLiteral("老年人");
        QTest::newRow("status (noop context)") << leads::statusLabel(QStringLiteral("submitted")) << QStringLiteral("待研判");
    }
    void modelStringsAreChinese()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void englishHasPluralForms()
    {
        // English is a translation too: "%n file(s)" in the source reads "1 file" / "2 files".
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/gridsentinel_en")));
        QCOMPARE(english.translate("gs::CaseDetailPanel", "%n file(s)", nullptr, 1), QStringLiteral("%n file"));
        QCOMPARE(english.translate("gs::CaseDetailPanel", "%n file(s)", nullptr, 3), QStringLiteral("%n files"));
    }

    void validationMessagesAreChinese()
    {
        Lead lead;
        lead.entityPhone = QStringLiteral("123");
        const auto errors = leads::validate(lead, leads::Completeness::Draft);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(!errors.first().message.contains(QLatin1String("Contact phone")), qPrintable(errors.first().message));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
