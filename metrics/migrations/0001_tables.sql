-- 0001: the tables the sink writes and `docpipe stats` reads.
--
-- Rules that keep this file valid on ClickHouse 18.16 (Debian 12) and on
-- current releases: no DateTime64, no LowCardinality, no TTL clauses, the
-- `ENGINE = ReplacingMergeTree(ver) ORDER BY ...` syntax (18.16 has it), and
-- every table name qualified with {{db}} (the migrator substitutes the
-- database) because 18.16 resolves unqualified names in views against the
-- querying session's database, not the view's.
--
-- Every table is a ReplacingMergeTree whose ORDER BY is the identity of a row:
-- a batch inserted again after a crash before XACK, or a record redelivered to
-- another sink replica, yields rows with the same key that collapse on merge,
-- and every query reads with FINAL (or argMax/GROUP BY) so that duplicates
-- not merged yet never show. Microsecond times stay as Int64 *_us columns
-- beside second-precision DateTime columns because DateTime64 does not exist
-- in 18.16.

-- One row per stage run, keyed by record_id = "p<partition>-<entry id>" of
-- the records stream, which is stable across redeliveries.
CREATE TABLE IF NOT EXISTS {{db}}.stage_runs (
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
    inserted_at DateTime DEFAULT now()
) ENGINE = ReplacingMergeTree(inserted_at)
PARTITION BY toYYYYMM(finished)
ORDER BY (stage, doc_id, record_id);

-- The durable copy of every stage output: the compressed envelope bytes
-- exactly as the commit script stored them in Redis. The runtime reads it on
-- a cache miss (Store.LoadOutput).
CREATE TABLE IF NOT EXISTS {{db}}.stage_outputs (
    stage String,
    output_key String,
    doc_id String,
    version Int64,
    data String,
    created DateTime
) ENGINE = ReplacingMergeTree
ORDER BY (stage, output_key);

-- The latest output key of each (document, stage), from the most recent
-- completed or skipped run (ver = its finish time in microseconds). The
-- current_* views use it so that results of an older processing version do
-- not count twice after `reprocess`.
CREATE TABLE IF NOT EXISTS {{db}}.doc_heads (
    doc_id String,
    stage String,
    output_key String,
    version Int64,
    updated DateTime,
    ver UInt64
) ENGINE = ReplacingMergeTree(ver)
ORDER BY (doc_id, stage);

-- One row per document: its latest text output (ver = finish time in µs).
CREATE TABLE IF NOT EXISTS {{db}}.documents (
    doc_id String,
    version Int64,
    source String,
    content_type String,
    category String,
    category_confidence Float64,
    pages UInt32,
    methods Array(String),
    chars UInt64,
    text_key String,
    updated DateTime,
    ver UInt64
) ENGINE = ReplacingMergeTree(ver)
ORDER BY doc_id;

-- Pages of an ocr output: how each page's text was obtained.
CREATE TABLE IF NOT EXISTS {{db}}.pages (
    doc_id String,
    output_key String,
    version Int64,
    number UInt32,
    method String,
    confidence Float64,
    chars UInt64
) ENGINE = ReplacingMergeTree
ORDER BY (doc_id, output_key, number);

CREATE TABLE IF NOT EXISTS {{db}}.chunks (
    doc_id String,
    output_key String,
    version Int64,
    chunk_id String,
    idx UInt32,
    start UInt32,
    end UInt32,
    text String
) ENGINE = ReplacingMergeTree
ORDER BY (doc_id, output_key, idx);

CREATE TABLE IF NOT EXISTS {{db}}.mentions (
    doc_id String,
    output_key String,
    version Int64,
    mention_id String,
    type String,
    text String,
    chunk_id String,
    start UInt32,
    end UInt32,
    extractor String
) ENGINE = ReplacingMergeTree
ORDER BY (doc_id, output_key, mention_id);

CREATE TABLE IF NOT EXISTS {{db}}.entities (
    doc_id String,
    output_key String,
    version Int64,
    entity_id String,
    type String,
    name String,
    aliases Array(String),
    mention_ids Array(String),
    mentions UInt32
) ENGINE = ReplacingMergeTree
ORDER BY (doc_id, output_key, entity_id);

CREATE TABLE IF NOT EXISTS {{db}}.relationships (
    doc_id String,
    output_key String,
    version Int64,
    rel_id String,
    type String,
    from_id String,
    to_id String,
    weight Float64,
    evidence String
) ENGINE = ReplacingMergeTree
ORDER BY (doc_id, output_key, rel_id);

-- Pipeline samples: one row per (stage, partition) per tick. time is
-- truncated to the sampling interval, so samplers in several replicas that
-- fire in the same tick collapse into one row. partition is -1 for the
-- unpartitioned ingest stream (read by ocr). lag is -1 when Redis cannot
-- compute it (XINFO GROUPS reports nil after deletions).
CREATE TABLE IF NOT EXISTS {{db}}.pipeline_samples (
    time DateTime,
    stage String,
    partition Int16,
    stream String,
    length UInt64,
    pending UInt64,
    lag Int64,
    consumers UInt32,
    used_memory UInt64
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (stage, partition, time);
