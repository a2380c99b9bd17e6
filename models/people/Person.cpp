// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Person.h"

#include "domain/Validators.h"
#include "geo/ChinaCoordinates.h"

#include <QCoreApplication>

namespace gs {
namespace people {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::people", text);
}

// English source texts of the four hats, in the order of hatKeys().
const char* const kHatLabels[] = {
    QT_TRANSLATE_NOOP("gs::people", "Public education speaker"),
    QT_TRANSLATE_NOOP("gs::people", "Risk monitor"),
    QT_TRANSLATE_NOOP("gs::people", "Special campaign officer"),
    QT_TRANSLATE_NOOP("gs::people", "Financial assistant"),
};

} // namespace

QString kindKey(PersonKind kind)
{
    return kind == PersonKind::Sentinel ? QStringLiteral("sentinel") : QStringLiteral("volunteer");
}

std::optional<PersonKind> kindFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"sentinel" || t == u"哨员" || t == u"前哨员" || t == u"防非前哨员" || t == u"地方防非前哨员"
        || t == u"网格员" || t == tr("Grid sentinel").toLower())
        return PersonKind::Sentinel;
    if (t == u"volunteer" || t == u"志愿者" || t == u"金融志愿者" || t == u"金融防非志愿者"
        || t == tr("Finance volunteer").toLower())
        return PersonKind::Volunteer;
    return std::nullopt;
}

QString kindLabel(PersonKind kind)
{
    return kind == PersonKind::Sentinel ? tr("Grid sentinel") : tr("Finance volunteer");
}

const QStringList& hatKeys()
{
    static const QStringList keys { QStringLiteral("专业宣讲员"), QStringLiteral("风险监测员"),
        QStringLiteral("专项行动员"), QStringLiteral("金融助理员") };
    return keys;
}

QString hatLabel(const QString& key)
{
    const qsizetype i = hatKeys().indexOf(key);
    return i < 0 ? key : QCoreApplication::translate("gs::people", kHatLabels[i]);
}

std::optional<QString> hatFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (qsizetype i = 0; i < hatKeys().size(); ++i) {
        if (t == hatKeys()[i] || t.compare(QString::fromLatin1(kHatLabels[i]), Qt::CaseInsensitive) == 0
            || t.compare(QCoreApplication::translate("gs::people", kHatLabels[i]), Qt::CaseInsensitive) == 0)
            return hatKeys()[i];
    }
    return std::nullopt;
}

} // namespace people

QList<FieldError> validatePerson(const Person& p)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("gs::people", text); };
    QList<FieldError> errors;
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        errors.append({ QStringLiteral("name"), tr("Name: enter the person's name.") });
    else if (name.size() > 32)
        errors.append({ QStringLiteral("name"), tr("Name: at most 32 characters.") });
    if (p.phone.trimmed().isEmpty())
        errors.append({ QStringLiteral("phone"), tr("Phone: enter a mobile or landline number, the card shows it.") });
    else if (!validate::isValidPhone(p.phone))
        errors.append({ QStringLiteral("phone"),
            tr("Phone: %1 is not a mainland mobile (11 digits) or landline number (020-12345678).")
                .arg(p.phone.trimmed()) });
    if (p.kind == PersonKind::Sentinel) {
        if (p.communityId.isEmpty())
            errors.append({ QStringLiteral("community"), tr("Community: choose the community the sentinel serves.") });
    } else {
        if (p.institution.trimmed().isEmpty())
            errors.append({ QStringLiteral("institution"),
                tr("Institution: enter the bank or insurer the volunteer comes from.") });
        else if (p.institution.trimmed().size() > 64)
            errors.append({ QStringLiteral("institution"), tr("Institution: at most 64 characters.") });
        if (p.branch.trimmed().size() > 64)
            errors.append({ QStringLiteral("branch"), tr("Branch: at most 64 characters.") });
        if (p.hats.isEmpty())
            errors.append(
                { QStringLiteral("hats"), tr("Hats: choose at least one of the four roles the volunteer takes on.") });
        for (const QString& hat : p.hats) {
            if (!people::hatKeys().contains(hat))
                errors.append({ QStringLiteral("hats"),
                    tr("Hats: %1 is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.").arg(hat) });
        }
        if (!p.gridIds.isEmpty())
            errors.append({ QStringLiteral("grids"), tr("Grids: only sentinels cover grids.") });
    }
    if (p.location) {
        if (!p.location->isValid())
            errors.append({ QStringLiteral("location"),
                tr("Location: longitude must lie within ±180 and latitude within ±90.") });
        else if (geo::ChinaCoordinates::isOutsideChina(*p.location))
            errors.append({ QStringLiteral("location"),
                tr("Location: %1, %2 is outside China; is the longitude first?")
                    .arg(p.location->lon, 0, 'f', 6)
                    .arg(p.location->lat, 0, 'f', 6) });
    }
    if (p.address.trimmed().size() > 128)
        errors.append({ QStringLiteral("address"), tr("Address: at most 128 characters.") });
    if (p.note.size() > 500)
        errors.append({ QStringLiteral("note"), tr("Note: at most 500 characters.") });
    return errors;
}

} // namespace gs
