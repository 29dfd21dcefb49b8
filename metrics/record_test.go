package metrics

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// A record's optional fields travel only when set, and come back as they
// were written.
func TestRecordFields(t *testing.T) {
	at := time.UnixMicro(1_700_000_000_123_456).UTC()
	plain := Record{Stage: "text", Doc: "d1", Version: 2, Key: "k", Source: "/a.pdf", Outcome: OutcomeCompleted,
		Started: at, Finished: at.Add(time.Second), ComputeUS: 7, Attempt: 1, Consumer: "c1", InputFrom: FromCache}
	detailed := plain
	detailed.Stage, detailed.Fingerprint, detailed.Tenant, detailed.Parent = "ocr", "ocr-v3;dpi=300", "acme", "p1"
	detailed.FlaggedPages = []int{2, 11}
	cases := []struct {
		name    string
		rec     Record
		absent  []string // optional fields that must not be written
		present map[string]string
	}{
		{"plain run", plain, []string{fieldFingerprint, fieldTenant, fieldParent, fieldFlaggedPages}, nil},
		{"every detail", detailed, nil, map[string]string{fieldFingerprint: "ocr-v3;dpi=300", fieldTenant: "acme",
			fieldParent: "p1", fieldFlaggedPages: "2,11"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kv := c.rec.Fields()
			f := map[string]string{}
			for i := 0; i+1 < len(kv); i += 2 {
				f[kv[i]] = kv[i+1]
			}
			for _, name := range c.absent {
				if _, ok := f[name]; ok {
					t.Errorf("field %s written for an empty value", name)
				}
			}
			for name, want := range c.present {
				if f[name] != want {
					t.Errorf("field %s = %q, want %q", name, f[name], want)
				}
			}
			got, err := ParseRecord(f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.rec) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, c.rec)
			}
		})
	}
	bad := map[string]string{"stage": "ocr", "doc": "d", "outcome": OutcomeCompleted, fieldFlaggedPages: "2,x"}
	if _, err := ParseRecord(bad); err == nil {
		t.Error("flagged pages 2,x parsed")
	}
}

