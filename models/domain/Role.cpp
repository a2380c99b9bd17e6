// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Role.h"

#include <QCoreApplication>

namespace gs {

bool roleHas(Role role, Permission p)
{
    switch (role) {
    case Role::Sentinel:
        return p == Permission::FileLeads;
    case Role::Volunteer:
        return p == Permission::FileLeads || p == Permission::TriageLeads;
    case Role::Supervisor:
        return true; // the district office: every permission
    case Role::Admin:
        return p == Permission::ManageUsers || p == Permission::ManageStructure || p == Permission::ManagePairings
            || p == Permission::ManageNodeSettings || p == Permission::ViewStatistics;
    }
    return false;
}

bool canManageRole(Role actor, Role target)
{
    if (!roleHas(actor, Permission::ManageUsers))
        return false;
    // An administrator sees no case content, so it must not be able to mint an account that does.
    return actor == Role::Supervisor || target != Role::Supervisor;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Sentinel:
        return QStringLiteral("sentinel");
    case Role::Volunteer:
        return QStringLiteral("volunteer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Sentinel:
        return QCoreApplication::translate("gs::Role", "Grid sentinel");
    case Role::Volunteer:
        return QCoreApplication::translate("gs::Role", "Finance volunteer");
    case Role::Supervisor:
        return QCoreApplication::translate("gs::Role", "District supervisor");
    case Role::Admin:
        return QCoreApplication::translate("gs::Role", "Node administrator");
    }
    return {};
}

QList<Role> allRoles() { return { Role::Sentinel, Role::Volunteer, Role::Supervisor, Role::Admin }; }

} // namespace gs
