// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// A small district for map tests, written through RecordWriter like real data:
//   district 鼓楼测试区 (stored outline), street 五山街道 and communities 华工社区 (west), 岳洲社区 (east) without
//   outlines (the map dissolves them from their grids), four 1 km × 550 m community grids and one building grid;
//   sentinel 王哨兵 (covers G1, G3) paired with volunteer 刘志愿, sentinel 赵哨兵 (covers G4) whose pairing ended.
#pragma once

#include "accounts/Session.h"
#include "geo/GeoJson.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"

#include <QString>
#include <QVariantMap>

namespace gs::test {

struct MapFixture
{
    QString district, street, westCommunity, eastCommunity;
    QString g1, g2, g3, g4, building;
    QString wang, zhao, liu; ///< people
    QString activePairing, endedPairing;
};

inline geo::MultiPolygon boxGeometry(double w, double s, double e, double n)
{
    return geo::MultiPolygon { { geo::Polygon { { { w, s }, { e, s }, { e, n }, { w, n }, { w, s } }, {} } } };
}

inline QVariantMap withGeometry(QVariantMap row, double w, double s, double e, double n)
{
    row.insert(QStringLiteral("geometry"), QString::fromUtf8(geo::GeoJson::write(boxGeometry(w, s, e, n))));
    row.insert(QStringLiteral("min_lon"), w);
    row.insert(QStringLiteral("min_lat"), s);
    row.insert(QStringLiteral("max_lon"), e);
    row.insert(QStringLiteral("max_lat"), n);
    return row;
}

inline MapFixture addMapStructure(Session& chief)
{
    const auto k = [](const char* t) { return QString::fromLatin1(t); };
    RecordWriter w(chief.writeContext());
    Transaction tx(chief.db());
    MapFixture f;
    f.district = w.insert(k("districts"),
                      withGeometry({ { k("code"), k("320106") }, { k("name"), QStringLiteral("鼓楼测试区") } }, 113.31,
                          23.125, 113.35, 23.145))
                     .value();
    f.street = w.insert(k("streets"),
                    { { k("code"), k("320106001") }, { k("name"), QStringLiteral("五山街道") },
                        { k("district_id"), f.district } })
                   .value();
    f.westCommunity = w.insert(k("communities"),
                           { { k("code"), k("320106001001") }, { k("name"), QStringLiteral("华工社区居委会") },
                               { k("street_id"), f.street } })
                          .value();
    f.eastCommunity = w.insert(k("communities"),
                           { { k("code"), k("320106001002") }, { k("name"), QStringLiteral("岳洲社区居委会") },
                               { k("street_id"), f.street } })
                          .value();
    const auto grid = [&](const char* code, const QString& name, const char* kind, const QString& community, double w0,
                          double s0, double e0, double n0) {
        return w
            .insert(k("grids"),
                withGeometry({ { k("code"), k(code) }, { k("name"), name }, { k("kind"), k(kind) },
                                 { k("community_id"), community } },
                    w0, s0, e0, n0))
            .value();
    };
    f.g1
        = grid("G1", QStringLiteral("华工社区第1网格"), "community", f.westCommunity, 113.320, 23.130, 113.330, 23.135);
    f.g3
        = grid("G3", QStringLiteral("华工社区第2网格"), "community", f.westCommunity, 113.320, 23.135, 113.330, 23.140);
    f.g2
        = grid("G2", QStringLiteral("岳洲社区第1网格"), "community", f.eastCommunity, 113.330, 23.130, 113.340, 23.135);
    f.g4
        = grid("G4", QStringLiteral("岳洲社区第2网格"), "community", f.eastCommunity, 113.330, 23.135, 113.340, 23.140);
    f.building = grid(
        "B1", QStringLiteral("华工社区楼宇网格1"), "building", f.westCommunity, 113.322, 23.131, 113.324, 23.133);
    const auto person = [&](const char* kind, const QString& name, const char* phone, const QString& community,
                            double lon, double lat, const QVariantMap& extra = {}) {
        QVariantMap row { { k("kind"), k(kind) }, { k("name"), name }, { k("phone"), k(phone) },
            { k("community_id"), community }, { k("lon"), lon }, { k("lat"), lat } };
        row.insert(extra);
        return w.insert(k("people"), row).value();
    };
    f.wang = person("sentinel", QStringLiteral("王哨兵"), "13800001111", f.westCommunity, 113.325, 23.1325);
    f.zhao = person("sentinel", QStringLiteral("赵哨兵"), "13800002222", f.eastCommunity, 113.335, 23.1375);
    f.liu = person("volunteer", QStringLiteral("刘志愿"), "13900003333", f.eastCommunity, 113.335, 23.1325,
        { { k("institution"), QStringLiteral("中国工商银行") }, { k("branch"), QStringLiteral("天河支行") },
            { k("hats"), QStringLiteral("[\"专业宣讲员\",\"风险监测员\"]") } });
    for (const auto& [p, g] : { std::pair { f.wang, f.g1 }, std::pair { f.wang, f.g3 }, std::pair { f.zhao, f.g4 } })
        (void)w.insert(k("person_grids"), { { k("person_id"), p }, { k("grid_id"), g } });
    f.activePairing = w.insert(k("pairings"),
                           { { k("card_no"), k("JD-2025-0001") }, { k("sentinel_id"), f.wang },
                               { k("volunteer_id"), f.liu }, { k("started_on"), k("2025-03-01") } })
                          .value();
    f.endedPairing
        = w.insert(k("pairings"),
               { { k("card_no"), k("JD-2024-0007") }, { k("sentinel_id"), f.zhao }, { k("volunteer_id"), f.liu },
                   { k("started_on"), k("2024-01-10") }, { k("ended_on"), k("2025-02-28") } })
              .value();
    if (!tx.commit())
        qFatal("map fixture not committed");
    return f;
}

} // namespace gs::test
