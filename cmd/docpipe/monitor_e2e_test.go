package main

import (
	"context"
	"fmt"
	"io"
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
	return startServing(t, e, "run", args...)
}

// startServing is startRun for any command that serves HTTP.
func startServing(t *testing.T, e *e2e, command string, args ...string) string {
	t.Helper()
	addr := "127.0.0.1:" + strconv.Itoa(testenv.FreePort(t))
	logf, err := os.Create(filepath.Join(t.TempDir(), "run.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(e.bin, append([]string{command, "--http", addr}, args...)...)
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
			t.Logf("docpipe %s log:\n%s", command, tail(string(b), 100000))
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
			t.Fatalf("docpipe %s did not serve /healthz on %s: %v", command, addr, err)
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

// TestMonitorCommand: `docpipe monitor` on its own serves the pages, the
// JSON behind them, /metrics with the stream figures, and the probes; it is
// read-only unless started with --allow-actions.
func TestMonitorCommand(t *testing.T) {
	e := newE2E(t)
	if _, err := e.docpipe("migrate"); err != nil {
		t.Fatal(err)
	}
	base := "http://" + startServing(t, e, "monitor")
	get := func(path string) (int, string) {
		t.Helper()
		r, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	for _, tc := range []struct {
		path string
		code int
		want string
	}{
		{"/", 200, `data-page="overview"`},
		{"/trace/5e8d16c2-e7e5-56d8-9419-7a8115cfb527", 200, `data-page="trace"`},
		{"/assets/app.js", 200, "function overview"},
		{"/api/overview", 200, `"stage":"relate"`},
		{"/api/cache", 200, `"ttl":[`},
		{"/api/versions", 200, `[]`},
		{"/api/dlq", 200, `"allow_actions":false`},
		{"/metrics", 200, `docpipe_stream_lag{stage="extract"} 0`},
		{"/readyz", 200, `"clickhouse":"ok"`},
		{"/healthz", 200, "ok"},
		{"/nope", 404, ""},
	} {
		code, body := get(tc.path)
		if code != tc.code || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s: %d, want %d with %q:\n%s", tc.path, code, tc.code, tc.want, tail(body, 2000))
		}
	}
	req, _ := http.NewRequest(http.MethodPost, base+"/api/dlq/purge", strings.NewReader(`{"all":true,"confirm":-1}`))
	req.Header.Set("X-Docpipe-Action", "purge")
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusForbidden {
		t.Errorf("purge on a read-only monitor: %s, want 403", r.Status)
	}
}