// The sink writes a record's fingerprint, tenant, parent and flagged pages
// to run_records, and each child document's PART_OF edge to its parent into
// the graph. Two byte-identical attachments of two e-mails share every
// output (one computes, one skips) but keep their own parents.
func TestSinkWritesRunDetails(t *testing.T) {
	ctx := context.Background()
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	const parts = 2
	prod := newProducer(t, client, parts)
	parent := map[string]string{"attachment-a": "mail-a", "attachment-b": "mail-b"}
	tenant := map[string]string{"mail-a": "acme", "attachment-a": "acme", "mail-b": "globex", "attachment-b": "globex"}
	prod.detail = func(doc string, r *Record) {
		r.Fingerprint, r.Tenant = r.Stage+"-v2;size=1000", tenant[doc]
		if r.Stage != events.StageOCR {
			return
		}
		r.Parent = parent[doc]
		if r.Outcome == OutcomeCompleted {
			r.FlaggedPages = []int{2}
		}
	}
	for _, d := range []string{"mail-a", "mail-b"} {
		if err := prod.document(ctx, d, 1, OutcomeCompleted); err != nil {
			t.Fatal(err)
		}
	}
	if err := prod.copyOf(ctx, "attachment-a", "attachment", 1, OutcomeCompleted); err != nil {
		t.Fatal(err)
	}
	if err := prod.copyOf(ctx, "attachment-b", "attachment", 1, OutcomeSkipped); err != nil {
		t.Fatal(err)
	}
	runSink(t, NewSink(client, st, SinkConfig{Partitions: parts, BatchAge: 50 * time.Millisecond}, testLogger(t)))
	waitFor(t, 30*time.Second, "all runs", func() bool { return count(t, st, `SELECT count() FROM run_records FINAL`) == 24 })

	checks := []struct {
		name  string
		query string
		want  uint64
	}{
		{"every run has its stage's fingerprint", `SELECT count() FROM run_records FINAL WHERE fingerprint = concat(stage, '-v2;size=1000')`, 24},
		{"tenant acme", `SELECT count() FROM run_records FINAL WHERE tenant = 'acme'`, 12},
		{"tenant globex", `SELECT count() FROM run_records FINAL WHERE tenant = 'globex'`, 12},
		{"parent on the children's first stage only", `SELECT count() FROM run_records FINAL WHERE parent_id != ''`, 2},
		{"attachment-a's parent", `SELECT count() FROM run_records FINAL WHERE doc_id = 'attachment-a' AND stage = 'ocr' AND parent_id = 'mail-a'`, 1},
		{"runs with flagged pages", `SELECT count() FROM run_records FINAL WHERE length(flagged_pages) > 0`, 3},
		{"page 2 flagged", `SELECT count() FROM run_records FINAL WHERE has(flagged_pages, toUInt32(2)) AND doc_id = 'attachment-a'`, 1},
		{"relate edges of each attachment", `SELECT count() FROM current_relationships WHERE doc_id = 'attachment-b' AND type != 'PART_OF'`, 3},
	}
	for _, c := range checks {
		if n := count(t, st, c.query); n != c.want {
			t.Errorf("%s: %d, want %d (%s)", c.name, n, c.want, c.query)
		}
	}
	edges := func() [][4]string {
		rows, err := st.Conn().Query(ctx, `SELECT doc_id, from_id, to_id, rel_id FROM current_relationships WHERE type = 'PART_OF' ORDER BY doc_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out [][4]string
		for rows.Next() {
			var e [4]string
			if err := rows.Scan(&e[0], &e[1], &e[2], &e[3]); err != nil {
				t.Fatal(err)
			}
			out = append(out, e)
		}
		return out
	}
	got := edges()
	if len(got) != 2 || got[0][0] != "attachment-a" || got[0][1] != "attachment-a" || got[0][2] != "mail-a" ||
		got[1][0] != "attachment-b" || got[1][1] != "attachment-b" || got[1][2] != "mail-b" || got[0][3] == got[1][3] {
		t.Fatalf("PART_OF edges %v, want attachment-a→mail-a and attachment-b→mail-b with their own ids", got)
	}

	// A re-ingest (every stage skips) records the edge again: still one.
	if err := prod.copyOf(ctx, "attachment-a", "attachment", 1, OutcomeSkipped); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the re-ingest", func() bool { return count(t, st, `SELECT count() FROM run_records FINAL`) == 30 })
	if again := edges(); !slices.Equal(again, got) {
		t.Errorf("PART_OF edges after a re-ingest %v, want %v", again, got)
	}
}

// A database at 0004 keeps its run history through 0005/0006: the rows of
// stage_runs move to run_records, and stage_runs becomes a view that old
// queries still read and an older sink cannot write (so it cannot bring
// back a stage_runs table nobody reads).
func TestMigrateKeepsStageRuns(t *testing.T) {
	ctx := context.Background()
	st := storeMigratedTo(t, testenv.ClickHouse(t), 4)
	const legacy = `INSERT INTO stage_runs (record_id, partition, doc_id, stage, version, output_key, source, outcome,
    started, finished, started_us, finished_us, compute_us)
SELECT 'p0-1-0', 0, 'd1', 'ocr', 1, 'k1', '/a.pdf', 'completed', now(), now(), 1, 2, 1000`
	// The same record twice, as a redelivered batch writes it.
	for i := 0; i < 2; i++ {
		if err := st.Conn().Exec(ctx, legacy); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := st.Ensure(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := migrationsFrom(t, 5); !slices.Equal(rep.Applied, want) {
		t.Errorf("applied %v, want %v", rep.Applied, want)
	}
	reads := []struct {
		name, query string
	}{
		{"run_records", `SELECT count() FROM run_records FINAL WHERE doc_id = 'd1' AND compute_us = 1000 AND fingerprint = ''`},
		{"the stage_runs view", `SELECT count() FROM stage_runs WHERE doc_id = 'd1' AND compute_us = 1000`},
		{"the stage_runs view with FINAL", `SELECT count() FROM stage_runs FINAL WHERE doc_id = 'd1'`},
	}
	for _, r := range reads {
		if n := count(t, st, r.query); n != 1 {
			t.Errorf("%s: %d rows of d1, want 1", r.name, n)
		}
	}
	if n := count(t, st, `SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = 'stage_runs' AND engine = 'View'`); n != 1 {
		t.Error("stage_runs is not a view")
	}
	if err := st.Conn().Exec(ctx, legacy); err == nil {
		t.Error("an insert into stage_runs (an older sink) succeeded")
	}
	// An older release's migrator (0001–0004) finds stage_runs present and
	// leaves it a view.
	migs, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	old, err := migrate(ctx, st.Conn(), migs[:4])
	if err != nil || len(old.Repaired) != 0 {
		t.Errorf("older migrations: repaired %v, err %v; want nothing to do", old.Repaired, err)
	}
}
