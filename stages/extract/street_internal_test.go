package extract

import (
	"reflect"
	"regexp"
	"testing"
)

// TestStreetEndMatchesAsUnanchored: the street words run anchored where
// streetStarts says they may start give the matches the unanchored
// expression gives, on every labelled text and on words at a text's edges,
// in capitals, glued to a letter or a digit and folded to the Kelvin sign.
func TestStreetEndMatchesAsUnanchored(t *testing.T) {
	whole := regexp.MustCompile(`\b(?:` + streetAlts + `)(?:\b|$|[^A-Za-z])`)
	texts := append(runTexts(t),
		"Street", "101 Main Street, Suite 4; 5 Fifth AVENUE; Blvd. 9; xRoad Drive; 9Lane; Parkway\n1 Elm Pkwy.; P\u212Awy. 3; Plaza_Square Trail",
		"Lane,Road.Drive-Place", "Ave", "St. Louis and St.Paul; Hwy.12")
	for i, txt := range texts {
		want := whole.FindAllStringSubmatchIndex(txt, -1)
		if got := anchoredAt(txt, streetStarts(txt), streetEndAt); !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: anchored %v, unanchored %v", i, got, want)
		}
	}
}
