// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gs {

enum class Role {
    Sentinel, ///< 地方防非前哨员: patrols grids, files leads
    Volunteer, ///< 金融防非志愿者: triages leads of paired sentinels, watches accounts
    Supervisor, ///< 区打非办: reviews, refers, manages people and accounts
    Admin, ///< node administrator: accounts, structure and settings, no case content
};

/// What an account may do. Checked in models/ before every write; the UI only mirrors it.
enum class Permission {
    FileLeads,
    TriageLeads,
    ReviewCases,
    ViewAllLeads,
    ViewInformantIdentity,
    ViewFullIdNumbers,
    ManageUsers,
    ManageStructure,
    ManagePairings,
    ManageNodeSettings,
    ViewStatistics,
};

bool roleHas(Role role, Permission permission);
/// Whether `actor` may create or edit accounts of role `target`: supervisors any, admins all but supervisors.
bool canManageRole(Role actor, Role target);

QString roleKey(Role role); ///< stable key stored in the database ("sentinel"...)
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role); ///< translated
QList<Role> allRoles();

} // namespace gs
