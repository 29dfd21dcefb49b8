package metrics

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

func TestMigrateIdempotent(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, testenv.ClickHouse(t)) // Open migrates once
	for i := 0; i < 2; i++ {
		if _, err := Migrate(ctx, st.Conn()); err != nil {
			t.Fatalf("migrate again (%d): %v", i, err)
		}
	}
	migs, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	applied, err := AppliedMigrations(ctx, st.Conn())
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != len(migs) {
		t.Fatalf("applied %v, want %d migrations", applied, len(migs))
	}
	if n := count(t, st, `SELECT count() FROM schema_migrations FINAL`); n != uint64(len(migs)) {
		t.Errorf("schema_migrations FINAL has %d rows, want %d", n, len(migs))
	}
	want := []string{"run_records", "stage_runs", "document_parents", "stage_outputs", "doc_heads", "document_heads", "result_texts", "result_pages",
		"result_chunks", "result_mentions", "result_entities", "result_relationships", "pipeline_samples", "schema_migrations",
		"current_documents", "current_pages", "current_chunks", "current_mentions", "current_entities", "current_relationships"}
	for _, tbl := range want {
		if n := count(t, st, `SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = ?`, tbl); n != 1 {
			t.Errorf("table %s missing", tbl)
		}
	}
	// Every view and table must answer a query on this server version.
	for _, tbl := range want {
		count(t, st, "SELECT count() FROM "+tbl)
	}
	var version string
	_ = st.Conn().QueryRow(ctx, "SELECT version()").Scan(&version)
	t.Logf("clickhouse-server %s", version)
}

func TestSplitStatements(t *testing.T) {
	cases := []struct {
		name, in string
		want     int
	}{
		{"empty", "", 0},
		{"comments only", "-- a; b\n-- c", 0},
		{"two", "CREATE TABLE a (x UInt8) ENGINE = Memory;\n-- note; here\nCREATE TABLE b (x UInt8) ENGINE = Memory;\n", 2},
		{"no trailing semicolon", "SELECT 1", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := splitStatements(c.in); len(got) != c.want {
				t.Errorf("got %d statements %q, want %d", len(got), got, c.want)
			}
		})
	}
}

// resultCounts reads the deduplicated result counts a user would see.
type resultCounts struct {
	runs, completed, skipped, outputs, documents, pages, chunks, mentions, entities, rels uint64
}

func readCounts(t *testing.T, st *Store) resultCounts {
	t.Helper()
	return resultCounts{
		runs:      count(t, st, `SELECT count() FROM run_records FINAL`),
		completed: count(t, st, `SELECT count() FROM run_records FINAL WHERE outcome = 'completed'`),
		skipped:   count(t, st, `SELECT count() FROM run_records FINAL WHERE outcome = 'skipped'`),
		outputs:   count(t, st, `SELECT count() FROM stage_outputs FINAL`),
		documents: count(t, st, `SELECT count() FROM current_documents`),
		pages:     count(t, st, `SELECT count() FROM current_pages`),
		chunks:    count(t, st, `SELECT count() FROM current_chunks`),
		mentions:  count(t, st, `SELECT count() FROM current_mentions`),
		entities:  count(t, st, `SELECT count() FROM current_entities`),
		rels:      count(t, st, `SELECT count() FROM current_relationships`),
	}
}

// perDoc is what one document of stageData contributes.
func expectCounts(docs, runs, skipped uint64) resultCounts {
	return resultCounts{runs: runs, completed: runs - skipped, skipped: skipped, outputs: docs * 6, documents: docs,
		pages: docs * 2, chunks: docs * 2, mentions: docs * 5, entities: docs * 3, rels: docs * 3}
}

