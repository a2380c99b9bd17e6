// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "TestSupport.h"
#include "people/PairingRepository.h"
#include "people/PersonRepository.h"
#include "store/Database.h"
#include "structure/StructureRepository.h"

namespace gs::test {

/// A node (supervisor "chief") with 天河区 → 五山街道 → 岳洲社区 (grids G01, G02) and 茶山社区 (grid G01).
struct PeopleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QString yuezhou, chashan; ///< community ids
    QString g1, g2, c1; ///< grid ids (岳洲 G01, G02; 茶山 G01)

    PeopleFixture()
    {
        session = std::move(createNode(dir).session);
        StructureRepository repo(*session);
        const auto add = [&](UnitLevel level, const char* code, const char* name, const QString& parent) {
            StructureUnit u;
            u.level = level;
            u.code = QString::fromUtf8(code);
            u.name = QString::fromUtf8(name);
            u.parentId = parent;
            auto added = repo.add(u);
            if (!added)
                qFatal("fixture: %s", qPrintable(added.error().message));
            return added->id;
        };
        const QString district = add(UnitLevel::District, "440106", "天河区", {});
        const QString street = add(UnitLevel::Street, "440106001", "五山街道", district);
        yuezhou = add(UnitLevel::Community, "440106001001", "岳洲社区", street);
        chashan = add(UnitLevel::Community, "440106001002", "茶山社区", street);
        g1 = add(UnitLevel::Grid, "440106001001-G01", "岳洲第1网格", yuezhou);
        g2 = add(UnitLevel::Grid, "440106001001-G02", "岳洲第2网格", yuezhou);
        c1 = add(UnitLevel::Grid, "440106001002-G01", "茶山第1网格", chashan);
    }

    Person sentinel(const QString& name, const QString& phone, const QStringList& grids = {}) const
    {
        Person p;
        p.kind = PersonKind::Sentinel;
        p.name = name;
        p.phone = phone;
        p.communityId = yuezhou;
        p.gridIds = grids;
        p.location = geo::LonLat { 113.33, 23.14 };
        return p;
    }

    Person volunteer(const QString& name, const QString& phone) const
    {
        Person p;
        p.kind = PersonKind::Volunteer;
        p.name = name;
        p.phone = phone;
        p.institution = QStringLiteral("中国工商银行");
        p.branch = QStringLiteral("广州五山支行");
        p.hats = { QStringLiteral("专业宣讲员"), QStringLiteral("风险监测员") };
        p.location = geo::LonLat { 113.35, 23.15 };
        return p;
    }

    QString add(const Person& p) const
    {
        auto saved = PersonRepository(*session).save(p);
        if (!saved)
            qFatal("fixture person: %s", qPrintable(saved.error().message));
        return saved->id;
    }

    qint64 scalar(const QString& sql) const
    {
        auto stmt = session->db().prepare(sql);
        return stmt && stmt->nextRow() ? stmt->int64(0) : -1;
    }
};

} // namespace gs::test
