// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PeoplePage.h"

#include "CsvImportDialog.h"
#include "FormHelpers.h"
#include "PairingDialog.h"
#include "PersonDialog.h"
#include "Prompter.h"
#include "accounts/Session.h"
#include "core/AtomicFile.h"
#include "itemmodels/PeopleListModel.h"
#include "people/PairingCard.h"
#include "people/PeopleCsv.h"
#include "structure/DistrictChanges.h"
#include "structure/ReasonDialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {
namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, int stretch, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(64);
    return view;
}

QLineEdit* makeSearch(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    edit->setPlaceholderText(placeholder);
    edit->addAction(parent->style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    return edit;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

PeoplePage::PeoplePage(Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("peoplePage"));
    m_people = new PeopleListModel(session, this);
    m_pairings = new PairingListModel(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("peopleTabs"));
    m_tabs->addTab(buildPeopleTab(), tr("&People"));
    m_tabs->addTab(buildPairingsTab(), tr("Pairing &cards"));
    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(makeTitleLabel(tr("People and pairing cards"), this));
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    if (m_changes) {
        connect(m_changes, &DistrictChanges::peopleChanged, this, &PeoplePage::refreshAll);
        connect(m_changes, &DistrictChanges::pairingsChanged, this, &PeoplePage::refreshAll);
        connect(m_changes, &DistrictChanges::structureChanged, m_people, &PeopleListModel::refresh);
    }
}

QWidget* PeoplePage::buildPeopleTab()
{
    auto* tab = new QWidget(this);
    m_peopleSearch
        = makeSearch(QStringLiteral("peopleSearchEdit"), tr("Search name, phone, institution, community, grid…"), tab);
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kind->addItem(tr("Everyone"), QString());
    m_kind->addItem(tr("Grid sentinels"), people::kindKey(PersonKind::Sentinel));
    m_kind->addItem(tr("Finance volunteers"), people::kindKey(PersonKind::Volunteer));
    m_inactive = new QCheckBox(tr("Show i&nactive"), tab);
    m_inactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_peopleCount = new QLabel(tab);
    m_peopleCount->setObjectName(QStringLiteral("peopleCountLabel"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_peopleSearch, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_inactive);
    filters->addWidget(m_peopleCount);

    auto* newSentinel = button(tr("New &sentinel…"), QStringLiteral("newSentinelButton"), tab);
    auto* newVolunteer = button(tr("New &volunteer…"), QStringLiteral("newVolunteerButton"), tab);
    m_editPerson = button(tr("&Edit…"), QStringLiteral("editPersonButton"), tab);
    m_togglePerson = button(tr("&Deactivate…"), QStringLiteral("togglePersonButton"), tab);
    auto* pairWith = button(tr("Pai&r…"), QStringLiteral("pairPersonButton"), tab);
    pairWith->setToolTip(tr("A new pairing card for the selected person"));
    auto* importCsv = button(tr("&Import CSV…"), QStringLiteral("importPeopleButton"), tab);
    auto* exportCsv = button(tr("E&xport CSV…"), QStringLiteral("exportPeopleButton"), tab);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { newSentinel, newVolunteer, m_editPerson, m_togglePerson, pairWith })
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(importCsv);
    actions->addWidget(exportCsv);

    m_peopleView = makeTable(m_people, QStringLiteral("peopleView"), PeopleListModel::Detail, tab);
    m_personHistory = new QListWidget(tab);
    m_personHistory->setObjectName(QStringLiteral("personPairingsList"));
    m_personHistory->setWordWrap(true);
    auto* side = new QWidget(tab);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Pairing cards of the selected person"), side));
    sideLayout->addWidget(m_personHistory, 1);
    auto* split = new QSplitter(tab);
    split->addWidget(m_peopleView);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(m_peopleSearch, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, &PeoplePage::applyPeopleFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeoplePage::applyPeopleFilter);
    connect(m_inactive, &QCheckBox::toggled, this, &PeoplePage::applyPeopleFilter);
    connect(newSentinel, &QPushButton::clicked, this, [this] { openNewPerson(PersonKind::Sentinel); });
    connect(newVolunteer, &QPushButton::clicked, this, [this] { openNewPerson(PersonKind::Volunteer); });
    connect(m_editPerson, &QPushButton::clicked, this, &PeoplePage::editSelectedPerson);
    connect(m_togglePerson, &QPushButton::clicked, this, &PeoplePage::toggleSelectedPersonActive);
    connect(pairWith, &QPushButton::clicked, this, [this] {
        const Person* p = selectedPerson();
        auto* dialog = p
            ? new PairingDialog(m_session, m_changes, this, p->kind == PersonKind::Sentinel ? p->id : QString(),
                p->kind == PersonKind::Volunteer ? p->id : QString())
            : new PairingDialog(m_session, m_changes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PairingDialog::saved, this, [this](const QString& id) {
            m_tabs->setCurrentIndex(1);
            if (!m_changes)
                refreshAll();
            selectPairing(id);
        });
        dialog->open();
    });
    connect(importCsv, &QPushButton::clicked, this, [this] { this->importCsv(false); });
    connect(exportCsv, &QPushButton::clicked, this, [this] { this->exportCsv(false); });
    connect(m_peopleView, &QTableView::doubleClicked, this, &PeoplePage::editSelectedPerson);
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updatePeopleButtons();
        showPersonHistory();
    });
    connect(m_people, &QAbstractItemModel::modelReset, this, [this] {
        m_peopleCount->setText(tr("%n person(s)", nullptr, m_people->rowCount()));
        updatePeopleButtons();
        showPersonHistory();
    });
    m_peopleCount->setText(tr("%n person(s)", nullptr, m_people->rowCount()));
    updatePeopleButtons();
    return tab;
}

