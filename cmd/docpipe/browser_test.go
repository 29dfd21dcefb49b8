package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// TestMonitorInBrowser drives the monitor's web UI, served by `docpipe run
// --monitor --allow-actions`, in headless Chromium: after sample documents
// went through, the overview shows the six stages, a document's trace shows
// its six stages with timings, and a poisoned document (its source missing)
// appears under dead letters; once its source exists, a replay from the
// page sends it back and it completes. Each page is saved as a screenshot
// in the test's artifact directory (go test -artifacts -outputdir DIR keeps
// them).
func TestMonitorInBrowser(t *testing.T) {
	e := newE2E(t)
	inbox := testenv.TempDir(t)
	e.setEnv("DOCPIPE_SOURCE_ROOTS", e.corpus+":"+inbox)
	if _, err := e.docpipe("migrate"); err != nil {
		t.Fatal(err)
	}
	addr := startRun(t, e, "--monitor", "--allow-actions")
	base := "http://" + addr
	ctx := context.Background()

	samples := []string{filepath.Join(e.corpus, "court", "ca4_17.pdf"), filepath.Join(e.corpus, "court", "vector-pdf.pdf")}
	poison := filepath.Join(inbox, "late-arrival.txt") // not written yet: the ocr stage dead-letters it
	var ins []events.Ingest
	for _, s := range samples {
		ins = append(ins, events.Ingest{Source: s, Meta: map[string]string{"customer": "acme"}})
	}
	ins = append(ins, events.Ingest{Source: poison, Meta: map[string]string{"customer": "globex"}})
	if _, err := consumers.Ingest(ctx, e.redis, e.keys, ins...); err != nil {
		t.Fatal(err)
	}
	doc, poisonDoc := events.DocIDFor(samples[0]), events.DocIDFor(poison)
	for _, s := range samples {
		waitCompleted(t, e, events.DocIDFor(s), 4*time.Minute)
	}
	e.waitRows("committed runs of the traced document", fmt.Sprintf("SELECT count() FROM run_records FINAL WHERE doc_id = '%s' AND outcome = 'completed'", doc), 6)

	b := testenv.Chromium(t)
	shots := t.ArtifactDir()
	// bounded runs one browser step with a timeout, so that a missing
	// element fails the test instead of waiting for it forever.
	bounded := func() (context.Context, context.CancelFunc) { return context.WithTimeout(b, 30*time.Second) }
	shot := func(name string) {
		t.Helper()
		bctx, cancel := bounded()
		defer cancel()
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	open := func(path string) {
		t.Helper()
		bctx, cancel := bounded()
		defer cancel()
		if err := chromedp.Do(bctx, chromedp.Navigate(base+path)); err != nil {
			t.Fatalf("open %s: %v", path, err)
		}
	}
	// waitJS evaluates expr until it returns true.
	waitJS := func(what, expr string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			bctx, cancel := bounded()
			ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](expr))
			cancel()
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				bctx, cancel := bounded()
				html, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.body.innerText`))
				cancel()
				t.Fatalf("%s: %s stayed false (err %v); page:\n%s", what, expr, err, tail(html, 4000))
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	strs := func(expr string) []string {
		t.Helper()
		bctx, cancel := bounded()
		defer cancel()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}

	// Overview: the six stages (and the sink), with live consumers.
	open("/")
	waitJS("overview", `document.querySelectorAll('#stages tr.stage').length === 7`)
	if got := strs(`[...document.querySelectorAll('#stages tr.stage')].map(r => r.dataset.stage)`); !slices.Equal(got[:6], events.Stages) {
		t.Errorf("overview stages %v, want %v", got, events.Stages)
	}
	waitJS("overview consumers", `[...document.querySelectorAll('#stages tr.stage')].slice(0, 6).every(r => r.cells[4].textContent === '1')`)
	shot("overview")

	// Trace: six stages, each with its compute time and a waterfall bar.
	open("/trace/" + doc)
	waitJS("trace", `new Set([...document.querySelectorAll('tr.run[data-outcome=completed]')].map(r => r.dataset.stage)).size === 6`)
	rows := strs(`[...document.querySelectorAll('tr.run[data-outcome=completed]')].map(r => r.dataset.stage + '=' + r.querySelector('td.compute').textContent + '|' + r.querySelector('.bar .c').style.width)`)
	seen := map[string]bool{}
	for _, r := range rows {
		stage, timing, _ := strings.Cut(r, "=")
		compute, width, _ := strings.Cut(timing, "|")
		if compute == "" || compute == "0" || width == "" {
			t.Errorf("trace row %s: compute %q, bar width %q", stage, compute, width)
		}
		seen[stage] = true
	}
	for _, s := range events.Stages {
		if !seen[s] {
			t.Errorf("trace has no committed run of %s: %v", s, rows)
		}
	}
	shot("trace")

	// Dead letters: the poisoned document is listed; with its source
	// written, a replay from the page sends it back and it completes.
	open("/dlq")
	sel := fmt.Sprintf(`tr.dead[data-doc="%s"]`, poisonDoc)
	waitJS("dead letter listed", fmt.Sprintf(`document.querySelector('%s') !== null`, sel))
	shot("dlq")
	if err := os.WriteFile(poison, []byte("The late arrival, filed by Acme Corporation in Boston on 3 March 2024."), 0o644); err != nil {
		t.Fatal(err)
	}
	bctx, cancel := bounded()
	defer cancel()
	if err := chromedp.Do(bctx,
		chromedp.Evaluate[chromedp.Void](`window.confirm = () => true; undefined`),
		chromedp.Click(chromedp.CSS(sel+` input[type=checkbox]`)),
		chromedp.Click(chromedp.CSS(`#replay`)),
	); err != nil {
		t.Fatalf("replay: %v", err)
	}
	waitJS("dead letter gone after the replay", fmt.Sprintf(`document.querySelector('%s') === null && document.querySelector('#dlq') !== null`, sel))
	waitCompleted(t, e, poisonDoc, 2*time.Minute)
	if n, err := e.redis.Do(ctx, e.redis.B().Xlen().Key(e.keys.DLQ()).Build()).AsInt64(); err != nil || n != 0 {
		t.Errorf("dlq length %d after the replay (%v), want 0", n, err)
	}
	shot("dlq-replayed")

	// The other pages render (screenshots for docs/operations.md); a
	// re-ingest first gives the cache page hits.
	if _, err := consumers.Ingest(ctx, e.redis, e.keys, events.Ingest{Source: samples[0], Meta: map[string]string{"customer": "acme"}}); err != nil {
		t.Fatal(err)
	}
	e.waitRows("skipped runs of the re-ingest", fmt.Sprintf("SELECT count() FROM run_records FINAL WHERE doc_id = '%s' AND outcome = 'skipped'", doc), 6)
	for _, p := range []struct{ path, ready string }{
		{"/cache", `document.querySelectorAll('tr[data-stage]').length >= 12`},
		{"/versions", `document.querySelectorAll('#content table tbody tr').length >= 6`},
		{"/tenants", `document.body.innerText.includes('acme')`},
		{"/documents", `document.querySelectorAll('a.doc').length >= 3`},
	} {
		open(p.path)
		waitJS(p.path, p.ready)
		shot(strings.TrimPrefix(p.path, "/"))
	}
}
