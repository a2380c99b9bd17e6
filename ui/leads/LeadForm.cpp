// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadForm.h"

#include "DuplicatesDialog.h"
#include "EvidenceList.h"
#include "FormHelpers.h"
#include "GridPicker.h"
#include "Prompter.h"
#include "accounts/Session.h"
#include "dictionaries/NodeDictionaries.h"
#include "domain/Validators.h"
#include "itemmodels/LeadListModel.h"
#include "leads/DraftStore.h"
#include "leads/DuplicateFinder.h"
#include "map/LocationPickerDialog.h"
#include "structure/StructureQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {
namespace {

/// The order fields are visited in (Tab) and checked in (focus on the first invalid one).
const QStringList& fieldOrder()
{
    static const QStringList order { QStringLiteral("title"), QStringLiteral("categories"), QStringLiteral("description"),
        QStringLiteral("entityName"), QStringLiteral("entityUscc"), QStringLiteral("entityPhone"), QStringLiteral("personIdNumber"),
        QStringLiteral("address"), QStringLiteral("location"), QStringLiteral("groupsAtRisk"), QStringLiteral("amount"),
        QStringLiteral("victims"), QStringLiteral("source"), QStringLiteral("informantName"), QStringLiteral("informantPhone"),
        QStringLiteral("attachments") };
    return order;
}

std::optional<double> parseDegrees(const QString& text, bool* ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool parsed = false;
    const double value = QLocale::c().toDouble(t, &parsed);
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QGroupBox* section(const QString& title, const char* objectName)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(QString::fromLatin1(objectName));
    return box;
}

QFormLayout* makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(6);
    return form;
}

} // namespace

LeadForm::LeadForm(Session& session, Prompter& prompter, const QString& leadId, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_riskPreview(nodeRiskPreview(session))
{
    setObjectName(QStringLiteral("leadForm"));
    setWindowTitle(tr("New lead"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* left = new QVBoxLayout;
    left->addWidget(buildLeadSection());
    left->addWidget(buildEntitySection());
    left->addWidget(buildPlaceSection());
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(buildRiskSection());
    right->addWidget(buildImpactSection());
    right->addWidget(buildSourceSection());
    right->addWidget(buildEvidenceSection());
    right->addStretch();

    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(14);
    columns->addLayout(left, 11);
    columns->addLayout(right, 9);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("leadFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_formMessage = makeMessageLabel(this);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_saveDraft = new QPushButton(tr("Save &draft"));
    m_saveDraft->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveDraft->setToolTip(tr("Keep the lead as a draft only you can see (Ctrl+S)"));
    m_checkDuplicates = new QPushButton(tr("Check d&uplicates"));
    m_checkDuplicates->setObjectName(QStringLiteral("checkDuplicatesButton"));
    m_checkDuplicates->setToolTip(tr("Look for leads about the same entity, phone or place"));
    m_submit = new QPushButton(tr("&Submit"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setToolTip(tr("File the lead for triage (Enter or Ctrl+Enter)"));
    m_submit->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    for (QPushButton* b : { m_saveDraft, m_checkDuplicates })
        b->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 0);
    buttons->addWidget(m_formMessage, 1);
    buttons->addStretch(); // keeps the buttons at their size while the message is hidden
    buttons->addWidget(m_checkDuplicates);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &LeadForm::submit);
    connect(m_saveDraft, &QPushButton::clicked, this, &LeadForm::saveAsDraft);
    connect(m_checkDuplicates, &QPushButton::clicked, this, &LeadForm::checkDuplicates);
    connect(m_cancel, &QPushButton::clicked, this, &LeadForm::reject);
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &LeadForm::submit);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this), &QShortcut::activated, this, &LeadForm::saveAsDraft);

    m_autosave = new QTimer(this);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        // A failure is shown in the form's message line; the next tick tries again.
        if (m_dirty && !m_finished)
            static_cast<void>(saveDraftNow());
    });
    m_autosave->start();
    m_riskTimer = new QTimer(this);
    m_riskTimer->setSingleShot(true);
    m_riskTimer->setInterval(kRiskDelayMs);
    connect(m_riskTimer, &QTimer::timeout, this, &LeadForm::updateRisk);

    wireChanges();
    setTabOrder();
    if (!leadId.isEmpty())
        load(leadId);
    validateLive();
    updateRisk();

    const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
    resize(QSize(1200, 740).boundedTo(available - QSize(24, 48)));
    m_title->setFocus();
}

LeadForm::~LeadForm() { disconnectChildren(this); }

QLabel* LeadForm::addMessage(const QString& field, QWidget* focusTarget)
{
    QLabel* label = makeMessageLabel(this);
    label->setObjectName(field + QStringLiteral("Message"));
    m_messages.insert(field, label);
    m_focusTargets.insert(field, focusTarget);
    return label;
}

