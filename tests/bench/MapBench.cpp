// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel_bench_map: frame times of the map renderer while panning and zooming over a district of ~3000 grid
// polygons with 100k leads, the index build times and the memory. Prints figures; passes or fails nothing.
// Usage: gridsentinel_bench_map [--leads N] [--cols C --rows R] [--frames N] [--size WxH] [--json]
#include "MapTestData.h"
#include "geo/SpatialIndex.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace gs;

namespace {

double rssMiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
    int frames = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.frames = int(ms.size());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

// CPU time of this thread: steadier than wall time on a shared machine, where other work takes turns on the cores.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').first().toDouble() : 0.0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("leads"), QStringLiteral("Leads (default 100000)."), QStringLiteral("N"),
                            QStringLiteral("100000") },
        { QStringLiteral("cols"), QStringLiteral("Grid columns (default 60)."), QStringLiteral("N"),
            QStringLiteral("60") },
        { QStringLiteral("rows"), QStringLiteral("Grid rows (default 50)."), QStringLiteral("N"),
            QStringLiteral("50") },
        { QStringLiteral("frames"), QStringLiteral("Frames per pan/zoom run (default 60)."), QStringLiteral("N"),
            QStringLiteral("60") },
        { QStringLiteral("size"), QStringLiteral("Viewport (default 1600x1000)."), QStringLiteral("WxH"),
            QStringLiteral("1600x1000") },
        { QStringLiteral("layers"), QStringLiteral("Layers drawn (map::parseLayers; default: default)."),
            QStringLiteral("LIST"), QStringLiteral("default") },
        { QStringLiteral("json"), QStringLiteral("Print one JSON object.") } });
    parser.process(app);
    const int leadCount = parser.value(QStringLiteral("leads")).toInt();
    const int cols = parser.value(QStringLiteral("cols")).toInt(), rows = parser.value(QStringLiteral("rows")).toInt();
    const int frames = std::max(5, parser.value(QStringLiteral("frames")).toInt());
    const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const double loadBefore = loadAverage();

    // Data.
    map::MapData data = test::latticeDistrict(cols, rows);
    int grids = 0;
    for (const map::MapUnit& u : data.units)
        grids += u.level == UnitLevel::Grid ? 1 : 0;
    QElapsedTimer timer;
    timer.start();
    data.leads = test::syntheticLeads(data, leadCount, 20261124);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    const double rssData = rssMiB("VmRSS:");

    // Index builds: the whole scene, then the lead index alone (what a new filter or colouring costs).
    timer.restart();
    map::MapScene scene(std::move(data));
    const double sceneMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    scene.setColouring(map::LeadColouring::Risk);
    const double leadIndexMs = double(timer.nsecsElapsed()) / 1e6;
    scene.setColouring(map::LeadColouring::Status);
    std::vector<geo::KeyedPoint> points;
    for (int i = 0; i < scene.data().leads.size(); ++i)
        points.push_back({ i, scene.data().leads.at(i).position, 0 });
    timer.restart();
    const geo::ClusterIndex clusters(points);
    const double clusterIndexMs = double(timer.nsecsElapsed()) / 1e6;
    const double rssScene = rssMiB("VmRSS:");

    map::MapRenderer renderer(scene);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    double lastCpuMs = 0;
    int catchUpFrames = 0; // frames a view paints again at once because the raster budget ran out
    const auto frame = [&](const map::MapViewport& v, const map::RenderOptions& o, map::MapFrame* out = nullptr) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        QPainter p(&image); // no fill first: the renderer paints every pixel, as in MapView (an opaque widget)
        map::MapFrame f = renderer.paint(p, v, o);
        p.end();
        if (out)
            *out = std::move(f);
        lastCpuMs = threadCpuMs() - cpu0;
        return double(t.nsecsElapsed()) / 1e6;
    };
    // One view update: the frame, then those the view paints at once while the raster budget runs out.
    const auto update = [&](const map::MapViewport& v, const map::RenderOptions& o, std::vector<double>* ms,
                            std::vector<double>* cpu, map::MapFrame* out = nullptr) {
        map::MapFrame f;
        bool first = true;
        do {
            if (!first)
                ++catchUpFrames;
            first = false;
            const double wall = frame(v, o, &f);
            if (ms)
                ms->push_back(wall);
            if (cpu)
                cpu->push_back(lastCpuMs);
        } while (f.incomplete);
        if (out)
            *out = std::move(f);
    };
    const geo::BBox extent = scene.extent();
    const geo::LonLat centre = extent.centre();
    map::RenderOptions options;
    options.layers = map::parseLayers(parser.value(QStringLiteral("layers"))).value_or(map::defaultLayers());
    options.legend = true;
    options.scaleBar = true;
    options.rasterBudgetMs = 6.0; // as MapView paints (ui/map/MapView.cpp)
    options.frameDeadlineMs = 10.0;

    // Cold: the first frame of the whole district builds the simplified-ring cache of that zoom.
    const map::MapViewport whole = map::MapViewport::fitting(extent, QSizeF(size));
    const double coldMs = frame(whole, options);

    struct Row
    {
        QString what;
        double zoom;
        Stats s;
        Stats cpu;
        double visibleUnits;
        double markers;
    };
    QList<Row> table;
    const auto pan = [&](double zoom, const map::RenderOptions& o, const QString& what) {
        // Warm the cache at this zoom, then pan 40 px per frame along a diagonal through the centre.
        map::MapViewport v = map::MapViewport::at(centre, zoom, QSizeF(size));
        v.panBy(QPointF(20.0 * frames, 12.0 * frames));
        update(v, o, nullptr, nullptr);
        std::vector<double> ms, cpu;
        double units = 0, markers = 0;
        for (int i = 0; i < frames; ++i) {
            v.panBy(QPointF(-40, -24));
            map::MapFrame f;
            update(v, o, &ms, &cpu, &f);
            units += f.visibleUnits;
            markers += double(f.clusters.size() + f.leads.size() + f.people.size());
        }
        table.append({ what, zoom, stats(ms), stats(cpu), units / frames, markers / frames });
    };
    for (double zoom : { 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5, 18.5 })
        pan(zoom, options, QStringLiteral("pan"));
    map::RenderOptions heat = options;
    heat.layers |= map::Layer::Heatmap;
    heat.layers &= ~map::Layers(map::Layer::Leads);
    for (double zoom : { 12.5, 14.5, 16.5 })
        pan(zoom, heat, QStringLiteral("pan+heat"));
    // Zoom: wheel steps of half a level from 11 to 18.5 and back, around the centre and around a corner. The first
    // sweep meets each zoom level for the first time (its simplified rings and grid mesh are built then); the
    // second sweep shows the steady state.
    for (const char* pass : { "cold", "warm" }) {
        for (const geo::LonLat around : { centre,
                 geo::LonLat { extent.west + (extent.east - extent.west) * 0.2,
                     extent.south + (extent.north - extent.south) * 0.7 } }) {
            std::vector<double> ms, cpu;
            map::MapViewport v = map::MapViewport::at(around, 11.0, QSizeF(size));
            double units = 0, markers = 0;
            for (int step = 0; step < 30; ++step) {
                v.zoomAround(QPointF(size.width() * 0.4, size.height() * 0.6), step < 15 ? v.zoom() + 0.5 : v.zoom() - 0.5);
                map::MapFrame f;
                update(v, options, &ms, &cpu, &f);
                units += f.visibleUnits;
                markers += double(f.clusters.size() + f.leads.size());
            }
            table.append({ QStringLiteral("zoom %1 (%2)").arg(QLatin1String(pass), around == centre ? QStringLiteral("centre") : QStringLiteral("edge")),
                -1, stats(ms), stats(cpu), units / 30, markers / 30 });
        }
    }
    const double peak = rssMiB("VmHWM:");
    const double loadAfter = loadAverage();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rowsJson;
        for (const Row& r : std::as_const(table))
            rowsJson.append(QJsonObject { { QStringLiteral("what"), r.what }, { QStringLiteral("zoom"), r.zoom },
                { QStringLiteral("medianMs"), r.s.median }, { QStringLiteral("p95Ms"), r.s.p95 },
                { QStringLiteral("maxMs"), r.s.max }, { QStringLiteral("frames"), r.s.frames },
                { QStringLiteral("cpuMedianMs"), r.cpu.median }, { QStringLiteral("cpuP95Ms"), r.cpu.p95 },
                { QStringLiteral("units"), r.visibleUnits }, { QStringLiteral("markers"), r.markers } });
        const QJsonObject o { { QStringLiteral("leads"), leadCount }, { QStringLiteral("grids"), grids },
            { QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()) },
            { QStringLiteral("sceneBuildMs"), sceneMs }, { QStringLiteral("leadIndexMs"), leadIndexMs },
            { QStringLiteral("clusterIndexMs"), clusterIndexMs }, { QStringLiteral("coldFrameMs"), coldMs },
            { QStringLiteral("rssDataMiB"), rssData }, { QStringLiteral("rssSceneMiB"), rssScene },
            { QStringLiteral("peakRssMiB"), peak }, { QStringLiteral("catchUpFrames"), catchUpFrames }, { QStringLiteral("loadBefore"), loadBefore },
            { QStringLiteral("loadAfter"), loadAfter }, { QStringLiteral("frames"), rowsJson } };
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    std::printf("GridSentinel map bench: %d leads, %d grid polygons (+ streets, communities), %dx%d px, load %.2f\n",
        leadCount, grids, size.width(), size.height(), loadBefore);
    std::printf(
        "  synthetic data %.0f ms; MapScene build %.0f ms (projection, outlines, polygon indexes, lead ClusterIndex);\n"
        "  lead index rebuild (new colouring/filter) %.0f ms; ClusterIndex alone %.0f ms; first frame, cold cache %.1f "
        "ms\n",
        generateMs, sceneMs, leadIndexMs, clusterIndexMs, coldMs);
    std::printf("  RSS: data %.0f MiB, with scene %.0f MiB; peak %.0f MiB\n\n", rssData, rssScene, peak);
    std::printf("  %-20s %5s %4s %9s %9s %9s %9s %9s %9s %8s\n", "frames", "zoom", "n", "wall med", "wall p95", "wall max",
        "cpu med", "cpu p95", "polygons", "markers");
    for (const Row& r : std::as_const(table))
        std::printf("  %-20s %5s %4d %9.2f %9.2f %9.2f %9.2f %9.2f %9.0f %8.0f\n", qPrintable(r.what),
            r.zoom < 0 ? "11-18" : qPrintable(QString::number(r.zoom, 'f', 1)), r.s.frames, r.s.median, r.s.p95, r.s.max,
            r.cpu.median, r.cpu.p95, r.visibleUnits, r.markers);
    std::printf("  (milliseconds per frame; cpu = the rendering thread's CPU time, steadier than wall time on a shared machine)\n");
    std::printf("  %d catch-up frames, counted above: painted at once when a frame's %.0f ms budget for new labels and\n"
                "  cluster icons ran out (RenderOptions::rasterBudgetMs, as MapView sets it)\n",
        catchUpFrames, options.rasterBudgetMs);
    std::printf(
        "\n  load average at the end %.2f (the machine is shared; frame times include other work)\n", loadAfter);
    return 0;
}
