// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// The store workload, compiled twice: gridsentinel_bench_store_cipher (Debian's static SQLCipher,
// GS_BENCH_SQLCIPHER defined) and gridsentinel_bench_store_plain (the system libsqlite3). Each build is its
// own process so the two libraries, which export the same sqlite3_* names, never meet in one address space.
// gridsentinel_bench runs both with the same arguments and prints one JSON line from each.

#include "SqliteHandle.h"
#include "WorkloadData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <optional>

namespace gs::bench {
namespace {

#ifdef GS_BENCH_SQLCIPHER
constexpr bool kCipherBuild = true;
#else
constexpr bool kCipherBuild = false;
#endif

constexpr int kBatch = 1000; // leads per transaction
constexpr int kOpenRepeats = 5;

struct Options
{
    QString dir;
    int rows = 100000;
    int queries = 10000;
    quint64 seed = 1;
    std::optional<int> cacheKib; ///< PRAGMA cache_size = -N; unset keeps the library default, as the app does
    int pageSize = 4096; ///< the app's cipher_page_size; other values are for experiments only
    bool encrypt = kCipherBuild; ///< --no-key: SQLCipher's library without a key (isolates the cost of the cipher)
    bool explain = false;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GridSentinel store workload (run by gridsentinel_bench)."));
    parser.addHelpOption();
    const QCommandLineOption dir(
        QStringLiteral("dir"), QStringLiteral("Folder for the database."), QStringLiteral("path"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Leads to insert."), QStringLiteral("n"));
    const QCommandLineOption queries(
        QStringLiteral("queries"), QStringLiteral("Queries in the mix."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Data and query seed."), QStringLiteral("n"));
    const QCommandLineOption cache(
        QStringLiteral("cache-kib"), QStringLiteral("Page cache size in KiB."), QStringLiteral("n"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"), QStringLiteral("Page size (default 4096, as the app)."), QStringLiteral("bytes"));
    const QCommandLineOption noKey(
        QStringLiteral("no-key"), QStringLiteral("Do not key the database (cipher build only)."));
    const QCommandLineOption explain(
        QStringLiteral("explain"), QStringLiteral("Print query plans and compile options to stderr."));
    parser.addOptions({ dir, rows, queries, seed, cache, pageSize, noKey, explain });
    parser.process(app);
    if (!parser.isSet(dir))
        fail(QStringLiteral("--dir is required"));
    Options o;
    o.dir = parser.value(dir);
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
    if (parser.isSet(noKey)) {
        if (!kCipherBuild)
            fail(QStringLiteral("--no-key only applies to the SQLCipher build"));
        o.encrypt = false;
    }
    o.explain = parser.isSet(explain);
    return o;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuMsNow()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Wall and CPU time over the sections a Stopwatch brackets. On this kind of machine fdatasync latency varies
/// a lot from run to run; CPU time shows the library's own work (the cipher's included) without that noise.
struct Cost
{
    double wallMs = 0;
    double cpuMs = 0;
};

class Stopwatch
{
public:
    Stopwatch()
        : m_cpuStart(cpuMsNow())
    {
        m_wall.start();
    }
    void addTo(Cost& cost) const
    {
        cost.wallMs += msSince(m_wall);
        cost.cpuMs += cpuMsNow() - m_cpuStart;
    }

private:
    QElapsedTimer m_wall;
    double m_cpuStart;
};

/// Bytes moved by read and write system calls so far (/proc/self/io rchar, wchar): the same workload should
/// move about the same bytes through both libraries; a difference would mean different page traffic.
struct IoCounters
{
    qint64 read = 0;
    qint64 written = 0;
    static IoCounters now()
    {
        QFile io(QStringLiteral("/proc/self/io"));
        IoCounters c;
        if (!io.open(QIODevice::ReadOnly))
            return c;
        for (const QByteArray& line : io.readAll().split('\n')) {
            if (line.startsWith("rchar:"))
                c.read = line.mid(6).trimmed().toLongLong();
            else if (line.startsWith("wchar:"))
                c.written = line.mid(6).trimmed().toLongLong();
        }
        return c;
    }
};

void insertIo(QJsonObject& report, const char* phase, const IoCounters& before)
{
    const IoCounters after = IoCounters::now();
    report.insert(QLatin1String(phase) + QLatin1String("_read_bytes"), after.read - before.read);
    report.insert(QLatin1String(phase) + QLatin1String("_written_bytes"), after.written - before.written);
}

qint64 peakRssKib()
{
    // /proc files report size 0, so read to the end rather than testing atEnd().
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Keys the connection the way gs::Database::open does: a raw 256-bit key (no passphrase KDF), then
/// 4096-byte cipher pages before the first read.
void applyKey(SqlConnection& db, const QByteArray& key, int pageSize)
{
    db.exec("PRAGMA key = \"x'" + key.toHex() + "'\";");
    db.exec("PRAGMA cipher_page_size = " + QByteArray::number(pageSize) + ';');
}

/// Refuses to measure the wrong thing: the cipher build must really be SQLCipher, the plain one must not be.
void checkLibrary(SqlConnection& db)
{
    const QByteArray cipher = db.text("PRAGMA cipher_version;");
    if (kCipherBuild && cipher.isEmpty())
        fail(QStringLiteral("the cipher build is not running SQLCipher (PRAGMA cipher_version is empty)"));
    if (!kCipherBuild && !cipher.isEmpty())
        fail(QStringLiteral("the plain build answered PRAGMA cipher_version (%1): SQLCipher was loaded")
                 .arg(QString::fromUtf8(cipher)));
}

/// The app's connection settings (gs::Database::configureAfterKey and gs::Migrator), identical in both builds.
void applySettings(SqlConnection& db, const Options& o)
{
    sqlite3_busy_timeout(db.handle(), 5000);
    db.exec(
        "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;");
    if (o.cacheKib)
        db.exec("PRAGMA cache_size = -" + QByteArray::number(*o.cacheKib) + ';');
    db.exec("PRAGMA journal_mode = WAL;");
}

/// Opens the database, keyed or not, checks the library and applies the settings. On a new file the plain
/// connection asks for the same page size explicitly (4096 is also its default).
std::unique_ptr<SqlConnection> openStore(const QString& path, const QByteArray& key, const Options& o)
{
    auto db = std::make_unique<SqlConnection>(path);
    checkLibrary(*db);
    if (o.encrypt)
        applyKey(*db, key, o.pageSize);
    else
        db->exec("PRAGMA page_size = " + QByteArray::number(o.pageSize) + ';');
    // The first read proves the key (and, on a new file, fixes the page size).
    db->text("SELECT count(*) FROM sqlite_master;");
    applySettings(*db, o);
    return db;
}

QJsonObject settingsReport(SqlConnection& db, const Options& o)
{
    QJsonObject s;
    for (const char* pragma :
        { "journal_mode", "synchronous", "foreign_keys", "secure_delete", "temp_store", "page_size", "cache_size" })
        s.insert(QString::fromLatin1(pragma), QString::fromUtf8(db.text(QByteArray("PRAGMA ") + pragma + ';')));
    if (o.encrypt)
        s.insert(QStringLiteral("cipher_page_size"), QString::fromUtf8(db.text("PRAGMA cipher_page_size;")));
    return s;
}

void insertReferenceData(SqlConnection& db, WorkloadData& data)
{
    db.exec("BEGIN IMMEDIATE;");
    for (const TableData& table : data.referenceTables()) {
        SqlStatement insert(db.handle(), insertSql(table.name, table.columns));
        for (const Row& row : table.rows) {
            insert.bindRow(row);
            insert.run();
        }
    }
    db.exec("COMMIT;");
}

struct InsertResult
{
    Cost cost; ///< inside SQLite only (BEGIN .. COMMIT), generation excluded
    double generateMs = 0;
    std::vector<QByteArray> ids;
    std::vector<QByteArray> caseNos;
};

/// Inserts `rows` leads, each with its change_log entry as RecordWriter writes it, 1000 per transaction.
InsertResult insertLeads(SqlConnection& db, WorkloadData& data, int rows)
{
    InsertResult result;
    result.ids.reserve(std::size_t(rows));
    result.caseNos.reserve(std::size_t(rows));
    SqlStatement insertLead(db.handle(), insertSql("leads", WorkloadData::leadColumns()));
    SqlStatement insertChange(db.handle(), insertSql("change_log", ChangeEntry::columns()));
    std::vector<Lead> batch;
    for (int done = 0; done < rows;) {
        // Build the batch first so only the database work is timed.
        QElapsedTimer generate;
        generate.start();
        batch.clear();
        for (int i = 0; i < kBatch && done + i < rows; ++i)
            batch.push_back(data.nextLead());
        result.generateMs += msSince(generate);

        const Stopwatch timer;
        db.exec("BEGIN IMMEDIATE;");
        for (const Lead& lead : batch) {
            insertLead.bindRow(lead.row);
            insertLead.run();
            insertChange.bindRow(lead.change.toRow());
            insertChange.run();
        }
        db.exec("COMMIT;");
        timer.addTo(result.cost);

        for (Lead& lead : batch) {
            result.ids.push_back(std::move(lead.id));
            result.caseNos.push_back(std::move(lead.caseNo));
        }
        done += int(batch.size());
    }
    return result;
}

// The query mix: what the lead list, detail view, dashboard, search box and workflow actions issue.
enum class Query { ById, ByCaseNo, StatusPage, CountByGrid, TitleSearch, Update, Count };
struct QueryInfo
{
    const char* name;
    int weight; ///< out of 100
};
constexpr std::array<QueryInfo, std::size_t(Query::Count)> kQueries = { {
    { "by_id", 30 },
    { "by_case_no", 20 },
    { "status_page", 20 },
    { "count_by_grid", 10 },
    { "title_search", 10 },
    { "update", 10 },
} };

Query pickQuery(WorkloadData& data)
{
    int r = int(data.below(100));
    for (std::size_t i = 0; i < kQueries.size(); ++i) {
        if (r < kQueries[i].weight)
            return Query(i);
        r -= kQueries[i].weight;
    }
    return Query::ById;
}

struct QueryStats
{
    int count = 0;
    Cost cost;
    qint64 rows = 0;
};

/// Prepared once; each query binds its parameters and is timed on its own.
class QueryMix
{
public:
    QueryMix(SqlConnection& db, WorkloadData& data, const InsertResult& inserted)
        : m_db(db)
        , m_data(data)
        , m_inserted(inserted)
        , m_byId(db.handle(), "SELECT * FROM leads WHERE id = ?")
        , m_byCaseNo(db.handle(), "SELECT * FROM leads WHERE case_no = ?")
        , m_statusPage(db.handle(),
              "SELECT id, case_no, title, status, risk_level, entity_name, created_at FROM leads "
              "WHERE status = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 50 OFFSET ?")
        , m_countByGrid(db.handle(), "SELECT count(*) FROM leads WHERE grid_id = ? AND deleted = 0")
        , m_titleSearch(db.handle(),
              "SELECT id, case_no, title, status, created_at FROM leads "
              "WHERE created_at >= ? AND created_at < ? AND title LIKE ? AND deleted = 0 "
              "ORDER BY created_at DESC LIMIT 50")
        , m_update(db.handle(),
              "UPDATE leads SET status = ?, assignee_user_id = ?, updated_at = ?, updated_by = ? WHERE id = ?")
        , m_logChange(db.handle(), insertSql("change_log", ChangeEntry::columns()))
    { }

    std::array<QueryStats, std::size_t(Query::Count)> run(int count)
    {
        std::array<QueryStats, std::size_t(Query::Count)> stats {};
        for (int i = 0; i < count; ++i) {
            const Query kind = pickQuery(m_data);
            QueryStats& s = stats[std::size_t(kind)];
            s.rows += runOne(kind, s.cost);
            ++s.count;
        }
        return stats;
    }

    void explain()
    {
        for (const char* sql : { "SELECT * FROM leads WHERE case_no = 'x'",
                 "SELECT id FROM leads WHERE status = 'x' AND deleted = 0 ORDER BY created_at DESC LIMIT 50",
                 "SELECT count(*) FROM leads WHERE grid_id = 'x' AND deleted = 0",
                 "SELECT id FROM leads WHERE created_at >= 'a' AND created_at < 'b' AND title LIKE '%x%' "
                 "AND deleted = 0 ORDER BY created_at DESC LIMIT 50" }) {
            std::fprintf(stderr, "%s\n", sql);
            sqlite3_stmt* stmt = nullptr;
            sqlite3_prepare_v2(
                m_db.handle(), (QByteArray("EXPLAIN QUERY PLAN ") + sql).constData(), -1, &stmt, nullptr);
            while (sqlite3_step(stmt) == SQLITE_ROW)
                std::fprintf(stderr, "    %s\n", reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
            sqlite3_finalize(stmt);
        }
    }

private:
    const QByteArray& randomOf(const std::vector<QByteArray>& values)
    {
        return values[std::size_t(m_data.below(values.size()))];
    }

    /// Draws the parameters (not timed), then runs and times the query. Returns the rows it produced.
    qint64 runOne(Query kind, Cost& cost)
    {
        std::optional<Stopwatch> timer;
        qint64 rows = 0;
        switch (kind) {
        case Query::ById: {
            m_byId.bind(1, randomOf(m_inserted.ids));
            timer.emplace();
            rows = m_byId.consume();
            break;
        }
        case Query::ByCaseNo: {
            m_byCaseNo.bind(1, randomOf(m_inserted.caseNos));
            timer.emplace();
            rows = m_byCaseNo.consume();
            break;
        }
        case Query::StatusPage: {
            m_statusPage.bind(1, m_data.randomStatus());
            m_statusPage.bind(2, qint64(m_data.below(10) * 50));
            timer.emplace();
            rows = m_statusPage.consume();
            break;
        }
        case Query::CountByGrid: {
            m_countByGrid.bind(1, m_data.randomGridId());
            timer.emplace();
            m_countByGrid.scalar();
            rows = 1;
            break;
        }
        case Query::TitleSearch: {
            const auto [first, last] = m_data.randomWindow(7);
            m_titleSearch.bind(1, first);
            m_titleSearch.bind(2, last);
            m_titleSearch.bind(3, '%' + m_data.randomSearchTerm() + '%');
            timer.emplace();
            rows = m_titleSearch.consume();
            break;
        }
        case Query::Update: {
            const QByteArray& id = randomOf(m_inserted.ids);
            const LeadUpdate u = m_data.nextUpdate(id);
            m_update.bindRow({ u.status, u.assigneeUserId, u.updatedAt, u.updatedBy, id });
            const Row change = u.change.toRow();
            timer.emplace();
            // One workflow action: the row and its change_log entry in one durable transaction.
            m_db.exec("BEGIN IMMEDIATE;");
            m_update.run();
            m_logChange.bindRow(change);
            m_logChange.run();
            m_db.exec("COMMIT;");
            rows = 1;
            break;
        }
        case Query::Count:
            break;
        }
        if (timer)
            timer->addTo(cost);
        return rows;
    }

    SqlConnection& m_db;
    WorkloadData& m_data;
    const InsertResult& m_inserted;
    SqlStatement m_byId;
    SqlStatement m_byCaseNo;
    SqlStatement m_statusPage;
    SqlStatement m_countByGrid;
    SqlStatement m_titleSearch;
    SqlStatement m_update;
    SqlStatement m_logChange;
};

/// Median time to open the existing file, key it, apply the settings and read the schema.
double measureReopen(const QString& path, const QByteArray& key, const Options& o)
{
    std::vector<double> times;
    for (int i = 0; i < kOpenRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto db = openStore(path, key, o);
        db->text("SELECT count(*) FROM leads WHERE rowid = 1;");
        times.push_back(msSince(timer));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool hasPlaintextHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void printCompileOptions(SqlConnection& db)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db.handle(), "PRAGMA compile_options;", -1, &stmt, nullptr);
    std::fprintf(stderr, "compile options:");
    while (sqlite3_step(stmt) == SQLITE_ROW)
        std::fprintf(stderr, " %s", reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    std::fprintf(stderr, "\n");
    sqlite3_finalize(stmt);
}

int run(const Options& o)
{
    const QString path = o.dir + QStringLiteral("/bench.db");
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    WorkloadData data(o.seed);
    QJsonObject report;

    QElapsedTimer setupTimer;
    setupTimer.start();
    auto db = openStore(path, key, o);
    db->migrate(); // the app's schema, every migration in order
    insertReferenceData(*db, data);
    report.insert(QStringLiteral("setup_ms"), msSince(setupTimer));
    report.insert(QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion()));
    report.insert(QStringLiteral("cipher_version"), QString::fromUtf8(db->text("PRAGMA cipher_version;")));
    report.insert(QStringLiteral("encrypted"), o.encrypt);
    report.insert(QStringLiteral("settings"), settingsReport(*db, o));
    if (o.explain)
        printCompileOptions(*db);

    const IoCounters beforeInsert = IoCounters::now();
    const InsertResult inserted = insertLeads(*db, data, o.rows);
    insertIo(report, "insert", beforeInsert);
    report.insert(QStringLiteral("rows"), o.rows);
    report.insert(QStringLiteral("batch"), kBatch);
    report.insert(QStringLiteral("insert_ms"), inserted.cost.wallMs);
    report.insert(QStringLiteral("insert_cpu_ms"), inserted.cost.cpuMs);
    report.insert(QStringLiteral("insert_rows_per_s"), o.rows / (inserted.cost.wallMs / 1000.0));
    report.insert(QStringLiteral("generate_ms"), inserted.generateMs);

    {
        QueryMix mix(*db, data, inserted);
        if (o.explain)
            mix.explain();
        const IoCounters beforeQueries = IoCounters::now();
        const auto stats = mix.run(o.queries);
        insertIo(report, "query", beforeQueries);
        Cost total;
        QJsonObject kinds;
        for (std::size_t i = 0; i < stats.size(); ++i) {
            total.wallMs += stats[i].cost.wallMs;
            total.cpuMs += stats[i].cost.cpuMs;
            kinds.insert(QString::fromLatin1(kQueries[i].name),
                QJsonObject { { QStringLiteral("count"), stats[i].count },
                    { QStringLiteral("ms"), stats[i].cost.wallMs }, { QStringLiteral("cpu_ms"), stats[i].cost.cpuMs },
                    { QStringLiteral("rows"), stats[i].rows } });
        }
        report.insert(QStringLiteral("queries"), o.queries);
        report.insert(QStringLiteral("query_ms"), total.wallMs);
        report.insert(QStringLiteral("query_cpu_ms"), total.cpuMs);
        report.insert(QStringLiteral("queries_per_s"), total.wallMs > 0 ? o.queries / (total.wallMs / 1000.0) : 0.0);
        report.insert(QStringLiteral("query_kinds"), kinds);
    }

    // Closing checkpoints the WAL into the file; part of the cost of the writes above.
    QElapsedTimer closeTimer;
    closeTimer.start();
    db.reset();
    report.insert(QStringLiteral("close_ms"), msSince(closeTimer));
    report.insert(QStringLiteral("file_bytes"), QFileInfo(path).size());
    report.insert(QStringLiteral("plaintext_header"), hasPlaintextHeader(path));
    if (o.encrypt == hasPlaintextHeader(path))
        fail(o.encrypt ? QStringLiteral("the keyed database has a plaintext header: it was not encrypted")
                       : QStringLiteral("the unkeyed database does not look like plain SQLite"));
    report.insert(QStringLiteral("reopen_ms"), measureReopen(path, key, o));
    report.insert(QStringLiteral("peak_rss_kib"), peakRssKib());

    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace
} // namespace gs::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return gs::bench::run(gs::bench::parseOptions(app));
}
