package extract

import (
	_ "embed"
	"regexp"
	"strings"
)

// legalTable is derived from Free Law Project's courts-db and reporters-db
// (BSD 2-Clause, notices in legal/) by scripts/legal-table.
//
//go:embed legal/legal.tsv
var legalTable string

// squash is the key tables are looked up by: the text without spaces, so
// "U. S." and "U.S.", "F. Supp. 3d" and "F.Supp.3d" are one key.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// legal holds the derived table's sets, keyed by squash.
var legal = func() (t struct{ reporters, courtCites, laws map[string]bool }) {
	t.reporters, t.courtCites, t.laws = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(legalTable, "\n") {
		kind, v, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		switch kind {
		case "reporter":
			t.reporters[squash(v)] = true
		case "courtcite":
			t.courtCites[squash(v)] = true
		case "law":
			t.laws[squash(v)] = true
		}
	}
	return t
}()

// citeStart finds where a reporter citation may start: a volume number
// followed by a capitalised word ("988 F.3d 8", "482 U. S. 124").
var citeStart = regexp.MustCompile(`\b\d{1,4}[ \t]+[A-Z]`)

// citeWordEnd is where the word of a citation at t[i:] ends: a space, a
// comma, a semicolon, a parenthesis or the bracket that closes California's
// parallel citations ("[11 Cal. Rptr. 2d 2, 834 P.2d 696]").
func citeWordEnd(t string, i int) int {
	for i < len(t) && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' && t[i] != ',' && t[i] != ';' && t[i] != '(' && t[i] != ')' && t[i] != ']' {
		i++
	}
	return i
}

// reporterCitations finds case-law citations "volume reporter page" whose
// reporter is in the table. For each possible start it tries the longest
// run of up to six words first, so the cost per start is bounded and the
// scan is linear.
func reporterCitations(t string) []cand {
	return citations(t, false)
}

// wrappedCitations finds the reporter citations that a line break cuts
// ("462 U. S." / "554"), which reporterCitations, whose output is among
// the tagger's features, does not read. It runs after the tagger.
func wrappedCitations(t string) []cand {
	if !strings.Contains(t, "\n") {
		return nil
	}
	return citations(t, true)
}

// westlaw is a Westlaw citation: the year, "WL" and the document's number
// ("2006 WL 1889610"), whose seven digits no reporter's page has.
var westlaw = regexp.MustCompile(`\b(?:19|20)\d{2}[ \t]+WL[ \t]+\d{4,8}\b`)

// westlawCitations finds the Westlaw citations of t. It runs after the
// tagger, whose features reporterCitations' output is.
func westlawCitations(t string) []cand {
	if !strings.Contains(t, " WL ") {
		return nil
	}
	return groupCands(t, westlaw, 0, TypeCase)
}

// neutralCitation is a state's public-domain citation that the reporter
// table's volume-reporter-page form does not read: Illinois's, whose
// number has six digits ("2023 IL 128004", "2019 IL App (1st) 181234-U"),
// and Ohio's and New Mexico's, written with hyphens ("2019-Ohio-1234",
// "2019-NMSC-012"), the Tax Court's memorandum and summary opinions
// ("T.C. Memo. 2021-112", "T.C. Summary Opinion 2010-5"), Colorado's
// written closed up, as its opinions' headers do ("2019COA122",
// "2016CO45"), and Canada's and the United Kingdom's ("2016 SCC 27",
// "[2023] UKSC 42", "[2023] EWCA Civ 745"), Australia's, New Zealand's,
// Ireland's, Singapore's, South Africa's and India's ("[2008] FCA 123",
// "[2006] INSC 673"), the English law reports by year ("[1932] AC 562",
// "[2003] 1 WLR 2028") and India's Supreme Court Cases and All India
// Reporter ("(1996) 2 SCC 384", "AIR 1950 SC 27").
var neutralCitation = regexp.MustCompile(`\b(?:19|20)\d{2}[ \t]+IL(?:[ \t]+App[ \t]+\(\d(?:st|nd|d|rd|th)\))?[ \t]+\d{6}(?:-[UB])?\b` +
	`|\b20\d{2}(?:COA|CO)\d{1,3}\b` +
	`|\b(?:19|20)\d{2}-(?:Ohio|NMSC|NMCA|NMCERT)-\d{1,6}\b` +
	`|\bT\.[ \t]?C\.[ \t]+(?:Memo\.|Summary[ \t]+Opinion)[ \t]+(?:19|20)\d{2}-\d{1,4}\b` +
	`|\b(?:19|20)\d{2}[ \t]+(?:SCC|FCA|FC|ONCA|BCCA|ABCA|QCCA|NSCA|MBCA|SKCA|NBCA|ONSC|BCSC|ABQB|QCCS|TCC)[ \t]+\d{1,5}\b` +
	`|\[(?:19|20)\d{2}\][ \t]+(?:UKSC|UKHL|UKPC|EWCA[ \t]+(?:Civ|Crim)|EWHC|UKUT|EWCOP|CSIH|CSOH|NICA)[ \t]+\d{1,5}(?:[ \t]+\((?:Ch|QB|KB|Fam|Admin|Comm|TCC|Pat|IPEC)\))?` +
	`|\[(?:19|20)\d{2}\][ \t]+(?:HCA|FCA|FCAFC|NSWSC|NSWCA|VSC|VSCA|QSC|QCA|WASC|WASCA|SASC|NZSC|NZCA|NZHC|IESC|IECA|IEHC|SGCA|SGHC|INSC|ZASCA|ZACC)[ \t]+\d{1,5}` +
	`|\[(?:18|19|20)\d{2}\][ \t]+(?:\d{1,2}[ \t]+)?(?:AC|QB|KB|Ch|WLR|All[ \t]+ER|Fam|Lloyd's[ \t]+Rep)[ \t]+\d{1,5}` +
	`|\((?:19|20)\d{2}\)[ \t]+\d{1,2}[ \t]+SCC[ \t]+\d{1,5}|\bAIR[ \t]+(?:19|20)\d{2}[ \t]+SC[ \t]+\d{1,5}`)

