// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "LeadServices.h"
#include "domain/Lead.h"

#include <QDialog>
#include <QImage>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace gs {

class CaseActions;
class EvidenceList;
class Prompter;
class Session;
struct AuditEvent;

/// One lead as the signed-in user may see it (informant and ID numbers masked by the repository): every
/// field, the evidence with thumbnails, the risk explanation, the linked lead and likely duplicates, and
/// the history from the audit trail (who, role, when, what; edits as "Title: old → new").
class LeadDetailView : public QDialog
{
    Q_OBJECT

public:
    LeadDetailView(Session& session, Prompter& prompter, const QString& leadId, QWidget* parent = nullptr);

    bool isLoaded() const { return !m_lead.id.isEmpty(); }
    const Lead& lead() const { return m_lead; }
    QTreeWidget* history() const { return m_history; }
    EvidenceList* evidence() const { return m_evidence; }
    /// The button of a workflow move on this lead ("take", "triage", "escalate", ...), null when not offered.
    QPushButton* caseActionButton(const QString& key) const;
    /// The map picture of the case report exported from here (see CaseReportBuilder).
    void setMapSnapshotProvider(std::function<QImage(const Lead&, QSize)> provider);
    /// The shown value of a field ("title", "entityUscc", "personIdNumber", ...), for tests and accessibility.
    QString valueText(const QString& field) const;
    void reload();

    /// "Title: old → new" lines for an audit event's field diff (sensitive values stay "***").
    static QStringList describeChanges(Session& session, const AuditEvent& event);
    static QString describeEvent(Session& session, const AuditEvent& event);

Q_SIGNALS:
    void editRequested(const QString& leadId);
    void openLeadRequested(const QString& leadId);
    /// A workflow step was taken from this view (its buttons are CaseActions').
    void caseChanged(const QString& leadId);

private:
    void build();
    QWidget* buildHeader();
    QWidget* buildFields();
    QWidget* buildRisk();
    QWidget* buildDuplicates();
    QWidget* buildHistory();
    QWidget* buildCaseActions();
    void addValue(QFormLayout* form, const QString& field, const QString& label, const QString& value);

    Session& m_session;
    Prompter& m_prompter;
    QString m_leadId;
    Lead m_lead;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_outer = nullptr;
    EvidenceList* m_evidence = nullptr;
    QTreeWidget* m_history = nullptr;
    QPushButton* m_edit = nullptr;
    CaseActions* m_caseActions = nullptr;
    QHash<QString, QLabel*> m_values;
};

} // namespace gs
