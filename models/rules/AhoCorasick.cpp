// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AhoCorasick.h"

#include <QtGlobal>

#include <algorithm>
#include <utility>

namespace gs {
namespace {

constexpr uint32_t NoState = 0xFFFFFFFFu;

struct TrieNode
{
    std::vector<std::pair<uint16_t, uint32_t>> children; // (class, node), few per node
    std::vector<uint32_t> outputs; // pattern indices, longest first once links are merged
    uint32_t fail = 0;

    uint32_t child(uint16_t cls) const
    {
        for (const auto& [c, n] : children) {
            if (c == cls)
                return n;
        }
        return NoState;
    }
};

} // namespace

AhoCorasick::AhoCorasick()
    : AhoCorasick(QStringList())
{ }

AhoCorasick::AhoCorasick(const QStringList& patterns, TextNormalizer normalizer, qsizetype maxDenseCells)
    : m_normalizer(std::move(normalizer))
{
    // 1. Normalise the patterns and give each code unit they use a class of its own.
    std::vector<QString> normalized;
    normalized.reserve(size_t(patterns.size()));
    std::vector<uint16_t> unitClass(0x10000, OtherClass);
    uint32_t classCount = 2;
    for (const QString& p : patterns) {
        QString n = m_normalizer.normalized(p);
        for (const QChar c : std::as_const(n)) {
            if (unitClass[c.unicode()] == OtherClass) {
                if (classCount > 0xFFFF) {
                    qWarning("AhoCorasick: more than 65533 distinct characters in the patterns; the rest never match");
                    n.clear();
                    break;
                }
                unitClass[c.unicode()] = uint16_t(classCount++);
            }
        }
        m_patternLength.push_back(int32_t(n.size()));
        normalized.push_back(std::move(n));
    }
    m_classCount = classCount;
    m_classOf.resize(0x10000);
    for (uint32_t u = 0; u < 0x10000; ++u) {
        const char16_t folded = m_normalizer.fold(char16_t(u));
        m_classOf[u] = folded == TextNormalizer::Removed ? SkipClass : unitClass[folded];
    }

    // 2. The trie.
    std::vector<TrieNode> nodes(1);
    for (size_t p = 0; p < normalized.size(); ++p) {
        if (normalized[p].isEmpty())
            continue;
        uint32_t s = 0;
        for (const QChar c : std::as_const(normalized[p])) {
            const uint16_t cls = unitClass[c.unicode()];
            uint32_t next = nodes[s].child(cls);
            if (next == NoState) {
                next = uint32_t(nodes.size());
                nodes[s].children.emplace_back(cls, next);
                nodes.emplace_back();
            }
            s = next;
        }
        nodes[s].outputs.push_back(uint32_t(p));
    }

    // 3. Failure links and merged outputs, breadth first so a node's failure target is complete first.
    std::vector<uint32_t> bfs { 0 };
    bfs.reserve(nodes.size());
    for (size_t i = 0; i < bfs.size(); ++i) {
        const uint32_t s = bfs[i];
        for (const auto& [cls, child] : nodes[s].children) {
            uint32_t f = nodes[s].fail;
            uint32_t target = 0;
            if (s != 0) {
                for (;;) {
                    target = nodes[f].child(cls);
                    if (target != NoState || f == 0)
                        break;
                    f = nodes[f].fail;
                }
                if (target == NoState)
                    target = 0;
            }
            nodes[child].fail = target;
            const std::vector<uint32_t> inherited = nodes[target].outputs; // copy: may alias on growth
            nodes[child].outputs.insert(nodes[child].outputs.end(), inherited.begin(), inherited.end());
            bfs.push_back(child);
        }
    }

    // 4. Number states without outputs first, so "has output" is one comparison in the scan loop.
    const uint32_t stateCount = uint32_t(nodes.size());
    std::vector<uint32_t> order;
    order.reserve(stateCount);
    for (const uint32_t s : bfs) {
        if (nodes[s].outputs.empty())
            order.push_back(s);
    }
    m_firstOutputState = uint32_t(order.size());
    for (const uint32_t s : bfs) {
        if (!nodes[s].outputs.empty())
            order.push_back(s);
    }
    std::vector<uint32_t> newId(stateCount);
    for (uint32_t i = 0; i < stateCount; ++i)
        newId[order[i]] = i;

    m_outBegin.reserve(stateCount + 1);
    for (const uint32_t s : order) {
        m_outBegin.push_back(uint32_t(m_outPatterns.size()));
        m_outPatterns.insert(m_outPatterns.end(), nodes[s].outputs.begin(), nodes[s].outputs.end());
    }
    m_outBegin.push_back(uint32_t(m_outPatterns.size()));

    // 5a. A full DFA over the compacted alphabet when it fits.
    const qsizetype cells = qsizetype(stateCount) * qsizetype(m_classCount);
    if (cells <= maxDenseCells && cells < qsizetype(NoState)) {
        const uint32_t k = m_classCount;
        std::vector<uint32_t> next(size_t(cells), 0); // in old state ids first
        for (const uint32_t s : bfs) {
            uint32_t* row = next.data() + size_t(s) * k;
            if (s != 0)
                std::copy_n(next.data() + size_t(nodes[s].fail) * k, k, row);
            row[OtherClass] = 0;
            row[SkipClass] = s;
            for (const auto& [cls, child] : nodes[s].children)
                row[cls] = child;
        }
        m_delta.resize(size_t(cells));
        for (uint32_t s = 0; s < stateCount; ++s) {
            const uint32_t* from = next.data() + size_t(s) * k;
            uint32_t* to = m_delta.data() + size_t(newId[s]) * k;
            for (uint32_t c = 0; c < k; ++c)
                to[c] = newId[from[c]] * k;
        }
        return;
    }

    // 5b. Sparse: sorted edges, failure links, root row.
    m_edgeBegin.reserve(stateCount + 1);
    m_fail.resize(stateCount);
    for (const uint32_t s : order) {
        m_edgeBegin.push_back(uint32_t(m_edgeClass.size()));
        auto children = nodes[s].children;
        std::sort(children.begin(), children.end());
        for (const auto& [cls, child] : children) {
            m_edgeClass.push_back(cls);
            m_edgeTarget.push_back(newId[child]);
        }
        m_fail[newId[s]] = newId[nodes[s].fail];
    }
    m_edgeBegin.push_back(uint32_t(m_edgeClass.size()));
    m_rootNext.assign(m_classCount, 0);
    for (const auto& [cls, child] : nodes[0].children)
        m_rootNext[cls] = newId[child];
}

void AhoCorasick::emitMatches(const char16_t* text, qsizetype end, uint32_t state, QList<Match>& out) const
{
    for (uint32_t k = m_outBegin[state]; k < m_outBegin[state + 1]; ++k) {
        const uint32_t pattern = m_outPatterns[k];
        // The automaton consumed exactly `length` kept units ending at `end`; walk back over them.
        qsizetype start = end;
        for (int32_t remaining = m_patternLength[pattern] - 1; remaining > 0;) {
            --start;
            if (m_classOf[text[start]] != SkipClass)
                --remaining;
        }
        out.append(Match { qsizetype(pattern), start, end - start + 1 });
    }
}

template <typename Emit> void AhoCorasick::scanDense(QStringView text, Emit&& emit) const
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    const uint16_t* classOf = m_classOf.data();
    const uint32_t* delta = m_delta.data();
    const uint32_t firstOutputRow = m_firstOutputState * m_classCount;
    uint32_t row = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (row == 0) {
            // At the root most units lead back to the root. Skipping them in a loop that does not depend
            // on the previous state lets the CPU run ahead instead of waiting on each table load.
            while (i < n && delta[classOf[p[i]]] == 0)
                ++i;
            if (i == n)
                break;
        }
        const uint32_t cls = classOf[p[i]];
        row = delta[row + cls];
        if (row >= firstOutputRow) [[unlikely]] {
            if (cls != SkipClass) // staying put on a removed unit must not report the match again
                emit(i, row / m_classCount);
        }
    }
}

