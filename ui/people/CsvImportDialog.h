// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "people/PeopleCsv.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gs {

class DistrictChanges;
class Prompter;
class Session;

/// Imports people or pairing cards from a CSV file (UTF-8 or GB18030, English or Chinese headers): Check shows
/// every row with what it would do and its problems; Import writes all rows or none.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { People, Pairings };
    CsvImportDialog(
        Session& session, Prompter& prompter, DistrictChanges* changes, Kind kind, QWidget* parent = nullptr);

    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* importButton() const { return m_import; }
    QTableWidget* previewTable() const { return m_preview; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void imported(int added, int updated);

private:
    void browse();
    void check();
    void import();
    Result<CsvImportReport> run(PeopleCsv::Mode mode);

    Session& m_session;
    Prompter& m_prompter;
    DistrictChanges* m_changes;
    Kind m_kind;
    QLineEdit* m_file;
    QPushButton* m_check;
    QPushButton* m_import;
    QLabel* m_status;
    QTableWidget* m_preview;
    QByteArray m_bytes; ///< the file as checked: the import writes exactly what the preview showed
    std::optional<CsvImportReport> m_report;
};

} // namespace gs
