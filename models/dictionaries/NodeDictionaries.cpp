// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "NodeDictionaries.h"

#include "accounts/NodeSettings.h"
#include "accounts/Session.h"
#include "core/Json.h"
#include "domain/Lead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>


namespace gs {

namespace {

QJsonDocument parse(const QString& text)
{
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

QString compact(const QJsonDocument& doc) { return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)); }

} // namespace

Result<QStringList> NodeDictionaries::normalizedCategories(QStringList categories)
{
    if (categories.isEmpty())
        return makeError(Error::Code::InvalidInput,
            QCoreApplication::translate("gs::NodeDictionaries", "Categories: keep at least one category."),
            QStringLiteral("categories"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QString& category = categories[i];
        category = category.trimmed();
        const QString field = QStringLiteral("categories[%1]").arg(i);
        if (category.isEmpty())
            return makeError(Error::Code::InvalidInput,
                QCoreApplication::translate("gs::NodeDictionaries", "Category %1: enter a name or remove the row.").arg(i + 1),
                field);
        if (category.size() > kMaxCategoryLength)
            return makeError(Error::Code::InvalidInput,
                QCoreApplication::translate("gs::NodeDictionaries", "Category %1: use at most %2 characters.")
                    .arg(i + 1)
                    .arg(kMaxCategoryLength),
                field);
        if (seen.contains(category))
            return makeError(Error::Code::InvalidInput,
                QCoreApplication::translate("gs::NodeDictionaries", "Category %1: \"%2\" is already in the list.")
                    .arg(i + 1)
                    .arg(category),
                field);
        seen.insert(category);
    }
    return categories;
}

QStringList NodeDictionaries::categories() const
{
    const QJsonDocument doc = parse(NodeSettings(m_session).value(categoriesKey()));
    if (doc.isArray()) {
        QStringList stored;
        for (const QJsonValue& v : doc.array()) {
            if (!v.isString()) {
                stored.clear();
                break;
            }
            stored << v.toString();
        }
        if (auto normalized = normalizedCategories(stored))
            return normalized.value();
    }
    return leads::defaultCategories();
}

Status NodeDictionaries::setCategories(QStringList categories)
{
    auto normalized = normalizedCategories(std::move(categories));
    if (!normalized)
        return normalized.error();
    return NodeSettings(m_session).setValue(categoriesKey(), json::arrayText(*normalized));
}

RiskDictionary NodeDictionaries::riskDictionary() const
{
    const QJsonDocument doc = parse(NodeSettings(m_session).value(riskDictionaryKey()));
    if (doc.isObject()) {
        if (auto dictionary = RiskDictionary::fromJson(doc.object()))
            return dictionary.value();
    }
    return RiskDictionary::seeded();
}

Status NodeDictionaries::setRiskDictionary(const RiskDictionary& dictionary)
{
    if (Status s = dictionary.validate(); !s)
        return s;
    return NodeSettings(m_session).setValue(riskDictionaryKey(), compact(QJsonDocument(dictionary.toJson())));
}

RiskThresholds NodeDictionaries::thresholds() const
{
    const QJsonDocument doc = parse(NodeSettings(m_session).value(thresholdsKey()));
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue medium = o.value(QStringLiteral("medium"));
        const QJsonValue high = o.value(QStringLiteral("high"));
        if (medium.isDouble() && high.isDouble()) {
            const RiskThresholds stored { medium.toDouble(), high.toDouble() };
            if (stored.isValid())
                return stored;
        }
    }
    return {};
}

Status NodeDictionaries::setThresholds(RiskThresholds thresholds)
{
    if (!thresholds.isValid())
        return makeError(Error::Code::InvalidInput,
            QCoreApplication::translate("gs::NodeDictionaries",
                "Risk thresholds: the medium threshold must be 0 or more and not above the high threshold."),
            QStringLiteral("thresholds"));
    const QJsonObject json { { QStringLiteral("medium"), thresholds.medium }, { QStringLiteral("high"), thresholds.high } };
    return NodeSettings(m_session).setValue(thresholdsKey(), compact(QJsonDocument(json)));
}

RiskScreener NodeDictionaries::screener() const { return RiskScreener(riskDictionary(), thresholds()); }

} // namespace gs
