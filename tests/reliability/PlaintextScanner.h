// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gs::test {

/// Looks for case data in files: each marker in UTF-8 and UTF-16 (both byte orders), ASCII markers in any
/// letter case (the search index lower-cases Latin words).
class PlaintextScanner
{
public:
    void addMarker(const QString& marker)
    {
        const QString lower = marker.toLower();
        m_needles << lower.toUtf8();
        QByteArray le, be;
        for (const QChar c : lower) {
            le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        }
        m_needles << le << be;
        m_names << marker << marker + QStringLiteral(" (UTF-16LE)") << marker + QStringLiteral(" (UTF-16BE)");
    }

    /// "file: marker" for every hit in one file.
    QStringList scanFile(const QString& path) const
    {
        QStringList hits;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return hits;
        const QByteArray bytes = file.readAll();
        const QByteArray lower = bytes.toLower();
        ++m_filesScanned;
        m_seen.insert(path);
        m_bytesScanned += bytes.size();
        for (qsizetype i = 0; i < m_needles.size(); ++i) {
            if (lower.contains(m_needles[i]))
                hits << QStringLiteral("%1: %2").arg(path, m_names[i]);
        }
        return hits;
    }

    /// Every regular file under `dir` (hidden ones too), except under `excluded`; only files changed at or
    /// after `since` if it is valid.
    QStringList scanTree(
        const QString& dir, const QStringList& excluded = {}, const QDateTime& since = {}, qint64 maxSize = -1) const
    {
        QStringList hits;
        QDirIterator it(
            dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isSymLink() || !info.isFile())
                continue;
            if (std::any_of(excluded.begin(), excluded.end(),
                    [&](const QString& e) { return path.startsWith(e + QLatin1Char('/')); }))
                continue;
            if (since.isValid() && info.lastModified() < since)
                continue;
            if (maxSize >= 0 && info.size() > maxSize)
                continue;
            hits += scanFile(path);
        }
        return hits;
    }

    int filesScanned() const { return m_filesScanned; }
    /// Every distinct file scanned so far.
    QStringList filesSeen() const
    {
        QStringList files(m_seen.begin(), m_seen.end());
        files.sort();
        return files;
    }
    qint64 bytesScanned() const { return m_bytesScanned; }

private:
    QList<QByteArray> m_needles;
    QStringList m_names;
    mutable int m_filesScanned = 0;
    mutable QSet<QString> m_seen;
    mutable qint64 m_bytesScanned = 0;
};

} // namespace gs::test
