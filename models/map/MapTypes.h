// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/UnitLevel.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace gs::map {

/// What a map shows. The vector basemap is the structure polygons themselves (District … PoliceGrids).
enum class Layer : quint32 {
    Basemap = 1u << 0, ///< raster tiles, when a tile source is set
    District = 1u << 1,
    Streets = 1u << 2,
    Communities = 1u << 3,
    Grids = 1u << 4, ///< 综合网格 (community grids)
    BuildingGrids = 1u << 5, ///< 商业楼宇网格
    PoliceGrids = 1u << 6, ///< 警格
    Labels = 1u << 7,
    Sentinels = 1u << 8,
    Volunteers = 1u << 9,
    Pairs = 1u << 10, ///< lines between paired partners
    Leads = 1u << 11,
    Heatmap = 1u << 12,
};
Q_DECLARE_FLAGS(Layers, Layer)
Q_DECLARE_OPERATORS_FOR_FLAGS(Layers)

/// Every layer, in drawing order.
QList<Layer> allLayers();
/// What a new map shows: everything but the heatmap.
Layers defaultLayers();
/// Stable names for the command line and settings: "district", "streets", "grids", "leads", ...
QString layerKey(Layer layer);
/// Translated names for the layer switcher and the legend.
QString layerLabel(Layer layer);
/// Parses "grids,leads,pairs" (also "all", "default", "none"); nullopt names the first unknown key in `bad`.
std::optional<Layers> parseLayers(const QString& text, QString* bad = nullptr);

/// How lead markers and clusters are coloured.
enum class LeadColouring { Status, Risk };
/// What the heatmap adds up.
enum class HeatWeight { Count, Amount };

} // namespace gs::map
