// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadListModel.h"

#include "domain/Lead.h"
#include "domain/Validators.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace gs {
namespace {

QString localTime(const QString& iso, bool withTime)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!t.isValid())
        return iso;
    return t.toString(withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
}

/// Deadlines are near: the day and the hour matter more than the year.
QString deadlineTime(const QString& iso)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!t.isValid())
        return iso;
    return t.toString(t.date().year() == QDate::currentDate().year() ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
}

} // namespace

LeadListModel::LeadListModel(Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

void LeadListModel::setFilter(const LeadFilter& filter)
{
    m_filter = filter;
    reload();
}

void LeadListModel::setSort(LeadQuery::Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void LeadListModel::refresh() { reload(); }

void LeadListModel::setCountCap(qint64 cap)
{
    m_countCap = std::max<qint64>(cap, kPageSize);
    reload();
}

void LeadListModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_totalCapped = false;
    setError({});
    // The first page first, so a reset model is never empty while there is something to show. A page that
    // is not full is the whole result; otherwise count the rest, up to the cap.
    LeadQuery query(m_session);
    auto page = query.page(m_filter, m_sort, 0, kPageSize);
    if (page) {
        m_rows = *page;
        m_exhausted = m_rows.size() < kPageSize;
        m_total = m_rows.size();
        if (!m_exhausted) {
            auto total = query.count(m_filter, m_countCap);
            if (total) {
                m_total = std::max<qint64>(*total, m_rows.size());
                m_totalCapped = *total >= m_countCap;
            } else {
                setError(total.error().message);
            }
        }
    } else {
        m_exhausted = true;
        setError(page.error().message);
    }
    // Views (and QAbstractItemModelTester) may ask for more rows from inside the reset notifications;
    // inserting rows there would nest two changes.
    endResetModel();
    m_notifying = false;
    Q_EMIT totalCountChanged(m_total);
}

void LeadListModel::setError(const QString& message)
{
    m_error = message;
    if (!message.isEmpty())
        Q_EMIT queryFailed(message);
}

QStringList LeadListModel::searchNeedles() const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return m_filter.text.split(space, Qt::SkipEmptyParts);
}

int LeadListModel::rowOfLead(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int LeadListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LeadListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool LeadListModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_exhausted; }

void LeadListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_notifying)
        return;
    auto page = LeadQuery(m_session).page(m_filter, m_sort, int(m_rows.size()), kPageSize);
    if (!page) {
        m_exhausted = true;
        setError(page.error().message);
        return;
    }
    m_exhausted = page->size() < kPageSize;
    if (!page->isEmpty()) {
        m_notifying = true; // no nested fetch from inside the insertion's notifications either
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
        m_notifying = false;
    }
    // Scrolled to the end of a capped result: now the exact number is known.
    if (m_totalCapped && (m_exhausted || m_rows.size() > m_total)) {
        m_total = m_rows.size();
        m_totalCapped = !m_exhausted;
        Q_EMIT totalCountChanged(m_total);
    }
}

QString LeadListModel::riskLevelName(const QString& levelKey)
{
    if (levelKey == QStringLiteral("high"))
        return tr("High");
    if (levelKey == QStringLiteral("medium"))
        return tr("Medium");
    if (levelKey == QStringLiteral("low"))
        return tr("Low");
    return levelKey;
}

QColor LeadListModel::riskColor(const QString& levelKey)
{
    if (levelKey == QStringLiteral("high"))
        return QColor(0xc6, 0x28, 0x28);
    if (levelKey == QStringLiteral("medium"))
        return QColor(0xef, 0x8f, 0x00);
    return QColor(0x4c, 0xaf, 0x50);
}

QColor LeadListModel::overdueColor() { return QColor(0xb3, 0x26, 0x1e); }

QColor LeadListModel::dueSoonColor() { return QColor(0xb2, 0x6a, 0x00); }

QString LeadListModel::relativeDeadline(const QDateTime& deadline, const QDateTime& now)
{
    if (!deadline.isValid())
        return {};
    const qint64 seconds = now.secsTo(deadline);
    const qint64 minutes = std::abs(seconds) / 60;
    QString span;
    if (minutes < 60)
        span = tr("%n min", nullptr, int(std::max<qint64>(1, minutes)));
    else if (minutes < 48 * 60)
        span = tr("%n h", nullptr, int(minutes / 60));
    else
        span = tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    return seconds >= 0 ? tr("due in %1").arg(span) : tr("%1 overdue").arg(span);
}

