package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/chunk"
)

func TestNameShapes(t *testing.T) {
	tests := []struct {
		name, text, span string // span: the tagged part of text
		typ              string
		want             string // "TYPE:text", or "" when dropped
	}{
		{"commonwealth", "laws of the Commonwealth of Massachusetts without", "Massachusetts", TypeLocation, "LOCATION:Commonwealth of Massachusetts"},
		{"title before a company", "Title : Director Bizexpress Limited By :", "Director Bizexpress Limited", TypeOrg, "ORG:Bizexpress Limited"},
		{"a title before an office", "survivor of Cecil Hunt; DIRECTOR, OFFICE OF WORKERS'\nCOMPENSATION PROGRAMS; U.S.", "DIRECTOR, OFFICE OF WORKERS'\nCOMPENSATION PROGRAMS", TypeOrg, "ORG:OFFICE OF WORKERS'\nCOMPENSATION PROGRAMS"},
		{"a plural kind after two names", "water from Oklahoma and the Choctaw and Chickasaw\nNations. See 2 App. 336", "Chickasaw", TypeOrg, "ORG:Chickasaw\nNations"},
		{"plural rivers after two names", "flows into the Kansas and Arkansas Rivers near", "Arkansas", TypeLocation, "LOCATION:Arkansas Rivers"},
		{"a plural kind after one name", "flows into the Arkansas Rivers near", "Arkansas", TypeLocation, "LOCATION:Arkansas"},
		{"a plural that is no kind", "the Choctaw and Chickasaw Holdings bought", "Chickasaw", TypeOrg, "ORG:Chickasaw"},
		{"a title and a comma before a company", "the Director, Acme Corp. said", "Director, Acme Corp.", TypeOrg, "ORG:Acme Corp."},
		{"title and role before a company", "Title : Chairman Borrower Airland International Limited By", "Chairman Borrower Airland International Limited", TypeOrg, "ORG:Airland International Limited"},
		{"a contract's heading", "Section 4.2 Representations of Company .", "Representations of Company", TypeOrg, ""},
		{"an instrument", "under the Fifth Supplemental Lease dated", "Fifth Supplemental Lease", TypeOrg, ""},
		{"church is an organisation", "for Faith Bible Church, amici", "Faith Bible Church", TypePerson, "ORG:Faith Bible Church"},
		{"church in a place name", "Calvary Chapel St. Croix Valley filed", "Calvary Chapel St. Croix Valley", TypeLocation, "ORG:Calvary Chapel St. Croix Valley"},
		{"river is a place", "the Red River runs", "Red River", TypeOrg, "LOCATION:Red River"},
		{"dam is a place", "at Denison Dam.", "Denison Dam", TypePerson, "LOCATION:Denison Dam"},
		{"a yard is a place", "at the Washington Navy Yard, Building 36", "Washington Navy Yard", TypeOrg, "LOCATION:Washington Navy Yard"},
		{"a plant is a place", "is then directed to the Newport News Treatment Plant. The", "Newport News Treatment Plant", TypeOrg, "LOCATION:Newport News Treatment Plant"},
		{"time zone", "after 12:00 noon Eastern time are", "Eastern", TypeLocation, ""},
		{"standard time", "5:00 p.m. Pacific Standard Time", "Pacific", TypeLocation, ""},
		{"a folded dash after a name", "the south bank of the River-an issue left open", "River-an", TypeLocation, ""},
		{"a folded dash after a longer name", "of the Red River-an issue left open", "Red River-an", TypeLocation, "LOCATION:Red River"},
		{"a hyphenated name", "the Dallas-Fort Worth area", "Dallas-Fort Worth", TypeLocation, "LOCATION:Dallas-Fort Worth"},
		{"a place's Fort over a wrap", "matically. In particular, the population of the Dallas-Fort\nWorth area grew", "Dallas-Fort", TypeLocation, "LOCATION:Dallas-Fort\nWorth"},
		{"a Fort at a block's line end", "Dallas-Fort\nWorth", "Dallas-Fort", TypeLocation, "LOCATION:Dallas-Fort"},
		{"an initial before a person", "cc:      R. Bruce Carlson\n", "Bruce Carlson", TypePerson, "PERSON:R. Bruce Carlson"},
		{"two initials", "Judge J. R. Smith wrote", "Smith", TypePerson, "PERSON:J. R. Smith"},
		{"no initial after a word", "the U.S. Bruce Carlson", "Bruce Carlson", TypePerson, "PERSON:Bruce Carlson"},
		{"a heading's numeral", "\nI. Jagels' plea was knowing", "Jagels", TypePerson, "PERSON:Jagels"},
		{"an initial opening a line", "\n  R. Bruce Carlson\n", "Bruce Carlson", TypePerson, "PERSON:R. Bruce Carlson"},
		{"a zone's abbreviation", "processing is 12:00 E.S.T. Fax To", "E.S.T", TypeLocation, ""},
		{"a zone's abbreviation, spaced", "is 12 : 00pm , E . S . T . Beneficiary", "E . S", TypeLocation, ""},
		{"a zone's abbreviation, plain", "by 5 p.m. EST on", "EST", TypeOrg, ""},
		{"no time before", "the EST Group and", "EST Group", TypeOrg, "ORG:EST Group"},
		{"not a time zone", "in Eastern Kentucky", "Eastern Kentucky", TypeLocation, "LOCATION:Eastern Kentucky"},
		{"drive is a place", "Cricket Square, Hutchins Drive, P.O. Box", "Hutchins Drive", TypePerson, "LOCATION:Hutchins Drive"},
		{"a street without a street word", "whose address is 201 Broadway , 4th Floor , Cambridge", "Broadway", TypeLocation, "LOCATION:201 Broadway"},
		{"a street without a street word, suite", "at 1 Market, Suite 300", "Market", TypeLocation, "LOCATION:1 Market"},
		{"a state after a number", "in 2005 Texas, Suite 300", "Texas", TypeLocation, "LOCATION:Texas"},
		{"no address goes on", "paragraph 12 Broadway, and", "Broadway", TypeLocation, "LOCATION:Broadway"},
		{"village is a place", "No. 1 Jinjia Village, Fengtai District", "Jinjia Village", TypePerson, "LOCATION:Jinjia Village"},
		{"town is a place", "Box 2681GT, George Town, Grand Cayman", "George Town", TypePerson, "LOCATION:George Town"},
		{"a village alone is no name", "the Village shall", "Village", TypeLocation, ""},
		{"house number", "Office at 601 Market Street, Philadelphia", "Market Street", TypeLocation, "LOCATION:601 Market Street"},
		{"direction and number", "at 300 N. Greene St. in", "Greene St.", TypePerson, "LOCATION:300 N. Greene St."},
		{"quadrant", "200 Constitution Avenue, N.W., Washington", "Constitution Avenue", TypeLocation, "LOCATION:200 Constitution Avenue, N.W."},
		{"suite", "Suite C, Lexington", "Suite C", TypeLocation, ""},
		{"phone label", "POTTER STEWART U.S. COURTHOUSE Tel. (513)", "POTTER STEWART U.S. COURTHOUSE Tel", TypeLocation, "LOCATION:POTTER STEWART U.S. COURTHOUSE"},
		{"zip code", "New York, NY 10007", "NY 10007", TypeLocation, "LOCATION:NY"},
		{"a notice's district court", "17-3510        DC Docket #: 17-cv-6761", "DC", TypeLocation, ""},
		{"a notice's district court judge", "DC Judge: Failla", "DC", TypeLocation, ""},
		{"the district", "Washington, DC 20001", "DC", TypeLocation, "LOCATION:DC"},
		{"citation fragment", "see 556 U.S. at 12", "556 U.S.", TypeLocation, ""},
		{"code", "form N2119 filed", "N2119", TypeLocation, ""},
		{"organisation word after", "Clinton Baptist Church, St. Albans Union Church, New", "St. Albans Union", TypeOrg, "ORG:St. Albans Union Church"},
		{"place before organisation words", "Guilford Christian Fellowship, The Rock", "Guilford", TypeLocation, "ORG:Guilford Christian Fellowship"},
		{"of tail over a wrap", "Stephen M. Crampton and Thomas More Society on brief for Cherryfield Church\n      of the Open Bible, Calvary", "Cherryfield Church", TypeOrg, "ORG:Cherryfield Church\n      of the Open Bible"},
		{"of tail", "and First Baptist Church of Waldoboro, Guilford", "First Baptist Church", TypeOrg, "ORG:First Baptist Church of Waldoboro"},
		{"no tail past a block", "Faith Bible Church\nof the Open Bible", "Faith Bible Church", TypeOrg, "ORG:Faith Bible Church"},
		{"two states as an adjective", "the Arkansas-Louisiana border", "Arkansas-Louisiana border", TypeLocation, ""},
		{"a court without a name", "the Court of Appeals held", "Court of Appeals", TypeOrg, ""},
		{"running header", "Cite as: 569 U.S. 614", "Cite", TypeOrg, ""},
		{"place inside an organisation", "Fellowship, The Rock Church of Bangor, New Hope", "Bangor", TypeLocation, "ORG:The Rock Church of Bangor"},
		{"back over a wrap", "Hope Evangelical Free Church, Athens Church of the Open Bible, Faith Bible Church, First\n      Church of Waterville, New Hope", "Waterville", TypeLocation, "ORG:First\n      Church of Waterville"},
		{"back to a conference", "Arc, Central Conference of American Rabbis, Interfaith", "American Rabbis", TypeOrg, "ORG:Central Conference of American Rabbis"},
		{"vessel", "the MV Saltmarsh Heron and", "Saltmarsh Heron", TypePerson, ""},
		{"vessel in the span", "the MV Saltmarsh Heron and", "MV Saltmarsh Heron", TypeOrg, ""},
		{"state of incorporation", "INC., a Delaware corporation with", "Delaware", TypeOrg, "LOCATION:Delaware"},
		{"signatory", "By: /s/ Margit Ellensby\n", "Margit Ellensby", TypeOrg, "PERSON:Margit Ellensby"},
		{"affiant", "I, Margit Ellensby, being duly sworn", "Margit Ellensby", TypeOrg, "PERSON:Margit Ellensby"},
		{"signatory with title", "Margit Ellensby, Chief Executive Officer", "Margit Ellensby", TypeOrg, "PERSON:Margit Ellensby"},
		{"job title before the organisation", "Ellensby, Chief Executive Officer of Halvorsen Maritime Logistics, Inc.", "Chief Executive Officer of Halvorsen Maritime Logistics, Inc.", TypeOrg, "ORG:Halvorsen Maritime Logistics, Inc."},
		{"saint", "Circuit Court of St. Charles County, Missouri", "Charles County", TypeLocation, "LOCATION:St. Charles County"},
		{"article", "under Art. V of the Compact", "Art. V", TypePerson, ""},
		{"kind of thing", "the Chapel hosts", "Chapel", TypeOrg, ""},
		{"the river", "The River flows", "The River", TypeLocation, ""},
		{"undefined acronym", "the MCO said", "MCO", TypeOrg, ""},
		{"postal code", "Pittsburgh, PA 15222", "PA", TypeOrg, "LOCATION:PA"},
		{"signal before a name", "See Roman Catholic Diocese of Brooklyn v. Cuomo", "Brooklyn", TypePerson, "ORG:Roman Catholic Diocese of Brooklyn"},
		{"lost first word", "Valley, Calvary Chapel of Bangor, and", "Chapel of Bangor", TypeOrg, "ORG:Calvary Chapel of Bangor"},
		{"leading connector", "Department of Commerce said", "of Commerce", TypeOrg, "ORG:Department of Commerce"},
		{"generic court", "the Federal District Court held", "Federal District Court", TypeOrg, ""},
		{"not a court", "the United States argues", "United States", TypeLocation, "LOCATION:United States"},
		{"kind of place", "the Center opened", "Center", TypeOrg, ""},
		{"cited party", "v. Am. Brands, Inc., 450 U.S. 79, 86 (1981)", "Am. Brands, Inc.", TypeOrg, ""},
		{"firm by ampersand", "Ogletree Deakins Nash Smoak & Stewart, 1 PPG Place", "Nash Smoak", TypePerson, "ORG:Ogletree Deakins Nash Smoak & Stewart"},
		{"firm with its form", "of Mullins Duncan Harrell & Russell PLLC, Greensboro", "Mullins Duncan Harrell", TypePerson, "ORG:Mullins Duncan Harrell & Russell PLLC"},
		{"legal form", "at the Hotel Co in", "Hotel Co", TypeLocation, "ORG:Hotel Co"},
		{"falls", "in Livermore Falls, Maine", "Livermore Falls", TypePerson, "LOCATION:Livermore Falls"},
		{"surname of a street's word", "Affidavit of Ryan Lane\n", "Ryan Lane", TypePerson, "PERSON:Ryan Lane"},
		{"street of a surname", "at 12 Ryan Lane, Springfield", "Ryan Lane", TypePerson, "LOCATION:12 Ryan Lane"},
		{"building", "Thurgood Marshall U.S. Courthouse at", "Marshall U.S. Courthouse", TypeLocation, "LOCATION:Thurgood Marshall U.S. Courthouse"},
		{"denomination", "Machias Valley Baptist, and", "Machias Valley Baptist", TypeLocation, "ORG:Machias Valley Baptist"},
		{"two authors", "Census Bureau, P. Mackun & S. Wilson, Population", "P. Mackun", TypePerson, "PERSON:P. Mackun"},
		{"organisation words in a row", "for Emmanuel Bible Baptist Church, Grace", "Emmanuel Bible", TypePerson, "ORG:Emmanuel Bible Baptist Church"},
		{"building of two names", "POTTER STEWART U.S. COURTHOUSE\n", "U.S. COURTHOUSE", TypeLocation, "LOCATION:POTTER STEWART U.S. COURTHOUSE"},
		{"nation", "the Chickasaw Nation and", "Chickasaw", TypeOrg, "ORG:Chickasaw Nation"},
		{"state code after a place", "Washington Navy Yard DC 20374", "Washington Navy Yard DC", TypeLocation, "LOCATION:Washington Navy Yard"},
		{"document word after a name", "the Ohio Docket No. 5", "Ohio Docket", TypeLocation, "LOCATION:Ohio"},
		{"fort", "Dallas and Fort Worth grew", "Fort Worth", TypeOrg, "LOCATION:Fort Worth"},
		{"and inside an of tail", "the United States Department of Health and Human Services issued", "United States Department of Health", TypeOrg, "ORG:United States Department of Health and Human Services"},
		{"and at a sentence end", "by the Department of Housing and Urban Development.", "Department of Housing", TypeOrg, "ORG:Department of Housing and Urban Development"},
		{"and a second organisation", "the Department of Justice and Federal Trade Commission", "Department of Justice", TypeOrg, "ORG:Department of Justice"},
		{"and over a block's line break", "the Department of Health and Human\n\nServices declared", "Department of Health", TypeOrg, "ORG:Department of Health"},
		{"and a title", "the Department of Labor and Secretary Perez", "Department of Labor", TypeOrg, "ORG:Department of Labor"},
		{"a kind of board", "to request an Administrative Separation Board.", "Administrative Separation Board", TypeOrg, ""},
		{"the board", "before the Naval Discharge Review Board.", "Naval Discharge Review Board", TypeOrg, "ORG:Naval Discharge Review Board"},
		{"person", "Linda Hill appeals", "Linda Hill", TypePerson, "PERSON:Linda Hill"},
		{"region", "banks in the PRC or Hong Kong Special Administrative Region (\"Hong Kong\")", "Hong Kong", TypeLocation, "LOCATION:Hong Kong Special Administrative Region"},
		{"region of an organisation's name", "Hong Kong Special Administrative Region , Macao Special Administrative Region and Taiwan", "Macao", TypeOrg, "LOCATION:Macao Special Administrative Region"},
		{"no region", "the Macao Trading Company and", "Macao Trading Company", TypeOrg, "ORG:Macao Trading Company"},
		{"amount in words", "equal to Three Million Dollars ($3,000,000)", "Three Million Dollars", TypeOrg, ""},
		{"amount in words, currency first", "capital of Renminbi Twenty-Four Million", "Renminbi Twenty-Four Million", TypeOrg, ""},
		{"a number in a name", "the Three Rivers Dollar Store", "Three Rivers Dollar Store", TypeOrg, "ORG:Three Rivers Dollar Store"},
		{"zone at a sentence's end", "in the Shenzhen Special Economic Zone.", "Shenzhen", TypeLocation, "LOCATION:Shenzhen Special Economic Zone"},
		{"no time zone", "New York Time Zone applies", "New York", TypeLocation, "LOCATION:New York"},
		{"article heading", "this Loan Agreement .\nARTICLE VI OTHER COMPANY AGREEMENTS\n", "VI OTHER COMPANY", TypeOrg, ""},
		{"section heading", "Section 6.4 Company Existence . The", "Company Existence", TypeOrg, ""},
		{"a company's board", "by such Person ' s Board of Directors and", "Board of Directors", TypeOrg, ""},
		{"a bank's part in a wire", "City and State : Beneficiary Bank Transit ( ABA ) #:", "Beneficiary Bank Transit", TypeOrg, ""},
		{"a determiner and a kind", "All Bank Expenses are payable", "All Bank", TypeOrg, ""},
		{"a lettered regulation", "as defined in Regulation U of the Board", "Regulation U", TypePerson, ""},
		{"a name made an adjective", "A Drought More Than Texas-Size, International", "Texas-Size", TypeLocation, ""},
		{"a place made an adjective", "a Boston-based firm", "Boston-based", TypeLocation, ""},
		{"a hyphen inside a name", "the Winston-Salem office", "Winston-Salem", TypeLocation, "LOCATION:Winston-Salem"},
		{"a determiner inside a sentence opens the name", "The plaintiff, All Saints Church of Springfield, sued", "Saints Church of Springfield", TypeOrg, "ORG:All Saints Church of Springfield"},
		{"a determiner at a sentence's start", "the terms. All Bank Expenses are payable", "Bank Expenses", TypeOrg, "ORG:Bank Expenses"},
		{"a parenthesis the name opens", "Joint Service Review Activity, OUSD (P&R) PI-LP, The Pentagon", "OUSD (P&R", TypeOrg, "ORG:OUSD (P&R)"},
		{"a parenthesis left open", "the Acme Holdings (Cayman branch of", "Acme Holdings (Cayman", TypeOrg, "ORG:Acme Holdings"},
		{"a case's name made a plea", "She entered an Alford plea of guilty", "Alford", TypeLocation, ""},
		{"a case's name made a hearing", "requested a Daubert hearing on", "Daubert", TypePerson, ""},
		{"a place before a hearing", "at a Texas hearing on", "Texas", TypeLocation, "LOCATION:Texas"},
		{"a person before other words", "Alford pleaded guilty", "Alford", TypePerson, "PERSON:Alford"},
		{"a kind of polity in the plural", "the signatory States to cross each other's borders", "States", TypeOrg, ""},
		{"the plural kind with its article", "The Parties agree", "The Parties", TypeOrg, ""},
		{"a plural name", "the Oklahoma Sooners and", "Sooners", TypeOrg, "ORG:Sooners"},
		{"the plural in a name", "the United States and Canada", "United States", TypeLocation, "LOCATION:United States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := strings.Index(tt.text, tt.span)
			c, ok := modelCand(tt.text, tt.typ, s, s+len(tt.span))
			got := ""
			if ok {
				got = c.typ + ":" + tt.text[c.start:c.end]
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWordsStopAtAColumnsEdge: a name's next or previous word is not
// across a column's edge, three spaces or a tab.
func TestWordsStopAtAColumnsEdge(t *testing.T) {
	for _, gap := range []string{"   ", "\t"} {
		text := "Hillary Schwab" + gap + "Fair Work"
		if _, _, ok := nextWord(text, len("Hillary Schwab")); ok {
			t.Errorf("nextWord over %q", gap)
		}
		if _, _, ok := prevWord(text, len("Hillary Schwab"+gap)); ok {
			t.Errorf("prevWord over %q", gap)
		}
	}
	if _, _, ok := nextWord("Hillary Schwab Fair", len("Hillary Schwab")); !ok {
		t.Error("nextWord stops at one space: the test shows nothing")
	}
}

func TestSoftWrap(t *testing.T) {
	prose := "Stephen M. Crampton and Thomas More Society on brief for Cherryfield Church\n      of the Open Bible, amici."
	at := strings.Index(prose, "Church") + len("Church")
	if !softWrap(prose, at, "\n      ") {
		t.Error("a paragraph's wrap ends a name")
	}
	block := "Margit Ellensby\nChief Executive Officer"
	if softWrap(block, len("Margit Ellensby"), "\n") {
		t.Error("a signature block's line break continues a name")
	}
	columns := "RE: 17-2400 Mielo v. Steak N Shake Operations     Christopher Mielo\nCaitlyn"
	if softWrap(columns, len(columns)-len("\nCaitlyn"), "\n") {
		t.Error("a line with columns continues a name")
	}
	// A paragraph's first line, short by the indent the text stage took
	// away, wraps into a full line; a short line in a block does not, nor
	// does a 40-character line inside a paragraph.
	first := "speed.\n\nThe United States Department of Health and Human\nServices declared the coronavirus a national public health\nemergency"
	if at := strings.Index(first, "Human") + len("Human"); !softWrap(first, at, "\n") {
		t.Error("a paragraph's first line does not wrap")
	}
	inside := "a full line of prose that goes on past fifty characters\nThe United States Department of Health and Human\nServices declared the coronavirus a national public health"
	if at := strings.Index(inside, "Human") + len("Human"); softWrap(inside, at, "\n") {
		t.Error("a 49-character line inside a paragraph wraps")
	}
	short := "\nMaine Conference of the United Church\nServices declared the coronavirus a national public health"
	if at := strings.Index(short, "Church") + len("Church"); softWrap(short, at, "\n") {
		t.Error("a line under 40 characters wraps")
	}
	// The text stage keeps a column's edge as a tab (text/v5): a line
	// after the break that holds one is a block's, not prose.
	tabbed := "speed.\n\nThe United States Department of Health and Human\nServices declared the coronavirus a national public\themergency"
	if at := strings.Index(tabbed, "Human") + len("Human"); softWrap(tabbed, at, "\n") {
		t.Error("a paragraph's first line wraps into a line with a column's tab")
	}
	lastLine := "\nThe United States Department of Health and Human\nServices."
	if at := strings.Index(lastLine, "Human") + len("Human"); softWrap(lastLine, at, "\n") {
		t.Error("a first line wraps into a short line")
	}
}

func TestCommonWordNames(t *testing.T) {
	doc := []rune("Church. The church met. Linda Hill walked up the hill. Hill spoke. Selya wrote. Population Distribution: population distribution.")
	ms := []Mention{
		{Type: TypeOrg, Text: "Church", Start: 0, End: 6, Source: SourceModel},
		{Type: TypePerson, Text: "Linda Hill", Start: 24, End: 34, Source: SourceModel},
		{Type: TypePerson, Text: "Hill", Start: 55, End: 59, Source: SourceModel},
		{Type: TypePerson, Text: "Selya", Start: 67, End: 72, Source: SourceModel},
		{Type: TypeOrg, Text: "Population Distribution", Start: 80, End: 103, Source: SourceModel},
	}
	var got []string
	for _, m := range commonWordNames(doc, ms) {
		got = append(got, m.Text)
	}
	if strings.Join(got, "|") != "Linda Hill|Hill|Selya" {
		t.Errorf("kept %q", got)
	}
	// A word a contract defines as a term for a thing is no name; an
	// acronym it defines may be one.
	doc = []rune(`the Warrant, the IRS. "Warrant" is, collectively, the warrants. "IRS" means the Internal Revenue Service.`)
	ms = []Mention{
		{Type: TypeOrg, Text: "Warrant", Start: 4, End: 11, Source: SourceModel},
		{Type: TypeOrg, Text: "IRS", Start: 17, End: 20, Source: SourceModel},
	}
	got = nil
	for _, m := range commonWordNames(doc, ms) {
		got = append(got, m.Text)
	}
	if strings.Join(got, "|") != "IRS" {
		t.Errorf("kept %q", got)
	}
	// A phrase so defined is no name where it is written, nor the first
	// words of it ("Milestone"), spaced as CoNLL text is or not; the same
	// word elsewhere, a phrase defined as a party's name and a name that a
	// phrase does not go on after are left alone.
	text := `"Milestone Event No. 1" means the closing. " Milestone Event No . 2 " means more. "Gold Hill Note" means Gold Hill Capital LLC. Upon the Milestone Event No. 1, Milestone  Event No . 2 and the Gold Hill Note, Milestone Capital pays Milestone.`
	doc = []rune(text)
	at := func(typ, name string, nth int) Mention {
		i := -1
		for ; nth >= 0; nth-- {
			i += 1 + strings.Index(text[i+1:], name)
		}
		return Mention{Type: typ, Text: name, Start: i, End: i + len(name), Source: SourceModel}
	}
	ms = []Mention{
		at(TypePerson, "Milestone", 2), at(TypeOrg, "Milestone", 3), at(TypeOrg, "Gold Hill", 3),
		at(TypeOrg, "Milestone Capital", 0), at(TypePerson, "Milestone", 5),
	}
	got = nil
	for _, m := range commonWordNames(doc, ms) {
		got = append(got, fmt.Sprintf("%s@%d", m.Text, m.Start))
	}
	want := []string{fmt.Sprintf("Gold Hill@%d", ms[2].Start), fmt.Sprintf("Milestone Capital@%d", ms[3].Start), fmt.Sprintf("Milestone@%d", ms[4].Start)}
	if !slices.Equal(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
}

// TestInstrumentNames drops a name the document writes only before a kind
// of document, and keeps one it also writes alone or that a pattern found.
func TestInstrumentNames(t *testing.T) {
	doc := "the U.S. Treasury note yield; the Treasury Note Maturity; the Gold Hill Note and Gold Hill; the Acme Lease; the Master Services and Loan Agreement; the Fifth Supplemental Lease; the Second Amended and Restated Note"
	at := func(typ, name string, nth int, src string) Mention {
		i := -1
		for ; nth >= 0; nth-- {
			i += 1 + strings.Index(doc[i+1:], name)
		}
		s := len([]rune(doc[:i]))
		return Mention{Type: typ, Text: name, Start: s, End: s + len([]rune(name)), Source: src}
	}
	ms := []Mention{
		at(TypeOrg, "Treasury", 0, SourceModel),
		at(TypeOrg, "Treasury", 1, SourceModel),
		at(TypeOrg, "Gold Hill", 0, SourceModel),
		at(TypeOrg, "Gold Hill", 1, SourceModel),
		at(TypeOrg, "Acme", 0, SourcePattern),
		at(TypeOrg, "Master Services", 0, SourceModel),
		at(TypeOrg, "Fifth Supplemental", 0, SourceModel),
		at(TypeOrg, "Second Amended", 0, SourceModel),
	}
	var got []string
	for _, m := range instrumentNames([]rune(doc), ms) {
		got = append(got, m.Text)
	}
	if strings.Join(got, "|") != "Gold Hill|Gold Hill|Acme" {
		t.Errorf("kept %q", got)
	}
}

func TestCitedShortForm(t *testing.T) {
	ms := []Mention{
		{ID: "a", Type: TypeCase, Text: "Strickland v. Washington", Start: 2010, End: 2034, Source: SourcePattern},
		{ID: "b", Type: TypePerson, Text: "Strickland", Start: 2100, End: 2110, Source: SourceModel},
		{ID: "c", Type: TypePerson, Text: "Washington", Start: 2200, End: 2210, Source: SourceModel},
	}
	var got []string
	for _, m := range citedCases(nil, ms) {
		got = append(got, m.Type+":"+m.Text)
	}
	if strings.Join(got, "|") != "CASE:Strickland v. Washington|PERSON:Washington" {
		t.Errorf("got %q", got)
	}
}

func TestOneSensePerName(t *testing.T) {
	ms := []Mention{
		{Type: TypePerson, Text: "Margit Ellensby", Start: 0, End: 15, Source: SourceModel},
		{Type: TypeOrg, Text: "Margit Ellensby", Start: 100, End: 115, Source: SourceModel},
		{Type: TypePerson, Text: "Margit\nEllensby", Start: 200, End: 215, Source: SourceModel},
		{Type: TypeOrg, Text: "Jackson Kelly", Start: 300, End: 313, Source: SourceModel},
		{Type: TypePerson, Text: "Jackson Kelly", Start: 400, End: 413, Source: SourceModel},
		// A litigant state keeps its type where a file stamp names the
		// state as a place twice.
		{Type: TypeOrg, Text: "STATE OF MINNESOTA", Start: 500, End: 518, Source: SourceModel},
		{Type: TypeLocation, Text: "State of Minnesota", Start: 600, End: 618, Source: SourceModel},
		{Type: TypeLocation, Text: "State of Minnesota", Start: 700, End: 718, Source: SourceModel},
	}
	var got []string
	for _, m := range oneSensePerName(ms) {
		got = append(got, m.Type)
	}
	if strings.Join(got, " ") != "PERSON PERSON PERSON ORG PERSON ORG LOCATION LOCATION" {
		t.Errorf("types %v", got)
	}
}

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

// A pattern's type for a name outranks the tagger's multi-word
// organisation of the same name; the tagger's organisation still retypes
// its lone first word when no pattern says otherwise.
func TestRetypePatternOutranksTagger(t *testing.T) {
	ms := []Mention{
		{Type: TypePerson, Text: "Margit Ellensby", Start: 0, End: 15, Source: SourceModel},
		{Type: TypePerson, Text: "Margit Ellensby", Start: 100, End: 115, Source: SourcePattern},
		{Type: TypeOrg, Text: "Margit Ellensby", Start: 116, End: 131, Source: SourceModel},
		{Type: TypeOrg, Text: "Halvorsen Maritime Logistics", Start: 200, End: 228, Source: SourceModel},
		{Type: TypePerson, Text: "Halvorsen", Start: 300, End: 309, Source: SourceModel},
	}
	var got []string
	for _, m := range retype(ms) {
		got = append(got, m.Type)
	}
	if want := "PERSON PERSON PERSON ORG ORG"; strings.Join(got, " ") != want {
		t.Errorf("types %v, want %s", got, want)
	}
}

// TestRetypeTownName: a town's name alone is its place where any
// mention names the town by its kind ("Town of Hebron", in a case's
// name too), over the tagger's organisation and the first word of a
// longer organisation's name ("Hebron Planning Board"); another name
// stays.
func TestRetypeTownName(t *testing.T) {
	ms := []Mention{
		{Type: TypeCase, Text: "Limited Editions Properties v. Town of Hebron", Start: 0, End: 45, Source: SourcePattern},
		{Type: TypeOrg, Text: "Hebron Planning Board", Start: 50, End: 71, Source: SourcePattern},
		{Type: TypeOrg, Text: "Hebron", Start: 80, End: 86, Source: SourceModel},
		{Type: TypePerson, Text: "Hebron", Start: 90, End: 96, Source: SourceModel},
		{Type: TypeOrg, Text: "Grafton", Start: 100, End: 107, Source: SourceModel},
	}
	var got []string
	for _, m := range retype(ms) {
		got = append(got, m.Type)
	}
	if want := "CASE ORG LOCATION LOCATION ORG"; strings.Join(got, " ") != want {
		t.Errorf("types %v, want %s", got, want)
	}
}

func TestPropagateNames(t *testing.T) {
	long := strings.Repeat("x", 60) + " "
	type found struct {
		text, typ string
		n         int    // which occurrence of text in the chunk
		source    string // SourceModel when empty
	}
	tests := []struct {
		name   string
		chunks []string
		tagged []found // the tagger's mentions, in the first chunk
		want   string  // TYPE:text, in document order
	}{
		{"later uses", []string{"Airland signed. Airland pays; Airland's office."}, []found{{"Airland", TypeOrg, 0, ""}},
			"ORG:Airland|ORG:Airland|ORG:Airland"},
		{"other chunk", []string{"(\"Shanghai Solutions\") and", "Shanghai Solutions pays"}, []found{{"Shanghai Solutions", TypeOrg, 0, ""}},
			"ORG:Shanghai Solutions|ORG:Shanghai Solutions"},
		{"same case and whole words only", []string{"Airland, AIRLAND, airland, Airlander."}, []found{{"Airland", TypeOrg, 0, ""}},
			"ORG:Airland"},
		{"a name of two words in the other case", []string{"BORROWER: AKAMAI TECHNOLOGIES, and Akamai Technologies, akamai technologies, Bank Of America pays"}, []found{{"AKAMAI TECHNOLOGIES", TypeOrg, 0, ""}, {"Bank Of America", TypeOrg, 0, ""}},
			"ORG:AKAMAI TECHNOLOGIES|ORG:Akamai Technologies|ORG:Bank Of America"},
		{"title case to capitals", []string{"Bank of America and Jinjia Village sued. BANK OF AMERICA, JINJIA VILLAGE"}, []found{{"Bank of America", TypeOrg, 0, ""}, {"Jinjia Village", TypeLocation, 0, ""}},
			"ORG:Bank of America|LOCATION:Jinjia Village|ORG:BANK OF AMERICA|LOCATION:JINJIA VILLAGE"},
		{"two types: left alone", []string{"Gold Hill and Gold Hill and Gold Hill"}, []found{{"Gold Hill", TypePerson, 0, ""}, {"Gold Hill", TypeLocation, 1, ""}},
			"PERSON:Gold Hill|LOCATION:Gold Hill"},
		{"inside a longer name the tagger missed", []string{"Shanghai Solutions Software Co. (\"Shanghai Solutions\")"}, []found{{"Shanghai Solutions", TypeOrg, 1, ""}},
			"ORG:Shanghai Solutions|ORG:Shanghai Solutions"},
		{"not over a line of a block", []string{"Gold Hill pays.\nGold\nHill"}, []found{{"Gold Hill", TypeOrg, 0, ""}},
			"ORG:Gold Hill"},
		{"over a paragraph's wrap", []string{"Gold Hill pays.\n" + long + "Gold\nHill"}, []found{{"Gold Hill", TypeOrg, 0, ""}},
			"ORG:Gold Hill|ORG:Gold Hill"},
		{"a company's short name", []string{"Bizexpress Limited, a company, and Bizexpress agree"}, []found{{"Bizexpress Limited", TypeOrg, 0, ""}},
			"ORG:Bizexpress Limited|ORG:Bizexpress"},
		{"a pattern's company too", []string{"VRINGO, INC., a Delaware corporation. VRINGO: By"}, []found{{"VRINGO, INC.", TypeOrg, 0, SourcePattern}},
			"ORG:VRINGO, INC.|ORG:VRINGO"},
		{"a full stop is no legal form", []string{"See S.F. Real Est. Inv'rs. v. Real Est. Inv. Later S.F. Real Est. Inv'rs, 692 F.2d"}, []found{{"S.F. Real Est. Inv'rs.", TypeOrg, 0, ""}},
			"ORG:S.F. Real Est. Inv'rs."},
		{"a cited case's party is no source", []string{"See Marlow Freight Co. v. First Tidewater Bank, 212 N.A. 3d 455. Marlow Freight, 212 N.A. 3d at 462."},
			[]found{{"Marlow Freight Co.", TypeOrg, 0, SourcePattern}, {"Marlow Freight Co. v. First Tidewater Bank", TypeCase, 0, SourcePattern}},
			"ORG:Marlow Freight Co.|CASE:Marlow Freight Co. v. First Tidewater Bank"},
		{"not inside a case's name", []string{"Acme Widgets pays. See Acme Widgets v. Jones, 1 F.3d 2"}, []found{{"Acme Widgets", TypeOrg, 0, ""}, {"Acme Widgets v. Jones", TypeCase, 0, SourcePattern}},
			"ORG:Acme Widgets|CASE:Acme Widgets v. Jones"},
		{"a pattern's person", []string{"( 2 ) Bing Yu (\"Borrower\"), a citizen of China\nName :\nBing Yu\nBorrower : Bing Yu By"}, []found{{"Bing Yu", TypePerson, 0, SourcePattern}},
			"PERSON:Bing Yu|PERSON:Bing Yu|PERSON:Bing Yu"},
		{"a pattern's one-word person is no source", []string{"Judge Holt ruled. Holt Street"}, []found{{"Holt", TypePerson, 0, SourcePattern}},
			"PERSON:Holt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cr chunk.Result
			start := 0
			for i, s := range tc.chunks {
				cr.Chunks = append(cr.Chunks, chunk.Chunk{ID: string(rune('a' + i)), Start: start, Text: s})
				start += len([]rune(s)) + 1
			}
			c := cr.Chunks[0]
			var ms []Mention
			for _, f := range tc.tagged {
				i := -1
				for range f.n + 1 {
					i += 1 + strings.Index(c.Text[i+1:], f.text)
				}
				src := f.source
				if src == "" {
					src = SourceModel
				}
				m := Mention{Type: f.typ, Text: f.text, ChunkID: c.ID, Start: c.Start + i, End: c.Start + i + len(f.text), Source: src}
				m.ID = mentionID(m)
				ms = append(ms, m)
			}
			var got []string
			for _, m := range propagateNames(cr, ms) {
				got = append(got, m.Type+":"+strings.Join(strings.Fields(m.Text), " "))
				if m.ID != mentionID(m) {
					t.Errorf("%q: id %q", m.Text, m.ID)
				}
				for _, ch := range cr.Chunks {
					if ch.ID == m.ChunkID && string([]rune(ch.Text)[m.Start-ch.Start:m.End-ch.Start]) != m.Text {
						t.Errorf("%q: offsets %d-%d in chunk %s", m.Text, m.Start, m.End, ch.ID)
					}
				}
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), tc.want)
			}
		})
	}
}

func TestWithoutLegalForm(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"VRINGO , INC .", "VRINGO"},
		{"Shanghai Solutions Software Co. , Ltd.", "Shanghai Solutions Software"},
		{"Thinkplus Investments Limited", "Thinkplus Investments"},
		{"Island Creek Coal Company", "Island Creek Coal"},
		{"Acme Widgets", ""},            // no legal form
		{"S.F. Real Est. Inv'rs .", ""}, // a full stop alone
		{"Trust Company", ""},           // a kind of organisation
		{"The Company", ""},
		{"Ace Inc.", ""}, // too short to name it alone
		{"acme inc.", ""},
	} {
		got := strings.Join(withoutLegalForm(strings.Fields(c.name)), " ")
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestCompleteNames(t *testing.T) {
	doc := []rune("a New Aldershire limited liability company in New Aldershire; Old Aldershire")
	ms := []Mention{
		{Type: TypeLocation, Text: "Aldershire", Start: 6, End: 16, Source: SourceModel},
		{Type: TypeLocation, Text: "New Aldershire", Start: 46, End: 60, Source: SourceModel},
		{Type: TypeLocation, Text: "Aldershire", Start: 66, End: 76, Source: SourceModel},
	}
	var got []string
	for _, m := range completeNames(doc, ms) {
		got = append(got, m.Text)
		if string(doc[m.Start:m.End]) != m.Text {
			t.Errorf("offsets of %q", m.Text)
		}
	}
	if strings.Join(got, "|") != "New Aldershire|New Aldershire|Aldershire" {
		t.Errorf("got %q", got)
	}
}

// TestPossessiveShortNames: a person's name whose mention is possessive
// is the company named with that possessive, every mention of it (a
// pattern's organisation "X's …" in either apostrophe and either case, or
// a pattern's "X's" alone, a known chain); not where the organisation is
// the tagger's "X's" alone, nor a surname of a person named in full or
// with a title, nor a name never possessive, nor a defined term. A known
// chain's possessive name of a person named in full is that person, its
// mention without "'s".
func TestPossessiveShortNames(t *testing.T) {
	type at struct {
		text, typ, source string
		nth               int // the occurrence of text in the document, from 0
	}
	for _, tc := range []struct {
		name, doc string
		ms        []at
		want      string
	}{
		{"company's possessive", "Fletcher’s Tire and Auto Service, Inc. sold tires. Fletcher’s will pay; Fletcher refused.",
			[]at{{"Fletcher’s Tire and Auto Service, Inc.", TypeOrg, SourcePattern, 0}, {"Fletcher", TypePerson, SourceModel, 1}, {"Fletcher", TypePerson, SourceModel, 2}},
			"ORG|ORG|ORG"},
		{"capitals", "BANANA JOE'S OF AKRON, INC. RUNS BANANA JOE'S NIGHTCLUB.",
			[]at{{"BANANA JOE'S OF AKRON, INC.", TypeOrg, SourcePattern, 0}, {"BANANA JOE", TypePerson, SourceModel, 1}},
			"ORG|ORG"},
		{"the tagger's chain of a person named in full", "Governor Chris Christie vetoed it. Christie's veto stands.",
			[]at{{"Chris Christie", TypePerson, SourcePattern, 0}, {"Christie's", TypeOrg, SourceModel, 0}},
			"PERSON|ORG"},
		{"capitals and a comma", "BANANA JOE'S OF AKRON, INC. runs a nightclub, Banana Joe's, in Akron.",
			[]at{{"BANANA JOE'S OF AKRON, INC.", TypeOrg, SourcePattern, 0}, {"Banana Joe", TypePerson, SourceModel, 0}},
			"ORG|ORG"},
		{"legal form after the possessive", "Aaron's, Inc. agreed. Aaron's franchisees sold it.",
			[]at{{"Aaron's, Inc.", TypeOrg, SourcePattern, 0}, {"Aaron", TypePerson, SourceModel, 1}},
			"ORG|ORG"},
		{"a known chain", "Lowe's Wins Approval. Sold at Lowe's and others.",
			[]at{{"Lowe", TypePerson, SourceModel, 0}, {"Lowe's", TypeOrg, SourcePattern, 1}},
			"ORG|ORG"},
		{"the tagger's possessive alone", "Lowe's Wins Approval. Sold at Lowe's and others.",
			[]at{{"Lowe", TypePerson, SourceModel, 0}, {"Lowe's", TypeOrg, SourceModel, 1}},
			"PERSON|ORG"},
		{"a surname", "John Smith owns Smith's Hardware, LLC. Smith's testimony was brief.",
			[]at{{"John Smith", TypePerson, SourcePattern, 0}, {"Smith's Hardware, LLC", TypeOrg, SourcePattern, 0}, {"Smith", TypePerson, SourceModel, 2}},
			"PERSON|ORG|PERSON"},
		{"a titled person", "Plaintiff slipped at Smith's Hardware, LLC. The owner, Mr. Smith, was present. Smith's employees mopped.",
			[]at{{"Smith's Hardware, LLC", TypeOrg, SourcePattern, 0}, {"Smith", TypePerson, SourceModel, 1}, {"Smith", TypePerson, SourceModel, 2}},
			"ORG|PERSON|PERSON"},
		{"a known chain's name of a person named in full", "Governor Chris Christie vetoed it. Christie's veto stands; Kohl's sells shirts.",
			[]at{{"Chris Christie", TypePerson, SourcePattern, 0}, {"Christie's", TypeOrg, SourcePattern, 0}, {"Kohl's", TypeOrg, SourcePattern, 0}},
			"PERSON|PERSON|ORG"},
		{"never possessive", "Amy's Kitchen, Inc. hired Amy. Amy left.",
			[]at{{"Amy's Kitchen, Inc.", TypeOrg, SourcePattern, 0}, {"Amy", TypePerson, SourceModel, 1}, {"Amy", TypePerson, SourceModel, 2}},
			"ORG|PERSON|PERSON"},
		{"a longer word", "Amy's Kitchen, Inc. sued; Amy'sa said so.",
			[]at{{"Amy's Kitchen, Inc.", TypeOrg, SourcePattern, 0}, {"Amy", TypePerson, SourceModel, 1}},
			"ORG|PERSON"},
		{"a defined term's possessive", "David's Bridal Inc. (\"David\") said David's stores stay open; David agreed.",
			[]at{{"David's Bridal Inc.", TypeOrg, SourcePattern, 0}, {"David", TypePerson, SourceDefined, 2}, {"David", TypePerson, SourceModel, 3}},
			"ORG|PERSON|PERSON"},
		{"a defined term", "David's Bridal Inc. (\"David\") said David's stores stay open.",
			[]at{{"David's Bridal Inc.", TypeOrg, SourcePattern, 0}, {"David", TypePerson, SourceDefined, 1}, {"David", TypePerson, SourceModel, 2}},
			"ORG|PERSON|ORG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for _, a := range tc.ms {
				i := -1
				for range a.nth + 1 {
					i += 1 + strings.Index(tc.doc[i+1:], a.text)
				}
				s := utf8.RuneCountInString(tc.doc[:i])
				ms = append(ms, Mention{Type: a.typ, Text: a.text, Source: a.source, Start: s, End: s + utf8.RuneCountInString(a.text)})
			}
			var got []string
			for _, m := range possessiveShortNames([]rune(tc.doc), ms) {
				got = append(got, m.Type)
				if string([]rune(tc.doc)[m.Start:m.End]) != m.Text || m.Type == TypePerson && possessive(m.Text) {
					t.Errorf("%s mention %q at %d-%d", m.Type, m.Text, m.Start, m.End)
				}
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, "|"), tc.want)
			}
		})
	}
}

