// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LocationPickerDialog.h"

#include "MapView.h"
#include "PlaceSearchBox.h"
#include "accounts/Session.h"
#include "map/MapRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

LocationPickerDialog::LocationPickerDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_scene(std::make_unique<map::MapScene>())
{
    setObjectName(QStringLiteral("locationPicker"));
    setWindowTitle(tr("Pick the place on the map"));
    resize(960, 680);
    // Structure and people for orientation; the leads the user may see for their addresses.
    if (auto data = map::MapDataLoader::load(session))
        m_scene->setData(std::move(data.value()));
    m_search_ = std::make_unique<map::PlaceSearch>(*m_scene);
    if (auto addresses = map::PlaceSearch::leadAddresses(session))
        m_search_->setLeadAddresses(addresses.value());

    m_view = new MapView(session, *m_scene, this);
    m_view->setMode(MapView::Mode::Pick);
    m_view->setLayers(map::defaultLayers() & ~(map::Layers(map::Layer::Pairs) | map::Layer::Heatmap));
    m_view->setLegendVisible(false);
    connect(m_view, &MapView::pinMoved, this, [this](const geo::LonLat& p) { place(p, false); });

    m_search = new PlaceSearchBox;
    m_search->setSearch(m_search_.get());
    connect(m_search, &PlaceSearchBox::placeChosen, this, [this](const map::Place& p) {
        if (!p.bounds.isEmpty() && p.kind != map::Place::Kind::LeadAddress)
            m_view->fitBox(p.bounds, 17.0);
        else
            m_view->centreOn(p.position, 17.5);
        place(p.position, true);
    });

    m_lon = new QLineEdit;
    m_lon->setObjectName(QStringLiteral("pickerLonEdit"));
    m_lon->setPlaceholderText(tr("Longitude or “lon, lat”"));
    m_lat = new QLineEdit;
    m_lat->setObjectName(QStringLiteral("pickerLatEdit"));
    m_lat->setPlaceholderText(tr("Latitude"));
    m_crs = new QComboBox;
    m_crs->setObjectName(QStringLiteral("pickerCrsCombo"));
    m_crs->addItem(tr("WGS-84 (GPS, phones)"), int(geo::Crs::Wgs84));
    m_crs->addItem(tr("GCJ-02 (AMap/Gaode, Tencent)"), int(geo::Crs::Gcj02));
    m_crs->addItem(tr("BD-09 (Baidu)"), int(geo::Crs::Bd09));
    m_crs->setToolTip(
        tr("Coordinates copied from AMap or Tencent maps are GCJ-02, from Baidu BD-09; they are converted to WGS-84."));
    m_go = new QPushButton(tr("Go"));
    m_go->setObjectName(QStringLiteral("pickerGoButton"));
    connect(m_go, &QPushButton::clicked, this, &LocationPickerDialog::goToTyped);
    connect(m_lon, &QLineEdit::returnPressed, this, &LocationPickerDialog::goToTyped);
    connect(m_lat, &QLineEdit::returnPressed, this, &LocationPickerDialog::goToTyped);

    m_place = new QLabel;
    m_place->setObjectName(QStringLiteral("pickerPlaceLabel"));
    m_place->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("pickerError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* entry = new QGridLayout;
    entry->addWidget(new QLabel(tr("Find:")), 0, 0);
    entry->addWidget(m_search, 0, 1, 1, 4);
    entry->addWidget(new QLabel(tr("Coordinates:")), 1, 0);
    entry->addWidget(m_lon, 1, 1);
    entry->addWidget(m_lat, 1, 2);
    entry->addWidget(m_crs, 1, 3);
    entry->addWidget(m_go, 1, 4);
    entry->setColumnStretch(1, 1);
    entry->setColumnStretch(2, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this place"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_place);
    layout->addWidget(m_buttons);
    m_place->setText(tr("Click the map where it happened, or drag the pin."));
    m_search->setFocus();
}

LocationPickerDialog::~LocationPickerDialog() = default;

QPushButton* LocationPickerDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void LocationPickerDialog::setLocation(std::optional<geo::LonLat> wgs84)
{
    if (!wgs84 || !wgs84->isValid()) {
        m_view->fitDistrict();
        return;
    }
    m_view->setPin(*wgs84);
    m_view->centreOn(*wgs84, 17.0);
    place(*wgs84, false);
}

void LocationPickerDialog::place(const geo::LonLat& wgs84, bool fromTyping)
{
    m_location = wgs84;
    m_view->setPin(wgs84);
    m_error->setVisible(false);
    const int grid = m_scene->unitAt(wgs84, UnitLevel::Grid);
    m_gridId = grid >= 0 ? m_scene->unitData(grid).id : QString();
    m_view->selectUnit(grid);
    const QString where = map::MapRenderer::formatPosition(wgs84) + QStringLiteral(" (WGS-84)");
    if (grid >= 0) {
        const QString path = m_scene->unitPath(grid);
        m_place->setText(tr("In %1 — %2\n%3").arg(m_scene->unitData(grid).name, path, where));
    } else {
        m_place->setText(tr("Outside every grid of this district — %1").arg(where));
    }
    if (!fromTyping)
        showCoordinates();
    okButton()->setEnabled(true);
}

void LocationPickerDialog::showCoordinates()
{
    if (!m_location)
        return;
    const geo::LonLat shown
        = geo::ChinaCoordinates::convert(*m_location, geo::Crs::Wgs84, geo::Crs(m_crs->currentData().toInt()));
    m_lon->setText(QString::number(shown.lon, 'f', 6));
    m_lat->setText(QString::number(shown.lat, 'f', 6));
}

void LocationPickerDialog::goToTyped()
{
    const QString text
        = m_lat->text().trimmed().isEmpty() ? m_lon->text() : m_lon->text() + QStringLiteral(", ") + m_lat->text();
    QString error;
    const auto p = map::PlaceSearch::parseCoordinates(text, geo::Crs(m_crs->currentData().toInt()), &error);
    if (!p) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_view->centreOn(*p, std::max(16.0, m_view->viewport().zoom()));
    place(*p, true);
}

} // namespace gs
