package extract

import "testing"

// TestKnownOrgNames: the known organisations named alone are found, whole
// words only; inside a longer name, before a product's number or in
// another case they are not; a state after "of" is the name's, a place of
// another kind not.
func TestKnownOrgNames(t *testing.T) {
	text := "The Associated Press and Reuters reported that Fitch Ratings and Moody's agreed. Wells Fargo Bank, N.A. and the Boeing 737 " +
		"and New Zealand Greyhound Racing and Reutersville and Amtrak; an Acme Greyhound, a dog. Blue Cross Blue Shield of Michigan and Amtrak of Springfield. Filed by Reuters May 29, 2019."
	wantFind(t, knownOrgNames, text, "Associated Press|Reuters|Reuters|Fitch Ratings|Moody's|Amtrak|Amtrak|Blue Cross Blue Shield of Michigan")
}
