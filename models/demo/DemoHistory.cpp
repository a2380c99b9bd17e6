// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DemoHistory.h"

#include "core/Clock.h"
#include "core/Ids.h"
#include "demo/DemoContent.h"
#include "demo/DemoEvidence.h"
#include "demo/DemoRandom.h"
#include "geo/GeoJson.h"
#include "geo/Geometry.h"
#include "leads/LeadRepository.h"
#include "store/Database.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gs::demo {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::DemoBuilder", text);
}
QString k(const char* key)
{
    return QString::fromLatin1(key);
}

enum class ActorKind { Sentinel, Volunteer, Office };

/// When each kind of actor works: sentinels patrol every day, volunteers (bank and insurer staff) also in the
/// evening, the district office on weekdays.
bool atWork(ActorKind kind, const QDateTime& t, QTime* open, QTime* close)
{
    switch (kind) {
    case ActorKind::Sentinel:
        *open = QTime(8, 30);
        *close = QTime(20, 0);
        return true;
    case ActorKind::Volunteer:
        *open = QTime(9, 0);
        *close = QTime(21, 30);
        return true;
    case ActorKind::Office:
        *open = QTime(8, 30);
        *close = QTime(18, 0);
        return t.date().dayOfWeek() <= 5;
    }
    return true;
}

/// `t` if `kind` works then, else a moment of the last working hours before it (anywhere in them, so that the
/// moves of a district do not pile up at closing time).
QDateTime snapBack(QDateTime t, ActorKind kind, Random& r)
{
    for (int i = 0; i < 12; ++i) {
        QTime open, close;
        const bool workday = atWork(kind, t, &open, &close);
        const QDateTime start(t.date(), open), end(t.date(), close);
        if (workday && t >= start && t <= end)
            return t;
        if (workday && t > end)
            return start.addSecs(qint64(r.real() * double(start.secsTo(end))));
        t = QDateTime(t.date().addDays(-1), QTime(23, 59));
    }
    return t;
}

struct GridInfo
{
    QString id, code, name, kind, street, community;
    geo::MultiPolygon shape;
    geo::BBox box;
    geo::LonLat centre;
};

struct Sentinel
{
    QString personId, userId, pairedVolunteerUser;
    QList<int> grids;
    double weight = 1;
};

struct Volunteer
{
    QString personId, userId, institution;
    geo::LonLat at;
};

struct Step
{
    enum class Kind { File, SaveDraft, SubmitDraft, Link, Resubmit, Move };
    Kind kind = Kind::File;
    QString transition;
    QString actor;
    ActorKind actorKind = ActorKind::Sentinel;
    double delayHours = 0; ///< after the step before
    QDateTime at;
    TransitionInput input;
    QList<Attachment> evidence;
};

enum class Mode { Paired, Assigned, Office };

struct Planned
{
    int index = 0;
    QString finalStatus;
    Filer filer = Filer::Sentinel;
    ActorKind reporterKind = ActorKind::Sentinel;
    QString reporter;
    QString institution; ///< of a volunteer reporter
    int grid = -1;
    Mode mode = Mode::Paired;
    QString triager;
    ActorKind triagerKind = ActorKind::Volunteer;
    QString office; ///< the supervisor who assigns or triages
    QString reviewer; ///< the supervisor who reviews
    QString escalator;
    ActorKind escalatorKind = ActorKind::Sentinel;
    QString decision; ///< refer_police, refer_regulator, monitor, mediate, return
    bool benign = false;
    bool retold = false; ///< the same event reported again (linked, triaged as a duplicate)
    int original = -1; ///< the lead a retold or campaign lead is linked to
    QDate until; ///< monitoring until
    double dwellHours = -1; ///< how long ago the last step was, when planned rather than drawn
    QList<Step> steps;
    Story story;
    geo::LonLat point;
    // Filled while replaying.
    QString id;
    QString caseNo;

    QDateTime filedAt() const { return steps.isEmpty() ? QDateTime() : steps.constFirst().at; }
    /// When others may see it: filed, or submitted after a draft (drafts are their reporter's alone).
    QDateTime visibleAt() const
    {
        for (const Step& s : steps) {
            if (s.kind == Step::Kind::File || s.kind == Step::Kind::SubmitDraft)
                return s.at;
        }
        return {};
    }
};

/// The final states of the demo leads in proportion (the demo sentinel's own leads are planned apart).
const QList<std::pair<const char*, double>>& stateWeights()
{
    static const QList<std::pair<const char*, double>> weights {
        // About four leads a day: the early stages hold a day or two of them (plus stragglers), the follow-up
        // stages a month; most are finished.
        { "draft", 1.2 },
        { "submitted", 2.4 },
        { "in_triage", 2.4 },
        { "needs_info", 1.8 },
        { "unfounded", 16 },
        { "suspected", 0.9 },
        { "escalated", 1.5 },
        { "under_review", 3.5 },
        { "returned", 1.0 },
        { "referred_police", 5 },
        { "referred_regulator", 4.2 },
        { "monitoring", 6 },
        { "mediation", 2.6 },
        { "closed", 51.5 },
    };
    return weights;
}

