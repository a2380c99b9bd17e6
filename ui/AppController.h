// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/Session.h"
#include "crypto/Crypto.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace gs {

class FirstRunWizard;
class IdleLock;
class LoginDialog;
class MainWindow;
class Prompter;

/// Runs the application's windows around one node database: first-run wizard or sign-in, then the
/// main window; locking (Ctrl+L, menu, idle timeout) destroys the main window and the session — which
/// closes the database and wipes the key — and signs in again. Owns the session and every top-level
/// window. Quits (quitRequested(), then QCoreApplication::quit()) when sign-in or setup is cancelled or
/// the main window is closed; it turns off quitOnLastWindowClosed because windows replace each other.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QString databasePath, QObject* parent = nullptr);
    ~AppController() override;

    /// Shows the first-run wizard if there is no database at the path yet, otherwise the sign-in dialog.
    void start();
    /// Locks now: closes the main window and the session, shows the sign-in dialog. No-op when locked.
    void lock();

    const QString& databasePath() const { return m_databasePath; }
    Session* session() const { return m_session.get(); }
    MainWindow* mainWindow() const;
    LoginDialog* loginDialog() const;
    FirstRunWizard* wizard() const;
    Prompter& prompter() { return *m_prompter; }
    IdleLock& idleLock() { return *m_idleLock; }

    // Test hooks
    /// Cheap scrypt for key slots written by the wizard, password changes and new accounts.
    void setKdfParamsForTesting(const crypto::ScryptParams& params) { m_kdf = params; }
    /// Overrides the node's auto-lock minutes with an interval in milliseconds (0 restores minutes).
    void setIdleIntervalMsForTesting(int ms);

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();

private:
    void showWizard();
    void showLogin();
    void showMainWindow(std::unique_ptr<Session> session);
    void applyAutoLockMinutes(int minutes);
    void closeMainWindowAndSession();
    void quit();

    QString m_databasePath;
    crypto::ScryptParams m_kdf;
    std::unique_ptr<Prompter> m_prompter;
    std::unique_ptr<IdleLock> m_idleLock;
    LoginThrottle m_throttle;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_mainWindow;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<FirstRunWizard> m_wizard;
    QString m_lastUserName;
    int m_idleMsOverride = 0;
    bool m_quitting = false;
};

} // namespace gs
