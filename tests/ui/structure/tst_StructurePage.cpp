// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The District structure page: tree and search, add/edit/retire, and the two imports, through the real window.
#include "DivisionFiles.h"
#include "StructureUiSupport.h"
#include "itemmodels/StructureTreeModel.h"
#include "structure/BoundaryImportDialog.h"
#include "structure/DistrictChanges.h"
#include "structure/DivisionImportDialog.h"
#include "structure/ReasonDialog.h"
#include "structure/StructurePage.h"
#include "structure/StructureRepository.h"
#include "structure/UnitDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

using namespace gs;
using namespace gs::test;

class tst_StructurePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importDivisionsWithProgressAndCancel();
    void addEditAndRetireAGrid();
    void searchKeepsThePath();
    void importBoundaries();
    void hiddenForSentinels();
};

void tst_StructurePage::importDivisionsWithProgressAndCancel()
{
    auto s = signInEmpty();
    QTemporaryDir files;
    QCOMPARE(DivisionFiles::writeNational(files.path()), qint64(600000));
    MainWindow* window = s->window();
    window->showPage(MainWindow::StructurePageKey);
    StructurePage* page = window->structurePage();
    QVERIFY(page);
    QCOMPARE(page->model()->unitCount(), 0);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("importDivisionsButton")), Qt::LeftButton);
    DivisionImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<DivisionImportDialog>()));
    // The folder comes from the (scripted) folder chooser; the district is typed.
    s->prompter().setNextFileName(files.path());
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("browseButton")), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(dialog->folderEdit()->text()), files.path());
    QCOMPARE(dialog->districtEdit()->text(), QStringLiteral("320106")); // the node's district, prefilled
    dialog->districtEdit()->clear();
    QTest::keyClicks(dialog->districtEdit(), QStringLiteral("442507"));

    // Cancel: nothing is imported.
    QTest::mouseClick(dialog->readButton(), Qt::LeftButton);
    QVERIFY(dialog->isReading());
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(!dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 30000);
    QVERIFY2(
        dialog->statusLabel()->text().contains(QStringLiteral("cancelled")), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(scalar(s->session(), "SELECT count(*) FROM streets"), 0);

    // Read to the end: progress moves and the window keeps handling events while the worker reads.
    int ticks = 0, maxProgress = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        ++ticks;
        maxProgress = std::max(maxProgress, dialog->progressBar()->value());
    });
    heartbeat.start(10);
    QElapsedTimer reading;
    reading.start();
    QTest::mouseClick(dialog->readButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 60000);
    heartbeat.stop();
    const qint64 ms = reading.elapsed();
    qInfo("read in %lld ms, %d event-loop ticks, progress up to %d/1000", ms, ticks, maxProgress);
    QVERIFY2(ticks >= ms / 10 / 4, "the GUI thread must stay responsive while the files are read");
    if (ms > 400)
        QVERIFY2(maxProgress > 0, "the progress bar must move during a long read");
    QVERIFY(dialog->plan().has_value());
    QVERIFY(dialog->plan()->ok());
    QCOMPARE(dialog->previewTable()->rowCount(), 611);
    QCOMPARE(dialog->previewTable()->item(0, 1)->text(), QStringLiteral("442507"));
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("611 000"))
        || dialog->statusLabel()->text().contains(QStringLiteral("611,000")));
    QVERIFY(dialog->importButton()->isEnabled());

    QSignalSpy changed(window->districtChanges(), &DistrictChanges::structureChanged);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<DivisionImportDialog>());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(scalar(s->session(), "SELECT count(*) FROM streets"), 10);
    QCOMPARE(scalar(s->session(), "SELECT count(*) FROM communities"), 600);
    QCOMPARE(page->model()->unitCount(), 611);
    QVERIFY(child<QLabel>(page, QStringLiteral("structureMessage"))->text().contains(QStringLiteral("611 added")));
}

void tst_StructurePage::addEditAndRetireAGrid()
{
    auto s = signInDemo();
    MainWindow* window = s->window();
    window->showPage(MainWindow::StructurePageKey);
    StructurePage* page = window->structurePage();
    QCOMPARE(page->model()->unitCount(), 1 + 21 + 230 + 879);
    auto community = StructureRepository(s->session()).findByCode(UnitLevel::Community, QStringLiteral("440106001001"));
    QVERIFY(community && *community);
    page->selectUnit((*community)->id);
    QCOMPARE(page->selectedUnitId(), (*community)->id);
    auto* add = child<QPushButton>(page, QStringLiteral("addUnitButton"));
    QVERIFY(add->text().contains(QStringLiteral("grid")));
    QTest::mouseClick(add, Qt::LeftButton);
    UnitDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<UnitDialog>()));
    // A free code is suggested; a bad one is refused as typed.
    QVERIFY(dialog->codeEdit()->text().startsWith(QStringLiteral("440106001001-G")));
    const QString suggested = dialog->codeEdit()->text();
    dialog->codeEdit()->clear();
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("440106001001"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->codeEdit()->setText(suggested);
    typeText(dialog->nameEdit(), QStringLiteral("岳洲新网格"));
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(GridKind::Building)));
    QVERIFY(dialog->responsibleCombo()->count() > 1);
    dialog->responsibleCombo()->setCurrentIndex(1);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<UnitDialog>());
    auto added = StructureRepository(s->session()).findByCode(UnitLevel::Grid, suggested);
    QVERIFY(added && *added);
    QCOMPARE((*added)->gridKind, GridKind::Building);
    QVERIFY(!(*added)->responsiblePersonId.isEmpty());
    QCOMPARE(page->selectedUnitId(), (*added)->id);
    QVERIFY(child<QLabel>(page, QStringLiteral("unitTitleLabel"))->text().contains(QStringLiteral("岳洲新网格")));
    QVERIFY(
        child<QListWidget>(page, QStringLiteral("unitHistoryList"))->item(0)->text().contains(QStringLiteral("Added")));

    // Retire it with a reason.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("retireUnitButton")), Qt::LeftButton);
    ReasonDialog* reason = nullptr;
    QTRY_VERIFY((reason = visibleDialog<ReasonDialog>()));
    QVERIFY(!reason->okButton()->isEnabled());
    typeText(reason->reasonEdit(), QStringLiteral("并入岳洲第1网格"));
    QTest::mouseClick(reason->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<ReasonDialog>());
    QTRY_VERIFY(page->model()->data(page->model()->indexOf((*added)->id), StructureTreeModel::RetiredRole).toBool());
    QCOMPARE(child<QPushButton>(page, QStringLiteral("retireUnitButton"))->text(), QStringLiteral("Res&tore"));
    QVERIFY(
        child<QLabel>(page, QStringLiteral("unitDetailsLabel"))->text().contains(QStringLiteral("并入岳洲第1网格")));
    // Hidden when retired units are not shown.
    child<QCheckBox>(page, QStringLiteral("showRetiredCheck"))->setChecked(false);
    QVERIFY(!page->model()->indexOf((*added)->id).isValid());
}

