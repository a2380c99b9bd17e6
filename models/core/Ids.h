// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDateTime>
#include <QString>

namespace gs {

/// A UUID version 7 (48-bit Unix milliseconds, then random bits) as lower-case text: ids sort by creation
/// time and never clash between nodes.
QString newId();
QString newId(qint64 unixMillis);

/// The current UTC time as ISO 8601 with milliseconds ("2026-11-24T05:49:31.123Z").
QString nowIso();
QString toIso(const QDateTime& time);

} // namespace gs
