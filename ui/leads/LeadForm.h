// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "LeadServices.h"
#include "core/Result.h"
#include "domain/Lead.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gs {

class DuplicatesDialog;
class EvidenceList;
class GridPicker;
class Prompter;
class Session;

/// Files a new lead or edits one. Every field has its message right under it: format problems show while
/// typing (leads::validate), missing required fields after a Submit, and the repository's field errors
/// after a save. Changes are autosaved as a draft inside the encrypted database (DraftStore) every few
/// seconds and before a lock; a new form offers to resume the user's unfinished lead. After a submit, likely
/// duplicates are shown and the lead can be linked to one.
class LeadForm : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 5000;
    static constexpr int kRiskDelayMs = 300;

    /// An empty `leadId` files a new lead; otherwise the lead is loaded for editing.
    LeadForm(Session& session, Prompter& prompter, const QString& leadId = {}, QWidget* parent = nullptr);
    ~LeadForm() override;

    /// If the user has an unfinished draft for this lead (or for a new one), asks whether to resume it; a
    /// "No" discards the draft.
    void offerDraft();
    /// Writes the form's state to the draft store now if it changed since the last autosave.
    Status saveDraftNow();
    /// Called before the session goes (lock, quit): keeps what was typed.
    void prepareForLock();

    void submit();
    void saveAsDraft();
    void checkDuplicates();

    /// The lead as the fields describe it; unparsable numbers are left out and reported in `problems`.
    Lead currentLead(QList<FieldError>* problems = nullptr) const;
    bool isDirty() const { return m_dirty; }
    const QString& leadId() const { return m_lead.id; }
    const QString& draftId() const { return m_draftId; }
    /// The message label under a field ("title", "entityUscc", "amount", ...), or null.
    QLabel* messageFor(const QString& field) const { return m_messages.value(field); }
    EvidenceList* evidence() const { return m_evidence; }
    /// Lead id of a pending link chosen with "Check duplicates" before submitting.
    const QString& pendingLink() const { return m_pendingLink; }

    void setRiskPreview(RiskPreviewFunction preview);
    void setAutosaveIntervalMs(int ms);

Q_SIGNALS:
    void leadSaved(const QString& leadId);
    void draftSaved();

protected:
    void reject() override;

private:
    QWidget* buildLeadSection();
    QWidget* buildEntitySection();
    QWidget* buildPlaceSection();
    QWidget* buildImpactSection();
    QWidget* buildSourceSection();
    QWidget* buildRiskSection();
    QWidget* buildEvidenceSection();
    QLabel* addMessage(const QString& field, QWidget* focusTarget);
    void wireChanges();
    void setTabOrder();
    void load(const QString& leadId);
    void fill(const Lead& lead);
    void changed(const QString& field);
    void touch(const QString& field);
    void validateLive();
    /// Shows the messages under their fields; returns how many fields show an error.
    int showErrors(const QList<FieldError>& errors, bool all);
    void focusFirst(const QList<FieldError>& errors);
    void save(LeadRepository::Intent intent);
    void finishSaved(const Lead& saved, bool lookForDuplicates);
    void coordinatesChanged();
    /// Opens the map's location picker (non-blocking); its choice fills the coordinates and so the grid.
    void pickOnMap();
    void updateRisk();
    bool hasContent() const;
    void discardDraft();
    bool idIsUnchangedMask() const;
    static QString correctionHint(qsizetype count);

    Session& m_session;
    Prompter& m_prompter;
    Lead m_lead; ///< as loaded (or empty for a new lead): id, status, stored evidence
    QString m_draftId;
    QString m_pendingLink;
    QSet<QString> m_touched;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_submitAttempted = false;
    bool m_gridChosenByHand = false;
    bool m_informantMasked = false;
    bool m_finished = false;
    bool m_correctionHintShown = false;
    RiskPreviewFunction m_riskPreview;

    QHash<QString, QLabel*> m_messages;
    QHash<QString, QWidget*> m_focusTargets;
    QLineEdit* m_title = nullptr;
    QListWidget* m_categories = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_entityName = nullptr;
    QLineEdit* m_entityUscc = nullptr;
    QLineEdit* m_entityAddress = nullptr;
    QLineEdit* m_entityPhone = nullptr;
    QLineEdit* m_entityOnline = nullptr;
    QLineEdit* m_personId = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_lon = nullptr;
    QLineEdit* m_lat = nullptr;
    QPushButton* m_pickOnMap = nullptr;
    GridPicker* m_grid = nullptr;
    QList<QCheckBox*> m_groups;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_victims = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_informantName = nullptr;
    QLineEdit* m_informantPhone = nullptr;
    QCheckBox* m_confidential = nullptr;
    EvidenceList* m_evidence = nullptr;
    QLabel* m_riskLevel = nullptr;
    QLabel* m_riskSummary = nullptr;
    QListWidget* m_riskHits = nullptr;
    QLabel* m_formMessage = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QPushButton* m_checkDuplicates = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_riskTimer = nullptr;
};

} // namespace gs
