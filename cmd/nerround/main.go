// Command nerround checks one labeller's set of an unseen-document round
// (testdata/ner/LABELLING.md) before it joins testdata/ner: its texts, its
// SOURCES.md and its label files. Each text has one SOURCES.md line (name,
// address, kind, tab-separated) whose address no earlier round used, and
// one label file in the docpipe-entities/v1 format whose document, source
// and SHA-256 are the text's and whose every alias occurs in the text as
// whole words. It prints each problem and exits 1 when there is one.
//
// Usage: go run ./cmd/nerround -dir WORK -set set1280 [-docs 4]
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/docpipe/docpipe/internal/nereval"
)

func main() {
	dir := flag.String("dir", "", "the round's work directory: SET/ with the texts and SOURCES.md, labels/ with SET-*.json")
	set := flag.String("set", "", "the set's name (setNNNN)")
	docs := flag.Int("docs", 4, "how many documents the set must have")
	used := flag.String("used", filepath.Join("testdata", "ner"), "the labelled rounds whose SOURCES.md addresses are taken")
	flag.Parse()
	if *dir == "" || *set == "" {
		flag.Usage()
		os.Exit(2)
	}
	taken, err := usedAddresses(*used)
	if err != nil {
		fmt.Fprintln(os.Stderr, "nerround:", err)
		os.Exit(2)
	}
	problems, entities := check(*dir, *set, *docs, taken)
	for _, p := range problems {
		fmt.Println("ERROR", p)
	}
	fmt.Printf("%s: %d entities, %d problems\n", *set, entities, len(problems))
	if len(problems) > 0 {
		os.Exit(1)
	}
}

// usedAddresses returns the addresses of every SOURCES.md under root.
func usedAddresses(root string) (map[string]bool, error) {
	paths, err := filepath.Glob(filepath.Join(root, "*", "corpus", "*", "SOURCES.md"))
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, p := range paths {
		lines, err := sourceLines(p)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			if len(l) >= 2 {
				out[l[1]] = true
			}
		}
	}
	return out, nil
}

// sourceLines returns SOURCES.md's non-blank lines split at tabs.
func sourceLines(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			out = append(out, strings.Split(sc.Text(), "\t"))
		}
	}
	return out, sc.Err()
}

// check returns the set's problems and its count of entities.
func check(dir, set string, docs int, taken map[string]bool) ([]string, int) {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	texts, _ := filepath.Glob(filepath.Join(dir, set, "*.txt"))
	slices.Sort(texts)
	if len(texts) != docs {
		bad("%d texts in %s, want %d", len(texts), filepath.Join(dir, set), docs)
	}
	sources := map[string]bool{}
	lines, err := sourceLines(filepath.Join(dir, set, "SOURCES.md"))
	if err != nil {
		bad("SOURCES.md: %v", err)
	}
	for _, l := range lines {
		if len(l) != 3 || l[0] == "" || l[1] == "" || l[2] == "" {
			bad("SOURCES.md: line %q is not name, address and kind separated by tabs", strings.Join(l, "\t"))
			continue
		}
		sources[l[0]] = true
		if taken[l[1]] {
			bad("%s: address %s was used by an earlier round", l[0], l[1])
		}
	}
	entities := 0
	for _, p := range texts {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		if !strings.HasPrefix(name, set+"-") {
			bad("%s: the name does not start with %s-", name, set)
		}
		if !sources[name] {
			bad("%s: no SOURCES.md line", name)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			bad("%s: %v", name, err)
			continue
		}
		d, err := nereval.LoadFile(filepath.Join(dir, "labels", name+".json"))
		if err != nil {
			bad("%s: %v", name, err)
			continue
		}
		sum := sha256.Sum256(raw)
		if d.SHA256 != hex.EncodeToString(sum[:]) {
			bad("%s: sha256 is not the text's", name)
		}
		if want := set + "/" + name + ".txt"; d.Source != want {
			bad("%s: source %q, want %q", name, d.Source, want)
		}
		entities += len(d.Entities)
		for _, e := range d.Entities {
			for _, a := range e.Aliases {
				if !nereval.AliasInText(string(raw), a) {
					bad("%s: %s %q: alias %q is not in the text as whole words", name, e.Type, e.Name, a)
				}
			}
		}
	}
	return problems, entities
}
