// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_start: process start to an interactive main window on the generated 1M-lead node, and
// the peak memory with it open. This process does what `gridsentinel` does at start (gs::runGui: QApplication,
// translations, AppController), signs in through the real login dialog, and times:
//   spawn -> login dialog painted            (the parent passes its clock reading just before starting us)
//   sign-in click -> login dialog closes     (the unlock: scrypt + key + open; EXCLUDED from the start figure)
//   login dialog closes -> main window laid out, painted with the first page of the lead list, event loop idle
// start = the first part + the third. Then it uses the window the way a supervisor does for a minute (scrolls
// the list 2,000 rows down, runs searches, opens a lead, switches pages) and reports peak RSS (VmHWM).
// The offscreen platform renders into memory; there is no compositor to wait for. Prints one JSON line.

#include "LeadDataset.h"
#include "SearchWorkload.h"

#include "AppController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "Translations.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace gs::bench;
using search::nowNs;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "gridsentinel_bench_start: %s\n", qPrintable(message));
    std::_Exit(1);
}

qint64 statusKib(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// When run by hand: the kernel's start time of this process (clock ticks since boot, ~10 ms resolution).
qint64 processStartNs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return nowNs();
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(19).toLongLong(); // field 22 of the whole line
    timespec boot {};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const qint64 sinceBootNs = qint64(boot.tv_sec) * 1000000000 + boot.tv_nsec;
    const qint64 startSinceBootNs = ticks * (1000000000 / sysconf(_SC_CLK_TCK));
    return nowNs() - (sinceBootNs - startSinceBootNs);
}

