// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Risk screening of what a lead says (every save, the form's live panel, `gridsentinel screen`): TextNormalizer
// and RiskScreener with the seeded dictionary over arbitrary text, lone surrogates and noncharacters included.
// The first byte picks how the rest is read (UTF-8 as typed or imported, raw UTF-16 as a QString can hold)
// and which normaliser options apply. Oracles: the offset map is strictly increasing and inside the original;
// every hit and match lies inside its field and quotes it exactly; the score is finite and not negative.
#include "FuzzSupport.h"
#include "rules/RiskScreener.h"
#include "rules/TextNormalizer.h"

#include <cmath>

using namespace gs;

namespace {

void checkNormalized(const QString& original, const TextNormalizer& normalizer)
{
    const NormalizedText n = normalizer.normalize(original);
    fuzz::check(n.sourcePos.size() == n.text.size(), "offset map and text differ in length");
    for (qsizetype i = 0; i < n.sourcePos.size(); ++i) {
        fuzz::check(n.sourcePos[i] >= 0 && n.sourcePos[i] < original.size(), "offset outside the original");
        fuzz::check(i == 0 || n.sourcePos[i] > n.sourcePos[i - 1], "offsets not increasing");
    }
    fuzz::check(normalizer.normalized(original) == n.text, "normalized() and normalize() differ");
    for (qsizetype start = 0; start < n.text.size(); start += 7) {
        const qsizetype length = std::min<qsizetype>(5, n.text.size() - start);
        const NormalizedText::Span span = n.toOriginal(start, length);
        fuzz::check(span.start >= 0 && span.length > 0 && span.start + span.length <= original.size(),
            "span outside the original");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const RiskScreener screener;
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QString text = (mode & 1) ? fuzz::utf16(data + 1, size - 1)
                                    : QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    TextNormalizer::Options options;
    options.foldWidth = mode & 2;
    options.foldCase = mode & 4;
    options.dropSeparators = mode & 8;
    options.traditionalToSimplified = mode & 16;
    checkNormalized(text, TextNormalizer(options));
    checkNormalized(text, TextNormalizer());

    // Split into the lead's fields at U+000A, as a form would deliver them.
    const QStringList parts = text.split(QLatin1Char('\n'));
    ScreeningInput input;
    input.title = parts.value(0);
    input.description = parts.value(1);
    input.entityName = parts.value(2);
    input.address = parts.value(3);
    for (qsizetype i = 4; i < parts.size(); ++i)
        input.extra.append({ QStringLiteral("extra%1").arg(i), parts[i] });
    const RiskAssessment risk = screener.screen(input);
    fuzz::check(std::isfinite(risk.score) && risk.score >= 0, "score not finite or negative");
    const QList<ScreeningField> fields = input.fields();
    for (const RiskHit& hit : risk.hits) {
        const auto field
            = std::find_if(fields.begin(), fields.end(), [&](const ScreeningField& f) { return f.key == hit.field; });
        fuzz::check(field != fields.end(), "a hit in an unknown field");
        fuzz::check(hit.start >= 0 && hit.length > 0 && hit.start + hit.length <= field->text.size(),
            "a hit outside its field");
        fuzz::check(field->text.mid(hit.start, hit.length) == hit.text, "a hit does not quote its field");
    }
    (void)risk.summary();
    (void)risk.toJson();
    for (const RiskScreener::Match& m : screener.findAll(text)) {
        fuzz::check(m.rule >= 0 && m.rule < screener.dictionary().size(), "a match of no rule");
        fuzz::check(m.start >= 0 && m.length > 0 && m.start + m.length <= text.size(), "a match outside the text");
    }
    return 0;
}
