-- Version 3 for SQLite: an FTS5 index over SKU and text values, and revisions that cannot be updated.
-- rowid is the product id; remove_diacritics lets "grun" find "grün".
CREATE VIRTUAL TABLE product_search USING fts5 (sku, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO product_search (rowid, sku, body) SELECT id, sku, label FROM products;

CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE (ABORT, 'revisions are immutable');
END;
