// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Dictionary.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::RiskDictionary", text);
}

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

constexpr int FormatVersion = 1;

Error invalid(const QString& message, qsizetype rule, const char* member)
{
    return makeError(Error::Code::InvalidInput, message,
        rule < 0 ? QString() : QStringLiteral("rules[%1].%2").arg(rule).arg(QLatin1String(member)));
}

struct Seed
{
    const char16_t* term;
    double weight;
};

void addAll(QList<RiskRule>& rules, const QString& category, const QString& field, const QString& label,
    std::initializer_list<Seed> seeds)
{
    for (const Seed& s : seeds)
        rules.append({ QString::fromUtf16(s.term), category, s.weight, field, label });
}

} // namespace

RiskDictionary RiskDictionary::seeded()
{
    QList<RiskRule> r;
    const QString promise = RiskRule::promiseCategory();
    const QString any = RiskRule::anyField();
    addAll(r, promise, any, tr("Promises guaranteed returns or no risk"),
        { { u"保本保息", 30 }, { u"保本高息", 30 }, { u"稳赚不赔", 30 }, { u"保本", 15 }, { u"保收益", 20 },
            { u"保证收益", 20 }, { u"刚性兑付", 20 }, { u"无风险", 15 }, { u"零风险", 15 }, { u"稳赚", 15 },
            { u"躺赚", 15 } });
    addAll(r, promise, any, tr("Promises high returns"),
        { { u"高额回报", 20 }, { u"高息", 15 }, { u"静态收益", 15 }, { u"日息", 10 }, { u"月息", 8 },
            { u"年化收益", 8 } });
    addAll(r, promise, any, tr("Promises rebates, dividends or commissions"),
        { { u"返利", 10 }, { u"返息", 10 }, { u"分红", 8 }, { u"消费返还", 15 }, { u"代理返佣", 15 } });
    addAll(r, promise, any, tr("Pays for recruiting others (pyramid pattern)"),
        { { u"拉人头", 25 }, { u"发展下线", 25 } });
    addAll(r, promise, any, tr("Sells unlisted \"original shares\" or insider subscriptions"),
        { { u"原始股", 20 }, { u"内部认购", 15 } });
    addAll(r, promise, any, tr("Pension or elder-care investment pitch"),
        { { u"养老项目", 15 }, { u"以房养老", 20 }, { u"投资养老", 15 } });
    addAll(r, promise, any, tr("Blockchain or virtual-currency pitch"), { { u"区块链", 10 }, { u"虚拟币", 10 } });

    addAll(r, RiskRule::entityCategory(), RiskRule::entityField(), tr("Finance-sounding entity name"),
        { { u"金融", 10 }, { u"理财", 12 }, { u"财富管理", 15 }, { u"投资咨询", 12 }, { u"资产管理", 12 },
            { u"基金", 12 }, { u"私募", 15 }, { u"投资管理", 12 } });

    const QString group = RiskRule::groupCategory();
    addAll(r, group, any, tr("Targets older or retired people"), { { u"老年人", 8 }, { u"老人", 6 }, { u"退休", 8 } });
    addAll(r, group, any, tr("Targets students"), { { u"大学生", 8 }, { u"学生", 6 } });
    addAll(r, group, any, tr("Targets people with demolition compensation"), { { u"征拆", 8 }, { u"拆迁", 8 } });
    addAll(r, group, any, tr("Targets villagers or migrant workers"),
        { { u"村民", 6 }, { u"外来务工", 8 }, { u"务工", 5 } });
    addAll(r, group, any, tr("Targets freelancers"), { { u"自由职业", 5 } });
    return RiskDictionary(std::move(r));
}

