// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QPointF>

namespace gs::geo {

/// Screen offsets (pixels, y down) that spread `count` markers sharing one position so each can be seen
/// and clicked: up to 8 on a circle, more on an Archimedean spiral, every pair at least `spacing` apart
/// and the first one straight up. Deterministic; empty for count < 2 (a single marker stays put).
QList<QPointF> spreadOffsets(int count, double spacing);

} // namespace gs::geo
