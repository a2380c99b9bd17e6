// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PeopleFixture.h"
#include "csv/CsvReader.h"
#include "people/PeopleCsv.h"
#include "structure/DistrictChanges.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QStringEncoder>

using namespace gs;

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

QString all(const CsvImportReport& r)
{
    QStringList out;
    for (const auto& i : r.errors)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_PeopleCsv : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PeopleFixture> f;

    qint64 writes() const
    {
        return f->scalar(QStringLiteral("SELECT count(*) FROM change_log")) * 1000
            + f->scalar(QStringLiteral("SELECT count(*) FROM audit_events"));
    }

private Q_SLOTS:
    void init() { f = std::make_unique<test::PeopleFixture>(); }
    void cleanup() { f.reset(); }

    void importPeoplePreviewThenCommit()
    {
        const QString text = QStringLiteral(
            "类型,姓名,手机,社区编码,网格编码,单位,网点,角色,经度,纬度,备注\n"
            "哨员,姜志峰,18900005624,440106001001,440106001001-G01;440106001001-G02,,,,113.33,23.14,\n"
            "志愿者,李俊强,139 0000 "
            "2096,,,中国邮政储蓄银行,广州五山支行,专业宣讲员、金融助理员,113.358301,23.198239,\"说明, 含逗号\"\n");
        const qint64 before = writes();
        auto preview
            = PeopleCsv::importPeople(*f->session, utf8(text), QStringLiteral("people.csv"), PeopleCsv::Mode::Preview);
        QVERIFY(preview);
        QVERIFY2(preview->ok(), qPrintable(all(*preview)));
        QCOMPARE(preview->added, 2);
        QCOMPARE(preview->rows.size(), 2);
        QCOMPARE(preview->rows[0].line, qint64(2));
        QCOMPARE(preview->rows[0].action, QStringLiteral("add"));
        QVERIFY(!preview->committed);
        QCOMPARE(writes(), before); // the preview wrote nothing

        DistrictChanges changes;
        QSignalSpy spy(&changes, &DistrictChanges::peopleChanged);
        auto commit = PeopleCsv::importPeople(
            *f->session, utf8(text), QStringLiteral("people.csv"), PeopleCsv::Mode::Commit, &changes);
        QVERIFY(commit && commit->committed);
        QCOMPARE(spy.count(), 1);
        auto people = PersonRepository(*f->session).list();
        QCOMPARE(people->size(), 2);
        const Person& sentinel = people->at(0);
        QCOMPARE(sentinel.gridCodes,
            (QStringList { QStringLiteral("440106001001-G01"), QStringLiteral("440106001001-G02") }));
        const Person& volunteer = people->at(1);
        QCOMPARE(volunteer.hats, (QStringList { QStringLiteral("专业宣讲员"), QStringLiteral("金融助理员") }));
        QCOMPARE(volunteer.note, QStringLiteral("说明, 含逗号"));

        // Again: matched by phone, unchanged; an edited row updates.
        auto again
            = PeopleCsv::importPeople(*f->session, utf8(text), QStringLiteral("people.csv"), PeopleCsv::Mode::Commit);
        QCOMPARE(again->unchanged, 2);
        QString edited = text;
        edited.replace(QStringLiteral("广州五山支行"), QStringLiteral("广州天河支行"));
        auto update
            = PeopleCsv::importPeople(*f->session, utf8(edited), QStringLiteral("people.csv"), PeopleCsv::Mode::Commit);
        QCOMPARE(update->updated, 1);
        QCOMPARE(update->unchanged, 1);
        QCOMPARE(PersonRepository(*f->session).list({ PersonKind::Volunteer })->first().branch,
            QStringLiteral("广州天河支行"));
    }

    void gb18030Input()
    {
        const QString text = QStringLiteral("kind,name,phone,community,institution,hats\n"
                                            "sentinel,丁琪,13900001980,岳洲社区,,\n"
                                            "volunteer,罗佳,18900004226,,中国太平洋保险,风险监测员\n");
        auto report
            = PeopleCsv::importPeople(*f->session, gb18030(text), QStringLiteral("wps.csv"), PeopleCsv::Mode::Commit);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(all(*report)));
        QCOMPARE(report->encoding, csv::Encoding::Gb18030);
        auto people = PersonRepository(*f->session).list();
        QCOMPARE(people->at(0).name, QStringLiteral("丁琪"));
        QCOMPARE(people->at(0).communityName, QStringLiteral("岳洲社区"));
        QCOMPARE(people->at(1).institution, QStringLiteral("中国太平洋保险"));
    }

    void perRowErrorsWriteNothing()
    {
        const QString text = QStringLiteral(
            "kind,name,phone,community_code,grid_codes,institution,hats,lon,lat\n"
            "sentinel,好人,13900001980,440106001001,,,,,\n" // fine
            "sentinel,坏号码,12345,440106001001,,,,,\n" // line 3: phone
            "哨兵,谁,13900001981,440106001001,,,,,\n" // line 4: kind
            "sentinel,错网格,13900001982,440106001001,440106001002-G01,,,,\n" // line 5: grid of another community
            "volunteer,无机构,13900001983,,,,理财师,,\n" // line 6: hat and institution
            "sentinel,重复,139-0000-1980,440106001001,,,,,\n" // line 7: same phone as line 2
            "sentinel,坐标,13900001984,440106001001,,,,abc,23\n"); // line 8: lon/lat
        const qint64 before = writes();
        auto report
            = PeopleCsv::importPeople(*f->session, utf8(text), QStringLiteral("bad.csv"), PeopleCsv::Mode::Commit);
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY(!report->committed);
        QCOMPARE(writes(), before);
        QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM people")), 0);
        const QString messages = all(*report);
        for (const char* expected : { "bad.csv:3: Phone:", "bad.csv:4: kind:", "bad.csv:5: Grids:", "bad.csv:6: hats:",
                 "bad.csv:7: phone: line 2", "bad.csv:8: lon/lat:" })
            QVERIFY2(messages.contains(QString::fromUtf8(expected)), qPrintable(messages));
        QCOMPARE(report->rows.first().action, QStringLiteral("add"));
        QVERIFY(report->rows.first().errors.isEmpty());
        QVERIFY(report->summary().contains(QStringLiteral("nothing is imported")));
    }

    void wrongHeader()
    {
        auto report = PeopleCsv::importPeople(
            *f->session, utf8(QStringLiteral("who,where\nx,y\n")), QStringLiteral("x.csv"), PeopleCsv::Mode::Preview);
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("x.csv:1:")));
        QVERIFY(report.error().message.contains(QStringLiteral("kind, name, phone")));
    }

    void exportHasBomAndRoundTrips()
    {
        const QString s = f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624"), { f->g1 }));
        Person v = f->volunteer(QStringLiteral("李俊强"), QStringLiteral("13900002096"));
        v.note = QStringLiteral("=HYPERLINK(\"http://x\")");
        const QString vid = f->add(v);
        QVERIFY(PairingRepository(*f->session).create({ s, vid, QDate(2026, 5, 6), {} }));

        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(PeopleCsv::exportPeople(*f->session, &buffer));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains("'=HYPERLINK")); // defused for spreadsheets
        QVERIFY(bytes.contains(QStringLiteral("440106001001-G01").toUtf8()));

        QByteArray pairs;
        QBuffer pairBuffer(&pairs);
        pairBuffer.open(QIODevice::WriteOnly);
        QVERIFY(PeopleCsv::exportPairings(*f->session, &pairBuffer, { PairingFilter::State::All }));
        QVERIFY(pairs.contains(QStringLiteral("440106-2026-0001,active,姜志峰").toUtf8()));

        // Into a fresh node with the same structure: people, then pairings.
        test::PeopleFixture other;
        auto people
            = PeopleCsv::importPeople(*other.session, bytes, QStringLiteral("people.csv"), PeopleCsv::Mode::Commit);
        QVERIFY(people);
        // The ids belong to the first node: a fresh node has no such person.
        QVERIFY(!people->ok());
        QVERIFY(all(*people).contains(QStringLiteral("id: no person has the id")));
        // Without the id column the same file imports.
        QByteArray withoutIds;
        {
            QBuffer in(&bytes);
            in.open(QIODevice::ReadOnly);
            csv::CsvReader reader(&in);
            QString text;
            while (reader.next()) {
                QStringList fields = reader.fields();
                fields.removeFirst();
                for (QString& field : fields)
                    field
                        = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
                text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
            }
            withoutIds = text.toUtf8();
        }
        people = PeopleCsv::importPeople(
            *other.session, withoutIds, QStringLiteral("people.csv"), PeopleCsv::Mode::Commit);
        QVERIFY2(people && people->ok(), people ? qPrintable(all(*people)) : "");
        QCOMPARE(PersonRepository(*other.session).list({ PersonKind::Volunteer })->first().note, v.note);
        auto cards
            = PeopleCsv::importPairings(*other.session, pairs, QStringLiteral("pairs.csv"), PeopleCsv::Mode::Commit);
        QVERIFY(cards);
        QVERIFY2(cards->ok(), qPrintable(all(*cards)));
        QCOMPARE(cards->added, 1);
        QCOMPARE(PairingRepository(*other.session).load(QStringLiteral("440106-2026-0001"))->sentinelName,
            QStringLiteral("姜志峰"));
    }

    void importPairingsRulesAcrossRows()
    {
        const QString s1 = f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624")));
        f->add(f->sentinel(QStringLiteral("丁琪"), QStringLiteral("13900001980")));
        f->add(f->volunteer(QStringLiteral("李俊强"), QStringLiteral("13900002096")));
        QVERIFY(PairingRepository(*f->session).setMaxPerVolunteer(1));
        const QString text = QStringLiteral(
            "卡号,哨员姓名,哨员电话,志愿者姓名,志愿者电话,开始日期,结束日期,结束原因\n"
            "440106-2024-0001,姜志峰,18900005624,李俊强,13900002096,2024/3/1,2025年3月1日,到期\n" // history
            ",姜志峰,18900005624,李俊强,13900002096,2026-01-05,,\n" // active
            ",丁琪,,李俊强,,20260201,,\n"); // line 4: the volunteer is full (maximum 1)
        auto report
            = PeopleCsv::importPairings(*f->session, utf8(text), QStringLiteral("pairs.csv"), PeopleCsv::Mode::Commit);
        QVERIFY(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.first().line, qint64(4));
        QVERIFY(report->errors.first().message.contains(QStringLiteral("Volunteer:")));
        QCOMPARE(PairingRepository(*f->session).history(s1)->size(), 0);
        QVERIFY(PairingRepository(*f->session).setMaxPerVolunteer(2));
        report
            = PeopleCsv::importPairings(*f->session, utf8(text), QStringLiteral("pairs.csv"), PeopleCsv::Mode::Commit);
        QVERIFY2(report->ok(), qPrintable(all(*report)));
        QCOMPARE(report->added, 3);
        QCOMPARE(PairingRepository(*f->session).history(s1)->size(), 2);
        // The same file again: every card is known now except the two without numbers, which are refused as duplicates.
        const QString ends = QStringLiteral("card_no,sentinel_name,volunteer_name,started_on,ended_on,end_reason\n"
                                            "440106-2026-0001,姜志峰,李俊强,2026-01-05,2026-02-01,志愿者调岗\n");
        report
            = PeopleCsv::importPairings(*f->session, utf8(ends), QStringLiteral("ends.csv"), PeopleCsv::Mode::Commit);
        QVERIFY2(report->ok(), qPrintable(all(*report)));
        QCOMPARE(report->ended, 1);
        QVERIFY(!PairingRepository(*f->session).load(QStringLiteral("440106-2026-0001"))->isActive());
    }

    void dates()
    {
        QCOMPARE(PeopleCsv::parseDate(QStringLiteral("2026-05-06")), QDate(2026, 5, 6));
        QCOMPARE(PeopleCsv::parseDate(QStringLiteral("2026/5/6")), QDate(2026, 5, 6));
        QCOMPARE(PeopleCsv::parseDate(QStringLiteral("2026.5.6")), QDate(2026, 5, 6));
        QCOMPARE(PeopleCsv::parseDate(QStringLiteral("20260506")), QDate(2026, 5, 6));
        QCOMPARE(PeopleCsv::parseDate(QStringLiteral("2026年5月6日")), QDate(2026, 5, 6));
        QVERIFY(!PeopleCsv::parseDate(QStringLiteral("2026-13-06")).isValid());
        QVERIFY(!PeopleCsv::parseDate(QStringLiteral("May 6")).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_PeopleCsv)
#include "tst_PeopleCsv.moc"
