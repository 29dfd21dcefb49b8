package extract_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
)

// TestParallelCaseName: a case's other name in parentheses between its
// name and its citation ("Quiros Lopez v. Unanue Casal (In re Unanue
// Casal), 998 F.2d 28") is that case's, and so is the citation, whether
// the patterns read the name in parentheses (one line) or not (the break
// of double-spaced lines).
func TestParallelCaseName(t *testing.T) {
	for _, text := range []string{
		"delay. Quiros Lopez v. Unanue Casal (In re Unanue Casal), 998 F.2d 28, 32 (1st Cir. 1993). Examples",
		"delay.              Quiros Lopez v. Unanue Casal (In re\n\n       Unanue Casal), 998 F.2d 28, 32 (1st Cir. 1993).   Examples",
		// A name ending in an abbreviation, its period left out of it.
		"as true. Quiros Lopez v. Unanue Casal Logistics, L.L.C.,\n   998 F.2d 28, 304-05 (5th Cir. 2015) (quoting",
	} {
		res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
		if err != nil {
			t.Fatal(err)
		}
		cited := false
		for _, m := range res.Mentions {
			if m.Type != extract.TypeCase || strings.HasPrefix(m.Text, "Quiros Lopez v. Unanue Casal") {
				continue
			}
			if !strings.HasPrefix(m.Refers, "Quiros Lopez v. Unanue Casal") {
				t.Errorf("%q: case mention %q refers to %q", text, m.Text, m.Refers)
			}
			cited = cited || m.Text == "998 F.2d 28"
		}
		if !cited {
			t.Errorf("%q: no citation found: %+v", text, res.Mentions)
		}
	}
}

// TestDocketBeforeCaseName: a docket number a comma joins to the case name
// after it is that case's ("Re: Case No. 17-3994, Island Creek Coal Company
// v. Linda Hill"); the originating case's number on the next line is not.
func TestDocketBeforeCaseName(t *testing.T) {
	text := "Dear Counsel,\n\n                Re: Case No. 17-3994, Island Creek Coal Company v. Linda Hill, et al\n                    Originating Case No. : 16-0556\n\nThe petition for review was docketed today.\n"
	refers := caseRefers(t, text)
	if got := refers["17-3994"]; got != "Island Creek Coal Company v. Linda Hill" {
		t.Errorf("17-3994 refers to %q (case mentions %v)", got, refers)
	}
	if got := refers["16-0556"]; got != "" {
		t.Errorf("the originating case's 16-0556 refers to %q", got)
	}
}

// TestDocketAfterCaseName: a docket number right after a case's name and a
// comma is that case's ("Coppinger-Martin v. Solis, No. 09-73725"); one
// further on is not.
func TestDocketAfterCaseName(t *testing.T) {
	text := "In Coppinger-Martin v. Solis, No. 09-73725, an action was filed. Later, in No. 10-80152, another.\n"
	refers := caseRefers(t, text)
	if got := refers["09-73725"]; got != "Coppinger-Martin v. Solis" {
		t.Errorf("09-73725 refers to %q (case mentions %v)", got, refers)
	}
	if got := refers["10-80152"]; got != "" {
		t.Errorf("10-80152 refers to %q", got)
	}
}

// TestCitationLinesAfterNames: a page flattened to one citation a line
// near the caption ("See Jenness v. Fortson,\n403 U.S. 431\n(1971)")
// keeps each citation with the case named before it; the header's
// citation, above the caption, stays the document's own.
func TestCitationLinesAfterNames(t *testing.T) {
	text := "908 F.2d 834\nMARTIN COWEN, Plaintiff-Appellant,\nv.\nSECRETARY OF STATE, Defendant-Appellee.\n\n" +
		"Over the past 50 years, courts have rejected these challenges. See Jenness v. Fortson,\n403 U.S. 431\n(1971); McCrary v.\nPoythress,\n" +
		"638 F.2d 1308\n(5th Cir. 1981); Coffield v. Kemp,\n599 F.3d 1276\n(11th Cir. 2010).\n"
	refers := caseRefers(t, text)
	for k, want := range map[string]string{"403 U.S. 431": "Jenness v. Fortson", "638 F.2d 1308": "McCrary v. Poythress", "599 F.3d 1276": "Coffield v. Kemp"} {
		if got := refers[k]; got != want {
			t.Errorf("%s refers to %q, want %q (case mentions %v)", k, got, want, refers)
		}
	}
	if got := refers["908 F.2d 834"]; !strings.HasPrefix(got, "MARTIN COWEN") {
		t.Errorf("the header's 908 F.2d 834 refers to %q", got)
	}
}

// TestBlankOfficialCite: a parallel citation after the official
// reporter's blanks ("___ U.S. ___, ___") is the named case's.
func TestBlankOfficialCite(t *testing.T) {
	text := "the standard,\" Knowles v. Mirzayance, ___ U.S. ___, ___, 129 S.Ct. 1411, 1420, 173 L.Ed.2d 251 (2009), we hold that.\n"
	refers := caseRefers(t, text)
	for _, k := range []string{"129 S.Ct. 1411", "173 L.Ed.2d 251"} {
		if got := refers[k]; got != "Knowles v. Mirzayance" {
			t.Errorf("%s refers to %q (case mentions %v)", k, got, refers)
		}
	}
}

// TestOhioCitations: Ohio's courts cite a decision by its name, the
// appellate district, the docket number and the public-domain citation;
// the number and the citation are the named case's.
func TestOhioCitations(t *testing.T) {
	text := "See State v. FOP of Ohio, Inc., 10th Dist. No. 16AP-457, 2017-Ohio-1382, ¶ 2, and Doe v. Roe, 8th Dist. Cuyahoga No. 102345, 2016-Ohio-1234; " +
		"Poe v. Coe, 8th Dist. Cuyahoga No. 98765, 2013 WL 5532891.\n"
	refers := caseRefers(t, text)
	for k, want := range map[string]string{"16AP-457": "State v. FOP of Ohio, Inc.", "2017-Ohio-1382": "State v. FOP of Ohio, Inc.", "2016-Ohio-1234": "Doe v. Roe",
		"2013 WL 5532891": "Poe v. Coe"} {
		if got := refers[k]; got != want {
			t.Errorf("%s refers to %q, want %q (case mentions %v)", k, got, want, refers)
		}
	}
}

// TestCitationAfterSupra: a case cited again by name, "supra" and its
// citation: the citation is the case's.
func TestCitationAfterSupra(t *testing.T) {
	text := "This court noted that Stanley v. Richmond, supra, 35 Cal.App.4th 1070, and similar cases demonstrate a high standard.\n"
	if got := caseRefers(t, text)["35 Cal.App.4th 1070"]; got != "Stanley v. Richmond" {
		t.Errorf("35 Cal.App.4th 1070 refers to %q", got)
	}
}

