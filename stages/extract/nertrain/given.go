package nertrain

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/docpipe/docpipe/internal/nereval"
)

// givenShape is a word a given-name table takes: a capital and lower-case
// letters ("Paul"; no initial, no name in capitals, no "O'Neil").
var givenShape = regexp.MustCompile(`^[A-Z][a-z]+$`)

// GivenNames returns, sorted, the words that open people's names of two
// words or more in the labelled material at least twice, at least as
// often as they end one, and more often than conll writes them in lower
// case: "Paul" and "Karen" are given names; "Murray" and "Jackson" (more
// often surnames), "Plunkett" (never a name's first word) and "The",
// "Sir" or "Hope" (words that open names but are words) are not. conll's
// people are its PER spans, labelled's the names of its PERSON entities.
func GivenNames(conll []Doc, labelled []nereval.Doc) []string {
	first, last, lower := map[string]int{}, map[string]int{}, map[string]int{}
	count := func(words []string) {
		if len(words) >= 2 {
			first[words[0]]++
			last[words[len(words)-1]]++
		}
	}
	for _, d := range conll {
		for _, s := range d.Sentences {
			for _, w := range s.Words {
				if w != "" && strings.ToLower(w) == w {
					lower[w]++
				}
			}
			var span []string
			for i, l := range s.Labels {
				if l == "I-PER" {
					span = append(span, s.Words[i])
					continue
				}
				count(span)
				span = nil
				if l == "B-PER" {
					span = []string{s.Words[i]}
				}
			}
			count(span)
		}
	}
	for _, d := range labelled {
		for _, e := range d.Entities {
			if e.Type == "PERSON" {
				count(strings.Fields(e.Name))
			}
		}
	}
	var out []string
	for w, n := range first {
		if n >= 2 && n >= last[w] && n > lower[strings.ToLower(w)] && givenShape.MatchString(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// ShippedGivenNames returns the given names the extract stage ships:
// those of the shared CoNLL corpora (FIN5 and ner/train) and of every
// label file under labelDirs (the court set, the rounds kept for training,
// the development rounds; never the held-out rounds, which measure the
// stage).
func ShippedGivenNames(shared string, labelDirs ...string) ([]string, error) {
	c, err := LoadShared(shared)
	if err != nil {
		return nil, err
	}
	var labelled []nereval.Doc
	for _, dir := range labelDirs {
		docs, err := nereval.LoadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("nertrain: %w", err)
		}
		labelled = append(labelled, docs...)
	}
	return GivenNames(append(append([]Doc(nil), c.FIN5...), c.General...), labelled), nil
}

// WriteGivenNames writes the table the stage embeds: a header that names
// its sources and their licence, then one name per line.
func WriteGivenNames(w io.Writer, names []string) error {
	b := bufio.NewWriter(w)
	fmt.Fprint(b, `# Given names: the words that open people's names in labelled text at
# least twice, at least as often as they end one and more often than the
# corpora write them in lower case. Derived by
# scripts/train-ner from FIN5 (Salinas Alvarado, Verspoor and Baldwin,
# 2015; CC BY 3.0), wikigold (Balasuriya et al., 2009), the Broad Twitter
# Corpus (Derczynski, Bontcheva and Roberts, 2016) and WNUT17 (Derczynski et
# al., 2017; the three CC BY 4.0), and from this project's labelled court,
# training-round and development documents (docs/quality.md cites them).
`)
	for _, n := range names {
		fmt.Fprintln(b, n)
	}
	return b.Flush()
}
