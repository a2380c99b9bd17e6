// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapPage.h"

#include "MapView.h"
#include "PlaceSearchBox.h"
#include "Prompter.h"
#include "accounts/Session.h"
#include "domain/Lead.h"
#include "itemmodels/LeadListModel.h"
#include "leads/GridPicker.h"
#include "map/MapStyle.h"
#include "map/NetworkTileSource.h"
#include "map/OnlineBasemap.h"
#include "map/TileSource.h"
#include "map/UnitGeometryWriter.h"
#include "structure/DistrictChanges.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace gs {

namespace {
const QStringList kOpenStatuses { QStringLiteral("submitted"), QStringLiteral("in_triage"),
    QStringLiteral("needs_info"), QStringLiteral("suspected"), QStringLiteral("escalated"),
    QStringLiteral("under_review"), QStringLiteral("returned") };
}

MapPage::MapPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_scene(std::make_unique<map::MapScene>())
{
    setObjectName(QStringLiteral("mapPage"));
    m_view = new MapView(session, *m_scene, this);
    connect(m_view, &MapView::leadActivated, this, &MapPage::leadActivated);
    connect(m_view, &MapView::unitSelected, this, &MapPage::showSelection);
    connect(m_view, &MapView::measureChanged, this, &MapPage::updateMeasure);
    connect(m_view, &MapView::editorChanged, this, &MapPage::updateEditor);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setContentsMargins(8, 2, 8, 4);
    m_status->setWordWrap(true);

    auto* centre = new QWidget;
    auto* centreLayout = new QHBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(buildPanel());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(centre, 1);
    layout->addWidget(m_status);
    // The data loads when the page is first shown: signing in must not wait for 100k leads nobody looks at yet.
    setStatus(
        tr("Drag to move the map, scroll to zoom. Click a number to zoom in, a lead to open it, a line between two "
           "people for their pairing card."));
}

MapPage::~MapPage() = default;

