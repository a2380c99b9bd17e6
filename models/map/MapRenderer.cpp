// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapRenderer.h"

#include "geo/Spread.h"
#include "geo/WebMercator.h"
#include "map/MapStyle.h"
#include "map/PolygonEditor.h"
#include "map/TileLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gs::map {

using geo::WebMercator;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::map::MapRenderer", text, disambiguation, n);
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// "岳洲社区居委会" → "岳洲社区": the committee suffix adds nothing on a map.
QString shortCommunityName(const QString& name)
{
    for (const QString& suffix : { QStringLiteral("居委会"), QStringLiteral("村委会"), QStringLiteral("居民委员会"),
             QStringLiteral("村民委员会") }) {
        if (name.endsWith(suffix) && name.size() > suffix.size() + 1)
            return name.left(name.size() - suffix.size());
    }
    return name;
}

// "岳洲社区第1网格" inside 岳洲社区 → "第1网格": the community label next to it says the rest.
QString shortGridName(const QString& grid, const QString& community)
{
    const QString prefix = shortCommunityName(community);
    if (!prefix.isEmpty() && grid.startsWith(prefix) && grid.size() > prefix.size())
        return grid.mid(prefix.size());
    return grid;
}

bool lineMayCross(const QLineF& line, const QRectF& rect)
{
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(rect);
}

double distanceToSegment(QPointF p, const QLineF& l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0.0 ? std::clamp(QPointF::dotProduct(p - l.p1(), d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = l.p1() + d * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

// Blue → cyan → green → yellow → red, transparent at the cold end.
QRgb heatColour(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    struct Stop
    {
        double at;
        int r, g, b, a;
    };
    static const Stop stops[] = { { 0.0, 40, 80, 220, 0 }, { 0.12, 40, 110, 230, 70 }, { 0.3, 0, 180, 210, 130 },
        { 0.5, 70, 195, 70, 165 }, { 0.7, 250, 210, 30, 190 }, { 1.0, 215, 25, 25, 215 } };
    for (size_t i = 1; i < std::size(stops); ++i) {
        if (t <= stops[i].at) {
            const Stop& a = stops[i - 1];
            const Stop& b = stops[i];
            const double u = (t - a.at) / (b.at - a.at);
            const auto mix = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
            const int alpha = mix(a.a, b.a);
            return qPremultiply(qRgba(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), alpha));
        }
    }
    return qPremultiply(qRgba(225, 30, 30, 210));
}

void boxBlur(std::vector<float>& v, int w, int h, int radius)
{
    std::vector<float> tmp(v.size());
    const float scale = 1.0f / float(2 * radius + 1);
    for (int y = 0; y < h; ++y) {
        float sum = 0;
        for (int x = -radius; x <= radius; ++x)
            sum += v[size_t(y * w + std::clamp(x, 0, w - 1))];
        for (int x = 0; x < w; ++x) {
            tmp[size_t(y * w + x)] = sum * scale;
            sum += v[size_t(y * w + std::min(x + radius + 1, w - 1))] - v[size_t(y * w + std::max(x - radius, 0))];
        }
    }
    // Vertically with one running sum per column, row by row: walking each column down the image instead
    // touched a new cache line per cell and was most of the heatmap's time.
    std::vector<float> sums(size_t(w), 0.0f);
    const auto row = [&](int y) { return tmp.data() + size_t(std::clamp(y, 0, h - 1)) * size_t(w); };
    for (int y = -radius; y <= radius; ++y) {
        const float* r = row(y);
        for (int x = 0; x < w; ++x)
            sums[size_t(x)] += r[x];
    }
    for (int y = 0; y < h; ++y) {
        float* out = v.data() + size_t(y) * size_t(w);
        const float* in = row(y + radius + 1);
        const float* gone = row(y - radius);
        for (int x = 0; x < w; ++x) {
            out[x] = sums[size_t(x)] * scale;
            sums[size_t(x)] += in[x] - gone[x];
        }
    }
}

// Calls draw(points, count) for each stretch of consecutive segments of `line` whose bounding boxes meet `area`.
// A closed ring cut into stretches keeps its closing vertex inside one of them, as an undivided ring would.
template <class Draw>
void forRunsNear(const QPolygonF& line, const QRectF& area, Draw&& draw)
{
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> runs; // first point, points
    qsizetype start = -1;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], b = line[i + 1];
        const bool near = std::max(a.x(), b.x()) >= area.left() && std::min(a.x(), b.x()) <= area.right()
            && std::max(a.y(), b.y()) >= area.top() && std::min(a.y(), b.y()) <= area.bottom();
        if (near && start < 0)
            start = i;
        if (!near && start >= 0) {
            runs.append({ start, i - start + 1 });
            start = -1;
        }
    }
    if (start >= 0)
        runs.append({ start, line.size() - start });
    const bool wraps = runs.size() > 1 && runs.front().first == 0
        && runs.back().first + runs.back().second == line.size() && line.front() == line.back();
    if (wraps) {
        // The last stretch runs on into the first across the closing vertex.
        QPolygonF joined(line.mid(runs.back().first, runs.back().second));
        joined.append(line.mid(1, runs.front().second - 1));
        draw(joined.constData(), int(joined.size()));
        runs.pop_back();
        runs.erase(runs.begin());
    }
    for (const auto& [first, count] : runs)
        draw(line.constData() + first, int(count));
}

QFont sized(QFont font, double pixels, QFont::Weight weight = QFont::Normal)
{
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setWeight(weight);
    return font;
}

