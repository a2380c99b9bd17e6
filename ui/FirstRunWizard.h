// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "crypto/Crypto.h"

#include <QWizard>

#include <memory>

namespace gs {

class Session;
class NodePage;
class FirstAccountPage;
class RecoveryCodePage;

/// First start on a machine: names the node, creates the first supervisor account and the encrypted
/// database (off the GUI thread), then shows the recovery code once. Accepted only after the user
/// confirms the code is written down; the open session is then handed over with takeSession().
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NodePageId, AccountPageId, RecoveryPageId };

    FirstRunWizard(QString databasePath, crypto::ScryptParams kdf, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    /// The session of the node just created (null before creation or after it was taken).
    std::unique_ptr<Session> takeSession();
    bool nodeCreated() const;
    bool isCreating() const;
    /// The recovery code (for tests; the user sees it on the last page).
    QString recoveryCode() const;

    void reject() override;

private:
    NodePage* m_nodePage;
    FirstAccountPage* m_accountPage;
    RecoveryCodePage* m_recoveryPage;
};

} // namespace gs
