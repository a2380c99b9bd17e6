// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>
#include <QList>

#include <random>
#include <variant>
#include <vector>

namespace gs::bench {

/// One SQL value. Text is kept UTF-8 encoded so that encoding it is not part of what the bench times.
using SqlValue = std::variant<std::monostate, qint64, double, QByteArray>;
using Row = std::vector<SqlValue>;

struct TableData
{
    QByteArray name;
    QList<QByteArray> columns;
    std::vector<Row> rows;
};

/// A change_log entry as RecordWriter writes it (same columns, same compact JSON payload).
struct ChangeEntry
{
    QByteArray hlc;
    QByteArray nodeId;
    QByteArray userId;
    QByteArray table;
    QByteArray rowId;
    QByteArray op;
    QByteArray payload;
    Row toRow() const;
    static const QList<QByteArray>& columns();
};

struct Lead
{
    Row row; ///< in leadColumns() order
    ChangeEntry change;
    QByteArray id;
    QByteArray caseNo;
};

struct LeadUpdate
{
    QByteArray status;
    QByteArray assigneeUserId;
    QByteArray updatedAt;
    QByteArray updatedBy;
    ChangeEntry change;
};

/// "INSERT INTO t (a,b,c) VALUES (?,?,?)".
QByteArray insertSql(const QByteArray& table, const QList<QByteArray>& columns);

/// Deterministic, realistic case data: a district's structure (streets, communities, grids), its users, and
/// leads with Chinese titles, descriptions, entity names and addresses built from word lists. The same seed
/// gives byte-identical data and the same query sequence in both store processes, so the only difference
/// between them is the library. Ids are UUIDv7-shaped (time-ordered, like gs::newId) and timestamps are
/// synthetic, starting 2024-01-01 and advancing by a random interval per lead (uniform, mean as given).
class WorkloadData
{
public:
    /// `meanIntervalMs`: mean time between two leads' creation (the default spreads 100k leads over two years).
    explicit WorkloadData(quint64 seed, qint64 meanIntervalMs = kDefaultMeanIntervalMs);
    static constexpr qint64 kDefaultMeanIntervalMs = 630000;

    /// The rows leads refer to (foreign keys are on), in an order that satisfies them.
    std::vector<TableData> referenceTables();
    static const QList<QByteArray>& leadColumns();
    Lead nextLead();
    /// A status change with a new assignee, stamped after everything before it.
    LeadUpdate nextUpdate(const QByteArray& leadId);

    // Query parameters, drawn from the same distributions as the data.
    QByteArray randomStatus();
    QByteArray randomGridId();
    QByteArray randomSearchTerm();
    /// [first, last) ISO bounds of a window of `days` inside the span the leads were created in.
    std::pair<QByteArray, QByteArray> randomWindow(int days);
    /// Uniform in [0, n).
    quint64 below(quint64 n) { return m_rng() % n; }

private:
    QByteArray pick(const std::vector<const char*>& words) { return QByteArray(words[below(words.size())]); }
    QByteArray digits(int count);
    QByteArray makeId(qint64 unixMillis);
    QByteArray hlc(qint64 unixMillis);
    QByteArray personName();
    QByteArray companyName();
    QByteArray streetAddress();
    QByteArray title(const QByteArray& entity, const QByteArray& scheme);
    QByteArray description(const QByteArray& entity, const QByteArray& address, const QByteArray& group);
    QByteArray idCardNumber();

    std::mt19937_64 m_rng;
    QByteArray m_nodeId;
    std::vector<QByteArray> m_userIds;
    std::vector<QByteArray> m_gridIds;
    qint64 m_startMillis = 0;
    qint64 m_clockMillis = 0; ///< synthetic wall clock: creation time of the latest lead
    int m_hlcCounter = 0;
    int m_leadCount = 0;
    qint64 m_meanIntervalMs;
};

} // namespace gs::bench
