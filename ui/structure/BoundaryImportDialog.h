// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "structure/BoundaryImporter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace gs {

class DistrictChanges;
class Prompter;
class Session;

/// Attaches boundaries from a GeoJSON file to districts, streets, communities and grids: choose the file and
/// its coordinate system (WGS-84 or as declared, GCJ-02 for AMap/Tencent exports, BD-09 for Baidu), Read,
/// look at which unit each feature goes to and at every problem, then Import (all or nothing).
class BoundaryImportDialog : public QDialog
{
    Q_OBJECT

public:
    BoundaryImportDialog(Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent = nullptr);

    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* crsCombo() const { return m_crs; }
    QPushButton* readButton() const { return m_read; }
    QPushButton* importButton() const { return m_import; }
    QTableWidget* previewTable() const { return m_preview; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void imported(int count);

private:
    void browse();
    void read();
    void readFinished(geo::GeoJsonImport parsed);
    void import();
    void updateButtons();

    Session& m_session;
    Prompter& m_prompter;
    DistrictChanges* m_changes;
    QLineEdit* m_file;
    QComboBox* m_crs;
    QPushButton* m_read;
    QPushButton* m_import;
    QProgressBar* m_busy;
    QLabel* m_status;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    bool m_reading = false;
    std::optional<BoundaryPlan> m_plan;
};

} // namespace gs
