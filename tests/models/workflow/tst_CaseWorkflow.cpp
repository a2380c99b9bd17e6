// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "WorkflowFixture.h"
#include "domain/Lead.h"
#include "leads/LeadQuery.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseTimeline.h"
#include "workflow/CaseWorkflow.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace gs;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

/// The rules of the issue, written out independently of the transition table: for each transition, the
/// statuses it leaves and a predicate over (actor, who the case is assigned to). "assigned" is "", "paired"
/// or "assignee" (the accounts of WorkflowFixture).
struct Rule
{
    QStringList from;
    QString to; ///< empty: stays
    std::function<bool(const QString& actor, const QString& assigned)> who;
};

bool supervisorOnly(const QString& actor, const QString&)
{
    return actor == QStringLiteral("supervisor");
}

const QMap<QString, Rule>& rules()
{
    static const QMap<QString, Rule> r {
        { s("submit"),
            { { s("draft") }, s("submitted"), [](const QString& a, const QString&) { return a == s("reporter"); } } },
        { s("take"),
            { { s("submitted"), s("returned") }, s("in_triage"),
                [](const QString& a, const QString& assigned) {
                    // The paired volunteer takes it unless the district office gave it to someone else.
                    return a == s("supervisor") || (a == s("paired") && (assigned.isEmpty() || assigned == s("paired")))
                        || (a == s("assignee") && assigned == s("assignee"));
                } } },
        { s("triage_suspected"), { { s("in_triage") }, s("suspected"), nullptr } },
        { s("triage_unfounded"), { { s("in_triage") }, s("unfounded"), nullptr } },
        { s("triage_needs_info"), { { s("in_triage") }, s("needs_info"), nullptr } },
        { s("resubmit"),
            { { s("needs_info") }, s("in_triage"),
                [](const QString& a, const QString&) { return a == s("reporter") || a == s("supervisor"); } } },
        { s("escalate"),
            { { s("suspected") }, s("escalated"),
                [](const QString& a, const QString& assigned) {
                    return a == s("reporter") || a == s("gridSentinel") || a == s("paired") || a == s("supervisor")
                        || (a == s("assignee") && assigned == s("assignee"));
                } } },
        { s("start_review"), { { s("escalated") }, s("under_review"), supervisorOnly } },
        { s("refer_police"), { { s("under_review") }, s("referred_police"), supervisorOnly } },
        { s("refer_regulator"), { { s("under_review") }, s("referred_regulator"), supervisorOnly } },
        { s("monitor"), { { s("under_review") }, s("monitoring"), supervisorOnly } },
        { s("mediate"), { { s("under_review") }, s("mediation"), supervisorOnly } },
        { s("return"), { { s("under_review") }, s("returned"), supervisorOnly } },
        { s("close"),
            { { s("referred_police"), s("referred_regulator"), s("monitoring"), s("mediation") }, s("closed"),
                supervisorOnly } },
        { s("reopen"), { { s("closed") }, s("under_review"), supervisorOnly } },
        { s("reopen_triage"), { { s("unfounded") }, s("in_triage"), supervisorOnly } },
        { s("assign"),
            { { s("submitted"), s("in_triage"), s("needs_info"), s("returned") }, QString(),
                // fullInput() assigns to "assignee": a no-op when it already is (refused as bad input, below).
                [](const QString& a, const QString& assigned) {
                    return a == s("supervisor") && assigned != s("assignee");
                } } },
    };
    return r;
}

/// Triage: only the person it is assigned to, or the district office.
bool mayTriage(const QString& actor, const QString& assigned)
{
    return actor == s("supervisor") || (!assigned.isEmpty() && actor == assigned);
}

bool allowedByRules(const QString& transition, const QString& status, const QString& actor, const QString& assigned)
{
    const Rule& r = rules().value(transition);
    if (!r.from.contains(status))
        return false;
    return r.who ? r.who(actor, assigned) : mayTriage(actor, assigned);
}