QWidget* MapPage::buildToolBar()
{
    // Two rows: where to look (search, fit, layers, colours) and what to do (filters, tools, export).
    auto* bar = new QToolBar;
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* tools = new QToolBar;
    tools->setObjectName(QStringLiteral("mapToolsBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* bars = new QWidget;
    auto* barsLayout = new QVBoxLayout(bars);
    barsLayout->setContentsMargins(0, 0, 0, 0);
    barsLayout->setSpacing(0);
    barsLayout->addWidget(bar);
    barsLayout->addWidget(tools);

    m_search = new PlaceSearchBox;
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);
    connect(m_search, &PlaceSearchBox::placeChosen, this, [this](const map::Place& place) {
        if (!place.unitId.isEmpty() && m_scene->unitIndex(place.unitId) >= 0)
            m_view->fitUnit(m_scene->unitIndex(place.unitId));
        else
            m_view->centreOn(place.position, 17.0);
        if (place.kind == map::Place::Kind::Coordinates || place.kind == map::Place::Kind::LeadAddress)
            m_view->setPin(place.position);
        setStatus(place.detail.isEmpty() ? place.title : tr("%1 — %2").arg(place.title, place.detail));
    });
    connect(m_search, &PlaceSearchBox::nothingFound, this, &MapPage::setStatus);
    bar->addWidget(m_search);

    m_fitTo = new GridPicker(m_session, GridPicker::Mode::Filter);
    m_fitTo->setObjectName(QStringLiteral("fitPicker"));
    m_fitTo->setToolTip(tr("Show a street, community or grid"));
    connect(m_fitTo, &GridPicker::selectionChanged, this, [this] {
        const QString id = !m_fitTo->gridId().isEmpty() ? m_fitTo->gridId()
            : !m_fitTo->communityId().isEmpty()         ? m_fitTo->communityId()
                                                        : m_fitTo->streetId();
        if (id.isEmpty())
            m_view->fitDistrict();
        else
            m_view->fitUnit(m_scene->unitIndex(id));
    });
    bar->addWidget(m_fitTo);
    bar->addSeparator();

    m_layersButton = new QToolButton;
    m_layersButton->setObjectName(QStringLiteral("layersButton"));
    m_layersButton->setText(tr("Layers"));
    m_layersButton->setPopupMode(QToolButton::InstantPopup);
    m_layersButton->setToolTip(tr("Choose what the map shows and the basemap"));
    buildLayersMenu();
    bar->addWidget(m_layersButton);

    m_colouring = new QComboBox;
    m_colouring->setObjectName(QStringLiteral("colouringCombo"));
    m_colouring->addItem(tr("Colour by status"), int(map::LeadColouring::Status));
    m_colouring->addItem(tr("Colour by risk"), int(map::LeadColouring::Risk));
    connect(m_colouring, &QComboBox::currentIndexChanged, this,
        [this] { m_view->setColouring(map::LeadColouring(m_colouring->currentData().toInt())); });
    bar->addWidget(m_colouring);

    m_heatControls = new QWidget;
    auto* heat = new QHBoxLayout(m_heatControls);
    heat->setContentsMargins(0, 0, 0, 0);
    m_heatWeight = new QComboBox;
    m_heatWeight->setObjectName(QStringLiteral("heatWeightCombo"));
    m_heatWeight->addItem(tr("Heat by number of leads"), int(map::HeatWeight::Count));
    m_heatWeight->addItem(tr("Heat by amount involved"), int(map::HeatWeight::Amount));
    m_heatWindow = new QComboBox;
    m_heatWindow->setObjectName(QStringLiteral("heatWindowCombo"));
    m_heatWindow->addItem(tr("Last 30 days"), 30);
    m_heatWindow->addItem(tr("Last 90 days"), 90);
    m_heatWindow->addItem(tr("Last 12 months"), 365);
    m_heatWindow->addItem(tr("All time"), 0);
    m_heatWindow->setCurrentIndex(2);
    heat->addWidget(m_heatWeight);
    heat->addWidget(m_heatWindow);
    connect(m_heatWeight, &QComboBox::currentIndexChanged, this, &MapPage::applyHeat);
    connect(m_heatWindow, &QComboBox::currentIndexChanged, this, &MapPage::applyHeat);
    m_heatControls->setVisible(false);
    bar->addWidget(m_heatControls);
    bar = tools;

    m_myPairs = new QCheckBox(tr("My pairs"));
    m_myPairs->setObjectName(QStringLiteral("myPairsCheck"));
    m_myPairs->setToolTip(tr("Show only the people you are paired with, and the leads filed by you or them"));
    m_myPairs->setEnabled(!m_session.user().personId.isEmpty());
    connect(m_myPairs, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setOnlyMyPairs(on);
        reloadLeads();
    });
    bar->addWidget(m_myPairs);
    m_useLeadFilter = new QCheckBox(tr("Lead list filters"));
    m_useLeadFilter->setObjectName(QStringLiteral("leadFilterCheck"));
    m_useLeadFilter->setToolTip(tr("Show only the leads the lead list's search and filters select"));
    connect(m_useLeadFilter, &QCheckBox::toggled, this, &MapPage::reloadLeads);
    bar->addWidget(m_useLeadFilter);
    bar->addSeparator();

    auto* toolGroup = new QActionGroup(this);
    toolGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_measureDistance = bar->addAction(tr("Measure distance"));
    m_measureDistance->setObjectName(QStringLiteral("measureDistanceAction"));
    m_measureDistance->setCheckable(true);
    m_measureDistance->setToolTip(tr("Click points on the map; right-click or Backspace removes the last, Esc clears"));
    m_measureArea = bar->addAction(tr("Measure area"));
    m_measureArea->setObjectName(QStringLiteral("measureAreaAction"));
    m_measureArea->setCheckable(true);
    m_measureArea->setToolTip(m_measureDistance->toolTip());
    toolGroup->addAction(m_measureDistance);
    toolGroup->addAction(m_measureArea);
    connect(toolGroup, &QActionGroup::triggered, this, [this](QAction*) {
        if (m_view->mode() == MapView::Mode::EditBoundary)
            return;
        m_view->setMode(m_measureDistance->isChecked() ? MapView::Mode::MeasureDistance
                : m_measureArea->isChecked()           ? MapView::Mode::MeasureArea
                                                       : MapView::Mode::Browse);
        updateMeasure();
    });
    m_legend = bar->addAction(tr("Legend"));
    m_legend->setObjectName(QStringLiteral("legendAction"));
    m_legend->setCheckable(true);
    m_legend->setChecked(true);
    connect(m_legend, &QAction::toggled, m_view, &MapView::setLegendVisible);
    m_export = bar->addAction(tr("Export PNG…"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setToolTip(tr("Save the current view as a picture (it shows case locations: keep it safe)"));
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = m_prompter.saveFileName(this, tr("Export the map view"),
            QDir::home().filePath(tr("map-%1.png").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (exportPng(path))
            setStatus(tr("Saved the map view to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_prompter.warning(
                this, tr("Export the map view"), tr("The picture could not be written to %1.").arg(path));
    });
    m_editBoundary = bar->addAction(tr("Edit boundary"));
    m_editBoundary->setObjectName(QStringLiteral("editBoundaryAction"));
    m_editBoundary->setToolTip(tr("Draw or change the boundary of the selected street, community or grid"));
    m_editBoundary->setVisible(m_session.can(Permission::ManageStructure));
    m_editBoundary->setEnabled(false);
    connect(m_editBoundary, &QAction::triggered, this, &MapPage::startEditing);
    return bars;
}

void MapPage::buildLayersMenu()
{
    auto* menu = new QMenu(m_layersButton);
    menu->setObjectName(QStringLiteral("layersMenu"));
    for (map::Layer layer : map::allLayers()) {
        if (layer == map::Layer::Basemap)
            continue;
        QAction* action = menu->addAction(map::layerLabel(layer));
        action->setObjectName(QStringLiteral("layer_") + map::layerKey(layer));
        action->setCheckable(true);
        action->setChecked(m_view->layers().testFlag(layer));
        connect(action, &QAction::toggled, this, [this, layer](bool on) {
            m_view->setLayer(layer, on);
            if (layer == map::Layer::Heatmap) {
                m_heatControls->setVisible(on);
                applyHeat();
            }
        });
        m_layerActions.insert(layer, action);
        if (layer == map::Layer::PoliceGrids || layer == map::Layer::Labels || layer == map::Layer::Pairs)
            menu->addSeparator();
    }
    menu->addSeparator();
    QMenu* basemap = menu->addMenu(tr("Basemap"));
    auto* group = new QActionGroup(basemap);
    m_vectorBasemap = basemap->addAction(tr("Grid boundaries (offline, always available)"));
    m_vectorBasemap->setCheckable(true);
    m_vectorBasemap->setChecked(true);
    group->addAction(m_vectorBasemap);
    connect(m_vectorBasemap, &QAction::triggered, this, [this] {
        m_view->setBasemap(nullptr);
        setStatus(tr("Basemap: the grid boundaries of the district."));
    });
    QAction* mbtiles = basemap->addAction(tr("MBTiles file…"));
    mbtiles->setCheckable(true);
    group->addAction(mbtiles);
    connect(mbtiles, &QAction::triggered, this, &MapPage::chooseMBTiles);
    QAction* folder = basemap->addAction(tr("Tile folder ({z}/{x}/{y})…"));
    folder->setCheckable(true);
    group->addAction(folder);
    connect(folder, &QAction::triggered, this, &MapPage::chooseTileFolder);
    if (map::OnlineBasemap::load(m_session).enabled()) {
        QAction* online = basemap->addAction(tr("Online tiles (set by the district office)"));
        online->setCheckable(true);
        group->addAction(online);
        connect(online, &QAction::triggered, this, &MapPage::useNetworkTiles);
    }
    basemap->addSeparator();
    QMenu* crs = basemap->addMenu(tr("Coordinate system of raster tiles"));
    auto* crsGroup = new QActionGroup(crs);
    for (const auto& [label, value] : { std::pair { tr("WGS-84 (OpenStreetMap, Tianditu)"), geo::Crs::Wgs84 },
             std::pair { tr("GCJ-02 (AMap/Gaode, Tencent)"), geo::Crs::Gcj02 },
             std::pair { tr("BD-09 (Baidu)"), geo::Crs::Bd09 } }) {
        QAction* a = crs->addAction(label);
        a->setCheckable(true);
        a->setChecked(value == m_rasterCrs);
        crsGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, value = value] { m_rasterCrs = value; });
    }
    m_layersButton->setMenu(menu);
}

QWidget* MapPage::buildPanel()
{
    m_panel = new QFrame;
    m_panel->setObjectName(QStringLiteral("selectionPanel"));
    m_panel->setFixedWidth(290);
    m_panel->setAutoFillBackground(true);
    m_panel->setBackgroundRole(QPalette::Base);
    m_panelStack = new QStackedWidget;
    auto* outer = new QVBoxLayout(m_panel);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_panelStack);

    auto* unit = new QWidget;
    auto* u = new QVBoxLayout(unit);
    u->setContentsMargins(12, 10, 12, 10);
    m_panelTitle = new QLabel;
    m_panelTitle->setObjectName(QStringLiteral("panelTitle"));
    QFont title = m_panelTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_panelTitle->setFont(title);
    m_panelTitle->setWordWrap(true);
    m_panelPath = new QLabel;
    m_panelPath->setWordWrap(true);
    m_panelPath->setStyleSheet(QStringLiteral("color: #666;"));
    m_panelPeople = new QLabel;
    m_panelPeople->setObjectName(QStringLiteral("panelPeople"));
    m_panelPeople->setWordWrap(true);
    m_panelPeople->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_panelLeadCount = new QLabel;
    m_panelLeadCount->setObjectName(QStringLiteral("panelLeadCount"));
    m_panelLeads = new QListWidget;
    m_panelLeads->setObjectName(QStringLiteral("panelLeads"));
    m_panelLeads->setToolTip(tr("Double-click or press Enter to open a lead"));
    connect(m_panelLeads, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT leadActivated(item->data(Qt::UserRole).toString()); });
    u->addWidget(m_panelTitle);
    u->addWidget(m_panelPath);
    u->addSpacing(6);
    u->addWidget(m_panelPeople);
    u->addSpacing(6);
    u->addWidget(m_panelLeadCount);
    u->addWidget(m_panelLeads, 100);
    u->addStretch(1); // keeps the labels together at the top when there is no list
    m_panelStack->addWidget(unit);

    auto* edit = new QWidget;
    auto* e = new QVBoxLayout(edit);
    e->setContentsMargins(12, 10, 12, 10);
    m_editTitle = new QLabel;
    m_editTitle->setWordWrap(true);
    m_editTitle->setFont(title);
    auto* help
        = new QLabel(tr("Drag a square to move a point. Drag a small circle to add a point there. Right-click a point "
                        "(or select it and press Delete) to remove it. Ctrl+Z undoes."));
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #555;"));
    m_editWarnings = new QListWidget;
    m_editWarnings->setObjectName(QStringLiteral("editWarnings"));
    m_saveBoundary = new QPushButton(tr("Save boundary"));
    m_saveBoundary->setObjectName(QStringLiteral("saveBoundaryButton"));
    m_undoBoundary = new QPushButton(tr("Undo"));
    m_cancelBoundary = new QPushButton(tr("Cancel"));
    connect(m_saveBoundary, &QPushButton::clicked, this, &MapPage::saveBoundary);
    connect(m_undoBoundary, &QPushButton::clicked, this, [this] {
        if (m_view->editor()) {
            m_view->editor()->undo();
            m_view->update();
            updateEditor();
        }
    });
    connect(m_cancelBoundary, &QPushButton::clicked, this, &MapPage::cancelEditing);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveBoundary);
    buttons->addWidget(m_undoBoundary);
    buttons->addWidget(m_cancelBoundary);
    e->addWidget(m_editTitle);
    e->addWidget(help);
    e->addWidget(m_editWarnings, 1);
    e->addLayout(buttons);
    m_panelStack->addWidget(edit);
    m_panel->setVisible(false);
    return m_panel;
}

