// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "TestSupport.h"
#include "core/Ids.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"

#include <QStringList>

#include <map>

namespace gs::test {

/// Every relation an account can have to a case, as named accounts:
///   reporter      sentinel 王 who filed the lead; covers grid 1
///   gridSentinel  sentinel 赵 who also covers grid 1
///   otherSentinel sentinel 孙 of grid 2 only
///   paired        volunteer 刘, paired with 王 (结对)
///   assignee      volunteer 陈, not paired; the district office may assign cases to them
///   otherVolunteer volunteer 周, neither paired nor assigned
///   supervisor    the district office (the node's first account, chief)
///   admin         node administrator
struct WorkflowFixture
{
    QTemporaryDir dir;
    Vault::CreatedNode node;
    QString grid1, grid2;
    QString personReporter, personGrid, personOther, personPaired, personAssignee, personOtherVolunteer;
    std::map<QString, std::unique_ptr<Session>> sessions;
    QString templateLead;
    int cloned = 0;

    static QStringList actors()
    {
        return { QStringLiteral("reporter"), QStringLiteral("gridSentinel"), QStringLiteral("otherSentinel"),
            QStringLiteral("paired"), QStringLiteral("assignee"), QStringLiteral("otherVolunteer"),
            QStringLiteral("supervisor"), QStringLiteral("admin") };
    }

    Session& chief() { return *node.session; }
    Session& as(const QString& actor) { return actor == QStringLiteral("supervisor") ? chief() : *sessions.at(actor); }
    QString userId(const QString& actor) { return as(actor).user().id; }

    static Lead sampleLead(const QString& title = QStringLiteral("鑫盛财富在社区推销养老理财，承诺保本保息"))
    {
        Lead l;
        l.title = title;
        l.categories = { QStringLiteral("非法集资"), QStringLiteral("保本保息承诺") };
        l.entityName = QStringLiteral("广州鑫盛财富管理有限公司");
        l.entityUscc = QStringLiteral("91440101MA59AAAAAK");
        l.address = QStringLiteral("天河路385号");
        l.lon = 113.3245;
        l.lat = 23.1385;
        l.groupsAtRisk = { QStringLiteral("elderly") };
        l.amountCents = 120000000;
        l.victims = 35;
        l.source = QStringLiteral("patrol");
        l.informantName = QStringLiteral("李阿姨");
        l.informantPhone = QStringLiteral("13800138000");
        l.informantConfidential = true;
        l.description
            = QStringLiteral("业务员在社区活动中心向老年人推销“养老理财”，称年化18%，稳赚不赔，介绍新人另有返利。");
        return l;
    }

    void setUp()
    {
        node = createNode(dir);
        RecordWriter w(chief().writeContext());
        Transaction tx(chief().db());
        const auto k = [](const char* s) { return QString::fromLatin1(s); };
        const QString district
            = w.insert(k("districts"), { { k("code"), k("440106") }, { k("name"), QStringLiteral("天河区") } }).value();
        const QString street = w.insert(k("streets"),
                                    { { k("code"), k("440106001") }, { k("name"), QStringLiteral("五山街道") },
                                        { k("district_id"), district } })
                                   .value();
        const QString community = w.insert(k("communities"),
                                       { { k("code"), k("440106001001") }, { k("name"), QStringLiteral("华工社区") },
                                           { k("street_id"), street } })
                                      .value();
        const QString square = k("{\"type\":\"Polygon\",\"coordinates\":[[[113.32,23.13],[113.33,23.13],[113.33,23.14],"
                                 "[113.32,23.14],[113.32,23.13]]]}");
        grid1 = w.insert(k("grids"),
                     { { k("code"), k("G1") }, { k("name"), QStringLiteral("第1网格") }, { k("kind"), k("community") },
                         { k("community_id"), community }, { k("geometry"), square }, { k("min_lon"), 113.32 },
                         { k("max_lon"), 113.33 }, { k("min_lat"), 23.13 }, { k("max_lat"), 23.14 } })
                    .value();
        grid2 = w.insert(k("grids"),
                     { { k("code"), k("G2") }, { k("name"), QStringLiteral("第2网格") }, { k("kind"), k("community") },
                         { k("community_id"), community } })
                    .value();
        const auto person = [&](const char* kind, const QString& name) {
            return w.insert(k("people"), { { k("kind"), k(kind) }, { k("name"), name } }).value();
        };
        personReporter = person("sentinel", QStringLiteral("王哨兵"));
        personGrid = person("sentinel", QStringLiteral("赵哨兵"));
        personOther = person("sentinel", QStringLiteral("孙哨兵"));
        personPaired = person("volunteer", QStringLiteral("刘志愿"));
        personAssignee = person("volunteer", QStringLiteral("陈志愿"));
        personOtherVolunteer = person("volunteer", QStringLiteral("周志愿"));
        for (const auto& [p, g] :
            { std::pair { personReporter, grid1 }, std::pair { personGrid, grid1 }, std::pair { personOther, grid2 } })
            QVERIFY(w.insert(k("person_grids"), { { k("person_id"), p }, { k("grid_id"), g } }).ok());
        QVERIFY(w.insert(k("pairings"),
                     { { k("card_no"), k("440106-2025-0001") }, { k("sentinel_id"), personReporter },
                         { k("volunteer_id"), personPaired }, { k("started_on"), k("2025-01-01") } })
                    .ok());
        QVERIFY(tx.commit().ok());
        chief().setKdfParams(fastKdf());
        sessions.emplace(
            QStringLiteral("reporter"), addAndSignIn(chief(), QStringLiteral("wang"), Role::Sentinel, personReporter));
        sessions.emplace(
            QStringLiteral("gridSentinel"), addAndSignIn(chief(), QStringLiteral("zhao"), Role::Sentinel, personGrid));
        sessions.emplace(
            QStringLiteral("otherSentinel"), addAndSignIn(chief(), QStringLiteral("sun"), Role::Sentinel, personOther));
        sessions.emplace(
            QStringLiteral("paired"), addAndSignIn(chief(), QStringLiteral("liu"), Role::Volunteer, personPaired));
        sessions.emplace(
            QStringLiteral("assignee"), addAndSignIn(chief(), QStringLiteral("chen"), Role::Volunteer, personAssignee));
        sessions.emplace(QStringLiteral("otherVolunteer"),
            addAndSignIn(chief(), QStringLiteral("zhou"), Role::Volunteer, personOtherVolunteer));
        sessions.emplace(QStringLiteral("admin"), addAndSignIn(chief(), QStringLiteral("root"), Role::Admin));

        // Thousands of small transactions: durability is not what these tests are about.
        QVERIFY(chief().db().exec("PRAGMA synchronous = OFF").ok());
        for (auto& [name, session] : sessions)
            QVERIFY(session->db().exec("PRAGMA synchronous = OFF").ok());
        Lead lead = sampleLead();
        lead.gridId = grid1;
        auto saved = LeadRepository(as(QStringLiteral("reporter"))).save(lead, LeadRepository::Intent::Submit);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        templateLead = saved->id;
    }

