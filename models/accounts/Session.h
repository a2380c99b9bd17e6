// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "User.h"
#include "core/Clock.h"
#include "core/Hlc.h"
#include "core/Result.h"
#include "crypto/KeyRing.h"
#include "crypto/SecureBytes.h"
#include "store/RecordWriter.h"

#include <functional>
#include <memory>
#include <optional>

namespace gs {

class Database;

/// An unlocked node: the open database, the master key, the signed-in user. Destroying the session
/// (lock, quit) closes the database and wipes the key. Built only by Vault.
class Session
{
public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Database& db() { return *m_db; }
    const User& user() const { return m_user; }
    const NodeInfo& node() const { return m_node; }
    const QString& databasePath() const { return m_path; }
    Hlc& clock() { return m_clock; }
    /// The time this session stamps its writes with: the system clock, except while the demo builder replays.
    QDateTime now() const { return m_time->now(); }
    WriteContext writeContext() { return WriteContext { *m_db, m_clock, m_node.id, m_user.id }; }
    /// True when opened with the recovery code rather than a user's password.
    bool isRecovery() const { return m_recovery; }

    bool can(Permission permission) const { return roleHas(m_user.role, permission); }
    /// PermissionDenied with a translated message unless the user may do it.
    Status require(Permission permission) const;

    /// Loads the key file, lets `change` edit it with the master key at hand, saves it atomically.
    Status updateKeyRing(const std::function<Status(KeyRing&, const SecureBytes& masterKey)>& change);
    /// KDF cost for new slots (tests lower it; production keeps the default).
    const crypto::ScryptParams& kdfParams() const { return m_kdf; }
    void setKdfParams(const crypto::ScryptParams& params) { m_kdf = params; }

    /// Replaying a district's past through the real services, for the demo node. Only DemoBuilder can make a
    /// key, so no production path (app, command line, import) can backdate a write or act in another's name.
    /// While a replay runs the session stamps with the replay clock and writes as the account given to
    /// actAs(); endReplay() brings back the system clock and the signed-in user.
    class ReplayKey
    {
        friend class DemoBuilder;
        ReplayKey() = default;
    };
    void beginReplay(ReplayKey, const Clock& clock);
    /// Acts as the (active) account `userId` of this node until the next actAs() or endReplay().
    Status actAs(ReplayKey, const QString& userId);
    void endReplay(ReplayKey);

private:
    friend class Vault;
    Session(QString path, std::unique_ptr<Database> db, SecureBytes key, NodeInfo node, User user, bool recovery);

    QString m_path;
    std::unique_ptr<Database> m_db;
    SecureBytes m_key;
    NodeInfo m_node;
    User m_user;
    const Clock* m_time = &Clock::system();
    Hlc m_clock;
    std::optional<User> m_signedIn; ///< the session's own user while a replay acts as others
    bool m_recovery = false;
    crypto::ScryptParams m_kdf;
};

/// Opens, creates and recovers nodes: the only place that turns a password into an open database.
class Vault
{
public:
    struct NodeSetup
    {
        QString databasePath;
        QString nodeName;
        QString districtCode;
        QString districtName;
        QString adminUserName;
        QString adminDisplayName;
        QString adminPassword;
        crypto::ScryptParams kdf;
    };
    struct CreatedNode
    {
        std::unique_ptr<Session> session;
        QString recoveryCode; ///< shown once, never stored in clear
    };

    static bool exists(const QString& databasePath);
    /// Creates database and key file; the first account is a supervisor. Nothing is left behind on failure.
    static Result<CreatedNode> createNode(const NodeSetup& setup);
    /// The same, for the demo builder: everything is stamped with `clock`, and the session is returned with its
    /// replay begun (Session::beginReplay).
    static Result<CreatedNode> createNode(const NodeSetup& setup, Session::ReplayKey key, const Clock& clock);
    /// Unlocks with a user's password. Wrong name or password: one generic WrongCredentials error and no
    /// byte of the database or key file changes.
    static Result<std::unique_ptr<Session>> unlock(const QString& databasePath, const QString& userName, const QString& password);
    /// Unlocks with the recovery code; the session may only manage accounts (reset a forgotten password).
    static Result<std::unique_ptr<Session>> unlockWithRecovery(const QString& databasePath, const QString& recoveryCode);

private:
    static Result<CreatedNode> createNodeAt(const NodeSetup& setup, const Clock& clock);
    static Result<std::unique_ptr<Database>> openVerified(const QString& databasePath, const SecureBytes& key);
};

/// Growing delay after failed sign-ins (in memory: a wrong password must not write to disk).
class LoginThrottle
{
public:
    void recordFailure() { ++m_failures; }
    void recordSuccess() { m_failures = 0; }
    int failures() const { return m_failures; }
    /// 0 for the first three failures, then 2, 4, 8... seconds, capped at 60.
    int delaySeconds() const;

private:
    int m_failures = 0;
};

} // namespace gs
