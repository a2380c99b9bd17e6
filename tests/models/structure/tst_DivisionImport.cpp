// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DivisionFiles.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "structure/DistrictChanges.h"
#include "structure/DivisionImporter.h"
#include "structure/DivisionReader.h"
#include "structure/StructureQuery.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace gs;

namespace {

qint64 count(Session& s, const char* sql)
{
    auto stmt = s.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->int64(0) : -1;
}

struct Counts
{
    qint64 districts, streets, communities, changes, audit;
    friend bool operator==(const Counts&, const Counts&) = default;
};

Counts counts(Session& s)
{
    return { count(s, "SELECT count(*) FROM districts"), count(s, "SELECT count(*) FROM streets"),
        count(s, "SELECT count(*) FROM communities"), count(s, "SELECT count(*) FROM change_log"),
        count(s, "SELECT count(*) FROM audit_events") };
}

QString messages(const QList<ImportIssue>& issues)
{
    QStringList out;
    for (const ImportIssue& i : issues)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

/// Peak resident memory (kB) since the last reset; resetting needs Linux ≥ 4.0.
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

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace

class tst_DivisionImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    int m_nodes = 0;

    std::unique_ptr<Session> freshNode()
    {
        auto created = test::createNode(m_dir, QStringLiteral("node%1.db").arg(++m_nodes));
        return std::move(created.session);
    }

    QString filesDir(const QString& name)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        return dir;
    }

    static DivisionData read(const QString& dir, const QStringList& codes)
    {
        DivisionReader::Options o;
        o.directory = dir;
        o.districtCodes = codes;
        return DivisionReader::read(o);
    }

private Q_SLOTS:
    void importsChosenDistricts()
    {
        const QString dir = filesDir(QStringLiteral("standard"));
        test::DivisionFiles { dir }.writeStandard();
        auto session = freshNode();
        DistrictChanges changes;
        QSignalSpy changed(&changes, &DistrictChanges::structureChanged);

        const DivisionData data = read(dir, { QStringLiteral("440106"), QStringLiteral("440104") });
        QVERIFY2(data.ok(), qPrintable(messages(data.errors)));
        QCOMPARE(data.districts.size(), 2);
        QCOMPARE(data.streets.size(), 3);
        QCOMPARE(data.communities.size(), 4);
        QCOMPARE(data.rowsRead, qint64(2 + 3 + 4 + 5 + 6));
        for (const DivisionDistrict& d : data.districts) {
            QCOMPARE(d.city, QStringLiteral("广州市"));
            QCOMPARE(d.province, QStringLiteral("广东省"));
        }

        DivisionImporter importer(*session, &changes);
        auto plan = importer.plan(data);
        QVERIFY(plan);
        QVERIFY(plan->ok());
        QCOMPARE(plan->count(UnitLevel::Street, DivisionPlan::Action::Add), 3);
        QCOMPARE(plan->count(UnitLevel::Community, DivisionPlan::Action::Add), 4);
        QVERIFY(plan->summary().contains(QStringLiteral("streets 3, communities 4")));
        const Counts before = counts(*session);
        auto result = importer.apply(*plan);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->added, 9);
        QCOMPARE(changed.count(), 1);
        const Counts after = counts(*session);
        QCOMPARE(after.districts, 2);
        QCOMPARE(after.streets, 3);
        QCOMPARE(after.communities, 4);
        QCOMPARE(after.changes - before.changes, 9); // one change-log entry per row
        QCOMPARE(after.audit - before.audit, 1); // one audit event for the import

        // The hierarchy is linked: 岳洲 is in 五山街道, which is in 天河区 of 广州市.
        auto stmt = session->db().prepare(
            "SELECT s.name, d.name, d.city, d.province FROM communities c JOIN streets s ON s.id = c.street_id "
            "JOIN districts d ON d.id = s.district_id WHERE c.code = '440106001001'");
        QVERIFY(stmt && stmt->nextRow());
        QCOMPARE(stmt->text(0), QStringLiteral("五山街道"));
        QCOMPARE(stmt->text(1), QStringLiteral("天河区"));
        QCOMPARE(stmt->text(2), QStringLiteral("广州市"));
        QCOMPARE(stmt->text(3), QStringLiteral("广东省"));
        auto streets = StructureQuery(*session).streets();
        QVERIFY(streets);
        QCOMPARE(streets->size(), 3);

