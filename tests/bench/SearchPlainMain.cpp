// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_search_plain: the reference side of the search bench. The system libsqlite3 (3.40,
// FTS5 with the trigram tokenizer), the app's schema for the leads, and an FTS5 trigram index over the same
// normalised text the app indexes. Run by gridsentinel_bench_search with the same arguments; prints one
// JSON line. A separate process because SQLCipher and libsqlite3 export the same sqlite3_* names.

#include "LeadDataset.h"
#include "SearchWorkload.h"
#include "SqliteHandle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace gs::bench;
using namespace gs::bench::search;

namespace {

// The app's lead list columns and joins (LeadQuery::page), supervisor visibility (no drafts of others).
const QByteArray kSelect = "SELECT l.id, l.case_no, l.status, l.title, l.entity_name, l.address, g.name, c.name, "
                           "l.risk_level, l.risk_score, l.amount_cents, u.display_name, l.created_at, l.deadline_at, l.lon, "
                           "l.lat, (l.deadline_at IS NOT NULL AND l.deadline_at < '2099-01-01' AND l.status IN ('submitted')) ";
const QByteArray kJoins = " JOIN leads l ON l.rowid = f.rowid LEFT JOIN grids g ON g.id = l.grid_id "
                          "LEFT JOIN communities c ON c.id = g.community_id LEFT JOIN users u ON u.id = l.reporter_user_id ";
const QByteArray kVisible = " AND l.deleted = 0 AND l.status <> 'draft' ";
const QByteArray kOrder = " ORDER BY l.created_at DESC, l.id DESC LIMIT 100";
const QByteArray kRowidOrder = " ORDER BY f.rowid DESC LIMIT 100";

/// plain.db: the app's schema, the same leads as the node (same seed, same generator) and an FTS5 trigram
/// index over the same normalised text. Bulk-load settings as on the node side (no fsync, big cache).
QJsonObject build(const Options& o, const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    QJsonObject report;
    SqlConnection db(path);
    if (!db.text("PRAGMA cipher_version;").isEmpty())
        fail(QStringLiteral("the plain build loaded SQLCipher"));
    if (db.text("SELECT sqlite_compileoption_used('ENABLE_FTS5');") != "1")
        fail(QStringLiteral("this libsqlite3 has no FTS5"));
    db.exec("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA synchronous = OFF; "
            "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL; PRAGMA cache_size = -262144;");
    db.migrate();
    db.exec("CREATE VIRTUAL TABLE lead_fts5 USING fts5(text, tokenize='trigram');");

    WorkloadData data(o.seed, datasetMeanIntervalMs(o.rows));
    db.exec("BEGIN IMMEDIATE;");
    for (const TableData& table : data.referenceTables()) {
        SqlStatement insert(db.handle(), insertSql(table.name, table.columns));
        for (const Row& row : table.rows) {
            insert.bindRow(row);
            insert.run();
        }
    }
    db.exec("COMMIT;");

    QuerySampler sampler(o.rows, o.seed, 1); // the node side keeps the queries; this one only generates
    SqlStatement insertLead(db.handle(), insertSql("leads", WorkloadData::leadColumns()));
    SqlStatement insertFts(db.handle(), "INSERT INTO lead_fts5 (rowid, text) VALUES (?, ?)");
    const qint64 start = nowNs();
    int written = 0;
    generate(data, sampler, o.rows, 10000, [&](std::vector<Lead>& leads, std::vector<QString>& texts) {
        db.exec("BEGIN IMMEDIATE;");
        for (std::size_t i = 0; i < leads.size(); ++i) {
            insertLead.bindRow(leads[i].row);
            insertLead.run();
            insertFts.bind(1, qint64(sqlite3_last_insert_rowid(db.handle())));
            insertFts.bind(2, texts[i].toUtf8());
            insertFts.run();
        }
        db.exec("COMMIT;");
        written += int(leads.size());
        if (written % 100000 == 0 || written == o.rows)
            std::fprintf(stderr, "dataset: plain %d/%d leads, %.0f s\n", written, o.rows, msSince(start) / 1000);
    });
    db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    report.insert(QStringLiteral("build_ms"), msSince(start));
    return report;
}

QJsonObject query(const Options& o, const QString& path)
{
    const std::vector<SearchQuery> queries = loadQueries(o.queriesFile, o.perLength);
    if (queries.empty())
        fail(QStringLiteral("no queries in %1").arg(o.queriesFile));
    QJsonObject report;
    report.insert(QStringLiteral("library"), QString::fromLatin1(sqlite3_libversion()));
    report.insert(QStringLiteral("db_bytes"), QFileInfo(path).size());
    {
        SqlConnection db(path);
        if (!db.text("PRAGMA cipher_version;").isEmpty())
            fail(QStringLiteral("the plain build loaded SQLCipher"));
        // The app's connection settings (gs::Database::configureAfterKey), 128 MiB cache included.
        sqlite3_busy_timeout(db.handle(), 5000);
        db.exec("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA synchronous = FULL; "
                "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072;");
        db.migrate(); // indexes added since the dataset was built (not timed)

        SqlStatement matchPage(db.handle(), kSelect + "FROM lead_fts5 f" + kJoins + "WHERE lead_fts5 MATCH ?1" + kVisible + kOrder);
        // The best an FTS5 app could do for newest first: FTS5 streams matches in rowid order, and here the
        // rowid order is the creation order (the leads were inserted oldest first), so it stops after a page.
        SqlStatement rowidPage(
            db.handle(), kSelect + "FROM lead_fts5 f" + kJoins + "WHERE lead_fts5 MATCH ?1" + kVisible + kRowidOrder);
        SqlStatement likeRowidPage(
            db.handle(), kSelect + "FROM lead_fts5 f" + kJoins + "WHERE (+f.text) LIKE ?1" + kVisible + kRowidOrder);
        // Counted as the list counts (LeadQuery::count with the list's cap, kCountCapArgument).
        SqlStatement matchCount(db.handle(),
            "SELECT count(*) FROM (SELECT 1 FROM lead_fts5 f JOIN leads l ON l.rowid = f.rowid WHERE lead_fts5 MATCH ?1"
                + kVisible + " LIMIT ?2)");
        // 2-character queries: the trigram index cannot answer them, and in 3.40 a LIKE pattern under 3
        // characters handed to the FTS5 trigram table returns no rows at all (checked: '%养老%' finds nothing).
        // (+f.text) keeps the constraint away from FTS5, so SQLite scans the table and applies LIKE itself.
        SqlStatement likePage(db.handle(), kSelect + "FROM lead_fts5 f" + kJoins + "WHERE (+f.text) LIKE ?1" + kVisible + kOrder);
        SqlStatement likeCount(db.handle(),
            "SELECT count(*) FROM (SELECT 1 FROM lead_fts5 f JOIN leads l ON l.rowid = f.rowid WHERE (+f.text) LIKE ?1"
                + kVisible + " LIMIT ?2)");

        Timings timings, byRowid;
        std::map<QString, int> scanned;
        for (const SearchQuery& q : queries) {
            const bool trigram = q.text.size() >= 3;
            if (!trigram && scanned[q.cls]++ >= o.scanQueries)
                continue; // a full scan of the FTS5 table per query: only a subset
            SqlStatement& page = trigram ? matchPage : likePage;
            SqlStatement& count = trigram ? matchCount : likeCount;
            const QByteArray arg = trigram ? '"' + q.text.toUtf8() + '"' : '%' + q.text.toUtf8() + '%';
            qint64 start = nowNs();
            page.bind(1, arg);
            page.consume();
            const double pageMs = msSince(start);
            start = nowNs();
            count.bind(1, arg);
            count.bind(2, qint64(kCountCap));
            const qint64 n = count.scalar();
            const double countMs = msSince(start);
            timings.add(q.cls, pageMs, countMs, n);
            SqlStatement& fast = trigram ? rowidPage : likeRowidPage;
            start = nowNs();
            fast.bind(1, arg);
            fast.consume();
            byRowid.add(q.cls, msSince(start), countMs, n);
        }
        report.insert(QStringLiteral("search"), timings.toJson());
        report.insert(QStringLiteral("search_by_rowid"), byRowid.toJson());
    }
    report.insert(QStringLiteral("peak_rss_kib"), peakRssKib());
    return report;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options o
        = parseOptions(app, "Search bench, plain SQLite + FTS5 trigram side (run by gridsentinel_bench_search).");
    if (o.dir.isEmpty())
        fail(QStringLiteral("--dir is required"));
    const QString path = QDir(o.dir).filePath(QStringLiteral("plain.db"));
    const QJsonObject report = o.build ? build(o, path) : query(o, path);
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
