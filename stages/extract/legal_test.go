package extract

import (
	"slices"
	"testing"
)

func TestLegalForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "TYPE:text"
	}{
		{"full docket", "Case No. 3:05-cv-00595-RLM-MGG was filed.", []string{"CASE:3:05-cv-00595-RLM-MGG"}},
		{"appeal docket", "Case: 17-2400 and No. 17-2400.", []string{"CASE:17-2400", "CASE:17-2400"}},
		{"district docket", "Docket No. 2-15-cv-00180 and 17-cv-6761 below.", []string{"CASE:2-15-cv-00180", "CASE:17-cv-6761"}},
		{"a district docket alone with its office's number, in capitals", "Marshalltown Trowel\n4-98-CV-90565 (decided)", []string{"CASE:4-98-CV-90565"}},
		{"state docket", "No. ED108783.", []string{"CASE:ED108783"}},
		{"reporter", "See Smith, 988 F.3d 8, 12 (1st Cir. 2021) and 482 U. S. 124.", []string{"CASE:988 F.3d 8", "COURT:1st Cir.", "CASE:482 U. S. 124"}},
		{"supp", "459 F. Supp. 3d 273 (D. Me. 2020)", []string{"CASE:459 F. Supp. 3d 273", "COURT:D. Me."}},
		{"court seat", "(Tex. App.—El Paso 2009) and (Mo. App. E.D. 2015)", []string{"COURT:Tex. App.—El Paso", "COURT:Mo. App. E.D."}},
		{"district acronym", "the SDNY ruled", []string{"COURT:SDNY"}},
		{"appeals without for the", "United States Court of Appeals Fifth Circuit", []string{"COURT:United States Court of Appeals Fifth Circuit"}},
		{"frap", "under FRAP 12(a) and FED. R. CIV. P. 12(b)(6)", []string{"LAW:FRAP 12(a)", "LAW:FED. R. CIV. P. 12(b)(6)"}},
		{"circuit rule", "5th Circuit Rule 47.5.4 and the Sixth Circuit Rules", []string{"LAW:5th Circuit Rule 47.5.4", "LAW:Sixth Circuit Rules"}},
		{"state code", "TEX. INS. CODE § 4001.003(1)(B) and Texas Insurance Code § 4001.003(1)", []string{"LAW:TEX. INS. CODE § 4001.003(1)(B)", "LAW:Texas Insurance Code § 4001.003(1)"}},
		{"constitution", "See U.S. Const. art. IV, § 2.", []string{"LAW:U.S. Const. art. IV, § 2"}},
		{"local appellate rule", "3d Cir. L.A.R. 113 and 3d Cir. L.A.R. Misc. 107.2", []string{"LAW:3d Cir. L.A.R. 113", "LAW:3d Cir. L.A.R. Misc. 107.2"}},
		{"code over a line", "TEX. INS. CODE\n§ 4001.003(1)(B) and the Compact §2.11", []string{"LAW:TEX. INS. CODE\n§ 4001.003(1)(B)", "LAW:§2.11"}},
		{"code of", "the Uniform Code of Military Justice requires", []string{"LAW:Uniform Code of Military Justice"}},
		{"navy instruction", "Secretary of the Navy Instruction 5420.174D", []string{"LAW:Secretary of the Navy Instruction 5420.174D"}},
		{"constitution over a line", "See U.S. Const.\n   art. IV, § 2.", []string{"LAW:U.S. Const.\n   art. IV, § 2"}},
		{"act of a date", "the Act of Aug. 11, 1955, ch. 3", []string{"LAW:Act of Aug. 11, 1955"}},
		{"executive order", "Executive Order 14, issued", []string{"LAW:Executive Order 14"}},
		{"restatement", "Restatement (Second) of Contracts §203(b) says", []string{"LAW:Restatement (Second) of Contracts §203(b)"}},
		{"instruction", "DoD Instruction 1332.28 applies", []string{"LAW:DoD Instruction 1332.28"}},
		{"date over a line", "(Mar.\n2011). On July\n16, 2010", []string{"DATE:Mar.\n2011", "DATE:July\n16, 2010"}},
		{"day and month", "retroactive to January 27. On March 18 and April 29, 2020", []string{"DATE:January 27", "DATE:March 18", "DATE:April 29, 2020"}},
		{"compact date", "dated 20161018 and form 12345678", []string{"DATE:20161018"}},
		{"month of year", "in December of 2019.", []string{"DATE:December of 2019"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]int{}
			for _, c := range patternMentions(tt.text) {
				got[c.typ+":"+tt.text[c.start:c.end]]++
			}
			for _, w := range tt.want {
				if got[w] == 0 {
					t.Errorf("missing %s in %v", w, got)
				}
				got[w]--
			}
		})
	}
	for _, c := range patternMentions("the Act of Aug. 11, 1955, ch. 3") {
		if c.typ == TypeDate {
			t.Error("the date of an Act's name is a date")
		}
	}
}

func TestNameCleanup(t *testing.T) {
	text := "Kenneth D. Upton, Jr., argued. Jr. and St. were alone. Kenneth D. Upton, Irvine."
	c, ok := modelCand(text, TypePerson, 0, len("Kenneth D. Upton"))
	if !ok || text[c.start:c.end] != "Kenneth D. Upton, Jr." {
		t.Fatalf("generational suffix: got %q", text[c.start:c.end])
	}
	i := len("Kenneth D. Upton, Jr., argued. ")
	if _, ok := modelCand(text, TypeLocation, i, i+3); ok {
		t.Fatal(`"Jr." alone kept as a name`)
	}
	j := len("Kenneth D. Upton, Jr., argued. Jr. and St. were alone. ")
	c, _ = modelCand(text, TypePerson, j, j+len("Kenneth D. Upton"))
	if text[c.start:c.end] != "Kenneth D. Upton" {
		t.Fatalf("suffix over a word: %q", text[c.start:c.end])
	}
	if _, ok := modelCand("CLERK OF COURT", TypePerson, 0, 14); ok {
		t.Fatal("a title kept as a name")
	}
}

