// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CaseWorkflow.h"

#include "accounts/Session.h"
#include "core/Ids.h"
#include "core/Json.h"
#include "domain/Lead.h"
#include "leads/LeadQuery.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "structure/StructureQuery.h"
#include "workflow/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>
#include <QTimeZone>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::CaseWorkflow", text);
}
QString k(const char* key)
{
    return QString::fromLatin1(key);
}

using P = Party;
using T = Transition;

/// The table. Read it as: name, from, to, who, required input, deadline, stage, rules, queued.
const QList<Transition>& table()
{
    static const QList<Transition> rows {
        { k("submit"), { k("draft") }, k("submitted"), { P::Reporter }, {}, T::Deadline::Start, DeadlineStage::Triage,
            T::NeedsCompleteLead, false },
        { k("take"), { k("submitted"), k("returned") }, k("in_triage"),
            { P::PairedVolunteer, P::Assignee, P::Supervisor }, {}, T::Deadline::Keep, DeadlineStage::None,
            T::RespectsAssignee | T::NotByReporter, true },
        { k("triage_suspected"), { k("in_triage") }, k("suspected"), { P::Assignee, P::Supervisor },
            { k("conclusion"), k("basis"), k("confidence") }, T::Deadline::Start, DeadlineStage::Escalation,
            T::NotByReporter, true },
        { k("triage_unfounded"), { k("in_triage") }, k("unfounded"), { P::Assignee, P::Supervisor },
            { k("conclusion"), k("confidence"), k("note") }, T::Deadline::Clear, DeadlineStage::None, T::NotByReporter,
            true },
        { k("triage_needs_info"), { k("in_triage") }, k("needs_info"), { P::Assignee, P::Supervisor },
            { k("conclusion"), k("note") }, T::Deadline::Start, DeadlineStage::NeedsInfo, T::NotByReporter, true },
        { k("resubmit"), { k("needs_info") }, k("in_triage"), { P::Reporter, P::Supervisor }, {}, T::Deadline::Start,
            DeadlineStage::Triage, T::NeedsCompleteLead, true },
        { k("escalate"), { k("suspected") }, k("escalated"),
            { P::Reporter, P::GridSentinel, P::PairedVolunteer, P::Assignee, P::Supervisor }, {}, T::Deadline::Start,
            DeadlineStage::Review, T::NoRule, true },
        { k("start_review"), { k("escalated") }, k("under_review"), { P::Supervisor }, {}, T::Deadline::Keep,
            DeadlineStage::None, T::NoRule, true },
        { k("refer_police"), { k("under_review") }, k("referred_police"), { P::Supervisor },
            { k("unit"), k("opinion") }, T::Deadline::Start, DeadlineStage::FollowUp, T::NoRule, true },
        { k("refer_regulator"), { k("under_review") }, k("referred_regulator"), { P::Supervisor },
            { k("unit"), k("opinion") }, T::Deadline::Start, DeadlineStage::FollowUp, T::NoRule, true },
        { k("monitor"), { k("under_review") }, k("monitoring"), { P::Supervisor }, { k("opinion") }, T::Deadline::Start,
            DeadlineStage::FollowUp, T::NoRule, true },
        { k("mediate"), { k("under_review") }, k("mediation"), { P::Supervisor }, { k("unit"), k("opinion") },
            T::Deadline::Start, DeadlineStage::FollowUp, T::NoRule, true },
        { k("return"), { k("under_review") }, k("returned"), { P::Supervisor }, { k("opinion") }, T::Deadline::Start,
            DeadlineStage::Triage, T::NoRule, true },
        { k("close"), { k("referred_police"), k("referred_regulator"), k("monitoring"), k("mediation") }, k("closed"),
            { P::Supervisor }, { k("outcome"), k("note") }, T::Deadline::Clear, DeadlineStage::None, T::NoRule, true },
        { k("reopen"), { k("closed") }, k("under_review"), { P::Supervisor }, { k("note") }, T::Deadline::Start,
            DeadlineStage::Review, T::NoRule, false },
        { k("reopen_triage"), { k("unfounded") }, k("in_triage"), { P::Supervisor }, { k("note") }, T::Deadline::Start,
            DeadlineStage::Triage, T::NoRule, false },
        { k("assign"), { k("submitted"), k("in_triage"), k("needs_info"), k("returned") }, QString(), { P::Supervisor },
            { k("assignee") }, T::Deadline::Keep, DeadlineStage::None, T::NoRule, false },
    };
    return rows;
}