QWidget* LeadForm::buildLeadSection()
{
    QGroupBox* box = section(tr("Lead"), "leadSection");
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("Who promised what, e.g. “XX wealth management promises 18% a year”"));
    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("categoriesList"));
    m_categories->setFlow(QListView::TopToBottom);
    m_categories->setWrapping(true);
    m_categories->setResizeMode(QListView::Adjust);
    m_categories->setAccessibleName(tr("Categories"));
    for (const QString& category : NodeDictionaries(m_session).categories()) {
        auto* item = new QListWidgetItem(category, m_categories);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, category);
    }
    const int rowHeight = m_categories->sizeHintForRow(0) > 0 ? m_categories->sizeHintForRow(0) : fontMetrics().height() + 6;
    m_categories->setFixedHeight(rowHeight * 4 + 2 * m_categories->frameWidth() + 6);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What was seen or heard: promises made, who was approached, when and where."));
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    QFormLayout* form = makeForm(box);
    addFieldRow(form, tr("&Title:"), m_title, addMessage(QStringLiteral("title"), m_title));
    addFieldRow(form, tr("Cate&gories:"), m_categories, addMessage(QStringLiteral("categories"), m_categories));
    addFieldRow(form, tr("Descri&ption:"), m_description, addMessage(QStringLiteral("description"), m_description));
    return box;
}

QWidget* LeadForm::buildEntitySection()
{
    QGroupBox* box = section(tr("Subject entity or person"), "entitySection");
    m_entityName = new QLineEdit;
    m_entityName->setObjectName(QStringLiteral("entityNameEdit"));
    m_entityName->setPlaceholderText(tr("Company, shop or organisation name"));
    m_entityUscc = new QLineEdit;
    m_entityUscc->setObjectName(QStringLiteral("entityUsccEdit"));
    m_entityUscc->setMaxLength(24);
    m_entityUscc->setPlaceholderText(tr("18 characters, on the business licence"));
    m_entityAddress = new QLineEdit;
    m_entityAddress->setObjectName(QStringLiteral("entityAddressEdit"));
    m_entityPhone = new QLineEdit;
    m_entityPhone->setObjectName(QStringLiteral("entityPhoneEdit"));
    m_entityPhone->setPlaceholderText(tr("Mobile or landline with area code"));
    m_entityOnline = new QLineEdit;
    m_entityOnline->setObjectName(QStringLiteral("entityOnlineEdit"));
    m_entityOnline->setPlaceholderText(tr("Website, WeChat account or app name"));
    m_personId = new QLineEdit;
    m_personId->setObjectName(QStringLiteral("personIdEdit"));
    m_personId->setMaxLength(24);
    m_personId->setPlaceholderText(tr("Resident ID card of a person involved, if known"));

    QFormLayout* form = makeForm(box);
    addFieldRow(form, tr("&Name:"), m_entityName, addMessage(QStringLiteral("entityName"), m_entityName));
    addFieldRow(form, tr("Credit &code:"), m_entityUscc, addMessage(QStringLiteral("entityUscc"), m_entityUscc));
    addFieldRow(form, tr("Business a&ddress:"), m_entityAddress, addMessage(QStringLiteral("entityAddress"), m_entityAddress));
    addFieldRow(form, tr("Contact p&hone:"), m_entityPhone, addMessage(QStringLiteral("entityPhone"), m_entityPhone));
    addFieldRow(form, tr("&Web / WeChat / app:"), m_entityOnline, addMessage(QStringLiteral("entityOnline"), m_entityOnline));
    addFieldRow(form, tr("Person's &ID number:"), m_personId, addMessage(QStringLiteral("personIdNumber"), m_personId));
    m_entityUscc->setToolTip(tr("统一社会信用代码: checked as you type"));
    return box;
}

