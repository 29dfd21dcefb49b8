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
// line. It is anchored: greekSocietySpans runs it only where two letters'
// names stand in a row, which a scan of the words finds far faster than
// an unanchored search of the alternation would.
var greekSociety = func() *regexp.Regexp {
	run := func(letters string) string { return `(?:` + letters + `)(?:[ \t]+(?:` + letters + `)){1,3}` }
	title, caps := run(greekLetters), run(strings.ToUpper(greekLetters))
	kind := `(?:[ \t\n]+(?:Fraternity|Sorority|Society|Chapter|FRATERNITY|SORORITY|SOCIETY|CHAPTER))?`
	form := `(?:,?[ \t]+(?:Inc|INC)\b\.?)?`
	of := `(?:[ \t\n]+(?:of|OF)[ \t\n]+(?:` + title + `|` + caps + `)(?:[ \t]+(?:Fraternity|Sorority|FRATERNITY|SORORITY))?)?`
	return regexp.MustCompile(`^(?:` + title + `|` + caps + `)\b` + kind + form + of)
}()

// greekNames are the letters' names, in title case and in capitals.
var greekNames = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(greekLetters, "|") {
		m[l], m[strings.ToUpper(l)] = true, true
	}
	return m
}()

// greekSocietySpans returns the Greek-letter societies' names in t
// (greekSociety), each read from the first of two letters' names that
// only blanks part.
func greekSocietySpans(t string) [][2]int {
	var out [][2]int
	prev, prevEnd := -1, -1 // the last word, if a letter's name
	for i := 0; i < len(t); {
		if !isLetter(t[i]) || i > 0 && (isLetter(t[i-1]) || t[i-1] >= '0' && t[i-1] <= '9') {
			i++
			continue
		}
		j := i
		for j < len(t) && isLetter(t[j]) {
			j++
		}
		if !greekNames[t[i:j]] {
			prev, i = -1, j
			continue
		}
		if prev >= 0 && strings.Trim(t[prevEnd:i], " \t") == "" {
			if m := greekSociety.FindStringIndex(t[prev:]); m != nil {
				out = append(out, [2]int{prev, prev + m[1]})
				prev, i = -1, prev+m[1]
				continue
			}
		}
		prev, prevEnd, i = i, j, j
	}
	return out
}

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
	ms := greekSocietySpans(t)
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
			if !nameType(c.typ) && !c.party {
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
