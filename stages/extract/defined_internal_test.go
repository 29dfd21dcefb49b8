package extract

import "testing"

// TestCoverage: a span inside a longer name that is the party's, in any
// case, is part of that name; inside another name, or a name no longer than
// itself, it is not.
func TestCoverage(t *testing.T) {
	names := []Mention{
		{Text: "SILICON VALLEY BANK", Start: 0, End: 19, Source: SourceModel},
		{Text: "Dearborn and Standard", Start: 30, End: 51, Source: SourceModel},
		{Text: "Bank", Start: 60, End: 64, Source: SourceModel},
	}
	inParty := coverage(names)
	for _, tc := range []struct {
		s, e  int
		party string
		want  bool
	}{
		{15, 19, "Silicon Valley Bank", true},
		{43, 51, "Standard Insurance Company", false},
		{60, 64, "Bank", false},
		{70, 74, "Silicon Valley Bank", false},
	} {
		if got := inParty(tc.s, tc.e, tc.party); got != tc.want {
			t.Errorf("inParty(%d, %d, %q) = %v, want %v", tc.s, tc.e, tc.party, got, tc.want)
		}
	}
}
