// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace gs {

class DistrictChanges;
class PairingListModel;
class PeopleListModel;
class Prompter;
class Session;
struct Pairing;
struct Person;
enum class PersonKind;

/// People and pairing cards for the district office and node administrators. The People tab lists sentinels
/// and volunteers (search, kind, inactive ones), adds and edits them, deactivates them and imports/exports CSV;
/// the Pairing cards tab creates, ends and re-pairs cards, previews and prints a card or saves it as PDF,
/// imports/exports CSV and sets how many pairs a volunteer may hold.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    PeopleListModel* peopleModel() const { return m_people; }
    PairingListModel* pairingModel() const { return m_pairings; }
    QTableView* peopleView() const { return m_peopleView; }
    QTableView* pairingView() const { return m_pairingView; }

    void openNewPerson(PersonKind kind);
    void editSelectedPerson();
    void toggleSelectedPersonActive();
    void openNewPairing();
    void endSelectedPairing();
    void rePairSelected();
    /// Opens the print preview of the selected card (QPrintPreviewDialog, non-modal).
    void previewSelectedCard();
    /// Asks for a file name and writes the selected card as PDF.
    void exportSelectedCardPdf();
    void importCsv(bool pairings);
    void exportCsv(bool pairings);
    void selectPairing(const QString& pairingId);

private:
    QWidget* buildPeopleTab();
    QWidget* buildPairingsTab();
    const Person* selectedPerson() const;
    const Pairing* selectedPairing() const;
    void applyPeopleFilter();
    void applyPairingFilter();
    void updatePeopleButtons();
    void updatePairingButtons();
    void showPersonHistory();
    void refreshAll();

    Session& m_session;
    Prompter& m_prompter;
    DistrictChanges* m_changes;
    QTabWidget* m_tabs = nullptr;
    PeopleListModel* m_people = nullptr;
    PairingListModel* m_pairings = nullptr;
    QTableView* m_peopleView = nullptr;
    QTableView* m_pairingView = nullptr;
    QLineEdit* m_peopleSearch = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_inactive = nullptr;
    QLabel* m_peopleCount = nullptr;
    QPushButton* m_editPerson = nullptr;
    QPushButton* m_togglePerson = nullptr;
    QListWidget* m_personHistory = nullptr;
    QLineEdit* m_pairingSearch = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_pairingCount = nullptr;
    QSpinBox* m_max = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_rePair = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace gs
