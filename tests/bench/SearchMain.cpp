// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_search: Chinese substring search at scale. Two processes, same seeded leads:
//  - this one, SQLCipher through the app's own code: a node made by gs::Vault::createNode (cheap scrypt),
//    lead rows inserted with SQL, indexed by gs::LeadSearchIndex::put in gs::Transaction batches, and
//    queried through gs::LeadQuery as the node's supervisor (the real lead-list path: FTS4 bigrams, the two
//    rarest from fts4aux, verified with instr()); plus a LIKE '%text%' scan on lead_search for reference
//    and list pages with a status or a grid filter;
//  - gridsentinel_bench_search_plain: system SQLite 3.40 with an FTS5 trigram index over the same text.
// Then prints a table (or --json). How to run it and what it measured: docs/performance.md.

#include "SearchWorkload.h"

#include "accounts/Session.h"
#include "leads/LeadQuery.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace gs::bench;
using namespace gs::bench::search;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "gridsentinel_bench_search: %s\n", qPrintable(message));
    std::exit(1);
}

void check(const gs::Status& s, const char* what)
{
    if (!s)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error().message));
}

template <typename T> T take(gs::Result<T>&& r, const char* what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(*r);
}

void bindValue(gs::Statement& stmt, int index, const SqlValue& v)
{
    if (const auto* i = std::get_if<qint64>(&v))
        stmt.bind(index, *i);
    else if (const auto* d = std::get_if<double>(&v))
        stmt.bind(index, *d);
    else if (const auto* b = std::get_if<QByteArray>(&v))
        stmt.bind(index, b->constData());
    else
        stmt.bindNull(index);
}

void insertRow(gs::Statement& stmt, const Row& row)
{
    for (std::size_t i = 0; i < row.size(); ++i)
        bindValue(stmt, int(i) + 1, row[i]);
    check(stmt.run(), "insert");
    stmt.reset();
}

const double* real(const Row& row, const char* column, double& store)
{
    const auto* d = std::get_if<double>(&row[std::size_t(WorkloadData::leadColumns().indexOf(QByteArray(column)))]);
    if (!d)
        return nullptr;
    store = *d;
    return &store;
}

