// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadQuery.h"

#include "LeadRepository.h"
#include "accounts/Session.h"
#include "core/Ids.h"
#include "domain/Role.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "workflow/CaseWorkflow.h"

#include <QDateTime>
#include <QVariant>

#include <algorithm>

namespace gs {

struct LeadQuery::Sql
{
    QString from;
    QStringList where;
    QList<std::pair<QString, QVariant>> binds; ///< named parameters
    bool empty = false; ///< the search has nothing searchable: no rows
    bool searchDrives = false; ///< lead_search is walked in creation order (frequent terms, see build())
    bool indexDrives = false; ///< the full-text index yields the candidates (rare terms, see build())
    bool broad = false; ///< a supervisor's list without a place or person filter
    qint64 candidates = -1; ///< the plan's bound on matching documents
    QString visibility; ///< the session's visibility condition (also the first entry of `where`)
    QString leadJoins; ///< the joins that give a page its grid, community and user names
    QStringList searchWhere; ///< the conditions on lead_fts f and lead_search s alone (also in `where`)
    QString match; ///< the "lead_fts MATCH :pN" entry of searchWhere, when the index drives

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
// Overdue or due soon, as one range: the deadline index reads exactly these, where an OR of the two would not
// use it (SQLite 3.15) and scan every lead.
const QString kDueBySoon = QStringLiteral("(l.deadline_at IS NOT NULL AND l.deadline_at < :soon AND l.status NOT IN (%1))")
                               .arg(kInactiveStatuses);
// "Has a deadline" as a range of the deadline index, which every text value is at or after: SQLite 3.15 reads
// "deadline_at IS NOT NULL" as a filter, so the deadline order scanned the index from its NULLs, the leads
// without a deadline (2.1 s for the first page at 1M leads).
const QString kHasDeadline = QStringLiteral("l.deadline_at >= ''");

/// count(*) of the rows `body` ("FROM ... WHERE ...") selects; with `cap`, reading at most that many (the count is
/// then min(count, cap)). `bind` binds the statement's parameters.
template <typename Bind>
Result<qint64> countRows(Database& db, const QString& body, std::optional<qint64> cap, Bind&& bind)
{
    auto stmt = db.prepare(cap ? QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT %2)").arg(body).arg(*cap)
                               : QStringLiteral("SELECT count(*) ") + body);
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    auto step = stmt->step();
    if (!step)
        return step.error();
    return stmt->int64(0);
}
}

