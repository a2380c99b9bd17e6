// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/Session.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace gs::test {

/// Cheap scrypt for tests; production slots use ScryptParams{} (N=2^17).
inline crypto::ScryptParams fastKdf() { return { 10, 8, 1 }; }

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every file in `dir` (recursively) with its bytes, to prove that something wrote nothing.
inline QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    for (const QString& name : root.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, fileBytes(root.filePath(name)));
    return files;
}

/// A fresh node in `dir` with supervisor "chief" / "chief-password-1".
inline Vault::CreatedNode createNode(const QTemporaryDir& dir, const QString& name = QStringLiteral("node.db"))
{
    auto created = Vault::createNode({ dir.filePath(name), QStringLiteral("测试节点"), QStringLiteral("440106"),
        QStringLiteral("天河区"), QStringLiteral("chief"), QStringLiteral("陈主任"), QStringLiteral("chief-password-1"), fastKdf() });
    if (!created)
        qFatal("createNode failed: %s", qPrintable(created.error().message));
    return std::move(created.value());
}

} // namespace gs::test

#include "accounts/AccountService.h"

namespace gs::test {

/// Adds an account and returns a session signed in as it.
inline std::unique_ptr<Session> addAndSignIn(Session& admin, const QString& userName, Role role, const QString& personId = {})
{
    auto added = AccountService(admin).addUser({ userName, userName, role, QStringLiteral("password-123"), personId });
    if (!added)
        qFatal("addUser failed: %s", qPrintable(added.error().message));
    auto session = Vault::unlock(admin.databasePath(), userName, QStringLiteral("password-123"));
    if (!session)
        qFatal("unlock failed: %s", qPrintable(session.error().message));
    return std::move(session.value());
}

} // namespace gs::test
