package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// fullNameRun is a person's full name with one middle initial on one
// line: a given name, the initial, a surname, and a generation after it
// ("Craig C. Thompson", "EDWARD G. WEIL", "JAMES A. GALLAGHER, JR.").
// fullNameAt checks the words.
var fullNameRun = regexp.MustCompile(`\b(?:[A-Z][a-z]+|[A-Z]{2,})[ \t]+[A-Z]\.[ \t]+(?:[A-Z][a-z][A-Za-z'’\-]*|[A-Z]{2}[A-Z'’\-]*)\b(?:,?[ \t]+(?:Jr\.|JR\.|Sr\.|SR\.|(?:III|II|IV)\b))?`)

// fullNameAt reports whether run, a fullNameRun's match, is a person's
// name: a given name (givenNames) opens it, and its surname is no
// particle (surnameParticles) and no form's, organisation's,
// title's or heading's word (a place's may be: "Robert E. Lincoln"); a
// caption may write the surname in capitals ("Sharon E. JONES").
func fullNameAt(run string) bool {
	f := strings.Fields(run)
	surname := strings.TrimRight(f[2], ",")
	if !isGivenName(f[0]) {
		return false
	}
	ls := strings.ToLower(surname)
	if surnameParticles[ls] {
		return false
	}
	return !legalFormWord(surname) && !companyWord(surname) && !titleWords[ls] && !jobWords[ls] && !courtWords[ls] && !headingWord(surname)
}

// fullNameRuns returns the spans (offsets into name) of the people's full
// names (fullNameAt) in name.
func fullNameRuns(name string) [][2]int {
	var out [][2]int
	for _, m := range fullNameRun.FindAllStringIndex(name, -1) {
		if fullNameAt(name[m[0]:m[1]]) {
			out = append(out, [2]int{m[0], m[1]})
		}
	}
	return out
}

// fullNamesApart takes the people's full names (fullNameRuns) out of a
// name the patterns or the tagger ran over them and what stands beside
// them in a signature block, a counsel list or a header: two people
// ("CRAIG C. THOMPSON EDWARD G. WEIL", "RICHARD L. DENNEY" / "MARY K.
// REEDER"), a person and a stray word after or before the name
// (strayAfter, strayBefore: "KAREN L. HAYES RULING", "Donald W. Schroeder
// Mintz, Levin, …", "Payne Craig E. Pinkus"), and a person and the firm
// or body after the name (bodyAfter: "ANDREW C. TOPPING HOGAN & HARTSON
// LLP"). A caption's party is left alone, and so is a name whose other
// words may be the person's or name something for the person ("Mary Ann
// K. Smith", "Louis C. Paul & Associates", "John F. Kennedy Center").
func fullNamesApart(t string, cs []cand) []cand {
	var add []cand
	for i, c := range cs {
		if c.party || c.typ != TypePerson && c.typ != TypeOrg && c.typ != TypeLocation {
			continue
		}
		name := t[c.start:c.end]
		runs := fullNameRuns(name)
		if len(runs) == 0 {
			continue
		}
		apart := true
		for k := 1; k < len(runs); k++ {
			if strings.Trim(name[runs[k-1][1]:runs[k][0]], " \t\n,;") != "" {
				apart = false
			}
		}
		first, last := runs[0], runs[len(runs)-1]
		pre, post := name[:first[0]], name[last[1]:]
		var body cand
		switch {
		case !apart:
			continue
		case pre != "" && !strayBefore(pre):
			continue
		case post == "":
		case strayAfter(t, c.start+last[1], c.end, name[last[0]:last[1]]):
		case bodyAfter(post, name[last[0]:last[1]]):
			body = cand{typ: TypeOrg, start: c.end - len(strings.TrimLeft(post, " \t\n")), end: c.end, source: c.source}
		default:
			continue
		}
		if len(runs) == 1 && pre == "" && post == "" {
			continue
		}
		cs[i].typ, cs[i].start, cs[i].end = TypePerson, c.start+first[0], c.start+first[1]
		for _, r := range runs[1:] {
			add = append(add, cand{typ: TypePerson, start: c.start + r[0], end: c.start + r[1], source: c.source})
		}
		if body.end > body.start {
			add = append(add, body)
		}
	}
	return append(cs, add...)
}

// strayBefore reports whether pre, what stands before a person's full
// name run in a name, is one stray word on its line: not a given name
// ("Mary" of "Mary Ann K. Smith"), no surname's particle ("De Anna M.
// Fennell"), no article.
func strayBefore(pre string) bool {
	w := strings.TrimRight(pre, " \t")
	if len(w) == len(pre) || strings.ContainsAny(w, " \t\n") || isGivenName(w) {
		return false
	}
	lw := strings.ToLower(w)
	return startsUpper(w) && !surnameParticles[lw] && lw != "the"
}

