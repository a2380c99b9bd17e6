// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapStyle.h"

#include <QCoreApplication>
#include <QHash>

namespace gs::map {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::MapStyle", text);
}
} // namespace

int MapStyle::statusGroup(const QString& s)
{
    static const QHash<QString, int> groups {
        { QStringLiteral("submitted"), 0 },
        { QStringLiteral("needs_info"), 0 },
        { QStringLiteral("returned"), 0 },
        { QStringLiteral("in_triage"), 1 },
        { QStringLiteral("suspected"), 2 },
        { QStringLiteral("escalated"), 2 },
        { QStringLiteral("under_review"), 2 },
        { QStringLiteral("referred_police"), 3 },
        { QStringLiteral("referred_regulator"), 3 },
        { QStringLiteral("monitoring"), 3 },
        { QStringLiteral("mediation"), 3 },
        { QStringLiteral("closed"), 4 },
        { QStringLiteral("unfounded"), 4 },
        { QStringLiteral("draft"), 5 },
    };
    return groups.value(s, 0);
}

QString MapStyle::statusGroupLabel(int group)
{
    switch (group) {
    case 0:
        return tr("Waiting for triage");
    case 1:
        return tr("In triage");
    case 2:
        return tr("Suspected / escalated");
    case 3:
        return tr("Referred / monitored");
    case 4:
        return tr("Closed / unfounded");
    case 5:
        return tr("Draft");
    }
    return {};
}

QColor MapStyle::statusGroupColor(int group)
{
    switch (group) {
    case 0:
        return QColor(0x1e, 0x88, 0xe5);
    case 1:
        return QColor(0x00, 0x89, 0x7b);
    case 2:
        return QColor(0xd3, 0x2f, 0x2f);
    case 3:
        return QColor(0x8e, 0x24, 0xaa);
    case 4:
        return QColor(0x75, 0x75, 0x75);
    case 5:
        return QColor(0xb0, 0xb0, 0xb0);
    }
    return Qt::gray;
}

int MapStyle::riskIndex(const QString& levelKey)
{
    if (levelKey == QStringLiteral("high"))
        return 0;
    if (levelKey == QStringLiteral("medium"))
        return 1;
    return 2;
}

QString MapStyle::riskLabel(int index)
{
    switch (index) {
    case 0:
        return tr("High risk");
    case 1:
        return tr("Medium risk");
    case 2:
        return tr("Low risk");
    }
    return {};
}

QColor MapStyle::riskColor(int index)
{
    // The same red, amber and green as the lead list.
    switch (index) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xef, 0x8f, 0x00);
    case 2:
        return QColor(0x4c, 0xaf, 0x50);
    }
    return Qt::gray;
}

int MapStyle::categoryCount(LeadColouring colouring)
{
    return colouring == LeadColouring::Risk ? RiskLevels : StatusGroups;
}

int MapStyle::category(LeadColouring colouring, const QString& statusKey, const QString& riskKey)
{
    return colouring == LeadColouring::Risk ? riskIndex(riskKey) : statusGroup(statusKey);
}

QColor MapStyle::categoryColor(LeadColouring colouring, int category)
{
    return colouring == LeadColouring::Risk ? riskColor(category) : statusGroupColor(category);
}

QString MapStyle::categoryLabel(LeadColouring colouring, int category)
{
    return colouring == LeadColouring::Risk ? riskLabel(category) : statusGroupLabel(category);
}

QString MapStyle::sentinelGlyph()
{
    return QCoreApplication::translate("gs::map::MapStyle", "S", "one-character marker of a grid sentinel (哨)");
}
QString MapStyle::volunteerGlyph()
{
    return QCoreApplication::translate("gs::map::MapStyle", "V", "one-character marker of a finance volunteer (志)");
}

QColor MapStyle::streetTint(int index)
{
    static const QColor tints[StreetTints] = {
        QColor(0xe8, 0xf1, 0xe4),
        QColor(0xf6, 0xec, 0xdc),
        QColor(0xe3, 0xec, 0xf5),
        QColor(0xf3, 0xe5, 0xea),
        QColor(0xec, 0xe8, 0xf4),
        QColor(0xf4, 0xf1, 0xdc),
        QColor(0xdf, 0xf0, 0xee),
        QColor(0xf2, 0xe6, 0xdf),
    };
    return tints[((index % StreetTints) + StreetTints) % StreetTints];
}

} // namespace gs::map
