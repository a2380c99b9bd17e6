// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DeadlinePolicy.h"

#include "accounts/NodeSettings.h"
#include "accounts/Session.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::DeadlinePolicy", text);
}

const QString kDurationsKey = QStringLiteral("workflow_deadlines");
const QString kCalendarKey = QStringLiteral("working_calendar");

QJsonArray datesJson(const QSet<QDate>& dates)
{
    QList<QDate> sorted(dates.cbegin(), dates.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray a;
    for (const QDate& d : sorted)
        a.append(d.toString(Qt::ISODate));
    return a;
}

QSet<QDate> datesFrom(const QJsonValue& value)
{
    QSet<QDate> dates;
    for (const QJsonValue& v : value.toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            dates.insert(d);
    }
    return dates;
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString deadlineStageKey(DeadlineStage stage)
{
    switch (stage) {
    case DeadlineStage::None:
        return QStringLiteral("none");
    case DeadlineStage::Triage:
        return QStringLiteral("triage");
    case DeadlineStage::NeedsInfo:
        return QStringLiteral("needsInfo");
    case DeadlineStage::Escalation:
        return QStringLiteral("escalation");
    case DeadlineStage::Review:
        return QStringLiteral("review");
    case DeadlineStage::FollowUp:
        return QStringLiteral("followUp");
    }
    return {};
}

QString deadlineStageLabel(DeadlineStage stage)
{
    switch (stage) {
    case DeadlineStage::None:
        return tr("No deadline");
    case DeadlineStage::Triage:
        return tr("Triage");
    case DeadlineStage::NeedsInfo:
        return tr("Supplying information");
    case DeadlineStage::Escalation:
        return tr("Reporting upward");
    case DeadlineStage::Review:
        return tr("District review");
    case DeadlineStage::FollowUp:
        return tr("Follow-up until closure");
    }
    return {};
}

QList<DeadlineStage> deadlineStages()
{
    return { DeadlineStage::Triage, DeadlineStage::NeedsInfo, DeadlineStage::Escalation, DeadlineStage::Review,
        DeadlineStage::FollowUp };
}

DeadlineStage stageOfStatus(const QString& s)
{
    if (s == QLatin1String("submitted") || s == QLatin1String("in_triage") || s == QLatin1String("returned"))
        return DeadlineStage::Triage;
    if (s == QLatin1String("needs_info"))
        return DeadlineStage::NeedsInfo;
    if (s == QLatin1String("suspected"))
        return DeadlineStage::Escalation;
    if (s == QLatin1String("escalated") || s == QLatin1String("under_review"))
        return DeadlineStage::Review;
    if (s == QLatin1String("referred_police") || s == QLatin1String("referred_regulator")
        || s == QLatin1String("monitoring") || s == QLatin1String("mediation"))
        return DeadlineStage::FollowUp;
    return DeadlineStage::None;
}

StageDuration DeadlinePolicy::duration(DeadlineStage stage) const
{
    switch (stage) {
    case DeadlineStage::None:
        return {};
    case DeadlineStage::Triage:
        return triage;
    case DeadlineStage::NeedsInfo:
        return needsInfo;
    case DeadlineStage::Escalation:
        return escalation;
    case DeadlineStage::Review:
        return review;
    case DeadlineStage::FollowUp:
        return followUp;
    }
    return {};
}

void DeadlinePolicy::setDuration(DeadlineStage stage, StageDuration d)
{
    switch (stage) {
    case DeadlineStage::None:
        break;
    case DeadlineStage::Triage:
        triage = d;
        break;
    case DeadlineStage::NeedsInfo:
        needsInfo = d;
        break;
    case DeadlineStage::Escalation:
        escalation = d;
        break;
    case DeadlineStage::Review:
        review = d;
        break;
    case DeadlineStage::FollowUp:
        followUp = d;
        break;
    }
}

QDateTime DeadlinePolicy::deadline(DeadlineStage stage, const QDateTime& start) const
{
    return calendar.deadline(start, duration(stage));
}

QStringList DeadlinePolicy::problems() const
{
    QStringList out;
    for (DeadlineStage stage : deadlineStages()) {
        const StageDuration d = duration(stage);
        if (d.days < 1 || d.days > kMaxDays)
            out << tr("%1: give between 1 and %2 days.").arg(deadlineStageLabel(stage)).arg(kMaxDays);
    }
    if (dueSoonHours < 1 || dueSoonHours > kMaxDueSoonHours)
        out << tr("Due soon: give between 1 and %1 hours.").arg(kMaxDueSoonHours);
    for (const QDate& d : calendar.makeUpWorkdays()) {
        if (d.dayOfWeek() <= 5)
            out << tr("Make-up working days: %1 is a weekday anyway; list only weekend days that are worked.")
                       .arg(d.toString(Qt::ISODate));
    }
    for (const QDate& d : calendar.holidays()) {
        if (calendar.makeUpWorkdays().contains(d))
            out << tr("%1 is listed both as a holiday and as a make-up working day.").arg(d.toString(Qt::ISODate));
    }
    return out;
}

QJsonObject DeadlinePolicy::durationsJson() const
{
    QJsonObject o;
    for (DeadlineStage stage : deadlineStages()) {
        const StageDuration d = duration(stage);
        o.insert(deadlineStageKey(stage),
            QJsonObject { { QStringLiteral("days"), d.days }, { QStringLiteral("workingDays"), d.workingDays } });
    }
    o.insert(QStringLiteral("dueSoonHours"), dueSoonHours);
    return o;
}

QJsonObject DeadlinePolicy::calendarJson() const
{
    return { { QStringLiteral("holidays"), datesJson(calendar.holidays()) },
        { QStringLiteral("makeUpWorkdays"), datesJson(calendar.makeUpWorkdays()) } };
}

DeadlinePolicy DeadlinePolicy::fromJson(const QJsonObject& durations, const QJsonObject& calendar)
{
    DeadlinePolicy p;
    for (DeadlineStage stage : deadlineStages()) {
        const QJsonObject o = durations.value(deadlineStageKey(stage)).toObject();
        const int days = o.value(QStringLiteral("days")).toInt(-1);
        if (days >= 1 && days <= kMaxDays)
            p.setDuration(stage, { days, o.value(QStringLiteral("workingDays")).toBool() });
    }
    const int soon = durations.value(QStringLiteral("dueSoonHours")).toInt(-1);
    if (soon >= 1 && soon <= kMaxDueSoonHours)
        p.dueSoonHours = soon;
    p.calendar = WorkingCalendar(datesFrom(calendar.value(QStringLiteral("holidays"))),
        datesFrom(calendar.value(QStringLiteral("makeUpWorkdays"))));
    return p;
}

DeadlinePolicy DeadlinePolicy::load(Session& session)
{
    const NodeSettings settings(session);
    return fromJson(parseObject(settings.value(kDurationsKey)), parseObject(settings.value(kCalendarKey)));
}

Status DeadlinePolicy::save(Session& session, const DeadlinePolicy& policy)
{
    if (auto s = session.require(Permission::ManageNodeSettings); !s)
        return s;
    if (const QStringList problems = policy.problems(); !problems.isEmpty())
        return makeError(Error::Code::InvalidInput, problems.join(QLatin1Char('\n')));
    const DeadlinePolicy before = load(session);
    Transaction tx(session.db());
    if (!tx.begun())
        return tx.begun();
    NodeSettings settings(session);
    QJsonObject changes;
    const auto put = [&](const QString& key, const QJsonObject& oldValue, const QJsonObject& newValue) -> Status {
        if (oldValue == newValue)
            return {};
        changes.insert(key, QJsonArray { oldValue, newValue });
        return settings.setValue(key, compact(newValue));
    };
    if (auto s = put(kDurationsKey, before.durationsJson(), policy.durationsJson()); !s)
        return s;
    if (auto s = put(kCalendarKey, before.calendarJson(), policy.calendarJson()); !s)
        return s;
    if (changes.isEmpty())
        return {};
    AuditEvent e;
    e.subjectTable = QStringLiteral("settings");
    e.subjectId = kDurationsKey;
    e.kind = QStringLiteral("settings_changed");
    e.payload = changes;
    if (auto s = AuditLog::append(session, e); !s)
        return s.error();
    return tx.commit();
}

} // namespace gs
