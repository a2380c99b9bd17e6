// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapView.h"

#include "PairCardWidget.h"
#include "accounts/Session.h"
#include "domain/Lead.h"
#include "geo/WebMercator.h"
#include "map/MapStyle.h"
#include "map/TileLoader.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace gs {

namespace {

constexpr double ClickSlop = 4.0; // pixels a press may move and still be a click
constexpr double VertexGrab = 8.0;

QToolButton* overlayButton(QWidget* parent, const QString& name, const QString& text, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setFixedSize(32, 32);
    b->setFocusPolicy(Qt::NoFocus);
    QFont f = b->font();
    f.setPixelSize(18);
    f.setBold(true);
    b->setFont(f);
    b->setStyleSheet(QStringLiteral(
        "QToolButton { background: rgba(255,255,255,235); border: 1px solid rgba(0,0,0,60); border-radius: 4px; }"
        "QToolButton:hover { background: white; border-color: rgba(25,118,210,160); }"
        "QToolButton:pressed { background: #e3f2fd; }"));
    return b;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

MapView::MapView(Session& session, map::MapScene& scene, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scene(scene)
    , m_renderer(scene)
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(
        tr("Drag to move, wheel or +/− to zoom, arrow keys to pan, Home to show the whole district."));
    m_options.scaleBar = true;
    m_options.legend = true;
    // A 60 Hz frame is 16 ms. New label images and cluster icons get at most 6 of them, and none once the frame
    // has run for 10 (units, markers already drawn, a new zoom's outlines or heat): what follows them in a frame
    // (the markers' blits, the decorations) takes a few milliseconds more.
    m_options.rasterBudgetMs = 6.0;
    m_options.frameDeadlineMs = 10.0;

    m_zoomIn = overlayButton(this, QStringLiteral("zoomInButton"), QStringLiteral("+"), tr("Zoom in (+)"));
    m_zoomOut = overlayButton(this, QStringLiteral("zoomOutButton"), QStringLiteral("−"), tr("Zoom out (−)"));
    m_fit = overlayButton(this, QStringLiteral("fitButton"), QStringLiteral("⌂"), tr("Show the whole district (Home)"));
    connect(m_zoomIn, &QToolButton::clicked, this, &MapView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &MapView::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &MapView::fitDistrict);

    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("coordinateLabel"));
    m_coordinates->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_coordinates->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255,255,255,210); color: #333; border-radius: 3px; padding: 2px 6px; }"));

    m_card = new PairCardWidget(this);
    connect(m_card, &PairCardWidget::leadActivated, this, &MapView::leadActivated);

    m_viewport = map::MapViewport(QPointF(0.5, 0.5), 12.0, QSizeF(size()), devicePixelRatioF());
}

MapView::~MapView() = default;

void MapView::setViewport(const map::MapViewport& viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(QSizeF(size()));
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    m_fitted = true;
    changed();
}

void MapView::changed()
{
    update();
    updateCoordinates();
    Q_EMIT viewportChanged();
}

void MapView::setLayers(map::Layers layers)
{
    m_options.layers = layers;
    update();
}

void MapView::setLayer(map::Layer layer, bool on)
{
    setLayers(on ? m_options.layers | layer : m_options.layers & ~map::Layers(layer));
}

void MapView::setColouring(map::LeadColouring colouring)
{
    m_scene.setColouring(colouring);
    update();
}

void MapView::setHeat(map::HeatWeight weight, qint64 fromMs, qint64 toMs)
{
    m_options.heatWeight = weight;
    m_options.heatFromMs = fromMs;
    m_options.heatToMs = toMs;
    update();
}

void MapView::setOnlyMyPairs(bool only)
{
    m_options.onlyMyPairs = only;
    update();
}

void MapView::setLegendVisible(bool visible)
{
    m_options.legend = visible;
    update();
}

