// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "core/Ids.h"
#include "demo/DemoBuilder.h"
#include "domain/Validators.h"
#include "geo/GeoJson.h"
#include "leads/LeadQuery.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "structure/StructureQuery.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseWorkflow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>

#include <vector>

#include <csignal>
#include <sys/resource.h>

using namespace gs;

namespace {

/// A fixed "now", so that the node's history is the same on every run (a Tuesday afternoon).
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(15, 20, 7));
}

DemoBuilder::Options options(quint64 seed = DemoBuilder::kDefaultSeed)
{
    DemoBuilder::Options o;
    o.kdf = test::fastKdf();
    o.seed = seed;
    o.now = fixedNow();
    return o;
}

qint64 scalar(Session& s, const char* sql)
{
    auto stmt = s.db().prepare(sql);
    if (!stmt)
        return -2;
    return stmt->nextRow() ? stmt->int64(0) : -1;
}

/// What a district's history consists of, without the random parts (ids, node id, keys): case number days and
/// sequence, content, places, times, states, triage and review records, evidence hashes, audit kinds.
QStringList canonical(Session& s)
{
    QStringList rows;
    auto leads = s.db().prepare(
        "SELECT substr(l.case_no, 1, 10) || substr(l.case_no, -4), l.status, l.title, l.description, "
        "l.entity_name, l.entity_uscc, l.entity_phone, l.lon, l.lat, g.code, l.created_at, "
        "l.deadline_at, l.amount_cents, l.victims, l.risk_score, l.informant_name, u.username, a.username, "
        "(SELECT group_concat(sha256) FROM (SELECT sha256 FROM attachments WHERE lead_id = l.id ORDER BY created_at, "
        "sha256)), "
        "(SELECT group_concat(kind || '@' || wall_time) FROM (SELECT kind, wall_time FROM audit_events WHERE lead_id = "
        "l.id ORDER BY seq)), "
        "(SELECT group_concat(conclusion || basis || confidence || note) FROM (SELECT * FROM case_triage WHERE lead_id "
        "= l.id ORDER BY triaged_at)), "
        "(SELECT group_concat(decision || unit || opinion || ifnull(follow_up_until, '')) FROM (SELECT * FROM "
        "case_reviews WHERE lead_id = l.id ORDER BY reviewed_at)) "
        "FROM leads l LEFT JOIN grids g ON g.id = l.grid_id LEFT JOIN users u ON u.id = l.reporter_user_id "
        "LEFT JOIN users a ON a.id = l.assignee_user_id ORDER BY l.created_at, l.title");
    if (!leads)
        return { leads.error().message };
    (void)leads->forEachRow([&rows](const Statement& row) {
        QStringList fields;
        for (int i = 0; i < 22; ++i)
            fields << row.text(i);
        // Case numbers name the node (random): "XS20261118-3F2A-0007" → "XS20261118-0007".
        static const QRegularExpression node(QStringLiteral("XS(\\d{8})-[0-9A-F]{4}-"));
        rows << fields.join(QLatin1Char('|')).replace(node, QStringLiteral("XS\\1-"));
    });
    return rows;
}

} // namespace

class TestDemoBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    DemoBuilder::Summary m_summary;
    qint64 m_elapsedMs = 0;

    std::unique_ptr<Session> signIn(const char* user, const char* password)
    {
        auto session = Vault::unlock(m_path, QString::fromLatin1(user), QString::fromLatin1(password));
        if (!session)
            qFatal("unlock %s: %s", user, qPrintable(session.error().message));
        return std::move(*session);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoBuilder::create(m_path, options());
        m_elapsedMs = timer.elapsed();
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        m_summary = *summary;
        qInfo("demo node built in %lld ms: %d leads, %d evidence files, %lld audit events", m_elapsedMs,
            m_summary.leads, m_summary.evidenceFiles, m_summary.auditEvents);
    }

    void embeddedDataIsConsistent()
    {
        auto data = DemoBuilder::loadDistrict();
        QVERIFY(data.ok());
        QCOMPARE(data->value(QStringLiteral("district")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("440106"));
        QVERIFY(data->value(QStringLiteral("streets")).toArray().size() >= 20);
        QVERIFY(data->value(QStringLiteral("communities")).toArray().size() >= 200);
    }

    void createsAFullDemoNode()
    {
        QCOMPARE(m_summary.accounts.size(), 4);
        QVERIFY(m_summary.grids > 800);
        QVERIFY(m_summary.pairings > 0);
        QVERIFY(!Database::hasPlaintextHeader(m_path));
        for (const auto& account : m_summary.accounts) {
            auto session = Vault::unlock(m_path, account.userName, account.password);
            QVERIFY2(session.ok(), qPrintable(account.userName));
            QCOMPARE(roleKey((*session)->user().role), account.role);
        }
        auto session = signIn("supervisor", "Supervisor-2026");
        QCOMPARE(scalar(*session, "SELECT count(*) FROM streets"), qint64(m_summary.streets));
        QCOMPARE(scalar(*session, "SELECT count(*) FROM grids WHERE geometry IS NOT NULL AND min_lon < max_lon"),
            qint64(m_summary.grids));
        QCOMPARE(
            scalar(*session,
                "SELECT count(*) FROM grids g LEFT JOIN communities c ON c.id = g.community_id WHERE c.id IS NULL"),
            0);
        QVERIFY(scalar(*session, "SELECT count(*) FROM grids WHERE kind = 'building'") > 0);
        // The demo sentinel and volunteer are each other's pair.
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM users s JOIN users v ON v.username = 'volunteer' JOIN pairings pr "
                     "ON pr.sentinel_id = s.person_id AND pr.volunteer_id = v.person_id WHERE s.username = 'sentinel'"),
            1);
        // Every person has an account; only the four demo accounts have a password on this node.
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM people p LEFT JOIN users u ON u.person_id = p.id WHERE u.id IS NULL"),
            0);
        QCOMPARE(qint64(m_summary.users), scalar(*session, "SELECT count(*) FROM users"));
        QCOMPARE(m_summary.users, m_summary.people + 3); // + supervisor, second supervisor, admin
        QCOMPARE(Vault::unlock(m_path, QStringLiteral("s002"), QStringLiteral("Sentinel-2026")).error().code,
            Error::Code::WrongCredentials);
        QVERIFY(scalar(*session, "SELECT count(*) FROM change_log") > m_summary.grids);
        QCOMPARE(scalar(*session, "PRAGMA foreign_key_check"), -1); // no rows: no violations
        // Every stored boundary passes the strict validator (the district outline is stored repaired).
        auto geometries = session->db().prepare("SELECT geometry FROM districts UNION ALL SELECT geometry FROM grids");
        QVERIFY(geometries.ok());
        int checked = 0;
        QVERIFY(geometries
                    ->forEachRow([&](const Statement& row) {
                        const auto geometry = geo::GeoJson::readGeometry(row.text(0).toUtf8());
                        QVERIFY2(geometry.ok(), qPrintable(geometry.ok() ? QString() : geometry.error().message));
                        ++checked;
                    })
                    .ok());
        QCOMPARE(checked, m_summary.grids + 1);
    }

    void countsPerState()
    {
        auto session = signIn("supervisor", "Supervisor-2026");
        QCOMPARE(m_summary.leads, 360);
        QCOMPARE(qint64(m_summary.leads), scalar(*session, "SELECT count(*) FROM leads"));
        int sum = 0;
        for (const QString& status : leads::statusKeys()) {
            QVERIFY2(
                m_summary.statuses.value(status) >= (status == QLatin1String("draft") ? 3 : 2), qPrintable(status));
            sum += m_summary.statuses.value(status);
        }
        QCOMPARE(sum, m_summary.leads);
        // Most of a district's cases are finished; a realistic part is still running.
        QVERIFY(m_summary.statuses.value(QStringLiteral("closed")) > m_summary.leads / 4);
        QVERIFY(m_summary.statuses.value(QStringLiteral("unfounded")) > m_summary.leads / 10);
        // Every decision was the workflow's: a triage record per triage move, a review record per decision.
        QCOMPARE(scalar(*session, "SELECT count(*) FROM case_triage"),
            scalar(*session, "SELECT count(*) FROM audit_events WHERE kind LIKE 'transition:triage_%'"));
        QCOMPARE(scalar(*session, "SELECT count(*) FROM case_reviews"),
            scalar(*session,
                "SELECT count(*) FROM audit_events WHERE kind IN ('transition:refer_police', "
                "'transition:refer_regulator', 'transition:monitor', 'transition:mediate', 'transition:return')"));
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM leads WHERE status = 'closed' AND (outcome = '' OR closed_at IS NULL)"),
            0);
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM case_triage WHERE conclusion = 'suspected' AND (basis = '[]' OR confidence "
                     "= '')"),
            0);
        // Deadlines: some overdue, some due within the day, relative to the moment of creation.
        QVERIFY(m_summary.overdue >= 5);
        QVERIFY(m_summary.dueSoon >= 3);
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM leads WHERE status IN ('draft', 'unfounded', 'closed') AND deadline_at IS "
                     "NOT NULL"),
            0);
        // Duplicates, drafts and evidence.
        QVERIFY(m_summary.linkedDuplicates >= 8);
        QCOMPARE(qint64(m_summary.linkedDuplicates),
            scalar(*session, "SELECT count(*) FROM leads WHERE linked_lead_id IS NOT NULL"));
        QVERIFY(scalar(*session, "SELECT count(*) FROM leads WHERE risk_level = 'high'") > 50);
        QVERIFY(scalar(*session, "SELECT count(*) FROM leads WHERE risk_level = 'low'") > 20);
    }

    void contentIsValidAndFictitious()
    {
        auto session = signIn("supervisor", "Supervisor-2026");
        LeadRepository repo(*session);
        auto ids = session->db().prepare("SELECT id FROM leads WHERE status <> 'draft'");
        QVERIFY(ids.ok());
        int checked = 0;
        QVERIFY(
            ids->forEachRow([&](const Statement& row) {
                   auto lead = repo.load(row.text(0));
                   QVERIFY(lead.ok());
                   QVERIFY2(leads::validate(*lead, leads::Completeness::Submitted).isEmpty(), qPrintable(lead->caseNo));
                   if (!lead->entityUscc.isEmpty()) {
                       QVERIFY(validate::isValidUscc(lead->entityUscc));
                       QCOMPARE(lead->entityUscc.mid(8, 6), QStringLiteral("MA0000")); // the fictitious block
                   }
                   for (const QString& phone : { lead->entityPhone, lead->informantPhone }) {
                       if (!phone.isEmpty())
                           QVERIFY2(validate::isValidPhone(phone) && phone.contains(QStringLiteral("0000")),
                               qPrintable(phone));
                   }
                   // The story agrees with its source: no hotline call in what was found online, no
                   // resident's report in what a patrol found.
                   const QString opening = lead->description.left(40);
                   if (lead->source == QLatin1String("online"))
                       QVERIFY2(!opening.contains(QStringLiteral("热线")) && !opening.contains(QStringLiteral("走访"))
                               && !opening.contains(QStringLiteral("来电")),
                           qPrintable(opening));
                   if (lead->source == QLatin1String("patrol"))
                       QVERIFY2(!opening.contains(QStringLiteral("反映")), qPrintable(opening));
                   if (lead->source == QLatin1String("public_report"))
                       QVERIFY(!lead->informantName.isEmpty());
                   QVERIFY2(!lead->description.contains(QStringLiteral("““")), qPrintable(lead->description));
                   ++checked;
               })
                .ok());
        QVERIFY(checked > 300);
    }

    void everyLeadLiesInItsGrid()
    {
        auto session = signIn("supervisor", "Supervisor-2026");
        StructureQuery structure(*session);
        auto rows = session->db().prepare(
            "SELECT l.lon, l.lat, l.grid_id, g.geometry FROM leads l JOIN grids g ON g.id = l.grid_id");
        QVERIFY(rows.ok());
        int checked = 0;
        QVERIFY(rows->forEachRow([&](const Statement& row) {
                        const geo::LonLat p { row.real(0), row.real(1) };
                        auto shape = geo::GeoJson::readGeometry(row.text(3).toUtf8());
                        QVERIFY(shape.ok());
                        QVERIFY(geo::contains(*shape, p));
                        QCOMPARE(
                            structure.gridAt(p.lon, p.lat), row.text(2)); // what the lead form's locator would pick
                        ++checked;
                    })
                    .ok());
        QCOMPARE(checked, m_summary.leads);
        // Spread over the district: many grids in many streets hold leads.
        QVERIFY(scalar(*session, "SELECT count(DISTINCT grid_id) FROM leads") > 150);
        QVERIFY(scalar(*session,
                    "SELECT count(DISTINCT c.street_id) FROM leads l JOIN grids g ON g.id = l.grid_id "
                    "JOIN communities c ON c.id = g.community_id")
            >= 18);
    }

    void historyIsBackdatedAndInOrder()
    {
        auto session = signIn("supervisor", "Supervisor-2026");
        const QString now = toIso(fixedNow());
        const QString earliest = toIso(fixedNow().addDays(-90));
        QCOMPARE(scalar(*session,
                     QStringLiteral("SELECT count(*) FROM leads WHERE created_at < '%1' OR created_at > '%2'")
                         .arg(earliest, now)
                         .toUtf8()
                         .constData()),
            0);
        QVERIFY(scalar(*session,
                    QStringLiteral("SELECT count(*) FROM leads WHERE created_at < '%1'")
                        .arg(toIso(fixedNow().addDays(-60)))
                        .toUtf8()
                        .constData())
            > 60);
        QCOMPARE(scalar(*session,
                     QStringLiteral("SELECT count(*) FROM audit_events WHERE wall_time > '%1'")
                         .arg(now)
                         .toUtf8()
                         .constData()),
            0);
        // The audit trail reads in time order, as it would have been written.
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM audit_events a JOIN audit_events b ON b.seq = a.seq + 1 WHERE b.wall_time < "
                     "a.wall_time"),
            0);
        // Case numbers carry the filing day.
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM leads WHERE substr(case_no, 3, 8) <> "
                     "replace(substr(created_at, 1, 10), '-', '')"),
            0);
        // Who did what: triage by volunteers or the office, reviews by the office only, filing by those who may.
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM case_triage t JOIN users u ON u.id = t.triaged_by "
                     "WHERE u.role NOT IN ('volunteer', 'supervisor')"),
            0);
        QCOMPARE(scalar(*session,
                     "SELECT count(*) FROM case_reviews r JOIN users u ON u.id = r.reviewed_by WHERE u.role <> "
                     "'supervisor'"),
            0);
        QVERIFY(scalar(*session, "SELECT count(DISTINCT reporter_user_id) FROM leads") > 40);
    }

    void auditChainVerifies()
    {
        auto session = signIn("supervisor", "Supervisor-2026");
        auto v = AuditLog::verify(session->db());
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->problem));
        QCOMPARE(v->count, m_summary.auditEvents);
        QVERIFY(v->count > 1500);
    }

    void accountsSeeTheirQueues_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("minVisible");
        QTest::addColumn<int>("minAwaiting");
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << QStringLiteral("Supervisor-2026") << 300 << 30;
        QTest::newRow("volunteer") << QStringLiteral("volunteer") << QStringLiteral("Volunteer-2026") << 20 << 3;
        QTest::newRow("sentinel") << QStringLiteral("sentinel") << QStringLiteral("Sentinel-2026") << 20 << 2;
        QTest::newRow("admin") << QStringLiteral("admin") << QStringLiteral("Admin-2026!") << 0 << 0;
    }

    void accountsSeeTheirQueues()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, minVisible);
        QFETCH(int, minAwaiting);
        auto session = Vault::unlock(m_path, user, password);
        QVERIFY(session.ok());
        LeadQuery query(**session);
        auto all = query.count(CaseWorkflow::viewFilter(CaseWorkflow::View::All, **session));
        auto awaiting = query.count(CaseWorkflow::viewFilter(CaseWorkflow::View::AwaitingMe, **session));
        auto due = query.count(CaseWorkflow::viewFilter(CaseWorkflow::View::Due, **session));
        QVERIFY(all.ok() && awaiting.ok() && due.ok());
        QVERIFY2(*all >= minVisible, qPrintable(QString::number(*all)));
        QVERIFY2(*awaiting >= minAwaiting, qPrintable(QString::number(*awaiting)));
        if (minAwaiting > 0)
            QVERIFY(*due > 0);
        else
            QCOMPARE(*all, 0);
        // The queue and the buttons agree: each case awaiting the user offers a move.
        CaseWorkflow workflow(**session);
        LeadFilter mine = CaseWorkflow::viewFilter(CaseWorkflow::View::AwaitingMe, **session);
        auto page = query.page(mine, LeadQuery::Sort::DeadlineFirst, 0, 50);
        QVERIFY(page.ok());
        for (const LeadSummary& s : *page) {
            auto state = workflow.load(s.id);
            QVERIFY(state.ok());
            QVERIFY2(!workflow.allowedTransitions(*state).isEmpty(), qPrintable(s.caseNo));
        }
        if (user == QLatin1String("sentinel")) {
            LeadFilter drafts;
            drafts.statuses = { QStringLiteral("draft") };
            auto count = query.count(drafts);
            QVERIFY(count.ok());
            QCOMPARE(*count, 3);
        }
    }

    void evidencePicturesAreImages()
    {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            QSKIP("no QGuiApplication: the demo has no pictures");
        QVERIFY(m_summary.evidenceFiles >= 40);
        auto session = signIn("supervisor", "Supervisor-2026");
        QCOMPARE(scalar(*session, "SELECT count(*) FROM attachments"), qint64(m_summary.evidenceFiles));
        auto rows = session->db().prepare("SELECT content, mime_type, size FROM attachments LIMIT 12");
        QVERIFY(rows.ok());
        QVERIFY(rows->forEachRow([](const Statement& row) {
                        QImage image;
                        QVERIFY(image.loadFromData(row.blob(0), "PNG"));
                        QVERIFY(image.width() >= 360 && image.height() >= 600);
                        QCOMPARE(row.text(1), QStringLiteral("image/png"));
                        QVERIFY(row.int64(2) < 200 * 1024);
                    })
                    .ok());
    }

    void sameSeedSameDistrict()
    {
        // Smaller districts keep this quick; the plan is the same code at any size.
        QTemporaryDir dir;
        std::vector<std::unique_ptr<Session>> sessions;
        for (const auto& [name, seed] : { std::pair { "a.db", DemoBuilder::kDefaultSeed },
                 std::pair { "b.db", DemoBuilder::kDefaultSeed }, std::pair { "c.db", quint64(7) } }) {
            auto o = options(seed);
            o.leads = 90;
            const QString path = dir.filePath(QString::fromLatin1(name));
            auto built = DemoBuilder::create(path, o);
            QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
            QCOMPARE(built->leads, 90);
            auto session = Vault::unlock(path, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
            QVERIFY(session.ok());
            sessions.push_back(std::move(*session));
        }
        const QStringList a = canonical(*sessions.at(0));
        QCOMPARE(a.size(), 90);
        QCOMPARE(canonical(*sessions.at(1)), a);
        QVERIFY(canonical(*sessions.at(2)) != a);
    }

    void leavesNothingOnFailure_data()
    {
        // A disk that fills up early, or late (the demo node takes about 22 MB): whichever write fails, the
        // builder removes what it made.
        QTest::addColumn<qint64>("limitBytes");
        QTest::newRow("256 KB free") << qint64(256 * 1024);
        QTest::newRow("14 MB free") << qint64(14 * 1024 * 1024);
    }

    void leavesNothingOnFailure()
    {
        QFETCH(qint64, limitBytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.db"));
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a short write fails with EFBIG instead
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(limitBytes);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        auto summary = DemoBuilder::create(path, options());
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!summary.ok());
        qInfo("%s", qPrintable(summary.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void refusesExistingDatabase()
    {
        const auto before = test::snapshot(m_dir.path());
        QCOMPARE(DemoBuilder::create(m_path, options()).error().code, Error::Code::AlreadyExists);
        QCOMPARE(test::snapshot(m_dir.path()), before);
    }

    // Last: it writes to the node. After the replay, the node runs on the system clock like any other, and its
    // audit chain goes on from the replayed one.
    void afterTheDemoTimeIsReal()
    {
        auto session = signIn("sentinel", "Sentinel-2026");
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        QVERIFY(qAbs(session->now().secsTo(QDateTime::currentDateTime())) <= 2);
        Lead lead;
        lead.title = QStringLiteral("社区门口有人派发“保本保息”理财传单");
        lead.categories = { QStringLiteral("非法金融广告") };
        lead.address = QStringLiteral("天河区某社区门口");
        lead.source = QStringLiteral("patrol");
        auto saved = LeadRepository(*session).save(lead, LeadRepository::Intent::Submit);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved->createdAt >= toIso(before));
        QVERIFY(
            saved->caseNo.startsWith(QStringLiteral("XS") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
        auto v = AuditLog::verify(session->db());
        QVERIFY(v.ok() && v->ok);
        QCOMPARE(v->count, m_summary.auditEvents + 1);
    }

    void structureOnlyWhenAsked()
    {
        QTemporaryDir dir;
        auto o = options();
        o.leads = 0;
        auto summary = DemoBuilder::create(dir.filePath(QStringLiteral("bare.db")), o);
        QVERIFY(summary.ok());
        QCOMPARE(summary->leads, 0);
        auto session = Vault::unlock(
            dir.filePath(QStringLiteral("bare.db")), QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
        QVERIFY(session.ok());
        QCOMPARE(scalar(**session, "SELECT count(*) FROM leads"), 0);
        QVERIFY(AuditLog::verify((*session)->db())->ok);
    }
};

QTEST_MAIN(TestDemoBuilder)
#include "tst_DemoBuilder.moc"
