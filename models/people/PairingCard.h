// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "documents/PdfExport.h"
#include "people/PairingRepository.h"

#include <QImage>

namespace gs {

struct NodeInfo;

/// The printed 结对共建卡: both people, their units (institution and branch; community, street and grids),
/// the volunteer's hats, phones, card number, start date (and end, for an ended card), signature lines and,
/// when libqrencode is available, a QR code of the card number. One A5 landscape page.
class PairingCard
{
public:
    static pdf::HtmlDocument document(const Pairing& pairing, const NodeInfo& node);
    /// What the QR code holds: "GS-PAIR:1;card=…;since=…;district=…" (no names or phones).
    static QString qrPayload(const Pairing& pairing, const NodeInfo& node);
    /// The QR code as a black-on-white image with a 4-module quiet zone, `moduleSize` pixels per module;
    /// null when this build has no QR encoder.
    static QImage qrCode(const QString& text, int moduleSize);
    static bool hasQrEncoder();
};

} // namespace gs
