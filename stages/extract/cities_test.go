package extract

import "testing"

// TestWaterBodies: a body of water or a coast named by its kind, before
// its name with "of" or after it, is one place; a determiner opening it
// is no part of it, and a kind alone ("the Sound", "the Gulf") names
// none.
func TestWaterBodies(t *testing.T) {
	text := "Oil reached the Gulf of Mexico and The Bay of Fundy; the Strait of Juan de Fuca; the Gulf Coast of Texas; " +
		"Long Island Sound and the Santa Ana River Watershed. The Puget Sound ferries; the Sound and the Gulf were calm."
	wantFind(t, waterBodies, text, "Gulf of Mexico|Bay of Fundy|Strait of Juan de Fuca|Gulf Coast of Texas|Long Island Sound|Santa Ana River Watershed|Puget Sound")
}

// TestResidences: the place a person lives in or comes from is a place,
// whatever the tagger read; a body's name after "of" is none.
func TestResidences(t *testing.T) {
	text := "Dr. Cain is a resident of Bella Vista and has offices in Bentonville. Residents of Peoria County sued; a native of Puerto Rico; " +
		"residents of Acme University Housing."
	wantFind(t, residences, text, "Bella Vista|Puerto Rico")
}

// TestHyphenPlaces: a known place before "-based", "-area", "-born",
// "-headquartered" or "-registered" is a place, the longest run of the
// words before the hyphen the lists know; a town no list knows is one
// before "-based" or "-area", its last word or from a town's head word or
// with a town's kind, unless the text writes it in lower case too, it is
// a nation's adjective, a common word, a known company or a cited case's
// party; a number or a headline's verb before it is none of it; another
// word after the hyphen makes none.
func TestHyphenPlaces(t *testing.T) {
	wantFind(t, hyphenPlaces, "his Florida-based company; The San Diego-based dealer; a New York-based bank; the Jacksonville-area home; a London-born chef; "+
		"a Dallas-headquartered firm; an Ireland-registered company; a Harvard-educated lawyer; Ohio-made parts; Ohio-bornholm.",
		"Florida|San Diego|New York|Jacksonville|London|Dallas|Ireland")
	for _, text := range []string{"a Florida-based firm", "the Jacksonville-area home", "a London-born chef", "a Dallas-headquartered firm", "an Ireland-registered company"} {
		if got := candTexts(text, hyphenPlaces(text)); got == "" {
			t.Errorf("%q: no place", text)
		}
	}
	wantFind(t, hyphenPlaces, "the Chaska-based maker; The Red Wing-based company; a St. Louis-based firm; the Roanoke-area home; Walker-based Meijer; "+
		"Judge Rules Against Petoskey-based Firm; South-based; a Japanese-based firm; a Korean-born chef; the Zzyzx-born chef; "+
		"a Church-based charity; a British-based firm; an Italian-based bank; a Mexican-based plant; a Korean-based maker; a Web-based portal; Polyester-based fabric, not polyester; a Commission-registered adviser.",
		"Chaska|Red Wing|St. Louis|Walker|Petoskey|Roanoke")
	wantFind(t, hyphenPlaces, "Two Chaska-based companies; Workers Sue Anoka-based Maker; the San Juan Bautista-based grower; the Post Falls-based mint; "+
		"a Morris County-based mover; the Brady-based claim under Brady v. Maryland; Alcohol-based Hand Sanitizer; a Google-based tool; "+
		"The Bay-area startup; a French-based firm; the City-based bank; the Salt Lake City-based bank; a Wall Street-based fund.",
		"Chaska|Anoka|San Juan Bautista|Post Falls|Morris County|Salt Lake City")
}
