// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Session.h"

#include "core/Ids.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gs {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::Session", text); }

Error wrongCredentials()
{
    return makeError(Error::Code::WrongCredentials, QCoreApplication::translate("gs::KeyRing", "The user name or password is wrong."));
}

Result<NodeInfo> loadNode(Database& db)
{
    auto stmt = db.prepare("SELECT id, name, district_code, district_name, created_at FROM node LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row != Statement::StepResult::Row)
        return makeError(Error::Code::DatabaseDamaged, tr("The database has no node record."));
    return NodeInfo { stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4) };
}

/// The account, nullopt if there is none of that name; an error if the database cannot be read (a damaged
/// users page must not read as "wrong password").
Result<std::optional<User>> loadUser(Database& db, const QString& userName)
{
    auto stmt = db.prepare("SELECT id, username, display_name, role, person_id, active FROM users "
                           "WHERE username = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, userName.trimmed());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row != Statement::StepResult::Row)
        return std::optional<User>();
    auto role = roleFromKey(stmt->text(3));
    if (!role)
        return std::optional<User>();
    return std::optional<User>(
        User { stmt->text(0), stmt->text(1), stmt->text(2), *role, stmt->text(4), stmt->int64(5) != 0 });
}

void observeLatestStamp(Database& db, Hlc& clock)
{
    auto stmt = db.prepare("SELECT max(hlc) FROM change_log");
    if (stmt && stmt->nextRow() && !stmt->isNull(0))
        clock.observe(stmt->text(0));
}

} // namespace

Session::Session(QString path, std::unique_ptr<Database> db, SecureBytes key, NodeInfo node, User user, bool recovery)
    : m_path(std::move(path)), m_db(std::move(db)), m_key(std::move(key)), m_node(std::move(node)), m_user(std::move(user)),
      m_clock(m_node.id.right(12)), m_recovery(recovery)
{
    observeLatestStamp(*m_db, m_clock);
}

Session::~Session()
{
    m_db.reset(); // close before the key goes
    m_key.clear();
}

Status Session::require(Permission permission) const
{
    if (can(permission))
        return {};
    return makeError(Error::Code::PermissionDenied,
        tr("Your role (%1) may not do this. Ask your district office.").arg(roleDisplayName(m_user.role)));
}

Status Session::updateKeyRing(const std::function<Status(KeyRing&, const SecureBytes&)>& change)
{
    const QString path = KeyRing::sidecarPath(m_path);
    auto ring = KeyRing::load(path);
    if (!ring)
        return ring.error();
    if (auto s = change(*ring, m_key); !s)
        return s;
    return ring->save(path, m_key);
}

bool Vault::exists(const QString& databasePath)
{
    return QFileInfo::exists(databasePath) || QFileInfo::exists(KeyRing::sidecarPath(databasePath));
}

Result<std::unique_ptr<Database>> Vault::openVerified(const QString& databasePath, const SecureBytes& key)
{
    auto db = Database::open(databasePath, key, {});
    if (!db)
        return db.error();
    if (auto migrated = Migrator::migrate(**db); !migrated)
        return migrated.error();
    return db;
}

