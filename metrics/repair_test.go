package metrics

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/relate"
)

// lockedBuffer is a log destination tests read while the sink writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func bufferLogger() (*slog.Logger, *lockedBuffer) {
	buf := &lockedBuffer{}
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelInfo})), buf
}

// docsInPartitions returns n document names, at least two of them in one
// partition and at least one in another, for the copies tests.
func docsInPartitions(prod *producer, prefix string, n int) []string {
	byPart := map[int][]string{}
	var out []string
	for i := 0; len(out) < n; i++ {
		d := fmt.Sprintf("%s-%d", prefix, i)
		p := prod.part(d)
		if len(byPart[p]) >= n-1 {
			continue // leave room for another partition
		}
		byPart[p] = append(byPart[p], d)
		out = append(out, d)
	}
	return out
}

// Byte-identical documents share every output key. The first computes
// the results; a copy in the same partition skips every stage (its output
// is in that partition's cache); a copy in another partition computes the
// same keys again. Every copy must show its full graph in the current_*
// views and in stats, and the results must be stored once, not per copy.
func TestDuplicateDocumentsKeepTheirGraph(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	const parts = 2
	prod := newProducer(t, client, parts)
	docs := docsInPartitions(prod, "exhibit", 6)
	content := docs[0]
	computed := map[int]bool{}
	for _, d := range docs {
		outcome := OutcomeSkipped
		if p := prod.part(d); !computed[p] {
			// The first copy in each partition computes; the others skip.
			computed[p] = true
			outcome = OutcomeCompleted
		}
		if err := prod.copyOf(ctx, d, content, 1, outcome); err != nil {
			t.Fatal(err)
		}
	}
	if len(computed) != 2 {
		t.Fatalf("copies in %d partitions, want 2", len(computed))
	}
	sink := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 100 * time.Millisecond}, testLogger(t))
	runSink(t, sink)
	waitFor(t, 30*time.Second, "all runs", func() bool { return count(t, st, `SELECT count() FROM run_records FINAL`) == 36 })

	views := []struct {
		view string
		want uint64
	}{
		{"current_documents", 1}, {"current_pages", 2}, {"current_chunks", 2},
		{"current_mentions", 5}, {"current_entities", 3}, {"current_relationships", 3},
	}
	for _, v := range views {
		for _, d := range docs {
			if n := count(t, st, "SELECT count() FROM "+v.view+" WHERE doc_id = ?", d); n != v.want {
				t.Errorf("%s: %d rows for %s, want %d", v.view, n, d, v.want)
			}
		}
	}
	// Each copy's chunks belong to that copy, under the id relate would
	// give the edge for it.
	for _, d := range docs {
		var from, to, id string
		if err := st.Conn().QueryRow(ctx, `SELECT from_id, to_id, rel_id FROM current_relationships WHERE doc_id = ? AND type = ?`,
			d, relate.BelongsTo).Scan(&from, &to, &id); err != nil {
			t.Fatalf("BELONGS_TO of %s: %v", d, err)
		}
		if want := relate.RelationshipID(relate.BelongsTo, from, d); to != d || id != want {
			t.Errorf("BELONGS_TO of %s: %s -> %s (id %s), want -> %s (id %s)", d, from, to, id, d, want)
		}
	}
	var sources []string
	rows, err := st.Conn().Query(ctx, `SELECT source FROM current_documents ORDER BY source`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	rows.Close()
	if len(sources) != 6 || len(slices.Compact(slices.Clone(sources))) != 6 {
		t.Errorf("current_documents sources %v, want the 6 copies' own", sources)
	}
	// Stored once per output key, however many copies and partitions.
	stored := []struct {
		table string
		want  uint64
	}{
		{"stage_outputs", 6}, {"result_texts", 1}, {"result_pages", 2}, {"result_chunks", 2},
		{"result_mentions", 5}, {"result_entities", 3}, {"result_relationships", 3},
	}
	for _, s := range stored {
		if n := count(t, st, "SELECT count() FROM "+s.table+" FINAL"); n != s.want {
			t.Errorf("%s holds %d rows, want %d (one set for all copies)", s.table, n, s.want)
		}
	}
	stats, err := st.Stats(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 6 || len(stats.TopEntities) == 0 || stats.TopEntities[0].Documents != 6 {
		t.Errorf("stats: %d documents, top entities %+v; want 6 documents naming each entity", stats.Documents, stats.TopEntities)
	}
}

// A schema whose tables or views were dropped behind docpipe's back is
// repaired by the next Migrate, though schema_migrations lists them all.
func TestMigrateRepairsMissingObjects(t *testing.T) {
	cases := []struct {
		name string
		drop []string
	}{
		{"result table", []string{"result_chunks"}},
		{"view", []string{"current_entities"}},
		{"head table and its views", []string{"doc_heads", "current_pages", "current_chunks"}},
		{"run records", []string{"run_records"}},
		{"parents and the view reading them", []string{"document_parents", "current_relationships"}},
		{"stage_runs view", []string{"stage_runs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t, testenv.ClickHouse(t))
			for _, d := range c.drop {
				if err := st.Conn().Exec(ctx, "DROP TABLE "+d); err != nil {
					t.Fatal(err)
				}
			}
			rep, err := Migrate(ctx, st.Conn())
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Applied) != 0 {
				t.Errorf("applied %v, want none (all recorded)", rep.Applied)
			}
			slices.Sort(rep.Repaired)
			want := slices.Sorted(slices.Values(c.drop))
			if !slices.Equal(rep.Repaired, want) {
				t.Errorf("repaired %v, want %v", rep.Repaired, want)
			}
			for _, d := range c.drop {
				count(t, st, "SELECT count() FROM "+d)
			}
		})
	}
}

