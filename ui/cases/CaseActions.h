// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "report/CaseReport.h"
#include "workflow/CaseWorkflow.h"

#include <QList>
#include <QObject>
#include <QString>

class QDialog;
class QWidget;

namespace gs {

class Prompter;
class Session;

/// The case workflow as buttons: which moves the user has on a case (asked of CaseWorkflow, so buttons and
/// checks always agree), and running one, through its dialog when it needs input. Shared by the Cases page and
/// the lead detail view.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    CaseActions(Session& session, Prompter& prompter, QObject* parent = nullptr);

    struct Action
    {
        QString key; ///< a transition name, or "triage" for the three conclusions together
        QString label; ///< button text ("Triage…")
        QString toolTip;
        bool needsDialog = false;
    };
    /// The user's moves on the case now, in workflow order.
    QList<Action> actionsFor(const CaseState& state);
    /// Who the case waits for when the user has no move ("the district office"), translated; empty if nobody.
    static QString waitingFor(const CaseState& state);

    /// Starts a move: steps without input (take, start review) are taken at once and nullptr is returned;
    /// others open their dialog (window-modal, deleted on close), which is returned.
    QDialog* start(QWidget* parent, const QString& leadId, const QString& key);

    /// Asks where to save (through the Prompter) and writes the report as "pdf" or "json"; true when written.
    bool exportReport(QWidget* parent, const QString& leadId, const QString& format);
    void setMapSnapshotProvider(MapSnapshotProvider provider) { m_snapshot = std::move(provider); }

Q_SIGNALS:
    void caseChanged(const QString& leadId);
    /// A short confirmation for a status line ("Report written to …").
    void message(const QString& text);

private:
    Session& m_session;
    Prompter& m_prompter;
    MapSnapshotProvider m_snapshot;
};

} // namespace gs
