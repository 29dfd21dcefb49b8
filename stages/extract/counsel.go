package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// generationSuffix is a generational suffix after a person's name: "Jr.",
// "SR.", "III".
const generationSuffix = `(?:Jr\.|JR\.|Sr\.|SR\.|III|II|IV)`

// counselName is a lawyer's name in a counsel list, in capitals or mixed
// case, over a line break too: given names or initials and a surname, a
// generational suffix after it ("ROBERT E.\nKIRSCHMAN, JR.").
const counselName = `[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)){1,3}(?:,?\s+` + generationSuffix + `)?`

// representedBy is the list of lawyers a counsel block names after
// "represented by": "Also represented by DANIEL PATRICK GRAHAM, CHRISTINE
// ALICE REYNOLDS,\nGARY SCOTT WARD." Group 1 is the list.
var representedBy = regexp.MustCompile(`\b(?:represented|REPRESENTED)\s+(?:by|BY)\s+(` + counselName + `(?:\s*,\s*(?:and\s+)?` + counselName + `)*(?:\s*,?\s+and\s+` + counselName + `)?)`)

// counselItem is one name of representedBy's list.
var counselItem = regexp.MustCompile(counselName)

// representedLawyers returns the lawyers representedBy lists, each a
// person; an item with an organisation's word is no lawyer.
func representedLawyers(t string) []cand {
	if !containsAny(t, []string{"represented", "REPRESENTED"}) {
		return nil
	}
	var out []cand
	for _, m := range representedBy.FindAllStringSubmatchIndex(t, -1) {
		for _, n := range counselItem.FindAllStringIndex(t[m[2]:m[3]], -1) {
			s, e := m[2]+n[0], m[2]+n[1]
			if !plainName(t[s:e]) || headOfOrg(t[s:e]) {
				continue
			}
			out = append(out, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// headOfOrg reports whether a name has a word that heads an organisation's
// name (acronymHeads: "Services", "Group", "Foundation").
func headOfOrg(name string) bool {
	for _, w := range strings.Fields(name) {
		if acronymHeads[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return true
		}
	}
	return false
}

// capsCounsel is a lawyer's name in capitals opening a counsel line, as the
// Federal Circuit and others write them: "SCOTT M. MCCALEB, Wiley Rein,
// LLP, Washington, DC, argued for plaintiff-appellant." Group 1 is the
// name.
var capsCounsel = regexp.MustCompile(`(?m)^[ \t]*((?:[A-Z]\.[ \t]+)?[A-Z][A-Z'’\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Z'’\-]+)){1,3}(?:,?[ \t]+(?:JR\.|SR\.|III|II|IV))?),[ \t]`)

// forParty is what a counsel line says the lawyer does: "argued for",
// "for amicus curiae", "for plaintiff-appellant".
var forParty = regexp.MustCompile(`\b(?:argued|for[ \t]+(?:the[ \t]+)?(?i:plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|amicus|amici|intervenors?))\b`)

// capsCounselLawyers returns the lawyers capsCounsel finds on lines whose
// paragraph (the line and the two after it) says whom they are for.
func capsCounselLawyers(t string) []cand {
	if !strings.Contains(t, " for ") {
		return nil
	}
	var out []cand
	for _, m := range capsCounsel.FindAllStringSubmatchIndex(t, -1) {
		end := m[1]
		for n := 0; n < 3 && end < len(t); n++ {
			if k := strings.IndexByte(t[end:], '\n'); k >= 0 {
				end += k + 1
			} else {
				end = len(t)
			}
		}
		if name := t[m[2]:m[3]]; !forParty.MatchString(t[m[1]:end]) || !plainName(name) || headOfOrg(name) || courtWords[strings.ToLower(lastWord(name))] {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// amicusCounsel is a lawyer, "for" and the amicus curiae the lawyer
// appears for, as California's reports list counsel: "David J. Kestenbaum
// for National Association of Subrogation Professionals as Amicus Curiae",
// "Shay Dvoretzky for Nextera Energy Resources, LLC as Amicus Curiae".
// Group 1 is the lawyer, group 2 the amicus.
var amicusCounsel = regexp.MustCompile(`\b([A-Z][a-z'’\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'’\-]+)){1,2})[ \t]+for[ \t]+` +
	`((?:[A-Z][A-Za-z'’&.\-]*,?[ \t]+(?:(?:of|the|and|&|for)[ \t]+)*){0,7}[A-Z][A-Za-z'’.\-]*)[ \t]+as[ \t]+[Aa]mic(?:us|i)[ \t]+[Cc]uriae`)

// amicusNeedles are the words amicusCounsel needs, to skip the chunks
// without them.
var amicusNeedles = []string{"Amicus Curiae", "amicus curiae", "Amici Curiae", "amici curiae"}

// amicusLawyers returns the lawyers amicusCounsel finds, each a person,
// and their amici that name an organisation (a body's word, a company's
// form, or "of": "Consumer Attorneys of California"); an amicus who is a
// person is left to the tagger.
func amicusLawyers(t string) []cand {
	if !containsAny(t, amicusNeedles) {
		return nil
	}
	var out []cand
	for _, m := range amicusCounsel.FindAllStringSubmatchIndex(t, -1) {
		lawyer, amicus := t[m[2]:m[3]], t[m[4]:m[5]]
		if !plainName(lawyer) || headOfOrg(lawyer) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
		if hasOrgWord(amicus) || headOfOrg(amicus) || companyEnd(amicus) || strings.Contains(amicus, " of ") {
			out = append(out, cand{typ: TypeOrg, start: m[4], end: m[5], source: SourcePattern})
		}
	}
	return out
}

// amicusOrgStarts starts an organisation the patterns read back over its
// lawyer and "for" at the amicus's name, where amicusCounsel reads the
// two ("David J. Kestenbaum for National Association of Subrogation
// Professionals as Amicus Curiae"): amicusLawyers finds the lawyer.
func amicusOrgStarts(t string, cs []cand) []cand {
	if !containsAny(t, amicusNeedles) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || !strings.Contains(t[c.start:c.end], " for ") {
			continue
		}
		if m := amicusCounsel.FindStringSubmatchIndex(t[c.start:]); m != nil && m[2] == 0 && m[4] < c.end-c.start && c.start+m[5] == c.end {
			cs[i].start = c.start + m[4]
		}
	}
	return cs
}

// lawyerForName is a lawyer's name as a counsel line writes it before
// "for": a given name or an initial, a middle initial or not, and a
// surname ("Kelly L. Pope", "Howard H. Conaway", "J. Ballance").
var lawyerForName = regexp.MustCompile(`^(?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+[A-Z]\.)*[ \t]+[A-Z][a-z][A-Za-z'’\-]*$`)

// forClients cuts an organisation the patterns read back over "for" and
// the lawyer or the firm before it at the client's name, which ends in a
// company's form or head after two words at least ("Kelly L. Pope for Net
// Connection Hayward, LLC", "Alexander & Daneker for the Maryland Society
// of Surveyors, Inc."), and adds what stood before "for": a person named
// by a given name or an initial (lawyerForName) or a firm named with "&".
// Anything else before "for" ("Center for Excellence, Inc.", "Receiver
// for First Nat. Bank", "Ohio for Responsible Gaming, LLC") is one name,
// and so is a campaign's or a charity's named for a person and its cause
// ("Donald J. Trump for President, Inc.", "Susan G. Komen for the Cure,
// Inc.": a word and its form).
func forClients(t string, cs []cand) []cand {
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		k := strings.LastIndex(name, " for ")
		if k <= 0 {
			return c, nil, false
		}
		after := k + len(" for ")
		if strings.HasPrefix(name[after:], "the ") {
			after += len("the ")
		}
		client, before := name[after:], strings.TrimSpace(name[:k])
		if !startsUpper(client) || !companyEnd(client) || len(strings.Fields(client)) < 3 {
			return c, nil, false
		}
		var typ string
		switch {
		case lawyerForName.MatchString(before) && (isGivenName(firstWord(before)) || strings.Contains(before, ".")) && plainName(before):
			typ = TypePerson
		case strings.Contains(before, " & ") && !strings.Contains(before, ","):
			typ = TypeOrg
		default:
			return c, nil, false
		}
		kept := c
		kept.start = c.start + after
		return kept, []cand{{typ: typ, start: c.start, end: c.start + len(before), source: SourcePattern}}, true
	})
}

// wrappedPeople joins a person's name that a line break cut in running
// text: "… Judge Mary Ellen\nCoster Williams." reads as two people, the
// tagger's or the patterns'. The first part must not open its line (a
// list sets one name a line) and both parts are written alike (capitals
// or mixed case) and a punctuation mark follows the second (a list's
// name ends its line: "cc: R. Bruce Carlson\n Stephanie K. Goldin"); a
// caption's party is left alone, and so is a name in a column of a
// signature block ("/s/ Linda Svensson      /s/ Marcus T. Oyelaran" over
// "Linda Svensson, CEO"), or two that would make more than four words.
//
// A given name alone on its line before an initial and a surname ("Philip"
// / "J. Weiser, Attorney General", a page that broke each paragraph after
// its first word) is joined too: a list sets no name of one word a line.
func wrappedPeople(t string, cs []cand) []cand {
	return joinWrapped(t, cs, TypePerson, func(a, b cand) bool {
		ls := strings.LastIndexByte(t[:a.start], '\n') + 1
		rest := strings.TrimLeft(t[b.end:min(len(t), b.end+8)], " \t")
		if rest == "" || !strings.ContainsAny(rest[:1], ".,;:)") {
			return false
		}
		if strings.TrimSpace(t[ls:a.start]) == "" {
			return givenAlone.MatchString(t[a.start:a.end]) && initialSurname.MatchString(t[b.start:b.end])
		}
		return !strings.Contains(t[a.start:a.end], ",") && isUpperName(t[a.start:a.end]) == isUpperName(t[b.start:b.end]) &&
			!columnGap.MatchString(t[ls:a.start]) && len(strings.Fields(t[a.start:b.end])) <= 4
	})
}

// initialAtLineEnd is a first initial that ends a line after a lower-case
// word, with or without a comma ("by and through his counsel, R." / "Mark
// Thomas, Esquire"); after a name it is the name's ("Smith, J." / "Ronald
// Bret Beattie": a judge's title). Group 1 is the initial.
var initialAtLineEnd = regexp.MustCompile(`\b[a-z]+,?[ \t]+([A-Z]\.)[ \t]*\n[ \t]*$`)

// givenAtLineEnd is a given name and its middle initial that end a line
// after a clause's mark or a lower-case word: "Lyon County; Mario G." over
// "Recanzone, Judge.". Group 1 is the name.
var givenAtLineEnd = regexp.MustCompile(`(?:[;:,][ \t]+|\b[a-z]+,?[ \t]+)([A-Z][a-z]+[ \t]+[A-Z]\.)[ \t]*\n[ \t]*$`)

// lineInitials starts a person's name that opens a line at the first
// initial the line before ends with, or at the given name and initial it
// ends with (a surname alone opening the line: "Mario G." / "Recanzone").
func lineInitials(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.party || c.start == 0 || !strings.Contains(t[max(0, c.start-4):c.start], "\n") {
			continue
		}
		from := max(0, c.start-40)
		n := len(strings.Fields(t[c.start:c.end]))
		if m := initialAtLineEnd.FindStringSubmatchIndex(t[from:c.start]); m != nil && n >= 2 {
			cs[i].start = from + m[2]
		} else if m := givenAtLineEnd.FindStringSubmatchIndex(t[from:c.start]); m != nil && n == 1 && capitalised(t[c.start:c.end]) {
			cs[i].start = from + m[2]
		}
	}
	return cs
}

// givenAlone is a given name of one word; initialSurname an initial and a
// surname, the rest of a name a line break cut after its given name.
var (
	givenAlone     = regexp.MustCompile(`^[A-Z][a-z]{2,}$`)
	initialSurname = regexp.MustCompile(`^[A-Z]\.[ \t]+[A-Z][a-z][A-Za-z'’\-]+$`)
)

// joinWrapped joins each name of type typ (no case's party) to the name
// of that type that opens the next line when only blanks follow it on
// its line and join says the two are one name.
func joinWrapped(t string, cs []cand, typ string, join func(a, b cand) bool) []cand {
	byStart := startIndex(cs, typ)
	drop := map[int]bool{}
	for i, a := range cs {
		if a.typ != typ || a.party || drop[i] {
			continue
		}
		k, ok := nextLineStart(t, a.end)
		if !ok {
			continue
		}
		j, ok := byStart[k]
		if !ok || j == i || drop[j] || !join(a, cs[j]) {
			continue
		}
		cs[i].end = cs[j].end
		drop[j] = true
	}
	return withoutDropped(cs, drop)
}

// isUpperName reports whether a name is written in capitals.
func isUpperName(s string) bool {
	return strings.ToUpper(s) == s
}

// initialThenSurname is the rest of a person's name after an initial a
// name ended on: ". Beaty" of "Robert E" + ". Beaty".
var initialThenSurname = regexp.MustCompile(`^\.?[ \t]+[A-Z][a-z][A-Za-z'’\-]+`)

// orgThenPerson cuts an organisation's name that ran on over "and" into
// a person whose initial it ended on: "Association of Washington Cities
// and Robert E" + ". Beaty" is the association and Robert E. Beaty.
func orgThenPerson(t string, cs []cand) []cand {
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		k := strings.LastIndex(name, " and ")
		if k < 0 {
			return c, nil, false
		}
		rest := strings.Fields(name[k+len(" and "):])
		if len(rest) < 2 || len(rest) > 3 {
			return c, nil, false
		}
		if last := rest[len(rest)-1]; len(last) != 1 || last[0] < 'A' || last[0] > 'Z' || !startsUpper(rest[0]) {
			return c, nil, false
		}
		m := initialThenSurname.FindStringIndex(t[c.end:])
		if m == nil {
			return c, nil, false
		}
		person := cand{typ: TypePerson, start: c.start + k + len(" and "), end: c.end + m[1], source: SourcePattern}
		c.end = c.start + k
		return c, []cand{person}, true
	})
}

// capsTail are words in capitals that end no person's name written in
// mixed case: a caption's next party ("Lawrence P. Zatkoff CITY" of "Hon.
// Lawrence P. Zatkoff CITY OF DEARBORN").
var capsTail = wordSet(`city county state department board village township united commonwealth people plaintiff plaintiffs
	defendant defendants of the and`)

// publicationStatus is an opinion's status as a web page prints it in
// capitals beside the panel's names, and the filing stamp after its
// author's ("BY JUDGE CEISLER FILED: February 22, 2021").
var publicationStatus = wordSet(`PUBLISHED UNPUBLISHED PRECEDENTIAL NONPRECEDENTIAL NON-PRECEDENTIAL FILED FILED:`)

// sectionHeads are an opinion's headings in capitals, which open no
// person's name ("I. INTRODUCTION This").
var sectionHeads = wordSet(`introduction background discussion conclusion analysis facts opinion order memorandum judgment
	procedural standard`)

// generation is a generational suffix right after a person's name,
// group 1: " Jr.", ", Sr.", ", III".
var generation = regexp.MustCompile(`^(,?[ \t]+` + generationSuffix + `)(?:[^A-Za-z0-9]|$)`)

// seniorTitle reports whether a title follows "Sr." at the start of s,
// which makes it "Senior", no generation: "Margaret D. White, Sr. Bar
// Counsel", "Sr. Vice President": one of the next four capitalised words
// on the line is a job's, a title's or a rank's.
func seniorTitle(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	for k, w := range strings.Fields(line) {
		if k == 4 || !capitalised(w) {
			return false
		}
		if lw := lowerKey(strings.TrimRight(w, ".;:")); jobWords[lw] || titleWords[lw] || rankWords[lw] {
			return true
		}
	}
	return false
}

// generations extends a person's name over its generational suffix,
// which the guideline makes part of it ("Ronald C. Machen Jr.", "Thomas J.
// Profy, III"): the patterns' person, which the merge prefers to the
// tagger's, ends before it. "Sr." before a title is "Senior" (seniorTitle).
func generations(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson {
			continue
		}
		if m := generation.FindStringSubmatchIndex(t[c.end:]); m != nil &&
			!(strings.Contains(strings.ToUpper(t[c.end+m[2]:c.end+m[3]]), "SR.") && seniorTitle(t[c.end+m[3]:])) {
			cs[i].end = c.end + m[3]
		}
	}
	return cs
}

