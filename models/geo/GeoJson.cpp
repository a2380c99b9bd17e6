// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/GeoJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace gs::geo {

namespace {

using Kind = FeatureError::Kind;

QString coord(LonLat p)
{
    return QStringLiteral("%1, %2").arg(p.lon, 0, 'f', 6).arg(p.lat, 0, 'f', 6);
}

// Why the coordinates could not be read, before any geometry exists.
struct ParseProblem
{
    Kind kind = Kind::MalformedCoordinates;
    QString detail;
};

// Reads the text of a property or member; integral numbers without decimals (adcodes are often numbers).
QString textOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return {};
}

QString property(const QJsonObject& props, std::initializer_list<QLatin1StringView> names)
{
    for (const QLatin1StringView name : names) {
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                const QString t = textOf(it.value());
                if (!t.isEmpty())
                    return t;
            }
        }
    }
    return {};
}

std::optional<ParseProblem> readRing(const QJsonValue& value, Ring* ring)
{
    if (!value.isArray())
        return ParseProblem { Kind::MalformedCoordinates,
            QCoreApplication::translate("gs::geo::GeoJson", "a ring must be an array of positions") };
    const QJsonArray positions = value.toArray();
    ring->reserve(positions.size());
    for (const QJsonValue& pos : positions) {
        const QJsonArray xy = pos.toArray();
        if (!pos.isArray() || xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return ParseProblem { Kind::MalformedCoordinates,
                QCoreApplication::translate(
                    "gs::geo::GeoJson", "a position must be an array of two numbers, longitude first") };
        ring->append({ xy.at(0).toDouble(), xy.at(1).toDouble() });
    }
    return std::nullopt;
}

std::optional<ParseProblem> readPolygon(const QJsonValue& value, Polygon* polygon)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return ParseProblem { Kind::MalformedCoordinates,
            QCoreApplication::translate("gs::geo::GeoJson", "a polygon must be a non-empty array of rings") };
    const QJsonArray rings = value.toArray();
    for (qsizetype r = 0; r < rings.size(); ++r) {
        Ring ring;
        if (auto problem = readRing(rings.at(r), &ring))
            return problem;
        (r == 0 ? polygon->outer : polygon->holes.emplace_back()) = std::move(ring);
    }
    return std::nullopt;
}

// Reads a Polygon or MultiPolygon geometry object.
std::optional<ParseProblem> readGeometryObject(const QJsonValue& value, MultiPolygon* geometry, bool* multi)
{
    if (value.isNull() || value.isUndefined())
        return ParseProblem { Kind::UnsupportedGeometry,
            QCoreApplication::translate("gs::geo::GeoJson", "the feature has no geometry") };
    const QJsonObject object = value.toObject();
    const QString type = object.value(QLatin1StringView("type")).toString();
    const QJsonValue coordinates = object.value(QLatin1StringView("coordinates"));
    if (type == QLatin1StringView("Polygon")) {
        *multi = false;
        Polygon polygon;
        if (auto problem = readPolygon(coordinates, &polygon))
            return problem;
        geometry->polygons.append(std::move(polygon));
        return std::nullopt;
    }
    if (type == QLatin1StringView("MultiPolygon")) {
        *multi = true;
        if (!coordinates.isArray() || coordinates.toArray().isEmpty())
            return ParseProblem { Kind::MalformedCoordinates,
                QCoreApplication::translate(
                    "gs::geo::GeoJson", "a MultiPolygon must be a non-empty array of polygons") };
        for (const QJsonValue& part : coordinates.toArray()) {
            Polygon polygon;
            if (auto problem = readPolygon(part, &polygon))
                return problem;
            geometry->polygons.append(std::move(polygon));
        }
        return std::nullopt;
    }
    return ParseProblem { Kind::UnsupportedGeometry,
        type.isEmpty() ? QCoreApplication::translate("gs::geo::GeoJson", "the geometry has no type")
                       : QCoreApplication::translate(
                           "gs::geo::GeoJson", "the geometry is a %1; only Polygon and MultiPolygon can be imported")
                             .arg(type) };
}

QString ringName(const GeometryIssue& issue, bool multi)
{
    if (multi) {
        return issue.ring == 0
            ? QCoreApplication::translate("gs::geo::GeoJson", "the outer ring of part %1").arg(issue.polygon + 1)
            : QCoreApplication::translate("gs::geo::GeoJson", "hole %1 of part %2")
                  .arg(issue.ring)
                  .arg(issue.polygon + 1);
    }
    return issue.ring == 0 ? QCoreApplication::translate("gs::geo::GeoJson", "the outer ring")
                           : QCoreApplication::translate("gs::geo::GeoJson", "hole %1").arg(issue.ring);
}

