package nertrain_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
)

// TestShippedModelReproduces retrains from the shared corpora, the court
// labels and the rounds' labelled documents and requires the very bytes the stage embeds: the model in
// the repository is what scripts/train-ner makes from the data, nothing
// else. It fails after a change to the features, the patterns (their hits
// are features) or the data until scripts/train-ner is run again.
func TestShippedModelReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model (about a minute of CPU)")
	}
	var buf bytes.Buffer
	court := filepath.Join(testenv.RepoRoot(), "testdata", "ner", "court")
	rounds := filepath.Join(testenv.RepoRoot(), "testdata", "ner", "rounds")
	if _, err := nertrain.TrainShipped(testenv.SharedDir(t), court, rounds, &buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), extract.ShippedModel()) {
		t.Fatalf("retrained model (%d bytes) differs from the shipped one (%d bytes): run scripts/train-ner", buf.Len(), len(extract.ShippedModel()))
	}
}

// TestShippedGivenNamesReproduce derives the given-name table again from
// the shared corpora and the project's labels and requires the bytes the
// stage embeds: scripts/train-ner writes it, nothing else.
func TestShippedGivenNamesReproduce(t *testing.T) {
	root := testenv.RepoRoot()
	names, err := nertrain.ShippedGivenNames(testenv.SharedDir(t), filepath.Join(root, "testdata", "ner", "court"),
		filepath.Join(root, "testdata", "ner", "rounds", "labels"), filepath.Join(root, "testdata", "ner", "dev", "labels"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := nertrain.WriteGivenNames(&buf, names); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), extract.ShippedGivenNames()) {
		t.Fatalf("derived given names (%d, %d bytes) differ from the shipped table (%d bytes): run scripts/train-ner", len(names), buf.Len(), len(extract.ShippedGivenNames()))
	}
}
