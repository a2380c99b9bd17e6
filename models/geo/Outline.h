// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/Geometry.h"

#include <QList>

namespace gs::geo {

/// The outline of the union of polygons that tile an area without overlapping: grids → their community,
/// communities → their street. Edges shared by two neighbours cancel, also where a long edge meets two
/// shorter ones (T-junctions: edges are split at every vertex that lies on them). Coordinates are
/// matched after rounding to 1e-7° (~1 cm). Parts that touch at a single vertex come out as separate
/// polygons; enclosed gaps come out as holes. Overlapping inputs are not merged: use it for tilings.
MultiPolygon dissolve(const QList<MultiPolygon>& tiles);

/// Splits a ring that passes through the same position more than once into simple loops, in ring order
/// (the loop that closes the ring last). Loops of zero area (spikes: A → B → A) are dropped.
QList<Ring> splitAtRepeatedVertices(const Ring& ring);

/// Repairs a polygon whose shell touches itself at vertices (a pinched outline, as simplified boundaries
/// often are): spikes are removed and every lobe becomes a polygon of its own, with the holes that lie
/// inside it. Lobes winding the other way (a gap enclosed by the shell) become holes. The result is in
/// RFC 7946 winding.
MultiPolygon splitPinchedPolygon(const Polygon& polygon);

} // namespace gs::geo
