-- Version 4: channel templates. Every save adds a version; a rendering names the versions it used, so an old
-- version must stay readable for as long as the workspace exists.
CREATE TABLE channel_templates (
    channel TEXT NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    source TEXT NOT NULL,
    saved_by TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,
    PRIMARY KEY (channel, name, version)
);
