package extract

import "testing"

// TestRetypeShortOfCompany: the tagger's person that is a company's name
// with words left out ("Pittston Terminal") is that company; a person the
// company's name only begins with ("John Smith" of "John Smith &
// Associates, LLC") and a name with a word the company lacks stay people.
func TestRetypeShortOfCompany(t *testing.T) {
	ms := []Mention{
		{Type: TypeOrg, Text: "Pittston Coal Terminal Corporation", Start: 0, End: 34, Source: SourcePattern},
		{Type: TypeOrg, Text: "John Smith & Associates, LLC", Start: 40, End: 68, Source: SourcePattern},
		{Type: TypePerson, Text: "Pittston Terminal", Start: 70, End: 87, Source: SourceModel},
		{Type: TypePerson, Text: "John Smith", Start: 90, End: 100, Source: SourceModel},
		{Type: TypePerson, Text: "Pittston Smith", Start: 110, End: 124, Source: SourceModel},
		{Type: TypeLocation, Text: "Pittston\nTerminal", Start: 130, End: 147, Source: SourceModel},
	}
	want := map[int]string{70: TypeOrg, 90: TypePerson, 110: TypePerson, 130: TypeOrg}
	for _, m := range retype(ms) {
		if w, ok := want[m.Start]; ok && m.Type != w {
			t.Errorf("%q is a %s, want %s", m.Text, m.Type, w)
		}
	}
}
