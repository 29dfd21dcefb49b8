package extract

import (
	"strings"
	"testing"
)

// TestPanelJudges: the judges of a "Before" line, in its common forms, and
// nobody in a sentence that starts with "Before".
func TestPanelJudges(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plural title", "Before McMILLIAN, BEAM and MURPHY, Circuit Judges.\n", []string{"McMILLIAN", "BEAM", "MURPHY"}},
		{"colon, title glued to the next word", "Before: CONTIE, RYAN, and BOGGS, Circuit Judges.AMENDED OPINION\n", []string{"CONTIE", "RYAN", "BOGGS"}},
		{"a title each, footnote number", "Before LOKEN, Chief Judge, SMITH, Circuit Judge, and DORR,1 District Judge.\n", []string{"LOKEN", "SMITH", "DORR"}},
		{"over lines", "                 Before\n\n          Howard, Chief Judge,\n    Selya and Barron, Circuit Judges.\n", []string{"Howard", "Selya", "Barron"}},
		{"full names", "Before Barksdale, Stewart, and Dennis, Circuit Judges.\n", []string{"Barksdale", "Stewart", "Dennis"}},
		{"a footnote's mark", "Before Torruella, Chief Judge, Selya, Circuit Judge, and Casellas,* District Judge.\n", []string{"Torruella", "Selya", "Casellas"}},
		{"initials", "BEFORE: Diane P. Wood and Amy J. St. Eve, Circuit Judges\n", []string{"Diane P. Wood", "Amy J. St. Eve"}},
		{"honorific", "Before the Honorable Jane Roe, District Judge.\n", []string{"Jane Roe"}},
		{"no comma before the title", "Before SMITH and JONES Circuit Judges.\n", []string{"SMITH", "JONES"}},
		{"a sentence", "Before preparing any documents to be filed, counsel are encouraged to read the rules.\n", nil},
		{"the court", "Before the court is Defendants' Motion for Summary Judgment, filed June 7, 2004.\n", nil},
		{"names without a title", "Before Smith and Jones settled, the Court ruled.\n", nil},
		{"not at a line's start", "He said so before Smith, Circuit Judge, joined.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range panelJudges(tc.text) {
				if c.typ != TypePerson {
					t.Errorf("%q typed %s", tc.text[c.start:c.end], c.typ)
				}
				got = append(got, tc.text[c.start:c.end])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("judges %q, want %q", got, tc.want)
			}
		})
	}
}

// TestInitialledPeople: the tagger's organisation that is a person's name
// with an initial is a person; a company's name is not.
func TestInitialledPeople(t *testing.T) {
	text := "William G. Levi, N. Louise Ellingsworth, Kansas City. J. Crew Group and Harvey B. Cox Inc. and A. Smith Bank.\n"
	var cs []cand
	for _, n := range []string{"N. Louise Ellingsworth", "J. Crew Group", "Harvey B. Cox Inc.", "A. Smith Bank"} {
		i := strings.Index(text, n)
		cs = append(cs, cand{typ: TypeOrg, start: i, end: i + len(n), source: SourceModel})
	}
	var got []string
	for _, c := range initialledPeople(text, cs) {
		got = append(got, c.typ+" "+text[c.start:c.end])
	}
	if want := "PERSON N. Louise Ellingsworth|ORG J. Crew Group|ORG Harvey B. Cox Inc.|ORG A. Smith Bank"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestPersonForms: a person sued in an office is a person, and the titles
// before and the caption's words after a name are outside it.
func TestPersonForms(t *testing.T) {
	text := "ANTONIO ESQUIBEL, in his official capacity as Trustee; ACME BOARD, in its official capacity. " +
		"Signed by Magistrate Judge Dennis Howell. Chief Judge Wiley Y. Daniel Civil Action No. 09-cv-1. Judge Judy\nBefore Torruella, Chief Judge.\n"
	spans := []struct{ text, typ, source string }{
		{"ANTONIO ESQUIBEL", TypeOrg, SourceModel}, {"ACME BOARD", TypeOrg, SourceModel},
		{"Magistrate Judge Dennis Howell", TypePerson, SourceModel}, {"Wiley Y. Daniel Civil", TypePerson, SourcePattern},
		{"Judge Judy", TypePerson, SourceModel}, {"Before Torruella", TypePerson, SourceModel},
	}
	var cs []cand
	for _, sp := range spans {
		i := strings.Index(text, sp.text)
		cs = append(cs, cand{typ: sp.typ, start: i, end: i + len(sp.text), source: sp.source})
	}
	var got []string
	for _, c := range personForms(text, cs) {
		got = append(got, c.typ+" "+text[c.start:c.end])
	}
	if want := "PERSON ANTONIO ESQUIBEL|ORG ACME BOARD|PERSON Dennis Howell|PERSON Wiley Y. Daniel|PERSON Judy|PERSON Torruella"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestAuthorJudges: an opinion's author line names the judge; a title
// alone or a sentence does not.
func TestAuthorJudges(t *testing.T) {
	text := "MEMORANDUM AND ORDER\n\nSAFFELS, Senior District Judge.\n\nDANIEL, Justice.\nLOWENSTEIN, Presiding Judge.\n" +
		"ANDREW L. CARTER, JR., United States District Judge:\nJESSE M. FURMAN, United States District Judge:\n" +
		"Chief Judge, District Judge.\nThe court, Judge Smith said.\n"
	var got []string
	for _, c := range authorJudges(text) {
		got = append(got, text[c.start:c.end])
	}
	if want := "SAFFELS|DANIEL|LOWENSTEIN|ANDREW L. CARTER, JR.|JESSE M. FURMAN"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}
