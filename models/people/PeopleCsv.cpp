// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PeopleCsv.h"

#include "accounts/Session.h"
#include "csv/CsvWriter.h"
#include "domain/Validators.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "structure/DistrictChanges.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::PeopleCsv", text, disambiguation, n);
}

/// Canonical column → the headers accepted for it (lower-case English, Chinese).
using Aliases = QList<std::pair<QString, QStringList>>;

const Aliases& peopleAliases()
{
    static const Aliases a {
        { QStringLiteral("id"), { QStringLiteral("编号"), QStringLiteral("人员编号") } },
        { QStringLiteral("kind"), { QStringLiteral("类型"), QStringLiteral("身份"), QStringLiteral("人员类型") } },
        { QStringLiteral("name"), { QStringLiteral("姓名"), QStringLiteral("名字") } },
        { QStringLiteral("phone"),
            { QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("联系电话"), QStringLiteral("手机号") } },
        { QStringLiteral("community_code"), { QStringLiteral("社区编码"), QStringLiteral("社区代码") } },
        { QStringLiteral("community"), { QStringLiteral("社区"), QStringLiteral("所属社区") } },
        { QStringLiteral("grid_codes"),
            { QStringLiteral("网格编码"), QStringLiteral("网格"), QStringLiteral("负责网格") } },
        { QStringLiteral("institution"),
            { QStringLiteral("单位"), QStringLiteral("机构"), QStringLiteral("所属机构"),
                QStringLiteral("所属单位") } },
        { QStringLiteral("branch"), { QStringLiteral("网点"), QStringLiteral("支行"), QStringLiteral("分支机构") } },
        { QStringLiteral("hats"), { QStringLiteral("角色"), QStringLiteral("四员"), QStringLiteral("四员角色") } },
        { QStringLiteral("lon"), { QStringLiteral("经度") } },
        { QStringLiteral("lat"), { QStringLiteral("纬度") } },
        { QStringLiteral("address"), { QStringLiteral("地址") } },
        { QStringLiteral("active"), { QStringLiteral("状态"), QStringLiteral("在岗") } },
        { QStringLiteral("note"), { QStringLiteral("备注") } },
        { QStringLiteral("account"), { QStringLiteral("账号") } },
    };
    return a;
}

const Aliases& pairingAliases()
{
    static const Aliases a {
        { QStringLiteral("card_no"), { QStringLiteral("卡号"), QStringLiteral("结对卡号") } },
        { QStringLiteral("status"), { QStringLiteral("状态") } },
        { QStringLiteral("sentinel_name"),
            { QStringLiteral("哨员"), QStringLiteral("哨员姓名"), QStringLiteral("前哨员"),
                QStringLiteral("前哨员姓名") } },
        { QStringLiteral("sentinel_phone"), { QStringLiteral("哨员电话"), QStringLiteral("前哨员电话") } },
        { QStringLiteral("sentinel_community"), { QStringLiteral("社区"), QStringLiteral("哨员社区") } },
        { QStringLiteral("volunteer_name"), { QStringLiteral("志愿者"), QStringLiteral("志愿者姓名") } },
        { QStringLiteral("volunteer_phone"), { QStringLiteral("志愿者电话") } },
        { QStringLiteral("volunteer_institution"), { QStringLiteral("单位"), QStringLiteral("志愿者单位") } },
        { QStringLiteral("volunteer_branch"), { QStringLiteral("网点"), QStringLiteral("志愿者网点") } },
        { QStringLiteral("hats"), { QStringLiteral("角色"), QStringLiteral("四员") } },
        { QStringLiteral("started_on"), { QStringLiteral("开始日期"), QStringLiteral("结对日期") } },
        { QStringLiteral("ended_on"), { QStringLiteral("结束日期") } },
        { QStringLiteral("end_reason"), { QStringLiteral("结束原因") } },
        { QStringLiteral("note"), { QStringLiteral("备注") } },
    };
    return a;
}