// fieldLabelAfter is a filing's or a research site's field label that a
// name runs into: "Hearing Date:", "Trial Date:", "Filed Date:",
// "Courtroom:", "Time:". Group 1 is the label's first word.
var fieldLabelAfter = regexp.MustCompile(`[ \t\n]+((?:Hearing|Trial|Filed|Decided|Argued|Submitted|Modified)(?:[ \t]+Date)?|Courtroom|Ctrm\.?|Time|Date|Dept\.?)[ \t]*:$`)

// fieldLabelTails ends a person before a field label's word that the
// tagger read on into the name ("The Honorable S. James Otero Hearing
// Date: August 25, 2014"): the label's colon follows the name or its
// "Date".
func fieldLabelTails(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || !strings.ContainsRune(t[c.start:c.end], ' ') {
			continue
		}
		after := t[c.end:min(len(t), c.end+8)]
		if k := strings.IndexByte(after, ':'); k >= 0 {
			after = after[:k+1]
		}
		if m := fieldLabelAfter.FindStringSubmatchIndex(t[c.start:c.end] + after); m != nil && c.start+m[2] > c.start && c.start+m[2] < c.end {
			cs[i].end = len(strings.TrimRight(t[:c.start+m[2]], " \t\n"))
		}
	}
	return cs
}

// releaseContactLabel is a press release's contact label at its line's start:
// "Contact:", "Media Contacts:".
var releaseContactLabel = regexp.MustCompile(`(?:^|\n)[ \t]*(?:Media[ \t]+)?(?:Contacts?|CONTACTS?):[ \t]*$`)

// contactPairs splits a person the tagger read over the contacts a press
// release lists on one line into the people, two words each, each a given
// name and a surname (contactSurname): "Contact: Scott Allen Rhonda
// Burke" (their telephone numbers on the line below) is Scott Allen and
// Rhonda Burke.
func contactPairs(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Contact:", "Contacts:", "CONTACT:", "CONTACTS:"}) {
		return cs
	}
	var add []cand
	for i, c := range cs {
		if c.typ != TypePerson || strings.Contains(t[c.start:c.end], "\n") || !releaseContactLabel.MatchString(t[max(0, c.start-40):c.start]) {
			continue
		}
		// Two people at least, two words each.
		ws := words(t[c.start:c.end], c.start)
		if len(ws) < 4 || len(ws)%2 != 0 {
			continue
		}
		pairs := true
		for k := 0; k < len(ws); k += 2 {
			pairs = pairs && isGivenName(ws[k].text) && contactSurname.MatchString(ws[k+1].text)
		}
		if !pairs {
			continue
		}
		cs[i].end = ws[1].end
		for k := 2; k < len(ws); k += 2 {
			add = append(add, cand{typ: TypePerson, start: ws[k].start, end: ws[k+1].end, source: c.source})
		}
	}
	return append(cs, add...)
}

