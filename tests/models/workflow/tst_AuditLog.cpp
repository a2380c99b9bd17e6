// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "core/Ids.h"
#include "crypto/Crypto.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/RecordWriter.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace gs;
using Problem = AuditLog::Verification::Problem;

namespace {

/// An event appended the way a forger with the database key would: valid hash, right previous hash, but
/// written by raw SQL rather than through AuditLog (so the chain's head record is not moved).
void forgeAppend(Database& db)
{
    auto last = db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    QVERIFY(last && last->nextRow());
    AuditEvent e;
    e.seq = last->int64(0) + 1;
    e.prevHash = last->text(1);
    e.id = newId();
    e.subjectTable = QStringLiteral("users");
    e.subjectId = QStringLiteral("forged");
    e.kind = QStringLiteral("test");
    e.actorRole = QStringLiteral("supervisor");
    e.hlc = QStringLiteral("0196a0000000-0000-forged");
    e.wallTime = nowIso();
    e.payload = { { QStringLiteral("i"), 99 } };
    e.hash = QString::fromLatin1(crypto::sha256(e.canonical()).toHex());
    auto insert
        = db.prepare("INSERT INTO audit_events (seq, id, subject_table, subject_id, kind, from_status, to_status, "
                     "actor_user_id, actor_role, hlc, wall_time, note, payload, prev_hash, hash) "
                     "VALUES (?,?,?,?,?,'','','',?,?,?,'',?,?,?)");
    QVERIFY(insert);
    insert->bindAll(e.seq, e.id, e.subjectTable, e.subjectId, e.kind, e.actorRole, e.hlc, e.wallTime,
        QStringLiteral("{\"i\":99}"), e.prevHash, e.hash);
    QVERIFY(insert->run().ok());
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    static void appendEvents(Session& s, int n)
    {
        Transaction tx(s.db());
        for (int i = 0; i < n; ++i) {
            AuditEvent e;
            e.subjectTable = QStringLiteral("users");
            e.subjectId = QStringLiteral("u%1").arg(i);
            e.kind = QStringLiteral("test");
            e.note = QStringLiteral("事件 %1").arg(i);
            e.payload = { { QStringLiteral("i"), i } };
            QVERIFY(AuditLog::append(s, e).ok());
        }
        QVERIFY(tx.commit().ok());
    }

private Q_SLOTS:
    void chainVerifies()
    {
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        auto empty = AuditLog::verify(node.session->db());
        QVERIFY(empty.ok() && empty->ok);
        QCOMPARE(empty->count, 0);
        QCOMPARE(empty->headHash, AuditLog::genesisHash());
        appendEvents(*node.session, 5);
        auto v = AuditLog::verify(node.session->db());
        QVERIFY(v->ok);
        QCOMPARE(v->count, 5);
        QCOMPARE(v->headHash.size(), 64);
        QCOMPARE(v->kind, Problem::None);
        // The head record follows every append.
        auto head = node.session->db().prepare("SELECT seq, hash FROM audit_head");
        QVERIFY(head && head->nextRow());
        QCOMPARE(head->int64(0), qint64(5));
        QCOMPARE(head->text(1), v->headHash);
    }

    /// What every repository records for an edit: the changed columns (RecordWriter writes them) and their old and
    /// new values (the audit payload), secrets masked.
    void editsRecordChangedFieldsOnly()
    {
        const auto k = [](const char* key) { return QString::fromLatin1(key); };
        const QVariantMap before { { k("name"), QStringLiteral("王哨兵") }, { k("phone"), k("13800138000") },
            { k("note"), QVariant() }, { k("grid"), k("g1") }, { k("lon"), 113.3 } };
        const QVariantMap after { { k("name"), QStringLiteral("王哨兵") }, { k("phone"), k("13900139000") },
            { k("note"), QString(k("")) }, { k("grid"), k("g2") }, { k("lon"), 113.3 }, { k("added"), k("x") } };
        const QStringList changed { k("added"), k("grid"), k("note"), k("phone") };
        QCOMPARE(RecordWriter::changedFields(before, after).keys(), changed);
        QCOMPARE(RecordWriter::changedFields(before, after).value(k("grid")), QVariant(k("g2")));
        QVERIFY(RecordWriter::changedFields(before, before).isEmpty());

        const QJsonObject diff = AuditLog::fieldDiff(before, after, [&](const QString& c) { return c == k("phone"); });
        QCOMPARE(diff.keys(), changed); // NULL → '' is a change
        QCOMPARE(diff.value(k("grid")).toArray(), (QJsonArray { k("g1"), k("g2") }));
        QCOMPARE(diff.value(k("phone")).toArray(), (QJsonArray { k("***"), k("***") }));
        QVERIFY(diff.value(k("note")).toArray().at(0).isNull());
        QVERIFY(diff.value(k("added")).toArray().at(0).isNull());
        QCOMPARE(AuditLog::fieldDiff(before, after).value(k("phone")).toArray().at(1).toString(), k("13900139000"));
        QVERIFY(AuditLog::fieldDiff(after, after).isEmpty());

        // An event about a row, in the chain like any other.
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        QVERIFY(AuditLog::appendFor(
            *node.session, k("people"), k("p1"), k("person_edited"), diff, QStringLiteral("电话更正"))
                    .ok());
        auto events = AuditLog::forSubject(node.session->db(), k("people"), k("p1"));
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().kind, k("person_edited"));
        QCOMPARE(events->first().note, QStringLiteral("电话更正"));
        QCOMPARE(events->first().payload, diff);
        QVERIFY(events->first().leadId.isEmpty());
        QVERIFY(AuditLog::verify(node.session->db())->ok);
    }

