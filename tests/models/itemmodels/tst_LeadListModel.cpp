// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "core/Ids.h"
#include "itemmodels/LeadListModel.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "search/LeadSearchIndex.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "structure/StructureQuery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace gs;

namespace {
const QStringList kLevels { QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high") };

/// The lead ids of a page, in order; a failed page ends the test run.
QStringList pageIds(const Result<QList<LeadSummary>>& rows)
{
    if (!rows)
        qFatal("page failed: %s", qPrintable(rows.error().message));
    QStringList out;
    for (const LeadSummary& r : rows.value())
        out << r.id;
    return out;
}

/// SQLite's plan of `sql`, one line per step ("SEARCH TABLE leads AS l USING INDEX ..."); a failure ends the run.
QString queryPlan(Database& db, const QString& sql)
{
    auto plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    if (!plan)
        qFatal("cannot explain %s: %s", qPrintable(sql), qPrintable(plan.error().message));
    QStringList details;
    if (!plan->forEachRow([&](const Statement& row) { details << row.text(3); }))
        qFatal("cannot explain %s", qPrintable(sql));
    return details.join(QLatin1Char('\n'));
}

/// Records the statements `db` prepares, until stop() or the end of its scope: a failing QCOMPARE that leaves
/// the test early must not leave an observer writing into a list that no longer exists.
class StatementRecorder
{
public:
    explicit StatementRecorder(Database& db) : m_db(db)
    {
        db.setPrepareObserver([this](const char* sql) { m_statements << QString::fromUtf8(sql); });
    }
    ~StatementRecorder() { m_db.setPrepareObserver({}); }
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;
    /// Stops recording (so explaining them records nothing) and returns what was prepared.
    QStringList stop()
    {
        m_db.setPrepareObserver({});
        return m_statements;
    }

private:
    Database& m_db;
    QStringList m_statements;
};

/// Each of `statements` that contains `marker`, with its plan (queryPlan).
QList<std::pair<QString, QString>> plansOf(Database& db, const QStringList& statements, QLatin1String marker)
{
    QList<std::pair<QString, QString>> out;
    for (const QString& sql : statements) {
        if (sql.contains(marker))
            out.append({ sql, queryPlan(db, sql) });
    }
    return out;
}
}

class TestLeadListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    QString m_street, m_community, m_gridA, m_gridB;
    Session& chief() { return *m_node.session; }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        RecordWriter w(chief().writeContext());
        Transaction tx(chief().db());
        const auto k = [](const char* s) { return QString::fromLatin1(s); };
        const QString district = w.insert(k("districts"), { { k("code"), k("440106") }, { k("name"), QStringLiteral("天河区") } }).value();
        m_street = w.insert(k("streets"), { { k("code"), k("440106001") }, { k("name"), QStringLiteral("五山街道") }, { k("district_id"), district } }).value();
        m_community = w.insert(k("communities"), { { k("code"), k("440106001001") }, { k("name"), QStringLiteral("华工社区") }, { k("street_id"), m_street } }).value();
        // Grid A is inside grid B's box: a point in A is in both boxes, A is the smaller one.
        m_gridA = w.insert(k("grids"), { { k("code"), k("G1") }, { k("name"), QStringLiteral("第1网格") }, { k("kind"), k("community") },
            { k("community_id"), m_community }, { k("min_lon"), 113.30 }, { k("max_lon"), 113.31 }, { k("min_lat"), 23.10 }, { k("max_lat"), 23.11 } }).value();
        m_gridB = w.insert(k("grids"), { { k("code"), k("G2") }, { k("name"), QStringLiteral("第2网格") }, { k("kind"), k("building") },
            { k("community_id"), m_community }, { k("min_lon"), 113.29 }, { k("max_lon"), 113.33 }, { k("min_lat"), 23.09 }, { k("max_lat"), 23.13 },
            { k("geometry"), k("{\"type\":\"Polygon\"}") } }).value();
        QVERIFY(tx.commit().ok());

