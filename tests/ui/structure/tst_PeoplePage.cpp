// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// People & Pairings: create a person and a pairing card (and see it on the map), end and re-pair it, print preview
// and PDF, CSV import.
#include "StructureUiSupport.h"
#include "itemmodels/PeopleListModel.h"
#include "map/MapPage.h"
#include "map/MapRenderer.h"
#include "map/MapStyle.h"
#include "map/MapView.h"
#include "people/CsvImportDialog.h"
#include "people/PairingDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "structure/DistrictChanges.h"
#include "structure/ReasonDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace gs;
using namespace gs::test;

namespace {

/// The first entry of a people combo whose text contains `needle` (the list is built from the database).
int entryWith(QComboBox* combo, const QString& needle)
{
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemText(i).contains(needle))
            return i;
    }
    return -1;
}

/// Goes to a page the way a user does: a click on its entry in the navigation.
void clickPage(MainWindow* window, const QString& key)
{
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    const int row = int(window->pageKeys().indexOf(key));
    QVERIFY(row >= 0);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, Qt::NoModifier,
        navigation->visualItemRect(navigation->item(row)).center());
    QCOMPARE(window->currentPageKey(), key);
}

/// Picks a person in a searchable people combo as a user does: types the name (as an input method commits
/// 汉字), then takes the one completion with the arrow key and Enter.
void choosePerson(QComboBox* combo, const Person& person)
{
    QLineEdit* edit = combo->lineEdit();
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : person.name)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QAbstractItemView* popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(combo->currentData().toString(), person.id);
}

bool near(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

double metresBetween(geo::LonLat a, geo::LonLat b)
{
    const double x = (b.lon - a.lon) * std::cos((a.lat + b.lat) / 2 * M_PI / 180) * 111320.0;
    const double y = (b.lat - a.lat) * 110574.0;
    return std::hypot(x, y);
}

} // namespace

class tst_PeoplePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAPairingCard();
    void aNewPairingIsALineOnTheMap();
    void addAVolunteer();
    void endRePairPreviewAndPdf();
    void importPeopleCsv();
};

void tst_PeoplePage::createAPairingCard()
{
    auto s = signInDemo();
    MainWindow* window = s->window();
    window->showPage(MainWindow::PeoplePage);
    PeoplePage* page = window->peoplePage();
    QVERIFY(page);
    QCOMPARE(page->peopleModel()->rowCount(), 90);
    page->tabs()->setCurrentIndex(1);
    QCOMPARE(page->pairingModel()->rowCount(), 50);

    // A sentinel without a card and a volunteer with room (the demo pairs 50 of 60 sentinels).
    auto sentinels = PersonRepository(s->session()).list({ PersonKind::Sentinel });
    const auto freeSentinel
        = std::find_if(sentinels->begin(), sentinels->end(), [](const Person& p) { return p.activePairings == 0; });
    QVERIFY(freeSentinel != sentinels->end());
    auto volunteers = PersonRepository(s->session()).list({ PersonKind::Volunteer });
    const auto roomy
        = std::find_if(volunteers->begin(), volunteers->end(), [](const Person& p) { return p.activePairings < 3; });
    QVERIFY(roomy != volunteers->end());

    QSignalSpy pairings(window->districtChanges(), &DistrictChanges::pairingsChanged);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newPairingButton")), Qt::LeftButton);
    PairingDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<PairingDialog>()));
    QVERIFY(!dialog->saveButton()->isEnabled());
    // Paired sentinels are listed after the free ones and say so.
    QVERIFY(
        dialog->sentinelCombo()->itemText(dialog->sentinelCombo()->count() - 1).contains(QStringLiteral("has a card")));
    dialog->sentinelCombo()->setCurrentIndex(dialog->sentinelCombo()->findData(freeSentinel->id));
    dialog->volunteerCombo()->setCurrentIndex(dialog->volunteerCombo()->findData(roomy->id));
    QVERIFY(dialog->volunteerCombo()->currentText().contains(QStringLiteral("/3 pairs")));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<PairingDialog>());

    QCOMPARE(pairings.count(), 1);
    QCOMPARE(page->pairingModel()->rowCount(), 51);
    const QModelIndexList selected = page->pairingView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    const Pairing& card = page->pairingModel()->pairingAt(selected.first().row());
    QCOMPARE(card.sentinelId, freeSentinel->id);
    QCOMPARE(card.volunteerId, roomy->id);
    QVERIFY(card.cardNo.startsWith(QStringLiteral("440106-%1-").arg(QDate::currentDate().year())));
    QVERIFY(child<QLabel>(page, QStringLiteral("peopleMessage"))->text().contains(card.cardNo));
    // What the map's pair-line layer will draw after this signal: the new line is among the active ones.
    QCOMPARE(pairings.first().first().toStringList(), QStringList { card.id });
    auto lines = PairingRepository(s->session()).activeLines();
    QVERIFY(std::any_of(lines->begin(), lines->end(), [&](const PairLine& l) { return l.pairingId == card.id; }));
    // The person list counts the new card.
    page->tabs()->setCurrentIndex(0);
    const int row = page->peopleModel()->rowOf(freeSentinel->id);
    QCOMPARE(page->peopleModel()->data(page->peopleModel()->index(row, PeopleListModel::Pairs)).toInt(), 1);
}

