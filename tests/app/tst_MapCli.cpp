// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// `gridsentinel geo convert` and `gridsentinel map render`, through the real executable.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gs;

namespace {

using Run = test::CliRun;

Run gridsentinel(const QStringList& args, const QByteArray& stdinText = {})
{
    return test::runCli(args, stdinText); // map render must not need a display on its own
}

QStringList convert(const char* from, const char* to)
{
    return { QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--from"), QString::fromLatin1(from),
        QStringLiteral("--to"), QString::fromLatin1(to) };
}

} // namespace

class TestMapCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r = gridsentinel(
            { QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--insecure-fast-kdf") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void convertsWithPublishedValues()
    {
        // eviltransform's vectors (Shanghai, Beijing), both ways.
        Run r = gridsentinel(convert("wgs84", "gcj02"), "121.5272106,31.1774276\n116.377817, 39.911954\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("121.5315419,31.1753040\n116.3840472,39.9133455\n"));
        r = gridsentinel(convert("gcj02", "wgs84") << QStringLiteral("--precision") << QStringLiteral("6"),
            "121.531541859215,31.17530398364597\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("121.527211,31.177428\n"));
        // gcj → bd from the geotool crate's tests.
        r = gridsentinel(convert("gcj02", "bd09"), "121.09626935575027,30.608604331756705\n");
        QCOMPARE(r.out, QByteArray("121.1027173,30.6148457\n"));
        // Outside China nothing moves; blank lines and comments keep their place.
        r = gridsentinel(convert("wgs84", "gcj02"), "-0.1276,51.5072\n\n# London\n");
        QCOMPARE(r.out, QByteArray("-0.1276000,51.5072000\n\n# London\n"));
        r = gridsentinel(
            convert("bd09", "wgs84") << QStringLiteral("--format") << QStringLiteral("json"), "113.3735,23.1286\n");
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 1);
        QVERIFY(std::abs(a.first().toObject().value(QStringLiteral("lon")).toDouble() - 113.3612) < 0.002);
    }

    void badLinesAreNamedAndNothingIsPrinted()
    {
        const Run r = gridsentinel(convert("wgs84", "gcj02"), "113.36,23.12\nnorth\n113.36\n23.12,200.5\n");
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("line 2") && r.err.contains("line 3") && r.err.contains("line 4"), r.err.constData());
        QVERIFY(!r.err.contains("line 1"));
        QCOMPARE(gridsentinel(convert("wgs84", "mercator")).exitCode, 2);
        QCOMPARE(gridsentinel({ QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--to"),
                                  QStringLiteral("gcj02") })
                     .exitCode,
            2);
        QCOMPARE(gridsentinel({ QStringLiteral("geo"), QStringLiteral("frobnicate") }).exitCode, 2);
    }

    void rendersWithoutADisplay()
    {
        const QString png = m_dir.filePath(QStringLiteral("district.png"));
        const Run r = gridsentinel(
            { QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--db"), m_db, QStringLiteral("--as"),
                QStringLiteral("supervisor"), QStringLiteral("--out"), png, QStringLiteral("--size"),
                QStringLiteral("800x600"), QStringLiteral("--format"), QStringLiteral("json") },
            "Supervisor-2026\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("width")).toInt(), 800);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600));
        // Not blank: the district is drawn in the middle.
        QVERIFY(image.pixelColor(400, 300) != image.pixelColor(2, 2));

        const QString zoomed = m_dir.filePath(QStringLiteral("bbox.png"));
        const Run b = gridsentinel(
            { QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--db"), m_db, QStringLiteral("--as"),
                QStringLiteral("volunteer"), QStringLiteral("--out"), zoomed, QStringLiteral("--bbox"),
                QStringLiteral("113.32,23.12,113.35,23.14"), QStringLiteral("--layers"),
                QStringLiteral("district,streets,grids,labels,pairs,sentinels,volunteers"), QStringLiteral("--size"),
                QStringLiteral("400x300"), QStringLiteral("--scale"), QStringLiteral("2") },
            "Volunteer-2026\n");
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(QImage(zoomed).size(), QSize(800, 600));
    }

    void onlineBasemapIsSetByTheOffice()
    {
        const QStringList base { QStringLiteral("map"), QStringLiteral("basemap"), QStringLiteral("--db"), m_db,
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as") };
        const QByteArray chief = "Supervisor-2026\n";
        Run r = gridsentinel(base + QStringList { QStringLiteral("supervisor") }, chief);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("enabled")).toBool(), false); // off unless set

        const QString url = QStringLiteral("https://webrd0{s}.example.cn/appmaptile?x={x}&y={y}&z={z}");
        r = gridsentinel(base
                + QStringList { QStringLiteral("supervisor"), QStringLiteral("--url"), url, QStringLiteral("--crs"),
                    QStringLiteral("gcj02"), QStringLiteral("--max-zoom"), QStringLiteral("18") },
            chief);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("url")).toString(), url);
        QCOMPARE(r.object().value(QStringLiteral("crs")).toString(), QStringLiteral("gcj02"));

        // A sentinel sees it but may not change it; a bad template is a usage error; nothing changes either way.
        r = gridsentinel(base + QStringList { QStringLiteral("sentinel") }, "Sentinel-2026\n");
        QCOMPARE(r.object().value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(gridsentinel(base + QStringList { QStringLiteral("sentinel"), QStringLiteral("--off") },
                     "Sentinel-2026\n")
                     .exitCode,
            4);
        QCOMPARE(gridsentinel(base
                         + QStringList { QStringLiteral("supervisor"), QStringLiteral("--url"),
                             QStringLiteral("https://t.example.cn/{z}/{x}.png") },
                     chief)
                     .exitCode,
            2);
        r = gridsentinel(base + QStringList { QStringLiteral("supervisor"), QStringLiteral("--off") }, chief);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("enabled")).toBool(), false);
    }

    void renderRefusals()
    {
        const QString png = m_dir.filePath(QStringLiteral("x.png"));
        const QStringList base { QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--db"), m_db,
            QStringLiteral("--as"), QStringLiteral("supervisor"), QStringLiteral("--out"), png };
        QCOMPARE(gridsentinel(base + QStringList { QStringLiteral("--layers"), QStringLiteral("grids,roads") },
                     "Supervisor-2026\n")
                     .exitCode,
            2);
        QCOMPARE(gridsentinel(base + QStringList { QStringLiteral("--bbox"), QStringLiteral("113.4,23.1,113.3,23.2") },
                     "Supervisor-2026\n")
                     .exitCode,
            2);
        QCOMPARE(
            gridsentinel(base + QStringList { QStringLiteral("--size"), QStringLiteral("huge") }, "Supervisor-2026\n")
                .exitCode,
            2);
        QCOMPARE(gridsentinel(base, "wrong-password\n").exitCode, 3);
        QVERIFY(!QFile::exists(png)); // nothing written on any refusal
        QCOMPARE(
            gridsentinel({ QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--db"), m_db }).exitCode,
            2); // no --out
        const Run help = gridsentinel({ QStringLiteral("--help") });
        QVERIFY(help.out.contains("geo convert") && help.out.contains("map render"));
    }
};

QTEST_GUILESS_MAIN(TestMapCli)
#include "tst_MapCli.moc"
