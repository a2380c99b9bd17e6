// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench: prints what encryption costs. (1) Unlock: the scrypt KDF behind a key slot, a KeyRing
// unwrap and a full Vault::unlock, all with the production parameters. (2) The store: the same workload run
// by two child processes, one on SQLCipher and one on the system's plain SQLite, then a table with the ratio.
// Not a test: it asserts nothing about speed, it reports.

#include "accounts/Session.h"
#include "crypto/Crypto.h"
#include "crypto/KeyRing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

constexpr int kKdfRepeats = 5;

struct Options
{
    int rows = 100000;
    int queries = 10000;
    quint64 seed = 20260101;
    int repeat = 3;
    std::optional<int> cacheKib;
    std::optional<int> pageSize;
    QString baseDir;
    bool json = false;
    bool control = false;
    bool skipKdf = false;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures unlock (KDF) time and the store workload on SQLCipher and on plain SQLite, and prints the ratio."));
    parser.addHelpOption();
    const QCommandLineOption rows(
        QStringLiteral("rows"), QStringLiteral("Leads to insert (default 100000)."), QStringLiteral("n"));
    const QCommandLineOption queries(
        QStringLiteral("queries"), QStringLiteral("Queries in the mix (default 10000)."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Data and query seed."), QStringLiteral("n"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print one JSON object instead of the table."));
    const QCommandLineOption cache(QStringLiteral("cache-kib"),
        QStringLiteral("PRAGMA cache_size = -N in both stores (default: library default, as the app)."),
        QStringLiteral("n"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        QStringLiteral("Page size in both stores, for experiments (default 4096, the app's)."),
        QStringLiteral("bytes"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Where to create the databases (default: temp)."), QStringLiteral("path"));
    const QCommandLineOption control(QStringLiteral("control"),
        QStringLiteral(
            "Also run SQLCipher's library without a key: separates the cipher's cost from the older SQLite core."));
    const QCommandLineOption skipKdf(QStringLiteral("skip-kdf"), QStringLiteral("Skip the unlock measurements."));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Runs of each store process; the table shows medians (default 3)."), QStringLiteral("n"));
    parser.addOptions({ rows, queries, seed, json, cache, pageSize, dir, control, skipKdf, repeat });
    parser.process(app);
    Options o;
    if (parser.isSet(rows))
        o.rows = std::max(1, parser.value(rows).toInt());
    if (parser.isSet(queries))
        o.queries = std::max(0, parser.value(queries).toInt());
    if (parser.isSet(seed))
        o.seed = parser.value(seed).toULongLong();
    if (parser.isSet(cache))
        o.cacheKib = parser.value(cache).toInt();
    if (parser.isSet(pageSize))
        o.pageSize = parser.value(pageSize).toInt();
    o.baseDir = parser.isSet(dir) ? parser.value(dir) : QDir::tempPath();
    o.json = parser.isSet(json);
    o.control = parser.isSet(control);
    o.skipKdf = parser.isSet(skipKdf);
    if (parser.isSet(repeat))
        o.repeat = std::max(1, parser.value(repeat).toInt());
    return o;
}

/// Median and fastest of `repeats` runs of `work`, in milliseconds.
QJsonObject timeRepeated(int repeats, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { { QStringLiteral("median_ms"), ms[ms.size() / 2] }, { QStringLiteral("min_ms"), ms.front() },
        { QStringLiteral("runs"), repeats } };
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "gridsentinel_bench: %s\n", message.toLocal8Bit().constData());
    std::exit(EXIT_FAILURE);
}

void check(const gs::Status& status, const char* what)
{
    if (!status)
        fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), status.error().message));
}

