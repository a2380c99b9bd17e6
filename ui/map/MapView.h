// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/MapViewport.h"
#include "map/PolygonEditor.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QToolButton;

namespace gs {

class PairCardWidget;
class Session;

namespace map {
class TileLoader;
class TileSource;
} // namespace map

/// The map canvas: draws a MapScene with MapRenderer (no graphics items; clusters come from the index
/// every frame) and handles the interaction. Wheel zoom around the cursor, drag to pan, +/−/arrow keys,
/// double-click, zoom buttons and fit, a scale bar and the pointer's coordinates, hover highlight and
/// click selection of units, clusters that zoom in when clicked, leads that open, a card for a pair of
/// partners, and the tools: a pin (location picker), distance and area measuring, boundary editing.
class MapView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Browse, Pick, MeasureDistance, MeasureArea, EditBoundary };

    MapView(Session& session, map::MapScene& scene, QWidget* parent = nullptr);
    ~MapView() override;

    map::MapScene& scene() const { return m_scene; }
    map::MapRenderer& renderer() { return m_renderer; }
    const map::MapViewport& viewport() const { return m_viewport; }
    void setViewport(const map::MapViewport& viewport);
    /// The frame last painted: what is where on screen.
    const map::MapFrame& lastFrame() const { return m_frame; }
    /// Milliseconds a frame may spend on new label images and cluster icons (map::RenderOptions::rasterBudgetMs);
    /// an incomplete frame is followed by another at once.
    void setRasterBudget(double ms) { m_options.rasterBudgetMs = ms; }

    map::Layers layers() const { return m_options.layers; }
    void setLayers(map::Layers layers);
    void setLayer(map::Layer layer, bool on);
    void setColouring(map::LeadColouring colouring);
    void setHeat(map::HeatWeight weight, qint64 fromMs, qint64 toMs);
    void setOnlyMyPairs(bool only);
    bool onlyMyPairs() const { return m_options.onlyMyPairs; }
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_options.legend; }
    /// A raster basemap (null: the vector basemap). The scene's display CRS follows the source's.
    void setBasemap(std::shared_ptr<map::TileSource> source);
    map::TileLoader* tiles() const { return m_tiles.get(); }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    void zoomIn();
    void zoomOut();
    void zoomBy(double levels, QPointF around);
    void panBy(QPointF pixels);
    void fitDistrict();
    void fitBox(const geo::BBox& wgs84, double maxZoom = 17.0);
    void fitUnit(int unitIndex);
    void centreOn(geo::LonLat wgs84, double zoom);

    int selectedUnit() const { return m_options.selectedUnit; }
    void selectUnit(int unitIndex);
    int hoveredUnit() const { return m_options.hoveredUnit; }
    void highlightLead(const QString& leadId);
    /// The card of a pairing, shown near `at` (widget coordinates).
    void showPairCard(int pairingIndex, QPoint at);
    PairCardWidget* pairCard() const { return m_card; }

    // Location picker
    std::optional<geo::LonLat> pin() const; ///< WGS-84
    void setPin(std::optional<geo::LonLat> wgs84);

    // Measuring
    QList<geo::LonLat> measurePoints() const; ///< WGS-84
    double measuredMetres() const;
    double measuredSquareMetres() const;
    void clearMeasure();

    // Boundary editing
    void beginEdit(UnitLevel level, const QString& unitId, map::PolygonEditor editor);
    map::PolygonEditor* editor() { return m_editor.get(); }
    UnitLevel editLevel() const { return m_editLevel; }
    const QString& editUnitId() const { return m_editUnitId; }
    void endEdit();

    /// The current view as a picture (the export): legend and scale bar included.
    QImage renderImage(qreal devicePixelRatio = 2.0) const;
    /// Where the pointer is (WGS-84), if over the map.
    std::optional<geo::LonLat> pointerPosition() const { return m_pointer; }
    QLabel* coordinateLabel() const { return m_coordinates; }

Q_SIGNALS:
    void viewportChanged();
    void leadActivated(const QString& leadId);
    void unitSelected(int unitIndex);
    void pairingActivated(int pairingIndex);
    void pinMoved(const geo::LonLat& wgs84);
    void measureChanged();
    void editorChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layoutOverlays();
    void changed();
    void click(QPointF at, Qt::MouseButton button);
    void hover(QPointF at);
    void updateCoordinates();
    int unitAtScreen(QPointF at) const;
    geo::LonLat wgs84At(QPointF at) const;
    std::optional<int> editorVertexAt(QPointF at) const;
    std::optional<int> editorMidpointAt(QPointF at) const;
    QString tooltipAt(QPointF at) const;

    Session& m_session;
    map::MapScene& m_scene;
    map::MapRenderer m_renderer;
    map::MapViewport m_viewport;
    map::RenderOptions m_options;
    map::MapFrame m_frame;
    std::unique_ptr<map::TileLoader> m_tiles;
    Mode m_mode = Mode::Browse;
    bool m_fitted = false;

    // Pointer state
    QPointF m_pressAt;
    QPointF m_lastAt;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    bool m_dragging = false;
    bool m_draggingPin = false;
    QPointF m_pinGrab; ///< from the pointer to the pin's point while dragging it
    int m_draggingVertex = -1;
    std::optional<geo::LonLat> m_pointer;

    // Tools (display CRS for the pin and the measure points, as the renderer wants them)
    std::optional<geo::LonLat> m_pin;
    QList<geo::LonLat> m_measure;
    std::unique_ptr<map::PolygonEditor> m_editor;
    UnitLevel m_editLevel = UnitLevel::Grid;
    QString m_editUnitId;

    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_fit = nullptr;
    QLabel* m_coordinates = nullptr;
    PairCardWidget* m_card = nullptr;
};

} // namespace gs
