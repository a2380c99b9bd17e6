// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel case show|transition|assign|report|list, gridsentinel audit verify
#include "CliSupport.h"
#include "core/Json.h"
#include "domain/Validators.h"
#include "leads/LeadQuery.h"
#include "report/CaseReport.h"
#include "store/Database.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseTimeline.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlinePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gs::cli {
namespace {

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

QString localTime(const QString& iso)
{
    return iso.isEmpty() ? tr("none") : CaseTimeline::localTime(iso);
}

QJsonObject stateJson(const CaseState& c)
{
    return { { k("id"), c.leadId }, { k("caseNo"), c.caseNo }, { k("title"), c.title }, { k("status"), c.status },
        { k("statusLabel"), leads::statusLabel(c.status) }, { k("stage"), deadlineStageKey(stageOfStatus(c.status)) },
        { k("deadlineAt"), json::orNull(c.deadlineAt) }, { k("reporterUserId"), json::orNull(c.reporterUserId) },
        { k("assigneeUserId"), json::orNull(c.assigneeUserId) },
        { k("reviewerUserId"), json::orNull(c.reviewerUserId) }, { k("outcome"), json::orNull(c.outcome) },
        { k("closedAt"), json::orNull(c.closedAt) }, { k("riskLevel"), c.riskLevel }, { k("riskScore"), c.riskScore } };
}

QJsonObject transitionJson(const Transition& t)
{
    return { { k("name"), t.name }, { k("label"), t.label() }, { k("to"), json::orNull(t.to) },
        { k("required"), QJsonArray::fromStringList(t.required) } };
}

QJsonObject triageJson(const TriageRecord& t)
{
    return { { k("conclusion"), t.conclusion }, { k("basis"), QJsonArray::fromStringList(t.basis) },
        { k("basisOther"), t.basisOther }, { k("confidence"), t.confidence }, { k("crossCheck"), t.crossCheck },
        { k("followUp"), t.followUp }, { k("note"), t.note }, { k("riskScore"), t.riskScore },
        { k("riskLevel"), t.riskLevel }, { k("by"), t.triagedByName }, { k("at"), t.triagedAt } };
}

QJsonObject reviewJson(const ReviewRecord& r)
{
    return { { k("decision"), r.decision }, { k("unit"), r.unit }, { k("reference"), r.reference },
        { k("opinion"), r.opinion },
        { k("followUpUntil"),
            r.followUpUntil.isValid() ? QJsonValue(r.followUpUntil.toString(Qt::ISODate)) : QJsonValue() },
        { k("by"), r.reviewedByName }, { k("at"), r.reviewedAt } };
}

QJsonObject timelineJson(const TimelineEntry& e)
{
    return { { k("seq"), double(e.seq) }, { k("at"), e.wallTime }, { k("actor"), e.actorName },
        { k("role"), e.actorRole }, { k("event"), e.kind }, { k("title"), e.title },
        { k("details"), QJsonArray::fromStringList(e.details) }, { k("note"), e.note }, { k("hash"), e.hash } };
}

int caseShow(Command& c, Session& session, const QString& key)
{
    CaseWorkflow workflow(session);
    auto state = workflow.load(key);
    if (!state)
        return fail(state.error());
    auto triage = workflow.triageRecords(state->leadId);
    auto reviews = workflow.reviewRecords(state->leadId);
    auto timeline = CaseTimeline::forLead(session, state->leadId);
    if (!triage || !reviews || !timeline)
        return fail(!triage ? triage.error() : !reviews ? reviews.error() : timeline.error());
    const QList<const Transition*> allowed = workflow.allowedTransitions(*state);
    if (c.json()) {
        QJsonArray a, tri, r, e;
        for (const Transition* t : allowed)
            a.append(transitionJson(*t));
        for (const TriageRecord& x : *triage)
            tri.append(triageJson(x));
        for (const ReviewRecord& x : *reviews)
            r.append(reviewJson(x));
        for (const TimelineEntry& x : *timeline)
            e.append(timelineJson(x));
        printJson(QJsonObject { { k("case"), stateJson(*state) }, { k("allowed"), a }, { k("triage"), tri },
            { k("reviews"), r }, { k("timeline"), e } });
        return Ok;
    }
    out() << state->caseNo << QStringLiteral("  ") << state->title << Qt::endl
          << tr("Status: %1").arg(leads::statusLabel(state->status)) << Qt::endl
          << tr("Deadline: %1").arg(localTime(state->deadlineAt)) << Qt::endl;
    QStringList names;
    for (const Transition* t : allowed)
        names << QStringLiteral("%1 (%2)").arg(t->name, t->label());
    out() << tr("You may: %1").arg(names.isEmpty() ? tr("nothing at this stage") : names.join(QStringLiteral(", ")))
          << Qt::endl
          << tr("Timeline:") << Qt::endl;
    for (const TimelineEntry& x : *timeline) {
        out() << QStringLiteral("  %1  %2  %3").arg(CaseTimeline::localTime(x.wallTime), x.actorName, x.title)
              << Qt::endl;
        for (const QString& d : x.details)
            out() << QStringLiteral("      ") << d << Qt::endl;
        if (!x.note.isEmpty())
            out() << QStringLiteral("      ") << x.note << Qt::endl;
    }
    return Ok;
}

int caseTransition(Command& c, Session& session, const QString& key, QString name)
{
    const QCommandLineParser& p = c.parser();
    TransitionInput in;
    in.note = p.value(k("note"));
    in.conclusion = p.value(k("conclusion"));
    in.basis = p.values(k("basis"));
    in.basisOther = p.value(k("basis-other"));
    in.confidence = p.value(k("confidence"));
    in.crossCheck = p.value(k("cross-check"));
    in.followUp = p.value(k("follow-up"));
    in.unit = p.value(k("unit"));
    in.reference = p.value(k("reference"));
    in.opinion = p.value(k("opinion"));
    in.outcome = p.value(k("outcome"));
    if (p.isSet(k("until"))) {
        in.until = QDate::fromString(p.value(k("until")), Qt::ISODate);
        if (!in.until.isValid())
            return usage(tr("--until takes a date like 2027-03-31."));
    }
    if (name == QLatin1String("triage")) {
        name = CaseWorkflow::triageTransitionFor(in.conclusion);
        if (name.isEmpty())
            return usage(tr("triage needs --conclusion suspected, unfounded or needs_info."));
    }
    if (!CaseWorkflow::find(name)) {
        QStringList names;
        for (const Transition& t : CaseWorkflow::transitions())
            names << t.name;
        return usage(tr("unknown step '%1'; one of: triage, %2.").arg(name, names.join(QStringLiteral(", "))));
    }
    auto state = CaseWorkflow(session).apply(key, name, in);
    if (!state)
        return fail(state.error());
    if (c.json())
        printJson(stateJson(*state));
    else
        out() << tr("%1 is now: %2; deadline %3.")
                     .arg(state->caseNo, leads::statusLabel(state->status), localTime(state->deadlineAt))
              << Qt::endl;
    return Ok;
}

int caseAssign(Command& c, Session& session, const QString& key)
{
    const QString to = c.parser().value(k("to"));
    if (to.isEmpty())
        return usage(tr("--to USER is required (a volunteer's or supervisor's user name; 'me' takes the case)."));
    CaseWorkflow workflow(session);
    auto users = workflow.assignableUsers(key);
    if (!users)
        return fail(users.error());
    TransitionInput in;
    in.note = c.parser().value(k("note"));
    for (const CaseWorkflow::Assignable& u : *users) {
        if (u.userName.compare(to, Qt::CaseInsensitive) == 0
            || (to == QLatin1String("me") && u.userId == session.user().id))
            in.assigneeUserId = u.userId;
    }
    if (in.assigneeUserId.isEmpty())
        return fail(makeError(
            Error::Code::InvalidInput, tr("%1 is not an active volunteer or supervisor account.").arg(to), k("to")));
    auto state = workflow.apply(key, QStringLiteral("assign"), in);
    if (!state)
        return fail(state.error());
    if (c.json())
        printJson(stateJson(*state));
    else
        out() << tr("%1 is assigned to %2.").arg(state->caseNo, to) << Qt::endl;
    return Ok;
}

int caseReport(Command& c, Session& session, const QString& key)
{
    const auto absolute
        = [](const QString& path) { return path.isEmpty() ? path : QDir::current().absoluteFilePath(path); };
    const QString pdf = absolute(c.parser().value(k("pdf")));
    const QString json = absolute(c.parser().value(k("json")));
    if (pdf.isEmpty() && json.isEmpty())
        return usage(tr("give --pdf FILE, --json FILE or both."));
    CaseReportBuilder builder(session);
    auto report = builder.build(key);
    if (!report)
        return fail(report.error());
    if (auto s = builder.exportFiles(*report, pdf, json); !s)
        return fail(s.error());
    if (c.json()) {
        printJson(QJsonObject { { k("caseNo"), report->lead.caseNo }, { k("pdf"), json::orNull(pdf) },
            { k("json"), json::orNull(json) }, { k("informantIncluded"), report->informant.has_value() },
            { k("chainHead"), report->integrity.chainHead } });
    } else {
        for (const QString& path : { pdf, json }) {
            if (!path.isEmpty())
                out() << tr("Wrote %1").arg(path) << Qt::endl;
        }
        if (report->informantWithheld)
            out() << tr("The confidential informant is not in the report (your role may not see who it is).")
                  << Qt::endl;
    }
    return Ok;
}

int caseList(Command& c, Session& session)
{
    const QCommandLineParser& p = c.parser();
    static const QMap<QString, CaseWorkflow::View> views { { k("awaiting"), CaseWorkflow::View::AwaitingMe },
        { k("due"), CaseWorkflow::View::Due }, { k("open"), CaseWorkflow::View::Open },
        { k("closed"), CaseWorkflow::View::Closed }, { k("all"), CaseWorkflow::View::All } };
    QString view = p.value(k("view"));
    if (p.isSet(k("due")) || p.isSet(k("overdue")))
        view = p.isSet(k("view")) ? view : k("open");
    if (!views.contains(view))
        return usage(tr("--view is one of: %1.").arg(QStringList(views.keys()).join(QStringLiteral(", "))));
    LeadFilter filter = CaseWorkflow::viewFilter(views.value(view), session);
    if (p.isSet(k("due")))
        filter.dueSoon = true;
    if (p.isSet(k("overdue")))
        filter.overdue = true;
    if (const QStringList statuses = p.values(k("status")); !statuses.isEmpty()) {
        if (int rc = checkStatuses(statuses); rc >= 0)
            return rc;
        filter.statuses = statuses;
    }
    bool ok = false;
    const int limit = p.value(k("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return usage(tr("--limit takes a whole number."));
    LeadQuery query(session);
    auto rows = query.page(filter, LeadQuery::Sort::DeadlineFirst, 0, limit);
    if (!rows)
        return fail(rows.error());
    auto total = query.count(filter);
    if (!total)
        return fail(total.error());
    if (c.json()) {
        QJsonArray a;
        for (const LeadSummary& s : *rows) {
            QJsonObject o = leadSummaryJson(s);
            o.insert(k("assignee"), json::orNull(s.assigneeName));
            o.insert(k("deadlineAt"), json::orNull(s.deadlineAt));
            o.insert(k("dueSoon"), s.dueSoon);
            o.insert(k("stage"), deadlineStageKey(stageOfStatus(s.status)));
            a.append(o);
        }
        printJson(QJsonObject { { k("view"), view }, { k("total"), double(*total) }, { k("cases"), a } });
        return Ok;
    }
    for (const LeadSummary& s : *rows) {
        const QString flag = s.overdue ? tr("OVERDUE") : s.dueSoon ? tr("due soon") : QString();
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(s.caseNo, leads::statusLabel(s.status), localTime(s.deadlineAt), flag, s.title)
              << '\n';
    }
    out() << tr("%1 of %2 cases").arg(rows->size()).arg(*total) << Qt::endl;
    return Ok;
}

} // namespace

int cmdCase(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList subs { k("show"), k("transition"), k("assign"), k("report"), k("list") };
    if (!subs.contains(sub))
        return usage(tr("'case' needs one of: %1.").arg(subs.join(QStringLiteral(", "))));
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("case ") + sub);
    c.addAs();
    c.parser().addOptions({
        { k("note"), tr("Note recorded with the step (why, what was done)."), tr("TEXT") },
        { k("conclusion"), tr("Triage conclusion: suspected, unfounded or needs_info."), tr("KEY") },
        { k("basis"), tr("Triage ground (repeatable): %1.").arg(cases::basisKeys().join(QStringLiteral(", "))),
            tr("KEY") },
        { k("basis-other"), tr("Other grounds, in words."), tr("TEXT") },
        { k("confidence"), tr("Confidence of the triage: low, medium or high."), tr("LEVEL") },
        { k("cross-check"), tr("Cross-check notes (信息交叉验证)."), tr("TEXT") },
        { k("follow-up"), tr("Follow-up actions."), tr("TEXT") },
        { k("unit"), tr("Receiving unit or mediator."), tr("TEXT") },
        { k("reference"), tr("Reference number (文号, or the 穗岁安 number when reporting upward)."), tr("TEXT") },
        { k("opinion"), tr("Review opinion."), tr("TEXT") },
        { k("until"), tr("Monitoring or follow-up until this date."), tr("DATE") },
        { k("outcome"), tr("Outcome when closing: %1.").arg(cases::outcomeKeys().join(QStringLiteral(", "))),
            tr("KEY") },
        { k("to"), tr("Assign to this user ('me' to take it)."), tr("USER") },
        { k("pdf"), tr("Write the report as PDF here."), tr("FILE") },
        { k("json"), tr("Write the report as JSON here."), tr("FILE") },
        { k("view"), tr("Which cases: awaiting (my next moves, default), due, open, closed, all."), tr("VIEW"),
            k("awaiting") },
        { k("due"), tr("Only cases due soon.") },
        { k("overdue"), tr("Only overdue cases (with --due: either).") },
        { k("status"), tr("Only cases in this status (repeatable)."), tr("STATUS") },
        { k("limit"), tr("At most this many rows (default 100)."), tr("N"), k("100") },
    });
    const int positional = sub == QLatin1String("list") ? 0 : sub == QLatin1String("transition") ? 2 : 1;
    if (int rc = c.parse(positional, positional); rc >= 0)
        return rc;
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    const QStringList pos = c.parser().positionalArguments();
    if (sub == QLatin1String("show"))
        return caseShow(c, **session, pos.value(0));
    if (sub == QLatin1String("transition"))
        return caseTransition(c, **session, pos.value(0), pos.value(1));
    if (sub == QLatin1String("assign"))
        return caseAssign(c, **session, pos.value(0));
    if (sub == QLatin1String("report"))
        return caseReport(c, **session, pos.value(0));
    return caseList(c, **session);
}

int cmdAudit(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub != QLatin1String("verify"))
        return usage(tr("'audit' needs: verify."));
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("audit verify"));
    c.addAs();
    if (int rc = c.parse(); rc >= 0)
        return rc;
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    Session& s = **session;
    // The district office and the node administrator look after integrity; the chain holds no case content,
    // but who acted when is not for everyone.
    if (!s.can(Permission::ReviewCases) && !s.can(Permission::ManageNodeSettings))
        return fail(s.require(Permission::ReviewCases).error());
    auto v = AuditLog::verify(s.db());
    if (!v)
        return fail(v.error());
    if (c.json()) {
        QJsonObject o { { k("ok"), v->ok }, { k("count"), double(v->count) }, { k("headHash"), v->headHash } };
        if (!v->ok) {
            o.insert(k("brokenSeq"), double(v->brokenSeq));
            o.insert(k("problem"), v->problem);
            o.insert(k("event"), json::orNull(v->brokenKind));
            o.insert(k("wallTime"), json::orNull(v->brokenWallTime));
        }
        printJson(o);
    } else if (v->ok) {
        out() << tr("The audit trail is intact: %n event(s).", nullptr, int(v->count)) << Qt::endl
              << tr("Head hash: %1").arg(v->headHash) << Qt::endl;
    } else {
        err() << tr("The audit trail is broken at event %1%2: %3")
                     .arg(v->brokenSeq)
                     .arg(v->brokenKind.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1, %2)").arg(v->brokenKind, localTime(v->brokenWallTime)))
                     .arg(v->problem)
              << Qt::endl
              << tr("%n event(s) before it verify; their head hash is %1.", nullptr, int(v->count)).arg(v->headHash)
              << Qt::endl;
    }
    return v->ok ? Ok : Damaged;
}

} // namespace gs::cli
