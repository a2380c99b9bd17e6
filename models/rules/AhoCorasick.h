// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "TextNormalizer.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace gs {

/**
 * Finds every occurrence of many patterns in one pass over UTF-16 text, overlapping ones included.
 *
 * Works on UTF-16 code units because that is what QString, QTextCursor and the stored offsets use:
 * CJK is one unit per character, a match can never start or end inside a surrogate pair (patterns
 * are whole strings), and no conversion is needed before or after a scan.
 *
 * Normalisation is fused into the scan: the units of the input are folded by the TextNormalizer's
 * per-unit table while matching, units it removes are stepped over, and matches are reported at
 * their positions in the ORIGINAL text (the span includes removed units inside the match).
 *
 * The alphabet is compacted to the units that occur in the patterns (plus "other" and "removed"),
 * and when states × classes fits `maxDenseCells` the automaton is a full DFA (one table load per
 * unit, no failure-link loop); larger dictionaries fall back to a sorted-edge trie with failure links.
 */
class AhoCorasick
{
public:
    struct Match
    {
        qsizetype pattern = 0; ///< index into the pattern list
        qsizetype start = 0; ///< in the scanned (original) text
        qsizetype length = 0; ///< in the scanned (original) text
        friend bool operator==(const Match&, const Match&) = default;
    };

    static constexpr qsizetype DefaultMaxDenseCells = qsizetype(1) << 22; // 16 MiB of transitions

    AhoCorasick(); ///< matches nothing
    /// Patterns are normalised with `normalizer`; ones that normalise to nothing never match.
    explicit AhoCorasick(const QStringList& patterns, TextNormalizer normalizer = TextNormalizer::identity(),
        qsizetype maxDenseCells = DefaultMaxDenseCells);

    /// Every match, ordered by end position and, at one end, longest first.
    QList<Match> findAll(QStringView text) const;
    /// Same as findAll(), appending to `out` (lets a caller reuse one buffer).
    void findAll(QStringView text, QList<Match>& out) const;

    const TextNormalizer& normalizer() const { return m_normalizer; }
    qsizetype patternCount() const { return qsizetype(m_patternLength.size()); }
    qsizetype stateCount() const { return qsizetype(m_outBegin.size()) - 1; }
    bool isDense() const { return !m_delta.empty(); }

private:
    static constexpr uint16_t OtherClass = 0; // a unit no pattern uses
    static constexpr uint16_t SkipClass = 1; // a unit normalisation removes

    template <typename Emit> void scanDense(QStringView text, Emit&& emit) const;
    template <typename Emit> void scanSparse(QStringView text, Emit&& emit) const;
    void emitMatches(const char16_t* text, qsizetype end, uint32_t state, QList<Match>& out) const;

    TextNormalizer m_normalizer;
    std::vector<uint16_t> m_classOf; // original code unit → class, normalisation folded in
    uint32_t m_classCount = 2;
    std::vector<int32_t> m_patternLength; // normalised length of each pattern
    // Outputs of state s (own pattern and those reached by output links), longest first:
    // m_outPatterns[m_outBegin[s] .. m_outBegin[s + 1]). States with outputs are numbered last.
    std::vector<uint32_t> m_outBegin;
    std::vector<uint32_t> m_outPatterns;
    uint32_t m_firstOutputState = 0;
    // Dense DFA: transitions hold row offsets (state × m_classCount), so the hot loop has no multiply.
    std::vector<uint32_t> m_delta;
    // Sparse fallback: sorted edges per state, failure links, and the root as a dense row.
    std::vector<uint32_t> m_edgeBegin;
    std::vector<uint16_t> m_edgeClass;
    std::vector<uint32_t> m_edgeTarget;
    std::vector<uint32_t> m_fail;
    std::vector<uint32_t> m_rootNext;
};

} // namespace gs
