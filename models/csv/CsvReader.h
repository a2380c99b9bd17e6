// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <vector>

class QIODevice;

namespace gs::csv {

/// How the bytes of a file are read as text.
enum class Encoding {
    Unknown, ///< nothing but ASCII seen so far
    Utf8, ///< with or without a byte-order mark
    Gb18030, ///< what Excel and WPS save as "CSV" on Chinese Windows (a superset of GBK and GB2312)
};
QString encodingName(Encoding encoding);

/// Streams RFC 4180 records from a device of any size in constant memory: quoted fields with "" and
/// line breaks, CRLF or LF, a UTF-8 byte-order mark. Fields stay raw bytes until asked for, so filtering a
/// national file on one column costs a byte comparison per row. The encoding is UTF-8 unless the first
/// non-ASCII bytes are not valid UTF-8, then GB18030; every byte that matters to the CSV syntax (comma,
/// quote, CR, LF) is ASCII and never appears inside a GB18030 or UTF-8 sequence, so records split the same
/// either way. UTF-16 files are refused with a message saying how to save them.
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Reads the next record (a blank line is skipped). False at the end or on an error (see error()).
    bool next();

    int fieldCount() const { return int(m_fields.size()); }
    /// The field's bytes as in the file, unquoted; empty beyond the last field.
    QByteArrayView raw(int index) const;
    /// The field decoded and trimmed of surrounding spaces; a decoding problem sets hasDecodingError().
    QString field(int index) const;
    /// Every field, decoded.
    QStringList fields() const;
    /// True if a field of the current record could not be decoded in the file's encoding.
    bool hasDecodingError() const { return m_decodingError; }

    /// 1-based line of the file where the current record starts.
    qint64 line() const { return m_recordLine; }
    /// Bytes consumed so far (for progress against the file size).
    qint64 bytesRead() const { return m_consumed; }
    Encoding encoding() const { return m_encoding; }
    /// Translated; empty unless next() stopped on an error (I/O, unterminated quote, UTF-16).
    const QString& error() const { return m_error; }
    bool atEnd() const { return m_end; }

private:
    bool fill();
    void decideEncoding(QByteArrayView block);
    QString decode(QByteArrayView bytes) const;

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_record; ///< the current record's unquoted bytes, fields back to back
    std::vector<std::pair<qsizetype, qsizetype>> m_fields; ///< offset and length in m_record
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_consumed = 0;
    Encoding m_encoding = Encoding::Unknown;
    QByteArray m_undecided; ///< the start of a multi-byte sequence that ended the last block, encoding still open
    mutable std::unique_ptr<QStringDecoder> m_decoder;
    mutable bool m_decodingError = false;
    bool m_started = false;
    bool m_end = false;
    QString m_error;
};

} // namespace gs::csv
