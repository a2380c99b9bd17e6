// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "workflow/WorkingCalendar.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gs {

class Session;

/// The stages of a case that run against a deadline. Which stage a case is in follows from its status.
enum class DeadlineStage {
    None, ///< no deadline (draft, unfounded, closed)
    Triage, ///< 待研判 / 研判中 / 退回: the volunteer's first judgement
    NeedsInfo, ///< 需补充: the sentinel supplies what is missing
    Escalation, ///< 疑似: reporting upward after a "suspected" conclusion
    Review, ///< 已上报 / 区级审核: the district office reviews
    FollowUp, ///< 移交 / 监测 / 调解: until the case is closed
};

QString deadlineStageKey(DeadlineStage stage); ///< "triage", "needsInfo", ... (settings JSON, CLI)
QString deadlineStageLabel(DeadlineStage stage); ///< translated
QList<DeadlineStage> deadlineStages(); ///< every stage with a deadline, in workflow order
/// The stage a case in `status` is in.
DeadlineStage stageOfStatus(const QString& status);

/// Per-stage durations and the working calendar, stored in the node's settings (`workflow_deadlines`,
/// `working_calendar`). Defaults: triage 2 days, needs-info 3 days, escalation 1 day, district review 5 working
/// days, follow-up 30 days; due soon within 24 hours.
struct DeadlinePolicy
{
    StageDuration triage { 2, false };
    StageDuration needsInfo { 3, false };
    StageDuration escalation { 1, false };
    StageDuration review { 5, true };
    StageDuration followUp { 30, false };
    int dueSoonHours = 24;
    WorkingCalendar calendar;

    StageDuration duration(DeadlineStage stage) const;
    void setDuration(DeadlineStage stage, StageDuration duration);
    /// When a stage starting at `start` is due; invalid for DeadlineStage::None.
    QDateTime deadline(DeadlineStage stage, const QDateTime& start) const;

    /// Translated problems, each naming the stage; empty if the policy can be stored.
    QStringList problems() const;

    QJsonObject durationsJson() const;
    QJsonObject calendarJson() const;
    /// Reads what durationsJson()/calendarJson() wrote; missing or bad values keep their defaults.
    static DeadlinePolicy fromJson(const QJsonObject& durations, const QJsonObject& calendar);

    static constexpr int kMaxDays = 365;
    static constexpr int kMaxDueSoonHours = 24 * 14;

    /// The node's policy (defaults where nothing is stored). Open to every signed-in user.
    static DeadlinePolicy load(Session& session);
    /// Stores it (needs ManageNodeSettings): both settings, their change log and an audit event, in one
    /// transaction. Deadlines already running keep their date; new stages use the new durations.
    static Status save(Session& session, const DeadlinePolicy& policy);

    friend bool operator==(const DeadlinePolicy& a, const DeadlinePolicy& b)
    {
        return a.durationsJson() == b.durationsJson() && a.calendarJson() == b.calendarJson();
    }
};

} // namespace gs
