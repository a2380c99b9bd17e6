// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "GridPicker.h"

#include "LeadServices.h"
#include "structure/StructureQuery.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace gs {

GridPicker::~GridPicker() { disconnectChildren(this); }

GridPicker::GridPicker(Session& session, Mode mode, QWidget* parent) : QWidget(parent), m_session(session), m_mode(mode)
{
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("streetCombo"));
    m_street->setAccessibleName(tr("Street"));
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("communityCombo"));
    m_community->setAccessibleName(tr("Community"));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("gridCombo"));
    m_grid->setAccessibleName(tr("Grid"));
    for (QComboBox* combo : { m_street, m_community, m_grid }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_street, 1);
    layout->addWidget(m_community, 1);
    layout->addWidget(m_grid, 1);

    fillStreets();
    connect(m_street, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_updating = true;
        fillCommunities();
        m_updating = false;
        Q_EMIT selectionChanged();
    });
    connect(m_community, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_updating = true;
        fillGrids();
        m_updating = false;
        Q_EMIT selectionChanged();
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT selectionChanged();
    });
}

QString GridPicker::streetId() const { return m_street->currentData().toString(); }
QString GridPicker::communityId() const { return m_community->currentData().toString(); }
QString GridPicker::gridId() const { return m_grid->currentData().toString(); }

void GridPicker::fillStreets()
{
    m_street->clear();
    m_street->addItem(m_mode == Mode::Filter ? tr("Any street") : tr("Street…"), QString());
    if (auto streets = StructureQuery(m_session).streets()) {
        for (const StructureItem& s : *streets)
            m_street->addItem(s.name, s.id);
    }
    fillCommunities();
}

void GridPicker::fillCommunities()
{
    m_community->clear();
    m_community->addItem(m_mode == Mode::Filter ? tr("Any community") : tr("Community…"), QString());
    if (!streetId().isEmpty()) {
        if (auto communities = StructureQuery(m_session).communities(streetId())) {
            for (const StructureItem& c : *communities)
                m_community->addItem(c.name, c.id);
        }
    }
    m_community->setEnabled(m_community->count() > 1);
    fillGrids();
}

void GridPicker::fillGrids()
{
    m_grid->clear();
    m_grid->addItem(m_mode == Mode::Filter ? tr("Any grid") : tr("Grid…"), QString());
    if (!communityId().isEmpty()) {
        if (auto grids = StructureQuery(m_session).grids(communityId())) {
            for (const StructureItem& g : *grids)
                m_grid->addItem(g.name, g.id);
        }
    }
    m_grid->setEnabled(m_grid->count() > 1);
}

void GridPicker::selectGrid(const QString& gridId)
{
    std::optional<GridPath> path;
    if (!gridId.isEmpty()) {
        if (auto found = StructureQuery(m_session).gridPath(gridId))
            path = *found;
    }
    m_updating = true;
    m_street->setCurrentIndex(path ? std::max(0, m_street->findData(path->streetId)) : 0);
    fillCommunities();
    if (path) {
        m_community->setCurrentIndex(std::max(0, m_community->findData(path->communityId)));
        fillGrids();
        m_grid->setCurrentIndex(std::max(0, m_grid->findData(path->gridId)));
    }
    m_updating = false;
    Q_EMIT selectionChanged();
}

void GridPicker::clear() { selectGrid(QString()); }

} // namespace gs
