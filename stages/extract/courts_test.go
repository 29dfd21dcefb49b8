package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestDistrictCourts: a district court written without "for the", over a
// line break or with its division's abbreviation, the District of
// Columbia's; a word after the state is not part of it, and a district of
// no state names no court.
func TestDistrictCourts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ALABAMA\nNORTHEASTERN DIVISION", "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ALABAMA"},
		{"United States District Court, N.D. Texas, Dallas Division.", "United States District Court, N.D. Texas"},
		{"District Court, District of North Carolina Asheville", "District Court, District of North Carolina"},
		{"DISTRICT COURT DISTRICT OF COLORADO Chief Judge", "DISTRICT COURT DISTRICT OF COLORADO"},
		{"the District Court District of Columbus Ohio", ""},
		{"    United States District Court, District of Columbia.\n", "United States District Court, District of Columbia"},
		{"United States District Court, D. Kansas.\n", "United States District Court, D. Kansas"},
		{"United States District Court, D. Puerto Rico.\n", "United States District Court, D. Puerto Rico"},
		{"United States District Court, D. New Jersey, Camden.\n", "United States District Court, D. New Jersey"},
		{"United States District Court, D. Kansas Then the court\n", "United States District Court, D. Kansas"},
		{"United States District Court, D. Kan. 1995", "United States District Court, D. Kan."},
		{"UNITED STATES BANKRUPTCY COURT\nDISTRICT OF NEW JERSEY\nIn re:", "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF NEW JERSEY"},
		{"Court | U.S. District Court — Northern District of Georgia |", "U.S. District Court — Northern District of Georgia"},
		{"CourtU.S. District Court - District of Maryland\nDate", "District Court - District of Maryland"},
		{"CourtU.S. Bankruptcy Court - District of Maryland\nDate", "Bankruptcy Court - District of Maryland"},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range districtCourts(tc.text) {
			got = append(got, tc.text[c.start:c.end])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDashedCircuits: a court of appeals with its circuit after a dash, as
// a research site's field writes it, is one court, with the country
// before it but not the field's label glued to it; another word after the
// dash is no circuit.
func TestDashedCircuits(t *testing.T) {
	for text, want := range map[string]string{
		"CourtU.S. Court of Appeals - Third Circuit\nDate":      "Court of Appeals - Third Circuit",
		"U.S. Court of Appeals — District of Columbia Circuit;": "U.S. Court of Appeals — District of Columbia Circuit",
		"the Court of Appeals - Tenth Circle":                   "",
	} {
		wantFind(t, dashedCircuits, text, want)
	}
}

// TestCourtStateTail: a court's name ends with its state, or with the
// District of Columbia.
func TestCourtStateTail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLORADO Chief", "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLORADO"},
		{"United States District Court for the Western District of North Carolina", "United States District Court for the Western District of North Carolina"},
		{"Supreme Court of the United States", "Supreme Court of the United States"},
		{"UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA JOSHUA", "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA"},
	} {
		c := courtStateTail(tc.text, cand{typ: TypeCourt, start: 0, end: len(tc.text)})
		if got := tc.text[c.start:c.end]; got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// TestStateCourts: a state's numbered courts of appeals and the rules of
// procedure a state or "Federal" opens.
func TestStateCourts(t *testing.T) {
	text := "Torres v. State\nTexas 14th Court of Appeals\nIn The Court of Appeals Seventh District of Texas at Amarillo. " +
		"The Ohio Court of Appeals, Eighth District, held. The Smith 3rd Court of Appeals is none. " +
		"Under the Texas Rules of Civil Procedure and the Federal Rules of Appellate Procedure, not the Smith Rules of Civil Procedure. " +
		"Federal Rule of Civil Procedure 56 and the Federal Rules of Evidence. The Federal Rules of Appellate and Civil Procedure apply. " +
		"Under Florida Rule of Appellate Procedure 9.130(a)(3)(C)(xi), it may.\n"
	var got []string
	for _, c := range stateCourts(text) {
		got = append(got, c.typ+" "+text[c.start:c.end])
	}
	want := "COURT Texas 14th Court of Appeals|COURT Court of Appeals Seventh District of Texas at Amarillo|COURT Court of Appeals, Eighth District|" +
		"LAW Texas Rules of Civil Procedure|LAW Federal Rules of Appellate Procedure|LAW Federal Rule of Civil Procedure 56|LAW Federal Rules of Evidence|LAW Federal Rules of Appellate and Civil Procedure|LAW Florida Rule of Appellate Procedure 9.130(a)(3)(C)(xi)"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// TestLocalCourts: Florida's district courts of appeal in words and in
// citations, a state's supreme court named state first, a circuit court
// "for" its county or city, California's superior courts and appellate districts
// with their divisions; a name that is no state's opens no supreme court.
func TestLocalCourts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"FIRST DISTRICT COURT OF APPEAL STATE OF FLORIDA. In Barco (Fla. 2d DCA 2007), the Second District Court of Appeal " +
			"and the Florida Supreme Court; on appeal from the Circuit Court for Alachua County. The Acme Supreme Court is none.\n",
			"FIRST DISTRICT COURT OF APPEAL|Fla. 2d DCA|Second District Court of Appeal|Florida Supreme Court|Circuit Court for Alachua County"},
		{"APPEAL from a judgment of the Superior Court of Los Angeles County, John P. Farrell, Judge.\nSECOND APPELLATE DISTRICT, DIVISION THREE\n" +
			"IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA SECOND APPELLATE DISTRICT DIVISION ONE\n",
			"Superior Court of Los Angeles County|SECOND APPELLATE DISTRICT, DIVISION THREE|COURT OF APPEAL OF THE STATE OF CALIFORNIA SECOND APPELLATE DISTRICT DIVISION ONE"},
		{"file suit in the Circuit Court for the City of Norfolk.\n", "Circuit Court for the City of Norfolk"},
	}
	for _, tc := range tests {
		if got := candTexts(tc.text, localCourts(tc.text)); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

// TestStateCourtNames: a state's courts named with their state (state
// first or after "of", mixed case or capitals, with a district or
// department that may wrap onto the next line), the courts whose name
// alone says which they are, numbered judicial districts, and the federal
// courts of special jurisdiction; a kind of court without its state, a
// name that is no state's and lower-case words are none, and a division
// that another word continues is not the court's.
func TestStateCourtNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"MONTANA COURT OF APPEALS 2019MTA12 Court of Appeals No. 19CA0001", "MONTANA COURT OF APPEALS"},
		{"Court of Appeals of Kentucky\nTHIRD APPELLATE DISTRICT\nCOUNTY OF FAYETTE", "Court of Appeals of Kentucky\nTHIRD APPELLATE DISTRICT"},
		{"affirmed by the Appellate Court of Illinois, Second District, in 2011", "Appellate Court of Illinois, Second District"},
		{"The Indiana Court of Appeals, Fourth District held", "Indiana Court of Appeals, Fourth District"},
		{"pending in the Commonwealth Court of Pennsylvania. The Commonwealth Court agreed.", "Commonwealth Court of Pennsylvania|Commonwealth Court"},
		{"IN THE COURT OF CRIMINAL APPEALS\nOF TEXAS\nNO. AP-70,001", "COURT OF CRIMINAL APPEALS\nOF TEXAS"},
		{"the Oklahoma Court of Criminal Appeals and the United States Navy-Marine Corps Court of Criminal Appeals", "Oklahoma Court of Criminal Appeals|United States Navy-Marine Corps Court of Criminal Appeals"},
		{"Court of Special Appeals of Maryland; the Court of Special Appeals", "Court of Special Appeals of Maryland|Court of Special Appeals"},
		{"the Supreme Judicial Court of Maine and the Vermont Superior Court", "Supreme Judicial Court of Maine|Vermont Superior Court"},
		{"Supreme Court, Appellate Division, Third Department; APPELLATE DIVISION : FOURTH JUDICIAL DEPARTMENT", "Supreme Court, Appellate Division, Third Department|APPELLATE DIVISION : FOURTH JUDICIAL DEPARTMENT"},
		{"SUPERIOR COURT OF NEW JERSEY, APPELLATE DIVISION", "SUPERIOR COURT OF NEW JERSEY, APPELLATE DIVISION"},
		{"SUPERIOR COURT OF NEW JERSEY\nAPPELLATE DIVISION\nDOCKET NO. A-3449-15T1", "SUPERIOR COURT OF NEW JERSEY\nAPPELLATE DIVISION"},
		{"On appeal from Superior Court of New Jersey,\nLaw Division, Essex County, Docket No. L-4328-15.", "Superior Court of New Jersey,\nLaw Division, Essex County"},
		{"DECISION & ORDER\n\nAppellate Division, First Department\n", "Appellate Division, First Department"},
		{"SUPERIOR COURT OF THE STATE OF CALIFORNIA FOR THE COUNTY OF SAN MATEO", "SUPERIOR COURT OF THE STATE OF CALIFORNIA FOR THE COUNTY OF SAN MATEO"},
		{"Superior Court of California, County of Fresno, and the Supreme Court of the State of New York, Queens County", "Superior Court of California, County of Fresno|Supreme Court of the State of New York, Queens County"},
		{"SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF LOS ANGELES\n\nJANE ROE,", "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF LOS ANGELES"},
		{"in the Superior Court of Washington for King County, and the Superior Court of the State of Washington in and for the County of Pierce.", "Superior Court of Washington for King County|Superior Court of the State of Washington in and for the County of Pierce"},
		{"from the Superior Court of the State of California in and for the County of Los Angeles. The court erred.", "Superior Court of the State of California in and for the County of Los Angeles"},
		{"in the Eighth Judicial District Court for the State of Nevada, and the Second Judicial District Court of the State of Nevada in and for the County of Washoe.",
			"Eighth Judicial District Court for the State of Nevada|Second Judicial District Court of the State of Nevada in and for the County of Washoe"},
		{"the West Virginia Supreme Court of Appeals", "West Virginia Supreme Court of Appeals"},
		{"Kentucky Court of Appeals, Western District of Kentucky", "Kentucky Court of Appeals"},
		{"the District Court of the Seventh Judicial District; the 215th District Court of Travis County; Ninth Judicial Circuit Court", "District Court of the Seventh Judicial District|215th District Court of Travis County|Ninth Judicial Circuit Court"},
		{"In the United States Court of Federal Claims\nNo. 21-100 C", "United States Court of Federal Claims"},
		{"Appeal from the United States Court of Federal\n    Claims in No. 1:20-cv-00001, and the Court of Federal\n    Claims held", "United States Court of Federal\n    Claims|Court of Federal\n    Claims"},
		{"the Court of International Trade, the U.S. Court of Appeals for Veterans Claims and the Court of Appeals for the Armed Forces", "Court of International Trade|U.S. Court of Appeals for Veterans Claims|Court of Appeals for the Armed Forces"},
		{"UNITED STATES TAX COURT. The Tax Court held; the Bankruptcy Appellate Panel of the Tenth Circuit; United States Court of Claims", "UNITED STATES TAX COURT|Tax Court|Bankruptcy Appellate Panel of the Tenth Circuit|United States Court of Claims"},
		// None: no state, no court's name, lower case.
		{"the Court of Appeals held, as did a court of appeals of Ohio", ""},
		{"the Acme Court of Appeals and the Commonwealth of Pennsylvania", ""},
		{"a tax court, the appellate division and the Fourth Judicial District", ""},
	}
	for _, tc := range tests {
		if got := candTexts(tc.text, stateCourtNames(tc.text)); got != tc.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestNumberedCircuits: a federal court of appeals by its circuit's number,
// as the news writes it; a state's numbered circuit court, its officers
// and its courthouse, one a state or a county owns, and a circuit's rules
// are none.
func TestNumberedCircuits(t *testing.T) {
	text := "The case went to the 11th Circuit, and the 5th U.S. Circuit Court of Appeals agreed; the 2d Circuit Court of Appeals too; the 9th US Circuit. " +
		"The 30th Circuit Court of Michigan; 5th Circuit Rule 47.5.4; the 3rd Circuit's. 4th Circuit State Attorney Melissa Nelson; " +
		"Oakland County's 6th Circuit Judge; Hawaii's 1st Circuit; the Louisiana 5th Circuit Court of Appeals; the 11th Circuit Courthouse."
	if got := candTexts(text, numberedCircuits(text)); got != "11th Circuit|5th U.S. Circuit Court of Appeals|2d Circuit Court of Appeals|9th US Circuit|3rd Circuit" {
		t.Errorf("got %q", got)
	}
}

// TestNewsDistrictCourts: a federal trial court as the news names it, by
// its kind and its city, or by its state after "of" or "for" (its part of
// the state too), by its kind before its judge's title; before a judge's
// kind in lower case, a name with its district and a county's or a city's
// name after "of" it is none.
func TestNewsDistrictCourts(t *testing.T) {
	text := "filed in U.S. District Court in Anchorage; in federal district court in San Francisco; a U.S. District Court judge in Boston; " +
		"the U.S. District Court for the District of Oregon in Portland; U.S. District Court of Nevada and filed; the U.S. Bankruptcy Court of Delaware; " +
		"U.S. District Court for Western Tennessee; the United States District Court of New Jersey Monday; U.S. District Court of Harris County; U.S. District Court of Chicago; U.S. District Court of Nevada Thursday; U.S. District Court for Washington, D.C., last year; U.S. District Court of Kansas City; U.S. District Court for New York City; U.S. District Court for Washington DC"
	if got := candTexts(text, newsDistrictCourts(text)); got != "U.S. District Court|federal district court|U.S. District Court of Nevada|U.S. Bankruptcy Court of Delaware|"+
		"U.S. District Court for Western Tennessee|United States District Court of New Jersey|U.S. District Court of Nevada|U.S. District Court|U.S. District Court|U.S. District Court|U.S. District Court" {
		t.Errorf("got %q", got)
	}
	// A federal court named by its kind alone, where nothing after it
	// makes it a longer name's or a clerk's or a rule's, its judge's title
	// after it included.
	text = "filed in U.S. District Court on Monday; the U.S. Bankruptcy Court approved; U.S. District Court Judge Ann Lee; the U.S. District Court's order; " +
		"United States District Court, N.D. Texas; the U.S. District Court, Southern District; U.S. District Court at Boston; U.S. District Court, Lee said; " +
		"U.S. District Court Chief Judge Mark Wolf; U.S. District Court Chief Clerk Ann Roe; U.S. District Court Local Rule 7.1; U.S. District Court\nCalifornia Northern District; U.S. District Court [LIVE]\nWestern District; " +
		"U.S. District Court–Southern District of New York; U.S. District Court / District of Massachusetts; U.S. District Court (District of Delaware)"
	if got := candTexts(text, newsDistrictCourts(text)); got != "U.S. District Court|U.S. Bankruptcy Court|U.S. District Court|U.S. District Court|U.S. District Court" {
		t.Errorf("got %q", got)
	}
	text = "approved by the U.S. Bankruptcy Court of Delaware"
	if got := candTexts(text, newsDistrictCourts(text)); got != "U.S. Bankruptcy Court of Delaware" {
		t.Errorf("got %q", got)
	}
	// The district after "in the" is the court's, one name.
	text = "filed in U.S. District Court in the Southern District of New York on Monday; U.S. District Court in the district of his home"
	if got := candTexts(text, newsDistrictCourts(text)); got != "U.S. District Court in the Southern District of New York" {
		t.Errorf("got %q", got)
	}
}

// TestCountyCourts: a county's trial court named county first or after
// its kind, in mixed case or capitals, the words that ran into the
// county's name cut, and a town's district, municipal or family court by
// the town alone; a court house, a county alone, a kind of court without
// its county, and a federal or appellate court's head after "U.S.", a
// heading's number, a possessive, a direction or a kind, or before "of
// Appeal" or a business's next word, are none (a town wrapped before its
// court is kept).
func TestCountyCourts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Civil Appeal from the\nSummit County Court of Common Pleas\nCase No. CV-15-100200", "Summit County Court of Common Pleas"},
		{"APPEAL FROM THE FRANKLIN COUNTY COURT OF COMMON PLEAS", "FRANKLIN COUNTY COURT OF COMMON PLEAS"},
		{"Appeal from the Court of Common Pleas of Allegheny County, Criminal Division", "Court of Common Pleas of Allegheny County"},
		{"City and County of Boulder District Court No. 15CV100", "City and County of Boulder District Court"},
		{"the District Court for the City and County of Broomfield", "District Court for the City and County of Broomfield"},
		{"in the Travis County District Court and the Court of Common Pleas, Lucas County", "Court of Common Pleas, Lucas County|Travis County District Court"},
		{"the Bucks Court of Common Pleas and the Marion County Court", "Bucks Court of Common Pleas|Marion County Court"},
		{"an order of the Family Court, Kings County; the Supreme Court, Suffolk County", "Family Court, Kings County|Supreme Court, Suffolk County"},
		{"v No. 289061 Macomb Circuit Court LC No. 2007-003382-NZ; the Fairfax Circuit Court", "Macomb Circuit Court|Fairfax Circuit Court"},
		{"a felony conviction in Orleans Parish Criminal District Court for distribution; the Harris County Criminal Court", "Orleans Parish Criminal District Court|Harris County Criminal Court"},
		{"sentenced at Hull Magistrates’ Court; at Swansea Magistrates Court, she was", "Hull Magistrates’ Court|Swansea Magistrates Court"},
		{"summoned to Dudley District Court; fined in Mentor Municipal Court; the Windham Family Court ruled", "Dudley District Court|Mentor Municipal Court|Windham Family Court"},
		{"Appeal from the Court of Common Pleas of Allegheny County. The Court of Common Pleas, Allegheny County, denied it.", "Court of Common Pleas of Allegheny County|Court of Common Pleas, Allegheny County"},
		// None.
		{"at the Marion County Court House; Orange County; the county court; The Court of Common Pleas", ""},
		{"the Ninth Circuit Court of Appeals, the Federal Circuit Court and the State Circuit Court", ""},
		{"lives at 1234 Kings Crown Court, Naperville, Illinois", ""},
		{"A. WHETHER THE CIRCUIT COURT ERRED IN OVERRULING THIS MOTION?", ""},
		{"filed in U.S. District Court; the US District Court; I.\nDISTRICT COURT; Scheller\nDistrict Court of Appeal of Florida; the Florida District Court of Appeal", ""},
		{"The State's District Court brief; the Plaintiff's Municipal Court claim; NORTHERN DISTRICT COURT; appealed to the Eastern District Court; the Western District Court of Texas; the Tax District Court; a Magistrate District Court", ""},
		{"Acme District Court Services LLC and Jones Family Court Reporters were paid.", ""},
		{"Mentor Municipal Court Judge John Trebets ruled.", "Mentor Municipal Court"},
		{"under the Alabama Code. The Mobile\nDistrict Court set bail.", "Mobile\nDistrict Court"},
	}
	for _, tc := range tests {
		if got := candTexts(tc.text, localCourts(tc.text)); got != tc.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestDistrictNames: a federal district named by itself names its court
// ("United States District Judge for the Western District of Arkansas");
// the District of Columbia, a district of no state, a district after
// another name's word and one without a part or "the" are none.
func TestDistrictNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"ROBERT ROE, United States District Judge for\nthe Northern District of Iowa, sitting by designation.", "Northern District of Iowa"},
		{"Appeal from the United States\n* District Court for the\nv. * Western District of Missouri.", "Western District of Missouri"},
		{"transferred to the District of Oregon; from the SOUTHERN DISTRICT OF NEW YORK", "District of Oregon|SOUTHERN DISTRICT OF NEW YORK"},
		{"in the District of Columbia; the School District of Philadelphia; the Eastern District of Columbus", ""},
		{"the Water District of Texas; a District of Maine judge; the Eastern District", ""},
	}
	for _, tc := range tests {
		if got := candTexts(tc.text, districtNames(tc.text)); got != tc.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestCourtDivisions: a federal district's division after the court's
// name is part of it; a division named for its business is not.
func TestCourtDivisions(t *testing.T) {
	text := "pending in the United States District Court for the Eastern District of Texas, Tyler Division (the \"Litigation\"). " +
		"UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF ALABAMA\nNORTHERN DIVISION\n" +
		"the Court of Common Pleas of Philadelphia County, Criminal Division, No. 5.\nSTATE OF ARIZONA COURT OF APPEALS\nDIVISION TWO DIVISION TWO\n" +
		"Court of Appeal, Second District, Division 3, California.\nCourt of Appeals of Washington, Division 2.\nCourt of Appeals of Ohio, Fifth Appellate District.\n" +
		"Appellate Court of Illinois,\nFirst District, First Division.\n"
	cs := spansIn(text, span{"United States District Court for the Eastern District of Texas", TypeCourt, SourcePattern},
		span{"UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF ALABAMA", TypeCourt, SourcePattern},
		span{"Court of Common Pleas of Philadelphia County", TypeCourt, SourcePattern},
		span{"ARIZONA COURT OF APPEALS\nDIVISION TWO", TypeCourt, SourcePattern},
		span{"Court of Appeal", TypeOrg, SourceModel},
		span{"Court of Appeals of Washington", TypeCourt, SourcePattern},
		span{"Court of Appeals of Ohio", TypeCourt, SourcePattern},
		span{"Appellate Court of Illinois", TypeCourt, SourcePattern})
	want := "United States District Court for the Eastern District of Texas, Tyler Division|UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF ALABAMA\nNORTHERN DIVISION|Court of Common Pleas of Philadelphia County|ARIZONA COURT OF APPEALS\nDIVISION TWO|" +
		"Court of Appeal, Second District, Division 3|Court of Appeals of Washington, Division 2|Court of Appeals of Ohio, Fifth Appellate District|" +
		"Appellate Court of Illinois,\nFirst District, First Division"
	wantMend(t, courtDivisions, text, cs, want)
}

// TestTrialCourts: Massachusetts' trial court departments, Texas' county
// courts at law and probate courts and a district court named after its state; a county
// court alone is another pass's.
func TestTrialCourts(t *testing.T) {
	text := "Appeal from the County Court at Law Number 3 Lubbock County, Texas. Civil action commenced in the Superior Court Department. " +
		"The Harris County Court at Law No. 2 ruled; the County Court of Harris County did not. The Nevada District Court and the New Mexico District Court held; the Eastern District Court did not. " +
		"From the County Criminal Court at Law No. 5 of Harris County. Appeal from the Probate Court No. 1, Harris County; the Dallas County Probate Court No. 2 agreed.\n"
	want := "Nevada District Court|New Mexico District Court|Superior Court Department|County Court at Law Number 3 Lubbock County|Harris County Court at Law No. 2|County Criminal Court at Law No. 5 of Harris County|" +
		"Probate Court No. 1|Dallas County Probate Court No. 2"
	wantFind(t, trialCourts, text, want)
}

// TestTexasAppealsHeaders: a Texas court of appeals stacked in its
// opinion's header is one court, with its seat; a district of another
// state or a court of appeals without its district is none of these.
func TestTexasAppealsHeaders(t *testing.T) {
	text := "In The\nCourt of Appeals\nSixth Appellate District of Texas at Texarkana\n\nIn The\nCourt of Appeals\nFor The\nFirst District of Texas\n\n" +
		"COURT OF APPEALS\nFIFTH DISTRICT OF TEXAS AT DALLAS\n\nCourt of Appeals\nFifth District of Ohio\n\nthe Eastern District of Texas\n"
	want := "Court of Appeals\nSixth Appellate District of Texas at Texarkana|Court of Appeals\nFor The\nFirst District of Texas|COURT OF APPEALS\nFIFTH DISTRICT OF TEXAS AT DALLAS"
	wantFind(t, trialCourts, text, want)
}

// TestTwoWordStates: a court's name cut after the first word of a
// two-word state takes the second; another word after it does not.
func TestTwoWordStates(t *testing.T) {
	text := "United States District Court, D. New Jersey. United States District Court, S.D. New York, held. The Court of New Hope."
	cs := candsAt(text, TypeCourt, "", "United States District Court, D. New", "United States District Court, S.D. New", "The Court of New")
	want := "United States District Court, D. New Jersey|United States District Court, S.D. New York|The Court of New"
	wantMend(t, twoWordStates, text, cs, want)
}

// TestDistrictOffices: an office's name the tagger cut at "District" goes
// on over its state, and what it covers then is no place of its own; an
// officer's title cut there is no name; "Columbia" after "District of" is
// the District of Columbia.
func TestDistrictOffices(t *testing.T) {
	text := "The Office of the United States Attorney for the District of Columbia agrees. " +
		"The United States Attorney for the District of Maine agrees. He moved to the District of Columbia. Columbia, Missouri."
	cs := append(append(candsAt(text, TypeOrg, SourceModel, "Office of the United States Attorney for the District", "United States Attorney for the District"),
		candsAt(text, TypeLocation, SourceModel, "Columbia agrees", "Maine")...),
		candsAt(text, TypeLocation, SourceModel, "Columbia.", "Columbia,")...)
	for i := 2; i < len(cs); i++ {
		cs[i].end = cs[i].start + len(strings.TrimRight(strings.Fields(text[cs[i].start:cs[i].end])[0], ".,"))
	}
	want := "Office of the United States Attorney for the District of Columbia|Maine|District of Columbia|Columbia"
	wantMend(t, districtOffices, text, cs, want)
}

// TestDistrictOfficeNames: a federal office of a district is one
// organisation, its district part of its name, and so is the office
// without a district; an officer's title is none.
func TestDistrictOfficeNames(t *testing.T) {
	text := "The U.S. Attorney's Office for the Southern District of New York and the Office of the Federal Public Defender for the\n" +
		"Eastern District of Virginia; the United States Attorney for the District of Maine; the Office of the Governor."
	wantFind(t, districtOfficeNames, text, "U.S. Attorney's Office for the Southern District of New York|Office of the Federal Public Defender for the\nEastern District of Virginia")
	text = "notice to the Office of the United States Trustee and the United States Trustee.\n"
	wantFind(t, districtOfficeNames, text, "Office of the United States Trustee")
}

// TestCourtWindows: a needle inside a window widens it by the lines it is
// below the needle that made it; lines far from any needle are outside.
func TestCourtWindows(t *testing.T) {
	text := "far\nfar\nfar\nfar\nin the Court.\n\nSUPERIOR COURT\nCOUNTY OF LOS ANGELES\nnext\nfar\nfar\nfar\n"
	got := courtWindows(text, "Court", "COURT")
	if len(got) != 1 {
		t.Fatalf("windows %v, want one", got)
	}
	if w := text[got[0][0]:got[0][1]]; w != "far\nfar\nin the Court.\n\nSUPERIOR COURT\nCOUNTY OF LOS ANGELES\nnext" {
		t.Errorf("window %q", w)
	}
}

// TestFloridaDCAs: a Florida District Court of Appeal named with its
// district after it, in an opinion's header, is one court, over a line
// break too; its name before "Court of Appeal" alone is not one.
func TestFloridaDCAs(t *testing.T) {
	text := "District Court of Appeal of Florida, Fourth District.\nIN THE DISTRICT COURT OF APPEAL\nFIRST DISTRICT, STATE OF FLORIDA\n" +
		"DISTRICT COURT OF APPEAL OF THE STATE OF FLORIDA FOURTH DISTRICT\nThe Fourth District Court of Appeal affirmed.\n"
	wantFind(t, floridaDCAs, text, "District Court of Appeal of Florida, Fourth District|DISTRICT COURT OF APPEAL\nFIRST DISTRICT, STATE OF FLORIDA|"+
		"DISTRICT COURT OF APPEAL OF THE STATE OF FLORIDA FOURTH DISTRICT")
}

// TestCourtNumbers: a state trial court's number before its name is the
// court's ("41st District Court, El Paso County"); a word that is no
// ordinal is not.
func TestCourtNumbers(t *testing.T) {
	text := "Appeal from the 41st District Court, El Paso County, and the Nineteenth Judicial District Court; the United States District Court."
	cs := spansIn(text, span{"District Court, El Paso County", TypeCourt, SourcePattern}, span{"Judicial District Court", TypeCourt, SourcePattern},
		span{"District Court.", TypeCourt, SourcePattern})
	wantTyped(t, courtNumbers, text, cs, "COURT 41st District Court, El Paso County|COURT Nineteenth Judicial District Court|COURT District Court.")
}

// TestCourtCounties: courts read apart over the same words are one, in a
// chain too, and a state trial court takes the county after it; a federal
// court takes none.
func TestCourtCounties(t *testing.T) {
	text := "the 17th Judicial District Court, Tarrant County, and the United States District Court, Bexar County."
	at := func(s string) cand {
		i := strings.Index(text, s)
		return cand{typ: TypeCourt, start: i, end: i + len(s), source: SourcePattern}
	}
	cs := []cand{at("17th Judicial"), at("Judicial District"), at("District Court"), at("United States District Court")}
	if got, want := candTexts(text, courtCounties(text, cs)), "17th Judicial District Court, Tarrant County|United States District Court"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestUSCourtPrefix: a federal court's name starts at the "US", "U.S."
// or "United States" before it, as Justia's pages, the bankruptcy
// appellate panels and the news ("U. S. Supreme Court") write it; not at
// a word that ends in "US", nor before a court that is no federal
// court's.
func TestUSCourtPrefix(t *testing.T) {
	text := "US Court of Appeals for the Third Circuit - 36 F.3d 2; US District Court for the District of Maine; BONUS Court of Appeals of Oz; US Supreme Court of Ohio; " +
		"United States Bankruptcy Appellate Panel for the First Circuit; UNITED STATES BANKRUPTCY APPELLATE PANEL; U.S. Tax Court; the U. S. SUPREME COURT held"
	cs := spansIn(text, span{"Court of Appeals for the Third Circuit", TypeCourt, SourcePattern}, span{"District Court for the District of Maine", TypeCourt, SourcePattern},
		span{"Court of Appeals of Oz", TypeCourt, SourcePattern}, span{"Supreme Court of Ohio", TypeCourt, SourcePattern},
		span{"Bankruptcy Appellate Panel for the First Circuit", TypeCourt, SourcePattern}, span{"BANKRUPTCY APPELLATE PANEL", TypeCourt, SourcePattern},
		span{"Tax Court", TypeCourt, SourcePattern}, span{"SUPREME COURT", TypeCourt, SourcePattern})
	wantMend(t, courtEdges, text, cs, "US Court of Appeals for the Third Circuit|US District Court for the District of Maine|Court of Appeals of Oz|Supreme Court of Ohio|"+
		"United States Bankruptcy Appellate Panel for the First Circuit|UNITED STATES BANKRUPTCY APPELLATE PANEL|U.S. Tax Court|U. S. SUPREME COURT")
}

// TestBareAppealsCourt: Massachusetts's "Appeals Court" by its name alone,
// after an article or at a line's start, is a court; the end of a longer
// name ("Texas Appeals Court") or "Appeals Court of …" is not.
func TestBareAppealsCourt(t *testing.T) {
	text := "the Appeals Court, by a divided court, affirmed.\nAppeals Court\nThe Texas Appeals Court disagreed; the Appeals Court of Massachusetts."
	var got []string
	for _, c := range bareCourtsByKind(text) {
		got = append(got, fmt.Sprintf("%d %s", c.start, text[c.start:c.end]))
	}
	if want := "4 Appeals Court|49 Appeals Court"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBareCourtOfAppeals: a state's intermediate or trial court by its
// kind alone after "the" is a court; a longer name's end or start, one in
// capitals, one after another word and a federal district court are not.
func TestBareCourtOfAppeals(t *testing.T) {
	text := "On review from the Court of Appeals. The Oregon Court of Appeals; the Court of Appeals of Maryland; the Court of Appeals for the Ninth Circuit; " +
		"IN THE COURT OF APPEALS; U.S. Court of Appeals; the Appellate Court reversed, as the Court of Appeal did. " +
		"The appeal from the Circuit Court and the Court of Common Pleas; the District Court held. The Court of Appeals affirmed; the\nProbate Court; " +
		"the Municipal Court and the Court of Claims; the County Court at Law No. 2; the County Courthouse; the County Court's order."
	wantFind(t, bareCourtsByKind, text, "Court of Appeals|Appellate Court|Court of Appeal|Circuit Court|Court of Common Pleas|Court of Appeals|Probate Court|"+
		"Municipal Court|Court of Claims|County Court")
}

// TestNamedBareCourts: the courts by their kind alone go where the
// document names one of that kind in full, and stay where it does not.
func TestNamedBareCourts(t *testing.T) {
	bare := Mention{Type: TypeCourt, Text: "Court of Appeals"}
	circuit := Mention{Type: TypeCourt, Text: "Circuit Court"}
	full := Mention{Type: TypeCourt, Text: "Kentucky Court of Appeals"}
	org := Mention{Type: TypeOrg, Text: "Friends of the Court of Appeals Library"}
	if got := namedBareCourts([]Mention{bare, circuit, full}); len(got) != 2 || got[0].Text != circuit.Text || got[1].Text != full.Text {
		t.Errorf("with the full name: got %v", got)
	}
	if got := namedBareCourts([]Mention{bare, org}); len(got) != 2 {
		t.Errorf("without a court's full name: got %v", got)
	}
	// Another kind's name that holds the kind's words names none of it.
	special := Mention{Type: TypeCourt, Text: "Court of Special Appeals"}
	ninth := Mention{Type: TypeCourt, Text: "Ninth Circuit Court of Appeals"}
	claims := Mention{Type: TypeCourt, Text: "Court of Claims"}
	federal := Mention{Type: TypeCourt, Text: "United States Court of Federal Claims"}
	appeal := Mention{Type: TypeCourt, Text: "Court of Appeal"}
	circuitOrg := Mention{Type: TypeOrg, Text: "Circuit Court"}
	got := namedBareCourts([]Mention{bare, special, circuit, ninth, claims, federal, appeal, circuitOrg})
	var texts []string
	for _, m := range got {
		texts = append(texts, m.Text)
	}
	if want := "Court of Special Appeals|Circuit Court|Ninth Circuit Court of Appeals|Court of Claims|United States Court of Federal Claims|Court of Appeal|Circuit Court"; strings.Join(texts, "|") != want {
		t.Errorf("with other kinds' names: got %q, want %q", texts, want)
	}
	// Only a court goes: an organisation of the same words stays.
	cook := Mention{Type: TypeCourt, Text: "Circuit Court of Cook County"}
	if got := namedBareCourts([]Mention{circuit, circuitOrg, cook}); len(got) != 2 || got[0].Type != TypeOrg {
		t.Errorf("an organisation beside a court: got %v", got)
	}
}

// TestBareLandCourt: the Land Court by its name alone, or after its
// state, is a court; after another capitalised word it is a longer name's
// end ("Native Land Court").
func TestBareLandCourt(t *testing.T) {
	text := "she appealed to the Land Court. Massachusetts Land Court (Sands, J.); the Native Land Court; the Land Court of Queensland; held at the Land Court in Boston."
	wantFind(t, bareCourtsByKind, text, "Land Court|Massachusetts Land Court|Land Court")
}

// TestHighCourts: a High Court by its kind alone, with its country or
// division after "of", or after its seat's name is a court; a sentence's
// "The" or a title before it is none of it.
func TestHighCourts(t *testing.T) {
	text := "The High Court held. Appeal from the High Court of Ireland. The Delhi High Court ruled; HIGH COURT OF UGANDA; Justice Smith of the High Court said; high court."
	wantFind(t, highCourts, text, "High Court|High Court of Ireland|Delhi High Court|HIGH COURT OF UGANDA|High Court")
}

// TestBareAppellateDivisions: "the Appellate Division" by its name alone
// is New Jersey's or New York's intermediate appellate court, with New
// York's department after it; a longer name's end or start, or a heading
// without its article, is not.
func TestBareAppellateDivisions(t *testing.T) {
	text := "The Appellate Division reversed; the Appellate Division, Second Department, affirmed; the Appellate Division's decision. " +
		"Superior Court of New Jersey, Appellate Division. Massachusetts Appellate Division; the Appellate Division of the Supreme Court.\nAppellate Division\n"
	wantFind(t, bareAppellateDivisions, text, "Appellate Division|Appellate Division, Second Department|Appellate Division")
}

// TestOlderDistrictCourts: a federal district court by its name before
// 1948 is one court, its district's part and the District of Columbia
// too; a district that names no state, or none at all, is left alone.
func TestOlderDistrictCourts(t *testing.T) {
	wantFind(t, olderDistrictCourts, "Appeal from the District Court of the United States for the Northern District of Illinois, Eastern Division; "+
		"in the District Court of the United States for the District of\nColumbia; the District Court of the United States for the district aforesaid; "+
		"the District Court of the United States for the Western District of Narnia; the District Court of the United States for the District of Kansasville.",
		"District Court of the United States for the Northern District of Illinois|District Court of the United States for the District of\nColumbia")
	wantFind(t, olderDistrictCourts, "IN THE DISTRICT COURT OF THE UNITED STATES FOR THE MIDDLE DISTRICT OF ALABAMA NORTHERN DIVISION",
		"DISTRICT COURT OF THE UNITED STATES FOR THE MIDDLE DISTRICT OF ALABAMA")
}

// TestSplitSuperiorCourts: a superior court a two-column caption splits is
// the court whole where its state follows the colon on its line, and by
// its kind where the line ends or the colon does; one whose name goes on
// ("OF THE STATE OF DELAWARE") is left to the patterns.
func TestSplitSuperiorCourts(t *testing.T) {
	wantFind(t, splitSuperiorCourts, "COMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF : PENNSYLVANIA v. :\n"+
		"REVOCABLE LIVING TRUST OF : IN THE SUPERIOR COURT OF\nPHILIP E. TOBIAS : PENNSYLVANIA\nIN THE SUPERIOR COURT OF THE STATE OF DELAWARE\n"+
		"ACME : IN THE SUPERIOR COURT OF : FOOBAR", "SUPERIOR COURT OF : PENNSYLVANIA|SUPERIOR COURT|SUPERIOR COURT")
}
