// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench: every figure of docs/performance.md in one run and one table, each next to its goal and,
// where it has a natural peer, the peer measured in the same run. It runs, one after the other (never side by
// side: two cores would measure each other):
//   unlock     scrypt, KeyRing unwrap and Vault::unlock with the production KDF (in this process);
//   store      100k-lead insert + 10k mixed queries: SQLCipher and plain SQLite, one process each;
//   search     gridsentinel_bench_search on the generated 1M-lead node (built once, cached): first page and
//              capped count of 2/4/8-character queries against FTS5 trigram and a LIKE scan, the list's filters;
//   start      gridsentinel_bench_start: process start to an interactive main window, and peak RSS;
//   screening  gridsentinel_bench_screening: RiskScreener::findAll against grep -F -o -f;
//   map        the map branch's frame-time bench, once merged (see measureMap()).
// Not a test: it asserts nothing about speed, it reports. How to run it: docs/performance.md.

#include "accounts/Session.h"
#include "crypto/Crypto.h"
#include "crypto/KeyRing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
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
    /// The app's page cache (gs::Database::configureAfterKey: PRAGMA cache_size = -131072) in both stores.
    std::optional<int> cacheKib = 131072;
    std::optional<int> pageSize;
    QString baseDir;
    bool json = false;
    QString jsonFile; ///< also write the JSON object there (the table still prints)
    bool control = false;
    bool skipKdf = false;
    // The whole run
    bool quick = false; ///< development: 100k-lead search dataset, one store run, smaller screening text
    QStringList only; ///< parts to run (unlock, store, search, start, screening, map); empty: all
    int searchRows = 1000000;
    int searchQueries = 30;
    int startRuns = 3;
    int screeningMb = 50;
    QString dataRoot; ///< dataset cache (gridsentinel_bench_search --data-dir)
    bool runs(const char* part) const { return only.isEmpty() || only.contains(QLatin1String(part)); }
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
    const QCommandLineOption jsonFile(QStringLiteral("json-file"),
        QStringLiteral("Also write that JSON object to this file (the table still prints)."), QStringLiteral("path"));
    const QCommandLineOption cache(QStringLiteral("cache-kib"),
        QStringLiteral("PRAGMA cache_size = -N in both stores (default 131072, as the app; 0: the library default)."),
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
    const QCommandLineOption quick(QStringLiteral("quick"),
        QStringLiteral(
            "Development run: 100k-lead search dataset, one store run, 10 MB of screening text, one start."));
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Comma-separated parts to run: unlock,store,search,start,screening,map (default: all)."),
        QStringLiteral("parts"));
    const QCommandLineOption searchRows(QStringLiteral("search-rows"),
        QStringLiteral("Leads of the search/list/start dataset (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption searchQueries(QStringLiteral("search-queries"),
        QStringLiteral("Sampled queries per length 2/4/8 (default 30)."), QStringLiteral("n"));
    const QCommandLineOption startRuns(QStringLiteral("start-runs"),
        QStringLiteral("Start-up runs; the table shows the median (default 3)."), QStringLiteral("n"));
    const QCommandLineOption dataRoot(QStringLiteral("data-dir"),
        QStringLiteral("Where the generated datasets are cached (default ~/.cache/gridsentinel-bench)."),
        QStringLiteral("path"));
    parser.addOptions({ rows, queries, seed, json, jsonFile, cache, pageSize, dir, control, skipKdf, repeat, quick, only,
        searchRows, searchQueries, startRuns, dataRoot });
    parser.process(app);
    Options o;
    if (parser.isSet(quick)) {
        o.quick = true;
        o.repeat = 1;
        o.searchRows = 100000;
        o.searchQueries = 10;
        o.startRuns = 1;
        o.screeningMb = 10;
    }
    if (parser.isSet(only))
        o.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(searchRows))
        o.searchRows = std::max(1, parser.value(searchRows).toInt());
    if (parser.isSet(searchQueries))
        o.searchQueries = std::max(1, parser.value(searchQueries).toInt());
    if (parser.isSet(startRuns))
        o.startRuns = std::max(1, parser.value(startRuns).toInt());
    o.dataRoot = parser.value(dataRoot);
    if (parser.isSet(rows))
        o.rows = std::max(1, parser.value(rows).toInt());
    if (parser.isSet(queries))
        o.queries = std::max(0, parser.value(queries).toInt());
    if (parser.isSet(seed))
        o.seed = parser.value(seed).toULongLong();
    if (parser.isSet(cache)) {
        o.cacheKib = parser.value(cache).toInt();
        if (*o.cacheKib <= 0)
            o.cacheKib.reset();
    }
    if (parser.isSet(pageSize))
        o.pageSize = parser.value(pageSize).toInt();
    o.baseDir = parser.isSet(dir) ? parser.value(dir) : QDir::tempPath();
    o.json = parser.isSet(json);
    o.jsonFile = parser.value(jsonFile);
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

