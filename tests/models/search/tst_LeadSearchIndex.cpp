// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "leads/LeadQuery.h"
#include "leads/LeadRepository.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace gs;

class TestLeadSearchIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    QStringList m_texts;

    /// Ids (lead_search.lead_id) matching `query`, by the index's plan plus verification.
    QStringList search(const QString& query)
    {
        Database& db = m_node.session->db();
        auto plan = LeadSearchIndex::plan(db, query);
        if (!plan || plan->isEmpty())
            return {};
        QString sql = QStringLiteral("SELECT s.lead_id FROM lead_fts f JOIN lead_search s ON s.docid = f.docid WHERE lead_fts MATCH ?");
        for (int i = 0; i < plan->needles.size(); ++i)
            sql += QStringLiteral(" AND instr(s.text, ?) > 0");
        auto stmt = db.prepare(sql + QStringLiteral(" ORDER BY s.lead_id"));
        stmt->bind(1, plan->match);
        for (int i = 0; i < plan->needles.size(); ++i)
            stmt->bind(i + 2, plan->needles[i]);
        QStringList ids;
        while (stmt->nextRow())
            ids << stmt->text(0);
        return ids;
    }

    /// What a LIKE scan would return: the truth the index must equal.
    QStringList bruteForce(const QString& query)
    {
        QStringList ids;
        const QStringList parts = LeadSearchIndex::normalize(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < m_texts.size(); ++i) {
            const QString text = LeadSearchIndex::normalize(m_texts[i]);
            if (std::all_of(parts.begin(), parts.end(), [&](const QString& p) { return text.contains(p); }))
                ids << QStringLiteral("L%1").arg(i, 4, 10, QLatin1Char('0'));
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        m_texts = {
            QStringLiteral("某财富管理有限公司承诺保本保息，年化收益18%"),
            QStringLiteral("社区老年人反映有人推销养老项目，称稳赚不赔"),
            QStringLiteral("ABC Capital 投资咨询 高额返利 WeChat: abc888"),
            QStringLiteral("天河路385号 保本"),
            QStringLiteral("保"),
            QStringLiteral("ＦＵＬＬ－ＷＩＤＴＨ 全角文字 返息"),
            QStringLiteral("发展下线拉人头，消费返还"),
            QStringLiteral("保本高息理财 保本保息 重复出现的保本保息"),
        };
        // Filler so term statistics mean something.
        QRandomGenerator rng(7);
        const QString pool = QStringLiteral("天河区社区居委会金融理财投资公司保本息返利高额回报老人学生务工征拆网格哨兵志愿者银行支行");
        for (int i = 0; i < 300; ++i) {
            QString t;
            for (int j = 0; j < 30; ++j)
                t += pool[rng.bounded(int(pool.size()))];
            m_texts << t;
        }
        Database& db = m_node.session->db();
        // lead_search references leads(id): this test indexes bare texts, so the check is off here only
        // (the pragma has no effect inside a transaction, hence before BEGIN).
        QVERIFY(db.exec("PRAGMA foreign_keys = OFF;").ok());
        Transaction tx(db);
        for (int i = 0; i < m_texts.size(); ++i)
            QVERIFY(LeadSearchIndex::put(db, QStringLiteral("L%1").arg(i, 4, 10, QLatin1Char('0')), m_texts[i], nullptr, nullptr).ok());
        QVERIFY(tx.commit().ok());
    }

    void tokens()
    {
        QCOMPARE(LeadSearchIndex::tokens(LeadSearchIndex::normalize(QStringLiteral("保本保息 ABC-12"))),
            QStringLiteral("保本 本保 保息 息 abc 12"));
        QCOMPARE(LeadSearchIndex::tokens(QStringLiteral("保")), QStringLiteral("保"));
        QCOMPARE(LeadSearchIndex::normalize(QStringLiteral("ＡＢＣ１２")), QStringLiteral("abc12"));
    }

    void matchesEqualSubstringTruth_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* q : { "保本保息", "保本", "保", "息", "稳赚不赔", "养老项目", "财富管理有限公司", "abc", "capital", "全角",
                 "full", "返息", "拉人头 消费", "保本 高息", "天河", "385", "理财投资", "金融理财投资公司保本", "不存在的词语",
                 "重复出现的保本保息" })
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void matchesEqualSubstringTruth()
    {
        QFETCH(QString, query);
        const QStringList truth = bruteForce(query);
        const QStringList found = search(query);
        // Latin and digit queries match at word starts by design; CJK queries are exact substrings.
        if (query.at(0).unicode() < 128) {
            for (const QString& id : found)
                QVERIFY(truth.contains(id));
            QVERIFY(!found.isEmpty());
        } else {
            QCOMPARE(found, truth);
        }
    }

    void planPicksRareBigrams()
    {
        auto plan = LeadSearchIndex::plan(m_node.session->db(), QStringLiteral("金融理财投资公司保本"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->match.split(QLatin1Char(' ')).size(), 2);
        QVERIFY(plan->needsVerification);
        auto single = LeadSearchIndex::plan(m_node.session->db(), QStringLiteral("保"));
        QCOMPARE(single->match, QStringLiteral("保*"));
        QVERIFY(!single->needsVerification);
        QVERIFY(LeadSearchIndex::plan(m_node.session->db(), QStringLiteral(" ，。 ")).value().isEmpty());
    }

    void replaceAndRemove()
    {
        Database& db = m_node.session->db();
        QVERIFY(LeadSearchIndex::put(db, QStringLiteral("L0003"), QStringLiteral("换成新的内容"), nullptr, nullptr).ok());
        QVERIFY(!search(QStringLiteral("天河路")).contains(QStringLiteral("L0003")));
        QVERIFY(search(QStringLiteral("新的内容")).contains(QStringLiteral("L0003")));
        QVERIFY(LeadSearchIndex::remove(db, QStringLiteral("L0003")).ok());
        QVERIFY(search(QStringLiteral("新的内容")).isEmpty());
    }

    /// The bulk path (one Writer over many leads, as the benchmark's 1M-lead load uses) writes exactly the
    /// rows the per-save path (LeadRepository::save -> put) wrote: same docids, texts, tokens and places.
    void writerRebuildEqualsPerSaveIndex()
    {
        QTemporaryDir dir;
        Vault::CreatedNode node = test::createNode(dir);
        Session& s = *node.session;
        LeadRepository repo(s);
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            Lead l;
            l.title = QStringLiteral("线索%1：%2").arg(i).arg(m_texts.at(i % m_texts.size()).left(20));
            l.entityName = QStringLiteral("某某%1财富管理有限公司").arg(i % 7);
            l.entityAddress = i % 3 ? QStringLiteral("天河路%1号").arg(i) : QString();
            l.address = QStringLiteral("ＡＢＣ大厦 %1 层").arg(i);
            l.description = m_texts.at((i * 7) % m_texts.size());
            l.entityOnline = i % 4 ? QString() : QStringLiteral("WeChat: Fund%1").arg(i);
            l.categories = { QStringLiteral("非法集资") };
            l.source = QStringLiteral("patrol");
            if (i % 2) {
                l.lon = 113.3 + i * 0.001;
                l.lat = 23.1 + i * 0.001;
            }
            auto saved = repo.save(l, LeadRepository::Intent::Submit);
            QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
            ids << saved->id;
        }
        for (int i = 0; i < 40; i += 9) { // edits replace entries in place (the docid stays)
            auto loaded = repo.load(ids.at(i));
            QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().message));
            Lead l = *loaded;
            l.description += QStringLiteral("补充：对方承诺保本保息。");
            l.lon = 113.5;
            l.lat = 23.5;
            QVERIFY(repo.save(l, LeadRepository::Intent::Update).ok());
        }
        const auto snapshot = [&] {
            QStringList rows;
            for (const char* sql : { "SELECT docid, lead_id, text, created_at FROM lead_search ORDER BY docid",
                     "SELECT docid, tokens FROM lead_fts ORDER BY docid",
                     "SELECT docid, min_lon, max_lon, min_lat, max_lat FROM lead_places ORDER BY docid" }) {
                auto stmt = s.db().prepare(sql);
                while (stmt->nextRow()) {
                    QStringList cells;
                    for (int c = 0; c < stmt->columnCount(); ++c)
                        cells << stmt->value(c).toString();
                    rows << cells.join(QLatin1Char('|'));
                }
            }
            return rows;
        };
        const auto searchResults = [&] {
            QStringList out;
            LeadQuery query(s);
            for (const char* q : { "保本保息", "财富管理", "天河", "abc", "fund3", "保", "线索1" }) {
                LeadFilter f;
                f.text = QString::fromUtf8(q);
                QStringList found;
                auto page = query.page(f, LeadQuery::Sort::Newest, 0, 100);
                if (!page)
                    qFatal("page: %s", qPrintable(page.error().message));
                for (const LeadSummary& r : *page)
                    found << r.id;
                out << found.join(QLatin1Char(','));
            }
            return out;
        };
        const QStringList perSave = snapshot();
        const QStringList perSaveResults = searchResults();
        QCOMPARE(perSave.size(), 40 + 40 + 20 + 3); // places: 20 odd leads, plus 3 even ones given a place by the edits

        // Rebuild from the leads with one Writer, in the original docid order.
        QStringList order;
        {
            auto stmt = s.db().prepare("SELECT lead_id FROM lead_search ORDER BY docid");
            while (stmt->nextRow())
                order << stmt->text(0);
        }
        QVERIFY(s.db().exec("DELETE FROM lead_fts; DELETE FROM lead_places; DELETE FROM lead_search;").ok());
        {
            Transaction tx(s.db());
            LeadSearchIndex::Writer writer(s.db());
            for (const QString& id : order) {
                const Lead l = repo.load(id).value();
                const double* lon = l.lon ? &*l.lon : nullptr;
                const double* lat = l.lat ? &*l.lat : nullptr;
                QVERIFY(writer.put(l.id, l.searchableText(), lon, lat).ok());
            }
            // The same Writer also replaces entries, as put() does.
            const Lead first = repo.load(order.first()).value();
            QVERIFY(writer.put(first.id, first.searchableText(), nullptr, nullptr).ok());
            QVERIFY(writer.put(first.id, first.searchableText(), &*first.lon, &*first.lat).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(snapshot(), perSave);
        QCOMPARE(searchResults(), perSaveResults);

        // lead_search.created_at is the lead's, and follows it (a trigger) when it changes.
        auto same = s.db().prepare(
            "SELECT count(*) FROM lead_search s JOIN leads l ON l.id = s.lead_id WHERE s.created_at = l.created_at");
        QVERIFY(same->nextRow());
        QCOMPARE(same->int64(0), qint64(40));
        QVERIFY(RecordWriter(s.writeContext())
                    .update(QStringLiteral("leads"), ids.at(5),
                        { { QStringLiteral("created_at"), QStringLiteral("2020-02-02T00:00:00.000Z") } })
                    .ok());
        auto moved = s.db().prepare("SELECT created_at FROM lead_search WHERE lead_id = ?");
        moved->bind(1, ids.at(5));
        QVERIFY(moved->nextRow());
        QCOMPARE(moved->text(0), QStringLiteral("2020-02-02T00:00:00.000Z"));
    }

    /// Ascending docids are newest first by the second, whatever order leads are saved in; an entry the trigger
    /// moved, or one without a canonical created_at, is set aside (negative) and the node is not ordered.
    void docidsAreNewestFirstBySecond()
    {
        QTemporaryDir dir;
        Vault::CreatedNode node = test::createNode(dir);
        Session& s = *node.session;
        LeadRepository repo(s);
        const QStringList createdAt = { QStringLiteral("2026-03-01T10:00:00.000Z"), QStringLiteral("2025-01-01T00:00:00.000Z"),
            QStringLiteral("2026-03-01T10:00:00.500Z"), QStringLiteral("2027-01-01T00:00:00.000Z"),
            QStringLiteral("2026-03-01T10:00:01.000Z"), QStringLiteral("2026-03-01T09:59:59.999Z") };
        QStringList ids;
        for (int i = 0; i < createdAt.size(); ++i) {
            Lead l;
            l.title = QStringLiteral("第%1条：承诺保本保息的理财").arg(i);
            l.address = QStringLiteral("天河路%1号").arg(i);
            l.categories = { QStringLiteral("非法集资") };
            l.source = QStringLiteral("patrol");
            auto saved = repo.save(l, LeadRepository::Intent::Submit);
            QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
            ids << saved->id;
        }
        QVERIFY(LeadSearchIndex::isOrdered(s.db()).value());
        const auto setCreatedAt = [&](const QString& id, const QString& value) {
            QVERIFY(RecordWriter(s.writeContext())
                        .update(QStringLiteral("leads"), id, { { QStringLiteral("created_at"), value } })
                        .ok());
        };
        const auto resave = [&](const QString& id) {
            Lead l = repo.load(id).value();
            QVERIFY(repo.save(l, LeadRepository::Intent::Update).ok());
        };
        const auto found = [&] {
            LeadQuery query(s);
            LeadFilter f;
            f.text = QStringLiteral("保本保息");
            QStringList out;
            const QList<LeadSummary> rows = query.page(f, LeadQuery::Sort::Newest, 0, 100).value();
            for (const LeadSummary& r : rows)
                out << r.id;
            return out;
        };
        for (int i = 0; i < ids.size(); ++i) {
            setCreatedAt(ids[i], createdAt[i]);
            // Moved aside by the trigger, and still found.
            QVERIFY(!LeadSearchIndex::isOrdered(s.db()).value());
            QVERIFY(found().contains(ids[i]));
            resave(ids[i]);
            QVERIFY(LeadSearchIndex::isOrdered(s.db()).value());
        }
        // Docid order against created_at: non-increasing, and one group per second.
        auto order = s.db().prepare("SELECT docid, created_at, lead_id FROM lead_search ORDER BY docid");
        QStringList previous;
        QStringList byDocid;
        while (order->nextRow()) {
            const qint64 docid = order->int64(0);
            const QString created = order->text(1);
            QVERIFY(docid >= 0);
            if (!previous.isEmpty()) {
                QVERIFY2(created.left(19) <= previous[1].left(19), qPrintable(created + QStringLiteral(" after ") + previous[1]));
                QCOMPARE(LeadSearchIndex::secondGroup(docid) == LeadSearchIndex::secondGroup(previous[0].toLongLong()),
                    created.left(19) == previous[1].left(19));
            }
            previous = { QString::number(docid), created };
            byDocid << order->text(2);
        }
        QCOMPARE(byDocid.size(), ids.size());
        QCOMPARE(byDocid.first(), ids[3]); // 2027
        QCOMPARE(byDocid.last(), ids[1]);  // 2025
        // The page's order within a second is the list's (created_at, then id, descending).
        const QStringList expected = { ids[3], ids[4], ids[2], ids[0], ids[5], ids[1] };
        QCOMPARE(found(), expected);
        {
            LeadQuery query(s);
            LeadFilter f;
            f.text = QStringLiteral("保本保息");
            QStringList page;
            const QList<LeadSummary> rows = query.page(f, LeadQuery::Sort::Newest, 2, 2).value();
            for (const LeadSummary& r : rows)
                page << r.id;
            QCOMPARE(page, expected.mid(2, 2));
        }

        // A created_at the docid cannot place: set aside for good, searched as before.
        setCreatedAt(ids[0], QStringLiteral("2026/03/01 10:00"));
        resave(ids[0]);
        QVERIFY(!LeadSearchIndex::isOrdered(s.db()).value());
        QVERIFY(found().contains(ids[0]));
        setCreatedAt(ids[0], createdAt[0]);
        resave(ids[0]);
        QVERIFY(LeadSearchIndex::isOrdered(s.db()).value());
        QCOMPARE(found(), expected);
    }

    /// Schema v7 renumbers a v6 node's entries (dense docids, FTS4) into newest-first docids in FTS3: the same
    /// search results, ordered docids, and the entries put() writes afterwards fit in.
    void migrationRenumbersAV6Index()
    {
        QTemporaryDir dir;
        Vault::CreatedNode node = test::createNode(dir);
        Session& s = *node.session;
        LeadRepository repo(s);
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            Lead l;
            l.title = QStringLiteral("线索%1：%2").arg(i).arg(m_texts.at(i % m_texts.size()).left(20));
            l.description = m_texts.at((i * 7) % m_texts.size());
            l.address = QStringLiteral("ＡＢＣ大厦 %1 层").arg(i);
            l.categories = { QStringLiteral("非法集资") };
            l.source = QStringLiteral("patrol");
            if (i % 2) {
                l.lon = 113.3 + i * 0.001;
                l.lat = 23.1 + i * 0.001;
            }
            ids << repo.save(l, LeadRepository::Intent::Submit).value().id;
        }
        Database& db = s.db();
        // Spread the leads over seconds, out of insertion order; two share a second.
        for (int i = 0; i < ids.size(); ++i) {
            const QString at = QDateTime(QDate(2026, 5, 1), QTime(8, 0), QTimeZone::utc())
                                   .addSecs((i * 7919) % 97)
                                   .toString(Qt::ISODateWithMs);
            auto stmt = db.prepare("UPDATE leads SET created_at = ? WHERE id = ?");
            QVERIFY(stmt->bindAll(at, ids[i]).run().ok());
        }
        const auto results = [&] {
            QStringList out;
            LeadQuery query(s);
            for (const char* q : { "保本保息", "财富管理", "线索1", "保" }) {
                LeadFilter f;
                f.text = QString::fromUtf8(q);
                QStringList found;
                const QList<LeadSummary> rows = query.page(f, LeadQuery::Sort::Newest, 0, 100).value();
                for (const LeadSummary& r : rows)
                    found << r.id;
                out << found.join(QLatin1Char(','));
            }
            return out;
        };
        // Back to v6's layout: docids in insertion order, FTS4, the v6 trigger.
        QVERIFY(db.exec(R"sql(
            CREATE TEMP TABLE old_entries AS SELECT s.lead_id, s.text, l.created_at, f.tokens,
                p.min_lon, p.max_lon, p.min_lat, p.max_lat
                FROM lead_search s JOIN leads l ON l.id = s.lead_id JOIN lead_fts f ON f.docid = s.docid
                LEFT JOIN lead_places p ON p.docid = s.docid ORDER BY l.rowid;
            DROP TRIGGER lead_search_created_at;
            DROP TABLE lead_fts; DROP TABLE lead_places; DROP TABLE lead_search;
            CREATE TABLE lead_search (docid INTEGER PRIMARY KEY, lead_id TEXT NOT NULL UNIQUE REFERENCES leads(id),
                text TEXT NOT NULL, created_at TEXT);
            CREATE VIRTUAL TABLE lead_fts USING fts4(tokens, tokenize=simple);
            CREATE VIRTUAL TABLE lead_fts_terms USING fts4aux(lead_fts);
            CREATE VIRTUAL TABLE lead_places USING rtree(docid, min_lon, max_lon, min_lat, max_lat);
            INSERT INTO lead_search (docid, lead_id, text, created_at) SELECT rowid, lead_id, text, created_at FROM old_entries;
            INSERT INTO lead_fts (docid, tokens) SELECT rowid, tokens FROM old_entries;
            INSERT INTO lead_places SELECT rowid, min_lon, max_lon, min_lat, max_lat FROM old_entries WHERE min_lon IS NOT NULL;
            CREATE INDEX lead_search_created ON lead_search(created_at, lead_id);
            CREATE TRIGGER lead_search_created_at AFTER UPDATE OF created_at ON leads
            BEGIN
                UPDATE lead_search SET created_at = NEW.created_at WHERE lead_id = NEW.id;
            END;
            DROP TABLE temp.old_entries;
        )sql")
                    .ok());
        QVERIFY(db.setUserVersion(6).ok());
        const QStringList before = results();
        QCOMPARE(Migrator::migrate(db).value(), 6);
        QCOMPARE(db.userVersion(), 7);
        QVERIFY(LeadSearchIndex::isOrdered(db).value());
        QCOMPARE(results(), before);
        auto places = db.prepare("SELECT count(*) FROM lead_places p JOIN lead_search s ON s.docid = p.docid");
        QVERIFY(places->nextRow());
        QCOMPARE(places->int64(0), qint64(15));
        auto order = db.prepare("SELECT s.created_at FROM lead_search s ORDER BY s.docid");
        QStringList created;
        while (order->nextRow())
            created << order->text(0);
        QCOMPARE(created.size(), 30);
        QStringList sorted = created;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(created, sorted);
        // Saving after the migration places entries among the migrated ones.
        Lead l = repo.load(ids[3]).value();
        l.description += QStringLiteral("又承诺保本保息。");
        QVERIFY(repo.save(l, LeadRepository::Intent::Update).ok());
        QVERIFY(LeadSearchIndex::isOrdered(db).value());
        QVERIFY(results().first().contains(ids[3]));
    }
};

QTEST_GUILESS_MAIN(TestLeadSearchIndex)
#include "tst_LeadSearchIndex.moc"
