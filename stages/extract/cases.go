package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/runscan"
)

// IsCaseName reports whether a CASE mention's text is a case name ("X v.
// Y", "In re X") rather than a docket number or a reporter citation; the
// first case name of a document is its own case (relate uses the same
// rule).
func IsCaseName(s string) bool { return caseNameLike(s) }

func caseNameLike(s string) bool {
	f := " " + oneSpace(s) + " "
	return strings.Contains(f, " v. ") || strings.Contains(f, " vs. ") || strings.Contains(f, " V. ") || strings.Contains(f, " VS. ") || strings.Contains(f, " -against- ") || strings.Contains(f, " - against - ") || strings.Contains(f, " -v- ") || strings.Contains(f, " versus ") || strings.Contains(f, " VERSUS ") ||
		strings.Contains(f, " v ") || strings.HasPrefix(f, " In re ") || strings.HasPrefix(f, " IN RE ") || strings.HasPrefix(f, " In re: ") || strings.HasPrefix(f, " IN RE: ") ||
		strings.HasPrefix(f, " Matter of ") || strings.HasPrefix(f, " MATTER OF ") ||
		strings.HasPrefix(f, " In the Matter of ") || strings.HasPrefix(f, " IN THE MATTER OF ") ||
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
//     makes them one entity;
//   - a docket number listed right after another, in a caption's column
//     or after a case's name ("Smith v. Jones, Nos. 17-2400, 17-2401"),
//     refers to the case of the first.
//
// ms must be sorted by start; the sweep is linear. doc is the document's
// text (nil: a citation must follow its name within two characters).
func citedCases(doc []rune, ms []Mention) []Mention {
	own := ""
	if i := OwnCase(doc, ms); i >= 0 {
		// Without another column's words beside the caption's lines,
		// as resolve names the case.
		own = oneSpace(WithoutColumns(ms[i].Text))
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
	var active Mention   // the cited case name covering the sweep position
	var citation Mention // the last reporter citation
	var lastName Mention
	lastEnd := 0     // where lastName ends, with a parallel name in parentheses after it
	lastDocket := -1 // index in out of the case mention just before, if a docket number
	lastCite := -1   // index in out of the case mention just before, if a reporter citation
	docketSeen := false
	header := "" // the first header line's citation or docket number, without a caption
	for _, m := range ms {
		if m.Type == TypeCase {
			txt := oneSpace(m.Text)
			// "See Jenness v. Fortson,\n403 U.S. 431\n(1971)": a citation
			// on a line of its own right after a cited case's name is that
			// case's, near the top too, where a header's would be the
			// document's own (read only there: the header cases below are
			// the caption area's).
			namedBefore := m.Start < captionArea && lastName.ID != "" && m.Start >= lastEnd && citationGap(doc, lastEnd, m.Start) &&
				!docketLike(txt) && !sameCase(oneSpace(lastName.Text), own)
			switch {
			case m.Refers == "" && max(lastCite, lastDocket) >= 0 && !caseNameLike(m.Text) && !docketLike(txt) && !customsRulingNumber(txt) && citesGap(doc, out[max(lastCite, lastDocket)].End, m.Start):
				// "462 U.S. 554, 565, 103 S. Ct. 2558", "439 F. Supp. 2d
				// 1149, 2006 U.S. Dist. LEXIS 73132", "No. 20A87, 2020 WL
				// 6948354": a citation right after another, or after a
				// docket number, is of the same case. Customs rulings
				// listed one after another ("Revocation of NY I87269, NY
				// D84404, NY 816190") are each a ruling of its own.
				prev := out[max(lastCite, lastDocket)]
				m.Refers = prev.Refers
				if m.Refers == "" {
					m.Refers = oneSpace(prev.Text)
				}
				m.ID = mentionID(m)
			case m.Refers == "" && !caseNameLike(m.Text) && !docketLike(txt) && aloneInBrackets(doc, m.Start, m.End):
				// "for Defendants and Respondents. [56 Cal. App. 4th 114]
				// OPINION": a citation alone in brackets, and not right
				// after another citation (the case above: "263 Ga. 66 [
				// 428 S.E.2d 328]"), is the official reporter's page of the
				// opinion itself, no case.
				continue
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
				// A caption that lists its first side's parties with their
				// role ("A, B, and C, Plaintiffs, v. …"), or names a side's
				// role at all, as consolidated appeals' captions do one
				// after another ("United States of America, Plaintiff–
				// Appellant, v. Bryan H. Daniels, Defendant–Appellee."), is
				// this document's, never a citation: its parties are
				// parties.
				if !sameCase(txt, own) && !listCaption(m.Text) && !roleBeforeVersus.MatchString(m.Text) {
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
				// "927 F. Supp. 1265 (1996) William R. DOBSON, Plaintiff,":
				// a reporter's header, the citation and its year on the
				// caption's line before it, is the caption's case.
				if lastCite >= 0 && out[lastCite].Refers == "" && m.Start < captionArea && citeYearBefore(doc, out[lastCite].End, m.Start) {
					out[lastCite].Refers = txt
					out[lastCite].ID = mentionID(out[lastCite])
				}
			case m.Refers == "" && own != "" && m.Start < captionArea && headerLine(doc, m) && !appealedFrom(doc, m.Start) && !namedBefore:
				// "908 F.2d 834" / "17 Fed.R.Serv.3d 942" above the caption,
				// "No. 89-8414." under it: the header's citations and
				// docket numbers, each on a line of its own, are the
				// document's own case's.
				m.Refers = own
				m.ID = mentionID(m)
				docketSeen = docketSeen || docketLike(txt)
			case m.Refers == "" && lastName.ID != "" && m.Start >= lastEnd && citationGap(doc, lastEnd, m.Start) && !docketLike(txt):
				m.Refers = oneSpace(lastName.Text)
				m.ID = mentionID(m)
			case m.Refers == "" && lastName.ID != "" && m.Start >= lastEnd && docketLike(txt) && docketAfterName(doc, lastEnd, m.Start):
				// "Coppinger-Martin v. Solis, No. 09-73725": a docket
				// number right after a case's name is that case's (the
				// document's own as resolve names it, without a column's
				// words).
				m.Refers = oneSpace(lastName.Text)
				if own != "" && oneSpace(WithoutColumns(lastName.Text)) == own {
					m.Refers = own
				}
				m.ID = mentionID(m)
			case m.Refers == "" && lastCite >= 0 && docketLike(txt) && docketInCite(doc, out[lastCite].End, m.Start):
				// "23 BNA OSHC 1196 (No. 03-1622, 2010)": the docket number
				// in a citation's parentheses is its case's.
				m.Refers = out[lastCite].Refers
				if m.Refers == "" {
					m.Refers = oneSpace(out[lastCite].Text)
				}
				m.ID = mentionID(m)
			case m.Refers == "" && lastDocket >= 0 && docketLike(txt) && docketList(doc, out[lastDocket].End, m.Start, out[lastDocket].Refers != ""):
				// "DOCKET NUMBERS DA-0752-15-0186-I-1 / DA-1221-15-0155-W-1",
				// "Smith v. Jones, Nos. 17-2400, 17-2401": docket numbers
				// stacked under one label, or listed after a case's name,
				// are one decision's, the case of the first.
				m.Refers = out[lastDocket].Refers
				if m.Refers == "" {
					m.Refers = oneSpace(out[lastDocket].Text)
				}
				m.ID = mentionID(m)
			case m.Refers == "" && own == "" && m.Start < captionArea && headerLine(doc, m) && !namedBefore:
				// Without a caption, the header's citation and docket
				// number are one case ("No. 2014-1350." / "780 F.3d 1376
				// (2015)"); two docket numbers are often this case's and
				// the one below ("ED108783", "1711-CC00064").
				if header == "" {
					header = txt
				} else if docketLike(header) != docketLike(txt) {
					m.Refers = header
					m.ID = mentionID(m)
				}
			case m.Refers == "" && !docketSeen && own != "" && docketLike(txt) && !appealedFrom(doc, m.Start) &&
				(upperCaseName(own) || sameCase(oneSpace(lastName.Text), own) && (docketLabelGap(doc, lastName.End, m.Start) || captionDocket(doc, lastName.End, m.Start))):
				docketSeen = true
				m.Refers = own
			}
			lastDocket, lastCite = -1, -1
			if docketLike(txt) {
				lastDocket = len(out)
			} else if !caseNameLike(m.Text) {
				citation = m
				lastCite = len(out)
			}
			out = append(out, m)
			continue
		}
		// "186 B.R. 508": a reporter's abbreviation is no rule ("R. 508"),
		// nor is "2 Media L. Rep. (BNA) 2157" a person's name.
		if (m.Type == TypeLaw || nameType(m.Type)) && citation.ID != "" && m.Start > citation.Start && m.End <= citation.End {
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

// caseLineEnds cuts a case name back to the lines it stands on where the
// patterns ran it over a line break: into a byline above a case name alone
// on its line, its first side closed by "et al." ("by Erin Shaak\nLinn et
// al. v. DoorDash, Inc."; not a wrapped sentence's "in Sierra\nClub et al.
// v. Trump, 929 F.3d 670"), or into the one-word label that opens the next
// line ("Brown v. The Brita Products Company\nFiled: April 3, 2024"; not
// over a line a name goes on after, "Board of\nEducation:"). A name the
// patterns read over the cut break ends at it ("by Chloe
// Gocher\nAndesilic et al. v. …": the byline's "Chloe Gocher"). ms must
// be sorted by start and stays so.
func caseLineEnds(doc []rune, ms []Mention) []Mention {
	var cuts []int // the line breaks cut at, before a case's first side
	for i, m := range ms {
		if m.Type != TypeCase || m.Refers != "" || !caseNameLike(m.Text) || m.End > len(doc) {
			continue
		}
		txt := m.Text
		if k := etAlVersus.FindStringIndex(txt); k != nil {
			if nl := strings.LastIndexByte(txt[:k[0]], '\n'); nl > 0 {
				// The byline's "by" opens the line above, and the case's
				// name is alone on its own.
				ls, le := lineOf(doc, m)
				by := strings.ToLower(strings.TrimLeft(string(doc[ls:m.Start]), " \t"))
				if capitalised(txt[nl+1:]) && by == "by " && strings.TrimSpace(string(doc[m.End:le])) == "" {
					ms[i].Start += utf8.RuneCountInString(txt[:nl+1])
					cuts = append(cuts, ms[i].Start-1)
				}
			}
		}
		if nl := strings.LastIndexByte(txt, '\n'); nl > 0 && m.End < len(doc) && doc[m.End] == ':' && !strings.ContainsAny(txt[nl+1:], " \t") && !listContinues.MatchString(txt[:nl]) {
			// The label is one word, and the name keeps its second side.
			if _, _, ok := cutVersus(txt[:nl]); ok {
				ms[i].End -= utf8.RuneCountInString(txt[nl:])
			}
		}
		if ms[i].Start != m.Start || ms[i].End != m.End {
			ms[i].Text = string(doc[ms[i].Start:ms[i].End])
			ms[i].ID = mentionID(ms[i])
		}
	}
	if len(cuts) == 0 {
		return ms
	}
	for i, m := range ms {
		if !nameType(m.Type) {
			continue
		}
		for _, c := range cuts { // in order: the first break inside is the name's end
			if m.Start < c && c < m.End {
				ms[i].Text = strings.TrimRight(string(doc[m.Start:c]), " \t")
				ms[i].End = m.Start + utf8.RuneCountInString(ms[i].Text)
				ms[i].ID = mentionID(ms[i])
				break
			}
		}
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	return ms
}

// etAlVersus is a case's first side closed by "et al." before its "v.".
var etAlVersus = regexp.MustCompile(`,? et al\.?,? (?:v|vs)\.? `)

// listContinues is the end of a line that a party's name or a list of
// parties goes on after: a comma, a semicolon, "and", "&", "of", "the".
var listContinues = regexp.MustCompile(`(?:[,;&]|\b(?:and|AND|of|OF|the|THE))[ \t]*$`)

// loneDockets gives the document's one docket number that no case took
// (citedCases) to its own case, where every case name of the document
// names that case and no docket number is the case's yet: a news story's
// or a docket sheet's "Pons et al. v. Walter Kidde Portable Equipment,
// Inc. et al." over "Filed: July 10, 2023 ◆§ 3:23-cv-03436-LB". Two
// numbers may be two cases (consolidated actions, the case below), and so
// may a number in a sentence (loneDocketLine), far from the name
// (loneDocketReach), on a line that names a court, a county or a trial,
// or after "Appeal from" (appealedFrom): the lower court's case, which an
// opinion names as the parties' own. ms must be sorted by start.
func loneDockets(doc []rune, ms []Mention) []Mention {
	// Most documents have no docket number left over: citedCases found
	// their own case already, so OwnCase need not run again.
	if !slices.ContainsFunc(ms, func(m Mention) bool { return m.Type == TypeCase && m.Refers == "" && docketLike(oneSpace(m.Text)) }) {
		return ms
	}
	o := OwnCase(doc, ms)
	if o < 0 {
		return ms
	}
	own, lone := oneSpace(WithoutColumns(ms[o].Text)), -1
	for i, m := range ms {
		if m.Type != TypeCase {
			continue
		}
		txt := oneSpace(m.Text)
		switch {
		case docketLike(txt) && m.Refers != "":
			return ms
		case docketLike(txt):
			if lone >= 0 && oneSpace(ms[lone].Text) != txt {
				return ms
			}
			if lone < 0 {
				lone = i
			}
		case m.Refers == "" && caseNameLike(m.Text):
			if name := oneSpace(WithoutColumns(m.Text)); !namesSameCase(name, own) {
				return ms
			}
		}
	}
	if lone < 0 || ms[lone].End > len(doc) || appealedFrom(doc, ms[lone].Start) ||
		ms[lone].Start > ms[o].End+loneDocketReach || ms[o].Start > ms[lone].End+loneDocketReach {
		return ms
	}
	if ls, le := lineOf(doc, ms[lone]); le-ls > loneDocketLine || lowerCourtLine.MatchString(string(doc[ls:le])) {
		return ms
	}
	for i, m := range ms {
		if m.Type == TypeCase && docketLike(oneSpace(m.Text)) {
			ms[i].Refers = own
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// loneDocketReach is how far (in runes) from the document's own case name
// a docket number may stand to be that case's: a page's header, its
// title and its first lines, not a later paragraph's citation.
const loneDocketReach = 400

// loneDocketLine is the longest line (in runes) a lone docket number may
// stand on to be the case's: a header's or a record's field ("Filed: July
// 10, 2023 ◆§ 3:23-cv-03436-LB", "Case number: 2:15-cv-08430-SVW-MRW"),
// not a sentence of the story, which may name another suit ("The
// complaint, Case No. 1:22-cv-00859, asks …").
const loneDocketLine = 80

// lowerCourtLine is what names a court on a docket number's line: a lower
// court's ("Los Angeles County Superior Court No. BC123456", "Super. Ct.
// No. 34-2019-80003145", "Trial Court No. 2002-CI-16158", "Law Division,
// Docket No. L-5510-07"), or the document's own, whose number citedCases
// reads from the caption's lines (a number loneDockets leaves alone).
var lowerCourtLine = regexp.MustCompile(`(?i)\b(?:court|ct\.|county|cnty\.|division|div\.|trial|super\.)`)

// lineOf returns where the line of doc that m stands on starts and ends
// (m.End must be within doc; a mention over a line break spans its lines).
func lineOf(doc []rune, m Mention) (start, end int) {
	ls, le := m.Start, m.End
	for ls > 0 && doc[ls-1] != '\n' {
		ls--
	}
	for le < len(doc) && doc[le] != '\n' {
		le++
	}
	return ls, le
}

// appealFrom is the lower court a header names before its docket number:
// "Appeal from the Circuit Court of\nSt. Charles County, Missouri\nNo.
// 1711-CC00064".
var appealFrom = regexp.MustCompile(`(?i)\bappeal(?:ed)?\s+from\b`)

// appealedFrom reports whether the docket number at rune i of doc follows
// a lower court's name after "Appeal from" within its three lines before:
// the lower court's case, not this one. A research site's title that names
// the lower court after the case ("Acequia Produce Sales, Inc. v. Hapco
// Farms, Inc.--Appeal from 139th District Court of Hidalgo County") is the
// title, not the lower court's header.
func appealedFrom(doc []rune, i int) bool {
	s, lines := i, 0
	for s > 0 && lines < 4 {
		s--
		if doc[s] == '\n' {
			lines++
		}
	}
	text := string(doc[s:i])
	for _, m := range appealFrom.FindAllStringIndex(text, -1) {
		if !strings.HasSuffix(text[:m[0]], "--") {
			return true
		}
	}
	return false
}

// headerRest is what may stand on a header's line beside a citation or a
// docket number: labels, punctuation, other reporters' parallel
// citations (otherReporter) and the year, with its court ("No.
// 89-8414.", "No. 724, Docket 93-6133.", "376 N.W.2d 870 (1985)", "640
// B.R. 922 (Bankr. N.D. Iowa 2022)", "799 F.2d 967 (5th Cir. 1986)"),
// the labels of a record's fields ("DocketNumber: 44075, 44076",
// "Citation Numbers: 167 S.E.2d 697", "Civil Action No. 21-cv-00951",
// "Civ. A. No. 88-1292-WD"), the other docket numbers of a list, the
// court's term ("No. 18-1002 August Term 2018"), a page's fields
// between bars beside the citation ("297 A.2d 735 | Md. | 1972") and an
// appeals court's name beside its own citation or docket ("COLORADO COURT
// OF APPEALS 2019COA122", "Court of Appeals No. 18CA0532"; a trial
// court's is the lower court's), the Board of Immigration Appeals'
// header ("Cite as 27 I&N Dec. 45 (BIA 2017) Interim Decision #3891"),
// the NTSB's order number ("NTSB Order No. EA-5431"), a site's bullet
// before the citation ("• 371 Mass. 374 (1976)") and a Board of Veterans'
// Appeals decision's "Citation Nr:" and its docket's column ("DOCKET NO.
// 12-34 567  )  DATE"), and a judge's initials after a docket ("20-CV-8842
// (JPO)").
var headerRest = regexp.MustCompile(`^(?:[ \t.,;:•]|\|[^|\n]{0,30}\||No\.|Nos\.|NO\.|Docket|DOCKET|DocketNumber|Case|CASE|Numbers?|NUMBERS?|Citations?|CITATIONS?|Cite[ \t]+as|Nr|\)[ \t]+DATE|\([A-Z]{2,4}\)|(?:NTSB[ \t]+)?Order[ \t]+No\.|` + interimDecision + `|` + taxCourtMemo + `|` +
	`Civil|CIVIL|Criminal|CRIMINAL|Action|ACTION|Civ\.[ \t]+A\.|Civ\.|Crim\.|\d+(?:-\d+)*|` + otherReporter + `|\((?:(?:[A-Z][A-Za-z.'’]*|\d{1,2}(?:st|nd|rd|th|d))[ \t]+){0,5}(?:19|20)\d{2}\)|` +
	`(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+Term,?[ \t]+(?:19|20)\d{2}|` +
	`(?:[A-Z][A-Za-z]*[ \t]+){0,2}(?:COURT[ \t]+OF[ \t]+APPEALS|Court[ \t]+of[ \t]+Appeals))*$`)

// otherReporter is a parallel citation of a reporter the reporters'
// table does not have, as a header lists them beside the one it has:
// "123 L.R.R.M. (BNA) 2753", "105 Lab.Cas. P 12,084", "1 Indiv.Empl.Rts.Cas.
// 1011".
const otherReporter = `\d{1,4}[ \t]+(?:[A-Z][A-Za-z.&']*[ \t]*){1,5}(?:\([A-Z]{2,5}\)[ \t]+)?(?:P[ \t]+)?\d[\d,]{0,7}`

// headerLine reports whether a case mention that is no case name stands
// on a line of its own (headerRest aside) in doc: a header's citation or
// docket number.
func headerLine(doc []rune, m Mention) bool {
	if doc == nil || caseNameLike(m.Text) || m.End > len(doc) {
		return false
	}
	ls, le := lineOf(doc, m)
	return headerRest.MatchString(string(doc[ls:m.Start])) && headerRest.MatchString(string(doc[m.End:le]))
}

// parallelCite is what stands between two parallel citations of one case:
// a comma, the first one's pin page ("462 U.S. 554, 565, 103 S. Ct.
// 2558") or paragraph (a public-domain citation's: "2000 UT 69, ¶ 12, 9
// P.3d 762") and citations of reporters the table does not have ("808 F.2d
// 233, 1 I.E.R. Cas. (BNA) 1321, 1986 U.S. App. LEXIS 34918"); Georgia's
// pin page has the opinion's divisions after it ("275 Ga.App. 714, 715
// (1), 621 S.E.2d 818").
var parallelCite = regexp.MustCompile(`^,[ \t\n]*(?:(?:\d{1,5}(?:[-–]\d{1,5})?(?:[ \t]*n\.[ \t]*\d+)?(?:[ \t]*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)){0,4}|¶¶?[ \t]*\d{1,4}(?:[-–]\d{1,4})?),[ \t\n]*)?(?:` + otherReporter + `,[ \t\n]*){0,2}$`)

// parallelParen is what stands between a citation and its parallel one in
// parentheses, as Georgia's courts write them: "223 Ga. 481, 487 (156
// SE2d 354)", with the opinion's divisions after the pin page: "287 Ga.
// 622, 624 (1) (a) (697 SE2d 779)"; or in brackets, as California's do:
// "3 Cal. 4th 296, 315 [11 Cal. Rptr. 2d 2, 834 P.2d 696]".
var parallelParen = regexp.MustCompile(`^(?:,[ \t\n]*\d{1,5}(?:[-–]\d{1,5})?(?:[ \t]*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)){0,4})?[ \t\n]*[(\[][ \t]*$`)

// citesGap reports whether runes a to b of doc are parallelCite's or
// parallelParen's (nil: never).
func citesGap(doc []rune, a, b int) bool {
	if doc == nil || a > b || b-a > 80 || b > len(doc) {
		return false
	}
	gap := string(doc[a:b])
	return parallelCite.MatchString(gap) || parallelParen.MatchString(gap)
}

// aloneInBrackets reports whether runes s to e of doc stand alone in
// brackets, spaces aside: "[56 Cal. App. 4th 114]", "[ 35 F.2d 263]" (nil:
// never).
func aloneInBrackets(doc []rune, s, e int) bool {
	if doc == nil || e > len(doc) {
		return false
	}
	for s > 0 && (doc[s-1] == ' ' || doc[s-1] == '\t') {
		s--
	}
	for e < len(doc) && (doc[e] == ' ' || doc[e] == '\t') {
		e++
	}
	return s > 0 && doc[s-1] == '[' && e < len(doc) && doc[e] == ']'
}

// blankCiteGap is an official reporter's citation not yet paged, its
// volume and pages blanks ("___ U.S. ___, ___"), between a case's name
// and its parallel citation.
var blankCiteGap = regexp.MustCompile(`^,[ \t\n]+_{2,}[ \t]+[A-Z][A-Za-z.]*(?:[ \t]?[A-Za-z.]+)?[ \t]+_{2,}(?:,[ \t]*_{2,})*,[ \t\n]+$`)

// supraGap is "supra" between a case's name and its citation.
var supraGap = regexp.MustCompile(`^,[ \t\n]+supra,[ \t\n]+$`)

// docketAfter is what stands between a case's name and its docket number
// on the same line: ", No. ", ", Nos. ", ", Case No. ", and Ohio's
// appellate district and county before it (", 10th Dist. No. ", ", 8th
// Dist. Cuyahoga No. ", as Ohio's courts cite their decisions); the
// second side's "et al" before it, which is no part of the case's name
// ("Koster et al v. Whitaker et al, No. 2:2019cv01173"); and a federal
// court's abbreviation, as news reports cite a case ("Hinson v. Dorel
// Juvenile Group, Inc., E.D. Tex., No. 2:15-cv-00713", "…, 9th Cir. No.
// 20-35739").
var docketAfter = regexp.MustCompile(`^(?:,?[ \t]+et[ \t]+al\.?)?\.?,[ \t]*(?:\d{1,2}(?:st|nd|rd|th)[ \t]+Dist\.[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}|` + federalCourtAbbrev + `,?[ \t]+)?(?:(?i:(?:case|docket|appeal)[ \t]+)?(?i:nos?)\.?[ \t]*)?$`)

// federalCourtAbbrev is a federal court's abbreviation in a citation: a
// district's ("E.D. Tex.", "S.D.N.Y.", "D. Mass.", "D.D.C.", a short state
// unabbreviated: "S.D. Ohio", "D. Utah") or a circuit's ("9th Cir.",
// "Fed. Cir.", "D.C. Cir.").
const federalCourtAbbrev = `(?:(?:[NSEWMC]\.[ \t]?)?D\.(?:[ \t]?(?:[A-Z][a-z]{1,5}\.|[A-Z]\.|Ohio|Utah|Iowa|Idaho|Alaska|Guam|Maine)){1,3}|\d{1,2}(?:st|nd|rd|th)[ \t]+Cir\.|Fed\.[ \t]+Cir\.|D\.C\.[ \t]+Cir\.)`

// docketAfterName reports whether only docketAfter stands between runes a
// and b of doc (nil: never).
func docketAfterName(doc []rune, a, b int) bool {
	if doc == nil || b-a > 80 || a > b {
		return false
	}
	gap := string(doc[a:b])
	return len(gap) <= 40 && docketAfter.MatchString(gap) || ohioDocketGap.MatchString(gap) // "…, 8th Dist. Cuyahoga No. 102345, 2016-Ohio-1234"
}

// docketLabel is what stands between a case's name and its docket number
// on the next line, or after a blank one: "Case Number:", "No.", "Docket
// No.", "Criminal Case No.", "Civil Action No.".
var docketLabel = regexp.MustCompile(`^(?:[ \t]*\n){0,2}[ \t]*(?i:(?:civil|criminal)[ \t]+)?(?i:(?:case|docket|appeal|action)[ \t]+)?(?i:number|no\.?|#)[ \t]*:?[ \t]*$`)

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

// docketLike reports whether a CASE mention is a docket number: one word
// with a digit, or a docket number written with spaces (spacedDocket).
func docketLike(s string) bool {
	return s != "" && !strings.ContainsAny(s, " ") && strings.ContainsAny(s, "0123456789") || spacedDocket.MatchString(s)
}

// spacedDocket is a docket number with spaces in it: Pennsylvania's
// appellate dockets ("3450 EDA 2006") and the Court of Federal Claims'
// with its letter ("22-404 C").
var spacedDocket = regexp.MustCompile(`^(?:` + paAppellateDocket + `|\d{2}-\d{1,5} [CV])$`)

// captionArea is how far (in runes) from the start of a document a case
// name in mixed case can still be its caption.
const captionArea = 1500

// OwnCase returns the index in ms (sorted by start) of the mention that
// names the document's own case, or -1: the first case name written in
// capitals, as captions are ("TARRANT REGIONAL WATER DISTRICT v.
// HERRMANN"), else the first case name near the top of the document that
// opens its line in doc ("RE: Christopher Mielo, et al v. Steak N Shake
// Operations Inc") and no citation follows; a contract or a brief that
// only cites cases has none, and neither has an opinion whose first case
// name is cited in its first paragraph ("See Ingersoll Cutting Tool Co. v.
// TDY Indus., …"). A slip opinion's first case name is often a citation
// in a boilerplate note, which the capitals rule passes over. doc is the
// document's text (nil: any case name near the top).
func OwnCase(doc []rune, ms []Mention) int {
	first := -1
	for i, m := range ms {
		if m.Type != TypeCase || !caseNameLike(m.Text) {
			continue
		}
		if first < 0 && m.Start < captionArea && captionLine(doc, m) {
			first = i
		}
		if upperCaseName(m.Text) {
			return i
		}
	}
	return first
}

// citationSignals open a cited case's name: "See Smith v. Jones".
var citationSignals = wordSet(`see cf. cf accord compare but contra e.g. e.g., in under and also from`)

// captionLead reports whether what stands before a case name on its line
// lets it be a caption: no prose (a word in lower case) and no citation
// signal right before it. A label ("RE:", "Short Title:"), a docket
// number ("Re: Case No. 17-3994, Island Creek Coal Company v. Linda
// Hill"), "The" or a party's first words ("William O'Neal WHITT, Jr.,
// Plaintiff-Appellant, v. …") may.
func captionLead(lead string) bool {
	ws := strings.Fields(lead)
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return len(ws) == 0 || !citationSignals[strings.ToLower(ws[len(ws)-1])]
}

// citedAfter is a reporter citation or a database number right after a
// case's name (", 988 F.3d 8", ", 2013 WL 6039030"): the name is cited.
var citedAfter = regexp.MustCompile(`^\.?,[ \t\n]*(?:\d{1,4}[ \t\n]+[A-Z]|(?:19|20)\d{2}[ \t\n]+(?:WL|U\.S\.))`)

// captionLine reports whether case name m could be the caption of the
// document doc: nothing but captionLead stands before it on its line, and
// no citation follows it. Without a text, any name could.
func captionLine(doc []rune, m Mention) bool {
	if doc == nil || m.End > len(doc) {
		return true
	}
	ls, _ := lineOf(doc, m)
	if !captionLead(string(doc[ls:m.Start])) {
		return false
	}
	return !citedAfter.MatchString(string(doc[m.End:min(len(doc), m.End+24)]))
}

// captionColumns is what stands beside a caption's line in another
// column (columnBeside: "In re:   Chapter 11", "In re: § Chapter 11",
// "In re: Chapter 11"), and a line of only a "§" divider. Group 1 is the
// line's last character before it.
var captionColumns = regexp.MustCompile(`([^ \t\n])` + columnBeside + `|(?m:^[ \t]*§[ \t]*$)`)

// WithoutColumns returns a caption's case name without the words another
// column sets beside its lines (captionColumns) or under its "v." line
// (versusAside); resolve names and keys the case the same way. A line's
// indent is no gap.
func WithoutColumns(s string) string {
	if !strings.Contains(s, "\n") && !strings.Contains(s, "§") && !wideGap(s) {
		return s
	}
	return versusAside.ReplaceAllString(captionColumns.ReplaceAllString(s, "$1"), "$1")
}

// versusAside is a judge's or a document's title on the line after a
// stacked caption's "v.", which the other column set there (judgeAside,
// titleAside); group 1 is the "v." line.
var versusAside = regexp.MustCompile(`((?:^|\n)[ \t]*` + stackedVersus + `[ \t]*\n)[ \t]*(?:` + judgeAside + `|` + titleAside + `)\n`)

// upperCaseName reports whether a case name is written in capitals, except
// for "v.", "In re", "and" between parties and the parties' roles, a class
// action's description (classDescription) and another column's words
// beside its lines (captionColumns). A name of
// initials alone ("Matter of D-R-", as immigration decisions name their
// respondents) is written so in any sentence, and is no capitals caption:
// some word must have two capitals in a row.
func upperCaseName(s string) bool {
	if !capitalsRun.MatchString(s) {
		return false
	}
	for _, w := range strings.Fields(classDescription.ReplaceAllString(WithoutColumns(s), "")) {
		switch w {
		case "v.", "vs.", "v", "In", "re", "re:", "the", "Matter", "of", "et", "al.", "and", "&":
			continue
		}
		// A caption's roles ("ACME WIDGET CO.,\nPlaintiff,\nv.\nGLOBEX
		// CORPORATION and HANK SCORPIO", "Plaintiff-Appellant,") are
		// written in mixed case beside parties in capitals.
		if captionRoleWord.MatchString(w) {
			continue
		}
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
	}
	return true
}

// classDescription is a class action's description of a party in a
// caption: ", individually and on behalf of all others similarly
// situated", ", on behalf of themselves and all others similarly situated".
var classDescription = regexp.MustCompile(`,[ \t\n]+(?:individually[ \t\n]+and[ \t\n]+)?on[ \t\n]+behalf[ \t\n]+of[ \t\n]+[^,]{0,80}?similarly[ \t\n]+situated`)

// capitalsRun is two capital letters in a row.
var capitalsRun = regexp.MustCompile(`\p{Lu}\p{Lu}`)

// captionRoleWord is a caption's role as one word, with its punctuation:
// "Plaintiff,", "Defendants-Respondents-Cross-Appellants.".
var captionRoleWord = regexp.MustCompile(`^` + stackedRoles + `[\w-]*[,.;:]*$`)

// sameCase reports whether a case name is the document's own case again:
// written in capitals like captions and running headers are, or starting
// with the same two words as the caption, a government's or a relator's
// opening words aside ("TARRANT REGIONAL WATER DIST. v. HERRMANN" in a
// header, "Tarrant Regional Water District v. Herrmann"; not "State ex
// rel. Patterson v. Tucker" in "STATE EX INF. RIEDERER v. Collins").
func sameCase(txt, own string) bool {
	return own != "" && (upperCaseName(txt) || namesSameCase(txt, own))
}

// namesSameCase reports whether two case names name one case by their
// words (sameCase without its capitals' rule): equal, one a short form of
// the other, or opening with the same two party words ("et al." aside).
func namesSameCase(txt, own string) bool {
	if txt == own {
		return true
	}
	if shortFormOf(own, txt) || shortFormOf(txt, own) {
		return true
	}
	// "et al." is no party's word: "Pons et al. v. …" is "PONS v. …".
	noEtAl := func(ws []string) []string {
		return slices.DeleteFunc(ws, func(w string) bool { return w == "et" || w == "al." || w == "al" })
	}
	a, b := noEtAl(partyWords(txt)), noEtAl(partyWords(own))
	if len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		return false
	}
	return len(a) == 1 || len(b) == 1 || a[1] == b[1]
}

// shortFormOf reports whether short names the case of the caption long by
// words of each side of it, as a research site's title names the caption
// under it ("Maples v. State" of "David A. MAPLES, Plaintiff-Appellant, v.
// STATE of Michigan", "State v. Gaines" of "STATE OF MISSOURI,
// Respondent, v. JOHN GAINES"): each side's words are among the words of
// the caption's side, or open one of them ("Pharm." of
// "PHARMACEUTICAL"). A short form of up to four words a side only.
func shortFormOf(short, long string) bool {
	s1, s2, ok := cutVersus(short)
	if !ok {
		return false
	}
	l1, l2, ok := cutVersus(long)
	if !ok {
		return false
	}
	return sideOf(s1, l1) && sideOf(s2, l2)
}

// cutVersus splits a case name at its "v.", lower case.
func cutVersus(s string) (string, string, bool) {
	s = strings.ToLower(oneSpace(s))
	for _, v := range []string{" v. ", " vs. ", " v ", " versus "} {
		if a, b, ok := strings.Cut(s, v); ok {
			return a, b, true
		}
	}
	return "", "", false
}

// sideOf reports whether the words of a short form's side are all among
// the words of the caption's side, or open one of them.
func sideOf(short, long string) bool {
	sw, lw := caseWords(short), caseWords(long)
	if len(sw) == 0 || len(sw) > 4 {
		return false
	}
	for _, w := range sw {
		if !slices.ContainsFunc(lw, func(l string) bool { return l == w || len(w) >= 4 && strings.HasPrefix(l, w) }) {
			return false
		}
	}
	return true
}

// caseWords are a case name's side's words without punctuation.
func caseWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if w = strings.Trim(w, ",.;:'’\""); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// litigantOpeners are the words a case name opens with that name no one
// party: a government ("United States", "State of", "People of the",
// "Commonwealth"), a relator's form ("ex rel.", "ex inf."), "In re", "In
// the Matter of". Two cases that share them are not one ("United States
// v. Smith", "United States v. Jones").
var litigantOpeners = wordSet(`united states state people commonwealth of the ex rel rel. inf inf. in re matter estate v. v vs. vs`)

// partyWords returns the words of a case name, lower case, without
// litigantOpeners: what tells one case from another.
func partyWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if !litigantOpeners[strings.Trim(w, ",")] {
			out = append(out, strings.Trim(w, ","))
		}
	}
	return out
}

// docketListGap is what stands between two docket numbers of one list: a
// comma, "&" or "and", or a line break; or a board's decision number on
// the line under the docket number ("Docket No. C-21-588" / "Decision No.
// CR6102").
var docketListGap = regexp.MustCompile(`^[ \t]*(?:,|&|and|AND)?[ \t]*\n?[ \t]*$|^[ \t]*\n[ \t]*(?:(?:ALJ|Board)[ \t]+)?(?:Decision|DECISION)[ \t]+(?:No\.|NO\.|Number:?)[ \t]*$`)

// docketList reports whether the docket number starting at rune b of doc
// is listed with the one ending at a: only docketListGap between them, and
// a line break (a caption's column of numbers) or a first number that
// refers to a case (referred). Numbers listed in running text without a
// case ("from the Law Division, Docket Nos. L-0193-11 and L-2865-11") may
// be several proceedings.
func docketList(doc []rune, a, b int, referred bool) bool {
	if doc == nil || b < a || b-a > 28 || b > len(doc) {
		return false
	}
	gap := string(doc[a:b])
	return docketListGap.MatchString(gap) && (referred || strings.Contains(gap, "\n"))
}

// docketInCiteGap is what stands between a citation and the docket number
// in its parentheses: " (No. ", " (Docket No. ".
var docketInCiteGap = regexp.MustCompile(`^[ \t]*\([ \t]*(?:(?i:docket)[ \t]+)?(?:No|Nos|NO)\.[ \t]*$`)

// docketInCite reports whether runes a to b of doc are docketInCiteGap's.
func docketInCite(doc []rune, a, b int) bool {
	return doc != nil && a <= b && b-a <= 16 && b <= len(doc) && docketInCiteGap.MatchString(string(doc[a:b]))
}

// captionDocket reports whether a docket number at rune b of doc, with
// its label, stands in the caption's block that ends at a: the court's
// header lines under a caption in mixed case ("In re Joseph A. LOPES,
// Respondent." / "A Member of the Bar of the District of Columbia Court
// of Appeals.No. 97-BG-1927."), or a caption whose parties a column lists
// under a research site's title ("Cartagena v North Six 141 LLC" / …
// "Luis Cartagena, Plaintiff," / "against" / … / "Index No.
// 522139/2020").
func captionDocket(doc []rune, a, b int) bool {
	return doc != nil && a <= b && b-a <= captionBlock && b <= len(doc) && labelBefore.MatchString(string(doc[max(a, b-12):b]))
}

// captionBlock is how far (in runes) after a caption's name its docket
// number may stand: a site's title, the court's header lines and a
// caption's column of parties may come between them.
const captionBlock = 1000

// citeYear is what stands between a reporter's header citation and the
// caption after it on its line: the decision's year.
var citeYear = regexp.MustCompile(`^[ \t]*\((?:1[789]|20)\d{2}\)[ \t]*$`)

// citeYearBefore reports whether runes a to b of doc are citeYear's.
func citeYearBefore(doc []rune, a, b int) bool {
	return doc != nil && a <= b && b-a <= 12 && b <= len(doc) && citeYear.MatchString(string(doc[a:b]))
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
	// Axion Logistics, L.L.C" + ".,"); a web page's text sets a space
	// before the comma ("Amick v. BM & KM, INC. , 275 F. Supp. 2d 1378")
	// or the abbreviation's period ("Yvanova v. New Century Mortgage
	// Corp . (2016) 62 Cal.4th 919").
	gap := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(string(doc[a:b]), " \t"), "."), " \t")
	if strings.HasPrefix(gap, ",") && strings.TrimSpace(gap[1:]) == "" && strings.Count(gap, "\n") <= 2 {
		return true
	}
	// "Stanley v. Richmond, supra, 35 Cal.App.4th 1070": the case cited
	// again, its citation after "supra"; "Knowles v. Mirzayance, ___ U.S.
	// ___, ___, 129 S.Ct. 1411": a parallel citation after the official
	// reporter's blanks.
	if supraGap.MatchString(gap) || blankCiteGap.MatchString(gap) {
		return true
	}
	// California's style puts the year between the name and its
	// citation: "Donabedian v. Mercury Ins. Co. (2004) 116 Cal.App.4th 968".
	if yearGap.MatchString(gap) {
		return true
	}
	// Ohio's style puts the appellate district and the docket number
	// between them: "Doe v. Roe, 8th Dist. Cuyahoga No. 102345,
	// 2016-Ohio-1234".
	if ohioDocketGap.MatchString(gap) {
		return true
	}
	// The case's other name in parentheses, which no pattern read as one
	// over the break of double-spaced lines: " (In re\n\nUnanue Casal), ".
	return parallelGap.MatchString(gap)
}

// ohioDocketGap is an Ohio court of appeals' district and docket number
// between a case's name and its public-domain citation.
var ohioDocketGap = regexp.MustCompile(`^,[ \t\n]+\d{1,2}(?:st|nd|rd|th)[ \t\n]+Dist\.[ \t\n]+(?:[A-Z][a-z]+[ \t\n]+){0,2}Nos?\.[ \t\n]+[0-9A-Z][0-9A-Za-z\-]*(?:(?:,|[ \t\n]+and)[ \t\n]+[0-9A-Z][0-9A-Za-z\-]*)*,[ \t\n]*$`)

// yearGap is the year in parentheses between a case's name and its
// citation, as California writes it.
var yearGap = regexp.MustCompile(`^\s*\((?:1[89]|20)\d{2}\)\s*$`)

// parallelGap is a case's other name in parentheses between its name and
// its citation: " (In re Unanue Casal), ".
var parallelGap = regexp.MustCompile(`^\s*\((?:In|IN)\s+(?:re|RE)\s+[^()\n]{1,50}(?:\n[ \t]*){0,2}[^()\n]{0,50}\),\s*$`)

// bluebookOrg are the words the Bluebook's abbreviations (table T6) give
// organisations' names in case names, lower case: "Int'l", "Dept.",
// "Ass'n".
var bluebookOrg = wordSet(`int'l dev. dept. ass'n assoc. nat'l mfg. sys. servs. serv. transp. ins. fin. univ. corr.
	comm'n com'n bd. auth. dist. hosp. med. sch. twp. cnty. gov't envtl. indus. elec. mgmt. prods. tech. tel. ctr.
	cmty. coop. grp. bros. co. corp. inc. ltd. l.l.c. l.p. n.a. admin. agric. comm. educ. emp. enter. equip.
	gen. prop. pub. ry. sav. util. pharm. pharms. chem. commc'ns commc'n enters. hldgs. invs. labs. lab. mach. mktg.
	mfrs. mut. techs. telecomms. cas. fid. guar. indem. mortg. distrib. entm't hous. props. rests. elecs.
	indep. fed'n dep't reg'l soc'y eng'g tchrs. subcomm. rehab. exch. sols. mkts. ass'ns prof'l`)

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

// cDocket is a docket number in the form the Northern District of
// Illinois writes it, after its label or another such number: "Nos. 94 C
// 5727 & 00 C 3192". Group 1 is the number.
var cDocket = regexp.MustCompile(`(?:\bNos?\.|&|\band)[ \t]+(\d{2}[ \t]+C[ \t]+\d{3,5})\b`)

// pacerDocket is a federal docket number in PACER's compact form, as
// Justia and other sites title a district court's filings with it
// ("Robinson v. Regional Transportation District, No. 1:2016cv02870"):
// office, four-digit year, the case's kind and five digits.
var pacerDocket = regexp.MustCompile(`\b\d{1,2}:(?:19|20)\d{2}(?:cv|cr|mc|bk|ap|md|mj|po|sw)\d{5}\b`)

// civDockets returns the dockets civDocket, cDocket and pacerDocket find;
// the patterns know the hyphenated forms ("10-CV-8133").
func civDockets(t string) []cand {
	var out []cand
	if containsAny(t, []string{"Civ", "CIV", "Cr", "CR", "Misc", "MC", " C "}) {
		out = groupCands(t, civDocket, 0, TypeCase)
	}
	if strings.Contains(t, " C ") {
		out = append(out, groupCands(t, cDocket, 1, TypeCase)...)
	}
	if containsAny(t, []string{":19", ":20"}) {
		out = append(out, groupCands(t, pacerDocket, 0, TypeCase)...)
	}
	return out
}

// wrappedDocket is a docket number after its label that a line break cuts
// after a hyphen: "No. CIV-07-" / "0045-HE". Groups 1 and 2 are the parts.
var wrappedDocket = regexp.MustCompile(`\b(?:Nos?\.|NOS?\.)[ \t]+([A-Za-z0-9][A-Za-z0-9:–-]*[-–])[ \t]*\n[ \t]*([A-Za-z0-9][A-Za-z0-9–-]*)`)

// wrappedDocketRuns searches wrappedDocket in the runs that hold its label.
var wrappedDocketRuns = runscan.New(wrappedDocket, "No", "NO")

// wrappedDockets returns the docket numbers wrappedDocket finds whose
// parts, joined, are one docket number as the patterns and stateDockets
// read it on one line.
func wrappedDockets(t string) []cand {
	if !strings.Contains(t, "-\n") && !strings.Contains(t, "–\n") {
		return nil
	}
	var out []cand
	for _, m := range wrappedDocketRuns.FindAllStringSubmatchIndex(t) {
		joined := "No. " + t[m[2]:m[3]] + t[m[4]:m[5]] + " "
		whole := func(cs []cand) bool {
			for _, c := range cs {
				if c.typ == TypeCase && c.start == len("No. ") && c.end == len(joined)-1 {
					return true
				}
			}
			return false
		}
		if whole(patternMentions(joined)) || whole(stateDockets(joined)) {
			out = append(out, cand{typ: TypeCase, start: m[2], end: m[5], source: SourcePattern})
		}
	}
	return out
}

// spacedLabel is a docket number after a label whose colon a form set
// apart: "Originating Case No. : 16-0556". Group 1 is the number.
var spacedLabel = regexp.MustCompile(`(?:\bNos?\.|\bNumber)[ \t]+:[ \t]*(` + docket + `)\b`)

// spacedLabelDockets returns the docket numbers spacedLabel finds; the
// patterns read the label without the space ("Case No.: 17-3994").
func spacedLabelDockets(t string) []cand {
	if !strings.Contains(t, " :") {
		return nil
	}
	return groupCands(t, spacedLabel, 1, TypeCase)
}

// takenGroups returns, for each of re's matches in t, every capture group
// that took part as a pattern candidate of type typ: the one alternative
// that matched, or a list's second item.
func takenGroups(t string, re *regexp.Regexp, typ string) []cand {
	var out []cand
	for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				out = append(out, cand{typ: typ, start: m[g], end: m[g+1], source: SourcePattern})
			}
		}
	}
	return out
}

// groupCands returns re's matches in t as pattern candidates of type typ:
// the whole match (group 0) or one group's text, where the group took part.
func groupCands(t string, re *regexp.Regexp, group int, typ string) []cand {
	var out []cand
	for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
		if m[2*group] >= 0 { // an optional group may not take part
			out = append(out, cand{typ: typ, start: m[2*group], end: m[2*group+1], source: SourcePattern})
		}
	}
	return out
}

// selfDocket is a docket number whose form says what it is, with or
// without a label: Pennsylvania's trial dockets ("CP-51-CR-0109521-2006")
// and appellate dockets ("3450 EDA 2006", "1234 C.D. 2019"),
// Massachusetts's ("SJC-12951", "2019-P-1234"), New Jersey's Appellate
// Division's ("A-4880-12T1"), the Merit Systems Protection Board's
// ("DA-0752-15-0186-I-1"), the National Labor Relations Board's
// ("6-CA-18814"), Georgia's appellate courts' ("A19A1234", "S19A0567")
// and the New Hampshire Public Utilities Commission's, by the utility's
// kind ("DE 19-057", "DR 96-150").
var selfDocket = regexp.MustCompile(`\b(?:[A-Z]{2}-\d{2,5}-[A-Z]{2}-\d{4,7}-(?:19|20)\d{2}` +
	`|` + paAppellateDocket +
	`|SJC-\d{4,5}|\d{2,4}-P-\d{3,5}|[A-Z]-\d{4}-\d{2}T\d` +
	`|[A-Z]{2}-\d{4}-\d{2}-\d{4}-[A-Z]-\d{1,2}` +
	`|\d{1,2}-(?:CA|CB|CC|CD|CE|CG|CP|RC|RD|RM|UC|UD|AC)-\d{4,6}` +
	`|[AS]\d{2}[A-Z]\d{4}` +
	`|(?:DE|DG|DW|DT|DR|DM|DS|IR)[ \t]\d{2}-\d{3})\b`)

// paAppellateDocket is a Pennsylvania appellate court's docket number: the
// number, the court's district and kind of case, the year ("3450 EDA
// 2006", "12 MAP 2019", "1234 C.D. 2019").
const paAppellateDocket = `\d{1,5}[ \t]+(?:EDA|MDA|WDA|EDM|MDM|WDM|EAP|MAP|WAP|EAL|MAL|WAL|EM|MM|WM|C\.[ \t]?D\.|M\.[ \t]?D\.)[ \t]+(?:19|20)\d{2}`

// labelledDocket is a state court's docket number after its label ("No.",
// "NO.", "Nos.", "Docket Number:", "DocketNumber:", "#"; group 1):
// Colorado's and Wisconsin's "14CV33332", "15CA1572", "2019AP1234"; Ohio's
// and Texas's "CV-14-823107", "PD-0123-19", "AP-74,951"; New Jersey's
// "A-1234-18"; Florida's and Minnesota's "3D19-1234", "SC19-1234",
// "A19-1234"; Illinois's "1-15-1234" and the Texas courts of appeals'
// "03-01-00088-CR"; New York's index numbers "12345/07"; and a bare
// number of four to seven digits ("No. 46019"; group 2), which
// stateDockets checks. The patterns know the federal forms and "No.
// 17-2400".
// It is anchored: stateDockets runs it where a label starts.
var labelledDocket = regexp.MustCompile(`^(Nos?\.:?|NOS?\.:?|No:|Number[ \t]*:?|NUMBER[ \t]*:?|#[ \t]*:?)[ \t]*` +
	`(?:` + stateDocketShape + `|(\d{4,7}))\b`)

// docketLabelAt is where a labelledDocket may start: "No" or "NO" opening
// a word, "Number" anywhere ("DocketNumber:"), "#". labelledDocket, a long
// alternation, runs only there (anchoredMatches).
var docketLabelAt = regexp.MustCompile(`\bNo|\bNO|Number|NUMBER|#`)

// stateDocketShape are the forms of labelledDocket's numbers but the bare
// one; Washington's courts write a check digit and the division of the
// Court of Appeals ("No. 81234-5-I", "No. 95749-7"), Ohio's the year, the
// kind and the number ("No. 22AP-123", "No. 21CR-4567", "No.
// CA2019-01-002"); Washington's superior courts the year, the kind, the
// number, a check digit and King County's area ("No. 21-2-09876-1 SEA"),
// New Jersey's trial courts the county, the division, the number and the
// year ("MID-L-001234-20"), Los Angeles the year, the courthouse and the
// kind ("20STCV12345"), Tennessee's criminal courts the year, the kind
// and the number ("2016-C-1234"), the American Arbitration Association its own
// ("01-22-0003-4567"), and the EPA's enforcement dockets the statute, the
// region, the year and the number ("CAA-05-2018-0011", "RCRA-HQ-2019-5001"),
// the Tax Court its number and year ("No. 14625-92", "No. 15847-14L"), and
// the Navajo Nation's courts their court, kind, number and year ("No.
// SC-CV-12-14").
const stateDocketShape = `(?:CAA|CWA|RCRA|FIFRA|TSCA|EPCRA|CERCLA|SDWA|MPRSA)-(?:\d{2}|HQ)-(?:19|20)\d{2}-\d{4}` +
	`|\d{2,4}[A-Z]{1,4}\d{2,7}` +
	`|\d{5}-\d{2}[A-Z]{0,2}` +
	`|[A-Z]{2,3}-[A-Z]{2,3}-\d{2,3}-\d{2}` +
	`|\d{2}-\d-\d{5}-\d(?:[ \t]+(?:SEA|KNT))?` +
	`|[A-Z]{3}-[A-Z]{1,2}-\d{4,6}-\d{2}` +
	`|\d{2,4}[A-Z]{1,3}-\d{2,7}` +
	`|[A-Z]{1,3}(?:19|20)\d{2}-\d{2}-\d{2,4}` +
	`|\d{5,6}-\d(?:-I{1,3}\b)?` +
	`|[A-Z]{1,4}-\d{2,4}-\d{2,7}(?:T\d)?(?:-[A-Z0-9]{1,3}){0,2}` +
	`|[A-Z]{2}-\d{1,3},\d{3}(?:-\d{2})?` +
	`|\d?[A-Z]{1,3}\d{2,4}-\d{2,6}` +
	`|\d{1,2}-\d{2}-\d{3,5}(?:-\d{3,5})?(?:-[A-Z]{1,4})?` +
	`|\d{3,6}/(?:19|20)?\d{2}` +
	`|(?:19|20)\d{2}-[A-Z]{1,2}-\d{2,6}`

// listShape is a docket number of a list: labelledDocket's forms and the
// federal ones ("17-2400", "1:16-cv-01506").
const listShape = stateDocketShape + `|\d{2,4}[-–]\d{2,6}(?:-[A-Z]{1,5})?|\d{1,2}:\d{2}-[A-Za-z]{1,4}-\d{2,6}(?:-[A-Z]{1,5})*`

// pluralDocket is a plural label and the first number of its list: "Nos.
// PD-12-04", "Docket Nos. L-0193-11", "Nos. 17-2400"; the patterns and
// labelledDocket read that first number.
var pluralDocket = regexp.MustCompile(`(?:\bNos|\bNOS)\.[ \t]*(?:` + listShape + `)\b`)

// listedDocket is a docket number after another in a list that a plural
// label opens ("Nos. PD-12-04, PD-72-04", "Docket Nos. L-0193-11 and
// L-2865-11", "Nos. 17-2400 & 17-2401"): the separator, then the number
// (group 1).
var listedDocket = regexp.MustCompile(`^(?:,|,?[ \t]+(?:and|&))[ \t]*(` + listShape + `)\b`)

// notDocketLabel are the words before "No." that number something other
// than a case: "Exhibit No. 12A3456", "Dkt. No. 1234" (a docket entry),
// "Model No.", "Solicitation No.".
var notDocketLabel = wordSet(`exhibit ex document doc dkt ecf entry page para paragraph item account acct invoice
	policy serial patent registration reg solicitation contract model part resolution ordinance bill loan tax
	license permit certificate check phone tel telephone fax room suite unit form order claim file vol volume
	id identification employer reference ref lot tracking receipt confirmation project purchase po route flight
	box application publication release notice memorandum directive instruction standard series schedule
	attachment appendix amendment article section rule`)

// notaryNumber reports whether the label at s numbers a notary's
// commission, under "Notary Public" ("Notary Public, State of New York" /
// "No. 01PE6123456").
func notaryNumber(t string, s int) bool {
	return containsAny(t[max(0, s-80):s], []string{"Notary", "NOTARY"})
}

// docketWords are the words before "No." after which a bare number is a
// docket number: "Case No. 12345", "Court of Appeals No. 46019", "Civil
// Action No. 12345".
var docketWords = wordSet(`case docket appeal appeals cause record index court action matter proceeding petition
	bankruptcy adversary adv misc`)

// stateDockets returns the docket numbers selfDocket and labelledDocket
// find, and those listedDocket finds after them. A labelled number counts
// unless the word before its label says it numbers something else
// (notDocketLabel); a bare number only after a docket's word
// (docketWords) or a label that opens its line ("No. 46019." under a
// caption), never a year, nor the first part of a longer number ("No.
// 1234-5678", "No. 12345.6").
func stateDockets(t string) []cand {
	out := groupCands(t, selfDocket, 0, TypeCase)
	if !containsAny(t, []string{"No", "NO", "umber", "UMBER", "#"}) {
		return out
	}
	for _, m := range anchoredMatches(t, docketLabelAt, labelledDocket, 40) {
		ls := strings.LastIndexByte(t[:m[2]], '\n') + 1
		before := t[ls:m[2]]
		prev := strings.ToLower(strings.Trim(lastWord(before), ".,:;()"))
		if notDocketLabel[prev] || notaryNumber(t, m[2]) {
			continue
		}
		s := m[1] - len(strings.TrimLeft(t[m[3]:m[1]], " \t"))
		if m[4] >= 0 {
			num := t[m[4]:m[5]]
			if len(num) == 4 && (num[:2] == "19" || num[:2] == "20") {
				continue
			}
			if rest := t[m[5]:min(len(t), m[5]+2)]; len(rest) == 2 && strings.ContainsRune("-/.,", rune(rest[0])) && rest[1] >= '0' && rest[1] <= '9' {
				continue
			}
			// "DocketNumber: 46019": the word glued to the label is before it.
			if !docketWords[prev] && strings.TrimSpace(before) != "" {
				continue
			}
		}
		out = append(out, cand{typ: TypeCase, start: s, end: m[1], source: SourcePattern})
	}
	if !strings.Contains(t, "Nos") && !strings.Contains(t, "NOS") {
		return out
	}
	for _, m := range pluralDocket.FindAllStringIndex(t, -1) {
		// "Invoice Nos. 22-1187 and 22-1203": no list of dockets.
		if notDocketLabel[strings.ToLower(strings.Trim(lastWord(t[strings.LastIndexByte(t[:m[0]], '\n')+1:m[0]]), ".,:;()"))] {
			continue
		}
		for e := m[1]; ; {
			l := listedDocket.FindStringSubmatchIndex(textAfter(t, e))
			if l == nil {
				break
			}
			out = append(out, cand{typ: TypeCase, start: e + l[2], end: e + l[3], source: SourcePattern})
			e += l[1]
		}
	}
	return out
}

// fedClaimsSuffix is the letter the Court of Federal Claims writes after
// its docket numbers after a space: "No. 22-404 C", "No. 17-1234 V" (a
// vaccine case), "No. 14-37 L" (a taking). The docket patterns read the
// letter glued to the number ("17-1234V").
var fedClaimsSuffix = regexp.MustCompile(`^[ \t][CVL]\b`)

// shortDocket is a docket number of a year and a number: "22-404".
var shortDocket = regexp.MustCompile(`^\d{2}-\d{1,5}$`)

// civilDocket is a federal district's docket number with its kind of
// case after it ("96-0823-CV"), and divisionSuffix the division's letter
// and the judge's number some districts write after that ("-W-2" of the
// Western District of Missouri's "96-0823-CV-W-2").
var (
	civilDocket    = regexp.MustCompile(`^\d{2}-\d{2,5}-(?:CV|CR|cv|cr)$`)
	divisionSuffix = regexp.MustCompile(`^-[A-Z]{1,3}(?:-\d{1,2})?\b`)
)

// docketShape is a docket number in one word: digits, letters, colons
// and hyphens, a digit in it; hyphenTail is the rest of one the patterns
// cut at a hyphen: a case type's and judges' codes ("30-2014-00712345" +
// "-CU-WT-CJC", "2:19-cv-01234-ODW" + "-SKx", a magistrate judge's
// initials with the Central District of California's "x"), a year
// ("323-107654" + "-18"), a docket's kind ("4567" + "-MC", Rhode Island's
// "2012-86" + "-Appeal") or an agency's serial number ("200P-0664" +
// "-2018104567").
var (
	docketShape = regexp.MustCompile(`^[0-9A-Za-z:]*\d[0-9A-Za-z:]*(?:-[0-9A-Za-z]+)*$`)
	hyphenTail  = regexp.MustCompile(`^(?:-(?:[A-Z0-9]{1,6}|\d{7,10}|[A-Z]{2,4}x|Appeal))+\b`)
)

// docketSuffixes extends a docket number after "No." over the letter the
// Court of Federal Claims writes after it, a district's docket over its
// division and judge (divisionSuffix), any docket over the codes after a
// hyphen (hyphenTail), and a New York slip opinion's citation over its
// "(U)"; the patterns stop before them.
func docketSuffixes(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase {
			continue
		}
		// "2012 NY Slip Op 50996(U)": New York's slip opinion's letter
		// for an unpublished decision is part of its citation.
		if strings.HasPrefix(t[c.end:], "(U)") && strings.Contains(t[c.start:c.end], "Slip Op") {
			cs[i].end += len("(U)")
			continue
		}
		if docketShape.MatchString(t[c.start:c.end]) {
			if m := hyphenTail.FindStringIndex(t[c.end:min(len(t), c.end+32)]); m != nil {
				cs[i].end += m[1]
				continue
			}
		}
		if civilDocket.MatchString(t[c.start:c.end]) {
			if m := divisionSuffix.FindStringIndex(t[c.end:min(len(t), c.end+8)]); m != nil {
				cs[i].end += m[1]
			}
			continue
		}
		if !shortDocket.MatchString(t[c.start:c.end]) || !strings.Contains(t[max(0, c.start-6):c.start], "No") {
			continue
		}
		if m := fedClaimsSuffix.FindStringIndex(t[c.end:min(len(t), c.end+3)]); m != nil {
			cs[i].end += m[1]
		}
	}
	return cs
}

