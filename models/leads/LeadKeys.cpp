// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadKeys.h"

#include <QRegularExpression>
#include <QStringList>

namespace gs::leads {

QString entityKey(const QString& name)
{
    QString key = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)"));
    key.remove(bracketed); // "(广州)" after NFKC turned （） into ()
    QString compact;
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            compact += c;
    }
    static const QStringList suffixes { QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
        QStringLiteral("集团"), QStringLiteral("公司"), QStringLiteral("co ltd"), QStringLiteral("coltd"), QStringLiteral("ltd") };
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& suffix : suffixes) {
            if (compact.size() > suffix.size() + 1 && compact.endsWith(suffix)) {
                compact.chop(suffix.size());
                stripped = true;
            }
        }
    }
    return compact;
}

} // namespace gs::leads
