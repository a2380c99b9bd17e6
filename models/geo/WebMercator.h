// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/LonLat.h"

#include <QPointF>

namespace gs::geo {

/// An XYZ ("slippy map") tile: x grows east, y grows south, both in [0, 2^z).
struct TileId
{
    int x = 0;
    int y = 0;
    int z = 0;
    friend constexpr bool operator==(const TileId&, const TileId&) = default;
};

/// Spherical Web Mercator (EPSG:3857) as used by XYZ tiles, MBTiles and the map view.
/// "World" coordinates are normalised to [0, 1]² with y pointing south; pixel coordinates are world
/// coordinates times 256·2^zoom. Latitudes are clamped to ±MaxLatitude, longitudes are not wrapped
/// (so a view can pan across the antimeridian) except by tileAt().
class WebMercator
{
public:
    static constexpr double EarthRadius = 6378137.0; ///< metres, the WGS-84 semi-major axis
    static constexpr double HalfCircumference = 20037508.342789244; ///< π·EarthRadius
    static constexpr double MaxLatitude = 85.051128779806592; ///< atan(sinh(π)) in degrees
    static constexpr int TileSize = 256;
    static constexpr int MaxZoom = 30;

    static double clampLatitude(double lat);

    /// EPSG:3857 metres: x east, y north.
    static QPointF toMetres(LonLat p);
    static LonLat fromMetres(QPointF m);

    /// Normalised world coordinates: (0, 0) is the north-west corner (180°W, 85.05°N).
    static QPointF toWorld(LonLat p);
    static LonLat fromWorld(QPointF w);

    /// Fractional tile coordinates at an integer zoom (the integer parts are the tile).
    static QPointF toTile(LonLat p, int zoom);
    /// The tile containing p; x wraps around the antimeridian, y is clamped to the map. zoom ≤ MaxZoom.
    static TileId tileAt(LonLat p, int zoom);
    /// The tile's extent; its north-west corner is (west, north).
    static BBox tileBounds(TileId tile);
    /// Number of tiles along one axis: 2^zoom.
    static qint64 tileCount(int zoom) { return qint64(1) << zoom; }
    /// MBTiles/TMS rows count from the south: tile_row = 2^z − 1 − y. The flip is its own inverse.
    static int tmsRow(int y, int zoom) { return int(tileCount(zoom) - 1 - y); }

    /// Size of the whole world in pixels at a (fractional) zoom: 256·2^zoom.
    static double worldSize(double zoom);
    static QPointF toPixel(LonLat p, double zoom);
    static LonLat fromPixel(QPointF px, double zoom);

    /// Ground metres per pixel at a latitude: cos(lat)·2πR / (256·2^zoom).
    static double groundResolution(double lat, double zoom);
};

} // namespace gs::geo
