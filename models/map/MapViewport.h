// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/LonLat.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace gs::map {

/// What part of the map a frame shows: the centre as Web Mercator world coordinates (doubles in [0, 1]²,
/// y down, see geo::WebMercator::toWorld), a fractional zoom, the size in logical pixels and the device
/// pixel ratio. Positions are in the map's display coordinate system (WGS-84, or GCJ-02 over a GCJ-02
/// basemap: MapScene converts).
class MapViewport
{
public:
    static constexpr double MinZoom = 3.0;
    static constexpr double MaxZoom = 20.0;

    MapViewport() = default;
    MapViewport(QPointF centreWorld, double zoom, QSizeF size, qreal devicePixelRatio = 1.0);
    /// Centred on a position.
    static MapViewport at(geo::LonLat centre, double zoom, QSizeF size, qreal devicePixelRatio = 1.0);
    /// The largest zoom (≤ maxZoom) at which `box` fits inside `size` less `margin` logical pixels on each side.
    static MapViewport fitting(
        const geo::BBox& box, QSizeF size, double margin = 24.0, qreal devicePixelRatio = 1.0, double maxZoom = 18.0);

    QPointF centre() const { return m_centre; }
    geo::LonLat centreLonLat() const;
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    qreal devicePixelRatio() const { return m_dpr; }
    /// Logical pixels per world unit: 256·2^zoom.
    double scale() const;

    void setCentre(QPointF world);
    void setCentreLonLat(geo::LonLat p);
    /// Clamped to [MinZoom, MaxZoom].
    void setZoom(double zoom);
    void setSize(QSizeF size) { m_size = size; }
    void setDevicePixelRatio(qreal dpr) { m_dpr = dpr; }

    /// Zooms to `zoom` keeping the map point under `screen` where it is (wheel zoom around the cursor).
    void zoomAround(QPointF screen, double zoom);
    /// Moves the map with the pointer: a drag by `delta` logical pixels.
    void panBy(QPointF delta);
    /// Shows `box` whole, as fitting() does.
    void fit(const geo::BBox& box, double margin = 24.0, double maxZoom = 18.0);

    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    QPointF toScreen(geo::LonLat p) const;
    geo::LonLat toLonLat(QPointF screen) const;
    /// The visible world rectangle, and as longitudes/latitudes.
    QRectF worldRect() const;
    geo::BBox bbox() const;
    /// Ground metres per logical pixel at the centre.
    double metresPerPixel() const;

    friend bool operator==(const MapViewport&, const MapViewport&) = default;

private:
    QPointF m_centre { 0.5, 0.5 };
    double m_zoom = MinZoom;
    QSizeF m_size { 256, 256 };
    qreal m_dpr = 1.0;
};

} // namespace gs::map
