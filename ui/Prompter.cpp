// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Prompter.h"

#include <QFileDialog>
#include <QPointer>

namespace gs {

Prompter::Button Prompter::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, Button defaultButton)
{
    ++m_count;
    m_lastText = text;
    if (!m_answers.isEmpty())
        return m_answers.dequeue();
    if (m_scripted)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;

    // On the heap with a guard: if the parent is destroyed during exec() (auto-lock), the box goes with it
    // and we must not touch it again.
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setTextFormat(Qt::PlainText);
    const int result = box->exec();
    if (!box)
        return QMessageBox::Cancel;
    const Button answer = box->standardButton(box->clickedButton());
    delete box.data();
    return result == -1 || answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer;
}

Prompter::Button Prompter::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void Prompter::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Prompter::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Prompter::about(QWidget* parent, const QString& title, const QString& text)
{
    ++m_count;
    m_lastText = text;
    if (!m_answers.isEmpty()) {
        m_answers.dequeue();
        return;
    }
    if (m_scripted)
        return;
    QPointer<QMessageBox> box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setIconPixmap(QIcon(parent ? parent->windowIcon() : QIcon()).pixmap(64, 64));
    box->exec();
    delete box.data();
}

QString Prompter::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    ++m_count;
    if (!m_fileNames.isEmpty())
        return m_fileNames.dequeue();
    if (m_scripted)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Prompter::saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    ++m_count;
    if (!m_fileNames.isEmpty())
        return m_fileNames.dequeue();
    if (m_scripted)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString Prompter::existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    ++m_count;
    if (!m_fileNames.isEmpty())
        return m_fileNames.dequeue();
    if (m_scripted)
        return {};
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace gs