func TestSinkWritesRunsAndResults(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	const parts, docs = 3, 4
	prod := newProducer(t, client, parts)
	for i := 0; i < docs; i++ {
		if err := prod.document(ctx, fmt.Sprintf("doc-%d", i), 1, OutcomeCompleted); err != nil {
			t.Fatal(err)
		}
	}
	sink := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 100 * time.Millisecond, Consumer: "sink-a"}, testLogger(t))
	stop := runSink(t, sink)
	waitFor(t, 30*time.Second, "all runs", func() bool { return readCounts(t, st).runs == docs*6 })

	if got, want := readCounts(t, st), expectCounts(docs, docs*6, 0); got != want {
		t.Errorf("counts %+v, want %+v", got, want)
	}
	// Spot-check the decoded values.
	var category, ctype string
	var pages uint32
	var methods []string
	var chars uint64
	if err := st.Conn().QueryRow(ctx, `SELECT category, content_type, pages, methods, chars FROM current_documents WHERE doc_id = 'doc-1'`).
		Scan(&category, &ctype, &pages, &methods, &chars); err != nil {
		t.Fatal(err)
	}
	if category != "court_filing" || ctype != "application/pdf" || pages != 2 || strings.Join(methods, ",") != "ocr,text_layer" || chars == 0 {
		t.Errorf("documents row: %q %q %d %v %d", category, ctype, pages, methods, chars)
	}
	var recID, inputFrom string
	var compute int64
	if err := st.Conn().QueryRow(ctx, `SELECT record_id, input_from, compute_us FROM run_records FINAL WHERE doc_id = 'doc-1' AND stage = 'chunk'`).
		Scan(&recID, &inputFrom, &compute); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(recID, fmt.Sprintf("p%d-", prod.part("doc-1"))) || inputFrom != FromCache || compute <= 0 {
		t.Errorf("run_records row: %q %q %d", recID, inputFrom, compute)
	}
	waitFor(t, 10*time.Second, "acks", func() bool { return pendingCount(t, client, prod.keys, parts) == 0 })

	// Re-ingest: every stage skips. Skipped runs are added; results are not.
	for i := 0; i < docs; i++ {
		if err := prod.document(ctx, fmt.Sprintf("doc-%d", i), 1, OutcomeSkipped); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, 30*time.Second, "skipped runs", func() bool { return readCounts(t, st).runs == docs*12 })
	if got, want := readCounts(t, st), expectCounts(docs, docs*12, docs*6); got != want {
		t.Errorf("after re-ingest: counts %+v, want %+v", got, want)
	}

	// Reprocess --full: version 2 gets new keys; the current_* views show
	// only the new version, the documents table one row per document.
	if err := prod.document(ctx, "doc-0", 2, OutcomeCompleted); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "v2 runs", func() bool { return readCounts(t, st).runs == docs*12+6 })
	got := readCounts(t, st)
	want := expectCounts(docs, docs*12+6, docs*6)
	want.outputs += 6
	if got != want {
		t.Errorf("after reprocess: counts %+v, want %+v", got, want)
	}
	if v := count(t, st, `SELECT toUInt64(version) FROM current_documents WHERE doc_id = 'doc-0'`); v != 2 {
		t.Errorf("documents version %d, want 2", v)
	}
	stop()
	if s := sink.Stats(); s.BadRecords != 0 || s.BadOutputs != 0 || s.MissingOutput != 0 {
		t.Errorf("sink stats %+v", s)
	}
}

