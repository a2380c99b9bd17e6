// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PdfExport.h"

#include "DocumentFonts.h"
#include "core/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
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

Status requireGuiApplication()
{
    if (!DocumentFonts::canDraw())
        return makeError(Error::Code::Io,
            tr("PDF files can only be written by the desktop app or a command started with a display."));
    return {};
}

/// Lays `d` out on `layoutDevice` (a QPdfWriter at kResolution with the document's page layout) and paints its
/// pages on `target`, scaled from kResolution to the target's. Layout never depends on the target, so paper, the
/// print preview and the PDF break lines and pages alike.
Result<int> layOutAndPaint(const HtmlDocument& d, QPdfWriter& layoutDevice, QPagedPaintDevice& target)
{
    const PdfOptions& o = d.options;
    DocumentFonts::ensureLoaded();
    QTextDocument doc;
    for (auto it = d.images.cbegin(); it != d.images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), opaque(it.value()));
    doc.setDefaultFont(DocumentFonts::font());
    doc.setHtml(d.html);

    // A pixel size, not a point size: the painter below may be scaled to a printer's resolution, and a point
    // size would be resolved for that resolution and then scaled once more.
    QFont footerFont = DocumentFonts::font();
    footerFont.setPixelSize(qRound(7.5 * kResolution / 72.0));
    const qreal footerHeight = o.pageFooter ? QFontMetricsF(footerFont, &layoutDevice).height() + kFooterGapPx : 0;
    const QSizeF area(layoutDevice.width(), layoutDevice.height() - footerHeight);
    doc.documentLayout()->setPaintDevice(&layoutDevice);
    doc.setDocumentMargin(0);
    doc.setPageSize(area);
    keepHeadingsWithNext(doc, area.height());
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&target))
        return makeError(Error::Code::Io, tr("The PDF could not be started."));
    painter.scale(target.logicalDpiX() / qreal(kResolution), target.logicalDpiY() / qreal(kResolution));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !target.newPage())
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

        if (!o.pageFooter)
            continue;
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, area.height() + kFooterGapPx, area.width(), footerHeight - kFooterGapPx);
        painter.drawLine(
            QPointF(0, area.height() + kFooterGapPx / 2), QPointF(area.width(), area.height() + kFooterGapPx / 2));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, o.footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return makeError(Error::Code::Io, tr("The PDF could not be finished."));
    return pages;
}

} // namespace

QPageLayout PdfOptions::pageLayout() const
{
    return QPageLayout(pageSize, orientation, marginsMm, QPageLayout::Millimeter);
}

qreal contentWidthPx(const PdfOptions& o)
{
    return o.pageLayout().paintRect(QPageLayout::Millimeter).width() / 25.4 * kResolution;
}

Result<QByteArray> HtmlDocument::toPdf(int* pageCount) const
{
    if (auto s = requireGuiApplication(); !s)
        return s.error();
    QByteArray bytes;
    Result<int> pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(options.title);
        writer.setCreator(options.creator);
        writer.setPageLayout(options.pageLayout());
        writer.setResolution(kResolution);
        pages = layOutAndPaint(*this, writer, writer);
    }
    if (!pages)
        return pages.error();
    if (pageCount)
        *pageCount = *pages;
    return bytes;
}

Result<int> HtmlDocument::writePdf(const QString& path) const
{
    int pages = 0;
    auto bytes = toPdf(&pages);
    if (!bytes)
        return bytes.error();
    if (auto s = writeFileAtomically(path, *bytes); !s)
        return s.error();
    return pages;
}

Result<int> HtmlDocument::paint(QPagedPaintDevice& device) const
{
    if (auto s = requireGuiApplication(); !s)
        return s.error();
    if (!device.setPageLayout(options.pageLayout()))
        return makeError(Error::Code::Io, tr("The page layout is not supported by this printer."));
    QBuffer scratch; // the layout device's output is thrown away: it only measures
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&scratch);
    layoutDevice.setPageLayout(options.pageLayout());
    layoutDevice.setResolution(kResolution);
    return layOutAndPaint(*this, layoutDevice, device);
}

QString htmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace gs::pdf
