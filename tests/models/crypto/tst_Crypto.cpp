// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"

#include <QTest>

using namespace gs;

namespace {
SecureBytes keyFromHex(const char* hex)
{
    QByteArray raw = QByteArray::fromHex(hex);
    return SecureBytes::takeFrom(raw);
}
QByteArray toBytes(const SecureBytes& s) { return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size())); }
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scryptVector()
    {
        // RFC 7914 §12, second vector (first 32 bytes of the 64-byte output).
        auto key = crypto::scrypt("password", "NaCl", { 10, 8, 16 });
        QVERIFY(key.ok());
        QCOMPARE(toBytes(*key).toHex(), QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
    }

    void scryptRejectsAbsurdParameters()
    {
        QVERIFY(!crypto::scrypt("pw", "salt", { 40, 8, 1 }).ok());
        QVERIFY(!crypto::scrypt("pw", "salt", { 10, 0, 1 }).ok());
    }

    void scryptProductionCostIsAccepted()
    {
        // OpenSSL's default maxmem (32 MiB) refuses N=2^17, r=8; we pass maxmem explicitly.
        QVERIFY(crypto::scrypt("pw", QByteArray(16, 'x'), crypto::ScryptParams {}).ok());
    }

    void aesGcm_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("expected");
        // NIST GCM spec test cases 13 and 14 (256-bit zero key, zero IV).
        QTest::newRow("tc13") << QByteArray() << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("tc14") << QByteArray(16, '\0')
                              << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    }

    void aesGcm()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, expected);
        SecureBytes key(32);
        const QByteArray nonce(12, '\0');
        auto sealed = crypto::seal(key, nonce, plain, {});
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->toHex(), expected.toHex());
        auto opened = crypto::open(key, nonce, *sealed, {});
        QVERIFY(opened.ok());
        QCOMPARE(toBytes(*opened), plain);
    }

    void aesGcmDetectsTampering()
    {
        SecureBytes key = SecureBytes::random(32);
        const QByteArray nonce = crypto::randomBytes(12);
        QByteArray sealed = crypto::seal(key, nonce, "secret", "aad").value();
        QVERIFY(!crypto::open(key, nonce, sealed, "other aad").ok());
        sealed[0] = char(sealed[0] ^ 1);
        QVERIFY(!crypto::open(key, nonce, sealed, "aad").ok());
        QVERIFY(!crypto::open(SecureBytes::random(32), nonce, crypto::seal(key, nonce, "x", {}).value(), {}).ok());
    }

    void hashes()
    {
        QCOMPARE(crypto::sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        // RFC 4231 test case 1.
        QCOMPARE(crypto::hmacSha256(keyFromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), "Hi There").toHex(),
            QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        // RFC 5869 test case 3 (HKDF-SHA256, empty salt and info).
        auto okm = crypto::hkdf(keyFromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), QByteArray(), 42);
        QVERIFY(okm.ok());
        QCOMPARE(toBytes(*okm).toHex(),
            QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"));
        QVERIFY(!(*okm == crypto::hkdf(keyFromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), "info", 42).value()));
    }

    void secureBytesWipesAndMoves()
    {
        QByteArray source("top secret");
        SecureBytes s = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(s.size(), std::size_t(10));
        QCOMPARE(toBytes(s.toHex()), QByteArray("746f7020736563726574"));
        SecureBytes moved = std::move(s);
        QVERIFY(s.isEmpty());
        QCOMPARE(moved.size(), std::size_t(10));
        moved.clear();
        QVERIFY(moved.isEmpty());
        QString text = QStringLiteral("口令");
        secureWipe(text);
        QVERIFY(text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_Crypto.moc"
