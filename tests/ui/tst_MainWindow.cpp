// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AccountDialog.h"
#include "AccountsModel.h"
#include "AccountsPanel.h"
#include "AppController.h"
#include "IdleLock.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "SettingsPage.h"
#include "UiTestSupport.h"
#include "accounts/NodeSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;
using namespace gs::test;

namespace {
const QString kPassword = QStringLiteral("another long passphrase");
}

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void navigationFollowsRole_data();
    void navigationFollowsRole();
    void ctrlLLocks();
    void idleLockFires();
    void cancelledLoginQuits();
    void sentinelHasNoAccountsSection();
    void addAccountThroughSettings();
    void disableAccountThroughSettings();
    void autoLockSettingReachesIdleLock();
    void languageIsStoredForNextStart();
    void changeOwnPassword();

private:
    struct Fixture
    {
        QTemporaryDir dir;
        TestNode node;
        std::unique_ptr<AppController> controller;
    };
    static std::unique_ptr<Fixture> startAs(const QString& user, const QString& password, Role role = Role::Supervisor);
};

std::unique_ptr<tst_MainWindow::Fixture> tst_MainWindow::startAs(const QString& user, const QString& password, Role role)
{
    auto f = std::make_unique<Fixture>();
    f->node = createNode(f->dir.path());
    if (user != kChief)
        addUser(f->node, user, role, password);
    f->controller = std::make_unique<AppController>(f->node.path);
    f->controller->setKdfParamsForTesting(kFastKdf);
    f->controller->prompter().setScripted(true);
    f->controller->start();
    signIn(*f->controller, user, password);
    return f;
}

void tst_MainWindow::navigationFollowsRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("pages");
    QTest::newRow("supervisor") << Role::Supervisor
                                << QStringList { MainWindow::LeadsPage, MainWindow::MapPage, MainWindow::CasesPage,
                                       MainWindow::StructurePageKey, MainWindow::PeoplePage, MainWindow::SettingsPageKey };
    QTest::newRow("volunteer") << Role::Volunteer
                               << QStringList { MainWindow::LeadsPage, MainWindow::MapPage, MainWindow::CasesPage,
                                      MainWindow::SettingsPageKey };
    // Sentinels have cases too: leads sent back for information, and suspected ones to report upward.
    QTest::newRow("sentinel") << Role::Sentinel
                              << QStringList { MainWindow::LeadsPage, MainWindow::MapPage, MainWindow::CasesPage,
                                     MainWindow::SettingsPageKey };
    QTest::newRow("admin") << Role::Admin
                           << QStringList { MainWindow::MapPage, MainWindow::StructurePageKey, MainWindow::PeoplePage,
                                  MainWindow::SettingsPageKey };
}

void tst_MainWindow::navigationFollowsRole()
{
    QFETCH(Role, role);
    QFETCH(QStringList, pages);
    const QString user = role == Role::Supervisor ? kChief : QStringLiteral("user.") + roleKey(role);
    auto f = startAs(user, role == Role::Supervisor ? kChiefPassword : kPassword, role);
    MainWindow* window = f->controller->mainWindow();
    QCOMPARE(window->pageKeys(), pages);
    QCOMPARE(window->currentPageKey(), pages.first());
    QVERIFY(window->windowTitle().endsWith(QStringLiteral(" — Xinhua Street")));
    QCOMPARE(child<QLabel>(window, QStringLiteral("roleLabel"))->text(), roleDisplayName(role));
    QCOMPARE(child<QLabel>(window, QStringLiteral("userLabel"))->text(), f->controller->session()->user().displayName);
    QVERIFY(child<QLabel>(window, QStringLiteral("nodeLabel"))->text().contains(QStringLiteral("Gulou District")));
    QVERIFY(child<QLabel>(window, QStringLiteral("lockStateLabel"))->text().contains(QStringLiteral("10")));
    QCOMPARE(window->settingsPage()->accountsPanel() != nullptr, roleHas(role, Permission::ManageUsers));
    QCOMPARE(child<QSpinBox>(window, QStringLiteral("autoLockSpin"))->isEnabled(), roleHas(role, Permission::ManageNodeSettings));

    // Each entry shows its page.
    for (const QString& key : pages) {
        window->showPage(key);
        QCOMPARE(window->currentPageKey(), key);
        QCOMPARE(window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->property("pageKey").toString(), key);
    }
}

