package main

import (
	"context"
	"log"
	"os"
	"path/filepath"
	"testing"
)

// TestSoakShort is the CI soak: about a minute of documents with a replica
// restart, real redis-server and clickhouse-server; it fails when a pass
// criterion does (memory, keys, heap or goroutines growing; a document
// lost or dead-lettered) and leaves its CSV, chart and summary in a
// temporary directory (DOCPIPE_SOAK_OUT keeps them).
func TestSoakShort(t *testing.T) {
	cfg := ShortConfig()
	cfg.Out = t.TempDir()
	if d := os.Getenv("DOCPIPE_SOAK_OUT"); d != "" {
		cfg.Out = d
	}
	res, err := Run(context.Background(), cfg, log.New(testWriter{t}, "", 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", res.Summary)
	for _, f := range []string{"soak.csv", "soak.png", "summary.md"} {
		if fi, err := os.Stat(filepath.Join(cfg.Out, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
	if res.Plan.Docs == 0 || res.Plan.PerDoc == 0 {
		t.Errorf("memory plan is empty: %+v", res.Plan)
	}
	for _, p := range res.Check() {
		t.Error(p)
	}
}

// The criteria catch growth: a series that keeps rising fails them.
func TestCheckCatchesGrowth(t *testing.T) {
	cfg := ShortConfig()
	r := &Result{Cfg: cfg, Ingested: 10}
	for i := 0; i <= 14; i++ {
		g := float64(20 + 10*i) // one more goroutine leak every sample
		r.Samples = append(r.Samples, Sample{T: float64(5 * i), UsedMemory: int64(1e6 * (1 + i*i)), Keys: 100,
			Streams: map[string]int64{}, Heap: [2]float64{1e6, 1e6}, Goroutines: [2]float64{g, 20}})
	}
	got := r.Check()
	want := map[string]bool{"redis used_memory": false, "replica 1 goroutines": false}
	for _, p := range got {
		for w := range want {
			if len(p) >= len(w) && p[:len(w)] == w {
				want[w] = true
			}
		}
	}
	for w, ok := range want {
		if !ok {
			t.Errorf("growth of %s not reported: %v", w, got)
		}
	}
	r.Lost = []string{"d"}
	if p := r.Check(); len(p) == 0 || p[0][:1] != "1" {
		t.Errorf("a lost document not reported first: %v", p)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }
