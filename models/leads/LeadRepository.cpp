// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadRepository.h"

#include "LeadKeys.h"
#include "accounts/Session.h"
#include "core/AtomicFile.h"
#include "core/Ids.h"
#include "core/Json.h"
#include "crypto/Crypto.h"
#include "domain/Validators.h"
#include "rules/RiskScreener.h"
#include "search/LeadSearchIndex.h"
#include "structure/StructureQuery.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

#include <memory>

namespace gs {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::LeadRepository", text); }

const char* kLeadColumns = "id, case_no, status, title, categories, entity_name, entity_uscc, entity_address, entity_phone, "
                           "entity_online, person_id_number, address, lon, lat, grid_id, groups_at_risk, amount_cents, victims, "
                           "source, informant_name, informant_phone, informant_confidential, description, risk_score, risk_level, "
                           "reporter_user_id, assignee_user_id, deadline_at, linked_lead_id, created_at, updated_at";

Lead readLead(const Statement& s)
{
    Lead l;
    int c = 0;
    l.id = s.text(c++);
    l.caseNo = s.text(c++);
    l.status = s.text(c++);
    l.title = s.text(c++);
    l.categories = json::strings(s.text(c++));
    l.entityName = s.text(c++);
    l.entityUscc = s.text(c++);
    l.entityAddress = s.text(c++);
    l.entityPhone = s.text(c++);
    l.entityOnline = s.text(c++);
    l.personIdNumber = s.text(c++);
    l.address = s.text(c++);
    if (!s.isNull(c) && !s.isNull(c + 1)) {
        l.lon = s.real(c);
        l.lat = s.real(c + 1);
    }
    c += 2;
    l.gridId = s.text(c++);
    l.groupsAtRisk = json::strings(s.text(c++));
    if (!s.isNull(c))
        l.amountCents = s.int64(c);
    ++c;
    if (!s.isNull(c))
        l.victims = s.integer(c);
    ++c;
    l.source = s.text(c++);
    l.informantName = s.text(c++);
    l.informantPhone = s.text(c++);
    l.informantConfidential = s.int64(c++) != 0;
    l.description = s.text(c++);
    l.riskScore = s.real(c++);
    l.riskLevel = s.text(c++);
    l.reporterUserId = s.text(c++);
    l.assigneeUserId = s.text(c++);
    l.deadlineAt = s.text(c++);
    l.linkedLeadId = s.text(c++);
    l.createdAt = s.text(c++);
    l.updatedAt = s.text(c++);
    return l;
}

/// The row of `leads` a lead is stored as (without id and bookkeeping columns).
QVariantMap toRow(const Lead& l)
{
    return {
        { QStringLiteral("case_no"), l.caseNo },
        { QStringLiteral("status"), l.status },
        { QStringLiteral("title"), l.title.trimmed() },
        { QStringLiteral("categories"), json::arrayText(l.categories) },
        { QStringLiteral("entity_name"), l.entityName.trimmed() },
        { QStringLiteral("entity_uscc"), validate::normalizedCode(l.entityUscc) },
        { QStringLiteral("entity_address"), l.entityAddress.trimmed() },
        { QStringLiteral("entity_phone"), l.entityPhone.trimmed() },
        { QStringLiteral("entity_online"), l.entityOnline.trimmed() },
        { QStringLiteral("person_id_number"), validate::normalizedCode(l.personIdNumber) },
        { QStringLiteral("address"), l.address.trimmed() },
        { QStringLiteral("lon"), l.lon ? QVariant(*l.lon) : QVariant() },
        { QStringLiteral("lat"), l.lat ? QVariant(*l.lat) : QVariant() },
        { QStringLiteral("grid_id"), nullIfEmpty(l.gridId) },
        { QStringLiteral("groups_at_risk"), json::arrayText(l.groupsAtRisk) },
        { QStringLiteral("amount_cents"), l.amountCents ? QVariant(*l.amountCents) : QVariant() },
        { QStringLiteral("victims"), l.victims ? QVariant(*l.victims) : QVariant() },
        { QStringLiteral("source"), l.source },
        { QStringLiteral("informant_name"), l.informantName.trimmed() },
        { QStringLiteral("informant_phone"), l.informantPhone.trimmed() },
        { QStringLiteral("informant_confidential"), l.informantConfidential ? 1 : 0 },
        { QStringLiteral("description"), l.description },
        { QStringLiteral("risk_score"), l.riskScore },
        { QStringLiteral("risk_level"), l.riskLevel },
        { QStringLiteral("reporter_user_id"), nullIfEmpty(l.reporterUserId) },
        { QStringLiteral("assignee_user_id"), nullIfEmpty(l.assigneeUserId) },
        { QStringLiteral("deadline_at"), nullIfEmpty(l.deadlineAt) },
        { QStringLiteral("linked_lead_id"), nullIfEmpty(l.linkedLeadId) },
        { QStringLiteral("entity_key"), leads::entityKey(l.entityName) },
        { QStringLiteral("phone_key"), validate::normalizedPhone(l.entityPhone) },
    };
}

bool isSensitive(const QString& column)
{
    return column.startsWith(QLatin1String("informant_")) || column == QLatin1String("person_id_number");
}

Error notFound() { return makeError(Error::Code::NotFound, tr("The lead does not exist or you may not see it.")); }

/// A lead's grid, assignee, reviewer and duplicate link must exist. The database checks these with a trigger on
/// UPDATE (schema 9), with a bare "FOREIGN KEY constraint failed", but not on INSERT: on SQLite 3.15 any trigger on
/// INSERT makes each insert keep a statement journal of every page it touches, and with SQLCipher that made filing
/// a lead ten times slower.
Status verifyReferences(Database& db, const QVariantMap& row)
{
    auto q = db.prepare("SELECT (?1 IS NULL OR EXISTS (SELECT 1 FROM grids WHERE id = ?1)) "
                        "AND (?2 IS NULL OR EXISTS (SELECT 1 FROM users WHERE id = ?2)) "
                        "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM users WHERE id = ?3)) "
                        "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM leads WHERE id = ?4))");
    if (!q)
        return q.error();
    int index = 0;
    for (const char* column : { "grid_id", "assignee_user_id", "reviewer_user_id", "linked_lead_id" })
        q->bindVariant(++index, row.value(QLatin1String(column)));
    if (!q->nextRow())
        return db.sqlError(QStringLiteral("lead references"));
    if (q->integer(0) != 1)
        return makeError(Error::Code::NotFound,
            tr("The grid, the assigned user or the linked lead of this lead no longer exists. Check them and save again."));
    return {};
}

} // namespace