/// The demo sentinel's own leads: something in every stage its account and its volunteer's see.
QStringList demoSentinelStates()
{
    return { k("draft"), k("draft"), k("draft"), k("submitted"), k("submitted"), k("in_triage"), k("in_triage"),
        k("needs_info"), k("needs_info"), k("suspected"), k("escalated"), k("under_review"), k("referred_police"),
        k("referred_regulator"), k("monitoring"), k("mediation"), k("unfounded"), k("unfounded"), k("unfounded"),
        k("closed"), k("closed"), k("closed"), k("closed"), k("closed") };
}

bool isTerminal(const QString& status)
{
    return status == QLatin1String("closed") || status == QLatin1String("unfounded");
}

/// How long a case has been in its final state, in days: open cases are spread so that some deadlines have
/// passed, some fall due within the day and most are on track.
double dwellDays(const QString& status, Random& r)
{
    // Deadlines (DeadlinePolicy defaults): triage 2 days from filing, information 3 days, review 5 working days,
    // follow-up 30 days. About one open case in seven has run past its deadline.
    const bool late = r.chance(0.14);
    if (status == QLatin1String("draft"))
        return r.real(0.05, 6);
    if (status == QLatin1String("submitted") || status == QLatin1String("returned"))
        return late ? r.real(2.1, 4) : r.real(0.05, 1.9);
    if (status == QLatin1String("in_triage")) // since the take, which came hours after the filing
        return late ? r.real(1.6, 3) : r.real(0.05, 0.7);
    if (status == QLatin1String("needs_info"))
        return late ? r.real(3.1, 6) : r.real(0.1, 2.9);
    if (status == QLatin1String("suspected"))
        return r.real(0.05, 1.8);
    if (status == QLatin1String("escalated"))
        return r.real(0.1, 4);
    if (status == QLatin1String("under_review"))
        return late ? r.real(7.5, 10) : r.real(0.2, 6);
    if (status == QLatin1String("monitoring")) // the monitoring period is drawn to match (layOut)
        return r.real(2, 50);
    return late ? r.real(30.5, 38) : r.real(1, 28); // referred, mediation: 30 days of follow-up
}

QString decisionFor(const QString& status)
{
    if (status == QLatin1String("referred_police"))
        return k("refer_police");
    if (status == QLatin1String("referred_regulator"))
        return k("refer_regulator");
    if (status == QLatin1String("monitoring"))
        return k("monitor");
    if (status == QLatin1String("mediation"))
        return k("mediate");
    if (status == QLatin1String("returned"))
        return k("return");
    return {};
}

/// Which scheme a lead is about, given how its case goes and who files it.
Scheme schemeFor(Random& r, const Planned& p)
{
    if (p.benign)
        return Scheme::Benign;
    QList<double> w(kSchemeCount - 1, 1.0);
    auto set = [&w](Scheme s, double v) { w[int(s)] = v; };
    // A district like 天河: elder-care and "wealth management" schemes lead, then rebates and crypto.
    set(Scheme::Pension, 5);
    set(Scheme::Wealth, 4.5);
    set(Scheme::HealthProducts, 3);
    set(Scheme::Rebate, 2.5);
    set(Scheme::Equity, 2);
    set(Scheme::Crypto, 2);
    set(Scheme::Ads, 2);
    set(Scheme::Relocation, 1.5);
    set(Scheme::CampusLoans, 1.2);
    set(Scheme::WorkerFunds, 1);
    if (p.filer == Filer::Volunteer) { // a bank notices withdrawals and transfers
        set(Scheme::Ads, 0);
        set(Scheme::CampusLoans, 0.2);
        set(Scheme::Relocation, 3);
        set(Scheme::Crypto, 3);
    }
    if (p.decision == QLatin1String("mediate")) {
        for (Scheme s :
            { Scheme::Pension, Scheme::Wealth, Scheme::Equity, Scheme::Relocation, Scheme::Crypto, Scheme::Ads })
            set(s, 0.2);
    } else if (p.decision == QLatin1String("refer_police")) {
        for (Scheme s : { Scheme::Ads, Scheme::HealthProducts, Scheme::Rebate })
            set(s, 0.3);
    } else if (p.decision == QLatin1String("refer_regulator")) {
        set(Scheme::Ads, 5);
    }
    return Scheme(r.weighted(w));
}

} // namespace

struct History::Impl
{
    Session& session;
    Session::ReplayKey key;
    ManualClock& clock;
    Options options;
    Accounts accounts;
    QList<GridInfo> grids;
    QList<int> buildingGrids;
    QList<Sentinel> sentinels;
    QList<Volunteer> volunteers;
    int demoSentinel = -1;
    QList<Planned> leads;
    int evidenceFiles = 0;
    int linked = 0;

