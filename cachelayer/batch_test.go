package cachelayer

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/redis/rueidis"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

// atOnce runs f(0) .. f(n-1) in goroutines of their own and waits for all:
// concurrent callers are what makes the scripts batch.
func atOnce(n int, f func(i int)) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); f(i) }()
	}
	wg.Wait()
}

// connect is a client of a redis-server of tb's own; both end with tb.
func connect(tb testing.TB) rueidis.Client {
	tb.Helper()
	c, err := Connect(testenv.Redis(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(c.Close)
	return c
}

// Many concurrent runs of one partition share script calls; each still gets
// its own answer: one lock per (doc, stage) however the calls are batched,
// and fencing per run inside a batch.
func TestBatchedRunsKeepTheirOwnAnswers(t *testing.T) {
	c := connect(t)
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	ctx := context.Background()
	const docs = 60
	// Each document has an input entry, delivered, for the commits to ack:
	// the acks of a batch go out grouped by stream and group.
	input := keys.Stream(3, "text")
	if err := c.Do(ctx, c.B().XgroupCreate().Key(input).Group("text").Id("$").Mkstream().Build()).Error(); err != nil {
		t.Fatal(err)
	}
	entryIDs := make([]string, docs)
	for i := range entryIDs {
		id, err := c.Do(ctx, c.B().Xadd().Key(input).Id("*").FieldValue().FieldValue("doc", fmt.Sprint(i)).Build()).ToString()
		if err != nil {
			t.Fatal(err)
		}
		entryIDs[i] = id
	}
	if err := c.Do(ctx, c.B().Xreadgroup().Group("text", "c").Count(docs).Streams().Key(input).Id(">").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	run := func(i int) *Run {
		return &Run{Partition: 3, Doc: fmt.Sprintf("doc-%d", i), Stage: "text", NextStage: "chunk",
			OutKey: fmt.Sprintf("k%d", i), Input: input, Group: "text", EntryID: entryIDs[i], Consumer: "c", Attempt: 1, Version: 1,
			Flags: Flags{Chain: true, Ack: true}}
	}
	// Two contenders per document, all at once.
	type res struct {
		doc   int
		token string
		out   BeginOutcome
	}
	results := make(chan res, 2*docs)
	tokens := []string{"a", "b"}
	atOnce(2*docs, func(j int) {
		i, tok := j/2, tokens[j%2]
		r, err := l.Begin(ctx, run(i), fmt.Sprintf("%s-%d", tok, i), 60000, true)
		if err != nil {
			t.Error(err)
			return
		}
		results <- res{i, tok, r.Outcome}
	})
	close(results)
	holder := map[int]string{}
	for r := range results {
		switch r.out {
		case Leased:
			if prev, ok := holder[r.doc]; ok {
				t.Fatalf("doc %d locked twice (%s and %s)", r.doc, prev, r.token)
			}
			holder[r.doc] = r.token
		case Busy:
		default:
			t.Fatalf("doc %d: outcome %v", r.doc, r.out)
		}
	}
	if len(holder) != docs {
		t.Fatalf("%d documents locked, want %d", len(holder), docs)
	}
	// Every commit at once: the holders commit, the others are fenced.
	var committed, fenced sync.Map
	atOnce(2*docs, func(j int) {
		i, tok := j/2, tokens[j%2]
		err := l.Commit(ctx, run(i), fmt.Sprintf("%s-%d", tok, i), 1, 1, []byte("out-"+tok), []string{"doc", "x"}, nil)
		switch {
		case err == nil:
			committed.Store(i, tok)
		case errors.Is(err, ErrFenced):
			fenced.Store(i, tok)
		default:
			t.Error(err)
		}
	})
	// And they were batched: fewer script calls than runs.
	info, err := c.Do(ctx, c.B().Info().Section("commandstats").Build()).ToString()
	if err != nil {
		t.Fatal(err)
	}
	var calls int
	for _, line := range strings.Split(info, "\n") {
		for _, cmd := range []string{"cmdstat_evalsha:calls=", "cmdstat_eval:calls="} {
			if strings.HasPrefix(line, cmd) {
				n, _ := strconv.Atoi(strings.SplitN(strings.TrimPrefix(line, cmd), ",", 2)[0])
				calls += n
			}
		}
	}
	if calls == 0 || calls >= 4*docs {
		t.Errorf("%d script calls for %d runs: not batched", calls, 4*docs)
	}
	t.Logf("%d script calls for %d runs", calls, 4*docs)
	for i := 0; i < docs; i++ {
		tok, ok := committed.Load(i)
		if !ok || tok != holder[i] {
			t.Fatalf("doc %d: committed by %v, lock held by %s", i, tok, holder[i])
		}
		if _, ok := fenced.Load(i); !ok {
			t.Fatalf("doc %d: the other contender was not fenced", i)
		}
		b, ok, err := l.Output(ctx, 3, "text", fmt.Sprintf("k%d", i))
		if err != nil || !ok || string(b) != "out-"+holder[i] {
			t.Fatalf("doc %d: output %q %v %v", i, b, ok, err)
		}
	}
	// Every entry was acked by the batched XACKs of the commits.
	arr, err := c.Do(ctx, c.B().Xpending().Key(input).Group("text").Build()).ToArray()
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := arr[0].AsInt64(); n != 0 {
		t.Errorf("%d entries still pending after the commits", n)
	}
}

// Begins batched together each get their own input back, whichever order
// the batch's MGET returns them in.
func TestBatchedBeginsGetTheirOwnInputs(t *testing.T) {
	c := connect(t)
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	ctx := context.Background()
	const docs = 80
	// An input that reads like one of begin's answer codes stays an input.
	input := func(i int) string {
		if i == 1 {
			return "2"
		}
		return fmt.Sprintf("input-%d", i)
	}
	for i := 0; i < docs; i++ {
		if i%5 == 0 {
			continue // no input cached: begin answers false
		}
		if err := c.Do(ctx, c.B().Set().Key(keys.Output(i%4, "ocr", fmt.Sprintf("in%d", i))).Value(input(i)).Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	atOnce(docs, func(i int) {
		r := &Run{Partition: i % 4, Doc: fmt.Sprintf("doc-%d", i), Stage: "text", InStage: "ocr", InKey: fmt.Sprintf("in%d", i),
			OutKey: fmt.Sprintf("out%d", i), Flags: Flags{Input: true}}
		res, err := l.Begin(ctx, r, "t", 60000, true)
		switch {
		case err != nil:
			t.Error(err)
		case res.Outcome != Leased:
			t.Errorf("doc %d: outcome %v", i, res.Outcome)
		case i%5 == 0 && res.HasInput:
			t.Errorf("doc %d: input %q, want none", i, res.Input)
		case i%5 != 0 && (!res.HasInput || string(res.Input) != input(i)):
			t.Errorf("doc %d: input %q", i, res.Input)
		}
	})
}

// A Redis that lost its scripts (restart, SCRIPT FLUSH) gets them again
// with the batch that finds them missing.
func TestBatchesSurviveAScriptFlush(t *testing.T) {
	c := connect(t)
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	ctx := context.Background()
	r := &Run{Partition: 1, Doc: "d", Stage: "ocr", NextStage: "text", OutKey: "k", Flags: Flags{Chain: true}}
	for i, tok := range []string{"t1", "t2"} {
		if err := c.Do(ctx, c.B().ScriptFlush().Build()).Error(); err != nil {
			t.Fatal(err)
		}
		res, err := l.Begin(ctx, r, tok, 60000, true)
		if err != nil || res.Outcome != Leased {
			t.Fatalf("begin %d after SCRIPT FLUSH: %+v, %v", i, res, err)
		}
		if err := c.Do(ctx, c.B().ScriptFlush().Build()).Error(); err != nil {
			t.Fatal(err)
		}
		if err := l.Commit(ctx, r, tok, 1, 1, []byte("o"), []string{"doc", "d"}, nil); err != nil {
			t.Fatalf("commit %d after SCRIPT FLUSH: %v", i, err)
		}
		r.OutKey = "k2"
	}
}

// Begins batched together each report their own document's run that made
// the output, and only when that run was for the same key; the skips then
// record it, each its own.
func TestBatchedSkipsKeepTheirOwnSavings(t *testing.T) {
	c := connect(t)
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	ctx := context.Background()
	const docs = 40
	run := func(i int) *Run {
		return &Run{Partition: i % 4, Doc: fmt.Sprintf("doc-%d", i), Stage: "text", InStage: "ocr", NextStage: "chunk",
			OutKey: fmt.Sprintf("k%d", i), Consumer: "c", Flags: Flags{Chain: true, Record: true}}
	}
	for i := 0; i < docs; i++ {
		r := run(i)
		done := r.OutKey
		if i%10 == 3 {
			done = "another-key" // the stage last ran for another input
		}
		v := stageValue(StatusCompleted, 1, 1, int64(1000+i), "c", "")
		if err := c.Do(ctx, c.B().Hset().Key(keys.State(r.Partition, r.Doc)).FieldValue().FieldValue("text", v).
			FieldValue(DoneField("text"), done).Build()).Error(); err != nil {
			t.Fatal(err)
		}
		if err := c.Do(ctx, c.B().Set().Key(keys.Output(r.Partition, "text", r.OutKey)).Value("o").Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	atOnce(docs, func(i int) {
		r := run(i)
		res, err := l.Begin(ctx, r, "t", 60000, true)
		want := int64(1000 + i)
		if i%10 == 3 {
			want = 0
		}
		if err != nil || res.Outcome != Done || res.Made.ComputeUS != want {
			t.Errorf("doc %d: %+v %v, want done with %d µs", i, res, err, want)
			return
		}
		if err := l.Skip(ctx, r, 5, res.Made.ComputeUS, []string{"doc", r.Doc}, []string{"doc", r.Doc}); err != nil {
			t.Error(err)
		}
	})
	for p := 0; p < 4; p++ {
		recs, err := c.Do(ctx, c.B().Xrange().Key(keys.Records(p)).Start("-").End("+").Build()).AsXRange()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != docs/4 {
			t.Errorf("partition %d: %d skip records, want %d", p, len(recs), docs/4)
		}
	}
	st, _ := c.Do(ctx, c.B().Hgetall().Key(keys.State(1, "doc-5")).Build()).AsStrMap()
	if ss := ParseStageState(st, "text"); ss.Status != StatusSkipped || ss.ComputeUS != 1005 || ss.Key != "k5" {
		t.Errorf("state after skip: %+v", ss)
	}
}
