// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/ChinaCoordinates.h"
#include "geo/LonLat.h"

#include <QList>
#include <QString>

#include <optional>

namespace gs {
class Session;
}

namespace gs::map {

class MapScene;

/// A place the location picker can go to.
struct Place
{
    enum class Kind { Street, Community, Grid, LeadAddress, Coordinates };
    Kind kind = Kind::Grid;
    QString title; ///< what matched: a unit's name or a lead's address
    QString detail; ///< where it is: "五山街道 · 岳洲社区"
    geo::LonLat position; ///< WGS-84: the unit's label point or the lead's place
    geo::BBox bounds; ///< WGS-84; a unit's extent (empty for points)
    QString unitId;
};

/// Finds places by name among the streets, communities and grids of the scene and the addresses of the
/// leads the user may see, and parses typed coordinates. Matching is by substring, case-insensitive,
/// ignoring spaces; exact names come first, then prefixes, then larger units.
class PlaceSearch
{
public:
    explicit PlaceSearch(const MapScene& scene);

    /// Distinct addresses (with a position) of the leads `session` may see, as places.
    static Result<QList<Place>> leadAddresses(Session& session);
    void setLeadAddresses(QList<Place> places) { m_addresses = std::move(places); }

    /// Coordinates typed in the text come first (as Kind::Coordinates, converted from `crs`), then names.
    QList<Place> search(const QString& text, int limit = 20) const;

    /// Reads "113.3612, 23.1247", "23.1247 113.3612" (latitude first is recognised by range), "E113.36 N23.12"
    /// or degrees-minutes-seconds ("23°7'29"N 113°21'40"E"), with ASCII or full-width punctuation, in `crs`;
    /// returns WGS-84. On failure `error` says why (translated).
    static std::optional<geo::LonLat> parseCoordinates(
        const QString& text, geo::Crs crs = geo::Crs::Wgs84, QString* error = nullptr);

private:
    QList<Place> m_units;
    QList<Place> m_addresses;
};

} // namespace gs::map