// TestCitationAfterSpacedComma: a web page's title that sets a space
// before the comma, or before an abbreviation's period, still gives the
// citation its case; a citation after a full stop does not.
func TestCitationAfterSpacedComma(t *testing.T) {
	text := "Amick v. BM & KM, Inc. , 275 F. Supp. 2d 1378 ( 2003 )\n\nThe court cited Smith v. Jones in full; 988 F.3d 8 was later.\n"
	refers := caseRefers(t, text)
	if got := refers["275 F. Supp. 2d 1378"]; got != "Amick v. BM & KM, Inc." {
		t.Errorf("275 F. Supp. 2d 1378 refers to %q (case mentions %v)", got, refers)
	}
	if got := refers["988 F.3d 8"]; got != "" {
		t.Errorf("988 F.3d 8 refers to %q", got)
	}
	// The space before an abbreviation's period, then California's year.
	cal := "loans in Yvanova v. New Century Mortgage Corp . (2016) 62 Cal.4th 919, 199 Cal.Rptr.3d 66, the court said.\n"
	if got := caseRefers(t, cal)["62 Cal.4th 919"]; !strings.HasPrefix(got, "Yvanova v. New Century Mortgage Corp") {
		t.Errorf("62 Cal.4th 919 refers to %q, want Yvanova", got)
	}
}

// TestHeaderCitations: the citations and the docket number that stand on
// lines of their own in a document's header are its own case's, the
// court in a citation's parentheses abbreviated with apostrophes too
// ("Ct. Int'l Trade"); one with other words on its line (the lower
// court's) is not.
func TestHeaderCitations(t *testing.T) {
	text := "908 F.2d 834 (1990)\n17 Fed.R.Serv.3d 942\n640 B.R. 922 (Bankr. N.D. Iowa 2022)\nMARY M. MOORE, Plaintiff-Appellee,\nv.\nCOMFED SAVINGS BANK, Defendant-Appellant.\nNo. 89-8414.\n" +
		"United States Court of Appeals,\nEleventh Circuit.\nD.C. Docket No. 88-00123\nThe court below cited 988 F.3d 8 in full.\n"
	refers := caseRefers(t, text)
	own := "MARY M. MOORE, Plaintiff-Appellee, v. COMFED SAVINGS BANK"
	for _, c := range []string{"908 F.2d 834", "17 Fed.R.Serv.3d 942", "640 B.R. 922", "89-8414"} {
		if got := refers[c]; got != own {
			t.Errorf("%s refers to %q, want the own case (case mentions %v)", c, got, refers)
		}
	}
	for _, c := range []string{"88-00123", "988 F.3d 8"} {
		if got := refers[c]; got != "" {
			t.Errorf("%s refers to %q", c, got)
		}
	}
	// A research page's header: the title, the court, the date, then the
	// citation with its court abbreviated with an apostrophe.
	page := "From Casetext: Smarter Legal Research\nU.S. v. Snuggles, Inc.\nUnited States Court of International Trade\nAug 20, 1996\n937 F. Supp. 923 (Ct. Int'l Trade 1996)\nSummary\n"
	if got := caseRefers(t, page)["937 F. Supp. 923"]; got != "U.S. v. Snuggles, Inc." {
		t.Errorf("937 F. Supp. 923 refers to %q, want the page's case", got)
	}
}

// TestHeaderWithoutCaption: an opinion whose header has no caption, only
// its docket number and its citation, each on its own line, and whose
// first case name is cited in its first paragraph: the docket number and
// the citation are one case, and the cited case is not it. Two docket
// numbers in a header (this court's and the one below) stay two cases.
func TestHeaderWithoutCaption(t *testing.T) {
	text := "No. 2014-1350.\n\n780 F.3d 1376 (2015)\n\nUnited States Court of Appeals, Federal Circuit.\n\n" +
		"Kennametal, Inc. appeals the decision of the Board. See Ingersoll Cutting Tool Co. v. TDY Indus., Reexamination No. 95/001,417. We affirm.\n"
	refers := caseRefers(t, text)
	if got := refers["780 F.3d 1376"]; got != "2014-1350" {
		t.Errorf("780 F.3d 1376 refers to %q, want the header's docket number (case mentions %v)", got, refers)
	}
	if got := refers["2014-1350"]; got != "" {
		t.Errorf("2014-1350 refers to %q, want nothing (case mentions %v)", got, refers)
	}
	two := caseRefers(t, "ED108783\n\n1711-CC00064\n\nThe judgment of the circuit court is affirmed.\n")
	if got := two["1711-CC00064"]; got != "" {
		t.Errorf("1711-CC00064 refers to %q, want nothing (case mentions %v)", got, two)
	}
}

// TestOwnCaseOpensItsLine: a case name in mixed case near the top is the
// document's own only when no prose and no citation signal stands before
// it on its line (a label, a docket number, "The" may) and no citation
// follows it.
func TestOwnCaseOpensItsLine(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a caption line", "Doyle v. City of Medford ( 2009 )\nThe court certified a question.\n", "Doyle v. City of Medford"},
		{"after a label", "Short Title: Abernathy v. Cole\n\nThe appeal was docketed.\n", "Abernathy v. Cole"},
		{"after a docket number", "Re: Case No. 17-3994, Island Creek Coal Company v. Linda Hill\n", "Island Creek Coal Company v. Linda Hill"},
		{"after The", "The City of Fort Lauderdale v. Hezzekiah Scott, et al, No. 0:2010cv61122 - Document 278\n", "City of Fort Lauderdale v. Hezzekiah Scott"},
		{"cited in the first paragraph", "The Board ruled. See Ingersoll Cutting Tool Co. v. TDY Indus., No. 95/001,417.\n", ""},
		{"after a signal", "See Ingersoll Cutting Tool Co. v. TDY Indus., No. 95/001,417.\n", ""},
		{"with its citation", "Marlow Freight Co. v. First Tidewater Bank, 988 F.3d 8 (1st Cir. 2021), held so.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			doc := []rune(tc.text)
			got := ""
			if i := extract.OwnCase(doc, res.Mentions); i >= 0 {
				got = res.Mentions[i].Text
			}
			if got != tc.want {
				t.Errorf("own case %q, want %q (mentions %+v)", got, tc.want, res.Mentions)
			}
		})
	}
}

// wantMentionTexts runs the stage on text and requires each of want, a
// mention's type and text ("ORG Acme Corp."), among its mentions, which it
// returns, keyed so.
func wantMentionTexts(t *testing.T, text string, want ...string) map[string]bool {
	t.Helper()
	found := map[string]bool{}
	for _, m := range stageResult(t, text).Mentions {
		found[m.Type+" "+m.Text] = true
	}
	for _, w := range want {
		if !found[w] {
			t.Errorf("no %s among %v", w, found)
		}
	}
	return found
}

// wantRefers requires each key of want among refers' keys, referring to
// its value ("" for none).
func wantRefers(t *testing.T, refers, want map[string]string) {
	t.Helper()
	for cite, w := range want {
		if got, ok := refers[cite]; !ok || got != w {
			t.Errorf("%s refers to %q (found: %v), want %q", cite, got, ok, w)
		}
	}
}

// caseRefers runs the stage on text and maps each CASE mention's text,
// without a "No. " label, to the case it refers to.
func caseRefers(t *testing.T, text string) map[string]string {
	return mentionRefers(t, text, func(m extract.Mention) (string, bool) {
		return strings.TrimPrefix(m.Text, "No. "), m.Type == extract.TypeCase
	})
}

