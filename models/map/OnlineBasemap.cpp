// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "OnlineBasemap.h"

#include "accounts/NodeSettings.h"
#include "accounts/Session.h"
#include "domain/Role.h"
#include "store/Transaction.h"

#include <QUrl>

namespace gs::map {

namespace {
const QString kUrl = QStringLiteral("map_tile_url");
const QString kCrs = QStringLiteral("map_tile_crs");
const QString kAttribution = QStringLiteral("map_tile_attribution");
const QString kMaxZoom = QStringLiteral("map_tile_max_zoom");
constexpr int kMaxServerZoom = 22; // no public tile server goes deeper
} // namespace

QString OnlineBasemap::problem(const OnlineBasemap& b)
{
    if (!b.enabled())
        return {};
    if (b.urlTemplate.size() > 500)
        return tr("The tile URL is longer than 500 characters.");
    // Checked as the URL of one tile: braces are not allowed in a host name ({s} is a subdomain).
    QString example = b.urlTemplate;
    example.replace(QStringLiteral("{s}"), QStringLiteral("a")).replace(QStringLiteral("{-y}"), QStringLiteral("0"));
    for (const char* p : { "{z}", "{x}", "{y}" })
        example.replace(QLatin1String(p), QStringLiteral("0"));
    const QUrl url(example, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))
        || url.host().isEmpty())
        return tr("The tile URL must be an http or https address, e.g. https://tiles.example.cn/{z}/{x}/{y}.png.");
    if (!b.urlTemplate.contains(QStringLiteral("{z}")) || !b.urlTemplate.contains(QStringLiteral("{x}"))
        || !(b.urlTemplate.contains(QStringLiteral("{y}")) || b.urlTemplate.contains(QStringLiteral("{-y}"))))
        return tr("The tile URL must contain {z}, {x} and {y} (or {-y}).");
    if (b.crs != geo::Crs::Wgs84 && b.crs != geo::Crs::Gcj02)
        return tr("Online tiles must be in WGS-84 or GCJ-02 (Baidu's BD-09 tiles use their own grid).");
    if (b.maxZoom < 1 || b.maxZoom > kMaxServerZoom)
        return tr("The highest zoom must be between 1 and %1.").arg(kMaxServerZoom);
    if (b.attribution.size() > 200)
        return tr("The attribution is longer than 200 characters.");
    return {};
}

OnlineBasemap OnlineBasemap::load(Session& session)
{
    const NodeSettings settings(session);
    OnlineBasemap b;
    b.urlTemplate = settings.value(kUrl);
    b.crs = geo::crsFromString(settings.value(kCrs)).value_or(geo::Crs::Wgs84);
    b.attribution = settings.value(kAttribution);
    b.maxZoom = settings.value(kMaxZoom, QStringLiteral("18")).toInt();
    if (!problem(b).isEmpty())
        return {};
    return b;
}

Status OnlineBasemap::save(Session& session, const OnlineBasemap& b)
{
    if (auto s = session.require(Permission::ManageNodeSettings); !s)
        return s;
    if (const QString why = problem(b); !why.isEmpty())
        return makeError(Error::Code::InvalidInput, why);
    Transaction tx(session.db());
    if (!tx.begun())
        return tx.begun();
    NodeSettings settings(session);
    const bool on = b.enabled();
    for (const auto& [key, value] : { std::pair { kUrl, b.urlTemplate },
             std::pair { kCrs, on ? geo::crsToString(b.crs) : QString() },
             std::pair { kAttribution, on ? b.attribution : QString() },
             std::pair { kMaxZoom, on ? QString::number(b.maxZoom) : QString() } }) {
        if (auto s = settings.setValue(key, value); !s)
            return s;
    }
    return tx.commit();
}

NetworkTileSource::Options OnlineBasemap::tileOptions(const QString& cacheFolder) const
{
    NetworkTileSource::Options options;
    options.urlTemplate = urlTemplate;
    options.crs = crs;
    options.attribution = attribution;
    options.maxZoom = maxZoom;
    options.cacheFolder = cacheFolder;
    return options;
}

} // namespace gs::map
