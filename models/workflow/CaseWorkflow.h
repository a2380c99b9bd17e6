// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "domain/Role.h"
#include "workflow/CaseData.h"
#include "workflow/DeadlinePolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace gs {

class Session;
struct LeadFilter;

/// How an account stands to a case. A transition names the parties that may take it; an account may
/// stand in several relations at once (a supervisor who filed a lead is Reporter and Supervisor).
enum class Party {
    Reporter, ///< filed the lead
    GridSentinel, ///< a sentinel covering the lead's grid (person_grids)
    PairedVolunteer, ///< a volunteer currently paired with the reporting sentinel (pairings, not ended)
    Assignee, ///< the volunteer (or supervisor) the case is assigned to
    Supervisor, ///< the district office (区打非办)
};
QString partyLabel(Party party); ///< translated: "the volunteer paired with the reporting sentinel"

/// The workflow columns of one lead: what transitions are decided on.
struct CaseState
{
    QString leadId;
    QString caseNo;
    QString title;
    QString status;
    QString reporterUserId;
    QString assigneeUserId;
    QString reviewerUserId;
    QString gridId;
    QString deadlineAt; ///< ISO 8601 UTC, empty when no deadline runs
    QString outcome;
    QString closedAt;
    double riskScore = 0;
    QString riskLevel;
};

/// One row of the transition table. States are data (leads::statusKeys()); this table is the only place
/// that says which status may follow which, who may move it, what the move needs and which deadline it starts.
struct Transition
{
    enum class Deadline { Keep, Clear, Start };
    enum Rule {
        NoRule = 0,
        RespectsAssignee = 1, ///< a paired volunteer may not act while the case is assigned to someone else
        NotByReporter = 2, ///< whoever filed the lead may not judge it (the district office excepted)
        NeedsCompleteLead = 4, ///< the lead must pass submission validation
    };

    QString name; ///< stable key: take, triage_suspected, escalate, ...
    QStringList from; ///< statuses it may leave
    QString to; ///< status it reaches; empty: the status stays (assign)
    QList<Party> parties; ///< who may take it
    QStringList required; ///< input fields: note, conclusion, basis, confidence, unit, opinion, outcome, assignee
    Deadline deadline = Deadline::Keep;
    DeadlineStage stage = DeadlineStage::None; ///< for Deadline::Start
    int rules = NoRule;
    /// Work waiting for its parties ("awaiting me"); reopening and assigning are not. A supervisor listed beside
    /// other parties may step in but is not waited for.
    bool queued = true;

    bool has(Rule rule) const { return (rules & rule) != 0; }
    QString label() const; ///< translated button text: "Take for triage"
    QString description() const; ///< translated: what it does and for whom
};

/**
 * The case workflow: 草稿 → 待研判 → 研判中 → {需补充, 不构成, 疑似 → 已上报} → 区级审核 → {移交公安, 移交金融监管,
 * 纳入监测, 调解, 退回} → 办结, reopened by the district office. Every check lives here, whatever the caller
 * (GUI, command line, LeadRepository's submit): state, role, pairing (volunteers act on leads of the
 * sentinels they are paired with, or assigned to them), grid (sentinels on their own grids), assignment,
 * required fields. apply() writes the new state, the deadline, the triage or review record, the change log
 * and a hash-chained audit event in one transaction; a refused move returns a translated reason and writes
 * nothing. The acting account is the session's user.
 */
class CaseWorkflow
{
public:
    explicit CaseWorkflow(Session& session);

    static const QList<Transition>& transitions();
    static const Transition* find(const QString& name);
    /// The triage transition for a conclusion (suspected → triage_suspected); empty for an unknown one.
    static QString triageTransitionFor(const QString& conclusion);
    static bool isTriage(const QString& transitionName);
    static bool isReviewDecision(const QString& transitionName);
    /// Statuses in which no deadline runs and nothing is waiting: draft, unfounded, closed.
    static QStringList inactiveStatuses();

    /// The case with this id or case number as the signed-in user may see it; NotFound otherwise.
    Result<CaseState> load(const QString& idOrCaseNo);

    /// Whether the user may take `transition` on `state` now: status, role, pairing, grid, assignment.
    /// Fields are not looked at. A refusal names the reason (InvalidInput for the status, PermissionDenied
    /// for who may act).
    Status permits(const CaseState& state, const Transition& transition);
    /// What the user may do with the case now, in table order (what the UI shows as buttons).
    QList<const Transition*> allowedTransitions(const CaseState& state);

    /// Everything a transition would write, decided but not written. LeadRepository folds `submit` and
    /// `resubmit` into its own save through this, so an edit and its transition land as one change.
    struct Plan
    {
        const Transition* transition = nullptr;
        QString fromStatus;
        QString toStatus;
        QVariantMap leadChanges; ///< columns of `leads` that change (status, deadline_at, assignee_user_id...)
        QVariantMap leadBefore; ///< their values before
        TransitionInput input; ///< normalised (conclusion filled, text trimmed)
        QJsonObject auditPayload; ///< {column: [old, new], ..., "input": {...}}
    };
    Result<Plan> plan(const CaseState& state, const QString& transition, TransitionInput input);

    /// Checks and applies one transition to the case `leadId` (id or case number). Returns the new state.
    Result<CaseState> apply(const QString& leadId, const QString& transition, const TransitionInput& input);

    /// 研判 and review records of a case, oldest first (the case must be visible).
    Result<QList<TriageRecord>> triageRecords(const QString& leadId);
    Result<QList<ReviewRecord>> reviewRecords(const QString& leadId);

    /// Accounts a supervisor may assign the case's triage to: active volunteers (those paired with the
    /// reporting sentinel first) and supervisors, with how many open cases each is assigned.
    struct Assignable
    {
        QString userId;
        QString userName;
        QString displayName;
        Role role = Role::Volunteer;
        bool paired = false;
        int openCases = 0;
    };
    Result<QList<Assignable>> assignableUsers(const QString& leadId);

    /// A SQL condition over `leads l` (named parameters :me and :person, as LeadVisibility binds them) that
    /// holds for the cases waiting for this user's action: generated from the transition table, so the
    /// queue and the buttons always agree. `Unindexed` writes the status tests as `+l.status`, which keeps
    /// SQLite off the status index: a page in another order then walks that order's index and stops early.
    enum class StatusColumn { Indexed, Unindexed };
    static QString awaitingCondition(const Session& session, StatusColumn column = StatusColumn::Indexed);

    /// The lists the Cases page, the status bar and `gridsentinel case list` show.
    enum class View {
        AwaitingMe, ///< cases with a move this user may make now
        Due, ///< due soon or overdue: the user's own queue; for the district office every open case
        Open, ///< every visible case still running
        Closed, ///< closed or unfounded
        All, ///< every visible case (no drafts of others, as ever)
    };
    static LeadFilter viewFilter(View view, const Session& session);

    /// Replaces the clock deadlines start from (tests); the session's clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// Replaces the node's deadline policy for this object (tests, benchmarks).
    void setPolicy(const DeadlinePolicy& policy) { m_policy = policy; }
    const DeadlinePolicy& policy();

private:
    struct Relations;
    Relations relationsTo(const CaseState& state);
    QList<FieldError> validateInput(const CaseState& state, const Transition& t, TransitionInput& input);
    Status write(const Plan& plan, const CaseState& state);

    Session& m_session;
    std::function<QDateTime()> m_now;
    std::optional<DeadlinePolicy> m_policy;
};

} // namespace gs