// ---------------------------------------------------------------------------------------------- data

LeadFilter MapPage::leadFilter() const
{
    LeadFilter filter = m_useLeadFilter->isChecked() && m_filterProvider ? m_filterProvider() : LeadFilter();
    if (m_myPairs->isChecked())
        filter.myPairs = true;
    return filter;
}

void MapPage::reload()
{
    auto data = map::MapDataLoader::load(m_session, leadFilter());
    if (!data) {
        setStatus(data.error().message);
        return;
    }
    m_leadsStamp = map::MapDataLoader::leadsStamp(m_session);
    m_loaded = true;
    m_scene->setData(std::move(data.value()));
    m_placeSearch = std::make_unique<map::PlaceSearch>(*m_scene);
    if (auto addresses = map::PlaceSearch::leadAddresses(m_session))
        m_placeSearch->setLeadAddresses(addresses.value());
    m_search->setSearch(m_placeSearch.get());
    applyHeat();
    m_view->update();
}

void MapPage::setDistrictChanges(DistrictChanges* changes)
{
    m_districtChanges = changes;
    connect(changes, &DistrictChanges::structureChanged, this, &MapPage::reload);
    connect(changes, &DistrictChanges::peopleChanged, this, &MapPage::reload);
    connect(changes, &DistrictChanges::pairingsChanged, this, &MapPage::reload);
}

