// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "BoundaryImporter.h"

#include "DistrictChanges.h"
#include "StructureRepository.h"
#include "accounts/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::BoundaryImporter", text, disambiguation, n);
}

QString featureLabel(const geo::GridFeature& f)
{
    const QString who = QStringList { f.code, f.name }.join(QLatin1Char(' ')).trimmed();
    return who.isEmpty() ? tr("Feature %1").arg(f.index + 1) : tr("Feature %1 (%2)").arg(f.index + 1).arg(who);
}

QString describe(const QList<const StructureUnit*>& units)
{
    QStringList out;
    for (const StructureUnit* u : units)
        out << QStringLiteral("%1 %2 %3").arg(structure::levelLabel(u->level), u->code, u->name);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString BoundaryPlan::summary() const
{
    const int replacing = int(std::count_if(items.begin(), items.end(), [](const Item& i) { return i.replaces; }));
    return tr(
        "%n boundar(ies) to attach (%1 replacing a stored one); coordinates read as %2.", nullptr, int(items.size()))
        .arg(replacing)
        .arg(geo::crsToString(crs).toUpper());
}

BoundaryImporter::BoundaryImporter(Session& session, DistrictChanges* changes)
    : m_session(session)
    , m_changes(changes)
{ }

geo::GeoJsonImport BoundaryImporter::read(const QByteArray& json, std::optional<geo::Crs> crs)
{
    return geo::GeoJson::readFeatures(json, crs);
}

Result<BoundaryPlan> BoundaryImporter::plan(const geo::GeoJsonImport& parsed, const QString& fileName)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    BoundaryPlan plan;
    plan.fileName = fileName;
    plan.crs = parsed.crs;
    for (const geo::FeatureError& e : parsed.errors)
        plan.errors.append({ fileName, 0, e.message });
    if (!parsed.errors.isEmpty())
        return plan;
    if (parsed.features.isEmpty()) {
        plan.errors.append({ fileName, 0, tr("The file has no polygon features.") });
        return plan;
    }

    auto all = StructureRepository(m_session).units(true);
    if (!all)
        return all.error();
    QHash<QString, QList<const StructureUnit*>> byCode, byName;
    for (const StructureUnit& u : *all) {
        byCode[u.code].append(&u);
        if (!u.retired)
            byName[u.name].append(&u);
    }
    QHash<QString, int> taken; // unit id → feature index
    for (const geo::GridFeature& f : parsed.features) {
        const QString label = featureLabel(f);
        const auto fail = [&](const QString& message) {
            plan.errors.append({ fileName, 0, QStringLiteral("%1: %2").arg(label, message) });
        };
        std::optional<UnitLevel> level;
        if (!f.level.isEmpty()) {
            level = structure::levelFromKey(f.level);
            if (!level) {
                fail(tr("the level “%1” is not one of district, street, community or grid.").arg(f.level));
                continue;
            }
        }
        const auto atLevel = [&](const QList<const StructureUnit*>& units) {
            QList<const StructureUnit*> out;
            for (const StructureUnit* u : units) {
                if (!level || u->level == *level)
                    out.append(u);
            }
            return out;
        };
        QList<const StructureUnit*> candidates;
        bool byNameMatch = false;
        if (!f.code.isEmpty()) {
            candidates = atLevel(byCode.value(f.code));
            if (candidates.isEmpty()) {
                fail(level ? tr("no %1 has the code %2.").arg(structure::levelLabel(*level).toLower(), f.code)
                           : tr("no district, street, community or grid has the code %1.").arg(f.code));
                continue;
            }
        } else {
            byNameMatch = true;
            candidates = atLevel(byName.value(f.name.trimmed()));
            if (candidates.isEmpty()) {
                fail(tr("no active unit is named %1; give the feature a “code” property.").arg(f.name));
                continue;
            }
        }
        if (candidates.size() > 1) {
            fail(tr("matches %n units (%1); give the feature a “code” or a “level” property.", nullptr,
                int(candidates.size()))
                     .arg(describe(candidates)));
            continue;
        }
        const StructureUnit* unit = candidates.first();
        if (const auto seen = taken.constFind(unit->id); seen != taken.constEnd()) {
            fail(tr("%1 %2 already gets the boundary of feature %3.")
                     .arg(structure::levelLabel(unit->level), unit->name)
                     .arg(seen.value() + 1));
            continue;
        }
        taken.insert(unit->id, f.index);
        plan.items.append(
            { f.index, unit->level, unit->id, unit->code, unit->name, byNameMatch, unit->hasGeometry, f.geometry });
    }
    return plan;
}

Result<int> BoundaryImporter::apply(const BoundaryPlan& plan)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    if (!plan.ok())
        return makeError(Error::Code::InvalidInput,
            plan.errors.isEmpty()
                ? tr("The file has no boundaries to import.")
                : tr("The file has %n problem(s); nothing was imported.", nullptr, int(plan.errors.size())));
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    // The repository is the one writer of boundaries (same checks, change log and audit event as the map's
    // editor); without DistrictChanges it stays quiet and the whole file is announced once, below.
    StructureRepository repository(m_session);
    QStringList ids;
    for (const auto& item : plan.items) {
        const BoundaryOrigin origin { {},
            { { QStringLiteral("import"), plan.fileName }, { QStringLiteral("feature"), item.feature + 1 },
                { QStringLiteral("crs"), geo::crsToString(plan.crs) } } };
        if (auto s = repository.setGeometry(item.level, item.unitId, item.geometry, origin); !s) {
            Error e = s.error();
            const QString who = QStringList { item.code, item.name }.join(QLatin1Char(' ')).trimmed();
            e.message = QStringLiteral("%1: %2").arg(tr("Feature %1 (%2)").arg(item.feature + 1).arg(who), e.message);
            return e; // the transaction rolls back: nothing of the file is written
        }
        ids << item.unitId;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (m_changes)
        Q_EMIT m_changes->structureChanged(ids);
    return int(plan.items.size());
}

} // namespace gs
