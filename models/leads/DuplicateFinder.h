// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "domain/Lead.h"

#include <QList>
#include <QStringList>

namespace gs {

class Session;

struct DuplicateCandidate
{
    QString id;
    QString caseNo;
    QString title;
    QString status;
    QStringList reasons; ///< translated: "same unified social credit code", "412 m away, similar text"...
};

/// Likely duplicates of a lead among those the user may see: the same unified social credit code, the same
/// normalised entity name, the same phone, or a place within 200 m with similar text.
class DuplicateFinder
{
public:
    static constexpr double kNearbyMetres = 200;
    static constexpr double kSimilarText = 0.25; ///< Jaccard similarity of character bigrams

    explicit DuplicateFinder(Session& session) : m_session(session) { }
    Result<QList<DuplicateCandidate>> find(const Lead& lead, int limit = 20);

    /// Jaccard similarity of the character-bigram sets of two texts (0..1).
    static double textSimilarity(const QString& a, const QString& b);

private:
    Session& m_session;
};

} // namespace gs
