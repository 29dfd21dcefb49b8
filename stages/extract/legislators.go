package extract

import (
	"regexp"
	"strings"
)

// legislatorTitled is a legislator named with the office or the
// committee post before the name, as a memo's or a hearing's address
// lines run them together: "Senate Co-Chair Andrew McDonald House
// Co-Chair Michael Lawlor Senate Ranking Member John Kissel". Group 1 is
// the name: a given name or an initial, an optional middle initial and
// the surname, with a generational suffix.
var legislatorTitled = regexp.MustCompile(`\b(?:(?:Senate|House|Assembly|SENATE|HOUSE)[ \t]+)?` +
	`(?:Co-Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|Ranking[ \t]+(?:Minority[ \t]+)?Member|Chair(?:man|woman|person)?|` +
	`(?:Majority|Minority)[ \t]+(?:Leader|Whip)|Speaker|Senator|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman|Assemblymember)[ \t]+` +
	`((?:[A-Z]\.|[A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?(?:O['’]|Mc|Mac)?[A-Z][A-Za-z'’\-]+(?:,?[ \t]+(?:Jr|Sr|II|III|IV)\.?)?)`)

// companyAfter is a company's words after a name: the name was its
// first.
var companyAfter = regexp.MustCompile(`^(?:[ \t]+[A-Z][A-Za-z&'’\-]*){0,3}[ \t]+(?i:inc|llc|corp|corporation|company|co\.|limited|ltd|l\.?p|llp|plc|bank|group|holdings|partners|international|trust|fund)\b`)

// legislators makes each legislatorTitled name a person, in place of
// what the tagger or the patterns read over the titles and names run
// together (one organisation from the first title to the committee).
func legislators(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Co-Chair", "Vice Chair", "Vice-Chair", "Chairman ", "Chairwoman ", "Chairperson ", "Chair ", "Ranking ", "Leader ", "Whip ",
		"Speaker ", "Senator ", "Representative ", "Congressman ", "Congresswoman ", "Assemblyman ", "Assemblywoman ", "Assemblymember "}) {
		return cs
	}
	var names []cand
	for _, m := range legislatorTitled.FindAllStringSubmatchIndex(t, -1) {
		// "Title: Chairman Borrower Airland International Limited": a
		// signature block's company after a title is no legislator; nor
		// is another office's title after the first ("Chair Supervisor
		// Hilda L. Solis").
		ok := !companyAfter.MatchString(t[m[3]:])
		for _, w := range strings.Fields(t[m[2]:m[3]]) {
			lw := strings.ToLower(strings.TrimRight(w, ".,"))
			if orgWords[lw] || orgSuffix[lw] || locationSet[lw] || jobWords[lw] || titleWords[lw] || civilTitleWords[lw] || partyOffices[lw] ||
				leadingNoise[lw] || months[lw] || partyTerms[lw] || roleWords[lw] {
				ok = false
			}
		}
		if ok {
			names = append(names, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	if len(names) == 0 {
		return cs
	}
	return replacedBy(cs, names)
}

// legislatureAfter is a legislature's or one of its houses' name after a
// state's or the country's: "General Assembly", "Legislature", "State
// Assembly", "Senate", "House of Representatives", "House of Delegates".
var legislatureAfter = regexp.MustCompile(`^[ \t]+(?:(?:State[ \t]+)?(?:General[ \t]+Assembly|Legislature|Assembly|Senate)|House[ \t]+of[ \t]+(?:Representatives|Delegates))\b`)

// legislatureNames makes a state's or the country's name and the
// legislature's after it one organisation: "South Carolina General
// Assembly", "Oklahoma Legislature", "California State Assembly". A place
// the tagger read with the legislature's name ("United States Senate") is
// businessNames' (legislatureHeads).
func legislatureNames(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Assembly", "Legislature", "Senate", "House of"}) {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if c.typ != TypeLocation {
			continue
		}
		if !locationSet[strings.ToLower(oneSpace(t[c.start:c.end]))] {
			continue
		}
		if m := legislatureAfter.FindStringIndex(t[c.end:]); m != nil {
			cs[i].typ, cs[i].end = TypeOrg, c.end+m[1]
			grown = append(grown, i)
		}
	}
	return withoutGrownInside(cs, grown, nil)
}
