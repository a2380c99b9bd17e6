// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace gs {

/// How long a stage may take: whole calendar days (counted as 24-hour periods from the start) or working
/// days (the deadline is the end of the N-th working day after the day the stage started).
struct StageDuration
{
    int days = 0; ///< 0: the stage has no deadline
    bool workingDays = false;
    friend bool operator==(const StageDuration&, const StageDuration&) = default;
};

/// Which days are working days: Monday to Friday, minus public holidays, plus the make-up working days
/// (调休) that Chinese calendars move onto weekends around long holidays. Pure value type, no clock, no
/// database: CaseWorkflow asks it for deadlines and the tests drive it directly.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QSet<QDate> holidays, QSet<QDate> makeUpWorkdays);

    const QSet<QDate>& holidays() const { return m_holidays; }
    const QSet<QDate>& makeUpWorkdays() const { return m_makeUp; }

    bool isWorkingDay(const QDate& day) const;
    /// The n-th working day after `from` (`from` itself is not counted); `from` for n <= 0.
    QDate addWorkingDays(const QDate& from, int n) const;
    /// Working days in (from, to]: 0 when to <= from.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    /// When a stage that starts at `start` is due, in start's time zone. Calendar days: start + days × 24 h.
    /// Working days: 23:59:59.999 of addWorkingDays(start's date, days). Invalid for a stage without deadline.
    QDateTime deadline(const QDateTime& start, const StageDuration& duration) const;

    /// Parses one date per line (YYYY-MM-DD; blank lines and text after '#' ignored). On a bad line returns
    /// false and sets `problem` to a translated message naming the line.
    static bool parseDates(const QString& text, QList<QDate>* dates, QString* problem);
    /// The dates sorted, one per line.
    static QString formatDates(const QSet<QDate>& dates);

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUp;
};

} // namespace gs
