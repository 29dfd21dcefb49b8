package extract

import (
	"strings"
	"testing"
)

// TestDistrictCourts: a district court written without "for the", over a
// line break or with its division's abbreviation; a word after the state
// is not part of it, and a district of no state names no court.
func TestDistrictCourts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ALABAMA\nNORTHEASTERN DIVISION", "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ALABAMA"},
		{"United States District Court, N.D. Texas, Dallas Division.", "United States District Court, N.D. Texas"},
		{"District Court, District of North Carolina Asheville", "District Court, District of North Carolina"},
		{"DISTRICT COURT DISTRICT OF COLORADO Chief Judge", "DISTRICT COURT DISTRICT OF COLORADO"},
		{"the District Court District of Columbus Ohio", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range districtCourts(tc.text) {
			got = append(got, tc.text[c.start:c.end])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCourtStateTail: a court's name ends with its state.
func TestCourtStateTail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLORADO Chief", "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLORADO"},
		{"United States District Court for the Western District of North Carolina", "United States District Court for the Western District of North Carolina"},
		{"Supreme Court of the United States", "Supreme Court of the United States"},
	} {
		c := courtStateTail(tc.text, cand{typ: TypeCourt, start: 0, end: len(tc.text)})
		if got := tc.text[c.start:c.end]; got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
