// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QObject>
#include <QStringList>

namespace gs {

/// Tells views that the district's structure, its people or its pairings changed. One instance is made by
/// whoever composes the window (MainWindow) and handed to the repositories that write and to the views that
/// show: the structure tree, the people and pairing lists, and the map's grid, people and pair-line layers.
/// Repositories emit after their transaction committed, never for a write that was rolled back.
class DistrictChanges : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    /// Units were added, edited, retired or restored, or boundaries changed (unit ids; empty: many).
    void structureChanged(const QStringList& unitIds);
    /// People were added or edited (their location, community or grids may have moved).
    void peopleChanged(const QStringList& personIds);
    /// Pairings were created, ended or re-paired: the pair lines on the map need a reload
    /// (PairingRepository::activeLines()).
    void pairingsChanged(const QStringList& pairingIds);
};

} // namespace gs
