// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace gs {

class DistrictChanges;
class CasesPage;
class LeadsPage;
class PeoplePage;
class Prompter;
class Session;
class SettingsPage;
class StructurePage;

/// The signed-in window: navigation on the left, one page per area the user's role may use, and the
/// session in the status bar. It never locks itself: it asks (lockRequested) and the AppController,
/// which owns the session, destroys it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Stable keys of the navigation pages.
    static inline const QString LeadsPage = QStringLiteral("leads");
    static inline const QString MapPage = QStringLiteral("map");
    static inline const QString CasesPage = QStringLiteral("cases");
    static inline const QString StructurePageKey = QStringLiteral("structure");
    static inline const QString PeoplePage = QStringLiteral("people");
    static inline const QString SettingsPageKey = QStringLiteral("settings");

    MainWindow(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Keys of the pages shown in the navigation, in order.
    QStringList pageKeys() const;
    QString currentPageKey() const;
    void showPage(const QString& key);
    SettingsPage* settingsPage() const { return m_settings; }
    /// Null unless the user may file or see leads.
    gs::LeadsPage* leadsPage() const { return m_leads; }
    /// Null unless the user may manage the structure (ManageStructure).
    gs::StructurePage* structurePage() const { return m_structure; }
    /// Null unless the user may manage people and pairings (ManagePairings).
    gs::PeoplePage* peoplePage() const { return m_people; }
    /// What the structure, people and pairing pages change; views such as the map connect to it to refresh.
    DistrictChanges* districtChanges() const { return m_districtChanges; }
    /// Null for roles without cases (administrators).
    gs::CasesPage* casesPage() const { return m_cases; }
    /// "2 overdue · 3 due soon" in the status bar: the cases waiting for this user (the district office: all open).
    QLabel* deadlineLabel() const { return m_deadlines; }
    void refreshDeadlines();
    /// Lets pages keep unsaved input (drafts) while the session is still open; also run on destruction,
    /// which the AppController does before it closes the session (lock, quit).
    void prepareForLock();
    QAction* lockAction() const { return m_lockAction; }
    void setAutoLockMinutes(int minutes);

Q_SIGNALS:
    void lockRequested();
    void quitRequested();
    void autoLockMinutesChanged(int minutes);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildNavigation();
    void buildStatusBar();
    void addPage(const QString& key, const QIcon& icon, const QString& title, QWidget* page);
    void showAbout();

    Session& m_session;
    Prompter& m_prompter;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    SettingsPage* m_settings = nullptr;
    gs::LeadsPage* m_leads = nullptr;
    DistrictChanges* m_districtChanges = nullptr;
    gs::StructurePage* m_structure = nullptr;
    gs::PeoplePage* m_people = nullptr;
    gs::CasesPage* m_cases = nullptr;
    QLabel* m_deadlines = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QLabel* m_lockState = nullptr;
    bool m_quitting = false;
};

} // namespace gs
