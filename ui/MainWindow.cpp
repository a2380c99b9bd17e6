// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MainWindow.h"

#include "Prompter.h"
#include "SettingsPage.h"
#include "cases/CasesPage.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadQuery.h"
#include "leads/LeadsPage.h"
#include "map/MapPage.h"
#include "people/PeoplePage.h"
#include "structure/DistrictChanges.h"
#include "structure/StructurePage.h"
#include "accounts/NodeSettings.h"
#include "accounts/Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {

MainWindow::MainWindow(Session& session, Prompter& prompter, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GridSentinel") + QStringLiteral(" — ") + session.node().name);
    setMinimumSize(960, 600);
    resize(1280, 720);
    buildActions();
    buildNavigation();
    buildStatusBar();
    setAutoLockMinutes(NodeSettings(session).autoLockMinutes());
}

MainWindow::~MainWindow() { prepareForLock(); }

void MainWindow::prepareForLock()
{
    if (m_leads)
        m_leads->prepareForLock();
}

void MainWindow::buildActions()
{
    m_lockAction = new QAction(tr("&Lock now"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Locking must work from any dialog of the application, not only from this window.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Close the database and return to the sign-in screen (Ctrl+L)"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        Q_EMIT quitRequested();
    });

    m_aboutAction = new QAction(tr("&About GridSentinel"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->addAction(m_lockAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(m_quitAction);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    // Shared by every page that shows or changes the structure, people or pairings (the map among them).
    m_districtChanges = new DistrictChanges(this);

    const auto icon = [this](QStyle::StandardPixmap pixmap) { return style()->standardIcon(pixmap); };
    const Session& s = m_session;
    if (s.can(Permission::FileLeads) || s.can(Permission::ViewAllLeads)) {
        m_leads = new gs::LeadsPage(m_session, m_prompter);
        addPage(LeadsPage, icon(QStyle::SP_FileDialogDetailedView), tr("Leads"), m_leads);
    }
    auto* mapPage = new gs::MapPage(m_session, m_prompter);
    mapPage->setLeadFilterProvider([this] { return m_leads ? m_leads->currentFilter() : LeadFilter(); });
    mapPage->setDistrictChanges(m_districtChanges);
    connect(mapPage, &gs::MapPage::leadActivated, this, [this](const QString& leadId) {
        if (!m_leads)
            return;
        showPage(LeadsPage);
        m_leads->openDetail(leadId);
    });
    addPage(MapPage, icon(QStyle::SP_DriveNetIcon), tr("Map"), mapPage);
    if (s.can(Permission::FileLeads) || s.can(Permission::TriageLeads) || s.can(Permission::ReviewCases)) {
        m_cases = new gs::CasesPage(m_session, m_prompter);
        addPage(CasesPage, icon(QStyle::SP_DialogOpenButton), tr("Cases"), m_cases);
        connect(m_cases, &gs::CasesPage::casesChanged, this, &MainWindow::refreshDeadlines);
        if (m_leads)
            connect(m_cases, &gs::CasesPage::casesChanged, m_leads->model(), &LeadListModel::refresh);
    }
    if (s.can(Permission::ManageStructure)) {
        m_structure = new gs::StructurePage(m_session, m_prompter, m_districtChanges);
        addPage(StructurePageKey, icon(QStyle::SP_DirHomeIcon), tr("District structure"), m_structure);
    }
    if (s.can(Permission::ManagePairings)) {
        m_people = new gs::PeoplePage(m_session, m_prompter, m_districtChanges);
        addPage(PeoplePage, icon(QStyle::SP_FileDialogListView), tr("People & Pairings"), m_people);
    }
    m_settings = new SettingsPage(m_session, m_prompter);
    m_settings->setObjectName(QStringLiteral("settingsPage"));
    connect(m_settings, &SettingsPage::autoLockMinutesChanged, this, [this](int minutes) {
        setAutoLockMinutes(minutes);
        Q_EMIT autoLockMinutesChanged(minutes);
    });
    addPage(SettingsPageKey, icon(QStyle::SP_ComputerIcon), tr("Settings"), m_settings);

    // Size the navigation to its longest entry so no label is clipped in any language.
    int width = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        width = std::max(width, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(width + m_navigation->iconSize().width() + 56);

    auto* lockButton = new QPushButton(tr("Lock now"));
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setToolTip(m_lockAction->toolTip());
    connect(lockButton, &QPushButton::clicked, m_lockAction, &QAction::trigger);

    auto* side = new QWidget;
    side->setObjectName(QStringLiteral("sidebar"));
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::Base);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 12, 8, 12);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(lockButton);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
}

void MainWindow::addPage(const QString& key, const QIcon& icon, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, std::max(36, m_navigation->fontMetrics().height() + 16)));
    page->setProperty("pageKey", key);
    m_pages->addWidget(page);
}

