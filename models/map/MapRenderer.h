// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/SpatialIndex.h"
#include "map/MapScene.h"
#include "map/MapStyle.h"
#include "map/MapViewport.h"

#include <QCache>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPixmap>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>

class QPainter;

namespace gs::map {

class PolygonEditor;
class TileLoader;

/// What one frame shows besides the scene's layers.
struct RenderOptions
{
    Layers layers = defaultLayers();
    HeatWeight heatWeight = HeatWeight::Count;
    qint64 heatFromMs = 0; ///< heatmap time window (Unix ms); 0 leaves that end open
    qint64 heatToMs = 0;
    /// Only the signed-in user's pairs (and their two people) among the people and pair layers.
    bool onlyMyPairs = false;
    int hoveredUnit = -1; ///< scene unit indexes
    int selectedUnit = -1;
    int highlightedLead = -1; ///< scene lead index
    int highlightedPairing = -1;
    int highlightedPerson = -1;
    TileLoader* tiles = nullptr; ///< raster basemap (Layer::Basemap); null: the vector basemap
    std::optional<geo::LonLat> pin; ///< location picker (display CRS)
    QList<geo::LonLat> measure; ///< measuring line or area (display CRS)
    bool measureArea = false;
    const PolygonEditor* editor = nullptr; ///< boundary being edited (WGS-84)
    int editorActiveVertex = -1; ///< index in editor->allVertices(), highlighted
    bool legend = false;
    bool scaleBar = false;
    bool attribution = true;
    QString title; ///< drawn top left (snapshots)
    QString subtitle;
    /// Extra room kept free of decorations at the bottom right (the widget's zoom buttons).
    QSizeF reservedBottomRight;
    /// Milliseconds a frame may spend drawing label images and cluster icons it has not drawn before; 0: no
    /// limit (pictures and exports are complete). A view sets it so that the first frame at a new zoom, which
    /// meets hundreds of new labels and cluster shapes, stays within a frame: past the budget a cluster is
    /// drawn as a plain dot and the remaining labels wait, MapFrame::incomplete says so, and the next frame,
    /// painted at once, carries on where this one stopped.
    double rasterBudgetMs = 0;
    /// Milliseconds after the frame began past which it draws no new label image or cluster icon either (0: no
    /// deadline). It counts everything the frame did, so a frame that is slow anyway (a new zoom's outlines, a
    /// new heat image) leaves more of the new pictures to the next. Each frame still draws at least one, so the
    /// frames that follow always complete the picture.
    double frameDeadlineMs = 0;
};

/// Where things were drawn in a frame, for hit tests: the view asks the frame it just painted.
struct MapFrame
{
    struct ClusterMark
    {
        QPointF centre;
        double radius = 0;
        geo::Cluster cluster;
        int expansionZoom = 0; ///< the view zoom at which the cluster splits (> MapViewport::MaxZoom: never)
    };
    struct LeadMark
    {
        QPointF at;
        double radius = 0;
        int lead = -1; ///< scene lead index
    };
    struct PersonMark
    {
        QRectF rect;
        int person = -1;
    };
    struct PairLine
    {
        QLineF line;
        int pairing = -1;
    };
    struct Label
    {
        QRectF rect;
        int unit = -1;
    };
    QList<ClusterMark> clusters;
    QList<LeadMark> leads;
    QList<PersonMark> people;
    QList<PairLine> pairs;
    QList<Label> labels;
    QRectF legend;
    QRectF scaleBar;
    int visibleUnits = 0; ///< drawn polygons, for the benchmark
    bool incomplete = false; ///< RenderOptions::rasterBudgetMs or frameDeadlineMs ran out: paint again for the rest

    struct Hit
    {
        enum class Kind { None, Lead, Cluster, Person, Pair };
        Kind kind = Kind::None;
        int index = -1; ///< into leads, clusters, people or pairs above
    };
    /// The topmost thing at `p` (logical pixels): leads, then clusters, people, pair lines.
    Hit hitTest(QPointF p, double tolerance = 4.0) const;
};

/// Paints a MapScene for a viewport with QPainter onto any paint device (a widget, a QImage, a printer),
/// QtGui only. One renderer per scene keeps caches of marker pixmaps and label images.
class MapRenderer
{
public:
    /// Zooms at which each kind of label appears (and, for districts and streets, disappears).
    static constexpr double DistrictLabelsBelow = 12.6;
    static constexpr double StreetLabelsFrom = 11.6;
    static constexpr double StreetLabelsBelow = 15.0;
    static constexpr double CommunityLabelsFrom = 13.6;
    static constexpr double CommunityLabelsBelow = 16.6;
    static constexpr double GridLabelsFrom = 15.6;
    static constexpr double GridLinesFrom = 12.8;
    /// From this zoom on, leads that share one position are spread around it.
    static constexpr double SpreadFromZoom = 16.0;
    static constexpr int MaxSpread = 200;
    /// Leads are clustered in the index's cells one zoom level up (128 px on screen).
    static constexpr int ClusterZoomOffset = 1;
    /// Below this zoom people are small dots (the district view); above it, marked 哨 and 志.
    static constexpr double PersonGlyphsFrom = 13.0;

    explicit MapRenderer(const MapScene& scene);
    ~MapRenderer();

    const MapScene& scene() const { return m_scene; }
    /// Base font for labels and decorations (a CJK-capable sans-serif by default).
    void setFont(const QFont& font) { m_font = font; }
    const QFont& font() const { return m_font; }

    /// Paints the viewport at the painter's origin (logical pixels; the device's pixel ratio is honoured).
    MapFrame paint(QPainter& painter, const MapViewport& viewport, const RenderOptions& options);
    /// Paints into a new image of viewport.size() × devicePixelRatio pixels.
    QImage render(const MapViewport& viewport, const RenderOptions& options, MapFrame* frame = nullptr);