QWidget* PeoplePage::buildPairingsTab()
{
    auto* tab = new QWidget(this);
    m_pairingSearch = makeSearch(
        QStringLiteral("pairingSearchEdit"), tr("Search card number, names, institution, community…"), tab);
    m_state = new QComboBox(tab);
    m_state->setObjectName(QStringLiteral("pairingStateCombo"));
    m_state->addItem(tr("Active cards"), int(PairingFilter::State::Active));
    m_state->addItem(tr("Ended cards"), int(PairingFilter::State::Ended));
    m_state->addItem(tr("All cards"), int(PairingFilter::State::All));
    m_pairingCount = new QLabel(tab);
    m_pairingCount->setObjectName(QStringLiteral("pairingCountLabel"));
    m_max = new QSpinBox(tab);
    m_max->setObjectName(QStringLiteral("maxPairsSpin"));
    m_max->setRange(1, PairingRepository::kMaxPerVolunteerLimit);
    m_max->setValue(PairingRepository(m_session).maxPerVolunteer());
    m_max->setEnabled(m_session.can(Permission::ManageNodeSettings));
    m_max->setToolTip(tr("How many active cards one volunteer may hold"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_pairingSearch, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_pairingCount);
    filters->addSpacing(16);
    auto* maxLabel = new QLabel(tr("Pairs per vo&lunteer:"), tab);
    maxLabel->setBuddy(m_max);
    filters->addWidget(maxLabel);
    filters->addWidget(m_max);

    auto* create = button(tr("&New card…"), QStringLiteral("newPairingButton"), tab);
    m_end = button(tr("&End…"), QStringLiteral("endPairingButton"), tab);
    m_rePair = button(tr("&Re-pair…"), QStringLiteral("rePairButton"), tab);
    m_preview = button(tr("Pre&view and print…"), QStringLiteral("previewCardButton"), tab);
    m_pdf = button(tr("Save as P&DF…"), QStringLiteral("pdfCardButton"), tab);
    auto* importCsv = button(tr("&Import CSV…"), QStringLiteral("importPairingsButton"), tab);
    auto* exportCsv = button(tr("E&xport CSV…"), QStringLiteral("exportPairingsButton"), tab);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { create, m_end, m_rePair, m_preview, m_pdf })
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(importCsv);
    actions->addWidget(exportCsv);

    m_pairingView = makeTable(m_pairings, QStringLiteral("pairingView"), PairingListModel::Institution, tab);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_pairingView, 1);

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(m_pairingSearch, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, &PeoplePage::applyPairingFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PeoplePage::applyPairingFilter);
    connect(m_max, &QSpinBox::editingFinished, this, [this] {
        PairingRepository repo(m_session);
        if (m_max->value() == repo.maxPerVolunteer())
            return;
        if (auto s = repo.setMaxPerVolunteer(m_max->value()); !s) {
            showError(m_message, s.error().message);
            m_max->setValue(repo.maxPerVolunteer());
        } else {
            showNote(m_message, tr("A volunteer may now hold up to %n active card(s).", nullptr, m_max->value()));
        }
    });
    connect(create, &QPushButton::clicked, this, &PeoplePage::openNewPairing);
    connect(m_end, &QPushButton::clicked, this, &PeoplePage::endSelectedPairing);
    connect(m_rePair, &QPushButton::clicked, this, &PeoplePage::rePairSelected);
    connect(m_preview, &QPushButton::clicked, this, &PeoplePage::previewSelectedCard);
    connect(m_pdf, &QPushButton::clicked, this, &PeoplePage::exportSelectedCardPdf);
    connect(importCsv, &QPushButton::clicked, this, [this] { this->importCsv(true); });
    connect(exportCsv, &QPushButton::clicked, this, [this] { this->exportCsv(true); });
    connect(m_pairingView, &QTableView::doubleClicked, this, &PeoplePage::previewSelectedCard);
    connect(m_pairingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PeoplePage::updatePairingButtons);
    connect(m_pairings, &QAbstractItemModel::modelReset, this, [this] {
        m_pairingCount->setText(tr("%n card(s)", nullptr, m_pairings->rowCount()));
        updatePairingButtons();
    });
    m_pairingCount->setText(tr("%n card(s)", nullptr, m_pairings->rowCount()));
    updatePairingButtons();
    return tab;
}

