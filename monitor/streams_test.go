package monitor

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

func redisClient(t testing.TB) rueidis.Client {
	t.Helper()
	c, err := cachelayer.Connect(testenv.Redis(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func do(t testing.TB, c rueidis.Client, cmd rueidis.Completed) rueidis.RedisResult {
	t.Helper()
	r := c.Do(context.Background(), cmd)
	if err := r.Error(); err != nil && !rueidis.IsRedisNil(err) {
		t.Fatal(err)
	}
	return r
}

// xaddAt adds an entry with an explicit id at time at (ms) and sequence seq.
func xaddAt(t testing.TB, c rueidis.Client, stream string, at time.Time, seq int) string {
	t.Helper()
	id := fmt.Sprintf("%d-%d", at.UnixMilli(), seq)
	do(t, c, c.B().Xadd().Key(stream).Id(id).FieldValue().FieldValue("n", strconv.Itoa(seq)).Build())
	return id
}

// TestStreamFigures builds known stream states on a real Redis and checks
// every figure read from them: lag, pending, the oldest pending entry's
// age, consumers and what they hold, the sink backlog, the DLQ length and
// Redis memory.
func TestStreamFigures(t *testing.T) {
	ctx := context.Background()
	c := redisClient(t)
	keys := cachelayer.NewKeys("docpipe")
	const parts = 2
	if err := consumers.EnsureGroups(ctx, c, keys, parts, events.Stages); err != nil {
		t.Fatal(err)
	}
	base := time.Now().Add(-time.Hour).Truncate(time.Millisecond)
	// ocr (ingest): 5 entries 0..4 s after base; c1 reads 2 of them.
	for i := 0; i < 5; i++ {
		xaddAt(t, c, keys.Ingest(), base.Add(time.Duration(i)*time.Second), 0)
	}
	do(t, c, c.B().Xreadgroup().Group("ocr", "c1").Count(2).Streams().Key(keys.Ingest()).Id(">").Build())
	// text: 3 entries in partition 0, 4 in partition 1; c2 reads 1 of
	// partition 1 (its entry is 10 s after base), c3 reads 1 of partition 0.
	for i := 0; i < 3; i++ {
		xaddAt(t, c, keys.Stream(0, "text"), base.Add(20*time.Second), i)
	}
	for i := 0; i < 4; i++ {
		xaddAt(t, c, keys.Stream(1, "text"), base.Add(10*time.Second), i)
	}
	do(t, c, c.B().Xreadgroup().Group("text", "c2").Count(1).Streams().Key(keys.Stream(1, "text")).Id(">").Build())
	do(t, c, c.B().Xreadgroup().Group("text", "c3").Count(1).Streams().Key(keys.Stream(0, "text")).Id(">").Build())
	// sink: records in both partitions, 2 delivered of 6.
	for p := 0; p < parts; p++ {
		do(t, c, c.B().XgroupCreate().Key(keys.Records(p)).Group(metrics.SinkGroup).Id("0").Mkstream().Build())
		for i := 0; i < 3; i++ {
			xaddAt(t, c, keys.Records(p), base, i+1)
		}
	}
	do(t, c, c.B().Xreadgroup().Group(metrics.SinkGroup, "s").Count(2).Streams().Key(keys.Records(0)).Id(">").Build())
	for i := 0; i < 2; i++ {
		do(t, c, c.B().Xadd().Key(keys.DLQ()).Id("*").FieldValue().FieldValue("dlq.reason", "x").Build())
	}

	now := base.Add(90 * time.Second)
	f, err := NewStreamReader(c, keys, parts).Read(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		stage            string
		length, lag, pen int64
		oldest           time.Duration
		consumers        []string
	}{
		{"ocr", 5, 3, 2, 90 * time.Second, []string{"c1"}},
		{"text", 7, 5, 2, 80 * time.Second, []string{"c2", "c3"}}, // oldest: partition 1's entry at base+10s
		{"chunk", 0, 0, 0, 0, nil},
		{SinkStage, 6, 4, 2, 90 * time.Second, []string{"s"}},
	}
	for _, tc := range tests {
		t.Run(tc.stage, func(t *testing.T) {
			s, ok := f.Stage(tc.stage)
			if !ok {
				t.Fatalf("no figures for %s", tc.stage)
			}
			if s.Length != tc.length || s.Lag != tc.lag || s.Pending != tc.pen || !s.LagKnown {
				t.Errorf("length/lag/pending = %d/%d/%d (known %v), want %d/%d/%d", s.Length, s.Lag, s.Pending, s.LagKnown, tc.length, tc.lag, tc.pen)
			}
			if s.OldestPending != tc.oldest {
				t.Errorf("oldest pending %s, want %s", s.OldestPending, tc.oldest)
			}
			var names []string
			var held int64
			for _, c := range s.Consumers {
				names = append(names, c.Name)
				held += c.Pending
			}
			if fmt.Sprint(names) != fmt.Sprint(tc.consumers) || held != tc.pen {
				t.Errorf("consumers %v holding %d, want %v holding %d", names, held, tc.consumers, tc.pen)
			}
		})
	}
	if f.DLQLength != 2 {
		t.Errorf("dlq length %d, want 2", f.DLQLength)
	}
	if f.SinkBacklog() != 6 {
		t.Errorf("sink backlog %d, want 6", f.SinkBacklog())
	}
	if f.UsedMemory == 0 {
		t.Error("used memory 0")
	}
	if len(f.Stages) != len(events.Stages) {
		t.Errorf("%d stages, want %d", len(f.Stages), len(events.Stages))
	}
}

// TestLagUnknown: after an undelivered entry is deleted Redis cannot count
// the lag; the figure says so instead of showing a wrong number.
func TestLagUnknown(t *testing.T) {
	ctx := context.Background()
	c := redisClient(t)
	keys := cachelayer.NewKeys("docpipe")
	if err := consumers.EnsureGroups(ctx, c, keys, 1, events.Stages); err != nil {
		t.Fatal(err)
	}
	base := time.Now().Add(-time.Minute)
	var ids []string
	for i := 0; i < 4; i++ {
		ids = append(ids, xaddAt(t, c, keys.Stream(0, "chunk"), base, i))
	}
	do(t, c, c.B().Xreadgroup().Group("chunk", "c").Count(1).Streams().Key(keys.Stream(0, "chunk")).Id(">").Build())
	do(t, c, c.B().Xdel().Key(keys.Stream(0, "chunk")).Id(ids[2]).Build())
	f, err := NewStreamReader(c, keys, 1).Read(ctx, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	s, _ := f.Stage("chunk")
	if s.LagKnown {
		t.Errorf("lag known (%d) after a deletion in the undelivered range", s.Lag)
	}
}

// TestCachedReader: readings within the interval share one reading; after
// it a new one is taken.
func TestCachedReader(t *testing.T) {
	ctx := context.Background()
	c := redisClient(t)
	keys := cachelayer.NewKeys("docpipe")
	cr := NewCachedReader(NewStreamReader(c, keys, 1), 300*time.Millisecond)
	calls := func() int64 {
		s, err := c.Do(ctx, c.B().Info().Section("commandstats").Build()).ToString()
		if err != nil {
			t.Fatal(err)
		}
		return int64(infoCalls(s, "cmdstat_xinfo|groups"))
	}
	a, err := cr.Figures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before := calls()
	for i := 0; i < 20; i++ {
		b, err := cr.Figures(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if b != a {
			t.Fatal("a reading within the interval was not shared")
		}
	}
	if after := calls(); after != before {
		t.Errorf("%d XINFO GROUPS calls within the interval, want 0", after-before)
	}
	time.Sleep(350 * time.Millisecond)
	b, err := cr.Figures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if b == a {
		t.Error("no new reading after the interval")
	}
}

// infoCalls reads calls=N of one commandstats line.
func infoCalls(info, cmd string) int {
	var n int
	for _, line := range splitLines(info) {
		if len(line) > len(cmd)+1 && line[:len(cmd)+1] == cmd+":" {
			fmt.Sscanf(line[len(cmd)+1:], "calls=%d", &n)
		}
	}
	return n
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, trimCR(s[start:i]))
			start = i + 1
		}
	}
	return append(out, trimCR(s[start:]))
}

func trimCR(s string) string {
	if len(s) > 0 && s[len(s)-1] == '\r' {
		return s[:len(s)-1]
	}
	return s
}

func TestEntryAge(t *testing.T) {
	now := time.UnixMilli(1_700_000_010_000)
	tests := []struct {
		id   string
		want time.Duration
	}{
		{"1700000000000-0", 10 * time.Second},
		{"1700000010000-5", 0},
		{"1700000020000-0", 0}, // in the future: clock skew
		{"bogus", 0},
		{"", 0},
	}
	for _, tc := range tests {
		if got := EntryAge(tc.id, now); got != tc.want {
			t.Errorf("EntryAge(%q) = %s, want %s", tc.id, got, tc.want)
		}
	}
}
