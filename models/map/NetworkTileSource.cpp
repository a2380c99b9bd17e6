// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/NetworkTileSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace gs::map {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::NetworkTileSource", text);
}
} // namespace

NetworkTileSource::NetworkTileSource(Options options)
    : m_options(std::move(options))
{ }

QString NetworkTileSource::name() const
{
    return QUrl(m_options.urlTemplate).host();
}

QString NetworkTileSource::cachePath(geo::TileId t) const
{
    if (m_options.cacheFolder.isEmpty())
        return {};
    // One folder per template, so two sources never mix their tiles.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(m_options.urlTemplate.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir(m_options.cacheFolder).filePath(QStringLiteral("%1/%2/%3/%4.tile").arg(key).arg(t.z).arg(t.x).arg(t.y));
}

Result<QImage> NetworkTileSource::load(geo::TileId t)
{
    if (t.z < m_options.minZoom || t.z > m_options.maxZoom)
        return makeError(Error::Code::NotFound, tr("No tile %1/%2/%3.").arg(t.z).arg(t.x).arg(t.y));
    const QString cached = cachePath(t);
    QImage fromCache;
    if (!cached.isEmpty()) {
        const QFileInfo info(cached);
        if (info.exists() && fromCache.load(cached)) {
            if (info.lastModified().daysTo(QDateTime::currentDateTime()) < m_options.maxAgeDays)
                return fromCache.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        }
    }
    // One manager per worker thread; requests from a pool thread wait in a local event loop.
    thread_local QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(expandTileTemplate(m_options.urlTemplate, t, m_options.subdomains)));
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("GridSentinel/%1 (offline-first map)").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    const QString problem = reply->errorString();
    reply->deleteLater();
    QImage image;
    if (!ok || !image.loadFromData(bytes)) {
        if (!fromCache.isNull())
            return fromCache.convertToFormat(QImage::Format_ARGB32_Premultiplied); // stale beats nothing
        return makeError(
            Error::Code::Io, tr("Tile %1/%2/%3 could not be fetched: %4").arg(t.z).arg(t.x).arg(t.y).arg(problem));
    }
    if (!cached.isEmpty()) {
        QDir().mkpath(QFileInfo(cached).absolutePath());
        QFile file(cached + QStringLiteral(".part"));
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()) {
            file.close();
            QFile::remove(cached);
            QFile::rename(file.fileName(), cached);
        } else {
            file.remove();
        }
    }
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace gs::map
