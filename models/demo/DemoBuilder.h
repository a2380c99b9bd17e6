// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "crypto/Crypto.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gs {

class Session;

/// Builds a demo node for Guangzhou 天河区 from resources/demo/tianhe.json (real streets and communities,
/// synthetic grids, people and pairings; see docs/data-sources.md) with one account of every role.
class DemoBuilder
{
public:
    struct Account
    {
        QString userName;
        QString password;
        QString role;
        QString displayName;
    };
    struct Summary
    {
        QList<Account> accounts;
        QString recoveryCode;
        int streets = 0, communities = 0, grids = 0, people = 0, pairings = 0;
    };

    /// Creates `databasePath` (must not exist) and fills it. Nothing is left behind on failure.
    static Result<Summary> create(const QString& databasePath, const crypto::ScryptParams& kdf = {});
    /// Loads the embedded demo district description.
    static Result<QJsonObject> loadDistrict();
    /// Inserts the structure, people and pairings of `district` in one transaction.
    static Result<Summary> importDistrict(Session& session, const QJsonObject& district);
};

} // namespace gs
