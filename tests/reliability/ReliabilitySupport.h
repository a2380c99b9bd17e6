// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/Session.h"
#include "domain/Lead.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workflow/AuditLog.h"

#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gs::reliability {

/// Long variants (`ctest -C long -L long`) set GS_RELIABILITY_LONG=1.
inline bool longRun()
{
    return qEnvironmentVariableIntValue("GS_RELIABILITY_LONG") != 0;
}

/// The seed of a randomised test: GS_SEED if given (to replay a failure), else a fresh one. Printed by callers.
inline quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("GS_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate();
}

/// A complete lead (it can be submitted) whose free text is `tag` plus filler of a random length, so
/// transactions range from one page to many.
inline Lead randomLead(
    QRandomGenerator& rng, const QString& tag, int maxDescription = 4000, int maxAttachment = 64 * 1024)
{
    Lead l;
    l.title = QStringLiteral("可靠性测试 %1").arg(tag);
    l.categories = { QStringLiteral("非法集资") };
    l.entityName = QStringLiteral("某某财富管理有限公司 %1").arg(tag);
    l.address = QStringLiteral("天河路%1号").arg(rng.bounded(1, 999));
    l.source = QStringLiteral("patrol");
    l.groupsAtRisk = { QStringLiteral("elderly") };
    QString filler;
    const int length = int(rng.bounded(maxDescription + 1));
    filler.reserve(length);
    for (int i = 0; i < length; ++i)
        filler += QChar(char16_t(0x4e00 + rng.bounded(0x5000)));
    l.description = QStringLiteral("承诺保本保息，年化18%。") + filler;
    if (maxAttachment > 0 && rng.bounded(8) == 0) {
        QByteArray bytes(int(rng.bounded(maxAttachment)) + 1, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(rng.bounded(256));
        l.attachments.append({ {}, QStringLiteral("证据%1.bin").arg(tag), QStringLiteral("application/octet-stream"), 0,
            {}, bytes, {}, {} });
    }
    return l;
}

inline QString singleText(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    return stmt && stmt->nextRow() ? stmt->text(0) : QString();
}

/// `PRAGMA integrity_check` as one string ("ok" when healthy).
inline QString integrityCheck(Database& db)
{
    auto stmt = db.prepare("PRAGMA integrity_check;");
    if (!stmt)
        return stmt.error().message;
    QStringList lines;
    while (stmt->nextRow())
        lines << stmt->text(0);
    return lines.join(QLatin1Char('\n'));
}

inline QSet<QString> ids(Database& db, const char* sql)
{
    QSet<QString> out;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return out;
    while (stmt->nextRow())
        out.insert(stmt->text(0));
    return out;
}

/// What a consistent node looks like after any interruption: the file checks out, the audit chain
/// verifies, every lead has its search row, its change-log entry and its audit event (all written in the
/// lead's one transaction, so none may exist without the others). Empty when all holds.
inline QString consistencyProblem(Database& db)
{
    if (const QString check = integrityCheck(db); check != QStringLiteral("ok"))
        return QStringLiteral("integrity_check: ") + check;
    auto audit = AuditLog::verify(db);
    if (!audit)
        return QStringLiteral("audit verification failed: ") + audit.error().message;
    if (!audit->ok)
        return QStringLiteral("audit chain broken at %1: %2").arg(audit->brokenSeq).arg(audit->problem);
    const QSet<QString> leadIds = ids(db, "SELECT id FROM leads");
    const QSet<QString> audited = ids(db, "SELECT subject_id FROM audit_events WHERE subject_table = 'leads'");
    const QSet<QString> logged = ids(db, "SELECT row_id FROM change_log WHERE table_name = 'leads'");
    const QSet<QString> searchable = ids(db, "SELECT lead_id FROM lead_search");
    const QSet<QString> attachmentsLeads = ids(db, "SELECT lead_id FROM attachments");
    if (leadIds != audited)
        return QStringLiteral("%1 leads but %2 leads with audit events").arg(leadIds.size()).arg(audited.size());
    if (leadIds != logged)
        return QStringLiteral("%1 leads but %2 leads in the change log").arg(leadIds.size()).arg(logged.size());
    if (leadIds != searchable)
        return QStringLiteral("%1 leads but %2 leads in the search index").arg(leadIds.size()).arg(searchable.size());
    if (!leadIds.contains(attachmentsLeads))
        return QStringLiteral("evidence without its lead");
    return {};
}

} // namespace gs::reliability