// mentionRefers runs the stage on text and maps the key of each mention
// keep accepts to what the mention refers to.
func mentionRefers(t *testing.T, text string, keep func(extract.Mention) (string, bool)) map[string]string {
	t.Helper()
	res := stageResult(t, text)
	refers := map[string]string{}
	for _, m := range res.Mentions {
		if k, ok := keep(m); ok {
			refers[k] = m.Refers
		}
	}
	return refers
}

// TestStateDockets: the docket numbers state courts and federal agencies
// write, with their label or in a form that names itself, and the Court
// of Federal Claims' letter after its numbers; telephone numbers, ZIP+4
// codes, dates, sections, money, "CV" as a word, numbers of other things
// and a bare number without a docket's label are none.
func TestStateDockets(t *testing.T) {
	tests := []struct {
		text string
		want []string // the case mentions, without a "No. " label
	}{
		{"Appeal from the Summit County Court of Common Pleas\nCase No. CV-15-100200\nAFFIRMED", []string{"CV-15-100200"}},
		{"Appeal from the judgment, No. CP-02-CR-0001234-2015, Smith, J.", []string{"CP-02-CR-0001234-2015"}},
		{"Court of Appeals No. 16CA0412\nBoulder County District Court No. 15CV30111\n", []string{"16CA0412", "15CV30111"}},
		{"DocketNumber: 17CA0999\nFiled Date: 9/22/2017\n", []string{"17CA0999"}},
		{"Supreme Court Case Number: 46019\nFiled Date: 9/22/2017\n", []string{"46019"}},
		{"Opinion\n\nNo. 1234 WDA 2015.\n\nArgued: May 5, 2016.\nand No. 567 C.D. 2018 too\n", []string{"1234 WDA 2015", "567 C.D. 2018"}},
		{"    No. 51234.\n\n    The Supreme Court of Oregon, En Banc.\n", []string{"51234"}},
		{"In the United States Court of Federal Claims\nNo. 19-1234 C\nFiled: May 1, 2020\n", []string{"19-1234 C"}},
		{"APPELLANT                DOCKET NUMBER\n                         SF-0752-16-0421-I-1\nDATE: May 2, 2017\n", []string{"SF-0752-16-0421-I-1"}},
		{"the Regional Director in Case 29-CA-123456 issued a complaint", []string{"29-CA-123456"}},
		{"Appeal No. A-2233-17T4 and No. 1-16-2345; No. 4D18-1234; Index No. 15756/07; Nos. PD-0123-19, PD-0124-19.", []string{"A-2233-17T4", "1-16-2345", "4D18-1234", "15756/07", "PD-0123-19", "PD-0124-19"}},
		{"No. 81234-5-I\n\nDIVISION ONE\n\nand the Supreme Court's No. 95749-7.", []string{"81234-5-I", "95749-7"}},
		{"No. 22AP-123\n(C.P.C. No. 21CR-4567)\nand Case No. CA2019-01-002; Policy No. 22AP-124.", []string{"22AP-123", "21CR-4567", "CA2019-01-002"}},
		{"Superior Court of Washington for King County\nNo. 21-2-09876-1 SEA\nand Case No. 19-2-01234-5; Docket No. MID-L-001234-20; Case No. 20STCV12345; AAA Case No. 01-22-0003-4567.", []string{"21-2-09876-1 SEA", "19-2-01234-5", "MID-L-001234-20", "20STCV12345", "01-22-0003-4567"}},
		{"IN THE CIRCUIT COURT OF THE SEVENTEENTH JUDICIAL CIRCUIT\nCASE NO.: CACE-21-004512 (09)\n", []string{"CACE-21-004512"}},
		{"Court of Appeals of Georgia\nA19A1234.\nAppeal from the Criminal Court for Davidson County\nNo. 2016-C-1234    Steve R. Dozier, Judge\n", []string{"A19A1234", "2016-C-1234"}},
		{"PUBLIC UTILITIES COMMISSION\n\nDE 19-057\n\nin docket DR 96-150; Wilmington, DE 19801.", []string{"DE 19-057", "DR 96-150"}},
		{"LUMINA SYSTEMS, INC.,\nDefendant-Appellee\n______\n\n2022-1456, 2022-1457\n______\n\nBudget for\n2019-2020\n", []string{"2022-1456", "2022-1457"}},
		{"/s/ Linda Perez\nNotary Public, State of New York\nNo. 01PE6123456\nQualified in Kings County", nil},
		// None.
		{"Call (513) 564-7036 or 513-564-7036. Cincinnati, OH 45221-0829. Filed 2016-09-22 and 9/22/2016 under § 24-10-103(1.3) for $1,234.56.\n", nil},
		{"Please send your CV and a CV-2019 form. Exhibit No. 14CV33332; Dkt. No. 12345; Room No. 1234; No. 2006 was a year.\n", nil},
		{"as his No. 46019 shows, and\nNo. 12345.6 of the list\n", nil},
	}
	for _, tc := range tests {
		refers := caseRefers(t, tc.text)
		var got []string
		for txt := range refers {
			got = append(got, txt)
		}
		sort.Strings(got)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, want)
		}
	}
}

// TestDocketNames: docket numbers stacked beside a caption are no person
// and no case's first party, and name one case; a caption neither starts
// inside a docket number nor runs on over the numbers under it; numbers
// listed in running text without a case's name may be several.
func TestDocketNames(t *testing.T) {
	text := "DONNA DOE,                                  DOCKET NUMBERS\n    Appellant,                          SF-0752-16-0421-I-1\nSF-1221-16-0388-W-1\nv.\nDEPARTMENT OF THE NAVY,\n    Agency.\n"
	res := stageResult(t, text)
	for _, m := range res.Mentions {
		if strings.Contains(m.Text, "SF-") && (m.Type != extract.TypeCase || strings.Contains(m.Text, "v.")) {
			t.Errorf("%s mention %q over the docket numbers", m.Type, m.Text)
		}
	}
	refers := caseRefers(t, text)
	if got := refers["SF-1221-16-0388-W-1"]; got != "SF-0752-16-0421-I-1" {
		t.Errorf("the second docket number refers to %q (case mentions %v)", got, refers)
	}
	// A caption that ran back into a docket's letters or on over the
	// dockets under it ends where they do.
	refers = caseRefers(t, "TEXAS COURT OF APPEALS, THIRD DISTRICT\nNO. 03-19-00321-CR\nJane Roe, Appellant\nv.\nThe State of Texas, Appellee\n\n"+
		"JOHN ROE, Appellant,\nv.\nThe STATE of Texas.\nNos. PD-0012-04, PD-0072-04.\nCourt of Criminal Appeals of Texas.\n")
	for _, want := range []string{"03-19-00321-CR", "PD-0012-04", "PD-0072-04"} {
		if _, ok := refers[want]; !ok {
			t.Errorf("no case mention %q: %v", want, refers)
		}
	}
	for txt := range refers {
		if strings.HasPrefix(txt, "CR") || strings.Contains(txt, "Nos.") {
			t.Errorf("case name %q over a docket number", txt)
		}
	}
	// A docket number written with spaces is the caption's, as others are.
	refers = caseRefers(t, "COMMONWEALTH OF PENNSYLVANIA v. RICHARD ROE\n\nNo. 1234 EDA 2015\n\nAppeal from the Judgment of Sentence.\n")
	if got := refers["1234 EDA 2015"]; got != "COMMONWEALTH OF PENNSYLVANIA v. RICHARD ROE" {
		t.Errorf("1234 EDA 2015 refers to %q (case mentions %v)", got, refers)
	}
	refers = caseRefers(t, "On appeal from the Law Division, Docket Nos. L-0193-11 and L-2865-11. In Roe v. Doe, Nos. 17-2400, 17-2401, we held.\n")
	if got := refers["L-2865-11"]; got != "" {
		t.Errorf("L-2865-11 refers to %q", got)
	}
	if got := refers["17-2401"]; got != "Roe v. Doe" {
		t.Errorf("17-2401 refers to %q (case mentions %v)", got, refers)
	}
}