const Person* PeoplePage::selectedPerson() const
{
    const QModelIndexList rows = m_peopleView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_people->personAt(rows.first().row());
}

const Pairing* PeoplePage::selectedPairing() const
{
    const QModelIndexList rows = m_pairingView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_pairings->pairingAt(rows.first().row());
}

void PeoplePage::selectPairing(const QString& pairingId)
{
    int row = m_pairings->rowOf(pairingId);
    if (row < 0 && m_state->currentIndex() != 2) {
        m_state->setCurrentIndex(2);
        row = m_pairings->rowOf(pairingId);
    }
    if (row >= 0)
        m_pairingView->selectRow(row);
}

void PeoplePage::applyPeopleFilter()
{
    PersonFilter filter;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filter.kind = people::kindFromText(kind);
    filter.text = m_peopleSearch->text();
    filter.includeInactive = m_inactive->isChecked();
    m_people->setFilter(filter);
}

void PeoplePage::applyPairingFilter()
{
    PairingFilter filter;
    filter.state = PairingFilter::State(m_state->currentData().toInt());
    filter.text = m_pairingSearch->text();
    m_pairings->setFilter(filter);
}

void PeoplePage::refreshAll()
{
    const Person* p = selectedPerson();
    const QString person = p ? p->id : QString();
    const Pairing* c = selectedPairing();
    const QString card = c ? c->id : QString();
    m_people->refresh();
    m_pairings->refresh();
    if (const int row = m_people->rowOf(person); row >= 0)
        m_peopleView->selectRow(row);
    if (const int row = m_pairings->rowOf(card); row >= 0)
        m_pairingView->selectRow(row);
}

void PeoplePage::updatePeopleButtons()
{
    const Person* p = selectedPerson();
    m_editPerson->setEnabled(p != nullptr);
    m_togglePerson->setEnabled(p != nullptr);
    m_togglePerson->setText(p && !p->active ? tr("Re&activate") : tr("&Deactivate…"));
}

void PeoplePage::updatePairingButtons()
{
    const Pairing* c = selectedPairing();
    const bool active = c && c->isActive();
    m_end->setEnabled(active);
    m_rePair->setEnabled(active);
    m_preview->setEnabled(c != nullptr);
    m_pdf->setEnabled(c != nullptr);
}

void PeoplePage::showPersonHistory()
{
    m_personHistory->clear();
    const Person* p = selectedPerson();
    if (!p)
        return;
    auto history = PairingRepository(m_session).history(p->id);
    if (!history)
        return;
    for (const Pairing& c : *history) {
        const QString other = p->kind == PersonKind::Sentinel ? c.volunteerName : c.sentinelName;
        m_personHistory->addItem(c.isActive()
                ? tr("%1 · %2 · since %3").arg(c.cardNo, other, c.startedOn.toString(Qt::ISODate))
                : tr("%1 · %2 · %3 – %4 (%5)")
                      .arg(c.cardNo, other, c.startedOn.toString(Qt::ISODate), c.endedOn->toString(Qt::ISODate),
                          c.endReason));
    }
    if (history->isEmpty())
        m_personHistory->addItem(tr("No pairing card yet."));
}

void PeoplePage::openNewPerson(PersonKind kind)
{
    auto* dialog = new PersonDialog(m_session, m_changes, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonDialog::saved, this, [this](const QString& id) {
        if (!m_changes)
            refreshAll();
        if (const int row = m_people->rowOf(id); row >= 0)
            m_peopleView->selectRow(row);
    });
    dialog->open();
}

void PeoplePage::editSelectedPerson()
{
    const Person* p = selectedPerson();
    if (!p)
        return;
    auto* dialog = new PersonDialog(m_session, m_changes, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonDialog::saved, this, [this] {
        if (!m_changes)
            refreshAll();
    });
    dialog->open();
}

