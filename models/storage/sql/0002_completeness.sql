-- Version 2: the gaps in completeness (channel and locale where a record misses required attributes),
-- stored for reports and filters, the overall percentage for sorting; saved filters.
-- The full-text index follows in version 3, per dialect.
CREATE TABLE completeness (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    locale TEXT NOT NULL,
    required INTEGER NOT NULL,
    missing TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, channel, locale)
);

ALTER TABLE products ADD COLUMN completeness INTEGER NOT NULL DEFAULT 0;
CREATE INDEX products_completeness ON products (completeness, id);

CREATE TABLE saved_filters (
    name TEXT PRIMARY KEY,
    search TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT ''
);
