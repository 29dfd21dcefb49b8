package extract

import (
	"regexp"
	"strings"
)

// districtCourt is a federal district court in the forms a caption or an
// opinion's heading writes it without "for the": "UNITED STATES DISTRICT
// COURT NORTHERN DISTRICT OF ALABAMA" (often over two lines), "United
// States District Court, N.D. Texas". Group 1 is the state's name (one or
// two words, checked by districtState).
var districtCourt = regexp.MustCompile(`(?:(?i:united[ \t]+states)[ \t]+)?(?i:district)[ \t]+(?i:court)(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)` +
	`(?:(?:(?i:northern|southern|eastern|western|middle|central)[ \t]+)?(?i:district)[ \t]+(?i:of)[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)` +
	`|[NSEWMC]\.[ \t]?D\.[ \t]+([A-Z][a-z]+\.?))`)

// districtCourts returns the district courts districtCourt finds, each
// ending with its state; the patterns find those written with "for the".
func districtCourts(t string) []cand {
	var out []cand
	for _, m := range districtCourt.FindAllStringSubmatchIndex(t, -1) {
		e := m[1]
		if m[2] >= 0 {
			e = districtState(t, m[2], m[3])
			if e < 0 {
				continue
			}
		}
		out = append(out, cand{typ: TypeCourt, start: m[0], end: e, source: SourcePattern})
	}
	return out
}

// districtState returns where the state's name at t[s:e] ends: the two
// words when they name a place ("North Carolina"), the first when only it
// does ("COLORADO" of "COLORADO Chief"), else -1.
func districtState(t string, s, e int) int {
	name := strings.ToLower(strings.Join(strings.Fields(t[s:e]), " "))
	if locationSet[name] {
		return e
	}
	if first, _, two := strings.Cut(name, " "); two && locationSet[first] {
		return s + len(strings.Fields(t[s:e])[0])
	}
	return -1
}

// courtStateTail cuts a court's name that ran past its state onto the
// next word ("… DISTRICT OF COLORADO Chief Judge", "… OF ALABAMA
// SOUTHERN DIVISION"): the patterns take up to two words after "of".
func courtStateTail(t string, p cand) cand {
	if p.typ != TypeCourt {
		return p
	}
	txt := t[p.start:p.end]
	k := strings.LastIndex(strings.ToLower(txt), " of ")
	if k < 0 {
		return p
	}
	s := p.start + k + len(" of ")
	if strings.Count(strings.TrimSpace(t[s:p.end]), " ") != 1 {
		return p
	}
	if e := districtState(t, s, p.end); e > 0 {
		p.end = e
	}
	return p
}
