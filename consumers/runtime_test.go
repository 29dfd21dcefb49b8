package consumers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/consumers/streamgroup"
	"github.com/docpipe/docpipe/events"
)

func TestPipelineCompletesAndSkipsOnReingest(t *testing.T) {
	bothModes(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		c := &counter{}
		e.start(testStages(c, 0, nil), nil)
		src := e.file("a.txt", "hello docpipe")
		doc := events.DocIDFor(src)

		// A producer with redis-cli, as a user would type it.
		host, port := splitHostPort(t, e.url)
		out, err := exec.Command("redis-cli", "-h", host, "-p", port, "-c", "XADD", "docpipe:ingest", "*", "source", src).CombinedOutput()
		if err != nil {
			t.Fatalf("redis-cli XADD: %v %s", err, out)
		}
		e.waitFor("completed event", 10*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
		st := e.state(doc)
		for _, s := range events.Stages {
			if ss := cachelayer.ParseStageState(st, s); ss.Status != "completed" || ss.Key == "" || ss.Attempts != 1 {
				t.Errorf("stage %s: %+v, want completed with a key, attempt 1 (state %v)", s, ss, st)
			}
			if c.get(s) != 1 {
				t.Errorf("stage %s computed %d times, want 1", s, c.get(s))
			}
		}

		// Again, with a go-redis producer: every stage skips.
		gr := goRedis(t, e.url)
		if err := gr.XAdd(context.Background(), &goredis.XAddArgs{Stream: "docpipe:ingest", Values: map[string]any{"source": src}}).Err(); err != nil {
			t.Fatal(err)
		}
		e.waitFor("second completed event", 10*time.Second, func() bool { return e.completedDocs()[doc] == 2 })
		if c.total() != len(events.Stages) {
			t.Errorf("re-ingest computed again: %d computations, want %d", c.total(), len(events.Stages))
		}
		st = e.state(doc)
		recs := e.records(doc)
		for _, s := range events.Stages {
			if ss := cachelayer.ParseStageState(st, s); ss.Status != "skipped" {
				t.Errorf("stage %s status %q after re-ingest, want skipped", s, ss.Status)
			}
			if recs[s+"/completed"] != 1 || recs[s+"/skipped"] != 1 {
				t.Errorf("stage %s records %v, want one completed and one skipped", s, recs)
			}
		}
	})
}