LeadVisibility LeadVisibility::of(const Session& session)
{
    const User& u = session.user();
    QString condition;
    switch (u.role) {
    case Role::Supervisor:
        condition = QStringLiteral("1");
        break;
    case Role::Admin:
        condition = QStringLiteral("0"); // administrators see no case content
        break;
    case Role::Sentinel:
        condition = QStringLiteral("(l.reporter_user_id = :me OR l.grid_id IN (SELECT pg.grid_id FROM person_grids pg "
                                   "WHERE pg.person_id = :person AND pg.deleted = 0))");
        break;
    case Role::Volunteer:
        condition = QStringLiteral("(l.reporter_user_id = :me OR l.assignee_user_id = :me OR l.reporter_user_id IN "
                                   "(SELECT su.id FROM users su JOIN pairings pr ON pr.sentinel_id = su.person_id "
                                   "WHERE pr.volunteer_id = :person AND pr.ended_on IS NULL AND pr.deleted = 0))");
        break;
    }
    condition = QStringLiteral("(l.deleted = 0 AND (l.status <> 'draft' OR l.reporter_user_id = :me) AND %1)").arg(condition);
    return { condition, u.id, u.personId.isEmpty() ? QStringLiteral("-") : u.personId };
}

void LeadVisibility::bindTo(Statement& stmt) const
{
    stmt.bind(stmt.parameterIndex(":me"), me);
    if (int i = stmt.parameterIndex(":person"))
        stmt.bind(i, person);
}

