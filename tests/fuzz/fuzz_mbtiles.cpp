// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Basemaps users pick (MBTiles from any tool): map::MBTilesSource over a real SQLite file built from the input:
// metadata rows (the keys the reader knows, with values from the input, and others), then tiles at zoom, column
// and row from the input, holding either a small valid PNG with some bytes changed or raw input bytes.
// Oracles: open() fails with a message or gives zooms within 0..MaxZoom with min <= max and sane bounds; every
// tile load (present, absent, out of range) returns an image or an error with a message; nothing crashes.
// The SQLite file format itself is SQLite's to fuzz: the file is always well formed.
#include "FuzzSupport.h"
#include "geo/WebMercator.h"
#include "map/TileSource.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>
#include <sqlite3.h>

using namespace gs;

namespace {

QByteArray smallPng()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray text(FuzzedDataProvider& in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), qsizetype(s.size()));
}

void exec(sqlite3* db, const char* sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fuzz::violated("cannot build the MBTiles file");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_mbtiles";
    static char* argv[] = { name, nullptr };
    static QGuiApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return new QGuiApplication(argc, argv);
    }();
    (void)app;
    static QTemporaryDir dir;
    static const QByteArray png = smallPng();
    const QString path = dir.filePath(QStringLiteral("base.mbtiles"));
    QFile::remove(path);

    FuzzedDataProvider in(data, size);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        fuzz::violated("cannot create the file");
    exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;");
    const bool hasMetadata = in.ConsumeIntegralInRange(0, 15) != 0;
    const bool hasTiles = in.ConsumeIntegralInRange(0, 15) != 0;
    if (hasMetadata)
        exec(db, "CREATE TABLE metadata (name TEXT, value TEXT);");
    if (hasTiles)
        exec(db, "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);");
    static const char* const keys[]
        = { "name", "format", "minzoom", "maxzoom", "bounds", "attribution", "crs", "center", "type", "FORMAT" };
    sqlite3_stmt* meta = nullptr;
    if (hasMetadata && sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?, ?)", -1, &meta, nullptr) == SQLITE_OK) {
        const int rows = in.ConsumeIntegralInRange(0, 10);
        for (int i = 0; i < rows; ++i) {
            const QByteArray key = in.ConsumeBool() ? QByteArray(keys[in.ConsumeIntegralInRange<size_t>(0, 9)]) : text(in, 16);
            const QByteArray value = text(in, 64);
            sqlite3_bind_text(meta, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(meta, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            sqlite3_step(meta);
            sqlite3_reset(meta);
        }
        sqlite3_finalize(meta);
    }
    struct Probe
    {
        int z, x, y;
    };
    QList<Probe> probes;
    sqlite3_stmt* tile = nullptr;
    if (hasTiles && sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &tile, nullptr) == SQLITE_OK) {
        const int rows = in.ConsumeIntegralInRange(0, 6);
        for (int i = 0; i < rows; ++i) {
            const int z = in.ConsumeIntegralInRange(-1, 20);
            const int x = in.ConsumeIntegralInRange(-1, 1 << 4);
            const int y = in.ConsumeIntegralInRange(-1, 1 << 4);
            QByteArray bytes;
            if (in.ConsumeBool()) {
                bytes = png;
                const int changes = in.ConsumeIntegralInRange(0, 4);
                for (int c = 0; c < changes; ++c)
                    bytes[in.ConsumeIntegralInRange<qsizetype>(0, bytes.size() - 1)] = char(in.ConsumeIntegral<uint8_t>());
            } else {
                bytes = text(in, 256);
            }
            sqlite3_bind_int(tile, 1, z);
            sqlite3_bind_int(tile, 2, x);
            sqlite3_bind_int(tile, 3, z >= 0 && z < 31 && y >= 0 ? (1 << z) - 1 - y : y); // TMS rows
            sqlite3_bind_blob(tile, 4, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            sqlite3_step(tile);
            sqlite3_reset(tile);
            probes.append({ z, x, y });
        }
        sqlite3_finalize(tile);
    }
    exec(db, "COMMIT;");
    sqlite3_close_v2(db);
    probes.append({ in.ConsumeIntegralInRange(-2, 40), in.ConsumeIntegral<int>(), in.ConsumeIntegral<int>() });

    auto source = map::MBTilesSource::open(path);
    if (!source) {
        fuzz::check(!source.error().message.isEmpty(), "open failed without a message");
        return 0;
    }
    map::MBTilesSource& s = **source;
    fuzz::check(s.minZoom() >= 0 && s.minZoom() <= s.maxZoom() && s.maxZoom() <= geo::WebMercator::MaxZoom,
        "zoom range out of bounds");
    if (const auto b = s.bounds())
        fuzz::check(!b->isEmpty() && b->west >= -180 && b->east <= 180 && b->south >= -90 && b->north <= 90,
            "bounds accepted that are empty or outside the world");
    for (const Probe& p : probes) {
        auto image = s.load(geo::TileId { p.x, p.y, p.z });
        if (image)
            fuzz::check(!image->isNull(), "a loaded tile is a null image");
        else
            fuzz::check(!image.error().message.isEmpty(), "a tile error without a message");
    }
    return 0;
}
