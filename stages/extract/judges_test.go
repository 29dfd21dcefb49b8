package extract

import (
	"strings"
	"testing"
)

// TestPanelJudges: the judges of a "Before" line, in its common forms, and
// nobody in a sentence that starts with "Before".
func TestPanelJudges(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plural title", "Before McMILLIAN, BEAM and MURPHY, Circuit Judges.\n", []string{"McMILLIAN", "BEAM", "MURPHY"}},
		{"argued before, a bracketed footnote mark", "Argued Before BELL, C.J., RAKER, CATHELL[*], HARRELL, BATTAGLIA and GREENE, JJ.\n",
			[]string{"BELL", "RAKER", "CATHELL", "HARRELL", "BATTAGLIA", "GREENE"}},
		{"a Canadian panel", "Coram: McLachlin C.J. and Abella, Cromwell, Moldaver, Karakatsanis, Wagner and Gascon JJ.\n", []string{"McLachlin", "Abella", "Cromwell", "Moldaver", "Karakatsanis", "Wagner", "Gascon"}},
		{"an agency's judges", "Before KALYAN K. DESHPANDE, KRISTINA M. KALAN, and\nJOHN R. KENNY, Administrative Patent Judges.\n", []string{"KALYAN K. DESHPANDE", "KRISTINA M. KALAN", "JOHN R. KENNY"}},
		{"the trademark board's judges", "Before Lynch, Lebow and P. Jay Hines, Administrative Trademark Judges.\n", []string{"Lynch", "Lebow", "P. Jay Hines"}},
		{"colon, title glued to the next word", "Before: CONTIE, RYAN, and BOGGS, Circuit Judges.AMENDED OPINION\n", []string{"CONTIE", "RYAN", "BOGGS"}},
		{"a title each, footnote number", "Before LOKEN, Chief Judge, SMITH, Circuit Judge, and DORR,1 District Judge.\n", []string{"LOKEN", "SMITH", "DORR"}},
		{"over lines", "                 Before\n\n          Howard, Chief Judge,\n    Selya and Barron, Circuit Judges.\n", []string{"Howard", "Selya", "Barron"}},
		{"full names", "Before Barksdale, Stewart, and Dennis, Circuit Judges.\n", []string{"Barksdale", "Stewart", "Dennis"}},
		{"appellate military judges", "Before HUYGEN, MINK, and POSCH, Appellate Military Judges.\n", []string{"HUYGEN", "MINK", "POSCH"}},
		{"a presiding judge", "Before Armstrong, Presiding Judge, and Tookey, Judge, and Shorr, Judge.\n", []string{"Armstrong", "Tookey", "Shorr"}},
		{"a name that opens with J", "Before POLITZ, JOLLY, and DUHE, Circuit Judges.\n", []string{"POLITZ", "JOLLY", "DUHE"}},
		{"an acting presiding justice", "Before ALDRICH, J., CROSKEY, Acting P.J., KITCHING, J\nOpinion ALDRICH, J.\n", []string{"ALDRICH", "CROSKEY", "KITCHING"}},
		{"a footnote's mark", "Before Torruella, Chief Judge, Selya, Circuit Judge, and Casellas,* District Judge.\n", []string{"Torruella", "Selya", "Casellas"}},
		{"initials", "BEFORE: Diane P. Wood and Amy J. St. Eve, Circuit Judges\n", []string{"Diane P. Wood", "Amy J. St. Eve"}},
		{"honorific", "Before the Honorable Jane Roe, District Judge.\n", []string{"Jane Roe"}},
		{"initials without a space", "Before STARR, BUCKLEY and D.H. GINSBURG, Circuit Judges.\n", []string{"STARR", "BUCKLEY", "D.H. GINSBURG"}},
		{"a visiting judge after the plural title", "Before CARNES and MARCUS, Circuit Judges, and MILLS*, Senior District Judge.\n", []string{"CARNES", "MARCUS", "MILLS"}},
		{"after a rule line", "Nos. 05-4145 ____________ Before FLAUM, Chief Judge, and MANION and WILLIAMS, Circuit Judges. MANION, Circuit Judge.\n", []string{"FLAUM", "MANION", "WILLIAMS"}},
		{"Massachusetts' present", "Present: Sullivan, Maldonado, & Neyman, JJ.\n", []string{"Sullivan", "Maldonado", "Neyman"}},
		{"the immigration board's panel", "BEFORE: Board Panel: MALPHRUS, GOODWIN, and CREPPY, Board Members.\n", []string{"MALPHRUS", "GOODWIN", "CREPPY"}},
		{"a header run into one line", "APPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MICHIGAN BEFORE: GILMAN, KETHLEDGE, and BUSH, Circuit Judges.\n", []string{"GILMAN", "KETHLEDGE", "BUSH"}},
		{"a semicolon after a title", "Before: SUTTON, Chief Judge; BATCHELDER and LARSEN, Circuit Judges.\n", []string{"SUTTON", "BATCHELDER", "LARSEN"}},
		{"after a date on a header run into one line", "DECIDED: July 16, 1998 Before MAYER, Chief Judge, MICHEL and LOURIE, Circuit Judges.\n", []string{"MAYER", "MICHEL", "LOURIE"}},
		{"the Second Circuit's spaced word", "B e f o r e:\nLYNCH, NARDINI, and MENASHI, Circuit Judges.\n", []string{"LYNCH", "NARDINI", "MENASHI"}},
		{"heard before, a title over a line break", "Heard before WHITE, C. J., and SPENCER, Circuit\n    Judges.\n", []string{"WHITE", "SPENCER"}},
		{"footnote marks after the comma", "Before ROONEY, C.J.,[*] and RAPER, THOMAS, ROSE[**] and BROWN, JJ.\nBefore WAGNER, Chief Judge, RUIZ and REID, Associate Judges, and MACK and KING,[*] Senior Judges.\n",
			[]string{"ROONEY", "RAPER", "THOMAS", "ROSE", "BROWN", "WAGNER", "RUIZ", "REID", "MACK", "KING"}},
		{"Delaware's titles", "Before HOLLAND, J., RIDGELY, President Judge,[1] and HORSEY, Justice, Retired.[2]\n", []string{"HOLLAND", "RIDGELY", "HORSEY"}},
		{"a line of judges without Before", "Decision released May 11, 1976.\n\n    HOUSE, C. J., COTTER, LOISELLE, BOGDANSKI and BARBER, JS.\n\nIrwin, Inbody, and Pirtle, Judges.\nWebber, J.P., Friedman, Mendez, JJ.\n",
			[]string{"HOUSE", "COTTER", "LOISELLE", "BOGDANSKI", "BARBER", "Irwin", "Inbody", "Pirtle", "Webber", "Friedman", "Mendez"}},
		{"a commission's panel", "BEFORE:  Rajkovich, Chairman; Jordan, Young, Althen, and Traynor, Commissioners\n", []string{"Rajkovich", "Jordan", "Young", "Althen", "Traynor"}},
		{"a line of counsel that ends in judges", "Smith, Jones and Brown, for appellees, all Judges.\n", nil},
		{"a colon within a sentence, no title", "The matter came before: Smith and Jones.\n", nil},
		{"present in a sentence", "Present at the hearing were Smith and Jones.\n", nil},
		{"no comma before the title", "Before SMITH and JONES Circuit Judges.\n", []string{"SMITH", "JONES"}},
		{"a sentence", "Before preparing any documents to be filed, counsel are encouraged to read the rules.\n", nil},
		{"the court", "Before the court is Defendants' Motion for Summary Judgment, filed June 7, 2004.\n", nil},
		{"names without a title", "Before Smith and Jones settled, the Court ruled.\n", nil},
		{"not at a line's start", "He said so before Smith, Circuit Judge, joined.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want []string
			for _, w := range tc.want {
				want = append(want, TypePerson+" "+w)
			}
			if got := typedTexts(tc.text, panelJudges(tc.text)); got != strings.Join(want, "|") {
				t.Errorf("judges %q, want %q", got, want)
			}
		})
	}
}