// neutralNeedles are in every citation neutralCitation reads: the cheap
// test before it runs (Colorado's by its year's last digit and "CO", not
// "CO" alone, which nearly every page in capitals holds).
var neutralNeedles = []string{" IL ", "0CO", "1CO", "2CO", "3CO", "4CO", "5CO", "6CO", "7CO", "8CO", "9CO", "-Ohio-", "-NM", "T.C.", "T. C.", "SCC", "FCA", " FC ", "ONCA", "BCCA", "ABCA", "QCCA", "NSCA", "MBCA",
	"SKCA", "NBCA", "ONSC", "BCSC", "ABQB", "QCCS", " TCC ", "] ", "AIR "}

// neutralCitations finds the citations neutralCitation reads. It runs
// after the tagger, whose features reporterCitations' output is.
func neutralCitations(t string) []cand {
	if !containsAny(t, neutralNeedles) {
		return nil
	}
	return groupCands(t, neutralCitation, 0, TypeCase)
}

// citations finds the reporter citations of t (reporterCitations); with
// wrapped, only those with one line break between their words.
func citations(t string, wrapped bool) []cand {
	var out []cand
	for _, loc := range citeStart.FindAllStringIndex(t, -1) {
		start := loc[0]
		// A wrapped citation's line ends within its words: a volume, a
		// reporter of up to five words and a page.
		if wrapped && !strings.Contains(t[start:min(len(t), start+48)], "\n") {
			continue
		}
		i := loc[1] - 1
		type w struct{ s, e int }
		var ws []w
		breaks := 0
		for k := 0; k < 7 && i < len(t); k++ {
			e := citeWordEnd(t, i)
			if e == i {
				break
			}
			ws = append(ws, w{i, e})
			i = e
			for i < len(t) && (t[i] == ' ' || t[i] == '\t' || wrapped && t[i] == '\n' && breaks == 0) {
				if t[i] == '\n' {
					breaks++
				}
				i++
			}
		}
		for n := min(len(ws)-1, 6); n >= 1; n-- {
			page := t[ws[n].s:ws[n].e]
			page = strings.TrimRight(page, ".")
			if !allDigits(page) || len(page) > 5 {
				continue
			}
			// "App." alone is the joint appendix ("1 App. 118"), not a
			// reporter.
			if r := squash(t[ws[0].s:ws[n-1].e]); legal.reporters[r] && r != "App." {
				if end := ws[n].s + len(page); !wrapped || strings.Contains(t[start:end], "\n") {
					out = append(out, cand{typ: TypeCase, start: start, end: end, source: SourcePattern})
				}
				break
			}
		}
	}
	return out
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// courtParen finds the court and year parenthetical of a citation, "(1st
// Cir. 2021)", "(S.D.N.Y. 2019)"; group 1 is the court.
var courtParen = regexp.MustCompile(`\(([A-Z0-9][A-Za-z0-9.' &—–-]{1,40}?)[ \t]+\d{4}\)`)

// courtDivision is what follows a court's abbreviation to name its
// district or seat: "Mo. App. E.D.", "Tex. App.—El Paso".
var courtDivision = regexp.MustCompile(`^(.+?)(?:[ \t]+[NSEW]\.[ \t]?D\.|[ \t]*[—–-][ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?|[ \t]+banc)$`)

// courtCitations finds courts named by their citation abbreviation in a
// citation's parenthetical; a district or seat after the abbreviation is
// part of the court's name.
func courtCitations(t string) []cand {
	return courtCites(t, courtParen, knownCourtCite)
}

// courtParenWrapped is courtParen over one line break: "(Tex." / "App.—El
// Paso 1989)".
var courtParenWrapped = regexp.MustCompile(`\(([A-Z0-9][A-Za-z0-9.' &—–-]{0,40}?\n[ \t]*[A-Za-z0-9.' &—–-]{1,40}?)[ \t]+\d{4}\)`)

// wrappedCourtCitations finds the courts of citations' parentheticals that
// a line break cuts, which courtCitations, whose output is among the
// tagger's features, does not read. It runs after the tagger.
func wrappedCourtCitations(t string) []cand {
	if !strings.Contains(t, "(") {
		return nil
	}
	return courtCites(t, courtParenWrapped, afterTaggerCite)
}

// courtPiped is a court's citation form between a case-law site's bars,
// before the decision's year or date: "115 F.R.D. 175 | D. Nev. | 1987",
// "Cited 0 times | D. Maine | May 6, 2011". Group 1 is the court.
var courtPiped = regexp.MustCompile(`\|[ \t]+([A-Z][A-Za-z0-9.' &—–-]{0,40}?)[ \t]+\|[ \t]+(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+)?\d{4}\b`)

// pipedCourtCitations finds the courts a case-law site's header writes
// between bars (courtPiped), by the citation forms the table knows. It
// runs after the tagger.
func pipedCourtCitations(t string) []cand {
	if !strings.Contains(t, " | ") {
		return nil
	}
	return courtCites(t, courtPiped, afterTaggerCite)
}

// courtParenHistory is courtParen with the decision's later history after
// its year, as Texas cites its courts of appeals: "(Tex. App.—San Antonio
// 2010, no pet.)", "(Tex.App.-Houston [1st Dist.] 2008, pet. denied)".
// Group 1 is the court, group 2 its district in brackets.
var courtParenHistory = regexp.MustCompile(`\(([A-Z0-9][A-Za-z0-9.' &—–-]{1,40}?)(?:[ \t]+(\[\d{1,2}(?:st|nd|rd|th)[ \t]+Dist\.\]))?[ \t]+\d{4},[ \t]+[a-z]`)

// historyCourtCitations finds the courts of citations' parentheticals with
// the decision's later history (courtParenHistory), the Houston courts'
// district in brackets part of the name. It runs after the tagger, as
// courtCitations' output is among its features.
func historyCourtCitations(t string) []cand {
	if !strings.Contains(t, "(") {
		return nil
	}
	return courtCites(t, courtParenHistory, afterTaggerCite)
}

// courtParenDated is courtParen with the decision's full date, as an
// unpublished decision is cited: "(D. Minn. Mar. 2, 2020)", "(S.D.N.Y.
// Jan. 5, 2021)", and a complaint with the day it was filed ("(S.D.N.Y.
// filed Aug. 2, 2023)").
var courtParenDated = regexp.MustCompile(`\(([A-Z0-9][A-Za-z0-9.' &—–-]{1,40}?)[ \t]+(?:filed[ \t]+)?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4}\)`)

// datedCourtCitations finds the courts of citations' parentheticals with
// a full date; it runs after the tagger (courtCitations' output is among
// its features), which reads "D. Minn" as a person's initial and name.
func datedCourtCitations(t string) []cand {
	if !strings.Contains(t, "(") {
		return nil
	}
	return courtCites(t, courtParenDated, afterTaggerCite)
}

// federalCourtCite is a federal district court's or circuit's citation:
// "W.D. Ky.", "D. Minn.", "S.D.N.Y.", "9th Cir.".
const federalCourtCite = `(?:[NSEWCM]\.[ \t]?)?D\.[ \t]?[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z]*\.)?|\d{1,2}(?:st|nd|rd|th|d)[ \t]Cir\.`

// courtParenBare is a federal district court's or circuit's citation alone
// in parentheses, with no year, as filings and the news write the court
// after a docket number or a caption: "No. 3:12-cv-00204 (W.D. Ky.)",
// "(N.D. Ill.)", "(9th Cir.)". Group 1 is the court.
var courtParenBare = regexp.MustCompile(`\((` + federalCourtCite + `)\)`)

// courtAfterDocket is a federal district court's or circuit's citation
// between commas right after a docket number, as case summaries list a
// case: "Case Identification: 0:19-cv-01758, D. Minn., 07/02/2019".
// Group 1 is the court.
var courtAfterDocket = regexp.MustCompile(`\d-(?:[a-z]{2}|CV|CR)-\d+,[ \t]+(` + federalCourtCite + `),`)

// legislatorBefore is a legislator's title and name before a
// parenthesis, whose party and state it holds, no court: "Sen. Dick
// Durbin (D. Ill.)".
var legislatorBefore = regexp.MustCompile(`\b(?:Sen|Rep|Senator|Representative|Congressman|Congresswoman|Gov|Governor)\.?[ \t]+[A-Z][^()\n]{0,36}\($`)

// bareCourtCitations finds the courts courtParenBare and courtAfterDocket
// name that the table knows, a legislator's party and state excepted; it
// runs after the tagger, as courtCitations' output is among its features.
func bareCourtCitations(t string) []cand {
	var out []cand
	if strings.Contains(t, ".)") {
		for _, c := range courtCites(t, courtParenBare, afterTaggerCite) {
			if !legislatorBefore.MatchString(t[max(0, c.start-48):c.start]) {
				out = append(out, c)
			}
		}
	}
	if containsAny(t, []string{"-cv-", "-cr-", "-CV-", "-CR-"}) {
		out = append(out, courtCites(t, courtAfterDocket, afterTaggerCite)...)
	}
	return out
}

// departmentCite is a citation's parenthetical that names one of the
// four Departments of New York's Appellate Division by its ordinal, with
// "App. Div." before it or not, in round or square brackets: "[1st Dept
// 2008]", "(2d Dep't 2015)", "(App. Div. 3d Dep't 2001)". Group 1 is the
// court.
var departmentCite = regexp.MustCompile(`[\[(]((?:App\.?[ \t]+Div\.?,?[ \t]+)?(?:1st|2d|2nd|3d|3rd|4th)[ \t]+Dep(?:t\.?|[’']t))[ \t,]+(?:19|20)\d{2}[\])]`)

// departmentCitations finds the Appellate Division's Departments that
// citations name (departmentCite), courts; the legal table has the
// Appellate Division, not its Departments by number.
func departmentCitations(t string) []cand {
	if !strings.Contains(t, " Dep") {
		return nil
	}
	return groupCands(t, departmentCite, 1, TypeCourt)
}

// courtParenGlued is courtParen with the year glued to the abbreviation's
// full stop, as web pages of older opinions print it: "(9th Cir.2004)",
// "(D.Mass.2006)".
var courtParenGlued = regexp.MustCompile(`\(([A-Z0-9][A-Za-z0-9.' &—–-]{0,40}?\.)\d{4}\)`)

// gluedCourtCitations finds the courts of citations' parentheticals whose
// year is glued to the abbreviation (courtParenGlued); it runs after the
// tagger, as the other forms courtCitations does not read.
func gluedCourtCitations(t string) []cand {
	if !strings.Contains(t, "(") {
		return nil
	}
	return courtCites(t, courtParenGlued, afterTaggerCite)
}

// boardCite is the citation abbreviation of an administrative board that
// decides matters, which the guideline makes an organisation: "P.T.A.B.",
// "T.T.A.B.", "Pa. Env. Hearing Bd.".
var boardCite = regexp.MustCompile(`(?:\bBd\.?|[A-Z]\.A\.B\.)$`)

// knownCourtCite reports whether c is a court's citation abbreviation in
// the table, a district or seat after it included (courtDivision).
func knownCourtCite(c string) bool {
	if legal.courtCites[squash(c)] {
		return true
	}
	if d := courtDivision.FindStringSubmatch(oneSpace(c)); d != nil {
		// "Mo. App." is the appellate court of the state "Mo." cites.
		base := squash(d[1])
		return legal.courtCites[base] || strings.HasSuffix(base, "App.") && legal.courtCites[strings.TrimSuffix(base, "App.")]
	}
	return false
}

// citeOrdinal is an ordinal ending in 2 or 3 as a court's citation writes it,
// the Bluebook's way ("2d", "3d", "22d") or the other ("2nd", "3rd").
var citeOrdinal = regexp.MustCompile(`\b(\d*[23])(d|nd|rd)\b`)

// otherOrdinal writes an ordinal the other way: "3d" → "3rd", "3rd" → "3d".
func otherOrdinal(o string) string {
	m := citeOrdinal.FindStringSubmatch(o)
	switch {
	case m[2] != "d":
		return m[1] + "d"
	case strings.HasSuffix(m[1], "2"):
		return m[1] + "nd"
	default:
		return m[1] + "rd"
	}
}

// ordinalCite reports whether c is a court's citation that the table
// knows with its ordinal written the other way: the Bluebook's "3d Cir."
// is courts-db's "3rd Cir.", and "2nd Cir." its "2d Cir.".
func ordinalCite(c string) bool {
	v := citeOrdinal.ReplaceAllStringFunc(c, otherOrdinal)
	return v != c && knownCourtCite(v)
}

// afterTaggerCite reports whether c is a court's citation in the table,
// its ordinal written either way: the finders that run after the tagger
// read both (courtCitations, whose output is among the tagger's features,
// reads the table's way only).
func afterTaggerCite(c string) bool {
	return knownCourtCite(c) || ordinalCite(c)
}

// ordinalCourtCitations finds the courts of citations' parentheticals
// (courtParen) that only their ordinal written the other way makes known
// (ordinalCite): "(3d Cir. 1996)"; courtCitations reads the others. It
// runs after the tagger, as courtCitations' output is among its features.
func ordinalCourtCitations(t string) []cand {
	if !containsAny(t, []string{"2d ", "3d ", "2nd ", "3rd "}) {
		return nil
	}
	return courtCites(t, courtParen, func(c string) bool { return !knownCourtCite(c) && ordinalCite(c) })
}

// courtCites returns the courts that re's group 1 names and known accepts
// (courtCitations: knownCourtCite), and the boards among them as
// organisations (boardCite). A group 2 that took part is the court's name
// too, up to its end (courtParenHistory's district in brackets).
func courtCites(t string, re *regexp.Regexp, known func(string) bool) []cand {
	var out []cand
	for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
		c := t[m[2]:m[3]]
		if known(c) {
			typ := TypeCourt
			if boardCite.MatchString(c) {
				typ = TypeOrg
			}
			e := m[3]
			if len(m) > 5 && m[5] >= 0 {
				e = m[5]
			}
			out = append(out, cand{typ: typ, start: m[2], end: e, source: SourcePattern})
		}
	}
	return out
}

