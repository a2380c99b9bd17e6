// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "leads/LeadQuery.h"
#include "leads/LeadRepository.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QRegularExpression>

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

    /// lead_terms as "term=docs" lines, sorted.
    static QStringList termCounts(Database& db)
    {
        return rows(db, "SELECT term || '=' || docs FROM lead_terms ORDER BY term");
    }
    /// The truth lead_terms must equal: the FTS4 index's own document counts of its CJK bigrams.
    static QStringList indexBigramCounts(Database& db)
    {
        return rows(db, "SELECT term || '=' || documents FROM lead_fts_terms WHERE col = '*' AND length(term) = 2 "
                        "AND unicode(term) >= 128 ORDER BY term");
    }
    static QStringList rows(Database& db, const char* sql)
    {
        QStringList out;
        auto stmt = db.prepare(sql);
        if (!stmt)
            qFatal("%s: %s", sql, qPrintable(stmt.error().message));
        while (stmt->nextRow())
            out << stmt->text(0);
        return out;
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

    /// Every write keeps lead_terms equal to the index's bigram document counts: new entries, replacements that
    /// keep, drop and add bigrams, the same text again, removals, and a bigram whose last document goes (its row
    /// goes too). The migration that creates lead_terms fills it with the same counts.
    void termCountsFollowTheIndex()
    {
        Database& db = m_node.session->db();
        QCOMPARE(termCounts(db), indexBigramCounts(db));
        QRandomGenerator rng(11);
        {
            Transaction tx(db);
            LeadSearchIndex::Writer writer(db);
            for (int i = 0; i < 200; ++i) {
                const QString id = QStringLiteral("L%1").arg(rng.bounded(int(m_texts.size()) + 20), 4, 10, QLatin1Char('0'));
                switch (rng.bounded(4)) {
                case 0:
                    QVERIFY(writer.remove(id).ok());
                    break;
                case 1: // the same text again: counts unchanged
                    QVERIFY(writer.put(id, m_texts.value(rng.bounded(int(m_texts.size()))), nullptr, nullptr).ok());
                    break;
                default:
                    QVERIFY(writer.put(id, m_texts.value(rng.bounded(int(m_texts.size()))).left(rng.bounded(5, 40))
                                    + QStringLiteral("独有词%1").arg(i),
                                nullptr, nullptr)
                                .ok());
                }
            }
            QVERIFY(writer.flush().ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(termCounts(db), indexBigramCounts(db));

        // One-off entries through the static calls, as LeadRepository makes them.
        QVERIFY(LeadSearchIndex::put(db, QStringLiteral("X0001"), QStringLiteral("罕见的词汇鎏锷"), nullptr, nullptr).ok());
        QVERIFY(termCounts(db).contains(QStringLiteral("鎏锷=1")));
        QVERIFY(LeadSearchIndex::put(db, QStringLiteral("X0001"), QStringLiteral("罕见的词汇"), nullptr, nullptr).ok());
        QVERIFY(!termCounts(db).join(QLatin1Char(' ')).contains(QStringLiteral("鎏锷")));
        QVERIFY(LeadSearchIndex::remove(db, QStringLiteral("X0001")).ok());
        QVERIFY(LeadSearchIndex::remove(db, QStringLiteral("X0001")).ok()); // not indexed: nothing to do
        const QStringList maintained = termCounts(db);
        QCOMPARE(maintained, indexBigramCounts(db));

        // The plan's bound is the rarest bigram's count; a bigram in no document bounds it at zero.
        const auto docs = [&](const QString& term) {
            for (const QString& line : maintained) {
                if (line.startsWith(term + QLatin1Char('=')))
                    return line.mid(term.size() + 1).toLongLong();
            }
            return 0LL;
        };
        auto plan = LeadSearchIndex::plan(db, QStringLiteral("保本保息"));
        QVERIFY(plan.ok());
        QVERIFY(docs(QStringLiteral("保息")) > 0);
        QCOMPARE(plan->candidates,
            std::min({ docs(QStringLiteral("保本")), docs(QStringLiteral("本保")), docs(QStringLiteral("保息")) }));
        QCOMPARE(LeadSearchIndex::plan(db, QStringLiteral("保本鎏锷")).value().candidates, qint64(0));

        // The migration fills the table from the index.
        QVERIFY(db.exec("DROP TABLE lead_terms;").ok());
        for (const schema::Migration& m : schema::migrations()) {
            if (QByteArray(m.sql).contains("CREATE TABLE lead_terms"))
                QVERIFY(db.exec(m.sql).ok());
        }
        QCOMPARE(termCounts(db), maintained);
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
                     "SELECT docid, tokens FROM lead_fts ORDER BY docid", "SELECT term, docs FROM lead_terms ORDER BY term",
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
        const qsizetype terms = termCounts(s.db()).size();
        QVERIFY(terms > 100);
        QCOMPARE(perSave.size(), 40 + 40 + terms + 20 + 3); // places: 20 odd leads, plus 3 even ones given a place by the edits
        QCOMPARE(termCounts(s.db()), indexBigramCounts(s.db()));

        // Rebuild from the leads with one Writer, in the original docid order.
        QStringList order;
        {
            auto stmt = s.db().prepare("SELECT lead_id FROM lead_search ORDER BY docid");
            while (stmt->nextRow())
                order << stmt->text(0);
        }
        QVERIFY(s.db().exec("DELETE FROM lead_fts; DELETE FROM lead_places; DELETE FROM lead_search; DELETE FROM lead_terms;").ok());
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
            QVERIFY(writer.hasPending());
            QVERIFY(writer.flush().ok());
            QVERIFY(!writer.hasPending());
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
};

QTEST_GUILESS_MAIN(TestLeadSearchIndex)
#include "tst_LeadSearchIndex.moc"
