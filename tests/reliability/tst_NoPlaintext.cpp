// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// No case data on disk outside the encrypted database. Every folder the app could write to (home, XDG
// config/cache/data/state/runtime, TMPDIR) is a folder of this test, set before QApplication exists. 1,000
// leads are filed with markers in every text field and in their evidence, the lead form is filled, autosaved
// and the app locked and quit through the real AppController; at each step every file in those folders (the
// database, its -wal and -shm, the key file, settings, caches) is scanned for the markers in UTF-8 and
// UTF-16: zero hits. Files that changed in /tmp and /var/tmp meanwhile are scanned too, in case something
// ignored TMPDIR.
#include "LeadsTestSupport.h"
#include "PlaintextScanner.h"
#include "Prompter.h"
#include "domain/Validators.h"
#include "leads/DraftStore.h"
#include "leads/EvidenceList.h"
#include "leads/LeadForm.h"
#include "leads/LeadQuery.h"
#include "leads/LeadRepository.h"
#include "leads/LeadsPage.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdlib>
#include <sys/stat.h>

using namespace gs;
using namespace gs::test;

namespace {

QString g_root; // set by main() before the application starts

QString digits(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

/// GB 11643 check digit.
QString withIdCheck(const QString& first17)
{
    static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

/// GB 32100 check character.
QString withUsccCheck(const QString& first17)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(alphabet.indexOf(first17[i])) * weights[i];
    return first17 + alphabet[(31 - sum % 31) % 31];
}

} // namespace

class tst_NoPlaintext : public QObject
{
    Q_OBJECT

    QString m_token; ///< random per run, so files of other processes never match
    QString m_hanzi; ///< a Chinese marker
    QString m_phonePrefix = QStringLiteral("13912608");
    QString m_idPrefix = QStringLiteral("44010619371207");
    QString m_uscc;
    QString m_db;
    QDateTime m_started;
    PlaintextScanner m_scanner; ///< every marker
    PlaintextScanner m_tokenScanner; ///< the random token only

    QString userFiles() const { return g_root + QStringLiteral("/userfiles"); }
    QString evidencePhoto() const { return userFiles() + QStringLiteral("/现场照片.png"); }

    /// Every folder the app may write to, and what changed in the system temp folders since the start. The
    /// latter only for this run's random token: other processes write there too (a compiler's temporary
    /// assembly of this very file holds the fixed markers).
    QStringList scanEverything() const
    {
        QStringList hits = m_scanner.scanTree(g_root, { userFiles() });
        for (const QString& systemTemp : { QStringLiteral("/tmp"), QStringLiteral("/var/tmp") })
            hits += m_tokenScanner.scanTree(systemTemp, { g_root }, m_started, 256LL * 1024 * 1024);
        return hits;
    }