// TestInitialledPeople: the tagger's organisation that is a person's name
// with an initial is a person; a company's name is not.
func TestInitialledPeople(t *testing.T) {
	text := "William G. Levi, N. Louise Ellingsworth, Kansas City. J. Crew Group and Harvey B. Cox Inc. and A. Smith Bank.\n"
	cs := spansIn(text, span{"N. Louise Ellingsworth", TypeOrg, SourceModel}, span{"J. Crew Group", TypeOrg, SourceModel},
		span{"Harvey B. Cox Inc.", TypeOrg, SourceModel}, span{"A. Smith Bank", TypeOrg, SourceModel})
	wantTyped(t, initialledPeople, text, cs, "PERSON N. Louise Ellingsworth|ORG J. Crew Group|ORG Harvey B. Cox Inc.|ORG A. Smith Bank")
}

// TestPersonForms: a person sued in an office is a person, and the titles
// and litigant roles before and the caption's words after a name are
// outside it.
func TestPersonForms(t *testing.T) {
	text := "ANTONIO ESQUIBEL, in his official capacity as Trustee; ACME BOARD, in its official capacity. " +
		"Signed by Magistrate Judge Dennis Howell. Chief Judge Wiley Y. Daniel Civil Action No. 09-cv-1. Judge Judy\nBefore Torruella, Chief Judge. ALJ Wood found; Administrative Law Judge Ann Lee. Warden Birkholz answered.\n" +
		"HERNANDEZ, District Judge: Plaintiff Warren Mitchell, a former member, sued.\n"
	cs := spansIn(text, span{"ANTONIO ESQUIBEL", TypeOrg, SourceModel}, span{"ACME BOARD", TypeOrg, SourceModel},
		span{"Magistrate Judge Dennis Howell", TypePerson, SourceModel}, span{"Wiley Y. Daniel Civil", TypePerson, SourcePattern},
		span{"Judge Judy", TypePerson, SourceModel}, span{"Before Torruella", TypePerson, SourceModel}, span{"ALJ Wood", TypePerson, SourceModel},
		span{"Administrative Law Judge Ann Lee", TypePerson, SourceModel}, span{"Warden Birkholz", TypePerson, SourceModel},
		span{"Plaintiff Warren Mitchell", TypePerson, SourceModel})
	wantTyped(t, personForms, text, cs, "PERSON ANTONIO ESQUIBEL|ORG ACME BOARD|PERSON Dennis Howell|PERSON Wiley Y. Daniel|PERSON Judy|PERSON Torruella|PERSON Wood|PERSON Ann Lee|PERSON Birkholz|PERSON Warren Mitchell")
}

