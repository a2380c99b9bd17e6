// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AppController.h"

#include "FirstRunWizard.h"
#include "IdleLock.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "accounts/NodeSettings.h"

#include <QApplication>
#include <QThreadPool>

namespace gs {

AppController::AppController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_prompter(std::make_unique<Prompter>()),
      m_idleLock(std::make_unique<IdleLock>())
{
    // Queued: the lock may be requested from inside an event handler of the window it destroys.
    connect(m_idleLock.get(), &IdleLock::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
}

AppController::~AppController()
{
    m_idleLock->stop();
    delete m_wizard.data();
    delete m_loginDialog.data();
    closeMainWindowAndSession();
}

MainWindow* AppController::mainWindow() const { return m_mainWindow.data(); }

LoginDialog* AppController::loginDialog() const { return m_loginDialog.data(); }

FirstRunWizard* AppController::wizard() const { return m_wizard.data(); }

void AppController::start()
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (Vault::exists(m_databasePath))
        showLogin();
    else
        showWizard();
}

void AppController::showWizard()
{
    auto* wizard = new FirstRunWizard(m_databasePath, m_kdf);
    m_wizard = wizard;
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        std::unique_ptr<Session> session = result == QDialog::Accepted ? wizard->takeSession() : nullptr;
        wizard->deleteLater();
        m_wizard.clear();
        if (session)
            showMainWindow(std::move(session));
        else
            quit();
    });
    wizard->show();
}

void AppController::showLogin()
{
    auto* dialog = new LoginDialog(m_databasePath, m_throttle, m_kdf);
    m_loginDialog = dialog;
    dialog->setUserName(m_lastUserName);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        std::unique_ptr<Session> session = result == QDialog::Accepted ? dialog->takeSession() : nullptr;
        dialog->deleteLater();
        m_loginDialog.clear();
        if (session)
            showMainWindow(std::move(session));
        else
            quit();
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::showMainWindow(std::unique_ptr<Session> session)
{
    session->setKdfParams(m_kdf);
    m_session = std::move(session);
    m_lastUserName = m_session->user().userName;
    auto* window = new MainWindow(*m_session, *m_prompter);
    m_mainWindow = window;
    connect(window, &MainWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(window, &MainWindow::quitRequested, this, &AppController::quit, Qt::QueuedConnection);
    connect(window, &MainWindow::autoLockMinutesChanged, this, &AppController::applyAutoLockMinutes);
    applyAutoLockMinutes(NodeSettings(*m_session).autoLockMinutes());
    m_idleLock->start();
    window->show();
    Q_EMIT unlocked();
}

void AppController::applyAutoLockMinutes(int minutes)
{
    if (m_idleMsOverride > 0)
        m_idleLock->setIntervalMs(m_idleMsOverride);
    else
        m_idleLock->setIntervalMinutes(minutes);
}

void AppController::setIdleIntervalMsForTesting(int ms)
{
    m_idleMsOverride = ms;
    if (m_session)
        applyAutoLockMinutes(NodeSettings(*m_session).autoLockMinutes());
}

void AppController::closeMainWindowAndSession()
{
    m_idleLock->stop();
    // Account changes run on the thread pool against this session; let them finish before it goes.
    QThreadPool::globalInstance()->waitForDone();
    // Widgets hold references to the session: they go first. A modal prompt open on the window is
    // destroyed with it (Prompter guards against that).
    delete m_mainWindow.data();
    m_mainWindow.clear();
    m_session.reset();
}

void AppController::lock()
{
    if (!m_session || m_quitting)
        return;
    closeMainWindowAndSession();
    Q_EMIT locked();
    showLogin();
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    closeMainWindowAndSession();
    Q_EMIT quitRequested();
    QCoreApplication::quit();
}

} // namespace gs
