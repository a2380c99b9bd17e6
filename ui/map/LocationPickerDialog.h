// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/LonLat.h"
#include "map/MapScene.h"
#include "map/PlaceSearch.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gs {

class MapView;
class PlaceSearchBox;
class Session;

/// Picks the place of a lead on the map: click or drag the pin, search the district's streets,
/// communities, grids and lead addresses, or type coordinates in WGS-84, GCJ-02 (AMap, Tencent) or BD-09
/// (Baidu). Shows which grid the point falls in. location() is WGS-84, as everything stored.
class LocationPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LocationPickerDialog(Session& session, QWidget* parent = nullptr);
    ~LocationPickerDialog() override;

    /// Starts at a place (centred, pin set), or at the whole district.
    void setLocation(std::optional<geo::LonLat> wgs84);
    std::optional<geo::LonLat> location() const { return m_location; }
    /// The grid the point falls in (the smallest, as lead saves choose it), or empty.
    QString gridId() const { return m_gridId; }

    MapView* view() const { return m_view; }
    PlaceSearchBox* searchBox() const { return m_search; }
    QLineEdit* lonEdit() const { return m_lon; }
    QLineEdit* latEdit() const { return m_lat; }
    QComboBox* crsCombo() const { return m_crs; }
    QPushButton* goButton() const { return m_go; }
    QLabel* placeLabel() const { return m_place; }
    QPushButton* okButton() const;

private:
    void place(const geo::LonLat& wgs84, bool fromTyping);
    void goToTyped();
    void showCoordinates();

    Session& m_session;
    std::unique_ptr<map::MapScene> m_scene;
    std::unique_ptr<map::PlaceSearch> m_search_;
    std::optional<geo::LonLat> m_location;
    QString m_gridId;
    MapView* m_view = nullptr;
    PlaceSearchBox* m_search = nullptr;
    QLineEdit* m_lon = nullptr;
    QLineEdit* m_lat = nullptr;
    QComboBox* m_crs = nullptr;
    QPushButton* m_go = nullptr;
    QLabel* m_place = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gs
