package extract_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/text"
)

func chunks(tb testing.TB, doc string, cfg chunk.Config) chunk.Result {
	tb.Helper()
	res, err := chunk.New(cfg).Process(context.Background(), text.Document{Text: doc})
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

func has(ms []extract.Mention, typ, txt string) bool {
	for _, m := range ms {
		if m.Type == typ && strings.Join(strings.Fields(m.Text), " ") == txt {
			return true
		}
	}
	return false
}

// mention is a mention a test wants: its type and its text (whitespace
// runs as one space).
type mention struct{ typ, text string }

// stageResult runs the stage with the shipped model over text, chunked
// with the default configuration.
func stageResult(t *testing.T, text string) extract.Result {
	t.Helper()
	res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// wantMentions runs st on text and requires each of want among its
// mentions.
func wantMentions(t *testing.T, st *extract.Stage, text string, want ...mention) {
	t.Helper()
	res, err := st.Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, res.Mentions, want...)
}

// wantNone requires no mention of ms of type typ whose text bad reports.
func wantNone(t *testing.T, ms []extract.Mention, typ string, bad func(string) bool) {
	t.Helper()
	for _, m := range ms {
		if m.Type == typ && bad(m.Text) {
			t.Errorf("unexpected %s %q", m.Type, m.Text)
		}
	}
}

// wantIn requires each of want among ms.
func wantIn(t *testing.T, ms []extract.Mention, want ...mention) {
	t.Helper()
	for _, w := range want {
		if !has(ms, w.typ, w.text) {
			t.Errorf("missing %s %q in %v", w.typ, w.text, ms)
		}
	}
}

func TestPatterns(t *testing.T) {
	type want = mention
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"dates", "Argued April 23, 2013—Decided June 13, 2013, and on the 27th day of January, 1999, and 01/02/2003.",
			[]want{{extract.TypeDate, "April 23, 2013"}, {extract.TypeDate, "June 13, 2013"}, {extract.TypeDate, "27th day of January, 1999"}, {extract.TypeDate, "01/02/2003"}}},
		{"money", "a loan of $1,250,000.00 and $3 million, or 5,000 dollars.",
			[]want{{extract.TypeMoney, "$1,250,000.00"}, {extract.TypeMoney, "$3 million"}, {extract.TypeMoney, "5,000 dollars"}}},
		{"statutes", "Under Section 408.020 RSMo and 28 U.S.C. § 1291 and Fed. R. Civ. P. 12(b)(6) and Rule 24.035 and §5.05(b)(1).",
			[]want{{extract.TypeLaw, "Section 408.020 RSMo"}, {extract.TypeLaw, "28 U.S.C. § 1291"}, {extract.TypeLaw, "Fed. R. Civ. P. 12(b)(6)"}, {extract.TypeLaw, "Rule 24.035"}, {extract.TypeLaw, "§5.05(b)(1)"}}},
		{"named law", "The Red River Compact and the Commerce Clause govern.",
			[]want{{extract.TypeLaw, "Red River Compact"}, {extract.TypeLaw, "Commerce Clause"}}},
		{"law names with and, with", "under the Religious Land Use and Institutionalized Persons Act and the Americans with Disabilities Act.",
			[]want{{extract.TypeLaw, "Religious Land Use and Institutionalized Persons Act"}, {extract.TypeLaw, "Americans with Disabilities Act"}}},
		{"two laws joined by and", "Under the Fair Housing Act and Rehabilitation Act, they apply.",
			[]want{{extract.TypeLaw, "Fair Housing Act"}, {extract.TypeLaw, "Rehabilitation Act"}}},
		{"a clause and its article", "the Guarantee Clause of Article IV (Count VI) and the Code of Virginia.",
			[]want{{extract.TypeLaw, "Guarantee Clause"}, {extract.TypeLaw, "Article IV"}}},
		{"rules listed after a rule", "the caption pursuant to FRAP 12(a), 32(a).\nFor a petition the Court uses a caption pursuant to FRAP 15(a)\nor 21(a), respectively, and Rule 12(b)(6) and 2020.",
			[]want{{extract.TypeLaw, "FRAP 12(a)"}, {extract.TypeLaw, "32(a)"}, {extract.TypeLaw, "FRAP 15(a)"}, {extract.TypeLaw, "21(a)"}}},
		{"the Constitution", "even in a pandemic, the Constitution cannot be put away; the Constitution's text, and Article I of the Constitution.",
			[]want{{extract.TypeLaw, "Constitution"}, {extract.TypeLaw, "Article I"}}},
		{"codes", "under the Internal Revenue Code and the Texas Insurance Code.",
			[]want{{extract.TypeLaw, "Internal Revenue Code"}, {extract.TypeLaw, "Texas Insurance Code"}}},
		{"a law's date over a line break", "See Act of Dec.\n22, 1980, 94 Stat. 3305.",
			[]want{{extract.TypeLaw, "Act of Dec. 22, 1980"}}},
		{"a section on the next line", "(slip op., at 5); Restatement (Second) of Contracts\n§203(b) (1979).",
			[]want{{extract.TypeLaw, "Restatement (Second) of Contracts §203(b)"}}},
		{"a constitution's clause", `with another State." Art. I, §10, cl. 3. Accordingly`,
			[]want{{extract.TypeLaw, "Art. I, §10, cl. 3"}}},
		{"a code's title on the line before its section", "Persons Act, 42 U.S.C.\n      §§ 2000cc-2000cc-5 (Count X).",
			[]want{{extract.TypeLaw, "42 U.S.C. §§ 2000cc-2000cc-5"}}},
		{"a code's title at the end of the line before", "claims for infringement under 15\n\nU.S.C. §§ 1115 and 1117, under the Social Security Act, 42\nU.S.C. § 1936n(c), which\n14\nU.S.C. § 12 here, and under 40\nC.F.R. § 122.26(b).",
			[]want{{extract.TypeLaw, "15 U.S.C. §§ 1115"}, {extract.TypeLaw, "42 U.S.C. § 1936n(c)"}, {extract.TypeLaw, "U.S.C. § 12"}, {extract.TypeLaw, "40 C.F.R. § 122.26(b)"}}},
		{"a section's lower-case letters", "under 42 U.S.C. § 2000e-2(a) and § 2000each year",
			[]want{{extract.TypeLaw, "42 U.S.C. § 2000e-2(a)"}, {extract.TypeLaw, "§ 2000"}}},
		{"a city's state abbreviated after its comma", "The Morris Township, N.J.-based company; made in Livingston, N.J. and sold.",
			[]want{{extract.TypeLocation, "Morris Township"}, {extract.TypeLocation, "N.J."}, {extract.TypeLocation, "Livingston"}}},
		{"the Code's title without its last period or with \"Sec.\"", "under 28 U.S.C § 1367, and 42 U.S.C. Sec. 1395nn.1 The defendants; 15 U.S.C. 78j(b) too; 42 U.S.C §§ 1981-1988 and 42 U.S.C. Secs. 2000e-2000e-17.",
			[]want{{extract.TypeLaw, "28 U.S.C § 1367"}, {extract.TypeLaw, "42 U.S.C. Sec. 1395nn"}, {extract.TypeLaw, "15 U.S.C. 78j(b)"}, {extract.TypeLaw, "42 U.S.C §§ 1981-1988"},
				{extract.TypeLaw, "42 U.S.C. Secs. 2000e-2000e-17"}}},
		{"the Code's title spaced without its last period", "under 42 U. S. C § 1983 and so on.",
			[]want{{extract.TypeLaw, "42 U. S. C § 1983"}}},
		{"a section's letter before its subsections", "review under id. Sec. 437g(a)(8)(B), the court concluded",
			[]want{{extract.TypeLaw, "Sec. 437g(a)(8)(B)"}}},
		{"New York's v without a period", "Here, as in Village Green Mishawaka Holdings, LLC v Romanoff (Sup Ct, NY County 2019), the motion fails; see Matter of Smith v Jones, 12 NY3d 45.",
			[]want{{extract.TypeCase, "Village Green Mishawaka Holdings, LLC v Romanoff"}, {extract.TypeCase, "Matter of Smith v Jones"}}},
		{"accented parties", "Soc'y of N.Y., Inc. v. Colombani, 712 F.3d 6, 12 (1st Cir. 2013); Fideicomiso De La Tierra Del Caño Martín Peña v. Fortuño, 582 F.3d 131, 133 (1st Cir. 2009).",
			[]want{{extract.TypeCase, "Soc'y of N.Y., Inc. v. Colombani"}, {extract.TypeCase, "Fideicomiso De La Tierra Del Caño Martín Peña v. Fortuño"}}},
		{"a docket label's colon set apart", "Re: Case No. 17-3994, Island Creek Coal Company v. Linda Hill, et al\n    Originating Case No. : 16-0556\n",
			[]want{{extract.TypeCase, "17-3994"}, {extract.TypeCase, "16-0556"}}},
		{"a court's citation form a line break cuts", "See First Am. Title Co. of El Paso v. Prata, 783 S.W.2d 697, 701 (Tex.\n   App.—El Paso 1989); Cruz v. Andrews.",
			[]want{{extract.TypeCourt, "Tex. App.—El Paso"}}},
		{"a docket number a line break cuts after a hyphen", "summary judgment for the\nOWRB. See No. CIV-07-\n0045-HE, 2010 WL 2817220, *4 (WD Okla., July 16,\n2010); see also No. 17-\nOctober 2010.",
			[]want{{extract.TypeCase, "CIV-07- 0045-HE"}, {extract.TypeCase, "2010 WL 2817220"}}},
		{"a citation's abbreviation inside a party", "before then-District Judge Diana Murphy. Kansas City S. Transp. Co. v. Teamsters Local, 95 F.3d 1 (8th Cir. 1996).",
			[]want{{extract.TypeCase, "Kansas City S. Transp. Co. v. Teamsters Local"}}},
		{"a docket number with a division and a judge", "Opinion\n\nNo. CV-12-01543-PHX-JAT.\n\n2014-05-19\n",
			[]want{{extract.TypeCase, "CV-12-01543-PHX-JAT"}}},
		{"the Northern District of Illinois' dockets", "Appeals from the United States District Court for the Northern District of Illinois, Eastern Division. Nos. 94 C 5727 & 00 C 3192—John A. Nordberg, Judge.",
			[]want{{extract.TypeCase, "94 C 5727"}, {extract.TypeCase, "00 C 3192"}}},
		{"a citation a line break cuts", "Oklahoma, 501 U. S., at 235; Texas v. New Mexico, 462 U. S.\n554, 565 (1983).",
			[]want{{extract.TypeCase, "Texas v. New Mexico"}, {extract.TypeCase, "462 U. S. 554"}}},
		{"sections listed after sections", "under Code Civ. Proc. §§ 430.30, 430.70 and 42 U.S.C. §§ 1983 and 1985(3); the Compact, §§5.01(a), 5.02(a), 1 App. 22–24.",
			[]want{{extract.TypeLaw, "Code Civ. Proc. §§ 430.30"}, {extract.TypeLaw, "430.70"}, {extract.TypeLaw, "42 U.S.C. §§ 1983"}, {extract.TypeLaw, "1985(3)"},
				{extract.TypeLaw, "§§5.01(a)"}, {extract.TypeLaw, "5.02(a)"}}},
		{"a footnote's number after a section", "a motion under Code of Civil Procedure section 425.16.1 We determine that West may not.",
			[]want{{extract.TypeLaw, "Code of Civil Procedure section 425.16"}}},
		{"a list of companies", "CARING, INC., Caring Residential Services, Inc., Caringhouse Projects, Inc., Caring Medical Day Services, Inc., Defendants.",
			[]want{{extract.TypeOrg, "CARING, INC."}, {extract.TypeOrg, "Caring Residential Services, Inc."}, {extract.TypeOrg, "Caringhouse Projects, Inc."}, {extract.TypeOrg, "Caring Medical Day Services, Inc."}}},
		{"web pages' dates", "Upload: trinhxuyen\n\nPost on 27-Mar-2018\n\nOct 15, 2020\n(Aug. 9,1996)",
			[]want{{extract.TypeDate, "27-Mar-2018"}, {extract.TypeDate, "Oct 15, 2020"}, {extract.TypeDate, "Aug. 9,1996"}}},
		{"et al before v.", "RE: Christopher Mielo, et al v. Steak N Shake Operations Inc\n\nEnclosed is",
			[]want{{extract.TypeCase, "Christopher Mielo, et al v. Steak N Shake Operations Inc"}, {extract.TypePerson, "Christopher Mielo"}}},
		{"the first party's legal form before a line break", "See Acme Widgets LLC\nv. Beta Holdings Inc\nCase Number: 17-2678",
			[]want{{extract.TypeCase, "Acme Widgets LLC v. Beta Holdings Inc"}}},
		{"a particle in a party's name", "See Fidelity Fed. Sav. & Loan Assn. v. De\nla Cuesta, 458 U. S. 141.",
			[]want{{extract.TypeCase, "Fidelity Fed. Sav. & Loan Assn. v. De la Cuesta"}}},
		{"a party's name over \"for\"", "See Sanderson v. U.S. Ctr. for Safesport, Inc., 1 F.4th 2 (10th Cir. 2022); Acme v. Wired for Sound, Inc., 3 F.3d 4 (2d Cir. 1999); in Roe v. Wade for Appellant, and Doe v. Bolton for the reasons.",
			[]want{{extract.TypeCase, "Sanderson v. U.S. Ctr. for Safesport, Inc."}, {extract.TypeCase, "Acme v. Wired for Sound, Inc."}, {extract.TypeCase, "Roe v. Wade"}, {extract.TypeCase, "Doe v. Bolton"}}},
		{"case names and dockets", "See Texas v. New Mexico, 482 U. S. 124. No. 19-1392 and No. ED108783.",
			[]want{{extract.TypeCase, "Texas v. New Mexico"}, {extract.TypeCase, "482 U. S. 124"}, {extract.TypeCase, "19-1392"}, {extract.TypeCase, "ED108783"}}},
		{"a caption's parties", "Texas v. New Mexico\nThe special master's report is adopted.",
			[]want{{extract.TypeCase, "Texas v. New Mexico"}, {extract.TypeLocation, "Texas"}, {extract.TypeLocation, "New Mexico"}}},
		{"legal form after a line break", "12(b)(6); Innova Hosp. San Antonio,\nL.P. v. Blue Cross & Blue Shield of Ga., Inc., 892 F.3d 719, 726 (5th Cir. 2018).",
			[]want{{extract.TypeCase, "Innova Hosp. San Antonio, L.P. v. Blue Cross & Blue Shield of Ga., Inc."}}},
		{"courts", "the Supreme Court of the United States, the United States Court of Appeals for the First Circuit, the Missouri Court of Appeals and the District Court for the Western District of Oklahoma.",
			[]want{{extract.TypeCourt, "Supreme Court of the United States"}, {extract.TypeCourt, "United States Court of Appeals for the First Circuit"}, {extract.TypeCourt, "Missouri Court of Appeals"}, {extract.TypeCourt, "District Court for the Western District of Oklahoma"}}},
		{"titles", "Chief Justice Roberts, Justice Sotomayor, Judge Jane Doe and Mr. Smith spoke.",
			[]want{{extract.TypePerson, "Roberts"}, {extract.TypePerson, "Sotomayor"}, {extract.TypePerson, "Jane Doe"}, {extract.TypePerson, "Smith"}}},
		{"panel", "Angela T. Quigless, P.J., Kurt S. Odenwald, J., and James M. Dowd, J.",
			[]want{{extract.TypePerson, "Angela T. Quigless"}, {extract.TypePerson, "Kurt S. Odenwald"}, {extract.TypePerson, "James M. Dowd"}}},
		{"organisations", "Silicon Valley Bank lent to Acme Widgets, Inc. and the Department of Revenue sued Foo Holdings LLC.",
			[]want{{extract.TypeOrg, "Silicon Valley Bank"}, {extract.TypeOrg, "Acme Widgets, Inc."}, {extract.TypeOrg, "Department of Revenue"}, {extract.TypeOrg, "Foo Holdings LLC"}}},
		{"a sentence's end before a case name", "a bench trial before then-District Judge Diana Murphy. Evans v. Ford Motor Co., 768 F. Supp. 1318 (D. Minn. 1991).",
			[]want{{extract.TypeCase, "Evans v. Ford Motor Co."}, {extract.TypePerson, "Diana Murphy"}}},
		{"an Act's words before \"to\"", "under the Equal Access to Justice Act (EAJA), 28 U.S.C. 2412.",
			[]want{{extract.TypeLaw, "Equal Access to Justice Act"}}},
		{"a section numbered with dots", "in violation of section 9A.44.079, categorically",
			[]want{{extract.TypeLaw, "section 9A.44.079"}}},
		{"the sentencing guidelines", "an enhancement under U.S.S.G. 2L1.2(b)(1)(A)(ii) and U.S.S.G. § 3B1.1(b).",
			[]want{{extract.TypeLaw, "U.S.S.G. 2L1.2(b)(1)(A)(ii)"}, {extract.TypeLaw, "U.S.S.G. § 3B1.1(b)"}}},
		{"a party named with the Bluebook's abbreviations", "Purdue Pharma L.P. v. Collegium Pharm., No. 2022-1482 (Fed. Cir. 2023).",
			[]want{{extract.TypeOrg, "Collegium Pharm"}}},
		{"a docket after a case's name", "Medical Dev. Int'l. v. Cal. Dept. of Corr., No. 08-15759 (9th Cir. 2009).",
			[]want{{extract.TypeCase, "Medical Dev. Int'l. v. Cal. Dept. of Corr"}, {extract.TypeOrg, "Medical Dev. Int'l."}}},
		{"a caption with roles on one line", "AIRWAY INSURANCE COMPANY, Petitioner, v. HANK'S FLITE CENTER, INC., Respondent.\n",
			[]want{{extract.TypeCase, "AIRWAY INSURANCE COMPANY, Petitioner, v. HANK'S FLITE CENTER, INC."}, {extract.TypeOrg, "HANK'S FLITE CENTER, INC."}}},
		{"a caption with roles under a heading", "STATE OF NEW ALDERSHIRE\nQUILLFEATHER CAPITAL PARTNERS LLC, Plaintiff, v. HALVORSEN MARITIME LOGISTICS, INC., Defendant.\n",
			[]want{{extract.TypeCase, "QUILLFEATHER CAPITAL PARTNERS LLC, Plaintiff, v. HALVORSEN MARITIME LOGISTICS, INC."}}},
		{"a state court's docket numbers", "No. 07-19-00147-CV, on appeal from Trial Court No. 2012-501,599.",
			[]want{{extract.TypeCase, "07-19-00147-CV"}, {extract.TypeCase, "2012-501,599"}}},
		{"New York's caption and docket", "ASHLEY PRENDERGAST, Plaintiff, -against- PORT AUTHORITY OF NEW YORK AND NEW JERSEY, ET AL., Defendants.\n04 Civ. 1279 (SCR).\n",
			[]want{{extract.TypeCase, "ASHLEY PRENDERGAST, Plaintiff, -against- PORT AUTHORITY OF NEW YORK AND NEW JERSEY"}, {extract.TypeCase, "04 Civ. 1279"}}},
		{"a title of an Act", "pursuant to Title VII of the Civil Rights Act of 1964, 42 U.S.C. §§ 2000e et seq., and Section 505 of the Rehabilitation Act.",
			[]want{{extract.TypeLaw, "Title VII of the Civil Rights Act of 1964"}, {extract.TypeLaw, "Section 505 of the Rehabilitation Act"}}},
		{"a section's subsection after a space", "certification pursuant to Section 9 (c) of the National Labor Relations Act, 49 Stat. 449, and Section 5 (1) of the Act.",
			[]want{{extract.TypeLaw, "Section 9 (c) of the National Labor Relations Act"}, {extract.TypeLaw, "Section 5 (1) of the Act"}}},
		{"a court of appeals in a research site's field", "Decision Date14 March 2002\nCourtU.S. Court of Appeals - Third Circuit\n",
			[]want{{extract.TypeCourt, "Court of Appeals - Third Circuit"}}},
		{"an organisation's word in a case's party", "Crawfish Processors Alliance v. United States, 05-00045 (2006)\n",
			[]want{{extract.TypeOrg, "Crawfish Processors Alliance"}}},
		{"an acronym's party", "Chukwueze v. NYCERS\nThe complaint is dismissed (S.D.N.Y. 2012).",
			[]want{{extract.TypeOrg, "NYCERS"}}},
		{"a surname in a caption in capitals", "TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL.\n",
			[]want{{extract.TypePerson, "HERRMANN"}}},
		{"a circuit after a comma", "No. 99-1842.\n\nUnited States Court of Appeals, For the First Circuit.\n",
			[]want{{extract.TypeCourt, "United States Court of Appeals, For the First Circuit"}}},
		{"a circuit on the next line", "No. 724, Docket 93-6133.\nUnited States Court of Appeals,\nSecond Circuit.\nArgued Nov. 17, 1993.\n",
			[]want{{extract.TypeCourt, "United States Court of Appeals, Second Circuit"}}},
		{"a circuit after blank lines", "No. 86-1308.\n\nUnited States Court of Appeals,\n\n\n\nTenth Circuit.\nSept. 28, 1987.\n",
			[]want{{extract.TypeCourt, "United States Court of Appeals, Tenth Circuit"}}},
		{"a circuit in parentheses", "CourtUnited States Courts of Appeals. United States Court of Appeals (6th Circuit)\n\nUnited States Court of Appeals (District of Columbia)\n\nUnited States Court of Appeals (D.C. Circuit)\n",
			[]want{{extract.TypeCourt, "United States Court of Appeals (6th Circuit)"}, {extract.TypeCourt, "United States Court of Appeals (District of Columbia)"},
				{extract.TypeCourt, "United States Court of Appeals (D.C. Circuit)"}}},
		{"the United States as a litigant, versus", "No. 06-4963 UNITED STATES OF AMERICA, Plaintiff - Appellee, versus JESSE ROBINSON, Defendant - Appellant.",
			[]want{{extract.TypeCase, "UNITED STATES OF AMERICA, Plaintiff - Appellee, versus JESSE ROBINSON"}, {extract.TypeOrg, "UNITED STATES OF AMERICA"}}},
		{"a bankruptcy case's number", "Civ. A. No. 93-4205-DES. Bankr. No. 86-41407-7C. Adv. No. 87-0159.",
			[]want{{extract.TypeCase, "86-41407-7C"}}},
		{"a proceeding for a child", "No. 07-19-00147-CV\n\nIN THE INTEREST OF L.M.B., A CHILD\n\nOn Appeal",
			[]want{{extract.TypeCase, "IN THE INTEREST OF L.M.B., A CHILD"}}},
		{"a case name alone on its line", "Torres v. State\nTexas 14th Court of Appeals\nOctober 17, 2019\n",
			[]want{{extract.TypeCase, "Torres v. State"}, {extract.TypeCourt, "Texas 14th Court of Appeals"}}},
		{"a running head over the document's kind", "5178               DOYLE v. CITY OF MEDFORD\nORDER\nPlaintiffs, who are former employees, appeal.\nSMITH v. FRATERNAL\nORDER OF POLICE, Defendant.\n",
			[]want{{extract.TypeCase, "DOYLE v. CITY OF MEDFORD"}, {extract.TypeCase, "SMITH v. FRATERNAL ORDER OF POLICE"}}},
		{"a national bank's legal form", "and WACHOVIA BANK, NATIONAL ASSOCIATION, as administrative agent for the Lenders.",
			[]want{{extract.TypeOrg, "WACHOVIA BANK, NATIONAL ASSOCIATION"}}},
		{"a panel's opening word", "Before LOWENSTEIN, P.J., and SHANGLER and MANFORD, JJ.\n",
			[]want{{extract.TypePerson, "LOWENSTEIN"}, {extract.TypePerson, "SHANGLER"}, {extract.TypePerson, "MANFORD"}}},
		{"state codes' forms", "Under OCGA § 9-11-9.1 and the § 9-11-9.1 affidavit, § 806.04, STATS., and Fla. Admin. Code R. 61A-5.0105(2), Mich. Admin. Code r. 408.10.",
			[]want{{extract.TypeLaw, "OCGA § 9-11-9.1"}, {extract.TypeLaw, "§ 9-11-9.1"}, {extract.TypeLaw, "§ 806.04, STATS."},
				{extract.TypeLaw, "Fla. Admin. Code R. 61A-5.0105(2)"}, {extract.TypeLaw, "Mich. Admin. Code r. 408.10"}}},
		{"sections listed over a line break, a rule defined by its initials", "12 U.S.C. §§ 5531(a),\n5536(a)(1)(B); the Telemarketing Sales Rule (TSR) applies.",
			[]want{{extract.TypeLaw, "12 U.S.C. §§ 5531(a)"}, {extract.TypeLaw, "5536(a)(1)(B)"}, {extract.TypeLaw, "Telemarketing Sales Rule"}}},
		{"an amount under a dollar without its zero, pounds and euros", "common stock, par value $.001 per share, and $.01 each; a fee of £3,000 and €2.5 million.",
			[]want{{extract.TypeMoney, "$.001"}, {extract.TypeMoney, "$.01"}, {extract.TypeMoney, "£3,000"}, {extract.TypeMoney, "€2.5 million"}}},
		{"an article or a Commonwealth section of a named law, an Act's year without of", "Article 9 of the Uniform Commercial Code applies, as do s. 69 of the Arbitration Act 1996, the Companies Act, 1956, and Art. 5 of the Civil Code.\nUnder Mass. Gen. Laws ch. 93A the rest.",
			[]want{{extract.TypeLaw, "Article 9 of the Uniform Commercial Code"}, {extract.TypeLaw, "s. 69 of the Arbitration Act 1996"}, {extract.TypeLaw, "Companies Act, 1956"},
				{extract.TypeLaw, "Art. 5 of the Civil Code"}}},
		{"the Commonwealth's neutral citations and law reports", "See R v Jogee [2016] UKSC 8, Donoghue v Stevenson [1932] AC 562 (HL), Smith v Jones [2008] FCA 123, " +
			"Baldev Singh v. Shinder Pal Singh, [2006] INSC 673, State of Punjab v. Gurmit Singh, (1996) 2 SCC 384, and AIR 1950 SC 27.",
			[]want{{extract.TypeCase, "[2016] UKSC 8"}, {extract.TypeCase, "[1932] AC 562"}, {extract.TypeCase, "[2008] FCA 123"}, {extract.TypeCase, "[2006] INSC 673"},
				{extract.TypeCase, "(1996) 2 SCC 384"}, {extract.TypeCase, "AIR 1950 SC 27"}}},
		{"a court between a case-law site's bars", "115 F.R.D. 175 | D. Nev. | 1987\n297 A.2d 735 | Md. | 1972\nCourt No. 95-01-00036 | Ct. Intl. Trade | Aug 20, 1996\n",
			[]want{{extract.TypeCourt, "D. Nev."}, {extract.TypeCourt, "Md."}, {extract.TypeCourt, "Ct. Intl. Trade"}}},
		{"a convention's article, the name ending before the next provision", "Article 8 of the European Convention on Human Rights and Article 8 ECHR apply; so do the Hague Convention on the Civil Aspects of International Child Abduction and Article 13.",
			[]want{{extract.TypeLaw, "Article 8 of the European Convention on Human Rights"}, {extract.TypeLaw, "Hague Convention on the Civil Aspects of International Child Abduction"}}},
		{"an Act's first words' commas without the serial comma", "The claims arise under the Federal Insecticide, Fungicide and Rodenticide Act; he cited the Sherman Act, Clayton Act and Robinson-Patman Act.",
			[]want{{extract.TypeLaw, "Federal Insecticide, Fungicide and Rodenticide Act"}, {extract.TypeLaw, "Sherman Act"}, {extract.TypeLaw, "Clayton Act"}, {extract.TypeLaw, "Robinson-Patman Act"}}},
		{"a state's rules by their kind, New York's CPLR", "Indiana Professional Conduct Rule 1.7, Indiana Appellate Rule 17(A), Evidence Rule 403 and CPLR Rule 2219(a) apply.",
			[]want{{extract.TypeLaw, "Indiana Professional Conduct Rule 1.7"}, {extract.TypeLaw, "Indiana Appellate Rule 17(A)"}, {extract.TypeLaw, "Evidence Rule 403"}, {extract.TypeLaw, "CPLR Rule 2219(a)"}}},
		{"the Commonwealth's courts by their usual names", "The Court of Appeal for Ontario, the Federal Court of Australia, the High Court of Justice, the Upper Tribunal (Immigration and Asylum Chamber), the Bombay High Court and the Court of Queen's Bench of Alberta.",
			[]want{{extract.TypeCourt, "Court of Appeal for Ontario"}, {extract.TypeCourt, "Federal Court of Australia"}, {extract.TypeCourt, "High Court of Justice"},
				{extract.TypeCourt, "Upper Tribunal (Immigration and Asylum Chamber)"}, {extract.TypeCourt, "Bombay High Court"}, {extract.TypeCourt, "Court of Queen's Bench of Alberta"}}},
		{"amounts in words, by their country's dollar, a glued scale, a code or rupees", "He paid forty dollars, twenty-five cents, a million dollars and Sixteen Thousand Five Hundred Dollars, " +
			"not several hundred thousand dollars; C$7,500, HK$2 million, $1.2bn, $5k, US$250m, €2.5m, USD 5m, CAD 5,000, Rs. 10,00,000, ₹5 lakh, ¥500,000 and 5 million euros.",
			[]want{{extract.TypeMoney, "forty dollars"}, {extract.TypeMoney, "twenty-five cents"}, {extract.TypeMoney, "a million dollars"}, {extract.TypeMoney, "Sixteen Thousand Five Hundred Dollars"},
				{extract.TypeMoney, "C$7,500"}, {extract.TypeMoney, "HK$2 million"}, {extract.TypeMoney, "$1.2bn"}, {extract.TypeMoney, "$5k"},
				{extract.TypeMoney, "US$250m"}, {extract.TypeMoney, "€2.5m"}, {extract.TypeMoney, "USD 5m"}, {extract.TypeMoney, "CAD 5,000"},
				{extract.TypeMoney, "Rs. 10,00,000"}, {extract.TypeMoney, "₹5 lakh"}, {extract.TypeMoney, "¥500,000"}, {extract.TypeMoney, "5 million euros"}}},
		{"a currency's code or a sign set apart from the figures, currencies by their names, cents in figures", "Grindr was fined NOK 65 million (approximately € 5,8 million); bail of 2 billion rubles, " +
			"2.4 billion baht and 2.5 million US dollars; the fee rose 35 cents, gum cost 25¢, a share CDN$40.50 and a stamp 2000 yen.",
			[]want{{extract.TypeMoney, "NOK 65 million"}, {extract.TypeMoney, "€ 5,8 million"}, {extract.TypeMoney, "2 billion rubles"}, {extract.TypeMoney, "2.4 billion baht"},
				{extract.TypeMoney, "2.5 million US dollars"}, {extract.TypeMoney, "35 cents"}, {extract.TypeMoney, "25¢"}, {extract.TypeMoney, "CDN$40.50"}, {extract.TypeMoney, "2000 yen"}}},
		{"a union with its local and federation", "Barkus Bakery and Bakery, Confectionery and Tobacco Workers International Union, Local 12, AFL-CIO-CLC.",
			[]want{{extract.TypeOrg, "Bakery, Confectionery and Tobacco Workers International Union, Local 12, AFL-CIO-CLC"}}},
		{"the Commission's rules", "Rule 10b-5 thereunder and Rule 405 of the Securities Act of 1933 apply, as does Rule 56.",
			[]want{{extract.TypeLaw, "Rule 10b-5"}, {extract.TypeLaw, "Rule 405 of the Securities Act of 1933"}, {extract.TypeLaw, "Rule 56"}}},
		{"the Commission's rules with their paragraphs", "Rule 15c1-2(b) thereunder and Rule 14a-8(i)(7) apply.",
			[]want{{extract.TypeLaw, "Rule 15c1-2(b)"}, {extract.TypeLaw, "Rule 14a-8(i)(7)"}}},
		{"a union's local in a case name, a district's division and judge after a docket", "See Kansas City S. Transp. Co. v. Teamsters Local No. 41, No. 96-0823-CV-W-2 (W.D. Mo. 1996).",
			[]want{{extract.TypeCase, "Kansas City S. Transp. Co. v. Teamsters Local No. 41"}, {extract.TypeCase, "96-0823-CV-W-2"}}},
		{"a union's local without No. in a case name", "See Summerville v. Local 77, 142 F. App'x 762 (4th Cir. 2005), and Smith v. Teamsters Local 115.",
			[]want{{extract.TypeCase, "Summerville v. Local 77"}, {extract.TypeCase, "Smith v. Teamsters Local 115"}}},
		{"a marriage's caption with the spouses' roles on their lines", "IN RE THE MARRIAGE OF:\nKATHERINE R. SMITH, Petitioner and Appellee,\nand\nDANIEL J. SMITH, Respondent and Appellant.\n",
			[]want{{extract.TypeCase, "IN RE THE MARRIAGE OF: KATHERINE R. SMITH, Petitioner and Appellee, and DANIEL J. SMITH"}, {extract.TypePerson, "KATHERINE R. SMITH"}, {extract.TypePerson, "DANIEL J. SMITH"}}},
		{"courts' and boards' docket forms", "No. ACM 39425; NMCCA 201400240; ARMY 20150123; Crim. App. No. 20160196; No. 20160876-CA; DA 17-0456; No. 119,876; 2019COA122; Case IPR2014-00237; Appeal No. 2021003456.",
			[]want{{extract.TypeCase, "ACM 39425"}, {extract.TypeCase, "201400240"}, {extract.TypeCase, "20150123"}, {extract.TypeCase, "20160196"}, {extract.TypeCase, "20160876-CA"},
				{extract.TypeCase, "DA 17-0456"}, {extract.TypeCase, "119,876"}, {extract.TypeCase, "2019COA122"}, {extract.TypeCase, "IPR2014-00237"}, {extract.TypeCase, "2021003456"}}},
		{"a Federal Register notice's header over its case", "DEPARTMENT OF JUSTICE\nAntitrust Division\nUnited States v. Anheuser-Busch InBev SA/NV, et al.; Proposed Final Judgment\n",
			[]want{{extract.TypeCase, "United States v. Anheuser-Busch InBev SA"}, {extract.TypeOrg, "Anheuser-Busch InBev SA/NV"}, {extract.TypeOrg, "DEPARTMENT OF JUSTICE"}}},
		{"military justice's code and services", "in violation of Article 134, UCMJ, and Article 120, Uniform Code of Military Justice. For Appellant: Major Meghan R. Glines-Barney, USAF; Lieutenant William L. Geraty, JAGC, USN.",
			[]want{{extract.TypeLaw, "Article 134, UCMJ"}, {extract.TypeLaw, "Article 120, Uniform Code of Military Justice"}, {extract.TypeOrg, "USAF"}, {extract.TypeOrg, "JAGC"}, {extract.TypeOrg, "USN"}}},
		{"the Trade Commission's investigation", "In the Matter of\n\nCERTAIN MOBILE ELECTRONIC DEVICES AND RADIO FREQUENCY AND\nPROCESSING COMPONENTS THEREOF\n\nInvestigation No. 337-TA-1065\n",
			[]want{{extract.TypeCase, "In the Matter of CERTAIN MOBILE ELECTRONIC DEVICES AND RADIO FREQUENCY AND PROCESSING COMPONENTS THEREOF"}, {extract.TypeCase, "337-TA-1065"}}},
		{"banks named in Spanish and French", "deposits at Banco Popular de Puerto Rico, Banco Bilbao Vizcaya Argentaria and the Banque de France. The banco.",
			[]want{{extract.TypeOrg, "Banco Popular de Puerto Rico"}, {extract.TypeOrg, "Banco Bilbao Vizcaya Argentaria"}, {extract.TypeOrg, "Banque de France"}}},
		{"Indiana's rules by their kind, New York's spaced subsections", "Under Ind. Trial Rule 12(B)(6) and Ind. Appellate Rule 65(D); CPLR 3211 (a) (7) and CPLR 3101 (d) (1) (iii) apply.",
			[]want{{extract.TypeLaw, "Ind. Trial Rule 12(B)(6)"}, {extract.TypeLaw, "Ind. Appellate Rule 65(D)"}, {extract.TypeLaw, "CPLR 3211 (a) (7)"}, {extract.TypeLaw, "CPLR 3101 (d) (1) (iii)"}}},
		{"an FCC order's caption, its station and an airport", "Click here for Microsoft Word version\nBefore the\nFederal Communications Commission\n)\nIn the Matter of File No.: EB-07-IH-5266\n)\nCESAR CHAVEZ FOUNDATION NAL/Account No.:\n" +
			"Licensee of Station KUFW(FM), Woodlake, California\nThe licensee of WTOP-FM and Station WZNT flew from John F. Kennedy International Airport.",
			[]want{{extract.TypeCase, "EB-07-IH-5266"}, {extract.TypeOrg, "KUFW(FM)"}, {extract.TypeOrg, "WTOP-FM"}, {extract.TypeOrg, "WZNT"}, {extract.TypeLocation, "John F. Kennedy International Airport"}}},
		{"a case whose first party ends in Jr.", "Marcus T. Bell, Jr. v. Lakeview School District\n\nThe court held.",
			[]want{{extract.TypeCase, "Marcus T. Bell, Jr. v. Lakeview School District"}}},
		{"the Constitution's amendments listed", "He sued for violations of the First and Fourteenth Amendments.",
			[]want{{extract.TypeLaw, "First"}, {extract.TypeLaw, "Fourteenth Amendments"}}},
		{"an election commission's matters", "The Commission closed MUR 7012 and MURs 6815 and 6903.",
			[]want{{extract.TypeCase, "7012"}, {extract.TypeCase, "6815"}, {extract.TypeCase, "6903"}}},
		{"a tribal court's docket and reporter", "No. SC-CV-12-14\n\nSee Begay v. Navajo Nation, 5 Nav. R. 143 (Nav. Sup. Ct. 1987).",
			[]want{{extract.TypeCase, "SC-CV-12-14"}, {extract.TypeCase, "5 Nav. R. 143"}}},
		{"a state's secretary of state", "The certificate was filed with the Secretary of State of the State of Delaware on May 1, 2020.",
			[]want{{extract.TypeOrg, "Secretary of State of the State of Delaware"}}},
		{"a Tennessee court's seat", "IN THE COURT OF APPEALS OF TENNESSEE\nAT NASHVILLE\n\nThe Court of Criminal Appeals of Tennessee at Jackson affirmed.",
			[]want{{extract.TypeCourt, "COURT OF APPEALS OF TENNESSEE AT NASHVILLE"}, {extract.TypeCourt, "Court of Criminal Appeals of Tennessee at Jackson"}}},
		{"state courts' rules by their state and court", "Under Mich. Ct. R. 2.116(C)(10) and MCR 2.116(C)(8), Del. Super. Ct. Civ. R. 12(b)(6), Ill. S. Ct. R. 23, N.J. Ct. R. 4:6-2(e), Md. Rule 2-501, Fed. R. Civ. P. 56(a).",
			[]want{{extract.TypeLaw, "Mich. Ct. R. 2.116(C)(10)"}, {extract.TypeLaw, "MCR 2.116(C)(8)"}, {extract.TypeLaw, "Del. Super. Ct. Civ. R. 12(b)(6)"}, {extract.TypeLaw, "Ill. S. Ct. R. 23"},
				{extract.TypeLaw, "N.J. Ct. R. 4:6-2(e)"}, {extract.TypeLaw, "Md. Rule 2-501"}, {extract.TypeLaw, "Fed. R. Civ. P. 56(a)"}}},
		{"a local law's number", "This Ordinance No. 2016-01 amends Resolution No. 2019-45.",
			[]want{{extract.TypeLaw, "Ordinance No. 2016-01"}, {extract.TypeLaw, "Resolution No. 2019-45"}}},
		{"a council's vote", "AYES: (6) Mayor Schwedhelm, Vice Mayor Rogers, Council Members Combs, Fleming, Sawyer, Tibbetts\nNOES: (0)\n",
			[]want{{extract.TypePerson, "Schwedhelm"}, {extract.TypePerson, "Rogers"}, {extract.TypePerson, "Combs"}, {extract.TypePerson, "Tibbetts"}}},
		{"Incorporated written out", "GREAT AMERICAN INSURANCE COMPANY,\nPlaintiff - Appellee\nv.\nACADIAN CONTRACTORS, INCORPORATED; LIBERTY MUTUAL FIRE INSURANCE COMPANY,\nDefendants - Appellants\n\nThe insurer paid Acme Widget Co., Incorporated in full.",
			[]want{{extract.TypeOrg, "ACADIAN CONTRACTORS, INCORPORATED"}, {extract.TypeOrg, "Acme Widget Co., Incorporated"}}},
		{"dockets' codes after a hyphen", "Case No. 30-2014-00712345-CU-WT-CJC; Docket No. 4567-MC; Trial Court No. 323-107654-18; No. 2:19-cv-01234-ODW-SKx; Agency No. 200P-0664-2018104567.",
			[]want{{extract.TypeCase, "30-2014-00712345-CU-WT-CJC"}, {extract.TypeCase, "4567-MC"}, {extract.TypeCase, "323-107654-18"}, {extract.TypeCase, "2:19-cv-01234-ODW-SKx"},
				{extract.TypeCase, "200P-0664-2018104567"}}},
		{"Treasury regulations as the Tax Court cites them", "See Treas. Reg. sec. 1.183-2(b); Treas. Reg. § 1.183-2(b); sec. 1.183-2(b)(1), Income Tax Regs.; sec. 301.6501(c)-1, Proced. & Admin. Regs.",
			[]want{{extract.TypeLaw, "Treas. Reg. sec. 1.183-2(b)"}, {extract.TypeLaw, "Treas. Reg. § 1.183-2(b)"}, {extract.TypeLaw, "sec. 1.183-2(b)(1), Income Tax Regs."},
				{extract.TypeLaw, "sec. 301.6501(c)-1, Proced. & Admin. Regs."}}},
		{"a business and the country as a caption's parties", "ACADEMY FACILITIES MANAGEMENT, Plaintiff,\nv.\nTHE UNITED STATES, Defendant.\n",
			[]want{{extract.TypeOrg, "ACADEMY FACILITIES MANAGEMENT"}, {extract.TypeOrg, "THE UNITED STATES"}}},
		{"two petitioners in capitals, under the court's name", "UNITED STATES TAX COURT\nROBERT J. KELLY AND LINDA M. KELLY, Petitioners v. COMMISSIONER OF INTERNAL REVENUE, Respondent\n",
			[]want{{extract.TypeCourt, "UNITED STATES TAX COURT"}, {extract.TypeCase, "ROBERT J. KELLY AND LINDA M. KELLY, Petitioners v. COMMISSIONER OF INTERNAL REVENUE"},
				{extract.TypePerson, "ROBERT J. KELLY"}, {extract.TypePerson, "LINDA M. KELLY"}}},
		{"a company and a person respondents, the person's name after the ninth word", "In the Matter of\nBLUE ORCHID CAPITAL MANAGEMENT, LLC and JAMES R. HALVORSEN,\nRespondents.\n",
			[]want{{extract.TypeOrg, "BLUE ORCHID CAPITAL MANAGEMENT, LLC"}, {extract.TypePerson, "JAMES R. HALVORSEN"}}},
		{"an SEC rule's number after its paragraph", "violated Rule 206(4)-8 under the Advisers Act and Rule 10b-5 and Rule 15c3-3(e).",
			[]want{{extract.TypeLaw, "Rule 206(4)-8"}, {extract.TypeLaw, "Rule 10b-5"}, {extract.TypeLaw, "Rule 15c3-3(e)"}}},
		{"a workers' compensation board's caption", "MARIA LOPEZ, Applicant,\nvs.\nWALMART STORES, INC., permissibly self-insured, Defendants.\n",
			[]want{{extract.TypePerson, "MARIA LOPEZ"}, {extract.TypeOrg, "WALMART STORES, INC."}}},
		{"a board's caption on one line", "MARIA LOPEZ, Applicant, vs. WALMART STORES, INC., Defendants.\n",
			[]want{{extract.TypeCase, "MARIA LOPEZ, Applicant, vs. WALMART STORES, INC."}, {extract.TypePerson, "MARIA LOPEZ"}}},
		{"a tribe as a caption's party, New Mexico's docket", "NAVAJO NATION, a federally recognized Indian tribe,\nPlaintiff,\nv.\nSAN JUAN COUNTY,\nDefendant.\nNo. CIV 18-0456 JB/KK\n",
			[]want{{extract.TypeOrg, "NAVAJO NATION"}, {extract.TypeCase, "CIV 18-0456 JB/KK"}}},
		{"one-line captions run together", "United States of America, Plaintiff–Appellant, v. Gaston L. Saunders, Defendant–Appellee. Atlantic States Marine Fisheries Commission, Amicus Supporting Appellant. " +
			"United States of America, Plaintiff-Appellant, v. Bryan H. Daniels, Defendant-Appellee. Atlantic States Marine Fisheries Commission, Amicus Supporting Appellant.\n",
			[]want{{extract.TypeCase, "United States of America, Plaintiff–Appellant, v. Gaston L. Saunders"}, {extract.TypeCase, "United States of America, Plaintiff-Appellant, v. Bryan H. Daniels"}}},
		{"a relator's caption on one line", "United States ex rel. John Doe, Plaintiff, v. Acme Corp., Defendant.\n",
			[]want{{extract.TypeCase, "United States ex rel. John Doe, Plaintiff, v. Acme Corp."}}},
		{"Alabama's and South Carolina's citations", "See Ex parte Beasley, 564 So. 2d 950, 952 (Ala. 1990); Rule 28(a)(10), Ala. R. App. P.; Rule 220(b), SCACR.",
			[]want{{extract.TypeCase, "Ex parte Beasley"}, {extract.TypeLaw, "Rule 28(a)(10), Ala. R. App. P."}, {extract.TypeLaw, "Rule 220(b), SCACR"}}},
		{"a rule with its rules' name after a comma", "moved under Rule 56, Fed.R.Civ.P., and Rule 407, M.R.Evid., applies; see Rule 12(b)(6), North Carolina Rules of Civil Procedure, and Rule 10.6(B), Rules of the Oklahoma Court of Criminal Appeals, Title 22, Ch. 18, App. Rule 7.6(a), Ala.\nR. Crim. P. Rule 23, Fed. R. Civ. P. 23(b) is another.",
			[]want{{extract.TypeLaw, "Rule 56, Fed.R.Civ.P."}, {extract.TypeLaw, "Rule 407, M.R.Evid."}, {extract.TypeLaw, "Rule 12(b)(6), North Carolina Rules of Civil Procedure"},
				{extract.TypeLaw, "Rule 10.6(B), Rules of the Oklahoma Court of Criminal Appeals, Title 22, Ch. 18, App."}, {extract.TypeLaw, "Rule 7.6(a), Ala. R. Crim. P."}, {extract.TypeLaw, "Rule 23"}}},
		{"Massachusetts' chapters before their sections", "under G.L. c. 58A, § 7 and c. 59, §§ 64, and St. 1969, c. 704, § 21; see also § 4.",
			[]want{{extract.TypeLaw, "G.L. c. 58A, § 7"}, {extract.TypeLaw, "c. 59, §§ 64"}, {extract.TypeLaw, "St. 1969, c. 704, § 21"}, {extract.TypeLaw, "§ 4"}}},
		{"the Court of Federal Claims' dockets", "In the United States Court of Federal Claims\nNo. 16-1234C\n(Filed: March 3, 2017)\nNo. 17-936V; No. 14-37L.",
			[]want{{extract.TypeCourt, "United States Court of Federal Claims"}, {extract.TypeCase, "16-1234C"}, {extract.TypeDate, "March 3, 2017"}, {extract.TypeCase, "17-936V"}, {extract.TypeCase, "14-37L"}}},
		{"an Act's year in capitals", "SECURITIES EXCHANGE ACT OF 1934\nRULE 405 OF THE SECURITIES ACT OF 1933 applies.",
			[]want{{extract.TypeLaw, "SECURITIES EXCHANGE ACT OF 1934"}, {extract.TypeLaw, "RULE 405 OF THE SECURITIES ACT OF 1933"}}},
		{"a rule with its rules' name", "under Rule 72(b) of the Federal Rules of Civil Procedure and Rule 9216 of FINRA's Code of Procedure.",
			[]want{{extract.TypeLaw, "Rule 72(b) of the Federal Rules of Civil Procedure"}, {extract.TypeLaw, "Rule 9216 of FINRA's Code of Procedure"}}},
		{"a code's chapter", "The Debtor filed under chapter 11 of the Bankruptcy Code; Chapter 13 of this Agreement is none.",
			[]want{{extract.TypeLaw, "chapter 11 of the Bankruptcy Code"}}},
		{"laws named by their acronyms alone", "The Borrower shall comply with ERISA, the UCC and GAAP.",
			[]want{{extract.TypeLaw, "ERISA"}, {extract.TypeLaw, "UCC"}, {extract.TypeLaw, "GAAP"}}},
		{"agencies named by their acronyms alone", "The FBI's Cleveland Field Office investigated; the EEOC issued a notice and the SEC sued.",
			[]want{{extract.TypeOrg, "FBI"}, {extract.TypeOrg, "EEOC"}, {extract.TypeOrg, "SEC"}}},
		{"a body's part after its possessive", "announced by the Justice Department's Criminal Division today.",
			[]want{{extract.TypeOrg, "Justice Department"}, {extract.TypeOrg, "Criminal Division"}}},
		{"a judge and the court's department", "Hon. Elihu M. Berle, Dept. 6\n\nJudge: Hon. Mary Smith, Dept. 12.",
			[]want{{extract.TypePerson, "Elihu M. Berle"}, {extract.TypePerson, "Mary Smith"}}},
		{"a company and a person joined in a caption's side", "ACME WIDGET CO.,\nPlaintiff,\nv.\nGLOBEX CORPORATION and HANK SCORPIO,\nDefendants.\n",
			[]want{{extract.TypeOrg, "GLOBEX CORPORATION"}, {extract.TypePerson, "HANK SCORPIO"}}},
		{"two people joined by an ampersand in a case's name, an office the other side", "Louis S. Shuman & Sandra Shuman v. Commissioner, T.C. Memo. 2018-135.",
			[]want{{extract.TypePerson, "Louis S. Shuman"}, {extract.TypePerson, "Sandra Shuman"}, {extract.TypeOrg, "Commissioner"}}},
		{"two companies joined in a caption's side", "GOOGLE INC. and APPLE INC.,\nPetitioner,\n\nv.\n\nVIRNETX INC.,\nPatent Owner.\n",
			[]want{{extract.TypeOrg, "GOOGLE INC."}, {extract.TypeOrg, "APPLE INC."}, {extract.TypeOrg, "VIRNETX INC."}}},
		{"a business's other name", "The plaintiff is John Smith d/b/a Smith Plumbing; ACME HOLDINGS, LLC, f/k/a Acme Widget Corp., joined.",
			[]want{{extract.TypeOrg, "Smith Plumbing"}, {extract.TypeOrg, "Acme Widget Corp."}}},
		{"a trust company's national form", "the objection of Wilmington Trust, National Association, as indenture trustee.",
			[]want{{extract.TypeOrg, "Wilmington Trust, National Association"}}},
		{"a party cut after of", "JOHN DOE v. BOARD OF EDUCATION OF THE CITY OF CHICAGO, 1 F.3d 1 (7th Cir. 1999).",
			[]want{{extract.TypeCase, "JOHN DOE v. BOARD OF EDUCATION OF THE CITY OF CHICAGO"}, {extract.TypeOrg, "BOARD OF EDUCATION OF THE CITY OF CHICAGO"}}},
		{"a bankruptcy caption", "In re:\n\nBLUE SKY AIRWAYS, INC., et al.,\n\n          Debtors.\n",
			[]want{{extract.TypeCase, "In re: BLUE SKY AIRWAYS, INC."}, {extract.TypeOrg, "BLUE SKY AIRWAYS, INC."}}},
		{"generational suffixes", "Respectfully,\nRonald C. Machen Jr.\nUnited States Attorney\n\nThomas J. Profy, III (argued), for appellant.",
			[]want{{extract.TypePerson, "Ronald C. Machen Jr."}, {extract.TypePerson, "Thomas J. Profy, III"}}},
		{"Sr. before a title is Senior", "State Bar of Arizona by Margaret D. White, Sr. Bar Counsel, Phoenix, for State Bar of AZ.",
			[]want{{extract.TypePerson, "Margaret D. White"}}},
		{"a district's federal office", "The U.S. Attorney's Office for the Southern District of New York objects.",
			[]want{{extract.TypeOrg, "U.S. Attorney's Office for the Southern District of New York"}}},
		{"administrative captions", "In the Matter of\nJOHN A. DOE, CPA,\nRespondent.\n\nIn the Matter of the Application of Acme Corp. for a License.\n\nIn the Matter of the Accusation Against:\nGREEN VALLEY FARMS, LLC\n",
			[]want{{extract.TypeCase, "In the Matter of JOHN A. DOE"}, {extract.TypePerson, "JOHN A. DOE"}, {extract.TypeCase, "In the Matter of the Application of Acme Corp."},
				{extract.TypeCase, "In the Matter of the Accusation Against: GREEN VALLEY FARMS, LLC"}}},
		// The document's own proceeding names its party; another's, under
		// the first, is a cited case, whose party is only its name's.
		{"an application's caption", "In the Matter of the Application of Acme Corp. for a License.\n",
			[]want{{extract.TypeCase, "In the Matter of the Application of Acme Corp."}, {extract.TypeOrg, "Acme Corp."}}},
		{"an official's office in a caption", "JOHN SMITH, WARDEN OF THE STATE PRISON, ET AL.,\nPetitioners,\nv.\nJANE DOE,\nRespondent.",
			[]want{{extract.TypeCase, "JOHN SMITH, WARDEN OF THE STATE PRISON, ET AL., Petitioners, v. JANE DOE"}, {extract.TypePerson, "JOHN SMITH"}}},
		{"signers above their offices", "Respectfully submitted,\nLYNN FITCH\nAttorney General\nSCOTT G. STEWART\nSolicitor General\nCounsel of Record\nUNITED STATES\nAttorney General",
			[]want{{extract.TypePerson, "LYNN FITCH"}, {extract.TypePerson, "SCOTT G. STEWART"}}},
		{"acronym", "the Oklahoma Water Resources Board (OWRB), respondents here",
			[]want{{extract.TypeOrg, "Oklahoma Water Resources Board"}, {extract.TypeOrg, "OWRB"}}},
	}
	s := extract.New(extract.Config{DisableModel: true})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMentions(t, s, tc.text, tc.want...) })
	}
}