// TestFieldJudges: a decision page's "Judges:" field names its judges,
// a title before a name aside; "Per Curiam" and a sentence name no one.
func TestFieldJudges(t *testing.T) {
	text := "DocketNumber: 44075\nJudges: Eberhardt, Bell, Quillian and Jordan\nJudges: Presiding Judge Ben H. Cantrell\nJudges: Per Curiam\n" +
		"Judge: Lee S. Arian, Case: 22STCV31569\nThe judges: all of them agreed.\n"
	wantFind(t, fieldJudges, text, "Eberhardt|Bell|Quillian|Jordan|Ben H. Cantrell")
}

// TestBareInitials: the tagger's given name alone grows over a middle
// initial without its period and the surname ("Diane J Humetewa"), but
// not over a rule's name.
func TestBareInitials(t *testing.T) {
	text := "Signed by Judge Diane J Humetewa on 12/4/2019. Mary A Acme Corp. agreed."
	cs := spansIn(text, span{"Diane", TypePerson, SourceModel}, span{"Mary", TypePerson, SourceModel}, span{"Acme Corp.", TypeOrg, SourcePattern})
	wantTyped(t, bareInitials, text, cs, "PERSON Diane J Humetewa|PERSON Mary|ORG Acme Corp.")
}

// TestAuthorJudges: an opinion's author line names the judge; a title
// alone or a sentence does not.
func TestAuthorJudges(t *testing.T) {
	text := "MEMORANDUM AND ORDER\n\nSAFFELS, Senior District Judge.\n\nDANIEL, Justice.\nLOWENSTEIN, Presiding Judge.\n" +
		"ANDREW L. CARTER, JR., United States District Judge:\nJESSE M. FURMAN, United States District Judge:\n" +
		"Chief Judge, District Judge.\nThe court, Judge Smith said.\n    LASTER, Vice Chancellor.\n    GLASSCOCK, V.C.\n"
	wantFind(t, authorJudges, text, "SAFFELS|DANIEL|LOWENSTEIN|ANDREW L. CARTER, JR.|JESSE M. FURMAN|LASTER|GLASSCOCK")
	// A star page or a header's colon before the line, a title of a board
	// or in capitals after an honorific, accents and initials in pairs; a
	// judge's title in initials where the line's end, the date or the
	// next sentence glued to it follows; not after an initial's period,
	// not a sentence's "Specifically, Judge Smith", not a surname and an
	// initial in a list.
	text = "*909 CRANDALL, Judge.\nThe disposition is made: BAIRD, Judge. 2 Appellant appeals.\nBORWICK, Board Judge. Claimant was employed.\n" +
		"JOSÉ A. CABRANES, District Judge:\nHONORABLE KEITH R.J. COMEAUX, DISTRICT JUDGE\nO. PETER SHERWOOD, J. :\nRAYE, P.J.The California court.\n" +
		"Smith, J., delivered the opinion.\nCircuit Court, W. Jeffrey Hollingsworth, Judge.\nSpecifically, Judge Smith held.\nSee Brown, J. and White, K., 2010 study.\n" +
		"   Sweet, D.J.\nC.F. BLISS, JR., J.\n"
	wantFind(t, authorJudges, text, "CRANDALL|BAIRD|BORWICK|JOSÉ A. CABRANES|KEITH R.J. COMEAUX|O. PETER SHERWOOD|RAYE|Smith|Sweet|C.F. BLISS, JR.")
	// A signature in capitals with the federal title after it, without a
	// comma, alone on its line; not a title in a sentence.
	text = "SO ORDERED.\n          ALISON J. NATHAN United States District Judge.\nWILLIAM ALSUP UNITED STATES DISTRICT JUDGE\n" +
		"KEITH STARRETT\tUNITED STATES SENIOR DISTRICT JUDGE\nIT WAS FILED BEFORE United States District Judge. Then it ended.\n" +
		"KEITH R.J. COMEAUX United States District Judge\nJ.P. STADTMUELLER U.S. District Judge\nJ.P. STADTMUELLER United States District Judge\nSO ORDERED United States District Judge\nPAGE, Circuit Judge.\n"
	wantFind(t, authorJudges, text, "PAGE|ALISON J. NATHAN|WILLIAM ALSUP|KEITH STARRETT|KEITH R.J. COMEAUX|J.P. STADTMUELLER")
}

