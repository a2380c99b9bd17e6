// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DemoContent.h"

#include <cmath>

namespace gs::demo {
namespace {

QString u(const char16_t* text)
{
    return QString::fromUtf16(text);
}
/// A name in quotation marks, unless it carries its own (“稳盈6号”理财产品).
QString quoted(const QString& name)
{
    return name.contains(QChar(u'“')) ? name : QChar(u'“') + name + QChar(u'”');
}
QString n(qint64 value)
{
    return QString::number(value);
}

/// "约35万元", "约8000元", "约1.2亿元"
QString yuanText(qint64 yuan)
{
    if (yuan >= 100000000)
        return u(u"约%1亿元").arg(QString::number(double(yuan) / 1e8, 'f', 1));
    if (yuan >= 10000)
        return u(u"约%1万元").arg(n((yuan + 5000) / 10000));
    return u(u"约%1元").arg(n(yuan / 100 * 100));
}

/// Rounds an amount the way a witness would quote it.
qint64 roundAmount(double yuan)
{
    const double step = yuan >= 1e6 ? 10000 : (yuan >= 1e5 ? 1000 : 100);
    return qint64(std::round(yuan / step) * step);
}

QString tradeName(Random& r)
{
    static const char16_t* first
        = u"恒鑫福康寿瑞泰德金盛汇邦华信诚安禧颐乐和嘉禾誉丰润源达通银宝兴隆晟昊祥悦聚融益美鼎弘";
    static const char16_t* second = u"鑫福康寿瑞泰德盛汇邦华信诚安禧和嘉禾誉丰润源达通宝兴隆晟昊祥悦聚融益鼎弘泽丰辉卓";
    const QString a = QString::fromUtf16(first), b = QString::fromUtf16(second);
    // Combinations that are the names of well-known banks, insurers, fund and property companies are skipped;
    // any other likeness to a real company is accidental.
    static const QStringList famous { u(u"汇丰"), u(u"华润"), u(u"恒大"), u(u"平安"), u(u"安邦"), u(u"泰康"),
        u(u"华夏"), u(u"兴业"), u(u"华安"), u(u"华泰"), u(u"信达"), u(u"德邦"), u(u"安信"), u(u"融通"), u(u"诚通"),
        u(u"泰达"), u(u"华宝"), u(u"华鑫"), u(u"华福"), u(u"银华"), u(u"金鹰"), u(u"嘉实"), u(u"汇添"), u(u"鼎晖"),
        u(u"恒生"), u(u"华信"), u(u"宝盈"), u(u"弘康"), u(u"和泰"), u(u"金盛"), u(u"长安"), u(u"永安"), u(u"中信") };
    QString name;
    do {
        const QChar x = a.at(r.below(int(a.size())));
        QChar y = b.at(r.below(int(b.size())));
        while (y == x)
            y = b.at(r.below(int(b.size())));
        name = QString(x) + y;
    } while (famous.contains(name));
    return name;
}

QString roadName(Random& r)
{
    // Real road names of 天河区; house numbers are random and the synthetic street regions are not where these
    // roads really run (docs/data-sources.md).
    return r.pick({ u"天河路", u"天河北路", u"体育西路", u"体育东路", u"林和西路", u"林和中路", u"天河东路",
        u"黄埔大道西", u"黄埔大道中", u"中山大道西", u"中山大道中", u"花城大道", u"华夏路", u"冼村路", u"猎德大道",
        u"员村一横路", u"员村二横路", u"棠下二社路", u"车陂路", u"东圃大马路", u"科韵路", u"龙口西路", u"五山路",
        u"石牌东路", u"建中路", u"长兴路", u"燕岭路", u"珠吉路", u"天府路", u"广园东路" });
}

QString buildingName(Random& r)
{
    return tradeName(r) + r.pick({ u"大厦", u"商务中心", u"广场", u"国际中心", u"商业楼" });
}

QString districtAddress(Random& r)
{
    return u(u"广州市天河区%1%2号%3%4室")
        .arg(roadName(r), n(r.between(1, 698)), buildingName(r), n(r.between(3, 28) * 100 + r.between(1, 18)));
}

QString groupWord(const QString& group)
{
    if (group == QLatin1String("elderly"))
        return u(u"社区老人");
    if (group == QLatin1String("students"))
        return u(u"在校大学生");
    if (group == QLatin1String("freelancers"))
        return u(u"自由职业者");
    if (group == QLatin1String("relocated_villagers"))
        return u(u"回迁村民");
    if (group == QLatin1String("migrant_workers"))
        return u(u"外来务工人员");
    return u(u"居民");
}

struct SchemeInfo
{
    QStringList suffixes; ///< organisation forms; the first character of a USCC prefix is chosen from them
    QStringList products;
    QStringList pitches; ///< what it is sold as (以…为名)
    QStringList promises;
    QStringList claims; ///< may contain %1 %2 (figures filled by figures())
    QStringList venues;
    QStringList groups; ///< the first is the main group
    QStringList categories;
    QStringList basis;
    QStringList online; ///< forms of online presence, %1 = trade name
    QString business; ///< registered business scope
    double minPerVictim = 0, maxPerVictim = 0; ///< yuan
    int minVictims = 0, maxVictims = 0;
};

QStringList L(std::initializer_list<const char16_t*> texts)
{
    QStringList out;
    for (const char16_t* t : texts)
        out << QString::fromUtf16(t);
    return out;
}

QStringList K(std::initializer_list<const char*> keys)
{
    QStringList out;
    for (const char* k : keys)
        out << QString::fromLatin1(k);
    return out;
}

const SchemeInfo& info(Scheme scheme)
{
    static const QList<SchemeInfo> table {
        // Pension
        { L({ u"养老服务中心", u"健康管理有限公司", u"养老产业发展有限公司", u"颐养服务有限公司" }),
            L({ u"养老公寓床位预售", u"“以房养老”理财计划", u"康养基地会员卡", u"“长寿宝”养老储值" }),
            L({ u"以房养老", u"养老公寓预售", u"床位认购", u"康养投资" }),
            L({ u"保本保息", u"到期全额返还", u"年年有收益" }),
            L({ u"预交%1万元床位费，每年可得%2%的“养老补贴”，到期全额返还本金，保本保息",
                u"把房产抵押参与“以房养老”，每月可领%1千元以上收益，保本保息",
                u"认购康养基地会员卡%1万元，年化收益%2%，随时可退，稳赚不赔", u"投资养老项目%1万元起，每年分红%2%" }),
            L({ u"社区活动室宣讲", u"免费旅游", u"保健品讲座", u"免费体检" }), K({ "elderly" }),
            L({ u"以养老为名", u"非法集资", u"保本保息承诺" }),
            K({ "guaranteed_returns", "unspecified_public", "public_promotion", "no_licence" }),
            L({ u"微信群“%1幸福晚年群”", u"公众号“%1康养”" }),
            u(u"养老服务；健康咨询服务（不含诊疗服务）；会议及展览服务"), 20000, 300000, 5, 60 },
        // Wealth
        { L({ u"财富管理有限公司", u"投资咨询有限公司", u"资产管理有限公司", u"投资管理有限公司" }),
            L({ u"“稳盈6号”理财产品", u"“金鑫宝”定期理财", u"供应链金融收益权", u"“月月盈”出借计划" }),
            L({ u"财富管理", u"供应链金融", u"出借理财" }), L({ u"保本保息", u"稳赚不赔", u"高额回报" }),
            L({ u"年化收益%2%，保本保息，稳赚不赔", u"投资3个月起，月息%1分，保本保息，到期还本",
                u"签订《借款协议》由“担保公司”兜底，刚性兑付，年化%2%" }),
            L({ u"写字楼路演", u"微信群", u"电话推销", u"酒店推介会" }), K({ "elderly", "freelancers" }),
            L({ u"私募/理财/财富管理", u"保本保息承诺", u"非法集资", u"投资咨询" }),
            K({ "guaranteed_returns", "high_returns", "unspecified_public", "no_licence" }),
            L({ u"公众号“%1财富”", u"微信群“%1理财VIP群”", u"APP“%1金服”" }),
            u(u"企业管理咨询；信息咨询服务（不含许可类信息咨询服务）"), 50000, 800000, 3, 40 },
        // Equity
        { L({ u"股权投资基金管理有限公司", u"科技股份有限公司", u"控股集团有限公司" }),
            L({ u"公司原始股", u"私募股权基金份额", u"“上市前”内部认购股份" }),
            L({ u"原始股", u"私募股权", u"上市前认购" }), L({ u"上市翻倍", u"保证收益", u"稳赚不赔" }),
            L({ u"原始股每股%1元，承诺两年内上市，上市后至少翻%2倍", u"私募股权基金内部认购，保证收益，年化%2%" }),
            L({ u"酒店推介会", u"微信群", u"写字楼路演" }), K({ "freelancers", "elderly" }),
            L({ u"非法集资", u"私募/理财/财富管理" }),
            K({ "high_returns", "unspecified_public", "no_licence", "public_promotion" }),
            L({ u"微信群“%1股东内部群”", u"公众号“%1资本”" }), u(u"股权投资；以自有资金从事投资活动"), 30000, 500000, 5,
            80 },
        // Rebate
        { L({ u"电子商务有限公司", u"商贸有限公司", u"网络科技有限公司" }),
            L({ u"“消费全返”会员", u"“共享商城”代理资格", u"购物积分理财" }),
            L({ u"消费返利", u"共享商城", u"消费全返" }), L({ u"全额返还", u"高额返利", u"代理返佣" }),
            L({ u"消费满%1千元，100天内消费返还全部货款，另有每日返利", u"发展下线可拿%2%代理返佣，消费返利上不封顶" }),
            L({ u"微信群", u"小程序推广", u"社区门店" }), K({ "migrant_workers", "elderly", "freelancers" }),
            L({ u"高额返利", u"非法集资" }), K({ "high_returns", "unspecified_public", "public_promotion" }),
            L({ u"小程序“%1优选”", u"APP“%1商城”" }), u(u"互联网销售（除销售需要许可的商品）；日用百货销售"), 2000,
            50000, 20, 300 },
        // Crypto
        { L({ u"区块链科技有限公司", u"数字科技有限公司", u"网络信息技术有限公司" }),
            L({ u"矿机托管", u"境外数字货币交易平台账户", u"“元宇宙”数字藏品" }),
            L({ u"虚拟货币", u"矿机托管", u"数字藏品" }), L({ u"稳赚不赔", u"静态收益", u"躺赚" }),
            L({ u"投资矿机每天静态收益%1%，稳赚不赔", u"虚拟币即将上线境外交易所，内部认购可翻%2倍，高额回报",
                u"拉人头可得团队奖励，虚拟币月涨%2%" }),
            L({ u"微信群", u"直播间", u"写字楼路演" }), K({ "students", "freelancers", "migrant_workers" }),
            L({ u"虚拟货币/境外平台", u"非法集资" }),
            K({ "high_returns", "unspecified_public", "no_licence", "abnormal_funds" }),
            L({ u"Telegram群“%1Global”", u"APP“%1链”" }), u(u"软件开发；信息技术咨询服务"), 5000, 200000, 5, 120 },
        // HealthProducts
        { L({ u"生物科技有限公司", u"健康科技有限公司", u"保健品体验店" }), L({ u"保健品会员卡", u"“健康储值”套餐" }),
            L({ u"健康养生", u"会员储值", u"保健品团购" }), L({ u"会员返利", u"保本返还", u"健康红包" }),
            L({ u"购买%1万元保健品成为会员，每月返利%2%“健康红包”，保本", u"预存%1万元即享免费旅游，到期保本返还" }),
            L({ u"保健品讲座", u"免费旅游", u"免费体检", u"社区活动室宣讲" }), K({ "elderly" }),
            L({ u"以养老为名", u"高额返利" }), K({ "guaranteed_returns", "high_returns", "public_promotion" }),
            L({ u"微信群“%1健康养生群”" }), u(u"保健食品（预包装）销售；健康咨询服务（不含诊疗服务）"), 5000, 60000, 10,
            80 },
        // Relocation
        { L({ u"投资管理有限公司", u"农业科技有限公司", u"资产管理有限公司" }),
            L({ u"“安居宝”拆迁款理财", u"农业合作社股份", u"回迁物业收益权" }),
            L({ u"拆迁款理财", u"合作社入股", u"物业收益权" }), L({ u"保本保息", u"高额回报", u"年年分红" }),
            L({ u"拆迁补偿款存入可得年化%2%收益，保本保息", u"入股合作社每年分红%2%，三年回本，稳赚不赔" }),
            L({ u"社区活动室宣讲", u"上门推销", u"微信群" }), K({ "relocated_villagers", "elderly" }),
            L({ u"非法集资", u"保本保息承诺" }),
            K({ "guaranteed_returns", "high_returns", "unspecified_public", "no_licence" }),
            L({ u"微信群“%1回迁户交流群”" }), u(u"农业技术推广服务；企业管理咨询"), 100000, 1500000, 3, 30 },
        // Ads
        { L({ u"金融信息服务有限公司", u"信息咨询有限公司", u"商务咨询有限公司" }),
            L({ u"“秒批”无抵押贷款", u"“日息1%”投资广告", u"信用卡代还服务" }),
            L({ u"无抵押贷款", u"高息理财", u"信用卡代还" }), L({ u"零风险", u"秒放款", u"日息1%" }),
            L({ u"无抵押、秒放款，另有保本高息理财", u"投资理财年化%2%，零风险，稳赚" }),
            L({ u"小区公告栏", u"电梯广告", u"路边派发传单", u"微信朋友圈" }), K({ "migrant_workers", "freelancers" }),
            L({ u"非法金融广告" }), K({ "public_promotion", "no_licence", "high_returns" }),
            L({ u"微信号“%1借款顾问”" }), u(u"信息咨询服务（不含许可类信息咨询服务）"), 0, 0, 0, 0 },
        // CampusLoans
        { L({ u"信息科技有限公司", u"商务咨询有限公司", u"网络科技有限公司" }),
            L({ u"“学易分”消费分期", u"刷单兼职", u"“校园白条”" }), L({ u"校园贷", u"刷单兼职", u"零首付分期" }),
            L({ u"当天到账", u"无需抵押", u"刷单返利" }),
            L({ u"凭学生证即可借款，无需抵押，当天到账，日息仅0.1%",
                u"兼职刷单，先垫付后返还本金及%2%佣金，在家躺赚" }),
            L({ u"高校周边派发传单", u"QQ群", u"微信群" }), K({ "students" }), L({ u"非法放贷/校园贷" }),
            K({ "high_returns", "unspecified_public", "no_licence" }), L({ u"QQ群“%1兼职群”", u"小程序“%1分期”" }),
            u(u"信息技术咨询服务；市场营销策划"), 2000, 30000, 3, 40 },
        // WorkerFunds
        { L({ u"劳务派遣有限公司", u"建筑劳务有限公司", u"人力资源有限公司" }), L({ u"工程项目集资", u"“工友互助金”" }),
            L({ u"集资入股", u"工友互助金", u"工程集资" }), L({ u"月息2分", u"高额回报", u"年底连本带利" }),
            L({ u"集资用于承接工程，月息%1分，保本保息，年底连本带利返还",
                u"入股“工友互助金”，每月分红%2%，稳赚不赔" }),
            L({ u"工地宿舍宣讲", u"城中村出租屋", u"微信群" }), K({ "migrant_workers" }),
            L({ u"非法集资", u"高额返利" }), K({ "high_returns", "unspecified_public", "abnormal_funds" }),
            L({ u"微信群“%1工友群”" }), u(u"劳务服务（不含劳务派遣）"), 5000, 80000, 10, 60 },
        // Benign
        { L({ u"社区居家养老服务站", u"超市", u"保险代理有限公司" }),
            L({ u"理财知识讲座", u"长者饭堂会员", u"会员日促销" }), L({ u"理财讲座", u"会员招募", u"防诈骗宣传" }),
            L({ u"理财讲座", u"会员优惠", u"防诈骗宣传" }),
            L({ u"讲座介绍银行代销理财产品，并提示“理财非存款，产品有风险”" }),
            L({ u"社区活动室宣讲", u"社区门店", u"银行网点" }), K({ "elderly" }), L({ u"其他" }), K({}), L({}),
            u(u"老年人养护服务；日用百货销售"), 0, 0, 0, 0 },
    };
    return table.at(int(scheme));
}

QString figure1(Random& r, Scheme s)
{
    switch (s) {
    case Scheme::Pension:
        return n(r.between(3, 20));
    case Scheme::Wealth:
    case Scheme::WorkerFunds:
        return QString::number(r.real(1.2, 3.0), 'f', 1);
    case Scheme::Equity:
        return QString::number(r.real(1.5, 4.5), 'f', 1);
    case Scheme::Rebate:
        return n(r.between(1, 5));
    case Scheme::Crypto:
        return QString::number(r.real(0.8, 2.5), 'f', 1);
    case Scheme::HealthProducts:
        return n(r.between(1, 5));
    default:
        return n(r.between(2, 9));
    }
}

QString figure2(Random& r, Scheme s)
{
    switch (s) {
    case Scheme::Equity:
        return n(r.between(3, 10));
    case Scheme::Crypto:
        return n(r.between(3, 20));
    case Scheme::Rebate:
        return n(r.between(10, 30));
    case Scheme::CampusLoans:
        return n(r.between(15, 30));
    case Scheme::HealthProducts:
        return n(r.between(3, 6));
    default:
        return n(r.between(8, 24));
    }
}

QString dayPhrase(const QDateTime& t)
{
    const int h = t.time().hour();
    const QString part = h < 12 ? u(u"上午") : (h < 18 ? u(u"下午") : u(u"晚上"));
    return u(u"%1月%2日%3").arg(n(t.date().month()), n(t.date().day()), part);
}

QString venuePlace(Random& r, const QString& venue, const PlaceNames& p)
{
    if (venue == u(u"社区活动室宣讲"))
        return u(u"%1党群服务中心活动室").arg(p.community);
    if (venue == u(u"免费体检") || venue == u(u"保健品讲座"))
        return u(u"%1%2号临街商铺").arg(roadName(r), n(r.between(1, 400)));
    if (venue == u(u"酒店推介会"))
        return u(u"%1酒店%2楼会议厅").arg(tradeName(r), n(r.between(2, 6)));
    if (venue == u(u"写字楼路演"))
        return u(u"%1%2楼").arg(buildingName(r), n(r.between(5, 30)));
    if (venue == u(u"工地宿舍宣讲"))
        return u(u"%1附近工地宿舍").arg(roadName(r));
    if (venue == u(u"城中村出租屋"))
        return u(u"%1一出租屋").arg(p.community);
    if (venue == u(u"小区公告栏") || venue == u(u"电梯广告"))
        return u(u"%1%2%3").arg(p.community, tradeName(r) + r.pick({ u"花园", u"苑", u"雅居" }),
            venue == u(u"电梯广告") ? u(u"电梯内") : u(u"公告栏"));
    if (venue == u(u"高校周边派发传单"))
        return u(u"%1附近高校北门").arg(roadName(r));
    if (venue == u(u"社区门店"))
        return u(u"%1%2号门店").arg(roadName(r), n(r.between(1, 500)));
    return u(u"%1%2号").arg(roadName(r), n(r.between(1, 600)));
}

enum class VenueKind { Talk, Trip, Online, Advert, Phone };

VenueKind venueKind(const QString& venue)
{
    if (venue == u(u"免费旅游"))
        return VenueKind::Trip;
    if (venue == u(u"微信群") || venue == u(u"QQ群") || venue == u(u"直播间") || venue == u(u"微信朋友圈")
        || venue == u(u"小程序推广"))
        return VenueKind::Online;
    if (venue == u(u"小区公告栏") || venue == u(u"电梯广告") || venue.contains(u(u"派发传单")))
        return VenueKind::Advert;
    if (venue == u(u"电话推销"))
        return VenueKind::Phone;
    return VenueKind::Talk;
}

/// The place as a title names it: 华师社区活动室, 天河路一商铺.
QString placeShort(const QString& venue, const PlaceNames& p, const QString& place)
{
    if (venue == u(u"社区活动室宣讲"))
        return p.community + u(u"活动室");
    if (venue == u(u"酒店推介会"))
        return u(u"酒店推介会");
    if (venue == u(u"写字楼路演"))
        return u(u"写字楼");
    if (venue == u(u"免费体检") || venue == u(u"保健品讲座"))
        return u(u"%1临街商铺").arg(p.community);
    if (venue == u(u"高校周边派发传单"))
        return u(u"高校周边");
    if (venue == u(u"小区公告栏") || venue == u(u"电梯广告")) // 兴安社区嘉禾花园公告栏 → 嘉禾花园
        return place.mid(p.community.size()).chopped(3);
    if (venue == u(u"路边派发传单"))
        return p.community;
    if (venue == u(u"上门推销"))
        return p.community;
    if (venue == u(u"工地宿舍宣讲"))
        return u(u"工地宿舍");
    if (venue == u(u"城中村出租屋"))
        return u(u"%1出租屋").arg(p.community);
    return p.community;
}

/// How the description begins: who noticed, and how (it agrees with the lead's source).
QString opening(
    Random& r, Filer filer, const QString& source, const QDateTime& at, const PlaceNames& p, const QString& institution)
{
    const bool online = source == QLatin1String("online");
    const bool reported = source == QLatin1String("public_report");
    switch (filer) {
    case Filer::Sentinel:
        if (online)
            return r.pick({ u"%1在%2居民群中发现有人转发信息，", u"%1网上巡查时发现（%2一带），" })
                .arg(dayPhrase(at), p.community);
        if (reported)
            return r.pick({ u"%1入户走访%2时，有居民反映，", u"%1在%2开展防非宣传时，有居民反映，" })
                .arg(dayPhrase(at), p.community);
        return r.pick({ u"%1巡查%2时发现，", u"%1网格巡查（%2）发现，", u"%1在%2开展防非宣传时了解到，" })
            .arg(dayPhrase(at), p.community);
    case Filer::Office:
        if (online)
            return r.pick({ u"%1网络监测发现，", u"%1在网络巡查中发现，" }).arg(dayPhrase(at));
        return r.pick({ u"%1接12345热线转办，市民反映：", u"%1接群众来电举报：", u"%1收到群众来信反映：" })
            .arg(dayPhrase(at));
    case Filer::Volunteer:
        return u(u"%1%2网点工作人员在办理业务时发现，")
            .arg(dayPhrase(at), institution.isEmpty() ? u(u"银行") : institution);
    }
    return {};
}

QString fill(QString text, Random& r, Scheme s)
{
    if (text.contains(QLatin1String("%1")))
        text = text.arg(figure1(r, s));
    if (text.contains(QLatin1String("%2")))
        text = text.arg(figure2(r, s));
    return text;
}

} // namespace

QString Content::personName(Random& r)
{
    static const char16_t* surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁";
    static const char16_t* given = u"秀英桂芳玉兰淑珍丽华建国志强伟明文海燕红霞金凤玉梅国庆德明丽娟俊杰晓东嘉欣子豪";
    const QString a = QString::fromUtf16(surnames), b = QString::fromUtf16(given);
    QString name = a.at(r.below(int(a.size())));
    const int count = r.chance(0.7) ? 2 : 1;
    for (int i = 0; i < count; ++i)
        name += b.at(r.below(int(b.size())));
    return name;
}

QString Content::mobile(Random& r)
{
    return QLatin1Char('1') + r.pick({ u"3", u"5", u"8" }) + n(r.between(0, 9)) + QLatin1String("0000")
        + QStringLiteral("%1").arg(r.between(0, 9999), 4, 10, QLatin1Char('0'));
}

QString Content::uscc(Random& r, const QString& prefix, const QString& region)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    QString code = prefix + region + QStringLiteral("MA0000");
    for (int i = 0; i < 3; ++i)
        code += alphabet.at(r.below(int(alphabet.size())));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(alphabet.indexOf(code.at(i))) * weights[i];
    return code + alphabet.at((31 - sum % 31) % 31);
}