void tst_MainWindow::ctrlLLocks()
{
    auto f = startAs(kChief, kChiefPassword);
    AppController& controller = *f->controller;
    QSignalSpy locked(&controller, &AppController::locked);
    MainWindow* window = controller.mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(locked.count(), 1);
    QVERIFY(!controller.mainWindow());
    QVERIFY(!controller.session());
    QVERIFY(controller.loginDialog());
    QVERIFY(controller.loginDialog()->isVisible());
    QCOMPARE(child<QLineEdit>(controller.loginDialog(), QStringLiteral("userNameEdit"))->text(), kChief);
    QVERIFY(child<QLineEdit>(controller.loginDialog(), QStringLiteral("passwordEdit"))->text().isEmpty());
    QVERIFY(!controller.idleLock().isRunning());

    // And back in.
    signIn(controller, kChief, kChiefPassword);
}

void tst_MainWindow::idleLockFires()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    AppController controller(node.path);
    controller.setKdfParamsForTesting(kFastKdf);
    controller.setIdleIntervalMsForTesting(300);
    controller.start();
    signIn(controller, kChief, kChiefPassword);
    QCOMPARE(controller.idleLock().intervalMs(), 300);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.session(), 5000);
    QVERIFY(!controller.mainWindow());
    QTRY_VERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
}

void tst_MainWindow::cancelledLoginQuits()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    AppController controller(node.path);
    QSignalSpy quit(&controller, &AppController::quitRequested);
    controller.start();
    QVERIFY(controller.loginDialog());
    QVERIFY(!controller.wizard());
    QTest::mouseClick(child<QPushButton>(controller.loginDialog(), QStringLiteral("quitButton")), Qt::LeftButton);
    QTRY_COMPARE(quit.count(), 1);
    QVERIFY(!controller.session());
    QTRY_VERIFY(!controller.loginDialog());
}

void tst_MainWindow::sentinelHasNoAccountsSection()
{
    auto f = startAs(QStringLiteral("li.sentinel"), kPassword, Role::Sentinel);
    MainWindow* window = f->controller->mainWindow();
    QVERIFY(!window->findChild<AccountsPanel*>());
    QVERIFY(!window->findChild<QTableView*>(QStringLiteral("accountsView")));
    QVERIFY(!window->pageKeys().contains(MainWindow::PeoplePage));
}

void tst_MainWindow::addAccountThroughSettings()
{
    auto f = startAs(kChief, kChiefPassword);
    MainWindow* window = f->controller->mainWindow();
    window->showPage(MainWindow::SettingsPageKey);
    AccountsPanel* panel = window->settingsPage()->accountsPanel();
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 1);

    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addAccountButton")), Qt::LeftButton);
    AccountDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<AccountDialog>()));
    auto* role = child<QComboBox>(dialog, QStringLiteral("roleCombo"));
    // Only the roles the signed-in user may manage are offered.
    for (Role r : allRoles())
        QCOMPARE(role->findData(roleKey(r)) >= 0, canManageRole(Role::Supervisor, r));
    role->setCurrentIndex(role->findData(roleKey(Role::Volunteer)));
    auto* add = child<QPushButton>(dialog, QStringLiteral("addButton"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userNameEdit")), QStringLiteral("zhao.volunteer"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit")), QStringLiteral("Zhao Lei"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), kPassword);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("repeatEdit")), kPassword);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<AccountDialog>());

    QCOMPARE(panel->model()->rowCount(), 2);
    const int row = panel->model()->rowOf(QStringLiteral("zhao.volunteer"));
    QVERIFY(row >= 0);
    QCOMPARE(panel->model()->userAt(row).role, Role::Volunteer);
    QCOMPARE(panel->model()->index(row, AccountsModel::DisplayName).data().toString(), QStringLiteral("Zhao Lei"));
    QVERIFY(child<QLabel>(panel, QStringLiteral("accountsMessage"))->text().contains(QStringLiteral("zhao.volunteer")));

    // A duplicate is refused inside the dialog, next to the field.
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addAccountButton")), Qt::LeftButton);
    QTRY_VERIFY((dialog = visibleDialog<AccountDialog>()));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userNameEdit")), QStringLiteral("zhao.volunteer"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), kPassword);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("repeatEdit")), kPassword);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    dialog->reject();

    f->controller->lock();
    QVERIFY(!f->controller->session());
    auto session = Vault::unlock(f->node.path, QStringLiteral("zhao.volunteer"), kPassword);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QCOMPARE((*session)->user().role, Role::Volunteer);
}

