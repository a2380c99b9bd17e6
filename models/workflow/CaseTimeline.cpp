// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CaseTimeline.h"

#include "accounts/Session.h"
#include "domain/Lead.h"
#include "leads/LeadRepository.h"
#include "structure/StructureQuery.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseData.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::CaseTimeline", text);
}

QString columnLabel(const QString& column)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Title") },
        { QStringLiteral("categories"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Categories") },
        { QStringLiteral("entity_name"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Entity") },
        { QStringLiteral("entity_uscc"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Credit code") },
        { QStringLiteral("entity_address"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Business address") },
        { QStringLiteral("entity_phone"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Contact phone") },
        { QStringLiteral("entity_online"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Web / WeChat / app") },
        { QStringLiteral("person_id_number"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "ID number") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Address") },
        { QStringLiteral("lon"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Location") },
        { QStringLiteral("grid_id"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Grid") },
        { QStringLiteral("groups_at_risk"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Groups at risk") },
        { QStringLiteral("amount_cents"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Amount") },
        { QStringLiteral("victims"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Victims") },
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Source") },
        { QStringLiteral("informant_name"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Informant") },
        { QStringLiteral("informant_phone"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Informant phone") },
        { QStringLiteral("informant_confidential"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Confidential informant") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Description") },
        { QStringLiteral("linked_lead_id"), QT_TRANSLATE_NOOP("gs::CaseTimeline", "Linked lead") },
    };
    const char* label = labels.value(column);
    return label ? tr(label) : QString();
}

} // namespace

QString CaseTimeline::localTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString CaseTimeline::title(const AuditEvent& e)
{
    const QString file = e.payload.value(QStringLiteral("fileName")).toString();
    if (e.kind == QLatin1String("draft_created"))
        return tr("Draft created");
    if (e.kind == QLatin1String("filed"))
        return tr("Filed and submitted for triage");
    if (e.kind == QLatin1String("submitted"))
        return tr("Submitted for triage");
    if (e.kind == QLatin1String("edited"))
        return tr("Edited");
    if (e.kind == QLatin1String("attachment_added"))
        return tr("Evidence added: %1").arg(file);
    if (e.kind == QLatin1String("attachment_removed"))
        return tr("Evidence removed: %1").arg(file);
    if (e.kind == QLatin1String("linked_duplicate"))
        return tr("Linked as a duplicate");
    if (e.kind == QLatin1String("report_exported"))
        return tr("Case report exported");
    if (e.kind == QLatin1String("settings_changed"))
        return tr("Deadline settings changed");
    if (e.kind.startsWith(QLatin1String("transition:"))) {
        if (const Transition* t = CaseWorkflow::find(e.kind.mid(11)))
            return t->label();
        return tr("%1 → %2").arg(leads::statusLabel(e.fromStatus), leads::statusLabel(e.toStatus));
    }
    return e.kind;
}

QString CaseTimeline::changedFields(const AuditEvent& e)
{
    if (e.kind != QLatin1String("edited") && e.kind != QLatin1String("submitted")
        && e.kind != QLatin1String("transition:resubmit"))
        return {};
    QStringList labels;
    for (auto it = e.payload.begin(); it != e.payload.end(); ++it) {
        const QString label = columnLabel(it.key());
        if (!label.isEmpty() && it.value().isArray() && !labels.contains(label))
            labels << label;
    }
    return labels.isEmpty() ? QString() : tr("Changed: %1").arg(labels.join(tr(", ")));
}

QStringList CaseTimeline::transitionDetails(Session& session, const AuditEvent& e)
{
    QStringList lines;
    if (!e.kind.startsWith(QLatin1String("transition:")))
        return lines;
    const QJsonObject in = e.payload.value(QStringLiteral("input")).toObject();
    const auto text = [&in](const char* key) { return in.value(QString::fromLatin1(key)).toString(); };
    if (!text("conclusion").isEmpty())
        lines << tr("Conclusion: %1").arg(cases::conclusionLabel(text("conclusion")));
    QStringList basis;
    for (const QJsonValue& v : in.value(QStringLiteral("basis")).toArray())
        basis << cases::basisLabel(v.toString());
    if (!text("basisOther").isEmpty())
        basis << text("basisOther");
    if (!basis.isEmpty())
        lines << tr("Basis: %1").arg(basis.join(tr("; ")));
    if (!text("confidence").isEmpty())
        lines << cases::confidenceLabel(text("confidence"));
    if (!text("crossCheck").isEmpty())
        lines << tr("Cross-check: %1").arg(text("crossCheck"));
    if (!text("followUp").isEmpty())
        lines << tr("Follow-up actions: %1").arg(text("followUp"));
    if (!text("unit").isEmpty())
        lines << (e.kind == QLatin1String("transition:mediate") ? tr("Mediator: %1") : tr("Receiving unit: %1"))
                     .arg(text("unit"));
    if (!text("reference").isEmpty())
        lines << (e.kind == QLatin1String("transition:escalate") ? tr("Submission number: %1") : tr("Reference: %1"))
                     .arg(text("reference"));
    if (!text("opinion").isEmpty())
        lines << tr("Opinion: %1").arg(text("opinion"));
    if (!text("until").isEmpty())
        lines << tr("Until: %1").arg(text("until"));
    if (!text("outcome").isEmpty())
        lines << tr("Outcome: %1").arg(cases::outcomeLabel(text("outcome")));
    const QJsonArray assignee = e.payload.value(QStringLiteral("assignee_user_id")).toArray();
    if (assignee.size() == 2) {
        const QString before = assignee.at(0).toString(), after = assignee.at(1).toString();
        QHash<QString, QString> names;
        if (auto found = StructureQuery(session).userDisplayNames({ before, after }))
            names = *found;
        lines << (before.isEmpty()
                ? tr("Assigned to %1").arg(names.value(after, after))
                : tr("Assigned to %1 (was %2)").arg(names.value(after, after), names.value(before, before)));
    }
    const QJsonArray deadline = e.payload.value(QStringLiteral("deadline_at")).toArray();
    if (deadline.size() == 2)
        lines << (deadline.at(1).toString().isEmpty() ? tr("Deadline cleared")
                                                      : tr("Deadline: %1").arg(localTime(deadline.at(1).toString())));
    return lines;
}

Result<QList<TimelineEntry>> CaseTimeline::forLead(Session& session, const QString& leadId)
{
    if (!LeadRepository(session).canView(leadId))
        return makeError(Error::Code::NotFound, tr("The case does not exist or you may not see it."));
    auto events = AuditLog::forLead(session.db(), leadId);
    if (!events)
        return events.error();
    QStringList actors;
    for (const AuditEvent& e : *events)
        actors << e.actorUserId;
    QHash<QString, QString> names;
    if (auto found = StructureQuery(session).userDisplayNames(actors))
        names = *found;
    QList<TimelineEntry> out;
    for (const AuditEvent& e : *events) {
        TimelineEntry t;
        t.seq = e.seq;
        t.wallTime = e.wallTime;
        t.hlc = e.hlc;
        t.actorUserId = e.actorUserId;
        t.actorName = names.value(e.actorUserId, tr("unknown account"));
        t.actorRole = e.actorRole;
        t.kind = e.kind;
        t.title = title(e);
        t.details = transitionDetails(session, e);
        if (const QString changed = changedFields(e); !changed.isEmpty())
            t.details << changed;
        t.note = e.note;
        t.fromStatus = e.fromStatus;
        t.toStatus = e.toStatus;
        t.hash = e.hash;
        out.append(t);
    }
    return out;
}

} // namespace gs