// docketNameStarts starts a name after the docket number it opens inside
// of, at a hyphen: a judge's initials after a district's docket
// ("12-cv-02517-RBJ-MEH"), which docketSuffixes gives the docket, read by
// the tagger and the caption patterns as the first word of the party
// after it ("RBJ-MEH JOSHUA R. NOWLAN", "RM-MJW BROADCAST MUSIC, INC.",
// and its caption).
func docketNameStarts(t string, cs []cand) []cand {
	var dockets []cand
	for _, c := range cs {
		if c.typ == TypeCase && docketShape.MatchString(t[c.start:c.end]) {
			dockets = append(dockets, c)
		}
	}
	if len(dockets) == 0 {
		return cs
	}
	for i, c := range cs {
		if !nameType(c.typ) && c.typ != TypeCase || c.typ == TypeCase && docketShape.MatchString(t[c.start:c.end]) {
			continue
		}
		for _, d := range dockets {
			if d.start >= c.start || c.start >= d.end || d.end >= c.end || t[c.start-1] != '-' || !upperByte(t[c.start]) || !upperByte(t[d.end-1]) {
				continue
			}
			s := d.end
			for s < c.end && strings.ContainsRune(" \t\n", rune(t[s])) {
				s++
			}
			// A caption's case starts after the docket, and so does a
			// company with its legal form; another party only if it is
			// then a given name, an initial and a surname ("JOSHUA R.
			// NOWLAN"), which the docket's words had made a company.
			switch {
			case c.typ == TypeCase, c.typ == TypeOrg && companyEnd(t[s:c.end]):
				cs[i].start = s // "RM-MJW BROADCAST MUSIC, INC.": the company after it
			case middleInitialName.MatchString(t[s:c.end]):
				cs[i].start, cs[i].typ = s, TypePerson
			}
		}
	}
	return cs
}