QWidget* LeadForm::buildPlaceSection()
{
    QGroupBox* box = section(tr("Place"), "placeSection");
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("Street address or a description of the place"));
    m_lon = new QLineEdit;
    m_lon->setObjectName(QStringLiteral("lonEdit"));
    m_lon->setPlaceholderText(tr("Longitude, e.g. 113.3245"));
    m_lon->setAccessibleName(tr("Longitude"));
    m_lat = new QLineEdit;
    m_lat->setObjectName(QStringLiteral("latEdit"));
    m_lat->setPlaceholderText(tr("Latitude, e.g. 23.1385"));
    m_lat->setAccessibleName(tr("Latitude"));
    m_pickOnMap = new QPushButton(tr("Pick on map"));
    m_pickOnMap->setObjectName(QStringLiteral("pickOnMapButton"));
    m_pickOnMap->setToolTip(tr("Click or drag a pin on the map, find a street, community, grid or address, or type coordinates "
                               "in WGS-84, GCJ-02 (AMap, Tencent) or BD-09 (Baidu)"));
    connect(m_pickOnMap, &QPushButton::clicked, this, &LeadForm::pickOnMap);
    // Disabled widgets show no tooltip: keep it reachable on the row.
    auto* coordinates = new QWidget;
    coordinates->setToolTip(tr("WGS-84 degrees (GPS). The grid is found from the coordinates."));
    auto* row = new QHBoxLayout(coordinates);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_lon, 1);
    row->addWidget(m_lat, 1);
    row->addWidget(m_pickOnMap);
    coordinates->setFocusProxy(m_lon);
    m_grid = new GridPicker(m_session, GridPicker::Mode::Pick);
    m_grid->setObjectName(QStringLiteral("gridPicker"));
    m_grid->setFocusProxy(m_grid->streetCombo());

    QFormLayout* form = makeForm(box);
    addFieldRow(form, tr("&Address:"), m_address, addMessage(QStringLiteral("address"), m_address));
    addFieldRow(form, tr("C&oordinates:"), coordinates, addMessage(QStringLiteral("location"), m_lon));
    addFieldRow(form, tr("G&rid:"), m_grid, addMessage(QStringLiteral("grid"), m_grid->streetCombo()));
    return box;
}

QWidget* LeadForm::buildImpactSection()
{
    QGroupBox* box = section(tr("Who is at risk and how much"), "impactSection");
    auto* groups = new QWidget;
    groups->setObjectName(QStringLiteral("groupsAtRisk"));
    auto* grid = new QGridLayout(groups);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    const QStringList keys = leads::groupsAtRiskKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* check = new QCheckBox(leads::groupAtRiskLabel(keys.at(i)));
        check->setObjectName(QStringLiteral("groupCheck_") + keys.at(i));
        check->setProperty("groupKey", keys.at(i));
        grid->addWidget(check, i / 2, i % 2);
        m_groups.append(check);
    }
    groups->setFocusProxy(m_groups.first());
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("In yuan, e.g. 500000 or 12,345.67"));
    m_victims = new QLineEdit;
    m_victims->setObjectName(QStringLiteral("victimsEdit"));
    m_victims->setValidator(new QIntValidator(0, 10000000, m_victims));
    m_victims->setPlaceholderText(tr("People who paid or were approached"));

    QFormLayout* form = makeForm(box);
    addFieldRow(form, tr("Groups at risk:"), groups, addMessage(QStringLiteral("groupsAtRisk"), m_groups.first()));
    addFieldRow(form, tr("A&mount (yuan):"), m_amount, addMessage(QStringLiteral("amount"), m_amount));
    addFieldRow(form, tr("&Victims:"), m_victims, addMessage(QStringLiteral("victims"), m_victims));
    return box;
}

QWidget* LeadForm::buildSourceSection()
{
    QGroupBox* box = section(tr("Source"), "sourceSection");
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("How was it found?"), QString());
    for (const QString& key : leads::sourceKeys())
        m_source->addItem(leads::sourceLabel(key), key);
    m_informantName = new QLineEdit;
    m_informantName->setObjectName(QStringLiteral("informantNameEdit"));
    m_informantPhone = new QLineEdit;
    m_informantPhone->setObjectName(QStringLiteral("informantPhoneEdit"));
    m_confidential = new QCheckBox(tr("Keep the informant's identity &confidential"));
    m_confidential->setObjectName(QStringLiteral("confidentialCheck"));
    m_confidential->setToolTip(tr("Only the district office sees a confidential informant's name and phone."));

    QFormLayout* form = makeForm(box);
    addFieldRow(form, tr("So&urce:"), m_source, addMessage(QStringLiteral("source"), m_source));
    addFieldRow(form, tr("In&formant:"), m_informantName, addMessage(QStringLiteral("informantName"), m_informantName));
    addFieldRow(form, tr("Informant pho&ne:"), m_informantPhone, addMessage(QStringLiteral("informantPhone"), m_informantPhone));
    form->addRow(QString(), m_confidential);
    return box;
}

QWidget* LeadForm::buildRiskSection()
{
    QGroupBox* box = section(tr("Risk"), "riskSection");
    m_riskLevel = new QLabel;
    m_riskLevel->setObjectName(QStringLiteral("riskLevelLabel"));
    m_riskSummary = new QLabel;
    m_riskSummary->setObjectName(QStringLiteral("riskSummaryLabel"));
    m_riskSummary->setWordWrap(true);
    m_riskSummary->setTextFormat(Qt::PlainText);
    m_riskHits = new QListWidget;
    m_riskHits->setObjectName(QStringLiteral("riskHitsList"));
    m_riskHits->setFocusPolicy(Qt::NoFocus);
    m_riskHits->setUniformItemSizes(true);
    m_riskHits->setFixedHeight((fontMetrics().height() + 4) * 4 + 2 * m_riskHits->frameWidth() + 2);
    auto* layout = new QVBoxLayout(box);
    auto* top = new QHBoxLayout;
    top->addWidget(m_riskLevel);
    top->addWidget(m_riskSummary, 1);
    layout->addLayout(top);
    layout->addWidget(m_riskHits);
    return box;
}