QStringList keys(const Aliases& aliases)
{
    QStringList out;
    for (const auto& [key, _] : aliases)
        out << key;
    return out;
}

/// Column positions by canonical name; unknown headers are ignored.
QHash<QString, int> mapHeader(const QStringList& header, const Aliases& aliases)
{
    QHash<QString, int> out;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        for (const auto& [key, names] : aliases) {
            if (h.compare(key, Qt::CaseInsensitive) == 0 || names.contains(h)) {
                if (!out.contains(key))
                    out.insert(key, i);
                break;
            }
        }
    }
    return out;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;；、,，/|\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

std::optional<bool> parseBool(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"1" || t == u"yes" || t == u"true" || t == u"active" || t == u"是" || t == u"在岗"
        || t == u"有效")
        return true;
    if (t == u"0" || t == u"no" || t == u"false" || t == u"inactive" || t == u"否" || t == u"离岗" || t == u"停用")
        return false;
    return std::nullopt;
}

QString digits(const QString& phone)
{
    return validate::normalizedPhone(phone);
}

struct Reader
{
    QByteArray bytes;
    QBuffer buffer;
    std::unique_ptr<csv::CsvReader> csv;
    QHash<QString, int> columns;

    explicit Reader(const QByteArray& data)
        : bytes(data)
        , buffer(&bytes)
    {
        buffer.open(QIODevice::ReadOnly);
        csv = std::make_unique<csv::CsvReader>(&buffer);
    }
    bool has(const QString& key) const { return columns.contains(key); }
    QString value(const QString& key) const
    {
        return columns.contains(key) ? csv::CsvWriter::unprotect(csv->field(columns.value(key))) : QString();
    }
};

Status start(Reader& r, const Aliases& aliases, const QStringList& required, const QString& fileName)
{
    if (r.bytes.size() > PeopleCsv::kMaxImportBytes)
        return makeError(Error::Code::InvalidInput, tr("%1 is larger than 32 MB; split it.").arg(fileName));
    if (!r.csv->next())
        return makeError(Error::Code::InvalidInput,
            r.csv->error().isEmpty() ? tr("%1 is empty; the first line must name the columns.").arg(fileName)
                                     : r.csv->error());
    r.columns = mapHeader(r.csv->fields(), aliases);
    QStringList missing;
    for (const QString& key : required) {
        if (!r.columns.contains(key))
            missing << key;
    }
    if (!missing.isEmpty())
        return makeError(Error::Code::InvalidInput,
            tr("%1:1: the header lacks the column(s) %2 (expected: %3).")
                .arg(fileName, missing.join(QStringLiteral(", ")), keys(aliases).join(QLatin1Char(','))));
    return {};
}

void addRow(CsvImportReport& report, CsvImportReport::Row row)
{
    for (const QString& e : row.errors)
        report.errors.append({ report.fileName, row.line, e });
    if (row.action == u"add")
        ++report.added;
    else if (row.action == u"update")
        ++report.updated;
    else if (row.action == u"unchanged")
        ++report.unchanged;
    else if (row.action == u"end")
        ++report.ended;
    report.rows.append(std::move(row));
}

QStringList messages(const Error& e)
{
    QStringList out;
    if (e.fields.isEmpty())
        out << e.message;
    for (const FieldError& f : e.fields)
        out << f.message;
    return out;
}

bool samePerson(const Person& a, const Person& b)
{
    return a.name.trimmed() == b.name.trimmed() && a.phone.trimmed() == b.phone.trimmed()
        && a.communityId == b.communityId
        && QSet<QString>(a.gridIds.begin(), a.gridIds.end()) == QSet<QString>(b.gridIds.begin(), b.gridIds.end())
        && a.institution.trimmed() == b.institution.trimmed() && a.branch.trimmed() == b.branch.trimmed()
        && QSet<QString>(a.hats.begin(), a.hats.end()) == QSet<QString>(b.hats.begin(), b.hats.end())
        && a.location == b.location && a.address.trimmed() == b.address.trimmed()
        && a.note.trimmed() == b.note.trimmed() && a.active == b.active;
}

} // namespace

