package extract

import (
	"regexp"
	"strings"
)

// greekLetters are the letters' names a fraternity's, a sorority's or an
// honour society's name is made of, in title case or capitals.
const greekLetters = `Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega`

// greekSociety is a Greek-letter society's name: two to four letters'
// names in one case ("Delta Tau Delta", "KAPPA ALPHA PSI"), then its kind
// and its legal form where written ("Pi Kappa Phi Fraternity, Inc.",
// "PI DELTA PSI, INC."), and a chapter's society after "of" ("Beta Psi
// Chapter of Delta Tau Delta"). A single letter ("Delta Air Lines", "Pi")
// names no society. The kind and the chapter's "of" may be on the next
// line.
var greekSociety = func() *regexp.Regexp {
	title := `(?:` + greekLetters + `)(?:[ \t]+(?:` + greekLetters + `)){1,3}`
	caps := strings.ToUpper(title)
	caps = strings.ReplaceAll(caps, `[ \T]`, `[ \t]`)
	kind := `(?:[ \t\n]+(?:Fraternity|Sorority|Society|Chapter|FRATERNITY|SORORITY|SOCIETY|CHAPTER))?`
	form := `(?:,?[ \t]+(?:Inc|INC)\b\.?)?`
	of := `(?:[ \t\n]+(?:of|OF)[ \t\n]+(?:` + title + `|` + caps + `)(?:[ \t]+(?:Fraternity|Sorority|FRATERNITY|SORORITY))?)?`
	return regexp.MustCompile(`\b(?:` + title + `|` + caps + `)\b` + kind + form + of)
}()

// greekSocieties makes a Greek-letter society's name (greekSociety) one
// organisation: the tagger reads "Delta Tau Delta" and "BETA PSI" as
// people, and a chapter's name apart from its society's. The first name
// over the society's words takes its span and the ORG type (a caption's
// party stays a party); the others inside it are dropped; a name that goes
// on past it on the same line ("Kappa Alpha Psi Fraternity, Inc. (Kappa)")
// is left alone, one that goes on over a line break is cut at the
// society's end ("Delta Tau Delta" / "COURT OF APPEALS OF INDIANA"). A
// society no name covers is added, unless a case's name holds it (a cited
// case's party is no entity of its own).
func greekSocieties(t string, cs []cand) []cand {
	ms := greekSociety.FindAllStringIndex(t, -1)
	if len(ms) == 0 {
		return cs
	}
	drop := map[int]bool{}
	for _, m := range ms {
		s, end := m[0], m[1]
		taken, covered := false, false
		for i, c := range cs {
			if c.end <= s || c.start >= end {
				continue
			}
			if c.typ == TypeCase && !c.party || !nameType(c.typ) && !c.party {
				covered = covered || c.typ == TypeCase && c.start <= s && c.end >= end
				continue
			}
			switch {
			case c.start < s || c.end > end && !strings.Contains(t[end:c.end], "\n"):
				covered = true // a longer name of its own: "… Fraternity, Inc. (Kappa)"
			case taken:
				drop[i] = true
			default:
				cs[i].start, cs[i].end, cs[i].typ, taken = s, end, TypeOrg, true
			}
		}
		if !taken && !covered {
			cs = append(cs, cand{typ: TypeOrg, start: s, end: end, source: SourcePattern})
		}
	}
	return withoutDropped(cs, drop)
}
