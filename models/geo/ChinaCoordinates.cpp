// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/ChinaCoordinates.h"

#include <cmath>
#include <numbers>

namespace gs::geo {

namespace {

constexpr double Pi = std::numbers::pi;
constexpr double KrasovskyA = 6378245.0;
constexpr double KrasovskyE2 = 0.00669342162296594323;
constexpr double BaiduXPi = Pi * 3000.0 / 180.0;
constexpr double MetresPerDegree = 111319.49; // on the WGS-84 equator; for residuals only

double shiftLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * Pi) + 40.0 * std::sin(y / 3.0 * Pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * Pi) + 320.0 * std::sin(y * Pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * Pi) + 40.0 * std::sin(x / 3.0 * Pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * Pi) + 300.0 * std::sin(x / 30.0 * Pi)) * 2.0 / 3.0;
    return r;
}

// The GCJ-02 offset in degrees at a WGS-84 position (no China test).
LonLat gcjOffset(LonLat p)
{
    const double x = p.lon - 105.0;
    const double y = p.lat - 35.0;
    const double radLat = p.lat / 180.0 * Pi;
    const double s = std::sin(radLat);
    const double magic = 1.0 - KrasovskyE2 * s * s;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat = (shiftLat(x, y) * 180.0) / ((KrasovskyA * (1.0 - KrasovskyE2)) / (magic * sqrtMagic) * Pi);
    const double dLon = (shiftLon(x, y) * 180.0) / (KrasovskyA / sqrtMagic * std::cos(radLat) * Pi);
    return { dLon, dLat };
}

LonLat gcjToBdRaw(LonLat g)
{
    const double z = std::hypot(g.lon, g.lat) + 0.00002 * std::sin(g.lat * BaiduXPi);
    const double theta = std::atan2(g.lat, g.lon) + 0.000003 * std::cos(g.lon * BaiduXPi);
    return { z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006 };
}

LonLat bdToGcjRaw(LonLat b)
{
    const double x = b.lon - 0.0065;
    const double y = b.lat - 0.006;
    const double z = std::hypot(x, y) - 0.00002 * std::sin(y * BaiduXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * BaiduXPi);
    return { z * std::cos(theta), z * std::sin(theta) };
}

double approxMetres(LonLat a, LonLat b)
{
    const double dx = (a.lon - b.lon) * std::cos(b.lat / 180.0 * Pi);
    return std::hypot(dx, a.lat - b.lat) * MetresPerDegree;
}

// Solves forward(x) = target for a near-identity forward map, starting at `start`.
template <typename Forward>
ChinaCoordinates::Inverse solve(LonLat target, LonLat start, Forward forward, double toleranceMetres, int maxIterations)
{
    ChinaCoordinates::Inverse result { start, 0, 0.0 };
    LonLat x = start;
    for (int i = 1; i <= maxIterations; ++i) {
        const LonLat f = forward(x);
        result.point = x;
        result.iterations = i;
        result.residualMetres = approxMetres(f, target);
        if (result.residualMetres < toleranceMetres)
            break;
        x = { x.lon - (f.lon - target.lon), x.lat - (f.lat - target.lat) };
    }
    return result;
}

} // namespace

QString crsToString(Crs crs)
{
    switch (crs) {
    case Crs::Wgs84:
        return QStringLiteral("wgs84");
    case Crs::Gcj02:
        return QStringLiteral("gcj02");
    case Crs::Bd09:
        return QStringLiteral("bd09");
    }
    return {};
}

std::optional<Crs> crsFromString(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    t.remove(QLatin1Char('-'));
    t.remove(QLatin1Char('_'));
    t.remove(QLatin1Char(' '));
    static const QStringList wgs { QStringLiteral("wgs84"), QStringLiteral("epsg:4326"), QStringLiteral("crs84"),
        QStringLiteral("urn:ogc:def:crs:ogc:1.3:crs84"), QStringLiteral("urn:ogc:def:crs:ogc::crs84"),
        QStringLiteral("urn:ogc:def:crs:epsg::4326"), QStringLiteral("http://www.opengis.net/def/crs/epsg/0/4326"),
        QStringLiteral("http://www.opengis.net/def/crs/ogc/1.3/crs84"), QStringLiteral("epsg:4490"),
        QStringLiteral("urn:ogc:def:crs:epsg::4490"), QStringLiteral("cgcs2000"), QStringLiteral("gps") };
    static const QStringList gcj { QStringLiteral("gcj02"), QStringLiteral("gcj"), QStringLiteral("mars"),
        QStringLiteral("gaode"), QStringLiteral("amap") };
    static const QStringList bd { QStringLiteral("bd09"), QStringLiteral("bd09ll"), QStringLiteral("baidu") };
    if (wgs.contains(t))
        return Crs::Wgs84;
    if (gcj.contains(t))
        return Crs::Gcj02;
    if (bd.contains(t))
        return Crs::Bd09;
    return std::nullopt;
}

bool ChinaCoordinates::isOutsideChina(LonLat p)
{
    return !(p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271);
}

LonLat ChinaCoordinates::wgs84ToGcj02(LonLat wgs)
{
    if (isOutsideChina(wgs))
        return wgs;
    const LonLat d = gcjOffset(wgs);
    return { wgs.lon + d.lon, wgs.lat + d.lat };
}

ChinaCoordinates::Inverse ChinaCoordinates::gcj02ToWgs84Iterative(LonLat gcj, double toleranceMetres, int maxIterations)
{
    if (isOutsideChina(gcj))
        return { gcj, 0, 0.0 };
    // The offset varies slowly (its derivative is ~1e-5), so x ← x − (forward(x) − gcj) converges
    // by about five orders of magnitude per step. Forward is applied without the China test so a
    // point just inside the box does not flip to the identity branch half-way.
    const LonLat d = gcjOffset(gcj);
    return solve(
        gcj, { gcj.lon - d.lon, gcj.lat - d.lat },
        [](LonLat w) {
            const LonLat o = gcjOffset(w);
            return LonLat { w.lon + o.lon, w.lat + o.lat };
        },
        toleranceMetres, maxIterations);
}

LonLat ChinaCoordinates::gcj02ToBd09(LonLat gcj)
{
    return isOutsideChina(gcj) ? gcj : gcjToBdRaw(gcj);
}

LonLat ChinaCoordinates::bd09ToGcj02(LonLat bd)
{
    if (isOutsideChina(bd))
        return bd;
    return solve(bd, bdToGcjRaw(bd), gcjToBdRaw, 0.001, 10).point;
}

LonLat ChinaCoordinates::convert(LonLat p, Crs from, Crs to)
{
    if (from == to)
        return p;
    LonLat gcj = p;
    switch (from) {
    case Crs::Wgs84:
        gcj = wgs84ToGcj02(p);
        break;
    case Crs::Gcj02:
        break;
    case Crs::Bd09:
        gcj = bd09ToGcj02(p);
        break;
    }
    switch (to) {
    case Crs::Wgs84:
        return gcj02ToWgs84(gcj);
    case Crs::Gcj02:
        return gcj;
    case Crs::Bd09:
        return gcj02ToBd09(gcj);
    }
    return gcj;
}

} // namespace gs::geo