func TestMalformedEventsGoToDLQ(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	logs := &logLines{}
	e.log = slog.New(slog.NewTextHandler(logs, nil))
	e.start(testStages(c, 0, nil), nil)
	missing := e.dir + "/missing.txt"
	outside := "/etc/hostname"
	empty := e.file("empty.txt", "")
	huge := e.file("huge.txt", strings.Repeat("h", int(e.cfg.MaxDocumentBytes)+1))
	dir := filepath.Join(e.dir, "a-directory")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(e.dir, "link.txt")
	if err := os.Symlink("/etc/hostname", link); err != nil {
		t.Fatal(err)
	}
	// An output stored under another key than its own: a run must refuse
	// it rather than compute on it.
	mixedDoc := "6ba7b811-9dad-11d1-80b4-00c04fd430c8"
	blob, _, err := cachelayer.EncodeEnvelope(&cachelayer.Envelope{Stage: "ocr", Key: "otherkey", Doc: mixedDoc, Data: []byte("{}")})
	if err != nil {
		t.Fatal(err)
	}
	mixed := e.keys.Output(events.Partition(mixedDoc, e.cfg.Partitions), "ocr", "mixedkey")
	if err := e.client.Do(context.Background(), e.client.B().Set().Key(mixed).Value(string(blob)).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		stream string
		fields []string
		reason string
	}{
		{"missing source", e.keys.Ingest(), []string{"doc_id", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}, `missing required field "source"`},
		{"bad uuid", e.keys.Ingest(), []string{"source", empty, "doc_id", "not-a-uuid"}, "not a UUID"},
		{"unknown rerun stage", e.keys.Ingest(), []string{"source", empty, "rerun_from", "bake"}, "not a stage"},
		{"oversize field", e.keys.Ingest(), []string{"source", empty, "meta.note", strings.Repeat("x", 70<<10)}, "more than the limit"},
		{"missing file", e.keys.Ingest(), []string{"source", missing}, "does not exist"},
		{"outside roots", e.keys.Ingest(), []string{"source", outside}, "outside the allowed source roots"},
		{"symlink escape", e.keys.Ingest(), []string{"source", link}, "outside the allowed source roots"},
		{"dot-dot escape", e.keys.Ingest(), []string{"source", e.dir + "/../" + filepath.Base(e.dir) + "x/../../../etc/hostname"}, "outside the allowed source roots"},
		{"empty file", e.keys.Ingest(), []string{"source", empty}, "empty source"},
		{"oversize file", e.keys.Ingest(), []string{"source", huge}, "DOCPIPE_MAX_DOCUMENT_BYTES"},
		{"directory", e.keys.Ingest(), []string{"source", dir}, "not a regular file"},
		{"unknown stage on stage stream", e.keys.Stream(0, "text"), []string{"doc", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "stage", "bake", "key", "k"}, "not a stage"},
		{"wrong producer stage", e.keys.Stream(0, "text"), []string{"doc", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "stage", "chunk", "key", "k"}, `event from stage "chunk"`},
		{"input gone", e.keys.Stream(0, "text"), []string{"doc", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "stage", "ocr", "key", "nokey"}, "reprocess the document"},
		{"another output under the input key", e.keys.Stream(0, "text"), []string{"doc", mixedDoc, "stage", "ocr", "key", "mixedkey"}, "holds the output ocr/otherkey"},
	}
	ids := map[string]string{}
	for _, tc := range cases {
		ids[tc.stream+"/"+e.xadd(tc.stream, tc.fields...)] = tc.name
	}
	// A run logs its dead letter after writing it: wait for both.
	e.waitFor("all bad events in the DLQ and logged", 10*time.Second, func() bool {
		return len(e.dlq()) >= len(cases) && logs.count("msg=dead-lettered") >= len(cases)
	})
	got := map[string]string{}
	for _, d := range e.dlq() {
		got[ids[d.FieldValues[DLQStream]+"/"+d.FieldValues[DLQID]]] = d.FieldValues[DLQReason]
	}
	for _, tc := range cases {
		if !strings.Contains(got[tc.name], tc.reason) {
			t.Errorf("%s: DLQ reason %q, want it to contain %q", tc.name, got[tc.name], tc.reason)
		}
	}
	// Every dead letter is logged, each on its own line: identical
	// reasons of different entries are not merged.
	if n := logs.count("msg=dead-lettered"); n != len(cases) {
		t.Errorf("%d dead-lettered log lines for %d dead letters", n, len(cases))
	}
	// The consumer keeps going: a good document still completes.
	good := e.file("good.txt", "fine")
	e.xadd(e.keys.Ingest(), "source", good)
	e.waitFor("good document completes", 10*time.Second, func() bool { return e.completedDocs()[events.DocIDFor(good)] == 1 })
	// And nothing is left pending.
	for _, s := range []string{e.keys.Ingest(), e.keys.Stream(0, "text")} {
		n, err := e.client.Do(context.Background(), e.client.B().Xpending().Key(s).Group(map[bool]string{true: "ocr", false: "text"}[s == e.keys.Ingest()]).Build()).ToArray()
		if err != nil {
			t.Fatal(err)
		}
		if p, _ := n[0].AsInt64(); p != 0 {
			t.Errorf("%s: %d entries still pending", s, p)
		}
	}
}

