// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/PlaceSearch.h"

#include "accounts/Session.h"
#include "geo/WebMercator.h"
#include "leads/LeadQuery.h"
#include "map/MapScene.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace gs::map {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::PlaceSearch", text);
}

QString folded(const QString& s)
{
    QString out = s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.remove(QLatin1Char(' '));
    return out;
}

// Degrees from "113.36", "113°21'40.5\"", "113 21 40"; hemisphere letters are handled by the caller.
std::optional<double> readAngle(QString text)
{
    text = text.trimmed();
    static const QRegularExpression dms(QStringLiteral(
        R"(^(\d{1,3}(?:\.\d+)?)\s*[°度]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′分]\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″]|''|秒)\s*)?$)"));
    if (const auto m = dms.match(text); m.hasMatch()) {
        double v = m.captured(1).toDouble();
        if (!m.captured(2).isEmpty())
            v += m.captured(2).toDouble() / 60.0;
        if (!m.captured(3).isEmpty())
            v += m.captured(3).toDouble() / 3600.0;
        return v;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok)
        return v;
    return std::nullopt;
}

} // namespace

PlaceSearch::PlaceSearch(const MapScene& scene)
{
    for (int i = 0; i < scene.unitCount(); ++i) {
        const MapUnit& u = scene.unitData(i);
        if (u.level == UnitLevel::District || scene.unit(i).rings.isEmpty())
            continue;
        Place p;
        p.kind = u.level == UnitLevel::Street ? Place::Kind::Street
            : u.level == UnitLevel::Community ? Place::Kind::Community
                                              : Place::Kind::Grid;
        p.title = u.name;
        p.detail = scene.unitPath(i);
        p.position = scene.toWgs84(geo::WebMercator::fromWorld(scene.unit(i).labelAnchor));
        p.bounds = geo::boundingBox(u.geometry);
        p.unitId = u.id;
        m_units.append(p);
    }
}

Result<QList<Place>> PlaceSearch::leadAddresses(Session& session)
{
    auto places = LeadQuery(session).places({});
    if (!places)
        return places.error();
    QHash<QString, int> seen;
    QList<Place> out;
    for (const LeadPlace& l : std::as_const(*places)) {
        const QString address = l.address.simplified();
        if (address.isEmpty() || seen.contains(folded(address)))
            continue;
        seen.insert(folded(address), int(out.size()));
        Place p;
        p.kind = Place::Kind::LeadAddress;
        p.title = address;
        p.detail = tr("address of a lead");
        p.position = { l.lon, l.lat };
        out.append(p);
    }
    return out;
}

QList<Place> PlaceSearch::search(const QString& text, int limit) const
{
    QList<Place> out;
    if (text.trimmed().isEmpty())
        return out;
    if (const auto at = parseCoordinates(text)) {
        Place p;
        p.kind = Place::Kind::Coordinates;
        p.title = QStringLiteral("%1, %2").arg(at->lon, 0, 'f', 6).arg(at->lat, 0, 'f', 6);
        p.detail = tr("coordinates (WGS-84)");
        p.position = *at;
        out.append(p);
    }
    const QString needle = folded(text);
    struct Scored
    {
        int score;
        const Place* place;
    };
    QList<Scored> scored;
    const auto consider = [&](const Place& p, int base) {
        const QString name = folded(p.title);
        const qsizetype at = name.indexOf(needle);
        if (at < 0)
            return;
        const int rank = name == needle ? 0 : at == 0 ? 1 : 2;
        scored.append({ rank * 10 + base, &p });
    };
    for (const Place& p : m_units)
        consider(p, p.kind == Place::Kind::Street ? 0 : p.kind == Place::Kind::Community ? 1 : 2);
    for (const Place& p : m_addresses)
        consider(p, 3);
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        return a.score < b.score || (a.score == b.score && a.place->title.size() < b.place->title.size());
    });
    for (const Scored& s : std::as_const(scored)) {
        if (out.size() >= limit)
            break;
        out.append(*s.place);
    }
    return out;
}

std::optional<geo::LonLat> PlaceSearch::parseCoordinates(const QString& input, geo::Crs crs, QString* error)
{
    const auto fail = [&](const QString& why) -> std::optional<geo::LonLat> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed(); // full-width ，． become , .
    text.replace(QStringLiteral("、"), QStringLiteral(","));
    // Hemisphere letters before or after each number: N/S/E/W or 北纬/南纬/东经/西经.
    static const QRegularExpression letters(QStringLiteral("(北纬|南纬|东经|西经|[NSEWnsew])"));
    QList<QChar> hemispheres;
    for (auto it = letters.globalMatch(text); it.hasNext();) {
        const QString h = it.next().captured(1);
        hemispheres.append(h == QStringLiteral("北纬") ? QLatin1Char('N')
                : h == QStringLiteral("南纬")          ? QLatin1Char('S')
                : h == QStringLiteral("东经")          ? QLatin1Char('E')
                : h == QStringLiteral("西经")          ? QLatin1Char('W')
                                                       : h.at(0).toUpper());
    }
    text.replace(letters, QStringLiteral(" "));
    QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2) // degrees, minutes and seconds with spaces: split after a seconds (or minutes) mark
        parts = text.simplified().split(
            QRegularExpression(QStringLiteral("(?<=[\"″秒'′分°])\\s+(?=\\d)")), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return fail(tr("Give two numbers: longitude and latitude, e.g. 113.3612, 23.1247."));
    const auto a = readAngle(parts.at(0)), b = readAngle(parts.at(1));
    if (!a || !b)
        return fail(
            tr("Coordinates must be decimal degrees (113.3612) or degrees, minutes and seconds (113°21'40\")."));
    double lon = *a, lat = *b;
    if (hemispheres.size() == 2) {
        // Letters say which is which.
        const bool firstIsLat = hemispheres.at(0) == QLatin1Char('N') || hemispheres.at(0) == QLatin1Char('S');
        if (firstIsLat)
            std::swap(lon, lat);
        for (QChar h : hemispheres) {
            if (h == QLatin1Char('S'))
                lat = -std::abs(lat);
            if (h == QLatin1Char('W'))
                lon = -std::abs(lon);
        }
    } else if (std::abs(lon) <= 90.0 && std::abs(lat) > 90.0) {
        std::swap(lon, lat); // "23.1247, 113.3612": latitude first, as many phones show it
    }
    const geo::LonLat p { lon, lat };
    if (!p.isValid())
        return fail(tr("Longitude must be between −180 and 180 and latitude between −90 and 90."));
    return geo::ChinaCoordinates::convert(p, crs, geo::Crs::Wgs84);
}

} // namespace gs::map