void waitUntil(const std::function<bool()>& done, int ms, const char* what)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            die(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

/// Lets every posted event (show, layout, expose) run, then paints the window as the screen would.
void settleAndPaint(QWidget* w)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    (void)w->grab();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 mainNs = nowNs();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption spawned(QStringLiteral("spawned-at"),
        QStringLiteral("CLOCK_MONOTONIC ns before the parent started us."), QStringLiteral("ns"));
    const QCommandLineOption rows(
        QStringLiteral("rows"), QStringLiteral("Dataset size (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("The 100000-lead dataset."));
    const QCommandLineOption root(
        QStringLiteral("data-dir"), QStringLiteral("Dataset cache folder."), QStringLiteral("path"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("zh_CN (default) or en."), QStringLiteral("lang"));
    const QCommandLineOption noUse(
        QStringLiteral("no-use"), QStringLiteral("Skip the memory workout after the start."));
    parser.addHelpOption();
    parser.addOptions({ spawned, rows, quick, root, lang, noUse });
    parser.process(app);
    const qint64 spawnNs = parser.isSet(spawned) ? parser.value(spawned).toLongLong() : processStartNs();

    // What gs::runGui does, in the same order.
    gs::installTranslations(app, parser.isSet(lang) ? parser.value(lang) : QStringLiteral("zh_CN"));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("gs::Gui", "GridSentinel"));
    DatasetSpec spec;
    if (parser.isSet(quick))
        spec.rows = 100000;
    if (parser.isSet(rows))
        spec.rows = parser.value(rows).toInt();
    spec.root = parser.value(root);
    // The dataset must exist already (gridsentinel_bench_search builds it): checking or building it here
    // would be timed as start-up.
    const QString dir = datasetDir(spec);
    const QString databasePath = dir + QStringLiteral("/node/gridsentinel.db");
    if (!QFile::exists(dir + QStringLiteral("/manifest.json")))
        die(QStringLiteral("no dataset in %1: run gridsentinel_bench_search first").arg(dir));

    gs::AppController controller(databasePath);
    controller.prompter().setScripted(true);
    controller.start();
    gs::LoginDialog* login = controller.loginDialog();
    if (!login)
        die(QStringLiteral("no login dialog"));
    settleAndPaint(login);
    const qint64 loginNs = nowNs();

    // Sign in as a user would: the name, the password, the button. The dialog hides itself when the unlock
    // has succeeded, just before the controller builds the main window: that instant ends the unlock.
    qint64 unlockedNs = 0;
    struct HideWatch : QObject
    {
        qint64* at;
        explicit HideWatch(qint64* t)
            : at(t)
        { }
        bool eventFilter(QObject*, QEvent* e) override
        {
            if (e->type() == QEvent::Hide && *at == 0)
                *at = nowNs();
            return false;
        }
    } watch(&unlockedNs);
    login->installEventFilter(&watch);
    login->findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->setText(datasetUser());
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(datasetPassword());
    const qint64 clickNs = nowNs();
    login->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    waitUntil([&] { return controller.mainWindow() != nullptr; }, 120000, "the main window");
    gs::MainWindow* window = controller.mainWindow();
    settleAndPaint(window);
    gs::LeadsPage* leads = window->leadsPage();
    if (!leads || leads->model()->rowCount() == 0)
        die(QStringLiteral("the lead list is empty"));
    const qint64 readyNs = nowNs();
    if (unlockedNs == 0)
        unlockedNs = clickNs;

    QJsonObject out;
    out.insert(QStringLiteral("rows"), spec.rows);
    out.insert(QStringLiteral("process_to_main_ms"), ms(mainNs - spawnNs));
    out.insert(QStringLiteral("process_to_login_ms"), ms(loginNs - spawnNs));
    out.insert(QStringLiteral("unlock_ms"), ms(unlockedNs - clickNs));
    out.insert(QStringLiteral("unlocked_to_ready_ms"), ms(readyNs - unlockedNs));
    out.insert(QStringLiteral("start_ms"), ms(loginNs - spawnNs) + ms(readyNs - unlockedNs));
    out.insert(QStringLiteral("list_total"), double(leads->model()->totalCount()));
    out.insert(QStringLiteral("list_total_capped"), leads->model()->totalIsCapped());
    out.insert(QStringLiteral("rss_ready_kib"), statusKib("VmRSS:"));
    out.insert(QStringLiteral("hwm_ready_kib"), statusKib("VmHWM:"));

    if (!parser.isSet(noUse)) {
        // A minute of use: scroll 2,000 rows down the list, search, open a lead, look at the settings.
        const qint64 useStart = nowNs();
        QJsonObject steps; // how long each part of the workout took, to find what a slow one was
        qint64 stepStart = nowNs();
        const auto step = [&](const QString& name) {
            steps.insert(name, ms(nowNs() - stepStart));
            stepStart = nowNs();
        };
        window->resize(1366, 768);
        QTableView* view = leads->view();
        while (leads->model()->rowCount() < 2000 && leads->model()->canFetchMore({})) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
            leads->model()->fetchMore({}); // what the view asks for at the bottom, in case it did not yet
        }
        settleAndPaint(window);
        out.insert(QStringLiteral("rows_scrolled"), leads->model()->rowCount());
        step(QStringLiteral("scroll"));
        for (const char* text : { "养老", "保本保息", "虚拟货币", "有限公司", "鼓楼区五一中路" }) {
            leads->searchEdit()->setText(QString::fromUtf8(text));
            Q_EMIT leads->searchEdit()->returnPressed();
            settleAndPaint(window);
            step(QStringLiteral("search ") + QString::fromUtf8(text));
        }
        leads->searchEdit()->clear();
        Q_EMIT leads->searchEdit()->returnPressed();
        step(QStringLiteral("clear search"));
        if (auto* detail = leads->openDetail(leads->model()->leadAt(0).id)) {
            settleAndPaint(detail);
            step(QStringLiteral("lead detail"));
            detail->close();
        }
        window->showPage(gs::MainWindow::SettingsPageKey);
        settleAndPaint(window);
        window->showPage(gs::MainWindow::LeadsPage);
        settleAndPaint(window);
        step(QStringLiteral("settings and back"));
        out.insert(QStringLiteral("use_ms"), ms(nowNs() - useStart));
        out.insert(QStringLiteral("use_steps_ms"), steps);
    }
    out.insert(QStringLiteral("rss_end_kib"), statusKib("VmRSS:"));
    out.insert(QStringLiteral("hwm_kib"), statusKib("VmHWM:"));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    // Leave as the app does on quit: the controller closes the window and the session.
    return 0;
}