QWidget* LeadForm::buildEvidenceSection()
{
    QGroupBox* box = section(tr("Evidence"), "evidenceSection");
    m_evidence = new EvidenceList(m_session, m_prompter, EvidenceList::Mode::Edit, box);
    m_messages.insert(QStringLiteral("attachments"), m_evidence->messageLabel());
    m_focusTargets.insert(QStringLiteral("attachments"), m_evidence->addButton());
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_evidence);
    return box;
}

void LeadForm::wireChanges()
{
    const auto line = [this](QLineEdit* edit, const QString& field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field] {
            if (!m_filling)
                changed(field);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
    };
    line(m_title, QStringLiteral("title"));
    line(m_entityName, QStringLiteral("entityName"));
    line(m_entityUscc, QStringLiteral("entityUscc"));
    line(m_entityAddress, QStringLiteral("entityAddress"));
    line(m_entityPhone, QStringLiteral("entityPhone"));
    line(m_entityOnline, QStringLiteral("entityOnline"));
    line(m_personId, QStringLiteral("personIdNumber"));
    line(m_address, QStringLiteral("address"));
    line(m_lon, QStringLiteral("location"));
    line(m_lat, QStringLiteral("location"));
    line(m_amount, QStringLiteral("amount"));
    line(m_victims, QStringLiteral("victims"));
    line(m_informantName, QStringLiteral("informantName"));
    line(m_informantPhone, QStringLiteral("informantPhone"));
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            changed(QStringLiteral("description"));
    });
    connect(m_categories, &QListWidget::itemChanged, this, [this] {
        if (!m_filling) {
            touch(QStringLiteral("categories"));
            changed(QStringLiteral("categories"));
        }
    });
    for (QCheckBox* check : std::as_const(m_groups)) {
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_filling)
                changed(QStringLiteral("groupsAtRisk"));
        });
    }
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            touch(QStringLiteral("source"));
            changed(QStringLiteral("source"));
        }
    });
    connect(m_confidential, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            changed(QStringLiteral("informantName"));
    });
    connect(m_grid, &GridPicker::selectionChanged, this, [this] {
        if (m_filling)
            return;
        m_gridChosenByHand = true;
        showNote(m_messages.value(QStringLiteral("grid")), QString());
        changed(QStringLiteral("grid"));
    });
    connect(m_lon, &QLineEdit::textChanged, this, &LeadForm::coordinatesChanged);
    connect(m_lat, &QLineEdit::textChanged, this, &LeadForm::coordinatesChanged);
    connect(m_evidence, &EvidenceList::changed, this, [this] {
        touch(QStringLiteral("attachments"));
        changed(QStringLiteral("attachments"));
    });
}

