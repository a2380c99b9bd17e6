// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "crypto/KeyRing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace gs;

class TestKeyRing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("ring.keys")); }

    KeyRing makeRing(const SecureBytes& master)
    {
        KeyRing ring(QStringLiteral("node-1"));
        const bool ok = ring.setUserSlot(QStringLiteral("Alice"), QStringLiteral("alice-password"), master, test::fastKdf()).ok()
            && ring.setUserSlot(QStringLiteral("bob"), QStringLiteral("bob-password"), master, test::fastKdf()).ok()
            && ring.setRecoverySlot(QStringLiteral("ABCD-EFGH"), master, test::fastKdf()).ok();
        if (!ok)
            qFatal("cannot build the key ring fixture");
        return ring;
    }

    static void editJson(const QString& file, const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = QJsonDocument::fromJson(test::fileBytes(file)).object();
        edit(root);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
    }

private Q_SLOTS:
    void wrapAndUnwrap()
    {
        SecureBytes master = SecureBytes::random(32);
        KeyRing ring = makeRing(master);
        QVERIFY(ring.save(path(), master).ok());
        auto loaded = KeyRing::load(path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->slotCount(), 3);
        auto key = loaded->unlockUser(QStringLiteral("alice"), QStringLiteral("alice-password")); // names fold case
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QVERIFY(*key == master);
        QVERIFY(loaded->hasUser(QStringLiteral("BOB")));
        QVERIFY(loaded->hasRecovery());
        QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void userNamesAreNotStoredInClear()
    {
        SecureBytes master = SecureBytes::random(32);
        QVERIFY(makeRing(master).save(path(), master).ok());
        const QByteArray bytes = test::fileBytes(path());
        QVERIFY(!bytes.contains("Alice"));
        QVERIFY(!bytes.contains("alice"));
        QVERIFY(!bytes.contains("bob"));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        SecureBytes master = SecureBytes::random(32);
        KeyRing ring = makeRing(master);
        auto wrong = ring.unlockUser(QStringLiteral("alice"), QStringLiteral("nope-nope"));
        auto unknown = ring.unlockUser(QStringLiteral("mallory"), QStringLiteral("alice-password"));
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().code, Error::Code::WrongCredentials);
        QCOMPARE(unknown.error().code, Error::Code::WrongCredentials);
        QCOMPARE(wrong.error().message, unknown.error().message);
    }

    void passwordChangeReplacesOneSlot()
    {
        SecureBytes master = SecureBytes::random(32);
        KeyRing ring = makeRing(master);
        QVERIFY(ring.save(path(), master).ok());
        const QJsonArray before = QJsonDocument::fromJson(test::fileBytes(path())).object().value(QStringLiteral("slots")).toArray();
        QVERIFY(ring.setUserSlot(QStringLiteral("alice"), QStringLiteral("new-password"), master, test::fastKdf()).ok());
        QVERIFY(ring.save(path(), master).ok());
        auto loaded = KeyRing::load(path()).value();
        QCOMPARE(loaded.slotCount(), 3);
        QVERIFY(!loaded.unlockUser(QStringLiteral("alice"), QStringLiteral("alice-password")).ok());
        QVERIFY(loaded.unlockUser(QStringLiteral("alice"), QStringLiteral("new-password")).ok());
        QVERIFY(loaded.unlockUser(QStringLiteral("bob"), QStringLiteral("bob-password")).ok());
        const QJsonArray after = QJsonDocument::fromJson(test::fileBytes(path())).object().value(QStringLiteral("slots")).toArray();
        int unchanged = 0;
        for (const QJsonValue& slot : after)
            unchanged += before.contains(slot) ? 1 : 0;
        QCOMPARE(unchanged, 2); // bob's and the recovery slot are byte-identical
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("ring.keys.")).isEmpty()); // no temp left
    }

    void recoveryCode()
    {
        const QString code = KeyRing::generateRecoveryCode();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$")).match(code).hasMatch(),
            qPrintable(code));
        QVERIFY(code != KeyRing::generateRecoveryCode());
        QCOMPARE(KeyRing::normalizeRecoveryCode(QStringLiteral(" abcd-efgh oil ")), QStringLiteral("ABCDEFGH011"));
        SecureBytes master = SecureBytes::random(32);
        KeyRing ring(QStringLiteral("n"));
        QVERIFY(ring.setRecoverySlot(code, master, test::fastKdf()).ok());
        QVERIFY(ring.save(path(), master).ok());
        auto loaded = KeyRing::load(path()).value();
        auto typed = loaded.unlockRecovery(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(typed.ok());
        QVERIFY(*typed == master);
        QCOMPARE(loaded.unlockRecovery(QStringLiteral("0000-0000")).error().code, Error::Code::WrongCredentials);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expected");
        QTest::newRow("other slot altered") << "other-slot" << int(Error::Code::KeyFileDamaged);
        QTest::newRow("slot removed") << "remove-slot" << int(Error::Code::KeyFileDamaged);
        QTest::newRow("own slot cost lowered") << "own-kdf" << int(Error::Code::WrongCredentials);
        QTest::newRow("node id swapped") << "node-id" << int(Error::Code::WrongCredentials);
        QTest::newRow("mac flipped") << "mac" << int(Error::Code::KeyFileDamaged);
    }

    void tampering()
    {
        QFETCH(QString, what);
        QFETCH(int, expected);
        SecureBytes master = SecureBytes::random(32);
        KeyRing ring = makeRing(master);
        QVERIFY(ring.save(path(), master).ok());
        editJson(path(), [&](QJsonObject& root) {
            QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
            if (what == QStringLiteral("other-slot") || what == QStringLiteral("remove-slot")) {
                // Index 2 is the recovery slot (insertion order is kept).
                if (what == QStringLiteral("remove-slot")) {
                    slots.removeAt(2);
                } else {
                    QJsonObject s = slots[2].toObject();
                    QByteArray salt = QByteArray::fromBase64(s.value(QStringLiteral("salt")).toString().toLatin1());
                    salt[0] = char(salt[0] ^ 0x55);
                    s.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
                    slots[2] = s;
                }
            } else if (what == QStringLiteral("own-kdf")) {
                QJsonObject s = slots[0].toObject();
                QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
                kdf.insert(QStringLiteral("logN"), 11);
                s.insert(QStringLiteral("kdf"), kdf);
                slots[0] = s;
            } else if (what == QStringLiteral("node-id")) {
                root.insert(QStringLiteral("nodeId"), QStringLiteral("node-2"));
            } else if (what == QStringLiteral("mac")) {
                QByteArray mac = QByteArray::fromBase64(root.value(QStringLiteral("mac")).toString().toLatin1());
                mac[5] = char(mac[5] ^ 1);
                root.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toBase64()));
            }
            root.insert(QStringLiteral("slots"), slots);
        });
        auto loaded = KeyRing::load(path());
        QVERIFY(loaded.ok());
        auto key = loaded->unlockUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        QVERIFY(!key.ok());
        QCOMPARE(int(key.error().code), expected);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","nodeId":"x","slots":[],"mac":""})");
        QTest::newRow("short salt")
            << QByteArray(R"({"format":"gridsentinel-keyring/1","nodeId":"x","mac":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",)"
                          R"("slots":[{"kind":"user","id":"a","kdf":{"alg":"scrypt","logN":10,"r":8,"p":1},"salt":"AA==","nonce":"AAAAAAAAAAAAAAAA","wrapped":""}]})");
        QTest::newRow("absurd cost")
            << QByteArray(R"({"format":"gridsentinel-keyring/1","nodeId":"x","mac":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",)"
                          R"("slots":[{"kind":"user","id":"a","kdf":{"alg":"scrypt","logN":40,"r":8,"p":1},"salt":"AAAAAAAAAAAAAAAAAAAAAA==","nonce":"AAAAAAAAAAAAAAAA","wrapped":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}]})");
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto loaded = KeyRing::load(path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::KeyFileDamaged);
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_KeyRing.moc"
