// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;

namespace gs {

/// A word-wrapped label for a message under a field; hidden while empty.
QLabel* makeMessageLabel(QWidget* parent);
/// Shows `text` as an error (or hides the label when empty).
void showError(QLabel* label, const QString& text);
/// Shows `text` as a neutral/positive note.
void showNote(QLabel* label, const QString& text);
/// An indeterminate progress bar for work running off the GUI thread; hidden until shown.
QProgressBar* makeBusyBar(QWidget* parent);
/// A password line edit (echo Password, no autocompletion).
QLineEdit* makePasswordEdit(QWidget* parent);
/// Takes a password out of its field and empties the field, so the caller's copy is the only one left
/// to wipe with secureWipe().
QString takePassword(QLineEdit* edit);
/// Adds a form row whose field has its message label right under it (the label's mnemonic focuses the field).
void addFieldRow(QFormLayout* form, const QString& label, QWidget* field, QLabel* message);
/// A bold section/page title.
QLabel* makeTitleLabel(const QString& text, QWidget* parent, int sizeDelta = 4);

} // namespace gs