void MainWindow::buildStatusBar()
{
    const auto addPermanent = [this](const QString& objectName, const QString& text, const QString& tip) {
        auto* label = new QLabel(text);
        label->setObjectName(objectName);
        label->setToolTip(tip);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    const NodeInfo& node = m_session.node();
    addPermanent(QStringLiteral("userLabel"), m_session.user().displayName, tr("Signed in as %1").arg(m_session.user().userName));
    addPermanent(QStringLiteral("roleLabel"), roleDisplayName(m_session.user().role), tr("Your role"));
    addPermanent(QStringLiteral("nodeLabel"),
        node.districtName.isEmpty() ? node.name : tr("%1 · %2").arg(node.name, node.districtName),
        node.districtCode.isEmpty() ? tr("Node and district") : tr("District code %1").arg(node.districtCode));
    m_lockState = addPermanent(QStringLiteral("lockStateLabel"), QString(), tr("Ctrl+L locks immediately"));
    if (m_cases) {
        m_deadlines = new QLabel;
        m_deadlines->setObjectName(QStringLiteral("deadlineLabel"));
        m_deadlines->setContentsMargins(8, 0, 8, 0);
        m_deadlines->setTextFormat(Qt::RichText);
        connect(m_deadlines, &QLabel::linkActivated, this, [this] {
            showPage(CasesPage);
            m_cases->setView(CaseWorkflow::View::Due);
        });
        statusBar()->insertPermanentWidget(0, m_deadlines);
        // Deadlines pass while nobody touches anything: recount every minute.
        auto* timer = new QTimer(this);
        timer->setInterval(60 * 1000);
        connect(timer, &QTimer::timeout, this, &MainWindow::refreshDeadlines);
        timer->start();
        if (m_leads)
            connect(m_leads->model(), &LeadListModel::totalCountChanged, this, &MainWindow::refreshDeadlines);
        refreshDeadlines();
    }
}

void MainWindow::refreshDeadlines()
{
    if (!m_deadlines)
        return;
    LeadFilter due = CaseWorkflow::viewFilter(CaseWorkflow::View::Due, m_session);
    LeadFilter overdue = due;
    overdue.dueSoon = false;
    LeadFilter soon = due;
    soon.overdue = false;
    // Capped as the lists are: an exact count of a large backlog reads every overdue case, at sign-in and
    // every minute after it. "1,000+ overdue" says what a supervisor needs to know.
    const qint64 cap = LeadListModel::kCountCap;
    LeadQuery query(m_session);
    const auto lateCount = query.count(overdue, cap);
    const auto nearCount = query.count(soon, cap);
    const qint64 late = lateCount ? lateCount.value() : 0;
    const qint64 near = nearCount ? nearCount.value() : 0;
    const auto html = [cap](qint64 n, const QString& exact, const QString& capped) {
        return (n >= cap ? capped.arg(QLocale().toString(n)) : exact).toHtmlEscaped();
    };
    QStringList parts;
    if (late > 0)
        parts << QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
                     .arg(LeadListModel::overdueColor().name(),
                         html(late, tr("%n overdue", nullptr, int(late)), tr("%1+ overdue")));
    if (near > 0)
        parts << QStringLiteral("<span style=\"color:%1;\">%2</span>")
                     .arg(LeadListModel::dueSoonColor().name(),
                         html(near, tr("%n due soon", nullptr, int(near)), tr("%1+ due soon")));
    if (parts.isEmpty()) {
        m_deadlines->setText(tr("No case due"));
        m_deadlines->setToolTip(tr("No case waiting for you is due soon or overdue"));
    } else {
        m_deadlines->setText(QStringLiteral("<a href=\"due\" style=\"text-decoration:none;\">%1</a>").arg(parts.join(QStringLiteral(" · "))));
        m_deadlines->setToolTip(tr("Cases waiting for you that are due soon or overdue: click to list them"));
    }
    m_deadlines->setProperty("overdue", late);
    m_deadlines->setProperty("dueSoon", near);
}

void MainWindow::setAutoLockMinutes(int minutes)
{
    m_lockState->setText(tr("Unlocked · auto-lock in %n min", nullptr, minutes));
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_navigation->count(); ++i)
        keys.append(m_navigation->item(i)->data(Qt::UserRole).toString());
    return keys;
}

QString MainWindow::currentPageKey() const
{
    QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::showPage(const QString& key)
{
    const int row = int(pageKeys().indexOf(key));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::showAbout()
{
    m_prompter.about(this, tr("About GridSentinel"),
        tr("GridSentinel %1\n\nLead reporting for the prevention of illegal fundraising, for grid sentinels, finance "
           "volunteers and district offices. All data stays encrypted on this computer.\n\nLicensed under the GNU "
           "General Public License, version 3 or later.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window quits; the controller tears down the session. Ignore here so the widget is
    // destroyed by its owner, not half-closed under it.
    event->ignore();
    if (!m_quitting) {
        m_quitting = true;
        Q_EMIT quitRequested();
    }
}

} // namespace gs
