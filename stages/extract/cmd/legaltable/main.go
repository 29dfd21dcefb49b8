// Command legaltable derives the extract stage's legal gazetteer from Free
// Law Project's courts-db and reporters-db (../shared/legal, BSD 2-Clause):
// court names and citation abbreviations, case-law reporter abbreviations
// and statute-code abbreviations, one per line, sorted. The raw files never
// ship; the table ships with their licence notices beside it.
// scripts/legal-table runs it.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

type court struct {
	Name           string `json:"name"`
	CitationString string `json:"citation_string"`
}

type reporter struct {
	Editions   map[string]json.RawMessage `json:"editions"`
	Variations map[string]string          `json:"variations"`
}

func main() {
	legal := flag.String("legal", "../shared/legal", "the courts-db / reporters-db directory")
	out := flag.String("out", "stages/extract/legal", "output directory")
	flag.Parse()
	if err := run(*legal, *out); err != nil {
		slog.Error("legal-table", "err", err)
		os.Exit(1)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func run(legal, out string) error {
	var courts []court
	if err := readJSON(filepath.Join(legal, "courts.json"), &courts); err != nil {
		return err
	}
	var reporters map[string][]reporter
	if err := readJSON(filepath.Join(legal, "reporters.json"), &reporters); err != nil {
		return err
	}
	var laws map[string]json.RawMessage
	if err := readJSON(filepath.Join(legal, "laws.json"), &laws); err != nil {
		return err
	}
	var rows []string
	add := func(kind, v string) {
		v = strings.Join(strings.Fields(v), " ")
		if v != "" && !strings.ContainsAny(v, "\t\n") {
			rows = append(rows, kind+"\t"+v)
		}
	}
	for _, c := range courts {
		add("court", c.Name)
		add("courtcite", c.CitationString)
	}
	for key, rs := range reporters {
		add("reporter", key)
		for _, r := range rs {
			for e := range r.Editions {
				add("reporter", e)
			}
			for v := range r.Variations {
				add("reporter", v)
			}
		}
	}
	for key := range laws {
		add("law", key)
	}
	slices.Sort(rows)
	rows = slices.Compact(rows)
	var b strings.Builder
	b.WriteString("# Derived from Free Law Project's courts-db and reporters-db (BSD 2-Clause; see\n" +
		"# LICENSE-courts-db and LICENSE-reporters-db beside this file). Regenerate with\n" +
		"# scripts/legal-table; do not edit by hand. kind<TAB>value, sorted.\n")
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(out, "legal.tsv"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	for _, l := range []string{"LICENSE-courts-db", "LICENSE-reporters-db"} {
		t, err := os.ReadFile(filepath.Join(legal, l))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, l), t, 0o644); err != nil {
			return err
		}
	}
	slog.Info("legal-table", "rows", len(rows), "out", out)
	return nil
}
