// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LoginDialog.h"
#include "RecoveryDialog.h"
#include "UiTestSupport.h"
#include "accounts/Session.h"
#include "crypto/KeyRing.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;
using namespace gs::test;

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsDatabaseFileNameOnly();
    void wrongPasswordChangesNothing_data();
    void wrongPasswordChangesNothing();
    void rightPasswordAccepts();
    void throttleDisablesSignIn();
    void forgotPasswordResetsWithRecoveryCode();

private:
    static void signIn(LoginDialog& dialog, const QString& user, const QString& password)
    {
        auto* userEdit = child<QLineEdit>(&dialog, QStringLiteral("userNameEdit"));
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), password);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    }
};

void tst_LoginDialog::showsDatabaseFileNameOnly()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    LoginThrottle throttle;
    LoginDialog dialog(node.path, throttle, kFastKdf);
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("node.db")), true);
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("signInButton"))->isEnabled()); // nothing typed yet
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->echoMode(), QLineEdit::Password);
}

void tst_LoginDialog::wrongPasswordChangesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << kChief << QStringLiteral("not the password");
    QTest::newRow("unknown user") << QStringLiteral("nobody") << kChiefPassword;
}

void tst_LoginDialog::wrongPasswordChangesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    const QByteArray dbBefore = fileBytes(node.path);
    const QByteArray keysBefore = fileBytes(KeyRing::sidecarPath(node.path));
    QVERIFY(!dbBefore.isEmpty());
    QVERIFY(!keysBefore.isEmpty());

    LoginThrottle throttle;
    LoginDialog dialog(node.path, throttle, kFastKdf);
    dialog.show();
    signIn(dialog, user, password);
    auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QCoreApplication::translate("gs::KeyRing", "The user name or password is wrong."));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeSession());
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
    QCOMPARE(throttle.failures(), 1);

    QCOMPARE(fileBytes(node.path), dbBefore);
    QCOMPARE(fileBytes(KeyRing::sidecarPath(node.path)), keysBefore);
}

void tst_LoginDialog::rightPasswordAccepts()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    LoginThrottle throttle;
    throttle.recordFailure();
    LoginDialog dialog(node.path, throttle, kFastKdf);
    dialog.show();
    signIn(dialog, kChief, kChiefPassword);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    std::unique_ptr<Session> session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().userName, kChief);
    QCOMPARE(throttle.failures(), 0);
}

void tst_LoginDialog::throttleDisablesSignIn()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    LoginThrottle throttle;
    LoginDialog dialog(node.path, throttle, kFastKdf);
    dialog.show();
    auto* button = child<QPushButton>(&dialog, QStringLiteral("signInButton"));
    for (int i = 1; i <= 3; ++i) {
        signIn(dialog, kChief, QStringLiteral("wrong password %1").arg(i));
        QTRY_COMPARE(throttle.failures(), i);
        QTRY_VERIFY(!dialog.isBusy());
    }
    QCOMPARE(throttle.delaySeconds(), 2);
    QVERIFY(dialog.remainingDelay() > 0);
    // Even with both fields filled, Sign in waits out the delay, and says how long.
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), kChiefPassword);
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->text().contains(QStringLiteral("s)")), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(throttle.failures(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QCOMPARE(dialog.remainingDelay(), 0);

    // A new dialog (after a lock) keeps the delay: the throttle outlives it.
    throttle.recordFailure();
    LoginDialog again(node.path, throttle, kFastKdf);
    QVERIFY(again.remainingDelay() > 0);
}

void tst_LoginDialog::forgotPasswordResetsWithRecoveryCode()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    LoginThrottle throttle;
    LoginDialog dialog(node.path, throttle, kFastKdf);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("forgotButton")), Qt::LeftButton);
    RecoveryDialog* recovery = dialog.findChild<RecoveryDialog*>();
    QVERIFY(recovery);
    QTRY_VERIFY(recovery->isVisible());
    auto* reset = child<QPushButton>(recovery, QStringLiteral("resetButton"));
    const QString newPassword = QStringLiteral("a brand new passphrase");

    // A wrong code: a generic error, the dialog stays.
    QTest::keyClicks(child<QLineEdit>(recovery, QStringLiteral("recoveryCodeEdit")), QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
    QTest::keyClicks(child<QLineEdit>(recovery, QStringLiteral("userNameEdit")), kChief);
    QTest::keyClicks(child<QLineEdit>(recovery, QStringLiteral("passwordEdit")), newPassword);
    QVERIFY(!reset->isEnabled());
    QTest::keyClicks(child<QLineEdit>(recovery, QStringLiteral("repeatEdit")), newPassword);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* message = child<QLabel>(recovery, QStringLiteral("messageLabel"));
    QTRY_VERIFY(message->isVisible() && !recovery->isBusy());
    QVERIFY(recovery->isVisible());

    auto* code = child<QLineEdit>(recovery, QStringLiteral("recoveryCodeEdit"));
    code->clear();
    QTest::keyClicks(code, node.recoveryCode.toLower()); // typed codes are normalised
    QTest::keyClicks(child<QLineEdit>(recovery, QStringLiteral("passwordEdit")), newPassword);
    QTest::keyClicks(child<QLineEdit>(recovery, QStringLiteral("repeatEdit")), newPassword);
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY(!dialog.findChild<RecoveryDialog*>() || !dialog.findChild<RecoveryDialog*>()->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("userNameEdit"))->text(), kChief);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text().contains(kChief));

    QVERIFY(!Vault::unlock(node.path, kChief, kChiefPassword).ok());
    QVERIFY(Vault::unlock(node.path, kChief, newPassword).ok());
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_LoginDialog.moc"
