// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/LonLat.h"
#include "leads/LeadQuery.h"
#include "map/MapTypes.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace gs {
class Session;
}

namespace gs::map {

class MapScene;
class MapViewport;
class TileSource;

/// How a map picture is drawn (for a case report, an export, `gridsentinel map render`).
struct SnapshotOptions
{
    Layers layers = defaultLayers();
    LeadFilter filter; ///< which leads, as in the lead list (visibility always applies)
    LeadColouring colouring = LeadColouring::Status;
    HeatWeight heatWeight = HeatWeight::Count;
    qint64 heatFromMs = 0;
    qint64 heatToMs = 0;
    qreal devicePixelRatio = 1.0; ///< 2 gives a print-quality image of the same layout
    bool legend = true;
    bool scaleBar = true;
    QString title;
    QString subtitle;
    QString highlightLeadId; ///< drawn on top with a ring (the case of a report)
    std::optional<geo::LonLat> pin; ///< WGS-84
    bool onlyMyPairs = false;
    /// A raster basemap; null draws the vector basemap. Tiles are awaited up to tileTimeoutMs.
    std::shared_ptr<TileSource> basemap;
    int tileTimeoutMs = 15000;
};

/// Renders the map as `session`'s user may see it (LeadVisibility, masked phones) into an image of
/// `size` logical pixels showing `bbox` (WGS-84) whole; an empty bbox shows the district. Needs a
/// QGuiApplication (fonts); no display: QT_QPA_PLATFORM=offscreen.
Result<QImage> renderSnapshot(Session& session, const geo::BBox& bbox, QSize size, const SnapshotOptions& options = {});
/// The same centred on a WGS-84 position at a zoom.
Result<QImage> renderSnapshot(
    Session& session, geo::LonLat centre, double zoom, QSize size, const SnapshotOptions& options = {});
/// On a scene already loaded (the map view's export): uses the scene's display CRS and colouring as set.
QImage renderSnapshot(const MapScene& scene, const MapViewport& viewport, const SnapshotOptions& options);

} // namespace gs::map
