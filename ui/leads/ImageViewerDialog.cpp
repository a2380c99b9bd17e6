// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "ImageViewerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gs {

ImageViewerDialog::ImageViewerDialog(const QImage& image, const QString& title, QWidget* parent)
    : QDialog(parent), m_image(image)
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("imageLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* fit = buttons->addButton(tr("&Actual size"), QDialogButtonBox::ActionRole);
    fit->setObjectName(QStringLiteral("fitButton"));
    connect(fit, &QPushButton::clicked, this, [this, fit] {
        m_fit = !m_fit;
        fit->setText(m_fit ? tr("&Actual size") : tr("&Fit to window"));
        m_scroll->setWidgetResizable(m_fit);
        updatePixmap();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    auto* info = new QLabel(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(info);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    const QSize available = (screen() ? screen()->availableSize() : QSize(1366, 768)) * 0.8;
    resize(image.size().expandedTo(QSize(480, 360)).boundedTo(available) + QSize(40, 80));
    updatePixmap();
}

void ImageViewerDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    updatePixmap();
}

void ImageViewerDialog::updatePixmap()
{
    if (m_image.isNull())
        return;
    if (!m_fit) {
        m_label->setPixmap(QPixmap::fromImage(m_image));
        m_label->adjustSize();
        return;
    }
    const QSize box = m_scroll->viewport()->size() - QSize(4, 4);
    const QImage scaled = m_image.size().width() > box.width() || m_image.size().height() > box.height()
        ? m_image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : m_image;
    m_label->setPixmap(QPixmap::fromImage(scaled));
}

} // namespace gs
