// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "people/PairingRepository.h"
#include "people/PersonRepository.h"

#include <QAbstractTableModel>

namespace gs {

class Session;

/// Sentinels and volunteers as a table, filtered by PersonFilter. A district has hundreds of people, so the
/// list is loaded whole; refresh() after a change.
class PeopleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Phone, Unit, Detail, Pairs, Account, State, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1, KindRole, ActiveRole };

    explicit PeopleListModel(Session& session, QObject* parent = nullptr);

    void setFilter(const PersonFilter& filter);
    const PersonFilter& filter() const { return m_filter; }
    void refresh();
    const QString& lastError() const { return m_error; }

    const Person& personAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    PersonFilter m_filter;
    QList<Person> m_rows;
    QString m_error;
};

/// Pairing cards as a table, filtered by PairingFilter; refresh() after a change.
class PairingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CardNo, Sentinel, Community, Volunteer, Institution, Since, State, ColumnCount };
    enum Role { PairingIdRole = Qt::UserRole + 1, ActiveRole };

    explicit PairingListModel(Session& session, QObject* parent = nullptr);

    void setFilter(const PairingFilter& filter);
    const PairingFilter& filter() const { return m_filter; }
    void refresh();
    const QString& lastError() const { return m_error; }

    const Pairing& pairingAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& pairingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    PairingFilter m_filter;
    QList<Pairing> m_rows;
    QString m_error;
};

} // namespace gs
