// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// `gridsentinel lead add --json FILE`, lead lists and drafts: bytes → QJsonDocument → leads::fromJson, as the
// command does (one object or an array of them). Oracles: the two fromJson overloads agree, and a lead that
// parsed survives toJson → fromJson unchanged.
#include "FuzzSupport.h"
#include "domain/Lead.h"
#include "leads/LeadJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace gs;

namespace {

void parseOne(const QJsonObject& object)
{
    QList<FieldError> errors;
    const Lead lenient = leads::fromJson(object, QStringLiteral("record 1"), &errors);
    auto strict = leads::fromJson(object);
    fuzz::check(strict.ok() == errors.isEmpty(), "fromJson overloads disagree");
    (void)leads::validate(lenient, leads::Completeness::Submitted);
    if (!strict)
        return;
    // Drafts and `lead show` write metadata only; exports may embed the evidence.
    for (bool withContent : { false, true }) {
        const QJsonObject once = leads::toJson(*strict, withContent);
        auto again = leads::fromJson(once);
        fuzz::check(again.ok(), "a parsed lead does not parse again from its own JSON");
        if (const QJsonObject twice = leads::toJson(*again, withContent); twice != once) {
            std::fprintf(stderr, "first:  %s\nsecond: %s\n",
                QJsonDocument(once).toJson(QJsonDocument::Compact).constData(),
                QJsonDocument(twice).toJson(QJsonDocument::Compact).constData());
            fuzz::violated("toJson/fromJson round trip changed the lead");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (doc.isObject())
        parseOne(doc.object());
    else if (doc.isArray()) {
        for (const QJsonValue& v : doc.array())
            parseOne(v.toObject());
    }
    return 0;
}
