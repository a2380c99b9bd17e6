// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AuditLog.h"

#include "accounts/Session.h"
#include "core/Ids.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace gs {
namespace {

constexpr const char* kColumns = "seq, id, lead_id, subject_table, subject_id, kind, from_status, to_status, actor_user_id, "
                                 "actor_role, hlc, wall_time, note, payload, prev_hash, hash";

AuditEvent readEvent(const Statement& s)
{
    AuditEvent e;
    e.seq = s.int64(0);
    e.id = s.text(1);
    e.leadId = s.text(2);
    e.subjectTable = s.text(3);
    e.subjectId = s.text(4);
    e.kind = s.text(5);
    e.fromStatus = s.text(6);
    e.toStatus = s.text(7);
    e.actorUserId = s.text(8);
    e.actorRole = s.text(9);
    e.hlc = s.text(10);
    e.wallTime = s.text(11);
    e.note = s.text(12);
    e.payload = QJsonDocument::fromJson(s.text(13).toUtf8()).object();
    e.prevHash = s.text(14);
    e.hash = s.text(15);
    return e;
}

QString hashOf(const AuditEvent& e) { return QString::fromLatin1(crypto::sha256(e.canonical()).toHex()); }

} // namespace

QByteArray AuditEvent::canonical() const
{
    const QJsonObject o { { QStringLiteral("seq"), QString::number(seq) }, { QStringLiteral("id"), id },
        { QStringLiteral("leadId"), leadId }, { QStringLiteral("subjectTable"), subjectTable },
        { QStringLiteral("subjectId"), subjectId }, { QStringLiteral("kind"), kind }, { QStringLiteral("from"), fromStatus },
        { QStringLiteral("to"), toStatus }, { QStringLiteral("actor"), actorUserId }, { QStringLiteral("role"), actorRole },
        { QStringLiteral("hlc"), hlc }, { QStringLiteral("wallTime"), wallTime }, { QStringLiteral("note"), note },
        { QStringLiteral("payload"), payload }, { QStringLiteral("prevHash"), prevHash } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AuditEvent> AuditLog::append(Session& session, AuditEvent e)
{
    Database& db = session.db();
    auto last = db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    e.seq = 1;
    e.prevHash = genesisHash();
    if (last->nextRow()) {
        e.seq = last->int64(0) + 1;
        e.prevHash = last->text(1);
    }
    const QDateTime now = session.now();
    e.id = newId(now.toMSecsSinceEpoch());
    e.hlc = session.clock().now();
    e.wallTime = toIso(now);
    e.actorUserId = session.user().id;
    e.actorRole = roleKey(session.user().role);
    e.hash = hashOf(e);
    auto insert = db.prepare(QStringLiteral("INSERT INTO audit_events (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                 .arg(QString::fromLatin1(kColumns)));
    if (!insert)
        return insert.error();
    insert->bind(1, e.seq).bind(2, e.id);
    if (e.leadId.isEmpty())
        insert->bindNull(3);
    else
        insert->bind(3, e.leadId);
    insert->bind(4, e.subjectTable).bind(5, e.subjectId).bind(6, e.kind).bind(7, e.fromStatus).bind(8, e.toStatus);
    insert->bind(9, e.actorUserId).bind(10, e.actorRole).bind(11, e.hlc).bind(12, e.wallTime).bind(13, e.note);
    insert->bind(14, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))).bind(15, e.prevHash).bind(16, e.hash);
    if (auto s = insert->run(); !s)
        return s.error();
    auto head = db.prepare("INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, ?, ?)");
    if (!head)
        return head.error();
    if (auto s = head->bind(1, e.seq).bind(2, e.hash).run(); !s)
        return s.error();
    return e;
}

Status AuditLog::appendFor(Session& session, const QString& table, const QString& id, const QString& kind,
    const QJsonObject& payload, const QString& note)
{
    AuditEvent e;
    e.subjectTable = table;
    e.subjectId = id;
    e.kind = kind;
    e.payload = payload;
    e.note = note;
    return Status::from(append(session, e));
}

QJsonObject AuditLog::fieldDiff(
    const QVariantMap& before, const QVariantMap& after, const std::function<bool(const QString&)>& masked)
{
    QJsonObject changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.toString() == it.value().toString() && old.isNull() == it.value().isNull())
            continue;
        if (masked && masked(it.key()))
            changes.insert(it.key(), QJsonArray { QStringLiteral("***"), QStringLiteral("***") });
        else
            changes.insert(it.key(), QJsonArray { QJsonValue::fromVariant(old), QJsonValue::fromVariant(it.value()) });
    }
    return changes;
}

