// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PersonRepository.h"

#include "accounts/Session.h"
#include "core/Ids.h"
#include "core/Json.h"
#include "domain/Validators.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "structure/DistrictChanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::PersonRepository", text, disambiguation, n);
}

const QString kUnit = QString(QChar(31));
const QString kRecord = QString(QChar(30));

constexpr const char* kSelect
    = "SELECT p.id, p.kind, p.name, p.phone, p.community_id, p.institution, p.branch, p.hats, p.lon, p.lat, p.address, "
      "p.note, "
      "p.active, p.created_at, p.updated_at, coalesce(c.code, ''), coalesce(c.name, ''), coalesce(s.name, ''), "
      "(SELECT group_concat(x, char(30)) FROM (SELECT g.id || char(31) || g.code || char(31) || g.name AS x FROM "
      "person_grids pg "
      "  JOIN grids g ON g.id = pg.grid_id WHERE pg.person_id = p.id AND pg.deleted = 0 ORDER BY g.code)), "
      "(SELECT u.id || char(31) || u.username FROM users u WHERE u.person_id = p.id AND u.deleted = 0 ORDER BY "
      "u.username LIMIT 1), "
      "(SELECT count(*) FROM pairings pr WHERE (pr.sentinel_id = p.id OR pr.volunteer_id = p.id) AND pr.ended_on IS "
      "NULL "
      "  AND pr.deleted = 0) "
      "FROM people p LEFT JOIN communities c ON c.id = p.community_id LEFT JOIN streets s ON s.id = c.street_id "
      "WHERE p.deleted = 0";

Person readPerson(const Statement& s)
{
    Person p;
    p.id = s.text(0);
    p.kind = people::kindFromText(s.text(1)).value_or(PersonKind::Sentinel);
    p.name = s.text(2);
    p.phone = s.text(3);
    p.communityId = s.text(4);
    p.institution = s.text(5);
    p.branch = s.text(6);
    p.hats = json::strings(s.text(7));
    if (!s.isNull(8) && !s.isNull(9))
        p.location = geo::LonLat { s.real(8), s.real(9) };
    p.address = s.text(10);
    p.note = s.text(11);
    p.active = s.int64(12) != 0;
    p.createdAt = s.text(13);
    p.updatedAt = s.text(14);
    p.communityCode = s.text(15);
    p.communityName = s.text(16);
    p.streetName = s.text(17);
    for (const QString& grid : s.text(18).split(kRecord, Qt::SkipEmptyParts)) {
        const QStringList parts = grid.split(kUnit);
        p.gridIds << parts.value(0);
        p.gridCodes << parts.value(1);
        p.gridNames << parts.value(2);
    }
    const QStringList user = s.text(19).split(kUnit);
    if (user.size() == 2) {
        p.userId = user[0];
        p.userName = user[1];
    }
    p.activePairings = s.integer(20);
    return p;
}

QVariantMap toRow(const Person& p)
{
    const bool sentinel = p.kind == PersonKind::Sentinel;
    return {
        { QStringLiteral("kind"), people::kindKey(p.kind) },
        { QStringLiteral("name"), p.name.trimmed() },
        { QStringLiteral("phone"), p.phone.trimmed() },
        { QStringLiteral("community_id"), nullIfEmpty(p.communityId) },
        { QStringLiteral("institution"), sentinel ? QString() : p.institution.trimmed() },
        { QStringLiteral("branch"), sentinel ? QString() : p.branch.trimmed() },
        { QStringLiteral("hats"), json::arrayText(sentinel ? QStringList() : p.hats) },
        { QStringLiteral("lon"), p.location ? QVariant(p.location->lon) : QVariant() },
        { QStringLiteral("lat"), p.location ? QVariant(p.location->lat) : QVariant() },
        { QStringLiteral("address"), p.address.trimmed() },
        { QStringLiteral("note"), p.note.trimmed() },
        { QStringLiteral("active"), p.active ? 1 : 0 },
    };
}

Error notFound()
{
    return makeError(Error::Code::NotFound, tr("The person does not exist (any more)."));
}

} // namespace

PersonRepository::PersonRepository(Session& session, DistrictChanges* changes)
    : m_session(session)
    , m_changes(changes)
{ }

void PersonRepository::notify(const QStringList& ids)
{
    if (m_changes)
        Q_EMIT m_changes->peopleChanged(ids);
}

