// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "map/TileLoader.h"
#include "map/TileSource.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QThread>

#include <sqlite3.h>

using namespace gs;
using namespace gs::map;

namespace {

QByteArray png(QColor colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QColor colourOf(int x, int y, int z)
{
    return QColor(40 * x + 20, 40 * y + 20, 30 * z + 10);
}

// A tiny MBTiles file as other tools write it: plain SQLite (SQLCipher's library without a key), TMS rows.
void writeMBTiles(const QString& path, const QList<std::pair<QString, QString>>& metadata, int maxZoom = 2)
{
    sqlite3* db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                 "CREATE TABLE metadata (name TEXT, value TEXT);"
                 "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                 "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);",
                 nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_stmt* meta = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?, ?)", -1, &meta, nullptr);
    for (const auto& [name, value] : metadata) {
        const QByteArray n = name.toUtf8(), v = value.toUtf8();
        sqlite3_bind_text(meta, 1, n.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(meta, 2, v.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(meta);
        sqlite3_reset(meta);
    }
    sqlite3_finalize(meta);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &insert, nullptr);
    for (int z = 0; z <= maxZoom; ++z) {
        for (int x = 0; x < (1 << z); ++x) {
            for (int y = 0; y < (1 << z); ++y) {
                if (z == 2 && x == 3 && y == 3)
                    continue; // one tile missing
                const QByteArray bytes = png(colourOf(x, y, z));
                sqlite3_bind_int(insert, 1, z);
                sqlite3_bind_int(insert, 2, x);
                sqlite3_bind_int(insert, 3, (1 << z) - 1 - y); // TMS: rows count from the south
                sqlite3_bind_blob(insert, 4, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                sqlite3_reset(insert);
            }
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close_v2(db);
}

const QList<std::pair<QString, QString>> kMeta { { QStringLiteral("name"), QStringLiteral("测试底图") },
    { QStringLiteral("format"), QStringLiteral("png") }, { QStringLiteral("minzoom"), QStringLiteral("0") },
    { QStringLiteral("maxzoom"), QStringLiteral("2") },
    { QStringLiteral("bounds"), QStringLiteral("113.2,23.0,113.5,23.3") },
    { QStringLiteral("attribution"), QStringLiteral("© 测试") } };

} // namespace

class TestTileSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mbtilesRowsAreFlipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("base.mbtiles"));
        writeMBTiles(path, kMeta);
        const auto before = test::snapshot(dir.path());
        auto source = MBTilesSource::open(path);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().message));
        QCOMPARE((*source)->name(), QStringLiteral("测试底图"));
        QCOMPARE((*source)->attribution(), QStringLiteral("© 测试"));
        QCOMPARE((*source)->maxZoom(), 2);
        QCOMPARE((*source)->crs(), geo::Crs::Wgs84); // the MBTiles default
        QCOMPARE(*(*source)->bounds(), geo::BBox::of(113.2, 23.0, 113.5, 23.3));
        for (const geo::TileId t : { geo::TileId { 0, 0, 0 }, geo::TileId { 0, 0, 1 }, geo::TileId { 1, 0, 1 },
                 geo::TileId { 0, 1, 1 }, geo::TileId { 2, 1, 2 }, geo::TileId { 3, 0, 2 } }) {
            auto image = (*source)->load(t); // XYZ in, the TMS row looked up
            QVERIFY(image.ok());
            QCOMPARE(image->pixelColor(100, 100), colourOf(t.x, t.y, t.z));
        }
        QCOMPARE((*source)->load({ 3, 3, 2 }).error().code, Error::Code::NotFound);
        QCOMPARE((*source)->load({ 9, 0, 2 }).error().code, Error::Code::NotFound);
        QCOMPARE((*source)->load({ 0, 0, 5 }).error().code, Error::Code::NotFound);
        source.value().reset();
        QCOMPARE(test::snapshot(dir.path()), before); // read-only: nothing written beside it
    }

    void mbtilesDeclaresOrIsGivenItsCrs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gaode.mbtiles"));
        writeMBTiles(
            path, kMeta + QList<std::pair<QString, QString>> { { QStringLiteral("crs"), QStringLiteral("gcj02") } }, 0);
        QCOMPARE(MBTilesSource::open(path).value()->crs(), geo::Crs::Gcj02);
        QCOMPARE(MBTilesSource::open(path, geo::Crs::Wgs84).value()->crs(), geo::Crs::Wgs84); // the user's choice wins
    }

    void mbtilesZoomRangeIsARange()
    {
        // Found by fuzz_mbtiles: a minzoom above the default maxzoom (18) and no maxzoom gave min > max.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("high.mbtiles"));
        writeMBTiles(path, { { QStringLiteral("minzoom"), QStringLiteral("19") } }, 0);
        auto source = MBTilesSource::open(path);
        QVERIFY(source.ok());
        QCOMPARE((*source)->minZoom(), 19);
        QVERIFY((*source)->maxZoom() >= 19 && (*source)->maxZoom() <= geo::WebMercator::MaxZoom);
        writeMBTiles(dir.filePath(QStringLiteral("both.mbtiles")),
            { { QStringLiteral("minzoom"), QStringLiteral("12") }, { QStringLiteral("maxzoom"), QStringLiteral("3") } }, 0);
        auto both = MBTilesSource::open(dir.filePath(QStringLiteral("both.mbtiles")));
        QVERIFY(both.ok());
        QCOMPARE((*both)->minZoom(), 12);
        QCOMPARE((*both)->maxZoom(), 12);
    }

    void mbtilesRefusals()
    {
        QTemporaryDir dir;
        const QString vector = dir.filePath(QStringLiteral("vector.mbtiles"));
        writeMBTiles(vector, { { QStringLiteral("format"), QStringLiteral("pbf") } }, 0);
        auto refused = MBTilesSource::open(vector);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("vector")));

        const QString other = dir.filePath(QStringLiteral("other.db"));
        sqlite3* db = nullptr;
        sqlite3_open_v2(QFile::encodeName(other).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sqlite3_exec(db, "CREATE TABLE t (x);", nullptr, nullptr, nullptr);
        sqlite3_close_v2(db);
        QCOMPARE(MBTilesSource::open(other).error().code, Error::Code::InvalidInput);

        // A node database (encrypted) is never opened as a tile file.
        auto node = test::createNode(dir, QStringLiteral("node.db"));
        const QString nodePath = node.session->databasePath();
        node.session.reset();
        const auto before = test::snapshot(dir.path());
        QVERIFY(!MBTilesSource::open(nodePath).ok());
        QCOMPARE(test::snapshot(dir.path()), before);
    }

    void directorySource()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("1/1")));
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(QColor(10, 200, 30));
        QVERIFY(image.save(dir.filePath(QStringLiteral("1/1/0.jpg")), "JPEG", 100));
        DirectoryTileSource folder(dir.path(), geo::Crs::Gcj02, 0, 3);
        QCOMPARE(folder.crs(), geo::Crs::Gcj02);
        auto loaded = folder.load({ 1, 0, 1 });
        QVERIFY(loaded.ok());
        QVERIFY(std::abs(loaded->pixelColor(5, 5).green() - 200) < 6);
        QCOMPARE(folder.load({ 0, 0, 1 }).error().code, Error::Code::NotFound);
        // A template with a TMS row.
        DirectoryTileSource tms(dir.path() + QStringLiteral("/{z}/{x}/{-y}.jpg"), geo::Crs::Wgs84);
        QCOMPARE(tms.pathOf({ 1, 1, 1 }), dir.filePath(QStringLiteral("1/1/0.jpg")));
        QVERIFY(tms.load({ 1, 1, 1 }).ok());
        QCOMPARE(expandTileTemplate(QStringLiteral("https://{s}.t/{z}/{x}/{y}.png"), { 3, 2, 5 }),
            QStringLiteral("https://c.t/5/3/2.png"));
    }

    void loaderIsAsyncCachedAndBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("base.mbtiles"));
        writeMBTiles(path, kMeta);
        std::shared_ptr<TileSource> source = std::move(MBTilesSource::open(path).value());
        TileLoader loader(source, 1 << 20); // 1 MiB: four 256 × 256 tiles
        QSignalSpy loaded(&loader, &TileLoader::tileLoaded);
        QVERIFY(loader.request({ 0, 0, 1 }).isNull()); // not yet: it loads off the GUI thread
        QCOMPARE(loader.pendingCount(), 1);
        QVERIFY(loader.request({ 0, 0, 1 }).isNull());
        QCOMPARE(loader.pendingCount(), 1); // asked once
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().value<geo::TileId>(), (geo::TileId { 0, 0, 1 }));
        const QImage tile = loader.request({ 0, 0, 1 });
        QVERIFY(!tile.isNull());
        QCOMPARE(tile.pixelColor(1, 1), colourOf(0, 0, 1));

        // A z2 child of it, while loading, is stood in for by the parent's quarter.
        const auto stand = loader.standIn({ 1, 1, 2 });
        QVERIFY(stand.has_value());
        QCOMPARE(stand->sourceRect, QRectF(128, 128, 128, 128));
        QVERIFY(!loader.standIn({ 3, 3, 2 }, 0).has_value());

        // Missing tiles are remembered, not asked for again.
        (void)loader.request({ 3, 3, 2 });
        QVERIFY(loader.waitForIdle(5000));
        QVERIFY(loader.isMissing({ 3, 3, 2 }));
        (void)loader.request({ 3, 3, 2 });
        QCOMPARE(loader.pendingCount(), 0);

        // LRU within the byte budget: loading eight more tiles evicts the oldest.
        for (int x = 0; x < 4; ++x) {
            for (int y = 0; y < 2; ++y)
                (void)loader.request({ x, y, 2 });
        }
        QVERIFY(loader.waitForIdle(5000));
        QVERIFY(loader.cachedBytes() <= loader.cacheLimit());
        QVERIFY(loader.cached({ 0, 0, 1 }).isNull());
        QVERIFY(!loader.cached({ 3, 1, 2 }).isNull() || !loader.cached({ 2, 1, 2 }).isNull());
    }

    // After a fast pan, tiles nobody asks for any more are not loaded: the pool works on what is on screen.
    void abandonedRequestsAreSkipped()
    {
        struct Slow : TileSource
        {
            QString name() const override { return QStringLiteral("slow"); }
            geo::Crs crs() const override { return geo::Crs::Wgs84; }
            Result<QImage> load(geo::TileId) override
            {
                QThread::msleep(20);
                QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::red);
                return image;
            }
        };
        TileLoader loader(std::make_shared<Slow>());
        QList<geo::TileId> asked;
        for (int x = 0; x < 20; ++x) {
            for (int y = 0; y < 10; ++y) {
                asked.append({ x, y, 8 });
                (void)loader.request(asked.last());
            }
        }
        loader.beginFrame(); // the next two frames ask for other tiles
        loader.beginFrame();
        QVERIFY(loader.waitForIdle(20000));
        int loaded = 0;
        for (const geo::TileId& t : std::as_const(asked))
            loaded += loader.cached(t).isNull() ? 0 : 1;
        QVERIFY2(loaded < asked.size(), qPrintable(QString::number(loaded)));
        QCOMPARE(loader.pendingCount(), 0);
        // Asked for again, a skipped tile loads.
        const geo::TileId last = asked.last();
        if (loader.cached(last).isNull()) {
            (void)loader.request(last);
            QVERIFY(loader.waitForIdle(5000));
            QVERIFY(!loader.cached(last).isNull());
        }
    }

    void loaderCanBeDestroyedWhileLoading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("base.mbtiles"));
        writeMBTiles(path, kMeta);
        std::shared_ptr<TileSource> source = std::move(MBTilesSource::open(path).value());
        {
            TileLoader loader(source);
            for (int x = 0; x < 4; ++x) {
                for (int y = 0; y < 4; ++y)
                    (void)loader.request({ x, y, 2 });
            }
        } // must neither crash nor deliver into a deleted loader
        QCoreApplication::processEvents();
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    TestTileSources test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_TileSources.moc"