func TestSinkRedeliveryNoDuplicates(t *testing.T) {
	ctx := context.Background()
	const parts, docs = 2, 3

	cases := []struct {
		name     string
		consumer string // the consumer that picks the entries up after the crash
		claim    time.Duration
	}{
		// The same consumer restarts and finishes its own pending entries.
		{"restart same consumer", "sink-a", time.Minute},
		// Another sink takes over the dead consumer's entries by XAUTOCLAIM.
		{"claimed by another sink", "sink-b", 200 * time.Millisecond},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			client := newRedis(t)
			st := openStore(t, testenv.ClickHouse(t))
			prod := newProducer(t, client, parts)
			for i := 0; i < docs; i++ {
				if err := prod.document(ctx, fmt.Sprintf("doc-%d", i), 1, OutcomeCompleted); err != nil {
					t.Fatal(err)
				}
			}
			// First life: insert, then "crash" before every XACK.
			crashed := atomic.Int64{}
			s1 := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 50 * time.Millisecond, Consumer: "sink-a",
				MinBackoff: 20 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}, testLogger(t))
			s1.beforeAck = func() error { crashed.Add(1); return errors.New("crash before xack") }
			stop1 := runSink(t, s1)
			waitFor(t, 30*time.Second, "first insert", func() bool { return crashed.Load() > 0 })
			waitFor(t, 30*time.Second, "all rows", func() bool { return readCounts(t, st).runs == docs*6 })
			stop1()
			if n := pendingCount(t, client, prod.keys, parts); n != docs*6 {
				t.Fatalf("pending after crash = %d, want %d", n, docs*6)
			}

			s2 := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 50 * time.Millisecond, Consumer: c.consumer,
				ClaimIdle: c.claim}, testLogger(t))
			stop2 := runSink(t, s2)
			waitFor(t, 30*time.Second, "acks", func() bool { return pendingCount(t, client, prod.keys, parts) == 0 })
			stop2()
			if s2.Stats().Records < docs*6 {
				t.Errorf("second sink inserted %d records, want >= %d", s2.Stats().Records, docs*6)
			}
			raw := count(t, st, `SELECT count() FROM run_records`)
			if got, want := readCounts(t, st), expectCounts(docs, docs*6, 0); got != want {
				t.Errorf("counts %+v, want %+v (raw run_records rows %d)", got, want, raw)
			}
			// Same through argMax/GROUP BY instead of FINAL.
			if n := count(t, st, `SELECT count() FROM (SELECT record_id FROM run_records GROUP BY record_id)`); n != docs*6 {
				t.Errorf("distinct record ids %d, want %d", n, docs*6)
			}
		})
	}
}

func TestSinkSurvivesClickHouseOutage(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	srv := testenv.NewClickHouseServer(t)
	st := openStore(t, srv.DSN("docpipe"))
	const parts = 2
	prod := newProducer(t, client, parts)
	sink := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 100 * time.Millisecond, Consumer: "sink-a",
		MinBackoff: 50 * time.Millisecond, MaxBackoff: 500 * time.Millisecond}, testLogger(t))
	runSink(t, sink)

	for i := 0; i < 3; i++ {
		if err := prod.document(ctx, fmt.Sprintf("before-%d", i), 1, OutcomeCompleted); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, 30*time.Second, "records before outage", func() bool { return readCounts(t, st).runs == 18 })

	pid := srv.Pid()
	if err := srv.Kill(); err != nil {
		t.Fatal(err)
	}
	t.Logf("killed clickhouse-server pid %d", pid)

	// The producer side must not notice: XADDs keep succeeding, fast.
	var slowest time.Duration
	for i := 0; i < 20; i++ {
		t0 := time.Now()
		if err := prod.document(ctx, fmt.Sprintf("during-%d", i), 1, OutcomeCompleted); err != nil {
			t.Fatalf("producer blocked by outage: %v", err)
		}
		slowest = max(slowest, time.Since(t0))
	}
	if slowest > time.Second {
		t.Errorf("a document's XADDs took %s during the outage", slowest)
	}
	time.Sleep(1500 * time.Millisecond) // let the sink fail and back off a few times
	if n := pendingCount(t, client, prod.keys, parts); n == 0 {
		t.Errorf("no records pending during the outage; expected them to wait in Redis")
	}
	if err := srv.Start(); err != nil {
		t.Fatalf("restart clickhouse-server: %v", err)
	}
	for i := 0; i < 3; i++ {
		if err := prod.document(ctx, fmt.Sprintf("after-%d", i), 1, OutcomeCompleted); err != nil {
			t.Fatal(err)
		}
	}
	const docs = 26
	waitFor(t, 60*time.Second, "all records after restart", func() bool {
		var n uint64
		err := st.Conn().QueryRow(ctx, `SELECT count() FROM run_records FINAL`).Scan(&n)
		return err == nil && n == docs*6
	})
	waitFor(t, 30*time.Second, "acks", func() bool { return pendingCount(t, client, prod.keys, parts) == 0 })
	if got, want := readCounts(t, st), expectCounts(docs, docs*6, 0); got != want {
		t.Errorf("counts %+v, want %+v", got, want)
	}
	if s := sink.Stats(); s.InsertErrors == 0 {
		t.Errorf("sink saw no insert errors during the outage: %+v", s)
	} else {
		t.Logf("sink stats: %+v, slowest producer document during outage %s", s, slowest)
	}
}

