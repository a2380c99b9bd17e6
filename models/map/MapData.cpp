// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapData.h"

#include "accounts/Session.h"
#include "core/Json.h"
#include "geo/GeoJson.h"
#include "geo/Outline.h"
#include "store/Database.h"
#include "structure/StructureTypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gs::map {

namespace {

geo::Ring readRing(const QJsonArray& positions)
{
    geo::Ring ring;
    ring.reserve(positions.size());
    for (const QJsonValue& v : positions) {
        const QJsonArray p = v.toArray();
        if (p.size() >= 2)
            ring.append({ p.at(0).toDouble(), p.at(1).toDouble() });
    }
    return ring;
}

geo::Polygon readPolygon(const QJsonArray& rings)
{
    geo::Polygon polygon;
    for (qsizetype r = 0; r < rings.size(); ++r)
        (r == 0 ? polygon.outer : polygon.holes.emplace_back()) = readRing(rings.at(r).toArray());
    return polygon;
}

// Stored boundaries are validated on the way in; one that is not valid any more is still drawn as it is
// rather than dropped from the map.
geo::MultiPolygon readGeometry(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (auto valid = geo::GeoJson::readGeometry(text.toUtf8()))
        return valid.value();
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QJsonArray coordinates = o.value(QStringLiteral("coordinates")).toArray();
    geo::MultiPolygon out;
    if (type == QStringLiteral("Polygon")) {
        out.polygons.append(readPolygon(coordinates));
    } else if (type == QStringLiteral("MultiPolygon")) {
        for (const QJsonValue& p : coordinates)
            out.polygons.append(readPolygon(p.toArray()));
    }
    out.polygons.removeIf([](const geo::Polygon& p) { return p.outer.size() < 4; });
    return out;
}

// created_at as the app writes it (nowIso: "2026-11-24T05:49:31.123Z"), read without QDateTime's general parser,
// which would cost a noticeable part of loading 100k leads; anything else goes through QDateTime.
qint64 parseMs(const QString& iso)
{
    const auto digits = [&](qsizetype from, qsizetype count) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const QChar c = iso.at(i);
            if (!c.isDigit())
                return -1;
            v = v * 10 + c.digitValue();
        }
        return v;
    };
    if (iso.size() == 24 && iso.at(4) == QLatin1Char('-') && iso.at(10) == QLatin1Char('T')
        && iso.at(19) == QLatin1Char('.') && iso.at(23) == QLatin1Char('Z')) {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2),
                  sec = digits(17, 2), ms = digits(20, 3);
        const QDate date(y, mo, d);
        if (date.isValid() && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0 && sec < 61 && ms >= 0)
            return (date.toJulianDay() - 2440588) * 86400000LL + ((h * 60LL + mi) * 60LL + sec) * 1000LL + ms;
    }
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

QString MapDataLoader::maskPhone(const QString& phone)
{
    const QString p = phone.trimmed();
    if (p.size() == 11)
        return p.left(3) + QStringLiteral("****") + p.right(4);
    if (p.size() <= 2)
        return QString(p.size(), QLatin1Char('*'));
    return p.left(1) + QString(p.size() - 2, QLatin1Char('*')) + p.right(1);
}

QString MapDataLoader::leadsStamp(Session& session)
{
    auto stmt = session.db().prepare("SELECT count(*), max(updated_at) FROM leads");
    if (!stmt || !stmt->nextRow())
        return {};
    return QStringLiteral("%1|%2").arg(stmt->int64(0)).arg(stmt->text(1));
}

