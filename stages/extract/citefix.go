package extract

import (
	"regexp"
	"strings"
)

// citeFix mends the patterns' laws and case names where the patterns cut
// them short or read a value as a law. It runs after the tagger, whose
// features the patterns' output is, so that the shipped model stays what
// its training data make (as telephone does for docket numbers).
//
//   - A code that holds a value is no law: "Bank Code (Swift, Sort …)",
//     "his Reenlistment Code was RE-4".
//   - A law dated by the day it was enacted is named to its year, over a
//     line break: "Act of Dec." / "22, 1980".
//   - A section on the line after a law's name is the law's section:
//     "Restatement (Second) of Contracts" / "§203(b)".
//   - A section of the Constitution is cited with its article and clause:
//     "Art. I, §10, cl. 3"; a section of the U.S. Code or the C.F.R. with
//     its title over a line break: "42 U.S.C." / "§§ 2000cc".
//   - A section number goes on over its lower-case letters and its range:
//     "§ 2000e-2(a)", "§§ 2000cc-2000cc-5".
//   - A case party's name, and the case's, goes on over a lower-case
//     particle: "v. De" + " la Cuesta"; it ends at a line's end after a
//     legal form ("… Steak N Shake Operations Inc" / "Case Number: …").
//   - The rules listed after a rule are the same body's: "FRAP 12(a),
//     32(a)", "FRAP 15(a)" / "or 21(a)".
func citeFix(t string, pats []cand) []cand {
	// Sections by where they start, for the laws whose line they end.
	sections := map[int][]int{}
	for i, p := range pats {
		if p.typ == TypeLaw && strings.HasPrefix(t[p.start:p.end], "§") {
			sections[p.start] = append(sections[p.start], i)
		}
	}
	joined := map[int]bool{}
	for i := range pats {
		p := &pats[i]
		if p.typ != TypeLaw || strings.Contains(t[p.start:p.end], "§") {
			continue
		}
		rest := textAfter(t, p.end)
		next := p.end + len(rest) - len(strings.TrimLeft(rest, " \t\n"))
		if ks := sections[next]; len(ks) > 0 && oneBreak(t[p.end:next]) {
			for _, k := range ks {
				p.end = max(p.end, pats[k].end)
				joined[k] = true
			}
		}
	}
	out := make([]cand, 0, len(pats)+1)
	// "U.S.S.G. § 2L1.2(b)(1)(A)(ii)": the sentencing guidelines, which
	// the patterns do not cite.
	if strings.Contains(t, "S.G") || strings.Contains(t, "S. G") {
		for _, m := range guidelinesCite.FindAllStringIndex(t, -1) {
			out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	for i, p := range pats {
		if joined[i] {
			continue
		}
		switch p.typ {
		case TypeLaw:
			name := t[p.start:p.end]
			if valueCode(name) || instrumentAmendment(name, textAfter(t, p.end)) {
				continue
			}
			if m := actDate.FindStringIndex(textAfter(t, p.end)); m != nil && actOfMonth.MatchString(name) {
				p.end += m[1]
			}
			// "Title VII of the Civil Rights Act of 1964": the title of
			// the Act cited is the provision, one law.
			if m := titleOfThe.FindStringIndex(t[max(0, p.start-window):p.start]); m != nil && actName.MatchString(name) {
				p.start = max(0, p.start-window) + m[0]
			}
			// "Equal Access to Justice Act": the words before "to" are the
			// Act's too.
			if strings.HasSuffix(name, " Act") {
				from := max(0, p.start-window)
				if m := actTo.FindStringIndex(t[from:p.start]); m != nil {
					p.start = from + m[0]
				}
			}
			// "section 9A.44.079": a section numbered with dots.
			if m := dottedSection.FindStringIndex(textAfter(t, p.end)); m != nil && sectionNumberEnd.MatchString(name) {
				p.end += m[1]
			}
			if (strings.Contains(name, "§") || groupedSection.MatchString(name)) && endsInDigit(name) {
				if m := sectionTail.FindStringIndex(textAfter(t, p.end)); m != nil {
					p.end += m[1]
				}
				// "§ 24-10" + "-103(1.3)": a state's section numbered
				// in groups, which the patterns read as a range.
				if m := sectionGroups.FindStringIndex(textAfter(t, p.end)); m != nil {
					p.end = subsectionEnd(t, p.end+m[1])
				}
			}
			// "5 C.F.R. § 1201.117" + " (c)", "9 U.S.C. § 10" + "\n(a)(1)-(3)":
			// subsections after a space or a line break, and a range of them.
			if (endsInDigit(name) || strings.HasSuffix(name, ")")) && (strings.Contains(name, "§") || sectionNumberEnd.MatchString(name) || codeTitled.MatchString(name)) {
				p.end = subsectionEnd(t, p.end)
			}
			if strings.HasPrefix(name, "§") {
				from := max(0, p.start-window)
				if m := articleBefore.FindStringIndex(t[from:p.start]); m != nil {
					p.start = from + m[0]
				} else if m := codeBefore.FindStringIndex(t[from:p.start]); m != nil {
					p.start = from + m[0]
				} else if m := codeAbbrevBefore.FindStringSubmatchIndex(t[from:p.start]); m != nil && !notCodeAbbrev[lastWord(t[from+m[2]:from+m[3]])] {
					p.start = from + m[2]
				}
				if m := clauseAfter.FindStringIndex(textAfter(t, p.end)); m != nil {
					p.end += m[1]
				}
			}
			// "I.R.C. § 6651(a)(1)", which the patterns read as Ohio's
			// "R.C."; "9th Cir. BAP Rule 8013-1", a court's own rule.
			if strings.HasPrefix(name, "R.C.") && strings.HasSuffix(t[:p.start], "I.") {
				p.start -= len("I.")
			} else if strings.HasPrefix(name, "Rule ") {
				if m := circuitBefore.FindStringIndex(t[max(0, p.start-window):p.start]); m != nil {
					p.start = max(0, p.start-window) + m[0]
				}
			}
		}
		if p.typ == TypeCase || p.party {
			p.end = legalFormLineEnd(t, p.start, p.end, p.party)
			if m := particleName.FindStringIndex(textAfter(t, p.end)); m != nil && particles[lastWord(t[p.start:p.end])] {
				p.end += m[1]
			}
			// "Sanderson v. U.S. Ctr. for Safesport, Inc.", "Acme v. Wired
			// for Sound, Inc.": the last party's name goes on over "for"
			// and the capitalised words after it, to the comma or the
			// line's end, where a caption's role does not follow it.
			if m := forRest.FindStringSubmatchIndex(textAfter(t, p.end)); m != nil && !forCaptionRole.MatchString(textAfter(t, p.end)[m[2]:m[3]]) {
				p.end += m[3]
				if p.party && p.typ != TypeCase {
					p.typ = partyType(t[p.start:p.end])
				}
			}
		}
		out = append(out, p)
		// "FRAP 12(a), 32(a)", "FRAP 15(a) or 21(a)": the rules listed
		// after a rule are the same body's.
		// "§§5.01(a), 5.02(a)", "§§ 542, 543": the sections listed after
		// sections are the same code's, and so are those after a title's
		// section written without a sign ("21 U.S.C. 841 and 846").
		// "§ 111(a) and (b)", "§§ 856(a) and (b)": a subsection listed
		// after a section's subsection is that section's, a law of its
		// own.
		// "Sections 11, 12(a)(2), and 15 of the Securities Act of 1933",
		// "Rules 52 and 65 of the Federal Rules": the provisions listed
		// after a plural word are the same law's where the list is a law's
		// (pluralListOfLaw).
		if p.typ == TypeLaw {
			listed, next := (*regexp.Regexp)(nil), 1
			plural := pluralProvision.MatchString(t[p.start:p.end])
			switch {
			case strings.Contains(t[p.start:p.end], "§§"), unsignedCodeSection(t[p.start:p.end]), plural:
				listed, next = sectionListed, 3
			case ruleNumberEnd.MatchString(t[p.start:p.end]):
				listed = ruleListed
			}
			items := len(out)
			for e, last := p.end, t[p.start:p.end]; ; {
				var m []int
				n := next
				if listed != nil {
					m = listed.FindStringSubmatchIndex(textAfter(t, e))
				}
				if m == nil && strings.HasSuffix(last, ")") {
					m, n = subsectionListed.FindStringSubmatchIndex(textAfter(t, e)), 3
				}
				if m == nil {
					if plural && !pluralListOfLaw(t, p, e) {
						out = out[:items]
					}
					break
				}
				out = append(out, cand{typ: TypeLaw, start: e + m[2], end: e + m[3], source: p.source})
				last = t[e+m[2] : e+m[3]]
				e += m[n]
			}
		}
	}
	return out
}

// pluralListOfLaw reports whether a list of provisions that opens at p,
// after a plural word, and ends at e is a law's: a law's name closes it
// ("Sections 11, 12(a)(2), and 15 of the Securities Act of 1933", "Rules
// 52 and 65 of the Federal Rules of Civil Procedure"; lawAfterList) or
// opens it ("Title 28 of U.S.Code, Sections 2201 and 2202";
// lawBeforeList), or it lists sections in lower case, as courts cite
// statutes and contracts do not cite their own ("sections 3 and 4"), or
// rules in any case ("under Rules 122 and 217"). A contract's own sections
// ("Sections 2.1 and 2.3 of this Agreement", "sections 7 and 8 hereof";
// ownSection) are no law's, nor are numbers a name or a column goes on
// over after the list ("Sections 3, 4, 5, 13 14, 15 and 21 Tax Classes";
// listRunsOn).
func pluralListOfLaw(t string, p cand, e int) bool {
	after := textAfter(t, e)
	if listRunsOn.MatchString(after) || ownSection.MatchString(after) {
		return false
	}
	head := firstWord(t[p.start:p.end])
	return head == "sections" || strings.EqualFold(head, "rules") || lawAfterList.MatchString(after) ||
		lawBeforeList.MatchString(t[max(0, p.start-24):p.start])
}

// unsignedCodeSection reports whether c is a section of the U.S. Code or
// the Code of Federal Regulations cited by its title and number alone,
// with no sign or word before the number ("21 U.S.C. 841").
func unsignedCodeSection(c string) bool {
	return codeSection.MatchString(c) && !strings.Contains(c, "§") && !strings.Contains(strings.ToLower(c), "sec")
}

// notCodeAbbrev are words in capitals before a section sign that name no
// code: a heading's or a caption's words.
var notCodeAbbrev = wordSet(`THE AND OF IN TO BY UNDER SEE PER AT OR FOR ON AS IS NO NOS ALSO SECTION SEC ARTICLE ART TITLE CHAPTER RULE`)

// titleOfThe is a title of an Act cited before its name, ending where
// the name starts: "Title VII of the "; actName is a named Act, with its
// year or not. A section cited so ("Section 505 of the Rehabilitation
// Act") is sectionsOfLaws'.
var (
	titleOfThe = regexp.MustCompile(`\b(?:Title|TITLE)[ \t]+(?:[IVXL]+|\d+[A-Za-z]?(?:\([0-9a-z]{1,3}\))*)[ \t]+of[ \t]+the[ \t]+$`)
	actName    = regexp.MustCompile(`^[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+)*[ \t]+Act(?:[ \t]+of[ \t]+\d{4})?$`)
)

// actTo is the start of an Act's name whose words before "to" the
// patterns left out: "Equal Access to " of "Justice Act", "Right to ".
var actTo = regexp.MustCompile(`(?:[A-Z][A-Za-z'’\-]*[ \t]+){1,3}to[ \t]+$`)

// dottedSection is the rest of a section's number written with dots
// ("9A" + ".44.079"), and sectionNumberEnd a law's name that ends with a
// section's number.
var (
	dottedSection    = regexp.MustCompile(`^\.\d[0-9A-Za-z]*(?:\.\d[0-9A-Za-z]*)*`)
	sectionNumberEnd = regexp.MustCompile(`(?i)(?:section|sec\.|§)[ \t]*\d+[A-Z]?$`)
)

// groupedSection is a section named by the word and numbered in groups,
// which the patterns cut after the second ("Section 18-3" of "Section
// 18-3-1", Alabama's numbering).
var groupedSection = regexp.MustCompile(`^(?:[Ss]ections?|SECTIONS?)[ \t]+\d+(?:-\d+)+$`)

// codeTitled is a citation of the U.S. Code or the C.F.R. by title:
// "18 U.S.C. 1343".
var codeTitled = regexp.MustCompile(`^\d+[ \t]+(?:U\.[ \t]?S\.[ \t]?C|C\.[ \t]?F\.[ \t]?R)\.`)

// sectionGroups is the rest of a section's number in groups after a
// hyphen, with its subsections: "24-10" + "-103(1.3)".
var sectionGroups = regexp.MustCompile(`^(?:[-–]\d+[A-Za-z]{0,3})+`)

// guidelinesCite is a citation of the federal sentencing guidelines.
var guidelinesCite = regexp.MustCompile(`\bU\.[ \t]?S\.[ \t]?S\.[ \t]?G\.[ \t]*(?:§+[ \t]*)?\d+[A-Z]\d+\.\d+(?:\([0-9A-Za-z]{1,4}\))*`)

// amendmentOf is an amendment's name, "First Amendment", and
// instrumentAfter the contract it amends after it: "to Credit Agreement",
// "to the Lease".
var (
	amendmentOf     = regexp.MustCompile(`^(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-[a-z]+|\d+(?:st|nd|rd|th))[ \t]+(?i:amendment)$`)
	instrumentAfter = regexp.MustCompile(`^[ \t\n]+(?i:to)[ \t\n]+(?:(?i:the|this|that)[ \t\n]+)?(?:[A-Z][\w&'’\-]*[ \t\n]+){0,6}(?i:agreement|lease|indenture|contract|note|plan|declaration|guaranty|guarantee|mortgage|deed|charter|bylaws)\b`)
)

// instrumentAmendment reports whether a law's name is an amendment of a
// contract, an instrument's title ("First Amendment to Credit Agreement"),
// not one of the Constitution's.
func instrumentAmendment(name, after string) bool {
	return amendmentOf.MatchString(name) && instrumentAfter.MatchString(after)
}

// valueCodeWords are the words before "Code" that make it a value (a bank's,
// a service member's, a postal one), not a body of law.
var valueCodeWords = wordSet("bank swift sort zip postal area country access security source bar dress reason " +
	"status error product tracking promo promotional discount routing branch identification identifier " +
	"reentry re-entry reenlistment re-enlistment authorization confirmation verification designator " +
	"program activity airport currency language billing diagnosis")

// valueCode reports whether a law's name is a code that holds a value:
// "Code" ends it and the word before it is a kind of value, or a
// possessive names whose code it is ("Applicant's Reenlistment Code").
func valueCode(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !strings.EqualFold(f[len(f)-1], "Code") {
		return false
	}
	if valueCodeWords[strings.ToLower(f[len(f)-2])] {
		return true
	}
	for _, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
	}
	return false
}

var (
	// actOfMonth is a law named "Act of" and a month, its day cut off.
	actOfMonth = regexp.MustCompile(`\bAct of (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)$`)
	// actDate is the rest of the date after the month: ". 22, 1980".
	actDate = regexp.MustCompile(`^\.?` + partyGap + `\d{1,2},` + partyGap + `\d{4}\b`)
	// articleBefore is a constitution's article before its section:
	// "Art. I, ".
	articleBefore = regexp.MustCompile(`\b(?:Art|art)\.[ \t]+[IVX]+,[ \t]*$`)
	// codeBefore is the code's title and name on the line before its
	// section: "42 U.S.C." / "§§ 2000cc".
	codeBefore = regexp.MustCompile(`\b\d+[ \t]+(?:U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?|C\.[ \t]?F\.[ \t]?R\.)[ \t]*\n[ \t]*$`)
	// codeAbbrevBefore is a code named by its initials before its
	// section, with its title's number or not: "FAR § 15.306", "ERISA §
	// 502(a)", "40 CFR § 60.1". Group 1 is the code; notCodeAbbrev are
	// words in capitals that name no code.
	codeAbbrevBefore = regexp.MustCompile(`(?:^|[^A-Za-z.\d])((?:\d{1,3}[ \t]+)?(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5}))[ \t]+$`)
	// circuitBefore is a court of appeals before its own rule: "9th Cir.
	// BAP ", "10th Cir. ".
	circuitBefore = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th|d)[ \t]+Cir\.[ \t]+(?:BAP[ \t]+)?$`)
	// sectionTail is the rest of a section number whose letters are in
	// lower case, and its range: "2000" + "cc-2000cc-5", "2000" + "e-2(a)".
	sectionTail = regexp.MustCompile(`^[a-z]{1,3}\b(?:[-–]\d+[a-z]{0,3})*(?:\([A-Za-z0-9]{1,4}\))*`)
	// ruleNumberEnd is a rule's number with its subdivision at the end of
	// a citation: "FRAP 12(a)".
	ruleNumberEnd = regexp.MustCompile(`[A-Za-z.][ \t]+\d+(?:\.\d+)?(?:\([a-z0-9]{1,3}\))+$`)
	// sectionListed is another section's number listed after sections
	// ("§§5.01(a), 5.02(a)", "§§ 542, 543", "§§ 1983 and 1985", "§§ 989.58
	// & 989.59", "§§ 5531(a),\n5536(a)(1)(B)"), not a
	// record's or a reporter's number ("…, 1 App. 22"). Group 1 is the
	// number.
	sectionListed = regexp.MustCompile(`^` + listJoin + `(\d+(?:\.\d+)*[a-z]?(?:\([A-Za-z0-9]{1,4}\))*)(?:[,;)]|\.(?:\s|$)|[ \t\n]+(?:[a-z]|\()|$)`)
	// pluralProvision is a list's first provision after a plural word:
	// "Sections 11" of "Sections 11, 12(a)(2), and 15 of the Securities
	// Act of 1933", "Rules 52" of "Rules 52 and 65 of the Federal Rules".
	pluralProvision = regexp.MustCompile(`^(?:Sections|sections|SECTIONS|Rules|rules|RULES)[ \t]+\d`)
	// lawAfterList is the law's name after "of" or a comma that closes a
	// list of its provisions, ending in a law's head word (" of the Sherman
	// Act", " of the Federal Rules of Civil Procedure", ", Florida
	// Statutes"), or a code's title (" of Title 5", ", Title 28
	// U.S.C.A."); " of the Complaint" names no law.
	lawAfterList = regexp.MustCompile(`^[ \t\n]+of[ \t\n]+(?:(?:the[ \t\n]+)?(?:[A-Z][\w.'’\-]*[ \t\n]+(?:(?:of|and|&|on|for)[ \t\n]+)?){0,7}(?:Act|Code|Rules|Regulations|Constitution|Statutes|Laws?|Treaty|Convention|Ordinance|Procedure|Evidence)\b|[Tt]itle[ \t\n]+\d)|^,[ \t\n]*(?:[Tt]itle[ \t\n]+\d|(?:[A-Z][\w.'’\-]*[ \t\n]+){0,5}(?:Act|Code|Statutes|Laws?|Rules)\b)`)
	// lawBeforeList is a code's name right before a list's plural word:
	// "Penal Code ", "U.S.Code, ", "Florida Statutes, ".
	lawBeforeList = regexp.MustCompile(`(?:Code|Statutes|Laws|Act|U\.S\.C\.?),?[ \t\n]+$`)
	// listRunsOn is what follows a list's last provision when the list
	// numbers something else: a further number and a capitalised word or
	// another number (", and 7 Homeowners", ", 13 14"), or a number
	// without a comma (" 14, 15").
	listRunsOn = regexp.MustCompile(`^(?:(?:,|,?[ \t\n]+(?:and|or|&))[ \t\n]+)?\d[\w.()\-]*[ \t\n]+[A-Z0-9]|^[ \t\n]+\d`)
	// ruleListed is another rule's number listed after one: ", 32(a)",
	// "\nor 21(a)". Group 1 is the number.
	ruleListed = regexp.MustCompile(`^(?:,|,?[ \t\n]+(?:or|and))[ \t\n]+(\d+(?:\.\d+)?(?:\([a-z0-9]{1,3}\))+)(?:[^\w(]|$)`)
	// subsectionListed is another subsection of a section listed after
	// one of its subsections: " and (b)" after "§ 111(a)", " and (2)"
	// after "§ 3142(f)(1)", not an enumeration's next item after a citation
	// ("Fed.R.Civ.P. 12(b)(6), and (2) imposing"). Group 1 is the
	// subsection.
	subsectionListed = regexp.MustCompile(`^` + listJoin + `((?:\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\))+)(?:[,;.)]|[ \t\n]+(?:[^a-z \t\n]|(?:of|and|or|to|through|under|in)\b)|[ \t\n]*$)`)
	// clauseAfter is the clause after a section: ", cl. 3".
	clauseAfter = regexp.MustCompile(`^,[ \t]*cl\.[ \t]*\d+`)
	// forRest is the rest of a party's name after "for" ("Ctr. for
	// Safesport, Inc."), to a comma or the line's end. Group 1 is the words
	// after "for", its end the name's.
	forRest = regexp.MustCompile(`^\.?` + partyGap + `for` + partyGap + `((?:the` + partyGap + `)?[A-Z][A-Za-z0-9&'’.\-]*(?:` + partyGap +
		`(?:[A-Z][A-Za-z0-9&'’.\-]*|of|the|and|&))*(?:,[ \t]+` + legalForm + `)?)(?:,|[ \t]*\n|[ \t]*$)`)
	// forCaptionRole is a caption's role after "for" ("for Appellant"), which
	// names no party.
	forCaptionRole = regexp.MustCompile(`^(?:the` + partyGap + `)?` + CaptionRole + `\b`)
	// particleName is the rest of a name after a particle, also over a line
	// break: " la Cuesta".
	particleName = regexp.MustCompile(`^` + partyGap + `(?:la|de|del|della|der|van|von|den|du|le|da|di|dos|das)` + partyGap + `[A-Z][a-z]+\b`)
)

