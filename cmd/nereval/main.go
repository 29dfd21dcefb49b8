// Command nereval scores entity extraction against our labels: the
// hand-labelled court documents (testdata/ner/court, entity level, one node
// per entity) and FIN5's SEC loan agreements (entity-level gold derived from
// its CoNLL token labels at run time), each document held out in turn.
//
//	go run ./cmd/nereval                     # Markdown tables on stdout
//	go run ./cmd/nereval -errors             # and every false positive and miss
//	go run ./cmd/nereval -system pipeline    # the system to score (default)
//
// A system is a nereval.Trainer: it is given the other documents' labels
// and returns what extracts entities from the held-out one. "pipeline" is
// today's extract and resolve stages, which learn nothing; a trained tagger
// registers itself in systems below and is scored the same way.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/docpipe/docpipe/internal/nereval"
)

// systems are the scorable systems by name.
var systems = map[string]func() nereval.Trainer{
	"pipeline": func() nereval.Trainer { return nereval.Untrained(nereval.DefaultPipeline()) },
}

func main() {
	shared := os.Getenv("DOCPIPE_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "shared")
	}
	sharedDir := flag.String("shared", shared, "shared data directory (corpus/, ner/); default $DOCPIPE_SHARED or ../shared")
	labels := flag.String("labels", filepath.Join("testdata", "ner", "court"), "directory of court label files")
	fin5 := flag.String("fin5", "", "FIN5 CoNLL file (default <shared>/ner/FIN5.conll); \"none\" skips it")
	system := flag.String("system", "pipeline", "system to score: "+strings.Join(names(), ", "))
	errs := flag.Bool("errors", false, "list each document's false positives and missed entities")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), os.Stdout, config{
		shared: *sharedDir, labels: *labels, fin5: *fin5, system: *system, errors: *errs,
	}); err != nil {
		log.Error("nereval failed", "err", err)
		os.Exit(1)
	}
}

type config struct {
	shared, labels, fin5, system string
	errors                       bool
}

func names() []string {
	var n []string
	for k := range systems {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

func run(ctx context.Context, w io.Writer, c config) error {
	mk, ok := systems[c.system]
	if !ok {
		return fmt.Errorf("unknown system %q (have %s)", c.system, strings.Join(names(), ", "))
	}
	trainer := mk()
	court, err := nereval.CourtDocs(ctx, c.labels, filepath.Join(c.shared, "corpus"))
	if err != nil {
		return err
	}
	start := time.Now()
	rep, err := nereval.LeaveOneOut(ctx, court, nil, trainer)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "### Court documents, system %q (%d documents, leave one out, %s)\n\n", c.system, len(court), time.Since(start).Round(time.Millisecond))
	rep.WriteMarkdown(w)
	if c.errors {
		fmt.Fprintln(w)
		rep.WriteErrors(w)
	}
	if c.fin5 == "none" {
		return nil
	}
	if c.fin5 == "" {
		c.fin5 = filepath.Join(c.shared, "ner", "FIN5.conll")
	}
	for _, roles := range []bool{true, false} {
		docs, err := nereval.CoNLLDocs(c.fin5, roles)
		if err != nil {
			return err
		}
		start := time.Now()
		rep, err := nereval.LeaveOneOut(ctx, docs, nil, trainer)
		if err != nil {
			return err
		}
		with := "with"
		if !roles {
			with = "without"
		}
		fmt.Fprintf(w, "\n### FIN5, %s role words, system %q (%d documents, leave one out, %s)\n\n", with, c.system, len(docs), time.Since(start).Round(time.Millisecond))
		rep.WriteMarkdown(w)
		if c.errors {
			fmt.Fprintln(w)
			rep.WriteErrors(w)
		}
	}
	return nil
}
