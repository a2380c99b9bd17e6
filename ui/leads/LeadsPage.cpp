// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadsPage.h"

#include "dictionaries/NodeDictionaries.h"

#include "FormHelpers.h"
#include "GridPicker.h"
#include "HighlightDelegate.h"
#include "LeadDetailView.h"
#include "LeadForm.h"
#include "LeadServices.h"
#include "MultiSelectButton.h"
#include "accounts/Session.h"
#include "domain/Lead.h"
#include "itemmodels/LeadListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {
namespace {
const QDate kNoDate(2000, 1, 1);
}

LeadsPage::LeadsPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("leadsPage"));
    m_model = new LeadListModel(session, this);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("leadSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search title, entity, address, description… (Ctrl+F)"));
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LeadsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_view->setFocus();
    });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("leadCountLabel"));
    m_newLead = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New lead"));
    m_newLead->setObjectName(QStringLiteral("newLeadButton"));
    m_newLead->setToolTip(tr("File a new lead (Ctrl+N)"));
    m_newLead->setVisible(session.can(Permission::FileLeads));
    connect(m_newLead, &QPushButton::clicked, this, [this] { openForm(); });
    auto* newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setContext(Qt::WindowShortcut); // active while this page is the one shown
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (m_newLead->isVisible())
            openForm();
    });

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("leadsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HighlightDelegate(LeadListModel::SearchNeedlesRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->setSortingEnabled(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const int ch = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int han = m_view->fontMetrics().horizontalAdvance(QChar(0x7f51));
    // Title takes what is left; the others get what their usual content needs.
    m_view->setColumnWidth(LeadListModel::CaseNo, ch * 21);
    m_view->setColumnWidth(LeadListModel::Status, ch * 15);
    m_view->setColumnWidth(LeadListModel::Entity, han * 9);
    m_view->setColumnWidth(LeadListModel::Place, han * 9);
    m_view->setColumnWidth(LeadListModel::Risk, ch * 11);
    m_view->setColumnWidth(LeadListModel::Amount, ch * 11);
    m_view->setColumnWidth(LeadListModel::Reporter, han * 5);
    m_view->setColumnWidth(LeadListModel::Created, ch * 12);
    m_view->setColumnWidth(LeadListModel::Deadline, ch * 12);
    // No header may be clipped in any language (the sort indicator takes room too).
    for (int c = 0; c < LeadListModel::ColumnCount; ++c) {
        const int needed
            = header->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 18;
        m_view->setColumnWidth(c, std::max(m_view->columnWidth(c), needed));
    }
    header->setSectionResizeMode(LeadListModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(ch * 6);
    syncSortIndicator();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { QTimer::singleShot(0, this, &LeadsPage::syncSortIndicator); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        openDetail(index.data(LeadListModel::LeadIdRole).toString());
    });
    connect(m_model, &LeadListModel::totalCountChanged, this, &LeadsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, LeadListModel::Title));
    });

    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("leadsMessage"));
    connect(m_model, &LeadListModel::queryFailed, this, [this](const QString& message) { showError(m_message, message); });

    auto* top = new QHBoxLayout;
    top->addWidget(makeTitleLabel(tr("Leads"), this, 6));
    top->addSpacing(16);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addSpacing(8);
    top->addWidget(m_newLead);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(buildFilterBar());
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);
    layout->addWidget(m_listStack, 1);
    layout->addWidget(m_message);

    QWidget::setTabOrder(m_search, m_newLead);
    updateCount(m_model->totalCount());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, LeadListModel::Title));
}

LeadsPage::~LeadsPage() { disconnectChildren(this); }

LeadForm* LeadsPage::form() const { return m_form.data(); }

LeadDetailView* LeadsPage::detailView() const { return m_detail.data(); }

