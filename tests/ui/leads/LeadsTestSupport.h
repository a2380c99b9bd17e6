// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "AppController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"

#include <QImage>
#include <QLineEdit>
#include <QPushButton>

namespace gs::test {

struct Structure
{
    QString street, community, grid, otherGrid;
};

/// 五山街道 → 华工社区 → 第1网格 (113.320–113.330, 23.130–23.140) and 第2网格 next to it.
inline Structure addStructure(const TestNode& node)
{
    auto session = Vault::unlock(node.path, kChief, kChiefPassword);
    if (!session)
        qFatal("unlock failed: %s", qPrintable(session.error().message));
    Session& s = **session;
    RecordWriter w(s.writeContext());
    Transaction tx(s.db());
    const auto k = [](const char* text) { return QString::fromLatin1(text); };
    Structure out;
    const QString district = w.insert(k("districts"), { { k("code"), k("320106") }, { k("name"), QStringLiteral("鼓楼区") } }).value();
    out.street = w.insert(k("streets"), { { k("code"), k("320106001") }, { k("name"), QStringLiteral("五山街道") }, { k("district_id"), district } }).value();
    out.community = w.insert(k("communities"), { { k("code"), k("320106001001") }, { k("name"), QStringLiteral("华工社区") }, { k("street_id"), out.street } }).value();
    out.grid = w.insert(k("grids"), { { k("code"), k("320106001001-G01") }, { k("name"), QStringLiteral("第1网格") }, { k("kind"), k("community") },
        { k("community_id"), out.community }, { k("min_lon"), 113.320 }, { k("max_lon"), 113.330 }, { k("min_lat"), 23.130 }, { k("max_lat"), 23.140 } }).value();
    out.otherGrid = w.insert(k("grids"), { { k("code"), k("320106001001-G02") }, { k("name"), QStringLiteral("第2网格") }, { k("kind"), k("community") },
        { k("community_id"), out.community }, { k("min_lon"), 113.330 }, { k("max_lon"), 113.340 }, { k("min_lat"), 23.130 }, { k("max_lat"), 23.140 } }).value();
    if (!tx.commit())
        qFatal("structure not committed");
    return out;
}

/// Types like a keyboard: key clicks for ASCII, key events carrying the text for everything else (what an
/// input method delivers for 汉字; QTest::keyClicks only sends Latin-1).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void writePng(const QString& path, QColor color, QSize size = QSize(640, 480))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace gs::test