// A table that exists with columns the sink cannot write is one clear
// error naming it, not something Migrate papers over.
func TestMigrateUnrepairableSchema(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, testenv.ClickHouse(t))
	for _, q := range []string{"DROP TABLE result_chunks", "CREATE TABLE result_chunks (output_key String, body String) ENGINE = MergeTree ORDER BY output_key"} {
		if err := st.Conn().Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Migrate(ctx, st.Conn())
	var se *SchemaError
	if !errors.Is(err, ErrSchema) || !errors.As(err, &se) || se.Table != "result_chunks" || !slices.Contains(se.Missing, "chunk_id") {
		t.Fatalf("migrate: %v, want a SchemaError for result_chunks", err)
	}
	t.Logf("error: %v", err)
}

// A database migrated to 0002 (results keyed by document) keeps its results
// through 0003/0004: they are copied into the tables keyed by output key
// and the document-keyed tables are dropped.
func TestMigrateFromDocumentKeyedResults(t *testing.T) {
	ctx := context.Background()
	st := storeMigratedTo(t, testenv.ClickHouse(t), 2)
	legacy := []string{
		// INSERT ... SELECT: 18.16 waits for a data block after INSERT ... VALUES sent as a query.
		`INSERT INTO doc_heads (doc_id, stage, output_key, version, updated, ver) SELECT 'd1', 'text', 'tk', 1, now(), 1`,
		`INSERT INTO doc_heads (doc_id, stage, output_key, version, updated, ver) SELECT 'd1', 'chunk', 'ck', 1, now(), 1`,
		`INSERT INTO documents (doc_id, version, source, content_type, category, category_confidence, pages, methods, chars, text_key, updated, ver) SELECT 'd1', 1, '/a.txt', 'text/plain', 'letter', 0.5, 1, ['text'], 42, 'tk', now(), 1`,
		`INSERT INTO chunks (doc_id, output_key, version, chunk_id, idx, start, end, text) SELECT 'd1', 'ck', 1, 'c0', 0, 0, 5, 'hello'`,
		`INSERT INTO chunks (doc_id, output_key, version, chunk_id, idx, start, end, text) SELECT 'd1', 'ck', 1, 'c1', 1, 6, 11, 'world'`,
	}
	for _, q := range legacy {
		if err := st.Conn().Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	rep, err := st.Ensure(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := migrationsFrom(t, 3); !slices.Equal(rep.Applied, want) {
		t.Errorf("applied %v, want %v", rep.Applied, want)
	}
	if n := count(t, st, `SELECT count() FROM current_chunks WHERE doc_id = 'd1'`); n != 2 {
		t.Errorf("current_chunks: %d rows for d1, want 2", n)
	}
	var src, cat string
	if err := st.Conn().QueryRow(ctx, `SELECT source, category FROM current_documents WHERE doc_id = 'd1'`).Scan(&src, &cat); err != nil || src != "/a.txt" || cat != "letter" {
		t.Errorf("current_documents d1: %q %q %v", src, cat, err)
	}
	for _, gone := range []string{"documents", "pages", "chunks", "mentions", "entities", "relationships"} {
		if n := count(t, st, `SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = ?`, gone); n != 0 {
			t.Errorf("table %s still there", gone)
		}
	}
}

// Dropping a result table, or the whole database, while the sink runs: the
// sink's next insert gets "unknown table/database", it migrates, and the
// records keep arriving (none is lost to the drop after it).
func TestSinkRepairsDroppedSchema(t *testing.T) {
	cases := []struct {
		name, drop, check string
	}{
		{"table", "DROP TABLE %s.result_chunks", "recreated=[result_chunks]"},
		{"database", "DROP DATABASE %s", fmt.Sprintf("applied=\"%v\"", migrationsFrom(t, 1))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			client := newRedis(t)
			st := openStore(t, testenv.ClickHouse(t))
			const parts = 2
			prod := newProducer(t, client, parts)
			log, logs := bufferLogger()
			sink := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 50 * time.Millisecond,
				MinBackoff: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond}, log)
			runSink(t, sink)
			if err := prod.document(ctx, "before", 1, OutcomeCompleted); err != nil {
				t.Fatal(err)
			}
			waitFor(t, 30*time.Second, "first document", func() bool { return count(t, st, `SELECT count() FROM run_records FINAL`) == 6 })
			if err := st.Conn().Exec(ctx, fmt.Sprintf(c.drop, st.Database())); err != nil {
				t.Fatal(err)
			}
			if err := prod.document(ctx, "after", 1, OutcomeCompleted); err != nil {
				t.Fatal(err)
			}
			waitFor(t, 30*time.Second, "the document after the drop", func() bool {
				var n uint64
				err := st.Conn().QueryRow(ctx, `SELECT count() FROM current_chunks WHERE doc_id = 'after'`).Scan(&n)
				return err == nil && n == 2
			})
			waitFor(t, 10*time.Second, "acks", func() bool { return pendingCount(t, client, prod.keys, parts) == 0 })
			if h := st.Health(); h.State != HealthOK {
				t.Errorf("health %+v, want ok", h)
			}
			if !strings.Contains(logs.String(), "running the migrations") || !strings.Contains(logs.String(), c.check) {
				t.Errorf("log lacks the repair:\n%s", logs.String())
			}
		})
	}
}