// candTexts is the texts of cs in text, joined by "|".
// candsAt returns a candidate of type typ, from source, at the first
// occurrence of each name in text.
func candsAt(text, typ, source string, names ...string) []cand {
	var cs []cand
	for _, n := range names {
		i := strings.Index(text, n)
		cs = append(cs, cand{typ: typ, start: i, end: i + len(n), source: source})
	}
	return cs
}

// wantMend runs mend over the candidates cs of text and compares their
// texts, in order, with want.
func wantMend(t *testing.T, mend func(string, []cand) []cand, text string, cs []cand, want string) {
	t.Helper()
	if got := candTexts(text, mend(text, cs)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// wantFind runs a pass that finds names of its own over text and
// compares their texts, in order, with want.
func wantFind(t *testing.T, find func(string) []cand, text, want string) {
	t.Helper()
	if got := candTexts(text, find(text)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func candTexts(text string, cs []cand) string {
	var got []string
	for _, c := range cs {
		got = append(got, text[c.start:c.end])
	}
	return strings.Join(got, "|")
}

func TestSignatories(t *testing.T) {
	text := "Sincerely,\nPriya Castellanos\nPartner, Brannock & Vey LLP\ncc: Margit Ellensby, Chief Executive Officer, Halvorsen\nDesmond Okafor, Chief Financial Officer\nFaith Bible Church, Partner in faith\nThe Court, Senior\nM. Frey, Attorney General\nJane Doe | Partner"
	wantFind(t, signatories, text, "Priya Castellanos|Margit Ellensby|Desmond Okafor|Jane Doe")
}

// TestContactDepartments: a notice for a department or an office names no
// person; one for a person does.
func TestContactDepartments(t *testing.T) {
	text := "If to Bank: Pacific Western Bank, Attn: Loan Operations. Attention: Legal Department. Attn: General Counsel. Attn: Maria Chen, Fax: 555"
	wantFind(t, signatories, text, "Maria Chen")
}

// TestCityOfState: a one-word name a place follows after a comma is a
// place; a longer one is when places stand on both sides of it in an
// address's list (spaced as CoNLL text is or not) and no word of it is an
// organisation's.
func TestCityOfState(t *testing.T) {
	text := "Brightwater, New Aldershire. Smith sued in Texas.\n" +
		"George Town, Grand Cayman, British West Indies; Jinjia Village , Fengtai District , Beijing\n" +
		"Boston, Acme Bank, Massachusetts; Mary Jones, Ohio; Austin, Jane Roe\nTexas\n" +
		"the terminal in Newport News, Virginia; a letter from Mary Smith, Ohio; at Hampton Savings Bank, Virginia; in Port Calloway, New Aldershire"
	type tagged struct{ typ, name string }
	var ms []Mention
	from := 0
	for _, tg := range []tagged{
		{TypePerson, "Brightwater"}, {TypeLocation, "New Aldershire"}, {TypePerson, "Smith"}, {TypeLocation, "Texas"},
		{TypeLocation, "George Town"}, {TypePerson, "Grand Cayman"}, {TypeLocation, "British West Indies"},
		{TypeLocation, "Jinjia Village"}, {TypeOrg, "Fengtai District"}, {TypeLocation, "Beijing"},
		{TypeLocation, "Boston"}, {TypeOrg, "Acme Bank"}, {TypeLocation, "Massachusetts"},
		{TypePerson, "Mary Jones"}, {TypeLocation, "Ohio"}, {TypeLocation, "Austin"}, {TypePerson, "Jane Roe"}, {TypeLocation, "Texas"},
		{TypeOrg, "Newport News"}, {TypeLocation, "Virginia"}, {TypePerson, "Mary Smith"}, {TypeLocation, "Ohio"},
		{TypeOrg, "Hampton Savings Bank"}, {TypeLocation, "Virginia"}, {TypeOrg, "Port Calloway"}, {TypeLocation, "New Aldershire"},
	} {
		i := from + strings.Index(text[from:], tg.name)
		ms = append(ms, Mention{Type: tg.typ, Text: tg.name, Start: i, End: i + len(tg.name), Source: SourceModel})
		from = i + len(tg.name)
	}
	var got []string
	for _, m := range cityOfState([]rune(text), ms) {
		if m.Type != TypeLocation {
			got = append(got, m.Text)
		}
	}
	if want := "Smith|Acme Bank|Mary Jones|Jane Roe|Mary Smith|Hampton Savings Bank|Port Calloway"; strings.Join(got, "|") != want {
		t.Errorf("not places: %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestAddressPlaces(t *testing.T) {
	text := "Suite 500\nCincinnati, Ohio 45202\nGreensboro, NC 27401\nAcme, Widget 12345\nWashington, DC 20210\n" +
		"Clerk         CINCINNATI, OHIO 45202-3988        www.ca6.uscourts.gov\nACME, WIDGET 12345\nWASHINGTON, DC 20001\n" +
		"Reporter of Decisions, Supreme Court of the United States, Washington,\nD. C. 20543, of any\n200 Liberty Street, 26th Floor New York, New York 10281-1003\n" +
		"a Delaware corporation 165 Forest Street Marlboro, MA 01752 as borrower\nThree Center Plaza Boston, Massachusetts 02108\nDrive Ridge Falls, CA 90001\n" +
		"P.O. Box 973 St. Helens, OR 97051\nSt. Cloud, MN 56301\n165 Main St. Helens, OR 97051"
	wantFind(t, addressPlaces, text, "Washington, DC|WASHINGTON, DC|Washington,\nD. C.|Cincinnati|Ohio|Greensboro|NC|CINCINNATI|OHIO|New York|New York|"+
		"Marlboro|MA|Boston|Massachusetts|Drive Ridge Falls|CA|St. Helens|OR|St. Cloud|MN|Helens|OR")
}

// TestCounselCities: a counsel list's city and state without a ZIP code,
// and its city before the party the lawyer is for; a degree after a
// person's name is no state, and a lawyer or a lawyer's title is no city.
func TestCounselCities(t *testing.T) {
	text := "Susan I. Strong, argued, Lincoln, NE (Alan L. Plessman, on the brief), for appellant.\n" +
		"Helen Thigpen, Haynes & Boone, Richardson, TX, for Defendants. David B. Lyons, Nashville, TN.\n" +
		"Testimony of Jane Roe, MD, and of John Smith, PA; Baltimore, MD, is a city. Under Rule 12, PA fees apply.\n" +
		"Dewey A. Routh, Rolla, for defendants-respondents. Aaron A. Wilson, City Atty., St. Louis, for appellant. Harvey B. Cox, for appellants.\n" +
		"Douglas K. Mickle, Assistant Director, for defendant.\nAngela Smagula, Assistant City Solicitor, for the appellee.\nJon Burford, Kozeny & McCubbin, LC, St. Louis, MO, for Defendant.\n" +
		"C. Orlet, Husch & Eppenberger, LLC, of St. Louis, MO.\n"
	wantFind(t, addressPlaces, text, "Rolla|St. Louis|Lincoln|NE|Richardson|TX|Nashville|TN|Baltimore|MD|St. Louis|MO|St. Louis|MO")
}

// TestCityAbbrevs: a counsel list's city and its state's citation
// abbreviation are two places; a citation's abbreviation ("Tex. App."), a
// word that is no state's ("Co.", "Inc.") and the capital's district
// (found whole) are not.
func TestCityAbbrevs(t *testing.T) {
	text := "Roderick Macpherson, Minneapolis, Minn., for appellants. Edwin R. DeYoung, Dallas, Tex., for Letterman.\n" +
		"Thomas J. Profy, III, Langhorne, Pa., and Jane Roe, St. Louis, Mo.\nSam Poe, Portland, Ore.; Al Joe, Albany, N. Y.\n" +
		"Smith v. State, 5 S.W.3d 1 (Dallas, Tex. App. 1999); Acme, Co., for Widget, Inc.; Washington, D.C., for amici.\n" +
		"Roe LLP, Riverhead, N.Y. (Jane Roe of counsel), for appellant; Ann Poe, M.D. (a witness), Acme, Inc. (the seller). See Jones, Cal. (1990); Smith, Tex. (App. 1990); Doe, Tex. (Ret.); Smith v. Jones, Ky. (unpublished opinion); signed by Judge Smith, Fla. (Broward County)\n"
	wantFind(t, addressPlaces, text, "Washington, D.C.|Minneapolis|Minn|Dallas|Tex|Langhorne|Pa|St. Louis|Mo|Portland|Ore|Albany|N. Y|Riverhead|N.Y|Fla")
}

// TestTownsOfStates: a town and its state written out after a preposition
// of place are two places; a state before a state, an organisation or a
// word that is no name are not towns, and a state's name must follow.
func TestTownsOfStates(t *testing.T) {
	text := "DOMINICK P. CAROLLO, a resident of Holmdel, New Jersey, worked in New York, New York. A company located in Fairfield,\nConnecticut " +
		"sued in Purchase, New York. Of Counsel, New Jersey; in Acme Bank, Ohio; in Springfield, Acme; at St. Joseph, Missouri.\n"
	wantFind(t, addressPlaces, text, "Holmdel|New Jersey|Fairfield|Connecticut|Purchase|New York|St. Joseph|Missouri")
}

func TestStreetAddresses(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"number and street", "at 3003 Tasman Drive, Santa Clara", "3003 Tasman Drive|Santa Clara"},
		{"over a line end", "601 Market Street\nPhiladelphia", "601 Market Street"},
		{"direction", "Jackson Kelly\n175 E. Main Street\nLexington", "175 E. Main Street"},
		{"quadrant", "200 Constitution Avenue, N.W., Washington", "200 Constitution Avenue, N.W.|Washington"},
		{"quadrant without comma", "720 Kennon Street SE", "720 Kennon Street SE"},
		{"a direction written out", "Counsel, 1501 San Elijo Road South\nSuite 104; 386 Park Avenue South, New York", "1501 San Elijo Road South|386 Park Avenue South|New York"},
		{"a direction that opens a city", "80 Dorchester Square North Westerville, OH", "80 Dorchester Square"},
		{"capitals", "601 MARKET STREET", "601 MARKET STREET"},
		{"abbreviation", "1 Yigal Allon Blvd Bet Shemesh", "1 Yigal Allon Blvd"},
		{"ordinal", "100 East Fifth Street", "100 East Fifth Street"},
		{"of between the name's words", "at 280 King of Prussia Road, Radnor", "280 King of Prussia Road|Radnor"},
		{"a city the tagger does not know", `at 1200 Lantern Square, Brightwater ("Lender")`, "1200 Lantern Square|Brightwater"},
		{"a suite is no city", "1 Main Street, Suite 400", "1 Main Street"},
		{"a label is no city", "1 Main Street, Fax\n555-1212", "1 Main Street"},
		{"of before the name is no part of it", "the corner of Main Street", ""},
		{"no street word", "whose address is 201 Broadway, 4th Floor", ""},
		{"a court is no street", "in 2019 Superior Court", ""},
		{"no number", "on Main Street", ""},
		{"number at the line's end", "Commercial Real Estate Services, 8739\nResearch Drive URP 4", "8739\nResearch Drive"},
		{"number alone on the line before", "1\nPemberton Square, Suite 2500", "1\nPemberton Square"},
		{"a page's number is no house number", "see page 12\nMain Street", ""},
		{"a house number spelled out", "Ogletree Deakins Nash Smoak & Stewart\nOne PPG Place, Suite 1900", "One PPG Place"},
		{"a spelled number alone before the street word", "at One Place there", ""},
		{"a year and a sentence", "In 2019 the Court held", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range streetAddresses(tc.text) {
			got = append(got, tc.text[c.start:c.end])
			if c.typ != TypeLocation {
				t.Errorf("%s: type %s", tc.name, c.typ)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestFirmLines(t *testing.T) {
	doc := []rune("Mr. William S. Mattingly\nJackson Kelly\n175 E. Main Street\n\nLinda Hill\nJohn Doe\nnothing")
	ms := []Mention{
		{Type: TypePerson, Text: "William S. Mattingly", Start: 4, End: 24, Source: SourceModel},
		{Type: TypePerson, Text: "Jackson Kelly", Start: 25, End: 38, Source: SourceModel},
		{Type: TypePerson, Text: "Linda Hill", Start: 59, End: 69, Source: SourceModel},
		{Type: TypePerson, Text: "John Doe", Start: 70, End: 78, Source: SourceModel},
	}
	var got []string
	for _, m := range firmLines(doc, ms) {
		got = append(got, m.Type)
	}
	if strings.Join(got, " ") != "PERSON ORG PERSON PERSON" {
		t.Errorf("types %v", got)
	}
}

func TestCitationOverLineBreak(t *testing.T) {
	doc := []rune(strings.Repeat(" ", 2000) + "See Chronicle Publ'g Co. v. Hantzis,\n\n      902 F.2d 1028 (1st Cir. 1990).")
	name := "Chronicle Publ'g Co. v. Hantzis"
	s := 2004
	c := s + len([]rune(name)) + 9
	ms := []Mention{
		{ID: "a", Type: TypeCase, Text: name, Start: s, End: s + len([]rune(name)), Source: SourcePattern},
		{ID: "b", Type: TypeCase, Text: "902 F.2d 1028", Start: c, End: c + 13, Source: SourcePattern},
	}
	if got := string(doc[c : c+13]); got != "902 F.2d 1028" {
		t.Fatalf("test offsets: %q", got)
	}
	out := citedCases(doc, ms)
	if out[1].Refers != name {
		t.Errorf("citation refers to %q", out[1].Refers)
	}
}

// The document's own case named in mixed case, then its docket number on
// the next line after a label, is one case; a docket number elsewhere, or
// after an unlabelled gap, is not joined to it.
func TestOwnCaseDocketLabel(t *testing.T) {
	for _, tc := range []struct {
		name, gap string
		joined    bool
	}{
		{"case number", "\nCase Number: ", true},
		{"no.", "\nNo. ", true},
		{"docket no.", "\nDocket No.: ", true},
		{"prose between", "\nwas appealed as ", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "Christopher Mielo, et al v. Steak N Shake Operations Inc"
			text := "RE: " + name + tc.gap + "17-2678\n"
			doc := []rune(text)
			s := 4
			e := s + len([]rune(name))
			d := len([]rune("RE: " + name + tc.gap))
			ms := []Mention{
				{ID: "a", Type: TypeCase, Text: name, Start: s, End: e, Source: SourcePattern},
				{ID: "b", Type: TypeCase, Text: "17-2678", Start: d, End: d + 7, Source: SourcePattern},
			}
			out := citedCases(doc, ms)
			if got := out[1].Refers == name; got != tc.joined {
				t.Errorf("docket refers to %q, want joined %v", out[1].Refers, tc.joined)
			}
		})
	}
}

func TestFragments(t *testing.T) {
	ms := []Mention{
		{Type: TypePerson, Text: "Nichole Marie Jagels", Start: 0, End: 20, Source: SourceModel},
		{Type: TypeOrg, Text: "Jagels", Start: 30, End: 36, Source: SourceModel},
		{Type: TypeLocation, Text: "Red River", Start: 40, End: 49, Source: SourceModel},
		{Type: TypeOrg, Text: "Red", Start: 60, End: 63, Source: SourceModel},
		{Type: TypeOrg, Text: "Tarrant Regional Water District", Start: 70, End: 101, Source: SourceModel},
		{Type: TypeOrg, Text: "Tarrant", Start: 110, End: 117, Source: SourceModel},
		{Type: TypeOrg, Text: "Oklahoma Water Resources Board", Start: 120, End: 150, Source: SourceModel},
		{Type: TypeLocation, Text: "Oklahoma", Start: 160, End: 168, Source: SourceModel},
	}
	var got []string
	for _, m := range fragments(ms) {
		got = append(got, m.Type+":"+m.Text)
	}
	if strings.Join(got, "|") != "PERSON:Nichole Marie Jagels|PERSON:Jagels|LOCATION:Red River|ORG:Tarrant Regional Water District|ORG:Tarrant|ORG:Oklahoma Water Resources Board|LOCATION:Oklahoma" {
		t.Errorf("got %q", got)
	}
}

func TestOrgList(t *testing.T) {
	tests := []struct {
		w, comma, rest string
		want           bool
	}{
		{"Association", ",", "Union", true},                                            // two names in a list
		{"Church", ",", "Faith", true},                                                 // two names in a list
		{"Association", ",", "Inc.", false},                                            // a legal form
		{"Association", ",", "Texas", false},                                           // a place
		{"Association", ",", "TX", false},                                              // a state's code
		{"Smith", ",", "Jones", false},                                                 // no organisation word
		{"Association", ";", "Union", false},                                           // not a comma
		{"Association", ",", "which", false},                                           // not a name
		{"Association", ",", "Inc., a Delaware corporation", false},                    // a legal form, a comma after it
		{"Association", ",", "Texas, and", false},                                      // a place, a comma after it
		{"Association", ",", "Union\nfor Reform Judaism", true},                        // a line break after the next word
		{"Conference", ",", "United Church of Christ, Men of Reform Judaism", false},   // a church's regional body
		{"Conference", ",", "Union for Reform Judaism, United Church of Christ", true}, // the church is the next item's
		{"Association", ",", "United Church of Christ", true},                          // not a church's body
	}
	for _, tt := range tests {
		if got := orgList(tt.w, tt.comma, tt.rest); got != tt.want {
			t.Errorf("orgList(%q, %q, %q) = %v, want %v", tt.w, tt.comma, tt.rest, got, tt.want)
		}
	}
}

// The tagger's two names for a church's regional body and its church, a
// comma between, are one organisation; other neighbours in a list stay
// apart.
func TestChurchOfBody(t *testing.T) {
	text := "Action Network, Maine Conference,\nUnited Church of Christ, Men of Reform Judaism, Central Conference, Union for Reform Judaism"
	cs := candsAt(text, TypeOrg, SourceModel, "Action Network", "Maine Conference", "United Church of Christ", "Men of Reform Judaism", "Central Conference", "Union for Reform Judaism")
	var got []string
	for _, c := range churchOfBody(text, cs) {
		got = append(got, strings.Join(strings.Fields(text[c.start:c.end]), " "))
	}
	if want := "Action Network|Maine Conference, United Church of Christ|Men of Reform Judaism|Central Conference|Union for Reform Judaism"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestListBreak(t *testing.T) {
	for name, want := range map[string]int{
		"Reconstructionist Rabbinical Association, Union": len("Reconstructionist Rabbinical Association"),
		"Acme Trade Association, Inc.":                    0,
		"Smith, Jones and Brown LLP":                      0,
		"Dallas Church, Texas":                            0,
	} {
		if got := listBreak(name); got != want {
			t.Errorf("listBreak(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestKindOfBusiness(t *testing.T) {
	for name, want := range map[string]bool{
		"Insurance Company":                        true,
		"Life Insurance Company":                   true,
		"the Trust Co.":                            true,
		"Dearborn National Life Insurance Company": false,
		"Standard Insurance Company":               false,
		"Company":                                  false,
		"Title Insurance":                          false,
		"LIMITED LIABILITY COMPANY":                true,
		"Limited Partnership":                      true,
		"Brightwater Limited Partnership":          false,
		"REVOCABLE LIVING TRUST":                   true,
		"Hartwell Family Trust":                    false,
	} {
		if got := kindOfBusiness(name); got != want {
			t.Errorf("kindOfBusiness(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestRedundantHead(t *testing.T) {
	for name, want := range map[string]string{
		"NDRB Board":                   "NDRB",
		"SEC Commission":               "SEC",
		"NDRB Panel":                   "NDRB Panel",
		"FBI Academy":                  "FBI Academy",
		"Review Board":                 "Review Board",
		"Naval Discharge Review Board": "Naval Discharge Review Board",
	} {
		if got := name[:redundantHead(name, 0, len(name))]; got != want {
			t.Errorf("redundantHead(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestBriefFirms: the name after "and" that closes a counsel list "on
// brief" is the lawyers' firm; a lawyer with an initial is not one.
func TestBriefFirms(t *testing.T) {
	text := "Roger K. Gannam, with whom Daniel J. Schmid, and Liberty Counsel were on brief, for appellant.\n" +
		"     Stephen C. Whiting and The Whiting Law Firm on brief for Adrienne Bennett.\n" +
		"     James G. Monteleone, and\n     Bernstein Shur on brief for amici. Jeffrey I. Pasek, and Cozen O'Connor on brief.\n" +
		"     with whom Aaron M. Frey, Attorney General, and Sarah A. Forster were on brief, for appellee."
	var got []string
	for _, c := range briefFirms(text) {
		got = append(got, c.typ+":"+text[c.start:c.end])
	}
	want := "ORG:Liberty Counsel|ORG:The Whiting Law Firm|ORG:Bernstein Shur|ORG:Cozen O'Connor"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestCountryTail: a national body's name goes on over "in the USA".
func TestCountryTail(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"the National Council of the Churches of Christ in the USA, and", "National Council of the Churches of Christ", "National Council of the Churches of Christ in the USA"},
		{"the Evangelical Lutheran Church in America filed", "Evangelical Lutheran Church", "Evangelical Lutheran Church in America"},
		{"the Presbyterian Church in the United States filed", "Presbyterian Church", "Presbyterian Church in the United States"},
		{"the First Baptist Church in Waldoboro filed", "First Baptist Church", "First Baptist Church"},
		// A name in capitals, its tail in capitals.
		{"Cecil Hunt; U.S. DEPARTMENT OF LABOR\n\nRespondents", "U.S. DEPARTMENT", "U.S. DEPARTMENT OF LABOR"},
		{"the U.S. Department OF LABOR", "U.S. Department", "U.S. Department"},
	} {
		s := strings.Index(c.text, c.name)
		e, _ := extendOrg(c.text, s, s+len(c.name))
		if got := c.text[s:e]; got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestWrappedGivenName: a given name at the end of a paragraph's line goes
// on with the initial and surname on the next; a job title after a
// title is no person.
func TestWrappedGivenName(t *testing.T) {
	text := "David A. Soley, James G. Monteleone, Steven M. Freeman, Amy E. Feinman, Jeffrey\n      I. Pasek, and Cozen O'Connor on brief"
	s := strings.Index(text, "Jeffrey")
	c, ok := modelCand(text, TypePerson, s, s+len("Jeffrey"))
	if !ok || text[c.start:c.end] != "Jeffrey\n      I. Pasek" {
		t.Errorf("got %q", text[c.start:c.end])
	}
	// A known given name after other words of a short line goes on too;
	// one alone on its line, as a list writes names, does not.
	for _, c := range []struct{ text, name, want string }{
		{"MD ( March 10, 2010) - Attorney General Douglas\nF. Gansler announced today", "Douglas", "Douglas\nF. Gansler"},
		{"Counsel:\nDouglas\nF. Gansler\n", "Douglas", "Douglas"},
		{"the chief Qalt\nF. Gansler announced", "Qalt", "Qalt"},
	} {
		s := strings.Index(c.text, c.name)
		m, ok := modelCand(c.text, TypePerson, s, s+len(c.name))
		if !ok || c.text[m.start:m.end] != c.want {
			t.Errorf("%q: got %q, want %q", c.text, c.text[m.start:m.end], c.want)
		}
	}
	for _, office := range []string{"CLERK OF COURT", "Case Manager", "Chief Judge", "Circuit Executive"} {
		if !jobTitle(office) {
			t.Errorf("%q is an office", office)
		}
	}
	if jobTitle("Case Western") || jobTitle("Court") {
		t.Error("a name without a job word is no office")
	}
	if !jobTitle("Judge Advocate") || jobTitle("Judge Pasek") {
		t.Errorf("jobTitle")
	}
}

// TestBeforeVersus: a name right before a "v." wrapped onto the next line
// of double-spaced text is a cited case's party; a caption's party in
// capitals is not.
func TestBeforeVersus(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"emergency.             See Roman Catholic Diocese of Brooklyn\n\n       v. Cuomo, No. 20A87", "Roman Catholic Diocese of Brooklyn", true},
		{"See Roman Catholic Diocese of Brooklyn\n       v. Cuomo", "Roman Catholic Diocese of Brooklyn", true},
		{"TARRANT REGIONAL WATER DISTRICT\n\n v. HERRMANN", "TARRANT REGIONAL WATER DISTRICT", false},
		{"the Roman Catholic Diocese of Brooklyn\n\n       argued that", "Roman Catholic Diocese of Brooklyn", false},
	} {
		s := strings.Index(c.text, c.name)
		if got := beforeVersus(c.text, s, s+len(c.name)); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPurposeTail: an organisation's name goes on over its "for" tail.
func TestPurposeTail(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"and Bernstein Shur on brief for Americans United for Separation of\n      Church and State, amicus curiae.", "Americans United", "Americans United for Separation of\n      Church and State"},
		{"the Alliance Defending Freedom for the motion", "Alliance Defending Freedom", "Alliance Defending Freedom"},
		{"Acme Holdings, Inc. for Summary Judgment", "Acme Holdings, Inc.", "Acme Holdings, Inc."},
		{"motion of Acme Widgets for Summary Judgment", "Acme Widgets", "Acme Widgets"},
		{"Ramona D. Elliott, Executive Office for U.S. Trustees, Washington, DC", "Executive Office", "Executive Office for U.S. Trustees"},
		{"the Executive Office for the U.S. It", "Executive Office", "Executive Office for the U.S."},
		{"Acme Widget Group for U.S. operations", "Acme Widget Group", "Acme Widget Group"},
	} {
		s := strings.Index(c.text, c.name)
		if got := c.text[s:purposeTail(c.text, s, s+len(c.name))]; got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestClauseName(t *testing.T) {
	for name, want := range map[string]bool{
		"Representations of Company":               true,
		"Liability for Obligations of the Company": true,
		"Parent Company":                           true,
		"Fifth Supplemental Lease":                 true,
		"Indenture of Trust":                       true,
		"Silicon Valley Bank":                      false,
		"Bank of America":                          false,
		"First National Bank":                      false,
		"Allstate Insurance Company":               false,
		"Company":                                  false,
	} {
		if got := clauseName(name); got != want {
			t.Errorf("clauseName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPersonParties: a party whose description only a natural person has
// (a citizen of, an individual, residing at, a passport or an identity
// card) is a person, before or after its defined term; a company or a
// described place is not.
func TestPersonParties(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"citizen after the term", "Beijing : ( 1 ) Lenovo Ltd . and ( 2 ) Bing Yu (“ Borrower ”), a citizen of China with Chinese identification No . 1", "Bing Yu"},
		{"individual before the term", "BETWEEN Jane Q. Roe, an individual residing at 12 Elm Road, Springfield (the \"Guarantor\"), and", "Jane Q. Roe"},
		{"identity card after the term", "and Zhang San (the \"Seller\"), with PRC identity card No. 1101", "Zhang San"},
		{"a role before the name", "Borrower Wang Wei (\"Borrower\"), a resident of Hong Kong", "Wang Wei"},
		{"individuals listed before one term", "by and among Acme, LLC (“Seller”), Sharon Virginia Alexander, an individual residing at 27035 Noble Road, Excelsior, MN 55331, " +
			"R. Michael Fox, an individual residing at 5801 W. 68th Street, Edina, MN 55439 (together, the “Shareholders”)", "Sharon Virginia Alexander|R. Michael Fox"},
		{"a company", "Acme Widgets Limited (the \"Company\"), a company incorporated in Hong Kong", ""},
		{"no person's description", "Gold Hill (\"Gold Hill\"), a Delaware limited partnership", ""},
		{"a defined thing", "the Loan Agreement (the \"Agreement\"), an individual loan", ""},
	} {
		if got := candTexts(tc.text, personParties(tc.text)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestContacts: a notice's "Attn:" and a signature block's "Name:" and
// "/s/" name a person, up to the block's next label, on the label's line
// or the next.
func TestContacts(t *testing.T) {
	// The last name is also a prefix of the first ("Annabel Ann"): the
	// name ends after its own last word, not at the first match of it.
	text := "If to Airland : Attn . : Zhang Jilun Address : Rm . 701\nBy : / s / Chen Shuning Name : Chen Shuning Title : Chairman\nAttn: Legal Department\nName: Representations of Company\nName: Annabel Ann Title: Director\nName :\nWang Lifen\nTitle :\nLegal Representative"
	var got []string
	for _, c := range signatories(text) {
		got = append(got, c.typ+":"+text[c.start:c.end])
	}
	want := []string{"PERSON:Zhang Jilun", "PERSON:Chen Shuning", "PERSON:Chen Shuning", "PERSON:Annabel Ann", "PERSON:Wang Lifen"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCompanyNames: a company named with a possessive ("Moody's Investors
// Service") or with its place in parentheses before its legal form
// ("Codan Trust Company (Cayman) Limited") is one name, and so is one
// owner's possessive before a business's or a trade's head ("Conn's
// Appliances"), not a person's full name's, a place's or a court's; a
// role's possessive ("Borrower's Parent Company") and a possessive before
// a thing are none.
func TestCompanyNames(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"rating agencies", "the highest rating from either Standard & Poor's Ratings Group or Moody's Investors Service, Inc., and", "Standard & Poor's Ratings Group|Moody's Investors Service, Inc."},
		{"letters apart", "from either Standard & Poor ' s Ratings Group or", "Standard & Poor ' s Ratings Group"},
		{"place in parentheses", "whose registered address is Codan Trust Company (Cayman) Limited, Century Yard; Vringo ( Israel ) Ltd .", "Codan Trust Company (Cayman) Limited|Vringo ( Israel ) Ltd"},
		{"a role's possessive", "the Borrower's Parent Company and Agent's certificates of deposit and the Company's Group", ""},
		{"a defined term in parentheses", "Acme Widgets (Borrower) Ltd", ""},
		{"an agency after its department's possessive", "NOAA's National Marine Fisheries Service and the Department's Internal Revenue Service; Matt's Lawn Services", "Matt's Lawn Services"},
		{"a business's head after one owner's possessive", "a technician from Dick’s Heating sprayed; Conn's Appliances agreed; Fox's Foods sued; the Court's Construction of the claim; " +
			"Don Anderson's Great Planes Model Distributors; Chicago's Furniture Shop; Amy's Bakery opened; Smith's Motion; the DEA's El Paso Division; Horizon's Products", "Dick’s Heating|Conn's Appliances|Fox's Foods|Amy's Bakery"},
		{"a department after a possessive", "a technologist in the Hospital's Radiology unit; the Group's Anesthesia services", ""},
	} {
		if got := candTexts(tc.text, companyNames(tc.text)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestWrappedHeads: a name a line break cut grows back over the words on
// the line above that make it the longer name the document writes
// elsewhere; other words before it, a column gap or a paragraph break
// leave it as it is.
func TestWrappedHeads(t *testing.T) {
	const full = "Christopher Mielo v. Steak N Shake Operations Inc."
	for _, tc := range []struct{ after, want string }{
		{"\nThe appeal filed by Steak N\nShake Operations Inc, docketed", "Steak N\nShake Operations Inc"},
		{"\nThe appeal filed by Steak N Shake Operations Inc, docketed", "Steak N Shake Operations Inc"},
		{"\nThe appeal filed by Fast N\nShake Operations Inc, docketed", "Shake Operations Inc"},
		{"\nThe appeal filed by Steak N\n\nShake Operations Inc, docketed", "Shake Operations Inc"},
		{"\nThe appeal filed by Steak N      Shake Operations Inc, docketed", "Shake Operations Inc"},
	} {
		text := full + tc.after
		doc := []rune(text)
		cr := chunk.Result{Chunks: []chunk.Chunk{{ID: "c", Start: 0, Text: text}}}
		s := strings.Index(text, "Steak")
		short := strings.LastIndex(text, "Shake Operations Inc")
		ms := []Mention{
			{Type: TypeOrg, Text: "Steak N Shake Operations Inc", ChunkID: "c", Start: s, End: s + 28, Source: SourcePattern},
			{Type: TypeOrg, Text: "Shake Operations Inc", ChunkID: "c", Start: short, End: short + 20, Source: SourcePattern},
		}
		var got []string
		for _, m := range wrappedHeads(cr, doc, ms) {
			if m.Start > s {
				got = append(got, m.Text)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %q, want %q", tc.after, got, tc.want)
		}
	}
}

// TestListedOrgs: the names of a list of organisations that no other rule
// named are organisations too, between two of them and as the list's last
// item after "and"; a name inside a longer one does not cut the list, and
// what is no list item ("The Court held so") is left alone.
func TestListedOrgs(t *testing.T) {
	text := "Amici curiae:\nAcme Holdings LLC, Bend the Arc, Beta Partners LLC, Men of Reform Judaism, Jewish Social\nPolicy Action Network, Gamma Trust Company, Union\nfor Reform Judaism, and Women of Reform Judaism, amici curiae. Acme Holdings LLC, and The Court held so, Gamma Trust Company, and the State, at 5."
	org := func(name string, from int) cand {
		s := from + strings.Index(text[from:], name)
		return cand{typ: TypeOrg, start: s, end: s + len(name), source: SourcePattern}
	}
	cs := []cand{
		org("Acme Holdings LLC", 0), org("Acme Holdings", 0), org("Beta Partners LLC", 0),
		org("Gamma Trust Company", 0), org("Acme Holdings LLC", 100), org("Gamma Trust Company", 190),
	}
	var got []string
	for _, c := range listedOrgs(text, cs)[len(cs):] {
		got = append(got, strings.Join(strings.Fields(text[c.start:c.end]), " ")+":"+c.typ)
	}
	want := "Bend the Arc:ORG|Men of Reform Judaism:ORG|Jewish Social Policy Action Network:ORG|Union for Reform Judaism:ORG|Women of Reform Judaism:ORG"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// TestRankNames: a service member's rank, a juvenile or a family case's
// "Minor Children", "Mother" or "Grandmother", a chair's title, a
// filing's title, an opinion's section heading and a "Real Party in
// Interest" name nobody; a surname that is a rank, with a
// given name or alone, still does. A building's floor is no place, and the
// word that opens a contract's defined term ("Milestone Event") no person.
func TestRankNames(t *testing.T) {
	text := "Travis J. WILLIAMS\nSenior Airman (E-4), U.S. Air Force; JOSE A. GARCIA, Lance Corporal (E-3); IN THE INTEREST OF A.B. and C.B., Minor Children,\nB.B., Mother. John Major and Major testified."
	cs := candsAt(text, TypePerson, SourceModel, "Travis J. WILLIAMS", "Senior Airman", "JOSE A. GARCIA", "Lance Corporal", "Minor Children", "Mother", "John Major", "Major testified")
	cs[len(cs)-1].end = cs[len(cs)-1].start + len("Major")
	wantMend(t, dropRoleNames, text, cs, "Travis J. WILLIAMS|JOSE A. GARCIA|John Major|Major")
	text = "Grandmother raises it. The Chairperson voted. Chairperson Smith spoke; Stepfather Jones came; Real Party in Interest."
	wantMend(t, dropRoleNames, text, append(candsAt(text, TypePerson, SourceModel, "Grandmother", "Chairperson", "Chairperson Smith", "Stepfather Jones"),
		candsAt(text, TypeOrg, SourceModel, "Real Party")...), "Chairperson Smith|Stepfather Jones")
	text = "IN RE PETITION FOR CHANGE OF BIRTH ) CERTIFICATE; a Notice of Supplemental Authority; NOTICE OF SETTLEMENT DB INVESTMENTS, INC.; Notice Smith."
	wantMend(t, dropRoleNames, text, candsAt(text, TypeOrg, SourceModel, "PETITION FOR CHANGE OF BIRTH", "Notice of Supplemental Authority", "NOTICE OF SETTLEMENT DB INVESTMENTS, INC.", "Notice Smith"),
		"NOTICE OF SETTLEMENT DB INVESTMENTS, INC.|Notice Smith")
	text = "ROBB, Chief Judge Case Summary and Issue Faith appeals. Background A. Factual History. Discussion and Decision. Jane Summary testified."
	wantMend(t, dropRoleNames, text, candsAt(text, TypePerson, SourceModel, "Case Summary", "Background A.", "Discussion and Decision", "Jane Summary"), "Jane Summary")
	text = "50 West Town Street, Third Floor, Suite 300, Columbus; Floor Street."
	wantMend(t, dropRoleNames, text, candsAt(text, TypeLocation, SourcePattern, "50 West Town Street", "Third Floor", "Columbus", "Floor Street"), "50 West Town Street|Columbus|Floor Street")
	text = `"Milestone Event No. 1" means; the Closing Date; Smith dated it; Jane Doe Date.`
	wantMend(t, dropRoleNames, text, candsAt(text, TypePerson, SourceModel, "Milestone", "Closing", "Smith", "Jane Doe"), "Smith|Jane Doe")
}

// TestFamilyMatters: a family court's proceeding named by its word is no
// person or organisation; a name with the word inside stays.
func TestFamilyMatters(t *testing.T) {
	text := "IN RE THE MARRIAGE OF: K. SMITH; In re Marriage of Funk; In the Matter of the Adoption of B.B.M.; the Marriage Counseling Center of Ohio; Custody Smith."
	cs := append(candsAt(text, TypePerson, SourceModel, "THE MARRIAGE", "Marriage of Funk", "Custody Smith"), candsAt(text, TypeOrg, SourceModel, "Adoption of B.B.M", "Marriage Counseling Center of Ohio")...)
	wantMend(t, dropRoleNames, text, cs, "Custody Smith|Marriage Counseling Center of Ohio")
}

// TestDocumentNames: a document's kind, initials alone and an amicus's or
// an applicant's role name nobody; a name with a document's word in it
// stays.
func TestDocumentNames(t *testing.T) {
	text := "OPINION & ORDER by Smith, C. J.; P. Jones; the Amicus Curiae and the Applicant; the Order of the Arrow."
	cs := append(candsAt(text, TypePerson, SourceModel, "OPINION & ORDER", "C. J.", "Amicus Curiae", "Applicant", "P. Jones"), candsAt(text, TypeOrg, SourceModel, "Order of the Arrow")...)
	wantMend(t, dropRoleNames, text, cs, "P. Jones|Order of the Arrow")
}

// TestRoleOnly: a caption's roles, a lawyer's title and "et al." alone
// name nobody; a name with one of them in it is still a name.
func TestRoleOnly(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Plaintiff-Appellant", true}, {"DEFENDANTS-APPELLEES", true}, {"Esquire", true}, {"ET AL", true},
		{"Cross-Appellant", true}, {"John Plaintiff", false}, {"Esquire Magazine", false}, {"", false},
		{"Of Counsel", true}, {"OF COUNSEL", true}, {"General Counsel", false}, {"Special Counsel", false},
		{"Per Curiam", true}, {"PER CURIAM", true}, {"Curiam Smith", false},
	} {
		if got := roleOnly(tc.name); got != tc.want {
			t.Errorf("roleOnly(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestRepresentedLawyers: the lawyers a counsel block lists after
// "represented by", in capitals, over line breaks and with suffixes; an
// organisation in the list is no lawyer, and "represented by counsel"
// names nobody.
func TestRepresentedLawyers(t *testing.T) {
	text := "DC, argued for plaintiff-appellant. Also represented by\nDANIEL PATRICK GRAHAM, CHRISTINE ALICE REYNOLDS,\nGARY SCOTT WARD.\n" +
		"Also represented by JOYCE R. BRANDA, ROBERT E.\nKIRSCHMAN, JR., KIRK MANHARDT.\n" +
		"Also represented by Jane Q. Doe and Acme Legal Services. He was represented by counsel.\n"
	wantFind(t, representedLawyers, text, "DANIEL PATRICK GRAHAM|CHRISTINE ALICE REYNOLDS|GARY SCOTT WARD|JOYCE R. BRANDA|ROBERT E.\nKIRSCHMAN, JR.|KIRK MANHARDT|Jane Q. Doe")
}

// TestCapsCounselLawyers: a lawyer's name in capitals opening a counsel
// line that says whom the lawyer is for is a person; a caption's party in
// capitals, an office or a line that says no such thing is not.
func TestCapsCounselLawyers(t *testing.T) {
	text := "    SCOTT M. MCCALEB, Wiley Rein, LLP, Washington,\n    DC, argued for plaintiff-appellant. Also represented by\n" +
		"    MICHAEL J. SCHAENGOLD, Greenberg Traurig LLP,\n    Washington, DC for amicus curiae.\n" +
		"    UNITED STATES,\n    Defendant-Appellee\n    DEPARTMENT OF JUSTICE, Civil Division, for the agency.\n" +
		"    JOHN Q. PUBLIC, a resident of Ohio.\n"
	wantFind(t, capsCounselLawyers, text, "SCOTT M. MCCALEB|MICHAEL J. SCHAENGOLD")
}

// TestAccentedSurnames: a person's name goes on over the surnames with an
// accented letter after it on its line; a place, a word in capitals, one
// a comma parts or any other organisation's name is left alone.
func TestAccentedSurnames(t *testing.T) {
	text := "Jason A. Reding Quiñones noted; Maria Pérez Gómez ruled; José Rivera, Bogotá; John Smith México; Ana Ruiz ÁLVAREZ; Acme Café"
	cs := spansIn(text, span{"Jason A. Reding", TypePerson, SourceModel}, span{"Maria", TypePerson, SourceModel}, span{"José Rivera", TypePerson, SourceModel},
		span{"John Smith", TypePerson, SourceModel}, span{"Ana Ruiz", TypePerson, SourceModel}, span{"Acme", TypeOrg, SourceModel})
	wantMend(t, accentedSurnames, text, cs, "Jason A. Reding Quiñones|Maria Pérez Gómez|José Rivera|John Smith|Ana Ruiz|Acme")
}

// TestRoleEdges: a caption's role that opens or ends a name, the name run
// on into it without a comma, is cut off, a counterclaim's role too; a
// role with its comma, a name
// the role word alone makes, a case's opening role and a name of one word
// before its role are left alone.
func TestRoleEdges(t *testing.T) {
	text := "Plaintiff-Appellee MCI Telecommunications Corporation; Defendant- DIANE SMITH; Plaintiffs, Acme Corp.; Petitioner Smith; Respondents v. Jones; Plaintiff; " +
		"JASON P STEFANOWICZ Appellant; ACME WIDGET CORP Appellee; Jones Appellant; Counter-Claimant Hope Evangelical Lutheran Church; Counterpoint Media Group"
	cs := spansIn(text, span{"Plaintiff-Appellee MCI Telecommunications Corporation", TypeOrg, SourcePattern}, span{"Defendant- DIANE SMITH", TypePerson, SourceModel},
		span{"Plaintiffs, Acme Corp.", TypeOrg, SourcePattern}, span{"Petitioner Smith", TypePerson, SourceModel}, span{"Respondents v. Jones", TypeCase, SourcePattern},
		span{"Plaintiff", TypeOrg, SourceModel}, span{"JASON P STEFANOWICZ Appellant", TypeOrg, SourcePattern}, span{"ACME WIDGET CORP Appellee", TypeOrg, SourcePattern},
		span{"Jones Appellant", TypePerson, SourceModel}, span{"Counter-Claimant Hope Evangelical Lutheran Church", TypeOrg, SourceModel},
		span{"Counterpoint Media Group", TypeOrg, SourceModel})
	wantTyped(t, roleEdges, text, cs, "ORG MCI Telecommunications Corporation|PERSON DIANE SMITH|ORG Plaintiffs, Acme Corp.|PERSON Smith|CASE Respondents v. Jones|ORG Plaintiff|"+
		"PERSON JASON P STEFANOWICZ|ORG ACME WIDGET CORP|PERSON Jones Appellant|ORG Hope Evangelical Lutheran Church|ORG Counterpoint Media Group")
}

// TestWestPeople: a caption's party typed an organisation but written as
// West writes people, given names in mixed case and a surname in capitals,
// is a person; a company, a place's or a county's name so written is not,
// nor is a name that opens with "The" or is no caption's party.
func TestWestPeople(t *testing.T) {
	text := "Jose Luis Rivera CASTILLO; Aristedes A. DAY; Acme Widget CORP.; Dane COUNTY; New York CITY; Smith Holdings LLC; SMITH JONES; The Honorable David R. COLE; Rand BDC"
	cs := spansIn(text, span{"Jose Luis Rivera CASTILLO", TypeOrg, SourcePattern}, span{"Aristedes A. DAY", TypeOrg, SourcePattern}, span{"The Honorable David R. COLE", TypeOrg, SourcePattern},
		span{"Acme Widget CORP.", TypeOrg, SourcePattern}, span{"Dane COUNTY", TypeOrg, SourcePattern}, span{"New York CITY", TypeOrg, SourcePattern},
		span{"Smith Holdings LLC", TypeOrg, SourcePattern}, span{"SMITH JONES", TypeOrg, SourcePattern}, span{"Rand BDC", TypeOrg, SourceModel})
	for i := range cs[:len(cs)-1] {
		cs[i].party = true
	}
	wantTyped(t, westPeople, text, cs, "PERSON Jose Luis Rivera CASTILLO|PERSON Aristedes A. DAY|ORG The Honorable David R. COLE|ORG Acme Widget CORP.|ORG Dane COUNTY|ORG New York CITY|ORG Smith Holdings LLC|ORG SMITH JONES|ORG Rand BDC")
}

// TestAmicusLawyers: a lawyer "for" an amicus curiae is a person and the
// amicus, where its words name an organisation, an organisation; an
// amicus who is a person is left to the tagger, and "for" with no amicus
// after it names no one here.
func TestAmicusLawyers(t *testing.T) {
	text := "Grotefeld Hoffman, Mark Grotefeld and David J. Kestenbaum for National Association of Subrogation Professionals as Amicus Curiae on behalf of Plaintiff. " +
		"Harini P. Raghupathi for Consumer Attorneys of California as Amicus Curiae; Shay Dvoretzky for Nextera Energy Resources, LLC as Amicus Curiae. " +
		"Jane Roe for John Doe as amicus curiae. Mary Major for Defendant and Appellant."
	wantTyped(t, func(t string, _ []cand) []cand { return amicusLawyers(t) }, text, nil,
		"PERSON David J. Kestenbaum|ORG National Association of Subrogation Professionals|PERSON Harini P. Raghupathi|ORG Consumer Attorneys of California|"+
			"PERSON Shay Dvoretzky|ORG Nextera Energy Resources, LLC|PERSON Jane Roe")
}

// TestAmicusOrgStarts: an organisation read back over its lawyer and "for"
// starts at the amicus's name; one that does not end where the amicus does,
// or that no "as Amicus Curiae" follows, is left alone.
func TestAmicusOrgStarts(t *testing.T) {
	text := "Nathan Campbell for Edison Electric Institute as Amicus Curiae. Center for Auto Safety as Amicus Curiae. Shay Dvoretzky for Acme Institute, a party."
	cs := spansIn(text, span{"Nathan Campbell for Edison Electric Institute", TypeOrg, SourcePattern}, span{"Center for Auto Safety", TypeOrg, SourcePattern},
		span{"Shay Dvoretzky for Acme Institute", TypeOrg, SourcePattern})
	wantMend(t, amicusOrgStarts, text, cs, "Edison Electric Institute|Center for Auto Safety|Shay Dvoretzky for Acme Institute")
}

// TestForClients: an organisation read back over "for" and a lawyer or a
// firm with "&" before it starts at the client's name where that ends in
// a company's form after two words, and the lawyer or the firm is a name
// of its own; a body whose name has "for" in it, a place before "for", a
// client without a form or of one word and its form (a campaign's "for
// President, Inc."), a name that is no lawyer's (no given name or
// initial, or an organisation's word) and a list before "for" are left
// alone, and so is a caption's party.
func TestForClients(t *testing.T) {
	text := "Kelly L. Pope for Net Connection Hayward, LLC. Alexander & Daneker for the Maryland Society of Surveyors, Inc. Boston for Acme Widget Co. " +
		"Center for Excellence, Inc. Kelly L. Pope for Net Connection Hayward. Smith Jones for Acme Widget, Inc. Lee, King & Poole for Acme Widget, Inc. Ann B. Bank for Acme Widget, Inc. Jane Roe for Acme Widget Corp. " +
		"Donald J. Trump for President, Inc. Susan G. Komen for the Cure, Inc. Kelly L. Pope for net connection hayward, LLC."
	cs := spansIn(text, span{"Kelly L. Pope for Net Connection Hayward, LLC", TypeOrg, SourcePattern},
		span{"Alexander & Daneker for the Maryland Society of Surveyors, Inc.", TypeOrg, SourcePattern},
		span{"Boston for Acme Widget Co.", TypeOrg, SourcePattern}, span{"Center for Excellence, Inc.", TypeOrg, SourcePattern},
		span{"Kelly L. Pope for Net Connection Hayward.", TypeOrg, SourcePattern}, span{"Smith Jones for Acme Widget, Inc.", TypeOrg, SourcePattern},
		span{"Lee, King & Poole for Acme Widget, Inc.", TypeOrg, SourcePattern}, span{"Ann B. Bank for Acme Widget, Inc.", TypeOrg, SourcePattern},
		span{"Jane Roe for Acme Widget Corp.", TypeOrg, SourcePattern}, span{"Donald J. Trump for President, Inc.", TypeOrg, SourcePattern},
		span{"Susan G. Komen for the Cure, Inc.", TypeOrg, SourcePattern}, span{"Kelly L. Pope for net connection hayward, LLC", TypeOrg, SourcePattern})
	cs[4].end--
	cs[8].party = true // a caption's party is the patterns'

	wantTyped(t, forClients, text, cs, "ORG Net Connection Hayward, LLC|ORG Maryland Society of Surveyors, Inc.|ORG Boston for Acme Widget Co.|ORG Center for Excellence, Inc.|"+
		"ORG Kelly L. Pope for Net Connection Hayward|ORG Smith Jones for Acme Widget, Inc.|ORG Lee, King & Poole for Acme Widget, Inc.|ORG Ann B. Bank for Acme Widget, Inc.|ORG Jane Roe for Acme Widget Corp.|"+
		"ORG Donald J. Trump for President, Inc.|ORG Susan G. Komen for the Cure, Inc.|ORG Kelly L. Pope for net connection hayward, LLC|PERSON Kelly L. Pope|ORG Alexander & Daneker")
}

// TestContactPairs: the contacts a release lists on one line after its
// label are two people where each pair is a given name and a surname
// ("Ann O'Brien", "Mary McDonald"); a name whose third word is no given
// name or whose last is no surname ("Mary 4"), a name of an odd number of
// words, one on a line no contact label opens, one over a line break and
// an organisation are left alone.
func TestContactPairs(t *testing.T) {
	text := "Contact: Scott Allen Rhonda Burke\nPhone: 312-353-6976 312-353-6976\nContact: Scott Allen Jones Burke\nContact: Scott Allen Burke\n" +
		"Witnesses Scott Allen Rhonda Burke testified.\nMedia Contacts: Scott Allen\nRhonda Burke\nContact: Scott Allen Rhonda Burke Paul\nContact: Paul Allen Mary Burke\nContact: Ann O'Brien Mary McDonald\nContact: Ann Allen Mary 4\n"
	cs := spansIn(text, span{"Scott Allen Rhonda Burke", TypePerson, SourceModel}, span{"Scott Allen Jones Burke", TypePerson, SourceModel},
		span{"Scott Allen Burke", TypePerson, SourceModel}, span{"Scott Allen Rhonda Burke testified", TypePerson, SourceModel},
		span{"Scott Allen\nRhonda Burke", TypePerson, SourceModel}, span{"Scott Allen Rhonda Burke Paul", TypePerson, SourceModel},
		span{"Paul Allen Mary Burke", TypeOrg, SourceModel}, span{"Ann O'Brien Mary McDonald", TypePerson, SourceModel}, span{"Ann Allen Mary 4", TypePerson, SourceModel})
	cs[3].end -= len(" testified")
	wantTyped(t, contactPairs, text, cs, "PERSON Scott Allen|PERSON Scott Allen Jones Burke|PERSON Scott Allen Burke|PERSON Scott Allen Rhonda Burke|"+
		"PERSON Scott Allen\nRhonda Burke|PERSON Scott Allen Rhonda Burke Paul|ORG Paul Allen Mary Burke|PERSON Ann O'Brien|PERSON Ann Allen Mary 4|PERSON Rhonda Burke|PERSON Mary McDonald")
}

// TestCountryNames: the country is a litigant where it opens a caption's
// line with its role or "v." after it; named in full elsewhere it is a
// place, and a cited case's party is neither.
func TestCountryNames(t *testing.T) {
	text := "UNITED STATES OF AMERICA,          \n\n                  v.\n\nDOMINICK P. CAROLLO,\n" +
		"UNITED STATES OF AMERICA\nMERIT SYSTEMS PROTECTION BOARD\nUnited States of America, Plaintiff-Appellee\nAmerica alone\n" +
		"    UNITED STATES,\n    Defendant-Appellee\nSee United States v. Alaska, 521 U.S. 1; the United States of America, Plaintiff.\n"
	if got, want := typedTexts(text, countryNames(text)), "ORG UNITED STATES OF AMERICA|LOCATION UNITED STATES OF AMERICA|ORG United States of America|ORG UNITED STATES|LOCATION United States of America"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestGovernmentParties: a case's party that is a county, a city or a town
// is an organisation; a person and a party of one word are left alone.
func TestGovernmentParties(t *testing.T) {
	text := "K. Bruce DOLAND and Cynda K. Doland, Appellants, v. BOONE COUNTY, Iowa. Smith v. City of Dearborn. Jones v. County."
	cs := []cand{{typ: TypeLocation, start: strings.Index(text, "BOONE"), end: strings.Index(text, ", Iowa"), party: true},
		{typ: TypePerson, start: strings.Index(text, "City of"), end: strings.Index(text, "Dearborn.") + len("Dearborn"), party: true},
		{typ: TypePerson, start: strings.Index(text, "Smith"), end: strings.Index(text, "Smith") + len("Smith"), party: true},
		{typ: TypeLocation, start: strings.Index(text, "County."), end: strings.Index(text, "County.") + len("County"), party: true}}
	wantTyped(t, governmentParties, text, cs, "ORG BOONE COUNTY|ORG City of Dearborn|PERSON Smith|LOCATION County")
}

// TestCourthouses: a courthouse or federal building named before its kind,
// in a letterhead's column or in running text, its name's words written
// as its kind is (a person's name before it once columns are joined is
// not its), up to six words and a public building's ("William Jefferson
// Clinton Building"); "the Federal Building", "The Courthouse" and "This
// Building" name none, "South Courthouse Road" is a street and "Acme
// Building Supply Co." a company, and so is a masthead's name a
// courthouse's word opens ("Courthouse News Service Courthouse News
// Service").
func TestCourthouses(t *testing.T) {
	text := "Deborah S. Hunt             POTTER STEWART U.S. COURTHOUSE                   Tel. (513)\n   21400 UNITED STATES COURTHOUSE   215\n" +
		"The Courthouse was closed. The Federal Building at Thurgood Marshall U.S. Courthouse.\nDeborah S. Hunt POTTER STEWART U.S. COURTHOUSE Tel.\n701 South Courthouse Road, Arlington\n" +
		"the John Joseph Moakley United States Courthouse and the William Jefferson Clinton Building; Acme Building Supply Co.; This Building.\n" +
		"U.S. Environmental Protection Agency William Jefferson Clinton Building\nCourthouse News Service Courthouse News Service\n"
	wantFind(t, courthouses, text, "POTTER STEWART U.S. COURTHOUSE|UNITED STATES COURTHOUSE|Thurgood Marshall U.S. Courthouse|POTTER STEWART U.S. COURTHOUSE|"+
		"John Joseph Moakley United States Courthouse|William Jefferson Clinton Building|William Jefferson Clinton Building")
}

// TestVenueCounties: a venue line's county before ", ss." is a place; the
// words before it on the line are not.
func TestVenueCounties(t *testing.T) {
	text := "Superior Court CIVIL ACTION MIDDLESEX, SS\nSuffolk, ss.\nThe class, SS Acme sailed.\n"
	wantFind(t, venueCounties, text, "MIDDLESEX|Suffolk")
}

// TestCorrectionalFacilities: a named prison is a place, over a line break
// before its kind and with a city after a hyphen; the words before its name
// are not its, and a kind alone or an office names none.
func TestCorrectionalFacilities(t *testing.T) {
	text := "He is held at Southport Correctional Facility. Plaintiff, an inmate at the Howard R. Young Correctional Institution, sued. " +
		"He is at Federal Correctional Institution-Phoenix. The Potosi\nCorrectional Center; the Correctional Facility; the Department of Correctional Services; Harris County Jail.\n"
	wantFind(t, correctionalFacilities, text, "Southport Correctional Facility|Howard R. Young Correctional Institution|Federal Correctional Institution-Phoenix|Potosi\nCorrectional Center|Harris County Jail")
}

// TestOfRecord: the "Record" of "Counsel of Record" is no name, nor is one
// opening with "My" or "Your"; a record company is.
func TestOfRecord(t *testing.T) {
	text := "SCOTT G. STEWART\nCounsel of Record\nAttorney of  Record\nRecord Group\nMy Commission Expires\nYour Honor"
	cs := candsAt(text, TypeOrg, SourceModel, "Record", "Record Group", "My Commission", "Your Honor")
	cs = append(cs, cand{typ: TypeOrg, start: strings.LastIndex(text, "Record\n"), end: strings.LastIndex(text, "Record\n") + 6, source: SourceModel})
	wantMend(t, dropRoleNames, text, cs, "Record Group")
}

// TestPersonAliases: the name after a person's "a/k/a", quoted or not, is
// a person, also where tradeNames read a business; after a company's it
// is left to tradeNames.
func TestPersonAliases(t *testing.T) {
	text := "VIKTOR A. PETRENKO,\na/k/a \"Vic,\" and John Smith a/k/a Johnny Smith; Acme Corp. a/k/a Acme Widgets.\n"
	cs := spansIn(text, span{"VIKTOR A. PETRENKO", TypePerson, SourcePattern}, span{"John Smith", TypePerson, SourceModel},
		span{"Johnny Smith", TypeOrg, SourcePattern}, span{"Acme Corp.", TypeOrg, SourcePattern}, span{"Acme Widgets", TypeOrg, SourcePattern})
	if got, want := typedTexts(text, personAliases(text, cs)), "PERSON VIKTOR A. PETRENKO|PERSON John Smith|PERSON Johnny Smith|ORG Acme Corp.|ORG Acme Widgets|PERSON Vic|PERSON Johnny Smith"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestColumnNames: a name over a column's gap is cut to its last part
// that can be such a name; one with none goes, and a name with single
// spaces stays.
func TestColumnNames(t *testing.T) {
	text := "FOREPERSON                              DAMIAN WILLIAMS\nCLERK          DEPUTY\nAcme Corp.\tBoston\nJohn  Smith\n"
	cs := spansIn(text, span{"FOREPERSON                              DAMIAN WILLIAMS", TypePerson, SourcePattern},
		span{"CLERK          DEPUTY", TypePerson, SourceModel}, span{"Acme Corp.\tBoston", TypeOrg, SourceModel}, span{"John  Smith", TypePerson, SourceModel})
	if got, want := typedTexts(text, columnNames(text, cs)), "PERSON DAMIAN WILLIAMS|ORG Boston|PERSON John  Smith"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPostNominal: a judge's title in initials after a name's comma is no
// name, nor a degree before a caption's "v.", nor is a subpoena's
// "Custodian of Records"; initials that are a name elsewhere stay, and so
// do initials after a party's role or a word in lower case, or before
// what says a person went before.
func TestPostNominal(t *testing.T) {
	text := "HON. CARL J. LANDICINO, J.S.C.:\nHon. Mary Ames, P.J., and J.R. spoke. Hugo A. Ramirez, M.D. v. Texas State Board. Appellant, S.S., appeals. " +
		"Her son, M.R., and others. MICHELE QUINN, S.K., a minor, sued.\n"
	cs := candsAt(text, TypePerson, SourceModel, "CARL J. LANDICINO", "J.S.C.", "Mary Ames", "P.J.", "J.R.", "Hugo A. Ramirez", "M.D.", "S.S.", "M.R.", "MICHELE QUINN", "S.K.")
	wantMend(t, dropRoleNames, text, cs, "CARL J. LANDICINO|Mary Ames|J.R.|Hugo A. Ramirez|S.S.|M.R.|MICHELE QUINN|S.K.")
	text = "The petitioner, U.S.A., sought review.\n"
	wantMend(t, dropRoleNames, text, candsAt(text, TypeLocation, SourceModel, "U.S.A."), "")
	text = "TO: Custodian of Records\nComerica Bank\n"
	wantMend(t, dropRoleNames, text, candsAt(text, TypeOrg, SourceModel, "Custodian of Records", "Comerica Bank"), "Comerica Bank")
}

// TestForNames: an organisation's name goes on over "for" and the
// capitalised words after it, from after a body's possessive (the body a
// name of its own); a date, a lower-case word or an article after "for"
// is none.
func TestForNames(t *testing.T) {
	text := "the International Centre for Dispute Resolution, the Institute for Justice and the Center for Democracy and Technology; " +
		"the Office for Civil Rights. He left the Center for a year; the Committee for Nov. 3; The Center For The.\n" +
		"the Competitive Enterprise Institute's Center for Class Action Fairness objected.\n"
	wantFind(t, forNames, text, "International Centre for Dispute Resolution|Institute for Justice|Center for Democracy and Technology|Office for Civil Rights|"+
		"Competitive Enterprise Institute|Center for Class Action Fairness")
}

// A lawyer's name before "Esq." is a person's, whatever the tagger made
// of it; a title before it is no part of it.
func TestEsquireNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"For the Defendant:      GERALDINE PATTERSON-WU, ESQ.\n", "GERALDINE PATTERSON-WU"},
		{"Geraldine Patterson-Wu, Esq., for the defendant.\n", "Geraldine Patterson-Wu"},
		{"Counsel: Attorney Lorraine S. Gauli-Rufo Esq. appeared; Mark T. Ivey, Jr., Esquire, did not.\n", "Lorraine S. Gauli-Rufo|Mark T. Ivey, Jr."},
		{"Date Decided: April 27, 2018 R. Bruce McNew, Esquire David A. Jenkins, Esquire Wilks, Lukoff", "David A. Jenkins"},
		{"Smith & Jones, Esq. and the Esquire Magazine.\n", ""},
		{"We read Esquire and Esq. Magazine.\n", ""},
	} {
		wantFind(t, esquireNames, tc.text, tc.want)
	}
}

// A name after an investigator's, a police officer's or a supervisor's
// title is a person's; a unit or a program after such a title is not.
func TestJobTitledPeople(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"by discharging Shift Supervisor Cassie Fleischer at its store.", "Cassie Fleischer"},
		{"Affiant, Special Agent Kyle Brennan of the FBI, states. Investigator Pham Linh and Det. Ana M. Ruiz.", "Kyle Brennan|Pham Linh|Ana M. Ruiz"},
		{"and Special Agent in Charge J. William Rivers of the FBI made the announcement.", "J. William Rivers"},
		{"the Special Agent Training Academy; Detective Division Commander; Trooper Jake Miller Road; Special Agent John Smith Jones Smith", ""},
	} {
		wantFind(t, jobTitledPeople, tc.text, tc.want)
	}
}

// A counsel list's firm whose ampersand the text lost is the run of
// single surnames and the name of two after it; people, places and
// abbreviations end it.
func TestCounselFirms(t *testing.T) {
	text := "Robert M. Westberg, John M. Grenfell, Pillsbury, Madison Sutro, San Francisco, Cal., for plaintiff-appellant.\n" +
		"W. Ted Minick, Winstead, McGuire, Sechrest Minick, David C. Mattka, Ivan M. Scott, Jr., Dallas, Tex., for BancTexas Dallas, N.A.\n" +
		"Cullum DeYoung, Edwin R. DeYoung, Dallas, Tex., for Letterman, etc.\n" +
		"Smith, Jones, and the others, for the reasons given, we affirm.\n" +
		"Deputy Solicitor, Counsel, Mary Smith, Washington, for appellee.\n" +
		"Jane Roe, Apple, Google, Meta Platforms, for the companies.\n"
	wantFind(t, counselFirms, text, "Pillsbury, Madison Sutro|Winstead, McGuire, Sechrest Minick")
}

// A text that writes its firms with ampersands has no firm without one,
// but has those whose last two partners the ampersand or "and" joins
// after a lawyer named with an initial, or the ampersand after any
// lawyer.
func TestCounselFirmsWithAmpersands(t *testing.T) {
	wantFind(t, counselFirms, "John M. Grenfell, Pillsbury, Madison Sutro, San Francisco, for appellant; Jones & Day.\n", "")
	wantFind(t, counselFirms, "Mark D. Schwartz, Stradley, Ronan, Stevens and Young, Philadelphia, Pa., for appellant.\n"+
		"John M. Doe, Fox, Rothschild, O'Brien & Frankel, Philadelphia, Pa., for amicus.\nAnn B. Lee, Smith and Jones, Boston, Mass., for appellee.\n"+
		"Smith and Jones, Boston, for appellee.\nMary Wimbish, Hollrah, Lange & Thoma, Houston, for appellee.\nHollrah, Lange & Thoma, Houston, for appellee.\n"+
		"E. Elizabeth Summers, Novato; Kazan, McClain, Edises, Simon & Abrams, Philip A. Harley, for plaintiffs.\n",
		"Stradley, Ronan, Stevens and Young|Fox, Rothschild, O'Brien & Frankel|Smith and Jones|Hollrah, Lange & Thoma|Kazan, McClain, Edises, Simon & Abrams")
}

// A firm of four partners or more whose "&" a page dropped, two single
// surnames or more and the last two, is a firm wherever its run starts
// and in a text that writes "&" elsewhere, after "of" that closes a
// lawyer's item too (a lawyer's city after "of" is none of it); three
// read as a city and a lawyer do and are none, nor is a run of places,
// roles or titles.
func TestCounselFirmsOfFourPartners(t *testing.T) {
	text := "Stryker, Tams, Dill Cole, Arthur Dwyer, Newark, N.J., Mayer, Brown, Platt Seeley, Miles G. Seeley, Chicago, Ill., for defendant.\n" +
		"Joe S. Bailey of Samford, Denson, Horsley, Pettey, Martin Barrett, Opelika, for appellee.\n" +
		"Office of the Attorney General, Austin, Daniel Hodge, First Assistant Attorney General, for the State.\n" +
		"Boston, Salem, New York, for the Commonwealth; Alexander R. Shalom, Esquire, Tess Borden, Edward Barocas, Esquire, for Amici.\n" +
		"Ann Lee, Jones & Day, Cleveland, for appellant.\n" +
		"Gilbert Howard Deitch (Bauer, Deitch Raines, P.C., Atlanta, Ga., Dennis L. Guthrie, Murchison, Guthrie, Davis Henderson, Charlotte, N.C., on brief) for plaintiff-appellant.\n" +
		"John W. Haley and Francis H. Hare, Jr., of Hare, Wynn, Newell Newton, Birmingham, for amicus curiae.\n" +
		"Mary Green, of Mobile, Johnstone, Adams, Bailey, Gordon Harris, Mobile, for appellee.\n" +
		"Jane Roe, of Tulsa, Smith, Jones, Brown White, Oklahoma City, for appellant.\n"
	wantFind(t, counselFirms, text, "Stryker, Tams, Dill Cole|Mayer, Brown, Platt Seeley|Samford, Denson, Horsley, Pettey, Martin Barrett|Murchison, Guthrie, Davis Henderson|"+
		"Hare, Wynn, Newell Newton|Johnstone, Adams, Bailey, Gordon Harris|Smith, Jones, Brown White")
}

// TestNameEdges: no name ends in a connector, nor a person's in a title
// that "for" follows or a date's month; a form's label or a post office box is no name. A
// surname that is a title's word stays.
func TestNameEdges(t *testing.T) {
	text := "Defendants Patrick Abeyta and Mary Jones; Hon. Tylvester Goss Attorney for Debtor; ADVERSARY NO. 5; PO Box 55; Chief Judge Carol Justice ruled.\n" +
		"/s/ Elizabeth Cadle September 12, 2023; Mary April spoke; Special Agent in Charge J. William of the FBI."
	cs := candsAt(text, TypeOrg, SourcePattern, "Patrick Abeyta and")
	cs = append(cs, candsAt(text, TypePerson, SourceModel, "Tylvester Goss Attorney", "ADVERSARY NO", "PO Box", "Carol Justice", "Elizabeth Cadle September", "Mary April", "Charge J. William")...)
	wantTyped(t, nameEdges, text, cs, "ORG Patrick Abeyta|PERSON Tylvester Goss|PERSON Carol Justice|PERSON Elizabeth Cadle|PERSON Mary April|PERSON J. William")
	text = "Priyanka Deshmukh, the Chief Executive Officer, and Tobias Lindqvist, the Secretary; Acme Widgets, the Secretary's company."
	cs = candsAt(text, TypeOrg, SourceModel, "Tobias Lindqvist", "Acme Widgets")
	wantTyped(t, nameEdges, text, cs, "PERSON Tobias Lindqvist|ORG Acme Widgets")
	// A connector in capitals opens no organisation.
	text = "SUPPLY AGREEMENT BY AND AMONG ORAMED NEWCO, INC.; DEPARTMENT OF ENFORCEMENT, Complainant, V. FIRST FINANCIAL EQUITY CORPORATION."
	cs = candsAt(text, TypeOrg, SourcePattern, "AMONG ORAMED NEWCO, INC.", "V. FIRST FINANCIAL EQUITY CORPORATION")
	wantTyped(t, nameEdges, text, cs, "ORG ORAMED NEWCO, INC.|ORG FIRST FINANCIAL EQUITY CORPORATION")
	// Names over a line break that a text's joined columns made.
	text = "By: /s/ Linda Svensson\nLinda Svensson, CEO\nMaria Rivera represented by Hillary Schwab\nFair Work, P.C.\n" +
		"v. Hon. Annette J. Berry\nGREAT LAKES FORGING COMPANY,\nFOREPERSON DAMIAN WILLIAMS\n"
	cs = candsAt(text, TypePerson, SourceModel, "Linda Svensson\nLinda Svensson", "Hillary Schwab\nFair Work", "FOREPERSON DAMIAN WILLIAMS")
	text += "Great Northern Casualty Insurance Company\nLakeside Insurance Agency, Inc.\n"
	cs = append(cs, candsAt(text, TypeOrg, SourceModel, "Hon. Annette J. Berry\nGREAT LAKES FORGING COMPANY", "Great Northern Casualty Insurance Company\nLakeside Insurance Agency, Inc.")...)
	wantTyped(t, nameEdges, text, cs, "PERSON Linda Svensson|PERSON Hillary Schwab|PERSON DAMIAN WILLIAMS|ORG GREAT LAKES FORGING COMPANY|"+
		"ORG Great Northern Casualty Insurance Company|PERSON Annette J. Berry|ORG Lakeside Insurance Agency, Inc.")
	// A transcript's answer's mark is no initial.
	text = "Q. Please state your name.\nA. Margaret Hollis.\nShe met A. Smith Jones."
	cs = candsAt(text, TypePerson, SourceModel, "A. Margaret Hollis", "A. Smith Jones")
	wantTyped(t, nameEdges, text, cs, "PERSON Margaret Hollis|PERSON A. Smith Jones")
}

// A counsel list's lawyer with an initial or three words is a person
// whole; a firm before its legal form, a place, a unit or an abbreviated
// body is none.
func TestCounselPeople(t *testing.T) {
	text := "Daniel P. Hurley, Trilby C.E. Robinson-Dorn, Mark Stephen Filipini, Chris Farias, Stokes Lawrence Gray, P.S., West Palm Beach, " +
		"Employment Law Section, Federal Election Com'n, Seattle, WA, for Defendants.\n" +
		"Jennifer L. Swize, Jones Day, Washington, DC, argued for appellants. Also represented by Gregory A. Castanias; Pablo Daniel Hendler, Potomac Law Group PLLC, New York, NY. Christopher A. Pinahs argued for appellee.\n"
	wantFind(t, counselPeople, text, "Daniel P. Hurley|Trilby C.E. Robinson-Dorn|Mark Stephen Filipini|Jennifer L. Swize|Gregory A. Castanias|Pablo Daniel Hendler")
}

// A city before its state after a comma is a place where a word in lower
// case, an article or a preposition stands before it or it opens its
// line; after a capitalised word it may be a person's name, and a
// signature's "Dated" is none. A state abbreviated with periods is the
// state (punctuation, a hyphen, a number or a word in lower case after
// it), not before a capitalised word ("Ill. App.", "Tex. Penal Code", "N.Y.
// Times"), nor a doctor's degree or a firm's form ("M.D.", "P.A."); a town
// named by its government's kind is the government's ("County of
// Harding"), and a given name and a surname a person's.
func TestCityOfStateNames(t *testing.T) {
	text := "A Columbus, Ohio, man was sentenced. The Dayton, Ohio, company sued. Plaintiff John Smith, Texas resident.\nHouston, Texas\nThe Court, Texas.\n" +
		"Producer: Lakeside Insurance Agency, Inc., St. Paul, Minnesota\nDated, Washington, D.C. August 14, 2023"
	wantFind(t, cityStates, text, "Columbus|Ohio|Dayton|Ohio|Houston|Texas|St. Paul|Minnesota")
	text = "a store in Rehoboth, Mass. \"Any time\"; the Morris Township, N.J.-based company; of Livingston, N.J. is; in Portland, Ore. 97208; " +
		"see Smith, Ill. App. 3d 4; of Boston, Mass. Gen. Laws; under Jones, Cal. Code Civ. Proc.; for Barbara Smith, M.D. and the firm of Jewell, P.A. here. " +
		"He was convicted of Aggravated Assault, Tex. Penal Code; see Rule on Vouchers, N.Y. Times; the County of Harding, S.D. sued; signed by Robert Lee, Pa. resident; in Elizabeth City, N.C. today; " +
		"in Glen Ellyn, Ill. there; in Rehoboth, Mass. “Any time”."
	wantFind(t, cityStates, text, "Rehoboth|Mass.|Morris Township|N.J.|Livingston|N.J.|Portland|Ore.|Elizabeth City|N.C.|Glen Ellyn|Ill.|Rehoboth|Mass.")
}

// TestLocalOfficials: a local officer's title before a surname or a full
// name, and a plural title before a list, name people; a title before an
// office's or a place's words does not, and the next official's title
// ends a name.
func TestLocalOfficials(t *testing.T) {
	text := "AYES: (6) Mayor Schwedhelm, Vice Mayor Rogers, Council Members Combs, Fleming, Sawyer, Tibbetts\nNOES: (0)\n" +
		"Requested by: Council Member Leslie Pool. Councilmember Jane Doe moved; Commissioner Smith seconded. The Commissioner of Insurance and Supervisor Training and Commissioner Kent County. " +
		"Chair Supervisor Hilda L. Solis Supervisor Sheila Kuehl Supervisor Mark Ridley-Thomas"
	wantFind(t, localOfficials, text, "Schwedhelm|Rogers|Combs|Fleming|Sawyer|Tibbetts|Leslie Pool|Jane Doe|Smith|Hilda L. Solis|Sheila Kuehl|Mark Ridley-Thomas")
}

// TestAgencyEdges: a public body's name starts at its head word and ends
// at its subject's last word, where the tagger left them out.
func TestAgencyEdges(t *testing.T) {
	text := "the Division of Administrative Hearings (DOAH). DIVISION OF ADMINISTRATIVE HEARINGS. Department of Legal Affairs, The Capitol. The Administrative Hearings were held."
	span := func(i int, name string) cand {
		return cand{typ: TypeOrg, start: i, end: i + len(name), source: SourceModel}
	}
	cs := agencyEdges(text, []cand{
		span(strings.Index(text, "Administrative Hearings"), "Administrative Hearings"),
		span(strings.Index(text, "ADMINISTRATIVE HEARINGS"), "ADMINISTRATIVE HEARINGS"),
		span(strings.Index(text, "Department of Legal"), "Department of Legal"),
		span(strings.LastIndex(text, "Administrative Hearings"), "Administrative Hearings"),
	})
	var got []string
	for _, c := range cs {
		got = append(got, text[c.start:c.end])
	}
	want := "Division of Administrative Hearings|DIVISION OF ADMINISTRATIVE HEARINGS|Department of Legal Affairs|Administrative Hearings"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got  %q\nwant %q", g, want)
	}
}

// TestNumberedRoads: roads known by their numbers, with a state's name, a
// direction or a house number; a word before the road that is no state's
// name is none of it, and "FM" alone is no road.
func TestNumberedRoads(t *testing.T) {
	text := "He drove on Interstate 95, U.S. Highway 101 and State Route 9 to Montana Highway 200; she lives at 5655 County Road 13, " +
		"near County Road 150 East and 721 Route 202-206, off the Scenic Highway 1 and FM 359 in 1620 FM 359 Road."
	want := "LOCATION Interstate 95|LOCATION U.S. Highway 101|LOCATION State Route 9|LOCATION Montana Highway 200|LOCATION 5655 County Road 13|" +
		"LOCATION County Road 150 East|LOCATION 721 Route 202-206|LOCATION Highway 1|LOCATION 1620 FM 359 Road"
	if got := typedTexts(text, numberedRoads(text)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestStateRoads: a numbered road without its state refers to the same
// road with it, unless two states' roads have the number.
func TestStateRoads(t *testing.T) {
	ms := []Mention{{Type: TypeLocation, Text: "Montana Highway 200"}, {Type: TypeLocation, Text: "Highway 200"},
		{Type: TypeLocation, Text: "Ohio Route 7"}, {Type: TypeLocation, Text: "Iowa Route 7"}, {Type: TypeLocation, Text: "Route 7"}}
	ms = stateRoads(ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"->"+m.Refers)
	}
	if want := "Montana Highway 200->|Highway 200->Montana Highway 200|Ohio Route 7->|Iowa Route 7->|Route 7->"; strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// TestPlacePickers: a research site's place selector names its state; a
// word that is no state's, or the bar inside a line, is none.
func TestPlacePickers(t *testing.T) {
	text := "Elawyers Elawyers\nWashington| Change\n\nNew Jersey|Change\nAcme| Change\nThe court in Ohio| Change the order.\n"
	if got, want := typedTexts(text, placePickers(text)), "LOCATION Washington|LOCATION New Jersey"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestOccurrences: every occurrence from the offset on, none inside the
// one before; wholeWord reads runes on either side.
func TestOccurrences(t *testing.T) {
	var got []int
	for s := range occurrences("aaa CAA CAA “CAA”", "CAA", 2) {
		got = append(got, s)
	}
	if want := []int{4, 8, 15}; !slices.Equal(got, want) {
		t.Errorf("occurrences: got %v, want %v", got, want)
	}
	if !wholeWord("(“CAA”)", 4, 7) || wholeWord("xCAA", 1, 4) || wholeWord("CAAé", 0, 3) {
		t.Error("wholeWord: a curly quote is no letter, an accented letter is one")
	}
}

// TestFictitious: placeholders counted by number or by kind, in the
// plural, or beside another placeholder are fictitious parties; John Doe
// alone is a person (a pseudonym), and so is a real name.
func TestFictitious(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"and JOHN DOES 1-10, Defendants", "JOHN DOES", true},
		{"and ABC CORPORATIONS 1-10, Defendants", "ABC CORPORATIONS", true},
		{"and ABC Corporations, the buyers", "ABC Corporations", false},
		{"Denver, John Doe 1 and other John Does, whose", "John Doe", true},
		{"John Doe 1 and other John Does, whose", "John Does", true},
		{`and John Does #1-3 (hereinafter "John Does")`, "John Does", true},
		{"Services, Inc. and/or John Doe, M.D., 1-5, and/or", "John Doe", true},
		{"Otis Elevator Company and John Doe entities, to recover", "John Doe", true},
		{`"JOHN DOE" and/or "JANE DOE"`, "JANE DOE", true},
		{"Plaintiff John Doe sued the school in 2020", "John Doe", false},
		{"Plaintiff John Doe, a minor, sued", "John Doe", false},
		{"Mary Smith 2 and others", "Mary Smith", false},
	} {
		s := strings.Index(tc.text, tc.name)
		if got := fictitious(tc.text, s, s+len(tc.name)); got != tc.want {
			t.Errorf("%q in %q: got %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestLinesHolding: each line that holds the literal, once, in order.
func TestLinesHolding(t *testing.T) {
	text := "Jo Roe, for appellant, for costs\nno literal\nAl Poe, for appellee\n, for x"
	var got []int
	for ls := range linesHolding(text, ", for ") {
		got = append(got, ls)
	}
	if want := []int{0, 44, 65}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
