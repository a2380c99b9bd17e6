// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PairCardWidget.h"

#include "domain/Lead.h"
#include "map/MapStyle.h"

#include <QDate>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace gs {

namespace {

QString personBlock(
    const QString& role, const QColor& colour, const map::MapPerson& p, const QString& community, const QString& extra)
{
    QString html = QStringLiteral(
        "<div><span style='color:%1; font-weight:bold'>%2</span> <b style='font-size:11pt'>%3</b></div>")
                       .arg(colour.name(), role.toHtmlEscaped(), p.name.toHtmlEscaped());
    if (!extra.isEmpty())
        html += QStringLiteral("<div>%1</div>").arg(extra.toHtmlEscaped());
    if (!community.isEmpty())
        html += QStringLiteral("<div style='color:#555'>%1</div>").arg(community.toHtmlEscaped());
    if (!p.phone.isEmpty())
        html += QStringLiteral("<div>☎ %1</div>").arg(p.phone.toHtmlEscaped());
    return html;
}

} // namespace

PairCardWidget::PairCardWidget(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("pairCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 2);
    shadow->setColor(QColor(0, 0, 0, 80));
    setGraphicsEffect(shadow);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("pairCardTitle"));
    m_close = new QToolButton;
    m_close->setObjectName(QStringLiteral("pairCardClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close (Esc)"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close);

    for (QLabel** label : { &m_sentinel, &m_volunteer, &m_hats, &m_since, &m_leadsTitle }) {
        *label = new QLabel;
        (*label)->setWordWrap(true);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_sentinel->setObjectName(QStringLiteral("pairCardSentinel"));
    m_volunteer->setObjectName(QStringLiteral("pairCardVolunteer"));
    m_hats->setObjectName(QStringLiteral("pairCardHats"));
    m_since->setObjectName(QStringLiteral("pairCardSince"));
    m_leads = new QListWidget;
    m_leads->setObjectName(QStringLiteral("pairCardLeads"));
    m_leads->setMaximumHeight(110);
    m_leads->setToolTip(tr("Double-click or press Enter to open a lead"));
    connect(m_leads, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT leadActivated(item->data(Qt::UserRole).toString()); });

    auto* people = new QHBoxLayout;
    people->setSpacing(16);
    people->addWidget(m_sentinel, 1, Qt::AlignTop);
    people->addWidget(m_volunteer, 1, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(people);
    layout->addWidget(m_hats);
    layout->addWidget(m_since);
    layout->addWidget(m_leadsTitle);
    layout->addWidget(m_leads);
    setMinimumWidth(380);
    setMaximumWidth(460);
    hide();
}

void PairCardWidget::setCard(const map::PairCard& card)
{
    m_card = card;
    m_title->setText(QStringLiteral("<b>%1</b> <span style='color:#666'>%2</span>")
                         .arg(tr("Pairing card").toHtmlEscaped(), card.cardNo.toHtmlEscaped()));
    const QString sentinelExtra
        = card.sentinelGrids.isEmpty() ? QString() : card.sentinelGrids.join(QStringLiteral("、"));
    m_sentinel->setText(personBlock(
        tr("Grid sentinel"), map::MapStyle::sentinelColor(), card.sentinel, card.sentinelCommunity, sentinelExtra));
    QStringList where;
    if (!card.volunteer.institution.isEmpty())
        where << card.volunteer.institution;
    if (!card.volunteer.branch.isEmpty())
        where << card.volunteer.branch;
    m_volunteer->setText(personBlock(tr("Finance volunteer"), map::MapStyle::volunteerColor(), card.volunteer,
        card.volunteerCommunity, where.join(QStringLiteral(" · "))));
    QStringList hats;
    for (const QString& hat : map::PairCard::allHats()) {
        const bool held = card.volunteer.hats.contains(hat);
        hats << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                    .arg(held ? QStringLiteral("#1b5e20") : QStringLiteral("#9e9e9e"),
                        held ? QStringLiteral("✔") : QStringLiteral("○"), map::PairCard::hatLabel(hat).toHtmlEscaped());
    }
    m_hats->setText(
        QStringLiteral("<b>%1</b> %2").arg(tr("Hats:").toHtmlEscaped(), hats.join(QStringLiteral("&nbsp;&nbsp;"))));
    const QDate since = QDate::fromString(card.startedOn, Qt::ISODate);
    m_since->setText(
        tr("Paired since %1").arg(since.isValid() ? QLocale().toString(since, QLocale::ShortFormat) : card.startedOn));
    m_leadsTitle->setText(card.openLeadCount == 0
            ? tr("No open leads between them.")
            : tr("Open leads between them: %n", nullptr, int(card.openLeadCount)));
    m_leads->clear();
    for (const map::PairCard::OpenLead& l : card.openLeads) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2 · %3").arg(l.caseNo, l.title, leads::statusLabel(l.status)), m_leads);
        item->setData(Qt::UserRole, l.id);
        item->setForeground(map::MapStyle::riskColor(map::MapStyle::riskIndex(l.riskLevel)).darker(130));
    }
    m_leads->setVisible(!card.openLeads.isEmpty());
    adjustSize();
}

QString PairCardWidget::text() const
{
    QStringList parts;
    for (const QLabel* label : { m_title, m_sentinel, m_volunteer, m_hats, m_since, m_leadsTitle })
        parts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    for (int i = 0; i < m_leads->count(); ++i)
        parts << m_leads->item(i)->text();
    return parts.join(QLatin1Char('\n'));
}

void PairCardWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (parentWidget())
            parentWidget()->setFocus();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace gs
