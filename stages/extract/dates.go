package extract

import (
	"regexp"
	"strings"
)

// spacedYear is a date's year after a comma that a web page set apart
// from the day ("November 19 , 2002").
var spacedYear = regexp.MustCompile(`^[ \t]+,[ \t]*(?:1[789]|20)\d{2}\b`)

// spacedYears extends a day and month over the year a spaced comma
// leaves out: the patterns read "November 19" alone.
func spacedYears(t string, cs []cand) []cand {
	if !strings.Contains(t, " ,") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeDate {
			if m := spacedYear.FindStringIndex(t[c.end:]); m != nil {
				cs[i].end = c.end + m[1]
			}
		}
	}
	return cs
}

// monthShort is a month's abbreviation without its period ("Oct"), or
// with it.
const monthShort = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

// moreDates are the forms of a date that web pages and court systems
// write and the patterns do not read: an abbreviated month without its
// period ("Oct 15, 2020"), a year right after the comma ("Aug. 9,1996"),
// the day first with hyphens ("27-Mar-2018"), and a month, day and year in
// figures with hyphens ("10-15-2020"), not after a docket's label.
var moreDates = regexp.MustCompile(`\b(?:` + monthShort + `[ \t]+` + dayNum + `,[ \t]*(?:1[789]|20)\d{2}` +
	`|` + month + `[ \t]+` + dayNum + `,(?:1[789]|20)\d{2}` +
	`|` + dayNum + `-` + monthShort + `-(?:1[789]|20)\d{2}` +
	`|(?:0?[1-9]|1[0-2])-` + dayNum + `-(?:19|20)\d{2})\b`)

// dayNum is a day of a month in figures.
const dayNum = `(?:0?[1-9]|[12]\d|3[01])`

// labelBefore is a docket number's label right before a number: "No.",
// "Index No.", "#".
var labelBefore = regexp.MustCompile(`(?:\b(?:No|NO|Nos|NOS)\.?|#)[ \t]*$`)

// extraDates finds the dates of moreDates. It runs after the tagger, so
// the tagger's features stay what its training data make.
func extraDates(t string) []cand {
	var out []cand
	for _, m := range moreDates.FindAllStringIndex(t, -1) {
		if t[m[0]] >= '0' && t[m[0]] <= '9' && (labelBefore.MatchString(t[max(0, m[0]-12):m[0]]) || m[1] < len(t) && t[m[1]] == '-') {
			continue
		}
		out = append(out, cand{typ: TypeDate, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}
