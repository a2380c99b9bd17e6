// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "RiskScreener.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::RiskScreener", text);
}

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

} // namespace

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

QString riskLevelDisplayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return tr("Low risk");
    case RiskLevel::Medium:
        return tr("Medium risk");
    case RiskLevel::High:
        return tr("High risk");
    }
    return {};
}

bool RiskThresholds::isValid() const
{
    return std::isfinite(medium) && std::isfinite(high) && medium >= 0 && medium <= high;
}

RiskLevel RiskThresholds::levelFor(double score) const
{
    if (score >= high)
        return RiskLevel::High;
    if (score >= medium)
        return RiskLevel::Medium;
    return RiskLevel::Low;
}

QList<ScreeningField> ScreeningInput::fields() const
{
    QList<ScreeningField> out;
    out.reserve(4 + extra.size());
    const auto add = [&](QString k, const QString& text) {
        if (!text.isEmpty())
            out.append({ std::move(k), text });
    };
    add(titleKey(), title);
    add(descriptionKey(), description);
    add(entityNameKey(), entityName);
    add(addressKey(), address);
    out.append(extra);
    return out;
}

QStringList RiskAssessment::countedTerms() const
{
    QList<const RiskHit*> counted;
    for (const RiskHit& h : hits) {
        if (h.counted)
            counted.append(&h);
    }
    std::stable_sort(
        counted.begin(), counted.end(), [](const RiskHit* a, const RiskHit* b) { return a->weight > b->weight; });
    QStringList terms;
    for (const RiskHit* h : std::as_const(counted))
        terms.append(h->term);
    return terms;
}

QString RiskAssessment::summary() const
{
    const QStringList terms = countedTerms();
    if (terms.isEmpty())
        return tr("%1 (score %2): no risk signals found").arg(riskLevelDisplayName(level), QString::number(score));
    //: %1 is the level ("High risk"), %2 the score, %3 the terms that counted, comma-separated
    return tr("%1 (score %2): %3").arg(riskLevelDisplayName(level), QString::number(score), terms.join(tr(", ")));
}

QJsonObject RiskAssessment::toJson() const
{
    QJsonArray array;
    for (const RiskHit& h : hits) {
        array.append(QJsonObject { { key("term"), h.term }, { key("category"), h.category }, { key("label"), h.label },
            { key("weight"), h.weight }, { key("field"), h.field }, { key("start"), h.start },
            { key("length"), h.length }, { key("text"), h.text }, { key("counted"), h.counted } });
    }
    return QJsonObject { { key("score"), score }, { key("level"), riskLevelKey(level) }, { key("summary"), summary() },
        { key("hits"), array } };
}

RiskScreener::RiskScreener(RiskDictionary dictionary, RiskThresholds thresholds)
    : m_dictionary(std::move(dictionary))
    , m_thresholds(thresholds)
{
    QStringList terms;
    terms.reserve(m_dictionary.size());
    for (const RiskRule& r : m_dictionary.rules())
        terms.append(r.term);
    m_matcher = std::make_shared<const AhoCorasick>(terms, TextNormalizer());
}

QList<RiskScreener::Match> RiskScreener::findAll(QStringView text) const
{
    const QList<AhoCorasick::Match> found = m_matcher->findAll(text);
    QList<Match> out;
    out.reserve(found.size());
    for (const AhoCorasick::Match& m : found)
        out.append({ m.pattern, m.start, m.length });
    return out;
}

RiskAssessment RiskScreener::screen(const ScreeningInput& input) const
{
    const QList<RiskRule>& rules = m_dictionary.rules();
    const QString entityField = RiskRule::entityField();
    const QString entityNameKey = ScreeningInput::entityNameKey();
    std::vector<bool> ruleCounted(size_t(rules.size()), false);

    RiskAssessment a;
    QList<AhoCorasick::Match> found;
    for (const ScreeningField& field : input.fields()) {
        found.clear();
        m_matcher->findAll(field.text, found);
        const bool isEntityName = field.key == entityNameKey;
        found.removeIf(
            [&](const AhoCorasick::Match& m) { return !isEntityName && rules.at(m.pattern).field == entityField; });
        std::sort(found.begin(), found.end(), [](const AhoCorasick::Match& x, const AhoCorasick::Match& y) {
            if (x.start != y.start)
                return x.start < y.start;
            if (x.length != y.length)
                return x.length > y.length;
            return x.pattern < y.pattern;
        });
        // A hit is covered when an earlier-or-equal-starting hit ends at or after it and is strictly longer.
        qsizetype bestEnd = -1;
        qsizetype bestStart = -1;
        for (const AhoCorasick::Match& m : std::as_const(found)) {
            const qsizetype end = m.start + m.length;
            const bool covered = bestEnd > end || (bestEnd == end && bestStart < m.start);
            if (end > bestEnd) {
                bestEnd = end;
                bestStart = m.start;
            }
            const RiskRule& rule = rules.at(m.pattern);
            RiskHit hit { m.pattern, rule.term, rule.category, rule.label, rule.weight, field.key, m.start, m.length,
                field.text.mid(m.start, m.length), false };
            if (!covered && !ruleCounted[size_t(m.pattern)]) {
                ruleCounted[size_t(m.pattern)] = true;
                hit.counted = true;
                a.score += rule.weight;
            }
            a.hits.append(std::move(hit));
        }
    }
    a.level = m_thresholds.levelFor(a.score);
    return a;
}

} // namespace gs
