package cachelayer

import (
	"context"
	"errors"
	"testing"
)

// A reclaimer can take an entry whose run is still computing (its refresh
// came late on a loaded machine). The run commits, which acknowledges the
// entry and chains on; the reclaimer's run then finds the output and
// skips. That skip must chain nothing: the entry was processed, and a
// second next event would run every later stage again and complete the
// document twice.
func TestSkipOfAnAcknowledgedEntryChainsNothing(t *testing.T) {
	c := connect(t)
	ctx := context.Background()
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	in, next := keys.Stream(1, "text"), keys.Stream(1, "chunk")
	if err := c.Do(ctx, c.B().XgroupCreate().Key(in).Group("text").Id("0").Mkstream().Build()).Error(); err != nil {
		t.Fatal(err)
	}
	id, err := c.Do(ctx, c.B().Xadd().Key(in).Id("*").FieldValue().FieldValue("doc", "d-acked").Build()).ToString()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, c.B().Xreadgroup().Group("text", "r1").Count(1).Streams().Key(in).Id(">").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	run := func(consumer string) *Run {
		return &Run{Partition: 1, Doc: "d-acked", Stage: "text", InStage: "ocr", InKey: "k1", NextStage: "chunk", OutKey: "k2",
			Group: "text", EntryID: id, Input: in, Consumer: consumer, Attempt: 1, Version: 1,
			Flags: Flags{Chain: true, Ack: true, Input: true}}
	}
	ev := func(r *Run) []string { return []string{"doc", r.Doc, "stage", r.Stage, "key", r.OutKey} }

	r1 := run("r1")
	if res, err := l.Begin(ctx, r1, "t1", 60000, false); err != nil || res.Outcome != Leased {
		t.Fatalf("begin r1: %v %v", res.Outcome, err)
	}
	// r2's reclaimer takes the entry while r1 computes.
	if err := c.Do(ctx, c.B().Xclaim().Key(in).Group("text").Consumer("r2").MinIdleTime("0").Id(id).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	if err := l.Commit(ctx, r1, "t1", 1, 1, []byte("out"), ev(r1), nil); err != nil {
		t.Fatalf("commit r1: %v", err)
	}
	r2 := run("r2")
	res, err := l.Begin(ctx, r2, "t2", 60000, false)
	if err != nil || res.Outcome != Done {
		t.Fatalf("begin r2: %v %v, want done", res.Outcome, err)
	}
	if err := l.Skip(ctx, r2, 2, 1, ev(r2), nil); !errors.Is(err, ErrAcknowledged) {
		t.Errorf("skip of an acknowledged entry: %v, want ErrAcknowledged", err)
	}
	if n, err := c.Do(ctx, c.B().Xlen().Key(next).Build()).AsInt64(); err != nil || n != 1 {
		t.Errorf("next stream has %d events (%v), want the commit's one", n, err)
	}
	if st, _ := c.Do(ctx, c.B().Hget().Key(keys.State(1, "d-acked")).Field("text").Build()).ToString(); ParseStageValue(st).Status != StatusCompleted {
		t.Errorf("state of the stage after the skip: %q, want the commit's completed", st)
	}
}