// contactSurname is a contact's surname: a capital, a lower-case letter
// and letters, apostrophes or hyphens ("Burke", "McDonald", "O'Brien").
var contactSurname = regexp.MustCompile(`^[A-Z][a-z]?[A-Za-z'’\-]+$`)

// slashedPeople splits a person the tagger read over a slash into the
// people the slash lists, as a counsel line does ("James F Boyle/Mollie
// Ambrose Newcomb"): each part a name of two to four capitalised words.
func slashedPeople(t string, cs []cand) []cand {
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if c.typ != TypePerson || !strings.Contains(t[c.start:c.end], "/") {
			continue
		}
		parts := strings.Split(t[c.start:c.end], "/")
		if slices.ContainsFunc(parts, func(p string) bool { return !personLike(p) }) {
			continue
		}
		at := c.start
		for k, p := range parts {
			s := at + len(p) - len(strings.TrimLeft(p, " \t"))
			e := at + len(strings.TrimRight(p, " \t"))
			if k == 0 {
				cs[i].end = e
			} else {
				cs = append(cs, cand{typ: TypePerson, start: s, end: e, source: c.source})
			}
			at += len(p) + 1
		}
	}
	return cs
}

// personTails mends the people of a text run into one line: a name in
// mixed case ends before capitals that open the next party or before the
// next judge's title, and a heading is no name.
func personTails(t string, cs []cand) []cand {
	out, added := cs[:0], []cand(nil)
	for _, c := range cs {
		if c.typ != TypePerson || c.party {
			out = append(out, c)
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		if slices.ContainsFunc(ws, func(w word) bool { return isUpperName(w.text) && sectionHeads[strings.ToLower(w.text)] }) || numberedHeading(ws) {
			continue
		}
		// "Senior Judge Coleman PUBLISHED Argued at Richmond": a web
		// page's publication status, in capitals, ends the name before it.
		if k := slices.IndexFunc(ws, func(w word) bool { return publicationStatus[w.text] }); k > 0 {
			c.end = ws[k-1].end
			ws = ws[:k]
		}
		n := len(ws)
		for n > 1 && isUpperName(ws[n-1].text) && capsTail[strings.ToLower(ws[n-1].text)] {
			n--
		}
		if n < len(ws) && !isUpperName(t[c.start:ws[n-1].end]) {
			c.end = ws[n-1].end
		}
		// "District Judge Walter Herbert Rice Chief Magistrate Judge
		// Sharon L. Ovington": the next judge's title opens with a word
		// the name ran on into.
		if n := len(ws); n > 2 && c.end == ws[n-1].end && nextTitleOpen[ws[n-1].text] && judgeTitleAfter.MatchString(t[c.end:]) {
			c.end = ws[n-2].end
		}
		// "HONORABLE VIRGINIA A. PHILLIPS, U.S. DISTRICT JUDGE Marva
		// Dillard Courtroom Deputy": a minute order's staff title after
		// the name is no part of it, nor is a barrister's rank.
		if m := staffTitleTail.FindStringIndex(t[c.start:c.end]); m != nil && m[0] > 0 {
			c.end = c.start + m[0]
		}
		// "Opinion by Justice Goff Chief Justice Rush and Justice David
		// concur": the next judge's title and name inside the name, which
		// ends before the title; the name after it is a person too.
		if i, j := innerJudgeTitle(ws); i > 0 && c.end == ws[len(ws)-1].end {
			c.end = ws[i-1].end
			added = append(added, cand{typ: TypePerson, start: ws[j].start, end: ws[len(ws)-1].end, source: c.source})
		}
		out = append(out, c)
	}
	return append(out, added...)
}

// numberedHeading reports whether a name's words hold an opinion's
// numbered heading, which the text ran into: "Opinion of the Court I.
// Background".
func numberedHeading(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if n := strings.TrimSuffix(ws[k].text, "."); n != ws[k].text && len(n) <= 4 && romanNumeral(n) && sectionHeads[strings.ToLower(ws[k+1].text)] {
			return true
		}
	}
	return false
}

// innerJudgeTitle finds a judge's title between two names run together,
// "Goff Chief Justice Rush": i is the title's first word, j the next
// name's; i is 0 when there is none.
func innerJudgeTitle(ws []word) (i, j int) {
	for i = 1; i < len(ws)-1; i++ {
		k := i
		for k < len(ws) && (nextTitleOpen[ws[k].text] || judgeTitleWords[ws[k].text]) {
			k++
		}
		if k > i && k < len(ws) && (ws[k-1].text == "Justice" || ws[k-1].text == "Judge") && !slices.ContainsFunc(ws[k:], func(w word) bool {
			return !startsUpper(w.text) || titleWords[strings.ToLower(w.text)]
		}) {
			return i, k
		}
	}
	return 0, 0
}

// judgeTitleWords are the words of a judge's title after its first.
var judgeTitleWords = wordSet(`Justice Judge Magistrate District Circuit Bankruptcy`)

// staffTitleTail is a court's staff member's title at a name's end (" Courtroom
// Deputy", " Deputy Clerk", " Court Reporter"), or a barrister's rank after
// the name (" Q.C.", " KC").
var staffTitleTail = regexp.MustCompile(`[ \t\n]+(?:Courtroom[ \t]+Deputy|COURTROOM[ \t]+DEPUTY|Deputy[ \t]+Clerk|DEPUTY[ \t]+CLERK|Court[ \t]+Reporter|COURT[ \t]+REPORTER|Law[ \t]+Clerk|LAW[ \t]+CLERK|Q\.C\.?|K\.C\.?|QC|KC)$`)

// nextTitleOpen are the words that open a judge's title ("Chief Magistrate
// Judge"), which a header run into one line puts after the name before.
var nextTitleOpen = wordSet(`Chief Senior Presiding Associate Acting Magistrate`)

// judgeTitleAfter is the rest of a judge's title after its first word:
// " Magistrate Judge", " United States District Judge", " Justice".
var judgeTitleAfter = regexp.MustCompile(`^[ \t]+(?:(?:United[ \t]+States|U\.S\.|Magistrate|District|Circuit|Bankruptcy)[ \t]+)*(?:Judge|Justice)\b`)

// capsNameTitled is a name in capitals run into a United States
// Attorney's title in mixed case, as a pleading's signature column reads
// run into one line: "DANIEL G. BOGDEN United States Attorney District".
// Group 1 is the name.
var capsNameTitled = regexp.MustCompile(`^((?:[A-Z][A-Z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Z'’\-]+|[A-Z]\.)){1,3})[ \t]+(?:Acting[ \t]+|Assistant[ \t]+|Special[ \t]+Assistant[ \t]+)?(?:United[ \t]+States|U\.[ \t]?S\.)[ \t]+Attorney\b`)

// capsNamesTitled makes the organisation a capsNameTitled starts the
// person it names.
func capsNamesTitled(t string, cs []cand) []cand {
	if !strings.Contains(t, "Attorney") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		if m := capsNameTitled.FindStringSubmatchIndex(t[c.start:c.end]); m != nil {
			cs[i].typ, cs[i].end = TypePerson, c.start+m[3]
		}
	}
	return cs
}

// officialTitles are the first words of an official's title after a
// name and a comma in a caption's list of officials: "DAN S. SMITH,
// COUNCIL PRESIDENT", "JOYCE L. LANIER, MUNICIPAL CLERK".
var officialTitles = wordSet(`council municipal city county mayor clerk president councilperson councilman councilwoman
	commissioner commissioners secretary treasurer sheriff superintendent warden director chief attorney`)

// officialNames mends the tagger's organisation that is an official's
// name and the first word of the title after it ("S. SMITH, COUNCIL"):
// the name before the comma is a person.
func officialNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		name, title, ok := strings.Cut(t[c.start:c.end], ",")
		title = strings.TrimSpace(title)
		if !ok || strings.ContainsAny(title, " \t\n,") || !officialTitles[strings.ToLower(title)] || !personLike(strings.TrimSpace(name)) {
			continue
		}
		cs[i].typ, cs[i].end = TypePerson, c.start+len(strings.TrimRight(name, " \t"))
	}
	return cs
}

// titledSigner is a signature block's name on its own line with the
// signer's office on the next: "LYNN FITCH" / "Attorney General", "Jane
// Roe" / "Assistant United States Attorney", "PAUL D. CLEMENT" / "Counsel
// of Record", a judge's signature ("CAROL-LISA PHILLIPS" / "CIRCUIT
// JUDGE"). Group 1 is the name: two to four words, capitalised, or
// initials, with a generational suffix.
var titledSigner = regexp.MustCompile(`(?m)^[ \t]*((?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)){1,3}(?:,?[ \t]+` + generationSuffix + `)?)[ \t]*\n[ \t]*` +
	`(?:(?:Principal|Chief|Senior|First|Acting|Special|Deputy|Assistant|Associate)[ \t]+)*` +
	`(?:(?:United[ \t]+States|U\.[ \t]?S\.|District|City|County|State|Prosecuting)[ \t]+Attorney\b|Attorneys?[ \t]+General\b|Solicitor[ \t]+General\b|Counsel[ \t]+of[ \t]+Record\b|` +
	`Public[ \t]+Defender\b|General[ \t]+Counsel\b|Corporation[ \t]+Counsel\b|Trial[ \t]+Attorney\b|Special[ \t]+Counsel\b|Of[ \t]+Counsel\b|` +
	`(?i:(?:(?:united[ \t]+states[ \t]+)?(?:circuit|district|superior|county|probate|family|presiding|magistrate|bankruptcy|administrative[ \t]+law)[ \t]+)?judge)\b)`)

