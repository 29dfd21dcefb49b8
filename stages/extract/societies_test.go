package extract

import (
	"strings"
	"testing"
)

// TestGreekSocieties: a fraternity's or a chapter's name of Greek letters
// is one organisation, a caption's party too; a single letter's name, a
// longer name on the same line and a cited case's party are left alone.
func TestGreekSocieties(t *testing.T) {
	text := "ESTATE OF SMITH v. DELTA TAU DELTA, Appellee, BETA PSI\nCHAPTER OF DELTA TAU DELTA, Appellee.\n" +
		"Delta Tau Delta's local Beta Psi Chapter met. Kappa Alpha Psi Fraternity, Inc. (Kappa) and Pi Kappa Phi Fraternity, Inc.\n" +
		"Delta Tau Delta\nCOURT OF APPEALS OF INDIANA. Delta Air Lines flew. See Doe v. Sigma Chi, 1 F.3d 2. Phi Beta Kappa honoured her."
	cs := []cand{
		{typ: TypePerson, start: nth(text, "DELTA TAU DELTA", 0), end: nth(text, "DELTA TAU DELTA", 0) + len("DELTA TAU DELTA"), source: SourcePattern, party: true},
		{typ: TypePerson, start: nth(text, "BETA PSI", 0), end: nth(text, "BETA PSI", 0) + len("BETA PSI"), source: SourceModel},
		{typ: TypePerson, start: nth(text, "DELTA TAU DELTA", 1), end: nth(text, "DELTA TAU DELTA", 1) + len("DELTA TAU DELTA"), source: SourceModel},
		{typ: TypePerson, start: nth(text, "Delta Tau Delta", 0), end: nth(text, "Delta Tau Delta", 0) + len("Delta Tau Delta"), source: SourceModel},
		{typ: TypeOrg, start: nth(text, "Kappa Alpha Psi", 0), end: nth(text, "(Kappa)", 0) + len("(Kappa)"), source: SourceModel},
		{typ: TypeOrg, start: nth(text, "Delta Tau Delta\nCOURT", 0), end: nth(text, "INDIANA", 0) + len("INDIANA"), source: SourceModel},
		{typ: TypeOrg, start: nth(text, "Delta Air Lines", 0), end: nth(text, "Delta Air Lines", 0) + len("Delta Air Lines"), source: SourcePattern},
		{typ: TypeCase, start: nth(text, "Doe v. Sigma Chi", 0), end: nth(text, "Doe v. Sigma Chi", 0) + len("Doe v. Sigma Chi"), source: SourcePattern},
	}
	got := greekSocieties(text, cs)
	want := map[string]string{
		"DELTA TAU DELTA":                          "ORG",
		"BETA PSI\nCHAPTER OF DELTA TAU DELTA":     "ORG",
		"Delta Tau Delta":                          "ORG",
		"Beta Psi Chapter":                         "ORG",
		"Kappa Alpha Psi Fraternity, Inc. (Kappa)": "ORG",
		"Pi Kappa Phi Fraternity, Inc.":            "ORG",
		"Delta Air Lines":                          "ORG",
		"Doe v. Sigma Chi":                         "CASE",
		"Phi Beta Kappa":                           "ORG",
	}
	seen := map[string]int{}
	for _, c := range got {
		name := text[c.start:c.end]
		seen[name]++
		if typ, ok := want[name]; !ok || typ != c.typ {
			t.Errorf("got %s %q", c.typ, name)
		}
	}
	for name := range want {
		if seen[name] == 0 {
			t.Errorf("missing %q", name)
		}
	}
	if seen["Delta Tau Delta"] != 2 || seen["DELTA TAU DELTA"] != 1 {
		t.Errorf("society names: %v", seen)
	}
}

// nth returns the byte offset of the n-th (from 0) occurrence of s in text.
func nth(text, s string, n int) int {
	off := 0
	for ; n > 0; n-- {
		off += strings.Index(text[off:], s) + len(s)
	}
	return off + strings.Index(text[off:], s)
}

// TestGreekSocietySpans: two letters' names in a row, in one case and
// standing as words, open a society's name; a letter glued to a digit,
// cases mixed and a single letter do not.
func TestGreekSocietySpans(t *testing.T) {
	text := "1Alpha Beta; Alpha Beta2 Gamma Delta; Delta TAU Delta Tau; Delta Air Lines; Phi Beta Kappa; KAPPA ALPHA PSI FRATERNITY, INC. sued."
	var got []string
	for _, sp := range greekSocietySpans(text) {
		got = append(got, text[sp[0]:sp[1]])
	}
	want := "Gamma Delta|Delta Tau|Phi Beta Kappa|KAPPA ALPHA PSI FRATERNITY, INC."
	if strings.Join(got, "|") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, "|"), want)
	}
}
