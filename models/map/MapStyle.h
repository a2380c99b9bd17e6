// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "map/MapTypes.h"

#include <QColor>
#include <QList>
#include <QString>

namespace gs::map {

/// Colours and legend names shared by the renderer, the legend and the widgets, so a marker means the same
/// thing everywhere. Lead statuses are grouped into a few colours (fourteen would be unreadable).
class MapStyle
{
public:
    /// The status groups, in legend order: 0 waiting, 1 in triage, 2 suspected / escalated / under review,
    /// 3 referred / monitored / mediated, 4 closed or unfounded, 5 draft.
    static constexpr int StatusGroups = 6;
    static int statusGroup(const QString& statusKey);
    static QString statusGroupLabel(int group);
    static QColor statusGroupColor(int group);

    /// Risk levels, in legend order: 0 high, 1 medium, 2 low (keys as stored: high, medium, low).
    static constexpr int RiskLevels = 3;
    static int riskIndex(const QString& levelKey);
    static QString riskLabel(int index);
    static QColor riskColor(int index);

    /// The category of a lead under a colouring (what ClusterIndex counts) and its colour and label.
    static int categoryCount(LeadColouring colouring);
    static int category(LeadColouring colouring, const QString& statusKey, const QString& riskKey);
    static QColor categoryColor(LeadColouring colouring, int category);
    static QString categoryLabel(LeadColouring colouring, int category);

    static QColor sentinelColor() { return QColor(0x00, 0x79, 0x6b); }
    static QColor volunteerColor() { return QColor(0xe6, 0x6c, 0x00); }
    static QColor pairColor() { return QColor(0x5e, 0x35, 0xb1); }
    static QColor myPairColor() { return QColor(0xd8, 0x1b, 0x60); }
    /// The one-character marker glyphs: 哨 (sentinel) and 志 (volunteer).
    static QString sentinelGlyph();
    static QString volunteerGlyph();

    static QColor landColor() { return QColor(0xf3, 0xf1, 0xec); } ///< outside the district
    static QColor districtFill() { return QColor(0xfd, 0xfc, 0xf9); }
    static QColor districtLine() { return QColor(0x45, 0x4f, 0x63); }
    static QColor streetLine() { return QColor(0x6b, 0x73, 0x86); }
    static QColor communityLine() { return QColor(0x8e, 0x96, 0xa6); }
    static QColor gridLine() { return QColor(0xb6, 0xbc, 0xc7); }
    static QColor buildingGridLine() { return QColor(0x8d, 0x5b, 0x3e); }
    static QColor policeGridLine() { return QColor(0x15, 0x65, 0xc0); }
    static QColor selectionColor() { return QColor(0x19, 0x76, 0xd2); }
    static QColor labelColor() { return QColor(0x2b, 0x30, 0x3a); }
    /// Soft fills that tell neighbouring streets apart on the vector basemap.
    static QColor streetTint(int index);
    static constexpr int StreetTints = 8;
};

} // namespace gs::map
