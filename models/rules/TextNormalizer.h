// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>

namespace gs {

/// Normalised text and, for every code unit of it, the position it came from in the original.
struct NormalizedText
{
    QString text;
    QList<qsizetype> sourcePos; ///< sourcePos[i] is the index in the original of text[i]

    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Span&, const Span&) = default;
    };
    /// The original span covering normalised [start, start + length); removed characters inside it are
    /// included, those before and after it are not. length must be > 0.
    Span toOriginal(qsizetype start, qsizetype length) const;
};

/**
 * Folds the tricks used to slip a phrase past a keyword filter: full-width forms (ＡＢＣ１２３, the
 * ideographic space), letter case, spaces, zero-width and format characters, filler symbols put between
 * the characters of a word ("保 本 保 息", "保-本-保-息", "保*本保息") and traditional forms of the
 * characters the risk dictionaries use (保證 → 保证).
 *
 * Every rule maps one UTF-16 code unit to one code unit or to nothing, so the offset map is just the
 * list of kept positions and a matcher can apply the fold unit by unit while it scans (see AhoCorasick).
 * That is also why there is no NFKC: it maps one character to several and back. Sentence punctuation
 * (，。！？；：、 and brackets) is kept on purpose: it marks real boundaries that terms must not span.
 * Code units outside the BMP (surrogates) pass through unchanged, so emoji never shift offsets.
 */
class TextNormalizer
{
public:
    struct Options
    {
        bool foldWidth = true; ///< full-width ASCII variants and U+3000 to ASCII
        bool foldCase = true; ///< simple Unicode case folding (BMP)
        bool dropSeparators = true; ///< white space, format characters, filler symbols
        bool traditionalToSimplified = true; ///< a fixed table of characters relevant to the dictionaries
        friend bool operator==(const Options&, const Options&) = default;
    };

    /// Returned by fold() for a code unit that normalisation removes. U+FFFF itself, a noncharacter,
    /// is therefore always removed, even by identity().
    static constexpr char16_t Removed = 0xFFFF;

    TextNormalizer(); ///< every option on
    explicit TextNormalizer(Options options);
    static TextNormalizer identity(); ///< every option off: text passes through unchanged

    const Options& options() const { return m_options; }

    /// The normalised code unit for `unit`, or Removed.
    char16_t fold(char16_t unit) const { return (*m_table)[unit]; }

    QString normalized(QStringView text) const;
    NormalizedText normalize(QStringView text) const;

    /// The built-in traditional → simplified pairs, as a string of (traditional, simplified) pairs.
    static QStringView traditionalPairs();

private:
    using Table = std::array<char16_t, 0x10000>;
    static std::shared_ptr<const Table> tableFor(const Options& options);

    Options m_options;
    std::shared_ptr<const Table> m_table; // 128 KiB, shared by every normaliser with the same options
};

} // namespace gs