/// The unlock path with the production cost (gs::crypto::ScryptParams defaults), piece by piece.
QJsonObject measureUnlock()
{
    const gs::crypto::ScryptParams params;
    const QString user = QStringLiteral("bench");
    const QString password = QStringLiteral("correct horse battery");
    QJsonObject out { { QStringLiteral("log_n"), params.logN }, { QStringLiteral("r"), params.r },
        { QStringLiteral("p"), params.p } };

    const QByteArray salt = gs::crypto::randomBytes(16);
    out.insert(QStringLiteral("scrypt"), timeRepeated(kKdfRepeats, [&] {
        check(gs::Status::from(gs::crypto::scrypt(password.toUtf8(), salt, params)), "scrypt");
    }));

    // A key file as the app writes it, read back from disk, then one slot unwrapped (scrypt + AES-GCM + MAC).
    QTemporaryDir dir;
    const QString keysPath = dir.filePath(QStringLiteral("bench.db.keys"));
    const gs::SecureBytes master = gs::SecureBytes::random(32);
    gs::KeyRing ring(QStringLiteral("bench-node"));
    check(ring.setUserSlot(user, password, master, params), "setUserSlot");
    check(ring.save(keysPath, master), "save key file");
    auto loaded = gs::KeyRing::load(keysPath);
    check(gs::Status::from(loaded), "load key file");
    out.insert(QStringLiteral("keyring_unwrap"),
        timeRepeated(kKdfRepeats, [&] { check(gs::Status::from(loaded->unlockUser(user, password)), "unlockUser"); }));

    // The whole sign-in: key file, unwrap, open + key SQLCipher, migration check, node and user rows.
    gs::Vault::NodeSetup setup;
    setup.databasePath = dir.filePath(QStringLiteral("node/gridsentinel.db"));
    setup.nodeName = QStringLiteral("Bench node");
    setup.districtCode = QStringLiteral("350102");
    setup.districtName = QStringLiteral("鼓楼区");
    setup.adminUserName = user;
    setup.adminPassword = password;
    setup.kdf = params;
    auto created = gs::Vault::createNode(setup);
    check(gs::Status::from(created), "Vault::createNode");
    created->session.reset(); // the app is locked before it is unlocked
    out.insert(QStringLiteral("vault_unlock"), timeRepeated(kKdfRepeats, [&] {
        auto session = gs::Vault::unlock(setup.databasePath, user, password);
        check(gs::Status::from(session), "Vault::unlock");
    }));
    return out;
}

/// Runs one store process (located next to this executable) and returns the JSON line it printed.
QJsonObject runStore(const QString& program, QStringList args, const Options& o)
{
    QTemporaryDir dir(o.baseDir + QStringLiteral("/gridsentinel-bench-XXXXXX"));
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a folder in %1").arg(o.baseDir));
    args << QStringLiteral("--dir") << dir.path() << QStringLiteral("--rows") << QString::number(o.rows)
         << QStringLiteral("--queries") << QString::number(o.queries) << QStringLiteral("--seed")
         << QString::number(o.seed);
    if (o.cacheKib)
        args << QStringLiteral("--cache-kib") << QString::number(*o.cacheKib);
    if (o.pageSize)
        args << QStringLiteral("--page-size") << QString::number(*o.pageSize);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationDirPath() + QLatin1Char('/') + program, args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("%1 failed (%2)").arg(program, process.errorString()));
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.last());
    if (!doc.isObject())
        fail(QStringLiteral("%1 printed no JSON result").arg(program));
    return doc.object();
}

/// Field by field median of several runs' reports (numbers; nested objects likewise; other values from the first).
QJsonObject medianOf(const QList<QJsonObject>& runs)
{
    QJsonObject out = runs.first();
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QString key = it.key();
        if (it.value().isObject()) {
            QList<QJsonObject> nested;
            for (const QJsonObject& run : runs)
                nested << run[key].toObject();
            it.value() = medianOf(nested);
        } else if (it.value().isDouble()) {
            std::vector<double> values;
            for (const QJsonObject& run : runs)
                values.push_back(run[key].toDouble());
            std::sort(values.begin(), values.end());
            const std::size_t n = values.size();
            it.value() = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
    }
    return out;
}

/// Runs every store `repeat` times, interleaved and in alternating order, so slow periods of the disk (and
/// whatever the page cache holds from the previous run) do not always fall on the same library.
QJsonObject runStores(const Options& o)
{
    struct Variant
    {
        QString key;
        QString program;
        QStringList args;
        QList<QJsonObject> runs;
    };
    std::vector<Variant> variants = {
        { QStringLiteral("sqlcipher"), QStringLiteral("gridsentinel_bench_store_cipher"), {}, {} },
        { QStringLiteral("sqlite"), QStringLiteral("gridsentinel_bench_store_plain"), {}, {} },
    };
    if (o.control)
        variants.push_back({ QStringLiteral("sqlcipher_no_key"), QStringLiteral("gridsentinel_bench_store_cipher"),
            { QStringLiteral("--no-key") }, {} });
    for (int r = 0; r < o.repeat; ++r) {
        for (std::size_t i = 0; i < variants.size(); ++i) {
            Variant& v = variants[r % 2 ? variants.size() - 1 - i : i];
            v.runs << runStore(v.program, v.args, o);
        }
    }
    QJsonObject out;
    for (const Variant& v : variants)
        out.insert(v.key, medianOf(v.runs));
    return out;
}