void LeadForm::setTabOrder()
{
    QList<QWidget*> chain { m_title, m_categories, m_description, m_entityName, m_entityUscc, m_entityAddress, m_entityPhone,
        m_entityOnline, m_personId, m_address, m_lon, m_lat, m_grid->streetCombo(), m_grid->communityCombo(), m_grid->gridCombo() };
    for (QCheckBox* check : std::as_const(m_groups))
        chain << check;
    chain << m_amount << m_victims << m_source << m_informantName << m_informantPhone << m_confidential << m_evidence->addButton()
          << m_evidence->list() << m_submit << m_saveDraft << m_checkDuplicates << m_cancel;
    for (int i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void LeadForm::setRiskPreview(RiskPreviewFunction preview)
{
    m_riskPreview = std::move(preview);
    updateRisk();
}

void LeadForm::setAutosaveIntervalMs(int ms) { m_autosave->setInterval(ms); }

void LeadForm::load(const QString& leadId)
{
    auto lead = makeLeadRepository(m_session).load(leadId);
    if (!lead) {
        showError(m_formMessage, lead.error().message);
        for (QPushButton* b : { m_submit, m_saveDraft, m_checkDuplicates })
            b->setEnabled(false);
        return;
    }
    m_lead = *lead;
    setWindowTitle(tr("Edit lead %1").arg(m_lead.caseNo));
    const bool isDraft = m_lead.status == QStringLiteral("draft");
    m_saveDraft->setVisible(isDraft);
    if (m_lead.status == QStringLiteral("needs_info")) {
        m_submit->setText(tr("&Save and resubmit"));
        m_submit->setToolTip(tr("Save what you added and send the lead back to triage (Enter or Ctrl+Enter)"));
    } else if (!isDraft) {
        m_submit->setText(tr("&Save changes"));
        m_submit->setToolTip(tr("Save the changes to the lead (Enter or Ctrl+Enter)"));
    }
    // A confidential informant the user may not see comes back masked; the repository keeps the stored one.
    m_informantMasked = m_lead.informantConfidential && !m_session.can(Permission::ViewInformantIdentity);
    fill(m_lead);
}

void LeadForm::fill(const Lead& lead)
{
    m_filling = true;
    m_title->setText(lead.title);
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem* item = m_categories->item(i);
        item->setCheckState(lead.categories.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    // Categories from an edited dictionary that the seed does not know stay selectable.
    for (const QString& category : lead.categories) {
        if (!m_categories->findItems(category, Qt::MatchExactly).isEmpty())
            continue;
        auto* item = new QListWidgetItem(category, m_categories);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, category);
    }
    m_description->setPlainText(lead.description);
    m_entityName->setText(lead.entityName);
    m_entityUscc->setText(lead.entityUscc);
    m_entityAddress->setText(lead.entityAddress);
    m_entityPhone->setText(lead.entityPhone);
    m_entityOnline->setText(lead.entityOnline);
    m_personId->setText(lead.personIdNumber);
    m_address->setText(lead.address);
    m_lon->setText(lead.lon ? QString::number(*lead.lon, 'f', 6) : QString());
    m_lat->setText(lead.lat ? QString::number(*lead.lat, 'f', 6) : QString());
    m_grid->selectGrid(lead.gridId);
    m_gridChosenByHand = !lead.gridId.isEmpty();
    for (QCheckBox* check : std::as_const(m_groups))
        check->setChecked(lead.groupsAtRisk.contains(check->property("groupKey").toString()));
    m_amount->setText(lead.amountCents ? validate::formatAmountYuan(*lead.amountCents) : QString());
    m_victims->setText(lead.victims ? QString::number(*lead.victims) : QString());
    m_source->setCurrentIndex(std::max(0, m_source->findData(lead.source)));
    m_informantName->setText(lead.informantName);
    m_informantPhone->setText(lead.informantPhone);
    m_confidential->setChecked(lead.informantConfidential);
    m_evidence->setAttachments(lead.attachments);
    for (QWidget* w : std::initializer_list<QWidget*> { m_informantName, m_informantPhone, m_confidential })
        w->setEnabled(!m_informantMasked);
    if (m_informantMasked)
        showNote(m_messages.value(QStringLiteral("informantName")),
            tr("The informant is confidential: only the district office sees who it is. It stays as it is."));
    m_filling = false;
    validateLive();
    m_riskTimer->start();
}

Lead LeadForm::currentLead(QList<FieldError>* problems) const
{
    Lead lead = m_lead;
    lead.title = m_title->text();
    lead.categories.clear();
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            lead.categories << m_categories->item(i)->data(Qt::UserRole).toString();
    }
    lead.description = m_description->toPlainText();
    lead.entityName = m_entityName->text();
    lead.entityUscc = m_entityUscc->text();
    lead.entityAddress = m_entityAddress->text();
    lead.entityPhone = m_entityPhone->text();
    lead.entityOnline = m_entityOnline->text();
    lead.personIdNumber = m_personId->text();
    lead.address = m_address->text();
    bool lonOk = true, latOk = true;
    lead.lon = parseDegrees(m_lon->text(), &lonOk);
    lead.lat = parseDegrees(m_lat->text(), &latOk);
    if ((!lonOk || !latOk) && problems)
        problems->append({ QStringLiteral("location"),
            tr("Location: longitude and latitude are decimal degrees (WGS-84), e.g. 113.3245 and 23.1385.") });
    lead.gridId = m_grid->gridId();
    lead.groupsAtRisk.clear();
    for (QCheckBox* check : m_groups) {
        if (check->isChecked())
            lead.groupsAtRisk << check->property("groupKey").toString();
    }
    lead.amountCents.reset();
    if (!m_amount->text().trimmed().isEmpty()) {
        lead.amountCents = validate::parseAmountYuan(m_amount->text().trimmed());
        if (!lead.amountCents && problems)
            problems->append({ QStringLiteral("amount"),
                tr("Amount involved: a sum in yuan such as 500000 or 12,345.67 (digits, at most two decimals).") });
    }
    lead.victims.reset();
    if (!m_victims->text().trimmed().isEmpty())
        lead.victims = m_victims->text().trimmed().toInt();
    lead.source = m_source->currentData().toString();
    lead.informantName = m_informantName->text();
    lead.informantPhone = m_informantPhone->text();
    lead.informantConfidential = m_confidential->isChecked();
    lead.attachments = m_evidence->attachments();
    return lead;
}

bool LeadForm::idIsUnchangedMask() const
{
    return !m_lead.personIdNumber.isEmpty() && m_lead.personIdNumber.contains(QLatin1Char('*'))
        && m_personId->text() == m_lead.personIdNumber;
}

void LeadForm::changed(const QString& field)
{
    if (m_filling)
        return;
    m_dirty = true;
    Q_UNUSED(field);
    validateLive();
    m_riskTimer->start();
}

void LeadForm::touch(const QString& field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    validateLive();
}

QString LeadForm::correctionHint(qsizetype count)
{
    return count == 1 ? tr("Correct the field marked in red.") : tr("Correct the %1 fields marked in red.").arg(count);
}

void LeadForm::validateLive()
{
    QList<FieldError> errors;
    const Lead lead = currentLead(&errors);
    errors += leads::validate(lead, m_submitAttempted ? leads::Completeness::Submitted : leads::Completeness::Draft);
    const int shown = showErrors(errors, false);
    // After a failed submit the hint under the buttons counts down as fields are corrected.
    if (m_correctionHintShown) {
        m_correctionHintShown = shown > 0;
        showError(m_formMessage, shown > 0 ? correctionHint(shown) : QString());
    }
}

int LeadForm::showErrors(const QList<FieldError>& errors, bool all)
{
    int shownErrors = 0;
    QHash<QString, QStringList> byField;
    for (const FieldError& e : errors) {
        if (e.field == QStringLiteral("personIdNumber") && idIsUnchangedMask())
            continue;
        if (e.field == QStringLiteral("informantName") && m_informantMasked)
            continue;
        if (!byField.value(e.field).contains(e.message))
            byField[e.field] << e.message;
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString& field = it.key();
        if (field == QStringLiteral("grid") || (field == QStringLiteral("informantName") && m_informantMasked))
            continue;
        const bool shown = all || m_submitAttempted || m_touched.contains(field) || !it.value()->isHidden();
        const QStringList messages = byField.value(field);
        if (!messages.isEmpty() && shown) {
            showError(it.value(), messages.join(QLatin1Char('\n')));
            ++shownErrors;
            continue;
        }
        // Positive confirmations for the codes people mistype most.
        QString note;
        if (field == QStringLiteral("entityUscc") && validate::isValidUscc(m_entityUscc->text()))
            note = tr("Valid unified social credit code.");
        else if (field == QStringLiteral("personIdNumber") && validate::isValidIdNumber(m_personId->text()))
            note = tr("Valid ID number.");
        else if (field == QStringLiteral("amount") && messages.isEmpty() && !m_amount->text().trimmed().isEmpty())
            note = tr("%1 yuan").arg(validate::formatAmountYuan(validate::parseAmountYuan(m_amount->text().trimmed()).value_or(0)));
        if (messages.isEmpty() || !shown)
            showNote(it.value(), messages.isEmpty() ? note : QString());
    }
    return shownErrors;
}

void LeadForm::focusFirst(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    for (const QString& field : fieldOrder()) {
        if (!fields.contains(field))
            continue;
        if (QWidget* target = m_focusTargets.value(field)) {
            target->setFocus(Qt::OtherFocusReason);
            if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("leadFormScroll")))
                scroll->ensureWidgetVisible(target);
            if (auto* edit = qobject_cast<QLineEdit*>(target))
                edit->selectAll();
        }
        return;
    }
}