QString CsvImportReport::summary() const
{
    if (!errors.isEmpty())
        return tr("%n problem(s); nothing is imported until they are fixed.", nullptr, int(errors.size()));
    QStringList parts { tr("to add: %1").arg(added), tr("to update: %1").arg(updated),
        tr("unchanged: %1").arg(unchanged) };
    if (ended > 0)
        parts << tr("to end: %1").arg(ended);
    return parts.join(tr("; "));
}

QStringList PeopleCsv::peopleColumns()
{
    return keys(peopleAliases());
}
QStringList PeopleCsv::pairingColumns()
{
    return keys(pairingAliases());
}

QDate PeopleCsv::parseDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    const QString t = text.trimmed();
    if (const auto m = re.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (t.size() == 8)
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    return {};
}

Status PeopleCsv::exportPeople(Session& session, QIODevice* device, const PersonFilter& filter)
{
    auto people = PersonRepository(session).list(filter);
    if (!people)
        return people.error();
    csv::CsvWriter writer(device);
    writer.writeRow(peopleColumns());
    for (const Person& p : *people) {
        writer.writeRow({ p.id, people::kindKey(p.kind), p.name, p.phone, p.communityCode, p.communityName,
            p.gridCodes.join(QLatin1Char(';')), p.institution, p.branch, p.hats.join(QLatin1Char(';')),
            p.location ? QString::number(p.location->lon, 'f', 6) : QString(),
            p.location ? QString::number(p.location->lat, 'f', 6) : QString(), p.address,
            p.active ? QStringLiteral("1") : QStringLiteral("0"), p.note, p.userName });
    }
    if (!writer.ok())
        return makeError(Error::Code::Io, tr("Writing the file failed: %1").arg(device->errorString()));
    return {};
}

Status PeopleCsv::exportPairings(Session& session, QIODevice* device, const PairingFilter& filter)
{
    auto pairings = PairingRepository(session).list(filter);
    if (!pairings)
        return pairings.error();
    csv::CsvWriter writer(device);
    writer.writeRow(pairingColumns());
    for (const Pairing& p : *pairings) {
        writer.writeRow({ p.cardNo, p.isActive() ? QStringLiteral("active") : QStringLiteral("ended"), p.sentinelName,
            p.sentinelPhone, p.sentinelCommunity, p.volunteerName, p.volunteerPhone, p.volunteerInstitution,
            p.volunteerBranch, p.volunteerHats.join(QLatin1Char(';')), p.startedOn.toString(Qt::ISODate),
            p.endedOn ? p.endedOn->toString(Qt::ISODate) : QString(), p.endReason, p.note });
    }
    if (!writer.ok())
        return makeError(Error::Code::Io, tr("Writing the file failed: %1").arg(device->errorString()));
    return {};
}

