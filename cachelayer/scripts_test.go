package cachelayer

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

// Each script's header names its KEYS and ARGV; each Go type that encodes
// a call of it must produce exactly those, in that number.
func TestScriptHeadersMatchEncoders(t *testing.T) {
	count := func(src, pattern string) int {
		max := 0
		for _, m := range regexp.MustCompile(pattern).FindAllStringSubmatch(src, -1) {
			if n, _ := strconv.Atoi(m[1]); n > max {
				max = n
			}
		}
		return max
	}
	header := func(src string) string {
		// The header is the comment block before the first code line.
		return regexp.MustCompile(`(?s)^(#!lua\n(?:--[^\n]*\n)+)`).FindString(src)
	}
	begin := &beginRun{}
	commit := &commitRun{}
	skip := &skipRun{}
	fail := &failRun{}
	lease := &leaseCall{}
	dead := &deadLetterCall{}
	for _, tc := range []struct {
		name         string
		src          string
		keys, args   int
		perRun       bool // KEYS[k+N] / ARGV[a+N] per run of a batch
		variableArgs bool // field/value items follow the fixed ARGV
	}{
		{"begin.lua", beginLua, len(begin.keys()), len(begin.args()), true, false},
		{"commit.lua", commitLua, len(commit.keys()), len(commit.args()), true, true},
		{"skip.lua", skipLua, len(skip.keys()), len(skip.args()), true, true},
		{"fail.lua", failLua, len(fail.keys()), len(fail.args()), false, true},
		{"renew.lua", renewLua, len(lease.keys()), len(lease.renewArgs()), false, false},
		{"release.lua", releaseLua, len(lease.keys()), len(lease.releaseArgs()), false, false},
		{"deadletter.lua", deadLetterLua, len(dead.keys()), len(dead.args()), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := header(tc.src)
			if h == "" {
				t.Fatal("no #!lua line and comment header")
			}
			kp, ap := `KEYS\[(\d+)\]`, `ARGV\[(\d+)\]`
			if tc.perRun {
				kp, ap = `KEYS\[k\+(\d+)\]`, `ARGV\[a\+(\d+)\]`
			}
			if got := count(h, kp); got != tc.keys {
				t.Errorf("header names %d KEYS, the encoder gives %d", got, tc.keys)
			}
			if got := count(h, ap); got != tc.args {
				t.Errorf("header names %d fixed ARGV, the encoder gives %d", got, tc.args)
			}
			// The code uses no KEYS or ARGV position the header does not name.
			code := tc.src[len(h):]
			if got := count(code, kp); got > tc.keys {
				t.Errorf("code reads KEYS position %d, past the header's %d", got, tc.keys)
			}
			if got := count(code, ap); got > tc.args && !tc.variableArgs {
				t.Errorf("code reads ARGV position %d, past the header's %d", got, tc.args)
			}
		})
	}
}

