package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// startRun starts `docpipe run args...` serving HTTP on a free loopback
// port, waits for /healthz and returns the address; the process is
// interrupted when the test ends.
func startRun(t *testing.T, e *e2e, args ...string) string {
	t.Helper()
	addr := "127.0.0.1:" + strconv.Itoa(testenv.FreePort(t))
	logf, err := os.Create(filepath.Join(t.TempDir(), "run.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(e.bin, append([]string{"run", "--http", addr}, args...)...)
	cmd.Env = e.env
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
		}
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("docpipe run log:\n%s", tail(string(b), 100000))
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				return addr
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("docpipe run did not serve /healthz on %s: %v", addr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitCompleted waits until every stage of doc is done in its state hash.
func waitCompleted(t *testing.T, e *e2e, doc string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		st, err := e.redis.Do(context.Background(), e.redis.B().Hgetall().Key(e.keys.State(events.Partition(doc, 2), doc)).Build()).AsStrMap()
		if err != nil {
			t.Fatal(err)
		}
		ss := cachelayer.ParseStageStates(st, events.Stages)
		last := ss[len(ss)-1].Status
		if last == cachelayer.StatusCompleted || last == "skipped" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("document %s not completed after %s: %v", doc, timeout, ss)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestPrometheusScrapesRun: a real Prometheus scrapes a running `docpipe
// run`; after a small ingest its query API returns docpipe_stage_runs_total
// for all six stages, and the stream figures with them.
func TestPrometheusScrapesRun(t *testing.T) {
	e := newE2E(t)
	if _, err := e.docpipe("migrate"); err != nil {
		t.Fatal(err)
	}
	addr := startRun(t, e)
	prom := testenv.StartPrometheus(t, []string{addr}, time.Second)
	doc := filepath.Join(e.corpus, "court", "ca4_17.pdf")
	if out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", doc); err != nil || !strings.Contains(out, "1 completed") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	var stages []string
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := prom.Query(`sum by (stage) (docpipe_stage_runs_total{outcome="committed"}) > 0`)
		if err != nil {
			t.Fatal(err)
		}
		stages = stages[:0]
		for _, s := range res {
			stages = append(stages, s.Metric["stage"])
		}
		sort.Strings(stages)
		if len(stages) == len(events.Stages) {
			break
		}
		if time.Now().After(deadline) {
			targets, _ := prom.Targets()
			t.Fatalf("committed runs scraped for %v, want all six stages (targets: %v)", stages, targets)
		}
		time.Sleep(500 * time.Millisecond)
	}
	want := append([]string(nil), events.Stages...)
	sort.Strings(want)
	if fmt.Sprint(stages) != fmt.Sprint(want) {
		t.Errorf("stages %v, want %v", stages, want)
	}
	for _, q := range []string{
		`docpipe_consumers{stage="relate"} == 1`,
		`docpipe_redis_up == 1`,
		`docpipe_stream_lag{stage="ocr"} == 0`,
		`docpipe_redis_used_memory_bytes > 0`,
		`docpipe_stage_duration_seconds_count{stage="ocr"} == 1`,
		`docpipe_cache_requests_total{stage="text", result="miss"} == 1`,
		`go_goroutines > 0`,
	} {
		res, err := prom.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 {
			t.Errorf("%s: %d series, want 1", q, len(res))
		}
	}
	// A second ingest of the same document skips all six stages: cache hits.
	if out, err := e.docpipe("ingest", "--wait", "--timeout", "1m", doc); err != nil {
		t.Fatalf("re-ingest: %v\n%s", err, out)
	}
	deadline = time.Now().Add(30 * time.Second)
	for {
		res, err := prom.Query(`sum(docpipe_cache_requests_total{result="hit"})`)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) == 1 && res[0].Value == 6 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("cache hits after a re-ingest: %v, want 6", res)
		}
		time.Sleep(500 * time.Millisecond)
	}
	// docpipe top: one frame with every stage, and q quits the live view.
	out, err := e.docpipe("top", "--once")
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range append(slices.Clone(events.Stages), "sink") {
		if !strings.Contains(out, "\n"+st+" ") && !strings.Contains(out, " "+st+" ") {
			t.Errorf("top --once does not show %s:\n%s", st, out)
		}
	}
	top := exec.Command(e.bin, "top", "--interval", "500ms")
	top.Env = e.env
	top.Stdin = strings.NewReader("q")
	var topOut strings.Builder
	top.Stdout = &topOut
	if err := top.Start(); err != nil {
		t.Fatal(err)
	}
	topDone := make(chan error, 1)
	go func() { topDone <- top.Wait() }()
	select {
	case err := <-topDone:
		if err != nil || !strings.Contains(topOut.String(), "docpipe top") {
			t.Errorf("top after q: %v\n%s", err, topOut.String())
		}
	case <-time.After(15 * time.Second):
		_ = top.Process.Kill()
		t.Error("top did not quit on q")
	}

	r, err := http.Get("http://" + addr + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusOK {
		t.Errorf("/readyz: %s", r.Status)
	}
}
