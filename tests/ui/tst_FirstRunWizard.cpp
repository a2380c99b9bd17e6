// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "FirstRunWizard.h"
#include "UiTestSupport.h"
#include "accounts/Session.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;
using namespace gs::test;

class tst_FirstRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsNodeThroughEveryPage();
    void createNodeErrorStaysOnPage();
    void cancelBeforeCreationLeavesNothing();

private:
    static void fillNodePage(FirstRunWizard& wizard)
    {
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("nodeNameEdit")), QStringLiteral("Xinhua Street"));
        QVERIFY(!next->isEnabled()); // district still missing
        QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("districtNameEdit")), QStringLiteral("Gulou District"));
        QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("districtCodeEdit")), QStringLiteral("320106"));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AccountPageId));
    }
};

void tst_FirstRunWizard::createsNodeThroughEveryPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node.db"));
    const QString password = QStringLiteral("long enough passphrase");
    FirstRunWizard wizard(path, kFastKdf);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    fillNodePage(wizard);

    auto* user = child<QLineEdit>(&wizard, QStringLiteral("userNameEdit"));
    auto* pw = child<QLineEdit>(&wizard, QStringLiteral("passwordEdit"));
    auto* repeat = child<QLineEdit>(&wizard, QStringLiteral("repeatEdit"));
    auto* userMessage = child<QLabel>(&wizard, QStringLiteral("userNameMessage"));
    auto* pwMessage = child<QLabel>(&wizard, QStringLiteral("passwordMessage"));
    auto* repeatMessage = child<QLabel>(&wizard, QStringLiteral("repeatMessage"));
    QAbstractButton* create = wizard.button(QWizard::CommitButton);
    QVERIFY(pw->echoMode() == QLineEdit::Password);
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(user, QStringLiteral("a"));
    QVERIFY(userMessage->isVisible());
    QCOMPARE(userMessage->text(), userNameProblem(QStringLiteral("a")));
    QTest::keyClicks(user, QStringLiteral("dmin.wang"));
    QVERIFY(!userMessage->isVisible());

    QTest::keyClicks(pw, QStringLiteral("short"));
    QVERIFY(pwMessage->isVisible());
    QCOMPARE(pwMessage->text(), passwordProblem(QStringLiteral("short"), QStringLiteral("admin.wang")));
    QVERIFY(!create->isEnabled());
    pw->clear();
    QTest::keyClicks(pw, password);
    QVERIFY(!pwMessage->isVisible());

    QTest::keyClicks(repeat, QStringLiteral("long enough passphrasf"));
    QVERIFY(repeatMessage->isVisible());
    QVERIFY(!repeatMessage->text().isEmpty());
    QVERIFY(!create->isEnabled());
    QTest::keyClick(repeat, Qt::Key_Backspace);
    QTest::keyClicks(repeat, QStringLiteral("e"));
    QVERIFY(!repeatMessage->isVisible());
    QVERIFY(create->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("displayNameEdit")), QStringLiteral("Wang Fang"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(FirstRunWizard::RecoveryPageId));
    QVERIFY(wizard.nodeCreated());
    QVERIFY(pw->text().isEmpty()); // the password left the widgets once used
    QVERIFY(repeat->text().isEmpty());

    auto* codeLabel = child<QLabel>(&wizard, QStringLiteral("recoveryCodeLabel"));
    const QString code = codeLabel->text();
    QCOMPARE(code, wizard.recoveryCode());
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")).match(code).hasMatch(), qPrintable(code));

    QTest::mouseClick(child<QAbstractButton>(&wizard, QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);

    // Finish needs the confirmation; Escape cannot lose the code.
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    QVERIFY(!finish->isEnabled());
    wizard.reject();
    QVERIFY(wizard.isVisible());
    auto* confirm = child<QCheckBox>(&wizard, QStringLiteral("confirmCheck"));
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(6, confirm->height() / 2));
    QVERIFY(confirm->isChecked());
    QVERIFY(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    std::unique_ptr<Session> session = wizard.takeSession();
    QVERIFY(session);
    QCOMPARE(session->node().name, QStringLiteral("Xinhua Street"));
    QCOMPARE(session->node().districtName, QStringLiteral("Gulou District"));
    QCOMPARE(session->node().districtCode, QStringLiteral("320106"));
    QCOMPARE(session->user().displayName, QStringLiteral("Wang Fang"));
    QCOMPARE(session->user().role, Role::Supervisor);
    session.reset();

    auto unlocked = Vault::unlock(path, QStringLiteral("admin.wang"), password);
    QVERIFY2(unlocked.ok(), unlocked.ok() ? "" : qPrintable(unlocked.error().message));
    unlocked->reset();
    auto recovered = Vault::unlockWithRecovery(path, code);
    QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().message));
}

void tst_FirstRunWizard::createNodeErrorStaysOnPage()
{
    QTemporaryDir dir;
    // The folder for the database is a file: creation must fail and leave nothing behind.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile(blocker).open(QIODevice::WriteOnly);
    const QString path = blocker + QStringLiteral("/node.db");
    FirstRunWizard wizard(path, kFastKdf);
    wizard.show();
    fillNodePage(wizard);
    QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("userNameEdit")), QStringLiteral("chief"));
    QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("passwordEdit")), QStringLiteral("long enough passphrase"));
    QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("repeatEdit")), QStringLiteral("long enough passphrase"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    auto* error = child<QLabel>(&wizard, QStringLiteral("createError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QTRY_VERIFY(!wizard.isCreating());
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AccountPageId));
    QVERIFY(!wizard.nodeCreated());
    QVERIFY(!wizard.takeSession());
    QVERIFY(!Vault::exists(path));
}

void tst_FirstRunWizard::cancelBeforeCreationLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node.db"));
    FirstRunWizard wizard(path, kFastKdf);
    wizard.show();
    fillNodePage(wizard);
    wizard.reject();
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!Vault::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_MAIN(tst_FirstRunWizard)
#include "tst_FirstRunWizard.moc"
