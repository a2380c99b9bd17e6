// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "crypto/Crypto.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gs {

/// "Forgot password?": opens the node with the recovery code just long enough to give one account a
/// new password, then closes that session again. Emits passwordReset() on success.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(QString databasePath, crypto::ScryptParams kdf, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    bool isBusy() const;
    void reject() override;

Q_SIGNALS:
    void passwordReset(const QString& userName);

private:
    void validate();
    void submit();
    void setBusy(bool busy);

    QString m_databasePath;
    crypto::ScryptParams m_kdf;
    QLineEdit* m_code;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_reset;
    QPushButton* m_cancel;
};

} // namespace gs