// middleInitialName is a person's name of a given name, a middle initial
// and a surname, in capitals too: "JOSHUA R. NOWLAN" (initialledName's
// are in mixed case).
var middleInitialName = regexp.MustCompile(`^[A-Z][A-Za-z'’\-]+[ \t]+[A-Z]\.[ \t]+[A-Z][A-Za-z'’\-]+$`)

// docketWord reports whether w is a docket number: no lower-case letter,
// a digit and a hyphen ("DA-0752-15-0186-I-1", "17-2400").
func docketWord(w string) bool {
	return strings.ContainsAny(w, "0123456789") && strings.Contains(w, "-") && !strings.ContainsFunc(w, unicode.IsLower)
}

// dashedName reports whether the name at s, after a hyphen, opens with a
// word in mixed case glued by the hyphen to a number's digit ("00987-Michael
// R. Barrett"): a dash between two things, not a docket number's own
// suffix, which is in capitals ("00088-CR").
func dashedName(t string, s int) bool {
	if s < 2 || t[s-2] < '0' || t[s-2] > '9' {
		return false
	}
	e := s + 1
	for e < len(t) && t[e] >= 'a' && t[e] <= 'z' {
		e++
	}
	return t[s] >= 'A' && t[s] <= 'Z' && e-s > 2 && (e == len(t) || t[e] == ' ' || t[e] == '\t' || t[e] == '\n')
}

