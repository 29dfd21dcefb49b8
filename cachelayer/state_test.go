package cachelayer

import (
	"context"
	"errors"
	"testing"
)

func TestStageStateRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name  string
		value string
		want  StageState
	}{
		{"never reached", "", StageState{}},
		{"pending", "pending", StageState{Status: StatusPending}},
		{"completed", stageValue(StatusCompleted, 1732563493123, 1, 2210000, "host-1", ""),
			StageState{Status: StatusCompleted, FinishedMS: 1732563493123, Attempts: 1, ComputeUS: 2210000, Consumer: "host-1"}},
		{"failed with an error of several words", stageValue(StatusFailed, 5, 3, 0, "c-2", "open /x: no such file"),
			StageState{Status: StatusFailed, FinishedMS: 5, Attempts: 3, Consumer: "c-2", Error: "open /x: no such file"}},
		{"truncated value", "completed 17", StageState{Status: StatusCompleted}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := map[string]string{}
			if tc.value != "" {
				st["ocr"] = tc.value
			}
			if got := ParseStageState(st, "ocr"); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// Pending is derived: a stage is pending when it was never reached or
// the stage before it finished after it did.
func TestParseStageStatesDerivesPending(t *testing.T) {
	stages := []string{"ocr", "text", "chunk"}
	done := func(ms int64) string { return stageValue(StatusCompleted, ms, 1, 10, "c", "") }
	for _, tc := range []struct {
		name  string
		state map[string]string
		want  []string
	}{
		{"nothing yet", map[string]string{}, []string{StatusPending, StatusPending, StatusPending}},
		{"first pass half-way", map[string]string{"ocr": done(10), "text": done(20)},
			[]string{StatusCompleted, StatusCompleted, StatusPending}},
		{"all done", map[string]string{"ocr": done(10), "text": done(20), "chunk": done(30)},
			[]string{StatusCompleted, StatusCompleted, StatusCompleted}},
		{"same millisecond is not behind", map[string]string{"ocr": done(10), "text": done(10), "chunk": done(10)},
			[]string{StatusCompleted, StatusCompleted, StatusCompleted}},
		{"second pass reached text", map[string]string{"ocr": done(40), "text": done(50), "chunk": done(30), "chunk:done": "k"},
			[]string{StatusCompleted, StatusCompleted, StatusPending}},
		{"waits behind a failure", map[string]string{"ocr": done(40), "text": stageValue(StatusFailed, 50, 2, 0, "c", "boom"), "chunk": done(30)},
			[]string{StatusCompleted, StatusFailed, StatusPending}},
		{"a stored pending from older states", map[string]string{"ocr": done(40), "text": "pending", "chunk": done(30)},
			[]string{StatusCompleted, StatusPending, StatusCompleted}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseStageStates(tc.state, stages)
			for i, ss := range got {
				if ss.Status != tc.want[i] {
					t.Errorf("%s: %s, want %s", stages[i], ss.Status, tc.want[i])
				}
				if ss.Status == StatusPending && (ss.FinishedMS != 0 || ss.Key != tc.state[DoneField(stages[i])]) {
					t.Errorf("%s pending: %+v, want only the done key", stages[i], ss)
				}
			}
		})
	}
}

// The state hash through a run's life on a real Redis: commit writes the
// stage (the next is then pending, derived), a failure keeps the done key and
// the stage's tries, a later commit overwrites the error, a skip keeps the
// compute time of the run that made the output; a commit or failure with a
// lease that is not its own writes nothing and leaves the holder's lease as
// it was.
func TestStateThroughTheScripts(t *testing.T) {
	c := connect(t)
	ctx := context.Background()
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	r := &Run{Partition: 1, Doc: "d1", Stage: "ocr", NextStage: "text", OutKey: "k1", Group: "ocr", EntryID: "1-1",
		Input: keys.Stream(1, "ocr"), Consumer: "c-1", Attempt: 1, Version: 2, Source: "/s/a.pdf", Flags: Flags{Chain: true}}
	state := func() map[string]string {
		st, err := c.Do(ctx, c.B().Hgetall().Key(keys.State(1, "d1")).Build()).AsStrMap()
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	begin := func(token string) BeginOutcome {
		res, err := l.Begin(ctx, r, token, 60000, true)
		if err != nil {
			t.Fatal(err)
		}
		return res.Outcome
	}

	lease := func() string { return state()[LeaseField("ocr")] }
	if got := begin("t1"); got != Leased || r.Attempt != 1 {
		t.Fatalf("begin: %v, attempt %d", got, r.Attempt)
	}
	if got := begin("other"); got != Busy {
		t.Fatalf("begin while leased: %v, want busy", got)
	}
	r.First = FirstStageItems(2, "/s/a.pdf", "", "", "", "")
	if err := l.Fail(ctx, r, "t1", "backend down", true, 1000, nil); err != nil {
		t.Fatal(err)
	}
	st := state()
	if ss := ParseStageState(st, "ocr"); ss.Status != StatusFailed || ss.Error != "backend down" || ss.Key != "" {
		t.Fatalf("after fail: %+v", ss)
	}
	if st["v"] != "2" || st["src"] != "/s/a.pdf" {
		t.Errorf("first stage's failure: version/source %q %q", st["v"], st["src"])
	}
	if ls := ParseLease(lease()); ls.Held || ls.Tries != 1 {
		t.Fatalf("lease after a transient failure: %q, want released with its try kept", lease())
	}

	if got := begin("t2"); got != Leased || r.Attempt != 2 {
		t.Fatalf("begin after fail: %v, attempt %d (tries are kept across a failure)", got, r.Attempt)
	}
	// Someone else's token: fenced, nothing written, and the holder's lease
	// is left exactly as it was: nothing is put back, nothing extended.
	held := lease()
	if err := l.Commit(ctx, r, "stale", 2000, 7, []byte("x"), []string{"doc", "d1"}, nil); !errors.Is(err, ErrFenced) {
		t.Fatalf("commit with a stale token: %v", err)
	}
	if err := l.Fail(ctx, r, "stale", "boom", true, 2000, nil); !errors.Is(err, ErrFenced) {
		t.Fatalf("fail with a stale token: %v", err)
	}
	if got := lease(); got != held {
		t.Fatalf("lease after a fenced commit: %q, want %q untouched", got, held)
	}
	if ss := ParseStageState(state(), "ocr"); ss.Status != StatusFailed || ss.Error != "backend down" {
		t.Fatalf("fenced commit or failure wrote the state: %+v", ss)
	}
	if n, _ := c.Do(ctx, c.B().Exists().Key(keys.Output(1, "ocr", "k1")).Build()).AsInt64(); n != 0 {
		t.Fatal("fenced commit wrote the output")
	}

	if err := l.Commit(ctx, r, "t2", 3000, 7, []byte("x"), []string{"doc", "d1"}, nil); err != nil {
		t.Fatal(err)
	}
	st = state()
	want := StageState{Status: StatusCompleted, Key: "k1", FinishedMS: 3000, Attempts: 2, ComputeUS: 7, Consumer: "c-1"}
	if ss := ParseStageState(st, "ocr"); ss != want {
		t.Fatalf("after commit: %+v, want %+v", ss, want)
	}
	if ss := ParseStageStates(st, []string{"ocr", "text"})[1]; ss.Status != StatusPending {
		t.Errorf("next stage: %+v, want pending", ss)
	}
	if _, ok := st["text"]; ok {
		t.Errorf("commit wrote the next stage's field: %q", st["text"])
	}
	if lease() != "" {
		t.Errorf("lease not cleared by the commit: %q", lease())
	}
	if ttl, _ := c.Do(ctx, c.B().Pttl().Key(keys.State(1, "d1")).Build()).AsInt64(); ttl <= 0 {
		t.Errorf("state hash without a TTL: %d", ttl)
	}

	// Done now: a second begin says so with the run that made it, and a
	// skip keeps its compute time.
	res, err := l.Begin(ctx, r, "t3", 60000, true)
	if err != nil || res.Outcome != Done || res.Made.ComputeUS != 7 {
		t.Fatalf("begin after commit: %+v %v", res, err)
	}
	r.Consumer, r.Attempt = "c-2", 1
	if err := l.Skip(ctx, r, 4000, res.Made.ComputeUS, []string{"doc", "d1"}, nil); err != nil {
		t.Fatalf("skip: %v", err)
	}
	want = StageState{Status: StatusSkipped, Key: "k1", FinishedMS: 4000, Attempts: 1, ComputeUS: 7, Consumer: "c-2"}
	if ss := ParseStageState(state(), "ocr"); ss != want {
		t.Fatalf("after skip: %+v, want %+v", ss, want)
	}
	n, err := c.Do(ctx, c.B().Xlen().Key(keys.Stream(1, "text")).Build()).AsInt64()
	if err != nil || n != 2 {
		t.Errorf("next stream has %d events, want 2 (commit and skip)", n)
	}
	// A run of the same stage with another key is not done, and an
	// output gone from Redis is done only when a store keeps outputs.
	if err := c.Do(ctx, c.B().Del().Key(keys.Output(1, "ocr", "k1")).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	if res, err := l.Begin(ctx, r, "t4", 60000, false); err != nil || res.Outcome != Leased {
		t.Fatalf("begin with the output gone and no store: %+v %v, want leased (recompute)", res, err)
	}
	if err := l.Release(ctx, r, "t4"); err != nil {
		t.Fatal(err)
	}
	if res, err := l.Begin(ctx, r, "t5", 60000, true); err != nil || res.Outcome != Done || !res.Stored {
		t.Fatalf("begin with the output in the store: %+v %v, want done by the state alone (Stored)", res, err)
	}

	// The state's TTL is set when a pass starts and ends: a middle stage's
	// commit leaves it alone, the last stage's sets it.
	pttl := func() int64 {
		ms, err := c.Do(ctx, c.B().Pttl().Key(keys.State(1, "d1")).Build()).AsInt64()
		if err != nil {
			t.Fatal(err)
		}
		return ms
	}
	if err := c.Do(ctx, c.B().Persist().Key(keys.State(1, "d1")).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	for _, s := range []struct{ stage, in, next string }{{"text", "ocr", "chunk"}, {"relate", "resolve", ""}} {
		m := &Run{Partition: 1, Doc: "d1", Stage: s.stage, InStage: s.in, InKey: "kin", NextStage: s.next, OutKey: "k-" + s.stage,
			Group: s.stage, EntryID: "1-1", Input: keys.Stream(1, s.stage), Consumer: "c-1", Attempt: 1, Version: 2,
			Flags: Flags{Chain: s.next != "", Ack: true, Input: true}}
		res, err := l.Begin(ctx, m, "tok-"+s.stage, 60000, true)
		if err != nil || res.Outcome != Leased {
			t.Fatalf("begin %s: %v %v", s.stage, res.Outcome, err)
		}
		if err := l.Commit(ctx, m, "tok-"+s.stage, 5000, 1, []byte("x"), []string{"doc", "d1"}, nil); err != nil {
			t.Fatal(err)
		}
		if ms := pttl(); (s.next == "") != (ms > 0) {
			t.Errorf("after %s's commit the state's pttl is %d", s.stage, ms)
		}
	}
}

// On a single Redis the first stage acks its ingest entry and the last
// stage writes the completed event inside the commit script.
func TestSingleRedisCommitsPublicSteps(t *testing.T) {
	c := connect(t)
	if l := NewLayer(c, NewKeys(""), TTLs{}); !l.SingleSlot() {
		t.Fatal("a single redis-server is taken for a cluster")
	}
	ctx := context.Background()
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{Completed: 1000})
	if err := c.Do(ctx, c.B().XgroupCreate().Key(keys.Ingest()).Group("ocr").Id("0").Mkstream().Build()).Error(); err != nil {
		t.Fatal(err)
	}
	id, err := c.Do(ctx, c.B().Xadd().Key(keys.Ingest()).Id("*").FieldValue().FieldValue("source", "/s/a.txt").Build()).ToString()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, c.B().Xreadgroup().Group("ocr", "c-1").Count(1).Streams().Key(keys.Ingest()).Id(">").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	pending := func() int64 {
		arr, err := c.Do(ctx, c.B().Xpending().Key(keys.Ingest()).Group("ocr").Build()).ToArray()
		if err != nil {
			t.Fatal(err)
		}
		n, _ := arr[0].AsInt64()
		return n
	}
	if pending() != 1 {
		t.Fatal("the ingest entry is not pending")
	}
	first := &Run{Partition: 2, Doc: "d2", Stage: "ocr", NextStage: "text", OutKey: "k1", Group: "ocr", EntryID: id,
		Input: keys.Ingest(), Consumer: "c-1", Attempt: 1, Version: 1, Source: "/s/a.txt", Flags: Flags{Chain: true, Ack: true}}
	last := &Run{Partition: 2, Doc: "d2", Stage: "relate", InStage: "resolve", InKey: "k5", OutKey: "k6", Group: "relate",
		EntryID: "1-1", Input: keys.Stream(2, "relate"), Consumer: "c-1", Attempt: 1, Version: 1,
		Flags: Flags{Chain: true, Ack: true, Input: true}}
	for _, r := range []*Run{first, last} {
		if res, err := l.Begin(ctx, r, "t", 60000, true); err != nil || res.Outcome != Leased {
			t.Fatalf("begin %s: %v %v", r.Stage, res.Outcome, err)
		}
		if err := l.Commit(ctx, r, "t", 1, 1, []byte("x"), []string{"doc", "d2", "stage", r.Stage}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if n := pending(); n != 0 {
		t.Errorf("ingest entry still pending after the first stage's commit (%d)", n)
	}
	got, err := c.Do(ctx, c.B().Xrange().Key(keys.Completed()).Start("-").End("+").Build()).AsXRange()
	if err != nil || len(got) != 1 || got[0].FieldValues["stage"] != "relate" {
		t.Fatalf("completed stream: %v %v", got, err)
	}
	st, _ := c.Do(ctx, c.B().Hgetall().Key(keys.State(2, "d2")).Build()).AsStrMap()
	if _, ok := st[""]; ok {
		t.Errorf("the last stage marked an unnamed next stage pending: %v", st)
	}
}
