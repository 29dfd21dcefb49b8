package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPartnerFirms: a firm named after its partners is one organisation,
// after the lawyer a counsel list names before it; people listed with
// "and" are not a firm.
func TestPartnerFirms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a partner with a particle", "Thomas Smith, Dickinson, Wright, Moon, Van Dusen & Freeman, Lansing, for Appellee.",
			[]string{"Dickinson, Wright, Moon, Van Dusen & Freeman"}},
		{"after a lawyer", "Sonja J. McGill, Sumner, Schick & Hamilton, David K. Watsky, Gillespie, Rozen, Watsky & Motley, Dallas, TX, for Plaintiff.",
			[]string{"Sumner, Schick & Hamilton", "Gillespie, Rozen, Watsky & Motley"}},
		{"alone, serial comma", "Counsel: Cravath, Swaine, & Moore.", []string{"Cravath, Swaine, & Moore"}},
		{"a sentence's opener", "However, Smith, Jones & Brown appeared.", []string{"Smith, Jones & Brown"}},
		{"people", "Smith, Jones and Brown appeared.", nil},
		{"a panel", "Present: Sullivan, Maldonado, & Neyman, JJ.", nil},
		{"after the lawyers' word", "Micah E. Marcus (argued), Attorneys, Kirkland & Ellis LLP, Chicago, IL", []string{"Kirkland & Ellis LLP"}},
		{"after the lawyer's word", "Annette M. McGarry (argued), Attorney, McGarry, Toft & Roe, Chicago, IL", []string{"McGarry, Toft & Roe"}},
		{"after a lawyer's name and the lawyers' word", "Micah E. Marcus, Attorneys, Kirkland & Ellis LLP, Chicago, IL", []string{"Kirkland & Ellis LLP"}},
		{"a partner called Law", "Robert Lee (argued), Law, Snakard & Gambill, P.C., Fort Worth", []string{"Law, Snakard & Gambill, P.C."}},
		{"after attorneys at law", "Mr Patrick Houlihan, Attorneys at Law,\nWilliams & Connolly LLP, Washington DC", []string{"Williams & Connolly LLP"}},
		{"after a lawyer's Esquire", "David A. Jenkins, Esquire Wilks, Lukoff & Bracegirdle, LLC", []string{"Wilks, Lukoff & Bracegirdle, LLC"}},
		{"a partner's O'", "Ian Meklinsky, Fox, Rothschild, O'Brien & Frankel, Lawrenceville, NJ", []string{"Fox, Rothschild, O'Brien & Frankel"}},
		{"after a lawyer and his title", "Mary E. Haynie, Ian Meklinsky, Esq, O'Brien & Frankel, Defendants.", []string{"O'Brien & Frankel"}},
		{"partners without commas and a professional form", "John F. Percival of Beech Edwards & Percival, PLLC, Oklahoma City", []string{"Beech Edwards & Percival, PLLC"}},
		{"two partners in capitals and a professional form", "Thomas L. Canary, Jr., MAPOTHER & MAPOTHER, P.S.C., Lexington", []string{"MAPOTHER & MAPOTHER, P.S.C."}},
		{"a chartered firm", "William B. Sorensen, Jr., Morris, Laing, Evans, Brock & Kennedy, Chtd., Wichita, KS", []string{"Morris, Laing, Evans, Brock & Kennedy, Chtd."}},
		{"a title before, a legal form after", "Desmond Okafor\nPartner, Brannock & Vey LLP\n", []string{"Brannock & Vey LLP"}},
		{"three partners and a legal form", "Counsel: Partner, Sumner, Schick & Hamilton, P.C., Dallas", []string{"Sumner, Schick & Hamilton, P.C."}},
		{"two partners", "Haynes & Boone, Dallas", nil}, // the patterns' and the tagger's
		{"wrapped after a comma, Ohio's form", "favor of Kenneth Boukis, and Hohmann,\nBoukis & Curtis, L.P.A. (collectively", []string{"Hohmann,\nBoukis & Curtis, L.P.A."}},
		{"in capitals", "HILL, BETTS & NASH LLP One World Financial Center", []string{"HILL, BETTS & NASH LLP"}},
		{"wrapped after the ampersand", "argued the cause for intervenor-respondent (Rabinowitz, Lubetkin &\nTully, LLC, attorneys)", []string{"Rabinowitz, Lubetkin &\nTully, LLC"}},
		{"two partners and a professional form", "and COHEN AND WOLF, P.C. 1115 Broad Street; Smith and Jones, PLLC; Smith and Jones appeared.", []string{"COHEN AND WOLF, P.C.", "Smith and Jones, PLLC"}},
		{"capitals and mixed case are two names", "SMITH, Jones & Brown", nil},
		{"partners that open an appearance by their lawyer", "Winston and Cashatt, by C. Matthew Andersen, Attorney at Law, appeared.\nJohn and Mary Smith, by their attorney, sued.",
			[]string{"Winston and Cashatt"}},
		{"partners whose \"&\" a page dropped, by their lawyer", "Pettiette, Armand, Dunkelman, Woodley, Byrd Cromwell by Lawrence W. Pettiette, Jr., Shreveport, for Appellee.\nSmith, Jones by John Smith.",
			[]string{"Pettiette, Armand, Dunkelman, Woodley, Byrd Cromwell"}},
		{"two partners by one of them, a star page, a form without periods", "B. Michael Dann, J.\nBroadman Hartmann by Ira S. Broadman and Robert J. Hartmann, Phoenix.\n" +
			"*602 Langerman, Begam, Lewis and Marks by Amy G. Langerman, Phoenix.\nBruce J. Woner, Woner, Glenn, Reeder & Girard, PA, Topeka, KS.\nJohn Smith by Mary Jones.\n",
			[]string{"Langerman, Begam, Lewis and Marks", "Broadman Hartmann", "Woner, Glenn, Reeder & Girard, PA"}},
		{"Washington's and New Jersey's counsel lines, a last partner's particle", "Lukins, Annis, Bastine, McKay Van Marter, P.S., by Robert G. Beaumier, Jr., for appellant.\n" +
			"Randall Danskin, by Nancy E. Horgan, for respondent.\nGregory J. Czura, Ringwood, argued the cause for appellant (Czura Stilwell, attorneys).\n" +
			"John Smith, by his guardian, for plaintiff.\n(Gregory J. Czura, attorney)\n",
			[]string{"Randall Danskin", "Czura Stilwell", "Lukins, Annis, Bastine, McKay Van Marter, P.S."}},
		{"a firm the lawyer's surname opens, before its city", "Dixon L. Pyles, Jr. and Dixon L. Pyles, Pyles Tucker, Jackson, for appellant.\n" +
			"William R. Collins and C.R. Montgomery, Montgomery, Smith-Vaniz McGraw, Canton, for appellees.\nJohn Kay, North Platte, Nebraska, for appellant.",
			[]string{"Pyles Tucker", "Montgomery, Smith-Vaniz McGraw"}},
		{"two partners before their lawyers, one of them a partner", "Adam M. Romney; Grotefeld Hoffman, Mark Grotefeld, Jordan B. Everakes and David J. Kestenbaum for National Association. " +
			"Dixon Pyles, Jane Roe and Ann B. Dixon; Smith Tucker, Jane Roe and Ann B. Smithson; " +
			"Hueston Hennigan, John C. Hueston, Newport Beach, Douglas J. Dixon; Berger Kahn, Craig S. Simon, Irvine.\n" +
			"Buchanan Land, Jerry A. Buchanan, Benjamin A. Land, for appellant.\nAmy Smith, Herbert G. Underwood, for appellee; David Larson, Ryan T. Larsen, for him.\n" +
			"Judge PanelTao, J., Bulla, J. Hon. Michelle Leavitt, District Judge\nInsurance Company, Fidelity Deposit Company, Empire Indemnity Insurance, Acme\n" +
			"Michael Laws, Jones Day, Michael C. Laws, Jr.; Grotefeld Hoffman, Mark Grotefeld Hoffman.\n",
			[]string{"Grotefeld Hoffman", "Dixon Pyles", "Hueston Hennigan", "Buchanan Land"}},
		{"after a lawyer's generation", "Delaware; Thomas M. Wood, IV, NEUBERGER, QUINN, GIELEN, RUBIN &\n    GIBBER, P.A., Baltimore", []string{"NEUBERGER, QUINN, GIELEN, RUBIN &\n    GIBBER, P.A."}},
		{"New Jersey's older reports, \"Messrs.\" before the firm", "Mr. Jack J. Soriano for defendant ( Messrs. Marinello, Henkel, Soriano Klein, attorneys).\n" +
			"Mr. Amedeo C. Jacovino for plaintiff ( Messrs Friedman D'Alessandro, attorneys). ( Messrs. John A. Smith, attorneys)",
			[]string{"Marinello, Henkel, Soriano Klein", "Friedman D'Alessandro"}},
		{"a saint's name the last partner", "Robert L. Weiss, Powell, Tennyson & St. John, P.A., West Palm Beach, for appellee.", []string{"Powell, Tennyson & St. John, P.A."}},
		{"Washington's form", "David A. Thorner, Craig L. Smith, and Thorner, Kennedy & Gano, P.S., for respondent.", []string{"Thorner, Kennedy & Gano, P.S."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := candTexts(tc.text, partnerFirms(tc.text)), strings.Join(tc.want, "|"); got != want {
				t.Errorf("firms %q, want %q", got, want)
			}
		})
	}
}

