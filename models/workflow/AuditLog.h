// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace gs {

class Session;
class Database;

/// One audit event, as stored in audit_events.
struct AuditEvent
{
    qint64 seq = 0;
    QString id;
    QString leadId;
    QString subjectTable;
    QString subjectId;
    QString kind; ///< created, submitted, edited, attachment_added, transition:<name>, ...
    QString fromStatus;
    QString toStatus;
    QString actorUserId;
    QString actorRole;
    QString hlc;
    QString wallTime;
    QString note;
    QJsonObject payload; ///< e.g. a field diff {field: [old, new]}
    QString prevHash;
    QString hash;

    /// The bytes the hash covers: compact JSON with sorted keys of every field but `hash`.
    QByteArray canonical() const;
};

/// The append-only, hash-chained audit trail. Each event stores the previous event's hash and the SHA-256
/// of its own canonical encoding, so a changed, removed, reordered or inserted event breaks the chain; the
/// chain's head (last seq and hash, table audit_head) is written with every event, so events cut off the end
/// are seen too. What the chain cannot show on its own is a rewrite of every hash from some point on by
/// someone holding the database key: the head hash printed by `audit verify` and stamped on case reports
/// is what to keep elsewhere and compare.
class AuditLog
{
public:
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

    /// Appends inside the caller's transaction; fills seq, id, hlc, wall time and hashes.
    static Result<AuditEvent> append(Session& session, AuditEvent event);
    /// append() of an event about one row of any table (a grid, a person) that is not about a lead.
    static Status appendFor(Session& session, const QString& table, const QString& id, const QString& kind,
        const QJsonObject& payload, const QString& note = {});
    /// The usual payload of an edit: {column: [old, new]} for every column of `after` whose value changed (a
    /// null and an empty text differ). Columns `masked` says are secret go in as ["***", "***"]: the chain
    /// records that they changed, never what they hold.
    static QJsonObject fieldDiff(const QVariantMap& before, const QVariantMap& after,
        const std::function<bool(const QString& column)>& masked = {});
    static Result<QList<AuditEvent>> forLead(Database& db, const QString& leadId);
    /// The events about one row of any table (a grid, a person, a pairing card), oldest first.
    static Result<QList<AuditEvent>> forSubject(Database& db, const QString& table, const QString& id);

    struct Verification
    {
        enum class Problem {
            None,
            Changed, ///< an event's content no longer matches its hash
            Missing, ///< a sequence number is missing (an event was removed)
            OutOfChain, ///< an event does not follow the one before it (reordered, inserted or removed)
            TailMissing, ///< the chain ends before the recorded head (events removed from the end)
            HeadMismatch, ///< the recorded head does not match the last event (inserted at the end, or head altered)
        };
        bool ok = true;
        qint64 count = 0; ///< events verified
        QString headHash; ///< hash of the last verified event
        qint64 brokenSeq = 0; ///< first event that does not verify
        Problem kind = Problem::None;
        QString problem; ///< translated
        QString brokenKind; ///< the broken event's kind, when it is still there
        QString brokenWallTime;
    };
    static Result<Verification> verify(Database& db);
};

} // namespace gs
