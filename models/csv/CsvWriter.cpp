// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace gs::csv {
namespace {

bool looksLikeFormula(const QString& field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t')
        || first == QLatin1Char('\r'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    // "+86 138 0013 8000" and "-12.5" are data, not formulas.
    static const QRegularExpression plainNumber(QStringLiteral("^[+-][0-9][0-9 ().-]*$"));
    return !plainNumber.match(field).hasMatch();
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, bool byteOrderMark)
    : m_device(device)
{
    if (byteOrderMark)
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::escaped(const QString& value)
{
    QString field = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        // Unquoted at the start of a file, U+FEFF would read back as its byte-order mark and vanish.
        || field.startsWith(QChar(0xFEFF));
    if (!quote)
        return field;
    return QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString CsvWriter::unprotect(const QString& field)
{
    if (field.size() >= 2 && field.front() == QLatin1Char('\'') && looksLikeFormula(field.mid(1)))
        return field.mid(1);
    return field;
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escaped(fields[i]);
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace gs::csv