QString outOfRangeHint(LonLat p)
{
    if (LonLat { p.lat, p.lon }.isValid())
        return QCoreApplication::translate(
            "gs::geo::GeoJson", " GeoJSON puts the longitude first; were the two numbers swapped?");
    if (std::abs(p.lon) > 1000.0 || std::abs(p.lat) > 1000.0)
        return QCoreApplication::translate("gs::geo::GeoJson",
            " These look like projected metres; export the layer as longitude/latitude (WGS-84, GCJ-02 or BD-09).");
    return {};
}

// The problem, without the feature label.
QString describe(const GeometryIssue& issue, const Ring& ringAsRead, bool multi, bool afterConversion)
{
    const QString ring = ringName(issue, multi);
    switch (issue.kind) {
    case GeometryIssue::Kind::CoordinateOutOfRange:
        return QCoreApplication::translate("gs::geo::GeoJson",
                   "%1 has a position out of range (%2); longitudes must lie within ±180 and latitudes within ±90.")
                   .arg(ring, coord(issue.at))
            + outOfRangeHint(issue.at);
    case GeometryIssue::Kind::TooFewPositions:
        return QCoreApplication::translate("gs::geo::GeoJson",
            "%1 has only %n usable position(s); a ring needs at least 4 (three corners and the first one again).",
            nullptr, issue.positions)
            .arg(ring);
    case GeometryIssue::Kind::UnclosedRing:
        return QCoreApplication::translate(
            "gs::geo::GeoJson", "%1 is not closed: its last position (%2) must repeat its first (%3).")
            .arg(ring, coord(issue.at), coord(ringAsRead.isEmpty() ? LonLat {} : ringAsRead.first()));
    case GeometryIssue::Kind::SelfIntersection:
        return afterConversion ? QCoreApplication::translate("gs::geo::GeoJson",
                   "after conversion to WGS-84 the boundary crosses or touches itself at (%1), on %2.")
                                     .arg(coord(issue.at), ring)
                               : QCoreApplication::translate("gs::geo::GeoJson",
                                   "the boundary crosses or touches itself at (%1), on %2; fix the polygon in your GIS "
                                   "and export it again.")
                                     .arg(coord(issue.at), ring);
    case GeometryIssue::Kind::HoleOutsideShell:
        return QCoreApplication::translate("gs::geo::GeoJson",
            "%1 lies outside the outer ring (at %2); a hole must be inside the polygon it belongs to.")
            .arg(ring, coord(issue.at));
    case GeometryIssue::Kind::HoleInsideHole:
        return QCoreApplication::translate("gs::geo::GeoJson", "%1 lies inside another hole (at %2).")
            .arg(ring, coord(issue.at));
    case GeometryIssue::Kind::OverlappingPolygons:
        return QCoreApplication::translate("gs::geo::GeoJson",
            "part %1 lies inside another part (at %2); the parts of a MultiPolygon must not overlap.")
            .arg(issue.polygon + 1)
            .arg(coord(issue.at));
    }
    return {};
}

Kind kindOf(GeometryIssue::Kind k)
{
    switch (k) {
    case GeometryIssue::Kind::CoordinateOutOfRange:
        return Kind::CoordinateOutOfRange;
    case GeometryIssue::Kind::TooFewPositions:
        return Kind::TooFewPositions;
    case GeometryIssue::Kind::UnclosedRing:
        return Kind::UnclosedRing;
    case GeometryIssue::Kind::SelfIntersection:
        return Kind::SelfIntersection;
    case GeometryIssue::Kind::HoleOutsideShell:
        return Kind::HoleOutsideShell;
    case GeometryIssue::Kind::HoleInsideHole:
        return Kind::HoleInsideHole;
    case GeometryIssue::Kind::OverlappingPolygons:
        return Kind::OverlappingPolygons;
    }
    return Kind::MalformedCoordinates;
}

const Ring& ringOf(const MultiPolygon& g, const GeometryIssue& issue)
{
    const Polygon& p = g.polygons.at(issue.polygon);
    return issue.ring == 0 ? p.outer : p.holes.at(issue.ring - 1);
}

MultiPolygon withoutRepeats(const MultiPolygon& g)
{
    MultiPolygon out;
    for (const Polygon& p : g.polygons) {
        Polygon q { withoutRepeatedPositions(p.outer), {} };
        for (const Ring& h : p.holes)
            q.holes.append(withoutRepeatedPositions(h));
        out.polygons.append(std::move(q));
    }
    return out;
}