Result<QList<Person>> PersonRepository::query(const QString& where, const QVariantList& values)
{
    auto stmt = m_session.db().prepare(
        QString::fromLatin1(kSelect) + where + QStringLiteral(" ORDER BY p.kind, c.code, p.name, p.id"));
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < values.size(); ++i)
        stmt->bindVariant(i + 1, values[i]);
    QList<Person> out;
    if (auto s = stmt->forEachRow([&](const Statement& row) { out.append(readPerson(row)); }); !s)
        return s.error();
    return out;
}

Result<QList<Person>> PersonRepository::list(const PersonFilter& filter)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    QString where;
    QVariantList values;
    if (filter.kind) {
        where += QStringLiteral(" AND p.kind = ?");
        values << people::kindKey(*filter.kind);
    }
    if (!filter.includeInactive)
        where += QStringLiteral(" AND p.active = 1");
    if (!filter.communityId.isEmpty()) {
        where += QStringLiteral(" AND p.community_id = ?");
        values << filter.communityId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString like = containsLikePattern(filter.text);
        where += QStringLiteral(
            " AND (p.name LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\' OR p.institution LIKE ? ESCAPE '\\' "
            "OR p.branch LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM person_grids pg "
            "JOIN grids g ON g.id = pg.grid_id WHERE pg.person_id = p.id AND pg.deleted = 0 AND "
            "(g.name LIKE ? ESCAPE '\\' OR g.code LIKE ? ESCAPE '\\')))");
        for (int i = 0; i < 7; ++i)
            values << like;
    }
    return query(where, values);
}

Result<Person> PersonRepository::load(const QString& id)
{
    if (id != m_session.user().personId) {
        if (auto s = m_session.require(Permission::ManagePairings); !s)
            return s.error();
    }
    auto rows = query(QStringLiteral(" AND p.id = ?"), { id });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound();
    return rows->first();
}

Result<std::optional<Person>> PersonRepository::findByPhone(PersonKind kind, const QString& phone)
{
    const QString digits = validate::normalizedPhone(phone);
    if (digits.isEmpty())
        return std::optional<Person>();
    auto rows = list({ kind, {}, {}, false });
    if (!rows)
        return rows.error();
    for (const Person& p : *rows) {
        if (validate::normalizedPhone(p.phone) == digits)
            return std::optional<Person>(p);
    }
    return std::optional<Person>();
}

