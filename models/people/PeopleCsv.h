// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "csv/CsvReader.h"
#include "people/PairingRepository.h"
#include "people/PersonRepository.h"
#include "structure/StructureTypes.h"

class QIODevice;

namespace gs {

class DistrictChanges;
class Session;

/// What a people or pairing CSV import did (or would do), row by row.
struct CsvImportReport
{
    struct Row
    {
        qint64 line = 0;
        QString action; ///< add | update | unchanged | end, or empty when the row has errors
        QString label; ///< the person or card, for the preview
        QStringList errors; ///< translated, naming the column
    };
    QString fileName;
    csv::Encoding encoding = csv::Encoding::Utf8;
    QList<Row> rows;
    QList<ImportIssue> errors; ///< every problem as "file:line: message", in file order
    int added = 0, updated = 0, unchanged = 0, ended = 0;
    bool committed = false;
    bool ok() const { return errors.isEmpty(); }
    QString summary() const; ///< translated
};

/// CSV import and export of people and pairing cards, for Excel and WPS users.
///
/// Export writes UTF-8 with a byte-order mark and CRLF (Excel opens it as it is), the columns of
/// peopleColumns() / pairingColumns(). Import reads UTF-8 or GB18030 (what Excel saves as plain "CSV" on
/// Chinese Windows), takes the English column names or their usual Chinese headers (姓名, 电话, 社区…) in any
/// order, and runs every row through the repositories' own rules inside one transaction: the preview is that
/// transaction rolled back, the commit the same run committed when no row has an error. So the preview shows
/// exactly what the commit does, and a file with one bad row writes nothing.
class PeopleCsv
{
public:
    enum class Mode { Preview, Commit };
    static constexpr qint64 kMaxImportBytes = 32 << 20;

    static QStringList peopleColumns();
    static QStringList pairingColumns();

    static Status exportPeople(Session& session, QIODevice* device, const PersonFilter& filter = {});
    static Status exportPairings(Session& session, QIODevice* device, const PairingFilter& filter = {});

    /// People: a row with an id updates that person; otherwise a person of the same kind and phone is updated;
    /// otherwise a new one is added. Community by code or name, grids by code.
    static Result<CsvImportReport> importPeople(Session& session, const QByteArray& bytes, const QString& fileName,
        Mode mode, DistrictChanges* changes = nullptr);
    /// Pairing cards: people found by phone (or a unique name); a known card number with an end date ends that
    /// card; new rows are added as they are (active or ended history) under the pairing rules.
    static Result<CsvImportReport> importPairings(Session& session, const QByteArray& bytes, const QString& fileName,
        Mode mode, DistrictChanges* changes = nullptr);

    /// 2026-05-06, 2026/5/6, 2026.5.6, 20260506, 2026年5月6日.
    static QDate parseDate(const QString& text);
};

} // namespace gs
