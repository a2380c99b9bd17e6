// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PdfExport.h"

#include "DocumentFonts.h"
#include "core/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <QUrl>
#include <cmath>

namespace gs::pdf {
namespace {

constexpr int kResolution = 96; // HTML pixels are device pixels: widths in markup mean what they say
constexpr qreal kFooterGapPx = 10;

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::pdf", text);
}

/// PDF/A has no transparency: images go in flattened onto white.
QImage opaque(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.setDevicePixelRatio(image.devicePixelRatio());
    flat.fill(Qt::white);
    QPainter p(&flat);
    p.drawImage(0, 0, image);
    return flat;
}

/// Qt's layout has no "keep with next": a heading may end a page with its section on the next one. Push such a
/// heading (a top-level block with a heading level) to the next page when fewer than a few lines follow it there.
void keepHeadingsWithNext(QTextDocument& doc, qreal pageHeight)
{
    const qreal keep = QFontMetricsF(doc.defaultFont(), doc.documentLayout()->paintDevice()).lineSpacing() * 4;
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        (void)doc.documentLayout()->documentSize(); // lays out everything changed by the last pass
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || QTextCursor(b).currentFrame() != doc.rootFrame()
                || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            const qreal top = std::fmod(r.top(), pageHeight);
            if (top > 0 && top + r.height() + keep > pageHeight) {
                QTextBlockFormat format = b.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                format.setTopMargin(0);
                QTextCursor(b).setBlockFormat(format);
                moved = true;
                break; // the layout below changed: measure again
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

qreal contentWidthPx(const PdfOptions& o)
{
    const QSizeF page = o.pageSize.size(QPageSize::Millimeter);
    return (page.width() - o.marginsMm.left() - o.marginsMm.right()) / 25.4 * kResolution;
}

Result<QByteArray> render(QTextDocument& doc, const PdfOptions& o)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(Error::Code::Io,
            tr("PDF files can only be written by the desktop app or a command started with a display."));
    DocumentFonts::ensureLoaded();
    if (doc.defaultFont().families().size() <= 1)
        doc.setDefaultFont(DocumentFonts::font());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(o.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(o.title);
        writer.setCreator(o.creator);
        writer.setPageSize(o.pageSize);
        writer.setPageMargins(o.marginsMm, QPageLayout::Millimeter);
        writer.setResolution(kResolution);
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(Error::Code::Io, tr("The PDF could not be started."));
        const QFont footerFont = DocumentFonts::font(7.5);
        const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() + kFooterGapPx;
        const QSizeF area(writer.width(), writer.height() - footerHeight);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setPageSize(area);
        keepHeadingsWithNext(doc, area.height());
        const int pages = doc.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage())
                return makeError(Error::Code::Io, tr("The PDF could not be continued."));
            const QRectF clip(0, page * area.height(), area.width(), area.height());
            painter.save();
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            // Lines never straddle pages; one that starts a hair above the boundary belongs to the next page. The
            // narrower clip keeps it off this one (it would be invisible here but still in the PDF's text).
            context.clip = clip.adjusted(0, 1, 0, -1);
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(0, area.height() + kFooterGapPx, area.width(), footerHeight - kFooterGapPx);
            painter.drawLine(
                QPointF(0, area.height() + kFooterGapPx / 2), QPointF(area.width(), area.height() + kFooterGapPx / 2));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, o.footer);
            painter.drawText(
                footer, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
        }
        if (!painter.end())
            return makeError(Error::Code::Io, tr("The PDF could not be finished."));
    }
    return bytes;
}

Result<QByteArray> renderHtml(const QString& html, const PdfOptions& o, const QHash<QString, QImage>& images)
{
    QTextDocument doc;
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), opaque(it.value()));
    }
    DocumentFonts::ensureLoaded();
    doc.setDefaultFont(DocumentFonts::font());
    doc.setHtml(html);
    return render(doc, o);
}

Status writeHtml(const QString& html, const QString& path, const PdfOptions& o, const QHash<QString, QImage>& images)
{
    auto bytes = renderHtml(html, o, images);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

} // namespace gs::pdf
