// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "map/PairCard.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QToolButton;

namespace gs {

/// The card of a pair of partners (结对共建卡), floating over the map: both names, the volunteer's
/// institution and branch, their communities, the four hats, phones, since when, and the open leads
/// between them (double-click or Enter opens one).
class PairCardWidget : public QFrame
{
    Q_OBJECT

public:
    explicit PairCardWidget(QWidget* parent = nullptr);

    void setCard(const map::PairCard& card);
    const map::PairCard& card() const { return m_card; }
    QListWidget* leadList() const { return m_leads; }
    /// All the card's text, for tests and screen readers.
    QString text() const;

Q_SIGNALS:
    void leadActivated(const QString& leadId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    map::PairCard m_card;
    QLabel* m_title = nullptr;
    QLabel* m_sentinel = nullptr;
    QLabel* m_volunteer = nullptr;
    QLabel* m_hats = nullptr;
    QLabel* m_since = nullptr;
    QLabel* m_leadsTitle = nullptr;
    QListWidget* m_leads = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace gs
