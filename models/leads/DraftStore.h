// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "domain/Lead.h"

#include <optional>

namespace gs {

class Session;

/// Autosaved form state of the signed-in user, inside the encrypted database (never a plaintext file), so a
/// half-filled lead survives a crash, a lock or a restart. Evidence added to a draft is stored once by hash.
class DraftStore
{
public:
    struct Draft
    {
        QString id;
        Lead lead; ///< attachments not yet saved carry their content
        QString updatedAt;
    };

    explicit DraftStore(Session& session) : m_session(session) { }

    /// Creates (empty draftId) or replaces a draft; returns its id.
    Result<QString> save(const QString& draftId, const Lead& lead);
    /// The user's most recent draft, if any.
    Result<std::optional<Draft>> latest();
    Status discard(const QString& draftId);

private:
    Session& m_session;
};

} // namespace gs
