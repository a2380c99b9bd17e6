// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "KeyRing.h"

#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gs {
namespace {

const auto kFormat = QStringLiteral("gridsentinel-keyring/1");
const auto kUser = QStringLiteral("user");
const auto kRecovery = QStringLiteral("recovery");
const char kBase32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

QString tr(const char* text) { return QCoreApplication::translate("gs::KeyRing", text); }

Error wrongCredentials()
{
    return makeError(Error::Code::WrongCredentials, tr("The user name or password is wrong."));
}

Error damaged(const QString& detail)
{
    return makeError(Error::Code::KeyFileDamaged,
        tr("The key file beside the database is damaged or has been altered (%1). Restore it from a backup "
           "or ask your district office to recover the node.")
            .arg(detail));
}

QByteArray fromB64(const QJsonValue& v) { return QByteArray::fromBase64(v.toString().toLatin1()); }
QString toB64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

QByteArray utf8Secret(const QString& s) { return s.normalized(QString::NormalizationForm_C).toUtf8(); }

} // namespace

KeyRing::KeyRing(QString nodeId) : m_nodeId(std::move(nodeId)) { }

QString KeyRing::userSlotId(const QString& userName) const
{
    const QByteArray material = "gridsentinel-user-slot|" + m_nodeId.toUtf8() + '|' + userName.trimmed().toCaseFolded().toUtf8();
    return QString::fromLatin1(crypto::sha256(material).toHex().left(32));
}

QByteArray KeyRing::associatedData(const Slot& s) const
{
    // Binds the wrapped key to this node, this slot and its KDF cost: moving or weakening a slot breaks its tag.
    return QStringLiteral("%1|%2|%3|%4|scrypt:%5:%6:%7")
        .arg(kFormat, m_nodeId, s.kind, s.id)
        .arg(s.params.logN)
        .arg(s.params.r)
        .arg(s.params.p)
        .toUtf8();
}

QByteArray KeyRing::canonicalBody() const
{
    QJsonArray slots;
    for (const Slot& s : m_slots) {
        slots.append(QJsonObject {
            { QStringLiteral("kind"), s.kind },
            { QStringLiteral("id"), s.id },
            { QStringLiteral("kdf"),
                QJsonObject { { QStringLiteral("alg"), QStringLiteral("scrypt") }, { QStringLiteral("logN"), s.params.logN },
                    { QStringLiteral("r"), s.params.r }, { QStringLiteral("p"), s.params.p } } },
            { QStringLiteral("salt"), toB64(s.salt) },
            { QStringLiteral("nonce"), toB64(s.nonce) },
            { QStringLiteral("wrapped"), toB64(s.wrapped) },
        });
    }
    QJsonObject body { { QStringLiteral("format"), kFormat }, { QStringLiteral("nodeId"), m_nodeId },
        { QStringLiteral("slots"), slots } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact); // QJsonObject sorts keys: stable bytes
}

