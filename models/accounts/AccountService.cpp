// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AccountService.h"

#include "Session.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace gs {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::AccountService", text); }

User readUser(const Statement& s)
{
    return User { s.text(0), s.text(1), s.text(2), roleFromKey(s.text(3)).value_or(Role::Sentinel), s.text(4), s.int64(5) != 0 };
}

} // namespace

Result<QList<User>> AccountService::users() const
{
    if (auto s = m_session.require(Permission::ManageUsers); !s)
        return s.error();
    auto stmt = m_session.db().prepare("SELECT id, username, display_name, role, person_id, active FROM users "
                                       "WHERE deleted = 0 ORDER BY username COLLATE NOCASE");
    if (!stmt)
        return stmt.error();
    QList<User> out;
    if (auto read = stmt->forEachRow([&](const Statement& row) { out.append(readUser(row)); }); !read)
        return read.error();
    return out;
}

Result<User> AccountService::findUser(const QString& userName) const
{
    auto stmt = m_session.db().prepare("SELECT id, username, display_name, role, person_id, active FROM users "
                                       "WHERE username = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, userName.trimmed());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row != Statement::StepResult::Row)
        return makeError(Error::Code::NotFound, tr("There is no account named %1.").arg(userName), QStringLiteral("user"));
    return readUser(*stmt);
}

Result<User> AccountService::addUser(const NewUser& u)
{
    if (auto s = m_session.require(Permission::ManageUsers); !s)
        return s.error();
    if (!canManageRole(m_session.user().role, u.role))
        return makeError(Error::Code::PermissionDenied, tr("Only a district supervisor may create supervisor accounts."),
            QStringLiteral("role"));
    if (QString p = userNameProblem(u.userName.trimmed()); !p.isEmpty())
        return makeError(Error::Code::InvalidInput, p, QStringLiteral("user"));
    if (QString p = passwordProblem(u.password, u.userName); !p.isEmpty())
        return makeError(Error::Code::InvalidInput, p, QStringLiteral("password"));
    if (findUser(u.userName).ok())
        return makeError(Error::Code::AlreadyExists, tr("An account named %1 already exists.").arg(u.userName.trimmed()),
            QStringLiteral("user"));

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(m_session.writeContext());
    QVariantMap fields { { QStringLiteral("username"), u.userName.trimmed() },
        { QStringLiteral("display_name"), u.displayName.trimmed().isEmpty() ? u.userName.trimmed() : u.displayName.trimmed() },
        { QStringLiteral("role"), roleKey(u.role) }, { QStringLiteral("created_at"), toIso(m_session.now()) } };
    if (!u.personId.isEmpty())
        fields.insert(QStringLiteral("person_id"), u.personId);
    auto id = writer.insert(QStringLiteral("users"), fields);
    if (!id)
        return id.error();
    // Key slot before COMMIT: if the slot cannot be written the row rolls back; if COMMIT then fails,
    // the orphan slot opens nothing (no such account) and is removed.
    if (auto s = m_session.updateKeyRing([&](KeyRing& ring, const SecureBytes& key) {
            return ring.setUserSlot(u.userName, u.password, key, m_session.kdfParams());
        });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s) {
        (void)m_session.updateKeyRing([&](KeyRing& ring, const SecureBytes&) { return ring.removeUserSlot(u.userName); });
        return s.error();
    }
    return findUser(u.userName);
}

Status AccountService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    if (m_session.isRecovery())
        return makeError(Error::Code::PermissionDenied, tr("A recovery session has no password of its own."));
    const QString userName = m_session.user().userName;
    if (QString p = passwordProblem(newPassword, userName); !p.isEmpty())
        return makeError(Error::Code::InvalidInput, p, QStringLiteral("newPassword"));
    return m_session.updateKeyRing([&](KeyRing& ring, const SecureBytes& key) -> Status {
        // Prove the current password against this user's own slot before replacing it.
        if (auto proven = ring.unlockUser(userName, currentPassword); !proven)
            return makeError(Error::Code::WrongCredentials, tr("The current password is wrong."), QStringLiteral("currentPassword"));
        return ring.setUserSlot(userName, newPassword, key, m_session.kdfParams());
    });
}

Status AccountService::resetPassword(const QString& userName, const QString& newPassword)
{
    if (auto s = m_session.require(Permission::ManageUsers); !s)
        return s;
    auto user = findUser(userName);
    if (!user)
        return user.error();
    if (!canManageRole(m_session.user().role, user->role) && !m_session.isRecovery())
        return makeError(Error::Code::PermissionDenied, tr("Only a district supervisor may reset a supervisor's password."));
    if (QString p = passwordProblem(newPassword, user->userName); !p.isEmpty())
        return makeError(Error::Code::InvalidInput, p, QStringLiteral("password"));
    if (!user->active)
        return makeError(Error::Code::AccountDisabled, tr("The account %1 is disabled; enable it first.").arg(user->userName));
    return m_session.updateKeyRing([&](KeyRing& ring, const SecureBytes& key) {
        return ring.setUserSlot(user->userName, newPassword, key, m_session.kdfParams());
    });
}

Status AccountService::setActive(const QString& userName, bool active, const QString& newPasswordIfEnabling)
{
    if (auto s = m_session.require(Permission::ManageUsers); !s)
        return s;
    auto user = findUser(userName);
    if (!user)
        return user.error();
    if (!canManageRole(m_session.user().role, user->role))
        return makeError(Error::Code::PermissionDenied, tr("Only a district supervisor may change a supervisor account."));
    if (user->id == m_session.user().id && !active)
        return makeError(Error::Code::InvalidInput, tr("You cannot disable your own account."));
    if (active && passwordProblem(newPasswordIfEnabling, user->userName).size())
        return makeError(Error::Code::InvalidInput, passwordProblem(newPasswordIfEnabling, user->userName), QStringLiteral("password"));

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    if (auto s = RecordWriter(m_session.writeContext()).update(QStringLiteral("users"), user->id, { { QStringLiteral("active"), active ? 1 : 0 } }); !s)
        return s;
    if (auto s = m_session.updateKeyRing([&](KeyRing& ring, const SecureBytes& key) -> Status {
            if (active)
                return ring.setUserSlot(user->userName, newPasswordIfEnabling, key, m_session.kdfParams());
            return ring.hasUser(user->userName) ? ring.removeUserSlot(user->userName) : Status();
        });
        !s)
        return s;
    return tx.commit();
}

} // namespace gs
