// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadDataset.h"

#include "SearchWorkload.h"

#include "accounts/Session.h"
#include "domain/Validators.h"
#include "leads/LeadKeys.h"
#include "leads/LeadRepository.h"
#include "search/LeadSearchIndex.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <thread>

namespace gs::bench {
namespace {

using search::msSince;
using search::nowNs;

/// Leads per transaction. Large, because a bulk load pays per commit (WAL frames, checkpoint); the app's own
/// saves are one lead per transaction, which changes how long the build takes, not what it writes.
constexpr int kBatch = 10000;

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "dataset: %s\n", qPrintable(message));
    std::exit(EXIT_FAILURE);
}

void check(const Status& s, const char* what)
{
    if (!s)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error().message));
}

template <typename T> T take(Result<T>&& r, const char* what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(*r);
}

void bindValue(Statement& stmt, int index, const SqlValue& v)
{
    if (const auto* i = std::get_if<qint64>(&v))
        stmt.bind(index, *i);
    else if (const auto* d = std::get_if<double>(&v))
        stmt.bind(index, *d);
    else if (const auto* b = std::get_if<QByteArray>(&v))
        stmt.bind(index, b->constData());
    else
        stmt.bindNull(index);
}

void insertRow(Statement& stmt, const Row& row)
{
    for (std::size_t i = 0; i < row.size(); ++i)
        bindValue(stmt, int(i) + 1, row[i]);
    check(stmt.run(), "insert");
    stmt.reset();
}

int column(const char* name)
{
    return int(WorkloadData::leadColumns().indexOf(QByteArray(name)));
}

QString textAt(const Row& row, const char* name)
{
    const auto* b = std::get_if<QByteArray>(&row[std::size_t(column(name))]);
    return b ? QString::fromUtf8(*b) : QString();
}

/// One lead as the bulk load writes it, prepared on the generator thread.
struct Prepared
{
    Lead lead;
    QString text; ///< Lead::searchableText() of the row's fields, normalised (what lead_search stores)
    QByteArray entityKey, phoneKey;
    std::optional<double> lon, lat;
};

/// Generates batches on a second thread while the first one writes: on two cores, text generation and
/// SQLite's work overlap instead of adding up. The order (and so every byte) is the same as single-threaded.
class Producer
{
public:
    Producer(WorkloadData& data, search::QuerySampler& sampler, int rows)
        : m_thread([this, &data, &sampler, rows] { run(data, sampler, rows); })
    { }
    ~Producer() { m_thread.join(); }

    /// The next batch; empty when all rows were produced.
    std::vector<Prepared> next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return {};
        std::vector<Prepared> batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_one();
        return batch;
    }

private:
    void run(WorkloadData& data, search::QuerySampler& sampler, int rows)
    {
        for (int done = 0; done < rows;) {
            std::vector<Prepared> batch;
            batch.reserve(kBatch);
            for (int i = 0; i < kBatch && done < rows; ++i, ++done) {
                Prepared p;
                p.lead = data.nextLead();
                p.text = search::searchText(p.lead);
                sampler.observe(done, p.text);
                p.entityKey = leads::entityKey(textAt(p.lead.row, "entity_name")).toUtf8();
                p.phoneKey = validate::normalizedPhone(textAt(p.lead.row, "entity_phone")).toUtf8();
                if (const auto* lon = std::get_if<double>(&p.lead.row[std::size_t(column("lon"))]))
                    p.lon = *lon;
                if (const auto* lat = std::get_if<double>(&p.lead.row[std::size_t(column("lat"))]))
                    p.lat = *lat;
                batch.push_back(std::move(p));
            }
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_queue.size() < 2; });
            m_queue.push_back(std::move(batch));
            m_ready.notify_one();
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_one();
    }

    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<std::vector<Prepared>> m_queue;
    bool m_done = false;
    std::thread m_thread; ///< last: starts once the members above exist
};

QString cipherPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("node/gridsentinel.db"));
}

