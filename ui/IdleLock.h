// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QObject>
#include <QTimer>

namespace gs {

/// Watches the whole application for user input and asks for a lock after a quiet interval.
/// Installs itself as an event filter on qApp while running.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    void setIntervalMinutes(int minutes) { setIntervalMs(minutes * 60 * 1000); }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    bool isRunning() const { return m_running; }

    void start();
    void stop();
    /// Restarts the countdown, as user input does.
    void poke();

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_running = false;
};

} // namespace gs
