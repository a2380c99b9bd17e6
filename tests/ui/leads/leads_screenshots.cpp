// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Renders the Leads screens with demo-like data (the Tianhe demo district and 30 leads) to PNG.
// Usage: QT_QPA_PLATFORM=offscreen leads_screenshots [output-folder]
#include "Translations.h"
#include "LeadsTestSupport.h"
#include "Prompter.h"
#include "demo/DemoBuilder.h"
#include "itemmodels/LeadListModel.h"
#include "leads/DuplicatesDialog.h"
#include "leads/EvidenceList.h"
#include "leads/LeadDetailView.h"
#include "leads/LeadForm.h"
#include "leads/LeadServices.h"
#include "leads/LeadsPage.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace gs;
using namespace gs::test;

namespace {

QString g_out;

QString toIsoString(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

void save(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    qInfo("%s (%dx%d)", qPrintable(file), w->width(), w->height());
}

void settle(int ms = 400)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QTest::qWait(20);
}

QByteArray photo(const QString& caption, QColor color)
{
    QImage image(960, 720, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(64);
    p.setFont(font);
    p.drawText(image.rect(), Qt::AlignCenter, caption);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

/// Centres of the demo grids, from the embedded district description.
QList<QPointF> gridCentres()
{
    QList<QPointF> centres;
    const QJsonObject district = DemoBuilder::loadDistrict().value();
    for (const QJsonValue& g : district.value(QStringLiteral("grids")).toArray()) {
        const QJsonArray ring = g.toObject().value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray().at(0).toArray();
        double lon = 0, lat = 0;
        for (const QJsonValue& p : ring) {
            lon += p.toArray().at(0).toDouble();
            lat += p.toArray().at(1).toDouble();
        }
        if (!ring.isEmpty())
            centres.append({ lon / ring.size(), lat / ring.size() });
    }
    return centres;
}

void fillDemoLeads(Session& session)
{
    const QStringList entities { QStringLiteral("广州鑫盛财富管理有限公司"), QStringLiteral("天河众筹投资咨询有限公司"),
        QStringLiteral("广东康寿养老服务有限公司"), QStringLiteral("粤海链通科技有限公司"), QStringLiteral("广州汇金资产管理有限公司"),
        QStringLiteral("珠江惠民理财工作室"), QStringLiteral("天河区乐享生活超市"), QStringLiteral("广州金穗私募基金管理有限公司"),
        QStringLiteral("华南农品消费返利商城"), QStringLiteral("广州安居以房养老服务中心") };
    const QStringList usccs { QStringLiteral("91440101MA59AAAAAK"), QStringLiteral("91350100M000100Y43"), QStringLiteral("12100000400000624D") };
    const QStringList pitches { QStringLiteral("承诺保本保息年化18%"), QStringLiteral("高额回报月息2分"), QStringLiteral("投资养老项目送鸡蛋"),
        QStringLiteral("虚拟币挖矿静态收益"), QStringLiteral("原始股内部认购"), QStringLiteral("消费返还全额返利"),
        QStringLiteral("拉人头发展下线返佣"), QStringLiteral("以房养老稳赚不赔"), QStringLiteral("私募基金保证收益"),
        QStringLiteral("免费旅游推销保健品") };
    const QStringList places { QStringLiteral("天河路385号"), QStringLiteral("体育西路103号"), QStringLiteral("五山路华南理工大学北门"),
        QStringLiteral("石牌东路88号"), QStringLiteral("珠江新城花城大道20号"), QStringLiteral("员村二横路9号"),
        QStringLiteral("棠下村东街12号"), QStringLiteral("车陂路文化广场") };
    const QStringList descriptions { QStringLiteral("业务员在社区活动中心向老年人推销理财产品，称%1，已有多名退休人员签约。"),
        QStringLiteral("街坊反映有人在小区门口派发传单，宣传%1，并要求先交会员费。"),
        QStringLiteral("网格巡查发现该店铺以讲座形式聚集老人，现场宣称%1，收取现金。"),
        QStringLiteral("大学生在微信群被拉入投资群，群主宣称%1，要求转账到个人账户。") };
    const QList<QPointF> centres = gridCentres();
    QRandomGenerator rng(20261124);
    LeadRepository repo = makeLeadRepository(session);
    QStringList ids;
    for (int i = 0; i < 30; ++i) {
        Lead l;
        const QString entity = entities.at(i % entities.size());
        const QString pitch = pitches.at((i * 3) % pitches.size());
        l.title = QStringLiteral("%1%2").arg(entity.left(entity.indexOf(QStringLiteral("有限")) > 0 ? entity.indexOf(QStringLiteral("有限")) : entity.size()), pitch);
        l.categories = { leads::defaultCategories().at(i % 4), leads::defaultCategories().at(4 + i % 5) };
        l.entityName = entity;
        if (i % 3 == 0)
            l.entityUscc = usccs.at(i % usccs.size());
        l.entityPhone = i % 2 ? QStringLiteral("020-8%1").arg(1000000 + i * 7919) : QStringLiteral("138%1").arg(10000000 + i * 104729);
        l.address = places.at(i % places.size());
        const QPointF c = centres.at((i * 29) % centres.size());
        l.lon = c.x() + (rng.generateDouble() - 0.5) * 0.001;
        l.lat = c.y() + (rng.generateDouble() - 0.5) * 0.001;
        l.groupsAtRisk = { leads::groupsAtRiskKeys().at(i % 3 == 1 ? 1 : 0) };
        l.amountCents = qint64(rng.bounded(5, 900)) * 1000000;
        l.victims = int(rng.bounded(2, 80));
        l.source = leads::sourceKeys().at(i % 4);
        l.informantName = i % 4 == 1 ? QStringLiteral("李阿姨") : QString();
        l.informantPhone = i % 4 == 1 ? QStringLiteral("13800138000") : QString();
        l.informantConfidential = i % 4 == 1;
        l.description = descriptions.at(i % descriptions.size()).arg(pitch);
        if (i % 4 == 0)
            l.attachments.append({ {}, QStringLiteral("现场照片%1.jpg").arg(i), {}, 0, {}, photo(QStringLiteral("现场 %1").arg(i), QColor::fromHsv((i * 37) % 360, 120, 150)), {}, {} });
        auto saved = repo.save(l, i == 29 ? LeadRepository::Intent::SaveDraft : LeadRepository::Intent::Submit);
        if (!saved)
            qFatal("save failed: %s", qPrintable(saved.error().message));
        ids << saved->id;
    }
    // Demo variety the workflow will produce later: states, deadlines (some overdue) and filing days.
    RecordWriter writer(session.writeContext());
    const QStringList states { QStringLiteral("submitted"), QStringLiteral("in_triage"), QStringLiteral("needs_info"), QStringLiteral("suspected"),
        QStringLiteral("escalated"), QStringLiteral("under_review"), QStringLiteral("monitoring"), QStringLiteral("closed") };
    for (int i = 0; i < 29; ++i) {
        const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-(29 - i) / 2).addSecs(-3600 * (i % 9));
        QVariantMap change { { QStringLiteral("created_at"), toIsoString(created) } };
        change.insert(QStringLiteral("status"), states.at(i % states.size()));
        if (i % states.size() != 7)
            change.insert(QStringLiteral("deadline_at"), toIsoString(created.addDays(i % 3 == 0 ? 3 : 10)));
        if (!writer.update(QStringLiteral("leads"), ids.at(i), change))
            qFatal("update failed");
    }
    // One edit and one linked duplicate, for the history.
    Lead edit = repo.load(ids.at(28)).value();
    edit.title += QStringLiteral("（补充现场照片）");
    edit.victims = 35;
    if (!repo.save(edit, LeadRepository::Intent::Update))
        qWarning("edit failed");
    if (!repo.link(ids.at(28), ids.at(18)))
        qWarning("link failed");
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    // GS_LANG=zh_CN renders the screens the way users see them by default.
    if (const QString lang = qEnvironmentVariable("GS_LANG"); !lang.isEmpty())
        gs::installTranslations(app, lang);
    QDir().mkpath(g_out);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    auto demo = DemoBuilder::create(path, kFastKdf);
    if (!demo)
        qFatal("demo: %s", qPrintable(demo.error().message));
    {
        auto session = Vault::unlock(path, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
        fillDemoLeads(**session);
    }

    AppController controller(path);
    controller.setKdfParamsForTesting(kFastKdf);
    controller.prompter().setScripted(true);
    controller.start();
    signIn(controller, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
    MainWindow* window = controller.mainWindow();
    window->resize(1366, 768);
    window->showPage(MainWindow::LeadsPage);
    LeadsPage* page = window->leadsPage();
    save(window, QStringLiteral("40-leads-page"));

    typeText(page->searchEdit(), QStringLiteral("保本"));
    settle();
    save(window, QStringLiteral("41-leads-search"));
    page->searchEdit()->clear();
    page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(true);
    settle(100);
    save(window, QStringLiteral("42-leads-overdue"));
    page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(false);

    LeadForm* form = page->openForm();
    form->resize(1200, 700);
    settle(100);
    save(form, QStringLiteral("43-lead-form-empty"));
    typeText(form->findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("鑫盛财富在天河公园推销养老项目"));
    typeText(form->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")),
        QStringLiteral("业务员在天河公园向晨练的老年人推销“养老项目”，承诺保本保息、年化收益18%，介绍朋友加入还有返利。"));
    typeText(form->findChild<QLineEdit*>(QStringLiteral("entityNameEdit")), QStringLiteral("广州鑫盛财富管理有限公司"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("entityUsccEdit")), QStringLiteral("91440101MA59AAAAAX"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("entityPhoneEdit")), QStringLiteral("12345"));
    typeText(form->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("五十万"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("lonEdit")), QStringLiteral("113.3245"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("latEdit")), QStringLiteral("23.1385"));
    form->submit();
    settle();
    save(form, QStringLiteral("44-lead-form-errors"));
    form->findChild<QScrollArea*>(QStringLiteral("leadFormScroll"))->verticalScrollBar()->setValue(10000);
    save(form, QStringLiteral("45-lead-form-errors-scrolled"));

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
    form->evidence()->setAttachments({ { {}, QStringLiteral("传单.jpg"), QStringLiteral("image/jpeg"), 0, {}, photo(QStringLiteral("传单"), QColor(180, 60, 40)), {}, {} },
        { {}, QStringLiteral("录音.m4a"), QStringLiteral("audio/mp4"), 0, {}, QByteArray(180000, 'a'), {}, {} } });
    form->findChild<QScrollArea*>(QStringLiteral("leadFormScroll"))->verticalScrollBar()->setValue(0);
    settle();
    save(form, QStringLiteral("46-lead-form-valid-risk"));
    form->submit();
    settle(200);
    if (auto* dialog = visibleDialog<DuplicatesDialog>()) {
        save(dialog, QStringLiteral("47-duplicates"));
        dialog->reject();
    }
    settle(200);

    // The edited and linked demo lead: fields, evidence, duplicates and history.
    QString linkedId;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->leadAt(r).title.contains(QStringLiteral("补充现场照片")))
            linkedId = page->model()->leadAt(r).id;
    }
    LeadDetailView* detail = page->openDetail(linkedId);
    detail->resize(1200, 700);
    settle(100);
    save(detail, QStringLiteral("48-lead-detail"));
    if (auto* scroll = detail->findChild<QScrollArea*>())
        scroll->verticalScrollBar()->setValue(10000);
    save(detail, QStringLiteral("49-lead-detail-history"));
    detail->close();

    window->resize(window->minimumSize());
    save(window, QStringLiteral("50-leads-page-minimum"));
    window->resize(1366, 768);

    controller.lock();
    signIn(controller, QStringLiteral("sentinel"), QStringLiteral("Sentinel-2026"));
    controller.mainWindow()->resize(1366, 768);
    controller.mainWindow()->showPage(MainWindow::LeadsPage);
    save(controller.mainWindow(), QStringLiteral("51-leads-page-sentinel"));
    return 0;
}
