package extract

import "testing"

// TestSpacedYears: a day and month take the year after a spaced comma; a
// number that is no year, or a year after a full stop, is left out.
func TestSpacedYears(t *testing.T) {
	text := "dated as of November 19 , 2002 between; on March 3 , 450 units; on May 5. 2003 came."
	cs := candsAt(text, TypeDate, "", "November 19", "March 3", "May 5")
	wantMend(t, spacedYears, text, cs, "November 19 , 2002|March 3|May 5")
}