// TestTitledNameBeforePossessive: a possessive after a name a title opens
// is not part of the name, with either apostrophe; an apostrophe inside the
// name stays.
func TestTitledNameBeforePossessive(t *testing.T) {
	text := "We refer to Ms. Margit Ellensby’s email and to Mr. Dan O'Neil's letter of that day.\n"
	res, err := extract.New(extract.Config{DisableModel: true}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	var people []string
	for _, m := range res.Mentions {
		if m.Type == extract.TypePerson {
			people = append(people, m.Text)
		}
	}
	if got, want := strings.Join(people, "|"), "Margit Ellensby|Dan O'Neil"; got != want {
		t.Errorf("people %q, want %q", got, want)
	}
}

// TestSignatureBlockCompanies: a signature block's title or role before a
// company the patterns found by its legal form is not part of its name,
// as for the tagger's names.
func TestSignatureBlockCompanies(t *testing.T) {
	text := "IN WITNESS WHEREOF, the parties have executed this Agreement.\n" +
		"Company Thinkplus Investments Limited By: /s/ Chen Shuning Name: Chen Shuning Title: Chairman " +
		"Borrower Airland International Limited By: /s/ Zhang Jilun Name: Zhang Jilun Title: Director Bizexpress Limited By: /s/ Zhang Jilun\n"
	res := stageResult(t, text)
	var orgs []string
	for _, m := range res.Mentions {
		if m.Type == extract.TypeOrg {
			orgs = append(orgs, m.Text)
		}
	}
	if want := "Thinkplus Investments Limited|Airland International Limited|Bizexpress Limited"; strings.Join(orgs, "|") != want {
		t.Errorf("organisations %q, want %q", strings.Join(orgs, "|"), want)
	}
}

// TestArticleAndRegulationBeforeOrganisation: a lower-case article and a
// lettered regulation before an organisation the patterns found are not
// part of its name.
func TestArticleAndRegulationBeforeOrganisation(t *testing.T) {
	text := "margin stock (as defined in Regulation U of the Board of Governors of the Federal Reserve System), " +
		"and complied with Regulations T and U of the Federal Reserve Board of Governors. The Rock Church of Bangor sued.\n"
	res := stageResult(t, text)
	for _, want := range []string{"Board of Governors of the Federal Reserve System", "Federal Reserve Board of Governors"} {
		if !has(res.Mentions, extract.TypeOrg, want) {
			t.Errorf("missing ORG %q in %v", want, res.Mentions)
		}
	}
}

// TestPersonAfterABodyInAList: a body's name the patterns run on over a
// list ends in a person's name, which is the person's.
func TestPersonAfterABodyInAList(t *testing.T) {
	text := "The County Commission of Boone County, Missouri, Frank Graham, Donald Sanders and David Griggs, Respondents.\n" +
		"Defendants are the library Board of Trustees, Elaine Weil, president of the trustees, and the Board of Trustees, Mary Smith.\n"
	res := extract.New(extract.Config{DisableModel: true}).Process
	out, err := res(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []mention{{extract.TypePerson, "Donald Sanders"}, {extract.TypePerson, "Elaine Weil"}, {extract.TypePerson, "Mary Smith"}} {
		if !has(out.Mentions, want.typ, want.text) {
			t.Errorf("missing %s %q in %v", want.typ, want.text, out.Mentions)
		}
	}
}

// TestJudgeTitleBeforeASentence: a judge's title before a sentence's
// first words names no one by them, nor by a party's role; a name after
// a title that opens with a function word's letters is a name.
func TestJudgeTitleBeforeASentence(t *testing.T) {
	text := "OPINION\nWARDLAW, Circuit Judge: In this action the agency sued.\nTHE HONORABLE JOHN DOE, JUDGE For the Plaintiffs:\n" +
		"Chief Judge: On December 12, 2008, it ruled. HERNANDEZ, District Judge: Plaintiff Warren Mitchell sued. Magistrate Judge An T. Tran and Mr. An met.\n"
	res, err := extract.New(extract.Config{DisableModel: true}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, res.Mentions, mention{extract.TypePerson, "WARDLAW"}, mention{extract.TypePerson, "Warren Mitchell"}, mention{extract.TypePerson, "An T. Tran"}, mention{extract.TypePerson, "An"})
	wantNone(t, res.Mentions, extract.TypePerson, func(s string) bool { return s == "In" || s == "For" || s == "On" || strings.HasPrefix(s, "Plaintiff") })
}

func TestNonMatches(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"lower case district court", "the district court for that county ruled.", extract.TypeCourt},
		{"a docket's label beside In the Matter of", "In the Matter of Docket No.:\n)\nACME RADIO", extract.TypeCase},
		{"a reporter's R. after its volume", "See Begay v. Navajo Nation, 5 Nav. R. 143 (Nav. Sup. Ct. 1987).", extract.TypeLaw},
		{"bare number", "There were 1999 gallons.", extract.TypeDate},
		{"a fraction's denominator before cents", "a fee of 1 2/3 cents for each pound", extract.TypeMoney},
		{"a year before a currency's name", "losses measured in 2019 US dollars and in 1998 Canadian dollars terms", extract.TypeMoney},
		{"the compact alone", "The Compact is silent.", extract.TypeLaw},
		{"justice department", "a matter of justice for all.", extract.TypePerson},
		{"codes that hold values", "Bank Code (Swift, Sort, Chip, etc.); his NDRB Applicant's Reenlistment Code was RE-4 and his Reentry Code RE-3.", extract.TypeLaw},
		{"phone number after No.", "Direct Dial No. 513-564-7036 and Tel. (513) 564-7000", extract.TypeCase},
		{"a Public Law's number", "amended by Pub. L. No. 115-123 and P.L. No. 96-517.", extract.TypeCase},
		{"a filer's number", "Commission File Number 001-38512; Commission file number: 000-12345; I.R.S. Employer Identification No. 41-1842093; Press Release Number: 23-1154; Re: Invoice Nos. 22-1187 and 22-1203; Policy No. 12-3456; recorded as Instrument No. 2022-064411", extract.TypeCase},
		{"a charter, a contract's article", "under the Constitution of the Company and Article I of the Indenture.", extract.TypeLaw},
		{"web dates that are no dates", "No. 10-15-2020 and 3-12-1995-CV; Mar 45, 2020; 13-15-2020.", extract.TypeDate},
		{"a policy's number in a date's shape", "Policy Number: CGL 4471-22-09 and 2023-13-40", extract.TypeDate},
		{"a capitalised word, v and another", "Complete Form v Part II now.", extract.TypeCase},
		{"a section in capitals", "SEC. 5. DEFINITIONS.", extract.TypeOrg},
		{"a form named after a statute", "File a UCC-1 financing statement.", extract.TypeLaw},
		{"a court's rules or an article before a rule with initials", "The Local Rule (LR) and The Rule (TR) apply.", extract.TypeLaw},
		{"an investigation's products", "In the Matter of\n\nCERTAIN MOBILE ELECTRONIC DEVICES AND RADIO FREQUENCY AND\nPROCESSING COMPONENTS THEREOF\n", extract.TypePerson},
		{"an Army docket's number in a date's shape", "ARMY 20150123", extract.TypeDate},
		{"a product recall's numbers", "Acme Inc., of Oklahoma City, Okla., $50,000 recalls #08-084 and #08-229; First Learning Company Ltd., recall #07-157.", extract.TypeCase},
		{"a recall's news release's numbers", "FOR IMMEDIATE RELEASE March 11, 2009 Release # 09-148 | Recall Number: 09-150\nNovember 29, 2007\nRelease #08-107\n", extract.TypeCase},
		{"a public contract's numbers", "awards Contract No. C01234, Bid No. 2019-12, Project No. 18-345 and Permit No. 2020-77 to the bidder. The solicitation, No. FA7000-15-R-0003, was issued.", extract.TypeCase},
		{"an ordinance's title", "ORDINANCE NO. 2016-01\nIN THE MATTER OF AMENDING CHAPTER 23 ZONING OF THE WELD COUNTY CODE\n", extract.TypeCase},
		{"an ordinance's title's verb", "ORDINANCE NO. 2016-01\nIN THE MATTER OF AMENDING CHAPTER 23 ZONING OF THE WELD COUNTY CODE\n", extract.TypePerson},
		{"a letter C between numbers without a docket's label", "in 94 C 5727 degrees and at 12 C 345.", extract.TypeCase},
		{"a site's menu between bars", "Home | About Us | 2019 and Search | Cases | 2020", extract.TypeCourt},
		{"an article of a contract", "Article 3 of the Agreement and s. 4 of the Lease govern.", extract.TypeLaw},
		{"a scale in words without a number, pounds in words", "several hundred thousand dollars and a few thousand dollars; it weighed five hundred pounds.", extract.TypeMoney},
	}
	s := extract.New(extract.Config{DisableModel: true})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range res.Mentions {
				if m.Type == tc.typ {
					t.Errorf("unexpected %s %q", m.Type, m.Text)
				}
			}
		})
	}
}

// memCache is a test double of the Redis-backed per-chunk cache: it counts
// writes (one per computed chunk) and can fail after a number of them.
type memCache struct {
	mu        sync.Mutex
	m         map[string][]extract.Mention
	puts      int
	failAfter int // fail the Put after this many successes; 0: never
}

var errInjected = errors.New("injected cache failure")

func (c *memCache) Get(_ context.Context, id string) ([]extract.Mention, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ms, ok := c.m[id]
	return ms, ok, nil
}

func (c *memCache) Put(_ context.Context, id string, ms []extract.Mention) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failAfter > 0 && c.puts >= c.failAfter {
		return errInjected
	}
	c.puts++
	c.m[id] = ms
	return nil
}

func TestCacheRetryRecomputesOnlyMissing(t *testing.T) {
	doc := testenv.CorpusText(t, "court/missouri.pdf")
	in := chunks(t, doc, chunk.Config{})
	n := len(in.Chunks)
	if n < 4 {
		t.Fatalf("need several chunks, got %d", n)
	}
	s := extract.New(extract.Config{DisableModel: true})
	want, err := s.Process(context.Background(), extract.Input{Chunks: in})
	if err != nil {
		t.Fatal(err)
	}
	cache := &memCache{m: map[string][]extract.Mention{}, failAfter: n / 2}
	if _, err := s.Process(context.Background(), extract.Input{Chunks: in, Cache: cache}); !errors.Is(err, errInjected) {
		t.Fatalf("first run: want the injected failure, got %v", err)
	}
	if cache.puts != n/2 {
		t.Fatalf("first run cached %d chunks, want %d", cache.puts, n/2)
	}
	cache.failAfter = 0
	cache.puts = 0
	got, err := s.Process(context.Background(), extract.Input{Chunks: in, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	if cache.puts != n-n/2 {
		t.Fatalf("retry computed %d chunks, want only the %d missing", cache.puts, n-n/2)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("retry with cache differs from a run without cache")
	}
	cache.puts = 0
	if _, err := s.Process(context.Background(), extract.Input{Chunks: in, Cache: cache}); err != nil || cache.puts != 0 {
		t.Fatalf("third run computed %d chunks (err %v), want none", cache.puts, err)
	}
}

func TestStaleCacheEntryIsRecomputed(t *testing.T) {
	in := chunks(t, "Judge Jane Doe ruled on June 13, 2013.", chunk.Config{})
	cache := &memCache{m: map[string][]extract.Mention{
		in.Chunks[0].ID: {{ID: "x", Type: extract.TypePerson, Text: "wrong", ChunkID: in.Chunks[0].ID, Start: 0, End: 5}},
	}}
	res, err := extract.New(extract.Config{DisableModel: true}).Process(context.Background(), extract.Input{Chunks: in, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	if cache.puts != 1 || !has(res.Mentions, extract.TypePerson, "Jane Doe") {
		t.Fatalf("stale entry used: puts %d, mentions %v", cache.puts, res.Mentions)
	}
}

func TestOverlapNotDuplicated(t *testing.T) {
	doc := testenv.CorpusText(t, "court/vector-pdf.pdf")
	in := chunks(t, doc, chunk.Config{})
	res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: in})
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc)
	seen := map[[2]int]bool{}
	for _, m := range res.Mentions {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Fatalf("mention %q does not match document text %q at [%d,%d)", m.Text, got, m.Start, m.End)
		}
		if m.Type == extract.TypeCase {
			continue
		}
		k := [2]int{m.Start, m.End}
		if seen[k] {
			t.Fatalf("mention %q at %v emitted twice", m.Text, k)
		}
		seen[k] = true
	}
}

