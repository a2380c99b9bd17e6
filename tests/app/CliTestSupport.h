// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

// The command-line tests drive the real executable (GS_APP_PATH, set by tests/app/CMakeLists.txt) as batch users
// and scripts do.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace gs::test {

struct CliRun
{
    int exitCode = -1; ///< -1: crashed
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
};

/// Runs gridsentinel with `args` and `stdinText` on its standard input (passwords), in a UTF-8 locale and without
/// QT_QPA_PLATFORM or DISPLAY: commands that draw (PDFs, maps) must choose the offscreen platform themselves, as
/// they have to on a server.
inline CliRun runCli(const QStringList& args, const QByteArray& stdinText = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GS_APP_PATH), args);
    p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("gridsentinel did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

} // namespace gs::test
