// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadDetailView.h"

#include "EvidenceList.h"
#include "cases/CaseActions.h"
#include "workflow/CaseTimeline.h"
#include "workflow/CaseWorkflow.h"
#include "FormHelpers.h"
#include "accounts/Session.h"
#include "core/Json.h"
#include "domain/Validators.h"
#include "itemmodels/LeadListModel.h"
#include "leads/DuplicateFinder.h"
#include "structure/StructureQuery.h"
#include "workflow/AuditLog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTreeWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {
namespace {

QString dash() { return QStringLiteral("—"); }

/// Columns of `leads` as people call them; internal keys are not shown.
QString columnLabel(const QString& column)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Title") },
        { QStringLiteral("categories"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Categories") },
        { QStringLiteral("entity_name"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Entity") },
        { QStringLiteral("entity_uscc"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Credit code") },
        { QStringLiteral("entity_address"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Business address") },
        { QStringLiteral("entity_phone"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Contact phone") },
        { QStringLiteral("entity_online"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Web / WeChat / app") },
        { QStringLiteral("person_id_number"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "ID number") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Address") },
        { QStringLiteral("lon"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Longitude") },
        { QStringLiteral("lat"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Latitude") },
        { QStringLiteral("grid_id"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Grid") },
        { QStringLiteral("groups_at_risk"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Groups at risk") },
        { QStringLiteral("amount_cents"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Amount") },
        { QStringLiteral("victims"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Victims") },
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Source") },
        { QStringLiteral("informant_name"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Informant") },
        { QStringLiteral("informant_phone"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Informant phone") },
        { QStringLiteral("informant_confidential"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Confidential informant") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Description") },
        { QStringLiteral("risk_score"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Risk score") },
        { QStringLiteral("risk_level"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Risk level") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Status") },
        { QStringLiteral("case_no"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Case no.") },
        { QStringLiteral("deadline_at"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Deadline") },
        { QStringLiteral("assignee_user_id"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Assigned to") },
        { QStringLiteral("linked_lead_id"), QT_TRANSLATE_NOOP("gs::LeadDetailView", "Linked lead") },
    };
    const char* label = labels.value(column);
    return label ? QCoreApplication::translate("gs::LeadDetailView", label) : QString();
}

QString listText(const QJsonValue& value, QString (*label)(const QString&))
{
    QStringList items;
    for (const QString& item : json::strings(value.toString()))
        items << (label ? label(item) : item);
    return items.join(QCoreApplication::translate("gs::LeadDetailView", ", "));
}

} // namespace

LeadDetailView::LeadDetailView(Session& session, Prompter& prompter, const QString& leadId, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_leadId(leadId)
{
    setObjectName(QStringLiteral("leadDetailView"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_caseActions = new CaseActions(session, prompter, this);
    connect(m_caseActions, &CaseActions::caseChanged, this, [this](const QString& id) {
        // After the step's dialog has closed: rebuilding under it would delete the buttons it came from.
        QTimer::singleShot(0, this, [this, id] {
            reload();
            Q_EMIT caseChanged(id);
        });
    });
    m_outer = new QVBoxLayout(this);
    m_outer->setContentsMargins(0, 0, 0, 12);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setContentsMargins(12, 0, 12, 0);
    m_edit = buttons->addButton(tr("&Edit"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(QStringLiteral("editButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        Q_EMIT editRequested(m_lead.id);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_outer->addStretch();
    m_outer->addWidget(buttons);
    build();
    const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
    resize(QSize(1180, 740).boundedTo(available - QSize(24, 48)));
}

void LeadDetailView::reload() { build(); }

void LeadDetailView::build()
{
    if (m_content) {
        m_outer->removeWidget(m_content);
        delete m_content;
        m_content = nullptr;
    }
    m_values.clear();
    auto loaded = makeLeadRepository(m_session).load(m_leadId);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = scroll;
    auto* inner = new QWidget;
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(12);
    m_outer->insertWidget(0, scroll, 1);
    if (!loaded) {
        m_lead = Lead();
        m_lead.id.clear();
        auto* message = makeMessageLabel(inner);
        showError(message, loaded.error().message);
        layout->addWidget(message);
        layout->addStretch();
        m_edit->setVisible(false);
        setWindowTitle(tr("Lead"));
        return;
    }
    m_lead = *loaded;
    setWindowTitle(tr("Lead %1").arg(m_lead.caseNo));
    m_edit->setVisible(makeLeadRepository(m_session).canEdit(m_lead) && m_session.can(Permission::FileLeads));

    layout->addWidget(buildHeader());
    layout->addWidget(buildCaseActions());
    auto* columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addWidget(buildFields(), 11);
    auto* right = new QVBoxLayout;
    right->addWidget(buildRisk());
    right->addWidget(buildDuplicates());
    auto* evidenceBox = new QGroupBox(tr("Evidence (%1)").arg(m_lead.attachments.size()));
    evidenceBox->setObjectName(QStringLiteral("evidenceSection"));
    m_evidence = new EvidenceList(m_session, m_prompter, EvidenceList::Mode::View, evidenceBox);
    m_evidence->setAttachments(m_lead.attachments);
    (new QVBoxLayout(evidenceBox))->addWidget(m_evidence);
    right->addWidget(evidenceBox);
    right->addStretch();
    columns->addLayout(right, 9);
    layout->addLayout(columns);
    layout->addWidget(buildHistory());
}

QWidget* LeadDetailView::buildHeader()
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* title = makeTitleLabel(m_lead.title.isEmpty() ? tr("(no title)") : m_lead.title, header, 5);
    title->setObjectName(QStringLiteral("titleValue"));
    title->setTextFormat(Qt::PlainText);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(QStringLiteral("title"), title);
    layout->addWidget(title);

    auto* line = new QHBoxLayout;
    auto* risk = new QLabel(QStringLiteral(" %1 ").arg(riskLevelLabel(m_lead.riskLevel)));
    risk->setObjectName(QStringLiteral("riskChip"));
    risk->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
                            .arg(LeadListModel::riskColor(m_lead.riskLevel).name()));
    QString reporter;
    if (auto names = StructureQuery(m_session).userDisplayNames({ m_lead.reporterUserId }))
        reporter = names->value(m_lead.reporterUserId);
    QStringList facts { m_lead.caseNo, leads::statusLabel(m_lead.status),
        tr("filed %1").arg(CaseTimeline::localTime(m_lead.createdAt)) };
    if (!reporter.isEmpty())
        facts << tr("by %1").arg(reporter);
    if (!m_lead.deadlineAt.isEmpty())
        facts << tr("deadline %1").arg(CaseTimeline::localTime(m_lead.deadlineAt));
    auto* meta = new QLabel(facts.join(QStringLiteral(" · ")));
    meta->setObjectName(QStringLiteral("metaLabel"));
    meta->setTextFormat(Qt::PlainText);
    meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->addWidget(risk);
    line->addWidget(meta, 1);
    layout->addLayout(line);
    return header;
}

void LeadDetailView::addValue(QFormLayout* form, const QString& field, const QString& label, const QString& value)
{
    auto* text = new QLabel(value.trimmed().isEmpty() ? dash() : value);
    text->setObjectName(field + QStringLiteral("Value"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    if (value.trimmed().isEmpty())
        text->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(label, text);
    m_values.insert(field, text);
}

QString LeadDetailView::valueText(const QString& field) const
{
    QLabel* label = m_values.value(field);
    return label ? label->text() : QString();
}

QWidget* LeadDetailView::buildFields()
{
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto box = [&](const QString& title) {
        auto* group = new QGroupBox(title);
        auto* form = new QFormLayout(group);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        layout->addWidget(group);
        return form;
    };
    const Lead& l = m_lead;
    QFormLayout* what = box(tr("Lead"));
    addValue(what, QStringLiteral("categories"), tr("Categories:"), l.categories.join(tr(", ")));
    addValue(what, QStringLiteral("description"), tr("Description:"), l.description);
    QFormLayout* who = box(tr("Subject entity or person"));
    addValue(who, QStringLiteral("entityName"), tr("Name:"), l.entityName);
    addValue(who, QStringLiteral("entityUscc"), tr("Credit code:"), l.entityUscc);
    addValue(who, QStringLiteral("entityAddress"), tr("Business address:"), l.entityAddress);
    addValue(who, QStringLiteral("entityPhone"), tr("Contact phone:"), l.entityPhone);
    addValue(who, QStringLiteral("entityOnline"), tr("Web / WeChat / app:"), l.entityOnline);
    addValue(who, QStringLiteral("personIdNumber"), tr("Person's ID number:"), l.personIdNumber);
    QFormLayout* where = box(tr("Place"));
    addValue(where, QStringLiteral("address"), tr("Address:"), l.address);
    addValue(where, QStringLiteral("location"), tr("Coordinates:"),
        l.lon && l.lat ? tr("%1, %2 (WGS-84)").arg(*l.lon, 0, 'f', 6).arg(*l.lat, 0, 'f', 6) : QString());
    QString grid;
    if (auto path = StructureQuery(m_session).gridPath(l.gridId); path && path->has_value())
        grid = QStringLiteral("%1 · %2 · %3").arg((*path)->streetName, (*path)->communityName, (*path)->gridName);
    addValue(where, QStringLiteral("grid"), tr("Grid:"), grid);
    QFormLayout* impact = box(tr("Who is at risk and how much"));
    QStringList groups;
    for (const QString& g : l.groupsAtRisk)
        groups << leads::groupAtRiskLabel(g);
    addValue(impact, QStringLiteral("groupsAtRisk"), tr("Groups at risk:"), groups.join(tr(", ")));
    addValue(impact, QStringLiteral("amount"), tr("Amount:"),
        l.amountCents ? tr("%1 yuan").arg(validate::formatAmountYuan(*l.amountCents)) : QString());
    addValue(impact, QStringLiteral("victims"), tr("Victims:"), l.victims ? QLocale().toString(*l.victims) : QString());
    QFormLayout* source = box(tr("Source"));
    addValue(source, QStringLiteral("source"), tr("Source:"), l.source.isEmpty() ? QString() : leads::sourceLabel(l.source));
    QString informant = l.informantName;
    if (!l.informantPhone.isEmpty())
        informant += (informant.isEmpty() ? QString() : QStringLiteral(" · ")) + l.informantPhone;
    // Users who may not see a confidential informant get the repository's mask instead of the name.
    if (l.informantConfidential && m_session.can(Permission::ViewInformantIdentity))
        informant += tr(" (confidential)");
    addValue(source, QStringLiteral("informant"), tr("Informant:"), informant);
    layout->addStretch();
    return column;
}

QWidget* LeadDetailView::buildRisk()
{
    auto* box = new QGroupBox(tr("Risk"));
    box->setObjectName(QStringLiteral("riskSection"));
    auto* layout = new QVBoxLayout(box);
    auto* summary = new QLabel;
    summary->setObjectName(QStringLiteral("riskExplanation"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    QStringList lines;
    if (RiskPreviewFunction preview = nodeRiskPreview(m_session)) {
        const RiskPreview risk = preview(m_lead);
        lines << risk.summary;
        for (const RiskPreview::Hit& hit : risk.hits) {
            if (hit.counted)
                lines << tr("• %1 (+%2): %3").arg(hit.term).arg(hit.weight).arg(hit.label);
        }
    } else {
        lines << tr("%1 risk, score %2 as stored with the lead.").arg(riskLevelLabel(m_lead.riskLevel)).arg(m_lead.riskScore, 0, 'f', 0);
        lines << tr("Automatic screening is not installed on this node yet, so no signals are listed.");
    }
    summary->setText(lines.join(QLatin1Char('\n')));
    layout->addWidget(summary);
    return box;
}

QWidget* LeadDetailView::buildDuplicates()
{
    auto* box = new QGroupBox(tr("Linked lead and possible duplicates"));
    box->setObjectName(QStringLiteral("duplicatesSection"));
    auto* layout = new QVBoxLayout(box);
    if (!m_lead.linkedLeadId.isEmpty()) {
        auto linked = makeLeadRepository(m_session).load(m_lead.linkedLeadId);
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(linked ? tr("Linked to %1 — %2").arg(linked->caseNo, linked->title)
                                        : tr("Linked to a lead you may not see."));
        label->setObjectName(QStringLiteral("linkedLeadLabel"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        row->addWidget(label, 1);
        if (linked) {
            auto* open = new QPushButton(tr("&Open"));
            open->setObjectName(QStringLiteral("openLinkedButton"));
            const QString id = m_lead.linkedLeadId;
            connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT openLeadRequested(id); });
            row->addWidget(open);
        }
        layout->addLayout(row);
    }
    auto found = DuplicateFinder(m_session).find(m_lead, 10);
    if (found && !found->isEmpty()) {
        auto* list = new QTreeWidget;
        list->setObjectName(QStringLiteral("possibleDuplicates"));
        list->setRootIsDecorated(false);
        list->setHeaderLabels({ tr("Case no."), tr("Title"), tr("Why") });
        for (const DuplicateCandidate& c : *found) {
            auto* item = new QTreeWidgetItem(list, { c.caseNo, c.title, c.reasons.join(tr("; ")) });
            item->setData(0, Qt::UserRole, c.id);
            item->setToolTip(2, c.reasons.join(QLatin1Char('\n')));
        }
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
        list->header()->setStretchLastSection(false);
        list->setMaximumHeight(list->sizeHintForRow(0) * 4 + list->header()->sizeHint().height() + 8);
        connect(list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT openLeadRequested(item->data(0, Qt::UserRole).toString()); });
        layout->addWidget(list);
    } else if (m_lead.linkedLeadId.isEmpty()) {
        auto* none = new QLabel(tr("No other lead about the same entity, phone or place."));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    return box;
}

QString LeadDetailView::describeEvent(Session& session, const AuditEvent& e)
{
    const QString file = e.payload.value(QStringLiteral("fileName")).toString();
    if (e.kind == QStringLiteral("draft_created"))
        return tr("Draft created");
    if (e.kind == QStringLiteral("filed"))
        return tr("Filed");
    if (e.kind == QStringLiteral("submitted"))
        return tr("Submitted for triage");
    if (e.kind == QStringLiteral("edited"))
        return tr("Edited");
    if (e.kind == QStringLiteral("attachment_added"))
        return tr("Evidence added: %1").arg(file);
    if (e.kind == QStringLiteral("attachment_removed"))
        return tr("Evidence removed: %1").arg(file);
    if (e.kind == QStringLiteral("linked_duplicate")) {
        const QString id = e.payload.value(QStringLiteral("linkedLeadId")).toString();
        auto linked = LeadRepository(session).load(id);
        return tr("Linked as a duplicate of %1").arg(linked ? linked->caseNo : tr("another lead"));
    }
    if (e.kind.startsWith(QStringLiteral("transition:")) && e.fromStatus != e.toStatus)
        return CaseTimeline::title(e) + tr(" (%1 → %2)").arg(leads::statusLabel(e.fromStatus), leads::statusLabel(e.toStatus));
    if (e.kind.startsWith(QStringLiteral("transition:")) || e.kind == QStringLiteral("report_exported") || e.kind == QStringLiteral("settings_changed"))
        return CaseTimeline::title(e);
    return e.kind;
}

QStringList LeadDetailView::describeChanges(Session& session, const AuditEvent& e)
{
    if (e.subjectTable != QStringLiteral("leads"))
        return {};
    const bool created = e.kind == QStringLiteral("filed") || e.kind == QStringLiteral("draft_created");
    const auto show = [&session](const QString& column, const QJsonValue& v) -> QString {
        if (v.isNull() || v.isUndefined())
            return QString();
        const QString text = v.isString() ? v.toString() : v.toVariant().toString();
        if (column == QStringLiteral("categories"))
            return listText(v, nullptr);
        if (column == QStringLiteral("groups_at_risk"))
            return listText(v, &leads::groupAtRiskLabel);
        if (column == QStringLiteral("amount_cents"))
            return validate::formatAmountYuan(v.toVariant().toLongLong());
        if (column == QStringLiteral("source"))
            return text.isEmpty() ? text : leads::sourceLabel(text);
        if (column == QStringLiteral("status"))
            return leads::statusLabel(text);
        if (column == QStringLiteral("risk_level"))
            return riskLevelLabel(text);
        if (column == QStringLiteral("informant_confidential"))
            return v.toVariant().toInt() ? tr("yes") : tr("no");
        if (column == QStringLiteral("grid_id")) {
            if (auto path = StructureQuery(session).gridPath(text); path && path->has_value())
                return (*path)->communityName + QStringLiteral(" · ") + (*path)->gridName;
        }
        if (column == QStringLiteral("lon") || column == QStringLiteral("lat"))
            return QString::number(v.toDouble(), 'f', 6);
        if (column == QStringLiteral("description") && text.size() > 60)
            return text.left(60) + QStringLiteral("…");
        return text;
    };
    QStringList lines;
    const QStringList order { QStringLiteral("status"), QStringLiteral("case_no"), QStringLiteral("title"), QStringLiteral("categories"),
        QStringLiteral("description"), QStringLiteral("entity_name"), QStringLiteral("entity_uscc"), QStringLiteral("entity_address"),
        QStringLiteral("entity_phone"), QStringLiteral("entity_online"), QStringLiteral("person_id_number"), QStringLiteral("address"),
        QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("grid_id"), QStringLiteral("groups_at_risk"), QStringLiteral("amount_cents"),
        QStringLiteral("victims"), QStringLiteral("source"), QStringLiteral("informant_name"), QStringLiteral("informant_phone"),
        QStringLiteral("informant_confidential"), QStringLiteral("risk_level"), QStringLiteral("risk_score"), QStringLiteral("deadline_at"),
        QStringLiteral("linked_lead_id") };
    for (const QString& column : order) {
        const QJsonArray change = e.payload.value(column).toArray();
        if (change.size() != 2 || column == QStringLiteral("case_no") || (created && column == QStringLiteral("status")))
            continue;
        const QString label = columnLabel(column);
        if (label.isEmpty())
            continue;
        const QString before = show(column, change.at(0));
        const QString after = show(column, change.at(1));
        // Sensitive values are not in the audit trail ("***"): say that they changed, nothing more.
        if (after == QStringLiteral("***")) {
            if (!created)
                lines << tr("%1: changed").arg(label);
            continue;
        }
        if (created) {
            if (!after.isEmpty() && after != QStringLiteral("[]") && !(column == QStringLiteral("informant_confidential") && after == tr("no"))
                && !(column == QStringLiteral("risk_score") && after == QStringLiteral("0")))
                lines << tr("%1: %2").arg(label, after);
        } else {
            lines << tr("%1: %2 → %3").arg(label, before.isEmpty() ? dash() : before, after.isEmpty() ? dash() : after);
        }
    }
    return lines;
}

void LeadDetailView::setMapSnapshotProvider(std::function<QImage(const Lead&, QSize)> provider)
{
    m_caseActions->setMapSnapshotProvider(std::move(provider));
}

QPushButton* LeadDetailView::caseActionButton(const QString& key) const
{
    return findChild<QPushButton*>(QStringLiteral("caseAction_") + key);
}

QWidget* LeadDetailView::buildCaseActions()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("caseActionBar"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto state = CaseWorkflow(m_session).load(m_lead.id);
    if (!state || m_lead.status == QStringLiteral("draft")) {
        bar->hide();
        return bar;
    }
    const QList<CaseActions::Action> actions = m_caseActions->actionsFor(*state);
    auto* label = new QLabel(actions.isEmpty() ? tr("Case: nothing for you to do at this stage.") : tr("Case:"));
    label->setForegroundRole(actions.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    row->addWidget(label);
    for (const CaseActions::Action& a : actions) {
        auto* button = new QPushButton(a.label);
        button->setObjectName(QStringLiteral("caseAction_") + a.key);
        button->setToolTip(a.toolTip);
        const QString key = a.key;
        connect(button, &QPushButton::clicked, this, [this, key] { m_caseActions->start(this, m_lead.id, key); });
        row->addWidget(button);
    }
    row->addStretch();
    auto* report = new QPushButton(tr("Report upward (PDF)…"));
    report->setObjectName(QStringLiteral("caseReportButton"));
    report->setToolTip(tr("The case report for the district office, with the evidence list and the timeline"));
    connect(report, &QPushButton::clicked, this, [this] { m_caseActions->exportReport(this, m_lead.id, QStringLiteral("pdf")); });
    row->addWidget(report);
    return bar;
}

QWidget* LeadDetailView::buildHistory()
{
    auto* box = new QGroupBox(tr("History"));
    box->setObjectName(QStringLiteral("historySection"));
    auto* layout = new QVBoxLayout(box);
    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    auto events = AuditLog::forLead(m_session.db(), m_lead.id);
    if (!events) {
        auto* message = makeMessageLabel(box);
        showError(message, events.error().message);
        layout->addWidget(message);
    } else {
        QStringList actors;
        for (const AuditEvent& e : *events)
            actors << e.actorUserId;
        QHash<QString, QString> names;
        if (auto found = StructureQuery(m_session).userDisplayNames(actors))
            names = *found;
        // Newest first: the latest state of the lead is what people look for.
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            const AuditEvent& e = *it;
            QString who = names.value(e.actorUserId, tr("unknown account"));
            if (const auto role = roleFromKey(e.actorRole))
                who = tr("%1 · %2").arg(who, roleDisplayName(*role));
            QString what = describeEvent(m_session, e);
            if (!e.note.isEmpty())
                what += QStringLiteral(" — ") + e.note;
            auto* item = new QTreeWidgetItem(m_history, { CaseTimeline::localTime(e.wallTime), who, what });
            item->setToolTip(2, what);
            QStringList lines = describeChanges(m_session, e);
            if (e.kind.startsWith(QStringLiteral("transition:"))) {
                // A step: its input, deadline and assignment in words; a resubmission also lists the edited fields.
                QStringList edits;
                for (const QString& line : std::as_const(lines)) {
                    if (!line.startsWith(columnLabel(QStringLiteral("status"))) && !line.startsWith(columnLabel(QStringLiteral("deadline_at")))
                        && !line.startsWith(columnLabel(QStringLiteral("assignee_user_id"))))
                        edits << line;
                }
                lines = CaseTimeline::transitionDetails(m_session, e) + edits;
            }
            for (const QString& line : std::as_const(lines)) {
                auto* change = new QTreeWidgetItem(item, { QString(), QString(), line });
                change->setToolTip(2, line);
            }
        }
        m_history->expandAll();
    }
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setMinimumHeight(m_history->fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_history);
    return box;
}

} // namespace gs