Entity Content::entity(Random& r, Scheme scheme)
{
    const SchemeInfo& s = info(scheme);
    Entity e;
    e.scheme = scheme;
    const QString trade = tradeName(r);
    const QString suffix = r.pick(s.suffixes);
    if (scheme == Scheme::Benign) {
        if (suffix == u(u"社区居家养老服务站")) {
            e.name = u(u"天河区%1社区居家养老服务站").arg(trade);
            e.shortName = u(u"%1居家养老服务站").arg(trade);
            e.business = u(u"老年人养护服务；助餐服务");
        } else if (suffix == u(u"超市")) {
            e.name = u(u"广州%1超市有限公司").arg(trade);
            e.shortName = u(u"%1超市").arg(trade);
            e.business = u(u"日用百货销售；食品销售");
        } else {
            e.name = u(u"广州%1保险代理有限公司").arg(trade);
            e.shortName = u(u"%1保险代理").arg(trade);
            e.business = u(u"保险代理业务（持有经营保险代理业务许可证）");
        }
        e.uscc = uscc(
            r, e.name.contains(u(u"服务站")) ? QStringLiteral("52") : QStringLiteral("91"), QStringLiteral("440106"));
        e.phone = r.chance(0.5) ? mobile(r) : u(u"020-80000%1").arg(r.between(100, 999));
        e.address = districtAddress(r);
        e.product = r.pick(s.products);
        e.pitch = r.pick(s.pitches);
        e.promise = r.pick(s.promises);
        e.claim = r.pick(s.claims);
        e.foundedYear = r.between(2008, 2022);
        return e;
    }
    const bool individual = suffix.endsWith(u(u"体验店"));
    const bool nonProfit = suffix.endsWith(u(u"中心"));
    const QString prefix
        = individual || nonProfit ? u(u"广州市天河区") : r.pick({ u"广州", u"广州", u"广州", u"广东" });
    e.name = prefix + trade + suffix;
    // The short name keeps the trade and its line of business: 颐康养老, 恒鑫财富.
    QString trade2 = suffix.left(2);
    if (suffix.startsWith(u(u"股权")))
        trade2 = u(u"股权");
    e.shortName = trade + trade2;
    const QString region = r.chance(0.8) ? QStringLiteral("440106")
                                         : r.pick({ u"440103", u"440104", u"440105", u"440111", u"440112", u"440113" });
    e.uscc = uscc(
        r, individual ? QStringLiteral("92") : (nonProfit ? QStringLiteral("52") : QStringLiteral("91")), region);
    e.phone = r.chance(0.7) ? mobile(r) : u(u"020-80000%1").arg(r.between(100, 999));
    if (!s.online.isEmpty() && r.chance(0.7))
        e.online = r.pick(s.online).arg(trade);
    e.address = districtAddress(r);
    e.product = r.pick(s.products);
    e.pitch = r.pick(s.pitches);
    e.promise = r.pick(s.promises);
    e.claim = fill(r.pick(s.claims), r, scheme);
    e.foundedYear = r.between(2021, 2026);
    e.business = s.business;
    return e;
}

