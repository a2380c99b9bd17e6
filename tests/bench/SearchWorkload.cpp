// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "SearchWorkload.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>

namespace gs::bench::search {
namespace {

constexpr int kLengths[] = { 2, 4, 8 };
const char* const kClasses[] = { "2ch", "4ch", "8ch" };
/// Terms an officer would type: frequent words of the generated texts.
const char* const kCommon[] = { "养老", "理财", "保健品", "虚拟货币", "以房养老", "高息", "有限公司", "鼓楼区" };

QString columnText(const Lead& lead, const char* name)
{
    const int i = int(WorkloadData::leadColumns().indexOf(QByteArray(name)));
    const auto* bytes = std::get_if<QByteArray>(&lead.row[std::size_t(i)]);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

bool isCjk(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }

} // namespace

Options parseOptions(const QCoreApplication& app, const char* description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(description));
    parser.addHelpOption();
    const QCommandLineOption root(QStringLiteral("data-dir"),
        QStringLiteral("Where generated datasets are cached (default ~/.cache/gridsentinel-bench)."),
        QStringLiteral("path"));
    const QCommandLineOption dir(
        QStringLiteral("dir"), QStringLiteral("The dataset folder (set by the driver)."), QStringLiteral("path"));
    const QCommandLineOption rows(
        QStringLiteral("rows"), QStringLiteral("Leads to generate (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("100000 leads: for development."));
    const QCommandLineOption per(QStringLiteral("queries"),
        QStringLiteral("Sampled queries per length 2/4/8 (default 30)."), QStringLiteral("n"));
    const QCommandLineOption scan(QStringLiteral("scan-queries"),
        QStringLiteral("Queries per class on full-scan paths: LIKE count, FTS5 2-char fallback (default 3)."),
        QStringLiteral("n"));
    const QCommandLineOption list(QStringLiteral("list-repeats"),
        QStringLiteral("First pages per list filter (default 20)."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Data and query seed (default 1)."), QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document instead of the table."));
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild"), QStringLiteral("Regenerate the dataset even if one is cached."));
    const QCommandLineOption build(QStringLiteral("build"), QStringLiteral("(plain process) Build plain.db in --dir."));
    const QCommandLineOption queriesFile(
        QStringLiteral("queries-file"), QStringLiteral("(plain process) Queries to run."), QStringLiteral("path"));
    parser.addOptions({ root, dir, rows, quick, per, scan, list, seed, json, rebuild, build, queriesFile });
    parser.process(app);
    Options o;
    o.dataRoot = parser.value(root);
    o.dir = parser.value(dir);
    if (parser.isSet(quick))
        o.rows = 100000;
    if (parser.isSet(rows))
        o.rows = std::max(1, parser.value(rows).toInt());
    if (parser.isSet(per))
        o.perLength = std::max(1, parser.value(per).toInt());
    if (parser.isSet(scan))
        o.scanQueries = std::max(0, parser.value(scan).toInt());
    if (parser.isSet(list))
        o.listRepeats = std::max(1, parser.value(list).toInt());
    if (parser.isSet(seed))
        o.seed = parser.value(seed).toULongLong();
    o.json = parser.isSet(json);
    o.rebuild = parser.isSet(rebuild);
    o.build = parser.isSet(build);
    o.queriesFile = parser.value(queriesFile);
    return o;
}

QStringList toArguments(const Options& o)
{
    QStringList args = { QStringLiteral("--dir"), o.dir, QStringLiteral("--rows"), QString::number(o.rows),
        QStringLiteral("--queries"), QString::number(o.perLength), QStringLiteral("--scan-queries"),
        QString::number(o.scanQueries), QStringLiteral("--seed"), QString::number(o.seed), QStringLiteral("--json") };
    if (o.build)
        args << QStringLiteral("--build");
    else
        args << QStringLiteral("--queries-file") << o.queriesFile;
    return args;
}

QString searchText(const Lead& lead)
{
    const QString text = QStringList { columnText(lead, "title"), columnText(lead, "entity_name"),
        columnText(lead, "entity_address"), columnText(lead, "address"), columnText(lead, "description"),
        columnText(lead, "entity_online") }
                             .join(QLatin1Char('\n'));
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QuerySampler::QuerySampler(int rows, quint64 seed, int perLength)
    : m_seed(seed)
    , m_perLength(perLength)
{
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + 17);
    for (int slot = 0; slot < 3 * perLength; ++slot)
        m_wanted.emplace(int(rng() % quint64(rows)), slot);
}

void QuerySampler::observe(int index, const QString& text)
{
    const auto [first, last] = m_wanted.equal_range(index);
    for (auto it = first; it != last; ++it) {
        const int slot = it->second;
        const int length = kLengths[slot / m_perLength];
        // Start positions of windows made only of CJK characters.
        std::vector<int> starts;
        int run = 0;
        for (int i = 0; i < text.size(); ++i) {
            run = isCjk(text[i]) ? run + 1 : 0;
            if (run >= length)
                starts.push_back(i - length + 1);
        }
        if (starts.empty())
            continue; // skipped in both processes alike
        std::mt19937_64 rng(m_seed ^ (quint64(slot) << 32) ^ quint64(index));
        m_found[slot] = text.mid(starts[rng() % starts.size()], length);
    }
}

std::vector<SearchQuery> QuerySampler::queries() const
{
    std::vector<SearchQuery> out;
    for (const auto& [slot, text] : m_found)
        out.push_back({ QString::fromLatin1(kClasses[slot / m_perLength]), text });
    for (const char* c : kCommon)
        out.push_back({ QStringLiteral("common"), QString::fromUtf8(c) });
    return out;
}

std::vector<SearchQuery> loadQueries(const QString& path, int perLength)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<SearchQuery> out;
    std::map<QString, int> taken;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject q = v.toObject();
        const QString cls = q[QStringLiteral("class")].toString();
        if (cls != QStringLiteral("common") && taken[cls]++ >= perLength)
            continue;
        out.push_back({ cls, q[QStringLiteral("text")].toString() });
    }
    return out;
}

bool saveQueries(const QString& path, const std::vector<SearchQuery>& queries)
{
    QJsonArray array;
    for (const SearchQuery& q : queries)
        array.append(QJsonObject { { QStringLiteral("class"), q.cls }, { QStringLiteral("text"), q.text } });
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(array).toJson(QJsonDocument::Indented)) > 0;
}

