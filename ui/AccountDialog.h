// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gs {

class Session;

/// Adds an account through AccountService (off the GUI thread: writing a key slot costs one scrypt).
/// Offers only the roles the signed-in user may manage. Emits accountAdded() and closes on success;
/// errors stay in the dialog under the field they concern.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(Session& session, QWidget* parent = nullptr);
    ~AccountDialog() override;

    bool isBusy() const;
    void reject() override;

Q_SIGNALS:
    void accountAdded(const QString& userName);

private:
    void validate();
    void submit();
    void setBusy(bool busy);

    Session& m_session;
    QLineEdit* m_userName;
    QLabel* m_userMessage;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLabel* m_passwordMessage;
    QLineEdit* m_repeat;
    QLabel* m_repeatMessage;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_add;
    QPushButton* m_cancel;
};

} // namespace gs
