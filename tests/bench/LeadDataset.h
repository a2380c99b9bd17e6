// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

// The generated node the search, list, start and memory figures run on: N leads (1,000,000 by default) in a
// real node database (gs::Vault::createNode, the app's schema), indexed by the app's own search code
// (gs::LeadSearchIndex::Writer), plus the same leads on plain SQLite 3.40 with an FTS5 trigram index for the
// peer figures. Building it takes minutes, so it is cached between runs, keyed by what changes the data:
// rows, seed and kGeneratorVersion. Schema changes do not invalidate it: opening the node runs the app's
// migrations (as after an update on a real node) and the plain process applies the same ones to plain.db.
// docs/performance.md, "Dataset".

#include <QJsonObject>
#include <QString>

#include <algorithm>

namespace gs::bench {

/// Bump whenever the generated data or the way it is written changes (WorkloadData, the bulk load below,
/// LeadSearchIndex tokens or normalisation): a cached dataset with another version is rebuilt.
constexpr int kGeneratorVersion = 2; // 2: deadlines only on open cases, as the workflow keeps them
/// Queries sampled per length class when the dataset is built; a run uses the first --queries of them.
constexpr int kSampledPerLength = 200;

struct DatasetSpec
{
    int rows = 1000000;
    quint64 seed = 1;
    QString root; ///< cache folder; empty: defaultDatasetRoot()
    bool rebuild = false;
};

struct Dataset
{
    QString dir;
    QString databasePath; ///< the SQLCipher node: dir/node/gridsentinel.db (+ .keys)
    QString plainPath; ///< dir/plain.db: the same leads, system SQLite 3.40, FTS5 trigram
    QString queriesPath; ///< dir/queries.json: queries sampled from the generated texts
    bool reused = false; ///< false when this call built it
    QJsonObject manifest; ///< what was built, how long it took, sizes (dir/manifest.json)
};

/// The node's supervisor (cheap scrypt: unlocking is not what these figures measure).
QString datasetUser();
QString datasetPassword();

/// $XDG_CACHE_HOME/gridsentinel-bench (usually ~/.cache/gridsentinel-bench): outside the build folder, so a
/// clean build keeps the data.
QString defaultDatasetRoot();
/// The folder of a spec: <root>/leads-<rows>-seed<seed>-gen<generator>.
QString datasetDir(const DatasetSpec& spec);

/// Returns the cached dataset of `spec` after checking it, or builds it first: the node in this process, then
/// plain.db by running gridsentinel_bench_search_plain --build (next to this executable). Progress goes to
/// stderr. Ends the process with a message on any failure: without the data there is nothing to measure.
Dataset ensureDataset(const DatasetSpec& spec);

/// Mean interval between generated leads: N leads spread over three years (2024-01-01 onwards), so date
/// filters and "overdue" behave as in a district that has worked that long. Inline: the plain process, which
/// cannot link the app's models, generates the same leads.
inline qint64 datasetMeanIntervalMs(int rows)
{
    return std::max<qint64>(1, 3LL * 365 * 86400 * 1000 / std::max(1, rows));
}

} // namespace gs::bench