/// Who can see a case at all (LeadVisibility): otherwise a move is NotFound whatever it is.
bool sees(const QString& actor, const QString& status, const QString& assigned)
{
    if (actor == s("admin") || actor == s("otherSentinel") || actor == s("otherVolunteer"))
        return false;
    if (status == s("draft"))
        return actor == s("reporter");
    if (actor == s("assignee"))
        return assigned == s("assignee");
    return true;
}

/// Input that satisfies every transition's required fields, so only the rules decide.
TransitionInput fullInput(const QString& transition, const QString& assigneeId)
{
    TransitionInput in;
    in.note = QStringLiteral("已电话核实，补充说明见附件。");
    if (CaseWorkflow::isTriage(transition)) {
        in.basis = { s("guaranteed_returns"), s("high_returns") };
        in.basisOther = QStringLiteral("发展下线给予返利");
        in.confidence = s("high");
        in.crossCheck = QStringLiteral("企业信用信息公示系统无金融许可；两名群众证实");
        in.followUp = QStringLiteral("联系社区劝阻老年人参与");
    }
    if (CaseWorkflow::isReviewDecision(transition)) {
        in.unit = QStringLiteral("天河区公安分局经侦大队");
        in.reference = QStringLiteral("穗天打非〔2026〕12号");
        in.opinion = QStringLiteral("涉嫌非法吸收公众存款，移交处置。");
    }
    in.outcome = transition == s("close") ? s("rectified") : QString();
    in.assigneeUserId = transition == s("assign") ? assigneeId : QString();
    return in;
}