// docketNames mends what docket numbers in a caption's layout did to the
// names:
//
//   - a name does not start inside a docket number's word ("NO.
//     03-01-00088-CR" / "Christopher Hall, Appellant": the caption starts
//     after "CR", and its party takes the type its own words give); a
//     double hyphen ends the number ("No. 99 C 1234--Rebecca R.
//     Pallmeyer, Judge.", the Seventh Circuit's headers), and so does a
//     dash between the number's digits and a word in mixed case (the
//     Sixth Circuit's "No. 1:16-cv-00987—Michael R. Barrett, District
//     Judge.", whose dash the text stage makes a hyphen: dashedName);
//   - a name that overlaps a docket number is none (the tagger reads
//     "DA-0752-15-0186-I-1 / DA-1221-15-0155-W-1" beside a caption as a
//     person);
//   - a case name whose first party begins with docket numbers starts
//     after them, or is none when they are all of that party, and one whose
//     last party runs on over a docket's label and numbers ("The STATE of
//     Texas." / "Nos. PD-12-04") ends before them.
func docketNames(t string, cs []cand) []cand {
	var dockets []cand
	for _, c := range cs {
		if c.typ == TypeCase && docketWord(strings.TrimSpace(t[c.start:c.end])) {
			dockets = append(dockets, c)
		}
	}
	if len(dockets) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		isCase := c.typ == TypeCase && caseNameLike(t[c.start:c.end])
		if (isCase || nameType(c.typ)) && c.start > 0 && t[c.start-1] == '-' && !strings.HasSuffix(t[:c.start], "--") && !dashedName(t, c.start) {
			ws := words(t[c.start:c.end], c.start)
			if len(ws) < 2 {
				continue
			}
			c.start = ws[1].start
			if c.party && c.typ != TypeCase {
				c.typ = partyType(t[c.start:c.end]) // "CV" made "GEORGE ALLAN BOLTON" look like a company
			}
		}
		switch {
		case nameType(c.typ) && overlapsAny(c, dockets):
			continue
		case isCase:
			ws := words(t[c.start:c.end], c.start)
			k := 0
			for k < len(ws) && docketWord(ws[k].text) {
				k++
			}
			if k == len(ws) || isVersus(ws[k].text) {
				continue
			}
			n := len(ws)
			for n > k+1 && docketWord(strings.TrimRight(ws[n-1].text, ".,;")) {
				n--
			}
			if n < len(ws) && n > k+1 && docketLabelWord[strings.ToLower(ws[n-1].text)] {
				n--
			}
			if !caseNameLike(t[ws[k].start:ws[n-1].end]) {
				continue
			}
			c.start, c.end = ws[k].start, ws[n-1].end
			if n < len(ws) && sentenceStop(ws[n-1].text) {
				c.end-- // "… of Texas." before "Nos. PD-12-04"
			}
		}
		out = append(out, c)
	}
	return out
}

// docketLabelWord are the labels a docket number follows in a caption.
var docketLabelWord = wordSet(`no. nos. no: case docket number number: #`)

// isVersus reports whether w is a case name's "v.".
func isVersus(w string) bool {
	switch w {
	case "v.", "vs.", "V.", "VS.", "v", "V":
		return true
	}
	return false
}

// replacedBy drops the names of cs (cases are a layer of their own) that
// overlap one of added and appends added: a mend's reading of a span in
// place of what the tagger or the patterns read there.
func replacedBy(cs, added []cand) []cand {
	cs = slices.DeleteFunc(cs, func(c cand) bool { return c.typ != TypeCase && overlapsAny(c, added) })
	return append(cs, added...)
}

// overlapsAny reports whether c overlaps one of cs.
func overlapsAny(c cand, cs []cand) bool {
	for _, d := range cs {
		if c.start < d.end && d.start < c.end {
			return true
		}
	}
	return false
}

// docketLabelWords open the line of a docket number under a caption.
var docketLabelWords = wordSet(`no no. nos nos. case docket`)

// courtLine is a court's name on a line of its own.
var courtLine = regexp.MustCompile(`\b(?:Court|COURT)\b`)

// captionLabels ends a caption, or its party (retyped), that ran on over
// the docket label on the next line ("FEDERAL ELECTION COMMISSION." / "No.
// 87-5373." read as "… COMMISSION. No"; "Case Number") or a case's name
// over the court's name on
// the next line, and drops a party that is only a docket's label.
func captionLabels(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeCase && !c.party {
			continue
		}
		s := t[c.start:c.end]
		nl := strings.LastIndexByte(s, '\n')
		last := strings.TrimSpace(s[nl+1:])
		if c.typ == TypeCase && nl > 0 && len(strings.Fields(last)) >= 3 && courtLine.MatchString(last) && versusWord.MatchString(s[:nl+1]) {
			// "Bremiller v. Cleveland Psychiatric Ins." / "United States
			// District Court, N.D. Ohio": the court's line is no party's.
			cs[i].end = c.start + len(strings.TrimRight(s[:nl], " \t"))
			continue
		}
		if !docketLabelWords[strings.ToLower(last)] && !docketLabelLine.MatchString(last) {
			continue
		}
		if nl < 0 {
			if c.party {
				drop[i] = true
			}
			continue
		}
		cs[i].end = c.start + len(strings.TrimRight(s[:nl], " \t"))
		if c.party {
			cs[i].typ = partyType(t[c.start:cs[i].end])
		}
	}
	return withoutDropped(cs, drop)
}

// docketLabelTail is a docket's label a name ran on into, at its end:
// "California Assembly Committee on Rules Case Number:", a docketing
// notice's "… v. United States Marshals" / "Short Title".
var docketLabelTail = regexp.MustCompile(`[ \t\n]+(?:(?:Case|CASE|Docket|DOCKET)[ \t]+(?:Number|NUMBER|No\.?|NO\.?)|Short[ \t]+Title|SHORT[ \t]+TITLE)[ \t]*:?$`)

// docketLabelTails ends an organisation, a person or a place before the
// docket's label it ran on into.
func docketLabelTails(t string, cs []cand) []cand {
	for i, c := range cs {
		if !nameType(c.typ) && c.typ != TypeCase {
			continue
		}
		if m := docketLabelTail.FindStringIndex(t[c.start:c.end]); m != nil && m[0] > 0 {
			cs[i].end = c.start + m[0]
			if c.party {
				cs[i].typ = partyType(t[c.start:cs[i].end])
			}
		}
	}
	return cs
}

// docketLabelLine is a docket's label of two words or more opening the
// line under a caption: a notice of docketing's "Re: USA v. Kareem
// Bellamy" / "Case Number: 22-2451".
var docketLabelLine = regexp.MustCompile(`^(?i:(?:district[ \t]+court[ \t]+|agency[ \t]+|originating[ \t]+|lower[ \t]+court[ \t]+)?(?:case|docket)[ \t]+(?:number|no\.?))$`)

// lexisBefore is a LEXIS citation's year and court before "LEXIS": "2008
// Bankr. " of "2008 Bankr. LEXIS 1218", "2011 Tex. App. ".
var lexisBefore = regexp.MustCompile(`\b(?:19|20)\d{2}[ \t]+(?:[A-Z][A-Za-z]*\.[ \t]+){1,3}$`)

// lexisStarts starts a LEXIS citation the patterns read from "LEXIS" at
// its year.
func lexisStarts(t string, cs []cand) []cand {
	if !strings.Contains(t, "LEXIS") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeCase && strings.HasPrefix(t[c.start:c.end], "LEXIS") {
			if m := lexisBefore.FindStringIndex(t[max(0, c.start-40):c.start]); m != nil {
				cs[i].start = max(0, c.start-40) + m[0]
			}
		}
	}
	return cs
}

// capsHeadWord is a word of a party's name in capitals, or a connector
// between them: "FINANCIAL", "FOR", "&".
var capsHeadWord = regexp.MustCompile(`^(?:[A-Z][A-Z'’.\-]*|FOR|AND|OF|THE|&),?$`)

// capsCaptionHeads starts a caption in capitals, and its first party, at
// its line's start where the patterns began the party after a connector
// ("FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR" + "PUERTO RICO v.
// AURELIUS INVESTMENT, LLC"): the words before it on the line are capitals
// and connectors only, at most six, name no court and do not end in "AND"
// (another party: "LOUIS S. SHUMAN AND" + "SANDRA SHUMAN v. …").
func capsCaptionHeads(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase || !caseNameLike(t[c.start:c.end]) || !upperCaseName(t[c.start:c.end]) {
			continue
		}
		ls := strings.LastIndexByte(t[:c.start], '\n') + 1
		head := strings.Fields(t[ls:c.start])
		if len(head) == 0 || len(head) > 6 || slices.Contains(head, "COURT") || strings.Contains(t[c.start:c.end], "COURT") ||
			edgeConnectors[strings.ToLower(head[0])] || head[len(head)-1] == "AND" || head[len(head)-1] == "&" {
			continue
		}
		caps := true
		for _, w := range head {
			caps = caps && capsHeadWord.MatchString(w) && !strings.HasSuffix(w, ",")
		}
		if !caps {
			continue
		}
		start := ls + strings.Index(t[ls:c.start], head[0])
		startCaseAt(t, cs, i, start)
		for j, p := range cs {
			if p.party && p.start == start {
				cs[j].typ = partyType(t[start:p.end])
			}
		}
	}
	return cs
}

// capsCaptionStarts starts a caption in capitals on its own line where
// the patterns ran it back over the end of the line before: "15-P-171
// Appeals Court" / "CITY OF BEVERLY vs. BASS RIVER GOLF MANAGEMENT, INC."
// is the case "CITY OF BEVERLY vs. …"; and a caption in mixed case on its
// own line under a heading in capitals ("MEMORANDUM AND ORDER" / "Smith v.
// Acme Corp."). Its first party, if it ran back too, starts there as well.
func capsCaptionStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase {
			continue
		}
		s := t[c.start:c.end]
		nl := strings.IndexByte(s, '\n')
		v := versusWord.FindStringIndex(s)
		if nl < 0 || v == nil || nl >= v[0] {
			continue
		}
		// A name that goes on after a comma ("Innova Hosp. San Antonio,"
		// / "L.P. v. …") is one name over two lines.
		head, first := strings.TrimRight(s[:nl], " \t"), strings.TrimSpace(s[nl+1:v[0]])
		if strings.HasSuffix(head, ",") {
			continue
		}
		// And a heading in capitals over a caption in mixed case:
		// "INTERNATIONAL CENTRE FOR SETTLEMENT OF INVESTMENT DISPUTES" /
		// "Eco Oro Minerals Corp. v. Republic of Colombia".
		if upperCaseName(head) && !strings.Contains(s[nl+1:], "\n") && mixedCaseWord.MatchString(first) {
			startCaseAt(t, cs, i, c.start+nl+1)
			continue
		}
		if upperCaseName(head) || !upperCaseName(first) || !capsWord.MatchString(first) {
			continue
		}
		startCaseAt(t, cs, i, c.start+nl+1)
	}
	return cs
}

// etAlOpening is a case's name the patterns started at the "et al." that
// ends its first party: "ET AL. v. PAUL A. BONIN" of "VERITEXT CORP., ET
// AL. v. PAUL A. BONIN".
var etAlOpening = regexp.MustCompile(`^(?i:et[ \t]+al)\.?[\s,]`)

// etAlCaseStarts starts a case's name that the patterns started at its
// first party's "et al." at the name before that party's comma, when a
// name the patterns or the tagger read ends right there: "VERITEXT
// CORP., ET AL. v. PAUL A. BONIN", "SOUTHWEST TENNESSEE ELECTRIC
// MEMBERSHIP CORPORATION," / "ET AL." / "v." / "CITY OF JACKSON".
func etAlCaseStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase || !etAlOpening.MatchString(t[c.start:c.end]) {
			continue
		}
		before := strings.TrimRight(t[:c.start], " \t\n")
		if !strings.HasSuffix(before, ",") {
			continue
		}
		at := len(before) - 1
		for _, p := range cs {
			if (p.typ == TypeOrg || p.typ == TypePerson) && p.end == at {
				cs[i].start = p.start // its party "ET AL." stays, for the mends that drop it
				break
			}
		}
	}
	return cs
}

// startCaseAt starts the case cs[i], and its first party if that ran
// back with it, at start, after the blanks there; a party that ends
// before start is left as it is (it was no part of the case).
func startCaseAt(t string, cs []cand, i, start int) {
	c := cs[i]
	for start < c.end && (t[start] == ' ' || t[start] == '\t') {
		start++
	}
	for j, p := range cs {
		if p.party && p.start == c.start && start < p.end {
			cs[j].start = start
		}
	}
	cs[i].start = start
}

// itcSubject is the subject of an investigation of the International
// Trade Commission, the products it is about, after "In the Matter of":
// "CERTAIN MOBILE ELECTRONIC DEVICES AND RADIO FREQUENCY AND PROCESSING
// COMPONENTS THEREOF", over lines up to a blank one. Group 1 is the
// subject.
var itcSubject = regexp.MustCompile(`(?i:in[ \t]+the[ \t]+matter[ \t]+of)[ \t]*:?[ \t]*\n?(?:[ \t]*\n)?[ \t]*((?:CERTAIN|Certain)[ \t]+[^\n]+(?:\n[ \t]*[^\s][^\n]*)*?(?:THEREOF|Thereof|SAME|Same)\b)`)

// itcCaptions makes an investigation's caption the case "In the Matter of
// Certain …" whole, to the products' last word, and no word of the
// products a person's or an organisation's name ("RADIO FREQUENCY").
func itcCaptions(t string, cs []cand) []cand {
	if !containsAny(t, []string{"CERTAIN", "Certain"}) {
		return cs
	}
	ms := itcSubject.FindAllStringSubmatchIndex(t, -1)
	if ms == nil {
		return cs
	}
	drop := map[int]bool{}
	for _, m := range ms {
		found := false
		for i, c := range cs {
			switch {
			case c.typ == TypeCase && c.start >= m[0] && c.start < m[3]:
				cs[i].start, cs[i].end, found = m[0], m[3], true
			case nameType(c.typ) && c.start >= m[2] && c.end <= m[3]:
				drop[i] = true
			}
		}
		if !found {
			cs = append(cs, cand{typ: TypeCase, start: m[0], end: m[3], source: SourcePattern})
		}
	}
	return withoutDropped(cs, drop)
}

// judgeLine is a line that names the trial judge above a caption, a
// Colorado appeal's header: "Honorable Brian J. Flynn, Judge".
var judgeLine = regexp.MustCompile(`(?m)^[ \t]*(?:The[ \t]+)?(?:Honorable|HONORABLE)[ \t]+[^\n]{3,60},[ \t]+(?:Judge|JUDGE|Justice|Magistrate[ \t]+Judge)[ \t]*\n`)

// judgeLineStarts starts a case's name, or a party's, that the patterns
// ran back over the trial judge's line above the caption after it
// ("Honorable Brian J. Flynn, Judge" / "Roberto Lopez, …, v. City of
// Grand Junction" is the case from "Roberto Lopez"; "Judge\nRoberto
// Lopez" is Roberto Lopez).
func judgeLineStarts(t string, cs []cand) []cand {
	if !strings.Contains(t, "onorable") && !strings.Contains(t, "ONORABLE") {
		return cs
	}
	for _, m := range judgeLine.FindAllStringIndex(t, -1) {
		for i, c := range cs {
			if c.start < m[1] && c.end > m[1] && (c.typ == TypeCase || nameType(c.typ)) {
				cs[i].start = m[1]
			}
		}
	}
	return cs
}

// headerCaptionStarts starts a case's name on the line of its "v." where
// the patterns ran its first party back over two lines or more of a
// header, each a name of its own: a Federal Register notice's
// "DEPARTMENT OF JUSTICE" / "Antitrust Division" / "United States v.
// Anheuser-Busch InBev SA/NV, et al." is the case "United States v. …".
// A line that ends with a comma, "&", "and" or "of" goes on into the next,
// as one long name does. Its first party, if it ran back too, starts there
// as well.
func headerCaptionStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase {
			continue
		}
		s := t[c.start:c.end]
		v := versusWord.FindStringIndex(s)
		if v == nil || strings.Count(s[:v[0]], "\n") < 2 {
			continue
		}
		lines := strings.Split(s[:v[0]], "\n")
		joined := false
		for _, l := range lines[:len(lines)-1] {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasSuffix(l, ",") || edgeConnectors[strings.ToLower(lastWord(l))] {
				joined = true
				break
			}
		}
		if joined {
			continue
		}
		startCaseAt(t, cs, i, c.start+strings.LastIndexByte(s[:v[0]], '\n')+1)
	}
	return cs
}

// mixedCaseWord is a name's first word in mixed case: a capital, then a
// lower-case letter.
var mixedCaseWord = regexp.MustCompile(`^\p{Lu}\p{Ll}`)

// capsWord is a word of three capitals or more.
var capsWord = regexp.MustCompile(`\b[A-Z]{3,}\b`)

// versusWord is a case name's "v." or "vs." between its parties.
var versusWord = regexp.MustCompile(`[ \t\n](?:v|vs|V|VS)\.[ \t\n]`)

// webChrome is a legal research site's chrome before a name on the next
// line or glued to it: "From Casetext: Smarter Legal Research" /
// "Bremiller v. Cleveland Psychiatric Ins.", Justia's "Download PDF"
// ("Download PDFNational Labor Relations Board"), vLex's "Sign Up for
// Vincent AI", its last two words on a line of their own (a name may
// begin "Vincent AIELLO"). It ends with the name's first letter.
var webChrome = regexp.MustCompile(`^(?:(?:Smarter[ \t]+Legal[ \t]+Research|Download[ \t]+PDF|Annotate[ \t]+this[ \t]+Case|Cite[ \t]+this[ \t]+Case)[ \t]*(?:\n[ \t]*)?|Sign[ \t]+Up[ \t]+for[ \t]+Vincent[ \t]+AI[ \t]*(?:\n[ \t]*)?|Vincent[ \t]+AI[ \t]*\n[ \t]*)\p{Lu}`)

// softwareAfter is a program's name after its maker's: " Word" of
// "Microsoft Word", " Acrobat" of "Adobe Acrobat".
var softwareAfter = regexp.MustCompile(`^[ \t]+(?:Word|Excel|PowerPoint|Outlook|Acrobat|Reader)\b`)

// docLabel is a document number's label a caption ran on into: " Doc" of
// "Robinson v. Regional Transportation District Doc. 145".
var docLabel = regexp.MustCompile(`[ \t]+Doc$`)

// fileExtensions are the extensions of a file's name a page's title may
// glue to a name ("….pdf"), the longer before the shorter.
var fileExtensions = []string{".pdf", ".PDF", ".html", ".htm"}

// gluedFieldLabel is a research site's field label at a line's start with
// its value glued to it: "Parties" of "PartiesILLINOIS CENTRAL …",
// "Court" of "CourtVirginia Supreme Court". Group 1 is the value's first
// letter or digit.
var gluedFieldLabel = regexp.MustCompile(`(?:^|\n)[ \t]*(?:` + strings.ReplaceAll(strings.Join(fieldLabels, "|"), " ", `[ \t]+`) + `)([A-Z0-9])`)

// fieldLabels are a research site's field labels (gluedFieldLabel).
var fieldLabels = []string{"Parties", "Court", "Docket Number", "Citation", "Judges"}

// gluedLabelLines counts, up to two, the lines that open with a field's
// label glued to its value (gluedFieldLabel), by a scan for the labels.
func gluedLabelLines(t string) int {
	n := 0
	for _, label := range fieldLabels {
		for s := range occurrences(t, label, 0) {
			if e := s + len(label); e < len(t) && (upperByte(t[e]) || isDigitByte(t[e])) && lineStartAt(t, s) {
				if n++; n == 2 {
					return n
				}
			}
		}
	}
	return n
}

// lineStartAt reports whether only blanks stand between the start of the
// line and i.
func lineStartAt(t string, i int) bool {
	return strings.TrimLeft(t[strings.LastIndexByte(t[:i], '\n')+1:i], " \t") == ""
}

// skipLink is a page's link past its menus, a name's whole text in the
// chrome: "Skip Navigation" ("Skip" is a given name; "Skip to Main
// Content" the tagger reads as no one).
var skipLink = regexp.MustCompile(`^Skip[ \t]+[Nn]avigation$`)

