// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "Cli.h"
#include "accounts/Session.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace gs {
struct LeadSummary;
}

namespace gs::cli {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);
QTextStream& out();
QTextStream& err();
/// Prints the error (and every field problem) to stderr; returns the exit code for it.
int fail(const Error& e);
int usage(const QString& message);
void printJson(const QJsonValue& value);
bool readSecret(const QString& prompt, QString* secret);

/// A usage error for the first of `statuses` that is not a lead status; -1 when all are (as Command::parse()).
int checkStatuses(const QStringList& statuses);
/// An amount as machine-readable output prints it: yuan without thousands separators ("12000.50").
QString plainYuan(qint64 cents);
/// What `lead list` and `case list` both print of a lead list row; each command adds its own fields.
QJsonObject leadSummaryJson(const LeadSummary& summary);

/// One command's options and the shared ones (--db, --as, --format), parsing and unlocking.
class Command
{
public:
    Command(QStringList args, QString name);
    QCommandLineParser& parser() { return m_parser; }
    /// Adds --as USER (the acting account, password on stdin).
    void addAs();
    /// Parses; returns an exit code to stop with, or -1 to go on.
    int parse(int minPositional = 0, int maxPositional = 0);
    QString db() const;
    bool json() const;
    QString format() const;
    crypto::ScryptParams kdf() const;
    /// Reads the acting user's password from stdin and unlocks. `keepPassword` receives it for commands
    /// that must prove it again (changing one's own password); otherwise it is wiped at once.
    Result<std::unique_ptr<Session>> unlock(QString* keepPassword = nullptr);

private:
    QStringList m_args;
    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_as;
    QCommandLineOption m_format;
    QCommandLineOption m_fastKdf;
    QStringList m_formats;
};

/// Command groups, each in its own file.
int cmdLead(const QStringList& args);
int cmdScreen(const QStringList& args);
int cmdGeo(const QStringList& args);
int cmdMap(const QStringList& args);
int cmdImport(const QStringList& args); // StructureCommands.cpp
int cmdPeople(const QStringList& args); // PeopleCommands.cpp
int cmdPair(const QStringList& args); // PeopleCommands.cpp
int cmdCase(const QStringList& args);
int cmdAudit(const QStringList& args);

} // namespace gs::cli
