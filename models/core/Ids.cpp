// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Ids.h"

#include "crypto/Crypto.h"

namespace gs {

QString newId(qint64 unixMillis)
{
    QByteArray b = crypto::randomBytes(16);
    for (int i = 0; i < 6; ++i)
        b[i] = char((unixMillis >> (8 * (5 - i))) & 0xff);
    b[6] = char((b[6] & 0x0f) | 0x70); // version 7
    b[8] = char((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex = b.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20));
}

QString newId() { return newId(QDateTime::currentMSecsSinceEpoch()); }

QString toIso(const QDateTime& time) { return time.toUTC().toString(Qt::ISODateWithMs); }

QString nowIso() { return toIso(QDateTime::currentDateTimeUtc()); }

} // namespace gs
