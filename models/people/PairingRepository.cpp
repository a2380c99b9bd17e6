// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PairingRepository.h"

#include "accounts/NodeSettings.h"
#include "accounts/Session.h"
#include "core/Ids.h"
#include "core/Json.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "structure/DistrictChanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::PairingRepository", text, disambiguation, n);
}

const QString kMaxSetting = QStringLiteral("pairing_max_per_volunteer");
const QDate kEarliest(2000, 1, 1);

constexpr const char* kSelect
    = "SELECT pr.id, pr.card_no, pr.sentinel_id, pr.volunteer_id, pr.started_on, pr.ended_on, pr.end_reason, "
      "pr.previous_pairing_id, "
      "pr.note, pr.created_at, pr.updated_at, s.name, s.phone, coalesce(c.name, ''), coalesce(st.name, ''), "
      "(SELECT group_concat(name, char(30)) FROM (SELECT g.name AS name FROM person_grids pg JOIN grids g ON g.id = "
      "pg.grid_id "
      "  WHERE pg.person_id = s.id AND pg.deleted = 0 ORDER BY g.code)), "
      "v.name, v.phone, v.institution, v.branch, v.hats, s.lon, s.lat, v.lon, v.lat, "
      "(SELECT n.id FROM pairings n WHERE n.previous_pairing_id = pr.id AND n.deleted = 0 LIMIT 1) "
      "FROM pairings pr JOIN people s ON s.id = pr.sentinel_id JOIN people v ON v.id = pr.volunteer_id "
      "LEFT JOIN communities c ON c.id = s.community_id LEFT JOIN streets st ON st.id = c.street_id WHERE pr.deleted = "
      "0";

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

Pairing readPairing(const Statement& s)
{
    Pairing p;
    p.id = s.text(0);
    p.cardNo = s.text(1);
    p.sentinelId = s.text(2);
    p.volunteerId = s.text(3);
    p.startedOn = QDate::fromString(s.text(4), Qt::ISODate);
    if (!s.isNull(5) && !s.text(5).isEmpty())
        p.endedOn = QDate::fromString(s.text(5), Qt::ISODate);
    p.endReason = s.text(6);
    p.previousPairingId = s.text(7);
    p.note = s.text(8);
    p.createdAt = s.text(9);
    p.updatedAt = s.text(10);
    p.sentinelName = s.text(11);
    p.sentinelPhone = s.text(12);
    p.sentinelCommunity = s.text(13);
    p.sentinelStreet = s.text(14);
    p.sentinelGrids = s.text(15).split(QChar(30), Qt::SkipEmptyParts);
    p.volunteerName = s.text(16);
    p.volunteerPhone = s.text(17);
    p.volunteerInstitution = s.text(18);
    p.volunteerBranch = s.text(19);
    p.volunteerHats = json::strings(s.text(20));
    if (!s.isNull(21) && !s.isNull(22))
        p.sentinelLocation = geo::LonLat { s.real(21), s.real(22) };
    if (!s.isNull(23) && !s.isNull(24))
        p.volunteerLocation = geo::LonLat { s.real(23), s.real(24) };
    p.nextPairingId = s.text(25);
    return p;
}

Error notFound()
{
    return makeError(Error::Code::NotFound, tr("The pairing card does not exist, or you may not see it."));
}

} // namespace

PairingRepository::PairingRepository(Session& session, DistrictChanges* changes)
    : m_session(session)
    , m_changes(changes)
{ }

void PairingRepository::notify(const QStringList& ids)
{
    if (m_changes)
        Q_EMIT m_changes->pairingsChanged(ids);
}

Result<QList<Pairing>> PairingRepository::query(const QString& where, const QVariantList& values)
{
    auto stmt = m_session.db().prepare(QString::fromLatin1(kSelect) + where
        + QStringLiteral(" ORDER BY pr.ended_on IS NOT NULL, pr.started_on DESC, pr.card_no DESC"));
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < values.size(); ++i)
        stmt->bindVariant(i + 1, values[i]);
    QList<Pairing> out;
    if (auto s = stmt->forEachRow([&](const Statement& row) { out.append(readPairing(row)); }); !s)
        return s.error();
    return out;
}

