// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "leads/LeadQuery.h"
#include "map/MapScene.h"
#include "map/MapTypes.h"
#include "map/PlaceSearch.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace gs {

class DistrictChanges;
class GridPicker;
class MapView;
class PlaceSearchBox;
class Prompter;
class Session;

/// The Map page: the map view with a toolbar (place search, fit to a street/community/grid, layers and
/// basemap, colouring, heatmap window, "my pairs", the lead list's filters, measuring, legend, PNG export,
/// boundary editing) and a side panel for the selected unit (its sentinels, volunteers and open leads) or the
/// boundary being edited.
class MapPage : public QWidget
{
    Q_OBJECT

public:
    MapPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~MapPage() override;

    MapView* view() const { return m_view; }
    map::MapScene& scene() { return *m_scene; }
    /// Where "same filters as the lead list" gets them (MainWindow connects the Leads page).
    void setLeadFilterProvider(std::function<LeadFilter()> provider) { m_filterProvider = std::move(provider); }
    /// Reloads structure, people and leads from the database.
    void reload();
    /// Reloads when another page changes the structure, people or pairings, and tells them when a boundary
    /// edited here was saved.
    void setDistrictChanges(DistrictChanges* changes);
    /// Reloads the leads only (filters changed, a lead was saved).
    void reloadLeads();
    /// Writes the current view to `path` as PNG (2× pixel density, legend and scale bar).
    bool exportPng(const QString& path);

    QAction* layerAction(map::Layer layer) const { return m_layerActions.value(layer); }
    QToolButton* layersButton() const { return m_layersButton; }
    QComboBox* colouringCombo() const { return m_colouring; }
    QComboBox* heatWindowCombo() const { return m_heatWindow; }
    QComboBox* heatWeightCombo() const { return m_heatWeight; }
    QCheckBox* myPairsCheck() const { return m_myPairs; }
    QCheckBox* leadFilterCheck() const { return m_useLeadFilter; }
    PlaceSearchBox* searchBox() const { return m_search; }
    GridPicker* fitPicker() const { return m_fitTo; }
    QAction* measureDistanceAction() const { return m_measureDistance; }
    QAction* measureAreaAction() const { return m_measureArea; }
    QAction* exportAction() const { return m_export; }
    QAction* editBoundaryAction() const { return m_editBoundary; }
    QLabel* statusLabel() const { return m_status; }
    QWidget* selectionPanel() const { return m_panel; }
    QListWidget* panelLeads() const { return m_panelLeads; }
    QPushButton* saveBoundaryButton() const { return m_saveBoundary; }

Q_SIGNALS:
    void leadActivated(const QString& leadId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolBar();
    QWidget* buildPanel();
    void buildLayersMenu();
    LeadFilter leadFilter() const;
    void applyHeat();
    void showSelection(int unit);
    void updateMeasure();
    void updateEditor();
    void startEditing();
    void saveBoundary();
    void cancelEditing();
    void chooseMBTiles();
    void chooseTileFolder();
    void useNetworkTiles();
    void setStatus(const QString& text);

    Session& m_session;
    Prompter& m_prompter;
    std::unique_ptr<map::MapScene> m_scene;
    std::unique_ptr<map::PlaceSearch> m_placeSearch;
    std::function<LeadFilter()> m_filterProvider;
    DistrictChanges* m_districtChanges = nullptr;
    geo::Crs m_rasterCrs = geo::Crs::Wgs84;
    QString m_leadsStamp; ///< MapDataLoader::leadsStamp() when the leads were loaded
    bool m_loaded = false; ///< reload() runs when the page is first shown

    MapView* m_view = nullptr;
    PlaceSearchBox* m_search = nullptr;
    GridPicker* m_fitTo = nullptr;
    QToolButton* m_layersButton = nullptr;
    QHash<map::Layer, QAction*> m_layerActions;
    QAction* m_vectorBasemap = nullptr;
    QComboBox* m_colouring = nullptr;
    QComboBox* m_heatWeight = nullptr;
    QComboBox* m_heatWindow = nullptr;
    QWidget* m_heatControls = nullptr;
    QCheckBox* m_myPairs = nullptr;
    QCheckBox* m_useLeadFilter = nullptr;
    QAction* m_measureDistance = nullptr;
    QAction* m_measureArea = nullptr;
    QAction* m_legend = nullptr;
    QAction* m_export = nullptr;
    QAction* m_editBoundary = nullptr;
    QLabel* m_status = nullptr;

    QWidget* m_panel = nullptr;
    QStackedWidget* m_panelStack = nullptr;
    QLabel* m_panelTitle = nullptr;
    QLabel* m_panelPath = nullptr;
    QLabel* m_panelPeople = nullptr;
    QLabel* m_panelLeadCount = nullptr;
    QListWidget* m_panelLeads = nullptr;
    QLabel* m_editTitle = nullptr;
    QListWidget* m_editWarnings = nullptr;
    QPushButton* m_saveBoundary = nullptr;
    QPushButton* m_undoBoundary = nullptr;
    QPushButton* m_cancelBoundary = nullptr;
};

} // namespace gs
