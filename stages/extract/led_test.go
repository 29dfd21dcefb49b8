package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestLedPatternsMatchAsUnanchored: the patterns led by a month, a day, a
// circuit's ordinal or a rule, run anchored where their finders say they
// may start, give the
// matches the unanchored expressions give, on every labelled round's text
// and on dates at a text's edges, in capitals and abbreviated.
func TestLedPatternsMatchAsUnanchored(t *testing.T) {
	if len(ledPatterns) != 7 {
		t.Fatalf("%d led patterns, want 7 (the dates that open with a month or a day, the circuits and the rules)", len(ledPatterns))
	}
	texts := []string{
		"March 3, 2017", "Filed: JANUARY 5, 2020.\nSept. 30, 2019 and Dec.\n12, 2018; retroactive to January 27; May 2019; Maybe 2019; XJanuary 5, 2020; December, 2020",
		"the 27th day of January, 1999; 13 June 2013; x13 June 2013; 2 JUNE\n2013",
		"5th Circuit Rule 47.5; 3d Cir. R. 28; Tenth Circuit; the D.C. Circuit Rules; xRule 12; L.A.R. Misc. 1; Rule 206(4)-8",
	}
	files, err := filepath.Glob("../../testdata/ner/rounds/corpus/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no round texts: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, p := range simplePatterns {
		l, ok := ledPatterns[p.re]
		if !ok {
			continue
		}
		for i, txt := range texts {
			want := p.re.FindAllStringSubmatchIndex(txt, -1)
			got := anchoredAt(txt, l.starts(txt), l.re)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("text %d, %s: anchored %v, unanchored %v", i, p.re, got, want)
			}
		}
	}
}

// BenchmarkLedPatterns: the led patterns over the labelled rounds' texts,
// anchored where their finders say they may start (as patternMentions runs
// them) against the unanchored expressions.
func BenchmarkLedPatterns(b *testing.B) {
	files, err := filepath.Glob("../../testdata/ner/rounds/corpus/*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no round texts: %v", err)
	}
	var texts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	b.Run("anchored", func(b *testing.B) {
		for range b.N {
			for _, t := range texts {
				for _, l := range ledPatterns {
					anchoredAt(t, l.starts(t), l.re)
				}
			}
		}
	})
	b.Run("unanchored", func(b *testing.B) {
		for range b.N {
			for _, t := range texts {
				for re := range ledPatterns {
					re.FindAllStringSubmatchIndex(t, -1)
				}
			}
		}
	})
}
