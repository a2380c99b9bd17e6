// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "workflow/DeadlinePolicy.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace gs {

class Session;

/// Settings → Case deadlines: how long each stage may take (calendar or working days), when a deadline counts
/// as due soon, and the node's public holidays and make-up working days (调休). Everyone sees them; those who
/// manage the node's settings (the district office, the administrator) change them.
class DeadlinesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit DeadlinesPanel(Session& session, QWidget* parent = nullptr);

    QSpinBox* daysSpin(DeadlineStage stage) const { return m_days.value(stage); }
    QCheckBox* workingDaysCheck(DeadlineStage stage) const { return m_working.value(stage); }
    QSpinBox* dueSoonSpin() const { return m_dueSoon; }
    QPlainTextEdit* holidaysEdit() const { return m_holidays; }
    QPlainTextEdit* makeUpEdit() const { return m_makeUp; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* message() const { return m_message; }

    /// The policy as edited, or the first problem (a bad date line) in `problem`.
    std::optional<DeadlinePolicy> edited(QString* problem) const;
    bool save();

private:
    void load();
    void changed();
    void updatePreview();

    Session& m_session;
    QMap<DeadlineStage, QSpinBox*> m_days;
    QMap<DeadlineStage, QCheckBox*> m_working;
    QSpinBox* m_dueSoon = nullptr;
    QPlainTextEdit* m_holidays = nullptr;
    QPlainTextEdit* m_makeUp = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_preview = nullptr;
    bool m_loading = false;
};

} // namespace gs
