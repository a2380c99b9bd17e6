// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PairingCard.h"

#include "accounts/User.h"
#include "people/Person.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#ifdef GS_HAVE_QRENCODE
#include <qrencode.h>
#endif

namespace gs {
namespace {

using pdf::htmlEscaped;

/// The QR code is drawn at print resolution, whatever its size in the HTML.
constexpr int kQrDpi = 300;

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::PairingCard", text);
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class='label'>%1</td><td class='value'>%2</td></tr>")
        .arg(htmlEscaped(label), htmlEscaped(value.isEmpty() ? QStringLiteral("—") : value));
}

} // namespace

bool PairingCard::hasQrEncoder()
{
#ifdef GS_HAVE_QRENCODE
    return true;
#else
    return false;
#endif
}

QString PairingCard::qrPayload(const Pairing& p, const NodeInfo& node)
{
    return QStringLiteral("GS-PAIR:1;card=%1;since=%2;district=%3").arg(p.cardNo, date(p.startedOn), node.districtCode);
}

QImage PairingCard::qrCode(const QString& text, int moduleSize)
{
#ifdef GS_HAVE_QRENCODE
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * moduleSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.drawRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize);
        }
    }
    painter.end();
    QRcode_free(code);
    return image;
#else
    Q_UNUSED(text);
    Q_UNUSED(moduleSize);
    return {};
#endif
}

pdf::HtmlDocument PairingCard::document(const Pairing& p, const NodeInfo& node)
{
    pdf::HtmlDocument doc;
    doc.options.title = tr("Pairing card %1").arg(p.cardNo);
    doc.options.pageSize = QPageSize(QPageSize::A5);
    doc.options.orientation = QPageLayout::Landscape;
    doc.options.marginsMm = QMarginsF(12, 10, 12, 10);
    doc.options.pageFooter = false; // one page, signed at the bottom: the form is the whole page

    QString qrCell;
    const QImage qr = qrCode(qrPayload(p, node), 6);
    if (!qr.isNull()) {
        // 24 mm square: CSS pixels in the HTML, the image itself at print resolution.
        const double millimetres = 24.0;
        const int pixels = int(millimetres / 25.4 * kQrDpi);
        doc.images.insert(
            QStringLiteral("qr.png"), qr.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::FastTransformation));
        qrCell = QStringLiteral("<img src='qr.png' width='%1' height='%1'>").arg(qRound(millimetres / 25.4 * 96));
    }
    QStringList hats;
    for (const QString& hat : p.volunteerHats)
        hats << people::hatLabel(hat);
    const QString district = node.districtName.isEmpty() ? node.name : node.districtName;
    const QString volunteerUnit
        = QStringList { p.volunteerInstitution, p.volunteerBranch }.join(QLatin1Char(' ')).trimmed();
    const QString sentinelUnit = QStringList { p.sentinelStreet, p.sentinelCommunity }.join(QLatin1Char(' ')).trimmed();

    QString html;
    html += QStringLiteral("<html><head><style>"
                           "body { font-size: 10pt; }"
                           "h1 { font-size: 17pt; font-weight: bold; margin: 0; }"
                           ".sub { font-size: 9.5pt; color: #555555; }"
                           ".card { font-size: 10pt; }"
                           "th { font-size: 11pt; font-weight: bold; background-color: #f1e3c8; padding: 4px; }"
                           "td.label { color: #555555; font-size: 9pt; padding: 3px 6px 3px 4px; white-space: nowrap; }"
                           "td.value { font-size: 10.5pt; padding: 3px 4px; }"
                           ".sign { font-size: 9.5pt; padding-top: 14px; }"
                           ".ended { color: #b3261e; font-weight: bold; }"
                           "</style></head><body>");
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='top'>");
    html
        += QStringLiteral("<h1>%1</h1>").arg(htmlEscaped(tr("Pairing card for the prevention of illegal fundraising")));
    html += QStringLiteral("<div class='sub'>%1</div>")
                .arg(htmlEscaped(tr("%1 · grid sentinel and finance volunteer, paired for joint work").arg(district)));
    html += QStringLiteral("<p class='card'><b>%1</b> %2 &nbsp;&nbsp; <b>%3</b> %4")
                .arg(htmlEscaped(tr("Card no.")), htmlEscaped(p.cardNo), htmlEscaped(tr("Paired since")),
                    htmlEscaped(date(p.startedOn)));
    html += QStringLiteral("</p>");
    if (p.endedOn)
        html += QStringLiteral("<p class='ended'>%1</p>")
                    .arg(htmlEscaped(tr("Ended on %1: %2").arg(date(*p.endedOn), p.endReason)));
    html += QStringLiteral("</td><td align='right' valign='top'>%1</td></tr></table>").arg(qrCell);

    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' border='1' style='border-color: "
                           "#c9b48a; border-style: solid;'>"
                           "<tr><th width='50%'>%1</th><th width='50%'>%2</th></tr><tr><td valign='top'><table>")
                .arg(htmlEscaped(tr("Grid sentinel")), htmlEscaped(tr("Finance volunteer")));
    html += row(tr("Name"), p.sentinelName);
    html += row(tr("Phone"), p.sentinelPhone);
    html += row(tr("Street / community"), sentinelUnit);
    html += row(tr("Grids"), p.sentinelGrids.join(QStringLiteral("、")));
    html += QStringLiteral("</table></td><td valign='top'><table>");
    html += row(tr("Name"), p.volunteerName);
    html += row(tr("Phone"), p.volunteerPhone);
    html += row(tr("Institution / branch"), volunteerUnit);
    html += row(tr("Roles (four hats)"), hats.join(QStringLiteral("、")));
    html += QStringLiteral("</table></td></tr></table>");

    html += QStringLiteral("<p class='sub'>%1</p>")
                .arg(htmlEscaped(tr("The volunteer supports the sentinel in spotting and reporting illegal fundraising "
                                    "(保本保息, 高额返利…), "
                                    "gives talks to residents at risk and helps triage the sentinel's leads. Report "
                                    "suspected cases to the "
                                    "district office.")));
    if (!p.note.trimmed().isEmpty())
        html += QStringLiteral("<p class='card'><b>%1</b> %2</p>").arg(htmlEscaped(tr("Note:")), htmlEscaped(p.note));
    html += QStringLiteral(
        "<table width='100%'><tr><td class='sign'>%1 ____________</td><td class='sign'>%2 ____________</td>"
        "<td class='sign'>%3 ____________</td></tr></table>")
                .arg(htmlEscaped(tr("Sentinel (signature):")), htmlEscaped(tr("Volunteer (signature):")),
                    htmlEscaped(tr("District office (seal):")));
    html += QStringLiteral("</body></html>");
    doc.html = html;
    return doc;
}

} // namespace gs
