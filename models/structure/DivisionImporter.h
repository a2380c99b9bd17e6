// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "structure/DivisionReader.h"

#include <atomic>
#include <functional>

namespace gs {

class DistrictChanges;
class Session;

/// What importing DivisionData would change, unit by unit: the preview the user confirms.
struct DivisionPlan
{
    enum class Action {
        Add, ///< a new unit
        Rename, ///< the unit exists under this code with another name (or city/province)
        Unchanged,
        KeptRetired, ///< the unit exists but is retired: left as it is
    };
    struct Item
    {
        UnitLevel level = UnitLevel::Street;
        Action action = Action::Add;
        QString code, name, oldName;
        QString parentCode;
        QString existingId;
        QString city, province; ///< districts
        qint64 line = 0;
    };
    QStringList districtCodes;
    QList<Item> items;
    QList<ImportIssue> errors;
    qint64 suppressedErrors = 0;
    QList<ImportIssue> notes;
    qint64 rowsRead = 0;
    /// Units already stored under the chosen districts that the files no longer list (left untouched).
    int notInFiles = 0;

    bool ok() const { return errors.isEmpty() && suppressedErrors == 0; }
    int count(UnitLevel level, Action action) const;
    int count(Action action) const;
    /// "12 streets and 230 communities to add, 2 to rename, 18 unchanged", translated.
    QString summary() const;
};

struct DivisionImportResult
{
    int added = 0;
    int renamed = 0;
    int unchanged = 0;
    bool cancelled = false; ///< nothing was written
};

/// Turns DivisionData into units of the structure. plan() compares with the database, apply() writes the plan
/// in one transaction (rows, change log, one audit event): all of it, or nothing when anything fails or the
/// import is cancelled. Both need ManageStructure and run on the thread that owns the session.
class DivisionImporter
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit DivisionImporter(Session& session, DistrictChanges* changes = nullptr);

    Result<DivisionPlan> plan(const DivisionData& data);
    Result<DivisionImportResult> apply(
        const DivisionPlan& plan, const std::atomic<bool>* cancel = nullptr, const Progress& progress = {});

private:
    Session& m_session;
    DistrictChanges* m_changes;
};

} // namespace gs
