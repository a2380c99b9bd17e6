// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "search/LeadSearchIndex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gs {

class Session;

/// What the lead list shows; every field optional.
struct LeadFilter
{
    QString text; ///< Chinese substring search (parts separated by spaces must all appear)
    QStringList statuses;
    QStringList categories; ///< any of
    QStringList riskLevels;
    QStringList groupsAtRisk; ///< any of
    QString gridId;
    QString communityId;
    QString streetId;
    QDate from, to; ///< created on these days (inclusive)
    bool mine = false; ///< filed by or assigned to me
    bool myPairs = false; ///< filed by me or my pair partners
    /// Deadlines: open cases whose deadline has passed (overdue) or falls within the node's due-soon window
    /// (dueSoon, DeadlinePolicy::dueSoonHours); with both set, either.
    bool overdue = false;
    bool dueSoon = false;
    bool awaitingMe = false; ///< a move of the case workflow waits for me (CaseWorkflow::awaitingCondition)
};

/// One row of the lead list.
struct LeadSummary
{
    QString id;
    QString caseNo;
    QString status;
    QString title;
    QString entityName;
    QString address;
    QString gridName;
    QString communityName;
    QString riskLevel;
    double riskScore = 0;
    std::optional<qint64> amountCents;
    QString reporterName;
    QString createdAt;
    QString deadlineAt;
    std::optional<double> lon, lat;
    bool overdue = false;
    bool dueSoon = false; ///< not overdue, but due within the due-soon window
    QString assigneeUserId;
    QString assigneeName;
};

/// Where a lead is, for the map: the few columns markers, clusters and the heatmap need.
struct LeadPlace
{
    QString id;
    QString status;
    QString riskLevel;
    std::optional<qint64> amountCents;
    QString createdAt;
    double lon = 0; ///< WGS-84
    double lat = 0;
    QString address; ///< where the lead happened (the place search of the map's location picker)
};

/// Reads the lead list: visibility of the signed-in user, filters, search, sort and pages.
class LeadQuery
{
public:
    enum class Sort { Newest, Oldest, RiskHighFirst, DeadlineFirst };
    explicit LeadQuery(Session& session) : m_session(session) { }

    Result<QList<LeadSummary>> page(const LeadFilter& filter, Sort sort, int offset, int limit);
    /// Leads matching `filter`; with `cap`, counting stops there (the result is then min(count, cap)): an
    /// exact count of a large result reads every match, which the list cannot afford on each keystroke.
    Result<qint64> count(const LeadFilter& filter, std::optional<qint64> cap = std::nullopt);
    /// Every lead the filter matches that has coordinates (the map's lead layer), in no particular order.
    Result<QList<LeadPlace>> places(const LeadFilter& filter);

    /// A search whose rarest bigram is in more documents than this fills a date-ordered page faster by
    /// walking leads newest (or oldest) first and verifying each, stopping at the page size, than by
    /// fetching and sorting every full-text match (docs/performance.md).
    static constexpr qint64 kScanAboveCandidates = 1000;
    void setScanAboveCandidates(qint64 candidates) { m_scanAbove = candidates; }
    /// That walk covers at most this many of the newest (or oldest) search entries; when they hold too few
    /// matches for the page (or the capped count), the full-text index answers instead, so a frequent bigram
    /// in a rare phrase never walks every lead.
    static constexpr qint64 kWalkWindow = 20000;
    /// An overdue (or due-soon) filter on a page by date or risk: with more deadlines than this in the range,
    /// walking the order's index beats reading the range and sorting it (a backlog); with fewer, the range wins.
    static constexpr qint64 kDeadlineWalkAbove = 5000;
    void setDeadlineWalkAbove(qint64 deadlines) { m_deadlineWalkAbove = deadlines; }
    void setWalkWindow(qint64 entries) { m_walkWindow = entries; }
    /// The walk is taken only when the window may hold this many matches: the rarest bigram's share of all
    /// entries, times the window, bounds them from above. Fewer, and the walk would read its whole window
    /// (about 1.6 us an entry, 33 ms at 20,000) before handing over to the index, which answers alone in less.
    static constexpr qint64 kWalkExpectedMatches = 200;
    void setWalkExpectedMatches(qint64 matches) { m_walkExpected = matches; }
    /// The most matches `window` newest entries can hold, from the rarest bigram's document count.
    static qint64 walkMatchBound(qint64 candidates, qint64 entries, qint64 window)
    {
        return entries <= window ? candidates : candidates * window / entries;
    }

private:
    struct Sql;
    enum class Path { Auto, Index }; ///< Index: the full-text index drives, whatever the term's frequency
    /// `pageSort`: the order of the page being built (none for counts and places); `countCap`: the cap of the
    /// count being built, which a walk of the newest entries must be able to reach.
    Result<Sql> build(const LeadFilter& filter, std::optional<Sort> pageSort = std::nullopt, bool forCount = false,
        Path path = Path::Auto, std::optional<qint64> countCap = std::nullopt);
    /// Whether more than m_deadlineWalkAbove leads have a deadline in [from, before) (from may be empty).
    Result<bool> deadlineRangeExceeds(const QString& from, const QString& before);
    /// Leads in the search index that a supervisor's list leaves out (drafts, tombstones), counting at most `cap`.
    Result<qint64> hiddenLeads(qint64 cap);
    /// The signed-in user's own drafts (not deleted) that the search of `sql` matches.
    Result<qint64> countOwnDrafts(const Sql& sql);
    /// The leads `sql` matches that have a deadline, counting at most `cap`.
    Result<qint64> countWithDeadline(const Sql& sql, qint64 cap);
    /// The created_at (or docid, for counts) that bounds the walk to kWalkWindow entries; empty when fewer.
    Result<QVariant> walkBound(const char* sql);
    qint64 m_scanAbove = kScanAboveCandidates;
    qint64 m_walkWindow = kWalkWindow;
    qint64 m_deadlineWalkAbove = kDeadlineWalkAbove;
    qint64 m_walkExpected = kWalkExpectedMatches;
    Session& m_session;
    std::optional<int> m_dueSoonHours; ///< DeadlinePolicy::dueSoonHours, read at the first build
    std::optional<std::pair<QString, LeadSearchIndex::Plan>> m_plan; ///< the last text's plan
};

} // namespace gs
