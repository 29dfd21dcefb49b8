package consumers

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// A producer field must never override a field the runtime writes: an
// ingest entry that names another document's output key (or any reserved
// field) goes to the DLQ with the reason, and nothing is built from it.
func TestReservedIngestFieldsAreRefused(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	e.start(testStages(c, 0, nil), nil)
	a := e.file("a.txt", "document A")
	docA := events.DocIDFor(a)
	e.xadd(e.keys.Ingest(), "source", a)
	e.waitFor("A completes", 10*time.Second, func() bool { return e.completedDocs()[docA] == 1 })
	keyA := e.state(docA)[cachelayer.DoneField(events.StageOCR)]
	if keyA == "" {
		t.Fatal("A has no ocr key")
	}
	b := e.file("b.txt", "document B")
	docB := events.DocIDFor(b)
	for _, f := range []string{"key", "stage", "v", "doc", "schema", "src", "trace", "dlq.reason"} {
		value := keyA
		if f == "stage" {
			value = events.StageOCR
		}
		e.xadd(e.keys.Ingest(), "source", b, f, value)
	}
	e.waitFor("every refused entry in the DLQ", 10*time.Second, func() bool { return len(e.dlq()) == 8 })
	for _, d := range e.dlq() {
		if r := d.FieldValues[DLQReason]; !strings.Contains(r, "is reserved") || !strings.Contains(r, "meta.*") {
			t.Errorf("reason %q, want it to say the field is reserved and where user data goes", r)
		}
	}
	if len(e.state(docB)) != 0 || e.completedDocs()[docB] != 0 {
		t.Fatalf("B was built from a refused entry: state %v", e.state(docB))
	}
	// Metadata under meta.* travels.
	e.xadd(e.keys.Ingest(), "source", b, "meta.key", keyA)
	e.waitFor("B completes with its own content", 10*time.Second, func() bool { return e.completedDocs()[docB] == 1 })
	if e.state(docB)[cachelayer.DoneField(events.StageOCR)] == keyA {
		t.Fatal("B's ocr output is A's")
	}
	for _, ev := range e.entries(e.keys.Completed()) {
		if ev.FieldValues["doc"] == docB && ev.FieldValues["meta.key"] != keyA {
			t.Errorf("meta.key not carried to the completed event: %v", ev.FieldValues)
		}
	}
}

// Losing the lease is not a failure: the run that finds its lease taken
// writes no failed state, no record, no dead letter, and leaves the entry
// (the new owner's) unacknowledged.
func TestLostLeaseIsFencedNotFailed(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	hs := testStages(c, 0, nil)
	for _, h := range hs {
		if h.Name() == events.StageChunk {
			h.(*testStage).sleep = 2 * time.Second
		}
	}
	rt, _ := e.start(hs, func(cfg *config.Config) {
		cfg.LockLease, cfg.ClaimIdle, cfg.MaxDeliveries = 300*time.Millisecond, time.Minute, 1
	})
	src := e.file("stolen.txt", "a lease taken away")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("chunk to start", 10*time.Second, func() bool { return c.get(events.StageChunk) == 1 })
	// Another replica's lease, as if ours had expired and been taken.
	p := events.Partition(doc, e.cfg.Partitions)
	foreign := "other-token " + itoa(int(time.Now().Add(time.Hour).UnixMilli())) + " 1"
	ctx := context.Background()
	if err := e.client.Do(ctx, e.client.B().Hset().Key(e.keys.State(p, doc)).FieldValue().
		FieldValue(cachelayer.LeaseField(events.StageChunk), foreign).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	e.waitFor("the run to notice", 10*time.Second, func() bool { return rt.Snapshot()[Fenced] == 1 })
	time.Sleep(200 * time.Millisecond)
	if ss := cachelayer.ParseStageState(e.state(doc), events.StageChunk); ss.Status != "" {
		t.Errorf("a fenced run wrote its stage's state: %+v", ss)
	}
	if got := e.state(doc)[cachelayer.LeaseField(events.StageChunk)]; got != foreign {
		t.Errorf("the new owner's lease changed: %q", got)
	}
	if n := len(e.dlq()); n != 0 {
		t.Errorf("%d dead letters for a lost lease", n)
	}
	if n := e.records(doc)["chunk/failed"] + e.records(doc)["chunk/dead"]; n != 0 {
		t.Errorf("%d failure records for a lost lease", n)
	}
	arr, err := e.client.Do(ctx, e.client.B().Xpending().Key(e.keys.Stream(p, events.StageChunk)).Group(events.StageChunk).Build()).ToArray()
	if n, _ := arr[0].AsInt64(); err != nil || n != 1 {
		t.Errorf("the new owner's entry: %d pending (%v), want it left pending", n, err)
	}
}

// Entries that wait for a free worker are not reclaimed from under their
// reader: with one worker per stage, a slow stage and a claim idle time
// shorter than the wait, two replicas still run every entry once, and
// docpipe:completed gets one entry per document.
func TestWaitingEntriesAreNotReclaimed(t *testing.T) {
	bothModes(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		c := &counter{}
		slow := func() []Handler {
			hs := testStages(c, 0, nil)
			for _, h := range hs {
				if h.Name() == events.StageText {
					h.(*testStage).sleep = 1600 * time.Millisecond
				}
			}
			return hs
		}
		one := func(name string) func(*config.Config) {
			return func(cfg *config.Config) {
				// The wait for the one text worker (1.6 s) is longer than
				// the claim idle time; the timings leave room for a
				// loaded machine's late timers.
				cfg.Consumer, cfg.LockLease, cfg.ClaimIdle = name, 400*time.Millisecond, 1200*time.Millisecond
				cfg.ConcurrencyText = 1
			}
		}
		rt1, _ := e.start(slow(), one("r1"))
		rt2, _ := e.start(slow(), one("r2"))
		var docs []string
		for i := 0; i < 6; i++ {
			src := e.file(uniq("wait")+".txt", "waiting "+itoa(i))
			docs = append(docs, events.DocIDFor(src))
			e.xadd(e.keys.Ingest(), "source", src)
		}
		e.waitDone(docs, 40*time.Second)
		time.Sleep(500 * time.Millisecond)
		for _, d := range docs {
			if n := e.completedDocs()[d]; n != 1 {
				t.Errorf("doc %s: %d completed events, want 1", d, n)
			}
		}
		if n := c.get(events.StageText); n != len(docs) {
			t.Errorf("text computed %d times for %d documents", n, len(docs))
		}
		if n := rt1.Snapshot()[Skipped] + rt2.Snapshot()[Skipped] + rt1.Snapshot()[Busy] + rt2.Snapshot()[Busy]; n != 0 {
			t.Errorf("%d runs skipped or busy: an entry was delivered twice", n)
		}
	})
}

