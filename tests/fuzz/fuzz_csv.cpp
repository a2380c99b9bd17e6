// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// CSV files users import (people, pairings, the national division tables; UTF-8 or GB18030 from Excel/WPS):
// csv::CsvReader over the input. The first byte picks how many bytes the device hands over per read (1 to 64,
// or all at once), the rest is the file. Oracles: the records, errors and encoding do not depend on how the
// device splits the file; lines and bytes only grow; an error has a message; what CsvWriter writes of the
// decoded records reads back as the same records.
#include "FuzzSupport.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QIODevice>

using namespace gs;
using namespace gs::csv;

namespace {

/// A sequential device that returns at most `chunk` bytes per read, as a pipe or a slow disk may.
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(QByteArray data, qint64 chunk) : m_data(std::move(data)), m_chunk(chunk) { open(ReadOnly | Unbuffered); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min({ max, m_chunk, qint64(m_data.size()) - m_pos });
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

struct Reading
{
    QList<QList<QByteArray>> raw;
    QList<QStringList> decoded;
    QList<qint64> lines;
    bool failed = false;
    Encoding encoding = Encoding::Unknown;
    bool decodingError = false;
};

Reading readAll(QIODevice* device, qint64 size)
{
    Reading r;
    CsvReader reader(device);
    qint64 lastLine = 0, lastBytes = 0;
    while (reader.next()) {
        fuzz::check(reader.line() > lastLine, "record lines do not grow");
        fuzz::check(reader.bytesRead() >= lastBytes && reader.bytesRead() <= size, "bytes read out of range");
        lastLine = reader.line();
        lastBytes = reader.bytesRead();
        QList<QByteArray> fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.raw(i).toByteArray());
        fuzz::check(reader.raw(reader.fieldCount()).isEmpty(), "a field beyond the last is not empty");
        r.raw.append(fields);
        r.decoded.append(reader.fields());
        r.decodingError = r.decodingError || reader.hasDecodingError();
        r.lines.append(reader.line());
    }
    r.failed = !reader.error().isEmpty();
    fuzz::check(r.failed || reader.atEnd(), "next() stopped without an error before the end");
    r.encoding = reader.encoding();
    return r;
}

/// Records as they round-trip: a record of one empty field is a blank line, which readers skip.
QList<QStringList> meaningful(const QList<QStringList>& records)
{
    QList<QStringList> kept;
    for (const QStringList& r : records) {
        if (!(r.size() == 1 && r.first().isEmpty()))
            kept.append(r);
    }
    return kept;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray file = fuzz::bytes(data + 1, size - 1);
    QByteArray copy = file;
    QBuffer whole(&copy);
    whole.open(QIODevice::ReadOnly);
    const Reading once = readAll(&whole, file.size());

    const qint64 chunk = data[0] % 65 == 0 ? 1 : data[0] % 65;
    ChunkedDevice pieces(file, chunk);
    const Reading split = readAll(&pieces, file.size());
    fuzz::check(once.raw == split.raw, "records depend on how the device splits the file");
    fuzz::check(once.failed == split.failed, "an error depends on how the device splits the file");
    fuzz::check(once.encoding == split.encoding, "the encoding depends on how the device splits the file");
    fuzz::check(once.decoded == split.decoded, "decoded fields depend on how the device splits the file");

    if (once.failed || once.decodingError)
        return 0;
    QByteArray written;
    QBuffer out(&written);
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, false);
    for (const QStringList& record : once.decoded)
        writer.writeRow(record);
    fuzz::check(writer.ok(), "writing to memory failed");
    out.close();
    QBuffer back(&written);
    back.open(QIODevice::ReadOnly);
    const Reading again = readAll(&back, written.size());
    fuzz::check(!again.failed && !again.decodingError, "what CsvWriter wrote does not read");
    // Import unprotects every field, so a field that already began with the apostrophe reads as the writer meant.
    const auto unprotected = [](const QList<QStringList>& records) {
        QList<QStringList> result;
        for (const QStringList& record : records) {
            QStringList fields;
            for (const QString& f : record)
                fields.append(CsvWriter::unprotect(f));
            result.append(fields);
        }
        return meaningful(result);
    };
    fuzz::check(unprotected(again.decoded) == unprotected(once.decoded), "records do not survive CsvWriter");
    return 0;
}
