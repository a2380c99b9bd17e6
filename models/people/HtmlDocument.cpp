// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "HtmlDocument.h"

#include "core/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::HtmlDocument", text);
}

/// The document font: a Latin family first, then one that covers Simplified Chinese (the fonts Debian ships in
/// fonts-noto-cjk preferred). Latin text must not come from Noto Sans CJK: with Latin neighbours its digits are
/// shaped to proportional glyphs that have no cmap entry, and Qt 6.4's PDF engine then writes no ToUnicode
/// mapping for them, so "Card no. 440106-2026-0001" would be extracted as "Card no. --".
QStringList fontFamilies()
{
    QStringList out;
    const QStringList latin = QFontDatabase::families(QFontDatabase::Latin);
    for (const char* preferred : { "Noto Sans", "DejaVu Sans", "Liberation Sans" }) {
        if (latin.contains(QString::fromLatin1(preferred))) {
            out << QString::fromLatin1(preferred);
            break;
        }
    }
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const char* preferred :
        { "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei" }) {
        if (chinese.contains(QString::fromLatin1(preferred))) {
            out << QString::fromLatin1(preferred);
            break;
        }
    }
    if (out.size() < 2 && !chinese.isEmpty())
        out << chinese.first();
    return out;
}

} // namespace

QString htmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

Result<int> HtmlDocument::paint(QPagedPaintDevice* device) const
{
    if (!device)
        return makeError(Error::Code::Io, tr("There is nothing to print on."));
    if (!device->setPageLayout(layout))
        return makeError(Error::Code::Io, tr("The page layout is not supported by this printer."));
    // Layout happens at kDpi on a PDF device whatever the target, so image sizes and line breaks are the same
    // on paper, in the preview and in the PDF; painting scales to the target's resolution.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&scratch);
    layoutDevice.setResolution(kDpi);
    layoutDevice.setPageLayout(layout);
    QTextDocument doc;
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(10);
    font.setStyleStrategy(QFont::PreferOutline);
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&layoutDevice);
    for (const auto& [name, image] : images)
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    doc.setHtml(html);
    const QRectF page = layout.paintRectPixels(kDpi);
    doc.setPageSize(page.size());
    QPainter painter;
    if (!painter.begin(device))
        return makeError(Error::Code::Io, tr("Cannot start painting the document."));
    painter.scale(device->logicalDpiX() / double(kDpi), device->logicalDpiY() / double(kDpi));
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return makeError(Error::Code::Io, tr("Cannot start page %1.").arg(i + 1));
        painter.save();
        painter.translate(0, -page.height() * i);
        doc.drawContents(&painter, QRectF(0, page.height() * i, page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<QByteArray> HtmlDocument::toPdf(int* pageCount) const
{
    QByteArray bytes;
    Result<int> pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("GridSentinel %1").arg(QCoreApplication::applicationVersion()));
        pages = paint(&writer);
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

} // namespace gs
