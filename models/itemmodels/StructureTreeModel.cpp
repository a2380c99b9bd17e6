// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "StructureTreeModel.h"

#include "structure/StructureRepository.h"

#include <QColor>
#include <QFont>

namespace gs {

StructureTreeModel::StructureTreeModel(Session& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    reload();
}

StructureTreeModel::~StructureTreeModel() = default;

void StructureTreeModel::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    reload();
}

void StructureTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    auto units = StructureRepository(m_session).units(m_showRetired);
    if (!units) {
        m_error = units.error().message;
    } else {
        m_error.clear();
        for (StructureUnit& u : *units) {
            auto node = std::make_unique<Node>();
            node->unit = std::move(u);
            m_byId.insert(node->unit.id, node.get());
            m_nodes.push_back(std::move(node));
        }
        // Units come parents first (by level), each level by code.
        for (const auto& node : m_nodes) {
            Node* parent = node->unit.parentId.isEmpty() ? nullptr : m_byId.value(node->unit.parentId);
            std::vector<Node*>& siblings = parent ? parent->children : m_roots;
            node->parent = parent;
            node->row = int(siblings.size());
            siblings.push_back(node.get());
        }
    }
    endResetModel();
}

std::vector<StructureTreeModel::Node*>& StructureTreeModel::childrenOf(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_roots;
    return static_cast<Node*>(parent.internalPointer())->children;
}

const StructureUnit* StructureTreeModel::unitAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? &static_cast<const Node*>(index.internalPointer())->unit
                                                    : nullptr;
}

QModelIndex StructureTreeModel::indexOf(const QString& unitId, int column) const
{
    Node* node = m_byId.value(unitId);
    return node ? createIndex(node->row, column, node) : QModelIndex();
}

QModelIndex StructureTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<Node*>& children = childrenOf(parent);
    if (row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, column, children[size_t(row)]);
}

QModelIndex StructureTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = static_cast<const Node*>(child.internalPointer());
    return node->parent ? createIndex(node->parent->row, 0, node->parent) : QModelIndex();
}

int StructureTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int StructureTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant StructureTreeModel::data(const QModelIndex& index, int role) const
{
    const StructureUnit* u = unitAt(index);
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u->name;
        case Code:
            return u->code;
        case Kind:
            return u->level == UnitLevel::Grid ? structure::gridKindLabel(u->gridKind)
                                               : structure::levelLabel(u->level);
        case Responsible:
            return u->responsibleName;
        case Boundary:
            return u->hasGeometry ? tr("Drawn") : QString();
        case State:
            return u->retired ? tr("Retired %1").arg(u->retiredAt.left(10)) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (u->retired)
            return tr("Retired on %1: %2").arg(u->retiredAt.left(10), u->retiredReason);
        if (index.column() == Boundary && !u->hasGeometry)
            return tr("No boundary yet: import one from GeoJSON or draw it on the map.");
        return {};
    case Qt::ForegroundRole:
        return u->retired ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::FontRole:
        if (u->retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case UnitIdRole:
        return u->id;
    case LevelRole:
        return int(u->level);
    case RetiredRole:
        return u->retired;
    case SearchTextRole:
        return QStringList { u->name, u->code, u->responsibleName }.join(QLatin1Char(' '));
    }
    return {};
}

QVariant StructureTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case Responsible:
        return tr("Responsible sentinel");
    case Boundary:
        return tr("Boundary");
    case State:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> StructureTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(UnitIdRole, "unitId");
    names.insert(LevelRole, "level");
    names.insert(RetiredRole, "retired");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace gs
