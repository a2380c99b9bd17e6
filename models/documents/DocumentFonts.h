// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QStringList>

namespace gs::pdf {

/// The fonts documents (PDF reports, cards) are set in: DejaVu Sans for Latin text and digits, then Noto Sans
/// CJK SC (Debian's fonts-noto-cjk) for Chinese, embedded in the PDF as subsets.
///
/// Why not Noto CJK alone: Qt's PDF writer names each glyph by the first code point that maps to it, and in
/// Noto CJK the Kangxi radicals (U+2F00…) share glyphs with the ideographs, so 高 and 广 would come out of
/// copy-and-paste and pdftotext as ⾼ and ⼴. The fonts are therefore loaded once from the system files with
/// those radical mappings removed (and renamed "GSRp Sans CJK", so they never stand in for the system's Noto
/// in other widgets); Latin runs in Noto CJK also lose digits on extraction, hence DejaVu first.
struct DocumentFonts
{
    /// Whether this process can draw text at all: fonts need a QGuiApplication, and commands that only print
    /// text run on a QCoreApplication.
    static bool canDraw();
    /// Loads the CJK faces (once per process, on first use; needs a QGuiApplication). False when the Noto
    /// CJK files are missing: the system's fonts are used then, still embedded but with the radicals issue.
    static bool ensureLoaded();
    /// The family list to give a QFont or a style sheet, best first.
    static QStringList families();
    static QFont font(qreal pointSize = 10.5, bool bold = false);
    /// "font-family: 'DejaVu Sans', 'GSRp Sans CJK SC', …" for HTML.
    static QString cssFamilies();
    /// The CJK family loaded (patched), or the system family used instead.
    static QString cjkFamily();

    /// Removes the cmap entries of U+2E80–U+2FDF (CJK radicals) from every face of an OpenType font or
    /// collection, and renames "Noto" to "GSRp" in its name tables; the byte length never changes. Returns
    /// the number of mappings removed, -1 if the data is not a font this understands. Pure: tested directly.
    static int patchFont(QByteArray& font);
};

} // namespace gs::pdf
