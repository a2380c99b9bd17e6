// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace gs::json {

/// A list of strings as compact JSON ("[\"非法集资\",\"保本保息承诺\"]"): how list columns (categories, hats,
/// triage grounds) are stored in the database.
QString arrayText(const QStringList& list);
/// The strings of a JSON array text; empty for anything else (an empty column, damaged text).
QStringList strings(const QString& arrayText);
/// An optional text field in JSON output: null when empty, so readers need not tell "" from "absent".
QJsonValue orNull(const QString& text);

} // namespace gs::json