void MapPage::reloadLeads()
{
    auto leads = map::MapDataLoader::loadLeads(m_session, leadFilter());
    if (!leads) {
        setStatus(leads.error().message);
        return;
    }
    m_leadsStamp = map::MapDataLoader::leadsStamp(m_session);
    m_scene->setLeads(std::move(leads.value()));
    m_view->update();
    setStatus(tr("%n lead(s) on the map.", nullptr, int(m_scene->data().leads.size())));
}

void MapPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        reload();
        return;
    }
    // The lead list may have changed its filters, or leads were filed, while this page was hidden.
    if (m_useLeadFilter->isChecked() || map::MapDataLoader::leadsStamp(m_session) != m_leadsStamp)
        reloadLeads();
}

bool MapPage::exportPng(const QString& path)
{
    const QImage image = m_view->renderImage(2.0);
    return !image.isNull() && image.save(path, "PNG");
}

void MapPage::applyHeat()
{
    const int days = m_heatWindow->currentData().toInt();
    qint64 from = 0;
    if (days > 0) {
        // Relative to the newest lead rather than today, so an imported archive still shows something.
        const qint64 newest = m_scene->leadTimeRange().second;
        const qint64 end = std::max(newest, QDateTime::currentMSecsSinceEpoch());
        from = end - qint64(days) * 24 * 3600 * 1000;
    }
    m_view->setHeat(map::HeatWeight(m_heatWeight->currentData().toInt()), from, 0);
}

void MapPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

// ---------------------------------------------------------------------------------------------- selection

void MapPage::showSelection(int unit)
{
    m_editBoundary->setEnabled(unit >= 0 && m_view->mode() != MapView::Mode::EditBoundary);
    if (m_view->mode() == MapView::Mode::EditBoundary)
        return;
    if (unit < 0) {
        m_panel->setVisible(false);
        return;
    }
    const map::MapUnit& data = m_scene->unitData(unit);
    m_panelTitle->setText(data.name);
    const QString path = m_scene->unitPath(unit);
    QString kind;
    if (data.level == UnitLevel::Grid)
        kind = data.kind == QStringLiteral("building") ? map::layerLabel(map::Layer::BuildingGrids)
            : data.kind == QStringLiteral("police")    ? map::layerLabel(map::Layer::PoliceGrids)
                                                       : map::layerLabel(map::Layer::Grids);
    m_panelPath->setText(QStringList { path, kind }
                             .join(QStringLiteral(" · "))
                             .trimmed()
                             .remove(QRegularExpression(QStringLiteral("^· |· $"))));

    QStringList people;
    if (data.level == UnitLevel::Grid) {
        const auto line = [&](int person) {
            const map::MapPerson& p = m_scene->data().people.at(person);
            QString text = QStringLiteral("• %1").arg(p.name.toHtmlEscaped());
            if (p.volunteer && !p.institution.isEmpty())
                text += QStringLiteral(" <span style='color:#666'>%1</span>")
                            .arg((p.institution + QLatin1Char(' ') + p.branch).toHtmlEscaped());
            if (!p.phone.isEmpty())
                text += QStringLiteral(" ☎ %1").arg(p.phone.toHtmlEscaped());
            return text;
        };
        QStringList sentinels, volunteers;
        for (int s : m_scene->sentinelsOfGrid(unit))
            sentinels << line(s);
        for (int v : m_scene->volunteersOfGrid(unit))
            volunteers << line(v);
        people << QStringLiteral("<b>%1</b>").arg(tr("Grid sentinels").toHtmlEscaped())
               << (sentinels.isEmpty() ? tr("none assigned").toHtmlEscaped() : sentinels.join(QStringLiteral("<br>")));
        people << QStringLiteral("<b>%1</b>").arg(tr("Paired volunteers").toHtmlEscaped())
               << (volunteers.isEmpty() ? tr("none").toHtmlEscaped() : volunteers.join(QStringLiteral("<br>")));
    }
    m_panelPeople->setText(people.join(QStringLiteral("<br>")));
    m_panelPeople->setVisible(!people.isEmpty());

    // Open leads in the unit, as the user may see them.
    LeadFilter filter;
    filter.statuses = kOpenStatuses;
    if (data.level == UnitLevel::Grid)
        filter.gridId = data.id;
    else if (data.level == UnitLevel::Community)
        filter.communityId = data.id;
    else if (data.level == UnitLevel::Street)
        filter.streetId = data.id;
    m_panelLeads->clear();
    const bool seesLeads = m_session.can(Permission::FileLeads) || m_session.can(Permission::ViewAllLeads);
    if (data.level != UnitLevel::District && seesLeads) {
        LeadQuery query(m_session);
        // Capped as the lead list is: a street can hold a large share of a district's open leads.
        auto count = query.count(filter, LeadListModel::kCountCap);
        auto page = query.page(filter, LeadQuery::Sort::Newest, 0, 30);
        if (!count || *count == 0)
            m_panelLeadCount->setText(tr("No open leads here."));
        else if (*count >= LeadListModel::kCountCap)
            m_panelLeadCount->setText(tr("Open leads: %1+").arg(QLocale().toString(*count)));
        else
            m_panelLeadCount->setText(tr("Open leads: %n", nullptr, int(*count)));
        if (page) {
            for (const LeadSummary& l : *page) {
                auto* item
                    = new QListWidgetItem(QStringLiteral("%1  %2\n%3 · %4")
                                              .arg(l.caseNo, l.title, leads::statusLabel(l.status),
                                                  map::MapStyle::riskLabel(map::MapStyle::riskIndex(l.riskLevel))),
                        m_panelLeads);
                item->setData(Qt::UserRole, l.id);
            }
        }
    } else {
        m_panelLeadCount->setText(QString());
    }
    m_panelLeadCount->setVisible(!m_panelLeadCount->text().isEmpty());
    m_panelLeads->setVisible(m_panelLeads->count() > 0);
    m_panelStack->setCurrentIndex(0);
    m_panel->setVisible(true);
}

