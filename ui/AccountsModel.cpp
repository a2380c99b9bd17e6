// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AccountsModel.h"

#include <QApplication>
#include <QStyle>

namespace gs {

AccountsModel::AccountsModel(QObject* parent) : QAbstractTableModel(parent) { }

void AccountsModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int AccountsModel::rowOf(const QString& userName) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).userName == userName)
            return i;
    }
    return -1;
}

int AccountsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_users.size()); }

int AccountsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& user = m_users.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case UserName:
            return user.userName;
        case DisplayName:
            return user.displayName;
        case RoleColumn:
            return roleDisplayName(user.role);
        case Active:
            return user.active ? tr("Active") : tr("Disabled");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && !user.active) {
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::DecorationRole && column == UserName) {
        return QApplication::style()->standardIcon(user.active ? QStyle::SP_DialogYesButton : QStyle::SP_DialogNoButton);
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gs