Result<LeadQuery::Sql> LeadQuery::build(
    const LeadFilter& f, std::optional<Sort> pageSort, bool forCount, Path path, std::optional<qint64> countCap)
{
    const bool orderedByDatePage = pageSort && (*pageSort == Sort::Newest || *pageSort == Sort::Oldest);
    Sql sql;
    const LeadVisibility visibility = LeadVisibility::of(m_session);
    sql.binds.append({ QStringLiteral(":me"), visibility.me });
    sql.binds.append({ QStringLiteral(":person"), visibility.person });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_dueSoonHours) // a node setting: read once per LeadQuery, not for every page and count
        m_dueSoonHours = DeadlinePolicy::load(m_session).dueSoonHours;
    const QString nowIso = toIso(now);
    const QString soonIso = toIso(now.addSecs(qint64(*m_dueSoonHours) * 3600));
    sql.binds.append({ QStringLiteral(":now"), nowIso });
    sql.binds.append({ QStringLiteral(":soon"), soonIso });
    sql.where << visibility.condition;
    sql.visibility = visibility.condition;
    sql.leadJoins = QStringLiteral("LEFT JOIN grids g ON g.id = l.grid_id LEFT JOIN communities c ON c.id = g.community_id "
                                   "LEFT JOIN users u ON u.id = l.reporter_user_id LEFT JOIN users au ON au.id = l.assignee_user_id");
    sql.from = QStringLiteral("leads l ") + sql.leadJoins;
    // A count reads no column of grids, communities or users (places are filtered by grid id below). SQLite
    // 3.15 does not drop unused LEFT JOINs by itself, and each costs a lookup per counted lead.
    if (forCount)
        sql.from = QStringLiteral("leads l ");
    // A supervisor sees every lead: without a place or person filter, their result is a large share of them.
    const bool broad = m_session.user().role == Role::Supervisor && f.gridId.isEmpty() && f.communityId.isEmpty()
        && f.streetId.isEmpty() && !f.mine && !f.myPairs;
    sql.broad = broad;
    if (!f.text.trimmed().isEmpty()) {
        // Page and count of one list refresh plan the same text: plan once.
        if (!m_plan || m_plan->first != f.text) {
            auto plan = LeadSearchIndex::plan(m_session.db(), f.text);
            if (!plan)
                return plan.error();
            m_plan = std::pair { f.text, *plan };
        }
        const LeadSearchIndex::Plan& plan = m_plan->second;
        if (plan.isEmpty()) {
            sql.empty = true;
            return sql;
        }
        // Frequent terms (and pages by date or counts, which stop early): walk leads and verify each, the
        // LIMIT ends the walk. A supervisor sees every lead, so without a status, place or person filter the
        // walk goes through lead_search alone, in creation order (its own index, four entries per page).
        // Others see a small share of the leads, and those filters select fewer: there the leads' own
        // indexes drive and each lead's entry is looked up.
        const bool frequent = plan.candidates > m_scanAbove;
        bool walkMayFill = true;
        if (frequent && m_walkExpected > 0) {
            // Entries: the largest docid (docids are never reused), read from the table's b-tree end.
            auto stmt = m_session.db().prepare("SELECT max(docid) FROM lead_search");
            if (!stmt)
                return stmt.error();
            const qint64 entries = stmt->nextRow() ? stmt->int64(0) : 0;
            // A supervisor's capped count walks the window by docid and hands over to the index unless it finds
            // the cap there: when the window cannot hold that many, the walk only adds its cost (20,000 entries
            // read, 40-300 ms at 1M leads, before the index count).
            const qint64 needed = forCount && countCap && broad && f.statuses.isEmpty()
                ? std::max(m_walkExpected, *countCap)
                : m_walkExpected;
            walkMayFill = walkMatchBound(plan.candidates, entries, m_walkWindow) >= needed;
        }
        const bool scan = path == Path::Auto && (orderedByDatePage || forCount) && frequent && walkMayFill;
        bool exact = false; // the phrase matched: nothing left to verify
        if (scan && broad && f.statuses.isEmpty()) {
            sql.searchDrives = true;
            sql.from = QStringLiteral("lead_search s CROSS JOIN ")
                + sql.from.replace(QStringLiteral("leads l "), QStringLiteral("leads l ON l.id = s.lead_id "));
        } else if (scan) {
            sql.from.replace(QStringLiteral("leads l "), QStringLiteral("leads l JOIN lead_search s ON s.lead_id = l.id "));
        } else {
            // Rare terms: the full-text index drives the query; verification keeps only exact substrings.
            // CROSS JOIN fixes that order: with another indexed filter (status, grid, dates) SQLite 3.15 would
            // otherwise put leads first and run the whole MATCH again for every lead (minutes at 1M leads).
            // Frequent bigrams (here when a walk would not do): the exact phrase reads every bigram's doclist
            // but needs no verification, which for frequent bigrams would read most leads' text.
            sql.from = QStringLiteral("lead_fts f CROSS JOIN lead_search s ON s.docid = f.docid CROSS JOIN ")
                + sql.from.replace(QStringLiteral("leads l "), QStringLiteral("leads l ON l.id = s.lead_id "));
            exact = frequent && !plan.phrase.isEmpty();
            sql.indexDrives = true;
            sql.candidates = plan.candidates;
            sql.match = QStringLiteral("lead_fts MATCH %1").arg(sql.param(exact ? plan.phrase : plan.match));
            sql.searchWhere << sql.match;
        }
        if (scan || (plan.needsVerification && !exact)) {
            for (const QString& needle : plan.needles)
                sql.searchWhere << QStringLiteral("instr(s.text, %1) > 0").arg(sql.param(needle));
        }
        sql.where << sql.searchWhere;
    }
    // A status is a large share of the leads. leads_status serves one status newest first, and counts, and
    // leads_grid_status the same within a grid; for a page of several statuses, or under another sort, walking
    // the order's own index and skipping other statuses beats sorting every lead of those statuses: the unary +
    // keeps SQLite off them.
    const bool statusDrives = forCount || (orderedByDatePage && f.statuses.size() == 1);
    if (!f.statuses.isEmpty())
        sql.where << sql.anyOf(statusDrives ? QStringLiteral("l.status") : QStringLiteral("+l.status"), f.statuses);
    if (!f.riskLevels.isEmpty())
        sql.where << sql.anyOf(QStringLiteral("l.risk_level"), f.riskLevels);
    if (!f.categories.isEmpty())
        sql.where << sql.anyJsonElement(QStringLiteral("l.categories"), f.categories);
    if (!f.groupsAtRisk.isEmpty())
        sql.where << sql.anyJsonElement(QStringLiteral("l.groups_at_risk"), f.groupsAtRisk);
    if (!f.gridId.isEmpty())
        sql.where << QStringLiteral("l.grid_id = %1").arg(sql.param(f.gridId));
    // Places as sets of grids: a count finds them through leads_grid; a page by date walks the date index
    // and tests membership (the unary +), which stops after one page instead of sorting the whole place.
    const QString grid = forCount ? QStringLiteral("l.grid_id") : QStringLiteral("+l.grid_id");
    if (!f.communityId.isEmpty())
        sql.where << QStringLiteral("%1 IN (SELECT pg.id FROM grids pg WHERE pg.community_id = %2)")
                         .arg(grid, sql.param(f.communityId));
    if (!f.streetId.isEmpty())
        sql.where << QStringLiteral(
            "%1 IN (SELECT pg.id FROM grids pg JOIN communities pc ON pc.id = pg.community_id WHERE pc.street_id = %2)")
                         .arg(grid, sql.param(f.streetId));
    // s.created_at equals l.created_at; on the walk through lead_search it bounds the walk itself.
    const QString created = sql.searchDrives ? QStringLiteral("s.created_at") : QStringLiteral("l.created_at");
    if (f.from.isValid())
        sql.where << QStringLiteral("%1 >= %2").arg(created, sql.param(toIso(f.from.startOfDay())));
    if (f.to.isValid())
        sql.where << QStringLiteral("%1 < %2").arg(created, sql.param(toIso(f.to.addDays(1).startOfDay())));
    if (f.mine)
        sql.where << QStringLiteral("(l.reporter_user_id = :me OR l.assignee_user_id = :me)");
    if (f.myPairs)
        sql.where << QStringLiteral("(l.reporter_user_id = :me OR l.reporter_user_id IN (SELECT pu.id FROM users pu JOIN pairings pp "
                                    "ON (pp.sentinel_id = pu.person_id AND pp.volunteer_id = :person) OR (pp.volunteer_id = pu.person_id "
                                    "AND pp.sentinel_id = :person) WHERE pp.ended_on IS NULL AND pp.deleted = 0))");
    if (f.overdue || f.dueSoon) {
        // The deadline index reads the range. A page in another order whose index can drive (date, risk)
        // walks that index instead when the range is a backlog: it stops after a page, where the range would
        // sort every overdue case first (seconds for hundreds of thousands).
        bool walkOrder = false;
        if (pageSort && *pageSort != Sort::DeadlineFirst) {
            auto large = deadlineRangeExceeds(f.overdue ? QString() : nowIso, f.dueSoon ? soonIso : nowIso);
            if (!large)
                return large.error();
            walkOrder = *large;
        }
        QString condition = f.overdue && f.dueSoon ? kDueBySoon : f.overdue ? kOverdue : kDueSoon;
        if (walkOrder)
            condition.replace(QStringLiteral("l.deadline_at"), QStringLiteral("+l.deadline_at"));
        sql.where << condition;
    }
    // A broad queue in a page: the order's index walks and the LIMIT stops it; a count probes by status.
    if (f.awaitingMe)
        sql.where << CaseWorkflow::awaitingCondition(m_session,
            broad && !forCount ? CaseWorkflow::StatusColumn::Unindexed : CaseWorkflow::StatusColumn::Indexed);
    return sql;
}

