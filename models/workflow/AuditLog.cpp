// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AuditLog.h"

#include "accounts/Session.h"
#include "core/Ids.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QCoreApplication>
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
    e.id = newId();
    e.hlc = session.clock().now();
    e.wallTime = nowIso();
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
    return e;
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
    auto broken = [&](qint64 seq, const char* problem) {
        v.ok = false;
        v.brokenSeq = seq;
        v.problem = QCoreApplication::translate("gs::AuditLog", problem);
    };
    for (;;) {
        // A read error (a damaged page) is an error, not the end of the chain: a verification that stopped
        // early must not report the events it never saw as fine.
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (*row == Statement::StepResult::Done)
            break;
        const AuditEvent e = readEvent(*stmt);
        if (e.seq != expectedSeq) {
            broken(e.seq, QT_TRANSLATE_NOOP("gs::AuditLog", "An event is missing before this one (the sequence has a gap)."));
            break;
        }
        if (e.prevHash != previous) {
            broken(e.seq, QT_TRANSLATE_NOOP("gs::AuditLog", "This event does not follow the one before it (removed, reordered or inserted events)."));
            break;
        }
        if (hashOf(e) != e.hash) {
            broken(e.seq, QT_TRANSLATE_NOOP("gs::AuditLog", "This event was changed after it was written."));
            break;
        }
        previous = e.hash;
        ++expectedSeq;
        ++v.count;
    }
    v.headHash = previous;
    return v;
}

} // namespace gs
