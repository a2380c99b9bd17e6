// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CliSupport.h"

#include "SecretInput.h"
#include "crypto/SecureBytes.h"
#include "domain/Lead.h"
#include "domain/Validators.h"
#include "leads/LeadQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gs::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("gs::cli", text, disambiguation, n);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {

int exitCodeFor(const Error& e)
{
    switch (e.code) {
    case Error::Code::WrongCredentials:
    case Error::Code::AccountDisabled:
        return WrongCredentials;
    case Error::Code::PermissionDenied:
        return PermissionDenied;
    case Error::Code::KeyFileDamaged:
    case Error::Code::DatabaseDamaged:
    case Error::Code::NotEncrypted:
        return Damaged;
    case Error::Code::SchemaTooNew:
        return SchemaTooNew;
    case Error::Code::InvalidInput:
    case Error::Code::AlreadyExists:
    case Error::Code::NotFound:
        return InvalidInput;
    case Error::Code::Io:
    case Error::Code::Sql:
    case Error::Code::Crypto:
        return Failure;
    }
    return Failure;
}

} // namespace

int fail(const Error& e)
{
    if (e.fields.size() > 1) {
        for (const FieldError& f : e.fields)
            err() << tr("error: %1").arg(f.message) << Qt::endl;
    } else {
        err() << tr("error: %1").arg(e.message) << Qt::endl;
    }
    return exitCodeFor(e);
}

int usage(const QString& message)
{
    err() << tr("error: %1").arg(message) << Qt::endl << tr("Run 'gridsentinel --help' for usage.") << Qt::endl;
    return Usage;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

bool readSecret(const QString& prompt, QString* secret) { return SecretInput().read(prompt, secret); }

int checkStatuses(const QStringList& statuses)
{
    for (const QString& s : statuses) {
        if (!leads::statusKeys().contains(s))
            return usage(tr("unknown status '%1'; one of: %2.").arg(s, leads::statusKeys().join(QStringLiteral(", "))));
    }
    return -1;
}

QString plainYuan(qint64 cents)
{
    return validate::formatAmountYuan(cents).remove(QLatin1Char(','));
}

QJsonObject leadSummaryJson(const LeadSummary& s)
{
    QJsonObject o { { QStringLiteral("id"), s.id }, { QStringLiteral("caseNo"), s.caseNo },
        { QStringLiteral("status"), s.status }, { QStringLiteral("title"), s.title },
        { QStringLiteral("entity"), s.entityName }, { QStringLiteral("grid"), s.gridName },
        { QStringLiteral("riskLevel"), s.riskLevel }, { QStringLiteral("reporter"), s.reporterName },
        { QStringLiteral("overdue"), s.overdue } };
    if (s.amountCents)
        o.insert(QStringLiteral("amountYuan"), plainYuan(*s.amountCents));
    return o;
}

Command::Command(QStringList args, QString name)
    : m_args(std::move(args)), m_name(std::move(name)),
      m_db(QStringLiteral("db"), tr("Database file (default: %1).").arg(defaultDatabasePath()), tr("PATH")),
      m_as(QStringLiteral("as"), tr("Act as this user; the password is read from stdin."), tr("USER")),
      m_format(QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"), QStringLiteral("text")),
      m_fastKdf(QStringLiteral("insecure-fast-kdf"), tr("Testing only: cheap key derivation for new key slots.")),
      m_formats { QStringLiteral("text"), QStringLiteral("json") }
{
    m_parser.setApplicationDescription(tr("gridsentinel %1").arg(m_name));
    m_parser.addHelpOption();
    m_fastKdf.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOptions({ m_db, m_format, m_fastKdf });
}

void Command::addAs() { m_parser.addOption(m_as); }

int Command::parse(int minPositional, int maxPositional)
{
    if (!m_parser.parse(m_args))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        return Ok;
    }
    const int n = int(m_parser.positionalArguments().size());
    if (n < minPositional || n > std::max(minPositional, maxPositional))
        return usage(tr("'%1' takes %n argument(s).", nullptr, maxPositional).arg(m_name));
    const QString f = m_parser.value(m_format);
    if (f != QStringLiteral("text") && f != QStringLiteral("json") && f != QStringLiteral("csv"))
        return usage(tr("--format must be text or json."));
    return -1;
}

QString Command::db() const
{
    return m_parser.isSet(m_db) ? QDir::cleanPath(QDir::current().absoluteFilePath(m_parser.value(m_db))) : defaultDatabasePath();
}

bool Command::json() const { return m_parser.value(m_format) == QStringLiteral("json"); }
QString Command::format() const { return m_parser.value(m_format); }

crypto::ScryptParams Command::kdf() const
{
    return m_parser.isSet(m_fastKdf) ? crypto::ScryptParams { 10, 8, 1 } : crypto::ScryptParams {};
}

Result<std::unique_ptr<Session>> Command::unlock(QString* keepPassword)
{
    const QString user = m_parser.value(m_as);
    if (user.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("--as USER is required."));
    QString password;
    if (!readSecret(tr("Password for %1").arg(user), &password))
        return makeError(Error::Code::InvalidInput, tr("No password on standard input."));
    auto session = Vault::unlock(db(), user, password);
    if (keepPassword && session)
        *keepPassword = password;
    secureWipe(password);
    if (session)
        (*session)->setKdfParams(kdf());
    return session;
}

} // namespace gs::cli