// Rectangles on screen bucketed in 32 px cells, so "does this label hit anything placed?" looks at neighbours only.
class Occupancy
{
public:
    void add(const QRectF& r)
    {
        const int index = int(m_rects.size());
        m_rects.append(r);
        forCells(r, [&](quint64 cell) { m_cells[cell].append(index); });
    }
    bool hits(const QRectF& r) const
    {
        bool hit = false;
        forCells(r, [&](quint64 cell) {
            if (hit)
                return;
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.constEnd())
                return;
            for (int i : *it) {
                if (m_rects[i].intersects(r)) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    template <typename F> static void forCells(const QRectF& r, F&& f)
    {
        constexpr double Cell = 32.0;
        const int x0 = int(std::floor(r.left() / Cell)), x1 = int(std::floor(r.right() / Cell));
        const int y0 = int(std::floor(r.top() / Cell)), y1 = int(std::floor(r.bottom() / Cell));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                f((quint64(quint32(x)) << 32) | quint32(y));
        }
    }
    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells;
};

} // namespace

// ---------------------------------------------------------------------------------------------- hit tests

MapFrame::Hit MapFrame::hitTest(QPointF p, double tolerance) const
{
    // Topmost first: single leads are drawn last, then clusters, then people over pair lines.
    for (qsizetype i = leads.size() - 1; i >= 0; --i) {
        const QPointF d = p - leads[i].at;
        if (std::hypot(d.x(), d.y()) <= leads[i].radius + tolerance)
            return { Hit::Kind::Lead, int(i) };
    }
    for (qsizetype i = clusters.size() - 1; i >= 0; --i) {
        const QPointF d = p - clusters[i].centre;
        if (std::hypot(d.x(), d.y()) <= clusters[i].radius + tolerance)
            return { Hit::Kind::Cluster, int(i) };
    }
    for (qsizetype i = people.size() - 1; i >= 0; --i) {
        if (people[i].rect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            return { Hit::Kind::Person, int(i) };
    }
    int best = -1;
    double bestDistance = tolerance + 2.0;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const double d = distanceToSegment(p, pairs[i].line);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    if (best >= 0)
        return { Hit::Kind::Pair, best };
    return {};
}

// ---------------------------------------------------------------------------------------------- frame state

struct MapRenderer::Frame
{
    QPainter& p;
    const MapViewport& v;
    const RenderOptions& o;
    MapFrame out;
    double zoom = 0;
    int cacheZoom = 0;
    double k = 1; // pixels at cacheZoom → screen
    QPointF offset;
    QRectF screen; // logical
    QRectF worldView; // world, a little larger than the screen
    bool raster = false;
    Occupancy occupied; // labels placed so far
    qint64 rasterNs = 0; // spent on new label images and cluster icons (RenderOptions::rasterBudgetMs)
    int rasterised = 0; // new label images and cluster icons drawn
    QElapsedTimer started; // the frame's (RenderOptions::frameDeadlineMs)

    /// Whether a new label image or cluster icon may still be drawn in this frame; marks the frame
    /// incomplete when not.
    bool mayRasterise()
    {
        const bool withinBudget = o.rasterBudgetMs <= 0.0 || double(rasterNs) < o.rasterBudgetMs * 1e6;
        const bool beforeDeadline = o.frameDeadlineMs <= 0.0 || rasterised == 0
            || double(started.nsecsElapsed()) < o.frameDeadlineMs * 1e6;
        if (withinBudget && beforeDeadline)
            return true;
        out.incomplete = true;
        return false;
    }
    /// Runs `draw` (which draws one new image) and charges its time to the budget.
    template <class Draw>
    decltype(auto) charged(Draw&& draw)
    {
        QElapsedTimer timer;
        timer.start();
        decltype(auto) made = draw();
        rasterNs += timer.nsecsElapsed();
        ++rasterised;
        return made;
    }

    bool has(Layer l) const { return o.layers.testFlag(l); }
    QPointF toScreen(QPointF world) const { return v.worldToScreen(world); }
    QPolygonF ringToScreen(const QPolygonF& px) const
    {
        QPolygonF s;
        s.reserve(px.size());
        for (const QPointF& q : px)
            s.append(QPointF(q.x() * k - offset.x(), q.y() * k - offset.y()));
        return s;
    }
};

MapRenderer::MapRenderer(const MapScene& scene)
    : m_scene(scene)
{
    m_font.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans") });
    m_labels.setMaxCost(24 << 20);
    m_clusters.setMaxCost(16 << 20);
}

MapRenderer::~MapRenderer() = default;

QImage MapRenderer::render(const MapViewport& viewport, const RenderOptions& options, MapFrame* frame)
{
    const qreal dpr = viewport.devicePixelRatio();
    QImage image(QSize(int(std::ceil(viewport.size().width() * dpr)), int(std::ceil(viewport.size().height() * dpr))),
        QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    MapFrame drawn = paint(painter, viewport, options);
    painter.end();
    if (frame)
        *frame = std::move(drawn);
    return image;
}

MapFrame MapRenderer::paint(QPainter& painter, const MapViewport& viewport, const RenderOptions& options)
{
    Frame f { painter, viewport, options, {} };
    f.started.start();
    f.zoom = viewport.zoom();
    f.cacheZoom = std::clamp(int(std::ceil(f.zoom - 0.01)), 0, 22);
    f.k = viewport.scale() / WebMercator::worldSize(f.cacheZoom);
    f.offset
        = viewport.centre() * viewport.scale() - QPointF(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    f.screen = QRectF(QPointF(0, 0), viewport.size());
    const QRectF wr = viewport.worldRect();
    const double margin = 48.0 / viewport.scale();
    f.worldView = wr.adjusted(-margin, -margin, margin, margin);
    f.raster = options.tiles && options.layers.testFlag(Layer::Basemap);

    painter.save();
    painter.setClipRect(f.screen);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintBackground(f);
    if (f.raster)
        paintTiles(f);
    paintUnits(f);
    if (f.has(Layer::Heatmap))
        paintHeatmap(f);
    collectMarkers(f);
    paintPairs(f);
    if (f.has(Layer::Labels))
        paintLabels(f);
    paintMarkers(f);
    if (options.editor)
        paintEditor(f);
    if (!options.measure.isEmpty())
        paintMeasure(f);
    if (options.pin)
        paintPin(f);
    paintDecorations(f);
    painter.restore();
    return std::move(f.out);
}

// ---------------------------------------------------------------------------------------------- background

void MapRenderer::paintBackground(Frame& f)
{
    f.p.fillRect(f.screen, f.raster ? QColor(0xe9, 0xe9, 0xe6) : MapStyle::landColor());
}

void MapRenderer::paintTiles(Frame& f)
{
    TileLoader& loader = *f.o.tiles;
    loader.beginFrame();
    const TileSource& source = loader.source();
    // Sharp on high-density screens: pick the level whose pixels match the device's.
    const int z = std::clamp(int(std::lround(f.zoom + std::log2(std::max<qreal>(1.0, f.v.devicePixelRatio())) - 0.3)),
        source.minZoom(), source.maxZoom());
    const double n = double(WebMercator::tileCount(z));
    const QRectF wr = f.v.worldRect();
    const int x0 = int(std::floor(wr.left() * n)), x1 = int(std::floor(wr.right() * n));
    const int y0 = std::max(0, int(std::floor(wr.top() * n))),
              y1 = std::min(int(n) - 1, int(std::floor(wr.bottom() * n)));
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const int wrapped = int(((tx % int(n)) + int(n)) % int(n));
            const geo::TileId id { wrapped, ty, z };
            const QPointF tl = f.toScreen(QPointF(tx / n, ty / n));
            const QPointF br = f.toScreen(QPointF((tx + 1) / n, (ty + 1) / n));
            const QRectF target(tl, br);
            const QImage tile = loader.request(id);
            if (!tile.isNull()) {
                f.p.drawImage(target, tile);
            } else if (const auto stand = loader.standIn(id)) {
                f.p.drawImage(target, stand->image, stand->sourceRect);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------- polygons

void MapRenderer::paintUnits(Frame& f)
{
    QPainter& p = f.p;
    const auto visible = [&](int i) {
        return !m_scene.unit(i).rings.isEmpty() && m_scene.unit(i).worldBounds.intersects(f.worldView);
    };
    const auto path = [&](int i) {
        QPainterPath pp;
        pp.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : m_scene.unitRings(i, f.cacheZoom))
            pp.addPolygon(f.ringToScreen(ring));
        return pp;
    };
    const auto stroke = [&](int i, const QPen& pen) {
        p.setPen(pen);
        // Solid outlines only where they come near the screen: Qt strokes a whole polyline before clipping, and
        // a district's outline is mostly off screen once zoomed in. Dashes would restart at every cut and crawl
        // as the view pans, so dashed outlines are drawn whole.
        const bool cut = pen.style() == Qt::SolidLine;
        const QRectF near = f.screen.adjusted(-pen.widthF() - 2, -pen.widthF() - 2, pen.widthF() + 2, pen.widthF() + 2);
        for (const QPolygonF& ring : m_scene.unitRings(i, f.cacheZoom)) {
            const QPolygonF screen = f.ringToScreen(ring);
            if (cut)
                forRunsNear(screen, near, [&](const QPointF* points, int count) { p.drawPolyline(points, count); });
            else
                p.drawPolyline(screen);
        }
    };
    const QList<int>& districts = m_scene.unitsOf(UnitLevel::District);
    const QList<int>& streets = m_scene.unitsOf(UnitLevel::Street);
    const QList<int>& communities = m_scene.unitsOf(UnitLevel::Community);

    // Fills (vector basemap only: over raster tiles they would hide the imagery).
    if (!f.raster) {
        // Without antialiasing: these fills cover the screen, where antialiased filling costs four times as much
        // (1.6 against 0.4 ms per screenful), and each fill's edge lies under its own outline, drawn below.
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        if (f.has(Layer::District)) {
            for (int i : districts) {
                if (visible(i)) {
                    p.setBrush(MapStyle::districtFill());
                    p.drawPath(path(i));
                }
            }
        }
        if (f.has(Layer::Streets)) {
            for (int i : streets) {
                if (visible(i)) {
                    p.setBrush(MapStyle::streetTint(m_scene.unit(i).tint));
                    p.drawPath(path(i));
                }
            }
        }
        p.setRenderHint(QPainter::Antialiasing, true);
    }
    const double lineScale = std::clamp((f.zoom - 10.0) / 6.0, 0.6, 1.25);
    const auto pen = [&](QColor c, double width, Qt::PenStyle style = Qt::SolidLine) {
        QPen pen(c, width * lineScale, style, Qt::RoundCap, Qt::RoundJoin);
        return pen;
    };
    if (f.has(Layer::Grids) && f.zoom >= GridLinesFrom) {
        const int alpha = int(std::clamp((f.zoom - GridLinesFrom) / 1.2, 0.0, 1.0) * 255);
        for (int i : m_scene.gridsOf(GridKind::Community)) {
            if (visible(i))
                ++f.out.visibleUnits;
        }
        // One mesh, shared edges once, one draw call.
        const MapScene::LineMesh& mesh = m_scene.gridMesh(f.cacheZoom);
        const double k = f.v.scale() / WebMercator::worldSize(mesh.zoom); // the mesh's pixels → screen
        const QRectF view((f.screen.topLeft() + f.offset) / k, (f.screen.bottomRight() + f.offset) / k);
        const double b = MapScene::LineMesh::BucketPixels;
        std::vector<char> taken(mesh.lines.size(), 0);
        QList<QLineF> lines;
        for (qint64 by = qint64(std::floor(view.top() / b)); by <= qint64(std::floor(view.bottom() / b)); ++by) {
            for (qint64 bx = qint64(std::floor(view.left() / b)); bx <= qint64(std::floor(view.right() / b)); ++bx) {
                const auto it = mesh.buckets.constFind((quint64(bx) << 32) | quint32(by));
                if (it == mesh.buckets.constEnd())
                    continue;
                for (int index : *it) {
                    if (taken[size_t(index)])
                        continue;
                    taken[size_t(index)] = 1;
                    const QLineF& l = mesh.lines[size_t(index)];
                    lines.append(QLineF(l.x1() * k - f.offset.x(), l.y1() * k - f.offset.y(), l.x2() * k - f.offset.x(),
                        l.y2() * k - f.offset.y()));
                }
            }
        }
        p.setPen(pen(withAlpha(MapStyle::gridLine(), alpha), 0.9));
        p.drawLines(lines);
    }
    if (f.has(Layer::BuildingGrids) && f.zoom >= GridLinesFrom) {
        for (int i : m_scene.gridsOf(GridKind::Building)) {
            if (visible(i)) {
                p.setPen(Qt::NoPen);
                p.setBrush(withAlpha(MapStyle::buildingGridLine(), 34));
                p.drawPath(path(i));
                QPen dashed = pen(MapStyle::buildingGridLine(), 1.2, Qt::CustomDashLine);
                dashed.setDashPattern({ 3, 2 });
                stroke(i, dashed);
                ++f.out.visibleUnits;
            }
        }
    }
    if (f.has(Layer::PoliceGrids) && f.zoom >= GridLinesFrom) {
        for (int i : m_scene.gridsOf(GridKind::Police)) {
            if (visible(i)) {
                stroke(i, pen(MapStyle::policeGridLine(), 1.2, Qt::DashDotLine));
                ++f.out.visibleUnits;
            }
        }
    }
    if (f.has(Layer::Communities) && f.zoom >= 11.8) {
        // Solid: Qt dashes every stroke segment by segment, which costs milliseconds per community at street zooms.
        const QPen line = pen(MapStyle::communityLine(), 1.3);
        for (int i : communities) {
            if (visible(i)) {
                stroke(i, line);
                ++f.out.visibleUnits;
            }
        }
    }
    if (f.has(Layer::Streets)) {
        for (int i : streets) {
            if (visible(i)) {
                if (f.raster)
                    stroke(i, pen(QColor(255, 255, 255, 170), 4.0));
                stroke(i, pen(MapStyle::streetLine(), 1.6));
                ++f.out.visibleUnits;
            }
        }
    }
    if (f.has(Layer::District)) {
        for (int i : districts) {
            if (visible(i)) {
                stroke(
                    i, QPen(withAlpha(MapStyle::districtLine(), 45), 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                stroke(i, QPen(MapStyle::districtLine(), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                ++f.out.visibleUnits;
            }
        }
    }
    // Hover and selection above every outline.
    for (const auto& [index, fillAlpha, width] :
        { std::tuple { f.o.hoveredUnit, 22, 2.0 }, std::tuple { f.o.selectedUnit, 34, 3.0 } }) {
        if (index < 0 || index >= m_scene.unitCount() || !visible(index))
            continue;
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(MapStyle::selectionColor(), fillAlpha));
        p.drawPath(path(index));
        stroke(index, QPen(withAlpha(QColor(Qt::white), 200), width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        stroke(index, QPen(MapStyle::selectionColor(), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    p.setBrush(Qt::NoBrush);
}

// ---------------------------------------------------------------------------------------------- heatmap

QImage MapRenderer::heatImage(const Frame& f, QRectF* worldArea)
{
    // One cell per few pixels over the view and a margin, so a pan reuses the image.
    constexpr double CellPixels = 6.0;
    constexpr int BlurCells = 3;
    const QRectF view = f.v.worldRect();
    const double mx = view.width() * 0.5, my = view.height() * 0.5;
    const QRectF area = view.adjusted(-mx, -my, mx, my);
    const double cellWorld = CellPixels / f.v.scale();
    const int w = std::max(1, int(std::ceil(area.width() / cellWorld)));
    const int h = std::max(1, int(std::ceil(area.height() / cellWorld)));
    std::vector<float> grid(size_t(w) * size_t(h), 0.0f);
    const geo::LonLat nw = WebMercator::fromWorld(area.topLeft());
    const geo::LonLat se = WebMercator::fromWorld(area.bottomRight());
    const auto& leads = m_scene.data().leads;
    const qint64 from = f.o.heatFromMs, to = f.o.heatToMs;
    const bool amount = f.o.heatWeight == HeatWeight::Amount;
    m_scene.leadClusters().points().visit(geo::BBox::of(nw.lon, se.lat, se.lon, nw.lat), [&](qint64 key, geo::LonLat) {
        const MapLead& lead = leads.at(key);
        if ((from > 0 && lead.createdMs < from) || (to > 0 && lead.createdMs > to))
            return;
        const QPointF world = m_scene.leadWorld(key);
        const int cx = int((world.x() - area.left()) / cellWorld), cy = int((world.y() - area.top()) / cellWorld);
        if (cx < 0 || cy < 0 || cx >= w || cy >= h)
            return;
        // Amounts span orders of magnitude: the logarithm keeps one large case from hiding the rest.
        grid[size_t(cy) * size_t(w) + size_t(cx)]
            += amount ? float(std::log1p(double(lead.amountCents) / 100.0)) : 1.0f;
    });
    for (int pass = 0; pass < 3; ++pass)
        boxBlur(grid, w, h, BlurCells / 2 + 1);
    float top = 0.0f;
    for (float v : grid)
        top = std::max(top, v);
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (top > 0.0f) {
        // The ramp in 1024 steps, computed once: finer than its 8-bit channels can show.
        static const std::array<QRgb, 1025> ramp = [] {
            std::array<QRgb, 1025> colours {};
            for (size_t i = 0; i < colours.size(); ++i)
                colours[i] = heatColour(double(i) / 1024.0);
            return colours;
        }();
        const float toStep = 1024.0f / top;
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            const float* cells = grid.data() + size_t(y) * size_t(w);
            for (int x = 0; x < w; ++x) {
                if (cells[x] > 0.002f * top)
                    line[x] = ramp[size_t(std::lround(std::min(cells[x] * toStep, 1024.0f)))];
            }
        }
    }
    *worldArea = area;
    return image;
}

void MapRenderer::paintHeatmap(Frame& f)
{
    const QRectF view = f.v.worldRect();
    HeatCache& c = m_heat;
    const bool reusable = !c.image.isNull() && std::abs(c.zoom - f.zoom) < 1e-9 && c.from == f.o.heatFromMs
        && c.to == f.o.heatToMs && c.weight == f.o.heatWeight && c.leads == &m_scene.data().leads
        && c.leadCount == m_scene.data().leads.size() && c.worldArea.contains(view);
    if (!reusable) {
        c.image = heatImage(f, &c.worldArea);
        c.zoom = f.zoom;
        c.from = f.o.heatFromMs;
        c.to = f.o.heatToMs;
        c.weight = f.o.heatWeight;
        c.leads = &m_scene.data().leads;
        c.leadCount = m_scene.data().leads.size();
    }
    const QRectF target(f.toScreen(c.worldArea.topLeft()), f.toScreen(c.worldArea.bottomRight()));
    f.p.drawImage(target, c.image);
}

// ---------------------------------------------------------------------------------------------- markers

void MapRenderer::collectMarkers(Frame& f)
{
    const MapData& data = m_scene.data();
    // People and pair lines.
    const bool sentinels = f.has(Layer::Sentinels), volunteers = f.has(Layer::Volunteers), pairs = f.has(Layer::Pairs);
    QSet<int> mine; // people of my pairs, for the "my pairs" filter
    if (f.o.onlyMyPairs) {
        mine.insert(m_scene.personIndex(data.myPersonId));
        for (int i = 0; i < data.pairings.size(); ++i) {
            if (m_scene.isMyPairing(i)) {
                mine.insert(m_scene.personIndex(data.pairings.at(i).sentinelId));
                mine.insert(m_scene.personIndex(data.pairings.at(i).volunteerId));
            }
        }
    }
    if (pairs) {
        for (int i = 0; i < data.pairings.size(); ++i) {
            if (f.o.onlyMyPairs && !m_scene.isMyPairing(i))
                continue;
            const int a = m_scene.personIndex(data.pairings.at(i).sentinelId);
            const int b = m_scene.personIndex(data.pairings.at(i).volunteerId);
            if (a < 0 || b < 0 || !m_scene.personWorld(a) || !m_scene.personWorld(b))
                continue;
            const QLineF line(f.toScreen(*m_scene.personWorld(a)), f.toScreen(*m_scene.personWorld(b)));
            if (lineMayCross(line, f.screen))
                f.out.pairs.append({ line, i });
        }
    }
    if (sentinels || volunteers) {
        for (int i = 0; i < data.people.size(); ++i) {
            const MapPerson& person = data.people.at(i);
            if ((person.volunteer && !volunteers) || (!person.volunteer && !sentinels) || !m_scene.personWorld(i))
                continue;
            if (f.o.onlyMyPairs && !mine.contains(i))
                continue;
            const QPointF at = f.toScreen(*m_scene.personWorld(i));
            const double half = f.zoom >= PersonGlyphsFrom ? 11.0 : 5.0;
            const QRectF rect(at - QPointF(half, half), QSizeF(2 * half, 2 * half));
            if (rect.intersects(f.screen))
                f.out.people.append({ rect, i });
        }
    }
    if (!f.has(Layer::Leads) || data.leads.isEmpty())
        return;
    const geo::ClusterIndex& index = m_scene.leadClusters();
    const QRectF wv = f.worldView;
    const geo::LonLat nw = WebMercator::fromWorld(wv.topLeft());
    const geo::LonLat se = WebMercator::fromWorld(wv.bottomRight());
    // 64 px cells one level up: 128 px on screen keeps clusters from crowding each other.
    const int clusterZoom = std::clamp(int(std::lround(f.zoom)) - ClusterZoomOffset, 0, index.maxZoom());
    for (const geo::Cluster& c : index.clusters(geo::BBox::of(nw.lon, se.lat, se.lon, nw.lat), clusterZoom)) {
        if (c.count == 1) {
            f.out.leads.append({ f.toScreen(m_scene.leadWorld(c.key)), 6.5, int(c.key) });
            continue;
        }
        // The members' mean in world coordinates (ClusterIndex gives it as a position).
        const QPointF centre = f.toScreen(WebMercator::toWorld(c.centre));
        const int expansion = index.expansionZoom(c) + ClusterZoomOffset; // the view zoom at which it splits
        const bool inseparable = expansion > int(MapViewport::MaxZoom);
        if (f.zoom >= SpreadFromZoom && inseparable && c.count <= MaxSpread) {
            const QList<qint64> members = index.members(c);
            const QList<QPointF> offsets = geo::spreadOffsets(int(members.size()), 17.0);
            for (qsizetype m = 0; m < members.size(); ++m)
                f.out.leads.append({ centre + offsets.value(m), 6.0, int(members[m]) });
            // The spot they share, so the fan reads as "all of these are here".
            f.out.clusters.append({ centre, 0.0, c, expansion });
            continue;
        }
        const double radius = std::clamp(11.0 + 5.0 * std::log10(double(c.count)), 13.0, 30.0);
        f.out.clusters.append({ centre, radius, c, expansion });
    }
}

void MapRenderer::paintPairs(Frame& f)
{
    if (f.out.pairs.isEmpty())
        return;
    for (const MapFrame::PairLine& pair : std::as_const(f.out.pairs)) {
        const bool mineLine = m_scene.isMyPairing(pair.pairing);
        const bool highlighted = pair.pairing == f.o.highlightedPairing;
        const QColor colour = mineLine ? MapStyle::myPairColor() : MapStyle::pairColor();
        const double width = (highlighted ? 4.5 : mineLine ? 3.2 : 2.2) * (f.zoom < PersonGlyphsFrom ? 0.65 : 1.0);
        f.p.setPen(QPen(QColor(255, 255, 255, 200), width + 2.5, Qt::SolidLine, Qt::RoundCap));
        f.p.drawLine(pair.line);
        f.p.setPen(QPen(withAlpha(colour, highlighted ? 255 : 215), width, Qt::SolidLine, Qt::RoundCap));
        f.p.drawLine(pair.line);
    }
}

const QPixmap& MapRenderer::personPixmap(bool volunteer, bool highlighted, qreal dpr)
{
    const int key = (volunteer ? 1 : 0) | (highlighted ? 2 : 0) | (int(std::lround(dpr * 100)) << 2);
    if (const auto it = m_personPixmaps.constFind(key); it != m_personPixmaps.constEnd())
        return *it;
    const double size = highlighted ? 28.0 : 22.0;
    QPixmap pixmap(QSize(int(std::ceil((size + 6) * dpr)), int(std::ceil((size + 6) * dpr))));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF body(3, 3, size, size);
    const QColor colour = volunteer ? MapStyle::volunteerColor() : MapStyle::sentinelColor();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 50));
    const QRectF shadow = body.translated(0, 1.2);
    if (volunteer)
        p.drawRoundedRect(shadow, 5, 5);
    else
        p.drawEllipse(shadow);
    p.setPen(QPen(Qt::white, highlighted ? 2.5 : 1.8));
    p.setBrush(colour);
    if (volunteer)
        p.drawRoundedRect(body, 5, 5);
    else
        p.drawEllipse(body);
    p.setPen(Qt::white);
    p.setFont(sized(m_font, size * 0.56, QFont::Bold));
    p.drawText(body, Qt::AlignCenter, volunteer ? MapStyle::volunteerGlyph() : MapStyle::sentinelGlyph());
    p.end();
    return *m_personPixmaps.insert(key, pixmap);
}

namespace {
// A pixel ratio as a cache key: thousandths.
int dprKey(qreal dpr)
{
    return int(std::lround(dpr * 1000));
}

// Shapes are quantised (1/48 of the ring per category, whole pixels of radius) so that panning reuses them.
MapRenderer::ClusterIconKey clusterKey(
    const QList<qsizetype>& counts, qsizetype total, double radius, LeadColouring colouring, qreal dpr)
{
    MapRenderer::ClusterIconKey key;
    key.total = total;
    key.radius = int(std::lround(radius));
    key.colouring = int(colouring);
    key.dpr = dprKey(dpr);
    Q_ASSERT(counts.size() <= qsizetype(key.shares.size()));
    for (qsizetype k = 0; k < counts.size() && k < qsizetype(key.shares.size()); ++k)
        key.shares[size_t(k)] = quint8(std::lround(48.0 * double(counts[k]) / double(std::max<qsizetype>(total, 1))));
    return key;
}

MapRenderer::LabelKey labelKey(const QString& text, const QFont& font, const QColor& colour, qreal dpr)
{
    return { text, font.pixelSize(), font.weight(), colour.rgba(), dprKey(dpr) };
}
} // namespace

const QPixmap* MapRenderer::budgetedClusterPixmap(
    Frame& f, const QList<qsizetype>& counts, qsizetype total, double radius, LeadColouring colouring)
{
    const qreal dpr = f.v.devicePixelRatio();
    if (const QPixmap* cached = m_clusters.object(clusterKey(counts, total, radius, colouring, dpr)))
        return cached;
    if (!f.mayRasterise())
        return nullptr;
    return &f.charged([&]() -> const QPixmap& { return clusterPixmap(counts, total, radius, colouring, dpr); });
}

const QImage* MapRenderer::budgetedLabelImage(Frame& f, const QString& text, const QFont& font, const QColor& colour)
{
    const qreal dpr = f.v.devicePixelRatio();
    if (const QImage* cached = m_labels.object(labelKey(text, font, colour, dpr)))
        return cached;
    if (!f.mayRasterise())
        return nullptr;
    return &f.charged([&]() -> const QImage& { return labelImage(text, font, colour, dpr); });
}

const MapRenderer::ClusterParts& MapRenderer::clusterParts(int r, qreal dpr)
{
    const quint64 key = (quint64(r) << 32) | quint32(dprKey(dpr));
    if (const auto it = m_clusterParts.constFind(key); it != m_clusterParts.constEnd())
        return *it;
    const double side = 2.0 * r + 4;
    const QPointF centre(side / 2.0, side / 2.0 - 0.75);
    const QRectF outer(centre - QPointF(r, r), QSizeF(2.0 * r, 2.0 * r));
    const auto layer = [&](auto&& draw) {
        QPixmap pixmap(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))));
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p);
        return pixmap;
    };
    ClusterParts made;
    made.under = layer([&](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 45));
        p.drawEllipse(outer.translated(0, 1.5));
    });
    made.over = layer([&](QPainter& p) {
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(outer);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(centre, r * 0.62, r * 0.62);
    });
    return *m_clusterParts.insert(key, made);
}

const QPixmap& MapRenderer::clusterPixmap(
    const QList<qsizetype>& counts, qsizetype total, double radius, LeadColouring colouring, qreal dpr)
{
    const ClusterIconKey key = clusterKey(counts, total, radius, colouring, dpr);
    if (const QPixmap* cached = m_clusters.object(key))
        return *cached;
    const double r = std::round(radius);
    const double side = 2 * r + 4;
    const ClusterParts& parts = clusterParts(int(r), dpr);
    auto* pixmap = new QPixmap(parts.under.size());
    pixmap->setDevicePixelRatio(dpr);
    pixmap->fill(Qt::transparent);
    QPainter p(pixmap);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QPointF centre(side / 2.0, side / 2.0 - 0.75);
    const QRectF outer(centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
    p.drawPixmap(QPointF(0, 0), parts.under);
    p.setPen(Qt::NoPen);
    const int kinds = int(std::count_if(counts.begin(), counts.end(), [](qsizetype n) { return n > 0; }));
    qsizetype cumulative = 0;
    for (int k = 0; k < counts.size(); ++k) {
        if (counts[k] == 0)
            continue;
        p.setBrush(MapStyle::categoryColor(colouring, k));
        if (kinds == 1) {
            p.drawEllipse(outer);
            break;
        }
        // Clockwise from twelve o'clock, in 1/16 degrees; cumulative rounding closes the ring exactly.
        const int from = int(std::lround(90.0 * 16 - 360.0 * 16 * double(cumulative) / double(total)));
        cumulative += counts[k];
        const int to = int(std::lround(90.0 * 16 - 360.0 * 16 * double(cumulative) / double(total)));
        p.drawPie(outer, from, to - from);
    }
    p.drawPixmap(QPointF(0, 0), parts.over);
    const double inner = r * 0.62;
    p.setPen(QColor(0x26, 0x2b, 0x33));
    const QString text = formatCount(total);
    p.setFont(sized(m_font, std::clamp(inner * (text.size() > 3 ? 0.78 : 0.95), 9.0, 15.0), QFont::Bold));
    p.drawText(QRectF(centre - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner)), Qt::AlignCenter, text);
    p.end();
    const qsizetype cost = qsizetype(side * side * dpr * dpr * 4);
    m_clusters.insert(key, pixmap, cost);
    return *m_clusters.object(key);
}

const QPixmap& MapRenderer::leadPixmap(const QColor& colour, double radius, qreal dpr)
{
    const LeadDotKey key { colour.rgba(), radius, dpr };
    if (const auto it = m_leadPixmaps.constFind(key); it != m_leadPixmaps.constEnd())
        return *it;
    const double side = 2 * radius + 5;
    QPixmap pixmap(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(side / 2.0, side / 2.0 - 0.6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawEllipse(centre + QPointF(0, 1.2), radius, radius);
    p.setPen(QPen(Qt::white, 1.6));
    p.setBrush(colour);
    p.drawEllipse(centre, radius, radius);
    p.end();
    return *m_leadPixmaps.insert(key, pixmap);
}

void MapRenderer::paintMarkers(Frame& f)
{
    QPainter& p = f.p;
    const qreal dpr = f.v.devicePixelRatio();
    for (const MapFrame::PersonMark& mark : std::as_const(f.out.people)) {
        const bool highlighted = mark.person == f.o.highlightedPerson;
        if (f.zoom < PersonGlyphsFrom && !highlighted) {
            // The district view: small shapes in the same colours, so a hundred people do not bury the map.
            const bool volunteer = m_scene.data().people.at(mark.person).volunteer;
            p.setPen(QPen(Qt::white, 1.3));
            p.setBrush(volunteer ? MapStyle::volunteerColor() : MapStyle::sentinelColor());
            const QRectF body = mark.rect.adjusted(0.5, 0.5, -0.5, -0.5);
            if (volunteer)
                p.drawRoundedRect(body, 2, 2);
            else
                p.drawEllipse(body);
            continue;
        }
        const QPixmap& pixmap = personPixmap(m_scene.data().people.at(mark.person).volunteer, highlighted, dpr);
        const QSizeF size = pixmap.deviceIndependentSize();
        p.drawPixmap(
            QPointF(mark.rect.center().x() - size.width() / 2.0, mark.rect.center().y() - size.height() / 2.0), pixmap);
    }
    const LeadColouring colouring = m_scene.colouring();
    const geo::ClusterIndex& index = m_scene.leadClusters();
    for (const MapFrame::ClusterMark& c : std::as_const(f.out.clusters)) {
        if (c.radius <= 0.0) {
            // The shared spot of a spread group: a dot with leader lines out to the members.
            p.setPen(QPen(QColor(60, 60, 60, 150), 1.0));
            for (const MapFrame::LeadMark& m : std::as_const(f.out.leads)) {
                if (std::abs(m.at.x() - c.centre.x()) < 60 && std::abs(m.at.y() - c.centre.y()) < 60)
                    p.drawLine(c.centre, m.at);
            }
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(QColor(40, 40, 40));
            p.drawEllipse(c.centre, 3.5, 3.5);
            continue;
        }
        const QList<qsizetype> counts = index.categoryCounts(c.cluster);
        const QPixmap* icon = budgetedClusterPixmap(f, counts, c.cluster.count, c.radius, colouring);
        if (!icon) {
            // Out of budget: a dot in the cluster's main colour stands in until the next frame draws its icon.
            const auto main = std::max_element(counts.begin(), counts.end());
            icon = &leadPixmap(MapStyle::categoryColor(colouring, int(main - counts.begin())), c.radius, dpr);
        }
        const QSizeF s = icon->deviceIndependentSize();
        p.drawPixmap(c.centre - QPointF(s.width() / 2.0, s.height() / 2.0), *icon);
    }
    const MapData& data = m_scene.data();
    const MapFrame::LeadMark* highlighted = nullptr;
    for (const MapFrame::LeadMark& m : std::as_const(f.out.leads)) {
        if (m.lead == f.o.highlightedLead) {
            highlighted = &m;
            continue;
        }
        const MapLead& lead = data.leads.at(m.lead);
        const QPixmap& dot
            = leadPixmap(MapStyle::categoryColor(colouring, MapStyle::category(colouring, lead.status, lead.riskLevel)),
                m.radius, dpr);
        const QSizeF s = dot.deviceIndependentSize();
        p.drawPixmap(m.at - QPointF(s.width() / 2.0, s.height() / 2.0 - 0.6), dot);
    }
    if (highlighted) {
        const MapLead& lead = data.leads.at(highlighted->lead);
        const QColor colour
            = MapStyle::categoryColor(colouring, MapStyle::category(colouring, lead.status, lead.riskLevel));
        p.setPen(QPen(MapStyle::selectionColor(), 3.0));
        p.setBrush(Qt::white);
        p.drawEllipse(highlighted->at, 12.0, 12.0);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(colour);
        p.drawEllipse(highlighted->at, 8.0, 8.0);
    }
}

// ---------------------------------------------------------------------------------------------- labels

const QImage& MapRenderer::labelImage(const QString& text, const QFont& font, const QColor& colour, qreal dpr)
{
    const LabelKey key = labelKey(text, font, colour, dpr);
    if (QImage* cached = m_labels.object(key))
        return *cached;
    const QFontMetricsF fm(font);
    const double halo = 2.6;
    const QSizeF size(fm.horizontalAdvance(text) + 2 * halo + 2, fm.height() + 2 * halo);
    auto* image = new QImage(QSize(int(std::ceil(size.width() * dpr)), int(std::ceil(size.height() * dpr))),
        QImage::Format_ARGB32_Premultiplied);
    image->setDevicePixelRatio(dpr);
    image->fill(Qt::transparent);
    QPainter p(image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QPainterPath path;
    path.addText(QPointF(halo + 1, halo + fm.ascent()), font, text);
    p.setPen(QPen(QColor(255, 255, 255, 235), 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(path);
    p.end();
    const qsizetype cost = image->sizeInBytes();
    m_labels.insert(key, image, cost);
    return *m_labels.object(key);
}

void MapRenderer::paintLabels(Frame& f)
{
    const double z = f.zoom;
    struct Kind
    {
        UnitLevel level;
        bool shown;
        QFont font;
        QColor colour;
        double fit; // label width may be at most this share of the unit's width on screen (0: always)
    };
    const Kind kinds[] = {
        { UnitLevel::District, z < DistrictLabelsBelow && f.has(Layer::District), sized(m_font, 21, QFont::Bold),
            QColor(0x2f, 0x36, 0x45), 0.0 },
        { UnitLevel::Street, z >= StreetLabelsFrom && z < StreetLabelsBelow && f.has(Layer::Streets),
            sized(m_font, 13.5, QFont::DemiBold), QColor(0x37, 0x3d, 0x4a), 1.3 },
        { UnitLevel::Community, z >= CommunityLabelsFrom && z < CommunityLabelsBelow && f.has(Layer::Communities),
            sized(m_font, 11.5, QFont::Normal), QColor(0x4a, 0x50, 0x5c), 1.15 },
        { UnitLevel::Grid,
            z >= GridLabelsFrom && (f.has(Layer::Grids) || f.has(Layer::BuildingGrids) || f.has(Layer::PoliceGrids)),
            sized(m_font, 10.5, QFont::Normal), QColor(0x60, 0x66, 0x72), 1.0 },
    };
    // Small marks keep their labels out of the way; district and street names may run under them.
    Occupancy marks;
    for (const MapFrame::PersonMark& m : std::as_const(f.out.people))
        marks.add(m.rect);
    for (const MapFrame::ClusterMark& c : std::as_const(f.out.clusters))
        marks.add(QRectF(c.centre - QPointF(c.radius, c.radius), QSizeF(2 * c.radius, 2 * c.radius)));
    for (const MapFrame::LeadMark& m : std::as_const(f.out.leads))
        marks.add(QRectF(m.at - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius)));
    for (const Kind& kind : kinds) {
        if (!kind.shown)
            continue;
        for (int i : m_scene.unitsOf(kind.level)) {
            const MapScene::Unit& unit = m_scene.unit(i);
            const MapUnit& data = m_scene.unitData(i);
            if (unit.rings.isEmpty() || !f.worldView.contains(unit.labelAnchor))
                continue;
            if (kind.level == UnitLevel::Grid) {
                const std::optional<GridKind> grid = unit.gridKind;
                const bool show = (grid == GridKind::Community && f.has(Layer::Grids))
                    || (grid == GridKind::Building && f.has(Layer::BuildingGrids))
                    || (grid == GridKind::Police && f.has(Layer::PoliceGrids));
                if (!show)
                    continue;
            }
            QString text = data.name;
            if (kind.level == UnitLevel::Community)
                text = shortCommunityName(text);
            else if (kind.level == UnitLevel::Grid && z < 17.5) {
                const int community = m_scene.unitIndex(data.parentId);
                if (community >= 0)
                    text = shortGridName(text, m_scene.unitData(community).name);
            }
            const QImage* drawn = budgetedLabelImage(f, text, kind.font, kind.colour);
            if (!drawn)
                return; // the rest next frame, in the same order, so that no label moves when it comes
            const QImage& image = *drawn;
            const QSizeF size = image.deviceIndependentSize();
            if (kind.fit > 0.0) {
                const double unitWidth = unit.worldBounds.width() * f.v.scale();
                const double unitHeight = unit.worldBounds.height() * f.v.scale();
                if (size.width() > unitWidth * kind.fit || size.height() > unitHeight * 1.2)
                    continue;
            }
            const QPointF anchor = f.toScreen(unit.labelAnchor);
            const bool major = kind.level == UnitLevel::District || kind.level == UnitLevel::Street;
            // The label's own spot, else a few nearby ones that are free of markers and other labels.
            const QPointF shifts[]
                = { { 0, 0 }, { 0, -1.3 }, { 0, 1.3 }, { -0.65, 0 }, { 0.65, 0 }, { 0, -2.4 }, { 0, 2.4 } };
            std::optional<QRectF> placed;
            std::optional<QRectF> fallback;
            for (const QPointF& shift : shifts) {
                const QPointF at = anchor + QPointF(shift.x() * size.width(), shift.y() * size.height());
                if (shift != QPointF(0, 0) && !unit.worldBounds.contains(f.v.screenToWorld(at)))
                    continue; // a label stays over its own unit
                const QRectF rect(at - QPointF(size.width() / 2.0, size.height() / 2.0), size);
                if (!f.screen.adjusted(-size.width() / 3, -4, size.width() / 3, 4).contains(rect))
                    continue;
                const QRectF spaced = rect.adjusted(-3, -1, 3, 1);
                if (f.occupied.hits(spaced))
                    continue;
                if (!marks.hits(spaced)) {
                    placed = rect;
                    break;
                }
                if (major && !fallback && shift == QPointF(0, 0))
                    fallback = rect; // district and street names may run under markers rather than vanish
            }
            if (!placed)
                placed = fallback;
            if (!placed)
                continue;
            const QRectF rect = *placed;
            const QRectF spaced = rect.adjusted(-3, -1, 3, 1);
            f.p.drawImage(rect.topLeft(), image);
            f.occupied.add(spaced);
            f.out.labels.append({ rect, i });
        }
    }
}

// ---------------------------------------------------------------------------------------------- tools

void MapRenderer::paintMeasure(Frame& f)
{
    QPainter& p = f.p;
    QPolygonF line;
    for (const geo::LonLat& q : f.o.measure)
        line.append(f.v.toScreen(q));
    if (f.o.measureArea && line.size() >= 3) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0x6f, 0x00, 50));
        p.drawPolygon(line);
    }
    QPolygonF drawn = line;
    if (f.o.measureArea && line.size() >= 3)
        drawn.append(line.first());
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 230), 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(drawn);
    p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(drawn);
    p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2.0));
    p.setBrush(Qt::white);
    for (const QPointF& q : std::as_const(line))
        p.drawEllipse(q, 4.0, 4.0);
    // Running distances along the line, the total (or the area) at the end.
    double metres = 0.0;
    const QFont font = sized(m_font, 11.5, QFont::DemiBold);
    for (qsizetype i = 1; i < f.o.measure.size(); ++i) {
        metres += geo::haversineDistance(m_scene.toWgs84(f.o.measure[i - 1]), m_scene.toWgs84(f.o.measure[i]));
        if (f.o.measureArea && i + 1 < f.o.measure.size())
            continue;
        QString text = formatDistance(metres);
        if (f.o.measureArea && f.o.measure.size() >= 3) {
            geo::Ring ring;
            for (const geo::LonLat& q : f.o.measure)
                ring.append(m_scene.toWgs84(q));
            ring.append(ring.first());
            text = formatArea(geo::area(ring));
        }
        const QImage& image = labelImage(text, font, QColor(0xbf, 0x36, 0x0c), f.v.devicePixelRatio());
        p.drawImage(line[i] + QPointF(8, -image.deviceIndependentSize().height() - 2), image);
    }
}

void MapRenderer::paintEditor(Frame& f)
{
    QPainter& p = f.p;
    const PolygonEditor& editor = *f.o.editor;
    const QColor blue = MapStyle::selectionColor();
    QPainterPath area;
    area.setFillRule(Qt::OddEvenFill);
    for (const geo::Polygon& polygon : editor.geometry().polygons) {
        for (int r = 0; r <= polygon.holes.size(); ++r) {
            QPolygonF ring;
            for (const geo::LonLat& q : r == 0 ? polygon.outer : polygon.holes.at(r - 1))
                ring.append(f.v.toScreen(m_scene.toDisplay(q)));
            area.addPolygon(ring);
        }
    }
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(blue, 40));
    p.drawPath(area);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(area);
    p.setPen(QPen(blue, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(area);
    // Edge midpoints: drag one to add a vertex there.
    const QList<PolygonEditor::Vertex> vertices = editor.allVertices();
    for (const PolygonEditor::Vertex& v : vertices) {
        const QList<geo::LonLat> ring = editor.ringVertices(v.polygon, v.ring);
        const QPointF a = f.v.toScreen(m_scene.toDisplay(ring.at(v.index)));
        const QPointF b = f.v.toScreen(m_scene.toDisplay(ring.at((v.index + 1) % ring.size())));
        p.setPen(QPen(blue, 1.2));
        p.setBrush(QColor(255, 255, 255, 190));
        p.drawEllipse((a + b) / 2.0, 3.5, 3.5);
    }
    for (int i = 0; i < vertices.size(); ++i) {
        const QPointF at = f.v.toScreen(m_scene.toDisplay(editor.vertex(vertices[i])));
        const double half = i == f.o.editorActiveVertex ? 6.0 : 4.5;
        p.setPen(QPen(blue, 2.0));
        p.setBrush(i == f.o.editorActiveVertex ? blue : QColor(Qt::white));
        p.drawRect(QRectF(at - QPointF(half, half), QSizeF(2 * half, 2 * half)));
    }
    if (editor.isDrawing()) {
        QPolygonF line;
        for (const geo::LonLat& q : editor.drawnPoints())
            line.append(f.v.toScreen(m_scene.toDisplay(q)));
        QPen dashed(blue, 2.0, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(dashed);
        p.drawPolyline(line);
        p.setPen(QPen(blue, 2.0));
        p.setBrush(Qt::white);
        for (const QPointF& q : std::as_const(line))
            p.drawEllipse(q, 4.5, 4.5);
    }
    for (const PolygonEditor::Warning& w : editor.warnings()) {
        if (w.kind == PolygonEditor::Warning::Kind::TooFewPoints)
            continue;
        const QPointF at = f.v.toScreen(m_scene.toDisplay(w.at));
        p.setPen(QPen(Qt::white, 2.0));
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawEllipse(at, 7.0, 7.0);
        p.setPen(Qt::white);
        p.setFont(sized(m_font, 11, QFont::Bold));
        p.drawText(QRectF(at - QPointF(7, 7), QSizeF(14, 14)), Qt::AlignCenter, QStringLiteral("!"));
    }
}

void MapRenderer::paintPin(Frame& f)
{
    QPainter& p = f.p;
    const QPointF tip = f.v.toScreen(*f.o.pin);
    // A teardrop pin with its point on the place.
    QPainterPath pin;
    const double r = 10.0;
    const QPointF head = tip - QPointF(0, 26);
    pin.moveTo(tip);
    pin.cubicTo(tip + QPointF(-3, -8), head + QPointF(-r, r * 0.6), head + QPointF(-r, 0));
    pin.arcTo(QRectF(head - QPointF(r, r), QSizeF(2 * r, 2 * r)), 180, -180);
    pin.cubicTo(head + QPointF(r, r * 0.6), tip + QPointF(3, -8), tip);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 50));
    p.drawEllipse(tip, 6.0, 2.5);
    p.setPen(QPen(Qt::white, 2.0));
    p.setBrush(QColor(0xd3, 0x2f, 0x2f));
    p.drawPath(pin);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(head, 3.8, 3.8);
}

// ---------------------------------------------------------------------------------------------- decorations

std::pair<double, double> MapRenderer::scaleBarMetres(double metresPerPixel, double maxPixels)
{
    if (!(metresPerPixel > 0.0))
        return { 0.0, 0.0 };
    const double maxMetres = metresPerPixel * maxPixels;
    double unit = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double best = unit;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (unit * m <= maxMetres)
            best = unit * m;
    }
    return { best, best / metresPerPixel };
}

QString MapRenderer::formatDistance(double metres)
{
    // Round figures stay round ("5 km", not "5.00 km").
    const auto number = [](double v, int decimals) {
        QString text = QLocale().toString(v, 'f', decimals);
        if (text.contains(QLocale().decimalPoint())) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLocale().decimalPoint()))
                text.chop(QLocale().decimalPoint().size());
        }
        return text;
    };
    if (metres < 1000.0)
        return tr("%1 m").arg(number(metres, metres < 10 ? 1 : 0));
    return tr("%1 km").arg(number(metres / 1000.0, metres < 10000 ? 2 : 1));
}

