// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AssignDialog.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "structure/StructureQuery.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gs {

AssignDialog::AssignDialog(Session& session, const QString& leadId, QWidget* parent)
    : StepDialog(session, leadId, parent)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign triage"));
    setOkText(tr("&Assign"));
    QString current;
    if (!state().assigneeUserId.isEmpty()) {
        if (auto names = StructureQuery(session).userDisplayNames({ state().assigneeUserId }))
            current = names->value(state().assigneeUserId);
    }
    auto* intro = new QLabel(current.isEmpty() ? tr("Nobody has this case yet. Choose who triages it.")
                                               : tr("Assigned to %1 now. Choose who triages it instead.").arg(current));
    intro->setWordWrap(true);
    content()->addWidget(intro);
    m_people = new QTreeWidget;
    m_people->setObjectName(QStringLiteral("assigneeList"));
    m_people->setRootIsDecorated(false);
    m_people->setAlternatingRowColors(true);
    m_people->setHeaderLabels({ tr("Name"), tr("Role"), tr("Paired with the reporter"), tr("Open cases") });
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_people->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    content()->addWidget(m_people, 1);
    content()->addWidget(addMessage(QStringLiteral("assignee"), this));
    if (auto users = CaseWorkflow(session).assignableUsers(leadId)) {
        for (const CaseWorkflow::Assignable& u : *users) {
            auto* item = new QTreeWidgetItem(m_people,
                { u.displayName, roleDisplayName(u.role), u.paired ? tr("yes") : QString(),
                    QString::number(u.openCases) });
            item->setData(0, Qt::UserRole, u.userId);
            if (u.userId == state().assigneeUserId)
                item->setDisabled(true);
        }
    } else {
        showError(formMessage(), users.error().message);
    }
    m_take = new QPushButton(tr("&Take it myself"));
    m_take->setObjectName(QStringLiteral("takeItMyselfButton"));
    connect(m_take, &QPushButton::clicked, this, [this] {
        if (select(this->session().user().id))
            apply();
    });
    content()->addWidget(m_take, 0, Qt::AlignLeft);
    auto* form = new QFormLayout;
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_note->setPlaceholderText(tr("Why this person (e.g. the paired volunteer is on leave)"));
    addFieldRow(form, tr("&Note:"), m_note, addMessage(QStringLiteral("note"), this));
    content()->addLayout(form);
    connect(m_people, &QTreeWidget::itemDoubleClicked, this, [this] { apply(); });
    resize(620, 460);
}

bool AssignDialog::select(const QString& userId)
{
    for (int i = 0; i < m_people->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_people->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == userId) {
            m_people->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

TransitionInput AssignDialog::input() const
{
    TransitionInput in;
    if (QTreeWidgetItem* item = m_people->currentItem())
        in.assigneeUserId = item->data(0, Qt::UserRole).toString();
    in.note = m_note->toPlainText();
    return in;
}

} // namespace gs