Story Content::story(
    Random& r, const Entity& e, const PlaceNames& p, Filer filer, const QDateTime& at, const QString& institution)
{
    const SchemeInfo& s = info(e.scheme);
    Story st;
    st.entity = e;
    Lead& l = st.lead;
    st.venue = r.pick(s.venues);
    const QString place = venuePlace(r, st.venue, p);
    l.address = u(u"广州市天河区%1%2").arg(p.street, place);
    l.entityName = e.name;
    l.entityUscc = r.chance(e.scheme == Scheme::Benign ? 0.3 : 0.55) ? e.uscc : QString();
    l.entityPhone = r.chance(0.75) ? e.phone : QString();
    l.entityOnline = e.online;
    l.entityAddress = r.chance(0.5) ? e.address : QString();
    l.groupsAtRisk = QStringList { s.groups.first() };
    for (qsizetype i = 1; i < s.groups.size(); ++i) {
        if (r.chance(0.35))
            l.groupsAtRisk << s.groups.at(i);
    }
    l.source = filer == Filer::Office ? (r.chance(0.85) ? QStringLiteral("public_report") : QStringLiteral("online"))
        : filer == Filer::Volunteer   ? QStringLiteral("institution")
        : (st.venue == u(u"微信群") || st.venue == u(u"直播间") || st.venue == u(u"QQ群")
              || st.venue == u(u"微信朋友圈"))
        ? QStringLiteral("online")
        : (r.chance(0.75) ? QStringLiteral("patrol") : QStringLiteral("public_report"));
    if (l.source == QLatin1String("public_report")) {
        const QString name = personName(r);
        l.informantName = name.left(1) + r.pick({ u"女士", u"先生", u"阿姨", u"伯" });
        if (r.chance(0.4))
            l.informantName = name;
        l.informantPhone = mobile(r);
        l.informantConfidential = r.chance(0.75);
    }

    const QString group = groupWord(l.groupsAtRisk.first());
    QStringList parts;
    parts << opening(r, filer, l.source, at, p, institution);
    if (e.scheme == Scheme::Benign) {
        l.categories = QStringList { u(u"其他") };
        const int kind = r.below(3);
        if (kind == 0) {
            l.title = u(u"%1在社区举办%2，居民担心是非法集资").arg(e.shortName, quoted(e.product));
            parts << u(u"%1在%2举办%3，有老人担心是“拉人投资”。现场未见收钱、签合同或承诺收益，发放的资料印有“理财非存"
                       u"款，产品有风险”提示。")
                         .arg(e.name, place, quoted(e.product));
        } else if (kind == 1) {
            l.title = u(u"居民反映%1招募会员").arg(e.shortName);
            parts << u(
                u"%1在%2招募“%3”，每人交100元押金，居民怀疑是变相集资。据了解该项目为街道助餐配餐服务，押金可退。")
                         .arg(e.name, place, e.product);
        } else {
            l.title = u(u"%1开展%2宣传活动").arg(e.shortName, e.promise);
            parts << u(u"%1在%2摆摊开展“%3”，并推介保险产品，有居民担心是非法集资，请核实其资质。")
                         .arg(e.name, place, e.promise);
        }
        l.description = parts.join(QString());
        st.basis.clear();
        return st;
    }

    l.categories = QStringList { s.categories.first() };
    for (qsizetype i = 1; i < s.categories.size(); ++i) {
        if (r.chance(0.5))
            l.categories << s.categories.at(i);
    }
    // How big: victims and amounts, often unknown at filing.
    std::optional<int> victims;
    std::optional<qint64> amount;
    if (s.maxVictims > 0 && r.chance(0.75)) {
        const double x = r.real();
        victims = s.minVictims + int((s.maxVictims - s.minVictims) * x * x); // most cases are small
        if (r.chance(0.8)) {
            const double perVictim = s.minPerVictim * std::pow(s.maxPerVictim / s.minPerVictim, r.real() * r.real());
            amount = roundAmount(perVictim * *victims * r.real(0.5, 1.0));
        }
    }
    l.victims = victims;
    if (amount)
        l.amountCents = *amount * 100;

    // Titles the way sentinels write them: who, where or how, what was promised.
    const VenueKind kind = venueKind(st.venue);
    const QString where = placeShort(st.venue, p, place);
    const QString channel = e.online.isEmpty() ? st.venue : e.online;
    switch (kind) {
    case VenueKind::Talk:
        l.title = r.chance(0.5) ? u(u"%1在%2以“%3”为名吸收%4资金").arg(e.shortName, where, e.pitch, group)
                                : u(u"%1在%2宣讲%3，承诺“%4”").arg(e.shortName, where, e.product, e.promise);
        break;
    case VenueKind::Trip:
        l.title = u(u"%1组织%2免费旅游，途中推销%3").arg(e.shortName, group, e.product);
        break;
    case VenueKind::Online:
        l.title = r.chance(0.5) ? u(u"%1通过%2推销%3，称“%4”").arg(e.shortName, channel, e.product, e.promise)
                                : u(u"%1以“%2”为名在网上吸收%3资金").arg(e.shortName, e.pitch, group);
        break;
    case VenueKind::Advert:
        l.title = u(u"%1发现%2“%3”广告").arg(where, e.shortName, e.promise);
        break;
    case VenueKind::Phone:
        l.title = u(u"%1电话推销%2，承诺“%3”").arg(e.shortName, e.product, e.promise);
        break;
    }

    QString activity;
    switch (kind) {
    case VenueKind::Trip:
        activity = u(u"%1组织%2“免费一日游”，途中推介%3，").arg(e.name, group, e.product);
        break;
    case VenueKind::Online:
        activity = u(u"%1通过%2向%3推介%4，").arg(e.name, channel, group, e.product);
        break;
    case VenueKind::Advert:
        activity
            = u(u"%1%2%3的广告，").arg(place, st.venue.contains(u(u"派发")) ? u(u"有人派发") : u(u"张贴有"), e.name);
        break;
    case VenueKind::Phone:
        activity = u(u"多名%1接到%2业务员电话，推介%3，").arg(group, e.name, e.product);
        break;
    case VenueKind::Talk:
        if (st.venue == u(u"保健品讲座") || st.venue == u(u"免费体检"))
            activity = u(u"%1在%2以“%3”招揽%4，会上推介%5，").arg(e.name, place, st.venue, group, e.product);
        else
            activity = u(u"%1在%2向%3推介%4，").arg(e.name, place, group, e.product);
        break;
    }
    parts << activity;
    parts << u(u"宣称“%1”。").arg(e.claim);
    const auto people
        = [](int count) { return count < 20 ? u(u"%1人").arg(count) : u(u"%1余人").arg(count / 10 * 10); };
    if (victims && amount)
        parts << u(u"据了解已有%1参与，涉及金额%2。").arg(people(*victims), yuanText(*amount));
    else if (victims)
        parts << u(u"据了解已有%1参与，金额不详。").arg(people(*victims));
    QStringList details { u(u"宣传资料无风险提示，未见任何金融许可证。"), u(u"有参与者反映近期返利开始拖延。") };
    if (kind == VenueKind::Talk || kind == VenueKind::Trip) {
        details << u(u"现场要求现金或转账至个人账户，并签订《%1认购协议》。").arg(e.product)
                << u(u"参与者须先交“会员费”，再按月领取返利。");
        if (l.groupsAtRisk.contains(QStringLiteral("elderly")))
            details << u(u"工作人员称“名额有限，先到先得”，劝说老人当场付款。");
    }
    parts << r.pick(details);
    QStringList closing { u(u"已保存宣传资料，请研判。"), u(u"已提醒社区居委会关注，建议尽快核查。") };
    if (kind == VenueKind::Talk)
        closing << u(u"已劝导在场居民谨慎投资，并拍照留存。") << u(u"每周二、四上午均有活动，可再次核实。");
    if (l.informantConfidential)
        closing << u(u"举报人要求对其身份保密。");
    parts << r.pick(closing);
    l.description = parts.join(QString());
    st.basis = s.basis;
    while (st.basis.size() > 2 && r.chance(0.4))
        st.basis.removeAt(r.below(int(st.basis.size())));
    st.strong = (victims && *victims >= 10) || (amount && *amount >= 500000) || r.chance(0.3);
    return st;
}