    Impl(Session& s, Session::ReplayKey k, ManualClock& c, Options o, Accounts a)
        : session(s)
        , key(k)
        , clock(c)
        , options(std::move(o))
        , accounts(std::move(a))
    { }

    Status load();
    void plan(Random& r);
    void path(Planned& p, Random& r);
    void layOut(Planned& p, Random& r);
    void write(Random& r);
    geo::LonLat pointIn(int grid, Random& r, std::optional<geo::LonLat> near = std::nullopt);
    int nearestGrid(const geo::LonLat& at, Random& r);
    QString nearVolunteer(const geo::LonLat& at, Random& r, const QString& except);
    bool visibleTo(const Planned& reporter, const Planned& lead) const
    {
        if (reporter.reporterKind == ActorKind::Office || reporter.reporter == lead.reporter)
            return true;
        if (reporter.reporterKind != ActorKind::Sentinel)
            return false;
        for (const Sentinel& s : sentinels) {
            if (s.userId == reporter.reporter)
                return s.grids.contains(lead.grid);
        }
        return false;
    }
    QString supervisor(Random& r) const { return r.chance(0.65) ? accounts.supervisor : accounts.secondSupervisor; }
    Status replay();
    Status run(Planned& p, Step& step, LeadRepository& repo, CaseWorkflow& workflow);
    Result<Outcome> summarise();
};

Status History::Impl::load()
{
    Database& db = session.db();
    auto g = db.prepare("SELECT g.id, g.code, g.name, g.kind, s.name, c.name, g.geometry FROM grids g "
                        "JOIN communities c ON c.id = g.community_id JOIN streets s ON s.id = c.street_id "
                        "WHERE g.deleted = 0 AND g.geometry IS NOT NULL ORDER BY g.code");
    if (!g)
        return g.error();
    QHash<QString, int> gridIndex;
    Status read = g->forEachRow([&](const Statement& row) {
        auto shape = geo::GeoJson::readGeometry(row.text(6).toUtf8());
        if (!shape)
            return;
        GridInfo info { row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), *shape,
            geo::boundingBox(*shape), {} };
        info.community.remove(QStringLiteral("居委会")).remove(QStringLiteral("村委会"));
        info.centre = info.box.centre();
        gridIndex.insert(info.id, int(grids.size()));
        if (info.kind == QLatin1String("building"))
            buildingGrids << int(grids.size());
        grids << info;
    });
    if (!read)
        return read;
    auto v = db.prepare(
        "SELECT id, institution, lon, lat FROM people WHERE kind = 'volunteer' AND deleted = 0 AND active = 1 "
        "ORDER BY rowid"); // the order of the demo data (ids are random)
    if (!v)
        return v.error();
    read = v->forEachRow([&](const Statement& row) {
        volunteers << Volunteer { row.text(0), accounts.userOfPerson.value(row.text(0)), row.text(1),
            { row.real(2), row.real(3) } };
    });
    if (!read)
        return read;
    auto s = db.prepare("SELECT p.id, pg.grid_id, "
                        "(SELECT pr.volunteer_id FROM pairings pr WHERE pr.sentinel_id = p.id AND pr.ended_on IS NULL "
                        "AND pr.deleted = 0 LIMIT 1) FROM people p JOIN person_grids pg ON pg.person_id = p.id "
                        "WHERE p.kind = 'sentinel' AND p.deleted = 0 AND pg.deleted = 0 ORDER BY p.rowid, pg.rowid");
    if (!s)
        return s.error();
    QHash<QString, int> sentinelIndex;
    read = s->forEachRow([&](const Statement& row) {
        const QString person = row.text(0);
        if (!sentinelIndex.contains(person)) {
            sentinelIndex.insert(person, int(sentinels.size()));
            sentinels << Sentinel { person, accounts.userOfPerson.value(person),
                row.isNull(2) ? QString() : accounts.userOfPerson.value(row.text(2)), {}, 1 };
        }
        if (gridIndex.contains(row.text(1)))
            sentinels[sentinelIndex.value(person)].grids << gridIndex.value(row.text(1));
    });
    if (!read)
        return read;
    sentinels.removeIf([](const Sentinel& x) { return x.grids.isEmpty() || x.userId.isEmpty(); });
    for (int i = 0; i < sentinels.size(); ++i) {
        if (sentinels.at(i).userId == accounts.demoSentinel)
            demoSentinel = i;
    }
    if (grids.isEmpty() || sentinels.isEmpty() || volunteers.isEmpty() || demoSentinel < 0)
        return makeError(Error::Code::InvalidInput,
            tr("The demo data is inconsistent: %1").arg(tr("no grids, sentinels or volunteers")));
    return {};
}