// TestInitialledFirms: a law firm named after a lawyer starts at the
// lawyer's given name and initials; a company that is no firm, and an
// initial that opens no list's item, are left alone.
func TestInitialledFirms(t *testing.T) {
	text := "Daniel J. Gamino, DANIEL J. GAMINO & ASSOCIATES, P.C., Oklahoma City; Luis A. Gonzalez, L.A. Gonzalez Law Offices, P.A., Orlando; " +
		"John Q. Acme Widgets, Inc.; see Exhibit B. Smith Law Group"
	cs := spansIn(text, span{"GAMINO & ASSOCIATES, P.C.", TypeOrg, SourcePattern}, span{"Gonzalez Law Offices, P.A.", TypeOrg, SourcePattern},
		span{"Acme Widgets, Inc.", TypeOrg, SourcePattern}, span{"Smith Law Group", TypeOrg, SourceModel})
	wantMend(t, initialledFirms, text, cs, "DANIEL J. GAMINO & ASSOCIATES, P.C.|L.A. Gonzalez Law Offices, P.A.|Acme Widgets, Inc.|Smith Law Group")
}

// TestCompanyForms: a lower-case prefix glued to a company's name is part
// of it, and a recital's letter before a party's role is not.
func TestCompanyForms(t *testing.T) {
	text := "by and between Silicon Valley Bank and iWatt Inc., a California corporation.\nA. Bank and Borrower have entered into it.\nB. Acme Holdings LLC signs. the xyzAcme Corp. too.\n"
	cs := spansIn(text, span{"Watt Inc.", TypeOrg, SourceModel}, span{"A. Bank", TypeOrg, SourceModel},
		span{"B. Acme Holdings LLC", TypeOrg, SourceModel}, span{"Acme Corp.", TypeOrg, SourceModel})
	wantMend(t, companyForms, text, cs, "iWatt Inc.|Bank|B. Acme Holdings LLC|Acme Corp.")
}

// TestAcronymOrgs: an organisation named with the acronym the text defines
// for it, the acronym the initials of its capitalised words; a law's
// acronym, or one that does not fit, names none.
func TestAcronymOrgs(t *testing.T) {
	text := `employment at the Food and Drug Administration ("FDA") and the FDA's National Regional Laboratory ("NRL"); ` +
		`the New York City Employees' Retirement System ("NYCERS"); the Age Discrimination in Employment Act ("ADEA"); ` +
		`the Acme Widget Board ("XYZ").`
	wantFind(t, acronymOrgs, text, "Food and Drug Administration|National Regional Laboratory|New York City Employees' Retirement System")
}

// TestLawOffices: a firm named as a lawyer's offices, with its legal form
// and its lawyer's generational suffix, and the Trademark Office's
// examining law office by its number after its attorney's title (not a
// telephone's number, nor a number without the title).
func TestLawOffices(t *testing.T) {
	text := "For Plaintiff: Law Offices of Sean M. Burke and Sean M. Burke. For Defendant: The Law Office of Jane Doe, P.C., and law offices of nobody. " +
		"Robert E. Franz, Jr., Law Office of Robert E. Franz, Jr., Springfield. John E. Davis, DAVIS LAW OFFICE, Lexington; Stephen C. Whiting, The Whiting Law Firm.\n" +
		"Keton Hansrajh, Trademark Examining Attorney, Law Office 128, Travis Wheatley, Managing Attorney; see Law Office 5 of the rules.\n" +
		"Call the Law Office 304-555-1212; our Attorney, Law Office 555-1212; visit the Law Office 10 miles away; Attorney, Law Office 113.5.\n" +
		"Jane Roe, Examining Attorney, Law Office 101.\n"
	wantFind(t, lawOffices, text, "Law Office 128|Law Office 101|Law Offices of Sean M. Burke|The Law Office of Jane Doe, P.C.|Law Office of Robert E. Franz, Jr.|DAVIS LAW OFFICE|The Whiting Law Firm")
}

// TestFormsAfter: a firm's professional form and a company's legal form
// after a comma are part of its name, and make the tagger's place or
// person before a company's form that company, also where the form opens
// the next line; a form that only starts a longer word, a person's name
// before a professional form and a pattern's place are left alone.
func TestFormsAfter(t *testing.T) {
	text := "David Ross\nReminger Co., L.P.A.\n101 West Prospect Avenue\nThorner, Kennedy & Gano, P.S., for respondent. Acme Law Group, PLLC. Smith Co., P.A.M. Tax. Jane Doe, P.A., a nurse.\n" +
		"Defendant Rokit Phone Company, LLC’s Demurrer; Acme, Inc., Inc. twice. Horizon Financial, F.A., appellee. Attorneys: Jacobs P.C. and John Smith.\n"
	cs := spansIn(text, span{"Reminger Co.", TypeOrg, SourcePattern}, span{"Thorner, Kennedy & Gano", TypeOrg, SourcePattern},
		span{"Acme Law Group", TypeOrg, SourceModel}, span{"Smith Co.", TypeOrg, SourceModel}, span{"Jane Doe", TypePerson, SourceModel},
		span{"Rokit Phone Company", TypeOrg, SourceModel}, span{"Acme, Inc.", TypeOrg, SourcePattern}, span{"Horizon Financial", TypeOrg, SourceModel},
		span{"Jacobs P.C.", TypePerson, SourceModel}, span{"John Smith", TypePerson, SourceModel})
	wantMend(t, formsAfter, text, cs, "Reminger Co., L.P.A.|Thorner, Kennedy & Gano, P.S.|Acme Law Group, PLLC|Smith Co.|Jane Doe|Rokit Phone Company, LLC|Acme, Inc.|Horizon Financial, F.A.|Jacobs P.C.|John Smith")
	if got := typedTexts(text, cs[len(cs)-2:]); got != "ORG Jacobs P.C.|PERSON John Smith" {
		t.Errorf("types %q", got)
	}
	text = "in favor of Hank's Flite Center, Inc. and John Smith, Inc. against Austin, Texas. Stokes Lawrence, P.S., Seattle; Brian Davis, P.A., a nurse.\n"
	cs = spansIn(text, span{"Hank's Flite Center", TypeLocation, SourceModel}, span{"John Smith", TypePerson, SourceModel},
		span{"Austin", TypeLocation, SourcePattern}, span{"Stokes Lawrence", TypePerson, SourceModel}, span{"Brian Davis", TypePerson, SourceModel})
	wantTyped(t, formsAfter, text, cs, "ORG Hank's Flite Center, Inc.|ORG John Smith, Inc.|LOCATION Austin|ORG Stokes Lawrence, P.S.|PERSON Brian Davis")
	// A lawyer after a form a person may take makes the name before it a firm.
	text = "Browder Kenney, P.C. by Robert W. Browder, Phoenix, for respondent. Brian Davis, P.A., by the hospital. Ruder Ware, L.L.S.C., for the City.\n"
	cs = spansIn(text, span{"Browder Kenney", TypePerson, SourceModel}, span{"Brian Davis", TypePerson, SourceModel}, span{"Ruder Ware", TypePerson, SourceModel})
	wantTyped(t, formsAfter, text, cs, "ORG Browder Kenney, P.C.|PERSON Brian Davis|ORG Ruder Ware, L.L.S.C.")
	// The patterns' person is read so too (a counsel list's lawyer, a
	// caption's party); the patterns' place before a company's form stays.
	text = "Jane Roe, Richard N. Stuckey, P.C., Denver, for defendant. ANIMATORS AT LAW, INC., Plaintiff. Dallas, Inc. Mary J. Jones, L.P.N., charted. Linda M. Carter, Incoming President. Vetter White, Incorporated. Acme Pools, Inc.’s motion.\n"
	cs = spansIn(text, span{"Richard N. Stuckey", TypePerson, SourcePattern}, span{"ANIMATORS AT LAW", TypePerson, SourcePattern}, span{"Dallas", TypeLocation, SourcePattern},
		span{"Mary J. Jones", TypePerson, SourcePattern}, span{"Linda M. Carter", TypePerson, SourcePattern}, span{"Vetter White", TypePerson, SourceModel},
		span{"Acme Pools", TypePerson, SourceModel})
	wantTyped(t, formsAfter, text, cs, "ORG Richard N. Stuckey, P.C.|ORG ANIMATORS AT LAW, INC.|LOCATION Dallas|PERSON Mary J. Jones|PERSON Linda M. Carter|ORG Vetter White, Incorporated|ORG Acme Pools, Inc.")
	// An organisation's form ends its word too.
	text = "Acme Group, Incoming Chair; Vetter & White, Incorporated.\n"
	cs = spansIn(text, span{"Acme Group", TypeOrg, SourcePattern}, span{"Vetter & White", TypeOrg, SourcePattern})
	wantMend(t, formsAfter, text, cs, "Acme Group|Vetter & White, Incorporated")
	// A form that opens the next line, with or without the comma before it, is the name's at the line's end before it; a form in a word is not.
	text = "Douglas Buckley, Kramer Levin Naftalis & Frankel\n    LLP, Manuel Bared; Acme Corp\nLLCs here; Smith & Jones LLP\nP.C. Two\nGoldstein, KRINSKY & LIEBERMAN,\nP.C., New York\n"
	cs = spansIn(text, span{"Kramer Levin Naftalis & Frankel", TypeOrg, SourcePattern}, span{"Acme Corp", TypeOrg, SourceModel},
		span{"Smith & Jones LLP", TypeOrg, SourcePattern}, span{"KRINSKY & LIEBERMAN", TypeOrg, SourcePattern})
	wantMend(t, formsAfter, text, cs, "Kramer Levin Naftalis & Frankel\n    LLP|Acme Corp|Smith & Jones LLP|KRINSKY & LIEBERMAN,\nP.C.")
}

