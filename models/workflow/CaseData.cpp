// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CaseData.h"

#include "domain/Lead.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::CaseData", text);
}

QString label(const QHash<QString, const char*>& labels, const QString& key)
{
    const char* text = labels.value(key);
    return text ? tr(text) : key;
}

} // namespace

QJsonObject TransitionInput::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    put("note", note);
    put("conclusion", conclusion);
    if (!basis.isEmpty())
        o.insert(QStringLiteral("basis"), QJsonArray::fromStringList(basis));
    put("basisOther", basisOther);
    put("confidence", confidence);
    put("crossCheck", crossCheck);
    put("followUp", followUp);
    put("unit", unit);
    put("reference", reference);
    put("opinion", opinion);
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    put("outcome", outcome);
    put("assigneeUserId", assigneeUserId);
    return o;
}

TransitionInput TransitionInput::fromJson(const QJsonObject& o)
{
    TransitionInput in;
    const auto get = [&o](const char* key) { return o.value(QString::fromLatin1(key)).toString(); };
    in.note = get("note");
    in.conclusion = get("conclusion");
    for (const QJsonValue& v : o.value(QStringLiteral("basis")).toArray())
        in.basis << v.toString();
    in.basisOther = get("basisOther");
    in.confidence = get("confidence");
    in.crossCheck = get("crossCheck");
    in.followUp = get("followUp");
    in.unit = get("unit");
    in.reference = get("reference");
    in.opinion = get("opinion");
    in.until = QDate::fromString(get("until"), Qt::ISODate);
    in.outcome = get("outcome");
    in.assigneeUserId = get("assigneeUserId");
    return in;
}

namespace cases {

QStringList conclusionKeys()
{
    return { QStringLiteral("suspected"), QStringLiteral("unfounded"), QStringLiteral("needs_info") };
}

QString conclusionLabel(const QString& key)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("suspected"), QT_TRANSLATE_NOOP("gs::CaseData", "Suspected illegal financial activity") },
        { QStringLiteral("unfounded"), QT_TRANSLATE_NOOP("gs::CaseData", "Unfounded") },
        { QStringLiteral("needs_info"), QT_TRANSLATE_NOOP("gs::CaseData", "Needs more information") },
    };
    return label(labels, key);
}

QStringList basisKeys()
{
    return { QStringLiteral("guaranteed_returns"), QStringLiteral("high_returns"), QStringLiteral("public_promotion"),
        QStringLiteral("unspecified_public"), QStringLiteral("no_licence"), QStringLiteral("abnormal_funds") };
}

QString basisLabel(const QString& key)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("guaranteed_returns"), QT_TRANSLATE_NOOP("gs::CaseData", "Promises principal and interest") },
        { QStringLiteral("high_returns"), QT_TRANSLATE_NOOP("gs::CaseData", "High rebates or returns") },
        { QStringLiteral("public_promotion"), QT_TRANSLATE_NOOP("gs::CaseData", "Public promotion") },
        { QStringLiteral("unspecified_public"), QT_TRANSLATE_NOOP("gs::CaseData", "Aimed at the general public") },
        { QStringLiteral("no_licence"), QT_TRANSLATE_NOOP("gs::CaseData", "No financial licence") },
        { QStringLiteral("abnormal_funds"), QT_TRANSLATE_NOOP("gs::CaseData", "Abnormal flows of funds") },
    };
    return label(labels, key);
}

QStringList confidenceKeys()
{
    return { QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high") };
}

QString confidenceLabel(const QString& key)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("low"), QT_TRANSLATE_NOOP("gs::CaseData", "Low confidence") },
        { QStringLiteral("medium"), QT_TRANSLATE_NOOP("gs::CaseData", "Medium confidence") },
        { QStringLiteral("high"), QT_TRANSLATE_NOOP("gs::CaseData", "High confidence") },
    };
    return label(labels, key);
}

QStringList outcomeKeys()
{
    return { QStringLiteral("case_opened"), QStringLiteral("penalized"), QStringLiteral("rectified"),
        QStringLiteral("mediated"), QStringLiteral("no_violation"), QStringLiteral("monitoring_ended"),
        QStringLiteral("transferred"), QStringLiteral("other") };
}

QString outcomeLabel(const QString& key)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("case_opened"), QT_TRANSLATE_NOOP("gs::CaseData", "Police opened a criminal case") },
        { QStringLiteral("penalized"), QT_TRANSLATE_NOOP("gs::CaseData", "Administrative penalty imposed") },
        { QStringLiteral("rectified"), QT_TRANSLATE_NOOP("gs::CaseData", "Rectified: the activity stopped") },
        { QStringLiteral("mediated"), QT_TRANSLATE_NOOP("gs::CaseData", "Settled by mediation") },
        { QStringLiteral("no_violation"), QT_TRANSLATE_NOOP("gs::CaseData", "No violation found") },
        { QStringLiteral("monitoring_ended"), QT_TRANSLATE_NOOP("gs::CaseData", "Monitoring ended without findings") },
        { QStringLiteral("transferred"), QT_TRANSLATE_NOOP("gs::CaseData", "Transferred to another jurisdiction") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("gs::CaseData", "Other outcome") },
    };
    return label(labels, key);
}

QStringList decisionKeys()
{
    return { QStringLiteral("referred_police"), QStringLiteral("referred_regulator"), QStringLiteral("monitoring"),
        QStringLiteral("mediation"), QStringLiteral("returned") };
}

QString decisionLabel(const QString& key)
{
    return leads::statusLabel(key);
}

} // namespace cases
} // namespace gs
