// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace gs::pdf {

/// How a document goes on pages.
struct PdfOptions
{
    QString title; ///< document title (metadata)
    QString creator = QStringLiteral("GridSentinel");
    QPageSize pageSize { QPageSize::A4 };
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm { 18, 16, 18, 14 };
    /// A rule, `footer` on the left and "n / m" on the right at the foot of every page. Off for one-page forms
    /// such as a pairing card, whose whole page is the form.
    bool pageFooter = true;
    QString footer;
    bool pdfA = true; ///< PDF/A-1b: every font embedded, no transparency (archivable)

    QPageLayout pageLayout() const;
};

/// Width of the text area in CSS pixels (1/96 inch), the unit HTML widths use: size images with it.
qreal contentWidthPx(const PdfOptions& options);

/// A generated document (case report, pairing card): HTML in Qt's rich-text subset, the pictures it shows and
/// how it goes on pages. The one way documents reach PDF or paper, so all of them are set in DocumentFonts
/// (Chinese that survives copy and pdftotext) and break pages alike. Top-level headings are kept with the
/// lines that follow them.
struct HtmlDocument
{
    QString html;
    PdfOptions options;
    /// Pictures the HTML refers to as <img src="name">; flattened onto white (PDF/A has no transparency). Image
    /// sizes in the HTML are CSS pixels: give an image more pixels than that for a sharp print.
    QHash<QString, QImage> images;

    /// The PDF bytes; never touches the disk. Needs a QGuiApplication (fonts). `pages` receives the page count.
    Result<QByteArray> toPdf(int* pages = nullptr) const;
    /// toPdf() written atomically to a path the user chose (mode 0600). Returns the page count.
    Result<int> writePdf(const QString& path) const;
    /// Paints the pages on `device` (a QPrinter: printing and print preview) exactly as toPdf() lays them out,
    /// scaled to the device's resolution, after giving it the page layout. Returns the page count.
    Result<int> paint(QPagedPaintDevice& device) const;
};

/// Text for HTML: escaped, line breaks kept.
QString htmlEscaped(const QString& text);

} // namespace gs::pdf
