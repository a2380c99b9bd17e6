// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace gs {

class Database;

/// Chinese substring search without FTS5. Text is normalised (NFKC, case-folded), then indexed in FTS4 as
/// tokens: every overlapping pair of CJK characters, the last character of each CJK run alone, and
/// Latin/digit words. A query is planned from the same tokens: a single character becomes a prefix token
/// ("保*"), two or more characters pick their two rarest bigrams (from fts4aux document counts), and every
/// candidate is then verified against the stored normalised text, so results are exact substrings.
class LeadSearchIndex
{
public:
    static QString normalize(const QString& text);
    /// The FTS4 document for a normalised text.
    static QString tokens(const QString& normalized);

    /// Adds or replaces the entry of a lead (and its place in lead_places). Call inside the lead's transaction.
    static Status put(Database& db, const QString& leadId, const QString& text, const double* lon, const double* lat);
    static Status remove(Database& db, const QString& leadId);

    struct Plan
    {
        QString match; ///< FTS4 MATCH expression; empty when the query has no searchable characters
        QStringList needles; ///< normalised parts every result must contain
        bool needsVerification = true;
        /// Upper bound of matching documents: the document count of the rarest bigram; -1 when the query has
        /// no bigram (single characters, word prefixes).
        qint64 candidates = -1;
        bool isEmpty() const { return match.isEmpty(); }
    };
    /// Plans `query` (whitespace separates parts that must all appear). Uses term statistics from `db`.
    static Result<Plan> plan(Database& db, const QString& query);
};

} // namespace gs
