// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CaseReport.h"

#include "MapSketch.h"
#include "accounts/Session.h"
#include "core/AtomicFile.h"
#include "core/Ids.h"
#include "core/Json.h"
#include "crypto/Crypto.h"
#include "dictionaries/NodeDictionaries.h"
#include "documents/DocumentFonts.h"
#include "documents/PdfExport.h"
#include "domain/Validators.h"
#include "geo/GeoJson.h"
#include "leads/LeadRepository.h"
#include "map/MapSnapshot.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "structure/StructureQuery.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlinePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::CaseReport", text);
}
QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("gs::CaseReport", text, disambiguation, n);
}
QString k(const char* key)
{
    return QString::fromLatin1(key);
}

QJsonObject actorJson(const CaseReport::Actor& a)
{
    return { { k("userId"), a.userId }, { k("name"), a.name }, { k("role"), a.role } };
}

QJsonArray keyed(const QStringList& keys, QString (*label)(const QString&))
{
    QJsonArray a;
    for (const QString& key : keys)
        a.append(QJsonObject { { k("key"), key }, { k("label"), label(key) } });
    return a;
}

constexpr auto esc = &pdf::htmlEscaped; // short: it wraps nearly every value below

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? dash() : esc(text);
}

QString roleName(const QString& key)
{
    const auto role = roleFromKey(key);
    return role ? roleDisplayName(*role) : key;
}

QString amountText(const Lead& l)
{
    return l.amountCents ? tr("%1 yuan").arg(validate::formatAmountYuan(*l.amountCents)) : QString();
}

// Rich-text building blocks (Qt's HTML subset: tables, bgcolor, cellpadding; no flexbox, no CSS grid).
const QString kBorder = QStringLiteral("#aeb8c3");
const QString kLabelBg = QStringLiteral("#eef2f6");

/// Headings are top-level blocks, so pdf::HtmlDocument can keep each with the content under it.
QString section(int number, const QString& title)
{
    return QStringLiteral(
        "<h3 style=\"color:#1f3b57; font-size:12pt; margin-top:14px; margin-bottom:5px;\">%1. %2</h3>")
        .arg(number)
        .arg(esc(title));
}

QString sectionEnd()
{
    return {};
}

/// Hairline cell borders: the table's background shows through 1 px of cell spacing.
QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"1\" cellpadding=\"5\" border=\"0\" bgcolor=\"%1\">")
        .arg(kBorder);
}

QString row(const QString& label, const QString& valueHtml, int labelWidthPercent = 22)
{
    return QStringLiteral("<tr><td width=\"%1%\" bgcolor=\"%2\"><b>%3</b></td><td bgcolor=\"#ffffff\">%4</td></tr>")
        .arg(labelWidthPercent)
        .arg(kLabelBg, esc(label), valueHtml.isEmpty() ? dash() : valueHtml);
}

QString headerRow(const QStringList& cells)
{
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += QStringLiteral("<td bgcolor=\"%1\"><b>%2</b></td>").arg(kLabelBg, esc(c));
    return out + QStringLiteral("</tr>");
}

QString cell(const QString& html, int widthPercent = 0, bool nowrap = false)
{
    return QStringLiteral("<td bgcolor=\"#ffffff\"%1%2>%3</td>")
        .arg(widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(widthPercent) : QString(),
            nowrap ? QStringLiteral(" style=\"white-space:nowrap;\"") : QString(), html);
}

QString hashHtml(const QString& hash)
{
    // Two lines of 32 hex digits: readable, and narrow enough for the column.
    return QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'; font-size:7pt;\">%1<br>%2</span>")
        .arg(hash.left(32), hash.mid(32));
}