void LeadForm::pickOnMap()
{
    auto* picker = new LocationPickerDialog(m_session, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    bool lonOk = false, latOk = false;
    const auto lon = parseDegrees(m_lon->text(), &lonOk);
    const auto lat = parseDegrees(m_lat->text(), &latOk);
    picker->setLocation(lon && lat ? std::optional<geo::LonLat>(geo::LonLat { *lon, *lat }) : std::nullopt);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const auto at = picker->location();
        if (!at)
            return;
        m_gridChosenByHand = false; // a place picked on the map decides the grid again
        m_lon->setText(QString::number(at->lon, 'f', 6));
        m_lat->setText(QString::number(at->lat, 'f', 6));
        m_lon->setFocus();
    });
    picker->open();
}

void LeadForm::coordinatesChanged()
{
    if (m_filling)
        return;
    QLabel* note = m_messages.value(QStringLiteral("grid"));
    bool lonOk = false, latOk = false;
    const auto lon = parseDegrees(m_lon->text(), &lonOk);
    const auto lat = parseDegrees(m_lat->text(), &latOk);
    if (!lon || !lat || m_gridChosenByHand)
        return;
    const QString gridId = StructureQuery(m_session).gridAt(*lon, *lat);
    m_filling = true;
    m_grid->selectGrid(gridId);
    m_filling = false;
    if (gridId.isEmpty()) {
        showNote(note, tr("No grid of this district contains the point; choose the grid by hand if you know it."));
    } else {
        const QString name = m_grid->gridCombo()->currentText();
        showNote(note, tr("Filled in from the coordinates: %1 · %2").arg(m_grid->communityCombo()->currentText(), name));
    }
}

