package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// companyEnds are the legal forms that end a company's name: the words
// after which the name is the company's own, whatever precedes it.
var companyEnds = wordSet(`inc inc. llc l.l.c. llp l.l.p. l.p. lp pllc p.l.l.c. p.c. p.a. corp corp.
	corporation co. company ltd ltd. limited plc s.a. ag gmbh n.a.`)

// companyName reports whether name ends in a company's legal form
// ("Sunlighten, Inc.").
func companyName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && companyEnds[f[len(f)-1]]
}

// companyLeads cuts the words before a company's name that a pattern
// took into it — a heading, a label, a judge's title — where the
// document writes that name alone elsewhere: "Copy Citation SIGN EXPO,
// INC." beside "Sign Expo, Inc.", "United States District Judge
// Sunlighten, Inc." and "I. BACKGROUND Lyft, Inc." beside the company
// alone. The words before a name joined to it ("Tri-State Zoological
// Park of Western Maryland, Inc.", "Smith and Acme Corp.") stay, and
// the name is alone only after no capitalised word ("against Lyft,
// Inc."): a caption's "GOTHAM BUILDERS RENOVATORS, INC." cut to
// "RENOVATORS, INC." does not cut the name.
func companyLeads(doc []rune, ms []Mention) []Mention {
	alone := map[string]bool{}
	for _, m := range ms {
		if m.Type == TypeOrg && m.Source == SourcePattern && companyName(m.Text) && !afterName(doc, m.Start) {
			alone[nameKey(m.Text)] = true
		}
	}
	if len(alone) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Type != TypeOrg || m.Source != SourcePattern {
			continue
		}
		for k, r := range m.Text {
			if k == 0 || !unicode.IsSpace(rune(m.Text[k-1])) || unicode.IsSpace(r) {
				continue
			}
			if joins(strings.Fields(m.Text[:k])) || !alone[nameKey(m.Text[k:])] || !leadNoise(m.Text[:k]) {
				continue
			}
			ms[i].Start += utf8.RuneCountInString(m.Text[:k])
			ms[i].Text = m.Text[k:]
			ms[i].ID = mentionID(ms[i])
			break
		}
	}
	return ms
}

// joins reports whether the last of the words before a company's name
// joins it to the others ("of", "and", "&": "Tri-State Zoological Park
// of Western Maryland, Inc.", "Smith and Acme Corp."), or is a
// possessive's or a lower-case word's: they are one name, or two the
// cut would make one. An "of" after a heading's word ("Complaint of
// Bayview Charter Boats, Inc.", "Appeal of STA-RITE INDUSTRIES, INC.")
// joins nothing.
func joins(before []string) bool {
	w := before[len(before)-1]
	switch strings.ToLower(w) {
	case "of":
		return len(before) < 2 || !headingWord(before[len(before)-2])
	case "and", "&", "de", "del", "la", "du", "von", "van", "for", "the":
		return true
	}
	return possessive(w) || !startsUpper(w) && !strings.ContainsAny(w, ".:")
}

// afterName reports whether the word before doc[at], on the same line or
// the one above, is capitalised and could be a name's ("Mayer" of
// "Mayer\nBrown LLP"), not a label's (with a colon) or a sentence's.
func afterName(doc []rune, at int) bool {
	j := at
	for j > 0 && unicode.IsSpace(doc[j-1]) {
		j--
	}
	s := j
	for s > 0 && !unicode.IsSpace(doc[s-1]) {
		s--
	}
	if s == j {
		return false
	}
	return unicode.IsUpper(doc[s]) && !strings.ContainsRune(":;", doc[j-1])
}

// leadWords are the words of a heading, a label or a title that a
// company's name does not open with: "Copy Citation", "I. BACKGROUND",
// "Consent Order", "Case Against", "United States District Judge".
var leadWords = wordSet(`copy citation background introduction facts order orders complaint consent moot
	judge judges against involving concerning re v v. vs vs. says suit acquires invalidate relator
	relators petition motion appeal decision memorandum opinion notice statement subject summary`)

// leadNoise reports whether the words a pattern took before a company's
// name are no part of it: a heading's or a label's word (leadWords,
// docWords), a docket's number ("FRIDY CL-2022-0538"), a line break between them and the name, a lone
// initial ("J." of "J. Aqua King Fishery, LLC"), or a person's name a
// given name opens ("Luis Perez BaronHR, LLC" of a signature).
func leadNoise(lead string) bool {
	if strings.Contains(lead, "\n") {
		return true
	}
	ws := strings.Fields(lead)
	for _, w := range ws {
		if headingWord(w) || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	if len(ws) == 1 && len(strings.Trim(ws[0], ".")) <= 2 {
		return true
	}
	return len(ws) >= 2 && len(ws) <= 3 && isGivenName(ws[0])
}

// headingWord reports whether w, its punctuation aside, is a heading's or
// a label's word (leadWords, docWords).
func headingWord(w string) bool {
	k := strings.ToLower(strings.Trim(w, ",.:;"))
	return leadWords[k] || docWords[k]
}

// personInList reports whether an organisation's name is a person's: two
// to four capitalised words a given name opens, none an organisation's
// word (personLike), as "Donald Sanders" after "County Commission of
// Boone County, Missouri, Frank Graham,".
func personInList(name string) bool {
	ws := strings.Fields(name)
	return personLike(name) && isGivenName(ws[0])
}
