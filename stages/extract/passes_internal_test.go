package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCaseLineEndsCuts: caseLineEnds on the patterns' mentions as given,
// each guard's case included (the stage's patterns seldom read these
// forms, so the stage's own test cannot reach every guard).
func TestCaseLineEndsCuts(t *testing.T) {
	// at makes a mention of typ over the first occurrence of text in doc.
	at := func(doc, typ, text string) Mention {
		i := strings.Index(doc, text)
		if i < 0 {
			t.Fatalf("%q not in %q", text, doc)
		}
		start := len([]rune(doc[:i]))
		return Mention{Type: typ, Text: text, Start: start, End: start + len([]rune(text)), Source: SourcePattern}
	}
	for _, c := range []struct {
		doc  string
		ms   [][2]string // type, text
		want []string    // type and text after the cuts, in order
	}{
		{"by Erin Shaak\nLinn et al. v. DoorDash, Inc.\n",
			[][2]string{{TypeCase, "Erin Shaak\nLinn et al. v. DoorDash, Inc."}, {TypePerson, "Erin Shaak\nLinn"}},
			[]string{"PERSON Erin Shaak", "CASE Linn et al. v. DoorDash, Inc."}},
		{"JOHN SMITH and\nJANE DOE et al. v. ACME CORP.\n",
			[][2]string{{TypeCase, "JOHN SMITH and\nJANE DOE et al. v. ACME CORP."}},
			[]string{"CASE JOHN SMITH and\nJANE DOE et al. v. ACME CORP."}},
		{"Cherryfield Church\nof the Open Bible et al. v. Acme Corp.\n",
			[][2]string{{TypeCase, "Cherryfield Church\nof the Open Bible et al. v. Acme Corp."}},
			[]string{"CASE Cherryfield Church\nof the Open Bible et al. v. Acme Corp."}},
		{"as in Sierra\nClub et al. v. Trump, 929 F.3d 670 (9th Cir. 2019).\n",
			[][2]string{{TypeCase, "Sierra\nClub et al. v. Trump"}},
			[]string{"CASE Sierra\nClub et al. v. Trump"}},
		{"as in Sierra\nClub et al. v. Trump\n",
			[][2]string{{TypeCase, "Sierra\nClub et al. v. Trump"}},
			[]string{"CASE Sierra\nClub et al. v. Trump"}},
		{"by Sierra\nClub et al. v. Trump, 929 F.3d 670 (9th Cir. 2019).\n",
			[][2]string{{TypeCase, "Sierra\nClub et al. v. Trump"}},
			[]string{"CASE Sierra\nClub et al. v. Trump"}},
		{"in Brown v. Board of\nEducation: separate is not equal\n",
			[][2]string{{TypeCase, "Brown v. Board of\nEducation"}},
			[]string{"CASE Brown v. Board of\nEducation"}},
		{"SCHIEFFER V. SCHIEFFER\nNOTICE: THIS OPINION\n",
			[][2]string{{TypeCase, "SCHIEFFER V. SCHIEFFER\nNOTICE"}},
			[]string{"CASE SCHIEFFER V. SCHIEFFER"}},
		{"SCHIEFFER V. SCHIEFFER\nSLIP OPINION: THIS OPINION\n",
			[][2]string{{TypeCase, "SCHIEFFER V. SCHIEFFER\nSLIP OPINION"}},
			[]string{"CASE SCHIEFFER V. SCHIEFFER\nSLIP OPINION"}},
		{"SCHIEFFER V. SCHIEFFER\nNOTICE of appeal\n",
			[][2]string{{TypeCase, "SCHIEFFER V. SCHIEFFER\nNOTICE"}},
			[]string{"CASE SCHIEFFER V. SCHIEFFER\nNOTICE"}},
		{"ACME CORP. v.\nGAMMA: a memorandum\n",
			[][2]string{{TypeCase, "ACME CORP. v.\nGAMMA"}},
			[]string{"CASE ACME CORP. v.\nGAMMA"}},
	} {
		var ms []Mention
		for _, m := range c.ms {
			ms = append(ms, at(c.doc, m[0], m[1]))
		}
		slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
		var got []string
		for _, m := range caseLineEnds([]rune(c.doc), ms) {
			if string([]rune(c.doc)[m.Start:m.End]) != m.Text {
				t.Errorf("%q: mention %q is not the text at [%d,%d]", c.doc, m.Text, m.Start, m.End)
			}
			got = append(got, m.Type+" "+m.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\ngot  %q\nwant %q", c.doc, got, c.want)
		}
	}
}

// TestSealNames: a body's name is cut back from its seal's text after it,
// and the name again after the seal is a mention of its own; a seal's
// word inside a name, a name that goes on after it and a person's name
// stay.
func TestSealNames(t *testing.T) {
	for _, c := range []struct {
		typ, text string
		want      []string // text [start,end] of each mention after
	}{
		{TypeOrg, "Department of Labor Seal", []string{"Department of Labor [0,19]"}},
		{TypeOrg, "Department of Justice Seal Department of Justice", []string{"Department of Justice [0,21]", "Department of Justice [27,48]"}},
		{TypeOrg, "Department of Justice SealDepartment of Justice", []string{"Department of Justice [0,21]", "Department of Justice [26,47]"}},
		{TypeOrg, "Acme Seal Company", []string{"Acme Seal Company [0,17]"}},
		{TypeOrg, "Seal Beach Police", []string{"Seal Beach Police [0,17]"}},
		{TypePerson, "John Seal", []string{"John Seal [0,9]"}},
	} {
		ms := []Mention{{Type: c.typ, Text: c.text, Start: 0, End: len([]rune(c.text))}}
		var got []string
		for _, m := range sealNames(ms) {
			got = append(got, fmt.Sprintf("%s [%d,%d]", m.Text, m.Start, m.End))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNamesSameCase: two case names name one case by their words, whatever
// their case; a caption in capitals of another case is another case.
func TestNamesSameCase(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"PONS v. WALTER KIDDE PORTABLE EQUIPMENT, INC.", "Pons et al. v. Walter Kidde Portable Equipment, Inc.", true},
		{"Pons v. Kidde", "Pons et al. v. Walter Kidde Portable Equipment, Inc.", true},
		{"HUNT v. SUNBEAM PRODUCTS, INC.", "Pons et al. v. Walter Kidde Portable Equipment, Inc.", false},
	} {
		if got := namesSameCase(c.a, c.b); got != c.want {
			t.Errorf("namesSameCase(%q, %q) = %v", c.a, c.b, got)
		}
	}
}
