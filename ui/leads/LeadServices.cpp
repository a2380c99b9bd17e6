// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadServices.h"

#include "accounts/Session.h"
#include "dictionaries/NodeDictionaries.h"
#include "itemmodels/LeadListModel.h"
#include "rules/RiskScreener.h"
#include "structure/StructureQuery.h"

#include <QObject>

#include <memory>

namespace gs {

LeadRepository makeLeadRepository(Session& session)
{
    LeadRepository repo(session);
    Session* s = &session;
    repo.setGridLocator([s](double lon, double lat) { return StructureQuery(*s).gridAt(lon, lat); });
    // Built on the first save only: most repositories made here just load or export.
    repo.setScreening([s, preview = RiskPreviewFunction()](Lead& lead) mutable {
        if (!preview)
            preview = nodeRiskPreview(*s);
        const RiskPreview risk = preview(lead);
        lead.riskScore = risk.score;
        lead.riskLevel = risk.levelKey;
    });
    return repo;
}

namespace {

RiskPreviewFunction previewWith(std::shared_ptr<const RiskScreener> screener)
{
    return [screener = std::move(screener)](const Lead& lead) {
        const RiskAssessment assessment = screener->screen({ lead.title, lead.description, lead.entityName, lead.address, {} });
        RiskPreview preview;
        preview.score = assessment.score;
        preview.levelKey = riskLevelKey(assessment.level);
        preview.summary = assessment.summary();
        for (const RiskHit& hit : assessment.hits)
            preview.hits.append({ hit.field, hit.start, hit.length, hit.term, hit.label, hit.weight, hit.counted });
        return preview;
    };
}

} // namespace

RiskPreviewFunction defaultRiskPreview()
{
    // Built once (the automaton is shared by copies; screen() is const and thread-safe).
    static const auto screener = std::make_shared<const RiskScreener>(RiskDictionary::seeded());
    return previewWith(screener);
}

RiskPreviewFunction nodeRiskPreview(Session& session)
{
    return previewWith(std::make_shared<const RiskScreener>(NodeDictionaries(session).screener()));
}

void disconnectChildren(QObject* receiver)
{
    const QList<QObject*> children = receiver->findChildren<QObject*>();
    for (QObject* child : children)
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

QString riskLevelLabel(const QString& levelKey) { return LeadListModel::riskLevelName(levelKey); }

} // namespace gs