geo::LonLat History::Impl::pointIn(int grid, Random& r, std::optional<geo::LonLat> near)
{
    const GridInfo& g = grids.at(grid);
    for (int attempt = 0; attempt < 200; ++attempt) {
        geo::LonLat p;
        if (near) // within about 80 m
            p = { near->lon + r.real(-0.0008, 0.0008), near->lat + r.real(-0.0007, 0.0007) };
        else
            p = { r.real(g.box.west, g.box.east), r.real(g.box.south, g.box.north) };
        p.lon = std::round(p.lon * 1e6) / 1e6; // what a GPS fix or a map click gives
        p.lat = std::round(p.lat * 1e6) / 1e6;
        if (!geo::contains(g.shape, p))
            continue;
        // A point in a commercial-building grid belongs to that grid, not to the community grid around it.
        bool inBuilding = false;
        for (int b : buildingGrids)
            inBuilding = inBuilding || (b != grid && geo::contains(grids.at(b).shape, p));
        if (!inBuilding)
            return p;
    }
    return near ? pointIn(grid, r) : g.centre;
}

int History::Impl::nearestGrid(const geo::LonLat& at, Random& r)
{
    QList<std::pair<double, int>> byDistance;
    for (int i = 0; i < grids.size(); ++i)
        byDistance.append({ geo::haversineDistance(at, grids.at(i).centre), i });
    std::partial_sort(
        byDistance.begin(), byDistance.begin() + std::min<qsizetype>(8, byDistance.size()), byDistance.end());
    return byDistance.at(r.below(int(std::min<qsizetype>(8, byDistance.size())))).second;
}

QString History::Impl::nearVolunteer(const geo::LonLat& at, Random& r, const QString& except)
{
    QList<std::pair<double, int>> byDistance;
    for (int i = 0; i < volunteers.size(); ++i) {
        if (volunteers.at(i).userId != except && !volunteers.at(i).userId.isEmpty())
            byDistance.append({ geo::haversineDistance(at, volunteers.at(i).at), i });
    }
    std::sort(byDistance.begin(), byDistance.end());
    return volunteers.at(byDistance.at(r.below(int(std::min<qsizetype>(3, byDistance.size())))).second).userId;
}

