// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadSearchIndex.h"

#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gs {
namespace {

bool isAsciiWordChar(QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); }
/// Everything else that is a letter or number (Han, kana, hangul, full-width forms after NFKC...) is indexed
/// character by character, like CJK.
bool isCjkChar(QChar c) { return c.unicode() >= 128 && (c.isLetterOrNumber() || c.isHighSurrogate() || c.isLowSurrogate()); }

enum class RunKind { Cjk, Word };
struct Run
{
    RunKind kind;
    QString text;
};

QList<Run> runs(const QString& normalized)
{
    QList<Run> out;
    for (qsizetype i = 0; i < normalized.size();) {
        const QChar c = normalized[i];
        const bool word = isAsciiWordChar(c), cjk = isCjkChar(c);
        if (!word && !cjk) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < normalized.size() && (word ? isAsciiWordChar(normalized[j]) : isCjkChar(normalized[j])))
            ++j;
        out.append({ word ? RunKind::Word : RunKind::Cjk, normalized.mid(i, j - i) });
        i = j;
    }
    return out;
}

/// Characters of a CJK run as whole code points (a surrogate pair is one character).
QStringList characters(const QString& run)
{
    QStringList chars;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i].isHighSurrogate() && i + 1 < run.size()) {
            chars << run.mid(i, 2);
            ++i;
        } else {
            chars << QString(run[i]);
        }
    }
    return chars;
}

/// The overlapping pairs of a CJK run's characters, in order: its bigram tokens.
QStringList pairsOf(const QStringList& chars)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i)
        pairs << chars[i] + chars[i + 1];
    return pairs;
}

/// The distinct CJK bigrams of a normalised text: the tokens whose document counts lead_terms keeps (the ones
/// plan() ranks). Single characters and Latin/digit words are not counted: plan() never ranks them, and words
/// (phone numbers, amounts) would add a row per lead.
QSet<QString> bigramsOf(const QString& normalized)
{
    QSet<QString> out;
    for (const Run& run : runs(normalized)) {
        if (run.kind == RunKind::Cjk) {
            for (const QString& pair : pairsOf(characters(run.text)))
                out.insert(pair);
        }
    }
    return out;
}

} // namespace

QString LeadSearchIndex::normalize(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString LeadSearchIndex::tokens(const QString& normalized)
{
    QStringList out;
    for (const Run& run : runs(normalized)) {
        if (run.kind == RunKind::Word) {
            out << run.text;
            continue;
        }
        const QStringList chars = characters(run.text);
        out << pairsOf(chars);
        out << chars.last(); // so a one-character prefix query also finds a run's last character
    }
    return out.join(QLatin1Char(' '));
}

Status LeadSearchIndex::put(Database& db, const QString& leadId, const QString& text, const double* lon, const double* lat)
{
    Writer writer(db);
    if (auto s = writer.put(leadId, text, lon, lat); !s)
        return s;
    return writer.flush();
}

Result<Statement*> LeadSearchIndex::Writer::statement(std::size_t slot, const char* sql)
{
    std::optional<Statement>& stmt = m_statements.at(slot);
    if (!stmt) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        stmt.emplace(std::move(*prepared));
    } else {
        stmt->reset();
    }
    return &*stmt;
}