// TestFirmFormWithoutComma: the tagger's person or place of two words or
// more right before a firm's form with no comma is that firm ("Edelson
// Ruiz" + " PC"); one word, or a word that only starts with the form, is
// not.
func TestFirmFormWithoutComma(t *testing.T) {
	text := "by their attorneys, Edelson Ruiz PC, sue. Jones Weber PLLC\nEDELSON RUIZ PC\nKoenig PC and Anna Lee PCB.\n"
	cs := spansIn(text, span{"Edelson Ruiz", TypePerson, SourceModel}, span{"Jones Weber", TypeLocation, SourceModel},
		span{"EDELSON RUIZ", TypePerson, SourceModel}, span{"Koenig", TypePerson, SourceModel}, span{"Anna Lee", TypePerson, SourceModel})
	wantTyped(t, formsAfter, text, cs, "ORG Edelson Ruiz PC|ORG Jones Weber PLLC|ORG EDELSON RUIZ PC|PERSON Koenig|PERSON Anna Lee")
}

// TestIncorporated: "Incorporated" after a company's name is its form, and
// makes the tagger's place before a company's words that company.
func TestIncorporated(t *testing.T) {
	text := "at Vertex Pharmaceuticals Incorporated and Texas Instruments Incorporated, in Dallas Incorporation Day; SABMiller plc.\n"
	cs := spansIn(text, span{"Vertex Pharmaceuticals", TypeOrg, SourceModel}, span{"Texas", TypeLocation, SourceModel}, span{"Dallas", TypeLocation, SourceModel}, span{"SABMiller", TypeOrg, SourceModel})
	wantTyped(t, formsAfter, text, cs, "ORG Vertex Pharmaceuticals Incorporated|ORG Texas Instruments Incorporated|LOCATION Dallas|ORG SABMiller plc")
}

// TestProfessionalLines: a line that is a firm's name and a professional
// corporation's or company's form is that firm; a form inside a sentence
// or a line that goes on is not.
func TestProfessionalLines(t *testing.T) {
	text := "Respectfully submitted,\n\nEDELSON RUIZ PC\nSmith, Lee & Park, P.C.\nJones Weber PLLC\nWe met at the PC store\nACME PC repairs\n"
	wantFind(t, professionalLines, text, "EDELSON RUIZ PC|Smith, Lee & Park, P.C.|Jones Weber PLLC")
}

// TestOrphanForms: a legal form a list's split left alone joins the
// company right before it, and one with none before it goes, whatever
// the tagger typed it; a caption's party "Incorporated" takes the name
// before its comma.
func TestOrphanForms(t *testing.T) {
	text := "made by Amtran, Inc., Ambassadair Travel Club, Inc., ATA Vacations, Inc. and the Inc. of nobody; Shanghai Solutions Software Co ., Ltd ."
	cs := spansIn(text, span{"Amtran, Inc.", TypeOrg, SourcePattern}, span{"Ambassadair Travel Club", TypeOrg, SourceModel},
		span{"ATA Vacations, Inc.", TypeOrg, SourcePattern})
	cs = append(cs, cand{typ: TypeOrg, start: 47, end: 51, source: SourceModel}, cand{typ: TypeOrg, start: 81, end: 85, source: SourceModel},
		cand{typ: TypeLocation, start: strings.Index(text, "Ltd"), end: strings.Index(text, "Ltd") + 3, source: SourceModel})
	wantMend(t, orphanForms, text, cs, "Amtran, Inc.|Ambassadair Travel Club, Inc.|ATA Vacations, Inc.")
	// A caption's party read as "Incorporated" alone takes the name before
	// its comma, and its case starts there too; a party "Inc." does not.
	// Nor does one whose comma is not right before it.
	text = "Lund Industries, Incorporated, Plaintiff-appellee, v. Go Industries; Carlyle T. Poindexter Poindexter & Associates, Inc. sued; Acme Mills, a firm Incorporated, Defendant."
	lund, inc, acme := strings.Index(text, "Incorporated"), strings.Index(text, "Inc."), strings.LastIndex(text, "Incorporated")
	cs = []cand{{typ: TypeCase, start: lund, end: strings.Index(text, ";"), source: SourcePattern}, {typ: TypePerson, start: lund, end: lund + len("Incorporated"), source: SourcePattern, party: true},
		{typ: TypePerson, start: inc, end: inc + len("Inc."), source: SourcePattern, party: true}, {typ: TypePerson, start: acme, end: acme + len("Incorporated"), source: SourcePattern, party: true}}
	wantMend(t, orphanForms, text, cs, "Lund Industries, Incorporated, Plaintiff-appellee, v. Go Industries|Lund Industries, Incorporated")
}