// span is a candidate a test places in its text by its words.
type span struct{ text, typ, source string }

// spansIn returns the candidates of spans, each at its first place in text.
func spansIn(text string, spans ...span) []cand {
	var cs []cand
	for _, sp := range spans {
		i := strings.Index(text, sp.text)
		cs = append(cs, cand{typ: sp.typ, start: i, end: i + len(sp.text), source: sp.source})
	}
	return cs
}

// typedTexts is "TYPE text|…" of cs.
// wantTyped runs mend over the candidates cs of text and compares their
// types and texts, in order, with want.
func wantTyped(t *testing.T, mend func(string, []cand) []cand, text string, cs []cand, want string) {
	t.Helper()
	if got := typedTexts(text, mend(text, cs)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func typedTexts(text string, cs []cand) string {
	var got []string
	for _, c := range cs {
		got = append(got, c.typ+" "+text[c.start:c.end])
	}
	return strings.Join(got, "|")
}

// TestConcurJudges: a list of judges in capitals closed by "JJ."; words of
// a title are no judge's.
func TestConcurJudges(t *testing.T) {
	text := "COURIEL, GROSSHANS, FRANCIS, and SASSO, JJ., concur.\nCANADY, J., dissents. CHIEF, JUSTICE, JJ.\n" +
		"BEFORE: BOWES, SHOGAN and FITZGERALD, JJ.\nOpinion by JUDGE FREYRE Taubman and Plank*, JJ., concur\n"
	wantFind(t, concurJudges, text, "COURIEL|GROSSHANS|FRANCIS|SASSO|BOWES|SHOGAN|FITZGERALD|Taubman|Plank")
}

// TestBoardMembers: the members of an agency's board named by surname
// after "Members", and the judges named after "Judges", are people; a
// list with other words names none.
func TestBoardMembers(t *testing.T) {
	text := "DECISION AND ORDER BY CHAIRMAN DOTSON AND MEMBERS JOHANSEN AND STEPHENS On 16 July 1986. " +
		"Members Liebman, Walsh, and Kirsanow join. Members of the Board and staff. MEMBERS OF THE BOARD AND STAFF.\n" +
		"Chief Judge STUCKY, and Judges RYAN, OHLSON, and SPARKS, joined. JUDGES GREGORY K. ORME and KATE APPLEBY concurred. Judges Association and Bar.\n"
	wantFind(t, boardMembers, text, "JOHANSEN|STEPHENS|Liebman|Walsh|Kirsanow|RYAN|OHLSON|SPARKS|GREGORY K. ORME|KATE APPLEBY")
}

// TestMarkedJudges: a judge named by surname with "J." or "P.J." after it
// is a person; a title is not.
func TestMarkedJudges(t *testing.T) {
	text := "Appeal from the Court of Common Pleas, Criminal Division, No. CP-51-CR-0109521-2006, Bright, J.\n" +
		"BEFORE: S. Gallagher, J., Kilbane, P.J., and Laster Mays, J.\nThe Chief, J., and Smith, Jr. spoke.\n"
	wantFind(t, markedJudges, text, "Bright|S. Gallagher|Kilbane|Laster Mays")
}

// TestLawyerTitles: a government lawyer's title read as an organisation is
// none; an office is one.
func TestLawyerTitles(t *testing.T) {
	text := "Assistant City Solicitor; City Solicitor; Deputy Attorney General; Sr. Bar Counsel; Associate General Counsel; Office of the City Solicitor"
	cs := candsAt(text, TypeOrg, "", strings.Split(text, "; ")...)
	wantMend(t, lawyerTitles, text, cs, "Office of the City Solicitor")
	// The title before a lawyer's name is none of it, and a surname the
	// name stopped before goes on after its initial; a name of one word
	// after a title is left alone.
	text = "represented by Senior Attorney Kenneth L. Golden, Esq.; by Attorney J. Wendell Whitehouse; by Attorney Smith; by Mary L. Ames Jones."
	cs = spansIn(text, span{"Senior Attorney Kenneth L.", TypePerson, SourcePattern}, span{"Attorney J. Wendell Whitehouse", TypePerson, SourceModel},
		span{"Attorney Smith", TypePerson, SourceModel}, span{"Mary L.", TypePerson, SourceModel})
	wantMend(t, lawyerTitles, text, cs, "Kenneth L. Golden|J. Wendell Whitehouse|Attorney Smith|Mary L.")
}

// TestFederalTitles: the country that opens a federal officer's title is no
// place; the country elsewhere is.
func TestFederalTitles(t *testing.T) {
	text := "United States Attorney Cindy K. Chung and United States District Judge Greg Kays; he lived in the United States. U.S. Marshal"
	var cs []cand
	for i := 0; ; {
		k := strings.Index(text[i:], "United States")
		if k < 0 {
			break
		}
		cs = append(cs, cand{typ: TypeLocation, start: i + k, end: i + k + len("United States")})
		i += k + 1
	}
	u := strings.Index(text, "U.S.")
	cs = append(cs, cand{typ: TypeLocation, start: u, end: u + 4})
	wantMend(t, federalTitles, text, cs, "United States")
}

// TestDropJudgeTitles: a judge read with the court's department as an
// organisation is the judge, and an honorific alone is no name.
func TestDropJudgeTitles(t *testing.T) {
	text := "Hon. Elihu M. Berle, Dept. 6\nJudge: Hon. Mary Smith presiding."
	cs := append(candsAt(text, TypeOrg, SourceModel, "Hon. Elihu M. Berle, Dept."),
		append(candsAt(text, TypePerson, SourceModel, "Hon"), candsAt(text, TypePerson, SourceModel, "Mary Smith")...)...)
	cs[1].start = strings.Index(text, "Hon. Mary") // the second "Hon"
	cs[1].end = cs[1].start + len("Hon")
	wantMend(t, dropJudgeTitles, text, cs, "Elihu M. Berle|Mary Smith")
}

// TestOfficialTitles: an official's or an officer's title before a name is
// outside it; a first name that is also a title's word, or a title with no
// name after it, stays.
func TestOfficialTitles(t *testing.T) {
	text := "Chairwoman Rosenworcel; Vice Chairman Jefferson; Administrator Regan; Special Agent Karen Lee; Dean Martin; Director of Operations."
	cs := spansIn(text, span{"Chairwoman Rosenworcel", TypePerson, SourceModel}, span{"Vice Chairman Jefferson", TypePerson, SourceModel},
		span{"Administrator Regan", TypePerson, SourceModel}, span{"Special Agent Karen Lee", TypePerson, SourceModel},
		span{"Dean Martin", TypePerson, SourceModel}, span{"Director of Operations", TypePerson, SourceModel})
	wantTyped(t, personForms, text, cs, "PERSON Rosenworcel|PERSON Jefferson|PERSON Regan|PERSON Karen Lee|PERSON Dean Martin|PERSON Director of Operations")
}

// TestNonPersons: a parish's or a county's name, a bank named in Spanish,
// a school system, a club and the Commonwealth alone are no people, nor is a body's name after
// "The" that a judge's title made one, nor a filing's name; "Banco" alone stays as the tagger
// read it. (A person whose surname is Parish is read as a parish:
// the trade for Louisiana's sixty-four parishes.)
func TestNonPersons(t *testing.T) {
	text := "JEFFERSON PARISH, Defendant; in Jefferson Parish; Banco Santander; the Commonwealth; Helen Parish; Banco.\n" +
		"GUSTAFSON, Judge: The Internal Revenue Service determined; Judge: The Grand Duke; Kamehameha Schools; SIERRA CLUB; Ft. Lauderdale"
	cs := spansIn(text, span{"JEFFERSON PARISH", TypePerson, SourceModel}, span{"Jefferson Parish", TypePerson, SourceModel},
		span{"Banco Santander", TypePerson, SourceModel}, span{"Commonwealth", TypePerson, SourceModel}, span{"Helen Parish", TypePerson, SourceModel}, span{"Banco.", TypePerson, SourceModel},
		span{"The Internal Revenue Service", TypePerson, SourcePattern}, span{"The Grand Duke", TypePerson, SourcePattern}, span{"Kamehameha Schools", TypePerson, SourceModel}, span{"SIERRA CLUB", TypePerson, SourceModel}, span{"Ft. Lauderdale", TypePerson, SourceModel})
	cs[0].party = true
	cs[5].end--
	wantTyped(t, nonPersons, text, cs, "ORG JEFFERSON PARISH|LOCATION Jefferson Parish|ORG Banco Santander|ORG Commonwealth|LOCATION Helen Parish|PERSON Banco|"+
		"ORG Internal Revenue Service|PERSON The Grand Duke|ORG Kamehameha Schools|ORG SIERRA CLUB|LOCATION Ft. Lauderdale")
	// An opinion's header words after a judge's title are no one; a name
	// with one of them is a name.
	text = "Honorable Spencer W. Brown, Judge Presiding Opinion by: Karen Angelini, Justice Sitting: Karen Angelini; Judge Pro Tem; Mary Sitting Bull"
	cs = spansIn(text, span{"Spencer W. Brown", TypePerson, SourcePattern}, span{"Presiding Opinion", TypePerson, SourcePattern}, span{"Sitting", TypePerson, SourcePattern},
		span{"Pro Tem", TypePerson, SourcePattern}, span{"Mary Sitting Bull", TypePerson, SourceModel})
	wantTyped(t, nonPersons, text, cs, "PERSON Spencer W. Brown|PERSON Mary Sitting Bull")
	// A filing's or a proceeding's name is no one; a filing's word before
	// a person's name is cut off it, and a surname after an initial is a
	// surname.
	text = "JURY TRIAL DEMANDED; Joss' Motion; Appeal Stephen E. Norris; Meredith A. Jury; Order Smith; NOTICE; Re: A. Motion Hearing"
	cs = spansIn(text, span{"JURY TRIAL DEMANDED", TypePerson, SourceModel}, span{"Joss' Motion", TypePerson, SourceModel},
		span{"Appeal Stephen E. Norris", TypePerson, SourceModel}, span{"Meredith A. Jury", TypePerson, SourceModel}, span{"Order Smith", TypePerson, SourceModel},
		span{"NOTICE", TypePerson, SourceModel}, span{"A. Motion Hearing", TypePerson, SourceModel})
	wantTyped(t, nonPersons, text, cs, "PERSON Stephen E. Norris|PERSON Meredith A. Jury")
}

// TestJusticesLines: a line that lists the justices who sat, ending with
// "JJ.", names each, with a parenthesis's remark set aside and a surname's
// given names after its comma kept with it; a line with a word that is no
// name names no one.
func TestJusticesLines(t *testing.T) {
	text := "OPINION\n\nRECKTENWALD, C.J., NAKAYAMA, McKENNA, POLLACK, AND WILSON, JJ.\n" +
		"Considered by REYNOLDSON, C.J., and UHLENHOPP and CARTER, JJ.\n" +
		"Bell, C.J., Raker, Harrell, Eldridge, John C. (retired, specially assigned), JJ.\n" +
		"The court, in 2010, and others, JJ.\n"
	wantFind(t, justicesLines, text, "RECKTENWALD|NAKAYAMA|McKENNA|POLLACK|WILSON|REYNOLDSON|UHLENHOPP|CARTER|Bell|Raker|Harrell|Eldridge, John C.")
}

// TestSmallCapsJudges: a Tennessee opinion's judges in split small
// capitals before their titles, with a generational suffix; a court's
// small-capitals date and initials alone name nobody.
func TestSmallCapsJudges(t *testing.T) {
	text := "D. M ICHAEL S WINEY, J., delivered the opinion of the Court, in which C HARLES D. S USANO,\nJ R., P.J., and J OHN W. M CC LARTY, J., joined.\n" +
		"J. M ARK R OGERS, S P. J., joined. A RGUED S EPTEMBER 21, 2012 D ECIDED D ECEMBER 27, 2012. Before U. S. P. J., and W. S., J.\n"
	wantFind(t, smallCapsJudges, text, "D. M ICHAEL S WINEY|C HARLES D. S USANO,\nJ R.|J OHN W. M CC LARTY|J. M ARK R OGERS")
}

// TestInitialledPersons: a person named by initials alone after a word
// that says a person follows, or before one that says one went before, is
// found; initials that open a longer name, or name a place, a form or a
// court, are not.
func TestInitialledPersons(t *testing.T) {
	text := "In July 2010, 8-year-old N.K. boarded an escalator. YOLANDA NKEMAKOLAM, as Parent and Next Friend of K.N., and others; " +
		"evidence to terminate her parental rights to F.S. In addition, the mother appealed. J.B., a minor, sues; R.G. v. Harris County; " +
		"In re J.C. Penney Co.; Appellees C.A. No. 21057; Plaintiff, U.S. Steel; the Appellee, U.S.A., answered; S.E.C. v. Jones; Hudson, A.B. sued; Appellant, J.F. (\"Father\"), asks; In re D.E.P.\n"
	wantFind(t, initialledPersons, text, "N.K.|K.N.|F.S.|J.B.|R.G.|J.F.|D.E.P.")
}

// TestGluedInitialNames: two or three initials written without spaces and
// a surname are a person, the generation and a given name before them
// theirs, a title or a job before them allowed; a court's, a place's, a
// vessel's or an agency's initials, a citation's word, a month, a place,
// an organisation's word or a company's form after them are none, nor a
// company named by initials or a surname that a capitalised word
// continues.
func TestGluedInitialNames(t *testing.T) {
	text := "Appeal from the Parish of Caddo; E.P. Mills, Judge. Alton R. Brown, Jr., Don O. White and E.J. Saad, of Mobile, for appellee. " +
		"H.A. Toulmin, Jr., of Dayton, Ohio, and Michael J.F. Smith argued. See C.A. No. 97-4344; M.R. Civ. P. 80C; U.S. Steel; aboard the S.S. Seatrain; " +
		"L.A. City sued; (D.N.J. Oct. 3, 2013); the C.D. California court; W.M. Barr & Company and H.P. Hood and Sons, Inc.; R.J. Reynolds Tobacco; Morgan Stanley D.W. Inc.; " +
		"the F.B.I. Director; a heater by A.O. Smith Corporation; Harris County R.L. Hert; Judge W.K. Doran.\n" +
		"H.L.I. Lordship Industries; sold at J.C. Penney and W.R. Grace; see M.G.L. Chapter 93A and J.A. Exhibit 4; I.A. Background; a B.A. Degree; P.O. Drawer 5. R.C. Richmond III testified.\n" +
		"Mr. T.R. Lyle spoke; K.L. Jones Trucking hauled; (D.N.J. March 3, 2013); the R.T. Foundation paid; T.R. Miller & Company, D.K. Smith, Inc. and Treasurer A.B. Cole.\n"
	wantFind(t, gluedInitialNames, text, "E.P. Mills|E.J. Saad|H.A. Toulmin, Jr.|Michael J.F. Smith|W.K. Doran|R.C. Richmond III|T.R. Lyle|A.B. Cole")
}

// TestAbbreviatedGivenNames: a person named with an abbreviated given name
// ("Wm.", "Thos.", "Geo.") is found with the given name before it, its
// initials, its surname and its generation; a title before it is none of
// it, and a law review's name and an abbreviation inside a word are no
// person.
func TestAbbreviatedGivenNames(t *testing.T) {
	text := "Ronald Wm. Egnor, Bronson & Egnor, for plaintiffs. Wm. M. Abbott and Thos. Hudgens for respondent; Smith Boyd, Geo. W. Brown, Jr., and others. " +
		"By Wm. Smith. See 12 Geo. Wash. L. Rev. 4; Wm. and Mary; NatGeo. Jones said.\n"
	wantFind(t, abbreviatedGivenNames, text, "Ronald Wm. Egnor|Wm. M. Abbott|Thos. Hudgens|Geo. W. Brown, Jr.|Wm. Smith")
}

// TestFirmAfterLawyer: a firm of partners that took the surname of the
// lawyer before it starts after the lawyer's name (counselLineEdges); a legal form after the
// comma, a firm that starts where the person does or took more than the
// surname, and a model's person are left alone.
func TestFirmAfterLawyer(t *testing.T) {
	text := "Ronald Wm. Egnor, Bronson & Egnor, Ypsilanti; John Smith, P.C., Dallas; Mary Jones & Partners LLP; Ann Lee, Lee & Park sued; Tom A. Reed, Bass & Cole.\n"
	cs := append(candsAt(text, TypePerson, SourcePattern, "Ronald Wm. Egnor", "John Smith", "Mary Jones", "Tom A. Reed"),
		candsAt(text, TypeOrg, SourcePattern, "Egnor, Bronson & Egnor", "Smith, P.C.", "Mary Jones & Partners LLP", "Lee, Lee & Park", "A. Reed, Bass & Cole")...)
	cs = append(cs, candsAt(text, TypePerson, SourceModel, "Ann Lee")...)
	wantMend(t, counselLineEdges, text, cs, "Ronald Wm. Egnor|John Smith|Mary Jones|Tom A. Reed|Bronson & Egnor|Smith, P.C.|Mary Jones & Partners LLP|Lee, Lee & Park|A. Reed, Bass & Cole|Ann Lee")
}
