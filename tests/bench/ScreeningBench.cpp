// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// gridsentinel_bench_screening: how fast RiskScreener::findAll scans, next to `grep -F -o -f dict.txt`.
// Generates seeded, lead-like Chinese text (default 50 MB of UTF-8) with risk terms sprinkled in, writes
// text.txt and dict.txt (the seeded dictionary) to a directory, scans the text in memory and from the file,
// then runs grep over the same two files. MB are MiB of the UTF-8 file. Not a test: it reports.

#include "rules/RiskScreener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace gs;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QStringList words(const char16_t* spaceSeparated)
{
    return s(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Sentences in the register of sentinels' reports and of the flyers they copy out.
QByteArray generateText(qint64 targetBytes, quint64 seed, const QStringList& terms)
{
    const QStringList subjects = words(u"社区网格员 居民 有人 一名男子 一位阿姨 工作人员 邻居 业主 家属 商户 志愿者 "
                                       u"街道办 派出所民警 一家公司 该门店 对方 老张 王女士 李大爷 群众");
    const QStringList verbs = words(u"反映 发现 介绍 宣称 表示 声称 提醒 登记 核实 推销 转发 组织 邀请 要求 承诺 "
                                    u"劝说 说明 通知 拍下 举报");
    const QStringList objects = words(u"小区门口的讲座 免费领鸡蛋的活动 保健品 旅游考察 会员积分 新型项目 合作协议 "
                                      u"扫码注册 微信群 朋友圈广告 宣传单 投资课程 养生产品 股权证书 理财合同 "
                                      u"消费卡 电子钱包 线上平台 提现通道 分期付款 纪念币 收藏品 酒水代理 茶叶 "
                                      u"防范非法集资知识手册 风险提示 转账记录 付款凭证 合同复印件");
    const QStringList places = words(u"在小区广场 在菜市场旁 在银行门口 在公园里 在社区活动室 在超市二楼 在写字楼 "
                                     u"在村委会 在出租屋 在街道服务中心 在地铁站附近 线上");
    const QStringList tails = words(u"情况已记录 已提醒家属注意 需进一步核实 已报告街道 群众比较担心 已拍照留存 "
                                    u"请志愿者跟进 涉及金额约三万元 参与人数较多 目前无法提现 对方拒绝提供合同 "
                                    u"已发放宣传资料 建议纳入监测 已联系金融办");
    const QStringList latin { QStringLiteral("APP"), QStringLiteral("VIP"), QStringLiteral("2026"),
        QStringLiteral("3000"), QStringLiteral("12%"), QStringLiteral("No.8") };
    const QStringList ends { s(u"。"), s(u"。"), s(u"！"), s(u"？"), s(u"；") };

    QRandomGenerator rng(seed);
    const auto pick = [&](const QStringList& list) -> const QString& { return list.at(rng.bounded(int(list.size()))); };
    QByteArray out;
    out.reserve(targetBytes + 4096);
    QString line;
    while (out.size() < targetBytes) {
        line.clear();
        const int sentences = 3 + rng.bounded(5);
        for (int i = 0; i < sentences; ++i) {
            line += pick(subjects) + pick(places) + pick(verbs) + pick(objects);
            if (rng.bounded(3) == 0)
                line += s(u"，") + pick(latin) + pick(objects);
            if (rng.bounded(6) == 0) // a risk signal in about one sentence in six
                line += s(u"，") + pick(subjects) + pick(verbs) + pick(terms);
            line += s(u"，") + pick(tails) + pick(ends);
        }
        line += QLatin1Char('\n');
        out += line.toUtf8();
    }
    return out;
}

/// What grep -o prints: per line, the leftmost match, the longest there, then on after its end.
qsizetype leftmostLongestCount(QList<RiskScreener::Match> matches)
{
    std::sort(matches.begin(), matches.end(),
        [](const auto& a, const auto& b) { return a.start != b.start ? a.start < b.start : a.length > b.length; });
    qsizetype count = 0;
    qsizetype next = 0;
    for (const auto& m : std::as_const(matches)) {
        if (m.start >= next) {
            ++count;
            next = m.start + m.length;
        }
    }
    return count;
}

double bestOf(int runs, const std::function<void()>& f)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RiskScreener::findAll throughput next to grep -F -o."));
    parser.addHelpOption();
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("Text size in MiB (default 50)."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Text seed."), QStringLiteral("n"), QStringLiteral("20260101"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Best of n runs (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Write text.txt and dict.txt here and keep them."), QStringLiteral("path"));
    const QCommandLineOption noGrepOption(QStringLiteral("no-grep"), QStringLiteral("Do not run grep."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also print the figures as one JSON line (last line)."));
    parser.addOptions({ mbOption, seedOption, runsOption, dirOption, noGrepOption, jsonOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    const QString textPath = QDir(dir).filePath(QStringLiteral("text.txt"));
    const QString dictPath = QDir(dir).filePath(QStringLiteral("dict.txt"));

    const RiskScreener screener; // the seeded dictionary
    QStringList terms;
    for (const RiskRule& r : screener.dictionary().rules())
        terms.append(r.term);

    QElapsedTimer t;
    t.start();
    const QByteArray utf8 = generateText(
        qint64(parser.value(mbOption).toDouble() * 1024 * 1024), parser.value(seedOption).toULongLong(), terms);
    {
        QFile text(textPath), dict(dictPath);
        if (!text.open(QIODevice::WriteOnly) || !dict.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir));
            return 1;
        }
        text.write(utf8);
        dict.write((terms.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }
    const double mib = double(utf8.size()) / (1024.0 * 1024.0);
    const QString text = QString::fromUtf8(utf8);
    std::printf("text: %.1f MiB UTF-8, %lld UTF-16 units, %lld lines; dictionary: %lld terms; generated in %.1f s\n",
        mib, static_cast<long long>(text.size()), static_cast<long long>(utf8.count('\n')),
        static_cast<long long>(terms.size()), double(t.elapsed()) / 1000.0);

    qsizetype all = 0;
    qsizetype grepLike = 0;
    const double inMemory = bestOf(runs, [&] {
        const QList<RiskScreener::Match> m = screener.findAll(text);
        all = m.size();
    });
    grepLike = leftmostLongestCount(screener.findAll(text));
    const double fromFile = bestOf(runs, [&] {
        QFile f(textPath);
        if (!f.open(QIODevice::ReadOnly))
            return;
        all = screener.findAll(QString::fromUtf8(f.readAll())).size();
    });
    std::printf("findAll, text in memory:          %7.3f s  %8.1f MB/s  %lld matches (all, overlapping), %lld "
                "leftmost-longest\n",
        inMemory, mib / inMemory, static_cast<long long>(all), static_cast<long long>(grepLike));
    std::printf("read + fromUtf8 + findAll:        %7.3f s  %8.1f MB/s\n", fromFile, mib / fromFile);

    // The same automaton without the dense table: what a dictionary too big for it would run on.
    const AhoCorasick sparse(terms, TextNormalizer(), 0);
    qsizetype sparseCount = 0;
    const double sparseTime = bestOf(runs, [&] { sparseCount = sparse.findAll(text).size(); });
    std::printf("sparse-trie fallback, in memory:  %7.3f s  %8.1f MB/s  %lld matches\n", sparseTime, mib / sparseTime,
        static_cast<long long>(sparseCount));
    QJsonObject json { { QStringLiteral("mib"), mib }, { QStringLiteral("terms"), int(terms.size()) },
        { QStringLiteral("findall_memory_mbps"), mib / inMemory },
        { QStringLiteral("findall_file_mbps"), mib / fromFile }, { QStringLiteral("matches_all"), double(all) },
        { QStringLiteral("matches_leftmost_longest"), double(grepLike) },
        { QStringLiteral("sparse_mbps"), mib / sparseTime } };
    const auto printJson = [&] {
        if (parser.isSet(jsonOption))
            std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    };

    if (parser.isSet(noGrepOption) || QStandardPaths::findExecutable(QStringLiteral("grep")).isEmpty()) {
        printJson();
        return 0;
    }
    for (const QString& locale : { QStringLiteral("C.UTF-8"), QStringLiteral("C") }) {
        QString out;
        const QString command = QStringLiteral("LC_ALL=%1 grep -F -o -f dict.txt text.txt | wc -l").arg(locale);
        const double seconds = bestOf(runs, [&] {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
            p.waitForFinished(-1);
            out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        });
        std::printf("%-33s %7.3f s  %8.1f MB/s  %s matches\n",
            qPrintable(command.section(QLatin1Char('|'), 0, 0).trimmed() + QLatin1Char(':')), seconds, mib / seconds,
            qPrintable(out));
        const QString key = locale == QStringLiteral("C") ? QStringLiteral("grep_c") : QStringLiteral("grep_utf8");
        json.insert(key + QStringLiteral("_mbps"), mib / seconds);
        json.insert(key + QStringLiteral("_matches"), out.toDouble());
    }
    if (parser.isSet(dirOption))
        std::printf("files kept in %s\n", qPrintable(dir));
    printJson();
    return 0;
}