        LeadRepository repo(chief());
        repo.setScreening({}); // the fixture sets risk levels itself
        for (int i = 0; i < 250; ++i) {
            Lead l;
            l.title = QStringLiteral("第%1号线索：某理财公司承诺高额返利").arg(i, 3, 10, QLatin1Char('0'));
            l.categories = { i % 2 ? QStringLiteral("非法集资") : QStringLiteral("高额返利") };
            l.entityName = QStringLiteral("广州某某%1投资咨询有限公司").arg(i);
            l.address = QStringLiteral("天河路%1号").arg(i);
            l.source = QStringLiteral("patrol");
            l.riskLevel = kLevels.at(i % 3);
            l.riskScore = (i % 3) * 30;
            l.amountCents = qint64(i) * 10000;
            l.gridId = i % 5 == 0 ? m_gridA : QString();
            auto saved = repo.save(l, LeadRepository::Intent::Submit);
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
            // Deadlines come from the workflow (submission starts a 2-day triage); move some into the past.
            if (i % 50 == 0)
                QVERIFY(chief().db().exec(QStringLiteral("UPDATE leads SET deadline_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'")
                                              .arg(saved->id)).ok());
        }
    }

    void fetchMorePagesThroughEverything()
    {
        LeadListModel model(chief());
        QCOMPARE(model.totalCount(), qint64(250));
        QCOMPARE(model.rowCount(), LeadListModel::kPageSize);
        QCOMPARE(model.columnCount(), int(LeadListModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 100);
        QCOMPARE(inserted.first().at(2).toInt(), 199);
        // The tester checks the model and, like a view, fetches what is left.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(inserted.count(), 2);
        model.fetchMore({}); // nothing left: no change
        QCOMPARE(model.rowCount(), 250);

        // Newest first by default; every id once.
        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.index(r, 0).data(LeadListModel::LeadIdRole).toString());
        QCOMPARE(ids.size(), 250);
        QVERIFY(model.index(0, LeadListModel::Title).data().toString().startsWith(QStringLiteral("第249号")));
        QVERIFY(model.index(0, LeadListModel::CaseNo).data().toString().startsWith(QStringLiteral("XS")));
        QCOMPARE(model.index(0, LeadListModel::Amount).data().toString(), QStringLiteral("24,900"));
        QCOMPARE(model.headerData(LeadListModel::Risk, Qt::Horizontal).toString(), QStringLiteral("Risk"));
    }

    void filterAndSortChangeRows()
    {
        LeadListModel model(chief());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &LeadListModel::totalCountChanged);

        LeadFilter high;
        high.riskLevels = { QStringLiteral("high") };
        model.setFilter(high);
        QCOMPARE(model.totalCount(), qint64(83)); // i % 3 == 2 for i < 250
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.first().first().toLongLong(), qint64(83));
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, 0).data(LeadListModel::RiskLevelRole).toString(), QStringLiteral("high"));
            QCOMPARE(model.index(r, LeadListModel::Risk).data(Qt::DecorationRole).value<QColor>(), LeadListModel::riskColor(QStringLiteral("high")));
        }

        LeadFilter grid;
        grid.gridId = m_gridA;
        model.setFilter(grid);
        QCOMPARE(model.totalCount(), qint64(50));
        QCOMPARE(model.index(0, LeadListModel::Place).data().toString(), QStringLiteral("华工社区 · 第1网格"));
        grid.gridId.clear();
        grid.streetId = m_street;
        model.setFilter(grid);
        QCOMPARE(model.totalCount(), qint64(50));

        LeadFilter overdue;
        overdue.overdue = true;
        model.setFilter(overdue);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(0, 0).data(LeadListModel::OverdueRole).toBool());
        QCOMPARE(model.index(0, LeadListModel::Deadline).data(Qt::ForegroundRole).value<QColor>(), LeadListModel::overdueColor());

        model.setFilter(LeadFilter());
        model.setSort(LeadQuery::Sort::RiskHighFirst);
        QCOMPARE(model.index(0, 0).data(LeadListModel::RiskLevelRole).toString(), QStringLiteral("high"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(LeadListModel::RiskLevelRole).toString(), QStringLiteral("low"));

        model.sort(LeadListModel::Created, Qt::AscendingOrder);
        QCOMPARE(model.sortOrder(), LeadQuery::Sort::Oldest);
        QVERIFY(model.index(0, LeadListModel::Title).data().toString().startsWith(QStringLiteral("第000号")));
        model.sort(LeadListModel::Created, Qt::DescendingOrder);
        QVERIFY(model.index(0, LeadListModel::Title).data().toString().startsWith(QStringLiteral("第249号")));
        model.sort(LeadListModel::Deadline, Qt::AscendingOrder);
        QVERIFY(model.index(0, 0).data(LeadListModel::OverdueRole).toBool());
        QCOMPARE(LeadListModel::sortIndicator(model.sortOrder()).first, int(LeadListModel::Deadline));
        model.sort(LeadListModel::Title, Qt::AscendingOrder); // not sortable in the database: unchanged
        QCOMPARE(model.sortOrder(), LeadQuery::Sort::DeadlineFirst);
    }

    void dueSoonAndAssignee()
    {
        // Three leads get deadlines: 3 hours away (due soon), 3 days away, past; one is assigned.
        LeadListModel model(chief());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSort(LeadQuery::Sort::Newest);
        const QString soon = model.leadAt(0).id, later = model.leadAt(1).id, past = model.leadAt(2).id;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto set = [this](const QString& id, const QString& column, const QString& value) {
            QVERIFY(chief().db().exec(QStringLiteral("UPDATE leads SET %1 = '%2' WHERE id = '%3'").arg(column, value, id)).ok());
        };
        set(soon, QStringLiteral("deadline_at"), toIso(now.addSecs(3 * 3600)));
        set(later, QStringLiteral("deadline_at"), toIso(now.addDays(3)));
        set(past, QStringLiteral("deadline_at"), toIso(now.addSecs(-60)));
        set(soon, QStringLiteral("assignee_user_id"), chief().user().id);
        model.refresh();
        const auto index = [&](const QString& id, int column) { return model.index(model.rowOfLead(id), column); };
        QVERIFY(index(soon, 0).data(LeadListModel::DueSoonRole).toBool());
        QVERIFY(!index(soon, 0).data(LeadListModel::OverdueRole).toBool());
        QVERIFY(!index(later, 0).data(LeadListModel::DueSoonRole).toBool());
        QVERIFY(index(past, 0).data(LeadListModel::OverdueRole).toBool());
        QVERIFY(!index(past, 0).data(LeadListModel::DueSoonRole).toBool());
        QCOMPARE(index(soon, LeadListModel::Deadline).data(Qt::ForegroundRole).value<QColor>(), LeadListModel::dueSoonColor());
        QVERIFY(index(soon, LeadListModel::Deadline).data(Qt::ToolTipRole).toString().contains(QStringLiteral("due in")));
        QCOMPARE(index(soon, LeadListModel::Deadline).data(LeadListModel::DeadlineRole).toDateTime().toUTC().secsTo(now.addSecs(3 * 3600)), 0);
        QCOMPARE(index(soon, LeadListModel::Assignee).data().toString(), chief().user().displayName);
        QCOMPARE(index(soon, LeadListModel::Assignee).data(Qt::ToolTipRole).toString(), chief().user().displayName);
        QVERIFY(index(later, LeadListModel::Assignee).data().toString().isEmpty());

        LeadFilter due;
        due.dueSoon = true;
        model.setFilter(due);
        QCOMPARE(model.totalCount(), qint64(1));
        due.overdue = true; // both: either
        model.setFilter(due);
        QCOMPARE(model.rowOfLead(soon) >= 0 && model.rowOfLead(past) >= 0 && model.rowOfLead(later) < 0, true);
        QCOMPARE(LeadListModel::relativeDeadline(now.addSecs(3 * 3600 + 30), now), QStringLiteral("due in 3 h"));
        QCOMPARE(LeadListModel::relativeDeadline(now.addDays(-3), now), QStringLiteral("3 day(s) overdue"));
    }

    void countStopsAtTheCap()
    {
        LeadListModel model(chief());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.totalIsCapped()); // 250 < kCountCap
        QSignalSpy totals(&model, &LeadListModel::totalCountChanged);
        model.setCountCap(120);
        QCOMPARE(model.totalCount(), qint64(120));
        QVERIFY(model.totalIsCapped());
        QCOMPARE(model.rowCount(), LeadListModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200); // more rows than the capped count: the count follows, still a bound
        QCOMPARE(model.totalCount(), qint64(200));
        QVERIFY(model.totalIsCapped());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250); // the end: exact
        QCOMPARE(model.totalCount(), qint64(250));
        QVERIFY(!model.totalIsCapped());
        QCOMPARE(totals.last().first().toLongLong(), qint64(250));

        // Under one page the page is the count; a search is capped like the rest.
        LeadFilter high;
        high.riskLevels = { QStringLiteral("high") };
        model.setFilter(high);
        QCOMPARE(model.totalCount(), qint64(83));
        QVERIFY(!model.totalIsCapped());
        LeadFilter text;
        text.text = QStringLiteral("某理财公司");
        model.setFilter(text);
        QCOMPARE(model.totalCount(), qint64(120));
        QVERIFY(model.totalIsCapped());

        // LeadQuery's cap: min(count, cap), with and without a place filter (which keeps the joins).
        LeadQuery query(chief());
        QCOMPARE(query.count(LeadFilter(), 120).value(), qint64(120));
        QCOMPARE(query.count(LeadFilter(), 1000).value(), qint64(250));
        QCOMPARE(query.count(LeadFilter()).value(), qint64(250));
        QCOMPARE(query.count(text, 7).value(), qint64(7));
        LeadFilter street;
        street.streetId = m_street;
        QCOMPARE(query.count(street, 10).value(), qint64(10));
        QCOMPARE(query.count(street, 1000).value(), qint64(50));
        QCOMPARE(query.count(street, 0).value(), qint64(0));
    }

    /// A capped count of one bigram in a supervisor's whole list may be answered from the bigram's document
    /// count: never when drafts of others and tombstones among its leads bring the visible ones under the cap.
    void singleBigramCountsLeaveOutHiddenLeads()
    {
        Database& db = chief().db();
        QVERIFY(db.exec("SAVEPOINT hidden").ok());
        LeadFilter f;
        f.text = QStringLiteral("理财"); // in every lead's title
        const qint64 all = LeadQuery(chief()).count(f).value();
        QVERIFY(all >= 250);
        QVERIFY(db.exec("INSERT INTO users (id, username, display_name, role, created_at, updated_at, updated_by) "
                        "VALUES ('u-other', 'other', 'O', 'sentinel', 't', 't', 'n/u'); "
                        "UPDATE leads SET deleted = 1 WHERE rowid % 12 = 0; "
                        "UPDATE leads SET status = 'draft', reporter_user_id = 'u-other' WHERE rowid % 12 = 6; "
                        "UPDATE leads SET status = 'draft', deleted = 1, reporter_user_id = 'u-other' WHERE rowid = 7;")
                    .ok());
        const qint64 visible = LeadQuery(chief()).count(f).value();
        QVERIFY2(visible < all - 30, qPrintable(QStringLiteral("%1 of %2").arg(visible).arg(all)));
        LeadQuery query(chief());
        StatementRecorder recorder(db);
        for (const qint64 cap : { qint64(1), visible - 5, visible, visible + 1, visible + 10, all - 1, all, all + 5 })
            QCOMPARE(query.count(f, cap).value(), std::min(visible, cap));
        // Tombstones are counted by seeks of (status, deleted): a filter on `deleted` read every lead's entry.
        const auto tombstoneCounts = plansOf(db, recorder.stop(), QLatin1String("FROM leads WHERE status = ?1 AND"));
        QVERIFY(!tombstoneCounts.isEmpty());
        for (const auto& [sql, plan] : tombstoneCounts)
            QVERIFY2(plan.contains(QLatin1String("status=? AND deleted")), qPrintable(sql + QLatin1Char('\n') + plan));
        QVERIFY(db.exec("ROLLBACK TO hidden; RELEASE hidden").ok());
    }

    /// The three ways LeadQuery answers a search (the full-text index for rare terms; for frequent ones a
    /// newest-first walk through lead_search, or through leads when a place filter selects few) return the
    /// same rows in the same order, and the same counts, capped or not, with every kind of filter.
    void searchPlansAgree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("filter");
        const char* texts[]
            = { "理财公司", "第12", "高额返利", "投资咨询有限公司", "第1 返利", "号线索：某", "某某", "承诺高额返利" };
        const char* filters[] = { "none", "status", "two statuses", "grid", "community", "street", "risk", "category",
            "dates", "overdue", "status+grid" };
        for (const char* t : texts)
            for (int f = 0; f < int(std::size(filters)); ++f)
                QTest::addRow("%s / %s", t, filters[f]) << QString::fromUtf8(t) << f;
    }

    /// The walk is skipped when its window cannot hold a page's worth of matches (1M leads: a bigram in 3,609
    /// of them gives at most 72 in the newest 20,000), and a small node's window is all of it.
    void walkMatchBoundScalesTheRarestBigram()
    {
        QCOMPARE(LeadQuery::walkMatchBound(3609, 1000000, 20000), qint64(72));
        QCOMPARE(LeadQuery::walkMatchBound(71645, 1000000, 20000), qint64(1432));
        QCOMPARE(LeadQuery::walkMatchBound(150, 900, 20000), qint64(150));
        QVERIFY(LeadQuery::walkMatchBound(3609, 1000000, LeadQuery::kWalkWindow) < LeadQuery::kWalkExpectedMatches);
    }

    /// lead_search.listed (schema v12) is "neither a draft nor deleted" for every entry: after changes of status
    /// and deletion either way, after an entry is written again, and as the migration fills it.
    void listedFollowsDraftsAndTombstones()
    {
        Database& db = chief().db();
        QVERIFY(db.exec("SAVEPOINT listed").ok());
        const auto mismatches = [&] {
            auto n = db.prepare("SELECT count(*) FROM lead_search s JOIN leads l ON l.id = s.lead_id "
                                "WHERE s.listed IS NOT (l.status <> 'draft' AND l.deleted = 0)");
            return n && n->nextRow() ? n->int64(0) : -1;
        };
        const auto listed = [&] {
            auto n = db.prepare("SELECT count(*) FROM lead_search WHERE listed = 1");
            return n && n->nextRow() ? n->int64(0) : -1;
        };
        QCOMPARE(mismatches(), qint64(0));
        const qint64 before = listed();
        QVERIFY(db.exec("UPDATE leads SET deleted = 1 WHERE rowid % 10 = 0; "
                        "UPDATE leads SET status = 'draft' WHERE rowid % 10 IN (1, 2); "
                        "UPDATE leads SET status = 'draft', deleted = 1 WHERE rowid % 10 = 3;")
                    .ok());
        QCOMPARE(mismatches(), qint64(0));
        QVERIFY(listed() < before - 50);
        QVERIFY(db.exec("UPDATE leads SET deleted = 0 WHERE rowid % 10 = 0; "
                        "UPDATE leads SET status = 'submitted' WHERE rowid % 10 = 1; "
                        "UPDATE leads SET deleted = 0 WHERE rowid % 10 = 3;") // still drafts
                    .ok());
        QCOMPARE(mismatches(), qint64(0));
        // Written again (an edit's save): the entry takes the lead's state, whatever it held.
        QVERIFY(db.exec("UPDATE lead_search SET listed = 1 - listed WHERE docid % 3 = 0").ok());
        QVERIFY(mismatches() > 0);
        {
            auto stale = db.prepare("SELECT s.lead_id, s.text FROM lead_search s WHERE docid % 3 = 0");
            QVERIFY(stale.ok());
            QList<std::pair<QString, QString>> entries;
            while (stale->nextRow())
                entries.append({ stale->text(0), stale->text(1) });
            LeadSearchIndex::Writer writer(db);
            for (const auto& [id, text] : entries)
                QVERIFY(writer.put(id, text, nullptr, nullptr).ok());
            QVERIFY(writer.flush().ok());
        }
        QCOMPARE(mismatches(), qint64(0));
        // The migration's fill, on entries that all say listed.
        QVERIFY(db.exec("UPDATE lead_search SET listed = 1").ok());
        QVERIFY(mismatches() > 0);
        bool filled = false;
        for (const schema::Migration& m : schema::migrations()) {
            for (const QString& statement : QString::fromUtf8(m.sql).split(QLatin1Char(';'))) {
                if (statement.trimmed().startsWith(QLatin1String("UPDATE lead_search SET listed"))) {
                    QVERIFY(db.exec(statement.toUtf8().constData()).ok());
                    filled = true;
                }
            }
        }
        QVERIFY(filled);
        QCOMPARE(mismatches(), qint64(0));
        QVERIFY(db.exec("ROLLBACK TO listed; RELEASE listed").ok());
    }

    /// A supervisor's capped count of a search alone reads the entries' listed flag, not the leads: with drafts of
    /// others, tombstones and the supervisor's own drafts (deleted or not) among the matches, every way of
    /// answering gives min(visible, cap).
    void entryCountsLeaveOutHiddenLeadsButOwnDrafts()
    {
        Database& db = chief().db();
        QVERIFY(db.exec("SAVEPOINT entries").ok());
        QVERIFY(db.exec("INSERT INTO users (id, username, display_name, role, created_at, updated_at, updated_by) "
                        "VALUES ('u-other2', 'other2', 'O', 'sentinel', 't', 't', 'n/u'); "
                        "UPDATE leads SET deleted = 1 WHERE rowid % 12 = 0; "
                        "UPDATE leads SET status = 'draft', reporter_user_id = 'u-other2' WHERE rowid % 12 = 6;")
                    .ok());
        auto own = db.prepare("UPDATE leads SET status = 'draft', reporter_user_id = ?1, deleted = (rowid % 24 = 9) "
                              "WHERE rowid % 12 = 9");
        QVERIFY(own.ok());
        QVERIFY(own->bind(1, chief().user().id).run().ok());
        const QString needle = QStringLiteral("理财公司");
        auto truthStmt = db.prepare(QStringLiteral("SELECT count(*) FROM leads l JOIN lead_search s ON s.lead_id = l.id "
                                                   "WHERE l.deleted = 0 AND (l.status <> 'draft' OR l.reporter_user_id = ?1) "
                                                   "AND instr(s.text, '%1') > 0").arg(needle));
        QVERIFY(truthStmt.ok());
        truthStmt->bind(1, chief().user().id);
        QVERIFY(truthStmt->nextRow());
        const qint64 visible = truthStmt->int64(0);
        QVERIFY(visible > 150 && visible < 230);
        LeadFilter f;
        f.text = needle;
        LeadQuery viaIndex(chief());
        viaIndex.setScanAboveCandidates(1000000);
        LeadQuery viaWalk(chief());
        viaWalk.setScanAboveCandidates(0);
        viaWalk.setWalkExpectedMatches(0);
        LeadQuery viaShortWalk(chief());
        viaShortWalk.setScanAboveCandidates(0);
        viaShortWalk.setWalkExpectedMatches(0);
        viaShortWalk.setWalkWindow(30);
        StatementRecorder recorder(db);
        for (LeadQuery* query : { &viaIndex, &viaWalk, &viaShortWalk }) {
            for (const qint64 cap : { qint64(1), qint64(20), visible - 1, visible, visible + 1, qint64(1000) })
                QCOMPARE(query->count(f, cap).value(), std::min(visible, cap));
        }
        // The counts of matches read lead_search alone; only the own drafts' count reads leads.
        const QStringList statements = recorder.stop();
        int entryCounts = 0;
        for (const QString& sql : statements) {
            if (!sql.contains(QLatin1String("s.listed = 1")))
                continue;
            ++entryCounts;
            QVERIFY2(!sql.contains(QLatin1String("leads")), qPrintable(sql));
        }
        QVERIFY(entryCounts >= 3);
        QVERIFY(std::any_of(statements.cbegin(), statements.cend(),
            [](const QString& sql) { return sql.contains(QLatin1String("+l.status = 'draft'")); }));
        QVERIFY(db.exec("ROLLBACK TO entries; RELEASE entries").ok());
    }

    /// A capped count walks the newest entries only when they may hold the cap: a walk that cannot reach it
    /// always hands over to the index, after reading its whole window.
    void countsWalkOnlyWhenTheWindowMayHoldTheCap()
    {
        Database& db = chief().db();
        LeadFilter f;
        f.text = QStringLiteral("理财公司"); // in every lead's title; two bigrams, so no count from lead_terms
        const qint64 all = LeadQuery(chief()).count(f).value();
        QVERIFY(all >= 250);
        LeadQuery query(chief());
        query.setScanAboveCandidates(0);
        query.setWalkWindow(30); // of about 250 entries: at most 30 matches in the window
        query.setWalkExpectedMatches(10);
        const auto walks = [&](qint64 cap) {
            StatementRecorder recorder(db);
            const qint64 n = query.count(f, cap).value();
            if (n != std::min(all, cap))
                qFatal("count %lld with cap %lld, expected %lld", qint64(n), qint64(cap), std::min(all, cap));
            const QStringList statements = recorder.stop();
            return std::any_of(statements.cbegin(), statements.cend(),
                [](const QString& sql) { return sql.contains(QLatin1String("s.docid >")); });
        };
        QVERIFY(walks(20));
        QVERIFY(walks(30));
        QVERIFY(!walks(31));
        QVERIFY(!walks(100));
        QVERIFY(!walks(all + 1));
    }

    /// A supervisor's rare-term page sorts the matching index entries first and reads only the leads near the
    /// page. Tombstoned leads among the newest matches leave that short; the pages must still be the true ones.
    void entriesFirstPagesSkipHiddenLeads()
    {
        Database& db = chief().db();
        Transaction tx(db); // rolled back: the other tests see the fixture unchanged
        QVERIFY(tx.begun());
        const QString needle = QStringLiteral("投资咨询");
        QVERIFY(db.exec(QStringLiteral("UPDATE leads SET deleted = 1 WHERE id IN (SELECT l.id FROM leads l JOIN lead_search s "
                                       "ON s.lead_id = l.id WHERE instr(s.text, '%1') > 0 ORDER BY l.created_at DESC LIMIT 40) "
                                       "OR id IN (SELECT id FROM leads ORDER BY created_at ASC LIMIT 7)")
                            .arg(needle)));
        QStringList truth;
        auto all = db.prepare(QStringLiteral("SELECT l.id FROM leads l JOIN lead_search s ON s.lead_id = l.id WHERE l.deleted = 0 "
                                             "AND l.status <> 'draft' AND instr(s.text, '%1') > 0 ORDER BY l.created_at DESC, l.id DESC")
                                  .arg(needle));
        while (all && all->nextRow())
            truth << all->text(0);
        QVERIFY(truth.size() > 100);
        QStringList oldest = truth;
        std::reverse(oldest.begin(), oldest.end());

        LeadQuery viaIndex(chief());
        viaIndex.setScanAboveCandidates(1000000); // the index drives, as for a rare term
        LeadFilter f;
        f.text = needle;
        for (const auto& [offset, limit] : { std::pair { 0, 10 }, { 0, 30 }, { 25, 10 }, { 100, 50 }, { 0, 1000 } }) {
            QCOMPARE(pageIds(viaIndex.page(f, LeadQuery::Sort::Newest, offset, limit)), truth.mid(offset, limit));
            QCOMPARE(pageIds(viaIndex.page(f, LeadQuery::Sort::Oldest, offset, limit)), oldest.mid(offset, limit));
        }
    }

    void searchPlansAgree()
    {
        QFETCH(QString, text);
        QFETCH(int, filter);
        LeadFilter f;
        f.text = text;
        switch (filter) {
        case 1:
            f.statuses = { QStringLiteral("submitted") };
            break;
        case 2:
            f.statuses = { QStringLiteral("submitted"), QStringLiteral("closed") };
            break;
        case 3:
            f.gridId = m_gridA;
            break;
        case 4:
            f.communityId = m_community;
            break;
        case 5:
            f.streetId = m_street;
            break;
        case 6:
            f.riskLevels = { QStringLiteral("high"), QStringLiteral("low") };
            break;
        case 7:
            f.categories = { QStringLiteral("高额返利") };
            break;
        case 8:
            f.from = QDate::currentDate().addDays(-1);
            f.to = QDate::currentDate();
            break;
        case 9:
            f.overdue = true;
            break;
        case 10:
            f.statuses = { QStringLiteral("submitted") };
            f.gridId = m_gridA;
            break;
        default:
            break;
        }
        LeadQuery viaIndex(chief());
        viaIndex.setScanAboveCandidates(1000000);
        LeadQuery viaWalk(chief()); // and the exact phrase where no walk applies (other sorts, exact counts)
        viaWalk.setScanAboveCandidates(0);
        viaWalk.setWalkExpectedMatches(0);
        LeadQuery viaShortWalk(chief()); // a window of 30 entries: the walk gives up, the index answers
        viaShortWalk.setScanAboveCandidates(0);
        viaShortWalk.setWalkExpectedMatches(0);
        viaShortWalk.setWalkWindow(30);
        for (const LeadQuery::Sort sort :
            { LeadQuery::Sort::Newest, LeadQuery::Sort::Oldest, LeadQuery::Sort::RiskHighFirst }) {
            const QStringList all = pageIds(viaIndex.page(f, sort, 0, 1000));
            QCOMPARE(pageIds(viaWalk.page(f, sort, 0, 1000)), all);
            QCOMPARE(pageIds(viaWalk.page(f, sort, 7, 20)), all.mid(7, 20));
            QCOMPARE(pageIds(viaShortWalk.page(f, sort, 0, 10)), all.mid(0, 10));
            QCOMPARE(pageIds(viaShortWalk.page(f, sort, 20, 10)), all.mid(20, 10));
        }
        auto exactCount = viaIndex.count(f);
        if (!exactCount)
            qFatal("count failed: %s", qPrintable(exactCount.error().message));
        const qint64 exact = *exactCount;
        const auto counted = [](Result<qint64> n) {
            if (!n)
                qFatal("count failed: %s", qPrintable(n.error().message));
            return *n;
        };
        QCOMPARE(counted(viaWalk.count(f)), exact);
        QCOMPARE(counted(viaWalk.count(f, 5)), std::min<qint64>(exact, 5));
        QCOMPARE(counted(viaIndex.count(f, 5)), std::min<qint64>(exact, 5));
        QCOMPARE(counted(viaShortWalk.count(f, 5)), std::min<qint64>(exact, 5));
        QCOMPARE(counted(viaShortWalk.count(f, 100)), std::min<qint64>(exact, 100));
        if (filter == 0)
            QVERIFY(exact > 0);
    }

    /// Overdue and due-soon pages by date or risk: read through the deadline index (a short range) or by
    /// walking the order's own index (a backlog), the same rows in the same order.
    void deadlinePlansAgree()
    {
        Database& db = chief().db();
        QVERIFY(db.exec("SAVEPOINT deadlines").ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A third overdue by 1 to 40 days, a sixth due within hours, the rest later or without a deadline.
        const QString update = QStringLiteral(
            "UPDATE leads SET deadline_at = CASE WHEN rowid % 3 = 0 THEN '%1' || substr('0' || (1 + rowid % 28), -2) "
            "|| 'T08:00:00.000Z' WHEN rowid % 6 = 1 THEN '%2' ELSE deadline_at END")
                                   .arg(now.addMonths(-2).toString(QStringLiteral("yyyy-MM-")), toIso(now.addSecs(3600)));
        QVERIFY(db.exec(update).ok());
        {
            auto shares = db.prepare("SELECT sum(deadline_at < ?1), sum(deadline_at >= ?1 AND deadline_at < ?2) FROM leads");
            QVERIFY(shares.ok());
            shares->bindAll(toIso(now), toIso(now.addSecs(2 * 3600)));
            QVERIFY(shares->nextRow());
            QVERIFY2(shares->int64(0) > 50 && shares->int64(1) > 20,
                qPrintable(QStringLiteral("%1 overdue, %2 due soon").arg(shares->int64(0)).arg(shares->int64(1))));
        }
        for (const auto& [overdue, dueSoon] : { std::pair { true, false }, { false, true }, { true, true } }) {
            LeadFilter f;
            f.overdue = overdue;
            f.dueSoon = dueSoon;
            LeadQuery viaRange(chief());
            viaRange.setDeadlineWalkAbove(1000000);
            LeadQuery viaWalk(chief());
            viaWalk.setDeadlineWalkAbove(0);
            for (const LeadQuery::Sort sort : { LeadQuery::Sort::Newest, LeadQuery::Sort::Oldest,
                     LeadQuery::Sort::RiskHighFirst, LeadQuery::Sort::DeadlineFirst }) {
                const QStringList all = pageIds(viaRange.page(f, sort, 0, 1000));
                QVERIFY2(all.size() > 10, qPrintable(QString::number(all.size())));
                QCOMPARE(pageIds(viaWalk.page(f, sort, 0, 1000)), all);
                QCOMPARE(pageIds(viaWalk.page(f, sort, 5, 10)), all.mid(5, 10));
            }
        }
        QVERIFY(db.exec("ROLLBACK TO deadlines; RELEASE deadlines").ok());
    }

    /// Deadline first without a due filter is read in two parts (schema v11 has no sort index over "deadline_at
    /// IS NULL"): the leads with a deadline, earliest first, then those without, newest first. Every page is
    /// the slice of that whole order, on both sides of the boundary and across it, under filters and a search.
    void deadlineOrderPagesAcrossTheBoundary()
    {
        Database& db = chief().db();
        QVERIFY(db.exec("SAVEPOINT parts").ok());
        // A quarter without a deadline, the rest on 17 days; distinct creation times make the order total.
        QVERIFY(db.exec("UPDATE leads SET created_at = strftime('%Y-%m-%dT%H:%M:%f', '2026-01-01', '+' || rowid || "
                        "' minutes') || 'Z', deadline_at = CASE WHEN rowid % 4 = 0 THEN NULL ELSE '2026-03-' || "
                        "substr('0' || (1 + rowid % 17), -2) || 'T08:00:00.000Z' END")
                    .ok());
        LeadFilter high;
        high.riskLevels = { QStringLiteral("high") };
        LeadFilter text;
        text.text = QStringLiteral("第1");
        LeadFilter grid;
        grid.gridId = m_gridA;
        LeadQuery query(chief());
        for (const LeadFilter& f : { LeadFilter(), high, text, grid }) {
            auto expected = query.page(f, LeadQuery::Sort::Newest, 0, 1000).value();
            std::stable_sort(expected.begin(), expected.end(), [](const LeadSummary& a, const LeadSummary& b) {
                if (a.deadlineAt.isEmpty() != b.deadlineAt.isEmpty())
                    return b.deadlineAt.isEmpty();
                return a.deadlineAt != b.deadlineAt ? a.deadlineAt < b.deadlineAt : a.createdAt > b.createdAt;
            });
            QStringList all;
            qint64 withDeadline = 0;
            for (const LeadSummary& r : expected) {
                all << r.id;
                withDeadline += !r.deadlineAt.isEmpty();
            }
            QVERIFY2(withDeadline > 5 && all.size() - withDeadline > 5,
                qPrintable(QStringLiteral("%1 of %2 with a deadline").arg(withDeadline).arg(all.size())));
            QCOMPARE(pageIds(query.page(f, LeadQuery::Sort::DeadlineFirst, 0, 1000)), all);
            for (const int limit : { 1, 7, 50 }) {
                for (int offset = 0; offset <= all.size() + 2; offset += limit == 50 ? 3 : 1)
                    QCOMPARE(pageIds(query.page(f, LeadQuery::Sort::DeadlineFirst, offset, limit)), all.mid(offset, limit));
            }
        }
        QVERIFY(db.exec("ROLLBACK TO parts; RELEASE parts").ok());
    }

    /// The leads with a deadline are a range of the deadline index. Read as "deadline_at IS NOT NULL", SQLite 3.15
    /// scanned that index from its NULLs, every lead without a deadline first (2.1 s for a first page at 1M
    /// leads). No statement of a deadline-first page, nor of the count a page past them needs, scans leads.
    void deadlineOrderSeeksPastLeadsWithoutOne()
    {
        Database& db = chief().db();
        StatementRecorder recorder(db);
        LeadQuery query(chief());
        const auto first = query.page(LeadFilter(), LeadQuery::Sort::DeadlineFirst, 0, 20);
        const auto past = query.page(LeadFilter(), LeadQuery::Sort::DeadlineFirst, 100000, 20);
        const QStringList statements = recorder.stop();
        QVERIFY(!pageIds(first).isEmpty());
        QVERIFY(pageIds(past).isEmpty());
        const auto readsOfLeads = plansOf(db, statements, QLatin1String("FROM leads"));
        QVERIFY2(readsOfLeads.size() >= 4, qPrintable(statements.join(QLatin1Char('\n')))); // 2 pages of 2 parts, the count
        for (const auto& [sql, plan] : readsOfLeads)
            QVERIFY2(!plan.contains(QLatin1String("SCAN TABLE leads")), qPrintable(sql + QLatin1Char('\n') + plan));
    }

    void searchNeedles()
    {
        LeadListModel model(chief());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LeadFilter search;
        search.text = QStringLiteral("  第12  返利 ");
        model.setFilter(search);
        QCOMPARE(model.totalCount(), qint64(10)); // 第120..第129
        const QStringList needles { QStringLiteral("第12"), QStringLiteral("返利") };
        QCOMPARE(model.searchNeedles(), needles);
        QCOMPARE(model.index(0, LeadListModel::Title).data(LeadListModel::SearchNeedlesRole).toStringList(), needles);
        QCOMPARE(model.index(0, LeadListModel::Entity).data(LeadListModel::SearchNeedlesRole).toStringList(), needles);
        QVERIFY(model.index(0, LeadListModel::Reporter).data(LeadListModel::SearchNeedlesRole).toStringList().isEmpty());
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, LeadListModel::Title).data().toString().contains(QStringLiteral("第12")));

        search.text = QStringLiteral("某理财公司承诺");
        model.setFilter(search);
        QCOMPARE(model.totalCount(), qint64(250));
        search.text = QStringLiteral("不存在的词");
        model.setFilter(search);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void structureLookups()
    {
        StructureQuery structure(chief());
        QCOMPARE(structure.streets()->size(), 1);
        QCOMPARE(structure.communities(m_street)->first().name, QStringLiteral("华工社区"));
        const auto grids = structure.grids(m_community).value();
        QCOMPARE(grids.size(), 2);
        QCOMPARE(grids.at(1).kind, QStringLiteral("building"));
        const auto path = structure.gridPath(m_gridA).value();
        QVERIFY(path.has_value());
        QCOMPARE(path->streetName, QStringLiteral("五山街道"));
        QCOMPARE(path->communityId, m_community);
        QVERIFY(!structure.gridPath(QStringLiteral("nope"))->has_value());

        QCOMPARE(structure.gridsAt(113.305, 23.105)->size(), 1); // exact by default: outside B's polygon
        structure.setPointTest({}); // boxes only
        QCOMPARE(structure.gridAt(113.305, 23.105), m_gridA); // the smaller box first
        QCOMPARE(structure.gridsAt(113.305, 23.105)->size(), 2);
        QCOMPARE(structure.gridAt(113.32, 23.12), m_gridB);
        QVERIFY(structure.gridAt(114.0, 23.12).isEmpty());
        // The exact test decides for grids with geometry; A has none and stays on its box.
        structure.setPointTest([](const QString&, double, double) { return false; });
        QCOMPARE(structure.gridsAt(113.305, 23.105)->size(), 1);
        QVERIFY(structure.gridAt(113.32, 23.12).isEmpty());

        const auto names = structure.userDisplayNames({ chief().user().id, QStringLiteral("unknown") }).value();
        QCOMPARE(names.value(chief().user().id), QStringLiteral("陈主任"));
        QVERIFY(!names.contains(QStringLiteral("unknown")));
    }
};

QTEST_MAIN(TestLeadListModel)
#include "tst_LeadListModel.moc"
