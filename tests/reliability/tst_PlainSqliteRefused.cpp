// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The refusal path for real: models/store/Database.cpp (with Statement and SecureBytes) compiled against
// Debian's plain libsqlite3 instead of SQLCipher, i.e. exactly what the app would run if a plain SQLite won
// the sqlite3_* names. PRAGMA key and cipher_version mean nothing to that library; Database::open must see
// it, refuse with NotEncrypted, and write nothing: no new file, no byte of an existing one, no -wal, -shm or
// -journal beside it.
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace gs;

namespace {

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(QDir(dir).filePath(name));
        files.insert(name, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return files;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class tst_PlainSqliteRefused : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisIsReallyPlainSqlite()
    {
        // Debian 12's libsqlite3 is 3.40; the SQLCipher the app links is 3.15.
        QVERIFY2(sqlite3_libversion_number() >= 3040000, sqlite3_libversion());
        QVERIFY(Database::linkedCipherVersion().isEmpty());
    }

    void creatingIsRefusedAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.db"));
        auto db = Database::open(path, SecureBytes::random(32), { Database::Mode::Create, false });
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NotEncrypted);
        QVERIFY(db.error().message.contains(QStringLiteral("SQLCipher")));
        QVERIFY(snapshot(dir.path()).isEmpty());
    }

    void openingIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        // What an encrypted database looks like to a library without the codec: no header, random pages.
        QByteArray random(8 * 4096, Qt::Uninitialized);
        SecureBytes noise = SecureBytes::random(size_t(random.size()));
        std::memcpy(random.data(), noise.data(), size_t(random.size()));
        QTest::newRow("encrypted-looking database") << random;
        QTest::newRow("empty file") << QByteArray();
    }

    void openingIsRefusedAndWritesNothing()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.db"));
        writeFile(path, content);
        const auto before = snapshot(dir.path());
        for (bool readOnly : { false, true }) {
            auto db = Database::open(path, SecureBytes::random(32), { Database::Mode::OpenExisting, readOnly });
            QVERIFY(!db);
            QCOMPARE(db.error().code, Error::Code::NotEncrypted);
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

    void plaintextDatabaseIsRefusedToo()
    {
        // A plaintext database made by this very library: refused before any key is tried on it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open_v2(
                     QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE leads (title TEXT); INSERT INTO leads VALUES ('x');", nullptr, nullptr,
                     nullptr),
            SQLITE_OK);
        sqlite3_close_v2(raw);
        const auto before = snapshot(dir.path());
        auto db = Database::open(path, SecureBytes::random(32), {});
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NotEncrypted);
        QCOMPARE(snapshot(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(tst_PlainSqliteRefused)
#include "tst_PlainSqliteRefused.moc"