func TestStatsMatchSQL(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	prod := newProducer(t, client, 2)
	for i := 0; i < 5; i++ {
		if err := prod.document(ctx, fmt.Sprintf("doc-%d", i), 1, OutcomeCompleted); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 2; i++ {
		if err := prod.document(ctx, fmt.Sprintf("doc-%d", i), 1, OutcomeSkipped); err != nil {
			t.Fatal(err)
		}
	}
	// A failed and a dead run, and one run that read its input from the store.
	extra := []Record{
		{Stage: "extract", Doc: "doc-9", Version: 1, Outcome: OutcomeFailed, Error: "timeout", InputFrom: FromStore, Started: time.Now(), Finished: time.Now()},
		{Stage: "ocr", Doc: "doc-8", Version: 1, Outcome: OutcomeDead, Error: "encrypted pdf", Started: time.Now(), Finished: time.Now()},
	}
	for _, r := range extra {
		if err := client.Do(ctx, client.B().Xadd().Key(prod.keys.Records(0)).Id("*").FieldValue().FieldValueIter(pairs(r.Fields())).Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	sink := NewSink(client, st, SinkConfig{Partitions: 2, BatchAge: 50 * time.Millisecond}, testLogger(t))
	runSink(t, sink)
	const runs = 5*6 + 2*6 + 2
	waitFor(t, 30*time.Second, "runs", func() bool { return count(t, st, `SELECT count() FROM run_records FINAL`) == runs })
	sampler := NewSampler(client, st, SamplerConfig{Partitions: 2, Interval: time.Second}, testLogger(t))
	if err := sampler.SampleOnce(ctx, time.Now()); err != nil {
		t.Fatal(err)
	}

	stats, err := st.Stats(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats.Stages) != 6 {
		t.Fatalf("stages %d, want 6", len(stats.Stages))
	}
	for i, ss := range stats.Stages {
		if ss.Stage != events.Stages[i] {
			t.Errorf("stage %d is %s, want %s", i, ss.Stage, events.Stages[i])
		}
		q := func(sql string) uint64 { return count(t, st, sql, ss.Stage) }
		checks := []struct {
			name      string
			got, want uint64
		}{
			{"runs", ss.Runs, q(`SELECT count() FROM run_records FINAL WHERE stage = ?`)},
			{"completed", ss.Completed, q(`SELECT count() FROM run_records FINAL WHERE stage = ? AND outcome = 'completed'`)},
			{"skipped", ss.Skipped, q(`SELECT count() FROM run_records FINAL WHERE stage = ? AND outcome = 'skipped'`)},
			{"failed", ss.Failed, q(`SELECT count() FROM run_records FINAL WHERE stage = ? AND outcome = 'failed'`)},
			{"dead", ss.Dead, q(`SELECT count() FROM run_records FINAL WHERE stage = ? AND outcome = 'dead'`)},
			{"time saved", uint64(ss.TimeSavedUS), q(`SELECT toUInt64(sum(time_saved_us)) FROM run_records FINAL WHERE stage = ?`)},
			{"p50", uint64(math.Round(ss.ComputeP50US)), q(`SELECT toUInt64(round(quantile(0.5)(compute_us))) FROM run_records FINAL WHERE stage = ? AND outcome = 'completed'`)},
			{"p99", uint64(math.Round(ss.ComputeP99US)), q(`SELECT toUInt64(round(quantile(0.99)(compute_us))) FROM run_records FINAL WHERE stage = ? AND outcome = 'completed'`)},
			{"mean queue wait", uint64(math.Round(ss.MeanQueueWaitUS)), q(`SELECT toUInt64(round(avg(queue_wait_us))) FROM run_records FINAL WHERE stage = ?`)},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s %s: stats %d, sql %d", ss.Stage, c.name, c.got, c.want)
			}
		}
		span := q(`SELECT toUInt64(max(finished_us) - min(started_us)) FROM run_records FINAL WHERE stage = ?`)
		wantThroughput := float64(ss.Runs) / (float64(max(span, 1000)) / 1e6)
		if math.Abs(ss.Throughput-wantThroughput) > 1e-6*wantThroughput {
			t.Errorf("%s throughput %f, want %f", ss.Stage, ss.Throughput, wantThroughput)
		}
	}
	// Go-side expectations from what was produced.
	ex := stats.Stages[3]
	if ex.Failed != 1 || ex.Completed != 5 || ex.Skipped != 2 || ex.CacheHitRate != 5.0/6 || ex.StoreFallbackRate != 1.0/6 {
		t.Errorf("extract stats %+v", ex)
	}
	if stats.Stages[0].Dead != 1 || stats.Stages[0].CacheHitRate != 0 {
		t.Errorf("ocr stats %+v", stats.Stages[0])
	}
	if stats.Documents != 7 {
		t.Errorf("documents %d, want 7", stats.Documents)
	}
	if stats.RedisUsedMemory == 0 || stats.RedisMemoryPerDoc != float64(stats.RedisUsedMemory)/7 {
		t.Errorf("redis memory %d per doc %f", stats.RedisUsedMemory, stats.RedisMemoryPerDoc)
	}
	if len(stats.TopEntities) != 3 || stats.TopEntities[0].Documents != 5 {
		t.Errorf("top entities %+v", stats.TopEntities)
	}
	var top = map[string]uint64{}
	for _, e := range stats.TopEntities {
		top[e.Name] = e.Mentions
	}
	if top["Acme Corp."] != 10 || top["John Smith"] != 10 || top["United States District Court"] != 5 {
		t.Errorf("entity mentions %v", top)
	}
	var buf bytes.Buffer
	if err := stats.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"extract", "Acme Corp.", "cache hit", "documents 7"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, buf.String())
		}
	}
	t.Logf("\n%s", buf.String())
}

