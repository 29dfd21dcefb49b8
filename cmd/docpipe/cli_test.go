package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

// docpipeErr runs one command and returns stdout, stderr and the exit code.
func (e *e2e) docpipeErr(args ...string) (stdout, stderr string, code int) {
	e.t.Helper()
	cmd := exec.Command(e.bin, args...)
	cmd.Env = e.env
	var o, se strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &se
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		e.t.Fatalf("docpipe %v: %v", args, err)
	}
	return o.String(), se.String(), code
}

const exhibitText = "Exhibit A. On May 3, 2024, Judge Ada Quinn of the District Court of Westmarch " +
	"ordered Corvid Holdings, Inc. to pay $40,000 to Harlan Mott under Section 12.4 of the Agreement. " +
	"Corvid Holdings, Inc. appealed to the Court of Appeals of Westmarch."

// writeExhibits writes byte-identical copies exhibit-N.txt into dir until
// there are at least six and at least two share a partition and at least
// two partitions hold one: the copies that skip and the ones that compute.
// The first path returned shares its partition with another copy: outputs
// are keyed by partition, so only a copy in the first one's partition can
// find its outputs and skip.
func writeExhibits(t *testing.T, dir string, parts int) []string {
	t.Helper()
	var paths []string
	byPart := map[int]int{}
	part := func(p string) int { return events.Partition(events.DocIDFor(p), parts) }
	for i := 1; len(paths) < 6 || len(byPart) < 2 || maxCount(byPart) < 2; i++ {
		p := filepath.Join(dir, fmt.Sprintf("exhibit-%d.txt", i))
		if err := os.WriteFile(p, []byte(exhibitText), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		byPart[part(p)]++
	}
	for i, p := range paths {
		if byPart[part(p)] >= 2 {
			paths[0], paths[i] = paths[i], paths[0]
			break
		}
	}
	t.Logf("%d copies over partitions %v, the first in partition %d", len(paths), byPart, part(paths[0]))
	return paths
}

func maxCount(m map[int]int) int {
	n := 0
	for _, v := range m {
		n = max(n, v)
	}
	return n
}

// Byte-identical files at different paths each keep their full graph in
// ClickHouse, whether a copy computed its stages or skipped them all, in
// the same partition as another copy or in a different one, on a single
// Redis and on a cluster; status, the views and stats agree on every copy,
// and the results are stored once.
func TestDuplicateFilesKeepTheirGraph(t *testing.T) {
	cases := []struct {
		name string
		url  func(testing.TB) string
	}{
		{"single", testenv.Redis},
		{"cluster", testenv.RedisCluster},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			const parts = 3
			e := newE2EWith(t, c.url(t), testenv.ClickHouse(t))
			dir := testenv.TempDir(t)
			e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
			e.setEnv("DOCPIPE_PARTITIONS", fmt.Sprint(parts))
			paths := writeExhibits(t, dir, parts)
			n := uint64(len(paths))
			e.consumers()
			// The first copy alone, so that the others find its outputs and
			// skip every stage (copies that arrive together may each
			// compute: their leases are their own documents'), then the rest.
			if _, err := e.docpipe("ingest", "--wait", "--timeout", "3m", paths[0]); err != nil {
				t.Fatal(err)
			}
			out, err := e.docpipe(append([]string{"ingest", "--wait", "--json", "--timeout", "3m"}, paths[1:]...)...)
			if err != nil {
				t.Fatal(err)
			}
			var res struct {
				Documents []ingestedDoc `json:"documents"`
				Completed int           `json:"completed"`
			}
			if err := json.Unmarshal([]byte(out), &res); err != nil || res.Completed != len(paths)-1 {
				t.Fatalf("ingest --json: %v\n%s", err, out)
			}
			e.waitRows("runs", "SELECT count() FROM run_records FINAL WHERE outcome IN ('completed', 'skipped')", 6*n)
			e.waitRows("documents", "SELECT count() FROM current_documents", n)

			skippedAll := 0
			ref := map[string]uint64{}
			for _, p := range paths {
				id := events.DocIDFor(p)
				js, err := e.docpipe("status", "--json", p) // by path
				if err != nil {
					t.Fatal(err)
				}
				var st struct {
					DocID  string        `json:"doc_id"`
					Stages []StageStatus `json:"stages"`
				}
				if err := json.Unmarshal([]byte(js), &st); err != nil || st.DocID != id {
					t.Fatalf("status %s: %v\n%s", p, err, js)
				}
				skips := 0
				for _, s := range st.Stages {
					if s.Status != "completed" && s.Status != "skipped" {
						t.Errorf("status %s: %s is %s", filepath.Base(p), s.Stage, s.Status)
					}
					if s.Status == "skipped" {
						skips++
					}
				}
				if skips == len(events.Stages) {
					skippedAll++
				}
				if src := e.count("SELECT count() FROM current_documents WHERE doc_id = ? AND source = ?", id, p); src != 1 {
					t.Errorf("current_documents: no row for %s", filepath.Base(p))
				}
				// One BELONGS_TO edge per chunk, to this copy, however many
				// copies computed the shared output key.
				if edges, chunks := e.count("SELECT count() FROM current_relationships WHERE doc_id = ? AND type = 'BELONGS_TO' AND to_id = doc_id", id),
					e.count("SELECT count() FROM current_chunks WHERE doc_id = ?", id); edges != chunks {
					t.Errorf("%s: %d BELONGS_TO edges for %d chunks", filepath.Base(p), edges, chunks)
				}
				for _, v := range []string{"current_pages", "current_chunks", "current_mentions", "current_entities", "current_relationships"} {
					got := e.count("SELECT count() FROM "+v+" WHERE doc_id = ?", id)
					if _, ok := ref[v]; !ok {
						ref[v] = got
					}
					if got == 0 || got != ref[v] {
						t.Errorf("%s: %d rows for %s, want %d (the same for every copy, not 0)", v, got, filepath.Base(p), ref[v])
					}
				}
			}
			if skippedAll == 0 {
				t.Errorf("no copy skipped every stage: the test did not exercise the skip path")
			}
			t.Logf("%d of %d copies skipped every stage; per copy %v", skippedAll, n, ref)
			// Stored once: the result tables hold one copy's rows.
			for v, per := range ref {
				table := "result_" + strings.TrimPrefix(v, "current_")
				if got := e.count("SELECT count() FROM " + table + " FINAL"); got != per {
					t.Errorf("%s: %d rows for %d copies, want %d (stored once)", table, got, n, per)
				}
			}
			js, err := e.docpipe("stats", "--json", "--since", "1d")
			if err != nil {
				t.Fatal(err)
			}
			var st metrics.Stats
			if err := json.Unmarshal([]byte(js), &st); err != nil {
				t.Fatal(err)
			}
			if st.Documents != n || len(st.TopEntities) == 0 || st.TopEntities[0].Documents != n {
				t.Errorf("stats: %d documents, top entities %+v; want %d documents naming each", st.Documents, st.TopEntities, n)
			}
		})
	}
}

