// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QWidget>

class QComboBox;

namespace gs {

class Session;

/// Street → community → grid, three cascading combo boxes over StructureQuery. In Filter mode the first
/// entry of each is "Any …"; in Pick mode it is a prompt to choose.
class GridPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Filter, Pick };
    GridPicker(Session& session, Mode mode, QWidget* parent = nullptr);
    ~GridPicker() override;

    QString streetId() const;
    QString communityId() const;
    QString gridId() const;
    /// Selects a grid with its community and street (clears all for an empty or unknown id).
    void selectGrid(const QString& gridId);
    void clear();

    QComboBox* streetCombo() const { return m_street; }
    QComboBox* communityCombo() const { return m_community; }
    QComboBox* gridCombo() const { return m_grid; }

Q_SIGNALS:
    /// Any of the three changed, by the user or by selectGrid()/clear().
    void selectionChanged();

private:
    void fillStreets();
    void fillCommunities();
    void fillGrids();

    Session& m_session;
    Mode m_mode;
    QComboBox* m_street = nullptr;
    QComboBox* m_community = nullptr;
    QComboBox* m_grid = nullptr;
    bool m_updating = false;
};

} // namespace gs