// TestLexisStarts: a LEXIS citation is read from its year; one the
// patterns read whole is left alone.
func TestLexisStarts(t *testing.T) {
	refers := caseRefers(t, "See Tese-Milner v. Moon, 2008 Bankr. LEXIS 1218 (Bankr. S.D.N.Y. 2008); 1947 U.S. LEXIS 2960.\n")
	for _, c := range []string{"2008 Bankr. LEXIS 1218", "1947 U.S. LEXIS 2960"} {
		if _, ok := refers[c]; !ok {
			t.Errorf("no case mention %q: %v", c, refers)
		}
	}
}

// TestCitationAfterYear: California's style, the year in parentheses
// between a case's name and its citation, still gives the citation its
// case.
func TestCitationAfterYear(t *testing.T) {
	text := "judicial notice. (Donabedian\nv. Mercury Ins. Co. (2004) 116 Cal.App.4th 968, 994.) The rule applies.\n"
	if got := caseRefers(t, text)["116 Cal.App.4th 968"]; got != "Donabedian v. Mercury Ins. Co." {
		t.Errorf("116 Cal.App.4th 968 refers to %q", got)
	}
}

// TestParallelCitations: a citation right after another, with the first
// one's pin page or not, or after a docket number, is the same case's: the
// case's name's where the first follows a name, the first citation's where
// none does (a web page's "Citation Numbers:" line); Westlaw's citations
// are read. A citation after a sentence is no parallel one.
func TestParallelCitations(t *testing.T) {
	text := "See Texas v. New Mexico, 462 U.S. 554, 565, 103 S. Ct. 2558 (1983), and Smith v. Jones, 988 F.3d 8, 2021 WL 123456 (1st Cir. 2021).\n\n" +
		"Citation Numbers: 439 F. Supp. 2d 1149, 2006 U.S. Dist. LEXIS 73132, 2006 WL 1889610\n\nIt was so held. 42 F.4th 1 differs. " +
		"See Roman Catholic Diocese of Brooklyn v. Cuomo, No. 20A87, 2020 WL 6948354, at *3 (U.S. Nov. 25, 2020).\n"
	wantRefers(t, caseRefers(t, text), map[string]string{
		"103 S. Ct. 2558": "Texas v. New Mexico", "2021 WL 123456": "Smith v. Jones",
		"2006 U.S. Dist. LEXIS 73132": "439 F. Supp. 2d 1149", "2006 WL 1889610": "439 F. Supp. 2d 1149", "42 F.4th 1": "",
		"2020 WL 6948354": "Roman Catholic Diocese of Brooklyn v. Cuomo",
	})
}

// TestRecordHeaders: the header fields of web pages that publish
// decisions name the page's own case: a record's "DocketNumber:" and
// "Citation Numbers:" lines without a caption, a "Civil Action No." line
// a docket number beside the court's term above the caption, and an
// appeals court's citation and docket beside its name; and
// Georgia's parallel citation in parentheses after the pin page, or after
// the pin page and its divisions, is the cited case's, and so are
// California's in brackets; a citation alone in brackets is the opinion's
// own page in the official reporter, no case.
func TestRecordHeaders(t *testing.T) {
	record := "DocketNumber: 44075, 44076\nCitation Numbers: 167 S.E.2d 697, 119 Ga. App. 513\nFiled Date: 4/4/1969\n" +
		"Court of Appeals of Georgia.\nEBERHARDT, Judge.\nAs was held in Hancock v. Hancock, 223 Ga. 481, 487 (156 SE2d 354): the rule applies. " +
		"See Cowart v. Widener, 287 Ga. 622, 624 (1) (a) (697 SE2d 779) (2010). Viewed so, Davis v. State, 275 Ga.App. 714, 715 (1), 621 S.E.2d 818 (2005), applies. " +
		"As in Knight v. Jewett (1992) 3 Cal. 4th 296, 315 [11 Cal. Rptr. 2d 2, 834 P.2d 696], no duty arose. See Pittman v. Harbin Clinic, 263 Ga. 66 [ 428 S.E.2d 328] (1993).\n" +
		"Arthur K. Cunningham for Defendants and Respondents. [56 Cal. App. 4th 114]\nOPINION\n"
	wantRefers(t, caseRefers(t, record), map[string]string{"167 S.E.2d 697": "44075", "156 SE2d 354": "Hancock v. Hancock", "697 SE2d 779": "Cowart v. Widener",
		"621 S.E.2d 818": "Davis v. State", "11 Cal. Rptr. 2d 2": "Knight v. Jewett", "834 P.2d 696": "Knight v. Jewett", "428 S.E.2d 328": "Pittman v. Harbin Clinic"})
	if refers, found := caseRefers(t, record)["56 Cal. App. 4th 114"]; found {
		t.Errorf("the official reporter's own page in brackets is a case (refers to %q)", refers)
	}
	casetext := "Dean v. Wright Med. Tech.\n\nUnited States District Court, District of Colorado\nMar 25, 2022\n593 F. Supp. 3d 1086 (D. Colo. 2022)\n\nOpinion\n\n" +
		"Civil Action No. 21-cv-00951-PAB-STV\n\n2022-03-25\n\nJon DEAN, Plaintiff, v. WRIGHT MEDICAL TECHNOLOGY, INC., Defendant.\n"
	wantRefers(t, caseRefers(t, casetext), map[string]string{"21-cv-00951-PAB-STV": "Dean v. Wright Med. Tech"})
	term := "Crescenzi v. City of New York\n\nUNITED STATES COURT OF APPEALS FOR THE SECOND CIRCUIT\nOct 3, 2019\n939 F.3d 511 (2d Cir. 2019)\n\nOpinion\n\n" +
		"No. 18-1002 August Term 2018\n\n10-03-2019\n\nArmando CRESCENZI, James Kennedy, Plaintiffs-Appellees, v. The CITY OF NEW YORK, Defendants-Appellants.\n"
	wantRefers(t, caseRefers(t, term), map[string]string{"18-1002": "Crescenzi v. City of New York"})
	fields := "297 A.2d 735 | Md. | 1972\nLANG ET AL.\nv.\nCATTERTON ET AL.\nCourt of Appeals of Maryland.\nSMITH, J., delivered the opinion of the Court.\n"
	wantRefers(t, caseRefers(t, fields), map[string]string{"297 A.2d 735": "LANG ET AL. v. CATTERTON ET AL."})
	civ := "Neptune v. McCarthy\n\n706 F. Supp. 958 | D. Mass. | 1989\n\nTrevor NEPTUNE and Terry Maynor, Plaintiffs,\nv.\nJohn H. McCARTHY, Jr., et al., Defendants.\n\nCiv. A. No. 88-1292-WD.\n\nUnited States District Court, D. Massachusetts.\n"
	wantRefers(t, caseRefers(t, civ), map[string]string{"706 F. Supp. 958": "Neptune v. McCarthy", "88-1292-WD": "Neptune v. McCarthy"})
	letter := "Re:      United States v. Joshua James           \n\nCriminal Case No. 22-cr-15 (APM)\n\nDear Counsel:\n"
	wantRefers(t, caseRefers(t, letter), map[string]string{"22-cr-15": "United States v. Joshua James"})
	colorado := "COLORADO COURT OF APPEALS                                         2019COA122\n\nCourt of Appeals No. 18CA0532\nJefferson County District Court No. 16CV31221\n" +
		"Honorable Tamara S. Russell, Judge\n\nKaren Bryant,\nPlaintiff-Appellant,\nv.\nCommunity Choice Credit Union,\nDefendant-Appellee.\n"
	own := "Karen Bryant, Plaintiff-Appellant, v. Community Choice Credit Union"
	wantRefers(t, caseRefers(t, colorado), map[string]string{"2019COA122": own, "18CA0532": own, "16CV31221": ""})
}

