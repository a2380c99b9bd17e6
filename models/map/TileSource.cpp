// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/TileSource.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QMutexLocker>

namespace gs::map {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::TileSource", text);
}

Error noTile(geo::TileId t)
{
    return makeError(Error::Code::NotFound, tr("No tile %1/%2/%3.").arg(t.z).arg(t.x).arg(t.y));
}

Result<QImage> decode(const QByteArray& bytes, geo::TileId t)
{
    QImage image;
    if (!image.loadFromData(bytes))
        return makeError(Error::Code::InvalidInput,
            tr("Tile %1/%2/%3 is not an image this program can read.").arg(t.z).arg(t.x).arg(t.y));
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

bool validTile(geo::TileId t)
{
    return t.z >= 0 && t.z <= geo::WebMercator::MaxZoom && t.x >= 0 && t.y >= 0
        && t.x < geo::WebMercator::tileCount(t.z) && t.y < geo::WebMercator::tileCount(t.z);
}
} // namespace

TileSource::~TileSource() = default;

QString expandTileTemplate(const QString& pattern, geo::TileId tile, const QString& subdomains)
{
    QString out = pattern;
    out.replace(QStringLiteral("{z}"), QString::number(tile.z));
    out.replace(QStringLiteral("{x}"), QString::number(tile.x));
    out.replace(QStringLiteral("{-y}"), QString::number(geo::WebMercator::tmsRow(tile.y, tile.z)));
    out.replace(QStringLiteral("{y}"), QString::number(tile.y));
    if (!subdomains.isEmpty())
        out.replace(QStringLiteral("{s}"), QString(subdomains.at((tile.x + tile.y) % subdomains.size())));
    return out;
}

Result<std::unique_ptr<MBTilesSource>> MBTilesSource::open(const QString& path, std::optional<geo::Crs> crs)
{
    auto db = Database::openPlainReadOnly(path);
    if (!db)
        return db.error();
    std::unique_ptr<MBTilesSource> source(new MBTilesSource);
    source->m_db = std::move(db.value());
    QHash<QString, QString> meta;
    auto stmt = source->m_db->prepare("SELECT name, value FROM metadata");
    if (!stmt)
        return makeError(Error::Code::InvalidInput,
            tr("%1 is not an MBTiles file (it has no metadata table).").arg(QFileInfo(path).fileName()));
    if (const Status read
        = stmt->forEachRow([&](const Statement& row) { meta.insert(row.text(0).toLower(), row.text(1)); });
        !read)
        return read.error();
    if (!source->m_db->prepare("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"))
        return makeError(Error::Code::InvalidInput,
            tr("%1 is not an MBTiles file (it has no tiles table).").arg(QFileInfo(path).fileName()));
    source->m_format = meta.value(QStringLiteral("format"), QStringLiteral("png")).toLower();
    if (source->m_format == QStringLiteral("pbf") || source->m_format == QStringLiteral("mvt"))
        return makeError(Error::Code::InvalidInput,
            tr("%1 holds vector tiles, which the map cannot draw; use an MBTiles file of PNG or JPEG tiles.")
                .arg(QFileInfo(path).fileName()));
    source->m_name = meta.value(QStringLiteral("name"), QFileInfo(path).completeBaseName());
    source->m_attribution = meta.value(QStringLiteral("attribution"));
    bool ok = false;
    if (const int z = meta.value(QStringLiteral("minzoom")).toInt(&ok); ok)
        source->m_minZoom = std::clamp(z, 0, geo::WebMercator::MaxZoom);
    if (const int z = meta.value(QStringLiteral("maxzoom")).toInt(&ok); ok)
        source->m_maxZoom = std::clamp(z, source->m_minZoom, geo::WebMercator::MaxZoom);
    // A minzoom above the default maxzoom, with no maxzoom of its own (fuzz_mbtiles): the range starts there.
    source->m_maxZoom = std::max(source->m_maxZoom, source->m_minZoom);
    const QStringList b = meta.value(QStringLiteral("bounds")).split(QLatin1Char(','));
    if (b.size() == 4) {
        bool o[4];
        const geo::BBox box
            = geo::BBox::of(b[0].toDouble(&o[0]), b[1].toDouble(&o[1]), b[2].toDouble(&o[2]), b[3].toDouble(&o[3]));
        // toDouble() also reads "inf" and "nan": only a box inside the world is a bound.
        const geo::BBox world = geo::BBox::world();
        if (o[0] && o[1] && o[2] && o[3] && !box.isEmpty() && box.west >= world.west && box.east <= world.east
            && box.south >= world.south && box.north <= world.north)
            source->m_bounds = box;
    }
    if (crs)
        source->m_crs = *crs;
    else if (const auto declared = geo::crsFromString(meta.value(QStringLiteral("crs"))))
        source->m_crs = *declared;
    return source;
}

MBTilesSource::~MBTilesSource() = default;

Result<QByteArray> MBTilesSource::tileData(geo::TileId t)
{
    if (!validTile(t))
        return noTile(t);
    QMutexLocker lock(&m_mutex);
    auto stmt = m_db->prepare("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    if (!stmt)
        return stmt.error();
    // MBTiles rows count from the south (TMS): tile_row = 2^z − 1 − y.
    stmt->bind(1, t.z).bind(2, t.x).bind(3, geo::WebMercator::tmsRow(t.y, t.z));
    if (!stmt->nextRow())
        return noTile(t);
    return stmt->blob(0);
}

Result<QImage> MBTilesSource::load(geo::TileId t)
{
    auto bytes = tileData(t);
    if (!bytes)
        return bytes.error();
    return decode(*bytes, t);
}

DirectoryTileSource::DirectoryTileSource(QString pattern, geo::Crs crs, int minZoom, int maxZoom)
    : m_pattern(std::move(pattern))
    , m_crs(crs)
    , m_minZoom(minZoom)
    , m_maxZoom(maxZoom)
{
    m_folder = !m_pattern.contains(QStringLiteral("{z}"));
}

QString DirectoryTileSource::name() const
{
    return QFileInfo(m_folder ? m_pattern : m_pattern.left(m_pattern.indexOf(QStringLiteral("{z}"))))
        .absoluteFilePath();
}

QString DirectoryTileSource::pathOf(geo::TileId t) const
{
    if (!m_folder)
        return expandTileTemplate(m_pattern, t);
    const QString base = QDir(m_pattern).filePath(QStringLiteral("%1/%2/%3").arg(t.z).arg(t.x).arg(t.y));
    for (const char* ext : { ".png", ".jpg", ".jpeg", ".webp" }) {
        const QString candidate = base + QLatin1String(ext);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return base + QStringLiteral(".png");
}

Result<QImage> DirectoryTileSource::load(geo::TileId t)
{
    if (!validTile(t) || t.z < m_minZoom || t.z > m_maxZoom)
        return noTile(t);
    const QString path = pathOf(t);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return noTile(t);
    return decode(file.readAll(), t);
}

} // namespace gs::map
