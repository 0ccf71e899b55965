-- Version 6: the asset library's metadata, its tag index, and the cache of renditions made for channels.
ALTER TABLE assets ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';
ALTER TABLE assets ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE assets ADD COLUMN expires TEXT;
ALTER TABLE assets ADD COLUMN width INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assets ADD COLUMN height INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assets ADD COLUMN byte_size INTEGER NOT NULL DEFAULT 0;
UPDATE assets SET byte_size = length(content), search_text = lower(file_name);

CREATE TABLE asset_tags (
    asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, asset_id)
);

-- A rendition is determined by its source's bytes and its spec: both are its key, so a second request is a
-- lookup and every published picture can be traced to its original.
CREATE TABLE asset_renditions (
    source_sha256 TEXT NOT NULL REFERENCES assets (sha256) ON DELETE CASCADE,
    spec_hash TEXT NOT NULL,
    spec TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (source_sha256, spec_hash)
);