func TestTransientFailuresDeadLetterThenReplay(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	var broken atomic.Bool
	broken.Store(true)
	fail := func(stage string) error {
		if stage == events.StageChunk && broken.Load() {
			return errors.New("chunk backend unavailable")
		}
		return nil
	}
	e.start(testStages(c, 0, fail), func(cfg *config.Config) {
		cfg.LockLease, cfg.ClaimIdle = 200*time.Millisecond, 300*time.Millisecond
	})
	src := e.file("t.txt", "transient")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	// The dead letter is written before the state records the dead run.
	e.waitFor("dead letter and dead state", 15*time.Second, func() bool {
		return len(e.dlq()) == 1 && cachelayer.ParseStageState(e.state(doc), "chunk").Status == cachelayer.StatusDead
	})
	d := e.dlq()[0]
	if !strings.Contains(d.FieldValues[DLQReason], "chunk backend unavailable") || !strings.Contains(d.FieldValues[DLQReason], "failed 3 times") {
		t.Fatalf("reason %q", d.FieldValues[DLQReason])
	}
	if c.get(events.StageChunk) != e.cfg.MaxDeliveries {
		t.Errorf("chunk tried %d times, want %d", c.get(events.StageChunk), e.cfg.MaxDeliveries)
	}
	if st := cachelayer.ParseStageState(e.state(doc), "chunk"); st.Status != cachelayer.StatusDead || !strings.Contains(st.Error, "unavailable") {
		t.Errorf("state %v", st)
	}
	// Fixed: replay brings it back on its stream and it completes.
	broken.Store(false)
	n, err := Replay(context.Background(), e.client, e.keys, []string{d.ID})
	if err != nil || n != 1 {
		t.Fatalf("replay: %d %v", n, err)
	}
	e.waitFor("completed after replay", 10*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
	if len(e.dlq()) != 0 {
		t.Errorf("replayed entry still in the DLQ")
	}
	if c.get(events.StageOCR) != 1 || c.get(events.StageText) != 1 {
		t.Errorf("replay recomputed earlier stages: ocr %d text %d", c.get(events.StageOCR), c.get(events.StageText))
	}
}

func TestLockStopsConcurrentWorkAndFencing(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	// Two replicas, each slow enough that both hold an entry of the same
	// document and stage at once: the same source added twice.
	e.start(testStages(c, 300*time.Millisecond, nil), func(cfg *config.Config) { cfg.Consumer = "r1" })
	e.start(testStages(c, 300*time.Millisecond, nil), func(cfg *config.Config) { cfg.Consumer = "r2" })
	src := e.file("twice.txt", "same document twice")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("both entries complete", 20*time.Second, func() bool { return e.completedDocs()[doc] == 2 })
	for _, s := range events.Stages {
		if c.get(s) != 1 {
			t.Errorf("stage %s computed %d times, want exactly 1", s, c.get(s))
		}
	}
}

func TestFencedCommitWritesNothing(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	rt, stop := e.start(testStages(c, 0, nil), nil)
	stop() // only its layer is used here
	src := e.file("f.txt", "fence")
	doc := events.DocIDFor(src)
	ctx := context.Background()
	r := fencedRun(e, doc)
	res, err := rt.layer.Begin(ctx, r, "token-a", 100, true)
	if err != nil || res.Outcome != cachelayer.Leased {
		t.Fatalf("begin: %+v %v", res, err)
	}
	busy, err := rt.layer.Begin(ctx, r, "token-c", 5000, true)
	if err != nil || busy.Outcome != cachelayer.Busy {
		t.Fatalf("lock not held: %+v %v", busy, err)
	}
	time.Sleep(150 * time.Millisecond) // lease expires
	res2, err := rt.layer.Begin(ctx, r, "token-b", 5000, true)
	if err != nil || res2.Outcome != cachelayer.Leased {
		t.Fatalf("second replica did not get the lock: %+v %v", res2, err)
	}
	err = rt.layer.Commit(ctx, r, "token-a", time.Now().UnixMilli(), 1, []byte("stale"), []string{"doc", doc}, nil)
	if !errors.Is(err, errFenced()) {
		t.Fatalf("stale commit: %v, want fenced", err)
	}
	if _, ok, _ := rt.layer.Output(ctx, r.Partition, r.Stage, r.OutKey); ok {
		t.Fatal("fenced commit wrote the output")
	}
	if err := rt.layer.Commit(ctx, r, "token-b", time.Now().UnixMilli(), 1, []byte("fresh"), []string{"doc", doc}, nil); err != nil {
		t.Fatalf("owner commit: %v", err)
	}
	if b, ok, _ := rt.layer.Output(ctx, r.Partition, r.Stage, r.OutKey); !ok || string(b) != "fresh" {
		t.Fatalf("output %q %v", b, ok)
	}
}

func TestTrimKeepsUnacknowledged(t *testing.T) {
	e := newEnv(t, "")
	ctx := context.Background()
	s := "docpipe:trimtest"
	cl := e.client
	for _, g := range []string{"g1", "g2"} {
		if err := cl.Do(ctx, cl.B().XgroupCreate().Key(s).Group(g).Id("0").Mkstream().Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	for i := 0; i < 10; i++ {
		ids = append(ids, e.xadd(s, "n", fmt.Sprint(i)))
	}
	read := func(g string, n int64) []string {
		res, err := cl.Do(ctx, cl.B().Xreadgroup().Group(g, "c").Count(n).Streams().Key(s).Id(">").Build()).AsXRead()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, en := range res[s] {
			out = append(out, en.ID)
		}
		return out
	}
	ack := func(g string, ids ...string) {
		if err := cl.Do(ctx, cl.B().Xack().Key(s).Group(g).Id(ids...).Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	// g1 read and acked 8; g2 read 6, acked all but the 3rd.
	ack("g1", read("g1", 8)...)
	g2 := read("g2", 6)
	ack("g2", append(g2[:2:2], g2[3:]...)...)
	tests := []struct {
		name      string
		act       func()
		wantFirst string
	}{
		{"oldest pending of g2 bounds", func() {}, ids[2]},
		{"g2 acks: g2's last delivered bounds", func() { ack("g2", g2[2]) }, ids[6]},
		{"g2 reads and acks all: g1's last delivered bounds", func() { ack("g2", read("g2", 10)...) }, ids[8]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.act()
			if _, err := streamgroup.Trim(ctx, cl, s); err != nil {
				t.Fatal(err)
			}
			left := e.entries(s)
			if len(left) == 0 || left[0].ID != tt.wantFirst {
				t.Fatalf("first entry left %v, want %s", left, tt.wantFirst)
			}
		})
	}
	// No groups: never trimmed.
	e.xadd("docpipe:nogroups", "a", "b")
	if n, err := streamgroup.Trim(ctx, cl, "docpipe:nogroups"); err != nil || n != 0 {
		t.Fatalf("trim without groups: %d %v", n, err)
	}
}

func TestReprocess(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	e.start(testStages(c, 0, nil), nil)
	src := e.file("r.txt", "reprocess me")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("first run", 10*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
	ctx := context.Background()
	if _, err := Reprocess(ctx, e.client, e.keys, e.cfg.Partitions, doc, events.StageChunk, false); err != nil {
		t.Fatal(err)
	}
	e.waitFor("second run", 10*time.Second, func() bool { return e.completedDocs()[doc] == 2 })
	want := map[string]int{"ocr": 1, "text": 1, "chunk": 2, "extract": 2, "resolve": 2, "relate": 2}
	for s, n := range want {
		if c.get(s) != n {
			t.Errorf("--from chunk: stage %s computed %d times, want %d", s, c.get(s), n)
		}
	}
	if _, err := Reprocess(ctx, e.client, e.keys, e.cfg.Partitions, doc, "", true); err != nil {
		t.Fatal(err)
	}
	e.waitFor("third run", 10*time.Second, func() bool { return e.completedDocs()[doc] == 3 })
	for s, n := range want {
		if c.get(s) != n+1 {
			t.Errorf("--full: stage %s computed %d times, want %d", s, c.get(s), n+1)
		}
	}
	if v := e.state(doc)["v"]; v != "2" {
		t.Errorf("version after --full: %q, want 2", v)
	}
}

// A reader blocked on a quiet partition must not hold the stage's worker
// slots: with one worker per stage, four partitions and a 30 s BLOCK,
// documents on every partition still flow (before the fix they waited for
// the other readers' BLOCK to time out).
func TestQuietPartitionDoesNotStarveOthers(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	e.start(testStages(c, 0, nil), func(cfg *config.Config) {
		cfg.Partitions, cfg.Block = 4, 30*time.Second
		cfg.ConcurrencyOCR, cfg.ConcurrencyText, cfg.ConcurrencyChunk = 1, 1, 1
		cfg.ConcurrencyExtract, cfg.ConcurrencyResolve, cfg.ConcurrencyRelate = 1, 1, 1
	})
	e.cfg.Partitions = 4
	var docs []string
	parts := map[int]bool{}
	for i := 0; len(parts) < 4 || i < 8; i++ {
		src := e.file(uniq("p")+".txt", "partition test")
		doc := events.DocIDFor(src)
		parts[events.Partition(doc, 4)] = true
		docs = append(docs, doc)
		e.xadd(e.keys.Ingest(), "source", src)
	}
	e.waitDone(docs, 10*time.Second)
}

// An entry delivered more often than allowed still skips when its output is
// there: the delivery limit is for work that keeps dying, not for redeliveries.
func TestRedeliveredDoneEntrySkipsInsteadOfDeadLetter(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	fast := func(cfg *config.Config) { cfg.LockLease, cfg.ClaimIdle = 100*time.Millisecond, 200*time.Millisecond }
	_, stop := e.start(testStages(c, 0, nil), fast)
	src := e.file("redelivered.txt", "again and again")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("first run", 10*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
	stop()
	// A read that was blocked in Redis when the runtime stopped may still
	// take an entry added now: wait the BLOCK time out.
	time.Sleep(3 * e.cfg.Block)

	// The same source again, delivered far more often than MaxDeliveries to
	// a consumer that never finishes it.
	ctx := context.Background()
	id := e.xadd(e.keys.Ingest(), "source", src)
	cl := e.client
	if err := cl.Do(ctx, cl.B().Xreadgroup().Group("ocr", "ghost").Count(1).Streams().Key(e.keys.Ingest()).Id(">").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < e.cfg.MaxDeliveries+2; i++ {
		if err := cl.Do(ctx, cl.B().Xclaim().Key(e.keys.Ingest()).Group("ocr").Consumer("ghost").MinIdleTime("0").Id(id).Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	e.start(testStages(c, 0, nil), fast)
	e.waitFor("redelivered entry completes", 10*time.Second, func() bool { return e.completedDocs()[doc] == 2 })
	if d := e.dlq(); len(d) != 0 {
		t.Fatalf("dead-lettered a done document: %v", d[0].FieldValues[DLQReason])
	}
	if c.total() != len(events.Stages) {
		t.Errorf("computed %d times, want %d", c.total(), len(events.Stages))
	}
}

func TestExpireConsumers(t *testing.T) {
	e := newEnv(t, "")
	ctx := context.Background()
	cl := e.client
	s := "docpipe:expiretest"
	if err := cl.Do(ctx, cl.B().XgroupCreate().Key(s).Group("g").Id("0").Mkstream().Build()).Error(); err != nil {
		t.Fatal(err)
	}
	e.xadd(s, "a", "1")
	// "holder" keeps an unacknowledged entry; "gone" holds nothing.
	if err := cl.Do(ctx, cl.B().Xreadgroup().Group("g", "holder").Count(1).Streams().Key(s).Id(">").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	if err := cl.Do(ctx, cl.B().XgroupCreateconsumer().Key(s).Group("g").Consumer("gone").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(60 * time.Millisecond)
	if n, err := streamgroup.ExpireConsumers(ctx, cl, s, "g", time.Hour); err != nil || n != 0 {
		t.Fatalf("young consumers deleted: %d %v", n, err)
	}
	n, err := streamgroup.ExpireConsumers(ctx, cl, s, "g", 50*time.Millisecond)
	if err != nil || n != 1 {
		t.Fatalf("deleted %d (%v), want only the idle consumer without pending entries", n, err)
	}
	left, err := cl.Do(ctx, cl.B().XinfoConsumers().Key(s).Group("g").Build()).ToArray()
	if err != nil || len(left) != 1 {
		t.Fatalf("consumers left: %d %v", len(left), err)
	}
	if n, err := streamgroup.ExpireConsumers(ctx, cl, "docpipe:nosuchstream", "g", time.Millisecond); err != nil || n != 0 {
		t.Fatalf("missing stream: %d %v", n, err)
	}
}

// A live replica whose stage runs longer than the claim idle time keeps its
// entry: the heartbeat renews the lock and resets the entry's idle time, so
// the other replica neither reclaims it nor computes it again.
func TestHeartbeatKeepsLongRunsFromTheReclaimer(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	short := func(name string) func(*config.Config) {
		return func(cfg *config.Config) {
			cfg.Consumer, cfg.LockLease, cfg.ClaimIdle = name, 200*time.Millisecond, 400*time.Millisecond
		}
	}
	slow := func() []Handler {
		hs := testStages(c, 0, nil)
		for _, h := range hs {
			if h.Name() == events.StageChunk {
				h.(*testStage).sleep = 1500 * time.Millisecond
			}
		}
		return hs
	}
	rt1, _ := e.start(slow(), short("r1"))
	rt2, _ := e.start(slow(), short("r2"))
	src := e.file("long.txt", "a long chunk stage")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("long run completes", 15*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
	if n := c.get(events.StageChunk); n != 1 {
		t.Errorf("chunk computed %d times, want 1: the entry was taken from a live replica", n)
	}
	if f := rt1.Snapshot()[Fenced] + rt2.Snapshot()[Fenced]; f != 0 {
		t.Errorf("%d commits fenced off", f)
	}
}

// A run still going when the drain timeout ends is cancelled: the stage
// sees its context end, nothing is committed, the entry stays pending, and
// a restarted replica completes it.
func TestDrainTimeoutCancelsLongRuns(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	hs := testStages(c, 0, nil)
	for _, h := range hs {
		if h.Name() == events.StageChunk {
			h.(*testStage).sleep = time.Minute
		}
	}
	_, stop := e.start(hs, func(cfg *config.Config) { cfg.DrainTimeout = 300 * time.Millisecond })
	src := e.file("stuck.txt", "a chunk stage that would take a minute")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("chunk to start", 10*time.Second, func() bool { return c.get(events.StageChunk) == 1 })
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(10 * time.Second):
		t.Fatal("the runtime did not stop within 10 s of a 300 ms drain timeout: the run was not cancelled")
	}
	if n := e.completedDocs()[doc]; n != 0 {
		t.Fatalf("completed %d times while its chunk run was cancelled", n)
	}
	if ss := cachelayer.ParseStageState(e.state(doc), events.StageChunk); ss.Status == cachelayer.StatusFailed {
		t.Errorf("a shutdown was recorded as the document's failure: %+v", ss)
	}
	if l := cachelayer.ParseLease(e.state(doc)[cachelayer.LeaseField(events.StageChunk)]); l.Held || l.Tries != 0 {
		t.Errorf("the cancelled run kept its lease or spent a try: %+v", l)
	}
	for _, h := range hs {
		if h.Name() == events.StageChunk {
			h.(*testStage).sleep = 0
		}
	}
	e.start(hs, func(cfg *config.Config) { cfg.ClaimIdle = cfg.LockLease + 100*time.Millisecond })
	e.waitFor("the restarted replica to complete it", 15*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
}

// A reader under load waits for a quarter of the slots, but not for long:
// it reserves the few there are when the wait runs out, at once when
// enough free up, and gives up when its context ends.
func TestGatherWaitsForAQuarterOfTheSlots(t *testing.T) {
	s := &stage{sem: make(chan struct{}, 8), freed: make(chan struct{})}
	for i := 0; i < 7; i++ {
		s.sem <- struct{}{}
	}
	within := func(what string, f func() int) int {
		t.Helper()
		got := make(chan int, 1)
		go func() { got <- f() }()
		select {
		case n := <-got:
			return n
		case <-time.After(5 * time.Second):
			t.Fatalf("reserve did not return: %s", what)
			return 0
		}
	}
	ctx := context.Background()
	start := time.Now()
	if n := within("the wait runs out", func() int { return s.Reserve(ctx, 8) }); n != 1 {
		t.Errorf("after the wait: reserved %d, want 1", n)
	}
	if d := time.Since(start); d < gatherWait {
		t.Errorf("returned after %v with one slot of eight: it did not wait for more", d)
	}
	// Free two while it waits: it wakes and reserves both.
	s.mu.Lock()
	s.waiters = 0 // the timed-out wait above signed up
	s.mu.Unlock()
	go func() {
		for { // as soon as it waits
			s.mu.Lock()
			waiting := s.waiters > 0
			s.mu.Unlock()
			if waiting {
				s.release()
				s.release()
				return
			}
			runtime.Gosched()
		}
	}()
	if n := within("enough slots free", func() int { return s.Reserve(ctx, 8) }); n != 2 {
		t.Errorf("with two slots freed: reserved %d, want 2", n)
	}
	if len(s.sem) != 8 {
		t.Fatalf("%d slots taken, want all 8", len(s.sem))
	}
	// None free: it waits until ctx ends, and reserves nothing.
	cctx, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	if n := within("ctx ends", func() int { return s.Reserve(cctx, 8) }); n != 0 {
		t.Errorf("after ctx ended: %d, want 0", n)
	}
	s.Unreserve(3)
	if len(s.sem) != 5 {
		t.Errorf("unreserve: %d slots taken, want 5", len(s.sem))
	}
}
