// Command trainner trains the extract stage's entity tagger on the shared
// CoNLL corpora and the project's labelled court and round documents and writes
// the model the stage embeds. scripts/train-ner runs it; the same data
// gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"log/slog"
	"os"

	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory (ner/, corpus/court/)")
	court := flag.String("court", "testdata/ner/court", "hand-labelled court documents (JSON); empty to leave them out")
	rounds := flag.String("rounds", "testdata/ner/rounds", "labelled documents of the unseen-document rounds kept for training (labels/, corpus/); empty to leave them out")
	out := flag.String("out", extract.ModelPath, "where to write the model")
	seed := flag.Uint64("seed", nertrain.Options.Seed, "the training order's seed (another seed measures how much a result owes to the draw; the shipped model uses the default)")
	flag.Parse()
	nertrain.Options.Seed = *seed
	if err := run(*shared, *court, *rounds, *out); err != nil {
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