/// The node: Vault::createNode (all migrations), the reference rows, then the leads through the app's own
/// index code. Each lead gets what LeadRepository::save writes for a new lead, in the same tables: the row
/// (with its duplicate keys), one change_log entry, and its lead_search / lead_fts / lead_places entries
/// from LeadSearchIndex::Writer (the same code put() runs). Not written: audit events and case counters,
/// which no list, search or start path reads.
/// A node as the dataset has it (its district, its supervisor, a fast KDF) at `path`.
Vault::CreatedNode createBenchNode(const QString& path)
{
    Vault::NodeSetup setup;
    setup.databasePath = path;
    setup.nodeName = QStringLiteral("Bench node");
    setup.districtCode = QStringLiteral("350102");
    setup.districtName = QStringLiteral("鼓楼区");
    setup.adminUserName = datasetUser();
    setup.adminDisplayName = QStringLiteral("基准 主任");
    setup.adminPassword = datasetPassword();
    setup.kdf = crypto::ScryptParams { 10, 8, 1 };
    QDir().mkpath(QFileInfo(path).path());
    return take(Vault::createNode(setup), "Vault::createNode");
}

QJsonObject buildCipher(const DatasetSpec& spec, const QString& dir)
{
    auto created = createBenchNode(cipherPath(dir));
    std::unique_ptr<Session> session = std::move(created.session);
    Database& db = session->db();
    // Bulk-load settings of this connection only; nothing of them is stored in the file. synchronous=OFF
    // skips the fsyncs (a crash during the build just means building again); the larger cache keeps the
    // index pages of 10k-lead transactions in memory.
    check(db.exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;"), "bulk pragmas");

    WorkloadData data(spec.seed, datasetMeanIntervalMs(spec.rows));
    {
        Transaction tx(db);
        check(tx.begun(), "begin");
        for (const TableData& table : data.referenceTables()) {
            auto insert = take(db.prepare(insertSql(table.name, table.columns).constData()), "prepare");
            for (const Row& row : table.rows)
                insertRow(insert, row);
        }
        check(tx.commit(), "commit");
    }

    QList<QByteArray> columns = WorkloadData::leadColumns();
    columns << "entity_key"
            << "phone_key";
    auto insertLead = take(db.prepare(insertSql("leads", columns).constData()), "prepare leads");
    auto insertChange
        = take(db.prepare(insertSql("change_log", ChangeEntry::columns()).constData()), "prepare change_log");
    LeadSearchIndex::Writer index(db);
    search::QuerySampler sampler(spec.rows, spec.seed, kSampledPerLength);

    const qint64 start = nowNs();
    int written = 0;
    {
        Producer producer(data, sampler, spec.rows);
        for (std::vector<Prepared> batch = producer.next(); !batch.empty(); batch = producer.next()) {
            Transaction tx(db);
            check(tx.begun(), "begin");
            for (Prepared& p : batch) {
                p.lead.row.emplace_back(std::move(p.entityKey));
                p.lead.row.emplace_back(std::move(p.phoneKey));
                insertRow(insertLead, p.lead.row);
                insertRow(insertChange, p.lead.change.toRow());
                const double* lon = p.lon ? &*p.lon : nullptr;
                const double* lat = p.lat ? &*p.lat : nullptr;
                check(index.put(QString::fromLatin1(p.lead.id), p.text, lon, lat), "LeadSearchIndex::Writer::put");
            }
            check(tx.commit(), "commit");
            written += int(batch.size());
            if (written % 100000 == 0 || written == spec.rows)
                std::fprintf(stderr, "dataset: node %d/%d leads, %.0f s\n", written, spec.rows, msSince(start) / 1000);
        }
        // The bigram document counts of every batch, written once (a half-built dataset is never used).
        Transaction tx(db);
        check(tx.begun(), "begin");
        check(index.flush(), "LeadSearchIndex::Writer::flush");
        check(tx.commit(), "commit");
    }
    const double buildMs = msSince(start);
    check(db.exec("PRAGMA wal_checkpoint(TRUNCATE);"), "checkpoint");
    if (!search::saveQueries(QDir(dir).filePath(QStringLiteral("queries.json")), sampler.queries()))
        die(QStringLiteral("cannot write queries.json"));
    session.reset();
    return { { QStringLiteral("node_build_ms"), buildMs },
        { QStringLiteral("node_bytes"), QFileInfo(cipherPath(dir)).size() } };
}

void buildPlain(const DatasetSpec& spec, const QString& dir)
{
    QProcess process;
    // Its progress goes to our stderr; its report line must not reach our stdout, where the caller's JSON goes.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    search::Options o;
    o.dir = dir;
    o.rows = spec.rows;
    o.seed = spec.seed;
    o.build = true;
    QStringList args = search::toArguments(o);
    args.removeAll(QStringLiteral("--json"));
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/gridsentinel_bench_search_plain"), args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("gridsentinel_bench_search_plain --build failed (%1)").arg(process.errorString()));
}

/// The cached node must still be what this code would write: schema version, and for a sample of leads the
/// stored search text and tokens equal what the per-save path (Lead::searchableText through put()) gives.
/// Every table, index and trigger as its SQL: what the planner has to work with.
QStringList schemaObjects(Database& db)
{
    QStringList out;
    auto stmt = take(db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"),
        "schema objects");
    while (stmt.nextRow())
        out << stmt.text(0) + QLatin1Char(' ') + stmt.text(1) + QStringLiteral(": ") + stmt.text(2);
    return out;
}

/// The schema a node created today has. A migration edited after a dataset was built leaves the same
/// user_version on different indexes (it happened: v6's deadline index was renamed), and every figure
/// would then measure plans the app no longer makes.
QStringList referenceSchema()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder for the reference schema"));
    return schemaObjects(createBenchNode(dir.filePath(QStringLiteral("reference.db"))).session->db());
}