Result<bool> LeadQuery::deadlineRangeExceeds(const QString& from, const QString& before)
{
    // Index only: at most m_deadlineWalkAbove + 1 entries of the deadline index read ("" sorts before every date).
    auto n = countRows(m_session.db(),
        QStringLiteral("FROM leads INDEXED BY leads_deadline WHERE deadline_at IS NOT NULL AND deadline_at >= ?1 "
                       "AND deadline_at < ?2"),
        m_deadlineWalkAbove + 1, [&](Statement& stmt) { stmt.bindAll(from, before); });
    if (!n)
        return n.error();
    return *n > m_deadlineWalkAbove;
}

Result<QVariant> LeadQuery::walkBound(const char* sql)
{
    auto stmt = m_session.db().prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_walkWindow);
    auto step = stmt->step();
    if (!step)
        return step.error();
    return *step == Statement::StepResult::Row ? stmt->value(0) : QVariant();
}

Result<QList<LeadSummary>> LeadQuery::page(const LeadFilter& filter, Sort sort, int offset, int limit)
{
    auto sql = build(filter, sort);
    if (!sql)
        return sql.error();
    if (sql->empty)
        return QList<LeadSummary>();
    // The walk through lead_search covers the newest (oldest) kWalkWindow entries. A full page from them is
    // the true page (every newer entry was walked); otherwise the index answers.
    bool bounded = false;
    if (sql->searchDrives) {
        auto bound = walkBound(sort == Sort::Newest
                ? "SELECT created_at FROM lead_search ORDER BY created_at DESC LIMIT 1 OFFSET ?"
                : "SELECT created_at FROM lead_search ORDER BY created_at ASC LIMIT 1 OFFSET ?");
        if (!bound)
            return bound.error();
        if (!bound->isNull()) {
            sql->where << (sort == Sort::Newest ? QStringLiteral("s.created_at >= %1")
                                                : QStringLiteral("s.created_at <= %1"))
                              .arg(sql->param(*bound));
            bounded = true;
        }
    }
    QList<LeadSummary> rows;
    // Rare terms in a supervisor's whole list, by date: sort the matching index entries on lead_search alone and
    // read the leads of the page's neighbourhood only, not every matching lead (信生物科 at 1M leads: 3,609
    // matches, 148 -> 67 ms in a fresh process). Hidden drafts and tombstones can leave that page short: then the
    // whole query answers.
    const qint64 nearest = qint64(offset) + limit + limit / 4 + 8;
    bool entriesFirst = false;
    // Deadline first, without a due filter: the leads with a deadline in the deadline index's order, then those
    // without one, newest first (the same index, its NULL part). Two reads instead of one sort index, because an
    // expression index over "deadline_at IS NULL" is rewritten by every UPDATE on SQLite 3.15 (schema v11).
    enum class DeadlinePart { All, With, Without };
    const bool deadlineParts = sort == Sort::DeadlineFirst && !filter.overdue && !filter.dueSoon;
    const auto run = [&](bool allowEntriesFirst, DeadlinePart part, int runLimit, qint64 runOffset) -> Status {
        entriesFirst = allowEntriesFirst && sql->indexDrives && sql->broad
            && (sort == Sort::Newest || sort == Sort::Oldest) && sql->where.size() == sql->searchWhere.size() + 1
            && sql->candidates > nearest;
        QString from = sql->from;
        QString where = sql->where.join(QStringLiteral(" AND "));
        QString order;
        const QLatin1String direction(sort == Sort::Oldest ? "ASC" : "DESC");
        switch (sort) {
        case Sort::Newest: // the same order every way: s.created_at = l.created_at, s.lead_id = l.id
        case Sort::Oldest:
            if (entriesFirst) {
                from = QStringLiteral("(SELECT s.lead_id AS lead_id, s.created_at AS created_at "
                                      "FROM lead_fts f CROSS JOIN lead_search s ON s.docid = f.docid WHERE ")
                    + sql->searchWhere.join(QStringLiteral(" AND "))
                    + QStringLiteral(" ORDER BY s.created_at %1, s.lead_id %1 LIMIT %2) t "
                                     "CROSS JOIN leads l ON l.id = t.lead_id ")
                          .arg(direction)
                          .arg(nearest)
                    + sql->leadJoins;
                where = sql->visibility;
                order = QStringLiteral("t.created_at %1, t.lead_id %1").arg(direction);
            } else if (sql->searchDrives) {
                order = QStringLiteral("s.created_at %1, s.lead_id %1").arg(direction);
            } else {
                order = QStringLiteral("l.created_at %1, l.id %1").arg(direction);
            }
            break;
        case Sort::RiskHighFirst:
            order = QStringLiteral("l.risk_score DESC, l.created_at DESC");
            break;
        case Sort::DeadlineFirst:
            // Due or overdue cases all have a deadline: the deadline index serves the range it reads.
            order = part == DeadlinePart::Without ? QStringLiteral("l.created_at DESC")
                                                  : QStringLiteral("l.deadline_at ASC, l.created_at DESC");
            break;
        }
        if (part != DeadlinePart::All)
            where += part == DeadlinePart::With ? QStringLiteral(" AND ") + kHasDeadline
                                                : QStringLiteral(" AND l.deadline_at IS NULL");
        const QString text
            = QStringLiteral("SELECT l.id, l.case_no, l.status, l.title, l.entity_name, l.address, g.name, c.name, "
                             "l.risk_level, l.risk_score, "
                             "l.amount_cents, u.display_name, l.created_at, l.deadline_at, l.lon, l.lat, "
                             "%1, %2, l.assignee_user_id, au.display_name "
                             "FROM %3 WHERE %4 ORDER BY %5 LIMIT %6 OFFSET %7")
                  .arg(kOverdue, kDueSoon, from, where, order)
                  .arg(runLimit)
                  .arg(runOffset);
        auto stmt = m_session.db().prepare(text);
        if (!stmt)
            return stmt.error();
        sql->bindTo(*stmt);
        return stmt->forEachRow([&](const Statement& row) {
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
    };
    const DeadlinePart first = deadlineParts ? DeadlinePart::With : DeadlinePart::All;
    if (const Status read = run(true, first, limit, offset); !read)
        return read.error();
    if (bounded && rows.size() < limit) {
        auto indexed = build(filter, sort, false, Path::Index);
        if (!indexed)
            return indexed.error();
        *sql = *indexed;
        rows.clear();
        if (const Status again = run(true, first, limit, offset); !again)
            return again.error();
    }
    if (entriesFirst && rows.size() < limit) {
        rows.clear();
        if (const Status whole = run(false, first, limit, offset); !whole)
            return whole.error();
    }
    if (deadlineParts && rows.size() < limit) {
        // The page reaches past the leads with a deadline. When it holds some of them, they all precede it; when
        // it holds none, count them (at most `offset`: as many as the OFFSET itself skips).
        qint64 offsetWithout = 0;
        if (rows.isEmpty() && offset > 0) {
            auto withDeadline = countWithDeadline(*sql, offset);
            if (!withDeadline)
                return withDeadline.error();
            offsetWithout = offset - *withDeadline;
        }
        if (const Status rest = run(false, DeadlinePart::Without, limit - int(rows.size()), offsetWithout); !rest)
            return rest.error();
    }
    return rows;
}

Result<qint64> LeadQuery::hiddenLeads(qint64 cap)
{
    Database& db = m_session.db();
    auto drafts = countRows(db, QStringLiteral("FROM leads WHERE status = 'draft'"), cap, [](Statement&) { });
    if (!drafts)
        return drafts.error();
    qint64 hidden = *drafts;
    // Tombstones of each status present: SQLite 3.15 has no skip-scan, so the statuses are stepped through
    // the index (a dozen seeks), each with its range of deleted rows.
    auto next = db.prepare("SELECT status FROM leads WHERE status > ?1 ORDER BY status LIMIT 1");
    if (!next)
        return next.error();
    QString status; // "" sorts before every status
    while (hidden < cap) {
        next->reset();
        next->bind(1, status);
        auto row = next->step();
        if (!row)
            return row.error();
        if (*row != Statement::StepResult::Row)
            break;
        status = next->text(0);
        if (status == QLatin1String("draft"))
            continue;
        // Two ranges of (status, deleted), each a seek: "deleted <> 0", or an OR of the two, would read every
        // entry of the status (all of them 26 ms at 1M leads).
        for (const QLatin1String range : { QLatin1String("deleted > 0"), QLatin1String("deleted < 0") }) {
            auto tombstones = countRows(db, QStringLiteral("FROM leads WHERE status = ?1 AND ") + range,
                cap - hidden, [&](Statement& stmt) { stmt.bind(1, status); });
            if (!tombstones)
                return tombstones.error();
            hidden += *tombstones;
        }
    }
    return std::min(hidden, cap);
}

Result<qint64> LeadQuery::countOwnDrafts(const Sql& sql)
{
    Database& db = m_session.db();
    // Most supervisors have none: one seek of leads_reporter says so, before any text is matched again.
    auto any = countRows(db, QStringLiteral("FROM leads WHERE reporter_user_id = ?1 AND +status = 'draft' AND deleted = 0"),
        1, [&](Statement& stmt) { stmt.bind(1, m_session.user().id); });
    if (!any || *any == 0)
        return any;
    // The drafts drive (leads_reporter); the index's matches, when it drives, are one set probed by docid.
    QStringList where = sql.searchWhere;
    if (!sql.match.isEmpty())
        where.replaceInStrings(sql.match, QStringLiteral("s.docid IN (SELECT docid FROM lead_fts WHERE %1)").arg(sql.match));
    return countRows(db,
        QStringLiteral("FROM leads l CROSS JOIN lead_search s ON s.lead_id = l.id WHERE l.reporter_user_id = :me "
                       "AND +l.status = 'draft' AND l.deleted = 0 AND %1")
            .arg(where.join(QStringLiteral(" AND "))),
        std::nullopt, [&](Statement& stmt) { sql.bindTo(stmt); });
}

Result<qint64> LeadQuery::countWithDeadline(const Sql& sql, qint64 cap)
{
    return countRows(m_session.db(),
        QStringLiteral("FROM %1 WHERE %2 AND %3").arg(sql.from, sql.where.join(QStringLiteral(" AND ")), kHasDeadline),
        cap, [&](Statement& stmt) { sql.bindTo(stmt); });
}

Result<qint64> LeadQuery::count(const LeadFilter& filter, std::optional<qint64> cap)
{
    // An exact count of a frequent term reads every match whichever way: no walk for it.
    auto sql = build(filter, std::nullopt, true, cap ? Path::Auto : Path::Index, cap);
    if (!sql)
        return sql.error();
    if (sql->empty || (cap && *cap <= 0))
        return qint64(0);
    // One bigram in a supervisor's whole list: lead_terms holds the exact number of indexed leads containing it.
    // Those the list leaves out (drafts, tombstones) are counted from the status index; when the rest still
    // reach the cap, so does the count, without reading the bigram's doclist (50-90 ms for a frequent one).
    if (cap && sql->broad && m_plan && m_plan->first == filter.text && !m_plan->second.needsVerification
        && m_plan->second.candidates >= *cap && sql->where.size() == sql->searchWhere.size() + 1) {
        const qint64 candidates = m_plan->second.candidates;
        auto hidden = hiddenLeads(candidates - *cap + 1);
        if (!hidden)
            return hidden.error();
        if (candidates - *hidden >= *cap)
            return *cap;
    }
    // A capped count of a frequent term walks the newest kWalkWindow search entries (by docid: any order
    // counts); when they hold fewer matches than the cap, the index counts instead.
    bool bounded = false;
    if (sql->searchDrives) {
        auto bound = walkBound("SELECT b FROM (SELECT max(docid) - ?1 AS b FROM lead_search) WHERE b > 0");
        if (!bound)
            return bound.error();
        if (!bound->isNull()) {
            sql->where << QStringLiteral("s.docid > %1").arg(sql->param(*bound));
            bounded = true;
        }
    }
    // A supervisor's search alone: the entries say whether the list shows their leads (lead_search.listed), so the
    // count reads no lead, only the entries the page has just read; the supervisor's own drafts are added apart.
    std::optional<qint64> ownDrafts;
    const auto run = [&]() -> Result<qint64> {
        const bool entriesOnly = cap && sql->broad && (sql->indexDrives || sql->searchDrives)
            && sql->where.size() == sql->searchWhere.size() + 1 + (bounded ? 1 : 0);
        if (!entriesOnly) {
            return countRows(m_session.db(),
                QStringLiteral("FROM %1 WHERE %2").arg(sql->from, sql->where.join(QStringLiteral(" AND "))), cap,
                [&](Statement& stmt) { sql->bindTo(stmt); });
        }
        if (!ownDrafts) {
            auto drafts = countOwnDrafts(*sql);
            if (!drafts)
                return drafts.error();
            ownDrafts = *drafts;
        }
        if (*ownDrafts >= *cap)
            return *cap;
        QStringList where = sql->searchWhere;
        where << QStringLiteral("s.listed = 1");
        if (bounded)
            where << sql->where.last(); // the walk's window
        auto listed = countRows(m_session.db(),
            QStringLiteral("FROM %1 WHERE %2")
                .arg(sql->indexDrives ? QStringLiteral("lead_fts f CROSS JOIN lead_search s ON s.docid = f.docid")
                                      : QStringLiteral("lead_search s"),
                    where.join(QStringLiteral(" AND "))),
            *cap - *ownDrafts, [&](Statement& stmt) { sql->bindTo(stmt); });
        if (!listed)
            return listed.error();
        return *listed + *ownDrafts;
    };
    auto n = run();
    if (n && bounded && *n < *cap) {
        auto indexed = build(filter, std::nullopt, true, Path::Index);
        if (!indexed)
            return indexed.error();
        *sql = *indexed;
        bounded = false;
        n = run();
    }
    return n;
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