// TestNeutralCitations: Illinois's public-domain citations with their
// six-digit numbers and Ohio's and New Mexico's hyphenated ones are
// citations; a year and a number with no court's mark are not.
func TestNeutralCitations(t *testing.T) {
	text := "Smith v. Jones, 2023 IL 128004; Doe v. Roe, 2019 IL App (1st) 181234-U; Poe v. Lee, 2019-Ohio-1234; Fay v. Ng, 2019-NMSC-012; in 2019 about 128004 people; 2019 IL 12.\n"
	wantFind(t, neutralCitations, text, "2023 IL 128004|2019 IL App (1st) 181234-U|2019-Ohio-1234|2019-NMSC-012")
}

// A circuit's citation with its ordinal written the Bluebook's way when
// courts-db writes it the other ("3d Cir.", courts-db's "3rd Cir."), or
// the other way round ("2nd Cir."), in every form of the parenthetical
// the finders after the tagger read; a form the table knows already is
// courtCitations', and an ordinal no court's is nothing.
func TestOrdinalCourtCitations(t *testing.T) {
	text := "95 F.3d 291 (3d Cir. 1996); 700 F.2d 875 (2nd Cir.1983); 2020 WL 1 (3d Cir. Mar. 2, 2020); 1 F.3d 2 (2d Cir. 1993); (3rd Cir. 1993); (23d Cir. 1990); (3d Dep't 1990); (3d\nCir. 1997)"
	afterTagger := func(t string) []cand {
		return slices.Concat(ordinalCourtCitations(t), datedCourtCitations(t), gluedCourtCitations(t), wrappedCourtCitations(t))
	}
	wantFind(t, afterTagger, text, "3d Cir.|3d Cir.|2nd Cir.|3d\nCir.")
}

// TestDepartmentCitations: New York's Appellate Division cited by its
// Department's ordinal, in square or round brackets, with "App. Div." or
// not; an ordinal no Department has, or no year, is none.
func TestDepartmentCitations(t *testing.T) {
	text := "50 AD3d 14 [1st Dept 2008]; 1 A.D.3d 2 (2d Dep’t 2015); 5 A.D.2d 7 (App. Div. 3d Dep't 2001); 9 AD3d 1 [4th Dept. 2004]; (5th Dept 2001); (1st Dept)"
	wantFind(t, departmentCitations, text, "1st Dept|2d Dep’t|App. Div. 3d Dep't|4th Dept.")
}

// An unpublished decision's parenthetical gives its court before the
// full date; a date alone or a court that no table names is none.
func TestDatedCourtCitations(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Smith v. Jones, 2020 WL 123456, at *3 (D. Minn. Mar. 2, 2020).", "D. Minn."},
		{"Doe v. Roe, No. 19-cv-1 (S.D.N.Y. January 5, 2021); Kim v. Lee (9th Cir. Sept. 30, 2019); SEC v. Okafor (D. Mass. filed Aug. 2, 2023)", "S.D.N.Y.|9th Cir.|D. Mass."},
		{"(Filed Mar. 2, 2020) and (Acme Widgets Mar. 2, 2020)", ""},
	} {
		wantFind(t, datedCourtCitations, tc.text, tc.want)
	}
	// An administrative board is an organisation (the guideline).
	text := "2013 WL 6039030 (P.T.A.B. Nov. 12, 2013); 3 A.3d 4 (Pa. Env. Hearing Bd. 2010); 5 F.3d 6 (D. Minn. 2020)"
	if got, want := typedTexts(text, append(datedCourtCitations(text), courtCitations(text)...)), "ORG P.T.A.B.|ORG Pa. Env. Hearing Bd.|COURT D. Minn."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBareCourtCitations: a federal district court's or circuit's
// citation alone in parentheses, or between commas after a docket number,
// is the court, the table's; a person's
// initial and name, a letter and a name the table does not know are none.
func TestBareCourtCitations(t *testing.T) {
	wantFind(t, bareCourtCitations, "Grabowski v. Skechers U.S.A., Inc., No. 3:12-cv-00204 (W.D. Ky.). Doe (N.D. Ill.), Roe (D. Utah), Poe (9th Cir.), "+
		"Foe (S.D.N.Y.), Boe (D.N.J.), Moe (2d Cir.); (D. Pat.), (J. Smith), (A. B.) and (D. Zzz.)", "W.D. Ky.|N.D. Ill.|D. Utah|9th Cir.|S.D.N.Y.|D.N.J.|2d Cir.")
	// A case summary's court between commas after the docket number.
	wantFind(t, bareCourtCitations, "Case Identification: 0:19-cv-01758, D. Minn., 07/02/2019. Then 1:18-cr-00953, E.D.N.Y., 12/06/2018; "+
		"1:18-cv-00953, D. Zzz., 2018; Smith, D. Minn., 2019.", "D. Minn.|E.D.N.Y.")
	wantFind(t, bareCourtCitations, "Case Identification: 1:18-cr-00953, E.D.N.Y., 12/06/2018", "E.D.N.Y.")
	wantFind(t, bareCourtCitations, "Case 2:10-CV-00297, D. Utah, 2010. Sen. Dick Durbin (D. Ill.) voted; Rep. John Lewis (D. Ga.) too.", "D. Utah")
}
