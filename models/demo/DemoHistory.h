// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/Session.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <memory>

namespace gs {
class ManualClock;
}

namespace gs::demo {

/// The demo district's last ~90 days. A few hundred leads are filed by its sentinels (on their own grids),
/// by the district office (reports from the public) and by volunteers' branches, then taken through the real
/// LeadRepository and CaseWorkflow by the accounts who would have made each move, at the times they would
/// have made them: the session's replay clock is moved from step to step, so every stamp, deadline and audit
/// event reads as if the district had lived it, and the audit chain is the real one. The final states are a
/// realistic mix (see plan below), with deadlines overdue, due soon and on track relative to `now`.
///
/// Runs inside the caller's transaction (every save and move becomes a savepoint).
class History
{
public:
    struct Options
    {
        quint64 seed = 0;
        QDateTime now; ///< the moment the history leads up to
        int leads = 360;
    };
    /// The node's accounts: the two supervisors, the demo sentinel and volunteer, and the account of every
    /// person (sentinels and volunteers).
    struct Accounts
    {
        QString supervisor;
        QString secondSupervisor;
        QString demoSentinel;
        QString demoVolunteer;
        QHash<QString, QString> userOfPerson; ///< person id → user id
    };
    struct Outcome
    {
        int leads = 0; ///< drafts included
        int drafts = 0;
        int evidenceFiles = 0;
        int linkedDuplicates = 0;
        int overdue = 0;
        int dueSoon = 0;
        QMap<QString, int> statuses; ///< status key → leads
    };

    History(Session& session, Session::ReplayKey key, ManualClock& clock, Options options, Accounts accounts);
    ~History();
    History(const History&) = delete;
    History& operator=(const History&) = delete;

    Result<Outcome> build();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace gs::demo