Result<Vault::CreatedNode> Vault::createNode(const NodeSetup& setup)
{
    if (QString p = userNameProblem(setup.adminUserName); !p.isEmpty())
        return makeError(Error::Code::InvalidInput, p, QStringLiteral("user"));
    if (QString p = passwordProblem(setup.adminPassword, setup.adminUserName); !p.isEmpty())
        return makeError(Error::Code::InvalidInput, p, QStringLiteral("password"));
    if (setup.nodeName.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Enter a name for this node."), QStringLiteral("node"));
    if (setup.districtName.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Enter the district this node serves."), QStringLiteral("district"));
    if (exists(setup.databasePath))
        return makeError(Error::Code::AlreadyExists,
            tr("A database already exists at %1; it was left as it is.").arg(setup.databasePath));
    if (!QDir().mkpath(QFileInfo(setup.databasePath).absolutePath()))
        return makeError(Error::Code::Io, tr("Cannot create the folder for %1.").arg(setup.databasePath));

    SecureBytes master = SecureBytes::random(32);
    const QString nodeId = newId();
    const QString userId = newId();
    auto removeAll = [&] {
        for (const char* suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(setup.databasePath + QString::fromLatin1(suffix));
    };

    auto db = Database::open(setup.databasePath, master, { Database::Mode::Create, false });
    if (!db)
        return db.error();
    if (auto m = Migrator::migrate(**db); !m) {
        db->reset();
        removeAll();
        return m.error();
    }
    Hlc clock(nodeId.right(12));
    Status written = [&]() -> Status {
        Transaction tx(**db);
        if (!tx.begun())
            return tx.begun();
        auto node = (*db)->prepare("INSERT INTO node (id, name, district_code, district_name, created_at, app_version) "
                                   "VALUES (?,?,?,?,?,?)");
        if (!node)
            return node.error();
        node->bindAll(nodeId, setup.nodeName.trimmed(), setup.districtCode.trimmed(), setup.districtName.trimmed(), nowIso(),
            QStringLiteral(GRIDSENTINEL_VERSION));
        if (auto s = node->run(); !s)
            return s;
        RecordWriter writer({ **db, clock, nodeId, userId });
        auto user = writer.insert(QStringLiteral("users"),
            { { QStringLiteral("id"), userId }, { QStringLiteral("username"), setup.adminUserName.trimmed() },
                { QStringLiteral("display_name"),
                    setup.adminDisplayName.trimmed().isEmpty() ? setup.adminUserName.trimmed() : setup.adminDisplayName.trimmed() },
                { QStringLiteral("role"), roleKey(Role::Supervisor) }, { QStringLiteral("created_at"), nowIso() } });
        if (!user)
            return user.error();
        return tx.commit();
    }();
    if (written && Database::hasPlaintextHeader(setup.databasePath))
        written = makeError(Error::Code::NotEncrypted, tr("The database was written without encryption; it has been removed."));
    if (!written) {
        db->reset();
        removeAll();
        return written.error();
    }

    const QString recoveryCode = KeyRing::generateRecoveryCode();
    KeyRing ring(nodeId);
    Status slots = ring.setUserSlot(setup.adminUserName, setup.adminPassword, master, setup.kdf);
    if (slots)
        slots = ring.setRecoverySlot(recoveryCode, master, setup.kdf);
    if (slots)
        slots = ring.save(KeyRing::sidecarPath(setup.databasePath), master);
    if (!slots) {
        db->reset();
        removeAll();
        QFile::remove(KeyRing::sidecarPath(setup.databasePath));
        return slots.error();
    }
    auto node = loadNode(**db);
    if (!node)
        return node.error();
    auto admin = loadUser(**db, setup.adminUserName);
    if (!admin || !*admin)
        return makeError(Error::Code::DatabaseDamaged, tr("The first account could not be read back."));
    std::unique_ptr<Session> session(new Session(setup.databasePath, std::move(*db), std::move(master), *node, **admin, false));
    session->setKdfParams(setup.kdf);
    return CreatedNode { std::move(session), recoveryCode };
}

Result<std::unique_ptr<Session>> Vault::unlock(const QString& databasePath, const QString& userName, const QString& password)
{
    if (!QFileInfo::exists(databasePath))
        return makeError(Error::Code::NotFound, tr("There is no database at %1.").arg(databasePath));
    auto ring = KeyRing::load(KeyRing::sidecarPath(databasePath));
    if (!ring) {
        if (ring.error().code == Error::Code::NotFound)
            return makeError(Error::Code::KeyFileDamaged,
                tr("The key file %1 beside the database is missing. Restore it from a backup.")
                    .arg(QFileInfo(KeyRing::sidecarPath(databasePath)).fileName()));
        return ring.error();
    }
    auto key = ring->unlockUser(userName, password);
    if (!key)
        return key.error();
    auto db = openVerified(databasePath, *key);
    if (!db)
        return db.error();
    auto node = loadNode(**db);
    if (!node)
        return node.error();
    if (node->id != ring->nodeId())
        return makeError(Error::Code::KeyFileDamaged, tr("The key file belongs to another node."));
    auto user = loadUser(**db, userName);
    if (!user)
        return user.error();
    if (!*user)
        return wrongCredentials();
    if (!(*user)->active)
        return makeError(Error::Code::AccountDisabled, tr("This account has been disabled. Ask your district office."));
    return std::unique_ptr<Session>(new Session(databasePath, std::move(*db), std::move(*key), *node, **user, false));
}

Result<std::unique_ptr<Session>> Vault::unlockWithRecovery(const QString& databasePath, const QString& recoveryCode)
{
    auto ring = KeyRing::load(KeyRing::sidecarPath(databasePath));
    if (!ring)
        return ring.error();
    auto key = ring->unlockRecovery(recoveryCode);
    if (!key)
        return key.error();
    auto db = openVerified(databasePath, *key);
    if (!db)
        return db.error();
    auto node = loadNode(**db);
    if (!node)
        return node.error();
    User recovery { QString(), QStringLiteral("recovery"), tr("Recovery"), Role::Admin, QString(), true };
    return std::unique_ptr<Session>(new Session(databasePath, std::move(*db), std::move(*key), *node, recovery, true));
}

int LoginThrottle::delaySeconds() const
{
    if (m_failures < 3)
        return 0;
    return std::min(60, 1 << std::min(m_failures - 2, 6));
}

} // namespace gs
