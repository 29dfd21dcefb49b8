package extract_test

import (
	"slices"
	"testing"

	"github.com/docpipe/docpipe/stages/extract"
)

// TestDefinedTerms: a term defined for a party names it wherever it is
// used later, also when the definition comes after the party's address;
// a role word nobody defines is no mention.
func TestDefinedTerms(t *testing.T) {
	text := `This Agreement is made by Quillfeather Capital Partners LLC, a New Aldershire limited liability company with its principal office at 1200 Lantern Square, Brightwater ("Lender"), and Halvorsen Maritime Logistics, Inc. (the "Borrower"), and Silicon Valley Bank (" Bank "), under a Loan Agreement with Acme Corp. (the "Agreement").
The Borrower shall repay the Lender. The Bank agrees. The Guarantor signs.`
	res := stageResult(t, text)
	refers := map[string]map[string]bool{}
	for _, m := range res.Mentions {
		if m.Source == extract.SourceDefined {
			if refers[m.Text] == nil {
				refers[m.Text] = map[string]bool{}
			}
			refers[m.Text][m.Refers] = true
		}
		if m.Text == "Guarantor" || m.Text == "Agreement" {
			t.Errorf("undefined role word became a mention: %+v", m)
		}
	}
	for term, party := range map[string]string{
		"Lender":   "Quillfeather Capital Partners LLC",
		"Borrower": "Halvorsen Maritime Logistics, Inc.",
		"Bank":     "Silicon Valley Bank",
	} {
		if !refers[term][party] || len(refers[term]) != 1 {
			t.Errorf("%q refers to %v, want %q", term, refers[term], party)
		}
	}
}

// TestBareShortNames: a court's short name for a party in parentheses
// without quotes, right after the name whose words it is, is the party's
// alias wherever it is used alone ("West" of "Val West (West)", not in
// "West Virginia"); parentheses after other text, or with words not of the
// name, define nothing.
func TestBareShortNames(t *testing.T) {
	text := "Val West (West) appeals from an order granting the motion of Arent Fox LLP (Arent Fox) to strike. West lives in West Virginia. " +
		"Arent Fox represented the Home. Acme Widgets, Inc. (Delaware) sued. The claim (Count Two) fails. Then West appealed.\n"
	res := stageResult(t, text)
	uses := map[string][]string{}
	for _, m := range res.Mentions {
		if m.Source == extract.SourceDefined {
			uses[m.Text] = append(uses[m.Text], m.Refers)
		}
	}
	for term, want := range map[string][]string{
		"West":      {"Val West", "Val West", "Val West"},
		"Arent Fox": {"Arent Fox LLP", "Arent Fox LLP"},
	} {
		if !slices.Equal(uses[term], want) {
			t.Errorf("uses of %q refer to %v, want %v", term, uses[term], want)
		}
	}
	for _, term := range []string{"Delaware", "Count Two"} {
		if len(uses[term]) > 0 {
			t.Errorf("%q defined: %v", term, uses[term])
		}
	}
}

// A term defined for several parties together, or for each of them, is no
// one party's alias: "Appellees" does not resolve to Dearborn, the name
// right before it.
func TestGroupTermIsNoAlias(t *testing.T) {
	text := `Vanessa St. Pierre sued Standard Insurance Company ("Standard") and Dearborn National Life Insurance Company ("Dearborn") (collectively, "Appellees"). Appellees moved to dismiss. Acme Bank (each, a "Lender") lent.`
	defined := definedRefers(t, text)
	if defined["Dearborn"] != "Dearborn National Life Insurance Company" || defined["Standard"] != "Standard Insurance Company" {
		t.Errorf("the parties' own terms: %v", defined)
	}
	for _, term := range []string{"Appellees", "Lender"} {
		if r, ok := defined[term]; ok {
			t.Errorf("%q refers to %q, want no party", term, r)
		}
	}
}

// TestContactPersonIsNoParty: a term defined right after a notice's
// contact person names the company the notice is addressed to.
func TestContactPersonIsNoParty(t *testing.T) {
	text := `Buyer shall deposit with Chicago Title Insurance Company, 2001 Bryan Street, Suite 1700, Dallas, Texas 75201, Attention: Jennifer Lowe (the "Title Company"), the sum. The Title Company shall hold it.`
	if got := definedRefers(t, text)["Title Company"]; got != "Chicago Title Insurance Company" {
		t.Errorf("Title Company refers to %q, want Chicago Title Insurance Company", got)
	}
}

// TestProceedingTerms: a term for a proceeding names the case cited right
// before it, and its uses are that case's; with no case before it, it is
// no party's alias.
func TestProceedingTerms(t *testing.T) {
	text := `Dr. Krauss filed an action entitled Krauss v. Acme Corp., Case No. 2021-0714-LWW (the "Advancement Action"). The Advancement Action was stayed. ` +
		`Southpaw sued Roma Restaurant Holdings, Inc. (the "Southpaw Action"). The Southpaw Action ended.`
	res := stageResult(t, text)
	for _, m := range res.Mentions {
		switch {
		case m.Text == "Advancement Action" && (m.Type != extract.TypeCase || m.Refers != "Krauss v. Acme Corp."):
			t.Errorf("the proceeding's term: %+v", m)
		case m.Text == "Southpaw Action":
			t.Errorf("a term after a party named it: %+v", m)
		}
	}
	if !slices.ContainsFunc(res.Mentions, func(m extract.Mention) bool {
		return m.Text == "Advancement Action" && m.Source == extract.SourceDefined
	}) {
		t.Errorf("no use of the proceeding's term in %v", res.Mentions)
	}
}

