// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "leads/LeadQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace gs {

class Session;

/// The lead list the signed-in user may see, as a table. Lazy: rows arrive in pages of kPageSize through
/// LeadQuery as views scroll (canFetchMore/fetchMore). Changing the filter or the sort resets the model.
class LeadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseNo, Status, Title, Entity, Place, Risk, Amount, Reporter, Created, Deadline, Assignee, ColumnCount };
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        StatusKeyRole, ///< "submitted", ...
        RiskLevelRole, ///< "low" | "medium" | "high"
        RiskScoreRole, ///< double
        OverdueRole, ///< bool
        SearchNeedlesRole, ///< QStringList: the parts of the search text, to highlight in Title and Entity
        DueSoonRole, ///< bool: due within the node's due-soon window, not yet overdue
        DeadlineRole, ///< QDateTime (local) of the running deadline, invalid when none
    };
    static constexpr int kPageSize = 100;
    /// The list counts matches up to this many and then shows "1,000+": an exact count of a large result
    /// reads every match, which at a million leads costs seconds per keystroke (docs/performance.md).
    static constexpr qint64 kCountCap = 1000;

    explicit LeadListModel(Session& session, QObject* parent = nullptr);

    const LeadFilter& filter() const { return m_filter; }
    void setFilter(const LeadFilter& filter);
    LeadQuery::Sort sortOrder() const { return m_sort; }
    void setSort(LeadQuery::Sort sort);
    /// Reloads from the database (after a save), keeping filter and sort.
    void refresh();
    /// Every lead the filter matches, loaded or not; a lower bound when totalIsCapped().
    qint64 totalCount() const { return m_total; }
    /// True when counting stopped at the cap: there are at least totalCount() matches.
    bool totalIsCapped() const { return m_totalCapped; }
    /// Changes the cap (kCountCap by default) and reloads; for tests and callers that need another bound.
    void setCountCap(qint64 cap);
    /// Whitespace-separated parts of the search text.
    QStringList searchNeedles() const;
    /// The last error of a query, translated; empty after a successful one.
    const QString& lastError() const { return m_error; }

    const LeadSummary& leadAt(int row) const { return m_rows.at(row); }
    int rowOfLead(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Created (both directions), Risk (high first), Deadline (soonest first) and Case no (by creation)
    /// are sortable; the database orders, so other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and direction that show the current sort in a header.
    static std::pair<int, Qt::SortOrder> sortIndicator(LeadQuery::Sort sort);
    QHash<int, QByteArray> roleNames() const override;

    static QString riskLevelName(const QString& levelKey); ///< translated: High / Medium / Low
    static QColor riskColor(const QString& levelKey);
    static QColor overdueColor();
    static QColor dueSoonColor();
    /// "in 5 h", "in 2 days", "3 h overdue": how a deadline stands relative to `now`.
    static QString relativeDeadline(const QDateTime& deadline, const QDateTime& now);

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void queryFailed(const QString& message);

private:
    void reload();
    void setError(const QString& message);

    Session& m_session;
    LeadFilter m_filter;
    LeadQuery::Sort m_sort = LeadQuery::Sort::Newest;
    QList<LeadSummary> m_rows;
    qint64 m_total = 0;
    qint64 m_countCap = kCountCap;
    bool m_totalCapped = false;
    bool m_exhausted = true;
    bool m_notifying = false;
    QString m_error;
};

} // namespace gs
