// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "leads/LeadQuery.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace gs {

class GridPicker;
class LeadDetailView;
class LeadForm;
class LeadListModel;
class MultiSelectButton;
class Prompter;
class Session;

/// The leads the user may see: search (Chinese substrings, highlighted in the list), filters, the lazily
/// loaded list, the count, and the way into filing (New lead, Ctrl+N) and into one lead (Enter/double-click).
class LeadsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    LeadsPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~LeadsPage() override;

    LeadListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    /// The open lead form, if any.
    LeadForm* form() const;
    LeadDetailView* detailView() const;
    LeadFilter currentFilter() const;

    /// Opens the form for a new lead (offering an unfinished draft) or for editing `leadId`.
    LeadForm* openForm(const QString& leadId = {});
    LeadDetailView* openDetail(const QString& leadId);
    /// Keeps an open form's typing as a draft before the session goes.
    void prepareForLock();

private:
    QWidget* buildFilterBar();
    void applyFilter();
    void clearFilters();
    void updateCount(qint64 total);
    void syncSortIndicator();

    Session& m_session;
    Prompter& m_prompter;
    LeadListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QPushButton* m_newLead = nullptr;
    MultiSelectButton* m_statuses = nullptr;
    MultiSelectButton* m_groups = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_risk = nullptr;
    GridPicker* m_grid = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_mine = nullptr;
    QCheckBox* m_myPairs = nullptr;
    QCheckBox* m_overdue = nullptr;
    QPointer<LeadForm> m_form;
    QPointer<LeadDetailView> m_detail;
};

} // namespace gs
