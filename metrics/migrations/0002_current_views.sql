-- 0002: views of the current results of every document: only rows of the
-- output each stage last produced (doc_heads), deduplicated with FINAL. After
-- `reprocess` the older version's rows stay in the base tables for history
-- but drop out of these views.

CREATE VIEW IF NOT EXISTS {{db}}.current_pages AS
SELECT * FROM {{db}}.pages FINAL
WHERE (doc_id, output_key) IN (SELECT doc_id, output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'ocr');

CREATE VIEW IF NOT EXISTS {{db}}.current_chunks AS
SELECT * FROM {{db}}.chunks FINAL
WHERE (doc_id, output_key) IN (SELECT doc_id, output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'chunk');

CREATE VIEW IF NOT EXISTS {{db}}.current_mentions AS
SELECT * FROM {{db}}.mentions FINAL
WHERE (doc_id, output_key) IN (SELECT doc_id, output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'extract');

CREATE VIEW IF NOT EXISTS {{db}}.current_entities AS
SELECT * FROM {{db}}.entities FINAL
WHERE (doc_id, output_key) IN (SELECT doc_id, output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'resolve');

CREATE VIEW IF NOT EXISTS {{db}}.current_relationships AS
SELECT * FROM {{db}}.relationships FINAL
WHERE (doc_id, output_key) IN (SELECT doc_id, output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'relate');