// After Redis restarts (killed, restarted from its AOF) while documents
// flow, the replica resumes its own pending entries within seconds, not
// after the claim idle time (a minute here), and nothing is dead-lettered.
func TestRedisRestartResumesWithinSeconds(t *testing.T) {
	srv := testenv.StartRedis(t, "--appendonly", "yes", "--appendfsync", "always")
	e := newEnv(t, "redis://"+srv.Addr)
	c := &counter{}
	hs := testStages(c, 0, nil)
	for _, h := range hs {
		if h.Name() == events.StageChunk {
			h.(*testStage).sleep = 400 * time.Millisecond
		}
	}
	e.start(hs, func(cfg *config.Config) {
		cfg.LockLease, cfg.ClaimIdle, cfg.Rescan = 2*time.Second, time.Minute, time.Second
	})
	var docs []string
	for i := 0; i < 12; i++ {
		src := e.file(uniq("restart")+".txt", "restart "+itoa(i))
		docs = append(docs, events.DocIDFor(src))
		e.xadd(e.keys.Ingest(), "source", src)
	}
	e.waitFor("chunk under way", 10*time.Second, func() bool { return c.get(events.StageChunk) >= 2 })
	srv.Kill()
	time.Sleep(time.Second)
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	back := time.Now()
	e.waitDone(docs, 20*time.Second)
	t.Logf("all %d documents completed %v after Redis accepted connections again", len(docs), time.Since(back).Round(time.Millisecond))
	if d := time.Since(back); d > 10*time.Second {
		t.Errorf("resumed after %v; the entries waited for the claim idle time", d)
	}
	if n := len(e.dlq()); n != 0 {
		t.Errorf("%d dead letters after a Redis restart: %v", n, e.dlq()[0].FieldValues[DLQReason])
	}
}