// TestCitationForms: a public-domain citation's paragraph before the
// reporter's parallel citation ("2000 UT 69, ¶ 12, 9 P.3d 762"), and the
// docket number in an agency reporter's parentheses ("23 BNA OSHC 1196 (No.
// 03-1622, 2010)"), are the cited case's; a cited decision named by
// initials ("Matter of D-R-") is no capitals caption, so the next docket
// number is not made its own.
func TestCitationForms(t *testing.T) {
	text := "The Board cited Matter of Acosta, 19 I&N Dec. 211 (BIA 1985), and Matter of D-R-, 25 I&N Dec. 445 (BIA 2011).\n\n" +
		"See Longley v. Leucadia Fin. Corp., 2000 UT 69, ¶ 12, 9 P.3d 762. See also Secretary of Labor v. Summit Contractors, Inc., 23 BNA OSHC 1196 (No. 03-1622, 2010).\n\n" +
		"The appeal, No. 04-2211, is dismissed.\n"
	wantRefers(t, caseRefers(t, text), map[string]string{
		"9 P.3d 762": "Longley v. Leucadia Fin. Corp.", "03-1622": "Secretary of Labor v. Summit Contractors, Inc.",
		"25 I&N Dec. 445": "Matter of D-R-", "04-2211": "",
	})
}

// TestOpinionHeaders: what federal opinions' headers write around the
// caption: a class action's description beside the first party does not
// keep the capitals caption from being the document's own case, so the
// docket number under it is that case's; the Seventh Circuit's "No. 99 C
// 1234--Rebecca R. Pallmeyer, Judge." gives the judge her given name, and
// so does the Sixth Circuit's "No. 1:16-cv-00987—Michael R. Barrett,
// District Judge." with the hyphen the text stage makes its dash; "U.S.
// Court of Appeals" is the court's whole name; a company and a union
// "and" joins are two; an agency's unit is named over "and", before its
// kind or after "Office of", but not over another name.
func TestOpinionHeaders(t *testing.T) {
	text := "JANE DOE, individually and on behalf of all others similarly situated,\n\nPlaintiff,\n\nv.\n\nACME HOLDINGS, INC.,\n\nDefendant.\n\n" +
		"Civil Action No. 21-1234 (KM)\n\nOPINION\n\n" +
		"Appeal from the United States District Court for the Northern District of Illinois, Eastern Division. No. 99 C 1234--Rebecca R. Pallmeyer, Judge.\n\n" +
		"Appeal from the United States District Court for the Southern District of Ohio at Cincinnati.\n    No. 1:16-cv-00987-Michael R. Barrett, District Judge.\n\n" +
		"The U.S. Court of Appeals for the Seventh Circuit affirmed.\n\n" +
		"The contract between Acme Widget Co. and International Brotherhood of Teamsters, Local 705 expired.\n\n" +
		"By the Chief, Investigations and Hearings Division, Enforcement Bureau:\n\n" +
		"The Office of Management and Budget and the Office of Research and Development agreed; Smith sued the Board of Regents and Jones.\n" +
		"He appealed a decision of the Rhode Island Board of Medical Licensure and Discipline (Board).\n"
	refers := caseRefers(t, text)
	if got := refers["21-1234"]; !strings.HasPrefix(got, "JANE DOE, individually") || !strings.HasSuffix(got, "v. ACME HOLDINGS, INC.") {
		t.Errorf("21-1234 refers to %q, want the caption", got)
	}
	wantMentionTexts(t, text, "PERSON Rebecca R. Pallmeyer", "PERSON Michael R. Barrett", "COURT U.S. Court of Appeals for the Seventh Circuit", "ORG International Brotherhood of Teamsters, Local 705",
		"ORG Investigations and Hearings Division", "ORG Office of Management and Budget", "ORG Office of Research and Development", "ORG Board of Regents",
		"ORG Rhode Island Board of Medical Licensure and Discipline")
}

// TestWebHeaderCitations: a web page's header lists its case's citations,
// some of reporters the table does not have, on lines of their own or
// with the court's ordinal in the year's parentheses; each is the
// caption's case.
func TestWebHeaderCitations(t *testing.T) {
	text := "From Casetext: Smarter Legal Research\n\nIn re Letterman Bros. Energy Sec. Litigation\n\nUnited States Court of Appeals, Fifth Circuit\nOct 9, 1986\n" +
		"799 F.2d 967 (5th Cir. 1986)\n\nOpinion\n\nNo. 85-1446.\n\n" +
		"Citation Numbers: 808 F.2d 233, 1 I.E.R. Cas. (BNA) 1321, 1986 U.S. App. LEXIS 34918\n\n" +
		"803 F.2d 953\n\n123 L.R.R.M. (BNA) 2753, 55 USLW 2241,\n105 Lab.Cas. P 12,084,\n\nWe affirm.\n"
	wantRefers(t, caseRefers(t, text), map[string]string{
		"799 F.2d 967":               "In re Letterman Bros. Energy Sec. Litigation",
		"808 F.2d 233":               "In re Letterman Bros. Energy Sec. Litigation",
		"1986 U.S. App. LEXIS 34918": "In re Letterman Bros. Energy Sec. Litigation",
		"55 USLW 2241":               "In re Letterman Bros. Energy Sec. Litigation",
	})
}

// TestCitedCasesOfOneGovernment: a cited case that opens with the own
// case's government or relator form ("United States v. Jones" in "UNITED
// STATES v. SMITH") is another case, whose parties are no mentions of
// their own; a running head of the own case is the own case.
func TestCitedCasesOfOneGovernment(t *testing.T) {
	text := "UNITED STATES v. SMITH\n\nWe follow United States v. Jones, 1 F.3d 1 (1st Cir. 1993), and State ex rel. Patterson v. Tucker, " +
		"519 S.W.2d 22 (Mo. App. 1975). Smith appeals.\n"
	res := stageResult(t, text)
	for _, m := range res.Mentions {
		if m.Type != extract.TypeCase && (strings.Contains(m.Text, "Jones") || strings.Contains(m.Text, "Patterson") || strings.Contains(m.Text, "Tucker") || m.Text == "United States") {
			t.Errorf("a cited case's party as a mention: %s %q", m.Type, m.Text)
		}
	}
}

