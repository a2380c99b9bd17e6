// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Power cut / kill -9 while filing: a child files leads through the real LeadRepository and prints each id
// after COMMIT returned; it is killed with SIGKILL at random moments (during start-up and WAL recovery, in
// the middle of a transaction, inside the key file's atomic replace). After every kill the node must still
// unlock, every printed lead must be there, and the file must check out.
#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace gs;

namespace {
const QString kUser = QStringLiteral("chief");
const QString kPassword = QStringLiteral("chief-password-1");
} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::createNode(m_dir).session->databasePath();
    }

    void killedWriterLosesNothing()
    {
        const int runs = reliability::longRun() ? 1000 : 50;
        const quint32 seed = reliability::seedFromEnvironment();
        qInfo("seed %u (set GS_SEED=%u to replay), %d runs", seed, seed, runs);
        QRandomGenerator rng(seed);
        QSet<QString> printed;
        int killedWhileFiling = 0, killedAtStart = 0, rekeys = 0;
        QElapsedTimer clock;
        clock.start();
        for (int run = 0; run < runs; ++run) {
            QProcess child;
            child.setProgram(QStringLiteral(GS_CRASH_WRITER));
            child.setArguments({ m_db, kUser, kPassword, QString::number(rng.generate()) });
            child.start();
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QByteArray out;
            // A quarter of the kills land anywhere from exec() on (start-up, unlock, WAL recovery of the
            // previous kill); the rest once the child has filed its first lead, up to a few dozen leads in
            // (waiting for that line keeps this true however slow the build, e.g. under ASan).
            const bool whileFiling = rng.bounded(4) != 0;
            if (whileFiling) {
                QElapsedTimer wait;
                wait.start();
                while (out.count('\n') < 2 && wait.elapsed() < 60000 && child.state() == QProcess::Running) {
                    child.waitForReadyRead(20);
                    out += child.readAllStandardOutput();
                }
                QVERIFY2(out.count('\n') >= 2, child.readAllStandardError().constData());
            }
            QThread::msleep(rng.bounded(whileFiling ? 300 : 80));
            out += child.readAllStandardOutput();
            QVERIFY2(child.state() == QProcess::Running,
                qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                               .arg(run)
                               .arg(QString::fromUtf8(child.readAllStandardError()))));
            child.kill(); // SIGKILL: no destructors, no atexit, no checkpoint
            QVERIFY(child.waitForFinished(30000));
            out += child.readAllStandardOutput();

            // Only complete lines count: a line is printed with one write(2) after save() returned.
            int filedThisRun = 0;
            for (const QByteArray& line : out.left(out.lastIndexOf('\n') + 1).split('\n')) {
                if (line.isEmpty() || line == "unlocked")
                    continue;
                if (line == "rekeyed") {
                    ++rekeys;
                    continue;
                }
                printed.insert(QString::fromLatin1(line));
                ++filedThisRun;
            }
            (filedThisRun > 0 ? killedWhileFiling : killedAtStart) += 1;

            auto session = Vault::unlock(m_db, kUser, kPassword);
            if (!session)
                QFAIL(qPrintable(
                    QStringLiteral("run %1: the node no longer unlocks: %2").arg(run).arg(session.error().message)));
            Database& db = (*session)->db();
            const QSet<QString> stored = reliability::ids(db, "SELECT id FROM leads");
            for (const QString& id : std::as_const(printed))
                QVERIFY2(stored.contains(id),
                    qPrintable(QStringLiteral("run %1: lead %2 was reported saved and is gone").arg(run).arg(id)));
            const QString problem = reliability::consistencyProblem(db);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(problem)));
        }
        qInfo("%d kills while filing, %d before the first lead; %lld leads reported saved and found, %d key slot "
              "rewrites; %.1f s",
            killedWhileFiling, killedAtStart, qint64(printed.size()), rekeys, double(clock.elapsed()) / 1000);
        // The test must have done what it claims: most kills interrupted a writer that had filed leads.
        QVERIFY(killedWhileFiling >= runs / 2);
        QVERIFY(printed.size() > runs);
    }
};

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_CrashRecovery.moc"