/// Runs a bench next to this executable and returns the JSON it printed: the whole output, or its last line.
QJsonObject runChild(const QString& program, const QStringList& args, bool lastLine, int timeoutMs = -1)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationDirPath() + QLatin1Char('/') + program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("%1 failed (%2)").arg(program, process.errorString()));
    QByteArray out = process.readAllStandardOutput().trimmed();
    if (lastLine)
        out = out.mid(out.lastIndexOf('\n') + 1);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (!doc.isObject())
        fail(QStringLiteral("%1 printed no JSON result (%2 at byte %3 of %4; it began: %5)")
                 .arg(program, error.errorString())
                 .arg(error.offset)
                 .arg(out.size())
                 .arg(QString::fromUtf8(out.left(120))));
    return doc.object();
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
    return runChild(program, args, true);
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

// ---- The other benches, as child processes ----------------------------------------------------------------

qint64 monotonicNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

QStringList datasetArgs(const Options& o)
{
    QStringList args { QStringLiteral("--rows"), QString::number(o.searchRows) };
    if (!o.dataRoot.isEmpty())
        args << QStringLiteral("--data-dir") << o.dataRoot;
    return args;
}

/// Search and list at 1M leads; also builds (or checks) the cached dataset the start figures use.
QJsonObject measureSearch(const Options& o)
{
    return runChild(QStringLiteral("gridsentinel_bench_search"),
        datasetArgs(o) << QStringLiteral("--queries") << QString::number(o.searchQueries) << QStringLiteral("--json"),
        false);
}

/// Process start to an interactive main window, `startRuns` times (the first also warms the OS cache for
/// the others); the figures are the medians, and the largest peak RSS.
QJsonObject measureStart(const Options& o)
{
    QList<QJsonObject> runs;
    for (int i = 0; i < o.startRuns; ++i) {
        QStringList args = datasetArgs(o);
        args << QStringLiteral("--spawned-at") << QString::number(monotonicNs());
        runs << runChild(QStringLiteral("gridsentinel_bench_start"), args, true);
    }
    QJsonObject out = medianOf(runs);
    double hwm = 0;
    for (const QJsonObject& r : runs)
        hwm = std::max(hwm, r[QStringLiteral("hwm_kib")].toDouble());
    out.insert(QStringLiteral("hwm_kib"), hwm);
    out.insert(QStringLiteral("runs"), o.startRuns);
    return out;
}

QJsonObject measureScreening(const Options& o)
{
    return runChild(QStringLiteral("gridsentinel_bench_screening"),
        { QStringLiteral("--mb"), QString::number(o.screeningMb), QStringLiteral("--runs"), QStringLiteral("3"),
            QStringLiteral("--json") },
        true);
}

// ==== MAP FRAME TIME ========================================================================================
// gridsentinel_bench_map (100k leads + 3k polygons, goal <= 16 ms) prints one JSON object with a run per pan or
// zoom at several zoom levels ("frames": [{ "what", "zoom", "medianMs", "p95Ms", ... }]); the table shows the
// worst run's median and the worst run's p95, and the bench's peak RSS.
const QString kMapBench = QStringLiteral("gridsentinel_bench_map");
QJsonObject measureMap(const Options&)
{
    if (!QFile::exists(QCoreApplication::applicationDirPath() + QLatin1Char('/') + kMapBench))
        return { { QStringLiteral("missing"), true } };
    QJsonObject m = runChild(kMapBench, { QStringLiteral("--json") }, false);
    double median = 0, p95 = 0;
    for (const QJsonValue& run : m[QStringLiteral("frames")].toArray()) {
        median = std::max(median, run[QStringLiteral("medianMs")].toDouble());
        p95 = std::max(p95, run[QStringLiteral("p95Ms")].toDouble());
    }
    m.insert(QStringLiteral("frame_ms_median"), median);
    m.insert(QStringLiteral("frame_ms_p95"), p95);
    return m;
}
// ============================================================================================================

// ---- The one table ----------------------------------------------------------------------------------------

struct Row
{
    QString figure, ours, peer, ratio, goal, met;
};

