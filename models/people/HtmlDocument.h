// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QUrl>

class QPagedPaintDevice;

namespace gs {

/// HTML (QTextDocument's subset) laid out on pages: the one step from a generated document to PDF or paper.
/// Kept small on purpose: the case reports render the same way (to be shared once both have landed).
struct HtmlDocument
{
    /// Layout resolution. Image sizes in the HTML are CSS pixels (1/96 inch) whatever it is; give images
    /// more pixels than that for a sharp print.
    static constexpr int kDpi = 300;

    QString html;
    QString title; ///< PDF metadata
    QPageLayout layout { QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
        QPageLayout::Millimeter };
    /// Images the HTML refers to as <img src="name">.
    QList<std::pair<QString, QImage>> images;

    /// Lays out and paints every page on `device` (a QPdfWriter, or a QPrinter for print and preview), with a
    /// Latin font and a CJK one (Noto Sans CJK from fonts-noto-cjk when installed) that the PDF embeds as
    /// subsets with their Unicode mapping, so the text can be searched and copied. Returns the page count.
    Result<int> paint(QPagedPaintDevice* device) const;
    /// Writes a PDF to a path the user chose (atomically: a crash leaves the old file or the new one).
    Result<int> writePdf(const QString& path) const;
    /// The PDF bytes.
    Result<QByteArray> toPdf(int* pages = nullptr) const;
};

/// Escapes text for HTML.
QString htmlEscaped(const QString& text);

} // namespace gs