void History::Impl::plan(Random& r)
{
    const int total = std::max(options.leads, int(demoSentinelStates().size()) + 20);
    // Final states: the demo sentinel's set, a few reports of events already reported, and the rest in
    // proportion (largest remainder, so the counts are exact for a given size).
    QStringList states = demoSentinelStates();
    const int own = int(states.size());
    const int retold = std::max(2, total / 45);
    const int rest = total - own - retold;
    double sum = 0;
    for (const auto& [state, weight] : stateWeights())
        sum += weight;
    QList<std::pair<double, QString>> remainders;
    QStringList others;
    for (const auto& [state, weight] : stateWeights()) {
        const double exact = rest * weight / sum;
        for (int i = 0; i < int(exact); ++i)
            others << k(state);
        remainders.append({ exact - int(exact), k(state) });
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int i = 0; others.size() < rest; ++i)
        others << remainders.at(i % remainders.size()).second;
    r.shuffle(others);

    // Who files: sentinels on their grids (the busy ones more often), the district office, volunteers' branches.
    for (Sentinel& s : sentinels)
        s.weight = r.real(0.4, 2.0) * (1.0 + 0.3 * s.grids.size());
    QList<double> sentinelWeights;
    for (const Sentinel& s : sentinels)
        sentinelWeights << s.weight;
    QList<double> volunteerWeights;
    for (const Volunteer& v : volunteers)
        volunteerWeights << (v.userId == accounts.demoVolunteer ? 4.0 : 1.0);

    for (int i = 0; i < total; ++i) {
        Planned p;
        p.index = i;
        int sentinel = -1;
        if (i < own) {
            p.finalStatus = states.at(i);
            sentinel = demoSentinel;
        } else if (i < own + retold) {
            p.finalStatus = k("unfounded");
            p.retold = true;
            p.filer = Filer::Office;
        } else {
            p.finalStatus = others.at(i - own - retold);
            const double who = r.real();
            if (p.finalStatus == QLatin1String("draft") || who < 0.74)
                sentinel = r.weighted(sentinelWeights);
            else
                p.filer = who < 0.90 ? Filer::Office : Filer::Volunteer;
        }
        p.office = supervisor(r);
        p.reviewer = r.chance(0.7) ? accounts.supervisor : accounts.secondSupervisor;
        if (sentinel >= 0) {
            const Sentinel& s = sentinels.at(sentinel);
            p.filer = Filer::Sentinel;
            p.reporter = s.userId;
            p.reporterKind = ActorKind::Sentinel;
            p.grid = r.pick(s.grids);
            if (!s.pairedVolunteerUser.isEmpty()) {
                p.mode = Mode::Paired;
                p.triager = s.pairedVolunteerUser;
            } else {
                p.mode = r.chance(0.75) ? Mode::Assigned : Mode::Office;
            }
        } else if (p.filer == Filer::Office) {
            p.reporter = p.office;
            p.reporterKind = ActorKind::Office;
            // Commercial buildings draw more "wealth management" offices than homes do.
            QList<double> w;
            for (const GridInfo& g : grids)
                w << (g.kind == QLatin1String("building") ? 3.0 : 1.0);
            p.grid = r.weighted(w);
            p.mode = p.retold ? Mode::Office : (r.chance(0.75) ? Mode::Assigned : Mode::Office);
        } else {
            const Volunteer& v = volunteers.at(r.weighted(volunteerWeights));
            p.reporter = v.userId;
            p.reporterKind = ActorKind::Volunteer;
            p.institution = v.institution;
            p.grid = nearestGrid(v.at, r);
            p.mode = r.chance(0.75) ? Mode::Assigned : Mode::Office;
        }
        if (p.mode == Mode::Assigned)
            p.triager = nearVolunteer(grids.at(p.grid).centre, r, p.reporter);
        if (p.mode == Mode::Office)
            p.triager = p.office;
        p.triagerKind = p.mode == Mode::Office ? ActorKind::Office : ActorKind::Volunteer;
        if (p.filer == Filer::Sentinel && r.chance(0.7)) {
            p.escalator = p.reporter;
            p.escalatorKind = ActorKind::Sentinel;
        } else {
            p.escalator = p.triager;
            p.escalatorKind = p.triagerKind;
        }
        p.decision = decisionFor(p.finalStatus);
        if (p.finalStatus == QLatin1String("closed")) {
            static const QStringList decisions { k("refer_police"), k("refer_regulator"), k("monitor"), k("mediate") };
            p.decision = decisions.at(r.weighted({ 3, 3, 2.5, 1.5 }));
        }
        p.benign = !p.retold
            && ((p.finalStatus == QLatin1String("unfounded") && r.chance(0.65))
                || ((p.finalStatus == QLatin1String("submitted") || p.finalStatus == QLatin1String("in_triage"))
                    && r.chance(0.15)));
        leads << p;
    }
    // Office reports handed to the demo volunteer, so that account's queue holds assigned work too.
    int handed = 0;
    for (Planned& p : leads) {
        if (handed < 4 && p.filer == Filer::Office && !p.retold && p.mode == Mode::Assigned
            && QStringList { k("submitted"), k("in_triage"), k("suspected"), k("closed") }.contains(p.finalStatus)) {
            p.triager = accounts.demoVolunteer;
            if (p.escalatorKind == ActorKind::Volunteer)
                p.escalator = p.triager;
            ++handed;
        }
    }
    // The demo sentinel filed a lead this morning: the newest row of every list is from today.
    for (Planned& p : leads) {
        if (p.reporter == accounts.demoSentinel && p.finalStatus == QLatin1String("submitted")) {
            p.dwellHours = r.real(1, 3);
            break;
        }
    }
    for (Planned& p : leads) {
        path(p, r);
        layOut(p, r);
    }
}

