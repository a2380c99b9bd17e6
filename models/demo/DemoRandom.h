// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace gs::demo {

/// A small seeded generator (SplitMix64) with its own distributions: one seed gives the same demo with every
/// compiler and standard library (the std:: distributions are implementation-defined). fork() derives an
/// independent stream, so that adding a draw in one part of the demo does not shift every other part.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// [0, 1)
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double real(double low, double high) { return low + (high - low) * real(); }
    /// [0, n); 0 when n <= 0
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    /// [low, high]
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return real() < p; }
    Random fork(quint64 salt) { return Random(next() ^ (salt * 0xd1b54a32d192ed03ULL)); }

    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }
    QString pick(std::initializer_list<const char16_t*> texts)
    {
        return QString::fromUtf16(texts.begin()[below(int(texts.size()))]);
    }
    /// An index drawn with the given (non-negative) weights.
    int weighted(const QList<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = real() * total;
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }
    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }

private:
    quint64 m_state;
};

} // namespace gs::demo