// TestCaptionPartyLists: a caption whose first side lists its parties
// with their role is named from the first of them, and every listed party
// is one of this case's, none a cited case's.
func TestCaptionPartyLists(t *testing.T) {
	text := "Mruz v. Caring, Inc., 39 F. Supp. 2d 495 (1999)\n\n" +
		"John H. MRUZ, Vasilike D. Nika, and Jane A. Johnson, Plaintiffs,\nv.\nCARING, INC., Caring Residential Services, Inc., Defendants.\n\n" +
		"No. CIV. A. 97-1468.\n\nThe plaintiffs sued in 1997.\n"
	res := stageResult(t, text)
	for _, w := range []struct{ typ, text string }{
		{extract.TypeCase, "John H. MRUZ, Vasilike D. Nika, and Jane A. Johnson, Plaintiffs, v. CARING, INC."},
		{extract.TypePerson, "John H. MRUZ"}, {extract.TypePerson, "Vasilike D. Nika"}, {extract.TypePerson, "Jane A. Johnson"},
	} {
		if !has(res.Mentions, w.typ, w.text) {
			t.Errorf("missing %s %q in %v", w.typ, w.text, res.Mentions)
		}
	}
}

// TestCaptionPartyListsBySemicolons: a Ninth Circuit caption lists its
// parties with semicolons, the last one's name begun on the line above;
// the list stops at a blank line (the text stage writes a caption's
// other column before it).
func TestCaptionPartyListsBySemicolons(t *testing.T) {
	text := "No. 07-35753\nD.C. No.\nCV-06-03058-PA\nDistrict of Oregon,\nMedford\n\n" +
		"RONALD DOYLE; ROBERT DEUEL;\nBENEDICT MILLER; and CHARLES\nSTEINBERG,\nPlaintiffs-Appellants,\nv.\nCITY OF MEDFORD, an Oregon\nmunicipal corporation,\nDefendant-Appellee.\n\n" +
		"The plaintiffs sued the city in 2006.\n"
	res := stageResult(t, text)
	for _, w := range []struct{ typ, text string }{
		{extract.TypePerson, "RONALD DOYLE"}, {extract.TypePerson, "ROBERT DEUEL"}, {extract.TypePerson, "BENEDICT MILLER"},
		{extract.TypePerson, "CHARLES STEINBERG"},
	} {
		if !has(res.Mentions, w.typ, w.text) {
			t.Errorf("missing %s %q in %v", w.typ, w.text, res.Mentions)
		}
	}
	for _, m := range res.Mentions {
		if m.Type == extract.TypeCase && strings.Contains(m.Text, "CITY OF MEDFORD") && !strings.HasPrefix(m.Text, "RONALD DOYLE;") {
			t.Errorf("the caption does not start at its first party: %q", m.Text)
		}
	}
}

// TestAppealedFromDocket: a header's docket number under "Appeal from"
// and the lower court's name is the lower court's case; the one beside
// the caption is this case's.
func TestAppealedFromDocket(t *testing.T) {
	text := "NICHOLE MARIE JAGELS,\n\n       Appellant,\n\nvs.\n\nSTATE OF MISSOURI,\n\n       Respondent.\n\n" +
		"No. ED108783\n\nAppeal from the Circuit Court of\nSt. Charles County, Missouri\nNo. 1711-CC00064\n\nHonorable Deborah J. Alessi\n\nThe plea stands.\n"
	refers := caseRefers(t, text)
	if got := refers["ED108783"]; got == "" {
		t.Errorf("ED108783 refers to nothing, want the caption's case")
	}
	if got, ok := refers["1711-CC00064"]; !ok || got != "" {
		t.Errorf("1711-CC00064 refers to %q (found: %v), want a case of its own", got, ok)
	}
	// A research site's title that names the lower court after the case
	// is no lower court's header: the number under it is this case's.
	text = "Acequia Produce Sales, Inc. v. Hapco Farms, Inc.--Appeal from 139th District Court of Hidalgo County\n" +
		"NUMBER 13-00-470-CV\nCOURT OF APPEALS\n\nACEQUIA PRODUCE SALES, INC. , Appellant,\n\nv.\n\nHAPCO FARMS, INC. , Appellee.\n\nThe judgment is affirmed.\n"
	if got := caseRefers(t, text)["13-00-470-CV"]; got == "" {
		t.Errorf("13-00-470-CV refers to nothing, want the caption's case")
	}
}

// TestCaptionRolesInMixedCase: a caption in capitals whose roles are in
// mixed case, and whose second side joins two parties with "and", is the
// document's own case, and its docket number below it refers to it.
func TestCaptionRolesInMixedCase(t *testing.T) {
	text := "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n\nACME WIDGET CO.,\nPlaintiff,\nv.\n" +
		"GLOBEX CORPORATION and HANK SCORPIO,\nDefendants.\n\nCIVIL ACTION NO. 2:21-cv-01234-JMY\n\nMEMORANDUM OPINION AND ORDER\n\nThe motion is denied.\n"
	refers := caseRefers(t, text)
	if got := refers["CIVIL ACTION NO. 2:21-cv-01234-JMY"] + refers["2:21-cv-01234-JMY"]; !strings.HasPrefix(got, "ACME WIDGET CO.") {
		t.Errorf("the docket refers to %q, want the caption's case (%v)", got, refers)
	}
}

// TestCaptionPartyInBody: a person the caption names with a middle
// initial is that person in the body without it, not the place the
// tagger reads ("Keisha Washington").
func TestCaptionPartyInBody(t *testing.T) {
	text := "KEISHA M. WASHINGTON,\nPlaintiff-Appellant,\nv.\nBOARD OF EDUCATION OF THE CITY OF CHICAGO, et al.,\nDefendants-Appellees.\n\n" +
		"BRENNAN, Circuit Judge. Keisha Washington sued the Board under Title VII. We affirm.\n"
	res := stageResult(t, text)
	if !has(res.Mentions, extract.TypePerson, "Keisha Washington") {
		t.Errorf("missing PERSON Keisha Washington in %v", res.Mentions)
	}
}

// TestClassCaptionOverLines: a class action's caption whose description
// opens the line after the parties and goes on over lines in lower case is
// one case, and its two people joined by "and" are two parties, not one
// organisation.
func TestClassCaptionOverLines(t *testing.T) {
	text := "KAREN MITCHELL and DEREK OWUSU,\non behalf of themselves and all others\nsimilarly situated,\n                    Plaintiffs,\n          v.\n" +
		"BRIGHTLINE FITNESS CLUBS, LLC,\n                    Defendant.\n"
	res := stageResult(t, text)
	if !has(res.Mentions, extract.TypeCase, strings.Join(strings.Fields(text[:strings.Index(text, ",\n                    Defendant.")]), " ")) {
		t.Errorf("missing the caption's case in %v", res.Mentions)
	}
	for _, w := range []mention{{extract.TypePerson, "KAREN MITCHELL"}, {extract.TypePerson, "DEREK OWUSU"}, {extract.TypeOrg, "BRIGHTLINE FITNESS CLUBS, LLC"}} {
		if !has(res.Mentions, w.typ, w.text) {
			t.Errorf("missing %s %q in %v", w.typ, w.text, res.Mentions)
		}
	}
	if has(res.Mentions, extract.TypeOrg, "KAREN MITCHELL and DEREK OWUSU") {
		t.Errorf("the two plaintiffs are one organisation: %v", res.Mentions)
	}
}

