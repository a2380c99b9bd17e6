// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "people/PairingRepository.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gs {

class DistrictChanges;
class Session;

/// Opens a pairing card (a sentinel without a card, a volunteer below the node's maximum, a start date) or
/// re-pairs one (another volunteer or another sentinel, the date and the reason the old card ends).
class PairingDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new card; `sentinelId` / `volunteerId` preselect people when given.
    PairingDialog(Session& session, DistrictChanges* changes, QWidget* parent = nullptr, const QString& sentinelId = {},
        const QString& volunteerId = {});
    /// Re-pairs `current`.
    PairingDialog(Session& session, DistrictChanges* changes, const Pairing& current, QWidget* parent = nullptr);

    QComboBox* sentinelCombo() const { return m_sentinel; }
    QComboBox* volunteerCombo() const { return m_volunteer; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QRadioButton* replaceVolunteerRadio() const { return m_replaceVolunteer; }
    QRadioButton* replaceSentinelRadio() const { return m_replaceSentinel; }
    QPushButton* saveButton() const { return m_save; }
    /// The card created (valid after accept()).
    const Pairing& pairing() const { return m_created; }

Q_SIGNALS:
    void saved(const QString& pairingId);

private:
    void build();
    void fillPeople();
    void updateState();
    void save();

    Session& m_session;
    DistrictChanges* m_changes;
    std::optional<Pairing> m_current; ///< re-pairing this card
    QString m_presetSentinel, m_presetVolunteer;
    Pairing m_created;
    QComboBox* m_sentinel = nullptr;
    QComboBox* m_volunteer = nullptr;
    QRadioButton* m_replaceVolunteer = nullptr;
    QRadioButton* m_replaceSentinel = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QLabel*> m_messages;
    QLabel* m_error = nullptr;
};

} // namespace gs