    Lead markedLead(int i) const
    {
        const QString tag = QStringLiteral("%1-%2").arg(m_token).arg(i);
        Lead l;
        l.title = QStringLiteral("%1 标题 %2").arg(m_hanzi, tag);
        l.categories = { QStringLiteral("非法集资") };
        l.entityName = QStringLiteral("%1财富管理有限公司 %2").arg(m_hanzi, tag);
        l.entityUscc = m_uscc;
        l.entityAddress = QStringLiteral("%1 经营地址 %2").arg(m_hanzi, tag);
        l.entityPhone = m_phonePrefix + digits(i % 1000, 3);
        l.entityOnline = QStringLiteral("weixin:%1").arg(tag);
        l.personIdNumber = withIdCheck(m_idPrefix + digits(i % 1000, 3));
        l.address = QStringLiteral("%1 天河路 %2").arg(m_hanzi, tag);
        l.lon = 113.32 + (i % 100) * 0.0001;
        l.lat = 23.13;
        l.groupsAtRisk = { QStringLiteral("elderly") };
        l.amountCents = 100000 + i;
        l.source = QStringLiteral("public_report");
        l.informantName = QStringLiteral("%1 举报人 %2").arg(m_hanzi, tag);
        l.informantPhone = m_phonePrefix + digits((i + 500) % 1000, 3);
        l.informantConfidential = true;
        l.description = QStringLiteral("%1 业务员承诺保本保息 %2 ").arg(m_hanzi, tag).repeated(1 + i % 5);
        l.attachments.append({ {}, QStringLiteral("%1证据-%2.txt").arg(m_hanzi, tag), QStringLiteral("text/plain"), 0,
            {}, QStringLiteral("证据内容 %1 %2\n").arg(m_hanzi, tag).repeated(20).toUtf8(), {}, {} });
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!g_root.isEmpty());
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(g_root));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(g_root));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::CacheLocation).startsWith(g_root));
        QVERIFY(QDir::tempPath().startsWith(g_root));
        m_started = QDateTime::currentDateTime().addSecs(-2);
        m_token = QStringLiteral("gsmark%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        m_hanzi = QStringLiteral("明文泄露标记");
        m_uscc = withUsccCheck(QStringLiteral("91440106MA5KQ7J3X"));
        QVERIFY(validate::isValidUscc(m_uscc));
        for (const QString& m : { m_token, m_hanzi, m_phonePrefix, m_idPrefix, m_uscc })
            m_scanner.addMarker(m);
        m_tokenScanner.addMarker(m_token);

        // The scanner finds plaintext where there is some: the photo the user adds as evidence (in userfiles,
        // which is not scanned) carries the markers in its PNG text chunks.
        QVERIFY(QDir().mkpath(userFiles()));
        QImage photo(320, 240, QImage::Format_RGB32);
        photo.fill(QColor(200, 60, 40));
        photo.setText(QStringLiteral("Comment"), QStringLiteral("%1 %2").arg(m_token, m_phonePrefix));
        photo.setText(QStringLiteral("Description"), m_hanzi);
        QVERIFY(photo.save(evidencePhoto(), "PNG"));
        QCOMPARE(m_scanner.scanFile(evidencePhoto()).size(), 3); // UTF-8 hits for three markers

        m_db = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("gridsentinel.db"));
        QVERIFY(QDir().mkpath(QFileInfo(m_db).absolutePath()));
        auto created = Vault::createNode({ m_db, QStringLiteral("天河区节点"), QStringLiteral("440106"),
            QStringLiteral("天河区"), kChief, QStringLiteral("陈主任"), kChiefPassword, kFastKdf });
        QVERIFY(created.ok());
    }

    void filingThousandLeads()
    {
        auto session = Vault::unlock(m_db, kChief, kChiefPassword);
        QVERIFY(session.ok());
        LeadRepository repository(**session);
        for (int i = 0; i < 1000; ++i) {
            auto saved = repository.save(
                markedLead(i), i % 10 == 0 ? LeadRepository::Intent::SaveDraft : LeadRepository::Intent::Submit);
            if (!saved)
                QFAIL(qPrintable(saved.error().message));
        }
        // Search, sort and count: the paths that could spill temporary b-trees to disk.
        LeadQuery query(**session);
        for (const QString& text : { m_token, m_hanzi, QStringLiteral("保本保息") }) {
            LeadFilter filter;
            filter.text = text;
            QVERIFY(query.count(filter).ok());
            QVERIFY(query.page(filter, LeadQuery::Sort::RiskHighFirst, 0, 200).ok());
        }
        // While the session is open the WAL and the shared-memory index exist: scan them too.
        QVERIFY(QFileInfo(m_db + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFileInfo::exists(m_db + QStringLiteral("-shm")));
        const QStringList hits = scanEverything();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(m_scanner.bytesScanned() > 10 * 1024 * 1024); // a 1k-lead database was really read
    }

    void formAutosaveLockAndQuit()
    {
        auto controller = std::make_unique<AppController>(m_db);
        controller->setKdfParamsForTesting(kFastKdf);
        controller->prompter().setScripted(true);
        controller->start();
        signIn(*controller, kChief, kChiefPassword);
        MainWindow* window = controller->mainWindow();
        window->showPage(MainWindow::LeadsPage);
        LeadsPage* page = window->leadsPage();
        typeText(page->findChild<QLineEdit*>(QStringLiteral("leadSearchEdit")), m_token); // the list searches it
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("newLeadButton")), Qt::LeftButton);
        QPointer<LeadForm> form = page->form();
        QVERIFY(form);
        form->setAutosaveIntervalMs(50);
        const Lead lead = markedLead(5000);
        const auto edit = [&](const char* name, const QString& text) {
            auto* w = form->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(w, name);
            typeText(w, text);
        };
        edit("titleEdit", lead.title);
        edit("descriptionEdit", lead.description);
        edit("entityNameEdit", lead.entityName);
        edit("entityUsccEdit", lead.entityUscc);
        edit("entityAddressEdit", lead.entityAddress);
        edit("entityPhoneEdit", lead.entityPhone);
        edit("entityOnlineEdit", lead.entityOnline);
        edit("personIdEdit", lead.personIdNumber);
        edit("addressEdit", lead.address);
        edit("informantNameEdit", lead.informantName);
        edit("informantPhoneEdit", lead.informantPhone);
        controller->prompter().setNextFileName(evidencePhoto());
        QTest::mouseClick(form->evidence()->addButton(), Qt::LeftButton);
        QCOMPARE(form->evidence()->attachments().size(), 1);
        QTRY_VERIFY(!form->isDirty() && !form->draftId().isEmpty()); // autosaved into the database
        {
            auto other = Vault::unlock(m_db, kChief, kChiefPassword);
            QVERIFY(other.ok());
            auto draft = DraftStore(**other).latest();
            QVERIFY(draft.ok() && draft->has_value());
            QCOMPARE((*draft)->lead.informantName, lead.informantName); // the markers really are in the draft
        }
        QStringList hits = scanEverything();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        controller->lock();
        QVERIFY(!controller->session());
        hits = scanEverything();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        controller.reset(); // quit
        QCoreApplication::processEvents();
        hits = scanEverything();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo::exists(KeyRing::sidecarPath(m_db)));
        qInfo("%d files, %.1f MB scanned in all; distinct files:\n%s",
            m_scanner.filesScanned() + m_tokenScanner.filesScanned(),
            double(m_scanner.bytesScanned() + m_tokenScanner.bytesScanned()) / (1 << 20),
            qPrintable((m_scanner.filesSeen() + m_tokenScanner.filesSeen()).join(QLatin1Char('\n'))));
    }
};

