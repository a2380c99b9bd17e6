// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "map/MapData.h"

#include <QList>
#include <QString>

namespace gs {
class Session;
}

namespace gs::map {

class MapScene;

/// What the map's pair card shows about one pairing (结对共建卡).
struct PairCard
{
    struct OpenLead
    {
        QString id;
        QString caseNo;
        QString title;
        QString status;
        QString riskLevel;
        QString createdAt;
    };
    QString pairingId;
    QString cardNo;
    QString startedOn;
    MapPerson sentinel;
    MapPerson volunteer;
    QString sentinelCommunity; ///< "五山街道 · 岳洲社区"
    QString volunteerCommunity;
    QStringList sentinelGrids; ///< names of the grids the sentinel covers
    /// Open leads filed by or assigned to either partner that the signed-in user may see, newest first.
    QList<OpenLead> openLeads;
    qint64 openLeadCount = 0;

    /// The four hats of a finance volunteer, in their usual order: 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.
    static QStringList allHats();
    /// Translated name of a hat (the stored term is Chinese).
    static QString hatLabel(const QString& hat);
};

/// Fills a PairCard from the scene (people, communities) and the database (open leads, with LeadVisibility).
class PairCardQuery
{
public:
    static constexpr int MaxLeads = 20;
    static Result<PairCard> load(Session& session, const MapScene& scene, int pairingIndex);
};

} // namespace gs::map