constexpr const char* kCaseColumns
    = "l.id, l.case_no, l.title, l.status, l.reporter_user_id, l.assignee_user_id, "
      "l.reviewer_user_id, l.grid_id, l.deadline_at, l.outcome, l.closed_at, l.risk_score, l.risk_level";

CaseState readState(const Statement& s)
{
    CaseState c;
    c.leadId = s.text(0);
    c.caseNo = s.text(1);
    c.title = s.text(2);
    c.status = s.text(3);
    c.reporterUserId = s.text(4);
    c.assigneeUserId = s.text(5);
    c.reviewerUserId = s.text(6);
    c.gridId = s.text(7);
    c.deadlineAt = s.text(8);
    c.outcome = s.text(9);
    c.closedAt = s.text(10);
    c.riskScore = s.real(11);
    c.riskLevel = s.text(12);
    return c;
}

Error notFound()
{
    return makeError(Error::Code::NotFound, tr("The case does not exist or you may not see it."));
}

bool roleMayBe(Party party, Role role)
{
    switch (party) {
    case Party::Reporter:
        return roleHas(role, Permission::FileLeads);
    case Party::GridSentinel:
        return role == Role::Sentinel;
    case Party::PairedVolunteer:
        return role == Role::Volunteer;
    case Party::Assignee:
        return role == Role::Volunteer || role == Role::Supervisor;
    case Party::Supervisor:
        return role == Role::Supervisor;
    }
    return false;
}

QString statusList(const QStringList& keys)
{
    QStringList labels;
    for (const QString& key : keys)
        labels << leads::statusLabel(key);
    return labels.join(tr(", "));
}

QString sqlList(const QStringList& keys)
{
    QStringList quoted;
    for (const QString& key : keys)
        quoted << QLatin1Char('\'') + key + QLatin1Char('\''); // keys come from the table in code
    return quoted.join(QLatin1Char(','));
}