QString MapRenderer::formatArea(double squareMetres)
{
    if (squareMetres < 10000.0)
        return tr("%1 m²").arg(QLocale().toString(squareMetres, 'f', 0));
    if (squareMetres < 1e6)
        return tr("%1 ha").arg(QLocale().toString(squareMetres / 10000.0, 'f', 2));
    return tr("%1 km²").arg(QLocale().toString(squareMetres / 1e6, 'f', 2));
}

QString MapRenderer::formatPosition(geo::LonLat p)
{
    return tr("%1° %2, %3° %4")
        .arg(QString::number(std::abs(p.lat), 'f', 5), p.lat >= 0 ? tr("N", "north") : tr("S", "south"),
            QString::number(std::abs(p.lon), 'f', 5), p.lon >= 0 ? tr("E", "east") : tr("W", "west"));
}

QString MapRenderer::formatCount(qsizetype count)
{
    if (count < 10000)
        return QString::number(count);
    if (QLocale().language() == QLocale::Chinese)
        return QStringLiteral("%1万").arg(QString::number(double(count) / 10000.0, 'f', count < 100000 ? 1 : 0));
    return QStringLiteral("%1k").arg(QString::number(double(count) / 1000.0, 'f', count < 100000 ? 1 : 0));
}

void MapRenderer::paintDecorations(Frame& f)
{
    QPainter& p = f.p;
    const double margin = 12.0;
    double bottom = f.screen.bottom() - margin - f.o.reservedBottomRight.height();
    if (f.o.attribution) {
        QString text;
        if (f.raster)
            text = f.o.tiles->source().attribution().isEmpty() ? tr("Basemap: %1").arg(f.o.tiles->source().name())
                                                               : f.o.tiles->source().attribution();
        else
            text = m_scene.data().districtName.isEmpty()
                ? tr("Basemap: grid boundaries")
                : tr("Basemap: grid boundaries of %1").arg(m_scene.data().districtName);
        if (m_scene.displayCrs() != geo::Crs::Wgs84)
            text += QStringLiteral(" · ")
                + tr("overlays shifted to %1").arg(geo::crsToString(m_scene.displayCrs()).toUpper());
        const QFont font = sized(m_font, 10);
        const QFontMetricsF fm(font);
        const QRectF box(f.screen.right() - margin - fm.horizontalAdvance(text) - 8, bottom - fm.height() - 2,
            fm.horizontalAdvance(text) + 8, fm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 190));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(QColor(0x55, 0x5b, 0x66));
        p.setFont(font);
        p.drawText(box, Qt::AlignCenter, text);
        bottom = box.top() - 6;
    }
    if (f.o.scaleBar) {
        const auto [metres, pixels] = scaleBarMetres(f.v.metresPerPixel(), 120.0);
        if (pixels > 0.0) {
            const QFont font = sized(m_font, 11, QFont::DemiBold);
            const QFontMetricsF fm(font);
            const QString text = formatDistance(metres);
            const double right = f.screen.right() - margin;
            const QRectF bar(right - pixels, bottom - 6, pixels, 6);
            const QRectF box = QRectF(bar.left() - 6, bar.top() - fm.height() - 4, pixels + 12, fm.height() + 14);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 200));
            p.drawRoundedRect(box, 3, 3);
            p.setPen(QPen(QColor(0x26, 0x2b, 0x33), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(QPolygonF { bar.topLeft(), bar.bottomLeft(), bar.bottomRight(), bar.topRight() });
            p.setFont(font);
            p.drawText(QRectF(box.left(), box.top() + 1, box.width(), fm.height()), Qt::AlignCenter, text);
            f.out.scaleBar = box;
        }
    }
    if (!f.o.title.isEmpty()) {
        const QFont titleFont = sized(m_font, 16, QFont::Bold);
        const QFont subFont = sized(m_font, 11);
        const QFontMetricsF tm(titleFont), sm(subFont);
        const double w = std::max(tm.horizontalAdvance(f.o.title),
                             f.o.subtitle.isEmpty() ? 0.0 : sm.horizontalAdvance(f.o.subtitle))
            + 24;
        const double h = tm.height() + (f.o.subtitle.isEmpty() ? 0.0 : sm.height() + 2) + 14;
        const QRectF box(margin, margin, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(box, 5, 5);
        p.setPen(QColor(0x1f, 0x24, 0x2c));
        p.setFont(titleFont);
        p.drawText(
            QRectF(box.left() + 12, box.top() + 7, w - 24, tm.height()), Qt::AlignLeft | Qt::AlignVCenter, f.o.title);
        if (!f.o.subtitle.isEmpty()) {
            p.setPen(QColor(0x55, 0x5b, 0x66));
            p.setFont(subFont);
            p.drawText(QRectF(box.left() + 12, box.top() + 9 + tm.height(), w - 24, sm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, f.o.subtitle);
        }
    }
    if (f.o.legend)
        paintLegend(f);
}

QList<MapRenderer::LegendEntry> MapRenderer::legendEntries(const Frame& f) const
{
    using Entry = LegendEntry;
    QList<Entry> entries;
    const LeadColouring colouring = m_scene.colouring();
    if (f.has(Layer::Leads) && !m_scene.data().leads.isEmpty()) {
        entries.append({ Entry::Symbol::Heading, {},
            colouring == LeadColouring::Risk ? tr("Leads by risk") : tr("Leads by status") });
        for (int k = 0; k < MapStyle::categoryCount(colouring); ++k) {
            if (colouring == LeadColouring::Status && k == 5)
                continue; // drafts are the filer's own; they rarely reach a map
            entries.append(
                { Entry::Symbol::Dot, MapStyle::categoryColor(colouring, k), MapStyle::categoryLabel(colouring, k) });
        }
        entries.append({ Entry::Symbol::Cluster, {}, tr("Number of leads in the area") });
    }
    if (f.has(Layer::Heatmap))
        entries.append({ Entry::Symbol::Heat, {},
            f.o.heatWeight == HeatWeight::Amount ? tr("Heat: amounts involved") : tr("Heat: number of leads") });
    const bool people = f.has(Layer::Sentinels) || f.has(Layer::Volunteers) || f.has(Layer::Pairs);
    if (people && !m_scene.data().people.isEmpty()) {
        entries.append({ Entry::Symbol::Heading, {}, tr("People") });
        if (f.has(Layer::Sentinels))
            entries.append({ Entry::Symbol::Sentinel, MapStyle::sentinelColor(), layerLabel(Layer::Sentinels) });
        if (f.has(Layer::Volunteers))
            entries.append({ Entry::Symbol::Volunteer, MapStyle::volunteerColor(), layerLabel(Layer::Volunteers) });
        if (f.has(Layer::Pairs)) {
            entries.append({ Entry::Symbol::Line, MapStyle::pairColor(), tr("Paired partners"), 2.2 });
            if (!m_scene.data().myPersonId.isEmpty())
                entries.append({ Entry::Symbol::Line, MapStyle::myPairColor(), tr("My pairs"), 3.2 });
        }
    }
    entries.append({ Entry::Symbol::Heading, {}, tr("Boundaries") });
    if (f.has(Layer::District))
        entries.append({ Entry::Symbol::Line, MapStyle::districtLine(), tr("District"), 2.4 });
    if (f.has(Layer::Streets))
        entries.append({ Entry::Symbol::Line, MapStyle::streetLine(), tr("Street"), 1.6 });
    if (f.has(Layer::Communities))
        entries.append({ Entry::Symbol::Line, MapStyle::communityLine(), tr("Community"), 1.3 });
    if (f.has(Layer::Grids) && !m_scene.gridsOf(GridKind::Community).isEmpty())
        entries.append({ Entry::Symbol::Line, MapStyle::gridLine(), layerLabel(Layer::Grids), 1.0 });
    if (f.has(Layer::BuildingGrids) && !m_scene.gridsOf(GridKind::Building).isEmpty())
        entries.append({ Entry::Symbol::Area, MapStyle::buildingGridLine(), layerLabel(Layer::BuildingGrids), 1.2 });
    if (f.has(Layer::PoliceGrids) && !m_scene.gridsOf(GridKind::Police).isEmpty())
        entries.append({ Entry::Symbol::DashedLine, MapStyle::policeGridLine(), layerLabel(Layer::PoliceGrids), 1.2 });
    return entries;
}

void MapRenderer::paintLegend(Frame& f)
{
    const QList<LegendEntry> entries = legendEntries(f);
    if (entries.size() <= 1)
        return;
    // The legend changes with the layers and the colouring, not with the view: drawn once into a pixmap
    // rather than every frame (its text layout was 8% of the map bench's frame time).
    const qreal dpr = f.v.devicePixelRatio();
    const LeadColouring colouring = m_scene.colouring();
    if (m_legend.pixmap.isNull() || m_legend.entries != entries || m_legend.colouring != colouring
        || m_legend.dpr != dpr)
        m_legend = drawLegend(entries, colouring, dpr);
    // Whole pixels, so the cached picture is copied, not resampled.
    const QRectF box(QPointF(12.0, std::round(f.screen.bottom() - 12.0 - m_legend.box.height())), m_legend.box);
    f.out.legend = box;
    f.p.drawPixmap(box.topLeft() - QPointF(1.0, 1.0), m_legend.pixmap);
}

MapRenderer::Legend MapRenderer::drawLegend(const QList<LegendEntry>& entries, LeadColouring colouring, qreal dpr)
{
    using Entry = LegendEntry;
    const QFont font = sized(m_font, 11.5);
    const QFont heading = sized(m_font, 11.5, QFont::Bold);
    const QFontMetricsF fm(font), hm(heading);
    const double row = std::max(18.0, fm.height() + 4), symbol = 26.0, pad = 10.0;
    double width = 0.0, height = pad;
    for (const Entry& e : std::as_const(entries)) {
        width = std::max(width,
            e.symbol == Entry::Symbol::Heading ? hm.horizontalAdvance(e.text)
                                               : symbol + 6 + fm.horizontalAdvance(e.text));
        height += e.symbol == Entry::Symbol::Heading && &e != &entries.first() ? row + 4 : row;
    }
    width += 2 * pad;
    height += pad - 2;
    Legend legend { entries, colouring, dpr, {}, QSizeF(width, height) };
    // One pixel around the box for its outline's outer half.
    legend.pixmap = QPixmap(QSize(int(std::ceil((width + 2) * dpr)), int(std::ceil((height + 2) * dpr))));
    legend.pixmap.setDevicePixelRatio(dpr);
    legend.pixmap.fill(Qt::transparent);
    QPainter p(&legend.pixmap);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QRectF box(1.0, 1.0, width, height);
    p.setPen(QPen(QColor(0, 0, 0, 30), 1.0));
    p.setBrush(QColor(255, 255, 255, 232));
    p.drawRoundedRect(box, 6, 6);
    double y = box.top() + pad;
    for (const Entry& e : std::as_const(entries)) {
        if (e.symbol == Entry::Symbol::Heading && &e != &entries.first())
            y += 4;
        const QRectF textRect(box.left() + pad + (e.symbol == Entry::Symbol::Heading ? 0 : symbol + 6), y, width, row);
        const QPointF mid(box.left() + pad + symbol / 2.0, y + row / 2.0);
        switch (e.symbol) {
        case Entry::Symbol::Heading:
            p.setPen(QColor(0x26, 0x2b, 0x33));
            p.setFont(heading);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, e.text);
            y += row;
            continue;
        case Entry::Symbol::Dot:
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(e.colour);
            p.drawEllipse(mid, 6.0, 6.0);
            break;
        case Entry::Symbol::Cluster: {
            p.setPen(Qt::NoPen);
            p.setBrush(MapStyle::categoryColor(colouring, 0));
            p.drawPie(QRectF(mid - QPointF(9, 9), QSizeF(18, 18)), 90 * 16, -200 * 16);
            p.setBrush(MapStyle::categoryColor(colouring, colouring == LeadColouring::Risk ? 1 : 2));
            p.drawPie(QRectF(mid - QPointF(9, 9), QSizeF(18, 18)), 90 * 16 - 200 * 16, -160 * 16);
            p.setBrush(Qt::white);
            p.drawEllipse(mid, 5.6, 5.6);
            p.setPen(QColor(0x26, 0x2b, 0x33));
            p.setFont(sized(m_font, 7.5, QFont::Bold));
            p.drawText(QRectF(mid - QPointF(6, 6), QSizeF(12, 12)), Qt::AlignCenter, QStringLiteral("12"));
            break;
        }
        case Entry::Symbol::Sentinel:
        case Entry::Symbol::Volunteer: {
            const QPixmap& pixmap = personPixmap(e.symbol == Entry::Symbol::Volunteer, false, dpr);
            const QSizeF s = pixmap.deviceIndependentSize() * 0.75;
            p.drawPixmap(
                QRectF(mid - QPointF(s.width() / 2, s.height() / 2), s), pixmap, QRectF(QPointF(0, 0), pixmap.size()));
            break;
        }
        case Entry::Symbol::Line:
        case Entry::Symbol::DashedLine: {
            QPen pen(
                e.colour, e.width, e.symbol == Entry::Symbol::DashedLine ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            p.drawLine(mid - QPointF(symbol / 2 - 1, 0), mid + QPointF(symbol / 2 - 1, 0));
            break;
        }
        case Entry::Symbol::Area: {
            QPen pen(e.colour, e.width, Qt::DashLine);
            p.setPen(pen);
            p.setBrush(withAlpha(e.colour, 40));
            p.drawRect(QRectF(mid - QPointF(symbol / 2 - 3, 6), QSizeF(symbol - 6, 12)));
            break;
        }
        case Entry::Symbol::Heat: {
            QLinearGradient g(mid - QPointF(symbol / 2, 0), mid + QPointF(symbol / 2, 0));
            for (double t : { 0.15, 0.35, 0.55, 0.75, 1.0 })
                g.setColorAt(t, QColor::fromRgba(qUnpremultiply(heatColour(t))));
            p.setPen(Qt::NoPen);
            p.setBrush(g);
            p.drawRoundedRect(QRectF(mid - QPointF(symbol / 2, 5), QSizeF(symbol, 10)), 3, 3);
            break;
        }
        }
        p.setPen(QColor(0x33, 0x38, 0x42));
        p.setFont(font);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, e.text);
        y += row;
    }
    p.end();
    return legend;
}

} // namespace gs::map
