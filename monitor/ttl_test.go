package monitor

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

func TestReuseGaps(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	evs := []OutputEvent{
		{"ocr", "a", EventReuse, at(5)},   // before any write of a: not measured
		{"ocr", "a", EventWrite, at(10)},  //
		{"ocr", "a", EventReuse, at(40)},  // 30 min after the write
		{"ocr", "a", EventWrite, at(100)}, // re-written (expired): a re-use 90 min after the first write
		{"ocr", "a", EventReuse, at(110)}, // 10 min after the latest write
		{"text", "a", EventReuse, at(50)}, // same key, other stage: not measured
		{"text", "b", EventWrite, at(0)},
		{"text", "b", EventReuse, at(60 * 24)}, // a day later
	}
	// Out of order on purpose: ReuseGaps sorts by time.
	evs[1], evs[6] = evs[6], evs[1]
	got := ReuseGaps(evs)
	want := map[string][]time.Duration{
		"ocr":  {30 * time.Minute, 90 * time.Minute, 10 * time.Minute},
		"text": {24 * time.Hour},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ReuseGaps = %v, want %v", got, want)
	}
}

func TestQuantileAndRounding(t *testing.T) {
	s := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 5}, {0.95, 10}, {0.9, 9}, {0, 1}, {1, 10}} {
		if got := Quantile(s, tc.q); got != tc.want {
			t.Errorf("Quantile(%v) = %d, want %d", tc.q, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want time.Duration }{
		{time.Second, time.Minute},
		{37*time.Minute + 30*time.Second, 38 * time.Minute},
		{150 * time.Minute, 3 * time.Hour},
		{24 * time.Hour, 24 * time.Hour},
		{25 * time.Hour, 48 * time.Hour},
	} {
		if got := RoundUpTTL(tc.in); got != tc.want {
			t.Errorf("RoundUpTTL(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestAdviseTTL(t *testing.T) {
	rep := func(d time.Duration, n int) []time.Duration {
		out := make([]time.Duration, n)
		for i := range out {
			out[i] = d
		}
		return out
	}
	tests := []struct {
		name        string
		current     time.Duration
		gaps        []time.Duration
		verdict     string
		recommended time.Duration
		expired     int
	}{
		{"re-uses after expiry", time.Hour, append(rep(10*time.Minute, 10), rep(2*time.Hour, 2)...), VerdictTooShort, 3 * time.Hour, 2},
		{"kept far longer than re-used", 72 * time.Hour, rep(30*time.Minute, 6), VerdictTooLong, 38 * time.Minute, 0},
		{"fits", 2 * time.Hour, rep(80*time.Minute, 20), VerdictOK, 2 * time.Hour, 0}, // 100 min rounds up to 2 h
		{"one late re-use in 40 is tolerated", time.Hour, append(rep(40*time.Minute, 39), 3*time.Hour), VerdictOK, 50 * time.Minute, 1},
		{"too few", time.Hour, rep(time.Minute, 3), VerdictInsufficient, 2 * time.Minute, 0},
		{"none", time.Hour, nil, VerdictInsufficient, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := AdviseTTL("ocr", tc.current, tc.gaps, 100, 24*time.Hour, 1000)
			if a.Verdict != tc.verdict || a.Recommended != tc.recommended || a.Expired != tc.expired {
				t.Errorf("verdict %q recommended %s expired %d, want %q %s %d (%s)", a.Verdict, a.Recommended, a.Expired,
					tc.verdict, tc.recommended, tc.expired, a.Reason)
			}
			// 100 writes a day of 1,000 bytes, kept current: rate × size × TTL.
			if want := 100.0 / 86400 * 1000 * tc.current.Seconds(); !near(a.CurrentBytes, want) {
				t.Errorf("current bytes %.1f, want %.1f", a.CurrentBytes, want)
			}
			if want := 100.0 / 86400 * 1000 * tc.recommended.Seconds(); !near(a.RecommendedBytes, want) {
				t.Errorf("recommended bytes %.1f, want %.1f", a.RecommendedBytes, want)
			}
		})
	}
}

func near(a, b float64) bool { d := a - b; return d < 1e-6 && d > -1e-6 }

// TestTTLAdviceFromClickHouse writes stage runs into a real ClickHouse and
// checks the whole chain the cache page uses: the queries, the gaps and
// the advice.
func TestTTLAdviceFromClickHouse(t *testing.T) {
	ctx := context.Background()
	store, err := metrics.Open(ctx, testenv.ClickHouse(t))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	conn := store.Conn()
	now := time.Now().Truncate(time.Second)
	base := now.Add(-3 * time.Hour)
	b, err := conn.PrepareBatch(ctx, `INSERT INTO run_records (record_id, partition, doc_id, stage, version, output_key, source, outcome,
		started, finished, started_us, finished_us, compute_us, queue_wait_us, input_from, compressed_out, time_saved_us, store_hits)`)
	if err != nil {
		t.Fatal(err)
	}
	seq := 0
	add := func(stage, key, outcome string, at time.Time, bytes int64) {
		seq++
		if err := b.Append(fmt.Sprintf("p0-%d-0", seq), uint16(0), "doc-"+key, stage, int64(1), key, "/x", outcome,
			at, at, at.UnixMicro(), at.UnixMicro(), int64(1000), int64(10), "cache", bytes, int64(0), int64(0)); err != nil {
			t.Fatal(err)
		}
	}
	// ocr: 12 outputs written; 10 re-used after 10 min, 2 after 2 h: past
	// the 1 h TTL.
	for i := 0; i < 12; i++ {
		k := fmt.Sprintf("o%02d", i)
		add("ocr", k, "completed", base, 4000)
		gap := 10 * time.Minute
		if i >= 10 {
			gap = 2 * time.Hour
		}
		add("ocr", k, "skipped", base.Add(gap), 0)
	}
	// text: 6 outputs re-used after 30 min, kept 72 h.
	for i := 0; i < 6; i++ {
		k := fmt.Sprintf("t%02d", i)
		add("text", k, "completed", base, 2000)
		add("text", k, "skipped", base.Add(30*time.Minute), 0)
	}
	if err := b.Send(); err != nil {
		t.Fatal(err)
	}
	h := &History{Conn: conn}
	evs, err := h.OutputEvents(ctx, now.Add(-24*time.Hour), 100000)
	if err != nil {
		t.Fatal(err)
	}
	_, totals, err := h.CacheHistory(ctx, now.Add(-24*time.Hour), 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	ttls := map[string]time.Duration{"ocr": time.Hour, "text": 72 * time.Hour, "chunk": 48 * time.Hour}
	adv := Advise(evs, totals, ttls, 24*time.Hour)
	got := map[string]TTLAdvice{}
	for _, a := range adv {
		got[a.Stage] = a
	}
	if a := got["ocr"]; a.Verdict != VerdictTooShort || a.Reuses != 12 || a.Expired != 2 || a.Recommended != 3*time.Hour || a.Writes != 12 {
		t.Errorf("ocr advice %+v", a)
	}
	if a := got["text"]; a.Verdict != VerdictTooLong || a.Reuses != 6 || a.Recommended != 38*time.Minute || !near(a.CurrentBytes, 6.0/86400*2000*72*3600) {
		t.Errorf("text advice %+v", a)
	}
	if a := got["chunk"]; a.Verdict != VerdictInsufficient {
		t.Errorf("chunk advice %+v", a)
	}
	for _, c := range totals {
		if c.Stage == "ocr" && (c.Hits != 12 || c.Misses != 12 || c.HitRate != 0.5 || c.MeanBytes != 4000) {
			t.Errorf("ocr cache totals %+v", c)
		}
	}
}