/// Issue 6: "create a pairing and see it as a line on the map", through the real window: the map, then a card
/// made with clicks and keys on People & Pairings, then the map again, where DistrictChanges has reloaded it.
void tst_PeoplePage::aNewPairingIsALineOnTheMap()
{
    auto s = signInDemo();
    MainWindow* window = s->window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // A free sentinel and a volunteer with room, a short walk apart (the line is long enough to see at street
    // zoom), each the only one of that name in the dialog's lists.
    auto sentinels = PersonRepository(s->session()).list({ PersonKind::Sentinel });
    auto volunteers = PersonRepository(s->session()).list({ PersonKind::Volunteer });
    QVERIFY(sentinels && volunteers);
    const auto uniqueName = [](const QList<Person>& people, const Person& p) {
        return std::count_if(people.begin(), people.end(), [&](const Person& o) {
            return o.name.contains(p.name) || p.name.contains(o.name);
        }) == 1;
    };
    std::optional<Person> sentinel, volunteer;
    for (const Person& sp : *sentinels) {
        for (const Person& vp : *volunteers) {
            if (sentinel || sp.activePairings != 0 || vp.activePairings >= 3 || !sp.location || !vp.location)
                continue;
            const double metres = metresBetween(*sp.location, *vp.location);
            if (metres > 1200 && metres < 3000 && uniqueName(*sentinels, sp) && uniqueName(*volunteers, vp)) {
                sentinel = sp;
                volunteer = vp;
            }
        }
    }
    QVERIFY2(sentinel && volunteer, "the demo district has no such pair");

    // The map before: both people are there, no line between them.
    clickPage(window, MainWindow::MapPage);
    auto* mapPage = window->findChild<MapPage*>();
    QVERIFY(mapPage && mapPage->isVisible());
    MapView* view = mapPage->view();
    QTRY_VERIFY(mapPage->scene().personIndex(sentinel->id) >= 0 && mapPage->scene().personIndex(volunteer->id) >= 0);
    geo::BBox both;
    both.extend(*sentinel->location);
    both.extend(*volunteer->location);
    view->fitBox(both, 16.0);
    const map::MapViewport viewport = view->viewport();
    QVERIFY2(viewport.zoom() >= map::MapRenderer::PersonGlyphsFrom, qPrintable(QString::number(viewport.zoom())));
    const int pairsBefore = int(mapPage->scene().data().pairings.size());
    QCOMPARE(pairsBefore, 50);
    constexpr qreal dpr = 2.0;
    const QImage before = view->renderImage(dpr);

    // The card, made on People & Pairings.
    clickPage(window, MainWindow::PeoplePage);
    PeoplePage* page = window->peoplePage();
    QTest::mouseClick(
        page->tabs()->tabBar(), Qt::LeftButton, Qt::NoModifier, page->tabs()->tabBar()->tabRect(1).center());
    QCOMPARE(page->tabs()->currentIndex(), 1);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newPairingButton")), Qt::LeftButton);
    PairingDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<PairingDialog>()));
    choosePerson(dialog->sentinelCombo(), *sentinel);
    choosePerson(dialog->volunteerCombo(), *volunteer);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<PairingDialog>());
    const QModelIndexList selected = page->pairingView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    const Pairing card = page->pairingModel()->pairingAt(selected.first().row());
    QCOMPARE(card.sentinelId, sentinel->id);
    QCOMPARE(card.volunteerId, volunteer->id);

    // The map after: the scene's pair layer holds the card, drawn between the two people...
    clickPage(window, MainWindow::MapPage);
    QTRY_COMPARE(int(mapPage->scene().data().pairings.size()), pairsBefore + 1);
    int pairing = -1;
    for (int i = 0; i < mapPage->scene().data().pairings.size(); ++i) {
        if (mapPage->scene().data().pairings.at(i).id == card.id)
            pairing = i;
    }
    QVERIFY(pairing >= 0);
    QCOMPARE(mapPage->scene().data().pairings.at(pairing).cardNo, card.cardNo);
    QVERIFY(mapPage->scene().pairingsOf(mapPage->scene().personIndex(sentinel->id)).contains(pairing));
    view->setViewport(viewport);
    view->repaint();
    const map::MapFrame frame = view->lastFrame();
    const auto drawn = std::find_if(
        frame.pairs.begin(), frame.pairs.end(), [&](const map::MapFrame::PairLine& l) { return l.pairing == pairing; });
    QVERIFY(drawn != frame.pairs.end());
    const QLineF line = drawn->line;
    const QPointF from = viewport.toScreen(mapPage->scene().toDisplay(*sentinel->location));
    const QPointF to = viewport.toScreen(mapPage->scene().toDisplay(*volunteer->location));
    QVERIFY2((QLineF(line.p1(), from).length() < 1.5 && QLineF(line.p2(), to).length() < 1.5)
            || (QLineF(line.p1(), to).length() < 1.5 && QLineF(line.p2(), from).length() < 1.5),
        "the line does not join the two people");
    QVERIFY(line.length() > 100);

    // ...what a click there hits, and what the exported picture shows: pair-coloured pixels along the line that
    // were not there before (points where another pair's line or a marker lies are not counted).
    const QImage after = view->renderImage(dpr);
    QCOMPARE(after.size(), before.size());
    if (const QString out = qEnvironmentVariable("GS_SCREENSHOT_DIR"); !out.isEmpty())
        after.save(QDir(out).filePath(QStringLiteral("pairing-on-map.png")));
    int hits = 0, shown = 0;
    for (int step = 2; step <= 8; ++step) {
        const QPointF at = line.pointAt(step / 10.0);
        const map::MapFrame::Hit hit = frame.hitTest(at);
        if (hit.kind == map::MapFrame::Hit::Kind::Pair && frame.pairs.at(hit.index).pairing == pairing)
            ++hits;
        if (frame.legend.contains(at) || frame.scaleBar.contains(at))
            continue;
        const QColor now = after.pixelColor(int(at.x() * dpr), int(at.y() * dpr));
        const QColor then = before.pixelColor(int(at.x() * dpr), int(at.y() * dpr));
        if (near(now, map::MapStyle::pairColor(), 40) && !near(then, map::MapStyle::pairColor(), 40))
            ++shown;
    }
    QVERIFY2(hits >= 5, qPrintable(QString::number(hits)));
    QVERIFY2(shown >= 4, qPrintable(QString::number(shown)));
    // Away from the line the picture is the map as before.
    const QPointF aside = line.pointAt(0.5) + QPointF(-line.dy(), line.dx()) / line.length() * 40;
    QCOMPARE(frame.hitTest(aside).kind == map::MapFrame::Hit::Kind::Pair
            && frame.pairs.at(frame.hitTest(aside).index).pairing == pairing,
        false);
}

