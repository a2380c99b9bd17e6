// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "demo/DemoContent.h"
#include "domain/Lead.h"

namespace gs::demo {

/// Evidence pictures for demo leads, drawn with QPainter from the lead's own content (no external files): a
/// photographed flyer, a chat screenshot, a photographed subscription contract. Small PNGs (30–90 KB).
class Evidence
{
public:
    enum class Kind { Flyer, Chat, Contract };

    /// Text needs fonts, and fonts need a QGuiApplication: false without one (the demo then has no pictures).
    static bool available();
    /// The picture that suits the story best, drawn with `random`.
    static Kind kindFor(Random& random, const Story& story);
    /// `number` tells several pictures taken in the same minute apart (in the file name).
    static Attachment picture(Random& random, Kind kind, const Story& story, const QDateTime& takenAt, int number = 1);
};

} // namespace gs::demo
