// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AccountsPanel.h"

#include "AccountDialog.h"
#include "AccountsModel.h"
#include "Async.h"
#include "FormHelpers.h"
#include "PasswordDialog.h"
#include "Prompter.h"
#include "accounts/AccountService.h"
#include "accounts/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace gs {

AccountsPanel::AccountsPanel(Session& session, Prompter& prompter, QWidget* parent)
    : QGroupBox(tr("Accounts"), parent), m_session(session), m_prompter(prompter), m_model(new AccountsModel(this))
{
    setObjectName(QStringLiteral("accountsPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountsModel::DisplayName, QHeaderView::Stretch);
    header->setMinimumSectionSize(96);
    m_view->setMinimumHeight(160);

    m_add = new QPushButton(tr("&Add account…"), this);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));
    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_busy = makeBusyBar(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);

    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::addAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPanel::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsPanel::toggleActive);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPanel::updateButtons);
    reload();
}

bool AccountsPanel::isBusy() const { return !m_busy->isHidden(); }

void AccountsPanel::reload()
{
    const QString selected = selectedUser() ? selectedUser()->userName : QString();
    auto users = AccountService(m_session).users();
    if (!users) {
        showError(m_message, users.error().message);
        return;
    }
    m_model->setUsers(std::move(*users));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(row);
}

const User* AccountsPanel::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->userAt(rows.first().row());
}

void AccountsPanel::updateButtons()
{
    const User* user = selectedUser();
    const bool manageable = user && canManageRole(m_session.user().role, user->role) && !isBusy();
    const bool self = user && user->id == m_session.user().id;
    m_add->setEnabled(!isBusy());
    m_reset->setEnabled(manageable && user->active && !self);
    m_toggle->setEnabled(manageable && !self);
    m_toggle->setText(user && !user->active ? tr("&Enable…") : tr("&Disable"));
    m_reset->setToolTip(self ? tr("Change your own password above.") : QString());
}

void AccountsPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_view->setEnabled(!busy);
    updateButtons();
}

void AccountsPanel::addAccount()
{
    auto* dialog = new AccountDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::accountAdded, this, [this](const QString& userName) {
        reload();
        if (const int row = m_model->rowOf(userName); row >= 0)
            m_view->selectRow(row);
        showNote(m_message, tr("The account %1 has been added. Its owner can sign in now.").arg(userName));
    });
    dialog->open();
}

void AccountsPanel::resetPassword()
{
    const User* user = selectedUser();
    if (!user)
        return;
    const QString userName = user->userName;
    auto* dialog = new PasswordDialog(tr("Reset password"),
        tr("Set a new password for %1 (%2). Tell it to them in person.").arg(user->displayName, userName), userName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userName] {
        QString password = dialog->takePassword();
        setBusy(true);
        Session* session = &m_session;
        runAsync(
            this,
            [session, userName, password]() mutable {
                Status s = AccountService(*session).resetPassword(userName, password);
                secureWipe(password);
                return s;
            },
            [this, userName](Status s) {
                setBusy(false);
                if (s)
                    showNote(m_message, tr("The password of %1 has been reset.").arg(userName));
                else
                    showError(m_message, s.error().message);
            });
        secureWipe(password);
    });
    dialog->open();
}

void AccountsPanel::toggleActive()
{
    const User* user = selectedUser();
    if (!user)
        return;
    const QString userName = user->userName;
    auto run = [this, userName](bool active, QString password) {
        setBusy(true);
        Session* session = &m_session;
        runAsync(
            this,
            [session, userName, active, password]() mutable {
                Status s = AccountService(*session).setActive(userName, active, password);
                secureWipe(password);
                return s;
            },
            [this, userName, active](Status s) {
                setBusy(false);
                if (!s) {
                    showError(m_message, s.error().message);
                    return;
                }
                reload();
                showNote(m_message, active ? tr("The account %1 is enabled again.").arg(userName)
                                           : tr("The account %1 is disabled; its password no longer opens this node.").arg(userName));
            });
        secureWipe(password);
    };

    if (user->active) {
        QPointer<AccountsPanel> self(this);
        const auto answer = m_prompter.question(this, tr("Disable account"),
            tr("Disable the account %1? Its password will no longer open this node. You can enable it again later "
               "with a new password.")
                .arg(userName));
        if (!self || answer != QMessageBox::Yes)
            return; // a lock may have closed the window while the question was open
        run(false, QString());
        return;
    }
    auto* dialog = new PasswordDialog(tr("Enable account"),
        tr("Enabling %1 needs a new password: the old one was removed when the account was disabled.").arg(userName),
        userName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, run] { run(true, dialog->takePassword()); });
    dialog->open();
}

} // namespace gs