// TestNoNameOverAColumnsEdge: in the text stage's output a tab is a
// column's edge (text/v5); a caption's party does not run on over it
// into the other column ("MARY ELLEN HOPKINS⇥CIVIL ACTION").
func TestNoNameOverAColumnsEdge(t *testing.T) {
	text := "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nMARY ELLEN HOPKINS\tCIVIL ACTION\nv.\tNo. 3:23-cv-01234\nACME WIDGET COMPANY\tJUDGE SMITH\n\nOPINION\n\nThe plaintiff sued.\n"
	for _, m := range stageResult(t, text).Mentions {
		if strings.Contains(m.Text, "\t") {
			t.Errorf("%s %q runs over a column's edge", m.Type, m.Text)
		}
	}
}

// TestPressReleaseNames: what press releases and offering documents write
// around their names: the dateline's city and state are places (the tagger
// read "ROCK HILL" a person), a company whose name opens with "General" keeps
// it, a sentence's full stop is no part of a name, and an offering's
// "Underwriters", a term for a group of parties, names no one.
func TestPressReleaseNames(t *testing.T) {
	text := "Exhibit 99.1\n\nROCK HILL, S.C., March 6, 2023 (GLOBE NEWSWIRE) -- Acme Robotics, Inc. today announced a new Chief Financial Officer.\n\n" +
		"Prior to Globex, she held senior roles at General Electric Company and PricewaterhouseCoopers LLP. She holds an MBA from Harvard Business School.\n\n" +
		"The Company proposes to sell to the Underwriters named in Schedule I hereto (the \"Underwriters\") the Securities. Each of the Underwriters agrees.\n"
	found := wantMentionTexts(t, text, "LOCATION ROCK HILL", "LOCATION S.C.", "ORG General Electric Company", "ORG Harvard Business School")
	for _, not := range []string{"PERSON ROCK HILL", "ORG Underwriters", "ORG Harvard Business School."} {
		if found[not] {
			t.Errorf("%s found", not)
		}
	}
}

// TestCounselTowns: a counsel list's town and state written out, before
// whom the lawyer appears for or "pro se", are places.
func TestCounselTowns(t *testing.T) {
	text := "Aubrey J. El, Silver Spring, Maryland, pro se.\n\nKaren M. Thompson, Esquire, Arlington, Virginia, for the agency.\n"
	wantMentionTexts(t, text, "LOCATION Silver Spring", "LOCATION Maryland", "LOCATION Arlington", "LOCATION Virginia")
}

// TestFictitiousParties: the defendants a complaint names by a placeholder
// and numbers ("JOHN DOES 1-10") are no one; a party called John Doe is a
// person.
func TestFictitiousParties(t *testing.T) {
	text := "JOHN SMITH,\nPlaintiff,\n-against-\nCITY OF NEW YORK, POLICE OFFICER JANE ROE, and JOHN DOES 1-10,\nDefendants.\n\nPlaintiff John Doe sued Acme Corp. in 2020.\n"
	found := wantMentionTexts(t, text, "PERSON John Doe")
	if found["PERSON JOHN DOES"] {
		t.Error("JOHN DOES 1-10 is a person")
	}
	// Counted by number, by kind or in the plural, in running text.
	text = "Plaintiffs sue the City of Denver, Richard Roe 1 and other Richard Roes, whose names are unknown, and Acme Corp. and Richard Roe entities.\n"
	for m := range wantMentionTexts(t, text) {
		if strings.Contains(m, "Roe") {
			t.Errorf("a fictitious party is a mention: %s", m)
		}
	}
}

// TestSlipOpinionTitle: a New York decision's title, its "v" without a
// period, over its slip opinion's citation is the case, and the citation
// its; the title's first party is no organisation of its own.
func TestSlipOpinionTitle(t *testing.T) {
	text := "Goldstein v Pikus\n2015 NY Slip Op 30987(U)\nJune 8, 2015\nSupreme Court, New York County\n\nMotion sequence nos. 001 and 002 are consolidated.\n"
	wantRefers(t, caseRefers(t, text), map[string]string{"2015 NY Slip Op 30987(U)": "Goldstein v Pikus"})
	if found := wantMentionTexts(t, text, "CASE Goldstein v Pikus"); found["ORG Goldstein"] {
		t.Error("Goldstein is an organisation")
	}
	// A research site's title above the header that runs the slip
	// opinion's citation into the title's line, the site's chrome between
	// them; a second party with a number among its words; the docket
	// number under its label in the header is the case's.
	text = "Cartagena v North Six 141 LLC\n\nAnnotate this Case\nDownload PDF\nCartagena v North Six 141 LLC 2024 NY Slip Op 50826(U) May 24, 2024 Supreme Court, Kings County Docket Number: 15-1548 Judge: Ann Ward\n"
	wantRefers(t, caseRefers(t, text), map[string]string{"2024 NY Slip Op 50826(U)": "Cartagena v North Six 141 LLC", "15-1548": "Cartagena v North Six 141 LLC"})
	found := wantMentionTexts(t, text, "CASE Cartagena v North Six 141 LLC")
	for m := range found {
		if strings.HasPrefix(m, "CASE") && strings.Contains(m, "Download") {
			t.Errorf("the site's chrome is in the case's name: %s", m)
		}
	}
}

// TestCapsCaptionHeads: a caption in capitals whose first party the
// patterns began after a connector starts at its line's start, and the
// party with it; two people "AND" joins are two parties of the case, not
// one organisation.
func TestCapsCaptionHeads(t *testing.T) {
	text := "Cite as: 590 U. S. ____ (2020)\nFINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO RICO v. AURELIUS INVESTMENT, LLC, ET AL.\n" +
		"No. 18-1334. Argued October 15, 2019.\n\nLOUIS S. SHUMAN AND SANDRA SHUMAN v. COMMISSIONER OF INTERNAL REVENUE\n"
	found := wantMentionTexts(t, text, "CASE FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO RICO v. AURELIUS INVESTMENT, LLC",
		"ORG FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO RICO", "PERSON LOUIS S. SHUMAN", "PERSON SANDRA SHUMAN")
	for m := range found {
		if strings.HasPrefix(m, "ORG LOUIS") {
			t.Errorf("two people are one organisation: %s", m)
		}
	}
}

// TestCaptionDescriptionsWithPlaces: a stacked caption's party described
// with a state ("WYNN RESORTS, LIMITED, a Nevada corporation,") is still
// the caption's, so the docket number under it is that case's.
func TestCaptionDescriptionsWithPlaces(t *testing.T) {
	text := "UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n* * *\nWYNN RESORTS, LIMITED, a Nevada corporation,\nPlaintiff,\nv.\nELAINE P. WYNN, an individual,\nDefendant.\nCase No. 2:18-cv-00123-JCM-NJK\nORDER\n"
	if got := caseRefers(t, text)["2:18-cv-00123-JCM-NJK"]; !strings.HasPrefix(got, "WYNN RESORTS") || !strings.HasSuffix(got, "ELAINE P. WYNN") {
		t.Errorf("2:18-cv-00123-JCM-NJK refers to %q, want the caption", got)
	}
}

