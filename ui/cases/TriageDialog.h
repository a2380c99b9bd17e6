// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "StepDialog.h"

#include <QMap>

class QButtonGroup;
class QRadioButton;

namespace gs {

/// 研判: the volunteer's (or the district office's) first judgement of a lead. Conclusion (suspected, unfounded,
/// needs more information), the grounds (承诺保本保息, 高额返利, 公开宣传, 面向不特定对象, 无金融牌照, 资金异常 and
/// other grounds in words), confidence, cross-check notes (信息交叉验证), follow-up actions and a note, with the lead's
/// risk screening explained beside the form.
class TriageDialog : public StepDialog
{
    Q_OBJECT

public:
    TriageDialog(Session& session, const QString& leadId, QWidget* parent = nullptr);

    QRadioButton* conclusionButton(const QString& key) const { return m_conclusions.value(key); }
    QCheckBox* basisBox(const QString& key) const { return m_basis.value(key); }
    QRadioButton* confidenceButton(const QString& key) const { return m_confidence.value(key); }
    QLineEdit* otherBasisEdit() const { return m_other; }
    QPlainTextEdit* crossCheckEdit() const { return m_crossCheck; }
    QPlainTextEdit* followUpEdit() const { return m_followUp; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QString conclusion() const;

protected:
    QString transitionName() const override;
    TransitionInput input() const override;
    QList<FieldError> missingChoices() const override;

private:
    QWidget* buildForm();
    QWidget* buildRiskPanel();
    void conclusionChanged();

    QMap<QString, QRadioButton*> m_conclusions;
    QMap<QString, QCheckBox*> m_basis;
    QMap<QString, QRadioButton*> m_confidence;
    QButtonGroup* m_conclusionGroup = nullptr;
    QButtonGroup* m_confidenceGroup = nullptr;
    QLineEdit* m_other = nullptr;
    QPlainTextEdit* m_crossCheck = nullptr;
    QPlainTextEdit* m_followUp = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLabel* m_basisLabel = nullptr;
    QLabel* m_confidenceLabel = nullptr;
};

} // namespace gs