// titledSigners returns the signers titledSigner finds; a line that names
// an organisation, or whose words are titles or roles, is no one's name.
func titledSigners(t string) []cand {
	if !containsAny(t, []string{"Attorney", "General", "Counsel", "Defender", "Judge", "JUDGE"}) {
		return nil
	}
	var out []cand
	for _, m := range titledSigner.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		if !plainName(name) || headOfOrg(name) || locationSet[strings.ToLower(oneSpace(name))] || slices.ContainsFunc(strings.Fields(name), func(w string) bool {
			lw := strings.ToLower(strings.Trim(w, ",."))
			return jobWords[lw] || titleWords[lw] || roleWords[lw] || leadingNoise[lw] || months[lw] || courtWords[lw] || locationSet[lw]
		}) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// docketParty is a party of a docket sheet's party list, the name that
// opens a line before the column of its lawyers: "Maria Rivera
// represented by Hillary Schwab". Group 1 is the name.
var docketParty = regexp.MustCompile(`(?m)^[ \t]*([A-Z][^\n]{1,80}?)(?:[ \t]{2,}|\t)represented[ \t]+by\b`)

// docketFiler is the filer a docket entry names in parentheses before
// the date it was entered, surname first: "(Doyle, Kevin) (Entered:
// 03/15/2023)". Group 1 is the name.
var docketFiler = regexp.MustCompile(`\(([A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?,[ \t]+[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z]\.?)?)\)[ \t]*\(Entered:`)

// docketSheetNames returns a docket sheet's parties (docketParty: a
// company by its legal form, a person by a person's name) and the filers
// of its entries (docketFiler), which the tagger reads in columns and
// parentheses as places or two people.
func docketSheetNames(t string) []cand {
	if !strings.Contains(t, "represented by") && !strings.Contains(t, "(Entered:") {
		return nil
	}
	var out []cand
	for _, m := range docketParty.FindAllStringSubmatchIndex(t, -1) {
		name := strings.TrimRight(t[m[2]:m[3]], " \t,")
		switch {
		case companyEnd(name):
			out = append(out, cand{typ: TypeOrg, start: m[2], end: m[2] + len(name), source: SourcePattern})
		case personLike(name) && !hasOrgWord(name):
			out = append(out, cand{typ: TypePerson, start: m[2], end: m[2] + len(name), source: SourcePattern})
		}
	}
	return append(out, groupCands(t, docketFiler, 1, TypePerson)...)
}

// counselLine is a paragraph that lists counsel and ends with whom they
// appear for: "W. Ted Minick, Winstead, McGuire, Sechrest Minick, David
// C. Mattka, Dallas, Tex., for BancTexas Dallas, N.A.", the Federal
// Circuit's "Jennifer L. Swize, Jones Day, Washington, DC, argued for
// appellants.", the Fourth Circuit's "… (…, Charlotte, N.C., on brief) for
// plaintiff-appellant." A reporter's star pages may open the line ("*1129 *1130
// Thomas E. Sharkey, …"). Group 1 is the list.
var counselLine = regexp.MustCompile(`(?m)^[ \t]*(?:\*\d+[ \t]+)*((?:[A-Z][^\n]*?,[ \t]+)+)(?:on[ \t]+(?:the[ \t]+)?brief\)[ \t]+)?(?:argued[ \t]+)?for[ \t]+(?:the[ \t]+)?(?:[A-Z]|plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|amic)`)

// alsoRepresented is the Federal Circuit's list of the other lawyers on
// the brief, after the one who argued: "Also represented by Gregory A.
// Castanias, John R. Boule, III; Gasper Larosa, …, New York, NY; Pablo
// Daniel Hendler, Potomac Law Group PLLC, New York, NY." Group 1 is the
// list, to the line's end or the next lawyer who argued.
var alsoRepresented = regexp.MustCompile(`Also[ \t]+represented[ \t]+by[ \t]+([^\n]*?)(?:argued[ \t]+for|\n|$)`)

// counselFirms returns the firms of counselLine's lists that a partner's
// name opens with single surnames between commas: the last two partners
// joined by "and" or "&" ("Stradley, Ronan, Stevens and Young", "Fox,
// Rothschild, O'Brien & Frankel"), or by nothing in a text that lost its
// ampersands ("Pillsbury, Madison Sutro", "Broad, Schulz, Larson Wineberg"). A person's name in such a list has two words or
// more, so a run of single capitalised words right after a lawyer's name
// with an initial is a firm's, with the item of two or three capitalised
// words after it (a list of companies, "Apple, Google, Meta Platforms",
// has no lawyer before it); a name with an initial, a
// place, a title ("Counsel, Mary Smith") or an abbreviation ("Cal.",
// "Jr.") ends the run. Two single surnames or more and the last two
// without their "&" are a firm of four partners or more wherever the run
// starts, at the list's start, after any lawyer or after "of" ("Joe S.
// Bailey of Samford, Denson, Horsley, Pettey, Martin Barrett, Opelika, for
// appellee"), and in a text that writes "&" elsewhere too; three ("Mayer,
// Brown Platt") read as a city and a lawyer do ("Austin, Daniel Hodge").
// Each list's firms named for one of its lawyers are surnameFirms'.
func counselFirms(t string) []cand {
	if !strings.Contains(t, ", for ") {
		return nil
	}
	// A text that writes ampersands names its firms with them: only one
	// that has none lost them ("Madison Sutro").
	lostAmpersands := !strings.Contains(t, "&")
	single := func(w string) bool {
		lw := strings.ToLower(w)
		return properWord.MatchString(w) && !locationSet[lw] && !postalCodes[w] && !notNameAlone[lw] && !titleWords[lw] && !jobWords[lw] && !roleWords[lw] && !orgWords[lw]
	}
	var out []cand
	for _, m := range counselLine.FindAllStringSubmatchIndex(t, -1) {
		items := counselItems(t, m[2], m[3])
		out = append(out, surnameFirms(t, items)...)
		for k := 0; k < len(items); k++ {
			if k > 0 {
				lawyer := t[items[k-1][0]:items[k-1][1]]
				// "Ann B. Lee, Smith and Jones, Boston", "John Kenneth
				// Gorman, Lombardo and Gilles, Salinas": two partners after
				// a lawyer named with an initial or three names.
				if it := t[items[k][0]:items[k][1]]; (initialled.MatchString(lawyer) || counselPerson.MatchString(lawyer) && len(strings.Fields(lawyer)) == 3 && personLike(lawyer)) &&
					lastPartners.MatchString(it) && !hasOrgWord(it) && k+1 < len(items) && !slices.ContainsFunc(strings.Fields(it), func(w string) bool { return locationSet[strings.ToLower(w)] }) {
					out = append(out, cand{typ: TypeOrg, start: items[k][0], end: items[k][1], source: SourcePattern})
					continue
				}
			}
			// The run's first surname: the item, or its last word after
			// "of" ("Joe S. Bailey of Samford", "…, Jr., of Hare"); not a
			// known place, nor one the list names again as its lawyers'
			// city ("Mary Green, of Mobile, Johnstone, …, Mobile, for
			// appellee").
			start, item := items[k][0], t[items[k][0]:items[k][1]]
			if o := strings.LastIndex(" "+item, " of "); o >= 0 && !single(item) {
				start += o - 1 + len(" of ")
				if w := t[start:items[k][1]]; knownPlace(w) || strings.Contains(t[items[k][1]:m[3]], ", "+w+",") {
					continue
				}
			}
			if !single(t[start:items[k][1]]) {
				continue
			}
			// A semicolon parts two lawyers' groups ("E. Elizabeth Summers,
			// Novato; Kazan, McClain, Edises, Simon & Abrams"): no firm
			// runs over one.
			j := k + 1
			for j < len(items) && t[items[j-1][1]] != ';' && single(t[items[j][0]:items[j][1]]) {
				j++
			}
			if j == len(items) {
				break
			}
			if t[items[j-1][1]] == ';' {
				k = j - 1
				continue
			}
			initialledBefore := k > 0 && start == items[k][0] && initialled.MatchString(t[items[k-1][0]:items[k-1][1]])
			last := t[items[j][0]:items[j][1]]
			f := strings.Fields(last)
			lost := len(f) >= 2 && len(f) <= 3 && !slices.ContainsFunc(f, func(w string) bool { return !properWord.MatchString(w) }) && !locationSet[strings.ToLower(last)] && !hasOrgWord(last)
			switch {
			// "Stradley, Ronan, Stevens and Young": the last two
			// partners joined by "and" or "&".
			case initialledBefore && lastPartners.MatchString(last) && !hasOrgWord(last),
				// "Mary Wimbish, Hollrah, Lange & Thoma, Houston": an
				// ampersand between the last two partners makes a firm
				// after any lawyer.
				start > items[0][0] && lastPartners.MatchString(last) && strings.Contains(last, "&") && !hasOrgWord(last),
				initialledBefore && lostAmpersands && lost,
				j-k >= 2 && len(f) == 2 && lost && single(f[0]) && single(f[1]):
				out = append(out, cand{typ: TypeOrg, start: start, end: items[j][1], source: SourcePattern})
			}
			k = j
		}
	}
	return out
}

// surnameFirms returns the firms of a counselLine list's items named for
// a lawyer the list names too, where the text lost the firm's ampersand
// or never had one: "Thomas K. Herren, Herren Adams, Lexington, for
// appellant", "R. Perry Pringle, of Pringle Herzog, Shreveport, for
// defendant". The item is two or three capitalised words, the first of
// them the surname of another item's lawyer (named with an initial, or
// with two or three words): no person's given name is a colleague's
// surname, while a relative's surname may end a lawyer's name.
// counselFirms calls it with each list's items.
func surnameFirms(t string, items [][2]int) []cand {
	surnames := map[string]int{}
	for k, it := range items {
		name := strings.TrimPrefix(t[it[0]:it[1]], "of ")
		if f := strings.Fields(name); (initialled.MatchString(name) || counselPerson.MatchString(name) && personLike(name)) && len(f) >= 2 {
			surnames[f[len(f)-1]] = k + 1
		}
	}
	var out []cand
	for k, it := range items {
		start := it[0]
		if strings.HasPrefix(t[start:it[1]], "of ") {
			start += len("of ")
		}
		f := strings.Fields(t[start:it[1]])
		if len(f) < 2 || len(f) > 3 || slices.ContainsFunc(f, func(w string) bool {
			return !properWord.MatchString(w) || locationSet[strings.ToLower(w)] || orgWords[strings.ToLower(w)]
		}) {
			continue
		}
		if j := surnames[f[0]]; j > 0 && j != k+1 {
			out = append(out, cand{typ: TypeOrg, start: start, end: it[1], source: SourcePattern})
		}
	}
	return out
}

// lastPartners is the last item of a firm's list of partners: surnames,
// the last two joined by "and" or "&" ("Stevens and Young", "O'Brien &
// Frankel", "McInnis Fitzgerald Rees and Sharkey").
var lastPartners = regexp.MustCompile(`^(?:[A-Z][A-Za-z'’\-]+[ \t]+){1,3}(?:and|&)[ \t]+[A-Z][A-Za-z'’\-]+$`)

// initialled is a lawyer's name as counsel lists write it, with an
// initial: "John M. Grenfell", "W. Ted Minick".
var initialled = regexp.MustCompile(`^(?:[A-Z][a-z][A-Za-z'’\-]*[ \t]+)?[A-Z]\.(?:[ \t]+[A-Z][a-z][A-Za-z'’\-]*){1,2}(?:,[ \t]+(?:Jr|Sr)\.)?$`)

// formItem is an item of a counsel list that is only a legal form, the
// end of the firm before it: "P.S.", "Inc.", "L.L.P.".
var formItem = regexp.MustCompile(`^[ \t]*(?:` + legalForm + `|` + professionalForm + `)[ \t]*$`)

// counselPerson is a lawyer's name as an item of a counsel list: two to
// four capitalised words or initials ("Trilby C.E. Robinson-Dorn", "Mark
// Stephen Filipini").
var counselPerson = regexp.MustCompile(`^(?:[A-Z][a-z][\p{L}'’\-]*|[A-Z]\.(?:[A-Z]\.)*)(?:[ \t]+(?:[A-Z][a-z][\p{L}'’\-]*|[A-Z]\.(?:[A-Z]\.)*)){1,3}$`)

// counselPeople returns the lawyers of counselLine's lists whose names
// have an initial or three words, which the tagger cuts ("Mark" +
// "Stephen Filipini") or misses; a name of two words alone may be a
// firm's ("Jones Day"), and an item before a legal form is one
// ("Stokes Lawrence, P.S.").
func counselPeople(t string) []cand {
	if !containsAny(t, []string{", for ", ", argued for ", "Also represented by"}) {
		return nil
	}
	var out []cand
	lists := counselLine.FindAllStringSubmatchIndex(t, -1)
	if strings.Contains(t, "Also represented by") {
		lists = append(lists, alsoRepresented.FindAllStringSubmatchIndex(t, -1)...)
	}
	for _, m := range lists {
		items := counselItems(t, m[2], m[3])
		for k, it := range items {
			name := t[it[0]:it[1]]
			f := strings.Fields(name)
			if !counselPerson.MatchString(name) || !personLike(name) || hasOrgWord(name) || orgAbbrevs(name) || !strings.Contains(name, ".") && len(f) < 3 ||
				locationSet[strings.ToLower(name)] || slices.ContainsFunc(f, func(w string) bool {
				lw := strings.ToLower(w)
				return locationSet[lw] || placeHeads[lw] || unitWords[lw] || lw == "beach" || lw == "law"
			}) {
				continue
			}
			if k+1 < len(items) && formItem.MatchString(t[items[k+1][0]:items[k+1][1]]) {
				continue
			}
			out = append(out, cand{typ: TypePerson, start: it[0], end: it[1], source: SourcePattern})
		}
	}
	return out
}

// ofFirmFor is an appearance as the Trademark and the Patent Trial and
// Appeal Boards (and some state courts) write it: the lawyers, "of" their
// firm, "for" the party: "Joseph Petersen, Robert N. Potter and Allison
// Scott Roach of Kilpatrick Townsend & Stockton LLP for Apple Inc.",
// "Michael H. Sproule of Akabas & Cohen for Relix LLC." Group 1 is the
// lawyers, group 2 the firm: words joined by "&" or ending in a firm's
// legal form.
var ofFirmFor = regexp.MustCompile(`((?:` + ofFirmLawyer + `,[ \t]+)*` + ofFirmLawyer + `(?:,?[ \t]+and[ \t]+` + ofFirmLawyer + `)?)[ \t]+of[ \t]+` +
	`([A-Z][\w'’\-]*(?:,?[ \t]+(?:&|[A-Z][\w'’.\-]*))*?(?:[ \t]+&[ \t]+[A-Z][\w'’\-]*|,?[ \t]+(?:LLP|L\.L\.P\.|LLC|PLLC|P\.C\.|P\.A\.)))[ \t]+for[ \t]+[A-Z]`)

// ofFirmLawyer is one lawyer's name in an ofFirmFor appearance: a given
// name (an initial may open it: "P. Jay Hines"), up to two more names or
// initials, and a surname.
const ofFirmLawyer = `(?:[A-Z]\.[ \t]+)?[A-Z][a-z][\w'’\-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'’\-]*)){1,3}`

// ofFirmCounsel adds the lawyers and the firm of each ofFirmFor
// appearance, and cuts the names that ran over its edges: the patterns'
// companies run from the party before the lawyers or from the firm on to
// the party after "for" ("Kilpatrick Townsend & Stockton LLP for Apple
// Inc.", "Apple Corps Ltd. Michael H. Sproule of Akabas & Cohen for Relix
// LLC"), which keep their party's part.
func ofFirmCounsel(t string, cs []cand) []cand {
	if !strings.Contains(t, " of ") || !strings.Contains(t, " for ") {
		return cs
	}
	for _, m := range ofFirmFor.FindAllStringSubmatchIndex(t, -1) {
		lawyers, firm, party := m[2], m[5], m[1]-1
		drop := map[int]bool{}
		for i, c := range cs {
			if c.typ == TypeCase || c.end <= lawyers || c.start >= firm {
				continue
			}
			switch {
			case c.start < lawyers: // the party before: "Apple Corps Ltd."
				if c.end > party { // and the one after: "Relix LLC"
					after := c
					after.start = party
					cs = append(cs, after)
				}
				cs[i].end = len(strings.TrimRight(t[:lawyers], " \t\n"))
			case c.end > firm && c.end > party: // on into the party after "for"
				cs[i].start = party
			default:
				drop[i] = true
			}
		}
		cs = withoutDropped(cs, drop)
		cs = append(cs, cand{typ: TypeOrg, start: m[4], end: m[5], source: SourcePattern})
		for _, p := range lawyerSeparators.Split(t[m[2]:m[3]], -1) {
			if p = strings.TrimSpace(p); p != "" {
				k := strings.Index(t[m[2]:m[3]], p)
				cs = append(cs, cand{typ: TypePerson, start: m[2] + k, end: m[2] + k + len(p), source: SourcePattern})
			}
		}
	}
	return cs
}

// cityCounselLine is a line of a counsel paragraph as West's regional
// reporters print it, each lawyer with the city of the lawyer's office
// and the party after "for": "Richard Koehler, Butler, Dennis Campbell
// Owens, Kansas City, for Michelle Cole, respondent.", or a lawyer, the
// firm, its city and state: "Mathew David Ravencraft, Flinn Beagan,
// Vienna, VA, for Plaintiff." Group 1 is the list before "for".
var cityCounselLine = regexp.MustCompile(`(?m)^[ \t]*([A-Z][^\n]{0,240}?),[ \t]+for[ \t]+[^\n]*$`)

// counselItemSep separates cityCounselLine's items: a comma, "and" after
// it too.
var counselItemSep = regexp.MustCompile(`,[ \t]+(?:and[ \t]+)?`)

// cityCounselLines types the items of each cityCounselLine whose items
// alternate between a lawyer (two to four capitalised words or initials)
// and a place (one or two capitalised words), or run lawyer, firm, city and
// state's postal code (an office's title, "Assistant U.S. Attorney", is
// no firm): the lawyers are people, the firm an organisation,
// the cities and the state places, in place of what the tagger read there.
func cityCounselLines(t string, cs []cand) []cand {
	if !strings.Contains(t, ", for ") {
		return cs
	}
	var typed []cand
	// Only the lines that hold ", for " (the expression alone would try
	// every line).
	var ms [][]int
	for ls := range linesHolding(t, ", for ") {
		for _, m := range cityCounselLine.FindAllStringSubmatchIndex(t[ls:lineEnd(t, ls)], -1) {
			ms = append(ms, shiftedBy(m, ls))
		}
	}
	for _, m := range ms {
		var items [][2]int
		from := m[2]
		for _, sep := range append(counselItemSep.FindAllStringIndex(t[m[2]:m[3]], -1), []int{m[3] - m[2], m[3] - m[2]}) {
			items = append(items, [2]int{from, m[2] + sep[0]})
			from = m[2] + sep[1]
		}
		typed = append(typed, counselItemTypes(t, items)...)
	}
	if len(typed) == 0 {
		return cs
	}
	return replacedBy(cs, typed)
}

// counselItemTypes types a cityCounselLine's items, or none when they
// follow neither of its orders.
func counselItemTypes(t string, items [][2]int) []cand {
	item := func(i int) string { return t[items[i][0]:items[i][1]] }
	// Partners joined by "&" are a firm ("Hollrah, Lange & Thoma"), no
	// lawyer.
	lawyer := func(s string) bool {
		ws := strings.Fields(s)
		return personLike(s) && properWord.MatchString(ws[0]) && properWord.MatchString(ws[len(ws)-1]) && !strings.Contains(s, "&")
	}
	var out []cand
	add := func(i int, typ string) {
		out = append(out, cand{typ: typ, start: items[i][0], end: items[i][1], source: SourcePattern})
	}
	switch {
	case len(items) == 4 && lawyer(item(0)) && PostalStates[item(3)] != "" && counselPlace(item(2)) && startsUpper(item(1)) && len(strings.Fields(item(1))) <= 4 &&
		!slices.ContainsFunc(strings.Fields(item(1)), func(w string) bool {
			lw := strings.ToLower(strings.Trim(w, "."))
			return jobWords[lw] || titleWords[lw]
		}):
		add(0, TypePerson)
		add(1, TypeOrg)
		add(2, TypeLocation)
		add(3, TypeLocation)
	case len(items) >= 2 && len(items)%2 == 0:
		// One lawyer's city the gazetteer must know: a word alone after
		// a name may be the lawyer's office ("Mary Jones, Chairperson,").
		for i := 0; i < len(items); i += 2 {
			if !lawyer(item(i)) || !counselPlace(item(i+1)) || len(items) == 2 && !locationSet[strings.ToLower(item(1))] {
				return nil
			}
		}
		for i := 0; i < len(items); i += 2 {
			add(i, TypePerson)
			add(i+1, TypeLocation)
		}
	}
	return out
}

// counselPlace reports whether a counsel list's item s is a city: one
// word, or two that the gazetteer knows or whose second is a town's
// ("Kansas City", "Earth City", "Palm Springs"); two words else may be a
// lawyer's name.
func counselPlace(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 1 || len(ws) > 2 || hasOrgWord(s) || slices.ContainsFunc(ws, func(w string) bool { return !properWord.MatchString(w) || jobWords[strings.ToLower(w)] }) {
		return false
	}
	return len(ws) == 1 || locationSet[strings.ToLower(s)] || townEnds[strings.ToLower(ws[1])]
}

// cityFramedFirms makes the firm of a flattened counsel paragraph an
// organisation where its lawyers, its city and its state frame it, as the
// federal reporters print them: "Mary Massaron, Plunkett Cooney,
// Bloomfield Hills, MI, for Appellant", "Peter Thomas Grossi, Jr., Arnold
// Porter, Washington, DC, for Plaintiff" — the tagger reads a firm of two
// surnames with no legal form as a person. Each line that holds ", for "
// is split at its commas; an item that may be a firm's name
// (counselFirmName) is the firm when a person's name ends the item before
// it (with its generation: the stage's name takes it), a city follows it
// (counselPlace) and a state after that, and the party's "for" or the
// next lawyer's name after the state. A lawyer with no firm, "Ryan
// Malone, Chattanooga, TN, for Appellee", has no lawyer before him; the
// last of several lawyers has a given name.
func cityFramedFirms(t string, cs []cand) []cand {
	if !strings.Contains(t, ", for ") {
		return cs
	}
	personEnds, personStarts := endIndex(cs, TypePerson), startIndex(cs, TypePerson)
	var firms []cand
	for ls := range linesHolding(t, ", for ") {
		le := lineEnd(t, ls)
		var items [][2]int
		from := ls
		for _, sep := range append(counselItemSep.FindAllStringIndex(t[ls:le], -1), []int{le - ls, le - ls}) {
			items = append(items, [2]int{from, ls + sep[0]})
			from = ls + sep[1]
		}
		item := func(i int) string { return t[items[i][0]:items[i][1]] }
		for i := 2; i+1 < len(items); i++ {
			// "Willis K. Kunz, of Kunz Kunz, Indianapolis, Ind.": the older
			// reporters' "of" before the lawyer's firm is none of its name.
			if of := "of "; strings.HasPrefix(item(i-1), of) {
				items[i-1][0] += len(of)
			}
			firm := item(i - 1)
			if !isStateName(item(i+1)) || !counselPlace(item(i)) || !counselFirmName(firm) {
				continue
			}
			if !strings.HasPrefix(t[items[i+1][1]:], ", for ") {
				if _, ok := personStarts[items[min(i+2, len(items)-1)][0]]; !ok || i+2 >= len(items) {
					continue
				}
			}
			// A lawyer of one word is a flattened firm's partner
			// ("Gerstein, Murray Borun, Chicago").
			if k, ok := personEnds[items[i-2][1]]; !ok || !strings.ContainsAny(strings.TrimSpace(t[cs[k].start:cs[k].end]), " \t") {
				continue
			}
			// A firm the patterns found over several items ("Nixon,
			// Hargrave, Devans Doyle") is whole already.
			f := cand{typ: TypeOrg, start: items[i-1][0], end: items[i-1][1], source: SourcePattern}
			if !slices.ContainsFunc(cs, func(c cand) bool { return c.typ == TypeOrg && c.start <= f.start && c.end >= f.end }) {
				firms = append(firms, f)
			}
		}
	}
	if len(firms) == 0 {
		return cs
	}
	return replacedBy(cs, firms)
}

// counselNotFirm are the words of a counsel list's item that is a
// lawyer's standing, no firm: "Law Student", "Legal Intern", "Pro Bono",
// "Court Appointed", "Guardian Ad Litem".
var counselNotFirm = wordSet(`student intern bono appointed litem guardian`)

// counselFirmName reports whether a counsel list's item s may be a firm
// named for its partners: two to four capitalised words, none an initial,
// a title, a job, a role, a standing's (counselNotFirm), a town's kind or
// a street's word, no lawyer's title ("Public Defender"), the first no
// given name ("Karen Ostad, New York, NY" is the last of the lawyers;
// givenNames), and no place (counselPlace: "Long Island, Garden City,
// NY").
func counselFirmName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 || counselPlace(s) || isGivenName(ws[0]) || lawyerTitle.MatchString(s) {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		lw := strings.ToLower(w)
		return !properWord.MatchString(w) || titleWords[lw] || jobWords[lw] || roleWords[lw] || townKinds[lw] || streetWords[lw] || counselNotFirm[lw]
	})
}