/// The district map around the case's place, as the exporting user may see it, with the case ringed.
/// A null image when it cannot be drawn: the report then falls back to the sketch of the grid.
QImage mapAround(Session& session, const Lead& lead, QSize size)
{
    map::SnapshotOptions options;
    options.highlightLeadId = lead.id;
    options.pin = geo::LonLat { *lead.lon, *lead.lat };
    options.legend = false;
    options.devicePixelRatio = 2.0; // print quality in the PDF
    constexpr double kStreetZoom = 15.0; // a few hundred metres around the place: streets and grids legible
    auto image = map::renderSnapshot(session, geo::LonLat { *lead.lon, *lead.lat }, kStreetZoom, size, options);
    return image ? image.value() : QImage();
}

} // namespace

QString CaseReport::fileBaseName() const
{
    return lead.caseNo + QStringLiteral("-report");
}

QJsonObject CaseReport::toJson() const
{
    const Lead& l = lead;
    QJsonObject place { { k("address"), l.address } };
    place.insert(k("location"),
        l.lon && l.lat ? QJsonValue(QJsonObject { { k("lon"), *l.lon }, { k("lat"), *l.lat } }) : QJsonValue());
    place.insert(k("grid"),
        l.gridId.isEmpty()
            ? QJsonValue()
            : QJsonValue(QJsonObject { { k("id"), l.gridId }, { k("code"), gridCode }, { k("name"), gridName },
                { k("community"), communityName }, { k("street"), streetName } }));
    QJsonObject c { { k("id"), l.id }, { k("caseNo"), l.caseNo }, { k("status"), l.status },
        { k("statusLabel"), statusLabel }, { k("title"), l.title },
        { k("categories"), QJsonArray::fromStringList(l.categories) },
        { k("entity"),
            QJsonObject { { k("name"), l.entityName }, { k("uscc"), l.entityUscc }, { k("address"), l.entityAddress },
                { k("phone"), l.entityPhone }, { k("online"), l.entityOnline } } },
        { k("personIdNumber"), json::orNull(l.personIdNumber) }, { k("place"), place },
        { k("groupsAtRisk"), keyed(l.groupsAtRisk, &leads::groupAtRiskLabel) },
        { k("amountYuan"),
            l.amountCents ? QJsonValue(validate::formatAmountYuan(*l.amountCents).remove(QLatin1Char(',')))
                          : QJsonValue() },
        { k("victims"), l.victims ? QJsonValue(*l.victims) : QJsonValue() },
        { k("source"),
            l.source.isEmpty()
                ? QJsonValue()
                : QJsonValue(QJsonObject { { k("key"), l.source }, { k("label"), leads::sourceLabel(l.source) } }) },
        { k("description"), l.description }, { k("filedAt"), l.createdAt }, { k("reporter"), reporterName },
        { k("assignee"), json::orNull(assigneeName) }, { k("reviewer"), json::orNull(reviewerName) } };
    c.insert(k("deadline"),
        l.deadlineAt.isEmpty() ? QJsonValue()
                               : QJsonValue(QJsonObject { { k("at"), l.deadlineAt }, { k("stage"), deadlineStage },
                                   { k("overdue"), overdue } }));
    c.insert(k("outcome"),
        outcome.isEmpty()
            ? QJsonValue()
            : QJsonValue(QJsonObject { { k("key"), outcome }, { k("label"), cases::outcomeLabel(outcome) } }));
    c.insert(k("closedAt"), json::orNull(closedAt));
    QJsonArray evidence;
    for (const Attachment& a : l.attachments)
        evidence.append(QJsonObject { { k("fileName"), a.fileName }, { k("mimeType"), a.mimeType },
            { k("size"), double(a.size) }, { k("sha256"), a.sha256 }, { k("addedAt"), a.createdAt } });
    QJsonArray signalList;
    for (const Signal& s : riskSignals)
        signalList.append(QJsonObject { { k("term"), s.term }, { k("label"), s.label }, { k("weight"), s.weight } });
    QJsonValue triageJson;
    if (triage) {
        const TriageRecord& t = *triage;
        triageJson = QJsonObject { { k("conclusion"), t.conclusion },
            { k("conclusionLabel"), cases::conclusionLabel(t.conclusion) },
            { k("basis"), keyed(t.basis, &cases::basisLabel) }, { k("basisOther"), t.basisOther },
            { k("confidence"), json::orNull(t.confidence) }, { k("crossCheck"), t.crossCheck },
            { k("followUp"), t.followUp }, { k("note"), t.note }, { k("by"), t.triagedByName },
            { k("at"), t.triagedAt }, { k("riskScoreAtTriage"), t.riskScore } };
    }
    QJsonArray reviewList;
    for (const ReviewRecord& r : reviews)
        reviewList.append(
            QJsonObject { { k("decision"), r.decision }, { k("decisionLabel"), cases::decisionLabel(r.decision) },
                { k("unit"), r.unit }, { k("reference"), r.reference }, { k("opinion"), r.opinion },
                { k("followUpUntil"),
                    r.followUpUntil.isValid() ? QJsonValue(r.followUpUntil.toString(Qt::ISODate)) : QJsonValue() },
                { k("by"), r.reviewedByName }, { k("at"), r.reviewedAt } });
    QJsonArray events;
    for (const TimelineEntry& e : timeline)
        events.append(QJsonObject { { k("seq"), double(e.seq) }, { k("at"), e.wallTime }, { k("hlc"), e.hlc },
            { k("actor"), e.actorName }, { k("role"), e.actorRole }, { k("event"), e.kind }, { k("title"), e.title },
            { k("details"), QJsonArray::fromStringList(e.details) }, { k("note"), e.note },
            { k("from"), json::orNull(e.fromStatus) }, { k("to"), json::orNull(e.toStatus) }, { k("hash"), e.hash } });
    QJsonObject o { { k("schema"), k("gridsentinel.case-report") }, { k("schemaVersion"), kSchemaVersion },
        { k("generatedAt"), generatedAt }, { k("generatedBy"), actorJson(generatedBy) },
        { k("node"),
            QJsonObject {
                { k("name"), nodeName }, { k("district"), districtName }, { k("districtCode"), districtCode } } },
        { k("case"), c }, { k("informantWithheld"), informantWithheld },
        { k("risk"),
            QJsonObject { { k("score"), riskScore }, { k("level"), riskLevel }, { k("summary"), riskSummary },
                { k("signals"), signalList } } },
        { k("triage"), triageJson }, { k("triageCount"), triageCount }, { k("reviews"), reviewList },
        { k("evidence"), evidence }, { k("timeline"), events },
        { k("integrity"),
            QJsonObject { { k("auditEvents"), double(integrity.auditEvents) },
                { k("chainVerified"), integrity.chainVerified }, { k("chainHead"), integrity.chainHead },
                { k("caseEvents"), double(integrity.caseEvents) }, { k("caseHead"), integrity.caseHead } } } };
    o.insert(k("informant"),
        informant ? QJsonValue(QJsonObject { { k("name"), informant->name }, { k("phone"), informant->phone },
            { k("confidential"), informant->confidential } })
                  : QJsonValue());
    o.insert(k("escalation"),
        escalation ? QJsonValue(QJsonObject { { k("at"), escalation->at }, { k("by"), actorJson(escalation->by) },
            { k("reference"), escalation->reference }, { k("note"), escalation->note } })
                   : QJsonValue());
    return o;
}