MultiPolygon converted(const MultiPolygon& g, Crs from)
{
    if (from == Crs::Wgs84)
        return g;
    MultiPolygon out = g;
    for (Polygon& p : out.polygons) {
        for (LonLat& v : p.outer)
            v = ChinaCoordinates::convert(v, from, Crs::Wgs84);
        for (Ring& h : p.holes) {
            for (LonLat& v : h)
                v = ChinaCoordinates::convert(v, from, Crs::Wgs84);
        }
    }
    return out;
}

struct Problem
{
    Kind kind;
    QString text;
    std::optional<LonLat> at;
};

// Turns geometry as read into stored geometry, or says everything that is wrong with it.
QList<Problem> prepare(MultiPolygon* geometry, bool multi, Crs from)
{
    QList<Problem> problems;
    for (const GeometryIssue& issue : validate(*geometry))
        problems.append({ kindOf(issue.kind), describe(issue, ringOf(*geometry, issue), multi, false), issue.at });
    if (!problems.isEmpty())
        return problems;
    MultiPolygon result = converted(withoutRepeats(*geometry), from);
    for (const GeometryIssue& issue : validate(result))
        problems.append({ kindOf(issue.kind), describe(issue, ringOf(result, issue), multi, true), issue.at });
    if (problems.isEmpty()) {
        normalizeOrientation(result);
        *geometry = std::move(result);
    }
    return problems;
}

QString featureLabel(int index, const QString& code, const QString& name)
{
    const QString who = QStringList { code, name }.join(QLatin1Char(' ')).trimmed();
    return who.isEmpty() ? QCoreApplication::translate("gs::geo::GeoJson", "Feature %1").arg(index + 1)
                         : QCoreApplication::translate("gs::geo::GeoJson", "Feature %1 (%2)").arg(index + 1).arg(who);
}

FeatureError documentError(Kind kind, QString message)
{
    FeatureError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

std::optional<Crs> declaredCrs(const QJsonValue& crs, QString* rawName)
{
    if (crs.isString())
        *rawName = crs.toString();
    else if (crs.isObject())
        *rawName = crs.toObject()
                       .value(QLatin1StringView("properties"))
                       .toObject()
                       .value(QLatin1StringView("name"))
                       .toString();
    return crsFromString(*rawName);
}

void appendNumber(QByteArray& out, double v)
{
    QByteArray s = QByteArray::number(v, 'f', 7);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    if (s == "-0")
        s = "0";
    out += s;
}

void appendRings(QByteArray& out, const Polygon& polygon)
{
    out += '[';
    for (qsizetype r = 0; r <= polygon.holes.size(); ++r) {
        const Ring& ring = r == 0 ? polygon.outer : polygon.holes.at(r - 1);
        if (r > 0)
            out += ',';
        out += '[';
        for (qsizetype i = 0; i < ring.size(); ++i) {
            if (i > 0)
                out += ',';
            out += '[';
            appendNumber(out, ring.at(i).lon);
            out += ',';
            appendNumber(out, ring.at(i).lat);
            out += ']';
        }
        out += ']';
    }
    out += ']';
}

} // namespace