Status RiskDictionary::validate() const
{
    const TextNormalizer normalizer;
    QHash<QString, qsizetype> seen; // field + '\n' + normalised term → rule index
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const RiskRule& rule = m_rules.at(i);
        const QString n = QString::number(i + 1);
        if (rule.term.trimmed().isEmpty())
            return invalid(tr("Rule %1: the term is empty. Enter the word or phrase to look for.").arg(n), i, "term");
        const QString normalized = normalizer.normalized(rule.term);
        if (normalized.isEmpty())
            return invalid(tr("Rule %1: the term \"%2\" is only spaces or separators, which screening ignores. "
                              "Enter a word or phrase.")
                               .arg(n, rule.term),
                i, "term");
        if (rule.category.trimmed().isEmpty())
            return invalid(tr("Rule %1 (\"%2\"): the category is empty. Use promise, entity, group or a name "
                              "of your own.")
                               .arg(n, rule.term),
                i, "category");
        if (!std::isfinite(rule.weight) || rule.weight < 0)
            return invalid(
                tr("Rule %1 (\"%2\"): the weight must be a number of 0 or more.").arg(n, rule.term), i, "weight");
        if (rule.field != RiskRule::anyField() && rule.field != RiskRule::entityField())
            return invalid(tr("Rule %1 (\"%2\"): the field \"%3\" is unknown. Use \"any\" (every field) or "
                              "\"entity\" (the entity name only).")
                               .arg(n, rule.term, rule.field),
                i, "field");
        const QString k = rule.field + QLatin1Char('\n') + normalized;
        if (const auto it = seen.constFind(k); it != seen.cend())
            return invalid(tr("Rule %1 repeats the term \"%2\" of rule %3 for the same field. Remove one of them.")
                               .arg(n, rule.term, QString::number(*it + 1)),
                i, "term");
        seen.insert(k, i);
    }
    return {};
}

QJsonObject RiskDictionary::toJson() const
{
    QJsonArray rules;
    for (const RiskRule& r : m_rules) {
        rules.append(QJsonObject { { key("term"), r.term }, { key("category"), r.category },
            { key("weight"), r.weight }, { key("field"), r.field }, { key("label"), r.label } });
    }
    return QJsonObject { { key("version"), FormatVersion }, { key("rules"), rules } };
}

QByteArray RiskDictionary::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<RiskDictionary> RiskDictionary::fromJson(const QJsonObject& json)
{
    const QJsonValue version = json.value(key("version"));
    if (!version.isUndefined() && version.toInt(-1) != FormatVersion)
        return invalid(tr("This dictionary uses format version %1, which this version of GridSentinel cannot read.")
                           .arg(version.toVariant().toString()),
            -1, "");
    const QJsonValue rulesValue = json.value(key("rules"));
    if (!rulesValue.isArray())
        return makeError(
            Error::Code::InvalidInput, tr("The dictionary has no list of rules (\"rules\")."), QStringLiteral("rules"));

    const QJsonArray array = rulesValue.toArray();
    QList<RiskRule> rules;
    rules.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString n = QString::number(i + 1);
        if (!array.at(i).isObject())
            return invalid(tr("Rule %1 is not an object with a term and a weight.").arg(n), i, "term");
        const QJsonObject o = array.at(i).toObject();
        RiskRule rule;
        const auto text = [&](const char* member, QString& out, const QString& fallback) -> bool {
            const QJsonValue v = o.value(key(member));
            if (v.isUndefined() || v.isNull()) {
                out = fallback;
                return true;
            }
            out = v.toString();
            return v.isString();
        };
        if (!text("term", rule.term, {}))
            return invalid(tr("Rule %1: the term must be text.").arg(n), i, "term");
        if (!text("category", rule.category, QStringLiteral("custom")))
            return invalid(tr("Rule %1 (\"%2\"): the category must be text.").arg(n, rule.term), i, "category");
        if (!text("field", rule.field, RiskRule::anyField()))
            return invalid(tr("Rule %1 (\"%2\"): the field must be text.").arg(n, rule.term), i, "field");
        if (!text("label", rule.label, {}))
            return invalid(tr("Rule %1 (\"%2\"): the label must be text.").arg(n, rule.term), i, "label");
        const QJsonValue weight = o.value(key("weight"));
        if (!weight.isDouble())
            return invalid(
                tr("Rule %1 (\"%2\"): the weight is missing or is not a number.").arg(n, rule.term), i, "weight");
        rule.weight = weight.toDouble();
        rules.append(std::move(rule));
    }
    RiskDictionary dictionary(std::move(rules));
    if (Status s = dictionary.validate(); !s)
        return s.error();
    return dictionary;
}

Result<RiskDictionary> RiskDictionary::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(Error::Code::InvalidInput,
            tr("The dictionary is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return makeError(Error::Code::InvalidInput, tr("The dictionary must be a JSON object with a list of rules."));
    return fromJson(doc.object());
}

} // namespace gs
