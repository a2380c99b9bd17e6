// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "StructureTypes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace gs {
namespace structure {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::structure", text);
}

bool allDigits(const QString& s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

// GB/T 2260 province-level prefixes (provinces, autonomous regions, municipalities, Taiwan, HK, Macao).
bool isProvincePrefix(int p)
{
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || p == 81 || p == 82;
}

} // namespace

QList<UnitLevel> allLevels()
{
    return { UnitLevel::District, UnitLevel::Street, UnitLevel::Community, UnitLevel::Grid };
}

QString levelKey(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return QStringLiteral("district");
    case UnitLevel::Street:
        return QStringLiteral("street");
    case UnitLevel::Community:
        return QStringLiteral("community");
    case UnitLevel::Grid:
        return QStringLiteral("grid");
    }
    return {};
}

std::optional<UnitLevel> levelFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"district" || k == u"area" || k == u"county" || k == u"区" || k == u"县" || k == u"区县")
        return UnitLevel::District;
    if (k == u"street" || k == u"town" || k == u"街道" || k == u"镇" || k == u"乡" || k == u"乡镇")
        return UnitLevel::Street;
    if (k == u"community" || k == u"village" || k == u"社区" || k == u"村" || k == u"居委会" || k == u"村委会")
        return UnitLevel::Community;
    if (k == u"grid" || k == u"网格")
        return UnitLevel::Grid;
    return std::nullopt;
}

QString levelLabel(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return tr("District");
    case UnitLevel::Street:
        return tr("Street");
    case UnitLevel::Community:
        return tr("Community");
    case UnitLevel::Grid:
        return tr("Grid");
    }
    return {};
}

QString tableOf(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return QStringLiteral("districts");
    case UnitLevel::Street:
        return QStringLiteral("streets");
    case UnitLevel::Community:
        return QStringLiteral("communities");
    case UnitLevel::Grid:
        return QStringLiteral("grids");
    }
    return {};
}

QString parentColumnOf(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return {};
    case UnitLevel::Street:
        return QStringLiteral("district_id");
    case UnitLevel::Community:
        return QStringLiteral("street_id");
    case UnitLevel::Grid:
        return QStringLiteral("community_id");
    }
    return {};
}

std::optional<UnitLevel> parentLevel(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return std::nullopt;
    case UnitLevel::Street:
        return UnitLevel::District;
    case UnitLevel::Community:
        return UnitLevel::Street;
    case UnitLevel::Grid:
        return UnitLevel::Community;
    }
    return std::nullopt;
}

std::optional<UnitLevel> childLevel(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return UnitLevel::Street;
    case UnitLevel::Street:
        return UnitLevel::Community;
    case UnitLevel::Community:
        return UnitLevel::Grid;
    case UnitLevel::Grid:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<GridKind> allGridKinds()
{
    return { GridKind::Community, GridKind::Building, GridKind::Police };
}

QString gridKindKey(GridKind kind)
{
    switch (kind) {
    case GridKind::Community:
        return QStringLiteral("community");
    case GridKind::Building:
        return QStringLiteral("building");
    case GridKind::Police:
        return QStringLiteral("police");
    }
    return {};
}

std::optional<GridKind> gridKindFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"community" || k == u"综合网格" || k == u"社区网格")
        return GridKind::Community;
    if (k == u"building" || k == u"商业楼宇网格" || k == u"楼宇网格")
        return GridKind::Building;
    if (k == u"police" || k == u"警格")
        return GridKind::Police;
    return std::nullopt;
}

QString gridKindLabel(GridKind kind)
{
    switch (kind) {
    case GridKind::Community:
        return tr("Community grid");
    case GridKind::Building:
        return tr("Commercial-building grid");
    case GridKind::Police:
        return tr("Police grid");
    }
    return {};
}

QChar gridKindLetter(GridKind kind)
{
    switch (kind) {
    case GridKind::Community:
        return QLatin1Char('G');
    case GridKind::Building:
        return QLatin1Char('B');
    case GridKind::Police:
        return QLatin1Char('P');
    }
    return QLatin1Char('G');
}

int codeLength(UnitLevel level)
{
    switch (level) {
    case UnitLevel::District:
        return 6;
    case UnitLevel::Street:
        return 9;
    case UnitLevel::Community:
        return 12;
    case UnitLevel::Grid:
        return 0;
    }
    return 0;
}

QString codeProblem(UnitLevel level, const QString& code, const QString& parentCode)
{
    if (code.isEmpty())
        return tr("Code: enter the unit's code.");
    if (level == UnitLevel::Grid) {
        static const QRegularExpression gridCode(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$"));
        if (!gridCode.match(code).hasMatch())
            return tr("Code: a grid code has 2–32 letters, digits, '-' or '_' (for example 440106001001-G01).");
        if (allDigits(code) && (code.size() == 6 || code.size() == 9 || code.size() == 12))
            return tr("Code: %1 reads as an administrative division code; give the grid its own code (for example "
                      "%1-G01).")
                .arg(code);
        return {};
    }
    const int length = codeLength(level);
    if (!allDigits(code) || code.size() != length)
        return tr("Code: a %1 code has %2 digits (GB/T 2260); %3 does not.")
            .arg(levelLabel(level).toLower())
            .arg(length)
            .arg(code);
    if (level == UnitLevel::District) {
        if (!isProvincePrefix(code.left(2).toInt()))
            return tr("Code: %1 does not start with a province code (11–82).").arg(code);
        if (code.mid(2, 2) == u"00" || code.mid(4, 2) == u"00")
            return tr("Code: %1 is a province or city code, not a district (county) code.").arg(code);
        return {};
    }
    if (code.right(3) == u"000")
        return tr("Code: %1 ends in 000, which is the code of its parent, not of a %2.")
            .arg(code, levelLabel(level).toLower());
    if (!parentCode.isEmpty() && !code.startsWith(parentCode))
        return tr("Code: %1 must start with the code of its %2, %3.")
            .arg(code, levelLabel(*parentLevel(level)).toLower(), parentCode);
    return {};
}

QString suggestGridCode(const QString& communityCode, GridKind kind, const QStringList& takenCodes)
{
    const QSet<QString> taken(takenCodes.begin(), takenCodes.end());
    for (int n = 1; n < 1000; ++n) {
        const QString code
            = QStringLiteral("%1-%2%3").arg(communityCode).arg(gridKindLetter(kind)).arg(n, 2, 10, QLatin1Char('0'));
        if (!taken.contains(code))
            return code;
    }
    return {};
}

QString nameProblem(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("Name: enter the unit's name.");
    if (n.size() > 64)
        return tr("Name: at most 64 characters.");
    return {};
}

} // namespace structure

QString ImportIssue::toString() const
{
    if (file.isEmpty())
        return message;
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

} // namespace gs