// TestRoleTerms: the role words an evaluation sets aside are the terms the
// text defines in parentheses for a party's role, or in a glossary entry
// that a name follows ("IL Subsidiary" means, Vringo …), whatever the word,
// and not the defined names, acronyms or things; their uses are whole
// words in the case defined.
func TestRoleTerms(t *testing.T) {
	text := `Halvorsen Maritime Logistics , Inc. ( the " Company " ) and Gold Hill Capital ( " Gold Hill " ) and Westbrook Trust ( the " Administrative Agent " ) and the Oklahoma Water Resources Board (OWRB) under a loan ( the " Loan " ) with Silicon Valley Bank (" Bank ") and Lenovo Security Technology Ltd . ( hereinafter the “ Borrower Company ”, a domestic - funded limited liability company with registered capital of Renminbi Twenty Four Million ( RMB24 , 000 , 000 . 00 )).
" IL Subsidiary " means , Vringo ( Israel ) Ltd . "Subsidiary" means any corporation. "Guarantor" means Any Person who guarantees. "Collateral" means Acme's goods.
The Company pays the Administrative Agent, the Agent and the Bank; the company and the Banker do not. The Bank's fee.`
	got := extract.RoleTerms(text)
	want := []string{"Company", "Administrative Agent", "Bank", "Borrower Company", "IL Subsidiary"}
	if !slices.Equal(got, want) {
		t.Fatalf("RoleTerms = %q, want %q", got, want)
	}
	var uses []string
	rs := []rune(text)
	for _, u := range extract.TermUses(text, got) {
		uses = append(uses, string(rs[u[0]:u[1]]))
	}
	// The "Bank" of "Silicon Valley Bank" is a use too, as in the stage
	// (where the longer name's mention wins).
	want = []string{"Company", "Administrative Agent", "Bank", "Bank", "Borrower Company", "IL Subsidiary", "Company", "Administrative Agent", "Bank", "Bank"}
	if !slices.Equal(uses, want) {
		t.Errorf("TermUses = %q, want %q", uses, want)
	}
}

// TestSaintSurname: a title's person whose surname opens with "St." is the
// whole surname, so the tagger's other mentions of it take the person type.
func TestSaintSurname(t *testing.T) {
	text := "The court held that it placed upon Ms. St. Pierre the burden of proof, and St. Pierre appealed."
	res := stageResult(t, text)
	found := false
	for _, m := range res.Mentions {
		found = found || m.Source == extract.SourcePattern && m.Type == extract.TypePerson && m.Text == "St. Pierre"
		if m.Text == "St" {
			t.Errorf("a surname cut at St.: %+v", m)
		}
	}
	if !found {
		t.Errorf("no person St. Pierre from the title in %+v", res.Mentions)
	}
}

// TestDefinitionWithoutParentheses: a contract may define a party's term
// after a comma, "hereinafter referred to as the "Company"", with no
// parentheses; its uses are the party's.
func TestDefinitionWithoutParentheses(t *testing.T) {
	text := `Thinkplus Investments Limited, a company incorporated in the British Virgin Islands, hereinafter referred to as the "Company"; Airland International Limited, a corporation incorporated in Hong Kong, hereinafter called "Airland".
The Company shall pay Airland the purchase price.`
	refers := definedRefers(t, text)
	if refers["Company"] != "Thinkplus Investments Limited" {
		t.Errorf("Company refers to %q, want Thinkplus Investments Limited (%v)", refers["Company"], refers)
	}
	if got := extract.RoleTerms(text); len(got) != 1 || got[0] != "Company" {
		t.Errorf("RoleTerms = %q, want [Company]", got)
	}
}

// TestDefinedTermInCapitals: a signature block writes a defined role in
// capitals ("BANK:"); that is a use of the term too.
func TestDefinedTermInCapitals(t *testing.T) {
	text := `This Agreement is made with Silicon Valley Bank (the "Bank").
The Bank agrees.
BANK: SILICON VALLEY BANK
By: Jane Roe`
	res := stageResult(t, text)
	uses := 0
	for _, m := range res.Mentions {
		if m.Source == extract.SourceDefined && m.Text == "BANK" && m.Refers == "Silicon Valley Bank" {
			uses++
		}
	}
	if uses != 1 {
		t.Errorf("got %d uses of BANK, want 1: %+v", uses, res.Mentions)
	}
}

