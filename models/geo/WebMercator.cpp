// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gs::geo {

namespace {
constexpr double DegToRad = std::numbers::pi / 180.0;
constexpr double RadToDeg = 180.0 / std::numbers::pi;
} // namespace

double WebMercator::clampLatitude(double lat)
{
    return std::clamp(lat, -MaxLatitude, MaxLatitude);
}

QPointF WebMercator::toMetres(LonLat p)
{
    const double phi = clampLatitude(p.lat) * DegToRad;
    return { EarthRadius * p.lon * DegToRad, EarthRadius * std::asinh(std::tan(phi)) };
}

LonLat WebMercator::fromMetres(QPointF m)
{
    return { m.x() / EarthRadius * RadToDeg, std::atan(std::sinh(m.y() / EarthRadius)) * RadToDeg };
}

QPointF WebMercator::toWorld(LonLat p)
{
    const double phi = clampLatitude(p.lat) * DegToRad;
    const double x = (p.lon + 180.0) / 360.0;
    const double y = 0.5 - std::asinh(std::tan(phi)) / (2.0 * std::numbers::pi);
    return { x, y };
}

LonLat WebMercator::fromWorld(QPointF w)
{
    const double lon = w.x() * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(std::numbers::pi * (1.0 - 2.0 * w.y()))) * RadToDeg;
    return { lon, lat };
}

QPointF WebMercator::toTile(LonLat p, int zoom)
{
    return toWorld(p) * double(tileCount(zoom));
}

TileId WebMercator::tileAt(LonLat p, int zoom)
{
    Q_ASSERT(zoom >= 0 && zoom <= MaxZoom);
    const qint64 n = tileCount(zoom);
    const QPointF t = toTile(p, zoom);
    qint64 x = qint64(std::floor(t.x())) % n;
    if (x < 0)
        x += n;
    const qint64 y = std::clamp<qint64>(qint64(std::floor(t.y())), 0, n - 1);
    return { int(x), int(y), zoom };
}

BBox WebMercator::tileBounds(TileId tile)
{
    const double n = double(tileCount(tile.z));
    const LonLat nw = fromWorld({ tile.x / n, tile.y / n });
    const LonLat se = fromWorld({ (tile.x + 1) / n, (tile.y + 1) / n });
    return BBox::of(nw.lon, se.lat, se.lon, nw.lat);
}

double WebMercator::worldSize(double zoom)
{
    return TileSize * std::exp2(zoom);
}

QPointF WebMercator::toPixel(LonLat p, double zoom)
{
    return toWorld(p) * worldSize(zoom);
}

LonLat WebMercator::fromPixel(QPointF px, double zoom)
{
    return fromWorld(px / worldSize(zoom));
}

double WebMercator::groundResolution(double lat, double zoom)
{
    return std::cos(clampLatitude(lat) * DegToRad) * 2.0 * HalfCircumference / worldSize(zoom);
}

} // namespace gs::geo
