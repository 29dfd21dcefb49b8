-- 0006: drop stage_runs, whose rows 0005 copied into run_records, and put a
-- view of the same name and columns over run_records in its place. Apart
-- from 0005 so that a crash between copy and drop re-runs the copy with its
-- source still there.
--
-- The view keeps queries written for stage_runs working (it deduplicates
-- itself with FINAL; 18.16 also accepts a FINAL after the view's name), and
-- it holds the name: a sink of an older release, still running during an
-- upgrade, cannot insert into a view, so its records stay pending in Redis
-- until a new sink claims them, instead of its migrator recreating an
-- empty stage_runs table nobody reads. New queries read run_records FINAL:
-- 18.16 does not push a WHERE into a view, so a view with FINAL reads
-- every row.
DROP TABLE IF EXISTS {{db}}.stage_runs;
CREATE VIEW IF NOT EXISTS {{db}}.stage_runs AS
SELECT record_id, partition, doc_id, stage, version, output_key, source, outcome,
    started, finished, started_us, finished_us, compute_us, queue_wait_us, lock_wait_us, input_from,
    bytes_in, bytes_out, compressed_out, attempt, consumer, error, time_saved_us, store_hits, inserted_at
FROM {{db}}.run_records FINAL;
