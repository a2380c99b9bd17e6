// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/Spread.h"

#include <cmath>
#include <numbers>

namespace gs::geo {

QList<QPointF> spreadOffsets(int count, double spacing)
{
    QList<QPointF> out;
    if (count < 2 || !(spacing > 0.0))
        return out;
    out.reserve(count);
    constexpr double Pi = std::numbers::pi;
    if (count <= 8) {
        // Chord between neighbours = 2 r sin(π/n) ≥ spacing.
        const double radius = std::max(spacing, spacing / (2.0 * std::sin(Pi / count)));
        for (int i = 0; i < count; ++i) {
            const double a = -Pi / 2.0 + 2.0 * Pi * i / count;
            out.append({ radius * std::cos(a), radius * std::sin(a) });
        }
        return out;
    }
    // r = b·θ with b = spacing / 2π keeps successive turns `spacing` apart; stepping the arc length
    // (≈ r·dθ) by `spacing` keeps successive markers apart along the curve.
    const double b = spacing / (2.0 * Pi);
    double theta = 2.0 * Pi; // start one turn out so the first markers are not crammed at the centre
    for (int i = 0; i < count; ++i) {
        const double r = b * theta;
        out.append({ r * std::cos(theta - Pi / 2.0), r * std::sin(theta - Pi / 2.0) });
        theta += spacing / std::max(r, spacing);
    }
    return out;
}

} // namespace gs::geo