Result<KeyRing> KeyRing::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(Error::Code::NotFound, tr("The key file %1 is missing.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Cannot read the key file: %1").arg(file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return damaged(tr("too large"));
    return parse(file.readAll());
}

Result<KeyRing> KeyRing::parse(const QByteArray& bytes)
{
    if (bytes.size() > 4 * 1024 * 1024)
        return damaged(tr("too large"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(tr("not valid JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(tr("unknown format"));
    KeyRing ring(root.value(QStringLiteral("nodeId")).toString());
    if (ring.m_nodeId.isEmpty())
        return damaged(tr("no node id"));
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        Slot s;
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.id = o.value(QStringLiteral("id")).toString();
        s.params = { kdf.value(QStringLiteral("logN")).toInt(), kdf.value(QStringLiteral("r")).toInt(),
            kdf.value(QStringLiteral("p")).toInt() };
        s.salt = fromB64(o.value(QStringLiteral("salt")));
        s.nonce = fromB64(o.value(QStringLiteral("nonce")));
        s.wrapped = fromB64(o.value(QStringLiteral("wrapped")));
        if ((s.kind != kUser && s.kind != kRecovery) || s.id.isEmpty() || !s.params.isSane()
            || kdf.value(QStringLiteral("alg")).toString() != QStringLiteral("scrypt") || s.salt.size() < 16
            || s.nonce.size() != 12 || s.wrapped.size() != 48)
            return damaged(tr("malformed key slot"));
        ring.m_slots.append(s);
    }
    ring.m_mac = fromB64(root.value(QStringLiteral("mac")));
    if (ring.m_slots.isEmpty() || ring.m_mac.size() != 32)
        return damaged(tr("no key slots"));
    return ring;
}

Status KeyRing::save(const QString& path, const SecureBytes& masterKey) const
{
    auto macKey = crypto::hkdf(masterKey, "gridsentinel keyring mac");
    if (!macKey)
        return macKey.error();
    const QByteArray body = canonicalBody();
    QJsonObject root = QJsonDocument::fromJson(body).object();
    root.insert(QStringLiteral("mac"), toB64(crypto::hmacSha256(*macKey, body)));
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

bool KeyRing::hasUser(const QString& userName) const
{
    const QString id = userSlotId(userName);
    return std::any_of(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.kind == kUser && s.id == id; });
}

bool KeyRing::hasRecovery() const
{
    return std::any_of(m_slots.begin(), m_slots.end(), [](const Slot& s) { return s.kind == kRecovery; });
}

Status KeyRing::setSlot(const QString& kind, const QString& id, const QString& secret, const SecureBytes& masterKey,
    const crypto::ScryptParams& params)
{
    Slot s { kind, id, params, crypto::randomBytes(16), crypto::randomBytes(12), {} };
    QByteArray password = utf8Secret(secret);
    auto kek = crypto::scrypt(password, s.salt, params);
    secureWipe(password);
    if (!kek)
        return kek.error();
    const QByteArray plain(reinterpret_cast<const char*>(masterKey.data()), qsizetype(masterKey.size()));
    auto sealed = crypto::seal(*kek, s.nonce, plain, associatedData(s));
    QByteArray wipeMe = plain;
    secureWipe(wipeMe);
    if (!sealed)
        return sealed.error();
    s.wrapped = *sealed;
    auto existing = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot& o) { return o.kind == kind && o.id == id; });
    if (existing != m_slots.end())
        *existing = s;
    else
        m_slots.append(s);
    return {};
}

Status KeyRing::setUserSlot(const QString& userName, const QString& password, const SecureBytes& masterKey,
    const crypto::ScryptParams& params)
{
    return setSlot(kUser, userSlotId(userName), password, masterKey, params);
}

Status KeyRing::removeUserSlot(const QString& userName)
{
    const QString id = userSlotId(userName);
    const auto removed = m_slots.removeIf([&](const Slot& s) { return s.kind == kUser && s.id == id; });
    if (removed == 0)
        return makeError(Error::Code::NotFound, tr("No key slot for user %1.").arg(userName));
    return {};
}

Status KeyRing::setRecoverySlot(const QString& code, const SecureBytes& masterKey, const crypto::ScryptParams& params)
{
    return setSlot(kRecovery, kRecovery, normalizeRecoveryCode(code), masterKey, params);
}

Result<SecureBytes> KeyRing::unlockSlot(const QString& id, const QString& secret) const
{
    auto slot = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.id == id; });
    QByteArray password = utf8Secret(secret);
    if (slot == m_slots.end()) {
        // Same work as a real attempt, so timing does not reveal which user names exist.
        auto ignored = crypto::scrypt(password, QByteArray(16, '\0'), crypto::ScryptParams {});
        secureWipe(password);
        return wrongCredentials();
    }
    auto kek = crypto::scrypt(password, slot->salt, slot->params);
    secureWipe(password);
    if (!kek)
        return kek.error();
    auto master = crypto::open(*kek, slot->nonce, slot->wrapped, associatedData(*slot));
    if (!master)
        return wrongCredentials();
    auto macKey = crypto::hkdf(*master, "gridsentinel keyring mac");
    if (!macKey)
        return macKey.error();
    if (!crypto::constantTimeEquals(crypto::hmacSha256(*macKey, canonicalBody()), m_mac))
        return damaged(tr("integrity check failed"));
    return master;
}

Result<SecureBytes> KeyRing::unlockUser(const QString& userName, const QString& password) const
{
    return unlockSlot(userSlotId(userName), password);
}

Result<SecureBytes> KeyRing::unlockRecovery(const QString& recoveryCode) const
{
    auto r = unlockSlot(kRecovery, normalizeRecoveryCode(recoveryCode));
    if (!r && r.error().code == Error::Code::WrongCredentials)
        return makeError(Error::Code::WrongCredentials, tr("The recovery code is wrong."));
    return r;
}

QString KeyRing::generateRecoveryCode()
{
    const QByteArray raw = crypto::randomBytes(20); // 160 bits = 32 base32 digits
    QString out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : raw) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && out.size() % 5 == 4)
                out += QLatin1Char('-');
            out += QLatin1Char(kBase32[(buffer >> bits) & 31]);
        }
    }
    return out;
}

QString KeyRing::normalizeRecoveryCode(const QString& code)
{
    QString out;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace gs
