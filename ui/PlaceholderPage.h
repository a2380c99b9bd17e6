// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QWidget>

namespace gs {

/// A page that is not built yet: its title and an honest sentence about what will come there.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace gs