QVariant LeadListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadSummary& lead = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CaseNo:
            return lead.caseNo;
        case Status:
            return leads::statusLabel(lead.status);
        case Title:
            return lead.title;
        case Entity:
            return lead.entityName;
        case Place:
            if (lead.gridName.isEmpty())
                return lead.address;
            return lead.communityName.isEmpty() ? lead.gridName : lead.communityName + QStringLiteral(" · ") + lead.gridName;
        case Risk:
            return riskLevelName(lead.riskLevel);
        case Amount:
            if (!lead.amountCents)
                return QString();
            // Whole yuan in the list (the header says yuan); cents only when there are any.
            if (*lead.amountCents % 100 == 0)
                return validate::formatAmountYuan(*lead.amountCents).chopped(3);
            return validate::formatAmountYuan(*lead.amountCents);
        case Reporter:
            return lead.reporterName;
        case Created:
            return localTime(lead.createdAt, false);
        case Deadline:
            return deadlineTime(lead.deadlineAt);
        case Assignee:
            return lead.assigneeName;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Title || column == Entity || column == Place || column == Reporter || column == Assignee || column == Status)
            return data(index, Qt::DisplayRole);
        if (column == Risk)
            return tr("%1 risk, score %2").arg(riskLevelName(lead.riskLevel)).arg(lead.riskScore, 0, 'f', 0);
        if (column == Created)
            return localTime(lead.createdAt, true);
        if (column == Deadline && !lead.deadlineAt.isEmpty()) {
            const QDateTime due = QDateTime::fromString(lead.deadlineAt, Qt::ISODateWithMs);
            if (lead.overdue)
                return tr("Overdue: the deadline (%1) has passed").arg(localTime(lead.deadlineAt, true));
            if (lead.dueSoon)
                return tr("Due soon: %1 (%2)").arg(localTime(lead.deadlineAt, true), relativeDeadline(due, QDateTime::currentDateTimeUtc()));
            return localTime(lead.deadlineAt, true);
        }
        if (column == Assignee && !lead.assigneeName.isEmpty())
            return tr("Assigned to %1").arg(lead.assigneeName);
        if (column == Amount && lead.amountCents)
            return tr("%1 yuan").arg(validate::formatAmountYuan(*lead.amountCents));
        break;
    case Qt::DecorationRole:
        if (column == Risk)
            return riskColor(lead.riskLevel);
        break;
    case Qt::ForegroundRole:
        if (lead.overdue && (column == Deadline || column == CaseNo || column == Status))
            return overdueColor();
        if (lead.dueSoon && column == Deadline)
            return dueSoonColor();
        break;
    case Qt::FontRole:
        if ((lead.overdue || lead.dueSoon) && column == Deadline) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LeadIdRole:
        return lead.id;
    case StatusKeyRole:
        return lead.status;
    case RiskLevelRole:
        return lead.riskLevel;
    case RiskScoreRole:
        return lead.riskScore;
    case OverdueRole:
        return lead.overdue;
    case DueSoonRole:
        return lead.dueSoon;
    case DeadlineRole:
        return lead.deadlineAt.isEmpty() ? QDateTime() : QDateTime::fromString(lead.deadlineAt, Qt::ISODateWithMs).toLocalTime();
    case SearchNeedlesRole:
        if (column == Title || column == Entity)
            return searchNeedles();
        return QStringList();
    default:
        break;
    }
    return {};
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CaseNo:
        return tr("Case no.");
    case Status:
        return tr("Status");
    case Title:
        return tr("Title");
    case Entity:
        return tr("Entity");
    case Place:
        return tr("Community · grid");
    case Risk:
        return tr("Risk");
    case Amount:
        return tr("Amount (yuan)");
    case Reporter:
        return tr("Reporter");
    case Created:
        return tr("Filed");
    case Deadline:
        return tr("Deadline");
    case Assignee:
        return tr("Assigned to");
    case ColumnCount:
        break;
    }
    return {};
}

void LeadListModel::sort(int column, Qt::SortOrder order)
{
    switch (static_cast<Column>(column)) {
    case CaseNo:
    case Created:
        setSort(order == Qt::AscendingOrder ? LeadQuery::Sort::Oldest : LeadQuery::Sort::Newest);
        break;
    case Risk:
        setSort(LeadQuery::Sort::RiskHighFirst);
        break;
    case Deadline:
        setSort(LeadQuery::Sort::DeadlineFirst);
        break;
    default:
        break;
    }
}

std::pair<int, Qt::SortOrder> LeadListModel::sortIndicator(LeadQuery::Sort sort)
{
    switch (sort) {
    case LeadQuery::Sort::Newest:
        return { Created, Qt::DescendingOrder };
    case LeadQuery::Sort::Oldest:
        return { Created, Qt::AscendingOrder };
    case LeadQuery::Sort::RiskHighFirst:
        return { Risk, Qt::DescendingOrder };
    case LeadQuery::Sort::DeadlineFirst:
        return { Deadline, Qt::AscendingOrder };
    }
    return { Created, Qt::DescendingOrder };
}

QHash<int, QByteArray> LeadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(RiskLevelRole, "riskLevel");
    names.insert(RiskScoreRole, "riskScore");
    names.insert(OverdueRole, "overdue");
    names.insert(SearchNeedlesRole, "searchNeedles");
    names.insert(DueSoonRole, "dueSoon");
    names.insert(DeadlineRole, "deadline");
    return names;
}

} // namespace gs
