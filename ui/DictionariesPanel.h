// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "rules/Dictionary.h"
#include "rules/RiskScreener.h"

#include <QGroupBox>
#include <QStringList>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gs {

class Session;

/// Settings section for the node's dictionaries (NodeDictionaries): lead categories, risk signals and risk
/// thresholds. Everyone sees them; only users with ManageNodeSettings can edit, save or restore defaults.
/// Nothing is stored until Save, which checks all three first and stores none if one is wrong.
class DictionariesPanel : public QGroupBox
{
    Q_OBJECT

public:
    enum SignalColumn { TermColumn, CategoryColumn, WeightColumn, FieldColumn, LabelColumn, SignalColumnCount };

    explicit DictionariesPanel(Session& session, QWidget* parent = nullptr);

    bool isEditable() const { return m_editable; }

    /// What the editors show now (not necessarily saved).
    QStringList editedCategories() const;
    RiskDictionary editedDictionary() const;
    RiskThresholds editedThresholds() const;

    Status save();
    /// Fills the editors with the built-in defaults; Save stores them.
    void restoreDefaults();

Q_SIGNALS:
    void saved();

private:
    QWidget* buildCategories();
    QWidget* buildSignals();
    QWidget* buildThresholds();
    void load(const QStringList& categories, const RiskDictionary& dictionary, RiskThresholds thresholds);
    void appendSignal(const RiskRule& rule);
    void addCategory();
    void removeCategory();
    void moveCategory(int delta);
    void addSignal();
    void removeSignal();
    void showProblem(const Error& error);

    Session& m_session;
    const bool m_editable;
    QListWidget* m_categories = nullptr;
    QTableWidget* m_signals = nullptr;
    QDoubleSpinBox* m_medium = nullptr;
    QDoubleSpinBox* m_high = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace gs