Result<CsvImportReport> PeopleCsv::importPeople(
    Session& session, const QByteArray& bytes, const QString& fileName, Mode mode, DistrictChanges* changes)
{
    if (auto s = session.require(Permission::ManagePairings); !s)
        return s.error();
    Reader r(bytes);
    if (auto s = start(
            r, peopleAliases(), { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("phone") }, fileName);
        !s)
        return s.error();
    CsvImportReport report;
    report.fileName = fileName;

    // Lookups for communities (code, name) and grids (code).
    QHash<QString, QString> communityByCode;
    QHash<QString, QStringList> communityByName;
    QHash<QString, std::pair<QString, QString>> gridByCode; // code → (id, community id)
    if (auto stmt = session.db().prepare("SELECT id, code, name FROM communities WHERE deleted = 0 AND retired = 0");
        stmt) {
        (void)stmt->forEachRow([&](const Statement& row) {
            communityByCode.insert(row.text(1), row.text(0));
            communityByName[row.text(2)].append(row.text(0));
        });
    }
    if (auto stmt = session.db().prepare("SELECT id, code, community_id FROM grids WHERE deleted = 0 AND retired = 0");
        stmt)
        (void)stmt->forEachRow([&](const Statement& row) {
            gridByCode.insert(row.text(1), { row.text(0), row.text(2) });
        });

    Transaction tx(session.db());
    if (!tx.begun())
        return tx.begun().error();
    PersonRepository repo(session); // no notifications while the outcome is open
    QHash<QString, qint64> seenPhones; // kind + digits → line
    while (r.csv->next()) {
        CsvImportReport::Row row;
        row.line = r.csv->line();
        report.encoding = r.csv->encoding();
        if (r.csv->hasDecodingError()) {
            row.errors << tr("the row is neither valid UTF-8 nor GB18030 text.");
            addRow(report, row);
            continue;
        }
        const auto kind = people::kindFromText(r.value(QStringLiteral("kind")));
        const QString name = r.value(QStringLiteral("name"));
        row.label = name;
        if (!kind) {
            row.errors << tr("kind: “%1” is neither sentinel (哨员) nor volunteer (志愿者).")
                              .arg(r.value(QStringLiteral("kind")));
            addRow(report, row);
            continue;
        }
        // Start from the stored person when the row names one (by id, else by phone).
        std::optional<Person> stored;
        const QString id = r.value(QStringLiteral("id"));
        if (!id.isEmpty()) {
            auto loaded = repo.load(id);
            if (!loaded) {
                row.errors << tr("id: no person has the id %1 (leave it empty to add a new person).").arg(id);
                addRow(report, row);
                continue;
            }
            stored = *loaded;
        } else {
            auto found = repo.findByPhone(*kind, r.value(QStringLiteral("phone")));
            if (!found)
                return found.error();
            stored = *found;
        }
        Person p = stored.value_or(Person {});
        p.kind = *kind;
        p.name = name;
        p.phone = r.value(QStringLiteral("phone"));
        if (r.has(QStringLiteral("community_code")) || r.has(QStringLiteral("community"))) {
            const QString code = r.value(QStringLiteral("community_code"));
            const QString communityName = r.value(QStringLiteral("community"));
            if (!code.isEmpty()) {
                p.communityId = communityByCode.value(code);
                if (p.communityId.isEmpty())
                    row.errors << tr("community_code: no active community has the code %1.").arg(code);
            } else if (!communityName.isEmpty()) {
                const QStringList ids = communityByName.value(communityName);
                if (ids.size() == 1)
                    p.communityId = ids.first();
                else
                    row.errors << (ids.isEmpty()
                            ? tr("community: no active community is named %1.").arg(communityName)
                            : tr("community: %n communities are named %1; give the community_code.", nullptr,
                                int(ids.size()))
                                  .arg(communityName));
            } else {
                p.communityId.clear();
            }
        }
        if (r.has(QStringLiteral("grid_codes"))) {
            p.gridIds.clear();
            for (const QString& code : splitList(r.value(QStringLiteral("grid_codes")))) {
                const auto grid = gridByCode.constFind(code);
                if (grid == gridByCode.constEnd())
                    row.errors << tr("grid_codes: no active grid has the code %1.").arg(code);
                else
                    p.gridIds << grid->first;
            }
        }
        for (const char* column : { "institution", "branch", "address", "note" }) {
            const QString key = QString::fromLatin1(column);
            if (!r.has(key))
                continue;
            const QString v = r.value(key);
            if (key == u"institution")
                p.institution = v;
            else if (key == u"branch")
                p.branch = v;
            else if (key == u"address")
                p.address = v;
            else
                p.note = v;
        }
        if (r.has(QStringLiteral("hats"))) {
            p.hats.clear();
            for (const QString& h : splitList(r.value(QStringLiteral("hats")))) {
                if (const auto hat = people::hatFromText(h))
                    p.hats << *hat;
                else
                    row.errors << tr("hats: “%1” is not one of 专业宣讲员, 风险监测员, 专项行动员, 金融助理员.").arg(h);
            }
        }
        if (r.has(QStringLiteral("lon")) || r.has(QStringLiteral("lat"))) {
            const QString lon = r.value(QStringLiteral("lon")), lat = r.value(QStringLiteral("lat"));
            if (lon.isEmpty() && lat.isEmpty()) {
                p.location.reset();
            } else {
                bool okLon = false, okLat = false;
                const double x = lon.toDouble(&okLon), y = lat.toDouble(&okLat);
                if (!okLon || !okLat)
                    row.errors
                        << tr("lon/lat: “%1, %2” are not two numbers (longitude, latitude in WGS-84).").arg(lon, lat);
                else
                    p.location = geo::LonLat { x, y };
            }
        }
        if (r.has(QStringLiteral("active"))) {
            const auto active = parseBool(r.value(QStringLiteral("active")));
            if (!active)
                row.errors << tr("active: “%1” is neither 1 nor 0.").arg(r.value(QStringLiteral("active")));
            else
                p.active = *active;
        }
        const QString phoneKey = people::kindKey(*kind) + digits(p.phone);
        if (!digits(p.phone).isEmpty()) {
            if (const auto seen = seenPhones.constFind(phoneKey); seen != seenPhones.constEnd())
                row.errors << tr("phone: line %1 has the same person (same phone).").arg(seen.value());
            else
                seenPhones.insert(phoneKey, row.line);
        }
        if (row.errors.isEmpty()) {
            if (stored && samePerson(*stored, p)) {
                row.action = QStringLiteral("unchanged");
            } else {
                auto saved = repo.save(p);
                if (!saved)
                    row.errors << messages(saved.error());
                else
                    row.action = stored ? QStringLiteral("update") : QStringLiteral("add");
            }
        }
        addRow(report, row);
    }
    if (!r.csv->error().isEmpty())
        report.errors.append({ fileName, r.csv->line(), r.csv->error() });
    if (mode == Mode::Commit && report.ok()) {
        if (auto s = tx.commit(); !s)
            return s.error();
        report.committed = true;
        if (changes && report.added + report.updated > 0)
            Q_EMIT changes->peopleChanged({});
    }
    return report;
}

