// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Renders the District structure and People & Pairings screens (over the 天河区 demo) to PNG for a look.
// Usage: QT_QPA_PLATFORM=offscreen structure_screenshots [output-folder]   (GS_LANG=zh_CN for Chinese)
#include "DivisionFiles.h"
#include "StructureUiSupport.h"
#include "Translations.h"
#include "people/CsvImportDialog.h"
#include "people/PairingDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "structure/BoundaryImportDialog.h"
#include "structure/DivisionImportDialog.h"
#include "structure/ReasonDialog.h"
#include "structure/StructurePage.h"
#include "structure/StructureRepository.h"
#include "structure/UnitDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace gs;
using namespace gs::test;

namespace {

QString g_out;

void save(QWidget* w, const QString& name)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    qInfo("%s (%dx%d)", qPrintable(file), w->width(), w->height());
}

template <typename Pred> bool waitFor(Pred pred, int ms = 30000)
{
    QDeadlineTimer deadline(ms);
    while (!pred() && !deadline.hasExpired())
        QTest::qWait(10);
    return pred();
}

template <typename T> T* waitForDialog()
{
    T* found = nullptr;
    waitFor([&] { return (found = visibleDialog<T>()) != nullptr; });
    return found;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    if (const QString lang = qEnvironmentVariable("GS_LANG"); !lang.isEmpty())
        gs::installTranslations(app, lang);
    QDir().mkpath(g_out);
    auto s = signInDemo();
    MainWindow* window = s->window();

    // District structure.
    window->showPage(MainWindow::StructurePageKey);
    StructurePage* page = window->structurePage();
    auto grid = StructureRepository(s->session()).findByCode(UnitLevel::Grid, QStringLiteral("440106001004-G01"));
    page->selectUnit((*grid)->id);
    save(window, QStringLiteral("s01-structure-grid"));
    page->searchEdit()->setText(QStringLiteral("茶山"));
    QTest::qWait(300);
    save(window, QStringLiteral("s02-structure-search"));
    page->searchEdit()->clear();
    QTest::qWait(300);
    auto community = StructureRepository(s->session()).findByCode(UnitLevel::Community, QStringLiteral("440106001004"));
    page->selectUnit((*community)->id);
    page->openAddDialog();
    if (auto* d = waitForDialog<UnitDialog>()) {
        d->nameEdit()->setText(QStringLiteral("华工第9网格"));
        save(d, QStringLiteral("s03-add-grid"));
        d->codeEdit()->setText(QStringLiteral("440106001004"));
        save(d, QStringLiteral("s04-add-grid-bad-code"));
        d->reject();
    }
    page->openEditDialog();
    if (auto* d = waitForDialog<UnitDialog>()) {
        save(d, QStringLiteral("s05-edit-community"));
        d->reject();
    }

    QTemporaryDir files;
    DivisionFiles standard { files.path() };
    standard.writeStandard();
    page->openDivisionImport();
    if (auto* d = waitForDialog<DivisionImportDialog>()) {
        save(d, QStringLiteral("s06-division-import-empty"));
        d->folderEdit()->setText(files.path());
        d->districtEdit()->setText(QStringLiteral("440106, 440104"));
        d->readButton()->click();
        waitFor([&] { return !d->isReading(); });
        save(d, QStringLiteral("s07-division-import-preview"));
        standard.write(QStringLiteral("streets.csv"), QStringLiteral("code,name,areaCode,provinceCode,cityCode"),
            { QStringLiteral("440106001,五山街道,440106,44,4401"), QStringLiteral("44010602,员村街道,440106,44,4401"),
                QStringLiteral("440106001,五山街道,440106,44,4401") });
        d->readButton()->click();
        waitFor([&] { return !d->isReading(); });
        save(d, QStringLiteral("s08-division-import-errors"));
        QTemporaryDir national;
        DivisionFiles::writeNational(national.path());
        d->folderEdit()->setText(national.path());
        d->districtEdit()->setText(QStringLiteral("445020"));
        d->readButton()->click();
        waitFor([&] { return d->progressBar()->value() > 0 || !d->isReading(); });
        save(d, QStringLiteral("s09-division-import-reading"));
        waitFor([&] { return !d->isReading(); });
        d->reject();
    }
    const QString geojson = QDir(files.path()).filePath(QStringLiteral("grids.geojson"));
    {
        QFile f(geojson);
        f.open(QIODevice::WriteOnly);
        f.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"440106001004-G01","name":"华工社区第1网格"},"geometry":{"type":"Polygon","coordinates":[[[113.35,23.16],[113.36,23.16],[113.36,23.17],[113.35,23.17],[113.35,23.16]]]}},
            {"type":"Feature","properties":{"code":"440106001004-G02"},"geometry":{"type":"Polygon","coordinates":[[[113.35,23.16],[113.36,23.17],[113.36,23.16],[113.35,23.17],[113.35,23.16]]]}},
            {"type":"Feature","properties":{"name":"不存在的网格"},"geometry":{"type":"Polygon","coordinates":[[[113.35,23.16],[113.36,23.16],[113.36,23.17],[113.35,23.16]]]}}]})");
    }
    page->openBoundaryImport();
    if (auto* d = waitForDialog<BoundaryImportDialog>()) {
        d->fileEdit()->setText(geojson);
        d->crsCombo()->setCurrentIndex(2);
        d->readButton()->click();
        waitFor([&] { return !d->isReading(); });
        save(d, QStringLiteral("s10-boundary-import-errors"));
        d->reject();
    }
    window->resize(window->minimumSize());
    save(window, QStringLiteral("s11-structure-minimum"));
    window->resize(1366, 768);

    // People & Pairings.
    window->showPage(MainWindow::PeoplePage);
    PeoplePage* people = window->peoplePage();
    people->peopleView()->selectRow(0);
    save(window, QStringLiteral("p01-people"));
    people->tabs()->setCurrentIndex(1);
    people->pairingView()->selectRow(0);
    save(window, QStringLiteral("p02-pairings"));
    people->openNewPairing();
    if (auto* d = waitForDialog<PairingDialog>()) {
        d->sentinelCombo()->setCurrentIndex(1);
        d->volunteerCombo()->setCurrentIndex(2);
        save(d, QStringLiteral("p03-new-pairing"));
        d->reject();
    }
    people->rePairSelected();
    if (auto* d = waitForDialog<PairingDialog>()) {
        save(d, QStringLiteral("p04-re-pair"));
        d->reject();
    }
    people->endSelectedPairing();
    if (auto* d = waitForDialog<ReasonDialog>()) {
        d->reasonEdit()->setText(QStringLiteral("志愿者调岗"));
        save(d, QStringLiteral("p05-end-card"));
        d->reject();
    }
    people->previewSelectedCard();
    if (auto* d = waitForDialog<QPrintPreviewDialog>()) {
        save(d, QStringLiteral("p06-card-preview"));
        d->close();
    }
    people->tabs()->setCurrentIndex(0);
    people->openNewPerson(PersonKind::Sentinel);
    if (auto* d = waitForDialog<PersonDialog>()) {
        d->nameEdit()->setText(QStringLiteral("周小红"));
        d->phoneEdit()->setText(QStringLiteral("1390000"));
        d->communityCombo()->setCurrentIndex(4);
        save(d, QStringLiteral("p07-new-sentinel"));
        d->reject();
    }
    people->openNewPerson(PersonKind::Volunteer);
    if (auto* d = waitForDialog<PersonDialog>()) {
        d->nameEdit()->setText(QStringLiteral("许文静"));
        d->phoneEdit()->setText(QStringLiteral("13800138000"));
        d->institutionCombo()->setCurrentText(QStringLiteral("招商银行"));
        d->hatChecks().at(0)->setChecked(true);
        save(d, QStringLiteral("p08-new-volunteer"));
        d->reject();
    }
    const QString csvPath = QDir(files.path()).filePath(QStringLiteral("people.csv"));
    {
        QFile f(csvPath);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral(
            "姓名,类型,手机,社区,单位,角色\n新哨员,哨员,13512345678,岳洲社区居委会,,\n坏号码,哨员,12,岳洲社区居委会,,\n"
            "王志愿,志愿者,13512345679,,中国银行,理财顾问\n")
                    .toUtf8());
    }
    people->importCsv(false);
    if (auto* d = waitForDialog<CsvImportDialog>()) {
        d->fileEdit()->setText(csvPath);
        d->checkButton()->click();
        save(d, QStringLiteral("p09-csv-import-errors"));
        d->reject();
    }
    return 0;
}