Story Content::retold(Random& r, const Story& original, const QDateTime& at)
{
    Story st = original;
    Lead& l = st.lead;
    l.source = QStringLiteral("public_report");
    l.informantName = personName(r);
    l.informantPhone = mobile(r);
    l.informantConfidential = true;
    l.entityUscc.clear();
    l.entityAddress.clear();
    l.title
        = r.pick({ u"市民举报%1%2", u"群众反映：%1宣传“%2”" }).arg(original.entity.shortName, original.entity.promise);
    l.description = u(u"%1接12345热线转办，市民反映：%2在%3一带宣传“%4”，请相关部门核查。")
                        .arg(dayPhrase(at), original.entity.name, original.lead.address, original.entity.promise);
    l.attachments.clear();
    return st;
}

QString Content::supplement(Random& r, const Story& st)
{
    switch (r.below(3)) {
    case 0:
        return u(u"【补充】经再次走访核实：对方宣称“%1”，组织者自称“%2负责人”，已拍摄宣传单及现场照片。")
            .arg(st.entity.claim, st.entity.name);
    case 1:
        return u(u"【补充】已联系举报人核实：其于上月认购%1，签有合同，款项转入对方个人账户。")
            .arg(quoted(st.entity.product));
    default:
        return u(u"【补充】企业全称：%1；统一社会信用代码：%2。宣传仍在进行。").arg(st.entity.name, st.entity.uscc);
    }
}

