package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

// e2e is the binary under test against a real redis-server and
// clickhouse-server, with the shared corpus as its source root.
type e2e struct {
	t      testing.TB
	bin    string
	env    []string
	redis  rueidis.Client
	store  *metrics.Store
	keys   cachelayer.Keys
	corpus string
}

func newE2E(t testing.TB) *e2e {
	t.Helper()
	return newE2EWith(t, testenv.Redis(t), testenv.ClickHouse(t))
}

// newE2EWith is newE2E against Redis at url (a cluster when it lists
// several addresses) and the ClickHouse database dsn ("" for none).
func newE2EWith(t testing.TB, url, dsn string) *e2e {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "docpipe")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(testenv.SharedDir(t), "corpus")
	e := &e2e{t: t, bin: bin, corpus: corpus, keys: cachelayer.NewKeys("docpipe")}
	e.env = append(os.Environ(),
		"DOCPIPE_REDIS_URL="+url,
		"DOCPIPE_CLICKHOUSE_DSN="+dsn,
		"DOCPIPE_SOURCE_ROOTS="+corpus,
		"DOCPIPE_PARTITIONS=2",
		"DOCPIPE_LOCK_LEASE=20s",
		"DOCPIPE_CLAIM_IDLE=40s",
		"DOCPIPE_MAX_DELIVERIES=2",
		"DOCPIPE_BLOCK=200ms",
		"DOCPIPE_CONCURRENCY_OCR=2",
		"DOCPIPE_OCR_PARALLELISM=1",
	)
	e.redis, err = cachelayer.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.redis.Close)
	if dsn != "" {
		e.store, err = metrics.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.store.Close() })
	}
	return e
}

// setEnv replaces one variable of the binary's environment.
func (e *e2e) setEnv(name, value string) {
	for i, kv := range e.env {
		if strings.HasPrefix(kv, name+"=") {
			e.env[i] = name + "=" + value
			return
		}
	}
	e.env = append(e.env, name+"="+value)
}

// docpipe runs one command and returns its stdout.
func (e *e2e) docpipe(args ...string) (string, error) {
	e.t.Helper()
	cmd := exec.Command(e.bin, args...)
	cmd.Env = e.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		return stdout.String(), fmt.Errorf("docpipe %s: %v\n%s%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String(), nil
}

// consumers starts `docpipe run` in the background until the test ends.
func (e *e2e) consumers() { e.consumersLog() }

// consumersLog is consumers, returning the path of the run's log.
func (e *e2e) consumersLog() string {
	e.t.Helper()
	logf, err := os.Create(filepath.Join(e.t.TempDir(), "run.log"))
	if err != nil {
		e.t.Fatal(err)
	}
	cmd := exec.Command(e.bin, "run")
	cmd.Env = e.env
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() {
		if e.t.Failed() {
			_ = cmd.Process.Signal(syscall.SIGQUIT) // goroutine dump into the log
		}
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
		}
		if e.t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			e.t.Logf("docpipe run log:\n%s", tail(string(b), 200000))
		}
	})
	return logf.Name()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func (e *e2e) count(q string, args ...any) uint64 {
	e.t.Helper()
	var n uint64
	if err := e.store.Conn().QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		e.t.Fatalf("%s: %v", q, err)
	}
	return n
}

