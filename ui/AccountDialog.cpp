// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AccountDialog.h"

#include "Async.h"
#include "FormHelpers.h"
#include "accounts/AccountService.h"
#include "accounts/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

AccountDialog::AccountDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Add account"));

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setMaxLength(32);
    m_userMessage = makeMessageLabel(this);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(64);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : allRoles()) {
        if (canManageRole(session.user().role, role))
            m_role->addItem(roleDisplayName(role), roleKey(role));
    }
    m_password = makePasswordEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordMessage = makeMessageLabel(this);
    m_repeat = makePasswordEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeatMessage = makeMessageLabel(this);

    auto* form = new QFormLayout;
    addFieldRow(form, tr("&User name:"), m_userName, m_userMessage);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("R&ole:"), m_role);
    addFieldRow(form, tr("&Password:"), m_password, m_passwordMessage);
    addFieldRow(form, tr("R&epeat password:"), m_repeat, m_repeatMessage);

    m_error = makeMessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy = makeBusyBar(this);

    auto* buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add account"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_add, &QPushButton::clicked, this, &AccountDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &AccountDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    for (QLineEdit* edit : { m_userName, m_password, m_repeat })
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    validate();
}

AccountDialog::~AccountDialog()
{
    QString a = takePassword(m_password);
    QString b = takePassword(m_repeat);
    secureWipe(a);
    secureWipe(b);
}

bool AccountDialog::isBusy() const { return !m_busy->isHidden(); }

void AccountDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void AccountDialog::validate()
{
    const QString user = m_userName->text().trimmed();
    const QString userProblem = userNameProblem(user);
    const QString passwordProblemText = passwordProblem(m_password->text(), user);
    const bool repeatOk = m_repeat->text() == m_password->text();
    showError(m_userMessage, user.isEmpty() ? QString() : userProblem);
    showError(m_passwordMessage, m_password->text().isEmpty() ? QString() : passwordProblemText);
    showError(m_repeatMessage, m_repeat->text().isEmpty() || repeatOk ? QString() : tr("The two passwords differ."));
    showError(m_error, QString());
    m_add->setEnabled(!isBusy() && m_role->count() > 0 && userProblem.isEmpty() && passwordProblemText.isEmpty() && repeatOk);
}

void AccountDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*> { m_userName, m_displayName, m_role, m_password, m_repeat, m_cancel })
        w->setEnabled(!busy);
    if (busy)
        m_add->setEnabled(false);
    else
        validate();
}

void AccountDialog::submit()
{
    if (!m_add->isEnabled())
        return;
    AccountService::NewUser user;
    user.userName = m_userName->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Sentinel);
    user.password = m_password->text();
    setBusy(true);
    Session* session = &m_session;
    runAsync(
        this,
        [session, user]() mutable {
            auto added = AccountService(*session).addUser(user);
            secureWipe(user.password);
            return added;
        },
        [this](Result<User> added) {
            setBusy(false);
            if (!added) {
                const Error& e = added.error();
                QLabel* target = e.field == QStringLiteral("user") ? m_userMessage
                    : e.field == QStringLiteral("password")        ? m_passwordMessage
                                                                   : m_error;
                showError(target, e.message);
                return;
            }
            Q_EMIT accountAdded(added->userName);
            accept();
        });
    secureWipe(user.password);
}

} // namespace gs
