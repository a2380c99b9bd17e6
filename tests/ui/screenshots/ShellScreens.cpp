// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The app's shell: first-run wizard, sign-in, recovery, the main window of every role, settings.
#include "Screenshots.h"

#include "AccountDialog.h"
#include "AccountsPanel.h"
#include "AppController.h"
#include "DictionariesPanel.h"
#include "FirstRunWizard.h"
#include "LeadsTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RecoveryDialog.h"
#include "SettingsPage.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace gs;
using namespace gs::shots;

namespace {

/// Types as a user does (key events, so the inline validation runs).
void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
    edit->clear();
    test::typeText(edit, text);
}

/// A plain backdrop the size of the screen, for dialogs shown before any main window.
QWidget* desktop(Studio& studio)
{
    static QWidget* w = nullptr;
    if (!w) {
        w = new QWidget;
        w->setAutoFillBackground(true);
        QPalette p = w->palette();
        p.setColor(QPalette::Window, QColor(0x2f, 0x3e, 0x4e));
        w->setPalette(p);
    }
    w->resize(studio.screen());
    return w;
}

} // namespace

GS_SCREEN(10, first_run_wizard)
{
    FirstRunWizard wizard(QDir(studio.newTempDir()).filePath(QStringLiteral("node.db")), test::kFastKdf);
    wizard.show();
    type(&wizard, "nodeNameEdit", QStringLiteral("天河区打非办"));
    type(&wizard, "districtNameEdit", QStringLiteral("天河区"));
    studio.save(&wizard, QStringLiteral("wizard-node"), desktop(studio));
    wizard.next();
    type(&wizard, "userNameEdit", QStringLiteral("a"));
    type(&wizard, "passwordEdit", QStringLiteral("short"));
    type(&wizard, "repeatEdit", QStringLiteral("shorter"));
    studio.save(&wizard, QStringLiteral("wizard-account-errors"), desktop(studio));
    type(&wizard, "userNameEdit", QStringLiteral("chen.zhuren"));
    type(&wizard, "displayNameEdit", QStringLiteral("陈主任"));
    type(&wizard, "passwordEdit", QStringLiteral("long enough passphrase"));
    type(&wizard, "repeatEdit", QStringLiteral("long enough passphrase"));
    wizard.next();
    QDeadlineTimer deadline(20000);
    while (wizard.currentId() != FirstRunWizard::RecoveryPageId && !deadline.hasExpired())
        Studio::settle(20);
    studio.save(&wizard, QStringLiteral("wizard-recovery"), desktop(studio));
}

GS_SCREEN(20, login)
{
    LoginThrottle throttle;
    LoginDialog dialog(studio.demoNode(), throttle, test::kFastKdf);
    dialog.show();
    studio.save(&dialog, QStringLiteral("login"), desktop(studio));
    for (int i = 0; i < 3; ++i) {
        type(&dialog, "userNameEdit", QStringLiteral("supervisor"));
        type(&dialog, "passwordEdit", QStringLiteral("wrong password"));
        dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
        QDeadlineTimer deadline(20000);
        while ((dialog.isBusy() || throttle.failures() != i + 1) && !deadline.hasExpired())
            Studio::settle(20);
    }
    studio.save(&dialog, QStringLiteral("login-error-throttled"), desktop(studio));
    RecoveryDialog recovery(studio.demoNode(), test::kFastKdf, &dialog);
    recovery.show();
    type(&recovery, "userNameEdit", QStringLiteral("supervisor"));
    type(&recovery, "passwordEdit", QStringLiteral("short"));
    studio.save(&recovery, QStringLiteral("recovery"), desktop(studio));
}

GS_SCREEN(30, main_window_per_role)
{
    for (const char* role : { "supervisor", "sentinel", "volunteer", "admin" }) {
        MainWindow* window = studio.signIn(QString::fromLatin1(role));
        studio.save(window, QStringLiteral("main-%1").arg(QLatin1String(role)));
    }
}

GS_SCREEN(40, settings)
{
    for (const char* role : { "supervisor", "admin" }) {
        MainWindow* window = studio.signIn(QString::fromLatin1(role));
        window->showPage(MainWindow::SettingsPageKey);
        studio.save(window, QStringLiteral("settings-%1").arg(QLatin1String(role)));
        // The dictionaries (supervisor) or accounts (admin) further down.
        if (auto* scroll = window->settingsPage()->findChild<QScrollArea*>()) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            studio.save(window, QStringLiteral("settings-%1-scrolled").arg(QLatin1String(role)));
        }
        if (AccountsPanel* panel = window->settingsPage()->accountsPanel()) {
            panel->findChild<QPushButton*>(QStringLiteral("addAccountButton"))->click();
            Studio::settle();
            if (auto* dialog = test::visibleDialog<AccountDialog>()) {
                type(dialog, "userNameEdit", QStringLiteral("zhao"));
                type(dialog, "passwordEdit", QStringLiteral("zhao"));
                studio.save(dialog, QStringLiteral("add-account-errors"), window);
                dialog->reject();
            }
        }
    }
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    window->resize(window->minimumSize());
    window->showPage(MainWindow::SettingsPageKey);
    studio.save(window, QStringLiteral("settings-minimum-window"));
}