void generate(WorkloadData& data, QuerySampler& sampler, int rows, int batch,
    const std::function<void(std::vector<Lead>&, std::vector<QString>&)>& sink)
{
    std::vector<Lead> leads;
    std::vector<QString> texts;
    for (int done = 0; done < rows;) {
        leads.clear();
        texts.clear();
        for (int i = 0; i < batch && done < rows; ++i, ++done) {
            leads.push_back(data.nextLead());
            texts.push_back(searchText(leads.back()));
            sampler.observe(done, texts.back());
        }
        sink(leads, texts);
    }
}

QJsonObject summarize(std::vector<double> ms)
{
    QJsonObject o;
    o.insert(QStringLiteral("n"), int(ms.size()));
    if (ms.empty())
        return o;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size() - 1) + 0.5))]; };
    double sum = 0;
    for (double v : ms)
        sum += v;
    o.insert(QStringLiteral("median_ms"), at(0.5));
    o.insert(QStringLiteral("p95_ms"), at(0.95));
    o.insert(QStringLiteral("max_ms"), ms.back());
    o.insert(QStringLiteral("mean_ms"), sum / double(ms.size()));
    return o;
}

void Timings::add(const QString& cls, double pageMs, double countMs, qint64 n)
{
    page[cls].push_back(pageMs);
    count[cls].push_back(countMs);
    hits[cls] += n;
}

QJsonObject Timings::toJson() const
{
    QJsonObject o;
    for (const auto& [cls, samples] : page) {
        QJsonObject c;
        c.insert(QStringLiteral("page"), summarize(samples));
        c.insert(QStringLiteral("count"), summarize(count.at(cls)));
        c.insert(QStringLiteral("hits_total"), hits.at(cls));
        o.insert(cls, c);
    }
    return o;
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 nowNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double msSince(qint64 startNs) { return double(nowNs() - startNs) / 1e6; }

} // namespace gs::bench::search