// `docpipe run` starts while ClickHouse is down: documents complete, the
// records wait in Redis, and when ClickHouse answers the schema is created
// and they drain; the log says so once each way.
func TestRunStartsWhileClickHouseDown(t *testing.T) {
	ch := testenv.NewClickHouseServer(t)
	if err := ch.Stop(); err != nil {
		t.Fatal(err)
	}
	e := newE2EWith(t, testenv.Redis(t), "")
	e.setEnv("DOCPIPE_CLICKHOUSE_DSN", ch.DSN("docpipe"))
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	logPath := e.consumersLog()
	const n = 5
	out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", writeDocs(t, dir, "down", n))
	if err != nil || !strings.Contains(out, fmt.Sprintf("%d completed, 0 failed", n)) {
		t.Fatalf("ingest while clickhouse is down: %v\n%s", err, out)
	}
	if err := ch.Start(); err != nil {
		t.Fatal(err)
	}
	st, err := metrics.Open(context.Background(), ch.DSN("docpipe"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.store = st
	e.waitRows("runs after clickhouse came up", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", 6*n)
	e.waitRows("documents", "SELECT count() FROM current_documents", n)
	b, _ := os.ReadFile(logPath)
	log := string(b)
	for _, want := range []string{"clickhouse unavailable at start", "clickhouse available", "docpipe run starting"} {
		if c := strings.Count(log, want); c != 1 {
			t.Errorf("log has %d lines with %q, want 1", c, want)
		}
	}
	if t.Failed() {
		t.Logf("run log:\n%s", tail(log, 20000))
	}
}

// Usage errors print the specific message, then a short hint; a bad log
// level or duration is an error, not a silent default.
func TestCLIMessages(t *testing.T) {
	e := newE2EWith(t, testenv.Redis(t), "")
	cases := []struct {
		name string
		env  string
		args []string
		code int
		want []string
	}{
		{"unknown command", "", []string{"foo"}, 2, []string{`unknown command "foo"`, "usage:", "docpipe help"}},
		{"bad doc id", "", []string{"status", "not-a-uuid"}, 2, []string{`"not-a-uuid" is not a document id (UUID)`, "docpipe status"}},
		{"unknown stage", "", []string{"run", "--stages", "ocr,foo"}, 2, []string{`unknown stage "foo" in --stages`, "docpipe run"}},
		{"reprocess stage", "", []string{"reprocess", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "--from", "nope"}, 2, []string{`unknown stage "nope" in --from`}},
		{"unknown flag", "", []string{"ingest", "--bogus", "x"}, 2, []string{"flag provided but not defined: -bogus", "docpipe ingest"}},
		{"purge without ids", "", []string{"dlq", "purge"}, 2, []string{"--all", "dlq purge"}},
		{"bad duration", "", []string{"stats", "--since", "7 days"}, 2, []string{`invalid duration "7 days"`}},
		{"log level", "DOCPIPE_LOG_LEVEL=verbose", []string{"dlq", "list"}, 1, []string{`DOCPIPE_LOG_LEVEL="verbose"`, "unknown log level"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			saved := e.env
			if c.env != "" {
				name, value, _ := strings.Cut(c.env, "=")
				e.env = append([]string(nil), e.env...)
				e.setEnv(name, value)
			}
			defer func() { e.env = saved }()
			_, stderr, code := e.docpipeErr(c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s", code, c.code, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, "Common flags") {
				t.Errorf("the whole usage block was printed:\n%s", stderr)
			}
		})
	}
}

func TestParseDuration(t *testing.T) {
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"90s", 90 * time.Second, true},
		{"24h", 24 * time.Hour, true},
		{"7d", 7 * 24 * time.Hour, true},
		{"1d12h", 36 * time.Hour, true},
		{"0.5d", 12 * time.Hour, true},
		{"7 days", 0, false},
		{"d", 0, false},
		{"1dx", 0, false},
	}
	for _, c := range cases {
		got, err := parseDuration(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseDuration(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// dlq replay and purge: filters, a missing id fails alike (and changes
// nothing), purge needs ids or --all.
func TestDLQCommands(t *testing.T) {
	e := newE2EWith(t, testenv.Redis(t), "")
	ctx := context.Background()
	add := func(stage, stream, reason, doc string) string {
		id, err := e.redis.Do(ctx, e.redis.B().Xadd().Key(e.keys.DLQ()).Id("*").FieldValue().
			FieldValue(consumers.DLQReason, reason).FieldValue(consumers.DLQStream, stream).
			FieldValue(consumers.DLQStage, stage).FieldValue(consumers.DLQTime, time.Now().UTC().Format(time.RFC3339)).
			FieldValue(events.FieldDoc, doc).FieldValue(events.FieldSrc, "/docs/"+doc).Build()).ToString()
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	textStream := e.keys.Stream(0, "text")
	a := add("text", textStream, "text: empty document", "a")
	add("chunk", e.keys.Stream(0, "chunk"), "chunk: encrypted input", "b")
	add("text", textStream, "text: Encrypted PDF", "c")
	dlqLen := func() int64 {
		n, err := e.redis.Do(ctx, e.redis.B().Xlen().Key(e.keys.DLQ()).Build()).AsInt64()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	// A missing id: replay and purge fail the same way, and touch nothing.
	for _, sub := range []string{"replay", "purge"} {
		_, stderr, code := e.docpipeErr("dlq", sub, a, "1-1")
		if code != 1 || !strings.Contains(stderr, "no such dead-letter entry: 1-1") {
			t.Errorf("dlq %s of a missing id: exit %d\n%s", sub, code, stderr)
		}
	}
	if n := dlqLen(); n != 3 {
		t.Fatalf("dlq holds %d entries after failed commands, want 3", n)
	}
	// Filters: --stage and --reason together select c only.
	out, err := e.docpipe("dlq", "replay", "--stage", "text", "--reason", "encrypted")
	if err != nil || !strings.Contains(out, "replayed 1 entries") {
		t.Fatalf("replay --stage --reason: %v\n%s", err, out)
	}
	replayed, err := e.redis.Do(ctx, e.redis.B().Xrange().Key(textStream).Start("-").End("+").Build()).AsXRange()
	if err != nil || len(replayed) != 1 || replayed[0].FieldValues[events.FieldDoc] != "c" {
		t.Fatalf("text stream after replay: %v %v", replayed, err)
	}
	if out, err := e.docpipe("dlq", "purge", "--reason", "ENCRYPTED"); err != nil || !strings.Contains(out, "purged 1 entries") {
		t.Fatalf("purge --reason: %v\n%s", err, out)
	}
	if out, err := e.docpipe("dlq", "purge", "--all"); err != nil || !strings.Contains(out, "purged 1 entries") {
		t.Fatalf("purge --all: %v\n%s", err, out)
	}
	if n := dlqLen(); n != 0 {
		t.Errorf("dlq holds %d entries after purge --all", n)
	}
}

// ingest --wait with nobody reading says so within seconds, and a timeout
// exits non-zero naming the documents still running.
func TestIngestWaitWithoutConsumers(t *testing.T) {
	e := newE2EWith(t, testenv.Redis(t), "")
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	docs := writeDocs(t, dir, "nobody", 2)
	stdout, stderr, code := e.docpipeErr("ingest", "--wait", "--timeout", "8s", docs)
	if code != 1 || !strings.Contains(stderr, "no consumer group reads") ||
		!strings.Contains(stderr, "documents still running after 8s: 2 of 2") || !strings.Contains(stdout, "TIMED OUT") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// Each file's id is printed.
	id := events.DocIDFor(filepath.Join(docs, "nobody-00.txt"))
	if !strings.Contains(stdout, id+"  "+filepath.Join(docs, "nobody-00.txt")) {
		t.Errorf("ingest did not print the document id %s:\n%s", id, stdout)
	}
	// A group without consumers (a replica that stopped).
	if err := e.redis.Do(context.Background(), e.redis.B().XgroupCreate().Key(e.keys.Ingest()).Group(ingestGroup).Id("0").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	_, stderr, _ = e.docpipeErr("ingest", "--wait", "--timeout", "8s", docs)
	if !strings.Contains(stderr, "group on "+e.keys.Ingest()+" has no consumers") {
		t.Errorf("no 'has no consumers' message:\n%s", stderr)
	}
}

// run logs its Redis and ClickHouse addresses with the passwords masked.
func TestMaskURLs(t *testing.T) {
	cases := []struct{ in, want string }{
		{"redis://127.0.0.1:6379", "redis://127.0.0.1:6379"},
		{"redis://:s3cret@host:6379/0", "redis://:xxxxx@host:6379/0"},
		{"clickhouse://app:s3cret@ch:9000/docpipe", "clickhouse://app:xxxxx@ch:9000/docpipe"},
		{"clickhouse://ch:9000/docpipe?password=s3cret&dial_timeout=5s", "clickhouse://ch:9000/docpipe?dial_timeout=5s&password=xxxxx"},
		{"clickhouse://app:s3cret%zz@ch:9000/docpipe?secure=true", "clickhouse://(unparsable, hidden)"},
		{"10.0.0.1:7000,10.0.0.2:7000", "10.0.0.1:7000,10.0.0.2:7000"},
		{"", ""},
	}
	for _, c := range cases {
		got := maskURLs(c.in)
		if got != c.want || strings.Contains(got, "s3cret") {
			t.Errorf("maskURLs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