void MapPage::updateMeasure()
{
    const MapView::Mode mode = m_view->mode();
    if (mode != MapView::Mode::MeasureDistance && mode != MapView::Mode::MeasureArea)
        return;
    const QList<geo::LonLat> points = m_view->measurePoints();
    if (points.isEmpty()) {
        setStatus(mode == MapView::Mode::MeasureArea ? tr("Click the corners of the area on the map.")
                                                     : tr("Click points along the way on the map."));
        return;
    }
    if (mode == MapView::Mode::MeasureArea)
        setStatus(tr("Area: %1 · perimeter %2")
                      .arg(map::MapRenderer::formatArea(m_view->measuredSquareMetres()),
                          map::MapRenderer::formatDistance(m_view->measuredMetres())));
    else
        setStatus(tr("Distance: %1 (%n point(s))", nullptr, int(points.size()))
                      .arg(map::MapRenderer::formatDistance(m_view->measuredMetres())));
}

// ---------------------------------------------------------------------------------------------- boundary editing

void MapPage::startEditing()
{
    const int unit = m_view->selectedUnit();
    if (unit < 0)
        return;
    const map::MapUnit& data = m_scene->unitData(unit);
    map::UnitGeometryWriter writer(m_session);
    geo::MultiPolygon geometry = data.derived ? geo::MultiPolygon() : data.geometry;
    if (auto stored = writer.load(data.level, data.id); stored && !stored->isEmpty())
        geometry = stored.value();
    geo::BBox around = geo::boundingBox(geometry.isEmpty() ? data.geometry : geometry);
    const double pad = 0.01;
    around = geo::BBox::of(around.west - pad, around.south - pad, around.east + pad, around.north + pad);
    auto neighbours = writer.neighbours(data.level, data.id, around);
    m_measureDistance->setChecked(false);
    m_measureArea->setChecked(false);
    m_view->beginEdit(data.level, data.id,
        map::PolygonEditor(geometry, neighbours ? neighbours.value() : QList<map::PolygonEditor::Neighbour>()));
    m_editTitle->setText(tr("Boundary of %1").arg(data.name));
    m_panelStack->setCurrentIndex(1);
    m_panel->setVisible(true);
    m_editBoundary->setEnabled(false);
    updateEditor();
    setStatus(geometry.isEmpty() ? tr("Click the corners of the boundary; double-click or Enter closes it.")
                                 : tr("Editing the boundary of %1.").arg(data.name));
}

