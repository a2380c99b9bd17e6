// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gs {

class Session;

/// A street, community or grid as pickers list it.
struct StructureItem
{
    QString id;
    QString code;
    QString name;
    QString kind; ///< grids only: community | building | police
};

/// Where a grid sits: its community and street.
struct GridPath
{
    QString gridId, gridName;
    QString communityId, communityName;
    QString streetId, streetName;
};

/// Read-only lookups of the district structure (streets → communities → grids) for pickers and lists.
/// Retired and deleted units are left out. Lists are ordered by code.
class StructureQuery
{
public:
    /// Decides whether a point lies inside a unit's GeoJSON geometry (exact point-in-polygon).
    using PointTest = std::function<bool(const QString& geometryJson, double lon, double lat)>;

    /// Exact point-in-polygon (geo::contains over the stored GeoJSON) by default.
    explicit StructureQuery(Session& session);

    Result<QList<StructureItem>> streets();
    Result<QList<StructureItem>> communities(const QString& streetId);
    Result<QList<StructureItem>> grids(const QString& communityId);
    /// The grid's community and street; nullopt when the grid does not exist.
    Result<std::optional<GridPath>> gridPath(const QString& gridId);

    /// Grids whose bounding box contains the point, smallest box first. With a point test set, only the
    /// grids whose geometry contains the point (grids without geometry are kept on the box alone).
    Result<QList<StructureItem>> gridsAt(double lon, double lat);
    /// The best grid for a point (the first of gridsAt), or an empty string.
    QString gridAt(double lon, double lat);
    /// Replaces the containment test; an empty one means bounding boxes only.
    void setPointTest(PointTest test) { m_pointTest = std::move(test); }

    /// Display names of accounts by user id (for lists and history), including disabled accounts.
    Result<QHash<QString, QString>> userDisplayNames(const QStringList& userIds);

private:
    Result<QList<StructureItem>> list(const char* sql, const QString& parentId, bool withKind);
    Session& m_session;
    PointTest m_pointTest;
};

} // namespace gs