LeadRepository::LeadRepository(Session& session) : m_session(session)
{
    Session* s = &session;
    m_locate = [s](double lon, double lat) { return StructureQuery(*s).gridAt(lon, lat); };
    m_screen = [screener = std::shared_ptr<const RiskScreener>()](Lead& lead) mutable {
        if (!screener) // built on the first save only: most repositories just load
            screener = std::make_shared<const RiskScreener>();
        const RiskAssessment risk = screener->screen({ lead.title, lead.description, lead.entityName, lead.address, {} });
        lead.riskScore = risk.score;
        lead.riskLevel = riskLevelKey(risk.level);
    };
}

bool LeadRepository::canView(const QString& leadId)
{
    auto v = visible(leadId);
    return v && *v;
}

Result<bool> LeadRepository::visible(const QString& leadId)
{
    const LeadVisibility v = LeadVisibility::of(m_session);
    auto stmt = m_session.db().prepare(QStringLiteral("SELECT 1 FROM leads l WHERE l.id = :id AND %1").arg(v.condition));
    if (!stmt)
        return stmt.error();
    stmt->bind(stmt->parameterIndex(":id"), leadId);
    v.bindTo(*stmt);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row == Statement::StepResult::Row;
}

bool LeadRepository::canEdit(const Lead& stored) const
{
    if (m_session.user().role == Role::Supervisor)
        return stored.status != QStringLiteral("closed");
    const bool mine = stored.reporterUserId == m_session.user().id;
    const bool open = stored.status == QStringLiteral("draft") || stored.status == QStringLiteral("submitted")
        || stored.status == QStringLiteral("needs_info");
    return mine && open && m_session.can(Permission::FileLeads);
}

Result<QString> LeadRepository::nextCaseNo()
{
    const QString day = m_session.now().date().toString(QStringLiteral("yyyyMMdd"));
    Database& db = m_session.db();
    auto bump = db.prepare("UPDATE case_counters SET last = last + 1 WHERE day = ?");
    if (!bump)
        return bump.error();
    if (auto s = bump->bind(1, day).run(); !s)
        return s.error();
    if (db.changes() == 0) {
        auto first = db.prepare("INSERT INTO case_counters (day, last) VALUES (?, 1)");
        if (!first)
            return first.error();
        if (auto s = first->bind(1, day).run(); !s)
            return s.error();
    }
    auto read = db.prepare("SELECT last FROM case_counters WHERE day = ?");
    if (!read)
        return read.error();
    read->bind(1, day);
    if (!read->nextRow())
        return makeError(Error::Code::Sql, tr("Cannot number the lead."));
    // The node part keeps numbers from different nodes apart once they sync.
    const QString node = m_session.node().id.right(4).toUpper();
    return QStringLiteral("XS%1-%2-%3").arg(day, node).arg(read->int64(0), 4, 10, QLatin1Char('0'));
}

