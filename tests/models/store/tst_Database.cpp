// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <sqlite3.h>

using namespace gs;

class TestDatabase : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Database> create(const QString& path, const SecureBytes& key)
    {
        auto db = Database::open(path, key, { Database::Mode::Create, false });
        if (!db)
            qFatal("open failed: %s", qPrintable(db.error().message));
        auto migrated = Migrator::migrate(**db);
        if (!migrated)
            qFatal("migrate failed: %s", qPrintable(migrated.error().message));
        return std::move(db.value());
    }

private Q_SLOTS:
    void linkedLibraryIsSqlCipher()
    {
        QVERIFY(!Database::linkedCipherVersion().isEmpty());
        QVERIFY(QByteArray(sqlite3_libversion()).startsWith("3.15"));
    }

    void createMigrateReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        SecureBytes key = SecureBytes::random(32);
        {
            auto db = create(path, key);
            QCOMPARE(db->userVersion(), schema::latestVersion());
            QVERIFY(!db->cipherVersion().isEmpty());
            auto mode = db->prepare("PRAGMA journal_mode");
            QVERIFY(mode.ok() && mode->nextRow());
            QCOMPARE(mode->text(0), QStringLiteral("wal"));
            auto fk = db->prepare("PRAGMA foreign_keys");
            QVERIFY(fk.ok() && fk->nextRow());
            QCOMPARE(fk->integer(0), 1);
            auto page = db->prepare("PRAGMA cipher_page_size");
            QVERIFY(page.ok() && page->nextRow());
            QCOMPARE(page->integer(0), 4096);
        }
        QVERIFY(!Database::hasPlaintextHeader(path));
        auto again = Database::open(path, key, {});
        QVERIFY(again.ok());
        QCOMPARE((*again)->userVersion(), schema::latestVersion());
        QVERIFY(Migrator::migrate(**again).ok()); // idempotent
    }

    void wrongKeyIsRefusedAndFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        SecureBytes key = SecureBytes::random(32);
        create(path, key).reset();
        const auto before = test::snapshot(dir.path());
        auto db = Database::open(path, SecureBytes::random(32), {});
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::DatabaseDamaged);
        QCOMPARE(test::snapshot(dir.path()), before);
    }

    void plaintextFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        f.close();
        auto db = Database::open(path, SecureBytes::random(32), {});
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::NotEncrypted);
    }

    void missingAndExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QCOMPARE(Database::open(path, SecureBytes::random(32), {}).error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));
        create(path, SecureBytes::random(32)).reset();
        QCOMPARE(Database::open(path, SecureBytes::random(32), { Database::Mode::Create, false }).error().code,
            Error::Code::AlreadyExists);
        QCOMPARE(Database::open(path, SecureBytes::random(16), {}).error().code, Error::Code::Crypto);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        SecureBytes key = SecureBytes::random(32);
        {
            auto db = create(path, key);
            QVERIFY(db->setUserVersion(schema::latestVersion() + 1).ok());
            QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE);").ok());
        }
        const auto before = test::snapshot(dir.path());
        auto db = Database::open(path, key, {});
        QVERIFY(db.ok());
        auto migrated = Migrator::migrate(**db);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().code, Error::Code::SchemaTooNew);
        QVERIFY(migrated.error().message.contains(QString::number(schema::latestVersion() + 1)));
        db->reset();
        QCOMPARE(test::snapshot(dir.path()).value(QStringLiteral("a.db")), before.value(QStringLiteral("a.db")));
    }

    void migrationFromEmptyCreatesEveryTable()
    {
        QTemporaryDir dir;
        auto db = create(dir.filePath(QStringLiteral("a.db")), SecureBytes::random(32));
        auto tables = db->prepare("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type='table' ORDER BY name)");
        QVERIFY(tables.ok() && tables->nextRow());
        const QStringList names = tables->text(0).split(QLatin1Char(','));
        for (const char* t : { "node", "users", "districts", "streets", "communities", "grids", "people", "person_grids",
                 "pairings", "leads", "attachments", "audit_events", "dictionaries", "settings", "change_log" })
            QVERIFY2(names.contains(QString::fromLatin1(t)), t);
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = create(dir.filePath(QStringLiteral("a.db")), SecureBytes::random(32));
        {
            Transaction tx(*db);
            QVERIFY(tx.begun().ok());
            QVERIFY(db->exec("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('a', '1', 'x', 'y');").ok());
            // Violates NOT NULL: the whole transaction must go, including the first insert.
            QVERIFY(!db->exec("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('b', NULL, 'x', 'y');").ok());
        } // no commit: destructor rolls back
        auto count = db->prepare("SELECT count(*) FROM settings");
        QVERIFY(count.ok() && count->nextRow());
        QCOMPARE(count->integer(0), 0);
        {
            Transaction tx(*db);
            QVERIFY(db->exec("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('a', '1', 'x', 'y');").ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(!tx.commit().ok());
        }
        count->reset();
        QVERIFY(count->nextRow());
        QCOMPARE(count->integer(0), 1);
    }

    void nestedTransactionsAreSavepoints()
    {
        QTemporaryDir dir;
        auto db = create(dir.filePath(QStringLiteral("a.db")), SecureBytes::random(32));
        auto insert = [&](const char* key) {
            return db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('%1', '1', 'x', 'y');")
                                .arg(QString::fromLatin1(key)));
        };
        auto rows = [&] {
            auto c = db->prepare("SELECT group_concat(key, ',') FROM (SELECT key FROM settings ORDER BY key)");
            return c && c->nextRow() ? c->text(0) : QStringLiteral("?");
        };
        {
            Transaction outer(*db);
            QVERIFY(insert("a").ok());
            {
                Transaction inner(*db);
                QVERIFY(inner.begun().ok());
                QVERIFY(insert("b").ok());
            } // inner rolled back alone
            {
                Transaction inner(*db);
                QVERIFY(insert("c").ok());
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(rows(), QStringLiteral("a,c"));
        } // the outer one rolls back everything, including the committed inner savepoint
        QCOMPARE(rows(), QString());
        QVERIFY(!db->inTransaction());
        {
            Transaction outer(*db);
            {
                Transaction inner(*db);
                QVERIFY(insert("d").ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(rows(), QStringLiteral("d"));
    }

    void statementBindsAndReadsTypes()
    {
        QTemporaryDir dir;
        auto db = create(dir.filePath(QStringLiteral("a.db")), SecureBytes::random(32));
        auto stmt = db->prepare("SELECT ?, ?, ?, ?, ?");
        QVERIFY(stmt.ok());
        stmt->bind(1, QStringLiteral("保本保息")).bind(2, qint64(1) << 40).bind(3, 2.5).bindBlob(4, QByteArray("\0\1", 2)).bindNull(5);
        QVERIFY(stmt->nextRow());
        QCOMPARE(stmt->text(0), QStringLiteral("保本保息"));
        QCOMPARE(stmt->int64(1), qint64(1) << 40);
        QCOMPARE(stmt->real(2), 2.5);
        QCOMPARE(stmt->blob(3), QByteArray("\0\1", 2));
        QVERIFY(stmt->isNull(4));
        QVERIFY(!db->prepare("SELEKT nonsense").ok());
    }

    void noPlaintextOnDisk()
    {
        QTemporaryDir dir;
        const QString marker = QStringLiteral("MARKER-保本保息-7f3a9");
        auto db = create(dir.filePath(QStringLiteral("a.db")), SecureBytes::random(32));
        {
            Transaction tx(*db);
            auto insert = db->prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, 'x', 'y')");
            QVERIFY(insert.ok());
            for (int i = 0; i < 200; ++i) {
                insert->reset();
                insert->bind(1, QStringLiteral("k%1").arg(i)).bind(2, marker.repeated(20));
                QVERIFY(insert->run().ok());
            }
            QVERIFY(tx.commit().ok());
        }
        // Scan while open (WAL holds the new pages) and after close.
        for (int pass = 0; pass < 2; ++pass) {
            const auto files = test::snapshot(dir.path());
            QVERIFY(files.contains(QStringLiteral("a.db")));
            for (auto it = files.begin(); it != files.end(); ++it) {
                QVERIFY2(!it.value().contains(marker.toUtf8()), qPrintable(it.key()));
                QVERIFY2(!it.value().contains("MARKER"), qPrintable(it.key()));
            }
            db.reset();
        }
    }

    // The unkeyed mode for MBTiles: reads plaintext files, writes nothing, and refuses node databases.
    void plainReadOnlyMode()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("tiles.mbtiles"));
        {
            sqlite3* raw = nullptr; // a plaintext file, as other tools write MBTiles
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(plain).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE metadata (name TEXT, value TEXT); INSERT INTO metadata VALUES ('name', 'x');",
                         nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close_v2(raw);
        }
        const auto before = test::snapshot(dir.path());
        {
            auto db = Database::openPlainReadOnly(plain);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            auto stmt = (*db)->prepare("SELECT value FROM metadata WHERE name = 'name'");
            QVERIFY(stmt.ok() && stmt->nextRow());
            QCOMPARE(stmt->text(0), QStringLiteral("x"));
            QVERIFY(!(*db)->exec("INSERT INTO metadata VALUES ('a', 'b');").ok());
            QVERIFY(!(*db)->exec("CREATE TABLE t (x);").ok());
            QCOMPARE(test::snapshot(dir.path()), before); // no -wal, -shm or journal beside it
        }
        QCOMPARE(test::snapshot(dir.path()), before);

        // A node database is encrypted: refused before SQLite opens it, and left as it was.
        const QString node = dir.filePath(QStringLiteral("node.db"));
        create(node, SecureBytes::random(32)).reset();
        const auto withNode = test::snapshot(dir.path());
        auto refused = Database::openPlainReadOnly(node);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("node.db")));
        QCOMPARE(test::snapshot(dir.path()), withNode);
        QCOMPARE(Database::openPlainReadOnly(dir.filePath(QStringLiteral("missing.mbtiles"))).error().code, Error::Code::NotFound);
        QCOMPARE(Database::openPlainReadOnly(dir.path()).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