// chromeStarts starts a name after a research site's chrome it ran back
// over, ends a name before the site's "Opinion" tab or a file's extension
// glued to it ("….pdf"), ends a
// case's name or its last party's ("BERRYHILL Doc. 23") before
// a document number's label, and drops a
// program's maker from a page's chrome ("Microsoft Word version"), a
// page's skip link ("Skip Navigation") and a
// research site's name ("Elawyers Elawyers"), a Customs ruling's office
// ("NY K88257") and a public records portal's chrome ("HomeMy
// WebLinkAbout"), and starts a company's name after a
// press release's "About" heading.
func chromeStarts(t string, cs []cand) []cand {
	if containsAny(t, []string{"Microsoft ", "Adobe "}) {
		// "Click here for Microsoft Word version": a program's maker in
		// a page's chrome names no party.
		cs = slices.DeleteFunc(cs, func(c cand) bool {
			return nameType(c.typ) && (t[c.start:c.end] == "Microsoft" || t[c.start:c.end] == "Adobe") && softwareAfter.MatchString(t[c.end:])
		})
	}
	if strings.Contains(t, "Skip ") {
		// "Skip Navigation": a page's skip link names no one.
		cs = slices.DeleteFunc(cs, func(c cand) bool { return nameType(c.typ) && skipLink.MatchString(t[c.start:c.end]) })
	}
	if strings.Contains(t, "About ") || strings.Contains(t, "ABOUT ") {
		// "About Intertape Polymer Group Inc." alone on its line (a colon
		// after it or not): a press release's closing heading is no part
		// of the company it introduces ("About Face Designs, Inc." in a
		// sentence is a name).
		for i, c := range cs {
			name := t[c.start:c.end]
			if c.typ == TypeOrg && (strings.HasPrefix(name, "About ") || strings.HasPrefix(name, "ABOUT ")) && lineStartAt(t, c.start) &&
				strings.Trim(t[c.end:lineEnd(t, c.end)], " \t:") == "" {
				cs[i].start += len("About ")
			}
		}
	}
	if containsAny(t, researchSites) {
		// "Elawyers Elawyers": a research site's logo and title name no
		// party (its name alone, once or more, is the site's chrome).
		cs = slices.DeleteFunc(cs, func(c cand) bool {
			return !slices.ContainsFunc(strings.Fields(t[c.start:c.end]), func(w string) bool { return !slices.Contains(researchSites, w) })
		})
	}
	if containsAny(t, socialSites) {
		// "Share on Facebook", "Follow Municipal Minute on Twitter", a
		// bullet's "• Twitter": a page's sharing buttons name no party.
		cs = slices.DeleteFunc(cs, func(c cand) bool {
			return nameType(c.typ) && slices.Contains(socialSites, t[c.start:c.end]) && shareButton(t, c.start, c.end)
		})
	}
	if containsAny(t, fileExtensions) {
		// "Kelley v. Chicago Park District.pdf": a file's extension a
		// page's title glued to a name is none of it.
		for i, c := range cs {
			if !nameType(c.typ) && c.typ != TypeCase {
				continue
			}
			for _, ext := range fileExtensions {
				if name := t[c.start:c.end]; len(name) > len(ext)+1 && strings.HasSuffix(name, ext) && isAlnum(name[len(name)-len(ext)-1]) {
					cs[i].end -= len(ext)
					break
				}
			}
		}
	}
	if strings.Contains(t, webLink) {
		// "HomeMy WebLinkAbout08-5454ROHAN DOOKHARAN,": a public records
		// portal's links and the file's number glued to the page name
		// nothing; a name read over them starts after them.
		for i, c := range cs {
			at := strings.LastIndex(t[:min(len(t), c.start+len(webLink))], webLink)
			if at < 0 || c.start >= at+len(webLink) {
				continue
			}
			e := at + len(webLink)
			e += len(gluedFileNumber.FindString(t[e:]))
			cs[i].start = min(e, c.end)
		}
		cs = slices.DeleteFunc(cs, func(c cand) bool { return c.start >= c.end })
	}
	if strings.Contains(t, "NY ") {
		// "NY K88211 - NY K88257": the office letters of a Customs
		// ruling's number, one an index's range leaves to the tagger
		// (customsRange), name no place.
		cs = slices.DeleteFunc(cs, func(c cand) bool {
			return c.typ == TypeLocation && t[c.start:c.end] == "NY" && customsRulingAt(t, c.start)
		})
	}
	if strings.Contains(t, "Opinion") {
		// "Goodman v. Hous. Auth. of Dekalb Cnty.Opinion": a research
		// site's tab glued to the page's title is no part of the name.
		for i, c := range cs {
			if name := t[c.start:c.end]; len(name) > 8 && strings.HasSuffix(name, "Opinion") && gluedTabBefore(name[len(name)-8]) {
				cs[i].end -= len("Opinion")
			}
		}
	}
	if gluedLabelLines(t) >= 2 {
		// "PartiesILLINOIS CENTRAL RAILROAD COMPANY v. …", "Docket
		// NumberM1998-00949-COA-R3-CV" / "PartiesCONISTER TRUST LTD. v.
		// …": a research site's field label glued to its value at a
		// line's start is no part of the name, where the page glued two
		// of them at least (a name may begin with "Court": "CourtSmart").
		for i, c := range cs {
			if !nameType(c.typ) && c.typ != TypeCase && c.typ != TypeCourt {
				continue
			}
			if ms := gluedFieldLabel.FindAllStringSubmatchIndex(t[c.start:c.end], -1); ms != nil {
				if m := ms[len(ms)-1]; (m[0] == 0 && lineStartAt(t, c.start) || m[0] > 0) && c.start+m[2] < c.end {
					cs[i].start = c.start + m[2]
				}
			}
		}
	}
	if !containsAny(t, []string{"Legal Research", "Download PDF", "this Case", "Doc.", "Vincent AI"}) {
		return cs
	}
	for i, c := range cs {
		if m := webChrome.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start += m[1] - 1 // the name's capital, ASCII or not, starts it
			for !utf8.RuneStart(t[cs[i].start]) {
				cs[i].start--
			}
			// A caption's party the chrome made an organisation by its
			// words' count is typed by its own ("Grier" of "Smarter Legal
			// Research" / "Grier v. State").
			if c.party {
				cs[i].typ = partyType(t[cs[i].start:c.end])
			}
		}
		if (c.typ == TypeCase || nameType(c.typ)) && strings.HasPrefix(t[c.end:], ".") {
			if m := docLabel.FindStringIndex(t[cs[i].start:c.end]); m != nil {
				cs[i].end = cs[i].start + m[0]
			}
		}
	}
	return cs
}

// webLink is the chrome a public records portal (Laserfiche's WebLink)
// opens each page with, glued together and to the file's name after it.
const webLink = "HomeMy WebLinkAbout"

// gluedFileNumber is a file's number glued to the text after webLink,
// before a capital: "08-5454" of "08-5454ROHAN DOOKHARAN".
var gluedFileNumber = regexp.MustCompile(`^[0-9][0-9-]*`)

// researchSites are the legal research sites whose pages' chrome names
// them, no entity (docs/entity-guidelines.md).
var researchSites = []string{"Elawyers", "Casetext", "Justia", "FindACase", "Leagle", "CourtListener", "Casemine", "AnyLaw"}

// socialSites are the sites a page's sharing buttons name.
var socialSites = []string{"Facebook", "Twitter", "LinkedIn", "YouTube", "Instagram", "Pinterest", "Reddit", "WhatsApp", "TikTok", "Tumblr"}

// shareVerb is what a sharing button writes before its site, at the end
// of the text before it: "Share on ", "Share to ", "Follow Municipal
// Minute on ", "Like us on ".
var shareVerb = regexp.MustCompile(`(?i)(?:\bshare(?:[ \t]+this)?[ \t]+(?:on|to|via)|\bfollow\b[^\n]{0,40}[ \t]on|\bfind[ \t]+us[ \t]+on|\blike[ \t]+us[ \t]+on)[ \t]+$`)

// shareLine is the longest line a sharing button's site is read on: a
// page's buttons and their labels are short lines, a sentence that names
// the site ("did not share the data on Facebook") is not.
const shareLine = 80

// shareButton reports whether the site named at t[s:e] is a sharing
// button's: on a short line, after shareVerb, or on a line of sites,
// bullets and bars alone ("• Facebook", "Tweet This | Share on Facebook",
// "Facebook | Twitter").
func shareButton(t string, s, e int) bool {
	ls, le := strings.LastIndexByte(t[:s], '\n')+1, lineEnd(t, e)
	if le-ls > shareLine {
		return false
	}
	if shareVerb.MatchString(t[ls:s]) {
		return true
	}
	rest := strings.FieldsFunc(t[ls:s]+" "+t[e:le], func(r rune) bool { return strings.ContainsRune(" \t•·|*", r) })
	for _, w := range rest {
		if !slices.Contains(socialSites, w) {
			return false
		}
	}
	return true
}

// gluedTabBefore reports whether b, the byte before a site's tab's name,
// ends a word the tab is glued to: a letter, a period or a parenthesis.
func gluedTabBefore(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.' || b == ')'
}

// partyRole is a party's role before "v." in a caption: ", Plaintiffs,\nv.",
// ", Appellants, v.", Indiana's ", Appellant (Defendant), -v-";
// captionRole is a caption's first party with it ("Jane A. Johnson,
// Plaintiffs,\nv.").
var (
	partyRole        = `,[ \t\n]*` + stackedRoles + `[\w-]*(?:[ \t]+\((?:Defendant|Plaintiff|Petitioner|Respondent)s?\))?,?[ \t\n]+(?:(?:v|vs|V|VS)\.|-v-|–v–|—v—)`
	roleBeforeVersus = regexp.MustCompile(partyRole)
	captionRole      = regexp.MustCompile(`^[^,\n]+` + partyRole)
)

// listCaption reports whether a case name is a caption whose first side
// is a list of parties with their role ("John H. MRUZ, Vasilike D. Nika,
// and Jane A. Johnson, Plaintiffs, v. CARING, INC.").
func listCaption(s string) bool {
	m := roleBeforeVersus.FindStringIndex(s)
	return m != nil && strings.Contains(s[:m[0]], ",")
}

// listedParty is a party of a list right before the next one: a name of
// up to four capitalised words, also over a line break (not a blank
// line), then a comma or a semicolon and "and" or not ("Vasilike D.
// Nika, and ", "Randy A. Engel, Janet\nFrost, ", "ROBERT DEUEL;\n").
// Group 1 is the name.
var listedParty = regexp.MustCompile(`(?:^|[^A-Za-z.'’\-])((?:[A-Z][A-Za-z.'’\-]*` + partyGap + `){0,3}[A-Z][A-Za-z.'’\-]*)[,;][ \t]*\n?[ \t]*(?:and` + partyGap + `)?$`)

// wrappedParty is the start of a listed party's name at the end of the
// line above the rest of it: after a list's separator, up to three
// capitalised words. Group 1 is the start.
var wrappedParty = regexp.MustCompile(`(?:[,;]|\band|&)[ \t]+((?:[A-Z][A-Za-z.'’\-]*[ \t]+){0,2}[A-Z][A-Za-z.'’\-]*)[ \t]*\n[ \t]*$`)

// partyLists starts a caption at the first party of its list where the
// patterns took only the last before the role ("John H. MRUZ, Vasilike D.
// Nika, and Jane A. Johnson, Plaintiffs, v. CARING, INC."): the case is
// named by its first party, and resolve joins it to the case named by
// the surnames then; each listed party is a party of this case. The list
// must open its line.
func partyLists(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase || !captionRole.MatchString(t[c.start:c.end]) {
			continue
		}
		s := c.start
		var listed []cand
		if m := wrappedParty.FindStringSubmatchIndex(t[max(0, s-80):s]); m != nil {
			// The first party's name began on the line above ("and
			// CHARLES\nSTEINBERG, Plaintiffs-Appellants, v.").
			head := max(0, s-80) + m[2]
			for j := range cs {
				if cs[j].start == s && cs[j].typ == TypePerson {
					cs[j].start = head
				}
			}
			s = head
		}
		for n := 0; n < 64; n++ {
			from := max(0, s-80)
			m := listedParty.FindStringSubmatchIndex(t[from:s])
			if m == nil {
				break
			}
			s = from + m[2]
			listed = append(listed, partyCand(t, s, from+m[3]))
		}
		if len(listed) == 0 {
			continue
		}
		if ls := strings.LastIndexByte(t[:s], '\n'); strings.TrimSpace(t[ls+1:s]) == "" {
			cs[i].start = s
			cs = append(cs, listed...) // each listed party is one of this case's
		}
	}
	return cs
}

// partyPairs splits a caption's party that joins a company and a person
// with "and" ("GLOBEX CORPORATION and HANK SCORPIO"), or two people
// ("KAREN MITCHELL and DEREK OWUSU", "Louis S. Shuman & Sandra Shuman"),
// or two companies ("GOOGLE INC. and APPLE INC."): the patterns read one
// party, typed by its words an organisation. Each side is a party of its
// own when one ends as a company's name does and the other reads as a
// person's, both read as people's names of two words or more (over "&",
// each of two words or more: a firm's partners are named by their
// surnames), or the first ends in its legal form and the second as a
// company's name.
func partyPairs(t string, cs []cand) []cand {
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if !c.party {
			continue
		}
		name := t[c.start:c.end]
		k, sep := strings.Index(name, " and "), 5
		if k < 0 {
			k = strings.Index(name, " AND ")
		}
		amp := false
		if k < 0 {
			k, sep, amp = strings.Index(name, " & "), 3, true
		}
		if k < 0 || strings.Contains(name[k+sep:], " and ") || strings.Contains(name[k+sep:], " AND ") || strings.Contains(name[k+sep:], " & ") {
			continue
		}
		left, right := name[:k], name[k+sep:]
		var lt, rt string
		switch {
		case amp:
			// "Louis S. Shuman & Sandra Shuman": "&" joins a firm's
			// partners' surnames ("Ernst & Young") and two people's
			// full names.
			// "BP Exploration & Production, Incorporated" is a company.
			if len(strings.Fields(left)) < 2 || len(strings.Fields(right)) < 2 || !personLike(left) || hasOrgWord(left) || !personLike(right) || hasOrgWord(right) ||
				legalFormWord(strings.TrimRight(lastWord(right), ".,")) || strings.EqualFold(strings.TrimRight(lastWord(right), ".,"), "incorporated") {
				continue
			}
			lt, rt = TypePerson, TypePerson
		case companyEnd(left) && personLike(right) && !hasOrgWord(right):
			lt, rt = TypeOrg, TypePerson
		case personLike(left) && !hasOrgWord(left) && companyEnd(right):
			lt, rt = TypePerson, TypeOrg
		case personLike(left) && !hasOrgWord(left) && personLike(right) && !hasOrgWord(right):
			lt, rt = TypePerson, TypePerson // "KAREN MITCHELL and DEREK OWUSU"
		case formEnd.MatchString(strings.TrimRight(left, ",")) && companyEnd(right):
			// "GOOGLE INC. and APPLE INC.": the first ends in its legal
			// form ("FIRST NATIONAL BANK AND TRUST COMPANY" is one).
			lt, rt = TypeOrg, TypeOrg
		default:
			continue
		}
		cs[i].typ, cs[i].end = lt, c.start+k
		cs = append(cs, cand{typ: rt, start: c.start + k + sep, end: c.end, source: c.source, party: true})
	}
	return cs
}

// ofEnd is a name that ends in "of", which no name does: the patterns
// stop a party at "the" as at a sentence's start ("BOARD OF EDUCATION OF"
// of "… OF THE CITY OF CHICAGO").
var ofEnd = regexp.MustCompile(`[ \t](?:of|OF)$`)

// theTail is the rest of such a name: "the" and capitalised words, with
// "of" and "and" between them ("THE CITY OF CHICAGO"). In mixed case the
// patterns drop the trailing "of" ("Board of Education" of "… of the City
// of New York"), which ofEnd then does not see: there "of the" may as
// well start a phrase of the sentence.
var theTail = regexp.MustCompile(`^[ \t]+(?:the|THE)[ \t]+[A-Z][A-Za-z'’.&\-]*(?:[ \t]+(?:(?:of|OF|and|AND)[ \t]+)?[A-Z][A-Za-z'’.&\-]*){0,4}`)

// danglingOfs extends a name, a case's party and the case it ends, that
// the patterns cut after "of" over "the" and the words after it.
func danglingOfs(t string, cs []cand) []cand {
	if !containsAny(t, []string{" of the ", " OF THE ", " of THE ", " OF the "}) {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeLaw || c.typ == TypeDate || c.typ == TypeMoney || !ofEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		if m := theTail.FindStringIndex(t[c.end:]); m != nil {
			cs[i].end = c.end + m[1]
			if sentenceStop(lastWord(t[c.start:cs[i].end])) {
				cs[i].end--
			}
		}
	}
	return cs
}

// govCaption is a criminal caption, whose first party, the government,
// has no role under it and whose "v." dashes may set off: "UNITED STATES OF
// AMERICA" / "- v. -" / "VIKTOR A. PETRENKO,", "THE PEOPLE OF THE STATE OF
// NEW YORK" / "-against-" / "JOHN DOE"; the defendant's name may go on
// over a line that "OF", "AND" or "&" opens ("SUN-DIAMOND GROWERS" / "OF
// CALIFORNIA,"). Groups 1 and 2 are the parties.
var govCaption = regexp.MustCompile(`(?m)^[ \t]*((?:THE[ \t]+)?(?:UNITED[ \t]+STATES(?:[ \t]+OF[ \t]+AMERICA)?|PEOPLE[ \t]+OF[ \t]+THE[ \t]+STATE[ \t]+OF[ \t]+[A-Z]+(?:[ \t]+[A-Z]+)?|(?:STATE|COMMONWEALTH)[ \t]+OF[ \t]+[A-Z]+(?:[ \t]+[A-Z]+)?))[ \t]*,?` +
	captionBreak + `(?:-[ \t]*(?:v\.?|V\.?|against|AGAINST)[ \t]*-|–[ \t]*(?:v\.?|V\.?|against|AGAINST)[ \t]*–|v\.|vs\.|V\.|VS\.)[ \t]*` + captionBreak +
	`(` + partyLine + `(?:[ \t]*\n[ \t]*(?:OF|AND|&)[ \t]+` + partyLine + `)?)`)

// govCaptions returns the criminal captions govCaption finds, the case and
// its parties; the government is a litigant, an organisation.
func govCaptions(t string) []cand {
	if !containsAny(t, []string{"UNITED STATES", "PEOPLE OF", "STATE OF", "COMMONWEALTH OF"}) {
		return nil
	}
	var out []cand
	for _, m := range govCaption.FindAllStringSubmatchIndex(t, -1) {
		rs, re, ok := rightParty(t, m[4], m[5])
		if !ok {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: m[2], end: re, source: SourcePattern},
			cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern, party: true})
		if ps, pe := stripEtAl(t, rs, re); pe > ps {
			out = append(out, partyCand(t, ps, pe))
		}
	}
	return out
}

// roleLineParty is a caption's party on its own line above its role's
// line, whatever stands beside the role in another column: "OLUWASEUN
// ADEYEMI," / "Plaintiff,           Index No. 512345/2022", a court's
// notice of a docket entry's "Tamara Vickers" / "Plaintiff,". Group 1 is
// the party.
var roleLineParty = regexp.MustCompile(`(?m)^[ \t]*(` + partyLine + `)[ \t]*,?[ \t]*\n[ \t]*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?|APPELLANTS?|APPELLEES?)(?:-[A-Za-z]+)?[ \t]*[,.]`)

