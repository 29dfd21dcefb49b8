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
// parties) it stays a use.
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
		"ORG Dearborn (Dearborn National Life Insurance Company)", "ORG Dearborn (Dearborn National Life Insurance Company)",
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("mentions\n%s\nwant\n%s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
}