// townEnds are the last words of towns' names of two words or three:
// "Kansas City", "Palm Springs", "Cedar Rapids", "Silver Spring", "White
// Plains", "Great Bend", "West Des Moines", "Fort Lauderdale".
var townEnds = wordSet(`city springs spring falls beach park heights village rapids hills grove harbor point bluffs junction creek lake valley
	plains bend island rock moines orleans angeles vegas paso diego francisco antonio lauderdale`)

// lawyerSeparators split an appearance's lawyers: commas and "and".
var lawyerSeparators = regexp.MustCompile(`,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+`)

// counselItems splits a counsel list, t[s:e], at its commas and
// semicolons: the bounds of each item before one.
func counselItems(t string, s, e int) [][2]int {
	var items [][2]int
	for s < e {
		k := strings.IndexAny(t[s:e], ",;")
		if k < 0 {
			break
		}
		items = append(items, [2]int{s, s + k})
		s += k + 1
		for s < e && (t[s] == ' ' || t[s] == '\t') {
			s++
		}
	}
	return items
}

// properWord is one capitalised word of letters, which may have an
// apostrophe or a hyphen ("O'Brien", "DeYoung"); no initial or
// abbreviation.
var properWord = regexp.MustCompile(`^[A-Z][a-z][A-Za-z'’\-]*$`)

