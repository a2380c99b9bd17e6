// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>

class QCoreApplication;

namespace gs {

/// Loads the app's and Qt's own translations for `language` ("zh_CN" or "en") into `app`.
void installTranslations(QCoreApplication& app, const QString& language);
/// The desktop app's language: --lang, else the saved preference, else Simplified Chinese.
QString guiLanguage(const QString& requested);
/// The command line follows the system locale (scripts in a C locale get English).
QString commandLineLanguage();

} // namespace gs
