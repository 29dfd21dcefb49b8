package runscan_test

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/docpipe/docpipe/internal/runscan"
)

// scanned are expressions of the shapes the extract stage cuts, each with
// needles every one of its matches contains.
var scanned = []struct {
	re      *regexp.Regexp
	needles []string
}{
	{regexp.MustCompile(`((?:[A-Z][A-Za-z.'’]*|of|the)(?: {1,2}(?:[A-Z][A-Za-z.'’]*|of|the)){0,5}) (?:v\.|vs\.) ((?:[A-Z][A-Za-z.'’]*)(?: [A-Z][A-Za-z.'’]*){0,5})`), []string{"v.", "vs."}},
	{regexp.MustCompile(`\b[A-Z][a-z]+,[ \t]+(?i:inc|co)\.`), []string{","}},
	{regexp.MustCompile(`(?i:plaintiffs?|respondents?)`), nil},
	{regexp.MustCompile(`\bNo\.[ \t]*\d+-\d+\B`), []string{"No."}},
	{regexp.MustCompile(`\p{Lu}[\p{L}’]+ v\. \p{Lu}[\p{L}]+`), []string{" v. "}},
}

// TestSameMatches: the runs' search finds what the whole text's search
// finds, at the same offsets, on texts that cut a match's context at every
// kind of edge (a parenthesis, a word character outside the alphabet, text
// outside ASCII, invalid UTF-8, case folding's long s and Kelvin sign).
func TestSameMatches(t *testing.T) {
	texts := []string{
		"",
		"See Smith v. Jones (1999); Acme Co. vs. Beta Corp. and (Doe v. Roe).",
		"In United States of America v. The Estate of Kelly, the court held",
		"x_Smith v. Jones_y and Smith v.Jones and Smith  v. Jones",
		"PLAINTIFFS, RESPONDENTſ and reſpondent; Plaintiff\u212a",
		"Widget, Inc. and Gadget, co. and _Gadget, Co. and 9Gadget, Co. and Über, Inc.",
		"No. 12-345 and No.12-345x and (No. 1-2) and No. 99-1_",
		"Müller v. Straße and Ñandú v. Œuvre and \xffMüller v. Straße",
		"Smith v. Jones\nDoe v. Roe\n\nA v. B",
	}
	for _, sc := range scanned {
		s := runscan.New(sc.re, sc.needles...)
		for _, text := range texts {
			want := sc.re.FindAllStringSubmatchIndex(text, -1)
			if got := s.FindAllStringSubmatchIndex(text); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q:\n got %v\nwant %v", sc.re, text, got, want)
			}
		}
	}
}

// TestRefused: an expression whose matches a run's edge could change, or
// that has no alphabet, is refused when the program starts.
func TestRefused(t *testing.T) {
	for _, src := range []string{`^Smith`, `Smith$`, `(?m)^Smith`, `\ASmith`, `Smith.*Jones`, `a*`, `(?:x|)`, `\b`} {
		t.Run(src, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("%s accepted", src)
				}
			}()
			runscan.New(regexp.MustCompile(src))
		})
	}
}

// FuzzSameMatches: on any text, the runs' search and the whole text's
// search agree for every scanned expression.
func FuzzSameMatches(f *testing.F) {
	for _, seed := range []string{
		"See Smith v. Jones (1999); Acme Co. vs. Beta Corp.",
		"Widget, Inc. and Gadget, co. No. 12-345",
		"Müller v. Straße; reſpondent",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, sc := range scanned {
			want := sc.re.FindAllStringSubmatchIndex(text, -1)
			if got := runscan.New(sc.re, sc.needles...).FindAllStringSubmatchIndex(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q:\n got %v\nwant %v", sc.re, text, got, want)
			}
		}
	})
}
