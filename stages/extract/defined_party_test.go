package extract

import (
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
)

// TestDefinedParties: a place defined by its kind of government is that
// government as a party, an organisation; a use of a defined term inside
// its party's own name is a word of the name, not a mention of its own;
// inside another name ("Dearborn and Standard", a tagger's span over two
// parties) it stays a use, and the span is the other party ("Standard").
func TestDefinedParties(t *testing.T) {
	text := `In June 2009, the City of El Paso (the "City") asked Silicon Valley Bank (the "Bank") and Austin, Texas (the "Premises") were named. The City paid the Bank. Dearborn National Life Insurance Company ("Dearborn") sued Dearborn and Standard.`
	name := func(typ, s string) Mention {
		i := strings.Index(text, s)
		return Mention{Type: typ, Text: s, Start: i, End: i + len(s), Source: SourceModel, ChunkID: "c"}
	}
	ms := []Mention{name(TypeLocation, "City of El Paso"), name(TypeOrg, "Silicon Valley Bank"), name(TypeLocation, "Austin"), name(TypeLocation, "Texas"), name(TypeOrg, "Dearborn National Life Insurance Company"), name(TypeOrg, "Dearborn and Standard")}
	var got []string
	for _, m := range definedTerms(chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Text: text}}}, ms) {
		got = append(got, m.Type+" "+m.Text+" ("+m.Refers+")")
	}
	want := []string{
		"ORG City of El Paso ()", "ORG City (City of El Paso)", "ORG Silicon Valley Bank ()", "ORG Bank (Silicon Valley Bank)",
		"LOCATION Austin ()", "LOCATION Texas ()", "ORG City (City of El Paso)", "ORG Bank (Silicon Valley Bank)", "ORG Dearborn National Life Insurance Company ()",
		"ORG Dearborn (Dearborn National Life Insurance Company)", "ORG Dearborn (Dearborn National Life Insurance Company)", "ORG Standard ()",
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("mentions\n%s\nwant\n%s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
}

// TestGlossaryParty: a glossary entry whose definition is a name makes its
// term an alias of that party (`"IL Subsidiary" means, Vringo (Israel)
// Ltd.`), spaced as CoNLL text is or not; an entry for a kind of thing
// ("any corporation", "Any Person") makes none.
func TestGlossaryParty(t *testing.T) {
	tests := []struct{ text, party, want string }{
		{`"IL Subsidiary" means, Vringo (Israel) Ltd. Borrower owns IL Subsidiary.`, "Vringo (Israel) Ltd.",
			"ORG IL Subsidiary (Vringo (Israel) Ltd.); ORG Vringo (Israel) Ltd. (); ORG IL Subsidiary (Vringo (Israel) Ltd.)"},
		{`" IL Subsidiary " means , Vringo ( Israel ) Ltd . Borrower owns IL Subsidiary .`, "Vringo ( Israel ) Ltd",
			"ORG IL Subsidiary (Vringo ( Israel ) Ltd); ORG Vringo ( Israel ) Ltd (); ORG IL Subsidiary (Vringo ( Israel ) Ltd)"},
		{`"Subsidiary" means any corporation, as Vringo (Israel) Ltd. is. A Subsidiary pays.`, "Vringo (Israel) Ltd.", "ORG Vringo (Israel) Ltd. ()"},
		{`"Guarantor" means Any Person Vringo (Israel) Ltd. names. A Guarantor pays.`, "Vringo (Israel) Ltd.", "ORG Vringo (Israel) Ltd. ()"},
	}
	for _, tc := range tests {
		if got := definedOut(tc.text, tc.party, TypeOrg); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// TestLegalNameDefinitions: a term defined right after a company's name
// that ends in its legal form names that company, an organisation, though
// the tagger missed the name (it read the short name as a person): the
// name, where the text writes it again in any case, and every use of the
// term are organisations. "a Delaware corporation" describes a party and
// names none.
func TestLegalNameDefinitions(t *testing.T) {
	tests := []struct {
		name, text string
		tagged     []string // the tagger's people
		want       string
	}{
		{"short name", `among SVB and GOLD HILL VENTURE LENDING 03, L.P. ("Gold Hill"), and others. If to Gold Hill: Gold Hill Venture Lending 03, L.P.`, []string{"Gold Hill"},
			"ORG GOLD HILL VENTURE LENDING 03, L.P. (); ORG Gold Hill (GOLD HILL VENTURE LENDING 03, L.P.); ORG Gold Hill (GOLD HILL VENTURE LENDING 03, L.P.); ORG Gold Hill Venture Lending 03, L.P. ()"},
		{"letters apart", `( 1 ) Shenzhen Anda Trading Co . , Ltd . (" Anda "), and Anda pays`, nil,
			"ORG Shenzhen Anda Trading Co . , Ltd . (); ORG Anda (Shenzhen Anda Trading Co . , Ltd .); ORG Anda (Shenzhen Anda Trading Co . , Ltd .)"},
		{"a role", `BETWEEN ACME WIDGETS INC. (the "Company") and the Company's bank`, nil,
			"ORG ACME WIDGETS INC. (); ORG Company (ACME WIDGETS INC.); ORG Company (ACME WIDGETS INC.)"},
		{"a kind of company", `VRINGO, a Delaware corporation ("Borrower"), and Borrower`, nil, ""},
		{"a term for a thing", `Acme Widgets Inc. (the "Agreement"), and the Agreement`, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for _, p := range tc.tagged {
				i := strings.Index(tc.text, p)
				ms = append(ms, Mention{Type: TypePerson, Text: p, Start: i, End: i + len(p), Source: SourceModel, ChunkID: "c"})
			}
			var got []string
			for _, m := range definedTerms(chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Text: tc.text}}}, ms) {
				if m.Source != SourceModel || m.Type != TypePerson {
					got = append(got, m.Type+" "+m.Text+" ("+m.Refers+")")
				}
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("mentions\n%s\nwant\n%s", strings.Join(got, "; "), tc.want)
			}
		})
	}
}