QJsonObject runCipher(const Options& o)
{
    QJsonObject report;
    gs::Vault::NodeSetup setup;
    setup.databasePath = QDir(o.dir).filePath(QStringLiteral("node/gridsentinel.db"));
    setup.nodeName = QStringLiteral("Search bench node");
    setup.districtCode = QStringLiteral("BENCH");
    setup.districtName = QStringLiteral("基准区");
    setup.adminUserName = QStringLiteral("bench-supervisor");
    setup.adminDisplayName = QStringLiteral("Bench supervisor");
    setup.adminPassword = QStringLiteral("correct horse battery staple 2026");
    setup.kdf = gs::crypto::ScryptParams { 10, 8, 1 }; // cheap: the KDF is not what this bench measures
    auto created = take(gs::Vault::createNode(setup), "Vault::createNode");
    std::unique_ptr<gs::Session> session = std::move(created.session);
    gs::Database& db = session->db();
    report.insert(QStringLiteral("library"), db.cipherVersion());

    WorkloadData data(o.seed);
    {
        gs::Transaction tx(db);
        check(tx.begun(), "begin");
        for (const TableData& table : data.referenceTables()) {
            auto insert = take(db.prepare(insertSql(table.name, table.columns).constData()), "prepare");
            for (const Row& row : table.rows)
                insertRow(insert, row);
        }
        check(tx.commit(), "commit");
    }

    QuerySampler sampler(o);
    auto insertLead = take(db.prepare(insertSql("leads", WorkloadData::leadColumns()).constData()), "prepare leads");
    double buildMs = 0;
    const qint64 all = nowNs();
    generate(data, sampler, o.rows, 1000, [&](std::vector<Lead>& leads, std::vector<QString>& texts) {
        const qint64 start = nowNs();
        gs::Transaction tx(db);
        check(tx.begun(), "begin");
        for (std::size_t i = 0; i < leads.size(); ++i) {
            insertRow(insertLead, leads[i].row);
            double lon = 0, lat = 0;
            check(gs::LeadSearchIndex::put(db, QString::fromLatin1(leads[i].id), texts[i], real(leads[i].row, "lon", lon),
                      real(leads[i].row, "lat", lat)),
                "LeadSearchIndex::put");
        }
        check(tx.commit(), "commit");
        buildMs += msSince(start);
    });
    report.insert(QStringLiteral("build_ms"), buildMs);
    report.insert(QStringLiteral("build_with_generation_ms"), msSince(all));
    check(db.exec("PRAGMA wal_checkpoint(TRUNCATE);"), "checkpoint");
    report.insert(QStringLiteral("db_bytes"), QFileInfo(setup.databasePath).size());

    // (1) The app's search: LeadQuery as the supervisor, newest first, 50 rows; then its count.
    gs::LeadQuery query(*session);
    Timings ours;
    for (const SearchQuery& q : sampler.queries()) {
        gs::LeadFilter f;
        f.text = q.text;
        qint64 start = nowNs();
        take(query.page(f, gs::LeadQuery::Sort::Newest, 0, 50), "LeadQuery::page");
        const double pageMs = msSince(start);
        start = nowNs();
        const qint64 n = take(query.count(f), "LeadQuery::count");
        ours.add(q.cls, pageMs, msSince(start), n);
    }
    report.insert(QStringLiteral("search"), ours.toJson());

    // The planning step alone (fts4aux document counts of every distinct bigram of the query), which
    // LeadQuery runs once for the page and once more for the count.
    std::map<QString, std::vector<double>> planMs;
    for (const SearchQuery& q : sampler.queries()) {
        const qint64 start = nowNs();
        take(gs::LeadSearchIndex::plan(db, q.text), "LeadSearchIndex::plan");
        planMs[q.cls].push_back(msSince(start));
    }
    QJsonObject plans;
    for (auto& [cls, samples] : planMs)
        plans.insert(cls, summarize(samples));
    report.insert(QStringLiteral("plan"), plans);

    // (2) Reference: LIKE '%text%' over the stored normalised text, same columns, joins, visibility and order.
    const QString select = QStringLiteral(
        "SELECT l.id, l.case_no, l.status, l.title, l.entity_name, l.address, g.name, c.name, l.risk_level, l.risk_score, "
        "l.amount_cents, u.display_name, l.created_at, l.deadline_at, l.lon, l.lat ");
    const QString from = QStringLiteral(
        "FROM lead_search s JOIN leads l ON l.id = s.lead_id LEFT JOIN grids g ON g.id = l.grid_id "
        "LEFT JOIN communities c ON c.id = g.community_id LEFT JOIN users u ON u.id = l.reporter_user_id "
        "WHERE s.text LIKE ?1 AND l.deleted = 0 AND l.status <> 'draft' ");
    auto likePage = take(db.prepare(select + from + QStringLiteral("ORDER BY l.created_at DESC, l.id DESC LIMIT 50")), "like page");
    auto likeCount = take(db.prepare(QStringLiteral("SELECT count(*) ") + from), "like count");
    Timings like;
    std::map<QString, int> scanned;
    for (const SearchQuery& q : sampler.queries()) {
        if (scanned[q.cls]++ >= o.scanQueries)
            continue;
        const QString arg = QLatin1Char('%') + q.text + QLatin1Char('%');
        qint64 start = nowNs();
        likePage.bind(1, arg);
        while (likePage.nextRow()) { }
        likePage.reset();
        const double pageMs = msSince(start);
        start = nowNs();
        likeCount.bind(1, arg);
        likeCount.nextRow();
        const qint64 n = likeCount.int64(0);
        likeCount.reset();
        like.add(q.cls, pageMs, msSince(start), n);
    }
    report.insert(QStringLiteral("like"), like.toJson());

    // (3) The list without text: a status filter, a grid filter (first page, newest first).
    const QStringList statuses = { QStringLiteral("submitted"), QStringLiteral("assigned"), QStringLiteral("investigating"),
        QStringLiteral("closed") };
    std::vector<double> statusMs, gridMs;
    for (int i = 0; i < 50; ++i) {
        gs::LeadFilter f;
        f.statuses = { statuses[i % statuses.size()] };
        qint64 start = nowNs();
        take(query.page(f, gs::LeadQuery::Sort::Newest, 0, 50), "status page");
        statusMs.push_back(msSince(start));
        gs::LeadFilter g;
        g.gridId = QString::fromLatin1(data.randomGridId());
        start = nowNs();
        take(query.page(g, gs::LeadQuery::Sort::Newest, 0, 50), "grid page");
        gridMs.push_back(msSince(start));
    }
    report.insert(QStringLiteral("status_page"), summarize(statusMs));
    report.insert(QStringLiteral("grid_page"), summarize(gridMs));
    session.reset();
    report.insert(QStringLiteral("peak_rss_kib"), peakRssKib());
    return report;
}