QString verify(const Dataset& d, int rows)
{
    auto session = Vault::unlock(d.databasePath, datasetUser(), datasetPassword());
    if (!session) {
        // A binary built from older sources (a bisect, an A/B run) must not throw away a dataset that a newer
        // one migrated: rebuilding a million leads takes a quarter of an hour.
        if (session.error().code == Error::Code::SchemaTooNew)
            die(QStringLiteral("%1: %2 Build the bench from current sources, or pass another --data-dir.")
                    .arg(d.dir, session.error().message));
        return session.error().message;
    }
    Database& db = (*session)->db();
    // Vault::unlock has just run the app's migrations on it, as it does on a real node after an update.
    if (db.userVersion() != schema::latestVersion())
        return QStringLiteral("schema version %1 after migrating, the app is at %2")
            .arg(db.userVersion())
            .arg(schema::latestVersion());
    const QStringList expected = referenceSchema();
    const QStringList actual = schemaObjects(db);
    for (const QString& object : expected) {
        if (!actual.contains(object))
            return QStringLiteral("its schema differs from a new node's: %1").arg(object.left(160));
    }
    for (const QString& object : actual) {
        if (!expected.contains(object))
            return QStringLiteral("its schema has what a new node's does not: %1").arg(object.left(160));
    }
    auto count = take(db.prepare("SELECT count(*) FROM leads"), "count");
    if (!count.nextRow() || count.int64(0) != rows)
        return QStringLiteral("%1 leads instead of %2").arg(count.int64(0)).arg(rows);
    LeadRepository repo(**session);
    auto sample
        = take(db.prepare("SELECT docid, lead_id, text FROM lead_search WHERE docid IN (1, ?1, ?2, ?3)"), "sample");
    sample.bindAll(qint64(rows / 3 + 1), qint64(2 * rows / 3 + 1), qint64(rows));
    auto tokens = take(db.prepare("SELECT tokens FROM lead_fts WHERE docid = ?"), "tokens");
    int checked = 0;
    while (sample.nextRow()) {
        auto lead = repo.load(sample.text(1));
        if (!lead)
            return lead.error().message;
        tokens.reset();
        tokens.bind(1, sample.int64(0));
        const QString text = LeadSearchIndex::normalize(lead->searchableText());
        if (!tokens.nextRow() || text != sample.text(2) || LeadSearchIndex::tokens(text) != tokens.text(0))
            return QStringLiteral("lead %1 is indexed differently from what the save path writes").arg(lead->id);
        ++checked;
    }
    return checked > 0 ? QString() : QStringLiteral("no indexed leads");
}

} // namespace

