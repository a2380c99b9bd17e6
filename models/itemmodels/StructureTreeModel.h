// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "structure/StructureTypes.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace gs {

class Session;

/// The district's structure as a tree: districts → streets → communities → grids, retired units included
/// (greyed) unless hidden. A district has about a thousand units, so the whole tree is loaded at once;
/// reload() after a change. Filter it with a recursive QSortFilterProxyModel on SearchTextRole.
class StructureTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Kind, Responsible, Boundary, State, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        LevelRole, ///< int(UnitLevel)
        RetiredRole, ///< bool
        SearchTextRole, ///< name and code, for filtering
    };

    explicit StructureTreeModel(Session& session, QObject* parent = nullptr);
    ~StructureTreeModel() override;

    /// Reloads from the database, keeping nothing but the setting below.
    void reload();
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }
    const QString& lastError() const { return m_error; }

    /// The unit at an index (null for invalid ones).
    const StructureUnit* unitAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& unitId, int column = 0) const;
    int unitCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        StructureUnit unit;
        Node* parent = nullptr;
        int row = 0;
        std::vector<Node*> children;
    };
    std::vector<Node*>& childrenOf(const QModelIndex& parent) const;

    Session& m_session;
    bool m_showRetired = true;
    std::vector<std::unique_ptr<Node>> m_nodes;
    mutable std::vector<Node*> m_roots;
    QHash<QString, Node*> m_byId;
    QString m_error;
};

} // namespace gs
