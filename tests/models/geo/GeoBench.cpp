// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel_geo_bench: prints build and query figures for the geo indexes. Not a test; build it
// in Release (cmake -DCMAKE_BUILD_TYPE=Release) for meaningful numbers.
#include "geo/ChinaCoordinates.h"
#include "geo/SpatialIndex.h"
#include "geo/WebMercator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace gs::geo;

namespace {

// Leads spread over a 0.4° × 0.3° city area (about 41 × 33 km around Guangzhou), denser downtown.
std::vector<KeyedPoint> cityPoints(int n)
{
    QRandomGenerator rng(42);
    std::vector<KeyedPoint> points;
    points.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const bool downtown = rng.bounded(3) == 0;
        const double spread = downtown ? 0.05 : 1.0;
        points.push_back({ i,
            { 113.35 + (rng.generateDouble() - 0.5) * 0.4 * spread,
                23.12 + (rng.generateDouble() - 0.5) * 0.3 * spread } });
    }
    return points;
}

// A width × height px viewport at `zoom` centred on p.
BBox viewport(LonLat p, double zoom, double width, double height)
{
    const QPointF c = WebMercator::toPixel(p, zoom);
    const LonLat nw = WebMercator::fromPixel(c - QPointF(width / 2, height / 2), zoom);
    const LonLat se = WebMercator::fromPixel(c + QPointF(width / 2, height / 2), zoom);
    return BBox::of(nw.lon, se.lat, se.lon, nw.lat);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F> double medianMicros(int runs, F&& f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f(i);
        t.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    return median(t);
}

} // namespace

int main()
{
    for (int n : { 100000, 1000000 }) {
        const std::vector<KeyedPoint> points = cityPoints(n);
        QElapsedTimer timer;
        timer.start();
        const SpatialIndex index(points);
        const double spatialMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const ClusterIndex clusters(points);
        const double clusterMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("%d points: SpatialIndex build %.0f ms, ClusterIndex build %.0f ms\n", n, spatialMs, clusterMs);

        QRandomGenerator rng(7);
        std::vector<LonLat> centres;
        for (int i = 0; i < 501; ++i)
            centres.push_back(
                { 113.35 + (rng.generateDouble() - 0.5) * 0.3, 23.12 + (rng.generateDouble() - 0.5) * 0.2 });
        // A 1920 × 1080 viewport, zoomed so that it holds roughly a thousand points.
        for (double zoom : { 15.0, 16.0, 17.0, 18.0 }) {
            qsizetype results = 0;
            const double us = medianMicros(
                501, [&](int i) { results += index.query(viewport(centres[size_t(i)], zoom, 1920, 1080)).size(); });
            std::printf("  query 1920x1080 px at z%.0f: median %.1f us, mean %lld points\n", zoom, us,
                static_cast<long long>(results / 501));
        }
        for (int zoom : { 0, 8, 11, 13, 15, 18 }) {
            qsizetype made = 0;
            const double us = medianMicros(501,
                [&](int i) { made += clusters.clusters(viewport(centres[size_t(i)], zoom, 1920, 1080), zoom).size(); });
            std::printf("  clusters 1920x1080 px at z%d (64 px cells): median %.1f us, mean %lld clusters\n", zoom, us,
                static_cast<long long>(made / 501));
        }
    }

    QRandomGenerator rng(9);
    std::vector<LonLat> gcj;
    for (int i = 0; i < 100000; ++i)
        gcj.push_back(ChinaCoordinates::wgs84ToGcj02({ 100.0 + rng.bounded(30.0), 20.0 + rng.bounded(30.0) }));
    QElapsedTimer timer;
    timer.start();
    int iterations = 0;
    for (const LonLat& p : gcj)
        iterations += ChinaCoordinates::gcj02ToWgs84Iterative(p).iterations;
    std::printf("GCJ-02 -> WGS-84: %.2f us per point, %.2f iterations on average\n",
        double(timer.nsecsElapsed()) / 1000.0 / double(gcj.size()), double(iterations) / double(gcj.size()));
    return 0;
}
