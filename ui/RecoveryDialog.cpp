// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "RecoveryDialog.h"

#include "Async.h"
#include "FormHelpers.h"
#include "accounts/AccountService.h"
#include "accounts/Session.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

RecoveryDialog::RecoveryDialog(QString databasePath, crypto::ScryptParams kdf, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_kdf(kdf)
{
    setWindowTitle(tr("Reset a forgotten password"));

    auto* intro = new QLabel(tr("Enter the recovery code written down when this node was set up, the account "
                                "whose password was forgotten, and a new password for it."),
        this);
    intro->setWordWrap(true);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_password = makePasswordEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat = makePasswordEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);

    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_busy = makeBusyBar(this);

    auto* buttons = new QDialogButtonBox(this);
    m_reset = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_reset, &QPushButton::clicked, this, &RecoveryDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &RecoveryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    for (QLineEdit* edit : { m_code, m_userName, m_password, m_repeat })
        connect(edit, &QLineEdit::textChanged, this, &RecoveryDialog::validate);
    validate();
}

RecoveryDialog::~RecoveryDialog()
{
    QString a = takePassword(m_password);
    QString b = takePassword(m_repeat);
    QString c = takePassword(m_code);
    secureWipe(a);
    secureWipe(b);
    secureWipe(c);
}

bool RecoveryDialog::isBusy() const { return !m_busy->isHidden(); }

void RecoveryDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void RecoveryDialog::validate()
{
    const QString user = m_userName->text().trimmed();
    QString problem;
    if (!user.isEmpty())
        problem = userNameProblem(user);
    if (problem.isEmpty() && !m_password->text().isEmpty())
        problem = passwordProblem(m_password->text(), user);
    if (problem.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    showError(m_message, problem);
    const bool filled = !m_code->text().trimmed().isEmpty() && !user.isEmpty() && !m_password->text().isEmpty()
        && m_repeat->text() == m_password->text();
    m_reset->setEnabled(problem.isEmpty() && filled && !isBusy());
}

void RecoveryDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*> { m_code, m_userName, m_password, m_repeat, m_cancel })
        w->setEnabled(!busy);
    if (busy)
        m_reset->setEnabled(false);
    else
        validate();
}

void RecoveryDialog::submit()
{
    if (!m_reset->isEnabled())
        return;
    const QString userName = m_userName->text().trimmed();
    QString code = m_code->text();
    QString password = takePassword(m_password);
    QString repeat = takePassword(m_repeat);
    secureWipe(repeat);
    setBusy(true);
    runAsync(
        this,
        [path = m_databasePath, kdf = m_kdf, code, userName, password]() mutable -> Status {
            auto session = Vault::unlockWithRecovery(path, code);
            secureWipe(code);
            if (!session) {
                secureWipe(password);
                return session.error();
            }
            (*session)->setKdfParams(kdf);
            Status reset = AccountService(**session).resetPassword(userName, password);
            secureWipe(password);
            return reset; // the recovery session closes here
        },
        [this, userName](Status reset) {
            setBusy(false);
            if (!reset) {
                showError(m_message, reset.error().message);
                return;
            }
            QString c = takePassword(m_code);
            secureWipe(c);
            Q_EMIT passwordReset(userName);
            accept();
        });
    secureWipe(code);
    secureWipe(password);
}

} // namespace gs