template <typename Emit> void AhoCorasick::scanSparse(QStringView text, Emit&& emit) const
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    const uint16_t* classOf = m_classOf.data();
    const uint32_t* rootNext = m_rootNext.data();
    uint32_t s = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (s == 0) {
            while (i < n && rootNext[classOf[p[i]]] == 0) // as in scanDense
                ++i;
            if (i == n)
                break;
        }
        const uint16_t cls = classOf[p[i]];
        if (cls == SkipClass)
            continue;
        if (cls == OtherClass) {
            s = 0;
            continue;
        }
        for (;;) {
            if (s == 0) {
                s = rootNext[cls];
                break;
            }
            const auto first = m_edgeClass.begin() + m_edgeBegin[s];
            const auto last = m_edgeClass.begin() + m_edgeBegin[s + 1];
            const auto it = std::lower_bound(first, last, cls);
            if (it != last && *it == cls) {
                s = m_edgeTarget[size_t(it - m_edgeClass.begin())];
                break;
            }
            s = m_fail[s];
        }
        if (s >= m_firstOutputState) [[unlikely]]
            emit(i, s);
    }
}

QList<AhoCorasick::Match> AhoCorasick::findAll(QStringView text) const
{
    QList<Match> out;
    findAll(text, out);
    return out;
}

void AhoCorasick::findAll(QStringView text, QList<Match>& out) const
{
    if (m_outPatterns.empty() || text.isEmpty())
        return;
    const auto emit = [&](qsizetype end, uint32_t state) { emitMatches(text.utf16(), end, state, out); };
    if (isDense())
        scanDense(text, emit);
    else
        scanSparse(text, emit);
}

} // namespace gs
