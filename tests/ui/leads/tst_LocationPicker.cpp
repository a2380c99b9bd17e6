// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Picking a lead's place on the map from the lead form: search, click, drag the pin, typed GCJ-02 coordinates.
#include "LeadsTestSupport.h"
#include "MapFixture.h"
#include "Prompter.h"
#include "geo/ChinaCoordinates.h"
#include "geo/Geometry.h"
#include "leads/GridPicker.h"
#include "leads/LeadForm.h"
#include "leads/LeadsPage.h"
#include "map/LocationPickerDialog.h"
#include "map/MapView.h"
#include "map/PlaceSearchBox.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>

using namespace gs;
using namespace gs::test;

namespace {

void typeInto(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

double fieldValue(LeadForm* form, const char* name)
{
    return form->findChild<QLineEdit*>(QString::fromLatin1(name))->text().toDouble();
}

} // namespace

class TestLocationPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestNode m_node;
    MapFixture m_f;
    std::unique_ptr<AppController> m_controller;

    LeadForm* openForm()
    {
        MainWindow* window = m_controller->mainWindow();
        window->showPage(MainWindow::LeadsPage);
        LeadForm* form = window->leadsPage()->openForm();
        return form;
    }

    LocationPickerDialog* openPicker(LeadForm* form)
    {
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("pickOnMapButton")), Qt::LeftButton);
        LocationPickerDialog* picker = nullptr;
        if (!QTest::qWaitFor([&] { return (picker = visibleDialog<LocationPickerDialog>()) != nullptr; }))
            return nullptr;
        picker->view()->repaint();
        return picker;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_node = createNode(m_dir.path());
        {
            auto session = Vault::unlock(m_node.path, kChief, kChiefPassword);
            QVERIFY(session.ok());
            m_f = addMapStructure(**session);
        }
        m_controller = std::make_unique<AppController>(m_node.path);
        m_controller->setKdfParamsForTesting(kFastKdf);
        m_controller->prompter().setScripted(true);
        m_controller->start();
        signIn(*m_controller, kChief, kChiefPassword);
    }

    void searchAPlaceAndUseIt()
    {
        LeadForm* form = openForm();
        QVERIFY(form);
        LocationPickerDialog* picker = openPicker(form);
        QVERIFY(picker);
        QVERIFY(!picker->okButton()->isEnabled()); // nothing picked yet
        typeInto(picker->searchBox(), QStringLiteral("岳洲社区第1网格"));
        QTest::keyClick(picker->searchBox(), Qt::Key_Return);
        QCOMPARE(picker->gridId(), m_f.g2);
        QVERIFY(picker->placeLabel()->text().contains(QStringLiteral("岳洲社区第1网格")));
        QVERIFY(picker->placeLabel()->text().contains(QStringLiteral("五山街道")));
        QVERIFY(picker->okButton()->isEnabled());
        QTest::mouseClick(picker->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<LocationPickerDialog>());
        // The form has the coordinates, and its grid picker followed them.
        const geo::LonLat at { fieldValue(form, "lonEdit"), fieldValue(form, "latEdit") };
        QVERIFY(geo::contains(boxGeometry(113.330, 23.130, 113.340, 23.135), at));
        QCOMPARE(form->findChild<GridPicker*>(QStringLiteral("gridPicker"))->gridId(), m_f.g2);
        QVERIFY(form->messageFor(QStringLiteral("grid"))->text().contains(QStringLiteral("岳洲社区第1网格")));

        // Again: the picker opens at the form's place; a click elsewhere moves the pin there.
        picker = openPicker(form);
        QVERIFY(picker);
        QVERIFY(picker->location().has_value());
        QVERIFY(geo::haversineDistance(*picker->location(), at) < 0.5);
        MapView* view = picker->view();
        view->centreOn({ 113.335, 23.135 }, 15.0);
        view->repaint();
        const QPointF g4 = view->viewport().toScreen({ 113.3345, 23.1388 });
        QVERIFY(view->rect().contains(g4.toPoint()));
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, g4.toPoint());
        QCOMPARE(picker->gridId(), m_f.g4);
        QVERIFY(geo::haversineDistance(*picker->location(), { 113.3345, 23.1388 }) < 5.0); // within a pixel at z15
        QTest::mouseClick(picker->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<LocationPickerDialog>());
        QCOMPARE(form->findChild<GridPicker*>(QStringLiteral("gridPicker"))->gridId(), m_f.g4);
        QVERIFY(std::abs(fieldValue(form, "lonEdit") - 113.3345) < 5e-5);
        QMetaObject::invokeMethod(form, "reject");
    }

    void typedGcj02CoordinatesAreStoredAsWgs84()
    {
        LeadForm* form = openForm();
        QVERIFY(form);
        const QString lonBefore
            = form->findChild<QLineEdit*>(QStringLiteral("lonEdit"))->text(); // (a resumed draft may have one)
        LocationPickerDialog* picker = openPicker(form);
        QVERIFY(picker);
        const geo::LonLat wgs { 113.3255, 23.1375 }; // in G3
        const geo::LonLat gcj = geo::ChinaCoordinates::wgs84ToGcj02(wgs); // what AMap would show for it
        picker->crsCombo()->setCurrentIndex(picker->crsCombo()->findData(int(geo::Crs::Gcj02)));
        picker->lonEdit()->setText(QString::number(gcj.lon, 'f', 6));
        picker->latEdit()->setText(QString::number(gcj.lat, 'f', 6));
        QTest::mouseClick(picker->goButton(), Qt::LeftButton);
        QVERIFY(picker->location().has_value());
        QVERIFY(geo::haversineDistance(*picker->location(), wgs) < 0.2);
        QCOMPARE(picker->gridId(), m_f.g3);
        // Nonsense is refused with a message, the pin stays.
        picker->lonEdit()->setText(QStringLiteral("abc"));
        picker->latEdit()->clear();
        QTest::mouseClick(picker->goButton(), Qt::LeftButton);
        QVERIFY(picker->findChild<QLabel*>(QStringLiteral("pickerError"))->isVisible());
        QVERIFY(geo::haversineDistance(*picker->location(), wgs) < 0.2);
        // Cancel leaves the form as it was.
        picker->reject();
        QTRY_VERIFY(!visibleDialog<LocationPickerDialog>());
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("lonEdit"))->text(), lonBefore);
        QMetaObject::invokeMethod(form, "reject");
    }

    void dragThePin()
    {
        LeadForm* form = openForm();
        LocationPickerDialog* picker = openPicker(form);
        QVERIFY(picker);
        MapView* view = picker->view();
        view->centreOn({ 113.335, 23.135 }, 15.0);
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(view->width() / 2, view->height() / 2));
        const geo::LonLat first = *picker->location();
        view->repaint();
        // Grab the pin's head and drop it 60 px to the left.
        const QPoint head(view->width() / 2, view->height() / 2 - 20);
        QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, head);
        for (int i = 1; i <= 6; ++i) {
            const QPointF at = QPointF(head) + QPointF(-10.0 * i, 0);
            QMouseEvent move(
                QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view, &move);
        }
        QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, head - QPoint(60, 0));
        QVERIFY(picker->location()->lon < first.lon - 0.0005);
        QVERIFY(std::abs(picker->location()->lat - first.lat) < 1e-6);
        picker->reject();
        QMetaObject::invokeMethod(form, "reject");
    }
};

QTEST_MAIN(TestLocationPicker)
#include "tst_LocationPicker.moc"