void tst_MainWindow::disableAccountThroughSettings()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    addUser(node, QStringLiteral("li.sentinel"), Role::Sentinel, kPassword);
    AppController controller(node.path);
    controller.setKdfParamsForTesting(kFastKdf);
    controller.start();
    signIn(controller, kChief, kChiefPassword);
    AccountsPanel* panel = controller.mainWindow()->settingsPage()->accountsPanel();
    auto* toggle = child<QPushButton>(panel, QStringLiteral("toggleActiveButton"));
    QVERIFY(!toggle->isEnabled()); // nothing selected

    panel->view()->selectRow(panel->model()->rowOf(kChief));
    QVERIFY(!toggle->isEnabled()); // not oneself
    panel->view()->selectRow(panel->model()->rowOf(QStringLiteral("li.sentinel")));
    QVERIFY(toggle->isEnabled());
    controller.prompter().setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(controller.prompter().promptCount(), 1);
    QTRY_VERIFY(!panel->isBusy());
    QCOMPARE(panel->model()->userAt(panel->model()->rowOf(QStringLiteral("li.sentinel"))).active, false);
    QCOMPARE(Vault::unlock(node.path, QStringLiteral("li.sentinel"), kPassword).ok(), false);
}

void tst_MainWindow::autoLockSettingReachesIdleLock()
{
    auto f = startAs(kChief, kChiefPassword);
    MainWindow* window = f->controller->mainWindow();
    auto* spin = child<QSpinBox>(window, QStringLiteral("autoLockSpin"));
    auto* save = child<QPushButton>(window, QStringLiteral("saveAutoLockButton"));
    QVERIFY(!save->isEnabled());
    spin->setValue(3);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(NodeSettings(*f->controller->session()).autoLockMinutes(), 3);
    QCOMPARE(f->controller->idleLock().intervalMs(), 3 * 60 * 1000);
    QVERIFY(child<QLabel>(window, QStringLiteral("lockStateLabel"))->text().contains(QStringLiteral("3")));
}

void tst_MainWindow::languageIsStoredForNextStart()
{
    QSettings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel")).remove(QStringLiteral("ui/language"));
    auto f = startAs(kChief, kChiefPassword);
    f->controller->mainWindow()->showPage(MainWindow::SettingsPageKey);
    auto* combo = child<QComboBox>(f->controller->mainWindow(), QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN")); // the default
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QSettings settings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel"));
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QVERIFY(child<QLabel>(f->controller->mainWindow(), QStringLiteral("languageMessage"))->isVisible());
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    QCOMPARE(QSettings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel")).value(QStringLiteral("ui/language")).toString(),
        QStringLiteral("zh_CN"));
}

void tst_MainWindow::changeOwnPassword()
{
    auto f = startAs(QStringLiteral("li.sentinel"), kPassword, Role::Sentinel);
    MainWindow* window = f->controller->mainWindow();
    window->showPage(MainWindow::SettingsPageKey);
    auto* current = child<QLineEdit>(window, QStringLiteral("currentPasswordEdit"));
    auto* fresh = child<QLineEdit>(window, QStringLiteral("newPasswordEdit"));
    auto* repeat = child<QLineEdit>(window, QStringLiteral("repeatPasswordEdit"));
    auto* button = child<QPushButton>(window, QStringLiteral("changePasswordButton"));
    auto* message = child<QLabel>(window, QStringLiteral("passwordMessage"));
    const QString newPassword = QStringLiteral("the sentinel's new passphrase");

    QTest::keyClicks(current, QStringLiteral("not my password"));
    QTest::keyClicks(fresh, newPassword);
    QTest::keyClicks(repeat, newPassword + QStringLiteral("x"));
    QVERIFY(message->isVisible()); // differing repeat
    QVERIFY(!button->isEnabled());
    QTest::keyClick(repeat, Qt::Key_Backspace);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(current->text().isEmpty() && fresh->text().isEmpty() && repeat->text().isEmpty());
    QTRY_VERIFY(!window->settingsPage()->isBusy());
    QVERIFY(message->isVisible());
    QVERIFY(!Vault::unlock(f->node.path, QStringLiteral("li.sentinel"), newPassword).ok());

    QTest::keyClicks(current, kPassword);
    QTest::keyClicks(fresh, newPassword);
    QTest::keyClicks(repeat, newPassword);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!window->settingsPage()->isBusy());
    QVERIFY(Vault::unlock(f->node.path, QStringLiteral("li.sentinel"), newPassword).ok());
    QVERIFY(!Vault::unlock(f->node.path, QStringLiteral("li.sentinel"), kPassword).ok());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