TransitionInput Content::triageSuspected(Random& r, const Story& st)
{
    TransitionInput in;
    in.basis = st.basis.isEmpty() ? QStringList { QStringLiteral("unspecified_public") } : st.basis;
    in.confidence = st.strong ? QStringLiteral("high") : r.pick({ u"medium", u"medium", u"high" });
    in.crossCheck = u(u"经查询国家企业信用信息公示系统，%1成立于%2年，经营范围为“%3”，不含金融业务，未取得金融许可；%4")
                        .arg(st.entity.name, n(st.entity.foundedYear), st.entity.business,
                            r.pick({ u"与网格前哨员核实，宣传活动仍在进行。", u"已向举报人电话核实情况属实。",
                                u"通过银行网点了解到，近期有多名老人大额取现。", u"网上检索到同名平台的投诉记录。" }));
    in.followUp = r.pick({ u"建议区打非办约谈负责人，责令停止宣传；网格前哨员继续收集宣传资料。",
        u"建议上报区打非办并通报属地派出所；提醒参与者保留合同和转账凭证。",
        u"建议开展针对性防非宣传，劝阻老人继续投入。" });
    in.note = u(u"初步判断涉嫌%1：%2，面向不特定公众宣传。")
                  .arg(r.pick({ u"非法吸收公众存款", u"以养老为名的非法集资", u"非法金融活动" }), st.entity.claim);
    return in;
}