QString assigneeFor(test::WorkflowFixture& f, const QString& assigned)
{
    return assigned.isEmpty() ? QString() : f.userId(assigned);
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT

    test::WorkflowFixture f;

    struct Counts
    {
        int changes, events, triage, reviews;
        bool operator==(const Counts&) const = default;
    };
    Counts counts()
    {
        return { f.count(s("SELECT count(*) FROM change_log")), f.count(s("SELECT count(*) FROM audit_events")),
            f.count(s("SELECT count(*) FROM case_triage")), f.count(s("SELECT count(*) FROM case_reviews")) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        // The oracle above covers the whole table and nothing else.
        QStringList names;
        for (const Transition& t : CaseWorkflow::transitions())
            names << t.name;
        QCOMPARE(QStringList(rules().keys()), QStringList([&] {
            names.sort();
            return names;
        }()));
        for (const Transition& t : CaseWorkflow::transitions()) {
            QCOMPARE(t.from, rules().value(t.name).from);
            QCOMPARE(t.to, rules().value(t.name).to);
            for (const QString& status : t.from + QStringList { t.to })
                QVERIFY2(status.isEmpty() || leads::statusKeys().contains(status), qPrintable(status));
        }
    }

    void queueAgreesWithTheTable_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("assigned");
        for (const QString& status : leads::statusKeys())
            for (const QString& actor : test::WorkflowFixture::actors())
                for (const QString& assigned : { QString(), s("paired"), s("assignee") })
                    QTest::addRow("%s by %s, assigned to %s", qPrintable(status), qPrintable(actor),
                        assigned.isEmpty() ? "nobody" : qPrintable(assigned))
                        << status << actor << assigned;
    }

    void queueAgreesWithTheTable()
    {
        // "Awaiting me" (SQL generated from the table) holds exactly when a queued move is allowed.
        QFETCH(QString, status);
        QFETCH(QString, actor);
        QFETCH(QString, assigned);
        const QString leadId = f.cloneLead(status, assigneeFor(f, assigned));
        // The district office is waited for only where it alone may move the case; elsewhere it may step in.
        const auto waitsFor = [&](const Transition& t) {
            return actor != s("supervisor") || t.parties == QList<Party> { Party::Supervisor };
        };
        bool waiting = false;
        for (const Transition& t : CaseWorkflow::transitions())
            waiting = waiting
                || (t.queued && waitsFor(t) && sees(actor, status, assigned)
                    && allowedByRules(t.name, status, actor, assigned));
        LeadFilter filter = CaseWorkflow::viewFilter(CaseWorkflow::View::AwaitingMe, f.as(actor));
        QVERIFY(filter.awaitingMe);
        auto rows = LeadQuery(f.as(actor)).page(filter, LeadQuery::Sort::Newest, 0, 10000);
        QVERIFY(rows.ok());
        bool listed = false;
        for (const LeadSummary& r : *rows)
            listed = listed || r.id == leadId;
        QCOMPARE(listed, waiting);
        // The queue in the Cases page's order, and its count, are built differently (a broad page keeps
        // SQLite off the status index; a count uses it) and must hold the same cases.
        auto byDeadline = LeadQuery(f.as(actor)).page(filter, LeadQuery::Sort::DeadlineFirst, 0, 10000);
        QVERIFY(byDeadline.ok());
        QCOMPARE(byDeadline->size(), rows->size());
        auto count = LeadQuery(f.as(actor)).count(filter);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(rows->size()));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("transition");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("assigned");
        for (const QString& status : leads::statusKeys()) {
            for (const Transition& t : CaseWorkflow::transitions()) {
                for (const QString& actor : test::WorkflowFixture::actors()) {
                    for (const QString& assigned : { QString(), s("paired"), s("assignee") }) {
                        if (status == s("draft") && !assigned.isEmpty())
                            continue; // drafts are never assigned
                        QTest::addRow("%s %s by %s, assigned to %s", qPrintable(status), qPrintable(t.name),
                            qPrintable(actor), assigned.isEmpty() ? "nobody" : qPrintable(assigned))
                            << status << t.name << actor << assigned;
                    }
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, status);
        QFETCH(QString, transition);
        QFETCH(QString, actor);
        QFETCH(QString, assigned);
        const QString leadId = f.cloneLead(status, assigneeFor(f, assigned));
        const bool visible = sees(actor, status, assigned);
        const bool expected = visible && allowedByRules(transition, status, actor, assigned);
        // Assigning to whoever has it already is refused for its input, not for who asks: still a listed move.
        const bool noOpAssignment = transition == s("assign") && actor == s("supervisor") && assigned == s("assignee")
            && rules().value(transition).from.contains(status);
        const QString rowBefore = f.row(leadId);
        const Counts before = counts();
        const Transition* t = CaseWorkflow::find(transition);
        QVERIFY(t);

        CaseWorkflow workflow(f.as(actor));
        // The buttons the UI would show agree with the move itself.
        if (visible) {
            auto state = workflow.load(leadId);
            QVERIFY(state.ok());
            bool listed = false;
            for (const Transition* allowed : workflow.allowedTransitions(*state))
                listed = listed || allowed->name == transition;
            QCOMPARE(listed, expected || noOpAssignment);
        } else {
            QCOMPARE(workflow.load(leadId).error().code, Error::Code::NotFound);
        }

        const QDateTime now = QDateTime::currentDateTime();
        auto result = workflow.apply(leadId, transition, fullInput(transition, f.userId(s("assignee"))));
        if (!expected) {
            QVERIFY2(!result.ok(), "a move the rules forbid went through");
            QVERIFY(!result.error().message.isEmpty());
            const Error::Code code = !visible                                        ? Error::Code::NotFound
                : !rules().value(transition).from.contains(status) || noOpAssignment ? Error::Code::InvalidInput
                                                                                     : Error::Code::PermissionDenied;
            QCOMPARE(result.error().code, code);
            QCOMPARE(f.row(leadId), rowBefore);
            QVERIFY(counts() == before);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QString to = t->to.isEmpty() ? status : t->to;
        QCOMPARE(result->status, to);
        const Counts after = counts();
        QCOMPARE(after.events, before.events + (transition == s("submit") ? 1 : 1));
        QCOMPARE(after.triage, before.triage + (CaseWorkflow::isTriage(transition) ? 1 : 0));
        QCOMPARE(after.reviews, before.reviews + (CaseWorkflow::isReviewDecision(transition) ? 1 : 0));
        QVERIFY(after.changes > before.changes);
        auto events = AuditLog::forLead(f.chief().db(), leadId).value();
        const AuditEvent& last = events.last();
        QCOMPARE(last.kind, transition == s("submit") ? s("submitted") : s("transition:") + transition);
        QCOMPARE(last.fromStatus, status);
        QCOMPARE(last.toStatus, to);
        QCOMPARE(last.actorUserId, f.userId(actor));

        // The deadline the transition starts, keeps or clears.
        switch (t->deadline) {
        case Transition::Deadline::Keep:
            QCOMPARE(result->deadlineAt, QStringLiteral("2099-01-01T00:00:00.000Z"));
            break;
        case Transition::Deadline::Clear:
            QVERIFY(result->deadlineAt.isEmpty());
            break;
        case Transition::Deadline::Start: {
            const QDateTime due = QDateTime::fromString(result->deadlineAt, Qt::ISODateWithMs);
            const QDateTime expectedDue = DeadlinePolicy().deadline(t->stage, now);
            QVERIFY2(std::abs(due.secsTo(expectedDue)) <= 5, qPrintable(result->deadlineAt));
            QCOMPARE(t->stage, stageOfStatus(to));
            break;
        }
        }
        if (transition == s("take"))
            QCOMPARE(result->assigneeUserId, f.userId(actor));
        if (transition == s("assign"))
            QCOMPARE(result->assigneeUserId, f.userId(s("assignee")));
        if (transition == s("close"))
            QCOMPARE(result->outcome, s("rectified"));
    }

    void requiredFields_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("transition");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("suspected") << s("in_triage") << s("triage_suspected")
                                   << QStringList { s("basis"), s("confidence") };
        QTest::newRow("unfounded") << s("in_triage") << s("triage_unfounded")
                                   << QStringList { s("confidence"), s("note") };
        QTest::newRow("needs info") << s("in_triage") << s("triage_needs_info") << QStringList { s("note") };
        QTest::newRow("police") << s("under_review") << s("refer_police") << QStringList { s("unit"), s("opinion") };
        QTest::newRow("regulator") << s("under_review") << s("refer_regulator")
                                   << QStringList { s("unit"), s("opinion") };
        QTest::newRow("monitor") << s("under_review") << s("monitor") << QStringList { s("opinion") };
        QTest::newRow("mediate") << s("under_review") << s("mediate") << QStringList { s("unit"), s("opinion") };
        QTest::newRow("return") << s("under_review") << s("return") << QStringList { s("opinion") };
        QTest::newRow("close") << s("monitoring") << s("close") << QStringList { s("outcome"), s("note") };
        QTest::newRow("reopen") << s("closed") << s("reopen") << QStringList { s("note") };
        QTest::newRow("reopen triage") << s("unfounded") << s("reopen_triage") << QStringList { s("note") };
        QTest::newRow("assign") << s("submitted") << s("assign") << QStringList { s("assignee") };
    }

    void requiredFields()
    {
        QFETCH(QString, status);
        QFETCH(QString, transition);
        QFETCH(QStringList, fields);
        const QString leadId = f.cloneLead(status, f.userId(s("supervisor")));
        const QString rowBefore = f.row(leadId);
        const Counts before = counts();
        TransitionInput blank;
        blank.note = QStringLiteral("   "); // whitespace is no note
        auto result = CaseWorkflow(f.chief()).apply(leadId, transition, blank);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QStringList reported;
        for (const FieldError& e : result.error().fields) {
            reported << e.field;
            QVERIFY(!e.message.isEmpty());
        }
        reported.sort();
        fields.sort();
        QCOMPARE(reported, fields);
        QCOMPARE(f.row(leadId), rowBefore);
        QVERIFY(counts() == before);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("transition");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown basis") << s("triage_suspected") << s("in_triage") << s("basis");
        QTest::newRow("unknown confidence") << s("triage_suspected") << s("in_triage") << s("confidence");
        QTest::newRow("conclusion mismatch") << s("triage_suspected") << s("in_triage") << s("conclusion");
        QTest::newRow("conclusion outside triage") << s("escalate") << s("suspected") << s("conclusion");
        QTest::newRow("unknown outcome") << s("close") << s("mediation") << s("outcome");
        QTest::newRow("past date") << s("monitor") << s("under_review") << s("until");
        QTest::newRow("sentinel assignee") << s("assign") << s("submitted") << s("assignee");
        QTest::newRow("note too long") << s("escalate") << s("suspected") << s("note");
    }

    void badValues()
    {
        QFETCH(QString, transition);
        QFETCH(QString, status);
        QFETCH(QString, field);
        const QString leadId = f.cloneLead(status, f.userId(s("supervisor")));
        TransitionInput in = fullInput(transition, f.userId(s("assignee")));
        if (field == s("basis"))
            in.basis << s("lucky_number");
        else if (field == s("confidence"))
            in.confidence = s("certain");
        else if (field == s("conclusion"))
            in.conclusion = s("unfounded");
        else if (field == s("outcome"))
            in.outcome = s("vanished");
        else if (field == s("until"))
            in.until = QDate::currentDate().addDays(-1);
        else if (field == s("assignee"))
            in.assigneeUserId = f.userId(s("reporter"));
        else if (field == s("note"))
            in.note = QString(4001, QChar(0x5b57));
        const Counts before = counts();
        auto result = CaseWorkflow(f.chief()).apply(leadId, transition, in);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QCOMPARE(result.error().field, field);
        QVERIFY(counts() == before);
    }

    void reporterDoesNotJudgeTheirOwnLead()
    {
        // A volunteer may file a lead too; triaging it falls to someone else.
        Session& volunteer = f.as(s("paired"));
        auto filed = LeadRepository(volunteer).save(
            test::WorkflowFixture::sampleLead(QStringLiteral("志愿者自己发现的线索")), LeadRepository::Intent::Submit);
        QVERIFY(filed.ok());
        auto take = CaseWorkflow(volunteer).apply(filed->id, s("take"), {});
        QVERIFY(!take.ok());
        QCOMPARE(take.error().code, Error::Code::PermissionDenied);
        QVERIFY(
            CaseWorkflow(f.chief()).apply(filed->id, s("assign"), fullInput(s("assign"), volunteer.user().id)).ok());
        auto triage
            = CaseWorkflow(volunteer).apply(filed->id, s("triage_suspected"), fullInput(s("triage_suspected"), {}));
        QCOMPARE(triage.error().code, Error::Code::InvalidInput); // still submitted: take first
        const QString reason = CaseWorkflow(volunteer).apply(filed->id, s("take"), {}).error().message;
        QVERIFY2(reason.contains(QStringLiteral("filed")), qPrintable(reason));
        QVERIFY(CaseWorkflow(f.chief()).apply(filed->id, s("take"), {}).ok());
    }

    void pairingAndGridAreCurrent()
    {
        const QString leadId = f.cloneLead(s("suspected"));
        Session& chief = f.chief();
        // The pairing ends: the volunteer no longer acts (nor sees) the sentinel's leads.
        QVERIFY(chief.db().exec("UPDATE pairings SET ended_on = '2026-01-01'").ok());
        QCOMPARE(CaseWorkflow(f.as(s("paired"))).apply(leadId, s("escalate"), {}).error().code, Error::Code::NotFound);
        QVERIFY(chief.db().exec("UPDATE pairings SET ended_on = NULL").ok());
        // The grid sentinel leaves the grid.
        QVERIFY(
            chief.db()
                .exec(QStringLiteral("UPDATE person_grids SET deleted = 1 WHERE person_id = '%1'").arg(f.personGrid))
                .ok());
        QCOMPARE(
            CaseWorkflow(f.as(s("gridSentinel"))).apply(leadId, s("escalate"), {}).error().code, Error::Code::NotFound);
        QVERIFY(chief.db().exec("UPDATE person_grids SET deleted = 0").ok());
        QVERIFY(CaseWorkflow(f.as(s("gridSentinel"))).apply(leadId, s("escalate"), {}).ok());
    }

    void staleMoveIsRefused()
    {
        const QString leadId = f.cloneLead(s("submitted"));
        QVERIFY(CaseWorkflow(f.as(s("paired"))).apply(leadId, s("take"), {}).ok());
        auto again = CaseWorkflow(f.chief()).apply(leadId, s("take"), {});
        QCOMPARE(again.error().code, Error::Code::InvalidInput); // already in triage
    }

    void deadlinesFollowTheCalendar()
    {
        // Friday 27 November 2026, 16:00 in Beijing; 1 December is a holiday of this node.
        const QTimeZone beijing(QByteArrayLiteral("UTC+08:00"));
        const QDateTime friday(QDate(2026, 11, 27), QTime(16, 0), beijing);
        DeadlinePolicy policy;
        policy.calendar = WorkingCalendar({ QDate(2026, 12, 1) }, {});
        const QString leadId = f.cloneLead(s("in_triage"), f.userId(s("paired")));
        CaseWorkflow volunteer(f.as(s("paired")));
        volunteer.setClock([friday] { return friday; });
        volunteer.setPolicy(policy);
        auto suspected = volunteer.apply(leadId, s("triage_suspected"), fullInput(s("triage_suspected"), {}));
        QVERIFY(suspected.ok());
        QCOMPARE(
            QDateTime::fromString(suspected->deadlineAt, Qt::ISODateWithMs), friday.addDays(1)); // escalation: 1 day
        auto escalated = volunteer.apply(leadId, s("escalate"), {});
        QVERIFY(escalated.ok());
        // 5 working days after Friday, Tuesday 1 December off: Mon 30, Wed 2, Thu 3, Fri 4, Mon 7 December.
        const QDateTime review = QDateTime::fromString(escalated->deadlineAt, Qt::ISODateWithMs).toTimeZone(beijing);
        QCOMPARE(review, QDateTime(QDate(2026, 12, 7), QTime(23, 59, 59, 999), beijing));

        CaseWorkflow office(f.chief());
        office.setClock([friday] { return friday.addDays(1); });
        QVERIFY(office.apply(leadId, s("start_review"), {}).ok());
        TransitionInput monitor = fullInput(s("monitor"), {});
        monitor.until = QDate(2027, 3, 31);
        auto monitoring = office.apply(leadId, s("monitor"), monitor);
        QVERIFY(monitoring.ok());
        QCOMPARE(QDateTime::fromString(monitoring->deadlineAt, Qt::ISODateWithMs).toTimeZone(beijing).date(),
            QDate(2027, 3, 31));
    }

    void wholeCaseAndItsTimeline()
    {
        Session& sentinel = f.as(s("reporter"));
        Lead lead = test::WorkflowFixture::sampleLead(QStringLiteral("完整流程：鑫盛财富养老项目"));
        lead.gridId = f.grid1;
        auto filed = LeadRepository(sentinel).save(lead, LeadRepository::Intent::Submit);
        QVERIFY(filed.ok());
        QCOMPARE(filed->status, s("submitted"));
        QVERIFY(!filed->deadlineAt.isEmpty()); // submission starts the triage deadline
        const QString id = filed->id;
        CaseWorkflow volunteer(f.as(s("paired")));
        QVERIFY(volunteer.apply(id, s("take"), {}).ok());
        TransitionInput info;
        info.note = QStringLiteral("请补充宣传单照片");
        QVERIFY(volunteer.apply(id, s("triage_needs_info"), info).ok());

        // The sentinel edits and resubmits in one save: one event, the edit and the transition together.
        Lead edit = LeadRepository(sentinel).load(id).value();
        edit.description += QStringLiteral("（补充：宣传单称“保本保息，年化18%”）");
        edit.status = s("closed"); // ignored: status is the workflow's
        const int eventsBefore = f.count(s("SELECT count(*) FROM audit_events"));
        auto resubmitted
            = LeadRepository(sentinel).save(edit, LeadRepository::Intent::Submit, QStringLiteral("已补充照片"));
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.ok() ? QString() : resubmitted.error().message));
        QCOMPARE(resubmitted->status, s("in_triage"));
        QCOMPARE(f.count(s("SELECT count(*) FROM audit_events")), eventsBefore + 1);
        auto events = AuditLog::forLead(f.chief().db(), id).value();
        QCOMPARE(events.last().kind, s("transition:resubmit"));
        QVERIFY(events.last().payload.contains(s("description")));
        QCOMPARE(events.last().note, QStringLiteral("已补充照片"));

        // An edit never moves the status.
        Lead plain = LeadRepository(f.chief()).load(id).value();
        plain.status = s("closed");
        plain.title += QStringLiteral("（已核）");
        QCOMPARE(LeadRepository(f.chief()).save(plain, LeadRepository::Intent::Update)->status, s("in_triage"));

        QVERIFY(volunteer.apply(id, s("triage_suspected"), fullInput(s("triage_suspected"), {})).ok());
        QVERIFY(CaseWorkflow(sentinel).apply(id, s("escalate"), {}).ok());
        CaseWorkflow office(f.chief());
        QVERIFY(office.apply(id, s("start_review"), {}).ok());
        QVERIFY(office.apply(id, s("refer_police"), fullInput(s("refer_police"), {})).ok());
        TransitionInput close;
        close.outcome = s("case_opened");
        close.note = QStringLiteral("公安已立案侦查");
        auto closed = office.apply(id, s("close"), close);
        QVERIFY(closed.ok());
        QCOMPARE(closed->status, s("closed"));
        QVERIFY(closed->deadlineAt.isEmpty());
        QVERIFY(!closed->closedAt.isEmpty());
        QVERIFY(office.allowedTransitions(*closed).size() == 1); // reopen only

        auto triage = office.triageRecords(id).value();
        QCOMPARE(triage.size(), 2);
        QCOMPARE(triage.first().conclusion, s("needs_info"));
        QCOMPARE(triage.last().basis, (QStringList { s("guaranteed_returns"), s("high_returns") }));
        QCOMPARE(triage.last().triagedByName, s("liu"));
        auto reviews = office.reviewRecords(id).value();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first().decision, s("referred_police"));
        QCOMPARE(reviews.first().unit, QStringLiteral("天河区公安分局经侦大队"));

        auto timeline = CaseTimeline::forLead(f.chief(), id).value();
        QStringList kinds;
        for (const TimelineEntry& e : timeline)
            kinds << e.kind;
        QCOMPARE(kinds,
            (QStringList { s("filed"), s("transition:take"), s("transition:triage_needs_info"),
                s("transition:resubmit"), s("edited"), s("transition:triage_suspected"), s("transition:escalate"),
                s("transition:start_review"), s("transition:refer_police"), s("transition:close") }));
        const TimelineEntry& referral = timeline.at(8);
        QCOMPARE(referral.title, CaseWorkflow::find(s("refer_police"))->label());
        QVERIFY(referral.details.join(QLatin1Char('\n')).contains(QStringLiteral("天河区公安分局经侦大队")));
        QVERIFY(timeline.at(2).details.join(QLatin1Char('\n')).contains(s("Deadline")));
        QCOMPARE(CaseTimeline::forLead(f.as(s("otherSentinel")), id).error().code, Error::Code::NotFound);
        QVERIFY(AuditLog::verify(f.chief().db())->ok);

        // Reopening is the district office's, with a reason.
        QCOMPARE(CaseWorkflow(sentinel).apply(id, s("reopen"), info).error().code, Error::Code::PermissionDenied);
        auto reopened = office.apply(id, s("reopen"), info);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->status, s("under_review"));
        QVERIFY(reopened->outcome.isEmpty() && reopened->closedAt.isEmpty());
    }

    void assignableUsers()
    {
        const QString leadId = f.cloneLead(s("submitted"));
        auto users = CaseWorkflow(f.chief()).assignableUsers(leadId);
        QVERIFY(users.ok());
        QVERIFY(!users->isEmpty());
        QCOMPARE(users->first().userId, f.userId(s("paired"))); // the paired volunteer first
        QVERIFY(users->first().paired);
        for (const auto& u : *users)
            QVERIFY(u.role == Role::Volunteer || u.role == Role::Supervisor);
        QCOMPARE(CaseWorkflow(f.as(s("paired"))).assignableUsers(leadId).error().code, Error::Code::PermissionDenied);
    }

    void dueSoonAndOverdueViews()
    {
        Session& chief = f.chief();
        const QString overdue = f.cloneLead(s("under_review"));
        const QString soon = f.cloneLead(s("escalated"));
        const QString later = f.cloneLead(s("escalated"));
        const QString closed = f.cloneLead(s("closed"));
        const auto set = [&](const QString& id, const QDateTime& t) {
            QVERIFY(chief.db()
                        .exec(QStringLiteral("UPDATE leads SET deadline_at = '%1' WHERE id = '%2'").arg(toIso(t), id))
                        .ok());
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        set(overdue, now.addSecs(-3600));
        set(soon, now.addSecs(3 * 3600));
        set(later, now.addDays(3));
        set(closed, now.addSecs(-3600)); // closed cases are never overdue
        auto rows = LeadQuery(chief).page(
            CaseWorkflow::viewFilter(CaseWorkflow::View::Due, chief), LeadQuery::Sort::DeadlineFirst, 0, 10000);
        QVERIFY(rows.ok());
        QHash<QString, LeadSummary> byId;
        for (const LeadSummary& r : *rows)
            byId.insert(r.id, r);
        QVERIFY(byId.contains(overdue) && byId.value(overdue).overdue && !byId.value(overdue).dueSoon);
        QVERIFY(byId.contains(soon) && byId.value(soon).dueSoon && !byId.value(soon).overdue);
        QVERIFY(!byId.contains(later));
        QVERIFY(!byId.contains(closed));
        // Sorted by deadline: the overdue one comes before the due-soon one.
        QStringList order;
        for (const LeadSummary& r : *rows)
            if (r.id == overdue || r.id == soon)
                order << r.id;
        QCOMPARE(order, (QStringList { overdue, soon }));
        // Counted as listed; "due" (one range over the deadline index) is exactly overdue plus due soon.
        const LeadFilter due = CaseWorkflow::viewFilter(CaseWorkflow::View::Due, chief);
        LeadFilter late = due;
        late.dueSoon = false;
        LeadFilter near = due;
        near.overdue = false;
        LeadQuery query(chief);
        auto all = query.count(due), lateCount = query.count(late), nearCount = query.count(near);
        QVERIFY(all.ok() && lateCount.ok() && nearCount.ok());
        QCOMPARE(*all, qint64(rows->size()));
        QVERIFY(*lateCount >= 1 && *nearCount >= 1);
        QCOMPARE(*lateCount + *nearCount, *all);
        auto capped = query.count(due, 1);
        QVERIFY(capped.ok());
        QCOMPARE(*capped, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_CaseWorkflow.moc"
