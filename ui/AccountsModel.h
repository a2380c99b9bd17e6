// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "accounts/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace gs {

/// The node's accounts as a table. Filled by the caller from AccountService::users().
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, RoleColumn, Active, ColumnCount };

    explicit AccountsModel(QObject* parent = nullptr);

    void setUsers(QList<User> users);
    const User& userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString& userName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace gs
