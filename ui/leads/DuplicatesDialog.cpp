// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DuplicatesDialog.h"

#include "FormHelpers.h"
#include "domain/Lead.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gs {

DuplicatesDialog::DuplicatesDialog(const QList<DuplicateCandidate>& candidates, bool saved, QWidget* parent)
    : QDialog(parent), m_candidates(candidates)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Possible duplicates"));
    auto* intro = new QLabel(saved ? tr("The lead has been filed. These leads look like the same matter. Link it to one of "
                                        "them so they are handled together, or continue without linking.")
                                   : tr("These leads look like the same matter. Choose one to link the new lead to when it is "
                                        "submitted, or continue without linking."));
    intro->setWordWrap(true);

    m_view = new QTreeWidget;
    m_view->setObjectName(QStringLiteral("duplicatesView"));
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({ tr("Case no."), tr("Title"), tr("Status"), tr("Why it looks the same") });
    for (const DuplicateCandidate& c : candidates) {
        auto* item = new QTreeWidgetItem(m_view, { c.caseNo, c.title, leads::statusLabel(c.status), c.reasons.join(tr("; ")) });
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(1, c.title);
        item->setToolTip(3, c.reasons.join(QLatin1Char('\n')));
    }
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    if (m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));

    auto* buttons = new QDialogButtonBox;
    m_link = buttons->addButton(tr("&Link to selected"), QDialogButtonBox::AcceptRole);
    m_link->setObjectName(QStringLiteral("linkButton"));
    QPushButton* goOn = buttons->addButton(tr("&Continue without linking"), QDialogButtonBox::RejectRole);
    goOn->setObjectName(QStringLiteral("continueButton"));
    m_link->setDefault(true);
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_view->currentItem()) {
            m_linked = item->data(0, Qt::UserRole).toString();
            accept();
        }
    });
    connect(goOn, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &QTreeWidget::itemActivated, m_link, &QPushButton::click);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { m_link->setEnabled(item); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTitleLabel(tr("Possible duplicates (%1)").arg(candidates.size()), this, 2));
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 360);
}

} // namespace gs