void PeoplePage::toggleSelectedPersonActive()
{
    const Person* selected = selectedPerson();
    if (!selected)
        return;
    const Person p = *selected;
    if (!p.active) {
        if (auto s = PersonRepository(m_session, m_changes).setActive(p.id, true); !s)
            showError(m_message, s.error().message);
        if (!m_changes)
            refreshAll();
        return;
    }
    auto* dialog = new ReasonDialog(tr("Deactivate %1").arg(p.name),
        tr("%1 stays in the history of leads and pairing cards but can no longer be paired or put in charge of a grid.")
            .arg(p.name),
        tr("&Deactivate"), this);
    dialog->setObjectName(QStringLiteral("deactivateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, p, dialog] {
        if (auto s = PersonRepository(m_session, m_changes).setActive(p.id, false, dialog->reason()); !s)
            showError(m_message, s.error().message);
        else
            showNote(m_message, tr("%1 is inactive.").arg(p.name));
        if (!m_changes)
            refreshAll();
    });
    dialog->open();
}

void PeoplePage::openNewPairing()
{
    auto* dialog = new PairingDialog(m_session, m_changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PairingDialog::saved, this, [this](const QString& id) {
        if (!m_changes)
            refreshAll();
        selectPairing(id);
        const Pairing* c = selectedPairing();
        if (c)
            showNote(m_message, tr("Card %1 created: %2 ⇄ %3.").arg(c->cardNo, c->sentinelName, c->volunteerName));
    });
    dialog->open();
}

void PeoplePage::endSelectedPairing()
{
    const Pairing* selected = selectedPairing();
    if (!selected || !selected->isActive())
        return;
    const Pairing c = *selected;
    auto* dialog = new ReasonDialog(tr("End card %1").arg(c.cardNo),
        tr("The card of %1 and %2 ends and stays in their history.").arg(c.sentinelName, c.volunteerName),
        tr("&End card"), this);
    dialog->setObjectName(QStringLiteral("endPairingDialog"));
    dialog->setDateRange(c.startedOn, tr("Ended &on:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, c, dialog] {
        if (auto s = PairingRepository(m_session, m_changes).end(c.id, dialog->reason(), dialog->date()); !s)
            showError(m_message, s.error().message);
        else
            showNote(m_message, tr("Card %1 ended.").arg(c.cardNo));
        if (!m_changes)
            refreshAll();
    });
    dialog->open();
}

void PeoplePage::rePairSelected()
{
    const Pairing* c = selectedPairing();
    if (!c || !c->isActive())
        return;
    auto* dialog = new PairingDialog(m_session, m_changes, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PairingDialog::saved, this, [this](const QString& id) {
        if (!m_changes)
            refreshAll();
        selectPairing(id);
    });
    dialog->open();
}

void PeoplePage::previewSelectedCard()
{
    const Pairing* c = selectedPairing();
    if (!c)
        return;
    const pdf::HtmlDocument document = PairingCard::document(*c, m_session.node());
    // The printer lives as long as the preview window.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(document.options.title);
    auto* preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setObjectName(QStringLiteral("cardPreviewDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(document.options.title);
    preview->resize(900, 700);
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
        [document, printer](QPrinter* target) { (void)document.paint(*target); });
    connect(preview, &QObject::destroyed, preview, [printer] { Q_UNUSED(printer); });
    preview->open();
}

void PeoplePage::exportSelectedCardPdf()
{
    const Pairing* c = selectedPairing();
    if (!c)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("pairing-card-%1.pdf").arg(c->cardNo));
    const QString path = m_prompter.saveFileName(this, tr("Save pairing card as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto pages = PairingCard::document(*c, m_session.node()).writePdf(path);
    if (!pages)
        showError(m_message, pages.error().message);
    else
        showNote(m_message, tr("Card %1 saved to %2.").arg(c->cardNo, QDir::toNativeSeparators(path)));
}

void PeoplePage::importCsv(bool pairings)
{
    auto* dialog = new CsvImportDialog(m_session, m_prompter, m_changes,
        pairings ? CsvImportDialog::Kind::Pairings : CsvImportDialog::Kind::People, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, [this](int added, int updated) {
        if (!m_changes)
            refreshAll();
        showNote(m_message, tr("Imported: %1 added, %2 updated.").arg(added).arg(updated));
    });
    dialog->open();
}

void PeoplePage::exportCsv(bool pairings)
{
    const QString name = pairings ? tr("pairing-cards.csv") : tr("people.csv");
    const QString path = m_prompter.saveFileName(this, pairings ? tr("Export pairing cards") : tr("Export people"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PairingFilter pairingFilter = m_pairings->filter();
    const Status written = pairings ? PeopleCsv::exportPairings(m_session, &buffer, pairingFilter)
                                    : PeopleCsv::exportPeople(m_session, &buffer, m_people->filter());
    const Status saved = written ? writeFileAtomically(path, bytes) : written;
    if (!saved)
        showError(m_message, saved.error().message);
    else
        showNote(m_message, tr("Exported to %1 (UTF-8, opens in Excel).").arg(QDir::toNativeSeparators(path)));
}

} // namespace gs
