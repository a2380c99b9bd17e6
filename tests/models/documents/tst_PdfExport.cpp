// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PdfTools.h"
#include "TestSupport.h"
#include "documents/DocumentFonts.h"
#include "documents/PdfExport.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace gs;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// A minimal OpenType font: a cmap with a format 4 and a format 12 subtable, and a name table, enough for
// patchFont() to find what it changes.
QByteArray be16(quint32 v)
{
    return QByteArray(1, char(v >> 8)) + QByteArray(1, char(v & 0xff));
}
QByteArray be32(quint32 v)
{
    return be16(v >> 16) + be16(v & 0xffff);
}

QByteArray syntheticFont()
{
    // format 4: segments [A..A] delta→glyph 5, [U+2F00..U+2F02] through glyphIdArray (100, 101, 102), [FFFF].
    QByteArray f4;
    const int segments = 3;
    QByteArray ends = be16(0x41) + be16(0x2F02) + be16(0xFFFF);
    QByteArray starts = be16(0x41) + be16(0x2F00) + be16(0xFFFF);
    QByteArray deltas = be16(5 - 0x41) + be16(0) + be16(1);
    // idRangeOffset of segment 1 points to glyphIdArray[0]: from its own position, 2 words (segment 2) away.
    QByteArray ranges = be16(0) + be16(4) + be16(0);
    QByteArray glyphs = be16(100) + be16(101) + be16(102);
    QByteArray body
        = be16(segments * 2) + be16(4) + be16(1) + be16(2) + ends + be16(0) + starts + deltas + ranges + glyphs;
    f4 = be16(4) + be16(quint32(4 + body.size())) + be16(0) + body;
    // format 12: [A] → 5, [U+2F00..U+2F02] → 100.., [U+4E00] → 200
    QByteArray groups = be32(0x41) + be32(0x41) + be32(5) + be32(0x2F00) + be32(0x2F02) + be32(100) + be32(0x4E00)
        + be32(0x4E00) + be32(200);
    QByteArray f12 = be16(12) + be16(0) + be32(16 + groups.size()) + be32(0) + be32(3) + groups;
    QByteArray cmap = be16(0) + be16(2) + be16(3) + be16(1) + be32(4 + 16) + be16(3) + be16(10)
        + be32(4 + 16 + f4.size()) + f4 + f12;
    const QByteArray family = QByteArray("\0N\0o\0t\0o\0 \0S\0a\0n\0s", 18);
    QByteArray name = be16(0) + be16(1) + be16(6 + 12) + be16(3) + be16(1) + be16(0x409) + be16(1) + be16(family.size())
        + be16(0) + family;
    const quint32 cmapOffset = 12 + 2 * 16;
    QByteArray font = be32(0x4f54544f) + be16(2) + be16(32) + be16(1) + be16(0);
    font += QByteArray("cmap") + be32(0) + be32(cmapOffset) + be32(cmap.size());
    font += QByteArray("name") + be32(0) + be32(cmapOffset + cmap.size()) + be32(name.size());
    return font + cmap + name;
}

/// A page of the PDF at `path` as an image (pdftoppm), null if it cannot be drawn.
QImage pageImage(const QString& path, int page, int dpi, const QString& prefix)
{
    const test::ToolRun r = test::runTool(s("pdftoppm"),
        { s("-r"), QString::number(dpi), s("-f"), QString::number(page), s("-l"), QString::number(page), s("-png"),
            s("-singlefile"), path, prefix });
    return r.exitCode == 0 ? QImage(prefix + s(".png")) : QImage();
}

/// Share of pixels that differ clearly (by more than a quarter of the range in a channel).
double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull())
        return 1;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) > 64 || std::abs(p.green() - q.green()) > 64
                || std::abs(p.blue() - q.blue()) > 64)
                ++differing;
        }
    }
    return double(differing) / (qint64(a.width()) * a.height());
}

/// Several pages: headings that must stay with their text, a table, a picture and Chinese in every paragraph.
pdf::HtmlDocument longDocument()
{
    pdf::HtmlDocument d;
    d.options.title = s("long");
    d.options.footer = QStringLiteral("广州市天河区 · 结对共建");
    QString html = QStringLiteral("<h1>高额返利线索汇总</h1><p><img src='red' width='240' height='60'></p>");
    for (int section = 1; section <= 9; ++section) {
        html += QStringLiteral("<h3>%1. 第%1节 Section %1</h3>").arg(section);
        for (int p = 0; p < 6; ++p)
            html += QStringLiteral("<p>保本保息、高额返利的宣传在社区广场出现，第%1段。Paragraph %1 of section %2, "
                                   "with digits 440106-2026-%1%2 that must survive extraction.</p>")
                        .arg(p)
                        .arg(section);
    }
    html += QStringLiteral("<table border='1' cellpadding='4'><tr><th>网格</th><th>哨兵</th></tr>"
                           "<tr><td>岳洲第1网格</td><td>王哨兵</td></tr></table>");
    d.html = html;
    QImage red(480, 120, QImage::Format_ARGB32);
    red.fill(QColor(220, 0, 0, 255));
    d.images.insert(s("red"), red);
    return d;
}

} // namespace

