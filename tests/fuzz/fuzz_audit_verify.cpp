// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Audit verification reads whatever rows audit_events holds (a restored backup, a database edited with the
// key, a sync gone wrong): AuditLog::verify and AuditLog::forLead over events built from the input, inside a
// real SQLCipher database with the app's schema. Each event is either written honestly (seq in order,
// prev_hash chained, hash over its canonical form, as AuditLog::append does) or raw from the input; the
// chain's head record (audit_head) is written as append does, or left out or forged.
// Oracles: a chain of only honest events verifies, with the right count and head hash; one that does not
// verify names the first bad event; nothing crashes.
#include "FuzzSupport.h"
#include "crypto/Crypto.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "workflow/AuditLog.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>

using namespace gs;

namespace {

Database* g_db = nullptr;

QString text(FuzzedDataProvider& in, size_t max = 48)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Database& database()
{
    if (g_db)
        return *g_db;
    static QTemporaryDir dir;
    auto db = Database::open(
        dir.filePath(QStringLiteral("audit.db")), SecureBytes::random(32), { Database::Mode::Create, false });
    if (!db || !Migrator::migrate(**db))
        fuzz::violated("cannot create the database");
    g_db = db->release();
    (void)g_db->exec("PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF;");
    return *g_db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Database& db = database();
    FuzzedDataProvider in(data, size);
    if (!db.exec("BEGIN; DELETE FROM audit_events; DELETE FROM audit_head;"))
        fuzz::violated("BEGIN failed");
    const int count = in.ConsumeIntegralInRange(0, 12);
    QString previous = AuditLog::genesisHash();
    bool allHonest = true;
    int inserted = 0;
    for (int i = 1; i <= count && in.remaining_bytes() > 0; ++i) {
        const bool honest = in.ConsumeIntegralInRange(0, 3) != 0;
        AuditEvent e;
        e.seq = honest ? i : in.ConsumeIntegralInRange<qint64>(-2, 20);
        e.id = honest ? QStringLiteral("event-%1").arg(i) : text(in);
        e.leadId = text(in);
        e.subjectTable = text(in, 12);
        e.subjectId = text(in);
        e.kind = text(in, 24);
        e.fromStatus = text(in, 16);
        e.toStatus = text(in, 16);
        e.actorUserId = text(in);
        e.actorRole = text(in, 12);
        e.hlc = text(in, 32);
        e.wallTime = text(in, 32);
        e.note = text(in, 200);
        const QString payloadText = text(in, 300);
        e.payload = QJsonDocument::fromJson(payloadText.toUtf8()).object();
        QString storedPayload = payloadText;
        if (honest) {
            e.prevHash = previous;
            e.hash = QString::fromLatin1(crypto::sha256(e.canonical()).toHex());
            storedPayload = QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact));
        } else {
            e.prevHash = in.ConsumeBool() ? previous : text(in, 70);
            e.hash = text(in, 70);
            allHonest = false;
        }
        auto insert
            = db.prepare("INSERT INTO audit_events (seq, id, lead_id, subject_table, subject_id, kind, from_status, "
                         "to_status, actor_user_id, actor_role, hlc, wall_time, note, payload, prev_hash, hash) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!insert)
            fuzz::violated("prepare failed");
        insert->bind(1, e.seq).bind(2, e.id);
        if (e.leadId.isEmpty())
            insert->bindNull(3);
        else
            insert->bind(3, e.leadId);
        insert->bind(4, e.subjectTable).bind(5, e.subjectId).bind(6, e.kind).bind(7, e.fromStatus).bind(8, e.toStatus);
        insert->bind(9, e.actorUserId).bind(10, e.actorRole).bind(11, e.hlc).bind(12, e.wallTime).bind(13, e.note);
        insert->bind(14, storedPayload).bind(15, e.prevHash).bind(16, e.hash);
        if (!insert->run()) {
            allHonest = false; // a raw event clashed (seq or id): the chain is not what was built
            continue;
        }
        ++inserted;
        previous = e.hash;
    }
    // append() keeps audit_head at the last event; a raw chain may also lose or forge it.
    const bool honestHead = allHonest || in.ConsumeBool();
    if (inserted > 0 || !honestHead) {
        auto head = db.prepare("INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, ?, ?)");
        if (!head)
            fuzz::violated("prepare failed");
        const qint64 headSeq = honestHead ? qint64(inserted) : in.ConsumeIntegralInRange<qint64>(-2, 20);
        const QString headHash = honestHead ? previous : text(in, 70);
        if (honestHead || in.ConsumeBool())
            (void)head->bind(1, headSeq).bind(2, headHash).run();
    }
    auto verification = AuditLog::verify(db);
    fuzz::check(verification.ok(), "verify failed to read");
    if (allHonest) {
        fuzz::check(verification->ok, "an honestly written chain does not verify");
        fuzz::check(verification->count == inserted, "verify counted the wrong number of events");
        fuzz::check(verification->headHash == previous, "verify reports the wrong head");
    } else if (!verification->ok) {
        fuzz::check(!verification->problem.isEmpty(), "a broken chain without a problem");
    }
    (void)AuditLog::forLead(db, QStringLiteral("lead"));
    if (!db.exec("ROLLBACK;"))
        fuzz::violated("ROLLBACK failed");
    return 0;
}
