// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "AhoCorasick.h"
#include "Dictionary.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gs {

enum class RiskLevel { Low, Medium, High };

QString riskLevelKey(RiskLevel level); ///< "low" | "medium" | "high", stable (JSON, CLI, database)
QString riskLevelDisplayName(RiskLevel level); ///< translated: "Low risk" ...

/// A score at or above `medium` is Medium, at or above `high` is High.
struct RiskThresholds
{
    double medium = 20;
    double high = 50;
    bool isValid() const; ///< finite, 0 <= medium <= high
    RiskLevel levelFor(double score) const;
    friend bool operator==(const RiskThresholds&, const RiskThresholds&) = default;
};

/// One named piece of text to screen.
struct ScreeningField
{
    QString key;
    QString text;
};

/// What a lead says, field by field. Rules with field "entity" only count in entityName.
struct ScreeningInput
{
    QString title;
    QString description;
    QString entityName;
    QString address;
    QList<ScreeningField> extra; ///< any other free text (attachments' text, notes...), keyed by the caller

    static QString titleKey() { return QStringLiteral("title"); }
    static QString descriptionKey() { return QStringLiteral("description"); }
    static QString entityNameKey() { return QStringLiteral("entityName"); }
    static QString addressKey() { return QStringLiteral("address"); }

    /// The named fields (non-empty ones) in the order above, then `extra`.
    QList<ScreeningField> fields() const;
};

/// One place where a rule matched.
struct RiskHit
{
    qsizetype rule = -1; ///< index in the dictionary
    QString term;
    QString category;
    QString label;
    double weight = 0;
    QString field; ///< ScreeningField::key
    qsizetype start = 0; ///< in the ORIGINAL field text (UTF-16 code units)
    qsizetype length = 0; ///< in the ORIGINAL field text, separators inside the match included
    QString text; ///< the original text matched, e.g. "保-本-保-息"
    /// This hit is the one that added the rule's weight to the score. Each rule counts at most once; a
    /// hit inside a longer hit of another rule (高息 in 保本高息) does not count, but is still reported.
    bool counted = false;
};

struct RiskAssessment
{
    double score = 0; ///< the sum of the weights of counted hits
    RiskLevel level = RiskLevel::Low;
    QList<RiskHit> hits; ///< every hit, by field, then position, longer first

    /// Terms that added to the score, heaviest first.
    QStringList countedTerms() const;
    /// Translated one-liner, e.g. "High risk (score 65): 保本保息, 高额回报, 老年人".
    QString summary() const;
    /// {score, level, summary, hits: [{term, category, label, weight, field, start, length, text, counted}]}
    QJsonObject toJson() const;
};

/**
 * Explainable keyword screening of a lead. Built once per dictionary (the automaton is shared by
 * copies); screen() and findAll() are const and safe to call from several threads at once.
 */
class RiskScreener
{
public:
    struct Match
    {
        qsizetype rule = 0;
        qsizetype start = 0; ///< in the original text
        qsizetype length = 0;
        friend bool operator==(const Match&, const Match&) = default;
    };

    /// The dictionary is used as given (an empty term never matches); validate() it where it is edited.
    explicit RiskScreener(RiskDictionary dictionary = RiskDictionary::seeded(), RiskThresholds thresholds = {});

    const RiskDictionary& dictionary() const { return m_dictionary; }
    const RiskThresholds& thresholds() const { return m_thresholds; }

    RiskAssessment screen(const ScreeningInput& input) const;
    /// Every match of every rule in `text`, overlapping ones included, whatever the rule's field.
    QList<Match> findAll(QStringView text) const;

private:
    RiskDictionary m_dictionary;
    RiskThresholds m_thresholds;
    std::shared_ptr<const AhoCorasick> m_matcher;
};

} // namespace gs
