// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DeadlinesPanel.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "workflow/CaseTimeline.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gs {

DeadlinesPanel::DeadlinesPanel(Session& session, QWidget* parent)
    : QGroupBox(tr("Case deadlines"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("deadlinesPanel"));
    const bool mayChange = session.can(Permission::ManageNodeSettings);
    auto* explain = new QLabel(mayChange
            ? tr("How long each stage of a case may take on this node. Changes apply to stages that start "
                 "from now on; running deadlines keep their date.")
            : tr("How long each stage of a case may take on this node. The district office sets them."));
    explain->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->addWidget(new QLabel(tr("<b>Stage</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Time allowed</b>")), 0, 1);
    int row = 1;
    for (DeadlineStage stage : deadlineStages()) {
        auto* days = new QSpinBox;
        days->setObjectName(QStringLiteral("days_") + deadlineStageKey(stage));
        days->setRange(1, DeadlinePolicy::kMaxDays);
        days->setSuffix(tr(" day(s)"));
        days->setEnabled(mayChange);
        auto* working = new QCheckBox(tr("working days"));
        working->setObjectName(QStringLiteral("working_") + deadlineStageKey(stage));
        working->setToolTip(tr("Skip weekends and the holidays below; due at the end of the last working day"));
        working->setEnabled(mayChange);
        m_days.insert(stage, days);
        m_working.insert(stage, working);
        auto* label = new QLabel(deadlineStageLabel(stage));
        label->setBuddy(days);
        grid->addWidget(label, row, 0);
        grid->addWidget(days, row, 1);
        grid->addWidget(working, row, 2);
        ++row;
        connect(days, &QSpinBox::valueChanged, this, &DeadlinesPanel::changed);
        connect(working, &QCheckBox::toggled, this, &DeadlinesPanel::changed);
    }
    m_dueSoon = new QSpinBox;
    m_dueSoon->setObjectName(QStringLiteral("dueSoonSpin"));
    m_dueSoon->setRange(1, DeadlinePolicy::kMaxDueSoonHours);
    m_dueSoon->setSuffix(tr(" h"));
    m_dueSoon->setEnabled(mayChange);
    auto* soonLabel = new QLabel(tr("&Due soon within:"));
    soonLabel->setBuddy(m_dueSoon);
    grid->addWidget(soonLabel, row, 0);
    grid->addWidget(m_dueSoon, row, 1);
    grid->setColumnStretch(3, 1);
    connect(m_dueSoon, &QSpinBox::valueChanged, this, &DeadlinesPanel::changed);

    const auto dates = [&](const char* name, const QString& placeholder) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setReadOnly(!mayChange);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
        connect(edit, &QPlainTextEdit::textChanged, this, &DeadlinesPanel::changed);
        return edit;
    };
    m_holidays = dates("holidaysEdit", tr("One date per line, e.g.\n2026-10-01\n2026-10-02  # National Day"));
    m_makeUp = dates("makeUpEdit", tr("Weekend days that are worked, e.g.\n2026-09-27"));
    auto* dateRow = new QGridLayout;
    int column = 0;
    for (const auto& [label, edit] : { std::pair { tr("Public &holidays:"), m_holidays },
             std::pair { tr("&Make-up working days (调休):"), m_makeUp } }) {
        auto* l = new QLabel(label);
        l->setBuddy(edit);
        dateRow->addWidget(l, 0, column, Qt::AlignLeft | Qt::AlignBottom);
        dateRow->addWidget(edit, 1, column);
        ++column;
    }

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("deadlinePreview"));
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("deadlinesMessage"));
    m_save = new QPushButton(tr("&Save deadlines"));
    m_save->setObjectName(QStringLiteral("saveDeadlinesButton"));
    m_save->setVisible(mayChange);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &DeadlinesPanel::save);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview, 1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(grid);
    layout->addLayout(dateRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    load();
}

void DeadlinesPanel::load()
{
    m_loading = true;
    const DeadlinePolicy policy = DeadlinePolicy::load(m_session);
    for (DeadlineStage stage : deadlineStages()) {
        m_days.value(stage)->setValue(policy.duration(stage).days);
        m_working.value(stage)->setChecked(policy.duration(stage).workingDays);
    }
    m_dueSoon->setValue(policy.dueSoonHours);
    m_holidays->setPlainText(WorkingCalendar::formatDates(policy.calendar.holidays()));
    m_makeUp->setPlainText(WorkingCalendar::formatDates(policy.calendar.makeUpWorkdays()));
    m_loading = false;
    m_save->setEnabled(false);
    updatePreview();
}

std::optional<DeadlinePolicy> DeadlinesPanel::edited(QString* problem) const
{
    DeadlinePolicy p;
    for (DeadlineStage stage : deadlineStages())
        p.setDuration(stage, { m_days.value(stage)->value(), m_working.value(stage)->isChecked() });
    p.dueSoonHours = m_dueSoon->value();
    QList<QDate> holidays, makeUp;
    QString bad;
    if (!WorkingCalendar::parseDates(m_holidays->toPlainText(), &holidays, &bad)) {
        *problem = tr("Public holidays: %1").arg(bad);
        return std::nullopt;
    }
    if (!WorkingCalendar::parseDates(m_makeUp->toPlainText(), &makeUp, &bad)) {
        *problem = tr("Make-up working days: %1").arg(bad);
        return std::nullopt;
    }
    p.calendar
        = WorkingCalendar(QSet<QDate>(holidays.cbegin(), holidays.cend()), QSet<QDate>(makeUp.cbegin(), makeUp.cend()));
    if (const QStringList problems = p.problems(); !problems.isEmpty()) {
        *problem = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return p;
}

void DeadlinesPanel::changed()
{
    if (m_loading)
        return;
    QString problem;
    const auto policy = edited(&problem);
    showError(m_message, problem);
    m_save->setEnabled(policy.has_value() && !(*policy == DeadlinePolicy::load(m_session)));
    updatePreview();
}

void DeadlinesPanel::updatePreview()
{
    QString problem;
    const auto policy = edited(&problem);
    if (!policy) {
        m_preview->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_preview->setText(tr("A triage starting now is due %1; a district review starting now, %2.")
                           .arg(QLocale().toString(policy->deadline(DeadlineStage::Triage, now), QLocale::ShortFormat),
                               QLocale().toString(policy->deadline(DeadlineStage::Review, now), QLocale::ShortFormat)));
}

bool DeadlinesPanel::save()
{
    QString problem;
    const auto policy = edited(&problem);
    if (!policy) {
        showError(m_message, problem);
        return false;
    }
    if (Status s = DeadlinePolicy::save(m_session, *policy); !s) {
        showError(m_message, s.error().message);
        return false;
    }
    load();
    showNote(m_message, tr("Saved. New stages use these deadlines."));
    return true;
}

} // namespace gs
