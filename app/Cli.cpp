// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Cli.h"

#include "CliSupport.h"
#include "accounts/AccountService.h"
#include "accounts/Session.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoBuilder.h"
#include "domain/Lead.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <functional>
#include <map>

namespace gs::cli {
namespace {

int cmdInit(const QStringList& args)
{
    Command c(args, QStringLiteral("init"));
    QCommandLineOption node(QStringLiteral("node"), tr("Name of this node."), tr("NAME"));
    QCommandLineOption district(QStringLiteral("district"), tr("District this node serves."), tr("NAME"));
    QCommandLineOption districtCode(QStringLiteral("district-code"), tr("GB/T 2260 code of the district."), tr("CODE"));
    QCommandLineOption admin(QStringLiteral("admin"), tr("User name of the first (supervisor) account."), tr("USER"));
    QCommandLineOption displayName(QStringLiteral("name"), tr("Display name of the first account."), tr("NAME"));
    c.parser().addOptions({ node, district, districtCode, admin, displayName });
    if (int rc = c.parse(); rc >= 0)
        return rc;
    for (const auto* o : { &node, &district, &admin }) {
        if (!c.parser().isSet(*o))
            return usage(tr("--%1 is required.").arg(o->names().constFirst()));
    }
    QString password;
    if (!readSecret(tr("Password for %1").arg(c.parser().value(admin)), &password))
        return fail(makeError(Error::Code::InvalidInput, tr("No password on standard input.")));
    auto created = Vault::createNode({ c.db(), c.parser().value(node), c.parser().value(districtCode), c.parser().value(district),
        c.parser().value(admin), c.parser().value(displayName), password, c.kdf() });
    secureWipe(password);
    if (!created)
        return fail(created.error());
    const NodeInfo& info = created->session->node();
    if (c.json()) {
        printJson(QJsonObject { { QStringLiteral("database"), c.db() }, { QStringLiteral("nodeId"), info.id },
            { QStringLiteral("node"), info.name }, { QStringLiteral("district"), info.districtName },
            { QStringLiteral("recoveryCode"), created->recoveryCode } });
    } else {
        out() << tr("Created node \"%1\" for %2 at %3.").arg(info.name, info.districtName, c.db()) << Qt::endl
              << tr("Recovery code (write it down now; it is shown only once):") << Qt::endl
              << QStringLiteral("    ") << created->recoveryCode << Qt::endl;
    }
    return Ok;
}

int cmdDemo(const QStringList& args)
{
    Command c(args, QStringLiteral("demo"));
    QCommandLineOption ifMissing(QStringLiteral("if-missing"), tr("Do nothing (exit 0) if the database already exists."));
    QCommandLineOption leads(QStringLiteral("leads"),
        tr("How many leads the demo history has: 0 (structure, people and accounts only) or 50 to 5000 "
           "(default 360)."),
        QStringLiteral("N"), QStringLiteral("360"));
    c.parser().addOptions({ ifMissing, leads });
    if (int rc = c.parse(); rc >= 0)
        return rc;
    bool leadsOk = false;
    const int leadCount = c.parser().value(leads).toInt(&leadsOk);
    if (!leadsOk || (leadCount != 0 && (leadCount < 50 || leadCount > 5000)))
        return usage(tr("--leads: give 0, or a number from 50 to 5000."));
    if (c.parser().isSet(ifMissing) && Vault::exists(c.db())) {
        err() << tr("The demo database %1 already exists; keeping it.").arg(c.db()) << Qt::endl;
        return Ok;
    }
    DemoBuilder::Options options;
    options.kdf = c.kdf();
    options.leads = leadCount;
    auto summary = DemoBuilder::create(c.db(), options);
    if (!summary)
        return fail(summary.error());
    QJsonObject statuses;
    QStringList statusText;
    for (auto it = summary->statuses.cbegin(); it != summary->statuses.cend(); ++it)
        statuses.insert(it.key(), it.value());
    for (const QString& status : leads::statusKeys()) {
        if (summary->statuses.value(status) > 0)
            statusText << QStringLiteral("%1 %2").arg(leads::statusLabel(status)).arg(summary->statuses.value(status));
    }
    if (c.json()) {
        QJsonArray accounts;
        for (const auto& a : summary->accounts)
            accounts.append(QJsonObject { { QStringLiteral("user"), a.userName }, { QStringLiteral("password"), a.password },
                { QStringLiteral("role"), a.role } });
        printJson(QJsonObject { { QStringLiteral("database"), c.db() }, { QStringLiteral("accounts"), accounts },
            { QStringLiteral("recoveryCode"), summary->recoveryCode }, { QStringLiteral("streets"), summary->streets },
            { QStringLiteral("communities"), summary->communities }, { QStringLiteral("grids"), summary->grids },
            { QStringLiteral("people"), summary->people }, { QStringLiteral("pairings"), summary->pairings },
            { QStringLiteral("users"), summary->users }, { QStringLiteral("leads"), summary->leads },
            { QStringLiteral("statuses"), statuses }, { QStringLiteral("evidenceFiles"), summary->evidenceFiles },
            { QStringLiteral("linkedDuplicates"), summary->linkedDuplicates },
            { QStringLiteral("overdue"), summary->overdue }, { QStringLiteral("dueSoon"), summary->dueSoon },
            { QStringLiteral("auditEvents"), double(summary->auditEvents) } });
        return Ok;
    }
    out() << tr("Demo node created at %1").arg(c.db()) << Qt::endl
          << tr("%1 streets, %2 communities, %3 grids, %4 people, %5 pairings.")
                 .arg(summary->streets)
                 .arg(summary->communities)
                 .arg(summary->grids)
                 .arg(summary->people)
                 .arg(summary->pairings)
          << Qt::endl;
    if (summary->leads > 0) {
        out() << tr("%1 leads of the last 90 days (%2 evidence pictures, %3 linked duplicates), %4 overdue and %5 due "
                    "within a day:")
                     .arg(summary->leads)
                     .arg(summary->evidenceFiles)
                     .arg(summary->linkedDuplicates)
                     .arg(summary->overdue)
                     .arg(summary->dueSoon)
              << Qt::endl
              << QStringLiteral("    ") << statusText.join(tr(", ")) << Qt::endl;
    }
    out() << tr("Demo accounts (user / password / role):") << Qt::endl;
    for (const auto& a : summary->accounts)
        out() << QStringLiteral("    %1 / %2 / %3").arg(a.userName.leftJustified(11), a.password.leftJustified(16),
            roleDisplayName(*roleFromKey(a.role)))
              << Qt::endl;
    out() << tr("Recovery code: %1").arg(summary->recoveryCode) << Qt::endl;
    return Ok;
}

QJsonObject userJson(const User& u)
{
    return QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("user"), u.userName },
        { QStringLiteral("name"), u.displayName }, { QStringLiteral("role"), roleKey(u.role) },
        { QStringLiteral("active"), u.active } };
}

