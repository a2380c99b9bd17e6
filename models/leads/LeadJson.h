// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/Lead.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gs::leads {

/// The documented JSON form of a lead (docs/lead-json.md): used by `gridsentinel lead add --json`, lead
/// lists, drafts and reports. Amounts are in yuan as a string or number ("12345.67"); attachments are paths
/// (`{"path": "..."}`, read by the caller) or embedded metadata.
QJsonObject toJson(const Lead& lead, bool withAttachmentContent = false);

/// Parses one lead. Every problem is reported with the field name; `record` prefixes messages in batches.
Result<Lead> fromJson(const QJsonObject& object, const QString& record = {});
/// The same, keeping what parsed: fields with problems are left empty and their errors appended to
/// `errors`, so a caller can also validate the rest and report everything at once.
Lead fromJson(const QJsonObject& object, const QString& record, QList<FieldError>* errors);

} // namespace gs::leads
