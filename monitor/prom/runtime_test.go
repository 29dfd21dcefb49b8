package prom

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

type noop struct{ name string }

func (n noop) Name() string                                             { return n.name }
func (n noop) Fingerprint() string                                      { return "noop" }
func (n noop) Needs() []string                                          { return nil }
func (n noop) Handle(context.Context, *consumers.Input) ([]byte, error) { return []byte(`{}`), nil }

// TestRuntimeCallsObserver runs the real runtime with Metrics as its
// observer: a new document commits every stage (cache misses), the same
// document again skips every stage (cache hits), a missing source is
// dead-lettered. This is the contract the runtime must keep.
func TestRuntimeCallsObserver(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url := testenv.Redis(t)
	c, err := cachelayer.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := testenv.TempDir(t)
	src := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(src, []byte("a document"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Config{RedisURL: url, Prefix: "docpipe", Partitions: 2, SourceRoots: []string{dir}, MaxDocumentBytes: 1 << 20,
		LockLease: 10 * time.Second, ClaimIdle: 20 * time.Second, MaxDeliveries: 3, Block: 50 * time.Millisecond,
		DrainTimeout: 5 * time.Second, PublicRetention: 1000, TTLState: time.Hour, Consumer: "obs"}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	m := New(nil)
	hs := make([]consumers.Handler, len(events.Stages))
	for i, s := range events.Stages {
		hs[i] = noop{s}
	}
	rt, err := consumers.New(consumers.Options{Config: cfg, Client: c, Handlers: hs, Observer: m, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = rt.Run(ctx) }()
	defer func() { cancel(); <-done }()
	keys := cachelayer.NewKeys("docpipe")
	count := func(stage, outcome string) float64 { return testutil.ToFloat64(m.runs.WithLabelValues(stage, outcome)) }
	cache := func(stage, result string) float64 { return testutil.ToFloat64(m.cache.WithLabelValues(stage, result)) }
	wait := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: timed out", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	ingest := func(path string) {
		t.Helper()
		if _, err := consumers.Ingest(ctx, c, keys, events.Ingest{Source: path}); err != nil {
			t.Fatal(err)
		}
	}

	ingest(src)
	wait("committed", func() bool { return count("relate", metrics.RunCommitted) == 1 })
	ingest(src)
	wait("skipped", func() bool { return count("relate", metrics.RunSkipped) == 1 })
	ingest(filepath.Join(dir, "missing.txt"))
	wait("dead", func() bool { return count("ocr", metrics.RunDead) == 1 })
	for _, s := range events.Stages {
		if count(s, metrics.RunCommitted) != 1 || count(s, metrics.RunSkipped) != 1 {
			t.Errorf("%s: committed %v skipped %v, want 1 and 1", s, count(s, metrics.RunCommitted), count(s, metrics.RunSkipped))
		}
		if cache(s, metrics.CacheHit) != 1 {
			t.Errorf("%s: cache hits %v, want 1", s, cache(s, metrics.CacheHit))
		}
	}
	// The dead run failed reading its source, before the cache was asked:
	// one miss per stage, from the committed runs.
	for _, s := range events.Stages {
		if got := cache(s, metrics.CacheMiss); got != 1 {
			t.Errorf("%s misses %v, want 1", s, got)
		}
	}
	if n := testutil.CollectAndCount(m.duration); n != len(events.Stages) {
		t.Errorf("%d duration series", n)
	}
}
