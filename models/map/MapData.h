// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/Geometry.h"
#include "leads/LeadQuery.h"
#include "map/MapTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gs {
class Session;
}

namespace gs::map {

/// A district, street, community or grid with its boundary (WGS-84).
struct MapUnit
{
    QString id;
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Grid;
    QString kind; ///< grids: community | building | police
    QString parentId; ///< street → district, community → street, grid → community
    geo::MultiPolygon geometry;
    /// The outline was not stored but dissolved from the unit's community grids (streets and communities
    /// of the demo data, or any imported without a boundary).
    bool derived = false;
};

/// A sentinel or a volunteer (schema v1 columns of `people`).
struct MapPerson
{
    QString id;
    bool volunteer = false;
    QString name;
    QString phone;
    QString communityId;
    QString institution;
    QString branch;
    QStringList hats; ///< 专业宣讲员, 风险监测员, 专项行动员, 金融助理员
    std::optional<geo::LonLat> position; ///< WGS-84
    QStringList gridIds; ///< person_grids
    QString userId; ///< the account linked to this person, if any
};

/// An active pairing (结对共建卡): ended and deleted ones are not loaded.
struct MapPairing
{
    QString id;
    QString cardNo;
    QString sentinelId;
    QString volunteerId;
    QString startedOn;
};

/// A lead's place and the attributes markers are coloured and weighed by.
struct MapLead
{
    QString id;
    QString status;
    QString riskLevel;
    qint64 amountCents = 0;
    qint64 createdMs = 0; ///< Unix milliseconds
    geo::LonLat position; ///< WGS-84
};

/// Everything a map draws, as plain values. Loaded from a session (MapDataLoader) or built directly (tests,
/// the benchmark).
struct MapData
{
    QString districtName;
    QList<MapUnit> units;
    QList<MapPerson> people;
    QList<MapPairing> pairings;
    QList<MapLead> leads;
    QString myPersonId; ///< the signed-in user's person, for "my pairs"
};

/// Reads the map's data from the node database. People and pairings come from the schema v1 columns only
/// (other branches may add columns). Leads obey LeadVisibility and the lead list's filters.
class MapDataLoader
{
public:
    /// Structure, people and pairings. Phone numbers are masked (138****5678) unless the user manages
    /// pairings, may see every lead, or is one of the two people of a pairing.
    static Result<MapData> loadStructure(Session& session);
    /// The leads the user may see that match `filter` and have coordinates.
    static Result<QList<MapLead>> loadLeads(Session& session, const LeadFilter& filter = {});
    /// Both of the above.
    static Result<MapData> load(Session& session, const LeadFilter& filter = {});
    /// Changes whenever a lead is added, edited or removed (a cheap check before reloading).
    static QString leadsStamp(Session& session);
    /// "138****5678" for an 11-digit mobile number, the first and last characters otherwise.
    static QString maskPhone(const QString& phone);
};

} // namespace gs::map
