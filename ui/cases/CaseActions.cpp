// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CaseActions.h"

#include "AssignDialog.h"
#include "Prompter.h"
#include "StepDialog.h"
#include "TriageDialog.h"
#include "accounts/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace gs {

CaseActions::CaseActions(Session& session, Prompter& prompter, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_prompter(prompter)
{ }

QList<CaseActions::Action> CaseActions::actionsFor(const CaseState& state)
{
    QList<Action> out;
    bool triageAdded = false;
    for (const Transition* t : CaseWorkflow(m_session).allowedTransitions(state)) {
        if (CaseWorkflow::isTriage(t->name)) {
            if (!triageAdded)
                out.append({ QStringLiteral("triage"), tr("&Triage…"),
                    tr("Record the first judgement: suspected, unfounded or needs more information"), true });
            triageAdded = true;
            continue;
        }
        const bool instant = t->name == QLatin1String("take") || t->name == QLatin1String("start_review");
        out.append({ t->name, instant ? t->label() : t->label() + QStringLiteral("…"), t->description(), !instant });
    }
    return out;
}

QString CaseActions::waitingFor(const CaseState& state)
{
    QStringList who;
    for (const Transition& t : CaseWorkflow::transitions()) {
        if (!t.queued || !t.from.contains(state.status))
            continue;
        for (Party p : t.parties) {
            const QString label = partyLabel(p);
            if (!who.contains(label))
                who << label;
        }
    }
    return who.join(tr(" or "));
}

QDialog* CaseActions::start(QWidget* parent, const QString& leadId, const QString& key)
{
    StepDialog* dialog = nullptr;
    if (key == QLatin1String("triage")) {
        dialog = new TriageDialog(m_session, leadId, parent);
    } else if (key == QLatin1String("assign")) {
        dialog = new AssignDialog(m_session, leadId, parent);
    } else if (key == QLatin1String("take") || key == QLatin1String("start_review")) {
        auto result = CaseWorkflow(m_session).apply(leadId, key, {});
        if (!result) {
            m_prompter.warning(parent, tr("Not done"), result.error().message);
            return nullptr;
        }
        Q_EMIT message(tr("%1: %2.").arg(result->caseNo, leads::statusLabel(result->status)));
        Q_EMIT caseChanged(leadId);
        return nullptr;
    } else {
        dialog = new TransitionDialog(m_session, leadId, key, parent);
    }
    connect(dialog, &StepDialog::applied, this, [this](const QString& id, const QString& transition) {
        if (const Transition* t = CaseWorkflow::find(transition))
            Q_EMIT message(tr("Done: %1.").arg(t->label()));
        Q_EMIT caseChanged(id);
    });
    dialog->show();
    return dialog;
}

bool CaseActions::exportReport(QWidget* parent, const QString& leadId, const QString& format)
{
    CaseReportBuilder builder(m_session);
    if (m_snapshot)
        builder.setMapSnapshotProvider(m_snapshot);
    auto report = builder.build(leadId);
    if (!report) {
        m_prompter.warning(parent, tr("No report"), report.error().message);
        return false;
    }
    const bool pdf = format == QLatin1String("pdf");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(report->fileBaseName() + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".json")));
    QString path
        = m_prompter.saveFileName(parent, pdf ? tr("Save the case report as PDF") : tr("Save the case report as JSON"),
            suggested, pdf ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("json");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    if (Status s = builder.exportFiles(*report, pdf ? path : QString(), pdf ? QString() : path); !s) {
        m_prompter.warning(parent, tr("Report not written"), s.error().message);
        return false;
    }
    QString text = tr("Report written to %1.").arg(QDir::toNativeSeparators(path));
    if (report->informantWithheld)
        text += QLatin1Char(' ') + tr("The confidential informant is left out: your role may not see who it is.");
    Q_EMIT message(text);
    Q_EMIT caseChanged(leadId); // the export is in the timeline
    return true;
}

} // namespace gs
