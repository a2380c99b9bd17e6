// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadsTestSupport.h"
#include "Prompter.h"
#include "itemmodels/LeadListModel.h"
#include "leads/DraftStore.h"
#include "leads/DuplicatesDialog.h"
#include "leads/EvidenceList.h"
#include "leads/GridPicker.h"
#include "leads/HighlightDelegate.h"
#include "leads/ImageViewerDialog.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadForm.h"
#include "leads/LeadRepository.h"
#include "leads/LeadsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeWidget>
#include <QSignalSpy>

using namespace gs;
using namespace gs::test;

namespace {
const QString kPassword = QStringLiteral("another long passphrase");
const QString kSentinel = QStringLiteral("li.sentinel");
const QString kTitle = QStringLiteral("天河路鑫盛财富公司承诺保本高息");
const QString kGoodUscc = QStringLiteral("91440101MA59AAAAAK");

QWidget* focused() { return QApplication::focusWidget(); }
QString focusedName() { return focused() ? focused()->objectName() : QString(); }

/// Makes `window` the active window, as a window manager would when it opens (offscreen has none; and
/// QTest::qWaitForWindowActive counts a dialog as active while its transient parent has the focus).
bool activate(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

/// Presses Tab until the widget named `name` has the focus (keyboard only).
bool tabTo(const QString& name, int maxTabs = 40)
{
    for (int i = 0; i < maxTabs && focusedName() != name; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    return focusedName() == name;
}

template <typename T>
T* in(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

bool messageShows(LeadForm* form, const QString& field, const QString& part)
{
    QLabel* label = form->messageFor(field);
    return label && label->isVisible() && label->text().contains(part);
}

} // namespace

class tst_LeadForm : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        TestNode node;
        Structure structure;
        std::unique_ptr<AppController> controller;
        LeadsPage* page() const { return controller->mainWindow()->leadsPage(); }
    };

    static std::unique_ptr<Fixture> start(const QString& user = kChief, const QString& password = kChiefPassword)
    {
        auto f = std::make_unique<Fixture>();
        f->node = createNode(f->dir.path());
        f->structure = addStructure(f->node);
        addUser(f->node, kSentinel, Role::Sentinel, kPassword);
        f->controller = std::make_unique<AppController>(f->node.path);
        f->controller->setKdfParamsForTesting(kFastKdf);
        f->controller->prompter().setScripted(true);
        f->controller->start();
        signIn(*f->controller, user, password);
        return f;
    }

    static LeadForm* openNewForm(Fixture& f)
    {
        MainWindow* window = f.controller->mainWindow();
        window->showPage(MainWindow::LeadsPage);
        QTest::mouseClick(in<QPushButton>(f.page(), "newLeadButton"), Qt::LeftButton);
        LeadForm* form = f.page()->form();
        if (form && !activate(form))
            qWarning("the lead form did not become active");
        return form;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fillWithErrorsThenSubmitSearchAndOpen();
    void keyboardOnlyFiling();
    void draftSurvivesACrash();
    void lockKeepsTheDraft();
    void evidenceCapsAndViewer();
    void duplicateIsOfferedAndLinked();
    void sentinelSeesMaskedIdAndKeepsIt();
    void highlightRanges();
};

void tst_LeadForm::fillWithErrorsThenSubmitSearchAndOpen()
{
    auto f = start();
    LeadsPage* page = f->page();
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->totalCount(), qint64(0));
    QCOMPARE(in<QLabel>(page, "leadCountLabel")->text(), QStringLiteral("0 leads"));

    QPointer<LeadForm> form = openNewForm(*f);
    QVERIFY(form && form->isVisible());
    typeText(in<QLineEdit>(form, "titleEdit"), kTitle);
    auto* categories = in<QListWidget>(form, "categoriesList");
    QTest::mouseClick(categories->viewport(), Qt::LeftButton, {}, categories->visualItemRect(categories->item(1)).topLeft() + QPoint(10, 5));
    categories->item(0)->setCheckState(Qt::Checked); // (the check box sits at the item's left edge; one by click is enough)
    typeText(in<QPlainTextEdit>(form, "descriptionEdit"), QStringLiteral("业务员在社区向老年人推销理财产品，称年化18%保本保息。"));
    typeText(in<QLineEdit>(form, "entityNameEdit"), QStringLiteral("广州鑫盛财富管理有限公司"));
    // The risk panel follows the typing (debounced) and marks the terms in the description.
    auto* riskLevel = in<QLabel>(form, "riskLevelLabel");
    QTRY_VERIFY(riskLevel->text().contains(QStringLiteral("High")));
    QVERIFY(in<QLabel>(form, "riskSummaryLabel")->text().contains(QStringLiteral("保本保息")));
    QVERIFY(in<QListWidget>(form, "riskHitsList")->count() >= 3);
    const auto marked = in<QPlainTextEdit>(form, "descriptionEdit")->extraSelections();
    QVERIFY(std::any_of(marked.begin(), marked.end(), [](const QTextEdit::ExtraSelection& s) {
        return s.cursor.selectedText() == QStringLiteral("保本保息");
    }));
    auto* uscc = in<QLineEdit>(form, "entityUsccEdit");
    QTest::mouseClick(uscc, Qt::LeftButton);
    QTest::keyClicks(uscc, QStringLiteral("91440101MA59AAAAAX")); // wrong check character
    QTest::keyClick(uscc, Qt::Key_Tab);
    QVERIFY(messageShows(form, QStringLiteral("entityUscc"), QStringLiteral("Unified social credit code")));
    auto* phone = in<QLineEdit>(form, "entityPhoneEdit");
    QTest::mouseClick(phone, Qt::LeftButton);
    QTest::keyClicks(phone, QStringLiteral("12345"));
    QTest::keyClick(phone, Qt::Key_Tab);
    QVERIFY(messageShows(form, QStringLiteral("entityPhone"), QStringLiteral("Contact phone")));
    typeText(in<QLineEdit>(form, "addressEdit"), QStringLiteral("天河路385号"));
    QTest::keyClicks(in<QLineEdit>(form, "lonEdit"), QStringLiteral("113.3245"));
    QTest::keyClicks(in<QLineEdit>(form, "latEdit"), QStringLiteral("23.1385"));
    // The grid comes from the coordinates.
    QCOMPARE(in<GridPicker>(form, "gridPicker")->gridId(), f->structure.grid);
    QVERIFY(messageShows(form, QStringLiteral("grid"), QStringLiteral("第1网格")));
    QTest::mouseClick(in<QCheckBox>(form, "groupCheck_elderly"), Qt::LeftButton);
    auto* amount = in<QLineEdit>(form, "amountEdit");
    QTest::mouseClick(amount, Qt::LeftButton);
    typeText(amount, QStringLiteral("五十万"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QVERIFY(messageShows(form, QStringLiteral("amount"), QStringLiteral("Amount involved")));
    QTest::keyClicks(in<QLineEdit>(form, "victimsEdit"), QStringLiteral("12"));
    auto* source = in<QComboBox>(form, "sourceCombo");
    source->setCurrentIndex(source->findData(QStringLiteral("patrol")));

    // Submit with errors: nothing is saved, every message stays under its field, the first bad field has focus.
    QVERIFY(activate(form));
    QTest::mouseClick(in<QPushButton>(form, "submitButton"), Qt::LeftButton);
    QVERIFY(form->isVisible());
    QCOMPARE(focused(), static_cast<QWidget*>(uscc));
    QVERIFY(messageShows(form, QStringLiteral("entityUscc"), QStringLiteral("check character")));
    QVERIFY(messageShows(form, QStringLiteral("amount"), QStringLiteral("yuan")));
    QVERIFY(in<QLabel>(form, "formMessage")->text().contains(QStringLiteral("3")));
    QCOMPARE(LeadRepository(*f->controller->session()).canView(QStringLiteral("x")), false);

    // Fix them; the messages go as the fields become valid.
    uscc->selectAll();
    QTest::keyClicks(uscc, kGoodUscc);
    QVERIFY(messageShows(form, QStringLiteral("entityUscc"), QStringLiteral("Valid")));
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("020-12345678"));
    QVERIFY(!form->messageFor(QStringLiteral("entityPhone"))->isVisible());
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("500,000"));
    QVERIFY(messageShows(form, QStringLiteral("amount"), QStringLiteral("500,000.00")));
    QTest::mouseClick(in<QPushButton>(form, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);

    // In the list, and found by three characters from the middle of the title.
    QCOMPARE(page->model()->totalCount(), qint64(1));
    QCOMPARE(in<QLabel>(page, "leadCountLabel")->text(), QStringLiteral("1 lead"));
    QTest::keyClicks(page->searchEdit(), QStringLiteral("zz"));
    QTRY_COMPARE(page->model()->totalCount(), qint64(0));
    page->searchEdit()->clear();
    typeText(page->searchEdit(), kTitle.mid(5, 3)); // 财富公
    QTRY_COMPARE(page->model()->filter().text, kTitle.mid(5, 3));
    QCOMPARE(page->model()->totalCount(), qint64(1));
    const QModelIndex titleCell = page->model()->index(0, LeadListModel::Title);
    QCOMPARE(titleCell.data().toString(), kTitle);
    QCOMPARE(titleCell.data(LeadListModel::SearchNeedlesRole).toStringList(), QStringList { kTitle.mid(5, 3) });
    QCOMPARE(page->model()->index(0, LeadListModel::Place).data().toString(), QStringLiteral("华工社区 · 第1网格"));
    QCOMPARE(titleCell.data(LeadListModel::RiskLevelRole).toString(), QStringLiteral("high")); // screened when saved

    // Open it with Enter: fields and history.
    page->view()->setFocus();
    page->view()->setCurrentIndex(titleCell);
    QSignalSpy activated(page->view(), &QAbstractItemView::activated);
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QPointer<LeadDetailView> detail = page->detailView();
    QVERIFY(detail && detail->isVisible());
    QCOMPARE(detail->valueText(QStringLiteral("title")), kTitle);
    QCOMPARE(detail->valueText(QStringLiteral("entityUscc")), kGoodUscc);
    QCOMPARE(detail->valueText(QStringLiteral("amount")), QStringLiteral("500,000.00 yuan"));
    QVERIFY(detail->valueText(QStringLiteral("grid")).contains(QStringLiteral("五山街道")));
    QVERIFY(detail->valueText(QStringLiteral("groupsAtRisk")).contains(QStringLiteral("elderly")));
    QTreeWidget* history = detail->history();
    QCOMPARE(history->topLevelItemCount(), 1);
    QTreeWidgetItem* filed = history->topLevelItem(0);
    QCOMPARE(filed->text(2), QStringLiteral("Filed"));
    QVERIFY(filed->text(1).contains(QStringLiteral("Chief Wang")));
    QVERIFY(filed->text(1).contains(QStringLiteral("District supervisor")));
    QStringList changes;
    for (int i = 0; i < filed->childCount(); ++i)
        changes << filed->child(i)->text(2);
    QVERIFY2(changes.contains(QStringLiteral("Title: ") + kTitle), qPrintable(changes.join(QLatin1Char('|'))));
    QVERIFY(child<QPushButton>(detail, QStringLiteral("editButton"))->isVisible());
    const QString leadId = detail->lead().id;

    // Edit → the form with the lead; a change shows in the history as old → new.
    QTest::mouseClick(child<QPushButton>(detail, QStringLiteral("editButton")), Qt::LeftButton);
    QTRY_VERIFY(page->form());
    form = page->form();
    QCOMPARE(in<QLineEdit>(form, "titleEdit")->text(), kTitle);
    QVERIFY(!in<QPushButton>(form, "saveDraftButton")->isVisible());
    in<QLineEdit>(form, "titleEdit")->selectAll();
    typeText(in<QLineEdit>(form, "titleEdit"), QStringLiteral("鑫盛财富保本高息（补充）"));
    QTest::mouseClick(in<QPushButton>(form, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(page->model()->totalCount(), qint64(0)); // the new title no longer has 财富公
    detail = page->openDetail(leadId);
    QCOMPARE(detail->history()->topLevelItem(0)->text(2), QStringLiteral("Edited"));
    QCOMPARE(detail->history()->topLevelItem(0)->child(0)->text(2),
        QStringLiteral("Title: %1 → 鑫盛财富保本高息（补充）").arg(kTitle));
    detail->close();
}

void tst_LeadForm::keyboardOnlyFiling()
{
    auto f = start();
    MainWindow* window = f->controller->mainWindow();
    window->showPage(MainWindow::LeadsPage);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QPointer<LeadForm> form = f->page()->form();
    QVERIFY(form);
    QVERIFY(activate(form));
    QCOMPARE(focusedName(), QStringLiteral("titleEdit"));
    typeText(focused(), QStringLiteral("投资咨询公司高额返利"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("categoriesList"));
    QTest::keyClick(focused(), Qt::Key_Space); // 非法集资
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Space); // 高额返利
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("descriptionEdit"));
    typeText(focused(), QStringLiteral("在小区门口发传单，承诺月返利5%。"));
    QVERIFY(tabTo(QStringLiteral("entityUsccEdit")));
    QTest::keyClicks(focused(), QStringLiteral("12345"));
    QVERIFY(tabTo(QStringLiteral("addressEdit")));
    QVERIFY(messageShows(form, QStringLiteral("entityUscc"), QStringLiteral("18 characters")));
    typeText(focused(), QStringLiteral("五山路1号"));
    QVERIFY(tabTo(QStringLiteral("sourceCombo")));
    QTest::keyClick(focused(), Qt::Key_Down); // the first source
    QCOMPARE(qobject_cast<QComboBox*>(focused())->currentData().toString(), QStringLiteral("patrol"));

    // Ctrl+Enter: the bad code stops it and gets the focus, selected, so typing replaces it.
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(form->isVisible());
    QCOMPARE(focusedName(), QStringLiteral("entityUsccEdit"));
    QTest::keyClicks(focused(), QStringLiteral("12100000400000624D"));
    QVERIFY(messageShows(form, QStringLiteral("entityUscc"), QStringLiteral("Valid")));
    QTest::keyClick(focused(), Qt::Key_Return); // Enter in a field submits
    QTRY_VERIFY(!form);
    QCOMPARE(f->page()->model()->totalCount(), qint64(1));
    const LeadSummary& lead = f->page()->model()->leadAt(0);
    QCOMPARE(lead.title, QStringLiteral("投资咨询公司高额返利"));
    QCOMPARE(lead.status, QStringLiteral("submitted"));
    auto stored = LeadRepository(*f->controller->session()).load(lead.id).value();
    QCOMPARE(stored.categories, (QStringList { QStringLiteral("非法集资"), QStringLiteral("高额返利") }));
    QCOMPARE(stored.source, QStringLiteral("patrol"));
}

void tst_LeadForm::draftSurvivesACrash()
{
    auto f = start(kSentinel, kPassword);
    const QString png = f->dir.filePath(QStringLiteral("现场照片.png"));
    writePng(png, QColor(200, 40, 40));
    QPointer<LeadForm> form = openNewForm(*f);
    QVERIFY(form);
    QCOMPARE(f->controller->prompter().promptCount(), 0); // no draft yet: nothing offered
    form->setAutosaveIntervalMs(50);
    typeText(in<QLineEdit>(form, "titleEdit"), QStringLiteral("写了一半的线索"));
    f->controller->prompter().setNextFileName(png);
    QTest::mouseClick(form->evidence()->addButton(), Qt::LeftButton);
    QCOMPARE(form->evidence()->list()->count(), 1);
    QVERIFY(!form->evidence()->list()->item(0)->icon().isNull());
    QVERIFY(form->isDirty());
    QTRY_VERIFY(!form->isDirty() && !form->draftId().isEmpty()); // autosaved
    {
        // What a crash right now would leave: the draft is in the database already.
        auto other = Vault::unlock(f->node.path, kSentinel, kPassword);
        QVERIFY(other.ok());
        auto latest = DraftStore(**other).latest().value();
        QVERIFY(latest.has_value());
        QCOMPARE(latest->lead.title, QStringLiteral("写了一半的线索"));
        QCOMPARE(latest->lead.attachments.size(), 1);
    }
    // The app goes away without the user saving anything.
    f->controller.reset();

    f->controller = std::make_unique<AppController>(f->node.path);
    f->controller->setKdfParamsForTesting(kFastKdf);
    f->controller->prompter().setScripted(true);
    f->controller->start();
    signIn(*f->controller, kSentinel, kPassword);
    f->controller->prompter().setNextAnswer(QMessageBox::Yes);
    form = openNewForm(*f);
    QCOMPARE(f->controller->prompter().promptCount(), 1);
    QVERIFY(f->controller->prompter().lastText().contains(QStringLiteral("写了一半的线索")));
    QCOMPARE(in<QLineEdit>(form, "titleEdit")->text(), QStringLiteral("写了一半的线索"));
    QCOMPARE(form->evidence()->attachments().size(), 1);
    QCOMPARE(form->evidence()->attachments().first().fileName, QStringLiteral("现场照片.png"));
    QCOMPARE(form->evidence()->attachments().first().content, fileBytes(png));
    QVERIFY(!form->draftId().isEmpty());

    // Saving it as a lead draft discards the autosaved one.
    QTest::mouseClick(in<QPushButton>(form, "saveDraftButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);
    QVERIFY(!DraftStore(*f->controller->session()).latest()->has_value());
    QCOMPARE(f->page()->model()->totalCount(), qint64(1));
    QCOMPARE(f->page()->model()->leadAt(0).status, QStringLiteral("draft"));
    auto stored = LeadRepository(*f->controller->session()).load(f->page()->model()->leadAt(0).id).value();
    QCOMPARE(stored.attachments.size(), 1);
}

void tst_LeadForm::lockKeepsTheDraft()
{
    auto f = start(kSentinel, kPassword);
    QPointer<LeadForm> form = openNewForm(*f);
    typeText(in<QLineEdit>(form, "titleEdit"), QStringLiteral("锁屏前的线索"));
    QVERIFY(form->isDirty());
    f->controller->lock();
    QVERIFY(!form);
    QVERIFY(!f->controller->session());
    signIn(*f->controller, kSentinel, kPassword);
    form = openNewForm(*f); // scripted: the default answer resumes
    QCOMPARE(in<QLineEdit>(form, "titleEdit")->text(), QStringLiteral("锁屏前的线索"));

    // Declining discards it.
    form->prepareForLock();
    f->controller->lock();
    signIn(*f->controller, kSentinel, kPassword);
    f->controller->prompter().setNextAnswer(QMessageBox::No);
    form = openNewForm(*f);
    QVERIFY(in<QLineEdit>(form, "titleEdit")->text().isEmpty());
    QVERIFY(!DraftStore(*f->controller->session()).latest()->has_value());

    // Cancel with something typed asks; "Yes" keeps it as a draft.
    typeText(in<QLineEdit>(form, "titleEdit"), QStringLiteral("取消时保留"));
    f->controller->prompter().setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(in<QPushButton>(form, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(DraftStore(*f->controller->session()).latest()->value().lead.title, QStringLiteral("取消时保留"));
}

void tst_LeadForm::evidenceCapsAndViewer()
{
    auto f = start();
    QPointer<LeadForm> form = openNewForm(*f);
    EvidenceList* evidence = form->evidence();
    Prompter& prompter = f->controller->prompter();

    const QString big = f->dir.filePath(QStringLiteral("录像截图.jpg"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(leads::kMaxAttachmentBytes + 1));
    }
    prompter.setNextFileName(big);
    QTest::mouseClick(evidence->addButton(), Qt::LeftButton);
    QCOMPARE(evidence->list()->count(), 0);
    QVERIFY(messageShows(form, QStringLiteral("attachments"), QStringLiteral("录像截图.jpg")));
    QVERIFY(messageShows(form, QStringLiteral("attachments"), QStringLiteral("at most 25.0 MB")));

    const QString text = f->dir.filePath(QStringLiteral("notes.txt"));
    QFile(text).open(QIODevice::WriteOnly);
    prompter.setNextFileName(text);
    QTest::mouseClick(evidence->addButton(), Qt::LeftButton);
    QCOMPARE(evidence->list()->count(), 0);
    QVERIFY(messageShows(form, QStringLiteral("attachments"), QStringLiteral("not a photo")));

    const QString png = f->dir.filePath(QStringLiteral("宣传单.png"));
    writePng(png, QColor(30, 90, 200), QSize(800, 600));
    prompter.setNextFileName(png);
    QTest::mouseClick(evidence->addButton(), Qt::LeftButton);
    QCOMPARE(evidence->list()->count(), 1);
    QVERIFY(!form->messageFor(QStringLiteral("attachments"))->isVisible());
    const QSize thumb = evidence->list()->item(0)->icon().availableSizes().value(0);
    QVERIFY(thumb.width() <= EvidenceList::kThumbnailSize && thumb.width() > 0);
    auto* exportButton = in<QPushButton>(evidence, "exportEvidenceButton");
    QVERIFY(!exportButton->isEnabled()); // not stored yet
    QTest::mouseClick(in<QPushButton>(evidence, "viewEvidenceButton"), Qt::LeftButton);
    ImageViewerDialog* viewer = nullptr;
    QTRY_VERIFY((viewer = visibleDialog<ImageViewerDialog>()));
    viewer->close();

    // A 200 MB lead total is enforced too: 8 files of 24 MB.
    for (int i = 0; i < 9; ++i) {
        const QString part = f->dir.filePath(QStringLiteral("录音%1.m4a").arg(i));
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(24LL * 1024 * 1024));
        file.close();
        prompter.setNextFileName(part);
        QTest::mouseClick(evidence->addButton(), Qt::LeftButton);
    }
    QCOMPARE(evidence->list()->count(), 9);
    QVERIFY(messageShows(form, QStringLiteral("attachments"), QStringLiteral("together")));
    prompter.setNextAnswer(QMessageBox::No);
    QTest::mouseClick(in<QPushButton>(form, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);
}

void tst_LeadForm::duplicateIsOfferedAndLinked()
{
    auto f = start();
    Lead first;
    first.title = QStringLiteral("鑫盛财富第一次被举报");
    first.categories = { QStringLiteral("非法集资") };
    first.entityUscc = kGoodUscc;
    first.address = QStringLiteral("天河路1号");
    first.source = QStringLiteral("public_report");
    const Lead existing = LeadRepository(*f->controller->session()).save(first, LeadRepository::Intent::Submit).value();

    QPointer<LeadForm> form = openNewForm(*f);
    typeText(in<QLineEdit>(form, "titleEdit"), QStringLiteral("鑫盛财富又在发传单"));
    form->findChild<QListWidget*>(QStringLiteral("categoriesList"))->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(in<QLineEdit>(form, "entityUsccEdit"), kGoodUscc.toLower());
    typeText(in<QLineEdit>(form, "addressEdit"), QStringLiteral("天河路2号"));
    auto* source = in<QComboBox>(form, "sourceCombo");
    source->setCurrentIndex(source->findData(QStringLiteral("patrol")));

    // On demand first: the dialog lists the earlier lead; continuing changes nothing.
    QTest::mouseClick(in<QPushButton>(form, "checkDuplicatesButton"), Qt::LeftButton);
    DuplicatesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<DuplicatesDialog>()));
    QCOMPARE(dialog->view()->topLevelItemCount(), 1);
    QCOMPARE(dialog->view()->topLevelItem(0)->text(0), existing.caseNo);
    QVERIFY(dialog->view()->topLevelItem(0)->text(3).contains(QStringLiteral("credit code")));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("continueButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<DuplicatesDialog>());
    QVERIFY(form->pendingLink().isEmpty());

    // After Submit it is offered again; link it.
    QTest::mouseClick(in<QPushButton>(form, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY((dialog = visibleDialog<DuplicatesDialog>()));
    QVERIFY(form->isVisible()); // waits for the answer
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("linkButton")), Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(f->page()->model()->totalCount(), qint64(2));
    const QString newId = f->page()->model()->index(0, 0).data(LeadListModel::LeadIdRole).toString();
    QVERIFY(newId != existing.id);
    QCOMPARE(LeadRepository(*f->controller->session()).load(newId)->linkedLeadId, existing.id);

    QPointer<LeadDetailView> detail = f->page()->openDetail(newId);
    QVERIFY(child<QLabel>(detail, QStringLiteral("linkedLeadLabel"))->text().contains(existing.caseNo));
    QCOMPARE(detail->history()->topLevelItem(0)->text(2), QStringLiteral("Linked as a duplicate of %1").arg(existing.caseNo));
    detail->close();
}

void tst_LeadForm::sentinelSeesMaskedIdAndKeepsIt()
{
    auto f = start(kSentinel, kPassword);
    QPointer<LeadForm> form = openNewForm(*f);
    typeText(in<QLineEdit>(form, "titleEdit"), QStringLiteral("涉及身份证的线索"));
    form->findChild<QListWidget*>(QStringLiteral("categoriesList"))->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(in<QLineEdit>(form, "personIdEdit"), Qt::LeftButton);
    QTest::keyClicks(in<QLineEdit>(form, "personIdEdit"), QStringLiteral("440106198503151234"));
    QTest::keyClick(in<QLineEdit>(form, "personIdEdit"), Qt::Key_Tab);
    QVERIFY(messageShows(form, QStringLiteral("personIdNumber"), QStringLiteral("ID number")));
    in<QLineEdit>(form, "personIdEdit")->selectAll();
    QTest::keyClicks(in<QLineEdit>(form, "personIdEdit"), QStringLiteral("440106198503151233"));
    QVERIFY(messageShows(form, QStringLiteral("personIdNumber"), QStringLiteral("Valid")));
    typeText(in<QLineEdit>(form, "addressEdit"), QStringLiteral("五山路"));
    QTest::keyClicks(in<QLineEdit>(form, "informantNameEdit"), QStringLiteral("Auntie Li"));
    QTest::mouseClick(in<QCheckBox>(form, "confidentialCheck"), Qt::LeftButton);
    auto* source = in<QComboBox>(form, "sourceCombo");
    source->setCurrentIndex(source->findData(QStringLiteral("public_report")));
    QTest::mouseClick(in<QPushButton>(form, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);
    const QString id = f->page()->model()->index(0, 0).data(LeadListModel::LeadIdRole).toString();

    QPointer<LeadDetailView> detail = f->page()->openDetail(id);
    QCOMPARE(detail->valueText(QStringLiteral("personIdNumber")), QStringLiteral("440106********1233"));
    QCOMPARE(detail->valueText(QStringLiteral("informant")), QStringLiteral("(confidential)"));
    detail->close();

    // Editing with the masked values: no error for them, and the stored ones stay.
    form = f->page()->openForm(id);
    QCOMPARE(in<QLineEdit>(form, "personIdEdit")->text(), QStringLiteral("440106********1233"));
    QVERIFY(!in<QLineEdit>(form, "informantNameEdit")->isEnabled());
    typeText(in<QLineEdit>(form, "victimsEdit"), QStringLiteral("3"));
    QTest::mouseClick(in<QPushButton>(form, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY(!form);
    auto chief = Vault::unlock(f->node.path, kChief, kChiefPassword);
    const Lead full = LeadRepository(**chief).load(id).value();
    QCOMPARE(full.personIdNumber, QStringLiteral("440106198503151233"));
    QCOMPARE(full.informantName, QStringLiteral("Auntie Li"));
    QCOMPARE(full.victims, std::optional<int>(3));
}

void tst_LeadForm::highlightRanges()
{
    using R = QList<std::pair<int, int>>;
    QCOMPARE(HighlightDelegate::matchRanges(QStringLiteral("保本保息保本"), { QStringLiteral("保本") }), (R { { 0, 2 }, { 4, 2 } }));
    QCOMPARE(HighlightDelegate::matchRanges(QStringLiteral("Abc abc"), { QStringLiteral("ABC") }), (R { { 0, 3 }, { 4, 3 } }));
    QCOMPARE(HighlightDelegate::matchRanges(QStringLiteral("高额返利"), { QStringLiteral("高额"), QStringLiteral("额返") }), (R { { 0, 3 } }));
    QVERIFY(HighlightDelegate::matchRanges(QStringLiteral("abc"), { QString() }).isEmpty());
}

QTEST_MAIN(tst_LeadForm)
#include "tst_LeadForm.moc"
