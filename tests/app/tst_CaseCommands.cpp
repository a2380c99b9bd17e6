// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel case … and audit verify, driven as scripts do: the real executable, passwords on stdin.
#include "CliTestSupport.h"
#include "PdfTools.h"
#include "TestSupport.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace gs;

namespace {

using Run = test::CliRun;

const QByteArray kSentinel = "Sentinel-2026\n";
const QByteArray kVolunteer = "Volunteer-2026\n";
const QByteArray kSupervisor = "Supervisor-2026\n";
const QByteArray kAdmin = "Admin-2026!\n";

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCaseCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;

    Run gridsentinel(QStringList args, const QByteArray& stdinText)
    {
        return test::runCli(args << s("--db") << m_db << s("--insecure-fast-kdf"), stdinText);
    }

    Run step(const QByteArray& password, const QStringList& args)
    {
        return gridsentinel(
            QStringList { s("case"), s("transition") } + args + QStringList { s("--format"), s("json") }, password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(s("demo.db"));
        // The demo structure and accounts without the demo's history: these tests follow one case alone.
        const Run demo = gridsentinel({ s("demo"), s("--leads"), s("0") }, {});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QString leadFile = m_dir.filePath(s("lead.json"));
        QFile f(leadFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"title":"鑫盛财富承诺保本保息、高额返利","categories":["非法集资"],"entity":{"name":"广州鑫盛财富管理有限公司"},
            "address":"天河路1号","location":{"lon":113.3465,"lat":23.1561},"source":"patrol","groupsAtRisk":["elderly"],
            "amountYuan":"500000","victims":20,"informant":{"name":"李阿姨","phone":"13800138000","confidential":true},
            "description":"业务员称年化18%，稳赚不赔"})");
        f.close();
        const Run add = gridsentinel(
            { s("lead"), s("add"), s("--as"), s("sentinel"), s("--json"), leadFile, s("--format"), s("json") },
            kSentinel);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        m_case = QJsonDocument::fromJson(add.out).array().first().toObject().value(s("caseNo")).toString();
        QVERIFY(!m_case.isEmpty());
    }

    void wholeWorkflow()
    {
        // The paired demo volunteer sees the new lead waiting for them.
        Run list
            = gridsentinel({ s("case"), s("list"), s("--as"), s("volunteer"), s("--format"), s("json") }, kVolunteer);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.object().value(s("view")).toString(), s("awaiting"));
        QCOMPARE(list.object().value(s("cases")).toArray().first().toObject().value(s("caseNo")).toString(), m_case);

