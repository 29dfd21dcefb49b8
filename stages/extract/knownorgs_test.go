package extract

import "testing"

// TestKnownOrgNames: the known organisations named alone are found, whole
// words only; inside a longer name, before a product's number or in
// another case they are not; a state after "of" is the name's, a place of
// another kind not. A capitalised word on the line before is no part of
// the name (a byline's "By Michael Virtanen" / "Associated Press"), and a
// masthead that prints the name twice names it twice.
func TestKnownOrgNames(t *testing.T) {
	text := "The Associated Press and Reuters reported that Fitch Ratings and Moody's agreed. Wells Fargo Bank, N.A. and the Boeing 737 " +
		"and New Zealand Greyhound Racing and Reutersville and Amtrak; an Acme Greyhound, a dog. Blue Cross Blue Shield of Michigan and Amtrak of Springfield. Filed by Reuters May 29, 2019.\n" +
		"By Michael Virtanen\n  Associated Press\n\nCourthouse News Service Courthouse News Service\nThe Acme Courthouse News Service Building."
	wantFind(t, knownOrgNames, text, "Associated Press|Associated Press|Reuters|Reuters|Courthouse News Service|Courthouse News Service|Fitch Ratings|Moody's|Amtrak|Amtrak|Blue Cross Blue Shield of Michigan")
}

// TestWireCredits: a wire service's credit between a story's dateline and
// its dash is the service; the letters in other parentheses are not.
func TestWireCredits(t *testing.T) {
	text := "BATON ROUGE, La. (AP) — The court ruled. LONDON (Reuters) - Shares fell. LOS ANGELES (AP) _ Four men. The (AP) style guide; the AP (AP) rule."
	wantFind(t, wireCredits, text, "AP|Reuters|AP")
}
