-- Version 8: planning a publication compares every record's effective revision with what each target holds.
-- These indexes answer both sides without reading revision content or publish_state rows.
CREATE INDEX revisions_effective ON revisions (product_id, submission, stage, hash);
CREATE INDEX publish_state_current ON publish_state (target, sku, locale, revision_hash, template_version,
                                                     context_hash);
