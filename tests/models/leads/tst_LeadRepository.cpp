// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "leads/DraftStore.h"
#include "leads/DuplicateFinder.h"
#include "leads/LeadQuery.h"
#include "crypto/Crypto.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"

#include <QRegularExpression>

using namespace gs;

namespace {

Lead sampleLead(const QString& title = QStringLiteral("某财富管理公司承诺保本保息"))
{
    Lead l;
    l.title = title;
    l.categories = { QStringLiteral("非法集资"), QStringLiteral("保本保息承诺") };
    l.entityName = QStringLiteral("广州某某财富管理有限公司");
    l.entityUscc = QStringLiteral("91440101MA59AAAAAK");
    l.entityPhone = QStringLiteral("020-12345678");
    l.address = QStringLiteral("天河路385号");
    l.lon = 113.3245;
    l.lat = 23.1385;
    l.groupsAtRisk = { QStringLiteral("elderly") };
    l.amountCents = 5000000;
    l.victims = 12;
    l.source = QStringLiteral("patrol");
    l.informantName = QStringLiteral("李阿姨");
    l.informantPhone = QStringLiteral("13800138000");
    l.informantConfidential = true;
    l.description = QStringLiteral("业务员在社区向老年人推销理财产品，称年化18%稳赚不赔。");
    return l;
}

int count(Session& s, const QString& sql)
{
    auto stmt = s.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->integer(0) : -1;
}

} // namespace

class TestLeadRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    std::unique_ptr<Session> m_sentinelA, m_sentinelB, m_volunteer, m_admin;
    QString m_gridA;

    Session& chief() { return *m_node.session; }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        // Structure: one grid, sentinel A covers it and is paired with the volunteer; B covers nothing.
        RecordWriter w(chief().writeContext());
        Transaction tx(chief().db());
        const QString district = w.insert(QStringLiteral("districts"), { { QStringLiteral("code"), QStringLiteral("440106") }, { QStringLiteral("name"), QStringLiteral("天河区") } }).value();
        const QString street = w.insert(QStringLiteral("streets"), { { QStringLiteral("code"), QStringLiteral("440106001") }, { QStringLiteral("name"), QStringLiteral("五山街道") }, { QStringLiteral("district_id"), district } }).value();
        const QString community = w.insert(QStringLiteral("communities"), { { QStringLiteral("code"), QStringLiteral("440106001001") }, { QStringLiteral("name"), QStringLiteral("华工社区") }, { QStringLiteral("street_id"), street } }).value();
        m_gridA = w.insert(QStringLiteral("grids"), { { QStringLiteral("code"), QStringLiteral("G1") }, { QStringLiteral("name"), QStringLiteral("第1网格") }, { QStringLiteral("kind"), QStringLiteral("community") }, { QStringLiteral("community_id"), community } }).value();
        const QString personA = w.insert(QStringLiteral("people"), { { QStringLiteral("kind"), QStringLiteral("sentinel") }, { QStringLiteral("name"), QStringLiteral("王哨兵") } }).value();
        const QString personB = w.insert(QStringLiteral("people"), { { QStringLiteral("kind"), QStringLiteral("sentinel") }, { QStringLiteral("name"), QStringLiteral("赵哨兵") } }).value();
        const QString personV = w.insert(QStringLiteral("people"), { { QStringLiteral("kind"), QStringLiteral("volunteer") }, { QStringLiteral("name"), QStringLiteral("刘志愿") } }).value();
        QVERIFY(w.insert(QStringLiteral("person_grids"), { { QStringLiteral("person_id"), personA }, { QStringLiteral("grid_id"), m_gridA } }).ok());
        QVERIFY(w.insert(QStringLiteral("pairings"), { { QStringLiteral("card_no"), QStringLiteral("C1") }, { QStringLiteral("sentinel_id"), personA }, { QStringLiteral("volunteer_id"), personV }, { QStringLiteral("started_on"), QStringLiteral("2025-01-01") } }).ok());
        QVERIFY(tx.commit().ok());
        chief().setKdfParams(test::fastKdf());
        m_sentinelA = test::addAndSignIn(chief(), QStringLiteral("wang"), Role::Sentinel, personA);
        m_sentinelB = test::addAndSignIn(chief(), QStringLiteral("zhao"), Role::Sentinel, personB);
        m_volunteer = test::addAndSignIn(chief(), QStringLiteral("liu"), Role::Volunteer, personV);
        m_admin = test::addAndSignIn(chief(), QStringLiteral("root"), Role::Admin);
    }

    void fileALead()
    {
        LeadRepository repo(*m_sentinelA);
        auto saved = repo.save(sampleLead(), LeadRepository::Intent::Submit);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->status, QStringLiteral("submitted"));
        QVERIFY2(QRegularExpression(QStringLiteral("^XS\\d{8}-[0-9A-F]{4}-0001$")).match(saved->caseNo).hasMatch(), qPrintable(saved->caseNo));
        QCOMPARE(saved->reporterUserId, m_sentinelA->user().id);
        QCOMPARE(saved->amountCents, std::optional<qint64>(5000000));
        QCOMPARE(saved->informantName, QStringLiteral("(confidential)")); // a sentinel may not see it
        auto events = AuditLog::forLead(chief().db(), saved->id);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().kind, QStringLiteral("filed"));
        QVERIFY(!events->first().payload.value(QStringLiteral("title")).isUndefined());
        QCOMPARE(events->first().payload.value(QStringLiteral("informant_name")).toArray().first().toString(), QStringLiteral("***"));
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'leads' AND row_id = '%1'").arg(saved->id)), 1);
        auto full = LeadRepository(chief()).load(saved->id);
        QCOMPARE(full->informantName, QStringLiteral("李阿姨"));
        QVERIFY(AuditLog::verify(chief().db())->ok);
    }

    void invalidInputWritesNothing()
    {
        const int before = count(chief(), QStringLiteral("SELECT count(*) FROM leads"));
        const int events = count(chief(), QStringLiteral("SELECT count(*) FROM audit_events"));
        Lead bad = sampleLead();
        bad.entityUscc = QStringLiteral("91440101MA59AAAAAX");
        bad.entityPhone = QStringLiteral("12345");
        bad.title.clear();
        auto saved = LeadRepository(*m_sentinelA).save(bad, LeadRepository::Intent::Submit);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::InvalidInput);
        QVERIFY(saved.error().fields.size() >= 3);
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM leads")), before);
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM audit_events")), events);
        bad.title = QStringLiteral("草稿");
        QVERIFY(!LeadRepository(*m_sentinelA).save(bad, LeadRepository::Intent::SaveDraft).ok()); // bad USCC even in a draft
    }

    /// Schema 9 leaves a new lead's references to LeadRepository (no trigger on INSERT): a grid or linked lead that
    /// does not exist is refused with a clear error and nothing is written, case number included.
    void missingReferencesWriteNothing()
    {
        const int before = count(chief(), QStringLiteral("SELECT count(*) FROM leads"));
        const int changes = count(chief(), QStringLiteral("SELECT count(*) FROM change_log"));
        const int counters = count(chief(), QStringLiteral("SELECT coalesce(sum(last), 0) FROM case_counters"));
        for (int which = 0; which < 2; ++which) {
            Lead bad = sampleLead();
            (which == 0 ? bad.gridId : bad.linkedLeadId) = QStringLiteral("0190a0b0-0000-7000-8000-000000000000");
            auto saved = LeadRepository(*m_sentinelA).save(bad, LeadRepository::Intent::Submit);
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().code, Error::Code::NotFound);
            QVERIFY2(saved.error().message.contains(QLatin1String("no longer exists")), qPrintable(saved.error().message));
        }
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM leads")), before);
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM change_log")), changes);
        QCOMPARE(count(chief(), QStringLiteral("SELECT coalesce(sum(last), 0) FROM case_counters")), counters);
        // (fileALead files the same lead with references that exist.)
    }

    void visibility()
    {
        Lead inGrid = sampleLead(QStringLiteral("网格内线索"));
        inGrid.gridId = m_gridA;
        const QString ownByB = LeadRepository(*m_sentinelB).save(inGrid, LeadRepository::Intent::Submit)->id;
        const QString ownByA = LeadRepository(*m_sentinelA).save(sampleLead(QStringLiteral("A 的线索")), LeadRepository::Intent::Submit)->id;
        Lead draft = sampleLead(QStringLiteral("A 的草稿"));
        const QString draftA = LeadRepository(*m_sentinelA).save(draft, LeadRepository::Intent::SaveDraft)->id;

        QVERIFY(LeadRepository(*m_sentinelA).canView(ownByB)); // in A's grid
        QVERIFY(LeadRepository(*m_sentinelB).canView(ownByB));
        QVERIFY(!LeadRepository(*m_sentinelB).canView(ownByA));
        QVERIFY(LeadRepository(*m_volunteer).canView(ownByA)); // paired with A
        QVERIFY(!LeadRepository(*m_volunteer).canView(ownByB));
        QVERIFY(LeadRepository(chief()).canView(ownByB));
        QVERIFY(!LeadRepository(*m_admin).canView(ownByA));
        QVERIFY(LeadRepository(*m_sentinelA).canView(draftA));
        QVERIFY(!LeadRepository(chief()).canView(draftA)); // nobody else sees a draft
        QCOMPARE(LeadRepository(*m_sentinelB).load(ownByA).error().code, Error::Code::NotFound);

        // B may not edit A's lead; A may edit its own submitted lead; the volunteer may not edit it.
        Lead edit = LeadRepository(*m_sentinelA).load(ownByA).value();
        edit.title = QStringLiteral("A 的线索（补充）");
        QCOMPARE(LeadRepository(*m_sentinelB).save(edit, LeadRepository::Intent::Update).error().code, Error::Code::NotFound);
        QCOMPARE(LeadRepository(*m_volunteer).save(edit, LeadRepository::Intent::Update).error().code, Error::Code::PermissionDenied);
        auto updated = LeadRepository(*m_sentinelA).save(edit, LeadRepository::Intent::Update);
        QVERIFY(updated.ok());
        // The masked informant came back masked and was kept.
        QCOMPARE(LeadRepository(chief()).load(ownByA)->informantName, QStringLiteral("李阿姨"));
        auto events = AuditLog::forLead(chief().db(), ownByA).value();
        QCOMPARE(events.last().kind, QStringLiteral("edited"));
        QVERIFY(events.last().payload.contains(QStringLiteral("title")));
        QVERIFY(!events.last().payload.contains(QStringLiteral("informant_name")));
        QCOMPARE(LeadRepository(*m_admin).save(sampleLead(), LeadRepository::Intent::Submit).error().code, Error::Code::PermissionDenied);
    }

    void evidence()
    {
        Lead lead = sampleLead(QStringLiteral("带证据的线索"));
        const QByteArray photo = QByteArray("\xff\xd8\xff\xe0 fake jpeg EVIDENCE-MARKER");
        lead.attachments.append({ {}, QStringLiteral("现场照片.jpg"), {}, 0, {}, photo, {}, {} });
        LeadRepository repo(*m_sentinelA);
        auto saved = repo.save(lead, LeadRepository::Intent::Submit);
        QVERIFY(saved.ok());
        QCOMPARE(saved->attachments.size(), 1);
        const Attachment a = saved->attachments.first();
        QCOMPARE(a.size, qint64(photo.size()));
        QCOMPARE(a.sha256, QString::fromLatin1(crypto::sha256(photo).toHex()));
        QCOMPARE(a.mimeType, QStringLiteral("image/jpeg"));
        QVERIFY(a.content.isEmpty()); // metadata only until asked
        QCOMPARE(repo.attachmentContent(a.id).value(), photo);
        QCOMPARE(LeadRepository(*m_sentinelB).attachmentContent(a.id).error().code, Error::Code::NotFound);
        QTemporaryDir out;
        QVERIFY(repo.exportAttachment(a.id, out.filePath(QStringLiteral("x.jpg"))).ok());
        QCOMPARE(test::fileBytes(out.filePath(QStringLiteral("x.jpg"))), photo);
        QVERIFY(!count(chief(), QStringLiteral("SELECT count(*) FROM change_log WHERE payload LIKE '%EVIDENCE%'")));

        Lead without = *saved;
        without.attachments.clear();
        QVERIFY(repo.save(without, LeadRepository::Intent::Update).ok());
        QCOMPARE(repo.load(saved->id)->attachments.size(), 0);
        QCOMPARE(count(chief(), QStringLiteral("SELECT length(content) FROM attachments WHERE id = '%1'").arg(a.id)), 0);

        Lead huge = sampleLead();
        huge.attachments.append({ {}, QStringLiteral("big.bin"), {}, leads::kMaxAttachmentBytes + 1, {}, {}, {}, {} });
        QCOMPARE(repo.save(huge, LeadRepository::Intent::Submit).error().fields.first().field, QStringLiteral("attachments"));
    }

    void duplicates()
    {
        LeadRepository repo(chief());
        Lead first = sampleLead(QStringLiteral("原始线索"));
        first.entityUscc.clear();
        first.entityPhone = QStringLiteral("13912345678");
        first.entityName = QStringLiteral("广州鑫盛财富管理有限公司");
        first.lon = 113.40;
        first.lat = 23.12;
        first.description = QStringLiteral("鑫盛财富在天河公园推销养老项目，承诺保本保息月息2分");
        const QString firstId = repo.save(first, LeadRepository::Intent::Submit)->id;

        DuplicateFinder finder(chief());
        Lead sameName;
        sameName.entityName = QStringLiteral("广州 鑫盛财富管理 公司");
        auto found = finder.find(sameName);
        QVERIFY(found.ok());
        QVERIFY(std::any_of(found->begin(), found->end(), [&](const DuplicateCandidate& c) { return c.id == firstId; }));

        Lead samePhone;
        samePhone.entityPhone = QStringLiteral("+86 139-1234-5678");
        QCOMPARE(finder.find(samePhone)->first().id, firstId);

        Lead nearby;
        nearby.lon = 113.4010; // ~100 m east
        nearby.lat = 23.1203;
        nearby.title = QStringLiteral("天河公园养老项目保本保息");
        nearby.description = QStringLiteral("有人推销养老项目，承诺保本保息");
        auto near = finder.find(nearby).value();
        QVERIFY(!near.isEmpty());
        QCOMPARE(near.first().id, firstId);
        QVERIFY(near.first().reasons.first().contains(QStringLiteral(" m")));

        nearby.description = QStringLiteral("完全不同的内容：路灯损坏");
        nearby.title = QStringLiteral("市政问题");
        QVERIFY(finder.find(nearby)->isEmpty());
        nearby.lon = 113.45; // 5 km away
        nearby.title = QStringLiteral("天河公园养老项目保本保息");
        QVERIFY(finder.find(nearby)->isEmpty());

        const QString second = repo.save(sampleLead(QStringLiteral("第二条")), LeadRepository::Intent::Submit)->id;
        QVERIFY(repo.link(second, firstId).ok());
        QCOMPARE(repo.load(second)->linkedLeadId, firstId);
        QVERIFY(DuplicateFinder::textSimilarity(QStringLiteral("保本保息"), QStringLiteral("保本保息")) == 1.0);
    }

    void draftsSurviveARestart()
    {
        const QString db = chief().databasePath();
        {
            DraftStore drafts(*m_sentinelB);
            Lead half;
            half.title = QStringLiteral("写了一半的线索");
            half.attachments.append({ {}, QStringLiteral("录音.m4a"), QStringLiteral("audio/mp4"), 0, {}, QByteArray(1000, 'a'), {}, {} });
            auto id = drafts.save({}, half);
            QVERIFY(id.ok());
            half.description = QStringLiteral("又补充了一些");
            QCOMPARE(drafts.save(*id, half).value(), *id);
        }
        m_sentinelB.reset(); // the app dies without saving the lead
        auto again = Vault::unlock(db, QStringLiteral("zhao"), QStringLiteral("password-123"));
        QVERIFY(again.ok());
        m_sentinelB = std::move(*again);
        DraftStore drafts(*m_sentinelB);
        auto latest = drafts.latest().value();
        QVERIFY(latest.has_value());
        QCOMPARE(latest->lead.title, QStringLiteral("写了一半的线索"));
        QCOMPARE(latest->lead.description, QStringLiteral("又补充了一些"));
        QCOMPARE(latest->lead.attachments.size(), 1);
        QCOMPARE(latest->lead.attachments.first().content, QByteArray(1000, 'a'));
        QVERIFY(!DraftStore(*m_sentinelA).latest()->has_value()); // drafts are per user
        QVERIFY(drafts.discard(latest->id).ok());
        QVERIFY(!drafts.latest()->has_value());
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM draft_attachments")), 0);
    }

    void listFiltersAndSearch()
    {
        LeadQuery query(chief());
        LeadFilter all;
        const qint64 total = query.count(all).value();
        QVERIFY(total >= 6);
        auto page = query.page(all, LeadQuery::Sort::Newest, 0, 3).value();
        QCOMPARE(page.size(), 3);
        QVERIFY(page[0].createdAt >= page[1].createdAt);

        LeadFilter search;
        search.text = QStringLiteral("稳赚不赔");
        QCOMPARE(query.count(search).value(), total - 1); // every sample but the rewritten one says it
        search.text = QStringLiteral("带证据");
        QCOMPARE(query.count(search).value(), qint64(1));
        search.text = QStringLiteral("不存在");
        QCOMPARE(query.count(search).value(), qint64(0));
        search.text = QStringLiteral("，");
        QCOMPARE(query.count(search).value(), qint64(0));

        // Both plans give the same rows: the full-text index for rare terms, a newest-first walk for frequent ones.
        for (const char* text : { "稳赚不赔", "带证据", "保本保息 老年人", "财富管理" }) {
            LeadFilter f;
            f.text = QString::fromUtf8(text);
            f.statuses = { QStringLiteral("submitted") };
            LeadQuery viaIndex(chief());
            viaIndex.setScanAboveCandidates(1000000);
            LeadQuery viaScan(chief());
            viaScan.setScanAboveCandidates(0);
            auto ids = [](const QList<LeadSummary>& rows) {
                QStringList out;
                for (const LeadSummary& r : rows)
                    out << r.id;
                return out;
            };
            const QStringList expected = ids(viaIndex.page(f, LeadQuery::Sort::Newest, 0, 100).value());
            QVERIFY(!expected.isEmpty() || QByteArray(text) == "带证据");
            QCOMPARE(ids(viaScan.page(f, LeadQuery::Sort::Newest, 0, 100).value()), expected);
            QCOMPARE(ids(viaScan.page(f, LeadQuery::Sort::Oldest, 1, 2).value()), ids(viaIndex.page(f, LeadQuery::Sort::Oldest, 1, 2).value()));
        }

        LeadFilter grid;
        grid.gridId = m_gridA;
        QCOMPARE(query.count(grid).value(), qint64(1));
        LeadFilter category;
        category.categories = { QStringLiteral("保本保息承诺") };
        QCOMPARE(query.count(category).value(), total);
        category.categories = { QStringLiteral("虚拟货币/境外平台") };
        QCOMPARE(query.count(category).value(), qint64(0));
        LeadFilter groups;
        groups.groupsAtRisk = { QStringLiteral("elderly") };
        QCOMPARE(query.count(groups).value(), total);
        LeadFilter today;
        today.from = QDate::currentDate().addDays(-1);
        today.to = QDate::currentDate().addDays(1);
        QCOMPARE(query.count(today).value(), total);
        today.from = QDate::currentDate().addDays(2);
        today.to = QDate();
        QCOMPARE(query.count(today).value(), qint64(0));

        LeadQuery asA(*m_sentinelA);
        LeadFilter mine;
        mine.mine = true;
        const qint64 minesA = asA.count(mine).value();
        QVERIFY(minesA >= 3);
        QVERIFY(asA.count(LeadFilter()).value() >= minesA); // plus the draft and B's lead in A's grid
        LeadFilter pairs;
        pairs.myPairs = true;
        QCOMPARE(LeadQuery(*m_volunteer).count(pairs).value(), minesA - 1); // all of A's but A's draft
        QCOMPARE(LeadQuery(*m_admin).count(LeadFilter()).value(), qint64(0));
    }

    void noPlaintextOnDisk()
    {
        LeadRepository repo(*m_sentinelA);
        Lead marked = sampleLead(QStringLiteral("PLAINTEXT-MARKER-标题"));
        marked.description = QStringLiteral("PLAINTEXT-MARKER-描述");
        marked.informantName = QStringLiteral("PLAINTEXT-MARKER-举报人");
        marked.attachments.append({ {}, QStringLiteral("PLAINTEXT-MARKER.txt"), {}, 0, {}, QByteArray("PLAINTEXT-MARKER-content"), {}, {} });
        QVERIFY(repo.save(marked, LeadRepository::Intent::Submit).ok());
        QVERIFY(DraftStore(*m_sentinelA).save({}, marked).ok());
        for (int pass = 0; pass < 2; ++pass) {
            const auto files = test::snapshot(m_dir.path());
            for (auto it = files.begin(); it != files.end(); ++it)
                QVERIFY2(!it.value().contains("PLAINTEXT-MARKER"), qPrintable(it.key()));
            m_sentinelA.reset();
            m_sentinelB.reset();
            m_volunteer.reset();
            m_admin.reset();
            m_node.session.reset(); // closed: WAL checkpointed into the main file
        }
    }
};

QTEST_GUILESS_MAIN(TestLeadRepository)
#include "tst_LeadRepository.moc"