int cmdUser(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("user ") + sub);
    c.addAs();
    QCommandLineOption user(QStringLiteral("user"), tr("The account to add or change."), tr("USER"));
    QCommandLineOption role(QStringLiteral("role"), tr("sentinel, volunteer, supervisor or admin."), tr("ROLE"));
    QCommandLineOption name(QStringLiteral("name"), tr("Display name."), tr("NAME"));
    QCommandLineOption person(QStringLiteral("person"), tr("Id of the sentinel/volunteer profile this account belongs to."), tr("ID"));
    c.parser().addOptions({ user, role, name, person });
    const QStringList subs { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("passwd"), QStringLiteral("reset"),
        QStringLiteral("disable"), QStringLiteral("enable") };
    if (!subs.contains(sub))
        return usage(tr("'user' needs one of: %1.").arg(subs.join(QStringLiteral(", "))));
    if (int rc = c.parse(); rc >= 0)
        return rc;
    const bool needsUser = sub != QStringLiteral("list") && sub != QStringLiteral("passwd");
    if (needsUser && !c.parser().isSet(user))
        return usage(tr("--user is required."));
    if (sub == QStringLiteral("add") && !c.parser().isSet(role))
        return usage(tr("--role is required."));
    auto parsedRole = roleFromKey(c.parser().value(role));
    if (sub == QStringLiteral("add") && !parsedRole)
        return usage(tr("--role must be sentinel, volunteer, supervisor or admin."));

    QString currentPassword;
    auto session = c.unlock(sub == QStringLiteral("passwd") ? &currentPassword : nullptr);
    if (!session)
        return fail(session.error());
    AccountService accounts(**session);
    const QString target = c.parser().value(user);
    auto readNew = [&](QString* pw) { return readSecret(tr("New password for %1").arg(target.isEmpty() ? (*session)->user().userName : target), pw); };
    QString newPassword;
    Status status;
    if (sub == QStringLiteral("list")) {
        auto list = accounts.users();
        if (!list)
            return fail(list.error());
        if (c.json()) {
            QJsonArray a;
            for (const User& u : *list)
                a.append(userJson(u));
            printJson(a);
        } else {
            for (const User& u : *list)
                out() << QStringLiteral("%1\t%2\t%3\t%4")
                             .arg(u.userName, roleKey(u.role), u.displayName, u.active ? tr("active") : tr("disabled"))
                      << Qt::endl;
        }
        return Ok;
    }
    if (sub == QStringLiteral("add")) {
        if (!readNew(&newPassword))
            return fail(makeError(Error::Code::InvalidInput, tr("No password for the new account on standard input.")));
        auto added = accounts.addUser({ target, c.parser().value(name), *parsedRole, newPassword, c.parser().value(person) });
        secureWipe(newPassword);
        if (!added)
            return fail(added.error());
        if (c.json())
            printJson(userJson(*added));
        else
            out() << tr("Added %1 (%2).").arg(added->userName, roleDisplayName(added->role)) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("passwd")) {
        if (!readNew(&newPassword)) {
            secureWipe(currentPassword);
            return fail(makeError(Error::Code::InvalidInput, tr("No new password on standard input.")));
        }
        status = accounts.changeOwnPassword(currentPassword, newPassword);
        secureWipe(currentPassword);
    } else if (sub == QStringLiteral("reset")) {
        if (!readNew(&newPassword))
            return fail(makeError(Error::Code::InvalidInput, tr("No new password on standard input.")));
        status = accounts.resetPassword(target, newPassword);
    } else if (sub == QStringLiteral("disable")) {
        status = accounts.setActive(target, false);
    } else if (sub == QStringLiteral("enable")) {
        if (!readNew(&newPassword))
            return fail(makeError(Error::Code::InvalidInput, tr("No new password on standard input.")));
        status = accounts.setActive(target, true, newPassword);
    }
    secureWipe(newPassword);
    if (!status)
        return fail(status.error());
    out() << tr("Done.") << Qt::endl;
    return Ok;
}

