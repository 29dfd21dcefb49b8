package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// IsCaseName reports whether a CASE mention's text is a case name ("X v.
// Y", "In re X") rather than a docket number or a reporter citation; the
// first case name of a document is its own case (relate uses the same
// rule).
func IsCaseName(s string) bool { return caseNameLike(s) }

func caseNameLike(s string) bool {
	f := " " + oneSpace(s) + " "
	return strings.Contains(f, " v. ") || strings.Contains(f, " vs. ") || strings.Contains(f, " V. ") || strings.Contains(f, " -against- ") || strings.Contains(f, " versus ") || strings.Contains(f, " VERSUS ") ||
		strings.Contains(f, " v ") || strings.HasPrefix(f, " In re ") || strings.HasPrefix(f, " IN RE ") ||
		strings.HasPrefix(strings.ToLower(f), " in ") && interestCase.MatchString(strings.TrimSpace(f))
}

// citedCases applies what the text's case structure says about the
// mentions, over the whole document:
//
//   - the document's own case (OwnCase) is its caption; the
//     parties named inside any other case name are parties of a cited case,
//     which exist only as part of that case's name, so name mentions
//     nested in it are dropped;
//   - a reporter citation right after a case name ("Smith v. Jones, 988
//     F.3d 8") refers to that case, and so does the first docket number to
//     a caption in capitals, or to the document's own case named in mixed
//     case right before its label ("Case Number: 17-2678"), so resolve
//     makes them one entity.
//
// ms must be sorted by start; the sweep is linear. doc is the document's
// text (nil: a citation must follow its name within two characters).
func citedCases(doc []rune, ms []Mention) []Mention {
	own := ""
	if i := OwnCase(ms); i >= 0 {
		own = oneSpace(ms[i].Text)
	}
	// A cited case's short form is its first party's name ("Strickland,
	// 466 U.S. at 690"): a lone word naming it is the case, not a person.
	shortForms := map[string]bool{}
	for _, m := range ms {
		if m.Type == TypeCase && caseNameLike(m.Text) && !sameCase(oneSpace(m.Text), own) {
			if f := strings.Fields(m.Text); len(f) > 0 && f[0] != "In" {
				shortForms[strings.Trim(f[0], ",.")] = true
			}
		}
	}
	out := ms[:0:0]
	var active Mention // the cited case name covering the sweep position
	var lastName Mention
	lastEnd := 0     // where lastName ends, with a parallel name in parentheses after it
	lastDocket := -1 // index in out of the case mention just before, if a docket number
	docketSeen := false
	for _, m := range ms {
		if m.Type == TypeCase {
			txt := oneSpace(m.Text)
			switch {
			case caseNameLike(m.Text) && m.Refers == "" && lastName.ID != "" && m.Start >= lastEnd:
				// "Quiros Lopez v. Unanue Casal (In re Unanue Casal), 998
				// F.2d 28": the name in parentheses right after a case's
				// name is another name of that case, and the citation
				// after it is the case's.
				if end, ok := parallelName(doc, lastEnd, m.Start, m.End); ok {
					m.Refers = oneSpace(lastName.Text)
					m.ID = mentionID(m)
					lastEnd = end
					break
				}
				fallthrough
			case caseNameLike(m.Text):
				if !sameCase(txt, own) {
					active = m
				} else {
					active = Mention{}
				}
				lastName, lastEnd = m, m.End
				// "Re: Case No. 17-3994, Island Creek Coal Company v.
				// Linda Hill": a docket number a comma joins to the case
				// name after it is that case's.
				if lastDocket >= 0 && out[lastDocket].Refers == "" && docketComma(doc, out[lastDocket].End, m.Start) {
					out[lastDocket].Refers = txt
					out[lastDocket].ID = mentionID(out[lastDocket])
				}
			case m.Refers == "" && lastName.ID != "" && m.Start >= lastEnd && citationGap(doc, lastEnd, m.Start) && !docketLike(txt):
				m.Refers = oneSpace(lastName.Text)
				m.ID = mentionID(m)
			case m.Refers == "" && lastName.ID != "" && m.Start >= lastEnd && docketLike(txt) && docketAfterName(doc, lastEnd, m.Start):
				// "Coppinger-Martin v. Solis, No. 09-73725": a docket
				// number right after a case's name is that case's.
				m.Refers = oneSpace(lastName.Text)
				m.ID = mentionID(m)
			case m.Refers == "" && !docketSeen && own != "" && docketLike(txt) &&
				(upperCaseName(own) || sameCase(oneSpace(lastName.Text), own) && docketLabelGap(doc, lastName.End, m.Start)):
				docketSeen = true
				m.Refers = own
			}
			lastDocket = -1
			if docketLike(txt) {
				lastDocket = len(out)
			}
			out = append(out, m)
			continue
		}
		// A name that starts inside a cited case's name is one of its
		// parties, even where the name runs past the case mention ("Axion
		// Logistics, L.L.C." after "Richardson v. Axion Logistics, L.L.C").
		if nameType(m.Type) && active.ID != "" && m.Start >= active.Start && m.Start < active.End {
			continue
		}
		if m.Source == SourceModel && (m.Type == TypePerson || m.Type == TypeOrg) && shortForms[m.Text] {
			continue
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// supraGap is "supra" between a case's name and its citation.
var supraGap = regexp.MustCompile(`^,[ \t\n]+supra,[ \t\n]+$`)

// docketAfter is what stands between a case's name and its docket number
// on the same line: ", No. ", ", Nos. ", ", Case No. ".
var docketAfter = regexp.MustCompile(`^\.?,[ \t]*(?:(?i:(?:case|docket|appeal)[ \t]+)?(?i:nos?)\.?[ \t]*)?$`)

// docketAfterName reports whether only docketAfter stands between runes a
// and b of doc (nil: never).
func docketAfterName(doc []rune, a, b int) bool {
	if doc == nil || b-a > 24 || a > b {
		return false
	}
	return docketAfter.MatchString(string(doc[a:b]))
}

// docketLabel is what stands between a case's name and its docket number
// on the next line: "Case Number:", "No.", "Docket No.".
var docketLabel = regexp.MustCompile(`^[ \t]*\n?[ \t]*(?i:(?:case|docket|appeal)[ \t]+)?(?i:number|no\.?|#)[ \t]*:?[ \t]*$`)

// docketLabelGap reports whether the text of doc between a case's name
// ending at a and a docket number starting at b is a docket label: the
// document's own case named in mixed case, then its number ("RE: Christopher
// Mielo, et al v. Steak N Shake Operations Inc" / "Case Number: 17-2678").
func docketLabelGap(doc []rune, a, b int) bool {
	if doc == nil || b < a || b-a > 40 || b > len(doc) {
		return false
	}
	return docketLabel.MatchString(string(doc[a:b]))
}

// docketLike reports whether a CASE mention is a docket number.
func docketLike(s string) bool {
	return s != "" && !strings.ContainsAny(s, " ") && strings.ContainsAny(s, "0123456789")
}

// captionArea is how far (in runes) from the start of a document a case
// name in mixed case can still be its caption.
const captionArea = 1500

// OwnCase returns the index in ms (sorted by start) of the mention that
// names the document's own case, or -1: the first case name written in
// capitals, as captions are ("TARRANT REGIONAL WATER DISTRICT v.
// HERRMANN"), else the first case name near the top of the document; a
// contract or a brief that only cites cases has none. A slip opinion's first case name
// is often a citation in a boilerplate note, which the capitals rule
// passes over.
func OwnCase(ms []Mention) int {
	first := -1
	for i, m := range ms {
		if m.Type != TypeCase || !caseNameLike(m.Text) {
			continue
		}
		if first < 0 && m.Start < captionArea {
			first = i
		}
		if upperCaseName(m.Text) {
			return i
		}
	}
	return first
}

// upperCaseName reports whether a case name is written in capitals, except
// for "v." and "In re".
func upperCaseName(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "v.", "vs.", "v", "In", "re", "et", "al.":
			continue
		}
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
	}
	return true
}

// sameCase reports whether a case name is the document's own case again:
// written in capitals like captions and running headers are, or starting
// with the same two words as the caption ("TARRANT REGIONAL WATER DIST. v.
// HERRMANN" in a header, "Tarrant Regional Water District v. Herrmann").
func sameCase(txt, own string) bool {
	if own == "" {
		return false
	}
	if txt == own || upperCaseName(txt) {
		return true
	}
	a, b := strings.Fields(strings.ToLower(txt)), strings.Fields(strings.ToLower(own))
	return len(a) >= 2 && len(b) >= 2 && a[0] == b[0] && a[1] == b[1] && a[1] != "v."
}

// docketComma reports whether only a comma and spaces stand between a
// docket number ending at a and a case name starting at b.
func docketComma(doc []rune, a, b int) bool {
	if doc == nil || b < a || b-a > 4 || b > len(doc) {
		return false
	}
	gap := string(doc[a:b])
	return strings.HasPrefix(gap, ",") && strings.Trim(gap[1:], " \t") == ""
}

// parallelName reports whether a case name at [s, e) of doc stands in
// parentheses right after the case name ending at a ("… v. Unanue Casal
// (In re Unanue Casal)"), and returns where its closing parenthesis ends.
func parallelName(doc []rune, a, s, e int) (int, bool) {
	if doc == nil || s-a > 6 || e+2 > len(doc) || strings.TrimSpace(string(doc[a:s])) != "(" {
		return 0, false
	}
	for i := e; i < min(len(doc), e+2); i++ {
		if doc[i] == ')' {
			return i + 1, true
		}
	}
	return 0, false
}

// citationGap reports whether the text between a case name ending at a and
// a citation starting at b is only the comma and the spaces of a citation,
// the line break of double-spaced text included ("Chronicle Publ'g Co. v.
// Hantzis,\n\n 902 F.2d 1028").
func citationGap(doc []rune, a, b int) bool {
	if b-a <= 2 {
		return true
	}
	if doc == nil || b > len(doc) || b-a > 80 {
		return false
	}
	// A name that ends in an abbreviation leaves its period out ("…
	// Axion Logistics, L.L.C" + ".,").
	gap := strings.TrimPrefix(string(doc[a:b]), ".")
	if strings.HasPrefix(gap, ",") && strings.TrimSpace(gap[1:]) == "" && strings.Count(gap, "\n") <= 2 {
		return true
	}
	// "Stanley v. Richmond, supra, 35 Cal.App.4th 1070": the case cited
	// again, its citation after "supra".
	if supraGap.MatchString(gap) {
		return true
	}
	// The case's other name in parentheses, which no pattern read as one
	// over the break of double-spaced lines: " (In re\n\nUnanue Casal), ".
	return parallelGap.MatchString(gap)
}

// parallelGap is a case's other name in parentheses between its name and
// its citation: " (In re Unanue Casal), ".
var parallelGap = regexp.MustCompile(`^\s*\((?:In|IN)\s+(?:re|RE)\s+[^()\n]{1,50}(?:\n[ \t]*){0,2}[^()\n]{0,50}\),\s*$`)

// bluebookOrg are the words the Bluebook's abbreviations (table T6) give
// organisations' names in case names, lower case: "Int'l", "Dept.",
// "Ass'n".
var bluebookOrg = wordSet(`int'l dev. dept. ass'n assoc. nat'l mfg. sys. servs. serv. transp. ins. fin. univ. corr.
	comm'n bd. auth. dist. hosp. med. sch. twp. cnty. gov't envtl. indus. elec. mgmt. prods. tech. tel. ctr.
	cmty. coop. grp. bros. co. corp. inc. ltd. l.l.c. l.p. n.a. admin. agric. comm. educ. emp. enter. equip.
	gen. prop. pub. ry. sav. util.`)

// orgAbbrevs reports whether a party's name has a word bluebookOrg lists.
func orgAbbrevs(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.TrimRight(strings.ReplaceAll(w, "’", "'"), ","))
		if bluebookOrg[w] || bluebookOrg[w+"."] || bluebookOrg[strings.TrimSuffix(w, ".")] {
			return true
		}
	}
	return false
}

// civDocket is a docket number in the form New York's federal courts write
// it: "04 Civ. 1279", "10 Cr. 55", "01 Civ. 0343".
var civDocket = regexp.MustCompile(`\b\d{2}[ \t]+(?:Civ|CIV|Cr|CR|Crim|CRIM|Misc|MC)\.?[ \t]+\d{2,5}\b`)

// civDockets returns the dockets civDocket finds; the patterns know the
// hyphenated forms ("10-CV-8133").
func civDockets(t string) []cand {
	if !containsAny(t, []string{"Civ", "CIV", "Cr", "CR", "Misc", "MC"}) {
		return nil
	}
	var out []cand
	for _, m := range civDocket.FindAllStringIndex(t, -1) {
		out = append(out, cand{typ: TypeCase, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}