func TestGoldenCorpus(t *testing.T) {
	type want struct{ typ, text string }
	tests := []struct {
		rel  string
		want []want
	}{
		{"court/vector-pdf.pdf", []want{
			{extract.TypeCourt, "SUPREME COURT OF THE UNITED STATES"},
			{extract.TypeCourt, "Tenth Circuit"},
			{extract.TypeCase, "TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL."},
			{extract.TypeCase, "11–889"},
			{extract.TypeCase, "Texas v. New Mexico"},
			{extract.TypePerson, "SOTOMAYOR"},
			{extract.TypePerson, "RUDOLF JOHN HERRMANN"},
			{extract.TypeOrg, "Oklahoma Water Resources Board"},
			{extract.TypeOrg, "Tarrant Regional Water District"},
			{extract.TypeLaw, "Red River Compact"},
			{extract.TypeLaw, "§5.05(b)(1)"},
			{extract.TypeLaw, "Commerce Clause"},
			{extract.TypeDate, "June 13, 2013"},
			{extract.TypeLocation, "Oklahoma"},
		}},
		{"court/missouri.pdf", []want{
			{extract.TypeCourt, "Missouri Court of Appeals Eastern District"},
			{extract.TypeCase, "ED108783"},
			{extract.TypeCase, "1711-CC00064"},
			{extract.TypePerson, "Angela T. Quigless"},
			{extract.TypePerson, "Kurt S. Odenwald"},
			{extract.TypePerson, "James M. Dowd"},
			{extract.TypePerson, "Deborah J. Alessi"},
			{extract.TypeLaw, "Rule 24.035"},
			{extract.TypeDate, "January 19, 2021"},
		}},
	}
	s := extract.New(extract.Config{})
	for _, tc := range tests {
		t.Run(tc.rel, func(t *testing.T) {
			res, err := s.Process(context.Background(), extract.Input{Chunks: chunks(t, testenv.CorpusText(t, tc.rel), chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !has(res.Mentions, w.typ, w.text) {
					t.Errorf("missing %s %q", w.typ, w.text)
				}
			}
			again, _ := s.Process(context.Background(), extract.Input{Chunks: chunks(t, testenv.CorpusText(t, tc.rel), chunk.Config{})})
			if !reflect.DeepEqual(res, again) {
				t.Error("two runs differ")
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	a, b := extract.New(extract.Config{}), extract.New(extract.Config{DisableModel: true})
	if a.Name() != "extract" || a.Fingerprint() == b.Fingerprint() {
		t.Fatalf("name %q, fingerprints %q %q", a.Name(), a.Fingerprint(), b.Fingerprint())
	}
}

func BenchmarkExtract(b *testing.B) {
	in := extract.Input{Chunks: chunks(b, testenv.CorpusText(b, "court/vector-pdf.pdf"), chunk.Config{})}
	for _, bc := range []struct {
		name string
		cfg  extract.Config
	}{{"hybrid", extract.Config{}}, {"patterns", extract.Config{DisableModel: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			s := extract.New(bc.cfg)
			if _, err := s.Process(context.Background(), in); err != nil { // loads the model
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := s.Process(context.Background(), in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestNaturalPersonParty: a party whose description only a person has ("a
// citizen of") is a person though the tagger misses the name; the role it
// is defined by names that person, and so do the name's unmarked uses in
// the signature block.
func TestNaturalPersonParty(t *testing.T) {
	tests := []struct {
		name, text string
		person     string
		persons    int // mentions of the person's name
		role       string
	}{
		{"signed", "LOAN AGREEMENT This Agreement is made in Beijing : ( 1 ) Lenovo Security Technology Ltd . (“ Lender ”) and ( 2 ) Wang Lifen (“ Borrower ”), " +
			"a citizen of China with Chinese identification No . 110108 . The Borrower shall repay the Lender. Borrower : Wang Lifen By : Name : Wang Lifen", "Wang Lifen", 3, "Borrower"},
		{"not signed", "LOAN AGREEMENT This Agreement is made in Beijing : ( 1 ) Lenovo Security Technology Ltd . (“ Lender ”) and ( 2 ) Qiu Mingyuan (“ Borrower ”), " +
			"a citizen of China with Chinese identification No . 110108 . The Borrower shall repay the Lender.", "Qiu Mingyuan", 1, "Borrower"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			persons, roles := 0, 0
			for _, m := range res.Mentions {
				switch {
				case m.Type == extract.TypePerson && m.Text == tc.person:
					persons++
				case m.Type == extract.TypePerson && m.Text == tc.role && m.Refers == tc.person:
					roles++
				}
			}
			if persons != tc.persons || roles == 0 {
				t.Errorf("%d mentions of the person (want %d), %d of its role: %v", persons, tc.persons, roles, res.Mentions)
			}
		})
	}
}

// TestHeadingsAreNoNames: the words after an article's or a numbered
// section's number are its heading, and a roman numeral after "ARTICLE"
// is never part of a name; a name in the section's text is still one.
func TestHeadingsAreNoNames(t *testing.T) {
	tests := []struct {
		name, text string
		not        []string // no name mention may contain these
		want       []string // ORG mentions that must remain
	}{
		{"article in capitals", "the Bonds under this Loan Agreement.\nARTICLE VI OTHER COMPANY AGREEMENTS\nSection 6.1 Maintenance of Existence. Acme Widgets Inc. shall maintain its existence.",
			[]string{"VI", "OTHER COMPANY"}, []string{"Acme Widgets Inc."}},
		{"article by its number", "ARTICLE 5 HARBOR ISLAND TRUST COMPANY COVENANTS\nThe Trustee, Harbor Island Trust Company, agrees.",
			[]string{"COVENANTS"}, []string{"Harbor Island Trust Company"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range res.Mentions {
				for _, n := range tc.not {
					if (m.Type == extract.TypeOrg || m.Type == extract.TypePerson || m.Type == extract.TypeLocation) && strings.Contains(m.Text, n) {
						t.Errorf("%s %q is a heading's", m.Type, m.Text)
					}
				}
			}
			for _, w := range tc.want {
				if !has(res.Mentions, extract.TypeOrg, w) {
					t.Errorf("missing ORG %q in %v", w, res.Mentions)
				}
			}
		})
	}
}

// TestGenericNames: a lettered regulation is a rule, not a person; a
// company's board, a bank's part in a wire transfer and a phrase a
// determiner opens name no one; a possessive, a place in parentheses or
// a word before "and" that nothing else names is part of a company's
// name, not a name of its own.
func TestGenericNames(t *testing.T) {
	tests := []struct {
		name, text string
		not        string // no PERSON, ORG or LOCATION mention has this text
		law        string // a LAW mention that must be there
		org        string // an ORG mention that must be there
	}{
		{"regulation letter", "margin stock (as defined in Regulation U of the Board of Governors of the Federal Reserve System).", "Regulation U", "Regulation U", ""},
		{"board of directors", "a resolution adopted by such Person's Board of Directors and delivered by such Person.", "Board of Directors", "", ""},
		{"a company's board by its company", "The Board of Directors of CannaVEST approved the merger, and the Special Committee agreed.", "Board of Directors of CannaVEST", "", ""},
		{"a special committee", "The Board of Directors of CannaVEST approved the merger, and the Special Committee agreed.", "Special Committee", "", ""},
		{"a board of trustees named as its body", "The Board of Trustees of the University of Illinois sued.", "", "", "Board of Trustees of the University of Illinois"},
		{"a corporation statute", "the Texas Business Organizations Code and the General Corporation Law of the State of Delaware (the \"DGCL\"); the Delaware General Corporation Law applies.", "General Corporation", "General Corporation Law of the State of Delaware", ""},
		{"a corporation statute by its state", "the Texas Business Organizations Code and the General Corporation Law of the State of Delaware (the \"DGCL\"); the Delaware General Corporation Law applies.", "Delaware General Corporation", "Delaware General Corporation Law", ""},
		{"beneficiary bank", "Amount of Wire: $\nBeneficiary Bank: Account Number:\nCity and State:", "Beneficiary Bank", "", ""},
		{"intermediary bank", "(For International Wire Only)\nIntermediary Bank: Transit (ABA) #:", "Intermediary Bank", "", ""},
		{"a determiner", "(a) Bank Expenses. All Bank Expenses (including reasonable attorneys' fees) are payable when due.", "All Bank", "", ""},
		{"a possessive in a company's name", "commercial paper having the highest rating from either Standard & Poor's Ratings Group or Moody's Investors Service, Inc., and", "Moody", "", "Moody's Investors Service, Inc."},
		{"a place in a company's name", "whose registered address is Codan Trust Company (Cayman) Limited, Century Yard, Grand Cayman", "Cayman", "", "Codan Trust Company (Cayman) Limited"},
		{"a name with \"and\"", "Borrower shall deliver the reports it files with the Securities and Exchange Commission within five days.", "Exchange Commission", "", "Securities and Exchange Commission"},
		{"a federal agency with \"and\"", "The Occupational Safety and Health Administration cited the employer.", "Health Administration", "", "Occupational Safety and Health Administration"},
		{"an agency's acronym with \"of\"", "The Department of Labor (DOL) found that DOL inspectors were right.", "", "", "DOL"},
		{"an officer's title before the body", "The report of Jane Roe, Executive Director, Department of Fish and Game, was received.", "Executive Director, Department of Fish and Game", "", "Department of Fish and Game"},
		{"a charging party", "ACME WIDGETS, INC., Respondent, and JOHN ROE, an Individual, Charging Party.", "Charging Party", "", ""},
		{"a quoted term before \"and\"", "ACME, INC. (the \"Disclosing Party\") and BETA LLC (the \"Receiving Party\").", "Party\") and BETA LLC", "", "BETA LLC"},
		{"a city's government", "The City of Seattle moved to dismiss the claims.", "Seattle", "", "City of Seattle"},
		{"a body's part after its possessive", "Trial Attorney Jane Roe of the Criminal Division's Fraud Section prosecuted the case.", "Fraud", "", "Fraud Section"},
		{"a bankruptcy judge's title", "So ordered.\nMICHAEL E. WILES\nUNITED STATES BANKRUPTCY JUDGE", "UNITED STATES", "", ""},
		{"a name in capitals with \"AND\"", "Plaintiff, the SECURITIES AND EXCHANGE COMMISSION, alleges as follows.", "EXCHANGE COMMISSION", "", "SECURITIES AND EXCHANGE COMMISSION"},
		{"two names with \"and\"", "Notice was given to Jane Smith and Federal Trade Commission staff.", "Smith and Federal Trade Commission", "", "Federal Trade Commission"},
		{"a name a determiner's word opens", "The plaintiff, All Saints Church of Springfield, sued the city.", "Saints Church of Springfield", "", "All Saints Church of Springfield"},
		{"an instrument's title", "The execution and delivery of this Loan Agreement, the Fifth Supplemental Lease and the Indenture will not conflict with the Fifth Supplemental Lease or the Bonds.", "Fifth Supplemental", "", ""},
		{"the letter's agreement", "This firm represents Halvorsen Maritime Logistics, Inc. in connection with the Master Services and Loan Agreement dated January 15, 2023.", "Master Services", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			for _, typ := range []string{extract.TypePerson, extract.TypeOrg, extract.TypeLocation} {
				if has(res.Mentions, typ, tc.not) {
					t.Errorf("%s %q in %v", typ, tc.not, res.Mentions)
				}
			}
			if tc.law != "" && !has(res.Mentions, extract.TypeLaw, tc.law) {
				t.Errorf("missing LAW %q in %v", tc.law, res.Mentions)
			}
			if tc.org != "" && !has(res.Mentions, extract.TypeOrg, tc.org) {
				t.Errorf("missing ORG %q in %v", tc.org, res.Mentions)
			}
		})
	}
}

// TestJudgeTitlesAreNoNames: a district judge's title is no organisation
// and the district's division no place; a company before a judge's name
// stays.
func TestJudgeTitlesAreNoNames(t *testing.T) {
	text := "The Honorable Richard E. Dorr, United States District Judge for the Western\n" +
		"District of Missouri, sitting by designation. The Honorable Paul Magnuson, United States District Judge for the District\n" +
		"of Minnesota. Acme Widgets Inc. Judge Smith presided.\n"
	res := stageResult(t, text)
	var got []string
	for _, m := range res.Mentions {
		if m.Type == extract.TypeOrg || m.Type == extract.TypeLocation {
			got = append(got, m.Type+" "+m.Text)
		}
	}
	for _, bad := range []string{"ORG United States District", "ORG United States District Judge for the District", "LOCATION Western\nDistrict"} {
		if slices.Contains(got, bad) {
			t.Errorf("%q among %q", bad, got)
		}
	}
	if !slices.Contains(got, "ORG Acme Widgets Inc.") {
		t.Errorf("no ORG Acme Widgets Inc. among %q", got)
	}
}

// TestContractAmendmentIsNoLaw: an amendment of a contract is the title of
// an instrument; an amendment of the Constitution stays a law.
func TestContractAmendmentIsNoLaw(t *testing.T) {
	text := "This First Amendment to Credit Agreement is made under the Credit Agreement. The speech is protected by the First Amendment to the Constitution.\n"
	res := stageResult(t, text)
	laws := 0
	for _, m := range res.Mentions {
		if m.Type == extract.TypeLaw && strings.HasPrefix(m.Text, "First Amendment") {
			laws++
			if m.Start < 50 {
				t.Errorf("the contract's amendment is a law: %+v", m)
			}
		}
	}
	if laws != 1 {
		t.Errorf("%d laws named First Amendment, want 1 (the Constitution's, with the Constitution it is of)", laws)
	}
}

// TestAmendmentOfARestatedContract: an amendment to a contract whose title
// has lower-case words ("Second Amended and Restated Loan and Security
// Agreement") is no law either.
func TestAmendmentOfARestatedContract(t *testing.T) {
	text := "The Loan Agreement, as amended by that certain First Amendment to Second Amended and Restated Loan and Security Agreement, dated May 1, 1995, and by that certain Third\nAmendment to Second Amended and Restated Loan and Security Agreement, is in force.\n"
	for _, m := range stageResult(t, text).Mentions {
		if m.Type == extract.TypeLaw {
			t.Errorf("a contract's amendment is a law: %+v", m)
		}
	}
}

// TestMiddleInitialVIsNoCase: "Ola V. Powell" is a person with a middle
// initial, not a case; a caption in capitals writes "V." for versus.
func TestMiddleInitialVIsNoCase(t *testing.T) {
	for _, tc := range []struct {
		text  string
		cases int
	}{
		{"under the undue influence of Ola V. Powell, Vera Jane Powell, and Mary P. Eyberg.\n", 0},
		{"In SMITH V. JONES, 12 F.3d 4, the court held.\n", 1},
		{"In Smith v. Jones, 12 F.3d 4, the court held.\n", 1},
	} {
		res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
		if err != nil {
			t.Fatal(err)
		}
		var cases []string
		for _, m := range res.Mentions {
			if m.Type == extract.TypeCase && strings.Contains(strings.ToLower(m.Text), " v. ") {
				cases = append(cases, m.Text)
			}
		}
		if len(cases) != tc.cases {
			t.Errorf("%q: case names %q, want %d", tc.text, cases, tc.cases)
		}
	}
}

// TestOfficeTitleIsNoPlace: "United States" in a federal office's title is
// no place; the country named alone is.
func TestOfficeTitleIsNoPlace(t *testing.T) {
	text := "Victor A. Wild, Assistant United States Attorney, with whom Donald K. Stern, United States Attorney, was on brief. He moved to the United States in 1990.\n"
	res := stageResult(t, text)
	places := 0
	for _, m := range res.Mentions {
		if m.Type == extract.TypeLocation && m.Text == "United States" {
			places++
			if m.Start < 90 {
				t.Errorf("a title's words read as a place: %+v", m)
			}
		}
	}
	if places != 1 {
		t.Errorf("%d places named United States, want 1", places)
	}
}

// TestPartyStemOfCompany: a case's party written without the legal form
// of a company the document names in full is that company, not a person.
func TestPartyStemOfCompany(t *testing.T) {
	text := "AFC Coal Properties v. Delta Mine Holding\n\nMenu:\n\nAFC Coal Properties, Inc. petitioned the district court to vacate the awards.\n\n" +
		"ATTORNEY FOR APPELLANT\nStephen D. Dodd\nStephen D. Dodd Co., L.L.C.\n38109 Euclid Avenue\n"
	res := stageResult(t, text)
	if !has(res.Mentions, extract.TypeOrg, "AFC Coal Properties") || has(res.Mentions, extract.TypePerson, "AFC Coal Properties") {
		t.Errorf("mentions %+v: want the party AFC Coal Properties an organisation", res.Mentions)
	}
	wantIn(t, res.Mentions, mention{extract.TypePerson, "Stephen D. Dodd"})
	// The party makes the tagger's organisation of its name no person.
	text = "CROWN AWARDS v. DISCOUNT TROPHY COMPANY\nUnited States Court of Appeals, Second Circuit (2009)\n- Crown Awards, Inc. held a copyright.\n" +
		"- The court affirmed the judgment in favor of Crown Awards.\n- Discount Trophy Co. infringed on Crown Awards' copyright.\n"
	res = stageResult(t, text)
	if has(res.Mentions, extract.TypePerson, "Crown Awards") {
		t.Errorf("mentions %+v: want no person Crown Awards", res.Mentions)
	}
}

// TestStemOfCompany: the tagger's person or place that is a company's name
// without its legal form, or without its form and a head word that only
// says what it is ("Rose Art" of "Rose Art Industries Inc."), is that
// company.
func TestStemOfCompany(t *testing.T) {
	text := "1. Trina Health, LLC (Trina Health) was a domestic limited liability company. Bionica, Inc. (Bionica) was a corporation.\n" +
		"2. Trina Health operated clinics. Bionica manufactured pumps that franchisees of Trina Health used. Bionica was in Nevada.\n" +
		"3. Rose Art Industries Inc., of Livingston, N.J. is recalling machines. CPSC and Rose Art have received 225 reports. Contact Rose Art at once.\n" +
		// An Australian company's "Pty. Ltd." is its form as a whole.
		"4. The Coast Guard announced that Marlin Australia Pty. Ltd. has recalled lot 14442C1 of flotation devices.\n\n" +
		"Marlin Australia has issued a recall notice on their website.\n"
	res := stageResult(t, text)
	if !has(res.Mentions, extract.TypeOrg, "Rose Art") || !has(res.Mentions, extract.TypeOrg, "Marlin Australia") {
		t.Errorf("mentions %+v: want the organisations Rose Art and Marlin Australia", res.Mentions)
	}
	for _, m := range res.Mentions {
		if (m.Text == "Trina Health" || m.Text == "Bionica" || m.Text == "Rose Art" || m.Text == "Marlin Australia") && m.Type != extract.TypeOrg {
			t.Errorf("%q at %d is %s, want ORG", m.Text, m.Start, m.Type)
		}
	}
	// A case's party the patterns read beside the company named for him
	// stays a person, and so do the tagger's mentions of him.
	text = "Doe v. Roe\nJohn Doe Enterprises, Inc. sued. John Doe v. Acme Corp. was cited. John Doe founded it.\n"
	res = stageResult(t, text)
	if has(res.Mentions, extract.TypeOrg, "John Doe") {
		t.Errorf("mentions %+v: want John Doe a person", res.Mentions)
	}
}

// TestAboutHeading: a press release's closing "About" heading, alone on
// its line, is no part of the company it introduces; a company named
// "About …" in a sentence keeps its word.
func TestAboutHeading(t *testing.T) {
	text := "MONTREAL, June 24, 2022 -- The Company received the approval.\n\nAbout Intertape Polymer Group Inc.\n\n" +
		"Intertape Polymer Group Inc. is a recognized leader in tapes.\n\nAbout Clearlake Capital Group, L.P.\n\nClearlake Capital Group, L.P. is an investment firm.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Intertape Polymer Group Inc."}, mention{extract.TypeOrg, "Clearlake Capital Group, L.P."})
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "About") })
	// A company whose name begins "About" in a sentence keeps it; a
	// heading in capitals or with its colon is a heading.
	res = stageResult(t, "Plaintiff About Face Designs, Inc. filed suit against Acme Corp. in 2019.\n\nABOUT INTERTAPE POLYMER GROUP INC.\n\nAbout Clearlake Capital Group, L.P.:\n\nThe firm invests.\n")
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "About Face Designs, Inc."})
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "ABOUT") || strings.HasPrefix(s, "About Clearlake") })
}

// TestNewsCredits: in the stage, a masthead that prints a news service's
// name twice names it (not a courthouse), a publication's name in
// capitals above the page's date is the publication, and a news
// service's credit after a dateline is the service.
func TestNewsCredits(t *testing.T) {
	text := "Thursday, March 28, 2024 | Back issues\nCourthouse News Service Courthouse News Service\n\nSun-Maid Wants an End to Raisin Rules\n\n" +
		"By Michael Virtanen\n\nALBANY, N.Y. (AP) — New York kept the owner of a rafting company from guiding.\n\n" +
		"SOUTHEAST TEXAS RECORD\n\nSunday, December 22, 2024\n\nSACRAMENTO, Calif. (Legal Newsline) - A school district was sued.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Courthouse News Service"}, mention{extract.TypeOrg, "AP"},
		mention{extract.TypeOrg, "SOUTHEAST TEXAS RECORD"}, mention{extract.TypeOrg, "Legal Newsline"})
	wantNone(t, res.Mentions, extract.TypeLocation, func(s string) bool { return strings.Contains(s, "News") })
}

// TestCountryAsAdjective: in the stage, the country's initials before a
// word in lower case are a place ("U.S. consumers").
func TestCountryAsAdjective(t *testing.T) {
	res := stageResult(t, "The firm distributed the toys to its retail customers for sale to U.S. consumers in 2007.\n")
	wantIn(t, res.Mentions, mention{extract.TypeLocation, "U.S."})
}

// TestConnectedCompanyNames: in the stage, a company whose name ends with
// its legal form is found from its first word over "of the" or a leading
// ordinal, and not from a place before "at the".
func TestConnectedCompanyNames(t *testing.T) {
	res := stageResult(t, "The petition of Sisters of the Holy Cross, Inc. was granted. 7th Avenue Spa Belles Inc. paid. A strike began in Detroit at the Ford Motor Co. plant.\n")
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Sisters of the Holy Cross, Inc."}, mention{extract.TypeOrg, "7th Avenue Spa Belles Inc."},
		mention{extract.TypeOrg, "Ford Motor Co."})
}

// TestListedAndLabelledNames: in the stage, people a counsel line joins
// with a slash are each a person, a name ends before a caption page's
// field label, a company's or a university's title is outside the name,
// and a company named for its country and form starts at its name.
func TestListedAndLabelledNames(t *testing.T) {
	res := stageResult(t, "James F Boyle/Mollie Ambrose Newcomb, Ryan Kromholz & Manion SC, Milwaukee, WI, for Plaintiffs.\n\n"+
		"The Honorable S. James Otero Hearing Date: August 25, 2014\n\nTandy Brands President N. Roderick McGeachy said Home Depot, U.S.A., Inc. paid.\n")
	wantIn(t, res.Mentions, mention{extract.TypePerson, "James F Boyle"}, mention{extract.TypePerson, "Mollie Ambrose Newcomb"},
		mention{extract.TypePerson, "S. James Otero"}, mention{extract.TypePerson, "N. Roderick McGeachy"}, mention{extract.TypeOrg, "Home Depot, U.S.A., Inc."})
}

// TestCustomsRulingsInStage: in the stage, a Customs ruling's number is
// a case, and its index's range names none.
func TestCustomsRulingsInStage(t *testing.T) {
	res := stageResult(t, "faqs.org > Rulings By Number > 1998 NY Rulings > NY D81364 - NY D81415 > NY D81377\n\nNY D81377\n\nAugust 24, 1998\n\nCATEGORY: CLASSIFICATION\n")
	wantIn(t, res.Mentions, mention{extract.TypeCase, "NY D81377"})
	wantNone(t, res.Mentions, extract.TypeCase, func(s string) bool { return s == "NY D81364" || s == "NY D81415" })
	// Rulings listed one after another are each a ruling of its own, not
	// one case's citations.
	res = stageResult(t, "RE: Modification of NY L82296 and Revocation of NY I87269, NY D84404, NY 816190, and NY L86796; Classification of banks.\nThis ruling is issued under 19 CFR Part 177.\n")
	wantIn(t, res.Mentions, mention{extract.TypeCase, "NY I87269"}, mention{extract.TypeCase, "NY D84404"}, mention{extract.TypeCase, "NY 816190"})
	for _, m := range res.Mentions {
		if m.Type == extract.TypeCase && m.Refers != "" {
			t.Errorf("%q refers to %q", m.Text, m.Refers)
		}
	}
}

// TestBankruptcyForms: with the tagger, a local bankruptcy rule is cited
// whole ("Local Bankruptcy Rule 9013-1"), and so is a bankruptcy rule.
func TestBankruptcyForms(t *testing.T) {
	text := "Before the Court is the motion of Richard Levin, the chapter 11 trustee (the \"Trustee\"), under Bankruptcy Rule 9019 and Local Bankruptcy Rule 9013-1."
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeLaw, "Bankruptcy Rule 9019"}, mention{extract.TypeLaw, "Local Bankruptcy Rule 9013-1"})
}

// TestUnionLocals: with the tagger, a union in capitals with its local and
// no federation is one organisation.
func TestUnionLocals(t *testing.T) {
	text := "ACME WIDGETS, INC., Respondent,\nand\nINTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 848, Charging Party."
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 848"})
}

// TestMessageNames: a message's sender, its signer under the closing and
// its header's date are found by the stage (the tagger had the sender's
// given name as a place, and no date).
func TestMessageNames(t *testing.T) {
	text := "From: Jukka Zitting <jukka.zitting@gmail.com>\nTo: tika-dev@lucene.apache.org\nDate: Thu, 29 Jan 2009 20:16:40 +0100\n" +
		"Subject: MIME registry use cases\n\nHi,\n\nI'll need to modify the current MIME type classes.\n\nThanks,\nChetan\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypePerson, "Jukka Zitting"}, mention{extract.TypePerson, "Chetan"},
		mention{extract.TypeDate, "29 Jan 2009"})
}

// TestBusinessNames: a name ending in a business's head word is an
// organisation where the tagger read a place.
func TestBusinessNames(t *testing.T) {
	text := "Q.   Where do you work?\nA.   At Pinecrest Logistics in Bangor.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Pinecrest Logistics"}, mention{extract.TypeLocation, "Bangor"})
	text = "The chickens were raised by Pitman Farms in Fresno. Letterman Brothers sued.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Pitman Farms"}, mention{extract.TypeOrg, "Letterman Brothers"})
	text = "Troopers of the Montana Highway Patrol stopped the car near Missoula.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Montana Highway Patrol"})
	text = "The tower was built by Caldwell Tanks of Louisville. Police raided the Mosaik Hookah Lounge on Friday.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Caldwell Tanks"}, mention{extract.TypeOrg, "Mosaik Hookah Lounge"})
	text = "Itac on 28 September initiated a sunset review investigation, lodged by Lasher Tools, into the anti-dumping duties on garden tools.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Lasher Tools"})
	// A centre's and an institute's abbreviations, their periods a
	// sentence's or not.
	res := stageResult(t, "Comments were filed by Marcus Garvey Ctr. and by John Hopkins Inst. in 2019.\n")
	wantNone(t, res.Mentions, extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Marcus") || strings.HasPrefix(s, "John") })
}

// TestProfessionalFirms: with the tagger, a firm named with a professional
// corporation's form and no comma is one organisation, in a sentence and
// alone on its signature block's line; so is one with a professional law
// corporation's form ("APLC", "APC").
func TestProfessionalFirms(t *testing.T) {
	text := "Plaintiffs, by and through their attorneys, Edelson Ruiz PC, bring this action.\n\nRespectfully submitted,\n\nEDELSON RUIZ PC\n350 N. LaSalle Street\nChicago, Illinois 60654\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Edelson Ruiz PC"}, mention{extract.TypeOrg, "EDELSON RUIZ PC"})
	// Louisiana's professional law corporation and California's
	// professional corporation, with a comma or without.
	text = "For plaintiff: Walkup, Melodia, Kelly & Schoenberger APC, San Francisco; for defendant: Cardinale Fayard, APLC, Lafayette.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Walkup, Melodia, Kelly & Schoenberger APC"}, mention{extract.TypeOrg, "Cardinale Fayard, APLC"})
}

// TestCourtOverBlankLine: a court's name does not run back over a blank
// line into the words before it ("Tenth Appellate District" / "Court of
// Appeals Case No."): those are the district's, and "Court of Appeals"
// alone names no court.
func TestCourtOverBlankLine(t *testing.T) {
	text := "On Appeal from the\nFranklin County Court of Appeals,\nTenth Appellate District\n\nCourt of Appeals Case No. 19AP-789\n"
	res := stageResult(t, text)
	wantNone(t, res.Mentions, extract.TypeCourt, func(s string) bool { return strings.Contains(s, "\n\n") })
	wantIn(t, res.Mentions, mention{extract.TypeCourt, "Franklin County Court of Appeals, Tenth Appellate District"})
}

// TestIndictmentForms: with the tagger, an indictment's caption (the
// government over "- v. -"), a defendant's "a/k/a" name, a statute cited
// by its title ("Title 18, United States Code, Section 1343") and a
// signer across a column's gap are read.
func TestIndictmentForms(t *testing.T) {
	text := "UNITED STATES OF AMERICA\n\n- v. -\n\nVIKTOR A. PETRENKO,\na/k/a \"Vic,\"\n\nDefendant.\n\n" +
		"1. VIKTOR A. PETRENKO, a/k/a \"Vic,\" the defendant, did commit wire fraud, in violation of Title 18, United States Code, Section 1343.\n\n" +
		"FOREPERSON                              DAMIAN WILLIAMS\n                                        United States Attorney\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeCase, "UNITED STATES OF AMERICA - v. - VIKTOR A. PETRENKO"},
		mention{extract.TypeOrg, "UNITED STATES OF AMERICA"}, mention{extract.TypePerson, "Vic"},
		mention{extract.TypeLaw, "Title 18, United States Code, Section 1343"}, mention{extract.TypePerson, "DAMIAN WILLIAMS"})
}

// TestDocketSheet: with the tagger, a docket sheet's parties before their
// lawyers' column ("Maria Rivera      represented by …"; the tagger read a
// place), an entry's filer in parentheses ("(Doyle, Kevin)"), a lawyer's
// name over the column's line break without the break, and a fee without
// the comma after it.
func TestDocketSheet(t *testing.T) {
	text := "Plaintiff\nMaria Rivera                               represented by Hillary Schwab\n" +
		"                                                          Fair Work, P.C.\n\nV.\nDefendant\n" +
		"Northstar Logistics, Inc.                  represented by Kevin P. Doyle\n                                                          Littler Mendelson, P.C.\n\n" +
		"03/01/2023    1  COMPLAINT against Northstar Logistics, Inc. Filing fee: $ 402, receipt number 0101-9512345 (Entered: 03/01/2023)\n" +
		"03/15/2023    5  NOTICE of Appearance by Kevin P. Doyle on behalf of Northstar Logistics, Inc. (Doyle, Kevin) (Entered: 03/15/2023)\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypePerson, "Maria Rivera"}, mention{extract.TypePerson, "Doyle, Kevin"}, mention{extract.TypeOrg, "Northstar Logistics, Inc."}, mention{extract.TypeMoney, "$ 402"})
	for _, m := range res.Mentions {
		if m.Text != strings.TrimSpace(m.Text) {
			t.Errorf("white space at a mention's edge: %q", m.Text)
		}
	}
}

// TestNewYorkOrderForms: with the tagger, a justice named in capitals
// after "HON." is named whole, the title after the comma ("J.S.C.") is no
// person, and a law named in words after a sentence's end starts after it
// ("Brooklyn. See Vehicle and Traffic Law § 1129(a)").
func TestNewYorkOrderForms(t *testing.T) {
	text := "HON. CARL J. LANDICINO, J.S.C.:\n\nPlaintiff alleges that a bus struck his vehicle at the intersection of Flatbush Avenue and Atlantic Avenue in Brooklyn. " +
		"See Vehicle and Traffic Law § 1129(a); Tutrani v. County of Suffolk, 10 N.Y.3d 906 (2008).\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypePerson, "CARL J. LANDICINO"}, mention{extract.TypeLaw, "Vehicle and Traffic Law § 1129(a)"}, mention{extract.TypeLocation, "Brooklyn"})
	if has(res.Mentions, extract.TypePerson, "J.S.C.") {
		t.Errorf("a judge's title is a person: %v", res.Mentions)
	}
}

// TestRoleLineParties: with the tagger, a person on the line above a
// caption's role is named whole where no caption is read (the role's line
// holds the index number in a column), and a company there is no person.
func TestRoleLineParties(t *testing.T) {
	text := "SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS\n---------------------------------------------------------------X\n" +
		"OLUWASEUN ADEYEMI,\n                                   Plaintiff,           Index No. 512345/2022\n          -against-\n" +
		"                                                        DECISION AND ORDER\nMETROPOLITAN TRANSPORTATION AUTHORITY,\n                                   Defendant.\n" +
		"---------------------------------------------------------------X\nHON. CARL J. LANDICINO, J.S.C.:\n\nPlaintiff moves for summary judgment.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypePerson, "OLUWASEUN ADEYEMI"})
	if has(res.Mentions, extract.TypePerson, "METROPOLITAN TRANSPORTATION AUTHORITY") {
		t.Errorf("the defendant is a person: %v", res.Mentions)
	}
}

// TestArbitrationAward: with the tagger, an arbitration's case number is
// read whole ("01-22-0003-4567"), a party's role before its name in the
// award's text is no part of it ("Claimant Kestrel …"), and the
// administering body is named over "for".
func TestArbitrationAward(t *testing.T) {
	text := "AAA Case No. 01-22-0003-4567\n\nFINAL AWARD\n\n1. Respondent Palomar Precision Machining LLC (\"Palomar\") shall pay to Claimant Kestrel Aerospace Components, Inc. (\"Kestrel\") the sum of $1,284,500.00.\n\n" +
		"2. The administrative fees and expenses of the International Centre for Dispute Resolution totaling $42,150.00 shall be borne by Palomar.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeCase, "01-22-0003-4567"}, mention{extract.TypeOrg, "Kestrel Aerospace Components, Inc."},
		mention{extract.TypeOrg, "International Centre for Dispute Resolution"})
}

// TestImmigrationDecision: with the tagger, a Board of Immigration
// Appeals decision's forms: "In re:" and the party on one line is the
// case, a stamp's date in capitals ("OCT 14 2021"), a lawyer before
// "Esquire" a person (the tagger read a place), the Board without the
// header's "Decision of the", a precedent cited as "Matter of" its party,
// and no date in its reporter ("Dec. 56" of "23 I&N Dec. 56").
func TestImmigrationDecision(t *testing.T) {
	text := "U.S. Department of Justice\nExecutive Office for Immigration Review\n\nDecision of the Board of Immigration Appeals\nFalls Church, Virginia 22041\n\n" +
		"File: A212-345-678 – Houston, TX                         Date: OCT 14 2021\n\nIn re: Mateo ALVAREZ-RUIZ a.k.a. Mateo Ruiz\n\nIN REMOVAL PROCEEDINGS\n\n" +
		"ON BEHALF OF RESPONDENT: Sofia Lindqvist, Esquire\n\nThe respondent appeals. See Matter of Monreal, 23 I&N Dec. 56 (BIA 2001). The appeal will be dismissed.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeCase, "In re: Mateo ALVAREZ-RUIZ"}, mention{extract.TypePerson, "Mateo ALVAREZ-RUIZ"}, mention{extract.TypeDate, "OCT 14 2021"},
		mention{extract.TypePerson, "Sofia Lindqvist"}, mention{extract.TypeOrg, "Board of Immigration Appeals"}, mention{extract.TypeCase, "Matter of Monreal"})
	wantNone(t, res.Mentions, extract.TypeDate, func(s string) bool { return strings.HasPrefix(s, "Dec.") })
}