int main(int argc, char* argv[])
{
    // Before anything of Qt runs: every place an application may write goes into one test folder.
    QByteArray root = QDir::tempPath().toUtf8() + "/gs-noplaintext-XXXXXX";
    if (!mkdtemp(root.data()))
        qFatal("mkdtemp failed");
    g_root = QString::fromUtf8(root);
    const char* folders[][2] = { { "HOME", "home" }, { "XDG_CONFIG_HOME", "config" }, { "XDG_CACHE_HOME", "cache" },
        { "XDG_DATA_HOME", "data" }, { "XDG_STATE_HOME", "state" }, { "XDG_RUNTIME_DIR", "runtime" },
        { "TMPDIR", "tmp" } };
    for (const auto& [variable, folder] : folders) {
        const QByteArray path = root + '/' + folder;
        QDir().mkpath(QString::fromUtf8(path));
        ::chmod(path.constData(), 0700);
        qputenv(variable, path);
    }
    qunsetenv("SQLITE_TMPDIR");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gridsentinel"));
    tst_NoPlaintext test;
    const int failed = QTest::qExec(&test, argc, argv);
    if (failed == 0)
        QDir(g_root).removeRecursively();
    else
        qWarning("left %s for inspection", root.constData());
    return failed;
}

#include "tst_NoPlaintext.moc"
