// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "leads/DuplicateFinder.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace gs {

/// Shows likely duplicates of a lead (case no, title, status, why) and lets the user link the lead to one
/// of them or go on without linking. The choice is read with linkedLeadId() after the dialog closes.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(const QList<DuplicateCandidate>& candidates, bool saved, QWidget* parent = nullptr);

    /// The candidate chosen with "Link", or empty after "Continue".
    const QString& linkedLeadId() const { return m_linked; }
    QTreeWidget* view() const { return m_view; }

private:
    QList<DuplicateCandidate> m_candidates;
    QTreeWidget* m_view = nullptr;
    QPushButton* m_link = nullptr;
    QString m_linked;
};

} // namespace gs
