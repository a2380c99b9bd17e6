// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/LonLat.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace gs::geo {

/// The longitude/latitude systems maps in China use. Everything GridSentinel stores is Wgs84.
enum class Crs {
    Wgs84, ///< GPS, OpenStreetMap, Tianditu (CGCS2000 is treated as WGS-84: they differ by centimetres)
    Gcj02, ///< "Mars coordinates": AMap/Gaode, Tencent, Google China
    Bd09, ///< Baidu
};

/// "wgs84", "gcj02" or "bd09".
QString crsToString(Crs crs);
/// Accepts the names above, common spellings (WGS-84, GCJ-02, BD-09, bd09ll, gaode, baidu) and the
/// GeoJSON/OGC names of WGS-84 and CGCS2000 (EPSG:4326, CRS84, EPSG:4490 and their URNs); case-insensitive.
std::optional<Crs> crsFromString(QStringView text);

/// The published GCJ-02 and BD-09 formulas. GCJ-02 is the widely circulated reconstruction on the
/// Krasovsky ellipsoid (a = 6378245 m); it reproduces the AMap/Tencent offsets to well under a metre.
/// Outside China (a rough box, see isOutsideChina()) all three systems coincide: no shift at all.
class ChinaCoordinates
{
public:
    /// Result of an inverse transform solved by fixed-point iteration.
    struct Inverse
    {
        LonLat point;
        int iterations = 0; ///< forward evaluations used; 0 outside China
        double residualMetres = 0.0; ///< distance between forward(point) and the input
    };

    /// The box everybody uses: 72.004–137.8347°E, 0.8293–55.8271°N. It is crude on purpose (it
    /// includes bits of neighbouring countries and the South China Sea) because the published
    /// offsets are applied exactly inside it; a finer border would disagree with other software.
    static bool isOutsideChina(LonLat p);

    static LonLat wgs84ToGcj02(LonLat wgs);
    /// Inverse of wgs84ToGcj02() by fixed-point iteration until forward(result) is within
    /// toleranceMetres of the input (typically 2–3 iterations for 1 cm).
    static Inverse gcj02ToWgs84Iterative(LonLat gcj, double toleranceMetres = 0.01, int maxIterations = 30);
    static LonLat gcj02ToWgs84(LonLat gcj) { return gcj02ToWgs84Iterative(gcj).point; }

    /// Baidu's published forward formula.
    static LonLat gcj02ToBd09(LonLat gcj);
    /// The published inverse, refined by iteration: the usual closed form is only good to ~0.2 m.
    static LonLat bd09ToGcj02(LonLat bd);

    /// Any to any, through GCJ-02.
    static LonLat convert(LonLat p, Crs from, Crs to);
};

} // namespace gs::geo
