// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Grid and area boundaries from GeoJSON (geo::GeoJson::readFeatures, as the structure import reads a file) and
// stored geometries (readGeometry, as the map reads grids.geometry). The first byte picks the coordinate
// system the user chose, if any. Oracles: an import with errors has no features; every imported geometry
// written back reads again.
#include "FuzzSupport.h"
#include "geo/GeoJson.h"

using namespace gs;
using namespace gs::geo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    std::optional<Crs> crs;
    switch (data[0] % 4) {
    case 1:
        crs = Crs::Wgs84;
        break;
    case 2:
        crs = Crs::Gcj02;
        break;
    case 3:
        crs = Crs::Bd09;
        break;
    default:
        break;
    }
    const QByteArray json = fuzz::bytes(data + 1, size - 1);
    const GeoJsonImport import = GeoJson::readFeatures(json, crs);
    fuzz::check(import.errors.isEmpty() || import.features.isEmpty(), "an import with errors kept features");
    for (const FeatureError& e : import.errors)
        fuzz::check(!e.message.isEmpty(), "an error without a message");
    for (const GridFeature& f : import.features) {
        const QByteArray text = GeoJson::write(f.geometry);
        (void)GeoJson::readGeometry(text); // 7-decimal rounding may make a sliver invalid: no oracle on the result
    }
    if (auto geometry = GeoJson::readGeometry(json))
        (void)GeoJson::readGeometry(GeoJson::write(*geometry));
    return 0;
}
