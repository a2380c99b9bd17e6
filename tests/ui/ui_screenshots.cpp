// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Renders every screen of the app shell to PNG (offscreen) so its layout can be looked at.
// Usage: QT_QPA_PLATFORM=offscreen ui_screenshots [output-folder]
#include "Translations.h"
#include "AccountDialog.h"
#include "AccountsPanel.h"
#include "AppController.h"
#include "FirstRunWizard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "RecoveryDialog.h"
#include "SettingsPage.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;
using namespace gs::test;

namespace {

QString g_out;

void save(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    qInfo("%s (%dx%d)", qPrintable(file), w->width(), w->height());
}

template <typename Pred>
bool waitFor(Pred pred, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!pred() && !deadline.hasExpired())
        QTest::qWait(10);
    return pred();
}

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void wizardShots(const QString& dir)
{
    FirstRunWizard wizard(QDir(dir).filePath(QStringLiteral("new/node.db")), kFastKdf);
    wizard.show();
    save(&wizard, QStringLiteral("01-wizard-node-empty"));
    type(&wizard, "nodeNameEdit", QStringLiteral("Xinhua Street office"));
    type(&wizard, "districtNameEdit", QStringLiteral("Gulou District"));
    save(&wizard, QStringLiteral("02-wizard-node"));
    wizard.next();
    type(&wizard, "userNameEdit", QStringLiteral("a"));
    type(&wizard, "passwordEdit", QStringLiteral("short"));
    type(&wizard, "repeatEdit", QStringLiteral("shorter"));
    save(&wizard, QStringLiteral("03-wizard-account-invalid"));
    type(&wizard, "userNameEdit", QStringLiteral("wang.fang"));
    type(&wizard, "displayNameEdit", QStringLiteral("Wang Fang"));
    type(&wizard, "passwordEdit", QStringLiteral("long enough passphrase"));
    type(&wizard, "repeatEdit", QStringLiteral("long enough passphrase"));
    save(&wizard, QStringLiteral("04-wizard-account-valid"));
    wizard.next();
    save(&wizard, QStringLiteral("05-wizard-creating"));
    waitFor([&] { return wizard.currentId() == FirstRunWizard::RecoveryPageId; });
    save(&wizard, QStringLiteral("06-wizard-recovery"));
    wizard.findChild<QCheckBox*>(QStringLiteral("confirmCheck"))->setChecked(true);
    save(&wizard, QStringLiteral("07-wizard-recovery-confirmed"));
}

void loginShots(const TestNode& node)
{
    LoginThrottle throttle;
    LoginDialog dialog(node.path, throttle, kFastKdf);
    dialog.show();
    save(&dialog, QStringLiteral("10-login"));
    for (int i = 0; i < 3; ++i) {
        type(&dialog, "userNameEdit", kChief);
        type(&dialog, "passwordEdit", QStringLiteral("wrong password"));
        dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
        waitFor([&] { return !dialog.isBusy() && throttle.failures() == i + 1; });
    }
    type(&dialog, "passwordEdit", QStringLiteral("again"));
    save(&dialog, QStringLiteral("11-login-error-throttled"));

    RecoveryDialog recovery(node.path, kFastKdf, &dialog);
    recovery.show();
    type(&recovery, "userNameEdit", kChief);
    type(&recovery, "passwordEdit", QStringLiteral("short"));
    save(&recovery, QStringLiteral("12-recovery"));
}

void mainShots(const TestNode& node, const QString& user, const QString& password, const QString& tag)
{
    AppController controller(node.path);
    controller.setKdfParamsForTesting(kFastKdf);
    controller.prompter().setScripted(true);
    controller.start();
    LoginDialog* login = controller.loginDialog();
    type(login, "userNameEdit", user);
    type(login, "passwordEdit", password);
    login->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    waitFor([&] { return controller.mainWindow() != nullptr; });
    MainWindow* window = controller.mainWindow();
    window->resize(1366, 768);
    save(window, QStringLiteral("20-main-%1-first").arg(tag));
    window->showPage(MainWindow::SettingsPageKey);
    save(window, QStringLiteral("21-main-%1-settings").arg(tag));
    window->resize(window->minimumSize());
    save(window, QStringLiteral("22-main-%1-settings-minimum").arg(tag));
    window->resize(1366, 768);
    if (AccountsPanel* panel = window->settingsPage()->accountsPanel()) {
        panel->findChild<QPushButton*>(QStringLiteral("addAccountButton"))->click();
        QApplication::processEvents();
        if (auto* dialog = visibleDialog<AccountDialog>()) {
            type(dialog, "userNameEdit", QStringLiteral("zhao"));
            type(dialog, "passwordEdit", QStringLiteral("zhao"));
            save(dialog, QStringLiteral("23-add-account-%1").arg(tag));
            dialog->reject();
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    // GS_LANG=zh_CN renders the screens the way users see them by default.
    if (const QString lang = qEnvironmentVariable("GS_LANG"); !lang.isEmpty())
        gs::installTranslations(app, lang);
    QDir().mkpath(g_out);
    QTemporaryDir dir;
    wizardShots(dir.path());
    const TestNode node = createNode(dir.path());
    const QString pw = QStringLiteral("another long passphrase");
    addUser(node, QStringLiteral("li.sentinel"), Role::Sentinel, pw);
    addUser(node, QStringLiteral("zhou.volunteer"), Role::Volunteer, pw);
    addUser(node, QStringLiteral("admin"), Role::Admin, pw);
    loginShots(node);
    mainShots(node, kChief, kChiefPassword, QStringLiteral("supervisor"));
    mainShots(node, QStringLiteral("li.sentinel"), pw, QStringLiteral("sentinel"));
    mainShots(node, QStringLiteral("zhou.volunteer"), pw, QStringLiteral("volunteer"));
    mainShots(node, QStringLiteral("admin"), pw, QStringLiteral("admin"));
    return 0;
}
