// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel lead add|list|search|show
#include "CliSupport.h"
#include "domain/Validators.h"
#include "leads/LeadJson.h"
#include "leads/LeadQuery.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gs::cli {
namespace {

QJsonObject summaryJson(const LeadSummary& s)
{
    QJsonObject o = leadSummaryJson(s);
    o.insert(QStringLiteral("address"), s.address);
    o.insert(QStringLiteral("community"), s.communityName);
    o.insert(QStringLiteral("riskScore"), s.riskScore);
    o.insert(QStringLiteral("createdAt"), s.createdAt);
    o.insert(QStringLiteral("deadlineAt"), s.deadlineAt);
    return o;
}

QString csvField(const QString& v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')))
        return v;
    return QLatin1Char('"') + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

void printSummaries(const Command& c, const QList<LeadSummary>& rows, qint64 total)
{
    if (c.json()) {
        QJsonArray a;
        for (const LeadSummary& s : rows)
            a.append(summaryJson(s));
        printJson(QJsonObject { { QStringLiteral("total"), double(total) }, { QStringLiteral("leads"), a } });
    } else if (c.format() == QStringLiteral("csv")) {
        out() << QStringLiteral("caseNo,status,title,entity,grid,riskLevel,amountYuan,createdAt\n");
        for (const LeadSummary& s : rows)
            out() << QStringList { s.caseNo, s.status, csvField(s.title), csvField(s.entityName), csvField(s.gridName),
                s.riskLevel, s.amountCents ? plainYuan(*s.amountCents) : QString(), s.createdAt }
                         .join(QLatin1Char(','))
                  << '\n';
    } else {
        for (const LeadSummary& s : rows)
            out() << QStringLiteral("%1\t%2\t%3\t%4").arg(s.caseNo, leads::statusLabel(s.status), s.title, s.entityName) << '\n';
        out() << tr("%1 of %2 leads").arg(rows.size()).arg(total) << Qt::endl;
    }
    out().flush();
}

/// Reads evidence named by path (relative to the JSON file's folder) into the lead.
Status readAttachments(Lead& lead, const QDir& base, const QString& record)
{
    for (Attachment& a : lead.attachments) {
        if (a.sourcePath.isEmpty())
            continue;
        QFile f(base.absoluteFilePath(a.sourcePath));
        if (f.size() > leads::kMaxAttachmentBytes)
            return makeError(Error::Code::InvalidInput,
                tr("%1: attachments: %2 is larger than 25 MB.").arg(record, a.sourcePath), QStringLiteral("attachments"));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::InvalidInput,
                tr("%1: attachments: cannot read %2 (%3).").arg(record, a.sourcePath, f.errorString()), QStringLiteral("attachments"));
        a.content = f.readAll();
        a.size = a.content.size();
        a.fileName = QFileInfo(a.sourcePath).fileName();
    }
    return {};
}

int leadAdd(Command& c, Session& session)
{
    const QString path = c.parser().value(QStringLiteral("json"));
    if (path.isEmpty())
        return usage(tr("--json FILE is required."));
    QFile file(path == QStringLiteral("-") ? QString() : path);
    QByteArray bytes;
    if (path == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(makeError(Error::Code::Io, tr("Cannot read standard input.")));
        bytes = in.readAll();
    } else {
        if (!file.open(QIODevice::ReadOnly))
            return fail(makeError(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString())));
        bytes = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(makeError(Error::Code::InvalidInput,
            tr("%1 is not valid JSON at byte %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString())));
    QJsonArray records;
    if (doc.isArray())
        records = doc.array();
    else if (doc.isObject())
        records.append(doc.object());
    else
        return fail(makeError(Error::Code::InvalidInput, tr("%1 must hold a lead object or an array of them.").arg(path)));

    // Parse and validate everything first, so every problem of every record is reported at once.
    const LeadRepository::Intent intent = c.parser().isSet(QStringLiteral("draft")) ? LeadRepository::Intent::SaveDraft
                                                                                   : LeadRepository::Intent::Submit;
    const QDir base = QFileInfo(path).absoluteDir();
    QList<Lead> leads;
    QList<FieldError> problems;
    for (int i = 0; i < records.size(); ++i) {
        const QString record = tr("record %1").arg(i + 1);
        if (!records[i].isObject()) {
            problems.append({ QString(), tr("%1: not a JSON object.").arg(record) });
            continue;
        }
        QList<FieldError> parseErrors;
        Lead lead = leads::fromJson(records[i].toObject(), record, &parseErrors);
        problems.append(parseErrors);
        if (auto s = readAttachments(lead, base, record); !s) {
            problems.append({ s.error().field, s.error().message });
            continue;
        }
        const auto completeness = intent == LeadRepository::Intent::Submit ? leads::Completeness::Submitted : leads::Completeness::Draft;
        for (const FieldError& e : leads::validate(lead, completeness)) {
            const bool alreadyReported = std::any_of(parseErrors.begin(), parseErrors.end(), [&](const FieldError& p) {
                return p.field == e.field;
            });
            if (!alreadyReported)
                problems.append({ e.field, QStringLiteral("%1 (%2): %3").arg(record, lead.title.isEmpty() ? tr("untitled") : lead.title, e.message) });
        }
        leads.append(lead);
    }
    if (!problems.isEmpty()) {
        Error e = makeError(Error::Code::InvalidInput, problems.first().message);
        e.fields = problems;
        if (problems.size() == 1)
            e.fields.clear();
        fail(e);
        err() << tr("Nothing was written.") << Qt::endl;
        return InvalidInput;
    }

    // All or nothing: one outer transaction around the per-lead saves.
    Transaction batch(session.db());
    if (!batch.begun())
        return fail(batch.begun().error());
    LeadRepository repo(session);
    QJsonArray created;
    for (int i = 0; i < leads.size(); ++i) {
        auto saved = repo.save(leads[i], intent);
        if (!saved) {
            Error e = saved.error();
            e.message = tr("record %1: %2").arg(i + 1).arg(e.message);
            const int code = fail(e);
            err() << tr("Nothing was written.") << Qt::endl;
            return code;
        }
        created.append(QJsonObject { { QStringLiteral("id"), saved->id }, { QStringLiteral("caseNo"), saved->caseNo },
            { QStringLiteral("status"), saved->status } });
    }
    if (auto s = batch.commit(); !s)
        return fail(s.error());
    if (c.json())
        printJson(created);
    else
        for (const QJsonValue& v : created)
            out() << v.toObject().value(QStringLiteral("caseNo")).toString() << '\t' << v.toObject().value(QStringLiteral("id")).toString() << Qt::endl;
    return Ok;
}

} // namespace

int cmdLead(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList subs { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("search"), QStringLiteral("show") };
    if (!subs.contains(sub))
        return usage(tr("'lead' needs one of: %1.").arg(subs.join(QStringLiteral(", "))));
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("lead ") + sub);
    c.addAs();
    c.parser().addOptions({
        { QStringLiteral("json"), tr("Lead JSON file (one object or an array; '-' for stdin; see docs/lead-json.md)."), tr("FILE") },
        { QStringLiteral("draft"), tr("Save as drafts instead of submitting.") },
        { QStringLiteral("status"), tr("Only leads in this status (repeatable)."), tr("STATUS") },
        { QStringLiteral("grid"), tr("Only leads in this grid (id)."), tr("GRID") },
        { QStringLiteral("mine"), tr("Only leads I filed or am assigned.") },
        { QStringLiteral("limit"), tr("At most this many rows (default 100)."), tr("N"), QStringLiteral("100") },
        { QStringLiteral("offset"), tr("Skip this many rows."), tr("N"), QStringLiteral("0") },
    });
    const int positional = (sub == QStringLiteral("search") || sub == QStringLiteral("show")) ? 1 : 0;
    if (int rc = c.parse(positional, positional); rc >= 0)
        return rc;
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    if (sub == QStringLiteral("add"))
        return leadAdd(c, **session);

    if (sub == QStringLiteral("show")) {
        const QString key = c.parser().positionalArguments().constFirst();
        QString id = key;
        if (auto byCase = (*session)->db().prepare("SELECT id FROM leads WHERE case_no = ?"); byCase) {
            byCase->bind(1, key);
            if (byCase->nextRow())
                id = byCase->text(0);
        }
        auto lead = LeadRepository(**session).load(id);
        if (!lead)
            return fail(lead.error());
        printJson(leads::toJson(*lead));
        return Ok;
    }
    LeadFilter filter;
    filter.statuses = c.parser().values(QStringLiteral("status"));
    filter.gridId = c.parser().value(QStringLiteral("grid"));
    filter.mine = c.parser().isSet(QStringLiteral("mine"));
    if (sub == QStringLiteral("search"))
        filter.text = c.parser().positionalArguments().constFirst();
    bool okLimit = false, okOffset = false;
    const int limit = c.parser().value(QStringLiteral("limit")).toInt(&okLimit);
    const int offset = c.parser().value(QStringLiteral("offset")).toInt(&okOffset);
    if (!okLimit || !okOffset || limit < 1 || offset < 0)
        return usage(tr("--limit and --offset take whole numbers."));
    if (int rc = checkStatuses(filter.statuses); rc >= 0)
        return rc;
    LeadQuery query(**session);
    auto rows = query.page(filter, LeadQuery::Sort::Newest, offset, limit);
    if (!rows)
        return fail(rows.error());
    auto total = query.count(filter);
    if (!total)
        return fail(total.error());
    printSummaries(c, *rows, *total);
    return Ok;
}

} // namespace gs::cli
