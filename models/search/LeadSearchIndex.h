// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "store/Statement.h"

#include <QString>
#include <QVariant>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>

namespace gs {

class Database;

/// Chinese substring search without FTS5. Text is normalised (NFKC, case-folded), then indexed in FTS3 as
/// tokens: every overlapping pair of CJK characters, the last character of each CJK run alone, and
/// Latin/digit words. A query is planned from the same tokens: a single character becomes a prefix token
/// ("保*"), two or more characters pick their two rarest bigrams (from fts4aux document counts), and every
/// candidate is then verified against the stored normalised text, so results are exact substrings.
class LeadSearchIndex
{
public:
    static QString normalize(const QString& text);
    /// The FTS3 document for a normalised text.
    static QString tokens(const QString& normalized);

    /// Adds or replaces the entry of a lead (and its place in lead_places). Call inside the lead's transaction.
    static Status put(Database& db, const QString& leadId, const QString& text, const double* lon, const double* lat);

    /// put() with its statements prepared once and reused: for loops over many leads (imports, the
    /// benchmark's bulk load). The static put() is a Writer used once, so both write identical rows.
    class Writer
    {
    public:
        explicit Writer(Database& db)
            : m_db(db)
        { }
        Status put(const QString& leadId, const QString& text, const double* lon, const double* lat);

    private:
        Result<Statement*> statement(std::size_t slot, const char* sql);
        /// The first column of the first row of `sql` bound to a (and b), or kNoDocid when none or NULL.
        Result<qint64> scalar(std::size_t slot, const char* sql, const QVariant& a, const QVariant& b = {});
        /// A free docid in the second starting at `base`, or below every docid when none is left (or no base).
        Result<qint64> newDocid(qint64 base);
        Database& m_db;
        std::array<std::optional<Statement>, 10> m_statements;
    };
    static Status remove(Database& db, const QString& leadId);

    /// An entry's docid (shared by lead_search, lead_fts and lead_places, schema v7) is
    /// (2^40 - second of its lead's created_at) * kDocidSlots + a slot within that second, so that ascending
    /// docids are newest first and FTS3 streams matches in that order. Entries whose created_at has no
    /// canonical "YYYY-MM-DDTHH:MM:SS" prefix, or that find their second full, get a negative docid instead.
    static constexpr qint64 kDocidSlots = 4096;
    /// The created_at group of a non-negative docid: equal for the leads of one second, and ascending as
    /// created_at descends (compared as text, as the list sorts it).
    static constexpr qint64 secondGroup(qint64 docid) { return docid / kDocidSlots; }
    /// Whether every docid is non-negative: then ascending docid order is newest first up to ties within a
    /// second (LeadQuery's streamed pages rely on it).
    static Result<bool> isOrdered(Database& db);

    struct Plan
    {
        QString match; ///< FTS3 MATCH expression; empty when the query has no searchable characters
        /// An exact FTS3 MATCH (a phrase of consecutive bigrams per part; no verification needed) when every
        /// part is one run of two or more CJK characters, else empty. It reads every bigram's doclist, so it
        /// costs more than `match` for rare terms and far less than verifying the candidates of frequent
        /// bigrams that rarely occur together.
        QString phrase;
        QStringList needles; ///< normalised parts every result must contain
        bool needsVerification = true;
        /// Upper bound of matching documents: the document count of the rarest bigram, counted up to
        /// kCountedDocuments (a bigram in more documents counts as that many); -1 when the query has no bigram
        /// (single characters, word prefixes).
        qint64 candidates = -1;
        bool isEmpty() const { return match.isEmpty(); }
    };
    /// Bigrams are ranked by their document counts up to this many: enough to tell rare terms (where the
    /// index drives a search) from frequent ones (where a date-ordered walk does), at ~1 ms per bigram.
    static constexpr qint64 kCountedDocuments = 10000;
    /// Plans `query` (whitespace separates parts that must all appear). Uses term statistics from `db`.
    static Result<Plan> plan(Database& db, const QString& query);

private:
    static constexpr qint64 kNoDocid = std::numeric_limits<qint64>::min();
};

} // namespace gs
