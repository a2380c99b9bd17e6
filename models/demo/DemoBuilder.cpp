// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DemoBuilder.h"

#include "accounts/AccountService.h"
#include "accounts/Session.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "demo/DemoHistory.h"
#include "geo/GeoJson.h"
#include "geo/Outline.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace gs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::DemoBuilder", text);
}

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

struct Box
{
    double minLon = std::numeric_limits<double>::max(), minLat = std::numeric_limits<double>::max();
    double maxLon = std::numeric_limits<double>::lowest(), maxLat = std::numeric_limits<double>::lowest();
    void add(const QJsonValue& coordinates)
    {
        const QJsonArray a = coordinates.toArray();
        if (a.size() >= 2 && a[0].isDouble()) {
            minLon = std::min(minLon, a[0].toDouble());
            maxLon = std::max(maxLon, a[0].toDouble());
            minLat = std::min(minLat, a[1].toDouble());
            maxLat = std::max(maxLat, a[1].toDouble());
            return;
        }
        for (const QJsonValue& v : a)
            add(v);
    }
};

/// geometry (GeoJSON text) plus its bounding box, for rows of districts/streets/communities/grids.
void putGeometry(QVariantMap& fields, const QJsonObject& geometry)
{
    if (geometry.isEmpty())
        return;
    Box box;
    box.add(geometry.value(key("coordinates")));
    fields.insert(key("geometry"), QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact)));
    fields.insert(key("min_lon"), box.minLon);
    fields.insert(key("min_lat"), box.minLat);
    fields.insert(key("max_lon"), box.maxLon);
    fields.insert(key("max_lat"), box.maxLat);
}

/// The district outline of the demo data touches itself at four vertices (three spikes and a small lobe,
/// left by simplification), which the strict validator rejects: store it as a valid MultiPolygon instead.
QJsonObject repairedOutline(const QJsonObject& geometry)
{
    if (geometry.value(key("type")).toString() != key("Polygon"))
        return geometry;
    geo::Polygon polygon;
    const QJsonArray rings = geometry.value(key("coordinates")).toArray();
    for (qsizetype r = 0; r < rings.size(); ++r) {
        geo::Ring ring;
        for (const QJsonValue& v : rings.at(r).toArray())
            ring.append({ v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble() });
        (r == 0 ? polygon.outer : polygon.holes.emplace_back()) = ring;
    }
    if (geo::validate(polygon).isEmpty())
        return geometry;
    const geo::MultiPolygon fixed = geo::splitPinchedPolygon(polygon);
    if (!geo::validate(fixed).isEmpty())
        return geometry;
    return QJsonDocument::fromJson(geo::GeoJson::write(fixed)).object();
}

Error badData(const QString& what)
{
    return makeError(Error::Code::InvalidInput, tr("The demo data is inconsistent: %1").arg(what));
}

} // namespace