        Run r = step(kVolunteer, { s("--as"), s("volunteer"), m_case, s("take") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(s("status")).toString(), s("in_triage"));

        // Missing fields: every one named, exit 7, nothing written.
        r = step(kVolunteer, { s("--as"), s("volunteer"), m_case, s("triage"), s("--conclusion"), s("suspected") });
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("Basis") && r.err.contains("Confidence"));
        r = step(kVolunteer, { s("--as"), s("volunteer"), m_case, s("triage") });
        QCOMPARE(r.exitCode, 2); // no conclusion: usage
        r = step(kVolunteer,
            { s("--as"), s("volunteer"), m_case, s("triage"), s("--conclusion"), s("suspected"), s("--basis"),
                s("guaranteed_returns"), s("--basis"), s("high_returns"), s("--confidence"), s("high"),
                s("--cross-check"), s("企业信用信息公示系统无金融许可") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(s("status")).toString(), s("suspected"));
        QCOMPARE(r.object().value(s("stage")).toString(), s("escalation"));

        // The volunteer may not review; the sentinel reports upward.
        r = step(kVolunteer, { s("--as"), s("volunteer"), m_case, s("refer_police") });
        QCOMPARE(r.exitCode, 7); // not under review yet (the status is checked first)
        r = step(kSentinel,
            { s("--as"), s("sentinel"), m_case, s("escalate"), s("--reference"), s("SSA-2026-0042"), s("--note"),
                s("已上报穗岁安") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = step(kSentinel, { s("--as"), s("sentinel"), m_case, s("start_review") });
        QCOMPARE(r.exitCode, 4); // the district office's step
        QVERIFY(r.err.contains("district office"));
        r = step(kSupervisor, { s("--as"), s("supervisor"), m_case, s("start_review") });
        QCOMPARE(r.exitCode, 0);
        r = step(kSupervisor,
            { s("--as"), s("supervisor"), m_case, s("refer_police"), s("--unit"), s("天河区公安分局经侦大队"),
                s("--opinion"), s("涉嫌非法吸收公众存款"), s("--reference"), s("穗天打非〔2026〕12号") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(s("status")).toString(), s("referred_police"));
        QVERIFY(!r.object().value(s("deadlineAt")).toString().isEmpty());

        Run show = gridsentinel(
            { s("case"), s("show"), s("--as"), s("supervisor"), m_case, s("--format"), s("json") }, kSupervisor);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject o = show.object();
        QCOMPARE(o.value(s("case")).toObject().value(s("status")).toString(), s("referred_police"));
        QStringList allowed;
        for (const QJsonValue& v : o.value(s("allowed")).toArray())
            allowed << v.toObject().value(s("name")).toString();
        QCOMPARE(allowed, QStringList { s("close") });
        QCOMPARE(o.value(s("triage")).toArray().size(), 1);
        QCOMPARE(o.value(s("reviews")).toArray().first().toObject().value(s("unit")).toString(),
            s("天河区公安分局经侦大队"));
        QCOMPARE(o.value(s("timeline")).toArray().size(), 6);
        Run text = gridsentinel({ s("case"), s("show"), s("--as"), s("sentinel"), m_case }, kSentinel);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Refer to the police"));

        // Close with an outcome; then only a supervisor may reopen.
        r = step(kSupervisor,
            { s("--as"), s("supervisor"), m_case, s("close"), s("--outcome"), s("case_opened"), s("--note"),
                s("公安已立案") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(s("outcome")).toString(), s("case_opened"));
        r = step(kSentinel, { s("--as"), s("sentinel"), m_case, s("reopen"), s("--note"), s("x") });
        QCOMPARE(r.exitCode, 4);
        r = step(kSupervisor, { s("--as"), s("supervisor"), m_case, s("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(step(kSupervisor, { s("--as"), s("supervisor"), s("XS-NO-SUCH-CASE"), s("take") }).exitCode, 7);
    }

    void assignAndLists()
    {
        const QString leadFile = m_dir.filePath(s("lead.json"));
        const Run add = gridsentinel(
            { s("lead"), s("add"), s("--as"), s("sentinel"), s("--json"), leadFile, s("--format"), s("json") },
            kSentinel);
        QCOMPARE(add.exitCode, 0);
        const QString second
            = QJsonDocument::fromJson(add.out).array().first().toObject().value(s("caseNo")).toString();
        Run r = gridsentinel({ s("case"), s("assign"), s("--as"), s("supervisor"), second, s("--to"), s("me"),
                                 s("--format"), s("json") },
            kSupervisor);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.object().value(s("assigneeUserId")).toString().isEmpty());
        QCOMPARE(gridsentinel({ s("case"), s("assign"), s("--as"), s("supervisor"), second, s("--to"), s("sentinel") },
                     kSupervisor)
                     .exitCode,
            7);
        QCOMPARE(gridsentinel({ s("case"), s("assign"), s("--as"), s("volunteer"), second, s("--to"), s("volunteer") },
                     kVolunteer)
                     .exitCode,
            4);
        r = gridsentinel(
            { s("case"), s("assign"), s("--as"), s("supervisor"), second, s("--to"), s("volunteer") }, kSupervisor);
        QCOMPARE(r.exitCode, 0);

        // Nothing is due within a day yet (triage has two): the due view is empty; a deadline a few hours off shows.
        Run due = gridsentinel(
            { s("case"), s("list"), s("--as"), s("supervisor"), s("--view"), s("due"), s("--format"), s("json") },
            kSupervisor);
        QCOMPARE(due.exitCode, 0);
        QCOMPARE(due.object().value(s("total")).toInt(), 0);
        {
            auto session = Vault::unlock(m_db, s("supervisor"), s("Supervisor-2026"));
            QVERIFY(session.ok());
            QVERIFY((*session)
                        ->db()
                        .exec(QStringLiteral("UPDATE leads SET deadline_at = '%1' WHERE case_no = '%2'")
                                  .arg(QDateTime::currentDateTimeUtc().addSecs(3 * 3600).toString(Qt::ISODateWithMs),
                                      second))
                        .ok());
        }
        due = gridsentinel(
            { s("case"), s("list"), s("--as"), s("supervisor"), s("--due"), s("--format"), s("json") }, kSupervisor);
        QCOMPARE(due.object().value(s("total")).toInt(), 1);
        QVERIFY(due.object().value(s("cases")).toArray().first().toObject().value(s("dueSoon")).toBool());
        Run overdue = gridsentinel(
            { s("case"), s("list"), s("--as"), s("supervisor"), s("--overdue"), s("--format"), s("json") },
            kSupervisor);
        QCOMPARE(overdue.object().value(s("total")).toInt(), 0);
        Run volunteerDue
            = gridsentinel({ s("case"), s("list"), s("--as"), s("volunteer"), s("--view"), s("due") }, kVolunteer);
        QCOMPARE(volunteerDue.exitCode, 0);
        QVERIFY(volunteerDue.out.contains(second.toUtf8())); // assigned to them and due soon
        QCOMPARE(
            gridsentinel({ s("case"), s("list"), s("--as"), s("supervisor"), s("--view"), s("nonsense") }, kSupervisor)
                .exitCode,
            2);
        QCOMPARE(gridsentinel({ s("case"), s("list"), s("--as"), s("admin"), s("--format"), s("json") }, kAdmin)
                     .object()
                     .value(s("total"))
                     .toInt(),
            0);
    }

    void reports()
    {
        const QString pdf = m_dir.filePath(s("上报.pdf"));
        const QString json = m_dir.filePath(s("case.json"));
        Run r = gridsentinel(
            { s("case"), s("report"), s("--as"), s("supervisor"), m_case, s("--pdf"), pdf, s("--json"), json },
            kSupervisor);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
        const QJsonObject report = QJsonDocument::fromJson(test::fileBytes(json)).object();
        QCOMPARE(report.value(s("case")).toObject().value(s("caseNo")).toString(), m_case);
        QCOMPARE(report.value(s("informant")).toObject().value(s("name")).toString(), s("李阿姨"));
        const test::ToolRun text = test::pdfText(pdf);
        QVERIFY2(text.out.contains(m_case), qPrintable(text.err));
        QVERIFY2(test::radicalsIn(text.out).isEmpty(), qPrintable(text.out));

        // The sentinel's JSON report: no informant identity.
        const QString sentinelJson = m_dir.filePath(s("sentinel.json"));
        r = gridsentinel(
            { s("case"), s("report"), s("--as"), s("sentinel"), m_case, s("--json"), sentinelJson }, kSentinel);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("informant"));
        QVERIFY(!test::fileBytes(sentinelJson).contains(s("李阿姨").toUtf8()));
        QCOMPARE(gridsentinel({ s("case"), s("report"), s("--as"), s("supervisor"), m_case }, kSupervisor).exitCode, 2);
        QCOMPARE(
            gridsentinel({ s("case"), s("report"), s("--as"), s("admin"), m_case, s("--json"), json }, kAdmin).exitCode,
            7);
    }

    void auditVerify()
    {
        Run ok = gridsentinel(
            { s("audit"), s("verify"), s("--as"), s("supervisor"), s("--format"), s("json") }, kSupervisor);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.object().value(s("ok")).toBool());
        const int count = ok.object().value(s("count")).toInt();
        QVERIFY(count > 10);
        QVERIFY(QRegularExpression(s("^[0-9a-f]{64}$")).match(ok.object().value(s("headHash")).toString()).hasMatch());
        Run text = gridsentinel(
            { s("audit"), s("verify"), s("--as"), s("admin") }, kAdmin); // integrity is the administrator's too
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(ok.object().value(s("headHash")).toString().toUtf8()));
        QCOMPARE(gridsentinel({ s("audit"), s("verify"), s("--as"), s("sentinel") }, kSentinel).exitCode, 4);
        QCOMPARE(gridsentinel({ s("audit"), s("check"), s("--as"), s("supervisor") }, kSupervisor).exitCode, 2);

        // One byte of one event, changed through SQL on the encrypted file: reported with its number, exit 5.
        {
            auto session = Vault::unlock(m_db, s("supervisor"), s("Supervisor-2026"));
            QVERIFY(session.ok());
            QVERIFY((*session)->db().exec("UPDATE audit_events SET note = note || '.' WHERE seq = 4").ok());
        }
        Run broken = gridsentinel({ s("audit"), s("verify"), s("--as"), s("supervisor") }, kSupervisor);
        QCOMPARE(broken.exitCode, 5);
        QVERIFY2(broken.err.contains("event 4"), broken.err.constData());
        Run brokenJson = gridsentinel(
            { s("audit"), s("verify"), s("--as"), s("supervisor"), s("--format"), s("json") }, kSupervisor);
        QCOMPARE(brokenJson.exitCode, 5);
        QCOMPARE(brokenJson.object().value(s("brokenSeq")).toInt(), 4);
        QCOMPARE(brokenJson.object().value(s("count")).toInt(), 3);
        {
            auto session = Vault::unlock(m_db, s("supervisor"), s("Supervisor-2026"));
            QVERIFY(
                (*session)->db().exec("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)").ok());
            QVERIFY((*session)
                        ->db()
                        .exec("UPDATE audit_events SET note = substr(note, 1, length(note) - 1) WHERE seq = 4")
                        .ok());
        }
        Run tail = gridsentinel(
            { s("audit"), s("verify"), s("--as"), s("supervisor"), s("--format"), s("json") }, kSupervisor);
        QCOMPARE(tail.exitCode, 5); // the last event removed: the head no longer matches
        QCOMPARE(tail.object().value(s("brokenSeq")).toInt(), count);
    }
};

QTEST_GUILESS_MAIN(TestCaseCommands)
#include "tst_CaseCommands.moc"
