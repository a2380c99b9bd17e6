// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CaseDetailPanel.h"

#include "CaseActions.h"
#include "FormHelpers.h"
#include "accounts/Session.h"
#include "domain/Validators.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadServices.h"
#include "structure/StructureQuery.h"
#include "workflow/CaseTimeline.h"
#include "workflow/DeadlinePolicy.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gs {
namespace {

QLabel* valueLabel(const QString& text)
{
    auto* label = new QLabel(text.trimmed().isEmpty() ? QStringLiteral("—") : text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    if (text.trimmed().isEmpty())
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString chipStyle(const QColor& color)
{
    return QStringLiteral(
        "QLabel { background: %1; color: white; border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
        .arg(color.name());
}

QFormLayout* formIn(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

CaseDetailPanel::CaseDetailPanel(Session& session, Prompter& prompter, CaseActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("caseDetailPanel"));
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Choose a case on the left to see where it stands and what you can do."));
    m_empty->setObjectName(QStringLiteral("caseEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_page = new QWidget;
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(12, 4, 4, 4);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    connect(&m_actions, &CaseActions::message, this, [this](const QString& text) { showNote(m_message, text); });
}

void CaseDetailPanel::showCase(const QString& leadId)
{
    if (leadId != m_leadId)
        showNote(m_message, QString());
    m_leadId = leadId;
    build();
}

void CaseDetailPanel::reload()
{
    build();
}

QPushButton* CaseDetailPanel::actionButton(const QString& key) const
{
    for (QPushButton* b : m_buttons) {
        if (b->property("actionKey").toString() == key)
            return b;
    }
    return nullptr;
}

QStringList CaseDetailPanel::actionKeys() const
{
    QStringList keys;
    for (QPushButton* b : m_buttons)
        keys << b->property("actionKey").toString();
    return keys;
}

void CaseDetailPanel::build()
{
    m_buttons.clear();
    if (m_content) {
        m_pageLayout->removeWidget(m_content);
        m_message->setParent(this);
        delete m_content;
        m_content = nullptr;
        m_timeline = nullptr;
        m_tabs = nullptr;
    }
    if (m_leadId.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_content = new QWidget;
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_pageLayout->addWidget(m_content);
    m_stack->setCurrentWidget(m_page);

    auto state = CaseWorkflow(m_session).load(m_leadId);
    auto lead = makeLeadRepository(m_session).load(m_leadId);
    if (!state || !lead) {
        auto* error = makeMessageLabel(m_content);
        showError(error, !state ? state.error().message : lead.error().message);
        layout->addWidget(error);
        layout->addWidget(m_message);
        layout->addStretch();
        m_state = CaseState();
        return;
    }
    m_state = *state;

    m_title = makeTitleLabel(lead->title.isEmpty() ? tr("(no title)") : lead->title, m_content, 4);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);

    auto* chips = new QHBoxLayout;
    auto* status = new QLabel(leads::statusLabel(m_state.status));
    status->setObjectName(QStringLiteral("caseStatusChip"));
    status->setStyleSheet(chipStyle(QColor(0x2d, 0x5b, 0x8a)));
    chips->addWidget(status);
    auto* risk = new QLabel(tr("%1 risk").arg(riskLevelLabel(lead->riskLevel)));
    risk->setStyleSheet(chipStyle(LeadListModel::riskColor(lead->riskLevel)));
    chips->addWidget(risk);
    m_deadline = new QLabel;
    m_deadline->setObjectName(QStringLiteral("caseDeadlineChip"));
    if (!m_state.deadlineAt.isEmpty()) {
        const QDateTime due = QDateTime::fromString(m_state.deadlineAt, Qt::ISODateWithMs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool overdue = due < now;
        const bool soon = !overdue && now.secsTo(due) < qint64(DeadlinePolicy::load(m_session).dueSoonHours) * 3600;
        m_deadline->setText(
            tr("%1: %2 (%3)")
                .arg(deadlineStageLabel(stageOfStatus(m_state.status)), CaseTimeline::localTime(m_state.deadlineAt),
                    LeadListModel::relativeDeadline(due, now)));
        m_deadline->setStyleSheet(overdue ? chipStyle(LeadListModel::overdueColor())
                : soon
                ? chipStyle(LeadListModel::dueSoonColor())
                : QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 1px 7px; }"));
        m_deadline->setProperty("overdue", overdue);
        m_deadline->setProperty("dueSoon", soon);
    } else {
        m_deadline->setText(m_state.status == QLatin1String("closed")
                ? tr("Closed: %1").arg(cases::outcomeLabel(m_state.outcome))
                : tr("No deadline running"));
    }
    chips->addWidget(m_deadline);
    chips->addStretch();
    layout->addLayout(chips);

    QHash<QString, QString> names;
    if (auto found = StructureQuery(m_session).userDisplayNames(
            { lead->reporterUserId, m_state.assigneeUserId, m_state.reviewerUserId }))
        names = *found;
    QStringList people { tr("%1 · filed by %2 on %3")
                             .arg(m_state.caseNo, names.value(lead->reporterUserId),
                                 CaseTimeline::localTime(lead->createdAt)) };
    if (!m_state.assigneeUserId.isEmpty())
        people << tr("triage: %1").arg(names.value(m_state.assigneeUserId));
    if (!m_state.reviewerUserId.isEmpty())
        people << tr("review: %1").arg(names.value(m_state.reviewerUserId));
    m_people = new QLabel(people.join(QStringLiteral(" · ")));
    m_people->setObjectName(QStringLiteral("casePeople"));
    m_people->setWordWrap(true);
    m_people->setTextFormat(Qt::PlainText);
    layout->addWidget(m_people);

    m_actionRow = new QHBoxLayout;
    m_actionRow->setSpacing(6);
    const QList<CaseActions::Action> actions = m_actions.actionsFor(m_state);
    for (const CaseActions::Action& a : actions) {
        auto* b = new QPushButton(a.label);
        b->setObjectName(QStringLiteral("action_") + a.key);
        b->setProperty("actionKey", a.key);
        b->setToolTip(a.toolTip);
        const QString key = a.key;
        connect(b, &QPushButton::clicked, this, [this, key] { m_actions.start(window(), m_leadId, key); });
        m_actionRow->addWidget(b);
        m_buttons << b;
    }
    if (!m_buttons.isEmpty())
        m_buttons.first()->setDefault(true);
    m_actionRow->addStretch();
    auto* open = new QPushButton(tr("Open &lead"));
    open->setObjectName(QStringLiteral("openLeadButton"));
    open->setToolTip(tr("Every field, the evidence and possible duplicates"));
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openLeadRequested(m_leadId); });
    m_actionRow->addWidget(open);
    m_export = new QToolButton;
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setText(tr("&Report upward"));
    m_export->setToolTip(tr("The case report for the district office or the 穗岁安 submission, as PDF or JSON"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    QAction* pdf = menu->addAction(tr("PDF report…"));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    QAction* json = menu->addAction(tr("JSON data…"));
    json->setObjectName(QStringLiteral("exportJsonAction"));
    connect(
        pdf, &QAction::triggered, this, [this] { m_actions.exportReport(window(), m_leadId, QStringLiteral("pdf")); });
    connect(json, &QAction::triggered, this,
        [this] { m_actions.exportReport(window(), m_leadId, QStringLiteral("json")); });
    m_export->setMenu(menu);
    m_actionRow->addWidget(m_export);
    layout->addLayout(m_actionRow);

    m_waiting = new QLabel;
    m_waiting->setObjectName(QStringLiteral("caseWaitingLabel"));
    m_waiting->setWordWrap(true);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    const QString waiting = CaseActions::waitingFor(m_state);
    if (actions.isEmpty())
        m_waiting->setText(waiting.isEmpty() ? tr("The case is finished; nothing is waiting.")
                                             : tr("Nothing for you to do now: the case waits for %1.").arg(waiting));
    m_waiting->setVisible(!m_waiting->text().isEmpty());
    layout->addWidget(m_waiting);
    layout->addWidget(m_message);
    m_message->setVisible(!m_message->text().isEmpty()); // reparenting hid it

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(buildSummary(*lead), tr("Summary"));
    m_tabs->addTab(buildRecords(), tr("Triage and review"));
    m_tabs->addTab(buildTimeline(), tr("Timeline"));
    layout->addWidget(m_tabs, 1);
}

QWidget* CaseDetailPanel::buildSummary(const Lead& l)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(inner);
    auto* facts = new QWidget;
    QFormLayout* form = formIn(facts);
    form->addRow(tr("Entity:"),
        valueLabel(l.entityUscc.isEmpty() ? l.entityName : QStringLiteral("%1 (%2)").arg(l.entityName, l.entityUscc)));
    QString place = l.address;
    if (auto path = StructureQuery(m_session).gridPath(l.gridId); path && path->has_value())
        place += (place.isEmpty() ? QString() : QStringLiteral(" · "))
            + QStringLiteral("%1 · %2 · %3").arg((*path)->streetName, (*path)->communityName, (*path)->gridName);
    form->addRow(tr("Place:"), valueLabel(place));
    QStringList groups;
    for (const QString& g : l.groupsAtRisk)
        groups << leads::groupAtRiskLabel(g);
    QStringList impact;
    if (l.amountCents)
        impact << tr("%1 yuan").arg(validate::formatAmountYuan(*l.amountCents));
    if (l.victims)
        impact << tr("%n victim(s)", nullptr, *l.victims);
    if (!groups.isEmpty())
        impact << groups.join(tr(", "));
    form->addRow(tr("Impact:"), valueLabel(impact.join(QStringLiteral(" · "))));
    form->addRow(tr("Categories:"), valueLabel(l.categories.join(tr(", "))));
    form->addRow(tr("Source:"), valueLabel(l.source.isEmpty() ? QString() : leads::sourceLabel(l.source)));
    form->addRow(tr("Description:"), valueLabel(l.description));
    form->addRow(tr("Evidence:"), valueLabel(tr("%n file(s)", nullptr, int(l.attachments.size()))));
    layout->addWidget(facts);
    auto* riskBox = new QGroupBox(tr("Risk screening"));
    auto* riskText = new QLabel;
    riskText->setObjectName(QStringLiteral("caseRiskExplanation"));
    riskText->setWordWrap(true);
    riskText->setTextFormat(Qt::PlainText);
    QStringList lines;
    if (RiskPreviewFunction preview = nodeRiskPreview(m_session)) {
        const RiskPreview risk = preview(l);
        lines << risk.summary;
        for (const RiskPreview::Hit& hit : risk.hits)
            if (hit.counted)
                lines << tr("• %1 (+%2): %3").arg(hit.term).arg(hit.weight).arg(hit.label);
    }
    riskText->setText(lines.join(QLatin1Char('\n')));
    (new QVBoxLayout(riskBox))->addWidget(riskText);
    layout->addWidget(riskBox);
    layout->addStretch();
    return scroll;
}

QWidget* CaseDetailPanel::buildRecords()
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    inner->setObjectName(QStringLiteral("caseRecords"));
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(inner);
    CaseWorkflow workflow(m_session);
    auto triage = workflow.triageRecords(m_leadId);
    auto reviews = workflow.reviewRecords(m_leadId);
    if (triage) {
        for (auto it = triage->crbegin(); it != triage->crend(); ++it) {
            const TriageRecord& t = *it;
            auto* box = new QGroupBox(
                tr("Triage: %1 — %2, %3")
                    .arg(cases::conclusionLabel(t.conclusion), t.triagedByName, CaseTimeline::localTime(t.triagedAt)));
            QFormLayout* form = formIn(box);
            QStringList basis;
            for (const QString& b : t.basis)
                basis << cases::basisLabel(b);
            if (!t.basisOther.isEmpty())
                basis << t.basisOther;
            form->addRow(tr("Grounds:"), valueLabel(basis.join(tr("; "))));
            form->addRow(tr("Confidence:"),
                valueLabel(t.confidence.isEmpty() ? QString() : cases::confidenceLabel(t.confidence)));
            form->addRow(tr("Cross-check:"), valueLabel(t.crossCheck));
            form->addRow(tr("Follow-up:"), valueLabel(t.followUp));
            if (!t.note.isEmpty())
                form->addRow(tr("Note:"), valueLabel(t.note));
            layout->addWidget(box);
        }
    }
    if (reviews) {
        for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
            const ReviewRecord& r = *it;
            auto* box = new QGroupBox(
                tr("District review: %1 — %2, %3")
                    .arg(cases::decisionLabel(r.decision), r.reviewedByName, CaseTimeline::localTime(r.reviewedAt)));
            QFormLayout* form = formIn(box);
            if (!r.unit.isEmpty())
                form->addRow(r.decision == QLatin1String("mediation") ? tr("Mediator:") : tr("Receiving unit:"),
                    valueLabel(r.unit));
            if (!r.reference.isEmpty())
                form->addRow(tr("Reference:"), valueLabel(r.reference));
            form->addRow(tr("Opinion:"), valueLabel(r.opinion));
            if (r.followUpUntil.isValid())
                form->addRow(tr("Until:"), valueLabel(QLocale().toString(r.followUpUntil, QLocale::ShortFormat)));
            layout->addWidget(box);
        }
    }
    if ((!triage || triage->isEmpty()) && (!reviews || reviews->isEmpty())) {
        auto* none = new QLabel(tr("No judgement or review recorded yet."));
        none->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(none);
    }
    layout->addStretch();
    return scroll;
}

QWidget* CaseDetailPanel::buildTimeline()
{
    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_timeline->setAlternatingRowColors(true);
    auto entries = CaseTimeline::forLead(m_session, m_leadId);
    if (entries) {
        // Newest first: where the case stands is what people look for.
        for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
            const TimelineEntry& e = *it;
            QString who = e.actorName;
            if (const auto role = roleFromKey(e.actorRole))
                who = tr("%1 · %2").arg(who, roleDisplayName(*role));
            auto* item = new QTreeWidgetItem(m_timeline, { CaseTimeline::localTime(e.wallTime), who, e.title });
            item->setData(0, Qt::UserRole, e.kind);
            item->setToolTip(2, tr("Audit event %1, SHA-256 %2").arg(e.seq).arg(e.hash));
            QStringList lines = e.details;
            if (!e.note.isEmpty())
                lines << tr("Note: %1").arg(e.note);
            for (const QString& line : lines) {
                auto* child = new QTreeWidgetItem(item, { QString(), QString(), line });
                child->setToolTip(2, line);
            }
        }
    }
    m_timeline->expandAll();
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return m_timeline;
}

} // namespace gs
