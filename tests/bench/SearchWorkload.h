// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

// Shared by the two search bench processes (gridsentinel_bench_search: SQLCipher + the app's FTS4 bigram
// search; gridsentinel_bench_search_plain: system SQLite + FTS5 trigram). No SQLite here: both processes
// generate the same leads from the same seed and sample the same queries from them.

#include "WorkloadData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace gs::bench::search {

struct Options
{
    QString dir;
    int rows = 100000; ///< 1,000,000 does not fit a 10-minute run here: docs/performance.md
    int perLength = 100; ///< sampled queries per length (2, 4, 8 characters)
    int scanQueries = 10; ///< queries per class for full-scan paths (LIKE, FTS5 2-char fallback)
    quint64 seed = 1;
    bool json = false;
};
Options parseOptions(const QCoreApplication& app, const char* description);
QStringList toArguments(const Options& o);

/// The text the app indexes for a lead (Lead::searchableText: title, entity name, entity address, address,
/// description, online presence joined by newlines), normalised as LeadSearchIndex::normalize does
/// (NFKC, case-folded).
QString searchText(const Lead& lead);

struct SearchQuery
{
    QString cls; ///< "2ch", "4ch", "8ch", "common"
    QString text;
};

/// Picks leads (seeded) whose text queries are cut from, then collects the substrings while the leads are
/// generated: pure CJK runs only, so the query is about Chinese substring search and nothing else.
class QuerySampler
{
public:
    QuerySampler(const Options& o);
    /// Call for every generated lead, in order, with its index and normalised search text.
    void observe(int index, const QString& normalizedText);
    /// Sampled queries (in a fixed order) followed by the common ones.
    std::vector<SearchQuery> queries() const;

private:
    quint64 m_seed;
    std::multimap<int, int> m_wanted; ///< lead index -> slot (slot / perLength gives the length class)
    int m_perLength;
    std::map<int, QString> m_found; ///< slot -> query
};

/// Generates `rows` leads in batches of `batch` and hands each batch to `sink` (timed by the caller).
void generate(WorkloadData& data, QuerySampler& sampler, int rows, int batch,
    const std::function<void(std::vector<Lead>&, std::vector<QString>&)>& sink);

/// First-page and count timings per query class, with the total of the counts (the two processes must agree).
struct Timings
{
    std::map<QString, std::vector<double>> page, count;
    std::map<QString, qint64> hits;
    void add(const QString& cls, double pageMs, double countMs, qint64 count);
    QJsonObject toJson() const;
};

/// Median, p95, mean (ms) over samples.
QJsonObject summarize(std::vector<double> ms);
qint64 peakRssKib();
double msSince(qint64 startNs);
qint64 nowNs();

} // namespace gs::bench::search
