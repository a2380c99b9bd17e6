// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "AppController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "accounts/AccountService.h"
#include "accounts/Session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace gs::test {

/// Cheap scrypt so a key slot costs milliseconds, not 0.4 s.
inline const crypto::ScryptParams kFastKdf { 10, 8, 1 };
inline const QString kChief = QStringLiteral("chief");
inline const QString kChiefPassword = QStringLiteral("Gulou-2026-hello");

struct TestNode
{
    QString path;
    QString recoveryCode;
};

/// A node with one supervisor account (kChief / kChiefPassword), created directly through Vault.
inline TestNode createNode(const QString& dir)
{
    Vault::NodeSetup setup;
    setup.databasePath = QDir(dir).filePath(QStringLiteral("node.db"));
    setup.nodeName = QStringLiteral("Xinhua Street");
    setup.districtName = QStringLiteral("Gulou District");
    setup.districtCode = QStringLiteral("320106");
    setup.adminUserName = kChief;
    setup.adminDisplayName = QStringLiteral("Chief Wang");
    setup.adminPassword = kChiefPassword;
    setup.kdf = kFastKdf;
    auto created = Vault::createNode(setup);
    if (!created)
        qFatal("createNode failed: %s", qPrintable(created.error().message));
    return { setup.databasePath, created->recoveryCode };
}

/// Adds an account as the supervisor.
inline void addUser(const TestNode& node, const QString& userName, Role role, const QString& password)
{
    auto session = Vault::unlock(node.path, kChief, kChiefPassword);
    if (!session)
        qFatal("unlock failed: %s", qPrintable(session.error().message));
    (*session)->setKdfParams(kFastKdf);
    auto added = AccountService(**session).addUser({ userName, userName + QStringLiteral(" display"), role, password, {} });
    if (!added)
        qFatal("addUser failed: %s", qPrintable(added.error().message));
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The first visible top-level widget of type T (dialogs opened with open()/show()).
template <typename T>
T* visibleTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

/// A visible dialog of type T anywhere (top-level or child window of another widget).
template <typename T>
T* visibleDialog()
{
    for (QWidget* w : QApplication::allWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

template <typename T>
T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

/// Signs in through the controller's login dialog and waits for the main window.
inline void signIn(AppController& controller, const QString& user, const QString& password)
{
    QTRY_VERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
    LoginDialog* dialog = controller.loginDialog();
    auto* userEdit = child<QLineEdit>(dialog, QStringLiteral("userNameEdit"));
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    QVERIFY(controller.session());
    QTRY_VERIFY(!controller.loginDialog());
}

} // namespace gs::test
