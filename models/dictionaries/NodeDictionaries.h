// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "rules/Dictionary.h"
#include "rules/RiskScreener.h"

#include <QString>
#include <QStringList>

namespace gs {

class Session;

/// The node's editable dictionaries: lead categories, the risk dictionary and the risk thresholds. Stored as
/// JSON in NodeSettings; a missing or unreadable value reads as the default, so a damaged setting never
/// stops lead filing. Reading is open to every signed-in user; changing needs ManageNodeSettings.
class NodeDictionaries
{
public:
    explicit NodeDictionaries(Session& session) : m_session(session) { }

    static constexpr int kMaxCategoryLength = 50;
    static QString categoriesKey() { return QStringLiteral("lead_categories"); }
    static QString riskDictionaryKey() { return QStringLiteral("risk_dictionary"); }
    static QString thresholdsKey() { return QStringLiteral("risk_thresholds"); }

    QStringList categories() const; ///< leads::defaultCategories() unless edited
    /// Each category is trimmed; refused if the list is empty, one is blank, too long or repeated.
    /// Error::field is "categories[i]" (0-based) or "categories".
    Status setCategories(QStringList categories);
    /// Checks as setCategories() does, without storing; returns the trimmed list.
    static Result<QStringList> normalizedCategories(QStringList categories);

    RiskDictionary riskDictionary() const; ///< RiskDictionary::seeded() unless edited
    Status setRiskDictionary(const RiskDictionary& dictionary); ///< refused unless dictionary.validate()

    RiskThresholds thresholds() const; ///< RiskThresholds{} unless edited
    Status setThresholds(RiskThresholds thresholds); ///< refused unless thresholds.isValid()

    /// A screener built from the stored dictionary and thresholds.
    RiskScreener screener() const;

private:
    Session& m_session;
};

} // namespace gs
