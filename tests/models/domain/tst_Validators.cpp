// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "domain/Lead.h"
#include "domain/Validators.h"

#include <QTest>

using namespace gs;

class TestValidators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uscc_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("published sample") << "91350100M000100Y43" << true;
        QTest::newRow("lower case and spaces") << " 91350100m000100y43 " << true;
        QTest::newRow("guangzhou company") << "91440101MA59AAAAAK" << true;
        QTest::newRow("public institution") << "12100000400000624D" << true;
        QTest::newRow("full-width digits") << "９１３５０１００Ｍ０００１００Ｙ４３" << true;
        QTest::newRow("wrong check") << "91350100M000100Y44" << false;
        QTest::newRow("17 chars") << "91350100M000100Y4" << false;
        QTest::newRow("19 chars") << "91350100M000100Y433" << false;
        QTest::newRow("letter I not allowed") << "91350100M0001I0Y43" << false;
        QTest::newRow("letter in division code") << "913501A0M000100Y43" << false;
        QTest::newRow("empty") << "" << false;
    }
    void uscc()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(validate::isValidUscc(code), valid);
    }

    void idNumber_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sample with X") << "11010519491231002X" << true;
        QTest::newRow("lower-case x") << "11010519491231002x" << true;
        QTest::newRow("tianhe") << "440106198503151233" << true;
        QTest::newRow("leap day") << "440106200002290016" << true;
        QTest::newRow("wrong check") << "440106198503151234" << false;
        QTest::newRow("feb 30") << "440106198502301231" << false;
        QTest::newRow("born in the future") << "440106209901011236" << false;
        QTest::newRow("15-digit old format") << "440106850315123" << false;
        QTest::newRow("letters") << "44010619850315A233" << false;
    }
    void idNumber()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(validate::isValidIdNumber(id), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << "13800138000" << true;
        QTest::newRow("mobile 19x") << "19912345678" << true;
        QTest::newRow("mobile +86 spaced") << "+86 138 0013 8000" << true;
        QTest::newRow("mobile dashes") << "138-0013-8000" << true;
        QTest::newRow("guangzhou landline") << "020-12345678" << true;
        QTest::newRow("landline no dash") << "02012345678" << true;
        QTest::newRow("landline 4-digit area") << "0757-1234567" << true;
        QTest::newRow("landline extension") << "020-12345678-8001" << true;
        QTest::newRow("service number") << "400-123-4567" << true;
        QTest::newRow("12x is no mobile") << "12800138000" << false;
        QTest::newRow("10 digits") << "1380013800" << false;
        QTest::newRow("landline without area code") << "12345678" << false;
        QTest::newRow("letters") << "1380013800a" << false;
        QTest::newRow("empty") << "" << false;
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(validate::isValidPhone(phone), valid);
    }

    void amount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents"); // -1: rejected
        QTest::newRow("integer") << "1000" << qint64(100000);
        QTest::newRow("one decimal") << "12.5" << qint64(1250);
        QTest::newRow("two decimals") << "0.01" << qint64(1);
        QTest::newRow("thousands separators") << "1,234,567.89" << qint64(123456789);
        QTest::newRow("yuan sign") << "¥ 300" << qint64(30000);
        QTest::newRow("yuan suffix") << "500元" << qint64(50000);
        QTest::newRow("full-width") << "１２３．４５" << qint64(12345);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("three decimals") << "1.234" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("text") << "about 5000" << qint64(-1);
        QTest::newRow("too large") << "10000000000000" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void amount()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = validate::parseAmountYuan(text);
        QCOMPARE(parsed.has_value(), cents >= 0);
        if (parsed)
            QCOMPARE(*parsed, cents);
    }

    void formattingAndMasking()
    {
        QCOMPARE(validate::formatAmountYuan(123456789), QStringLiteral("1,234,567.89"));
        QCOMPARE(validate::formatAmountYuan(5), QStringLiteral("0.05"));
        QCOMPARE(validate::formatAmountYuan(999999999999999LL), QStringLiteral("9,999,999,999,999.99"));
        QCOMPARE(validate::maskIdNumber(QStringLiteral("440106198503151233")), QStringLiteral("440106********1233"));
        QCOMPARE(validate::maskPhone(QStringLiteral("+86 138 0013 8000")), QStringLiteral("138****8000"));
        QCOMPARE(validate::normalizedPhone(QStringLiteral("138-0013-8000")), QStringLiteral("13800138000"));
    }

    void leadValidation()
    {
        Lead lead;
        QVERIFY(leads::validate(lead, leads::Completeness::Draft).isEmpty()); // an empty draft is fine
        auto fields = [](const QList<FieldError>& errors) {
            QStringList f;
            for (const auto& e : errors)
                f << e.field;
            return f;
        };
        const QStringList missing = fields(leads::validate(lead, leads::Completeness::Submitted));
        for (const char* f : { "title", "categories", "address", "source" })
            QVERIFY2(missing.contains(QString::fromLatin1(f)), f);

        lead.title = QStringLiteral("某理财公司承诺保本保息");
        lead.categories = { QStringLiteral("非法集资") };
        lead.address = QStringLiteral("天河路 385 号");
        lead.source = QStringLiteral("patrol");
        QVERIFY(leads::validate(lead, leads::Completeness::Submitted).isEmpty());

        lead.entityUscc = QStringLiteral("91350100M000100Y44");
        lead.entityPhone = QStringLiteral("12345");
        lead.personIdNumber = QStringLiteral("440106198503151234");
        lead.lon = 113.3;
        lead.amountCents = -1;
        lead.groupsAtRisk = { QStringLiteral("aliens") };
        lead.informantConfidential = true;
        lead.attachments.append({ {}, QStringLiteral("big.jpg"), {}, leads::kMaxAttachmentBytes + 1, {}, {}, {} });
        const QList<FieldError> errors = leads::validate(lead, leads::Completeness::Submitted);
        const QStringList bad = fields(errors);
        for (const char* f : { "entityUscc", "entityPhone", "personIdNumber", "location", "amount", "groupsAtRisk", "informantName",
                 "attachments" })
            QVERIFY2(bad.contains(QString::fromLatin1(f)), f);
        for (const FieldError& e : errors)
            QVERIFY2(e.message.contains(QLatin1Char(':')), qPrintable(e.message)); // names the field first
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_Validators.moc"
