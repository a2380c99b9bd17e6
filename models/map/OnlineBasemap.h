// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/ChinaCoordinates.h"
#include "map/NetworkTileSource.h"

#include <QCoreApplication>
#include <QString>

namespace gs {
class Session;
}

namespace gs::map {

/// The district office's online basemap: a tile server's URL template kept in the node settings. Off unless the
/// office sets it (map requests tell that server which area a user looks at); the map offers it once set.
struct OnlineBasemap
{
    Q_DECLARE_TR_FUNCTIONS(gs::map::OnlineBasemap)

public:
    QString urlTemplate; ///< https://…/{z}/{x}/{y}.png ({-y} for TMS rows, {s} for a subdomain); empty: off
    geo::Crs crs = geo::Crs::Wgs84; ///< of the tiles: wgs84 or gcj02 (Gaode/Tencent-style servers)
    QString attribution;
    int maxZoom = 18;

    bool enabled() const { return !urlTemplate.isEmpty(); }
    /// What the node settings hold; a stored value that no longer validates reads as off.
    static OnlineBasemap load(Session& session);
    /// Validates and stores every field in one transaction; an empty template turns online tiles off.
    /// Needs ManageNodeSettings (the district office or the node administrator).
    static Status save(Session& session, const OnlineBasemap& basemap);
    /// Why `basemap` cannot be stored (translated); empty when it can.
    static QString problem(const OnlineBasemap& basemap);
    NetworkTileSource::Options tileOptions(const QString& cacheFolder) const;
};

} // namespace gs::map
