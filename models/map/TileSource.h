// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/ChinaCoordinates.h"
#include "geo/WebMercator.h"

#include <QByteArray>
#include <QImage>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace gs {
class Database;
}

namespace gs::map {

/// Raster map tiles in Web Mercator XYZ addressing. Each source says which coordinate system its imagery
/// is drawn in: Chinese commercial tiles (AMap/Gaode, Tencent) are GCJ-02, OpenStreetMap and Tianditu
/// WGS-84; the map shifts its overlays to match. load() may be called from worker threads at once.
class TileSource
{
public:
    virtual ~TileSource();
    virtual QString name() const = 0;
    virtual geo::Crs crs() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 18; }
    virtual QString attribution() const { return {}; }
    /// The decoded tile; NotFound when the source has no such tile (the map then shows a coarser one).
    virtual Result<QImage> load(geo::TileId tile) = 0;
};

/// An MBTiles file (SQLite: metadata + tiles with TMS rows) read through our own store opened without a
/// key, read-only (Database::openPlainReadOnly; never Qt's QSQLITE). PNG/JPEG/WebP raster tiles; vector
/// (pbf) files are refused. The CRS is the caller's choice, else the non-standard metadata key "crs"
/// ("gcj02"...), else WGS-84 as the MBTiles specification says.
class MBTilesSource : public TileSource
{
public:
    static Result<std::unique_ptr<MBTilesSource>> open(const QString& path, std::optional<geo::Crs> crs = std::nullopt);
    ~MBTilesSource() override;

    QString name() const override { return m_name; }
    geo::Crs crs() const override { return m_crs; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString attribution() const override { return m_attribution; }
    Result<QImage> load(geo::TileId tile) override;
    /// The raw tile bytes (for tests and tools).
    Result<QByteArray> tileData(geo::TileId tile);
    /// metadata.bounds, if given (west,south,east,north in degrees).
    std::optional<geo::BBox> bounds() const { return m_bounds; }
    QString format() const { return m_format; }

private:
    MBTilesSource() = default;
    QMutex m_mutex; // one SQLite connection, opened without a mutex of its own
    std::unique_ptr<Database> m_db;
    QString m_name;
    QString m_format;
    QString m_attribution;
    geo::Crs m_crs = geo::Crs::Wgs84;
    int m_minZoom = 0;
    int m_maxZoom = 18;
    std::optional<geo::BBox> m_bounds;
};

/// Tiles as image files. `pattern` is a path with {z}, {x} and {y} (or {-y} for TMS rows), e.g.
/// "/data/tiles/{z}/{x}/{y}.png"; a plain folder means "<folder>/{z}/{x}/{y}" with .png, .jpg, .jpeg or
/// .webp, whichever exists.
class DirectoryTileSource : public TileSource
{
public:
    DirectoryTileSource(QString pattern, geo::Crs crs, int minZoom = 0, int maxZoom = 19);
    QString name() const override;
    geo::Crs crs() const override { return m_crs; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    Result<QImage> load(geo::TileId tile) override;
    /// The file a tile would be read from (the first extension that exists, or .png).
    QString pathOf(geo::TileId tile) const;

private:
    QString m_pattern;
    bool m_folder = false;
    geo::Crs m_crs;
    int m_minZoom;
    int m_maxZoom;
};

/// Fills {z}, {x}, {y}, {-y} (TMS row) and {s} (one of `subdomains`, chosen by the tile) in a template.
QString expandTileTemplate(const QString& pattern, geo::TileId tile, const QString& subdomains = QStringLiteral("abc"));

} // namespace gs::map
