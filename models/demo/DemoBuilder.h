// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/Session.h"
#include "core/Result.h"
#include "crypto/Crypto.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace gs {

class ManualClock;

/// Builds a demo node for Guangzhou 天河区 from resources/demo/tianhe.json (real streets and communities,
/// synthetic grids, people and pairings; see docs/data-sources.md) with one account of every role, and gives it
/// a past: the last ~90 days of leads and cases of a district office, filed and moved through the real
/// LeadRepository and CaseWorkflow by the accounts who would have done it (demo::History).
class DemoBuilder
{
public:
    static constexpr quint64 kDefaultSeed = 20260101;

    struct Account
    {
        QString userName;
        QString password;
        QString role;
        QString displayName;
    };
    struct Options
    {
        crypto::ScryptParams kdf;
        quint64 seed = kDefaultSeed; ///< the same seed and `now` give the same district history
        QDateTime now; ///< the moment the history leads up to; invalid: the current time
        int leads = 360; ///< 0: structure, people and accounts only
    };
    struct Summary
    {
        QList<Account> accounts; ///< the accounts with a password (one per role)
        QString recoveryCode;
        int streets = 0, communities = 0, grids = 0, people = 0, pairings = 0;
        int users = 0; ///< every account, with a password on this node or not
        int leads = 0, drafts = 0, evidenceFiles = 0, linkedDuplicates = 0, overdue = 0, dueSoon = 0;
        qint64 auditEvents = 0;
        QMap<QString, int> statuses; ///< status key → leads
    };

    /// Creates `databasePath` (must not exist) and fills it. Nothing is left behind on failure.
    static Result<Summary> create(const QString& databasePath, const crypto::ScryptParams& kdf = {});
    static Result<Summary> create(const QString& databasePath, const Options& options);
    /// Loads the embedded demo district description.
    static Result<QJsonObject> loadDistrict();
    /// Inserts the structure, people and pairings of `district` in one transaction.
    static Result<Summary> importDistrict(Session& session, const QJsonObject& district);

private:
    static Result<Summary> importDistrict(
        Session& session, const QJsonObject& district, QHash<QString, QString>* personIds);
    /// Structure, accounts and history, in one transaction.
    static Result<Summary> populate(Session& session, Session::ReplayKey replay, ManualClock& clock,
        const QJsonObject& district, const Options& options, const QDateTime& now);
};

} // namespace gs