Result<std::optional<LeadSearchIndex::Writer::Entry>> LeadSearchIndex::Writer::find(const QString& leadId)
{
    auto stmt = statement(0, "SELECT docid, text FROM lead_search WHERE lead_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, leadId);
    std::optional<Entry> entry;
    if ((*stmt)->nextRow())
        entry = Entry { (*stmt)->int64(0), (*stmt)->text(1) };
    (*stmt)->reset();
    return entry;
}

Status LeadSearchIndex::Writer::dropTokensAndPlace(qint64 docid)
{
    std::size_t slot = 3;
    for (const char* sql : { "DELETE FROM lead_fts WHERE docid = ?", "DELETE FROM lead_places WHERE docid = ?" }) {
        auto del = statement(slot++, sql);
        if (!del)
            return del.error();
        if (auto s = (*del)->bind(1, docid).run(); !s)
            return s;
    }
    return {};
}

Status LeadSearchIndex::Writer::put(const QString& leadId, const QString& text, const double* lon, const double* lat)
{
    const QString normalized = normalize(text);
    auto existing = find(leadId);
    if (!existing)
        return existing.error();
    qint64 docid = *existing ? (*existing)->docid : 0;
    if (*existing)
        count((*existing)->text, -1); // the previous text's bigrams stop counting
    count(normalized, +1);
    if (docid == 0) {
        // created_at: the lead's, for the newest-first walk of frequent searches (schema v6); the lead row is
        // written first in the same transaction. A trigger keeps it equal when the lead's created_at changes.
        // listed (schema v12): whether the list shows the lead to everyone who may see it (not a draft, not
        // deleted); the lead_search_listed trigger keeps it equal when the lead's status or deleted changes.
        // One lookup of the lead for both; an entry without a lead row (tests index bare texts) is listed.
        auto insert = statement(1,
            "INSERT INTO lead_search (lead_id, text, created_at, listed) SELECT ?1, ?2, l.created_at, "
            "coalesce(l.status <> 'draft' AND l.deleted = 0, 1) FROM (SELECT 1) LEFT JOIN leads l ON l.id = ?1");
        if (!insert)
            return insert.error();
        if (auto s = (*insert)->bindAll(leadId, normalized).run(); !s)
            return s;
        docid = m_db.lastInsertRowId();
    } else {
        auto update = statement(2,
            "UPDATE lead_search SET text = ?1, listed = coalesce((SELECT status <> 'draft' AND deleted = 0 FROM leads "
            "WHERE id = lead_search.lead_id), listed) WHERE docid = ?2");
        if (!update)
            return update.error();
        if (auto s = (*update)->bindAll(normalized, docid).run(); !s)
            return s;
        if (auto s = dropTokensAndPlace(docid); !s)
            return s;
    }
    auto fts = statement(5, "INSERT INTO lead_fts (docid, tokens) VALUES (?, ?)");
    if (!fts)
        return fts.error();
    if (auto s = (*fts)->bindAll(docid, tokens(normalized)).run(); !s)
        return s;
    if (lon && lat) {
        auto place
            = statement(6, "INSERT INTO lead_places (docid, min_lon, max_lon, min_lat, max_lat) VALUES (?,?,?,?,?)");
        if (!place)
            return place.error();
        return (*place)->bindAll(docid, *lon, *lon, *lat, *lat).run();
    }
    return {};
}

void LeadSearchIndex::Writer::count(const QString& normalized, int delta)
{
    for (const QString& bigram : bigramsOf(normalized)) {
        qint64& pending = m_termDeltas[bigram];
        pending += delta;
        if (pending == 0) // an edit that keeps the bigram: nothing to write
            m_termDeltas.remove(bigram);
    }
}

Status LeadSearchIndex::Writer::flush()
{
    // No UPSERT in SQLite 3.15: make sure the row exists, then add. A count that reaches zero is deleted, so
    // lead_terms holds exactly the bigrams of the index.
    for (auto it = m_termDeltas.cbegin(); it != m_termDeltas.cend(); ++it) {
        if (it.value() > 0) {
            auto ensure = statement(7, "INSERT OR IGNORE INTO lead_terms (term, docs) VALUES (?, 0)");
            if (!ensure)
                return ensure.error();
            if (auto s = (*ensure)->bind(1, it.key()).run(); !s)
                return s;
        }
        auto add = statement(8, "UPDATE lead_terms SET docs = docs + ? WHERE term = ?");
        if (!add)
            return add.error();
        if (auto s = (*add)->bindAll(it.value(), it.key()).run(); !s)
            return s;
        if (it.value() < 0) {
            auto drop = statement(9, "DELETE FROM lead_terms WHERE term = ? AND docs <= 0");
            if (!drop)
                return drop.error();
            if (auto s = (*drop)->bind(1, it.key()).run(); !s)
                return s;
        }
    }
    m_termDeltas.clear();
    return {};
}

Status LeadSearchIndex::Writer::remove(const QString& leadId)
{
    auto existing = find(leadId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    count((*existing)->text, -1);
    if (auto s = dropTokensAndPlace((*existing)->docid); !s)
        return s;
    auto del = statement(10, "DELETE FROM lead_search WHERE docid = ?");
    if (!del)
        return del.error();
    return (*del)->bind(1, (*existing)->docid).run();
}

Status LeadSearchIndex::remove(Database& db, const QString& leadId)
{
    Writer writer(db);
    if (auto s = writer.remove(leadId); !s)
        return s;
    return writer.flush();
}

Result<LeadSearchIndex::Plan> LeadSearchIndex::plan(Database& db, const QString& query)
{
    Plan plan;
    QStringList terms;
    QStringList phrases; ///< one FTS4 phrase per part, while every part is one CJK run
    bool phrasable = true;
    int bigramRuns = 0;
    const QStringList parts = normalize(query).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    std::optional<Statement> counter;
    for (const QString& part : parts) {
        const QList<Run> partRuns = runs(part);
        if (partRuns.isEmpty())
            continue;
        plan.needles << part;
        // A part that is one CJK run is, as a phrase of its consecutive bigrams, an exact substring match:
        // bigrams are indexed at consecutive positions within a run, and never across runs.
        if (partRuns.size() == 1 && partRuns.first().kind == RunKind::Cjk && partRuns.first().text == part
            && characters(part).size() >= 2) {
            phrases << QLatin1Char('"') + pairsOf(characters(part)).join(QLatin1Char(' ')) + QLatin1Char('"');
        } else {
            phrasable = false;
        }
        for (const Run& run : partRuns) {
            if (run.kind == RunKind::Word) {
                terms << run.text + QLatin1Char('*'); // Latin/digits: prefix of a word
                continue;
            }
            const QStringList chars = characters(run.text);
            if (chars.size() == 1) {
                terms << chars.first() + QLatin1Char('*');
                continue;
            }
            ++bigramRuns;
            QList<std::pair<qint64, QString>> bigrams;
            QSet<QString> seen;
            for (const QString& b : pairsOf(chars)) {
                if (!seen.contains(b)) {
                    seen.insert(b);
                    if (!counter) {
                        auto stmt = db.prepare("SELECT docs FROM lead_terms WHERE term = ?");
                        if (!stmt)
                            return stmt.error();
                        counter.emplace(std::move(*stmt));
                    }
                    counter->reset();
                    counter->bind(1, b);
                    bigrams.append({ counter->nextRow() ? counter->int64(0) : 0, b });
                }
            }
            // Matching every bigram costs far more than it saves; the two rarest narrow the candidates,
            // verification makes the result exact.
            std::sort(bigrams.begin(), bigrams.end());
            if (plan.candidates < 0 || bigrams.first().first < plan.candidates)
                plan.candidates = bigrams.first().first;
            for (int i = 0; i < std::min<int>(2, int(bigrams.size())); ++i)
                terms << bigrams[i].second;
        }
    }
    terms.removeDuplicates();
    plan.match = terms.join(QLatin1Char(' '));
    if (phrasable && !phrases.isEmpty())
        plan.phrase = phrases.join(QLatin1Char(' '));
    // One part made of one token (a single character, one bigram, one word prefix) is exact already.
    plan.needsVerification = !(plan.needles.size() == 1 && terms.size() == 1
        && (runs(plan.needles.first()).size() == 1 && characters(plan.needles.first()).size() <= 2));
    if (bigramRuns == 0 && parts.size() == 1 && runs(plan.needles.value(0)).size() == 1
        && runs(plan.needles.value(0)).first().kind == RunKind::Word)
        plan.needsVerification = false; // a word prefix: matches where a word starts, by design
    return plan;
}

} // namespace gs