    /// A copy of the template lead (raw SQL: fast, and in any state) filed by the reporter.
    QString cloneLead(const QString& status, const QString& assigneeUserId = {})
    {
        static QStringList columns;
        Database& db = chief().db();
        if (columns.isEmpty()) {
            auto info = db.prepare("PRAGMA table_info(leads)");
            while (info->nextRow())
                columns << info->text(1);
        }
        const QString id = newId();
        QStringList select;
        for (const QString& c : columns) {
            if (c == QStringLiteral("id"))
                select << QStringLiteral(":id");
            else if (c == QStringLiteral("case_no"))
                select << QStringLiteral(":caseNo");
            else if (c == QStringLiteral("status"))
                select << QStringLiteral(":status");
            else if (c == QStringLiteral("assignee_user_id"))
                select << QStringLiteral(":assignee");
            else if (c == QStringLiteral("deadline_at"))
                select << QStringLiteral(":deadline");
            else if (c == QStringLiteral("closed_at"))
                select << QStringLiteral(":closedAt");
            else if (c == QStringLiteral("outcome"))
                select << QStringLiteral(":outcome");
            else
                select << c;
        }
        auto insert = db.prepare(QStringLiteral("INSERT INTO leads (%1) SELECT %2 FROM leads WHERE id = :template")
                                     .arg(columns.join(QLatin1Char(',')), select.join(QLatin1Char(','))));
        const bool inactive = status == QStringLiteral("draft") || status == QStringLiteral("closed")
            || status == QStringLiteral("unfounded");
        const bool ended = status == QStringLiteral("closed") || status == QStringLiteral("unfounded");
        insert->bind(insert->parameterIndex(":id"), id);
        insert->bind(
            insert->parameterIndex(":caseNo"), QStringLiteral("XS-TEST-%1").arg(++cloned, 5, 10, QLatin1Char('0')));
        insert->bind(insert->parameterIndex(":status"), status);
        if (assigneeUserId.isEmpty())
            insert->bindNull(insert->parameterIndex(":assignee"));
        else
            insert->bind(insert->parameterIndex(":assignee"), assigneeUserId);
        if (inactive)
            insert->bindNull(insert->parameterIndex(":deadline"));
        else
            insert->bind(insert->parameterIndex(":deadline"), QStringLiteral("2099-01-01T00:00:00.000Z"));
        if (ended)
            insert->bind(insert->parameterIndex(":closedAt"), nowIso());
        else
            insert->bindNull(insert->parameterIndex(":closedAt"));
        insert->bind(insert->parameterIndex(":outcome"),
            status == QStringLiteral("closed") ? QStringLiteral("rectified") : QString());
        insert->bind(insert->parameterIndex(":template"), templateLead);
        if (auto s = insert->run(); !s)
            qFatal("clone failed: %s", qPrintable(s.error().message));
        return id;
    }

    int count(const QString& sql)
    {
        auto stmt = chief().db().prepare(sql);
        return stmt && stmt->nextRow() ? stmt->integer(0) : -1;
    }

    /// Every column of the lead row as text, to prove a refused move changed nothing.
    QString row(const QString& leadId)
    {
        auto stmt = chief().db().prepare("SELECT * FROM leads WHERE id = ?");
        stmt->bind(1, leadId);
        if (!stmt->nextRow())
            return {};
        QStringList values;
        for (int i = 0; i < stmt->columnCount(); ++i)
            values << (stmt->isNull(i) ? QStringLiteral("<null>") : stmt->text(i));
        return values.join(QLatin1Char('|'));
    }
};

} // namespace gs::test
