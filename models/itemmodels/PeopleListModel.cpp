// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PeopleListModel.h"

#include <QColor>

namespace gs {

PeopleListModel::PeopleListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refresh();
}

void PeopleListModel::setFilter(const PersonFilter& filter)
{
    m_filter = filter;
    refresh();
}

void PeopleListModel::refresh()
{
    beginResetModel();
    auto rows = PersonRepository(m_session).list(m_filter);
    if (rows) {
        m_rows = std::move(*rows);
        m_error.clear();
    } else {
        m_rows.clear();
        m_error = rows.error().message;
    }
    endResetModel();
}

int PeopleListModel::rowOf(const QString& personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == personId)
            return i;
    }
    return -1;
}

int PeopleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PeopleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Person& p = m_rows[index.row()];
    const bool sentinel = p.kind == PersonKind::Sentinel;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p.name;
        case Kind:
            return people::kindLabel(p.kind);
        case Phone:
            return p.phone;
        case Unit:
            return sentinel ? QStringList { p.streetName, p.communityName }.join(QLatin1Char(' ')).trimmed()
                            : QStringList { p.institution, p.branch }.join(QLatin1Char(' ')).trimmed();
        case Detail: {
            if (sentinel)
                return p.gridNames.join(QStringLiteral("、"));
            QStringList hats;
            for (const QString& h : p.hats)
                hats << people::hatLabel(h);
            return hats.join(QStringLiteral("、"));
        }
        case Pairs:
            return p.activePairings;
        case Account:
            return p.userName;
        case State:
            return p.active ? QString() : tr("Inactive");
        }
        return {};
    }
    if (role == Qt::ForegroundRole && !p.active)
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::TextAlignmentRole && index.column() == Pairs)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return data(index, Qt::DisplayRole);
    if (role == PersonIdRole)
        return p.id;
    if (role == KindRole)
        return people::kindKey(p.kind);
    if (role == ActiveRole)
        return p.active;
    return {};
}

QVariant PeopleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Phone:
        return tr("Phone");
    case Unit:
        return tr("Community / institution");
    case Detail:
        return tr("Grids / hats");
    case Pairs:
        return tr("Pairs");
    case Account:
        return tr("Account");
    case State:
        return tr("Status");
    }
    return {};
}

PairingListModel::PairingListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refresh();
}

void PairingListModel::setFilter(const PairingFilter& filter)
{
    m_filter = filter;
    refresh();
}

void PairingListModel::refresh()
{
    beginResetModel();
    auto rows = PairingRepository(m_session).list(m_filter);
    if (rows) {
        m_rows = std::move(*rows);
        m_error.clear();
    } else {
        m_rows.clear();
        m_error = rows.error().message;
    }
    endResetModel();
}

int PairingListModel::rowOf(const QString& pairingId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == pairingId)
            return i;
    }
    return -1;
}

int PairingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PairingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Pairing& p = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CardNo:
            return p.cardNo;
        case Sentinel:
            return p.sentinelName;
        case Community:
            return p.sentinelCommunity;
        case Volunteer:
            return p.volunteerName;
        case Institution:
            return QStringList { p.volunteerInstitution, p.volunteerBranch }.join(QLatin1Char(' ')).trimmed();
        case Since:
            return p.startedOn.toString(Qt::ISODate);
        case State:
            return p.isActive() ? tr("Active") : tr("Ended %1").arg(p.endedOn->toString(Qt::ISODate));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && !p.isActive())
        return tr("Ended on %1: %2").arg(p.endedOn->toString(Qt::ISODate), p.endReason);
    if (role == Qt::ForegroundRole && !p.isActive())
        return QColor(0x80, 0x80, 0x80);
    if (role == PairingIdRole)
        return p.id;
    if (role == ActiveRole)
        return p.isActive();
    return {};
}

QVariant PairingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CardNo:
        return tr("Card no.");
    case Sentinel:
        return tr("Sentinel");
    case Community:
        return tr("Community");
    case Volunteer:
        return tr("Volunteer");
    case Institution:
        return tr("Institution / branch");
    case Since:
        return tr("Since");
    case State:
        return tr("Status");
    }
    return {};
}

} // namespace gs
