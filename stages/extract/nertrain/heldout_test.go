package nertrain_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
)

// TestHeldOutIsNotTrainingData keeps testdata/ner/heldout a measure, and
// testdata/ner/dev a set the rules can be read from without retraining:
// their documents load as the rounds' do, share no name and no text with
// the training documents (the rounds and the court set) nor with each
// other, and every alias of their labels is in their text as whole words,
// so that a typo cannot pass for a miss of the stage.
func TestHeldOutIsNotTrainingData(t *testing.T) {
	root := filepath.Join(testenv.RepoRoot(), "testdata", "ner")
	train, err := nertrain.LoadRounds(filepath.Join(root, "rounds"))
	if err != nil {
		t.Fatal(err)
	}
	court, err := nereval.LoadDir(filepath.Join(root, "court"))
	if err != nil {
		t.Fatal(err)
	}
	names, texts := map[string]string{}, map[string]string{}
	for _, d := range train {
		names[d.Name] = "training"
		texts[strings.Join(strings.Fields(d.Text), " ")] = d.Name
	}
	for _, c := range court {
		names[c.Document] = "training"
	}
	for _, set := range []struct {
		dir   string
		least int
	}{{"heldout", 32}, {"dev", 32}} {
		docs, err := nertrain.LoadRounds(filepath.Join(root, set.dir))
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) < set.least {
			t.Fatalf("%d %s documents, want at least %d", len(docs), set.dir, set.least)
		}
		for _, d := range docs {
			if other, ok := names[d.Name]; ok {
				t.Errorf("%s document %s is also %s data", set.dir, d.Name, other)
			}
			if other, ok := texts[strings.Join(strings.Fields(d.Text), " ")]; ok {
				t.Errorf("%s document %s has the text of document %s", set.dir, d.Name, other)
			}
		}
		for _, d := range docs {
			names[d.Name] = set.dir
			texts[strings.Join(strings.Fields(d.Text), " ")] = d.Name
		}
		labels, err := nereval.LoadDir(filepath.Join(root, set.dir, "labels"))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range labels {
			raw, err := os.ReadFile(filepath.Join(root, set.dir, "corpus", l.Source))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range l.Entities {
				for _, a := range e.Aliases {
					if !nereval.AliasInText(string(raw), a) {
						t.Errorf("%s: %s %q: alias %q is not in the text as whole words", l.Document, e.Type, e.Name, a)
					}
				}
			}
		}
	}
}
