// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "HighlightDelegate.h"

#include <QApplication>
#include <QPainter>

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
    QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width());
    // A match cut off by the elision is what the user searched for: show the text from just before it.
    const QList<std::pair<int, int>> all = matchRanges(text, needles);
    if (!all.isEmpty() && matchRanges(shown, needles).isEmpty()) {
        const int from = std::max(0, all.first().first - 3);
        shown = opt.fontMetrics.elidedText(QStringLiteral("…") + text.mid(from), Qt::ElideRight, rect.width());
    }

    // Marked ranges get a background; the text is drawn piece by piece with the painter, like every other cell.
    painter->save();
    painter->setClipRect(rect);
    painter->setFont(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor normal = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics& fm = opt.fontMetrics;
    int at = 0;
    int x = rect.left();
    const auto drawPiece = [&](int length, bool marked) {
        if (length <= 0)
            return;
        const QString piece = shown.mid(at, length);
        const int width = fm.horizontalAdvance(piece);
        if (marked)
            painter->fillRect(QRect(x, rect.top() + 2, width, rect.height() - 4), highlightColor());
        painter->setPen(marked ? QColor(Qt::black) : normal);
        painter->drawText(QRect(x, rect.top(), width + 1, rect.height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, piece);
        x += width;
        at += length;
    };
    for (const auto& [start, length] : matchRanges(shown, needles)) {
        drawPiece(start - at, false);
        drawPiece(length, true);
    }
    drawPiece(int(shown.size()) - at, false);
    painter->restore();
}

} // namespace gs
