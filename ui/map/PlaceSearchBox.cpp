// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PlaceSearchBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace gs {

namespace {

QString kindLabel(map::Place::Kind kind)
{
    switch (kind) {
    case map::Place::Kind::Street:
        return PlaceSearchBox::tr("street");
    case map::Place::Kind::Community:
        return PlaceSearchBox::tr("community");
    case map::Place::Kind::Grid:
        return PlaceSearchBox::tr("grid");
    case map::Place::Kind::LeadAddress:
        return PlaceSearchBox::tr("lead address");
    case map::Place::Kind::Coordinates:
        return PlaceSearchBox::tr("coordinates");
    }
    return {};
}

} // namespace

PlaceSearchBox::PlaceSearchBox(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("placeSearch"));
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Find a street, community, grid, address or coordinates"));
    setToolTip(tr("Type a name (五山街道, 华工社区), an address of a lead, or coordinates such as 113.3612, 23.1247."));
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(12);
    connect(this, &QLineEdit::textEdited, this, &PlaceSearchBox::refresh);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { choose(index.data(Qt::UserRole).toInt()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the highlighted suggestion, else the first (choosing twice is harmless).
        const QModelIndex current
            = m_completer->popup()->isVisible() ? m_completer->popup()->currentIndex() : QModelIndex();
        const int row = current.isValid() ? current.data(Qt::UserRole).toInt() : 0;
        if (!current.isValid())
            refresh(text());
        if (m_results.isEmpty())
            Q_EMIT nothingFound(tr("Nothing called “%1” is on this map.").arg(text().trimmed()));
        else
            choose(row);
    });
}

void PlaceSearchBox::refresh(const QString& text)
{
    m_results = m_search ? m_search->search(text, 15) : QList<map::Place>();
    m_model->clear();
    for (int i = 0; i < m_results.size(); ++i) {
        const map::Place& p = m_results.at(i);
        auto* item = new QStandardItem(p.detail.isEmpty()
                ? QStringLiteral("%1  (%2)").arg(p.title, kindLabel(p.kind))
                : QStringLiteral("%1  (%2) — %3").arg(p.title, kindLabel(p.kind), p.detail));
        item->setData(i, Qt::UserRole);
        m_model->appendRow(item);
    }
    if (!m_results.isEmpty() && hasFocus())
        m_completer->complete();
}

void PlaceSearchBox::choose(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    const map::Place place = m_results.at(row);
    m_completer->popup()->hide();
    Q_EMIT placeChosen(place);
}

} // namespace gs
