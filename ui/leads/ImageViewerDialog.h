// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace gs {

/// Shows an evidence image from memory (never from a temporary file), fitted to the window or at 100 %.
class ImageViewerDialog : public QDialog
{
    Q_OBJECT

public:
    ImageViewerDialog(const QImage& image, const QString& title, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePixmap();
    QImage m_image;
    QLabel* m_label = nullptr;
    QScrollArea* m_scroll = nullptr;
    bool m_fit = true;
};

} // namespace gs