Result<QList<Pairing>> PairingRepository::list(const PairingFilter& filter)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    QString where;
    QVariantList values;
    if (filter.state == PairingFilter::State::Active)
        where += QStringLiteral(" AND pr.ended_on IS NULL");
    else if (filter.state == PairingFilter::State::Ended)
        where += QStringLiteral(" AND pr.ended_on IS NOT NULL");
    if (!filter.personId.isEmpty()) {
        where += QStringLiteral(" AND (pr.sentinel_id = ? OR pr.volunteer_id = ?)");
        values << filter.personId << filter.personId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(
            " AND (pr.card_no LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR v.name LIKE ? ESCAPE '\\' "
            "OR v.institution LIKE ? ESCAPE '\\' OR v.branch LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 6; ++i)
            values << containsLikePattern(filter.text);
    }
    return query(where, values);
}

Result<Pairing> PairingRepository::load(const QString& idOrCardNo)
{
    auto rows = query(QStringLiteral(" AND (pr.id = ? OR pr.card_no = ?)"), { idOrCardNo, idOrCardNo.trimmed() });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound();
    const Pairing& p = rows->first();
    const QString me = m_session.user().personId;
    if (!m_session.can(Permission::ManagePairings) && (me.isEmpty() || (me != p.sentinelId && me != p.volunteerId)))
        return notFound();
    return p;
}

Result<QList<Pairing>> PairingRepository::history(const QString& personId)
{
    return list({ PairingFilter::State::All, personId, {} });
}

Result<QList<AuditEvent>> PairingRepository::events(const QString& pairingId)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    return AuditLog::forSubject(m_session.db(), QStringLiteral("pairings"), pairingId);
}

int PairingRepository::maxPerVolunteer() const
{
    bool ok = false;
    const int n = NodeSettings(m_session).value(kMaxSetting).toInt(&ok);
    return ok && n >= 1 && n <= kMaxPerVolunteerLimit ? n : kDefaultMaxPerVolunteer;
}

Status PairingRepository::setMaxPerVolunteer(int maximum)
{
    if (auto s = m_session.require(Permission::ManageNodeSettings); !s)
        return s;
    if (maximum < 1 || maximum > kMaxPerVolunteerLimit)
        return makeError(Error::Code::InvalidInput,
            tr("Pairs per volunteer: between 1 and %1.").arg(kMaxPerVolunteerLimit), QStringLiteral("maxPerVolunteer"));
    auto most = m_session.db().prepare(
        "SELECT v.name, count(*) AS n FROM pairings pr JOIN people v ON v.id = pr.volunteer_id "
        "WHERE pr.ended_on IS NULL AND pr.deleted = 0 GROUP BY pr.volunteer_id ORDER BY n DESC LIMIT 1");
    if (!most)
        return most.error();
    if (most->nextRow() && most->integer(1) > maximum)
        return makeError(Error::Code::InvalidInput,
            tr("Pairs per volunteer: %1 already holds %2 active pairs; end some first or choose at least %2.")
                .arg(most->text(0))
                .arg(most->integer(1)),
            QStringLiteral("maxPerVolunteer"));
    return NodeSettings(m_session).setValue(kMaxSetting, QString::number(maximum));
}

