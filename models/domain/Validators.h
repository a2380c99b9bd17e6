// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>

#include <optional>

namespace gs::validate {

/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, S, V, Z; positions 3–8 an
/// administrative division code; the last one a mod-31 check character.
bool isValidUscc(const QString& code);
/// 居民身份证号码 (GB 11643-1999): 17 digits, a real birth date at 7–14, and a mod-11 check digit (0-9 or X).
bool isValidIdNumber(const QString& number);
/// Mainland mobile (1[3-9] + 9 digits, optional +86), landline with area code (0xx-xxxxxxxx, optional
/// extension) or a 400/800 service number. Spaces and dashes are ignored.
bool isValidPhone(const QString& phone);
/// The phone as digits (keeps a leading '+86' off and the area-code dash), for duplicate matching.
QString normalizedPhone(const QString& phone);

/// "12,345.67" → 1234567 cents. Rejects negatives, more than two decimals, and absurd sizes (≥ 10^13 yuan).
std::optional<qint64> parseAmountYuan(const QString& text);
QString formatAmountYuan(qint64 cents);

/// 440106********123X: the region and the last four stay, the birth date and sequence are hidden.
QString maskIdNumber(const QString& number);
/// 138****1234
QString maskPhone(const QString& phone);

/// Upper-cases and drops spaces, for storing codes the way they were meant.
QString normalizedCode(const QString& code);

} // namespace gs::validate
