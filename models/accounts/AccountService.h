// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "User.h"
#include "core/Result.h"

#include <QList>

namespace gs {

class Session;

/// Accounts of a node: list, add, disable, change and reset passwords. Every call checks the
/// session's permissions; a new account's database row and key slot land together.
class AccountService
{
public:
    explicit AccountService(Session& session) : m_session(session) { }

    struct NewUser
    {
        QString userName;
        QString displayName;
        Role role = Role::Sentinel;
        QString password;
        QString personId;
    };

    Result<QList<User>> users() const;
    Result<User> addUser(const NewUser& user);
    Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);
    /// For supervisors/admins and recovery sessions: sets a new password for a forgotten one.
    Status resetPassword(const QString& userName, const QString& newPassword);
    /// Disabling also removes the account's key slot, so its password no longer opens the node.
    Status setActive(const QString& userName, bool active, const QString& newPasswordIfEnabling = {});

private:
    Result<User> findUser(const QString& userName) const;
    Session& m_session;
};

} // namespace gs
