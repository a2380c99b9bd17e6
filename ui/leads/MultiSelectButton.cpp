// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MultiSelectButton.h"

#include <QAction>
#include <QMenu>

namespace gs {

MultiSelectButton::MultiSelectButton(const QString& caption, QWidget* parent)
    : QPushButton(parent), m_caption(caption), m_menu(new QMenu(this))
{
    setMenu(m_menu);
    setAutoDefault(false);
    updateText();
}

void MultiSelectButton::setChoices(const QList<std::pair<QString, QString>>& choices)
{
    m_menu->clear();
    for (const auto& [key, label] : choices) {
        QAction* action = m_menu->addAction(label);
        action->setCheckable(true);
        action->setData(key);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged(selectedKeys());
        });
    }
    updateText();
}

QStringList MultiSelectButton::selectedKeys() const
{
    QStringList keys;
    for (QAction* action : m_menu->actions()) {
        if (action->isChecked())
            keys << action->data().toString();
    }
    return keys;
}

void MultiSelectButton::setSelectedKeys(const QStringList& keys)
{
    const QSignalBlocker blocker(m_menu);
    for (QAction* action : m_menu->actions()) {
        const QSignalBlocker actionBlocker(action);
        action->setChecked(keys.contains(action->data().toString()));
    }
    updateText();
    Q_EMIT selectionChanged(selectedKeys());
}

void MultiSelectButton::updateText()
{
    QStringList labels;
    for (QAction* action : m_menu->actions()) {
        if (action->isChecked())
            labels << action->text();
    }
    if (labels.isEmpty())
        setText(tr("%1: any").arg(m_caption));
    else if (labels.size() == 1)
        setText(tr("%1: %2").arg(m_caption, labels.first()));
    else
        setText(tr("%1: %2 selected").arg(m_caption).arg(labels.size()));
    setToolTip(labels.isEmpty() ? QString() : labels.join(QStringLiteral(", ")));
}

} // namespace gs
