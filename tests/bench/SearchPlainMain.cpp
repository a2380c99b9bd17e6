// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_search_plain: the reference side of the search bench. The system libsqlite3 (3.40,
// FTS5 with the trigram tokenizer), the app's schema for the leads, and an FTS5 trigram index over the same
// normalised text the app indexes. Run by gridsentinel_bench_search with the same arguments; prints one
// JSON line. A separate process because SQLCipher and libsqlite3 export the same sqlite3_* names.

#include "SearchWorkload.h"
#include "SqliteHandle.h"
#include "store/Schema.h"

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
const QByteArray kOrder = " ORDER BY l.created_at DESC, l.id DESC LIMIT 50";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app, "Search bench, plain SQLite + FTS5 trigram side (run by gridsentinel_bench_search).");
    if (o.dir.isEmpty())
        fail(QStringLiteral("--dir is required"));
    const QString path = QDir(o.dir).filePath(QStringLiteral("plain.db"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    QJsonObject report;
    report.insert(QStringLiteral("library"), QString::fromLatin1(sqlite3_libversion()));
    {
        SqlConnection db(path);
        if (!db.text("PRAGMA cipher_version;").isEmpty())
            fail(QStringLiteral("the plain build loaded SQLCipher"));
        if (db.text("SELECT sqlite_compileoption_used('ENABLE_FTS5');") != "1")
            fail(QStringLiteral("this libsqlite3 has no FTS5"));
        sqlite3_busy_timeout(db.handle(), 5000);
        db.exec("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA synchronous = FULL; "
                "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL;");
        for (const auto& m : gs::schema::migrations()) {
            db.exec("BEGIN IMMEDIATE;");
            db.exec(m.sql);
            db.exec("COMMIT;");
        }
        db.exec("CREATE VIRTUAL TABLE lead_fts5 USING fts5(text, tokenize='trigram');");

        WorkloadData data(o.seed);
        db.exec("BEGIN IMMEDIATE;");
        for (const TableData& table : data.referenceTables()) {
            SqlStatement insert(db.handle(), insertSql(table.name, table.columns));
            for (const Row& row : table.rows) {
                insert.bindRow(row);
                insert.run();
            }
        }
        db.exec("COMMIT;");

        QuerySampler sampler(o);
        SqlStatement insertLead(db.handle(), insertSql("leads", WorkloadData::leadColumns()));
        SqlStatement insertFts(db.handle(), "INSERT INTO lead_fts5 (rowid, text) VALUES (?, ?)");
        double buildMs = 0;
        const qint64 all = nowNs();
        generate(data, sampler, o.rows, 1000, [&](std::vector<Lead>& leads, std::vector<QString>& texts) {
            const qint64 start = nowNs();
            db.exec("BEGIN IMMEDIATE;");
            for (std::size_t i = 0; i < leads.size(); ++i) {
                insertLead.bindRow(leads[i].row);
                insertLead.run();
                insertFts.bind(1, qint64(sqlite3_last_insert_rowid(db.handle())));
                insertFts.bind(2, texts[i].toUtf8());
                insertFts.run();
            }
            db.exec("COMMIT;");
            buildMs += msSince(start);
        });
        report.insert(QStringLiteral("build_ms"), buildMs);
        report.insert(QStringLiteral("build_with_generation_ms"), msSince(all));
        db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
        report.insert(QStringLiteral("db_bytes"), QFileInfo(path).size());

        SqlStatement matchPage(db.handle(), kSelect + "FROM lead_fts5 f" + kJoins + "WHERE lead_fts5 MATCH ?1" + kVisible + kOrder);
        SqlStatement matchCount(db.handle(), "SELECT count(*) FROM lead_fts5 f" + kJoins + "WHERE lead_fts5 MATCH ?1" + kVisible);
        // 2-character queries: the trigram index cannot answer them, and in 3.40 a LIKE pattern under 3
        // characters handed to the FTS5 trigram table returns no rows at all (checked: '%养老%' finds nothing).
        // (+f.text) keeps the constraint away from FTS5, so SQLite scans the table and applies LIKE itself.
        SqlStatement likePage(db.handle(), kSelect + "FROM lead_fts5 f" + kJoins + "WHERE (+f.text) LIKE ?1" + kVisible + kOrder);
        SqlStatement likeCount(db.handle(), "SELECT count(*) FROM lead_fts5 f" + kJoins + "WHERE (+f.text) LIKE ?1" + kVisible);

        Timings timings;
        std::map<QString, int> scanned;
        for (const SearchQuery& q : sampler.queries()) {
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
            const qint64 n = count.scalar();
            timings.add(q.cls, pageMs, msSince(start), n);
        }
        report.insert(QStringLiteral("search"), timings.toJson());
    }
    report.insert(QStringLiteral("peak_rss_kib"), peakRssKib());
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
