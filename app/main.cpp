// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Cli.h"
#include "Gui.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

/// Keys and case data live in this process's memory while a node is unlocked: no core dumps, no ptrace
/// attach by other processes of the same user.
void hardenProcess()
{
    rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace

int main(int argc, char* argv[])
{
    hardenProcess();
    QCoreApplication::setApplicationName(QStringLiteral("gridsentinel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSENTINEL_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (gs::cli::isCommand(arguments) && gs::cli::needsGuiApplication(arguments)) {
        // Drawing (maps, PDFs) needs fonts, hence a QGuiApplication; commands never open a window, so the
        // offscreen platform serves without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        gs::installTranslations(app, gs::commandLineLanguage());
        return gs::cli::run(app.arguments());
    }
    if (gs::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        gs::installTranslations(app, gs::commandLineLanguage());
        return gs::cli::run(app.arguments());
    }
    return gs::runGui(argc, argv);
}