int cmdRecover(const QStringList& args)
{
    Command c(args, QStringLiteral("recover"));
    QCommandLineOption user(QStringLiteral("user"), tr("The account whose password is reset."), tr("USER"));
    c.parser().addOption(user);
    if (int rc = c.parse(); rc >= 0)
        return rc;
    if (!c.parser().isSet(user))
        return usage(tr("--user is required."));
    QString code, password;
    if (!readSecret(tr("Recovery code"), &code) || !readSecret(tr("New password"), &password))
        return fail(makeError(Error::Code::InvalidInput, tr("Give the recovery code and the new password on standard input.")));
    auto session = Vault::unlockWithRecovery(c.db(), code);
    secureWipe(code);
    if (!session) {
        secureWipe(password);
        return fail(session.error());
    }
    (*session)->setKdfParams(c.kdf());
    const Status status = AccountService(**session).resetPassword(c.parser().value(user), password);
    secureWipe(password);
    if (!status)
        return fail(status.error());
    out() << tr("The password of %1 has been reset.").arg(c.parser().value(user)) << Qt::endl;
    return Ok;
}

int count(Database& db, const char* table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QString::fromLatin1(table)));
    return stmt && stmt->nextRow() ? stmt->integer(0) : -1;
}

int cmdInfo(const QStringList& args)
{
    Command c(args, QStringLiteral("info"));
    c.addAs();
    if (int rc = c.parse(); rc >= 0)
        return rc;
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    Session& s = **session;
    QJsonObject counts;
    for (const char* table : { "users", "streets", "communities", "grids", "people", "pairings", "leads" })
        counts.insert(QString::fromLatin1(table), count(s.db(), table));
    const QJsonObject info { { QStringLiteral("database"), s.databasePath() },
        { QStringLiteral("node"),
            QJsonObject { { QStringLiteral("id"), s.node().id }, { QStringLiteral("name"), s.node().name },
                { QStringLiteral("districtCode"), s.node().districtCode }, { QStringLiteral("district"), s.node().districtName },
                { QStringLiteral("createdAt"), s.node().createdAt } } },
        { QStringLiteral("user"), userJson(s.user()) }, { QStringLiteral("schemaVersion"), s.db().userVersion() },
        { QStringLiteral("appSchemaVersion"), schema::latestVersion() }, { QStringLiteral("cipherVersion"), s.db().cipherVersion() },
        { QStringLiteral("encrypted"), !Database::hasPlaintextHeader(s.databasePath()) }, { QStringLiteral("counts"), counts } };
    if (c.json()) {
        printJson(info);
    } else {
        out() << tr("Node: %1 (%2)").arg(s.node().name, s.node().districtName) << Qt::endl
              << tr("Signed in as: %1 (%2)").arg(s.user().displayName, roleDisplayName(s.user().role)) << Qt::endl
              << tr("Schema version: %1; SQLCipher %2").arg(s.db().userVersion()).arg(s.db().cipherVersion()) << Qt::endl;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            out() << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value().toInt()) << Qt::endl;
    }
    return Ok;
}