// TestTwoTermsDefined: a definition that gives a party two terms, one or
// the other ("Acme" or "Defendant"), makes both its aliases.
func TestTwoTermsDefined(t *testing.T) {
	text := "Plaintiff JANE DOE brings this action against Defendant GLOBEX WIDGET CORPORATION (\"Globex\" or \"Defendant\").\nGlobex fired her. Defendant knew it."
	refers := definedRefers(t, text)
	for _, term := range []string{"Globex", "Defendant"} {
		if refers[term] != "GLOBEX WIDGET CORPORATION" {
			t.Errorf("%q refers to %q, want GLOBEX WIDGET CORPORATION", term, refers[term])
		}
	}
}

// definedRefers runs the stage on text and returns the party each defined
// term's uses refer to.
func definedRefers(t *testing.T, text string) map[string]string {
	return mentionRefers(t, text, func(m extract.Mention) (string, bool) { return m.Text, m.Source == extract.SourceDefined })
}

// TestConveyanceRoles: a deed's, an assignment's or a sublease's role
// defined for a party after its address ("Grantee", "Assignee",
// "Sublandlord") names that party.
func TestConveyanceRoles(t *testing.T) {
	text := `THIS WARRANTY DEED is made by GEORGE T. HALVERSON, whose address is 4410 Cedar Ridge Lane, Bozeman, Montana 59715 ("Grantor"), and RIVERBEND HOLDINGS, LLC, a Montana limited liability company, whose address is P.O. Box 1187, Bozeman, Montana 59771 ("Grantee").
Grantor conveys to Grantee the property.
AGREEMENT OF SUBLEASE, made between PHOTODISC, INC. ("Sublandlord"), a State of Washington Corporation, and MORGAN STANLEY D.W. INC. ("Subtenant"), a Delaware corporation. Sublandlord subleases to Subtenant.`
	refers := definedRefers(t, text)
	for term, party := range map[string]string{"Grantor": "GEORGE T. HALVERSON", "Grantee": "RIVERBEND HOLDINGS, LLC", "Sublandlord": "PHOTODISC, INC.", "Subtenant": "MORGAN STANLEY D.W. INC."} {
		if refers[term] != party {
			t.Errorf("%q refers to %q, want %q", term, refers[term], party)
		}
	}
}

// TestFirmOnlyFormParty: a party named with a form only a firm takes
// ("Sunrise Dental Care, PLLC") is found, and the term defined for it
// names it.
func TestFirmOnlyFormParty(t *testing.T) {
	text := `This Lease is entered into by and between MAPLEWOOD PLAZA ASSOCIATES, L.P., a Georgia limited partnership ("Landlord"), and Sunrise Dental Care, PLLC, a Georgia professional limited liability company ("Tenant").
Tenant shall pay Landlord the rent.`
	if got := definedRefers(t, text)["Tenant"]; got != "Sunrise Dental Care, PLLC" {
		t.Errorf("Tenant refers to %q", got)
	}
}

// TestMergerSub: a merger's subsidiary defined after its description
// ("Merger Sub") names it, and a term for a party's board ("Company
// Board") is no organisation.
func TestMergerSub(t *testing.T) {
	text := `This Agreement is entered into by and among BlueHaven Therapeutics, Inc., a Delaware corporation ("Parent"), Orca Acquisition Sub, Inc., a Delaware corporation and a wholly owned subsidiary of Parent ("Merger Sub"), and Meridian Genomics Corporation, a Delaware corporation (the "Company").
WHEREAS, the Board of Directors of the Company (the "Company Board") has approved this Agreement, and Merger Sub agrees.`
	if got := definedRefers(t, text)["Merger Sub"]; got != "Orca Acquisition Sub, Inc." {
		t.Errorf("Merger Sub refers to %q", got)
	}
	for _, m := range stageResult(t, text).Mentions {
		if m.Text == "Company Board" {
			t.Errorf("a board's term is a name: %+v", m)
		}
	}
}

// TestDefinitionGoesOnWithAnd: a definition that goes on after its term
// with "and" to a group's term ("Acme" and, together with the Company,
// the "Parties") names the party before it; one after a description that
// ends in a term defined before ("… subsidiary of New Jersey ("Merger
// Sub" …)") names the described company, not that term's party.
func TestDefinitionGoesOnWithAnd(t *testing.T) {
	text := `This Plan is made by EMC PACKAGING, INC., a Delaware corporation ("EMC"), NEW JERSEY ACQUISITION, INC., a Delaware corporation ("New Jersey"), and NEW JERSEY MERGER SUB, INC., a Delaware corporation and wholly-owned subsidiary of New Jersey ("Merger Sub" and, together with New Jersey, the "Constituent Corporations"), and for Section 3 only, Acme Healthcare Company, Inc. ("Acme" and, together with EMC, the "Parties").
WHEREAS, EMC and Merger Sub desire to merge, and Acme agrees.`
	refers := definedRefers(t, text)
	for term, party := range map[string]string{"Merger Sub": "NEW JERSEY MERGER SUB, INC.", "Acme": "Acme Healthcare Company, Inc.", "New Jersey": "NEW JERSEY ACQUISITION, INC."} {
		if refers[term] != party {
			t.Errorf("%q refers to %q, want %q", term, refers[term], party)
		}
	}
	if _, ok := refers["Constituent Corporations"]; ok {
		t.Errorf("a group's term names one party: %v", refers)
	}
}
