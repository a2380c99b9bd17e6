// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "FormHelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QVBoxLayout>

namespace gs {

QLabel* makeMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

static void showMessage(QLabel* label, const QString& text, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void showError(QLabel* label, const QString& text) { showMessage(label, text, QColor(0xb3, 0x26, 0x1e)); }

void showNote(QLabel* label, const QString& text) { showMessage(label, text, QColor(0x1e, 0x6b, 0x3a)); }

QProgressBar* makeBusyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(bar->fontMetrics().height() / 2 + 4);
    bar->setVisible(false);
    return bar;
}

QLineEdit* makePasswordEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
    return edit;
}

QString takePassword(QLineEdit* edit)
{
    QString text = edit->text();
    edit->clear();
    return text;
}

void addFieldRow(QFormLayout* form, const QString& label, QWidget* field, QLabel* message)
{
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    form->addRow(label, column);
    if (auto* rowLabel = qobject_cast<QLabel*>(form->labelForField(column)))
        rowLabel->setBuddy(field);
}

QLabel* makeTitleLabel(const QString& text, QWidget* parent, int sizeDelta)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + sizeDelta);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace gs
