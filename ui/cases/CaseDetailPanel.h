// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/Lead.h"
#include "workflow/CaseWorkflow.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace gs {

class CaseActions;
class Prompter;
class Session;

/// One case on the Cases page: where it stands (status, deadline, who has it), the moves the user may make
/// now as buttons, the facts and the risk screening, the triage and review records, and the timeline from the
/// audit trail.
class CaseDetailPanel : public QWidget
{
    Q_OBJECT

public:
    CaseDetailPanel(Session& session, Prompter& prompter, CaseActions& actions, QWidget* parent = nullptr);

    void showCase(const QString& leadId);
    void reload();
    const QString& leadId() const { return m_leadId; }
    const CaseState& state() const { return m_state; }
    /// The button of a move ("take", "triage", "escalate", ...); null when the user has no such move now.
    QPushButton* actionButton(const QString& key) const;
    QStringList actionKeys() const;
    QTreeWidget* timeline() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    void openLeadRequested(const QString& leadId);

private:
    void build();
    QWidget* buildSummary(const Lead& lead);
    QWidget* buildRecords();
    QWidget* buildTimeline();

    Session& m_session;
    Prompter& m_prompter;
    CaseActions& m_actions;
    QString m_leadId;
    CaseState m_state;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_pageLayout = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_people = nullptr;
    QHBoxLayout* m_actionRow = nullptr;
    QLabel* m_waiting = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QToolButton* m_export = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace gs
