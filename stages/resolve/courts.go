package resolve

import (
	"strings"

	"github.com/docpipe/docpipe/stages/extract"
)

// ordinals spell the federal circuits.
var ordinals = map[string]string{
	"1st": "1", "first": "1", "2d": "2", "2nd": "2", "second": "2", "3d": "3", "3rd": "3", "third": "3",
	"4th": "4", "fourth": "4", "5th": "5", "fifth": "5", "6th": "6", "sixth": "6", "7th": "7", "seventh": "7",
	"8th": "8", "eighth": "8", "9th": "9", "ninth": "9", "10th": "10", "tenth": "10", "11th": "11",
	"eleventh": "11", "dc": "dc", "federal": "federal",
}

// districtParts are the parts of a state with a federal district court.
var districtParts = map[string]string{
	"n": "northern", "northern": "northern", "s": "southern", "southern": "southern", "e": "eastern",
	"eastern": "eastern", "w": "western", "western": "western", "m": "middle", "middle": "middle",
	"c": "central", "central": "central",
}

// stateAbbrevs are the citation abbreviations of the states (The Bluebook,
// table T10), lower case without periods or spaces.
var stateAbbrevs = map[string]string{
	"ala": "alabama", "alaska": "alaska", "ariz": "arizona", "ark": "arkansas", "cal": "california",
	"colo": "colorado", "conn": "connecticut", "del": "delaware", "dc": "district of columbia",
	"fla": "florida", "ga": "georgia", "haw": "hawaii", "idaho": "idaho", "ill": "illinois",
	"ind": "indiana", "iowa": "iowa", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "me": "maine",
	"md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota",
	"miss": "mississippi", "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada",
	"nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
	"nc": "north carolina", "nd": "north dakota", "ohio": "ohio", "okla": "oklahoma", "or": "oregon",
	"pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
	"tenn": "tennessee", "tex": "texas", "utah": "utah", "vt": "vermont", "va": "virginia",
	"wash": "washington", "wva": "west virginia", "wis": "wisconsin", "wyo": "wyoming", "pr": "puerto rico",
}

// courtKey names a federal court of appeals or district court by one key
// whatever the spelling: "1st Cir.", "First Circuit" and "United States
// Court of Appeals for the First Circuit" are "circuit 1"; "D. Me." and
// "United States District Court for the District of Maine" are "district
// maine"; "S.D.N.Y." and "Southern District of New York" are "district
// southern new york". Other courts (state courts, "Circuit Court of St.
// Charles County") give "". toks are normalised tokens.
func courtKey(toks []string) string {
	// Courts of appeals: an ordinal right before "circuit"/"cir".
	for i := 1; i < len(toks); i++ {
		if toks[i] != "circuit" && toks[i] != "cir" {
			continue
		}
		n, ok := ordinals[toks[i-1]]
		if !ok {
			return ""
		}
		// "Fifth Circuit Court of Appeals", "Court of Appeals for the
		// Fifth Circuit", "5th Cir.": nothing else may name a place.
		for j, t := range toks {
			if j == i || j == i-1 {
				continue
			}
			switch t {
			case "united", "states", "us", "court", "of", "appeals", "for":
			default:
				return ""
			}
		}
		return "circuit " + n
	}
	// District courts written out: "[United States District Court for
	// the] [Southern] District of New York".
	for i, t := range toks {
		if t != "district" || i+2 >= len(toks) || toks[i+1] != "of" {
			continue
		}
		part := ""
		if i > 0 {
			part = districtParts[toks[i-1]]
		}
		for j := 0; j < i; j++ {
			switch toks[j] {
			case "united", "states", "us", "district", "court", "for":
			default:
				if !(j == i-1 && part != "") {
					return ""
				}
			}
		}
		return strings.TrimSpace("district " + part + " " + strings.Join(toks[i+2:], " "))
	}
	if k := stateCourtKey(toks); k != "" {
		return k
	}
	// Abbreviations: "d me", "wd okla", "sdny", "d mass".
	s := strings.Join(toks, "")
	for _, p := range []string{"n", "s", "e", "w", "m", "c", ""} {
		rest, ok := strings.CutPrefix(s, p+"d")
		if !ok {
			continue
		}
		if st, ok := stateAbbrevs[rest]; ok && len(toks) <= 3 {
			return strings.TrimSpace("district " + districtParts[p] + " " + st)
		}
	}
	return ""
}

// stateNames are the states' names, lower case, for stateCourtKey.
var stateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, st := range extract.PostalStates {
		m[st] = true
	}
	return m
}()

// stateCourtKey names a state's supreme court and Florida's district courts
// of appeal by one key: "Supreme Court of Florida", "Florida Supreme Court"
// and the citation's "Fla." alone (a state's abbreviation in a citation's
// parenthetical names its highest court) are "supreme florida"; "Second
// District Court of Appeal" and "Fla. 2d DCA" are "dca 2". Anything else
// gives "".
func stateCourtKey(toks []string) string {
	n := len(toks)
	switch {
	case n >= 4 && toks[0] == "supreme" && toks[1] == "court" && toks[2] == "of":
		rest := strings.Join(toks[3:], " ")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "state of ")
		if stateNames[rest] {
			return "supreme " + rest
		}
	case n >= 3 && toks[n-2] == "supreme" && toks[n-1] == "court":
		if st := strings.Join(toks[:n-2], " "); stateNames[st] {
			return "supreme " + st
		}
	case n == 1:
		if st, ok := stateAbbrevs[toks[0]]; ok && st != "district of columbia" {
			return "supreme " + st
		}
	case n == 5 && toks[1] == "district" && toks[2] == "court" && toks[3] == "of" && toks[4] == "appeal":
		if o, ok := ordinals[toks[0]]; ok {
			return "dca " + o
		}
	case n == 3 && toks[0] == "fla" && toks[2] == "dca":
		if o, ok := ordinals[toks[1]]; ok {
			return "dca " + o
		}
	}
	return ""
}