// particles open a surname and may be followed by another particle: "De la
// Cuesta", "Van der Berg".
var particles = map[string]bool{"De": true, "Van": true, "Von": true, "Del": true, "Da": true, "Di": true, "Du": true, "La": true, "Le": true, "Dos": true}

// oneBreak reports whether gap is blank with exactly one line break: the
// end of a line and the start of the next.
func oneBreak(gap string) bool {
	return strings.Count(gap, "\n") == 1 && strings.TrimSpace(gap) == ""
}

// lastWord is the last whitespace-separated word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// window bounds what citeFix reads around a mention, so that its cost stays
// linear in the text: every fix it makes is shorter.
const window = 64

// textAfter is the text's window after i.
func textAfter(t string, i int) string {
	return t[i:min(len(t), i+window)]
}

// endsInDigit reports whether s ends in a digit.
func endsInDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// legalFormLineEnd is where a party's name [s, e) of t ends, or a case
// name's after its "v.": at the first line break after a legal form, which
// ends a company's name, else e. A stacked caption's first party ends its
// line with a legal form before "Plaintiff," and "v." on the next lines.
func legalFormLineEnd(t string, s, e int, party bool) int {
	ws := words(t[s:e], s)
	versus := party
	for k := 1; k < len(ws); k++ {
		versus = versus || ws[k-1].text == "v." || ws[k-1].text == "vs."
		if versus && legalForms[strings.ToLower(strings.TrimRight(ws[k-1].text, ","))] && strings.Contains(t[ws[k-1].end:ws[k].start], "\n") {
			return ws[k-1].end
		}
	}
	return e
}