void tst_PeoplePage::addAVolunteer()
{
    auto s = signInDemo();
    s->window()->showPage(MainWindow::PeoplePage);
    PeoplePage* page = s->window()->peoplePage();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newVolunteerButton")), Qt::LeftButton);
    PersonDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<PersonDialog>()));
    typeText(dialog->nameEdit(), QStringLiteral("许文静"));
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("138"));
    QVERIFY(child<QLabel>(dialog, QString())); // message labels exist
    QVERIFY(!dialog->saveButton()->isEnabled()); // a bad phone, no institution, no hats
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("00138000"));
    dialog->institutionCombo()->setCurrentText(QStringLiteral("招商银行"));
    typeText(dialog->branchEdit(), QStringLiteral("广州天河支行"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->hatChecks().at(1)->setChecked(true);
    dialog->hatChecks().at(3)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("lonEdit")), QStringLiteral("113.3612"));
    QVERIFY(!dialog->saveButton()->isEnabled()); // one coordinate only
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("latEdit")), QStringLiteral("23.1389"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<PersonDialog>());
    QCOMPARE(page->peopleModel()->rowCount(), 91);
    auto found = PersonRepository(s->session()).findByPhone(PersonKind::Volunteer, QStringLiteral("13800138000"));
    QVERIFY(found && *found);
    QCOMPARE((*found)->hats, (QStringList { QStringLiteral("风险监测员"), QStringLiteral("金融助理员") }));
    QCOMPARE((*found)->branch, QStringLiteral("广州天河支行"));
    QVERIFY(qAbs((*found)->location->lat - 23.1389) < 1e-9);

    // The same phone twice is refused under the phone field.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newVolunteerButton")), Qt::LeftButton);
    QTRY_VERIFY((dialog = visibleDialog<PersonDialog>()));
    typeText(dialog->nameEdit(), QStringLiteral("重复"));
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("13800138000"));
    dialog->institutionCombo()->setCurrentText(QStringLiteral("招商银行"));
    dialog->hatChecks().at(0)->setChecked(true);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    bool shown = false;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("许文静")));
    QVERIFY(shown);
    dialog->reject();
}