void printHelp()
{
    out() << tr("GridSentinel %1: lead reporting against illegal financial activity.").arg(QCoreApplication::applicationVersion())
          << Qt::endl
          << Qt::endl
          << tr("Usage:") << Qt::endl
          << QStringLiteral("  gridsentinel [--db PATH] [--lang zh_CN|en]    ") << tr("start the desktop app") << Qt::endl
          << QStringLiteral("  gridsentinel <command> [options]              ") << tr("run a command without a display") << Qt::endl
          << Qt::endl
          << tr("Commands (passwords are read from standard input, one per line):") << Qt::endl
          << QStringLiteral("  init --db PATH --node NAME --district NAME --admin USER\n")
          << QStringLiteral("  demo --db PATH [--if-missing] [--leads N]\n")
          << QStringLiteral("  user add --db PATH --as USER --user U --role R [--name NAME]\n")
          << QStringLiteral("  user list|passwd --db PATH --as USER\n")
          << QStringLiteral("  user reset|disable|enable --db PATH --as USER --user U\n")
          << QStringLiteral("  recover --db PATH --user U\n")
          << QStringLiteral("  info --db PATH --as USER\n")
          << QStringLiteral("  lead add --db PATH --as USER --json FILE [--draft]\n")
          << QStringLiteral("  lead list --db PATH --as USER [--status S] [--grid G] [--mine] [--limit N] [--offset N]\n")
          << QStringLiteral("  lead search --db PATH --as USER TEXT\n")
          << QStringLiteral("  lead show --db PATH --as USER ID|CASE_NO\n")
          << QStringLiteral("  screen --text TEXT | --file FILE [--entity NAME]\n")
          << QStringLiteral("  geo convert --from wgs84|gcj02|bd09 --to wgs84|gcj02|bd09   (lon,lat lines on stdin)\n")
          << QStringLiteral("  map render --db PATH --as USER --out FILE.png [--bbox W,S,E,N] [--layers L,...] [--size WxH]\n")
          << QStringLiteral("  map basemap --db PATH --as USER [--url TEMPLATE [--crs C] [--attribution A] [--max-zoom N] | --off]\n")
          << QStringLiteral("  import divisions --db PATH --as USER --dir DIR --district CODE[,CODE...] [--dry-run]\n")
          << QStringLiteral("  import geojson --db PATH --as USER FILE [--crs wgs84|gcj02|bd09] [--dry-run]\n")
          << QStringLiteral("  people list|export --db PATH --as USER [--kind K] [--search TEXT] [--all] [--out FILE]\n")
          << QStringLiteral("  people import --db PATH --as USER FILE [--dry-run]\n")
          << QStringLiteral("  pair add --db PATH --as USER --sentinel P --volunteer P [--since DATE] [--note TEXT]\n")
          << QStringLiteral("  pair end|repair --db PATH --as USER CARD --reason TEXT [--on DATE] [--sentinel P|--volunteer P]\n")
          << QStringLiteral("  pair list|export --db PATH --as USER [--all|--ended] [--person P] [--out FILE]\n")
          << QStringLiteral("  pair card --db PATH --as USER --pdf OUT CARD\n")
          << QStringLiteral("  pair import --db PATH --as USER FILE [--dry-run];  pair max --db PATH --as USER [N]\n")
          << QStringLiteral("  case show --db PATH --as USER CASE\n")
          << QStringLiteral("  case transition --db PATH --as USER CASE STEP [--note N] [--conclusion C --basis K... --confidence L]\n")
          << QStringLiteral("       [--unit U --opinion O --reference R --until DATE] [--outcome K]\n")
          << QStringLiteral("  case assign --db PATH --as USER CASE --to USER|me [--note N]\n")
          << QStringLiteral("  case report --db PATH --as USER CASE [--pdf FILE] [--json FILE]\n")
          << QStringLiteral("  case list --db PATH --as USER [--view awaiting|due|open|closed|all] [--due] [--overdue]\n")
          << QStringLiteral("  audit verify --db PATH --as USER\n")
          << Qt::endl
          << tr("Every command takes --format text|json (lead list also csv) and --help. See docs/cli.md.") << Qt::endl;
}