// TestAndCompanies: a company's name cut at "and" is one name again when
// the second part ends as a company's and the first does not; two
// companies, a person and a company, parts on two lines, an address's
// state, a name in another case and a site's name stay apart.
func TestAndCompanies(t *testing.T) {
	text := "doing business as Lansberry Coal and Excavating Company, filed. BRIDGEPORT AND PORT JEFFERSON STEAMBOAT COMPANY\n" +
		"Acme Company and Excavating Company. John Smith and Widget Company. Ohio\nand Widget Corporation.\nNEW HAVEN AND HARTFORD RAILROAD COMPANY, et al.\nJOHN, SMITH AND ACME COMPANY\n" +
		"an office at 604 North 34th Street, Seattle, Washington and MORGAN STANLEY COMPANY, a Delaware corporation; Dallas and SOUTHWEST RAILROAD COMPANY\n" +
		"Defendants Amazon.com and Walmart Inc. moved.\n"
	cs := spansIn(text, span{"Lansberry Coal", TypeOrg, SourceModel}, span{"Excavating Company", TypeOrg, SourceModel},
		span{"BRIDGEPORT", TypeLocation, SourceModel}, span{"PORT JEFFERSON STEAMBOAT COMPANY", TypeOrg, SourceModel},
		span{"Acme Company", TypeOrg, SourceModel}, span{"John Smith", TypePerson, SourceModel}, span{"Widget Company", TypeOrg, SourceModel},
		span{"Ohio", TypeLocation, SourceModel}, span{"Widget Corporation", TypeOrg, SourceModel},
		span{"HARTFORD RAILROAD COMPANY", TypeOrg, SourceModel}, span{"ACME COMPANY", TypeOrg, SourceModel},
		span{"Washington", TypeLocation, SourceModel}, span{"MORGAN STANLEY COMPANY", TypeOrg, SourceModel},
		span{"Dallas", TypeLocation, SourceModel}, span{"SOUTHWEST RAILROAD COMPANY", TypeOrg, SourceModel},
		span{"Amazon.com", TypeOrg, SourcePattern}, span{"Walmart Inc.", TypeOrg, SourcePattern})
	cs = append(cs, cand{typ: TypeOrg, start: strings.Index(text, "Excavating Company."), end: strings.Index(text, "Excavating Company.") + len("Excavating Company"), source: SourceModel})
	want := "ORG Lansberry Coal and Excavating Company|ORG BRIDGEPORT AND PORT JEFFERSON STEAMBOAT COMPANY|ORG Acme Company|PERSON John Smith|ORG Widget Company|LOCATION Ohio|ORG Widget Corporation|ORG NEW HAVEN AND HARTFORD RAILROAD COMPANY|ORG ACME COMPANY|LOCATION Washington|ORG MORGAN STANLEY COMPANY|LOCATION Dallas|ORG SOUTHWEST RAILROAD COMPANY|ORG Amazon.com|ORG Walmart Inc.|ORG Excavating Company"
	if got := typedTexts(text, andCompanies(text, cs)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestOrgSentenceStarts: an organisation's name that ran back over a
// sentence's end, a recital's word, a question's verb or a ruling's starts after it (a
// person's name that a ruling's verb opens is none); an abbreviation's
// period inside a name is no sentence's end.
func TestOrgSentenceStarts(t *testing.T) {
	text := "Teresa Sanchez-Gordon, Judge. Dismissed. Kirtland & Packard, for Plaintiff. Smith Bros. Trucking Co. appeared. WHEREAS, Holdings agreed. Did the Company violate it?"
	cs := []cand{
		{typ: TypeOrg, start: strings.Index(text, "Judge."), end: strings.Index(text, ", for"), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "Smith"), end: strings.Index(text, " appeared"), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "WHEREAS"), end: strings.Index(text, " agreed"), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "Did"), end: strings.Index(text, " violate"), source: SourceModel},
	}
	wantMend(t, orgSentenceStarts, text, cs, "Kirtland & Packard|Smith Bros. Trucking Co.|Holdings")
	// An opinion's bracketed summary opens with the ruling's verb.
	text = "[Remanding the Department of Commerce's remand redetermination.] [Remanding Final Results of review.]"
	cs = []cand{
		{typ: TypeOrg, start: strings.Index(text, "Remanding the"), end: strings.Index(text, "'s remand"), source: SourceModel},
		{typ: TypePerson, start: strings.Index(text, "Remanding Final"), end: strings.Index(text, " of review"), source: SourceModel},
	}
	wantMend(t, orgSentenceStarts, text, cs, "Department of Commerce")
	// An order's verb in capitals opens no party's name, a person's
	// either, nor does "MOOT"; "IN PART" goes with the verb; a name it
	// would leave empty, or a verb in mixed case, stays.
	text = "The Court GRANTS Dorel's motion, DENIES as MOOT Dorel's second, DENIES IN PART Sigman's motion and MOOT Best's. GRANTS ORDER. Grants Pass Inc."
	cs = []cand{
		{typ: TypeOrg, start: strings.Index(text, "GRANTS Dorel"), end: strings.Index(text, "'s motion,"), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "MOOT Dorel"), end: strings.Index(text, "'s second"), source: SourceModel},
		{typ: TypePerson, start: strings.Index(text, "DENIES IN"), end: strings.Index(text, "'s motion and"), source: SourceModel},
		{typ: TypePerson, start: strings.Index(text, "MOOT Best"), end: strings.Index(text, "'s."), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "GRANTS ORDER"), end: strings.Index(text, "GRANTS ORDER") + len("GRANTS "), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "Grants Pass"), end: len(text), source: SourceModel},
	}
	wantMend(t, orgSentenceStarts, text, cs, "Dorel|Dorel|Sigman|Best|GRANTS |Grants Pass Inc.")
	// A name in capitals that opens with such a word is the name's own.
	text = "Defendant GRANTS PASS SCHOOL DISTRICT NO. 7 moved; STRIKES BACK ENTERTAINMENT, INC. replied."
	cs = candsAt(text, TypeOrg, SourceModel, "GRANTS PASS SCHOOL DISTRICT NO. 7", "STRIKES BACK ENTERTAINMENT, INC.")
	wantMend(t, orgSentenceStarts, text, cs, "GRANTS PASS SCHOOL DISTRICT NO. 7|STRIKES BACK ENTERTAINMENT, INC.")
}

// TestCircuitNames: the tagger's organisation that is a circuit's
// citation form is the court; another organisation is not.
func TestCircuitNames(t *testing.T) {
	text := "854 F.2d 1330 | D.C. Cir. | 1988; Cir. Holdings"
	cs := []cand{
		{typ: TypeOrg, start: strings.Index(text, "D.C."), end: strings.Index(text, " | 1988"), source: SourceModel},
		{typ: TypeOrg, start: strings.Index(text, "Cir. Holdings"), end: len(text), source: SourceModel},
	}
	wantTyped(t, circuitNames, text, cs, TypeCourt+" D.C. Cir.|"+TypeOrg+" Cir. Holdings")
}

