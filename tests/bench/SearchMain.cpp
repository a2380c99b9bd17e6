// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_search: Chinese search and the lead list at scale (1,000,000 leads by default, --quick
// for 100,000), on the cached generated node (LeadDataset.h). Two processes, the same leads and queries:
//  - this one, SQLCipher through the app's own code, as the node's supervisor: gs::LeadQuery's first page
//    and the list's capped count (the real lead-list path: FTS4 bigrams, the rarest from fts4aux, verified
//    with instr(), or a date-ordered walk for frequent terms), the whole list refresh through
//    gs::LeadListModel::setFilter, a LIKE '%text%' scan for reference, and first pages with filters and sorts;
//  - gridsentinel_bench_search_plain: system SQLite 3.40 with an FTS5 trigram index over the same text.
// Then prints a table (or --json). How to run it and what it measured: docs/performance.md.

#include "LeadDataset.h"
#include "SearchWorkload.h"

#include "accounts/Session.h"
#include "domain/Lead.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadQuery.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace gs::bench;
using namespace gs::bench::search;

static_assert(kPageRows == gs::LeadListModel::kPageSize, "the plain process pages as the list does");
static_assert(kCountCap == gs::LeadListModel::kCountCap, "the plain process counts as the list does");

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "gridsentinel_bench_search: %s\n", qPrintable(message));
    std::exit(1);
}

template <typename T> T take(gs::Result<T>&& r, const char* what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(*r);
}

QStringList column(gs::Database& db, const char* sql)
{
    QStringList out;
    auto stmt = take(db.prepare(sql), "prepare");
    while (stmt.nextRow())
        out << stmt.text(0);
    return out;
}

