// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Drives the real gridsentinel executable, as batch users and scripts do.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gs;

namespace {

using Run = test::CliRun;

Run gridsentinel(const QStringList& args, const QByteArray& stdinText = {})
{
    return test::runCli(args, stdinText);
}

QStringList with(const QStringList& args, const QString& db)
{
    return args + QStringList { QStringLiteral("--db"), db, QStringLiteral("--insecure-fast-kdf") };
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("node.db"));
        const Run r = gridsentinel(with({ QStringLiteral("init"), QStringLiteral("--node"), QStringLiteral("天河一号"),
                                           QStringLiteral("--district"), QStringLiteral("天河区"), QStringLiteral("--admin"),
                                           QStringLiteral("chief"), QStringLiteral("--format"), QStringLiteral("json") },
                                       m_db),
            "chief-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("node")).toString(), QStringLiteral("天河一号"));
        QVERIFY(r.json().object().value(QStringLiteral("recoveryCode")).toString().size() == 39);
    }

    void help()
    {
        const Run r = gridsentinel({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("user add"));
        QCOMPARE(gridsentinel({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(gridsentinel({ QStringLiteral("info"), QStringLiteral("--bogus") }).exitCode, 2);
    }

    void initRefusesAnExistingNode()
    {
        const auto before = test::snapshot(m_dir.path());
        const Run r = gridsentinel(with({ QStringLiteral("init"), QStringLiteral("--node"), QStringLiteral("x"),
                                           QStringLiteral("--district"), QStringLiteral("y"), QStringLiteral("--admin"),
                                           QStringLiteral("other") },
                                       m_db),
            "other-password\n");
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("already exists"));
        QCOMPARE(test::snapshot(m_dir.path()), before);
    }

    void wrongPassword()
    {
        const auto before = test::snapshot(m_dir.path());
        const Run r = gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("chief") }, m_db), "nope\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("user name or password is wrong"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::snapshot(m_dir.path()), before);
        QCOMPARE(gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("chief") }, m_db)).exitCode, 7);
    }

    void addListAndPermissions()
    {
        Run r = gridsentinel(with({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                     QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--role"),
                                     QStringLiteral("sentinel"), QStringLiteral("--name"), QStringLiteral("王敏"),
                                     QStringLiteral("--format"), QStringLiteral("json") },
                                 m_db),
            "chief-password\nwang-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("王敏"));

        r = gridsentinel(with({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("chief"),
                                 QStringLiteral("--format"), QStringLiteral("json") },
                             m_db),
            "chief-password\n");
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = r.json().array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("sentinel"));

        // A sentinel may not add accounts or list them: exit 4, nothing written.
        const auto before = test::snapshot(m_dir.path());
        r = gridsentinel(with({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("wang"),
                                 QStringLiteral("--user"), QStringLiteral("evil"), QStringLiteral("--role"), QStringLiteral("supervisor") },
                             m_db),
            "wang-password\nevil-password\n");
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(test::snapshot(m_dir.path()).value(QStringLiteral("node.db.keys")), before.value(QStringLiteral("node.db.keys")));
        r = gridsentinel(with({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                 QStringLiteral("--user"), QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("boss") },
                             m_db),
            "chief-password\nx1-password\n");
        QCOMPARE(r.exitCode, 2);
    }

    void passwdAndRecover()
    {
        Run r = gridsentinel(with({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                     QStringLiteral("--user"), QStringLiteral("liu"), QStringLiteral("--role"), QStringLiteral("volunteer") },
                                 m_db),
            "chief-password\nliu-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = gridsentinel(with({ QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--as"), QStringLiteral("liu") }, m_db),
            "liu-password\nliu-password-2\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("liu") }, m_db), "liu-password\n").exitCode, 3);
        QCOMPARE(gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("liu") }, m_db), "liu-password-2\n").exitCode, 0);

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.db"));
        r = gridsentinel(with({ QStringLiteral("init"), QStringLiteral("--node"), QStringLiteral("n"), QStringLiteral("--district"),
                                 QStringLiteral("d"), QStringLiteral("--admin"), QStringLiteral("boss"), QStringLiteral("--format"),
                                 QStringLiteral("json") },
                             db),
            "boss-password\n");
        const QString code = r.json().object().value(QStringLiteral("recoveryCode")).toString();
        QCOMPARE(gridsentinel(with({ QStringLiteral("recover"), QStringLiteral("--user"), QStringLiteral("boss") }, db),
                     "WRONG-CODE\nnew-boss-password\n")
                     .exitCode,
            3);
        r = gridsentinel(with({ QStringLiteral("recover"), QStringLiteral("--user"), QStringLiteral("boss") }, db),
            code.toUtf8() + "\nnew-boss-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("boss") }, db), "new-boss-password\n").exitCode, 0);
    }

    void infoJson()
    {
        const Run r = gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("chief"), QStringLiteral("--format"),
                                           QStringLiteral("json") },
                                       m_db),
            "chief-password\n");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = r.json().object();
        QCOMPARE(info.value(QStringLiteral("cipherVersion")).toString(), QStringLiteral("3.4.1"));
        QCOMPARE(info.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
        QVERIFY(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("users")).toInt() >= 2);
    }

    void damagedKeyFile()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_db, dir.filePath(QStringLiteral("c.db"))));
        QFile keys(dir.filePath(QStringLiteral("c.db.keys")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write("{ not json");
        keys.close();
        const Run r = gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("chief") },
                                       dir.filePath(QStringLiteral("c.db"))),
            "chief-password\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains("key file"));
    }

    void leadAddListSearchShow()
    {
        QTemporaryDir dir;
        QFile photo(dir.filePath(QStringLiteral("photo.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("\xff\xd8\xff fake");
        photo.close();
        const QByteArray batch = R"([
          {"title": "鑫盛财富承诺保本保息", "categories": ["非法集资"], "address": "天河路1号", "source": "patrol",
           "entity": {"name": "广州鑫盛财富管理有限公司", "uscc": "91440101MA59AAAAAK"}, "amountYuan": "12345.67",
           "attachments": [{"path": "photo.jpg"}]},
          {"title": "社区推销养老项目", "categories": ["以养老为名"], "address": "华工社区", "source": "public_report",
           "groupsAtRisk": ["elderly"], "description": "称稳赚不赔"}
        ])";
        QFile json(dir.filePath(QStringLiteral("leads.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(batch);
        json.close();
        Run r = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                     QStringLiteral("--json"), json.fileName(), QStringLiteral("--format"), QStringLiteral("json") },
                                 m_db),
            "chief-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().array().size(), 2);
        const QString caseNo = r.json().array().first().toObject().value(QStringLiteral("caseNo")).toString();

        r = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("search"), QStringLiteral("--as"), QStringLiteral("chief"),
                                 QStringLiteral("保本保"), QStringLiteral("--format"), QStringLiteral("json") },
                             m_db),
            "chief-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("leads")).toArray().first().toObject().value(QStringLiteral("amountYuan")).toString(),
            QStringLiteral("12345.67"));

        r = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("chief"),
                                 QStringLiteral("--status"), QStringLiteral("submitted"), QStringLiteral("--format"), QStringLiteral("csv") },
                             m_db),
            "chief-password\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("caseNo,status,title"));
        QCOMPARE(r.out.count('\n'), 3);

        r = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("--as"), QStringLiteral("chief"), caseNo }, m_db),
            "chief-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("attachments")).toArray().size(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("entity")).toObject().value(QStringLiteral("uscc")).toString(),
            QStringLiteral("91440101MA59AAAAAK"));
    }

    void leadAddIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QByteArray batch = R"([
          {"title": "好的线索", "categories": ["非法集资"], "address": "天河路2号", "source": "patrol"},
          {"title": "坏的线索", "categories": ["非法集资"], "address": "x", "source": "patrol",
           "entity": {"uscc": "91440101MA59AAAAAX", "phone": "123"}, "amountYuan": "-5"},
          {"title": 42, "colour": "red"}
        ])";
        QFile json(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(batch);
        json.close();
        const Run before = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("chief"),
                                                QStringLiteral("--format"), QStringLiteral("json") },
                                            m_db),
            "chief-password\n");
        const Run r = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                           QStringLiteral("--json"), json.fileName() },
                                       m_db),
            "chief-password\n");
        QCOMPARE(r.exitCode, 7);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() >= 5, r.err.constData()); // uscc, phone, amount, title type, unknown field, nothing written
        QVERIFY(r.err.contains("record 2"));
        QVERIFY(r.err.contains("record 3"));
        QVERIFY(r.err.contains("colour"));
        QVERIFY(r.err.contains("Nothing was written"));
        const Run after = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("chief"),
                                               QStringLiteral("--format"), QStringLiteral("json") },
                                           m_db),
            "chief-password\n");
        QCOMPARE(after.json().object().value(QStringLiteral("total")).toInt(), before.json().object().value(QStringLiteral("total")).toInt());
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[{\"title\": ");
        broken.close();
        QCOMPARE(gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                      QStringLiteral("--json"), broken.fileName() },
                                  m_db),
                     "chief-password\n")
                     .exitCode,
            7);
    }

    void screen()
    {
        Run r = gridsentinel({ QStringLiteral("screen"), QStringLiteral("--text"), QStringLiteral("业务员向老人推销，承诺保-本-保-息，稳赚不赔"),
            QStringLiteral("--entity"), QStringLiteral("广州某财富管理有限公司"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject risk = r.json().object();
        QCOMPARE(risk.value(QStringLiteral("level")).toString(), QStringLiteral("high"));
        QStringList terms;
        for (const QJsonValue& hit : risk.value(QStringLiteral("hits")).toArray()) {
            terms << hit.toObject().value(QStringLiteral("term")).toString();
            if (hit.toObject().value(QStringLiteral("term")).toString() == QStringLiteral("保本保息")) {
                QCOMPARE(hit.toObject().value(QStringLiteral("text")).toString(), QStringLiteral("保-本-保-息"));
                QCOMPARE(hit.toObject().value(QStringLiteral("start")).toInt(), 11);
            }
        }
        QVERIFY(terms.contains(QStringLiteral("保本保息")));
        QVERIFY(terms.contains(QStringLiteral("财富管理")));
        QCOMPARE(gridsentinel({ QStringLiteral("screen") }).exitCode, 2);
    }

    void savedLeadsAreScreened()
    {
        QTemporaryDir dir;
        QFile json(dir.filePath(QStringLiteral("one.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"title": "承诺保本保息高额回报", "categories": ["非法集资"], "address": "x", "source": "patrol",
                      "groupsAtRisk": ["elderly"], "description": "面向老年人，稳赚不赔"})");
        json.close();
        const Run r = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("chief"),
                                           QStringLiteral("--json"), json.fileName(), QStringLiteral("--format"), QStringLiteral("json") },
                                       m_db),
            "chief-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Run shown = gridsentinel(with({ QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("--as"), QStringLiteral("chief"),
                                               r.json().array().first().toObject().value(QStringLiteral("id")).toString() },
                                           m_db),
            "chief-password\n");
        QCOMPARE(shown.json().object().value(QStringLiteral("riskLevel")).toString(), QStringLiteral("high"));
        QVERIFY(shown.json().object().value(QStringLiteral("riskScore")).toDouble() >= 50);
    }

    void demo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        Run r = gridsentinel(with({ QStringLiteral("demo"), QStringLiteral("--format"), QStringLiteral("json") }, db));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray accounts = r.json().object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 4);
        QVERIFY(r.json().object().value(QStringLiteral("grids")).toInt() > 800);
        r = gridsentinel(with({ QStringLiteral("demo"), QStringLiteral("--if-missing") }, db));
        QCOMPARE(r.exitCode, 0);
        r = gridsentinel(with({ QStringLiteral("demo") }, db));
        QCOMPARE(r.exitCode, 7);
        for (const QJsonValue& a : accounts) {
            const QJsonObject o = a.toObject();
            const Run info = gridsentinel(with({ QStringLiteral("info"), QStringLiteral("--as"), o.value(QStringLiteral("user")).toString() }, db),
                o.value(QStringLiteral("password")).toString().toUtf8() + '\n');
            QVERIFY2(info.exitCode == 0, info.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
