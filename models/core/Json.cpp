// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gs::json {

QString arrayText(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList strings(const QString& arrayText)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(arrayText.toUtf8()).array())
        out << v.toString();
    return out;
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace gs::json
