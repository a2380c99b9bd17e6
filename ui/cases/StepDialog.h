// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "workflow/CaseData.h"
#include "workflow/CaseWorkflow.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace gs {

class Session;

/// A dialog that takes one workflow step: it collects the step's input, applies it through CaseWorkflow on OK and
/// stays open with every problem shown under its field when the step is refused (nothing typed is lost). The
/// checks are CaseWorkflow's; the dialog only marks what the table says is required.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    StepDialog(Session& session, const QString& leadId, QWidget* parent = nullptr);

    const QString& leadId() const { return m_leadId; }
    QPushButton* okButton() const { return m_ok; }
    /// The label under a field ("note", "unit", ...), for tests.
    QLabel* messageFor(const QString& field) const { return m_messages.value(field); }
    QLabel* formMessage() const { return m_formMessage; }

    /// Validates through the workflow and applies; true when the step was taken (the dialog then closes).
    bool apply();

Q_SIGNALS:
    void applied(const QString& leadId, const QString& transition);

protected:
    virtual QString transitionName() const = 0;
    virtual TransitionInput input() const = 0;
    /// Choices the dialog itself must have before it can name the step (the triage conclusion).
    virtual QList<FieldError> missingChoices() const { return {}; }

    /// The content column and the message label a field's errors go to.
    QVBoxLayout* content() const { return m_content; }
    QLabel* addMessage(const QString& field, QWidget* parent);
    /// Clears a field's message (and the dialog's) as soon as the user changes the field.
    void clearOnEdit(const QString& field, QWidget* editor);
    void setOkText(const QString& text);
    Session& session() { return m_session; }
    /// The case as loaded when the dialog opened.
    const CaseState& state() const { return m_state; }
    static bool isRequired(const QString& transition, const QString& field);
    /// "Note:" or "Note (required):"
    static QString fieldLabel(const QString& label, bool required);

private:
    Session& m_session;
    QString m_leadId;
    CaseState m_state;
    QVBoxLayout* m_content = nullptr;
    QLabel* m_formMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QHash<QString, QLabel*> m_messages;
};

/// Every step but triage and assignment: a note, and what the step needs (receiving unit, opinion, reference,
/// follow-up date for the district review's decisions; the outcome for closing; the 穗岁安 number when reporting
/// upward).
class TransitionDialog : public StepDialog
{
    Q_OBJECT

public:
    TransitionDialog(Session& session, const QString& leadId, const QString& transition, QWidget* parent = nullptr);

    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* unitEdit() const { return m_unit; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QPlainTextEdit* opinionEdit() const { return m_opinion; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    QDateEdit* untilEdit() const { return m_until; }

protected:
    QString transitionName() const override { return m_transition; }
    TransitionInput input() const override;

private:
    QString m_transition;
    QPlainTextEdit* m_note = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_opinion = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_hasUntil = nullptr;
    QDateEdit* m_until = nullptr;
};

} // namespace gs