QJsonValue jsonOf(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

QString partyLabel(Party party)
{
    switch (party) {
    case Party::Reporter:
        return tr("the person who filed the lead");
    case Party::GridSentinel:
        return tr("a sentinel of the lead's grid");
    case Party::PairedVolunteer:
        return tr("the volunteer paired with the reporting sentinel");
    case Party::Assignee:
        return tr("the person the case is assigned to");
    case Party::Supervisor:
        return tr("the district office");
    }
    return {};
}

QString Transition::label() const
{
    static const QHash<QString, const char*> labels {
        { k("submit"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Submit for triage") },
        { k("take"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Take for triage") },
        { k("triage_suspected"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Triage: suspected") },
        { k("triage_unfounded"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Triage: unfounded") },
        { k("triage_needs_info"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Triage: needs information") },
        { k("resubmit"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Resubmit with the information") },
        { k("escalate"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Report to the district office") },
        { k("start_review"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Start district review") },
        { k("refer_police"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Refer to the police") },
        { k("refer_regulator"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Refer to the financial regulator") },
        { k("monitor"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Put under monitoring") },
        { k("mediate"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Send to mediation") },
        { k("return"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Return to triage") },
        { k("close"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Close the case") },
        { k("reopen"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Reopen the case") },
        { k("reopen_triage"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Reopen for triage") },
        { k("assign"), QT_TRANSLATE_NOOP("gs::CaseWorkflow", "Assign triage") },
    };
    const char* text = labels.value(name);
    return text ? tr(text) : name;
}

QString Transition::description() const
{
    QStringList who;
    for (Party p : parties)
        who << partyLabel(p);
    const QString target
        = to.isEmpty() ? tr("the status stays") : tr("the case becomes %1").arg(leads::statusLabel(to));
    return tr("%1: %2. Who: %3.").arg(label(), target, who.join(tr(" or ")));
}

const QList<Transition>& CaseWorkflow::transitions()
{
    return table();
}

const Transition* CaseWorkflow::find(const QString& name)
{
    for (const Transition& t : table()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString CaseWorkflow::triageTransitionFor(const QString& conclusion)
{
    return cases::conclusionKeys().contains(conclusion) ? QStringLiteral("triage_") + conclusion : QString();
}

bool CaseWorkflow::isTriage(const QString& name)
{
    return name.startsWith(QLatin1String("triage_"));
}

bool CaseWorkflow::isReviewDecision(const QString& name)
{
    return name == QLatin1String("refer_police") || name == QLatin1String("refer_regulator")
        || name == QLatin1String("monitor") || name == QLatin1String("mediate") || name == QLatin1String("return");
}

QStringList CaseWorkflow::inactiveStatuses()
{
    return { k("draft"), k("unfounded"), k("closed") };
}

CaseWorkflow::CaseWorkflow(Session& session)
    : m_session(session)
    , m_now([&session] { return session.now(); })
{ }

const DeadlinePolicy& CaseWorkflow::policy()
{
    if (!m_policy)
        m_policy = DeadlinePolicy::load(m_session);
    return *m_policy;
}

Result<CaseState> CaseWorkflow::load(const QString& idOrCaseNo)
{
    const LeadVisibility v = LeadVisibility::of(m_session);
    auto stmt = m_session.db().prepare(
        QStringLiteral("SELECT %1 FROM leads l WHERE (l.id = :key OR l.case_no = :key) AND %2 LIMIT 1")
            .arg(QString::fromLatin1(kCaseColumns), v.condition));
    if (!stmt)
        return stmt.error();
    stmt->bind(stmt->parameterIndex(":key"), idOrCaseNo.trimmed());
    v.bindTo(*stmt);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row != Statement::StepResult::Row)
        return notFound();
    return readState(*stmt);
}

struct CaseWorkflow::Relations
{
    bool reporter = false, gridSentinel = false, pairedVolunteer = false, assignee = false, supervisor = false;
    bool has(Party p) const
    {
        switch (p) {
        case Party::Reporter:
            return reporter;
        case Party::GridSentinel:
            return gridSentinel;
        case Party::PairedVolunteer:
            return pairedVolunteer;
        case Party::Assignee:
            return assignee;
        case Party::Supervisor:
            return supervisor;
        }
        return false;
    }
};

CaseWorkflow::Relations CaseWorkflow::relationsTo(const CaseState& c)
{
    Relations r;
    const User& me = m_session.user();
    if (me.id.isEmpty() || m_session.isRecovery())
        return r;
    r.reporter = roleMayBe(Party::Reporter, me.role) && !c.reporterUserId.isEmpty() && c.reporterUserId == me.id;
    r.assignee = roleMayBe(Party::Assignee, me.role) && !c.assigneeUserId.isEmpty() && c.assigneeUserId == me.id;
    r.supervisor = roleMayBe(Party::Supervisor, me.role);
    if (me.personId.isEmpty())
        return r;
    Database& db = m_session.db();
    if (roleMayBe(Party::GridSentinel, me.role) && !c.gridId.isEmpty()) {
        auto s = db.prepare("SELECT 1 FROM person_grids WHERE person_id = ? AND grid_id = ? AND deleted = 0");
        r.gridSentinel = s && s->bindAll(me.personId, c.gridId).nextRow();
    }
    if (roleMayBe(Party::PairedVolunteer, me.role) && !c.reporterUserId.isEmpty()) {
        auto s = db.prepare("SELECT 1 FROM users su JOIN pairings pr ON pr.sentinel_id = su.person_id WHERE su.id = ? "
                            "AND pr.volunteer_id = ? AND pr.ended_on IS NULL AND pr.deleted = 0");
        r.pairedVolunteer = s && s->bindAll(c.reporterUserId, me.personId).nextRow();
    }
    return r;
}

Status CaseWorkflow::permits(const CaseState& c, const Transition& t)
{
    if (!t.from.contains(c.status))
        return makeError(Error::Code::InvalidInput,
            tr("“%1” is not possible while the case is %2; it is possible when the case is %3.")
                .arg(t.label(), leads::statusLabel(c.status), statusList(t.from)));
    const Relations r = relationsTo(c);
    bool qualifies = false;
    for (Party p : t.parties)
        qualifies = qualifies || r.has(p);
    if (!qualifies) {
        QStringList who;
        for (Party p : t.parties)
            who << partyLabel(p);
        return makeError(
            Error::Code::PermissionDenied, tr("Only %1 may do this (“%2”).").arg(who.join(tr(" or ")), t.label()));
    }
    if (t.has(Transition::NotByReporter) && r.reporter && !r.supervisor)
        return makeError(Error::Code::PermissionDenied,
            tr("You filed this lead, so someone else judges it: the volunteer paired with the sentinel, or the "
               "district office."));
    if (t.has(Transition::RespectsAssignee) && !r.supervisor && !r.assignee && !c.assigneeUserId.isEmpty()) {
        QString name = tr("another person");
        if (auto names = StructureQuery(m_session).userDisplayNames({ c.assigneeUserId });
            names && names->contains(c.assigneeUserId))
            name = names->value(c.assigneeUserId);
        return makeError(Error::Code::PermissionDenied,
            tr("The district office assigned this case to %1; only they or the district office may take it.")
                .arg(name));
    }
    return {};
}

QList<const Transition*> CaseWorkflow::allowedTransitions(const CaseState& c)
{
    QList<const Transition*> out;
    for (const Transition& t : table()) {
        if (permits(c, t))
            out << &t;
    }
    return out;
}

QList<FieldError> CaseWorkflow::validateInput(const CaseState& state, const Transition& t, TransitionInput& in)
{
    QList<FieldError> errors;
    const auto add = [&errors](const char* field, const QString& message) {
        errors.append({ QString::fromLatin1(field), message });
    };
    const auto needs = [&t](const char* field) { return t.required.contains(QString::fromLatin1(field)); };
    for (QString* text : { &in.note, &in.basisOther, &in.crossCheck, &in.followUp, &in.unit, &in.reference, &in.opinion,
             &in.conclusion, &in.confidence, &in.outcome, &in.assigneeUserId })
        *text = text->trimmed();
    in.basis.removeDuplicates();

    if (isTriage(t.name)) {
        const QString conclusion = t.name.mid(7); // after "triage_"
        if (in.conclusion.isEmpty())
            in.conclusion = conclusion;
        else if (in.conclusion != conclusion)
            add("conclusion",
                tr("Conclusion: “%1” does not match the step “%2”.")
                    .arg(cases::conclusionLabel(in.conclusion), t.label()));
    } else if (!in.conclusion.isEmpty()) {
        add("conclusion", tr("Conclusion: only a triage records a conclusion."));
    }
    for (const QString& b : in.basis) {
        if (!cases::basisKeys().contains(b))
            add("basis", tr("Basis: unknown ground '%1'.").arg(b));
    }
    if (needs("basis") && in.basis.isEmpty() && in.basisOther.isEmpty())
        add("basis", tr("Basis: tick at least one ground, or describe it under Other grounds."));
    if (!in.confidence.isEmpty() && !cases::confidenceKeys().contains(in.confidence))
        add("confidence", tr("Confidence: choose low, medium or high."));
    else if (needs("confidence") && in.confidence.isEmpty())
        add("confidence", tr("Confidence: say how sure the judgement is (low, medium or high)."));
    if (needs("note") && in.note.isEmpty()) {
        if (t.name == QLatin1String("triage_needs_info"))
            add("note", tr("Note: say what information the sentinel should supply."));
        else if (t.name == QLatin1String("triage_unfounded"))
            add("note", tr("Note: give the reason the lead does not amount to illegal financial activity."));
        else if (t.name == QLatin1String("close"))
            add("note", tr("Note: summarise how the case ended."));
        else
            add("note", tr("Note: say why (“%1” needs a reason).").arg(t.label()));
    }
    if (needs("unit") && in.unit.isEmpty())
        add("unit",
            t.name == QLatin1String("mediate")
                ? tr("Mediator: name who mediates (e.g. the people's mediation committee).")
                : tr("Receiving unit: name the unit the case goes to."));
    if (needs("opinion") && in.opinion.isEmpty())
        add("opinion",
            t.name == QLatin1String("return") ? tr("Opinion: say why the case goes back to triage.")
                                              : tr("Opinion: give the district office's review opinion."));
    if (!in.outcome.isEmpty() && !cases::outcomeKeys().contains(in.outcome))
        add("outcome", tr("Outcome: unknown outcome '%1'.").arg(in.outcome));
    else if (needs("outcome") && in.outcome.isEmpty())
        add("outcome", tr("Outcome: choose how the case ended."));
    if (in.until.isValid() && in.until <= m_now().date())
        add("until", tr("Until: pick a date after today."));
    if (needs("assignee")) {
        if (in.assigneeUserId.isEmpty()) {
            add("assignee", tr("Assignee: choose a volunteer, or take the case yourself."));
        } else {
            auto s = m_session.db().prepare("SELECT role, active FROM users WHERE id = ? AND deleted = 0");
            const bool found = s && s->bind(1, in.assigneeUserId).nextRow();
            const auto role = found ? roleFromKey(s->text(0)) : std::nullopt;
            if (!found || s->int64(1) == 0 || !role || (*role != Role::Volunteer && *role != Role::Supervisor))
                add("assignee", tr("Assignee: the account is not an active volunteer or supervisor."));
            else if (in.assigneeUserId == state.assigneeUserId)
                add("assignee", tr("Assignee: the case is already assigned to this person."));
        }
    }
    const auto tooLong = [&](const char* field, const QString& label, const QString& text, int max) {
        if (text.size() > max)
            add(field, tr("%1: at most %2 characters.").arg(label).arg(max));
    };
    tooLong("note", tr("Note"), in.note, 4000);
    tooLong("basis", tr("Other grounds"), in.basisOther, 2000);
    tooLong("crossCheck", tr("Cross-check"), in.crossCheck, 4000);
    tooLong("followUp", tr("Follow-up actions"), in.followUp, 4000);
    tooLong("unit", tr("Receiving unit"), in.unit, 200);
    tooLong("reference", tr("Reference"), in.reference, 200);
    tooLong("opinion", tr("Opinion"), in.opinion, 4000);
    return errors;
}

Result<CaseWorkflow::Plan> CaseWorkflow::plan(const CaseState& c, const QString& name, TransitionInput input)
{
    const Transition* t = find(name);
    if (!t)
        return makeError(
            Error::Code::InvalidInput, tr("There is no step called '%1'.").arg(name), QStringLiteral("transition"));
    if (auto s = permits(c, *t); !s)
        return s.error();
    if (const QList<FieldError> errors = validateInput(c, *t, input); !errors.isEmpty())
        return invalidInput(errors);
    Plan p;
    p.transition = t;
    p.fromStatus = c.status;
    p.toStatus = t->to.isEmpty() ? c.status : t->to;
    p.input = input;
    const QString me = m_session.user().id;
    const QDateTime now = m_now();
    const auto change = [&p](const char* column, const QVariant& before, const QVariant& after) {
        const QString key = QString::fromLatin1(column);
        if (before == after || (before.isNull() && after.isNull()))
            return;
        p.leadBefore.insert(key, before);
        p.leadChanges.insert(key, after);
    };
    change("status", c.status, p.toStatus);
    const QVariant deadlineBefore = nullIfEmpty(c.deadlineAt);
    switch (t->deadline) {
    case Transition::Deadline::Keep:
        break;
    case Transition::Deadline::Clear:
        change("deadline_at", deadlineBefore, QVariant());
        break;
    case Transition::Deadline::Start: {
        QDateTime due = policy().deadline(t->stage, now);
        if (input.until.isValid() && t->stage == DeadlineStage::FollowUp)
            due = QDateTime(input.until, QTime(23, 59, 59, 999), now.timeZone());
        change("deadline_at", deadlineBefore, due.isValid() ? QVariant(toIso(due)) : QVariant());
        break;
    }
    }
    const QVariant assigneeBefore = nullIfEmpty(c.assigneeUserId);
    if (t->name == QLatin1String("take") || (isTriage(t->name) && c.assigneeUserId.isEmpty()))
        change("assignee_user_id", assigneeBefore, me);
    if (t->name == QLatin1String("assign"))
        change("assignee_user_id", assigneeBefore, input.assigneeUserId);
    if (t->name == QLatin1String("start_review"))
        change("reviewer_user_id", nullIfEmpty(c.reviewerUserId), me);
    if (t->name == QLatin1String("triage_unfounded"))
        change("closed_at", nullIfEmpty(c.closedAt), toIso(m_session.now()));
    if (t->name == QLatin1String("close")) {
        change("outcome", c.outcome, input.outcome);
        change("closed_at", nullIfEmpty(c.closedAt), toIso(m_session.now()));
    }
    if (t->name == QLatin1String("reopen") || t->name == QLatin1String("reopen_triage")) {
        change("outcome", c.outcome, QString());
        change("closed_at", nullIfEmpty(c.closedAt), QVariant());
    }
    for (auto it = p.leadChanges.cbegin(); it != p.leadChanges.cend(); ++it)
        p.auditPayload.insert(it.key(), QJsonArray { jsonOf(p.leadBefore.value(it.key())), jsonOf(it.value()) });
    if (const QJsonObject in = input.toJson(); !in.isEmpty())
        p.auditPayload.insert(QStringLiteral("input"), in);
    return p;
}

Status CaseWorkflow::write(const Plan& p, const CaseState& c)
{
    RecordWriter writer(m_session.writeContext());
    if (!p.leadChanges.isEmpty()) {
        if (auto s = writer.update(QStringLiteral("leads"), c.leadId, p.leadChanges); !s)
            return s;
    }
    QJsonObject payload = p.auditPayload;
    const TransitionInput& in = p.input;
    const QString now = toIso(m_session.now());
    if (isTriage(p.transition->name)) {
        auto id = writer.insert(QStringLiteral("case_triage"),
            { { k("lead_id"), c.leadId }, { k("conclusion"), in.conclusion }, { k("basis"), json::arrayText(in.basis) },
                { k("basis_other"), in.basisOther }, { k("confidence"), in.confidence },
                { k("cross_check"), in.crossCheck }, { k("follow_up"), in.followUp }, { k("note"), in.note },
                { k("risk_score"), c.riskScore }, { k("risk_level"), c.riskLevel.isEmpty() ? k("low") : c.riskLevel },
                { k("triaged_by"), m_session.user().id }, { k("triaged_at"), now } });
        if (!id)
            return id.error();
        payload.insert(QStringLiteral("triageId"), *id);
    } else if (isReviewDecision(p.transition->name)) {
        auto id = writer.insert(QStringLiteral("case_reviews"),
            { { k("lead_id"), c.leadId }, { k("decision"), p.toStatus }, { k("unit"), in.unit },
                { k("reference"), in.reference }, { k("opinion"), in.opinion },
                { k("follow_up_until"), in.until.isValid() ? QVariant(in.until.toString(Qt::ISODate)) : QVariant() },
                { k("reviewed_by"), m_session.user().id }, { k("reviewed_at"), now } });
        if (!id)
            return id.error();
        payload.insert(QStringLiteral("reviewId"), *id);
    }
    AuditEvent e;
    e.leadId = c.leadId;
    e.subjectTable = QStringLiteral("leads");
    e.subjectId = c.leadId;
    e.kind = QStringLiteral("transition:") + p.transition->name;
    e.fromStatus = p.fromStatus;
    e.toStatus = p.toStatus;
    e.note = in.note;
    e.payload = payload;
    return Status::from(AuditLog::append(m_session, e));
}

Result<CaseState> CaseWorkflow::apply(const QString& leadId, const QString& name, const TransitionInput& input)
{
    const Transition* t = find(name);
    if (!t)
        return makeError(
            Error::Code::InvalidInput, tr("There is no step called '%1'.").arg(name), QStringLiteral("transition"));
    if (t->has(Transition::NeedsCompleteLead)) {
        // Submitting is a save of the whole lead (validation, screening, search index): LeadRepository does it
        // and asks plan() for the transition, so both paths decide the same way.
        auto state = load(leadId);
        if (!state)
            return state.error();
        if (auto s = permits(*state, *t); !s)
            return s.error();
        LeadRepository repo(m_session);
        repo.setScreening({}); // keep the stored risk score: nothing about the text changes here
        auto lead = repo.load(state->leadId);
        if (!lead)
            return lead.error();
        auto saved = repo.save(*lead, LeadRepository::Intent::Submit, input.note);
        if (!saved)
            return saved.error();
        return load(state->leadId);
    }

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    // Read inside the transaction (BEGIN IMMEDIATE): no other writer can move the case between check and write.
    auto state = load(leadId);
    if (!state)
        return state.error();
    auto p = plan(*state, name, input);
    if (!p)
        return p.error();
    if (auto s = write(*p, *state); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return load(state->leadId);
}

Result<QList<TriageRecord>> CaseWorkflow::triageRecords(const QString& leadId)
{
    auto state = load(leadId);
    if (!state)
        return state.error();
    auto stmt = m_session.db().prepare("SELECT t.id, t.lead_id, t.conclusion, t.basis, t.basis_other, t.confidence, "
                                       "t.cross_check, t.follow_up, t.note, "
                                       "t.risk_score, t.risk_level, t.triaged_by, u.display_name, t.triaged_at FROM "
                                       "case_triage t LEFT JOIN users u ON u.id = t.triaged_by "
                                       "WHERE t.lead_id = ? AND t.deleted = 0 ORDER BY t.triaged_at, t.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, state->leadId);
    QList<TriageRecord> out;
    const Status read = stmt->forEachRow([&out](const Statement& s) {
        TriageRecord r;
        r.id = s.text(0);
        r.leadId = s.text(1);
        r.conclusion = s.text(2);
        r.basis = json::strings(s.text(3));
        r.basisOther = s.text(4);
        r.confidence = s.text(5);
        r.crossCheck = s.text(6);
        r.followUp = s.text(7);
        r.note = s.text(8);
        r.riskScore = s.real(9);
        r.riskLevel = s.text(10);
        r.triagedBy = s.text(11);
        r.triagedByName = s.text(12);
        r.triagedAt = s.text(13);
        out.append(r);
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<ReviewRecord>> CaseWorkflow::reviewRecords(const QString& leadId)
{
    auto state = load(leadId);
    if (!state)
        return state.error();
    auto stmt = m_session.db().prepare("SELECT r.id, r.lead_id, r.decision, r.unit, r.reference, r.opinion, "
                                       "r.follow_up_until, r.reviewed_by, u.display_name, "
                                       "r.reviewed_at FROM case_reviews r LEFT JOIN users u ON u.id = r.reviewed_by "
                                       "WHERE r.lead_id = ? AND r.deleted = 0 "
                                       "ORDER BY r.reviewed_at, r.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, state->leadId);
    QList<ReviewRecord> out;
    const Status read = stmt->forEachRow([&out](const Statement& s) {
        ReviewRecord r;
        r.id = s.text(0);
        r.leadId = s.text(1);
        r.decision = s.text(2);
        r.unit = s.text(3);
        r.reference = s.text(4);
        r.opinion = s.text(5);
        r.followUpUntil = QDate::fromString(s.text(6), Qt::ISODate);
        r.reviewedBy = s.text(7);
        r.reviewedByName = s.text(8);
        r.reviewedAt = s.text(9);
        out.append(r);
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<CaseWorkflow::Assignable>> CaseWorkflow::assignableUsers(const QString& leadId)
{
    if (auto s = m_session.require(Permission::ReviewCases); !s)
        return s.error();
    auto state = load(leadId);
    if (!state)
        return state.error();
    auto stmt = m_session.db().prepare(QStringLiteral(
        "SELECT u.id, u.display_name, u.role, "
        "EXISTS (SELECT 1 FROM users su JOIN pairings pr ON pr.sentinel_id = su.person_id WHERE su.id = :reporter "
        "AND pr.volunteer_id = u.person_id AND pr.ended_on IS NULL AND pr.deleted = 0), "
        "(SELECT count(*) FROM leads o WHERE o.assignee_user_id = u.id AND o.deleted = 0 AND o.status NOT IN (%1)), "
        "u.username "
        "FROM users u WHERE u.deleted = 0 AND u.active = 1 AND u.role IN ('volunteer', 'supervisor') "
        "ORDER BY u.role = 'supervisor', 4 DESC, 5, u.display_name")
                                           .arg(sqlList(inactiveStatuses())));
    if (!stmt)
        return stmt.error();
    stmt->bind(stmt->parameterIndex(":reporter"), state->reporterUserId);
    QList<Assignable> out;
    const Status read = stmt->forEachRow([&out](const Statement& s) {
        out.append({ s.text(0), s.text(5), s.text(1), roleFromKey(s.text(2)).value_or(Role::Volunteer), s.int64(3) != 0,
            s.integer(4) });
    });
    if (!read)
        return read.error();
    return out;
}

QString CaseWorkflow::awaitingCondition(const Session& session, StatusColumn column)
{
    const Role role = session.user().role;
    if (session.user().id.isEmpty() || session.isRecovery())
        return QStringLiteral("0");
    const bool supervisor = role == Role::Supervisor;
    const QString status = column == StatusColumn::Indexed ? QStringLiteral("l.status") : QStringLiteral("+l.status");
    // Statuses where any lead waits for this user collapse into one IN list, and repeated alternatives are
    // written once: the planner sees one indexable term (or, unindexed, one test per row) instead of an OR
    // of a dozen, which SQLite 3.15 answers with one index probe per term and a sort of every match.
    QStringList everyLead;
    QStringList alternatives;
    for (const Transition& t : table()) {
        if (!t.queued)
            continue;
        QStringList parties;
        bool anyone = false;
        for (Party p : t.parties) {
            if (!roleMayBe(p, role))
                continue;
            switch (p) {
            case Party::Reporter:
                parties << QStringLiteral("l.reporter_user_id = :me");
                break;
            case Party::GridSentinel:
                parties << QStringLiteral(
                    "l.grid_id IN (SELECT pg.grid_id FROM person_grids pg WHERE pg.person_id = :person "
                    "AND pg.deleted = 0)");
                break;
            case Party::PairedVolunteer: {
                QString paired = QStringLiteral("l.reporter_user_id IN (SELECT su.id FROM users su JOIN pairings pr ON "
                                                "pr.sentinel_id = su.person_id WHERE pr.volunteer_id = :person AND "
                                                "pr.ended_on IS NULL AND pr.deleted = 0)");
                if (t.has(Transition::RespectsAssignee))
                    paired = QStringLiteral("(%1 AND (l.assignee_user_id IS NULL OR l.assignee_user_id = :me))")
                                 .arg(paired);
                parties << paired;
                break;
            }
            case Party::Assignee:
                parties << QStringLiteral("l.assignee_user_id = :me");
                break;
            case Party::Supervisor:
                // The district office may take most moves, but a case waits for it only where nobody else can
                // move it (review, referral, closure): its "awaiting me" is not every open case.
                anyone = t.parties == QList<Party> { Party::Supervisor };
                break;
            }
        }
        if (anyone) { // only a supervisor is Party::Supervisor, and NotByReporter does not bind them
            for (const QString& from : t.from) {
                if (!everyLead.contains(from))
                    everyLead << from;
            }
            continue;
        }
        if (parties.isEmpty())
            continue;
        QString condition = QStringLiteral("(%1 IN (%2) AND (%3)")
                                .arg(status, sqlList(t.from), parties.join(QStringLiteral(" OR ")));
        if (t.has(Transition::NotByReporter) && !supervisor)
            condition += QStringLiteral(" AND (l.reporter_user_id IS NULL OR l.reporter_user_id <> :me)");
        condition += QLatin1Char(')');
        if (!alternatives.contains(condition))
            alternatives << condition;
    }
    if (!everyLead.isEmpty())
        alternatives.prepend(QStringLiteral("%1 IN (%2)").arg(status, sqlList(everyLead)));
    return alternatives.isEmpty() ? QStringLiteral("0")
                                  : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

LeadFilter CaseWorkflow::viewFilter(View view, const Session& session)
{
    LeadFilter f;
    QStringList active;
    for (const QString& s : leads::statusKeys()) {
        if (!inactiveStatuses().contains(s))
            active << s;
    }
    switch (view) {
    case View::AwaitingMe:
        f.awaitingMe = true;
        break;
    case View::Due:
        f.awaitingMe = session.user().role != Role::Supervisor;
        f.dueSoon = true;
        f.overdue = true;
        break;
    case View::Open:
        f.statuses = active;
        break;
    case View::Closed:
        f.statuses = { k("unfounded"), k("closed") };
        break;
    case View::All:
        f.statuses = leads::statusKeys();
        f.statuses.removeAll(k("draft"));
        break;
    }
    return f;
}

} // namespace gs
