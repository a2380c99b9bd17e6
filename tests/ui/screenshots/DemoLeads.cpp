// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The demo leads of the screenshots: 30 leads around the Tianhe demo district's grids, in every state, some
// overdue, some with evidence, one edited and linked to a duplicate.
#include "Screenshots.h"

#include "accounts/Session.h"
#include "demo/DemoBuilder.h"
#include "leads/LeadServices.h"
#include "store/RecordWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>

namespace gs::shots {

namespace {

QString toIsoString(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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
        const QJsonArray ring = g.toObject()
                                    .value(QStringLiteral("geometry"))
                                    .toObject()
                                    .value(QStringLiteral("coordinates"))
                                    .toArray()
                                    .at(0)
                                    .toArray();
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

} // namespace

QByteArray demoPhoto(const QString& caption, const QColor& color)
{
    return photo(caption, color);
}

void fillDemoLeads(Session& session)
{
    const QStringList entities { QStringLiteral("广州鑫盛财富管理有限公司"), QStringLiteral("天河众筹投资咨询有限公司"),
        QStringLiteral("广东康寿养老服务有限公司"), QStringLiteral("粤海链通科技有限公司"),
        QStringLiteral("广州汇金资产管理有限公司"), QStringLiteral("珠江惠民理财工作室"),
        QStringLiteral("天河区乐享生活超市"), QStringLiteral("广州金穗私募基金管理有限公司"),
        QStringLiteral("华南农品消费返利商城"), QStringLiteral("广州安居以房养老服务中心") };
    const QStringList usccs { QStringLiteral("91440101MA59AAAAAK"), QStringLiteral("91350100M000100Y43"),
        QStringLiteral("12100000400000624D") };
    const QStringList pitches { QStringLiteral("承诺保本保息年化18%"), QStringLiteral("高额回报月息2分"),
        QStringLiteral("投资养老项目送鸡蛋"), QStringLiteral("虚拟币挖矿静态收益"), QStringLiteral("原始股内部认购"),
        QStringLiteral("消费返还全额返利"), QStringLiteral("拉人头发展下线返佣"), QStringLiteral("以房养老稳赚不赔"),
        QStringLiteral("私募基金保证收益"), QStringLiteral("免费旅游推销保健品") };
    const QStringList places { QStringLiteral("天河路385号"), QStringLiteral("体育西路103号"),
        QStringLiteral("五山路华南理工大学北门"), QStringLiteral("石牌东路88号"),
        QStringLiteral("珠江新城花城大道20号"), QStringLiteral("员村二横路9号"), QStringLiteral("棠下村东街12号"),
        QStringLiteral("车陂路文化广场") };
    const QStringList descriptions { QStringLiteral(
                                         "业务员在社区活动中心向老年人推销理财产品，称%1，已有多名退休人员签约。"),
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
        l.title = QStringLiteral("%1%2").arg(
            entity.left(
                entity.indexOf(QStringLiteral("有限")) > 0 ? entity.indexOf(QStringLiteral("有限")) : entity.size()),
            pitch);
        l.categories = { leads::defaultCategories().at(i % 4), leads::defaultCategories().at(4 + i % 5) };
        l.entityName = entity;
        if (i % 3 == 0)
            l.entityUscc = usccs.at(i % usccs.size());
        l.entityPhone = i % 2 ? QStringLiteral("020-8%1").arg(1000000 + i * 7919)
                              : QStringLiteral("138%1").arg(10000000 + i * 104729);
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
            l.attachments.append({ {}, QStringLiteral("现场照片%1.jpg").arg(i), {}, 0, {},
                photo(QStringLiteral("现场 %1").arg(i), QColor::fromHsv((i * 37) % 360, 120, 150)), {}, {} });
        auto saved = repo.save(l, i == 29 ? LeadRepository::Intent::SaveDraft : LeadRepository::Intent::Submit);
        if (!saved)
            qFatal("save failed: %s", qPrintable(saved.error().message));
        ids << saved->id;
    }
    // Demo variety the workflow will produce later: states, deadlines (some overdue) and filing days.
    RecordWriter writer(session.writeContext());
    const QStringList states { QStringLiteral("submitted"), QStringLiteral("in_triage"), QStringLiteral("needs_info"),
        QStringLiteral("suspected"), QStringLiteral("escalated"), QStringLiteral("under_review"),
        QStringLiteral("monitoring"), QStringLiteral("closed") };
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

} // namespace gs::shots
