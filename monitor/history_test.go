package monitor

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

// TestHistoryFromRunRecords: run records written through the records
// stream and the sink into a real ClickHouse, read back by the versions,
// tenants and trace pages: versions split by stage fingerprint, tenants as
// the records named them, a trace's flagged pages (a skipped run shows
// those of the run that computed its output) and its PART_OF edges both
// ways.
func TestHistoryFromRunRecords(t *testing.T) {
	ctx := context.Background()
	c := redisClient(t)
	keys := cachelayer.NewKeys("docpipe")
	store, err := metrics.Open(ctx, testenv.ClickHouse(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })

	base := time.Now().Add(-time.Hour).Truncate(time.Second)
	n := 0
	rec := func(doc, stage, fp, tenant, outcome, key string, computeUS int64) metrics.Record {
		n++
		at := base.Add(time.Duration(n) * time.Second)
		return metrics.Record{Stage: stage, Doc: doc, Version: 1, Key: key, Source: "/in/" + doc, Outcome: outcome,
			Started: at, Finished: at.Add(time.Millisecond), ComputeUS: computeUS, Attempt: 1, Consumer: "c1",
			Fingerprint: fp, Tenant: tenant}
	}
	flagged := rec("d-acme", "ocr", "ocr/v1", "acme", metrics.OutcomeCompleted, "k-ocr", 2000)
	flagged.FlaggedPages = []int{2, 5}
	child := rec("c-acme", "ocr", "ocr/v1", "acme", metrics.OutcomeCompleted, "k-child", 1000)
	child.Parent = "d-acme"
	records := []metrics.Record{
		flagged,
		rec("d-acme", "text", "text/v1", "acme", metrics.OutcomeCompleted, "k-text", 100),
		rec("d-copy", "ocr", "ocr/v1", "acme", metrics.OutcomeSkipped, "k-ocr", 0),
		child,
		// The ocr stage with another setting: a fingerprint of its own.
		rec("d-globex", "ocr", "ocr/v2", "globex", metrics.OutcomeCompleted, "k-ocr2", 8000),
		rec("d-globex", "text", "text/v1", "globex", metrics.OutcomeFailed, "", 0),
		rec("d-none", "ocr", "ocr/v2", "", metrics.OutcomeCompleted, "k-ocr3", 4000),
	}
	for _, r := range records {
		do(t, c, c.B().Xadd().Key(keys.Records(0)).Id("*").FieldValue().FieldValueIter(pairs(r.Fields())).Build())
	}
	sinkCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = metrics.NewSink(c, store, metrics.SinkConfig{Partitions: 1, BatchAge: 50 * time.Millisecond},
			slog.New(slog.NewTextHandler(io.Discard, nil))).Run(sinkCtx)
	}()
	t.Cleanup(func() { stop(); <-done })
	deadline := time.Now().Add(30 * time.Second)
	for {
		var rows uint64
		if err := store.Conn().QueryRow(ctx, `SELECT count() FROM run_records FINAL`).Scan(&rows); err == nil && rows == uint64(len(records)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the sink did not write the records")
		}
		time.Sleep(50 * time.Millisecond)
	}
	h := &History{Conn: store.Conn()}
	from := base.Add(-time.Minute)

	t.Run("versions by fingerprint", func(t *testing.T) {
		vs, err := h.Versions(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		type row struct {
			stage, fp                  string
			docs, completed, skip, bad uint64
		}
		var got []row
		for _, v := range vs {
			got = append(got, row{v.Stage, v.Fingerprint, v.Documents, v.Completed, v.Skipped, v.Failed})
		}
		want := []row{
			{"ocr", "ocr/v1", 3, 2, 1, 0},
			{"ocr", "ocr/v2", 2, 2, 0, 0},
			{"text", "text/v1", 2, 1, 0, 1},
		}
		if !slices.Equal(got, want) {
			t.Errorf("versions %+v, want %+v", got, want)
		}
		if vs[1].P50US <= vs[0].P50US {
			t.Errorf("ocr/v2 p50 %.0f µs not above ocr/v1's %.0f: the rows mix fingerprints", vs[1].P50US, vs[0].P50US)
		}
	})

	t.Run("tenants", func(t *testing.T) {
		ts, err := h.Tenants(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		want := []TenantRow{
			{Tenant: "acme", Documents: 3, Runs: 4, Completed: 3, Skipped: 1, ComputeUS: 3100},
			{Tenant: "globex", Documents: 1, Runs: 2, Completed: 1, Failed: 1, ComputeUS: 8000},
			{Tenant: NoTenant, Documents: 1, Runs: 1, Completed: 1, ComputeUS: 4000},
		}
		if !slices.Equal(ts, want) {
			t.Errorf("tenants %+v, want %+v", ts, want)
		}
	})

	t.Run("trace", func(t *testing.T) {
		tr, err := h.Trace(ctx, "d-copy")
		if err != nil {
			t.Fatal(err)
		}
		if len(tr.Passes) != 1 || len(tr.Passes[0].Runs) != 1 {
			t.Fatalf("d-copy passes %+v", tr.Passes)
		}
		r := tr.Passes[0].Runs[0]
		if r.Outcome != metrics.OutcomeSkipped || r.Fingerprint != "ocr/v1" || !slices.Equal(r.FlaggedPages, []uint32{2, 5}) || tr.Tenant != "acme" {
			t.Errorf("d-copy's skipped ocr run %+v (tenant %q), want ocr/v1 with pages 2 and 5 flagged, tenant acme", r, tr.Tenant)
		}
		parent, err := h.Trace(ctx, "d-acme")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(parent.Relationships, Relationship{Type: metrics.RelPartOf, From: "c-acme", To: "d-acme", Weight: 1}) {
			t.Errorf("d-acme relationships %+v, want c-acme PART_OF d-acme", parent.Relationships)
		}
		kid, err := h.Trace(ctx, "c-acme")
		if err != nil {
			t.Fatal(err)
		}
		if len(kid.Relationships) != 1 || kid.Relationships[0].To != "d-acme" {
			t.Errorf("c-acme relationships %+v, want its PART_OF d-acme", kid.Relationships)
		}
	})
}

// pairs walks a flat field/value list.
func pairs(f []string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for i := 0; i+1 < len(f); i += 2 {
			if !yield(f[i], f[i+1]) {
				return
			}
		}
	}
}
