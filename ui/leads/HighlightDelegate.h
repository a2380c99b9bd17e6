// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>

namespace gs {

/// Draws a cell's text with the search needles (LeadListModel::SearchNeedlesRole) marked, so a Chinese
/// substring found by the search is visible in the title and entity columns. Other cells draw as usual.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(int needlesRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Where the needles occur in `text` (case-insensitive), as sorted, merged (start, length) pairs.
    static QList<std::pair<int, int>> matchRanges(const QString& text, const QStringList& needles);
    static QColor highlightColor();

private:
    int m_role;
};

} // namespace gs