// TestBoardCaptions: an EEOC decision's caption, its complainant named
// with a footnote's number after the comma and the role on its own line,
// is a case.
func TestBoardCaptions(t *testing.T) {
	text := "Tamika M.,1\nComplainant,\nv.\nDenis R. McDonough,\nSecretary,\nDepartment of Veterans Affairs,\nAgency.\n"
	if !has(stageResult(t, text).Mentions, extract.TypeCase, "Tamika M.,1 Complainant, v. Denis R. McDonough") {
		t.Errorf("no caption's case in %v", stageResult(t, text).Mentions)
	}
}

// TestNextFriends: the stage takes a caption's connectors and a parent's
// capacity out of the names after them (nextFriendStarts).
func TestNextFriends(t *testing.T) {
	text := "Micheal Joseph, by, through, and with his Mother Heidi Joseph, Plaintiffs,\nv.\nWATSON CHAPEL SCHOOL DISTRICT, Defendant.\n\n" +
		"Cory BYSTROM, a minor, By and Through Gerald Drangeid, his father and natural guardian, Appellants.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypePerson, "Heidi Joseph"}, mention{extract.TypePerson, "Gerald Drangeid"})
	wantNone(t, res.Mentions, extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Mother") || strings.HasPrefix(s, "Through") })
}

// TestWiredNameMends: the stage runs the mends that join a firm named for
// two people (surnamePairFirms), start a place at the first word the
// tagger left out (placePrefixStarts), mend the names a generational
// suffix opens or ends (suffixLeds) and read a doctor's degree after a
// name as no state (formsNotStates).
func TestWiredNameMends(t *testing.T) {
	text := "Shaun C. Blake, of Adams and Reese, LLP, of Columbia, for Appellant.\n\nHe sued in the Superior Court in New Haven on July 25, 2011.\n\n" +
		"Prentis B. Tomlinson Jr. v. John Khoury Appeal from 281st District Court\n\nJackie Wayne Robins, Sr., Appellants,\nv.\nThe KROGER CO.\n\n" +
		"Defendant Celeste Philip, MD, MPH, in her official capacity as Surgeon General.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Adams and Reese, LLP"}, mention{extract.TypeLocation, "New Haven"},
		mention{extract.TypePerson, "Prentis B. Tomlinson Jr."}, mention{extract.TypeCase, "Jackie Wayne Robins, Sr., Appellants, v. The KROGER CO."})
	wantNone(t, res.Mentions, extract.TypeLocation, func(s string) bool { return s == "MD" })
}

// TestLoneDocket: the one docket number no case took is the document's own
// case's where the document names only that case ("Pons et al. v. Walter
// Kidde …" over "Filed: … 3:23-cv-03436-LB"); not where it names another
// case, cites its only case, lists two numbers, gave the case a number
// already, writes the number far from the case's name, in a sentence, on a
// lower court's line or after "Appeal from".
func TestLoneDocket(t *testing.T) {
	const head = "Smoke Alarms Fail to Warn, Class Action Says\nLast Updated on July 31, 2023\nPons et al. v. Walter Kidde Portable Equipment, Inc. et al.\n"
	const name = "Pons et al. v. Walter Kidde Portable Equipment, Inc."
	const body = "A class action lawsuit claims the alarms fail.\n"
	for _, c := range []struct {
		text, docket, refers string
	}{
		{head + "Filed: July 10, 2023 ◆§ 3:23-cv-03436-LB\n" + body, "3:23-cv-03436-LB", name},
		{head + "Filed: July 10, 2023 ◆§ 3:23-cv-03436-LB\n" + body + "It follows Hunt v. Sunbeam Products, Inc., a suit about heaters.\n", "3:23-cv-03436-LB", ""},
		{"The court construed the claims under Markman v. Westview Instruments, Inc., 517 U.S. 370 (1996).\nFiled: July 10, 2023 ◆§ 1:05-cv-01135\n", "1:05-cv-01135", ""},
		{head + "Filed: July 10, 2023 ◆§ 3:23-cv-03436-LB\n" + body + "Filed: July 12, 2023 ◆§ 3:23-cv-04410-LB\n", "3:23-cv-03436-LB", ""},
		{head + "No. 3:23-cv-03436-LB\n" + body + "Filed: July 12, 2023 ◆§ 3:23-cv-04410-LB\n", "3:23-cv-04410-LB", ""},
		{head + "Filed in the Superior Court: July 10, 2023 ◆§ 2:23-cv-05123\n" + body, "2:23-cv-05123", ""},
		{head + "Filed in Super. Ct.: July 10, 2023 ◆§ 2:23-cv-05123\n" + body, "2:23-cv-05123", ""},
		{head + body + "The complaint in a second suit, filed by other owners of the alarms last week, is 2:23-cv-05123.\n", "2:23-cv-05123", ""},
		{"Filed: July 10, 2023 ◆§ 3:23-cv-03436-LB\n" + strings.Repeat("The alarms fail to warn of fires.\n", 14) + head + body, "3:23-cv-03436-LB", ""},
		{head + "Appeal from the Superior Court of Alameda\nFiled: July 10, 2023 ◆§ 4:19-cv-00016\n" + body, "4:19-cv-00016", ""},
	} {
		refers := caseRefers(t, c.text)
		got, ok := refers[c.docket]
		if !ok {
			t.Errorf("%q: no docket %s among %v", c.text, c.docket, refers)
		} else if got != c.refers {
			t.Errorf("%q: %s refers to %q, want %q", c.text, c.docket, got, c.refers)
		}
	}
}

// TestCaseLineEnds: a case name does not run over a line break into a
// byline or a headline above a first side with "et al." that opens its
// line, nor into a label that opens the next line; the byline's name ends
// at the break. A list that goes on over the break and a break before a
// word in lower case stay (TestCaseLineEndsCuts has the other guards).
func TestCaseLineEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // TYPE text, of the case and names around it
	}{
		{"Lawsuit Claims DoorDash Misclassified Drivers\nby Erin Shaak\nLinn et al. v. DoorDash, Inc.\nFiled: January 29, 2020 ◆§ 4:20-cv-00666\n",
			[]string{"PERSON Erin Shaak", "CASE Linn et al. v. DoorDash, Inc."}},
		{"IN THE NEBRASKA COURT OF APPEALS\nSCHIEFFER V. SCHIEFFER\nNOTICE: THIS OPINION IS NOT DESIGNATED FOR PERMANENT PUBLICATION\n",
			[]string{"CASE SCHIEFFER V. SCHIEFFER"}},
		{"JOHN SMITH and\nJANE DOE et al. v. ACME CORP.\n",
			[]string{"CASE JOHN SMITH and\nJANE DOE et al. v. ACME CORP."}},
		{"The members of the Cherryfield Church\nof the Open Bible et al. v. Gamma Industries, Inc. case met.\n",
			[]string{"CASE Cherryfield Church\nof the Open Bible et al. v. Gamma Industries, Inc."}},
	} {
		res := stageResult(t, c.text)
		got := map[string]bool{}
		for _, m := range res.Mentions {
			got[m.Type+" "+m.Text] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no %q among %v", c.text, w, got)
			}
		}
	}
}