// strayAfter reports whether the one word of t from a to e, after a
// person's full name run, is stray: no organisation's, form's or
// generation's word (a place's may be: "… Anderson, Indiana"), and set
// off from the name by its case ("ERIC A. RIEGNER Anderson"), by being
// the surname again ("Charles W. Franklin Franklin, Moore, …"), by being
// a heading's or a filing's word (headingKinds: "KAREN L. HAYES RULING"),
// or by a line break and a list or a label after it; a second surname
// that the person's name goes on with is not ("Angela R. Karras
// Neboyskey, David E. Kawala", "VIRGINIA M. HERNANDEZ COVINGTON, UNITED
// STATES DISTRICT JUDGE").
func strayAfter(t string, a, e int, run string) bool {
	gap := t[a:e]
	w := strings.TrimLeft(gap, " \t\n")
	if w == "" || len(w) == len(gap) || strings.ContainsAny(w, " \t\n") || !startsUpper(w) {
		return false
	}
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	if legalFormWord(w) || companyWord(w) || institutionEnds[lw] || townKinds[lw] || kindWords[lw] {
		return false
	}
	f := strings.Fields(run)
	surname := strings.TrimRight(f[2], ",")
	switch {
	case isUpperName(w) != isUpperName(surname), strings.EqualFold(w, surname), headingWord(w), headingKinds[lw]:
		return true
	case !strings.ContainsRune(gap, '\n'):
		return false
	}
	// Over a line break, a firm's list or a label goes on after the word
	// ("Samuel D. Kerr" / "Banks, Johnson, Colbath & Kerr", "Monica L.
	// Jones" / "Status: Closed"); a wrapped surname's role does not
	// ("RENE O. QUIROZ" / "SANDOVAL, Plaintiff").
	rest := t[e:]
	if !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, ": ") {
		return false
	}
	next := firstWord(rest[2:])
	ln := strings.ToLower(strings.TrimRight(next, ".,;:"))
	return startsUpper(next) && !titleWords[ln] && !jobWords[ln] && !roleWord.MatchString(strings.TrimRight(next, ".,;:")) && !nameSuffix.MatchString(strings.TrimRight(next, ",;:"))
}

// surnameParticles open a surname of two words, the particles of names
// (particleWords) and more ("Aaron D. Van Oort",
// "Joseph J. De Palma", "Anthony F. Lo Cicero", "Evelyn H. Mc Conathy"),
// in lower case.
var surnameParticles = wordSet(particleWords + ` della lo mc mac st des den ten ter al el`)

// bodyAfter reports whether post, what follows a person's full name run
// in a name, is a firm or a body that the name does not name: one that
// opens with the person's surname again ("Robert L. Barrett Barrett
// Cattle, Inc."), a partners' firm ("HOGAN & HARTSON LLP"), or a public
// body ("U.S. Department of Justice …", "Office of Corporation Counsel").
// A company named for the person ("John D. Smith Trucking, Inc.", "Louis
// C. Paul & Associates") is the person's name and its own.
func bodyAfter(post, run string) bool {
	ws := strings.Fields(post)
	if len(ws) < 2 || len(post) == len(strings.TrimLeft(post, " \t\n")) {
		return false
	}
	f := strings.Fields(run)
	switch {
	case strings.EqualFold(ws[0], strings.TrimRight(f[2], ",")):
		return true
	case ws[1] == "&" && startsUpper(ws[0]) && !legalFormWord(ws[0]) && !companyWord(ws[0]) && !tradeHeads[strings.ToLower(ws[0])]:
		return true
	}
	return publicBodyStart.MatchString(strings.TrimLeft(post, " \t\n"))
}

// publicBodyStart opens a public body's name: "U.S. Department of", "Office
// of", "United States Attorney's Office".
var publicBodyStart = regexp.MustCompile(`^(?:(?:U\.S\.|United[ \t]+States|UNITED[ \t]+STATES)[ \t]+(?:Department|DEPARTMENT|(?:Attorney|ATTORNEY)(?:'s|’s|'S|’S)[ \t]+(?:Office|OFFICE))|(?:Office|OFFICE|Department|DEPARTMENT)[ \t]+(?:of|OF)[ \t])`)

// gluedPeople mends a person's name with an initial that a web page glued
// to the next line's first word, with no space between a lower-case
// letter and a capital: the next line's person is a person of their own
// ("Samuel P. KingRobert A. Vanderhye"), and any other word is cut off
// ("Blanche M. ManningUnited States District Judge", "Charles D.
// CretorsDownload"). A surname written with inner capitals ("McDonald",
// "MacArthur", "DeVille", "FitzGerald", "VanDerLaan") is one word, and
// so is a name without an initial, which may be glued in the text itself
// ("Jordi CarloSantiago Martinez-Cid", "ALPHV BlackCat").
func gluedPeople(t string, cs []cand) []cand {
	var add []cand
	for i, c := range cs {
		if c.typ != TypePerson || c.party {
			continue
		}
		name := t[c.start:c.end]
		k := gluedAt(name)
		if k < 0 || !slices.ContainsFunc(strings.Fields(name[:k]), initialWord) {
			continue
		}
		cs[i].end = c.start + k
		if rest := name[k:]; isGivenName(firstWord(rest)) && strings.ContainsAny(rest, " \t") {
			add = append(add, cand{typ: TypePerson, start: c.start + k, end: c.end, source: c.source})
		}
	}
	return append(cs, add...)
}

// gluedAt returns the offset in name of the first capital glued to the
// lower-case letter before it, after three letters or more of a word
// with one capital that are no surname's prefix (innerCapitalPrefixes),
// or -1.
func gluedAt(name string) int {
	ws := 0 // the current word's start
	for k := 1; k < len(name); k++ {
		switch b := name[k-1]; {
		case b == ' ' || b == '\t' || b == '\n':
			ws = k
		case b >= 'a' && b <= 'z' && name[k] >= 'A' && name[k] <= 'Z':
			if w := name[ws:k]; len(w) >= 3 && !innerCapitalPrefixes[strings.ToLower(w)] && !surnameParticles[strings.ToLower(w)] && !strings.ContainsFunc(w[1:], unicode.IsUpper) {
				return k
			}
		}
	}
	return -1
}

// innerCapitalPrefixes open surnames written with an inner capital
// ("MacArthur", "VanDyke", "FitzGerald", "LaRue", "DeVille"), in lower
// case; shorter prefixes ("Mc", "De") gluedAt leaves alone by length.
var innerCapitalPrefixes = wordSet(`mac fitz dela vander vanden ver san dos las los`)
