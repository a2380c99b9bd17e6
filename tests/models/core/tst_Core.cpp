// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "core/Hlc.h"
#include "core/Ids.h"
#include "core/Json.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace gs;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreUuidV7AndTimeOrdered()
    {
        const QRegularExpression v7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        QString previous;
        for (qint64 ms = 1700000000000; ms < 1700000000000 + 500; ++ms) {
            const QString id = newId(ms);
            QVERIFY2(v7.match(id).hasMatch(), qPrintable(id));
            QVERIFY(id.left(13) >= previous.left(13));
            previous = id;
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 500);
        QCOMPARE(newId(0x0123456789ab).left(13), QStringLiteral("01234567-89ab"));
    }

    void hlcIsMonotonicWhenTheWallClockStalls()
    {
        qint64 wall = 1000;
        Hlc clock(QStringLiteral("nodeA"), [&] { return wall; });
        const QString a = clock.now();
        const QString b = clock.now();
        wall = 500; // the wall clock goes backwards
        const QString c = clock.now();
        QVERIFY(a < b);
        QVERIFY(b < c);
        wall = 2000;
        const QString d = clock.now();
        QVERIFY(c < d);
        Hlc::Parts p;
        QVERIFY(Hlc::parse(d, &p));
        QCOMPARE(p.millis, qint64(2000));
        QCOMPARE(p.counter, 0);
        QCOMPARE(p.node, QStringLiteral("nodeA"));
    }

    void hlcObservesRemoteStamps()
    {
        qint64 wall = 1000;
        Hlc local(QStringLiteral("a"), [&] { return wall; });
        const QString remote = Hlc::format({ 5000, 7, QStringLiteral("b") });
        local.observe(remote);
        const QString next = local.now();
        QVERIFY(next > remote);
        QVERIFY(next.startsWith(Hlc::format({ 5000, 8, QStringLiteral("a") }).left(17)));
        local.observe(QStringLiteral("garbage"));
        QVERIFY(local.now() > next);
    }

    void jsonListColumnsAndNulls_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QStringList() << QStringLiteral("[]");
        QTest::newRow("chinese") << QStringList { QStringLiteral("非法集资"), QStringLiteral("保本保息承诺") }
                                 << QStringLiteral("[\"非法集资\",\"保本保息承诺\"]");
        QTest::newRow("quotes") << QStringList { QStringLiteral("say \"hi\""), QString() }
                                << QStringLiteral("[\"say \\\"hi\\\"\",\"\"]");
    }

    void jsonListColumnsAndNulls()
    {
        QFETCH(QStringList, list);
        QFETCH(QString, text);
        QCOMPARE(json::arrayText(list), text);
        QCOMPARE(json::strings(text), list);
        // What a damaged or empty column reads as: no items, never a crash.
        for (const char* bad : { "", "not json", "{\"a\":1}", "[1, 2" })
            QVERIFY(json::strings(QString::fromLatin1(bad)).isEmpty());
        QVERIFY(json::orNull(QString()).isNull());
        QVERIFY(json::orNull(QStringLiteral("")).isNull());
        QCOMPARE(json::orNull(QStringLiteral("x")).toString(), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_Core.moc"