// TestFamilyCourtForms: with the tagger, a family court's caption (the
// spouses under "IN RE: THE MARRIAGE OF", with their roles and "and") is
// one case of both, "THE MARRIAGE OF" no person, and a judge's signature
// over "CIRCUIT JUDGE" a person.
func TestFamilyCourtForms(t *testing.T) {
	text := "IN RE: THE MARRIAGE OF\n\nDANIELLE M. OKONKWO,\n     Petitioner/Wife,\n\nand\n\nTERRENCE J. OKONKWO,\n     Respondent/Husband.\n\n" +
		"FINAL JUDGMENT OF DISSOLUTION OF MARRIAGE\n\nThe Husband appeared pro se.\n\n                                   CAROL-LISA PHILLIPS\n                                   CIRCUIT JUDGE\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeCase, "IN RE: THE MARRIAGE OF DANIELLE M. OKONKWO, Petitioner/Wife, and TERRENCE J. OKONKWO"},
		mention{extract.TypePerson, "DANIELLE M. OKONKWO"}, mention{extract.TypePerson, "TERRENCE J. OKONKWO"}, mention{extract.TypePerson, "CAROL-LISA PHILLIPS"})
	for _, m := range res.Mentions {
		if strings.Contains(m.Text, "MARRIAGE OF") && m.Type != extract.TypeCase {
			t.Errorf("the caption's title is a name: %v", m)
		}
	}
}

// TestLawFirmWithPA: with the tagger, a law firm with a professional
// association's form is one organisation; "P.A." after a name is no state
// (Pennsylvania's abbreviation is "Pa."), and the name before it no city.
func TestLawFirmWithPA(t *testing.T) {
	text := "The Wife was present and represented by Alicia Montoya, Esq. of Montoya Family Law, P.A. The Husband appeared pro se.\n\n" +
		"The claim was examined by Carter Bell, P.A., a physician assistant, in a clinic.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Montoya Family Law, P.A."})
	for _, m := range res.Mentions {
		if m.Type == extract.TypeLocation {
			t.Errorf("a place: %q", m.Text)
		}
	}
}

// TestNeutralCitationWired: with the tagger, an Illinois public-domain
// citation is found and refers to the case named before it.
func TestNeutralCitationWired(t *testing.T) {
	text := "In Cothron v. White Castle System, Inc., 2023 IL 128004, the Illinois Supreme Court held that a claim accrues with each scan.\n"
	res := stageResult(t, text)
	for _, m := range res.Mentions {
		if m.Text == "2023 IL 128004" {
			if m.Refers != "Cothron v. White Castle System, Inc." {
				t.Errorf("the citation refers to %q", m.Refers)
			}
			return
		}
	}
	t.Errorf("missing the citation in %v", res.Mentions)
}

// TestPersonBeforeOffice: with the tagger, a lawyer named before an
// office's title ("Steven B. Wolfson, District Attorney") is a person, not
// an organisation named for the title's first word.
func TestPersonBeforeOffice(t *testing.T) {
	text := "Steven B. Wolfson, District Attorney, and Lisa V. Logsdon, Deputy District Attorney, Clark County,\nfor Respondent.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypePerson, "Steven B. Wolfson"})
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Wolfson") })
}

// TestInternationalNames: with the tagger, companies with foreign legal
// forms ("Østergaard Shipping A/S", "Nippon Kaiyo K.K.", "Philips N.V."),
// two such companies joined by "and" apart, a person's surname that a
// particle opens ("María José de la Cruz"), and a titled person before
// "of" and an organisation ("Dr. Li Wei of Tsinghua University") apart.
func TestInternationalNames(t *testing.T) {
	text := "Plaintiffs María José de la Cruz and D'Andre McAllister sue Østergaard Shipping A/S, Nippon Kaiyo K.K., Nokia Oyj and BHP Group Pty Ltd, and Philips N.V. " +
		"Dr. Li Wei of Tsinghua University testified.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypePerson, "María José de la Cruz"}, mention{extract.TypeOrg, "Østergaard Shipping A/S"},
		mention{extract.TypeOrg, "Nippon Kaiyo K.K."}, mention{extract.TypeOrg, "Nokia Oyj"}, mention{extract.TypeOrg, "BHP Group Pty Ltd"},
		mention{extract.TypeOrg, "Philips N.V."}, mention{extract.TypePerson, "Li Wei"}, mention{extract.TypeOrg, "Tsinghua University"})
}

// TestTrustWithFiduciary: with the tagger, a trust named after its
// trustee's role ("Trustee of the … Revocable Trust") is the trust.
func TestTrustWithFiduciary(t *testing.T) {
	text := "ARTICLE II. I give my residence at 1180 Grandin Road, Cincinnati, Ohio 45208 to the Trustee of the Evelyn M. Thornbury Revocable Trust dated June 4, 2015, to be held under its terms.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Evelyn M. Thornbury Revocable Trust"})
}

// TestLitigationParty: with the tagger, a multidistrict litigation's
// caption names its company as the party, to the company's legal form;
// the litigation's name is no organisation.
func TestLitigationParty(t *testing.T) {
	text := "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nIN RE: APPLE INC. DEVICE PERFORMANCE LITIGATION\n\nCase No. 5:18-md-02827-EJD\n\n" +
		"See In re Generic Pharmaceuticals Pricing Antitrust Litigation, 2019 WL 1.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "APPLE INC."})
	for _, m := range res.Mentions {
		if m.Type != extract.TypeCase && strings.HasSuffix(strings.ToLower(m.Text), "litigation") {
			t.Errorf("a litigation's name as a %s: %q", m.Type, m.Text)
		}
	}
}

// A cents fraction's denominator ("and No/100 Dollars") is no amount;
// the amount in figures beside it is one.
func TestCentsFraction(t *testing.T) {
	res := stageResult(t, "the principal sum of Seven Hundred Fifty Thousand and No/100 Dollars ($750,000.00).\n")
	wantIn(t, res.Mentions, mention{extract.TypeMoney, "$750,000.00"})
	wantNone(t, res.Mentions, extract.TypeMoney, func(s string) bool { return strings.Contains(s, "100 Dollars") })
}

// TestStackedCaptionBesideColumns: a stacked caption whose lines have
// another column beside them, as the text stage keeps it (a tab), is one
// case and its parties, and the docket number in that column is a case of
// its own.
func TestStackedCaptionBesideColumns(t *testing.T) {
	text := "Patricia Lindahl,\tCourt File No. 27-CV-21-8841\nPlaintiff,\nv.\tSPECIAL VERDICT FORM\nNorthstar Medical Group, P.A.,\nDefendant.\n\nWe, the jury, answer the questions.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeCase, "27-CV-21-8841"}, mention{extract.TypePerson, "Patricia Lindahl"})
	found := false
	for _, m := range res.Mentions {
		if m.Type == extract.TypeCase && extract.WithoutColumns(m.Text) == "Patricia Lindahl,\nPlaintiff,\nv.\nNorthstar Medical Group" {
			found = true
		}
	}
	if !found {
		t.Errorf("no caption's case in %v", res.Mentions)
	}
	// The other column's judge or the document's title on the line after
	// "v." (where the text kept no column) is no party, nor the case's.
	for _, tc := range []struct{ text, party, name string }{
		{"Tamara Vickers\nPlaintiff,\nv.\tCase No.: 1:22-cv-04417\nHonorable Jorge L. Alonso\nLakeshore Logistics, Inc., et al.\nDefendant.\n\nNOTIFICATION OF DOCKET ENTRY\n",
			"Lakeshore Logistics, Inc.", "Tamara Vickers\nPlaintiff,\nv.\nLakeshore Logistics, Inc."},
		{"OLUWASEUN ADEYEMI,\nPlaintiff,\tIndex No. 512345/2022\n-against-\nDECISION AND ORDER\nMETROPOLITAN TRANSPORTATION AUTHORITY and\nNEW YORK CITY TRANSIT AUTHORITY,\nDefendants.\n\nPlaintiff moves.\n",
			"METROPOLITAN TRANSPORTATION AUTHORITY", "OLUWASEUN ADEYEMI,\nPlaintiff,\n-against-\nMETROPOLITAN TRANSPORTATION AUTHORITY"},
	} {
		res := stageResult(t, tc.text)
		wantIn(t, res.Mentions, mention{extract.TypeOrg, tc.party})
		named := false
		for _, m := range res.Mentions {
			named = named || m.Type == extract.TypeCase && extract.WithoutColumns(m.Text) == tc.name
		}
		if !named {
			t.Errorf("no case %q in %v", tc.name, res.Mentions)
		}
	}
}

// TestTitleOverCaption: a research site's title over the caption ("Maples
// v. State" over "David A. MAPLES, Plaintiff-Appellant, v. STATE of
// Michigan") names the document's own case, so the caption is not a cited
// case and its parties are the case's.
func TestTitleOverCaption(t *testing.T) {
	text := "Maples v. State\n\nCourt of Appeals of Michigan\nJul 21, 2022\n\nNo. 343394\n\nDavid A. MAPLES, Plaintiff-Appellant, v. STATE of Michigan, Defendant-Appellee.\n\nThe court below ruled for the state.\n"
	wantIn(t, stageResult(t, text).Mentions, mention{extract.TypeOrg, "STATE of Michigan"}, mention{extract.TypePerson, "David A. MAPLES"})
}

// TestReadersInTheStage: the readers and mends each unit test calls
// directly are run by the stage too, with the tagger: a prison, a venue
// line's county, a district's number, a company a number opens, an
// appearance's lawyers of their firm, a counsel list's label, a person's
// filing after the possessive, a title's given name, a page's "Judges:"
// field, a Florida district court of appeal and a Texas district court's
// number.
func TestReadersInTheStage(t *testing.T) {
	text := "Superior Court CIVIL ACTION MIDDLESEX, SS\n\n" +
		"He is held at Southport Correctional Facility. Independent School District No. 625 agreed.\n\n" +
		"This Agreement is made by and between (1) 180 LIFE SCIENCES CORP. (“180 Life”), on the one hand, and (2) MARLENE KRAUSS.\n\n" +
		"Joseph Petersen of Kilpatrick Townsend & Stockton LLP for Apple Inc. and Apple Corps Ltd. Michael H. Sproule of Akabas & Cohen for Relix LLC.\n\n" +
		"Chad J. Toms, Esquire, Whiteford, Taylor & Preston, L.L.C., Wilmington, Delaware.\n\n" +
		"The court accepts Judge Strand's Report and Recommendation.\n\n" +
		"DocketNumber: 44075, 44076\nJudges: Eberhardt, Bell, Quillian, Whitman, Felton\nFiled Date: 4/4/1969\n\n" +
		"District Court of Appeal of Florida, Fourth District.\nAppeal from the 41st District Court, El Paso County.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypePerson, "Bell"}, mention{extract.TypePerson, "Quillian"},
		mention{extract.TypeCourt, "District Court of Appeal of Florida, Fourth District"}, mention{extract.TypeCourt, "41st District Court, El Paso County"},
		mention{extract.TypeLocation, "MIDDLESEX"}, mention{extract.TypeLocation, "Southport Correctional Facility"},
		mention{extract.TypeOrg, "Independent School District No. 625"}, mention{extract.TypeOrg, "180 LIFE SCIENCES CORP."},
		mention{extract.TypeOrg, "Akabas & Cohen"}, mention{extract.TypePerson, "Michael H. Sproule"},
		mention{extract.TypeOrg, "Whiteford, Taylor & Preston, L.L.C."}, mention{extract.TypePerson, "Strand"})
}

// TestTitledGivenNameInTheStage: in a U.S. Attorney's press release
// (testdata/usao-press-release.txt, justice.gov, a work of the United
// States government) the tagger reads only "Rick" of "Assistant United
// States Attorney Rick Veters."; the stage reads the surname too.
func TestTitledGivenNameInTheStage(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "usao-press-release.txt"))
	if err != nil {
		t.Fatal(err)
	}
	wantMentions(t, extract.New(extract.Config{}), string(raw), mention{extract.TypePerson, "Rick Veters"})
}

// TestContractMendsInTheStage: the mends of a contract's text are in the
// stage's lists: a defined kind after a comma is no name with the word
// before it, "People's" opens its republic, a public body in capitals goes
// on over "OF" and its place, a notice's "Fax" ends no person's name, an
// e-mail address holds no one and a firm of partners goes on over "and".
func TestContractMendsInTheStage(t *testing.T) {
	text := "SILICON VALLEY BANK (\"Bank\") and AKAMAI TECHNOLOGIES, INC. (\"Borrower\") agree as follows.\n" +
		"Subject to the terms and conditions of this Agreement, Bank agrees to lend to Borrower.\n" +
		"The PRC means the People's Republic of China excluding Hong Kong.\n" +
		"This LOAN AGREEMENT is entered into between PENINSULA PORTS AUTHORITY OF VIRGINIA, a body politic and corporate and a political subdivision of the Commonwealth of Virginia (the \"Issuer\"), and DOMINION TERMINAL ASSOCIATES.\n" +
		"If to Agent: Silicon Valley Bank 535 Fifth Avenue, 27th Floor, New York, New York 10017 Attn: Mr. Michael Moretti Fax: (212) 688-5994 Email: MMoretti@svb.com " +
		"with a copy to: Riemer & Braunstein LLP Three Center Plaza Boston, Massachusetts 02108 Attn: David A. Ephraim, Esquire Fax: (617) 880-3456 Email: DEphraim@riemerlaw.com\n" +
		"Seth P. Waxman, with whom Daniel M. Esrick, David W. Ogden, and Wilmer Cutler Pickering Hale and Dorr LLP were on brief, for appellees.\n"
	st := extract.New(extract.Config{})
	res, err := st.Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, res.Mentions, mention{extract.TypeLocation, "People's Republic of China"}, mention{extract.TypeOrg, "PENINSULA PORTS AUTHORITY OF VIRGINIA"}, mention{extract.TypeOrg, "Issuer"}, mention{extract.TypePerson, "Michael Moretti"},
		mention{extract.TypeOrg, "Wilmer Cutler Pickering Hale and Dorr LLP"})
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.Contains(s, ",") && !strings.HasSuffix(s, "INC.") })
	wantNone(t, res.Mentions, extract.TypeLocation, func(s string) bool { return s == "Republic of China" })
	wantNone(t, res.Mentions, extract.TypePerson, func(s string) bool { return strings.HasSuffix(s, "Fax") || s == "MMoretti" || s == "DEphraim" })
}

// TestStreetCornersInTheStage: an address at a corner of two streets, as
// the Department of Commerce's notices give its building's, is one
// place, over a line break too, neither a law ("Street and
// Constitution") nor an organisation; without the city's quarter after
// it, two streets are two.
func TestStreetCornersInTheStage(t *testing.T) {
	text := "Import Administration, International Trade Administration, U.S. Department of Commerce, 14th Street and Constitution Avenue, NW, Washington, DC 20230.\n\n" +
		"Room 1870, U.S. Department of Commerce, 14th Street & Constitution\nAvenue, N.W., Washington, DC 20230.\n" +
		"The store has entrances on both 3rd Street and Commerce Street.\n"
	st := extract.New(extract.Config{})
	res, err := st.Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, res.Mentions, mention{extract.TypeLocation, "14th Street and Constitution Avenue, NW"}, mention{extract.TypeLocation, "14th Street & Constitution Avenue, N.W."})
	for _, typ := range []string{extract.TypeLaw, extract.TypeOrg} {
		wantNone(t, res.Mentions, typ, func(s string) bool { return strings.Contains(s, "Constitution") })
	}
	wantNone(t, res.Mentions, extract.TypeLocation, func(s string) bool { return strings.Contains(s, "3rd Street and") })
}

// TestEleventhRoundFormsInTheStage: the forms an eleventh round of unseen
// documents showed, through the stage (each reader and mend registered):
// "Dept. of Justice" is the agency, a name in a
// legal form with periods a company, two companies a comma joins two,
// "Sears, Roebuck and Co." one company, a professional corporation the
// professional's company, a caption's fictitious defendants no party's, a
// disciplinary proceeding's party the person, and "Avenue of the
// Americas" an address.
func TestEleventhRoundFormsInTheStage(t *testing.T) {
	text := "Appellate Staff, Civ. Div., Dept. of Justice, Washington, D.C., for appellee.\n\n" +
		"for appellee Deutsche Lufthansa A.G. and Southwest Airlines Co., Airlines Reporting Corp. and Sears, Roebuck and Co.\n\n" +
		"KEITH FEDER, M.D., INC., Plaintiff, v. AMAZON.COM, INC. and DOES 1-10, Defendants.\n\n" +
		"IN THE MATTER OF DISCIPLINARY PROCEEDINGS AGAINST NEIL T. NOESEN, RPH, RESPONDENT.\n\n" +
		"The lessee is at 1114 Avenue of the Americas, New York, New York 10036.\n"
	st := extract.New(extract.Config{})
	res, err := st.Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Dept. of Justice"}, mention{extract.TypeOrg, "Deutsche Lufthansa A.G."},
		mention{extract.TypeOrg, "Southwest Airlines Co."}, mention{extract.TypeOrg, "Airlines Reporting Corp."},
		mention{extract.TypeOrg, "Sears, Roebuck and Co."}, mention{extract.TypeOrg, "KEITH FEDER, M.D., INC."},
		mention{extract.TypeOrg, "AMAZON.COM, INC."}, mention{extract.TypePerson, "NEIL T. NOESEN"},
		mention{extract.TypeLocation, "1114 Avenue of the Americas"})
	for _, typ := range []string{extract.TypePerson, extract.TypeOrg, extract.TypeLocation} {
		wantNone(t, res.Mentions, typ, func(s string) bool {
			return s == "Justice" || s == "Roebuck" || s == "KEITH FEDER" || s == "Americas" || strings.Contains(s, "DOES") || strings.Contains(s, "PROCEEDINGS")
		})
	}
}

// TestFormsInTheStage: the forms each row's comment names, through the
// stage (every reader and mend registered): the mentions a row wants are
// there, and none its bad functions report.
// knownPlaceNames are places TestFormsInTheStage wants no person of.
var knownPlaceNames = map[string]bool{"McAllen": true, "Albany": true, "SACRAMENTO": true, "El Salvador": true, "Brooklyn": true, "Tupelo": true}