TransitionInput Content::triageNeedsInfo(Random& r, const Story& st)
{
    Q_UNUSED(st)
    TransitionInput in;
    in.note
        = r.pick({ u"请补充宣传单或现场照片，以及参与人数。", u"请补充企业全称或统一社会信用代码，便于核查主体资质。",
            u"请向举报人核实投资金额、合同及收款账户。", u"请核实活动时间、地点是否固定，有无收取现金。" });
    return in;
}

TransitionInput Content::triageUnfounded(Random& r, const Story& st)
{
    TransitionInput in;
    in.confidence = r.pick({ u"high", u"high", u"medium" });
    if (st.entity.scheme == Scheme::Benign) {
        in.crossCheck
            = u(u"经查询，%1经营范围为“%2”，活动内容与经营范围相符。").arg(st.entity.name, st.entity.business);
        in.note = r.pick({ u"经核实为正规机构开展的宣传活动，已作风险提示，不涉及资金募集，不构成非法金融活动。",
            u"系街道助餐服务项目，押金可退，不承诺收益，不构成非法集资。",
            u"持牌机构正常业务宣传，未发现承诺保本或高额回报，不予立案。" });
    } else {
        in.note = r.pick({ u"经现场核实，宣传已停止，未发现收取资金，暂不构成非法集资；已提醒社区继续关注。",
            u"举报所述主体已注销，现场无相关活动，不予立案。",
            u"经核实为正常商品促销，无返利承诺，不构成非法金融活动。" });
    }
    return in;
}

