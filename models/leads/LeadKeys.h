// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>

namespace gs::leads {

/// An entity name reduced to what identifies it, for duplicate matching: NFKC, case-folded, without spaces,
/// punctuation, bracketed city names and legal-form suffixes (有限公司, 有限责任公司, 股份有限公司...).
QString entityKey(const QString& name);

} // namespace gs::leads
