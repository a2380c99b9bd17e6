// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel people list|import|export and pair add|end|repair|list|card|import|export|max.
#include "CliSupport.h"
#include "people/PairingCard.h"
#include "people/PeopleCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gs::cli {
namespace {

QJsonObject personJson(const Person& p)
{
    QJsonObject o { { QStringLiteral("id"), p.id }, { QStringLiteral("kind"), people::kindKey(p.kind) },
        { QStringLiteral("name"), p.name }, { QStringLiteral("phone"), p.phone },
        { QStringLiteral("active"), p.active }, { QStringLiteral("activePairings"), p.activePairings } };
    if (p.kind == PersonKind::Sentinel) {
        o.insert(QStringLiteral("communityCode"), p.communityCode);
        o.insert(QStringLiteral("community"), p.communityName);
        o.insert(QStringLiteral("street"), p.streetName);
        o.insert(QStringLiteral("grids"), QJsonArray::fromStringList(p.gridCodes));
    } else {
        o.insert(QStringLiteral("institution"), p.institution);
        o.insert(QStringLiteral("branch"), p.branch);
        o.insert(QStringLiteral("hats"), QJsonArray::fromStringList(p.hats));
    }
    if (p.location)
        o.insert(QStringLiteral("location"), QJsonArray { p.location->lon, p.location->lat });
    if (!p.userName.isEmpty())
        o.insert(QStringLiteral("account"), p.userName);
    return o;
}

QJsonObject pairingJson(const Pairing& p)
{
    QJsonObject o { { QStringLiteral("id"), p.id }, { QStringLiteral("cardNo"), p.cardNo },
        { QStringLiteral("active"), p.isActive() }, { QStringLiteral("startedOn"), p.startedOn.toString(Qt::ISODate) },
        { QStringLiteral("sentinel"),
            QJsonObject { { QStringLiteral("id"), p.sentinelId }, { QStringLiteral("name"), p.sentinelName },
                { QStringLiteral("phone"), p.sentinelPhone }, { QStringLiteral("community"), p.sentinelCommunity },
                { QStringLiteral("grids"), QJsonArray::fromStringList(p.sentinelGrids) } } },
        { QStringLiteral("volunteer"),
            QJsonObject { { QStringLiteral("id"), p.volunteerId }, { QStringLiteral("name"), p.volunteerName },
                { QStringLiteral("phone"), p.volunteerPhone },
                { QStringLiteral("institution"), p.volunteerInstitution },
                { QStringLiteral("branch"), p.volunteerBranch },
                { QStringLiteral("hats"), QJsonArray::fromStringList(p.volunteerHats) } } } };
    if (p.endedOn) {
        o.insert(QStringLiteral("endedOn"), p.endedOn->toString(Qt::ISODate));
        o.insert(QStringLiteral("endReason"), p.endReason);
    }
    if (!p.previousPairingId.isEmpty())
        o.insert(QStringLiteral("previousPairingId"), p.previousPairingId);
    if (!p.note.isEmpty())
        o.insert(QStringLiteral("note"), p.note);
    return o;
}

/// A person named on the command line by id, phone or (unique) name.
Result<Person> resolvePerson(Session& session, PersonKind kind, const QString& ref, const QString& option)
{
    PersonRepository repo(session);
    if (ref.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("--%1 is required (an id, a phone or a name).").arg(option));
    if (auto byId = repo.load(ref); byId && byId->kind == kind)
        return byId;
    if (auto byPhone = repo.findByPhone(kind, ref); byPhone && *byPhone)
        return **byPhone;
    auto all = repo.list({ kind, {}, {}, false });
    if (!all)
        return all.error();
    QList<Person> named;
    for (const Person& p : *all) {
        if (p.name == ref)
            named << p;
    }
    if (named.size() == 1)
        return named.first();
    return makeError(Error::Code::NotFound,
        named.isEmpty()
            ? tr("--%1: no active %2 has the id, phone or name %3.").arg(option, people::kindLabel(kind).toLower(), ref)
            : tr("--%1: %2 people are named %3; give the phone or the id.").arg(option).arg(named.size()).arg(ref));
}

QDate dateOption(Command& c, const QString& name, bool* ok)
{
    *ok = true;
    if (!c.parser().isSet(name))
        return {};
    const QDate d = PeopleCsv::parseDate(c.parser().value(name));
    *ok = d.isValid();
    return d;
}

/// Opens FILE for writing, or stdout for '-'.
bool openOut(QFile& file, const QString& path)
{
    if (path != QStringLiteral("-"))
        file.setFileName(path);
    return path == QStringLiteral("-") ? file.open(stdout, QIODevice::WriteOnly)
                                       : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

int printReport(Command& c, const CsvImportReport& report, bool dryRun)
{
    if (!report.ok()) {
        for (const ImportIssue& issue : report.errors)
            err() << tr("error: %1").arg(issue.toString()) << Qt::endl;
        err() << tr("Nothing was written.") << Qt::endl;
        return InvalidInput;
    }
    if (c.json()) {
        QJsonArray rows;
        for (const auto& r : report.rows)
            rows.append(QJsonObject { { QStringLiteral("line"), double(r.line) },
                { QStringLiteral("action"), r.action }, { QStringLiteral("label"), r.label } });
        printJson(QJsonObject { { QStringLiteral("file"), report.fileName },
            { QStringLiteral("encoding"), csv::encodingName(report.encoding) }, { QStringLiteral("dryRun"), dryRun },
            { QStringLiteral("added"), report.added }, { QStringLiteral("updated"), report.updated },
            { QStringLiteral("unchanged"), report.unchanged }, { QStringLiteral("ended"), report.ended },
            { QStringLiteral("rows"), rows } });
    } else {
        out() << (dryRun ? tr("Dry run, nothing written (%1): %2") : tr("Imported (%1): %2"))
                     .arg(csv::encodingName(report.encoding), report.summary())
              << Qt::endl;
    }
    return Ok;
}

Result<QByteArray> readInput(const QString& path)
{
    QFile file(path);
    if (path == QStringLiteral("-") ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > PeopleCsv::kMaxImportBytes)
        return makeError(Error::Code::InvalidInput, tr("%1 is larger than 32 MB; split it.").arg(path));
    return file.readAll();
}

} // namespace

int cmdPeople(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList subs { QStringLiteral("list"), QStringLiteral("import"), QStringLiteral("export") };
    if (!subs.contains(sub))
        return usage(tr("'people' needs one of: %1.").arg(subs.join(QStringLiteral(", "))));
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("people ") + sub);
    c.addAs();
    c.parser().addOptions({
        { QStringLiteral("kind"), tr("Only sentinels or only volunteers."), tr("KIND") },
        { QStringLiteral("search"),
            tr("Only people whose name, phone, institution, branch, community or grid contains TEXT."), tr("TEXT") },
        { QStringLiteral("all"), tr("Include people who are no longer active.") },
        { QStringLiteral("out"), tr("CSV file to write ('-' for stdout)."), tr("FILE") },
        { QStringLiteral("dry-run"), tr("Check every row and show what would change; write nothing.") },
    });
    const int positional = sub == QStringLiteral("import") ? 1 : 0;
    if (int rc = c.parse(positional, positional); rc >= 0)
        return rc;
    PersonFilter filter;
    if (c.parser().isSet(QStringLiteral("kind"))) {
        filter.kind = people::kindFromText(c.parser().value(QStringLiteral("kind")));
        if (!filter.kind)
            return usage(tr("--kind must be sentinel or volunteer."));
    }
    filter.text = c.parser().value(QStringLiteral("search"));
    filter.includeInactive = c.parser().isSet(QStringLiteral("all"));
    if (sub == QStringLiteral("export") && c.parser().value(QStringLiteral("out")).isEmpty())
        return usage(tr("--out FILE is required ('-' for stdout)."));
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    Session& s = **session;

