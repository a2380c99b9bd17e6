// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CasesPage.h"

#include "CaseActions.h"
#include "CaseDetailPanel.h"
#include "FormHelpers.h"
#include "accounts/Session.h"
#include "domain/Lead.h"
#include "itemmodels/LeadListModel.h"
#include "leads/HighlightDelegate.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadForm.h"
#include "leads/LeadServices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {
namespace {

QString viewTitle(CaseWorkflow::View view)
{
    switch (view) {
    case CaseWorkflow::View::AwaitingMe:
        return CasesPage::tr("Awaiting me");
    case CaseWorkflow::View::Due:
        return CasesPage::tr("Due soon / overdue");
    case CaseWorkflow::View::Open:
        return CasesPage::tr("All open");
    case CaseWorkflow::View::Closed:
        return CasesPage::tr("Closed");
    case CaseWorkflow::View::All:
        return CasesPage::tr("All");
    }
    return {};
}

} // namespace

QList<CaseWorkflow::View> CasesPage::views()
{
    return { CaseWorkflow::View::AwaitingMe, CaseWorkflow::View::Due, CaseWorkflow::View::Open,
        CaseWorkflow::View::Closed, CaseWorkflow::View::All };
}

CasesPage::CasesPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("casesPage"));
    m_actions = new CaseActions(session, prompter, this);
    m_model = new LeadListModel(session, this);
    m_model->setSort(LeadQuery::Sort::DeadlineFirst);

    m_tabs = new QTabBar;
    m_tabs->setObjectName(QStringLiteral("caseViews"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (CaseWorkflow::View v : views())
        m_tabs->addTab(viewTitle(v));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("caseSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search cases…"));
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CasesPage::applyView);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("caseCountLabel"));

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("casesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HighlightDelegate(LeadListModel::SearchNeedlesRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // The detail beside the list shows the rest; the list keeps what decides the order of work.
    for (int column : { LeadListModel::Entity, LeadListModel::Place, LeadListModel::Amount, LeadListModel::Created,
             LeadListModel::Reporter })
        m_view->setColumnHidden(column, true);
    const int ch = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int han = m_view->fontMetrics().horizontalAdvance(QChar(0x7f51));
    m_view->setColumnWidth(LeadListModel::CaseNo, ch * 20 + 8);
    // Statuses are read, not guessed: wide enough for the longest label (疑似非法金融活动).
    int statusWidth = han * 4;
    for (const QString& key : leads::statusKeys())
        statusWidth = std::max(statusWidth, m_view->fontMetrics().horizontalAdvance(leads::statusLabel(key)) + 12);
    m_view->setColumnWidth(LeadListModel::Status, statusWidth);
    m_view->setColumnWidth(LeadListModel::Risk, ch * 9);
    m_view->setColumnWidth(LeadListModel::Reporter, han * 5);
    m_view->setColumnWidth(LeadListModel::Deadline, ch * 13);
    m_view->setColumnWidth(
        LeadListModel::Assignee, std::max(han * 4, m_view->fontMetrics().horizontalAdvance(tr("Assigned to")) + 16));
    header->setSectionResizeMode(LeadListModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(ch * 6);
    header->moveSection(header->visualIndex(LeadListModel::Deadline), 1); // what matters first: the deadline
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("casesEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto* listStack = new QStackedWidget;
    listStack->setObjectName(QStringLiteral("casesListStack"));
    listStack->addWidget(m_view);
    listStack->addWidget(m_empty);

    m_detail = new CaseDetailPanel(session, prompter, *m_actions);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(makeTitleLabel(tr("Cases"), this, 6));
    top->addSpacing(16);
    top->addWidget(m_tabs);
    top->addStretch();
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &CasesPage::applyView);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, listStack] {
        listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view) : m_empty);
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, LeadListModel::Title));
        else if (m_model->rowCount() == 0)
            m_detail->showCase(QString());
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex& index) { openLead(index.data(LeadListModel::LeadIdRole).toString()); });
    connect(m_detail, &CaseDetailPanel::openLeadRequested, this, &CasesPage::openLead);
    connect(m_actions, &CaseActions::caseChanged, this, [this] {
        // After the dialog has gone: a reload under a closing dialog would rebuild the panel it belongs to.
        QTimer::singleShot(0, this, [this] {
            refresh();
            Q_EMIT casesChanged();
        });
    });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_tabs->setCurrentIndex(0); // the user's own queue first
    applyView();
}

CasesPage::~CasesPage()
{
    disconnectChildren(this);
}

