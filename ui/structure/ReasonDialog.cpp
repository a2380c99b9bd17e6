// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "ReasonDialog.h"

#include "FormHelpers.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, const QString& actionText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* text = new QLabel(prompt, this);
    text->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(200);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setVisible(false);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setVisible(false);
    m_problem = makeMessageLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_dateLabel, m_date);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_ok->setEnabled(!t.trimmed().isEmpty());
        showError(m_problem, QString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ReasonDialog::setDateRange(QDate earliest, const QString& label)
{
    m_date->setMinimumDate(earliest);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_dateLabel->setText(label);
    m_dateLabel->setBuddy(m_date);
    m_dateLabel->setVisible(true);
    m_date->setVisible(true);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}
QDate ReasonDialog::date() const
{
    return m_date->isVisible() || !m_date->isHidden() ? m_date->date() : QDate();
}

void ReasonDialog::showProblem(const QString& message)
{
    showError(m_problem, message);
}

} // namespace gs