    if (sub == QStringLiteral("import")) {
        const QString path = c.parser().positionalArguments().constFirst();
        auto bytes = readInput(path);
        if (!bytes)
            return fail(bytes.error());
        const bool dryRun = c.parser().isSet(QStringLiteral("dry-run"));
        auto report = PeopleCsv::importPeople(
            s, *bytes, QFileInfo(path).fileName(), dryRun ? PeopleCsv::Mode::Preview : PeopleCsv::Mode::Commit);
        if (!report)
            return fail(report.error());
        return printReport(c, *report, dryRun);
    }
    if (sub == QStringLiteral("export") || c.format() == QStringLiteral("csv")) {
        QFile file;
        const QString path
            = sub == QStringLiteral("export") ? c.parser().value(QStringLiteral("out")) : QStringLiteral("-");
        if (!openOut(file, path))
            return fail(makeError(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString())));
        if (auto st = PeopleCsv::exportPeople(s, &file, filter); !st)
            return fail(st.error());
        return Ok;
    }
    auto list = PersonRepository(s).list(filter);
    if (!list)
        return fail(list.error());
    if (c.json()) {
        QJsonArray a;
        for (const Person& p : *list)
            a.append(personJson(p));
        printJson(a);
        return Ok;
    }
    for (const Person& p : *list) {
        const QString unit = p.kind == PersonKind::Sentinel
            ? p.communityName
            : QStringList { p.institution, p.branch }.join(QLatin1Char(' '));
        const QString detail = p.kind == PersonKind::Sentinel ? p.gridNames.join(QStringLiteral("、"))
                                                              : p.hats.join(QStringLiteral("、"));
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(people::kindKey(p.kind), p.name, p.phone, unit, detail)
                     .arg(p.activePairings)
              << Qt::endl;
    }
    out() << tr("%n person(s)", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

int cmdPair(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList subs { QStringLiteral("add"), QStringLiteral("end"), QStringLiteral("repair"),
        QStringLiteral("list"), QStringLiteral("card"), QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("max") };
    if (!subs.contains(sub))
        return usage(tr("'pair' needs one of: %1.").arg(subs.join(QStringLiteral(", "))));
    QStringList rest = args;
    rest.removeAt(1);
    Command c(rest, QStringLiteral("pair ") + sub);
    c.addAs();
    c.parser().addOptions({
        { QStringLiteral("sentinel"), tr("The grid sentinel: id, phone or name."), tr("PERSON") },
        { QStringLiteral("volunteer"), tr("The finance volunteer: id, phone or name."), tr("PERSON") },
        { QStringLiteral("since"), tr("Start date (default: today)."), tr("DATE") },
        { QStringLiteral("on"), tr("Date the card ends or is re-paired (default: today)."), tr("DATE") },
        { QStringLiteral("reason"), tr("Why the card ends or is re-paired."), tr("TEXT") },
        { QStringLiteral("note"), tr("A note on the card."), tr("TEXT") },
        { QStringLiteral("card-no"), tr("Card number (default: the next <district>-<year>-NNNN)."), tr("NO") },
        { QStringLiteral("pdf"), tr("Write the pairing card as PDF to this file."), tr("OUT") },
        { QStringLiteral("person"), tr("Only the cards of this person (id, phone or name)."), tr("PERSON") },
        { QStringLiteral("search"), tr("Only cards whose number, names, institution or community contain TEXT."),
            tr("TEXT") },
        { QStringLiteral("ended"), tr("Only ended cards.") },
        { QStringLiteral("all"), tr("Active and ended cards.") },
        { QStringLiteral("out"), tr("CSV file to write ('-' for stdout)."), tr("FILE") },
        { QStringLiteral("dry-run"), tr("Check every row and show what would change; write nothing.") },
    });
    int positional = 0, maxPositional = 0;
    if (sub == QStringLiteral("end") || sub == QStringLiteral("repair") || sub == QStringLiteral("card")
        || sub == QStringLiteral("import"))
        positional = maxPositional = 1;
    if (sub == QStringLiteral("max"))
        maxPositional = 1;
    if (int rc = c.parse(positional, maxPositional); rc >= 0)
        return rc;
    if (sub == QStringLiteral("card") && c.parser().value(QStringLiteral("pdf")).isEmpty())
        return usage(tr("--pdf OUT is required."));
    if (sub == QStringLiteral("export") && c.parser().value(QStringLiteral("out")).isEmpty())
        return usage(tr("--out FILE is required ('-' for stdout)."));
    bool okSince = true, okOn = true;
    const QDate since = dateOption(c, QStringLiteral("since"), &okSince);
    const QDate on = dateOption(c, QStringLiteral("on"), &okOn);
    if (!okSince || !okOn)
        return usage(tr("dates are written 2026-05-06."));
    auto session = c.unlock();
    if (!session)
        return fail(session.error());
    Session& s = **session;
    PairingRepository repo(s);
    const QString target = c.parser().positionalArguments().value(0);

    if (sub == QStringLiteral("add")) {
        auto sentinel = resolvePerson(
            s, PersonKind::Sentinel, c.parser().value(QStringLiteral("sentinel")), QStringLiteral("sentinel"));
        if (!sentinel)
            return fail(sentinel.error());
        auto volunteer = resolvePerson(
            s, PersonKind::Volunteer, c.parser().value(QStringLiteral("volunteer")), QStringLiteral("volunteer"));
        if (!volunteer)
            return fail(volunteer.error());
        auto created = repo.create({ sentinel->id, volunteer->id, since, c.parser().value(QStringLiteral("note")),
            c.parser().value(QStringLiteral("card-no")) });
        if (!created)
            return fail(created.error());
        if (c.json())
            printJson(pairingJson(*created));
        else
            out() << tr("Card %1: %2 ⇄ %3 since %4.")
                         .arg(created->cardNo, created->sentinelName, created->volunteerName,
                             created->startedOn.toString(Qt::ISODate))
                  << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("end")) {
        auto card = repo.load(target);
        if (!card)
            return fail(card.error());
        if (auto st = repo.end(card->id, c.parser().value(QStringLiteral("reason")), on); !st)
            return fail(st.error());
        out() << tr("Card %1 ended.").arg(card->cardNo) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("repair")) {
        auto card = repo.load(target);
        if (!card)
            return fail(card.error());
        PairingRepository::RePairing change { {}, {}, c.parser().value(QStringLiteral("reason")), on,
            c.parser().value(QStringLiteral("note")) };
        if (c.parser().isSet(QStringLiteral("sentinel"))) {
            auto p = resolvePerson(
                s, PersonKind::Sentinel, c.parser().value(QStringLiteral("sentinel")), QStringLiteral("sentinel"));
            if (!p)
                return fail(p.error());
            change.sentinelId = p->id;
        }
        if (c.parser().isSet(QStringLiteral("volunteer"))) {
            auto p = resolvePerson(
                s, PersonKind::Volunteer, c.parser().value(QStringLiteral("volunteer")), QStringLiteral("volunteer"));
            if (!p)
                return fail(p.error());
            change.volunteerId = p->id;
        }
        if (change.sentinelId.isEmpty() && change.volunteerId.isEmpty())
            return usage(tr("give --sentinel or --volunteer: who replaces whom."));
        auto next = repo.rePair(card->id, change);
        if (!next)
            return fail(next.error());
        if (c.json())
            printJson(pairingJson(*next));
        else
            out() << tr("Card %1 ended; card %2: %3 ⇄ %4.")
                         .arg(card->cardNo, next->cardNo, next->sentinelName, next->volunteerName)
                  << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("card")) {
        auto card = repo.load(target);
        if (!card)
            return fail(card.error());
        const QString pdf = c.parser().value(QStringLiteral("pdf"));
        auto pages = PairingCard::document(*card, s.node()).writePdf(pdf);
        if (!pages)
            return fail(pages.error());
        if (c.json())
            printJson(QJsonObject { { QStringLiteral("cardNo"), card->cardNo },
                { QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath() }, { QStringLiteral("pages"), *pages },
                { QStringLiteral("qrCode"), PairingCard::hasQrEncoder() } });
        else
            out() << tr("Wrote card %1 to %2.").arg(card->cardNo, pdf) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("max")) {
        if (!target.isEmpty()) {
            bool ok = false;
            const int n = target.toInt(&ok);
            if (!ok)
                return usage(tr("'pair max' takes a whole number."));
            if (auto st = repo.setMaxPerVolunteer(n); !st)
                return fail(st.error());
        }
        if (c.json())
            printJson(QJsonObject { { QStringLiteral("maxPerVolunteer"), repo.maxPerVolunteer() } });
        else
            out() << tr("A volunteer may hold up to %n active pair(s).", nullptr, repo.maxPerVolunteer()) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("import")) {
        auto bytes = readInput(target);
        if (!bytes)
            return fail(bytes.error());
        const bool dryRun = c.parser().isSet(QStringLiteral("dry-run"));
        auto report = PeopleCsv::importPairings(
            s, *bytes, QFileInfo(target).fileName(), dryRun ? PeopleCsv::Mode::Preview : PeopleCsv::Mode::Commit);
        if (!report)
            return fail(report.error());
        return printReport(c, *report, dryRun);
    }

    PairingFilter filter;
    filter.state = c.parser().isSet(QStringLiteral("all")) ? PairingFilter::State::All
        : c.parser().isSet(QStringLiteral("ended"))        ? PairingFilter::State::Ended
                                                           : PairingFilter::State::Active;
    filter.text = c.parser().value(QStringLiteral("search"));
    if (c.parser().isSet(QStringLiteral("person"))) {
        const QString ref = c.parser().value(QStringLiteral("person"));
        auto p = resolvePerson(s, PersonKind::Sentinel, ref, QStringLiteral("person"));
        if (!p)
            p = resolvePerson(s, PersonKind::Volunteer, ref, QStringLiteral("person"));
        if (!p)
            return fail(p.error());
        filter.personId = p->id;
    }
    if (sub == QStringLiteral("export") || c.format() == QStringLiteral("csv")) {
        QFile file;
        const QString path
            = sub == QStringLiteral("export") ? c.parser().value(QStringLiteral("out")) : QStringLiteral("-");
        if (!openOut(file, path))
            return fail(makeError(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString())));
        if (auto st = PeopleCsv::exportPairings(s, &file, filter); !st)
            return fail(st.error());
        return Ok;
    }
    auto list = repo.list(filter);
    if (!list)
        return fail(list.error());
    if (c.json()) {
        QJsonArray a;
        for (const Pairing& p : *list)
            a.append(pairingJson(p));
        printJson(a);
        return Ok;
    }
    for (const Pairing& p : *list)
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(p.cardNo, p.sentinelName, p.volunteerName, p.volunteerInstitution,
                         p.startedOn.toString(Qt::ISODate), p.endedOn ? p.endedOn->toString(Qt::ISODate) : tr("active"))
              << Qt::endl;
    out() << tr("%n card(s)", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

} // namespace gs::cli