/// The 1-minute load average: on a shared two-core machine, other work skews every figure, so it is printed.
double loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    return loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').value(0).toDouble() : -1.0;
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        // /proc files report size 0, so read to the end rather than testing atEnd().
        for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

// ---- Table -------------------------------------------------------------------------------------------------

/// One table line: how to read a figure out of a store's JSON.
struct Metric
{
    QString label;
    std::function<double(const QJsonObject&)> value;
    int decimals;
};

constexpr const char* kKinds[] = { "by_id", "by_case_no", "status_page", "count_by_grid", "title_search", "update" };

double kindMicros(const QJsonObject& store, const char* kind, const char* field)
{
    const QJsonObject k = store[QStringLiteral("query_kinds")][QLatin1String(kind)].toObject();
    const int count = k[QStringLiteral("count")].toInt();
    return count ? k[QLatin1String(field)].toDouble() * 1000.0 / count : 0.0;
}

std::vector<Metric> storeMetrics(const Options& o)
{
    const auto field
        = [](const char* name) { return [name](const QJsonObject& s) { return s[QLatin1String(name)].toDouble(); }; };
    const auto mib = [](const char* name, double unit) {
        return
            [name, unit](const QJsonObject& s) { return s[QLatin1String(name)].toDouble() * unit / (1024.0 * 1024.0); };
    };
    std::vector<Metric> m = {
        { QStringLiteral("open existing db: key + settings + first read, ms"), field("reopen_ms"), 2 },
        { QStringLiteral("create schema + reference rows, ms"), field("setup_ms"), 1 },
        { QStringLiteral("insert %1 leads (+change_log, 1000/tx), ms").arg(o.rows), field("insert_ms"), 0 },
        { QStringLiteral("insert rate, leads/s"), field("insert_rows_per_s"), 0 },
        { QStringLiteral("  CPU time of the inserts, ms"), field("insert_cpu_ms"), 0 },
        { QStringLiteral("  written through syscalls, MiB"), mib("insert_written_bytes", 1.0), 0 },
        { QStringLiteral("  read through syscalls, MiB"), mib("insert_read_bytes", 1.0), 0 },
        { QStringLiteral("query mix of %1, ms").arg(o.queries), field("query_ms"), 0 },
        { QStringLiteral("query rate, queries/s"), field("queries_per_s"), 0 },
        { QStringLiteral("  CPU time of the queries, ms"), field("query_cpu_ms"), 0 },
        { QStringLiteral("  read through syscalls, MiB"), mib("query_read_bytes", 1.0), 0 },
    };
    for (const char* kind : kKinds)
        m.push_back({ QStringLiteral("  %1, us/query").arg(QLatin1String(kind)),
            [kind](const QJsonObject& s) { return kindMicros(s, kind, "ms"); }, 1 });
    for (const char* kind : kKinds)
        m.push_back({ QStringLiteral("  %1, CPU us/query").arg(QLatin1String(kind)),
            [kind](const QJsonObject& s) { return kindMicros(s, kind, "cpu_ms"); }, 1 });
    m.push_back({ QStringLiteral("close (final WAL checkpoint), ms"), field("close_ms"), 1 });
    m.push_back({ QStringLiteral("file size, MiB"), mib("file_bytes", 1.0), 1 });
    m.push_back({ QStringLiteral("peak RSS (VmHWM), MiB"), mib("peak_rss_kib", 1024.0), 1 });
    return m;
}

QString storeTitle(const QJsonObject& s)
{
    const QString sqlite = s[QStringLiteral("sqlite_version")].toString();
    const QString cipher = s[QStringLiteral("cipher_version")].toString();
    if (cipher.isEmpty())
        return QStringLiteral("SQLite %1").arg(sqlite);
    return QStringLiteral("SQLCipher %1%2")
        .arg(cipher, s[QStringLiteral("encrypted")].toBool() ? QString() : QStringLiteral(" no key"));
}

