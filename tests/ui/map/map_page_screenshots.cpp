// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Not a test: the Map page of the demo district (with a few hundred synthetic leads) in the main window, the
// pairing card and the location picker, as PNGs. Usage: QT_QPA_PLATFORM=offscreen [GS_LANG=zh_CN]
// map_page_screenshots [OUT_DIR]
#include "MainWindow.h"
#include "MapTestData.h"
#include "Prompter.h"
#include "Translations.h"
#include "accounts/Session.h"
#include "demo/DemoBuilder.h"
#include "leads/LeadRepository.h"
#include "map/LocationPickerDialog.h"
#include "map/MapPage.h"
#include "map/MapView.h"
#include "map/PairCardWidget.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;

namespace {

void save(QWidget* w, const QString& dir, const QString& name)
{
    QApplication::processEvents();
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    qInfo("%s", qPrintable(file));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (const QString lang = qEnvironmentVariable("GS_LANG"); !lang.isEmpty())
        installTranslations(app, lang);
    const QString out = app.arguments().value(1, QStringLiteral("build/screenshots/map"));
    QDir().mkpath(out);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    if (auto s = DemoBuilder::create(path, { 10, 8, 1 }); !s)
        qFatal("demo: %s", qPrintable(s.error().message));
    {
        // Leads filed by the demo sentinel in the demo structure, then moved along the workflow by SQL (a tool only).
        auto session = Vault::unlock(path, QStringLiteral("sentinel"), QStringLiteral("Sentinel-2026"));
        auto data = map::MapDataLoader::loadStructure(**session);
        const QList<map::MapLead> places = test::syntheticLeads(*data, 400, 11);
        LeadRepository repository(**session);
        repository.setGridLocator([](double, double) { return QString(); });
        int n = 0;
        for (const map::MapLead& p : places) {
            Lead l;
            l.title = QStringLiteral("社区理财讲座承诺高额返利 %1").arg(++n);
            l.categories = { QStringLiteral("非法集资") };
            l.entityName = QStringLiteral("广州某财富管理有限公司");
            l.address = QStringLiteral("天河路%1号").arg(n);
            l.lon = p.position.lon;
            l.lat = p.position.lat;
            l.groupsAtRisk = { QStringLiteral("elderly") };
            l.source = QStringLiteral("patrol");
            l.amountCents = p.amountCents;
            l.description = n % 3 ? QStringLiteral("称保本保息，年化18%。") : QStringLiteral("发放传单宣传养老项目。");
            auto saved = repository.save(l, LeadRepository::Intent::Submit);
            if (!saved)
                qFatal("lead: %s", qPrintable(saved.error().message));
            auto update = (*session)->db().prepare("UPDATE leads SET status = ? WHERE id = ?");
            update->bindAll(p.status, saved->id);
            (void)update->run();
        }
    }
    auto session = Vault::unlock(path, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
    Prompter prompter;
    prompter.setScripted(true);
    MainWindow window(**session, prompter);
    window.resize(1440, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.showPage(MainWindow::MapPage);
    auto* page = window.findChild<MapPage*>();
    MapView* view = page->view();
    view->fitDistrict();
    save(&window, out, QStringLiteral("page-district"));
    view->centreOn({ 113.335, 23.135 }, 14.2);
    save(&window, out, QStringLiteral("page-z14"));
    view->centreOn({ 113.335, 23.132 }, 16.2);
    view->repaint();
    // The pairing card of the first pair line on screen, and a selected grid.
    if (!view->lastFrame().pairs.isEmpty()) {
        const QLineF line = view->lastFrame().pairs.first().line;
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, line.pointAt(0.5).toPoint());
    }
    save(&window, out, QStringLiteral("page-pair-card"));
    QTest::keyClick(view, Qt::Key_Escape);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(view->width() / 3, view->height() / 3));
    save(&window, out, QStringLiteral("page-selected-grid"));
    page->layerAction(map::Layer::Heatmap)->trigger();
    page->layerAction(map::Layer::Leads)->trigger();
    view->fitDistrict();
    save(&window, out, QStringLiteral("page-heatmap"));
    page->layerAction(map::Layer::Heatmap)->trigger();
    page->layerAction(map::Layer::Leads)->trigger();

    LocationPickerDialog picker(**session, &window);
    picker.show();
    picker.setLocation(geo::LonLat { 113.3345, 23.1388 });
    picker.view()->centreOn({ 113.3345, 23.1388 }, 15.5);
    save(&picker, out, QStringLiteral("picker"));
    return 0;
}
