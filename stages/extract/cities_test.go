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
