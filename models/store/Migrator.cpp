// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Migrator.h"

#include "Database.h"
#include "Schema.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace gs {

Status Migrator::checkNotNewer(Database& db)
{
    const int version = db.userVersion();
    if (version > schema::latestVersion())
        return makeError(Error::Code::SchemaTooNew,
            QCoreApplication::translate("gs::Migrator",
                "This database was written by a newer GridSentinel (schema %1; this version knows up to %2). "
                "It was left untouched. Please update GridSentinel.")
                .arg(version)
                .arg(schema::latestVersion()));
    return {};
}

Result<int> Migrator::migrate(Database& db)
{
    if (auto s = checkNotNewer(db); !s)
        return s.error();
    const int before = db.userVersion();
    // WAL only once we know the file is ours to write: it survives crashes and lets readers run beside a writer.
    if (auto s = db.exec("PRAGMA journal_mode = WAL;"); !s)
        return s.error();
    for (const auto& m : schema::migrations()) {
        if (m.version <= before)
            continue;
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        if (auto s = db.exec(m.sql); !s)
            return s.error();
        if (auto s = db.setUserVersion(m.version); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return before;
}

} // namespace gs
