-- Version 5 for SQLite: users, roles, the approval workflow, decisions, comments and the audit log.
-- In the SQLite directory because the guards are triggers; the tables themselves are plain SQL.
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failure TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE roles (
    code TEXT PRIMARY KEY,
    labels TEXT NOT NULL DEFAULT '{}',
    permissions TEXT NOT NULL DEFAULT '',
    edit_groups TEXT NOT NULL DEFAULT '',
    publish_channels TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE user_roles (
    user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    role TEXT NOT NULL REFERENCES roles (code),
    PRIMARY KEY (user_name, role)
);

CREATE TABLE workflow_stages (
    code TEXT PRIMARY KEY,
    labels TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL UNIQUE,
    release_level INTEGER NOT NULL DEFAULT 0 CHECK (release_level >= 0),
    four_eyes INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE workflow_transitions (
    id INTEGER PRIMARY KEY,
    from_stage TEXT NOT NULL,
    to_stage TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('approve', 'send-back')),
    roles TEXT NOT NULL DEFAULT ''
);

-- Where each revision stands. Old revisions (frozen before workflows existed) start in the first stage.
ALTER TABLE revisions ADD COLUMN stage TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE revisions ADD COLUMN submitted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN submitted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN editors TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0;
-- Orders submissions of one record: a revision submitted again (the same content) becomes the newest.
ALTER TABLE revisions ADD COLUMN submission INTEGER NOT NULL DEFAULT 0;

ALTER TABLE drafts ADD COLUMN editors TEXT NOT NULL DEFAULT '';

-- A revision's content stays immutable; only its place in the workflow moves.
DROP TRIGGER revisions_are_immutable;

CREATE TRIGGER revision_content_is_immutable BEFORE UPDATE OF product_id, hash, content, author, created_at
ON revisions
BEGIN
    SELECT RAISE (ABORT, 'revisions are immutable');
END;

CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
BEGIN
    SELECT RAISE (ABORT, 'revisions are kept');
END;

CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    revision_hash TEXT NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    from_stage TEXT NOT NULL DEFAULT '',
    to_stage TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

CREATE INDEX approvals_product ON approvals (product_id, id);

CREATE TABLE revision_comments (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    revision_hash TEXT NOT NULL,
    user_name TEXT NOT NULL,
    text TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE INDEX revision_comments_product ON revision_comments (product_id, id);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    previous_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL
);

CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_subject ON audit_log (subject, seq);
CREATE INDEX audit_log_kind ON audit_log (kind, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE (ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE (ABORT, 'the audit log is append-only');
END;