QWidget* LeadsPage::buildFilterBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("filterBar"));

    m_statuses = new MultiSelectButton(tr("Status"));
    m_statuses->setObjectName(QStringLiteral("statusFilter"));
    QList<std::pair<QString, QString>> statuses;
    for (const QString& key : leads::statusKeys())
        statuses.append({ key, leads::statusLabel(key) });
    m_statuses->setChoices(statuses);

    m_groups = new MultiSelectButton(tr("At risk"));
    m_groups->setObjectName(QStringLiteral("groupsFilter"));
    QList<std::pair<QString, QString>> groups;
    for (const QString& key : leads::groupsAtRiskKeys())
        groups.append({ key, leads::groupAtRiskLabel(key) });
    m_groups->setChoices(groups);

    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("Any category"), QString());
    for (const QString& category : NodeDictionaries(m_session).categories())
        m_category->addItem(category, category);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_risk = new QComboBox;
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_risk->addItem(tr("Any risk"), QString());
    for (const QString& level : { QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") })
        m_risk->addItem(tr("%1 risk").arg(LeadListModel::riskLevelName(level)), level);
    m_risk->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_grid = new GridPicker(m_session, GridPicker::Mode::Filter);
    m_grid->setObjectName(QStringLiteral("gridFilter"));

    const auto dateEdit = [](const char* name, const QString& any) {
        auto* edit = new QDateEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(any);
        edit->setDate(kNoDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit("fromDateFilter", tr("From: any"));
    m_to = dateEdit("toDateFilter", tr("To: any"));
    m_from->setToolTip(tr("Filed on or after"));
    m_to->setToolTip(tr("Filed on or before"));

    m_mine = new QCheckBox(tr("&Mine"));
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    m_mine->setToolTip(tr("Filed by me or assigned to me"));
    m_myPairs = new QCheckBox(tr("My &pairs"));
    m_myPairs->setObjectName(QStringLiteral("myPairsFilter"));
    m_myPairs->setToolTip(tr("Filed by me or by the people I am paired with"));
    const Role role = m_session.user().role;
    m_myPairs->setVisible(role == Role::Sentinel || role == Role::Volunteer);
    m_overdue = new QCheckBox(tr("&Overdue"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setToolTip(tr("Open leads whose deadline has passed"));
    auto* clear = new QPushButton(tr("Clear filters"));
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    clear->setFlat(true);
    connect(clear, &QPushButton::clicked, this, &LeadsPage::clearFilters);

    auto* first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_statuses);
    first->addWidget(m_category);
    first->addWidget(m_risk);
    first->addWidget(m_groups);
    first->addWidget(m_grid, 1);
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(new QLabel(tr("Filed:")));
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addSpacing(12);
    second->addWidget(m_mine);
    second->addWidget(m_myPairs);
    second->addWidget(m_overdue);
    second->addStretch();
    second->addWidget(clear);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &LeadsPage::applyFilter);
    connect(m_groups, &MultiSelectButton::selectionChanged, this, &LeadsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilter);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilter);
    connect(m_grid, &GridPicker::selectionChanged, this, &LeadsPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &LeadsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LeadsPage::applyFilter);
    for (QCheckBox* check : { m_mine, m_myPairs, m_overdue })
        connect(check, &QCheckBox::toggled, this, &LeadsPage::applyFilter);
    return bar;
}

LeadFilter LeadsPage::currentFilter() const
{
    LeadFilter f;
    f.text = m_search->text().trimmed();
    f.statuses = m_statuses->selectedKeys();
    if (!m_category->currentData().toString().isEmpty())
        f.categories = { m_category->currentData().toString() };
    if (!m_risk->currentData().toString().isEmpty())
        f.riskLevels = { m_risk->currentData().toString() };
    f.groupsAtRisk = m_groups->selectedKeys();
    f.gridId = m_grid->gridId();
    f.communityId = f.gridId.isEmpty() ? m_grid->communityId() : QString();
    f.streetId = f.gridId.isEmpty() && f.communityId.isEmpty() ? m_grid->streetId() : QString();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    f.mine = m_mine->isChecked();
    f.myPairs = m_myPairs->isChecked() && m_myPairs->isVisible();
    f.overdue = m_overdue->isChecked();
    return f;
}

void LeadsPage::applyFilter()
{
    showError(m_message, QString());
    const QString current = m_view->currentIndex().data(LeadListModel::LeadIdRole).toString();
    m_model->setFilter(currentFilter());
    const int row = m_model->rowOfLead(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, LeadListModel::Title));
}

void LeadsPage::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    for (QObject* o : std::initializer_list<QObject*> { m_statuses, m_groups, m_category, m_risk, m_grid, m_from, m_to, m_mine, m_myPairs, m_overdue })
        o->blockSignals(true);
    m_statuses->setSelectedKeys({});
    m_groups->setSelectedKeys({});
    m_category->setCurrentIndex(0);
    m_risk->setCurrentIndex(0);
    m_grid->clear();
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    for (QCheckBox* check : { m_mine, m_myPairs, m_overdue })
        check->setChecked(false);
    for (QObject* o : std::initializer_list<QObject*> { m_statuses, m_groups, m_category, m_risk, m_grid, m_from, m_to, m_mine, m_myPairs, m_overdue })
        o->blockSignals(false);
    applyFilter();
}

