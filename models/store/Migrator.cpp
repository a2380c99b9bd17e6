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
        if (m.editsSchemaTable) {
            if (auto s = reloadSchema(db); !s)
                return s.error();
        }
    }
    return before;
}

Status Migrator::reloadSchema(Database& db)
{
    // SQLite keeps its parsed schema until a transaction that changed the schema cookie rolls back: set the
    // cookie to its own value and roll back. Nothing is written.
    qint64 cookie = 0;
    {
        auto version = db.prepare("PRAGMA schema_version");
        if (!version)
            return version.error();
        if (auto row = version->step(); !row)
            return row.error();
        cookie = version->int64(0);
    }
    return db.exec(QStringLiteral("BEGIN; PRAGMA schema_version = %1; ROLLBACK;").arg(cookie));
}

} // namespace gs
