// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DocumentFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

namespace gs::pdf {
namespace {

constexpr quint32 kRadicalsFirst = 0x2E80; // CJK Radicals Supplement …
constexpr quint32 kRadicalsLast = 0x2FDF; // … and Kangxi Radicals

/// Big-endian reads and writes that never step outside the data.
class Bytes
{
public:
    explicit Bytes(QByteArray& d)
        : m_d(d)
    { }
    bool has(qint64 offset, qint64 size) const { return offset >= 0 && size >= 0 && offset + size <= m_d.size(); }
    quint32 u16(qint64 o) const { return has(o, 2) ? (quint32(uchar(m_d[o])) << 8) | uchar(m_d[o + 1]) : 0; }
    quint32 u32(qint64 o) const { return has(o, 4) ? (u16(o) << 16) | u16(o + 2) : 0; }
    void put16(qint64 o, quint32 v)
    {
        if (has(o, 2)) {
            m_d[o] = char((v >> 8) & 0xff);
            m_d[o + 1] = char(v & 0xff);
        }
    }
    void put32(qint64 o, quint32 v)
    {
        put16(o, v >> 16);
        put16(o + 2, v & 0xffff);
    }
    QByteArray& data() { return m_d; }

private:
    QByteArray& m_d;
};

int patchFormat4(Bytes& b, qint64 t)
{
    const qint64 segX2 = b.u16(t + 6);
    const qint64 ends = t + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
    if (!b.has(t, 16 + 4 * segX2))
        return 0;
    int removed = 0;
    for (qint64 k = 0; k < segX2 / 2; ++k) {
        const quint32 end = b.u16(ends + 2 * k), start = b.u16(starts + 2 * k), range = b.u16(ranges + 2 * k);
        if (end < kRadicalsFirst || start > kRadicalsLast)
            continue;
        if (range != 0) {
            for (quint32 c = std::max(start, kRadicalsFirst); c <= std::min(end, kRadicalsLast); ++c) {
                const qint64 at = ranges + 2 * k + range + 2 * qint64(c - start);
                if (b.has(at, 2) && b.u16(at) != 0) {
                    b.put16(at, 0);
                    ++removed;
                }
            }
        } else if (start == end) {
            b.put16(deltas + 2 * k, (0x10000 - start) & 0xffff); // start + delta ≡ 0: .notdef
            ++removed;
        }
    }
    return removed;
}

int patchFormat12(Bytes& b, qint64 t)
{
    const qint64 groups = b.u32(t + 12);
    if (!b.has(t + 16, groups * 12))
        return 0;
    int removed = 0;
    for (qint64 g = 0; g < groups; ++g) {
        const qint64 at = t + 16 + 12 * g;
        const quint32 start = b.u32(at), end = b.u32(at + 4), glyph = b.u32(at + 8);
        if (end < kRadicalsFirst || start > kRadicalsLast)
            continue;
        if (start >= kRadicalsFirst && end <= kRadicalsLast) {
            b.put32(at + 4, start); // one code point left, mapped to .notdef; order of groups kept
            b.put32(at + 8, 0);
            removed += int(end - start + 1);
        } else if (start < kRadicalsFirst && end <= kRadicalsLast) {
            b.put32(at + 4, kRadicalsFirst - 1);
            removed += int(end - kRadicalsFirst + 1);
        } else if (start >= kRadicalsFirst && end > kRadicalsLast) {
            b.put32(at, kRadicalsLast + 1);
            b.put32(at + 8, glyph + (kRadicalsLast + 1 - start));
            removed += int(kRadicalsLast + 1 - start);
        }
    }
    return removed;
}

void renameFamily(Bytes& b, qint64 offset, qint64 length)
{
    if (!b.has(offset, length))
        return;
    static const QByteArray ascii = QByteArrayLiteral("Noto");
    static const QByteArray utf16 = QByteArray("\0N\0o\0t\0o", 8);
    static const QByteArray asciiTo = QByteArrayLiteral("GSRp");
    static const QByteArray utf16To = QByteArray("\0G\0S\0R\0p", 8);
    QByteArray& d = b.data();
    for (const auto& [from, to] : { std::pair { utf16, utf16To }, std::pair { ascii, asciiTo } }) {
        for (qint64 i = d.indexOf(from, offset); i >= 0 && i + from.size() <= offset + length;
             i = d.indexOf(from, i + from.size()))
            d.replace(i, from.size(), to);
    }
}

int patchFace(Bytes& b, qint64 face, QSet<qint64>& done)
{
    const qint64 tables = b.u16(face + 4);
    if (!b.has(face + 12, tables * 16))
        return -1;
    int removed = 0;
    for (qint64 i = 0; i < tables; ++i) {
        const qint64 entry = face + 12 + 16 * i;
        const QByteArray tag = b.data().mid(entry, 4);
        const qint64 offset = b.u32(entry + 8), length = b.u32(entry + 12);
        if (done.contains(offset))
            continue; // shared between faces of a collection
        if (tag == "name") {
            done.insert(offset);
            renameFamily(b, offset, length);
        } else if (tag == "cmap") {
            done.insert(offset);
            const qint64 subtables = b.u16(offset + 2);
            for (qint64 s = 0; s < subtables; ++s) {
                const qint64 t = offset + b.u32(offset + 4 + 8 * s + 4);
                if (done.contains(t))
                    continue;
                done.insert(t);
                const quint32 format = b.u16(t);
                if (format == 4)
                    removed += patchFormat4(b, t);
                else if (format == 12)
                    removed += patchFormat12(b, t);
            }
        }
    }
    return removed;
}

struct Loaded
{
    bool tried = false;
    bool ok = false;
    QString cjk = QStringLiteral("Noto Sans CJK SC");
};

Loaded& loaded()
{
    static Loaded l;
    return l;
}

QString findFontFile(const QString& name)
{
    const QStringList dirs { QStringLiteral("/usr/share/fonts/opentype/noto"),
        QStringLiteral("/usr/share/fonts/noto-cjk"), QStringLiteral("/usr/share/fonts/google-noto-cjk"),
        QStringLiteral("/usr/local/share/fonts") };
    for (const QString& dir : dirs) {
        const QString path = dir + QLatin1Char('/') + name;
        if (QFile::exists(path))
            return path;
    }
    return QStandardPaths::locate(QStandardPaths::FontsLocation, name);
}

} // namespace

int DocumentFonts::patchFont(QByteArray& font)
{
    Bytes b(font);
    QSet<qint64> done;
    const quint32 tag = b.u32(0);
    if (tag == 0x74746366) { // 'ttcf'
        const qint64 faces = b.u32(8);
        if (!b.has(12, faces * 4))
            return -1;
        int removed = 0;
        for (qint64 i = 0; i < faces; ++i) {
            const int r = patchFace(b, b.u32(12 + 4 * i), done);
            if (r < 0)
                return -1;
            removed += r;
        }
        return removed;
    }
    if (tag == 0x4f54544f || tag == 0x00010000) // 'OTTO' or TrueType
        return patchFace(b, 0, done);
    return -1;
}

bool DocumentFonts::canDraw()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

bool DocumentFonts::ensureLoaded()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    Loaded& l = loaded();
    if (l.tried)
        return l.ok;
    l.tried = true;
    if (!canDraw())
        return false;
    for (const char* file : { "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc" }) {
        QFile f(findFontFile(QString::fromLatin1(file)));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray data = f.readAll();
        if (patchFont(data) < 0)
            continue;
        const int id = QFontDatabase::addApplicationFontFromData(data);
        if (id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(QStringLiteral("GSRp Sans CJK SC"))) {
            l.ok = true;
            l.cjk = QStringLiteral("GSRp Sans CJK SC");
        }
    }
    return l.ok;
}

QString DocumentFonts::cjkFamily()
{
    ensureLoaded();
    return loaded().cjk;
}

QStringList DocumentFonts::families()
{
    // Noto CJK SC from the system after the patched one: a missing glyph never turns into tofu.
    return { QStringLiteral("DejaVu Sans"), cjkFamily(), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("WenQuanYi Zen Hei") };
}

QFont DocumentFonts::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(families());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QString DocumentFonts::cssFamilies()
{
    QStringList quoted;
    for (const QString& family : families())
        quoted << QLatin1Char('\'') + family + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace gs::pdf