void LeadForm::updateRisk()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_riskHits->clear();
    if (!m_riskPreview) {
        m_riskLevel->setVisible(false);
        m_riskSummary->setText(tr("Automatic risk screening is not installed on this node yet. The lead is still filed; "
                                  "the volunteer who triages it assesses the risk."));
        m_riskHits->setVisible(false);
        m_description->setExtraSelections(selections);
        return;
    }
    const Lead lead = currentLead();
    const RiskPreview risk = m_riskPreview(lead);
    const QColor color = LeadListModel::riskColor(risk.levelKey);
    m_riskLevel->setVisible(true);
    m_riskLevel->setText(QStringLiteral(" %1 · %2 ").arg(riskLevelLabel(risk.levelKey)).arg(risk.score, 0, 'f', 0));
    m_riskLevel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 2px 6px; font-weight: bold; }")
                                   .arg(color.name()));
    m_riskSummary->setText(risk.summary);
    m_riskHits->setVisible(!risk.hits.isEmpty());
    for (const RiskPreview::Hit& hit : risk.hits) {
        const QString where = hit.field == QStringLiteral("description") ? tr("description")
            : hit.field == QStringLiteral("title")                       ? tr("title")
            : hit.field == QStringLiteral("entityName")                  ? tr("entity name")
                                                                         : tr("address");
        auto* item = new QListWidgetItem(hit.counted ? tr("%1  +%2  %3 (in the %4)").arg(hit.term).arg(hit.weight).arg(hit.label, where)
                                                     : tr("%1  %2 (in the %3)").arg(hit.term, hit.label, where),
            m_riskHits);
        item->setToolTip(hit.label);
        if (hit.field != QStringLiteral("description"))
            continue;
        QTextEdit::ExtraSelection selection;
        QTextCursor cursor(m_description->document());
        cursor.setPosition(int(hit.start));
        cursor.setPosition(int(hit.start + hit.length), QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selection.format.setBackground(color.lighter(170));
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(color);
        selection.format.setToolTip(hit.label);
        selections.append(selection);
    }
    m_description->setExtraSelections(selections);
}

bool LeadForm::hasContent() const
{
    const Lead lead = currentLead();
    return !(lead.title.trimmed().isEmpty() && lead.description.trimmed().isEmpty() && lead.entityName.trimmed().isEmpty()
        && lead.entityUscc.trimmed().isEmpty() && lead.address.trimmed().isEmpty() && lead.attachments.isEmpty()
        && lead.categories.isEmpty() && !lead.lon && !lead.amountCents);
}