/// First pages of the list with filters and sorts, each through LeadListModel::setFilter / setSort (first
/// page plus the capped count, what the user waits for), `repeats` times with varied values.
QJsonObject measureList(gs::Session& session, const Options& o)
{
    gs::Database& db = session.db();
    const QStringList grids = column(db, "SELECT id FROM grids ORDER BY id");
    const QStringList communities = column(db, "SELECT id FROM communities ORDER BY id");
    const QStringList streets = column(db, "SELECT id FROM streets ORDER BY id");
    const QString newest = column(db, "SELECT max(created_at) FROM leads").value(0);
    const QDate last = QDateTime::fromString(newest, Qt::ISODateWithMs).date();
    std::mt19937_64 rng(o.seed + 99);
    const auto pick = [&](const QStringList& list) { return list.at(int(rng() % quint64(list.size()))); };
    const QStringList statuses = { QStringLiteral("submitted"), QStringLiteral("in_triage"), QStringLiteral("closed"),
        QStringLiteral("escalated"), QStringLiteral("monitoring") };
    const QStringList categories = gs::leads::defaultCategories();

    struct Case
    {
        const char* key;
        std::function<gs::LeadFilter(int)> filter;
        gs::LeadQuery::Sort sort = gs::LeadQuery::Sort::Newest;
    };
    const std::vector<Case> cases = {
        { "all, newest first", [](int) { return gs::LeadFilter(); } },
        { "status",
            [&](int i) {
                gs::LeadFilter f;
                f.statuses = { statuses.at(i % statuses.size()) };
                return f;
            } },
        { "3 open statuses",
            [](int) {
                gs::LeadFilter f;
                f.statuses = { QStringLiteral("in_triage"), QStringLiteral("needs_info"), QStringLiteral("suspected") };
                return f;
            } },
        { "grid",
            [&](int) {
                gs::LeadFilter f;
                f.gridId = pick(grids);
                return f;
            } },
        { "community",
            [&](int) {
                gs::LeadFilter f;
                f.communityId = pick(communities);
                return f;
            } },
        { "street",
            [&](int) {
                gs::LeadFilter f;
                f.streetId = pick(streets);
                return f;
            } },
        { "risk high",
            [](int) {
                gs::LeadFilter f;
                f.riskLevels = { QStringLiteral("high") };
                return f;
            } },
        { "category",
            [&](int i) {
                gs::LeadFilter f;
                f.categories = { categories.at(i % categories.size()) };
                return f;
            } },
        { "group at risk",
            [](int i) {
                gs::LeadFilter f;
                f.groupsAtRisk = { i % 2 ? QStringLiteral("students") : QStringLiteral("elderly") };
                return f;
            } },
        { "last 30 days",
            [&](int) {
                gs::LeadFilter f;
                f.from = last.addDays(-30);
                f.to = last;
                return f;
            } },
        { "overdue",
            [](int) {
                gs::LeadFilter f;
                f.overdue = true;
                return f;
            } },
        { "status + grid",
            [&](int i) {
                gs::LeadFilter f;
                f.statuses = { statuses.at(i % statuses.size()) };
                f.gridId = pick(grids);
                return f;
            } },
        { "养老 + status",
            [&](int i) {
                gs::LeadFilter f;
                f.text = QStringLiteral("养老");
                f.statuses = { statuses.at(i % statuses.size()) };
                return f;
            } },
        { "all, oldest first", [](int) { return gs::LeadFilter(); }, gs::LeadQuery::Sort::Oldest },
        { "all, risk high first", [](int) { return gs::LeadFilter(); }, gs::LeadQuery::Sort::RiskHighFirst },
        { "all, deadline first", [](int) { return gs::LeadFilter(); }, gs::LeadQuery::Sort::DeadlineFirst },
        { "status, risk high first",
            [&](int i) {
                gs::LeadFilter f;
                f.statuses = { statuses.at(i % statuses.size()) };
                return f;
            },
            gs::LeadQuery::Sort::RiskHighFirst },
    };
    QJsonObject out;
    gs::LeadListModel model(session);
    for (const Case& c : cases) {
        std::vector<double> ms;
        qint64 rows = 0;
        for (int i = 0; i < o.listRepeats; ++i) {
            // Start from another state each time, as a user changing filters does.
            model.setFilter(gs::LeadFilter { .text = QStringLiteral("不会出现的词语") });
            model.setSort(gs::LeadQuery::Sort::Newest);
            const gs::LeadFilter f = c.filter(i);
            const qint64 start = nowNs();
            if (c.sort != gs::LeadQuery::Sort::Newest)
                model.setSort(c.sort);
            model.setFilter(f);
            ms.push_back(msSince(start));
            rows += model.totalCount();
            if (!model.lastError().isEmpty())
                die(QStringLiteral("list %1: %2").arg(QLatin1String(c.key), model.lastError()));
        }
        QJsonObject s = summarize(ms);
        s.insert(QStringLiteral("mean_count"), double(rows) / o.listRepeats);
        out.insert(QString::fromUtf8(c.key), s);
    }
    return out;
}

/// Reads a file once so that the first timed queries find it in the OS page cache, as they would on a desktop
/// that has had the node open for a while. Returns the seconds it took.
double warm(const QString& path)
{
    const qint64 start = nowNs();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        while (file.read(buffer.data(), buffer.size()) > 0) { }
    }
    return msSince(start) / 1000;
}