// The sink starts while ClickHouse is down: the store is degraded (not an
// error at start), records wait in Redis, and when ClickHouse answers the
// schema is created and the records drain, with one log line each way.
func TestSinkStartsWhileClickHouseDown(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	srv := testenv.NewClickHouseServer(t)
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	st, err := New(srv.DSN("docpipe"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	short, cancel := context.WithTimeout(ctx, 3*time.Second)
	_, err = st.Ensure(short)
	cancel()
	if err == nil || st.Health().State != HealthDegraded {
		t.Fatalf("ensure with clickhouse down: %v, health %+v", err, st.Health())
	}
	const parts = 2
	prod := newProducer(t, client, parts)
	log, logs := bufferLogger()
	sink := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 50 * time.Millisecond,
		MinBackoff: 50 * time.Millisecond, MaxBackoff: 300 * time.Millisecond}, log)
	runSink(t, sink)
	for i := 0; i < 3; i++ {
		if err := prod.document(ctx, fmt.Sprintf("doc-%d", i), 1, OutcomeCompleted); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(2 * time.Second) // the sink retries a few times
	if n := pendingCount(t, client, prod.keys, parts); n != 18 {
		t.Errorf("%d records pending during the outage, want 18", n)
	}
	if h := st.Health(); h.State != HealthDegraded || h.Error == "" {
		t.Errorf("health during the outage %+v, want degraded with the error", h)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "records drained", func() bool { return pendingCount(t, client, prod.keys, parts) == 0 })
	if n := count(t, st, `SELECT count() FROM current_chunks`); n != 6 {
		t.Errorf("current_chunks %d, want 6", n)
	}
	if h := st.Health(); h.State != HealthOK {
		t.Errorf("health after %+v, want ok", h)
	}
	out := logs.String()
	if n := strings.Count(out, "clickhouse available"); n != 1 {
		t.Errorf("%d 'available' lines, want 1:\n%s", n, out)
	}
	if n := strings.Count(out, "level=WARN"); n > 1 {
		t.Errorf("%d warnings during the outage, want at most one:\n%s", n, out)
	}
	if !strings.Contains(out, "clickhouse schema migrated") {
		t.Errorf("no migration logged:\n%s", out)
	}
}

// A schema the sink cannot repair (a table with other columns) is one
// clear error and a broken health, not a warning per retry; records wait.
func TestSinkUnrepairableSchema(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	for _, q := range []string{"DROP TABLE result_chunks", "CREATE TABLE result_chunks (output_key String, body String) ENGINE = MergeTree ORDER BY output_key"} {
		if err := st.Conn().Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	const parts = 1
	prod := newProducer(t, client, parts)
	log, logs := bufferLogger()
	sink := NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 50 * time.Millisecond,
		MinBackoff: 50 * time.Millisecond, MaxBackoff: 100 * time.Millisecond}, log)
	runSink(t, sink)
	if err := prod.document(ctx, "doc-0", 1, OutcomeCompleted); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "broken health", func() bool { return st.Health().State == HealthBroken })
	time.Sleep(time.Second) // many retries
	if n := pendingCount(t, client, prod.keys, parts); n != 6 {
		t.Errorf("%d records pending, want 6 waiting in Redis", n)
	}
	out := logs.String()
	if n := strings.Count(out, `msg="clickhouse schema cannot be repaired`); n != 1 || !strings.Contains(out, "result_chunks lacks columns") ||
		strings.Contains(out, "clickhouse unavailable") {
		t.Errorf("%d schema errors logged, want 1 naming the table (and no outage):\n%s", n, out)
	}
	if h := st.Health(); !strings.Contains(h.Error, "result_chunks") {
		t.Errorf("health %+v does not name the table", h)
	}
}

