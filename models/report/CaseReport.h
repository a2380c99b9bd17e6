// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "domain/Lead.h"
#include "workflow/CaseData.h"
#include "workflow/CaseTimeline.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gs {

class Session;

/// A map picture of a lead for the report. Given by whoever has a map renderer (the map view's
/// MapRenderer); without one the report draws MapSketch.
using MapSnapshotProvider = std::function<QImage(const Lead& lead, QSize size)>;

/// The escalation report (上报材料) of one case: everything the PDF and the JSON show, gathered once, with
/// what the exporting user may not see already left out. The JSON form is documented in
/// docs/case-report.md and docs/case-report.schema.json.
struct CaseReport
{
    static constexpr int kSchemaVersion = 1;

    struct Actor
    {
        QString userId;
        QString name;
        QString role; ///< role key
    };
    struct Signal
    {
        QString term;
        QString label;
        double weight = 0;
    };
    struct Informant
    {
        QString name;
        QString phone;
        bool confidential = false;
    };
    struct Escalation
    {
        QString at;
        Actor by;
        QString reference; ///< e.g. the 穗岁安 submission number
        QString note;
    };
    struct Integrity
    {
        qint64 auditEvents = 0; ///< events in the node's whole chain
        bool chainVerified = false;
        QString chainHead; ///< SHA-256 of the chain's last event when the report was made
        QString caseHead; ///< hash of this case's latest event
        qint64 caseEvents = 0;
    };

    // About the report
    QString generatedAt;
    Actor generatedBy;
    QString nodeName, districtName, districtCode;

    // The case
    Lead lead; ///< as the user may see it (informant and ID numbers masked by LeadRepository)
    QString statusLabel;
    QString gridName, gridCode, communityName, streetName;
    QString reporterName, assigneeName, reviewerName;
    QString outcome; ///< closure outcome key, empty while open
    QString closedAt;
    std::optional<Informant> informant; ///< absent when the user may not see who it is
    bool informantWithheld = false;
    double riskScore = 0;
    QString riskLevel;
    QString riskSummary;
    QList<Signal> riskSignals;
    QString deadlineStage; ///< DeadlineStage key
    bool overdue = false;
    std::optional<TriageRecord> triage; ///< the latest conclusion
    int triageCount = 0;
    QList<ReviewRecord> reviews;
    std::optional<Escalation> escalation; ///< the latest report to the district office
    QList<TimelineEntry> timeline;
    Integrity integrity;
    QImage map;

    QJsonObject toJson() const;
    /// The PDF's content as Qt rich text; the map is <img src="map">.
    QString toHtml() const;
    QString fileBaseName() const; ///< "XS20261124-1A2B-0001-report"
};

/// Gathers a CaseReport and writes it as PDF and JSON, auditing each export.
class CaseReportBuilder
{
public:
    explicit CaseReportBuilder(Session& session);

    void setMapSnapshotProvider(MapSnapshotProvider provider) { m_snapshot = std::move(provider); }
    static QSize mapSize() { return { 1200, 560 }; }

    /// The report of a case the user may see (id or case number); NotFound otherwise. Without a snapshot
    /// provider, or when it returns a null image, the map is a MapSketch.
    Result<CaseReport> build(const QString& idOrCaseNo);

    static Result<QByteArray> pdf(const CaseReport& report);
    static QByteArray json(const CaseReport& report);

    /// Writes the PDF and/or the JSON (an empty path skips it) to where the user chose, then records who
    /// exported what (file names and SHA-256) in the audit trail.
    Status exportFiles(const CaseReport& report, const QString& pdfPath, const QString& jsonPath);

private:
    Session& m_session;
    MapSnapshotProvider m_snapshot;
};

} // namespace gs
