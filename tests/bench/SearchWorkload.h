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

/// Rows of a list page (gs::LeadListModel::kPageSize) and the cap of the count the list shows next to it
/// (gs::LeadListModel::kCountCap); SearchMain checks both against the app's constants at compile time. The
/// plain process cannot include the app's headers' libraries, hence the copies.
constexpr int kPageRows = 100;
constexpr int kCountCap = 1000;

/// Options of the search bench; the plain (FTS5) process gets the subset it needs through toArguments().
struct Options
{
    QString dataRoot; ///< where generated datasets are cached (LeadDataset.h, defaultDatasetRoot())
    QString dir; ///< the dataset's own folder (set by the driver; the plain process needs it)
    int rows = 1000000;
    int perLength = 30; ///< sampled queries per length (2, 4, 8 characters)
    int scanQueries = 3; ///< queries per class for full-scan paths (LIKE count, FTS5 2-char fallback)
    int listRepeats = 20; ///< first pages per list filter
    quint64 seed = 1;
    bool json = false;
    bool rebuild = false; ///< regenerate the dataset even if a cached one matches
    bool build = false; ///< plain process: build plain.db in dir instead of querying it
    QString queriesFile; ///< plain process: the queries to run (written by the dataset build)
};
Options parseOptions(const QCoreApplication& app, const char* description);
/// Arguments for the plain process: dir, rows, seed, counts, and either --build or --queries-file.
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
    QuerySampler(int rows, quint64 seed, int perLength);
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

/// The first `perLength` queries of each length class plus the common ones, from a file saveQueries wrote.
std::vector<SearchQuery> loadQueries(const QString& path, int perLength);
bool saveQueries(const QString& path, const std::vector<SearchQuery>& queries);

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