void History::Impl::path(Planned& p, Random& r)
{
    const auto add
        = [&p](Step::Kind kind, const QString& transition, const QString& actor, ActorKind actorKind, double hours) {
              Step s;
              s.kind = kind;
              s.transition = transition;
              s.actor = actor;
              s.actorKind = actorKind;
              s.delayHours = hours;
              p.steps << s;
          };
    const QString& f = p.finalStatus;
    const auto move = [&](const char* name, const QString& actor, ActorKind kind, double hours) {
        add(Step::Kind::Move, k(name), actor, kind, hours);
    };
    if (f == QLatin1String("draft")) {
        add(Step::Kind::SaveDraft, {}, p.reporter, p.reporterKind, 0);
        return;
    }
    if (p.filer != Filer::Office && r.chance(0.15)) {
        add(Step::Kind::SaveDraft, {}, p.reporter, p.reporterKind, 0);
        add(Step::Kind::SubmitDraft, {}, p.reporter, p.reporterKind, r.real(0.2, 20));
    } else {
        add(Step::Kind::File, {}, p.reporter, p.reporterKind, 0);
    }
    if (p.retold) {
        add(Step::Kind::Link, {}, p.reporter, p.reporterKind, r.real(0.05, 0.3));
        move("take", p.triager, ActorKind::Office, r.real(1, 20));
        move("triage_unfounded", p.triager, ActorKind::Office, r.real(0.5, 4));
        return;
    }
    if (p.mode == Mode::Assigned)
        move("assign", p.office, ActorKind::Office, r.real(0.5, 8));
    if (f == QLatin1String("submitted"))
        return;
    move("take", p.triager, p.triagerKind, r.chance(0.1) ? r.real(30, 70) : r.real(0.5, 30));
    if (f == QLatin1String("needs_info")) {
        move("triage_needs_info", p.triager, p.triagerKind, r.real(1, 30));
        return;
    }
    if (r.chance(f == QLatin1String("in_triage") ? 0.25 : 0.15)) {
        move("triage_needs_info", p.triager, p.triagerKind, r.real(1, 30));
        add(Step::Kind::Resubmit, {}, p.reporter, p.reporterKind, r.real(5, 60));
    }
    if (f == QLatin1String("in_triage"))
        return;
    if (f == QLatin1String("unfounded")) {
        move("triage_unfounded", p.triager, p.triagerKind, r.real(1, 30));
        return;
    }
    move("triage_suspected", p.triager, p.triagerKind, r.real(1, 30));
    if (f == QLatin1String("suspected"))
        return;
    move("escalate", p.escalator, p.escalatorKind, r.chance(0.08) ? r.real(24, 40) : r.real(0.5, 18));
    if (f == QLatin1String("escalated"))
        return;
    move("start_review", p.reviewer, ActorKind::Office, r.real(1, 40));
    if (f == QLatin1String("under_review"))
        return;
    add(Step::Kind::Move, p.decision, p.reviewer, ActorKind::Office, r.real(20, 120));
    if (f != QLatin1String("closed"))
        return;
    double days = 0;
    if (p.decision == QLatin1String("refer_police"))
        days = r.real(15, 50);
    else if (p.decision == QLatin1String("refer_regulator"))
        days = r.real(10, 35);
    else if (p.decision == QLatin1String("monitor"))
        days = r.real(20, 60);
    else
        days = r.real(7, 25);
    move("close", p.reviewer, ActorKind::Office, days * 24);
}

void History::Impl::layOut(Planned& p, Random& r)
{
    const QDateTime now = options.now;
    const QDateTime earliest = now.addDays(-90);
    for (int attempt = 0;; ++attempt) {
        const double scale = std::pow(0.75, attempt);
        double total = 0;
        for (const Step& s : p.steps)
            total += s.delayHours * scale;
        double dwell = (p.dwellHours >= 0 ? p.dwellHours / 24 : dwellDays(p.finalStatus, r)) * scale;
        if (isTerminal(p.finalStatus))
            dwell = r.real(0.05, std::max(0.1, 88.0 - total / 24));
        QDateTime t = snapBack(now.addSecs(-qint64(dwell * 86400)), p.steps.constLast().actorKind, r);
        for (qsizetype i = p.steps.size() - 1; i >= 0; --i) {
            p.steps[i].at = t;
            if (i > 0)
                t = snapBack(t.addSecs(-qint64(std::max(0.05, p.steps.at(i).delayHours * scale) * 3600)),
                    p.steps.at(i - 1).actorKind, r);
        }
        if (p.steps.constFirst().at >= earliest || attempt >= 10)
            break;
    }
    for (Step& s : p.steps) { // whole seconds, like a person's clicks
        s.at = s.at.addMSecs(-s.at.time().msec());
        if (s.kind == Step::Kind::Move && s.transition == QLatin1String("monitor") && !p.until.isValid())
            p.until = s.at.date().addDays(r.between(20, 60));
    }
    if (p.finalStatus == QLatin1String("monitoring") && !r.chance(0.14)) {
        // Still being monitored: the period runs past now.
        p.until = std::max(p.until, now.date().addDays(r.between(2, 30)));
    }
    if (p.decision == QLatin1String("monitor") && p.finalStatus == QLatin1String("closed")) {
        // Closed when the monitoring ran out, give or take a few days.
        const QDate decided = p.steps.at(p.steps.size() - 2).at.date();
        p.until = std::max(decided.addDays(7), p.steps.constLast().at.date().addDays(-r.between(0, 3)));
    }
}

