// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Synthetic map data for tests, screenshots and the map benchmark: leads scattered over the grids of a
// structure (some sharing one address), and a lattice district of many grids.
#pragma once

#include "map/MapData.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace gs::test {

inline const QStringList& leadStatusMix()
{
    // Weighted like a district in its second year: most leads waiting or in triage, some far along.
    static const QStringList mix { QStringLiteral("submitted"), QStringLiteral("submitted"),
        QStringLiteral("submitted"), QStringLiteral("in_triage"), QStringLiteral("in_triage"),
        QStringLiteral("needs_info"), QStringLiteral("suspected"), QStringLiteral("escalated"),
        QStringLiteral("under_review"), QStringLiteral("referred_police"), QStringLiteral("monitoring"),
        QStringLiteral("closed"), QStringLiteral("closed"), QStringLiteral("unfounded") };
    return mix;
}

/// `count` leads inside the community grids of `data` (uniform in each grid's box), denser in a few
/// hot grids; about one in forty shares its place with others (a building many residents report).
inline QList<map::MapLead> syntheticLeads(const map::MapData& data, int count, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    QList<geo::BBox> boxes;
    for (const map::MapUnit& u : data.units) {
        if (u.level == UnitLevel::Grid && u.kind == QStringLiteral("community") && !u.geometry.isEmpty())
            boxes.append(geo::boundingBox(u.geometry));
    }
    QList<map::MapLead> leads;
    if (boxes.isEmpty())
        return leads;
    QList<int> hot;
    for (int i = 0; i < std::max<qsizetype>(1, boxes.size() / 25); ++i)
        hot.append(int(rng.bounded(int(boxes.size()))));
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    leads.reserve(count);
    for (int i = 0; i < count; ++i) {
        map::MapLead l;
        l.id = QStringLiteral("lead-%1").arg(i);
        if (i % 40 == 39 && !leads.isEmpty()) {
            l.position = leads.at(int(rng.bounded(int(leads.size())))).position; // same address as another lead
        } else {
            const geo::BBox& b = boxes.at(
                rng.bounded(4) == 0 ? hot.at(int(rng.bounded(int(hot.size())))) : int(rng.bounded(int(boxes.size()))));
            l.position = { b.west + rng.generateDouble() * (b.east - b.west),
                b.south + rng.generateDouble() * (b.north - b.south) };
        }
        l.status = leadStatusMix().at(int(rng.bounded(int(leadStatusMix().size()))));
        const int r = int(rng.bounded(10));
        l.riskLevel = r < 2 ? QStringLiteral("high") : r < 5 ? QStringLiteral("medium") : QStringLiteral("low");
        l.amountCents = qint64(std::exp(9.0 + rng.generateDouble() * 6.0)) * 100;
        l.createdMs = now - qint64(rng.bounded(365 * 24 * 3600)) * 1000;
        leads.append(l);
    }
    return leads;
}

/// A district of cols × rows grids of 400 m (6 × 6 grids per community, communities 4 × 4 per street), with
/// its streets and communities as stored outlines and no people: the benchmark's 3000-grid structure.
inline map::MapData latticeDistrict(int cols, int rows, geo::LonLat southWest = { 113.25, 23.05 })
{
    map::MapData data;
    data.districtName = QStringLiteral("测试区");
    const double dLon = 400.0 / 102500.0, dLat = 400.0 / 110700.0;
    const auto box = [](double w, double s, double e, double n) {
        return geo::MultiPolygon { { geo::Polygon { { { w, s }, { e, s }, { e, n }, { w, n }, { w, s } }, {} } } };
    };
    const geo::LonLat sw = southWest;
    data.units.append({ QStringLiteral("d"), QStringLiteral("999999"), data.districtName, UnitLevel::District, {}, {},
        box(sw.lon, sw.lat, sw.lon + cols * dLon, sw.lat + rows * dLat), false });
    for (int sy = 0; sy * 24 < rows; ++sy) {
        for (int sx = 0; sx * 24 < cols; ++sx) {
            const QString street = QStringLiteral("s%1-%2").arg(sx).arg(sy);
            const double w = sw.lon + sx * 24 * dLon, s = sw.lat + sy * 24 * dLat;
            data.units.append({ street, street, QStringLiteral("第%1街道").arg(sy * 100 + sx), UnitLevel::Street, {},
                QStringLiteral("d"),
                box(w, s, std::min(w + 24 * dLon, sw.lon + cols * dLon), std::min(s + 24 * dLat, sw.lat + rows * dLat)),
                false });
        }
    }
    for (int cy = 0; cy * 6 < rows; ++cy) {
        for (int cx = 0; cx * 6 < cols; ++cx) {
            const QString community = QStringLiteral("c%1-%2").arg(cx).arg(cy);
            const double w = sw.lon + cx * 6 * dLon, s = sw.lat + cy * 6 * dLat;
            data.units.append({ community, community, QStringLiteral("第%1社区").arg(cy * 100 + cx),
                UnitLevel::Community, {}, QStringLiteral("s%1-%2").arg(cx / 4).arg(cy / 4),
                box(w, s, std::min(w + 6 * dLon, sw.lon + cols * dLon), std::min(s + 6 * dLat, sw.lat + rows * dLat)),
                false });
        }
    }
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            const double w = sw.lon + x * dLon, s = sw.lat + y * dLat;
            data.units.append({ QStringLiteral("g%1-%2").arg(x).arg(y), QStringLiteral("G%1-%2").arg(x).arg(y),
                QStringLiteral("第%1网格").arg((y % 6) * 6 + x % 6 + 1), UnitLevel::Grid, QStringLiteral("community"),
                QStringLiteral("c%1-%2").arg(x / 6).arg(y / 6), box(w, s, w + dLon, s + dLat), false });
        }
    }
    return data;
}

} // namespace gs::test
