// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/LonLat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gs {

/// 地方防非前哨员 (grid sentinel) or 金融防非志愿者 (finance volunteer from a bank or an insurer).
enum class PersonKind { Sentinel, Volunteer };

namespace people {

QString kindKey(PersonKind kind); ///< sentinel | volunteer (people.kind)
/// The keys, and the words people write in spreadsheets (哨员, 前哨员, 志愿者…).
std::optional<PersonKind> kindFromText(const QString& text);
QString kindLabel(PersonKind kind); ///< translated

/// The volunteers' four hats, as stored (people.hats, a JSON array): 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.
const QStringList& hatKeys();
QString hatLabel(const QString& key); ///< translated
/// A stored key, its translated or English label; nullopt for anything else.
std::optional<QString> hatFromText(const QString& text);

} // namespace people

/// A sentinel or a volunteer as the people editor sees them.
struct Person
{
    QString id;
    PersonKind kind = PersonKind::Sentinel;
    QString name;
    QString phone;
    QString communityId; ///< sentinels: their community (optional for volunteers)
    QStringList gridIds; ///< sentinels: the grids they cover, in their community
    QString institution; ///< volunteers: bank or insurer (中国工商银行…)
    QString branch; ///< volunteers: the branch (广州五山支行…)
    QStringList hats; ///< volunteers: keys of people::hatKeys()
    std::optional<geo::LonLat> location; ///< home base (sentinels) or branch (volunteers), WGS-84
    QString address; ///< of that location
    QString note;
    bool active = true;

    // Filled on reading, ignored on writing.
    QString communityCode, communityName, streetName;
    QStringList gridCodes, gridNames;
    QString userId, userName; ///< the local account linked to this person, if any
    int activePairings = 0;
    QString createdAt, updatedAt;
};

/// Field problems of a person on their own (the repository adds those that need the database).
QList<FieldError> validatePerson(const Person& person);

} // namespace gs