func (e *e2e) waitRows(what string, q string, want uint64) {
	e.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		got := e.count(q)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("%s: %d rows, want %d (%s)", what, got, want, q)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func courtFiles(t testing.TB, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, en := range ents {
		out = append(out, filepath.Join(dir, en.Name()))
	}
	return out
}

// TestCorpusEndToEnd runs the real pipeline binary on the shared corpus:
// every court document completes, the bad files fail cleanly, ClickHouse
// holds one completed run per (document, stage) and the results; a
// re-ingest skips every stage and adds no duplicate results; stats agree
// with SQL; an expired cache key is served from ClickHouse.
func TestCorpusEndToEnd(t *testing.T) {
	e := newE2E(t)
	migs, err := metrics.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := e.docpipe("migrate"); err != nil || !strings.Contains(out, fmt.Sprintf("%d migrations applied [1 ", len(migs))) {
		t.Fatalf("migrate: %v\n%s", err, out)
	}
	e.consumers()
	court := filepath.Join(e.corpus, "court")
	docs := courtFiles(t, court)
	out, err := e.docpipe("ingest", "--wait", "--timeout", "8m", court, filepath.Join(e.corpus, "bad"))
	// The bad files fail: ingest --wait says so and exits non-zero.
	if err == nil || !strings.Contains(err.Error(), "documents failed") || !strings.Contains(err.Error(), "empty.pdf") {
		t.Fatalf("ingest --wait with failing documents: %v\n%s", err, out)
	}
	t.Logf("first ingest:\n%s", out)
	if !strings.Contains(out, fmt.Sprintf("%d completed", len(docs))) && !strings.Contains(out, fmt.Sprintf("%d completed", len(docs)+1)) {
		t.Fatalf("not every court document completed:\n%s", out)
	}
	// The empty file is in the DLQ with a clear reason; broken-mime.pdf is
	// either processed or dead-lettered with a reason, never lost.
	dlq, err := e.docpipe("dlq", "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var dead []struct {
		Reason string            `json:"reason"`
		Fields map[string]string `json:"fields"`
	}
	if err := json.Unmarshal([]byte(dlq), &dead); err != nil {
		t.Fatalf("dlq list: %v\n%s", err, dlq)
	}
	reasons := map[string]string{}
	for _, d := range dead {
		reasons[filepath.Base(d.Fields["source"]+d.Fields["src"])] = d.Reason
	}
	if !strings.Contains(strings.ToLower(reasons["empty.pdf"]), "empty") {
		t.Errorf("empty.pdf: DLQ reason %q", reasons["empty.pdf"])
	}
	broken := events.DocIDFor(filepath.Join(e.corpus, "bad", "broken-mime.pdf"))
	if reasons["broken-mime.pdf"] == "" && e.count("SELECT count() FROM run_records FINAL WHERE doc_id = ? AND stage = 'relate' AND outcome = 'completed'", broken) != 1 {
		t.Errorf("broken-mime.pdf neither completed nor dead-lettered")
	}
	completedDocs := uint64(len(docs))
	if reasons["broken-mime.pdf"] == "" {
		completedDocs++
	}

	// One completed run per (document, stage), and the results.
	e.waitRows("completed runs", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", 6*completedDocs)
	if n := e.count("SELECT count() FROM (SELECT doc_id, stage FROM run_records FINAL WHERE outcome = 'completed' GROUP BY doc_id, stage HAVING count() > 1)"); n != 0 {
		t.Errorf("%d (document, stage) pairs have more than one completed run", n)
	}
	e.waitRows("documents", "SELECT count() FROM current_documents", completedDocs)
	vector := events.DocIDFor(filepath.Join(court, "vector-pdf.pdf"))
	var category string
	var pages uint32
	if err := e.store.Conn().QueryRow(context.Background(), "SELECT category, pages FROM current_documents WHERE doc_id = ?", vector).Scan(&category, &pages); err != nil {
		t.Fatal(err)
	}
	if category != "court_filing" || pages != 30 {
		t.Errorf("vector-pdf.pdf: category %q pages %d, want court_filing and 30", category, pages)
	}
	chunks := e.count("SELECT count() FROM current_chunks")
	mentions := e.count("SELECT count() FROM current_mentions")
	entities := e.count("SELECT count() FROM current_entities")
	rels := e.count("SELECT count() FROM current_relationships")
	if chunks == 0 || mentions == 0 || entities == 0 || rels == 0 {
		t.Fatalf("results missing: chunks %d mentions %d entities %d relationships %d", chunks, mentions, entities, rels)
	}
	if n := e.count("SELECT count() FROM current_entities WHERE doc_id = ? AND type = 'COURT'", vector); n == 0 {
		t.Errorf("no COURT entity in vector-pdf.pdf")
	}
	if n := e.count("SELECT count() FROM current_relationships WHERE doc_id = ? AND type = 'OPPOSES'", vector); n == 0 {
		t.Errorf("no OPPOSES relationship in vector-pdf.pdf")
	}
	status, err := e.docpipe("status", vector, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var docStatus struct {
		Source string        `json:"source"`
		Stages []StageStatus `json:"stages"`
	}
	if err := json.Unmarshal([]byte(status), &docStatus); err != nil {
		t.Fatalf("status --json: %v\n%s", err, status)
	}
	if len(docStatus.Stages) != len(events.Stages) || !strings.HasSuffix(docStatus.Source, "vector-pdf.pdf") {
		t.Fatalf("status --json:\n%s", status)
	}
	for i, s := range docStatus.Stages {
		if s.Stage != events.Stages[i] || s.Status != "completed" || s.Key == "" || s.Attempts != 1 || s.Consumer == "" || s.Finished == "" || s.Error != "" {
			t.Errorf("status of %s: %+v", events.Stages[i], s)
		}
	}
	if docStatus.Stages[0].ComputeMS == 0 {
		t.Errorf("ocr of a 30-page PDF took 0 ms, says status: %+v", docStatus.Stages[0])
	}

	// Re-ingest: every stage skips, no duplicate results.
	start := time.Now()
	out, err = e.docpipe("ingest", "--wait", "--timeout", "3m", court)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("re-ingest (%s):\n%s", time.Since(start).Round(time.Millisecond), out)
	e.waitRows("skipped runs", "SELECT count() FROM run_records FINAL WHERE outcome = 'skipped'", 6*uint64(len(docs)))
	e.waitRows("completed runs after re-ingest", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", 6*completedDocs)
	for q, want := range map[string]uint64{"chunks": chunks, "mentions": mentions, "entities": entities, "relationships": rels} {
		if got := e.count("SELECT count() FROM current_" + q); got != want {
			t.Errorf("%s after re-ingest: %d rows, want %d", q, got, want)
		}
	}

	// stats shows what the tables hold.
	js, err := e.docpipe("stats", "--json", "--since", "1h")
	if err != nil {
		t.Fatal(err)
	}
	var st metrics.Stats
	if err := json.Unmarshal([]byte(js), &st); err != nil {
		t.Fatalf("stats json: %v\n%s", err, js)
	}
	for _, ss := range st.Stages {
		want := e.count("SELECT count() FROM run_records FINAL WHERE stage = ? AND outcome = 'completed'", ss.Stage)
		skipped := e.count("SELECT count() FROM run_records FINAL WHERE stage = ? AND outcome = 'skipped'", ss.Stage)
		if uint64(ss.Completed) != want || uint64(ss.Skipped) != skipped {
			t.Errorf("stats %s: completed %d skipped %d, SQL says %d and %d", ss.Stage, ss.Completed, ss.Skipped, want, skipped)
		}
	}
	if table, err := e.docpipe("stats"); err != nil || !strings.Contains(table, "extract") {
		t.Errorf("stats table: %v\n%s", err, table)
	}

	// An expired cache key: the text output of vector-pdf.pdf is deleted
	// from Redis; reprocessing from chunk reads it from ClickHouse and gives
	// the same chunks.
	ctx := context.Background()
	p := events.Partition(vector, 2)
	state, err := e.redis.Do(ctx, e.redis.B().Hgetall().Key(e.keys.State(p, vector)).Build()).AsStrMap()
	if err != nil {
		t.Fatal(err)
	}
	oldChunk, err := e.redis.Do(ctx, e.redis.B().Get().Key(e.keys.Output(p, "chunk", state["chunk:done"])).Build()).AsBytes()
	if err != nil {
		t.Fatal(err)
	}
	if err := e.redis.Do(ctx, e.redis.B().Del().Key(e.keys.Output(p, "text", state["text:done"])).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.docpipe("reprocess", vector, "--from", "chunk"); err != nil {
		t.Fatal(err)
	}
	var newKey string
	deadline := time.Now().Add(2 * time.Minute)
	for {
		st, _ := e.redis.Do(ctx, e.redis.B().Hgetall().Key(e.keys.State(p, vector)).Build()).AsStrMap()
		if st["chunk:done"] != state["chunk:done"] && cachelayer.ParseStageState(st, "relate").Status == "completed" && st["relate:done"] != state["relate:done"] {
			newKey = st["chunk:done"]
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("reprocess --from chunk did not complete: %v", st)
		}
		time.Sleep(200 * time.Millisecond)
	}
	newChunk, err := e.redis.Do(ctx, e.redis.B().Get().Key(e.keys.Output(p, "chunk", newKey)).Build()).AsBytes()
	if err != nil {
		t.Fatal(err)
	}
	oldEnv, _ := cachelayer.DecodeEnvelope(oldChunk)
	newEnv, _ := cachelayer.DecodeEnvelope(newChunk)
	if oldEnv == nil || newEnv == nil || !bytes.Equal(oldEnv.Data, newEnv.Data) {
		t.Errorf("chunks recomputed from the stored text differ from the cached run")
	}
	e.waitRows("store-served chunk run", fmt.Sprintf("SELECT count() FROM run_records FINAL WHERE doc_id = '%s' AND stage = 'chunk' AND input_from = 'store'", vector), 1)
}

// TestClickHouseOutage stops ClickHouse in the middle of a run: documents
// keep completing (the pipeline does not wait for the sink), the records
// wait in Redis, and once ClickHouse is back every run arrives exactly once.
func TestClickHouseOutage(t *testing.T) {
	ch := testenv.NewClickHouseServer(t)
	e := newE2EWith(t, testenv.Redis(t), ch.DSN("docpipe"))
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.consumers()
	const n = 15
	if out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", writeDocs(t, dir, "before", n)); err != nil || !strings.Contains(out, fmt.Sprintf("%d completed, 0 failed", n)) {
		t.Fatalf("before the outage: %v\n%s", err, out)
	}
	e.waitRows("runs before the outage", "SELECT count() FROM run_records WHERE outcome = 'completed'", 6*n)

	if err := ch.Kill(); err != nil {
		t.Fatal(err)
	}
	out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", writeDocs(t, dir, "during", n))
	if err != nil || !strings.Contains(out, fmt.Sprintf("%d completed, 0 failed", n)) {
		t.Fatalf("the pipeline stalled while ClickHouse was down: %v\n%s", err, out)
	}
	t.Logf("during the outage: %s", strings.TrimSpace(out))
	// The records of the outage wait in Redis, unacknowledged by the sink.
	ctx := context.Background()
	var waiting int64
	for p := 0; p < 2; p++ {
		n, err := e.redis.Do(ctx, e.redis.B().Xlen().Key(e.keys.Records(p)).Build()).AsInt64()
		if err != nil {
			t.Fatal(err)
		}
		waiting += n
	}
	if waiting < 6*n {
		t.Errorf("only %d records in Redis during the outage, want at least %d", waiting, 6*n)
	}

	if err := ch.Start(); err != nil {
		t.Fatal(err)
	}
	e.waitRows("all runs after the outage", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", 12*n)
	if dup := e.count("SELECT count() FROM (SELECT doc_id, stage FROM run_records FINAL WHERE outcome = 'completed' GROUP BY doc_id, stage HAVING count() > 1)"); dup != 0 {
		t.Errorf("%d (document, stage) pairs have duplicate completed runs", dup)
	}
	if docs := e.count("SELECT count() FROM current_documents"); docs != 2*n {
		t.Errorf("documents: %d, want %d", docs, 2*n)
	}
}

// writeDocs writes n small letters with entities into dir/name.
func writeDocs(t *testing.T, dir, name string, n int) string {
	t.Helper()
	d := filepath.Join(dir, name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("Letter %s-%d. On May %d, 2024, Judge Ada Quinn of the District Court of Westmarch "+
			"ordered Corvid Holdings, Inc. to pay $%d,000 to Harlan Mott under Section 12.%d of the Agreement.", name, i, i%28+1, i+1, i)
		if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("%s-%02d.txt", name, i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// TestCLIOnCluster runs the binary against a 3-master Redis Cluster without
// ClickHouse: ingest --wait, a dead letter, status and reprocess.
func TestCLIOnCluster(t *testing.T) {
	e := newE2EWith(t, testenv.RedisCluster(t), "")
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_PARTITIONS", "4")
	e.consumers()
	docs := writeDocs(t, dir, "letters", 8)
	if err := os.WriteFile(filepath.Join(docs, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := e.docpipe("ingest", "--wait", "--timeout", "2m", docs)
	if err == nil || !strings.Contains(out, "8 completed, 1 failed") || !strings.Contains(err.Error(), "documents failed: 1 of 9") || !strings.Contains(err.Error(), "empty.txt") {
		t.Fatalf("ingest on the cluster: %v\n%s", err, out)
	}
	if dl, err := e.docpipe("dlq", "list"); err != nil || !strings.Contains(dl, "empty.txt") {
		t.Errorf("dlq list: %v\n%s", err, dl)
	}
	// The dead-lettered document: status by path says dead, not failed
	// (failed means a retry is coming). The dead letter is written before
	// the state records the dead run (one round trip later), and ingest
	// --wait returns on the letter: allow that round trip.
	var dead string
	for end := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		dead, err = e.docpipe("status", filepath.Join(docs, "empty.txt"))
		if err == nil && strings.Contains(dead, " dead ") || time.Now().After(end) {
			break
		}
	}
	if err != nil || !strings.Contains(dead, " dead ") || strings.Contains(dead, "failed") {
		t.Errorf("status of the dead-lettered document: %v\n%s", err, dead)
	}
	doc := events.DocIDFor(filepath.Join(docs, "letters-03.txt"))
	if st, err := e.docpipe("status", doc); err != nil || strings.Count(st, "completed") != 6 {
		t.Errorf("status: %v\n%s", err, st)
	}
	ctx := context.Background()
	p := events.Partition(doc, 4)
	before, err := e.redis.Do(ctx, e.redis.B().Hgetall().Key(e.keys.State(p, doc)).Build()).AsStrMap()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.docpipe("reprocess", doc, "--from", "extract"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		st, err := e.redis.Do(ctx, e.redis.B().Hgetall().Key(e.keys.State(p, doc)).Build()).AsStrMap()
		if err != nil {
			t.Fatal(err)
		}
		if cachelayer.ParseStageState(st, "chunk").Status == "skipped" && cachelayer.ParseStageState(st, "extract").Status == "completed" && cachelayer.ParseStageState(st, "relate").Status == "completed" && st["relate:done"] != before["relate:done"] {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("reprocess --from extract did not finish: %v", st)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// A held lease on a stage that completed before (a reprocess at work):
	// status says processing, not the earlier completed.
	lease := "test-token " + strconv.FormatInt(time.Now().Add(30*time.Second).UnixMilli(), 10) + " 1"
	if err := e.redis.Do(ctx, e.redis.B().Hset().Key(e.keys.State(p, doc)).FieldValue().
		FieldValue(cachelayer.LeaseField("resolve"), lease).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	js, err := e.docpipe("status", "--json", doc)
	if err != nil {
		t.Fatal(err)
	}
	var st struct {
		Stages []StageStatus `json:"stages"`
	}
	if err := json.Unmarshal([]byte(js), &st); err != nil || st.Stages[4].Stage != "resolve" || st.Stages[4].Status != "processing" || st.Stages[3].Status != "completed" {
		t.Errorf("status with resolve's lock held: %v\n%s", err, js)
	}
}

// ingest pipelines its XADDs in chunks: more files than one chunk all land
// on the ingest stream, once each.
func TestIngestManyFiles(t *testing.T) {
	e := newE2EWith(t, testenv.Redis(t), "")
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	const n = 1203 // two full chunks and a part
	out, err := e.docpipe("ingest", writeDocs(t, dir, "many", n))
	if err != nil || !strings.Contains(out, fmt.Sprintf("added %d documents", n)) {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	entries, err := e.redis.Do(context.Background(), e.redis.B().Xrange().Key(e.keys.Ingest()).Start("-").End("+").Build()).AsXRange()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, en := range entries {
		seen[en.FieldValues["source"]] = true
	}
	if len(entries) != n || len(seen) != n {
		t.Fatalf("%d entries for %d sources, want %d of each", len(entries), len(seen), n)
	}
}
