// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "StructureRepository.h"

#include "DistrictChanges.h"
#include "accounts/Session.h"
#include "core/Ids.h"
#include "geo/GeoJson.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::StructureRepository", text, disambiguation, n);
}

QString selectSql(UnitLevel level)
{
    const QString table = structure::tableOf(level);
    QString parent = QStringLiteral("''"), kind = QStringLiteral("''"), responsible = QStringLiteral("NULL"),
            police = QStringLiteral("NULL"), city = QStringLiteral("''"), province = QStringLiteral("''"),
            responsibleName = QStringLiteral("''"), policeName = QStringLiteral("''"), joins;
    if (level == UnitLevel::District) {
        city = QStringLiteral("u.city");
        province = QStringLiteral("u.province");
    } else {
        parent = QStringLiteral("u.") + structure::parentColumnOf(level);
    }
    if (level == UnitLevel::Grid) {
        kind = QStringLiteral("u.kind");
        responsible = QStringLiteral("u.responsible_person_id");
        police = QStringLiteral("u.police_grid_id");
        responsibleName = QStringLiteral("coalesce(p.name, '')");
        policeName = QStringLiteral("coalesce(pg.name, '')");
        joins = QStringLiteral(
            " LEFT JOIN people p ON p.id = u.responsible_person_id LEFT JOIN grids pg ON pg.id = u.police_grid_id");
    }
    return QStringLiteral(
        "SELECT u.id, u.code, u.name, %1, %2, %3, %4, %5, %6, u.retired, u.retired_at, u.retired_reason, "
        "(u.geometry IS NOT NULL AND u.geometry <> ''), u.updated_at, %7, %8 FROM %9 u%10 WHERE u.deleted = 0")
        .arg(parent, kind, responsible, police, city, province, responsibleName, policeName, table, joins);
}

StructureUnit readUnit(UnitLevel level, const Statement& s)
{
    StructureUnit u;
    u.level = level;
    u.id = s.text(0);
    u.code = s.text(1);
    u.name = s.text(2);
    u.parentId = s.text(3);
    u.gridKind = structure::gridKindFromKey(s.text(4)).value_or(GridKind::Community);
    u.responsiblePersonId = s.text(5);
    u.policeGridId = s.text(6);
    u.city = s.text(7);
    u.province = s.text(8);
    u.retired = s.int64(9) != 0;
    u.retiredAt = s.text(10);
    u.retiredReason = s.text(11);
    u.hasGeometry = s.int64(12) != 0;
    u.updatedAt = s.text(13);
    u.responsibleName = s.text(14);
    u.policeGridName = s.text(15);
    return u;
}

/// The stored columns of a unit (without id, bookkeeping, retirement and geometry).
QVariantMap toRow(const StructureUnit& u)
{
    QVariantMap row { { QStringLiteral("code"), u.code.trimmed() }, { QStringLiteral("name"), u.name.trimmed() } };
    if (u.level == UnitLevel::District) {
        row.insert(QStringLiteral("city"), u.city.trimmed());
        row.insert(QStringLiteral("province"), u.province.trimmed());
    } else {
        row.insert(structure::parentColumnOf(u.level), u.parentId);
    }
    if (u.level == UnitLevel::Grid) {
        row.insert(QStringLiteral("kind"), structure::gridKindKey(u.gridKind));
        row.insert(QStringLiteral("responsible_person_id"), nullIfEmpty(u.responsiblePersonId));
        row.insert(QStringLiteral("police_grid_id"),
            u.gridKind == GridKind::Police ? QVariant() : nullIfEmpty(u.policeGridId));
    }
    return row;
}

qsizetype vertexCount(const geo::MultiPolygon& g)
{
    qsizetype n = 0;
    for (const geo::Polygon& p : g.polygons) {
        n += std::max<qsizetype>(0, p.outer.size() - 1);
        for (const geo::Ring& h : p.holes)
            n += std::max<qsizetype>(0, h.size() - 1);
    }
    return n;
}

QString issueText(const geo::GeometryIssue& issue)
{
    using Kind = geo::GeometryIssue::Kind;
    const QString where = QStringLiteral("%1, %2").arg(issue.at.lat, 0, 'f', 6).arg(issue.at.lon, 0, 'f', 6);
    switch (issue.kind) {
    case Kind::CoordinateOutOfRange:
        return tr("a point is outside the valid range of longitudes and latitudes (%1)").arg(where);
    case Kind::TooFewPositions:
        return tr("a ring has fewer than three distinct points");
    case Kind::UnclosedRing:
        return tr("a ring is not closed (%1)").arg(where);
    case Kind::SelfIntersection:
        return tr("the boundary crosses or touches itself near %1").arg(where);
    case Kind::HoleOutsideShell:
        return tr("a hole lies outside its boundary (%1)").arg(where);
    case Kind::HoleInsideHole:
        return tr("a hole lies inside another hole (%1)").arg(where);
    case Kind::OverlappingPolygons:
        return tr("two parts of the boundary overlap (%1)").arg(where);
    }
    return {};
}