QString ms(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', v < 10 ? 2 : v < 100 ? 1 : 0) + QStringLiteral(" ms");
}

QString pair(double a, double b)
{
    return ms(a).chopped(3) + QStringLiteral(" / ") + ms(b);
}

QString ratio(double a, double b)
{
    return a >= 0 && b > 0 ? QString::number(a / b, 'f', 2) + QStringLiteral("x") : QStringLiteral("-");
}

QString yesNo(bool ok)
{
    return ok ? QStringLiteral("yes") : QStringLiteral("NO");
}

double at(const QJsonObject& o, const QStringList& path)
{
    QJsonValue v = o;
    for (const QString& key : path)
        v = v.toObject().value(key);
    return v.isDouble() ? v.toDouble() : -1;
}

double bestPositive(double a, double b)
{
    return a < 0 ? b : b < 0 ? a : std::min(a, b);
}

std::vector<Row> tableRows(const QJsonObject& r, const Options& o)
{
    std::vector<Row> rows;
    const auto S = [](const char* t) { return QString::fromUtf8(t); };
    if (r.contains(QStringLiteral("sqlcipher"))) {
        const QJsonObject c = r[QStringLiteral("sqlcipher")].toObject(), p = r[QStringLiteral("sqlite")].toObject();
        for (const auto& [key, label] : { std::pair { "insert_ms", "store: insert %1 leads + change log, 1000/tx" },
                 std::pair { "insert_cpu_ms", "store:   CPU time of the inserts" },
                 std::pair { "query_ms", "store: %2 mixed queries" },
                 std::pair { "query_cpu_ms", "store:   CPU time of the queries" } }) {
            const double a = c[QLatin1String(key)].toDouble(), b = p[QLatin1String(key)].toDouble();
            const bool headline = !QByteArray(key).contains("cpu");
            const QString figure = S(label)
                                       .replace(QStringLiteral("%1"), QString::number(o.rows))
                                       .replace(QStringLiteral("%2"), QString::number(o.queries));
            rows.push_back({ figure, ms(a), ms(b) + S(" SQLite"), ratio(a, b),
                headline ? S("<= 1.3x SQLite") : QString(), headline ? yesNo(b > 0 && a / b <= 1.3) : QString() });
        }
    }
    if (r.contains(QStringLiteral("unlock"))) {
        const double v
            = at(r, { QStringLiteral("unlock"), QStringLiteral("vault_unlock"), QStringLiteral("median_ms") });
        rows.push_back(
            { S("unlock: Vault::unlock, production scrypt"), ms(v), S("-"), S("-"), S("(not a goal)"), QString() });
    }
    if (r.contains(QStringLiteral("search"))) {
        const QJsonObject s = r[QStringLiteral("search")].toObject();
        const QJsonObject ours = s[QStringLiteral("sqlcipher")].toObject(),
                          fts5 = s[QStringLiteral("sqlite_fts5")].toObject();
        const int n = s[QStringLiteral("rows")].toInt();
        for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
            const QString cls = QLatin1String(c);
            const auto get = [&](const QJsonObject& side, const char* group, const char* kind, const char* stat) {
                return at(side, { QLatin1String(group), cls, QLatin1String(kind), QLatin1String(stat) });
            };
            const double pm = get(ours, "search", "page", "median_ms"), pp = get(ours, "search", "page", "p95_ms");
            const double fm = bestPositive(
                get(fts5, "search", "page", "median_ms"), get(fts5, "search_by_rowid", "page", "median_ms"));
            const double fp
                = bestPositive(get(fts5, "search", "page", "p95_ms"), get(fts5, "search_by_rowid", "page", "p95_ms"));
            const double cm = get(ours, "search", "count", "median_ms"), cp = get(ours, "search", "count", "p95_ms");
            const double fcm = get(fts5, "search", "count", "median_ms"), fcp = get(fts5, "search", "count", "p95_ms");
            const double lm = get(ours, "like", "page", "median_ms");
            const double rm = at(ours, { QStringLiteral("refresh"), cls, QStringLiteral("median_ms") });
            const double rp = at(ours, { QStringLiteral("refresh"), cls, QStringLiteral("p95_ms") });
            const QString what
                = cls == QStringLiteral("common") ? S("8 common terms") : S("%1-char queries").arg(cls.left(1));
            rows.push_back({ S("search %1 leads, %2: first page, median / p95").arg(n).arg(what), pair(pm, pp),
                pair(fm, fp) + S(" FTS5"), ratio(pm, fm) + S(" / ") + ratio(pp, fp), S("<= 50 ms, <= 2x FTS5"),
                yesNo(pp <= 50 && fm > 0 && pm / fm <= 2 && pp / fp <= 2) });
            rows.push_back({ S("  same, first page vs a LIKE scan (median)"), ms(pm), ms(lm) + S(" LIKE"),
                ratio(pm, lm), QString(), QString() });
            rows.push_back({ S("  same, count capped at %1, median / p95").arg(s[QStringLiteral("count_cap")].toInt()),
                pair(cm, cp), pair(fcm, fcp) + S(" FTS5"), ratio(cm, fcm) + S(" / ") + ratio(cp, fcp), S("<= 2x FTS5"),
                yesNo(fcm > 0 && cm / fcm <= 2 && cp / fcp <= 2) });
            rows.push_back({ S("  same, whole list refresh (page + count), median / p95"), pair(rm, rp), S("-"), S("-"),
                S("<= 50 ms"), yesNo(rp >= 0 && rp <= 50) });
        }
        const QJsonObject list = ours[QStringLiteral("list")].toObject();
        double worstMedian = 0, worstP95 = 0;
        QString worstKey;
        for (auto it = list.begin(); it != list.end(); ++it) {
            const double m = it.value().toObject()[QStringLiteral("median_ms")].toDouble();
            const double p = it.value().toObject()[QStringLiteral("p95_ms")].toDouble();
            worstP95 = std::max(worstP95, p);
            if (m > worstMedian) {
                worstMedian = m;
                worstKey = it.key();
            }
        }
        rows.push_back({ S("list %1 leads: first page + count, %2 filters/sorts, worst median (%3) / worst p95")
                             .arg(n)
                             .arg(list.size())
                             .arg(worstKey),
            pair(worstMedian, worstP95), S("-"), S("-"), S("<= 50 ms (as search)"), yesNo(worstP95 <= 50) });
    }
    if (r.contains(QStringLiteral("start"))) {
        const QJsonObject st = r[QStringLiteral("start")].toObject();
        const int n = st[QStringLiteral("rows")].toInt();
        rows.push_back({ S("start %1 leads: process start to interactive main window (unlock excluded)").arg(n),
            ms(st[QStringLiteral("start_ms")].toDouble()), S("-"), S("-"), S("<= 1 s"),
            yesNo(st[QStringLiteral("start_ms")].toDouble() <= 1000) });
        rows.push_back({ S("  of which: to the sign-in dialog / sign-in to ready"),
            pair(st[QStringLiteral("process_to_login_ms")].toDouble(),
                st[QStringLiteral("unlocked_to_ready_ms")].toDouble()),
            S("-"), S("-"), QString(), QString() });
        const double mib = st[QStringLiteral("hwm_kib")].toDouble() / 1024;
        rows.push_back(
            { S("memory %1 leads open: peak RSS (list scrolled 2,000 rows, 5 searches, a lead, settings)").arg(n),
                QString::number(mib, 'f', 0) + S(" MiB"), S("-"), S("-"), S("<= 300 MiB"), yesNo(mib <= 300) });
    }
    if (r.contains(QStringLiteral("screening"))) {
        const QJsonObject sc = r[QStringLiteral("screening")].toObject();
        const double ours = sc[QStringLiteral("findall_file_mbps")].toDouble();
        const double grep
            = std::max(sc[QStringLiteral("grep_c_mbps")].toDouble(), sc[QStringLiteral("grep_utf8_mbps")].toDouble());
        rows.push_back({ S("screening %1 MiB: read + decode + every match offset, MB/s")
                             .arg(sc[QStringLiteral("mib")].toDouble(), 0, 'f', 0),
            QString::number(ours, 'f', 1), QString::number(grep, 'f', 1) + S(" grep -F -o"),
            grep > 0 ? QString::number(ours / grep, 'f', 2) + S("x") : S("-"), S(">= 1x grep"),
            yesNo(grep > 0 && ours >= grep) });
    }
    if (r.contains(QStringLiteral("map"))) {
        const QJsonObject m = r[QStringLiteral("map")].toObject();
        if (m[QStringLiteral("missing")].toBool())
            rows.push_back({ S("map: frame time, 100k leads + 3k polygons  [SLOT: issue 5's bench, after merging]"),
                S("not on this branch"), S("-"), S("-"), S("<= 16 ms"), S("-") });
        else
            rows.push_back({ S("map: frame time, 100k leads + 3k polygons, median / p95"),
                pair(m[QStringLiteral("frame_ms_median")].toDouble(), m[QStringLiteral("frame_ms_p95")].toDouble()),
                S("-"), S("-"), S("<= 16 ms"), yesNo(m[QStringLiteral("frame_ms_p95")].toDouble() <= 16) });
    }
    return rows;
}

