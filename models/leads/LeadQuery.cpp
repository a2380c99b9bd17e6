// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadQuery.h"

#include "LeadRepository.h"
#include "accounts/Session.h"
#include "core/Ids.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "workflow/CaseWorkflow.h"

#include <QDateTime>
#include <QVariant>

namespace gs {

struct LeadQuery::Sql
{
    QString from;
    QStringList where;
    QList<std::pair<QString, QVariant>> binds; ///< named parameters
    bool empty = false; ///< the search has nothing searchable: no rows

    QString param(const QVariant& value)
    {
        const QString name = QStringLiteral(":p%1").arg(binds.size());
        binds.append({ name, value });
        return name;
    }
    QString anyOf(const QString& column, const QStringList& values)
    {
        QStringList names;
        for (const QString& v : values)
            names << param(v);
        return QStringLiteral("%1 IN (%2)").arg(column, names.join(QLatin1Char(',')));
    }
    /// JSON text arrays without JSON1: match the quoted element.
    QString anyJsonElement(const QString& column, const QStringList& values)
    {
        QStringList parts;
        for (const QString& v : values)
            parts << QStringLiteral("instr(%1, %2) > 0").arg(column, param(QStringLiteral("\"%1\"").arg(v)));
        return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    void bindTo(Statement& stmt) const
    {
        for (const auto& [name, value] : binds) {
            if (int i = stmt.parameterIndex(name.toUtf8().constData()))
                stmt.bindVariant(i, value);
        }
    }
};

namespace {
// A deadline runs in every status but these (the workflow clears it there too; this keeps old rows honest).
const QString kInactiveStatuses = QStringLiteral("'draft','unfounded','closed'");
const QString kOverdue = QStringLiteral("(l.deadline_at IS NOT NULL AND l.deadline_at < :now AND l.status NOT IN (%1))").arg(kInactiveStatuses);
const QString kDueSoon = QStringLiteral("(l.deadline_at IS NOT NULL AND l.deadline_at >= :now AND l.deadline_at < :soon AND "
                                        "l.status NOT IN (%1))").arg(kInactiveStatuses);
}

Result<LeadQuery::Sql> LeadQuery::build(const LeadFilter& f, bool orderedByDatePage)
{
    Sql sql;
    const LeadVisibility visibility = LeadVisibility::of(m_session);
    sql.binds.append({ QStringLiteral(":me"), visibility.me });
    sql.binds.append({ QStringLiteral(":person"), visibility.person });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sql.binds.append({ QStringLiteral(":now"), toIso(now) });
    sql.binds.append({ QStringLiteral(":soon"), toIso(now.addSecs(qint64(DeadlinePolicy::load(m_session).dueSoonHours) * 3600)) });
    sql.where << visibility.condition;
    sql.from = QStringLiteral("leads l LEFT JOIN grids g ON g.id = l.grid_id LEFT JOIN communities c ON c.id = g.community_id "
                              "LEFT JOIN users u ON u.id = l.reporter_user_id LEFT JOIN users au ON au.id = l.assignee_user_id");
    if (!f.text.trimmed().isEmpty()) {
        auto plan = LeadSearchIndex::plan(m_session.db(), f.text);
        if (!plan)
            return plan.error();
        if (plan->isEmpty()) {
            sql.empty = true;
            return sql;
        }
        const bool scan = orderedByDatePage && plan->candidates > m_scanAbove;
        if (scan) {
            // Frequent terms: the created_at index drives, each lead is verified, LIMIT stops the walk early.
            sql.from.replace(QStringLiteral("leads l "), QStringLiteral("leads l JOIN lead_search s ON s.lead_id = l.id "));
        } else {
            // Rare terms: the full-text index drives the query; verification keeps only exact substrings.
            sql.from = QStringLiteral("lead_fts f JOIN lead_search s ON s.docid = f.docid JOIN ")
                + sql.from.replace(QStringLiteral("leads l "), QStringLiteral("leads l ON l.id = s.lead_id "));
            sql.where << QStringLiteral("lead_fts MATCH %1").arg(sql.param(plan->match));
        }
        if (scan || plan->needsVerification) {
            for (const QString& needle : plan->needles)
                sql.where << QStringLiteral("instr(s.text, %1) > 0").arg(sql.param(needle));
        }
    }
    if (!f.statuses.isEmpty())
        sql.where << sql.anyOf(QStringLiteral("l.status"), f.statuses);
    if (!f.riskLevels.isEmpty())
        sql.where << sql.anyOf(QStringLiteral("l.risk_level"), f.riskLevels);
    if (!f.categories.isEmpty())
        sql.where << sql.anyJsonElement(QStringLiteral("l.categories"), f.categories);
    if (!f.groupsAtRisk.isEmpty())
        sql.where << sql.anyJsonElement(QStringLiteral("l.groups_at_risk"), f.groupsAtRisk);
    if (!f.gridId.isEmpty())
        sql.where << QStringLiteral("l.grid_id = %1").arg(sql.param(f.gridId));
    if (!f.communityId.isEmpty())
        sql.where << QStringLiteral("g.community_id = %1").arg(sql.param(f.communityId));
    if (!f.streetId.isEmpty())
        sql.where << QStringLiteral("c.street_id = %1").arg(sql.param(f.streetId));
    if (f.from.isValid())
        sql.where << QStringLiteral("l.created_at >= %1").arg(sql.param(toIso(f.from.startOfDay())));
    if (f.to.isValid())
        sql.where << QStringLiteral("l.created_at < %1").arg(sql.param(toIso(f.to.addDays(1).startOfDay())));
    if (f.mine)
        sql.where << QStringLiteral("(l.reporter_user_id = :me OR l.assignee_user_id = :me)");
    if (f.myPairs)
        sql.where << QStringLiteral("(l.reporter_user_id = :me OR l.reporter_user_id IN (SELECT pu.id FROM users pu JOIN pairings pp "
                                    "ON (pp.sentinel_id = pu.person_id AND pp.volunteer_id = :person) OR (pp.volunteer_id = pu.person_id "
                                    "AND pp.sentinel_id = :person) WHERE pp.ended_on IS NULL AND pp.deleted = 0))");
    if (f.overdue && f.dueSoon)
        sql.where << QStringLiteral("(%1 OR %2)").arg(kOverdue, kDueSoon);
    else if (f.overdue)
        sql.where << kOverdue;
    else if (f.dueSoon)
        sql.where << kDueSoon;
    if (f.awaitingMe)
        sql.where << CaseWorkflow::awaitingCondition(m_session);
    return sql;
}

Result<QList<LeadSummary>> LeadQuery::page(const LeadFilter& filter, Sort sort, int offset, int limit)
{
    auto sql = build(filter, sort == Sort::Newest || sort == Sort::Oldest);
    if (!sql)
        return sql.error();
    if (sql->empty)
        return QList<LeadSummary>();
    QString order;
    switch (sort) {
    case Sort::Newest:
        order = QStringLiteral("l.created_at DESC, l.id DESC");
        break;
    case Sort::Oldest:
        order = QStringLiteral("l.created_at ASC, l.id ASC");
        break;
    case Sort::RiskHighFirst:
        order = QStringLiteral("l.risk_score DESC, l.created_at DESC");
        break;
    case Sort::DeadlineFirst:
        order = QStringLiteral("l.deadline_at IS NULL, l.deadline_at ASC, l.created_at DESC");
        break;
    }
    const QString text = QStringLiteral(
        "SELECT l.id, l.case_no, l.status, l.title, l.entity_name, l.address, g.name, c.name, l.risk_level, l.risk_score, "
        "l.amount_cents, u.display_name, l.created_at, l.deadline_at, l.lon, l.lat, %1, %2, l.assignee_user_id, au.display_name "
        "FROM %3 WHERE %4 ORDER BY %5 LIMIT %6 OFFSET %7")
                             .arg(kOverdue, kDueSoon, sql->from, sql->where.join(QStringLiteral(" AND ")), order)
                             .arg(limit)
                             .arg(offset);
    auto stmt = m_session.db().prepare(text);
    if (!stmt)
        return stmt.error();
    sql->bindTo(*stmt);
    QList<LeadSummary> rows;
    const Status read = stmt->forEachRow([&](const Statement& row) {
        LeadSummary r;
        r.id = row.text(0);
        r.caseNo = row.text(1);
        r.status = row.text(2);
        r.title = row.text(3);
        r.entityName = row.text(4);
        r.address = row.text(5);
        r.gridName = row.text(6);
        r.communityName = row.text(7);
        r.riskLevel = row.text(8);
        r.riskScore = row.real(9);
        if (!row.isNull(10))
            r.amountCents = row.int64(10);
        r.reporterName = row.text(11);
        r.createdAt = row.text(12);
        r.deadlineAt = row.text(13);
        if (!row.isNull(14) && !row.isNull(15)) {
            r.lon = row.real(14);
            r.lat = row.real(15);
        }
        r.overdue = row.int64(16) != 0;
        r.dueSoon = row.int64(17) != 0;
        r.assigneeUserId = row.text(18);
        r.assigneeName = row.text(19);
        rows.append(r);
    });
    if (!read)
        return read.error();
    return rows;
}

Result<qint64> LeadQuery::count(const LeadFilter& filter)
{
    auto sql = build(filter);
    if (!sql)
        return sql.error();
    if (sql->empty)
        return qint64(0);
    auto stmt = m_session.db().prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(sql->from, sql->where.join(QStringLiteral(" AND "))));
    if (!stmt)
        return stmt.error();
    sql->bindTo(*stmt);
    auto step = stmt->step();
    if (!step)
        return step.error();
    return stmt->int64(0);
}

Result<QList<LeadPlace>> LeadQuery::places(const LeadFilter& filter)
{
    auto sql = build(filter);
    if (!sql)
        return sql.error();
    if (sql->empty)
        return QList<LeadPlace>();
    sql->where << QStringLiteral("l.lon IS NOT NULL AND l.lat IS NOT NULL");
    auto stmt = m_session.db().prepare(
        QStringLiteral("SELECT l.id, l.status, l.risk_level, l.amount_cents, l.created_at, l.lon, l.lat, l.address FROM %1 WHERE %2")
            .arg(sql->from, sql->where.join(QStringLiteral(" AND "))));
    if (!stmt)
        return stmt.error();
    sql->bindTo(*stmt);
    QList<LeadPlace> places;
    const Status read = stmt->forEachRow([&](const Statement& row) {
        LeadPlace p { row.text(0), row.text(1), row.text(2), std::nullopt, row.text(4), row.real(5), row.real(6), row.text(7) };
        if (!row.isNull(3))
            p.amountCents = row.int64(3);
        places.append(std::move(p));
    });
    if (!read)
        return read.error();
    return places;
}

} // namespace gs
