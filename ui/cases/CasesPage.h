// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "report/CaseReport.h"
#include "workflow/CaseWorkflow.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTabBar;
class QTableView;
class QTimer;

namespace gs {

class CaseActions;
class CaseDetailPanel;
class LeadDetailView;
class LeadListModel;
class Prompter;
class Session;

/// The Cases page: the user's queue ("awaiting me"), what is due soon or overdue, all open and closed cases, each
/// sorted by deadline; the selected case's detail with the moves the user may make on it beside the list.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    CasesPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~CasesPage() override;

    static QList<CaseWorkflow::View> views();
    CaseWorkflow::View currentView() const;
    void setView(CaseWorkflow::View view);
    /// Selects the case in the list (switching to "all" when the current view does not hold it).
    bool selectCase(const QString& leadId);
    /// Reloads list, counts and detail (after a change made elsewhere).
    void refresh();
    /// The map picture for case reports (the map view's renderer); a drawn sketch without one.
    void setMapSnapshotProvider(MapSnapshotProvider provider);

    LeadListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CaseDetailPanel* detail() const { return m_detail; }
    CaseActions* actions() const { return m_actions; }
    QTabBar* viewTabs() const { return m_tabs; }
    LeadDetailView* leadDetail() const;

Q_SIGNALS:
    /// A case moved (a step, an assignment, an export): other lists and the status bar recount.
    void casesChanged();

private:
    void applyView();
    void updateCounts();
    void showCurrent();
    void openLead(const QString& leadId);

    Session& m_session;
    Prompter& m_prompter;
    CaseActions* m_actions = nullptr;
    LeadListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QTabBar* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QSplitter* m_splitter = nullptr;
    CaseDetailPanel* m_detail = nullptr;
    QPointer<LeadDetailView> m_leadDetail;
    MapSnapshotProvider m_snapshot;
};

} // namespace gs