Error notFound()
{
    return makeError(Error::Code::NotFound, tr("The unit does not exist (any more)."));
}

} // namespace

StructureRepository::StructureRepository(Session& session, DistrictChanges* changes)
    : m_session(session)
    , m_changes(changes)
{ }

void StructureRepository::notify(const QStringList& ids)
{
    if (m_changes)
        Q_EMIT m_changes->structureChanged(ids);
}

Result<QList<StructureUnit>> StructureRepository::units(bool includeRetired)
{
    QList<StructureUnit> out;
    for (UnitLevel level : structure::allLevels()) {
        auto stmt = m_session.db().prepare(selectSql(level)
            + (includeRetired ? QString() : QStringLiteral(" AND u.retired = 0")) + QStringLiteral(" ORDER BY u.code"));
        if (!stmt)
            return stmt.error();
        if (auto s = stmt->forEachRow([&](const Statement& row) { out.append(readUnit(level, row)); }); !s)
            return s.error();
    }
    return out;
}

Result<StructureUnit> StructureRepository::unit(UnitLevel level, const QString& id)
{
    auto stmt = m_session.db().prepare(selectSql(level) + QStringLiteral(" AND u.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->nextRow())
        return notFound();
    return readUnit(level, *stmt);
}

Result<std::optional<StructureUnit>> StructureRepository::findByCode(UnitLevel level, const QString& code)
{
    auto stmt = m_session.db().prepare(selectSql(level) + QStringLiteral(" AND u.code = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, code.trimmed());
    if (!stmt->nextRow())
        return std::optional<StructureUnit>();
    return std::optional<StructureUnit>(readUnit(level, *stmt));
}

Result<int> StructureRepository::activeChildCount(UnitLevel level, const QString& id)
{
    const auto child = structure::childLevel(level);
    if (!child)
        return 0;
    auto stmt
        = m_session.db().prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND deleted = 0 AND retired = 0")
                                     .arg(structure::tableOf(*child), structure::parentColumnOf(*child)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->nextRow() ? stmt->integer(0) : 0;
}

Status StructureRepository::checkUnit(const StructureUnit& u, const StructureUnit* stored, QList<FieldError>* errors)
{
    if (const QString p = structure::nameProblem(u.name); !p.isEmpty())
        errors->append({ QStringLiteral("name"), p });
    QString parentCode;
    if (const auto parent = structure::parentLevel(u.level)) {
        if (u.parentId.isEmpty()) {
            errors->append({ QStringLiteral("parent"),
                tr("Parent: choose the %1 this unit belongs to.").arg(structure::levelLabel(*parent).toLower()) });
        } else {
            auto p = unit(*parent, u.parentId);
            if (!p) {
                errors->append({ QStringLiteral("parent"),
                    tr("Parent: the %1 does not exist.").arg(structure::levelLabel(*parent).toLower()) });
            } else {
                parentCode = p->code;
                const bool parentChanged = !stored || stored->parentId != u.parentId;
                if (p->retired && parentChanged)
                    errors->append(
                        { QStringLiteral("parent"), tr("Parent: %1 is retired; choose an active one.").arg(p->name) });
            }
        }
    }
    // Grid codes are the district's own; administrative codes must start with the parent's.
    if (const QString p
        = structure::codeProblem(u.level, u.code.trimmed(), u.level == UnitLevel::Grid ? QString() : parentCode);
        !p.isEmpty()) {
        errors->append({ QStringLiteral("code"), p });
    } else if (!stored || stored->code != u.code.trimmed()) {
        auto taken = m_session.db().prepare(
            QStringLiteral("SELECT name, retired, deleted FROM %1 WHERE code = ?").arg(structure::tableOf(u.level)));
        if (!taken)
            return taken.error();
        taken->bind(1, u.code.trimmed());
        if (taken->nextRow()) {
            errors->append({ QStringLiteral("code"),
                taken->int64(1) != 0
                    ? tr("Code: %1 is already used by %2 (retired).").arg(u.code.trimmed(), taken->text(0))
                    : tr("Code: %1 is already used by %2.").arg(u.code.trimmed(), taken->text(0)) });
        }
    }
    if (stored && stored->code != u.code.trimmed() && u.level != UnitLevel::Grid) {
        // Retired children count too: their codes start with this one as well.
        const UnitLevel child = *structure::childLevel(u.level);
        auto any = m_session.db().prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND deleted = 0")
                                              .arg(structure::tableOf(child), structure::parentColumnOf(child)));
        if (!any)
            return any.error();
        any->bind(1, u.id);
        if (any->nextRow() && any->integer(0) > 0)
            errors->append({ QStringLiteral("code"),
                tr("Code: the codes of this unit's %n subdivision(s) start with %1, so it cannot change.", nullptr,
                    any->integer(0))
                    .arg(stored->code) });
    }
    if (u.level == UnitLevel::Grid) {
        if (!u.responsiblePersonId.isEmpty()) {
            auto person = m_session.db().prepare("SELECT kind, active, name FROM people WHERE id = ? AND deleted = 0");
            if (!person)
                return person.error();
            person->bind(1, u.responsiblePersonId);
            if (!person->nextRow() || person->text(0) != u"sentinel")
                errors->append({ QStringLiteral("responsible"), tr("Responsible sentinel: choose a grid sentinel.") });
            else if (person->int64(1) == 0 && (!stored || stored->responsiblePersonId != u.responsiblePersonId))
                errors->append({ QStringLiteral("responsible"),
                    tr("Responsible sentinel: %1 is no longer active.").arg(person->text(2)) });
        }
        if (!u.policeGridId.isEmpty() && u.gridKind != GridKind::Police) {
            auto police = unit(UnitLevel::Grid, u.policeGridId);
            if (!police || police->gridKind != GridKind::Police)
                errors->append({ QStringLiteral("policeGrid"), tr("Police grid: choose a police grid (警格).") });
            else if (police->retired && (!stored || stored->policeGridId != u.policeGridId))
                errors->append({ QStringLiteral("policeGrid"), tr("Police grid: %1 is retired.").arg(police->name) });
        }
        if (stored && stored->gridKind == GridKind::Police && u.gridKind != GridKind::Police) {
            auto linked = m_session.db().prepare(
                "SELECT count(*) FROM grids WHERE police_grid_id = ? AND deleted = 0 AND retired = 0");
            if (!linked)
                return linked.error();
            linked->bind(1, u.id);
            if (linked->nextRow() && linked->integer(0) > 0)
                errors->append({ QStringLiteral("kind"),
                    tr("Kind: %n grid(s) are linked to this police grid; link them elsewhere first.", nullptr,
                        linked->integer(0)) });
        }
    }
    return {};
}

namespace {

/// Makes sure the sentinel covers the grid (person_grids), reviving a removed link.
Status ensureCoverage(Session& session, RecordWriter& writer, const QString& personId, const QString& gridId)
{
    auto existing = session.db().prepare("SELECT id, deleted FROM person_grids WHERE person_id = ? AND grid_id = ?");
    if (!existing)
        return existing.error();
    existing->bindAll(personId, gridId);
    if (existing->nextRow()) {
        if (existing->int64(1) == 0)
            return {};
        return writer.update(QStringLiteral("person_grids"), existing->text(0), { { QStringLiteral("deleted"), 0 } });
    }
    return Status::from(writer.insert(QStringLiteral("person_grids"),
        { { QStringLiteral("person_id"), personId }, { QStringLiteral("grid_id"), gridId } }));
}

} // namespace

Result<StructureUnit> StructureRepository::add(StructureUnit u)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    u.code = u.code.trimmed();
    u.name = u.name.trimmed();
    QList<FieldError> errors;
    if (auto s = checkUnit(u, nullptr, &errors); !s)
        return s.error();
    if (!errors.isEmpty())
        return invalidInput(errors);
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(m_session.writeContext());
    const QVariantMap row = toRow(u);
    auto id = writer.insert(structure::tableOf(u.level), row);
    if (!id)
        return id.error();
    if (u.level == UnitLevel::Grid && !u.responsiblePersonId.isEmpty()) {
        if (auto s = ensureCoverage(m_session, writer, u.responsiblePersonId, *id); !s)
            return s.error();
    }
    QJsonObject payload = QJsonObject::fromVariantMap(row);
    payload.insert(QStringLiteral("level"), structure::levelKey(u.level));
    if (auto s
        = AuditLog::appendFor(m_session, structure::tableOf(u.level), *id, QStringLiteral("unit_added"), payload);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify({ *id });
    return unit(u.level, *id);
}

Result<StructureUnit> StructureRepository::update(const StructureUnit& changed)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    auto stored = unit(changed.level, changed.id);
    if (!stored)
        return stored.error();
    StructureUnit u = changed;
    u.code = u.code.trimmed();
    u.name = u.name.trimmed();
    if (u.level != UnitLevel::Grid && u.level != UnitLevel::District)
        u.parentId = stored->parentId; // administrative codes encode the parent: moving means a new code
    QList<FieldError> errors;
    if (auto s = checkUnit(u, &*stored, &errors); !s)
        return s.error();
    if (!errors.isEmpty())
        return invalidInput(errors);
    const QVariantMap before = toRow(*stored);
    const QVariantMap after = toRow(u);
    const QVariantMap fields = RecordWriter::changedFields(before, after);
    if (fields.isEmpty())
        return *stored;
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(m_session.writeContext());
    if (auto s = writer.update(structure::tableOf(u.level), u.id, fields); !s)
        return s.error();
    if (u.level == UnitLevel::Grid && !u.responsiblePersonId.isEmpty()
        && u.responsiblePersonId != stored->responsiblePersonId) {
        if (auto s = ensureCoverage(m_session, writer, u.responsiblePersonId, u.id); !s)
            return s.error();
    }
    if (auto s = AuditLog::appendFor(m_session, structure::tableOf(u.level), u.id, QStringLiteral("unit_edited"),
            AuditLog::fieldDiff(before, after));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    notify({ u.id });
    return unit(u.level, u.id);
}

Status StructureRepository::retire(UnitLevel level, const QString& id, const QString& reason)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s;
    auto stored = unit(level, id);
    if (!stored)
        return stored.error();
    if (stored->retired)
        return makeError(Error::Code::InvalidInput, tr("%1 is already retired.").arg(stored->name));
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput,
            tr("Reason: say why the unit is retired (merged, renamed, redrawn…)."), QStringLiteral("reason"));
    auto children = activeChildCount(level, id);
    if (!children)
        return children.error();
    if (*children > 0)
        return makeError(Error::Code::InvalidInput,
            tr("%1 still has %n active subdivision(s); retire or move them first.", nullptr, *children)
                .arg(stored->name));
    if (level == UnitLevel::Grid && stored->gridKind == GridKind::Police) {
        auto linked = m_session.db().prepare(
            "SELECT count(*) FROM grids WHERE police_grid_id = ? AND deleted = 0 AND retired = 0");
        if (!linked)
            return linked.error();
        linked->bind(1, id);
        if (linked->nextRow() && linked->integer(0) > 0)
            return makeError(Error::Code::InvalidInput,
                tr("%n active grid(s) are linked to police grid %1; link them to another police grid first.", nullptr,
                    linked->integer(0))
                    .arg(stored->name));
    }
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    const QString at = nowIso();
    if (auto s = RecordWriter(m_session.writeContext())
                     .update(structure::tableOf(level), id,
                         { { QStringLiteral("retired"), 1 }, { QStringLiteral("retired_at"), at },
                             { QStringLiteral("retired_reason"), reason.trimmed() } });
        !s)
        return s;
    if (auto s = AuditLog::appendFor(m_session, structure::tableOf(level), id, QStringLiteral("unit_retired"),
            { { QStringLiteral("code"), stored->code }, { QStringLiteral("name"), stored->name } }, reason.trimmed());
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify({ id });
    return {};
}

Status StructureRepository::restore(UnitLevel level, const QString& id)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s;
    auto stored = unit(level, id);
    if (!stored)
        return stored.error();
    if (!stored->retired)
        return {};
    if (const auto parent = structure::parentLevel(level)) {
        auto p = unit(*parent, stored->parentId);
        if (!p)
            return p.error();
        if (p->retired)
            return makeError(Error::Code::InvalidInput,
                tr("Its %1 %2 is retired; restore that first.").arg(structure::levelLabel(*parent).toLower(), p->name));
    }
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    if (auto s = RecordWriter(m_session.writeContext())
                     .update(structure::tableOf(level), id,
                         { { QStringLiteral("retired"), 0 }, { QStringLiteral("retired_at"), QVariant() },
                             { QStringLiteral("retired_reason"), QString() } });
        !s)
        return s;
    if (auto s = AuditLog::appendFor(m_session, structure::tableOf(level), id, QStringLiteral("unit_restored"),
            { { QStringLiteral("retiredAt"), stored->retiredAt },
                { QStringLiteral("retiredReason"), stored->retiredReason } });
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify({ id });
    return {};
}

Result<geo::MultiPolygon> StructureRepository::checkBoundary(geo::MultiPolygon geometry)
{
    for (geo::Polygon& p : geometry.polygons) {
        p.outer = geo::withoutRepeatedPositions(p.outer);
        for (geo::Ring& h : p.holes)
            h = geo::withoutRepeatedPositions(h);
    }
    geo::normalizeOrientation(geometry);
    if (geometry.isEmpty())
        return makeError(
            Error::Code::InvalidInput, tr("Boundary: draw at least three points."), QStringLiteral("geometry"));
    const QList<geo::GeometryIssue> issues = geo::validate(geometry);
    if (!issues.isEmpty()) {
        QStringList problems;
        for (const geo::GeometryIssue& issue : issues)
            problems << issueText(issue);
        return makeError(Error::Code::InvalidInput, tr("Boundary: %1. Nothing was saved.").arg(problems.join(tr("; "))),
            QStringLiteral("geometry"));
    }
    return geometry;
}

Status StructureRepository::setGeometry(
    UnitLevel level, const QString& id, const std::optional<geo::MultiPolygon>& geometry, const BoundaryOrigin& origin)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s;
    auto stored = unit(level, id);
    if (!stored)
        return stored.error();
    std::optional<geo::MultiPolygon> checked;
    if (geometry && !geometry->isEmpty()) {
        auto c = checkBoundary(*geometry);
        if (!c)
            return c.error();
        checked = std::move(c.value());
    }
    // A stored boundary that no longer reads back is simply replaced.
    geo::MultiPolygon previous;
    if (auto before = this->geometry(level, id); before && *before)
        previous = **before;

    QJsonObject payload { { QStringLiteral("level"), structure::levelKey(level) },
        { QStringLiteral("replaced"), stored->hasGeometry },
        { QStringLiteral("verticesBefore"), qint64(vertexCount(previous)) },
        { QStringLiteral("areaBeforeM2"), qRound64(geo::area(previous)) } };
    QVariantMap fields;
    if (checked) {
        const geo::BBox box = geo::boundingBox(*checked);
        fields = { { QStringLiteral("geometry"), QString::fromUtf8(geo::GeoJson::write(*checked)) },
            { QStringLiteral("min_lon"), box.west }, { QStringLiteral("min_lat"), box.south },
            { QStringLiteral("max_lon"), box.east }, { QStringLiteral("max_lat"), box.north } };
        payload.insert(QStringLiteral("parts"), qint64(checked->polygons.size()));
        payload.insert(QStringLiteral("vertices"), qint64(vertexCount(*checked)));
        payload.insert(QStringLiteral("areaM2"), qRound64(geo::area(*checked)));
    } else {
        fields = { { QStringLiteral("geometry"), QVariant() }, { QStringLiteral("min_lon"), QVariant() },
            { QStringLiteral("min_lat"), QVariant() }, { QStringLiteral("max_lon"), QVariant() },
            { QStringLiteral("max_lat"), QVariant() } };
        payload.insert(QStringLiteral("cleared"), true);
    }
    for (auto it = origin.details.begin(); it != origin.details.end(); ++it)
        payload.insert(it.key(), it.value());

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    if (auto s = RecordWriter(m_session.writeContext()).update(structure::tableOf(level), id, fields); !s)
        return s;
    if (auto s
        = AuditLog::appendFor(m_session, structure::tableOf(level), id, QStringLiteral("boundary_changed"), payload, origin.note);
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    notify({ id });
    return {};
}

Result<std::optional<geo::MultiPolygon>> StructureRepository::geometry(UnitLevel level, const QString& id)
{
    auto stmt = m_session.db().prepare(
        QStringLiteral("SELECT geometry FROM %1 WHERE id = ? AND deleted = 0").arg(structure::tableOf(level)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->nextRow())
        return notFound();
    if (stmt->isNull(0) || stmt->text(0).isEmpty())
        return std::optional<geo::MultiPolygon>();
    auto g = geo::GeoJson::readGeometry(stmt->text(0).toUtf8());
    if (!g)
        return g.error();
    return std::optional<geo::MultiPolygon>(*g);
}

Status StructureRepository::setResponsible(const QString& gridId, const QString& personId)
{
    auto grid = unit(UnitLevel::Grid, gridId);
    if (!grid)
        return grid.error();
    StructureUnit changed = *grid;
    changed.responsiblePersonId = personId;
    return Status::from(update(changed));
}

Result<QList<AuditEvent>> StructureRepository::history(UnitLevel level, const QString& id)
{
    return AuditLog::forSubject(m_session.db(), structure::tableOf(level), id);
}

} // namespace gs
