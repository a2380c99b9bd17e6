// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace gs::map {

QList<Layer> allLayers()
{
    return { Layer::Basemap, Layer::District, Layer::Streets, Layer::Communities, Layer::Grids, Layer::BuildingGrids,
        Layer::PoliceGrids, Layer::Labels, Layer::Heatmap, Layer::Pairs, Layer::Sentinels, Layer::Volunteers,
        Layer::Leads };
}

Layers defaultLayers()
{
    Layers all;
    for (Layer l : allLayers())
        all |= l;
    return all & ~Layers(Layer::Heatmap);
}

QString layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Basemap:
        return QStringLiteral("basemap");
    case Layer::District:
        return QStringLiteral("district");
    case Layer::Streets:
        return QStringLiteral("streets");
    case Layer::Communities:
        return QStringLiteral("communities");
    case Layer::Grids:
        return QStringLiteral("grids");
    case Layer::BuildingGrids:
        return QStringLiteral("building-grids");
    case Layer::PoliceGrids:
        return QStringLiteral("police-grids");
    case Layer::Labels:
        return QStringLiteral("labels");
    case Layer::Sentinels:
        return QStringLiteral("sentinels");
    case Layer::Volunteers:
        return QStringLiteral("volunteers");
    case Layer::Pairs:
        return QStringLiteral("pairs");
    case Layer::Leads:
        return QStringLiteral("leads");
    case Layer::Heatmap:
        return QStringLiteral("heatmap");
    }
    return {};
}

QString layerLabel(Layer layer)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("gs::map::Layer", text); };
    switch (layer) {
    case Layer::Basemap:
        return tr("Basemap tiles");
    case Layer::District:
        return tr("District boundary");
    case Layer::Streets:
        return tr("Streets");
    case Layer::Communities:
        return tr("Communities");
    case Layer::Grids:
        return tr("Community grids");
    case Layer::BuildingGrids:
        return tr("Building grids");
    case Layer::PoliceGrids:
        return tr("Police grids");
    case Layer::Labels:
        return tr("Place names");
    case Layer::Sentinels:
        return tr("Grid sentinels");
    case Layer::Volunteers:
        return tr("Finance volunteers");
    case Layer::Pairs:
        return tr("Pairs (lines between partners)");
    case Layer::Leads:
        return tr("Leads");
    case Layer::Heatmap:
        return tr("Lead heatmap");
    }
    return {};
}

std::optional<Layers> parseLayers(const QString& text, QString* bad)
{
    Layers out;
    for (QString part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed().toLower();
        if (part == QStringLiteral("all")) {
            for (Layer l : allLayers())
                out |= l;
            continue;
        }
        if (part == QStringLiteral("default")) {
            out |= defaultLayers();
            continue;
        }
        if (part == QStringLiteral("none"))
            continue;
        bool found = false;
        for (Layer l : allLayers()) {
            if (layerKey(l) == part) {
                out |= l;
                found = true;
                break;
            }
        }
        if (!found) {
            if (bad)
                *bad = part;
            return std::nullopt;
        }
    }
    return out;
}

} // namespace gs::map
