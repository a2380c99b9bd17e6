// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"

using namespace gs;

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
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::newRow("edited note") << "UPDATE audit_events SET note = 'changed' WHERE seq = 3" << qint64(3);
        QTest::newRow("edited payload") << "UPDATE audit_events SET payload = '{\"i\":99}' WHERE seq = 4" << qint64(4);
        QTest::newRow("edited actor") << "UPDATE audit_events SET actor_role = 'admin' WHERE seq = 2" << qint64(2);
        QTest::newRow("deleted") << "DELETE FROM audit_events WHERE seq = 3" << qint64(4);
        QTest::newRow("deleted last two, rest intact") << "DELETE FROM audit_events WHERE seq >= 5" << qint64(0);
        QTest::newRow("swapped") << "UPDATE audit_events SET seq = -2 WHERE seq = 2; UPDATE audit_events SET seq = 2 WHERE seq = 3; "
                                    "UPDATE audit_events SET seq = 3 WHERE seq = -2"
                                 << qint64(2);
        QTest::newRow("inserted") << "UPDATE audit_events SET seq = -(seq + 1) WHERE seq >= 3; UPDATE audit_events SET seq = -seq WHERE seq < 0; "
                                     "INSERT INTO audit_events SELECT 3, 'x', lead_id, subject_table, subject_id, kind, from_status, "
                                     "to_status, actor_user_id, actor_role, hlc, wall_time, note, payload, prev_hash, hash FROM audit_events "
                                     "WHERE seq = 2"
                                  << qint64(3);
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenSeq);
        QTemporaryDir dir;
        auto node = test::createNode(dir);
        appendEvents(*node.session, 6);
        QVERIFY(node.session->db().exec(sql).ok());
        auto v = AuditLog::verify(node.session->db());
        QVERIFY(v.ok());
        if (brokenSeq == 0) {
            // Truncating the tail cannot be seen from the chain alone: the head hash changes, which is what
            // a recorded head (report, sync peer) detects.
            QVERIFY(v->ok);
            QCOMPARE(v->count, 4);
            return;
        }
        QVERIFY(!v->ok);
        QCOMPARE(v->brokenSeq, brokenSeq);
        QVERIFY(!v->problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
