package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// runProc is a background `docpipe run` whose log the test reads.
type runProc struct {
	cmd *exec.Cmd
	log string
}

// startRun starts `docpipe run` (with args) with e's environment until the
// test ends (SIGINT, then SIGKILL after 30 s); its log is kept for the test
// to read and shown when the test fails.
func (e *e2e) startRun(args ...string) *runProc {
	e.t.Helper()
	logf, err := os.Create(filepath.Join(e.t.TempDir(), "run.log"))
	if err != nil {
		e.t.Fatal(err)
	}
	cmd := exec.Command(e.bin, append([]string{"run"}, args...)...)
	cmd.Env = e.env
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	p := &runProc{cmd: cmd, log: logf.Name()}
	e.t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		logf.Close()
		if e.t.Failed() {
			e.t.Logf("docpipe run log:\n%s", tail(p.Log(), 60000))
		}
	})
	return p
}

// Log is what the process has written so far.
func (p *runProc) Log() string {
	b, _ := os.ReadFile(p.log)
	return string(b)
}

// TestPipelineAsACLUser runs the whole pipeline (stages and ClickHouse sink)
// as the least-privilege user of cachelayer.PipelineACL on a Redis whose
// default user is off. Redis's ACL LOG must stay empty: a command the
// runtime sends that the documented rule does not allow is a failure. The
// read-only user can run status but not ingest; the pipeline user cannot
// read keys outside the prefix; the password shows nowhere.
func TestPipelineAsACLUser(t *testing.T) {
	pw, roPW := testenv.RandomSecret(t), testenv.RandomSecret(t)
	r := testenv.StartRedisACL(t, []testenv.ACLUser{
		{Name: "docpipe", Password: pw, Rule: cachelayer.PipelineACL("docpipe")},
		{Name: "docpipe-ro", Password: roPW, Rule: cachelayer.ReadOnlyACL("docpipe")},
	})
	if _, err := r.AdminCli("set", "other:secret", "s"); err != nil {
		t.Fatal(err)
	}
	e := newE2EWith(t, r.URL("docpipe", pw), testenv.ClickHouse(t))
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_TRIM_INTERVAL", "1s")
	run := e.startRun()
	const n = 8
	docs := writeDocs(t, dir, "acl", n)
	if err := os.WriteFile(filepath.Join(docs, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// ingest --wait exits non-zero when a document failed (the empty one).
	out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", docs)
	if err == nil || !strings.Contains(out, fmt.Sprintf("%d completed, 1 failed", n)) {
		t.Fatalf("ingest as the ACL user: %v\n%s", err, out)
	}
	e.waitRows("completed runs", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", 6*n)
	// The operator's commands run as the same user: reprocess, the DLQ.
	if _, err := e.docpipe("reprocess", events.DocIDFor(filepath.Join(docs, "acl-01.txt")), "--from", "extract"); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{{"dlq", "list", "--json"}, {"dlq", "purge", "--all"}, {"stats"}} {
		if out, err := e.docpipe(args...); err != nil {
			t.Errorf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	e.waitRows("reprocessed extract", "SELECT count() FROM run_records FINAL WHERE stage = 'relate' AND outcome = 'completed'", n+1)
	// Let the trimmer and the sampler run too.
	time.Sleep(3 * time.Second)
	if denied, err := r.AdminCli("acl", "log"); err != nil || strings.TrimSpace(denied) != "" {
		t.Errorf("Redis refused commands of the pipeline user (ACL LOG):\n%s %v", denied, err)
	}

	ctx := context.Background()
	if err := e.redis.Do(ctx, e.redis.B().Get().Key("other:secret").Build()).Error(); err == nil || !strings.Contains(err.Error(), "NOPERM") {
		t.Errorf("the pipeline user read a key outside the prefix: %v", err)
	}
	if err := e.redis.Do(ctx, e.redis.B().Flushall().Build()).Error(); err == nil {
		t.Error("the pipeline user may FLUSHALL")
	}

	// The read-only user: status works, ingest is refused.
	doc := events.DocIDFor(filepath.Join(dir, "acl", "acl-03.txt"))
	var outputs []string
	ro := *e
	ro.env = append([]string{}, e.env...)
	ro.setEnv("DOCPIPE_REDIS_URL", r.URL("docpipe-ro", roPW))
	st, err := ro.docpipe("status", doc)
	if err != nil || strings.Count(st, "completed") != 6 {
		t.Errorf("status as the read-only user: %v\n%s", err, st)
	}
	outputs = append(outputs, st)
	if out, err := ro.docpipe("ingest", filepath.Join(dir, "acl")); err == nil || !strings.Contains(err.Error(), "NOPERM") {
		t.Errorf("the read-only user could ingest: %v\n%s", err, out)
	} else {
		outputs = append(outputs, err.Error())
	}

	// The password appears nowhere: run log, status, errors.
	st, err = e.docpipe("status", doc, "--json")
	outputs = append(outputs, st, fmt.Sprint(err))
	_, err = e.docpipe("status", "00000000-0000-0000-0000-000000000000")
	outputs = append(outputs, fmt.Sprint(err))
	bad := *e
	bad.env = append([]string{}, e.env...)
	bad.setEnv("DOCPIPE_REDIS_URL", r.URL("docpipe", pw+"x"))
	_, err = bad.docpipe("status", doc)
	if err == nil {
		t.Error("status with a wrong password succeeded")
	}
	outputs = append(outputs, fmt.Sprint(err))
	bad.setEnv("DOCPIPE_REDIS_URL", "redis://docpipe:"+pw+"%zz@"+r.Addr)
	_, err = bad.docpipe("run")
	outputs = append(outputs, fmt.Sprint(err))
	outputs = append(outputs, run.Log())
	var runs uint64
	if err := e.store.Conn().QueryRow(ctx, "SELECT count() FROM run_records WHERE positionCaseInsensitive(concat(consumer, error, source, input_from), ?) > 0", pw).Scan(&runs); err != nil {
		t.Fatal(err)
	}
	if runs != 0 {
		t.Errorf("%d run records hold the password", runs)
	}
	for i, o := range outputs {
		if strings.Contains(o, pw) || strings.Contains(o, roPW) {
			t.Errorf("output %d shows a password:\n%s", i, o)
		}
	}
}

// TestPipelineOverMutualTLSCluster runs the binary against a 3-master Redis
// Cluster that speaks TLS only and requires client certificates; a wrong
// CA stops `docpipe run` at once with a clear error.
func TestPipelineOverMutualTLSCluster(t *testing.T) {
	certs := testenv.NewCerts(t)
	cl := testenv.StartCluster(t, testenv.ClusterSpec{Masters: 3, TLS: certs})
	bin := filepath.Join(t.TempDir(), "docpipe")
	// newE2EWith connects its own client with a URL alone; TLS needs the
	// files, so the test's client is made here.
	e := newE2ETLS(t, cl.URL(), cachelayer.TLSFiles{CAFile: certs.CA, CertFile: certs.ClientCert, KeyFile: certs.ClientKey}, bin)
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_PARTITIONS", "4")
	e.startRun()
	const n = 6
	out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", writeDocs(t, dir, "tls", n))
	if err != nil || !strings.Contains(out, fmt.Sprintf("%d completed, 0 failed", n)) {
		t.Fatalf("ingest over mutual TLS: %v\n%s", err, out)
	}

	wrong := testenv.NewCerts(t)
	e.setEnv("DOCPIPE_REDIS_TLS_CA_FILE", wrong.CA)
	start := time.Now()
	_, err = e.docpipe("run")
	if err == nil || !strings.Contains(err.Error(), "not signed by DOCPIPE_REDIS_TLS_CA_FILE "+wrong.CA) {
		t.Fatalf("run with a wrong CA: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the wrong CA took %s to report", d)
	}
}

// newE2ETLS is newE2EWith for a TLS Redis: the binary gets the TLS
// variables, the test's own client the same files.
func newE2ETLS(t *testing.T, url string, files cachelayer.TLSFiles, bin string) *e2e {
	t.Helper()
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	e := &e2e{t: t, bin: bin, keys: cachelayer.NewKeys("docpipe")}
	e.env = append(os.Environ(),
		"DOCPIPE_REDIS_URL="+url,
		"DOCPIPE_REDIS_TLS_CA_FILE="+files.CAFile,
		"DOCPIPE_REDIS_TLS_CERT_FILE="+files.CertFile,
		"DOCPIPE_REDIS_TLS_KEY_FILE="+files.KeyFile,
		"DOCPIPE_CLICKHOUSE_DSN=",
		"DOCPIPE_PARTITIONS=2",
		"DOCPIPE_LOCK_LEASE=20s",
		"DOCPIPE_CLAIM_IDLE=40s",
		"DOCPIPE_BLOCK=200ms",
	)
	e.redis, err = cachelayer.Open(context.Background(), cachelayer.Options{URL: url, TLS: files})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.redis.Close)
	return e
}

// failoverRun is the shared body of the failover tests: documents flow in
// small batches at a steady rate while disrupt breaks Redis; it measures
// the time from disrupt until documents complete again and checks the
// promises: every document completes, none is dead-lettered, and every
// (document, stage) has one output key in ClickHouse.
type failoverRun struct {
	e       *e2e
	dir     string
	batches int
	per     int
	every   time.Duration
}

// failoverEnv sets what the failover tests share: the production default
// of deliveries, and leases short enough that runs cut off by the
// failover are retried within seconds rather than a minute.
func failoverEnv(e *e2e) {
	e.setEnv("DOCPIPE_MAX_DELIVERIES", "5")
	e.setEnv("DOCPIPE_LOCK_LEASE", "5s")
	e.setEnv("DOCPIPE_CLAIM_IDLE", "10s")
	e.setEnv("DOCPIPE_TRIM_INTERVAL", "2s")
}

// completedSince is the number of completed-stream entries with an id at
// or after ms (Redis's clock, the same machine's).
func completedSince(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ms int64) (int, error) {
	es, err := c.Do(ctx, c.B().Xrange().Key(keys.Completed()).Start(strconv.FormatInt(ms, 10)).End("+").Count(1000).Build()).AsXRange()
	return len(es), err
}

func (f *failoverRun) run(t *testing.T, disrupt func()) {
	e := f.e
	ctx := context.Background()
	run := e.startRun()
	total := f.batches * f.per
	for b := 0; b < f.batches; b++ {
		writeDocs(t, f.dir, fmt.Sprintf("b%02d", b), f.per)
	}
	// The producer: one batch per tick; an ingest refused while Redis is
	// failing over is retried (a re-added document is skipped or resumed,
	// never duplicated in the results).
	var wg sync.WaitGroup
	var prodErr error
	var retries int
	wg.Add(1)
	go func() {
		defer wg.Done()
		for b := 0; b < f.batches; b++ {
			deadline := time.Now().Add(90 * time.Second)
			for {
				_, err := e.docpipe("ingest", filepath.Join(f.dir, fmt.Sprintf("b%02d", b)))
				if err == nil {
					break
				}
				retries++
				if time.Now().After(deadline) {
					prodErr = fmt.Errorf("batch %d: %w", b, err)
					return
				}
				time.Sleep(300 * time.Millisecond)
			}
			time.Sleep(f.every)
		}
	}()

	// Disrupt once documents flow: a quarter of them completed.
	waitCompleted := func(what string, ms int64, n int, d time.Duration) time.Time {
		start := time.Now()
		for {
			got, err := completedSince(ctx, e.redis, e.keys, ms)
			if err == nil && got >= n {
				return time.Now()
			}
			if time.Since(start) > d {
				t.Fatalf("%s: %d completed after %s (last error %v)", what, got, d, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitCompleted("before the disruption", 0, total/4, 3*time.Minute)
	killedAt := time.Now()
	disrupt()
	again := waitCompleted("after the disruption", killedAt.UnixMilli(), 1, 3*time.Minute)
	t.Logf("METRIC %s: documents complete again %s after the kill", t.Name(), again.Sub(killedAt).Round(time.Millisecond))
	wg.Wait()
	if prodErr != nil {
		t.Fatalf("the producer gave up: %v", prodErr)
	}
	t.Logf("%d ingest calls were refused during the disruption and retried", retries)

	// Every document completes: its relate run is in ClickHouse.
	start := time.Now()
	deadline := start.Add(4 * time.Minute)
	for {
		got := e.count("SELECT uniqExact(doc_id) FROM run_records FINAL WHERE stage = 'relate' AND outcome = 'completed'")
		if got == uint64(total) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d documents completed 4 minutes after the last ingest", got, total)
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Logf("METRIC %s: all %d documents completed %s after the kill", t.Name(), total, time.Since(killedAt).Round(time.Millisecond))
	if n, err := e.redis.Do(ctx, e.redis.B().Xlen().Key(e.keys.DLQ()).Build()).AsInt64(); err != nil || n != 0 {
		dl, _ := e.docpipe("dlq", "list")
		t.Errorf("dead letters: %d (%v)\n%s", n, err, dl)
	}
	if n := e.count("SELECT uniqExact(doc_id, stage) FROM run_records FINAL WHERE outcome = 'completed'"); n != uint64(6*total) {
		t.Errorf("%d completed (document, stage) pairs, want %d", n, 6*total)
	}
	if n := e.count("SELECT count() FROM (SELECT doc_id, stage FROM run_records FINAL WHERE outcome = 'completed' GROUP BY doc_id, stage HAVING uniqExact(output_key) > 1)"); n != 0 {
		t.Errorf("%d (document, stage) pairs completed with more than one output key", n)
	}
	recomputed := e.count("SELECT count() FROM (SELECT doc_id, stage FROM run_records FINAL WHERE outcome = 'completed' GROUP BY doc_id, stage HAVING count() > 1)")
	// A recomputation whose first commit was lost with its record shows
	// only once here; this counts those whose first record had reached
	// ClickHouse before the loss.
	t.Logf("METRIC %s: %d (document, stage) pairs have two completed run records (recomputed to the same key)", t.Name(), recomputed)
	e.waitRows("documents", "SELECT count() FROM current_documents", uint64(total))
	_ = run
}

// TestSentinelFailover SIGKILLs the master of a Sentinel set while
// documents flow: the sentinels promote the replica, docpipe follows it,
// and every document completes. The replica is made to lag first (DEBUG
// SLEEP stops it reading the replication stream), so the writes of the
// last ~0.7 s before the kill, acknowledged to docpipe, are lost: the
// pipeline must recompute them, not stall or dead-letter.
func TestSentinelFailover(t *testing.T) {
	set := testenv.StartSentinel(t, "--enable-debug-command", "local")
	e := newE2ESentinel(t, set)
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	failoverEnv(e)
	f := &failoverRun{e: e, dir: dir, batches: 16, per: 3, every: 400 * time.Millisecond}
	f.run(t, func() {
		old := set.Master.Addr
		go func() { _, _ = testenv.Cli(set.Replica.Addr, nil, "debug", "sleep", "1") }()
		time.Sleep(700 * time.Millisecond)
		before, _ := testenv.Cli(old, nil, "info", "replication")
		set.Master.Kill()
		t.Logf("replication at the kill:\n%s", before)
		start := time.Now()
		now := set.WaitFailover(t, old, time.Minute)
		t.Logf("METRIC %s: sentinels promoted %s %s after the kill", t.Name(), now, time.Since(start).Round(time.Millisecond))
	})
}

// newE2ESentinel is newE2EWith for a Sentinel set.
func newE2ESentinel(t *testing.T, set *testenv.SentinelSet) *e2e {
	t.Helper()
	e := newE2EWith(t, set.Master.Addr, testenv.ClickHouse(t))
	e.redis.Close()
	e.setEnv("DOCPIPE_REDIS_URL", set.URL())
	e.setEnv("DOCPIPE_REDIS_SENTINEL_MASTER", set.Name)
	var err error
	e.redis, err = cachelayer.Open(context.Background(), cachelayer.Options{URL: set.URL(), SentinelMaster: set.Name})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.redis.Close)
	return e
}

// TestClusterFailover SIGKILLs the master serving the ingest stream of a
// 3-master cluster with a replica each while documents flow: its replica
// is promoted and every document completes.
func TestClusterFailover(t *testing.T) {
	cl := testenv.StartCluster(t, testenv.ClusterSpec{Masters: 3, Replicas: 1, NodeTimeout: 2 * time.Second})
	e := newE2EWith(t, cl.URL(), testenv.ClickHouse(t))
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_PARTITIONS", "4")
	failoverEnv(e)
	f := &failoverRun{e: e, dir: dir, batches: 16, per: 3, every: 400 * time.Millisecond}
	f.run(t, func() {
		victim := cl.MasterFor(t, e.keys.Ingest())
		victim.Kill()
		start := time.Now()
		now := cl.WaitPromoted(t, victim, e.keys.Ingest(), time.Minute)
		t.Logf("METRIC %s: replica %s promoted %s after the kill of %s", t.Name(), now.Addr, time.Since(start).Round(time.Millisecond), victim.Addr)
	})
}

// TestAOFRestart SIGKILLs a Redis with appendonly yes (fsync every second,
// the usual setting, so up to a second of writes is lost) mid-run and
// starts it again from its AOF.
func TestAOFRestart(t *testing.T) {
	srv := testenv.StartRedis(t, "--appendonly", "yes", "--appendfsync", "everysec")
	e := newE2EWith(t, "redis://"+srv.Addr, testenv.ClickHouse(t))
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	failoverEnv(e)
	f := &failoverRun{e: e, dir: dir, batches: 16, per: 3, every: 400 * time.Millisecond}
	f.run(t, func() {
		srv.Kill()
		time.Sleep(2 * time.Second) // a restart is not instant
		start := time.Now()
		if err := srv.Restart(); err != nil {
			t.Fatal(err)
		}
		t.Logf("METRIC %s: Redis answered again %s after the restart began (AOF loaded)", t.Name(), time.Since(start).Round(time.Millisecond))
	})
	if _, err := os.Stat(filepath.Join(srv.Dir(), "appendonlydir")); errors.Is(err, os.ErrNotExist) {
		t.Errorf("no AOF directory in %s: the server did not persist", srv.Dir())
	}
}

// TestIngestBackpressureFails: with no consumers running, ingest adds
// batches until the backlog reaches DOCPIPE_INGEST_MAX_BACKLOG, then stops
// with an error saying how many documents it added.
func TestIngestBackpressureFails(t *testing.T) {
	e := newE2EWith(t, testenv.Redis(t), "")
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_INGEST_MAX_BACKLOG", "600")
	docs := writeDocs(t, dir, "burst", 1203)
	out, err := e.docpipe("ingest", "--on-full", "fail", docs)
	if err == nil || !strings.Contains(err.Error(), "1000 of 1203 documents added") || !strings.Contains(err.Error(), "ingest backlog full") {
		t.Fatalf("ingest past the bound: %v\n%s", err, out)
	}
	n, err := e.redis.Do(context.Background(), e.redis.B().Xlen().Key(e.keys.Ingest()).Build()).AsInt64()
	if err != nil || n != 1000 {
		t.Fatalf("ingest stream holds %d entries (%v), want 1000", n, err)
	}
	if _, err := e.docpipe("ingest", "--on-full", "sometimes", docs); err == nil || !strings.Contains(err.Error(), "--on-full") {
		t.Errorf("a bad --on-full: %v", err)
	}
	// Wait mode: the ingest waits until a consumer drains the backlog.
	e.setEnv("DOCPIPE_INGEST_MAX_BACKLOG", "1000")
	cmd := exec.Command(e.bin, "ingest", docs)
	cmd.Env = e.env
	var outb strings.Builder
	cmd.Stdout, cmd.Stderr = &outb, &outb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("ingest did not wait at the bound: %v\n%s", err, outb.String())
	case <-time.After(3 * time.Second):
	}
	e.startRun()
	select {
	case err := <-exited:
		if err != nil || !strings.Contains(outb.String(), "added 1203 documents") {
			t.Fatalf("ingest after waiting: %v\n%s", err, outb.String())
		}
	case <-time.After(5 * time.Minute):
		_ = cmd.Process.Signal(syscall.SIGKILL)
		t.Fatalf("ingest still waiting after the pipeline started:\n%s", outb.String())
	}
}

// TestFullRedis fills Redis (noeviction, a maxmemory just above what it
// holds) while documents wait: writes fail with OOM for longer than five
// deliveries' worth of retries. No document may be dead-lettered for it,
// ingest must report the error to its producer, and once the operator
// raises the limit every document completes.
func TestFullRedis(t *testing.T) {
	srv := testenv.StartRedis(t, "--maxmemory-policy", "noeviction")
	e := newE2EWith(t, "redis://"+srv.Addr, "")
	dir := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_MAX_DELIVERIES", "5")
	e.setEnv("DOCPIPE_LOCK_LEASE", "2s")
	e.setEnv("DOCPIPE_CLAIM_IDLE", "4s")
	const n = 20
	if out, err := e.docpipe("ingest", writeDocs(t, dir, "full", n)); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	ctx := context.Background()
	info, err := testenv.Cli(srv.Addr, nil, "info", "memory")
	if err != nil {
		t.Fatal(err)
	}
	used, _ := cachelayer.InfoField(strings.ReplaceAll(info, "\r", ""), "used_memory")
	usedN, _ := strconv.ParseInt(used, 10, 64)
	limit := strconv.FormatInt(usedN+64<<10, 10)
	if _, err := testenv.Cli(srv.Addr, nil, "config", "set", "maxmemory", limit); err != nil {
		t.Fatal(err)
	}
	run := e.startRun()
	// Hold Redis full for longer than 5 deliveries at a 4 s claim idle.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := testenv.Cli(srv.Addr, nil, "config", "set", "maxmemory", limit); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Second)
	}
	stats, _ := testenv.Cli(srv.Addr, nil, "info", "errorstats")
	if !strings.Contains(stats, "errorstat_OOM") {
		t.Fatalf("Redis never refused a write with OOM; the test did not fill it:\n%s", stats)
	}
	t.Logf("while full: %s", strings.TrimSpace(stats))
	// A producer is told.
	more := writeDocs(t, dir, "more", 1)
	if _, err := e.docpipe("ingest", more); err == nil || !strings.Contains(err.Error(), "OOM") {
		t.Errorf("ingest into a full Redis: %v, want the OOM error", err)
	}
	if _, err := testenv.Cli(srv.Addr, nil, "config", "set", "maxmemory", "0"); err != nil {
		t.Fatal(err)
	}
	freed := time.Now()
	var got int
	var dl int64
	for {
		got, _ = completedSince(ctx, e.redis, e.keys, 0)
		dl, _ = e.redis.Do(ctx, e.redis.B().Xlen().Key(e.keys.DLQ()).Build()).AsInt64()
		if got+int(dl) >= n || time.Since(freed) > 3*time.Minute {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if dl != 0 {
		out, _ := e.docpipe("dlq", "list")
		t.Errorf("%d documents dead-lettered while Redis was full:\n%s", dl, out)
	}
	if got < n {
		t.Fatalf("%d of %d documents completed after memory was freed", got, n)
	}
	t.Logf("METRIC %s: all %d documents completed %s after memory was freed", t.Name(), n, time.Since(freed).Round(time.Millisecond))
	_ = run
}