QJsonObject runPlain(const Options& o)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/gridsentinel_bench_search_plain"), toArguments(o));
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("gridsentinel_bench_search_plain failed"));
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed());
    if (!doc.isObject())
        die(QStringLiteral("gridsentinel_bench_search_plain printed no JSON"));
    return doc.object();
}

double num(const QJsonObject& side, const QString& group, const QString& cls, const char* kind, const char* stat)
{
    const QJsonValue v = side[group].toObject()[cls].toObject()[QLatin1String(kind)].toObject()[QLatin1String(stat)];
    return v.isUndefined() ? -1 : v.toDouble();
}

QString fmt(double v) { return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', v < 10 ? 2 : 1); }

void printTable(const Options& o, const QJsonObject& cipher, const QJsonObject& plain)
{
    std::printf("GridSentinel search bench: %d leads, seed %llu, %d sampled queries per length\n", o.rows,
        static_cast<unsigned long long>(o.seed), o.perLength);
    std::printf("  ours  = SQLCipher %s, gs::LeadQuery (FTS4 bigrams + instr verification), supervisor session\n",
        qPrintable(cipher[QStringLiteral("library")].toString()));
    std::printf("  fts5  = SQLite %s, FTS5 trigram MATCH '\"text\"' (2-char: LIKE '%%text%%' on the FTS5 table, %d queries)\n",
        qPrintable(plain[QStringLiteral("library")].toString()), o.scanQueries);
    std::printf("  like  = SQLCipher LIKE '%%text%%' scan of lead_search (%d queries per class)\n\n", o.scanQueries);
    std::printf("  build (insert + index), s:  ours %.1f   fts5 %.1f    db size, MiB: ours %.0f   fts5 %.0f\n",
        cipher[QStringLiteral("build_ms")].toDouble() / 1000, plain[QStringLiteral("build_ms")].toDouble() / 1000,
        cipher[QStringLiteral("db_bytes")].toDouble() / 1048576, plain[QStringLiteral("db_bytes")].toDouble() / 1048576);
    std::printf("  peak RSS, MiB:  ours %.0f   fts5 %.0f\n\n", cipher[QStringLiteral("peak_rss_kib")].toDouble() / 1024,
        plain[QStringLiteral("peak_rss_kib")].toDouble() / 1024);
    std::printf("  %-7s %-6s %5s %9s %9s %9s %9s %7s %7s %9s %12s\n", "query", "what", "n", "ours med", "ours p95",
        "fts5 med", "fts5 p95", "ratio", "ratio95", "like med", "hits/q ours/fts5");
    for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
        const QString cls = QLatin1String(c);
        for (const char* kind : { "page", "count" }) {
            const double om = num(cipher, QStringLiteral("search"), cls, kind, "median_ms");
            const double op = num(cipher, QStringLiteral("search"), cls, kind, "p95_ms");
            const double fm = num(plain, QStringLiteral("search"), cls, kind, "median_ms");
            const double fp = num(plain, QStringLiteral("search"), cls, kind, "p95_ms");
            const double lm = num(cipher, QStringLiteral("like"), cls, kind, "median_ms");
            const double n = num(cipher, QStringLiteral("search"), cls, kind, "n");
            const auto meanHits = [&](const QJsonObject& side) {
                const QJsonObject c = side[QStringLiteral("search")].toObject()[cls].toObject();
                const double runs = c[QStringLiteral("count")].toObject()[QStringLiteral("n")].toDouble();
                return runs > 0 ? QString::number(c[QStringLiteral("hits_total")].toDouble() / runs, 'f', 0) : QStringLiteral("-");
            };
            const QString hits = meanHits(cipher) + QLatin1Char('/') + meanHits(plain);
            std::printf("  %-7s %-6s %5.0f %9s %9s %9s %9s %7s %7s %9s %12s\n", c, kind, n, qPrintable(fmt(om)),
                qPrintable(fmt(op)), qPrintable(fmt(fm)), qPrintable(fmt(fp)),
                qPrintable(fm > 0 ? fmt(om / fm) : QStringLiteral("-")), qPrintable(fp > 0 ? fmt(op / fp) : QStringLiteral("-")),
                qPrintable(fmt(lm)), qPrintable(std::strcmp(kind, "count") == 0 ? hits : QString()));
        }
    }
    const auto filt = [&](const char* key) {
        const QJsonObject s = cipher[QLatin1String(key)].toObject();
        return QStringLiteral("median %1 ms, p95 %2 ms")
            .arg(fmt(s[QStringLiteral("median_ms")].toDouble()), fmt(s[QStringLiteral("p95_ms")].toDouble()));
    };
    std::printf("\n  LeadSearchIndex::plan alone (fts4aux lookups; LeadQuery runs it for the page and again for the count), ms:");
    for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
        const QJsonObject p = cipher[QStringLiteral("plan")].toObject()[QLatin1String(c)].toObject();
        std::printf(" %s median %s p95 %s;", c, qPrintable(fmt(p[QStringLiteral("median_ms")].toDouble())),
            qPrintable(fmt(p[QStringLiteral("p95_ms")].toDouble())));
    }
    std::printf("\n");
    std::printf("\n  list first page without text (ours, 50 queries each): status filter %s; grid filter %s\n",
        qPrintable(filt("status_page")), qPrintable(filt("grid_page")));
    std::printf("  (ratio = ours / fts5; times in ms; hits/q = mean count per query, the two sides must agree)\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o = parseOptions(app, "Chinese search bench: the app's FTS4 bigram search on SQLCipher vs FTS5 trigram on SQLite.");
    std::unique_ptr<QTemporaryDir> temp;
    if (o.dir.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/gridsentinel-search-XXXXXX"));
        o.dir = temp->path();
    }
    QDir().mkpath(o.dir);
    const QJsonObject cipher = runCipher(o);
    const QJsonObject plain = runPlain(o);
    if (o.json) {
        QJsonObject all;
        all.insert(QStringLiteral("rows"), o.rows);
        all.insert(QStringLiteral("seed"), QString::number(o.seed));
        all.insert(QStringLiteral("queries_per_length"), o.perLength);
        all.insert(QStringLiteral("scan_queries"), o.scanQueries);
        all.insert(QStringLiteral("sqlcipher"), cipher);
        all.insert(QStringLiteral("sqlite_fts5"), plain);
        std::printf("%s\n", QJsonDocument(all).toJson(QJsonDocument::Indented).constData());
    } else {
        printTable(o, cipher, plain);
    }
    return 0;
}
