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
		{"United States District Court, D. Kansas.\n", "United States District Court, D. Kansas"},
		{"United States District Court, D. Kan. 1995", "United States District Court, D. Kan."},
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

// TestStateCourts: a state's numbered courts of appeals and the rules of
// procedure a state or "Federal" opens.
func TestStateCourts(t *testing.T) {
	text := "Torres v. State\nTexas 14th Court of Appeals\nIn The Court of Appeals Seventh District of Texas at Amarillo. " +
		"The Ohio Court of Appeals, Eighth District, held. The Smith 3rd Court of Appeals is none. " +
		"Under the Texas Rules of Civil Procedure and the Federal Rules of Appellate Procedure, not the Smith Rules of Civil Procedure. " +
		"Federal Rule of Civil Procedure 56 and the Federal Rules of Evidence. The Federal Rules of Appellate and Civil Procedure apply. " +
		"Under Florida Rule of Appellate Procedure 9.130(a)(3)(C)(xi), it may.\n"
	var got []string
	for _, c := range stateCourts(text) {
		got = append(got, c.typ+" "+text[c.start:c.end])
	}
	want := "COURT Texas 14th Court of Appeals|COURT Court of Appeals Seventh District of Texas at Amarillo|COURT Court of Appeals, Eighth District|" +
		"LAW Texas Rules of Civil Procedure|LAW Federal Rules of Appellate Procedure|LAW Federal Rule of Civil Procedure 56|LAW Federal Rules of Evidence|LAW Federal Rules of Appellate and Civil Procedure|LAW Florida Rule of Appellate Procedure 9.130(a)(3)(C)(xi)"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// TestLocalCourts: Florida's district courts of appeal in words and in
// citations, a state's supreme court named state first, a circuit court
// "for" its county, California's superior courts and appellate districts
// with their divisions; a name that is no state's opens no supreme court.
func TestLocalCourts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"FIRST DISTRICT COURT OF APPEAL STATE OF FLORIDA. In Barco (Fla. 2d DCA 2007), the Second District Court of Appeal " +
			"and the Florida Supreme Court; on appeal from the Circuit Court for Alachua County. The Acme Supreme Court is none.\n",
			"FIRST DISTRICT COURT OF APPEAL|Fla. 2d DCA|Second District Court of Appeal|Florida Supreme Court|Circuit Court for Alachua County"},
		{"APPEAL from a judgment of the Superior Court of Los Angeles County, John P. Farrell, Judge.\nSECOND APPELLATE DISTRICT, DIVISION THREE\n" +
			"IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA SECOND APPELLATE DISTRICT DIVISION ONE\n",
			"Superior Court of Los Angeles County|SECOND APPELLATE DISTRICT, DIVISION THREE|COURT OF APPEAL OF THE STATE OF CALIFORNIA SECOND APPELLATE DISTRICT DIVISION ONE"},
	}
	for _, tc := range tests {
		if got := candTexts(tc.text, localCourts(tc.text)); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}
