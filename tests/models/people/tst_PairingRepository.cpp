// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PeopleFixture.h"
#include "structure/DistrictChanges.h"

#include <QSignalSpy>

using namespace gs;

class tst_PairingRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PeopleFixture> f;
    QString s1, s2, s3, s4, v1, v2;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::PeopleFixture>();
        s1 = f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624"), { f->g1 }));
        s2 = f->add(f->sentinel(QStringLiteral("丁琪"), QStringLiteral("13900001980"), { f->g2 }));
        s3 = f->add(f->sentinel(QStringLiteral("周敏"), QStringLiteral("13900001981")));
        s4 = f->add(f->sentinel(QStringLiteral("吴刚"), QStringLiteral("13900001982")));
        v1 = f->add(f->volunteer(QStringLiteral("李俊强"), QStringLiteral("13900002096")));
        v2 = f->add(f->volunteer(QStringLiteral("罗佳"), QStringLiteral("18900004226")));
    }
    void cleanup() { f.reset(); }

    void createCardNumbersAndLines()
    {
        DistrictChanges changes;
        QSignalSpy spy(&changes, &DistrictChanges::pairingsChanged);
        PairingRepository repo(*f->session, &changes);
        auto first = repo.create({ s1, v1, QDate(2026, 5, 6), QStringLiteral("首批结对") });
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->cardNo, QStringLiteral("440106-2026-0001"));
        QCOMPARE(first->sentinelName, QStringLiteral("姜志峰"));
        QCOMPARE(first->sentinelCommunity, QStringLiteral("岳洲社区"));
        QCOMPARE(first->sentinelGrids, QStringList { QStringLiteral("岳洲第1网格") });
        QCOMPARE(first->volunteerInstitution, QStringLiteral("中国工商银行"));
        QCOMPARE(first->volunteerHats.size(), 2);
        QVERIFY(first->isActive());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toStringList(), QStringList { first->id });
        auto second = repo.create({ s2, v1, QDate(2026, 6, 1), {} });
        QVERIFY(second);
        QCOMPARE(second->cardNo, QStringLiteral("440106-2026-0002"));
        auto older = repo.create({ s3, v2, QDate(2025, 3, 1), {} });
        QCOMPARE(older->cardNo, QStringLiteral("440106-2025-0001"));
        QCOMPARE(repo.load(QStringLiteral("440106-2026-0002"))->id, second->id);

        // What the map draws: a line per active pair whose two people have locations.
        auto lines = repo.activeLines();
        QVERIFY(lines);
        QCOMPARE(lines->size(), 3);
        QCOMPARE(lines->first().cardNo, QStringLiteral("440106-2025-0001"));
        QCOMPARE(lines->first().sentinel, (geo::LonLat { 113.33, 23.14 }));
        QCOMPARE(lines->first().volunteer, (geo::LonLat { 113.35, 23.15 }));
        QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE subject_table = 'pairings'")), 3);
    }

    void rules()
    {
        PairingRepository repo(*f->session);
        QVERIFY(repo.create({ s1, v1, {}, {} }));
        // A sentinel has one active pairing.
        auto twice = repo.create({ s1, v2, {}, {} });
        QVERIFY(!twice);
        QCOMPARE(twice.error().field, QStringLiteral("sentinel"));
        QVERIFY(twice.error().message.contains(QStringLiteral("李俊强")));
        // Kinds, future dates.
        QCOMPARE(repo.create({ v1, s2, {}, {} }).error().fields.size(), 2);
        QCOMPARE(
            repo.create({ s2, v2, QDate::currentDate().addDays(1), {} }).error().field, QStringLiteral("startedOn"));
        // An inactive person cannot be paired.
        QVERIFY(PersonRepository(*f->session).setActive(s4, false, QStringLiteral("调离")));
        QVERIFY(repo.create({ s4, v2, {}, {} }).error().message.contains(QStringLiteral("no longer active")));
    }

    void maximumPerVolunteer()
    {
        PairingRepository repo(*f->session);
        QCOMPARE(repo.maxPerVolunteer(), PairingRepository::kDefaultMaxPerVolunteer);
        QVERIFY(repo.setMaxPerVolunteer(2));
        QCOMPARE(repo.maxPerVolunteer(), 2);
        QVERIFY(repo.create({ s1, v1, {}, {} }));
        QVERIFY(repo.create({ s2, v1, {}, {} }));
        auto third = repo.create({ s3, v1, {}, {} });
        QVERIFY(!third);
        QCOMPARE(third.error().field, QStringLiteral("volunteer"));
        QVERIFY(third.error().message.contains(QStringLiteral("2 pair")));
        // The maximum cannot drop below what someone holds, nor leave 1–20.
        QVERIFY(!repo.setMaxPerVolunteer(1));
        QVERIFY(!repo.setMaxPerVolunteer(0));
        QVERIFY(!repo.setMaxPerVolunteer(21));
        QVERIFY(repo.setMaxPerVolunteer(3));
        QVERIFY(repo.create({ s3, v1, {}, {} }));
        // Only who manages node settings changes it.
        auto volunteer = test::addAndSignIn(*f->session, QStringLiteral("zhao"), Role::Volunteer);
        QCOMPARE(PairingRepository(*volunteer).setMaxPerVolunteer(5).error().code, Error::Code::PermissionDenied);
    }

    void endKeepsHistory()
    {
        PairingRepository repo(*f->session);
        auto p = repo.create({ s1, v1, QDate(2026, 1, 10), {} });
        QVERIFY(!repo.end(p->id, QStringLiteral("  "))); // reason required
        QVERIFY(!repo.end(p->id, QStringLiteral("调岗"), QDate(2025, 12, 31))); // before the start
        QVERIFY(repo.end(p->id, QStringLiteral("志愿者调岗"), QDate(2026, 3, 1)));
        auto ended = repo.load(p->id);
        QVERIFY(!ended->isActive());
        QCOMPARE(*ended->endedOn, QDate(2026, 3, 1));
        QCOMPARE(ended->endReason, QStringLiteral("志愿者调岗"));
        QVERIFY(!repo.end(p->id, QStringLiteral("again")));
        QCOMPARE(repo.list()->size(), 0);
        QCOMPARE(repo.list({ PairingFilter::State::Ended })->size(), 1);
        QCOMPARE(repo.history(s1)->size(), 1);
        QVERIFY(repo.activeLines()->isEmpty());
        // Ended, the sentinel can be paired again.
        QVERIFY(repo.create({ s1, v2, {}, {} }));
        QCOMPARE(repo.history(s1)->size(), 2);
        auto events = repo.events(p->id);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).kind, QStringLiteral("pairing_ended"));
        QCOMPARE(events->at(1).note, QStringLiteral("志愿者调岗"));
    }

    void rePair()
    {
        PairingRepository repo(*f->session);
        QVERIFY(repo.setMaxPerVolunteer(1));
        auto p = repo.create({ s1, v1, QDate(2026, 1, 10), {} });
        QVERIFY(repo.create({ s2, v2, QDate(2026, 1, 10), {} }));
        // The new volunteer is full: refused, nothing changes.
        auto full = repo.rePair(p->id, { {}, v2, QStringLiteral("换人"), {}, {} });
        QVERIFY(!full);
        QVERIFY(repo.load(p->id)->isActive());
        QVERIFY(!repo.rePair(p->id, { {}, {}, QStringLiteral("same"), {}, {} })); // nobody replaced
        QVERIFY(!repo.rePair(p->id, { {}, v1, QString(), {}, {} })); // no reason
        // Same volunteer, another sentinel: the old card ends, the new one links back, one transaction.
        auto next
            = repo.rePair(p->id, { s3, {}, QStringLiteral("哨员调离"), QDate(2026, 4, 1), QStringLiteral("交接") });
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        QCOMPARE(next->sentinelId, s3);
        QCOMPARE(next->volunteerId, v1);
        QCOMPARE(next->previousPairingId, p->id);
        QCOMPARE(next->startedOn, QDate(2026, 4, 1));
        auto old = repo.load(p->id);
        QCOMPARE(*old->endedOn, QDate(2026, 4, 1));
        QCOMPARE(old->endReason, QStringLiteral("哨员调离"));
        QCOMPARE(old->nextPairingId, next->id);
        QCOMPARE(repo.events(p->id)->last().kind, QStringLiteral("pairing_repaired"));
        // The volunteer's history shows both cards; the count of active ones is still 1.
        QCOMPARE(repo.history(v1)->size(), 2);
        QCOMPARE(repo.list({ PairingFilter::State::Active, v1 })->size(), 1);
    }

    void importHistory()
    {
        PairingRepository repo(*f->session);
        QVERIFY(repo.create({ s1, v1, {}, {} }));
        Pairing old;
        old.sentinelId = s1;
        old.volunteerId = v2;
        old.cardNo = QStringLiteral("440106-2023-0009");
        old.startedOn = QDate(2023, 2, 1);
        old.endedOn = QDate(2024, 2, 1);
        old.endReason = QStringLiteral("到期");
        auto imported = repo.importRecord(old);
        QVERIFY2(
            imported, imported ? "" : qPrintable(imported.error().message)); // ended: the active rules do not apply
        QCOMPARE(repo.history(s1)->size(), 2);
        QVERIFY(!repo.importRecord(old)); // the card number is taken
        Pairing active = old;
        active.cardNo.clear();
        active.endedOn.reset();
        QCOMPARE(repo.importRecord(active).error().field, QStringLiteral("sentinel")); // s1 is paired already
    }

    void visibility()
    {
        PairingRepository repo(*f->session);
        auto p = repo.create({ s1, v1, {}, {} });
        auto other = repo.create({ s2, v2, {}, {} });
        auto sentinel = test::addAndSignIn(*f->session, QStringLiteral("jiang"), Role::Sentinel, s1);
        PairingRepository mine(*sentinel);
        QVERIFY(mine.load(p->id));
        QCOMPARE(mine.load(other->id).error().code, Error::Code::NotFound);
        QCOMPARE(mine.list().error().code, Error::Code::PermissionDenied);
        QCOMPARE(mine.create({ s3, v2, {}, {} }).error().code, Error::Code::PermissionDenied);
        QCOMPARE(mine.activeLines()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PairingRepository)
#include "tst_PairingRepository.moc"
