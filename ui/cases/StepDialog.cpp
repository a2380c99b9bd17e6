// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "StepDialog.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "domain/Lead.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

StepDialog::StepDialog(Session& session, const QString& leadId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_leadId(leadId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    if (auto loaded = CaseWorkflow(session).load(leadId))
        m_state = *loaded;
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(18, 16, 18, 12);
    outer->setSpacing(10);
    auto* header
        = new QLabel(QStringLiteral("<b>%1</b> · %2<br>%3")
                         .arg(m_state.caseNo.toHtmlEscaped(), leads::statusLabel(m_state.status).toHtmlEscaped(),
                             m_state.title.toHtmlEscaped()));
    header->setObjectName(QStringLiteral("stepHeader"));
    header->setWordWrap(true);
    outer->addWidget(header);
    m_content = new QVBoxLayout;
    m_content->setSpacing(8);
    outer->addLayout(m_content, 1);
    m_formMessage = makeMessageLabel(this);
    m_formMessage->setObjectName(QStringLiteral("stepMessage"));
    outer->addWidget(m_formMessage);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = m_buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("stepOkButton"));
    m_ok->setDefault(true);
    outer->addWidget(m_buttons);
    // accepted() is left unconnected: OK applies first and closes only when the step was taken.
    connect(m_ok, &QPushButton::clicked, this, &StepDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLabel* StepDialog::addMessage(const QString& field, QWidget* parent)
{
    QLabel* label = makeMessageLabel(parent);
    label->setObjectName(field + QStringLiteral("Message"));
    m_messages.insert(field, label);
    return label;
}

void StepDialog::clearOnEdit(const QString& field, QWidget* editor)
{
    const auto clear = [this, field] {
        if (QLabel* label = m_messages.value(field))
            showError(label, QString());
        showError(m_formMessage, QString());
    };
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textEdited, this, clear);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, clear);
    else if (auto* box = qobject_cast<QAbstractButton*>(editor))
        connect(box, &QAbstractButton::toggled, this, clear);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, clear);
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        connect(date, &QDateEdit::dateChanged, this, clear);
}

void StepDialog::setOkText(const QString& text)
{
    m_ok->setText(text);
}

bool StepDialog::isRequired(const QString& transition, const QString& field)
{
    const Transition* t = CaseWorkflow::find(transition);
    return t && t->required.contains(field);
}

QString StepDialog::fieldLabel(const QString& label, bool required)
{
    return required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label);
}

bool StepDialog::apply()
{
    for (QLabel* label : std::as_const(m_messages))
        showError(label, QString());
    showError(m_formMessage, QString());
    const QString transition = transitionName();
    const QList<FieldError> missing = missingChoices();
    auto result = missing.isEmpty() ? CaseWorkflow(m_session).apply(m_leadId, transition, input())
                                    : Result<CaseState>(invalidInput(missing));
    if (!result) {
        const Error& e = result.error();
        QList<FieldError> fields = e.fields;
        if (fields.isEmpty() && !e.field.isEmpty())
            fields.append({ e.field, e.message });
        bool placed = false;
        for (const FieldError& f : fields) {
            if (QLabel* label = m_messages.value(f.field)) {
                showError(label, f.message);
                placed = true;
            }
        }
        showError(m_formMessage,
            placed && fields.size() > 1 ? tr("Correct the marked fields; nothing was saved.") : e.message);
        return false;
    }
    Q_EMIT applied(m_leadId, transition);
    accept();
    return true;
}

