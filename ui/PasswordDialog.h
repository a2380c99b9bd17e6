// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gs {

/// Asks for a new password twice for a given account, validating it with passwordProblem().
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString& title, const QString& explanation, QString userName, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    /// The accepted password; the fields are emptied. Wipe the returned string after use.
    QString takePassword();

private:
    void validate();

    QString m_userName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace gs
