// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "accounts/AccountService.h"
#include "accounts/NodeSettings.h"
#include "store/Database.h"

using namespace gs;

class TestAccounts : public QObject
{
    Q_OBJECT

    static QString dbPath(const QTemporaryDir& dir) { return dir.filePath(QStringLiteral("node.db")); }

    static void addUser(Session& s, const QString& name, Role role, const QString& password = QStringLiteral("password-123"))
    {
        auto added = AccountService(s).addUser({ name, name, role, password, {} });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }

private Q_SLOTS:
    void createAndUnlock()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        QCOMPARE(created.session->user().role, Role::Supervisor);
        QCOMPARE(created.session->node().districtName, QStringLiteral("天河区"));
        QVERIFY(!created.recoveryCode.isEmpty());
        created.session.reset();
        QVERIFY(QFile::exists(KeyRing::sidecarPath(dbPath(dir))));
        auto session = Vault::unlock(dbPath(dir), QStringLiteral("CHIEF"), QStringLiteral("chief-password-1"));
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QCOMPARE((*session)->user().displayName, QStringLiteral("陈主任"));
        QCOMPARE((*session)->node().name, QStringLiteral("测试节点"));
    }

    void createRefusesExistingAndBadInput()
    {
        QTemporaryDir dir;
        test::createNode(dir);
        const auto before = test::snapshot(dir.path());
        auto again = Vault::createNode({ dbPath(dir), QStringLiteral("n"), {}, QStringLiteral("d"), QStringLiteral("chief"), {},
            QStringLiteral("chief-password-1"), test::fastKdf() });
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QCOMPARE(test::snapshot(dir.path()), before);
        QTemporaryDir other;
        auto weak = Vault::createNode({ other.filePath(QStringLiteral("x.db")), QStringLiteral("n"), {}, QStringLiteral("d"),
            QStringLiteral("chief"), {}, QStringLiteral("short"), test::fastKdf() });
        QCOMPARE(weak.error().code, Error::Code::InvalidInput);
        QCOMPARE(weak.error().field, QStringLiteral("password"));
        QVERIFY(QDir(other.path()).entryList(QDir::Files).isEmpty()); // nothing half-created
    }

    void wrongPasswordChangesNoByte()
    {
        QTemporaryDir dir;
        test::createNode(dir).session.reset();
        const auto before = test::snapshot(dir.path());
        for (const auto& [user, password] : { std::pair { QStringLiteral("chief"), QStringLiteral("wrong-password") },
                 std::pair { QStringLiteral("nobody"), QStringLiteral("chief-password-1") } }) {
            auto session = Vault::unlock(dbPath(dir), user, password);
            QVERIFY(!session.ok());
            QCOMPARE(session.error().code, Error::Code::WrongCredentials);
        }
        QCOMPARE(test::snapshot(dir.path()), before);
    }

    void damagedDatabaseIsNamedAsSuch()
    {
        QTemporaryDir dir;
        test::createNode(dir).session.reset();
        QFile db(dbPath(dir));
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(100);
        db.write(QByteArray(4000, '\x5a')); // destroy the first page
        db.close();
        const auto before = test::snapshot(dir.path());
        auto session = Vault::unlock(dbPath(dir), QStringLiteral("chief"), QStringLiteral("chief-password-1"));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, Error::Code::DatabaseDamaged);
        QCOMPARE(test::snapshot(dir.path()), before);
    }

    void missingKeyFile()
    {
        QTemporaryDir dir;
        test::createNode(dir).session.reset();
        QVERIFY(QFile::remove(KeyRing::sidecarPath(dbPath(dir))));
        auto session = Vault::unlock(dbPath(dir), QStringLiteral("chief"), QStringLiteral("chief-password-1"));
        QCOMPARE(session.error().code, Error::Code::KeyFileDamaged);
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<int>("actor");
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("allowed");
        const QList<Role> roles = allRoles();
        for (Role actor : roles) {
            for (Role target : roles) {
                const bool allowed = actor == Role::Supervisor || (actor == Role::Admin && target != Role::Supervisor);
                QTest::addRow("%s creates %s", qPrintable(roleKey(actor)), qPrintable(roleKey(target)))
                    << int(actor) << int(target) << allowed;
            }
        }
    }

    void permissionMatrix()
    {
        QFETCH(int, actor);
        QFETCH(int, target);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        addUser(*created.session, QStringLiteral("actor"), Role(actor));
        created.session.reset();
        auto session = Vault::unlock(dbPath(dir), QStringLiteral("actor"), QStringLiteral("password-123"));
        QVERIFY(session.ok());
        (*session)->setKdfParams(test::fastKdf());
        const auto keysBefore = test::fileBytes(KeyRing::sidecarPath(dbPath(dir)));
        auto added = AccountService(**session).addUser({ QStringLiteral("newbie"), {}, Role(target), QStringLiteral("password-456"), {} });
        QCOMPARE(added.ok(), allowed);
        if (!allowed) {
            QCOMPARE(added.error().code, Error::Code::PermissionDenied);
            QCOMPARE(test::fileBytes(KeyRing::sidecarPath(dbPath(dir))), keysBefore);
            auto users = AccountService(**session).users();
            QVERIFY(!users.ok() || std::none_of(users->begin(), users->end(), [](const User& u) { return u.userName == QStringLiteral("newbie"); }));
        } else {
            session->reset();
            auto newbie = Vault::unlock(dbPath(dir), QStringLiteral("newbie"), QStringLiteral("password-456"));
            QVERIFY(newbie.ok());
            QCOMPARE((*newbie)->user().role, Role(target));
        }
    }

    void addUserWritesChangeLog()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        addUser(*created.session, QStringLiteral("wang"), Role::Sentinel);
        auto log = created.session->db().prepare(
            "SELECT count(*), max(hlc) FROM change_log WHERE table_name = 'users' AND op = 'insert'");
        QVERIFY(log.ok() && log->step().ok());
        QCOMPARE(log->integer(0), 2); // the first supervisor and wang
        QVERIFY(log->text(1).contains(QLatin1Char('-')));
        auto dup = AccountService(*created.session).addUser({ QStringLiteral("WANG"), {}, Role::Sentinel, QStringLiteral("password-123"), {} });
        QCOMPARE(dup.error().code, Error::Code::AlreadyExists);
    }

    void changeOwnPassword()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        addUser(*created.session, QStringLiteral("liwei"), Role::Volunteer, QStringLiteral("old-password"));
        created.session.reset();
        auto li = Vault::unlock(dbPath(dir), QStringLiteral("liwei"), QStringLiteral("old-password")).value();
        li->setKdfParams(test::fastKdf());
        AccountService accounts(*li);
        QCOMPARE(accounts.changeOwnPassword(QStringLiteral("not-it"), QStringLiteral("new-password")).error().code,
            Error::Code::WrongCredentials);
        QCOMPARE(accounts.changeOwnPassword(QStringLiteral("old-password"), QStringLiteral("liwei")).error().code, Error::Code::InvalidInput);
        QVERIFY(accounts.changeOwnPassword(QStringLiteral("old-password"), QStringLiteral("new-password")).ok());
        li.reset();
        QVERIFY(!Vault::unlock(dbPath(dir), QStringLiteral("liwei"), QStringLiteral("old-password")).ok());
        QVERIFY(Vault::unlock(dbPath(dir), QStringLiteral("liwei"), QStringLiteral("new-password")).ok());
        QVERIFY(Vault::unlock(dbPath(dir), QStringLiteral("chief"), QStringLiteral("chief-password-1")).ok());
    }

    void disableAndEnable()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        addUser(*created.session, QStringLiteral("zhao"), Role::Sentinel);
        AccountService accounts(*created.session);
        QVERIFY(accounts.setActive(QStringLiteral("zhao"), false).ok());
        QCOMPARE(Vault::unlock(dbPath(dir), QStringLiteral("zhao"), QStringLiteral("password-123")).error().code,
            Error::Code::WrongCredentials); // the slot is gone
        QCOMPARE(accounts.setActive(QStringLiteral("chief"), false).error().code, Error::Code::InvalidInput);
        QVERIFY(accounts.setActive(QStringLiteral("zhao"), true, QStringLiteral("fresh-password")).ok());
        QVERIFY(Vault::unlock(dbPath(dir), QStringLiteral("zhao"), QStringLiteral("fresh-password")).ok());
    }

    void recoveryResetsForgottenPassword()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        const QString code = created.recoveryCode;
        created.session.reset();
        QCOMPARE(Vault::unlockWithRecovery(dbPath(dir), QStringLiteral("AAAA-BBBB")).error().code, Error::Code::WrongCredentials);
        auto recovery = Vault::unlockWithRecovery(dbPath(dir), code.toLower());
        QVERIFY(recovery.ok());
        QVERIFY((*recovery)->isRecovery());
        QVERIFY(!(*recovery)->can(Permission::ViewAllLeads));
        (*recovery)->setKdfParams(test::fastKdf());
        QVERIFY(AccountService(**recovery).resetPassword(QStringLiteral("chief"), QStringLiteral("remembered-now")).ok());
        recovery->reset();
        QVERIFY(!Vault::unlock(dbPath(dir), QStringLiteral("chief"), QStringLiteral("chief-password-1")).ok());
        QVERIFY(Vault::unlock(dbPath(dir), QStringLiteral("chief"), QStringLiteral("remembered-now")).ok());
    }

    void settingsNeedPermission()
    {
        QTemporaryDir dir;
        auto created = test::createNode(dir);
        NodeSettings settings(*created.session);
        QCOMPARE(settings.autoLockMinutes(), NodeSettings::kDefaultAutoLockMinutes);
        QVERIFY(settings.setAutoLockMinutes(3).ok());
        QCOMPARE(settings.autoLockMinutes(), 3);
        QCOMPARE(settings.setAutoLockMinutes(0).error().code, Error::Code::InvalidInput);
        addUser(*created.session, QStringLiteral("sun"), Role::Sentinel);
        created.session.reset();
        auto sun = Vault::unlock(dbPath(dir), QStringLiteral("sun"), QStringLiteral("password-123")).value();
        NodeSettings theirs(*sun);
        QCOMPARE(theirs.autoLockMinutes(), 3);
        QCOMPARE(theirs.setAutoLockMinutes(30).error().code, Error::Code::PermissionDenied);
        QCOMPARE(theirs.autoLockMinutes(), 3);
    }

    void throttleGrows()
    {
        LoginThrottle t;
        QList<int> delays;
        for (int i = 0; i < 10; ++i) {
            delays << t.delaySeconds();
            t.recordFailure();
        }
        QCOMPARE(delays, (QList<int> { 0, 0, 0, 2, 4, 8, 16, 32, 60, 60 }));
        t.recordSuccess();
        QCOMPARE(t.delaySeconds(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_Accounts.moc"
