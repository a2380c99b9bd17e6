// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace gs {

/// One weighted risk signal: a word or phrase and what finding it means.
struct RiskRule
{
    QString term; ///< matched after normalisation (see TextNormalizer)
    QString category; ///< "promise" | "entity" | "group" | any custom key
    double weight = 0; ///< added to the score once per lead when found; finite, >= 0
    QString field = anyField(); ///< "any" field, or "entity": only in the entity name
    QString label; ///< shown to people: what the signal means

    static QString anyField() { return QStringLiteral("any"); }
    static QString entityField() { return QStringLiteral("entity"); }
    static QString promiseCategory() { return QStringLiteral("promise"); }
    static QString entityCategory() { return QStringLiteral("entity"); }
    static QString groupCategory() { return QStringLiteral("group"); }

    friend bool operator==(const RiskRule&, const RiskRule&) = default;
};

/// An editable weighted dictionary. Supervisors edit it as JSON; the store keeps the same value.
class RiskDictionary
{
public:
    RiskDictionary() = default;
    explicit RiskDictionary(QList<RiskRule> rules)
        : m_rules(std::move(rules))
    { }

    /// The signals known from the field: guaranteed/high-return promises, rebates and recruiting,
    /// finance-sounding entity names, groups that are targeted. Labels are translated now.
    static RiskDictionary seeded();

    const QList<RiskRule>& rules() const { return m_rules; }
    QList<RiskRule>& rules() { return m_rules; }
    qsizetype size() const { return m_rules.size(); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    /// Every rule well formed and no term repeated (after normalisation) for the same field.
    /// Error::field is "rules[i].term" etc. (0-based i); the message counts from 1.
    Status validate() const;

    /// {"version": 1, "rules": [{"term", "category", "weight", "field", "label"}, ...]}
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; ///< indented, for editing by hand
    /// Missing "category" means "custom", missing "field" means "any", missing "label" means none;
    /// everything else is checked as validate() does and refused with a translated message.
    static Result<RiskDictionary> fromJson(const QJsonObject& json);
    static Result<RiskDictionary> fromJson(const QByteArray& json);

    friend bool operator==(const RiskDictionary&, const RiskDictionary&) = default;

private:
    QList<RiskRule> m_rules;
};

} // namespace gs
