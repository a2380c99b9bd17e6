// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "store/Statement.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace gs {

class Database;

/// Chinese substring search without FTS5. Text is normalised (NFKC, case-folded), then indexed in FTS4 as
/// tokens: every overlapping pair of CJK characters, the last character of each CJK run alone, and
/// Latin/digit words. A query is planned from the same tokens: a single character becomes a prefix token
/// ("保*"), two or more characters pick their two rarest bigrams (from the document counts in lead_terms,
/// which every write keeps equal to the index), and every candidate is then verified against the stored
/// normalised text, so results are exact substrings.
class LeadSearchIndex
{
public:
    static QString normalize(const QString& text);
    /// The FTS4 document for a normalised text.
    static QString tokens(const QString& normalized);

    /// Adds or replaces the entry of a lead (and its place in lead_places). Call inside the lead's transaction.
    static Status put(Database& db, const QString& leadId, const QString& text, const double* lon, const double* lat);

    /// put() with its statements prepared once and reused: for loops over many leads (imports, the
    /// benchmark's bulk load). The static put() is a Writer used once, so both write identical rows.
    /// Bigram document counts (lead_terms) are summed in memory and written by flush(), once per term
    /// instead of once per term and lead: call it before the transaction commits.
    class Writer
    {
    public:
        explicit Writer(Database& db)
            : m_db(db)
        { }
        Status put(const QString& leadId, const QString& text, const double* lon, const double* lat);
        Status remove(const QString& leadId);
        /// Writes the pending document counts. A Writer destroyed with counts pending has not finished its
        /// work: its transaction must not commit (Transaction rolls back unless committed).
        Status flush();
        bool hasPending() const { return !m_termDeltas.isEmpty(); }

    private:
        struct Entry
        {
            qint64 docid;
            QString text; ///< normalised
        };
        Result<Statement*> statement(std::size_t slot, const char* sql);
        Result<std::optional<Entry>> find(const QString& leadId);
        /// Deletes an entry's FTS tokens and place (the lead_search row stays).
        Status dropTokensAndPlace(qint64 docid);
        void count(const QString& normalized, int delta);
        Database& m_db;
        std::array<std::optional<Statement>, 11> m_statements;
        QHash<QString, qint64> m_termDeltas; ///< bigram -> change of its document count
    };
    static Status remove(Database& db, const QString& leadId);

    struct Plan
    {
        QString match; ///< FTS4 MATCH expression; empty when the query has no searchable characters
        /// An exact FTS4 MATCH (a phrase of consecutive bigrams per part; no verification needed) when every
        /// part is one run of two or more CJK characters, else empty. It reads every bigram's doclist, so it
        /// costs more than `match` for rare terms and far less than verifying the candidates of frequent
        /// bigrams that rarely occur together.
        QString phrase;
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
