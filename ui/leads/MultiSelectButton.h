// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QStringList>
#include <QPushButton>

class QMenu;

namespace gs {

/// A filter button with a menu of checkable choices ("Status: any", "Status: 2 selected").
class MultiSelectButton : public QPushButton
{
    Q_OBJECT

public:
    MultiSelectButton(const QString& caption, QWidget* parent = nullptr);

    /// (key, translated label) pairs; clears the selection.
    void setChoices(const QList<std::pair<QString, QString>>& choices);
    QStringList selectedKeys() const;
    void setSelectedKeys(const QStringList& keys);
    QMenu* choicesMenu() const { return m_menu; }

Q_SIGNALS:
    void selectionChanged(const QStringList& keys);

private:
    void updateText();
    QString m_caption;
    QMenu* m_menu = nullptr;
};

} // namespace gs