void History::Impl::write(Random& r)
{
    QList<int> order;
    for (int i = 0; i < leads.size(); ++i)
        order << i;
    std::stable_sort(
        order.begin(), order.end(), [this](int a, int b) { return leads.at(a).filedAt() < leads.at(b).filedAt(); });

    struct Campaign
    {
        int anchor;
        int followers = 0;
    };
    QList<Campaign> campaigns;
    for (int i : order) {
        Planned& p = leads[i];
        Random lr = r.fork(quint64(i) + 1);
        const QDateTime filed = p.filedAt();
        if (p.retold) {
            // The same event, reported again through the hotline a few hours or days later.
            QList<int> candidates;
            for (int j : order) {
                const Planned& o = leads.at(j);
                const qint64 ago = o.visibleAt().isValid() ? o.visibleAt().secsTo(filed) : 0;
                // Leads are written in filing order: an earlier one already has its story.
                if (j != i && !o.retold && !o.benign && o.finalStatus != QLatin1String("draft")
                    && !o.story.lead.title.isEmpty() && ago > 6 * 3600 && ago < 8 * 86400)
                    candidates << j;
            }
            if (!candidates.isEmpty()) {
                p.original = lr.pick(candidates);
                const Planned& o = leads.at(p.original);
                p.grid = o.grid;
                p.point = pointIn(p.grid, lr, o.point);
                p.story = Content::retold(lr, o.story, filed);
            } else {
                p.retold = false; // nothing to repeat yet: an ordinary report that comes to nothing
                p.benign = true;
                p.steps.removeIf([](const Step& s) { return s.kind == Step::Kind::Link; });
            }
        }
        if (!p.retold) {
            const GridInfo& g = grids.at(p.grid);
            p.point = pointIn(p.grid, lr);
            std::optional<Entity> entity;
            // Schemes move on: the same company turns up in neighbouring communities within weeks.
            if (!p.benign && p.finalStatus != QLatin1String("draft")) {
                for (Campaign& c : campaigns) {
                    const Planned& a = leads.at(c.anchor);
                    const qint64 ago = a.visibleAt().isValid() ? a.visibleAt().secsTo(filed) : 0;
                    if (c.followers < 3 && ago > 86400 && ago < 25 * 86400
                        && geo::haversineDistance(grids.at(a.grid).centre, g.centre) < 3000 && lr.chance(0.3)) {
                        entity = a.story.entity;
                        ++c.followers;
                        // The reporter links the earlier lead if they can see it (the office sees every lead, a
                        // sentinel those of their own grids); otherwise the duplicate check is the office's.
                        if (visibleTo(p, a))
                            p.original = c.anchor;
                        break;
                    }
                }
            }
            if (!entity)
                entity = Content::entity(lr, schemeFor(lr, p));
            p.story = Content::story(lr, *entity, { g.street, g.community }, p.filer, filed, p.institution);
            if (p.original >= 0) {
                Step link;
                link.kind = Step::Kind::Link;
                link.actor = p.reporter;
                link.actorKind = p.reporterKind;
                link.at = filed.addSecs(lr.between(180, 900));
                if (p.steps.size() < 2 || link.at < p.steps.at(1).at)
                    p.steps.insert(1, link);
                else
                    p.original = -1;
            } else if (!p.benign && p.finalStatus != QLatin1String("draft") && lr.chance(0.14)) {
                campaigns << Campaign { i };
            }
        }

        // Evidence: photos of flyers, contracts and screenshots, when there is something to photograph.
        const bool pictures = Evidence::available();
        if (pictures && !p.retold && lr.chance(p.benign ? 0.05 : 0.22)) {
            Random er = lr.fork(7);
            const int count = er.chance(0.12) ? 2 : 1;
            for (int c = 0; c < count; ++c) {
                const Evidence::Kind kind = c == 0 ? Evidence::kindFor(er, p.story) : Evidence::Kind::Flyer;
                p.steps.first().evidence << Evidence::picture(
                    er, kind, p.story, filed.addSecs(-er.between(600, 7200)), c + 1);
            }
        }

        // What each step says.
        for (Step& s : p.steps) {
            if (s.kind == Step::Kind::Resubmit) {
                s.input.note = Content::supplement(lr, p.story);
                if (pictures && lr.chance(0.35)) {
                    Random er = lr.fork(11);
                    s.evidence << Evidence::picture(
                        er, Evidence::kindFor(er, p.story), p.story, s.at.addSecs(-er.between(600, 7200)));
                }
                continue;
            }
            if (s.kind != Step::Kind::Move)
                continue;
            const QString& t = s.transition;
            if (t == QLatin1String("assign")) {
                s.input.assigneeUserId = p.triager;
                s.input.note = Content::assignNote(lr);
            } else if (t == QLatin1String("triage_suspected")) {
                s.input = Content::triageSuspected(lr, p.story);
            } else if (t == QLatin1String("triage_needs_info")) {
                s.input = Content::triageNeedsInfo(lr, p.story);
            } else if (t == QLatin1String("triage_unfounded") && !p.retold) {
                s.input = Content::triageUnfounded(lr, p.story);
            } else if (t == QLatin1String("escalate")) {
                s.input = Content::escalate(lr, s.at);
            } else if (CaseWorkflow::isReviewDecision(t)) {
                s.input = Content::review(lr, p.story, t, grids.at(p.grid).street, s.at.date(),
                    t == QLatin1String("monitor") ? p.until : QDate());
            } else if (t == QLatin1String("close")) {
                s.input = Content::close(lr, p.story, p.decision);
            }
        }
    }
}

