// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Schema.h"

namespace gs::schema {
namespace {

// Conventions for every synced table: `id` is a time-ordered UUID (text), `updated_at` a hybrid logical
// clock stamp (text, sorts in causal order), `updated_by` "<node>/<user>", `deleted` a tombstone flag.
// Rows are never physically deleted while they may still need to reach other nodes.
constexpr const char* kV1 = R"sql(
CREATE TABLE node (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    district_code TEXT NOT NULL DEFAULT '',
    district_name TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    app_version   TEXT NOT NULL
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL COLLATE NOCASE UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('sentinel', 'volunteer', 'supervisor', 'admin')),
    person_id    TEXT REFERENCES people(id),
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE districts (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    city       TEXT NOT NULL DEFAULT '',
    province   TEXT NOT NULL DEFAULT '',
    geometry   TEXT,             -- GeoJSON geometry, WGS-84
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
    retired    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE streets (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    district_id TEXT NOT NULL REFERENCES districts(id),
    geometry    TEXT,
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
    retired     INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX streets_district ON streets(district_id);

CREATE TABLE communities (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    street_id  TEXT NOT NULL REFERENCES streets(id),
    geometry   TEXT,
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
    retired    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX communities_street ON communities(street_id);

-- 三格: community grids, commercial-building grids and police grids.
CREATE TABLE grids (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('community', 'building', 'police')),
    community_id TEXT NOT NULL REFERENCES communities(id),
    geometry     TEXT,
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
    responsible_person_id TEXT REFERENCES people(id),
    retired      INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX grids_community ON grids(community_id);

-- Sentinels (地方防非前哨员) and finance volunteers (金融防非志愿者).
CREATE TABLE people (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('sentinel', 'volunteer')),
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    community_id TEXT REFERENCES communities(id),
    institution  TEXT NOT NULL DEFAULT '',
    branch       TEXT NOT NULL DEFAULT '',
    hats         TEXT NOT NULL DEFAULT '[]',   -- JSON array: 专业宣讲员, 风险监测员, 专项行动员, 金融助理员
    lon REAL, lat REAL,                        -- home base or branch location, WGS-84
    active       INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_kind ON people(kind, community_id);

CREATE TABLE person_grids (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES people(id),
    grid_id    TEXT NOT NULL REFERENCES grids(id),
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (person_id, grid_id)
);
CREATE INDEX person_grids_grid ON person_grids(grid_id);

-- 结对共建卡: a volunteer paired with a sentinel. Ended pairings are kept as history.
CREATE TABLE pairings (
    id           TEXT PRIMARY KEY,
    card_no      TEXT NOT NULL UNIQUE,
    sentinel_id  TEXT NOT NULL REFERENCES people(id),
    volunteer_id TEXT NOT NULL REFERENCES people(id),
    started_on   TEXT NOT NULL,
    ended_on     TEXT,
    end_reason   TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pairings_sentinel ON pairings(sentinel_id);
CREATE INDEX pairings_volunteer ON pairings(volunteer_id);

CREATE TABLE leads (
    id                TEXT PRIMARY KEY,
    case_no           TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL DEFAULT 'draft',
    title             TEXT NOT NULL DEFAULT '',
    categories        TEXT NOT NULL DEFAULT '[]',
    entity_name       TEXT NOT NULL DEFAULT '',
    entity_uscc       TEXT NOT NULL DEFAULT '',
    entity_address    TEXT NOT NULL DEFAULT '',
    entity_phone      TEXT NOT NULL DEFAULT '',
    entity_online     TEXT NOT NULL DEFAULT '',
    person_id_number  TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    lon REAL, lat REAL,
    grid_id           TEXT REFERENCES grids(id),
    groups_at_risk    TEXT NOT NULL DEFAULT '[]',
    amount_cents      INTEGER,
    victims           INTEGER,
    source            TEXT NOT NULL DEFAULT '',
    informant_name    TEXT NOT NULL DEFAULT '',
    informant_phone   TEXT NOT NULL DEFAULT '',
    informant_confidential INTEGER NOT NULL DEFAULT 0,
    description       TEXT NOT NULL DEFAULT '',
    risk_score        REAL NOT NULL DEFAULT 0,
    risk_level        TEXT NOT NULL DEFAULT 'low',
    reporter_user_id  TEXT REFERENCES users(id),
    assignee_user_id  TEXT REFERENCES users(id),
    deadline_at       TEXT,
    linked_lead_id    TEXT REFERENCES leads(id),
    created_at        TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX leads_status ON leads(status, created_at);
CREATE INDEX leads_grid ON leads(grid_id, created_at);
CREATE INDEX leads_reporter ON leads(reporter_user_id, created_at);
CREATE INDEX leads_created ON leads(created_at);

-- Evidence, stored inside the encrypted database with its SHA-256.
CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    lead_id    TEXT NOT NULL REFERENCES leads(id),
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_lead ON attachments(lead_id);

-- The audit trail: append-only and hash-chained (prev_hash -> hash over a canonical encoding).
CREATE TABLE audit_events (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    lead_id       TEXT REFERENCES leads(id),
    subject_table TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    kind          TEXT NOT NULL,
    from_status   TEXT,
    to_status     TEXT,
    actor_user_id TEXT,
    actor_role    TEXT NOT NULL DEFAULT '',
    hlc           TEXT NOT NULL,
    wall_time     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    payload       TEXT NOT NULL DEFAULT '{}',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_events_lead ON audit_events(lead_id, seq);

-- Editable dictionaries: lead categories, risk signals with weights, groups at risk...
CREATE TABLE dictionaries (
    id         TEXT PRIMARY KEY,
    dict       TEXT NOT NULL,
    term       TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    weight     REAL NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dict, term)
);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- Every write appends here in the same transaction; sync pushes this log.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc        TEXT NOT NULL,
    node_id    TEXT NOT NULL,
    user_id    TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    payload    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);
)sql";

// Leads: Chinese search, places, drafts, duplicate keys, case numbers.
// SQLite 3.15 here has no FTS5 or trigram tokenizer: text is indexed as overlapping CJK character bigrams
// plus Latin/digit words (models/search/LeadSearchIndex) in FTS4; lead_search maps FTS docids to leads
// and keeps the normalised text that verifies candidate matches.
constexpr const char* kV2 = R"sql(
ALTER TABLE leads ADD COLUMN entity_key TEXT NOT NULL DEFAULT '';  -- normalised entity name
ALTER TABLE leads ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';   -- digits of the entity phone
CREATE INDEX leads_uscc ON leads(entity_uscc) WHERE entity_uscc <> '';
CREATE INDEX leads_entity_key ON leads(entity_key) WHERE entity_key <> '';
CREATE INDEX leads_phone_key ON leads(phone_key) WHERE phone_key <> '';
CREATE INDEX leads_linked ON leads(linked_lead_id) WHERE linked_lead_id IS NOT NULL;

CREATE TABLE lead_search (
    docid   INTEGER PRIMARY KEY,
    lead_id TEXT NOT NULL UNIQUE REFERENCES leads(id),
    text    TEXT NOT NULL
);
CREATE VIRTUAL TABLE lead_fts USING fts4(tokens, tokenize=simple);
CREATE VIRTUAL TABLE lead_fts_terms USING fts4aux(lead_fts);
-- Bounding boxes of lead places (points), keyed by lead_search.docid, for map and 200 m duplicate queries.
CREATE VIRTUAL TABLE lead_places USING rtree(docid, min_lon, max_lon, min_lat, max_lat);

-- Per-user autosaved form state; local only (not synced, no change log), removed when the lead is saved.
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id),
    lead_id    TEXT REFERENCES leads(id),
    payload    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX drafts_user ON drafts(user_id, updated_at);
CREATE TABLE draft_attachments (
    draft_id  TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size      INTEGER NOT NULL,
    content   BLOB NOT NULL,
    PRIMARY KEY (draft_id, sha256)
);

CREATE TABLE case_counters (
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
)sql";

// Case workflow (models/workflow/CaseWorkflow): who reviews and how a case ended on the lead row, the triage
// (研判) and district review records, and the audit chain's head so removing events from its end is seen.
constexpr const char* kV3 = R"sql(
ALTER TABLE leads ADD COLUMN reviewer_user_id TEXT REFERENCES users(id);
ALTER TABLE leads ADD COLUMN outcome TEXT NOT NULL DEFAULT '';     -- closure outcome key (办结结果)
ALTER TABLE leads ADD COLUMN closed_at TEXT;
CREATE INDEX leads_deadline ON leads(deadline_at) WHERE deadline_at IS NOT NULL;
CREATE INDEX leads_assignee ON leads(assignee_user_id, created_at) WHERE assignee_user_id IS NOT NULL;

-- 研判: one row per triage conclusion; earlier ones stay as history.
CREATE TABLE case_triage (
    id          TEXT PRIMARY KEY,
    lead_id     TEXT NOT NULL REFERENCES leads(id),
    conclusion  TEXT NOT NULL CHECK (conclusion IN ('suspected', 'unfounded', 'needs_info')),
    basis       TEXT NOT NULL DEFAULT '[]',  -- JSON array of basis keys (guaranteed_returns, high_returns, ...)
    basis_other TEXT NOT NULL DEFAULT '',
    confidence  TEXT NOT NULL DEFAULT '' CHECK (confidence IN ('', 'low', 'medium', 'high')),
    cross_check TEXT NOT NULL DEFAULT '',    -- 信息交叉验证
    follow_up   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    risk_score  REAL NOT NULL DEFAULT 0,     -- the lead's screening when it was triaged
    risk_level  TEXT NOT NULL DEFAULT 'low',
    triaged_by  TEXT NOT NULL REFERENCES users(id),
    triaged_at  TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_triage_lead ON case_triage(lead_id, triaged_at);

-- 区级审核: the district office's decisions (referral, monitoring, mediation, return).
CREATE TABLE case_reviews (
    id              TEXT PRIMARY KEY,
    lead_id         TEXT NOT NULL REFERENCES leads(id),
    decision        TEXT NOT NULL CHECK (decision IN ('referred_police', 'referred_regulator', 'monitoring', 'mediation', 'returned')),
    unit            TEXT NOT NULL DEFAULT '',  -- receiving unit / mediator
    reference       TEXT NOT NULL DEFAULT '',  -- 文号
    opinion         TEXT NOT NULL DEFAULT '',
    follow_up_until TEXT,                      -- monitoring or follow-up end (date)
    reviewed_by     TEXT NOT NULL REFERENCES users(id),
    reviewed_at     TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_reviews_lead ON case_reviews(lead_id, reviewed_at);

-- The audit chain's last event, written with every append: a chain cut short at its end no longer matches it.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) SELECT 1, seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1;
)sql";

// Structure, people and pairings (issue 6): retirement history on every unit, the 三格联动 link of a grid to
// its police grid (警格), addresses and notes on people, re-pair chains and notes on pairing cards.
// Columns are only added: the map reads the v1 columns of people, person_grids and pairings.
constexpr const char* kV4 = R"sql(
ALTER TABLE districts ADD COLUMN retired_at TEXT;
ALTER TABLE districts ADD COLUMN retired_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE streets ADD COLUMN retired_at TEXT;
ALTER TABLE streets ADD COLUMN retired_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE communities ADD COLUMN retired_at TEXT;
ALTER TABLE communities ADD COLUMN retired_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE grids ADD COLUMN retired_at TEXT;
ALTER TABLE grids ADD COLUMN retired_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE grids ADD COLUMN police_grid_id TEXT REFERENCES grids(id);
CREATE INDEX grids_responsible ON grids(responsible_person_id) WHERE responsible_person_id IS NOT NULL;

ALTER TABLE people ADD COLUMN address TEXT NOT NULL DEFAULT '';  -- home base or branch address
ALTER TABLE people ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN created_at TEXT;
CREATE INDEX users_person ON users(person_id) WHERE person_id IS NOT NULL;

ALTER TABLE pairings ADD COLUMN previous_pairing_id TEXT REFERENCES pairings(id);  -- the card this one re-pairs
ALTER TABLE pairings ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE pairings ADD COLUMN created_at TEXT;
CREATE INDEX pairings_previous ON pairings(previous_pairing_id) WHERE previous_pairing_id IS NOT NULL;

-- History of one unit, person or card (AuditLog::forSubject).
CREATE INDEX audit_events_subject ON audit_events(subject_table, subject_id, seq);
)sql";

// A million leads (docs/performance.md). The status and grid indexes get `deleted`, so a count of live leads by
// grid and a status page skip tombstones inside the index instead of reading (and decrypting) each row. Sign-in reads
// max(change_log.hlc), which was a scan of the whole log (5 s at 1M leads); the list's risk and deadline sorts sorted
// every visible lead for each page. And a search for a frequent term walks leads newest first, verifying each:
// lead_search gets the lead's created_at (copied by LeadSearchIndex::put, kept equal by the trigger) so that walk reads
// lead_search alone, in creation order, four entries per page, instead of a lead row plus an index lookup per lead (10x
// fewer pages).
constexpr const char* kV6 = R"sql(
DROP INDEX leads_status;
CREATE INDEX leads_status ON leads(status, deleted, created_at);
DROP INDEX leads_grid;
CREATE INDEX leads_grid ON leads(grid_id, deleted, created_at);
CREATE INDEX change_log_hlc ON change_log(hlc);
CREATE INDEX leads_risk ON leads(risk_score, created_at);
CREATE INDEX leads_deadline_sort ON leads(deadline_at IS NULL, deadline_at, created_at DESC);
ALTER TABLE lead_search ADD COLUMN created_at TEXT;
UPDATE lead_search SET created_at = (SELECT l.created_at FROM leads l WHERE l.id = lead_search.lead_id);
CREATE INDEX lead_search_created ON lead_search(created_at, lead_id);
CREATE TRIGGER lead_search_created_at AFTER UPDATE OF created_at ON leads
BEGIN
    UPDATE lead_search SET created_at = NEW.created_at WHERE lead_id = NEW.id;
END;
)sql";

// Search planning at a million leads: LeadSearchIndex::plan ranked a query's bigrams by counting each one's
// documents with a MATCH, and FTS4 reads a frequent bigram's whole doclist to do that (13 ms of a 4-character
// query's 22, 27 ms of an 8-character one's 48). lead_terms holds every indexed CJK bigram's document count, which
// LeadSearchIndex keeps equal to the index on every write, so planning is one lookup per bigram. Filled from the
// index's own statistics (fts4aux: one pass over the index). Version 7 was an experiment that never shipped.
constexpr const char* kV8 = R"sql(
CREATE TABLE lead_terms (
    term TEXT PRIMARY KEY,
    docs INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO lead_terms (term, docs)
    SELECT term, documents FROM lead_fts_terms WHERE col = '*' AND length(term) = 2 AND unicode(term) >= 128;
)sql";

// Assigning a case cost SQLite 3.15 twice the page writes of 3.40 (docs/performance.md, "Why update costs"): an
// UPDATE that sets a column with a declared foreign key, while foreign_keys is on, rewrites every index of the
// table, changed or not (17 of the assignment's 18.5 WAL frames; 10 without the constraint), and on SQLCipher each
// page written is encrypted and authenticated. So the references the workflow and edits change (grid, assignee,
// reviewer, linked duplicate) are checked by a trigger on UPDATE instead, with the same error text, and on INSERT by
// LeadRepository: on 3.15 a trigger on INSERT, even an empty one, makes each insert keep a statement journal of every
// page it touches (each encrypted): filing a lead took 10x longer. reporter_user_id, set once when a lead is filed,
// keeps its declared key. The constraints are dropped by rewriting the table's stored definition, SQLite's documented
// procedure for removing a constraint (lang_altertable, "other kinds of table schema changes"): the columns and the
// stored rows are unchanged, so there is nothing to copy, at any size. The existing rows already satisfy the checks:
// foreign_keys has been on for every write of this app.
constexpr const char* kV9 = R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql =
    replace(replace(replace(replace(sql,
        'grid_id           TEXT REFERENCES grids(id),', 'grid_id           TEXT,'),
        'assignee_user_id  TEXT REFERENCES users(id),', 'assignee_user_id  TEXT,'),
        'linked_lead_id    TEXT REFERENCES leads(id),', 'linked_lead_id    TEXT,'),
        'reviewer_user_id TEXT REFERENCES users(id)', 'reviewer_user_id TEXT')
    WHERE type = 'table' AND name = 'leads';
PRAGMA writable_schema = OFF;

CREATE TRIGGER leads_references_update BEFORE UPDATE OF grid_id, assignee_user_id, reviewer_user_id, linked_lead_id ON leads
WHEN (NEW.grid_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM grids WHERE id = NEW.grid_id))
  OR (NEW.assignee_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.assignee_user_id))
  OR (NEW.reviewer_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.reviewer_user_id))
  OR (NEW.linked_lead_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM leads WHERE id = NEW.linked_lead_id))
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;
-- The parent side, as the declared keys did it: a referenced row cannot be removed (rows are tombstoned, never
-- deleted, so these only guard against a mistake). Key columns (UUIDs) are never updated.
CREATE TRIGGER grids_referenced_by_leads BEFORE DELETE ON grids
WHEN EXISTS (SELECT 1 FROM leads WHERE grid_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;
CREATE TRIGGER users_referenced_by_leads BEFORE DELETE ON users
WHEN EXISTS (SELECT 1 FROM leads WHERE assignee_user_id = OLD.id) OR EXISTS (SELECT 1 FROM leads WHERE reviewer_user_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;
CREATE TRIGGER leads_referenced_by_leads BEFORE DELETE ON leads
WHEN EXISTS (SELECT 1 FROM leads WHERE linked_lead_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;
)sql";

// A grid's leads of one status, newest first, and their count: the sentinels' own view of their grids and the
// supervisors' "status in this grid". leads_grid found the grid's leads and read every one of them to test its
// status (at 1M leads, 6,700 per grid: a capped count 878 ms, a first page 154 ms from a cold cache); with the
// status in the key the page reads only its own rows and the count only this index (0.14 ms and 7.4 ms).
constexpr const char* kV10 = R"sql(
CREATE INDEX leads_grid_status ON leads(grid_id, status, deleted, created_at);
)sql";

// The deadline order ("deadline first, leads without one last") had its own expression index, (deadline_at IS NULL,
// deadline_at, created_at DESC), beside the partial leads_deadline. SQLite 3.15 rewrites expression and partial
// index entries on every UPDATE of the row, whichever columns change: each assignment or edit wrote both again, a
// page each, encrypted and authenticated. One plain index on (deadline_at, created_at DESC) serves the deadline
// ranges and both parts of that order (LeadQuery reads the leads with a deadline, then those without), and an UPDATE
// rewrites it only when the deadline changes.
constexpr const char* kV11 = R"sql(
DROP INDEX leads_deadline_sort;
DROP INDEX leads_deadline;
CREATE INDEX leads_deadline ON leads(deadline_at, created_at DESC);
)sql";