        // Importing again changes nothing; a renamed community is renamed, not duplicated.
        auto again = importer.plan(read(dir, { QStringLiteral("440106"), QStringLiteral("440104") }));
        QVERIFY(again && again->ok());
        QCOMPARE(again->count(DivisionPlan::Action::Unchanged), 9);
        QCOMPARE(again->count(DivisionPlan::Action::Add), 0);
        test::DivisionFiles files { dir };
        files.write(QStringLiteral("villages.csv"),
            QStringLiteral("code,name,streetCode,provinceCode,cityCode,areaCode"),
            { QStringLiteral("440106001001,岳洲社区,440106001,44,4401,440106"),
                QStringLiteral("440106001002,茶山社区居委会,440106001,44,4401,440106") });
        auto renamed = importer.plan(read(dir, { QStringLiteral("440106") }));
        QVERIFY(renamed && renamed->ok());
        QCOMPARE(renamed->count(DivisionPlan::Action::Rename), 1);
        QCOMPARE(renamed->notInFiles, 1); // 员村一横路 is stored but no longer listed: reported, kept
        QVERIFY(importer.apply(*renamed));
        QCOMPARE(counts(*session).communities, 4);
        auto name = session->db().prepare("SELECT name FROM communities WHERE code = '440106001001'");
        QVERIFY(name && name->nextRow());
        QCOMPARE(name->text(0), QStringLiteral("岳洲社区"));
    }

    void wrongHeader()
    {
        const QString dir = filesDir(QStringLiteral("header"));
        test::DivisionFiles files { dir };
        files.writeStandard();
        files.write(QStringLiteral("streets.csv"), QStringLiteral("code,name,district,provinceCode,cityCode"),
            { QStringLiteral("440106001,五山街道,440106,44,4401") });
        const DivisionData data = read(dir, { QStringLiteral("440106") });
        QVERIFY(!data.ok());
        QCOMPARE(data.errors.first().file, QStringLiteral("streets.csv"));
        QCOMPARE(data.errors.first().line, qint64(1));
        QVERIFY(data.errors.first().message.contains(QStringLiteral("areaCode")));
        auto session = freshNode();
        const Counts before = counts(*session);
        auto plan = DivisionImporter(*session).plan(data);
        QVERIFY(plan && !plan->ok());
        QVERIFY(!DivisionImporter(*session).apply(*plan));
        QCOMPARE(counts(*session), before);
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("needle");
        const QString streets = QStringLiteral("code,name,areaCode,provinceCode,cityCode");
        const QString villages = QStringLiteral("code,name,streetCode,provinceCode,cityCode,areaCode");
        QTest::newRow("street code too short") << QStringLiteral("streets.csv") << streets
                                               << QStringList { QStringLiteral("440106001,五山街道,440106,44,4401"),
                                                      QStringLiteral("44010602,员村街道,440106,44,4401") }
                                               << qint64(3) << QStringLiteral("9 digits");
        QTest::newRow("street not in its district") << QStringLiteral("streets.csv") << streets
                                                    << QStringList { QStringLiteral("440104009,错街道,440106,44,4401") }
                                                    << qint64(2) << QStringLiteral("must start with");
        QTest::newRow("province mismatch") << QStringLiteral("streets.csv") << streets
                                           << QStringList { QStringLiteral("440106001,五山街道,440106,45,4401") }
                                           << qint64(2) << QStringLiteral("provinceCode");
        QTest::newRow("no name") << QStringLiteral("streets.csv") << streets
                                 << QStringList { QStringLiteral("440106001,,440106,44,4401") } << qint64(2)
                                 << QStringLiteral("no name");
        QTest::newRow("duplicate street") << QStringLiteral("streets.csv") << streets
                                          << QStringList { QStringLiteral("440106001,五山街道,440106,44,4401"),
                                                 QStringLiteral("440106002,员村街道,440106,44,4401"),
                                                 QStringLiteral("440106001,五山街道,440106,44,4401") }
                                          << qint64(4) << QStringLiteral("first on line 2");
        QTest::newRow("community code 000")
            << QStringLiteral("villages.csv") << villages
            << QStringList { QStringLiteral("440106001000,岳洲,440106001,44,4401,440106") } << qint64(2)
            << QStringLiteral("000");
        QTest::newRow("community orphan")
            << QStringLiteral("villages.csv") << villages
            << QStringList { QStringLiteral("440106001001,岳洲社区居委会,440106001,44,4401,440106"),
                   QStringLiteral("440106009001,无主社区,440106009,44,4401,440106") }
            << qint64(3) << QStringLiteral("not in streets.csv");
        QTest::newRow("duplicate community")
            << QStringLiteral("villages.csv") << villages
            << QStringList { QStringLiteral("440106001001,岳洲社区居委会,440106001,44,4401,440106"),
                   QStringLiteral("440106001001,岳洲社区居委会,440106001,44,4401,440106") }
            << qint64(3) << QStringLiteral("appears twice");
        QTest::newRow("short row") << QStringLiteral("villages.csv") << villages
                                   << QStringList { QStringLiteral("440106001001,岳洲社区居委会,440106001,44,4401") }
                                   << qint64(2) << QStringLiteral("6 are needed");
    }

    void badRows()
    {
        QFETCH(QString, file);
        QFETCH(QString, header);
        QFETCH(QStringList, rows);
        QFETCH(qint64, line);
        QFETCH(QString, needle);
        const QString dir
            = filesDir(QStringLiteral("bad-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        test::DivisionFiles files { dir };
        files.writeStandard();
        files.write(file, header, rows);
        const DivisionData data = read(dir, { QStringLiteral("440106") });
        QVERIFY(!data.ok());
        // The row's own problem; rows that depend on it (communities of a broken street) are reported as orphans.
        const auto it = std::find_if(data.errors.begin(), data.errors.end(),
            [&](const ImportIssue& i) { return i.file == file && i.line == line && i.message.contains(needle); });
        QVERIFY2(it != data.errors.end(), qPrintable(messages(data.errors)));
        QCOMPARE(data.errors.first().file, file); // reported first: files are read parents first

        auto session = freshNode();
        const Counts before = counts(*session);
        auto plan = DivisionImporter(*session).plan(data);
        QVERIFY(plan);
        auto applied = DivisionImporter(*session).apply(*plan);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, Error::Code::InvalidInput);
        QCOMPARE(counts(*session), before);
    }

    void orphanStreetWhoseDistrictIsMissing()
    {
        const QString dir = filesDir(QStringLiteral("orphan"));
        test::DivisionFiles files { dir };
        files.writeStandard();
        files.write(QStringLiteral("areas.csv"), QStringLiteral("code,name,cityCode,provinceCode"),
            { QStringLiteral("440104,越秀区,4401,44") });
        const DivisionData data = read(dir, { QStringLiteral("440106") });
        QVERIFY(!data.ok());
        const QString all = messages(data.errors);
        QVERIFY2(all.contains(QStringLiteral(
                     "streets.csv:3: Street 440106001 五山街道 belongs to district 440106, which is not in areas.csv")),
            qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("streets.csv:4:")));
        QVERIFY(all.contains(QStringLiteral("District 440106 is not in the file")));
    }

    void unknownDistrictAndBadCodes()
    {
        const QString dir = filesDir(QStringLiteral("unknown"));
        test::DivisionFiles { dir }.writeStandard();
        QVERIFY(!read(dir, { QStringLiteral("440199") }).ok());
        const DivisionData bad = read(dir, { QStringLiteral("4401") });
        QVERIFY(!bad.ok());
        QVERIFY(bad.errors.first().message.contains(QStringLiteral("6 digits")));
        QStringList problems;
        QCOMPARE(DivisionReader::parseDistrictCodes(QStringLiteral("440106，440104 440106;99x"), &problems),
            (QStringList { QStringLiteral("440106"), QStringLiteral("440104") }));
        QCOMPARE(problems.size(), 1);
        // A missing required file.
        const QString empty = filesDir(QStringLiteral("empty"));
        const DivisionData none = read(empty, { QStringLiteral("440106") });
        QVERIFY(messages(none.errors).contains(QStringLiteral("areas.csv: The file is missing")));
    }

    void gb18030Files()
    {
        const QString dir = filesDir(QStringLiteral("gb18030"));
        test::DivisionFiles files { dir, "GB18030" };
        files.writeStandard();
        QVERIFY(!test::fileBytes(QDir(dir).filePath(QStringLiteral("streets.csv")))
                     .contains(QStringLiteral("五山").toUtf8()));
        const DivisionData data = read(dir, { QStringLiteral("440106") });
        QVERIFY2(data.ok(), qPrintable(messages(data.errors)));
        QCOMPARE(data.streets.first().name, QStringLiteral("五山街道"));
        QCOMPARE(data.communities.first().name, QStringLiteral("岳洲社区居委会"));
        QCOMPARE(data.districts.first().city, QStringLiteral("广州市"));
    }

    void noVillagesFile()
    {
        const QString dir = filesDir(QStringLiteral("novillages"));
        test::DivisionFiles { dir }.writeStandard();
        QFile::remove(QDir(dir).filePath(QStringLiteral("villages.csv")));
        const DivisionData data = read(dir, { QStringLiteral("440106") });
        QVERIFY(data.ok());
        QCOMPARE(data.streets.size(), 2);
        QVERIFY(data.communities.isEmpty());
        QCOMPARE(data.notes.size(), 1);
    }

    void permission()
    {
        const QString dir = filesDir(QStringLiteral("perm"));
        test::DivisionFiles { dir }.writeStandard();
        auto admin = freshNode();
        auto sentinel = test::addAndSignIn(*admin, QStringLiteral("wang"), Role::Sentinel);
        auto plan = DivisionImporter(*sentinel).plan(read(dir, { QStringLiteral("440106") }));
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, Error::Code::PermissionDenied);
    }

    void nationalSizeFile()
    {
        const QString dir = filesDir(QStringLiteral("national"));
        QElapsedTimer generating;
        generating.start();
        const qint64 rows = test::DivisionFiles::writeNational(dir);
        QCOMPARE(rows, qint64(600000));
        qInfo("generated %lld villages (%lld MB) in %lld ms", rows,
            QFileInfo(QDir(dir).filePath(QStringLiteral("villages.csv"))).size() >> 20, generating.elapsed());

        const bool peakReset = resetPeakRss();
        if (!peakReset)
            qInfo("peak RSS could not be reset: the growth below includes what ran before");
        const qint64 rssBefore = statusKb("VmRSS:");
        qint64 progressCalls = 0, lastDone = 0, total = 0;
        bool monotonic = true;
        DivisionReader::Options o;
        o.directory = dir;
        o.districtCodes = { QStringLiteral("442507") };
        o.progress = [&](qint64 done, qint64 all, qint64) {
            ++progressCalls;
            monotonic = monotonic && done >= lastDone && done <= all;
            lastDone = done;
            total = all;
        };
        QElapsedTimer timer;
        timer.start();
        const DivisionData data = DivisionReader::read(o);
        const qint64 ms = timer.elapsed();
        const qint64 peakGrowthKb = statusKb("VmHWM:") - rssBefore;
        qInfo("read %lld rows in %lld ms (%.0f rows/s), peak RSS growth %lld kB", data.rowsRead, ms,
            1000.0 * double(data.rowsRead) / double(std::max<qint64>(ms, 1)), peakGrowthKb);
        QVERIFY2(data.ok(), qPrintable(messages(data.errors)));
        QCOMPARE(data.streets.size(), 10);
        QCOMPARE(data.communities.size(), 600);
        QCOMPARE(data.rowsRead, qint64(1000 + 10000 + 600000));
        QVERIFY(progressCalls > 100);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, total);
        // Streaming, not loading: the 40 MB file must not show in memory (it grows by about 1 MB). Not under
        // AddressSanitizer, whose allocator keeps freed blocks in quarantine. Speed is the bench's to judge
        // (gridsentinel_bench_divisions).
        if (peakReset && !kSanitized)
            QVERIFY2(peakGrowthKb < 20 * 1024, "the reader must stream, not load the 40 MB file");

        // And the import of that district lands in one go.
        auto session = freshNode();
        auto plan = DivisionImporter(*session).plan(data);
        QVERIFY(plan && plan->ok());
        auto applied = DivisionImporter(*session).apply(*plan);
        QVERIFY(applied);
        QCOMPARE(applied->added, 611);
    }

    void cancellationLeavesNothing()
    {
        const QString dir = filesDir(QStringLiteral("national"));
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("villages.csv")))); // from the test above
        std::atomic<bool> cancel { false };
        qint64 stoppedAt = 0, total = 0;
        DivisionReader::Options o;
        o.directory = dir;
        o.districtCodes = { QStringLiteral("445020") };
        o.cancel = &cancel;
        o.progress = [&](qint64 done, qint64 all, qint64) {
            total = all;
            if (!cancel && done > all / 3) {
                stoppedAt = done;
                cancel = true;
            }
        };
        const DivisionData data = DivisionReader::read(o);
        QVERIFY(data.cancelled);
        QVERIFY(!data.ok());
        QVERIFY(stoppedAt > 0 && stoppedAt < total);
        QVERIFY(data.rowsRead < 610000);

        auto session = freshNode();
        const Counts before = counts(*session);
        auto plan = DivisionImporter(*session).plan(data);
        QVERIFY(plan);
        QVERIFY(plan->items.isEmpty());
        QCOMPARE(counts(*session), before);

        // Cancelled while writing: the transaction is rolled back.
        const DivisionData whole = read(dir, { QStringLiteral("445020") });
        auto full = DivisionImporter(*session).plan(whole);
        QVERIFY(full && full->ok());
        std::atomic<bool> stop { false };
        auto applied = DivisionImporter(*session).apply(*full, &stop, [&](int done, int) {
            if (done >= 256)
                stop = true;
        });
        QVERIFY(applied);
        QVERIFY(applied->cancelled);
        QCOMPARE(counts(*session), before);
        QVERIFY(!session->db().inTransaction());
    }
};

QTEST_GUILESS_MAIN(tst_DivisionImport)
#include "tst_DivisionImport.moc"