// roleLineParties returns the people roleLineParty finds: a caption whose
// "v." line a column or a title breaks is no case the finders read, and
// the tagger cuts names it does not know ("ADEYEMI" of "OLUWASEUN
// ADEYEMI"). A company's is left to the patterns.
func roleLineParties(t string) []cand {
	if !containsAny(t, []string{"laintiff", "efendant", "etitioner", "espondent", "ppellant", "ppellee", "LAINTIFF", "EFENDANT", "ETITIONER", "ESPONDENT", "PPELLANT", "PPELLEE"}) {
		return nil
	}
	var out []cand
	for _, m := range roleLineParty.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		if personLike(name) && !hasOrgWord(name) && !companyEnd(name) && partyType(name) == TypePerson {
			out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	return out
}

// fccFile is the file number of an FCC Enforcement Bureau matter after its
// label, the matter's docket ("File No.: EB-07-IH-5266", "File No.
// EB-SED-13-00008250"); "File No." labels no docket elsewhere. Group 1 is
// the number.
var fccFile = regexp.MustCompile(`\bFile[ \t]+No\.?:?[ \t]*(EB-(?:[A-Z]{2,9}-)?\d{2}-(?:[A-Z]{2,4}-)?\d{3,8})\b`)

// murNumber is a Federal Election Commission matter under review by its
// number after "MUR" ("MUR 6920"), or one of a list after "MURs" ("MURs
// 5264 and 5330"); the label is no part of the number, as "No." is not.
var murNumber = regexp.MustCompile(`\bMURs?[ \t]+(\d{3,5})(?:(?:,[ \t]*|[ \t]+and[ \t]+)(\d{3,5}))?(?:,?[ \t]+and[ \t]+(\d{3,5}))?\b`)

// ntsbNumber is the National Transportation Safety Board's docket or
// order number after its label: "Docket SE-18145", "NTSB Order No.
// EA-5431". Group 1 is the number.
var ntsbNumber = regexp.MustCompile(`\b(?:Docket|DOCKET|Order|ORDER)[ \t]+(?:No\.?|NO\.?)?[ \t]*((?:SE|EA|NA)-\d{3,6})\b`)

// afterTaggerPatterns are the after-tagger finders that are one
// expression each, searched only where one of their needles is: a board's
// or an agency's numbers (the BIA's interim decisions, the Tax Court's
// memoranda, topical reporters' citations, the FCC's files, the NTSB's
// dockets and orders, the FEC's matters under review, a list's numbers
// after "MURs" each), a state's secretary of state and broadcast call signs.
var afterTaggerPatterns = []pattern{
	{typ: TypeCase, re: interimDecisionRe, needles: []string{"Interim"}},
	{typ: TypeCase, re: taxCourtMemoRe, needles: []string{"T.C.", "T. C."}},
	{typ: TypeCase, re: topicalCitation, needles: []string{"(BNA)", "(CCH)"}},
	{typ: TypeCase, re: fccFile, group: 1, needles: []string{"EB-"}},
	{typ: TypeCase, re: ntsbNumber, group: 1, needles: []string{"SE-", "EA-", "NA-"}},
	{typ: TypeCase, re: murNumber, group: 1, needles: []string{"MUR"}},
	{typ: TypeCase, re: murNumber, group: 2, needles: []string{"MURs"}},
	{typ: TypeCase, re: murNumber, group: 3, needles: []string{"MURs"}},
	{typ: TypeCase, re: bvaNumber, group: 1, needles: []string{"Citation Nr", "DOCKET NO"}},
	{typ: TypeCase, re: bvaNumber, group: 2, needles: []string{"DOCKET NO"}},
	{typ: TypeOrg, re: stateSecretary, needles: []string{"Secretary of"}},
	{typ: TypeOrg, re: stateLawOffice, group: 1, needles: []string{"'s Office", "’s Office", "'s office", "’s office"}},
	{typ: TypeOrg, re: bareLawOffice, group: 1, needles: []string{"'s Office", "’s Office"}},
	{typ: TypeOrg, re: listedLawOffice, group: 1, needles: []string{"'s Office,", "’s Office,"}},
	{typ: TypeCase, re: arizonaDocket, needles: []string{" CA-"}},
	{typ: TypeCase, re: sixthCircuitFile, group: 1, needles: []string{"File Name"}},
	{typ: TypeCase, re: secondCircuitDocket, needles: []string{"-cv", "-cr", "-ag", "-pr", "-bk", "-op"}},
	{typ: TypeCase, re: capsNoDocket, group: 1, needles: []string{"NO."}},
	{typ: TypeLaw, re: capsFederalRule, needles: []string{"FEDERAL RULE"}},
	{typ: TypeLaw, re: codeSectionVariant, needles: []string{"U.S.C", "U. S. C"}},
	{typ: TypeDate, re: wordYearDate, needles: []string{"two thousand", "Two Thousand", "TWO THOUSAND"}},
	{typ: TypeCase, re: taxTribunalNumber, group: 1, needles: []string{"DTA"}},
	{typ: TypeCase, re: taxTribunalNumber, group: 2, needles: []string{"TC-MD", "TC-RD"}},
	{typ: TypeOrg, re: callSign, group: 1, needles: []string{"-FM", "-TV", "-AM", "(FM)", "(AM)", "(TV)", "-LP", "-LD", "-CD", "-DT", "-CA"}},
	{typ: TypeOrg, re: callSign, group: 2, needles: []string{"Station "}},
	{typ: TypeCase, re: mdlNumber, group: 1, needles: []string{"MDL"}},
	{typ: TypeCase, re: boardDocket, group: 1, needles: []string{"BCA "}},
	{typ: TypeCase, re: boardDocket, group: 2, needles: []string{"ICSID"}},
	{typ: TypeCase, re: boardDocket, group: 3, needles: []string{"CAS "}},
	{typ: TypeOrg, re: statePeople, needles: []string{"PEOPLE OF", "People of"}},
	{typ: TypeLaw, re: newJerseyRule, group: 1, needles: []string{"R. ", "Rule ", "RULE "}},
	{typ: TypeCourt, re: jpmlName, needles: []string{"Panel", "PANEL"}},
	{typ: TypeLaw, re: billNumber, needles: []string{"H.R.", "H. R.", "Res.", "Bill", "BILL", "bill ", "Resolution", "RESOLUTION", "SB ", "HB ", "AB ", "S.B.", "H.B.", "A.B."}},
	{typ: TypeLaw, re: publicActNumber, needles: []string{"Public Act", "PUBLIC ACT", "public act", "P.A.", "P. A.", " PA "}},
	{typ: TypeLaw, re: namedLawForms, needles: []string{"Title", "title", "Regulation", "Conduct", "Responsibility", "Canon"}},
	{typ: TypeLaw, re: codeTitleSection, needles: []string{"United States Code", "Public Law", "Pub. L.", "Pub.L."}},
}

// bvaNumber is a Board of Veterans' Appeals decision's citation number
// (group 1: "Citation Nr: 1612345") or its docket, two digits, a hyphen,
// two digits, a space and three (group 2: "DOCKET NO. 12-34 567A"): the
// decision's own numbers, as a board's are.
var bvaNumber = regexp.MustCompile(`\bCitation[ \t]+Nr:?[ \t]*(\d{7,8})\b|\bDOCKET[ \t]+NO\.?[ \t]+(\d{2}-\d{2}[ \t]\d{3}[A-Z]?)\b`)

// stateLawOffice is a state's or a county's office of its lawyers named
// by the place and the lawyer's title: "Arizona Attorney General's
// Office", "Hennepin County Attorney's Office", "Cook County State's
// Attorney's Office", "Maricopa County Public Defender's Office",
// "McHenry County State's Attorney's Office", "U.S. Attorney General's
// Office", and the news's "U.S. Attorney's office". Group 1 is the
// office, past a sentence's "The".
var stateLawOffice = regexp.MustCompile(`\b(?:The[ \t]+)?((?:` + stateNameAlt + `|U\.[ \t]?S\.|United[ \t]+States|` + officePlaceWord + `(?:[ \t]+` + officePlaceWord + `)?[ \t]+County)[ \t]+` +
	`(?:Attorney[ \t]+General|County[ \t]+Attorney|District[ \t]+Attorney|State(?:'s|’s)[ \t]+Attorney|Public[ \t]+Defender|Attorney|Solicitor[ \t]+General)(?:'s|’s)[ \t]+[Oo]ffice)\b`)

// bareLawOffice is the office of the text's attorney general or district
// attorney named by the title alone after "the": "working with the
// Attorney General's Office", "the District Attorney's Office declined".
// Group 1 is the office, without "the".
var bareLawOffice = regexp.MustCompile(`\b[Tt]he[ \t]+((?:` + lawOfficeTitles + `)(?:'s|’s)[ \t]+Office)\b`)

// lawOfficeTitles are the lawyers' titles an office is named by alone:
// "Attorney General", "District Attorney".
const lawOfficeTitles = `Attorney[ \t]+General|District[ \t]+Attorney`

// listedLawOffice is the office of an attorney general, a district
// attorney or a public defender by the title alone as a counsel line
// lists it between commas: "Kevin Hall, Attorney General's Office,
// Jefferson City, for Missouri". Group 1 is the office.
var listedLawOffice = regexp.MustCompile(`,[ \t]+((?:` + lawOfficeTitles + `|Public[ \t]+Defender)(?:'s|’s)[ \t]+Office),`)

// arizonaDocket is the Arizona Court of Appeals' docket number, its
// division, "CA", the kind and the number: "1 CA-CR 17-0456", "2 CA-CV
// 2016-0123".
var arizonaDocket = regexp.MustCompile(`\b[12][ \t]+CA-(?:CR|CV|JV|SA|IC|UB|MH|TX|CC|FC|DR)[ \t]+\d{2,4}-\d{3,4}\b`)

// taxTribunalNumber is a state tax tribunal's matter number (group 1):
// New York's Division of Tax Appeals' "DTA No. 823456" (the label, as
// "No." is, no part of it) and (group 2) the Oregon Tax Court's "TC-MD
// 170123R".
var taxTribunalNumber = regexp.MustCompile(`\bDTA[ \t]+(?:No|NO|Nos|NOS)\.?[ \t]*(\d{6})\b|\b(TC-(?:MD|RD)[ \t]+\d{5,7}[A-Z]?)\b`)

// sixthCircuitFile is the Sixth Circuit's file name of an opinion, its
// slip opinion number (group 1): "File Name: 20a0293n.06".
var sixthCircuitFile = regexp.MustCompile(`\bFile[ \t]+Name:[ \t]*(\d{2}a\d{4}[np]\.\d{2})\b`)

// secondCircuitDocket is the Second Circuit's docket number, year,
// number and kind in lower case: "21-1234-cv", "19-3417-ag(L)", "20-155-cr".
var secondCircuitDocket = regexp.MustCompile(`\b\d{2}-\d{1,5}-(?:cv|cr|ag|pr|bk|op)(?:\((?:L|XAP|CON)\)|\b)`)

// codeSectionVariant is a section of the United States Code cited without
// the title's last period ("28 U.S.C § 1367") or by "Sec." ("42 U.S.C.
// Sec. 1395nn"), which the tagger's patterns (its features) do not read:
// the title, the section with its lower-case letters, its groups or its
// range after a hyphen ("§§ 1981-1988", "Secs. 2000e-2000e-17") and its
// subsections.
var codeSectionVariant = regexp.MustCompile(`\b\d{1,2}[ \t]+U\.[ \t]?S\.[ \t]?C(?:[ \t]*§§?|\.(?:[ \t]?A\.)?[ \t]*Secs?\.)[ \t]*\d{1,5}[a-z]{0,3}(?:[-–]\d{1,5}[a-z]{0,3})*\b(?:\([A-Za-z0-9]{1,4}\))*`)

// capsFederalRule is a federal rule of procedure or evidence in capitals,
// as a summary order's legend writes it: "FEDERAL RULE OF APPELLATE
// PROCEDURE 32.1".
var capsFederalRule = regexp.MustCompile(`\bFEDERAL[ \t]+RULES?[ \t]+OF[ \t]+(?:(?:CIVIL|CRIMINAL|APPELLATE|BANKRUPTCY)[ \t]+PROCEDURE|EVIDENCE)[ \t]+\d+(?:\.\d+)?(?:\([A-Za-z0-9]{1,4}\))*`)

// wordYearDate is a day whose year is written in words, as the Second
// Circuit's summary orders and some affidavits write it: "12th day of May,
// two thousand twenty-two".
var wordYearDate = regexp.MustCompile(`\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December),?[ \t\n]+` +
	`(?i:two[ \t]+thousand(?:[ \t]+and)?(?:[ \t\n]+(?:twenty|thirty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[ \t\n]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\b`)

// capsNoDocket is a docket number after its label in capitals, which the
// patterns read only in mixed case: "NO. 20-4512", "CAUSE NO. 2019-45678".
// Group 1 is the number.
var capsNoDocket = regexp.MustCompile(`(?:^|[^A-Za-z])NO\.[ \t]*:?[ \t]*(` + docket + `)\b`)

// afterTaggerFinds returns what afterTaggerPatterns find.
func afterTaggerFinds(t string) []cand {
	var out []cand
	for _, p := range afterTaggerPatterns {
		if containsAny(t, p.needles) {
			out = append(out, groupCands(t, p.re, p.group, p.typ)...)
		}
	}
	return out
}

// taxCourtMemo is the Tax Court's citation of a memorandum or summary
// opinion: "T.C. Memo. 2003-139", "T.C. Summary Opinion 2012-45".
const taxCourtMemo = `T\.[ \t]?C\.[ \t]+(?:Memo\.?|Summary[ \t]+Opinion)[ \t]+\d{4}-\d{1,3}`

// taxCourtMemoRe finds taxCourtMemo's citations.
var taxCourtMemoRe = regexp.MustCompile(`\b` + taxCourtMemo + `\b`)

// interimDecision is the Board of Immigration Appeals' serial number of a
// precedent decision: "Interim Decision #3891".
const interimDecision = `Interim[ \t]+Decision[ \t]+#?[ \t]*\d{4}`

// interimDecisionRe finds interimDecision's serial numbers, a decision's
// citation as its reporter's is.
var interimDecisionRe = regexp.MustCompile(`\b` + interimDecision + `\b`)

// topicalCitation is a decision's citation in a topical reporter, its
// publisher in parentheses: "2 Media L. Rep. (BNA) 2157", "123 L.R.R.M.
// (BNA) 2753", "1973-2 Trade Cases (CCH) ¶ 74,847".
var topicalCitation = regexp.MustCompile(`\b\d{1,4}(?:-\d)?[ \t]+(?:[A-Z][A-Za-z.&']*[ \t]+){1,5}\((?:BNA|CCH)\)[ \t]+(?:¶[ \t]*)?\d[\d,]{0,7}\b`)

// siteTitle is a case's name as some sites title its page, a space before
// the comma and the citation after it: "Commonwealth v. 707 Main Corp. ,
// 371 Mass. 374 ( 1976 )". Group 1 is the name.
var siteTitle = regexp.MustCompile(`(?m)^[ \t]*([A-Z][^\n]{2,200}?)[ \t]+,[ \t]+(?:\d{1,4}[ \t]+[A-Z][^\n]{0,40}?\d|(?:19|20)\d{2}[ \t]+[A-Z])`)

// siteTitles returns the case names siteTitle finds that name a case
// ("X v. Y", "In re X"): the patterns need a party that starts with a
// letter.
func siteTitles(t string) []cand {
	if !strings.Contains(t, " , ") {
		return nil
	}
	var out []cand
	for _, m := range siteTitle.FindAllStringSubmatchIndex(t, -1) {
		if !caseNameLike(t[m[2]:m[3]]) {
			continue
		}
		// "Viewed in the light most favorable to the verdict, Davis v.
		// State , 275 Ga.App. 714": a sentence's opening phrase before the
		// name, which a comma ends, is no party's.
		s := m[2]
		if v := versusWord.FindStringIndex(t[s:m[3]]); v != nil {
			if k := strings.LastIndex(t[s:s+v[0]], ", "); k > 0 && slices.ContainsFunc(strings.Fields(t[s:s+k]), func(w string) bool {
				return startsLower(w) && !partyConnectors[w]
			}) {
				s += k + len(", ")
			}
		}
		out = append(out, cand{typ: TypeCase, start: s, end: m[3], source: SourcePattern})
	}
	return out
}

// summaryFrom is a research page's line that names a later case citing
// this one: "Summary of this case from Evans v. U.S. Dep't of the
// Interior". Group 1 is the rest of the line, which the patterns cut at
// its lower-case words ("Deuell v. Tex. Right" of "… Right to Life
// Comm., Inc."); a docket number or a citation after a comma is no part
// of it ("Tierney v. Civil Service Commission, No", "Mills v. Nolan,
// 01-4153 (2003)").
var summaryFrom = regexp.MustCompile(`(?m)^[ \t]*Summary of this case from[ \t]+([A-Z][^\n]{2,200}?)(?:,[ \t]+(?:No\b|Nos\b|\d)[^\n]*)?[ \t]*$`)

// summaryCases returns the case names summaryFrom finds that name a case
// ("X v. Y", "In re X").
func summaryCases(t string) []cand {
	if !strings.Contains(t, "Summary of this case from") {
		return nil
	}
	return slices.DeleteFunc(groupCands(t, summaryFrom, 1, TypeCase), func(c cand) bool { return !caseNameLike(t[c.start:c.end]) })
}

// partyConnectors are the lower-case words a party's name may hold.
var partyConnectors = wordSet(`of the and de del la von van ex rel. et al. for`)

// bareCaption is a stacked caption in capitals without the parties'
// roles, as reporters print old decisions: "COMMONWEALTH" / "vs." / "707
// MAIN CORP.". Groups 1 and 2 are the parties.
var bareCaption = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Z0-9.,&'’\- ]{1,80}?)[ \t]*,?[ \t]*\n[ \t]*(?:vs?\.|VS?\.)[ \t]*\n[ \t]*([A-Z0-9][A-Z0-9.,&'’\- ]{1,80}?)[ \t]*[.,]?[ \t]*$`)

// bareCaptions returns the captions bareCaption finds: the case and its
// parties.
func bareCaptions(t string) []cand {
	if !containsAny(t, []string{"\nv.\n", "vs.\n", "V.\n", "VS.\n", "v.\n"}) {
		return nil
	}
	var out []cand
	for _, m := range bareCaption.FindAllStringSubmatchIndex(t, -1) {
		out = append(out, cand{typ: TypeCase, start: m[2], end: m[5], source: SourcePattern}, partyCand(t, m[2], m[3]), partyCand(t, m[4], m[5]))
	}
	return out
}

// matterLine is an administrative caption on its own line, as the Board
// of Immigration Appeals opens its decisions: "Matter of Jose Luis
// RIVERA-LOPEZ, Respondent", "Matter of L-S-J-, Applicant". Group 1 is the case's
// name, group 2 the party.
var matterLine = regexp.MustCompile(`(?m)^[ \t]*((?:Matter|MATTER)[ \t]+(?:of|OF)[ \t]+([A-Z][A-Za-z'’.\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’.\-]*|de|la|del|van|von)){0,5}))[ \t]*,[ \t]*(?:Respondents?|Applicants?|Petitioners?|Beneficiary|Beneficiaries|Appellants?)\b`)

// matterLines returns the captions matterLine finds: the case and its
// party.
func matterLines(t string) []cand {
	if !containsAny(t, []string{"Matter of", "MATTER OF"}) {
		return nil
	}
	var out []cand
	for _, m := range matterLine.FindAllStringSubmatchIndex(t, -1) {
		out = append(out, cand{typ: TypeCase, start: m[2], end: m[3], source: SourcePattern}, partyCand(t, m[4], m[5]))
	}
	return out
}

// matterCitation is a decision cited as "Matter of" its party, as the
// Board of Immigration Appeals and New York's courts cite: "Matter of
// Monreal, 23 I&N Dec. 56", "Matter of Jacob, 86 N.Y.2d 651". Group 1 is
// the name, before the comma and the citation's volume.
var matterCitation = regexp.MustCompile(`\b((?:Matter|MATTER)[ \t]+(?:of|OF)[ \t]+[A-Z][A-Za-z'’.\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’.\-]*|de|la|van|von)){0,4}),[ \t]+\d{1,4}[ \t]+[A-Z][A-Za-z.&]*`)

// matterCitations returns the case names matterCitation finds; the
// citation after each joins it (citedCases).
func matterCitations(t string) []cand {
	if !strings.Contains(t, "Matter of") && !strings.Contains(t, "MATTER OF") {
		return nil
	}
	return groupCands(t, matterCitation, 1, TypeCase)
}

// inReLine is a caption "In re:" with its party on the same line, as the
// Board of Immigration Appeals writes it: "In re: Mateo ALVAREZ-RUIZ
// a.k.a. Mateo Ruiz". Group 1 is the party, up to an "a.k.a." or the
// line's end. The patterns read "In re" without the colon.
var inReLine = regexp.MustCompile(`(?m)^[ \t]*(?:In|IN)[ \t]+(?:re|RE|Re):[ \t]+([A-Z][A-Za-z'’.\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’.\-]*|de|la|del|van|von)){0,5})[ \t]*(?:,|$|a/k/a|a\.k\.a\.|A/K/A|A\.K\.A\.)`)

// inReLines returns the captions inReLine finds, the case and its party.
func inReLines(t string) []cand {
	if !containsAny(t, []string{"In re:", "IN RE:", "In Re:"}) {
		return nil
	}
	var out []cand
	for _, m := range inReLine.FindAllStringSubmatchIndex(t, -1) {
		s := strings.Index(t[m[0]:m[1]], "I") + m[0]
		ps, pe := m[2], m[3]
		// "IN RE: THE MARRIAGE OF" / the parties below: marriageCaptions'.
		if ws := strings.Fields(t[ps:pe]); leadingNoise[strings.ToLower(ws[0])] || strings.EqualFold(ws[len(ws)-1], "of") {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: s, end: pe, source: SourcePattern},
			partyCand(t, ps, pe))
	}
	return out
}

// marriageCaption is a family court's caption, the spouses under "IN RE:
// THE MARRIAGE OF" with their roles and "and" between them: "IN RE: THE
// MARRIAGE OF" / "DANIELLE M. OKONKWO," / "Petitioner/Wife," / "and" /
// "TERRENCE J. OKONKWO,", "IN RE THE MARRIAGE OF:" / "KATHERINE R. SMITH,
// Petitioner and Appellee," / "and" / "DANIEL J. SMITH". Groups 1 and 2
// are the spouses.
var marriageCaption = regexp.MustCompile(`\b(?:In|IN)[ \t]+(?:re|RE|Re):?[ \t]+(?:the|THE)[ \t]+(?:Marriage|MARRIAGE)[ \t]+(?:of|OF):?` + captionBreak +
	`(` + partyLine + `)[ \t]*,?(?:(?:` + captionBreak + `|[ \t]+)` + spouseRole + `[ \t]*,?)?` + captionBreak + `(?:and|AND)` + captionBreak + `(` + partyLine + `)`)

// spouseRole is a spouse's role in a family court's caption, on the
// spouse's line or under it: "Petitioner/Wife", "Respondent/Husband",
// "Petitioner", "Petitioner and Appellee".
const spouseRole = `(?i:(?:petitioner|respondent|co-petitioner)(?:[ \t]*/[ \t]*(?:wife|husband|father|mother)|[ \t]+and[ \t]+(?:cross-)?(?:appellee|appellant))?|wife|husband)`

// marriageCaptions returns the family court captions marriageCaption
// finds: the case, from "In re" to the second spouse, and each spouse.
func marriageCaptions(t string) []cand {
	if !containsAny(t, []string{"MARRIAGE OF", "Marriage of"}) {
		return nil
	}
	var out []cand
	for _, m := range marriageCaption.FindAllStringSubmatchIndex(t, -1) {
		out = append(out, cand{typ: TypeCase, start: m[0], end: m[5], source: SourcePattern},
			partyCand(t, m[2], m[3]),
			partyCand(t, m[4], m[5]))
	}
	return out
}

// yearDocketLine is a line that is only a docket number of the year and a
// number, as the Federal Circuit's captions write it between rules:
// "2022-1456", "2019-1234, 2019-1235". Group 1 is the first number.
var yearDocketLine = regexp.MustCompile(`(?m)^[ \t]*((?:19|20)\d{2}-\d{4})(?:[ \t]*,[ \t]*(?:19|20)\d{2}-\d{4})*[ \t]*$`)

// yearDocketLines returns the docket numbers yearDocketLine finds, each
// of the list; a span of years ("2019-2020") is none.
func yearDocketLines(t string) []cand {
	var out []cand
	for _, m := range yearDocketLine.FindAllStringIndex(t, -1) {
		line := t[m[0]:m[1]]
		off := m[0]
		for _, part := range strings.Split(line, ",") {
			n := strings.TrimSpace(part)
			s := off + strings.Index(part, n)
			off += len(part) + 1
			first, second, _ := strings.Cut(n, "-")
			y1, _ := strconv.Atoi(first)
			if y2, _ := strconv.Atoi(second); y2 >= 1900 && y2 <= 2100 && y2-y1 >= 0 && y2-y1 <= 10 {
				continue // "2019-2020"
			}
			out = append(out, cand{typ: TypeCase, start: s, end: s + len(n), source: SourcePattern})
		}
	}
	return out
}

// litigationParties mends the party of a case named for a litigation ("In
// re Apple Inc. Device Performance Litigation", a multidistrict
// litigation's name): the party is the company named before the matter's
// words, to its legal form ("Apple Inc."); without a company there is no
// party, only the case.
func litigationParties(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Litigation", "LITIGATION"}) {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.party && strings.EqualFold(lastWord(t[c.start:c.end]), "litigation") {
			f := formEndIn.FindAllStringIndex(t[c.start:c.end], -1)
			if f == nil {
				continue
			}
			c.end = c.start + f[len(f)-1][1]
			c.typ = TypeOrg
		}
		out = append(out, c)
	}
	return out
}

