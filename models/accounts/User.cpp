// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "User.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gs {

QString passwordProblem(const QString& password, const QString& userName)
{
    if (password.size() < 8)
        return QCoreApplication::translate("gs::User", "The password must have at least 8 characters.");
    if (password.size() > 256)
        return QCoreApplication::translate("gs::User", "The password must have at most 256 characters.");
    if (!userName.isEmpty() && password.compare(userName, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("gs::User", "The password must not be the user name.");
    return {};
}

QString userNameProblem(const QString& userName)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}._-]{3,32}$"));
    if (!re.match(userName).hasMatch())
        return QCoreApplication::translate("gs::User",
            "The user name must have 3 to 32 characters: letters, digits, '.', '_' or '-'.");
    return {};
}

} // namespace gs