Status History::Impl::run(Planned& p, Step& step, LeadRepository& repo, CaseWorkflow& workflow)
{
    switch (step.kind) {
    case Step::Kind::File:
    case Step::Kind::SaveDraft: {
        Lead lead = p.story.lead;
        lead.lon = p.point.lon;
        lead.lat = p.point.lat;
        lead.gridId = grids.at(p.grid).id;
        lead.attachments = step.evidence;
        auto saved = repo.save(
            lead, step.kind == Step::Kind::File ? LeadRepository::Intent::Submit : LeadRepository::Intent::SaveDraft);
        if (!saved)
            return saved.error();
        p.id = saved->id;
        p.caseNo = saved->caseNo;
        evidenceFiles += int(step.evidence.size());
        step.evidence.clear();
        return {};
    }
    case Step::Kind::SubmitDraft: {
        auto stored = repo.load(p.id);
        if (!stored)
            return stored.error();
        return Status::from(repo.save(*stored, LeadRepository::Intent::Submit));
    }
    case Step::Kind::Link: {
        if (p.original < 0 || leads.at(p.original).id.isEmpty())
            return {};
        if (auto s = repo.link(p.id, leads.at(p.original).id); !s)
            return s;
        ++linked;
        return {};
    }
    case Step::Kind::Resubmit: {
        auto stored = repo.load(p.id);
        if (!stored)
            return stored.error();
        stored->description += QLatin1Char('\n') + step.input.note;
        stored->attachments << step.evidence;
        evidenceFiles += int(step.evidence.size());
        step.evidence.clear();
        return Status::from(
            repo.save(*stored, LeadRepository::Intent::Submit, tr("Supplied the information asked for.")));
    }
    case Step::Kind::Move: {
        TransitionInput input = step.input;
        if (p.retold && step.transition == QLatin1String("triage_unfounded"))
            input = Content::triageDuplicate(leads.at(p.original).caseNo);
        return Status::from(workflow.apply(p.id, step.transition, input));
    }
    }
    return {};
}

Status History::Impl::replay()
{
    struct Ref
    {
        QDateTime at;
        int lead;
        int step;
    };
    QList<Ref> refs;
    for (int i = 0; i < leads.size(); ++i) {
        for (int s = 0; s < leads.at(i).steps.size(); ++s)
            refs.append({ leads.at(i).steps.at(s).at, i, s });
    }
    std::stable_sort(refs.begin(), refs.end(), [](const Ref& a, const Ref& b) {
        return a.at != b.at ? a.at < b.at : (a.lead != b.lead ? a.lead < b.lead : a.step < b.step);
    });
    LeadRepository repo(session);
    CaseWorkflow workflow(session);
    for (const Ref& ref : refs) {
        Planned& p = leads[ref.lead];
        Step& step = p.steps[ref.step];
        clock.advanceTo(step.at);
        if (auto s = session.actAs(key, step.actor); !s)
            return s;
        if (auto s = run(p, step, repo, workflow); !s) {
            Error e = s.error();
            e.message = tr("Demo lead %1 (%2), step %3 (%4): %5")
                            .arg(ref.lead + 1)
                            .arg(p.finalStatus, QString::number(ref.step + 1),
                                step.transition.isEmpty() ? QStringLiteral("save") : step.transition, e.message);
            return e;
        }
    }
    return {};
}

Result<History::Outcome> History::Impl::summarise()
{
    Outcome o;
    auto stmt = session.db().prepare("SELECT status, count(*) FROM leads WHERE deleted = 0 GROUP BY status");
    if (!stmt)
        return stmt.error();
    if (auto s = stmt->forEachRow([&o](const Statement& row) { o.statuses.insert(row.text(0), row.integer(1)); }); !s)
        return s.error();
    for (int n : o.statuses)
        o.leads += n;
    o.drafts = o.statuses.value(k("draft"));
    o.evidenceFiles = evidenceFiles;
    o.linkedDuplicates = linked;
    auto due = session.db().prepare(
        "SELECT sum(deadline_at < :now), sum(deadline_at >= :now AND deadline_at <= :soon) FROM leads "
        "WHERE deleted = 0 AND deadline_at IS NOT NULL");
    if (!due)
        return due.error();
    due->bind(due->parameterIndex(":now"), toIso(options.now));
    due->bind(due->parameterIndex(":soon"), toIso(options.now.addSecs(24 * 3600)));
    if (due->nextRow()) {
        o.overdue = due->integer(0);
        o.dueSoon = due->integer(1);
    }
    return o;
}

History::History(Session& session, Session::ReplayKey key, ManualClock& clock, Options options, Accounts accounts)
    : m_impl(std::make_unique<Impl>(session, key, clock, std::move(options), std::move(accounts)))
{ }

History::~History() = default;

Result<History::Outcome> History::build()
{
    if (auto s = m_impl->load(); !s)
        return s.error();
    Random random(m_impl->options.seed);
    Random planning = random.fork(1);
    Random writing = random.fork(2);
    m_impl->plan(planning);
    m_impl->write(writing);
    if (auto s = m_impl->replay(); !s)
        return s.error();
    return m_impl->summarise();
}

} // namespace gs::demo
