// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "Prompter.h"
#include "UiTestSupport.h"
#include "demo/DemoBuilder.h"
#include "store/Database.h"

#include <QTemporaryDir>

namespace gs::test {

/// A signed-in window over the 天河区 demo district (supervisor) or over an empty node (chief).
struct SignedIn
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<AppController> controller;

    MainWindow* window() const { return controller->mainWindow(); }
    Session& session() const { return *controller->session(); }
    Prompter& prompter() const { return controller->prompter(); }
};

inline std::unique_ptr<SignedIn> signInDemo()
{
    auto s = std::make_unique<SignedIn>();
    s->path = s->dir.filePath(QStringLiteral("demo.db"));
    auto demo = DemoBuilder::create(s->path, kFastKdf);
    if (!demo)
        qFatal("demo: %s", qPrintable(demo.error().message));
    s->controller = std::make_unique<AppController>(s->path);
    s->controller->setKdfParamsForTesting(kFastKdf);
    s->controller->prompter().setScripted(true);
    s->controller->start();
    signIn(*s->controller, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
    s->window()->resize(1366, 768);
    return s;
}

inline std::unique_ptr<SignedIn> signInEmpty()
{
    auto s = std::make_unique<SignedIn>();
    s->path = createNode(s->dir.path()).path;
    s->controller = std::make_unique<AppController>(s->path);
    s->controller->setKdfParamsForTesting(kFastKdf);
    s->controller->prompter().setScripted(true);
    s->controller->start();
    signIn(*s->controller, kChief, kChiefPassword);
    s->window()->resize(1366, 768);
    return s;
}

/// Types like a user: key clicks for ASCII; Chinese arrives as committed input-method text (QTest cannot click it).
inline void typeText(QLineEdit* edit, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, char(c.unicode()));
        else
            edit->insert(QString(c));
    }
}

inline qint64 scalar(Session& session, const char* sql)
{
    auto stmt = session.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->int64(0) : -1;
}

} // namespace gs::test