QString CaseReport::toHtml() const
{
    const Lead& l = lead;
    QString h;
    h += QStringLiteral("<html><body style=\"font-size:9.5pt; font-family:%1;\">")
             .arg(pdf::DocumentFonts::cssFamilies());
    // Title block
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr><td>"
                        "<p style=\"font-size:17pt; font-weight:bold; color:#13263a; margin:0;\">%1</p>"
                        "<p style=\"font-size:9pt; color:#48596b; margin-top:3px;\">%2</p></td>"
                        "<td align=\"right\" valign=\"top\"><p style=\"font-size:8pt; color:#48596b; margin:0;\">%3</p>"
                        "<p style=\"font-size:13pt; font-weight:bold; margin:0;\">%4</p>"
                        "<p style=\"font-size:9pt; margin:0;\">%5</p></td></tr></table>")
             .arg(esc(tr("Report on suspected illegal financial activity")),
                 esc(tr("%1 · %2 · generated %3 by %4 (%5)")
                         .arg(districtName, nodeName, CaseTimeline::localTime(generatedAt), generatedBy.name,
                             roleName(generatedBy.role))),
                 esc(tr("Case no.")), esc(l.caseNo), esc(statusLabel));
    h += QStringLiteral("<hr>");

    int n = 0;
    h += section(++n, tr("The lead"));
    h += tableStart();
    h += row(tr("Title"), esc(l.title));
    h += row(tr("Categories"), esc(l.categories.join(tr(", "))));
    h += row(tr("Source"), l.source.isEmpty() ? QString() : esc(leads::sourceLabel(l.source)));
    h += row(tr("Filed"), esc(tr("%1 by %2").arg(CaseTimeline::localTime(l.createdAt), reporterName)));
    if (!assigneeName.isEmpty())
        h += row(tr("Triage by"), esc(assigneeName));
    if (!l.deadlineAt.isEmpty())
        h += row(tr("Current deadline"),
            esc(CaseTimeline::localTime(l.deadlineAt))
                + (overdue ? QStringLiteral(" <b style=\"color:#b3261e;\">%1</b>").arg(esc(tr("(overdue)")))
                           : QString()));
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("Subject entity or person"));
    h += tableStart();
    h += row(tr("Name"), esc(l.entityName));
    h += row(tr("Unified social credit code"), esc(l.entityUscc));
    h += row(tr("Business address"), esc(l.entityAddress));
    h += row(tr("Contact phone"), esc(l.entityPhone));
    h += row(tr("Web / WeChat / app"), esc(l.entityOnline));
    if (!l.personIdNumber.isEmpty())
        h += row(tr("ID number of a person involved"), esc(l.personIdNumber));
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("Place"));
    h += tableStart();
    h += row(tr("Address"), esc(l.address));
    QStringList path;
    for (const QString& part : { streetName, communityName, gridName })
        if (!part.isEmpty())
            path << part;
    h += row(tr("Street · community · grid"),
        esc(path.join(QStringLiteral(" · "))) + (gridCode.isEmpty() ? QString() : esc(tr(" (grid %1)").arg(gridCode))));
    h += row(tr("Coordinates"),
        l.lon && l.lat ? esc(tr("%1° E, %2° N (WGS-84)").arg(*l.lon, 0, 'f', 6).arg(*l.lat, 0, 'f', 6)) : QString());
    h += QStringLiteral("</table>");
    if (!map.isNull()) {
        const int width = int(pdf::contentWidthPx(pdf::PdfOptions()));
        h += QStringLiteral(
            "<p align=\"center\" style=\"margin-top:6px;\"><img src=\"map\" width=\"%1\" height=\"%2\"></p>")
                 .arg(width)
                 .arg(int(width * double(map.height()) / std::max(1, map.width())));
    }

    h += sectionEnd();
    h += section(++n, tr("Amounts, victims and groups at risk"));
    h += tableStart();
    h += row(tr("Amount involved"), esc(amountText(l)));
    h += row(tr("Victims"), l.victims ? esc(QLocale().toString(*l.victims)) : QString());
    QStringList groups;
    for (const QString& g : l.groupsAtRisk)
        groups << leads::groupAtRiskLabel(g);
    h += row(tr("Groups at risk"), esc(groups.join(tr(", "))));
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("What was found"));
    h += QStringLiteral("<p style=\"margin-top:2px;\">%1</p>").arg(orDash(l.description));

    h += sectionEnd();
    h += section(++n, tr("Risk screening"));
    h += tableStart();
    h += row(tr("Result"), esc(riskSummary));
    QStringList signalLines;
    for (const Signal& s : riskSignals)
        signalLines << esc(tr("%1 (+%2): %3").arg(s.term).arg(s.weight).arg(s.label));
    h += row(tr("Signals"), signalLines.join(QStringLiteral("<br>")));
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("First judgement (triage)"));
    if (triage) {
        const TriageRecord& t = *triage;
        QStringList basis;
        for (const QString& b : t.basis)
            basis << cases::basisLabel(b);
        if (!t.basisOther.isEmpty())
            basis << t.basisOther;
        h += tableStart();
        h += row(tr("Conclusion"), QStringLiteral("<b>%1</b>").arg(esc(cases::conclusionLabel(t.conclusion))));
        h += row(tr("Basis"), esc(basis.join(tr("; "))));
        h += row(tr("Confidence"), t.confidence.isEmpty() ? QString() : esc(cases::confidenceLabel(t.confidence)));
        h += row(tr("Cross-check"), orDash(t.crossCheck));
        h += row(tr("Follow-up actions"), orDash(t.followUp));
        if (!t.note.isEmpty())
            h += row(tr("Note"), esc(t.note));
        h += row(tr("Judged by"), esc(tr("%1, %2").arg(t.triagedByName, CaseTimeline::localTime(t.triagedAt))));
        h += QStringLiteral("</table>");
        if (triageCount > 1)
            h += QStringLiteral("<p style=\"font-size:8pt; color:#48596b;\">%1</p>")
                     .arg(esc(tr("%n earlier judgement(s) are in the timeline below.", nullptr, int(triageCount - 1))));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Not triaged yet.")));
    }

    h += sectionEnd();
    h += section(++n, tr("Reporting upward and district review"));
    h += tableStart();
    if (escalation)
        h += row(tr("Reported to the district office"),
            esc(tr("%1 by %2 (%3)")
                    .arg(CaseTimeline::localTime(escalation->at), escalation->by.name, roleName(escalation->by.role)))
                + (escalation->reference.isEmpty()
                        ? QString()
                        : QStringLiteral("<br>") + esc(tr("Submission number: %1").arg(escalation->reference)))
                + (escalation->note.isEmpty() ? QString() : QStringLiteral("<br>") + esc(escalation->note)));
    else
        h += row(tr("Reported to the district office"), esc(tr("Not yet")));
    for (const ReviewRecord& r : reviews) {
        QStringList lines { QStringLiteral("<b>%1</b>").arg(esc(cases::decisionLabel(r.decision))) };
        if (!r.unit.isEmpty())
            lines << esc(r.decision == QLatin1String("mediation") ? tr("Mediator: %1").arg(r.unit)
                                                                  : tr("Receiving unit: %1").arg(r.unit));
        if (!r.reference.isEmpty())
            lines << esc(tr("Reference: %1").arg(r.reference));
        if (!r.opinion.isEmpty())
            lines << esc(tr("Opinion: %1").arg(r.opinion));
        if (r.followUpUntil.isValid())
            lines << esc(tr("Until: %1").arg(r.followUpUntil.toString(Qt::ISODate)));
        h += row(tr("Review, %1").arg(CaseTimeline::localTime(r.reviewedAt)),
            lines.join(QStringLiteral("<br>")) + esc(tr(" — %1").arg(r.reviewedByName)));
    }
    if (!reviewerName.isEmpty())
        h += row(tr("Reviewer"), esc(reviewerName));
    if (!outcome.isEmpty())
        h += row(tr("Outcome"),
            QStringLiteral("<b>%1</b>").arg(esc(cases::outcomeLabel(outcome)))
                + (closedAt.isEmpty() ? QString() : esc(tr(" — closed %1").arg(CaseTimeline::localTime(closedAt)))));
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("Evidence"));
    if (l.attachments.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No evidence files.")));
    } else {
        h += tableStart();
        h += headerRow({ tr("No."), tr("File"), tr("Type and size"), tr("SHA-256") });
        int i = 0;
        for (const Attachment& a : l.attachments)
            h += QStringLiteral("<tr>%1%2%3%4</tr>")
                     .arg(cell(QString::number(++i), 6), cell(esc(a.fileName), 34),
                         cell(esc(QStringLiteral("%1, %2").arg(a.mimeType, QLocale().formattedDataSize(a.size))), 22),
                         cell(hashHtml(a.sha256)));
        h += QStringLiteral("</table>");
    }

    h += sectionEnd();
    h += section(++n, tr("Source of the lead"));
    h += tableStart();
    if (informant) {
        QString who = informant->name;
        if (!informant->phone.isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral(" · ")) + informant->phone;
        h += row(tr("Informant"),
            esc(who) + (informant->confidential ? esc(tr(" (confidential: protect this person)")) : QString()));
    } else if (informantWithheld) {
        h += row(tr("Informant"), esc(tr("Confidential; known to the district office.")));
    } else {
        h += row(tr("Informant"), QString());
    }
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("Timeline"));
    h += tableStart();
    h += headerRow({ tr("When"), tr("Who"), tr("What") });
    for (const TimelineEntry& e : timeline) {
        QStringList what { QStringLiteral("<b>%1</b>").arg(esc(e.title)) };
        for (const QString& d : e.details)
            what << esc(d);
        if (!e.note.isEmpty())
            what << QStringLiteral("<i>%1</i>").arg(esc(e.note));
        h += QStringLiteral("<tr>%1%2%3</tr>")
                 .arg(cell(esc(CaseTimeline::localTime(e.wallTime)), 19, true),
                     cell(esc(e.actorName)
                             + QStringLiteral("<br><span style=\"color:#48596b;\">%1</span>")
                                   .arg(esc(roleName(e.actorRole))),
                         20),
                     cell(what.join(QStringLiteral("<br>"))));
    }
    h += QStringLiteral("</table>");

    h += sectionEnd();
    h += section(++n, tr("Integrity"));
    // Two whole sentences rather than a "%3" fragment, so that translators see what they translate.
    const QString integrityText = integrity.chainVerified
        ? tr("Made from the encrypted database of node %1. The audit trail of this node holds %2 events and "
             "verifies; its last event's SHA-256 is given below, with that of this case's latest event (%3 "
             "events). Keep them: a changed record no longer leads to the same hashes.")
        : tr("Made from the encrypted database of node %1. The audit trail of this node holds %2 events and "
             "does NOT verify; its last event's SHA-256 is given below, with that of this case's latest event "
             "(%3 events). Keep them: a changed record no longer leads to the same hashes.");
    h += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
             .arg(esc(integrityText.arg(nodeName).arg(integrity.auditEvents).arg(integrity.caseEvents)));
    h += tableStart();
    h += row(tr("Audit chain head"), hashHtml(integrity.chainHead));
    h += row(tr("Latest event of this case"), hashHtml(integrity.caseHead));
    h += QStringLiteral("</table>");

    h += sectionEnd();
    const QString date
        = QDateTime::fromString(generatedAt, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    h += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\" style=\"margin-top:18px;\"><tr>"
        "<td width=\"40%\">%1</td><td width=\"25%\">%2</td><td>%3</td></tr></table>")
             .arg(esc(tr("Reported by: %1 (%2)").arg(generatedBy.name, roleName(generatedBy.role))),
                 esc(tr("Date: %1").arg(date)), esc(tr("Signature: ____________________")));
    h += QStringLiteral("</body></html>");
    return h;
}