Result<Person> PersonRepository::save(Person p)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    std::optional<Person> stored;
    if (!p.id.isEmpty()) {
        auto loaded = load(p.id);
        if (!loaded)
            return loaded.error();
        stored = *loaded;
    }
    p.hats.removeDuplicates();
    p.gridIds.removeDuplicates();
    QList<FieldError> errors = validatePerson(p);
    const auto fieldHasError = [&](const char* field) {
        return std::any_of(
            errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == QLatin1String(field); });
    };
    if (stored && stored->kind != p.kind)
        errors.append({ QStringLiteral("kind"),
            tr("Kind: a sentinel cannot become a volunteer or the other way round; add a new person.") });
    if (!p.communityId.isEmpty() && !fieldHasError("community")) {
        auto community = m_session.db().prepare("SELECT name, retired FROM communities WHERE id = ? AND deleted = 0");
        if (!community)
            return community.error();
        community->bind(1, p.communityId);
        if (!community->nextRow())
            errors.append({ QStringLiteral("community"), tr("Community: it does not exist.") });
        else if (community->int64(1) != 0 && (!stored || stored->communityId != p.communityId))
            errors.append({ QStringLiteral("community"), tr("Community: %1 is retired.").arg(community->text(0)) });
    }
    if (p.kind == PersonKind::Sentinel) {
        auto grid
            = m_session.db().prepare("SELECT name, community_id, retired FROM grids WHERE id = ? AND deleted = 0");
        if (!grid)
            return grid.error();
        for (const QString& gridId : p.gridIds) {
            grid->reset();
            grid->bind(1, gridId);
            if (!grid->nextRow()) {
                errors.append({ QStringLiteral("grids"), tr("Grids: a chosen grid does not exist.") });
            } else if (grid->text(1) != p.communityId) {
                errors.append({ QStringLiteral("grids"),
                    tr("Grids: %1 is not in the sentinel's community.").arg(grid->text(0)) });
            } else if (grid->int64(2) != 0 && (!stored || !stored->gridIds.contains(gridId))) {
                errors.append({ QStringLiteral("grids"), tr("Grids: %1 is retired.").arg(grid->text(0)) });
            }
        }
    }
    if (!fieldHasError("phone") && p.active) {
        auto same = findByPhone(p.kind, p.phone);
        if (!same)
            return same.error();
        if (*same && (*same)->id != p.id)
            errors.append({ QStringLiteral("phone"), tr("Phone: %1 already has this number.").arg((*same)->name) });
    }
    if (stored && stored->active && !p.active && stored->activePairings > 0)
        errors.append({ QStringLiteral("active"),
            tr("Active: %1 holds %n active pairing(s); end them first.", nullptr, stored->activePairings)
                .arg(stored->name) });
    if (!errors.isEmpty())
        return invalidInput(errors);

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(m_session.writeContext());
    const QVariantMap row = toRow(p);
    QJsonObject payload;
    if (!stored) {
        QVariantMap insert = row;
        insert.insert(QStringLiteral("created_at"), nowIso());
        auto id = writer.insert(QStringLiteral("people"), insert);
        if (!id)
            return id.error();
        p.id = *id;
        payload = QJsonObject::fromVariantMap(row);
    } else {
        const QVariantMap before = toRow(*stored);
        const QVariantMap fields = RecordWriter::changedFields(before, row);
        if (!fields.isEmpty()) {
            if (auto s = writer.update(QStringLiteral("people"), p.id, fields); !s)
                return s.error();
        }
        payload = AuditLog::fieldDiff(before, row);
    }

    // Grid coverage: revive or add links for chosen grids, tombstone the others.
    const QStringList wanted = p.kind == PersonKind::Sentinel ? p.gridIds : QStringList();
    const QStringList had = stored ? stored->gridIds : QStringList();
    auto links = m_session.db().prepare("SELECT id, grid_id, deleted FROM person_grids WHERE person_id = ?");
    if (!links)
        return links.error();
    links->bind(1, p.id);
    QHash<QString, std::pair<QString, bool>> existing; // grid → (link id, deleted)
    if (auto s = links->forEachRow([&](const Statement& r) {
            existing.insert(r.text(1), { r.text(0), r.int64(2) != 0 });
        });
        !s)
        return s.error();
    for (const QString& gridId : wanted) {
        const auto it = existing.constFind(gridId);
        if (it == existing.constEnd()) {
            if (auto id = writer.insert(QStringLiteral("person_grids"),
                    { { QStringLiteral("person_id"), p.id }, { QStringLiteral("grid_id"), gridId } });
                !id)
                return id.error();
        } else if (it->second) {
            if (auto s = writer.update(QStringLiteral("person_grids"), it->first, { { QStringLiteral("deleted"), 0 } });
                !s)
                return s.error();
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (it->second || wanted.contains(it.key()))
            continue;
        if (auto s = writer.update(QStringLiteral("person_grids"), it->first, { { QStringLiteral("deleted"), 1 } }); !s)
            return s.error();
        // Whoever stops covering a grid is no longer responsible for it.
        auto responsible = m_session.db().prepare("SELECT id FROM grids WHERE id = ? AND responsible_person_id = ?");
        if (!responsible)
            return responsible.error();
        responsible->bindAll(it.key(), p.id);
        if (responsible->nextRow()) {
            if (auto s = writer.update(
                    QStringLiteral("grids"), it.key(), { { QStringLiteral("responsible_person_id"), QVariant() } });
                !s)
                return s.error();
        }
    }
    if (wanted != had) {
        QStringList sortedWanted = wanted, sortedHad = had;
        sortedWanted.sort();
        sortedHad.sort();
        if (sortedWanted != sortedHad)
            payload.insert(QStringLiteral("grids"),
                QJsonArray { QJsonArray::fromStringList(sortedHad), QJsonArray::fromStringList(sortedWanted) });
    }
    if (!stored || !payload.isEmpty()) {
        const QString kind = !stored        ? QStringLiteral("person_added")
            : (stored->active && !p.active) ? QStringLiteral("person_deactivated")
            : (!stored->active && p.active) ? QStringLiteral("person_reactivated")
                                            : QStringLiteral("person_edited");
        if (auto s = AuditLog::appendFor(m_session, QStringLiteral("people"), p.id, kind, payload); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    notify({ p.id });
    return load(p.id);
}

Status PersonRepository::setActive(const QString& id, bool active, const QString& reason)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s;
    auto person = load(id);
    if (!person)
        return person.error();
    if (person->active == active)
        return {};
    if (!active && reason.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput,
            tr("Reason: say why the person stops (moved, retired, left the bank…)."), QStringLiteral("reason"));
    if (!active) {
        auto responsible = m_session.db().prepare(
            "SELECT name FROM grids WHERE responsible_person_id = ? AND deleted = 0 AND retired = 0 ORDER BY code");
        if (!responsible)
            return responsible.error();
        responsible->bind(1, id);
        QStringList grids;
        while (responsible->nextRow())
            grids << responsible->text(0);
        if (!grids.isEmpty())
            return makeError(Error::Code::InvalidInput,
                tr("%1 is responsible for %2; choose another responsible sentinel for them first.")
                    .arg(person->name, grids.join(QStringLiteral("、"))));
    }
    if (!active && person->activePairings > 0)
        return makeError(Error::Code::InvalidInput,
            tr("%1 holds %n active pairing(s); end them first.", nullptr, person->activePairings).arg(person->name));
    if (active) {
        auto same = findByPhone(person->kind, person->phone);
        if (!same)
            return same.error();
        if (*same)
            return makeError(Error::Code::InvalidInput, tr("Phone: %1 already has this number.").arg((*same)->name),
                QStringLiteral("phone"));
    }
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    if (auto s = RecordWriter(m_session.writeContext())
                     .update(QStringLiteral("people"), id, { { QStringLiteral("active"), active ? 1 : 0 } });
        !s)
        return s;
    if (auto s = AuditLog::appendFor(m_session, QStringLiteral("people"), id,
            active ? QStringLiteral("person_reactivated") : QStringLiteral("person_deactivated"),
            { { QStringLiteral("active"), QJsonArray { !active, active } } }, reason.trimmed());
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify({ id });
    return {};
}

Status PersonRepository::linkAccount(const QString& personId, const QString& userId)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s;
    if (auto s = m_session.require(Permission::ManageUsers); !s)
        return s;
    auto person = load(personId);
    if (!person)
        return person.error();
    if (!userId.isEmpty()) {
        auto user = m_session.db().prepare("SELECT role, username, active FROM users WHERE id = ? AND deleted = 0");
        if (!user)
            return user.error();
        user->bind(1, userId);
        if (!user->nextRow())
            return makeError(Error::Code::NotFound, tr("The account does not exist."), QStringLiteral("account"));
        const QString wantedRole
            = person->kind == PersonKind::Sentinel ? QStringLiteral("sentinel") : QStringLiteral("volunteer");
        if (user->text(0) != wantedRole)
            return makeError(Error::Code::InvalidInput,
                tr("Account: %1 is not a %2 account.").arg(user->text(1), people::kindLabel(person->kind).toLower()),
                QStringLiteral("account"));
        if (person->userId == userId)
            return {};
    } else if (person->userId.isEmpty()) {
        return {};
    }
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    RecordWriter writer(m_session.writeContext());
    auto linked = m_session.db().prepare("SELECT id FROM users WHERE person_id = ? AND deleted = 0");
    if (!linked)
        return linked.error();
    linked->bind(1, personId);
    QStringList previous;
    while (linked->nextRow())
        previous << linked->text(0);
    for (const QString& other : previous) {
        if (other == userId)
            continue;
        if (auto s = writer.update(QStringLiteral("users"), other, { { QStringLiteral("person_id"), QVariant() } }); !s)
            return s;
    }
    if (!userId.isEmpty()) {
        if (auto s = writer.update(QStringLiteral("users"), userId, { { QStringLiteral("person_id"), personId } }); !s)
            return s;
    }
    if (auto s = AuditLog::appendFor(m_session, QStringLiteral("people"), personId, QStringLiteral("account_linked"),
            { { QStringLiteral("userId"), userId },
                { QStringLiteral("previous"), QJsonArray::fromStringList(previous) } });
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify({ personId });
    return {};
}

Result<QList<User>> PersonRepository::linkableAccounts(PersonKind kind)
{
    if (auto s = m_session.require(Permission::ManageUsers); !s)
        return s.error();
    auto stmt = m_session.db().prepare(
        "SELECT id, username, display_name, role, person_id, active FROM users WHERE deleted = 0 AND active = 1 "
        "AND role = ? ORDER BY username COLLATE NOCASE");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind == PersonKind::Sentinel ? QStringLiteral("sentinel") : QStringLiteral("volunteer"));
    QList<User> out;
    if (auto s = stmt->forEachRow([&](const Statement& r) {
            out.append({ r.text(0), r.text(1), r.text(2), roleFromKey(r.text(3)).value_or(Role::Sentinel), r.text(4),
                r.int64(5) != 0 });
        });
        !s)
        return s.error();
    return out;
}

Result<QList<AuditEvent>> PersonRepository::history(const QString& id)
{
    if (auto s = m_session.require(Permission::ManagePairings); !s)
        return s.error();
    return AuditLog::forSubject(m_session.db(), QStringLiteral("people"), id);
}

} // namespace gs