// formEndIn is a legal form inside a name, where a company's name ends:
// "Apple Inc." of "Apple Inc. Device Performance Litigation".
var formEndIn = regexp.MustCompile(`\b` + legalForm)

// proceedingFile is the file number of an agency's administrative
// proceeding, its docket: the SEC's "ADMINISTRATIVE PROCEEDING" / "File
// No. 3-21876", "Admin. Proc. File No. 3-14557". The docket patterns need
// two digits before the hyphen. Group 1 is the number.
var proceedingFile = regexp.MustCompile(`(?:PROCEEDING|Proceeding|Proc\.)[ \t]*\n?[ \t]*(?:File|FILE)[ \t]+(?:No\.|NO\.|Number)[ \t]*(\d-\d{4,6})\b`)

// proceedingFiles returns the dockets proceedingFile finds.
func proceedingFiles(t string) []cand {
	if !containsAny(t, []string{"File No.", "FILE NO.", "File Number"}) {
		return nil
	}
	return groupCands(t, proceedingFile, 1, TypeCase)
}

// agencyDocket is a docket number after its label in a form the docket
// patterns do not read: five digits and the year, as the Tax Court
// numbers its cases ("Docket No. 21473-18", "Docket Nos. 12345-19S"), or
// a letter and a number, as the Federal Trade Commission does ("DOCKET
// NO. C-4789"), or the Federal Energy Regulatory Commission's letters,
// year, number and sub-docket ("Docket No. EL95-3-001"). Group 1 is the
// number, group 2 a second one after a comma ("Docket Nos. 27857-13,
// 15847-14L").
var agencyDocket = regexp.MustCompile(`\b(?:Docket|DOCKET|docket)[ \t]+(?:Nos?|NOS?)\.[ \t]*(` + agencyNumber + `)\b(?:,[ \t]*(` + agencyNumber + `)\b)?`)

// agencyNumber is a number of agencyDocket's forms.
const agencyNumber = `\d{5}-\d{2}[A-Z]{0,2}|[A-Z]-\d{3,5}|[A-Z]{2,3}\d{2}-\d{1,5}-\d{3}`

// courtDocket is a docket number in a form of one court or board that the
// docket patterns do not read: the Air Force Court of Criminal Appeals'
// ("No. ACM 39425", "ACM S32456"), the Navy-Marine Corps' and the Army's
// after their names ("NMCCA 201400240", "ARMY 20150123", whose number a
// packed date's shape does not make a date), a trial court's after "Crim.
// App. No." ("Crim. App. No. 20160196"), Utah's Court of Appeals'
// ("No. 20160876-CA"), Montana's Supreme Court's ("DA 17-0456", "OP
// 18-0123"), Kansas's appellate courts' ("No. 119,876") and the Patent
// Trial and Appeal Board's ("IPR2014-00237", "PGR2019-00042",
// "CBM2014-00123"), the EEOC's appeals' and petitions' ("Appeal No.
// 2021003456") and the District of New Mexico's, with its judges'
// initials ("No. CIV 18-0456 JB/KK"). The one group that took part is the
// number.
var courtDocket = regexp.MustCompile(`\b(?:(?:No\.|NO\.)[ \t]+(ACM[ \t]+S?\d{5})|(?:NMCCA|ARMY)[ \t]+(?:No\.[ \t]+)?(\d{8,9})|Crim\.[ \t]+App\.[ \t]+(?:Dkt\.[ \t]+)?No\.[ \t]+(\d{8,9})|No\.[ \t]+(\d{8}-CA)|((?:DA|OP)[ \t]+\d{2}-\d{4})|No\.[ \t]+(\d{3},\d{3})|((?:IPR|PGR|CBM)\d{4}-\d{5})|(?:Appeal|Petition|Request)[ \t]+No\.[ \t]+(\d{7,10})|No\.[ \t]+((?:CIV|CR)[ \t]+\d{2}-\d{3,5}(?:[ \t]+[A-Z]{2,4}/[A-Z]{2,4})?))\b`)

// agencyDockets returns the dockets agencyDocket and courtDocket find, and
// the Commission's decisions as FERC Reports cite them (fercCitation).
func agencyDockets(t string) []cand {
	var out []cand
	if containsAny(t, []string{"Docket", "DOCKET", "docket"}) {
		out = takenGroups(t, agencyDocket, TypeCase)
	}
	if strings.Contains(t, "FERC") {
		out = append(out, groupCands(t, fercCitation, 0, TypeCase)...)
	}
	if containsAny(t, []string{"No.", "NO.", "NMCCA", "ARMY", "DA ", "OP ", "IPR", "PGR", "CBM"}) {
		out = append(out, takenGroups(t, courtDocket, TypeCase)...)
	}
	return out
}

// fercCitation is a decision of the Federal Energy Regulatory Commission
// as FERC Reports cite it: volume, "FERC ¶" and paragraph, "79 FERC ¶
// 61,169".
var fercCitation = regexp.MustCompile(`\b\d{1,3}[ \t]+FERC[ \t]+¶[ \t]*\d{2},\d{3}\b`)

// coupleBefore is a spouse's given name and initial before "AND" and the
// other's full name, at the start of a caption's line: "JOHN R. AND " of
// "JOHN R. AND MARY L. WHITFIELD, Petitioners v.".
var coupleBefore = regexp.MustCompile(`(?:^|\n)[ \t]*[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z]\.)?[ \t]+(?:AND|&)[ \t]+$`)

// captionFirstParties mends the first party of a caption that the
// patterns read short:
//
//   - a couple's, the first spouse's given name before "AND" ("JOHN R.
//     AND MARY L. WHITFIELD, Petitioners v."): the case starts with it;
//   - one named by a fiduciary over its lines, which the patterns read
//     from the role word before "Petitioner" only ("ESTATE OF MARGARET L.
//     OSTERHOUT, DECEASED, DONALD R." / "OSTERHOUT, EXECUTOR, Petitioner
//     v."): the case starts with its paragraph, in capitals, and the role
//     word alone is no party.
func captionFirstParties(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeCase || !caseNameLike(t[c.start:c.end]) {
			continue
		}
		if m := coupleBefore.FindStringIndex(t[max(0, c.start-40):c.start]); m != nil && isUpperName(firstWord(t[c.start:c.end])) {
			cs[i].start = max(0, c.start-40) + m[0]
			for cs[i].start < c.start && strings.ContainsRune(" \t\n", rune(t[cs[i].start])) {
				cs[i].start++
			}
			continue
		}
		first, _, ok := strings.Cut(t[c.start:c.end], ",")
		if !ok || !roleOnly(first) {
			continue
		}
		ps := max(strings.LastIndex(t[:c.start], "\n\n")+2, c.start-240)
		for ps < c.start && strings.ContainsRune(" \t\n", rune(t[ps])) {
			ps++
		}
		if ps >= c.start || !isUpperName(t[ps:c.start]) || !strings.Contains(t[ps:c.start], ",") {
			continue
		}
		for j, d := range cs {
			if j != i && d.party && d.start == c.start && d.end == c.start+len(first) {
				drop[j] = true
			}
		}
		cs[i].start = ps
	}
	return withoutDropped(cs, drop)
}

// gluedHeading is a heading's word that a page's flattening glued to the
// name before it: "State v. RudolfOpinion" / "No. SC95738", "City Cty. of
// HonoluluOpinion". Group 1 is the heading's word.
var gluedHeading = regexp.MustCompile(`\p{Ll}(Opinion|OPINION|Order|ORDER|Memorandum|MEMORANDUM|Judgment|JUDGMENT|Syllabus|SYLLABUS)\b`)

// gluedHeadings cuts a name where a heading's word is glued to its last
// word; what follows is no part of it.
func gluedHeadings(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Opinion", "OPINION", "Order", "ORDER", "Memorandum", "MEMORANDUM", "Judgment", "JUDGMENT", "Syllabus", "SYLLABUS"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeDate || c.typ == TypeMoney || c.typ == TypeLaw {
			continue
		}
		if m := gluedHeading.FindStringSubmatchIndex(t[c.start:c.end]); m != nil {
			cs[i].end = c.start + m[2]
		}
	}
	return cs
}

// numberedHeadingBelow is a line break and a heading numbered with a roman
// numeral on the next line: "\nI. Executive Summary and Procedural
// Information" under a report's "Kao v. Hengda Kite".
var numberedHeadingBelow = regexp.MustCompile(`\n` + romanHeading + `\p{L}*[ \t]+\p{L}`)

// headingBreaks cuts a name that ran over its line's end into the
// numbered heading under it ("Kao v. Hengda Kite" / "I. Executive Summary
// and Procedural Information"); the heading is no part of it.
func headingBreaks(t string, cs []cand) []cand {
	if !strings.Contains(t, "I. ") && !strings.Contains(t, "V. ") && !strings.Contains(t, "X. ") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeDate || c.typ == TypeMoney {
			continue
		}
		if m := numberedHeadingBelow.FindStringIndex(t[c.start:c.end]); m != nil && m[0] > 0 {
			cs[i].end = c.start + m[0]
		}
	}
	return cs
}

// fictitiousTail is the fictitious defendants a caption adds after the
// last named one: " and DOES", " and Does 1-10".
var fictitiousTail = regexp.MustCompile(`[ \t]+(?:and|AND|&)[ \t]+(?:DOES|Does)$`)

// tocLeader is a table of contents' dots and page number, which no name
// has: "V. ANALYSIS...381" (read as a caption over "V.").
var tocLeader = regexp.MustCompile(`(?:\.{3,}|…)[ \t]*\d`)

// formOpening is a legal form and a comma opening a case's name.
var formOpening = regexp.MustCompile(`^(?:` + legalForm + `),`)

// authorTitleAfter is an opinion's author's title right after the
// surname a caption ran on into: ", J.", ", C.J.".
var authorTitleAfter = regexp.MustCompile(`^,[ \t]+(?:J|C\.[ \t]?J|P\.[ \t]?J)\.`)

// unnamedTail is the parties a caption counts without naming them after
// the last one it names: "DUTCH MILL DAIRY, INC., AND ANOTHER", "Smith and
// others".
var unnamedTail = regexp.MustCompile(`,?[ \t]+(?:and|AND)[ \t]+(?:another|ANOTHER|Another|others|OTHERS|Others)\.?$`)

// proceedingAgainst opens a party's name that a disciplinary caption reads
// as one with its proceeding: "DISCIPLINARY PROCEEDINGS AGAINST NEIL T.
// NOESEN", "the Disciplinary Proceedings Against Neil Noesen".
var proceedingAgainst = regexp.MustCompile(`^(?:(?:the|THE|The)[ \t]+)?(?:Disciplinary|DISCIPLINARY)[ \t]+(?:Proceedings?|PROCEEDINGS?)[ \t]+(?:Against|AGAINST|against)[ \t]+`)

// captionTails mends a caption's names: the fictitious defendants, or
// the parties it counts without naming (unnamedTail), are no part of the
// last named party nor of the case's name ("AMAZON.COM, INC. and DOES"),
// nor is the opinion's author the caption ran on into (authorTitleAfter);
// a table of contents' line (tocLeader), a case whose first party is only
// a legal form (formOpening) and a placeholder ("JOHN DOES 1-10", "JOHN
// DOE, JANE DOE") name no one; and a disciplinary proceeding's party is
// the person it is against.
func captionTails(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeCase && c.typ != TypePerson {
			continue
		}
		// "LLC, Plaintiff-Appellant, v. ACUITY …": a case whose first
		// party is only its legal form lost the party's name (an accent
		// stopped the patterns, "SANTO'S ITALIAN CAFÉ LLC") and names
		// no case.
		if c.typ == TypeCase && formOpening.MatchString(t[c.start:c.end]) || tocLeader.MatchString(t[c.start:c.end]) {
			drop[i] = true
			continue
		}
		if c.typ != TypeCase && fictitious(t, c.start, c.end) {
			drop[i] = true
			continue
		}
		if m := fictitiousTail.FindStringIndex(t[c.start:c.end]); m != nil {
			cs[i].end = c.start + m[0]
		} else if m := unnamedTail.FindStringIndex(t[c.start:c.end]); m != nil && m[0] > 0 {
			cs[i].end = c.start + m[0]
		} else if (c.typ == TypeCase || c.party) && authorTitleAfter.MatchString(t[c.end:min(len(t), c.end+8)]) {
			// "… v. STATE BOARD OF NURSING JABAR, J. [¶1]": the
			// opinion's author after the caption on its line.
			if k := strings.LastIndexAny(t[c.start:c.end], " \t"); k > 0 && isUpperName(t[c.start+k+1:c.end]) {
				cs[i].end = c.start + len(strings.TrimRight(t[c.start:c.start+k], " \t"))
			}
		}
		if c.typ == TypeCase {
			continue
		}
		if m := proceedingAgainst.FindStringIndex(t[c.start:cs[i].end]); m != nil && c.start+m[1] < cs[i].end {
			cs[i].start = c.start + m[1]
			if personLike(t[cs[i].start:cs[i].end]) {
				cs[i].typ = TypePerson
			}
		}
	}
	return withoutDropped(cs, drop)
}

// fictitiousParties and fictitiousNumbers are the fictitious defendants a
// complaint names by a placeholder and their numbers: "JOHN DOES 1-10",
// "Jane Does 1 through 5", "ABC CORPORATIONS 1-10" are no one; so is one
// placeholder person beside another, as a housing court's caption names
// the occupants it does not know (`"JOHN DOE" and/or "JANE DOE"`, "JOHN
// DOE, JANE DOE", fictitiousPerson); a party called John Doe alone is a
// person.
var (
	fictitiousPerson  = regexp.MustCompile(`^` + doeName + `$`)
	fictitiousParties = regexp.MustCompile(`^(?:(?:John|Jane|JOHN|JANE|Richard|RICHARD)[ \t]+(?:Does|DOES|Roes|ROES)|(?:ABC|XYZ)[ \t]+(?:Corporations|CORPORATIONS|Companies|COMPANIES|Entities|ENTITIES))$`)
	fictitiousNumbers = regexp.MustCompile(`^[ \t]+(?:#[ \t]*)?\d{1,3}(?:[ \t]*(?:-|–|through|to|THROUGH|TO)[ \t]*\d{1,3})?\b`)
)

// fictitious reports whether the name from s to e of t is a fictitious
// party's (fictitiousParties): placeholders counted by number ("JOHN DOES
// 1-10", "ABC CORPORATIONS 1-10", "John Doe 1", "John Doe, M.D., 1-5")
// or by kind ("John Doe entities"), placeholder people in the plural,
// who are never one ("other John Does", `(hereinafter "John Does")`),
// and one placeholder person beside another (pairedDoe).
func fictitious(t string, s, e int) bool {
	name, after := t[s:e], t[e:min(len(t), e+16)]
	switch {
	case fictitiousParties.MatchString(name):
		return fictitiousNumbers.MatchString(after) || fictitiousPlural.MatchString(name)
	case fictitiousPerson.MatchString(name):
		return fictitiousNumbers.MatchString(after) || doeQualified.MatchString(after) || pairedDoe(t, s, e)
	}
	return false
}

// fictitiousPlural is a placeholder's plural ("John Does", "JANE ROES"):
// unnamed people, never one.
var fictitiousPlural = regexp.MustCompile(`(?:Does|DOES|Roes|ROES)$`)

// doeQualified is what makes a placeholder person one of a numbered or a
// kind of many after the name: a title and the numbers (", M.D., 1-5") or
// a kind (" entities").
var doeQualified = regexp.MustCompile(`^(?:,[ \t]*[A-Z][A-Za-z.]{0,5},[ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?\b|[ \t]+(?:entities|Entities|ENTITIES|corporations|Corporations|companies|Companies)\b)`)

// roleLeftover is what a caption's role or description leaves before the
// "v." it runs to: Delaware's "Plaintiff Below, Appellant," and a
// derivative suit's "Derivatively on Behalf of ACME CORPORATION,".
var roleLeftover = regexp.MustCompile(`(?:^|[ \t])(?:(?i:plaintiffs?|defendants?|petitioners?|respondents?)[ \t]+$|(?i:on)[ \t]+$)`)

// labelAfterV is a docket's label where a case's other party would be:
// "v. Record No" (after a tab, it is another column's: "v.\tCase No.:").
var labelAfterV = regexp.MustCompile(`\b(?:v\.|vs\.|V\.)[ \n]+(?:Record|Case|Docket|RECORD|CASE|DOCKET)[ \t]+(?:No|NO)\b`)

// roleLeftovers drops the case names, and their parties, that open with a
// role's or a description's last words ("Below, Appellant, v. TECHNICOLOR,
// INC.", "Behalf of COMPUTER SCIENCES CORPORATION, Plaintiff, v. …"): the
// first party is named before them, and the caption has no name without
// its roles; those whose other party is a docket's label ("v. Record
// No. 032562"); and the case names whose first party is only a role or a
// kind of company.
func roleLeftovers(t string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.typ == TypeCase || c.party {
			name := t[c.start:c.end]
			before := t[strings.LastIndexByte(t[:c.start], '\n')+1 : c.start]
			if (strings.HasPrefix(name, "Below") || strings.HasPrefix(name, "Behalf of ") || strings.HasPrefix(name, "BEHALF OF ")) && roleLeftover.MatchString(before) {
				continue
			}
			// "STEPHEN D. QUATANNENS, ET AL." / "v. Record No. 032562":
			// Virginia's caption, whose "v." the docket's label follows.
			if c.typ == TypeCase && labelAfterV.MatchString(name) {
				continue
			}
			// "Objectors, Appellees, v. AD HOC GROUP …": a stacked
			// caption's lower lines, a party's roles for the first party;
			// "A NON-PROFIT CORPORATION, PLAINTIFF, v. …", its kind.
			if first, _, _ := strings.Cut(name, ","); c.typ == TypeCase && (roleOnly(first) || kindOfBusiness(first)) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// willOf is what follows "In the Matter of the Probate" in a probate
// caption: "of the Last Will and Testament of", over a line break too, and
// the decedent's name (group 1).
var willOf = regexp.MustCompile(`^[ \t]+(?i:of[ \t]+the[ \t]+last[ \t]+will(?:[ \t]+and[ \t]+testament)?[ \t]+of|of[ \t]+the[ \t]+will[ \t]+of)[,:]?[ \t]*\n?[ \t]*` +
	`([A-Z][A-Za-z'’\-]*\.?(?:[ \t]+[A-Z][A-Za-z'’\-]*\.?){1,4})`)

// probateWord is "Probate" in a caption's "In the Matter of the Probate".
var probateWord = regexp.MustCompile(`^(?i:in[ \t]+the[ \t]+matter[ \t]+of[ \t]+the[ \t]+probate)\b`)

// probateCaptions grows a probate caption the patterns cut at "Probate"
// ("In the Matter of the Probate" + " of the Last Will and Testament of
// MARGARET A. KOWALSKI") to the decedent's name, who is the caption's
// party, a person.
func probateCaptions(t string, cs []cand) []cand {
	if !strings.Contains(t, "Probate") && !strings.Contains(t, "PROBATE") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeCase {
			continue
		}
		k := probateWord.FindStringIndex(t[c.start:c.end])
		if k == nil {
			continue
		}
		from := c.start + k[1]
		m := willOf.FindStringSubmatchIndex(t[from:])
		if m == nil {
			continue
		}
		ps, pe := from+m[2], from+m[3]
		pe = ps + len(strings.TrimRight(t[ps:pe], "."))
		for j, p := range cs {
			if p.party && p.start >= c.start && p.end <= c.end {
				cs[j].typ, cs[j].start, cs[j].end = TypePerson, ps, pe
			}
		}
		cs[i].end = max(c.end, pe)
	}
	return cs
}

// capsConnector is a caption's line in capitals up to "OF THE " or "FOR "
// before where the patterns started its first party: "PEOPLE OF THE " of
// "PEOPLE OF THE STATE OF MICHIGAN", "COMMONWEALTH OF THE " of
// "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS", "COALITION FOR " of
// "COALITION FOR FAIR HOUSING, INC.". Group 1 is the words.
var capsConnector = regexp.MustCompile(`^[ \t]*((?:[A-Z][A-Z'’\-]*[ \t]+){1,3}(?:OF[ \t]+THE|FOR(?:[ \t]+THE)?)[ \t]+)$`)

// capsConnectorStarts starts a case's name and its first party at the start
// of its caption's line in capitals, which the patterns cut after "OF THE"
// or "FOR" ("THE" and "FOR" open a name for them).
func capsConnectorStarts(t string, cs []cand) []cand {
	if !strings.Contains(t, "OF THE ") && !strings.Contains(t, "FOR ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeCase && !c.party {
			continue
		}
		ls := strings.LastIndexByte(t[:c.start], '\n') + 1
		if c.start-ls > 80 {
			continue
		}
		if m := capsConnector.FindStringSubmatchIndex(t[ls:c.start]); m != nil {
			cs[i].start = ls + m[2]
		}
	}
	return cs
}