CaseReportBuilder::CaseReportBuilder(Session& session)
    : m_session(session)
{ }

Result<CaseReport> CaseReportBuilder::build(const QString& idOrCaseNo)
{
    CaseWorkflow workflow(m_session);
    auto state = workflow.load(idOrCaseNo);
    if (!state)
        return state.error();
    auto lead = LeadRepository(m_session).load(state->leadId);
    if (!lead)
        return lead.error();
    CaseReport r;
    r.lead = *lead;
    r.generatedAt = nowIso();
    r.generatedBy = { m_session.user().id, m_session.user().displayName, roleKey(m_session.user().role) };
    r.nodeName = m_session.node().name;
    r.districtName = m_session.node().districtName;
    r.districtCode = m_session.node().districtCode;
    r.statusLabel = leads::statusLabel(lead->status);

    // The informant only for those who may know who it is (the repository masks the name; say so plainly).
    if (lead->informantConfidential && !m_session.can(Permission::ViewInformantIdentity))
        r.informantWithheld = true;
    else if (!lead->informantName.isEmpty() || !lead->informantPhone.isEmpty())
        r.informant = CaseReport::Informant { lead->informantName, lead->informantPhone, lead->informantConfidential };

    geo::MultiPolygon gridShape;
    if (!lead->gridId.isEmpty()) {
        if (auto path = StructureQuery(m_session).gridPath(lead->gridId); path && path->has_value()) {
            r.gridName = (*path)->gridName;
            r.communityName = (*path)->communityName;
            r.streetName = (*path)->streetName;
        }
        if (auto g = m_session.db().prepare("SELECT code, geometry FROM grids WHERE id = ?");
            g && g->bind(1, lead->gridId).nextRow()) {
            r.gridCode = g->text(0);
            if (!g->isNull(1)) {
                if (auto shape = geo::GeoJson::readGeometry(g->text(1).toUtf8()))
                    gridShape = *shape;
            }
        }
    }
    QHash<QString, QString> names;
    if (auto found = StructureQuery(m_session).userDisplayNames(
            { lead->reporterUserId, state->assigneeUserId, state->reviewerUserId }))
        names = *found;
    r.reporterName = names.value(lead->reporterUserId);
    r.assigneeName = names.value(state->assigneeUserId);
    r.reviewerName = names.value(state->reviewerUserId);
    r.outcome = state->outcome;
    r.closedAt = state->closedAt;

    const RiskAssessment risk = NodeDictionaries(m_session).screener().screen(
        { lead->title, lead->description, lead->entityName, lead->address, {} });
    r.riskScore = risk.score;
    r.riskLevel = riskLevelKey(risk.level);
    r.riskSummary = risk.summary();
    QStringList seen;
    for (const RiskHit& hit : risk.hits) {
        if (hit.counted && !seen.contains(hit.term)) {
            seen << hit.term;
            r.riskSignals.append({ hit.term, hit.label, hit.weight });
        }
    }
    r.deadlineStage = deadlineStageKey(stageOfStatus(lead->status));
    r.overdue = !lead->deadlineAt.isEmpty()
        && QDateTime::fromString(lead->deadlineAt, Qt::ISODateWithMs) < QDateTime::currentDateTimeUtc();

    auto triage = workflow.triageRecords(state->leadId);
    if (!triage)
        return triage.error();
    r.triageCount = int(triage->size());
    if (!triage->isEmpty())
        r.triage = triage->last();
    auto reviews = workflow.reviewRecords(state->leadId);
    if (!reviews)
        return reviews.error();
    r.reviews = *reviews;
    auto timeline = CaseTimeline::forLead(m_session, state->leadId);
    if (!timeline)
        return timeline.error();
    r.timeline = *timeline;

    auto events = AuditLog::forLead(m_session.db(), state->leadId);
    if (!events)
        return events.error();
    for (const AuditEvent& e : *events) {
        if (e.kind == QLatin1String("transition:escalate")) {
            const QJsonObject in = e.payload.value(QStringLiteral("input")).toObject();
            r.escalation
                = CaseReport::Escalation { e.wallTime, { e.actorUserId, names.value(e.actorUserId), e.actorRole },
                      in.value(QStringLiteral("reference")).toString(), e.note };
            if (r.escalation->by.name.isEmpty())
                if (auto n = StructureQuery(m_session).userDisplayNames({ e.actorUserId }))
                    r.escalation->by.name = n->value(e.actorUserId);
        }
    }
    r.integrity.caseEvents = events->size();
    r.integrity.caseHead = events->isEmpty() ? AuditLog::genesisHash() : events->last().hash;
    auto chain = AuditLog::verify(m_session.db());
    if (!chain)
        return chain.error();
    r.integrity.auditEvents = chain->count;
    r.integrity.chainVerified = chain->ok;
    r.integrity.chainHead = chain->headHash;

    // Drawing needs fonts, so a QGuiApplication; without one (a JSON-only export) the report has no picture.
    const bool canDraw = pdf::DocumentFonts::canDraw();
    QImage map;
    if (m_snapshot)
        map = m_snapshot(*lead, mapSize());
    else if (canDraw && lead->lon && lead->lat)
        map = mapAround(m_session, *lead, mapSize());
    if (map.isNull() && canDraw) {
        MapSketchInput sketch;
        if (lead->lon && lead->lat)
            sketch.point = geo::LonLat { *lead->lon, *lead->lat };
        sketch.grid = gridShape;
        sketch.gridName = r.gridName;
        sketch.placeName = QStringList { r.streetName, r.communityName }.join(QStringLiteral(" · "));
        if (r.streetName.isEmpty() || r.communityName.isEmpty())
            sketch.placeName = r.streetName + r.communityName;
        map = MapSketch::render(sketch, mapSize());
    }
    r.map = map;
    return r;
}

