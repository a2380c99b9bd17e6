// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gs {

class Session;
struct AuditEvent;

/// One line of a case's history, in words: built from its audit event.
struct TimelineEntry
{
    qint64 seq = 0;
    QString wallTime; ///< ISO 8601 UTC
    QString hlc;
    QString actorUserId;
    QString actorName;
    QString actorRole; ///< role key at the time
    QString kind; ///< the audit event's kind (filed, transition:escalate, ...)
    QString title; ///< translated: "Reported to the district office"
    QStringList details; ///< translated lines: "Conclusion: …", "Deadline: …", "Changed: Title, Amount"
    QString note;
    QString fromStatus;
    QString toStatus;
    QString hash; ///< the audit event's SHA-256
};

/// A case's audit events as a timeline (oldest first). Sensitive values never appear: the audit trail
/// holds "***" for them.
class CaseTimeline
{
public:
    /// The timeline of a lead the user may see; NotFound otherwise.
    static Result<QList<TimelineEntry>> forLead(Session& session, const QString& leadId);
    static QString title(const AuditEvent& event);
    /// Lines for a workflow step (its input, the new deadline, the assignment); empty for other events.
    static QStringList transitionDetails(Session& session, const AuditEvent& event);
    /// Which fields an edit changed ("Changed: Title, Amount"), empty when none.
    static QString changedFields(const AuditEvent& event);
    /// "2026-11-24 14:05" in local time.
    static QString localTime(const QString& iso);
};

} // namespace gs