QString PairingRepository::nextCardNo(int year)
{
    const QString district
        = m_session.node().districtCode.isEmpty() ? QStringLiteral("GS") : m_session.node().districtCode;
    const QString prefix = QStringLiteral("%1-%2-").arg(district).arg(year);
    int last = 0;
    if (auto stmt = m_session.db().prepare("SELECT card_no FROM pairings WHERE substr(card_no, 1, ?) = ?"); stmt) {
        stmt->bind(1, int(prefix.size())).bind(2, prefix);
        (void)stmt->forEachRow(
            [&](const Statement& r) { last = std::max(last, r.text(0).mid(prefix.size()).toInt()); });
    }
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Status PairingRepository::checkPeople(
    const QString& sentinelId, const QString& volunteerId, const QString& ignorePairing, QList<FieldError>* errors)
{
    auto person = m_session.db().prepare("SELECT kind, active, name FROM people WHERE id = ? AND deleted = 0");
    if (!person)
        return person.error();
    const auto check = [&](const QString& id, const char* kind, const QString& field, const QString& missing) {
        person->reset();
        person->bind(1, id);
        if (id.isEmpty() || !person->nextRow() || person->text(0) != QLatin1String(kind)) {
            errors->append({ field, missing });
            return QString();
        }
        if (person->int64(1) == 0) {
            errors->append({ field, tr("%1 is no longer active.").arg(person->text(2)) });
            return QString();
        }
        return person->text(2);
    };
    const QString sentinel
        = check(sentinelId, "sentinel", QStringLiteral("sentinel"), tr("Sentinel: choose a grid sentinel."));
    const QString volunteer
        = check(volunteerId, "volunteer", QStringLiteral("volunteer"), tr("Volunteer: choose a finance volunteer."));
    if (!sentinel.isEmpty()) {
        auto current = m_session.db().prepare(
            "SELECT pr.card_no, v.name FROM pairings pr JOIN people v ON v.id = pr.volunteer_id "
            "WHERE pr.sentinel_id = ? AND pr.ended_on IS NULL AND pr.deleted = 0 AND pr.id <> ?");
        if (!current)
            return current.error();
        current->bindAll(sentinelId, ignorePairing);
        if (current->nextRow())
            errors->append({ QStringLiteral("sentinel"),
                tr("Sentinel: %1 is already paired with %2 (card %3); end or re-pair that card first.")
                    .arg(sentinel, current->text(1), current->text(0)) });
    }
    if (!volunteer.isEmpty()) {
        auto held = m_session.db().prepare(
            "SELECT count(*) FROM pairings WHERE volunteer_id = ? AND ended_on IS NULL AND deleted = 0 AND id <> ?");
        if (!held)
            return held.error();
        held->bindAll(volunteerId, ignorePairing);
        const int max = maxPerVolunteer();
        if (held->nextRow() && held->integer(0) >= max)
            errors->append({ QStringLiteral("volunteer"),
                tr("Volunteer: %1 already holds %n pair(s), the most this node allows (Settings: pairs per volunteer).",
                    nullptr, max)
                    .arg(volunteer) });
    }
    return {};
}

Result<QString> PairingRepository::insert(const Pairing& p, const QString& auditKind, const QJsonObject& extra)
{
    QVariantMap row { { QStringLiteral("card_no"), p.cardNo }, { QStringLiteral("sentinel_id"), p.sentinelId },
        { QStringLiteral("volunteer_id"), p.volunteerId }, { QStringLiteral("started_on"), isoDate(p.startedOn) },
        { QStringLiteral("ended_on"), p.endedOn ? QVariant(isoDate(*p.endedOn)) : QVariant() },
        { QStringLiteral("end_reason"), p.endReason.trimmed() },
        { QStringLiteral("previous_pairing_id"), nullIfEmpty(p.previousPairingId) },
        { QStringLiteral("note"), p.note.trimmed() }, { QStringLiteral("created_at"), nowIso() } };
    auto id = RecordWriter(m_session.writeContext()).insert(QStringLiteral("pairings"), row);
    if (!id)
        return id.error();
    AuditEvent e;
    e.subjectTable = QStringLiteral("pairings");
    e.subjectId = *id;
    e.kind = auditKind;
    QJsonObject payload = extra;
    payload.insert(QStringLiteral("cardNo"), p.cardNo);
    payload.insert(QStringLiteral("sentinelId"), p.sentinelId);
    payload.insert(QStringLiteral("volunteerId"), p.volunteerId);
    payload.insert(QStringLiteral("startedOn"), isoDate(p.startedOn));
    if (p.endedOn)
        payload.insert(QStringLiteral("endedOn"), isoDate(*p.endedOn));
    e.payload = payload;
    e.note = p.note.trimmed();
    if (auto s = AuditLog::append(m_session, e); !s)
        return s.error();
    return *id;
}

Status PairingRepository::endRow(const Pairing& stored, const QString& reason, QDate on, const QString& nextId)
{
    if (auto s
        = RecordWriter(m_session.writeContext())
              .update(QStringLiteral("pairings"), stored.id,
                  { { QStringLiteral("ended_on"), isoDate(on) }, { QStringLiteral("end_reason"), reason.trimmed() } });
        !s)
        return s;
    AuditEvent e;
    e.subjectTable = QStringLiteral("pairings");
    e.subjectId = stored.id;
    e.kind = nextId.isEmpty() ? QStringLiteral("pairing_ended") : QStringLiteral("pairing_repaired");
    e.note = reason.trimmed();
    e.payload = { { QStringLiteral("cardNo"), stored.cardNo }, { QStringLiteral("endedOn"), isoDate(on) } };
    if (!nextId.isEmpty())
        e.payload.insert(QStringLiteral("nextPairingId"), nextId);
    return Status::from(AuditLog::append(m_session, e));
}

Result<Pairing> PairingRepository::create(const NewPairing& n)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    Pairing p;
    p.sentinelId = n.sentinelId;
    p.volunteerId = n.volunteerId;
    p.startedOn = n.startedOn.isValid() ? n.startedOn : QDate::currentDate();
    p.note = n.note;
    p.cardNo = n.cardNo.trimmed();
    QList<FieldError> errors;
    if (auto s = checkPeople(p.sentinelId, p.volunteerId, QString(), &errors); !s)
        return s.error();
    if (p.startedOn > QDate::currentDate() || p.startedOn < kEarliest)
        errors.append({ QStringLiteral("startedOn"), tr("Start date: between 2000-01-01 and today.") });
    if (!p.cardNo.isEmpty()) {
        static const QRegularExpression card(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{2,31}$"));
        if (!card.match(p.cardNo).hasMatch())
            errors.append({ QStringLiteral("cardNo"), tr("Card number: 3–32 letters, digits or '-'.") });
        else if (load(p.cardNo))
            errors.append({ QStringLiteral("cardNo"), tr("Card number: %1 is already used.").arg(p.cardNo) });
    }
    if (p.note.size() > 500)
        errors.append({ QStringLiteral("note"), tr("Note: at most 500 characters.") });
    if (!errors.isEmpty())
        return invalidInput(errors);
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    if (p.cardNo.isEmpty())
        p.cardNo = nextCardNo(p.startedOn.year());
    auto id = insert(p, QStringLiteral("pairing_created"), {});
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify({ *id });
    return load(*id);
}

Status PairingRepository::end(const QString& pairingId, const QString& reason, QDate endedOn)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s;
    auto stored = load(pairingId);
    if (!stored)
        return stored.error();
    const QDate on = endedOn.isValid() ? endedOn : QDate::currentDate();
    QList<FieldError> errors;
    if (!stored->isActive())
        errors.append({ QStringLiteral("card"),
            tr("Card %1 already ended on %2.").arg(stored->cardNo, isoDate(*stored->endedOn)) });
    if (reason.trimmed().isEmpty())
        errors.append({ QStringLiteral("reason"),
            tr("Reason: say why the pairing ends (volunteer transferred, sentinel moved…).") });
    if (on < stored->startedOn || on > QDate::currentDate())
        errors.append({ QStringLiteral("endedOn"),
            tr("End date: between the start (%1) and today.").arg(isoDate(stored->startedOn)) });
    if (!errors.isEmpty())
        return invalidInput(errors);
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    if (auto s = endRow(*stored, reason, on, QString()); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify({ stored->id });
    return {};
}

Result<Pairing> PairingRepository::rePair(const QString& pairingId, const RePairing& change)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    auto stored = load(pairingId);
    if (!stored)
        return stored.error();
    const QDate on = change.on.isValid() ? change.on : QDate::currentDate();
    Pairing next;
    next.sentinelId = change.sentinelId.isEmpty() ? stored->sentinelId : change.sentinelId;
    next.volunteerId = change.volunteerId.isEmpty() ? stored->volunteerId : change.volunteerId;
    next.startedOn = on;
    next.note = change.note;
    next.previousPairingId = stored->id;
    QList<FieldError> errors;
    if (!stored->isActive())
        errors.append({ QStringLiteral("card"),
            tr("Card %1 already ended on %2.").arg(stored->cardNo, isoDate(*stored->endedOn)) });
    if (next.sentinelId == stored->sentinelId && next.volunteerId == stored->volunteerId)
        errors.append({ QStringLiteral("volunteer"), tr("Re-pair: choose another volunteer or another sentinel.") });
    if (change.reason.trimmed().isEmpty())
        errors.append({ QStringLiteral("reason"), tr("Reason: say why the card is re-paired.") });
    if (on < stored->startedOn || on > QDate::currentDate())
        errors.append({ QStringLiteral("on"),
            tr("Date: between the start of card %1 (%2) and today.").arg(stored->cardNo, isoDate(stored->startedOn)) });
    // The old card ends in the same transaction, so its two people count as free.
    if (auto s = checkPeople(next.sentinelId, next.volunteerId, stored->id, &errors); !s)
        return s.error();
    if (!errors.isEmpty())
        return invalidInput(errors);
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    next.cardNo = nextCardNo(on.year());
    auto id = insert(next, QStringLiteral("pairing_created"), { { QStringLiteral("previousCardNo"), stored->cardNo } });
    if (!id)
        return id.error();
    if (auto s = endRow(*stored, change.reason, on, *id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify({ stored->id, *id });
    return load(*id);
}

Result<Pairing> PairingRepository::importRecord(const Pairing& record)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    Pairing p = record;
    p.cardNo = p.cardNo.trimmed();
    QList<FieldError> errors;
    if (p.isActive()) {
        if (auto s = checkPeople(p.sentinelId, p.volunteerId, QString(), &errors); !s)
            return s.error();
    } else {
        auto kinds = m_session.db().prepare("SELECT kind FROM people WHERE id = ? AND deleted = 0");
        if (!kinds)
            return kinds.error();
        for (const auto& [id, kind, field] : { std::tuple { p.sentinelId, "sentinel", "sentinel" },
                 std::tuple { p.volunteerId, "volunteer", "volunteer" } }) {
            kinds->reset();
            kinds->bind(1, id);
            if (!kinds->nextRow() || kinds->text(0) != QLatin1String(kind))
                errors.append({ QString::fromLatin1(field),
                    QString::fromLatin1(field) == u"sentinel" ? tr("Sentinel: choose a grid sentinel.")
                                                              : tr("Volunteer: choose a finance volunteer.") });
        }
        if (p.endReason.trimmed().isEmpty())
            errors.append({ QStringLiteral("reason"), tr("Reason: say why the pairing ended.") });
    }
    if (!p.startedOn.isValid() || p.startedOn < kEarliest || p.startedOn > QDate::currentDate())
        errors.append({ QStringLiteral("startedOn"), tr("Start date: between 2000-01-01 and today.") });
    if (p.endedOn && (!p.endedOn->isValid() || *p.endedOn < p.startedOn || *p.endedOn > QDate::currentDate()))
        errors.append({ QStringLiteral("endedOn"), tr("End date: between the start and today.") });
    if (!p.cardNo.isEmpty()) {
        static const QRegularExpression card(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{2,31}$"));
        if (!card.match(p.cardNo).hasMatch())
            errors.append({ QStringLiteral("cardNo"), tr("Card number: 3–32 letters, digits or '-'.") });
        else if (auto used = m_session.db().prepare("SELECT 1 FROM pairings WHERE card_no = ?");
                 used && used->bind(1, p.cardNo).nextRow())
            errors.append({ QStringLiteral("cardNo"), tr("Card number: %1 is already used.").arg(p.cardNo) });
    }
    if (!errors.isEmpty())
        return invalidInput(errors);
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    if (p.cardNo.isEmpty())
        p.cardNo = nextCardNo(p.startedOn.year());
    p.previousPairingId.clear();
    auto id = insert(p, QStringLiteral("pairing_imported"), {});
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify({ *id });
    return load(*id);
}

Result<QList<PairLine>> PairingRepository::activeLines()
{
    // The district office sees every pair; a sentinel or volunteer only their own.
    const bool all = m_session.can(Permission::ManagePairings);
    auto stmt = m_session.db().prepare(
        QStringLiteral(
            "SELECT pr.id, pr.card_no, s.id, v.id, s.name, v.name, s.lon, s.lat, v.lon, v.lat "
            "FROM pairings pr JOIN people s ON s.id = pr.sentinel_id JOIN people v ON v.id = pr.volunteer_id "
            "WHERE pr.ended_on IS NULL AND pr.deleted = 0 AND s.lon IS NOT NULL AND s.lat IS NOT NULL "
            "AND v.lon IS NOT NULL AND v.lat IS NOT NULL %1 ORDER BY pr.card_no")
            .arg(all ? QString() : QStringLiteral("AND (pr.sentinel_id = ?1 OR pr.volunteer_id = ?1)")));
    if (!stmt)
        return stmt.error();
    if (!all)
        stmt->bind(1, m_session.user().personId.isEmpty() ? QStringLiteral("-") : m_session.user().personId);
    QList<PairLine> out;
    if (auto s = stmt->forEachRow([&](const Statement& r) {
            out.append({ r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), { r.real(6), r.real(7) },
                { r.real(8), r.real(9) } });
        });
        !s)
        return s.error();
    return out;
}

} // namespace gs
