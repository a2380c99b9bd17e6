// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace gs {

class AccountsModel;
class Prompter;
class Session;
struct User;

/// The Accounts section of the settings page (only for users with ManageUsers): the list of accounts
/// and Add / Reset password / Disable-Enable, all through AccountService.
class AccountsPanel : public QGroupBox
{
    Q_OBJECT

public:
    AccountsPanel(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    AccountsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool isBusy() const;
    void reload();

private:
    const User* selectedUser() const;
    void updateButtons();
    void addAccount();
    void resetPassword();
    void toggleActive();
    void setBusy(bool busy);

    Session& m_session;
    Prompter& m_prompter;
    AccountsModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QLabel* m_message;
    QProgressBar* m_busy;
};

} // namespace gs
