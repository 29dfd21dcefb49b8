-- 0003: results stored once per output key, documents joined through heads.
--
-- An output key is a derivation of its inputs (stage, fingerprint, input
-- key), so identical content yields identical keys, and a document whose
-- every stage skipped (byte-identical to one processed before) shares the
-- results of the document that computed them. Before 0003 the result tables
-- were keyed by (doc_id, output_key) and written only for the computing
-- document: the copies had heads but no results, and vanished from the
-- current_* views. From 0003 on, results are keyed by output_key alone
-- (N copies store one set of rows, however many partitions computed them),
-- and each document reaches them through its head rows: doc_heads (one per
-- stage, written for completed and skipped runs alike) and document_heads
-- (the text stage's head with the document's own source).
--
-- The copies of the old tables' rows below are idempotent (the new tables
-- collapse equal keys), so a migration cut short is simply applied again.

CREATE TABLE IF NOT EXISTS {{db}}.document_heads (
    doc_id String,
    version Int64,
    source String,
    text_key String,
    updated DateTime,
    ver UInt64
) ENGINE = ReplacingMergeTree(ver)
ORDER BY doc_id;

CREATE TABLE IF NOT EXISTS {{db}}.result_texts (
    output_key String,
    content_type String,
    category String,
    category_confidence Float64,
    pages UInt32,
    methods Array(String),
    chars UInt64
) ENGINE = ReplacingMergeTree
ORDER BY output_key;

CREATE TABLE IF NOT EXISTS {{db}}.result_pages (
    output_key String,
    number UInt32,
    method String,
    confidence Float64,
    chars UInt64
) ENGINE = ReplacingMergeTree
ORDER BY (output_key, number);

CREATE TABLE IF NOT EXISTS {{db}}.result_chunks (
    output_key String,
    chunk_id String,
    idx UInt32,
    start UInt32,
    end UInt32,
    text String
) ENGINE = ReplacingMergeTree
ORDER BY (output_key, idx);

CREATE TABLE IF NOT EXISTS {{db}}.result_mentions (
    output_key String,
    mention_id String,
    type String,
    text String,
    chunk_id String,
    start UInt32,
    end UInt32,
    extractor String
) ENGINE = ReplacingMergeTree
ORDER BY (output_key, mention_id);

CREATE TABLE IF NOT EXISTS {{db}}.result_entities (
    output_key String,
    entity_id String,
    type String,
    name String,
    aliases Array(String),
    mention_ids Array(String),
    mentions UInt32
) ENGINE = ReplacingMergeTree
ORDER BY (output_key, entity_id);

CREATE TABLE IF NOT EXISTS {{db}}.result_relationships (
    output_key String,
    rel_id String,
    type String,
    from_id String,
    to_id String,
    weight Float64,
    evidence String
) ENGINE = ReplacingMergeTree
ORDER BY (output_key, rel_id);

-- Rows written before 0003.
INSERT INTO {{db}}.document_heads (doc_id, version, source, text_key, updated, ver)
SELECT doc_id, version, source, text_key, updated, ver FROM {{db}}.documents;

INSERT INTO {{db}}.result_texts (output_key, content_type, category, category_confidence, pages, methods, chars)
SELECT text_key, content_type, category, category_confidence, pages, methods, chars FROM {{db}}.documents;

INSERT INTO {{db}}.result_pages (output_key, number, method, confidence, chars)
SELECT output_key, number, method, confidence, chars FROM {{db}}.pages;

INSERT INTO {{db}}.result_chunks (output_key, chunk_id, idx, start, end, text)
SELECT output_key, chunk_id, idx, start, end, text FROM {{db}}.chunks;

INSERT INTO {{db}}.result_mentions (output_key, mention_id, type, text, chunk_id, start, end, extractor)
SELECT output_key, mention_id, type, text, chunk_id, start, end, extractor FROM {{db}}.mentions;

INSERT INTO {{db}}.result_entities (output_key, entity_id, type, name, aliases, mention_ids, mentions)
SELECT output_key, entity_id, type, name, aliases, mention_ids, mentions FROM {{db}}.entities;

INSERT INTO {{db}}.result_relationships (output_key, rel_id, type, from_id, to_id, weight, evidence)
SELECT output_key, rel_id, type, from_id, to_id, weight, evidence FROM {{db}}.relationships;

-- The current_* views: one row per result of each document's current
-- output, copies included. The heads (one row per document and stage) are
-- the right side of the join, the side ClickHouse holds in memory; the IN
-- filter lets the result table's primary key skip keys no head points at.
-- Columns and names are those of 0002's views.
DROP TABLE IF EXISTS {{db}}.current_pages;
CREATE VIEW IF NOT EXISTS {{db}}.current_pages AS
SELECT doc_id, output_key, version, number, method, confidence, chars
FROM {{db}}.result_pages FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'ocr') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'ocr');

DROP TABLE IF EXISTS {{db}}.current_chunks;
CREATE VIEW IF NOT EXISTS {{db}}.current_chunks AS
SELECT doc_id, output_key, version, chunk_id, idx, start, end, text
FROM {{db}}.result_chunks FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'chunk') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'chunk');

DROP TABLE IF EXISTS {{db}}.current_mentions;
CREATE VIEW IF NOT EXISTS {{db}}.current_mentions AS
SELECT doc_id, output_key, version, mention_id, type, text, chunk_id, start, end, extractor
FROM {{db}}.result_mentions FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'extract') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'extract');

DROP TABLE IF EXISTS {{db}}.current_entities;
CREATE VIEW IF NOT EXISTS {{db}}.current_entities AS
SELECT doc_id, output_key, version, entity_id, type, name, aliases, mention_ids, mentions
FROM {{db}}.result_entities FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'resolve') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'resolve');

DROP TABLE IF EXISTS {{db}}.current_relationships;
CREATE VIEW IF NOT EXISTS {{db}}.current_relationships AS
SELECT doc_id, output_key, version, rel_id, type, from_id, to_id, weight, evidence
FROM {{db}}.result_relationships FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'relate') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'relate');

-- One row per document (what the documents table held before 0003): its
-- own head (version, source, text key) with the shared text results.
CREATE VIEW IF NOT EXISTS {{db}}.current_documents AS
SELECT doc_id, version, source, content_type, category, category_confidence, pages, methods, chars,
    output_key AS text_key, updated
FROM {{db}}.result_texts FINAL
ALL INNER JOIN (SELECT text_key AS output_key, doc_id, version, source, updated FROM {{db}}.document_heads FINAL) USING output_key
WHERE output_key IN (SELECT text_key FROM {{db}}.document_heads FINAL);
