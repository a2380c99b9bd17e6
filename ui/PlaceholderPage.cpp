// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PlaceholderPage.h"

#include "FormHelpers.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gs {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& text, QWidget* parent) : QWidget(parent)
{
    auto* heading = makeTitleLabel(title, this, 6);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto* body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("pageText"));
    body->setWordWrap(true);
    body->setMaximumWidth(640);
    body->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace gs