func TestFormsInTheStage(t *testing.T) {
	type none struct {
		typ string
		bad func(string) bool
	}
	tests := []struct {
		name string
		text string
		want []mention
		none []none
	}{
		// A Federal Register notice's agency line names each body apart: the
		// department's units in the agency table, the department after a comma.
		{name: "FederalRegisterAgencies", text: "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n\n" +
			"AGENCY: Import Administration, International Trade Administration, Department of Commerce.\n",
			want: []mention{{extract.TypeOrg, "International Trade Administration"}, {extract.TypeOrg, "Import Administration"},
				{extract.TypeOrg, "Department of Commerce"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "International Trade" || strings.Contains(s, ", Department") }}}},
		// A place no one is named is a place, where the tagger read a person.
		{name: "KnownPlacesReadAsPeople", text: "The officers drove him from McAllen to Albany. SUPERIOR COURT OF CALIFORNIA\nCOUNTY OF SACRAMENTO\n" +
			"He was born in El Salvador and lived in Brooklyn and Tupelo.\n",
			want: []mention{{extract.TypeLocation, "McAllen"}, {extract.TypeLocation, "Albany"}, {extract.TypeLocation, "Brooklyn"},
				{extract.TypeLocation, "Tupelo"}},
			none: []none{{extract.TypePerson, func(s string) bool { return knownPlaceNames[s] }}}},
		// A public office named between a counsel's commas is one organisation, not the city
		// after it; an office of a court or its clerk is the court's.
		{name: "ListedOffices", text: "Counsel: Phillip A. Llonberger, Office of the Attorney General, Austin, for appellee; Gregg Henry Bachmann, " +
			"Office of the Ohio Attorney General, Columbus; Jane Roe, Office of the Federal Public Defender for the District of Kansas, Topeka.\n" +
			"Office of the Presiding Disciplinary Judge of the Supreme Court of Colorado, 1300 Broadway\n\n" +
			"                                          OFFICE OF THE CLERK\n\n MARCIA M. WALDRON             UNITED STATES COURT OF APPEALS\n",
			want: []mention{{extract.TypeOrg, "Office of the Attorney General"}, {extract.TypeOrg, "Office of the Ohio Attorney General"},
				{extract.TypeOrg, "Office of the Federal Public Defender for the District of Kansas"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Judge") || strings.Contains(s, "CLERK") }}}},
		// A name that ends with a building's, a hotel's, a harbor's, a channel's, a forest's or a mall's
		// kind is a place, whatever the tagger called it; a street named for one is still a street.
		{name: "PlaceKinds", text: "The meeting was held at the Wawona Hotel near the Siskiyou National Forest. Ships use the Stockton Deep Water Channel " +
			"and the Bigfork Harbor. Offices in the Rayburn House Office Building and the Wilton Mall closed. Access is from Harbor Road, " +
			"which borders the south side.\n",
			want: []mention{{extract.TypeLocation, "Wawona Hotel"}, {extract.TypeLocation, "Siskiyou National Forest"}, {extract.TypeLocation, "Stockton Deep Water Channel"},
				{extract.TypeLocation, "Bigfork Harbor"}, {extract.TypeLocation, "Rayburn House Office Building"}, {extract.TypeLocation, "Wilton Mall"},
				{extract.TypeLocation, "Harbor Road"}}},
		// A case's first party with "for" in its name, or a Bluebook abbreviation of five letters
		// ("Indep."), is whole; a filing's "Motion for" opens no party.
		{name: "PartyWithForAndLongAbbreviation", text: "See Center for Biological Diversity v. Salazar, 695 F.3d 893 (9th Cir. 2012); " +
			"Nat'l Fed'n of Indep. Bus. v. Sebelius, 567 U.S. 519 (2012). The Motion for Smith v. Jones was denied.\n",
			want: []mention{{extract.TypeCase, "Center for Biological Diversity v. Salazar"}, {extract.TypeCase, "Nat'l Fed'n of Indep. Bus. v. Sebelius"},
				{extract.TypeCase, "Smith v. Jones"}},
			none: []none{{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "Motion") || strings.HasPrefix(s, "Bus.") }}}},
		// A bank's company named over "of" is a name, not a contract's clause or a role before it; a
		// role after "of" still makes a clause.
		{name: "BankOfACountryCorporation", text: "The fine was paid by Bank of America Corporation and the Bank of New York Mellon Corporation.\n" +
			"ARTICLE 4. Representations of the Company.\n",
			want: []mention{{extract.TypeOrg, "Bank of America Corporation"}, {extract.TypeOrg, "Bank of New York Mellon Corporation"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Representations") }}}},
		// A counsel list's firm named for a lawyer the list names, without its ampersand, is a firm;
		// a relative's surname ending a lawyer's name makes no firm.
		{name: "FirmNamedForItsLawyer", text: "Thomas K. Herren, Herren Adams, Lexington, for appellant.\n" +
			"R. Perry Pringle, of Pringle Herzog, Shreveport, for defendant-relator.\nMary Williams, J. Colby Williams, Las Vegas, NV, for Petitioner.\n",
			want: []mention{{extract.TypeOrg, "Herren Adams"}, {extract.TypeOrg, "Pringle Herzog"}, {extract.TypePerson, "Mary Williams"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Herren Adams" || s == "Pringle Herzog" }}}},
		// A professional association's form after a counsel list's comma is a firm's, not a person's.
		{name: "FirmFormInCounselList", text: "Jeffrey Ryan Barber, Sr. (argued), Watkins Ludlam Winter Stennis, P.A., Jackson, MS, for Appellees.\n",
			want: []mention{{extract.TypeOrg, "Watkins Ludlam Winter Stennis, P.A."}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Stennis") }}}},
		// The stage runs the mends of wrapped forms: a firm in capitals wrapped over a counsel line, a
		// company named for its city and state, an amount whose scale word wrapped, a date range.
		{name: "WrappedFormsInTheStage", text: "Cheneise V. Wright, LEWIS BRISBOIS BISGAARD &\nSMITH LLP, Wilmington, Delaware; Counsel for Petitioner.\n" +
			"Counsel for Kevin Brazil, Sonic Drive-in of Clinton, Missouri, LLC. The fund held approximately $62.5\nbillion in assets. " +
			"The hearing was held September 16-17, 1989.\n",
			want: []mention{{extract.TypeOrg, "LEWIS BRISBOIS BISGAARD & SMITH LLP"}, {extract.TypeOrg, "Sonic Drive-in of Clinton, Missouri, LLC"},
				{extract.TypeMoney, "$62.5 billion"}, {extract.TypeDate, "September 16-17, 1989"}}},
		// The stage joins initials after a parenthesis, a given name the tagger read apart and a
		// surname written first to the person's name.
		{name: "InitialAfterParenthesisAndGivenNameApart", text: "McOmber & McOmber, attorneys for appellants (J. Peter Sokol, of counsel and on the brief).\n" +
			"Brian R. Stegall, Frankfort, for K, S H, Gary Stingle and William David Hammons.\nOpinion by Ross, Eleanor L., United States District Judge\n",
			want: []mention{{extract.TypePerson, "J. Peter Sokol"}, {extract.TypePerson, "William David Hammons"}, {extract.TypePerson, "Ross, Eleanor L."}},
			none: []none{{extract.TypePerson, func(s string) bool {
				return s == "Peter Sokol" || s == "William" || s == "David Hammons" || s == "Eleanor L."
			}}}},
		// A name that ends on its middle initial at a line's end goes on with the surname that opens
		// the next line, also where the stage read that surname as a name of its own; a title there
		// is no surname.
		{name: "SurnameAfterWrappedInitial", text: "Appeal from an order entered 25 April 2016 by Judge David H.\nStrickland in Mecklenburg County District Court.\n" +
			"The motion was argued by Maria T.\nGonzalez for the State. The order was signed by Anne B.\nJudge of the Probate Court.\n",
			want: []mention{{extract.TypePerson, "David H. Strickland"}, {extract.TypePerson, "Maria T. Gonzalez"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "David H." || s == "Gonzalez" || strings.Contains(s, "Judge of") }}}},
		// A public body named for its kind of system, a tax tribunal or a chamber of commerce is one
		// organisation with its state's or members' words, not the state as a place; a system of
		// another kind and a court system named by its court's kind alone are no body.
		{name: "SystemsTribunalsChambers", text: "Lead plaintiffs Arkansas Teacher Retirement System and Alex Meruelo Living Trust objected. " +
			"He appealed to the Michigan Tax Tribunal. The Chamber of Commerce of the United States of America and the Police and Firemen's Retirement System filed briefs. " +
			"An Act Concerning Reform of the Probate Court System passed. The Electronic Case Filing System failed.\n",
			want: []mention{{extract.TypeOrg, "Arkansas Teacher Retirement System"}, {extract.TypeOrg, "Alex Meruelo Living Trust"}, {extract.TypeOrg, "Michigan Tax Tribunal"},
				{extract.TypeOrg, "Chamber of Commerce of the United States of America"}, {extract.TypeOrg, "Police and Firemen's Retirement System"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Arkansas" || s == "Michigan" }},
				{extract.TypeOrg, func(s string) bool {
					return strings.Contains(s, "Court System") || strings.Contains(s, "Filing System") || strings.Contains(s, " and Alex")
				}}}},
		// A heading in capitals above a caption's company, or two heading words on its line, is no
		// part of the company's name; a company whose name opens with one such word keeps it.
		{name: "HeadingBeforeCompany", text: "EDWARD HISE, an individual,\nDefendant,\nand OPINION\nDIGITAL OVERTURE, INC., a\nCalifornia corporation.\n\n" +
			"OPINION\nELECTRONIC ARTS INC.,\nDefendant.\n\nPROCEDURAL HISTORY Lion Raisins, Inc., a California corporation, sued. ORDER EXPRESS, INC. answered.\n\n" +
			"OPINION AND ORDER AFFIRMING AGENCY\nThe court affirms.\n",
			want: []mention{{extract.TypeOrg, "DIGITAL OVERTURE, INC."}, {extract.TypeOrg, "ELECTRONIC ARTS INC."}, {extract.TypeOrg, "Lion Raisins, Inc."},
				{extract.TypeOrg, "ORDER EXPRESS, INC."}},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return strings.HasPrefix(s, "OPINION\n") || strings.HasPrefix(s, "OPINION E") || strings.HasPrefix(s, "PROCEDURAL") || s == "AFFIRMING AGENCY"
			}}}},
		// A person of three names keeps the given name the tagger left out; an office, a rank or a
		// place before a person's name is no given name.
		{name: "FirstOfThreeNames", text: "The witness was Sally Ann Steuk yesterday. Mary Lou Mahaffey, et al., Plaintiffs, sued.\n" +
			"The board was chaired by Supervisor Janice Hahn. Detective Michael Cauley testified. The lawyer in Wickersham Ann Steuk answered.\n",
			want: []mention{{extract.TypePerson, "Sally Ann Steuk"}, {extract.TypePerson, "Mary Lou Mahaffey"}},
			none: []none{{extract.TypePerson, func(s string) bool {
				return strings.HasPrefix(s, "Supervisor") || strings.HasPrefix(s, "Detective") || strings.HasPrefix(s, "Wickersham")
			}}}},
		// A caption a page flattened onto one line keeps its column's ")" marks: the country or the
		// state before its role there is a litigant, an organisation.
		{name: "FlattenedColumnCaption", text: "IN THE UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF TEXAS HOUSTON DIVISION ______________ ) " +
			"UNITED STATES OF AMERICA, ) ) Plaintiff, ) ) Civil Action No. 4:08-cv-2944 v. ) ) EXPLORER PIPELINE COMPANY ) ) Defendant. ) ______________\n",
			want: []mention{{extract.TypeOrg, "UNITED STATES OF AMERICA"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "UNITED STATES OF AMERICA" }}}},
		// A counsel list's second lawyer, in the slot a firm may take, is a person by the initial in
		// the name; a journal cited by its abbreviation is no person.
		{name: "SecondLawyerNoFirm", text: "Paul J. Peter, Gary L. Young, Lincoln, NE, for appellant.\nStewart F. Peck, Nathan P. Horner, New Orleans, LA, for appellees.\n",
			want: []mention{{extract.TypePerson, "Gary L. Young"}, {extract.TypePerson, "Nathan P. Horner"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "Gary L. Young" || s == "Nathan P. Horner" }}}},
		// A surname alone that the tagger calls an organisation is the person the document names
		// in full.
		{name: "SurnameOfNamedPerson", text: "Defendant Raymond P. Warrell, Jr. (\"Warrell\") sold the product. Warrell denied it.\n",
			want: []mention{{extract.TypePerson, "Warrell"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "Warrell" }}}},
		// A court cited with the decision's later history after its year, as Texas cites its courts
		// of appeals, is a court; the Houston courts' district in brackets is part of its name.
		{name: "CourtCitedWithHistory", text: "See In re McGregor, 265 S.W.3d 631, 637 (Tex.App.-Houston [1st Dist.] 2008, pet. denied); " +
			"Smith v. Jones, 1 S.W.3d 2 (Tex. App.-San Antonio 2010, no pet.).\n",
			want: []mention{{extract.TypeCourt, "Tex.App.-Houston [1st Dist.]"}, {extract.TypeCourt, "Tex. App.-San Antonio"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Houston" }}}},
		// "United States" in a federal office's title is no place, in a statute's lower case too.
		{name: "CountryInOfficeTitle", text: "Upon consent of the parties, a full-time United States magistrate judge may conduct any proceedings.\n",
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "United States" }}}},
		// The stage reads a counsel list's federal office before its district and a comma whole.
		{name: "OfficeCommaDistrict", text: "Donald E. Clark, U.S. Attorney's Office, District of Maine, Portland, ME, for Plaintiff.\n",
			want: []mention{{extract.TypeOrg, "U.S. Attorney's Office, District of Maine"}}},
		// The stage reads a state of incorporation before its kind in capitals, which the tagger
		// reads as nothing.
		{name: "StateOfIncorporation", text: "3. The Defendant, TJX Companies Inc., is a Delaware Corporation with its principal\n",
			want: []mention{{extract.TypeLocation, "Delaware"}}},
		// The stage reads the trial judge an appeal names after its court, run on after the
		// court's name or after a comma, an honorific and a place cut off.
		{name: "PresidingJudges", text: "Appeal from the United States District Court for the Central District of California Florence-Marie Cooper, District Judge, Presiding\n" +
			"Appeal from the United States District Court for the Northern District of California Jacqueline Scott Corley, Magistrate Judge, Presiding\n" +
			"Appeal from the Circuit Court of Kane County. Honorable John G. Dalton, Judge, Presiding.\n",
			want: []mention{{extract.TypePerson, "Florence-Marie Cooper"}, {extract.TypePerson, "Jacqueline Scott Corley"}, {extract.TypePerson, "John G. Dalton"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "California") || strings.Contains(s, "Honorable") }}}},
		// The stage reads a circuit cited the Bluebook's way where courts-db writes it otherwise, a
		// counsel list's firm whose "&" a web page dropped, a name a caption's role opens, and a
		// state's legislature.
		{name: "OrdinalCircuitAndDroppedAmpFirm", text: "See Doe v. Roe, 95 F.3d 291, 294 (3d Cir. 1996).\n" +
			"Joe S. Bailey of Samford, Denson, Horsley, Pettey, Martin Barrett, Opelika, for appellee.\n" +
			"Plaintiff-Appellant Fonovisa, Inc. appeals the order.\nThe Oklahoma Legislature amended the statute.\n",
			want: []mention{{extract.TypeCourt, "3d Cir."}, {extract.TypeOrg, "Samford, Denson, Horsley, Pettey, Martin Barrett"}, {extract.TypeOrg, "Fonovisa, Inc."},
				{extract.TypeOrg, "Oklahoma Legislature"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Barrett") }},
				{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Plaintiff") }}}},
		// A large firm a counsel list names without its form is an organisation, not the tagger's person.
		{name: "KnownFirmInCounselList", text: "Steven S. Bell (argued and briefed), Perkins Coie, Seattle, WA, for Appellee.\n",
			want: []mention{{extract.TypeOrg, "Perkins Coie"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Coie") }}}},
		// The stage joins names a line break cut after a given name or an initial, reads a panel "Argued
		// Before" with a bracketed footnote mark and a firm the lawyer's surname opens.
		{name: "WrappedNamesInTheStage", text: "Argued Before BELL, C.J., RAKER, CATHELL[*], HARRELL, BATTAGLIA and GREENE, JJ.\n" +
			"Judge\nPhilip\nJ. Weiser, Attorney General, Denver, Colorado, for Plaintiff-Appellee\n" +
			"AND NOW comes the Petitioner, by and through his counsel, R.\nMark Thomas, Esquire, and files this Petition.\n" +
			"William R. Collins and C.R. Montgomery, Montgomery, Smith-Vaniz McGraw, Canton, for appellees.\n" +
			"Daniel J. Schwartz, GREENSFELDER AND HEMKER, St. Louis, Mo., for defendant.\n",
			want: []mention{{extract.TypePerson, "CATHELL"}, {extract.TypePerson, "BATTAGLIA"}, {extract.TypePerson, "Philip J. Weiser"},
				{extract.TypePerson, "R. Mark Thomas"}, {extract.TypeOrg, "Montgomery, Smith-Vaniz McGraw"}, {extract.TypeOrg, "GREENSFELDER AND HEMKER"}}},
		// A lawyer "and Associates" is a firm, and an ordinance's name over "and" one law.
		{name: "AssociatesAndOrdinances", text: "Steven J. Sersic, Timothy F. Kelly and Associates, Munster, for appellant.\n" +
			"He withheld rent under the Chicago Residential Landlord and Tenant Ordinance (RLTO).\n",
			want: []mention{{extract.TypeOrg, "Timothy F. Kelly and Associates"}, {extract.TypeLaw, "Chicago Residential Landlord and Tenant Ordinance"}}},
		// An officer's rank, name and "of the" before a department are a person and the department.
		{name: "OfficerOfDepartment", text: "The court heard Officer Colt Arnold of the San Antonio Police Department, who stopped him.\n",
			want: []mention{{extract.TypePerson, "Colt Arnold"}, {extract.TypeOrg, "San Antonio Police Department"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Officer") }}}},
		// A person's name the tagger ran over a sentence's full stop ends at it.
		{name: "PersonBeforeFullStop", text: "Cheney visited the home shared by his friends Tina Deitz and Deitz's boyfriend, Tony Martin. Deitz's nine-year-old daughter, T.D., was there.\n",
			want: []mention{{extract.TypePerson, "Tony Martin"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Martin.") }}}},
		// A caption's second side does not run on into the court named on the next line.
		{name: "CourtLineAfterCaption", text: "In re Board of School Commissioners of Mobile County\nv.\nMarion Dunn.\nSupreme Court of Alabama.\nWe reverse.\n",
			want: []mention{{extract.TypeCourt, "Supreme Court of Alabama"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Supreme") }}}},
		// A legal form's period ends a company's name before another company's ("Rolls-Royce North
		// America Inc. Coca-Cola Bottling Co."), not before a second legal form ("Goldman Sachs & Co.
		// LLC").
		{name: "CompaniesAfterAFormsPeriod", text: "Hewlett-Packard Company moved to intervene, as did Rolls-Royce North America Inc. Coca-Cola Bottling Co. " +
			"Consolidated answered, with Goldman Sachs & Co. LLC as its adviser.\n",
			want: []mention{
				{extract.TypeOrg, "Rolls-Royce North America Inc."},
				{extract.TypeOrg, "Coca-Cola Bottling Co."},
				{extract.TypeOrg, "Goldman Sachs & Co. LLC"},
			},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Inc. Coca") }}}},
		// A commission, committee or council named for its subject after "on" is one organisation with
		// it, found or grown ("Texas Commission" of "Texas Commission on Environmental Quality"); a
		// date after "on" is no subject.
		{name: "BodiesNamedForTheirSubject", text: "The plan was submitted by the Texas Commission on Environmental Quality and referred to the Committee on Ways and Means. " +
			"The New York State Commission on Judicial Conduct agreed. The standard was issued by the Financial Accounting Standards Board on February 25, 2016.\n" +
			"BEFORE THE STATE COMMISSION ON JUDICIAL CONDUCT\n",
			want: []mention{
				{extract.TypeOrg, "Texas Commission on Environmental Quality"},
				{extract.TypeOrg, "Committee on Ways and Means"},
				{extract.TypeOrg, "New York State Commission on Judicial Conduct"},
				{extract.TypeOrg, "Financial Accounting Standards Board"},
				{extract.TypeOrg, "STATE COMMISSION ON JUDICIAL CONDUCT"},
			},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return s == "Texas Commission" || strings.HasSuffix(s, " on") || strings.Contains(s, "February")
			}}}},
		// A bill by its chamber and number, a state's public act by its number, a section of a title
		// of the United States Code as Congress writes it and a section of a Public Law are each one
		// law; a committee report's number is no docket.
		{name: "LegislativeCitations", text: "See H.R. Rep. No. 94-1476, at 62 (1976). Congress passed H.R. 3684, which became Public Law 117-58; Section 2 of Public Law 117-58 " +
			"was not changed. Under section 552 of title 5, United States Code, the agency must disclose. Senate Bill 5 and House Bill No. 456 died in " +
			"committee; SB 1234 passed, as did Okla. H. Res. 1121. Public Act 103-0004 and P.A. 101-652 followed.\n",
			want: []mention{
				{extract.TypeLaw, "H.R. 3684"},
				{extract.TypeLaw, "Section 2 of Public Law 117-58"},
				{extract.TypeLaw, "section 552 of title 5, United States Code"},
				{extract.TypeLaw, "Senate Bill 5"}, {extract.TypeLaw, "House Bill No. 456"},
				{extract.TypeLaw, "SB 1234"}, {extract.TypeLaw, "Okla. H. Res. 1121"},
				{extract.TypeLaw, "Public Act 103-0004"}, {extract.TypeLaw, "P.A. 101-652"},
			},
			none: []none{{extract.TypeCase, func(s string) bool { return s == "94-1476" }}, {extract.TypeLaw, func(s string) bool { return s == "R. 3684" || s == "United States Code" || s == "Public Act" }}}},
		// A consolidated proceeding's name runs from "In re" (with or without a colon) to its
		// "Litigation" over commas and a parenthesis; an MDL's docket is its number; the Judicial
		// Panel on Multidistrict Litigation is a court, its heading over line breaks too.
		{name: "MultidistrictLitigation", text: "UNITED STATES JUDICIAL PANEL\non\nMULTIDISTRICT LITIGATION\n\n" +
			"IN RE: ZANTAC (RANITIDINE) PRODUCTS LIABILITY LITIGATION        MDL No. 2924\n\n" +
			"See In re: Bard IVC Filters Prods. Liab. Litig., 122 F. Supp. 3d 1375 (J.P.M.L. 2015); In re Ethicon, Inc., Pelvic Repair Sys. " +
			"Prods. Liab. Litig., MDL No. 2327.\n",
			want: []mention{
				{extract.TypeCourt, "UNITED STATES JUDICIAL PANEL on MULTIDISTRICT LITIGATION"},
				{extract.TypeCase, "IN RE: ZANTAC (RANITIDINE) PRODUCTS LIABILITY LITIGATION"},
				{extract.TypeCase, "2924"},
				{extract.TypeCase, "In re: Bard IVC Filters Prods. Liab. Litig."},
				{extract.TypeCase, "In re Ethicon, Inc., Pelvic Repair Sys. Prods. Liab. Litig."},
				{extract.TypeCase, "2327"},
			},
			none: []none{{extract.TypeCase, func(s string) bool { return s == "In re Ethicon, Inc." }}}},
		// A contract appeals board's and an arbitral institution's docket is its number, the label no
		// part of it; a foreign state that is a caption's party is an organisation.
		{name: "BoardAndArbitralDockets", text: "Appeal of Bell Helicopter Textron, Inc., ASBCA No. 61231. See Raytheon Co., ASBCA No. 57576; Sikorsky Aircraft Corp., CBCA 6543; " +
			"CAS 2019/A/6148 World Anti-Doping Agency v. Sun Yang.\n\nEco Oro Minerals Corp. v. Republic of Colombia\n(ICSID Case No. ARB/16/41)\n",
			want: []mention{
				{extract.TypeCase, "61231"}, {extract.TypeCase, "57576"},
				{extract.TypeCase, "6543"}, {extract.TypeCase, "2019/A/6148"},
				{extract.TypeCase, "ARB/16/41"}, {extract.TypeOrg, "Republic of Colombia"},
			},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Colombia") }}}},
		// A caption in mixed case on its own line under a heading in capitals starts on its line; a
		// service member's rank is no part of the name, and a ranked person, a comma and the service
		// are a person and an organisation.
		{name: "CaptionUnderCapsHeadingAndRanks", text: "MEMORANDUM AND ORDER\nSmith v. Acme Corp.\n\nMajor Kevin Dolan, Department of the Army, for the agency. " +
			"Lieutenant Colonel John Smith, U.S. Air Force, argued.\n",
			want: []mention{
				{extract.TypeCase, "Smith v. Acme Corp."}, {extract.TypePerson, "Kevin Dolan"},
				{extract.TypeOrg, "Department of the Army"}, {extract.TypePerson, "John Smith"},
			},
			none: []none{{extract.TypeCase, func(s string) bool { return strings.Contains(s, "MEMORANDUM") }}, {extract.TypePerson, func(s string) bool { return strings.Contains(s, "Colonel") }}}},
		// A federal prison by the Bureau of Prisons' kind and its town is a place; the Federal
		// Communications Commission's "FCC" no prison; "the United States Marshal", an office, no
		// place.
		{name: "FederalPrisonsAndOffices", text: "The defendant is remanded to the custody of the United States Marshal. The Court recommends FCI Milan or MDC Brooklyn. " +
			"FCC Commissioner Smith spoke.\n",
			want: []mention{
				{extract.TypeLocation, "FCI Milan"}, {extract.TypeLocation, "MDC Brooklyn"},
			},
			none: []none{{extract.TypeLocation, func(s string) bool { return strings.Contains(s, "Marshal") || strings.Contains(s, "FCC") }}, {extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Milan") }}}},
		// New York's consolidated laws by their abbreviations ("SCPA 1408", "EPTL 3-2.1", "RPAPL
		// 881"), a state's lawyers' office by place and title, a counsel block's "By" before its
		// lawyer, Arizona's appellate docket and a trial court "in" its county.
		{name: "StateCourtForms", text: "Objectant opposes probate under SCPA 1408 and EPTL 3-2.1, and the landlord sued under RPAPL 881.\n\n" +
			"No. 1 CA-CR 17-0456\nAppeal from the Superior Court in Maricopa County\n\nCOUNSEL\n\nArizona Attorney General's Office, Phoenix\nBy Joseph T. Maziarz\nCounsel for Appellee\n",
			want: []mention{
				{extract.TypeLaw, "SCPA 1408"}, {extract.TypeLaw, "EPTL 3-2.1"},
				{extract.TypeLaw, "RPAPL 881"}, {extract.TypeCase, "1 CA-CR 17-0456"},
				{extract.TypeCourt, "Superior Court in Maricopa County"},
				{extract.TypeOrg, "Arizona Attorney General's Office"},
				{extract.TypePerson, "Joseph T. Maziarz"},
			},
		},
		// A surrogate's court's header and a probate caption, whose party is the decedent.
		{name: "ProbateForms", text: "SURROGATE'S COURT OF THE STATE OF NEW YORK\nCOUNTY OF WESTCHESTER\n\nIn the Matter of the Probate of the Last Will and Testament of\nMARGARET A. KOWALSKI,\nDeceased.\n\n" +
			"Appeal from the Surrogate's Court of the State of New York.\n",
			want: []mention{
				{extract.TypeCourt, "Surrogate's Court of the State of New York"},
				{extract.TypeCase, "In the Matter of the Probate of the Last Will and Testament of MARGARET A. KOWALSKI"},
				{extract.TypePerson, "MARGARET A. KOWALSKI"},
			},
		},
		// The Fourth Circuit's "…, at Alexandria" after a district court is the court's seat, part of
		// its name and no place of its own.
		{name: "DistrictCourtSeat", text: "Appeal from the United States District Court for the Eastern District of Virginia, at Alexandria. Liam O'Grady, Senior District Judge.\n",
			want: []mention{
				{extract.TypeCourt, "United States District Court for the Eastern District of Virginia, at Alexandria"},
			},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Alexandria" }}}},
		// New York's regulations by title ("20 NYCRR 3000.9(b)"), Oregon's administrative rules, and
		// state tax tribunals' matter numbers ("DTA No. 823456", "TC-MD 170123R").
		{name: "TaxTribunalForms", text: "DTA No. 823456\n\nThe Division of Taxation moved under 20 NYCRR 3000.9(b).\n\nTC-MD 170123R\n\nUnder ORS 316.048 and OAR 150-316-0005, the department may assess.\n",
			want: []mention{
				{extract.TypeLaw, "20 NYCRR 3000.9(b)"}, {extract.TypeLaw, "OAR 150-316-0005"},
				{extract.TypeCase, "823456"}, {extract.TypeCase, "TC-MD 170123R"},
			},
		},
		// A one-line caption whose roles are joined by a slash ("Plaintiff/Appellee") is a case's
		// name, as with a hyphen.
		{name: "SlashRoleCaption", text: "STATE OF HAWAII, Plaintiff/Appellee, v. JOHN KALANI SMITH, Defendant/Appellant.\n",
			want: []mention{
				{extract.TypeCase, "STATE OF HAWAII, Plaintiff/Appellee, v. JOHN KALANI SMITH"},
			},
		},
		// A caption's first party in capitals with "OF THE" inside ("PEOPLE OF THE STATE OF MICHIGAN",
		// "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS") is named whole, the government an
		// organisation.
		{name: "CapsOfTheCaptions", text: "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS, Plaintiff/Appellee, v. TINIAN CASINO GAMING CONTROL COMMISSION, Defendant/Appellant.\n",
			want: []mention{
				{extract.TypeCase, "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS, Plaintiff/Appellee, v. TINIAN CASINO GAMING CONTROL COMMISSION"},
				{extract.TypeOrg, "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS"},
			},
		},
		// A Second Circuit summary order's docket ("21-1234-cv", "19-3417-ag(L)"), its legend's rule
		// in capitals and its date with the year in words.
		{name: "SummaryOrderForms", text: "21-1234-cv\nRivera v. Harbor Freight Tools USA, Inc.\n\nCITATION TO A SUMMARY ORDER IS GOVERNED BY FEDERAL RULE OF APPELLATE PROCEDURE 32.1.\n\n" +
			"held at the Courthouse, 40 Foley Square, in the City of New York, on the 12th day of May, two thousand twenty-two. See also No. 19-3417-ag(L).\n",
			want: []mention{
				{extract.TypeCase, "21-1234-cv"}, {extract.TypeCase, "19-3417-ag(L)"},
				{extract.TypeLaw, "FEDERAL RULE OF APPELLATE PROCEDURE 32.1"},
				{extract.TypeDate, "12th day of May, two thousand twenty-two"},
			},
		},
		// A county's trial court named with its state before it ("Iowa District Court for Polk
		// County") is named whole.
		{name: "StateBeforeCountyCourt", text: "Appeal from the Iowa District Court for Polk County, Scott D. Rosenberg, Judge.\n",
			want: []mention{
				{extract.TypeCourt, "Iowa District Court for Polk County"},
			},
		},
		// New York's stacked caption whose "- against -" has spaces inside is a case's name, its
		// parties each named.
		{name: "SpacedAgainstCaption", text: "ATLAS CAPITAL PARTNERS LLC,\nPlaintiff,\n- against -\nBRIGHTON & VALE HOLDINGS, INC. and RUPERT QUAID,\nDefendants.\n",
			want: []mention{
				{extract.TypeCase, "ATLAS CAPITAL PARTNERS LLC, Plaintiff, - against - BRIGHTON & VALE HOLDINGS, INC. and RUPERT QUAID"},
				{extract.TypeOrg, "BRIGHTON & VALE HOLDINGS, INC."},
				{extract.TypePerson, "RUPERT QUAID"},
			},
		},
		// A notice of docketing's "Re:" line ends its case before the "Case Number" label on the next
		// line, the party a person; a judge's initials glued together ("Gene E.K. Pratter") are his.
		{name: "DocketingNoticeForms", text: "NOTICE OF DOCKETING\n\nRe: USA v. Kareem Bellamy\nCase Number: 22-2451\nDistrict Court Case Number: 2-20-cr-00312-001\n\ncc: Hon. Gene E.K. Pratter\n",
			want: []mention{
				{extract.TypeCase, "USA v. Kareem Bellamy"},
				{extract.TypePerson, "Kareem Bellamy"},
				{extract.TypePerson, "Gene E.K. Pratter"},
			},
		},
		// A brief's caption whose first party has "FOR" inside ("COALITION FOR FAIR HOUSING, INC.") is
		// named whole, and a table of authorities' "Cases" heading is no part of the first case.
		{name: "BriefCoverAndAuthorities", text: "COALITION FOR FAIR HOUSING, INC., et al.,\nPlaintiffs-Appellants,\nv.\nTOWN OF BRADFORD, MASSACHUSETTS,\nDefendants-Appellees.\n\n" +
			"TABLE OF AUTHORITIES\n\nCases\nTexas Dep't of Hous. & Cmty. Affairs v. Inclusive Cmtys. Project, Inc., 576 U.S. 519 (2015) ........ 4, 9\n",
			want: []mention{
				{extract.TypeOrg, "COALITION FOR FAIR HOUSING, INC."},
				{extract.TypeCase, "Texas Dep't of Hous. & Cmty. Affairs v. Inclusive Cmtys. Project, Inc."},
			},
		},
		// California's caption's "THE PEOPLE, Plaintiff and Respondent" is the prosecuting government,
		// no person.
		{name: "PeopleAlone", text: "THE PEOPLE,\nPlaintiff and Respondent,\nv.\nDARNELL JAMAL WASHINGTON,\nDefendant and Appellant.\n",
			want: []mention{
				{extract.TypeOrg, "PEOPLE"},
			},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "PEOPLE" }}}},
		// A docket number after its label in capitals ("NO. 20-4512" in a caption's column, Texas's
		// "CAUSE NO. 2019-45678") is a case's docket, as after "No.".
		{name: "CapsDocketLabel", text: "KEISHA M. DAWSON : CIVIL ACTION\n:\nv. :\n: NO. 20-4512\nCITY OF PHILADELPHIA, et al. :\n\nCAUSE NO. 2019-45678\n",
			want: []mention{
				{extract.TypeCase, "20-4512"}, {extract.TypeCase, "2019-45678"},
			},
		},
		// A multistate matter's states are its parties, organisations: listed after their attorneys
		// general (a line break inside a name or in place of a comma too) or as taking part in a
		// settlement, and wherever named outside an address or a company's description. A case
		// between named parties leaves the other states its preamble lists places.
		{name: "MultistateParties", text: "ASSURANCE OF VOLUNTARY COMPLIANCE\n\nThis Assurance is between Acme Stores, Inc. (\"Acme\") and the Attorneys General of the states of " +
			"Alabama, Alaska, Arizona, North\nCarolina, West Virginia\nWisconsin, the Commonwealths of Kentucky and Virginia, and the District of Columbia " +
			"(the \"States\"). Acme is a Kentucky corporation with offices at 1 Main Street, Louisville, Kentucky 40202. Arizona will receive $45,000. " +
			"Texas and 45 other states accused Acme. Also participating in the settlement are Iowa, Idaho and Utah.\n",
			want: []mention{
				{extract.TypeOrg, "Alabama"}, {extract.TypeOrg, "Alaska"}, {extract.TypeOrg, "North Carolina"}, {extract.TypeOrg, "West Virginia"},
				{extract.TypeOrg, "Wisconsin"}, {extract.TypeOrg, "Virginia"}, {extract.TypeOrg, "District of Columbia"}, {extract.TypeOrg, "Texas"},
				{extract.TypeOrg, "Iowa"}, {extract.TypeOrg, "Idaho"}, {extract.TypeOrg, "Utah"}, {extract.TypeLocation, "Kentucky"},
			},
			none: []none{
				{extract.TypeLocation, func(s string) bool {
					return s == "Alabama" || s == "Arizona" || s == "Carolina" || s == "Texas" || s == "Utah"
				}},
				{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Virginia\nWisconsin") }},
			}},
		// The country is a litigant, an organisation, where an indictment's columns put its number
		// between it and "v.", where the case's name abbreviates it ("DIAMOND v. U.S."), and where the
		// text gives its role ("The United States, as a defendant").
		{name: "CountryAsLitigant", text: "UNITED STATES OF AMERICA\nNo. 19 CR 669 (EEC)\nv.\nGREGG SMITH,\nDefendant.\n",
			want: []mention{{extract.TypeOrg, "UNITED STATES OF AMERICA"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "UNITED STATES OF AMERICA" }}}},
		{name: "CountryAsSideOfTheCase", text: "DIAMOND v. U.S., 13-292 T. (2014)\n\nPlaintiffs are married taxpayers. The IRS sent notices; the U.S. moved to dismiss, and the United States prevails.\n",
			want: []mention{{extract.TypeOrg, "United States"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "U.S." || s == "United States" }}}},
		{name: "CountryByItsRole", text: "Plaintiff, Middlesex Savings Bank, commenced this interpleader action. The United States, as a defendant under 28 U.S.C. § 2410, " +
			"removed the case to this court. The motion of the United States is well founded.\n",
			want: []mention{{extract.TypeOrg, "United States"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "United States" }}}},
		// A state is a litigant, an organisation, as its case's short name's party ("State v.
		// Herbette") and where counsel appear for it ("Attorney for the State of Delaware").
		{name: "StateAsLitigant", text: "State v. Herbette, No. Cr98-31759 (Jan. 26, 2001)\n\nMEMORANDUM OF DECISION The defendant moved to suppress.\n",
			want: []mention{{extract.TypeOrg, "State"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "State" }}}},
		{name: "StateItsCounselAppearFor", text: "James A. Rambo, Esquire, Deputy Attorney General, Attorney for the State of Delaware.\n\nJoseph A. Hurley, Esquire, Attorney for the Defendant.\n",
			want: []mention{{extract.TypeOrg, "State of Delaware"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return strings.Contains(s, "Delaware") }}}},
		// A firm of three or four partners, the last two joined by "and", after a lawyer's name in a
		// counsel line that a reporter's star pages open.
		{name: "CounselLineFirmOfPartners", text: "*1129 *1130 Thomas E. Sharkey, McInnis Fitzgerald Rees and Sharkey, San Diego, CA, for plaintiffs.\n",
			want: []mention{{extract.TypePerson, "Thomas E. Sharkey"}, {extract.TypeOrg, "McInnis Fitzgerald Rees and Sharkey"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "McInnis") }}}},
		// The People of a state, its prosecuting or suing government, are one organisation in running
		// text too, not the state's name alone.
		{name: "PeopleOfTheState", text: "Plaintiff, THE PEOPLE OF THE STATE OF ILLINOIS, by JAMES E. RYAN, Attorney General of Illinois, has filed a complaint. " +
			"The People of the State of New York argue otherwise.\n",
			want: []mention{{extract.TypeOrg, "PEOPLE OF THE STATE OF ILLINOIS"}, {extract.TypeOrg, "People of the State of New York"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "STATE OF ILLINOIS" }}}},
		// A party's role before its name in a pleading's sentence is no part of the name.
		{name: "RoleBeforeAName", text: "2. Defendant MV Realty of Missouri, LLC is a Missouri limited liability company.\n",
			want: []mention{{extract.TypeOrg, "MV Realty of Missouri, LLC"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "Defendant") }}}},
		// Kansas's sections with letters and a comma inside their numbers, and Minnesota's
		// subdivision of a section, are part of the citation.
		{name: "StateSectionForms", text: "alleging violations of K.S.A. 50-7a02 and K.S.A. 50-6,139b, and a conviction under Minn. Stat. § 609.19, subd. 2(1).\n",
			want: []mention{{extract.TypeLaw, "K.S.A. 50-7a02"}, {extract.TypeLaw, "K.S.A. 50-6,139b"}, {extract.TypeLaw, "Minn. Stat. § 609.19, subd. 2(1)"}}},
		// New Jersey's court rules by part, colon, chapter and number are one law each, with the
		// state's name before them.
		{name: "NewJerseyRules", text: "The petition is brought under New Jersey Court Rule 3:22-1, et seq. See R. 4:46-2(c); Rule 1:36-3.\n",
			want: []mention{{extract.TypeLaw, "New Jersey Court Rule 3:22-1"}, {extract.TypeLaw, "R. 4:46-2(c)"}, {extract.TypeLaw, "Rule 1:36-3"}},
			none: []none{{extract.TypeLaw, func(s string) bool { return s == "Rule 3" || s == "R. 4" }}}},
		// A republic's name grows back over the kind of state before "Republic".
		{name: "FederalRepublic", text: "BMW AG, a corporation of the Federal Republic of Germany, is the parent.\n",
			want: []mention{{extract.TypeLocation, "Federal Republic of Germany"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Republic of Germany" }}}},
		// An office a person holds in the document is a title, there and wherever else the document
		// names it (and the term defined for it); an office no person holds stays an organisation.
		{name: "HeldOffice", text: "JOHNNY PAUL DOUGHERTY, Plaintiff, v. MICHAEL J. ASTRUE, Commissioner of Social Security, Defendant.\n\n" +
			"Plaintiff seeks judicial review of a final decision of the Commissioner of Social Security (\"Commissioner\") denying his application.\n",
			want: []mention{{extract.TypePerson, "MICHAEL J. ASTRUE"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "Commissioner") }}}},
		{name: "HeldOfficeInCapitals", text: "SEAWORLD OF FLORIDA, LLC,\nPetitioner,\nv.\nTHOMAS E. PEREZ, SECRETARY OF LABOR,\nRespondent.\n",
			want: []mention{{extract.TypePerson, "THOMAS E. PEREZ"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "SECRETARY") }}}},
		{name: "OfficeNoOneHolds", text: "Plaintiff seeks judicial review of the final decision of the Commissioner of Social Security (\"Commissioner\") denying his claim.\n",
			want: []mention{{extract.TypeOrg, "Commissioner of Social Security"}}},
		// Placeholder people in quotes or side by side ("JOHN DOE, JANE DOE") and numbered with "#"
		// are no one; a party called John Doe alone is a person (TestFictitiousParties).
		{name: "PlaceholderPeople", text: "HILLSIDE PLACE, LLC, Petitioner, v. MD MUSTAFEZUR RAHMAN, \"JOHN DOE\" and/or \"JANE DOE\", Respondents.\n\n" +
			"Place, LLC, Petitioner, v. MD Mustafezur Rahman, NAZ ISLAM, JOHN DOE, JANE DOE, AL MAHEDI MASHUD, Respondents.\n\n" +
			"Asha Harris, John Does # 1-10, Defendants-Appellants.\n",
			want: []mention{{extract.TypePerson, "MD MUSTAFEZUR RAHMAN"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "DOE") || strings.Contains(s, "Doe") }}}},
		// A hospital or a clinic that is a caption's party is an organisation, not a person.
		{name: "HospitalParty", text: "WARREN ADAMS, Plaintiff vs. CRESTWOOD MEDICAL CENTER, Defendant\n\nPlaintiff Warren Adams claims Defendant Crestwood Medical Center discriminated against him.\n",
			want: []mention{{extract.TypeOrg, "CRESTWOOD MEDICAL CENTER"}, {extract.TypeOrg, "Crestwood Medical Center"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(strings.ToLower(s), "crestwood") }}}},
		// A docket sheet's document label after a caption is no part of its last party's name.
		{name: "DocLabelAfterParty", text: "Adams v. Crestwood Medical Center Doc. 34 FILED 2020 Dec-01 AM 08:38 U.S. DISTRICT COURT N.D. OF ALABAMA\n",
			want: []mention{{extract.TypeCase, "Adams v. Crestwood Medical Center"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasSuffix(s, "Doc") }}, {extract.TypePerson, func(s string) bool { return strings.HasSuffix(s, "Doc") }}}},
		// A header run into one line: a judge's name ends before the next judge's title.
		{name: "JudgesRunTogether", text: "Case No. 3:13cv000352 District Judge Walter Herbert Rice Chief Magistrate Judge Sharon L. Ovington : : : REPORT AND RECOMMENDATIONS\n",
			want: []mention{{extract.TypePerson, "Walter Herbert Rice"}, {extract.TypePerson, "Sharon L. Ovington"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.HasSuffix(s, "Chief") }}}},
		// An opinion's line of its justices run together: the next justice's title inside a name
		// ends it, and the name after the title is a person of its own.
		{name: "JusticesRunTogether", text: "Opinion by Justice Goff Chief Justice Rush and Justice David concur. Justice Massa dissents.\n",
			want: []mention{{extract.TypePerson, "Goff"}, {extract.TypePerson, "Rush"}, {extract.TypePerson, "David"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Justice") }}}},
		// Indiana's caption run into its docket line: "-v-" between dashes and each side's role at
		// trial in parentheses after its role on appeal; the caption starts after the docket
		// number, and its parties are the case's.
		{name: "DashedVersusWithTrialRoles", text: "FILED May 18 2020, 2:44 pm CLERK Indiana Supreme Court Court of Appeals and Tax Court IN THE Indiana Supreme Court Supreme Court Case No. 20S-CR-313 Jesse L. Payne, Appellant (Defendant), -v- " +
			"State of Indiana, Appellee (Plaintiff). Argued: October 15, 2019\n",
			want: []mention{{extract.TypeCase, "Jesse L. Payne, Appellant (Defendant), -v- State of Indiana"},
				{extract.TypePerson, "Jesse L. Payne"}, {extract.TypeOrg, "State of Indiana"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "State of Indiana" }}}},
		// A memo's address lines run the legislators' posts and names together: each name is a
		// person, none of them an organisation; a committee report's "Senators" list names
		// people, a surname a line's end hyphenates too.
		{name: "LegislatorsByTheirPosts", text: "To: Senate Co-Chair Andrew McDonald House Co-Chair Michael Lawlor Senate Ranking Member John Kissel " +
			"House Ranking Member Arthur O'Neill Honorable Members of the Judiciary Committee From: Paul J. Knierim, Judge\n\n" +
			"VIII. Additional views of Senators Biden, Kennedy, Leahy, Simon, Kohl, Fein- stein, and Feingold.\n" +
			"Supervisor Janice Hahn, Chair Supervisor Hilda L. Solis Supervisor Sheila Kuehl\n",
			want: []mention{{extract.TypePerson, "Andrew McDonald"}, {extract.TypePerson, "Michael Lawlor"}, {extract.TypePerson, "John Kissel"},
				{extract.TypePerson, "Arthur O'Neill"}, {extract.TypePerson, "Biden"}, {extract.TypePerson, "Leahy"}, {extract.TypePerson, "Fein- stein"},
				{extract.TypePerson, "Feingold"}, {extract.TypePerson, "Hilda L. Solis"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Co-Chair") }},
				{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Senators") || strings.HasPrefix(s, "Supervisor") }}}},
		// A tentative ruling's header: California's superior court without the comma before its
		// county, a legislature a caption's party, and a name that ran on into the docket's label.
		{name: "TentativeRulingHeader", text: "Department 29 Superior Court of California County of Sacramento 720 Ninth Street\n\n" +
			"MCCLATCHY NEWSPAPERS, INC. dba THE SACRAMENTO BEE v. CALIFORNIA LEGISLATURE; CALIFORNIA ASSEMBLY COMMITTEE ON RULES; " +
			"NANCY SKINNER, as Chair of the California Assembly Committee on Rules Case Number: 34-2011-80000929\n",
			want: []mention{{extract.TypeCourt, "Superior Court of California County of Sacramento"}, {extract.TypeOrg, "CALIFORNIA LEGISLATURE"},
				{extract.TypeOrg, "California Assembly Committee on Rules"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "CALIFORNIA LEGISLATURE" }},
				{extract.TypeOrg, func(s string) bool { return strings.HasSuffix(s, "Number:") }}}},
		// Georgia's reporter's caption writes the appellant in capitals and "The STATE": the
		// appellant is no acronym, so a person; a research site's chrome before the page's title
		// leaves its party's type to its own words; a sentence's opening phrase before a cited
		// case's name and its citation is no party.
		{name: "GeorgiaCaptionAndChrome", text: "From Casetext: Smarter Legal Research\nGrier v. State\n\nCourt of Appeals of Georgia\n\nGRIER v. The STATE.\n\n" +
			"Viewed in the light most favorable to the verdict, Davis v. State , 275 Ga.App. 714, 715 (1), 621 S.E.2d 818 (2005), the evidence shows it.\n",
			want: []mention{{extract.TypePerson, "Grier"}, {extract.TypePerson, "GRIER"}, {extract.TypeCase, "Davis v. State"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.EqualFold(s, "Grier") }},
				{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "Viewed") }}}},
		// The Indiana Code's sections without "§" and the Florida Administrative Code's rules by
		// their numbers, each of a range its own, are laws.
		{name: "IndianaCodeAndFloridaRules", text: "The Authority was created under Indiana Code 36-7-14.5 and IC 36-7-14-2. " +
			"He violated Rules 21A-22.001 - 21A-22.003, F.A.C., and Rule 61G15-19.001(6), Florida Administrative Code.\n",
			want: []mention{{extract.TypeLaw, "Indiana Code 36-7-14.5"}, {extract.TypeLaw, "IC 36-7-14-2"}, {extract.TypeLaw, "Rules 21A-22.001"},
				{extract.TypeLaw, "21A-22.003, F.A.C."}, {extract.TypeLaw, "Rule 61G15-19.001(6), Florida Administrative Code"}},
			none: []none{{extract.TypeLaw, func(s string) bool { return s == "Indiana Code" || s == "Rules 21" || s == "Rule 61" }}}},
		// Illinois's counsel lines: an office named for its officer whole, the city after "of"
		// a place, and the appellate court of a district named "for" it.
		{name: "IllinoisCounselAndCourtBelow", text: "Appeal from the Appellate Court for the Third District; heard in that court on appeal.\n" +
			"Amanda R. Horner, Assistant Appellate Defender, of\nthe Office of the State Appellate Defender, of Mt. Vernon, for\nappellant.\n" +
			"Kimberly M. Foxx, of the Office of the State's Attorney of Cook County, for the People.\n",
			want: []mention{{extract.TypeCourt, "Appellate Court for the Third District"}, {extract.TypeOrg, "Office of the State Appellate Defender"},
				{extract.TypeLocation, "Mt. Vernon"}, {extract.TypeOrg, "Office of the State's Attorney of Cook County"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "Office of the State" || strings.Contains(s, "Mt.") }}}},
		// A minute order's header: the courtroom deputy's title after her name is no part of it;
		// a caption's "-v-" between dashes after a party's role, and on a line of its own, and
		// not after a class's description, where the caption's start is unknown.
		{name: "MinuteOrderHeader", text: "PRESENT: HONORABLE VIRGINIA A. PHILLIPS, U.S. DISTRICT JUDGE Marva Dillard Courtroom Deputy ATTORNEYS PRESENT FOR PLAINTIFFS: None\n\n" +
			"John Smith, Appellant, -v- Acme Corp., Appellee.\n\nMARY ROE,\nPlaintiff,\n-v-\nACME INC.,\nDefendant.\n\n" +
			"Title: RENE O. QUIROZ SANDOVAL ON BEHALF OF THEMSELVES, THE GENERAL PUBLIC, AND ALL OTHER SIMILARLY SITUATED -v- ROADLINK USA PACIFIC, INC.\n",
			want: []mention{{extract.TypePerson, "Marva Dillard"}, {extract.TypeCase, "John Smith, Appellant, -v- Acme Corp."},
				{extract.TypeCase, "MARY ROE, Plaintiff, -v- ACME INC."}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Deputy") }},
				{extract.TypeCase, func(s string) bool { return strings.Contains(s, "SITUATED") }}}},
		// A legend in capitals names the Act it cites, not its sentence; a code named for two
		// subjects keeps its first over the line break before "and".
		{name: "LawsInSentences", text: "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED.\n" +
			"The licensee sold to a minor in violation of Business\nand Professions Code section 25658, subdivision (a).\n",
			want: []mention{{extract.TypeLaw, "SECURITIES ACT OF 1933"}, {extract.TypeLaw, "Business and Professions Code section 25658"}},
			none: []none{{extract.TypeLaw, func(s string) bool { return strings.Contains(s, "REGISTERED") || strings.HasPrefix(s, "Professions") }}}},
		// West's regional reporters credit counsel by lawyer and city, or by lawyer, firm, city
		// and state, before "for" the party (partners joined by "&" are a firm, no lawyer); a
		// Texas court of appeals is named with its seat.
		{name: "CounselByCity", text: "Court of Appeals of Texas, Austin.\nCourt of Appeals of Texas, Seventh District, at Amarillo, affirmed.\n" +
			"Court of Appeals of Texas, Houston (1st Dist.).\nCourt of Appeals of Texas, Corpus Christi-Edinburg.\n" +
			"    Richard Koehler, Butler, Dennis Campbell Owens, Kansas City, for Michelle Cole, respondent.\n" +
			"    John Pursley, Butler, and Jeffrey Weisman, Earth City, for the bank, respondent.\n" +
			"Mathew David Ravencraft, Flinn Beagan, Vienna, VA, for Plaintiff.\nMary Jones, Chairperson, for the Committee.\n" +
			"John Roe, Acme Partners, Springfield, XX, for the intervenor.\n" +
			"John Doe, Assistant U.S. Attorney, Omaha, NE, for Defendant.\nMary Wimbish, Hollrah, Lange & Thoma, Houston, for appellee.\nDavid R. Rhein, argued, Des Moines, IA, for appellant.\n",
			want: []mention{{extract.TypeCourt, "Court of Appeals of Texas, Austin"}, {extract.TypeOrg, "Hollrah, Lange & Thoma"}, {extract.TypeCourt, "Court of Appeals of Texas, Seventh District, at Amarillo"},
				{extract.TypeCourt, "Court of Appeals of Texas, Houston (1st Dist.)"}, {extract.TypeCourt, "Court of Appeals of Texas, Corpus Christi-Edinburg"},
				{extract.TypePerson, "Richard Koehler"}, {extract.TypeLocation, "Butler"}, {extract.TypePerson, "Dennis Campbell Owens"},
				{extract.TypeLocation, "Kansas City"}, {extract.TypePerson, "Jeffrey Weisman"}, {extract.TypeLocation, "Earth City"},
				{extract.TypePerson, "Mathew David Ravencraft"}, {extract.TypeOrg, "Flinn Beagan"}, {extract.TypeLocation, "Vienna"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Butler" || s == "Flinn Beagan" }},
				{extract.TypeOrg, func(s string) bool {
					return s == "Kansas City" || s == "Mathew David Ravencraft" || s == "Assistant U.S. Attorney" || s == "argued"
				}},
				{extract.TypeLocation, func(s string) bool { return s == "Chairperson" || s == "XX" || s == "Hollrah" }}}},
		// A brief's cover: the D.C. Circuit by its full name; a party with "&" is an organisation,
		// and a firm a line break cut before its "&" is one.
		{name: "BriefCover", text: "United States Court of Appeals for the District of Columbia Circuit\n\nUNITED STATES COURT OF APPEALS\nFOR THE FEDERAL CIRCUIT\n\n" +
			"Richard D. ROSENBLATT, Plaintiff - Appellant,\nv.\nERNST & YOUNG, a general partnership; Ernst\n& Young, LLP; James Pope, Defendants - Appellees.\n",
			want: []mention{{extract.TypeCourt, "United States Court of Appeals for the District of Columbia Circuit"},
				{extract.TypeCourt, "UNITED STATES COURT OF APPEALS FOR THE FEDERAL CIRCUIT"}, {extract.TypeOrg, "ERNST & YOUNG"},
				{extract.TypeOrg, "Ernst & Young, LLP"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "District of Columbia" }},
				{extract.TypePerson, func(s string) bool { return s == "ERNST & YOUNG" }}, {extract.TypeOrg, func(s string) bool { return s == "Young, LLP" }}}},
		// Louisiana: a court of appeal by its circuit, not the federal circuit; the Revised
		// Statutes by title and section, each of a list its own; a code's article.
		{name: "LouisianaForms", text: "NOT DESIGNATED FOR PUBLICATION STATE OF LOUISIANA COURT OF APPEAL, THIRD CIRCUIT KA 18-278\n" +
			"ON WRIT OF CERTIORARI TO THE COURT OF APPEAL,\nFIFTH CIRCUIT, PARISH OF JEFFERSON\n" +
			"He was convicted under La.R.S. 14:27 and 14:30.1; see LSA-R.S. 23:1223(B) and Louisiana Code of Criminal Procedure article 851(1). Texas Code of Criminal Procedure Article 37.071 applies.\n",
			want: []mention{{extract.TypeCourt, "STATE OF LOUISIANA COURT OF APPEAL, THIRD CIRCUIT"}, {extract.TypeCourt, "COURT OF APPEAL, FIFTH CIRCUIT"},
				{extract.TypeLaw, "La.R.S. 14:27"}, {extract.TypeLaw, "14:30.1"}, {extract.TypeLaw, "LSA-R.S. 23:1223(B)"},
				{extract.TypeLaw, "Louisiana Code of Criminal Procedure article 851(1)"}, {extract.TypeLaw, "Texas Code of Criminal Procedure Article 37.071"}},
			none: []none{{extract.TypeCourt, func(s string) bool { return s == "FIFTH CIRCUIT" || s == "THIRD CIRCUIT" }}}},
		// A Texas court of appeals in capitals with its district and seat; a bank's "NA" without
		// periods is its form; a name in capitals run into the United States Attorney's title is a
		// person; a barrister's rank is no part of the name; a law review is an organisation.
		{name: "GarnishmentForms", text: "TEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN NO. 03-05-00496-CV Bank One, NA, Appellant v. GWJ Sourcenet Distribution, Inc., Appellee\n" +
			"7 DANIEL G. BOGDEN United States Attorney District of Nevada ROGER W. WENTHE Assistant United States Attorney\n" +
			"The panel: Mr Romano Subiotto Q.C., President. See 32 Fordham L. Rev. 123 (1983).\n",
			want: []mention{{extract.TypeCourt, "TEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN"}, {extract.TypeOrg, "Bank One, NA"},
				{extract.TypePerson, "DANIEL G. BOGDEN"}, {extract.TypePerson, "Romano Subiotto"}, {extract.TypeOrg, "Fordham L. Rev"}},
			none: []none{{extract.TypePerson, func(s string) bool {
				return s == "NA" || strings.HasSuffix(s, "Q.C.") || strings.HasPrefix(s, "Fordham")
			}},
				{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "BOGDEN") }}}},
		// A docketing notice: the case's name ends before the next line's "Short Title", the
		// Marshals a party is an organisation, and a court of appeals' rule is named with it.
		{name: "DocketingNotice", text: "Index Newspapers LLC, et al v. United States Marshals\nShort Title: Index Newspapers v. USMS\n\n" +
			"Under Ninth Circuit Rule 3-3 and 7th Cir. R. 28, the appeal proceeds; see Rule 12(b)(6).\nPreliminary Injunction Appeal. Circuit Rule 3-3.\n" +
			"SEVENTH CIRCUIT RULE 3(c)(1) DOCKETING STATEMENT\n",
			want: []mention{{extract.TypeCase, "Index Newspapers LLC, et al v. United States Marshals"}, {extract.TypeOrg, "United States Marshals"},
				{extract.TypeLaw, "Ninth Circuit Rule 3-3"}, {extract.TypeLaw, "7th Cir. R. 28"}, {extract.TypeLaw, "Rule 12(b)(6)"},
				{extract.TypeLaw, "Circuit Rule 3-3"}, {extract.TypeLaw, "SEVENTH CIRCUIT RULE 3(c)(1)"}},
			none: []none{{extract.TypeCase, func(s string) bool { return strings.Contains(s, "Short") }},
				{extract.TypePerson, func(s string) bool { return s == "United States Marshals" }}}},
		// North Carolina's administrative code by title, chapter and section, the Code of
		// Massachusetts Regulations by title and section; an article of a chapter of the General
		// Statutes is the law cited.
		{name: "NorthCarolinaForms", text: "Respondent relied on 12 NCAC 09B .0203(a), and 15A NCAC 02B .0211, pursuant to Article 3A, Chapter 150B of the North Carolina General Statutes.\n" +
			"The Board ruled under 831 CMR 1.32 and 940 CMR 3.16(3).\n",
			want: []mention{{extract.TypeLaw, "12 NCAC 09B .0203(a)"}, {extract.TypeLaw, "15A NCAC 02B .0211"}, {extract.TypeLaw, "831 CMR 1.32"}, {extract.TypeLaw, "940 CMR 3.16(3)"},
				{extract.TypeLaw, "Article 3A, Chapter 150B of the North Carolina General Statutes"}},
			none: []none{{extract.TypeLaw, func(s string) bool { return strings.HasPrefix(s, "Chapter 150B") }}}},
		// A brief's caption: a court's name starts after a docket's label cut short and ends
		// before the judge's title.
		{name: "CourtEdges", text: "Defendant and Respondent, Case No. C Sacramento County Superior Court No CU-WM-GDS ROLL INTERNATIONAL, et al.\n" +
			"Appeal from the Judgment of the Superior Court, County of Sacramento The Honorable Timothy M. Frawley, Judge\n",
			want: []mention{{extract.TypeCourt, "Sacramento County Superior Court"}, {extract.TypeCourt, "Superior Court, County of Sacramento"},
				{extract.TypePerson, "Timothy M. Frawley"}},
			none: []none{{extract.TypeCourt, func(s string) bool { return strings.HasPrefix(s, "No") || strings.HasSuffix(s, "Honorable") }}}},
		// A deed's or an affidavit's venue: the state and the county are places, the county no
		// government here, its name not the sentence after it.
		{name: "VenueLines", text: "State of Texas County of Travis Know all men by these presents that the Church sold.\n\n" +
			"STATE OF TEXAS §\n§\nCOUNTY OF BEXAR §\n\nState of Colorado, County of Mesa, ss.\n",
			want: []mention{{extract.TypeLocation, "State of Texas"}, {extract.TypeLocation, "County of Travis"}, {extract.TypeLocation, "COUNTY OF BEXAR"},
				{extract.TypeLocation, "County of Mesa"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(strings.ToLower(s), "county of") }},
				{extract.TypeLocation, func(s string) bool { return strings.Contains(s, "Know") || strings.HasSuffix(s, "Texas County") }}}},
		// A disclosure statement's title: the plan's subject is no part of the company's name.
		{name: "PlanOfLiquidation", text: "DISCLOSURE STATEMENT RELATING TO THE CHAPTER 11 PLAN OF LIQUIDATION OF DEWEY & LEBOEUF LLP\n",
			want: []mention{{extract.TypeOrg, "DEWEY & LEBOEUF LLP"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "LIQUIDATION") }}}},
		// A tribe's own name before its "Band of", in capitals and in mixed case, and a firm's name
		// after a bar number's label whose number was lost.
		{name: "TribeAndFirmStarts", text: "MATCH-E-BE-NASH-SHE-WISH BAND OF POTTAWATOMI INDIANS, Intervenor for Defendant-Appellees.\n" +
			"SHARON Y. EUBANKS, ESQ. D.C. Bar No BORDAS & BORDAS, PLLC 7927 Jones Branch Drive\n" +
			"The Match-E-Be-Nash-She-Wish Band of Pottawatomi Indians intervened.\n",
			want: []mention{{extract.TypeOrg, "MATCH-E-BE-NASH-SHE-WISH BAND OF POTTAWATOMI INDIANS"}, {extract.TypeOrg, "BORDAS & BORDAS, PLLC"},
				{extract.TypeOrg, "Match-E-Be-Nash-She-Wish Band of Pottawatomi Indians"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "Bar") || s == "Pottawatomi Indians" }}}},
		// A supreme court by its kind alone is a court, its possessive too, not the start of a
		// longer name or a rule's.
		{name: "BareSupremeCourt", text: "Our Supreme Court noted it.\nUnder Supreme Court Rule 23 and the Supreme Court's view, the Supreme Court of Missouri agreed.\n",
			want: []mention{{extract.TypeCourt, "Supreme Court"}, {extract.TypeCourt, "Supreme Court of Missouri"}, {extract.TypeLaw, "Supreme Court Rule 23"}}},
		// A state's court of appeals by its kind alone is a court; where the document names it in
		// full, the full name is its only form.
		{name: "BareCourtOfAppeals", text: "On review from the Court of Appeals.\n",
			want: []mention{{extract.TypeCourt, "Court of Appeals"}}},
		{name: "BareCourtOfAppealsNamed", text: "On review from the Court of Appeals. The Kentucky Court of Appeals held so.\n",
			want: []mention{{extract.TypeCourt, "Kentucky Court of Appeals"}},
			none: []none{{extract.TypeCourt, func(s string) bool { return s == "Court of Appeals" }}}},
		{name: "BareSupremeCourtPossessive", text: "Smith moved for rehearing en banc, noting the Supreme Court's grant of certiorari.\n",
			want: []mention{{extract.TypeCourt, "Supreme Court"}}},
		// A superior court by its kind alone is a court too, as a state's intermediate or trial court is
		// named in the state's opinions.
		{name: "BareSuperiorCourt", text: "Upon appeal, the Superior Court vacated the judgment. The Superior Court of Pennsylvania agreed.\n",
			want: []mention{{extract.TypeCourt, "Superior Court"}, {extract.TypeCourt, "Superior Court of Pennsylvania"}}},
		// A reporter's volume and name are no street address ("12 Ohio St." of "12 Ohio St.3d 134").
		{name: "CitedStreets", text: "See Heights Baptist Church v. Kinney (1984), 12 Ohio St.3d 134, 135, held; the office at 40 Main St. in Akron.\n",
			want: []mention{{extract.TypeCase, "12 Ohio St.3d 134"}, {extract.TypeLocation, "40 Main St."}},
			none: []none{{extract.TypeLocation, func(s string) bool { return strings.Contains(s, "Ohio") }}}},
		// A research page's line naming a later case that cites this one is that case's name whole,
		// its lower-case words included, a docket number or a citation after it not.
		{name: "SummaryCases", text: "advertisements under section 315\n\nSummary of this case from Deuell v. Tex. Right to Life Comm., Inc.\n\nOpinion\n\n" +
			"Summary of this case from Tierney v. Civil Service Commission, No\n\nSummary of this case from the court below\n",
			want: []mention{{extract.TypeCase, "Deuell v. Tex. Right to Life Comm., Inc."}, {extract.TypeCase, "Tierney v. Civil Service Commission"}},
			none: []none{{extract.TypeCase, func(s string) bool { return strings.HasSuffix(s, "Right") || strings.HasSuffix(s, ", No") }}}},
		// A New York slip opinion's "(U)", an unpublished decision's letter, is part of its citation.
		{name: "SlipOpinionLetter", text: "Lopez v Retail Prop. Trust & Kone, Inc.\n2012 NY Slip Op 50996(U)\nDecided on May 14, 2012\n",
			want: []mention{{extract.TypeCase, "2012 NY Slip Op 50996(U)"}},
			none: []none{{extract.TypeCase, func(s string) bool { return s == "2012 NY Slip Op 50996" }}}},
		// Massachusetts's Appeals Court by its name alone is a court.
		{name: "BareAppealsCourt", text: "The LHA appealed, and the Appeals Court, by a divided court, affirmed.\n",
			want: []mention{{extract.TypeCourt, "Appeals Court"}}},
		// The supreme court by its kind, its two words on two lines.
		{name: "BareSupremeCourtWrapped", text: "Add yet another to the rebuffs the Supreme\nCourt has dealt Congress in matters of legislation.\n",
			want: []mention{{extract.TypeCourt, "Supreme Court"}}},
		// A body's unit named by its business after "the", "its" or a possessive is an
		// organisation; a court's division by direction, a branch of government, a unit whose name
		// goes on after "of" and a section's number are none.
		{name: "BodyUnits", text: "The case was brought by the Tax Division of the Department of Justice and its Commercial Litigation Branch. " +
			"Agents of the Greater Pittsburgh Safe Streets Task Force arrested him, and the Criminal Division’s Fraud Section agreed. " +
			"The Eastern Division sat, the Executive Branch spoke and the Federal Bureau of Investigation came. Plaintiff's Section 1983 claim fails.\n",
			want: []mention{{extract.TypeOrg, "Tax Division"}, {extract.TypeOrg, "Commercial Litigation Branch"},
				{extract.TypeOrg, "Greater Pittsburgh Safe Streets Task Force"}, {extract.TypeOrg, "Criminal Division"}, {extract.TypeOrg, "Fraud Section"},
				{extract.TypeOrg, "Federal Bureau of Investigation"}},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return s == "Eastern Division" || s == "Executive Branch" || s == "Federal Bureau" || strings.Contains(s, "Section 1983")
			}}}},
		// A counsel list's units before their department, written "Dept." too, are organisations,
		// no person and no one name with the department.
		{name: "UnitsBeforeTheirDepartment", text: "A. David Lafer, Atty., Commercial Litigation Branch, Dept. of Justice, Washington, D.C., argued for defendant-appellee.\n\n" +
			"Laurel A. Loomis, Trial Attorney, Commercial Litigation Branch, Civil Division, Department of Justice; Jeffrey Reim, for Plaintiff.\n",
			want: []mention{{extract.TypeOrg, "Commercial Litigation Branch"}, {extract.TypeOrg, "Civil Division"}, {extract.TypeOrg, "Department of Justice"},
				{extract.TypeOrg, "Dept. of Justice"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Branch") }},
				{extract.TypeOrg, func(s string) bool { return strings.Contains(s, ", Dep") }}}},
		// A state trial court's name goes on over its county, also California's "County of"
		// form; two finders' readings of one court over the same words are one court; a federal
		// court takes no county.
		{name: "TrialCourtsCounties", text: "On appeal from the 17th Judicial District Court, Tarrant County, Texas. Appeal from the 319th District Court of Nueces County, Texas. " +
			"The United States District Court for the Western District of Texas, Bexar County, agreed.\n" +
			"Filed in the Superior Court of the State of California, City and County of San Francisco.\nThe Superior Court of the State of Arizona, in and for the County of Maricopa, denied it.\n" +
			"Appeal from the Judgment of the Superior Court, County of Sacramento The Honorable Timothy M. Frawley.\n",
			want: []mention{{extract.TypeCourt, "17th Judicial District Court, Tarrant County"}, {extract.TypeCourt, "319th District Court of Nueces County"},
				{extract.TypeCourt, "United States District Court for the Western District of Texas"},
				{extract.TypeCourt, "Superior Court of the State of California, City and County of San Francisco"},
				{extract.TypeCourt, "Superior Court of the State of Arizona, in and for the County of Maricopa"}, {extract.TypeCourt, "Superior Court, County of Sacramento"}},
			none: []none{{extract.TypeCourt, func(s string) bool { return strings.Contains(s, "Bexar") || strings.HasSuffix(s, "The") }}}},
		// A caption's role a party's name ran on into without a comma is no part of the name nor
		// of the case's; a company's name that ends in a word of a role stays whole.
		{name: "TrailingRoles", text: "COMMONWEALTH OF PENNSYLVANIA\nv.\nJASON P STEFANOWICZ Appellant\n\nThe Acme Trading Company appeals.\n",
			want: []mention{{extract.TypeCase, "COMMONWEALTH OF PENNSYLVANIA v. JASON P STEFANOWICZ"}, {extract.TypePerson, "JASON P STEFANOWICZ"},
				{extract.TypeOrg, "Acme Trading Company"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Appellant") }}}},
		// A caption's party after a docket's last word ("CV") is whom its own words name.
		{name: "PartyAfterDocketWord", text: "NO. 01-10-00193-CV\nGEORGE ALLAN BOLTON, Appellant V. ANGELA CAMILE BOLTON, Appellee\n",
			want: []mention{{extract.TypePerson, "GEORGE ALLAN BOLTON"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "BOLTON") }}}},
		// Consolidated cases' captions one after another and a page's title above them: a name
		// runs neither from one caption's role nor from the title's line into the next caption.
		{name: "CaptionLineRuns", text: "Pierson v. Gondles\nJohn PIERSON, Plaintiff,\nv.\nJames A. GONDLES, Jr., et al., Defendants.\n" +
			"Edythe L. BUDD, Plaintiff,\nv.\nJames A. GONDLES, Jr., et al., Defendants.\n",
			want: []mention{{extract.TypeCase, "Pierson v. Gondles"}, {extract.TypePerson, "John PIERSON"}, {extract.TypePerson, "Edythe L. BUDD"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Defendants") || strings.Contains(s, "Gondles John") }},
				{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "Pierson v. Gondles John") }}}},
		// An honorific without its period is no part of the name after it.
		{name: "BareHonorifics", text: "The complaint of Ms Pamela Roberts was heard by the board.\n",
			want: []mention{{extract.TypePerson, "Pamela Roberts"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Ms ") }}}},
		// An arbitration's roles alone name no one.
		{name: "ArbitrationRoles", text: "The Grievant was demoted. The Arbitrator finds that the Grievant was not. The Arbitrators agree.\n",
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "Grievant") || strings.HasPrefix(s, "Arbitrator") }},
				{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Grievant") || strings.HasPrefix(s, "Arbitrator") }}}},
		// A filing's heading alone in a caption's capitals is no organisation.
		{name: "HeadingsAlone", text: "STATE OF MINNESOTA,\nPlaintiff, SENTENCING ORDER AND\nMEMORANDUM OPINION\nvs.\nDEREK MICHAEL CHAUVIN, Court File No. 27-CR-20-12646\nDefendant.\n",
			want: []mention{{extract.TypePerson, "DEREK MICHAEL CHAUVIN"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "ORDER") || strings.Contains(s, "OPINION") }}}},
		// A national forest and a wildlife refuge are places; the park service is the agency.
		{name: "ProtectedAreas", text: "The Chugach National Forest and the Arctic National Wildlife Refuge are managed; the National Park Service agreed.\n",
			want: []mention{{extract.TypeLocation, "Chugach National Forest"}, {extract.TypeLocation, "Arctic National Wildlife Refuge"},
				{extract.TypeOrg, "National Park Service"}}},
		// Louisiana's criminal caption run into one line with "VERSUS": the case, the state a
		// litigant and the defendant; the United States' initials a caption's party.
		{name: "StateVersus", text: "STATE OF LOUISIANA COURT OF APPEAL, THIRD CIRCUIT KA 18-278 STATE OF LOUISIANA VERSUS JOSHUA DAVID EVANS ********** APPEAL FROM THE SIXTEENTH JUDICIAL DISTRICT COURT\n\n" +
			"UNITED STATES DISTRICT COURT\nUSA, Plaintiff, v. Jose Pina, Defendant.\n",
			want: []mention{{extract.TypeCase, "STATE OF LOUISIANA VERSUS JOSHUA DAVID EVANS"}, {extract.TypeOrg, "STATE OF LOUISIANA"},
				{extract.TypePerson, "JOSHUA DAVID EVANS"}, {extract.TypeOrg, "USA"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "USA" }}}},
		// A deed's land: a Texas survey with its abstract and a cemetery are places.
		{name: "LandNames", text: "being out of the Richard Carter Survey, Abstract No. 8, Brazos County, Texas, next to the Ebony Grove Cemetery.\n",
			want: []mention{{extract.TypeLocation, "Richard Carter Survey"}, {extract.TypeLocation, "Ebony Grove Cemetery"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.HasSuffix(s, "Survey") }}}},
		// A panel in capitals joined by "AND": each judge a person.
		{name: "PanelAndInCapitals", text: "BEFORE: PARRO, KUHN AND DOWNING, JJ.\n",
			want: []mention{{extract.TypePerson, "KUHN"}, {extract.TypePerson, "DOWNING"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, " AND ") }}}},
		// A land description's township and range are no places; a court's name ends before a
		// docket's label and starts after a contents' numbers; Ohio's header names its court of
		// appeals on the line above the district.
		{name: "GridAndHeaders", text: "Section 23, Township 5 North, Range 7 East, lying North of the road.\n" +
			"On Appeal from the United States District Court for the District of Columbia Case No. 1:08-CV.\n" +
			"IN THE COURT OF APPEALS\nELEVENTH APPELLATE DISTRICT\nPORTAGE COUNTY, OHIO\n",
			want: []mention{{extract.TypeCourt, "United States District Court for the District of Columbia"},
				{extract.TypeCourt, "COURT OF APPEALS ELEVENTH APPELLATE DISTRICT"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return strings.HasSuffix(s, "North") || strings.HasSuffix(s, "East") }},
				{extract.TypeCourt, func(s string) bool { return strings.HasSuffix(s, "Case") || s == "ELEVENTH APPELLATE DISTRICT" }}}},
		// The sentencing guidelines are a body of rules, a law, not an organisation.
		{name: "SentencingGuidelines", text: "The United States Sentencing Guidelines apply, U.S.S.G. § 2B1.1.\n",
			want: []mention{{extract.TypeLaw, "United States Sentencing Guidelines"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasSuffix(s, "Guidelines") }}}},
		// An office's last word ("Attorney General Paxton") and a rank before a surname alone
		// ("Corporal Wendel") are no part of the person's name.
		{name: "OfficeAndRankBeforeSurname", text: "Attorney General Paxton said the deal was fair. Corporal Wendel stopped the car.\n",
			want: []mention{{extract.TypePerson, "Paxton"}, {extract.TypePerson, "Wendel"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "General") || strings.Contains(s, "Corporal") }}}},
		// A district court's division's seat is part of its name ("… WESTERN DIVISION AT DAYTON"),
		// and no place of its own; a header run into the caption stops before the first party.
		{name: "DivisionSeat", text: "IN THE UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF OHIO WESTERN DIVISION AT DAYTON LETRICIA ALLEN, : Plaintiff, : : vs. CAROLYN W. COLVIN\n",
			want: []mention{{extract.TypeCourt, "UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF OHIO WESTERN DIVISION AT DAYTON"}, {extract.TypePerson, "LETRICIA ALLEN"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "DAYTON" }}}},
		// New York's "Civil Court, Bronx County" and Illinois's lower-case "circuit court of Cook County"
		// are courts.
		{name: "CountyCourtForms", text: "Civil Court, Bronx County\n\nAppeal from the judgment of the circuit court of Cook County denying the motion.\n",
			want: []mention{{extract.TypeCourt, "Civil Court, Bronx County"}, {extract.TypeCourt, "circuit court of Cook County"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Cook County" }}}},
		// A district court's header over a blank line is one court, and the country before a caption's
		// "against" on its own line is a litigant.
		{name: "HeaderOverBlankLineAndAgainst", text: "UNITED STATES DISTRICT COURT\n\nEASTERN DISTRICT OF NEW YORK\n\n\nUNITED STATES OF AMERICA,\nagainst\nR.V.,\nDefendant.\n",
			want: []mention{{extract.TypeCourt, "UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK"}, {extract.TypeOrg, "UNITED STATES OF AMERICA"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "UNITED STATES OF AMERICA" }}}},
		// A street address with a range of house numbers, or a street named "Path", is one place.
		{name: "AddressForms", text: "Foreclosure at 27-29 Crane Ave., in Maynard, Massachusetts. Located at 80 S. Portage Path, Akron, Ohio.\n",
			want: []mention{{extract.TypeLocation, "27-29 Crane Ave."}, {extract.TypeLocation, "80 S. Portage Path"}}},
		// A footnote's number glued to a listed state ("Hawaii1,") does not end the list.
		{name: "MultistateFootnotes", text: "This Assurance is between Acme Stores, Inc. (\"Acme\") and the Attorneys General of the states of Alabama, Alaska, " +
			"Arizona, Hawaii1, Idaho, Iowa, Maine, and Ohio (the \"States\").\n",
			want: []mention{{extract.TypeOrg, "Hawaii"}, {extract.TypeOrg, "Idaho"}, {extract.TypeOrg, "Ohio"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Idaho" || s == "Ohio" }}}},
		// A prison named "Correctional Institute", or by its kind and the town it is at, is a place.
		{name: "PrisonForms", text: "Petitioner was incarcerated at Allen Correctional Institute in Lima, Ohio. They were committed to the State Correctional Institution at Muncy.\n",
			want: []mention{{extract.TypeLocation, "Allen Correctional Institute"}, {extract.TypeLocation, "State Correctional Institution at Muncy"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Correctional") }}}},
		// Consolidated appeals' captions one after another, each with its sides' roles, are the
		// document's own: every caption's parties are parties, not a cited case's.
		{name: "ConsolidatedCaptions", text: "UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT\n\nUnited States of America, Plaintiff–Appellant, v. Gaston L. Saunders, " +
			"Defendant–Appellee. United States of America, Plaintiff–Appellant, v. Bryan H. Daniels, Defendant–Appellee. United States of America, " +
			"Plaintiff-Appellant, v. Michael Potter, Defendant-Appellee.\n",
			want: []mention{{extract.TypePerson, "Gaston L. Saunders"}, {extract.TypePerson, "Bryan H. Daniels"}, {extract.TypePerson, "Michael Potter"}}},
		// A lawyer "of" a firm "for" a party, an initial opening the lawyer's name.
		{name: "OfFirmForInitialFirst", text: "Opposition No. 91245601. P. Jay Hines of Muncy, Geissler, Olds & Lowe, P.C. for Farmec S.p.A.\n",
			want: []mention{{extract.TypePerson, "P. Jay Hines"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Jay Hines" }}}},
		// A heading's or an office's word alone names no one.
		{name: "HeadingWordsAlone", text: "1. Summary Judgment: Appeal and Error. An appellate court will affirm a lower court's granting of summary judgment.\n\n" +
			"Before HOLLAND, J., RIDGELY, President Judge,[1] and HORSEY, Justice, Retired.\n\nPhysician's and Surgeon's Certificate No. C42391\n",
			none: []none{{extract.TypePerson, func(s string) bool {
				return s == "Appeal" || s == "Error" || s == "President" || s == "This" || s == "Surgeon"
			}}}},
		// A web page's publication status in capitals ends the judge's name before it.
		{name: "PublicationStatusAfterJudge", text: "COURT OF APPEALS OF VIRGINIA Present: Judges Frank, Huff and Senior Judge Coleman PUBLISHED Argued at Richmond, Virginia\n",
			want: []mention{{extract.TypePerson, "Coleman"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "PUBLISHED") }}}},
		// A family's company over "and": "Emery Lee and Sons, Inc." is one company, no person.
		{name: "FamilyCompany", text: "The Town of Medway and Emery Lee and Sons, Inc., (ELS) appealed.\n",
			want: []mention{{extract.TypeOrg, "Emery Lee and Sons, Inc."}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Emery Lee" }}, {extract.TypeOrg, func(s string) bool { return s == "Sons, Inc." }}}},
		// A caption run into the end of the panel's line starts after the judges' title.
		{name: "CaptionAfterPanelTitle", text: "Panel: SAUFLEY, C.J., and ALEXANDER, MEAD, and HUMPHREY, JJ. DAY'S AUTO BODY, INC. v. TOWN OF MEDWAY et al. GORMAN, J.\n",
			want: []mention{{extract.TypeCase, "DAY'S AUTO BODY, INC. v. TOWN OF MEDWAY"}, {extract.TypeOrg, "DAY'S AUTO BODY, INC."}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "JJ.") }}}},
		// A bank's place in capitals, a foreign bank's branch, and a caption's unnamed parties.
		{name: "BanksPlacesBranchesAndUnnamedParties", text: "KENNETH JOHNSON\nv.\nDUTCH MILL DAIRY, INC., AND ANOTHER.\nSTATE BANK OF LORETTO, GARNISHEE.\n" +
			"among Barclays Bank PLC (as successor in interest to Credit Suisse AG, Cayman Islands Branch), as Collateral Agent.\n",
			want: []mention{{extract.TypeOrg, "STATE BANK OF LORETTO"}, {extract.TypeOrg, "DUTCH MILL DAIRY, INC."}, {extract.TypeOrg, "Credit Suisse AG, Cayman Islands Branch"}},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return s == "STATE BANK" || strings.Contains(s, "ANOTHER") || s == "Credit Suisse AG"
			}},
				{extract.TypeLocation, func(s string) bool { return strings.Contains(s, "Cayman") }}}},
		// An amendment with the Constitution it is of is one provision.
		{name: "AmendmentOfTheConstitution", text: "He invoked the Sixth Amendment of the United States Constitution. Prior to the adoption of the Eighteenth Amendment to the Constitution of the United States, liquor was sold.\n",
			want: []mention{{extract.TypeLaw, "Sixth Amendment of the United States Constitution"}, {extract.TypeLaw, "Eighteenth Amendment to the Constitution of the United States"}},
			none: []none{{extract.TypeLaw, func(s string) bool {
				return s == "United States Constitution" || s == "Constitution of the United States"
			}}}},
		// A research site's "Opinion" tab glued to the page's title is no part of the case's name.
		{name: "GluedOpinionTab", text: "Goodman v. Hous. Auth. of Dekalb Cnty.Opinion\n",
			want: []mention{{extract.TypeCase, "Goodman v. Hous. Auth. of Dekalb Cnty."}},
			none: []none{{extract.TypeCase, func(s string) bool { return strings.HasSuffix(s, "Opinion") }}}},
		// A letter's address block: the officer's title before the company, a district office's
		// name before its street address's house number.
		{name: "LetterAddressBlock", text: "Mr. Robert W. Matheson, President/CEO Berkeley Nutritional Corporation dba Research 1852 Rutan Drive Livermore, CA 94551\n" +
			"San Francisco District 1431 Harbor Bay Parkway Alameda, CA 94502-7070\n",
			want: []mention{{extract.TypeOrg, "Berkeley Nutritional Corporation"}, {extract.TypeOrg, "San Francisco District"}, {extract.TypeLocation, "1431 Harbor Bay Parkway"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.HasPrefix(s, "CEO") || strings.HasSuffix(s, "1431") }}}},
		// Two partners joined by "and" after a lawyer named with three names.
		{name: "TwoPartnersAfterThreeNames", text: "Esau Soren Diaz, John Kenneth Gorman, Lombardo and Gilles, Salinas, CA, for Defendants.\n",
			want: []mention{{extract.TypeOrg, "Lombardo and Gilles"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Gilles" }}, {extract.TypePerson, func(s string) bool { return s == "Lombardo" }}}},
		// An article of New York's CPLR or of the UCC cited with the code's name, and a section's
		// subsections in brackets as New York's official reports write them.
		{name: "CodeArticlesAndBracketedSubsections", text: "In this proceeding commenced pursuant to Article 78 of the CPLR, the petitioner seeks relief. " +
			"This CPLR article 78 proceeding was dismissed (New York State Administrative Procedure Act § 401[3] ).\n",
			want: []mention{{extract.TypeLaw, "Article 78 of the CPLR"}, {extract.TypeLaw, "CPLR article 78"}, {extract.TypeLaw, "New York State Administrative Procedure Act § 401[3]"}},
			none: []none{{extract.TypeLaw, func(s string) bool { return s == "New York State Administrative Procedure Act § 401" }}}},
		// Pennsylvania's older county courts; a government lawyer's title abbreviated is no
		// organisation.
		{name: "OlderCountyCourtsAndAbbreviatedTitles", text: "The suspensions were affirmed on separate appeals to the Court of Quarter Sessions for the County of Philadelphia.\n" +
			"Eugene N. Collins, City Atty., Gary D. Lander, Chattanooga, for petitioners.\n",
			want: []mention{{extract.TypeCourt, "Court of Quarter Sessions for the County of Philadelphia"}, {extract.TypePerson, "Eugene N. Collins"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "County of Philadelphia" || s == "City Atty." }}}},
		// Rhode Island's caption in columns with colons, and its docket's "-Appeal".
		{name: "RhodeIslandCaption", text: "Supreme Court No. 2012-86-Appeal. (PC 08-154) Karen Lombardi : v. : City of Providence et al. : NOTICE: This opinion is subject to formal revision.\n",
			want: []mention{{extract.TypeCase, "2012-86-Appeal"}, {extract.TypePerson, "Karen Lombardi"}, {extract.TypeCase, "Karen Lombardi : v. : City of Providence"}},
			none: []none{{extract.TypeCase, func(s string) bool { return s == "2012-86" }}}},
		// A running header's caption, a numbered heading and a filing stamp run into names; a
		// body's name a person's tag took.
		{name: "HeaderCaptionHeadingAndStamp", text: "BY JUDGE CEISLER FILED: February 22, 2021\n" +
			"STATE V. CAMPBELL Opinion of the Court I. Background On 15 April 2015, defendant was indicted. Jane Doe, Public Defender Service, for appellant.\n",
			want: []mention{{extract.TypePerson, "CEISLER"}, {extract.TypeCase, "STATE V. CAMPBELL"}, {extract.TypeOrg, "Public Defender Service"}},
			none: []none{{extract.TypePerson, func(s string) bool {
				return strings.Contains(s, "FILED") || strings.Contains(s, "STATE") || strings.Contains(s, "Background") || s == "Public Defender Service"
			}}}},
		// A storm's name is an event's, no one's, with its kind or without; a family's plural
		// defined in parentheses names no one; Maine's caption runs into its author's name.
		{name: "StormsFamiliesAndAuthorAfterCaption", text: "Dr. Magruder S. and Margaret Corban (\"Corbans\") incurred losses as Hurricane Isaias neared the coast. " +
			"At the time of the hailstorm, Isaias was located over Rutland, Vermont. The Corbans had a policy.\n" +
			"Panel: SAUFLEY, C.J., and GORMAN, and JABAR, JJ. JOHN S. ZABLOTNY v. STATE BOARD OF NURSING JABAR, J. [¶1] John S. Zablotny appeals.\n",
			want: []mention{{extract.TypePerson, "Margaret Corban"}, {extract.TypeCase, "JOHN S. ZABLOTNY v. STATE BOARD OF NURSING"}, {extract.TypePerson, "JOHN S. ZABLOTNY"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "Corbans" || strings.Contains(s, "Isaias") || s == "JOHN S. ZABLOTNY" }},
				{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Isaias") }},
				{extract.TypeCase, func(s string) bool { return strings.HasSuffix(s, "JABAR") }}}},
		// A federal officer's title names neither a person nor a place.
		{name: "FederalOfficersTitles", text: "The government was represented by Assistant United States Attorney Bruce Rhoades.\n",
			want: []mention{{extract.TypePerson, "Bruce Rhoades"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Attorney") }}}},
		// A research site's "Parties" label before the caption, a party in office, a party sued by
		// office and name, a caption whose first party lost its name to an accent, amici.
		{name: "SiteCaptionsAndPartiesInOffice", text: "Parties Marie BAPTISTE, Mitchell Matorin, and Jonathan DaPonte, Plaintiffs, v. Mike KENNEALY, in his official capacity as Secretary, Defendants.\n" +
			"Parties SANTO'S ITALIAN CAFÉ LLC, Plaintiff-Appellant, v. ACUITY INSURANCE COMPANY, Defendant-Appellee.\n" +
			"CARLYLE T. POINDEXTER, Appellants v. INSURANCE COMMISSIONER CASSIE BROWN, Appellee\nAmici Curiae: Mark Smith.\n" +
			"Marie BAPTISTE, Plaintiff, v. Mary Ann Lee JONES, in her official capacity as Secretary of the Executive Office, Defendant.\n",
			want: []mention{{extract.TypePerson, "Marie BAPTISTE"}, {extract.TypePerson, "Mike KENNEALY"}, {extract.TypeOrg, "SANTO'S ITALIAN CAFÉ LLC"}, {extract.TypePerson, "CASSIE BROWN"},
				{extract.TypePerson, "Mary Ann Lee JONES"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Parties") || strings.Contains(s, "Amici") }},
				{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "Parties") || strings.HasPrefix(s, "LLC") }},
				{extract.TypeOrg, func(s string) bool {
					return strings.Contains(s, "KENNEALY") || strings.Contains(s, "CASSIE") || strings.Contains(s, "Amici")
				}}}},
		// A table of contents' line read as a caption over "V." names no case and no one.
		{name: "TableOfContentsNoCaption", text: "IV.PRELIMINARY INJUNCTIONSTANDARD...380 V. ANALYSIS...381\n",
			none: []none{{extract.TypeCase, func(s string) bool { return strings.Contains(s, "...") }}, {extract.TypePerson, func(s string) bool { return strings.Contains(s, "...") }}}},
		// A page's title run into the court under it ends where the court starts.
		{name: "TitleRunIntoCourt", text: "From Casetext: Smarter Legal Research Gourmet Deli Ren Cen, Inc. v. Farm Bureau Gen. Ins. Co. of Mich. Court of Appeals of Michigan May 26, 2022\n",
			want: []mention{{extract.TypeCase, "Gourmet Deli Ren Cen, Inc. v. Farm Bureau Gen. Ins. Co. of Mich."}, {extract.TypeCourt, "Court of Appeals of Michigan"}}},
		// A department's units a counsel list names after it.
		{name: "UnitsAfterTheirDepartment", text: "Leonard Schaitman, John P. Schnitker (argued), Department of Justice, Civil Division, Appellate Section, Washington, DC, for Defendant-Appellee.\n",
			want: []mention{{extract.TypeOrg, "Department of Justice"}, {extract.TypeOrg, "Civil Division"}, {extract.TypeOrg, "Appellate Section"}}},
		// The federally chartered mortgage enterprises by their nicknames are organisations.
		{name: "MortgageEnterprises", text: "The appraisal did not meet Fannie Mae guidelines. Loans were sold to Freddie Mac.\n",
			want: []mention{{extract.TypeOrg, "Fannie Mae"}, {extract.TypeOrg, "Freddie Mac"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Fannie Mae" || s == "Freddie Mac" }}}},
		// States a caption lists in capitals, three or more, are litigants or amici, not places; a
		// notary's venue stays a place.
		{name: "CapsStateListsInCaption", text: "ASSOCIATION OF FEDERAL HEALTH ORGANIZATIONS; STATE OF MINNESOTA; STATE OF ARIZONA; STATE OF ARKANSAS; STATE OF CALIFORNIA,\nAmici Curiae.\n" +
			"STATE OF NEW YORK )\nCOUNTY OF KINGS ) ss:\n",
			want: []mention{{extract.TypeOrg, "STATE OF ARIZONA"}, {extract.TypeOrg, "STATE OF CALIFORNIA"}, {extract.TypeLocation, "STATE OF NEW YORK"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "STATE OF ARIZONA" || s == "STATE OF ARKANSAS" }}}},
		// A Tennessee court's term line ends before the caption in capitals; an amicus's label is
		// not its name; a chair's title and a family case's kin word name nobody.
		{name: "TermLineAmicusAndRoleWords", text: "IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE AT NASHVILLE September 13, 2016 Session DESHAWN LAMAR BAKER v. STATE OF TENNESSEE\n\n" +
			"Scott W. Sayre, Denver, Colorado, for Amicus Curiae Colorado Ski Country USA.\n" +
			"Faith Wilder-Newland (\"Grandmother\") appeals. Grandmother raises three issues. Chairperson Smith and the Chairperson voted.\n",
			want: []mention{{extract.TypeCase, "DESHAWN LAMAR BAKER v. STATE OF TENNESSEE"}, {extract.TypePerson, "DESHAWN LAMAR BAKER"}, {extract.TypeOrg, "Colorado Ski Country USA"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Session") || strings.Contains(s, "Amicus") }},
				{extract.TypeCase, func(s string) bool { return strings.Contains(s, "Session") }},
				{extract.TypePerson, func(s string) bool { return s == "Grandmother" || s == "Chairperson" || strings.Contains(s, "Session") }}}},
		// A Greek-letter society's and its chapter's names are organisations, no people.
		{name: "GreekLetterSocieties", text: "JOHNNY SMITH, Appellant-Plaintiff, v. DELTA TAU DELTA, Appellee-Defendant, BETA PSI CHAPTER OF DELTA TAU DELTA, Appellee.\n" +
			"Delta Tau Delta's local Beta Psi Chapter held the party. Pi Kappa Phi Fraternity, Inc. was sued.\n",
			want: []mention{{extract.TypeOrg, "DELTA TAU DELTA"}, {extract.TypeOrg, "BETA PSI CHAPTER OF DELTA TAU DELTA"}, {extract.TypeOrg, "Delta Tau Delta"},
				{extract.TypeOrg, "Beta Psi Chapter"}, {extract.TypeOrg, "Pi Kappa Phi Fraternity, Inc."}},
			none: []none{{extract.TypePerson, func(s string) bool {
				return strings.Contains(s, "Delta") || strings.Contains(s, "DELTA") || strings.Contains(s, "Psi")
			}}}},
		// A counsel list's "Pro Hac Vice" names no one, its attorneys general's offices run over the
		// title, and the state it appears "for Plaintiff" is a litigant; a sentence's full stop after
		// a place's four-letter word is not the name's.
		{name: "MultistateCounselList", text: "Derek M. Whiddon, Pro Hac Vice, Office of the Attorney General, Columbus, OH, Michael Ray Williams, " +
			"Office of the West Virginia Attorney General, Charleston, WV, for Plaintiff State of Ohio. Amy McFarlane, Pro Hac Vice, " +
			"New York State Office of the Attorney General, New York, NY, for Plaintiff State of New York. The court ruled in Ohio. Then it ended.\n",
			want: []mention{{extract.TypeOrg, "Office of the West Virginia Attorney General"}, {extract.TypeOrg, "New York State Office of the Attorney General"},
				{extract.TypeOrg, "State of Ohio"}, {extract.TypeOrg, "State of New York"}, {extract.TypeLocation, "Ohio"}},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return strings.Contains(s, "Hac Vice") || s == "Office of the West Virginia" || strings.HasSuffix(s, ".")
			}},
				{extract.TypePerson, func(s string) bool { return strings.Contains(s, "Hac Vice") }},
				{extract.TypeLocation, func(s string) bool { return s == "State of Ohio" || s == "State of New York" }}}},
		// California's counsel list: a lawyer "for" an amicus curiae and the amicus apart, a firm of two
		// partners before its lawyers; a stacked caption's objectors no party and no case's first party, a
		// list's party a line break cut after its semicolon, Puerto Rico's oversight board; a guardian ad
		// litem's title no organisation; the ATF's name with its serial comma.
		{name: "CaliforniaCounselAndObjectors", text: "Berger Kahn, Craig S. Simon, Irvine, and Adam M. Romney; Grotefeld Hoffman, Mark Grotefeld, Jordan B. Everakes and " +
			"David J. Kestenbaum for National Association of Subrogation Professionals as Amicus Curiae on behalf of Plaintiff and Respondent.\n\n" +
			"    THE FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO RICO, as\n    representative of Puerto Rico Electric Power Authority (PREPA),\n    Debtor, Appellee,\n" +
			"    FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO RICO; PUERTO\n    RICO FISCAL AGENCY AND FINANCIAL ADVISORY AUTHORITY,\n    Objectors, Appellees,\n    v.\n" +
			"    AD HOC GROUP OF PREPA BONDHOLDERS; ASSURED GUARANTY CORPORATION; NATIONAL PUBLIC FINANCE\n    GUARANTEE CORPORATION; SYNCORA GUARANTEE, INC.,\n    Movants, Appellants.\n\n" +
			"(Timothy R. Spencer, Acting City Attorney; Rena G. Berry, Guardian ad litem for the minor children, on briefs), for appellee. Appellee and Guardian ad litem submitting on briefs.\nThe Bureau of Alcohol, Tobacco, Firearms, and Explosives (ATF) revoked it.\n",
			want: []mention{{extract.TypeOrg, "Grotefeld Hoffman"}, {extract.TypePerson, "David J. Kestenbaum"}, {extract.TypeOrg, "National Association of Subrogation Professionals"},
				{extract.TypeOrg, "Bureau of Alcohol, Tobacco, Firearms, and Explosives"}, {extract.TypeOrg, "NATIONAL PUBLIC FINANCE GUARANTEE CORPORATION"},
				{extract.TypeOrg, "FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO RICO"}},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return strings.Contains(s, " for ") || s == "Tobacco" || s == "Explosives" || s == "GUARANTEE CORPORATION" || s == "Guardian"
			}},
				{extract.TypePerson, func(s string) bool { return s == "Grotefeld Hoffman" || s == "Objectors" }},
				{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "Objectors") }}}},
		// A caption's party's kind of company is no party and opens no case; a person's second
		// surname with an accent is the person's.
		{name: "KindOfCompanyAndAccentedSurnames", text: "INLAND EMPIRE WATERKEEPER, A PROGRAM OF ORANGE COUNTY COASTKEEPER, A NON-PROFIT CORPORATION, PLAINTIFF,\n" +
			"v.\nAMERICAN METAL RECYCLING, INC., DEFENDANT.\n\nU.S. Attorney Jason A. Reding Quiñones noted the importance of it.\n",
			want: []mention{{extract.TypeOrg, "AMERICAN METAL RECYCLING, INC."}, {extract.TypePerson, "Jason A. Reding Quiñones"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "NON-PROFIT") }},
				{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "NON-PROFIT") }},
				{extract.TypePerson, func(s string) bool { return s == "Jason A. Reding" }}}},
		// A press release's header sets the office over its district's line, one office, or on
		// one line after a comma; the district after an officer's title is no court.
		{name: "PressReleaseOfficeAndDistrict", text: "Department of Justice\nU.S. Attorney’s Office\nSouthern District of Florida\n\nThursday, May 12, 2016\n\n" +
			"Wifredo A. Ferrer, United States Attorney for the Southern District of Florida, announced the sentence.\n\nU.S. Attorney's Office, Eastern District of Tennessee\n",
			want: []mention{{extract.TypeOrg, "U.S. Attorney’s Office Southern District of Florida"}, {extract.TypeOrg, "U.S. Attorney's Office, Eastern District of Tennessee"}},
			none: []none{{extract.TypeCourt, func(s string) bool { return strings.Contains(s, "District of Florida") }}}},
		// A judge's initials after a district's docket are the docket's, not the next party's.
		{name: "DocketInitialsBeforeAParty", text: "Civil Action No. 12-cv-02517-RBJ-MEH JOSHUA R. NOWLAN, Plaintiffs, v. CINEMARK HOLDINGS, INC., Defendants.\n" +
			"Civil Action No. 12-cv-02109-RM-MJW BROADCAST MUSIC, INC., et al., Plaintiffs, v. CAREY-ON SALOON, LLC, Defendant.\n",
			want: []mention{{extract.TypeCase, "12-cv-02517-RBJ-MEH"}, {extract.TypePerson, "JOSHUA R. NOWLAN"}, {extract.TypeOrg, "BROADCAST MUSIC, INC."}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "NOWLAN") || strings.HasPrefix(s, "RM-") }},
				{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "RBJ") }},
				{extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "RBJ") }}}},
		{name: "MultistatePreambleInACase", text: "STATE OF KANSAS, ex rel. DEREK SCHMIDT, Attorney General,\nPlaintiff,\nvs.\nUBER TECHNOLOGIES, INC.,\nDefendant.\n\n" +
			"CONSENT JUDGMENT\n\nThe Attorneys General of the states and commonwealths of Alabama, Alaska, Arizona and Arkansas investigated Uber.\n",
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "Alabama" || s == "Alaska" || s == "Arizona" }}}},
		// A recall notice's "Sold At:" stores are organisations, none of them a person, and the
		// country it was manufactured in is a place.
		{name: "RecallStores", text: "Hanamint has received 26 incidents.\n\nSold At:\n\nChristy Sports, Chair King, Today’s Patio, The Great Escape, Fortunoff and other stores nationwide from January 2020 through June 2020 for about $600.\n\n" +
			"Importer: Michaels Stores Procurement Co. Inc. (MSPCI), a subsidiary of The Michaels Companies Inc., of Irving, Texas\n\nManufactured in: China\n\nHealth Canada's press release is available.\n",
			want: []mention{{extract.TypeOrg, "Chair King"}, {extract.TypeOrg, "Today’s Patio"}, {extract.TypeOrg, "Fortunoff"}, {extract.TypeLocation, "China"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "King" || s == "Patio" }}}},
		// A recall's headline names the company before its verb; a letter's address block names the
		// company on its own line after the addressee's job.
		{name: "RecallNoticeNames", text: "Radio Flyer Recalls Electric Wagons Due to Injury Hazard\n\nMs. Elaine G. Greenberg\nImport Manager\nHomemaker Industries, Inc.\n295 Fifth Avenue\nNew York, NY 10016\n",
			want: []mention{{extract.TypeOrg, "Radio Flyer"}, {extract.TypeOrg, "Homemaker Industries, Inc."}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Recalls") || strings.Contains(s, "Manager") }}}},
		// Flattened signature blocks: a firm in capitals after its lawyers is the firm alone, its
		// lawyer a person, a title in mixed case before a firm in capitals no part of it; a firm
		// in mixed case starts after its lawyer's name in capitals and after the address's city
		// and state; a semicolon ends a counsel list's firm.
		{name: "FlattenedSignatureFirms", text: "Respectfully submitted, Meredith L. Lambert KESSLER TOPAZ MELTZER & CHECK, LLP Attorneys for Plaintiffs\n\nAndrew J. Harakas Counsel of Record CLYDE & CO US LLP The Chrysler Building\n\n" +
			"ATTORNEYS FOR APPELLANT: ERIC A. RIEGNER RICHARD S. EYNON Frost Brown Todd LLC DAVID M. BRINLEY Indianapolis, Indiana Eynon Law Group, P.C. Columbus, Indiana\n\n" +
			"Bien & Summers, E. Elizabeth Summers, Novato; Kazan, McClain, Edises, Simon & Abrams, Philip A. Harley, for plaintiffs.\n",
			want: []mention{{extract.TypePerson, "Meredith L. Lambert"}, {extract.TypeOrg, "KESSLER TOPAZ MELTZER & CHECK, LLP"}, {extract.TypeOrg, "CLYDE & CO US LLP"},
				{extract.TypeOrg, "Frost Brown Todd LLC"}, {extract.TypeOrg, "Eynon Law Group, P.C."}, {extract.TypeOrg, "Kazan, McClain, Edises, Simon & Abrams"}}},
		// The Harmonized Tariff Schedule and its headings are laws; the country that issues a
		// numbered patent is no place (a patent is no entity; TestOfficeTitleIsNoPlace has the
		// country named alone).
		{name: "TariffsAndPatents", text: "The applicable subheading for the pins will be 7319.30.1000, Harmonized Tariff Schedule of the United States (HTS).\n\n" +
			"Colgate owns United States Patent No. 5,033,488 and United States Design Patent No. D696,456.\n",
			want: []mention{{extract.TypeLaw, "7319.30.1000"}, {extract.TypeLaw, "Harmonized Tariff Schedule of the United States"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "United States" }}}},
		// The Customs rulings' mirror heads its pages with the trade commission misspelt, and
		// its index's range of rulings names no place.
		{name: "RulingsMirror", text: "United States International Trade Commision Rulings And Harmonized Tariff Schedule\n" +
			"faqs.org > Rulings and Tariffs Home > Rulings By Number > 2004 NY Rulings > NY K88211 - NY K88257 > NY K88233\n\nPrevious Ruling Next Ruling\n",
			want: []mention{{extract.TypeOrg, "United States International Trade Commision"}, {extract.TypeCase, "NY K88233"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "NY" }}}},
		// The schedule's rules of interpretation are laws.
		{name: "TariffRules", text: "Classification under the HTSUS is made in accordance with the GRIs. GRI 3(b) provides that composite goods are classified by their essential character.\n",
			want: []mention{{extract.TypeLaw, "GRIs"}, {extract.TypeLaw, "GRI 3(b)"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "GRI") }}}},
		// A federal district court by its name before 1948 is a court, not a place and a district.
		{name: "OlderDistrictCourts", text: "Appeal from the District Court of the United States for the Western District of Missouri; the decree is affirmed.\n",
			want: []mention{{extract.TypeCourt, "District Court of the United States for the Western District of Missouri"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "United States" }}}},
		// A public records portal's chrome glued to the page names nothing.
		{name: "RecordsPortalChrome", text: "HomeMy WebLinkAbout1999-1546 ROBERT M. MUMMA, II, : IN THE COURT OF COMMON PLEAS OF\nHomeMy WebLinkAboutResolution - 2003-R0233 - Ground Lease Agreement\n",
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "HomeMy") }}, {extract.TypePerson, func(s string) bool { return strings.Contains(s, "WebLink") }}}},
		// A news photo's credit names its photographer and its outlet.
		{name: "PhotoCredits", text: "Agents raided the market on Sunday. (Amy Davis/Baltimore Sun)\n\nLast month's raid closed it.\n",
			want: []mention{{extract.TypePerson, "Amy Davis"}, {extract.TypeOrg, "Baltimore Sun"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "/") }}}},
		// A newspaper named for its place is an organisation, not the place.
		{name: "PlacePapers", text: "The San Francisco Chronicle reported the sale first, and the Los Angeles Daily News followed.\n",
			want: []mention{{extract.TypeOrg, "San Francisco Chronicle"}, {extract.TypeOrg, "Los Angeles Daily News"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Los Angeles" || strings.HasPrefix(s, "San Francisco") }}}},
		// A known place before "-based" or "-area" is a place.
		{name: "HyphenPlaces", text: "The San Diego-based dealer sold a home in the Jacksonville-area market to a Florida-based company.\n",
			want: []mention{{extract.TypeLocation, "San Diego"}, {extract.TypeLocation, "Jacksonville"}, {extract.TypeLocation, "Florida"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "-area") }}}},
		// The stores a list after a kind of store or its buyers names are organisations.
		{name: "StoresSuchAs", text: "The company sells the containers to retailers such as Home Depot, Lowe's, Ace and Wal-Mart, garden centers and others.\n",
			want: []mention{{extract.TypeOrg, "Lowe's"}, {extract.TypeOrg, "Ace"}, {extract.TypeOrg, "Home Depot"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Lowe" }}}},
		// A federal court's citation alone in parentheses after a docket number is the court.
		{name: "BareCourtCitations", text: "The lawsuit is Grabowski v. Skechers U.S.A., Inc., No. 3:12-cv-00204 (W.D. Ky.). It settled.\n",
			want: []mention{{extract.TypeCourt, "W.D. Ky."}}},
		{name: "CourtAfterDocket", text: "I. Executive Summary\n  • Case Identification: 0:19-cv-01758, D. Minn., 07/02/2019\n",
			want: []mention{{extract.TypeCourt, "D. Minn."}}, none: []none{{extract.TypePerson, func(s string) bool { return s == "D. Minn" }}}},
		// A business or an outlet named by its web address is an organisation; an address is none.
		{name: "SiteNames", text: "The kit is sold by Amazon.com to consumers, ClassAction.org reports. Write to info@Acme.com.\n",
			want: []mention{{extract.TypeOrg, "Amazon.com"}, {extract.TypeOrg, "ClassAction.org"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Acme") }}}},
		// A town no list knows is a place before "-based"; a common word before it is none.
		{name: "HyphenTowns", text: "MyPillow Inc., the Chaska-based pillow maker, sued the Red Wing-based company over a Web-based portal.\n",
			want: []mention{{extract.TypeLocation, "Chaska"}, {extract.TypeLocation, "Red Wing"}},
			none: []none{{extract.TypeLocation, func(s string) bool { return s == "Web" }}}},
		// A firm named for two partners between its lawyer and its city is an organisation, with
		// the older reporters' "of" before it or not; the last of several lawyers is a person.
		{name: "CityFramedFirms", text: "ARGUED: Mary Massaron, Plunkett Cooney, Bloomfield Hills, MI, for Appellant. Daniel P. Dalton, Dalton & Tomich, PLC, " +
			"Detroit, MI, for Appellee. ON BRIEF: John G. Blackmon, Daniel Wayne Sigelman, Atlanta, GA, for Appellee.\n" +
			"Willis K. Kunz, of Kunz Kunz, Indianapolis, Ind., for defendants.\n",
			want: []mention{{extract.TypeOrg, "Plunkett Cooney"}, {extract.TypePerson, "Daniel Wayne Sigelman"}, {extract.TypeOrg, "Kunz Kunz"}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "Plunkett Cooney" }}, {extract.TypeOrg, func(s string) bool { return s == "Daniel Wayne Sigelman" }}}},
		// A High Court is a court, no organisation.
		{name: "HighCourts", text: "Mr Casey appealed from the High Court of Ireland. The High Court had refused him leave.\n",
			want: []mention{{extract.TypeCourt, "High Court of Ireland"}, {extract.TypeCourt, "High Court"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "High Court") }}}},
		// A German company's legal form written out makes its name an organisation.
		// The form alone, or after a country's adjective, is a kind of company, no name.
		{name: "Aktiengesellschaft", text: "Defendants-Appellants VOLKSWAGEN AKTIENGESELLSCHAFT and AUDI AKTIENGESELLSCHAFT appeal; Swarovski Aktiengesellschaft sued.\n" +
			"It is a German Aktiengesellschaft with its seat in Munich. The Aktiengesellschaft must publish its accounts.\n",
			want: []mention{{extract.TypeOrg, "AUDI AKTIENGESELLSCHAFT"}, {extract.TypeOrg, "Swarovski Aktiengesellschaft"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.Contains(s, "AKTIENGESELLSCHAFT") }},
				{extract.TypeOrg, func(s string) bool { return s == "German Aktiengesellschaft" || s == "Aktiengesellschaft" }}}},
		// A name the tagger read as a company that opens with a given name is a person.
		{name: "GivenNamePeople", text: "Plaintiff was injured on December 19, 2002 while installing satellite television equipment on the roof of defendant " +
			"Morton Muchow's home. Plaintiff, who alleges his injuries were the result of a defect, sued.\n",
			want: []mention{{extract.TypePerson, "Morton Muchow"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Muchow") }}}},
		// A minor named by initials after a relative's or a party's word and a comma is a person, no title.
		{name: "InitialsAfterCommas", text: "In November 1998, Sandra Remer's tenth-grade son, M.R., and four other students were suspended. " +
			"GANTMAN, P.J.: Appellant, S.S., appeals from the order entered.\n",
			want: []mention{{extract.TypePerson, "M.R."}, {extract.TypePerson, "S.S."}},
			none: []none{{extract.TypePerson, func(s string) bool { return s == "P.J." }}}},
		// A news story's dateline names its city a place, alone before the dash or with its state.
		{name: "CityDatelines", text: "Press Release\n\nTAMPA - Marler Clark, the Seattle law firm, filed a lawsuit Monday against the festival.\n",
			want: []mention{{extract.TypeLocation, "TAMPA"}, {extract.TypeLocation, "Seattle"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "TAMPA" }}}},
		{name: "StateDatelines", text: "LOUISVILLE, KENTUCKY-After a four day trial, Matthew S. Stepp, age 40, was found guilty today.\n",
			want: []mention{{extract.TypeLocation, "LOUISVILLE"}, {extract.TypeLocation, "KENTUCKY"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return s == "LOUISVILLE" }}}},
		// A federal department as the news names it is an organisation, not a justice's name.
		{name: "NewsDepartments", text: "Nine were indicted, according to Don Carr, chief of the Justice Department’s Wildlife and Marine Resources Center in Tucson. " +
			"The Treasury Department's Office of Foreign Assets Control listed him.\n",
			want: []mention{{extract.TypeOrg, "Justice Department"}, {extract.TypeOrg, "Treasury Department"}},
			none: []none{{extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Department") }}}},
		// The trial judge's line above a caption is no part of the case's name or its first party's.
		{name: "JudgeLineStarts", text: "Court of Appeals No. 16CA1652\nHonorable Brian J. Flynn, Judge\nRoberto Lopez, Jordan Pierson, and Kolby Gimmeson,\nPlaintiffs-Appellants,\nv.\nCity of Grand Junction, Colorado,\nDefendant-Appellee.\n",
			want: []mention{{extract.TypePerson, "Roberto Lopez"}, {extract.TypePerson, "Brian J. Flynn"}},
			none: []none{{extract.TypeCase, func(s string) bool { return strings.Contains(s, "Honorable") }}, {extract.TypePerson, func(s string) bool { return strings.HasPrefix(s, "Judge") }}}},
		// A federal body and its officer are an organisation and a person, and a body named
		// after another's possessive starts after it.
		{name: "BodyOfficers", text: "The company received the award from U.S. Department of Commerce Secretary John Bryson at the ceremony. " +
			"The U.S. Department of Agriculture’s Foreign Agricultural Service says imports rose.\n",
			want: []mention{{extract.TypeOrg, "U.S. Department of Commerce"}, {extract.TypePerson, "John Bryson"}, {extract.TypeOrg, "U.S. Department of Agriculture"},
				{extract.TypeOrg, "Foreign Agricultural Service"}}},
		// A superior court a two-column caption splits is a court.
		{name: "SplitSuperiorCourts", text: "J-A26038-21\nNON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37\nREVOCABLE LIVING TRUST OF : IN THE SUPERIOR COURT OF\n" +
			"PHILIP E. TOBIAS DATED AUGUST : PENNSYLVANIA\n17, 2010 :\n",
			want: []mention{{extract.TypeCourt, "SUPERIOR COURT"}}},
		// A byline's paper is an organisation.
		{name: "StaffBylines", text: "February 07, 1996|By Nancy Millman, Tribune Staff Writer.\n\nSara Lee Corp. agreed to pay a fine.\n",
			want: []mention{{extract.TypeOrg, "Tribune"}}},
		// A court's abbreviation before a year and a record's page are no rules; Ohio's glued rules
		// are whole.
		{name: "RulesOfRecords", text: "Nater-Lebron v. Shalala, 120 F. Supp. 2d 175 (D.P.R. 2000). The patent is licensed. (R. 17, Pl.'s Mem., Ex. 4.) The motion under Ohio Civ.R. 12(B)(6) fails.\n",
			want: []mention{{extract.TypeLaw, "Ohio Civ.R. 12(B)(6)"}},
			none: []none{{extract.TypeLaw, func(s string) bool { return s == "R. 2000" || s == "R. 17" }}}},
		// The Appellate Division's counsel line: the state's abbreviation before the names of
		// counsel in parentheses is a place of its own.
		{name: "CounselCityStates", text: "Wilson Elser Moskowitz Edelman & Dicker, LLP, New York, N.Y. (Mathew Ross and Judy C. Selmeci of counsel), for appellants.\n",
			want: []mention{{extract.TypeLocation, "New York"}, {extract.TypeLocation, "N.Y."}}},
		// A court's line in capitals over a company's name with its form
		// is the court, then the company, not one name; a court's body
		// named on one line is one name.
		{name: "CourtLineOverCompany", text: "Attorney for Appellee\nCOURT OF APPEALS OF INDIANA\nCAESARS RIVERBOAT CASINO, LLC,\nAppellant-Defendant,\nvs.\nGENEVIEVE M. KEPHART,\nAppellee-Plaintiff.\n\n" +
			"The rule was drafted by the Illinois Supreme Court Commission on Pretrial Practices in 1967.\n",
			want: []mention{{extract.TypeCourt, "COURT OF APPEALS OF INDIANA"}, {extract.TypeOrg, "CAESARS RIVERBOAT CASINO, LLC"},
				{extract.TypeOrg, "Illinois Supreme Court Commission on Pretrial Practices"}},
			none: []none{{extract.TypeOrg, func(s string) bool { return strings.Contains(s, "COURT") }}}},
		// "One" after a word of a company's name is the name's, not a
		// number that the name starts after; after a word that numbers a
		// part ("Count One") it is the part's number.
		{name: "OneInCompanyNames", text: "The EEOC sued Source One Staffing, Inc. in Chicago, and Colony One Trading Corporation settled. In Count One Acme Corporation alleges breach.\n",
			want: []mention{{extract.TypeOrg, "Source One Staffing, Inc."}, {extract.TypeOrg, "Colony One Trading Corporation"}, {extract.TypeOrg, "Acme Corporation"}},
			none: []none{{extract.TypeOrg, func(s string) bool {
				return s == "Staffing, Inc." || s == "Trading Corporation" || strings.Contains(s, "Count")
			}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := stageResult(t, tc.text)
			wantIn(t, res.Mentions, tc.want...)
			for _, n := range tc.none {
				wantNone(t, res.Mentions, n.typ, n.bad)
			}
		})
	}
}

// TestNamedLawForms: a title alone ("Title VII"), a title of the United
// States Code, the SEC's regulations and their items, codes of conduct and
// a canon are laws; an Act's acronym defined after it names the Act where
// the text uses it later, and its definition leaves the Act's citation
// after the parenthesis linked to the Act.
func TestNamedLawForms(t *testing.T) {
	text := "Her Title VII claim fails. Under Title 11 of the United States Code the debtor filed. Item 303 of Regulation S-K and " +
		"Regulation FD apply. See the Model Rules of Professional Conduct and the Code of Judicial Conduct, Canon 3B(2). The Private " +
		"Securities Litigation Reform Act of 1995 (\"PSLRA\") applies. Under the PSLRA, the Court appoints. Plaintiff sues under the " +
		"Employee Retirement Income Security Act of 1974 (\"ERISA\"), 29 U.S.C. § 1001 et seq.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeLaw, "Title VII"}, mention{extract.TypeLaw, "Title 11 of the United States Code"},
		mention{extract.TypeLaw, "Item 303 of Regulation S-K"}, mention{extract.TypeLaw, "Regulation FD"},
		mention{extract.TypeLaw, "Model Rules of Professional Conduct"}, mention{extract.TypeLaw, "Code of Judicial Conduct"},
		mention{extract.TypeLaw, "Canon 3B(2)"}, mention{extract.TypeLaw, "PSLRA"})
	wantNone(t, res.Mentions, extract.TypeLocation, func(s string) bool { return s == "Canon" })
	for _, m := range res.Mentions {
		if m.Text == "29 U.S.C. § 1001" && m.Refers != "Employee Retirement Income Security Act of 1974" {
			t.Errorf("the citation refers to %q, want the Act", m.Refers)
		}
	}
}

// TestSaintsTownshipsAndCampuses: a hospital or a church named for a
// saint is one organisation, not the saint; a township or a borough by its
// kind and name is the local government; a state university's campus after
// "at" is part of its name.
func TestSaintsTownshipsAndCampuses(t *testing.T) {
	text := "Plaintiff was treated at St. Luke's Medical Center and St. Jude Children's Research Hospital. The Township of Lower Merion " +
		"and the Borough of Media were sued. She attended the University of Texas at Austin.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "St. Luke's Medical Center"}, mention{extract.TypeOrg, "St. Jude Children's Research Hospital"},
		mention{extract.TypeOrg, "Township of Lower Merion"}, mention{extract.TypeOrg, "Borough of Media"},
		mention{extract.TypeOrg, "University of Texas at Austin"})
	for _, typ := range []string{extract.TypePerson, extract.TypeLocation} {
		wantNone(t, res.Mentions, typ, func(s string) bool { return strings.HasPrefix(s, "St.") || s == "Austin" })
	}
}

// TestVersusCaptions: the Eleventh Circuit's stacked caption with "versus"
// on its line and spaced roles, and the Fifth Circuit's on one line with
// roles joined by an em dash, are cases with their parties; a party whose
// legal form is written out ("Incorporated") is one company, not two
// people over its "&".
func TestVersusCaptions(t *testing.T) {
	res := stageResult(t, "No. 20-13456\nMARISOL VEGA,\nPlaintiff - Appellant,\nversus\nCARNIVAL CORPORATION,\nDefendant - Appellee.\n")
	wantIn(t, res.Mentions, mention{extract.TypeCase, "MARISOL VEGA, Plaintiff - Appellant, versus CARNIVAL CORPORATION"},
		mention{extract.TypePerson, "MARISOL VEGA"}, mention{extract.TypeOrg, "CARNIVAL CORPORATION"})
	res = stageResult(t, "No. 21-30123\nKenneth Ray Smith, Plaintiff—Appellant, versus BP Exploration & Production, Incorporated; "+
		"BP America Production Company, Defendants—Appellees.\n")
	wantIn(t, res.Mentions, mention{extract.TypeCase, "Kenneth Ray Smith, Plaintiff—Appellant, versus BP Exploration & Production, Incorporated"},
		mention{extract.TypePerson, "Kenneth Ray Smith"}, mention{extract.TypeOrg, "BP Exploration & Production, Incorporated"})
	wantNone(t, res.Mentions, extract.TypePerson, func(s string) bool { return strings.Contains(s, "Production") })
}

// TestUnitedStatesAttorneyFor: a United States Attorney's title, name and
// "for the District of …" is the person and the district's court, not one
// organisation over the title.
func TestUnitedStatesAttorneyFor(t *testing.T) {
	res := stageResult(t, "U.S. Attorney Philip R. Sellinger for the District of New Jersey added. Assistant U.S. Attorney David Chen "+
		"for the District of New Jersey prosecuted.\n")
	wantIn(t, res.Mentions, mention{extract.TypePerson, "Philip R. Sellinger"}, mention{extract.TypePerson, "David Chen"},
		mention{extract.TypeCourt, "District of New Jersey"})
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Attorney") })
}

// TestFirmsAndBanksInCounselLists: a firm named by its partners' surnames
// and a professional form is one organisation, the surnames no person or
// place of their own, also where a web page dropped the "&" before the
// last partner, and never with the surname of a lawyer before it ("Ramsey
// E Ramerman"); a bank named for its place keeps its national form.
// Both, and the units of a department and a union of two trades, are the
// stage's.
func TestFirmsAndBanksInCounselLists(t *testing.T) {
	text := "Joseph Edward Zeszotarski, Jr., Gammon, Howard, Zeszotarski, PLLC, Raleigh, North Carolina, for Appellees.\n" +
		"The trustee was The Bank of California, National Association, succeeded by Bankers Trust Company of California, National Association.\n" +
		"Jane Roe, Commercial Litigation Branch, Civil Division, United States Department of Justice, for defendant.\n" +
		"The plaintiffs were members of Local No. 101, United Brotherhood of Carpenters and Joiners of America.\n" +
		"Robert Hyman, LaBarge, Zatkoff Dinning, P.C., for defendant. Brett A. August, Pattishall, McAuliffe, Newbury, Hilliard Geraldson LLP, Chicago, IL.\n" +
		"Patrick J. Mullaney, Ramsey E Ramerman, Foster Pepper PLLC, Seattle, WA, for Respondents. George W. Johnston, Venable, Baetjer and Howard, LLP, Towson. Jane Roe, Van Winkle, Buck, Wall, Starnes and Davis, P.A., Asheville.\n"
	wantMentionTexts(t, text, "ORG LaBarge, Zatkoff Dinning, P.C.", "ORG Pattishall, McAuliffe, Newbury, Hilliard Geraldson LLP", "ORG Foster Pepper PLLC", "ORG Venable, Baetjer and Howard, LLP", "ORG Van Winkle, Buck, Wall, Starnes and Davis, P.A.",
		"PERSON Ramsey E Ramerman", "ORG Gammon, Howard, Zeszotarski, PLLC", "ORG The Bank of California, National Association",
		"ORG Bankers Trust Company of California, National Association", "ORG Commercial Litigation Branch", "ORG Civil Division",
		"ORG Local No. 101, United Brotherhood of Carpenters and Joiners of America")
	for _, m := range stageResult(t, text).Mentions {
		if m.Text == "Howard" || m.Text == "Gammon" || m.Text == "National Association" {
			t.Errorf("a part of a name is a name of its own: %+v", m)
		}
	}
}

// TestPageChromePrograms: a program's maker in a page's chrome ("Click
// here for Microsoft Word version") is no organisation, whatever the
// tagger reads.
func TestPageChromePrograms(t *testing.T) {
	res := stageResult(t, "Click here for Adobe Acrobat version\nClick here for Microsoft Word version\nBefore the\nFederal Communications Commission\n")
	for _, m := range res.Mentions {
		if m.Text == "Microsoft" || m.Text == "Adobe" {
			t.Errorf("%s %q", m.Type, m.Text)
		}
	}
}

// TestPageChromeSkipLinks: a page's skip link ("Skip Navigation") is no
// one's name, whatever the tagger reads; a person called Skip is.
func TestPageChromeSkipLinks(t *testing.T) {
	res := stageResult(t, "Skip Navigation\n  • Robocall Hotline:(844)-8-NO-ROBO\n\nSkip to Main Content\n\nSkip Navigation\n\nFederal Communications Commission\n\nEnglish Display Options\n\nAttorney General Josh Stein thanked Skip Nelson, a parent, for the report.\n")
	var people []string
	for _, m := range res.Mentions {
		if strings.HasPrefix(m.Text, "Skip") {
			people = append(people, string(m.Type)+" "+m.Text)
		}
	}
	if got := strings.Join(people, "|"); got != "PERSON Skip Nelson" {
		t.Errorf("got %q, want only the person Skip Nelson", got)
	}
}

// TestPageChromeShareButtons: a page's sharing buttons ("Share on
// Facebook", "Follow Municipal Minute on Twitter", a bullet's site) name
// no organisation; a site the text's sentence names stays one.
func TestPageChromeShareButtons(t *testing.T) {
	text := "Tweet This | Share on Facebook\nFollow Municipal Minute on Twitter\n\nShare this story\n  • Facebook\n  • Twitter\n\nThe Heritage Bicycle Company posted on Instagram that rentals would end, and Meta's Instagram removed the post.\n"
	res := stageResult(t, text)
	for _, m := range res.Mentions {
		if slices.Contains([]string{"Facebook", "Twitter"}, m.Text) {
			t.Errorf("a sharing button's site: %s %q", m.Type, m.Text)
		}
	}
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Instagram"})
}

// TestAgencyEdgesInStage: with the tagger, a public body's name starts at
// its head word and ends at its subject's word where the tagger left them
// out (agencyEdges mends the tagger's names, so TestPatterns, without
// the model, cannot show it).
func TestAgencyEdgesInStage(t *testing.T) {
	res := stageResult(t, "Court: Division of Administrative Hearings, Florida Number: 12-003553 View\n\nSTATE OF FLORIDA\n\nDIVISION OF ADMINISTRATIVE HEARINGS\n\n"+
		"before Elizabeth W. McArthur, Administrative Law Judge, Division of Administrative Hearings (DOAH).\n\nDepartment of Legal Affairs The Capitol, Plaza Level 01\n")
	for _, want := range []string{"Division of Administrative Hearings", "DIVISION OF ADMINISTRATIVE HEARINGS", "Department of Legal Affairs"} {
		if !has(res.Mentions, extract.TypeOrg, want) {
			t.Errorf("no ORG %q in %v", want, res.Mentions)
		}
	}
}

// TestInstrumentTitles: an instrument's title in capitals before a
// company ("AGREEMENT AND PLAN OF MERGER OF") and a merger's "INTO" are no
// part of its name; a company's name in a contract's opening keeps its
// own words.
func TestInstrumentTitles(t *testing.T) {
	text := "AGREEMENT AND PLAN OF MERGER OF BLUE FERN HOLDINGS, INC. (A DELAWARE CORPORATION)\nINTO BLUE FERN HOLDINGS INC (A KANSAS CORPORATION)\n\n" +
		"This Operating Agreement of Quillon Ridge LLC is made with Bank of America, N.A.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "BLUE FERN HOLDINGS, INC."}, mention{extract.TypeOrg, "BLUE FERN HOLDINGS INC"},
		mention{extract.TypeOrg, "Quillon Ridge LLC"}, mention{extract.TypeOrg, "Bank of America, N.A."})
}

// TestCounselLineLawyers: on a counsel block run into one line, the
// lawyers' names in capitals before their firm are people and the firm
// starts after them.
func TestCounselLineLawyers(t *testing.T) {
	text := "For Appellant Ann W. Rowe EDNA W. SLOAN KARL L. TRENT Moss & Slane Co., LPA 351 W. Main Street Columbus, Ohio 43215\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Moss & Slane Co., LPA"}, mention{extract.TypePerson, "EDNA W. SLOAN"},
		mention{extract.TypePerson, "KARL L. TRENT"})
}

