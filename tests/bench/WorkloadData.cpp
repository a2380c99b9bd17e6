// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "WorkloadData.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>

namespace gs::bench {
namespace {

// Word lists. Leads in the field are mostly about illegal fund-raising aimed at older people, so the text
// has the length and the character mix (CJK, digits, some Latin) of real case notes.
const std::vector<const char*> kSurnames = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
    "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋" };
const std::vector<const char*> kGivenNames = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
    "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "玉兰", "国庆" };
const std::vector<const char*> kCompanyPrefixes = { "福州", "闽江", "榕城", "海峡", "东方", "华夏", "鑫源", "汇通",
    "恒信", "金诚", "聚宝", "瑞丰", "中融", "天利", "福寿", "康乐", "长青", "盛世" };
const std::vector<const char*> kCompanyCores = { "财富", "投资", "资产管理", "融资担保", "商贸", "电子商务", "养老服务",
    "农业科技", "区块链科技", "文化传媒", "健康管理", "珠宝", "酒业", "生物科技", "旅游开发" };
const std::vector<const char*> kCompanyForms
    = { "有限公司", "股份有限公司", "合伙企业（有限合伙）", "工作室", "专业合作社" };
const std::vector<const char*> kSchemes = { "以高额返利为诱饵吸收公众资金", "虚构养老项目向老年人集资",
    "以投资虚拟货币为名非法集资", "承诺保本保息销售理财产品", "以原始股上市为名骗取投资", "利用消费返利模式发展下线",
    "以私募基金名义公开募集资金", "以购买保健品送高息为名集资", "以“以房养老”为名诱骗老年人抵押房产",
    "以会员积分增值为名吸收资金", "组织“拉人头”传销式集资", "以农业合作社名义吸收存款", "以艺术品份额交易为名非法集资",
    "以旅游养老卡为名预收费用" };
const std::vector<const char*> kSearchTerms = { "养老", "返利", "虚拟货币", "原始股", "保健品", "私募", "理财", "传销",
    "以房养老", "积分", "合作社", "艺术品", "旅游", "高息", "保本" };
const std::vector<const char*> kRoads = { "五一中路", "八一七北路", "华林路", "东街", "杨桥路", "工业路", "六一路",
    "湖东路", "福新路", "鼓屏路", "白马路", "江滨大道", "连江路", "晋安河路", "金山大道", "南江滨西大道" };
const std::vector<const char*> kAreas = { "鼓楼区", "台江区", "仓山区", "晋安区", "马尾区", "长乐区" };
const std::vector<const char*> kBuildings = { "大厦", "商务中心", "广场", "花园", "小区", "综合楼", "写字楼" };
// Groups at risk as the text names them, with the app's key for each (gs::leads::groupsAtRiskKeys).
const std::vector<const char*> kGroups = { "老年人", "退休职工", "农村居民", "外来务工人员", "在校学生", "自由职业者" };
const std::vector<const char*> kGroupKeys
    = { "elderly", "elderly", "relocated_villagers", "migrant_workers", "students", "freelancers" };
// The app's default categories (gs::leads::defaultCategories) and source keys (gs::leads::sourceKeys), so the
// list's filters and the detail view work on generated data as on real data.
const std::vector<const char*> kCategories = { "非法集资", "保本保息承诺", "高额返利", "非法金融广告",
    "非法放贷/校园贷", "以养老为名", "虚拟货币/境外平台", "私募/理财/财富管理", "投资咨询", "其他" };
const std::vector<const char*> kSources = { "patrol", "public_report", "institution", "online", "other" };
const std::vector<const char*> kInformants
    = { "社区居民", "网格员", "银行网点工作人员", "物业工作人员", "投资人家属", "前哨员" };
const std::vector<const char*> kGifts = { "鸡蛋、大米", "食用油", "保温杯", "免费体检", "免费旅游" };
const std::vector<const char*> kGridKinds = { "community", "building", "police" };
const std::vector<const char*> kRoles = { "sentinel", "volunteer", "supervisor" };

// The app's status keys (gs::leads::statusKeys), weighted so list pages by status see both big and small
// groups, as in a district that has worked for a few years: most leads closed or referred, some open.
struct WeightedStatus
{
    const char* status;
    int weight;
};
const std::vector<WeightedStatus> kStatuses
    = { { "draft", 3 }, { "submitted", 12 }, { "in_triage", 8 }, { "needs_info", 4 }, { "unfounded", 10 },
          { "suspected", 5 }, { "escalated", 4 }, { "under_review", 4 }, { "referred_police", 6 },
          { "referred_regulator", 4 }, { "monitoring", 8 }, { "mediation", 2 }, { "returned", 2 }, { "closed", 28 } };

constexpr int kStreets = 10;
constexpr int kCommunitiesPerStreet = 5;
constexpr int kGridsPerCommunity = 3; // 三格: community, building and police grid
constexpr int kUsers = 20;
constexpr qint64 kStart = 1704067200000; // 2024-01-01T00:00:00Z

QByteArray iso(qint64 unixMillis)
{
    return QDateTime::fromMSecsSinceEpoch(unixMillis, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray jsonArray(const std::vector<QByteArray>& items)
{
    QByteArray out = "[";
    for (const QByteArray& item : items) {
        if (out.size() > 1)
            out += ',';
        out += '"' + item + '"';
    }
    return out + ']';
}

QJsonValue toJson(const SqlValue& value)
{
    if (const auto* text = std::get_if<QByteArray>(&value))
        return QString::fromUtf8(*text);
    if (const auto* integer = std::get_if<qint64>(&value))
        return *integer;
    if (const auto* real = std::get_if<double>(&value))
        return *real;
    return QJsonValue::Null;
}

// RecordWriter logs every field it wrote except its own updated_at/updated_by stamps, as compact JSON.
QByteArray changePayload(const QList<QByteArray>& columns, const Row& row)
{
    QJsonObject o;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i] != "updated_at" && columns[i] != "updated_by")
            o.insert(QString::fromLatin1(columns[i]), toJson(row[std::size_t(i)]));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Row ChangeEntry::toRow() const
{
    return { hlc, nodeId, userId, table, rowId, op, payload };
}

const QList<QByteArray>& ChangeEntry::columns()
{
    static const QList<QByteArray> names = { "hlc", "node_id", "user_id", "table_name", "row_id", "op", "payload" };
    return names;
}

QByteArray insertSql(const QByteArray& table, const QList<QByteArray>& columns)
{
    QByteArray marks;
    for (int i = 0; i < columns.size(); ++i)
        marks += i ? ",?" : "?";
    return "INSERT INTO " + table + " (" + columns.join(',') + ") VALUES (" + marks + ')';
}

WorkloadData::WorkloadData(quint64 seed, qint64 meanIntervalMs)
    : m_rng(seed)
    , m_startMillis(kStart)
    , m_clockMillis(kStart)
    , m_meanIntervalMs(std::max<qint64>(1, meanIntervalMs))
{
    m_nodeId = makeId(kStart - 86400000);
    for (int i = 0; i < kUsers; ++i)
        m_userIds.push_back(makeId(kStart - 3600000 + i));
    for (int i = 0; i < kStreets * kCommunitiesPerStreet * kGridsPerCommunity; ++i)
        m_gridIds.push_back(makeId(kStart - 1800000 + i));
}

QByteArray WorkloadData::digits(int count)
{
    QByteArray out(count, '0');
    for (char& c : out)
        c = char('0' + below(10));
    return out;
}

QByteArray WorkloadData::makeId(qint64 unixMillis)
{
    // Same layout as gs::newId(): 48-bit milliseconds, version 7, RFC 4122 variant, random rest.
    QByteArray b(16, '\0');
    for (int i = 0; i < 6; ++i)
        b[i] = char((unixMillis >> (8 * (5 - i))) & 0xff);
    for (int i = 6; i < 16; ++i)
        b[i] = char(below(256));
    b[6] = char((b[6] & 0x0f) | 0x70);
    b[8] = char((b[8] & 0x3f) | 0x80);
    const QByteArray hex = b.toHex();
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20);
}

QByteArray WorkloadData::hlc(qint64 unixMillis)
{
    // Same text as gs::Hlc::format: 12 hex digits of ms, 4 of counter, then the node.
    m_hlcCounter = (m_hlcCounter + 1) & 0xffff;
    return QByteArray::number(unixMillis, 16).rightJustified(12, '0') + '-'
        + QByteArray::number(m_hlcCounter, 16).rightJustified(4, '0') + '-' + m_nodeId.right(12);
}

std::vector<TableData> WorkloadData::referenceTables()
{
    const QByteArray stamp = hlc(kStart - 1000);
    const QByteArray by = m_nodeId.left(8) + '/' + m_userIds.front();
    TableData districts { "districts", { "id", "code", "name", "city", "province", "updated_at", "updated_by" }, {} };
    const QByteArray districtId = makeId(kStart - 7200000);
    districts.rows.push_back({ districtId, QByteArray("350102"), QByteArray("鼓楼区"), QByteArray("福州市"),
        QByteArray("福建省"), stamp, by });

    TableData streets { "streets", { "id", "code", "name", "district_id", "updated_at", "updated_by" }, {} };
    TableData communities { "communities", { "id", "code", "name", "street_id", "updated_at", "updated_by" }, {} };
    TableData grids { "grids", { "id", "code", "name", "kind", "community_id", "updated_at", "updated_by" }, {} };
    int grid = 0;
    for (int s = 0; s < kStreets; ++s) {
        const QByteArray streetId = makeId(kStart - 7100000 + s);
        const QByteArray streetCode = "350102" + QByteArray::number(s + 1).rightJustified(3, '0');
        streets.rows.push_back(
            { streetId, streetCode, QByteArray(kRoads[std::size_t(s)]) + "街道", districtId, stamp, by });
        for (int c = 0; c < kCommunitiesPerStreet; ++c) {
            const QByteArray communityId = makeId(kStart - 7000000 + s * 100 + c);
            const QByteArray communityCode = streetCode + QByteArray::number(c + 1).rightJustified(3, '0');
            communities.rows.push_back(
                { communityId, communityCode, pick(kCompanyPrefixes) + "社区", streetId, stamp, by });
            for (const char* kind : kGridKinds) {
                const QByteArray code = communityCode + '-' + kind;
                grids.rows.push_back({ m_gridIds[std::size_t(grid++)], code,
                    communityCode.right(3) + "号" + kind + "网格", QByteArray(kind), communityId, stamp, by });
            }
        }
    }

    TableData users { "users", { "id", "username", "display_name", "role", "created_at", "updated_at", "updated_by" },
        {} };
    for (int i = 0; i < kUsers; ++i)
        users.rows.push_back({ m_userIds[std::size_t(i)], "user" + QByteArray::number(i), personName(),
            QByteArray(kRoles[std::size_t(i) % kRoles.size()]), iso(kStart - 3600000), stamp, by });
    return { districts, streets, communities, grids, users };
}

const QList<QByteArray>& WorkloadData::leadColumns()
{
    static const QList<QByteArray> names = { "id", "case_no", "status", "title", "categories", "entity_name",
        "entity_uscc", "entity_address", "entity_phone", "entity_online", "person_id_number", "address", "lon", "lat",
        "grid_id", "groups_at_risk", "amount_cents", "victims", "source", "informant_name", "informant_phone",
        "informant_confidential", "description", "risk_score", "risk_level", "reporter_user_id", "assignee_user_id",
        "deadline_at", "created_at", "updated_at", "updated_by" };
    return names;
}

QByteArray WorkloadData::personName()
{
    return pick(kSurnames) + pick(kGivenNames);
}

QByteArray WorkloadData::companyName()
{
    return pick(kCompanyPrefixes) + pick(kCompanyCores) + pick(kCompanyForms);
}

QByteArray WorkloadData::streetAddress()
{
    return "福建省福州市" + pick(kAreas) + pick(kRoads) + QByteArray::number(below(300) + 1) + "号"
        + pick(kCompanyPrefixes) + pick(kBuildings) + QByteArray::number(below(30) + 1) + "层";
}

QByteArray WorkloadData::title(const QByteArray& entity, const QByteArray& scheme)
{
    switch (below(3)) {
    case 0:
        return entity + "涉嫌" + scheme;
    case 1:
        return "关于" + entity + scheme + "的线索";
    default:
        return "疑似" + scheme + "（" + entity.left(12) + "）";
    }
}

QByteArray WorkloadData::description(const QByteArray& entity, const QByteArray& address, const QByteArray& group)
{
    QByteArray out = "据" + pick(kInformants) + "反映，" + entity + "在" + address + "设立门店，";
    out += "以每月" + QByteArray::number(below(8) + 2) + "%的收益吸引" + group + "投资。";
    const int extra = int(below(5)) + 2;
    for (int i = 0; i < extra; ++i) {
        switch (below(7)) {
        case 0:
            out += "工作人员多次在社区活动室举办讲座，并赠送" + pick(kGifts) + "等礼品。";
            break;
        case 1:
            out += "部分投资人反映近" + QByteArray::number(below(6) + 1) + "个月无法提现，情绪激动。";
            break;
        case 2:
            out += "经查询，该主体未取得金融许可证，经营范围不含金融业务。";
            break;
        case 3:
            out += "宣传资料中使用“国家支持”“稳赚不赔”“保本保息”等字样。";
            break;
        case 4:
            out += "现场有人员通过微信群推送投资链接，要求转账至个人账户。";
            break;
        case 5:
            out += "目前已知约" + QByteArray::number(below(200) + 5) + "名群众参与，涉及金额约"
                + QByteArray::number(below(5000) + 10) + "万元。";
            break;
        default:
            out += "建议尽快核实并开展风险提示宣传，防止损失扩大。";
            break;
        }
    }
    return out;
}

QByteArray WorkloadData::idCardNumber()
{
    return "3501" + QByteArray::number(below(6) + 2).rightJustified(2, '0') + QByteArray::number(1940 + below(45))
        + QByteArray::number(below(12) + 1).rightJustified(2, '0')
        + QByteArray::number(below(28) + 1).rightJustified(2, '0') + digits(4);
}

Lead WorkloadData::nextLead()
{
    m_clockMillis += 1 + qint64(below(quint64(2 * m_meanIntervalMs)));
    const qint64 created = m_clockMillis;
    const QByteArray id = makeId(created);
    const QByteArray caseNo
        = "GS" + iso(created).left(4) + '-' + QByteArray::number(++m_leadCount).rightJustified(6, '0');
    const QByteArray entity = companyName();
    const QByteArray entityAddress = streetAddress();
    const QByteArray scheme = pick(kSchemes);
    const std::size_t groupIndex = below(kGroups.size());
    const QByteArray group(kGroups[groupIndex]);
    const QByteArray reporter = m_userIds[below(m_userIds.size())];
    const double risk = double(below(1000)) / 10.0;
    const char* level = risk < 40 ? "low" : risk < 70 ? "medium" : "high"; // the app's three levels
    const QByteArray stamp = hlc(created);

    const auto optionalText = [this](int percent, QByteArray value) -> SqlValue {
        return below(100) < quint64(percent) ? SqlValue(std::move(value)) : SqlValue(QByteArray());
    };
    const auto optionalInt = [this](int percent, qint64 value) -> SqlValue {
        return below(100) < quint64(percent) ? SqlValue(value) : SqlValue();
    };
    // The workflow starts a deadline when a lead is filed and clears it when the case ends (or is a draft).
    const QByteArray status = randomStatus();
    const bool deadlineRuns = status != "draft" && status != "unfounded" && status != "closed";
    Row row = {
        id,
        caseNo,
        status,
        title(entity, scheme),
        jsonArray({ pick(kCategories), pick(kCategories) }),
        entity,
        optionalText(70, "9135010" + digits(11)),
        entityAddress,
        optionalText(60, "0591-8" + digits(7)),
        optionalText(30, "微信公众号：" + entity.left(12) + "服务号"),
        optionalText(20, idCardNumber()),
        below(2) ? entityAddress : streetAddress(),
        119.20 + double(below(30000)) / 100000.0,
        26.00 + double(below(16000)) / 100000.0,
        m_gridIds[below(m_gridIds.size())],
        jsonArray({ QByteArray(kGroupKeys[groupIndex]) }),
        optionalInt(60, qint64(below(50000)) * 100000),
        optionalInt(50, qint64(below(300))),
        pick(kSources),
        optionalText(60, personName()),
        optionalText(60, "13" + digits(9)),
        qint64(below(4) == 0),
        description(entity, entityAddress, group),
        risk,
        QByteArray(level),
        reporter,
        below(3) ? SqlValue(m_userIds[below(m_userIds.size())]) : SqlValue(),
        deadlineRuns ? SqlValue(iso(created + 15 * 86400000LL)) : SqlValue(),
        iso(created),
        stamp,
        m_nodeId.left(8) + '/' + reporter,
    };
    ChangeEntry change { stamp, m_nodeId, reporter, "leads", id, "insert", changePayload(leadColumns(), row) };
    return { std::move(row), std::move(change), id, caseNo };
}

LeadUpdate WorkloadData::nextUpdate(const QByteArray& leadId)
{
    // Updates happen "now", after every lead was created.
    m_clockMillis += qint64(below(5000)) + 1;
    const QByteArray user = m_userIds[below(m_userIds.size())];
    LeadUpdate u;
    u.status = randomStatus();
    u.assigneeUserId = m_userIds[below(m_userIds.size())];
    u.updatedAt = hlc(m_clockMillis);
    u.updatedBy = m_nodeId.left(8) + '/' + user;
    const Row fields = { u.assigneeUserId, u.status };
    u.change = { u.updatedAt, m_nodeId, user, "leads", leadId, "update",
        changePayload({ "assignee_user_id", "status" }, fields) };
    return u;
}

QByteArray WorkloadData::randomStatus()
{
    int total = 0;
    for (const auto& s : kStatuses)
        total += s.weight;
    int r = int(below(quint64(total)));
    for (const auto& s : kStatuses) {
        if (r < s.weight)
            return s.status;
        r -= s.weight;
    }
    return kStatuses.back().status;
}

QByteArray WorkloadData::randomGridId()
{
    return m_gridIds[below(m_gridIds.size())];
}

QByteArray WorkloadData::randomSearchTerm()
{
    return pick(kSearchTerms);
}

std::pair<QByteArray, QByteArray> WorkloadData::randomWindow(int days)
{
    const qint64 width = qint64(days) * 86400000;
    const qint64 span = std::max<qint64>(m_clockMillis - m_startMillis - width, 1);
    const qint64 first = m_startMillis + qint64(below(quint64(span)));
    return { iso(first), iso(first + width) };
}

} // namespace gs::bench
