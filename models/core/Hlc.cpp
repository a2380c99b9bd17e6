// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Hlc.h"

#include <QDateTime>
#include <QStringList>

namespace gs {

Hlc::Hlc(QString node, WallClock wallClock) : m_node(std::move(node)), m_wall(std::move(wallClock))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString Hlc::now()
{
    const qint64 wall = m_wall();
    if (wall > m_millis) {
        m_millis = wall;
        m_counter = 0;
    } else if (++m_counter > 0xffff) {
        // Counter exhausted within one millisecond: borrow the next millisecond rather than wrap.
        ++m_millis;
        m_counter = 0;
    }
    return format({ m_millis, m_counter, m_node });
}

void Hlc::observe(const QString& stamp)
{
    Parts p;
    if (!parse(stamp, &p))
        return;
    if (p.millis > m_millis || (p.millis == m_millis && p.counter > m_counter)) {
        m_millis = p.millis;
        m_counter = p.counter;
    }
}

bool Hlc::parse(const QString& stamp, Parts* parts)
{
    const QStringList fields = stamp.split(QLatin1Char('-'));
    if (fields.size() < 3 || fields[0].size() != 12 || fields[1].size() != 4)
        return false;
    bool okMillis = false, okCounter = false;
    parts->millis = fields[0].toLongLong(&okMillis, 16);
    parts->counter = fields[1].toInt(&okCounter, 16);
    parts->node = stamp.section(QLatin1Char('-'), 2);
    return okMillis && okCounter;
}

QString Hlc::format(const Parts& p)
{
    return QStringLiteral("%1-%2-%3")
        .arg(p.millis, 12, 16, QLatin1Char('0'))
        .arg(p.counter, 4, 16, QLatin1Char('0'))
        .arg(p.node);
}

} // namespace gs
