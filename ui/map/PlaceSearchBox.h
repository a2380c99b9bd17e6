// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "map/PlaceSearch.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace gs {

/// A search field for places: suggestions (streets, communities, grids, lead addresses, typed coordinates)
/// drop down while typing; Enter takes the first one.
class PlaceSearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit PlaceSearchBox(QWidget* parent = nullptr);

    /// The search to use (not owned; may be replaced, e.g. after a reload).
    void setSearch(const map::PlaceSearch* search) { m_search = search; }
    /// What the current text finds.
    QList<map::Place> results() const { return m_results; }
    QCompleter* suggestions() const { return m_completer; }

Q_SIGNALS:
    void placeChosen(const gs::map::Place& place);
    /// The text found nothing (and is not coordinates): a translated hint.
    void nothingFound(const QString& hint);

private:
    void refresh(const QString& text);
    void choose(int row);

    const map::PlaceSearch* m_search = nullptr;
    QList<map::Place> m_results;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace gs
