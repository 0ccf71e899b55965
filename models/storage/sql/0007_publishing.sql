-- Version 7: publishing. Targets per channel, every publication with what each rendering came to, what each
-- target holds now (so a republication renders only what changed), schedules, the automatic queue and the
-- webhook deliveries that could not be made. Secrets are not here (SecretStore), only the workspace id
-- they are filed under, which the migration adds to the meta table.
CREATE TABLE publish_targets (
    code TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('folder', 'webhook')),
    labels TEXT NOT NULL DEFAULT '{}',
    settings TEXT NOT NULL DEFAULT '{}',
    automatic INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    channel TEXT NOT NULL,
    trigger_kind TEXT NOT NULL DEFAULT 'manual',
    started_by TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    message TEXT NOT NULL DEFAULT '',
    written INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX publications_target ON publications (target, id);
CREATE INDEX publications_channel ON publications (channel, started_at);

-- One row per rendering that was written, withdrawn, newly held or failed; unchanged renderings and renderings
-- held again for the same reasons are only counted (publications.unchanged, .held), so a republication of one
-- changed record stays proportional to the change.
CREATE TABLE published_items (
    publication_id INTEGER NOT NULL REFERENCES publications (id),
    sku TEXT NOT NULL,
    locale TEXT NOT NULL,
    revision_hash TEXT NOT NULL DEFAULT '',
    template_version TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL CHECK (result IN ('written', 'unchanged', 'withdrawn', 'held', 'failed')),
    message TEXT NOT NULL DEFAULT '',
    paths TEXT NOT NULL DEFAULT ''
);

CREATE INDEX published_items_publication ON published_items (publication_id);
CREATE INDEX published_items_sku ON published_items (sku, publication_id);

-- What each target holds now, per record and locale: the incremental comparison reads this, not the history.
-- context_hash covers what changes output besides revision and templates (the channel's settings).
CREATE TABLE publish_state (
    target TEXT NOT NULL,
    sku TEXT NOT NULL,
    locale TEXT NOT NULL,
    revision_hash TEXT NOT NULL,
    template_version TEXT NOT NULL,
    context_hash TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL,
    publication_id INTEGER NOT NULL,
    PRIMARY KEY (target, sku, locale)
);

-- Renderings held back, with their reasons: the same revision with the same templates and settings is held
-- again without being rendered again.
CREATE TABLE publish_holds (
    target TEXT NOT NULL,
    sku TEXT NOT NULL,
    locale TEXT NOT NULL,
    revision_hash TEXT NOT NULL,
    template_version TEXT NOT NULL,
    context_hash TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (target, sku, locale)
);

CREATE TABLE publication_schedules (
    id INTEGER PRIMARY KEY,
    targets TEXT NOT NULL DEFAULT '',
    channels TEXT NOT NULL DEFAULT '',
    not_before TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL DEFAULT '',
    next_run TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE publication_queue (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    sku TEXT NOT NULL,
    revision_hash TEXT NOT NULL DEFAULT '',
    queued_by TEXT NOT NULL DEFAULT '',
    queued_at TEXT NOT NULL
);

CREATE INDEX publication_queue_target ON publication_queue (target, id);

CREATE TABLE dead_letters (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    publication_id INTEGER NOT NULL DEFAULT 0,
    sku TEXT NOT NULL DEFAULT '',
    locale TEXT NOT NULL DEFAULT '',
    message_key TEXT NOT NULL,
    body BLOB NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

CREATE INDEX dead_letters_target ON dead_letters (target, id);
