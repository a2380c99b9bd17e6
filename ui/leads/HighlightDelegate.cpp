// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "HighlightDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace gs {

HighlightDelegate::HighlightDelegate(int needlesRole, QObject* parent) : QStyledItemDelegate(parent), m_role(needlesRole) { }

QColor HighlightDelegate::highlightColor() { return QColor(0xff, 0xe0, 0x66); }

QList<std::pair<int, int>> HighlightDelegate::matchRanges(const QString& text, const QStringList& needles)
{
    QList<std::pair<int, int>> found;
    for (const QString& needle : needles) {
        if (needle.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            found.append({ int(at), int(needle.size()) });
    }
    std::sort(found.begin(), found.end());
    QList<std::pair<int, int>> merged;
    for (const auto& range : found) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            const int end = std::max(merged.last().first + merged.last().second, range.first + range.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStringList needles = index.data(m_role).toStringList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (needles.isEmpty() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its text (background, selection, focus), then the text with marked ranges.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    rect.adjust(margin, 0, -margin, 0);
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width());

    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, length] : matchRanges(shown, needles)) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        range.format.setBackground(highlightColor());
        range.format.setForeground(QColor(Qt::black));
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect);
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace gs
