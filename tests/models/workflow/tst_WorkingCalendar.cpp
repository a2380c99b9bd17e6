// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "workflow/WorkingCalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace gs;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// The 2025 National Day arrangement: 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休).
WorkingCalendar nationalDay2025()
{
    QSet<QDate> holidays;
    for (int day = 1; day <= 8; ++day)
        holidays.insert(QDate(2025, 10, day));
    return WorkingCalendar(holidays, { d("2025-09-28"), d("2025-10-11") });
}

const QTimeZone kBeijing(QByteArrayLiteral("UTC+08:00"));

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workingDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("plain");
        QTest::addColumn<bool>("withHolidays");
        QTest::newRow("Monday") << d("2025-09-29") << true << true;
        QTest::newRow("Saturday") << d("2025-09-27") << false << false;
        QTest::newRow("make-up Sunday") << d("2025-09-28") << false << true;
        QTest::newRow("holiday Wednesday") << d("2025-10-01") << true << false;
        QTest::newRow("holiday Saturday") << d("2025-10-04") << false << false;
        QTest::newRow("first day back") << d("2025-10-09") << true << true;
        QTest::newRow("make-up Saturday") << d("2025-10-11") << false << true;
        QTest::newRow("ordinary Sunday") << d("2025-10-12") << false << false;
        QTest::newRow("invalid") << QDate() << false << false;
    }

    void workingDays()
    {
        QFETCH(QDate, day);
        QFETCH(bool, plain);
        QFETCH(bool, withHolidays);
        QCOMPARE(WorkingCalendar().isWorkingDay(day), plain);
        QCOMPARE(nationalDay2025().isWorkingDay(day), withHolidays);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<bool>("holidays");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Friday + 1 skips the weekend") << false << d("2026-11-27") << 1 << d("2026-11-30");
        QTest::newRow("Wednesday + 5 = next Wednesday") << false << d("2026-11-25") << 5 << d("2026-12-02");
        QTest::newRow("Saturday + 1 = Monday") << false << d("2026-11-28") << 1 << d("2026-11-30");
        QTest::newRow("Sunday + 5 = Friday") << false << d("2026-11-29") << 5 << d("2026-12-04");
        QTest::newRow("n = 0 is the day itself") << false << d("2026-11-28") << 0 << d("2026-11-28");
        QTest::newRow("into a make-up Sunday") << true << d("2025-09-26") << 1 << d("2025-09-28");
        QTest::newRow("over the whole holiday") << true << d("2025-09-30") << 1 << d("2025-10-09");
        QTest::newRow("onto the make-up Saturday") << true << d("2025-09-30") << 3 << d("2025-10-11");
        QTest::newRow("5 days from the eve") << true << d("2025-09-29") << 5 << d("2025-10-13");
        QTest::newRow("from inside the holiday") << true << d("2025-10-03") << 2 << d("2025-10-10");
        QTest::newRow("year end") << false << d("2026-12-31") << 1 << d("2027-01-01");
    }

    void addWorkingDays()
    {
        QFETCH(bool, holidays);
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        const WorkingCalendar calendar = holidays ? nationalDay2025() : WorkingCalendar();
        QCOMPARE(calendar.addWorkingDays(from, n), expected);
        if (n > 0)
            QCOMPARE(calendar.workingDaysBetween(from, expected), n);
    }

    void workingDaysBetween()
    {
        const WorkingCalendar c = nationalDay2025();
        // 28 (make-up), 29, 30 September, then 9, 10 and 11 (make-up) October: six; the 26th itself is not counted.
        QCOMPARE(c.workingDaysBetween(d("2025-09-26"), d("2025-10-12")), 6);
        QCOMPARE(c.workingDaysBetween(d("2025-09-25"), d("2025-10-12")), 7);
        QCOMPARE(c.workingDaysBetween(d("2025-10-12"), d("2025-10-01")), 0);
    }

    void deadlines_data()
    {
        QTest::addColumn<bool>("holidays");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QDateTime>("expected");
        const auto at = [](const char* date, int h, int m, int s = 0, int ms = 0) {
            return QDateTime(d(date), QTime(h, m, s, ms), kBeijing);
        };
        QTest::newRow("2 calendar days over a weekend")
            << false << at("2026-11-27", 16, 0) << 2 << false << at("2026-11-29", 16, 0);
        QTest::newRow("1 calendar day") << false << at("2026-11-24", 9, 30) << 1 << false << at("2026-11-25", 9, 30);
        QTest::newRow("5 working days from a Friday")
            << false << at("2026-11-27", 16, 0) << 5 << true << at("2026-12-04", 23, 59, 59, 999);
        QTest::newRow("5 working days from a Saturday")
            << false << at("2026-11-28", 10, 0) << 5 << true << at("2026-12-04", 23, 59, 59, 999);
        QTest::newRow("working days over National Day")
            << true << at("2025-09-30", 17, 0) << 5 << true << at("2025-10-14", 23, 59, 59, 999);
        QTest::newRow("calendar days ignore holidays")
            << true << at("2025-09-30", 17, 0) << 2 << false << at("2025-10-02", 17, 0);
        QTest::newRow("no deadline") << false << at("2026-11-27", 16, 0) << 0 << false << QDateTime();
    }

    void deadlines()
    {
        QFETCH(bool, holidays);
        QFETCH(QDateTime, start);
        QFETCH(int, days);
        QFETCH(bool, working);
        QFETCH(QDateTime, expected);
        const WorkingCalendar calendar = holidays ? nationalDay2025() : WorkingCalendar();
        const QDateTime due = calendar.deadline(start, { days, working });
        QCOMPARE(due.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(due, expected);
            QCOMPARE(due.offsetFromUtc(), 8 * 3600); // in the start's zone
        }
    }

    void makeUpDayWinsOverAHolidayOfTheSameDate()
    {
        const WorkingCalendar c({ d("2025-09-28") }, { d("2025-09-28") });
        QVERIFY(c.isWorkingDay(d("2025-09-28")));
    }

    void aCalendarWithoutWorkingDaysStops()
    {
        QSet<QDate> everything;
        for (QDate day = d("2026-01-01"); day < d("2040-01-01"); day = day.addDays(1))
            everything.insert(day);
        const WorkingCalendar c(everything, {});
        const QDate result = c.addWorkingDays(d("2026-01-01"), 1);
        QVERIFY(result.isValid()); // bounded, no hang
        QVERIFY(result > d("2026-01-01"));
    }

    void parseDates()
    {
        QList<QDate> dates;
        QString problem;
        QVERIFY(WorkingCalendar::parseDates(
            QStringLiteral("2025-10-01\n\n 2025-10-02  # 国庆\n# comment only\n"), &dates, &problem));
        QCOMPARE(dates, (QList<QDate> { d("2025-10-01"), d("2025-10-02") }));
        QVERIFY(!WorkingCalendar::parseDates(QStringLiteral("2025-10-01\n2025-13-01\n"), &dates, &problem));
        QVERIFY2(problem.contains(QStringLiteral("2")) && problem.contains(QStringLiteral("2025-13-01")),
            qPrintable(problem));
        QVERIFY(!WorkingCalendar::parseDates(QStringLiteral("10/01/2025"), &dates, &problem));
        QCOMPARE(WorkingCalendar::formatDates({ d("2025-10-02"), d("2025-10-01") }),
            QStringLiteral("2025-10-01\n2025-10-02"));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_WorkingCalendar.moc"
