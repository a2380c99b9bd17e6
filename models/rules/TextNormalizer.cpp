// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TextNormalizer.h"

#include <QChar>

#include <mutex>

namespace gs {
namespace {

// (traditional, simplified) pairs: the characters of the seeded dictionaries and of the phrases around
// them in flyers and chat messages. Only one-way-unambiguous characters (no 乾/著/麼-style cases).
constexpr char16_t TraditionalPairs[] = u"證证資资財财穩稳賺赚賠赔額额報报紅红養养險险還还費费頭头發发線线幣币"
                                        u"虛虚擬拟塊块鏈链內内認认購购靜静態态權权齡龄員员學学業业職职徵征遷迁"
                                        u"務务來来風风無无傭佣獲获億亿萬万錢钱貸贷籌筹眾众項项專专門门會会計计"
                                        u"劃划實实現现價价單单東东擔担據据號号點点幫帮歲岁話话電电網网絡络團团"
                                        u"隊队獎奖勵励贈赠禮礼療疗護护醫医藥药諮咨詢询產产屬属漲涨總总贏赢虧亏"
                                        u"損损營营銷销傳传銀银國国際际區区數数兌兑換换體体驗验補补貼贴優优積积"
                                        u"聯联輕轻鬆松帶带領领導导層层級级縣县鄉乡鎮镇農农戶户歸归舉举騙骗詐诈"
                                        u"違违規规問问題题讓让請请儲储擁拥債债轉转這这個个們们為为說说對对時时"
                                        u"間间過过後后裡里裏里機机構构託托莊庄參参與与錄录";

// Filler symbols put between the characters of a word to slip it past a filter ("保-本", "稳★赚").
constexpr char16_t Fillers[] = u"-_*.~|/\\+=#^`'\"\u00B7\u00D7\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019"
                               u"\u201C\u201D\u2022\u2027\u203B\u25A0\u25A1\u25B2\u25B3\u25C6\u25C7\u25CB"
                               u"\u25CF\u2605\u2606\u2661\u2665\u301C\u30FB\uFF65";

bool isFiller(char16_t u)
{
    return QStringView(Fillers).contains(QChar(u));
}

bool isDropped(char16_t u)
{
    if (u == TextNormalizer::Removed)
        return true;
    const QChar c(u);
    if (c.isSpace() || isFiller(u))
        return true;
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width space/joiners, bidi marks, word joiner, BOM, soft hyphen
    case QChar::Mark_NonSpacing: // combining marks and variation selectors stacked on a character
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

char16_t foldWidth(char16_t u)
{
    if (u >= 0xFF01 && u <= 0xFF5E)
        return char16_t(u - 0xFEE0);
    if (u == 0x3000)
        return u' ';
    return u;
}

} // namespace

NormalizedText::Span NormalizedText::toOriginal(qsizetype start, qsizetype length) const
{
    Q_ASSERT(length > 0 && start >= 0 && start + length <= sourcePos.size());
    const qsizetype first = sourcePos.at(start);
    return { first, sourcePos.at(start + length - 1) + 1 - first };
}

TextNormalizer::TextNormalizer()
    : TextNormalizer(Options {})
{ }

TextNormalizer::TextNormalizer(Options options)
    : m_options(options)
    , m_table(tableFor(options))
{ }

TextNormalizer TextNormalizer::identity()
{
    return TextNormalizer(Options { false, false, false, false });
}

QStringView TextNormalizer::traditionalPairs()
{
    return QStringView(TraditionalPairs);
}

std::shared_ptr<const TextNormalizer::Table> TextNormalizer::tableFor(const Options& o)
{
    static std::mutex mutex;
    static std::array<std::shared_ptr<const Table>, 16> cache;
    const int key = (o.foldWidth ? 1 : 0) | (o.foldCase ? 2 : 0) | (o.dropSeparators ? 4 : 0)
        | (o.traditionalToSimplified ? 8 : 0);
    const std::lock_guard lock(mutex);
    if (cache[key])
        return cache[key];

    auto table = std::make_shared<Table>();
    for (char32_t i = 0; i < 0x10000; ++i)
        (*table)[i] = char16_t(i);
    if (o.traditionalToSimplified) {
        const QStringView pairs = traditionalPairs();
        for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
            (*table)[pairs[i].unicode()] = pairs[i + 1].unicode();
    }
    for (char32_t i = 0; i < 0x10000; ++i) {
        const char16_t original = char16_t(i);
        if (QChar::isSurrogate(original))
            continue; // halves of a pair stay as they are: offsets of emoji never move
        char16_t u = (*table)[i];
        if (o.foldWidth)
            u = foldWidth(u);
        if (o.foldCase) {
            const char32_t folded = QChar::toCaseFolded(char32_t(u));
            if (folded < 0x10000 && !QChar::isSurrogate(folded))
                u = char16_t(folded);
        }
        if (o.dropSeparators && (isDropped(u) || isDropped(original)))
            u = Removed;
        (*table)[i] = u;
    }
    cache[key] = table;
    return table;
}

QString TextNormalizer::normalized(QStringView text) const
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    qsizetype n = 0;
    for (const QChar c : text) {
        const char16_t u = fold(c.unicode());
        if (u != Removed)
            dst[n++] = u;
    }
    out.truncate(n);
    return out;
}

NormalizedText TextNormalizer::normalize(QStringView text) const
{
    NormalizedText result;
    result.text = QString(text.size(), Qt::Uninitialized);
    result.sourcePos.resize(text.size());
    char16_t* dst = reinterpret_cast<char16_t*>(result.text.data());
    qsizetype* pos = result.sourcePos.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = fold(text[i].unicode());
        if (u != Removed) {
            dst[n] = u;
            pos[n] = i;
            ++n;
        }
    }
    result.text.truncate(n);
    result.sourcePos.resize(n);
    return result;
}

} // namespace gs
