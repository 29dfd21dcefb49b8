package extract

import (
	"github.com/docpipe/docpipe/stages/chunk"
	"strings"
	"testing"
)

// TestCoverage: a span inside a longer name that is the party's, in any
// case, is part of that name; inside another name, or a name no longer than
// itself, it is not.
func TestCoverage(t *testing.T) {
	names := []Mention{
		{Text: "SILICON VALLEY BANK", Start: 0, End: 19, Source: SourceModel},
		{Text: "Dearborn and Standard", Start: 30, End: 51, Source: SourceModel},
		{Text: "Bank", Start: 60, End: 64, Source: SourceModel},
	}
	inParty := coverage(names)
	for _, tc := range []struct {
		s, e  int
		party string
		want  bool
	}{
		{15, 19, "Silicon Valley Bank", true},
		{43, 51, "Standard Insurance Company", false},
		{60, 64, "Bank", false},
		{70, 74, "Silicon Valley Bank", false},
	} {
		if got := inParty(tc.s, tc.e, tc.party); got != tc.want {
			t.Errorf("inParty(%d, %d, %q) = %v, want %v", tc.s, tc.e, tc.party, got, tc.want)
		}
	}
}

// TestAndHead: a name the patterns cut at "and" starts at the capitalised
// word or two before it, unless another name covers them; a name over both
// (the tagger read the whole name) is the same name; a capitalised word
// before them continues them, unless it is a possessive.
func TestAndHead(t *testing.T) {
	const text = "files with the Securities and Exchange Commission and Acme and Federal Trade Commission staff, " +
		"the Patent Trial and Appeal Commission and the Long Island Rail and Road Commission, " +
		"Fletcher’s Tire and Auto Commission and the U.S. Tire and Auto Commission"
	sec := strings.Index(text, "Exchange Commission")
	ptab := strings.Index(text, "Appeal Commission")
	rail := strings.Index(text, "Road Commission")
	ftc := strings.Index(text, "Federal Trade")
	whole := cand{typ: TypeOrg, start: strings.Index(text, "Securities"), end: sec + len("Exchange Commission"), source: SourceModel}
	acme := cand{typ: TypeOrg, start: strings.Index(text, "Acme"), end: strings.Index(text, "Acme") + 4, source: SourceModel}
	for _, tc := range []struct {
		name  string
		s     int
		named []cand
		want  string
	}{
		{"nothing named", sec, nil, "Securities and Exchange Commission"},
		{"read whole by the tagger", sec, []cand{whole}, "Securities and Exchange Commission"},
		{"another name before the and", ftc, []cand{acme}, "Federal Trade Commission"},
		{"two words before the and", ptab, nil, "Patent Trial and Appeal Commission"},
		{"three words before the and", rail, nil, "Road Commission"},
		{"a possessive before them", strings.Index(text, "Auto Commission"), nil, "Tire and Auto Commission"},
		{"a capitalised abbreviation before them", strings.LastIndex(text, "Auto Commission"), nil, "Auto Commission"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := andHead(text, tc.s, tc.named)
			end := strings.Index(text[tc.s:], "Commission") + tc.s + len("Commission")
			if text[got:end] != tc.want {
				t.Errorf("andHead = %q, want %q", text[got:end], tc.want)
			}
		})
	}
}

// TestTermOpensTaggerName: the tagger's one name over a party's defined
// term, "and" and the next party ("the Issuer and Wachovia Bank") is the
// next party alone, and the term a use of its own; a name the term does not
// open stays as it is.
func TestTermOpensTaggerName(t *testing.T) {
	const text = `Peninsula Ports Authority, a body politic (the "Issuer"), and Dominion Terminal Associates. ` +
		`The Indenture between the Issuer and Wachovia Bank, National Association, as Trustee.`
	at := func(s string, typ, source string) Mention {
		i := strings.Index(text, s)
		m := Mention{Type: typ, Text: s, ChunkID: "c", Start: i, End: i + len(s), Source: source}
		m.ID = mentionID(m)
		return m
	}
	ms := []Mention{
		at("Peninsula Ports Authority", TypeOrg, SourcePattern),
		at("Dominion Terminal Associates", TypeOrg, SourceModel),
		at("Issuer and Wachovia Bank", TypeOrg, SourceModel),
	}
	got := definedTerms(chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Text: text, End: len(text)}}}, ms)
	var names []string
	uses := 0
	for _, m := range got {
		if m.Source == SourceDefined && m.Refers == "Peninsula Ports Authority" && m.Start > strings.Index(text, "Indenture") {
			uses++
		}
		if m.Source == SourceModel {
			names = append(names, m.Text)
			if want := strings.Index(text, m.Text); m.Start != want || m.End != want+len(m.Text) {
				t.Errorf("%q at %d–%d, want %d–%d", m.Text, m.Start, m.End, want, want+len(m.Text))
			}
		}
	}
	if want := "Dominion Terminal Associates|Wachovia Bank"; strings.Join(names, "|") != want {
		t.Errorf("the tagger's names: %q, want %q", strings.Join(names, "|"), want)
	}
	if uses != 1 {
		t.Errorf("%d uses of the Issuer in the indenture's sentence, want 1", uses)
	}
}