// BELONGS_TO edges that copies computing one output key each wrote with
// their own document id (before 0008) become one edge per chunk, and every
// copy sees it once, under its own id.
func TestMigrateMergesCopiesChunkEdges(t *testing.T) {
	ctx := context.Background()
	st := storeMigratedTo(t, testenv.ClickHouse(t), 7)
	legacy := []string{
		// INSERT ... SELECT: 18.16 waits for a data block after INSERT ... VALUES sent as a query.
		`INSERT INTO doc_heads (doc_id, stage, output_key, version, updated, ver) SELECT 'd1', 'relate', 'rk', 1, now(), 1`,
		`INSERT INTO doc_heads (doc_id, stage, output_key, version, updated, ver) SELECT 'd2', 'relate', 'rk', 1, now(), 1`,
	}
	for _, d := range []string{"d1", "d2"} {
		legacy = append(legacy, fmt.Sprintf(`INSERT INTO result_relationships (output_key, rel_id, type, from_id, to_id, weight, evidence) SELECT 'rk', '%s', '%s', 'c0', '%s', 1, ''`,
			relate.RelationshipID(relate.BelongsTo, "c0", d), relate.BelongsTo, d))
	}
	legacy = append(legacy, `INSERT INTO result_relationships (output_key, rel_id, type, from_id, to_id, weight, evidence) SELECT 'rk', 'r1', 'CO_OCCURS', 'e1', 'e2', 2, ''`)
	for _, q := range legacy {
		if err := st.Conn().Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if n := count(t, st, `SELECT count() FROM current_relationships WHERE doc_id = 'd1'`); n != 3 {
		t.Fatalf("before 0008: %d edges for d1, want the 3 the old rows give", n)
	}
	if _, err := st.Ensure(ctx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the delete's mutation", func() bool {
		return count(t, st, `SELECT count() FROM system.mutations WHERE database = currentDatabase() AND table = 'result_relationships' AND is_done = 0`) == 0
	})
	if n := count(t, st, `SELECT count() FROM result_relationships FINAL`); n != 2 {
		t.Errorf("result_relationships holds %d rows, want 2", n)
	}
	for _, d := range []string{"d1", "d2"} {
		var from, to, id string
		if err := st.Conn().QueryRow(ctx, `SELECT from_id, to_id, rel_id FROM current_relationships WHERE doc_id = ? AND type = ?`,
			d, relate.BelongsTo).Scan(&from, &to, &id); err != nil {
			t.Fatalf("BELONGS_TO of %s: %v", d, err)
		}
		if want := relate.RelationshipID(relate.BelongsTo, "c0", d); from != "c0" || to != d || id != want {
			t.Errorf("BELONGS_TO of %s: %s -> %s (id %s), want c0 -> %s (id %s)", d, from, to, id, d, want)
		}
		if n := count(t, st, `SELECT count() FROM current_relationships WHERE doc_id = ?`, d); n != 2 {
			t.Errorf("current_relationships: %d edges for %s, want 2", n, d)
		}
	}
	// The form the sink writes now is the form the migration gives.
	if n := count(t, st, `SELECT count() FROM result_relationships FINAL WHERE rel_id = ?`, relate.RelationshipID(relate.BelongsTo, "c0", "")); n != 1 {
		t.Errorf("no BELONGS_TO row under the sink's id for a chunk edge")
	}
}
