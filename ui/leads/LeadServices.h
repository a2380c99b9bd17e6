// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/Lead.h"
#include "leads/LeadRepository.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace gs {

class Session;

/// A lead repository as the UI uses it: the grid of a point comes from StructureQuery (bounding boxes until
/// exact point-in-polygon from models/geo is wired in StructureQuery::setPointTest) and the risk score and
/// level are filled before each save by the node's screener (nodeRiskPreview).
LeadRepository makeLeadRepository(Session& session);

/// What the risk panel shows: the screener's verdict on the text as typed, explained.
struct RiskPreview
{
    struct Hit
    {
        QString field; ///< title | description | entityName | address
        qsizetype start = 0; ///< in the field's text
        qsizetype length = 0;
        QString term;
        QString label; ///< what the signal means
        double weight = 0;
        bool counted = false;
    };
    double score = 0;
    QString levelKey = QStringLiteral("low");
    QString summary; ///< translated one-liner
    QList<Hit> hits;
};

/// Screens a lead's title, description, entity name and address.
/// Callers treat a null function as "no screener" (tests may set one).
using RiskPreviewFunction = std::function<RiskPreview(const Lead&)>;
/// With the built-in (seeded) dictionary and default thresholds.
RiskPreviewFunction defaultRiskPreview();
/// With the node's dictionary and thresholds (NodeDictionaries) as stored now; later edits need a new function.
RiskPreviewFunction nodeRiskPreview(Session& session);

/// Disconnects every child's signals from `receiver`. Call first in the destructor of a widget whose slots
/// read its members: QWidget's own destructor hides the children, which emits focus-out/editingFinished.
void disconnectChildren(QObject* receiver);

/// Translated level names and colours shared by the list, the form and the detail view.
QString riskLevelLabel(const QString& levelKey);

} // namespace gs
