// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// I/O errors under the real save path: a VFS below SQLCipher fails the Nth write or sync, for every N a lead
// save needs, once (a transient error) or from then on (a full or vanished disk). No save that failed may be
// reported as saved, none that was reported may be missing, and the node stays consistent and usable: the
// same session saves the next lead, and a fresh unlock finds exactly the leads reported saved.
#include "FaultyVfs.h"
#include "ReliabilitySupport.h"
#include "TestSupport.h"
#include "leads/DraftStore.h"
#include "leads/LeadRepository.h"

using namespace gs;
using test::FaultyVfs;

namespace {
const QString kUser = QStringLiteral("chief");
const QString kPassword = QStringLiteral("chief-password-1");

int countLeadsTitled(Database& db, const QString& title)
{
    auto stmt = db.prepare("SELECT count(*) FROM leads WHERE title = ?");
    if (!stmt)
        return -1;
    stmt->bind(1, title);
    return stmt->nextRow() ? stmt->integer(0) : -1;
}
} // namespace

class tst_IoErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Session> m_session;
    QRandomGenerator m_rng { 11 };
    QSet<QString> m_reported; ///< titles of leads whose save returned success
    int m_attempt = 0;

    /// A lead with a unique title (and, every other time, evidence spanning overflow pages).
    Lead nextLead()
    {
        Lead lead = reliability::randomLead(m_rng, QStringLiteral("io-%1").arg(++m_attempt), 3000, 0);
        if (m_attempt % 2 == 0)
            lead.attachments.append({ {}, QStringLiteral("证据.bin"), QStringLiteral("application/octet-stream"), 0, {},
                QByteArray(20000, char('a' + m_attempt % 26)), {}, {} });
        return lead;
    }

    /// What a second connection (a fresh unlock) sees.
    void checkFromOutside(const QString& title, bool mustExist)
    {
        auto other = Vault::unlock(m_db, kUser, kPassword);
        if (!other)
            QFAIL(qPrintable(QStringLiteral("the node no longer unlocks: ") + other.error().message));
        QCOMPARE(countLeadsTitled((*other)->db(), title), mustExist ? 1 : 0);
        const QString problem = reliability::consistencyProblem((*other)->db());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private Q_SLOTS:
    void initTestCase()
    {
        FaultyVfs::install();
        auto node = test::createNode(m_dir);
        m_db = node.session->databasePath();
        m_session = std::move(node.session);
    }

    void failedSaveIsNeverReportedSaved_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("sticky");
        QTest::newRow("Nth write fails once") << int(FaultyVfs::Op::Write) << false;
        QTest::newRow("every write from the Nth fails") << int(FaultyVfs::Op::Write) << true;
        QTest::newRow("Nth sync fails once") << int(FaultyVfs::Op::Sync) << false;
        QTest::newRow("every sync from the Nth fails") << int(FaultyVfs::Op::Sync) << true;
    }

    void failedSaveIsNeverReportedSaved()
    {
        QFETCH(int, op);
        QFETCH(bool, sticky);
        LeadRepository repository(*m_session);
        int failures = 0, savedDespiteFault = 0;
        for (int n = 1; n < 500; ++n) {
            const Lead lead = nextLead();
            FaultyVfs::failNth(FaultyVfs::Op(op), n, sticky);
            auto saved = repository.save(lead, LeadRepository::Intent::Submit);
            const bool faulted = FaultyVfs::injected() > 0;
            FaultyVfs::disarm();
            if (saved) {
                m_reported.insert(lead.title);
                savedDespiteFault += faulted ? 1 : 0;
                checkFromOutside(lead.title, true);
            } else {
                QVERIFY2(faulted, qPrintable(saved.error().message)); // only the injected fault may fail a save
                QCOMPARE(saved.error().code, Error::Code::Io);
                QVERIFY(!saved.error().message.isEmpty());
                ++failures;
                checkFromOutside(lead.title, false);
                // The same session goes on working once the disk does.
                const Lead next = nextLead();
                auto retried = repository.save(next, LeadRepository::Intent::Submit);
                if (!retried)
                    QFAIL(qPrintable(QStringLiteral("after an I/O error at %1 the next save failed: %2")
                                         .arg(n)
                                         .arg(retried.error().message)));
                m_reported.insert(next.title);
            }
            if (!faulted)
                break; // the save needed fewer than n operations: every position has been tried
            QVERIFY2(n < 499, "a save never completed without reaching the fault");
        }
        qInfo("%d saves failed and were reported as failed; %d succeeded although an operation failed "
              "(after the commit was durable)",
            failures, savedDespiteFault);
        QVERIFY(failures > 0); // the fault was really injected into the save path
    }

    void draftAutosaveFailsCleanly()
    {
        DraftStore drafts(*m_session);
        Lead draft = nextLead();
        for (int n = 1; n < 200; ++n) {
            FaultyVfs::failNth(FaultyVfs::Op::Write, n, false);
            auto id = drafts.save({}, draft);
            const bool faulted = FaultyVfs::injected() > 0;
            FaultyVfs::disarm();
            QVERIFY(id || faulted);
            auto latest = drafts.latest();
            QVERIFY(latest.ok());
            if (id) {
                QVERIFY(latest->has_value());
                QCOMPARE((*latest)->id, *id);
                QVERIFY(drafts.discard(*id).ok());
            }
            if (!faulted)
                break;
        }
    }

    void everythingReportedIsThereAfterReopening()
    {
        m_session.reset();
        auto session = Vault::unlock(m_db, kUser, kPassword);
        QVERIFY(session.ok());
        Database& db = (*session)->db();
        QSet<QString> titles = reliability::ids(db, "SELECT title FROM leads");
        QCOMPARE(titles, m_reported); // nothing reported lost, nothing that failed appeared
        QCOMPARE(reliability::consistencyProblem(db), QString());
    }
};

QTEST_GUILESS_MAIN(tst_IoErrors)
#include "tst_IoErrors.moc"
