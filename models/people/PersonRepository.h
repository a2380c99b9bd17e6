// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/User.h"
#include "core/Result.h"
#include "people/Person.h"
#include "workflow/AuditLog.h"

#include <optional>

namespace gs {

class DistrictChanges;
class Session;

struct PersonFilter
{
    std::optional<PersonKind> kind;
    QString text; ///< part of the name, phone, institution, branch, community or grid
    QString communityId;
    bool includeInactive = false;
};

/// Sentinels and volunteers. Listing, editing and linking need ManagePairings (the district office and node
/// administrators); linking a local account also needs ManageUsers. Every write is one transaction (row, grid
/// links, change log, audit event). People are never deleted: deactivating keeps them, their pairing history
/// and the leads they filed.
class PersonRepository
{
public:
    explicit PersonRepository(Session& session, DistrictChanges* changes = nullptr);

    Result<QList<Person>> list(const PersonFilter& filter = {});
    /// Anyone may load their own person; others need ManagePairings.
    Result<Person> load(const QString& id);
    /// An active person of that kind with this phone (digits compared), if any.
    Result<std::optional<Person>> findByPhone(PersonKind kind, const QString& phone);

    /// Creates (empty id) or updates a person. InvalidInput with every field problem in Error::fields.
    Result<Person> save(Person person);
    /// Deactivates (reason required; refused while they hold active pairings) or reactivates.
    Status setActive(const QString& id, bool active, const QString& reason = {});
    /// Links the person to a local account of the matching role (empty: unlinks). Needs ManageUsers too.
    Status linkAccount(const QString& personId, const QString& userId);
    /// Active accounts that could be linked to a person of this kind (sentinel or volunteer role).
    Result<QList<User>> linkableAccounts(PersonKind kind);
    Result<QList<AuditEvent>> history(const QString& id);

private:
    Result<QList<Person>> query(const QString& where, const QVariantList& values);
    void notify(const QStringList& ids);

    Session& m_session;
    DistrictChanges* m_changes;
};

} // namespace gs