Result<CsvImportReport> PeopleCsv::importPairings(
    Session& session, const QByteArray& bytes, const QString& fileName, Mode mode, DistrictChanges* changes)
{
    if (auto s = session.require(Permission::ManagePairings); !s)
        return s.error();
    Reader r(bytes);
    if (auto s = start(r, pairingAliases(),
            { QStringLiteral("sentinel_name"), QStringLiteral("volunteer_name"), QStringLiteral("started_on") },
            fileName);
        !s)
        return s.error();
    CsvImportReport report;
    report.fileName = fileName;

    auto everyone = PersonRepository(session).list({ std::nullopt, {}, {}, true });
    if (!everyone)
        return everyone.error();
    // Finds a person of a kind by phone (active first), else by a unique name.
    const auto find = [&](PersonKind kind, const QString& name, const QString& phone, const QString& column,
                          QStringList* errors) -> QString {
        const QString d = digits(phone);
        const Person* byPhone = nullptr;
        QList<const Person*> byName;
        for (const Person& p : *everyone) {
            if (p.kind != kind)
                continue;
            if (!d.isEmpty() && digits(p.phone) == d && (!byPhone || (!byPhone->active && p.active)))
                byPhone = &p;
            if (p.name == name)
                byName << &p;
        }
        if (byPhone) {
            if (!name.isEmpty() && byPhone->name != name)
                errors->append(
                    tr("%1: the phone %2 belongs to %3, not to %4.").arg(column, phone, byPhone->name, name));
            return byPhone->id;
        }
        if (!d.isEmpty())
            errors->append(tr("%1: nobody of that kind has the phone %2.").arg(column, phone));
        else if (byName.size() == 1)
            return byName.first()->id;
        else
            errors->append(byName.isEmpty()
                    ? tr("%1: nobody of that kind is named %2.").arg(column, name)
                    : tr("%1: %n people are named %2; give the phone.", nullptr, int(byName.size())).arg(column, name));
        return {};
    };

    Transaction tx(session.db());
    if (!tx.begun())
        return tx.begun().error();
    PairingRepository repo(session);
    QHash<QString, qint64> seenCards;
    while (r.csv->next()) {
        CsvImportReport::Row row;
        row.line = r.csv->line();
        report.encoding = r.csv->encoding();
        if (r.csv->hasDecodingError()) {
            row.errors << tr("the row is neither valid UTF-8 nor GB18030 text.");
            addRow(report, row);
            continue;
        }
        Pairing p;
        p.cardNo = r.value(QStringLiteral("card_no"));
        const QString sentinelName = r.value(QStringLiteral("sentinel_name")),
                      volunteerName = r.value(QStringLiteral("volunteer_name"));
        row.label = QStringLiteral("%1 ⇄ %2").arg(sentinelName, volunteerName);
        if (!p.cardNo.isEmpty())
            row.label = p.cardNo + QLatin1Char(' ') + row.label;
        p.sentinelId = find(PersonKind::Sentinel, sentinelName, r.value(QStringLiteral("sentinel_phone")),
            QStringLiteral("sentinel"), &row.errors);
        p.volunteerId = find(PersonKind::Volunteer, volunteerName, r.value(QStringLiteral("volunteer_phone")),
            QStringLiteral("volunteer"), &row.errors);
        p.startedOn = parseDate(r.value(QStringLiteral("started_on")));
        if (!p.startedOn.isValid())
            row.errors << tr("started_on: “%1” is not a date (2026-05-06).").arg(r.value(QStringLiteral("started_on")));
        if (const QString ended = r.value(QStringLiteral("ended_on")); !ended.isEmpty()) {
            p.endedOn = parseDate(ended);
            if (!p.endedOn->isValid())
                row.errors << tr("ended_on: “%1” is not a date (2026-05-06).").arg(ended);
        }
        p.endReason = r.value(QStringLiteral("end_reason"));
        p.note = r.value(QStringLiteral("note"));
        if (!p.cardNo.isEmpty()) {
            if (const auto seen = seenCards.constFind(p.cardNo); seen != seenCards.constEnd())
                row.errors << tr("card_no: %1 is also on line %2.").arg(p.cardNo).arg(seen.value());
            else
                seenCards.insert(p.cardNo, row.line);
        }
        if (row.errors.isEmpty()) {
            auto existing = p.cardNo.isEmpty() ? Result<Pairing>(makeError(Error::Code::NotFound, QString()))
                                               : repo.load(p.cardNo);
            if (existing) {
                if (existing->sentinelId != p.sentinelId || existing->volunteerId != p.volunteerId) {
                    row.errors << tr("card_no: card %1 pairs %2 with %3, not the people of this row.")
                                      .arg(p.cardNo, existing->sentinelName, existing->volunteerName);
                } else if (existing->isActive() && p.endedOn) {
                    if (auto s = repo.end(existing->id, p.endReason, *p.endedOn); !s)
                        row.errors << messages(s.error());
                    else
                        row.action = QStringLiteral("end");
                } else {
                    row.action = QStringLiteral("unchanged");
                }
            } else {
                auto added = repo.importRecord(p);
                if (!added)
                    row.errors << messages(added.error());
                else
                    row.action = QStringLiteral("add");
            }
        }
        addRow(report, row);
    }
    if (!r.csv->error().isEmpty())
        report.errors.append({ fileName, r.csv->line(), r.csv->error() });
    if (mode == Mode::Commit && report.ok()) {
        if (auto s = tx.commit(); !s)
            return s.error();
        report.committed = true;
        if (changes && report.added + report.ended > 0)
            Q_EMIT changes->pairingsChanged({});
    }
    return report;
}

} // namespace gs