QJsonObject runCipher(const Options& o, const Dataset& d)
{
    QJsonObject report;
    auto session = take(gs::Vault::unlock(d.databasePath, datasetUser(), datasetPassword()), "Vault::unlock");
    gs::Database& db = session->db();
    report.insert(QStringLiteral("library"), db.cipherVersion());
    report.insert(QStringLiteral("db_bytes"), QFileInfo(d.databasePath).size());
    const std::vector<SearchQuery> queries = loadQueries(d.queriesPath, o.perLength);

    // (1) The app's search: LeadQuery's first page (newest first, one list page) and the list's capped count.
    gs::LeadQuery query(*session);
    Timings ours;
    using Samples = std::map<QString, std::vector<std::pair<double, QString>>>; ///< per class: ms, query
    Samples slowest, slowestCounts; ///< for profiling the tail
    for (const SearchQuery& q : queries) {
        gs::LeadFilter f;
        f.text = q.text;
        qint64 start = nowNs();
        take(query.page(f, gs::LeadQuery::Sort::Newest, 0, kPageRows), "LeadQuery::page");
        const double pageMs = msSince(start);
        slowest[q.cls].push_back({ pageMs, q.text });
        start = nowNs();
        const qint64 n = take(query.count(f, kCountCap), "LeadQuery::count");
        const double countMs = msSince(start);
        slowestCounts[q.cls].push_back({ countMs, q.text });
        ours.add(q.cls, pageMs, countMs, n);
    }
    report.insert(QStringLiteral("search"), ours.toJson());
    const auto tails = [](Samples& perClass) {
        QJsonObject out;
        for (auto& [cls, samples] : perClass) {
            std::sort(samples.begin(), samples.end(), std::greater<>());
            QJsonArray top;
            for (std::size_t i = 0; i < std::min<std::size_t>(3, samples.size()); ++i)
                top.append(QJsonObject { { QStringLiteral("text"), samples[i].second }, { QStringLiteral("ms"), samples[i].first } });
            out.insert(cls, top);
        }
        return out;
    };
    report.insert(QStringLiteral("slowest_pages"), tails(slowest));
    report.insert(QStringLiteral("slowest_counts"), tails(slowestCounts));

    // (2) What the user waits for: the whole list refresh (LeadListModel::setFilter: page, then count).
    {
        gs::LeadListModel model(*session);
        std::map<QString, std::vector<double>> refresh;
        for (const SearchQuery& q : queries) {
            gs::LeadFilter f;
            f.text = q.text;
            const qint64 start = nowNs();
            model.setFilter(f);
            refresh[q.cls].push_back(msSince(start));
        }
        QJsonObject r;
        for (auto& [cls, samples] : refresh)
            r.insert(cls, summarize(samples));
        report.insert(QStringLiteral("refresh"), r);
    }

    // The planning step alone (the lead_terms document count of every distinct bigram of the query).
    std::map<QString, std::vector<double>> planMs;
    for (const SearchQuery& q : queries) {
        const qint64 start = nowNs();
        take(gs::LeadSearchIndex::plan(db, q.text), "LeadSearchIndex::plan");
        planMs[q.cls].push_back(msSince(start));
    }
    QJsonObject plans;
    for (auto& [cls, samples] : planMs)
        plans.insert(cls, summarize(samples));
    report.insert(QStringLiteral("plan"), plans);

    // What a save adds to the index at this size: one lead's entry replaced by another lead's text (every
    // bigram of both changes its document count, more than a new lead's), in a transaction rolled back so the
    // dataset stays as built. CPU and page cache only: no commit, no fsync.
    {
        auto pick = take(db.prepare("SELECT lead_id, text FROM lead_search WHERE docid = ?"), "pick");
        std::vector<double> samples;
        for (int i = 0; i < 20; ++i) {
            QString id, text;
            for (qint64 docid : { qint64(1 + i * 48611), qint64(7 + i * 37199) }) {
                pick.reset();
                pick.bind(1, docid);
                if (!pick.nextRow())
                    die(QStringLiteral("no lead_search docid %1").arg(docid));
                (id.isEmpty() ? id : text) = pick.text(id.isEmpty() ? 0 : 1);
            }
            gs::Transaction tx(db);
            const qint64 start = nowNs();
            gs::LeadSearchIndex::Writer writer(db);
            if (auto put = writer.put(id, text, nullptr, nullptr); !put)
                die(QStringLiteral("LeadSearchIndex::Writer::put: %1").arg(put.error().message));
            if (auto flushed = writer.flush(); !flushed)
                die(QStringLiteral("LeadSearchIndex::Writer::flush: %1").arg(flushed.error().message));
            samples.push_back(msSince(start));
        } // rolled back
        report.insert(QStringLiteral("reindex_one"), summarize(samples));
    }

    // (3) Reference: LIKE '%text%' over the stored normalised text, same columns, joins, visibility, order and
    // page; the count capped like the list's. And a few exact counts through LeadQuery, to show what the cap saves.
    const QString select = QStringLiteral(
        "SELECT l.id, l.case_no, l.status, l.title, l.entity_name, l.address, g.name, c.name, l.risk_level, l.risk_score, "
        "l.amount_cents, u.display_name, l.created_at, l.deadline_at, l.lon, l.lat ");
    const QString from = QStringLiteral(
        "FROM lead_search s JOIN leads l ON l.id = s.lead_id LEFT JOIN grids g ON g.id = l.grid_id "
        "LEFT JOIN communities c ON c.id = g.community_id LEFT JOIN users u ON u.id = l.reporter_user_id "
        "WHERE s.text LIKE ?1 AND l.deleted = 0 AND l.status <> 'draft' ");
    auto likePage = take(
        db.prepare(select + from + QStringLiteral("ORDER BY l.created_at DESC, l.id DESC LIMIT %1").arg(kPageRows)),
        "like page");
    auto likeCount = take(
        db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM lead_search s JOIN leads l ON l.id = s.lead_id "
                                  "WHERE s.text LIKE ?1 AND l.deleted = 0 AND l.status <> 'draft' LIMIT %1)")
                       .arg(kCountCap)),
        "like count");
    Timings like;
    std::map<QString, std::vector<double>> exactMs;
    std::map<QString, qint64> exactHits;
    std::map<QString, int> scanned;
    for (const SearchQuery& q : queries) {
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
        gs::LeadFilter f;
        f.text = q.text;
        start = nowNs();
        exactHits[q.cls] += take(query.count(f), "exact count");
        exactMs[q.cls].push_back(msSince(start));
    }
    report.insert(QStringLiteral("like"), like.toJson());
    QJsonObject exact;
    for (auto& [cls, samples] : exactMs) {
        QJsonObject e = summarize(samples);
        e.insert(QStringLiteral("mean_hits"), double(exactHits[cls]) / double(samples.size()));
        exact.insert(cls, e);
    }
    report.insert(QStringLiteral("exact_count"), exact);

    // (4) The list without text, and with text plus a filter, through the model.
    report.insert(QStringLiteral("list"), measureList(*session, o));
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
    QJsonObject c = side[group].toObject()[cls].toObject();
    if (kind)
        c = c[QLatin1String(kind)].toObject();
    const QJsonValue v = c[QLatin1String(stat)];
    return v.isUndefined() ? -1 : v.toDouble();
}

