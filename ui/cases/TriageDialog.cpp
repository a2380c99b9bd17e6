// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TriageDialog.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "domain/Validators.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadRepository.h"
#include "leads/LeadServices.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gs {

TriageDialog::TriageDialog(Session& session, const QString& leadId, QWidget* parent)
    : StepDialog(session, leadId, parent)
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage (first judgement)"));
    setOkText(tr("&Record the judgement"));
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(buildForm(), 3);
    columns->addWidget(buildRiskPanel(), 2);
    content()->addLayout(columns);
    conclusionChanged();
    for (QRadioButton* b : std::as_const(m_conclusions))
        clearOnEdit(QStringLiteral("conclusion"), b);
    for (QCheckBox* b : std::as_const(m_basis))
        clearOnEdit(QStringLiteral("basis"), b);
    clearOnEdit(QStringLiteral("basis"), m_other);
    for (QRadioButton* b : std::as_const(m_confidence))
        clearOnEdit(QStringLiteral("confidence"), b);
    clearOnEdit(QStringLiteral("crossCheck"), m_crossCheck);
    clearOnEdit(QStringLiteral("followUp"), m_followUp);
    clearOnEdit(QStringLiteral("note"), m_note);
    resize(QSize(980, 640));
}

QWidget* TriageDialog::buildForm()
{
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    auto* conclusions = new QWidget;
    auto* conclusionRow = new QHBoxLayout(conclusions);
    conclusionRow->setContentsMargins(0, 0, 0, 0);
    m_conclusionGroup = new QButtonGroup(this);
    for (const QString& key : cases::conclusionKeys()) {
        auto* b = new QRadioButton(cases::conclusionLabel(key));
        b->setObjectName(QStringLiteral("conclusion_") + key);
        m_conclusionGroup->addButton(b);
        m_conclusions.insert(key, b);
        conclusionRow->addWidget(b);
        connect(b, &QRadioButton::toggled, this, &TriageDialog::conclusionChanged);
    }
    conclusionRow->addStretch();
    addFieldRow(form, tr("Conclusion (required):"), conclusions, addMessage(QStringLiteral("conclusion"), this));

    auto* grounds = new QWidget;
    auto* grid = new QGridLayout(grounds);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString& key : cases::basisKeys()) {
        auto* check = new QCheckBox(cases::basisLabel(key));
        check->setObjectName(QStringLiteral("basis_") + key);
        m_basis.insert(key, check);
        grid->addWidget(check, i / 2, i % 2);
        ++i;
    }
    m_other = new QLineEdit;
    m_other->setObjectName(QStringLiteral("basisOtherEdit"));
    m_other->setPlaceholderText(tr("Other grounds, in words (e.g. rebates for bringing in new investors)"));
    grid->addWidget(m_other, (i + 1) / 2, 0, 1, 2);
    m_basisLabel = new QLabel;
    form->addRow(m_basisLabel, grounds);
    form->addRow(QString(), addMessage(QStringLiteral("basis"), this));

    auto* confidence = new QWidget;
    auto* confidenceRow = new QHBoxLayout(confidence);
    confidenceRow->setContentsMargins(0, 0, 0, 0);
    m_confidenceGroup = new QButtonGroup(this);
    for (const QString& key : cases::confidenceKeys()) {
        auto* b = new QRadioButton(cases::confidenceLabel(key));
        b->setObjectName(QStringLiteral("confidence_") + key);
        m_confidenceGroup->addButton(b);
        m_confidence.insert(key, b);
        confidenceRow->addWidget(b);
    }
    confidenceRow->addStretch();
    m_confidenceLabel = new QLabel;
    form->addRow(m_confidenceLabel, confidence);
    form->addRow(QString(), addMessage(QStringLiteral("confidence"), this));

    const auto textEdit = [this](const char* name, const QString& placeholder, int lines) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * lines + 10);
        return edit;
    };
    m_crossCheck = textEdit("crossCheckEdit",
        tr("What was checked and against what: the enterprise credit system, the regulator's licence list, people who "
           "paid…"),
        3);
    addFieldRow(form, tr("Cross-check:"), m_crossCheck, addMessage(QStringLiteral("crossCheck"), this));
    m_followUp = textEdit(
        "followUpEdit", tr("What happens next: warn residents, contact the bank, keep watching the shop…"), 2);
    addFieldRow(form, tr("Follow-up actions:"), m_followUp, addMessage(QStringLiteral("followUp"), this));
    m_note = textEdit("noteEdit", QString(), 2);
    m_noteLabel = new QLabel;
    form->addRow(m_noteLabel, m_note);
    form->addRow(QString(), addMessage(QStringLiteral("note"), this));
    return box;
}