Result<MapData> MapDataLoader::loadStructure(Session& session)
{
    MapData data;
    data.districtName = session.node().districtName;
    data.myPersonId = session.user().personId;
    Database& db = session.db();

    for (const UnitLevel level : structure::allLevels()) {
        const QString kind = level == UnitLevel::Grid ? QStringLiteral("kind") : QStringLiteral("''");
        const QString parent = level == UnitLevel::District ? QStringLiteral("''") : structure::parentColumnOf(level);
        auto stmt = db.prepare(QStringLiteral(
            "SELECT id, code, name, %1, %2, geometry FROM %3 WHERE deleted = 0 AND retired = 0 ORDER BY code")
                                   .arg(kind, parent, structure::tableOf(level)));
        if (!stmt)
            return stmt.error();
        const Status read = stmt->forEachRow([&](const Statement& row) {
            data.units.append({ row.text(0), row.text(1), row.text(2), level, row.text(3), row.text(4),
                readGeometry(row.text(5)), false });
        });
        if (!read)
            return read.error();
    }

    // Outlines the database does not have are dissolved from the community grids they contain.
    QHash<QString, int> index;
    for (int i = 0; i < data.units.size(); ++i)
        index.insert(data.units[i].id, i);
    QHash<QString, QList<geo::MultiPolygon>> tilesOf; // unit id → its community grids' boundaries
    QList<geo::MultiPolygon> allTiles;
    for (const MapUnit& u : std::as_const(data.units)) {
        if (u.level != UnitLevel::Grid || u.kind != QStringLiteral("community") || u.geometry.isEmpty())
            continue;
        allTiles.append(u.geometry);
        QString parent = u.parentId;
        while (!parent.isEmpty() && index.contains(parent)) {
            tilesOf[parent].append(u.geometry);
            parent = data.units[index.value(parent)].parentId;
        }
    }
    for (MapUnit& u : data.units) {
        if (!u.geometry.isEmpty() || u.level == UnitLevel::Grid)
            continue;
        const QList<geo::MultiPolygon> tiles
            = u.level == UnitLevel::District && !tilesOf.contains(u.id) ? allTiles : tilesOf.value(u.id);
        if (tiles.isEmpty())
            continue;
        u.geometry = geo::dissolve(tiles);
        u.derived = true;
    }

    QHash<QString, QString> userOfPerson;
    if (auto users
        = db.prepare("SELECT id, person_id FROM users WHERE person_id IS NOT NULL AND deleted = 0 AND active = 1")) {
        if (const Status s
            = users->forEachRow([&](const Statement& row) { userOfPerson.insert(row.text(1), row.text(0)); });
            !s)
            return s.error();
    } else {
        return users.error();
    }

    auto people
        = db.prepare("SELECT id, kind, name, phone, community_id, institution, branch, hats, lon, lat FROM people "
                     "WHERE deleted = 0 AND active = 1 ORDER BY kind, name");
    if (!people)
        return people.error();
    QHash<QString, int> personIndex;
    const Status readPeople = people->forEachRow([&](const Statement& row) {
        MapPerson p;
        p.id = row.text(0);
        p.volunteer = row.text(1) == QStringLiteral("volunteer");
        p.name = row.text(2);
        p.phone = row.text(3);
        p.communityId = row.text(4);
        p.institution = row.text(5);
        p.branch = row.text(6);
        p.hats = json::strings(row.text(7));
        if (!row.isNull(8) && !row.isNull(9)) {
            const geo::LonLat at { row.real(8), row.real(9) };
            if (at.isValid())
                p.position = at;
        }
        p.userId = userOfPerson.value(p.id);
        personIndex.insert(p.id, int(data.people.size()));
        data.people.append(p);
    });
    if (!readPeople)
        return readPeople.error();
    auto grids = db.prepare("SELECT person_id, grid_id FROM person_grids WHERE deleted = 0 ORDER BY grid_id");
    if (!grids)
        return grids.error();
    if (const Status s = grids->forEachRow([&](const Statement& row) {
            if (const auto it = personIndex.constFind(row.text(0)); it != personIndex.constEnd())
                data.people[*it].gridIds.append(row.text(1));
        });
        !s)
        return s.error();

    auto pairings = db.prepare("SELECT id, card_no, sentinel_id, volunteer_id, started_on FROM pairings "
                               "WHERE deleted = 0 AND ended_on IS NULL ORDER BY card_no");
    if (!pairings)
        return pairings.error();
    if (const Status s = pairings->forEachRow([&](const Statement& row) {
            data.pairings.append({ row.text(0), row.text(1), row.text(2), row.text(3), row.text(4) });
        });
        !s)
        return s.error();

    // Phone numbers of the whole roster are for those who manage it; everyone sees their own partners'.
    if (!session.can(Permission::ManagePairings) && !session.can(Permission::ViewAllLeads)) {
        QSet<QString> mine;
        if (!data.myPersonId.isEmpty()) {
            mine.insert(data.myPersonId);
            for (const MapPairing& p : std::as_const(data.pairings)) {
                if (p.sentinelId == data.myPersonId)
                    mine.insert(p.volunteerId);
                if (p.volunteerId == data.myPersonId)
                    mine.insert(p.sentinelId);
            }
        }
        for (MapPerson& p : data.people) {
            if (!mine.contains(p.id))
                p.phone = maskPhone(p.phone);
        }
    }
    return data;
}

Result<QList<MapLead>> MapDataLoader::loadLeads(Session& session, const LeadFilter& filter)
{
    auto places = LeadQuery(session).places(filter);
    if (!places)
        return places.error();
    QList<MapLead> leads;
    leads.reserve(places->size());
    for (const LeadPlace& p : std::as_const(*places)) {
        const geo::LonLat at { p.lon, p.lat };
        if (!at.isValid())
            continue;
        leads.append({ p.id, p.status, p.riskLevel, p.amountCents.value_or(0), parseMs(p.createdAt), at });
    }
    return leads;
}

Result<MapData> MapDataLoader::load(Session& session, const LeadFilter& filter)
{
    auto data = loadStructure(session);
    if (!data)
        return data.error();
    auto leads = loadLeads(session, filter);
    if (!leads)
        return leads.error();
    data->leads = std::move(leads.value());
    return data;
}

} // namespace gs::map