void MapPage::updateEditor()
{
    map::PolygonEditor* editor = m_view->editor();
    m_editWarnings->clear();
    if (!editor)
        return;
    const QList<map::PolygonEditor::Warning> warnings = editor->warnings();
    for (const map::PolygonEditor::Warning& w : warnings) {
        auto* item
            = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), w.message, m_editWarnings);
        item->setData(Qt::UserRole, int(w.kind));
    }
    if (warnings.isEmpty())
        new QListWidgetItem(
            style()->standardIcon(QStyle::SP_DialogApplyButton), tr("The boundary is valid."), m_editWarnings);
    const bool blocking = std::any_of(warnings.begin(), warnings.end(),
        [](const map::PolygonEditor::Warning& w) { return w.kind != map::PolygonEditor::Warning::Kind::Overlap; });
    m_saveBoundary->setEnabled(editor->isModified() && !blocking && !editor->isDrawing());
    m_undoBoundary->setEnabled(editor->canUndo());
}

void MapPage::saveBoundary()
{
    map::PolygonEditor* editor = m_view->editor();
    if (!editor)
        return;
    const QList<map::PolygonEditor::Warning> warnings = editor->warnings();
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const map::PolygonEditor::Warning& w : warnings)
            lines << w.message;
        if (m_prompter.question(
                this, tr("Save boundary"), tr("%1\n\nSave the boundary anyway?").arg(lines.join(QLatin1Char('\n'))))
            != QMessageBox::Yes)
            return;
    }
    auto saved = map::UnitGeometryWriter(m_session).save(m_view->editLevel(), m_view->editUnitId(), editor->geometry());
    if (!saved) {
        m_prompter.warning(this, tr("Save boundary"), saved.error().message);
        return;
    }
    const QString id = m_view->editUnitId();
    m_view->endEdit();
    if (m_districtChanges)
        Q_EMIT m_districtChanges->structureChanged({ id }); // the other pages hear it; so does reload() here
    else
        reload();
    const int unit = m_scene->unitIndex(id);
    m_view->selectUnit(-1);
    m_view->selectUnit(unit);
    setStatus(tr("The boundary was saved."));
}

