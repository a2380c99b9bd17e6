// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// A foreign SQLite in the process: the real gridsentinel executable is run with Debian's libsqlite3.so.0 in
// LD_PRELOAD (what a desktop that loads Qt's QSQLITE plugin, GTK or NSS into the process amounts to). The
// static SQLCipher's symbols are hidden, so the preloaded library must not win: every command either works
// fully encrypted or refuses, and no file ever holds plaintext. The dynamic linker's own trace proves the
// library was loaded and that no sqlite3_* call of the executable was bound to it.
// (The refusal itself, when the library in use is not SQLCipher, is exercised by tst_PlainSqliteRefused.)
#include "PlaintextScanner.h"
#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace gs;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class tst_ForeignSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_token;

    Run gridsentinel(const QStringList& args, const QByteArray& input, const QString& ldDebugPrefix = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(GS_SYSTEM_LIBSQLITE3));
        // A sanitizer runtime linked dynamically (GCC) insists on coming first; the preload is the point here.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
            env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
        if (!ldDebugPrefix.isEmpty()) {
            env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files,bindings"));
            env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), ldDebugPrefix);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GS_APP_PATH),
            args + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--insecure-fast-kdf") });
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("gridsentinel did not finish");
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    /// Exit 0, or exit 5 (the unencrypted-library refusal) with its message and no database left behind.
    void expectEncryptedOrRefused(const Run& r, const char* what)
    {
        if (r.exitCode == 0)
            return;
        QVERIFY2(r.exitCode == 5,
            qPrintable(QStringLiteral("%1: exit %2: %3")
                           .arg(QString::fromLatin1(what))
                           .arg(r.exitCode)
                           .arg(QString::fromUtf8(r.err))));
        QVERIFY(r.err.contains("SQLCipher"));
    }

    void expectNoPlaintext()
    {
        QVERIFY(!Database::hasPlaintextHeader(m_db));
        test::PlaintextScanner scanner;
        scanner.addMarker(m_token);
        scanner.addMarker(QStringLiteral("外来库测试"));
        const QStringList hits = scanner.scanTree(m_dir.path(), { m_dir.filePath(QStringLiteral("input")) });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(GS_SYSTEM_LIBSQLITE3)));
        m_db = m_dir.filePath(QStringLiteral("node.db"));
        m_token = QStringLiteral("gsforeign%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    }

    void preloadedLibraryDoesNotWin()
    {
        const QString trace = m_dir.filePath(QStringLiteral("input/ld"));
        QVERIFY(QDir().mkpath(QFileInfo(trace).absolutePath()));
        const Run init = gridsentinel({ QStringLiteral("init"), QStringLiteral("--node"), QStringLiteral("外来库测试"),
                                          QStringLiteral("--district"), QStringLiteral("天河区"),
                                          QStringLiteral("--admin"), QStringLiteral("chief") },
            "chief-password-1\n", trace);
        expectEncryptedOrRefused(init, "init");
        expectNoPlaintext();

        // The trace: the library was loaded into the process, and the executable bound no sqlite3_* to it.
        QByteArray log;
        QDirIterator traces(QFileInfo(trace).absolutePath(), { QStringLiteral("ld.*") }, QDir::Files);
        while (traces.hasNext())
            log += test::fileBytes(traces.next());
        QVERIFY2(log.contains("libsqlite3.so.0"), "LD_PRELOAD did not load the library: the test proves nothing");
        static const QRegularExpression boundToPlain(
            QStringLiteral("binding file \\S*gridsentinel\\S* \\[0\\] to \\S*libsqlite3\\S*: normal symbol `sqlite3"));
        const QRegularExpressionMatch m = boundToPlain.match(QString::fromUtf8(log));
        QVERIFY2(!m.hasMatch(), qPrintable(m.captured(0)));
        if (init.exitCode != 0)
            return; // refused: nothing more can run, and nothing was written (checked above)

        QVERIFY(QFileInfo::exists(m_db));
        const QByteArray lead
            = QStringLiteral(R"({"title": "外来库测试 %1", "categories": ["非法集资"], "address": "天河路 %1",
            "source": "patrol", "description": "外来库测试 承诺保本保息 %1", "informant": {"name": "%1", "phone": "13800138000"}})")
                  .arg(m_token)
                  .toUtf8();
        const Run add = gridsentinel({ QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--as"),
                                         QStringLiteral("chief"), QStringLiteral("--json"), QStringLiteral("-") },
            "chief-password-1\n" + lead);
        expectEncryptedOrRefused(add, "lead add");
        const Run info = gridsentinel({ QStringLiteral("info"), QStringLiteral("--as"), QStringLiteral("chief"),
                                          QStringLiteral("--format"), QStringLiteral("json") },
            "chief-password-1\n");
        expectEncryptedOrRefused(info, "info");
        if (info.exitCode == 0) {
            const QJsonObject o = QJsonDocument::fromJson(info.out).object();
            QCOMPARE(o.value(QStringLiteral("encrypted")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("cipherVersion")).toString(), QStringLiteral("3.4.1"));
        }
        expectNoPlaintext();

        // Not vacuous: the lead is really in there, readable with the key.
        if (add.exitCode == 0) {
            auto session = Vault::unlock(m_db, QStringLiteral("chief"), QStringLiteral("chief-password-1"));
            QVERIFY(session.ok());
            QVERIFY(reliability::ids((*session)->db(), "SELECT description FROM leads")
                        .values()
                        .join(QString())
                        .contains(m_token));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ForeignSqlite)
#include "tst_ForeignSqlite.moc"