const std::map<QString, std::function<int(const QStringList&)>>& commands()
{
    static const std::map<QString, std::function<int(const QStringList&)>> table {
        { QStringLiteral("init"), cmdInit },
        { QStringLiteral("demo"), cmdDemo },
        { QStringLiteral("user"), cmdUser },
        { QStringLiteral("recover"), cmdRecover },
        { QStringLiteral("info"), cmdInfo },
        { QStringLiteral("lead"), cmdLead },
        { QStringLiteral("screen"), cmdScreen },
        { QStringLiteral("geo"), cmdGeo },
        { QStringLiteral("map"), cmdMap },
        { QStringLiteral("import"), cmdImport },
        { QStringLiteral("people"), cmdPeople },
        { QStringLiteral("pair"), cmdPair },
        { QStringLiteral("case"), cmdCase },
        { QStringLiteral("audit"), cmdAudit },
    };
    return table;
}

} // namespace

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("gridsentinel.db"));
}

bool isCommand(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.constFirst();
    return commands().count(first) > 0 || first == QStringLiteral("help") || first == QStringLiteral("--help")
        || first == QStringLiteral("-h") || first == QStringLiteral("--version") || !first.startsWith(QLatin1Char('-'));
}

bool needsGuiApplication(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    const QString sub = arguments.value(1);
    return command == QStringLiteral("map") || command == QStringLiteral("demo") // demo: evidence pictures
        || (command == QStringLiteral("pair") && sub == QStringLiteral("card"))
        || (command == QStringLiteral("case") && sub == QStringLiteral("report"));
}

int run(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name == QStringLiteral("--version")) {
        out() << QStringLiteral("gridsentinel %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Ok;
    }
    if (name == QStringLiteral("help") || name == QStringLiteral("--help") || name == QStringLiteral("-h")) {
        printHelp();
        return Ok;
    }
    const auto it = commands().find(name);
    if (it == commands().end())
        return usage(tr("unknown command '%1'.").arg(name));
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "gridsentinel --db ..." (user keeps its sub-command at index 1)
    return it->second(rest);
}

} // namespace gs::cli
