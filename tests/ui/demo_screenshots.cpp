// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Not a test: the demo node as a newcomer sees it on day one (`gridsentinel demo`), as PNGs: the lead list, the
// Cases page (awaiting me, due, all), a case's detail and timeline, the map with leads and heat, the volunteer's
// and the sentinel's queues, and a few of the evidence pictures. Usage:
//   QT_QPA_PLATFORM=offscreen [GS_LANG=zh_CN] demo_screenshots [OUT_DIR] [DEMO_DB]
// Without DEMO_DB the demo is built in a temporary folder (fast key derivation).
#include "MainWindow.h"
#include "Prompter.h"
#include "Translations.h"
#include "accounts/Session.h"
#include "cases/CasesPage.h"
#include "demo/DemoBuilder.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadsPage.h"
#include "map/MapPage.h"
#include "map/MapView.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;

namespace {

QString g_out;

void settle(int ms = 150)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QTest::qWait(ms);
}

void save(QWidget* w, const QString& name)
{
    settle();
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    qInfo("%s", qPrintable(file));
}

std::unique_ptr<Session> signIn(const QString& path, const char* user, const char* password)
{
    auto session = Vault::unlock(path, QString::fromLatin1(user), QString::fromLatin1(password));
    if (!session)
        qFatal("%s: %s", user, qPrintable(session.error().message));
    return std::move(*session);
}

void casesShots(MainWindow& window, const QString& prefix)
{
    window.showPage(MainWindow::CasesPage);
    CasesPage* cases = window.casesPage();
    for (CaseWorkflow::View view :
        { CaseWorkflow::View::AwaitingMe, CaseWorkflow::View::Due, CaseWorkflow::View::All }) {
        cases->setView(view);
        settle(300);
        if (cases->view()->model()->rowCount() > 0)
            cases->view()->selectRow(0);
        save(&window, prefix + QStringLiteral("-cases-%1").arg(int(view)));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (const QString lang = qEnvironmentVariable("GS_LANG"); !lang.isEmpty())
        installTranslations(app, lang);
    g_out = app.arguments().value(1, QStringLiteral("build/screenshots/demo"));
    QDir().mkpath(g_out);
    QTemporaryDir dir;
    QString path = app.arguments().value(2);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.db"));
        DemoBuilder::Options options;
        options.kdf = { 10, 8, 1 };
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoBuilder::create(path, options);
        if (!summary)
            qFatal("demo: %s", qPrintable(summary.error().message));
        qInfo("demo built in %lld ms", timer.elapsed());
    }
    Prompter prompter;
    prompter.setScripted(true);

    {
        auto session = signIn(path, "supervisor", "Supervisor-2026");
        MainWindow window(*session, prompter);
        window.resize(1440, 900);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        window.showPage(MainWindow::LeadsPage);
        settle(400);
        save(&window, QStringLiteral("supervisor-leads"));
        LeadsPage* leads = window.leadsPage();
        // The detail of the first lead with a history worth reading: one referred to the police.
        QString detailId;
        if (auto s = session->db().prepare(
                "SELECT l.id FROM leads l WHERE l.status = 'closed' AND EXISTS "
                "(SELECT 1 FROM attachments a WHERE a.lead_id = l.id) ORDER BY l.created_at DESC LIMIT 1");
            s && s->nextRow())
            detailId = s->text(0);
        if (!detailId.isEmpty()) {
            if (LeadDetailView* detail = leads->openDetail(detailId)) {
                detail->resize(1100, 900);
                save(detail, QStringLiteral("supervisor-lead-detail"));
                detail->close();
            }
        }
        casesShots(window, QStringLiteral("supervisor"));
        window.showPage(MainWindow::MapPage);
        auto* map = window.findChild<MapPage*>();
        map->view()->fitDistrict();
        save(&window, QStringLiteral("supervisor-map"));
        map->view()->centreOn({ 113.345, 23.14 }, 14.5);
        save(&window, QStringLiteral("supervisor-map-z14"));
        map->layerAction(map::Layer::Heatmap)->trigger();
        map->layerAction(map::Layer::Leads)->trigger();
        map->view()->fitDistrict();
        save(&window, QStringLiteral("supervisor-map-heat"));

        // A few evidence pictures as stored.
        if (auto s = session->db().prepare("SELECT file_name, content FROM attachments ORDER BY created_at LIMIT 6");
            s) {
            int n = 0;
            (void)s->forEachRow([&n](const Statement& row) {
                QFile f(QDir(g_out).filePath(QStringLiteral("evidence-%1.png").arg(++n)));
                if (f.open(QIODevice::WriteOnly))
                    f.write(row.blob(1));
            });
        }
    }
    for (const auto& [user, password] :
        { std::pair { "volunteer", "Volunteer-2026" }, std::pair { "sentinel", "Sentinel-2026" } }) {
        auto session = signIn(path, user, password);
        MainWindow window(*session, prompter);
        window.resize(1440, 900);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        window.showPage(MainWindow::LeadsPage);
        settle(400);
        save(&window, QString::fromLatin1(user) + QStringLiteral("-leads"));
        casesShots(window, QString::fromLatin1(user));
    }
    return 0;
}