void MapView::setBasemap(std::shared_ptr<map::TileSource> source)
{
    // Keep what is shown under the same spot when the coordinate system changes.
    const geo::LonLat centre = m_scene.toWgs84(m_viewport.centreLonLat());
    m_tiles.reset();
    m_options.tiles = nullptr;
    m_pin = m_pin ? std::optional<geo::LonLat>(m_scene.toWgs84(*m_pin)) : std::nullopt;
    for (geo::LonLat& p : m_measure)
        p = m_scene.toWgs84(p);
    m_scene.setDisplayCrs(source ? source->crs() : geo::Crs::Wgs84);
    if (source) {
        m_tiles = std::make_unique<map::TileLoader>(source);
        m_options.tiles = m_tiles.get();
        m_options.layers |= map::Layer::Basemap;
        connect(m_tiles.get(), &map::TileLoader::tileLoaded, this, qOverload<>(&QWidget::update));
    }
    if (m_pin)
        m_pin = m_scene.toDisplay(*m_pin);
    for (geo::LonLat& p : m_measure)
        p = m_scene.toDisplay(p);
    m_viewport.setCentreLonLat(m_scene.toDisplay(centre));
    changed();
}

void MapView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    if (m_mode == Mode::MeasureDistance || m_mode == Mode::MeasureArea)
        clearMeasure();
    m_mode = mode;
    m_options.measureArea = mode == Mode::MeasureArea;
    setCursor(mode == Mode::Browse ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

// ---------------------------------------------------------------------------------------------- navigation

void MapView::zoomIn()
{
    zoomBy(1.0, QPointF(width() / 2.0, height() / 2.0));
}
void MapView::zoomOut()
{
    zoomBy(-1.0, QPointF(width() / 2.0, height() / 2.0));
}

void MapView::zoomBy(double levels, QPointF around)
{
    m_viewport.zoomAround(around, m_viewport.zoom() + levels);
    changed();
}

void MapView::panBy(QPointF pixels)
{
    m_viewport.panBy(pixels);
    changed();
}

void MapView::fitDistrict()
{
    const geo::BBox box = m_scene.extent();
    if (box.isEmpty())
        return;
    m_viewport.setSize(QSizeF(size()));
    m_viewport.fit(box, 28.0, 17.0);
    m_fitted = true;
    changed();
}

void MapView::fitBox(const geo::BBox& wgs84, double maxZoom)
{
    if (wgs84.isEmpty())
        return;
    geo::BBox box;
    box.extend(m_scene.toDisplay({ wgs84.west, wgs84.south }));
    box.extend(m_scene.toDisplay({ wgs84.east, wgs84.north }));
    m_viewport.setSize(QSizeF(size()));
    m_viewport.fit(box, 36.0, maxZoom);
    m_fitted = true;
    changed();
}

void MapView::fitUnit(int unitIndex)
{
    if (unitIndex < 0 || unitIndex >= m_scene.unitCount())
        return;
    const geo::BBox box = m_scene.unitBounds(unitIndex);
    if (box.isEmpty())
        return;
    m_viewport.setSize(QSizeF(size()));
    m_viewport.fit(box, 36.0, 17.5);
    m_fitted = true;
    selectUnit(unitIndex);
    changed();
}

void MapView::centreOn(geo::LonLat wgs84, double zoom)
{
    m_viewport.setCentreLonLat(m_scene.toDisplay(wgs84));
    m_viewport.setZoom(zoom);
    m_fitted = true;
    changed();
}

void MapView::selectUnit(int unitIndex)
{
    if (m_options.selectedUnit == unitIndex)
        return;
    m_options.selectedUnit = unitIndex;
    update();
    Q_EMIT unitSelected(unitIndex);
}

void MapView::highlightLead(const QString& leadId)
{
    m_options.highlightedLead = leadId.isEmpty() ? -1 : m_scene.leadIndex(leadId);
    update();
}

void MapView::showPairCard(int pairingIndex, QPoint at)
{
    auto card = map::PairCardQuery::load(m_session, m_scene, pairingIndex);
    if (!card) {
        m_card->hide();
        return;
    }
    m_card->setCard(*card);
    m_options.highlightedPairing = pairingIndex;
    // Beside the click, inside the view.
    const QSize s = m_card->sizeHint();
    int x = at.x() + 16, y = at.y() - s.height() / 2;
    if (x + s.width() > width() - 50)
        x = at.x() - 16 - s.width();
    x = std::clamp(x, 8, std::max(8, width() - s.width() - 8));
    y = std::clamp(y, 8, std::max(8, height() - s.height() - 8));
    m_card->setGeometry(QRect(QPoint(x, y), s));
    m_card->show();
    m_card->raise();
    update();
    Q_EMIT pairingActivated(pairingIndex);
}

// ---------------------------------------------------------------------------------------------- tools

std::optional<geo::LonLat> MapView::pin() const
{
    return m_pin ? std::optional<geo::LonLat>(m_scene.toWgs84(*m_pin)) : std::nullopt;
}

void MapView::setPin(std::optional<geo::LonLat> wgs84)
{
    m_pin = wgs84 ? std::optional<geo::LonLat>(m_scene.toDisplay(*wgs84)) : std::nullopt;
    m_options.pin = m_pin;
    update();
}

QList<geo::LonLat> MapView::measurePoints() const
{
    QList<geo::LonLat> out;
    for (const geo::LonLat& p : m_measure)
        out.append(m_scene.toWgs84(p));
    return out;
}

double MapView::measuredMetres() const
{
    const QList<geo::LonLat> points = measurePoints();
    double metres = 0.0;
    for (qsizetype i = 1; i < points.size(); ++i)
        metres += geo::haversineDistance(points[i - 1], points[i]);
    if (m_mode == Mode::MeasureArea && points.size() >= 3)
        metres += geo::haversineDistance(points.last(), points.first());
    return metres;
}

double MapView::measuredSquareMetres() const
{
    geo::Ring ring = measurePoints();
    if (ring.size() < 3)
        return 0.0;
    ring.append(ring.first());
    return geo::area(ring);
}

void MapView::clearMeasure()
{
    m_measure.clear();
    m_options.measure.clear();
    update();
    Q_EMIT measureChanged();
}

void MapView::beginEdit(UnitLevel level, const QString& unitId, map::PolygonEditor editor)
{
    m_editor = std::make_unique<map::PolygonEditor>(std::move(editor));
    m_editLevel = level;
    m_editUnitId = unitId;
    m_options.editor = m_editor.get();
    m_options.editorActiveVertex = -1;
    if (m_editor->geometry().isEmpty())
        m_editor->startDrawing();
    setMode(Mode::EditBoundary);
    Q_EMIT editorChanged();
}

void MapView::endEdit()
{
    m_options.editor = nullptr;
    m_editor.reset();
    m_editUnitId.clear();
    setMode(Mode::Browse);
    Q_EMIT editorChanged();
}

QImage MapView::renderImage(qreal devicePixelRatio) const
{
    map::MapViewport v = m_viewport;
    v.setDevicePixelRatio(devicePixelRatio);
    map::RenderOptions o = m_options;
    o.legend = true;
    o.scaleBar = true;
    o.hoveredUnit = -1;
    o.editor = nullptr;
    o.reservedBottomRight = {};
    o.rasterBudgetMs = 0; // a picture has every label and icon
    o.frameDeadlineMs = 0;
    return const_cast<map::MapRenderer&>(m_renderer).render(v, o);
}

// ---------------------------------------------------------------------------------------------- painting

void MapView::paintEvent(QPaintEvent*)
{
    if (!m_fitted && !m_scene.extent().isEmpty()) {
        m_viewport.setSize(QSizeF(size()));
        m_viewport.fit(m_scene.extent(), 28.0, 17.0);
        m_fitted = true;
    }
    m_viewport.setSize(QSizeF(size()));
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(this);
    m_options.measure = m_measure;
    m_options.pin = m_pin;
    m_options.reservedBottomRight
        = QSizeF(m_coordinates->width(), m_coordinates->isVisible() ? m_coordinates->height() + 6 : 0);
    m_frame = m_renderer.paint(painter, m_viewport, m_options);
    if (m_frame.incomplete) // new labels or icons are still to come: the next frame draws them
        QTimer::singleShot(0, this, qOverload<>(&QWidget::update));
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_viewport.setSize(QSizeF(size()));
    layoutOverlays();
}

void MapView::layoutOverlays()
{
    const int x = width() - 32 - 12;
    m_zoomIn->move(x, 12);
    m_zoomOut->move(x, 12 + 34);
    m_fit->move(x, 12 + 34 + 40);
    m_coordinates->adjustSize();
    m_coordinates->move(width() - m_coordinates->width() - 12, height() - m_coordinates->height() - 12);
}

void MapView::updateCoordinates()
{
    if (!m_pointer) {
        m_coordinates->setText(tr("Zoom %1").arg(m_viewport.zoom(), 0, 'f', 1));
    } else {
        QString text = map::MapRenderer::formatPosition(*m_pointer) + QStringLiteral("  WGS-84");
        if (m_scene.displayCrs() != geo::Crs::Wgs84) {
            const geo::LonLat shown = m_scene.toDisplay(*m_pointer);
            text += QStringLiteral("  ·  %1, %2 %3")
                        .arg(shown.lat, 0, 'f', 5)
                        .arg(shown.lon, 0, 'f', 5)
                        .arg(geo::crsToString(m_scene.displayCrs()).toUpper());
        }
        m_coordinates->setText(text + QStringLiteral("  ·  ") + tr("zoom %1").arg(m_viewport.zoom(), 0, 'f', 1));
    }
    layoutOverlays();
}

// ---------------------------------------------------------------------------------------------- hit tests

geo::LonLat MapView::wgs84At(QPointF at) const
{
    return m_scene.toWgs84(m_viewport.toLonLat(at));
}

int MapView::unitAtScreen(QPointF at) const
{
    const geo::LonLat p = wgs84At(at);
    const double z = m_viewport.zoom();
    // The finest level that is drawn at this zoom.
    if (z >= map::MapRenderer::GridLinesFrom
        && (m_options.layers
            & (map::Layers(map::Layer::Grids) | map::Layer::BuildingGrids | map::Layer::PoliceGrids))) {
        const int grid = m_scene.unitAt(p, UnitLevel::Grid);
        if (grid >= 0) {
            const QString kind = m_scene.unitData(grid).kind;
            const bool shown = (kind == QStringLiteral("community") && m_options.layers.testFlag(map::Layer::Grids))
                || (kind == QStringLiteral("building") && m_options.layers.testFlag(map::Layer::BuildingGrids))
                || (kind == QStringLiteral("police") && m_options.layers.testFlag(map::Layer::PoliceGrids));
            if (shown)
                return grid;
        }
    }
    if (z >= 12.0 && m_options.layers.testFlag(map::Layer::Communities)) {
        if (const int c = m_scene.unitAt(p, UnitLevel::Community); c >= 0)
            return c;
    }
    if (m_options.layers.testFlag(map::Layer::Streets)) {
        if (const int s = m_scene.unitAt(p, UnitLevel::Street); s >= 0)
            return s;
    }
    return -1;
}

std::optional<int> MapView::editorVertexAt(QPointF at) const
{
    if (!m_editor)
        return std::nullopt;
    const QList<map::PolygonEditor::Vertex> vertices = m_editor->allVertices();
    std::optional<int> best;
    double bestDistance = VertexGrab;
    for (int i = 0; i < vertices.size(); ++i) {
        const double d = distance(m_viewport.toScreen(m_scene.toDisplay(m_editor->vertex(vertices[i]))), at);
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

std::optional<int> MapView::editorMidpointAt(QPointF at) const
{
    if (!m_editor)
        return std::nullopt;
    const QList<map::PolygonEditor::Vertex> vertices = m_editor->allVertices();
    for (int i = 0; i < vertices.size(); ++i) {
        const QList<geo::LonLat> ring = m_editor->ringVertices(vertices[i].polygon, vertices[i].ring);
        const QPointF a = m_viewport.toScreen(m_scene.toDisplay(ring.at(vertices[i].index)));
        const QPointF b = m_viewport.toScreen(m_scene.toDisplay(ring.at((vertices[i].index + 1) % ring.size())));
        if (distance((a + b) / 2.0, at) <= VertexGrab - 2)
            return i;
    }
    return std::nullopt;
}

QString MapView::tooltipAt(QPointF at) const
{
    const map::MapFrame::Hit hit = m_frame.hitTest(at);
    const map::MapData& data = m_scene.data();
    switch (hit.kind) {
    case map::MapFrame::Hit::Kind::Lead: {
        const map::MapLead& lead = data.leads.at(m_frame.leads.at(hit.index).lead);
        return tr("Lead · %1 · %2\nClick to open it.")
            .arg(leads::statusLabel(lead.status), map::MapStyle::riskLabel(map::MapStyle::riskIndex(lead.riskLevel)));
    }
    case map::MapFrame::Hit::Kind::Cluster: {
        const map::MapFrame::ClusterMark& c = m_frame.clusters.at(hit.index);
        if (c.radius <= 0)
            return tr("%n leads at the same place", nullptr, int(c.cluster.count));
        return tr("%n leads here. Click to zoom in.", nullptr, int(c.cluster.count));
    }
    case map::MapFrame::Hit::Kind::Person: {
        const map::MapPerson& p = data.people.at(m_frame.people.at(hit.index).person);
        return (p.volunteer ? tr("Finance volunteer %1").arg(p.name) : tr("Grid sentinel %1").arg(p.name))
            + (p.volunteer && !p.institution.isEmpty() ? QStringLiteral("\n%1 %2").arg(p.institution, p.branch)
                                                       : QString());
    }
    case map::MapFrame::Hit::Kind::Pair: {
        const map::MapPairing& pairing = data.pairings.at(m_frame.pairs.at(hit.index).pairing);
        const int s = m_scene.personIndex(pairing.sentinelId), v = m_scene.personIndex(pairing.volunteerId);
        return tr("Pair: %1 and %2\nClick for the pairing card.")
            .arg(s >= 0 ? data.people.at(s).name : QString(), v >= 0 ? data.people.at(v).name : QString());
    }
    case map::MapFrame::Hit::Kind::None:
        break;
    }
    const int unit = unitAtScreen(at);
    if (unit < 0)
        return {};
    const QString path = m_scene.unitPath(unit);
    return path.isEmpty() ? m_scene.unitData(unit).name
                          : QStringLiteral("%1\n%2").arg(m_scene.unitData(unit).name, path);
}

// ---------------------------------------------------------------------------------------------- input

bool MapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_dragging ? QString() : tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    // A notch (120) is half a zoom level; touchpads send smaller steps for smooth zooming.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomBy(steps * 0.5, event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressAt = m_lastAt = event->position();
    m_pressButton = event->button();
    m_dragging = false;
    m_draggingPin = false;
    m_draggingVertex = -1;
    if (event->button() != Qt::LeftButton)
        return;
    if (m_mode == Mode::Pick && m_pin) {
        const QPointF tip = m_viewport.toScreen(*m_pin);
        // The pin's head is drawn above its point: grab anywhere on it.
        if (QRectF(tip - QPointF(14, 40), QSizeF(28, 44)).contains(event->position())) {
            m_draggingPin = true;
            m_pinGrab = tip - event->position(); // the point stays where it was under the grip
        }
    }
    if (m_mode == Mode::EditBoundary && m_editor && !m_editor->isDrawing()) {
        if (const auto v = editorVertexAt(event->position())) {
            m_draggingVertex = *v;
        } else if (const auto mid = editorMidpointAt(event->position())) {
            const map::PolygonEditor::Vertex after = m_editor->allVertices().at(*mid);
            const map::PolygonEditor::Vertex added = m_editor->insertVertex(after, wgs84At(event->position()));
            m_draggingVertex = int(m_editor->allVertices().indexOf(added));
            Q_EMIT editorChanged();
        }
        m_options.editorActiveVertex = m_draggingVertex;
        update();
    }
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF at = event->position();
    m_pointer = wgs84At(at);
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && distance(at, m_pressAt) > ClickSlop)
            m_dragging = true;
        if (m_dragging) {
            if (m_draggingPin) {
                m_pin = m_viewport.toLonLat(at + m_pinGrab);
                update();
            } else if (m_draggingVertex >= 0 && m_editor) {
                m_editor->moveVertex(m_editor->allVertices().at(m_draggingVertex), wgs84At(at));
                update();
                Q_EMIT editorChanged();
            } else {
                m_viewport.panBy(at - m_lastAt);
                changed();
            }
        }
        m_lastAt = at;
        return;
    }
    hover(at);
    updateCoordinates();
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool wasDrag = m_dragging;
    m_dragging = false;
    if (m_draggingPin && wasDrag) {
        m_draggingPin = false;
        if (const auto p = pin())
            Q_EMIT pinMoved(*p);
        return;
    }
    m_draggingPin = false;
    if (m_draggingVertex >= 0) {
        m_draggingVertex = -1;
        return;
    }
    if (!wasDrag && event->button() == m_pressButton)
        click(event->position(), event->button());
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_mode == Mode::EditBoundary && m_editor && m_editor->isDrawing()) {
        if (m_editor->closeNew())
            Q_EMIT editorChanged();
        update();
        return;
    }
    if (m_mode == Mode::MeasureDistance || m_mode == Mode::MeasureArea)
        return; // the second click already added its point; a double click just ends the line
    if (event->button() == Qt::LeftButton)
        zoomBy(1.0, event->position());
    else if (event->button() == Qt::RightButton)
        zoomBy(-1.0, event->position());
}

