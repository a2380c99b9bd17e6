// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Gui.h"

#include "AppController.h"
#include "Cli.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

namespace gs {

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"),
        cli::defaultDatabasePath());
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("LANG"));
    parser.addOptions({ db, lang });
    parser.process(app);
    installTranslations(app, guiLanguage(parser.value(lang)));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("gs::Gui", "GridSentinel"));

    AppController controller(QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(db))));
    controller.start();
    return QApplication::exec();
}

} // namespace gs
