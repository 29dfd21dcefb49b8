package consumers

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/internal/testenv"
)

func addIngest(t *testing.T, c rueidis.Client, keys cachelayer.Keys, n int) {
	t.Helper()
	cs := make(rueidis.Commands, n)
	for i := range cs {
		cs[i] = c.B().Xadd().Key(keys.Ingest()).Id("*").FieldValue().FieldValue("source", "/s/"+strconv.Itoa(i)).Build()
	}
	for _, r := range c.DoMulti(context.Background(), cs...) {
		if err := r.Error(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIngestBacklog(t *testing.T) {
	c, err := cachelayer.Connect(testenv.Redis(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	keys := cachelayer.NewKeys("docpipe")
	want := func(step string, n int64) {
		t.Helper()
		got, err := IngestBacklog(ctx, c, keys)
		if err != nil || got != n {
			t.Fatalf("%s: backlog %d (%v), want %d", step, got, err, n)
		}
	}
	want("no stream", 0)
	addIngest(t, c, keys, 10)
	want("no group: every entry", 10)
	if err := c.Do(ctx, c.B().XgroupCreate().Key(keys.Ingest()).Group("ocr").Id("0").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	want("group, nothing read", 10)
	read, err := c.Do(ctx, c.B().Xreadgroup().Group("ocr", "c1").Count(4).Streams().Key(keys.Ingest()).Id(">").Build()).AsXRead()
	if err != nil {
		t.Fatal(err)
	}
	es := read[keys.Ingest()]
	want("4 pending, 6 undelivered", 10)
	if err := c.Do(ctx, c.B().Xack().Key(keys.Ingest()).Group("ocr").Id(es[0].ID, es[1].ID, es[2].ID).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	want("3 acknowledged", 7)
	// A deleted undelivered entry makes Redis's lag unknown; the backlog
	// is counted from the group's last delivered id instead.
	tail, err := c.Do(ctx, c.B().Xrevrange().Key(keys.Ingest()).End("+").Start("-").Count(1).Build()).AsXRange()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, c.B().Xdel().Key(keys.Ingest()).Id(es[3].ID, tail[0].ID).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	// es[3] stays pending (XDEL does not touch the PEL): 1 + 5 undelivered.
	want("after XDEL", 6)
	// A second group that is further behind sets the backlog.
	if err := c.Do(ctx, c.B().XgroupCreate().Key(keys.Ingest()).Group("other").Id("0").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	want("a group that read nothing", 8)
}

func TestBackpressureAdmit(t *testing.T) {
	c, err := cachelayer.Connect(testenv.Redis(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	keys := cachelayer.NewKeys("docpipe")
	if err := c.Do(ctx, c.B().XgroupCreate().Key(keys.Ingest()).Group("ocr").Id("0").Mkstream().Build()).Error(); err != nil {
		t.Fatal(err)
	}
	addIngest(t, c, keys, 5)
	if err := (Backpressure{Max: 6}).Admit(ctx, c, keys); err != nil {
		t.Fatalf("below the bound: %v", err)
	}
	if err := (Backpressure{}).Admit(ctx, c, keys); err != nil {
		t.Fatalf("no bound: %v", err)
	}
	err = Backpressure{Max: 5}.Admit(ctx, c, keys)
	if !errors.Is(err, ErrBacklogFull) {
		t.Fatalf("at the bound, fail mode: %v, want ErrBacklogFull", err)
	}
	// Wait mode returns once a consumer has taken and acknowledged entries.
	waited := make(chan int64, 100)
	done := make(chan error, 1)
	go func() {
		done <- Backpressure{Max: 5, Wait: true, Poll: 20 * time.Millisecond, OnWait: func(n int64) { waited <- n }}.Admit(ctx, c, keys)
	}()
	select {
	case err := <-done:
		t.Fatalf("wait mode returned before the backlog fell: %v", err)
	case n := <-waited:
		if n != 5 {
			t.Errorf("OnWait told %d, want 5", n)
		}
	}
	read, err := c.Do(ctx, c.B().Xreadgroup().Group("ocr", "c1").Count(2).Streams().Key(keys.Ingest()).Id(">").Build()).AsXRead()
	if err != nil {
		t.Fatal(err)
	}
	es := read[keys.Ingest()]
	if err := c.Do(ctx, c.B().Xack().Key(keys.Ingest()).Group("ocr").Id(es[0].ID).Build()).Error(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("wait mode did not return after the backlog fell below the bound")
	}
	// A cancelled wait returns the context's error.
	cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if err := (Backpressure{Max: 1, Wait: true, Poll: 10 * time.Millisecond}).Admit(cctx, c, keys); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("cancelled wait: %v", err)
	}
}
