-- 0005: run records with what stage_runs could not say, and the PART_OF
-- edges of documents found inside others.
--
-- stage_runs (0001) has no column for a run's stage fingerprint, its
-- document's tenant, its parent or the pages it flagged, and tables are
-- never altered: the migrator recreates a missing table from the statement
-- that created it, where an ALTER would be lost (see schema.go). run_records
-- replaces it: the same columns, the same identity, plus
--   fingerprint   the stage's Handler.Fingerprint (algorithm and settings);
--   tenant        the document's meta.<DOCPIPE_TENANT_FIELD> value;
--   parent_id     on the first stage's runs of a document found inside
--                 another (an attachment), the parent's id;
--   flagged_pages the pages a completed run flagged (ocr: OCR confidence
--                 below DOCPIPE_OCR_MIN_CONFIDENCE).
-- The rows of stage_runs are copied with these empty (not known when they
-- were recorded); 0006 drops stage_runs and leaves a view of that name.
-- A copy repeated after a crash collapses like a redelivered batch.
CREATE TABLE IF NOT EXISTS {{db}}.run_records (
    record_id String,
    partition UInt16,
    doc_id String,
    stage String,
    version Int64,
    output_key String,
    source String,
    outcome String,
    started DateTime,
    finished DateTime,
    started_us Int64,
    finished_us Int64,
    compute_us Int64,
    queue_wait_us Int64,
    lock_wait_us Int64,
    input_from String,
    bytes_in Int64,
    bytes_out Int64,
    compressed_out Int64,
    attempt Int64,
    consumer String,
    error String,
    time_saved_us Int64,
    store_hits Int64,
    fingerprint String,
    tenant String,
    parent_id String,
    flagged_pages Array(UInt32),
    inserted_at DateTime DEFAULT now()
) ENGINE = ReplacingMergeTree(inserted_at)
PARTITION BY toYYYYMM(finished)
ORDER BY (stage, doc_id, record_id);

INSERT INTO {{db}}.run_records (record_id, partition, doc_id, stage, version, output_key, source, outcome,
    started, finished, started_us, finished_us, compute_us, queue_wait_us, lock_wait_us, input_from,
    bytes_in, bytes_out, compressed_out, attempt, consumer, error, time_saved_us, store_hits, inserted_at)
SELECT record_id, partition, doc_id, stage, version, output_key, source, outcome,
    started, finished, started_us, finished_us, compute_us, queue_wait_us, lock_wait_us, input_from,
    bytes_in, bytes_out, compressed_out, attempt, consumer, error, time_saved_us, store_hits, inserted_at
FROM {{db}}.stage_runs;

-- One row per document found inside another: its parent, from the first
-- stage's completed or skipped run (ver = its finish time in µs). A
-- per-document fact, so it is not in any stage output: outputs are keyed by
-- content and shared by byte-identical documents (0003), and two copies of
-- an e-mail have attachments with the same content but different ids and
-- parents. rel_id is the edge's id, derived like relate's from its type and
-- ends; output_key is the child's first-stage output.
CREATE TABLE IF NOT EXISTS {{db}}.document_parents (
    doc_id String,
    parent_id String,
    rel_id String,
    output_key String,
    version Int64,
    updated DateTime,
    ver UInt64
) ENGINE = ReplacingMergeTree(ver)
ORDER BY doc_id;

-- current_relationships: the relate stage's edges of each document's
-- current output (as in 0003), and each child document's PART_OF edge from
-- itself to its parent (doc_id and from_id the child, to_id the parent).
DROP TABLE IF EXISTS {{db}}.current_relationships;
CREATE VIEW IF NOT EXISTS {{db}}.current_relationships AS
SELECT doc_id, output_key, version, rel_id, type, from_id, to_id, weight, evidence
FROM {{db}}.result_relationships FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'relate') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'relate')
UNION ALL
SELECT doc_id, output_key, version, rel_id, 'PART_OF' AS type, doc_id AS from_id, parent_id AS to_id,
    toFloat64(1) AS weight, '' AS evidence
FROM {{db}}.document_parents FINAL;
