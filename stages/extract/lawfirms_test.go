package extract

import "testing"

// TestKnownFirmNames: large firms named without their form in counsel lists
// are organisations, over a dropped "&" and in capitals; a name that goes on
// into its form or a longer name, one a capitalised word opens and two words
// that read as a person's name are not taken.
func TestKnownFirmNames(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"counsel list", "Steven S. Bell (argued and briefed), Perkins Coie, Seattle, WA, for appellee.", "ORG Perkins Coie"},
		{"a plaintiffs' firm in the news", "The families are represented by Marler Clark, a Seattle law firm.", "ORG Marler Clark"},
		{"on briefs", "Russell V. Palmore, Jr., Richmond; Troutman Sanders, on briefs), for Riverside Owner.", "ORG Troutman Sanders"},
		{"one word", "Jane Roe, Linklaters, London; John Doe, Brown Rudnick, Boston, for the creditors.", "ORG Linklaters|ORG Brown Rudnick"},
		{"dropped ampersand", "Lisa Smith, Foley Lardner, Milwaukee, for respondent.", "ORG Foley Lardner"},
		{"and for ampersand, capitals", "JONES DAY and KIRKLAND AND ELLIS represented them.", "ORG JONES DAY|ORG KIRKLAND AND ELLIS"},
		{"commas and an apostrophe", "of Skadden, Arps, Slate, Meagher & Flom and O'Melveny & Myers, for amici.", "ORG Skadden, Arps, Slate, Meagher & Flom|ORG O'Melveny & Myers"},
		{"the longer name", "Wilson Sonsini Goodrich & Rosati, Palo Alto.", "ORG Wilson Sonsini Goodrich & Rosati"},
		{"its form after it", "Perkins Coie LLP, Seattle; Perkins Coie, LLP; Sidley Austin Brown & Wood.", ""},
		{"named with its form too", "Arent Fox LLP (Arent Fox) moved. Arent Fox represented the Home.", ""},
		{"a capitalised word first", "Mr. Jones Day testified; Dean Perkins Coie.", ""},
		{"a person's name", "Arnold Porter and Holland Knight were witnesses.", ""},
		{"lower case", "jones day", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := typedTexts(tc.text, knownFirmNames(tc.text)); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