// listLineTail is the end of a caption's line in capitals after a
// semicolon: the first words of the next party of a list of parties, which
// the line break cut from the rest ("…; NATIONAL PUBLIC FINANCE" /
// "GUARANTEE CORPORATION; …"). Group 1 is the words.
var listLineTail = regexp.MustCompile(`;[ \t]+((?:[A-Z][A-Z'’&.\-]*[ \t]+){0,4}[A-Z][A-Z'’&.\-]*)[ \t]*\n[ \t]*$`)

// semicolonListWraps starts an organisation in capitals that opens a line
// at the words a caption's list of parties set after the last semicolon of
// the line before (listLineTail).
func semicolonListWraps(t string, cs []cand) []cand {
	if !strings.Contains(t, ";") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || !isUpperName(t[c.start:c.end]) {
			continue
		}
		ls := strings.LastIndexByte(t[:c.start], '\n')
		if ls < 0 || strings.TrimLeft(t[ls+1:c.start], " \t") != "" {
			continue
		}
		from := max(0, ls-80)
		if m := listLineTail.FindStringSubmatchIndex(t[from:c.start]); m != nil {
			cs[i].start = from + m[2]
		}
	}
	return cs
}

// courtOverlapStarts starts a case's name, and its first party, after the
// court's name that it began inside: a header run into one line ("… FOR
// THE SIXTH CIRCUIT GREGORY LEFFEW, Plaintiff-Appellant, v. …") names the
// court, then the case, and a court's line over a company's name names
// the court, then the company; and ends them where the court's name starts after
// a title's last abbreviation ("… Co. of Mich." + "Court of Appeals of
// Michigan").
func courtOverlapStarts(t string, cs []cand) []cand {
	var courts [][2]int
	for _, c := range cs {
		if c.typ == TypeCourt {
			courts = append(courts, [2]int{c.start, c.end})
		}
	}
	if len(courts) == 0 {
		return cs
	}
	for i, c := range cs {
		// A company's name that a court's line opens ("SUPREME COURT OF
		// OHIO" / "ACME, LLC,") starts on the next line; a court's body
		// named on one line ("Illinois Supreme Court Commission on
		// Pretrial Practices") is one name.
		company := c.typ == TypeOrg && c.source == SourcePattern && !c.party
		if c.typ != TypeCase && !c.party && !company {
			continue
		}
		for _, k := range courts {
			if company && (k[1] >= c.end || !strings.HasPrefix(strings.TrimLeft(t[k[1]:c.end], " \t,"), "\n")) {
				continue
			}
			// "Gourmet Deli Ren Cen, Inc. v. Farm Bureau Gen. Ins. Co. of
			// Mich. Court of Appeals of Michigan": a title run into the
			// court under it ends where the court starts.
			if c.start < k[0] && k[0] < c.end && c.end < k[1] {
				if e := len(strings.TrimRight(t[:k[0]], " \t\n")); e > c.start && t[e-1] == '.' {
					cs[i].end = e
					continue
				}
			}
			if k[0] <= c.start && c.start < k[1] && k[1] < c.end {
				s := k[1]
				for s < c.end && strings.ContainsRune(" \t\n,", rune(t[s])) {
					s++
				}
				cs[i].start = s
				if c.party {
					cs[i].typ = partyType(t[s:c.end])
				}
			}
		}
	}
	return cs
}

// authoritiesHeading is a table of authorities' heading on a line of its
// own before a case's name: "Cases" / "Texas Dep't of Hous. & Cmty.
// Affairs v. …".
var authoritiesHeading = regexp.MustCompile(`^(?:Cases|CASES|Authorities|AUTHORITIES|Federal[ \t]+Cases|State[ \t]+Cases|FEDERAL[ \t]+CASES|STATE[ \t]+CASES)[ \t]*\n[ \t]*`)

// authoritiesStarts starts a case's name, and its first party, after a
// table of authorities' heading the patterns read into it.
func authoritiesStarts(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Cases", "CASES", "Authorities", "AUTHORITIES"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeCase && !c.party {
			continue
		}
		if m := authoritiesHeading.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start = c.start + m[1]
			if c.party {
				cs[i].typ = partyType(t[cs[i].start:c.end])
			}
		}
	}
	return cs
}

// litigationName is a consolidated proceeding named for its subject, "In
// re" (a colon may follow) up to the first "Litigation" or "Litig.": "In
// re: Bard IVC Filters Prods. Liab. Litig.", "In re Zantac (Ranitidine)
// Prods. Liab. Litig.", "In re Ethicon, Inc., Pelvic Repair Sys. Prods.
// Liab. Litig.", "IN RE: ZANTAC (RANITIDINE) PRODUCTS LIABILITY
// LITIGATION". The patterns end such a name at a comma or a parenthesis,
// and read no colon.
var litigationName = regexp.MustCompile(`\b(?:In|IN)[ \t]+(?:re|RE|Re):?[ \t]+[A-Z0-9][^;\n()]{0,120}?(?:\([^()\n]{1,40}\)[^;\n()]{0,100}?)?\b(?:Litigation|LITIGATION|Litig\.)`)

// litigationNames returns the names litigationName finds.
func litigationNames(t string) []cand {
	if !containsAny(t, []string{"Litig", "LITIG"}) {
		return nil
	}
	return groupCands(t, litigationName, 0, TypeCase)
}

// mdlNumber is a multidistrict proceeding's docket after its label: "MDL
// No. 2924", "MDL 2327". Group 1 is the number: the label is no part of
// the docket, as a board's "MUR" is none.
var mdlNumber = regexp.MustCompile(`\bMDL[ \t]+(?:No\.?[ \t]*)?(\d{3,4})\b`)

// jpmlName is the Judicial Panel on Multidistrict Litigation by its name,
// over line breaks as its orders head it ("UNITED STATES JUDICIAL PANEL" /
// "on" / "MULTIDISTRICT LITIGATION"): a court.
var jpmlName = regexp.MustCompile(`\b(?:(?:UNITED[ \t]+STATES|United[ \t]+States)[ \t]+)?(?:(?:JUDICIAL|Judicial)[ \t]+)?(?:PANEL|Panel)[ \t\n]+(?:on|ON)[ \t\n]+(?:MULTIDISTRICT|Multidistrict|Multi-District)[ \t\n]+(?:LITIGATION|Litigation)\b`)

// boardDocket is a contract appeals board's or an arbitral institution's
// docket after its label, the label no part of it: "ASBCA No. 61231",
// "CBCA 6543" (group 1), "ICSID Case No. ARB/16/41" (group 2), "CAS
// 2019/A/6148" (group 3).
var boardDocket = regexp.MustCompile(`\b(?:(?:ASBCA|CBCA|PSBCA|GSBCA)[ \t]+(?:Nos?\.[ \t]*)?(\d{4,6})|ICSID[ \t]+Case[ \t]+No\.[ \t]*(ARB(?:\(AF\))?/\d{2}/\d{1,2})|CAS[ \t]+((?:19|20)\d{2}/[AO]/\d{3,5}))\b`)

// doeName is a placeholder person's name: "JOHN DOE", "Jane Doe",
// "Richard Roe".
const doeName = `(?:John|Jane|JOHN|JANE|Richard|RICHARD)[ \t]+(?:Doe|DOE|Roe|ROE)`

// doeNear is a placeholder person's name, the one a pairedDoe stands beside.
var doeNear = regexp.MustCompile(doeName + `\b`)

// pairedDoe reports whether another placeholder person's name stands
// within a few characters of t[s:e] ("JOHN DOE, JANE DOE").
func pairedDoe(t string, s, e int) bool {
	return doeNear.MatchString(t[max(0, s-24):s]) || doeNear.MatchString(t[e:min(len(t), e+24)])
}

// headingKinds are the kinds of filing a heading names; headingWords the
// other words of such a heading.
var (
	headingKinds = wordSet(`order orders opinion memorandum judgment complaint motion petition brief notice decision ruling report
		recommendation findings conclusions stipulation decree affidavit declaration answer reply response opposition verdict
		sentence transcript summons subpoena warrant indictment`)
	headingWords = wordSet(`amended final preliminary supplemental sentencing summary partial interim proposed consent joint verified
		first second third demand jury trial for of and on in to the with without prejudice default dismissal entry`)
)

// headingNames drops the names that are only a filing's heading ("SENTENCING
// ORDER", "Amended Complaint", "MEMORANDUM OPINION AND ORDER"), which a
// caption's capitals make look like an organisation's.
func headingNames(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypePerson && c.typ != TypeLocation {
			continue
		}
		kind := false
		only := true
		for _, w := range strings.Fields(t[c.start:c.end]) {
			lw := strings.ToLower(strings.Trim(w, ".,:;"))
			switch {
			case headingKinds[lw]:
				kind = true
			case !headingWords[lw]:
				only = false
			}
		}
		if kind && only {
			drop[i] = true
		}
	}
	return withoutDropped(cs, drop)
}

// headingLeads are the words a document's heading opens a line with
// besides headingKinds and headingWords ("PROCEDURAL HISTORY", "FACTUAL
// BACKGROUND", "STATEMENT OF FACTS").
var headingLeads = wordSet(`procedural history background factual statement facts introduction discussion`)

// headingStarts cuts a heading in capitals off the start of the name it
// ran into: a line of heading words alone above the name ("OPINION" /
// "ELECTRONIC ARTS INC.,", "and OPINION" / "DIGITAL OVERTURE, INC."), or
// two heading words or more on its line with a filing's kind or a
// section's among them ("PROCEDURAL HISTORY Lion Raisins, Inc.", "DEMAND
// FOR JURY TRIAL EARGO, INC."). A company whose name opens with one such
// word keeps it ("ORDER EXPRESS, INC.", "FIRST AMERICAN TITLE"), and so
// does a name whose rest is no company's, person's or place's.
func headingStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypePerson && c.typ != TypeLocation {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		n, kind := 0, false
		for n < len(ws)-1 {
			w := ws[n].text
			lw := strings.ToLower(strings.Trim(w, ".,:;"))
			if !isUpperName(w) || !headingKinds[lw] && !headingWords[lw] && !headingLeads[lw] {
				break
			}
			kind = kind || headingKinds[lw] || headingLeads[lw] && lw != "statement" || lw == "trial"
			n++
		}
		if n == 0 || !kind || !upperByte(ws[n].text[0]) {
			continue
		}
		// What is left must be a name: a company by its legal form, a
		// person or a place by two words ("NOTICE OF CLASS ACTION
		// SETTLEMENT …", "PETITION FOR CHANGE OF BIRTH" are headings
		// through and through).
		if rest := t[ws[n].start:c.end]; c.typ == TypeOrg && !legalFormWord(strings.TrimRight(lastWord(rest), ",")) || c.typ != TypeOrg && len(ws)-n < 2 {
			continue
		}
		if strings.Contains(t[ws[n-1].end:ws[n].start], "\n") || n >= 2 && !strings.Contains(t[c.start:ws[n].start], "\n") {
			cs[i].start = ws[n].start
		}
	}
	return cs
}

// roleEdges cuts a caption's role (captionRoleWord) off the names it
// runs into without a comma: at a name's end ("JASON P STEFANOWICZ
// Appellant", and the case's name that ends with it), where a party's name
// the role made look like an organisation's takes its own type; and at a
// name's start ("Plaintiff-Appellee MCI Telecommunications Corporation",
// "Defendant- DIANE"), where cases keep theirs (roleLeftovers' business).
// A role alone is dropRoleNames'.
func roleEdges(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypePerson && c.typ != TypeCase && c.typ != TypeLocation {
			continue
		}
		name := t[c.start:c.end]
		if ls := strings.LastIndexAny(name, " \t\n"); c.typ != TypeLocation && ls >= 0 && captionRoleWord.MatchString(name[ls+1:]) {
			// "Smith Appellant" is too short to tell; "Smith, Appellant"
			// is a caption's mend's.
			if rest := strings.TrimRight(name[:ls], " \t\n"); len(strings.Fields(rest)) >= 2 && !strings.HasSuffix(rest, ",") {
				cs[i].end = c.start + len(rest)
				if c.typ == TypeOrg {
					cs[i].typ = partyType(rest)
				}
				name = rest
			}
		}
		// "Counter-Claimant Hope Evangelical Lutheran Church": a
		// counterclaim's or a cross-claim's role too.
		if sp := strings.IndexAny(name, " \t\n"); c.typ != TypeCase && sp >= 0 && captionRoleWord.MatchString(claimPrefix.ReplaceAllString(name[:sp], "")) && !strings.ContainsAny(name[:sp], ",.;:") {
			if rest := strings.TrimLeft(name[sp:], " \t\n"); rest != "" && upperByte(rest[0]) {
				cs[i].start = cs[i].end - len(rest)
			}
		}
	}
	return cs
}

// claimPrefix opens a counterclaim's or a cross-claim's role:
// "Counter-Claimant", "Cross-Defendant", "Counterclaim-Plaintiff".
var claimPrefix = regexp.MustCompile(`^(?i:counter|cross)(?i:claim)?-?`)

// firstPartyRole is the role of a caption's first party right after its
// name, which opens a caption: ", Plaintiff", ", Petitioners".
var firstPartyRole = regexp.MustCompile(`^,[ \t]*(?i:plaintiffs?|petitioners?|plaintiffs?-appell(?:ants?|ees?)|petitioners?-appell(?:ants?|ees?)|claimants?|movants?)\b`)

// captionLineRuns cuts names that ran over a line break from one caption
// into the next, as consolidated cases' captions and a page's title above
// its caption put them: "Defendants." / "Edythe L. BUDD" is Edythe L.
// Budd; "Pierson v. Gondles" / "John PIERSON, Plaintiff," is a case's title
// and the next caption's party, not "Gondles John PIERSON" nor a case
// "Pierson v. Gondles John PIERSON".
func captionLineRuns(t string, cs []cand) []cand {
	if !strings.Contains(t, "\n") {
		return cs
	}
	for i, c := range cs {
		nl := strings.IndexByte(t[c.start:c.end], '\n')
		if nl < 0 {
			continue
		}
		next := c.start + nl + 1
		for next < c.end && (t[next] == ' ' || t[next] == '\t') {
			next++
		}
		first := strings.TrimSpace(t[c.start : c.start+nl])
		switch c.typ {
		case TypePerson, TypeOrg:
			lineStart := strings.LastIndexByte(t[:c.start], '\n') + 1
			roleEnd := strings.HasSuffix(first, ".") && captionRoleWord.MatchString(first)
			titleEnd := !strings.ContainsAny(first, " \t") && (strings.Contains(t[lineStart:c.start], " v. ") || strings.Contains(t[lineStart:c.start], " v "))
			if (roleEnd || titleEnd) && len(strings.Fields(t[next:c.end])) >= 2 {
				cs[i].start = next
			}
		case TypeCase:
			last := strings.LastIndexByte(t[c.start:c.end], '\n') + c.start
			if firstPartyRole.MatchString(t[c.end:]) && strings.Contains(t[c.start:last], " v") {
				cs[i].end = len(strings.TrimRight(t[:last], " \t"))
			}
		}
	}
	return cs
}

// colonCaption is Rhode Island's caption, its columns run into one line
// with their colons: "Karen Lombardi : v. : City of Providence et al. :".
var colonCaption = regexp.MustCompile(`(` + party + `)[ \t]+:[ \t]+v\.[ \t]+:[ \t]+(` + party + `)`)

// colonCaptions finds the cases and parties of colonCaption's captions.
func colonCaptions(t string) []cand {
	if !strings.Contains(t, " : v. : ") {
		return nil
	}
	return caseNames(t, colonCaption, false)
}

// titleVersus is a web page's title line that is a case's name: "MARIA
// SERRATO VS PI KAPPA PHI FRATERNITY INC", "PARISH OF JEFFERSON VERSUS
// DAVIE SHORING, INC.", "CASE V. HATCH", "White V. Experian Et Al", each
// side perhaps with its "et al." and the name perhaps with a docket or
// citation after a comma or in parentheses. Group 1 is the name.
var titleVersus = regexp.MustCompile(`^[ \t]*(\p{Lu}[\p{L}0-9 .,&'’()/\-]{0,80}?[ \t]+` + titleVersusAlt + `[ \t]+[\p{Lu}0-9][\p{L}0-9 .,&'’()/\-]{0,100}?)` +
	`(?:,?[ \t]+(?i:et[ \t]+al)\.?)?(?:,[ \t]+(?:No\.|Nos\.|\d)[^\n]*|[ \t]+\([^\n]*)?[ \t]*$`)

// titleCaptions makes a document's first line a case's name where it is
// one (titleVersus), in place of the names the patterns and the tagger
// read across its "VS." ("ET AL. VS. SKY ZONE LLC", "MARIA SERRATO VS PI
// KAPPA PHI FRATERNITY INC" as one organisation, "CASE V. HATCH" a
// person). t must start at the document's start; a line with two "v."s
// lists cases, and one with a party's role, a colon, a semicolon or a bar,
// or a sentence's words (titleLine), is a caption, a page's header or
// prose, left to the other patterns.
func titleCaptions(t string, cs []cand) []cand {
	line := t
	if k := strings.IndexByte(t, '\n'); k >= 0 {
		line = t[:k]
	}
	m := titleVersus.FindStringSubmatchIndex(line)
	vs := titleVersusWord.FindAllStringIndex(line, -1)
	if m == nil || len(vs) != 1 || titleRole.MatchString(line) || strings.ContainsAny(line, "|:;") || strings.Contains(line, "..") || !titleLine(line[m[2]:m[3]]) {
		return cs
	}
	s, e := m[2], m[3]
	v := vs[0]
	// "Cheneise V. Wright, LEWIS BRISBOIS …", "DAVID V. ROTH (SBN
	// 194648)", "JOHN V. SMITH, ESQ.": a "V." in capitals may be a middle
	// initial. A title writes it between names in capitals, or in mixed
	// case with its "Et Al" ("White V. Experian Et Al"); and a side shows
	// a party (titleParty: "A. B. V. CHART INDUSTRIES, INC."), or the two
	// names are the whole line and no lawyer's ("CASE V. HATCH").
	if line[v[0]+1:v[1]-1] == "V." {
		etAl := strings.HasSuffix(strings.TrimRight(line, " \t."), "Et Al")
		whole := e == len(strings.TrimRight(line, " \t")) && !strings.Contains(strings.ToUpper(line), "ESQ")
		if strings.ContainsFunc(line[s:e], unicode.IsLower) && !etAl || !titleParty.MatchString(line[s:]) && !whole {
			return cs
		}
	}
	// A title is one line: "Mann v. Gullickson" / "Court | United States
	// District Courts …" is no "Gullickson Court".
	for i, c := range cs {
		if c.start < e && c.end > len(line) && (nameType(c.typ) || c.typ == TypeCase) {
			cs[i].end = e
		}
	}
	// The names read across the "v." go; the sides' own names stay
	// ("Carolyn Ann King, by Gerald E. King, … v. Little League Baseball,
	// Inc.").
	across := func(c cand) bool { return c.start < v[1] && c.end > v[0] }
	named := slices.ContainsFunc(cs, func(c cand) bool { return c.typ == TypeCase && c.start == s && c.end > v[1] && c.end <= e })
	cs = slices.DeleteFunc(cs, func(c cand) bool { return across(c) && (nameType(c.typ) || c.typ == TypeCase && !named) })
	if named {
		return cs
	}
	return append(cs, cand{typ: TypeCase, start: s, end: e, source: SourcePattern})
}

// titleLine reports whether a line's words are a title's, not a
// sentence's: no word in lower case but a name's connectors and the
// "v.", and no citation signal first ("See Texas v. New Mexico").
func titleLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || citationSignals[strings.ToLower(ws[0])] {
		return false
	}
	for _, w := range ws {
		if startsLower(w) && !titleLineConnectors[strings.TrimRight(w, ",")] {
			return false
		}
	}
	return true
}

// titleLineConnectors are the words in lower case a title's case name holds.
var titleLineConnectors = wordSet(`of the and for de la del du von van der den et al al. v. vs. vs versus ex rel. d/b/a`)

// titleParty is a word of a title's line that shows a party, not a
// person's middle initial: a legal form, a government, "et al.".
var titleParty = regexp.MustCompile(`(?i)\b(?:inc|llc|l\.l\.c|corp|corporation|co|company|ltd|lp|llp|state|people|commonwealth|united[ \t]+states|city|county|et[ \t]+al)\b`)

// titleRole is a party's role in a title line.
var titleRole = regexp.MustCompile(`(?i)\b(?:appellants?|appellees?|petitioners?|respondents?|plaintiffs?|defendants?|relators?)\b`)

// titleVersusAlt is a title's "v.": "VS." or "VS", "V." (not a bare "V",
// a word's initial as often: "Shark V Prca Answer"), "VERSUS", in any
// case.
const titleVersusAlt = `(?:VS\.?|Vs\.?|vs\.?|V\.|v\.|VERSUS|Versus|versus)`

// titleVersusWord is titleVersusAlt as a word of its own.
var titleVersusWord = regexp.MustCompile(`[ \t]` + titleVersusAlt + `[ \t]`)