// A run of a batch whose script step fails (here: its next stream is not a
// stream) answers that error alone and leaves nothing of itself written or
// acknowledged; the other runs of the batch commit.
func TestBatchIsNotASharedFate(t *testing.T) {
	c := connect(t)
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	ctx := context.Background()
	const docs = 40
	// The bad run, alone in its partition, has a string where its records
	// stream should be: its next event is written first and must be undone.
	const bad, badP = 7, 5
	part := func(i int) int {
		if i == bad {
			return badP
		}
		return i % 4
	}
	for _, stage := range []string{"text", "extract"} {
		in := keys.Stream(badP, stage)
		if err := c.Do(ctx, c.B().XgroupCreate().Key(in).Group(stage).Id("$").Mkstream().Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	for _, mode := range []string{"commit", "skip"} {
		t.Run(mode, func(t *testing.T) {
			stage, next := "text", "chunk"
			if mode == "skip" {
				stage, next = "extract", "resolve"
			}
			if err := c.Do(ctx, c.B().Set().Key(keys.Records(badP)).Value("not a stream").Build()).Error(); err != nil {
				t.Fatal(err)
			}
			input := keys.Stream(badP, stage)
			ids := map[int]string{}
			run := func(i int) *Run {
				return &Run{Partition: part(i), Doc: fmt.Sprintf("%s-doc-%d", mode, i), Stage: stage, InStage: "x", NextStage: next,
					OutKey: fmt.Sprintf("%s-k%d", mode, i), Input: input, Group: stage, EntryID: ids[i], Consumer: "c",
					Flags: Flags{Chain: true, Record: true, Ack: i == bad}}
			}
			id, err := c.Do(ctx, c.B().Xadd().Key(input).Id("*").FieldValue().FieldValue("doc", "x").Build()).ToString()
			if err != nil {
				t.Fatal(err)
			}
			ids[bad] = id
			if err := c.Do(ctx, c.B().Xreadgroup().Group(stage, "c").Count(1).Streams().Key(input).Id(">").Build()).Error(); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < docs; i++ {
				if mode == "commit" {
					if res, err := l.Begin(ctx, run(i), "t", 60000, true); err != nil || res.Outcome != Leased {
						t.Fatalf("begin %d: %+v %v", i, res, err)
					}
				}
			}
			errs := make([]error, docs)
			atOnce(docs, func(i int) {
				if mode == "commit" {
					errs[i] = l.Commit(ctx, run(i), "t", 1, 1, []byte("o"), []string{"doc", run(i).Doc}, []string{"doc", run(i).Doc})
				} else {
					errs[i] = l.Skip(ctx, run(i), 1, 0, []string{"doc", run(i).Doc}, []string{"doc", run(i).Doc})
				}
			})
			for i, err := range errs {
				r := run(i)
				st, _ := c.Do(ctx, c.B().Hgetall().Key(keys.State(r.Partition, r.Doc)).Build()).AsStrMap()
				out, _ := c.Do(ctx, c.B().Exists().Key(keys.Output(r.Partition, stage, r.OutKey)).Build()).AsInt64()
				if i != bad {
					if err != nil || st[DoneField(stage)] != r.OutKey {
						t.Errorf("run %d of the batch: %v, done %q", i, err, st[DoneField(stage)])
					}
					continue
				}
				var wrong interface{ Error() string }
				if err == nil || !errors.As(err, &wrong) {
					t.Fatalf("the bad run: %v, want its own error", err)
				}
				if st[DoneField(stage)] != "" || (mode == "commit" && out != 0) {
					t.Errorf("the bad run wrote its state %v or output (%d)", st, out)
				}
				arr, err := c.Do(ctx, c.B().Xpending().Key(input).Group(stage).Build()).ToArray()
				if n, _ := arr[0].AsInt64(); err != nil || n != 1 {
					t.Errorf("the bad run's entry: %d pending (%v), want still pending", n, err)
				}
				if n, _ := c.Do(ctx, c.B().Xlen().Key(keys.Stream(badP, next)).Build()).AsInt64(); n != 0 {
					t.Errorf("the bad run left its next event (%d entries)", n)
				}
			}
		})
	}
}

// A dead letter is written once per entry, however often it is asked for.
func TestDeadLetterOnce(t *testing.T) {
	c := connect(t)
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	ctx := context.Background()
	for i, want := range []bool{true, false, false} {
		wrote, err := l.DeadLetter(ctx, keys.Stream(1, "text"), "5-1", []string{"dlq.reason", "boom", "doc", "d"})
		if err != nil || wrote != want {
			t.Fatalf("dead letter %d: wrote %v %v, want %v", i, wrote, err, want)
		}
	}
	if wrote, err := l.DeadLetter(ctx, keys.Stream(1, "text"), "5-2", []string{"dlq.reason", "boom"}); err != nil || !wrote {
		t.Fatalf("another entry: %v %v", wrote, err)
	}
	if n, _ := c.Do(ctx, c.B().Xlen().Key(keys.DLQ()).Build()).AsInt64(); n != 2 {
		t.Fatalf("%d dead letters, want 2", n)
	}
}