// TestGluedCourtCitations: a citation's court whose year a web page glues
// to the abbreviation ("(9th Cir.2004)") is found as with the space.
func TestGluedCourtCitations(t *testing.T) {
	text := "Ellison v. Robertson, 357 F.3d 1072, 1075 (9th Cir.2004); Smith v. Jones, 500 F. Supp. 2d 10 (D.Mass.2006).\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeCourt, "9th Cir."}, mention{extract.TypeCourt, "D.Mass."})
}

// TestParallelAndNames: a company whose name's two sides of "and" open
// with the same word is one name ("Blue Cross and Blue Shield of Florida,
// Inc.", on a line of its own too; "Johnson and Johnson Consumer Inc."),
// where a list of two names stays two.
func TestParallelAndNames(t *testing.T) {
	text := "Plaintiff sued Blue Cross and Blue Shield of Florida, Inc. for benefits.\nNoteholders:\nBlue Cross and Blue Shield of Kansas, Inc.\n(as Noteholder)\n" +
		"Then Johnson and Johnson Consumer Inc. sued SVB and GOLD HILL VENTURE LENDING 03, L.P.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeOrg, "Blue Cross and Blue Shield of Florida, Inc."},
		mention{extract.TypeOrg, "Blue Cross and Blue Shield of Kansas, Inc."}, mention{extract.TypeOrg, "Johnson and Johnson Consumer Inc."},
		mention{extract.TypeOrg, "GOLD HILL VENTURE LENDING 03, L.P."})
}