void MapView::click(QPointF at, Qt::MouseButton button)
{
    switch (m_mode) {
    case Mode::Pick:
        if (button == Qt::LeftButton) {
            m_pin = m_viewport.toLonLat(at);
            update();
            Q_EMIT pinMoved(*pin());
        }
        return;
    case Mode::MeasureDistance:
    case Mode::MeasureArea:
        if (button == Qt::LeftButton) {
            // The release that ends a double click lands on the point just added.
            if (!m_measure.isEmpty() && distance(m_viewport.toScreen(m_measure.last()), at) < 2.0)
                return;
            m_measure.append(m_viewport.toLonLat(at));
        } else if (button == Qt::RightButton && !m_measure.isEmpty())
            m_measure.removeLast();
        update();
        Q_EMIT measureChanged();
        return;
    case Mode::EditBoundary:
        if (!m_editor)
            return;
        if (m_editor->isDrawing()) {
            if (button == Qt::LeftButton)
                m_editor->appendPoint(wgs84At(at));
        } else if (button == Qt::RightButton) {
            if (const auto v = editorVertexAt(at))
                m_editor->removeVertex(m_editor->allVertices().at(*v));
        } else {
            m_options.editorActiveVertex = editorVertexAt(at).value_or(-1);
        }
        update();
        Q_EMIT editorChanged();
        return;
    case Mode::Browse:
        break;
    }
    if (button != Qt::LeftButton)
        return;
    m_card->hide();
    m_options.highlightedPairing = -1;
    const map::MapFrame::Hit hit = m_frame.hitTest(at);
    switch (hit.kind) {
    case map::MapFrame::Hit::Kind::Lead: {
        const int lead = m_frame.leads.at(hit.index).lead;
        m_options.highlightedLead = lead;
        update();
        Q_EMIT leadActivated(m_scene.data().leads.at(lead).id);
        return;
    }
    case map::MapFrame::Hit::Kind::Cluster: {
        const map::MapFrame::ClusterMark c = m_frame.clusters.at(hit.index);
        // Zoom to where the cluster splits; leads that never split are spread from SpreadFromZoom on.
        const double target = c.expansionZoom > int(map::MapViewport::MaxZoom)
            ? std::max(map::MapRenderer::SpreadFromZoom + 1.0, m_viewport.zoom() + 1.0)
            : std::max<double>(c.expansionZoom, m_viewport.zoom() + 1.0);
        m_viewport.setCentre(geo::WebMercator::toWorld(c.cluster.centre));
        m_viewport.setZoom(target);
        changed();
        return;
    }
    case map::MapFrame::Hit::Kind::Person: {
        const int person = m_frame.people.at(hit.index).person;
        const QList<int> pairings = m_scene.pairingsOf(person);
        m_options.highlightedPerson = person;
        if (!pairings.isEmpty())
            showPairCard(pairings.first(), at.toPoint());
        update();
        return;
    }
    case map::MapFrame::Hit::Kind::Pair:
        showPairCard(m_frame.pairs.at(hit.index).pairing, at.toPoint());
        return;
    case map::MapFrame::Hit::Kind::None:
        break;
    }
    m_options.highlightedPerson = -1;
    selectUnit(unitAtScreen(at));
    update();
}

