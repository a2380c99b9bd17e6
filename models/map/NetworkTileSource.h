// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "map/TileSource.h"

#include <QString>

namespace gs::map {

/// Tiles fetched from a URL template ("https://{s}.tile.example.org/{z}/{x}/{y}.png") and kept in an
/// on-disk cache folder. Off unless the node's settings name a template: every request tells the server
/// which part of the district is being looked at, so the office decides whether that is acceptable.
/// Map imagery only: nothing about cases is ever sent or cached. load() blocks its worker thread.
class NetworkTileSource : public TileSource
{
public:
    struct Options
    {
        QString urlTemplate;
        geo::Crs crs = geo::Crs::Wgs84;
        QString cacheFolder; ///< empty: no disk cache
        int minZoom = 0;
        int maxZoom = 18;
        QString subdomains = QStringLiteral("abc");
        QString attribution;
        int timeoutMs = 10000;
        qint64 maxAgeDays = 30; ///< cached tiles older than this are fetched again (and used if that fails)
    };
    explicit NetworkTileSource(Options options);

    QString name() const override;
    geo::Crs crs() const override { return m_options.crs; }
    int minZoom() const override { return m_options.minZoom; }
    int maxZoom() const override { return m_options.maxZoom; }
    QString attribution() const override { return m_options.attribution; }
    Result<QImage> load(geo::TileId tile) override;
    /// Where a tile is cached (empty without a cache folder).
    QString cachePath(geo::TileId tile) const;

private:
    Options m_options;
};

} // namespace gs::map
