// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "demo/DemoRandom.h"
#include "domain/Lead.h"
#include "workflow/CaseData.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gs::demo {

/// What a lead is about. The scheme decides the entity, the promises, the groups at risk, the evidence and how
/// a case about it tends to end. Benign: something that looked suspicious to a resident but is lawful (a
/// bank's own product talk, a subsidised canteen), triaged as unfounded.
enum class Scheme {
    Pension, ///< 以养老为名: elder-care flats sold in advance, 以房养老, bed subscriptions
    Wealth, ///< 财富管理 / 投资咨询 "products" with 保本保息
    Equity, ///< 原始股, 私募股权 sold to the public
    Rebate, ///< 消费返利 shops and apps
    Crypto, ///< 虚拟货币, mining machines, overseas platforms
    HealthProducts, ///< 保健品讲座 with free trips and "health dividends"
    Relocation, ///< demolition compensation (拆迁款) of relocated villagers
    Ads, ///< 非法金融广告 on notice boards and in lifts
    CampusLoans, ///< 校园贷 and paid-ahead "order brushing"
    WorkerFunds, ///< fund-raising among migrant construction workers
    Benign,
};
inline constexpr int kSchemeCount = int(Scheme::Benign) + 1;

/// The company or organisation a lead names. Names, codes and phones are made up (docs/data-sources.md).
struct Entity
{
    Scheme scheme = Scheme::Benign;
    QString name;
    QString shortName; ///< for titles: the trade name and its trade (颐康养老)
    QString uscc; ///< passes GB 32100 validation; fictitious (the MA0000 block)
    QString phone; ///< fictitious (four zeros in the middle)
    QString online; ///< a WeChat group, official account or app, may be empty
    QString address; ///< registered address
    QString product; ///< what is sold (“稳盈6号”理财产品)
    QString pitch; ///< what it is sold as (以房养老, 原始股)
    QString promise; ///< the headline promise (保本保息)
    QString claim; ///< the promise spelled out, with figures
    int foundedYear = 2024;
    QString business; ///< registered business scope, for the triage cross-check
};

/// Where a lead happened, in words.
struct PlaceNames
{
    QString street; ///< 石牌街道
    QString community; ///< 华师社区 (without 居委会)
};

/// The content of one lead and what later steps say about it.
struct Story
{
    Lead lead; ///< title, categories, entity, address, groups, amount, victims, source, informant, description
    Entity entity;
    QString venue; ///< 社区活动室宣讲
    QStringList basis; ///< triage grounds (cases::basisKeys())
    bool strong = false; ///< enough to refer without more information (amounts, victims, evidence)
};

/// Who filed a lead, for the wording.
enum class Filer { Sentinel, Office, Volunteer };

/// Realistic Chinese text for the demo district's leads and cases, drawn from a seeded generator.
class Content
{
public:
    static Entity entity(Random& random, Scheme scheme);
    /// A lead about `entity` at `place`, filed at `filedAt` by a sentinel on patrol, the district office
    /// (reports from the public) or a volunteer's branch.
    static Story story(Random& random, const Entity& entity, const PlaceNames& place, Filer filer,
        const QDateTime& filedAt, const QString& institution);
    /// The same event reported again by someone else (a resident through the hotline).
    static Story retold(Random& random, const Story& original, const QDateTime& filedAt);
    /// What the sentinel adds when asked for more information.
    static QString supplement(Random& random, const Story& story);

    static TransitionInput triageSuspected(Random& random, const Story& story);
    static TransitionInput triageNeedsInfo(Random& random, const Story& story);
    static TransitionInput triageUnfounded(Random& random, const Story& story);
    static TransitionInput triageDuplicate(const QString& originalCaseNo);
    static TransitionInput escalate(Random& random, const QDateTime& at);
    /// `decision` is a review transition: refer_police, refer_regulator, monitor, mediate or return.
    static TransitionInput review(Random& random, const Story& story, const QString& decision, const QString& street,
        const QDate& on, const QDate& until);
    /// Closing a case after `decision`; `outcome` filled to match.
    static TransitionInput close(Random& random, const Story& story, const QString& decision);
    static QString assignNote(Random& random);

    /// A person's name (surname + one or two characters), for informants.
    static QString personName(Random& random);
    /// A fictitious mobile number: 1[358]x0000xxxx.
    static QString mobile(Random& random);
    /// A USCC with a valid check character in the fictitious MA0000 block.
    static QString uscc(Random& random, const QString& prefix, const QString& region);
};

} // namespace gs::demo