void MapView::hover(QPointF at)
{
    if (m_mode != Mode::Browse) {
        if (m_options.hoveredUnit != -1) {
            m_options.hoveredUnit = -1;
            update();
        }
        return;
    }
    const bool onMarker = m_frame.hitTest(at).kind != map::MapFrame::Hit::Kind::None;
    const int unit = onMarker ? -1 : unitAtScreen(at);
    setCursor(onMarker ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (unit != m_options.hoveredUnit) {
        m_options.hoveredUnit = unit;
        update();
    }
}

void MapView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    m_pointer.reset();
    if (m_options.hoveredUnit != -1) {
        m_options.hoveredUnit = -1;
        update();
    }
    updateCoordinates();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    const double step = 0.2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_Left:
        panBy(QPointF(width() * step, 0));
        return;
    case Qt::Key_Right:
        panBy(QPointF(-width() * step, 0));
        return;
    case Qt::Key_Up:
        panBy(QPointF(0, height() * step));
        return;
    case Qt::Key_Down:
        panBy(QPointF(0, -height() * step));
        return;
    case Qt::Key_Home:
        fitDistrict();
        return;
    case Qt::Key_Escape:
        if (m_card->isVisible()) {
            m_card->hide();
            m_options.highlightedPairing = -1;
        } else if (m_mode == Mode::EditBoundary && m_editor && m_editor->isDrawing()) {
            m_editor->cancelDrawing();
            Q_EMIT editorChanged();
        } else if (m_mode == Mode::MeasureDistance || m_mode == Mode::MeasureArea) {
            clearMeasure();
        } else {
            selectUnit(-1);
        }
        update();
        return;
    case Qt::Key_Backspace:
        if ((m_mode == Mode::MeasureDistance || m_mode == Mode::MeasureArea) && !m_measure.isEmpty()) {
            m_measure.removeLast();
            update();
            Q_EMIT measureChanged();
            return;
        }
        break;
    case Qt::Key_Delete:
        if (m_mode == Mode::EditBoundary && m_editor && m_options.editorActiveVertex >= 0) {
            if (m_editor->removeVertex(m_editor->allVertices().at(m_options.editorActiveVertex)))
                m_options.editorActiveVertex = -1;
            update();
            Q_EMIT editorChanged();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_mode == Mode::EditBoundary && m_editor && m_editor->isDrawing() && m_editor->closeNew()) {
            update();
            Q_EMIT editorChanged();
            return;
        }
        break;
    case Qt::Key_Z:
        if (m_mode == Mode::EditBoundary && m_editor && (event->modifiers() & Qt::ControlModifier)) {
            if (event->modifiers() & Qt::ShiftModifier)
                m_editor->redo();
            else
                m_editor->undo();
            update();
            Q_EMIT editorChanged();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace gs
