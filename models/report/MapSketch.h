// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/Geometry.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace gs {

/// What the stand-in map of a report shows: the lead's point and its grid.
struct MapSketchInput
{
    std::optional<geo::LonLat> point; ///< WGS-84
    geo::MultiPolygon grid; ///< the grid's boundary, empty when unknown
    QString gridName;
    QString placeName; ///< street · community, under the grid name
};

/// A small map drawn with QPainter when no map renderer is wired in: the grid polygon in Web Mercator,
/// the lead as a marker, a scale bar, north and the coordinates. Opaque (PDF/A), no tiles, no network.
class MapSketch
{
public:
    static QImage render(const MapSketchInput& input, QSize size);
};

} // namespace gs