// A supervisor's capped count of a search read, for each match, its lead_search entry and then its lead (through
// the id index: two more pages) only to leave out drafts and tombstones: at 1M leads up to 3,000 random page reads,
// 200-400 ms when the pages are not cached. `listed` copies "neither a draft nor deleted" into the entry, kept equal
// by LeadSearchIndex (when it writes an entry) and by the trigger (when a lead's status or deleted changes), so that
// count reads the entries alone, the pages its first page has just read. Supervisors' own drafts are counted apart.
constexpr const char* kV12 = R"sql(
ALTER TABLE lead_search ADD COLUMN listed INTEGER NOT NULL DEFAULT 1;
UPDATE lead_search SET listed = 0 WHERE lead_id IN (SELECT id FROM leads WHERE status = 'draft' OR deleted <> 0);
CREATE TRIGGER lead_search_listed AFTER UPDATE OF status, deleted ON leads
WHEN (OLD.status = 'draft' OR OLD.deleted <> 0) <> (NEW.status = 'draft' OR NEW.deleted <> 0)
BEGIN
    UPDATE lead_search SET listed = (NEW.status <> 'draft' AND NEW.deleted = 0) WHERE lead_id = NEW.id;
END;
)sql";

constexpr Migration kMigrations[] = {
    { 1, "initial schema: node, accounts, structure, people, pairings, leads, evidence, audit, change log", kV1 },
    { 2, "leads: bigram search index, places R*Tree, drafts, duplicate keys, case numbers", kV2 },
    { 3, "case workflow: triage and review records, reviewer and outcome, audit chain head", kV3 },
    { 4, "structure retirement and police-grid link, people addresses and notes, pairing re-pair chain", kV4 },
    { 6, "indexes for sign-in and the lead list's sorts at a million leads", kV6 },
    { 8, "search: document counts of every indexed bigram, for planning", kV8 },
    { 9, "leads: grid, assignee, reviewer and duplicate link checked by triggers (cheaper updates)", kV9, true },
    { 10, "leads: index of a grid's leads by status, for the list's status and grid filters", kV10 },
    { 11, "leads: one plain deadline index for ranges and the deadline order (cheaper updates)", kV11 },
    { 12, "search: whether the list shows each indexed lead, for counts that read the index alone", kV12 },
};

} // namespace

std::span<const Migration> migrations() { return kMigrations; }
int latestVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

} // namespace gs::schema
