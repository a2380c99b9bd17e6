// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The district beyond the lead list: the map with grids, pairs and leads; the case queues with a case's detail
// and the triage form; the structure editor; people and pairing cards.
#include "Screenshots.h"

#include "AppController.h"
#include "MainWindow.h"
#include "cases/CaseDetailPanel.h"
#include "cases/CasesPage.h"
#include "cases/TriageDialog.h"
#include "itemmodels/LeadListModel.h"
#include "map/MapPage.h"
#include "map/MapView.h"

#include <QTabBar>
#include <QTableView>

using namespace gs;
using namespace gs::shots;

namespace {

CasesPage* casesOf(MainWindow* window)
{
    window->showPage(MainWindow::CasesPage);
    Studio::settle();
    return window->casesPage();
}

/// Selects the first listed case in `status`; false when the view has none.
bool selectFirst(CasesPage* page, const QString& status)
{
    LeadListModel* model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(LeadListModel::StatusKeyRole).toString() == status) {
            page->selectCase(index.data(LeadListModel::LeadIdRole).toString());
            Studio::settle();
            return true;
        }
    }
    return false;
}

} // namespace

GS_SCREEN(80, map)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    window->showPage(MainWindow::MapPage);
    Studio::settle(1200); // the first frame of grids and leads is built off the UI thread
    studio.save(window, QStringLiteral("map"));
}

GS_SCREEN(90, cases)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    CasesPage* page = casesOf(window);
    page->setView(CaseWorkflow::View::Open);
    Studio::settle();
    if (selectFirst(page, QStringLiteral("escalated")) || selectFirst(page, QStringLiteral("under_review")))
        studio.save(window, QStringLiteral("cases-review"));
    page->setView(CaseWorkflow::View::Due);
    Studio::settle();
    studio.save(window, QStringLiteral("cases-due"));
    page->setView(CaseWorkflow::View::Open);
    Studio::settle();
    if (selectFirst(page, QStringLiteral("in_triage"))) {
        const QString leadId = page->view()->currentIndex().data(LeadListModel::LeadIdRole).toString();
        auto* dialog = new TriageDialog(*studio.controller()->session(), leadId, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->resize(std::min(studio.screen().width() - 80, 1200), std::min(studio.screen().height() - 60, 820));
        dialog->show();
        Studio::settle();
        studio.save(dialog, QStringLiteral("triage"), window);
        dialog->close();
    }
}

GS_SCREEN(95, cases_sentinel)
{
    MainWindow* window = studio.signIn(QStringLiteral("sentinel"));
    CasesPage* page = casesOf(window);
    page->setView(CaseWorkflow::View::AwaitingMe);
    Studio::settle();
    studio.save(window, QStringLiteral("cases-sentinel"));
}

GS_SCREEN(100, structure)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    if (!window->structurePage())
        return;
    window->showPage(MainWindow::StructurePageKey);
    Studio::settle();
    studio.save(window, QStringLiteral("structure"));
}

GS_SCREEN(110, people)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    if (!window->peoplePage())
        return;
    window->showPage(MainWindow::PeoplePage);
    Studio::settle();
    studio.save(window, QStringLiteral("people"));
}
