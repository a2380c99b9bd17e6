// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

namespace gs {

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays, QSet<QDate> makeUpWorkdays)
    : m_holidays(std::move(holidays))
    , m_makeUp(std::move(makeUpWorkdays))
{ }

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    if (!day.isValid())
        return false;
    // A make-up day wins over a holiday listed for the same date: the office is open that day.
    if (m_makeUp.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int n) const
{
    QDate day = from;
    // Bounded: even a calendar of only holidays cannot spin forever (ten years of days at most).
    for (int counted = 0, guard = 0; counted < n && guard < 3660; ++guard) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate day = from.addDays(1); day <= to && from.isValid(); day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++n;
    }
    return n;
}

QDateTime WorkingCalendar::deadline(const QDateTime& start, const StageDuration& duration) const
{
    if (duration.days <= 0 || !start.isValid())
        return {};
    if (!duration.workingDays)
        return start.addDays(duration.days);
    const QDate last = addWorkingDays(start.date(), duration.days);
    return QDateTime(last, QTime(23, 59, 59, 999), start.timeZone());
}

bool WorkingCalendar::parseDates(const QString& text, QList<QDate>* dates, QString* problem)
{
    dates->clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QDate date = QDate::fromString(line, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            *problem
                = QCoreApplication::translate("gs::WorkingCalendar", "Line %1: '%2' is not a date like 2026-10-01.")
                      .arg(i + 1)
                      .arg(line);
            return false;
        }
        dates->append(date);
    }
    return true;
}

QString WorkingCalendar::formatDates(const QSet<QDate>& dates)
{
    QList<QDate> sorted(dates.cbegin(), dates.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList lines;
    for (const QDate& d : sorted)
        lines << d.toString(QStringLiteral("yyyy-MM-dd"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace gs
