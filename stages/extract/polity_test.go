package extract_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
)

// TestPolityShortNames: "the Commonwealth" and "the State" are the one
// commonwealth or state the document names in full, and nothing when it
// names two, when the word modifies the next ("the State and Federal
// courts", "the Commonwealth Court") or when it is part of another name.
func TestPolityShortNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]int // Refers → uses of the short name
	}{
		{
			name: "contract",
			text: "The Issuer is a political subdivision of the Commonwealth of Virginia, duly organized under the laws of the Commonwealth. The Company will not obligate the Issuer, the Commonwealth or any of its political subdivisions. An appeal lies to the Commonwealth Court.",
			want: map[string]int{"Commonwealth of Virginia": 2},
		},
		{
			name: "a caption's state",
			text: "NICHOLE MARIE JAGELS,\n\n       Appellant,\n\nvs.\n\nSTATE OF MISSOURI,\n\n       Respondent.\n\nJagels appeals. The State argues that the motion court did not err. See Vaca v. State, 314 S.W.3d 331.",
			want: map[string]int{"STATE OF MISSOURI": 1},
		},
		{
			name: "two states",
			text: "The compact binds the State of Texas and the State of Oklahoma. The State shall deliver water.",
			want: map[string]int{},
		},
		{
			name: "a modifier",
			text: "The Borrower is a corporation of the State of Delaware. Each party submits to the jurisdiction of the State and Federal courts in Massachusetts and to the State courts of Delaware.",
			want: map[string]int{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, m := range res.Mentions {
				// A cited case's party ("Vaca v. State") is the patterns'.
				if (m.Text == "Commonwealth" || m.Text == "State") && m.Source != extract.SourcePattern {
					if m.Source != extract.SourceDefined {
						t.Errorf("%q at %d is a %s mention of its own (%s)", m.Text, m.Start, m.Type, m.Source)
						continue
					}
					got[m.Refers]++
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("short names refer to %v, want %v", got, tc.want)
			}
			for k, n := range tc.want {
				if got[k] != n {
					t.Errorf("short names refer to %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestLitigantState: a state named as a party with its role in the caption
// is a litigant, an organisation (the guideline's "STATE OF MISSOURI,
// Respondent"), and so is one that files by its counsel, or a county its
// lawyer represents; a state in a party's description, a county after a
// judge's "for" and the country ending an address stay places.
func TestLitigantState(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		// A stacked caption, each role on its own line.
		{"IN THE COURT OF APPEALS OF NEBRASKA\n\nJANE MARIE DOE,\n\n       Appellant,\n\nvs.\n\nSTATE OF NEBRASKA,\n\n       Respondent.\n\nDoe appeals. The State argues that her plea was voluntary.\n",
			"STATE OF NEBRASKA", extract.TypeOrg},
		// The caption pattern's party, its role on its line.
		{"IN THE COURT OF APPEALS OF NEBRASKA\n\nSTATE OF NEBRASKA, Plaintiff-Appellee,\nv.\nJANE MARIE DOE, Defendant-Appellant.\n\nDoe appeals.\n",
			"STATE OF NEBRASKA", extract.TypeOrg},
		// A state in a party's description, wrapped onto its own line.
		{"CALVARY CHAPEL OF BANGOR,\n\n  Plaintiff, Appellant,\n\nv.\n\nJANET T. MILLS, in her official capacity as Governor of the\n                 State of Nebraska,\n\n  Defendant, Appellee.\n",
			"State of Nebraska", extract.TypeLocation},
		// A state that files, by its counsel.
		{"BEFORE THE STATE CORPORATION COMMISSION\n\nThe Commonwealth of Virginia, by counsel, moves the Commission to dismiss the application. The Commission heard the Commonwealth of Virginia.\n",
			"Commonwealth of Virginia", extract.TypeOrg},
		// A county that its lawyer represents, in a list of parties.
		{"Seven other parties participated in the evidentiary hearing including Natrona County represented by Bill Knight, Converse County represented by Quentin Richardson, and others.\n",
			"Converse County", extract.TypeOrg},
		// A county after a judge's "for" is the court's place.
		{"Rosemarie E. Aquilina, an elected judge on the 30th Circuit Court of Michigan for Ingham County, appeals the district court's order.\n",
			"Ingham County", extract.TypeLocation},
		// The country ending a party's address before its lawyer is a place.
		{"The Complainant is Acme Widgets, Inc., of Columbus, Ohio, United States of America, represented by Jane Roe, of Columbus.\n",
			"United States of America", extract.TypeLocation},
	} {
		res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range res.Mentions {
			if m.Text == tc.name && m.Source != extract.SourceDefined {
				if m.Type != tc.want {
					t.Errorf("%q at %d is a %s (%s), want a %s", m.Text, m.Start, m.Type, m.Source, tc.want)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("no mention of %q in %q: %+v", tc.name, tc.text, res.Mentions)
		}
	}
}

// TestLitigantStateAsPlace: a state that files is an organisation, and
// the same state after a place's preposition is the place.
func TestLitigantStateAsPlace(t *testing.T) {
	text := "BEFORE THE STATE CORPORATION COMMISSION\n\nThe Commonwealth of Virginia, by counsel, moves the Commission to dismiss the application. The plant is in the Commonwealth of Virginia.\n"
	res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Mentions {
		if m.Text == "Commonwealth of Virginia" && m.Source != extract.SourceDefined {
			got = append(got, m.Type)
		}
	}
	if want := []string{extract.TypeOrg, extract.TypeLocation}; !slices.Equal(got, want) {
		t.Errorf("the Commonwealth's mentions are %v, want %v", got, want)
	}
}

// TestCountryParty: where the United States of America is a caption's
// party (its office's address under it too) or a side of the document's
// own case, the country is an
// organisation wherever the document names it but after a place's
// preposition ("into the United States"); where it is not (a cited case's
// side), it stays a place.
func TestCountryParty(t *testing.T) {
	for _, tc := range []struct {
		name, text, typ string
	}{
		{"a litigant", "UNITED STATES OF AMERICA,\n\n        v.\n\nJOHN DOE,\n\n        Defendant.\n\nThe United States argues that the motion fails.", extract.TypeOrg},
		{"a litigant with its article", "THE UNITED STATES OF AMERICA,\n\n        Defendant.\n\nDefendant, the United States, moves for more time.", extract.TypeOrg},
		{"a government's complaint with its office's address", "UNITED STATES OF AMERICA,\nDepartment of Justice\nAntitrust Division\n450 Fifth Street, N.W., Suite 8700\nWashington, D.C. 20530,\n                    Plaintiff,\n          v.\nDEAN FOODS COMPANY,\n2711 North Haskell Avenue\nDallas, Texas 75204,\n                    Defendant.\n\nThe complaint alleges that the United States was harmed.", extract.TypeOrg},
		{"a place", "The goods were shipped to the United States by sea.", extract.TypeLocation},
		{"a side of the own case", "Re:      United States v. Joshua James\n\nCriminal Case No. 22-cr-15 (APM)\n\nYour client agrees that the United States may appeal.", extract.TypeOrg},
		{"a side of a cited case", "The court cited Gall v. United States, 552 U.S. 38 (2007). The goods were shipped to the United States by sea.", extract.TypeLocation},
		{"the filer", "GOVERNMENT'S MEMORANDUM IN AID OF SENTENCING\n\nThe United States, by and through its undersigned attorneys, respectfully submits this memorandum. The defendant owed the United States.", extract.TypeOrg},
		{"a place beside the party", "UNITED STATES OF AMERICA,\n\n        v.\n\nJOHN DOE,\n\n        Defendant.\n\nThe defendant imported the goods into the United States.", extract.TypeLocation},
		{"a place before a verb", "The goods were shipped to the United States, by sea, and stored there.", extract.TypeLocation},
		{"a litigant's verb", "Having turned the money over, the finders want it back. The United States no longer seeks the forfeiture of the car, and the goods were shipped to the United States by sea.", extract.TypeOrg},
		{"a place's verb", "The United States has fifty states, and the goods were shipped to the United States by sea.", extract.TypeLocation},
		{"a litigant's verb after its auxiliary", "NEW YORK – The United States has settled mortgage fraud claims against two appraisers.", extract.TypeOrg},
		{"a litigant beside a state", "The United States and the State of Wisconsin allege that the pharmacy billed for drugs it never dispensed.", extract.TypeOrg},
		{"an amicus", "Brief for the United States as amicus curiae supporting the appellees.", extract.TypeOrg},
		{"a party's defined name", "They seek indemnification from the United States (“Government”) for their costs.", extract.TypeOrg},
		{"a settlement's payee", "Walgreen Co. has agreed to pay $3.5 million to the United States to settle the allegations.", extract.TypeOrg},
		{"a settlement's party", "The defendants are entering into a Settlement Agreement with the United States.", extract.TypeOrg},
		{"a fraud's victim", "Both pleaded guilty to one count of conspiracy to defraud the United States.", extract.TypeOrg},
		{"a treaty's party", "Canada signed a trade agreement with the United States in 1988.", extract.TypeLocation},
		{"a party with its role", "JOHN DOE, Petitioner, v. FEDERAL BOARD and United States, Respondents.", extract.TypeOrg},
		{"an intervenor", "JOHN DOE, Plaintiff, v. ACME CO., Defendant, and United States, Intervenor.", extract.TypeOrg},
		{"an office's place before the role", "JOHN DOE, Plaintiff, v. FEDERAL BOARD, an agency of the United States, Defendant.", extract.TypeLocation},
		{"a settlement's parties", "The parties to this Settlement Agreement are the United States and Jon Graves.", extract.TypeOrg},
		{"a settlement between", "SETTLEMENT AGREEMENT BETWEEN\nTHE United States\nAND ACME INNS, INC.", extract.TypeOrg},
		{"a role opening the next clause", "After coming to the United States, Petitioner worked as a roofer.", extract.TypeLocation},
		{"an office's place in capitals", "JOHN DOE, Plaintiff, v. ACME BOARD, AN AGENCY OF THE United States, Defendant.", extract.TypeLocation},
		{"a treaty named a settlement agreement", "Under the 2006 Softwood Lumber Settlement Agreement between the United States and Canada, duties ended.", extract.TypeLocation},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, m := range res.Mentions {
				if m.Text == "United States" {
					found = true
					if m.Type != tc.typ {
						t.Errorf("%q is %s, want %s", m.Text, m.Type, tc.typ)
					}
				}
			}
			if !found {
				t.Errorf("no mention of the United States in %v", res.Mentions)
			}
		})
	}
}

// TestCountyBeforeRole: a county that ends a judge's description before
// the role ("SPECIAL JUDGE, LINCOLN COUNTY, Respondent") is the judge's
// place, not the party.
func TestCountyBeforeRole(t *testing.T) {
	res := stageResult(t, "JOHN MEYER, Petitioner, v. HONORABLE DAWSON ENGLE, SPECIAL JUDGE, LINCOLN COUNTY, Respondent.\n")
	wantIn(t, res.Mentions, mention{extract.TypeLocation, "LINCOLN COUNTY"})
}

// TestAgeResidences: the town after a person's age in a release is a
// place, whatever the tagger said.
func TestAgeResidences(t *testing.T) {
	text := "and its owner, Peter Brown, 61, of Albany, and Mary Jones, 33, of New Haven were charged."
	wantMentions(t, extract.New(extract.Config{}), text, mention{extract.TypeLocation, "Albany"}, mention{extract.TypeLocation, "New Haven"})
}

// TestRelatorCaptions: a caption whose first party sues on the relation
// of another is one case from its line's start, the government before
// "ex rel." a litigant, the relator's office no party; a title's party is
// the relator.
func TestRelatorCaptions(t *testing.T) {
	text := "State Ex Rel. Mattson v. Kiedrowski\n\nSTATE of Minnesota ex rel. Robert W. MATTSON, Treasurer of the State of Minnesota, Petitioner,\nv.\n" +
		"Peter J. KIEDROWSKI, Commissioner of Finance of the State of Minnesota, Respondent.\n\nThe State of Minnesota is cold.\n"
	res := stageResult(t, text)
	wantIn(t, res.Mentions, mention{extract.TypeOrg, "STATE of Minnesota"}, mention{extract.TypePerson, "Mattson"},
		mention{extract.TypeCase, "STATE of Minnesota ex rel. Robert W. MATTSON, Treasurer of the State of Minnesota, Petitioner, v. Peter J. KIEDROWSKI"})
	wantNone(t, res.Mentions, extract.TypeCase, func(s string) bool { return strings.HasPrefix(s, "Treasurer") })
	wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.Contains(s, "Mattson") || strings.HasPrefix(s, "Treasurer") })
	// An organisation read over "ex rel." is the relator and, named with
	// "of", the government; a bare "State" is no one's name.
	for _, c := range []struct {
		text string
		want []mention
	}{
		{"Matthew BALES and Garret Pearce, Respondents/Plaintiffs/Appellants, v. STATE of Oklahoma EX REL. OKLAHOMA REAL ESTATE APPRAISER BOARD, Defendant/Appellee.\n",
			[]mention{{extract.TypeOrg, "STATE of Oklahoma"}, {extract.TypeOrg, "OKLAHOMA REAL ESTATE APPRAISER BOARD"}}},
		{"State Ex Rel. Columbia Tower, Inc. v. Boone County\n\nAnnotate this Case\n", []mention{{extract.TypeOrg, "Columbia Tower, Inc."}}},
		{"UNITED STATES OF AMERICA, ex rel., MEREDITH DEANE, Plaintiff, versus DYNASPLINT SYSTEMS, INC., Defendant.\n", []mention{{extract.TypeOrg, "UNITED STATES OF AMERICA"}}},
	} {
		res := stageResult(t, c.text)
		wantIn(t, res.Mentions, c.want...)
		wantNone(t, res.Mentions, extract.TypeOrg, func(s string) bool { return strings.Contains(strings.ToLower(s), "ex rel") || s == "State" })
	}
}