Result<QJsonObject> DemoBuilder::loadDistrict()
{
    QFile file(QStringLiteral(":/demo/tianhe.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("The demo data is missing from this build."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badData(error.errorString());
    return doc.object();
}

Result<DemoBuilder::Summary> DemoBuilder::importDistrict(Session& session, const QJsonObject& root)
{
    return importDistrict(session, root, nullptr);
}

Result<DemoBuilder::Summary> DemoBuilder::importDistrict(
    Session& session, const QJsonObject& root, QHash<QString, QString>* personIdsByKey)
{
    if (auto s = session.require(Permission::ManageStructure); !s)
        return s.error();
    Transaction tx(session.db());
    if (!tx.begun())
        return tx.begun().error();
    RecordWriter writer(session.writeContext());
    Summary summary;

    const QJsonObject district = root.value(key("district")).toObject();
    QVariantMap districtRow { { key("code"), district.value(key("code")).toString() },
        { key("name"), district.value(key("name")).toString() },
        { key("city"), district.value(key("city")).toString() },
        { key("province"), district.value(key("province")).toString() } };
    putGeometry(districtRow, repairedOutline(district.value(key("geometry")).toObject()));
    auto districtId = writer.insert(key("districts"), districtRow);
    if (!districtId)
        return districtId.error();

    QHash<QString, QString> streetIds, communityIds, gridIds, personIds;
    for (const QJsonValue& v : root.value(key("streets")).toArray()) {
        const QJsonObject o = v.toObject();
        auto id = writer.insert(key("streets"),
            { { key("code"), o.value(key("code")).toString() }, { key("name"), o.value(key("name")).toString() },
                { key("district_id"), *districtId } });
        if (!id)
            return id.error();
        streetIds.insert(o.value(key("code")).toString(), *id);
    }
    for (const QJsonValue& v : root.value(key("communities")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString streetId = streetIds.value(o.value(key("streetCode")).toString());
        if (streetId.isEmpty())
            return badData(o.value(key("code")).toString());
        auto id = writer.insert(key("communities"),
            { { key("code"), o.value(key("code")).toString() }, { key("name"), o.value(key("name")).toString() },
                { key("street_id"), streetId } });
        if (!id)
            return id.error();
        communityIds.insert(o.value(key("code")).toString(), *id);
    }
    for (const QJsonValue& v : root.value(key("grids")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString communityId = communityIds.value(o.value(key("communityCode")).toString());
        if (communityId.isEmpty())
            return badData(o.value(key("code")).toString());
        QVariantMap row { { key("code"), o.value(key("code")).toString() },
            { key("name"), o.value(key("name")).toString() }, { key("kind"), o.value(key("kind")).toString() },
            { key("community_id"), communityId } };
        putGeometry(row, o.value(key("geometry")).toObject());
        auto id = writer.insert(key("grids"), row);
        if (!id)
            return id.error();
        gridIds.insert(o.value(key("code")).toString(), *id);
    }

    auto insertPerson = [&](const QJsonObject& o, const QString& kind) -> Status {
        const QJsonArray location = o.value(key("location")).toArray();
        QVariantMap row { { key("kind"), kind }, { key("name"), o.value(key("name")).toString() },
            { key("hats"),
                QString::fromUtf8(QJsonDocument(o.value(key("hats")).toArray()).toJson(QJsonDocument::Compact)) } };
        for (const char* optional : { "phone", "institution", "branch" }) {
            if (o.value(key(optional)).isString()) // absent fields keep the column default ('')
                row.insert(key(optional), o.value(key(optional)).toString());
        }
        if (location.size() == 2) {
            row.insert(key("lon"), location[0].toDouble());
            row.insert(key("lat"), location[1].toDouble());
        }
        if (const QString community = o.value(key("communityCode")).toString(); !community.isEmpty())
            row.insert(key("community_id"), communityIds.value(community));
        row.insert(key("created_at"), toIso(session.now()));
        auto id = writer.insert(key("people"), row);
        if (!id)
            return id.error();
        personIds.insert(o.value(key("key")).toString(), *id);
        for (const QJsonValue& g : o.value(key("gridCodes")).toArray()) {
            const QString gridId = gridIds.value(g.toString());
            if (gridId.isEmpty())
                return badData(g.toString());
            if (auto link
                = writer.insert(key("person_grids"), { { key("person_id"), *id }, { key("grid_id"), gridId } });
                !link)
                return link.error();
            // The first sentinel named for a grid is responsible for it.
            if (auto s = session.db().prepare(
                    "UPDATE grids SET responsible_person_id = ? WHERE id = ? AND responsible_person_id IS NULL");
                s)
                (void)s->bindAll(*id, gridId).run();
        }
        ++summary.people;
        return {};
    };
    for (const QJsonValue& v : root.value(key("sentinels")).toArray()) {
        if (auto s = insertPerson(v.toObject(), key("sentinel")); !s)
            return s.error();
    }
    for (const QJsonValue& v : root.value(key("volunteers")).toArray()) {
        if (auto s = insertPerson(v.toObject(), key("volunteer")); !s)
            return s.error();
    }
    const QString code = district.value(key("code")).toString();
    for (const QJsonValue& v : root.value(key("pairings")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString sentinel = personIds.value(o.value(key("sentinel")).toString());
        const QString volunteer = personIds.value(o.value(key("volunteer")).toString());
        if (sentinel.isEmpty() || volunteer.isEmpty())
            return badData(o.value(key("sentinel")).toString());
        const QString since = o.value(key("since")).toString();
        const QString cardNo
            = QStringLiteral("%1-%2-%3").arg(code, since.left(4)).arg(summary.pairings + 1, 4, 10, QLatin1Char('0'));
        auto id = writer.insert(key("pairings"),
            { { key("card_no"), cardNo }, { key("sentinel_id"), sentinel }, { key("volunteer_id"), volunteer },
                { key("started_on"), since }, { key("created_at"), toIso(session.now()) } });
        if (!id)
            return id.error();
        ++summary.pairings;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (personIdsByKey)
        *personIdsByKey = personIds;
    summary.streets = int(streetIds.size());
    summary.communities = int(communityIds.size());
    summary.grids = int(gridIds.size());
    return summary;
}

Result<DemoBuilder::Summary> DemoBuilder::populate(Session& session, Session::ReplayKey replay, ManualClock& clock,
    const QJsonObject& district, const Options& options, const QDateTime& now)
{
    Transaction tx(session.db());
    if (!tx.begun())
        return tx.begun().error();
    QHash<QString, QString> personIds;
    auto summary = importDistrict(session, district, &personIds);
    if (!summary)
        return summary.error();

    // Link the sentinel and volunteer accounts to the first pairing's two people, so "my pairs" shows something.
    QString sentinelPerson, volunteerPerson;
    if (auto first = session.db().prepare("SELECT sentinel_id, volunteer_id FROM pairings ORDER BY card_no LIMIT 1");
        first && first->nextRow() && !first->isNull(0)) {
        sentinelPerson = first->text(0);
        volunteerPerson = first->text(1);
    }
    const QList<std::pair<Account, QString>> others {
        { { key("sentinel"), key("Sentinel-2026"), roleKey(Role::Sentinel), tr("Demo sentinel") }, sentinelPerson },
        { { key("volunteer"), key("Volunteer-2026"), roleKey(Role::Volunteer), tr("Demo volunteer") },
            volunteerPerson },
        { { key("admin"), key("Admin-2026!"), roleKey(Role::Admin), tr("Node administrator") }, QString() },
    };
    demo::History::Accounts people;
    people.supervisor = session.user().id;
    AccountService accounts(session);
    for (const auto& [account, personId] : others) {
        // The accounts of people go by the person's name, as every other account of the district does.
        QString displayName = account.displayName;
        if (auto name = session.db().prepare("SELECT name FROM people WHERE id = ?");
            name && name->bind(1, personId).nextRow())
            displayName = name->text(0);
        auto added = accounts.addUser(
            { account.userName, displayName, *roleFromKey(account.role), account.password, personId });
        if (!added)
            return added.error();
        Account shown = account;
        shown.displayName = displayName;
        summary->accounts.append(shown);
        if (!personId.isEmpty())
            people.userOfPerson.insert(personId, added->id);
        if (added->role == Role::Sentinel)
            people.demoSentinel = added->id;
        if (added->role == Role::Volunteer)
            people.demoVolunteer = added->id;
    }
    // Every other sentinel and volunteer, and a second supervisor, have an account without a password on this
    // node (as accounts that sign in on other nodes arrive by sync): they filed and triaged the history below.
    // An administrator gives one a password with "user reset".
    RecordWriter writer(session.writeContext());
    QStringList keys = personIds.keys();
    std::sort(keys.begin(), keys.end());
    auto addAccount = [&](const QString& userName, const QString& displayName, Role role,
                          const QString& personId) -> Result<QString> {
        QVariantMap row { { key("username"), userName }, { key("display_name"), displayName },
            { key("role"), roleKey(role) }, { key("created_at"), toIso(session.now()) } };
        if (!personId.isEmpty())
            row.insert(key("person_id"), personId);
        return writer.insert(key("users"), row);
    };
    auto second = addAccount(key("supervisor2"), tr("Zhou (district office)"), Role::Supervisor, QString());
    if (!second)
        return second.error();
    people.secondSupervisor = *second;
    for (const QString& personKey : keys) {
        const QString personId = personIds.value(personKey);
        if (people.userOfPerson.contains(personId))
            continue;
        auto name = session.db().prepare("SELECT name FROM people WHERE id = ?");
        if (!name || !name->bind(1, personId).nextRow())
            return badData(personKey);
        const Role role = personKey.startsWith(QLatin1Char('V')) ? Role::Volunteer : Role::Sentinel;
        auto id = addAccount(personKey.toLower(), name->text(0), role, personId);
        if (!id)
            return id.error();
        people.userOfPerson.insert(personId, *id);
    }

    if (options.leads > 0) {
        demo::History history(session, replay, clock, { options.seed, now, options.leads }, people);
        auto outcome = history.build();
        if (!outcome)
            return outcome.error();
        summary->leads = outcome->leads;
        summary->drafts = outcome->drafts;
        summary->evidenceFiles = outcome->evidenceFiles;
        summary->linkedDuplicates = outcome->linkedDuplicates;
        summary->overdue = outcome->overdue;
        summary->dueSoon = outcome->dueSoon;
        summary->statuses = outcome->statuses;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<DemoBuilder::Summary> DemoBuilder::create(const QString& databasePath, const crypto::ScryptParams& kdf)
{
    Options options;
    options.kdf = kdf;
    return create(databasePath, options);
}

Result<DemoBuilder::Summary> DemoBuilder::create(const QString& databasePath, const Options& options)
{
    auto district = loadDistrict();
    if (!district)
        return district.error();
    const QJsonObject d = district->value(key("district")).toObject();
    // The node went live three months before `now`; the history replays from there, on a clock of its own.
    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTime()).toLocalTime();
    ManualClock clock(QDateTime(now.date().addDays(-96), QTime(9, 0)));
    const Session::ReplayKey replay;
    const Account supervisor { key("supervisor"), key("Supervisor-2026"), roleKey(Role::Supervisor),
        tr("Chen (district office)") };
    auto created = Vault::createNode(
        { databasePath, tr("Tianhe demo node"), d.value(key("code")).toString(), d.value(key("name")).toString(),
            supervisor.userName, supervisor.displayName, supervisor.password, options.kdf },
        replay, clock);
    if (!created)
        return created.error();
    Session& session = *created->session;
    auto fail = [&](const Error& error) -> Result<Summary> {
        created->session.reset();
        for (const char* suffix : { "", "-wal", "-shm", ".keys" })
            QFile::remove(databasePath + QString::fromLatin1(suffix));
        return error;
    };

    // Everything after the node itself is one transaction: a failure anywhere leaves nothing behind (and the
    // files go too). The saves and moves inside become savepoints.
    auto summary = populate(session, replay, clock, *district, options, now);
    if (!summary)
        return fail(summary.error());
    summary->recoveryCode = created->recoveryCode;
    summary->accounts.prepend(supervisor);
    session.endReplay(replay);
    if (auto users = session.db().prepare("SELECT count(*) FROM users WHERE deleted = 0"); users && users->nextRow())
        summary->users = users->integer(0);
    if (auto events = session.db().prepare("SELECT count(*) FROM audit_events"); events && events->nextRow())
        summary->auditEvents = events->int64(0);
    return summary;
}

} // namespace gs