    void appendRolledBackLeavesNoHead()
    {
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        {
            Transaction tx(node.session->db());
            AuditEvent e;
            e.subjectTable = QStringLiteral("users");
            e.subjectId = QStringLiteral("x");
            e.kind = QStringLiteral("test");
            QVERIFY(AuditLog::append(*node.session, e).ok());
        } // rolled back: event and head go together
        auto v = AuditLog::verify(node.session->db());
        QVERIFY(v->ok);
        QCOMPARE(v->count, 0);
    }

    void migrationRecordsTheHeadOfAnExistingChain()
    {
        // A node written before schema 3 has events but no head record: the migration takes the last event's.
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        auto db = Database::open(dir.filePath(QStringLiteral("old.db")), key, { Database::Mode::Create, false });
        QVERIFY(db.ok());
        for (const schema::Migration& m : schema::migrations()) {
            if (m.version > 2)
                break;
            QVERIFY((*db)->exec(m.sql).ok());
            QVERIFY((*db)->setUserVersion(m.version).ok());
        }
        for (int seq = 1; seq <= 3; ++seq) {
            AuditEvent e;
            e.seq = seq;
            e.id = newId();
            e.subjectTable = QStringLiteral("users");
            e.subjectId = QStringLiteral("u");
            e.kind = QStringLiteral("test");
            e.hlc = QStringLiteral("0196a0000000-000%1-n").arg(seq);
            e.wallTime = nowIso();
            e.prevHash = seq == 1 ? AuditLog::genesisHash() : QString();
            auto prev = (*db)->prepare("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1");
            if (prev->nextRow())
                e.prevHash = prev->text(0);
            e.hash = QString::fromLatin1(crypto::sha256(e.canonical()).toHex());
            auto insert = (*db)->prepare("INSERT INTO audit_events (seq, id, subject_table, subject_id, kind, hlc, wall_time, prev_hash, hash) "
                                         "VALUES (?,?,?,?,?,?,?,?,?)");
            QVERIFY(insert->bindAll(e.seq, e.id, e.subjectTable, e.subjectId, e.kind, e.hlc, e.wallTime, e.prevHash, e.hash).run().ok());
        }
        QCOMPARE((*db)->userVersion(), 2);
        QVERIFY(Migrator::migrate(**db).ok());
        QCOMPARE((*db)->userVersion(), schema::latestVersion());
        auto v = AuditLog::verify(**db);
        QVERIFY2(v->ok, qPrintable(v->problem));
        QCOMPARE(v->count, 3);
        auto head = (*db)->prepare("SELECT seq FROM audit_head");
        QVERIFY(head->nextRow());
        QCOMPARE(head->int64(0), qint64(3));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<int>("problem");
        const auto changed = int(Problem::Changed);
        QTest::newRow("edited note") << "UPDATE audit_events SET note = 'changed' WHERE seq = 3" << qint64(3)
                                     << changed;
        QTest::newRow("edited payload") << "UPDATE audit_events SET payload = '{\"i\":99}' WHERE seq = 4" << qint64(4)
                                        << changed;
        QTest::newRow("edited actor") << "UPDATE audit_events SET actor_role = 'admin' WHERE seq = 2" << qint64(2)
                                      << changed;
        QTest::newRow("edited wall time")
            << "UPDATE audit_events SET wall_time = '2020-01-01T00:00:00.000Z' WHERE seq = 5" << qint64(5) << changed;
        QTest::newRow("edited subject") << "UPDATE audit_events SET subject_id = 'u9' WHERE seq = 1" << qint64(1)
                                        << changed;
        QTest::newRow("edited status") << "UPDATE audit_events SET to_status = 'closed' WHERE seq = 6" << qint64(6)
                                       << changed;
        // One byte of the stored hash: the event no longer matches it (and the next one no longer follows).
        QTest::newRow("edited a byte of the hash") << "UPDATE audit_events SET hash = (CASE substr(hash, 1, 1) WHEN "
                                                      "'a' THEN 'b' ELSE 'a' END) || substr(hash, 2) WHERE seq = 3"
                                                   << qint64(3) << changed;
        QTest::newRow("edited a byte of the note")
            << "UPDATE audit_events SET note = replace(note, '4', '5') WHERE seq = 5" << qint64(5) << changed;
        QTest::newRow("edited prev hash")
            << "UPDATE audit_events SET prev_hash = (SELECT hash FROM audit_events WHERE seq = 1) WHERE seq = 3"
            << qint64(3) << int(Problem::OutOfChain);
        QTest::newRow("deleted") << "DELETE FROM audit_events WHERE seq = 3" << qint64(4) << int(Problem::Missing);
        QTest::newRow("deleted first") << "DELETE FROM audit_events WHERE seq = 1" << qint64(2)
                                       << int(Problem::Missing);
        QTest::newRow("deleted and renumbered")
            << "DELETE FROM audit_events WHERE seq = 3; UPDATE audit_events SET seq = seq - 1 WHERE seq > 3"
            << qint64(3) << int(Problem::OutOfChain);
        QTest::newRow("deleted last two")
            << "DELETE FROM audit_events WHERE seq >= 5" << qint64(5) << int(Problem::TailMissing);
        QTest::newRow("deleted all") << "DELETE FROM audit_events" << qint64(1) << int(Problem::TailMissing);
        QTest::newRow("swapped")
            << "UPDATE audit_events SET seq = -2 WHERE seq = 2; UPDATE audit_events SET seq = 2 WHERE seq = 3; "
               "UPDATE audit_events SET seq = 3 WHERE seq = -2"
            << qint64(2) << int(Problem::OutOfChain);
        QTest::newRow("swapped contents")
            << "UPDATE audit_events SET note = (SELECT note FROM audit_events WHERE seq = 3), "
               "payload = (SELECT payload FROM audit_events WHERE seq = 3) WHERE seq = 2"
            << qint64(2) << changed;
        QTest::newRow("inserted")
            << "UPDATE audit_events SET seq = -(seq + 1) WHERE seq >= 3; UPDATE audit_events SET seq = -seq WHERE seq "
               "< 0; "
               "INSERT INTO audit_events SELECT 3, 'x', lead_id, subject_table, subject_id, kind, from_status, "
               "to_status, actor_user_id, actor_role, hlc, wall_time, note, payload, prev_hash, hash FROM audit_events "
               "WHERE seq = 2"
            << qint64(3) << int(Problem::OutOfChain);
        QTest::newRow("inserted at the end, hashes right") << "FORGE" << qint64(7) << int(Problem::HeadMismatch);
        QTest::newRow("head record removed") << "DELETE FROM audit_head" << qint64(6) << int(Problem::HeadMismatch);
        QTest::newRow("head record altered")
            << "UPDATE audit_head SET hash = (SELECT hash FROM audit_events WHERE seq = 5)" << qint64(6)
            << int(Problem::HeadMismatch);
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenSeq);
        QFETCH(int, problem);
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        appendEvents(*node.session, 6);
        Database& db = node.session->db();
        if (sql == QStringLiteral("FORGE"))
            forgeAppend(db);
        else
            QVERIFY(db.exec(sql).ok());
        auto v = AuditLog::verify(db);
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->brokenSeq, brokenSeq);
        QCOMPARE(int(v->kind), problem);
        QVERIFY(!v->problem.isEmpty());
    }

    void tamperingOnTheFileIsSeenByAnotherSession()
    {
        // The same kind of edit from outside: another connection to the encrypted file changes a byte, and a
        // fresh unlock sees it.
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        appendEvents(*node.session, 4);
        const QString path = node.session->databasePath();
        {
            auto other = Vault::unlock(path, QStringLiteral("chief"), QStringLiteral("chief-password-1"));
            QVERIFY(other.ok());
            QVERIFY((*other)->db().exec("UPDATE audit_events SET note = note || ' ' WHERE seq = 2").ok());
        }
        node.session.reset();
        auto again = Vault::unlock(path, QStringLiteral("chief"), QStringLiteral("chief-password-1"));
        QVERIFY(again.ok());
        auto v = AuditLog::verify((*again)->db());
        QVERIFY(!v->ok);
        QCOMPARE(v->brokenSeq, qint64(2));
        QCOMPARE(v->kind, Problem::Changed);
    }

    void rewrittenChainChangesTheHead()
    {
        // Someone with the key who recomputes every hash from an edited event on (and the head) leaves a valid
        // chain: only a head hash recorded elsewhere (a report, a peer) shows it. verify() reports that hash.
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        appendEvents(*node.session, 3);
        Database& db = node.session->db();
        const QString recorded = AuditLog::verify(db)->headHash;
        QVERIFY(db.exec("UPDATE audit_events SET note = 'rewritten' WHERE seq = 2").ok());
        QString previous;
        auto rows = db.prepare("SELECT seq FROM audit_events ORDER BY seq");
        QList<qint64> seqs;
        while (rows->nextRow())
            seqs << rows->int64(0);
        for (qint64 seq : seqs) {
            auto read = db.prepare("SELECT id, subject_table, subject_id, kind, actor_user_id, actor_role, hlc, "
                                   "wall_time, note, payload, prev_hash "
                                   "FROM audit_events WHERE seq = ?");
            read->bind(1, seq);
            QVERIFY(read->nextRow());
            AuditEvent e;
            e.seq = seq;
            e.id = read->text(0);
            e.subjectTable = read->text(1);
            e.subjectId = read->text(2);
            e.kind = read->text(3);
            e.actorUserId = read->text(4);
            e.actorRole = read->text(5);
            e.hlc = read->text(6);
            e.wallTime = read->text(7);
            e.note = read->text(8);
            e.payload = QJsonDocument::fromJson(read->text(9).toUtf8()).object();
            e.prevHash = previous.isEmpty() ? read->text(10) : previous;
            previous = QString::fromLatin1(crypto::sha256(e.canonical()).toHex());
            auto write = db.prepare("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?");
            QVERIFY(write->bindAll(e.prevHash, previous, seq).run().ok());
        }
        QVERIFY(db.prepare("UPDATE audit_head SET hash = ?")->bind(1, previous).run().ok());
        auto v = AuditLog::verify(db);
        QVERIFY(v->ok);
        QVERIFY(v->headHash != recorded);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
