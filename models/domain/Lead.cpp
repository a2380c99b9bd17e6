// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Lead.h"

#include "Validators.h"

#include <QCoreApplication>

namespace gs {

QString Lead::searchableText() const
{
    return QStringList { title, entityName, entityAddress, address, description, entityOnline }.join(QLatin1Char('\n'));
}

namespace leads {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::Lead", text); }

} // namespace

QList<FieldError> validate(const Lead& lead, Completeness completeness)
{
    QList<FieldError> errors;
    auto add = [&](const char* field, const QString& message) { errors.append({ QString::fromLatin1(field), message }); };
    const bool submitting = completeness == Completeness::Submitted;

    if (lead.title.trimmed().isEmpty() && submitting)
        add("title", tr("Title: give the lead a short title, e.g. the entity and what was promised."));
    if (lead.title.size() > 200)
        add("title", tr("Title: at most 200 characters."));
    if (lead.categories.isEmpty() && submitting)
        add("categories", tr("Categories: choose at least one category."));
    if (!lead.entityUscc.trimmed().isEmpty() && !validate::isValidUscc(lead.entityUscc))
        add("entityUscc", tr("Unified social credit code: 18 characters with a valid check character (GB 32100-2015). "
                              "Check the code on the business licence."));
    if (!lead.entityPhone.trimmed().isEmpty() && !validate::isValidPhone(lead.entityPhone))
        add("entityPhone", tr("Contact phone: a mobile number (11 digits starting with 13–19) or a landline with area code, "
                               "e.g. 020-12345678."));
    if (!lead.personIdNumber.trimmed().isEmpty() && !validate::isValidIdNumber(lead.personIdNumber))
        add("personIdNumber", tr("ID number: 18 characters with a valid birth date and check digit (GB 11643)."));
    if (!lead.informantPhone.trimmed().isEmpty() && !validate::isValidPhone(lead.informantPhone))
        add("informantPhone", tr("Informant phone: a mobile number or a landline with area code."));
    if (lead.lon.has_value() != lead.lat.has_value())
        add("location", tr("Location: give both longitude and latitude, or neither."));
    if (lead.lon && (*lead.lon < -180 || *lead.lon > 180))
        add("location", tr("Location: longitude must be between -180 and 180."));
    if (lead.lat && (*lead.lat < -90 || *lead.lat > 90))
        add("location", tr("Location: latitude must be between -90 and 90."));
    if (submitting && lead.address.trimmed().isEmpty() && !lead.lon)
        add("address", tr("Place: give an address or pick the place on the map."));
    if (lead.amountCents && *lead.amountCents < 0)
        add("amount", tr("Amount involved: cannot be negative."));
    if (lead.victims && *lead.victims < 0)
        add("victims", tr("Number of victims: cannot be negative."));
    for (const QString& g : lead.groupsAtRisk) {
        if (!groupsAtRiskKeys().contains(g))
            add("groupsAtRisk", tr("Groups at risk: unknown group '%1'.").arg(g));
    }
    if (!lead.source.isEmpty() && !sourceKeys().contains(lead.source))
        add("source", tr("Source: unknown source '%1'.").arg(lead.source));
    if (submitting && lead.source.isEmpty())
        add("source", tr("Source: say how the lead was found."));
    if (lead.informantConfidential && lead.informantName.trimmed().isEmpty() && lead.informantPhone.trimmed().isEmpty())
        add("informantName", tr("Informant: a confidential informant needs a name or a phone number."));
    if (lead.description.size() > 20000)
        add("description", tr("Description: at most 20000 characters."));

    qint64 total = 0;
    for (const Attachment& a : lead.attachments) {
        total += a.size;
        if (a.size > kMaxAttachmentBytes)
            add("attachments", tr("Evidence: %1 is larger than 25 MB. Compress or split it.").arg(a.fileName));
    }
    if (total > kMaxLeadAttachmentBytes)
        add("attachments", tr("Evidence: all files of one lead together may not exceed 200 MB."));
    return errors;
}

QStringList sourceKeys()
{
    return { QStringLiteral("patrol"), QStringLiteral("public_report"), QStringLiteral("institution"), QStringLiteral("online"),
        QStringLiteral("other") };
}

QString sourceLabel(const QString& key)
{
    if (key == QStringLiteral("patrol"))
        return tr("Found on patrol");
    if (key == QStringLiteral("public_report"))
        return tr("Report from the public");
    if (key == QStringLiteral("institution"))
        return tr("Institution monitoring");
    if (key == QStringLiteral("online"))
        return tr("Online monitoring");
    if (key == QStringLiteral("other"))
        return tr("Other");
    return key;
}

QStringList groupsAtRiskKeys()
{
    return { QStringLiteral("elderly"), QStringLiteral("students"), QStringLiteral("freelancers"),
        QStringLiteral("relocated_villagers"), QStringLiteral("migrant_workers"), QStringLiteral("other") };
}

QString groupAtRiskLabel(const QString& key)
{
    if (key == QStringLiteral("elderly"))
        return tr("The elderly");
    if (key == QStringLiteral("students"))
        return tr("Students");
    if (key == QStringLiteral("freelancers"))
        return tr("Freelancers");
    if (key == QStringLiteral("relocated_villagers"))
        return tr("Relocated villagers");
    if (key == QStringLiteral("migrant_workers"))
        return tr("Migrant workers");
    if (key == QStringLiteral("other"))
        return tr("Other");
    return key;
}

QStringList defaultCategories()
{
    return { QStringLiteral("非法集资"), QStringLiteral("保本保息承诺"), QStringLiteral("高额返利"), QStringLiteral("非法金融广告"),
        QStringLiteral("非法放贷/校园贷"), QStringLiteral("以养老为名"), QStringLiteral("虚拟货币/境外平台"),
        QStringLiteral("私募/理财/财富管理"), QStringLiteral("投资咨询"), QStringLiteral("其他") };
}

QStringList statusKeys()
{
    return { QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("in_triage"), QStringLiteral("needs_info"),
        QStringLiteral("unfounded"), QStringLiteral("suspected"), QStringLiteral("escalated"), QStringLiteral("under_review"),
        QStringLiteral("referred_police"), QStringLiteral("referred_regulator"), QStringLiteral("monitoring"),
        QStringLiteral("mediation"), QStringLiteral("returned"), QStringLiteral("closed") };
}

QString statusLabel(const QString& key)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("draft"), QT_TRANSLATE_NOOP("gs::Lead", "Draft") },
        { QStringLiteral("submitted"), QT_TRANSLATE_NOOP("gs::Lead", "Submitted") },
        { QStringLiteral("in_triage"), QT_TRANSLATE_NOOP("gs::Lead", "In triage") },
        { QStringLiteral("needs_info"), QT_TRANSLATE_NOOP("gs::Lead", "Needs information") },
        { QStringLiteral("unfounded"), QT_TRANSLATE_NOOP("gs::Lead", "Unfounded") },
        { QStringLiteral("suspected"), QT_TRANSLATE_NOOP("gs::Lead", "Suspected illegal activity") },
        { QStringLiteral("escalated"), QT_TRANSLATE_NOOP("gs::Lead", "Escalated") },
        { QStringLiteral("under_review"), QT_TRANSLATE_NOOP("gs::Lead", "District review") },
        { QStringLiteral("referred_police"), QT_TRANSLATE_NOOP("gs::Lead", "Referred to police") },
        { QStringLiteral("referred_regulator"), QT_TRANSLATE_NOOP("gs::Lead", "Referred to regulator") },
        { QStringLiteral("monitoring"), QT_TRANSLATE_NOOP("gs::Lead", "Under monitoring") },
        { QStringLiteral("mediation"), QT_TRANSLATE_NOOP("gs::Lead", "Mediation") },
        { QStringLiteral("returned"), QT_TRANSLATE_NOOP("gs::Lead", "Returned") },
        { QStringLiteral("closed"), QT_TRANSLATE_NOOP("gs::Lead", "Closed") },
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

} // namespace leads
} // namespace gs
