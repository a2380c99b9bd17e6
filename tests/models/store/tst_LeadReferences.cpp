// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// Schema 9 checks a lead's grid, assignee, reviewer and duplicate link with triggers instead of declared
// foreign keys (an UPDATE of a declared key column rewrote every index of leads on SQLite 3.15). These tests
// prove the triggers refuse on update and delete what the keys refused, that the migration keeps every column
// and row as it was, and that the connection which migrated sees the new definition at once.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"

using namespace gs;

namespace {

const char* const kForeignKeyFailed = "FOREIGN KEY constraint failed";

/// A database migrated to `version` step by step, as an older GridSentinel left it.
std::unique_ptr<Database> createAtVersion(const QString& path, const SecureBytes& key, int version)
{
    auto db = Database::open(path, key, { Database::Mode::Create, false });
    if (!db)
        qFatal("open failed: %s", qPrintable(db.error().message));
    for (const schema::Migration& m : schema::migrations()) {
        if (m.version > version)
            break;
        if (!(*db)->exec(m.sql) || !(*db)->setUserVersion(m.version))
            qFatal("migration %d failed", m.version);
    }
    return std::move(db.value());
}

/// Every row of a query, each as its columns joined with '|': compares schema and data before and after.
QStringList rows(Database& db, const char* sql)
{
    QStringList out;
    auto q = db.prepare(sql);
    if (!q)
        qFatal("%s: %s", sql, qPrintable(q.error().message));
    while (q->nextRow()) {
        QStringList columns;
        for (int c = 0; c < q->columnCount(); ++c)
            columns << (q->isNull(c) ? QStringLiteral("<null>") : q->text(c));
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

/// The declared foreign keys of leads, as "column>table".
QStringList declaredKeys(Database& db)
{
    QStringList out;
    auto q = db.prepare("PRAGMA foreign_key_list(leads)"); // id, seq, table, from, to, ...
    while (q && q->nextRow())
        out << q->text(3) + QLatin1Char('>') + q->text(2);
    out.sort();
    return out;
}

/// Structure, two users and two leads (the second linked to the first, assigned and under review).
void insertReferencedRows(Database& db)
{
    const char* sql = R"sql(
INSERT INTO districts (id, code, name, updated_at, updated_by) VALUES ('d1', '440106', 'District', 't', 'n/u');
INSERT INTO streets (id, code, name, district_id, updated_at, updated_by) VALUES ('s1', '440106001', 'Street', 'd1', 't', 'n/u');
INSERT INTO communities (id, code, name, street_id, updated_at, updated_by) VALUES ('c1', '440106001001', 'Community', 's1', 't', 'n/u');
INSERT INTO grids (id, code, name, kind, community_id, updated_at, updated_by) VALUES ('g1', 'G1', 'Grid 1', 'community', 'c1', 't', 'n/u');
INSERT INTO grids (id, code, name, kind, community_id, updated_at, updated_by) VALUES ('g2', 'G2', 'Grid 2', 'building', 'c1', 't', 'n/u');
INSERT INTO users (id, username, display_name, role, created_at, updated_at, updated_by) VALUES ('u1', 'sentinel', 'S', 'sentinel', 't', 't', 'n/u');
INSERT INTO users (id, username, display_name, role, created_at, updated_at, updated_by) VALUES ('u2', 'supervisor', 'V', 'supervisor', 't', 't', 'n/u');
INSERT INTO leads (id, case_no, title, grid_id, reporter_user_id, created_at, updated_at, updated_by)
    VALUES ('l1', 'C-1', '保本保息', 'g1', 'u1', '2026-12-01', 't', 'n/u');
INSERT INTO leads (id, case_no, title, grid_id, reporter_user_id, assignee_user_id, reviewer_user_id, linked_lead_id, created_at, updated_at, updated_by)
    VALUES ('l2', 'C-2', '高额返利', 'g2', 'u1', 'u1', 'u2', 'l1', '2026-12-02', 't', 'n/u');
)sql";
    if (auto s = db.exec(sql); !s)
        qFatal("insert failed: %s", qPrintable(s.error().message));
}

void verifyRefused(Database& db, const char* sql)
{
    const Status s = db.exec(sql);
    if (s.ok())
        QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(QString::fromUtf8(sql))));
    QVERIFY2(s.error().message.contains(QLatin1String(kForeignKeyFailed)) || db.lastErrorMessage().contains(QLatin1String(kForeignKeyFailed)),
        qPrintable(s.error().message));
}

} // namespace

class TestLeadReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationKeepsColumnsRowsAndIndexes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.db"));
        const SecureBytes key = SecureBytes::random(32);
        auto db = createAtVersion(path, key, 8);
        insertReferencedRows(*db);
        const QStringList columnsBefore = rows(*db, "PRAGMA table_info(leads)");
        const QStringList rowsBefore = rows(*db, "SELECT * FROM leads ORDER BY id");
        // Later versions change the deadline indexes (11) and add leads_grid_status (10): the rest is compared.
        const char* otherIndexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' "
                                   "AND name NOT IN ('leads_grid_status', 'leads_deadline', 'leads_deadline_sort') ORDER BY name";
        const QStringList indexesBefore = rows(*db, otherIndexes);
        QCOMPARE(declaredKeys(*db), (QStringList { QStringLiteral("assignee_user_id>users"), QStringLiteral("grid_id>grids"),
            QStringLiteral("linked_lead_id>leads"), QStringLiteral("reporter_user_id>users"), QStringLiteral("reviewer_user_id>users") }));

        QCOMPARE(Migrator::migrate(*db).value(), 8);
        QCOMPARE(db->userVersion(), schema::latestVersion());
        // The connection that migrated already parses the new definition: only the reporter keeps a declared key.
        QCOMPARE(declaredKeys(*db), QStringList { QStringLiteral("reporter_user_id>users") });
        QCOMPARE(rows(*db, "PRAGMA table_info(leads)"), columnsBefore);
        QCOMPARE(rows(*db, "SELECT * FROM leads ORDER BY id"), rowsBefore);
        // Version 9 changes no index.
        QCOMPARE(rows(*db, otherIndexes), indexesBefore);
        // Version 11: one plain deadline index, no expression or partial index over the deadline.
        QCOMPARE(rows(*db, "SELECT name, sql FROM sqlite_master WHERE name IN ('leads_deadline', 'leads_deadline_sort')"),
            QStringList { QStringLiteral("leads_deadline|CREATE INDEX leads_deadline ON leads(deadline_at, created_at DESC)") });
        QCOMPARE(rows(*db, "PRAGMA integrity_check"), QStringList { QStringLiteral("ok") });
        QVERIFY(rows(*db, "PRAGMA foreign_key_check").isEmpty());

        // A node created today has the same definition as one migrated from version 8.
        const QStringList migratedSchema = rows(*db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
        db.reset();
        auto reopened = Database::open(path, key, {});
        QVERIFY(reopened.ok());
        QCOMPARE(declaredKeys(**reopened), QStringList { QStringLiteral("reporter_user_id>users") });
        auto fresh = createAtVersion(dir.filePath(QStringLiteral("fresh.db")), SecureBytes::random(32), 0);
        QVERIFY(Migrator::migrate(*fresh).ok());
        QCOMPARE(rows(*fresh, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"), migratedSchema);
    }

    void triggersRefuseWhatTheKeysRefusedOnUpdateAndDelete()
    {
        QTemporaryDir dir;
        auto db = createAtVersion(dir.filePath(QStringLiteral("a.db")), SecureBytes::random(32), 0);
        QVERIFY(Migrator::migrate(*db).ok());
        insertReferencedRows(*db);

        // No trigger on INSERT: on SQLite 3.15 one makes every insert keep an (encrypted) statement journal of each
        // page it touches. A new lead's references are checked by LeadRepository (tst_LeadRepository).
        QCOMPARE(rows(*db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'leads' "
                           "AND sql LIKE '%INSERT ON leads%'"),
            QStringList());
        // Assigning, escalating, regridding or linking to nothing.
        for (const char* column : { "grid_id", "assignee_user_id", "reviewer_user_id", "linked_lead_id" })
            verifyRefused(*db, QStringLiteral("UPDATE leads SET %1 = 'missing' WHERE id = 'l1'").arg(QLatin1String(column)).toUtf8().constData());
        // Removing what a lead refers to.
        verifyRefused(*db, "DELETE FROM users WHERE id = 'u2'");  // reviewer of l2
        verifyRefused(*db, "DELETE FROM grids WHERE id = 'g2'");  // grid of l2
        verifyRefused(*db, "DELETE FROM leads WHERE id = 'l1'");  // l2 is linked to it
        QCOMPARE(rows(*db, "SELECT count(*) FROM leads").value(0), QStringLiteral("2"));

        // What exists is accepted, NULL clears a reference, and a reporter is still a declared key.
        QVERIFY(db->exec("UPDATE leads SET grid_id = 'g2', assignee_user_id = 'u2', reviewer_user_id = 'u1', linked_lead_id = 'l2' WHERE id = 'l1'"));
        QVERIFY(db->exec("UPDATE leads SET assignee_user_id = NULL, linked_lead_id = NULL WHERE id = 'l2'"));
        QVERIFY(db->exec("INSERT INTO leads (id, case_no, grid_id, reporter_user_id, created_at, updated_at, updated_by) "
                         "VALUES ('l3', 'C-3', NULL, 'u2', 't', 't', 'n/u')"));
        verifyRefused(*db, "UPDATE leads SET reporter_user_id = 'missing' WHERE id = 'l3'");
        QCOMPARE(rows(*db, "SELECT id, grid_id, assignee_user_id, reviewer_user_id, linked_lead_id FROM leads ORDER BY id"),
            (QStringList { QStringLiteral("l1|g2|u2|u1|l2"), QStringLiteral("l2|g2|<null>|u2|<null>"),
                QStringLiteral("l3|<null>|<null>|<null>|<null>") }));
        // Nothing refers to g1 or to l3 any more: they can go.
        QVERIFY(db->exec("DELETE FROM leads WHERE id = 'l3'"));
        QVERIFY(db->exec("DELETE FROM grids WHERE id = 'g1'"));
    }
};

QTEST_GUILESS_MAIN(TestLeadReferences)
#include "tst_LeadReferences.moc"
