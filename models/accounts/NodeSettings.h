// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QString>

namespace gs {

class Session;

/// Node-wide settings stored inside the encrypted database (table `settings`).
/// Reading is open to every signed-in user; changing needs ManageNodeSettings.
class NodeSettings
{
public:
    explicit NodeSettings(Session& session) : m_session(session) { }

    static constexpr int kDefaultAutoLockMinutes = 10;

    /// Minutes of inactivity before the app locks itself (1–240).
    int autoLockMinutes() const;
    Status setAutoLockMinutes(int minutes);

    QString value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    Session& m_session;
};

} // namespace gs