double bestOf(double a, double b)
{
    return a < 0 ? b : b < 0 ? a : std::min(a, b);
}

QString fmt(double v) { return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', v < 10 ? 2 : 1); }

void printTable(const Options& o, const QJsonObject& all)
{
    const QJsonObject cipher = all[QStringLiteral("sqlcipher")].toObject();
    const QJsonObject plain = all[QStringLiteral("sqlite_fts5")].toObject();
    const QJsonObject manifest = all[QStringLiteral("dataset")].toObject();
    std::printf(
        "GridSentinel search and list bench: %d leads, seed %llu, %d sampled queries per length (+8 common terms)\n",
        o.rows, static_cast<unsigned long long>(o.seed), o.perLength);
    std::printf("  dataset: %s (%s; built in %.0f s)\n", qPrintable(all[QStringLiteral("dataset_dir")].toString()),
        all[QStringLiteral("dataset_reused")].toBool() ? "cached" : "built now",
        manifest[QStringLiteral("total_build_ms")].toDouble() / 1000);
    std::printf(
        "  ours  = SQLCipher %s, gs::LeadQuery as the supervisor: page of %d newest first, count capped at %d\n",
        qPrintable(cipher[QStringLiteral("library")].toString()), kPageRows, kCountCap);
    std::printf(
        "  fts5  = SQLite %s, FTS5 trigram MATCH '\"text\"', same capped count; page: the faster of the same SQL and\n"
        "          ORDER BY rowid DESC (2-char: LIKE on the FTS5 table, %d queries)\n",
        qPrintable(plain[QStringLiteral("library")].toString()), o.scanQueries);
    std::printf(
        "  like  = SQLCipher LIKE '%%text%%' on lead_search, same page and capped count (%d queries per class)\n",
        o.scanQueries);
    std::printf("  db size, MiB: ours %.0f, fts5 %.0f; peak RSS, MiB: ours %.0f, fts5 %.0f\n\n",
        cipher[QStringLiteral("db_bytes")].toDouble() / 1048576, plain[QStringLiteral("db_bytes")].toDouble() / 1048576,
        cipher[QStringLiteral("peak_rss_kib")].toDouble() / 1024,
        plain[QStringLiteral("peak_rss_kib")].toDouble() / 1024);
    std::printf("  %-7s %-8s %4s %9s %9s %9s %9s %7s %7s %9s %7s\n", "query", "what", "n", "ours med", "ours p95",
        "fts5 med", "fts5 p95", "ratio", "ratio95", "like med", "ours/like");
    for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
        const QString cls = QLatin1String(c);
        for (const char* kind : { "page", "count" }) {
            const double om = num(cipher, QStringLiteral("search"), cls, kind, "median_ms");
            const double op = num(cipher, QStringLiteral("search"), cls, kind, "p95_ms");
            // The peer is FTS5 at its best: the faster of the list's SQL and the rowid-ordered page.
            const double fm = bestOf(num(plain, QStringLiteral("search"), cls, kind, "median_ms"),
                num(plain, QStringLiteral("search_by_rowid"), cls, kind, "median_ms"));
            const double fp = bestOf(num(plain, QStringLiteral("search"), cls, kind, "p95_ms"),
                num(plain, QStringLiteral("search_by_rowid"), cls, kind, "p95_ms"));
            const double lm = num(cipher, QStringLiteral("like"), cls, kind, "median_ms");
            const double n = num(cipher, QStringLiteral("search"), cls, kind, "n");
            std::printf("  %-7s %-8s %4.0f %9s %9s %9s %9s %7s %7s %9s %7s\n", c, kind, n, qPrintable(fmt(om)),
                qPrintable(fmt(op)), qPrintable(fmt(fm)), qPrintable(fmt(fp)),
                qPrintable(fm > 0 ? fmt(om / fm) : QStringLiteral("-")),
                qPrintable(fp > 0 ? fmt(op / fp) : QStringLiteral("-")), qPrintable(fmt(lm)),
                qPrintable(lm > 0 ? fmt(om / lm) : QStringLiteral("-")));
        }
        std::printf("  %-7s %-8s %4.0f %9s %9s\n", c, "refresh",
            num(cipher, QStringLiteral("refresh"), cls, nullptr, "n"),
            qPrintable(fmt(num(cipher, QStringLiteral("refresh"), cls, nullptr, "median_ms"))),
            qPrintable(fmt(num(cipher, QStringLiteral("refresh"), cls, nullptr, "p95_ms"))));
    }
    std::printf(
        "\n  hits per query (capped at %d), ours / fts5, must agree where both ran the same queries:", kCountCap);
    for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
        const auto mean = [&](const QJsonObject& side) {
            const QJsonObject s = side[QStringLiteral("search")].toObject()[QLatin1String(c)].toObject();
            const double runs = s[QStringLiteral("count")].toObject()[QStringLiteral("n")].toDouble();
            return runs > 0 ? QString::number(s[QStringLiteral("hits_total")].toDouble() / runs, 'f', 0)
                            : QStringLiteral("-");
        };
        std::printf(" %s %s/%s;", c, qPrintable(mean(cipher)), qPrintable(mean(plain)));
    }
    std::printf("\n  exact count through LeadQuery (no cap; %d queries per class), ms:", o.scanQueries);
    for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
        std::printf(" %s median %s (%s hits);", c,
            qPrintable(fmt(num(cipher, QStringLiteral("exact_count"), QLatin1String(c), nullptr, "median_ms"))),
            qPrintable(QString::number(
                num(cipher, QStringLiteral("exact_count"), QLatin1String(c), nullptr, "mean_hits"), 'f', 0)));
    }
    std::printf("\n  LeadSearchIndex::plan alone (lead_terms document counts), ms:");
    for (const char* c : { "2ch", "4ch", "8ch", "common" }) {
        std::printf(" %s median %s p95 %s;", c,
            qPrintable(fmt(num(cipher, QStringLiteral("plan"), QLatin1String(c), nullptr, "median_ms"))),
            qPrintable(fmt(num(cipher, QStringLiteral("plan"), QLatin1String(c), nullptr, "p95_ms"))));
    }
    {
        const QJsonObject r = cipher[QStringLiteral("reindex_one")].toObject();
        std::printf("\n  one lead's entry rewritten with another's text (put + flush, rolled back), ms: median %s p95 %s",
            qPrintable(fmt(r[QStringLiteral("median_ms")].toDouble())), qPrintable(fmt(r[QStringLiteral("p95_ms")].toDouble())));
    }
    std::printf("\n\n  The list (LeadListModel: first page + capped count, %d times each), ms:\n", o.listRepeats);
    std::printf("  %-26s %9s %9s %9s %12s\n", "filter / sort", "median", "p95", "max", "mean count");
    const QJsonObject list = cipher[QStringLiteral("list")].toObject();
    for (auto it = list.begin(); it != list.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        std::printf("  %-26s %9s %9s %9s %12.0f\n", qPrintable(it.key()),
            qPrintable(fmt(s[QStringLiteral("median_ms")].toDouble())),
            qPrintable(fmt(s[QStringLiteral("p95_ms")].toDouble())),
            qPrintable(fmt(s[QStringLiteral("max_ms")].toDouble())), s[QStringLiteral("mean_count")].toDouble());
    }
    std::printf(
        "  (ratio = ours / fts5; refresh = LeadListModel::setFilter with the query: page, then capped count)\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o = parseOptions(app,
        "Chinese search and lead-list bench at 1M leads: the app's FTS4 bigram search on SQLCipher vs FTS5 trigram on "
        "SQLite.");
    const Dataset d = ensureDataset({ o.rows, o.seed, o.dataRoot, o.rebuild });
    o.dir = d.dir;
    o.queriesFile = d.queriesPath;
    QJsonObject all;
    all.insert(QStringLiteral("rows"), o.rows);
    all.insert(QStringLiteral("seed"), QString::number(o.seed));
    all.insert(QStringLiteral("queries_per_length"), o.perLength);
    all.insert(QStringLiteral("scan_queries"), o.scanQueries);
    all.insert(QStringLiteral("page_rows"), kPageRows);
    all.insert(QStringLiteral("count_cap"), kCountCap);
    all.insert(QStringLiteral("dataset_dir"), d.dir);
    all.insert(QStringLiteral("dataset_reused"), d.reused);
    all.insert(QStringLiteral("dataset"), d.manifest);
    const double warmSeconds = warm(d.databasePath) + warm(d.plainPath);
    std::fprintf(
        stderr, "gridsentinel_bench_search: read both databases once in %.0f s (OS page cache)\n", warmSeconds);
    all.insert(QStringLiteral("warm_s"), warmSeconds);
    // One after the other, never side by side: on two cores they would measure each other.
    all.insert(QStringLiteral("sqlcipher"), runCipher(o, d));
    all.insert(QStringLiteral("sqlite_fts5"), runPlain(o));
    if (o.json)
        std::printf("%s\n", QJsonDocument(all).toJson(QJsonDocument::Indented).constData());
    else
        printTable(o, all);
    return 0;
}
