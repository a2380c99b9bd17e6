// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PeopleFixture.h"
#include "accounts/AccountService.h"
#include "structure/DistrictChanges.h"

#include <QSignalSpy>

using namespace gs;

class tst_PersonRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PeopleFixture> f;

    static QStringList fieldsOf(const Error& e)
    {
        QStringList out;
        for (const FieldError& fe : e.fields)
            out << fe.field;
        return out;
    }

private Q_SLOTS:
    void init() { f = std::make_unique<test::PeopleFixture>(); }
    void cleanup() { f.reset(); }

    void addSentinelWithGrids()
    {
        DistrictChanges changes;
        QSignalSpy spy(&changes, &DistrictChanges::peopleChanged);
        PersonRepository repo(*f->session, &changes);
        auto saved
            = repo.save(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("189 0000 5624"), { f->g1, f->g2 }));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(saved->communityName, QStringLiteral("岳洲社区"));
        QCOMPARE(saved->streetName, QStringLiteral("五山街道"));
        QCOMPARE(saved->gridNames, (QStringList { QStringLiteral("岳洲第1网格"), QStringLiteral("岳洲第2网格") }));
        QVERIFY(saved->location.has_value());
        QVERIFY(!saved->createdAt.isEmpty());
        QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM person_grids WHERE person_id = '%1' AND deleted = 0")
                               .arg(saved->id)),
            2);

        // Dropping a grid tombstones the link; the history says what changed.
        Person changed = *saved;
        changed.gridIds = { f->g2 };
        auto again = repo.save(changed);
        QVERIFY(again);
        QCOMPARE(again->gridIds, QStringList { f->g2 });
        QCOMPARE(
            f->scalar(QStringLiteral("SELECT count(*) FROM person_grids WHERE person_id = '%1'").arg(saved->id)), 2);
        auto history = repo.history(saved->id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).kind, QStringLiteral("person_added"));
        QVERIFY(history->at(1).payload.contains(QStringLiteral("grids")));
    }

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("sentinel without anything")
            << 0 << QStringList { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("community") };
        QTest::newRow("bad phone") << 1 << QStringList { QStringLiteral("phone") };
        QTest::newRow("volunteer without institution or hats")
            << 2 << QStringList { QStringLiteral("institution"), QStringLiteral("hats") };
        QTest::newRow("unknown hat") << 3 << QStringList { QStringLiteral("hats") };
        QTest::newRow("grid of another community") << 4 << QStringList { QStringLiteral("grids") };
        QTest::newRow("location outside China") << 5 << QStringList { QStringLiteral("location") };
        QTest::newRow("volunteer with grids") << 6 << QStringList { QStringLiteral("grids") };
    }

    void validation()
    {
        QFETCH(int, which);
        QFETCH(QStringList, fields);
        Person p;
        switch (which) {
        case 0:
            p.kind = PersonKind::Sentinel;
            break;
        case 1:
            p = f->sentinel(QStringLiteral("王"), QStringLiteral("12345"));
            break;
        case 2:
            p = f->volunteer(QStringLiteral("李"), QStringLiteral("13900002096"));
            p.institution.clear();
            p.hats.clear();
            break;
        case 3:
            p = f->volunteer(QStringLiteral("李"), QStringLiteral("13900002096"));
            p.hats = { QStringLiteral("理财顾问") };
            break;
        case 4:
            p = f->sentinel(QStringLiteral("王"), QStringLiteral("13900001980"), { f->c1 });
            break;
        case 5:
            p = f->sentinel(QStringLiteral("王"), QStringLiteral("13900001980"));
            p.location = geo::LonLat { 23.14, 113.33 }; // swapped
            break;
        case 6:
            p = f->volunteer(QStringLiteral("李"), QStringLiteral("13900002096"));
            p.gridIds = { f->g1 };
            break;
        }
        const qint64 before = f->scalar(QStringLiteral("SELECT count(*) FROM people"));
        auto saved = PersonRepository(*f->session).save(p);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::InvalidInput);
        QCOMPARE(fieldsOf(saved.error()), fields);
        for (const FieldError& e : saved.error().fields)
            QVERIFY2(!e.message.isEmpty() && e.message.contains(QLatin1Char(':')), qPrintable(e.message));
        QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM people")), before);
    }

    void duplicatePhoneAndKindChange()
    {
        PersonRepository repo(*f->session);
        const QString first = f->add(f->volunteer(QStringLiteral("李俊强"), QStringLiteral("13900002096")));
        auto twin = repo.save(f->volunteer(QStringLiteral("李强"), QStringLiteral("139-0000-2096")));
        QVERIFY(!twin);
        QVERIFY(twin.error().message.contains(QStringLiteral("李俊强")));
        // The same number on a sentinel is another person.
        QVERIFY(repo.save(f->sentinel(QStringLiteral("李强"), QStringLiteral("13900002096"))));
        auto found = repo.findByPhone(PersonKind::Volunteer, QStringLiteral("+86 139 0000 2096"));
        QVERIFY(found && *found);
        QCOMPARE((*found)->id, first);
        Person flipped = repo.load(first).value();
        flipped.kind = PersonKind::Sentinel;
        flipped.communityId = f->yuezhou;
        auto refused = repo.save(flipped);
        QVERIFY(!refused);
        QVERIFY(fieldsOf(refused.error()).contains(QStringLiteral("kind")));
    }

    void listAndSearch()
    {
        f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624"), { f->g1 }));
        f->add(f->volunteer(QStringLiteral("罗佳"), QStringLiteral("18900004226")));
        PersonRepository repo(*f->session);
        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.list({ PersonKind::Volunteer })->size(), 1);
        QCOMPARE(repo.list({ std::nullopt, QStringLiteral("五山支行") })->size(), 1);
        QCOMPARE(repo.list({ std::nullopt, QStringLiteral("第1网格") })->first().name, QStringLiteral("姜志峰"));
        QCOMPARE(repo.list({ std::nullopt, QStringLiteral("4226") })->first().name, QStringLiteral("罗佳"));
        QCOMPARE(repo.list({ std::nullopt, QStringLiteral("%") })->size(), 0);
        QCOMPARE(repo.list({ std::nullopt, {}, f->chashan })->size(), 0);
    }

    void deactivateNeedsReasonAndHandover()
    {
        PersonRepository repo(*f->session);
        const QString id = f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624"), { f->g1 }));
        QVERIFY(StructureRepository(*f->session).setResponsible(f->g1, id));
        QVERIFY(!repo.setActive(id, false, QString()));
        auto refused = repo.setActive(id, false, QStringLiteral("调离"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("岳洲第1网格")));
        QVERIFY(StructureRepository(*f->session).setResponsible(f->g1, QString()));
        QVERIFY(repo.setActive(id, false, QStringLiteral("调离")));
        QVERIFY(!repo.load(id)->active);
        QCOMPARE(repo.list()->size(), 0);
        QCOMPARE(repo.list({ std::nullopt, {}, {}, true })->size(), 1);
        QCOMPARE(repo.history(id)->last().note, QStringLiteral("调离"));
        QVERIFY(repo.setActive(id, true));
    }

    void linkAccount()
    {
        PersonRepository repo(*f->session);
        const QString sentinel = f->add(f->sentinel(QStringLiteral("姜志峰"), QStringLiteral("18900005624")));
        auto account = AccountService(*f->session)
                           .addUser({ QStringLiteral("jiang"), QStringLiteral("姜志峰"), Role::Sentinel,
                               QStringLiteral("password-123"), {} });
        auto volunteerAccount = AccountService(*f->session)
                                    .addUser({ QStringLiteral("luo"), QStringLiteral("罗佳"), Role::Volunteer,
                                        QStringLiteral("password-123"), {} });
        QVERIFY(account && volunteerAccount);
        auto linkable = repo.linkableAccounts(PersonKind::Sentinel);
        QCOMPARE(linkable->size(), 1);
        QVERIFY(!repo.linkAccount(sentinel, volunteerAccount->id)); // the roles must match
        QVERIFY(repo.linkAccount(sentinel, account->id));
        QCOMPARE(repo.load(sentinel)->userName, QStringLiteral("jiang"));
        QCOMPARE(
            f->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'users' AND row_id = '%1'")
                          .arg(account->id)),
            2);
        // Signed in, the account sees its own person but no one else's.
        auto own = Vault::unlock(f->session->databasePath(), QStringLiteral("jiang"), QStringLiteral("password-123"));
        QVERIFY(own);
        QVERIFY(PersonRepository(**own).load(sentinel));
        QCOMPARE(PersonRepository(**own).list().error().code, Error::Code::PermissionDenied);
        QVERIFY(repo.linkAccount(sentinel, QString()));
        QVERIFY(repo.load(sentinel)->userId.isEmpty());
    }

    void permissions()
    {
        auto volunteer = test::addAndSignIn(*f->session, QStringLiteral("zhao"), Role::Volunteer);
        PersonRepository repo(*volunteer);
        QCOMPARE(repo.save(f->sentinel(QStringLiteral("x"), QStringLiteral("13900001980"))).error().code,
            Error::Code::PermissionDenied);
        auto admin = test::addAndSignIn(*f->session, QStringLiteral("root"), Role::Admin);
        QVERIFY(PersonRepository(*admin).save(f->sentinel(QStringLiteral("x"), QStringLiteral("13900001980"))));
    }
};

QTEST_GUILESS_MAIN(tst_PersonRepository)
#include "tst_PersonRepository.moc"