// A full Redis (maxmemory reached, noeviction) refuses the scripts' writes
// for a while: the runs wait and retry without spending the documents'
// tries, and every document completes once memory is freed, none in the DLQ.
func TestFullRedisDoesNotSpendRetries(t *testing.T) {
	srv := testenv.StartRedis(t, "--maxmemory-policy", "noeviction")
	e := newEnv(t, "redis://"+srv.Addr)
	c := &counter{}
	ctx := context.Background()
	var docs []string
	for i := 0; i < 10; i++ {
		src := e.file(uniq("full")+".txt", "full "+itoa(i))
		docs = append(docs, events.DocIDFor(src))
		e.xadd(e.keys.Ingest(), "source", src)
	}
	cl := e.client
	if err := EnsureGroups(ctx, cl, e.keys, e.cfg.Partitions, events.Stages); err != nil {
		t.Fatal(err)
	}
	used := func() int64 {
		info, _ := cl.Do(ctx, cl.B().Info().Section("memory").Build()).ToString()
		for _, l := range strings.Split(info, "\r\n") {
			if v, ok := strings.CutPrefix(l, "used_memory:"); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				return n
			}
		}
		return 0
	}
	if err := cl.Do(ctx, cl.B().ConfigSet().ParameterValue().ParameterValue("maxmemory", itoa(int(used()+1))).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	logs := &logLines{}
	e.log = slog.New(slog.NewTextHandler(logs, nil))
	rt, _ := e.start(testStages(c, 0, nil), func(cfg *config.Config) {
		cfg.LockLease, cfg.ClaimIdle, cfg.MaxDeliveries = 100*time.Millisecond, 200*time.Millisecond, 2
	})
	time.Sleep(3 * time.Second) // fifteen claim idle periods of a full Redis
	if n := c.total(); n != 0 {
		t.Fatalf("%d stage runs computed while Redis was full", n)
	}
	// Runs wait on Redis in place: none ended as the document's failure
	// (a refused write taken for one would record it, retry it and spend
	// a try), and the runtime says it waits.
	snap := rt.Snapshot()
	if n := snap[Failed] + snap[Dead] + snap[Abandoned]; n != 0 {
		t.Fatalf("while Redis was full, runs ended failed/dead/abandoned: %v", snap)
	}
	if !rt.WaitingOnRedis() {
		t.Error("the runtime does not report that it waits on Redis")
	}
	if err := cl.Do(ctx, cl.B().ConfigSet().ParameterValue().ParameterValue("maxmemory", "0").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	e.waitDone(docs, 20*time.Second)
	if n := len(e.dlq()); n != 0 {
		t.Fatalf("%d documents dead-lettered for a full Redis: %s", n, e.dlq()[0].FieldValues[DLQReason])
	}
	// The outage is logged once each way, not once per refused call.
	if down, up := logs.count("waiting on Redis"), logs.count("Redis serves commands again"); down != 1 || up != 1 {
		t.Errorf("logged the wait %d times and the return %d times, want once each:\n%s", down, up, logs.buf.String())
	}
}

// A document's current version and rerun salt are part of its state: a
// plain re-ingest after a reprocess skips to the reprocessed outputs, and a
// second reprocess recomputes again.
func TestReprocessSticks(t *testing.T) {
	bothModes(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		c := &counter{}
		e.start(testStages(c, 0, nil), nil)
		src := e.file(uniq("sticky")+".txt", "reprocess sticks")
		doc := events.DocIDFor(src)
		ctx := context.Background()
		pass := func(n int, what string, act func()) {
			t.Helper()
			act()
			e.waitFor(what, 15*time.Second, func() bool { return e.completedDocs()[doc] == n })
		}
		ingest := func() { e.xadd(e.keys.Ingest(), "source", src) }
		reprocess := func(from string, full bool) func() {
			return func() {
				if _, err := Reprocess(ctx, e.client, e.keys, e.cfg.Partitions, doc, from, full); err != nil {
					t.Fatal(err)
				}
			}
		}
		pass(1, "first pass", ingest)
		pass(2, "--full", reprocess("", true))
		keys := map[string]string{}
		for _, s := range events.Stages {
			keys[s] = e.state(doc)[cachelayer.DoneField(s)]
		}
		pass(3, "plain re-ingest after --full", ingest)
		if n := c.total(); n != 12 {
			t.Errorf("after a plain re-ingest: %d computations, want 12 (it went back to version 1?)", n)
		}
		if v := e.state(doc)["v"]; v != "2" {
			t.Errorf("version after a plain re-ingest: %q, want 2", v)
		}
		pass(4, "second --full", reprocess("", true))
		if n := c.total(); n != 18 {
			t.Errorf("a second --full computed %d, want 18 in all", c.total())
		}
		pass(5, "--from chunk", reprocess(events.StageChunk, false))
		for _, s := range events.Stages {
			keys[s] = e.state(doc)[cachelayer.DoneField(s)]
		}
		pass(6, "plain re-ingest after --from", ingest)
		if n := c.total(); n != 22 {
			t.Errorf("after --from chunk and a plain re-ingest: %d computations, want 22", n)
		}
		for _, s := range events.Stages {
			if got := e.state(doc)[cachelayer.DoneField(s)]; got != keys[s] {
				t.Errorf("%s: the plain re-ingest moved the key from %s to %s", s, keys[s], got)
			}
		}
	})
}