void printSummary(const QJsonObject& r, const Options& o)
{
    const QJsonObject machine = r[QStringLiteral("machine")].toObject();
    std::printf(
        "GridSentinel benchmarks%s: %d cores, %s; load average %.2f at start, %.2f at end (the bench adds about 1)\n\n",
        o.quick ? " (--quick: not the documented figures)" : "", machine[QStringLiteral("nproc")].toInt(),
        machine[QStringLiteral("cpu")].toString().toUtf8().constData(),
        machine[QStringLiteral("load_start")].toDouble(), machine[QStringLiteral("load_end")].toDouble());
    const std::vector<Row> rows = tableRows(r, o);
    int w[5] = { 6, 4, 4, 5, 4 };
    for (const Row& row : rows) {
        w[0] = std::max(w[0], int(row.figure.size()));
        w[1] = std::max(w[1], int(row.ours.size()));
        w[2] = std::max(w[2], int(row.peer.size()));
        w[3] = std::max(w[3], int(row.ratio.size()));
        w[4] = std::max(w[4], int(row.goal.size()));
    }
    const auto line = [&](const Row& row) {
        std::printf("%s | %s | %s | %s | %s | %s\n", qPrintable(row.figure.leftJustified(w[0])),
            qPrintable(row.ours.rightJustified(w[1])), qPrintable(row.peer.rightJustified(w[2])),
            qPrintable(row.ratio.rightJustified(w[3])), qPrintable(row.goal.leftJustified(w[4])), qPrintable(row.met));
    };
    line({ QStringLiteral("figure"), QStringLiteral("ours"), QStringLiteral("peer"), QStringLiteral("ratio"),
        QStringLiteral("goal"), QStringLiteral("met") });
    std::printf("%s\n", QByteArray(w[0] + w[1] + w[2] + w[3] + w[4] + 20, '-').constData());
    for (const Row& row : rows)
        line(row);
    std::printf("\nratio = ours / peer (times: below 1 is faster; MB/s: above 1 is faster). Peers ran in the same run, "
                "in their "
                "own processes. Details: --json, and each bench on its own (docs/performance.md).\n");
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
    // One after the other, never side by side: on two cores they would measure each other.
    if (o.runs("unlock") && !o.skipKdf)
        result.insert(QStringLiteral("unlock"), measureUnlock());
    if (o.runs("store")) {
        result.insert(QStringLiteral("runs"), o.repeat);
        const QJsonObject stores = runStores(o);
        for (auto it = stores.begin(); it != stores.end(); ++it)
            result.insert(it.key(), it.value());
    }
    if (o.runs("search"))
        result.insert(QStringLiteral("search"), measureSearch(o));
    if (o.runs("start"))
        result.insert(QStringLiteral("start"), measureStart(o));
    if (o.runs("screening"))
        result.insert(QStringLiteral("screening"), measureScreening(o));
    if (o.runs("map"))
        result.insert(QStringLiteral("map"), measureMap(o));
    machine.insert(QStringLiteral("load_end"), loadAverage());
    result.insert(QStringLiteral("machine"), machine);

    if (result.contains(QStringLiteral("sqlcipher"))) {
        const auto ratio = [&](const char* key) {
            const double plain = result[QStringLiteral("sqlite")][QLatin1String(key)].toDouble();
            return plain > 0 ? result[QStringLiteral("sqlcipher")][QLatin1String(key)].toDouble() / plain : 0.0;
        };
        QJsonObject ratios;
        for (const char* key : { "reopen_ms", "insert_ms", "insert_cpu_ms", "insert_rows_per_s", "query_ms",
                 "query_cpu_ms", "queries_per_s", "file_bytes", "peak_rss_kib" })
            ratios.insert(QLatin1String(key), ratio(key));
        result.insert(QStringLiteral("ratio_cipher_over_plain"), ratios);
    }
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    if (!o.jsonFile.isEmpty()) {
        QFile file(o.jsonFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json + '\n') != json.size() + 1)
            fail(QStringLiteral("cannot write %1: %2").arg(o.jsonFile, file.errorString()));
    }
    if (o.json) {
        std::printf("%s\n", json.constData());
        return 0;
    }
    printSummary(result, o);
    if (result.contains(QStringLiteral("sqlcipher"))) {
        std::printf("\n---- store details ----\n");
        printTable(result, o);
    }
    return 0;
}
