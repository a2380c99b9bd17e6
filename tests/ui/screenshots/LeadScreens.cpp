// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The Leads area: the list (search, filters, another role), the form (empty, with errors, valid with the risk
// panel, duplicates) and a lead's detail with its history.
#include "Screenshots.h"

#include "LeadsTestSupport.h"
#include "MainWindow.h"
#include "itemmodels/LeadListModel.h"
#include "leads/DuplicatesDialog.h"
#include "leads/EvidenceList.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadForm.h"
#include "leads/LeadsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>

using namespace gs;
using namespace gs::shots;
using gs::test::typeText;

namespace {

/// Dialog-sized windows (form, detail) get what a user's screen gives them: most of it, within reason.
QSize dialogSize(const Studio& studio)
{
    return { std::min(studio.screen().width() - 80, 1400), std::min(studio.screen().height() - 60, 960) };
}

LeadsPage* leadsOf(MainWindow* window)
{
    window->showPage(MainWindow::LeadsPage);
    Studio::settle();
    return window->leadsPage();
}

} // namespace

GS_SCREEN(50, lead_list)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    LeadsPage* page = leadsOf(window);
    studio.save(window, QStringLiteral("leads"));
    typeText(page->searchEdit(), QStringLiteral("保本"));
    Studio::settle(400);
    studio.save(window, QStringLiteral("leads-search"));
    page->searchEdit()->clear();
    page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(true);
    studio.save(window, QStringLiteral("leads-overdue"));
    page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(false);
    typeText(page->searchEdit(), QStringLiteral("没有这样的线索"));
    Studio::settle(400);
    studio.save(window, QStringLiteral("leads-no-match"));
    page->searchEdit()->clear();
    Studio::settle(400);
    window->resize(window->minimumSize());
    studio.save(window, QStringLiteral("leads-minimum-window"));

    MainWindow* sentinel = studio.signIn(QStringLiteral("sentinel"));
    leadsOf(sentinel);
    studio.save(sentinel, QStringLiteral("leads-sentinel"));
}

GS_SCREEN(60, lead_form)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    LeadsPage* page = leadsOf(window);
    QPointer<LeadForm> form = page->openForm();
    form->resize(dialogSize(studio));
    studio.save(form, QStringLiteral("lead-form-empty"), window);
    typeText(
        form->findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("鑫盛财富在天河公园推销养老项目"));
    typeText(form->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")),
        QStringLiteral(
            "业务员在天河公园向晨练的老年人推销“养老项目”，承诺保本保息、年化收益18%，介绍朋友加入还有返利。"));
    typeText(form->findChild<QLineEdit*>(QStringLiteral("entityNameEdit")), QStringLiteral("广州鑫盛财富管理有限公司"));
    QTest::keyClicks(
        form->findChild<QLineEdit*>(QStringLiteral("entityUsccEdit")), QStringLiteral("91440101MA59AAAAAX"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("entityPhoneEdit")), QStringLiteral("12345"));
    typeText(form->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("五十万"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("lonEdit")), QStringLiteral("113.3245"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("latEdit")), QStringLiteral("23.1385"));
    form->submit();
    Studio::settle(400);
    studio.save(form, QStringLiteral("lead-form-errors"), window);
    form->findChild<QScrollArea*>(QStringLiteral("leadFormScroll"))->verticalScrollBar()->setValue(10000);
    studio.save(form, QStringLiteral("lead-form-errors-scrolled"), window);

    auto* uscc = form->findChild<QLineEdit*>(QStringLiteral("entityUsccEdit"));
    uscc->selectAll();
    QTest::keyClicks(uscc, QStringLiteral("91440101MA59AAAAAK"));
    auto* phone = form->findChild<QLineEdit*>(QStringLiteral("entityPhoneEdit"));
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("020-12345678"));
    auto* amount = form->findChild<QLineEdit*>(QStringLiteral("amountEdit"));
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("500000"));
    typeText(form->findChild<QLineEdit*>(QStringLiteral("addressEdit")), QStringLiteral("天河公园正门"));
    form->findChild<QListWidget*>(QStringLiteral("categoriesList"))->item(0)->setCheckState(Qt::Checked);
    form->findChild<QListWidget*>(QStringLiteral("categoriesList"))->item(5)->setCheckState(Qt::Checked);
    form->findChild<QCheckBox*>(QStringLiteral("groupCheck_elderly"))->setChecked(true);
    auto* source = form->findChild<QComboBox*>(QStringLiteral("sourceCombo"));
    source->setCurrentIndex(source->findData(QStringLiteral("patrol")));
    form->evidence()->setAttachments({ { {}, QStringLiteral("传单.jpg"), QStringLiteral("image/jpeg"), 0, {},
                                           demoPhoto(QStringLiteral("传单"), QColor(180, 60, 40)), {}, {} },
        { {}, QStringLiteral("录音.m4a"), QStringLiteral("audio/mp4"), 0, {}, QByteArray(180000, 'a'), {}, {} } });
    form->findChild<QScrollArea*>(QStringLiteral("leadFormScroll"))->verticalScrollBar()->setValue(0);
    Studio::settle(400);
    studio.save(form, QStringLiteral("lead-form-valid-risk"), window);
    form->submit();
    Studio::settle(300);
    if (auto* dialog = test::visibleDialog<DuplicatesDialog>()) {
        studio.save(dialog, QStringLiteral("lead-duplicates"), window);
        dialog->reject();
    }
    Studio::settle(200);
    if (form) // a saved form closes itself
        form->close();
}

GS_SCREEN(70, lead_detail)
{
    MainWindow* window = studio.signIn(QStringLiteral("supervisor"));
    LeadsPage* page = leadsOf(window);
    QString linkedId; // the edited demo lead, linked to a duplicate: fields, evidence, duplicates and history
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->leadAt(r).title.contains(QStringLiteral("补充现场照片")))
            linkedId = page->model()->leadAt(r).id;
    }
    LeadDetailView* detail = page->openDetail(linkedId);
    if (!detail)
        qFatal("no demo lead with history");
    detail->resize(dialogSize(studio));
    studio.save(detail, QStringLiteral("lead-detail"), window);
    if (auto* scroll = detail->findChild<QScrollArea*>())
        scroll->verticalScrollBar()->setValue(10000);
    studio.save(detail, QStringLiteral("lead-detail-history"), window);
    detail->close();
}
