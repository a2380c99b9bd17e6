// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapSketch.h"

#include "documents/DocumentFonts.h"
#include "geo/WebMercator.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::MapSketch", text);
}

/// 1, 2 or 5 times a power of ten, at most `metres`.
double niceLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(metres, 1.0))));
    for (double f : { 5.0, 2.0, 1.0 }) {
        if (f * power <= metres)
            return f * power;
    }
    return power;
}

QString lengthText(double metres)
{
    return metres >= 1000 ? tr("%1 km").arg(metres / 1000, 0, 'g', 3) : tr("%1 m").arg(metres, 0, 'f', 0);
}

} // namespace

QImage MapSketch::render(const MapSketchInput& in, QSize pixels)
{
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(QColor(0xf3, 0xf5, 0xf7));
    // Drawn in logical units of a ~600 px wide map, so labels keep their size when the page scales the image down.
    const qreal ratio = std::max<qreal>(1.0, pixels.width() / 600.0);
    image.setDevicePixelRatio(ratio);
    const QSize size = (QSizeF(pixels) / ratio).toSize();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);

    // Extent in Web Mercator metres: the grid and the point, with room around them.
    geo::BBox box;
    if (!in.grid.isEmpty())
        box.extend(geo::boundingBox(in.grid));
    if (in.point)
        box.extend(*in.point);
    const QRectF frame(1, 1, size.width() - 2, size.height() - 2);
    if (box.isEmpty()) {
        p.setPen(QColor(0x88, 0x88, 0x88));
        p.setFont(pdf::DocumentFonts::font(11));
        p.drawText(frame, Qt::AlignCenter, tr("No place recorded"));
        p.setPen(QColor(0xbb, 0xbb, 0xbb));
        p.drawRect(frame);
        return image;
    }
    QPointF lo = geo::WebMercator::toMetres({ box.west, box.south });
    QPointF hi = geo::WebMercator::toMetres({ box.east, box.north });
    const double minSpan = 400; // metres: a lone point still shows its neighbourhood
    QPointF centre = (lo + hi) / 2;
    double spanX = std::max(hi.x() - lo.x(), minSpan) * 1.35;
    double spanY = std::max(hi.y() - lo.y(), minSpan) * 1.35;
    const double aspect = double(size.width()) / size.height();
    if (spanX / spanY < aspect)
        spanX = spanY * aspect;
    else
        spanY = spanX / aspect;
    const double scale = size.width() / spanX; // pixels per Mercator metre
    const auto toPixel = [&](geo::LonLat ll) {
        const QPointF m = geo::WebMercator::toMetres(ll);
        return QPointF(
            size.width() / 2.0 + (m.x() - centre.x()) * scale, size.height() / 2.0 - (m.y() - centre.y()) * scale);
    };

    // A light graticule so the sketch reads as a map.
    p.setPen(QPen(QColor(0xe1, 0xe5, 0xea), 1));
    for (int i = 1; i < 8; ++i) {
        p.drawLine(QPointF(size.width() * i / 8.0, 0), QPointF(size.width() * i / 8.0, size.height()));
        p.drawLine(QPointF(0, size.height() * i / 8.0), QPointF(size.width(), size.height() * i / 8.0));
    }

    if (!in.grid.isEmpty()) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const geo::Polygon& polygon : in.grid.polygons) {
            for (const geo::Ring* ring : [&] {
                     QList<const geo::Ring*> rings { &polygon.outer };
                     for (const geo::Ring& hole : polygon.holes)
                         rings << &hole;
                     return rings;
                 }()) {
                for (int i = 0; i < ring->size(); ++i) {
                    if (i == 0)
                        path.moveTo(toPixel(ring->at(i)));
                    else
                        path.lineTo(toPixel(ring->at(i)));
                }
                path.closeSubpath();
            }
        }
        p.fillPath(path, QColor(0xd6, 0xe6, 0xf7));
        p.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 2.2));
        p.drawPath(path);
    }

    if (in.point) {
        const QPointF at = toPixel(*in.point);
        p.setPen(QPen(Qt::white, 2.5));
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(at, 7, 7);
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(at, 13, 13);
    }

    // Labels: grid and place top left, coordinates bottom left, scale bar bottom right, north top right.
    p.setFont(pdf::DocumentFonts::font(11, true));
    p.setPen(QColor(0x1b, 0x2a, 0x3a));
    const QRectF labels = frame.adjusted(10, 8, -60, -8);
    QString title = in.gridName.isEmpty() ? tr("Lead location") : in.gridName;
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, title);
    if (!in.placeName.isEmpty()) {
        p.setFont(pdf::DocumentFonts::font(9));
        p.drawText(labels.adjusted(0, QFontMetricsF(pdf::DocumentFonts::font(11, true)).height() + 2, 0, 0),
            Qt::AlignLeft | Qt::AlignTop, in.placeName);
    }
    p.setFont(pdf::DocumentFonts::font(8.5));
    if (in.point)
        p.drawText(frame.adjusted(10, 0, 0, -8), Qt::AlignLeft | Qt::AlignBottom,
            tr("%1° E, %2° N (WGS-84)").arg(in.point->lon, 0, 'f', 6).arg(in.point->lat, 0, 'f', 6));

    const double lat = in.point ? in.point->lat : box.centre().lat;
    const double groundPerPixel
        = std::cos(lat * M_PI / 180.0) / scale; // Mercator metres shrink by cos(lat) on the ground
    const double barMetres = niceLength(groundPerPixel * size.width() / 4);
    const double barPx = barMetres / groundPerPixel;
    const QPointF barEnd(size.width() - 14, size.height() - 14);
    const QPointF barStart(barEnd.x() - barPx, barEnd.y());
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    p.drawLine(barStart, barEnd);
    p.drawLine(barStart, barStart - QPointF(0, 5));
    p.drawLine(barEnd, barEnd - QPointF(0, 5));
    p.drawText(QRectF(barStart.x() - 40, barStart.y() - 24, barPx + 80, 16), Qt::AlignCenter, lengthText(barMetres));

    const QPointF north(size.width() - 24, 34);
    QPainterPath arrow;
    arrow.moveTo(north + QPointF(0, -16));
    arrow.lineTo(north + QPointF(7, 6));
    arrow.lineTo(north + QPointF(0, 1));
    arrow.lineTo(north + QPointF(-7, 6));
    arrow.closeSubpath();
    p.fillPath(arrow, QColor(0x33, 0x33, 0x33));
    p.setFont(pdf::DocumentFonts::font(8, true));
    p.drawText(QRectF(north.x() - 10, north.y() + 6, 20, 14), Qt::AlignCenter, QStringLiteral("N"));

    p.setPen(QColor(0xbb, 0xc2, 0xca));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    return image;
}

} // namespace gs
