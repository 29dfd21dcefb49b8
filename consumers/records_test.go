package consumers

import (
	"context"
	"encoding/base64"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

// An e-mail from a tenant with a scanned PDF attached, through the real
// stages, the records streams and the sink into ClickHouse: the graph has
// the attachment's PART_OF edge to the e-mail, once, also after a
// re-ingest; every run record names its stage's fingerprint and the tenant
// (the child inherits the parent's meta fields); and the attachment's ocr
// run lists the pages the ocr stage flagged as low confidence.
func TestChildDocumentsInClickHouse(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "")
	cfg := e.cfg
	cfg.ChunkSize, cfg.ChunkOverlap = 1000, 200
	cfg.OCRMaxPages, cfg.OCRDPI, cfg.OCRLanguage, cfg.OCRPageTimeout, cfg.OCRParallelism = 10, 150, "eng", time.Minute, 1
	// No OCRed page reaches a confidence of 1: every one is flagged.
	cfg.OCRMinConfidence = 1
	cfg.TenantField = "matter"
	hs, err := Pipeline(cfg)
	if err != nil {
		t.Fatal(err)
	}
	store, err := metrics.Open(ctx, testenv.ClickHouse(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	sinkCtx, stopSink := context.WithCancel(ctx)
	sinkDone := make(chan struct{})
	go func() {
		defer close(sinkDone)
		_ = metrics.NewSink(e.client, store, metrics.SinkConfig{Partitions: cfg.Partitions, BatchAge: 100 * time.Millisecond}, discardLog()).Run(sinkCtx)
	}()
	t.Cleanup(func() { stopSink(); <-sinkDone })
	e.start(hs, func(c *config.Config) { *c = cfg })

	pdf, err := os.ReadFile("../stages/ocr/testdata/scan-stamped.pdf")
	if err != nil {
		t.Fatal(err)
	}
	eml := "From: Ada Clerk <clerk@example.com>\r\nTo: counsel@example.com\r\nSubject: Scanned exhibit\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe signed exhibit is attached as a scan.\r\n" +
		"--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"exhibit.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(pdf) + "\r\n--b1--\r\n"
	src := e.file("scan.eml", eml)
	parent := events.DocIDFor(src)
	e.xadd(e.keys.Ingest(), "source", src, "meta.matter", "m-1138")
	var child string
	e.waitFor("the e-mail and its attachment complete", 120*time.Second, func() bool {
		done := e.completedDocs()
		for d := range done {
			if d != parent {
				child = d
			}
		}
		return done[parent] == 1 && child != ""
	})

	rows := func(q string, args ...any) [][]string {
		t.Helper()
		rs, err := store.Conn().Query(ctx, q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rs.Close()
		var out [][]string
		for rs.Next() {
			var a, b string
			if err := rs.Scan(&a, &b); err != nil {
				t.Fatal(err)
			}
			out = append(out, []string{a, b})
		}
		return out
	}
	count := func(q string, args ...any) uint64 {
		t.Helper()
		var n uint64
		if err := store.Conn().QueryRow(ctx, q, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	e.waitFor("both documents' runs in ClickHouse", 30*time.Second, func() bool {
		return count(`SELECT count() FROM run_records FINAL WHERE outcome = 'completed'`) == 12
	})
	partOf := `SELECT from_id, to_id FROM current_relationships WHERE type = 'PART_OF'`
	if got := rows(partOf); len(got) != 1 || got[0][0] != child || got[0][1] != parent {
		t.Errorf("PART_OF edges %v, want one from %s to %s", got, child, parent)
	}
	fps := map[string]string{}
	for _, h := range hs {
		fps[h.Name()] = h.Fingerprint()
	}
	for _, r := range rows(`SELECT stage, fingerprint FROM run_records FINAL`) {
		if r[1] != fps[r[0]] {
			t.Errorf("%s run recorded fingerprint %q, want %q", r[0], r[1], fps[r[0]])
		}
	}
	if got := rows(`SELECT doc_id, tenant FROM run_records FINAL WHERE tenant != 'm-1138'`); len(got) != 0 {
		t.Errorf("runs without the tenant: %v", got)
	}
	var flagged []uint32
	if err := store.Conn().QueryRow(ctx, `SELECT flagged_pages FROM run_records FINAL WHERE doc_id = ? AND stage = 'ocr' AND outcome = 'completed'`, child).
		Scan(&flagged); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(flagged, []uint32{1}) {
		t.Errorf("the scanned attachment's ocr run flagged pages %v, want [1]", flagged)
	}
	if n := count(`SELECT count() FROM run_records FINAL WHERE length(flagged_pages) > 0`); n != 1 {
		t.Errorf("%d runs with flagged pages, want only the attachment's ocr run", n)
	}

	// A re-ingest of the e-mail skips its stages (and adds no child); the
	// child's own entry again (a replay) skips its stages and records its
	// parent again: the edge stays one.
	e.xadd(e.keys.Ingest(), "source", src, "meta.matter", "m-1138")
	e.xadd(e.keys.Ingest(), "source", src, "doc_id", child, "part", e.state(child)[cachelayer.FieldPart], "parent", parent,
		"meta.matter", "m-1138")
	e.waitFor("the re-ingests in ClickHouse", 60*time.Second, func() bool {
		return count(`SELECT count() FROM run_records FINAL WHERE outcome = 'skipped'`) == 12
	})
	if got := rows(partOf); len(got) != 1 || got[0][0] != child || got[0][1] != parent {
		t.Errorf("PART_OF edges after a re-ingest %v, want one from %s to %s", got, child, parent)
	}
	if got := rows(`SELECT doc_id, parent_id FROM run_records FINAL WHERE parent_id != ''`); len(got) != 2 ||
		got[0][0] != child || got[1][0] != child || got[0][1] != parent || got[1][1] != parent {
		t.Errorf("runs naming a parent %v, want the child's two ocr runs", got)
	}
}
