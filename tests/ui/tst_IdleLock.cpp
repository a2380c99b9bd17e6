// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "IdleLock.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace gs;

class tst_IdleLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAfterQuietInterval();
    void inputRestartsCountdown();
    void stoppedNeverFires();
};

void tst_IdleLock::firesAfterQuietInterval()
{
    IdleLock idle;
    QSignalSpy spy(&idle, &IdleLock::lockRequested);
    idle.setIntervalMs(100);
    idle.start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
}

void tst_IdleLock::inputRestartsCountdown()
{
    QWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    IdleLock idle;
    QSignalSpy spy(&idle, &IdleLock::lockRequested);
    idle.setIntervalMs(400);
    idle.start();
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&widget, Qt::Key_A);
    }
    QCOMPARE(spy.count(), 0); // 800 ms of typing, never 400 ms quiet
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
}

void tst_IdleLock::stoppedNeverFires()
{
    IdleLock idle;
    QSignalSpy spy(&idle, &IdleLock::lockRequested);
    idle.setIntervalMs(50);
    idle.start();
    idle.stop();
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!idle.isRunning());
}

QTEST_MAIN(tst_IdleLock)
#include "tst_IdleLock.moc"