// TestAdjectivesAndRolesOpenNoCompany: a place made an adjective, of one
// word or more ("Lodi-based", "New Jersey-based"), and a litigant's
// joined roles ("Defendant/Appellee") open no company's name; a name's
// own hyphenated word ("Pioneer Hi-Bred", "Acme World-wide Shipping")
// stays.
func TestAdjectivesAndRolesOpenNoCompany(t *testing.T) {
	text := "The Lodi-based ABC Packing Services, Inc. agreed to pay.\nThe settlement with New Jersey-based Para-Plus Translations Inc. resolves the claims.\n" +
		"The order requires Paterson-based Progressive Movers, Inc., Lodi-based XYZ Packing Services, Inc., and their principals to pay. " +
		"Defendant/Appellee Arrow Exterminators, Inc. moved to dismiss. Defendants, Pioneer Hi-Bred International, Inc. (Pioneer) answered.\n" +
		"The carrier Acme World-wide Shipping, Inc. answered.\n"
	res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "ABC Packing Services, Inc."}, mention{extract.TypeOrg, "Arrow Exterminators, Inc."},
		mention{extract.TypeOrg, "Progressive Movers, Inc."}, mention{extract.TypeOrg, "XYZ Packing Services, Inc."},
		mention{extract.TypeOrg, "Pioneer Hi-Bred International, Inc."}, mention{extract.TypeOrg, "Para-Plus Translations Inc."},
		mention{extract.TypeOrg, "Acme World-wide Shipping, Inc."})
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.Contains(s, "-based") || strings.Contains(s, "Appellee") })
}

