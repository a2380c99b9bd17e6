// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace gs {

IdleLock::IdleLock(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            Q_EMIT lockRequested();
    });
}

IdleLock::~IdleLock() { stop(); }

void IdleLock::setIntervalMs(int ms)
{
    m_timer.setInterval(std::max(1, ms));
    if (m_running)
        m_timer.start();
}

void IdleLock::start()
{
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_timer.start();
}

void IdleLock::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer.stop();
}

void IdleLock::poke()
{
    if (m_running)
        m_timer.start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // Events reach the filter once per receiver as they propagate; restarting a timer is cheap.
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gs
