// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/Geometry.h"

#include <QList>
#include <QString>

#include <optional>

namespace gs::map {

/// The state of one boundary being drawn or edited on the map: add, move and delete vertices with undo,
/// and the warnings the map shows while editing (self-intersection, overlap with neighbouring units, too
/// few points). Coordinates are WGS-84; rings are kept closed. Pure data: MapView drives it and
/// UnitGeometryWriter saves the result.
class PolygonEditor
{
public:
    /// A vertex: polygon of the MultiPolygon, ring (0: the shell, i: hole i − 1), index in the ring
    /// (the closing duplicate is not addressable; it follows the first vertex).
    struct Vertex
    {
        int polygon = 0;
        int ring = 0;
        int index = 0;
        friend bool operator==(const Vertex&, const Vertex&) = default;
    };
    struct Neighbour
    {
        QString id;
        QString name;
        geo::MultiPolygon geometry;
    };
    struct Warning
    {
        enum class Kind { TooFewPoints, SelfIntersection, Overlap };
        Kind kind = Kind::SelfIntersection;
        geo::LonLat at;
        QString neighbourId; ///< Overlap: which neighbour
        QString message; ///< translated
    };

    PolygonEditor() = default;
    /// Edits `geometry` (empty: draw a new boundary with appendPoint()). Neighbours are checked for overlap.
    explicit PolygonEditor(geo::MultiPolygon geometry, QList<Neighbour> neighbours = {});

    const geo::MultiPolygon& geometry() const { return m_geometry; }
    const QList<Neighbour>& neighbours() const { return m_neighbours; }
    bool isModified() const { return m_modified; }
    /// True while a new boundary is being drawn (appendPoint() adds to it, closeNew() ends it).
    bool isDrawing() const { return m_drawing; }
    /// The open line of a boundary being drawn.
    const QList<geo::LonLat>& drawnPoints() const { return m_drawn; }

    /// Vertices of a ring without the closing duplicate.
    QList<geo::LonLat> ringVertices(int polygon, int ring) const;
    geo::LonLat vertex(Vertex v) const;
    bool isValidVertex(Vertex v) const;
    /// Every addressable vertex, shells first.
    QList<Vertex> allVertices() const;

    void moveVertex(Vertex v, geo::LonLat to);
    /// Inserts a new vertex after `after` (on the edge to the next vertex). Returns the new vertex.
    Vertex insertVertex(Vertex after, geo::LonLat at);
    /// Removes a vertex; refused (false) when the ring would keep fewer than three distinct points.
    bool removeVertex(Vertex v);

    /// Starts a new boundary (replacing nothing until closeNew()).
    void startDrawing();
    void appendPoint(geo::LonLat p);
    /// Closes the drawn line into a new polygon (at least three points) added to the geometry.
    bool closeNew();
    void cancelDrawing();

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

    /// What is wrong with the boundary now: rings with fewer than three points, crossings, overlaps.
    QList<Warning> warnings() const;
    /// Whether `geometry` overlaps `other` by more than touching: their interiors share some area.
    static bool overlaps(
        const geo::MultiPolygon& geometry, const geo::MultiPolygon& other, geo::LonLat* where = nullptr);

private:
    void remember();
    geo::Ring& ringOf(int polygon, int ring);

    geo::MultiPolygon m_geometry;
    QList<Neighbour> m_neighbours;
    QList<geo::MultiPolygon> m_undo;
    QList<geo::MultiPolygon> m_redo;
    QList<geo::LonLat> m_drawn;
    bool m_drawing = false;
    bool m_modified = false;
};

} // namespace gs::map