Status LeadForm::saveDraftNow()
{
    if (!m_dirty || m_finished)
        return {};
    auto id = DraftStore(m_session).save(m_draftId, currentLead());
    if (!id) {
        showError(m_formMessage, tr("The draft could not be saved: %1").arg(id.error().message));
        return id.error();
    }
    m_draftId = *id;
    m_dirty = false;
    showNote(m_formMessage, tr("Draft kept at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    Q_EMIT draftSaved();
    return {};
}

void LeadForm::prepareForLock()
{
    if (Status s = saveDraftNow(); !s)
        qWarning("Draft not kept before lock: %s", qPrintable(s.error().message));
}

void LeadForm::discardDraft()
{
    if (m_draftId.isEmpty())
        return;
    // A draft that cannot be removed is only offered again next time: not worth stopping for.
    if (Status s = DraftStore(m_session).discard(m_draftId); !s)
        qWarning("Draft not discarded: %s", qPrintable(s.error().message));
    m_draftId.clear();
}

void LeadForm::offerDraft()
{
    auto latest = DraftStore(m_session).latest();
    if (!latest || !latest->has_value())
        return;
    const DraftStore::Draft draft = **latest;
    if (draft.lead.id != m_lead.id)
        return;
    const QDateTime when = QDateTime::fromString(draft.updatedAt, Qt::ISODateWithMs).toLocalTime();
    const QString title = draft.lead.title.trimmed().isEmpty() ? tr("(no title yet)") : draft.lead.title.trimmed();
    QPointer<LeadForm> self(this);
    const auto answer = m_prompter.question(this, tr("Resume unfinished lead"),
        tr("You have an unfinished lead from %1:\n\n%2\n\nResume it? No discards it.")
            .arg(QLocale().toString(when, QLocale::ShortFormat), title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (!self)
        return;
    if (answer == QMessageBox::Yes) {
        m_draftId = draft.id;
        Lead lead = draft.lead;
        lead.caseNo = m_lead.caseNo;
        lead.status = m_lead.status;
        fill(lead);
        m_dirty = false;
        showNote(m_formMessage, tr("Resumed the draft from %1.").arg(QLocale().toString(when, QLocale::ShortFormat)));
    } else {
        m_draftId = draft.id;
        discardDraft();
    }
}

void LeadForm::submit()
{
    // A lead sent back for more information goes back to triage with the changes (the workflow's resubmit step).
    const bool submit = m_lead.id.isEmpty() || m_lead.status == QStringLiteral("draft") || m_lead.status == QStringLiteral("needs_info");
    save(submit ? LeadRepository::Intent::Submit : LeadRepository::Intent::Update);
}

void LeadForm::saveAsDraft()
{
    if (!m_lead.id.isEmpty() && m_lead.status != QStringLiteral("draft"))
        return;
    save(LeadRepository::Intent::SaveDraft);
}

void LeadForm::save(LeadRepository::Intent intent)
{
    if (m_finished || !m_submit->isEnabled())
        return;
    const bool submitting = intent == LeadRepository::Intent::Submit;
    m_submitAttempted = m_submitAttempted || intent != LeadRepository::Intent::SaveDraft;
    QList<FieldError> errors;
    const Lead lead = currentLead(&errors);
    const bool complete = intent == LeadRepository::Intent::Submit
        || (intent == LeadRepository::Intent::Update && m_lead.status != QStringLiteral("draft"));
    errors += leads::validate(lead, complete ? leads::Completeness::Submitted : leads::Completeness::Draft);
    errors.removeIf([this](const FieldError& e) {
        return (e.field == QStringLiteral("personIdNumber") && idIsUnchangedMask())
            || (e.field == QStringLiteral("informantName") && m_informantMasked);
    });
    if (!errors.isEmpty()) {
        showErrors(errors, true);
        showError(m_formMessage, correctionHint(errors.size()));
        m_correctionHintShown = true;
        focusFirst(errors);
        return;
    }
    auto saved = makeLeadRepository(m_session).save(lead, intent);
    if (!saved) {
        if (!saved.error().fields.isEmpty()) {
            showErrors(saved.error().fields, true);
            focusFirst(saved.error().fields);
        }
        showError(m_formMessage, saved.error().message);
        return;
    }
    discardDraft();
    m_dirty = false;
    m_finished = true;
    m_autosave->stop();
    finishSaved(*saved, submitting);
}

void LeadForm::finishSaved(const Lead& saved, bool lookForDuplicates)
{
    m_lead = saved;
    for (QPushButton* b : { m_submit, m_saveDraft, m_checkDuplicates })
        b->setEnabled(false);
    LeadRepository repo = makeLeadRepository(m_session);
    if (!m_pendingLink.isEmpty() && saved.linkedLeadId.isEmpty()) {
        if (Status s = repo.link(saved.id, m_pendingLink); !s)
            m_prompter.warning(this, tr("Link not made"), s.error().message);
        lookForDuplicates = false;
    }
    QList<DuplicateCandidate> candidates;
    if (lookForDuplicates && saved.linkedLeadId.isEmpty()) {
        if (auto found = DuplicateFinder(m_session).find(saved))
            candidates = *found;
    }
    if (candidates.isEmpty()) {
        Q_EMIT leadSaved(saved.id);
        accept();
        return;
    }
    auto* dialog = new DuplicatesDialog(candidates, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString leadId = saved.id;
    connect(dialog, &QDialog::finished, this, [this, dialog, leadId] {
        if (!dialog->linkedLeadId().isEmpty()) {
            if (Status s = makeLeadRepository(m_session).link(leadId, dialog->linkedLeadId()); !s)
                m_prompter.warning(this, tr("Link not made"), s.error().message);
        }
        Q_EMIT leadSaved(leadId);
        accept();
    });
    dialog->open();
}

void LeadForm::checkDuplicates()
{
    auto found = DuplicateFinder(m_session).find(currentLead());
    if (!found) {
        showError(m_formMessage, found.error().message);
        return;
    }
    if (found->isEmpty()) {
        showNote(m_formMessage, tr("No likely duplicates found."));
        return;
    }
    auto* dialog = new DuplicatesDialog(*found, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, found = *found] {
        if (dialog->linkedLeadId().isEmpty())
            return;
        m_pendingLink = dialog->linkedLeadId();
        for (const DuplicateCandidate& c : found) {
            if (c.id == m_pendingLink)
                showNote(m_formMessage, tr("Will be linked to %1 when submitted.").arg(c.caseNo));
        }
    });
    dialog->open();
}

void LeadForm::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    if (!m_dirty && m_draftId.isEmpty()) {
        QDialog::reject();
        return;
    }
    if (!hasContent()) {
        discardDraft();
        QDialog::reject();
        return;
    }
    QPointer<LeadForm> self(this);
    const auto answer = m_prompter.question(this, tr("Keep unfinished lead?"),
        tr("Keep what you typed as a draft? You can resume it the next time you file a lead. No discards it."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (!self || answer == QMessageBox::Cancel)
        return;
    if (answer == QMessageBox::Yes) {
        if (!saveDraftNow())
            return;
    } else {
        discardDraft();
    }
    m_finished = true;
    m_autosave->stop();
    QDialog::reject();
}

} // namespace gs