// TestTrustNames: a person followed by a kind of trust is that trust, and
// one after "Estate of" that estate, an organisation, also where the
// tagger read the decedent as a place; a person alone stays one, as does
// a place that is one.
func TestTrustNames(t *testing.T) {
	text := "Plaintiffs Noah N. Levy Revocable Trust and Jane Roe sued; the Roe Family Trust paid, and THE ESTATE OF WALTER TIRSCHMAN. " +
		"Conservator of the Estate of Octavia Simmons; the Estate of New York."
	var cs []cand
	for _, n := range []string{"Noah N. Levy", "Jane Roe", "Roe", "WALTER TIRSCHMAN", "Octavia Simmons", "New York"} {
		i := strings.Index(text, n)
		if n == "Roe" {
			i = strings.Index(text, "the Roe") + 4
		}
		typ := TypePerson
		if n == "Octavia Simmons" || n == "New York" {
			typ = TypeLocation
		}
		cs = append(cs, cand{typ: typ, start: i, end: i + len(n)})
	}
	want := TypeOrg + " Noah N. Levy Revocable Trust|" + TypePerson + " Jane Roe|" + TypeOrg + " Roe Family Trust|" + TypeOrg + " ESTATE OF WALTER TIRSCHMAN|" +
		TypeOrg + " Estate of Octavia Simmons|" + TypeLocation + " New York"
	if got := typedTexts(text, trustNames(text, cs)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCapsSurnames: a name in capitals that ends in an initial takes the
// surname in capitals after it, and its suffix; a judge's title, "AND" or
// a name in mixed case does not.
func TestCapsSurnames(t *testing.T) {
	text := "HON. CAROL R. EDMEAD Justice; JOSEPH R. SLIGHTS III Dover; JOHN Q. JUDGE; Carol R. Edmead; JOHN R. AND MARY L. WHITFIELD"
	cs := candsAt(text, TypePerson, "", "CAROL R.", "JOSEPH R.", "JOHN Q.", "Carol R.", "JOHN R.")
	want := "CAROL R. EDMEAD|JOSEPH R. SLIGHTS III|JOHN Q.|Carol R.|JOHN R."
	wantMend(t, capsSurnames, text, cs, want)
}

// TestWrappedForms: a company's name that a line break cut before the
// words that precede its legal form is one name; a label or a role on the
// line before is none of it, nor is a title's "OF", a numbered heading or
// a lawyer's "Esquire", nor a letter's addressee alone on her line ("Joy
// Semenuk" / "LG Sourcing, Inc.", not "Grace Brothers" / "Machinery, Inc."
// nor a company's tail alone, "Howard Johnson" / "International, Inc."), a
// county's name after a comma (not "Orange County" / "Choppers, Inc."),
// nor anything before a role that opens the line ("Plaintiff BenShot,
// LLC"); a litigant's role before the name's
// first words is left out. Without a comma before the form, only a company's head
// word ("Group LLC") or a name after prose goes on from the line before.
func TestWrappedForms(t *testing.T) {
	text := "actions taken by the city, and by Bass River Golf\nManagement, Inc. (Bass River), which operated it.\nBorrower:\nAcme, Inc.\nCAROVA\nACQUISITIONS, L.P., Plaintiff\nthe Plaintiff\nAcme, Inc.\n" +
		"office c/o Morgans Hotel\nGroup LLC, 475 Tenth Avenue\nAttention: John Smith\nAcme LLC\nLIMITED LIABILITY COMPANY AGREEMENT\nOF\nBRIGHTWATER HOLDINGS, LLC\n" +
		"the strip owned by Defendant Atco\nRaceway, Inc. in 2010.\nI. Background Facts & Proceedings\nDoorenbos Poultry, Inc. keeps hens.\nR. Eric Hacker, Esquire\nMorris James, LLP\n" +
		"affirmed the district court's denial of Electronic\nArts Inc. motion.\nclaims against Cross Country\nHealthcare, Inc. were tried.\nD. Wayne Smith, counsel for Bass River Golf\nManagement, Inc.\n" +
		"Laurel T. Scapicchio\nAcme Sourcing, Inc.\n25 Research Drive\nJoy Semenuk\nLG Sourcing, Inc.\nGrace Brothers\nMachinery, Inc.\n" +
		"County Court, Suffolk County\nKoral Brothers, Inc., Plaintiff(s),\nWilliam C. Griesbach United States District Judge\nPlaintiff BenShot, LLC, brought this action.\n" +
		"Mr. Peter Lee\nHoward Johnson\nInternational, Inc.\nsigned by Orange County\nChoppers, Inc. in 2009.\nFrank Collins\nLicenseLok, Inc.\n"
	wantFind(t, wrappedForms, text, "Bass River Golf\nManagement, Inc.|CAROVA\nACQUISITIONS, L.P.|Morgans Hotel\nGroup LLC|Atco\nRaceway, Inc.|Electronic\nArts Inc.|"+
		"Cross Country\nHealthcare, Inc.|Bass River Golf\nManagement, Inc.|Grace Brothers\nMachinery, Inc.|Howard Johnson\nInternational, Inc.|Orange County\nChoppers, Inc.")
}

// TestPersonFirms: a lawyer's name run into the firm after it, on its line
// or the line above, is the person and the firm; a firm that bears its founder's name is one firm.
func TestPersonFirms(t *testing.T) {
	text := "David A. Zdunkewicz Andrews Kurth LLP Houston; Stephen D. Dodd Co., L.L.C. sued; Bradford A. Williams\nHolt York McDarris, LLP\n"
	cs := candsAt(text, TypeOrg, SourcePattern, "David A. Zdunkewicz Andrews Kurth LLP", "Stephen D. Dodd Co., L.L.C.", "Bradford A. Williams\nHolt York McDarris, LLP")
	if got, want := typedTexts(text, personFirms(text, cs)), "ORG Andrews Kurth LLP|ORG Stephen D. Dodd Co., L.L.C.|ORG Holt York McDarris, LLP|PERSON David A. Zdunkewicz|PERSON Bradford A. Williams"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCapsFirmStarts: a firm in capitals that a flattened signature block
// ran its lawyers' names into starts at its capitals, and the names, if
// one, are the lawyer; a name without a middle initial, a firm in
// capitals of two words (its form one) without "&", and a company in
// mixed case stay.
func TestCapsFirmStarts(t *testing.T) {
	text := "Meredith L. Lambert KESSLER TOPAZ MELTZER & CHECK, LLP; James P. Smith III Robert Y. Sperling WINSTON & STRAWN LLP; " +
		"Mary Lambert SMITH & JONES LLP; Ann B. Roe ACME LLC; John Q. Public Widgets Inc.\n"
	cs := candsAt(text, TypeOrg, SourceModel, "Meredith L. Lambert KESSLER TOPAZ MELTZER & CHECK, LLP", "James P. Smith III Robert Y. Sperling WINSTON & STRAWN LLP",
		"Mary Lambert SMITH & JONES LLP", "Ann B. Roe ACME LLC", "John Q. Public Widgets Inc.")
	want := "ORG KESSLER TOPAZ MELTZER & CHECK, LLP|ORG WINSTON & STRAWN LLP|ORG Mary Lambert SMITH & JONES LLP|ORG Ann B. Roe ACME LLC|" +
		"ORG John Q. Public Widgets Inc.|PERSON Meredith L. Lambert"
	if got := typedTexts(text, capsFirmStarts(text, cs)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestFormStarts: a company's name that ends in its legal form takes the
// capitalised words before it on its line, and "of" before a place, and
// an "and" whose two sides open with the same word ("Blue Cross and Blue
// Shield"); a role, a function word, punctuation, another "and", a
// lower-case word, another name's legal form, a person's "of" or a word in
// mixed case before a name in capitals ends it.
func TestFormStarts(t *testing.T) {
	text := "and Prairie's Best Farm, Inc. sued.\nBlue Cross and Blue Shield of Florida, Inc.\nDefendants Acme Widgets, Inc.; the Court finds Omega, Inc. liable; Beta Corp. and Gamma, Inc.\n" +
		"Leonard Szabo of Ashgrove Pell LLP; John Smith and Zeta, Inc.; Esquire Wilks Lukoff LLC Smith Jenkins LLP\n" +
		"Counsel of Record CLYDE & CO US LLP; the NORTH STAR WIDGETS, INC.; Distributor: Graco ABC Children's Products, Inc.\n" +
		"RICHARD S. EYNON Frost Brown Todd LLC; HARMONY A. MAPPES Faegre Baker Daniels LLP; DEFENDANTS SOUTH STAR TOYS, INC.; LYDIA JOANN BARRETT Riley Egloff, LLP\n"
	cs := candsAt(text, TypeOrg, SourcePattern, "Best Farm, Inc.", "Florida, Inc.", "Acme Widgets, Inc.", "Omega, Inc.", "Gamma, Inc.", "Ashgrove Pell LLP", "Zeta, Inc.",
		"Wilks Lukoff LLC", "Smith Jenkins LLP", "CLYDE & CO US LLP", "WIDGETS, INC.", "ABC Children's Products, Inc.", "Todd LLC", "Baker Daniels LLP", "TOYS, INC.", "Egloff, LLP")
	cs = append(cs, candsAt(text, TypePerson, SourceModel, "Leonard Szabo", "John Smith")...)
	want := "Prairie's Best Farm, Inc.|Blue Cross and Blue Shield of Florida, Inc.|Acme Widgets, Inc.|Omega, Inc.|Gamma, Inc.|Ashgrove Pell LLP|Zeta, Inc.|" +
		"Wilks Lukoff LLC|Smith Jenkins LLP|CLYDE & CO US LLP|NORTH STAR WIDGETS, INC.|Graco ABC Children's Products, Inc.|Frost Brown Todd LLC|Faegre Baker Daniels LLP|SOUTH STAR TOYS, INC.|Riley Egloff, LLP|Leonard Szabo|John Smith"
	wantMend(t, formStarts, text, cs, want)
}

// TestAddressFirms: a law firm after a flattened signature block's city
// and state starts after the state, which is a place; a firm with no
// city's comma before it, a company that is no law firm, a state with one
// word after it, and a state after a name that is no known place (a
// lawyer's, a company's, a name in capitals) are left as they are.
func TestAddressFirms(t *testing.T) {
	text := "DAVID M. BRINLEY Indianapolis, Indiana Eynon Law Group, P.C. Columbus; Steven S. Scholl Albuquerque, NM Kerry Kiernan, P.C. M. Clea Gutterson; " +
		"Jane Roe Albuquerque, New Mexico Roe & Lee LLP; the Indiana Eynon Law Group, P.C.; Dallas, Texas Public Service Company; Dallas, Texas LLC; " +
		"Counsel Ohio Legal Aid, LLC; its lawyers, Ohio Valley Law Group, P.C., argued; ASSOCIATION, NEW YORK KNICKS, LLC; Rebecca Smith, California Appellate Law Group LLP; " +
		"Jane Roe, LA Fitness International, LLC; DALLAS, TEXAS LEGAL AID, P.C.; offices in Dallas; Texas Legal Aid, P.C. sued; Los Angeles, California Smith Law Group, P.C.; JANE R. DOE Fort Lauderdale, Florida Becker Poliakoff, P.A.; R. Doe Boca Raton, Florida Roe Law Firm\n"
	cs := candsAt(text, TypeOrg, SourcePattern, "Indiana Eynon Law Group, P.C.", "NM Kerry Kiernan, P.C.", "New Mexico Roe & Lee LLP", "Indiana Eynon Law Group, P.C.;",
		"Texas Public Service Company", "Texas LLC", "Ohio Legal Aid, LLC", "Ohio Valley Law Group, P.C.", "NEW YORK KNICKS, LLC", "California Appellate Law Group LLP",
		"LA Fitness International, LLC", "TEXAS LEGAL AID, P.C.", "Texas Legal Aid, P.C.", "California Smith Law Group, P.C.", "Florida Becker Poliakoff, P.A.", "Florida Roe Law Firm")
	cs[3].end-- // the second "Indiana Eynon Law Group, P.C."
	wantTyped(t, addressFirms, text, cs, "ORG Eynon Law Group, P.C.|ORG Kerry Kiernan, P.C.|ORG Roe & Lee LLP|ORG Indiana Eynon Law Group, P.C.|ORG Texas Public Service Company|ORG Texas LLC|"+
		"ORG Ohio Legal Aid, LLC|ORG Ohio Valley Law Group, P.C.|ORG NEW YORK KNICKS, LLC|ORG California Appellate Law Group LLP|ORG LA Fitness International, LLC|ORG TEXAS LEGAL AID, P.C.|ORG Texas Legal Aid, P.C.|ORG Smith Law Group, P.C.|ORG Becker Poliakoff, P.A.|ORG Roe Law Firm|"+
		"LOCATION Indiana|LOCATION NM|LOCATION New Mexico|LOCATION California|LOCATION Florida|LOCATION Florida")
}

// TestLineWordsBefore: the company passes read a name's words on a long
// line as on a short one, within the window before it, and a word the
// window cuts is no word of the name.
func TestLineWordsBefore(t *testing.T) {
	long := strings.Repeat("the case went on ", 30)
	text := long + "Little Sisters of the Holy Cross, Inc. and " + strings.Repeat("Q", 300) + " Home Depot, U.S.A., Inc."
	cs := candsAt(text, TypeOrg, SourceModel, "Holy Cross, Inc.", "U.S.A., Inc.")
	wantMend(t, connectedFormStarts, text, cs, "Little Sisters of the Holy Cross, Inc.|U.S.A., Inc.")
	wantMend(t, countryFormStarts, text, candsAt(text, TypeOrg, SourceModel, "Holy Cross, Inc.", "U.S.A., Inc."), "Holy Cross, Inc.|Home Depot, U.S.A., Inc.")
}

// TestListedCompanies: every company of a list of companies with their
// legal forms is one name, in capitals too; a form before another form
// ("Co., Ltd.") does not end a company, a list's opening "AMONG" is no
// part of its first company, and a description after a company is none.
func TestListedCompanies(t *testing.T) {
	text := "CARING, INC., Caring Residential Services, Inc., Caring Medical Day Services, Inc., Ann J. Underland, Defendants.\n" +
		"AMONG KTI, INC., A NEW JERSEY CORPORATION, FINOVA CAPITAL CORPORATION, and Shanghai Solutions Software Co., Ltd., Blue Heron Funding VI Ltd., C-Bass CBO XIV Ltd. sued\n" +
		"Acme, Inc. alone\n"
	wantFind(t, listedCompanies, text, "CARING, INC.|Caring Residential Services, Inc.|Caring Medical Day Services, Inc.|KTI, INC.|Shanghai Solutions Software Co., Ltd.|Blue Heron Funding VI Ltd.|C-Bass CBO XIV Ltd.")
}

// TestBodyParts: a name over a public body's possessive is the body, with
// the capitalised words before it, and its part; a person's possessive or
// a part that is no body's is left as it is.
func TestBodyParts(t *testing.T) {
	text := "announced by the Justice Department's Criminal Division today. The Department's Fraud Section agreed. Smith's Office Manager.\n"
	cs := append(candsAt(text, TypePerson, SourcePattern, "Department's Criminal Division", "Department's Fraud Section"),
		candsAt(text, TypePerson, SourceModel, "Smith's Office Manager")...)
	wantMend(t, bodyParts, text, cs, "Criminal Division|Fraud Section|Smith's Office Manager|Justice Department")
}

// TestTradeNames: a name that runs over "d/b/a" ends before it, and the
// business's other name after the mark is an organisation.
func TestTradeNames(t *testing.T) {
	text := "The plaintiff is John Smith d/b/a Smith Plumbing; ACME HOLDINGS, LLC, f/k/a Acme Widget Corp., joined."
	cs := candsAt(text, TypePerson, SourceModel, "John Smith d/b/a Smith")
	wantMend(t, tradeNames, text, cs, "John Smith|Smith Plumbing|Acme Widget Corp.")
}

// TestBanksOf: an organisation's name that starts at "of" or at the place
// a bank is named for takes the bank's head word before it; another
// organisation after "of" does not.
func TestBanksOf(t *testing.T) {
	text := "and of Bank of America, N.A. and The Bank of New York Mellon Trust Company, N.A., and the Board of Acme Corp."
	cs := append(candsAt(text, TypeOrg, SourcePattern, "of America, N.A."),
		candsAt(text, TypeOrg, SourceModel, "New York Mellon Trust Company, N.A.", "Acme Corp.")...)
	wantMend(t, banksOf, text, cs, "Bank of America, N.A.|The Bank of New York Mellon Trust Company, N.A.|Acme Corp.")
}

// TestTitledBodies: an organisation's name that opens with an officer's
// title and a comma starts after them; a name whose first words are no
// title, or that a title opens without a comma, is left as it is.
func TestTitledBodies(t *testing.T) {
	text := "Anne Sodergren, Executive Officer, Board of Pharmacy; Jane Roe, Deputy Director, Department of Fish and Game; Acme Widgets, Inc.; General Counsel Office."
	cs := candsAt(text, TypeOrg, SourceModel, "Executive Officer, Board of Pharmacy", "Deputy Director, Department of Fish and Game", "Acme Widgets, Inc.", "General Counsel Office")
	wantMend(t, titledBodies, text, cs, "Board of Pharmacy|Department of Fish and Game|Acme Widgets, Inc.|General Counsel Office")
}

// TestCounselOffices: an office of general counsel the tagger stopped a
// word short ends at "Counsel"; a name that does not go on is left alone.
func TestCounselOffices(t *testing.T) {
	text := "Jon Robert Phillips, Office of General Counsel, City of Jacksonville, for Defendants. The Office of General Services and the Bureau of the General Counsel's office."
	cs := candsAt(text, TypeOrg, SourceModel, "Office of General", "Office of General Services", "Bureau of the General")
	wantMend(t, counselOffices, text, cs, "Office of General Counsel|Office of General Services|Bureau of the General")
}

// TestLocalGovernments: a place after "City of" or "COUNTY OF" is the
// local government, an organisation with its kind, also where the text
// says something is in it ("A home in the City of Tampa"); a county's
// venue ("in the County of …", an acknowledgment's "COUNTY OF FRANKLIN )",
// a place with its kind) and a longer organisation's part are not.
func TestLocalGovernments(t *testing.T) {
	text := "The City of Seattle sued. COUNTY OF ESSEX, Defendant. Located in the County of Santa Clara. The City of Boston Law Department appeared.\n" +
		"STATE OF OHIO     )\n                  ) ss.:\nCOUNTY OF FRANKLIN )\nOffice of General Counsel, City of Jacksonville, for Defendants. A home in the City of Tampa.\n"
	text += "STATE OF MONTANA\t)\n) ss.\nCounty of Gallatin )\nSTATE OF TEXAS )\nCOUNTY OF HARRIS )\n"
	cs := append(candsAt(text, TypeLocation, SourceModel, "Seattle", "ESSEX", "Santa Clara", "Boston", "FRANKLIN", "City of Jacksonville", "City of Tampa"),
		candsAt(text, TypeOrg, SourceModel, "City of Boston Law Department", "County of Gallatin")...)
	cs = append(cs, candsAt(text, TypePerson, SourceModel, "HARRIS")...)
	if got, want := typedTexts(text, localGovernments(text, cs)), "ORG City of Seattle|ORG COUNTY OF ESSEX|LOCATION County of Santa Clara|LOCATION Boston|LOCATION COUNTY OF FRANKLIN|ORG City of Jacksonville|ORG City of Tampa|ORG City of Boston Law Department|LOCATION County of Gallatin|LOCATION COUNTY OF HARRIS"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPossessiveParts: a public body's part after its possessive is an
// organisation: a section, a unit, an office, a division of something; a
// person's or a court's possessive opens none.
func TestPossessiveParts(t *testing.T) {
	text := "Jane Roe of the Criminal Division's Fraud Section and the SEC's Division of Enforcement; the Court's opinion; Smith's Office Manager."
	wantFind(t, possessiveParts, text, "Fraud Section|Division of Enforcement")
}

// TestLawFirmForms: a firm's word and a professional association's form
// after a comma name a law firm, and any name does before a form only a
// firm takes ("PLLC"), from after another company's form and "and"; a
// person's "P.A." is no firm's, but where a lawyer is "of" it.
func TestLawFirmForms(t *testing.T) {
	text := "Alicia Montoya, Esq. of Montoya Family Law, P.A.; Jones Law, P.A.; The Reyes Legal Group, PLLC; Dr. Carter Bell, P.A., a physician assistant.\n" +
		"by and between Acme Holdings LLC and Sunrise Dental Care, PLLC, a Georgia company; John F. Percival of Beech Edwards & Percival, PLLC.\n" +
		"Christopher J. Iseley of Tomchin Odom, P.A., Jacksonville, for Appellee. James T. Hanvik, Bassford & Hanvik Law Firm, P.A., Minneapolis.\n" +
		"Joel Friedlander, Esquire, BOUCHARD MARGULES FRIEDLANDER, P.A., Wilmington, Delaware.\n"
	wantFind(t, lawFirmForms, text, "Montoya Family Law, P.A.|Jones Law, P.A.|Reyes Legal Group, PLLC|Bassford & Hanvik Law Firm, P.A.|Sunrise Dental Care, PLLC|Beech Edwards & Percival, PLLC|Tomchin Odom, P.A.|"+
		"BOUCHARD MARGULES FRIEDLANDER, P.A.")
}

// TestIncorporatedEnds: "Incorporated" written out ends a company's name
// that the patterns cut inside it, follows a company's other form after a
// comma, and ends the first of two companies joined by "and".
func TestIncorporatedEnds(t *testing.T) {
	text := "v.\nACADIAN CONTRACTORS, INCORPORATED; Winmill & Co., Incorporated, and Qualcomm Incorporated and Qualcomm Technologies, Inc. (collectively)."
	cs := candsAt(text, TypeOrg, SourcePattern, "ACADIAN CONTRACTORS, INC", "Winmill & Co.", "Qualcomm Incorporated and Qualcomm Technologies, Inc.")
	wantMend(t, incorporatedEnds, text, cs, "ACADIAN CONTRACTORS, INCORPORATED|Winmill & Co., Incorporated|Qualcomm Incorporated|Qualcomm Technologies, Inc.")
}

// TestVerbEnds: an organisation's name ends before a resolution's verb,
// and an organisation's or a person's before a headline's verb after its
// subject, with a typographic apostrophe too; a person's name that a
// resolution's verb follows is no body's.
func TestVerbEnds(t *testing.T) {
	text := "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF SANTA ROSA AWARDING A CONSTRUCTION CONTRACT TO GHILOTTI BROS., INC.\n" +
		"Radio Flyer Recalls Electric Wagons\nLENOX RECALLS GLASS\nMary Granting\nPentel Goes to Trial\nCanon Doesn’t Have to Supply Dealer\n" +
		"Kids Don't Gamble Foundation of Ohio; Moms Won't Quit Inc.; Fernando Goes Silva; ACME DOESN'T PAY; the Sam goes"
	cs := append(candsAt(text, TypeOrg, SourceModel, "CITY COUNCIL OF THE CITY OF SANTA ROSA AWARDING", "GHILOTTI BROS., INC.", "Radio Flyer Recalls Electric", "Pentel Goes",
		"Kids Don't Gamble Foundation of Ohio", "Moms Won't Quit Inc.", "ACME DOESN'T PAY", "Sam goes"),
		candsAt(text, TypePerson, SourceModel, "LENOX RECALLS GLASS", "Mary Granting", "Canon Doesn’t Have", "Fernando Goes Silva")...)
	wantMend(t, verbEnds, text, cs, "CITY COUNCIL OF THE CITY OF SANTA ROSA|GHILOTTI BROS., INC.|Radio Flyer|Pentel|Kids Don't Gamble Foundation of Ohio|Moms Won't Quit Inc.|ACME|Sam goes|LENOX|Mary Granting|Canon|Fernando Goes Silva")
}

// TestJobLineStarts: an organisation the names read on from a job's title
// on the line before starts on its own line; a name whose first line is no
// job's stays.
func TestJobLineStarts(t *testing.T) {
	text := "Ms. Elaine G. Greenberg\nImport Manager\nHomemaker Industries, Inc.\nCompliance Specialist\nBeta Corp.\nBrown Brothers\nHarriman & Co.\nEnergy Broker\nGroup, LLC"
	cs := candsAt(text, TypeOrg, SourceModel, "Import Manager\nHomemaker Industries, Inc.", "Compliance Specialist\nBeta Corp.", "Brown Brothers\nHarriman & Co.", "Energy Broker\nGroup, LLC")
	wantMend(t, jobLineStarts, text, cs, "Homemaker Industries, Inc.|Beta Corp.|Brown Brothers\nHarriman & Co.|Energy Broker\nGroup, LLC")
}

// TestFirmNameMends: a firm in capitals that opens a line with its form
// starts at its partners' surnames at the end of the counsel line before,
// after the "&" or before the break (a heading above a company, or a
// caption's court and state above its first party, is none of its name); a company named for its city and state starts at its name
// where the patterns read its state and form alone (a state and a form
// after a sentence's city are left alone).
func TestFirmNameMends(t *testing.T) {
	for _, tc := range []struct {
		name  string
		mend  func(string, []cand) []cand
		text  string
		names []string
		want  string
	}{
		{"wrapped capitals", wrappedCapsFirms,
			"Cheneise V. Wright, LEWIS BRISBOIS BISGAARD &\nSMITH LLP, Wilmington; Barnaby Grzaslewicz, MORRIS\nJAMES LLP, Wilmington\nMEMORANDUM OPINION\nACME HOLDINGS LLC,\n" +
				"IN THE CIRCUIT COURT OF WESTMARCH COUNTY, STATE OF NEW ALDERSHIRE\nQUILLFEATHER CAPITAL PARTNERS LLC, Plaintiff,\n",
			[]string{"SMITH LLP", "JAMES LLP", "ACME HOLDINGS LLC", "QUILLFEATHER CAPITAL PARTNERS LLC"},
			"LEWIS BRISBOIS BISGAARD &\nSMITH LLP|MORRIS\nJAMES LLP|ACME HOLDINGS LLC|QUILLFEATHER CAPITAL PARTNERS LLC"},
		{"city and state", cityStateCompanies,
			"for Kevin Brazil, Sonic Drive-in of Clinton, Missouri, LLC; and Sonic Drive-in # 2 of Jefferson, Missouri, LLC. He moved to Austin, Texas, Inc. was formed.",
			[]string{"Missouri, LLC;", "Missouri, LLC.", "Texas, Inc."}, "Sonic Drive-in of Clinton, Missouri, LLC|Sonic Drive-in # 2 of Jefferson, Missouri, LLC|Texas, Inc."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := candsAt(tc.text, TypeOrg, SourcePattern, tc.names...)
			for i, n := range tc.names {
				if n[len(n)-1] == ';' || n[len(n)-1] == '.' && n[len(n)-2] == 'C' {
					cs[i].end-- // the punctuation that tells two occurrences apart
				}
			}
			wantMend(t, tc.mend, tc.text, cs, tc.want)
		})
	}
}

// TestCapsCounselFirms: partners in capitals joined by "AND" between a
// counsel list's lawyer and the firm's city are a firm; places and a name
// after a word in capitals are not.
func TestCapsCounselFirms(t *testing.T) {
	text := "S. Sheldon Weinhaus, WEINHAUS AND DOBSON, St. Louis, Mo., for plaintiff.\n" +
		"Daniel J. Schwartz, GREENSFELDER AND HEMKER, St. Louis, Mo.; John Roe, OHIO AND KENTUCKY, Louisville.\n" +
		"APPEAL FROM, SMITH AND JONES, Defendants."
	wantFind(t, capsCounselFirms, text, "WEINHAUS AND DOBSON|GREENSFELDER AND HEMKER")
}

// TestFirmsOfCities: Kansas's counsel lines name the lawyer, "of" the
// firm and "of" the city before what the lawyer did; a title there is no
// firm, nor is a city alone.
func TestFirmsOfCities(t *testing.T) {
	text := "Jack N. Stewart, of Hampton, Royce, Engleman and Nelson, of Salina, argued the cause, and Robert F. Glassman, of Hays, was on the brief for the appellant.\n" +
		"Casey R. Law, of Turner and Boisseau, Chartered, of Great Bend, were on the brief. Jane Roe, of Counsel, of Wichita, argued the cause.\n" +
		"Allen Shelton, of Clark and Shelton, of Hill City, argued the cause.\n"
	wantFind(t, firmsOfCities, text, "Hampton, Royce, Engleman and Nelson|Turner and Boisseau, Chartered|Clark and Shelton")
}

// TestAndFirms: a counsel line's surnames listed with "and" before the
// last one are a firm where a lawyer's name and comma stand before them
// and the firm's city, "by" or "attorneys" after, or "law firm" right
// before; a judges' panel, parties' roles, places and a sentence's list
// of people are not.
func TestAndFirms(t *testing.T) {
	text := "Alan G. Gerson, Blumenfeld and Kaplan, St. Louis, MO, James A. O'Neal, Faegre and Benson, Minneapolis, MN, for U.S.A. Hockey.\n" +
		"Arlington R. Robbins, Michael V. Pundeff, co-counsel, Robbins, Keehn and Jones, San Diego, Cal., for plaintiffs.\n" +
		"lawyer William Meub, of the Rutland law firm, Meub, Gallivan and Larson, told the jury.\n" +
		"Before Judges Skillman, Wecker and Lesemann, who sat.\nJohn NIST, Plaintiff and Appellant, v. Steven HALL.\n" +
		"They were sentenced. Sunland, Williams, and Curry, previously pled guilty.\nJane Doe, Dallas, Houston and Austin, Texas, for the State.\n" +
		"Before: Stowers, Chief Justice, Winfree, Maassen, Bolger, and Carney, Justices. Winfree, Justice, with whom Stowers joins.\n" +
		"John Doe, Van Winkle, Buck, Wall, Starnes and Davis, P.A., Asheville, for appellee.\nJane Roe, Smith and Jones, were present at the hearing.\n" +
		"Before Smith, Jones and Brown, Circuit Judges, and Doe, District Judge.\nAlan Smith, McNamara and O'Brien, Boston, Mass., for him.\nThe deponents were Mary Jones, Brown and Green, Tom White, and others.\nHeard. Before Smith, Jones and Lee, Dallas, Texas, sitting.\nVirginia R. Richard, Kane, Dalsimer and Richard, New York City, for plaintiff.\nJohn Doe, Lake and Hill, Attorneys for Appellant.\n"
	cs := spansIn(text, span{"Gallivan", TypePerson, SourceModel}, span{"Larson", TypePerson, SourceModel}, span{"Wecker", TypePerson, SourceModel},
		span{"Van Winkle, Buck, Wall, Starnes and Davis, P.A.", TypeOrg, SourcePattern})
	wantMend(t, andFirms, text, cs, "Wecker|Van Winkle, Buck, Wall, Starnes and Davis, P.A.|Blumenfeld and Kaplan|Faegre and Benson|Robbins, Keehn and Jones|Meub, Gallivan and Larson|"+
		"McNamara and O'Brien|Kane, Dalsimer and Richard|Lake and Hill")
}

// TestSurnameRunFirms: a law firm named for its partners' surnames without
// commas starts at its first surname after a clause's end, a heading's
// word in capitals or the line's start, and the names read over those
// surnames go; an initial's full stop, a role, "Esquire", a place made an
// adjective, a weekday, a possessive, a comma (a lawyer before the firm)
// or an abbreviation's full stop opens no firm, nor does a firm the
// patterns read with three names before its "&".
func TestSurnameRunFirms(t *testing.T) {
	text := "Affirmed. Kinsella Weitzman Iser Kump & Aldisert, Alan Kossoff for Petitioners.\nAFFIRMED COUNSEL Aiken Schenk Hawkins & Ricciardi P.C., Phoenix\n" +
		"Carlyle T. Poindexter Poindexter & Associates, Inc., Austin\nJane Doe, Esquire Bush Graziano & Rice, P.A.\nPlaintiffs-appellants Packard & Co. sued.\n" +
		"The suit. Cincinnati-based Procter & Gamble said.\nThe suit. Monday Acme & Beta said.\nThe matter. Counsel's Kump & Lee said.\nAffirmed. Jones Acme Beta Gamma & Delta LLP\n" +
		"Respectfully submitted, Paul Clement Kirkland & Ellis LLP\nFiled by Acme, Inc. Brown Smith & Lee\nHaight Brown & Bonesteel, Arezoo Jamshidi, San Diego\n"
	cs := spansIn(text, span{"Kump & Aldisert", TypeOrg, SourcePattern}, span{"Kinsella Weitzman", TypePerson, SourceModel},
		span{"Hawkins & Ricciardi P.C.", TypeOrg, SourcePattern}, span{"AFFIRMED COUNSEL Aiken Schenk", TypePerson, SourceModel},
		span{"Poindexter & Associates, Inc.", TypeOrg, SourcePattern}, span{"Bush Graziano & Rice, P.A.", TypeOrg, SourcePattern},
		span{"Packard & Co.", TypeOrg, SourcePattern}, span{"Procter & Gamble", TypeOrg, SourcePattern}, span{"Acme & Beta", TypeOrg, SourcePattern},
		span{"Kump & Lee", TypeOrg, SourcePattern}, span{"Acme Beta Gamma & Delta LLP", TypeOrg, SourcePattern},
		span{"Kirkland & Ellis LLP", TypeOrg, SourcePattern}, span{"Paul Clement", TypePerson, SourceModel}, span{"Smith & Lee", TypeOrg, SourcePattern},
		span{"Brown & Bonesteel", TypeOrg, SourcePattern})
	wantMend(t, surnameRunFirms, text, cs, "Kinsella Weitzman Iser Kump & Aldisert|Aiken Schenk Hawkins & Ricciardi P.C.|Poindexter & Associates, Inc.|"+
		"Bush Graziano & Rice, P.A.|Packard & Co.|Procter & Gamble|Acme & Beta|Kump & Lee|Acme Beta Gamma & Delta LLP|Kirkland & Ellis LLP|Paul Clement|Smith & Lee|Haight Brown & Bonesteel")
}

// TestAfterOpener: a place made an adjective opens no company's name, of
// one word or of a known place's two ("New Jersey-based"); a name's own
// hyphenated word after its first ("Acme World-wide Shipping") is its.
func TestAfterOpener(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Lodi-based ABC Packing Services, Inc.", "ABC Packing Services, Inc."},
		{"New Jersey-based Para-Plus Translations Inc.", "Para-Plus Translations Inc."},
		{"New York City-based Weinberger Media Inc.", "Weinberger Media Inc."},
		{"Defendant/Appellee Arrow Exterminators, Inc.", "Arrow Exterminators, Inc."},
		{"Acme World-wide Shipping, Inc.", "Acme World-wide Shipping, Inc."},
		{"Pioneer Hi-bred International, Inc.", "Pioneer Hi-bred International, Inc."},
		{"Texas Hi-bred Seed Co.", "Texas Hi-bred Seed Co."},
	} {
		if got := tc.name[afterOpener(tc.name, 0, len(tc.name)):]; got != tc.want {
			t.Errorf("afterOpener(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAndFirmLists: the windows find what andFirmList finds over the
// whole text (lists of up to 160 bytes), with two blanks or a tab around
// "and" or after the comma too.
func TestAndFirmLists(t *testing.T) {
	for _, text := range []string{
		"Alan G. Gerson, Blumenfeld and Kaplan,  St. Louis, MO, James A. O'Neal, Faegre and\tBenson, Minneapolis, MN.",
		"Kirkland and Ellis, Baker and Botts, Smith, Brown and Green, for them.",
		"Robbins, Keehn and Jones, Smith, Brown and Green, Sandy and Andrews, Jones  and  Day, here.",
		"Before HORNEY, MARBURY, BARNES, McWILLIAMS and SINGLEY, JJ. Sunland, Williams, and Curry, pled.",
	} {
		want := andFirmList.FindAllStringSubmatchIndex(text, -1)
		if got := andFirmLists(text); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q:\ngot  %v\nwant %v", text, got, want)
		}
	}
}

// TestCityStateAfter: a counsel line's city and its state after a firm's
// names; a city and the clients' "for" (cityForAfter), where a state's
// code before "for" is no city.
func TestCityStateAfter(t *testing.T) {
	for _, tc := range []struct {
		rest      string
		state, fr bool
	}{
		{"Cincinnati, Ohio, Cooper", true, false}, {"Burlington, N.C., for", true, false},
		{"New York City, Proctors for libellant", false, true}, {"Boston, for appellant", false, true}, {"St. Louis, Attorneys for plaintiff", false, true},
		{"NY, for Marc S. Kirschner", false, false}, {"CA, for plaintiffs", false, false}, {"Ohio, for the State", false, false}, {"Boston and Chicago", false, false},
		{"Boston, Counsel for the firm", false, false},
	} {
		if got := cityStateAfter(tc.rest); got != tc.state {
			t.Errorf("cityStateAfter(%q) = %v, want %v", tc.rest, got, tc.state)
		}
		if got := cityForAfter(tc.rest); got != tc.fr {
			t.Errorf("cityForAfter(%q) = %v, want %v", tc.rest, got, tc.fr)
		}
	}
	// An "and" firm's city before its attorneys' "for" shows the firm.
	if !andFirmCityAfter("Greenville, Attorneys for appellant.") {
		t.Error(`andFirmCityAfter("Greenville, Attorneys for appellant.") = false, want true`)
	}
}

// BenchmarkCompanyStartsOnAFlatLine: the company passes over a flattened
// page, one line of 75 KB with 1,800 companies' names. Reading the line
// whole before each name took 545 ms an operation, its window 12 ms (one
// sitting, 2026-12-06 10:22 UTC).
func BenchmarkCompanyStartsOnAFlatLine(b *testing.B) {
	t := strings.Repeat("JOHN Q. PUBLIC Acme Widget Holdings, Inc. and the Beta Gamma Company, LLC agreed to terms with Delta Corp. on the matter; ", 600)
	var cs []cand
	for _, n := range []string{"Widget Holdings, Inc.", "Gamma Company, LLC", "Delta Corp."} {
		for k := range occurrences(t, n, 0) {
			cs = append(cs, cand{typ: TypeOrg, start: k, end: k + len(n), source: SourceModel})
		}
	}
	b.ResetTimer()
	for range b.N {
		c := formStarts(t, slices.Clone(cs))
		c = connectedFormStarts(t, c)
		_ = countryFormStarts(t, c)
	}
}
