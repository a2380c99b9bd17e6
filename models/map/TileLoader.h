// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "map/TileSource.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace gs::map {

/// Loads tiles of one source off the GUI thread and keeps the decoded images in an LRU cache bounded in
/// bytes. The renderer asks for what it needs each frame (request()); while a tile loads, standIn() offers
/// the nearest cached ancestor, scaled. Requests left over from earlier frames are dropped unstarted
/// after a fast pan (beginFrame()), so the pool works on what is on screen.
class TileLoader : public QObject
{
    Q_OBJECT

public:
    explicit TileLoader(
        std::shared_ptr<TileSource> source, qint64 cacheBytes = qint64(96) << 20, QObject* parent = nullptr);
    ~TileLoader() override;

    TileSource& source() const { return *m_source; }
    std::shared_ptr<TileSource> sharedSource() const { return m_source; }

    /// Starts a frame: requests for tiles that neither this frame nor the previous one asked for, and that have
    /// not started yet, are abandoned.
    void beginFrame();
    /// The tile if cached. Otherwise starts loading it (once; tiles the source lacks are remembered) and
    /// returns a null image.
    QImage request(geo::TileId tile);
    /// The cached tile, without loading.
    QImage cached(geo::TileId tile) const;
    /// The closest cached ancestor within `maxLevelsUp` and the part of it that covers `tile`.
    struct StandIn
    {
        QImage image;
        QRectF sourceRect;
    };
    std::optional<StandIn> standIn(geo::TileId tile, int maxLevelsUp = 8) const;
    bool isMissing(geo::TileId tile) const { return m_missing.contains(key(tile)); }

    int pendingCount() const { return int(m_pending.size()); }
    qint64 cachedBytes() const { return m_cache.totalCost(); }
    qint64 cacheLimit() const { return m_cache.maxCost(); }
    /// Waits (running the event loop) until no tile is loading, at most timeoutMs. For snapshots and tests.
    bool waitForIdle(int timeoutMs);

    static quint64 key(geo::TileId tile) { return (quint64(tile.z) << 58) | (quint64(tile.x) << 29) | quint64(tile.y); }

Q_SIGNALS:
    /// A tile arrived in the cache (or turned out missing); the view should repaint.
    void tileLoaded(const geo::TileId& tile);

private:
    struct Shared;
    void deliver(quint64 key, QImage image, bool missing);

    std::shared_ptr<TileSource> m_source;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_pool;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_pending;
    QSet<quint64> m_missing;
    QSet<quint64> m_frameKeys; // asked for since beginFrame()
};

} // namespace gs::map

Q_DECLARE_METATYPE(gs::geo::TileId)