TransitionInput Content::triageDuplicate(const QString& originalCaseNo)
{
    TransitionInput in;
    in.confidence = QStringLiteral("high");
    in.note = u(u"重复线索：与%1为同一主体、同一事件，已在原案中处理，本条不再单独研判。").arg(originalCaseNo);
    return in;
}

TransitionInput Content::escalate(Random& r, const QDateTime& at)
{
    TransitionInput in;
    // A fictitious 穗岁安 submission number.
    in.reference = u(u"SSA%1-%2")
                       .arg(at.date().toString(QStringLiteral("yyyyMMdd")),
                           QStringLiteral("%1").arg(r.between(1, 999), 4, 10, QLatin1Char('0')));
    in.note = r.pick({ u"已通过穗岁安上报区打非办。", u"按研判意见上报，请区打非办审核。",
        u"情况紧急，活动仍在进行，请尽快处置。" });
    return in;
}

TransitionInput Content::review(
    Random& r, const Story& st, const QString& decision, const QString& street, const QDate& on, const QDate& until)
{
    TransitionInput in;
    in.reference = u(u"天打非〔%1〕%2号").arg(n(on.year())).arg(r.between(3, 180));
    const QString scale = st.lead.victims ? u(u"涉及群众%1余人").arg(n(*st.lead.victims)) : u(u"涉及人数待查");
    if (decision == QLatin1String("refer_police")) {
        in.unit = u(u"广州市公安局天河区分局经济犯罪侦查大队");
        in.opinion
            = u(u"经审核，%1以“%2”为名、承诺“%3”向社会公众吸收资金，%4，涉嫌非法吸收公众存款罪，移交公安机关依法查处。")
                  .arg(st.entity.name, st.entity.pitch, st.entity.promise, scale);
    } else if (decision == QLatin1String("refer_regulator")) {
        in.unit = st.entity.scheme == Scheme::Ads
            ? u(u"天河区市场监督管理局")
            : r.pick({ u"广州市地方金融管理局", u"国家金融监督管理总局广东监管局" });
        in.opinion = u(u"经审核，%1未取得金融许可开展%2相关业务，%3，移交金融监管部门核查处置。")
                         .arg(st.entity.name, quoted(st.entity.product), scale);
    } else if (decision == QLatin1String("monitor")) {
        in.opinion
            = u(u"现有材料尚不足以认定非法集资，纳入重点监测：请%1网格前哨员每周巡查宣讲活动，发现收取资金立即上报。")
                  .arg(street);
        in.until = until;
    } else if (decision == QLatin1String("mediate")) {
        in.unit = u(u"%1人民调解委员会").arg(street);
        in.opinion = u(u"涉事金额较小、参与人员集中，组织退款调解，同时责令%1停止宣传。").arg(st.entity.shortName);
    } else if (decision == QLatin1String("return")) {
        in.opinion = r.pick({ u"现有材料不足以认定，退回研判：请补充资金往来证据及参与人员名单。",
            u"主体信息有误，退回研判：请核实实际经营者。" });
    }
    return in;
}

