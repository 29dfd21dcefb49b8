package nertrain_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
)

// TestHeldOutIsNotTrainingData keeps testdata/ner/heldout a measure: its
// documents load as the rounds' do, share no name and no text with the
// training documents (the rounds and the court set), and every alias of
// their labels is in their text as whole words, so that a typo cannot pass for a
// miss of the stage.
func TestHeldOutIsNotTrainingData(t *testing.T) {
	root := filepath.Join(testenv.RepoRoot(), "testdata", "ner")
	held, err := nertrain.LoadRounds(filepath.Join(root, "heldout"))
	if err != nil {
		t.Fatal(err)
	}
	if len(held) < 32 {
		t.Fatalf("%d held-out documents, want at least 32", len(held))
	}
	train, err := nertrain.LoadRounds(filepath.Join(root, "rounds"))
	if err != nil {
		t.Fatal(err)
	}
	court, err := nereval.LoadDir(filepath.Join(root, "court"))
	if err != nil {
		t.Fatal(err)
	}
	names, texts := map[string]bool{}, map[string]string{}
	for _, d := range train {
		names[d.Name] = true
		texts[strings.Join(strings.Fields(d.Text), " ")] = d.Name
	}
	for _, c := range court {
		names[c.Document] = true
	}
	for _, d := range held {
		if names[d.Name] {
			t.Errorf("held-out document %s is also training data", d.Name)
		}
		if other, ok := texts[strings.Join(strings.Fields(d.Text), " ")]; ok {
			t.Errorf("held-out document %s has the text of training document %s", d.Name, other)
		}
	}
	labels, err := nereval.LoadDir(filepath.Join(root, "heldout", "labels"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(root, "heldout", "corpus", l.Source))
		if err != nil {
			t.Fatal(err)
		}
		text := " " + strings.Join(strings.Fields(string(raw)), " ") + " "
		for _, e := range l.Entities {
			for _, a := range e.Aliases {
				if !wholeWords(text, strings.Join(strings.Fields(a), " ")) {
					t.Errorf("%s: %s %q: alias %q is not in the text as whole words", l.Document, e.Type, e.Name, a)
				}
			}
		}
	}
}

// wholeWords reports whether s occurs in text with no letter or digit
// right before or after it.
func wholeWords(text, s string) bool {
	for i := 0; s != ""; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(s):])
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			return true
		}
		i = j + 1
	}
	return false
}