TransitionDialog::TransitionDialog(Session& session, const QString& leadId, const QString& transition, QWidget* parent)
    : StepDialog(session, leadId, parent)
    , m_transition(transition)
{
    setObjectName(QStringLiteral("transitionDialog"));
    const Transition* t = CaseWorkflow::find(transition);
    setWindowTitle(t ? t->label() : transition);
    setOkText(t ? t->label() : tr("OK"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    content()->addLayout(form);
    const bool review = CaseWorkflow::isReviewDecision(transition);
    const auto required = [&](const char* field) { return isRequired(transition, QString::fromLatin1(field)); };

    if (transition == QLatin1String("close")) {
        m_outcome = new QComboBox;
        m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
        m_outcome->addItem(tr("Choose how the case ended…"), QString());
        for (const QString& key : cases::outcomeKeys())
            m_outcome->addItem(cases::outcomeLabel(key), key);
        addFieldRow(form, fieldLabel(tr("&Outcome"), true), m_outcome, addMessage(QStringLiteral("outcome"), this));
    }
    if (review && transition != QLatin1String("return") && transition != QLatin1String("monitor")) {
        m_unit = new QLineEdit;
        m_unit->setObjectName(QStringLiteral("unitEdit"));
        m_unit->setPlaceholderText(transition == QLatin1String("mediate")
                ? tr("e.g. the street's people's mediation committee")
                : transition == QLatin1String("refer_police")
                ? tr("e.g. the district public security bureau, economic crime unit")
                : tr("e.g. the district financial regulator"));
        addFieldRow(form,
            fieldLabel(
                transition == QLatin1String("mediate") ? tr("&Mediator") : tr("&Receiving unit"), required("unit")),
            m_unit, addMessage(QStringLiteral("unit"), this));
    }
    if (review || transition == QLatin1String("escalate")) {
        m_reference = new QLineEdit;
        m_reference->setObjectName(QStringLiteral("referenceEdit"));
        m_reference->setPlaceholderText(transition == QLatin1String("escalate")
                ? tr("e.g. the 穗岁安 submission number")
                : tr("e.g. the document number (文号)"));
        addFieldRow(form,
            fieldLabel(transition == QLatin1String("escalate") ? tr("&Submission number") : tr("Re&ference"), false),
            m_reference, addMessage(QStringLiteral("reference"), this));
    }
    if (review) {
        m_opinion = new QPlainTextEdit;
        m_opinion->setObjectName(QStringLiteral("opinionEdit"));
        m_opinion->setTabChangesFocus(true);
        m_opinion->setMinimumHeight(fontMetrics().lineSpacing() * 4);
        m_opinion->setPlaceholderText(transition == QLatin1String("return")
                ? tr("Why the case goes back to triage, and what to look at")
                : tr("The district office's review opinion"));
        addFieldRow(form,
            fieldLabel(transition == QLatin1String("return") ? tr("&Reason") : tr("&Opinion"), required("opinion")),
            m_opinion, addMessage(QStringLiteral("opinion"), this));
    }
    if (review && transition != QLatin1String("return")) {
        auto* until = new QWidget;
        auto* row = new QHBoxLayout(until);
        row->setContentsMargins(0, 0, 0, 0);
        m_hasUntil
            = new QCheckBox(transition == QLatin1String("monitor") ? tr("Monitor until") : tr("Follow up until"));
        m_hasUntil->setObjectName(QStringLiteral("untilCheck"));
        m_until = new QDateEdit(QDate::currentDate().addMonths(transition == QLatin1String("monitor") ? 3 : 1));
        m_until->setObjectName(QStringLiteral("untilEdit"));
        m_until->setCalendarPopup(true);
        m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_until->setMinimumDate(QDate::currentDate().addDays(1));
        m_until->setEnabled(false);
        connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
        row->addWidget(m_hasUntil);
        row->addWidget(m_until);
        row->addStretch();
        auto* hint = new QLabel(tr("Otherwise the node's follow-up deadline applies."));
        hint->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(hint);
        addFieldRow(form, tr("Deadline:"), until, addMessage(QStringLiteral("until"), this));
    }
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    QString noteLabel = tr("&Note");
    if (transition == QLatin1String("close")) {
        noteLabel = tr("&Summary");
        m_note->setPlaceholderText(
            tr("What happened in the end (case number of the police, penalty decision, money returned…)"));
    } else if (transition.startsWith(QLatin1String("reopen"))) {
        noteLabel = tr("&Reason");
        m_note->setPlaceholderText(tr("Why the case is opened again"));
    } else if (transition == QLatin1String("resubmit")) {
        m_note->setPlaceholderText(tr("What was supplemented (edit the lead itself for changed facts)"));
    } else if (transition == QLatin1String("escalate")) {
        m_note->setPlaceholderText(tr("Anything the district office should know first"));
    }
    addFieldRow(form, fieldLabel(noteLabel, required("note")), m_note, addMessage(QStringLiteral("note"), this));
    const QList<std::pair<const char*, QWidget*>> editors { { "note", m_note }, { "unit", m_unit },
        { "reference", m_reference }, { "opinion", m_opinion }, { "outcome", m_outcome }, { "until", m_until },
        { "until", m_hasUntil } };
    for (const auto& [field, editor] : editors) {
        if (editor)
            clearOnEdit(QString::fromLatin1(field), editor);
    }
    if (t)
        setToolTip(t->description());
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

TransitionInput TransitionDialog::input() const
{
    TransitionInput in;
    in.note = m_note->toPlainText();
    if (m_unit)
        in.unit = m_unit->text();
    if (m_reference)
        in.reference = m_reference->text();
    if (m_opinion)
        in.opinion = m_opinion->toPlainText();
    if (m_outcome)
        in.outcome = m_outcome->currentData().toString();
    if (m_hasUntil && m_hasUntil->isChecked())
        in.until = m_until->date();
    return in;
}

} // namespace gs
