package prom

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/monitor"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

// TestMetrics: the observer's counts and histograms, and the stream gauges
// read from a real Redis, in the exposition a scrape gets.
func TestMetrics(t *testing.T) {
	ctx := context.Background()
	c, err := cachelayer.Connect(testenv.Redis(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	keys := cachelayer.NewKeys("docpipe")
	if err := consumers.EnsureGroups(ctx, c, keys, 2, events.Stages); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if err := c.Do(ctx, c.B().Xadd().Key(keys.Stream(1, "extract")).Id("*").FieldValue().FieldValue("n", "1").Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	m := New(monitor.NewCachedReader(monitor.NewStreamReader(c, keys, 2), time.Second))
	m.RunEnded("ocr", metrics.RunCommitted, 2*time.Second, 10*time.Millisecond)
	m.RunEnded("ocr", metrics.RunSkipped, 0, time.Millisecond)
	m.RunEnded("ocr", metrics.RunBusy, 0, time.Millisecond)
	m.CacheResult("ocr", metrics.CacheHit)
	m.CacheResult("ocr", metrics.CacheMiss)
	m.CacheResult("text", metrics.CacheStore)

	want := `
# HELP docpipe_stream_lag Entries not yet delivered to the stage's group, over its partitions (sink: the records streams).
# TYPE docpipe_stream_lag gauge
docpipe_stream_lag{stage="chunk"} 0
docpipe_stream_lag{stage="extract"} 3
docpipe_stream_lag{stage="ocr"} 0
docpipe_stream_lag{stage="relate"} 0
docpipe_stream_lag{stage="resolve"} 0
docpipe_stream_lag{stage="sink"} 0
docpipe_stream_lag{stage="text"} 0
`
	if err := testutil.GatherAndCompare(m.Registry(), strings.NewReader(want), "docpipe_stream_lag"); err != nil {
		t.Error(err)
	}
	for _, tc := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"committed", []string{"ocr", metrics.RunCommitted}, 1},
		{"skipped", []string{"ocr", metrics.RunSkipped}, 1},
		{"busy", []string{"ocr", metrics.RunBusy}, 1},
		{"untouched series exist at 0", []string{"relate", metrics.RunDead}, 0},
	} {
		if got := testutil.ToFloat64(m.runs.WithLabelValues(tc.labels...)); got != tc.want {
			t.Errorf("%s: runs%v = %v, want %v", tc.name, tc.labels, got, tc.want)
		}
	}
	if got := testutil.ToFloat64(m.cache.WithLabelValues("text", metrics.CacheStore)); got != 1 {
		t.Errorf("cache store = %v, want 1", got)
	}
	// Compute is observed for the committed run only; queue wait for the
	// committed and the skipped one, not the busy repeat.
	if n := testutil.CollectAndCount(m.duration); n != len(events.Stages) {
		t.Errorf("%d duration series, want %d", n, len(events.Stages))
	}
	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]uint64{}
	for _, mf := range mfs {
		for _, mt := range mf.GetMetric() {
			if h := mt.GetHistogram(); h != nil && mt.GetLabel()[0].GetValue() == "ocr" {
				counts[mf.GetName()] = h.GetSampleCount()
				if mf.GetName() == "docpipe_stage_duration_seconds" && h.GetSampleSum() != 2 {
					t.Errorf("duration sum %v, want 2", h.GetSampleSum())
				}
			}
		}
	}
	if counts["docpipe_stage_duration_seconds"] != 1 || counts["docpipe_stage_queue_wait_seconds"] != 2 {
		t.Errorf("histogram counts %v, want duration 1, queue wait 2", counts)
	}
}

// BenchmarkObserver is the runtime's cost per run of the Prometheus
// observer: one RunEnded and one CacheResult.
func BenchmarkObserver(b *testing.B) {
	m := New(nil)
	for i := 0; i < b.N; i++ {
		m.CacheResult("chunk", metrics.CacheMiss)
		m.RunEnded("chunk", metrics.RunCommitted, time.Millisecond, time.Millisecond)
	}
}
