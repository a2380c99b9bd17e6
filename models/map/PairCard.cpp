// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/PairCard.h"

#include "accounts/Session.h"
#include "leads/LeadRepository.h"
#include "map/MapScene.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace gs::map {

namespace {
const char* kOpenStatuses = "'submitted','in_triage','needs_info','suspected','escalated','under_review','returned'";
}

QStringList PairCard::allHats()
{
    return { QStringLiteral("专业宣讲员"), QStringLiteral("风险监测员"), QStringLiteral("专项行动员"),
        QStringLiteral("金融助理员") };
}

QString PairCard::hatLabel(const QString& hat)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("gs::map::PairCard", text); };
    if (hat == QStringLiteral("专业宣讲员"))
        return tr("Public speaker");
    if (hat == QStringLiteral("风险监测员"))
        return tr("Risk monitor");
    if (hat == QStringLiteral("专项行动员"))
        return tr("Special-action member");
    if (hat == QStringLiteral("金融助理员"))
        return tr("Finance assistant");
    return hat;
}

Result<PairCard> PairCardQuery::load(Session& session, const MapScene& scene, int pairingIndex)
{
    const MapData& data = scene.data();
    if (pairingIndex < 0 || pairingIndex >= data.pairings.size())
        return makeError(
            Error::Code::NotFound, QCoreApplication::translate("gs::map::PairCard", "The pairing no longer exists."));
    const MapPairing& pairing = data.pairings.at(pairingIndex);
    PairCard card;
    card.pairingId = pairing.id;
    card.cardNo = pairing.cardNo;
    card.startedOn = pairing.startedOn;
    const int s = scene.personIndex(pairing.sentinelId), v = scene.personIndex(pairing.volunteerId);
    if (s >= 0)
        card.sentinel = data.people.at(s);
    if (v >= 0)
        card.volunteer = data.people.at(v);
    const auto communityPath = [&](const QString& communityId) {
        const int c = scene.unitIndex(communityId);
        if (c < 0)
            return QString();
        const QString street = scene.unitPath(c);
        return street.isEmpty() ? scene.unitData(c).name : street + QStringLiteral(" · ") + scene.unitData(c).name;
    };
    card.sentinelCommunity = communityPath(card.sentinel.communityId);
    card.volunteerCommunity = communityPath(card.volunteer.communityId);
    for (const QString& g : std::as_const(card.sentinel.gridIds)) {
        const int i = scene.unitIndex(g);
        if (i >= 0)
            card.sentinelGrids.append(scene.unitData(i).name);
    }

    const LeadVisibility visibility = LeadVisibility::of(session);
    const QString where = QStringLiteral(
        "%1 AND l.status IN (%2) AND (l.reporter_user_id IN (SELECT id FROM users WHERE person_id IN (:a, :b)) "
        "OR l.assignee_user_id IN (SELECT id FROM users WHERE person_id IN (:a, :b)))")
                              .arg(visibility.condition, QLatin1String(kOpenStatuses));
    const auto bind = [&](Statement& stmt) {
        for (const auto& [name, value] :
            { std::pair { ":me", visibility.me }, std::pair { ":person", visibility.person },
                std::pair { ":a", pairing.sentinelId }, std::pair { ":b", pairing.volunteerId } }) {
            if (int i = stmt.parameterIndex(name))
                stmt.bind(i, value);
        }
    };
    auto count = session.db().prepare(QStringLiteral("SELECT count(*) FROM leads l WHERE %1").arg(where));
    if (!count)
        return count.error();
    bind(*count);
    if (count->nextRow())
        card.openLeadCount = count->int64(0);
    auto list = session.db().prepare(
        QStringLiteral("SELECT l.id, l.case_no, l.title, l.status, l.risk_level, l.created_at FROM leads l "
                       "WHERE %1 ORDER BY l.created_at DESC LIMIT %2")
            .arg(where)
            .arg(MaxLeads));
    if (!list)
        return list.error();
    bind(*list);
    const Status read = list->forEachRow([&](const Statement& row) {
        card.openLeads.append({ row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5) });
    });
    if (!read)
        return read.error();
    return card;
}

} // namespace gs::map