QWidget* TriageDialog::buildRiskPanel()
{
    auto* box = new QGroupBox(tr("The lead and its risk screening"));
    box->setObjectName(QStringLiteral("triageRiskPanel"));
    auto* layout = new QVBoxLayout(box);
    auto* text = new QLabel;
    text->setObjectName(QStringLiteral("triageRiskExplanation"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList html;
    auto lead = makeLeadRepository(session()).load(leadId());
    if (lead) {
        html << QStringLiteral("<p><b>%1</b></p>").arg(lead->title.toHtmlEscaped());
        QStringList facts;
        if (!lead->entityName.isEmpty())
            facts << tr("Entity: %1").arg(lead->entityName).toHtmlEscaped();
        if (lead->amountCents)
            facts << tr("Amount: %1 yuan").arg(validate::formatAmountYuan(*lead->amountCents)).toHtmlEscaped();
        if (lead->victims)
            facts << tr("Victims: %1").arg(QLocale().toString(*lead->victims)).toHtmlEscaped();
        QStringList groups;
        for (const QString& g : lead->groupsAtRisk)
            groups << leads::groupAtRiskLabel(g);
        if (!groups.isEmpty())
            facts << tr("At risk: %1").arg(groups.join(tr(", "))).toHtmlEscaped();
        html << QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
        if (RiskPreviewFunction preview = nodeRiskPreview(session())) {
            const RiskPreview risk = preview(*lead);
            html << QStringLiteral("<p style=\"color:%1;\"><b>%2</b></p>")
                        .arg(LeadListModel::riskColor(risk.levelKey).name(), risk.summary.toHtmlEscaped());
            QStringList hits;
            for (const RiskPreview::Hit& hit : risk.hits) {
                if (hit.counted)
                    hits << QStringLiteral("<li>%1</li>")
                                .arg(tr("<b>%1</b> (+%2): %3")
                                         .arg(hit.term.toHtmlEscaped())
                                         .arg(hit.weight)
                                         .arg(hit.label.toHtmlEscaped()));
            }
            if (!hits.isEmpty())
                html << QStringLiteral("<ul style=\"margin-left:-20px;\">%1</ul>").arg(hits.join(QString()));
            html << QStringLiteral("<p style=\"color:gray;\">%1</p>")
                        .arg(tr("Screening only points at words; the judgement is yours. Tick a ground only when you "
                                "have checked it.")
                                 .toHtmlEscaped());
        }
        if (!lead->description.isEmpty())
            html << QStringLiteral("<p>%1</p>")
                        .arg(lead->description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    } else {
        html << lead.error().message.toHtmlEscaped();
    }
    text->setText(html.join(QString()));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(text);
    layout->addWidget(scroll);
    return box;
}

QString TriageDialog::conclusion() const
{
    for (auto it = m_conclusions.cbegin(); it != m_conclusions.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return {};
}

void TriageDialog::conclusionChanged()
{
    const QString c = conclusion();
    const QString transition = CaseWorkflow::triageTransitionFor(c.isEmpty() ? QStringLiteral("suspected") : c);
    m_basisLabel->setText(fieldLabel(tr("Basis"), isRequired(transition, QStringLiteral("basis"))));
    m_confidenceLabel->setText(fieldLabel(tr("Confidence"), isRequired(transition, QStringLiteral("confidence"))));
    const bool noteRequired = isRequired(transition, QStringLiteral("note"));
    if (c == QLatin1String("unfounded")) {
        m_noteLabel->setText(fieldLabel(tr("Why not"), noteRequired));
        m_note->setPlaceholderText(
            tr("Why this does not amount to illegal financial activity (licensed product, misunderstanding…)"));
    } else if (c == QLatin1String("needs_info")) {
        m_noteLabel->setText(fieldLabel(tr("What is missing"), noteRequired));
        m_note->setPlaceholderText(
            tr("What the sentinel should find out or add (photos of the leaflet, the company's name…)"));
    } else {
        m_noteLabel->setText(fieldLabel(tr("Note"), noteRequired));
        m_note->setPlaceholderText(tr("Anything else the district office should know"));
    }
}

QList<FieldError> TriageDialog::missingChoices() const
{
    if (!conclusion().isEmpty())
        return {};
    return { { QStringLiteral("conclusion"),
        tr("Conclusion: choose suspected, unfounded or needs more information.") } };
}

QString TriageDialog::transitionName() const
{
    // No conclusion chosen: ask for the suspected step, whose refusal names the missing conclusion's fields.
    const QString c = conclusion();
    return CaseWorkflow::triageTransitionFor(c.isEmpty() ? QStringLiteral("suspected") : c);
}

TransitionInput TriageDialog::input() const
{
    TransitionInput in;
    in.conclusion = conclusion();
    for (auto it = m_basis.cbegin(); it != m_basis.cend(); ++it) {
        if (it.value()->isChecked())
            in.basis << it.key();
    }
    // In the order of the form, not of the map.
    QStringList ordered;
    for (const QString& key : cases::basisKeys())
        if (in.basis.contains(key))
            ordered << key;
    in.basis = ordered;
    in.basisOther = m_other->text();
    for (auto it = m_confidence.cbegin(); it != m_confidence.cend(); ++it) {
        if (it.value()->isChecked())
            in.confidence = it.key();
    }
    in.crossCheck = m_crossCheck->toPlainText();
    in.followUp = m_followUp->toPlainText();
    in.note = m_note->toPlainText();
    return in;
}

} // namespace gs
