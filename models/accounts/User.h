// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/Role.h"

#include <QString>

namespace gs {

struct User
{
    QString id;
    QString userName;
    QString displayName;
    Role role = Role::Sentinel;
    QString personId; ///< the sentinel/volunteer profile this account belongs to, if any
    bool active = true;
};

struct NodeInfo
{
    QString id;
    QString name;
    QString districtCode;
    QString districtName;
    QString createdAt;
};

/// Password rules, checked wherever a password is set. Returns a translated message, empty if fine.
QString passwordProblem(const QString& password, const QString& userName);
/// User names: 3–32 characters of letters, digits, '.', '_' or '-'. Returns a translated message, empty if fine.
QString userNameProblem(const QString& userName);

} // namespace gs