// Without a durable store, an output gone from Redis (its TTL ran out) is
// computed again on a re-ingest instead of "skipped" into nothing.
func TestExpiredOutputsRecomputeWithoutAStore(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	e.start(testStages(c, 0, nil), nil)
	src := e.file("expired.txt", "outputs that expire")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("first pass", 10*time.Second, func() bool { return e.completedDocs()[doc] == 1 })
	ctx := context.Background()
	p := events.Partition(doc, e.cfg.Partitions)
	for _, s := range events.Stages {
		k := e.state(doc)[cachelayer.DoneField(s)]
		if err := e.client.Do(ctx, e.client.B().Del().Key(e.keys.Output(p, s, k)).Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("second pass", 10*time.Second, func() bool { return e.completedDocs()[doc] == 2 })
	if n := c.total(); n != 12 {
		t.Errorf("%d computations, want 12: the outputs were gone", n)
	}
}

// A stage run longer than DOCPIPE_STAGE_TIMEOUT is stopped (its context
// ends) and dead-lettered with that reason: no input holds a worker.
func TestStageTimeLimit(t *testing.T) {
	e := newEnv(t, "")
	c := &counter{}
	hs := testStages(c, 0, nil)
	for _, h := range hs {
		if h.Name() == events.StageChunk {
			h.(*testStage).sleep = time.Minute // stops only when its context ends
		}
	}
	e.start(hs, func(cfg *config.Config) { cfg.StageTimeout = 300 * time.Millisecond })
	src := e.file("forever.txt", "a chunk stage that would run a minute")
	doc := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	// The dead letter is written before the state records the dead run
	// (so that it is written once); wait for both.
	e.waitFor("the dead letter and the dead state", 10*time.Second, func() bool {
		return len(e.dlq()) == 1 && cachelayer.ParseStageState(e.state(doc), events.StageChunk).Status == cachelayer.StatusDead
	})
	if r := e.dlq()[0].FieldValues[DLQReason]; !strings.Contains(r, "DOCPIPE_STAGE_TIMEOUT") {
		t.Errorf("reason %q, want the time limit named", r)
	}
	if c.get(events.StageChunk) != 1 {
		t.Errorf("chunk ran %d times, want once (a time limit is permanent)", c.get(events.StageChunk))
	}
}

// An e-mail's attachment becomes a document of its own: it goes through all
// six stages with the parent's id in its state, and a re-ingest of the
// parent adds nothing new (the child's id is derived, and it skips).
func TestAttachmentsBecomeDocuments(t *testing.T) {
	e := newEnv(t, "")
	cfg := e.cfg
	cfg.ChunkSize, cfg.ChunkOverlap = 1000, 200
	cfg.OCRMaxPages, cfg.OCRDPI, cfg.OCRLanguage, cfg.OCRPageTimeout, cfg.OCRParallelism = 10, 150, "eng", time.Minute, 1
	hs, err := Pipeline(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.start(hs, func(c *config.Config) { *c = cfg })
	eml := "From: Ada Clerk <clerk@example.com>\r\nTo: counsel@example.com\r\nSubject: Exhibit\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find the exhibit attached.\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"exhibit.txt\"\r\n\r\n" +
		"The Quillfeather Capital Partners LLC loan agreement was signed in Boston on March 3, 2021.\r\n--b1--\r\n"
	src := e.file("mail.eml", eml)
	parent := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("the e-mail completes", 60*time.Second, func() bool { return e.completedDocs()[parent] == 1 })
	var child string
	e.waitFor("its attachment completes", 60*time.Second, func() bool {
		for d, n := range e.completedDocs() {
			if d != parent && n == 1 {
				child = d
				return true
			}
		}
		return false
	})
	st := e.state(child)
	if st[cachelayer.FieldParent] != parent || st[cachelayer.FieldPart] == "" {
		t.Fatalf("child state: parent %q part %q, want parent %s", st[cachelayer.FieldParent], st[cachelayer.FieldPart], parent)
	}
	if child != events.ChildID(parent, st[cachelayer.FieldPart]) {
		t.Errorf("child id %s is not derived from the parent and part", child)
	}
	if e.state(parent)[cachelayer.DoneField(events.StageOCR)] == st[cachelayer.DoneField(events.StageOCR)] {
		t.Error("the child's ocr output is its parent's")
	}
	e.xadd(e.keys.Ingest(), "source", src)
	e.waitFor("the re-ingest", 30*time.Second, func() bool { return e.completedDocs()[parent] == 2 })
	time.Sleep(time.Second)
	if n := len(e.completedDocs()); n != 2 {
		t.Errorf("%d documents after a re-ingest, want the e-mail and its attachment", n)
	}
}
