// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

// gridsentinel_screenshots: renders the app's screens offscreen to PNG, at one screen size and in one language
// per run (scripts/screenshots.sh runs every combination). Each screen is one function in any .cpp of this
// folder (CMake picks new files up):
//
//     GS_SCREEN(60, lead_form_errors)
//     {
//         gs::MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
//         ...
//         studio.save(form, QStringLiteral("lead-form-errors"), window);
//     }
//
// The number orders the screens (and prefixes the files); the Studio gives the demo node, signed-in windows
// at the run's size, and save(), which also records text that does not fit its widget.

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QColor;
class QTemporaryDir;
class QWidget;

namespace gs {
class AppController;
class MainWindow;
class Session;
} // namespace gs

namespace gs::shots {

class Studio
{
public:
    Studio(QString outputDir, QSize screen, QString language);
    ~Studio();

    /// The screen being rendered: main windows fill it, dialogs are shown centred on it.
    QSize screen() const { return m_screen; }
    const QString& language() const { return m_language; }
    /// A fresh folder, removed at exit.
    QString newTempDir();

    /// The demo node (天河区: streets, communities, 879 grids, people, pairings, an account of every role) with
    /// 30 leads in every state, some overdue, with evidence, an edit and a linked duplicate. Built on first use.
    const QString& demoNode();
    /// Signs in to the demo node through the login dialog as "supervisor", "sentinel", "volunteer" or "admin"
    /// (the demo accounts) and returns the main window, sized to the screen. Signs the previous one out.
    MainWindow* signIn(const QString& account);
    AppController* controller() const { return m_controller.get(); }
    void signOut();

    /// Saves `w` as <order>-<name>.png. With `behind`, the picture is the screen: `behind` filling it and `w`
    /// centred on top, as a dialog appears. Widgets whose text does not fit are listed in the report.
    void save(QWidget* w, const QString& name, QWidget* behind = nullptr);
    /// Lets timers, queued calls and posted events run for `ms`.
    static void settle(int ms = 200);

    // Set by the runner
    int order = 0;
    QStringList problems; ///< "<file>: <widget> ..." lines for the report

private:
    void checkFit(QWidget* root, const QString& file);

    QString m_out;
    QSize m_screen;
    QString m_language;
    QString m_demo;
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
    std::unique_ptr<AppController> m_controller;
};

using ScreenFunction = void (*)(Studio&);
struct Screen
{
    int order;
    const char* name;
    ScreenFunction render;
};
/// Every screen of the folder, registered by GS_SCREEN before main() runs.
QList<Screen>& screens();
bool addScreen(int order, const char* name, ScreenFunction render);

/// Fills `session`'s node with the demo leads (used by demoNode()).
void fillDemoLeads(Session& session);
/// A JPEG "photo" with a caption, as evidence.
QByteArray demoPhoto(const QString& caption, const QColor& color);

} // namespace gs::shots

#define GS_SCREEN(order, name)                                                                                         \
    static void gsScreen_##name(gs::shots::Studio& studio);                                                            \
    [[maybe_unused]] static const bool gsScreenAdded_##name = gs::shots::addScreen(order, #name, &gsScreen_##name);    \
    static void gsScreen_##name(gs::shots::Studio& studio)