class tst_PdfExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray& bytes, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : { "pdfinfo", "pdftotext", "pdffonts", "pdftoppm" }) {
            QVERIFY2(!QStandardPaths::findExecutable(s(tool)).isEmpty(),
                "poppler-utils is missing (scripts/setup.sh installs it)");
        }
    }

    void patchFontRemovesRadicalMappings()
    {
        QByteArray font = syntheticFont();
        const int size = font.size();
        QCOMPARE(pdf::DocumentFonts::patchFont(font), 3 + 3);
        QCOMPARE(font.size(), size); // in place
        QVERIFY(font.contains(QByteArray("\0G\0S\0R\0p", 8)));
        QVERIFY(!font.contains(QByteArray("\0N\0o\0t\0o", 8)));
        // format 12: the radical group shrank to one code point mapped to .notdef; the others are untouched.
        QVERIFY(font.contains(be32(0x2F00) + be32(0x2F00) + be32(0)));
        QVERIFY(font.contains(be32(0x41) + be32(0x41) + be32(5)));
        QVERIFY(font.contains(be32(0x4E00) + be32(0x4E00) + be32(200)));
        // format 4: the glyph ids behind U+2F00..U+2F02 are gone.
        QVERIFY(!font.contains(be16(100) + be16(101) + be16(102)));
        QByteArray junk("not a font at all");
        QCOMPARE(pdf::DocumentFonts::patchFont(junk), -1);
        QByteArray truncated = syntheticFont().left(30);
        QVERIFY(pdf::DocumentFonts::patchFont(truncated) <= 0); // never reads or writes past the end
    }

    void cjkFontsLoad()
    {
        QVERIFY2(pdf::DocumentFonts::ensureLoaded(), "fonts-noto-cjk is missing (scripts/setup.sh installs it)");
        QCOMPARE(pdf::DocumentFonts::cjkFamily(), s("GSRp Sans CJK SC"));
        QVERIFY(pdf::DocumentFonts::families().first() == s("DejaVu Sans"));
    }

    void genericHtmlToPdf()
    {
        pdf::HtmlDocument d;
        d.options.title = s("card");
        d.options.footer = QStringLiteral("结对共建卡");
        d.html = QStringLiteral("<h1>结对共建卡 440106-2025-0001</h1><p>王哨兵 · 刘志愿 · 广州 · 高额返利</p>");
        int pages = 0;
        auto bytes = d.toPdf(&pages);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QVERIFY(bytes->startsWith("%PDF-"));
        QVERIFY(bytes->contains("pdfaid:part")); // PDF/A-1b by default
        QCOMPARE(pages, 1);
        QVERIFY(pdf::contentWidthPx(d.options) > 600);

        const QString path = write(*bytes, s("generic.pdf"));
        QCOMPARE(test::pdfPageCount(path), 1);
        const test::ToolRun text = test::pdfText(path);
        QCOMPARE(text.exitCode, 0);
        for (const QString& expected : { QStringLiteral("结对共建卡 440106-2025-0001"), QStringLiteral("王哨兵"),
                 QStringLiteral("广州"), QStringLiteral("高额返利") })
            QVERIFY2(text.out.contains(expected), qPrintable(expected + s(" missing from: ") + text.out));
        QVERIFY2(QString(text.out).remove(QLatin1Char(' ')).contains(s("1/1")), qPrintable(text.out)); // page number
        QVERIFY2(test::radicalsIn(text.out).isEmpty(), qPrintable(text.out));
        QCOMPARE(text.out.count(QStringLiteral("结对共建卡")), 2); // the heading and the page footer
    }

    void pageLayoutOptions()
    {
        pdf::HtmlDocument d;
        d.options.title = s("form");
        d.options.pageSize = QPageSize(QPageSize::A5);
        d.options.orientation = QPageLayout::Landscape;
        d.options.marginsMm = QMarginsF(12, 10, 12, 10);
        d.options.pageFooter = false;
        d.options.footer = s("never printed");
        d.html = QStringLiteral("<p>岳洲社区</p>");
        pdf::PdfOptions portrait = d.options;
        portrait.orientation = QPageLayout::Portrait;
        QVERIFY(pdf::contentWidthPx(d.options) > pdf::contentWidthPx(portrait) + 100);
        QCOMPARE(qRound(pdf::contentWidthPx(d.options)), qRound((210 - 24) / 25.4 * 96));

        const QString path = m_dir.filePath(s("form.pdf"));
        auto pages = d.writePdf(path);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        QCOMPARE(*pages, 1);
        // Written where asked, for the owner only.
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        const test::ToolRun info = test::runTool(s("pdfinfo"), { path });
        QVERIFY2(info.out.contains(s("595 x 420 pts (A5)")), qPrintable(info.out));
        QVERIFY(info.out.contains(s("form")));
        const QString text = test::pdfText(path).out;
        QVERIFY(text.contains(QStringLiteral("岳洲社区")));
        QVERIFY2(!text.contains(s("never printed")) && !QString(text).remove(QLatin1Char(' ')).contains(s("1/1")),
            qPrintable(text));

        // A folder that does not exist: an error, and no file.
        const QString missing = m_dir.filePath(s("missing/form.pdf"));
        QVERIFY(!d.writePdf(missing).ok());
        QVERIFY(!QFileInfo::exists(missing));
    }

    /// Printing and the print preview paint on a QPrinter, whose resolution is not the PDF's: the pages must come
    /// out the same (line and page breaks, footer, picture), only sharper. A QPdfWriter at 1200 dpi stands in for
    /// the printer (QPrinter::HighResolution), since models/ does not link Qt Print Support.
    void printingLaysOutLikeThePdf()
    {
        const pdf::HtmlDocument d = longDocument();
        int pdfPages = 0;
        auto bytes = d.toPdf(&pdfPages);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QVERIFY2(pdfPages >= 3, qPrintable(QString::number(pdfPages)));
        const QString pdfPath = write(*bytes, s("long.pdf"));

        const QString printedPath = m_dir.filePath(s("printed.pdf"));
        Result<int> printedPages = 0;
        {
            QPdfWriter printer(printedPath);
            printer.setResolution(1200);
            printer.setPageSize(QPageSize(QPageSize::Letter)); // paint() gives the device the document's layout
            printedPages = d.paint(printer);
        }
        QVERIFY2(printedPages.ok(), printedPages.ok() ? "" : qPrintable(printedPages.error().message));
        QCOMPARE(*printedPages, pdfPages);
        QCOMPARE(test::pdfPageCount(printedPath), pdfPages);
        const test::ToolRun info = test::runTool(s("pdfinfo"), { printedPath });
        QVERIFY2(info.out.contains(s("(A4)")), qPrintable(info.out));

        // The same text on each page, footers included.
        for (int page = 1; page <= pdfPages; ++page) {
            const QStringList range { s("-f"), QString::number(page), s("-l"), QString::number(page) };
            const QString a = test::pdfText(pdfPath, range).out.remove(QRegularExpression(s("\\s")));
            const QString b = test::pdfText(printedPath, range).out.remove(QRegularExpression(s("\\s")));
            QVERIFY2(!a.isEmpty() && a == b, qPrintable(QStringLiteral("page %1:\n%2\n%3").arg(page).arg(a, b)));
            QVERIFY(a.contains(QStringLiteral("%1/%2").arg(page).arg(pdfPages)));
            QVERIFY(test::radicalsIn(a).isEmpty());
        }
        // And the same picture: glyphs, rules and the image where they are in the PDF, at the same size.
        const QImage pdfPage = pageImage(pdfPath, 1, 40, m_dir.filePath(s("pdf-1")));
        const QImage printedPage = pageImage(printedPath, 1, 40, m_dir.filePath(s("printed-1")));
        QVERIFY(!pdfPage.isNull());
        const double share = differingShare(pdfPage, printedPage);
        QVERIFY2(share < 0.01, qPrintable(QString::number(share)));
        bool red = false;
        for (int y = 0; y < pdfPage.height() && !red; ++y) {
            for (int x = 0; x < pdfPage.width() && !red; ++x) {
                const QColor c = pdfPage.pixelColor(x, y);
                red = c.red() > 180 && c.green() < 60 && c.blue() < 60;
            }
        }
        QVERIFY(red); // the picture is on the page
    }
};

QTEST_MAIN(tst_PdfExport)
#include "tst_PdfExport.moc"
