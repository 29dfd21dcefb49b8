// Command trainner trains the extract stage's entity tagger on the shared
// CoNLL corpora and the project's labelled court and round documents and writes
// the model the stage embeds, and the given-name table it embeds too.
// scripts/train-ner runs it; the same data gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory (ner/, corpus/court/)")
	court := flag.String("court", "testdata/ner/court", "hand-labelled court documents (JSON); empty to leave them out")
	rounds := flag.String("rounds", "testdata/ner/rounds", "labelled documents of the unseen-document rounds kept for training (labels/, corpus/); empty to leave them out")
	out := flag.String("out", extract.ModelPath, "where to write the model")
	given := flag.String("given", extract.GivenNamesPath, "where to write the given-name table")
	dev := flag.String("dev", "testdata/ner/dev/labels", "the development rounds' labels, which the given-name table reads too; empty to leave them out")
	seed := flag.Uint64("seed", nertrain.Options.Seed, "the training order's seed (another seed measures how much a result owes to the draw; the shipped model uses the default)")
	flag.Parse()
	nertrain.Options.Seed = *seed
	if err := run(*shared, *court, *rounds, *out); err != nil {
		slog.Error("train-ner", "err", err)
		os.Exit(1)
	}
	if err := writeGiven(*shared, *given, *court, *rounds, *dev); err != nil {
		slog.Error("train-ner", "err", err)
		os.Exit(1)
	}
}

func run(shared, court, rounds, out string) error {
	var buf bytes.Buffer
	st, err := nertrain.TrainShipped(shared, court, rounds, &buf)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	slog.Info("train-ner", "out", out, "bytes", buf.Len(), "features", st.Features,
		"examples", st.Examples, "court_docs", st.CourtDocs, "round_docs", st.RoundDocs)
	return nil
}

// writeGiven writes the given-name table from the shared corpora and the
// label directories that are set (the rounds' labels are under labels/).
func writeGiven(shared, out, court, rounds, dev string) error {
	var dirs []string
	for _, d := range []string{court, rounds, dev} {
		if d == rounds && d != "" {
			d = filepath.Join(d, "labels")
		}
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	names, err := nertrain.ShippedGivenNames(shared, dirs...)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := nertrain.WriteGivenNames(&buf, names); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	slog.Info("train-ner", "out", out, "given_names", len(names))
	return nil
}
