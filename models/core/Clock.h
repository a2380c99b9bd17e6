// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDateTime>

namespace gs {

/// Where "now" comes from for what a session writes: row and audit time stamps, HLC stamps, time-ordered ids,
/// case numbers and deadlines. Production code always runs on the system clock; only the demo builder replays
/// a district's past through the same services, with a ManualClock (see Session::ReplayKey).
class Clock
{
public:
    virtual ~Clock() = default;
    /// Local time.
    virtual QDateTime now() const = 0;
    /// The system clock.
    static const Clock& system();
};

/// A clock that stands still until it is moved, and never moves back: stamps written while it runs stay in
/// order, as they would on the system clock.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start)
        : m_now(start.toLocalTime())
    { }
    QDateTime now() const override { return m_now; }
    /// Moves the clock to `time`; an earlier time leaves it where it is.
    void advanceTo(const QDateTime& time)
    {
        if (time > m_now)
            m_now = time.toLocalTime();
    }

private:
    QDateTime m_now;
};

} // namespace gs