// leadFirm is a counsel paragraph that opens with the firm and names its
// lawyers after it, as California's courts credit counsel: "Lavi &
// Ebrahimian, Joseph Lavi and Vincent C. Granberry for Plaintiff and
// Appellant." Group 1 is the firm: words joined by "&" or "and", or three
// capitalised words or more ("Gordon Rees Scully Mansukhani").
var leadFirm = regexp.MustCompile(`(?m)^[ \t]*([A-Z][\w'’\-]*(?:[ \t]+(?:&|and|[A-Z][\w'’\-]*)){1,6}),[ \t]+[A-Z][\w'’\-]*[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’\-]*(?:,|[ \t]+and[ \t]+)[^\n]*?[ \t]for[ \t]+(?:the[ \t]+)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Real[ \t]+Part|Amic|Intervenors?|Objectors?|Cross)`)

// leadFirms returns the firms leadFirm finds; a name of two words without
// "&" may be a lawyer's ("Xavier Becerra, Attorney General, …"), and so
// may one of three words when the list names its firm or office later
// ("Craig Dennis Feiser, Gabriella Young, Office of General Counsel, …");
// when the item after a first name opens with its surname, that item is
// the firm named for the lawyer ("Scott Bertram Elkind, Elkind Shea, …").
func leadFirms(t string) []cand {
	if !strings.Contains(t, " for ") {
		return nil
	}
	var out []cand
	for _, m := range leadFirm.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		f := strings.Fields(name)
		if !strings.Contains(name, "&") && (len(f) < 3 || slices.Contains(f, "and")) || hasOrgWord(name) || jobTitle(name) ||
			slices.ContainsFunc(f, func(w string) bool { return locationSet[strings.ToLower(w)] }) {
			continue
		}
		if !strings.Contains(name, "&") && firmLater(t[m[3]:m[1]]) {
			continue
		}
		if fs, fe := surnameFirm(t, name, m[3]); fe > fs && !strings.Contains(name, "&") {
			out = append(out, cand{typ: TypeOrg, start: fs, end: fe, source: SourcePattern})
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// surnameFirm returns where the item after a counsel list's first name
// (which ends at e) is, when it opens with that name's last word and is
// capitalised words only: "Scott Bertram Elkind, Elkind Shea, …" is a
// lawyer and the firm named for him.
func surnameFirm(t, name string, e int) (int, int) {
	s := e
	for s < len(t) && (t[s] == ',' || t[s] == ' ' || t[s] == '\t') {
		s++
	}
	end := s
	for end < len(t) && t[end] != ',' && t[end] != '\n' {
		end++
	}
	item := t[s:end]
	f := strings.Fields(item)
	if len(f) < 2 || f[0] != lastWord(name) || slices.ContainsFunc(f, func(w string) bool { return !properWord.MatchString(w) }) {
		return 0, 0
	}
	return s, end
}

// firmLater reports whether a counsel list's items after its first name
// a firm or an office: an organisation's word, a legal form, an "Office
// of" or a local government ("City of Jacksonville").
func firmLater(rest string) bool {
	for _, item := range strings.Split(rest, ",") {
		item = strings.TrimSpace(item)
		if item != "" && (hasOrgWord(item) || companyEnd(item) || formItem.MatchString(item) || strings.HasPrefix(item, "Office of ") || localGovernmentStart.MatchString(item)) {
			return true
		}
	}
	return false
}

// appellateDockets returns the dockets of a California appellate court
// alone on their lines, beside or under a caption: a district's letter
// and six digits ("B318842"). It reads the lines without an expression,
// which would try every line's start.
func appellateDockets(t string) []cand {
	var out []cand
	for ls := 0; ls < len(t); {
		le := lineEnd(t, ls)
		line := strings.TrimSpace(t[ls:le])
		if len(line) == 7 && line[0] >= 'A' && line[0] <= 'H' && allDigits(line[1:]) {
			s := ls + strings.Index(t[ls:le], line)
			out = append(out, cand{typ: TypeCase, start: s, end: s + 7, source: SourcePattern})
		}
		ls = le + 1
	}
	return out
}

// leadingGeneration is a generational suffix opening a name: the lawyer's
// before it on a counsel line run into one ("J. Rock Palermo, III Veron,
// Bice, Palermo & Wilson, LLC").
var leadingGeneration = regexp.MustCompile(`^` + generationSuffix + `[ \t]+[A-Z]`)

// partnersBeforeAnd is a run of at least three capitalised words, none an
// initial, right before " and " that ends at s: the partners' names of a
// firm the patterns cut at "and" ("Wilmer Cutler Pickering Hale" + " and
// Dorr LLP"); surnamesOnly keeps out a titled person ("Judge Jane Doe and
// Globex Corporation"). Group 1 is the run.
var partnersBeforeAnd = regexp.MustCompile(`(?:^|[^A-Za-z.,'’&])((?:[A-Z][a-z][A-Za-z'’\-]*[ \t]+){3,6})and[ \t]+$`)

// capsLawyer is a lawyer's name in capitals with a middle initial
// ("KATHRYN L. TRAVEN"); group 1 is a mixed-case word right after it, where
// a firm's name starts on a counsel block run into one line.
var capsLawyer = regexp.MustCompile(`\b[A-Z]{2,}[ \t]+[A-Z]\.[ \t]+[A-Z][A-Z'’\-]+\b(?:[ \t]+([A-Z][a-z]))?`)

// counselLineEdges mends the names of a counsel block run into one line:
// a lawyer's generation opens no firm; "Post Office Box" is no part of the
// firm before it ("Fiorenza & Sobel Post") nor of the city after it ("Box
// Baton Rouge"); a firm named after its partners ends in its legal form
// after "and" ("Wilmer Cutler Pickering Hale and Dorr LLP"), where the
// patterns kept only "Dorr LLP", and the tagger's names inside it go; a
// firm starts after the lawyers' names in capitals before it ("EHREN W.
// SLAGLE KATHRYN L. TRAVEN Collins & Slagle Co., LPA"), each a person,
// and after the lawyer whose surname it took (afterLawyer).
func counselLineEdges(t string, cs []cand) []cand {
	var grown [][2]int
	var lawyers []cand
	var found []cand // the patterns' people, for afterLawyer
	for _, c := range cs {
		if c.typ == TypePerson && c.source == SourcePattern {
			found = append(found, c)
		}
	}
	for i, c := range cs {
		if !nameType(c.typ) {
			continue
		}
		if c.typ == TypeOrg {
			var ps []cand
			cs[i].start, ps = lawyersBeforeFirm(t, c)
			lawyers = append(lawyers, ps...)
			cs[i].start = afterLawyer(t, found, cs[i])
			c = cs[i]
		}
		name := t[c.start:c.end]
		if c.typ == TypeOrg && strings.HasSuffix(t[:c.start], ", ") && leadingGeneration.MatchString(name) {
			k := strings.IndexAny(name, " \t")
			cs[i].start += k + 1
			name = t[cs[i].start:c.end]
		}
		if strings.HasSuffix(name, " Post") && strings.HasPrefix(t[c.end:], " Office Box") {
			cs[i].end -= len(" Post")
		}
		if strings.HasPrefix(name, "Box ") && (strings.HasSuffix(t[:c.start], "Office ") || strings.HasSuffix(t[:c.start], "O. ") || strings.HasSuffix(t[:c.start], "PO ")) {
			cs[i].start += len("Box ")
		}
		if c.typ == TypeOrg && !strings.Contains(name, " and ") && legalFormWord(strings.TrimRight(lastWord(name), ",")) {
			if m := partnersBeforeAnd.FindStringSubmatchIndex(t[max(0, c.start-120):c.start]); m != nil && surnamesOnly(t[max(0, c.start-120)+m[2]:max(0, c.start-120)+m[3]]) {
				if s := partnersStart(t, max(0, c.start-120)+m[2], c); s >= 0 {
					cs[i].start = s
					grown = append(grown, [2]int{s, c.start})
				}
			}
		}
	}
	kept := cs[:0]
	for _, c := range cs {
		if c.start < c.end {
			kept = append(kept, c)
		}
	}
	// The names the grown firms took in.
	return append(withoutInside(kept, grown, nil), lawyers...)
}

// afterLawyer returns where organisation c starts once it no longer takes
// the surname of a lawyer the patterns found before it, whose comma
// follows: "Egnor, Bronson & Egnor" of "Ronald Wm. Egnor, Bronson &
// Egnor", where the tagger had cut the lawyer's name short and the firm's
// finder took the surname for a partner's. Only a firm of partners joined
// by "&" starts so; a legal form alone after the comma is the lawyer's
// firm ("John Smith, P.C.") and stays whole.
func afterLawyer(t string, found []cand, c cand) int {
	for _, p := range found {
		if p.start >= c.start || p.end <= c.start || p.end >= c.end || t[c.start:p.end] != lastWord(t[p.start:p.end]) {
			continue
		}
		s := p.end
		for s < c.end && strings.ContainsRune(", \t\n", rune(t[s])) {
			s++
		}
		if rest := t[s:c.end]; s > p.end && len(strings.Fields(rest)) > 2 && startsUpper(rest) && strings.Contains(rest, "&") {
			return s
		}
	}
	return c.start
}

// lawyersBeforeFirm returns where organisation c starts once the lawyers'
// names in capitals run into its start are cut off (capsLawyer: the last
// one a mixed-case word follows), and those lawyers as people.
func lawyersBeforeFirm(t string, c cand) (int, []cand) {
	name := t[c.start:c.end]
	start := c.start
	var cs []cand
	for _, m := range capsLawyer.FindAllStringSubmatchIndex(name, -1) {
		if m[2] < 0 {
			continue
		}
		if !legalFormWord(strings.TrimRight(lastWord(name[m[2]:]), ",.")) && !professionalEnd.MatchString(name[m[2]:]) {
			continue
		}
		for _, p := range capsLawyer.FindAllStringSubmatchIndex(name[:m[2]], -1) {
			end := p[1]
			if p[2] >= 0 {
				end = strings.LastIndexAny(name[:p[2]], "ABCDEFGHIJKLMNOPQRSTUVWXYZ'’-") + 1
			}
			cs = append(cs, cand{typ: TypePerson, start: c.start + p[0], end: c.start + end, source: SourcePattern})
		}
		start = c.start + m[2]
	}
	return start, cs
}

// partnersStart returns where the partners' names that run from s to
// firm c's " and " start: after a party's role that opens them
// ("Defendant" of "Defendant Pittsburg Tank and Tower Maintenance Co.,
// Inc."); -1 where they are a person whose surname opens the firm's name,
// the family's company ("Defendants Craig Chesley and ChesleyCo, Inc.",
// "George Wintz and Wintz Properties, Inc."), or fewer than two words are
// left.
func partnersStart(t string, s int, c cand) int {
	ws := words(strings.TrimSuffix(strings.TrimRight(t[s:c.start], " \t"), "and"), s)
	k := 0
	for k < len(ws) && roleWords[strings.ToLower(ws[k].text)] {
		k++
	}
	if len(ws)-k < 2 || strings.HasPrefix(firstWord(t[c.start:c.end]), ws[len(ws)-1].text) {
		return -1
	}
	return ws[k].start
}

// surnamesOnly reports whether a run of capitalised words can be a firm's
// partners' names: no organisation's word, legal form, place, title or
// job among them ("Sherman International Corporation" before "and Constar,
// Inc." is a company of its own).
func surnamesOnly(run string) bool {
	for _, w := range strings.Fields(run) {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if orgSuffix[lw] || orgWords[lw] || genericOrg[lw] || legalFormWord(lw) || locationSet[lw] || titleWords[lw] || jobWords[lw] {
			return false
		}
	}
	return true
}

// counselLineCity is the city a counsel line gives between a lawyer's name
// or firm and whom the lawyer appears for, with its state after it or
// not: "Richard Seltzer, Hoboken, argued the cause", "…, P.A., of Topeka,
// for appellee", "Deacy & Deacy, LLP, Kansas City, for", "Karl Alexander,
// Pittsburgh, Pa., for", "Robert F. Glassman, of Hays, was on the brief".
// Group 1 is the city.
var counselLineCity = regexp.MustCompile(`(?:,|,?[ \t]+of)[ \t]+((?:[A-Z][a-z]+\.?[ \t]+){0,2}[A-Z][a-z]+)(?:,[ \t]+(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.(?:[ \t]?[A-Z][a-z]{0,4}\.)?|` + stateNameAlt + `))?,[ \t]+(?:for|argued|attorneys?[ \t]+for|counsel[ \t]+for|(?:was|were)[ \t]+on[ \t]+the[ \t]+brief)\b`)

// firmOfCity is a counsel line as Kansas's courts write it: the lawyer,
// "of" the firm, "of" the city, and what the lawyer did: "Jack N.
// Stewart, of Hampton, Royce, Engleman and Nelson, of Salina, argued the
// cause", "Casey R. Law, of Turner and Boisseau, Chartered, of Great Bend,
// were on the brief". Group 1 is the firm.
var firmOfCity = regexp.MustCompile(`[A-Z][a-z]+\.?(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'’\-]*))+,[ \t]+of[ \t]+([A-Z][^,\n]*(?:,[ \t]+(?:and[ \t]+)?[A-Z][^,\n]*)*?),[ \t]+of[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+,[ \t]+(?:argued|(?:was|were)[ \t]+on[ \t]+the[ \t]+brief)\b`)

// firmsOfCities returns the firms of firmOfCity's lines, where the tagger
// reads the partners' surnames as people or places ("Hampton", "Royce").
// A title or a job is no firm ("of Counsel").
func firmsOfCities(t string) []cand {
	var out []cand
	// Only the lines that say what a lawyer did (the expression alone
	// would try every line).
	seen := map[int]bool{}
	for _, did := range []string{" argued", " on the brief"} {
		for at := range occurrences(t, did, 0) {
			ls := strings.LastIndexByte(t[:at], '\n') + 1
			if seen[ls] {
				continue
			}
			seen[ls] = true
			for _, m := range firmOfCity.FindAllStringSubmatchIndex(t[ls:lineEnd(t, ls)], -1) {
				firm := t[ls+m[2] : ls+m[3]]
				if slices.ContainsFunc(strings.Fields(strings.ToLower(firm)), func(w string) bool { return jobWords[w] || titleWords[w] }) {
					continue
				}
				out = append(out, cand{typ: TypeOrg, start: ls + m[2], end: ls + m[3], source: SourcePattern})
			}
		}
	}
	slices.SortFunc(out, func(a, b cand) int { return a.start - b.start })
	return out
}

// forRole is a party's role after a counsel line's "for": " plaintiff",
// " the appellants", " defendants-respondents".
var forRole = regexp.MustCompile(`^[ \t]+(?:the[ \t]+)?(?i:plaintiffs?|defendants?|appellants?|appellees?|respondents?|petitioners?|relators?|relator-appellants?|amic[iu]s|intervenors?|movants?|appellee-respondents?|plaintiffs?-appellants?|defendants?-respondents?|defendants?-appellees?)\b`)

// cityOpeners open a city's name of two or three words ("Kansas City",
// "West Des Moines", "Fort Worth"), as townEnds end one ("Silver Spring",
// "White Plains"). A counsel line's two words otherwise are a lawyer's
// name ("Michael Casper, for") or a firm's.
var cityOpeners = wordSet(`new north south east west fort ft. saint st. san santa los las el la lake great grand palm mount mt. port salt cedar sioux des baton little bowling kansas oklahoma jersey`)

// counselCities makes the city of a counsel line (counselLineCity) a place:
// the tagger reads a small city's name there as a person or an
// organisation ("Erie", "Princeton", "Kansas City") or misses it
// ("Hoboken"). A city of one word that is a party's role, a title, a job
// or a body's word ("Grantor, for", "Counsel, for") is none, nor are two
// or three words that neither a known place nor a city's opening or
// closing word makes one (addressPlaces takes such a city where a party's
// role follows "for": "Rock Hill, for appellant"). A name any other
// mention covers in part stays as it is.
func counselCities(t string, cs []cand) []cand {
	if !containsAny(t, []string{", for ", " argued", "attorney for ", "attorneys for ", "counsel for ", " on the brief"}) {
		return cs
	}
	for _, m := range counselLineCity.FindAllStringSubmatchIndex(t, -1) {
		s, e := m[2], m[3]
		// A lawyer's name, a firm or a title stands before the comma, not
		// a clause's lower-case word ("or, Alternatively, for").
		if b := lastWord(strings.TrimRight(t[:m[0]], " \t\n,")); b == "" || !startsUpper(b) && !strings.HasSuffix(b, ".") {
			continue
		}
		name := t[s:e]
		ws := strings.Fields(strings.ToLower(name))
		lower := strings.Join(ws, " ")
		if leadingNoise[lower] || notNames[lower] || hasOrgWord(name) || jobWords[ws[len(ws)-1]] {
			continue
		}
		switch {
		case len(ws) == 1:
			if roleWords[ws[0]] || titleWords[ws[0]] || orgWords[ws[0]] || notNameAlone[ws[0]] {
				continue
			}
		case !knownPlaces[name] && !locationSet[lower] && !cityOpeners[ws[0]] && !townEnds[ws[len(ws)-1]]:
			continue
		}
		covered := false
		for i, c := range cs {
			if c.end <= s || c.start >= e {
				continue
			}
			covered = true
			if c.start == s && c.end == e && (c.typ == TypePerson || c.typ == TypeOrg) {
				cs[i].typ = TypeLocation
			}
		}
		if !covered {
			cs = append(cs, cand{typ: TypeLocation, start: s, end: e, source: SourcePattern})
		}
	}
	return cs
}

// suffixLead is a name that opens with a generational suffix: "Sr., Plaintiff,
// v. …", "Jr.\nIntervenor". Group 1 is the suffix.
var suffixLead = regexp.MustCompile(`^(Jr\.|JR\.|Sr\.|SR\.)(?:[ \t\n,]|$)`)

// suffixLeds mends the names that open with a generational suffix: the
// patterns cut a caption's first party at its comma ("Eugene Edward DUFFY,
// Jr.\nv.\nCITY OF MOBILE" read as "Jr. v. CITY OF MOBILE"), a role alone
// on the line under a party ("Jack Harold Jones, Jr.\nIntervenor") or a
// firm after its lawyer ("David J. Stein, Sr. of Stein Law Office
// L.L.P."). A case starts back at the name the suffix ends
// (generationOwner); a person is that name with its suffix; an
// organisation starts after the suffix and its "of", and the person before
// it is added, unless what is left is a legal form alone ("Julian C.
// Smith, Jr., Ltd.": the firm starts back at his name). A name the suffix
// opens with no name before it is none ("Jr.\nIntervenor" alone); "Sr."
// before a title is "Senior" (seniorTitle), left alone.
func suffixLeds(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Jr.", "JR.", "Sr.", "SR."}) {
		return cs
	}
	drop := map[int]bool{}
	var added []cand
	for i, c := range cs {
		if c.typ != TypeCase && c.typ != TypePerson && c.typ != TypeOrg {
			continue
		}
		name := t[c.start:c.end]
		m := suffixLead.FindStringSubmatchIndex(name)
		if m == nil {
			continue
		}
		if strings.EqualFold(name[:m[3]], "Sr.") && seniorTitle(t[c.start+m[3]:]) {
			continue // "Sr. Vice President"
		}
		owner := cand{typ: TypePerson, start: generationOwner(t, c.start), end: c.start + m[3], source: c.source}
		switch c.typ {
		case TypeCase:
			if owner.start < 0 {
				drop[i] = true
				continue
			}
			cs[i].start = owner.start
		case TypePerson:
			if owner.start < 0 {
				drop[i] = true
				continue
			}
			cs[i].start, cs[i].end = owner.start, owner.end
		case TypeOrg:
			rest := strings.TrimPrefix(strings.TrimLeft(t[c.start+m[3]:c.end], " \t\n,"), "of ")
			if owner.start >= 0 && orgSuffix[lowerKey(rest)] {
				// "Julian C. Smith, Jr., Ltd.": a firm named for him.
				cs[i].start = owner.start
				continue
			}
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
				drop[i] = true
				continue
			}
			cs[i].start = c.end - len(rest)
			if owner.start >= 0 && !slices.ContainsFunc(cs, func(d cand) bool { return d.typ == TypePerson && d.start <= owner.start && d.end >= owner.end }) {
				added = append(added, owner)
			}
		}
	}
	return append(withoutDropped(cs, drop), added...)
}
