// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gs {

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language == QStringLiteral("en"))
        return; // source strings are English
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/gridsentinel_") + language))
        QCoreApplication::installTranslator(ours);
    QLocale::setDefault(QLocale(language));
}

QString guiLanguage(const QString& requested)
{
    if (requested == QStringLiteral("en") || requested == QStringLiteral("zh_CN"))
        return requested;
    const QSettings settings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel"));
    const QString saved = settings.value(QStringLiteral("ui/language")).toString();
    return saved == QStringLiteral("en") ? saved : QStringLiteral("zh_CN");
}

QString commandLineLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace gs
