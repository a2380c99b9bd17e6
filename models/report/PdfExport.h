// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace gs::pdf {

/// How a document becomes a PDF page by page.
struct PdfOptions
{
    QString title; ///< document title (metadata)
    QString creator = QStringLiteral("GridSentinel");
    QPageSize pageSize { QPageSize::A4 };
    QMarginsF marginsMm { 18, 16, 18, 14 };
    QString footer; ///< left of every page's footer; "n / m" is printed on the right
    bool pdfA = true; ///< PDF/A-1b: every font embedded, no transparency (archivable)
};

/// Width of the text area in CSS pixels (1/96 inch), the unit HTML widths use: size images with it.
qreal contentWidthPx(const PdfOptions& options);

/// Renders HTML (Qt's rich-text subset) to PDF bytes in DocumentFonts, with `images` available to <img src="name">.
/// Never touches the disk. Needs a QGuiApplication (fonts).
Result<QByteArray> renderHtml(
    const QString& html, const PdfOptions& options, const QHash<QString, QImage>& images = {});
/// Renders a prepared document; its default font is set to DocumentFonts unless the caller set families.
Result<QByteArray> render(QTextDocument& document, const PdfOptions& options);
/// renderHtml() written to `path` atomically (only where the user chose; mode 0600).
Status writeHtml(
    const QString& html, const QString& path, const PdfOptions& options, const QHash<QString, QImage>& images = {});

} // namespace gs::pdf
