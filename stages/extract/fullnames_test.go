package extract

import "testing"

// TestFullNamesApart: people's full names with a middle initial come out
// of the names that ran over them: two people side by side, a stray word
// before or after one, and a firm or a public body after one. Names whose
// other words may be the person's own or name something for the person
// stay whole.
func TestFullNamesApart(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		spans []span
		want  string
	}{
		{
			"two people", "4 CRAIG C. THOMPSON EDWARD G. WEIL 5\nRICHARD L. DENNEY\nMARY K. REEDER\nJAMES A. GALLAGHER, JR. JAMES F. GALLAGHER Gallagher\n",
			[]span{{"CRAIG C. THOMPSON EDWARD G. WEIL", TypePerson, SourceModel}, {"RICHARD L. DENNEY\nMARY K. REEDER", TypePerson, SourcePattern},
				{"JAMES A. GALLAGHER, JR. JAMES F. GALLAGHER Gallagher", TypePerson, SourceModel}},
			"PERSON CRAIG C. THOMPSON|PERSON RICHARD L. DENNEY|PERSON JAMES A. GALLAGHER, JR.|PERSON EDWARD G. WEIL|PERSON MARY K. REEDER|PERSON JAMES F. GALLAGHER",
		},
		{
			// A word in the other case, the surname again, a heading's word,
			// a word over a line break before a list or a label; a word
			// before the name.
			"stray words", "MAG. JUDGE KAREN L. HAYES RULING This is a suit. ERIC A. RIEGNER Anderson, Indiana. Charles W. Franklin Franklin, Moore, Beychok\n" +
				"Samuel D. Kerr\nBanks, Johnson, Colbath & Kerr\nMonica L. Jones\nStatus: Closed\nAndrew M. McNeil, Payne Craig E. Pinkus, Bose McKinney & Evans LLP\n",
			[]span{{"KAREN L. HAYES RULING", TypePerson, SourcePattern}, {"ERIC A. RIEGNER Anderson", TypePerson, SourceModel},
				{"Charles W. Franklin Franklin", TypePerson, SourcePattern}, {"Samuel D. Kerr\nBanks", TypePerson, SourcePattern},
				{"Monica L. Jones\nStatus", TypeOrg, SourcePattern}, {"Payne Craig E. Pinkus", TypePerson, SourcePattern}},
			"PERSON KAREN L. HAYES|PERSON ERIC A. RIEGNER|PERSON Charles W. Franklin|PERSON Samuel D. Kerr|PERSON Monica L. Jones|PERSON Craig E. Pinkus",
		},
		{
			"firms and bodies after", "GIL A. ABRAMSON 10 ANDREW C. TOPPING HOGAN & HARTSON LLP. Robert L. Barrett Barrett Cattle, Inc. AMY J. DONA U.S. Department of Justice\n" +
				"NICOLE R. KELSEY Office of Corporation Counsel\nJOHN F. ROE United States Attorney's Office\n",
			[]span{{"ANDREW C. TOPPING HOGAN & HARTSON LLP", TypeOrg, SourcePattern}, {"Robert L. Barrett Barrett Cattle, Inc.", TypeOrg, SourcePattern},
				{"AMY J. DONA U.S. Department of Justice", TypeOrg, SourceModel}, {"NICOLE R. KELSEY Office of Corporation Counsel", TypeOrg, SourceModel},
				{"JOHN F. ROE United States Attorney's Office", TypeOrg, SourceModel}},
			"PERSON ANDREW C. TOPPING|PERSON Robert L. Barrett|PERSON AMY J. DONA|PERSON NICOLE R. KELSEY|PERSON JOHN F. ROE|" +
				"ORG HOGAN & HARTSON LLP|ORG Barrett Cattle, Inc.|ORG U.S. Department of Justice|ORG Office of Corporation Counsel|ORG United States Attorney's Office",
		},
		{
			// A second given name or a particle before the name, a second
			// surname (a list of people, a title, a role or a generation
			// after it), a particle's surname, a company or a place named
			// for the person, a party, a generation or a company's word
			// read as a surname, one person alone, two people with other
			// words between them, and a word in lower case before one:
			// left alone.
			"whole names", "Mary Ann K. Smith; De Anna M. Fennell; Angela R. Karras Neboyskey, David E. Kawala; VIRGINIA M. HERNANDEZ COVINGTON, UNITED STATES DISTRICT JUDGE; " +
				"RENE O. QUIROZ\nSANDOVAL, Plaintiff; Aaron D. Van Oort; Louis C. Paul & Associates; John D. Smith Trucking, Inc.; John F. Kennedy Center; " +
				"ALEX B. CARVER TRUST, Appellant; Bruce A. JR.; Gary D. Walls; Gary D. Walls Memorial for Lucy B. Walls; Aaron D. Van\nOort, Faegre; LUCY B. WALLS\nBANKS, Jr.; " +
				"GRACE H. COMPANY Anderson; John D. Smith Plumbing & Heating, Inc.; AMY J. DONA United States Attorney; EDWARD G. WEIL IVAN B. JONES; The Gary D. Walls; a gift of Gary D. Walls; Ann B. Walls\nCompany, Inc.\n",
			[]span{{"Mary Ann K. Smith", TypePerson, SourceModel}, {"De Anna M. Fennell", TypePerson, SourceModel}, {"Angela R. Karras Neboyskey", TypePerson, SourcePattern},
				{"VIRGINIA M. HERNANDEZ COVINGTON", TypePerson, SourceModel}, {"RENE O. QUIROZ\nSANDOVAL", TypePerson, SourcePattern}, {"Aaron D. Van Oort", TypePerson, SourceModel},
				{"Louis C. Paul & Associates", TypeOrg, SourcePattern}, {"John D. Smith Trucking, Inc.", TypeOrg, SourcePattern}, {"John F. Kennedy Center", TypeLocation, SourceModel},
				{"ALEX B. CARVER TRUST", TypeOrg, SourcePattern}, {"Bruce A. JR.", TypePerson, SourceModel}, {"Gary D. Walls", TypeOrg, SourceModel},
				{"Gary D. Walls Memorial for Lucy B. Walls", TypeOrg, SourceModel}, {"Aaron D. Van\nOort", TypePerson, SourceModel}, {"LUCY B. WALLS\nBANKS", TypePerson, SourcePattern},
				{"GRACE H. COMPANY Anderson", TypeOrg, SourceModel}, {"John D. Smith Plumbing & Heating, Inc.", TypeOrg, SourcePattern}, {"AMY J. DONA United States Attorney", TypeOrg, SourceModel},
				{"EDWARD G. WEIL IVAN B. JONES", TypePerson, SourceModel}, {"The Gary D. Walls", TypeOrg, SourceModel}, {"of Gary D. Walls", TypeOrg, SourceModel}, {"Ann B. Walls\nCompany", TypeOrg, SourceModel}},
			"PERSON Mary Ann K. Smith|PERSON De Anna M. Fennell|PERSON Angela R. Karras Neboyskey|PERSON VIRGINIA M. HERNANDEZ COVINGTON|PERSON RENE O. QUIROZ\nSANDOVAL|" +
				"PERSON Aaron D. Van Oort|ORG Louis C. Paul & Associates|ORG John D. Smith Trucking, Inc.|LOCATION John F. Kennedy Center|ORG ALEX B. CARVER TRUST|PERSON Bruce A. JR.|ORG Gary D. Walls|" +
				"ORG Gary D. Walls Memorial for Lucy B. Walls|PERSON Aaron D. Van\nOort|PERSON LUCY B. WALLS\nBANKS|ORG GRACE H. COMPANY Anderson|ORG John D. Smith Plumbing & Heating, Inc.|ORG AMY J. DONA United States Attorney|PERSON EDWARD G. WEIL|ORG The Gary D. Walls|ORG of Gary D. Walls|ORG Ann B. Walls\nCompany|PERSON IVAN B. JONES",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := spansIn(tc.text, tc.spans...)
			if got := typedTexts(tc.text, fullNamesApart(tc.text, cs)); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestGluedPeople: a person's name with an initial glued to the next
// line's first word is cut before it, over a line break too, and the
// next line's person of their own (a given name and more) is one;
// surnames with inner capitals, names without an initial, and parties
// stay.
func TestGluedPeople(t *testing.T) {
	text := "Samuel P.\nKingRobert A. Vanderhye, for appellant. Blanche M. ManningUnited States District Judge. Charles D. CretorsDownload PDF. J. ChamblessThe board met.\n" +
		"Ronald P. McDonald; Douglas A. MacArthur; Jane B. VanDerLaan; Mary K. TenEyck; Jane B. VerSteeg; Ann C. DeVille; Jordi CarloSantiago Martinez-Cid; Paul R. DeanWitter Inc.; ALPHV BlackCat; Mary K. SmithJohn\n"
	cs := spansIn(text, span{"Samuel P.\nKingRobert A. Vanderhye", TypePerson, SourcePattern}, span{"Blanche M. ManningUnited", TypePerson, SourceModel},
		span{"Charles D. CretorsDownload PDF", TypePerson, SourceModel}, span{"J. ChamblessThe", TypePerson, SourceModel},
		span{"Ronald P. McDonald", TypePerson, SourceModel}, span{"Douglas A. MacArthur", TypePerson, SourceModel}, span{"Jane B. VanDerLaan", TypePerson, SourceModel}, span{"Mary K. TenEyck", TypePerson, SourceModel}, span{"Jane B. VerSteeg", TypePerson, SourceModel},
		span{"Ann C. DeVille", TypePerson, SourceModel}, span{"Jordi CarloSantiago Martinez-Cid", TypePerson, SourceModel},
		span{"Paul R. DeanWitter Inc.", TypeOrg, SourceModel}, span{"ALPHV BlackCat", TypePerson, SourceModel}, span{"Mary K. SmithJohn", TypePerson, SourceModel})
	want := "PERSON Samuel P.\nKing|PERSON Blanche M. Manning|PERSON Charles D. Cretors|PERSON J. Chambless|PERSON Ronald P. McDonald|PERSON Douglas A. MacArthur|" +
		"PERSON Jane B. VanDerLaan|PERSON Mary K. TenEyck|PERSON Jane B. VerSteeg|PERSON Ann C. DeVille|PERSON Jordi CarloSantiago Martinez-Cid|ORG Paul R. DeanWitter Inc.|PERSON ALPHV BlackCat|PERSON Mary K. Smith|PERSON Robert A. Vanderhye"
	if got := typedTexts(text, gluedPeople(text, cs)); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	party := spansIn(text, span{"Blanche M. ManningUnited", TypePerson, SourcePattern})
	party[0].party = true
	if got := typedTexts(text, gluedPeople(text, party)); got != "PERSON Blanche M. ManningUnited" {
		t.Errorf("party: got %q", got)
	}
}
