// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QString>

class QWidget;

namespace gs {

/// The one place that opens modal message boxes and file dialogs. Tests script it: queued answers
/// are returned without showing anything, and in scripted mode an unanswered prompt takes its default
/// instead of blocking. Callers must re-check their own lifetime after a prompt (a lock may have
/// destroyed the window meanwhile); the prompt itself survives its parent going away.
class Prompter
{
public:
    using Button = QMessageBox::StandardButton;

    Button question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::No);
    void information(QWidget* parent, const QString& title, const QString& text);
    void warning(QWidget* parent, const QString& title, const QString& text);
    void about(QWidget* parent, const QString& title, const QString& text);
    QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    /// A folder; scripted answers come from the same queue as file names.
    QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);

    // Test hooks
    void setNextAnswer(Button answer) { m_answers.enqueue(answer); }
    void setNextFileName(const QString& fileName) { m_fileNames.enqueue(fileName); }
    /// When set, prompts never open: queued answers first, then each prompt's default.
    void setScripted(bool scripted) { m_scripted = scripted; }
    int promptCount() const { return m_count; }
    const QString& lastText() const { return m_lastText; }

private:
    Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, Button defaultButton);

    QQueue<Button> m_answers;
    QQueue<QString> m_fileNames;
    bool m_scripted = false;
    int m_count = 0;
    QString m_lastText;
};

} // namespace gs
