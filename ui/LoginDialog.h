// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "crypto/Crypto.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gs {

class LoginThrottle;
class Session;

/// Unlocks an existing node with a user name and password. Nothing in the database is readable
/// before that, so the dialog names only the database file. Accepted once a session is open;
/// the caller takes it with takeSession().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /// `throttle` outlives the dialog so the delay survives a lock/unlock cycle. `kdf` is the cost of
    /// password slots written from the recovery dialog.
    LoginDialog(QString databasePath, LoginThrottle& throttle, crypto::ScryptParams kdf, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setUserName(const QString& userName);
    std::unique_ptr<Session> takeSession();
    bool isBusy() const;
    /// Seconds until Sign in is allowed again (0 when it is).
    int remainingDelay() const { return m_remaining; }

    void reject() override;

private:
    void signIn();
    void setBusy(bool busy);
    void startCountdown(int seconds);
    void updateSignInButton();
    void openRecovery();

    QString m_databasePath;
    LoginThrottle& m_throttle;
    crypto::ScryptParams m_kdf;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_signIn;
    QPushButton* m_quit;
    QPushButton* m_forgot;
    QTimer m_countdown;
    int m_remaining = 0;
    std::unique_ptr<Session> m_session;
};

} // namespace gs
