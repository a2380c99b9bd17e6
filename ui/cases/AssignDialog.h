// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "StepDialog.h"

class QTreeWidget;

namespace gs {

/// The district office (re)assigns a case's triage: to a volunteer (those paired with the reporting sentinel
/// first, each with the open cases they already carry) or to itself.
class AssignDialog : public StepDialog
{
    Q_OBJECT

public:
    AssignDialog(Session& session, const QString& leadId, QWidget* parent = nullptr);

    QTreeWidget* people() const { return m_people; }
    /// Selects the account to assign to (tests, keyboard users).
    bool select(const QString& userId);
    QPushButton* takeButton() const { return m_take; }

protected:
    QString transitionName() const override { return QStringLiteral("assign"); }
    TransitionInput input() const override;

private:
    QTreeWidget* m_people = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_take = nullptr;
};

} // namespace gs
