// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PdfTools.h"
#include "PeopleFixture.h"
#include "people/PairingCard.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QStandardPaths>

using namespace gs;

namespace {

/// Runs a poppler-utils tool (Debian: poppler-utils, installed by scripts/setup.sh).
QString poppler(const QString& tool, const QStringList& args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        qFatal("%s is missing: install poppler-utils (scripts/setup.sh does)", qPrintable(tool));
    const test::ToolRun run = test::runTool(program, args);
    if (run.exitCode != 0)
        qFatal("%s failed: %s", qPrintable(tool), qPrintable(run.err));
    return run.out;
}

} // namespace

class tst_PairingCard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PeopleFixture> f;
    Pairing m_pairing;

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<test::PeopleFixture>();
        const QString s
            = f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624"), { f->g1, f->g2 }));
        Person v = f->volunteer(QStringLiteral("李俊强"), QStringLiteral("13900002096"));
        v.institution = QStringLiteral("中国邮政储蓄银行");
        v.hats = { QStringLiteral("专业宣讲员"), QStringLiteral("专项行动员"), QStringLiteral("金融助理员") };
        const QString vid = f->add(v);
        auto p
            = PairingRepository(*f->session).create({ s, vid, QDate(2026, 5, 6), QStringLiteral("每月联合走访一次") });
        QVERIFY(p);
        m_pairing = *p;
    }

    void pdfHasOnePageAndExtractableChinese()
    {
        const pdf::HtmlDocument doc = PairingCard::document(m_pairing, f->session->node());
        QVERIFY(doc.html.contains(QStringLiteral("440106-2026-0001")));
        const QString path = f->dir.filePath(QStringLiteral("card.pdf"));
        auto pages = doc.writePdf(path);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        if (const QString out = qEnvironmentVariable("GS_SCREENSHOT_DIR"); !out.isEmpty()) {
            QFile::remove(QDir(out).filePath(QStringLiteral("pairing-card.pdf")));
            QFile::copy(path, QDir(out).filePath(QStringLiteral("pairing-card.pdf")));
        }
        QCOMPARE(*pages, 1);
        QVERIFY(test::fileBytes(path).startsWith("%PDF-"));

        const QString info = poppler(QStringLiteral("pdfinfo"), { path });
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Pairing card 440106-2026-0001")));
        QVERIFY2(info.contains(QStringLiteral("595 x 420 pts (A5)")), qPrintable(info)); // A5 landscape

        // The CJK font is embedded (a subset), not left for the reader to substitute.
        const QString fonts = poppler(QStringLiteral("pdffonts"), { path });
        QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
        for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(fonts));
        }

        // Chinese comes out as Chinese, as typed: no radical in place of 山, 广 or 行 (the shared document fonts
        // have those mappings removed), so no normalisation before comparing.
        const QString text
            = poppler(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY2(test::radicalsIn(text).isEmpty(),
            qPrintable(QStringLiteral("radicals %1 in:\n%2").arg(test::radicalsIn(text), text)));
        for (const QString& expected : { QStringLiteral("440106-2026-0001"), QStringLiteral("2026-05-06"),
                 QStringLiteral("姜志峰"), QStringLiteral("18900005624"), QStringLiteral("岳洲社区"),
                 QStringLiteral("五山街道"), QStringLiteral("岳洲第1网格"), QStringLiteral("李俊强"),
                 QStringLiteral("13900002096"), QStringLiteral("中国邮政储蓄银行"), QStringLiteral("广州五山支行"),
                 QStringLiteral("每月联合走访一次") })
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 missing from:\n%2").arg(expected, text)));

        // A PNG to look at (the render proves the embedded font draws Chinese).
        const QString png = f->dir.filePath(QStringLiteral("card"));
        poppler(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-png"), QStringLiteral("-singlefile"), path,
                png });
        const QImage rendered(png + QStringLiteral(".png"));
        QVERIFY(!rendered.isNull());
        QVERIFY(rendered.width() > rendered.height()); // landscape
        if (const QString out = qEnvironmentVariable("GS_SCREENSHOT_DIR"); !out.isEmpty())
            rendered.save(QDir(out).filePath(QStringLiteral("pairing-card.png")));
    }

    /// The print preview and the printer get the card through the same layout as the PDF (a 1200-dpi QPdfWriter
    /// stands in for QPrinter::HighResolution: models/ has no Qt Print Support).
    void printsAsTheCardPdf()
    {
        const pdf::HtmlDocument doc = PairingCard::document(m_pairing, f->session->node());
        const QString path = f->dir.filePath(QStringLiteral("printed.pdf"));
        Result<int> pages = 0;
        {
            QPdfWriter printer(path);
            printer.setResolution(1200);
            pages = doc.paint(printer);
        }
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        QCOMPARE(*pages, 1);
        const QString info = poppler(QStringLiteral("pdfinfo"), { path });
        QVERIFY2(info.contains(QStringLiteral("595 x 420 pts (A5)")), qPrintable(info));
        const QString text = poppler(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY2(
            text.contains(QStringLiteral("姜志峰")) && text.contains(QStringLiteral("广州五山支行")), qPrintable(text));
        QVERIFY2(test::radicalsIn(text).isEmpty(), qPrintable(text));
    }

    void endedCardSaysSo()
    {
        Pairing ended = m_pairing;
        ended.endedOn = QDate(2026, 9, 1);
        ended.endReason = QStringLiteral("志愿者调岗");
        auto pdf = PairingCard::document(ended, f->session->node()).toPdf();
        QVERIFY(pdf);
        const QString path = f->dir.filePath(QStringLiteral("ended.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        const QString text = poppler(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(text.contains(QStringLiteral("2026-09-01")));
        QVERIFY2(text.contains(QStringLiteral("志愿者调岗")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("姜志峰")) && text.contains(QStringLiteral("李俊强")), qPrintable(text));
        QVERIFY2(test::radicalsIn(text).isEmpty(), qPrintable(text));
    }

    void qrCode()
    {
        const QString payload = PairingCard::qrPayload(m_pairing, f->session->node());
        QCOMPARE(payload, QStringLiteral("GS-PAIR:1;card=440106-2026-0001;since=2026-05-06;district=440106"));
        if (!PairingCard::hasQrEncoder())
            QSKIP("built without libqrencode (Debian: libqrencode-dev)");
        const QImage qr = PairingCard::qrCode(payload, 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        // 64 bytes at level M need version 5 (37 modules), plus the 4-module quiet zone on each side.
        QCOMPARE(payload.toUtf8().size(), 64);
        QCOMPARE(qr.width() / 4 - 8, 37);
        // Finder pattern: the top-left module inside the quiet zone is dark, the quiet zone light.
        QCOMPARE(qr.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));
        QCOMPARE(qr.pixelColor(1, 1), QColor(Qt::white));
        QVERIFY(PairingCard::document(m_pairing, f->session->node()).html.contains(QStringLiteral("qr.png")));
    }
};

QTEST_MAIN(tst_PairingCard)
#include "tst_PairingCard.moc"