Result<QByteArray> CaseReportBuilder::pdf(const CaseReport& report)
{
    pdf::PdfOptions options;
    options.title = tr("Case report %1").arg(report.lead.caseNo);
    options.footer = tr("%1 · %2 · confidential: for the prevention of illegal fundraising only")
                         .arg(report.lead.caseNo, report.districtName);
    return pdf::HtmlDocument { report.toHtml(), options, { { QStringLiteral("map"), report.map } } }.toPdf();
}

QByteArray CaseReportBuilder::json(const CaseReport& report)
{
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
}

Status CaseReportBuilder::exportFiles(const CaseReport& report, const QString& pdfPath, const QString& jsonPath)
{
    QJsonArray files;
    const auto write = [&](const QString& path, const QByteArray& bytes, const char* format) -> Status {
        if (auto s = writeFileAtomically(path, bytes); !s)
            return s;
        files.append(QJsonObject { { k("format"), k(format) }, { k("fileName"), QFileInfo(path).fileName() },
            { k("sha256"), QString::fromLatin1(crypto::sha256(bytes).toHex()) }, { k("size"), double(bytes.size()) } });
        return {};
    };
    if (!pdfPath.isEmpty()) {
        auto bytes = pdf(report);
        if (!bytes)
            return bytes.error();
        if (auto s = write(pdfPath, *bytes, "pdf"); !s)
            return s;
    }
    if (!jsonPath.isEmpty()) {
        if (auto s = write(jsonPath, json(report), "json"); !s)
            return s;
    }
    if (files.isEmpty())
        return {};
    // Who took case data out of the encrypted store, and exactly which bytes.
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    AuditEvent e;
    e.leadId = report.lead.id;
    e.subjectTable = QStringLiteral("leads");
    e.subjectId = report.lead.id;
    e.kind = QStringLiteral("report_exported");
    e.payload = { { k("files"), files }, { k("informantIncluded"), report.informant.has_value() } };
    if (auto s = AuditLog::append(m_session, e); !s)
        return s.error();
    return tx.commit();
}

} // namespace gs