void tst_StructurePage::searchKeepsThePath()
{
    auto s = signInDemo();
    s->window()->showPage(MainWindow::StructurePageKey);
    StructurePage* page = s->window()->structurePage();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("440106001001-G0"));
    // One street of 21 remains once the (debounced) filter applies.
    QTRY_COMPARE(page->proxy()->rowCount(page->proxy()->index(0, 0)), 1);
    QCOMPARE(page->proxy()->rowCount(), 1);
    const QModelIndex district = page->proxy()->index(0, 0);
    const QModelIndex community = page->proxy()->index(0, 0, page->proxy()->index(0, 0, district));
    QVERIFY(page->proxy()->rowCount(community) >= 1);
    QVERIFY(page->view()->isExpanded(district));
}

void tst_StructurePage::importBoundaries()
{
    auto s = signInDemo();
    s->window()->showPage(MainWindow::StructurePageKey);
    StructurePage* page = s->window()->structurePage();
    const QString path = s->dir.filePath(QStringLiteral("b.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"440106001001-G01"},
        "geometry":{"type":"Polygon","coordinates":[[[113.35,23.16],[113.36,23.16],[113.36,23.17],[113.35,23.17],[113.35,23.16]]]}},
        {"type":"Feature","properties":{"code":"440106001001-G99"},
        "geometry":{"type":"Polygon","coordinates":[[[113.35,23.16],[113.36,23.16],[113.36,23.17],[113.35,23.16]]]}}]})");
    file.close();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("importBoundariesButton")), Qt::LeftButton);
    BoundaryImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<BoundaryImportDialog>()));
    QTest::keyClicks(dialog->fileEdit(), path);
    dialog->crsCombo()->setCurrentIndex(dialog->crsCombo()->findData(QStringLiteral("gcj02")));
    QTest::mouseClick(dialog->readButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isReading());
    // Feature 2 has no such grid: a per-feature problem, and nothing can be imported.
    QVERIFY(dialog->problemList()->isVisible());
    QVERIFY(dialog->problemList()->item(0)->text().contains(QStringLiteral("440106001001-G99")));
    QVERIFY(!dialog->importButton()->isEnabled());
    // Fixed file: one boundary, imported.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"440106001001-G01"},
        "geometry":{"type":"Polygon","coordinates":[[[113.35,23.16],[113.36,23.16],[113.36,23.17],[113.35,23.17],[113.35,23.16]]]}}]})");
    file.close();
    QTest::mouseClick(dialog->readButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isReading() && dialog->importButton()->isEnabled());
    QCOMPARE(dialog->previewTable()->rowCount(), 1);
    QCOMPARE(dialog->previewTable()->item(0, 4)->text(), QStringLiteral("Replaces the stored one"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<BoundaryImportDialog>());
    auto grid = StructureRepository(s->session()).findByCode(UnitLevel::Grid, QStringLiteral("440106001001-G01"));
    auto history = StructureRepository(s->session()).history(UnitLevel::Grid, (*grid)->id);
    QCOMPARE(history->last().payload.value(QStringLiteral("crs")).toString(), QStringLiteral("gcj02"));
    page->selectUnit((*grid)->id);
    QVERIFY(child<QListWidget>(page, QStringLiteral("unitHistoryList"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("b.geojson")));
}

void tst_StructurePage::hiddenForSentinels()
{
    QTemporaryDir dir;
    const TestNode node = createNode(dir.path());
    addUser(node, QStringLiteral("li.sentinel"), Role::Sentinel, QStringLiteral("long enough passphrase"));
    AppController controller(node.path);
    controller.setKdfParamsForTesting(kFastKdf);
    controller.prompter().setScripted(true);
    controller.start();
    signIn(controller, QStringLiteral("li.sentinel"), QStringLiteral("long enough passphrase"));
    QVERIFY(!controller.mainWindow()->structurePage());
    QVERIFY(!controller.mainWindow()->peoplePage());
    QVERIFY(!controller.mainWindow()->pageKeys().contains(MainWindow::StructurePageKey));
}

QTEST_MAIN(tst_StructurePage)
#include "tst_StructurePage.moc"
