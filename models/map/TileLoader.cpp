// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/TileLoader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QMutexLocker>
#include <QRunnable>
#include <QThread>

namespace gs::map {

// What workers share with the loader: whether it still exists, and which requests are still wanted.
struct TileLoader::Shared
{
    QMutex mutex;
    TileLoader* receiver = nullptr; // cleared (under the mutex) when the loader goes
    QSet<quint64> wanted; // asked for in this frame or the one before: the rest is skipped unstarted
};

namespace {

geo::TileId fromKey(quint64 k)
{
    return { int((k >> 29) & ((1u << 29) - 1)), int(k & ((1u << 29) - 1)), int(k >> 58) };
}

} // namespace

TileLoader::TileLoader(std::shared_ptr<TileSource> source, qint64 cacheBytes, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = this;
    m_cache.setMaxCost(qsizetype(std::max<qint64>(cacheBytes, 1 << 20)));
    // Decoding is CPU-bound and the machine has few cores; network tiles wait on I/O, so allow more.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

TileLoader::~TileLoader()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    m_pool.clear();
    m_pool.waitForDone();
}

void TileLoader::beginFrame()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->wanted = std::move(m_frameKeys);
    m_frameKeys.clear();
}

QImage TileLoader::cached(geo::TileId tile) const
{
    const QImage* image = m_cache.object(key(tile));
    return image ? *image : QImage();
}

QImage TileLoader::request(geo::TileId tile)
{
    const quint64 k = key(tile);
    if (const QImage* image = m_cache.object(k))
        return *image;
    if (m_missing.contains(k) || tile.z < m_source->minZoom() || tile.z > m_source->maxZoom())
        return {};
    if (!m_frameKeys.contains(k)) {
        m_frameKeys.insert(k);
        QMutexLocker lock(&m_shared->mutex);
        m_shared->wanted.insert(k);
    }
    if (m_pending.contains(k))
        return {};
    m_pending.insert(k);
    m_pool.start([source = m_source, shared = m_shared, k] {
        {
            QMutexLocker lock(&shared->mutex);
            if (!shared->receiver)
                return;
            if (!shared->wanted.contains(k)) {
                // Panned away before this started: tell the loader it may ask again later.
                QMetaObject::invokeMethod(
                    shared->receiver, [r = shared->receiver, k] { r->deliver(k, QImage(), false); },
                    Qt::QueuedConnection);
                return;
            }
        }
        auto loaded = source->load(fromKey(k));
        const bool missing = !loaded && loaded.error().code == Error::Code::NotFound;
        QImage image = loaded ? std::move(loaded.value()) : QImage();
        QMutexLocker lock(&shared->mutex);
        if (shared->receiver) {
            QMetaObject::invokeMethod(
                shared->receiver,
                [r = shared->receiver, k, image = std::move(image), missing] { r->deliver(k, image, missing); },
                Qt::QueuedConnection);
        }
    });
    return {};
}

void TileLoader::deliver(quint64 k, QImage image, bool missing)
{
    m_pending.remove(k);
    if (missing)
        m_missing.insert(k);
    const bool arrived = !image.isNull();
    if (arrived) {
        const qsizetype cost = qsizetype(image.sizeInBytes());
        m_cache.insert(k, new QImage(std::move(image)), cost);
    }
    if (arrived || missing)
        Q_EMIT tileLoaded(fromKey(k));
}

std::optional<TileLoader::StandIn> TileLoader::standIn(geo::TileId tile, int maxLevelsUp) const
{
    for (int up = 1; up <= maxLevelsUp && tile.z - up >= 0; ++up) {
        const geo::TileId parent { tile.x >> up, tile.y >> up, tile.z - up };
        if (const QImage* image = m_cache.object(key(parent))) {
            const int n = 1 << up;
            const double w = double(image->width()) / n, h = double(image->height()) / n;
            return StandIn { *image, QRectF((tile.x & (n - 1)) * w, (tile.y & (n - 1)) * h, w, h) };
        }
    }
    return std::nullopt;
}

bool TileLoader::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_pending.isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!m_pending.isEmpty())
            QThread::msleep(2);
    }
    return m_pending.isEmpty();
}

} // namespace gs::map
