// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_workflow: what the case workflow costs. (1) CaseWorkflow::apply throughput: every lead of a
// fresh encrypted node taken through take → triage → escalate → start review → refer → close, one transaction per
// step as the app does (WAL, synchronous=FULL: each commit is a sync). (2) AuditLog: appending N events and
// `audit verify` over them. Prints figures; asserts nothing about speed.

#include "accounts/AccountService.h"
#include "accounts/Session.h"
#include "core/Ids.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseWorkflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace gs;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

std::unique_ptr<Session> createNode(const QString& path)
{
    auto created = Vault::createNode({ path, s("基准节点"), s("440106"), s("天河区"), s("chief"), s("陈主任"),
        s("bench-password-1"), { 10, 8, 1 } });
    if (!created) {
        std::fprintf(stderr, "cannot create the node: %s\n", qPrintable(created.error().message));
        std::exit(1);
    }
    return std::move(created->session);
}

/// `n` submitted leads: one filed through LeadRepository, the rest copied from it by SQL (the filing path is
/// not what is measured here).
QStringList makeLeads(Session& session, int n)
{
    Lead lead;
    lead.title = s("鑫盛财富承诺保本保息，高额返利");
    lead.categories = { s("非法集资") };
    lead.entityName = s("广州鑫盛财富管理有限公司");
    lead.address = s("天河路1号");
    lead.source = s("patrol");
    lead.description = s("业务员称年化18%，稳赚不赔。");
    auto filed = LeadRepository(session).save(lead, LeadRepository::Intent::Submit);
    if (!filed)
        std::exit(1);
    QStringList columns;
    auto info = session.db().prepare("PRAGMA table_info(leads)");
    while (info->nextRow())
        columns << info->text(1);
    QStringList select = columns;
    select.replace(int(columns.indexOf(s("id"))), s("?1"));
    select.replace(int(columns.indexOf(s("case_no"))), s("?2"));
    QStringList ids { filed->id };
    Transaction tx(session.db());
    auto insert = session.db().prepare(QStringLiteral("INSERT INTO leads (%1) SELECT %2 FROM leads WHERE id = ?3")
                                           .arg(columns.join(QLatin1Char(',')), select.join(QLatin1Char(','))));
    for (int i = 1; i < n; ++i) {
        const QString id = newId();
        insert->reset();
        insert->bind(1, id).bind(2, QStringLiteral("XS-BENCH-%1").arg(i, 6, 10, QLatin1Char('0'))).bind(3, filed->id);
        if (!insert->run())
            std::exit(1);
        ids << id;
    }
    if (!tx.commit())
        std::exit(1);
    return ids;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        s("Measures CaseWorkflow::apply and AuditLog append/verify on an encrypted node."));
    parser.addHelpOption();
    const QCommandLineOption leadsOption(
        s("leads"), s("Cases taken through the whole workflow (default 300)."), s("n"), s("300"));
    const QCommandLineOption eventsOption(
        s("events"), s("Audit events appended and verified (default 100000)."), s("n"), s("100000"));
    const QCommandLineOption repeatOption(s("repeat"), s("Verification runs (default 3)."), s("n"), s("3"));
    const QCommandLineOption jsonOption(s("json"), s("Print one JSON object."));
    parser.addOptions({ leadsOption, eventsOption, repeatOption, jsonOption });
    parser.process(app);
    const int leads = std::max(1, parser.value(leadsOption).toInt());
    const int events = std::max(1, parser.value(eventsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    auto session = createNode(dir.filePath(s("bench.db")));
    const QStringList ids = makeLeads(*session, leads);

    // (1) apply: six steps per case, each its own transaction.
    struct Step
    {
        const char* name;
        TransitionInput input;
    };
    TransitionInput triage;
    triage.basis = { s("guaranteed_returns"), s("high_returns") };
    triage.confidence = s("high");
    triage.crossCheck = s("企业信用信息公示系统无金融许可");
    TransitionInput refer;
    refer.unit = s("天河区公安分局经侦大队");
    refer.opinion = s("涉嫌非法吸收公众存款");
    TransitionInput close;
    close.outcome = s("case_opened");
    close.note = s("公安已立案");
    const QList<Step> steps { { "take", {} }, { "triage_suspected", triage }, { "escalate", {} },
        { "start_review", {} }, { "refer_police", refer }, { "close", close } };
    CaseWorkflow workflow(*session);
    QList<double> perStep;
    perStep.reserve(ids.size() * steps.size());
    QElapsedTimer total;
    total.start();
    for (const QString& id : ids) {
        for (const Step& step : steps) {
            QElapsedTimer t;
            t.start();
            auto r = workflow.apply(id, s(step.name), step.input);
            perStep << t.nsecsElapsed() / 1e6;
            if (!r) {
                std::fprintf(stderr, "%s failed: %s\n", step.name, qPrintable(r.error().message));
                return 1;
            }
        }
    }
    const double applySeconds = total.nsecsElapsed() / 1e9;
    const double applyPerSecond = perStep.size() / applySeconds;
    QList<double> sorted = perStep;
    std::sort(sorted.begin(), sorted.end());
    const double p95 = sorted.at(int(sorted.size() * 0.95));
    // The refused path: a step the case's status does not allow (nothing written).
    QElapsedTimer refusedTimer;
    refusedTimer.start();
    for (const QString& id : ids)
        (void)workflow.apply(id, s("take"), {});
    const double refusedMs = refusedTimer.nsecsElapsed() / 1e6 / ids.size();

    // (2) the audit chain: append `events` in one transaction, then verify the whole chain.
    const qint64 existing = AuditLog::verify(session->db())->count;
    QElapsedTimer appendTimer;
    appendTimer.start();
    {
        Transaction tx(session->db());
        for (int i = 0; i < events; ++i) {
            AuditEvent e;
            e.subjectTable = s("leads");
            e.subjectId = ids.at(i % ids.size());
            e.leadId = e.subjectId;
            e.kind = s("edited");
            e.payload = { { s("title"), QJsonArray { s("旧标题"), s("新标题 %1").arg(i) } } };
            if (!AuditLog::append(*session, e)) {
                std::fprintf(stderr, "append failed\n");
                return 1;
            }
        }
        if (!tx.commit())
            return 1;
    }
    const double appendSeconds = appendTimer.nsecsElapsed() / 1e9;
    QList<double> verifySeconds;
    qint64 verified = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        auto v = AuditLog::verify(session->db());
        verifySeconds << t.nsecsElapsed() / 1e9;
        if (!v || !v->ok) {
            std::fprintf(stderr, "verify failed\n");
            return 1;
        }
        verified = v->count;
    }

    const QJsonObject figures { { s("cases"), leads }, { s("steps"), double(perStep.size()) },
        { s("applySeconds"), applySeconds }, { s("applyPerSecond"), applyPerSecond },
        { s("applyMedianMs"), median(perStep) }, { s("applyP95Ms"), p95 }, { s("refusedMs"), refusedMs },
        { s("eventsAppended"), events }, { s("appendSeconds"), appendSeconds },
        { s("appendPerSecond"), events / appendSeconds }, { s("eventsVerified"), double(verified) },
        { s("verifyMedianSeconds"), median(verifySeconds) }, { s("verifyPerSecond"), verified / median(verifySeconds) },
        { s("eventsBefore"), double(existing) } };
    if (parser.isSet(jsonOption)) {
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    std::printf("CaseWorkflow::apply on SQLCipher (WAL, synchronous=FULL, one transaction per step)\n");
    std::printf("  %d cases x %lld steps = %lld steps in %.2f s: %.0f steps/s, median %.2f ms, p95 %.2f ms\n", leads,
        qlonglong(steps.size()), qlonglong(perStep.size()), applySeconds, applyPerSecond, median(perStep), p95);
    std::printf("  refused step (status does not allow it): %.3f ms\n", refusedMs);
    std::printf("AuditLog\n");
    std::printf("  append %d events in one transaction: %.2f s (%.0f events/s)\n", events, appendSeconds,
        events / appendSeconds);
    std::printf("  verify %lld events: median of %d runs %.3f s (%.0f events/s)\n", qlonglong(verified), repeat,
        median(verifySeconds), verified / median(verifySeconds));
    return 0;
}