// TestCommonTerms: a term defined for the lower-case phrase before it is a
// capitalised common term: no name where it is defined or used, and no
// alias of a party named nearby; a term defined for a name still is one.
func TestCommonTerms(t *testing.T) {
	tests := []struct {
		name, text string
		found      []string // names found before definedTerms, ORG
		want       string
	}{
		{"board", "by a board of arbitration (the “Board of Arbitration”) consisting of three arbitrators at HKIAC Centre Ltd. The Board of Arbitration decides.",
			[]string{"Board of Arbitration", "HKIAC Centre Ltd", "Board of Arbitration"}, "ORG HKIAC Centre Ltd ()"},
		{"a role", `Acme Widgets Inc. shall open an account with a bank (the "Bank"). The Bank may close it.`,
			[]string{"Acme Widgets Inc."}, "ORG Acme Widgets Inc. ()"},
		{"a party's description", `Acme Widgets LLC, a Delaware limited liability company (the "Company"). The Company pays.`,
			[]string{"Acme Widgets LLC"}, "ORG Acme Widgets LLC (); ORG Company (Acme Widgets LLC); ORG Company (Acme Widgets LLC)"},
		{"a name", `Acme Widgets Inc. and Silicon Valley Bank (the "Bank"). The Bank may close it.`,
			[]string{"Acme Widgets Inc.", "Silicon Valley Bank"}, "ORG Acme Widgets Inc. (); ORG Silicon Valley Bank (); ORG Bank (Silicon Valley Bank); ORG Bank (Silicon Valley Bank)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			from := 0
			for _, p := range tc.found {
				i := from + strings.Index(tc.text[from:], p)
				from = i + len(p)
				ms = append(ms, Mention{Type: TypeOrg, Text: p, Start: i, End: i + len(p), Source: SourcePattern, ChunkID: "c"})
			}
			// Offsets in runes, as the stage's.
			idx := runeIndex(tc.text)
			for i := range ms {
				ms[i].Start, ms[i].End = idx[ms[i].Start], idx[ms[i].End]
			}
			var got []string
			for _, m := range definedTerms(chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Text: tc.text}}}, ms) {
				got = append(got, m.Type+" "+m.Text+" ("+m.Refers+")")
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("mentions\n%s\nwant\n%s", strings.Join(got, "; "), tc.want)
			}
		})
	}
}

