-- Facet workspace schema, version 1: structure, products with their working draft, revisions and assets.
CREATE TABLE locales (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE channels (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '{}',
    locales TEXT NOT NULL DEFAULT '',
    required_level INTEGER NOT NULL DEFAULT 0 CHECK (required_level >= 0),
    settings TEXT NOT NULL DEFAULT '{}',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE attribute_groups (
    code TEXT PRIMARY KEY,
    labels TEXT NOT NULL DEFAULT '{}',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE attributes (
    code TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    group_code TEXT NOT NULL REFERENCES attribute_groups (code),
    localizable INTEGER NOT NULL DEFAULT 0,
    scopable INTEGER NOT NULL DEFAULT 0,
    labels TEXT NOT NULL DEFAULT '{}',
    settings TEXT NOT NULL DEFAULT '{}',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE families (
    code TEXT PRIMARY KEY,
    labels TEXT NOT NULL DEFAULT '{}',
    attributes TEXT NOT NULL DEFAULT '',
    label_attribute TEXT NOT NULL DEFAULT '',
    requirements TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE categories (
    code TEXT PRIMARY KEY,
    parent TEXT REFERENCES categories (code),
    labels TEXT NOT NULL DEFAULT '{}',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE assets (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    family TEXT NOT NULL REFERENCES families (code),
    label TEXT NOT NULL DEFAULT '',
    draft_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX products_label ON products (label, id);
CREATE INDEX products_family ON products (family, id);
CREATE INDEX products_updated ON products (updated_at, id);

-- The working draft's canonical document lives apart from the list columns, so paging and sorting the
-- product list reads small rows only.
CREATE TABLE drafts (
    product_id INTEGER PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    content TEXT NOT NULL
);

CREATE TABLE product_categories (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    category TEXT NOT NULL REFERENCES categories (code),
    PRIMARY KEY (product_id, category)
);

CREATE INDEX product_categories_category ON product_categories (category, product_id);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    hash TEXT NOT NULL,
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (product_id, hash)
);
