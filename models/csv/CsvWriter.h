// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace gs::csv {

/// Writes CSV the way Excel and WPS open it without asking: UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted when they hold a comma, quote, line break or surrounding spaces (RFC 4180).
/// A field that a spreadsheet would run as a formula (starting with =, @, or + / - not followed by a plain
/// number such as a phone) gets a leading apostrophe; CsvWriter::unprotect() undoes it on import.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device, bool byteOrderMark = true);

    void writeRow(const QStringList& fields);
    /// False once a write failed.
    bool ok() const { return m_ok; }

    static QString escaped(const QString& field);
    /// Removes the apostrophe escaped() put in front of formula-like text.
    static QString unprotect(const QString& field);

private:
    QIODevice* m_device;
    bool m_ok = true;
};

} // namespace gs::csv