void LeadsPage::updateCount(qint64 total)
{
    if (m_model->totalIsCapped()) {
        // Counting stops at the cap (LeadListModel::kCountCap): a bound, said as one.
        m_count->setText(tr("%1+ leads").arg(QLocale().toString(total)));
        m_count->setToolTip(tr("More than %1 leads match. Narrow the search or the filters to count them exactly.")
                                .arg(QLocale().toString(total)));
    } else {
        m_count->setText(total == 1 ? tr("1 lead") : tr("%1 leads").arg(QLocale().toString(total)));
        m_count->setToolTip(QString());
    }
    if (!m_listStack)
        return;
    if (total > 0) {
        m_listStack->setCurrentWidget(m_view);
        return;
    }
    const LeadFilter f = currentFilter();
    const bool filtered = !f.text.isEmpty() || !f.statuses.isEmpty() || !f.categories.isEmpty() || !f.riskLevels.isEmpty()
        || !f.groupsAtRisk.isEmpty() || !f.gridId.isEmpty() || !f.communityId.isEmpty() || !f.streetId.isEmpty() || f.from.isValid()
        || f.to.isValid() || f.mine || f.myPairs || f.overdue;
    if (filtered)
        m_empty->setText(tr("No lead matches the search and filters. Clear filters to see all leads you may see."));
    else if (m_session.can(Permission::FileLeads))
        m_empty->setText(tr("No leads to show yet. Leads you file, and leads in the grids you cover, appear here.\n\n"
                            "File one with New lead (Ctrl+N)."));
    else
        m_empty->setText(tr("No leads to show yet."));
    m_listStack->setCurrentWidget(m_empty);
}

void LeadsPage::syncSortIndicator()
{
    const auto [column, order] = LeadListModel::sortIndicator(m_model->sortOrder());
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(column, order);
}

LeadForm* LeadsPage::openForm(const QString& leadId)
{
    if (m_form) {
        m_form->raise();
        m_form->activateWindow();
        return m_form;
    }
    auto* form = new LeadForm(m_session, m_prompter, leadId, this);
    form->setWindowModality(Qt::WindowModal);
    m_form = form;
    connect(form, &LeadForm::leadSaved, this, [this](const QString& id) {
        m_model->refresh();
        const int row = m_model->rowOfLead(id);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, LeadListModel::Title));
        showNote(m_message, tr("Lead saved."));
    });
    form->show();
    form->offerDraft();
    return form;
}

LeadDetailView* LeadsPage::openDetail(const QString& leadId)
{
    if (leadId.isEmpty())
        return nullptr;
    if (m_detail)
        m_detail->close();
    auto* detail = new LeadDetailView(m_session, m_prompter, leadId, this);
    detail->setWindowModality(Qt::WindowModal);
    m_detail = detail;
    connect(detail, &LeadDetailView::editRequested, this, [this](const QString& id) {
        // After the detail view has closed: the form opens on the page, not on the closing dialog.
        QTimer::singleShot(0, this, [this, id] { openForm(id); });
    });
    connect(detail, &LeadDetailView::caseChanged, m_model, &LeadListModel::refresh);
    connect(detail, &LeadDetailView::openLeadRequested, this,
        [this](const QString& id) { QTimer::singleShot(0, this, [this, id] { openDetail(id); }); });
    detail->show();
    return detail;
}

void LeadsPage::prepareForLock()
{
    if (m_form)
        m_form->prepareForLock();
}

} // namespace gs