void tst_PeoplePage::endRePairPreviewAndPdf()
{
    auto s = signInDemo();
    s->window()->showPage(MainWindow::PeoplePage);
    PeoplePage* page = s->window()->peoplePage();
    page->tabs()->setCurrentIndex(1);
    page->pairingView()->selectRow(0);
    const Pairing first = page->pairingModel()->pairingAt(0);

    // Save as PDF to a chosen path.
    const QString pdf = s->dir.filePath(QStringLiteral("card.pdf"));
    s->prompter().setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("pdfCardButton")), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(pdf));
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));

    // Preview and print: the print preview opens on the card.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("previewCardButton")), Qt::LeftButton);
    QPrintPreviewDialog* preview = nullptr;
    QTRY_VERIFY((preview = visibleDialog<QPrintPreviewDialog>()));
    QVERIFY(preview->windowTitle().contains(first.cardNo));
    // The card was laid out for the printer through the same path as the PDF: one A5 landscape page.
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    QVERIFY(pages);
    QTRY_COMPARE(pages->pageCount(), 1);
    QCOMPARE(pages->orientation(), QPageLayout::Landscape);
    preview->close();
    QTRY_VERIFY(!visibleDialog<QPrintPreviewDialog>());

    // Re-pair with another volunteer (one with room).
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("rePairButton")), Qt::LeftButton);
    PairingDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<PairingDialog>()));
    QVERIFY(dialog->replaceVolunteerRadio()->isChecked());
    QVERIFY(!dialog->sentinelCombo()->isEnabled());
    const int other = entryWith(dialog->volunteerCombo(), QStringLiteral("(0/3 pairs)")) > 0
        ? entryWith(dialog->volunteerCombo(), QStringLiteral("(0/3 pairs)"))
        : entryWith(dialog->volunteerCombo(), QStringLiteral("(1/3 pairs)"));
    QVERIFY(other > 0);
    dialog->volunteerCombo()->setCurrentIndex(other);
    QVERIFY(!dialog->saveButton()->isEnabled()); // the reason is missing
    typeText(dialog->reasonEdit(), QStringLiteral("志愿者调往其他网点"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<PairingDialog>());
    auto old = PairingRepository(s->session()).load(first.id);
    QVERIFY(!old->isActive());
    QCOMPARE(old->endReason, QStringLiteral("志愿者调往其他网点"));
    QVERIFY(!old->nextPairingId.isEmpty());
    const QModelIndexList selected = page->pairingView()->selectionModel()->selectedRows();
    QCOMPARE(page->pairingModel()->pairingAt(selected.first().row()).id, old->nextPairingId);

    // End the new card, with a reason and a date.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("endPairingButton")), Qt::LeftButton);
    ReasonDialog* reason = nullptr;
    QTRY_VERIFY((reason = visibleDialog<ReasonDialog>()));
    QVERIFY(child<QDateEdit>(reason, QStringLiteral("dateEdit"))->isVisible());
    typeText(reason->reasonEdit(), QStringLiteral("结对期满"));
    QTest::mouseClick(reason->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<ReasonDialog>());
    QVERIFY(!PairingRepository(s->session()).load(old->nextPairingId)->isActive());
    QCOMPARE(page->pairingModel()->rowCount(), 49);
    // The volunteer's history lists both cards.
    page->tabs()->setCurrentIndex(0);
    page->peopleView()->selectRow(page->peopleModel()->rowOf(first.sentinelId));
    QCOMPARE(child<QListWidget>(page, QStringLiteral("personPairingsList"))->count(), 2);
}

