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
