// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The case workflow through the real AppController and MainWindow: a volunteer triages a lead, the sentinel
// reports it upward, the district office refers and closes it; deadlines in Settings.
#include "LeadsTestSupport.h"
#include "Prompter.h"
#include "SettingsPage.h"
#include "accounts/AccountService.h"
#include "cases/AssignDialog.h"
#include "cases/CaseDetailPanel.h"
#include "cases/CasesPage.h"
#include "cases/DeadlinesPanel.h"
#include "cases/StepDialog.h"
#include "cases/TriageDialog.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadForm.h"
#include "leads/LeadsPage.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "workflow/AuditLog.h"
#include "workflow/DeadlinePolicy.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace gs;
using namespace gs::test;

namespace {

const QString kPassword = QStringLiteral("another long passphrase");
const QString kSentinel = QStringLiteral("wang.sentinel");
const QString kVolunteer = QStringLiteral("liu.volunteer");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// GS_SCREENSHOT_DIR=/some/dir keeps PNGs of the screens for a look.
void shot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("GS_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QTest::qWait(100); // children added to visible layouts are shown from the event loop
    w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

template <typename T> T* in(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

} // namespace

class tst_CasesUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestNode m_node;
    QString m_leadId;
    std::unique_ptr<AppController> m_controller;

    CasesPage* casesPage()
    {
        MainWindow* w = m_controller->mainWindow();
        w->showPage(MainWindow::CasesPage);
        return w->casesPage();
    }

    void signInAs(const QString& user, const QString& password)
    {
        if (m_controller->session())
            m_controller->lock();
        signIn(*m_controller, user, password);
    }

    /// The case selected on the Cases page, its detail showing.
    CaseDetailPanel* showOurCase()
    {
        CasesPage* page = casesPage();
        if (!page || !page->selectCase(m_leadId))
            return nullptr;
        return page->detail();
    }

    QString status()
    {
        auto session = Vault::unlock(m_node.path, kChief, kChiefPassword);
        return session ? CaseWorkflow(**session).load(m_leadId)->status : QString();
    }

    template <typename T> T* waitForDialog()
    {
        T* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = visibleDialog<T>()) != nullptr; }))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_node = createNode(m_dir.path());
        const Structure structure = addStructure(m_node);
        auto session = Vault::unlock(m_node.path, kChief, kChiefPassword);
        QVERIFY(session.ok());
        Session& chief = **session;
        chief.setKdfParams(kFastKdf);
        QString sentinelPerson, volunteerPerson;
        {
            RecordWriter w(chief.writeContext());
            Transaction tx(chief.db());
            const auto k = [](const char* t) { return QString::fromLatin1(t); };
            sentinelPerson = w.insert(k("people"), { { k("kind"), k("sentinel") }, { k("name"), s("王敏") } }).value();
            volunteerPerson
                = w.insert(k("people"), { { k("kind"), k("volunteer") }, { k("name"), s("刘志愿") } }).value();
            QVERIFY(
                w.insert(k("person_grids"), { { k("person_id"), sentinelPerson }, { k("grid_id"), structure.grid } })
                    .ok());
            QVERIFY(w.insert(k("pairings"),
                         { { k("card_no"), k("320106-2026-0001") }, { k("sentinel_id"), sentinelPerson },
                             { k("volunteer_id"), volunteerPerson }, { k("started_on"), k("2026-01-01") } })
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        AccountService accounts(chief);
        QVERIFY(accounts.addUser({ kSentinel, s("王敏"), Role::Sentinel, kPassword, sentinelPerson }).ok());
        QVERIFY(accounts.addUser({ kVolunteer, s("刘志愿"), Role::Volunteer, kPassword, volunteerPerson }).ok());
        auto sentinel = Vault::unlock(m_node.path, kSentinel, kPassword);
        QVERIFY(sentinel.ok());
        Lead lead;
        lead.title = s("鑫盛财富在社区推销养老理财，承诺保本保息");
        lead.categories = { s("非法集资") };
        lead.entityName = s("广州鑫盛财富管理有限公司");
        lead.address = s("五山路1号");
        lead.lon = 113.325;
        lead.lat = 23.135;
        lead.gridId = structure.grid;
        lead.groupsAtRisk = { s("elderly") };
        lead.amountCents = 50000000;
        lead.victims = 12;
        lead.source = s("patrol");
        lead.description = s("业务员称年化18%，稳赚不赔，介绍新人另有高额返利。");
        auto filed = LeadRepository(**sentinel).save(lead, LeadRepository::Intent::Submit);
        QVERIFY(filed.ok());
        m_leadId = filed->id;

        m_controller = std::make_unique<AppController>(m_node.path);
        m_controller->setKdfParamsForTesting(kFastKdf);
        m_controller->prompter().setScripted(true);
        m_controller->start();
    }

    void volunteerTriages()
    {
        signInAs(kVolunteer, kPassword);
        CasesPage* page = casesPage();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->currentView(), CaseWorkflow::View::AwaitingMe);
        QTRY_COMPARE(page->model()->rowCount(), 1); // the paired sentinel's new lead waits for them
        QVERIFY(page->viewTabs()->tabText(0).contains(QStringLiteral("(1)")));
        CaseDetailPanel* detail = showOurCase();
        QVERIFY(detail);
        QCOMPARE(detail->actionKeys(), QStringList { s("take") });
        shot(m_controller->mainWindow(), "cases-volunteer");

        QTest::mouseClick(detail->actionButton(s("take")), Qt::LeftButton);
        QTRY_VERIFY(detail->actionButton(s("triage")));
        QCOMPARE(status(), s("in_triage"));

        QTest::mouseClick(detail->actionButton(s("triage")), Qt::LeftButton);
        auto* triage = waitForDialog<TriageDialog>();
        QVERIFY(triage);
        QVERIFY(in<QLabel>(triage, "triageRiskExplanation")->text().contains(s("保本保息")));
        // OK without a conclusion: said under the conclusion, nothing written.
        QTest::mouseClick(triage->okButton(), Qt::LeftButton);
        QVERIFY(triage->isVisible());
        QVERIFY(triage->messageFor(s("conclusion"))->isVisible());
        QTest::mouseClick(triage->conclusionButton(s("suspected")), Qt::LeftButton);
        QTest::mouseClick(triage->okButton(), Qt::LeftButton);
        QVERIFY(triage->isVisible());
        QVERIFY(triage->messageFor(s("basis"))->isVisible());
        QVERIFY(triage->messageFor(s("confidence"))->isVisible());
        QCOMPARE(status(), s("in_triage"));
        QTest::mouseClick(triage->basisBox(s("guaranteed_returns")), Qt::LeftButton);
        QTest::mouseClick(triage->basisBox(s("high_returns")), Qt::LeftButton);
        QTest::mouseClick(triage->confidenceButton(s("high")), Qt::LeftButton);
        typeText(triage->crossCheckEdit(), s("企业信用信息公示系统无金融许可"));
        typeText(triage->followUpEdit(), s("社区张贴风险提示"));
        shot(triage, "triage-dialog");
        QTest::mouseClick(triage->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<TriageDialog>());
        QCOMPARE(status(), s("suspected"));
        QTRY_VERIFY(detail->actionButton(s("escalate"))); // the volunteer may report it upward too
        QVERIFY(detail->message()->text().contains(CaseWorkflow::find(s("triage_suspected"))->label()));

        // The report, through the prompter's file dialog.
        const QString pdf = m_dir.filePath(s("上报材料.pdf"));
        m_controller->prompter().setNextFileName(pdf);
        in<QAction>(detail, "exportPdfAction")->trigger();
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
    }

    void sentinelEscalates()
    {
        signInAs(kSentinel, kPassword);
        CasesPage* page = casesPage();
        QTRY_VERIFY(page->model()->rowOfLead(m_leadId) >= 0); // suspected: waiting for the sentinel to report it
        CaseDetailPanel* detail = showOurCase();
        QVERIFY(detail->actionButton(s("escalate")));
        QVERIFY(!detail->actionButton(s("start_review")));
        QTest::mouseClick(detail->actionButton(s("escalate")), Qt::LeftButton);
        auto* dialog = waitForDialog<TransitionDialog>();
        QVERIFY(dialog);
        typeText(dialog->referenceEdit(), s("SSA-2026-0042"));
        typeText(dialog->noteEdit(), s("已通过穗岁安上报"));
        shot(dialog, "escalate-dialog");
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<TransitionDialog>());
        QCOMPARE(status(), s("escalated"));
        QTRY_VERIFY(detail->actionKeys().isEmpty());
        QVERIFY(in<QLabel>(detail, "caseWaitingLabel")->text().contains(s("district office")));
    }

    void supervisorRefersAndCloses()
    {
        signInAs(kChief, kChiefPassword);
        CasesPage* page = casesPage();
        QTRY_VERIFY(page->model()->rowOfLead(m_leadId) >= 0);
        CaseDetailPanel* detail = showOurCase();
        QTest::mouseClick(detail->actionButton(s("start_review")), Qt::LeftButton);
        QTRY_VERIFY(detail->actionButton(s("refer_police")));
        QCOMPARE(status(), s("under_review"));
        shot(m_controller->mainWindow(), "cases-supervisor");

        QTest::mouseClick(detail->actionButton(s("refer_police")), Qt::LeftButton);
        auto* refer = waitForDialog<TransitionDialog>();
        QVERIFY(refer);
        QTest::mouseClick(refer->okButton(), Qt::LeftButton); // empty: both required fields named
        QVERIFY(refer->isVisible());
        QVERIFY(refer->messageFor(s("unit"))->isVisible());
        QVERIFY(refer->messageFor(s("opinion"))->isVisible());
        typeText(refer->unitEdit(), s("天河区公安分局经侦大队"));
        typeText(refer->opinionEdit(), s("涉嫌非法吸收公众存款，移交公安机关。"));
        typeText(refer->referenceEdit(), s("穗天打非〔2026〕12号"));
        shot(refer, "refer-dialog");
        QTest::mouseClick(refer->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<TransitionDialog>());
        QCOMPARE(status(), s("referred_police"));

        QTRY_VERIFY(detail->actionButton(s("close")));
        QTest::mouseClick(detail->actionButton(s("close")), Qt::LeftButton);
        auto* close = waitForDialog<TransitionDialog>();
        QVERIFY(close);
        close->outcomeCombo()->setFocus();
        QTest::keyClick(close->outcomeCombo(), Qt::Key_Down); // the first outcome: police opened a case
        typeText(close->noteEdit(), s("公安已立案侦查"));
        QTest::mouseClick(close->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<TransitionDialog>());
        QCOMPARE(status(), s("closed"));
        QTRY_COMPARE(detail->actionKeys(), QStringList { s("reopen") });

        // The timeline shows every step, newest first.
        QTreeWidget* timeline = detail->timeline();
        QVERIFY(timeline);
        QStringList kinds;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            kinds << timeline->topLevelItem(i)->data(0, Qt::UserRole).toString();
        QCOMPARE(kinds.first(), s("transition:close"));
        for (const char* kind : { "filed", "transition:take", "transition:triage_suspected", "report_exported",
                 "transition:escalate", "transition:start_review", "transition:refer_police" })
            QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
        shot(m_controller->mainWindow(), "cases-closed");

        // The lead detail offers the same moves.
        QTest::mouseClick(in<QPushButton>(detail, "openLeadButton"), Qt::LeftButton);
        QTRY_VERIFY(page->leadDetail() && page->leadDetail()->isVisible());
        QVERIFY(page->leadDetail()->caseActionButton(s("reopen")));
        shot(page->leadDetail(), "lead-detail");
        QVERIFY(
            page->leadDetail()->history()->topLevelItem(0)->text(2).contains(CaseWorkflow::find(s("close"))->label()));
        page->leadDetail()->close();

        auto session = Vault::unlock(m_node.path, kChief, kChiefPassword);
        QVERIFY(AuditLog::verify((*session)->db())->ok);
    }

    void statusBarCountsDeadlines()
    {
        // A second lead, filed now, becomes overdue: the supervisor's status bar says so and leads to the list.
        auto sentinel = Vault::unlock(m_node.path, kSentinel, kPassword);
        Lead lead;
        lead.title = s("另一条线索：高息揽储");
        lead.categories = { s("非法集资") };
        lead.address = s("五山路2号");
        lead.source = s("patrol");
        auto filed = LeadRepository(**sentinel).save(lead, LeadRepository::Intent::Submit);
        QVERIFY(filed.ok());
        QVERIFY((*sentinel)
                    ->db()
                    .exec(QStringLiteral("UPDATE leads SET deadline_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'")
                              .arg(filed->id))
                    .ok());
        MainWindow* window = m_controller->mainWindow();
        window->refreshDeadlines();
        QLabel* label = window->deadlineLabel();
        QVERIFY(label);
        QCOMPARE(label->property("overdue").toLongLong(), qint64(1));
        QVERIFY(label->text().contains(s("overdue")));
        Q_EMIT label->linkActivated(s("due"));
        QCOMPARE(window->currentPageKey(), MainWindow::CasesPage);
        CasesPage* page = window->casesPage();
        QCOMPARE(page->currentView(), CaseWorkflow::View::Due);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->index(0, 0).data(LeadListModel::OverdueRole).toBool());
        QCOMPARE(page->model()->index(0, LeadListModel::Deadline).data(Qt::ForegroundRole).value<QColor>(),
            LeadListModel::overdueColor());
        shot(window, "cases-due");

        // Assign it to the volunteer from the dialog.
        page->selectCase(filed->id);
        QTest::mouseClick(page->detail()->actionButton(s("assign")), Qt::LeftButton);
        auto* assign = waitForDialog<AssignDialog>();
        QVERIFY(assign);
        auto volunteer = Vault::unlock(m_node.path, kVolunteer, kPassword);
        QVERIFY(assign->select((*volunteer)->user().id));
        QTest::mouseClick(assign->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<AssignDialog>());
        QCOMPARE(CaseWorkflow(**volunteer).load(filed->id)->assigneeUserId, (*volunteer)->user().id);
    }

    void sentinelSuppliesInformation()
    {
        // The volunteer asks for more; the sentinel adds it in the lead form, whose Submit now resubmits.
        auto sentinel = Vault::unlock(m_node.path, kSentinel, kPassword);
        Lead lead;
        lead.title = s("需要补充的线索");
        lead.categories = { s("非法集资") };
        lead.address = s("五山路3号");
        lead.source = s("patrol");
        const QString id = LeadRepository(**sentinel).save(lead, LeadRepository::Intent::Submit)->id;
        auto volunteer = Vault::unlock(m_node.path, kVolunteer, kPassword);
        QVERIFY(CaseWorkflow(**volunteer).apply(id, s("take"), {}).ok());
        TransitionInput ask;
        ask.note = s("请补充宣传单照片和公司名称");
        QVERIFY(CaseWorkflow(**volunteer).apply(id, s("triage_needs_info"), ask).ok());

        signInAs(kSentinel, kPassword);
        MainWindow* window = m_controller->mainWindow();
        window->showPage(MainWindow::LeadsPage);
        LeadForm* form = window->leadsPage()->openForm(id);
        QVERIFY(form);
        auto* submit = in<QPushButton>(form, "submitButton");
        QVERIFY(submit->text().contains(s("resubmit")));
        auto* description = in<QPlainTextEdit>(form, "descriptionEdit");
        description->setFocus();
        typeText(description, s("公司名称：广州某某投资咨询有限公司"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY(!window->leadsPage()->form());
        auto state = CaseWorkflow(**volunteer).load(id);
        QCOMPARE(state->status, s("in_triage"));
        QCOMPARE(state->assigneeUserId, (*volunteer)->user().id); // back to the same volunteer
        const AuditEvent last = AuditLog::forLead((*volunteer)->db(), id)->last();
        QCOMPARE(last.kind, s("transition:resubmit"));
        QVERIFY(last.payload.contains(s("description")));
    }

    void deadlineSettings()
    {
        signInAs(kChief, kChiefPassword);
        MainWindow* window = m_controller->mainWindow();
        window->showPage(MainWindow::SettingsPageKey);
        DeadlinesPanel* panel = window->settingsPage()->deadlinesPanel();
        QVERIFY(panel);
        QVERIFY(!panel->saveButton()->isEnabled());
        panel->daysSpin(DeadlineStage::Triage)->setFocus();
        panel->daysSpin(DeadlineStage::Triage)->selectAll();
        QTest::keyClicks(panel->daysSpin(DeadlineStage::Triage), s("3"));
        QTest::mouseClick(panel->workingDaysCheck(DeadlineStage::Triage), Qt::LeftButton);
        QTest::keyClicks(panel->holidaysEdit(), s("2026-10-01"));
        QTest::keyClick(panel->holidaysEdit(), Qt::Key_Return);
        QTest::keyClicks(panel->holidaysEdit(), s("2026-10-0x"));
        QVERIFY(panel->message()->isVisible()); // the bad line is named
        QVERIFY(panel->message()->text().contains(s("2026-10-0x")));
        QVERIFY(!panel->saveButton()->isEnabled());
        for (int i = 0; i < 2; ++i) // "x" and "0" of the bad line
            QTest::keyClick(panel->holidaysEdit(), Qt::Key_Backspace);
        QTest::keyClicks(panel->holidaysEdit(), s("02"));
        QTRY_VERIFY(panel->saveButton()->isEnabled());
        shot(panel, "deadlines-panel");
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        auto session = Vault::unlock(m_node.path, kChief, kChiefPassword);
        const DeadlinePolicy saved = DeadlinePolicy::load(**session);
        QCOMPARE(saved.triage, (StageDuration { 3, true }));
        QCOMPARE(saved.calendar.holidays(), (QSet<QDate> { QDate(2026, 10, 1), QDate(2026, 10, 2) }));

        // A sentinel sees the deadlines but cannot change them.
        signInAs(kSentinel, kPassword);
        window = m_controller->mainWindow();
        DeadlinesPanel* readOnly = window->settingsPage()->deadlinesPanel();
        QVERIFY(!readOnly->daysSpin(DeadlineStage::Triage)->isEnabled());
        QVERIFY(readOnly->saveButton()->isHidden());
        QCOMPARE(readOnly->daysSpin(DeadlineStage::Triage)->value(), 3);
    }

    void cleanupTestCase() { m_controller.reset(); }
};

QTEST_MAIN(tst_CasesUi)
#include "tst_CasesUi.moc"