Result<Lead> LeadRepository::loadRaw(const QString& id, bool withContent)
{
    auto stmt = m_session.db().prepare(QStringLiteral("SELECT %1 FROM leads WHERE id = ? AND deleted = 0").arg(QString::fromLatin1(kLeadColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row != Statement::StepResult::Row)
        return notFound();
    Lead lead = readLead(*stmt);
    auto files = m_session.db().prepare(withContent
            ? "SELECT id, file_name, mime_type, size, sha256, created_at, content FROM attachments WHERE lead_id = ? AND deleted = 0 ORDER BY created_at"
            : "SELECT id, file_name, mime_type, size, sha256, created_at FROM attachments WHERE lead_id = ? AND deleted = 0 ORDER BY created_at");
    if (!files)
        return files.error();
    files->bind(1, id);
    const Status listed = files->forEachRow([&](const Statement& f) {
        Attachment a { f.text(0), f.text(1), f.text(2), f.int64(3), f.text(4), {}, f.text(5), {} };
        if (withContent)
            a.content = f.blob(6);
        lead.attachments.append(a);
    });
    if (!listed)
        return listed.error();
    return lead;
}

Result<Lead> LeadRepository::load(const QString& id)
{
    auto v = visible(id);
    if (!v)
        return v.error();
    if (!*v)
        return notFound();
    auto lead = loadRaw(id, false);
    if (!lead)
        return lead;
    if (!m_session.can(Permission::ViewInformantIdentity) && lead->informantConfidential) {
        lead->informantName = tr("(confidential)");
        lead->informantPhone.clear();
    }
    if (!m_session.can(Permission::ViewFullIdNumbers) && !lead->personIdNumber.isEmpty())
        lead->personIdNumber = validate::maskIdNumber(lead->personIdNumber);
    return lead;
}

Status LeadRepository::writeAttachments(Lead& lead, const Lead* stored)
{
    RecordWriter writer(m_session.writeContext());
    QStringList kept;
    for (Attachment& a : lead.attachments) {
        if (!a.id.isEmpty()) {
            kept << a.id;
            continue;
        }
        a.size = a.content.size();
        a.sha256 = QString::fromLatin1(crypto::sha256(a.content).toHex());
        if (a.mimeType.isEmpty())
            a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, a.content).name();
        a.createdAt = toIso(m_session.now());
        auto id = writer.insert(QStringLiteral("attachments"),
            { { QStringLiteral("lead_id"), lead.id }, { QStringLiteral("file_name"), a.fileName },
                { QStringLiteral("mime_type"), a.mimeType }, { QStringLiteral("size"), a.size }, { QStringLiteral("sha256"), a.sha256 },
                { QStringLiteral("content"), a.content }, { QStringLiteral("created_at"), a.createdAt } },
            { QStringLiteral("content") });
        if (!id)
            return id.error();
        a.id = *id;
        kept << a.id;
        AuditEvent e;
        e.leadId = lead.id;
        e.subjectTable = QStringLiteral("attachments");
        e.subjectId = a.id;
        e.kind = QStringLiteral("attachment_added");
        e.payload = { { QStringLiteral("fileName"), a.fileName }, { QStringLiteral("sha256"), a.sha256 },
            { QStringLiteral("size"), double(a.size) } };
        if (auto s = AuditLog::append(m_session, e); !s)
            return s.error();
        a.content.clear();
    }
    if (!stored)
        return {};
    for (const Attachment& old : stored->attachments) {
        if (kept.contains(old.id))
            continue;
        // The evidence itself is dropped (secure_delete overwrites it); its hash stays in the audit trail.
        if (auto s = writer.update(QStringLiteral("attachments"), old.id,
                { { QStringLiteral("deleted"), 1 }, { QStringLiteral("content"), QByteArray() } }, { QStringLiteral("content") });
            !s)
            return s;
        AuditEvent e;
        e.leadId = lead.id;
        e.subjectTable = QStringLiteral("attachments");
        e.subjectId = old.id;
        e.kind = QStringLiteral("attachment_removed");
        e.payload = { { QStringLiteral("fileName"), old.fileName }, { QStringLiteral("sha256"), old.sha256 } };
        if (auto s = AuditLog::append(m_session, e); !s)
            return s.error();
    }
    return {};
}

Result<Lead> LeadRepository::save(Lead lead, Intent intent, const QString& note)
{
    const bool isNew = lead.id.isEmpty();
    std::optional<Lead> stored;
    if (!isNew) {
        auto v = visible(lead.id);
        if (!v)
            return v.error();
        if (!*v)
            return notFound();
        auto raw = loadRaw(lead.id, false);
        if (!raw)
            return raw.error();
        stored = *raw;
        if (!canEdit(*stored))
            return makeError(Error::Code::PermissionDenied, tr("You may not change this lead in its current state (%1).")
                                                                  .arg(leads::statusLabel(stored->status)));
        // Values the user could not see come back masked: keep what is stored.
        if (!m_session.can(Permission::ViewInformantIdentity) && stored->informantConfidential) {
            lead.informantName = stored->informantName;
            lead.informantPhone = stored->informantPhone;
            lead.informantConfidential = true;
        }
        if (!m_session.can(Permission::ViewFullIdNumbers) && lead.personIdNumber == validate::maskIdNumber(stored->personIdNumber))
            lead.personIdNumber = stored->personIdNumber;
        lead.caseNo = stored->caseNo;
        lead.status = stored->status;
        lead.reporterUserId = stored->reporterUserId;
        lead.assigneeUserId = stored->assigneeUserId;
        lead.deadlineAt = stored->deadlineAt;
        lead.createdAt = stored->createdAt;
    } else if (auto s = m_session.require(Permission::FileLeads); !s) {
        return s.error();
    } else {
        // A new lead starts as the workflow's draft: nobody assigned, no deadline running.
        lead.assigneeUserId.clear();
        lead.deadlineAt.clear();
    }

    const bool submitting = intent == Intent::Submit && (isNew || stored->status == QStringLiteral("draft"));
    const bool resubmitting = intent == Intent::Submit && stored && stored->status == QStringLiteral("needs_info");
    const auto completeness = (submitting || (stored && stored->status != QStringLiteral("draft")))
        ? leads::Completeness::Submitted
        : leads::Completeness::Draft;
    if (const QList<FieldError> errors = leads::validate(lead, completeness); !errors.isEmpty())
        return invalidInput(errors);
    if (lead.lon && lead.lat && lead.gridId.isEmpty() && m_locate)
        lead.gridId = m_locate(*lead.lon, *lead.lat);
    if (m_screen)
        m_screen(lead);

    // The status change comes from the workflow's table (who, from which status, which deadline), decided
    // before anything is written.
    std::optional<CaseWorkflow::Plan> transition;
    if (submitting || resubmitting) {
        CaseState state;
        state.leadId = isNew ? QString() : stored->id;
        state.caseNo = isNew ? QString() : stored->caseNo;
        state.status = isNew ? QStringLiteral("draft") : stored->status;
        state.reporterUserId = isNew ? m_session.user().id : stored->reporterUserId;
        state.assigneeUserId = isNew ? QString() : stored->assigneeUserId;
        state.gridId = lead.gridId;
        state.deadlineAt = isNew ? QString() : stored->deadlineAt;
        TransitionInput input;
        input.note = note;
        auto planned = CaseWorkflow(m_session).plan(state, submitting ? QStringLiteral("submit") : QStringLiteral("resubmit"), input);
        if (!planned)
            return planned.error();
        transition = *planned;
    }

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(m_session.writeContext());
    const QString fromStatus = stored ? stored->status : QString();
    if (isNew) {
        auto caseNo = nextCaseNo();
        if (!caseNo)
            return caseNo.error();
        lead.caseNo = *caseNo;
        lead.createdAt = toIso(m_session.now());
        lead.reporterUserId = m_session.user().id;
        lead.status = QStringLiteral("draft");
    }
    if (transition) {
        lead.status = transition->toStatus;
        if (transition->leadChanges.contains(QStringLiteral("deadline_at")))
            lead.deadlineAt = transition->leadChanges.value(QStringLiteral("deadline_at")).toString();
        if (transition->leadChanges.contains(QStringLiteral("assignee_user_id")))
            lead.assigneeUserId = transition->leadChanges.value(QStringLiteral("assignee_user_id")).toString();
    }

    QVariantMap row = toRow(lead);
    if (isNew) {
        row.insert(QStringLiteral("created_at"), lead.createdAt);
        if (auto s = verifyReferences(m_session.db(), row); !s)
            return s.error();
        auto id = writer.insert(QStringLiteral("leads"), row);
        if (!id)
            return id.error();
        lead.id = *id;
    } else {
        const QVariantMap changed = RecordWriter::changedFields(toRow(*stored), row);
        if (changed.contains(QStringLiteral("grid_id")) || changed.contains(QStringLiteral("linked_lead_id"))) {
            if (auto s = verifyReferences(m_session.db(), row); !s) // the trigger would refuse it, less clearly
                return s.error();
        }
        if (!changed.isEmpty()) {
            if (auto s = writer.update(QStringLiteral("leads"), lead.id, changed); !s)
                return s.error();
        }
    }
    if (auto s = writeAttachments(lead, stored ? &*stored : nullptr); !s)
        return s.error();
    const double* lon = lead.lon ? &*lead.lon : nullptr;
    const double* lat = lead.lat ? &*lead.lat : nullptr;
    if (auto s = LeadSearchIndex::put(m_session.db(), lead.id, lead.searchableText(), lon, lat); !s)
        return s.error();

    AuditEvent event;
    event.leadId = lead.id;
    event.subjectTable = QStringLiteral("leads");
    event.subjectId = lead.id;
    event.kind = isNew ? (submitting ? QStringLiteral("filed") : QStringLiteral("draft_created"))
                       : (submitting ? QStringLiteral("submitted")
                                     : (resubmitting ? QStringLiteral("transition:resubmit") : QStringLiteral("edited")));
    event.fromStatus = fromStatus;
    event.toStatus = lead.status;
    event.note = note.trimmed();
    // Sensitive values are not copied into the audit trail.
    event.payload = AuditLog::fieldDiff(stored ? toRow(*stored) : QVariantMap(), toRow(lead), isSensitive);
    if (transition && transition->auditPayload.contains(QStringLiteral("input")))
        event.payload.insert(QStringLiteral("input"), transition->auditPayload.value(QStringLiteral("input")));
    if (auto s = AuditLog::append(m_session, event); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return load(lead.id);
}

Result<QByteArray> LeadRepository::attachmentContent(const QString& attachmentId)
{
    auto stmt = m_session.db().prepare("SELECT lead_id, content, sha256 FROM attachments WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    auto v = *row == Statement::StepResult::Row ? visible(stmt->text(0)) : Result<bool>(false);
    if (!v)
        return v.error();
    if (!*v)
        return makeError(Error::Code::NotFound, tr("The evidence file does not exist or you may not see it."));
    const QByteArray content = stmt->blob(1);
    if (QString::fromLatin1(crypto::sha256(content).toHex()) != stmt->text(2))
        return makeError(Error::Code::DatabaseDamaged, tr("The evidence file is damaged: its SHA-256 does not match."));
    return content;
}

Status LeadRepository::exportAttachment(const QString& attachmentId, const QString& path)
{
    auto content = attachmentContent(attachmentId);
    if (!content)
        return content.error();
    return writeFileAtomically(path, *content);
}

Status LeadRepository::link(const QString& leadId, const QString& existingLeadId)
{
    if (leadId == existingLeadId || !canView(existingLeadId))
        return notFound();
    auto lead = loadRaw(leadId, false);
    if (!lead || !canView(leadId))
        return notFound();
    if (!canEdit(*lead))
        return makeError(Error::Code::PermissionDenied, tr("You may not change this lead in its current state."));
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    if (auto s = RecordWriter(m_session.writeContext()).update(QStringLiteral("leads"), leadId, { { QStringLiteral("linked_lead_id"), existingLeadId } }); !s)
        return s;
    AuditEvent e;
    e.leadId = leadId;
    e.subjectTable = QStringLiteral("leads");
    e.subjectId = leadId;
    e.kind = QStringLiteral("linked_duplicate");
    e.payload = { { QStringLiteral("linkedLeadId"), existingLeadId } };
    if (auto s = AuditLog::append(m_session, e); !s)
        return s.error();
    return tx.commit();
}

} // namespace gs