LeadDetailView* CasesPage::leadDetail() const
{
    return m_leadDetail.data();
}

CaseWorkflow::View CasesPage::currentView() const
{
    return views().value(m_tabs->currentIndex(), CaseWorkflow::View::AwaitingMe);
}

void CasesPage::setView(CaseWorkflow::View view)
{
    const int index = int(views().indexOf(view));
    if (index == m_tabs->currentIndex())
        applyView();
    else
        m_tabs->setCurrentIndex(index);
}

void CasesPage::applyView()
{
    const QString current = m_detail->leadId();
    LeadFilter filter = CaseWorkflow::viewFilter(currentView(), m_session);
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
    const int row = m_model->rowOfLead(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, LeadListModel::Title));
    updateCounts();
}

void CasesPage::refresh()
{
    const QString current = m_detail->leadId();
    m_model->refresh();
    const int row = m_model->rowOfLead(current);
    if (row >= 0) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(m_model->index(row, LeadListModel::Title));
    }
    // A case that just left this view (taken, escalated) stays in the panel: the user sees what the step did.
    m_detail->showCase(current.isEmpty() ? m_view->currentIndex().data(LeadListModel::LeadIdRole).toString() : current);
    updateCounts();
}

void CasesPage::updateCounts()
{
    LeadQuery query(m_session);
    for (int i = 0; i < m_tabs->count(); ++i) {
        const CaseWorkflow::View v = views().at(i);
        if (v == CaseWorkflow::View::All || v == CaseWorkflow::View::Closed) {
            m_tabs->setTabText(i, viewTitle(v));
            continue;
        }
        // Capped as the list's own count is: a tab says "1,000+" rather than read a whole backlog.
        auto n = query.count(CaseWorkflow::viewFilter(v, m_session), LeadListModel::kCountCap);
        if (!n)
            m_tabs->setTabText(i, viewTitle(v));
        else if (*n >= LeadListModel::kCountCap)
            m_tabs->setTabText(i, tr("%1 (%2+)").arg(viewTitle(v), QLocale().toString(*n)));
        else
            m_tabs->setTabText(i, tr("%1 (%2)").arg(viewTitle(v), QLocale().toString(*n)));
    }
    const qint64 total = m_model->totalCount();
    if (m_model->totalIsCapped())
        m_count->setText(tr("%1+ cases").arg(QLocale().toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 case") : tr("%1 cases").arg(QLocale().toString(total)));
    switch (currentView()) {
    case CaseWorkflow::View::AwaitingMe:
        m_empty->setText(
            tr("Nothing is waiting for you. Cases you may take a step on appear here, soonest deadline first."));
        break;
    case CaseWorkflow::View::Due:
        m_empty->setText(tr("Nothing is due soon or overdue."));
        break;
    default:
        m_empty->setText(
            m_search->text().trimmed().isEmpty() ? tr("No cases here.") : tr("No case matches the search."));
        break;
    }
}

void CasesPage::showCurrent()
{
    const QString id = m_view->currentIndex().data(LeadListModel::LeadIdRole).toString();
    if (!id.isEmpty())
        m_detail->showCase(id);
}

bool CasesPage::selectCase(const QString& leadId)
{
    int row = m_model->rowOfLead(leadId);
    if (row < 0) {
        setView(CaseWorkflow::View::All);
        while (row < 0 && m_model->canFetchMore({})) {
            m_model->fetchMore({});
            row = m_model->rowOfLead(leadId);
        }
        row = m_model->rowOfLead(leadId);
    }
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, LeadListModel::Title));
    m_detail->showCase(leadId);
    return true;
}

void CasesPage::openLead(const QString& leadId)
{
    if (leadId.isEmpty())
        return;
    if (m_leadDetail)
        m_leadDetail->close();
    auto* detail = new LeadDetailView(m_session, m_prompter, leadId, this);
    detail->setWindowModality(Qt::WindowModal);
    if (m_snapshot)
        detail->setMapSnapshotProvider(m_snapshot);
    m_leadDetail = detail;
    connect(detail, &LeadDetailView::caseChanged, this, [this] {
        refresh();
        Q_EMIT casesChanged();
    });
    connect(detail, &LeadDetailView::editRequested, this, [this](const QString& id) {
        QTimer::singleShot(0, this, [this, id] {
            auto* form = new LeadForm(m_session, m_prompter, id, this);
            form->setWindowModality(Qt::WindowModal);
            connect(form, &LeadForm::leadSaved, this, [this] {
                refresh();
                Q_EMIT casesChanged();
            });
            form->show();
        });
    });
    detail->show();
}

} // namespace gs
