// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/LonLat.h"
#include "workflow/AuditLog.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gs {

class DistrictChanges;
class Session;

/// A 结对共建卡: one finance volunteer paired with one grid sentinel, from a start date until it is ended.
struct Pairing
{
    QString id;
    QString cardNo; ///< <district code>-<year>-<4 digits>, e.g. 440106-2026-0007
    QString sentinelId;
    QString volunteerId;
    QDate startedOn;
    std::optional<QDate> endedOn;
    QString endReason;
    QString previousPairingId; ///< the card this one re-pairs
    QString note;
    QString createdAt, updatedAt;

    // Both people, resolved on reading.
    QString sentinelName, sentinelPhone, sentinelCommunity, sentinelStreet;
    QStringList sentinelGrids; ///< names of the grids the sentinel covers
    QString volunteerName, volunteerPhone, volunteerInstitution, volunteerBranch;
    QStringList volunteerHats;
    std::optional<geo::LonLat> sentinelLocation, volunteerLocation;
    QString nextPairingId; ///< the card that re-paired this one, if any

    bool isActive() const { return !endedOn.has_value(); }
};

/// What a map layer draws for a pairing: a line from the sentinel's home base to the volunteer's branch.
struct PairLine
{
    QString pairingId;
    QString cardNo;
    QString sentinelId, volunteerId;
    QString sentinelName, volunteerName;
    geo::LonLat sentinel;
    geo::LonLat volunteer;
};

struct PairingFilter
{
    enum class State { Active, Ended, All };
    State state = State::Active;
    QString personId; ///< only the pairings of this sentinel or volunteer
    QString text; ///< part of the card number, a name, an institution or a community
};

/// Pairing cards. Rules: both people active and of the right kind; a sentinel has one active pairing at a time;
/// a volunteer at most maxPerVolunteer() (a node setting, default 3); a start date not in the future. Ending
/// needs a reason; re-pairing ends a card and opens its successor (other volunteer or other sentinel) in one
/// transaction, linked both ways, so the history of every person stays complete. Writes need ManagePairings;
/// each is one transaction with the change log and an audit event, then DistrictChanges::pairingsChanged.
class PairingRepository
{
public:
    static constexpr int kDefaultMaxPerVolunteer = 3;
    static constexpr int kMaxPerVolunteerLimit = 20;

    explicit PairingRepository(Session& session, DistrictChanges* changes = nullptr);

    Result<QList<Pairing>> list(const PairingFilter& filter = {});
    /// By id or card number. Anyone may load a card they are on; others need ManagePairings.
    Result<Pairing> load(const QString& idOrCardNo);
    /// Every card of a person, newest first, ended ones included.
    Result<QList<Pairing>> history(const QString& personId);
    Result<QList<AuditEvent>> events(const QString& pairingId);

    struct NewPairing
    {
        QString sentinelId;
        QString volunteerId;
        QDate startedOn; ///< today when null
        QString note;
        QString cardNo; ///< empty: the next free number
    };
    Result<Pairing> create(const NewPairing& pairing);
    /// Ends an active card on `endedOn` (today when null; not before it started, not in the future).
    Status end(const QString& pairingId, const QString& reason, QDate endedOn = {});
    /// Ends `pairingId` and pairs again: the new card keeps whichever of the two people is not replaced.
    struct RePairing
    {
        QString sentinelId; ///< empty: the same sentinel
        QString volunteerId; ///< empty: the same volunteer
        QString reason; ///< why the old card ends (required)
        QDate on; ///< today when null
        QString note;
    };
    Result<Pairing> rePair(const QString& pairingId, const RePairing& change);

    /// A card as it was (for imports of history): validated by the same rules, ended or not; the start date
    /// may be anything from 2000 on, the end date not before it.
    Result<Pairing> importRecord(const Pairing& record);

    int maxPerVolunteer() const;
    /// Needs ManageNodeSettings; 1–20, never below what a volunteer already holds.
    Status setMaxPerVolunteer(int maximum);
    QString nextCardNo(int year);

    /// Active pairings whose two people both have a location: what the map's pair-line layer draws.
    Result<QList<PairLine>> activeLines();

private:
    Result<QList<Pairing>> query(const QString& where, const QVariantList& values);
    Status checkPeople(
        const QString& sentinelId, const QString& volunteerId, const QString& ignorePairing, QList<FieldError>* errors);
    Result<QString> insert(const Pairing& p, const QString& auditKind, const QJsonObject& extra);
    Status endRow(const Pairing& stored, const QString& reason, QDate on, const QString& nextId);
    void notify(const QStringList& ids);

    Session& m_session;
    DistrictChanges* m_changes;
};

} // namespace gs
