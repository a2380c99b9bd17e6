// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QRandomGenerator>

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
};

QTEST_GUILESS_MAIN(TestLeadSearchIndex)
#include "tst_LeadSearchIndex.moc"