// docket is a docket number in its common forms: "3:05-cv-00595-RLM-MGG",
// "2-15-cv-00180", "17-cv-6761", "17-2400", "11–889", "1711-CC00064", "ED108783",
// "SC99350", "19-1392", and the Court of Federal Claims' with its kind's
// letter ("16-1234C", "17-936V", "14-37L").
const docket = `(?:\d{1,2}:\d{2}-[A-Za-z]{1,4}-\d{2,6}(?:-[A-Z]{1,5})*` +
	`|\d{1,2}-\d{2}-[A-Za-z]{2,4}-\d{2,6}(?:-[A-Z]{1,5})*` +
	`|\d{2,4}-[A-Za-z]{2,4}-\d{2,6}(?:-[A-Z]{1,5})*` +
	`|\d{2,4}[-–]\d{2,6}[A-Z]?(?:-[A-Z]{1,5})?` +
	`|\d{3,4}-[A-Z]{2}\d{4,6}` +
	`|[A-Z]{1,4}\d{4,8})`

// docketPatterns find docket numbers: after a label ("No.", "Nos.",
// "Case:", "Case No.", "Docket No.", "Appeal No.", "Case Number:"), or
// alone in the unmistakable district-court form with a case-type code,
// its office's number before it or not ("4-98-CV-90565", "98-CV-90565").
// The label is outside the mention (the number names the case).
var docketPatterns = []pattern{
	{TypeCase, regexp.MustCompile(`(?:\b(?:Case|Docket|Appeal|Civil Action|Criminal)[ \t]*)?(?:\bNos?\.|\bNumber:?|\bCase:|#:?)[ \t]*(` + docket + `)\b`), 1, []string{"No", "Number", "Case:", "#"}},
	{TypeCase, regexp.MustCompile(`\b(\d{1,2}:\d{2}-[A-Za-z]{2,4}-\d{2,6}(?:-[A-Z]{1,5})*|\d{1,2}-\d{2}-(?:[a-z]{2,4}|CV|CR|MC|BK|AP)-\d{2,6}(?:-[A-Z]{1,5})*|\d{2}-(?:cv|cr|CV|CR|mc|bk|ap)-\d{2,6}(?:-[A-Z]{1,5})*)\b`), 1, []string{"-"}},
}
