// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QStringList>

namespace gs::cli {

/// Exit codes of the command line (documented in docs/cli.md).
enum ExitCode {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    WrongCredentials = 3,
    PermissionDenied = 4,
    Damaged = 5,
    SchemaTooNew = 6,
    InvalidInput = 7,
};

/// True if `arguments` (argv without the program) start with a command rather than GUI options.
bool isCommand(const QStringList& arguments);
/// Runs one command. `arguments[0]` is the program name. Data goes to stdout (text or JSON), errors to stderr.
int run(const QStringList& arguments);
/// True for commands that draw (map render) or lay out documents (case report, pair card): they need fonts,
/// hence a QGuiApplication, which main() gives them on the offscreen platform. `arguments` is argv without
/// the program.
bool needsGuiApplication(const QStringList& arguments);
/// The database used when --db is not given: <app data folder>/gridsentinel.db.
QString defaultDatabasePath();

} // namespace gs::cli
