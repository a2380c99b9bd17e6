// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The risk dictionary district offices edit as JSON (Settings → dictionaries, stored in the node's settings
// and read back at every screening): RiskDictionary::fromJson, then a screener built from what parsed, run
// over its own terms. Oracles: what fromJson accepts validates; toJson → fromJson gives the same dictionary;
// every term of an accepted dictionary is found in a text that contains it.
#include "FuzzSupport.h"
#include "rules/Dictionary.h"
#include "rules/RiskScreener.h"

#include <QFile>

#include <cstdlib>

using namespace gs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto dictionary = RiskDictionary::fromJson(fuzz::bytes(data, size));
    if (!dictionary) {
        fuzz::check(!dictionary.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    fuzz::check(dictionary->validate().ok(), "fromJson accepted a dictionary that does not validate");
    auto again = RiskDictionary::fromJson(dictionary->toJsonBytes());
    fuzz::check(again.ok() && *again == *dictionary, "toJson/fromJson round trip changed the dictionary");
    const RiskScreener screener(*dictionary);
    QString all;
    for (const RiskRule& rule : dictionary->rules())
        all += rule.term + QStringLiteral("。");
    const QList<RiskScreener::Match> matches = screener.findAll(all);
    for (qsizetype i = 0; i < dictionary->size(); ++i) {
        const bool found
            = std::any_of(matches.begin(), matches.end(), [&](const RiskScreener::Match& m) { return m.rule == i; });
        fuzz::check(found, "a term of the dictionary is not found in a text made of the terms");
    }
    (void)screener.screen({ all, all, all, all, {} });
    return 0;
}

// `fuzz_risk_dictionary --make-seed FILE` writes the seeded dictionary, as Settings shows it for editing.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    if (*argc == 3 && QByteArray((*argv)[1]) == "--make-seed") {
        QFile file(QString::fromLocal8Bit((*argv)[2]));
        const bool written = file.open(QIODevice::WriteOnly) && file.write(RiskDictionary::seeded().toJsonBytes()) > 0;
        file.close();
        std::exit(written ? 0 : 1);
    }
    return 0;
}