// TestCreditAgreementParties: the forms a credit agreement defines its
// parties' terms in: after the party's successors and assigns, after "in
// such capacity", after the role the party acts in ("as the paying agent
// (… the "Paying Agent")"), and a group's short prefix before a part of
// the party's name ("APL Ohio").
func TestCreditAgreementParties(t *testing.T) {
	tests := []struct{ text, party, want string }{
		{"between Raven Drilling, LLC, a Texas limited liability company (together with its successors and assigns, “Borrower”). Borrower pays.", "Raven Drilling, LLC",
			"ORG Raven Drilling, LLC (); ORG Borrower (Raven Drilling, LLC); ORG Borrower (Raven Drilling, LLC)"},
		{"KeyBank National Association, as administrative agent for the Lenders (in such\ncapacity, together with its successors and assigns, the “Administrative Agent”). The Administrative Agent acts.", "KeyBank National Association",
			"ORG KeyBank National Association (); ORG Administrative Agent (KeyBank National Association); ORG Administrative Agent (KeyBank National Association)"},
		{"and U.S. Bank National Association, not in its individual capacity but as the paying agent (together with its successors and assigns, the “Paying Agent”). The Paying Agent pays.", "U.S. Bank National Association",
			"ORG U.S. Bank National Association (); ORG Paying Agent (U.S. Bank National Association); ORG Paying Agent (U.S. Bank National Association)"},
		{"ATLAS PIPELINE OHIO, LLC, a Pennsylvania limited liability company (“APL Ohio”); APL Ohio guarantees.", "ATLAS PIPELINE OHIO, LLC",
			"ORG ATLAS PIPELINE OHIO, LLC (); ORG APL Ohio (ATLAS PIPELINE OHIO, LLC); ORG APL Ohio (ATLAS PIPELINE OHIO, LLC)"},
		{"Acme LLC (together with Beta LLC, the “Obligors”). The Obligors pay.", "Acme LLC", "ORG Acme LLC ()"},
	}
	for _, tc := range tests {
		if got := definedOut(tc.text, tc.party, TypeOrg); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// TestOpinionPartyTerms: an opinion's terms for its parties: "the" inside
// the quotes (“the City”), a title and the surname ("Officer Ship"), and a
// role in the plural, which names a group and no one party.
func TestOpinionPartyTerms(t *testing.T) {
	tests := []struct{ text, party, typ, want string }{
		{"their employer, the City of Albertville (“the City”), and the City paid.", "City of Albertville", TypeLocation,
			"ORG City of Albertville (); ORG City (City of Albertville); ORG City (City of Albertville)"},
		{"by Police Officers Nathan Ship (“Officer Ship”) during a pursuit; Officer Ship fired.", "Nathan Ship", TypePerson,
			"PERSON Nathan Ship (); PERSON Officer Ship (Nathan Ship); PERSON Officer Ship (Nathan Ship)"},
		{"Defendants Gresham Barrett, Lindsey Graham, the U.S. Legislature (the “Federal Defendants”), and the Federal Defendants contend.", "Lindsey Graham", TypePerson,
			"PERSON Lindsey Graham ()"},
	}
	for _, tc := range tests {
		if got := definedOut(tc.text, tc.party, tc.typ); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// definedOut runs definedTerms on text with the tagger's name party of
// type typ and lists its mentions as "TYPE text (refers)".
func definedOut(text, party, typ string) string {
	i := strings.Index(text, party)
	ms := []Mention{{Type: typ, Text: party, Start: i, End: i + len(party), Source: SourceModel, ChunkID: "c"}}
	var got []string
	for _, m := range definedTerms(chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Text: text}}}, ms) {
		got = append(got, m.Type+" "+m.Text+" ("+m.Refers+")")
	}
	return strings.Join(got, "; ")
}

// TestDefinitionAfterDescribedName: a definition right after a party's
// name names that party, though an earlier name in the sentence has a
// description after it ("…, National Association, as trustee").
func TestDefinitionAfterDescribedName(t *testing.T) {
	text := `Wilmington Trust, National Association, as trustee, objected, and the sale to Horizon Aviation Holdings LLC (the "Buyer") is approved. The Buyer paid.`
	name := func(typ, s string) Mention {
		i := strings.Index(text, s)
		return Mention{Type: typ, Text: s, Start: i, End: i + len(s), Source: SourceModel, ChunkID: "c"}
	}
	ms := []Mention{name(TypeOrg, "Wilmington Trust, National Association"), name(TypeOrg, "Horizon Aviation Holdings LLC")}
	var got []string
	for _, m := range definedTerms(chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Text: text}}}, ms) {
		if m.Refers != "" {
			got = append(got, m.Text+" ("+m.Refers+")")
		}
	}
	if want := "Buyer (Horizon Aviation Holdings LLC); Buyer (Horizon Aviation Holdings LLC)"; strings.Join(got, "; ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "; "), want)
	}
}
