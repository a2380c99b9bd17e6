// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "people/Person.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace gs {

class DistrictChanges;
class Session;

/// Adds or edits a sentinel (community, grids covered) or a volunteer (institution, branch, hats), with phone,
/// home base or branch location and address, a note, and the local account the person signs in with, if any.
/// Problems are shown under their field, as typed and as the repository reports them.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new person of `kind`.
    PersonDialog(Session& session, DistrictChanges* changes, PersonKind kind, QWidget* parent = nullptr);
    /// Edits `person`.
    PersonDialog(Session& session, DistrictChanges* changes, const Person& person, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* communityCombo() const { return m_community; }
    QListWidget* gridList() const { return m_grids; }
    QComboBox* institutionCombo() const { return m_institution; }
    QLineEdit* branchEdit() const { return m_branch; }
    QList<QCheckBox*> hatChecks() const { return m_hats; }
    QPushButton* saveButton() const { return m_save; }
    const Person& person() const { return m_person; }

Q_SIGNALS:
    void saved(const QString& personId);

private:
    void build();
    void fillGrids();
    void validate();
    void save();

    Session& m_session;
    DistrictChanges* m_changes;
    Person m_person;
    bool m_editing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_community = nullptr;
    QListWidget* m_grids = nullptr;
    QComboBox* m_institution = nullptr;
    QLineEdit* m_branch = nullptr;
    QList<QCheckBox*> m_hats;
    QLineEdit* m_lon = nullptr;
    QLineEdit* m_lat = nullptr;
    QLineEdit* m_address = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_account = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QLabel*> m_messages;
    QLabel* m_error = nullptr;
};

} // namespace gs