void MapPage::cancelEditing()
{
    map::PolygonEditor* editor = m_view->editor();
    if (editor && editor->isModified()
        && m_prompter.question(this, tr("Edit boundary"), tr("Discard the changes to this boundary?"))
            != QMessageBox::Yes)
        return;
    const int unit = m_view->selectedUnit();
    m_view->endEdit();
    m_view->selectUnit(-1);
    m_view->selectUnit(unit);
    setStatus(QString());
}

// ---------------------------------------------------------------------------------------------- basemaps

void MapPage::chooseMBTiles()
{
    const QString path = m_prompter.openFileName(
        this, tr("Open an MBTiles basemap"), QDir::homePath(), tr("MBTiles (*.mbtiles);;All files (*)"));
    if (path.isEmpty()) {
        m_vectorBasemap->setChecked(true);
        return;
    }
    auto source = map::MBTilesSource::open(
        path, m_rasterCrs == geo::Crs::Wgs84 ? std::nullopt : std::optional<geo::Crs>(m_rasterCrs));
    if (!source) {
        m_vectorBasemap->setChecked(true);
        m_prompter.warning(this, tr("Open an MBTiles basemap"), source.error().message);
        return;
    }
    const geo::Crs crs = (*source)->crs();
    m_view->setBasemap(std::shared_ptr<map::TileSource>(std::move(source.value())));
    setStatus(tr("Basemap: %1 (%2).").arg(QFileInfo(path).fileName(), geo::crsToString(crs).toUpper()));
}

void MapPage::chooseTileFolder()
{
    const QString path = m_prompter.openFileName(this, tr("Choose any tile in the folder (…/{z}/{x}/{y}.png)"),
        QDir::homePath(), tr("Tiles (*.png *.jpg *.jpeg *.webp)"));
    if (path.isEmpty()) {
        m_vectorBasemap->setChecked(true);
        return;
    }
    // …/root/z/x/y.ext: the root is three levels up.
    QDir root = QFileInfo(path).dir();
    root.cdUp();
    root.cdUp();
    m_view->setBasemap(std::make_shared<map::DirectoryTileSource>(root.absolutePath(), m_rasterCrs));
    setStatus(tr("Basemap: tiles in %1 (%2).")
                  .arg(QDir::toNativeSeparators(root.absolutePath()), geo::crsToString(m_rasterCrs).toUpper()));
}

void MapPage::useNetworkTiles()
{
    const map::OnlineBasemap online = map::OnlineBasemap::load(m_session);
    const map::NetworkTileSource::Options options = online.tileOptions(
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("tiles")));
    m_view->setBasemap(std::make_shared<map::NetworkTileSource>(options));
    setStatus(tr("Basemap: online tiles from %1. Map requests reveal to that server which area you look at.")
                  .arg(QUrl(options.urlTemplate).host()));
}

} // namespace gs
