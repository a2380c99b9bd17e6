// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gs {

/// Asks why (and optionally when) something ends: retiring a unit, deactivating a person, ending a card.
/// The reason is required; the date, when shown, lies between `earliest` and today.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, const QString& actionText, QWidget* parent = nullptr);

    /// Shows a date field (default today).
    void setDateRange(QDate earliest, const QString& label);
    QString reason() const;
    QDate date() const;
    /// Shows a message (e.g. the model's refusal) and keeps the dialog open.
    void showProblem(const QString& message);

    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const { return m_ok; }

private:
    QLineEdit* m_reason;
    QDateEdit* m_date;
    QLabel* m_dateLabel;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace gs
