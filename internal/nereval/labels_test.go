package nereval_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/internal/testenv"
)

func courtLabels(t *testing.T) []nereval.Doc {
	t.Helper()
	docs, err := nereval.LoadDir(filepath.Join(testenv.RepoRoot(), "testdata", "ner", "court"))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestCourtLabelsGrounded checks the hand labels against the documents
// they label: the source file is the one labelled (same SHA-256), and
// every alias occurs as a whole word sequence in its pdftotext -layout
// text, in that text after the pipeline's text stage (which joins a
// citation that a page break splits, and drops running headers), or in
// the text of the pipeline's ocr stage (the only text of a scan). A typo in an alias, or a form that layout text splits across
// columns, fails here instead of silently costing recall.
func TestCourtLabelsGrounded(t *testing.T) {
	docs := courtLabels(t)
	if len(docs) < 6 {
		t.Errorf("%d labelled court documents, want at least 6", len(docs))
	}
	for _, d := range docs {
		t.Run(d.Document, func(t *testing.T) {
			raw, err := os.ReadFile(testenv.Corpus(t, d.Source))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(raw)
			if got := hex.EncodeToString(sum[:]); got != d.SHA256 {
				t.Errorf("source %s has sha256 %s, labels were made on %s", d.Source, got, d.SHA256)
			}
			// A text-layer PDF: its pdftotext -layout text, raw and
			// cleaned. A scan or a DOCX (text_source "ocr") has only the
			// ocr stage's text.
			var texts []string
			if d.TextSource == "" {
				clean, err := nereval.CleanPDF(context.Background(), testenv.Corpus(t, d.Source))
				if err != nil {
					t.Fatal(err)
				}
				texts = append(texts, testenv.CorpusText(t, d.Source), clean.Text)
			}
			if len(d.Entities) == 0 {
				t.Fatal("no entities")
			}
			// The pipeline's own reading (the ocr stage: reading order,
			// Tesseract for a scan), only when needed: it is slow on scans.
			var stageText *string
			inStage := func(one nereval.Doc) bool {
				if stageText == nil {
					doc, err := nereval.DocumentText(context.Background(), testenv.Corpus(t, d.Source), nereval.TextPipeline, d)
					if err != nil {
						t.Fatal(err)
					}
					stageText = &doc.Text
				}
				return len(nereval.Mentions(*stageText, one)) > 0
			}
			seen := map[string]int{}
			for i, e := range d.Entities {
				key := e.Type + "\x00" + nereval.Normalize(e.Type, e.Name)
				if j, dup := seen[key]; dup {
					t.Errorf("entities %d and %d are both %s %q", j, i, e.Type, e.Name)
				}
				seen[key] = i
				for _, a := range e.Aliases {
					one := nereval.Doc{Entities: []nereval.Entity{{Type: e.Type, Name: e.Name, Aliases: []string{a}}}}
					found := false
					for _, text := range texts {
						found = found || len(nereval.Mentions(text, one)) > 0
					}
					if !found && !inStage(one) {
						t.Errorf("%s %q: alias %q does not occur in the text", e.Type, e.Name, a)
					}
				}
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	valid := `{"format":"docpipe-entities/v1","document":"x","source":"court/x.pdf","entities":[{"type":"ORG","name":"Acme Inc.","aliases":["Acme"]}]}`
	if _, err := nereval.Decode(strings.NewReader(valid)); err != nil {
		t.Fatalf("valid document refused: %v", err)
	}
	cases := []struct {
		name, doc string
	}{
		{"unknown format", strings.Replace(valid, "v1", "v0", 1)},
		{"unknown type", strings.Replace(valid, `"ORG"`, `"MISC"`, 1)},
		{"no aliases", strings.Replace(valid, `["Acme"]`, `[]`, 1)},
		{"empty alias", strings.Replace(valid, `["Acme"]`, `["Acme"," "]`, 1)},
		{"punctuation only alias", strings.Replace(valid, `["Acme"]`, `["Acme","--"]`, 1)},
		{"unknown field", strings.Replace(valid, `"source"`, `"sorce"`, 1)},
		{"unknown role", strings.Replace(valid, `"name"`, `"role":"boss","name"`, 1)},
		{"bad sha256", strings.Replace(valid, `"source"`, `"sha256":"XYZ","source"`, 1)},
		{"no document", strings.Replace(valid, `"document":"x"`, `"document":""`, 1)},
		{"trailing data", valid + `{}`},
		{"not json", `entities: []`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := nereval.Decode(strings.NewReader(c.doc))
			if !errors.Is(err, nereval.ErrInvalid) {
				t.Fatalf("Decode = %v, want an error wrapping ErrInvalid", err)
			}
		})
	}
}

func TestLoadDirRejectsEmptyDir(t *testing.T) {
	if _, err := nereval.LoadDir(t.TempDir()); err == nil {
		t.Fatal("LoadDir of an empty directory: no error")
	}
}

// FuzzDecode: the loader never panics, and whatever it accepts is valid
// and survives a re-encode unchanged.
func FuzzDecode(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(testenv.RepoRoot(), "testdata", "ner", "court", "*.json"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"format":"docpipe-entities/v1","document":"x","entities":[{"type":"CASE","name":"No. 1","aliases":["1"]}]}`))
	f.Add([]byte(`{"format":"docpipe-entities/v1","document":"x","entities":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := nereval.Decode(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, nereval.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("accepted document fails Validate: %v", err)
		}
		for _, e := range d.Entities {
			if len(e.Aliases) == 0 {
				t.Fatalf("accepted entity %q without aliases", e.Name)
			}
		}
	})
}

// TestAliasInText: an alias is in the text as whole words, runs of
// whitespace equal; one glued to a letter or a digit is not.
func TestAliasInText(t *testing.T) {
	text := "ByABC News\nfiled by ABC\n  News on (7 th Cir.1980) and CBS."
	for _, tc := range []struct {
		alias string
		want  bool
	}{
		{"ABC News", true}, {"ABC\nNews", true}, {"CBS", true}, {"7 th Cir.", false}, {"7 th Cir", true}, {"BC News", false}, {"Cir.1980", true}, {"NBC", false},
	} {
		if got := nereval.AliasInText(text, tc.alias); got != tc.want {
			t.Errorf("AliasInText(%q) = %v, want %v", tc.alias, got, tc.want)
		}
	}
}
