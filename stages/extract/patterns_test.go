package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestLocationMatches: the anchored scan finds exactly what the
// unanchored alternation finds (the tagger's features depend on it): whole
// words only, the longest location first, in both cases, on crafted text
// and on the repository's samples.
func TestLocationMatches(t *testing.T) {
	alts := make([]string, 0, 2*len(locations))
	for _, l := range locations {
		alts = append(alts, regexp.QuoteMeta(l), regexp.QuoteMeta(strings.ToUpper(l)))
	}
	sortByLenDesc(alts)
	unanchored := regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
	texts := []string{
		"West Virginia, Virginia and NEW YORK; New Yorker, Texasville, _Texas, 9Texas, Texas9 and Texas_; St. Louis; KANSAS CITY; Kansas City.",
		"New Mexico New York New Zealand NewYork Ohio-Iowa (Utah) [Maine] \"Georgia\" Georgian Washington, D.C., District of Columbia",
		"Mexico", "", "T", "Te",
	}
	samples, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "samples", "*"))
	for _, f := range samples {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw))
		}
	}
	for _, text := range texts {
		want := unanchored.FindAllStringIndex(text, -1)
		if got := locationMatches(text); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%.40q: got %v, want %v", text, got, want)
		}
	}
}

// TestOrgSegmentCommaHeads: a comma continues an organisation's name
// before a legal form, not before a body's head that opens a name of its
// own; a government's department after the government stays one name, as
// captions write it.
func TestOrgSegmentCommaHeads(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a legal form", "sued Acme Widgets, Inc. today", "Acme Widgets, Inc."},
		{"an agency and its department", "AGENCY: Internal Revenue Service, Department of the Treasury.", "Department of the Treasury"},
		{"a board and its department", "the Structural Pest Control Board, Department of Consumer Affairs, said", "Structural Pest Control Board|Department of Consumer Affairs"},
		{"a territory's department", "the Government of the Virgin Islands, Department of Justice, moved", "Government of the Virgin Islands, Department of Justice"},
		{"a state's department", "the State of New Mexico, Department of Health, said", "State of New Mexico, Department of Health"},
		{"a commonwealth's department and bureau", "the Commonwealth of Pennsylvania, Department of Transportation, Bureau of Driver Licensing, said",
			"Commonwealth of Pennsylvania, Department of Transportation, Bureau of Driver Licensing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var orgs []cand
			for _, c := range patternMentions(tc.text) {
				if c.typ == TypeOrg {
					orgs = append(orgs, c)
				}
			}
			if got := candTexts(tc.text, orgs); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
