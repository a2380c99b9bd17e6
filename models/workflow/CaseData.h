// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gs {

/// What a transition is given: the triage form (研判), the review and referral form, the closure outcome,
/// the assignee, and a note. Each transition reads only the fields it needs (CaseWorkflow::Transition).
struct TransitionInput
{
    QString note;

    // 研判
    QString conclusion; ///< suspected | unfounded | needs_info (filled from the transition when empty)
    QStringList basis; ///< keys of cases::basisKeys()
    QString basisOther; ///< free-text basis
    QString confidence; ///< low | medium | high
    QString crossCheck; ///< 信息交叉验证
    QString followUp; ///< follow-up actions

    // 区级审核 and referral
    QString unit; ///< receiving unit (公安 / 金融监管) or mediator
    QString reference; ///< 文号, or the 穗岁安 submission number when escalating
    QString opinion; ///< the review opinion
    QDate until; ///< monitoring / follow-up until (optional)

    // 办结
    QString outcome; ///< a key of cases::outcomeKeys()

    // 分派
    QString assigneeUserId;

    QJsonObject toJson() const; ///< only the fields that are set
    static TransitionInput fromJson(const QJsonObject& object);
};

/// One 研判 record (table case_triage).
struct TriageRecord
{
    QString id;
    QString leadId;
    QString conclusion;
    QStringList basis;
    QString basisOther;
    QString confidence;
    QString crossCheck;
    QString followUp;
    QString note;
    double riskScore = 0;
    QString riskLevel;
    QString triagedBy; ///< user id
    QString triagedByName;
    QString triagedAt;
};

/// One district-office decision (table case_reviews).
struct ReviewRecord
{
    QString id;
    QString leadId;
    QString decision; ///< referred_police | referred_regulator | monitoring | mediation | returned
    QString unit;
    QString reference;
    QString opinion;
    QDate followUpUntil;
    QString reviewedBy;
    QString reviewedByName;
    QString reviewedAt;
};

namespace cases {

/// 研判 conclusions: suspected, unfounded, needs_info.
QStringList conclusionKeys();
QString conclusionLabel(const QString& key);
/// The grounds checked in the triage form: guaranteed_returns (承诺保本保息), high_returns (高额返利),
/// public_promotion (公开宣传), unspecified_public (面向不特定对象), no_licence (无金融牌照), abnormal_funds
/// (资金异常).
QStringList basisKeys();
QString basisLabel(const QString& key);
QStringList confidenceKeys(); ///< low, medium, high
QString confidenceLabel(const QString& key);
/// How a case ended: case_opened, penalized, rectified, mediated, no_violation, monitoring_ended, transferred, other.
QStringList outcomeKeys();
QString outcomeLabel(const QString& key);
/// Review decisions (the target statuses of the review transitions).
QStringList decisionKeys();
QString decisionLabel(const QString& key);

} // namespace cases
} // namespace gs
