// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DraftStore.h"

#include "LeadJson.h"
#include "accounts/Session.h"
#include "core/Ids.h"
#include "crypto/Crypto.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonDocument>

namespace gs {

Result<QString> DraftStore::save(const QString& draftId, const Lead& lead)
{
    Database& db = m_session.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QString id = draftId.isEmpty() ? newId() : draftId;
    Lead meta = lead; // what the payload records: evidence by hash, its bytes go to draft_attachments
    QStringList hashes;
    for (Attachment& a : meta.attachments) {
        if (!a.id.isEmpty())
            continue; // already stored with the lead
        a.size = a.content.size();
        a.sha256 = QString::fromLatin1(crypto::sha256(a.content).toHex());
        hashes << a.sha256;
    }
    const QString payload = QString::fromUtf8(QJsonDocument(leads::toJson(meta)).toJson(QJsonDocument::Compact));
    // UPDATE first: REPLACE would delete the row and cascade to its evidence.
    auto update = db.prepare("UPDATE drafts SET lead_id = ?, payload = ?, updated_at = ? WHERE id = ? AND user_id = ?");
    if (!update)
        return update.error();
    if (lead.id.isEmpty())
        update->bindNull(1);
    else
        update->bind(1, lead.id);
    update->bind(2, payload).bind(3, nowIso()).bind(4, id).bind(5, m_session.user().id);
    if (auto s = update->run(); !s)
        return s.error();
    if (db.changes() == 0) {
        auto insert = db.prepare("INSERT INTO drafts (id, user_id, lead_id, payload, updated_at) VALUES (?,?,?,?,?)");
        if (!insert)
            return insert.error();
        insert->bindAll(id, m_session.user().id);
        if (lead.id.isEmpty())
            insert->bindNull(3);
        else
            insert->bind(3, lead.id);
        insert->bind(4, payload).bind(5, nowIso());
        if (auto s = insert->run(); !s)
            return s.error();
    }
    auto put = db.prepare("INSERT OR IGNORE INTO draft_attachments (draft_id, sha256, file_name, mime_type, size, content) "
                          "VALUES (?,?,?,?,?,?)");
    if (!put)
        return put.error();
    for (qsizetype i = 0; i < meta.attachments.size(); ++i) {
        const Attachment& a = meta.attachments[i];
        if (!lead.attachments[i].id.isEmpty())
            continue;
        put->reset();
        put->bindAll(id, a.sha256, a.fileName, a.mimeType, a.size);
        put->bindBlob(6, lead.attachments[i].content);
        if (auto s = put->run(); !s)
            return s.error();
    }
    // Evidence removed from the form since the last autosave goes too.
    auto prune = db.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ? AND sha256 NOT IN (%1)")
                                .arg(hashes.isEmpty() ? QStringLiteral("''") : QStringLiteral("'") + hashes.join(QStringLiteral("','")) + QStringLiteral("'")));
    if (!prune)
        return prune.error();
    if (auto s = prune->bind(1, id).run(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<DraftStore::Draft>> DraftStore::latest()
{
    Database& db = m_session.db();
    auto stmt = db.prepare("SELECT id, payload, updated_at FROM drafts WHERE user_id = ? ORDER BY updated_at DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_session.user().id);
    if (!stmt->nextRow())
        return std::optional<Draft>();
    Draft draft { stmt->text(0), {}, stmt->text(2) };
    auto lead = leads::fromJson(QJsonDocument::fromJson(stmt->text(1).toUtf8()).object());
    if (!lead)
        return lead.error();
    draft.lead = *lead;
    auto content = db.prepare("SELECT content FROM draft_attachments WHERE draft_id = ? AND sha256 = ?");
    if (!content)
        return content.error();
    for (Attachment& a : draft.lead.attachments) {
        if (!a.id.isEmpty())
            continue;
        content->reset();
        content->bindAll(draft.id, a.sha256);
        if (content->nextRow())
            a.content = content->blob(0);
    }
    return std::optional<Draft>(draft);
}

Status DraftStore::discard(const QString& draftId)
{
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    // Only the signed-in user's own drafts: the attachments go with the draft they belong to.
    for (const char* sql : { "DELETE FROM draft_attachments WHERE draft_id IN (SELECT id FROM drafts WHERE id = ?1 AND user_id = ?2)",
             "DELETE FROM drafts WHERE id = ?1 AND user_id = ?2" }) {
        auto stmt = m_session.db().prepare(sql);
        if (!stmt)
            return stmt.error();
        if (auto s = stmt->bindAll(draftId, m_session.user().id).run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace gs
