package main

import (
	"context"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

var ingestSummary = regexp.MustCompile(`(\d+) completed, (\d+) failed, (\d+) still running after (\S+)`)

// BenchmarkCorpus runs the binary on the shared court corpus twice and
// reports: the first run's time, the re-ingest's time and their ratio; the
// share of stage inputs served from the Redis cache (against ClickHouse);
// and Redis bytes per document for outputs against their uncompressed size.
func BenchmarkCorpus(b *testing.B) {
	b.Run("sink=off", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			e := newE2E(b)
			e.setEnv("DOCPIPE_CLICKHOUSE_DSN", "")
			e.consumers()
			first := ingestTime(b, e, filepath.Join(e.corpus, "court"))
			b.ReportMetric(first.Seconds(), "first_s")
		}
	})
	b.Run("sink=on", benchCorpusSink)
}

func benchCorpusSink(b *testing.B) {
	for i := 0; i < b.N; i++ {
		e := newE2E(b)
		if _, err := e.docpipe("migrate"); err != nil {
			b.Fatal(err)
		}
		e.consumers()
		court := filepath.Join(e.corpus, "court")
		docs := len(courtFiles(b, court))
		first := ingestTime(b, e, court)
		again := ingestTime(b, e, court)
		e.waitRows("completed runs", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", uint64(6*docs))
		e.waitRows("skipped runs", "SELECT count() FROM run_records FINAL WHERE outcome = 'skipped'", uint64(6*docs))
		cache := e.count("SELECT count() FROM run_records FINAL WHERE outcome = 'completed' AND input_from = 'cache'")
		store := e.count("SELECT count() FROM run_records FINAL WHERE outcome = 'completed' AND input_from = 'store'")
		raw := e.count("SELECT toUInt64(sum(bytes_out)) FROM run_records FINAL WHERE outcome = 'completed'")

		ctx := context.Background()
		var redisBytes int64
		cursor := uint64(0)
		for {
			se, err := e.redis.Do(ctx, e.redis.B().Scan().Cursor(cursor).Match("docpipe:*:out:*").Count(1000).Build()).AsScanEntry()
			if err != nil {
				b.Fatal(err)
			}
			for _, k := range se.Elements {
				n, err := e.redis.Do(ctx, e.redis.B().MemoryUsage().Key(k).Build()).AsInt64()
				if err == nil {
					redisBytes += n
				}
			}
			if se.Cursor == 0 {
				break
			}
			cursor = se.Cursor
		}
		b.ReportMetric(first.Seconds(), "first_s")
		b.ReportMetric(again.Seconds()*1000, "reingest_ms")
		b.ReportMetric(first.Seconds()/again.Seconds(), "speedup")
		b.ReportMetric(100*float64(cache)/float64(cache+store), "cache_input_%")
		b.ReportMetric(float64(redisBytes)/float64(docs)/1024, "redis_KiB/doc")
		b.ReportMetric(float64(raw)/float64(docs)/1024, "raw_output_KiB/doc")
		b.ReportMetric(float64(redisBytes)/float64(raw), "redis/raw")
	}
}

func ingestTime(b *testing.B, e *e2e, dir string) time.Duration {
	b.Helper()
	out, err := e.docpipe("ingest", "--wait", "--timeout", "10m", dir)
	if err != nil {
		b.Fatal(err)
	}
	m := ingestSummary.FindStringSubmatch(out)
	if m == nil || m[2] != "0" || m[3] != "0" {
		b.Fatalf("ingest did not complete cleanly:\n%s", out)
	}
	d, err := time.ParseDuration(m[4])
	if err != nil {
		b.Fatal(err)
	}
	return d
}
