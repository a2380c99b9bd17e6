// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel geo convert: WGS-84 / GCJ-02 / BD-09 for scripts and for checking other implementations.
// gridsentinel map render: the map as the user sees it, to a PNG, without a display.
#include "CliSupport.h"
#include "geo/ChinaCoordinates.h"
#include "map/MapSnapshot.h"
#include "map/OnlineBasemap.h"
#include "map/TileSource.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace gs::cli {

namespace {

QStringList withoutSubcommand(const QStringList& args)
{
    QStringList rest = args;
    rest.removeAt(1);
    return rest;
}

int geoConvert(const QStringList& args)
{
    Command c(args, QStringLiteral("geo convert"));
    QCommandLineOption from(
        QStringLiteral("from"), tr("Coordinate system of the input: wgs84, gcj02 or bd09."), tr("CRS"));
    QCommandLineOption to(
        QStringLiteral("to"), tr("Coordinate system of the output: wgs84, gcj02 or bd09."), tr("CRS"));
    QCommandLineOption precision(QStringLiteral("precision"), tr("Decimals in the output (default 7, about 1 cm)."),
        tr("N"), QStringLiteral("7"));
    c.parser().addOptions({ from, to, precision });
    if (int rc = c.parse(); rc >= 0)
        return rc;
    const auto source = geo::crsFromString(c.parser().value(from));
    const auto target = geo::crsFromString(c.parser().value(to));
    if (!c.parser().isSet(from) || !source)
        return usage(tr("--from must be wgs84, gcj02 or bd09."));
    if (!c.parser().isSet(to) || !target)
        return usage(tr("--to must be wgs84, gcj02 or bd09."));
    bool ok = false;
    const int decimals = c.parser().value(precision).toInt(&ok);
    if (!ok || decimals < 0 || decimals > 12)
        return usage(tr("--precision must be a number from 0 to 12."));

    // All or nothing: every bad line is reported and nothing is printed, so a script never gets half a file.
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(makeError(Error::Code::Io, tr("Cannot read standard input.")));
    static const QRegularExpression separator(QStringLiteral("\\s*[,;\\t ]\\s*"));
    struct Line
    {
        enum class Kind { Point, Blank, Comment } kind;
        QString text;
        geo::LonLat point;
    };
    QList<Line> lines;
    QStringList problems;
    int number = 0;
    while (true) {
        const QByteArray bytes = input.readLine();
        if (bytes.isEmpty())
            break; // end of input (a pipe's atEnd() is not reliable); an empty line still has its '\n'
        const QString raw = QString::fromUtf8(bytes).trimmed();
        ++number;
        if (raw.isEmpty()) {
            lines.append({ Line::Kind::Blank, {}, {} });
            continue;
        }
        if (raw.startsWith(QLatin1Char('#'))) {
            lines.append({ Line::Kind::Comment, raw, {} });
            continue;
        }
        const QStringList parts = raw.split(separator, Qt::SkipEmptyParts);
        bool lonOk = false, latOk = false;
        const double lon = parts.value(0).toDouble(&lonOk), lat = parts.value(1).toDouble(&latOk);
        const geo::LonLat p { lon, lat };
        if (parts.size() != 2 || !lonOk || !latOk) {
            problems << tr("line %1: \"%2\" is not \"lon,lat\" (two decimal numbers, longitude first).")
                            .arg(number)
                            .arg(raw.left(60));
            continue;
        }
        if (!p.isValid()) {
            problems << tr("line %1: %2 is out of range (longitude −180…180, latitude −90…90; longitude comes first).")
                            .arg(number)
                            .arg(raw.left(60));
            continue;
        }
        lines.append({ Line::Kind::Point, raw, geo::ChinaCoordinates::convert(p, *source, *target) });
    }
    if (!problems.isEmpty()) {
        for (const QString& p : std::as_const(problems))
            err() << tr("error: %1").arg(p) << Qt::endl;
        err() << tr("Nothing was converted (%n bad line(s)).", nullptr, int(problems.size())) << Qt::endl;
        return InvalidInput;
    }
    if (c.json()) {
        QJsonArray out;
        for (const Line& l : std::as_const(lines)) {
            if (l.kind == Line::Kind::Point)
                out.append(
                    QJsonObject { { QStringLiteral("lon"), l.point.lon }, { QStringLiteral("lat"), l.point.lat } });
        }
        printJson(out);
        return Ok;
    }
    for (const Line& l : std::as_const(lines)) {
        if (l.kind == Line::Kind::Point)
            out() << QString::number(l.point.lon, 'f', decimals) << QLatin1Char(',')
                  << QString::number(l.point.lat, 'f', decimals);
        else if (l.kind == Line::Kind::Comment)
            out() << l.text;
        out() << Qt::endl;
    }
    return Ok;
}

std::optional<std::array<double, 4>> numbers4(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    std::array<double, 4> v {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[size_t(i)] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return v;
}

int mapRender(const QStringList& args)
{
    Command c(args, QStringLiteral("map render"));
    c.addAs();
    QCommandLineOption outFile(QStringLiteral("out"), tr("PNG file to write."), tr("FILE"));
    QCommandLineOption bbox(QStringLiteral("bbox"),
        tr("Area to show, WGS-84: west,south,east,north (default: the district)."), tr("W,S,E,N"));
    QCommandLineOption centre(
        QStringLiteral("centre"), tr("Centre, WGS-84 lon,lat (with --zoom, instead of --bbox)."), tr("LON,LAT"));
    QCommandLineOption zoom(QStringLiteral("zoom"), tr("Zoom level with --centre (3–20, fractions allowed)."), tr("Z"));
    QCommandLineOption size(QStringLiteral("size"), tr("Picture size in pixels (default 1600x1000)."), tr("WxH"),
        QStringLiteral("1600x1000"));
    QCommandLineOption layers(QStringLiteral("layers"),
        tr("Comma-separated layers: district, streets, communities, grids, building-grids, police-grids, labels, "
           "sentinels, "
           "volunteers, pairs, leads, heatmap, basemap; or all, default."),
        tr("LIST"), QStringLiteral("default"));
    QCommandLineOption colour(QStringLiteral("colour"), tr("Colour leads by status or risk (default status)."),
        tr("BY"), QStringLiteral("status"));
    QCommandLineOption heatWeight(QStringLiteral("heat-weight"), tr("Heatmap of count or amount (default count)."),
        tr("BY"), QStringLiteral("count"));
    QCommandLineOption heatDays(
        QStringLiteral("heat-days"), tr("Heatmap of the leads of the last N days (default: all)."), tr("N"));
    QCommandLineOption scale(QStringLiteral("scale"),
        tr("Pixel density: 2 doubles the pixels of the same layout (default 1)."), tr("N"), QStringLiteral("1"));
    QCommandLineOption title(QStringLiteral("title"), tr("Title drawn in the top left corner."), tr("TEXT"));
    QCommandLineOption noLegend(QStringLiteral("no-legend"), tr("Leave out the legend."));
    QCommandLineOption basemap(
        QStringLiteral("basemap"), tr("Raster basemap: an .mbtiles file or a {z}/{x}/{y} tile folder."), tr("PATH"));
    QCommandLineOption basemapCrs(
        QStringLiteral("basemap-crs"), tr("Coordinate system of the basemap's tiles: wgs84 or gcj02."), tr("CRS"));
    QCommandLineOption highlight(QStringLiteral("highlight"), tr("Id of a lead to mark."), tr("ID"));
    c.parser().addOptions({ outFile, bbox, centre, zoom, size, layers, colour, heatWeight, heatDays, scale, title,
        noLegend, basemap, basemapCrs, highlight });
    if (int rc = c.parse(); rc >= 0)
        return rc;
    if (!c.parser().isSet(outFile))
        return usage(tr("--out FILE.png is required."));
    const QString path = c.parser().value(outFile);
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        return usage(tr("--out must name a .png file."));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
    const auto sizeMatch = sizePattern.match(c.parser().value(size));
    if (!sizeMatch.hasMatch())
        return usage(tr("--size must be WIDTHxHEIGHT, e.g. 1600x1000."));
    const QSize pixels(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    if (pixels.width() < 64 || pixels.height() < 64 || pixels.width() > 8000 || pixels.height() > 8000)
        return usage(tr("--size must be between 64x64 and 8000x8000."));
    QString badLayer;
    const auto shown = map::parseLayers(c.parser().value(layers), &badLayer);
    if (!shown)
        return usage(tr("--layers: unknown layer '%1'.").arg(badLayer));
    map::SnapshotOptions options;
    options.layers = *shown;
    options.legend = !c.parser().isSet(noLegend);
    options.title = c.parser().value(title);
    options.highlightLeadId = c.parser().value(highlight);
    const QString by = c.parser().value(colour);
    if (by != QStringLiteral("status") && by != QStringLiteral("risk"))
        return usage(tr("--colour must be status or risk."));
    options.colouring = by == QStringLiteral("risk") ? map::LeadColouring::Risk : map::LeadColouring::Status;
    const QString weight = c.parser().value(heatWeight);
    if (weight != QStringLiteral("count") && weight != QStringLiteral("amount"))
        return usage(tr("--heat-weight must be count or amount."));
    options.heatWeight = weight == QStringLiteral("amount") ? map::HeatWeight::Amount : map::HeatWeight::Count;
    if (c.parser().isSet(heatDays)) {
        bool ok = false;
        const int days = c.parser().value(heatDays).toInt(&ok);
        if (!ok || days < 1)
            return usage(tr("--heat-days must be a positive number."));
        options.heatFromMs = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
    }
    bool scaleOk = false;
    options.devicePixelRatio = c.parser().value(scale).toDouble(&scaleOk);
    if (!scaleOk || options.devicePixelRatio < 0.5 || options.devicePixelRatio > 4)
        return usage(tr("--scale must be between 0.5 and 4."));

    geo::BBox area;
    std::optional<geo::LonLat> at;
    double z = 15.0;
    if (c.parser().isSet(bbox) && c.parser().isSet(centre))
        return usage(tr("give --bbox or --centre, not both."));
    if (c.parser().isSet(bbox)) {
        const auto v = numbers4(c.parser().value(bbox));
        if (!v)
            return usage(tr("--bbox must be four numbers: west,south,east,north."));
        area = geo::BBox::of((*v)[0], (*v)[1], (*v)[2], (*v)[3]);
        if (area.isEmpty() || !geo::LonLat { area.west, area.south }.isValid()
            || !geo::LonLat { area.east, area.north }.isValid() || area.west >= area.east)
            return usage(tr("--bbox: west must be less than east and south less than north, in degrees."));
    }
    if (c.parser().isSet(centre)) {
        const QStringList parts = c.parser().value(centre).split(QLatin1Char(','));
        bool a = false, b = false;
        const geo::LonLat p { parts.value(0).toDouble(&a), parts.value(1).toDouble(&b) };
        if (parts.size() != 2 || !a || !b || !p.isValid())
            return usage(tr("--centre must be lon,lat in degrees."));
        at = p;
        if (c.parser().isSet(zoom)) {
            bool ok = false;
            z = c.parser().value(zoom).toDouble(&ok);
            if (!ok || z < 3 || z > 20)
                return usage(tr("--zoom must be between 3 and 20."));
        }
    }
    if (c.parser().isSet(basemap)) {
        const QString source = c.parser().value(basemap);
        std::optional<geo::Crs> crs;
        if (c.parser().isSet(basemapCrs)) {
            crs = geo::crsFromString(c.parser().value(basemapCrs));
            if (!crs)
                return usage(tr("--basemap-crs must be wgs84, gcj02 or bd09."));
        }
        if (QFileInfo(source).isDir()) {
            options.basemap = std::make_shared<map::DirectoryTileSource>(source, crs.value_or(geo::Crs::Wgs84));
        } else {
            auto mbtiles = map::MBTilesSource::open(source, crs);
            if (!mbtiles)
                return fail(mbtiles.error());
            options.basemap = std::shared_ptr<map::TileSource>(std::move(mbtiles.value()));
        }
        options.layers |= map::Layer::Basemap;
    }

    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    auto image = at ? map::renderSnapshot(**session, *at, z, pixels, options)
                    : map::renderSnapshot(**session, area, pixels, options);
    if (!image)
        return fail(image.error());
    // Written where the user asked, nowhere else (it shows case locations).
    QImageWriter writer(path, "png");
    if (!writer.write(*image))
        return fail(makeError(Error::Code::Io, tr("Cannot write %1: %2").arg(path, writer.errorString())));
    if (c.json()) {
        printJson(QJsonObject { { QStringLiteral("out"), QFileInfo(path).absoluteFilePath() },
            { QStringLiteral("width"), image->width() }, { QStringLiteral("height"), image->height() } });
    } else {
        out() << tr("Wrote %1 (%2 × %3 pixels).")
                     .arg(QFileInfo(path).absoluteFilePath())
                     .arg(image->width())
                     .arg(image->height())
              << Qt::endl;
    }
    return Ok;
}

int mapBasemap(const QStringList& args)
{
    Command c(args, QStringLiteral("map basemap"));
    c.addAs();
    QCommandLineOption url(QStringLiteral("url"),
        tr("Tile URL template of the online basemap, e.g. https://tiles.example.cn/{z}/{x}/{y}.png."), tr("TEMPLATE"));
    QCommandLineOption crs(
        QStringLiteral("crs"), tr("Coordinate system of its tiles: wgs84 (default) or gcj02."), tr("CRS"));
    QCommandLineOption attribution(QStringLiteral("attribution"), tr("Credit line shown on the map."), tr("TEXT"));
    QCommandLineOption maxZoom(QStringLiteral("max-zoom"), tr("Highest zoom the server has (default 18)."), tr("N"));
    QCommandLineOption off(QStringLiteral("off"), tr("Turn the online basemap off."));
    c.parser().addOptions({ url, crs, attribution, maxZoom, off });
    if (int rc = c.parse(); rc >= 0)
        return rc;
    const bool change = c.parser().isSet(url) || c.parser().isSet(off);
    if (c.parser().isSet(url) && c.parser().isSet(off))
        return usage(tr("give --url or --off, not both."));
    if (!change && (c.parser().isSet(crs) || c.parser().isSet(attribution) || c.parser().isSet(maxZoom)))
        return usage(tr("--crs, --attribution and --max-zoom go with --url."));
    map::OnlineBasemap wanted;
    if (c.parser().isSet(url)) {
        wanted.urlTemplate = c.parser().value(url).trimmed();
        if (wanted.urlTemplate.isEmpty())
            return usage(tr("--url needs a template; use --off to turn the online basemap off."));
        if (c.parser().isSet(crs)) {
            const auto parsed = geo::crsFromString(c.parser().value(crs));
            if (!parsed)
                return usage(tr("--crs must be wgs84 or gcj02."));
            wanted.crs = *parsed;
        }
        wanted.attribution = c.parser().value(attribution);
        if (c.parser().isSet(maxZoom)) {
            bool ok = false;
            wanted.maxZoom = c.parser().value(maxZoom).toInt(&ok);
            if (!ok)
                return usage(tr("--max-zoom must be a whole number."));
        }
        if (const QString why = map::OnlineBasemap::problem(wanted); !why.isEmpty())
            return usage(why);
    }
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    if (change) {
        if (auto s = map::OnlineBasemap::save(**session, wanted); !s)
            return fail(s.error());
    }
    const map::OnlineBasemap now = map::OnlineBasemap::load(**session);
    if (c.json()) {
        printJson(QJsonObject { { QStringLiteral("enabled"), now.enabled() },
            { QStringLiteral("url"), now.enabled() ? QJsonValue(now.urlTemplate) : QJsonValue() },
            { QStringLiteral("crs"), now.enabled() ? QJsonValue(geo::crsToString(now.crs)) : QJsonValue() },
            { QStringLiteral("attribution"), now.attribution },
            { QStringLiteral("maxZoom"), now.enabled() ? QJsonValue(now.maxZoom) : QJsonValue() } });
    } else if (now.enabled()) {
        out() << tr("Online basemap: %1 (%2, zoom up to %3). Every user's map requests go to that server.")
                     .arg(now.urlTemplate, geo::crsToString(now.crs).toUpper())
                     .arg(now.maxZoom)
              << Qt::endl;
    } else {
        out() << tr("Online basemap: off (maps use the district's boundaries and local tile files).") << Qt::endl;
    }
    return Ok;
}

} // namespace

int cmdGeo(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub != QStringLiteral("convert"))
        return usage(tr("'geo' needs one of: %1.").arg(QStringLiteral("convert")));
    return geoConvert(withoutSubcommand(args));
}

int cmdMap(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QStringLiteral("basemap"))
        return mapBasemap(withoutSubcommand(args));
    if (sub != QStringLiteral("render"))
        return usage(tr("'map' needs one of: %1.").arg(QStringLiteral("render, basemap")));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(makeError(Error::Code::Io,
            tr("Drawing a map needs the graphical libraries; run it through the gridsentinel program.")));
    return mapRender(withoutSubcommand(args));
}

} // namespace gs::cli