void tst_PeoplePage::importPeopleCsv()
{
    auto s = signInDemo();
    s->window()->showPage(MainWindow::PeoplePage);
    PeoplePage* page = s->window()->peoplePage();
    const QString path = s->dir.filePath(QStringLiteral("new-people.csv"));
    const auto write = [&](const QString& text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(
        QStringLiteral("姓名,类型,手机,社区\n新哨员,哨员,13512345678,岳洲社区居委会\n坏号码,哨员,12,岳洲社区居委会\n"));
    s->prompter().setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("importPeopleButton")), Qt::LeftButton);
    CsvImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<CsvImportDialog>()));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("browseButton")), Qt::LeftButton); // picks and checks
    QCOMPARE(dialog->previewTable()->rowCount(), 2);
    QCOMPARE(dialog->previewTable()->item(0, 1)->text(), QStringLiteral("Add"));
    QVERIFY(dialog->previewTable()->item(1, 3)->text().contains(QStringLiteral("Phone:")));
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(scalar(s->session(), "SELECT count(*) FROM people"), 90);
    write(QStringLiteral("姓名,类型,手机,社区\n新哨员,哨员,13512345678,岳洲社区居委会\n"));
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<CsvImportDialog>());
    QCOMPARE(scalar(s->session(), "SELECT count(*) FROM people"), 91);
    QCOMPARE(page->peopleModel()->rowCount(), 91);

    // Export: UTF-8 with BOM to the chosen path.
    const QString out = s->dir.filePath(QStringLiteral("export.csv"));
    s->prompter().setNextFileName(out);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("exportPeopleButton")), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(out));
    QVERIFY(fileBytes(out).startsWith("\xEF\xBB\xBF"
                                      "id,kind,name"));
}

QTEST_MAIN(tst_PeoplePage)
#include "tst_PeoplePage.moc"
