package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// companyName reports whether name ends in a company's legal form
// (legalFormWord: "Sunlighten, Inc.", "Acme Company").
func companyName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && legalFormWord(f[len(f)-1])
}

// companyLeads cuts the words before a company's name that a pattern or
// the tagger took into it — a heading, a label, a judge's title — where the
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
		if m.Type == TypeOrg && companyName(m.Text) && !afterName(doc, m.Start) {
			alone[nameKey(m.Text)] = true
		}
	}
	if len(alone) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Type != TypeOrg {
			continue
		}
		for k, r := range m.Text {
			if prev, _ := utf8.DecodeLastRuneInString(m.Text[:k]); k == 0 || !unicode.IsSpace(prev) || unicode.IsSpace(r) {
				continue
			}
			if !alone[nameKey(m.Text[k:])] || !leadNoise(m.Text[:k]) || joins(strings.Fields(m.Text[:k])) {
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
// lower-case word: they are one name, or two the cut would make one. An
// "of" after a heading's word ("Complaint of Bayview Charter Boats,
// Inc.", "Appeal of STA-RITE INDUSTRIES, INC.") joins nothing.
func joins(before []string) bool {
	w := before[len(before)-1] // not empty: leadNoise found a word in it
	switch strings.ToLower(w) {
	case "of":
		return len(before) < 2 || !headingWord(before[len(before)-2])
	case "and", "&", "de", "del", "la", "du", "von", "van", "for", "the":
		return true
	}
	return !startsUpper(w) && !strings.ContainsAny(w, ".:")
}

// afterName reports whether the word before doc[at], over any spaces
// and line breaks, is capitalised and could be a name's ("Mayer" of
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
// docWords), a docket's number (a word with a digit: "FRIDY
// CL-2022-0538"), or a lone initial ("J." of "J. Aqua King Fishery, LLC",
// "J" of a caption's "J WESTERN PELLET PRODUCTS, LLC"). A person's name
// or a line break before a company's is no noise: a company may be named
// for a person ("Dean Witter Reynolds Inc.") and wrap ("Blackhawk
// Network" / "Holdings, Inc.").
func leadNoise(lead string) bool {
	ws := strings.Fields(lead)
	for _, w := range ws {
		if headingWord(w) || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return len(ws) == 1 && (initialWord(ws[0]) || len(ws[0]) == 1 && upperByte(ws[0][0]))
}

// headingWord reports whether w, its punctuation aside, is a heading's or
// a label's word (leadWords, docWords).
func headingWord(w string) bool {
	k := strings.ToLower(strings.Trim(w, ",.:;"))
	return leadWords[k] || docWords[k]
}

// personInList reports whether an organisation's name the patterns read
// in a list after a body ("County Commission of Boone County, Missouri,
// Frank Graham, Donald Sanders") is a person's: a given name opens it
// (givenNameLed), not a place's ("Virginia Tech").
func personInList(name string) bool {
	ws := strings.Fields(name)
	return givenNameLed(name) && !knownPlace(ws[0])
}

// afterBreak reports whether the name at s of t follows a comma or a
// full stop on its line, as a list's item or a sentence's first words do:
// "…, Frank Graham, Donald Sanders", "…, State of California. Carlo
// Coppo and David M. Balfour, Attorneys at Law".
func afterBreak(t string, s int) bool {
	before := strings.TrimRight(t[:s], " \t")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, ".")
}