TransitionInput Content::close(Random& r, const Story& st, const QString& decision)
{
    TransitionInput in;
    if (decision == QLatin1String("refer_police")) {
        in.outcome = r.chance(0.75) ? QStringLiteral("case_opened") : QStringLiteral("transferred");
        in.note = in.outcome == QLatin1String("case_opened")
            ? u(u"公安机关已立案侦查，涉案资金已冻结部分；本办配合做好参与群众的登记和稳控工作。")
            : u(u"主要经营地在外区，公安机关已移送属地管辖，本办结案并持续关注。");
    } else if (decision == QLatin1String("refer_regulator")) {
        in.outcome = r.chance(0.6) ? QStringLiteral("penalized") : QStringLiteral("rectified");
        in.note = in.outcome == QLatin1String("penalized")
            ? u(u"监管部门已作出行政处罚，责令停止违法宣传和业务。")
            : u(u"经约谈，%1已停止相关业务并撤除宣传资料，整改完毕。").arg(st.entity.shortName);
    } else if (decision == QLatin1String("monitor")) {
        in.outcome = r.chance(0.7) ? QStringLiteral("monitoring_ended") : QStringLiteral("rectified");
        in.note = u(u"监测期内网格前哨员共巡查%1次，未再发现宣讲和收款活动，结束监测。").arg(r.between(4, 12));
    } else {
        in.outcome = QStringLiteral("mediated");
        in.note = u(u"经调解，%1已向%2名参与群众退还款项，双方签订调解协议。")
                      .arg(st.entity.shortName)
                      .arg(st.lead.victims.value_or(r.between(3, 12)));
    }
    return in;
}

QString Content::assignNote(Random& r)
{
    return r.pick(
        { u"该网格暂无结对志愿者，请协助研判。", u"请就近协助研判。", u"涉及银行取款情况，请风险监测员研判。" });
}

} // namespace gs::demo
