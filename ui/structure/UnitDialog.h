// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "structure/StructureTypes.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gs {

class DistrictChanges;
class Session;

/// Adds a unit under a parent or edits one: code (checked as typed against GB/T 2260 rules, or the grid
/// scheme, with a suggestion for new grids), name, and for grids the kind (三格), the responsible sentinel and
/// the linked police grid; for districts the city and province. Saving goes through StructureRepository; its
/// refusals are shown under the field they are about.
class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adds a unit at `level` under `parentId` (empty for a district).
    UnitDialog(Session& session, DistrictChanges* changes, UnitLevel level, const QString& parentId,
        QWidget* parent = nullptr);
    /// Edits `unit`.
    UnitDialog(Session& session, DistrictChanges* changes, const StructureUnit& unit, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* responsibleCombo() const { return m_responsible; }
    QPushButton* saveButton() const { return m_save; }
    /// The unit as saved (valid after accept()).
    const StructureUnit& unit() const { return m_unit; }

Q_SIGNALS:
    void saved(const QString& unitId);

private:
    void build();
    void validate();
    void save();
    void suggestCode();
    void growToFit();

    Session& m_session;
    DistrictChanges* m_changes;
    StructureUnit m_unit;
    bool m_editing;
    QString m_parentCode;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_province = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_responsible = nullptr;
    QComboBox* m_police = nullptr;
    QPushButton* m_suggest = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QLabel*> m_messages; ///< field → its message label
    QLabel* m_error = nullptr;
};

} // namespace gs