func TestSampler(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	keys := cachelayer.NewKeys("docpipe")
	// ingest: 5 entries, group ocr read 2 of them, acked 1.
	for i := 0; i < 5; i++ {
		if err := client.Do(ctx, client.B().Xadd().Key(keys.Ingest()).Id("*").FieldValue().FieldValue("source", "x").Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(client.Do(ctx, client.B().XgroupCreate().Key(keys.Ingest()).Group("ocr").Id("0").Build()).Error())
	res, err := client.Do(ctx, client.B().Xreadgroup().Group("ocr", "c1").Count(2).Streams().Key(keys.Ingest()).Id(">").Build()).AsXRead()
	must(err)
	must(client.Do(ctx, client.B().Xack().Key(keys.Ingest()).Group("ocr").Id(res[keys.Ingest()][0].ID).Build()).Error())

	s := NewSampler(client, st, SamplerConfig{Partitions: 2, Interval: 10 * time.Second}, testLogger(t))
	now := time.Now()
	for i := 0; i < 2; i++ { // twice in one tick: the rows collapse
		must(s.SampleOnce(ctx, now))
	}
	if n := count(t, st, `SELECT count() FROM pipeline_samples FINAL`); n != 1+2*6 {
		t.Errorf("samples %d, want %d", n, 1+2*6)
	}
	var length, pending uint64
	var lag int64
	var consumers uint32
	var mem uint64
	must(st.Conn().QueryRow(ctx, `SELECT length, pending, lag, consumers, used_memory FROM pipeline_samples FINAL WHERE stage = 'ocr'`).
		Scan(&length, &pending, &lag, &consumers, &mem))
	if length != 5 || pending != 1 || lag != 3 || consumers != 1 || mem == 0 {
		t.Errorf("ocr sample: len %d pending %d lag %d consumers %d mem %d", length, pending, lag, consumers, mem)
	}
}
