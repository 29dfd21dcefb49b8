package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSet writes a set of one document under dir: its text, its
// SOURCES.md line and its label file with the given aliases of one
// organisation; mutate changes the label document before it is written.
func writeSet(t *testing.T, dir, source string, aliases []string, mutate func(map[string]any)) {
	t.Helper()
	text := "ACME WIDGETS, INC. sued.\nByABC News staff.\n"
	if err := os.MkdirAll(filepath.Join(dir, "set9990"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "labels"), 0o755); err != nil {
		t.Fatal(err)
	}
	name := "set9990-acme"
	if err := os.WriteFile(filepath.Join(dir, "set9990", name+".txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "set9990", "SOURCES.md"), []byte(source), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	doc := map[string]any{
		"format": "docpipe-entities/v1", "document": name, "source": "set9990/" + name + ".txt",
		"sha256": hex.EncodeToString(sum[:]), "guideline": "docs/entity-guidelines.md",
		"entities": []map[string]any{{"type": "ORG", "name": "Acme Widgets, Inc.", "aliases": aliases}},
	}
	if mutate != nil {
		mutate(doc)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "labels", name+".json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheck: a complete set has no problems; each broken part is named.
func TestCheck(t *testing.T) {
	const good = "set9990-acme\thttps://example.org/acme\tnews article: Acme sued (2020)\n"
	for _, tc := range []struct {
		name    string
		source  string
		aliases []string
		mutate  func(map[string]any)
		taken   string
		want    string
	}{
		{"complete", good, []string{"ACME WIDGETS, INC."}, nil, "", ""},
		{"an alias glued to a word", good, []string{"ACME WIDGETS, INC.", "ABC News"}, nil, "", `alias "ABC News" is not in the text as whole words`},
		{"an address used before", good, []string{"ACME WIDGETS, INC."}, nil, "https://example.org/acme", "was used by an earlier round"},
		{"a SOURCES.md line without tabs", "set9990-acme https://example.org/acme news\n", []string{"ACME WIDGETS, INC."}, nil, "", "is not name, address and kind"},
		{"another text's hash", good, []string{"ACME WIDGETS, INC."}, func(d map[string]any) { d["sha256"] = strings.Repeat("0", 64) }, "", "sha256 is not the text's"},
		{"another source", good, []string{"ACME WIDGETS, INC."}, func(d map[string]any) { d["source"] = "set9990/other.txt" }, "", `source "set9990/other.txt"`},
		{"an unknown type", good, []string{"ACME WIDGETS, INC."}, func(d map[string]any) {
			d["entities"] = []map[string]any{{"type": "COMPANY", "name": "Acme", "aliases": []string{"ACME WIDGETS, INC."}}}
		}, "", "unknown type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeSet(t, dir, tc.source, tc.aliases, tc.mutate)
			taken := map[string]bool{}
			if tc.taken != "" {
				taken[tc.taken] = true
			}
			problems, _ := check(dir, "set9990", 1, taken)
			got := strings.Join(problems, "\n")
			if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("problems %q, want one with %q", got, tc.want)
			}
		})
	}
}

// TestUsedAddresses: the labelled rounds' addresses are all taken.
func TestUsedAddresses(t *testing.T) {
	taken, err := usedAddresses(filepath.Join("..", "..", "testdata", "ner"))
	if err != nil {
		t.Fatal(err)
	}
	if len(taken) < 1000 {
		t.Fatalf("%d addresses taken, want the rounds' thousands", len(taken))
	}
}