// constitution is the federal Constitution named without its country, and
// an article of it named where the text says so: "the Constitution",
// "the Constitution's", "Clause of Article IV", "Article I of the
// Constitution". Group 1 or 2 is the name. "the Constitution of the
// Company" is a company's charter, and "the Maine Constitution" a state's
// (the word before is not "the").
var constitution = regexp.MustCompile(`\b[Tt]he[ \t\n]+(Constitution)\b(?:[’']s)?(?:[^ \t\n]|[ \t\n]+[^o \t\n]|[ \t\n]+o[^f]|$)|\bClause[ \t\n]+of[ \t\n]+(Article[ \t\n]+[IVX]+)\b|\b(Article[ \t\n]+[IVX]+)[ \t\n]+of[ \t\n]+the[ \t\n]+(?:United[ \t\n]+States[ \t\n]+)?Constitution\b`)

// constitutionNames returns the federal Constitution and its articles as
// LAW mentions where constitution finds them. They come after the tagger,
// like citeFix's mends, so the model's features stay as trained.
func constitutionNames(t string) []cand {
	if !strings.Contains(t, "Constitution") && !strings.Contains(t, "Article") {
		return nil
	}
	var out []cand
	for _, m := range constitution.FindAllStringSubmatchIndex(t, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				out = append(out, cand{typ: TypeLaw, start: m[g], end: m[g+1], source: SourcePattern})
				break
			}
		}
	}
	return out
}
