// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DuplicateFinder.h"

#include "LeadKeys.h"
#include "LeadRepository.h"
#include "accounts/Session.h"
#include "domain/Validators.h"
#include "geo/Geometry.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace gs {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::DuplicateFinder", text); }

QSet<QString> bigrams(const QString& text)
{
    QString compact;
    for (QChar c : LeadSearchIndex::normalize(text)) {
        if (c.isLetterOrNumber())
            compact += c;
    }
    QSet<QString> out;
    for (qsizetype i = 0; i + 1 < compact.size(); ++i)
        out.insert(compact.mid(i, 2));
    return out;
}

} // namespace

double DuplicateFinder::textSimilarity(const QString& a, const QString& b)
{
    const QSet<QString> x = bigrams(a), y = bigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(x).intersect(y).size();
    return double(shared) / double(x.size() + y.size() - shared);
}

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const Lead& lead, int limit)
{
    const LeadVisibility visibility = LeadVisibility::of(m_session);
    QHash<QString, DuplicateCandidate> found;
    QStringList order;
    auto collect = [&](const QString& condition, const QVariantList& values, const QString& reason) -> Status {
        auto stmt = m_session.db().prepare(QStringLiteral("SELECT l.id, l.case_no, l.title, l.status FROM leads l WHERE %1 AND %2 "
                                                          "AND l.id <> :self ORDER BY l.created_at DESC LIMIT %3")
                                               .arg(condition, visibility.condition)
                                               .arg(limit));
        if (!stmt)
            return stmt.error();
        for (int i = 0; i < values.size(); ++i)
            stmt->bindVariant(stmt->parameterIndex(QStringLiteral(":v%1").arg(i).toUtf8().constData()), values[i]);
        stmt->bind(stmt->parameterIndex(":me"), visibility.me);
        if (int i = stmt->parameterIndex(":person"))
            stmt->bind(i, visibility.person);
        stmt->bind(stmt->parameterIndex(":self"), lead.id.isEmpty() ? QStringLiteral("-") : lead.id);
        while (stmt->nextRow()) {
            const QString id = stmt->text(0);
            if (!found.contains(id)) {
                found.insert(id, { id, stmt->text(1), stmt->text(2), stmt->text(3), {} });
                order << id;
            }
            found[id].reasons << reason;
        }
        return {};
    };

    // Each key's index is partial (WHERE key <> ''): SQLite 3.15 uses it only when the query repeats that
    // condition. Without it, it walked every lead newest first (37 s at a million leads, docs/performance.md).
    const QString uscc = validate::normalizedCode(lead.entityUscc);
    if (!uscc.isEmpty()) {
        if (auto s = collect(QStringLiteral("l.entity_uscc = :v0 AND l.entity_uscc <> ''"), { uscc },
                tr("same unified social credit code"));
            !s)
            return s.error();
    }
    const QString key = leads::entityKey(lead.entityName);
    if (key.size() >= 2) {
        if (auto s
            = collect(QStringLiteral("l.entity_key = :v0 AND l.entity_key <> ''"), { key }, tr("same entity name"));
            !s)
            return s.error();
    }
    const QString phone = validate::normalizedPhone(lead.entityPhone);
    if (phone.size() >= 7) {
        if (auto s
            = collect(QStringLiteral("l.phone_key = :v0 AND l.phone_key <> ''"), { phone }, tr("same phone number"));
            !s)
            return s.error();
    }
    if (lead.lon && lead.lat) {
        const double dLat = kNearbyMetres / 111320.0;
        const double dLon = kNearbyMetres / (111320.0 * std::max(0.01, std::cos(*lead.lat * M_PI / 180)));
        auto stmt = m_session.db().prepare(QStringLiteral(
            "SELECT l.id, l.case_no, l.title, l.status, l.lon, l.lat, s.text FROM lead_places p JOIN lead_search s ON s.docid = p.docid "
            "JOIN leads l ON l.id = s.lead_id WHERE p.min_lon <= :v1 AND p.max_lon >= :v0 AND p.min_lat <= :v3 AND p.max_lat >= :v2 "
            "AND %1 AND l.id <> :self")
                                               .arg(visibility.condition));
        if (!stmt)
            return stmt.error();
        const QVariantList box { *lead.lon - dLon, *lead.lon + dLon, *lead.lat - dLat, *lead.lat + dLat };
        for (int i = 0; i < box.size(); ++i)
            stmt->bindVariant(stmt->parameterIndex(QStringLiteral(":v%1").arg(i).toUtf8().constData()), box[i]);
        stmt->bind(stmt->parameterIndex(":me"), visibility.me);
        if (int i = stmt->parameterIndex(":person"))
            stmt->bind(i, visibility.person);
        stmt->bind(stmt->parameterIndex(":self"), lead.id.isEmpty() ? QStringLiteral("-") : lead.id);
        const QString mine = lead.title + lead.entityName + lead.description.left(300);
        while (stmt->nextRow()) {
            const double metres = geo::haversineDistance({ *lead.lon, *lead.lat }, { stmt->real(4), stmt->real(5) });
            if (metres > kNearbyMetres || textSimilarity(mine, stmt->text(6).left(400)) < kSimilarText)
                continue;
            const QString id = stmt->text(0);
            if (!found.contains(id)) {
                found.insert(id, { id, stmt->text(1), stmt->text(2), stmt->text(3), {} });
                order << id;
            }
            found[id].reasons << tr("%1 m away, similar text").arg(qRound(metres));
        }
    }
    QList<DuplicateCandidate> out;
    for (const QString& id : order.mid(0, limit))
        out.append(found.value(id));
    return out;
}

} // namespace gs