// TestCounselAndAuthorForms: North Carolina's author line names its judge
// surname first ("HUNTER, Robert C., Judge."); a docket entry's ruling
// verb in capitals is no part of the judge's name before it; a firm's
// Nebraska form "P.C., L.L.O." is part of its name.
func TestCounselAndAuthorForms(t *testing.T) {
	text := "Appeal by defendant.\nHUNTER, Robert C., Judge.\nChief Judge McGEE concurs.\n" +
		"MEMORANDUM OPINION AND ORDER by District Judge Wilma P. Jenson GRANTING 35 Motion for Notice.\n" +
		"Affirmed. Michael F. Coyle, of Fraser Stryker, P.C., L.L.O., Omaha, for appellant.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypePerson, "HUNTER, Robert C."}, mention{extract.TypePerson, "Wilma P. Jenson"},
		mention{extract.TypeOrg, "Fraser Stryker, P.C., L.L.O."})
}

// TestHeaderOverCapsCaption: a reporter's header's last word does not run
// over the line break into the caption's name in capitals below it.
func TestHeaderOverCapsCaption(t *testing.T) {
	text := "108 Nev. 1, 1 (1992) Dickson v. State\nKEVIN DICKSON, Appellant, v. THE STATE OF NEVADA, Respondent.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypePerson, "KEVIN DICKSON"})
}

// TestOkinaNames: Hawaii's name written with its ʻokina or an apostrophe
// ends a court's name and names a place, as "Hawaii" does.
func TestOkinaNames(t *testing.T) {
	text := "IN THE SUPREME COURT OF THE STATE OF HAWAI'I\n\nThe Hawaiʻi Supreme Court held that the search in Hilo, Hawai‘i was lawful.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeCourt, "SUPREME COURT OF THE STATE OF HAWAI'I"},
		mention{extract.TypeCourt, "Hawaiʻi Supreme Court"}, mention{extract.TypeLocation, "Hawai‘i"})
}

// TestRoleLeftoverCaptions: a caption's role ("Plaintiff Below,
// Appellant") or description ("Derivatively on Behalf of ACME") before its
// "v." names no case and no party; the parties stay.
func TestRoleLeftoverCaptions(t *testing.T) {
	text := "CINERAMA, INC.,\nPlaintiff Below, Appellant,\nv.\nTECHNICOLOR, INC., a Delaware corporation, Defendants Below, Appellees.\n\n" +
		"JOHN BAINTO, Derivatively on Behalf of COMPUTER SCIENCES CORPORATION,\nPlaintiff,\nv.\nMICHAEL W. LAPHEN, et al.,\nDefendants.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "TECHNICOLOR, INC."}, mention{extract.TypePerson, "MICHAEL W. LAPHEN"})
	bad := func(s string) bool { return strings.HasPrefix(s, "Below") || strings.HasPrefix(s, "Behalf") }
	wantNone(t, res.Mentions, extract.TypeCase, bad)
	wantNone(t, res.Mentions, extract.TypePerson, bad)
}

// TestTerritoryCourts: the courts of the territories by their names, with
// a division where it sits; "PEOPLE OF GUAM" (or "THE PEOPLE OF THE STATE
// OF ILLINOIS") as a caption's party is the prosecuting government, an
// organisation.
func TestTerritoryCourts(t *testing.T) {
	text := "IN THE SUPREME COURT OF THE VIRGIN ISLANDS\n\nOn Appeal from the Superior Court of the Virgin Islands, Division of St. Croix.\n" +
		"Appeal from the Superior Court of Guam. See the High Court of American Samoa and the District Court of the Virgin Islands, Appellate Division.\n\n" +
		"PEOPLE OF GUAM,\nPlaintiff-Appellee,\nv.\nROBERT CRUZ,\nDefendant-Appellant.\n"
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeCourt, "SUPREME COURT OF THE VIRGIN ISLANDS"},
		mention{extract.TypeCourt, "Superior Court of the Virgin Islands, Division of St. Croix"}, mention{extract.TypeCourt, "Superior Court of Guam"},
		mention{extract.TypeCourt, "High Court of American Samoa"}, mention{extract.TypeCourt, "District Court of the Virgin Islands, Appellate Division"},
		mention{extract.TypeOrg, "PEOPLE OF GUAM"})
	wantMentions(t, extract.New(extract.Config{}), "PEOPLE OF GUAM,\nPlaintiff-Appellee,\nv.\nROBERT CRUZ,\nDefendant-Appellant.\n", mention{extract.TypeOrg, "PEOPLE OF GUAM"})
	// With its article, Illinois's prosecutor is the government too.
	illinois := "THE PEOPLE OF THE STATE OF ILLINOIS, Plaintiff-Appellee,\nv.\nMARCUS D. WELLINGTON, Defendant-Appellant.\n"
	wantMentions(t, extract.New(extract.Config{}), illinois, mention{extract.TypeOrg, "THE PEOPLE OF THE STATE OF ILLINOIS"})
	wantNone(t, stageResult(t, illinois).Mentions, extract.TypeLocation, func(s string) bool { return strings.Contains(s, "PEOPLE") })
}

// TestVeteransBoardNumbers: a Board of Veterans' Appeals decision's
// citation number and its docket, on the header's lines, are the
// decision's, one case.
func TestVeteransBoardNumbers(t *testing.T) {
	text := "Citation Nr: 1612345\nDecision Date: 03/30/16    Archive Date: 04/06/16\n\nDOCKET NO.  12-34 567A        )    DATE\n                               )\n\n" +
		"On appeal from the\nDepartment of Veterans Affairs Regional Office in Winston-Salem, North Carolina\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeCase, "1612345"}, mention{extract.TypeCase, "12-34 567A"})
	for _, m := range res.Mentions {
		if m.Text == "12-34 567A" && m.Refers != "1612345" {
			t.Errorf("docket refers to %q, want the citation number", m.Refers)
		}
	}
}

// TestSixthCircuitHeader: the Sixth Circuit's file name is its opinion's
// slip number, the case's; a caption run into the court's name on one
// line starts after the court, its first party a person.
func TestSixthCircuitHeader(t *testing.T) {
	text := "NOT RECOMMENDED FOR FULL-TEXT PUBLICATION File Name: 07a0855n.06 Filed: December 14, 2007 No. 07-1346 UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT " +
		"GREGORY LEFFEW, Plaintiff-Appellant, v. FORD MOTOR COMPANY, Defendant-Appellee. On Appeal from the United States District Court.\n"
	res := stageResult(t, text)
	// The file name on a header's line of its own is the caption's case.
	stacked := stageResult(t, "NOT RECOMMENDED FOR PUBLICATION\nFile Name: 19a0123n.06\n\nNo. 18-1234\n\nUNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT\n\n"+
		"LINDA M. HARPER,\nPlaintiff-Appellant,\nv.\nKELVIN AUTOMOTIVE CO.,\nDefendant-Appellee.\n")
	for _, m := range stacked.Mentions {
		if m.Text == "19a0123n.06" && strings.Join(strings.Fields(m.Refers), " ") != "LINDA M. HARPER, Plaintiff-Appellant, v. KELVIN AUTOMOTIVE CO." {
			t.Errorf("file name refers to %q", m.Refers)
		}
	}
	wantIn(t, stacked.Mentions, mention{extract.TypeCase, "19a0123n.06"})
	name := "GREGORY LEFFEW, Plaintiff-Appellant, v. FORD MOTOR COMPANY"
	wantIn(t, res.Mentions, mention{extract.TypeCase, "07a0855n.06"}, mention{extract.TypeCase, name}, mention{extract.TypePerson, "GREGORY LEFFEW"})
	// The file name on the header's line is the caption's case.
	for _, m := range res.Mentions {
		if m.Text == "07a0855n.06" && strings.Join(strings.Fields(m.Refers), " ") != name {
			t.Errorf("file name refers to %q", m.Refers)
		}
	}
}

// TestVirginiaCaptionAndFamilies: Virginia's "v. Record No. 032562" names
// no party, its number is the case's; a family's plural after "the" ("the
// Tyrrells") is no entity where the text names a person of that surname.
func TestVirginiaCaptionAndFamilies(t *testing.T) {
	text := "Present: All the Justices\nSTEPHEN D. QUATANNENS, ET AL.\nv. Record No. 032562 OPINION BY JUSTICE DONALD W. LEMONS\nROBERT E. TYRRELL, JR., ET AL. April 23, 2004\n\n" +
		"Robert E. Tyrrell, Jr. and his wife, Jeanne M.\nHauch, (\"the Tyrrells\") reside at 219 S. Alfred Street. In 2001 the Tyrrells asserted their claim.\n" +
		"The plaintiffs, Michael Magane and Sean Magane (the \"Maganes\"), brought this action. The decision denied the Maganes' variance.\n"
	res := stageResult(t, text)
	// A defined term's quote after "the" ("(the "Maganes")").
	for _, typ := range []string{extract.TypeOrg, extract.TypePerson, extract.TypeLocation} {
		wantNone(t, res.Mentions, typ, func(s string) bool { return s == "Maganes" })
	}
	wantIn(t, res.Mentions, mention{extract.TypeCase, "032562"})
	wantNone(t, res.Mentions, extract.TypeCase, func(s string) bool { return strings.Contains(s, "Record") })
	// The development round's opinion, whose tagger reads "the Tyrrells"
	// as an organisation in three places.
	b, err := os.ReadFile("../../testdata/ner/dev/corpus/set225/set225-quatannens-v-tyrrell.txt")
	if err != nil {
		t.Fatal(err)
	}
	res = stageResult(t, string(b))
	for _, typ := range []string{extract.TypeOrg, extract.TypePerson, extract.TypeLocation} {
		wantNone(t, res.Mentions, typ, func(s string) bool { return s == "Tyrrells" })
	}
}

// TestAmiciNameNoOne: "for Amici Curiae" in a counsel list names a role,
// as "amicus curiae" does: the development round's opinion, whose tagger
// read it as a person.
func TestAmiciNameNoOne(t *testing.T) {
	b, err := os.ReadFile("../../testdata/ner/dev/corpus/set690/set690-santos-italian-cafe-v-acuity-6th-cir.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := stageResult(t, string(b))
	for _, typ := range []string{extract.TypeOrg, extract.TypePerson, extract.TypeLocation} {
		wantNone(t, res.Mentions, typ, func(s string) bool { return strings.Contains(s, "Amici") })
	}
}

// TestDashVCaption: the Southern District of New York's stacked caption
// with "-v-" is a case's name, and its docket with the judge's initials
// under it ("20-CV-8842 (JPO)") the case's.
func TestDashVCaption(t *testing.T) {
	text := "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nPRISCILLA ONYEKACHI OKAFOR,\nPlaintiff,\n-v-\nMERIDIAN TRUST BANK, N.A.,\nDefendant.\n\n20-CV-8842 (JPO)\n\nOPINION AND ORDER\n"
	res := stageResult(t, text)
	name := "PRISCILLA ONYEKACHI OKAFOR, Plaintiff, -v- MERIDIAN TRUST BANK, N.A."
	wantIn(t, res.Mentions, mention{extract.TypeCase, name}, mention{extract.TypeOrg, "MERIDIAN TRUST BANK, N.A."})
	for _, m := range res.Mentions {
		if m.Text == "20-CV-8842" && strings.Join(strings.Fields(m.Refers), " ") != name {
			t.Errorf("docket refers to %q", m.Refers)
		}
	}
}

// TestTitleCaptionsInStage: a document's first line that is a case's name
// ("… VS. …") is the case, not an organisation (the stage calls the mend
// for the document's first chunk only).
func TestTitleCaptionsInStage(t *testing.T) {
	res := stageResult(t, "MARIA SERRATO VS PI KAPPA PHI FRATERNITY INC\n\nCase Number: BC586769 Hearing Date: June 08, 2018\n")
	wantIn(t, res.Mentions, mention{extract.TypeCase, "MARIA SERRATO VS PI KAPPA PHI FRATERNITY INC"})
	if has(res.Mentions, extract.TypeOrg, "MARIA SERRATO VS PI KAPPA PHI FRATERNITY INC") {
		t.Errorf("the title is an organisation: %v", res.Mentions)
	}
}

// TestAndFirmStartsInStage: a firm's name the patterns started after its
// "and" starts at the names before it in the stage's output too.
func TestAndFirmStartsInStage(t *testing.T) {
	res := stageResult(t, "Michael J. Coursey, R. Alan Luberda, and Benjamin Blase Caryl, Kelley Drye &\nWarren LLP, of Washington, DC for Defendant-Intervenors.\n")
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Kelley Drye & Warren LLP"})
}

// TestBareFirmsInStage: a firm's surnames printed without their "&" are
// the firm in the stage's output, not a person.
func TestBareFirmsInStage(t *testing.T) {
	res := stageResult(t, "Howson Howson, of New York City, for defendant.\nMayer, Warfield Watson, of New York City, for plaintiff.\n")
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "Howson Howson"}, mention{extract.TypeOrg, "Mayer, Warfield Watson"})
}

// TestNumberedCircuitsInStage: the news's "9th Circuit" is a court in the
// stage's output.
func TestNumberedCircuitsInStage(t *testing.T) {
	res := stageResult(t, "The company appealed to the 9th Circuit, which heard the case in March.\n")
	wantIn(t, res.Mentions, mention{extract.TypeCourt, "9th Circuit"})
}

// TestNewsDistrictCourtsInStage: the news's "U.S. District Court in
// Anchorage" is a court in the stage's output, so is a court named by its
// state after "of", its state no place of its own, and one named by its
// kind alone.
func TestNewsDistrictCourtsInStage(t *testing.T) {
	res := stageResult(t, "The musher sued the knife maker in U.S. District Court in Anchorage last year.\n")
	wantIn(t, res.Mentions, mention{extract.TypeCourt, "U.S. District Court"})
	res = stageResult(t, "Empire Level said Thursday it went to U.S. District Court of Nevada and filed papers aimed at stopping the sales.\n\nThe suit was filed in U.S. District Court on Monday.\n")
	wantIn(t, res.Mentions, mention{extract.TypeCourt, "U.S. District Court of Nevada"}, mention{extract.TypeCourt, "U.S. District Court"})
	wantNone(t, res.Mentions, extract.TypeLocation, func(s string) bool { return s == "Nevada" })
}

// TestCounselFirmsWrappedNamesAndCitationsInTheStage: the forms the
// counsel-line, wrapped-name, dateline and citation mends read come out of
// the whole stage (each mend is wired where it runs, after the tagger).
func TestCounselFirmsWrappedNamesAndCitationsInTheStage(t *testing.T) {
	text := "05-27-2022\n\nVERITEXT CORP., ET AL. v. PAUL A. BONIN, ET AL.\nthe drag racing strip owned by Defendant Atco\nRaceway, Inc. in 2010.\n" +
		"Alan G. Gerson, Blumenfeld and Kaplan, St. Louis, MO, for U.S.A. Hockey, Inc.\n" +
		"Arlington R. Robbins, Michael V. Pundeff, co-counsel, Robbins, Keehn and Jones, San Diego, Cal., for plaintiffs.\n" +
		"Affirmed. Kinsella Weitzman Iser Kump & Aldisert, Alan Kossoff for Petitioners.\n" +
		"Clark, Robinson Hellebush, Cincinnati, Ohio, Cooper, Sanders Holt, Burlington, N.C., for plaintiff.\n" +
		"(OLYMPIA, Wash.) — The Department fined the company.\n" +
		"It violated Section 501.1 of the Clinton County Zoning Ordinance. It follows K2's acquisition in March of Morrow Snowboards Inc. for cash.\n" +
		"To be cited only in accordance with Fed. R. App. P. 32.1\n" +
		"1 Louis R. Miller\n2 JAMIE D. VOGEL (State Bar No. 307810)\njvogel@millerbarondess.com\n3 MILLER BARONDESS, LLP\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeCase, "VERITEXT CORP., ET AL. v. PAUL A. BONIN"},
		mention{extract.TypeOrg, "Blumenfeld and Kaplan"}, mention{extract.TypeOrg, "Robbins, Keehn and Jones"}, mention{extract.TypeOrg, "Kinsella Weitzman Iser Kump & Aldisert"},
		mention{extract.TypeOrg, "Clark, Robinson Hellebush"}, mention{extract.TypeOrg, "Cooper, Sanders Holt"},
		mention{extract.TypeOrg, "Atco Raceway, Inc."}, mention{extract.TypeLocation, "OLYMPIA"},
		mention{extract.TypeLaw, "Section 501.1 of the Clinton County Zoning Ordinance"}, mention{extract.TypeOrg, "Morrow Snowboards Inc."},
		mention{extract.TypeLaw, "Fed. R. App. P. 32.1"}, mention{extract.TypeOrg, "MILLER BARONDESS, LLP"})
	text = "1:25-cv-08491\nKao v. Hengda Kite\nI. Executive Summary and Procedural Information\n- Plaintiff: Juncheng Kao (China)\n"
	wantIn(t, stageResult(t, text).Mentions, mention{extract.TypeCase, "Kao v. Hengda Kite"})
}

// TestCourtCategoryLabel: a research site's court field glued to its label
// ("CourtUnited States District Courts. 6th Circuit.") names no
// organisation once the label is cut off the name; the field still names a
// court.
func TestCourtCategoryLabel(t *testing.T) {
	text := "Heaven Hill Distilleries, Inc. v. Log Still Distilling, LLC, 3:21-cv-190-BJB-CHL\n\nCourtUnited States District Courts. 6th Circuit. United States District Court of Western District of Kentucky\n" +
		"Writing for the CourtBenjamin Beaton, District Judge\nCitation575 F.Supp.3d 785\n"
	court := false
	for _, m := range stageResult(t, text).Mentions {
		if m.Type == extract.TypeOrg && strings.HasPrefix(m.Text, "United States District") {
			t.Errorf("organisation %q", m.Text)
		}
		court = court || m.Type == extract.TypeCourt
	}
	if !court {
		t.Error("no court read")
	}
}