    /// The scale bar's length for a resolution: a round distance (1, 2 or 5 × 10ⁿ m) at most maxPixels long.
    static std::pair<double, double> scaleBarMetres(double metresPerPixel, double maxPixels);
    /// "500 m" / "2 km", translated.
    static QString formatDistance(double metres);
    /// "3.2 ha" / "1.4 km²", translated.
    static QString formatArea(double squareMetres);
    /// "23.12470° N, 113.36120° E".
    static QString formatPosition(geo::LonLat p);
    /// Cluster counts as people read them: 87, 1234, 1.2万 (Chinese) or 12k.
    static QString formatCount(qsizetype count);

    /// What a cluster icon shows: its count, radius in whole pixels, colouring, pixel ratio (thousandths) and each
    /// category's share of the ring in 48ths.
    struct ClusterIconKey
    {
        qsizetype total = 0;
        int radius = 0;
        int colouring = 0;
        int dpr = 0;
        std::array<quint8, std::max(MapStyle::StatusGroups, MapStyle::RiskLevels)> shares {};
        friend bool operator==(const ClusterIconKey&, const ClusterIconKey&) = default;
        friend size_t qHash(const ClusterIconKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.total, k.radius, k.colouring, k.dpr, qHashRange(k.shares.begin(), k.shares.end()));
        }
    };

    /// What a label image shows: its text, font size and weight, colour and pixel ratio (thousandths).
    struct LabelKey
    {
        QString text;
        int pixelSize = 0;
        int weight = 0;
        QRgb colour = 0;
        int dpr = 0;
        friend bool operator==(const LabelKey&, const LabelKey&) = default;
        friend size_t qHash(const LabelKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.text, k.pixelSize, k.weight, k.colour, k.dpr);
        }
    };

private:
    struct Frame;
    void paintBackground(Frame& f);
    void paintTiles(Frame& f);
    void paintUnits(Frame& f);
    void paintHeatmap(Frame& f);
    void collectMarkers(Frame& f);
    void paintPairs(Frame& f);
    void paintLabels(Frame& f);
    void paintMarkers(Frame& f);
    void paintMeasure(Frame& f);
    void paintEditor(Frame& f);
    void paintPin(Frame& f);
    void paintDecorations(Frame& f);
    void paintLegend(Frame& f);
    struct LegendEntry
    {
        enum class Symbol { Heading, Dot, Cluster, Sentinel, Volunteer, Line, DashedLine, Area, Heat } symbol;
        QColor colour;
        QString text;
        double width = 1.5;
        friend bool operator==(const LegendEntry&, const LegendEntry&) = default;
    };
    QList<LegendEntry> legendEntries(const Frame& f) const;
    /// A drawn legend panel and what it shows.
    struct Legend
    {
        QList<LegendEntry> entries;
        LeadColouring colouring = LeadColouring::Status;
        qreal dpr = 0;
        QPixmap pixmap; ///< the box plus a pixel around it
        QSizeF box;
    };
    Legend drawLegend(const QList<LegendEntry>& entries, LeadColouring colouring, qreal dpr);

    const QImage& labelImage(const QString& text, const QFont& font, const QColor& colour, qreal dpr);
    /// labelImage() within the frame's raster budget: null when it would have to be drawn and the budget is spent.
    const QImage* budgetedLabelImage(Frame& f, const QString& text, const QFont& font, const QColor& colour);
    const QPixmap& personPixmap(bool volunteer, bool highlighted, qreal dpr);
    const QPixmap& clusterPixmap(
        const QList<qsizetype>& counts, qsizetype total, double radius, LeadColouring colouring, qreal dpr);
    const QPixmap* budgetedClusterPixmap(
        Frame& f, const QList<qsizetype>& counts, qsizetype total, double radius, LeadColouring colouring);
    const QPixmap& leadPixmap(const QColor& colour, double radius, qreal dpr);
    /// What every cluster icon of radius `r` has in common, drawn once: the shadow under its ring, and the
    /// white outline and centre over it (three antialiased ellipses were most of a new icon's cost).
    struct ClusterParts
    {
        QPixmap under, over;
    };
    const ClusterParts& clusterParts(int r, qreal dpr);
    QImage heatImage(const Frame& f, QRectF* worldArea);

    const MapScene& m_scene;
    QFont m_font;
    QCache<LabelKey, QImage> m_labels;
    QHash<int, QPixmap> m_personPixmaps;
    QCache<ClusterIconKey, QPixmap> m_clusters;
    QHash<quint64, ClusterParts> m_clusterParts; // (radius << 32 | dpr in thousandths) → parts
    // Lead dots by colour, radius and pixel ratio. Keys of plain values, not strings: they are looked up for
    // every marker of every frame (formatting string keys was 7% of the map bench's time).
    struct LeadDotKey
    {
        QRgb rgba;
        double radius;
        qreal dpr;
        friend bool operator==(const LeadDotKey&, const LeadDotKey&) = default;
        friend size_t qHash(const LeadDotKey& k, size_t seed = 0) { return qHashMulti(seed, k.rgba, k.radius, k.dpr); }
    };
    QHash<LeadDotKey, QPixmap> m_leadPixmaps;
    Legend m_legend;
    // The last heatmap: recomputed only when the view leaves the area it covers or its inputs change.
    struct HeatCache
    {
        QImage image;
        QRectF worldArea;
        double zoom = -1;
        qint64 from = 0, to = 0;
        HeatWeight weight = HeatWeight::Count;
        const void* leads = nullptr;
        qsizetype leadCount = -1;
        qreal dpr = 0;
    } m_heat;
};

} // namespace gs::map
