// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "domain/Lead.h"
#include "store/Database.h"
#include "workflow/AuditLog.h"
#include "workflow/DeadlinePolicy.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace gs;

namespace {

int count(Session& s, const char* sql)
{
    auto stmt = s.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->integer(0) : -1;
}

} // namespace

class TestDeadlinePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const DeadlinePolicy p;
        QCOMPARE(p.triage, (StageDuration { 2, false }));
        QCOMPARE(p.escalation, (StageDuration { 1, false }));
        QCOMPARE(p.review, (StageDuration { 5, true }));
        QCOMPARE(p.dueSoonHours, 24);
        QVERIFY(p.problems().isEmpty());
        const QDateTime friday(QDate(2026, 11, 27), QTime(10, 0), QTimeZone(QByteArrayLiteral("UTC+08:00")));
        QCOMPARE(p.deadline(DeadlineStage::Triage, friday), friday.addDays(2));
        QCOMPARE(p.deadline(DeadlineStage::Review, friday).date(), QDate(2026, 12, 4));
        QVERIFY(!p.deadline(DeadlineStage::None, friday).isValid());
    }

    void stages_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("stage");
        const QList<std::pair<const char*, DeadlineStage>> expected {
            { "draft", DeadlineStage::None },
            { "submitted", DeadlineStage::Triage },
            { "in_triage", DeadlineStage::Triage },
            { "needs_info", DeadlineStage::NeedsInfo },
            { "unfounded", DeadlineStage::None },
            { "suspected", DeadlineStage::Escalation },
            { "escalated", DeadlineStage::Review },
            { "under_review", DeadlineStage::Review },
            { "referred_police", DeadlineStage::FollowUp },
            { "referred_regulator", DeadlineStage::FollowUp },
            { "monitoring", DeadlineStage::FollowUp },
            { "mediation", DeadlineStage::FollowUp },
            { "returned", DeadlineStage::Triage },
            { "closed", DeadlineStage::None },
        };
        QCOMPARE(qsizetype(expected.size()), leads::statusKeys().size()); // every status has a stage
        for (const auto& [status, stage] : expected)
            QTest::newRow(status) << QString::fromLatin1(status) << int(stage);
    }

    void stages()
    {
        QFETCH(QString, status);
        QFETCH(int, stage);
        QVERIFY(leads::statusKeys().contains(status));
        QCOMPARE(int(stageOfStatus(status)), stage);
    }

    void jsonRoundTrip()
    {
        DeadlinePolicy p;
        p.triage = { 3, true };
        p.followUp = { 60, false };
        p.dueSoonHours = 8;
        p.calendar = WorkingCalendar({ QDate(2026, 10, 1), QDate(2026, 10, 2) }, { QDate(2026, 9, 27) });
        const DeadlinePolicy back = DeadlinePolicy::fromJson(p.durationsJson(), p.calendarJson());
        QVERIFY(back == p);
        QCOMPARE(back.triage, (StageDuration { 3, true }));
        QCOMPARE(back.calendar.holidays().size(), 2);
        // Bad stored values keep the defaults rather than producing a broken policy.
        const DeadlinePolicy bad = DeadlinePolicy::fromJson(
            QJsonObject { { QStringLiteral("triage"), QJsonObject { { QStringLiteral("days"), -4 } } },
                { QStringLiteral("dueSoonHours"), 0 } },
            QJsonObject { { QStringLiteral("holidays"), QJsonArray { QStringLiteral("nonsense") } } });
        QCOMPARE(bad.triage, DeadlinePolicy().triage);
        QCOMPARE(bad.dueSoonHours, 24);
        QVERIFY(bad.calendar.holidays().isEmpty());
    }

    void problems()
    {
        DeadlinePolicy p;
        p.review.days = 0;
        p.dueSoonHours = 10000;
        p.calendar
            = WorkingCalendar({ QDate(2026, 9, 27) }, { QDate(2026, 9, 27), QDate(2026, 9, 28) }); // Sunday; Monday
        const QStringList problems = p.problems();
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).contains(deadlineStageLabel(DeadlineStage::Review)));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        Session& chief = *node.session;
        QVERIFY(DeadlinePolicy::load(chief) == DeadlinePolicy());
        const int events = count(chief, "SELECT count(*) FROM audit_events");
        DeadlinePolicy p;
        p.escalation = { 2, false };
        p.calendar = WorkingCalendar({ QDate(2026, 10, 1) }, {});
        QVERIFY(DeadlinePolicy::save(chief, p).ok());
        QVERIFY(DeadlinePolicy::load(chief) == p);
        QCOMPARE(count(chief, "SELECT count(*) FROM audit_events"), events + 1);
        QCOMPARE(count(chief, "SELECT count(*) FROM change_log WHERE table_name = 'settings'"), 2);
        QVERIFY(AuditLog::verify(chief.db())->ok);
        QVERIFY(DeadlinePolicy::save(chief, p).ok()); // unchanged: nothing written
        QCOMPARE(count(chief, "SELECT count(*) FROM audit_events"), events + 1);

        chief.setKdfParams(test::fastKdf());
        auto sentinel = test::addAndSignIn(chief, QStringLiteral("wang"), Role::Sentinel);
        QVERIFY(DeadlinePolicy::load(*sentinel) == p); // everyone reads
        DeadlinePolicy other = p;
        other.triage = { 9, false };
        QCOMPARE(DeadlinePolicy::save(*sentinel, other).error().code, Error::Code::PermissionDenied);
        DeadlinePolicy invalid = p;
        invalid.triage.days = 0;
        QCOMPARE(DeadlinePolicy::save(chief, invalid).error().code, Error::Code::InvalidInput);
        QVERIFY(DeadlinePolicy::load(chief) == p);
    }
};

QTEST_GUILESS_MAIN(TestDeadlinePolicy)
#include "tst_DeadlinePolicy.moc"
