// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

// Reading PDFs back the way users' tools do: poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm), installed
// by scripts/setup.sh. Tests of every document (case report, pairing card, the export itself) share these.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace gs::test {

struct ToolRun
{
    int exitCode = -1; ///< -1: did not start, crashed or took more than a minute
    QString out;
    QString err;
};

/// Runs a program to the end (at most a minute) and keeps what it printed.
inline ToolRun runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return { -1, {}, p.errorString() };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

/// The text of a PDF as pdftotext extracts it (UTF-8); `options` such as "-layout" go before the file.
inline ToolRun pdfText(const QString& path, const QStringList& options = {})
{
    return runTool(QStringLiteral("pdftotext"),
        QStringList(options) << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-"));
}

/// The page count pdfinfo reports, -1 if it cannot read the file.
inline int pdfPageCount(const QString& path)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), { path });
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return info.exitCode == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The CJK radicals (U+2E80–U+2FDF, the Kangxi radicals U+2F00–U+2FDF among them) in `text`. A PDF whose
/// Chinese font maps radicals to the ideographs' glyphs extracts 高 as ⾼ and 广 as ⼴: copy, paste and search
/// then fail although the page looks right. Documents must yield none.
inline QString radicalsIn(const QString& text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += c;
    }
    return found;
}

} // namespace gs::test
