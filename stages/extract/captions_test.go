package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/chunk"
)

// TestStackedRoleCaptions: a stacked caption whose first party's role
// stands on its own line, with or without a comma, is one case name and
// two litigants; a country among them is an organisation. A role line
// without "v." after it makes no caption.
func TestStackedRoleCaptions(t *testing.T) {
	text := "    CGI FEDERAL INC.,\n    Plaintiff-Appellant\n    v.\n    UNITED STATES,\n    Defendant-Appellee\n" +
		"MYOCARE NURSING HOME, INC.\nPLAINTIFF-APPELLANT\nvs.\nWILLIAM HOHMANN, ET AL.\nDEFENDANTS-APPELLEES\n" +
		"ACME LLC\nPlaintiff\nfiled a motion.\n"
	got := typedTexts(text, roleCaptions(text))
	want := "CASE CGI FEDERAL INC.,\n    Plaintiff-Appellant\n    v.\n    UNITED STATES|ORG CGI FEDERAL INC.|ORG UNITED STATES|" +
		"CASE MYOCARE NURSING HOME, INC.\nPLAINTIFF-APPELLANT\nvs.\nWILLIAM HOHMANN|ORG MYOCARE NURSING HOME, INC.|PERSON WILLIAM HOHMANN"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCaptionIntoDocket: a caption run into one line whose "v." a docket
// label follows names no case.
func TestCaptionIntoDocket(t *testing.T) {
	text := "ALAN COLE, VINCENT COLE, and JORDAN COLE, Plaintiffs, v. Case No. 09-10941 Hon. Lawrence P. Zatkoff CITY OF DEARBORN, Defendants.\n" +
		"AIRWAY INSURANCE COMPANY, Petitioner, v. HANK'S FLITE CENTER, INC., Respondent.\n" +
		"JEFFREY S. FELD, ESQ.,\nPlaintiff-Appellant,\nv.\nTHE CITY OF ORANGE TOWNSHIP,\n" +
		"NO . 05-3243 CATHERINE ROBERSON , APPELLANT , V. ERIC K. SHINSEKI, SECRETARY OF VETERANS AFFAIRS, APPELLEE.\n"
	if got, want := typedTexts(text, roleCaptions(text)), "CASE AIRWAY INSURANCE COMPANY, Petitioner, v. HANK'S FLITE CENTER, INC.|ORG AIRWAY INSURANCE COMPANY|ORG HANK'S FLITE CENTER, INC.|"+
		"CASE CATHERINE ROBERSON , APPELLANT , V. ERIC K. SHINSEKI|PERSON CATHERINE ROBERSON|PERSON ERIC K. SHINSEKI"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCaptionLabels: a caption or a party that ran on over the docket
// label on the next line ends before it, and a case's name before the
// court's name on the next line; a party that is only the label is none;
// a caption without one, or a party's name wrapped before "Court", is left
// alone.
func TestCaptionLabels(t *testing.T) {
	text := "NATIONAL RIFLE ASSOCIATION OF AMERICA, Appellant,\nv.\nFEDERAL ELECTION COMMISSION.\nNo. 87-5373.\nSmith v. Jones\nBremiller v. Cleveland Psychiatric Ins.\nUnited States District Court\nSKF Farms v. Superior\nCourt\n"
	caption := strings.Index(text, "NATIONAL")
	label := strings.Index(text, "No.")
	party := strings.Index(text, "FEDERAL")
	smith := strings.Index(text, "Smith")
	cs := []cand{
		{typ: TypeCase, start: caption, end: label + 2},
		{typ: TypeOrg, start: party, end: label + 2, party: true},
		{typ: TypePerson, start: label, end: label + 2, party: true},
		{typ: TypeCase, start: smith, end: smith + len("Smith v. Jones")},
		{typ: TypeCase, start: strings.Index(text, "Bremiller"), end: strings.Index(text, "\nSKF")},
		{typ: TypeCase, start: strings.Index(text, "SKF"), end: len(text) - 1},
	}
	want := "NATIONAL RIFLE ASSOCIATION OF AMERICA, Appellant,\nv.\nFEDERAL ELECTION COMMISSION.|FEDERAL ELECTION COMMISSION.|Smith v. Jones|" +
		"Bremiller v. Cleveland Psychiatric Ins.|SKF Farms v. Superior\nCourt"
	wantMend(t, captionLabels, text, cs, want)
}

// TestCapsCaptionStarts: a caption in capitals on its own line that the
// patterns ran back over the line before starts on its line, and so does
// its first party; a caption in mixed case, or a name that goes on after
// a comma, is left alone.
func TestCapsCaptionStarts(t *testing.T) {
	text := "15-P-171 Appeals Court\nCITY OF BEVERLY vs. BASS RIVER GOLF MANAGEMENT, INC.\nThe court\nSmith v. Jones\nInnova Hosp. San Antonio,\nL.P. v. Blue Cross\n"
	head := strings.Index(text, "Appeals")
	vs := strings.Index(text, " vs.")
	end := strings.Index(text, "\nThe")
	mixed := strings.Index(text, "The court")
	cs := []cand{
		{typ: TypeCase, start: head, end: end},
		{typ: TypeOrg, start: head, end: vs, party: true},
		{typ: TypeCase, start: mixed, end: strings.Index(text, "\nInnova")},
		{typ: TypeCase, start: strings.Index(text, "Innova"), end: len(text) - 1},
	}
	want := "CITY OF BEVERLY vs. BASS RIVER GOLF MANAGEMENT, INC.|CITY OF BEVERLY|The court\nSmith v. Jones|Innova Hosp. San Antonio,\nL.P. v. Blue Cross"
	wantMend(t, capsCaptionStarts, text, cs, want)
}

// TestChromeStarts: a name that ran back over a research site's chrome on
// the line before, or glued to it, or over a field's label glued to it,
// starts after it; a case's name ends before a document number's label;
// a research site's name alone is none.
func TestChromeStarts(t *testing.T) {
	text := "From Casetext: Smarter Legal Research\nBremiller v. Cleveland Psychiatric Ins.\nDownload PDF\nRobinson v. Regional Transportation District Doc. 145\n"
	cs := []cand{
		{typ: TypeCase, start: strings.Index(text, "Smarter"), end: strings.Index(text, "\nDownload")},
		{typ: TypeCase, start: strings.Index(text, "Download"), end: strings.Index(text, ". 145")},
	}
	want := "Bremiller v. Cleveland Psychiatric Ins.|Robinson v. Regional Transportation District"
	wantMend(t, chromeStarts, text, cs, want)
	text = "Decision Download PDFNational Labor Relations Board and Download PDF Émile Zola Foundation."
	cs = []cand{{typ: TypeOrg, start: strings.Index(text, "Download PDFN"), end: strings.Index(text, " and")},
		{typ: TypeOrg, start: strings.Index(text, "Download PDF É"), end: strings.Index(text, ".")}}
	wantMend(t, chromeStarts, text, cs, "National Labor Relations Board|Émile Zola Foundation")
	// A field label glued to its value at a line's start; a word that
	// only begins with one is left whole.
	text = "Docket NumberM1998-00949-COA-R3-CV\nPartiesCONISTER TRUST LTD. v. BOATING CORP.\nCourtVirginia Supreme Court\nCourtney Smith sued."
	cs = []cand{{typ: TypeCase, start: 0, end: strings.Index(text, "\nCourtV")},
		{typ: TypeCourt, start: strings.Index(text, "CourtV"), end: strings.Index(text, "\nCourtney")},
		{typ: TypePerson, start: strings.Index(text, "Courtney"), end: strings.Index(text, " sued")}}
	wantMend(t, chromeStarts, text, cs, "CONISTER TRUST LTD. v. BOATING CORP.|Virginia Supreme Court|Courtney Smith")
	// A file's extension glued to a page's title is no part of the name.
	text = "Page:Kelley v. Chicago Park District.pdf/2 and Acme.pdf\n"
	cs = []cand{{typ: TypeCase, start: strings.Index(text, "Kelley"), end: strings.Index(text, "/2")}, {typ: TypeOrg, start: strings.Index(text, "Acme"), end: strings.LastIndex(text, "\n")}}
	wantMend(t, chromeStarts, text, cs, "Kelley v. Chicago Park District|Acme")
	// A research site's logo and title name nothing; a name with another
	// word beside the site's does.
	text = "Elawyers Elawyers\nWashington| Change\nJustia Acme Corp. sued.\n"
	cs = []cand{{typ: TypeOrg, start: 0, end: strings.Index(text, "\n")}, {typ: TypeOrg, start: strings.Index(text, "Justia"), end: strings.Index(text, " sued")}}
	wantMend(t, chromeStarts, text, cs, "Justia Acme Corp.")
	// vLex's "Sign Up for Vincent AI" above the page's title is no part of
	// the case's name, nor of its first party's, which is typed by its
	// own words (an institute's abbreviation names an organisation).
	text = "Sign Up for Vincent AI\nAnimal Welfare Inst. v. Martin\nOPINION TEXT STARTS HERE\n"
	cs = []cand{{typ: TypeCase, start: 0, end: strings.Index(text, "\nOPINION")}, {typ: TypeOrg, start: 0, end: strings.Index(text, " v."), party: true}}
	wantTyped(t, chromeStarts, text, cs, "CASE Animal Welfare Inst. v. Martin|ORG Animal Welfare Inst.")
	text = "Vincent AI\nAnimal Welfare Inst. v. Martin\nVincent AIELLO, Plaintiff-Appellant, v. TOWN OF BROOKHAVEN\nSign Up for Vincent AIAcme Corp. v. Roe\n"
	cs = []cand{{typ: TypeCase, start: 0, end: strings.Index(text, "\nVincent AIE")}, {typ: TypeCase, start: strings.Index(text, "Vincent AIE"), end: strings.Index(text, "\nSign")},
		{typ: TypeCase, start: strings.Index(text, "Sign"), end: len(text) - 1}}
	wantTyped(t, chromeStarts, text, cs, "CASE Animal Welfare Inst. v. Martin|CASE Vincent AIELLO, Plaintiff-Appellant, v. TOWN OF BROOKHAVEN|CASE Acme Corp. v. Roe")
	// A Customs ruling's office letters an index's range left to the
	// tagger name no place; New York's abbreviation elsewhere does.
	text = "2004 NY Rulings > NY K88211 - NY K88257 > NY K88233\nNew York, NY 10001\n"
	cs = []cand{{typ: TypeLocation, start: strings.Index(text, "NY K88257"), end: strings.Index(text, " K88257")}, {typ: TypeLocation, start: strings.LastIndex(text, "NY"), end: strings.LastIndex(text, " 10001")}}
	wantMend(t, chromeStarts, text, cs, "NY")
	// A public records portal's links and the file's number glued to the
	// page name nothing; a name read over them starts after them.
	text = "HomeMy WebLinkAbout08-5454ROHAN DOOKHARAN,\nPetitioner\nHomeMy WebLinkAboutC24-248 State of Colorado\n"
	cs = []cand{{typ: TypeOrg, start: 0, end: len("HomeMy")}, {typ: TypePerson, start: 0, end: strings.Index(text, ",")},
		{typ: TypeOrg, start: strings.LastIndex(text, "HomeMy"), end: strings.LastIndex(text, "HomeMy") + len("HomeMy")}}
	wantMend(t, chromeStarts, text, cs, "ROHAN DOOKHARAN")
	// One such label alone may be a name's start.
	text = "CourtSmart Digital Systems, Inc. sued.\n"
	cs = []cand{{typ: TypeOrg, start: 0, end: strings.Index(text, " sued")}}
	wantMend(t, chromeStarts, text, cs, "CourtSmart Digital Systems, Inc.")
}

// TestWrappedDockets: a docket number a line break cuts after a hyphen is
// one number when its parts joined are one; "No. 17-" before a month is
// not.
func TestWrappedDockets(t *testing.T) {
	text := "OWRB. See No. CIV-07-\n0045-HE, 2010 WL 2817220, *4 (WD Okla.); see also No. 17-\nOctober 2010 and No. 3:05-\ncv-00595-RLM.\n"
	wantFind(t, wrappedDockets, text, "CIV-07-\n0045-HE|3:05-\ncv-00595-RLM")
}

// TestStackedCaptionForms: a stacked caption whose first party has "ET
// AL." or a polity's state after it, or whose lines a double-spaced
// pleading sets apart by blank lines, or whose first party a class action
// describes, is one case name; "ET AL.", the state and the description
// are no part of the party, a generational suffix is.
func TestStackedCaptionForms(t *testing.T) {
	text := "LUCIA M. FERRANTE, ET AL.,\nPetitioners,\nv.\nDEREK OYELARAN, ET AL.,\nRespondents.\n\n" +
		"BOROUGH OF MILLBRIDGE, PENNSYLVANIA, ET AL.,\nPetitioners,\nv.\nWALTER P. KOVACS,\nRespondent.\n\n" +
		"JOHN DOE, et al.,\n\n          Plaintiffs,\n\n     v.\n\nACME CORP.,\n\n          Defendant.\n\n" +
		"MARCUS ALLEN THORNBURY, JR., individually and on behalf of all others similarly situated,\nPlaintiff,\nv.\nBRIGHTWATER GAMES, INC., a Delaware corporation,\nDefendant.\n\n" +
		"MARIA GONZALEZ, an individual,\nPlaintiff,\nv.\nSUNRISE SENIOR LIVING, LLC, a Delaware limited liability company,\nDefendant.\n"
	var parties []string
	for _, c := range roleCaptions(text) {
		parties = append(parties, text[c.start:c.end])
		if c.party && strings.HasSuffix(text[c.start:c.end], "JR.") && c.typ != TypePerson {
			t.Errorf("%q: %s, want a person", text[c.start:c.end], c.typ)
		}
	}
	got := strings.Join(parties, "|")
	want := "LUCIA M. FERRANTE, ET AL.,\nPetitioners,\nv.\nDEREK OYELARAN|LUCIA M. FERRANTE|DEREK OYELARAN|" +
		"BOROUGH OF MILLBRIDGE, PENNSYLVANIA, ET AL.,\nPetitioners,\nv.\nWALTER P. KOVACS|BOROUGH OF MILLBRIDGE|WALTER P. KOVACS|" +
		"JOHN DOE, et al.,\n\n          Plaintiffs,\n\n     v.\n\nACME CORP.|JOHN DOE|ACME CORP.|" +
		"MARCUS ALLEN THORNBURY, JR., individually and on behalf of all others similarly situated,\nPlaintiff,\nv.\nBRIGHTWATER GAMES, INC.|MARCUS ALLEN THORNBURY, JR.|BRIGHTWATER GAMES, INC.|" +
		"MARIA GONZALEZ, an individual,\nPlaintiff,\nv.\nSUNRISE SENIOR LIVING, LLC|MARIA GONZALEZ|SUNRISE SENIOR LIVING, LLC"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestDebtorCaptions: a bankruptcy caption with "In re:" on its own line
// names the case by its debtor, with "et al." and the role left out; "In
// re:" before anything but a debtor's caption is none.
// A footnote's mark after "et al.," and a column beside the lines
// ("Chapter 11", "Case No. …") are no part of it.
func TestDebtorCaptions(t *testing.T) {
	text := "In re:\n\nBLUE SKY AIRWAYS, INC., et al.,\n\n                    Debtors.\n\nIn re:\nJOHN Q. PUBLIC,\nDebtor.\n\nIn re:\nthe motion of the trustee.\n\n" +
		"In re:                                          Chapter 11\n\nCRESTVIEW SENIOR LIVING, LLC, et al.,1          Case No. 23-10872 (JTD)\n\n                    Debtors.                    (Jointly Administered)\n"
	if got, want := typedTexts(text, debtorCaptions(text)), "CASE In re:\n\nBLUE SKY AIRWAYS, INC.|ORG BLUE SKY AIRWAYS, INC.|CASE In re:\nJOHN Q. PUBLIC|PERSON JOHN Q. PUBLIC|"+
		"CASE In re:                                          Chapter 11\n\nCRESTVIEW SENIOR LIVING, LLC|ORG CRESTVIEW SENIOR LIVING, LLC"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// A column's gap as the text stage keeps it, a tab, before words of
	// any kind (a hearing's date and an objection's deadline).
	text = "In re:\tHearing Date: March 3, 2024\n\nCRESTVIEW SENIOR LIVING, LLC, et al.,1\tObjection Deadline: Feb. 20, 2024\n\nDebtors.\n"
	if got, want := typedTexts(text, debtorCaptions(text)), "CASE In re:\tHearing Date: March 3, 2024\n\nCRESTVIEW SENIOR LIVING, LLC|ORG CRESTVIEW SENIOR LIVING, LLC"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The same captions once a text's columns were joined by one space,
	// and a Texas caption's "§" dividers: the stage names the case without
	// the column's words, with its docket.
	text = "UNITED STATES BANKRUPTCY COURT\n\nIn re: Chapter 11\n\nBLUE SKY AIRWAYS, INC., et al., Case No. 23-10872 (JTD)\n\nDebtors.\n\nORDER granting the motion.\n"
	wantRefers(t, text, "In re: BLUE SKY AIRWAYS, INC.", "23-10872")
	text = "UNITED STATES BANKRUPTCY COURT\n\nIn re: § Chapter 11\n§\nGULFSTAR OFFSHORE DRILLING, LLC,1 § Case No. 23-90412 (CML)\n§\nDebtors. § (Jointly Administered)\n\nORDER granting the motion.\n"
	wantRefers(t, text, "In re: GULFSTAR OFFSHORE DRILLING, LLC", "23-90412")
}

// wantRefers requires the stage to find the docket number as a mention of
// the case named own.
func wantRefers(t *testing.T, text, own, docket string) {
	t.Helper()
	res, err := New(Config{}).Process(context.Background(), Input{Chunks: chunk.Result{Chunks: []chunk.Chunk{{ID: "c0", Text: text, Start: 0, End: utf8.RuneCountInString(text)}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Mentions {
		if m.Type == TypeCase && m.Text == docket {
			if m.Refers != own {
				t.Errorf("docket %q refers to %q, want %q", docket, m.Refers, own)
			}
			return
		}
	}
	t.Errorf("no docket %q in %v", docket, res.Mentions)
}

// TestMatterCaptions: "In the Matter of" on its line and the party on the
// next, with its role or alone, with the proceeding's kind or not, is the
// case and its party; a lower-case line after it is none. A proceeding
// between two parties ("the Arbitration between") has the other after the
// first's role and "and".
func TestMatterCaptions(t *testing.T) {
	text := "In the Matter of\nJOHN A. DOE, CPA,\nRespondent.\n\nIN THE MATTER OF:\n\nGLOBEX CORPORATION\n\n" +
		"In the Matter of the Accusation Against:\nGREEN VALLEY FARMS, LLC\nPermit No. 5\n\nIn the Matter of\nthe arbitration between the parties\n\n" +
		"In the Matter of the Arbitration between\n\nKESTREL AEROSPACE COMPONENTS, INC.,\n                    Claimant,\n     and\nPALOMAR PRECISION MACHINING LLC,\n                    Respondent.\n"
	want := "CASE In the Matter of\nJOHN A. DOE|PERSON JOHN A. DOE|CASE IN THE MATTER OF:\n\nGLOBEX CORPORATION|ORG GLOBEX CORPORATION|" +
		"CASE In the Matter of the Accusation Against:\nGREEN VALLEY FARMS, LLC|ORG GREEN VALLEY FARMS, LLC|" +
		"CASE In the Matter of the Arbitration between\n\nKESTREL AEROSPACE COMPONENTS, INC.,\n                    Claimant,\n     and\nPALOMAR PRECISION MACHINING LLC|" +
		"ORG KESTREL AEROSPACE COMPONENTS, INC.|ORG PALOMAR PRECISION MACHINING LLC"
	if got := typedTexts(text, matterCaptions(text)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// An order's two respondents, the second after "and"; the proceeding's
	// file number above is the case's, which is a case name's form.
	text = "ADMINISTRATIVE PROCEEDING\nFile No. 3-21876\n\nIn the Matter of\n\nHARBORLIGHT WEALTH PARTNERS, LLC,\nand DEREK M. VOSS,\n\nRespondents.\n"
	want = "CASE In the Matter of\n\nHARBORLIGHT WEALTH PARTNERS, LLC,\nand DEREK M. VOSS|ORG HARBORLIGHT WEALTH PARTNERS, LLC|PERSON DEREK M. VOSS"
	if got := typedTexts(text, matterCaptions(text)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	wantFind(t, proceedingFiles, text+"Admin. Proc. File No. 3-14557; Release No. 98765", "3-21876|3-14557")
	// A title under "In the Matter of:" is no party.
	text = "In the Matter of:\nCONSENT ORDER\n"
	if got := typedTexts(text, matterCaptions(text)); got != "" {
		t.Errorf("got %q, want nothing", got)
	}
	// A heading's word glued to a case's name is no part of it.
	text = "Summary of this case from State v. RudolfOpinion\nNo. SC95738."
	cs := []cand{{typ: TypeCase, start: strings.Index(text, "State"), end: strings.Index(text, "SC95738") + len("SC95738"), source: SourcePattern}}
	wantTyped(t, gluedHeadings, text, cs, "CASE State v. Rudolf")
	if !IsCaseName("In the Matter of HARBORLIGHT WEALTH PARTNERS, LLC") || !upperCaseName("In the Matter of HARBORLIGHT WEALTH PARTNERS, LLC") {
		t.Error("an administrative caption in capitals is a case name in capitals")
	}
}

// TestGovCaptions: a criminal caption, the government above "- v. -",
// "VS." or "-against-" with no role under it, is one case; the government
// is an organisation, and the defendant's name goes on over a line "OF"
// opens. A government that a sentence names is no caption.
func TestGovCaptions(t *testing.T) {
	text := "UNITED STATES OF AMERICA\n\n- v. -\n\nVIKTOR A. PETRENKO,\n\nDefendant.\n\n" +
		"UNITED STATES OF AMERICA\n\nVS.\n\nSUN-DIAMOND GROWERS\nOF CALIFORNIA,\n\n  Defendant.\n\n" +
		"THE PEOPLE OF THE STATE OF NEW YORK\n\n-against-\n\nJOHN DOE,\n\n" +
		"the United States of America v. Jones was cited.\n"
	want := "CASE UNITED STATES OF AMERICA\n\n- v. -\n\nVIKTOR A. PETRENKO|ORG UNITED STATES OF AMERICA|PERSON VIKTOR A. PETRENKO|" +
		"CASE UNITED STATES OF AMERICA\n\nVS.\n\nSUN-DIAMOND GROWERS\nOF CALIFORNIA|ORG UNITED STATES OF AMERICA|ORG SUN-DIAMOND GROWERS\nOF CALIFORNIA|" +
		"CASE THE PEOPLE OF THE STATE OF NEW YORK\n\n-against-\n\nJOHN DOE|ORG THE PEOPLE OF THE STATE OF NEW YORK|PERSON JOHN DOE"
	if got := typedTexts(text, govCaptions(text)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if !IsCaseName("UNITED STATES OF AMERICA VS. SUN-DIAMOND GROWERS") {
		t.Errorf("a caption with VS. is no case name")
	}
}

// TestTaxCourtForms: the Tax Court's captions of a couple and of an
// estate's fiduciary start with their first line; its five-digit dockets
// and its memorandum opinions' citations are cases.
func TestTaxCourtForms(t *testing.T) {
	text := "JOHN R. AND MARY L. WHITFIELD, Petitioners v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent\n\n" +
		"ESTATE OF MARGARET L. OSTERHOUT, DECEASED, DONALD R.\nOSTERHOUT, EXECUTOR, Petitioner v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent\n"
	couple, estate := strings.Index(text, "MARY L."), strings.Index(text, "EXECUTOR")
	cs := []cand{
		{typ: TypeCase, start: couple, end: strings.Index(text, ", Respondent"), source: SourcePattern},
		{typ: TypeCase, start: estate, end: strings.LastIndex(text, ", Respondent"), source: SourcePattern},
		{typ: TypePerson, start: estate, end: estate + len("EXECUTOR"), source: SourcePattern, party: true},
	}
	want := "CASE JOHN R. AND MARY L. WHITFIELD, Petitioners v.\nCOMMISSIONER OF INTERNAL REVENUE|" +
		"CASE ESTATE OF MARGARET L. OSTERHOUT, DECEASED, DONALD R.\nOSTERHOUT, EXECUTOR, Petitioner v.\nCOMMISSIONER OF INTERNAL REVENUE"
	wantTyped(t, captionFirstParties, text, cs, want)
	wantFind(t, agencyDockets, "Docket No. 21473-18. Filed; Docket Nos. 12345-19S, and No. 1234-20. Docket Nos. 27857-13, 15847-14L. Filed; at docket No. 15847-14L, petitioners",
		"21473-18|12345-19S|27857-13|15847-14L|15847-14L")
	wantFind(t, neutralCitations, "Smith v. Commissioner, T.C. Memo. 2015-43; Jones v. Commissioner, T.C. Summary Opinion 2010-5; 148 T.C. 392", "T.C. Memo. 2015-43|T.C. Summary Opinion 2010-5")
	wantFind(t, neutralCitations, "R. v. Jordan, 2016 SCC 27, [2016] 1 S.C.R. 631; [2023] UKSC 42; [2023] EWCA Civ 745; [2019] EWHC 12 (Ch); 2016 was 27 SCC", "2016 SCC 27|[2023] UKSC 42|[2023] EWCA Civ 745|[2019] EWHC 12 (Ch)")
}

// TestCaliforniaForms: a California opinion's caption with its roles
// joined by "and", its appellate docket alone on a line, and its counsel
// credited firm first; a lawyer before the firm named for him is no firm.
func TestCaliforniaForms(t *testing.T) {
	text := "MARISOL QUINTANILLA,\n\nPlaintiff and Appellant,\n\nv.\n\nWESTSIDE PROPERTY GROUP, LLC,\n\nDefendant and Respondent.\n\nB318842\n\n" +
		"APPEAL from a judgment.\nLavi & Ebrahimian, Joseph Lavi and Vincent C. Granberry for Plaintiff and Appellant.\n" +
		"Gordon Rees Scully Mansukhani, Craig J. Mariam and Brian J. Grace for Defendant and Respondent.\n" +
		"Rob Bonta, Attorney General, and Jane Roe for Defendant.\n" +
		"Craig Dennis Feiser, Gabriella Young, Office of General Counsel, City of Jacksonville, for Defendants-Appellants.\n" +
		"Scott Bertram Elkind, Elkind Shea, Silver Spring, MD, for Plaintiff.\n"
	wantFind(t, appellateDockets, text, "B318842")
	wantFind(t, leadFirms, text, "Lavi & Ebrahimian|Gordon Rees Scully Mansukhani|Elkind Shea")
	if got := candTexts(text, roleCaptions(text)); !strings.Contains(got, "MARISOL QUINTANILLA,\n\nPlaintiff and Appellant,\n\nv.\n\nWESTSIDE PROPERTY GROUP, LLC") {
		t.Errorf("no caption in %q", got)
	}
}

// TestCommissionForms: a commission's order: the second respondent after
// the first's description, its docket of a letter and a number, and a
// commissioner whose surname is a common word on a line of its own; the
// Federal Energy Regulatory Commission's dockets and reports' citations.
func TestCommissionForms(t *testing.T) {
	text := "COMMISSIONERS: Lina M. Khan, Chair\nRebecca Kelly Slaughter\nAlvaro M. Bedoya\n\nIn the Matter of\n\nBRIGHTPATH EDUCATION SERVICES, INC.,\na corporation, and\n\n" +
		"ROLAND T. ACHTERBERG,\nindividually and as an officer of\nBrightpath Education Services, Inc.\n\nDOCKET NO. C-4789\n"
	want := "CASE In the Matter of\n\nBRIGHTPATH EDUCATION SERVICES, INC.,\na corporation, and\n\nROLAND T. ACHTERBERG|ORG BRIGHTPATH EDUCATION SERVICES, INC.|PERSON ROLAND T. ACHTERBERG"
	if got := typedTexts(text, matterCaptions(text)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	wantFind(t, agencyDockets, text, "C-4789")
	// The Federal Energy Regulatory Commission's dockets and its reports'
	// citations.
	ferc := "MidAmerican Energy Company Docket No. EL95-3-001\nIn an order issued May 15, 1997, 79 FERC ¶ 61,169 (1997), the Commission granted it; see Docket No. 2021."
	wantFind(t, agencyDockets, ferc, "EL95-3-001|79 FERC ¶ 61,169")
	cs := candsAt(text, TypePerson, SourceModel, "Rebecca Kelly", "Lina M. Khan")
	wantTyped(t, lineTailNames, text, cs, "PERSON Rebecca Kelly Slaughter|PERSON Lina M. Khan")
}

// TestDocketSheetPartiesBeforeATab: the gap before a docket sheet's
// "represented by" column as the text stage keeps it, a tab (text/v5).
func TestDocketSheetPartiesBeforeATab(t *testing.T) {
	text := "Plaintiff\nMaria Rivera\trepresented by Hillary Schwab\nFair Work, P.C.\n\nV.\nDefendant\nNorthstar Logistics, Inc.\trepresented by Kevin P. Doyle\n"
	if got, want := typedTexts(text, docketSheetNames(text)), "PERSON Maria Rivera|ORG Northstar Logistics, Inc."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestSiteTitleDockets: a site's title names a district court's filing
// by its case, with the second side's "et al", and PACER's compact docket
// number, which is the case's.
func TestSiteTitleDockets(t *testing.T) {
	wantRefers(t, "Koster et al v. Whitaker et al, No. 2:2019cv01173 - Document 59 (D. Ariz. 2019)\n\nCourt Description: ORDER granting the motion.\n",
		"Koster et al v. Whitaker", "2:2019cv01173")
	wantRefers(t, "Robinson v. Regional Transportation District, No. 1:2016cv02870 - Document 145 (D. Colo. 2018)\n",
		"Robinson v. Regional Transportation District", "1:2016cv02870")
}

// TestNewsCitationDockets: a news report cites a case with its federal
// court's abbreviation between the name and the docket number, which is
// the case's.
func TestNewsCitationDockets(t *testing.T) {
	wantRefers(t, "The jury found the seat at fault ( Hinson v. Dorel Juvenile Group, Inc., E.D. Tex., No. 2:15-cv-00713, verdict 11/18/16).\n",
		"Hinson v. Dorel Juvenile Group, Inc.", "2:15-cv-00713")
	wantRefers(t, "The appeal is Doe v. United States Marshals Service et al., 9th Cir. No. 20-35739, filed last week.\n",
		"Doe v. United States Marshals Service", "20-35739")
	wantRefers(t, "See Match Group LLC v. Bumble Trading Inc., W.D. Tex., No. 6:18-cv-00080, and the ruling in Smith v. Jones, S.D.N.Y. No. 1:18-cr-00179.\n",
		"Smith v. Jones", "1:18-cr-00179")
	wantRefers(t, "Filed in Doe v. Acme Corp., S.D. Ohio, No. 2:19-cv-01234, last week.\n", "Doe v. Acme Corp.", "2:19-cv-01234")
	wantRefers(t, "Affirmed in Roe v. Widget Co., Fed. Cir. No. 2021-1234, today.\n", "Roe v. Widget Co.", "2021-1234")
}

// TestReporterHeaders: a reporter's header sets the citation and its year
// on the caption's line before it, and the court's header lines under a
// caption in mixed case hold its docket number: both are the case's. A
// docket number past the caption's block is not.
func TestReporterHeaders(t *testing.T) {
	wantRefers(t, "-\n927 F. Supp. 1265 (1996) William R. DOBSON, Plaintiff,\nv.\nShirley S. CHATER, Commissioner of Social Security, Defendant.\nUnited States District Court, D. Nebraska.\n",
		"William R. DOBSON, Plaintiff, v. Shirley S. CHATER", "927 F. Supp. 1265")
	lopes := "-\n770 A.2d 561 (2001) In re Joseph A. LOPES, Respondent.\nA Member of the Bar of the District of Columbia Court of Appeals.No. 97-BG-1927. District of Columbia Court of Appeals.\n"
	wantRefers(t, lopes, "In re Joseph A. LOPES", "770 A.2d 561")
	wantRefers(t, lopes, "In re Joseph A. LOPES", "97-BG-1927")
	wantRefers(t, "-\n770 A.2d 561 (2001) In re Joseph A. LOPES, Respondent.\n"+strings.Repeat("The Board recommended a suspension of the respondent. ", 20)+"It cited No. 97-BG-1999.\n",
		"", "97-BG-1999")
	// A site's title, then the court's lines and a caption's column of
	// parties, then the docket number under its label: the title's case.
	cartagena := "Cartagena v North Six 141 LLC\n2024 NY Slip Op 50826(U)\nDecided on June 11, 2024\nSupreme Court, Kings County\nWard, J.\n" +
		"Published by New York State Law Reporting Bureau pursuant to Judiciary Law § 431.\nThis opinion is uncorrected and will not be published in the printed Official Reports.\n\n" +
		"Luis Cartagena, Plaintiff,\n\nagainst\n\nNorth Six 141 LLC, Disano Demolition Co., Inc.,\nMB Construction & Design Services, LLC,\nGreg Lebedowicz, and Heavy Duty Lifting, LLC, Defendants.\n\n" +
		"North Six 141 LLC, Third-Party Plaintiff,\n\nagainst\n\nA 1 Iron Works NY Corp., Third-Party Defendant.\n\nIndex No. 522139/2020\n"
	wantRefers(t, cartagena, "Cartagena v North Six 141 LLC", "522139/2020")
}

// TestImmigrationBoardHeader: the Board of Immigration Appeals opens a
// precedent decision with its citation and serial number over the caption
// "Matter of X, Respondent": the caption is the case, and both are its.
func TestImmigrationBoardHeader(t *testing.T) {
	text := "Cite as 27 I&N Dec. 45 (BIA 2017) Interim Decision #3891\n\nMatter of Jose Luis RIVERA-LOPEZ, Respondent\n\nDecided March 6, 2013\n\n" +
		"U.S. Department of Justice\nExecutive Office for Immigration Review\nBoard of Immigration Appeals\n\nIn a decision dated June 29, 2011, an Immigration Judge denied the application. See Matter of Legaspi, 25 I&N Dec. 328 (BIA 2010).\n"
	if got, want := typedTexts(text, matterLines(text)), "CASE Matter of Jose Luis RIVERA-LOPEZ|PERSON Jose Luis RIVERA-LOPEZ"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	wantRefers(t, text, "Matter of Jose Luis RIVERA-LOPEZ", "27 I&N Dec. 45")
	wantRefers(t, text, "Matter of Jose Luis RIVERA-LOPEZ", "Interim Decision #3891")
	wantRefers(t, text, "Matter of Legaspi", "25 I&N Dec. 328")
}

// TestStartCaseAtLeavesEarlierParty: moving a case's start past the end
// of the first party it began with leaves that party whole (a party whose
// start passed its end crashed the stage on a board's caption).
func TestStartCaseAtLeavesEarlierParty(t *testing.T) {
	text := "ACME WIDGETS, INC.\nDEPARTMENTAL APPEALS BOARD v. GLOBEX CORP."
	cs := []cand{{typ: TypeCase, start: 0, end: len(text)}, {typ: TypeOrg, party: true, start: 0, end: 18}}
	startCaseAt(text, cs, 0, 19)
	if cs[0].start != 19 || cs[1].start != 0 || cs[1].end != 18 {
		t.Errorf("case [%d,%d), party [%d,%d); want case from 19, party [0,18)", cs[0].start, cs[0].end, cs[1].start, cs[1].end)
	}
}

// TestAppealsBoardCaption: the Departmental Appeals Board's caption lists
// a provider with its number under its name and an agency whose name
// goes on over "for"; the decision's number under the docket number is
// the same case's.
func TestAppealsBoardCaption(t *testing.T) {
	text := "DEPARTMENTAL APPEALS BOARD\nCivil Remedies Division\n\nSunrise Meadows Care Center, LLC,\n(CCN: 455321),\nPetitioner,\n\nv.\n\n" +
		"Centers for Medicare & Medicaid Services,\nRespondent.\n\nDocket No. C-21-588\nDecision No. CR6102\nDate: March 14, 2024\n\nDECISION\n"
	var got []string
	for _, c := range roleCaptions(text) {
		got = append(got, c.typ+" "+oneSpace(text[c.start:c.end]))
	}
	want := "CASE Sunrise Meadows Care Center, LLC, (CCN: 455321), Petitioner, v. Centers for Medicare & Medicaid Services|" +
		"ORG Sunrise Meadows Care Center, LLC|ORG Centers for Medicare & Medicaid Services"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got  %q\nwant %q", g, want)
	}
	own := "Sunrise Meadows Care Center, LLC, (CCN: 455321), Petitioner, v. Centers for Medicare & Medicaid Services"
	wantRefers(t, text, own, "C-21-588")
	wantRefers(t, text, own, "CR6102")
}

// TestGenerationCaseStart: a case whose first party ends in a
// generational suffix starts at the person's name, without a citation
// signal before it.
func TestGenerationCaseStart(t *testing.T) {
	text := "Marcus T. Bell, Jr. v. Lakeview School District\n\nThe court relied on it. See John Smith, III v. Jones, 123 F.3d 456 (1st Cir. 1999).\n"
	var got []string
	for _, p := range patternMentions(text) {
		if p = generationStart(text, p); p.typ == TypeCase && strings.Contains(text[p.start:p.end], " v. ") || p.party {
			got = append(got, p.typ+" "+text[p.start:p.end])
		}
	}
	want := "CASE Marcus T. Bell, Jr. v. Lakeview School District|PERSON Marcus T. Bell, Jr.|ORG Lakeview School District|" +
		"CASE John Smith, III v. Jones|PERSON John Smith, III|PERSON Jones"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got  %q\nwant %q", g, want)
	}
}

// TestReporterPages: a site's page titled "Name , citation ( year )" and a
// reporter's stacked caption in capitals without roles name the case; the
// citations under a bullet and a topical reporter's citation are its, and
// the topical reporter's words are no person.
func TestReporterPages(t *testing.T) {
	text := "Commonwealth v. 707 Main Corp. , 371 Mass. 374 ( 1976 )\n\n\nMenu:\n  • 371 Mass. 374 (1976)\n    357 N.E.2d 753\n\n    COMMONWEALTH\n    vs.\n    707 MAIN CORP.\n\n" +
		"    Supreme Judicial Court of Massachusetts, Worcester.\n\n    September 13, 1976.\n"
	if got, want := typedTexts(text, siteTitles(text)), "CASE Commonwealth v. 707 Main Corp."; got != want {
		t.Errorf("siteTitles: got %q, want %q", got, want)
	}
	if got, want := typedTexts(text, bareCaptions(text)), "CASE COMMONWEALTH\n    vs.\n    707 MAIN CORP|PERSON COMMONWEALTH|ORG 707 MAIN CORP"; got != want {
		t.Errorf("bareCaptions: got %q, want %q", got, want)
	}
	wantRefers(t, text, "COMMONWEALTH vs. 707 MAIN CORP", "357 N.E.2d 753")
	res, err := New(Config{}).Process(context.Background(), Input{Chunks: chunk.Result{Chunks: []chunk.Chunk{{ID: "c0", Text: text, Start: 0, End: utf8.RuneCountInString(text)}}}})
	if err != nil {
		t.Fatal(err)
	}
	titled := false
	for _, m := range res.Mentions {
		// The prosecuting government a caption's party reads is a
		// litigant, an organisation (governmentParties).
		if m.Text == "COMMONWEALTH" && m.Type != TypeOrg {
			t.Errorf("%q is %s, want %s", m.Text, m.Type, TypeOrg)
		}
		titled = titled || m.Type == TypeCase && m.Text == "Commonwealth v. 707 Main Corp."
		if m.Text == "371 Mass. 374" && m.Refers == "" {
			t.Errorf("%q at %d refers to no case", m.Text, m.Start)
		}
	}
	if !titled {
		t.Errorf("no case of the site's title in %+v", res.Mentions)
	}
	text = "Citation Numbers: 361 N.E.2d 1239, 372 Mass. 366, 2 Media L. Rep. (BNA) 2157, 1977 Mass. LEXIS 930\nJudges: Hennessey, Quirico\n"
	res, err = New(Config{}).Process(context.Background(), Input{Chunks: chunk.Result{Chunks: []chunk.Chunk{{ID: "c0", Text: text, Start: 0, End: utf8.RuneCountInString(text)}}}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range res.Mentions {
		if m.Text == "2 Media L. Rep. (BNA) 2157" && m.Type == TypeCase && m.Refers == "361 N.E.2d 1239" {
			found = true
		}
		if nameType(m.Type) && strings.Contains(m.Text, "Rep") {
			t.Errorf("%s %q inside a citation", m.Type, m.Text)
		}
	}
	if !found {
		t.Errorf("no topical citation of the case in %+v", res.Mentions)
	}
}

// TestStreetAddressEdges: a street address takes its direction, over a
// city's name the patterns began at the direction too, and the city after
// it is the city alone; a street's name without a street word
// takes its house number ("1585 Broadway"), but not a suite's, a box's or
// a year's.
func TestStreetAddressEdges(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"JAMES W. JORDAN 80 Dorchester Square North Westerville, Ohio 43081", "80 Dorchester Square North|Westerville|Ohio"},
		{"ROBERT L. PERRY 102 Frey Street Ashland City, Tennessee 37015", "102 Frey Street|Ashland City|Tennessee"},
		{"GLANCY LLP 1925 Century Park East, Suite 2100 Los Angeles, California 90067", "1925 Century Park East|Los Angeles|California"},
		{"an office at 1585 Broadway, New York, New York 10019", "1585 Broadway|New York"},
		{"the firm, Suite 200 Wilmington, DE 19801", "Wilmington"},
		{"In 2019 Smithville, a town, voted.", "Smithville"},
		{"Richard R. Rio, Esq. 386 Park Avenue South New York, NY 10016, Attorney for Plaintiff.", "386 Park Avenue South|New York"},
	} {
		res, err := New(Config{}).Process(context.Background(), Input{Chunks: chunk.Result{Chunks: []chunk.Chunk{{ID: "c0", Text: tc.text, Start: 0, End: utf8.RuneCountInString(tc.text)}}}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range res.Mentions {
			if m.Type == TypeLocation && !slices.Contains(got, m.Text) && len(m.Text) > 2 {
				got = append(got, m.Text)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestTaxCourtHeader: a Tax Court memorandum's header lists its docket
// number and its citations (the court's own, a database's, a topical
// reporter's) under the caption, one case.
func TestTaxCourtHeader(t *testing.T) {
	text := "  • ALBERT DUDLEY THROWER, Petitioner v. COMMISSIONER OF INTERNAL REVENUE, Respondent\n    Thrower v. Comm'r\n    No. 14625-92\n    United States Tax Court\n" +
		"    T.C. Memo 2003-139; 2003 Tax Ct. Memo LEXIS 138; 85 T.C.M. (CCH) 1312;\n    May 15, 2003, Filed\n"
	own := "ALBERT DUDLEY THROWER, Petitioner v. COMMISSIONER OF INTERNAL REVENUE"
	for _, cite := range []string{"14625-92", "T.C. Memo 2003-139", "2003 Tax Ct. Memo LEXIS 138", "85 T.C.M. (CCH) 1312"} {
		wantRefers(t, text, own, cite)
	}
}

// TestTransportationBoardOrder: the NTSB's order number in its header and
// its docket number under the caption are the case's.
func TestTransportationBoardOrder(t *testing.T) {
	text := "SERVED: March 3, 2009\nNTSB Order No. EA-5431\n\nUNITED STATES OF AMERICA\nNATIONAL TRANSPORTATION SAFETY BOARD\n\n" +
		"ROBERT A. STURGELL,\nActing Administrator,\nFederal Aviation Administration,\nComplainant,\nv.\nJOHN R. SMITHSON,\nRespondent.\n\nDocket SE-18145\n\nOPINION AND ORDER\n"
	own := "ROBERT A. STURGELL, Acting Administrator, Federal Aviation Administration, Complainant, v. JOHN R. SMITHSON"
	wantRefers(t, text, own, "EA-5431")
	wantRefers(t, text, own, "SE-18145")
}

// TestStreetEdgesReporterVolume: a reporter's volume before the tagger's
// initials is no house number ("501 U. S., at 5").
func TestStreetEdgesReporterVolume(t *testing.T) {
	text := "See Payne, 501 U. S., at 5, and at 1925 Century Park East, Suite 2."
	us, cp := strings.Index(text, "U. S."), strings.Index(text, "Century")
	cs := streetEdges(text, []cand{{typ: TypeLocation, start: us, end: us + len("U. S."), source: SourceModel},
		{typ: TypeLocation, start: cp, end: cp + len("Century Park East"), source: SourceModel}})
	if got := text[cs[0].start:cs[0].end] + "|" + text[cs[1].start:cs[1].end]; got != "U. S.|1925 Century Park East" {
		t.Errorf("got %q", got)
	}
}

// TestShareButton: a sharing button names its site after its verb or
// alone on its line but for a bullet or a bar; a sentence's site is none.
func TestShareButton(t *testing.T) {
	for _, tc := range []struct {
		text, site string
		want       bool
	}{
		{"Tweet This | Share on Facebook\n", "Facebook", true},
		{"Follow Municipal Minute on Twitter\n", "Twitter", true},
		{"Share this story\n  • Facebook\n", "Facebook", true},
		{"Facebook | Twitter\n", "Twitter", true},
		{"Heritage posted on Facebook that rentals would end\n", "Facebook", false},
		{"Customers who follow the company on Facebook, where it posts its prices every day, saw the notice.\n", "Facebook", false},
		{"a Facebook page\n", "Facebook", false},
	} {
		s := strings.Index(tc.text, tc.site)
		if got := shareButton(tc.text, s, s+len(tc.site)); got != tc.want {
			t.Errorf("shareButton(%q, %s) = %v, want %v", tc.text, tc.site, got, tc.want)
		}
	}
}

// TestEtAlCaseStarts: a case's name the patterns started at its first
// party's "et al." starts at the name before that party's comma; without
// such a name, or without the comma, it stays as it was.
func TestEtAlCaseStarts(t *testing.T) {
	text := "05-27-2022\n\nVERITEXT CORP., ET AL. v. PAUL A. BONIN, ET AL.\nSOUTHWEST TENNESSEE ELECTRIC MEMBERSHIP CORPORATION,\nET AL.\nv.\nCITY OF JACKSON\n" +
		"the plaintiffs, et al. v. Acme Corp. filed; Jane Roe et al. v. Beta Inc. sued\n"
	cs := spansIn(text, span{"ET AL. v. PAUL A. BONIN", TypeCase, SourcePattern}, span{"VERITEXT CORP.", TypeOrg, SourcePattern},
		span{"ET AL.\nv.\nCITY OF JACKSON", TypeCase, SourcePattern}, span{"SOUTHWEST TENNESSEE ELECTRIC MEMBERSHIP CORPORATION", TypeOrg, SourcePattern},
		span{"et al. v. Acme Corp.", TypeCase, SourcePattern}, span{"et al. v. Beta Inc.", TypeCase, SourcePattern}, span{"Jane Roe", TypePerson, SourceModel})
	wantMend(t, etAlCaseStarts, text, cs, "VERITEXT CORP., ET AL. v. PAUL A. BONIN|VERITEXT CORP.|SOUTHWEST TENNESSEE ELECTRIC MEMBERSHIP CORPORATION,\nET AL.\nv.\nCITY OF JACKSON|"+
		"SOUTHWEST TENNESSEE ELECTRIC MEMBERSHIP CORPORATION|et al. v. Acme Corp.|et al. v. Beta Inc.|Jane Roe")
}

// TestHeadingBreaks: a name that ran over its line's end into a heading
// numbered with a roman numeral ends at the line's end; a name wrapped
// over a line without such a heading, or with a person's initial, keeps
// its end.
func TestHeadingBreaks(t *testing.T) {
	text := "Kao v. Hengda Kite\nI. Executive Summary and Procedural Information\nAcme Widgets\nCompany, Inc.\nJohn\nV. Smith\n"
	cs := spansIn(text, span{"Kao v. Hengda Kite\nI. Executive Summary and Procedural Information", TypeCase, SourcePattern},
		span{"Hengda Kite\nI. Executive Summary and Procedural Information", TypeOrg, SourcePattern},
		span{"Acme Widgets\nCompany, Inc.", TypeOrg, SourcePattern}, span{"John\nV. Smith", TypePerson, SourcePattern})
	wantMend(t, headingBreaks, text, cs, "Kao v. Hengda Kite|Hengda Kite|Acme Widgets\nCompany, Inc.|John\nV. Smith")
}

// TestJudgeLineStarts: a case's name and a party the patterns ran back
// over the trial judge's line above the caption start after it; a name
// on the judge's line, and one that does not cross it, are left.
func TestJudgeLineStarts(t *testing.T) {
	text := "Mesa County District Court No. 13CV30147\nHonorable Brian J. Flynn, Judge\nRoberto Lopez, Jordan Pierson,\nPlaintiffs-Appellants,\nv.\nCity of Grand Junction\n"
	cs := []cand{{typ: TypeCase, start: strings.Index(text, "Honorable"), end: len(text) - 1},
		{typ: TypePerson, start: strings.Index(text, "Judge\n"), end: strings.Index(text, ", Jordan")},
		{typ: TypePerson, start: strings.Index(text, "Brian"), end: strings.Index(text, ", Judge")},
		{typ: TypeCourt, start: strings.Index(text, "Mesa"), end: strings.Index(text, " No.")}}
	wantMend(t, judgeLineStarts, text, cs, "Roberto Lopez, Jordan Pierson,\nPlaintiffs-Appellants,\nv.\nCity of Grand Junction|Roberto Lopez|Brian J. Flynn|Mesa County District Court")
}

// TestRoleOnlyFirstSide: a case name's first side that is only the roles
// of the party before it ("…, Plaintiffs-Appellees.\nv.\n…") names no
// case and no party; a party whose name ends the side keeps its case.
func TestRoleOnlyFirstSide(t *testing.T) {
	text := "James R. and Marjatta A. HERSHEY, husband and wife, Plaintiffs-Appellees.\nv.\nRICH ROSEN CONSTRUCTION COMPANY, an Arizona corporation.\n" +
		"Frank Georges, et al., Plaintiffs-Appellants. v. UNITED STATES STEEL CORPORATION, Defendant-Appellee.\n" +
		"The court cited Acme Corp. v. Widget Co. for that.\n"
	got := typedTexts(text, caseMentions(text))
	if strings.Contains(got, "Appellees") || strings.Contains(got, "Appellants") || !strings.Contains(got, "CASE Acme Corp. v. Widget Co.") {
		t.Errorf("got %q", got)
	}
}