GeoJsonImport GeoJson::readFeatures(const QByteArray& json, std::optional<Crs> crs)
{
    GeoJsonImport result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(documentError(Kind::InvalidDocument,
            QCoreApplication::translate("gs::geo::GeoJson", "The file is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset)));
        return result;
    }
    const QJsonObject root = doc.object();
    const QString rootType = root.value(QLatin1StringView("type")).toString();

    QString crsName;
    const QJsonValue crsMember = root.value(QLatin1StringView("crs"));
    if (!crsMember.isUndefined() && !crsMember.isNull()) {
        result.declaredCrs = declaredCrs(crsMember, &crsName);
        if (!result.declaredCrs && !crs) {
            result.errors.append(documentError(Kind::UnsupportedCrs,
                QCoreApplication::translate("gs::geo::GeoJson",
                    "The file declares the coordinate system “%1”, which cannot be imported. Export the layer as "
                    "longitude/latitude in WGS-84 (EPSG:4326), GCJ-02 or BD-09, or choose the coordinate system "
                    "when importing.")
                    .arg(crsName.isEmpty()
                            ? QString::fromUtf8(QJsonDocument(crsMember.toObject()).toJson(QJsonDocument::Compact))
                            : crsName)));
            return result;
        }
    }
    result.crs = crs.value_or(result.declaredCrs.value_or(Crs::Wgs84));

    // A collection, or a single feature or geometry treated as a collection of one.
    QJsonArray features;
    const bool collection = rootType == QLatin1StringView("FeatureCollection");
    if (collection) {
        features = root.value(QLatin1StringView("features")).toArray();
    } else if (rootType == QLatin1StringView("Feature")) {
        features.append(root);
    } else if (rootType == QLatin1StringView("Polygon") || rootType == QLatin1StringView("MultiPolygon")) {
        features.append(QJsonObject {
            { QStringLiteral("type"), QStringLiteral("Feature") }, { QStringLiteral("geometry"), root } });
    } else {
        result.errors.append(documentError(Kind::InvalidDocument,
            QCoreApplication::translate("gs::geo::GeoJson",
                "The file is not GeoJSON with polygons: expected a FeatureCollection, a Feature, a Polygon or a "
                "MultiPolygon.")));
        return result;
    }
    if (features.isEmpty()) {
        result.errors.append(documentError(
            Kind::InvalidDocument, QCoreApplication::translate("gs::geo::GeoJson", "The file contains no features.")));
        return result;
    }

    QHash<QString, int> codes;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const int index = int(i);
        const QJsonObject object = features.at(i).toObject();
        GridFeature feature;
        feature.index = index;
        feature.properties = object.value(QLatin1StringView("properties")).toObject();
        feature.code = property(
            feature.properties, { QLatin1StringView("code"), QLatin1StringView("adcode"), QLatin1StringView("id") });
        if (feature.code.isEmpty())
            feature.code = textOf(object.value(QLatin1StringView("id")));
        feature.name = property(feature.properties, { QLatin1StringView("name") });
        feature.level = property(feature.properties, { QLatin1StringView("level") });

        const QString label = featureLabel(index, feature.code, feature.name);
        auto fail = [&](Kind kind, const QString& text, std::optional<LonLat> at = std::nullopt) {
            result.errors.append({ kind, index, feature.code, feature.name, at,
                QCoreApplication::translate("gs::geo::GeoJson", "%1: %2").arg(label, text) });
        };

        const QString type = object.value(QLatin1StringView("type")).toString();
        if (type != QLatin1StringView("Feature")) {
            fail(Kind::NotAFeature,
                QCoreApplication::translate("gs::geo::GeoJson", "this is not a GeoJSON Feature (its type is “%1”).")
                    .arg(type));
            continue;
        }
        if (collection && feature.code.isEmpty() && feature.name.isEmpty())
            fail(Kind::MissingIdentity,
                QCoreApplication::translate("gs::geo::GeoJson",
                    "the feature has neither a code nor a name; give it a “code” (or “id”, “adcode”) and a “name” "
                    "property."));
        if (!feature.code.isEmpty()) {
            const auto seen = codes.constFind(feature.code);
            if (seen != codes.constEnd())
                fail(Kind::DuplicateCode,
                    QCoreApplication::translate(
                        "gs::geo::GeoJson", "the code %1 is already used by feature %2; codes must be unique.")
                        .arg(feature.code)
                        .arg(*seen + 1));
            else
                codes.insert(feature.code, index);
        }

        if (auto problem
            = readGeometryObject(object.value(QLatin1StringView("geometry")), &feature.geometry, &feature.multi)) {
            fail(problem->kind, problem->detail + QLatin1Char('.'));
            continue;
        }
        const QList<Problem> problems = prepare(&feature.geometry, feature.multi, result.crs);
        for (const Problem& p : problems)
            fail(p.kind, p.text, p.at);
        if (problems.isEmpty() && result.errors.isEmpty())
            result.features.append(std::move(feature));
    }
    if (!result.errors.isEmpty())
        result.features.clear();
    return result;
}

Result<MultiPolygon> GeoJson::readGeometry(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::InvalidInput,
            QCoreApplication::translate("gs::geo::GeoJson", "The geometry is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    MultiPolygon geometry;
    bool multi = false;
    if (auto problem = readGeometryObject(doc.object(), &geometry, &multi))
        return makeError(Error::Code::InvalidInput,
            QCoreApplication::translate("gs::geo::GeoJson", "The geometry cannot be read: %1.").arg(problem->detail));
    const QList<Problem> problems = prepare(&geometry, multi, Crs::Wgs84);
    if (!problems.isEmpty())
        return makeError(Error::Code::InvalidInput,
            QCoreApplication::translate("gs::geo::GeoJson", "The geometry is invalid: %1").arg(problems.first().text));
    return geometry;
}

QByteArray GeoJson::write(const Polygon& polygon)
{
    QByteArray out = "{\"type\":\"Polygon\",\"coordinates\":";
    appendRings(out, polygon);
    out += '}';
    return out;
}

QByteArray GeoJson::write(const MultiPolygon& geometry)
{
    if (geometry.polygons.size() == 1)
        return write(geometry.polygons.first());
    QByteArray out = "{\"type\":\"MultiPolygon\",\"coordinates\":[";
    for (qsizetype i = 0; i < geometry.polygons.size(); ++i) {
        if (i > 0)
            out += ',';
        appendRings(out, geometry.polygons.at(i));
    }
    out += "]}";
    return out;
}

} // namespace gs::geo
