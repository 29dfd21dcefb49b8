package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/text"
)

// TestStateLaws: a state's code in the Bluebook's forms and in its own
// courts' abbreviations, a title's number before it, a section before its
// code, a section of a law named in words, a state's constitution; a
// reporter, an edition's year, initials and a contract's section are none.
func TestStateLaws(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Bluebook forms", "See Mich. Comp. Laws § 750.227, N.J. Stat. Ann. § 2C:11-3(a)(1) and Ga. Code Ann. § 16-5-1.",
			"Mich. Comp. Laws § 750.227|N.J. Stat. Ann. § 2C:11-3(a)(1)|Ga. Code Ann. § 16-5-1"},
		{"a sign at a line's end, Sec. and Westlaw's s", "Pursuant to Minn. Stat. §\n609.04, counts remain; see Conn. Gen. Stat. Sec. 42-110j and Cal. Civ. Code s 52.1; Minn. Stat. s the rest.",
			"Minn. Stat. §\n609.04|Conn. Gen. Stat. Sec. 42-110j|Cal. Civ. Code s 52.1"},
		{"New York's abbreviations and its hyphened subsections", "The motion under CPL 440.30(1-a)(a) was denied; see DRL § 236(B)(5) and the CPL 12 form.",
			"CPL 440.30(1-a)(a)|DRL § 236(B)(5)"},
		{"Maryland's article by name", "Md. Code (1984, 1999 Repl. Vol.) §§ 10-101 to 10-305 of the State Government Article, and § 14-404 of the Health Occupations Article; Article 5 of the Lease.",
			"Md. Code (1984, 1999 Repl. Vol.) §§ 10-101 to 10-305 of the State Government Article|§ 14-404 of the Health Occupations Article"},
		{"a code's subject", "under Cal. Civ. Proc. Code § 425.16, Tex. Penal Code Ann. § 22.01 (West 2011) and N.Y. Penal Law § 125.25.",
			"Cal. Civ. Proc. Code § 425.16|Tex. Penal Code Ann. § 22.01|N.Y. Penal Law § 125.25"},
		{"capitals", "TEX. CIV. PRAC. & REM. CODE ANN. § 101.021(2) applies.", "TEX. CIV. PRAC. & REM. CODE ANN. § 101.021(2)"},
		{"a chapter or title before the section", "Mass. Gen. Laws ch. 93A, § 2; Okla. Stat. tit. 12, § 95; Md. Code Ann., Crim. Law § 3-202.",
			"Mass. Gen. Laws ch. 93A, § 2|Okla. Stat. tit. 12, § 95|Md. Code Ann., Crim. Law § 3-202"},
		{"a title's number", "sentenced under 42 Pa.C.S. § 9712(a), 735 Ill. Comp. Stat. 5/2-619 and 43 P.S. § 1101.",
			"42 Pa.C.S. § 9712(a)|735 Ill. Comp. Stat. 5/2-619|43 P.S. § 1101"},
		{"no section sign after the code's head", "See La. R.S. 14:30 and N.Y. C.P.L.R. 3211(a)(7).", "La. R.S. 14:30|N.Y. C.P.L.R. 3211(a)(7)"},
		{"articles of a code", "Tex. Code Crim. Proc. Ann. art. 38.22 and La. Civ. Code art. 2315.", "Tex. Code Crim. Proc. Ann. art. 38.22|La. Civ. Code art. 2315"},
		{"another state's revised statutes", "as N.A. Rev. Stat. § 47-2-309 requires", "N.A. Rev. Stat. § 47-2-309"},
		{"courts' abbreviations", "RCW 36.13.010; MCL 600.2912; O.C.G.A. § 9-11-12; A.R.S. § 13-1105; R.C. 2305.10; K.S.A. 2019 Supp. 21-5402.",
			"RCW 36.13.010|MCL 600.2912|O.C.G.A. § 9-11-12|A.R.S. § 13-1105|R.C. 2305.10|K.S.A. 2019 Supp. 21-5402"},
		{"titles before courts' abbreviations", "See 735 ILCS 5/2-619, 12 O.S.2011, § 95 and 11 Del. C. § 4209.", "735 ILCS 5/2-619|12 O.S.2011, § 95|11 Del. C. § 4209"},
		{"a chapter of Massachusetts' laws", "under G.L. c. 93A, § 2 and G.L. c. 231, the claim", "G.L. c. 93A, § 2|G.L. c. 231"},
		{"Massachusetts' chapter glued, subsections after spaces", "in violation of G.L.c. 272, § 29, and G.L. c. 94C, § 32E (b) (3), as applied", "G.L.c. 272, § 29|G.L. c. 94C, § 32E (b) (3)"},
		{"the Alaska Statutes", "under AS 23.30.005(h) and AS 23.30.155(d); SUCH AS 1.5 TIMES", "AS 23.30.005(h)|AS 23.30.155(d)"},
		{"laws named by their place", "the Constitution of the United States, the Code of Virginia, the Revised Statutes of Missouri, the New York General Business Law and the New York City Human Rights Law; the Texas Family Law Review; the Code of Conduct.",
			"Constitution of the United States|Code of Virginia|Revised Statutes of Missouri|New York General Business Law|New York City Human Rights Law"},
		{"Washington's short forms", "RCW 41.56.030(6); .430-.490; .905; .910. Uniformed", "RCW 41.56.030(6)|.430-.490|.905|.910"},
		{"a capital letter after a section's hyphen", "under 38 M.R.S. § 636-A and 22 M.R.S.A. § 1711-C(2), the board", "38 M.R.S. § 636-A|22 M.R.S.A. § 1711-C(2)"},
		{"a section before its code", "under § 24-10-103(1.3) C.R.S. 2016 and section 768.28(9)(a), Florida Statutes (2019).",
			"§ 24-10-103(1.3) C.R.S.|section 768.28(9)(a), Florida Statutes"},
		{"Alabama's code after its sections", "Sections 18-3-1 to 18-3-3, Ala. Code 1975, authorize it; see Section 18-3-2, Ala. Code 1975.", "Sections 18-3-1 to 18-3-3, Ala. Code 1975|Section 18-3-2, Ala. Code 1975"},
		{"Montana's code after its section", "Section 40-4-202, MCA, governs; see also § 40-4-212, MCA (2017).", "Section 40-4-202, MCA|§ 40-4-212, MCA"},
		{"a range of sections before its code", "the Act, §§ 24-10-101 to -120, C.R.S. 2016, bars", "§§ 24-10-101 to -120, C.R.S."},
		{"a section of a law named in words", "organized under Section 3361\nof the Ohio Revised Code, and Section 216-a of the New York State\n\nEducation Law.",
			"Section 3361\nof the Ohio Revised Code|Section 216-a of the New York State\n\nEducation Law"},
		{"a section of an Act", "violated Sec. 8(a)(1) of the Act and Section 10(b) of the Securities Exchange Act of 1934.",
			"Sec. 8(a)(1) of the Act|Section 10(b) of the Securities Exchange Act of 1934"},
		{"a section of an Act in capitals", "PURSUANT TO SECTION 21C OF THE SECURITIES EXCHANGE ACT OF 1934 AND SECTION 8A",
			"SECTION 21C OF THE SECURITIES EXCHANGE ACT OF 1934"},
		{"a code named in words", "See Penal Law § 125.25, Civil Code section 1542 and (Code Civ. Proc., § 425.16).",
			"Penal Law § 125.25|Civil Code section 1542|Code Civ. Proc., § 425.16"},
		{"an annotated code, a chapter, a revised code's bare section", "See Arkansas Code Annotated section 17-14-305(a)(1), Iowa Code chapter 352, Oregon Revised Statutes 30.265 and Revised Code of Washington 4.24.510; the Revised Code 2019.",
			"Arkansas Code Annotated section 17-14-305(a)(1)|Iowa Code chapter 352|Oregon Revised Statutes 30.265|Revised Code of Washington 4.24.510"},
		{"a chapter before its state's code", "Pursuant to Chapter 474, Florida Statutes, and Chapter 407, RSMo; chapter 60, Wisconsin Statutes. Chapter 5, the Agreement.",
			"Chapter 474, Florida Statutes|Chapter 407, RSMo|chapter 60, Wisconsin Statutes"},
		{"a chapter or a title cited whole", "Under Wis. Stat. ch. 177 and Okla. Stat. tit. 12, the Fla. Stat. ch. 440 applies.", "Wis. Stat. ch. 177|Okla. Stat. tit. 12|Fla. Stat. ch. 440"},
		{"a chapter's paragraph", "as Ill.Rev.Stat. ch. 122, para. 10-22.6, and Ill. Rev. Stat. ch. 38, ¶ 1005-8-1 require", "Ill.Rev.Stat. ch. 122, para. 10-22.6|Ill. Rev. Stat. ch. 38, ¶ 1005-8-1"},
		{"state constitutions", "Colo. Const. art. VI, § 5(3); Pa. Const. art. I, § 8; N.J. Const. art. I, ¶ 7; Mass. Const. pt. 1, art. 12; Const. 1963, art. 1, § 17.",
			"Colo. Const. art. VI, § 5(3)|Pa. Const. art. I, § 8|N.J. Const. art. I, ¶ 7|Mass. Const. pt. 1, art. 12|Const. 1963, art. 1, § 17"},
		{"reporters are no codes", "See 35 Cal. App. 4th 1070, 2008 Pa. Super. 252 and 92 Wash. 2d 831.", ""},
		{"an edition is no section", "the C.R.S. 2016 edition and the Iowa Code 2019 printing", ""},
		{"initials and a short number", "Mr. R.C. Smith wrote R.C. 12 and P.S. 2 more.", ""},
		{"a contract's section", "Section 2 of the Agreement and Section 3 of the First Amendment to Lease", ""},
		{"an amendment's section", "Section 5 of the Fourteenth Amendment", "Section 5 of the Fourteenth Amendment"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := candTexts(tc.text, mergedLaws(stateLaws(tc.text))); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// mergedLaws keeps of overlapping candidates the longer, in text order,
// as merge does.
func mergedLaws(cs []cand) []cand {
	var out []cand
	for _, c := range cs {
		keep := true
		for k := 0; k < len(out); k++ {
			o := out[k]
			if c.start < o.end && o.start < c.end {
				if o.end-o.start >= c.end-c.start {
					keep = false
					break
				}
				out = append(out[:k], out[k+1:]...)
				k--
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	for i := 1; i < len(out); i++ {
		for k := i; k > 0 && out[k].start < out[k-1].start; k-- {
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out
}

// wantLaws compares the stage's laws in txt, joined by "|" (stageLaws),
// with want.
func wantLaws(t *testing.T, txt, want string) {
	t.Helper()
	if got := strings.Join(stageLaws(t, txt), "|"); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// stageLaws runs the stage without the tagger on text and returns its LAW
// mentions, each with what it refers to after "->".
func stageLaws(t *testing.T, txt string) []string {
	t.Helper()
	ch, err := chunk.New(chunk.Config{}).Process(context.Background(), text.Document{Text: txt})
	if err != nil {
		t.Fatal(err)
	}
	res, err := New(Config{DisableModel: true}).Process(context.Background(), Input{Chunks: ch})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range res.Mentions {
		if m.Type == TypeLaw {
			s := oneSpace(m.Text)
			if m.Refers != "" {
				s += " -> " + m.Refers
			}
			out = append(out, s)
		}
	}
	return out
}

// TestLawSpans: the stage reads a citation whole where the patterns cut
// it: a state's code before or after its section, a constitution's state,
// subsections after a space or a line break, a section numbered in groups
// cited alone, a state constitution's article and section before its name
// or after it, a court's rules; a year and a list's item after a section
// are not its subsections.
func TestLawSpans(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a state's code after its section", "under provisions of Colo. Const. art. VI, § 5(3), and § 24-51-1105, C.R.S. 2016. In this case",
			"Colo. Const. art. VI, § 5(3)|§ 24-51-1105, C.R.S."},
		{"a code's initials before its section", "The agency violated FAR § 15.306 and ERISA § 502(a)(1)(B) and 40 CFR § 60.1 and I.R.C. § 6651(a)(1); THE § 5 heading.",
			"FAR § 15.306|ERISA § 502(a)(1)(B)|40 CFR § 60.1|I.R.C. § 6651(a)(1)|§ 5"},
		{"California's, Louisiana's and Florida's own forms", "See Cal. Rules of Court, rule 8.1115(a); La. C.C. art. 2315; La. C.C.P. art. 966(A); Article V, section 4(b)(1), Florida Constitution.",
			"Cal. Rules of Court, rule 8.1115(a)|La. C.C. art. 2315|La. C.C.P. art. 966(A)|Article V, section 4(b)(1), Florida Constitution"},
		{"a chapter of a state's statutes", "The merger is governed by Chapter 78 of the Nevada Revised Statutes; he sued under Chapter 93A of the Massachusetts General Laws.",
			"Chapter 78 of the Nevada Revised Statutes|Chapter 93A of the Massachusetts General Laws"},
		{"a circuit's own rule", "See 9th Cir. BAP Rule 8013-1 and 10th Cir. R. 32.1.", "9th Cir. BAP Rule 8013-1|10th Cir. R. 32.1"},
		{"a title and a state's code", "was improperly sentenced pursuant to 42 Pa.C.S. § 9712(a). We vacate.", "42 Pa.C.S. § 9712(a)"},
		{"a subsection on the next line", "grounds for vacating an award under the Federal Arbitration Act,\n    9 U.S.C. § 10\n    (a)(1)-(3), should be applied",
			"Federal Arbitration Act|9 U.S.C. § 10 (a)(1)-(3)"},
		{"a subsection after a space", "See 5 C.F.R. § 1201.117 (c). The Board", "5 C.F.R. § 1201.117 (c)"},
		{"a range of subsections", "This stretch, §§2.12(a)–(e), id., is divided.", "§§2.12(a)–(e)"},
		{"a short form in groups", "A dangerous condition under § 24-10-106(1)(d)(I), C.R.S., is one; § 24-10-103(1.3) defines it.",
			"§ 24-10-106(1)(d)(I), C.R.S.|§ 24-10-103(1.3)"},
		{"a year and a list's item", "under 42 U.S.C. § 1983 (2012). And 28 U.S.C. § 1291\n(a) the court of appeals", "42 U.S.C. § 1983|28 U.S.C. § 1291"},
		{"a range to its last part", "the Law Against Discrimination (LAD), N.J.S.A. 10:5-1 to -42, against her; N.J.S.A. 10:5-12(a) to 5 years.",
			"N.J.S.A. 10:5-1 to -42|N.J.S.A. 10:5-12(a)"},
		{"a title's section on the next line, and glued by a scan", "Forfeiture (18 U.S.C. 981(a)(1)(C) & 28 U.S.C.\n2461(c))\nConspiracy (18U.S.C. 371)",
			"18 U.S.C. 981(a)(1)(C)|28 U.S.C. 2461(c)|18U.S.C. 371"},
		{"a state constitution's article and section before its name", "jurisdiction under Article 6, Section 5(3), of the Arizona Constitution. It violates article V, section 4(b)(1) of the Florida Constitution.",
			"Article 6, Section 5(3), of the Arizona Constitution|article V, section 4(b)(1) of the Florida Constitution"},
		{"a state constitution's name after its section, as Florida cites it", "declaring a statute invalid. See art. V, § 3(b)(1), Fla. Const. The court", "art. V, § 3(b)(1), Fla. Const."},
		{"a clause with its amendment and constitution", "violated the Due Process Clause of the Fourteenth Amendment to the United States Constitution and the Due Process Clause of the New York State\nConstitution; the Takings Clause of the Constitution applies; the Equal Protection Clause binds.",
			"Due Process Clause of the Fourteenth Amendment to the United States Constitution|Due Process Clause of the New York State Constitution|Takings Clause|Constitution|Equal Protection Clause"},
		{"a state constitution's article alone", "mandated in Article 11 of the Minnesota Constitution, nor did it strip the office", "Article 11 of the Minnesota Constitution"},
		{"a code's section sign at a line's end", "only then may the claimant file a lawsuit. (Gov’t Code §§\n905; and so on.)", "Gov’t Code §§ 905"},
		{"bodies of rules and statutes named in words", "under the Federal Rules of Bankruptcy Procedure, the Hawaii Revised Statutes and the Missouri Court Rules; " +
			"see the Local Rules of the United States Bankruptcy Court for the District of New Jersey. The Federal Rules govern; so said the California Assembly Committee On Rules. " +
			"See the Uniform Standards of Professional Appraisal Practice and Section 475.624.",
			"Federal Rules of Bankruptcy Procedure|Hawaii Revised Statutes|Missouri Court Rules|Local Rules|Uniform Standards of Professional Appraisal Practice|Section 475.624"},
		{"a court's internal operating procedure, its decimal at a line's end", "NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37\nIN THE SUPERIOR COURT OF PENNSYLVANIA\n" +
			"Not recommended for publication; see Sixth Circuit I.O.P. 32.1(b).", "SUPERIOR COURT I.O.P. 65.37|Sixth Circuit I.O.P. 32.1(b)"},
		{"the Sentencing Guidelines' sections, a letter inside the number", "He objected to USSG §4A1.1 and to § 3E1.1 of the Guidelines; see U.S.S.G. § 2K2.1(b)(6)(B).",
			"USSG §4A1.1|§ 3E1.1|U.S.S.G. § 2K2.1(b)(6)(B)"},
		{"a court's rules of two words", "We granted review under Rule 23 of the Arizona Rules of Civil Appellate Procedure.", "Rule 23 of the Arizona Rules of Civil Appellate Procedure"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestContractSections: a contract's sections of itself are no laws:
// "hereof", "of this Lease", "of the Agreement" after one, "this" before
// it, or, over the whole document, no statute cited that the section
// could be a short form of. A document that names a statute keeps its
// sections, and so it does a section numbered in the thousands or
// written in lower case, but not its numbered headings ("Section 5.2
// Board of Managers."). A contract's amendment named by its ordinal
// ("the Second Amendment dated as of …", "First Amendment to Loan and
// Security Agreement") is no constitutional amendment, in any of its
// mentions, where the Constitution's are; a reporter's "R." in a
// bankruptcy citation is no rule.
func TestContractSections(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a lease's cross-references", "Trigger Date: notice that Approvals, as defined in Section 1.5 have been obtained, and rent under Section 4.2.", ""},
		{"hereof, of this Lease, this Section", "as provided in Section 2.3(b) hereof, Section 4 of this Lease and this Section 6, under the Internal Revenue Code.",
			"Internal Revenue Code"},
		{"the Agreement's section beside a statute", "within the grace period of Section 7.2 of the Agreement. No notice under N.A. Rev. Stat. § 47-2-309 was given.",
			"N.A. Rev. Stat. § 47-2-309"},
		{"a section that is no short form of the statute cited", "the grace period of Section 7.2. No fee is due under Section 7.3, and N.A. Rev. Stat. § 47-2-309 applies.",
			"N.A. Rev. Stat. § 47-2-309"},
		{"accounting principles, no statute", "Accounting terms shall be construed following GAAP. Capitalized terms have the meanings set forth in Section 13.", "GAAP"},
		{"a statute named", "an exempt organisation under Section 501(c)(3) of the Internal Revenue Code; Section 501(c)(3) requires it.",
			"Section 501(c)(3) of the Internal Revenue Code|Section 501(c)(3)"},
		{"a statute named only with a section", "refused under Section 2(e)(1) of the Trademark Act, 15 U.S.C. §1052(e)(1). Applicant seeks registration under Section 2(f).",
			"Section 2(e)(1) of the Trademark Act|15 U.S.C. §1052(e)(1) -> Section 2(e)(1) of the Trademark Act|Section 2(f)"},
		{"a contract's sections beside a statute's section", "The Employee's pay shall comply with Section 409A of the Internal Revenue Code. Under Section 2.1 and Section 4.3 the Employer pays.",
			"Section 409A of the Internal Revenue Code"},
		{"a section cited in full before", "in violation of 18 U.S.C. § 1343. Section 1343 makes wire fraud a crime.", "18 U.S.C. § 1343|Section 1343"},
		{"a statute's own reference", "as defined in section 101 of this title, under 11 U.S.C. § 362.", "section 101|11 U.S.C. § 362"},
		{"a statute's section alone", "The claim under Section 1983 fails, as does the one in violation of section 9A.44.079.", "Section 1983|section 9A.44.079"},
		{"a credit agreement's amendments", "as amended by the First Amendment and Consent Agreement dated as of September 20, 2001, the Second Amendment dated as of March 1, 2002, " +
			"the Third Amendment dated as of the date hereof (the \"Third Amendment\"). As a condition of the Third Amendment, the Guarantor signs.", ""},
		{"an amendment to a named agreement", "This First Amendment to Loan and Security Agreement is made today.", ""},
		{"the Constitution's", "The First Amendment protects speech, and the Fourteenth Amendment applies it to the States.", "First Amendment|Fourteenth Amendment"},
		{"a bankruptcy reporter", "See In re Blue Mountain, 186 B.R. 508 (D. Kan. 1995). Under Rule 508 the court ruled.", "Rule 508"},
		{"a contract's headings beside the statute it names", "formed under the Delaware Limited Liability Company Act (the \"Act\").\n\n" +
			"Section 5.2 Board of Managers. The Board shall consist of three Managers.\n\nSECTION 12.7. NOTICES. All notices under Section 18-101 of the Act.\n",
			"Delaware Limited Liability Company Act|Act -> Delaware Limited Liability Company Act|Section 18-101 of the Act"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestCodifiedActs: the citation of a whole law right after its name
// (a chapter, a range of sections, "et seq.", its Public Law and Statutes
// at Large, after an article of it too) refers to the name, and so does
// a later page of its Statutes at Large; the citation of one of its
// sections does not.
func TestCodifiedActs(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a chapter after an Act and its acronym", "provisions of the Public Employees' Collective Bargaining Act (PECBA), RCW 41.56, to deputies",
			"Public Employees' Collective Bargaining Act|RCW 41.56 -> Public Employees' Collective Bargaining Act"},
		{"a range of sections", "and the Religious Land Use and Institutionalized Persons Act, 42 U.S.C.\n      §§ 2000cc-2000cc-5 (Count X).",
			"Religious Land Use and Institutionalized Persons Act|42 U.S.C. §§ 2000cc-2000cc-5 -> Religious Land Use and Institutionalized Persons Act"},
		{"a state's law against discrimination and its range", "under the New Jersey Law Against Discrimination (LAD), N.J.S.A. 10:5-1 to -42, against her; the Acme Law Against Discrimination.",
			"New Jersey Law Against Discrimination|N.J.S.A. 10:5-1 to -42 -> New Jersey Law Against Discrimination"},
		{"et seq.", "under the Fair Labor Standards Act, 29 U.S.C. § 201 et seq., the employer", "Fair Labor Standards Act|29 U.S.C. § 201 -> Fair Labor Standards Act"},
		{"one section", "under the Federal Arbitration Act, 9 U.S.C. § 10, and", "Federal Arbitration Act|9 U.S.C. § 10"},
		{"sections listed after §§", "violated the Consumer Financial Protection Act of 2010 (CFPA), 12 U.S.C. §§ 5531(a), 5536(a)(1)(B), and",
			"Consumer Financial Protection Act of 2010|12 U.S.C. §§ 5531(a)|5536(a)(1)(B) -> 12 U.S.C. § 5536(a)(1)(B)"},
		{"subsections listed after §§", "the Employee Retirement Income Security Act of 1974 (\"ERISA\"), 29 U.S.C. §§ 1132(a)(1)(B), (a)(3) (2006), against",
			"Employee Retirement Income Security Act of 1974|ERISA -> Employee Retirement Income Security Act of 1974|29 U.S.C. §§ 1132(a)(1)(B)|(a)(3) -> 29 U.S.C. § 1132(a)(3)"},
		{"a provision and its codification", "violated Section 2(d) of the Trademark Act, 15 U.S.C. § 1052(d), and Title VII of the Civil Rights Act of 1964, 42 U.S.C. § 2000e.",
			"Section 2(d) of the Trademark Act|15 U.S.C. § 1052(d) -> Section 2(d) of the Trademark Act|Title VII of the Civil Rights Act of 1964|42 U.S.C. § 2000e -> Title VII of the Civil Rights Act of 1964"},
		{"an Act's name and the section it cites right after it by its label; not a civil rights section", "one under Trademark Act Section 2(e)(1), 15 U.S.C. § 1052(e), and one under Exchange Act Section 10(b) and the Securities Act of 1933 Section 11, 15 U.S.C. § 77k; " +
			"sued under the Americans with Disabilities Act Section 1983 and state law.",
			"Trademark Act Section 2(e)(1)|15 U.S.C. § 1052(e) -> Trademark Act Section 2(e)(1)|Exchange Act Section 10(b)|Securities Act of 1933 Section 11|15 U.S.C. § 77k -> Securities Act of 1933 Section 11|" +
				"Americans with Disabilities Act|Section 1983"},
		{"an Act whose name has commas, and a section of it", "adulterated within the meaning of Section 402(a)(4) of the Federal Food, Drug, and Cosmetic Act, 21 U.S.C. § 342(a)(4), and the Federal Insecticide, Fungicide, and Rodenticide Act.",
			"Section 402(a)(4) of the Federal Food, Drug, and Cosmetic Act|21 U.S.C. § 342(a)(4) -> Section 402(a)(4) of the Federal Food, Drug, and Cosmetic Act|Federal Insecticide, Fungicide, and Rodenticide Act"},
		{"a whole Act's codification after 'as amended'", "alleging violations of the Animal Welfare Act, as amended (7 U.S.C. § 2131 et seq.) (the Act).",
			"Animal Welfare Act|7 U.S.C. § 2131 -> Animal Welfare Act"},
		{"a provision in lower case", "under section 245(i) of the Immigration and Nationality Act, 8 U.S.C. § 1255(i) (2012).",
			"section 245(i) of the Immigration and Nationality Act|8 U.S.C. § 1255(i) -> section 245(i) of the Immigration and Nationality Act"},
		{"a provision's codification in parentheses; an Act's sections in them are those sections", "under Section 361 of the Public Health Service Act (42 U.S.C. § 264), the Privacy Act of 1974 (5 U.S.C. § 552a) and the Administrative Procedure Act (5 U.S.C. §§ 554-556); dismissed under Rule 12(b)(6) (28 U.S.C. § 1915(e)(2)).",
			"Section 361 of the Public Health Service Act|42 U.S.C. § 264 -> Section 361 of the Public Health Service Act|Privacy Act of 1974|5 U.S.C. § 552a|Administrative Procedure Act|5 U.S.C. §§ 554-556|Rule 12(b)(6)|28 U.S.C. § 1915(e)(2)"},
		{"a part of the Customs Regulations and its place in the C.F.R.; a section by its number is the patterns'", "issued under Part 177 of the Customs Regulations (19 C.F.R. 177); Part 177 of the Customs Regulations, 19 C.F.R. Part 177, governs; marked under section 134.41(b), Customs Regulations [19 CFR 134.41(b)].",
			"Part 177 of the Customs Regulations|19 C.F.R. 177 -> Part 177 of the Customs Regulations|Part 177 of the Customs Regulations|19 C.F.R. Part 177 -> Part 177 of the Customs Regulations|section 134.41(b)|19 CFR 134.41(b)"},
		{"a provision with its Act after a comma, and its codification in parentheses", "published pursuant to section 625(c), Tariff Act of 1930 (19 U.S.C. 1625(c)), as amended; under Section 15(b), Consumer Product Safety Act (15 U.S.C. 2064(b)).",
			"section 625(c), Tariff Act of 1930|19 U.S.C. 1625(c) -> section 625(c), Tariff Act of 1930|Section 15(b), Consumer Product Safety Act|15 U.S.C. 2064(b) -> Section 15(b), Consumer Product Safety Act"},
		{"the Statutes at Large after a section print its Act", "pursuant to Section 9 (c) of the National Labor Relations Act, 49 Stat. 449, herein called the Act.",
			"Section 9 (c) of the National Labor Relations Act|49 Stat. 449 -> National Labor Relations Act"},
		{"a section of a titled part of an Act, and the Act's Public Law and Statutes at Large in parentheses", "as amended by section 623 of Title VI (Customs\nModernization) of the North American Free Trade Agreement Implementation Act (Pub. L. 103-182, 107 Stat. 2057), notice; " +
			"see the Trade Act, (Pub. L. 93-618); under section 703 of Title VII of the Civil Rights Act of 1964 and section 623 of Title VI, notice; section 454 of Title IV-D of the Social Security Act; " +
			"the Tariff Act of 1930 (Pub. L. 103-182 amended section 625) governs.",
			"section 623 of Title VI (Customs Modernization) of the North American Free Trade Agreement Implementation Act|Pub. L. 103-182 -> North American Free Trade Agreement Implementation Act|107 Stat. 2057 -> North American Free Trade Agreement Implementation Act|" +
				"Trade Act|Pub. L. 93-618 -> Trade Act|section 703 of Title VII of the Civil Rights Act of 1964|section 623 of Title VI|section 454 of Title IV-D of the Social Security Act|" +
				"Tariff Act of 1930|Pub. L. 103-182|section 625"},
		{"a rule under a section is another provision", "under Section 10(b) of the Exchange Act, Rule 10b-5, and", "Section 10(b) of the Exchange Act|Rule 10b-5"},
		{"a Public Law and the Statutes at Large", "amended by the Bipartisan Budget Act of 2018, Pub. L. No. 115-123, 132 Stat. 64; see 85 Fed. Reg. 34050.",
			"Bipartisan Budget Act of 2018|Pub. L. No. 115-123 -> Bipartisan Budget Act of 2018|132 Stat. 64 -> Bipartisan Budget Act of 2018|85 Fed. Reg. 34050"},
		{"a Public Law without a space", "under the Contract Disputes Act of 1978, Pub.L. No. 95-563, 92 Stat. 2383, the board decides.",
			"Contract Disputes Act of 1978|Pub.L. No. 95-563 -> Contract Disputes Act of 1978|92 Stat. 2383 -> Contract Disputes Act of 1978"},
		{"an Act of a day", "the Act of Aug. 11, 1955, Pub. L. 346, 69 Stat. 654. These", "Act of Aug. 11, 1955|Pub. L. 346 -> Act of Aug. 11, 1955|69 Stat. 654 -> Act of Aug. 11, 1955"},
		{"a compact's article, and a pin cite of its pages", "Upper Niobrara River Compact, Pub. L. 91-52, 83 Stat.\n86. And the Snake River Compact, Art. VIII(A), 64 Stat. 32; " +
			"Arkansas River Basin Compact, Kansas-Oklahoma, Art. VII(A), 80 Stat. 1411. See Arts. V(A)1(a)-(f), 83 Stat. 88; 84 Stat. 90.",
			"Upper Niobrara River Compact|Pub. L. 91-52 -> Upper Niobrara River Compact|83 Stat. 86 -> Upper Niobrara River Compact|Snake River Compact|64 Stat. 32 -> Snake River Compact|" +
				"Arkansas River Basin Compact|80 Stat. 1411 -> Arkansas River Basin Compact|83 Stat. 88 -> Upper Niobrara River Compact|84 Stat. 90"},
		{"a Public Law alone is no docket", "See Pub. L. No. 115-123 and 26 CFR Part 1, 26 C.F.R. pt. 1, 26 CFR 1.45Q-2.",
			"Pub. L. No. 115-123|26 CFR Part 1|26 C.F.R. pt. 1|26 CFR 1.45Q-2"},
		{"a regulation's paragraphs without the Code's periods", "See 21 CFR 1271.85(d) and 40 CFR 122.26(b)(14).", "21 CFR 1271.85(d)|40 CFR 122.26(b)(14)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestNamedRuleBodies: a body of rules or statutes named in words needs a
// qualifier (a state, "Federal", an agency's acronym) and more than it
// and its kind; a body named for the rules ("Committee On Rules") is none,
// a court in the tail ends the rules before it, and a law after "and"
// ends the tail.
func TestNamedRuleBodies(t *testing.T) {
	text := "the FDIC Rules and Regulations; Kentucky Rules of Criminal Procedure; the Federal Rules; the California Assembly Committee On Rules; " +
		"the Local Rules of the United States District Court for the Eastern District of Texas; the Housing Rules of Acme; " +
		"the Model Rules of Professional Conduct and the Code of Judicial Conduct; The New Jersey Court Rules. Under Oregon Revised Statutes, See Hawaii Revised Statutes."
	wantFind(t, namedRuleBodies, text, "FDIC Rules and Regulations|Kentucky Rules of Criminal Procedure|Local Rules|Model Rules of Professional Conduct|New Jersey Court Rules|Oregon Revised Statutes|Hawaii Revised Statutes")
}

// TestLocalLaws: ordinances named by their place or subject, with their
// number or not, and numbered resolutions; a determiner before them is
// none of the name, and "The Ordinance" alone is no name.
func TestLocalLaws(t *testing.T) {
	text := "Ada County Ordinance No. 780 and the Kinston Zoning Ordinance; The Chicago Residential Landlord and Tenant Ordinance; " +
		"The Ordinance is void. Medford City Resolution No. 5715 passed; a resolution was adopted."
	wantFind(t, localLaws, text, "Ada County Ordinance No. 780|Kinston Zoning Ordinance|Chicago Residential Landlord and Tenant Ordinance|Medford City Resolution No. 5715")
}

// TestDefinedLawAcronyms: a law's acronym, where the text defines it and
// where it uses it, refers to the law the definition follows: a name with
// "in" in it, the citation between the name and the parenthesis, the Act
// a provision is of, and a defined short name that is no acronym (which
// names the whole provision before it).
func TestDefinedLawAcronyms(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an Act and its acronym", "the Age Discrimination in Employment Act of 1967 (\"ADEA\"), 29 U.S.C. § 621 et seq. The ADEA applies.",
			"Age Discrimination in Employment Act of 1967|ADEA -> Age Discrimination in Employment Act of 1967|29 U.S.C. § 621 -> Age Discrimination in Employment Act of 1967|ADEA -> Age Discrimination in Employment Act of 1967"},
		{"the Act of a provision", "imposed by § 112(c)(6) of the Clean Air Act (“CAA”), 42 U.S.C. § 7412(c)(6). In 1990 Congress amended the CAA.",
			"§ 112(c)(6) of the Clean Air Act|CAA -> Clean Air Act|42 U.S.C. § 7412(c)(6) -> § 112(c)(6) of the Clean Air Act|CAA -> Clean Air Act"},
		{"a citation before the parenthesis", "violated Title II of the Americans with Disabilities Act of 1990, 42 U.S.C. § 12132 (\"ADA\"), and",
			"Title II of the Americans with Disabilities Act of 1990|42 U.S.C. § 12132 -> Title II of the Americans with Disabilities Act of 1990|ADA -> Americans with Disabilities Act of 1990"},
		{"a short name", "pursuant to sections 105(a) and 502 of Title 11 of the United States Code (the “Bankruptcy Code”), the court",
			"sections 105(a)|502 -> section 502|Title 11 of the United States Code|Bankruptcy Code -> Title 11 of the United States Code"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestLawStarts: an Act's name that starts before "of" and a section
// written "Sec." after its code are cited whole; a part of an Act cited
// with "of" is not its name. A footnote's number glued to a section at a
// sentence's end is not the section's; a decimal section before a lower-
// case word, its own period or a citation's parenthesis keeps its decimal,
// and so does a C.F.R. section (part and section) or a court rule cited
// by its set's abbreviation ("Fed. R. App. P. 32.1") ending its line (not
// one before a sentence on its line).
// "OF THE" in capitals opens no law, and a body's name on the line above
// an Act's is no part of it.
func TestLawStarts(t *testing.T) {
	text := "records under the Freedom of Information Act (\"FOIA\"), 5 U.S.C. Sec. 552 (1988). Section 5 of Securities Act; 29 C.F.R. Section 1630.2 applies.\n" +
		"under section 425.16.1 We hold; and 42 U.S.C. § 1981.1 (ECF No. 5.) Then § 1983.1\nOn June 27; but § 1542.1 of the Code, § 1542.2. Then §105.9 (West 2013) and § 240.10 (2020).\n" +
		"FINAL WRITTEN DECISION\n37 C.F.R. § 42.73\nThe Board\nTo be cited only in accordance with Fed. R. App. P. 32.1\nPER CURIAM under Fed. R. Civ. P. 56.3 Summary judgment is proper."
	cs := spansIn(text, span{"Information Act", TypeLaw, SourcePattern}, span{"Sec. 552", TypeLaw, SourcePattern},
		span{"Securities Act", TypeLaw, SourcePattern}, span{"Section 1630.2", TypeLaw, SourcePattern},
		span{"section 425.16.1", TypeLaw, SourcePattern}, span{"42 U.S.C. § 1981.1", TypeLaw, SourcePattern}, span{"§ 1983.1", TypeLaw, SourcePattern},
		span{"§ 1542.1", TypeLaw, SourcePattern}, span{"§ 1542.2", TypeLaw, SourcePattern}, span{"§105.9", TypeLaw, SourcePattern}, span{"§ 240.10", TypeLaw, SourcePattern},
		span{"37 C.F.R. § 42.73", TypeLaw, SourcePattern}, span{"Fed. R. App. P. 32.1", TypeLaw, SourcePattern}, span{"Fed. R. Civ. P. 56.3", TypeLaw, SourcePattern})
	wantMend(t, lawStarts, text, cs, "Freedom of Information Act|5 U.S.C. Sec. 552|Securities Act|29 C.F.R. Section 1630.2|"+
		"section 425.16|42 U.S.C. § 1981|§ 1983|§ 1542.1|§ 1542.2|§105.9|§ 240.10|37 C.F.R. § 42.73|Fed. R. App. P. 32.1|Fed. R. Civ. P. 56")
	// A tariff subheading's last group is its own, no footnote's mark; an
	// Ohio section's footnote outside a tariff's text is one.
	text = "TARIFF NO.: 8215.99.50\n\nMr. Richard Tomasek\n"
	wantMend(t, lawStarts, text, spansIn(text, span{"8215.99.50", TypeLaw, SourcePattern}), "8215.99.50")
	text = "immunity under R.C. 2744.02.12 The city argues"
	wantMend(t, lawStarts, text, spansIn(text, span{"R.C. 2744.02.12", TypeLaw, SourcePattern}), "R.C. 2744.02")
	// An Act's name over two connectors.
	text = "the period provided by the Carriage of Goods by Sea Act (COGSA) prevailed.\n"
	wantMend(t, lawStarts, text, spansIn(text, span{"Sea Act", TypeLaw, SourcePattern}), "Carriage of Goods by Sea Act")
	// A form's title in capitals: the connector is no part of the Act.
	text = "REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
	wantMend(t, lawStarts, text, spansIn(text, span{"OF THE SECURITIES EXCHANGE ACT OF 1934", TypeLaw, SourcePattern}), "SECURITIES EXCHANGE ACT OF 1934")
	// An order's header: the body on its line, the Act on the next.
	text = "Before the\nSECURITIES AND EXCHANGE COMMISSION\nSECURITIES EXCHANGE ACT OF 1934\nRelease No. 98765\n"
	wantTyped(t, lawStarts, text, spansIn(text, span{"SECURITIES AND EXCHANGE COMMISSION\nSECURITIES EXCHANGE ACT OF 1934", TypeLaw, SourcePattern}),
		"LAW SECURITIES EXCHANGE ACT OF 1934|ORG SECURITIES AND EXCHANGE COMMISSION")
	// A headline's run before the Act its story settles or breaks opens
	// no Act's name, nor do the violations' count and kind; an Act whose
	// own name has "to" keeps it, as does a run that leaves no Act.
	text = "Vitas to Pay $75 Million to Resolve False Claims Act Allegations\nForest Service Pleads Guilty to Two Federal Lacey Act Violations\n" +
		"Outfitter Guilty To Conspiracy To Violate Lacey Act\nthe Right to Financial Privacy Act\nFirm Pays Penalties to Settle the Act\n" +
		"Company Agrees to Settle Federal Trade Commission Act Charges\nDealer Pleads Guilty to Three Felony Firearms Act Counts\n"
	wantMend(t, lawStarts, text, spansIn(text, span{"Million to Resolve False Claims Act", TypeLaw, SourcePattern}, span{"Service Pleads Guilty to Two Federal Lacey Act", TypeLaw, SourcePattern},
		span{"Guilty To Conspiracy To Violate Lacey Act", TypeLaw, SourcePattern}, span{"Right to Financial Privacy Act", TypeLaw, SourcePattern}, span{"Penalties to Settle the Act", TypeLaw, SourcePattern},
		span{"Agrees to Settle Federal Trade Commission Act", TypeLaw, SourcePattern}, span{"Dealer Pleads Guilty to Three Felony Firearms Act", TypeLaw, SourcePattern}),
		"False Claims Act|Lacey Act|Lacey Act|Right to Financial Privacy Act|Penalties to Settle the Act|Federal Trade Commission Act|Firearms Act")
}

// TestCourtRules: a circuit's local rules written "LAR" (not "LAR" alone);
// a district's after its abbreviation (a state's, not a name's);
// a state's rules of court by their abbreviation, in mixed case or
// capitals, closed up, or written out with the state's name, a state the
// Bluebook writes out, and rules by their initials; "Fed. R. Civ. P." is
// the patterns'.
func TestCourtRules(t *testing.T) {
	text := "See TEX. R. APP. P. 9.8(b)(2); Tex. R. App. P. 9.8(b)(2); Pa. R. Civ. P. 1035.2 and Ariz. R. Evid. 702; Pa.R.A.P. 1925(a); Tex.R.App.P. 90 and Tex.R.Evid. 403. The R. Smith rule. " +
		"PENNSYLVANIA RULE OF APPELLATE PROCEDURE 1925(a) STATEMENT under Pennsylvania Rule of Appellate Procedure 1925(b); the Golden Rule of Procedure 12.\n" +
		"without further notice. 3rd Circuit LAR Misc. 107.2. See 3d Cir. LAR 31.1; a LAR 5 form.\n" +
		"under RCFC 6(b) and RCFC 12(a)(2)(A); MEMORANDUM [F. R. CIV. P. 12(B)(6)]; FRBP 9019. The F. R. Smith rule.\n" +
		"See N.D. IA. L.R. 7.1; D. Ariz. LRCiv 72.2; N.D.N.Y. L.R. 7.1(b)(2); D. Smith LR 5.\n" +
		"See Utah R. Evid. 404(b); Iowa R. Civ. P. 1.904; C.R.C.P. 56(c); URCP 56; ORCP 21; R.C.M. 707(a). The Utah R. Smith rule.\n"
	wantFind(t, courtRules, text, "RCFC 6(b)|RCFC 12(a)(2)(A)|F. R. CIV. P. 12(B)(6)|FRBP 9019|3rd Circuit LAR Misc. 107.2|3d Cir. LAR 31.1|N.D. IA. L.R. 7.1|D. Ariz. LRCiv 72.2|N.D.N.Y. L.R. 7.1(b)(2)|TEX. R. APP. P. 9.8(b)(2)|Tex. R. App. P. 9.8(b)(2)|Pa. R. Civ. P. 1035.2|Ariz. R. Evid. 702|Pa.R.A.P. 1925(a)|Tex.R.App.P. 90|Tex.R.Evid. 403|"+
		"Utah R. Evid. 404(b)|Iowa R. Civ. P. 1.904|C.R.C.P. 56(c)|URCP 56|ORCP 21|R.C.M. 707(a)|PENNSYLVANIA RULE OF APPELLATE PROCEDURE 1925(a)|Pennsylvania Rule of Appellate Procedure 1925(b)")
}

// TestStateRuleLists: the rules of professional conduct by their
// initials, and each rule of a list after a state's rule, numbered with a
// period; a number a word follows is none.
func TestStateRuleLists(t *testing.T) {
	text := "She violated Colo. RPC 1.1, 3.1, 3.2, 3.4(c), 3.5(c), and 8.4(d). See MRPC 8.4(d); Tex. R. App. P. 9.8, 9.9 and 47.1. " +
		"Cal. R. Ct. 8.204, 12.5 months later; Tex. R. App. P. 9.8, 2013 WL 1234."
	wantFind(t, courtRules, text, "Colo. RPC 1.1|3.1|3.2|3.4(c)|3.5(c)|8.4(d)|MRPC 8.4(d)|Tex. R. App. P. 9.8|9.9|47.1|Cal. R. Ct. 8.204|Tex. R. App. P. 9.8")
}

// TestRuleOwners: a rule cited by number starts at whose rules they are;
// a rule alone stays as it is.
func TestRuleOwners(t *testing.T) {
	text := "a motion under S.D.N.Y. Local Civil Rule 6.3 and Local Rule 7.1; reargument under Court of Chancery Rule 59(f) and Rule 12(b)(6). " +
		"Consent under Sup. Ct. R. 37.2(a) and Supreme Court Rule 29.6; the Supreme Court ruled under Rule 10. A settlement under Bankruptcy Rule 9019. " +
		"It violated FINRA Rule 2010 and NASD Rule 2110; the ZZFINRA Rule 3. Ind. Trial Rule 12(B)(6) and Ind. Appellate Rule 65(D); a Trial Rule 4. " +
		"Bar Counsel charged Maryland Rule 16-751; a New Rule 8."
	cs := candsAt(text, TypeLaw, "", "Rule 6.3", "Rule 7.1", "Rule 59(f)", "Rule 12(b)(6)", "R. 37.2(a)", "Rule 29.6", "Rule 10", "Rule 9019", "Rule 2010", "Rule 2110", "Rule 3", "Rule 12(B)(6)", "Rule 65(D)", "Rule 4",
		"Rule 16-751", "Rule 8")
	want := "S.D.N.Y. Local Civil Rule 6.3|Local Rule 7.1|Court of Chancery Rule 59(f)|Rule 12(b)(6)|Sup. Ct. R. 37.2(a)|Supreme Court Rule 29.6|Rule 10|Bankruptcy Rule 9019|FINRA Rule 2010|NASD Rule 2110|Rule 3|" +
		"Ind. Trial Rule 12(B)(6)|Ind. Appellate Rule 65(D)|Rule 4|Maryland Rule 16-751|Rule 8"
	wantMend(t, ruleOwners, text, cs, want)
}

// TestGroupedSections: a section numbered in groups is never cut after
// the second group ("Section 18-3" of "Section 18-3-2").
func TestGroupedSections(t *testing.T) {
	for _, l := range stageLaws(t, "Section 18-3-2 establishes limits under Section 18-3-1, Ala. Code 1975.") {
		if l == "Section 18-3" {
			t.Errorf("a grouped section cut: %q", l)
		}
	}
}

// TestSectionsListed: the sections listed after "§§", or after a title's
// section with no sign, are the same code's sections, each referring to
// its whole citation; a record's page after the list ("1 App. 22") and a
// year are not, nor is a number after one "§".
func TestSectionsListed(t *testing.T) {
	text := "the Compact, §§5.01(a), 5.02(a), 5.04(a), 1 App. 22–24; see 11 U.S.C. §§ 542, 543 (2012) and §§ 1983 and 1985 of Title 42; 7 C.F.R. §§ 989.58 & 989.59. " +
		"Offenses under 21 U.S.C. 841 and 846; 42 U.S.C. § 1981 and 1991 were years."
	wantLaws(t, text, "§§5.01(a)|5.02(a) -> §5.02(a)|5.04(a) -> §5.04(a)|11 U.S.C. §§ 542|543 -> 11 U.S.C. § 543|§§ 1983|1985 -> § 1985|"+
		"7 C.F.R. §§ 989.58|989.59 -> 7 C.F.R. § 989.59|21 U.S.C. 841|846 -> 21 U.S.C. 846|42 U.S.C. § 1981")
}

// TestListedSectionsOfLaws: the provisions listed after "§§" or a plural
// word are each a law, the last one cited of the law named after the list
// ("2 of the Sherman Act"), which is no law of its own there; the bare
// sections a document lists before such a law are its sections; a list
// after a plural word that no law closes is none ("Avalon Sections 4, 6,
// and 7 Homeowners Association": its first section stays what the
// patterns read).
func TestListedSectionsOfLaws(t *testing.T) {
	text := "alleging violations of §§ 1 and 2 of the Sherman Act. It alleges violations of Sections 11, 12(a)(2), and 15 of the Securities Act of 1933. " +
		"Pursuant to Rules 52 and 65 of the Federal Rules of Civil Procedure, the court finds. For the appellee, Avalon Sections 4, 6, and 7 Homeowners Association."
	wantLaws(t, text, "§§ 1|2 of the Sherman Act|Sections 11|12(a)(2) -> Section 12(a)(2)|15 of the Securities Act of 1933|"+
		"Rules 52|65 of the Federal Rules of Civil Procedure|Sections 4")
	// A list closed by a law after a comma or opened by a code's name, or
	// in lower case, is of sections; a contract's own sections and a list
	// closed by no law's name are not, nor are numbers a name runs on over
	// (their first sections stay what the patterns read); a law the text
	// defines right after a list stays a law of its own, and a section
	// cited with its word joins its law all the same.
	text = "Jurisdiction lies under Sections 1332 and 1338, Title 28 U.S.C.A. He violated Penal Code sections 851.91 and 851.92. " +
		"Under sections 3(u) and 8(b)(3) of the Federal Deposit Insurance Act, as amended (the \"FDI Act\"), it acted. " +
		"Sections 3 and 4 of the Complaint allege it. Sections 2.1 and 2.3 of this Agreement apply. See Title 28 of U.S.Code, Sections 2201 and 2202. " +
		"The agency relied on sections 12 and 13, as the court did, and the buyer on sections 7 and 8 hereof. It violated Section 8(a)(1) and (5) of the National Labor Relations Act. Review proceeds under Rules 122 and 217. " +
		"The lots under sections 3, 4, and 5 Tax Classes are listed. Under Section 5 of the Clayton Act, as amended (the \"Act\"), it sued."
	wantLaws(t, text, "Sections 1332|1338 -> Section 1338|Penal Code|sections 851.91|851.92 -> section 851.92|"+
		"sections 3(u)|8(b)(3) -> section 8(b)(3)|Federal Deposit Insurance Act|FDI Act|Sections 3|Sections 2.1|Sections 2201|2202 -> Section 2202|"+
		"sections 12|13 -> section 13|sections 7|Section 8(a)(1)|(5) -> Section 8(a)(5)|National Labor Relations Act|Rules 122|217 -> Rule 217|sections 3|"+
		"Section 5 of the Clayton Act")
}

// TestListedSubsections: a subsection listed after a section's subsection
// is a law of its own, referring to its whole citation: it replaces the
// cited subsections up to the last one of its kind (letters, digits,
// capitals, roman numerals); an enumeration's next item after a citation
// is none.
func TestListedSubsections(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a letter after a letter", "in violation of 18 U.S.C. § 111(a) and (b), and", "18 U.S.C. § 111(a)|(b) -> 18 U.S.C. § 111(b)"},
		{"a digit after a digit", "detention pursuant to 18 U.S.C. Sec. 3142(f)(1) and (2).1 The magistrate", "18 U.S.C. Sec. 3142(f)(1)|(2) -> 18 U.S.C. Sec. 3142(f)(2)"},
		{"a letter after a roman numeral", "in violation of 18 U.S.C. §§ 1956(a)(1)(A)(i) and (h); one count",
			"18 U.S.C. §§ 1956(a)(1)(A)(i)|(h) -> 18 U.S.C. § 1956(h)"},
		{"two listed", "pursuant to 47 U.S.C. § 402(a), (b) or (c) and Rule 15(a)", "47 U.S.C. § 402(a)|(b) -> 47 U.S.C. § 402(b)|(c) -> 47 U.S.C. § 402(c)|Rule 15(a)"},
		{"an enumeration's next item", "(1) dismissing their complaint, Fed.R.Civ.P. 12(b)(6), and (2) imposing sanctions", "Fed.R.Civ.P. 12(b)(6)"},
		{"no subsection of the kind", "under 42 U.S.C. § 1983(a) and (2).", "42 U.S.C. § 1983(a)|(2)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// A code's citation whose section sign became a question mark, or that
// Westlaw writes "s", is a law; a question's mark before a number is none,
// nor is a word's "s".
func TestLostSectionSigns(t *testing.T) {
	text := "in violation of 18 U.S.C. ? 201(b)(2)(A). Then 18 U.S.C. ?? 201(b) 1 and 16 C.F.R. ? 310.3. Who? 12 of them?\n" +
		"See 47 U.S.C. s 151 (2000), 28 U.S.C.A. ss 2254 and 40 C.F.R. s 122.2(b); 42 U.S.C. sets 12 rules.\n"
	if got, want := candTexts(text, lostSectionSigns(text)), "18 U.S.C. ? 201(b)(2)(A)|18 U.S.C. ?? 201(b)|16 C.F.R. ? 310.3|47 U.S.C. s 151|28 U.S.C.A. ss 2254|40 C.F.R. s 122.2(b)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAmendmentLists: the Constitution's amendments listed before one
// "Amendments" are one law each, the earlier ones as their ordinals, as
// sections listed after one sign are; resolve makes each the amendment it
// names (stage test in resolve). An older opinion's lower-case
// "amendments" after capitalised ordinals is one too; a contract's
// lower-case ordinals are not.
func TestAmendmentLists(t *testing.T) {
	text := "violations of the First and Fourteenth Amendments, the Fourth, Fifth, and Fourteenth Amendments and the 5th and 14th Amendments; the Second Amendment to the Credit Agreement. " +
		"It alleged violations of the Fourth, Fifth, and Fourteenth amendments to the Constitution; First and second amendments to the lease; the First and Second amendments to the lease."
	if got, want := candTexts(text, amendmentLists(text)), "First|Fourteenth Amendments|Fourth|Fifth|Fourteenth Amendments|5th|14th Amendments|Fourth|Fifth|Fourteenth amendments"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	lower := "It alleged violations of the Fourth and Fourteenth amendments."
	if got, want := candTexts(lower, amendmentLists(lower)), "Fourth|Fourteenth amendments"; got != want {
		t.Errorf("lower case only: got %q, want %q", got, want)
	}
}

// TestLawFormsInTheStage: the stage's laws (their texts, " -> " what a
// citation refers to) in forms that later rules read: a federal rule a
// line break cuts, a plural's possessive before an amendment or a clause
// (an Act's name may open with one), a court's own rule after the court's
// name, a treaty named a convention (ending with its subject's last
// capitalised word; a party's convention and "Convention" alone are none),
// and a section listed first after "§§" and an Act's name, with more after
// it joined by "and", which is that section, not the Act's citation.
func TestLawFormsInTheStage(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"wrapped rules and possessives", "It sues under Fed.\nR. Civ. P. 57, and moved under Fed. R.\nCrim. P. 33(a). This limited the States’ Eleventh\nAmendment immunity; " +
			"Defendants' Due Process Clause argument fails, and the Workers’ Compensation Act applies.\n",
			"Fed. R. Civ. P. 57|Fed. R. Crim. P. 33(a)|Eleventh Amendment|Due Process Clause|Workers’ Compensation Act"},
		{"a provision with its Act after a comma", "This notice is published pursuant to section 625(c), Tariff Act of 1930 (19 U.S.C. 1625(c)), as amended. It cites Section 20.30, Florida Statutes, Chapter 455, Florida Statutes.\n",
			"section 625(c), Tariff Act of 1930|19 U.S.C. 1625(c) -> section 625(c), Tariff Act of 1930|Section 20.30, Florida Statutes|Chapter 455, Florida Statutes"},
		{"a tariff number on a ruling's label line", "CLA-2 RR:CR:GC 963975 TF\nCATEGORY: CLASSIFICATION\nTARIFF NO.: 8215.99.50\n\nMr. Richard Tomasek\nPhoenix International\n" +
			"Whether the spatula is classifiable in heading 8215, HTSUS.\n", "8215.99.50|heading 8215, HTSUS"},
		{"provisions with their Acts in a list", "He cited Section 4, Clayton Act, and Section 1, Sherman Act.\n", "Section 4|Clayton Act|Section 1, Sherman Act"},
		{"courts' rules", "Tax Court Rule 211 applies, as do Land Court Rule 4 and District Court Rule 5; the district court applied Rule 12.\n",
			"Tax Court Rule 211|Land Court Rule 4|District Court Rule 5|Rule 12"},
		{"conventions", "He sought protection under the Convention Against Torture. The petition under the Hague Convention on the Civil Aspects of " +
			"International Child Abduction and the International Child Abduction Remedies Act was granted; service under the Hague Convention " +
			"failed, and the Geneva Conventions apply. The Democratic National Convention met; the Convention adjourned.\n",
			"Convention Against Torture|Hague Convention on the Civil Aspects of International Child Abduction|International Child Abduction Remedies Act|Hague Convention|Geneva Conventions"},
		{"a section listed after an Act", "pursuant to the Illinois Code of Civil Procedure, 735 ILCS §§ 5/2-801 and 2-802, against them.\n",
			"Illinois Code of Civil Procedure|735 ILCS §§ 5/2-801"},
		{"a constitution's article after its name", "their rights under United States Constitution Art. 1, § 10, cl. 1; and Maryland Constitution Art. XI-A, § 5 provides that.\n",
			"United States Constitution Art. 1, § 10, cl. 1|Maryland Constitution Art. XI-A, § 5"},
		{"West's run-together code names, a lettered subsection, a star page", "See Tex. Civ. Prac. & Rem.Code § 103.001(a) and TEX. CIV. PRAC. & REM.CODE § 103.051(b-1); Cal.Civ.Proc.Code § 425.16; " +
			"compensation.[1]*700 TEX. CIV. PRAC. & REM.CODE § 103.001(a)(1); 42 Pa.C.S. § 9712(a).\n",
			"Tex. Civ. Prac. & Rem.Code § 103.001(a)|TEX. CIV. PRAC. & REM.CODE § 103.051(b-1)|Cal.Civ.Proc.Code § 425.16|TEX. CIV. PRAC. & REM.CODE § 103.001(a)(1)|42 Pa.C.S. § 9712(a)"},
		{"a title alone, not one an Act's name or a parenthesis follows; a section of a title is one law with it", "The FBI conducted a federal Title III investigation. Title II applies to the city, " +
			"and Title IV of the Higher Education Act of 1965 to the school; section 623 of Title VI (Customs Modernization) of the Act.\n",
			"Title III|Title II|Title IV of the Higher Education Act of 1965|section 623 of Title VI"},
		{"the Act's year before its name", "in violation of Title VII of the 1964 Civil Rights Act and Section 10(b) of the 1934 Securities Exchange Act; section 3 of the 1990 report.\n",
			"Title VII of the 1964 Civil Rights Act|Section 10(b) of the 1934 Securities Exchange Act|section 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestBareTitles: a title by its Roman number alone is a law; one that
// the Act's name, "the" or a parenthesis follows is left to the passes
// that read it whole.
func TestBareTitles(t *testing.T) {
	wantFind(t, bareTitles, "a federal Title III investigation; Title II, Title XVI and Title XX apply; TITLE III.", "Title III|Title II|Title XVI|Title XX")
	wantFind(t, bareTitles, "Title III of the ADA; Title III the American with Disabilities Act; Title VI (Customs Modernization); a Title I school; Title IIIA.", "")
	// A part's letter, a heading's colon or capitalised word, a state's
	// code before or its statutes after, a comma before the parenthesis.
	wantFind(t, bareTitles, "Title IV-D applies; Title II: Definitions; Ohio Revised Code, Title XIII Commercial Transactions; N.H. RSA Title XII, Chapter 159; "+
		"Title XIX, Florida Statutes; section 623 of Title VI, (Customs Modernization) of the Act.", "")
}

// TestProvisionsOfLaws: a provision the patterns read alone and the law's
// name they read after its "of" or its comma are one citation, a chain of
// them too (a list's next provision after a comma is no law's name); a
// provision before a
// name that is no law's, a law before another or a gap of other words is
// left alone.
func TestProvisionsOfLaws(t *testing.T) {
	text := "violated Section 501.1 of the Clinton County Zoning Ordinance. Section 1983 of Title 42 of the United States Code applies. " +
		"Section 5 of Acme Corp. sued. Clean Water Act of the Clean Air Act. Section 2 of Article III. Rule 10 as of the Act.\n" +
		"Then Sec. 7 of Title 8 of the\tPenal Code applies. Under section 304, Tariff Act of 1930. Then Section 20.30, Florida Statutes, Chapter 455, Florida Statutes.\n"
	cs := spansIn(text, span{"Section 501.1", TypeLaw, SourcePattern}, span{"Clinton County Zoning Ordinance", TypeLaw, SourcePattern},
		span{"Section 1983", TypeLaw, SourcePattern}, span{"Title 42 of the United States Code", TypeLaw, SourcePattern},
		span{"Section 5", TypeLaw, SourcePattern}, span{"Acme Corp.", TypeOrg, SourcePattern},
		span{"Clean Water Act", TypeLaw, SourcePattern}, span{"Clean Air Act", TypeLaw, SourcePattern},
		span{"Section 2", TypeLaw, SourcePattern}, span{"Article III", TypeLaw, SourcePattern},
		span{"Rule 10", TypeLaw, SourcePattern}, span{"Act.\n", TypeLaw, SourcePattern},
		span{"Sec. 7", TypeLaw, SourcePattern}, span{"Title 8", TypeLaw, SourcePattern}, span{"Penal Code", TypeLaw, SourcePattern},
		span{"section 304", TypeLaw, SourcePattern}, span{"Tariff Act of 1930", TypeLaw, SourcePattern},
		span{"Section 20.30, Florida Statutes", TypeLaw, SourcePattern}, span{"Chapter 455, Florida Statutes", TypeLaw, SourcePattern})
	cs[len(cs)-8].end -= 2
	wantMend(t, provisionsOfLaws, text, cs, "Section 501.1 of the Clinton County Zoning Ordinance|Section 1983 of Title 42 of the United States Code|Section 5|Acme Corp.|"+
		"Clean Water Act|Clean Air Act|Section 2|Article III|Rule 10|Act|Sec. 7 of Title 8 of the\tPenal Code|section 304, Tariff Act of 1930|"+
		"Section 20.30, Florida Statutes|Chapter 455, Florida Statutes")
	// A list after the law, a title and a list of sections are no joins.
	text = "claims under Section 1983, Fair Housing Act, and state law; Title IX, Rehabilitation Act; under § 12, § 15, Securities Act."
	wantMend(t, provisionsOfLaws, text, spansIn(text, span{"Section 1983", TypeLaw, SourcePattern}, span{"Fair Housing Act", TypeLaw, SourcePattern},
		span{"Title IX", TypeLaw, SourcePattern}, span{"Rehabilitation Act", TypeLaw, SourcePattern},
		span{"§ 12", TypeLaw, SourcePattern}, span{"§ 15", TypeLaw, SourcePattern}, span{"Securities Act", TypeLaw, SourcePattern}),
		"Section 1983|Fair Housing Act|Title IX|Rehabilitation Act|§ 12|§ 15, Securities Act")
	// A provision with its word joins a law the text defines right after
	// its name; a list's number alone does not.
	text = "under Section 501.1 of the Clinton County Zoning Ordinance (the \"Ordinance\") and §§ 1 and 2 of the Sherman Act (the \"Act\")."
	wantMend(t, provisionsOfLaws, text, spansIn(text, span{"Section 501.1", TypeLaw, SourcePattern}, span{"Clinton County Zoning Ordinance", TypeLaw, SourcePattern},
		span{"§§ 1", TypeLaw, SourcePattern}, span{"2", TypeLaw, SourcePattern}, span{"Sherman Act", TypeLaw, SourcePattern}),
		"Section 501.1 of the Clinton County Zoning Ordinance|§§ 1|2|Sherman Act")
	// A list's last provision by its number joins the law after it; a
	// law's name after another is no provision.
	text = "under §§ 1 and 2 of the Sherman Act; the Patent Act and Clayton Act of the Revised Code."
	wantMend(t, provisionsOfLaws, text, spansIn(text, span{"§§ 1", TypeLaw, SourcePattern}, span{"2", TypeLaw, SourcePattern}, span{"Sherman Act", TypeLaw, SourcePattern},
		span{"Patent Act", TypeLaw, SourcePattern}, span{"Clayton Act", TypeLaw, SourcePattern}, span{"Revised Code", TypeLaw, SourcePattern}),
		"§§ 1|2 of the Sherman Act|Patent Act|Clayton Act|Revised Code")
	// A text with no " of ": the comma alone joins.
	text = "Under Section 15(b), Consumer Product Safety Act, the firm reported."
	wantMend(t, provisionsOfLaws, text, spansIn(text, span{"Section 15(b)", TypeLaw, SourcePattern}, span{"Consumer Product Safety Act", TypeLaw, SourcePattern}),
		"Section 15(b), Consumer Product Safety Act")
}

// TestDefinedLawShortNames: the short name a text defines for an Act
// right after its name or one of its provisions names the Act (not the
// provision); a short name that opens with another letter than the Act's,
// and one an acronym's definition already read, add nothing.
func TestDefinedLawShortNames(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"after a provision, in quotes", "to implement Section 207 of the Telecommunications Act of 1996 (the \"Act\"). The Rule applies.",
			"Section 207 of the Telecommunications Act of 1996|Act -> Telecommunications Act of 1996"},
		{"after a provision, bare", "violations of § 2(5) of the Perishable Agricultural Commodities Act (the Act), 7 U.S.C. § 499b(5), were found.",
			"§ 2(5) of the Perishable Agricultural Commodities Act|Act -> Perishable Agricultural Commodities Act|7 U.S.C. § 499b(5) -> § 2(5) of the Perishable Agricultural Commodities Act"},
		{"an Act's own short name", "under the Federal Food, Drug, and Cosmetic Act (the FD&C Act) and the Clean Water Act (the Q&A Act), and the Fair Housing Act (the Housing Act).",
			"Federal Food, Drug, and Cosmetic Act|FD&C Act -> Federal Food, Drug, and Cosmetic Act|Clean Water Act|Fair Housing Act|Housing Act"},
		{"an acronym's definition", "Title I of the Employee Retirement Income Security Act of 1974 (\"ERISA\") applies.",
			"Title I of the Employee Retirement Income Security Act of 1974|ERISA -> Employee Retirement Income Security Act of 1974"},
		{"after the Act's citation", "The Occupational Safety and Health Act of 1970, 29 U.S.C. § 651 et seq. (\"the Act\") requires it.",
			"Occupational Safety and Health Act of 1970|29 U.S.C. § 651 -> Occupational Safety and Health Act of 1970|Act -> Occupational Safety and Health Act of 1970"},
		{"after a section's citation", "The Copyright Act, 17 U.S.C. § 101 (the \"Act\"), governs.", "Copyright Act|17 U.S.C. § 101|Act -> Copyright Act"},
		{"two Acts of one short name", "the National Labor Relations Act (the \"Act\"), 29 U.S.C. § 151, and the Labor Management Relations Act (the \"Act\") apply.",
			"National Labor Relations Act|29 U.S.C. § 151|Labor Management Relations Act"},
		{"an acronym after a section's citation", "the Americans with Disabilities Act, 42 U.S.C. § 12101 (\"ADA\"), applies.",
			"Americans with Disabilities Act|42 U.S.C. § 12101|ADA -> Americans with Disabilities Act"},
		{"a code is no Act", "under Section 5 of the Tax Code (the Act) of the State.", "Section 5 of the Tax Code"},
		{"one Act with its year and without", "the Telecommunications Act of 1996 (the “Act”) governs. Later, Section 251 of the Telecommunications Act (the “Act”) applies.",
			"Telecommunications Act of 1996|Act -> Telecommunications Act of 1996|Section 251 of the Telecommunications Act|Act -> Telecommunications Act"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(stageLaws(t, tc.text), "|"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	// A short name the patterns read already is not read twice.
	text := "the Fair Housing Act (the Fair Act) applies"
	at := func(s string, i int) Mention {
		return Mention{Type: TypeLaw, Text: s, ChunkID: "c", Start: i, End: i + len(s), Source: SourcePattern}
	}
	if ms := definedLawShortNames([]rune(text), []Mention{at("Fair Housing Act", strings.Index(text, "Fair")), at("Fair Act", strings.LastIndex(text, "Fair"))}); len(ms) != 2 {
		t.Errorf("got %d mentions, want 2: %+v", len(ms), ms)
	}
	// A name inside the Act's does not stand for the short name.
	text = "under Section 5 of the Federal Trade Commission Act (the Act), which"
	if ms := definedLawShortNames([]rune(text), []Mention{at("Section 5 of the Federal Trade Commission Act", strings.Index(text, "Section")), at("Federal Trade Commission", strings.Index(text, "Federal"))}); len(ms) != 3 {
		t.Errorf("got %d mentions, want 3: %+v", len(ms), ms)
	}
}

// TestRulesOfRecords: a rule glued to its set's abbreviation starts at the
// set, however many abbreviations the set has, a state's name before it
// too, and a court's local rules' "L." and Indiana's "T." are the rule's; a
// "R." that ends another abbreviation, a single capital, and a record's
// bare page are no rules; a rule after a space stays, a rule's number
// with a colon or a part after "(" too, and a code whose "R." a letter
// follows is left alone.
func TestRulesOfRecords(t *testing.T) {
	text := "Under Ohio Civ.R. 12(B)(6), Evid.R. 702, L.R. 56.1(a) and Civ. L.R. 7-1(b); Shalala (D.P.R. 2000); H.C.R. 252; (R.R. 290a); " +
		"(R. 17, Pl.'s Mem.); the jury. II R. 173; R. 1:36-3; Fed. R. Civ. P. 56 (1); Prof.Cond.R. 8.4(c); S.Ct.Prac.R. 7.08; Ind.T.R. 56(C); " +
		"(R. 4:6-2(e)); (R.C. 2305.10); (R. 12(b)); O.R.C. 4123.01; Ohio Prof.Cond.R. 1.15"
	cs := candsAt(text, TypeLaw, SourcePattern, "R. 12(B)(6)", "R. 702", "R. 56.1(a)", "R. 7-1(b)", "R. 2000", "R. 252", "R. 290a", "R. 17", "R. 173", "R. 1:36-3", "Fed. R. Civ. P. 56",
		"R. 8.4(c)", "R. 7.08", "R. 56(C)", "R. 4:6-2(e)", "R.C. 2305.10", "R. 12(b)", "R.C. 4123.01", "R. 1.15")
	wantMend(t, rulesOfRecords, text, cs, "Ohio Civ.R. 12(B)(6)|Evid.R. 702|L.R. 56.1(a)|Civ. L.R. 7-1(b)|R. 1:36-3|Fed. R. Civ. P. 56|Prof.Cond.R. 8.4(c)|S.Ct.Prac.R. 7.08|Ind.T.R. 56(C)|"+
		"R. 4:6-2(e)|R.C. 2305.10|R. 12(b)|R.C. 4123.01|Ohio Prof.Cond.R. 1.15")
	text = "R. 4:6-2 applies."
	wantMend(t, rulesOfRecords, text, candsAt(text, TypeLaw, SourcePattern, "R. 4:6-2"), "R. 4:6-2")
}

// TestBankruptcyChapters: a chapter of the Bankruptcy Code by its number
// is a law in a text that speaks of bankruptcy, alone or with the code
// after it; a decimal chapter, a chapter of another code, title, report
// or contract (after "of", before a section or a part, after a title), a
// chapter that is no bankruptcy chapter's number, and any chapter in a
// text that never speaks of bankruptcy are not.
func TestBankruptcyChapters(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"alone and in capitals", "The company filed for Chapter 11 bankruptcy protection. IN RE ACME, Debtor in CHAPTER 11; her chapter 7 case; Ch. 13 plan.",
			"Chapter 11|CHAPTER 11|chapter 7|Ch. 13"},
		{"with its code", "a voluntary petition under Chapter 11 of the Bankruptcy Code (partOfLaw's) and a case under chapter 7 of title 11 of the United States Code.",
			"chapter 7"},
		{"another code's chapter", "The bankruptcy trustee relied on Chapter 7 of the Texas Family Code and Chapter 11.5, not chapter 13-2.", ""},
		{"a chapter of a title, a report or a contract", "In bankruptcy, review under chapter 7 of title 5; as Chapter 11 of this Report says; Chapter 7, Section 3 of the Lease; Chapter 7 § 3 of the agreement; Chapter 11, Part 2 of the regulations; Title 5, chapter 11, section 2; under Title 28, Chapter 13 governs; CHAPTER 7 OF TITLE 5.", ""},
		{"title 11's chapter", "In bankruptcy, the case under Title 11, Chapter 7 and CHAPTER 13 OF TITLE 11 was closed.", "Chapter 7|CHAPTER 13"},
		{"no bankruptcy chapter's number", "In bankruptcy, Chapter 3 of the Code governs; chapter 110 does not.", ""},
		{"no bankruptcy in the text", "Chapter 11 of the Municipal Code governs signs; chapter 7 sets fees.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantFind(t, bankruptcyChapters, tc.text, tc.want) })
	}
}

// TestDisputePolicies: ICANN's domain-name dispute policy and the rules
// made under it are laws, whole; "Rules" alone is none.
func TestDisputePolicies(t *testing.T) {
	text := `the Uniform Domain Name Dispute Resolution Policy (the "Policy"), the Rules for Uniform Domain Name Dispute Resolution Policy (the "Rules"), and the WIPO Supplemental Rules for Uniform Domain Name Dispute Resolution Policy. Under the Rules, the Panel`
	wantFind(t, disputePolicies, text, "Uniform Domain Name Dispute Resolution Policy|Rules for Uniform Domain Name Dispute Resolution Policy|WIPO Supplemental Rules for Uniform Domain Name Dispute Resolution Policy")
}