QString datasetUser()
{
    return QStringLiteral("bench-supervisor");
}
QString datasetPassword()
{
    return QStringLiteral("bench dataset 2026");
}

QString defaultDatasetRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("gridsentinel-bench"));
}

QString datasetDir(const DatasetSpec& spec)
{
    const QString root = spec.root.isEmpty() ? defaultDatasetRoot() : spec.root;
    return QDir(root).filePath(
        QStringLiteral("leads-%1-seed%2-gen%3").arg(spec.rows).arg(spec.seed).arg(kGeneratorVersion));
}

Dataset ensureDataset(const DatasetSpec& spec)
{
    Dataset d;
    d.dir = datasetDir(spec);
    d.databasePath = cipherPath(d.dir);
    d.plainPath = QDir(d.dir).filePath(QStringLiteral("plain.db"));
    d.queriesPath = QDir(d.dir).filePath(QStringLiteral("queries.json"));
    const QString manifestPath = QDir(d.dir).filePath(QStringLiteral("manifest.json"));

    if (!spec.rebuild) {
        QFile manifest(manifestPath);
        if (manifest.open(QIODevice::ReadOnly)) {
            d.manifest = QJsonDocument::fromJson(manifest.readAll()).object();
            if (d.manifest[QStringLiteral("complete")].toBool() && QFileInfo::exists(d.plainPath)
                && QFileInfo::exists(d.queriesPath)) {
                const qint64 start = nowNs();
                const QString problem = verify(d, spec.rows);
                if (problem.isEmpty()) {
                    std::fprintf(
                        stderr, "dataset: reusing %s (checked in %.0f ms)\n", qPrintable(d.dir), msSince(start));
                    d.reused = true;
                    return d;
                }
                std::fprintf(stderr, "dataset: rebuilding %s: %s\n", qPrintable(d.dir), qPrintable(problem));
            }
        }
    }

    // The manifest is written last: a build that stopped half-way is never reused.
    if (!QDir(d.dir).removeRecursively() || !QDir().mkpath(d.dir))
        die(QStringLiteral("cannot prepare %1").arg(d.dir));
    std::fprintf(
        stderr, "dataset: building %d leads in %s (done once; later runs reuse it)\n", spec.rows, qPrintable(d.dir));
    const qint64 start = nowNs();
    QJsonObject manifest = buildCipher(spec, d.dir);
    const qint64 plainStart = nowNs();
    buildPlain(spec, d.dir);
    manifest.insert(QStringLiteral("plain_build_ms"), msSince(plainStart));
    manifest.insert(QStringLiteral("plain_bytes"), QFileInfo(d.plainPath).size());
    if (const QString problem = verify(d, spec.rows); !problem.isEmpty())
        die(QStringLiteral("the new dataset fails its check: %1").arg(problem));
    manifest.insert(QStringLiteral("total_build_ms"), msSince(start));
    manifest.insert(QStringLiteral("rows"), spec.rows);
    manifest.insert(QStringLiteral("seed"), QString::number(spec.seed));
    manifest.insert(QStringLiteral("generator_version"), kGeneratorVersion);
    manifest.insert(QStringLiteral("schema_version"), schema::latestVersion());
    manifest.insert(QStringLiteral("built_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    manifest.insert(QStringLiteral("complete"), true);
    QFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) <= 0)
        die(QStringLiteral("cannot write %1").arg(manifestPath));
    std::fprintf(stderr, "dataset: built in %.0f s (node %.0f s, plain %.0f s)\n", msSince(start) / 1000,
        manifest[QStringLiteral("node_build_ms")].toDouble() / 1000,
        manifest[QStringLiteral("plain_build_ms")].toDouble() / 1000);
    d.manifest = manifest;
    return d;
}

} // namespace gs::bench