// TestTermAndName: a tagger's name that opens with a term the document
// defines and "and" starts after them ("Issuer and Wachovia Bank" is
// Wachovia Bank), whether or not the definition's name was found; a name
// that opens with an undefined word and "and" is left alone.
func TestTermAndName(t *testing.T) {
	text := `PENINSULA PORTS AUTHORITY OF VIRGINIA, a political subdivision of the Commonwealth of Virginia (the "Issuer"), and ACME. ` +
		`The Indenture is between the Issuer and Wachovia Bank, National Association. Smith and Wesson Holding sued.`
	doc := []rune(text)
	at := func(s string) Mention {
		i := strings.Index(text, s)
		return Mention{Type: TypeOrg, Text: s, Start: len([]rune(text[:i])), End: len([]rune(text[:i])) + len([]rune(s)), Source: SourceModel}
	}
	got := termAndName(doc, []Mention{at("Issuer and Wachovia Bank"), at("Smith and Wesson Holding")})
	if got[0].Text != "Wachovia Bank" || string(doc[got[0].Start:got[0].End]) != "Wachovia Bank" {
		t.Errorf("defined term and a name: %q at %d:%d", got[0].Text, got[0].Start, got[0].End)
	}
	if got[1].Text != "Smith and Wesson Holding" {
		t.Errorf("an undefined word and a name cut: %q", got[1].Text)
	}
}

// TestFacilityNames: a tagger's name that stops before a facility's kind
// grows over it and is a place ("Newport News" + " Treatment Plant"), and
// so does a person's name before a building's kind ("Edgar A. Brown" + "
// building"), not before the verb, a compound's noun, an office or a
// column's gap; a name with no such kind after it is left alone.
func TestFacilityNames(t *testing.T) {
	text := "The water is directed to the Newport News Treatment Plant. Newport News is a city."
	doc := []rune(text)
	at := func(s string, from int) Mention {
		i := from + strings.Index(text[from:], s)
		return Mention{Type: TypeOrg, Text: s, Start: i, End: i + len(s), Source: SourceModel}
	}
	got := facilityNames(doc, []Mention{at("Newport News", 0), at("Newport News", 60)})
	if got[0].Text != "Newport News Treatment Plant" || got[0].Type != TypeLocation {
		t.Errorf("facility: %s %q", got[0].Type, got[0].Text)
	}
	if got[1].Text != "Newport News" || got[1].Type != TypeOrg {
		t.Errorf("no facility after it: %s %q", got[1].Type, got[1].Text)
	}
	// A person's name over the kind of the building named for them, any
	// source; a person before a plant's kind, or before no kind, stays.
	for _, c := range []struct{ text, want string }{
		{"Hearings are held in the Edgar A. Brown building, 1205 Pendleton St.", "LOCATION Edgar A. Brown building"},
		{"Hearings are held in the Edgar A. Brown building 1205 Pendleton St.", "LOCATION Edgar A. Brown building"},
		{"Hearings are held in the Edgar A. Brown Building", "LOCATION Edgar A. Brown Building"},
		{"Records are kept at the Edgar A. Brown Library in Columbia.", "LOCATION Edgar A. Brown Library"},
		{"Neighbours watched Edgar A. Brown building the fence.", "PERSON Edgar A. Brown"},
		{"The board denied Edgar A. Brown building permits.", "PERSON Edgar A. Brown"},
		{"Edgar A. Brown Building Commissioner", "PERSON Edgar A. Brown"},
		{"Edgar A. Brown          Building Commissioner", "PERSON Edgar A. Brown"},
		{"Edgar A. Brown          Building\n", "PERSON Edgar A. Brown"},
		{"Edgar A. Brown Treatment Plant", "PERSON Edgar A. Brown"},
		{"Edgar A. Brown spoke.", "PERSON Edgar A. Brown"},
	} {
		text := c.text
		i := strings.Index(text, "Edgar A. Brown")
		m := Mention{Type: TypePerson, Text: "Edgar A. Brown", Start: i, End: i + len("Edgar A. Brown"), Source: SourcePattern}
		got := facilityNames([]rune(text), []Mention{m})
		if g := got[0].Type + " " + got[0].Text; g != c.want {
			t.Errorf("%q: %q, want %q", text, g, c.want)
		}
	}
}
