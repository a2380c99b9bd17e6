// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "domain/Lead.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

namespace gs {

class Session;
class Statement;

/// Which leads a user may see, as a SQL condition over `leads l` (with named parameters :me, :person).
/// Supervisors see all; sentinels their own and those in their grids; volunteers their own, those assigned
/// to them and those filed by the sentinels they are paired with; administrators none. Others' drafts
/// are never visible.
struct LeadVisibility
{
    QString condition;
    QString me;
    QString person;
    static LeadVisibility of(const Session& session);
    /// Binds :me and, where the condition names it, :person in a statement built on `condition`.
    void bindTo(Statement& stmt) const;
};

/// Stores and loads leads. Every save is one transaction: the row, its evidence, the search index, the
/// change log and an audit event land together. Permissions are checked here, not only in the UI.
class LeadRepository
{
public:
    /// Screens with the seeded risk dictionary and finds grids by exact point-in-polygon unless told otherwise.
    explicit LeadRepository(Session& session);

    enum class Intent { SaveDraft, Submit, Update };
    /// Creates or updates `lead`. SaveDraft keeps a new lead as 草稿; Submit files it (待研判) or, for a lead
    /// sent back for more information (需补充), resubmits it to triage; Update edits a lead in place. The status,
    /// deadline and assignee are never taken from `lead`: submitting asks CaseWorkflow (the one authority on
    /// status changes) and writes its decision with the edit. `note` goes into the audit event. Invalid
    /// input: InvalidInput with every field problem in Error::fields.
    Result<Lead> save(Lead lead, Intent intent, const QString& note = {});
    /// Loads one lead with attachment metadata; informant identity and ID numbers are masked unless the
    /// user may see them.
    Result<Lead> load(const QString& id);
    Result<QByteArray> attachmentContent(const QString& attachmentId);
    /// Writes an attachment to a path the user chose (never anywhere else); verifies its SHA-256 first.
    Status exportAttachment(const QString& attachmentId, const QString& path);
    /// Links a lead to an earlier one it duplicates.
    Status link(const QString& leadId, const QString& existingLeadId);

    bool canView(const QString& leadId);
    bool canEdit(const Lead& stored) const;

    /// Fills risk score and level before saving.
    void setScreening(std::function<void(Lead&)> screen) { m_screen = std::move(screen); }
    /// Finds the grid containing a point (default: the grids' polygons in the database).
    void setGridLocator(std::function<QString(double lon, double lat)> locate) { m_locate = std::move(locate); }

private:
    Result<QString> nextCaseNo();
    Status writeAttachments(Lead& lead, const Lead* stored);
    Result<Lead> loadRaw(const QString& id, bool withContent);
    /// canView() that tells a database error (a damaged page) apart from "not visible".
    Result<bool> visible(const QString& leadId);

    Session& m_session;
    std::function<void(Lead&)> m_screen;
    std::function<QString(double, double)> m_locate;
};

} // namespace gs
