// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_sql: a tiny SQL console on a generated bench node (LeadDataset.h), for profiling the
// queries the figures come from: prints each statement's query plan, its time (best of --repeat) and its
// first rows. The node is encrypted and the sqlite3 shell cannot key it; this is the app's own Database.
// Usage: gridsentinel_bench_sql [--quick|--rows N] [--repeat N] "SELECT ..." ["SELECT ..."]   (or SQL on stdin,
// one statement per line). Bind nothing: write literals.
// --lead-query TEXT runs the list's own search instead (LeadQuery: first page newest first, then the capped count,
// twice), printing every statement it prepares with the time until the next one, which is mostly that statement's.

#include "LeadDataset.h"
#include "SearchWorkload.h"

#include "accounts/Session.h"
#include "leads/LeadQuery.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <limits>

using namespace gs::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs SQL on a generated bench node, with plans and timings."));
    parser.addHelpOption();
    const QCommandLineOption rows(
        QStringLiteral("rows"), QStringLiteral("Dataset size (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("The 100000-lead dataset."));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"), QStringLiteral("Runs per statement (default 3)."), QStringLiteral("n"));
    const QCommandLineOption show(
        QStringLiteral("show"), QStringLiteral("Rows to print (default 3)."), QStringLiteral("n"));
    const QCommandLineOption root(
        QStringLiteral("data-dir"), QStringLiteral("Dataset cache folder."), QStringLiteral("path"));
    const QCommandLineOption plan(QStringLiteral("plan"),
        QStringLiteral("Also print LeadSearchIndex::plan of this text."), QStringLiteral("text"));
    const QCommandLineOption leadQuery(QStringLiteral("lead-query"),
        QStringLiteral("Run LeadQuery's first page and capped count of this text, with the statements they prepare."),
        QStringLiteral("text"));
    parser.addOptions({ rows, quick, repeat, show, root, plan, leadQuery });
    parser.addPositionalArgument(QStringLiteral("sql"), QStringLiteral("Statements (default: stdin, one per line)."));
    parser.process(app);
    DatasetSpec spec;
    if (parser.isSet(quick))
        spec.rows = 100000;
    if (parser.isSet(rows))
        spec.rows = parser.value(rows).toInt();
    spec.root = parser.value(root);
    const int repeats = parser.isSet(repeat) ? std::max(1, parser.value(repeat).toInt()) : 3;
    const int shown = parser.isSet(show) ? parser.value(show).toInt() : 3;
    const Dataset d = ensureDataset(spec);
    auto session = gs::Vault::unlock(d.databasePath, datasetUser(), datasetPassword());
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    gs::Database& db = (*session)->db();
    if (parser.isSet(plan)) {
        auto p = gs::LeadSearchIndex::plan(db, parser.value(plan));
        if (p)
            std::printf("plan: match '%s', needles '%s', candidates %lld, verify %d\n", qPrintable(p->match),
                qPrintable(p->needles.join(QLatin1Char('|'))), static_cast<long long>(p->candidates),
                int(p->needsVerification));
    }
    if (parser.isSet(leadQuery)) {
        qint64 last = search::nowNs();
        QString pending;
        const auto attribute = [&](const QString& next) {
            if (!pending.isEmpty())
                std::printf("  %8.2f ms  %s\n", search::msSince(last), qPrintable(pending));
            pending = next;
            last = search::nowNs();
        };
        db.setPrepareObserver([&](const char* sql) { attribute(QString::fromUtf8(sql)); });
        gs::LeadQuery query(**session);
        gs::LeadFilter filter;
        filter.text = parser.value(leadQuery);
        for (int run = 1; run <= 2; ++run) {
            qint64 start = search::nowNs();
            auto page = query.page(filter, gs::LeadQuery::Sort::Newest, 0, 100);
            attribute(QString());
            std::printf("run %d: page %.2f ms, %lld rows\n", run, search::msSince(start),
                static_cast<long long>(page ? page->size() : -1));
            start = search::nowNs();
            auto n = query.count(filter, 1000);
            attribute(QString());
            std::printf("run %d: count %.2f ms = %lld\n", run, search::msSince(start), static_cast<long long>(n ? *n : -1));
        }
        db.setPrepareObserver({});
        return 0;
    }
    QStringList statements = parser.positionalArguments();
    if (statements.isEmpty()) {
        QTextStream in(stdin);
        for (QString line = in.readLine(); !line.isNull(); line = in.readLine())
            if (!line.trimmed().isEmpty())
                statements << line;
    }
    for (const QString& sql : statements) {
        std::printf("\n%s\n", qPrintable(sql));
        if (auto explain = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
            while (explain->nextRow())
                std::printf("  plan: %s\n", qPrintable(explain->text(3)));
        }
        double best = std::numeric_limits<double>::max();
        double first = 0; // the first run reads pages from outside SQLite's cache: what a fresh query costs
        int count = 0;
        for (int r = 0; r < repeats; ++r) {
            auto stmt = db.prepare(sql);
            if (!stmt) {
                std::printf("  error: %s\n", qPrintable(stmt.error().message));
                break;
            }
            const qint64 start = search::nowNs();
            count = 0;
            while (stmt->nextRow()) {
                if (r == 0 && count < shown) {
                    QStringList cells;
                    for (int c = 0; c < stmt->columnCount(); ++c)
                        cells << stmt->value(c).toString().left(200);
                    std::printf("  | %s\n", qPrintable(cells.join(QStringLiteral(" | "))));
                }
                ++count;
            }
            const double ms = search::msSince(start);
            if (r == 0)
                first = ms;
            best = std::min(best, ms);
        }
        std::printf("  %d rows, first run %.2f ms, best of %d: %.2f ms\n", count, first, repeats, best);
    }
    return 0;
}
