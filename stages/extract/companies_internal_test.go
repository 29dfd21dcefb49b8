package extract

import (
	"strings"
	"testing"
)

// TestCompanyLeads: companyLeads on the patterns' company names as given,
// each guard's case included.
func TestCompanyLeads(t *testing.T) {
	for _, c := range []struct {
		doc  string
		ms   []string // the organisations' texts, in the document's order
		want []string // their texts after the cut, in order
	}{
		{"I. BACKGROUND Lyft, Inc. rents bikes. Gambo sued Lyft, Inc. in May.",
			[]string{"I. BACKGROUND Lyft, Inc.", "Lyft, Inc."}, []string{"Lyft, Inc.", "Lyft, Inc."}},
		{"Copy Citation SIGN EXPO, INC. 35 Sign Expo, Inc. makes signs.",
			[]string{"Copy Citation SIGN EXPO, INC.", "Sign Expo, Inc."}, []string{"SIGN EXPO, INC.", "Sign Expo, Inc."}},
		{"Jennifer A. Dorsey, United States District Judge Sunlighten, Inc. sues.\nSunlighten, Inc. v. Finnmark",
			[]string{"United States District Judge Sunlighten, Inc.", "Sunlighten, Inc."}, []string{"Sunlighten, Inc.", "Sunlighten, Inc."}},
		{"Trial and Appeal Board\nSnow Balls Chance, Ltd. v. Snowizard; the opposer, Snow Balls Chance, Ltd., appeals.",
			[]string{"Trial and Appeal Board\nSnow Balls Chance, Ltd.", "Snow Balls Chance, Ltd."}, []string{"Snow Balls Chance, Ltd.", "Snow Balls Chance, Ltd."}},
		{"J. Aqua King Fishery, LLC appeals; the permit of Aqua King Fishery, LLC lapsed.",
			[]string{"J. Aqua King Fishery, LLC", "Aqua King Fishery, LLC"}, []string{"Aqua King Fishery, LLC", "Aqua King Fishery, LLC"}},
		{"SYLLABUS Acme Widgets, Inc. appeals; and Acme Widgets, Inc. won.",
			[]string{"SYLLABUS Acme Widgets, Inc.", "Acme Widgets, Inc."}, []string{"Acme Widgets, Inc.", "Acme Widgets, Inc."}},
		{"J WESTERN PELLET PRODUCTS, LLC, Debtor. The debtor, Western Pellet Products, LLC, filed.",
			[]string{"J WESTERN PELLET PRODUCTS, LLC", "Western Pellet Products, LLC"}, []string{"WESTERN PELLET PRODUCTS, LLC", "Western Pellet Products, LLC"}},
		// A person's name, a line break, two letters before the name keep
		// it whole: companies are named for people, names wrap.
		{"Dean Witter Reynolds Inc. sells; and Reynolds Inc. buys.",
			[]string{"Dean Witter Reynolds Inc.", "Reynolds Inc."}, []string{"Dean Witter Reynolds Inc.", "Reynolds Inc."}},
		{"Blackhawk Network\nHoldings, Inc. merged; its parent, Holdings, Inc., agreed.",
			[]string{"Blackhawk Network\nHoldings, Inc.", "Holdings, Inc."}, []string{"Blackhawk Network\nHoldings, Inc.", "Holdings, Inc."}},
		{"GE Capital Corp. lent; the lender, Capital Corp., sued.",
			[]string{"GE Capital Corp.", "Capital Corp."}, []string{"GE Capital Corp.", "Capital Corp."}},
		// A word boundary is a space, not a byte of a letter; a name that
		// opens with a space is no panic.
		{"Order VoilàLyft, Inc. pays; and Lyft, Inc. agrees.",
			[]string{"Order VoilàLyft, Inc.", "Lyft, Inc."}, []string{"Order VoilàLyft, Inc.", "Lyft, Inc."}},
		{"Rent:  Lyft, Inc. pays; and Lyft, Inc. agrees.",
			[]string{" Lyft, Inc.", "Lyft, Inc."}, []string{" Lyft, Inc.", "Lyft, Inc."}},
		{"FRIDY CL-2022-0538 Encompass Health, LLC appeals; and Encompass Health, LLC won.",
			[]string{"FRIDY CL-2022-0538 Encompass Health, LLC", "Encompass Health, LLC"}, []string{"Encompass Health, LLC", "Encompass Health, LLC"}},
		// The name alone after a capitalised word may be the cut one.
		{"Copy THE GOTHAM RENOVATORS, INC. appeals. GOTHAM BUILDERS RENOVATORS, INC. pays.",
			[]string{"Copy THE GOTHAM RENOVATORS, INC.", "RENOVATORS, INC."}, []string{"Copy THE GOTHAM RENOVATORS, INC.", "RENOVATORS, INC."}},
		{"Order Real Transfer, Inc. pays. Then Acme Real Transfer, Inc. pays.",
			[]string{"Order Real Transfer, Inc.", "Real Transfer, Inc."}, []string{"Order Real Transfer, Inc.", "Real Transfer, Inc."}},
		{"Order Real Transfer, Inc. pays. Bills: Real Transfer, Inc. pays.",
			[]string{"Order Real Transfer, Inc.", "Real Transfer, Inc."}, []string{"Real Transfer, Inc.", "Real Transfer, Inc."}},
		// A name joined to the words before it stays whole.
		{"Copy Citation Tri-State Zoological Park of Western Maryland, Inc. and its owner; of course Western Maryland, Inc. is its name.",
			[]string{"Copy Citation Tri-State Zoological Park of Western Maryland, Inc.", "Western Maryland, Inc."}, []string{"Copy Citation Tri-State Zoological Park of Western Maryland, Inc.", "Western Maryland, Inc."}},
		{"Order Wigs 4 Kids of Michigan, Inc. and Wigs for Kids; as for Kids of Michigan, Inc., it sells.",
			[]string{"Order Wigs 4 Kids of Michigan, Inc.", "Kids of Michigan, Inc."}, []string{"Order Wigs 4 Kids of Michigan, Inc.", "Kids of Michigan, Inc."}},
		{"Complaint of Bayview Charter Boats, Inc. for exoneration; on land, Bayview Charter Boats, Inc. sails.",
			[]string{"Complaint of Bayview Charter Boats, Inc.", "Bayview Charter Boats, Inc."}, []string{"Bayview Charter Boats, Inc.", "Bayview Charter Boats, Inc."}},
		{"Order of The 67 Liquor Shop, Inc. denied; its applicant, Liquor Shop, Inc., appeals.",
			[]string{"Order of The 67 Liquor Shop, Inc.", "Liquor Shop, Inc."}, []string{"Order of The 67 Liquor Shop, Inc.", "Liquor Shop, Inc."}},
		{"Order Procter & Gamble Co. to pay; and Gamble Co. pays.",
			[]string{"Order Procter & Gamble Co.", "Gamble Co."}, []string{"Order Procter & Gamble Co.", "Gamble Co."}},
		// Words before the name that are no heading's keep it whole.
		{"Hickory Neighbors United, Inc. appeals; and Neighbors United, Inc. says so.",
			[]string{"Hickory Neighbors United, Inc.", "Neighbors United, Inc."}, []string{"Hickory Neighbors United, Inc.", "Neighbors United, Inc."}},
		// Only a company's name is cut.
		{"Order Planning Board rules; the Planning Board agrees.",
			[]string{"Order Planning Board", "Planning Board"}, []string{"Order Planning Board", "Planning Board"}},
	} {
		var ms []Mention
		from := 0
		for _, text := range c.ms {
			i := strings.Index(c.doc[from:], text)
			if i < 0 {
				t.Fatalf("%q not in %q after %d", text, c.doc, from)
			}
			i += from
			start := len([]rune(c.doc[:i]))
			ms = append(ms, Mention{Type: TypeOrg, Text: text, Start: start, End: start + len([]rune(text)), Source: SourcePattern})
			from = i + len(text)
		}
		var got []string
		for _, m := range companyLeads([]rune(c.doc), ms) {
			if want := len([]rune(m.Text)); m.End-m.Start != want || string([]rune(c.doc)[m.Start:m.End]) != m.Text {
				t.Errorf("%q: mention %q at %d-%d is not its text", c.doc, m.Text, m.Start, m.End)
			}
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.doc, got, c.want)
		}
	}
}

// TestPersonInList: a name a given name opens without an organisation's
// word is a person's.
func TestPersonInList(t *testing.T) {
	for name, want := range map[string]bool{
		"Donald Sanders": true, "Elaine Weil": true, "Virginia Tech": false, "Georgia Pacific": false,
		"George Washington University": false, "Frank Graham Company": false, "Sanders Donald": false, "Donald": false,
	} {
		if got := personInList(name); got != want {
			t.Errorf("personInList(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAfterBreak: a list's item and a sentence's first words follow a
// break; a name inside a phrase does not.
func TestAfterBreak(t *testing.T) {
	text := "the Board of Trustees, Elaine Weil, president. Carlo Coppo argued for the Charles Schwab account"
	for name, want := range map[string]bool{"Elaine Weil": true, "Carlo Coppo": true, "Charles Schwab": false} {
		if got := afterBreak(text, strings.Index(text, name)); got != want {
			t.Errorf("afterBreak before %q = %v, want %v", name, got, want)
		}
	}
}