QString cell(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printLine(const QString& label, const QStringList& cells)
{
    QString line = label.leftJustified(50);
    for (const QString& c : cells)
        line += QStringLiteral(" | ") + c.rightJustified(16);
    std::printf("%s\n", line.toUtf8().constData());
}

void printTable(const QJsonObject& result, const Options& o)
{
    const QJsonObject machine = result[QStringLiteral("machine")].toObject();
    std::printf(
        "GridSentinel bench: %d cores, %s; %d leads, %d queries, seed %llu; store figures are medians of %d runs\n"
        "Load average (1 min) at start %.2f, at end %.2f: the bench adds about 1 (one process, plus fsync waits); more "
        "means other work shared the CPU.\n\n",
        machine[QStringLiteral("nproc")].toInt(), machine[QStringLiteral("cpu")].toString().toUtf8().constData(),
        o.rows, o.queries, o.seed, o.repeat, machine[QStringLiteral("load_start")].toDouble(),
        machine[QStringLiteral("load_end")].toDouble());

    if (result.contains(QStringLiteral("unlock"))) {
        const QJsonObject u = result[QStringLiteral("unlock")].toObject();
        std::printf("Unlock (scrypt N=2^%d, r=%d, p=%d; median of %d, fastest in brackets)\n",
            u[QStringLiteral("log_n")].toInt(), u[QStringLiteral("r")].toInt(), u[QStringLiteral("p")].toInt(),
            kKdfRepeats);
        for (const auto& [key, label] :
            { std::pair { "scrypt", "raw scrypt" }, std::pair { "keyring_unwrap", "KeyRing slot unwrap" },
                std::pair { "vault_unlock", "Vault::unlock (full sign-in)" } }) {
            const QJsonObject t = u[QLatin1String(key)].toObject();
            std::printf("  %-32s %8.1f ms  (%.1f)\n", label, t[QStringLiteral("median_ms")].toDouble(),
                t[QStringLiteral("min_ms")].toDouble());
        }
        std::printf(
            "  (plain SQLite has no key and no KDF: its unlock cost is the \"open existing db\" line below)\n\n");
    }

    const QJsonObject cipher = result[QStringLiteral("sqlcipher")].toObject();
    const QJsonObject plain = result[QStringLiteral("sqlite")].toObject();
    const QJsonObject control = result[QStringLiteral("sqlcipher_no_key")].toObject();
    QStringList header = { storeTitle(cipher), storeTitle(plain), QStringLiteral("ratio cipher/plain") };
    if (o.control)
        header << storeTitle(control) << QStringLiteral("ratio cipher/no key");
    printLine(QStringLiteral("metric"), header);
    printLine(QStringLiteral("SQLite core"),
        { cipher[QStringLiteral("sqlite_version")].toString(), plain[QStringLiteral("sqlite_version")].toString(),
            QString() });
    for (const Metric& m : storeMetrics(o)) {
        const double a = m.value(cipher);
        const double b = m.value(plain);
        QStringList cells = { cell(a, m.decimals), cell(b, m.decimals), b > 0 ? cell(a / b, 2) : QStringLiteral("-") };
        if (o.control) {
            const double c = m.value(control);
            cells << cell(c, m.decimals) << (c > 0 ? cell(a / c, 2) : QStringLiteral("-"));
        }
        printLine(m.label, cells);
    }
    const QJsonObject settings = cipher[QStringLiteral("settings")].toObject();
    QStringList pairs;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value().toString();
    std::printf("\nSettings (both, read back): %s\n", pairs.join(QStringLiteral(", ")).toUtf8().constData());
    std::printf("Ratios are cipher/plain for every line: above 1 means slower (or bigger) for times and sizes,\n"
                "below 1 means slower for rates.\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("gridsentinel_bench"));
    const Options o = parseOptions(app);

    QJsonObject result;
    QJsonObject machine { { QStringLiteral("nproc"), QThread::idealThreadCount() },
        { QStringLiteral("cpu"), cpuModel() }, { QStringLiteral("load_start"), loadAverage() } };
    if (!o.skipKdf)
        result.insert(QStringLiteral("unlock"), measureUnlock());
    result.insert(QStringLiteral("runs"), o.repeat);
    // One after the other, never side by side: on two cores they would measure each other.
    const QJsonObject stores = runStores(o);
    for (auto it = stores.begin(); it != stores.end(); ++it)
        result.insert(it.key(), it.value());
    machine.insert(QStringLiteral("load_end"), loadAverage());
    result.insert(QStringLiteral("machine"), machine);

    if (o.json) {
        const auto ratio = [&](const char* key) {
            const double plain = result[QStringLiteral("sqlite")][QLatin1String(key)].toDouble();
            return plain > 0 ? result[QStringLiteral("sqlcipher")][QLatin1String(key)].toDouble() / plain : 0.0;
        };
        QJsonObject ratios;
        for (const char* key : { "reopen_ms", "insert_ms", "insert_cpu_ms", "insert_rows_per_s", "query_ms",
                 "query_cpu_ms", "queries_per_s", "file_bytes", "peak_rss_kib" })
            ratios.insert(QLatin1String(key), ratio(key));
        result.insert(QStringLiteral("ratio_cipher_over_plain"), ratios);
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        printTable(result, o);
    }
    return 0;
}