Result<QList<AuditEvent>> AuditLog::forLead(Database& db, const QString& leadId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE lead_id = ? ORDER BY seq").arg(QString::fromLatin1(kColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, leadId);
    QList<AuditEvent> events;
    if (auto s = stmt->forEachRow([&](const Statement& row) { events.append(readEvent(row)); }); !s)
        return s.error();
    return events;
}

Result<QList<AuditEvent>> AuditLog::forSubject(Database& db, const QString& table, const QString& id)
{
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE subject_table = ? AND subject_id = ? ORDER BY seq")
                               .arg(QString::fromLatin1(kColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table).bind(2, id);
    QList<AuditEvent> events;
    if (auto s = stmt->forEachRow([&](const Statement& row) { events.append(readEvent(row)); }); !s)
        return s.error();
    return events;
}

Result<AuditLog::Verification> AuditLog::verify(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq").arg(QString::fromLatin1(kColumns)));
    if (!stmt)
        return stmt.error();
    Verification v;
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    using Problem = Verification::Problem;
    auto broken = [&](qint64 seq, Problem kind, const char* problem, const AuditEvent* e) {
        v.ok = false;
        v.brokenSeq = seq;
        v.kind = kind;
        v.problem = QCoreApplication::translate("gs::AuditLog", problem);
        if (e) {
            v.brokenKind = e->kind;
            v.brokenWallTime = e->wallTime;
        }
    };
    Status read;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            read = Status(row.error());
            break;
        }
        if (*row == Statement::StepResult::Done)
            break;
        const AuditEvent e = readEvent(*stmt);
        if (e.seq != expectedSeq) {
            broken(e.seq, Problem::Missing,
                QT_TRANSLATE_NOOP("gs::AuditLog", "An event is missing before this one (the sequence has a gap)."), &e);
            break;
        }
        if (e.prevHash != previous) {
            broken(e.seq, Problem::OutOfChain,
                QT_TRANSLATE_NOOP("gs::AuditLog", "This event does not follow the one before it (removed, reordered or inserted events)."), &e);
            break;
        }
        if (hashOf(e) != e.hash) {
            broken(e.seq, Problem::Changed, QT_TRANSLATE_NOOP("gs::AuditLog", "This event was changed after it was written."), &e);
            break;
        }
        previous = e.hash;
        ++expectedSeq;
        ++v.count;
    }
    if (!read)
        return read.error();
    v.headHash = previous;
    if (!v.ok)
        return v;
    auto head = db.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!head)
        return head.error();
    if (!head->nextRow()) {
        if (v.count > 0)
            broken(v.count, Problem::HeadMismatch,
                QT_TRANSLATE_NOOP("gs::AuditLog", "The record of the chain's last event is missing (it was removed)."), nullptr);
        return v;
    }
    const qint64 headSeq = head->int64(0);
    const QString headHash = head->text(1);
    if (headSeq > v.count)
        broken(v.count + 1, Problem::TailMissing,
            QT_TRANSLATE_NOOP("gs::AuditLog", "Events are missing from the end of the chain (they were removed)."), nullptr);
    else if (headSeq < v.count || headHash != v.headHash)
        broken(headSeq < v.count ? headSeq + 1 : v.count, Problem::HeadMismatch,
            QT_TRANSLATE_NOOP("gs::AuditLog", "The chain does not end where it was last written (events inserted at the end, "
                                              "or the head record altered)."),
            nullptr);
    return v;
}

} // namespace gs
