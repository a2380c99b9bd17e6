// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PasswordDialog.h"

#include "FormHelpers.h"
#include "accounts/User.h"
#include "crypto/SecureBytes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

PasswordDialog::PasswordDialog(const QString& title, const QString& explanation, QString userName, QWidget* parent)
    : QDialog(parent), m_userName(std::move(userName))
{
    setWindowTitle(title);
    auto* intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    m_password = makePasswordEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat = makePasswordEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_message = makeMessageLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    validate();
}

PasswordDialog::~PasswordDialog()
{
    QString pw = takePassword();
    secureWipe(pw);
}

QString PasswordDialog::takePassword()
{
    QString repeat = gs::takePassword(m_repeat);
    secureWipe(repeat);
    return gs::takePassword(m_password);
}

void PasswordDialog::validate()
{
    QString problem;
    if (!m_password->text().isEmpty())
        problem = passwordProblem(m_password->text(), m_userName);
    if (problem.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    showError(m_message, problem);
    m_ok->setEnabled(problem.isEmpty() && !m_password->text().isEmpty() && m_repeat->text() == m_password->text());
}

} // namespace gs
