package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// districtCourt is a federal district or bankruptcy court in the forms a
// caption or an opinion's heading writes it without "for the": "UNITED
// STATES DISTRICT COURT NORTHERN DISTRICT OF ALABAMA" (often over two
// lines, a blank one between them too), "United States District Court,
// N.D. Texas", "… District Court, D.
// Kansas", "… District Court, D. Puerto Rico", "UNITED STATES BANKRUPTCY COURT SOUTHERN DISTRICT OF NEW YORK",
// and a research site's "U.S. District Court — Northern District of Texas"
// (the text stage writes its dash as a hyphen).
// Group 1 is the state's name (one or two words, checked by districtState).
var districtCourt = regexp.MustCompile(`(?:(?i:united[ \t]+states)[ \t]+|U\.[ \t]?S\.[ \t]+)?(?i:district|bankruptcy)[ \t]+(?i:court)(?:[ \t]*,[ \t]*|[ \t]*\n(?:[ \t]*\n)?[ \t]*|[ \t]+[—–-][ \t]+|[ \t]+)` +
	`(?:(?:(?i:northern|southern|eastern|western|middle|central)[ \t]+)?(?i:district)[ \t]+(?i:of)[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)` +
	`|(?:[NSEWMC]\.[ \t]?)?D\.[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\.?))`)

// dashedCircuit is a federal court of appeals as a research site writes
// it, its circuit after a dash: "U.S. Court of Appeals — Third Circuit"
// (a hyphen after the text stage).
// It is read where "Court of Appeals" stands, a "U.S." before it
// (usBefore) with it.
var dashedCircuit = regexp.MustCompile(`^Court[ \t]+of[ \t]+Appeals[ \t]+[—–-][ \t]+` +
	`(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.[ \t]?C\.)[ \t]+Circuit|District[ \t]+of[ \t]+Columbia[ \t]+Circuit)\b`)

// usPrefix is the country's "U.S." that opens a court's name.
var usPrefix = regexp.MustCompile(`^U\.[ \t]?S\.[ \t]+`)

// districtCourts returns the district courts districtCourt finds, each
// ending with its state; the patterns find those written with "for the".
func districtCourts(t string) []cand {
	if !containsAny(t, []string{"istrict", "ISTRICT"}) {
		return nil
	}
	var out []cand
	for _, m := range districtCourt.FindAllStringSubmatchIndex(t, -1) {
		e := m[1]
		if m[2] >= 0 {
			e = districtState(t, m[2], m[3])
			if e < 0 {
				continue
			}
		} else {
			st := t[m[4]:m[5]]
			// "D. Puerto Rico", "D. New Jersey": a second word is the
			// state's only where the two name one ("D. Kansas Then").
			one := oneSpace(st)
			if first, _, two := strings.Cut(one, " "); two && !locationSet[strings.ToLower(strings.TrimSuffix(one, "."))] {
				st = first
				e = m[4] + len(first)
			}
			if strings.HasSuffix(st, ".") && locationSet[strings.ToLower(strings.TrimSuffix(st, "."))] {
				e-- // "D. Kansas." ends a sentence; "D. Kan." is abbreviated
			}
		}
		s := m[0]
		if p := usPrefix.FindStringIndex(t[s:]); p != nil && s > 0 && isLetter(t[s-1]) {
			s += p[1] // "CourtU.S. District Court — …": a page's label glued to it
		}
		out = append(out, cand{typ: TypeCourt, start: s, end: e, source: SourcePattern})
	}
	return out
}

// splitCaptionState is the state a two-column caption's colon puts after a
// court's "OF" on its line: " : PENNSYLVANIA" of "IN THE SUPERIOR COURT OF
// : PENNSYLVANIA".
var splitCaptionState = regexp.MustCompile(`^[ \t]*:[ \t]*([A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)\b`)

// splitSuperiorCourts returns a state's superior court whose name a
// two-column caption splits, its state in the other column: "IN THE
// SUPERIOR COURT OF : PENNSYLVANIA" on one line is the court whole; "IN
// THE SUPERIOR COURT OF" at the line's end, or before the columns' colon,
// is the court by its kind ("SUPERIOR COURT"), its state a line below.
func splitSuperiorCourts(t string) []cand {
	const head = "IN THE SUPERIOR COURT OF"
	var out []cand
	for at := range occurrences(t, head, 0) {
		s, e := at+len("IN THE "), at+len(head)
		if m := splitCaptionState.FindStringSubmatchIndex(t[e:min(len(t), e+40)]); m != nil && knownPlace(t[e+m[2]:e+m[3]]) {
			out = append(out, cand{typ: TypeCourt, start: s, end: e + m[3], source: SourcePattern})
			continue
		}
		if rest := strings.TrimLeft(t[e:], " \t"); strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, ":") || rest == "" {
			out = append(out, cand{typ: TypeCourt, start: s, end: s + len("SUPERIOR COURT"), source: SourcePattern})
		}
	}
	return out
}

// olderDistrictCourt is a federal district court by the name it had before
// 1948, the country after the court: "District Court of the United States
// for the Northern District of Illinois", which the patterns read as a
// place and a district; a caption in capitals still writes it so ("IN THE
// DISTRICT COURT OF THE UNITED STATES FOR THE MIDDLE DISTRICT OF
// ALABAMA"). It is read case-blind, only where its head stands in one of
// its two casings (olderDistrictCourts).
var olderDistrictCourt = regexp.MustCompile(`^(?i:District[ \t\n]+Court[ \t\n]+of[ \t\n]+the[ \t\n]+United[ \t\n]+States[ \t\n]+for[ \t\n]+the[ \t\n]+` + federalDistrict + `)\b`)

// olderDistrictCourts returns the courts olderDistrictCourt finds.
func olderDistrictCourts(t string) []cand {
	var out []cand
	for _, head := range []string{"District Court of the United States", "DISTRICT COURT OF THE UNITED STATES"} {
		for at := range occurrences(t, head, 0) {
			if m := olderDistrictCourt.FindStringIndex(t[at:]); m != nil {
				out = append(out, cand{typ: TypeCourt, start: at, end: at + m[1], source: SourcePattern})
			}
		}
	}
	return out
}

// dashedCircuits returns the courts of appeals dashedCircuit finds where
// "Court of Appeals" stands.
func dashedCircuits(t string) []cand {
	var out []cand
	for at := range occurrences(t, "Court of Appeals", 0) {
		m := dashedCircuit.FindStringIndex(t[at:])
		if m == nil {
			continue
		}
		s := at
		// "U.S. Court of Appeals — …", not "CourtU.S. Court of Appeals —
		// …", a page's label glued to the country (usBefore's word
		// boundary).
		if u := usBefore.FindStringIndex(t[max(0, at-8):at]); u != nil {
			s = max(0, at-8) + u[0]
		}
		out = append(out, cand{typ: TypeCourt, start: s, end: at + m[1], source: SourcePattern})
	}
	return out
}

// numberedCircuit is a federal court of appeals as the news writes it, its
// circuit by number: "the 9th Circuit", "the 5th U.S. Circuit Court of
// Appeals". A numbered "Circuit Court" without "of Appeals" is a state's
// ("30th Circuit Court of Michigan"), and a circuit's rules are a law.
var numberedCircuit = regexp.MustCompile(`\b(?:1st|2nd|2d|3rd|3d|[4-9]th|10th|11th)[ \t\n]+(?:(?:U\.[ \t]?S\.|US)[ \t]+)?Circuit(?:[ \t]+Court[ \t]+of[ \t]+Appeals)?\b`)

// notCircuitAfter is what makes a numbered circuit no federal court of
// appeals, after it: a state's circuit court or courthouse ("30th Circuit
// Court of Michigan"), a circuit's rules ("5th Circuit Rule 47.5"), a
// state's circuit officer (Florida's "4th Circuit State Attorney",
// Michigan's "6th Circuit Judge Leo Bowman": a federal circuit judge is
// titled so too; the state's is the more common in the news).
var notCircuitAfter = regexp.MustCompile(`^[ \t]+(?:Court(?:house)?\b|Rules?\b|R\.|State[ \t]+Attorney\b|Judge\b|Public[ \t]+Defender\b|Solicitor\b)`)

// numberedCircuits returns the courts numberedCircuit finds, not a
// state's judicial circuit: one a state or a county owns before it
// ("Hawaii's 1st Circuit", "Oakland County's 6th Circuit", "the Louisiana
// 5th Circuit Court of Appeals") or its court or office after it
// (notCircuitAfter).
func numberedCircuits(t string) []cand {
	if !strings.Contains(t, " Circuit") {
		return nil
	}
	var out []cand
	for _, m := range numberedCircuit.FindAllStringIndex(t, -1) {
		if notCircuitAfter.MatchString(t[m[1]:]) {
			continue
		}
		before := strings.TrimSuffix(lastWord(strings.TrimSuffix(strings.TrimRight(t[max(0, m[0]-40):m[0]], " \t"), " the")), ",")
		if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") || StateNames[strings.ToLower(before)] {
			continue
		}
		out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// newsDistrictIn is a federal trial court the news names with its
// district after "in the": "U.S. District Court in the Southern District
// of New York", one court.
var newsDistrictIn = regexp.MustCompile(federalCourtHead + `[ \t]+in[ \t]+the[ \t]+` + federalDistrict + `\b`)

// newsDistrictCourt is a federal trial court as the news names it, by
// its kind and the city it sits in: "filed in U.S. District Court in
// Anchorage". Group 1 is the court.
var newsDistrictCourt = regexp.MustCompile(`\b((?:U\.[ \t]?S\.|United[ \t]+States|US|[Ff]ederal)[ \t]+[Dd]istrict[ \t]+[Cc]ourt)[ \t]+in[ \t]+\p{Lu}`)

// newsStateCourt is a federal trial court as the news names it by its
// state, with "of" or "for" and no "District": "U.S. District Court of
// Nevada", "U.S. Bankruptcy Court of Delaware", "U.S. District Court for
// Western Tennessee". Group 1 is the state's name, one word or two, which
// newsStateCourts checks.
var newsStateCourt = regexp.MustCompile(federalCourtHead + `[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t]+)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)`)

// federalCourtHead is a federal trial court's kind with its country: "U.S.
// District Court", "United States Bankruptcy Court".
const federalCourtHead = `\b(?:U\.[ \t]?S\.|United[ \t]+States)[ \t]+(?:District|Bankruptcy)[ \t]+Court`

// bareFederalCourt is a federal trial court the news names by its kind
// alone: "filed in U.S. District Court on Monday", "the U.S. Bankruptcy
// Court approved". newsDistrictCourts reads what follows it.
var bareFederalCourt = regexp.MustCompile(federalCourtHead + `\b`)

// bareCourtNext is what follows a bare federal court's name that makes it
// part of a longer name or a title: its seat, district or state ("in
// Anchorage", "for the District of Oregon", "of Nevada", ", N.D. Texas",
// "–Southern District of New York", a docket sheet's next
// line "California Northern District"), a clerk's or a reporter's title
// ("Chief Clerk"), its local rules, a possessive. Its district in
// parentheses after it ("U.S. District Court (District of Delaware)")
// leaves it a court of its own, as labellers take it, and so does a
// judge's title after it ("U.S. District Court Judge Aleta A. Trauger",
// "Chief U.S. District Court Judge"): the title names the court. A
// judge's kind in lower case ("a U.S. District Court judge ruled in
// 2010") names no one, often another court than the document's.
var bareCourtNext = regexp.MustCompile(`^(?:[ \t\n]+(?:for|of|in|at|FOR|OF|IN)\b` +
	`|,?[ \t\n]+(?:(?:[Cc]hief|[Ss]enior|CHIEF|SENIOR)[ \t]+)?(?:judges?\b|[Cc]lerk|[Mm]agistrate|[Rr]eporter|[Ll]ocal|[Rr]ules?|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Mm]iddle|[Cc]entral|[Dd]istrict|[A-Z]\.)` +
	`|,[ \t]+[A-Z]|['’]|[ \t]*[-–—/]|[ \t]*(?:\[[A-Z]+\][ \t]*)?\n[ \t]*\p{Lu})`)

// newsDistrictCourts returns the courts newsDistrictCourt finds, those
// newsStateCourt finds ending with their state, and a federal trial court
// named by its kind alone (bareFederalCourt) where nothing after it makes
// it a longer name's or a title's (bareCourtNext).
func newsDistrictCourts(t string) []cand {
	if !containsAny(t, []string{"istrict Court", "istrict court", "ankruptcy Court"}) {
		return nil
	}
	out := groupCands(t, newsDistrictCourt, 1, TypeCourt)
	for _, m := range bareFederalCourt.FindAllStringIndex(t, -1) {
		if !bareCourtNext.MatchString(t[m[1]:min(len(t), m[1]+24)]) {
			out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	for _, m := range newsDistrictIn.FindAllStringIndex(t, -1) {
		out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
	}
	for _, m := range newsStateCourt.FindAllStringSubmatchIndex(t, -1) {
		f := strings.Fields(t[m[2]:m[3]])
		e := m[3]
		switch {
		case len(f) == 2 && StateNames[strings.ToLower(f[0]+" "+f[1])]:
		case StateNames[strings.ToLower(f[0])]:
			e = m[2] + len(f[0])
		default:
			continue
		}
		// "Washington, D.C.", "Kansas City", "New York City": a city's
		// name, no state's; the court is named by its kind.
		if next := strings.TrimLeft(t[e:min(len(t), e+8)], ", \t"); strings.HasPrefix(next, "D.C.") || strings.HasPrefix(next, "DC") || townEnds[strings.ToLower(strings.Trim(firstWord(next), ".,;:"))] {
			out = append(out, cand{typ: TypeCourt, start: m[0], end: m[0] + strings.Index(t[m[0]:m[2]], "Court") + len("Court"), source: SourcePattern})
			continue
		}
		out = append(out, cand{typ: TypeCourt, start: m[0], end: e, source: SourcePattern})
	}
	return out
}

// districtState returns where the state's name at t[s:e] ends: the two
// words when they name a place ("North Carolina"), the first when only it
// does ("COLORADO" of "COLORADO Chief") or it is the District of
// Columbia's, else -1.
func districtState(t string, s, e int) int {
	name := strings.ToLower(strings.Join(strings.Fields(t[s:e]), " "))
	if locationSet[name] {
		return e
	}
	// "District of Columbia": the district is the place.
	if first, _, _ := strings.Cut(name, " "); first == "columbia" && suffixFold(t[max(0, s-12):s], "district of ") {
		return s + len("Columbia")
	}
	if first, _, two := strings.Cut(name, " "); two && locationSet[first] {
		return s + len(strings.Fields(t[s:e])[0])
	}
	return -1
}

// courtStateTail cuts a court's name that ran past its state onto the
// next word ("… DISTRICT OF COLORADO Chief Judge", "… OF ALABAMA
// SOUTHERN DIVISION"): the patterns take up to two words after "of".
func courtStateTail(t string, p cand) cand {
	if p.typ != TypeCourt {
		return p
	}
	txt := t[p.start:p.end]
	k := strings.LastIndex(strings.ToLower(txt), " of ")
	if k < 0 {
		return p
	}
	s := p.start + k + len(" of ")
	if strings.Count(strings.TrimSpace(t[s:p.end]), " ") != 1 {
		return p
	}
	if e := districtState(t, s, p.end); e > 0 {
		p.end = e
	}
	return p
}

// ordinalCourt is a state's numbered intermediate court of appeals:
// "Texas 14th Court of Appeals", "Court of Appeals Seventh District of
// Texas at Amarillo", "Ohio Court of Appeals, Eighth District". Group 1
// (or 2) is the state's name, which must name one.
var ordinalCourt = regexp.MustCompile(`\b(?:([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+` + courtOrdinal + `[ \t]+(?i:(?:district[ \t]+)?court[ \t]+of[ \t]+appeals)\b` +
	`|(?i:court[ \t]+of[ \t]+appeals),?[ \t]+(?:(?i:for[ \t]+the)[ \t]+)?` + courtOrdinal + `[ \t]+(?i:(?:appellate[ \t]+)?district)(?:[ \t]+(?i:of)[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?(?:[ \t]+(?i:at)[ \t]+[A-Z][a-z]+)?)`)

// courtOrdinal is a court's number: "14th", "Seventh".
const courtOrdinal = `(?:\d{1,2}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth))`

// stateRules is a state's or the federal rules of procedure or evidence,
// or one rule of them: "Texas Rules of Civil Procedure", "Federal Rules of
// Appellate and Civil Procedure", "Federal Rule of Civil Procedure 56".
var stateRules = regexp.MustCompile(`\b(?:Federal|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+Rules?[ \t]+of[ \t]+(?:` + procKind + `(?:[ \t]+and[ \t]+` + procKind + `)?[ \t]+Procedure|Evidence)(?:[ \t]+\d+(?:\.\d+)?(?:\([0-9A-Za-z]{1,4}\))*)?`)

// procKind is a kind of procedure a body of rules governs.
const procKind = `(?:Civil|Criminal|Appellate|Bankruptcy|Juvenile)`

// stateCourts returns the numbered courts of appeals ordinalCourt finds
// and the rules of procedure stateRules finds, where a state or "Federal"
// opens them; the patterns find neither form.
func stateCourts(t string) []cand {
	var out []cand
	if strings.Contains(t, "ppeals") || strings.Contains(t, "PPEALS") {
		for _, m := range ordinalCourt.FindAllStringSubmatchIndex(t, -1) {
			if m[2] >= 0 && !locationSet[strings.ToLower(oneSpace(t[m[2]:m[3]]))] {
				continue
			}
			if m[4] >= 0 && !locationSet[strings.ToLower(oneSpace(t[m[4]:m[5]]))] {
				continue
			}
			out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	if !strings.Contains(t, " Rule") {
		return out
	}
	for _, m := range stateRules.FindAllStringIndex(t, -1) {
		// Whose rules: "Federal" or a state, the last word or two before
		// "Rules" ("The Texas Rules …" are Texas's).
		ws := words(t[m[0]:m[0]+strings.Index(t[m[0]:m[1]], " Rule")], m[0])
		s := -1
		for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
			name := strings.ToLower(t[ws[k].start:ws[len(ws)-1].end])
			if name == "federal" || locationSet[oneSpace(name)] {
				s = ws[k].start
			}
		}
		if s >= 0 {
			out = append(out, cand{typ: TypeLaw, start: s, end: m[1], source: SourcePattern})
		}
	}
	return out
}

// forCircuit is a circuit court's name after a comma, over blank lines
// too, or in parentheses as a research site's header writes it: "United
// States Court of Appeals, For the First Circuit", "United States Court
// of Appeals,\nSecond Circuit.", "United States Court of Appeals,\n\n\nTenth
// Circuit.", "United States Court of Appeals (6th Circuit)", "United
// States Court of Appeals (District of Columbia)".
var forCircuit = regexp.MustCompile(`^(?:,(?:[ \t]+|[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*)(?:(?i:for[ \t]+the)[ \t]+)?(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)|D\.C\.|District[ \t]+of[ \t]+Columbia)[ \t]+(?i:circuit)\b` +
	`|[ \t]+\((?:(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)|D\.C\.)[ \t]+Circuit|District[ \t]+of[ \t]+Columbia)\))`)

// circuitAfterComma extends a court of appeals' name over its circuit
// written after a comma or in parentheses (forCircuit); the patterns read
// "First Circuit" alone.
func circuitAfterComma(t string, p cand) cand {
	if p.typ != TypeCourt || !strings.HasSuffix(strings.ToLower(t[p.start:p.end]), "court of appeals") {
		return p
	}
	if m := forCircuit.FindStringIndex(textAfter(t, p.end)); m != nil {
		p.end += m[1]
	}
	return p
}

// localCourt is a state court in the forms Florida's and California's
// opinions write: Florida's district courts of appeal ("First District
// Court of Appeal", "Fla. 2d DCA"), a state's supreme court named state
// first ("Florida Supreme Court"), a county's trial court "of", "for" or
// after a comma before its county ("Circuit Court for Alachua County",
// "Circuit Court in and for Dade County", "Superior Court in Maricopa
// County", "Superior Court of Los Angeles County", "Court of Common Pleas of Philadelphia County", "District
// Court for the City and County of Denver", Virginia's "Circuit Court for
// the City of Norfolk", "Court of Common Pleas,
// Cuyahoga County"), California's appellate districts ("Court of Appeal of
// the State of California Second Appellate District Division One",
// "SECOND APPELLATE DISTRICT, DIVISION THREE"). Group 1 is the state's
// name of the supreme court's form, which must name one.
var localCourt = regexp.MustCompile(`\b(?:(?i:first|second|third|fourth|fifth|sixth)|\d(?:st|nd|rd|th|d))[ \t]+(?i:district[ \t]+court[ \t]+of[ \t]+appeal)\b` +
	`|\bFla\.[ \t]?\d(?:st|nd|rd|th|d)[ \t]?DCA\b` +
	`|\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+Supreme[ \t]+Court\b` +
	`|\b` + countyCourtKind + `(?:,|` + courtGap + capAlt("of", "for", "in and for", "in") + `)` + courtGap + `(?:` + capWords("the") + courtGap + `)?` +
	`(?:` + capAlt("City and County of", "County of", "City of") + courtGap + countyPlace + `|` + countyPlace + courtGap + capAlt("County", "Parish") + `)\b` +
	`|\b(?:(?i:court[ \t]+of[ \t]+appeal)(?:[ \t]+(?i:of[ \t]+the[ \t]+state[ \t]+of)[ \t]+[A-Z][A-Za-z]+)?,?[ \t\n]+)?` + courtOrdinal + `[ \t]+(?i:appellate[ \t]+district)(?:,?[ \t\n]+(?i:division)[ \t]+(?:` + courtOrdinal + `|\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?\b`)

// countyCourtKind is a kind of trial court a county has: "Court of Common
// Pleas", "Circuit Court", "Orphans' Court", New York's "Supreme Court"
// and "Civil Court" ("Civil Court, Bronx County"), and Pennsylvania's and
// New Jersey's older courts ("Court of Quarter Sessions", "Court of Oyer
// and Terminer").
var countyCourtKind = capAlt("Court of Common Pleas", "Common Pleas Court", "Circuit Court", "District Court", "Superior Court", "Supreme Court",
	"Probate Court", "Family Court", "Juvenile Court", "Chancery Court", "Court of Chancery", "Orphans' Court", "Surrogate's Court",
	"Justice Court", "County Court", "Criminal District Court", "Civil District Court", "Criminal Court", "Municipal Court", "Magistrate Court",
	"Civil Court", "Court of Quarter Sessions", "Court of Oyer and Terminer", "Orphans Court")

// countyCourt is a county's trial court named county first: "Cuyahoga
// County Court of Common Pleas", "HARRIS COUNTY DISTRICT COURT", "Alachua
// County Court", "City and County of Denver District Court",
// "Philadelphia Court of Common Pleas", and a county's circuit, probate or
// superior court named by the county alone ("Macomb Circuit Court",
// "Fairfax Circuit Court"), a town's or a county's district, municipal,
// family or juvenile court by its name alone ("Dudley District Court",
// townCourt), and a town's magistrates' court in Britain and Australia
// ("Hull Magistrates' Court"; a "Crown Court" is as often a street's
// name). Group 1 (or 3, 4 or 5) is the county's name,
// which may have run back over the words before it ("APPEAL FROM THE
// CUYAHOGA"); group 2 is a bare "Court" after "County"; group 6 is the
// town's court's kind (townCourt).
var countyCourt = regexp.MustCompile(`\b(` + countyPlace + `)` + courtGap + capAlt("County", "Parish") + courtGap + `(?:` + countyCourtKind + `|(` + capWords("Court") + `))\b` +
	`|\b` + capWords("City and County of") + courtGap + countyPlace + courtGap + countyCourtKind + `\b` +
	`|\b(` + countyPlace + `)` + courtGap + capWords("Court of Common Pleas") + `\b` +
	`|\b(` + countyPlace + `)` + courtGap + capAlt("Circuit Court", "Probate Court", "Superior Court", "Magistrates' Court", "Magistrates Court") + `\b` +
	`|\b(` + countyPlace + `)` + courtGap + `(` + capAlt("District Court", "Municipal Court", "Family Court", "Juvenile Court") + `)\b`)

// notCounty are words that name no county before "Circuit Court" (or the
// other kinds countyCourt reads after a county's name alone): an
// ordinal, the federal courts' words, an appeal's question ("A. WHETHER THE
// CIRCUIT COURT ERRED").
var notCounty = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh federal united states u.s.
	d.c. state judicial this that each any such whether the us`)

// notTownPlace are the words that, alone before a townCourtKind, name no
// town, beside a district's direction (isDirection: "NORTHERN DISTRICT
// COURT"): a kind of court or district ("Tax District Court", "Magistrate
// District Court").
var notTownPlace = wordSet(`tax magistrate commonwealth`)

// courtPlaceNoise are words that run into a county's name from before it
// in a caption or a heading: "Civil Appeal from the", "APPEAL FROM THE".
var courtPlaceNoise = wordSet(`appeal appeals civil criminal division filed entered on`)

// courtBuilding are the words after "X County Court" that make it a
// building or an office, not the court: "Court House", "Court Clerk".
var courtBuilding = wordSet(`house houses clerk clerks reporter reporters administrator building judge judges commissioner commissioners`)

// localCourts returns the courts localCourt and countyCourt find. A
// county's name loses the words that ran into it (courtPlaceNoise,
// leadingNoise); one that is no more than those names no court.
func localCourts(t string) []cand {
	if !containsAny(t, []string{"ppeal", "PPEAL", "DCA", "Supreme", "County", "COUNTY", "ppellate", "PPELLATE", "Pleas", "PLEAS", "Parish", "PARISH",
		"Circuit Court", "CIRCUIT COURT", "Probate", "PROBATE", "Superior", "SUPERIOR", "Magistrates", "MAGISTRATES",
		"District Court", "DISTRICT COURT", "Municipal Court", "MUNICIPAL COURT", "Family Court", "FAMILY COURT", "Juvenile Court", "JUVENILE COURT"}) {
		return nil
	}
	var out []cand
	// localCourt is a long alternation: it runs on the lines around the
	// words every one of its names has, not on the whole chunk.
	for _, w := range courtWindows(t, "Court", "COURT", "DCA", "ppellate District", "PPELLATE DISTRICT") {
		for _, m := range localCourt.FindAllStringSubmatchIndex(t[w[0]:w[1]], -1) {
			if m[2] >= 0 && !locationSet[strings.ToLower(oneSpace(t[w[0]+m[2]:w[0]+m[3]]))] {
				continue
			}
			out = append(out, cand{typ: TypeCourt, start: w[0] + m[0], end: w[0] + m[1], source: SourcePattern})
		}
	}
	for _, w := range courtWindows(t, "Court", "COURT") {
		out = append(out, countyCourts(t, w[0], w[1])...)
	}
	if strings.Contains(t, "circuit court of ") {
		out = append(out, groupCands(t, lowerCircuitCourt, 0, TypeCourt)...)
	}
	return out
}

// townCourtAfter is what makes a townCourtKind court another's: Florida's
// "District Court of Appeal", a district's court cut before its state
// ("Western District Court of Texas"), or a business's name that goes on
// ("Acme District Court Services LLC", "Jones Family Court Reporters");
// a judge's or a clerk's title may follow.
var townCourtAfter = regexp.MustCompile(`^(?:[ \t\n]+(?i:of)\b|[ \t]+\p{Lu}[\p{L}'’]*)`)

// townCourtTitles are the titles after a town's court that keep it one:
// "Mentor Municipal Court Judge John Trebets".
var townCourtTitles = wordSet(`judge judges justice clerk magistrate`)

// townCourt reports whether the court t[s:e] whose kind starts at kind,
// a district, municipal, family or juvenile court that countyCourt read
// by its place alone ("Dudley District Court", "Mentor Municipal Court",
// "Windham Family Court"), is one, for the kind heads a federal or an
// appellate court's name too ("U.S. District Court", "District Court of
// Appeal"): when its place is a name's words ("Dudley", "Mobile" wrapped
// before "District Court"; not "U.S.", a heading's "I.", a possessive's
// "State's", a direction or a word notTownPlace holds alone;
// countyCourts has dropped a place with a word of notCounty, "US") and
// townCourtAfter does not go on from it.
func townCourt(t string, s, kind, e int) bool {
	place := strings.TrimSpace(t[s:kind])
	if strings.Contains(place, ".") || possessive(place) || isDirection(place) || notTownPlace[strings.ToLower(place)] {
		return false
	}
	if m := townCourtAfter.FindString(t[e:]); m != "" && !townCourtTitles[strings.ToLower(strings.TrimSpace(m))] {
		return false
	}
	return true
}

// lowerCircuitCourt is a county's circuit court as Illinois's appellate
// opinions write it, in lower case: "the circuit court of Cook County".
var lowerCircuitCourt = regexp.MustCompile(`\bcircuit[ \t]+court[ \t]+of[ \t]+(?:[A-Z][A-Za-z.'’\-]*[ \t]+){1,2}County\b`)

// countyCourts returns the courts countyCourt finds in t[from:to].
func countyCourts(t string, from, to int) []cand {
	var out []cand
	for _, m := range countyCourt.FindAllStringSubmatchIndex(t[from:to], -1) {
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		s := m[0]
		for _, g := range []int{2, 6, 8, 10} {
			if m[g] < 0 {
				continue
			}
			ws := words(t[m[g]:m[g+1]], m[g])
			k := 0
			// A sentence's end among the words ("Allegheny County. The"
			// + "Court of Common Pleas"): the county's name is after it.
			for j, w := range ws {
				if len(w.text) >= 5 && strings.HasSuffix(w.text, ".") && !strings.Contains(w.text[:len(w.text)-1], ".") {
					k = j + 1
				}
			}
			for k < len(ws) && (leadingNoise[lowerKey(ws[k].text)] || courtPlaceNoise[lowerKey(ws[k].text)]) {
				k++
			}
			// "Ninth Circuit Court", "the Federal Circuit Court", "United
			// States District Court": no county.
			if k == len(ws) || g >= 8 && slices.ContainsFunc(ws[k:], func(w word) bool { return notCounty[lowerKey(w.text)] }) {
				s = -1
				break
			}
			s = ws[k].start
		}
		if s < 0 || m[4] >= 0 && courtBuilding[strings.ToLower(strings.Trim(firstWord(t[m[1]:min(len(t), m[1]+24)]), ",.;:"))] {
			continue
		}
		if m[12] >= 0 && !townCourt(t, s, m[12], m[1]) {
			continue
		}
		out = append(out, cand{typ: TypeCourt, start: s, end: m[1], source: SourcePattern})
	}
	return out
}

// courtGap is the space between two words of a court's name: blanks, or
// one line break with its indentation, where a caption wraps the name
// ("United States Court of Federal" / "Claims").
const courtGap = `(?:[ \t]+|[ \t]*\n[ \t]*)`

// capWords is the expression of a court's words as names write them, each
// in title case or in capitals ("Court of Common Pleas", "COURT OF COMMON
// PLEAS"), joined by courtGap; an apostrophe may be curly.
func capWords(s string) string {
	var ws []string
	for _, w := range strings.Fields(s) {
		e := `(?:` + regexp.QuoteMeta(w) + `|` + regexp.QuoteMeta(strings.ToUpper(w)) + `)`
		ws = append(ws, strings.ReplaceAll(e, "'", `['’]`))
	}
	return strings.Join(ws, courtGap)
}

// capAlt is the alternation of names, each as capWords writes it, longest
// first so that "Court of Criminal Appeals" is not read as "Court of".
func capAlt(names ...string) string {
	names = append([]string(nil), names...)
	sortByLenDesc(names)
	alts := make([]string, len(names))
	for i, n := range names {
		alts[i] = capWords(n)
	}
	return `(?:` + strings.Join(alts, `|`) + `)`
}

// stateTitles are the states' names (and the District of Columbia's) in
// title case: "New York", "District of Columbia".
var stateTitles = func() []string {
	var names []string
	for _, st := range PostalStates {
		ws := strings.Fields(st)
		for i, w := range ws {
			if w != "of" {
				ws[i] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		names = append(names, strings.Join(ws, " "))
	}
	return names
}()

// stateNameAlt is the alternation of stateTitles, in title case or
// capitals: the state that names a court.
var stateNameAlt = capAlt(stateTitles...)

// stateCourtKind is a kind of court that a state names (before or after
// it): "Court of Appeals", "Superior Court", "Commonwealth Court".
var stateCourtKind = capAlt("Intermediate Court of Appeals", "Court of Criminal Appeals", "Court of Civil Appeals",
	"Court of Special Appeals", "Court of Appeals", "Court of Appeal", "Supreme Judicial Court", "Supreme Court of Appeals", "Supreme Court",
	"Appellate Court", "Appeals Court", "Superior Court", "Commonwealth Court", "Court of Claims", "Tax Court",
	"Court of Chancery", "Chancery Court", "Surrogate's Court", "Family Court")

// appellateDivision is the district or department of a state's appellate
// court after its name, on the same line after a comma or on the next
// line: ", Eighth District", " / EIGHTH APPELLATE DISTRICT", ", Eastern
// District", ", Second Department", New Jersey's ", Appellate Division".
// A panel's division after it ("DIVISION THREE") is not part of the
// court's name.
var appellateDivision = `(?:(?:,[ \t]*|` + courtGap + `)(?:` + capWords("for the") + courtGap + `)?(?:` + courtOrdinal + `|` +
	capAlt("Eastern", "Western", "Northern", "Southern", "Middle", "Central") + `)` + courtGap +
	`(?:` + capAlt("Appellate", "Judicial") + courtGap + `)?` + capAlt("District", "Department") +
	`|(?:,[ \t]*|` + courtGap + `)` + capWords("Appellate Division") +
	`|,` + courtGap + `?` + capAlt("Law Division", "Chancery Division") + `(?:,` + courtGap + `?` + countyPlace + courtGap + capWords("County") + `)?)`

// countyPlace is a county's or city's name: one to three capitalised
// words on one line ("Cuyahoga", "St. Charles", "Prince George's",
// "LOS ANGELES").
const countyPlace = `(?:[A-Z][A-Za-z.'’\-]*[ \t]+){0,2}[A-Z][A-Za-z.'’\-]*`

// stateCourt is a state's court named with its state, the state first or
// after "of", in mixed case or capitals, with its district or division
// (group 1 or 2): "COLORADO COURT OF APPEALS", "Court of Appeals of Ohio"
// / "EIGHTH APPELLATE DISTRICT", "Appellate Court of Illinois, First
// District", "Commonwealth Court of Pennsylvania", "Court of Criminal
// Appeals of Texas", "Superior Court of New Jersey, Appellate Division".
// The court of a state's county follows a trial court "of the State of
// California" (group 3): "Superior Court of California, County of Los
// Angeles" (its comma left out too), "Supreme Court of the State of New York, Kings County",
// "Superior Court of Washington for King County", and a header's
// "SUPERIOR COURT OF THE STATE OF CALIFORNIA" / "COUNTY OF LOS ANGELES".
var stateCourt = regexp.MustCompile(`\b` + stateNameAlt + courtGap + stateCourtKind + `\b(` + appellateDivision + `)?` +
	`|\b` + stateCourtKind + courtGap + capWords("of") + courtGap + `(?:` + capWords("the") + courtGap + `(?:` + capAlt("State of", "Commonwealth of") + courtGap + `)?)?` +
	stateNameAlt + `\b(?:(` + appellateDivision + `)|((?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+|` + courtGap + capAlt("for the", "in and for the") + courtGap + `)` + capWords("County of") + courtGap + countyPlace +
	`|(?:,[ \t]*|` + courtGap + capAlt("for", "in and for") + courtGap + `)` + countyPlace + courtGap + capWords("County") + `))?`)

// namedCourt is a state court whose name alone says which it is
// (Pennsylvania's "Commonwealth Court", Maryland's "Court of Special
// Appeals", "Supreme Judicial Court", a state's or an armed force's
// "Court of Criminal Appeals"), New York's "Appellate Division, Second
// Department" ("APPELLATE DIVISION : SECOND JUDICIAL DEPARTMENT"), and a
// trial court of a numbered judicial district or circuit, with its county
// or state or not ("District Court of the Fourth Judicial District",
// "Eleventh Judicial Circuit Court", "208th District Court of Harris
// County", "Eighth Judicial District Court for the State of Nevada", "…
// in and for the County of Clark").
var namedCourt = regexp.MustCompile(`\b` + capAlt("Commonwealth Court", "Court of Special Appeals", "Supreme Judicial Court", "Intermediate Court of Appeals") +
	`|\b(?:(?:` + capWords("United States") + `|U\.[ \t]?S\.)` + courtGap + `)?(?:` + capAlt("Army", "Navy-Marine Corps", "Air Force", "Coast Guard") + courtGap + `)?` + capWords("Court of Criminal Appeals") +
	`|\b(?:` + capWords("Supreme Court") + `,?` + courtGap + `)?` + capWords("Appellate Division") + `(?:,?` + courtGap + capWords("of the Supreme Court") + `(?:` + courtGap + capWords("of the State of New York") + `)?)?[ \t]*[,:]?` + courtGap +
	courtOrdinal + courtGap + `(?:` + capWords("Judicial") + courtGap + `)?` + capWords("Department") +
	`|\b(?:` + capAlt("District Court", "Circuit Court", "Superior Court", "Court of Common Pleas") + courtGap + capAlt("of the", "for the") + courtGap + judicialOrdinal + courtGap + capWords("Judicial") + courtGap + capAlt("District", "Circuit") +
	`|` + judicialOrdinal + courtGap + `(?:` + capWords("Judicial") + courtGap + `)?` + capAlt("District", "Circuit") + courtGap + capWords("Court") + `)` +
	`(?:` + courtGap + capAlt("of", "for", "in and for") + courtGap + countyPlace + courtGap + capAlt("County", "Parish") +
	`|(?:` + courtGap + capAlt("of the", "for the") + courtGap + capWords("State of") + courtGap + stateNameAlt + `)?` +
	courtGap + capAlt("of the", "for the", "in and for the") + courtGap + capWords("County of") + courtGap + countyPlace +
	`|` + courtGap + capAlt("of the", "for the") + courtGap + capWords("State of") + courtGap + stateNameAlt + `)?\b`)

// judicialOrdinal numbers a state's judicial district or circuit: "4th",
// "157th", "Eleventh".
const judicialOrdinal = `(?:\d{1,3}(?i:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))`

// federalCourt is a federal court of special jurisdiction, "United States"
// before it or not, its name wrapped over a line or not: "United States
// Court of Federal Claims", "Court of International Trade", "Court of
// Appeals for Veterans Claims", "Court of Appeals for the Armed Forces",
// "United States Tax Court", "Bankruptcy Appellate Panel of the Ninth
// Circuit", and the old "United States Court of Claims".
var federalCourt = regexp.MustCompile(`\b(?:(?:` + capWords("United States") + `|U\.[ \t]?S\.)` + courtGap + `)?` +
	capAlt("Court of Federal Claims", "Court of International Trade", "Court of Appeals for Veterans Claims", "Court of Appeals for Veterans' Claims",
		"Court of Appeals for the Armed Forces", "Court of Military Appeals", "Court of Customs and Patent Appeals", "Tax Court") +
	`|\b(?:` + capWords("United States") + `|U\.[ \t]?S\.)` + courtGap + capWords("Court of Claims") +
	`|\b` + capWords("Bankruptcy Appellate Panel") + `(?:` + courtGap + capAlt("of the", "for the") + courtGap + `(?:` + courtOrdinal + `)` + courtGap + capWords("Circuit") + `)?`)

// stateCourtNames returns the courts stateCourt, namedCourt and
// federalCourt find; the patterns know a state's supreme court and its
// courts of appeals written state first in mixed case, and the federal
// courts of appeals and district courts. A division after a court's name
// that another word continues ("Eastern District of Missouri", "First
// District Court of Appeal") is not the court's.
func stateCourtNames(t string) []cand {
	var out []cand
	ws := courtWindows(t, "Court", "COURT", "Panel", "PANEL", "Division", "DIVISION")
	for _, w := range ws {
		for _, m := range stateCourt.FindAllStringSubmatchIndex(t[w[0]:w[1]], -1) {
			e := m[1]
			for _, g := range []int{2, 4} {
				if m[g] >= 0 && !divisionEnds(t, w[0]+m[g+1]) {
					e = m[g]
				}
			}
			// "… in and for the County of Pierce.", "… County of Los
			// Angeles. The": a sentence's full stop ends the name, not an
			// abbreviation's ("Kings Co.", "St. Louis").
			for i, f := range words(t[w[0]+m[0]:w[0]+e], m[0]) {
				if i > 0 && strings.HasSuffix(f.text, ".") && len(f.text) > 4 {
					e = f.end - 1
					break
				}
			}
			out = append(out, cand{typ: TypeCourt, start: w[0] + m[0], end: w[0] + e, source: SourcePattern})
		}
	}
	named := len(out)
	for _, w := range ws {
		for _, re := range []*regexp.Regexp{namedCourt, federalCourt} {
			for _, m := range re.FindAllStringIndex(t[w[0]:w[1]], -1) {
				c := cand{typ: TypeCourt, start: w[0] + m[0], end: w[0] + m[1], source: SourcePattern}
				// "Commonwealth Court" of "Commonwealth Court of Pennsylvania".
				if !within(c, out[:named]) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// courtWindows returns the spans of t worth reading for a court's name:
// the lines around each of the needles ("Court"), two lines on each side
// (a caption wraps a name over lines), merged, in order. Most lines of a
// document name no court, and the courts' expressions, which open with
// the states' names or a county's, cost too much to run over every byte.
// Each occurrence of a needle is found once and widens its window by the
// lines around it: linear in t.
func courtWindows(t string, needles ...string) [][2]int {
	next := make([]int, len(needles)) // next occurrence of each needle at or after i, -1 none
	for k := range next {
		next[k] = -2
	}
	var out [][2]int
	last := 0 // the occurrence whose line the last window ends two lines after
	for i := 0; i < len(t); {
		at := -1
		for k, n := range needles {
			if next[k] == -2 || next[k] >= 0 && next[k] < i {
				next[k] = strings.Index(t[i:], n)
				if next[k] >= 0 {
					next[k] += i
				}
			}
			if next[k] >= 0 && (at < 0 || next[k] < at) {
				at = next[k]
			}
		}
		if at < 0 {
			break
		}
		i = at + 1
		// A needle inside the last window widens it by the lines it is
		// below the one that ended it ("SUPERIOR COURT OF THE STATE OF
		// CALIFORNIA" two lines under a sentence's "Superior Court." has
		// its county on the line below); counting them from that one
		// keeps the work linear.
		if len(out) > 0 && at <= out[len(out)-1][1] {
			w := &out[len(out)-1]
			for n := strings.Count(t[last:at], "\n"); n > 0 && w[1] < len(t); n-- {
				if k := strings.IndexByte(t[w[1]+1:], '\n'); k >= 0 {
					w[1] += 1 + k
				} else {
					w[1] = len(t)
				}
			}
			last = at
			continue
		}
		s, e := at, at
		for n := 0; n < 3 && s > 0; n++ {
			s = strings.LastIndexByte(t[:s-1], '\n') + 1
		}
		for n := 0; n < 3 && e < len(t); n++ {
			if k := strings.IndexByte(t[e+1:], '\n'); k >= 0 {
				e += 1 + k
			} else {
				e = len(t)
			}
		}
		if len(out) > 0 && s <= out[len(out)-1][1] {
			out[len(out)-1][1] = e
		} else {
			out = append(out, [2]int{s, e})
		}
		last = at
	}
	return out
}

// within reports whether c lies inside one of cs.
func within(c cand, cs []cand) bool {
	for _, d := range cs {
		if d.start <= c.start && c.end <= d.end {
			return true
		}
	}
	return false
}

// divisionEnds reports whether a court's division that ends at e ends the
// court's name: the next word is not "of" ("Eastern District of
// Missouri" is a federal district) nor "Court" ("First District Court of
// Appeal" is another court).
func divisionEnds(t string, e int) bool {
	next := strings.ToLower(strings.Trim(firstWord(t[e:min(len(t), e+16)]), ",.;:"))
	return next != "of" && next != "court"
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
		return s[:k]
	}
	return s
}

// districtOf is a federal district named by itself, which names its
// court: "the Western District of Arkansas" (of "United States District
// Judge for the Western District of Arkansas"), "EASTERN DISTRICT OF
// MISSOURI", "the District of Minnesota". Group 1 is the part of the state
// ("Western"); without one, "the" must come before "District".
var districtOf = regexp.MustCompile(`\b(` + capAlt("Eastern", "Western", "Northern", "Southern", "Middle", "Central") + courtGap + `)?` +
	capWords("District of") + courtGap + stateNameAlt + `\b`)

// districtOpeners are the words that may stand before a district named by
// itself: "for the Western District of Arkansas", "in the District of
// Minnesota". After another capitalised word the district is part of a
// longer name ("School District of …", "Court of Appeals, Eastern
// District …").
var districtOpeners = wordSet(`the for in from to and within`)

// districtNames returns the federal districts districtOf finds where
// nothing but districtOpeners or punctuation stands before them. The
// District of Columbia, a place, is none: stateNameAlt names it whole, so
// it cannot follow "District of".
func districtNames(t string) []cand {
	if !strings.Contains(t, "istrict of") && !strings.Contains(t, "ISTRICT OF") {
		return nil
	}
	var out []cand
	for _, m := range districtOf.FindAllStringSubmatchIndex(t, -1) {
		prev := strings.ToLower(strings.TrimRight(lastWord(t[max(0, m[0]-24):m[0]]), ",;:"))
		if m[2] < 0 && prev != "the" {
			continue
		}
		if prev != "" && unicode.IsLetter([]rune(prev)[0]) && !districtOpeners[prev] {
			continue
		}
		out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// seatDivision is a federal district's division after the court's name,
// where it sits: ", Tyler Division", ",\nATLANTA DIVISION", " NORTHERN
// DIVISION". Group 1 is the division's place.
var seatDivision = regexp.MustCompile(`^,?(?:[ \t]+|[ \t]*\n[ \t]*)([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?)[ \t]+(?:Division|DIVISION)\b`)

// divisionKind are the words before "Division" that name a court's part
// by its business or its number, which is no division's place: "Criminal
// Division", "DIVISION TWO DIVISION".
var divisionKind = wordSet(`appellate criminal civil family juvenile law chancery probate trial general equity commercial business
	the a this its one two three four five six seven eight nine ten`)

// appellatePart is a state court of appeals' district and numbered
// division after its name: Washington's "Court of Appeals of Washington"
// + ", Division 2", Arizona's ", Division One", California's "Court of
// Appeal" + ", Second District, Division 3", Ohio's ", Fifth Appellate
// District", Illinois' "Appellate Court of Illinois," / "First District,
// First Division", over a line break.
var appellatePart = regexp.MustCompile(`^,[ \t]*\n?[ \t]*(?:(?:` + ordinalWord + `[ \t]+(?i:appellate[ \t]+)?(?i:district))(?:,[ \t]*\n?[ \t]*` + numberedDivision + `)?|` + numberedDivision + `)\b`)

// ordinalWord is an ordinal in words, in any case: "First", "SECOND".
const ordinalWord = `(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)`

// numberedDivision is a court of appeals' division by its number, after
// the word or, as Illinois writes it, before: "Division 2", "Division
// One", "First Division".
const numberedDivision = `(?:(?i:division)[ \t]+(?:\d+|[IVX]+|(?i:one|two|three|four|five|six|seven|eight))|` + ordinalWord + `[ \t]+(?i:division))`

// courtDivisions extends a court's name over the division it sits in
// (seatDivision), which the tagger reads as an organisation, or its seat
// (seatAt, whose place it drops), and a court
// of appeals' name over its district and numbered division
// (appellatePart; the tagger's organisation "Court of Appeal" before
// them is the court) and Arizona's department after the division
// (panelDepartmentAfter).
func courtDivisions(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Division", "DIVISION", "District", "DISTRICT"}) {
		return cs
	}
	var seats, departments [][2]int
	for i, c := range cs {
		name := t[c.start:c.end]
		if (c.typ == TypeCourt || c.typ == TypeOrg && (name == "Court of Appeal" || name == "Court of Appeals")) && containsAny(name, []string{"Appeal", "Appellate", "APPEAL", "APPELLATE"}) {
			end := c.end
			if m := appellatePart.FindStringIndex(t[c.end:]); m != nil {
				end = c.end + m[1]
			}
			// Arizona's department after its division: "Court of Appeals
			// of Arizona, Division 1, Department A" (the tagger reads
			// "Department A." an organisation).
			if divisionEnd.MatchString(t[c.start:end]) {
				if m := panelDepartmentAfter.FindStringIndex(t[end:]); m != nil {
					departments = append(departments, [2]int{end, end + m[1]})
					end += m[1]
				}
			}
			if end > c.end {
				cs[i].end, cs[i].typ = end, TypeCourt
				continue
			}
		}
		// "United States District Court for the Eastern District of
		// Virginia, at Alexandria": the Fourth Circuit's form of the
		// district court's seat, part of its name as a division is.
		if c.typ == TypeCourt && containsAny(name, []string{"District", "DISTRICT"}) {
			if m := seatAt.FindStringIndex(t[c.end:]); m != nil {
				seats = append(seats, [2]int{c.end, c.end + m[1]})
				cs[i].end = c.end + m[1]
				continue
			}
		}
		if c.typ != TypeCourt || !containsAny(t[c.end:min(len(t), c.end+40)], []string{"Division", "DIVISION"}) {
			continue
		}
		m := seatDivision.FindStringSubmatchIndex(t[c.end:])
		if m == nil || slices.ContainsFunc(strings.Fields(t[c.end+m[2]:c.end+m[3]]), func(w string) bool { return divisionKind[strings.ToLower(w)] }) {
			continue
		}
		cs[i].end = c.end + m[1]
		// "… WESTERN DIVISION AT DAYTON": the division's seat after it.
		if a := divisionSeat.FindStringIndex(t[cs[i].end:]); a != nil {
			seats = append(seats, [2]int{cs[i].end, cs[i].end + a[1]})
			cs[i].end += a[1]
		}
	}
	// The seat's place is the court's name's, no place of its own, and
	// the department no organisation.
	cs = slices.DeleteFunc(cs, func(c cand) bool {
		return c.typ == TypeOrg && slices.ContainsFunc(departments, func(d [2]int) bool { return c.start >= d[0] && c.start < d[1] })
	})
	return withoutInside(cs, seats, nil)
}

// divisionEnd is a court's name that ends in its numbered division.
var divisionEnd = regexp.MustCompile(numberedDivision + `$`)

// panelDepartmentAfter is the department of an appellate division that
// Arizona's Court of Appeals writes after its division: ", Department A"
// of "Court of Appeals of Arizona, Division 1, Department A".
var panelDepartmentAfter = regexp.MustCompile(`^,[ \t]+Department[ \t]+[A-H]\b`)

// divisionSeat is the seat after a district court's division: " at Dayton",
// " AT DAYTON", " at Fort Wayne"; in capitals a second word only where the
// first opens a two-word place ("AT NEW HAVEN"), as a header run into one
// line goes on into the caption's first party.
var divisionSeat = regexp.MustCompile(`^,?[ \t]+(?:at[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|AT[ \t]+(?:(?:NEW|SAN|LOS|SAINT|ST\.|FORT|EAST|WEST|NORTH|SOUTH|LAKE|GRAND|LITTLE|BATON|LAS|SALT|EL|CEDAR|ROCK|GREEN|COLLEGE)[ \t]+)?[A-Z]{2,})\b`)

// seatAt is a district court's seat after its name: ", at Alexandria".
var seatAt = regexp.MustCompile(`^,[ \t]+at[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b`)

// trialCourtDepartment is a Massachusetts trial court's department ("the
// Superior Court Department", "the Housing Court Department") and
// countyCourtAtLaw a Texas statutory county court ("County Court at Law
// Number 3 Lubbock County", "Harris County Court at Law No. 2", "County
// Civil Court at Law No. 1", "Probate Court No. 1"); courtCounties grows
// it over a county after a comma.
var (
	trialCourtDepartment = regexp.MustCompile(`\b(?:Superior|District|Housing|Juvenile|Land|Probate[ \t]+and[ \t]+Family)[ \t]+Court[ \t]+Department\b`)
	countyCourtAtLaw     = regexp.MustCompile(`\b(?:[A-Z][a-z]+[ \t]+)?County[ \t]+(?:(?:Civil|Criminal)[ \t]+)?Court[ \t]+at[ \t]+Law(?:[ \t]+(?:No\.|Number|#)[ \t]*\d+(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+[ \t]+County\b)?)?` +
		`|\b(?:[A-Z][a-z]+[ \t]+County[ \t]+)?Probate[ \t]+Court[ \t]+(?:No\.|Number)[ \t]*\d+(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+[ \t]+County\b)?`)
)

// stateDistrictCourt is a federal district court named after its state
// ("the Nevada District Court") or a state's district court ("Iowa
// District Court"). Group 1 is the state.
var stateDistrictCourt = regexp.MustCompile(`\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+District[ \t]+Court\b`)

// trialCourts returns the courts trialCourtDepartment, countyCourtAtLaw
// and stateDistrictCourt find.
func trialCourts(t string) []cand {
	var out []cand
	if strings.Contains(t, "District Court") {
		for _, m := range stateDistrictCourt.FindAllStringSubmatchIndex(t, -1) {
			st := t[m[2]:m[3]]
			if f := strings.Fields(st); len(f) == 2 && !StateNames[strings.ToLower(st)] {
				m[2] += len(st) - len(f[1]) // "the Nevada": the state alone
				st = f[1]
			}
			if StateNames[strings.ToLower(st)] {
				out = append(out, cand{typ: TypeCourt, start: m[2], end: m[1], source: SourcePattern})
			}
		}
	}
	if strings.Contains(t, "Court Department") {
		for _, m := range trialCourtDepartment.FindAllStringIndex(t, -1) {
			out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	if strings.Contains(t, "Court at Law") || strings.Contains(t, "Probate Court N") {
		for _, m := range countyCourtAtLaw.FindAllStringIndex(t, -1) {
			out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	if containsAny(t, []string{"District of Texas", "DISTRICT OF TEXAS"}) {
		out = append(out, groupCands(t, texasAppealsHeader, 0, TypeCourt)...)
	}
	return out
}

// texasAppealsHeader is a Texas court of appeals named as its opinions'
// headers stack it: "Court of Appeals" / "Fifth District of Texas at
// Dallas", "Court of Appeals" / "For The" / "First District of Texas",
// "Sixth Appellate District of Texas at Texarkana"; one court, where the
// patterns read "Court of Appeals" and the places apart.
var texasAppealsHeader = regexp.MustCompile(`(?:Court|COURT)[ \t]+(?:of|OF)[ \t]+(?:Appeals|APPEALS)[ \t]*\n[ \t]*(?:(?:For|FOR)[ \t]+(?:The|THE)[ \t]*\n[ \t]*)?` +
	capAlt("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth") +
	`[ \t]+(?:(?:Appellate|APPELLATE)[ \t]+)?(?:District|DISTRICT)[ \t]+(?:of|OF)[ \t]+(?:Texas|TEXAS)(?:[ \t]+(?:at|AT)[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)?`)

// officeState is a federal district's state after "District": " of
// Maine", "\nOF NEW YORK", " of Columbia"; group 1 is the state.
var officeState = regexp.MustCompile(`^[ \t]*\n?[ \t]*(?:of|OF)[ \t]*\n?[ \t]*(` + stateNameAlt + `|Columbia|COLUMBIA)\b`)

// districtEnd is "District" ending an office's name: "Office of the
// United States Attorney for the District", "U.S. Trustee's Office for
// the Southern District".
var districtEnd = regexp.MustCompile(`[ \t](?:for|FOR)[ \t]+(?:the|THE)[ \t]+(?:[A-Za-z]+[ \t]+)?(?:District|DISTRICT)$`)

// federalOfficer is a federal officer's title with its country ("U.S.
// Attorney", "United States Trustee"); federalOfficeName the office of one,
// or of a federal public defender, without its district ("U.S. Attorney’s
// Office", "Federal Public Defender's Office"); federalDistrict a federal
// district's name ("Southern District of New York").
const federalOfficer = `(?:United[ \t\n]+States|U\.[ \t]?S\.)[ \t\n]+(?:Attorney|Trustee|Marshal)`

const federalOfficeName = `(?:` + federalOfficer + `|Federal[ \t\n]+(?:Public[ \t\n]+)?Defender)['’]?s['’]?[ \t\n]+Office`

var federalDistrict = `(?:(?:Eastern|Western|Northern|Southern|Middle|Central)[ \t\n]+)?District[ \t\n]+of[ \t\n]+(?:` + stateNameAlt + `|Columbia)`

// districtOffice is a federal office of a district, named whole: "Office
// of the United States Attorney for the District of Columbia", "U.S.
// Attorney's Office for the Southern District of New York", "Office of the
// Federal Public Defender for the Eastern District of Virginia", and the
// office without its district ("the Office of the United States
// Trustee").
var districtOffice = regexp.MustCompile(`\b(?:Office[ \t\n]+of[ \t\n]+the[ \t\n]+(?:United[ \t\n]+States|U\.[ \t]?S\.|Federal)[ \t\n]+(?:Attorney|Trustee|Public[ \t\n]+Defender|Marshal)|` +
	federalOfficeName + `)(?:[ \t\n]+for[ \t\n]+the[ \t\n]+` + federalDistrict + `\b)?`)

// districtOfficeNames returns the federal offices districtOffice finds: the
// office is an organisation (the guideline's "Office of the City
// Solicitor"), and its district is part of its name, no court of its own.
func districtOfficeNames(t string) []cand {
	if !strings.Contains(t, "Office") {
		return nil
	}
	return groupCands(t, districtOffice, 0, TypeOrg)
}

// districtOfficer is a federal officer's title before its district:
// "United States Attorney for the District", "U.S. Trustee for the".
var districtOfficer = regexp.MustCompile(`^(?:the[ \t]+|The[ \t]+)?(?:United[ \t\n]+States|U\.[ \t]?S\.|UNITED[ \t\n]+STATES)[ \t\n]+(?:Attorney|Trustee|Marshal|ATTORNEY|TRUSTEE|MARSHAL)[ \t\n]+(?:for|FOR)\b`)

// officeAlone is a federal office of a district named without its
// district (federalOfficeName).
var officeAlone = regexp.MustCompile(`^` + federalOfficeName + `$`)

// officerFor is a federal officer's title and "for the" right before a
// district's name: "U.S. Attorney for the " of "U.S. Attorney for the
// Southern District of New York".
var officerFor = regexp.MustCompile(federalOfficer + `[ \t\n]+for[ \t\n]+the[ \t\n]+$`)

// districtLine is a federal district's name alone on the next line, as a
// press release's header sets it under its office (group 1), or after a
// comma and before the next, as a counsel list writes it after its
// office, or at the line's end, as a press release's header does on one
// line ("U.S. Attorney's Office, Eastern District of Tennessee") (group 2).
var districtLine = regexp.MustCompile(`^(?:[ \t]*\n[ \t]*(` + federalDistrict + `)[ \t]*(?:\n|$)|,[ \t]+(` + federalDistrict + `)(?:,|[ \t]*(?:\n|$)))`)

// districtOffices mends the names the tagger cuts at a federal district:
// an office's name over its district's state ("Office of the United
// States Attorney for the District" + " of Columbia"), which is then no
// place or court of its own, and the District of Columbia whole where the
// tagger read only "Columbia"; an office a press release's header sets
// over its district's line ("U.S. Attorney’s Office" / "Southern District
// of Florida") over that line, and a counsel list's office before its
// district and a comma ("U.S. Attorney's Office, District of Maine,"), or
// a header's on one line ("U.S. Attorney's Office, Eastern District of
// Tennessee"), over the district, and the district after an officer's title
// is no court ("U.S. Attorney for the Southern District of New York"). An
// officer's title without "Office" ("United
// States Attorney for the District of Maine") is no organisation (the
// guideline's government lawyer's title): the title cut at its district
// goes.
func districtOffices(t string, cs []cand) []cand {
	if !containsAny(t, []string{"District", "DISTRICT"}) {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		// "United States Attorney for the District" (of New Jersey): an
		// officer's title cut at the district, no organisation.
		if c.typ == TypeOrg && districtEnd.MatchString(t[c.start:c.end]) && !strings.Contains(strings.ToLower(t[c.start:c.end]), "office") &&
			districtOfficer.MatchString(t[c.start:c.end]) {
			drop[i] = true
			continue
		}
		// "Preet Bharara, U.S. Attorney for the Southern District of New
		// York": the officer's district, no court.
		if c.typ == TypeCourt && officerFor.MatchString(t[max(0, c.start-40):c.start]) {
			drop[i] = true
			continue
		}
		// A press release's header: "U.S. Attorney’s Office" over
		// "Southern District of Florida" on the next line, one office.
		if c.typ == TypeOrg && officeAlone.MatchString(t[c.start:c.end]) {
			if m := districtLine.FindStringSubmatchIndex(t[c.end:]); m != nil {
				end := c.end + max(m[3], m[5])
				for j, d := range cs {
					if j != i && d.typ != TypeCase && d.start >= c.end && d.end <= end {
						drop[j] = true
					}
				}
				cs[i].end = end
				continue
			}
		}
		if c.typ == TypeOrg && districtEnd.MatchString(t[c.start:c.end]) && strings.Contains(strings.ToLower(t[c.start:c.end]), "office") {
			m := officeState.FindStringSubmatchIndex(t[c.end:])
			if m == nil {
				continue
			}
			end := c.end + m[1]
			for j, d := range cs {
				if j != i && d.typ != TypeCase && d.start >= c.end && d.end <= end {
					drop[j] = true
				}
			}
			cs[i].end = end
		}
	}
	for i, c := range cs {
		if !drop[i] && c.typ == TypeLocation && strings.EqualFold(t[c.start:c.end], "Columbia") && c.start >= len("District of ") &&
			strings.EqualFold(t[c.start-len("District of "):c.start], "District of ") {
			cs[i].start = c.start - len("District of ")
		}
	}
	return withoutDropped(cs, drop)
}

// twoWordStates extends a court's name that ends in the first word of a
// two-word state's name over the second: "United States District Court,
// D. New" + " Jersey", "S.D. New" + " York".
func twoWordStates(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCourt {
			continue
		}
		last := lastWord(t[c.start:c.end])
		switch last {
		case "New", "North", "South", "West", "Rhode", "NEW", "NORTH", "SOUTH", "WEST", "RHODE":
		default:
			continue
		}
		next := firstWord(t[c.end:min(len(t), c.end+24)])
		name := strings.TrimRight(next, ".,;:)")
		if len(t) > c.end && (t[c.end] == ' ' || t[c.end] == '\t') && StateNames[strings.ToLower(last+" "+name)] {
			cs[i].end = c.end + strings.Index(t[c.end:], name) + len(name)
		}
	}
	return cs
}

// stateBefore is a state's name, in mixed case, right before where a
// court's name starts (group 1): "Iowa " of "Iowa District Court for Polk
// County".
var stateBefore = regexp.MustCompile(`(?:^|[^A-Za-z])(` + stateNameAlt + `)[ \t]+$`)

// stateCourtStarts starts a county's trial court at the state's name
// written before it ("Iowa" + " District Court for Polk County"), which
// the patterns leave out: the state is part of the court's name.
func stateCourtStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCourt || !strings.Contains(t[c.start:c.end], " County") {
			continue
		}
		if m := stateBefore.FindStringSubmatchIndex(t[max(0, c.start-20):c.start]); m != nil && strings.ContainsFunc(t[max(0, c.start-20)+m[2]:c.start], unicode.IsLower) {
			cs[i].start = max(0, c.start-20) + m[2]
		}
	}
	return cs
}

// blankLine is a paragraph's break: a line break, an empty line.
var blankLine = regexp.MustCompile(`\n[ \t]*\n`)

// courtOverBreak reports whether a court's name runs over a blank line
// from words that name no court before it: "Appellate District\n\nCourt of
// Appeals". A stacked caption's court ("COURT OF APPEALS\n\nFOR THE FIRST
// CIRCUIT") has its court word before the break.
func courtOverBreak(name string) bool {
	b := blankLine.FindStringIndex(name)
	return b != nil && !strings.Contains(strings.ToLower(name[:b[0]]), "court")
}

// floridaDCA is a Florida District Court of Appeal named with its
// district after it, as its opinions' headers write it: "District Court
// of Appeal of Florida, Fourth District", "DISTRICT COURT OF APPEAL OF THE
// STATE OF FLORIDA FOURTH DISTRICT", "DISTRICT COURT OF APPEAL" / "FIRST
// DISTRICT, STATE OF FLORIDA". The patterns read "Court of Appeal of
// Florida, …" without its first word, or nothing over the line break.
var floridaDCA = regexp.MustCompile(`\b(?:DISTRICT[ \t]+COURT[ \t]+OF[ \t]+APPEAL|District[ \t]+Court[ \t]+of[ \t]+Appeal)` +
	`(?:,?[ \t\n]+(?:OF|of)[ \t\n]+(?:(?:THE|the)[ \t\n]+(?:STATE|State)[ \t\n]+(?:OF|of)[ \t\n]+)?(?:FLORIDA|Florida))?,?[ \t]*\n?[ \t]*` +
	`(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|First|Second|Third|Fourth|Fifth|Sixth)[ \t]+(?:DISTRICT|District)\b(?:,?[ \t]+(?:STATE[ \t]+OF[ \t]+FLORIDA|State[ \t]+of[ \t]+Florida))?`)

// stateVersus is a criminal caption in capitals run into one line, the
// state and the defendant joined by "VERSUS", as Louisiana's courts write
// it: "STATE OF LOUISIANA VERSUS JOSHUA DAVID EVANS". Groups 1 and 2 are
// the parties; the defendant's name is two to four words, none a
// heading's.
var stateVersus = regexp.MustCompile(`\b((?:STATE|COMMONWEALTH|PEOPLE[ \t]+OF[ \t]+THE[ \t]+STATE)[ \t]+OF[ \t]+[A-Z]+(?:[ \t]+[A-Z]+)?)[ \t\n]+VERSUS[ \t\n]+([A-Z][A-Z'’\-]+(?:[ \t]+(?:[A-Z][A-Z'’\-]+|[A-Z]\.)){1,3})\b`)

// stateVersusCaptions returns each stateVersus caption whose state is a
// state's name: the case, the state (an organisation, a litigant) and the
// defendant (a person), the name cut before a heading's word.
func stateVersusCaptions(t string) []cand {
	if !strings.Contains(t, "VERSUS") {
		return nil
	}
	var out []cand
	for _, m := range stateVersus.FindAllStringSubmatchIndex(t, -1) {
		state := strings.ToLower(oneSpace(t[m[2]:m[3]]))
		state = state[strings.LastIndex(state, " of ")+len(" of "):]
		if !StateNames[state] {
			continue
		}
		ws := words(t[m[4]:m[5]], m[4])
		n := 0
		for n < len(ws) && !captionHeadingWords[ws[n].text] {
			n++
		}
		if n < 2 {
			continue
		}
		e := ws[n-1].end
		out = append(out, cand{typ: TypeCase, start: m[2], end: e, source: SourcePattern},
			cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern, party: true},
			cand{typ: TypePerson, start: m[4], end: e, source: SourcePattern, party: true})
	}
	return out
}

// captionHeadingWords are the words of the headings that follow a caption
// run into one line: "… EVANS APPEAL FROM THE …", "… DOE ON APPEAL".
var captionHeadingWords = wordSet(`APPEAL ON FROM NO NO. DOCKET CASE CRIMINAL CIVIL WRIT APPLICATION`)

// bareCourtAfter is what after "Supreme Court" makes it no supreme
// court named by its kind alone, "the Supreme Court" (a proper name,
// unlike "the court", naming the country's or the state's highest court;
// resolve joins it to the one supreme court the document names in full):
// a longer name's rest ("Supreme Court of Missouri", "Supreme Court Rule
// 23", "SUPREME COURT COURT OF APPEALS", "Supreme Court Case No.
// 20S-CR-313") or a letter; its possessive ("the Supreme Court's grant
// of certiorari") is the court's. The other courts by their kind alone
// (bareCourtsByKind) end the same way.
var bareCourtAfter = regexp.MustCompile(`^(?:[ \t\n]+(?:of|OF|for|FOR|in|IN|Rules?|RULES?|Reporter|Justices?|JUSTICES?|Judicial|Court|COURT|Clerk|Building|Historical|Bar|Case|CASE|Docket|DOCKET|No\.|NO\.)(?:\b|\B)|[A-Za-z0-9])`)

// landCourtAfter is what makes "Land Court" a longer name's start ("Land
// Court of Queensland", "Land Court Rules"): the place it sits ("at the
// Land Court in Boston") does not.
var landCourtAfter = regexp.MustCompile(`^(?:[ \t\n]+(?:of|OF|Rules?|Building|Department|Case|No\.)\b|['’]s\b|[A-Za-z0-9])`)

// supremeCourtRest is "Court" after "Supreme", on its line or the next
// ("the Supreme" / "Court has dealt").
var supremeCourtRest = regexp.MustCompile(`^(?:[ \t]+|[ \t]*\n[ \t]*)(?:Court|COURT)\b`)

// bareCourtsByKind returns the supreme and the superior courts, the
// courts of appeals and the state trial courts of courtKindAt named by
// their kind alone (bareCourtAfter: "the Superior Court vacated the
// judgment" in a Pennsylvania opinion), and Massachusetts's Appeals Court
// ("the Appeals Court, by a divided court") and Land Court ("appealed to
// the Land Court", "Massachusetts Land Court"), found by their first word,
// which a regular expression with no literal start would look for at every
// byte.
func bareCourtsByKind(t string) []cand {
	var out []cand
	for _, word := range []string{"Supreme", "SUPREME", "Superior", "SUPERIOR", "Appeals", "Land"} {
		for s := range occurrences(t, word, 0) {
			i := s + len(word)
			m := supremeCourtRest.FindStringIndex(t[i:])
			if m == nil || s > 0 && isWordByte(t[s-1]) || word != "Land" && bareCourtAfter.MatchString(t[i+m[1]:]) || word == "Land" && landCourtAfter.MatchString(t[i+m[1]:]) {
				continue
			}
			// The Land Court of the two states that have one, named with
			// its state or alone.
			if word == "Land" {
				for _, st := range []string{"Massachusetts ", "Hawaii ", "Hawai‘i "} {
					if strings.HasSuffix(t[:s], st) {
						s -= len(st)
						break
					}
				}
			}
			// Massachusetts's "Appeals Court" and "Land Court" by their
			// names alone, not a longer name's end ("Texas Appeals
			// Court", "Native Land Court").
			if (word == "Appeals" || word == "Land") && lastWordCapitalised(t[:s]) {
				continue
			}
			out = append(out, cand{typ: TypeCourt, start: s, end: i + m[1], source: SourcePattern})
		}
	}
	out = append(out, highCourts(t)...)
	// "the Court of Appeals affirmed" in a state supreme court's opinion,
	// "appeal from the Circuit Court": a state's intermediate or trial
	// court by its kind alone after "the" (courtKindAt), no longer name's
	// end ("Michigan Court of Appeals") or start ("Court of Appeals of
	// Maryland", "Court of Appeals for the Ninth Circuit", "County Court
	// at Law No. 2").
	for i := range occurrences(t, "Court", 0) {
		s, e, ok := courtKindAt(t, i)
		if ok && strings.EqualFold(lastWord(t[max(0, s-12):s]), "the") && !bareCourtAfter.MatchString(t[e:]) && !strings.HasPrefix(t[e:], " at Law") {
			out = append(out, cand{typ: TypeCourt, start: s, end: e, source: SourcePattern})
		}
	}
	slices.SortFunc(out, func(a, b cand) int { return a.start - b.start })
	return out
}

// namedBareCourts drops, over the whole document, the courts named by
// their kind alone ("the Court of Appeals", "the Circuit Court") where the
// document names one of that kind in full ("Kentucky Court of Appeals",
// "Circuit Court of Cook County"), which resolve does not join them to:
// the full name is the court's node. A federal court of appeals' name
// written "Ninth Circuit Court of Appeals" names no circuit court.
func namedBareCourts(ms []Mention) []Mention {
	named := map[string]bool{}
	for _, m := range ms {
		if k := " " + nameKey(m.Text) + " "; m.Type == TypeCourt && !courtKinds[strings.TrimSpace(k)] {
			for kind := range courtKinds {
				named[kind] = named[kind] || strings.Contains(k, " "+kind+" ") && !(kind == "circuit court" && strings.Contains(k, " circuit court of appeals "))
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Type == TypeCourt && named[nameKey(m.Text)] })
}

// courtKinds are the courts' kinds that courtKindAt reads, as nameKey
// writes them.
var courtKinds = map[string]bool{"court of appeals": true, "court of appeal": true, "appellate court": true, "circuit court": true,
	"court of common pleas": true, "county court": true, "probate court": true, "municipal court": true, "court of claims": true}

// courtKindAt returns the court's kind around the "Court" at i of t:
// "Court of Appeals", "Court of Appeal", "Court of Common Pleas", "Court
// of Claims" from it, "Appellate Court", "Circuit Court", "County Court",
// "Probate Court", "Municipal Court" to its end; not "District Court",
// which federal opinions write for a court they name nowhere else and
// labellers leave unnamed.
func courtKindAt(t string, i int) (s, e int, ok bool) {
	if m := courtOfKind.FindStringIndex(t[i:]); m != nil {
		return i, i + m[1], true
	}
	if m := kindOfCourt.FindStringIndex(t[max(0, i-12):i]); m != nil {
		return max(0, i-12) + m[0], i + 5, true
	}
	return 0, 0, false
}

// courtOfKind and kindOfCourt are courtKindAt's kinds after and before
// "Court".
var (
	courtOfKind = regexp.MustCompile(`^Court[ \t]+of[ \t]+(?:Appeals?|Common[ \t]+Pleas|Claims)\b`)
	kindOfCourt = regexp.MustCompile(`\b(?:Appellate|Circuit|County|Probate|Municipal)[ \t]+$`)
)

// highCourt is a High Court, the common-law countries' superior court of
// first instance, by its kind alone or with its country or its division
// after "of" ("the High Court", "High Court of Ireland", "High Court of
// Justice"), after its seat or state's name or not ("Delhi High Court",
// "Kerala High Court"); the tagger reads it as an organisation.
var highCourt = regexp.MustCompile(`\b(?:[A-Z][a-z]+[ \t]+)?(?:High|HIGH)[ \t]+(?:Court|COURT)\b(?:[ \t]+(?:of|OF)[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?)?`)

// highCourts returns the courts highCourt finds; a capitalised word before
// "High" that opens a sentence or a title ("The", "A") is none of it.
func highCourts(t string) []cand {
	if !containsAny(t, []string{"High Court", "HIGH COURT"}) {
		return nil
	}
	var out []cand
	for _, m := range highCourt.FindAllStringIndex(t, -1) {
		s := m[0]
		w := firstWord(t[s:m[1]])
		if lw := strings.ToLower(w); lw != "high" && (nameDeterminers[lw] || titleWords[lw] || roleWords[lw]) {
			s = afterBlanks(t, s+len(w), m[1])
		}
		out = append(out, cand{typ: TypeCourt, start: s, end: m[1], source: SourcePattern})
	}
	return out
}

// nyDepartmentAfter is a New York Appellate Division's department after its
// name: ", Second Department".
var nyDepartmentAfter = regexp.MustCompile(`^,?[ \t]+(?:First|Second|Third|Fourth|FIRST|SECOND|THIRD|FOURTH)[ \t]+(?:Department|DEPARTMENT)\b`)

// bareAppellateDivisions returns New Jersey's and New York's intermediate
// appellate court by its name alone, "the Appellate Division" ("the
// Appellate Division reversed", "the Appellate Division's recent
// decision"), with New York's department after it; the end of a longer
// name ("Superior Court of New Jersey, Appellate Division",
// "Massachusetts Appellate Division") or its start ("Appellate Division of
// the Supreme Court") is the patterns'.
func bareAppellateDivisions(t string) []cand {
	var out []cand
	for _, name := range []string{"Appellate Division", "APPELLATE DIVISION"} {
		for s := range occurrences(t, name, 0) {
			e := s + len(name)
			if !wholeWord(t, s, e) || !strings.HasSuffix(t[:s], "the ") && !strings.HasSuffix(t[:s], "The ") && !strings.HasSuffix(t[:s], "THE ") ||
				strings.HasPrefix(t[e:], " of ") || strings.HasPrefix(t[e:], " OF ") {
				continue
			}
			if m := nyDepartmentAfter.FindStringIndex(t[e:]); m != nil {
				e += m[1]
			}
			out = append(out, cand{typ: TypeCourt, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// louisianaCircuit is a Louisiana court of appeal named with its circuit,
// as its opinions' headers write it: "Court of Appeal of Louisiana, First
// Circuit", "STATE OF LOUISIANA COURT OF APPEAL, THIRD CIRCUIT", "THE COURT
// OF APPEAL," / "FIFTH CIRCUIT". The patterns read "First Circuit" alone,
// which is the federal court's name. (California's Court of Appeal has
// appellate districts, not circuits.)
var louisianaCircuit = regexp.MustCompile(`\b(?:(?:STATE[ \t]+OF[ \t]+LOUISIANA|Louisiana)[ \t\n]+)?(?:COURT[ \t]+OF[ \t]+APPEAL|Court[ \t]+of[ \t]+Appeal)` +
	`(?:[ \t\n]+(?:OF|of)[ \t\n]+(?:LOUISIANA|Louisiana))?,?[ \t\n]+(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|First|Second|Third|Fourth|Fifth)[ \t\n]+(?:CIRCUIT|Circuit)\b`)

// louisianaCircuits returns the courts louisianaCircuit finds.
func louisianaCircuits(t string) []cand {
	if !strings.Contains(t, "IRCUIT") && !strings.Contains(t, "ircuit") || !singularAppeal(t) {
		return nil
	}
	return groupCands(t, louisianaCircuit, 0, TypeCourt)
}

// singularAppeal reports whether t names a "Court of Appeal" (not "of
// Appeals"), as Louisiana's and California's courts are named.
func singularAppeal(t string) bool {
	for _, name := range []string{"Court of Appeal", "COURT OF APPEAL"} {
		for s := range occurrences(t, name, 0) {
			if i := s + len(name); i == len(t) || t[i] != 's' && t[i] != 'S' {
				return true
			}
		}
	}
	return false
}

// floridaDCAs returns the courts floridaDCA finds.
func floridaDCAs(t string) []cand {
	if !strings.Contains(t, "ppeal") && !strings.Contains(t, "PPEAL") {
		return nil
	}
	return groupCands(t, floridaDCA, 0, TypeCourt)
}

// appellateDistrictCourt is Illinois's appellate court of a district
// named "for" it, as the state's reports write the court below: "the
// Appellate Court for the Third District".
var appellateDistrictCourt = regexp.MustCompile(`\b(?:Appellate[ \t\n]+Court|APPELLATE[ \t\n]+COURT)[ \t\n]+(?:for|FOR)[ \t\n]+(?:the|THE)[ \t\n]+` +
	`(?:First|Second|Third|Fourth|Fifth|FIRST|SECOND|THIRD|FOURTH|FIFTH)[ \t\n]+(?:District|DISTRICT)\b`)

// appellateDistrictCourts returns the courts appellateDistrictCourt finds.
func appellateDistrictCourts(t string) []cand {
	if !strings.Contains(t, "ppellate") && !strings.Contains(t, "PPELLATE") {
		return nil
	}
	return groupCands(t, appellateDistrictCourt, 0, TypeCourt)
}

// tennesseeSeat is where a Tennessee appellate court sits, after its name
// (on the next line in a caption): " AT NASHVILLE", " at Knoxville".
var tennesseeSeat = regexp.MustCompile(`^[ \t]*\n?[ \t]*(?:AT|[Aa]t)[ \t]+(?:NASHVILLE|KNOXVILLE|JACKSON|Nashville|Knoxville|Jackson)\b`)

// courtSeats extends a Tennessee appellate court's name over the seat it
// sits at, part of its name ("Court of Appeals of Tennessee at
// Nashville"), as its captions write it, and a Texas court of appeals'
// over its district and seat ("Court of Appeals of Texas, Austin"), the
// courts of civil appeals' before 1981 too ("Court of Civil Appeals of
// Texas, Dallas").
func courtSeats(t string, cs []cand) []cand {
	tennessee, texas := containsAny(t, []string{"TENNESSEE", "Tennessee"}), containsAny(t, []string{"TEXAS", "Texas"})
	if !tennessee && !texas {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeCourt {
			continue
		}
		name := strings.ToLower(t[c.start:c.end])
		seat := tennesseeSeat
		switch {
		case tennessee && strings.HasSuffix(name, "tennessee"):
		case texas && (strings.HasSuffix(name, "court of appeals of texas") || strings.HasSuffix(name, "court of civil appeals of texas") || strings.HasPrefix(name, "texas court of appeals")):
			seat = texasSeat
		default:
			continue
		}
		if m := seat.FindStringIndex(t[c.end:]); m != nil {
			cs[i].end = c.end + m[1]
		}
	}
	return cs
}

// courtLeadLabel is a docket's label and a number cut short before a
// court's name ("No. C " of "Case No. C Sacramento County Superior
// Court"), or a contents' section numbers ("III. IV. "); courtTailTitle is
// a judge's title after it (" The Honorable" of "Superior Court, County
// of Sacramento The Honorable Timothy M. Frawley") or a docket's label ("…
// District of Columbia Case No.").
var (
	courtLeadLabel = regexp.MustCompile(`^(?:No|NO)\.?[ \t]+(?:[A-Z0-9][A-Z0-9\-]{0,12}[ \t]+)?|^(?:[IVX]{1,4}\.[ \t]+)+`)
	courtTailTitle = regexp.MustCompile(`[ \t\n]+(?:(?:The[ \t]+|THE[ \t]+)?(?:Honorable|HONORABLE|Hon\.|HON\.)|Case|CASE)$`)
)

// appealsLineBefore is Ohio's header's "COURT OF APPEALS" on the line
// above its district: "IN THE COURT OF APPEALS" / "ELEVENTH APPELLATE
// DISTRICT".
var appealsLineBefore = regexp.MustCompile(`(?:COURT[ \t]+OF[ \t]+APPEALS|Court[ \t]+of[ \t]+Appeals)[ \t]*\n[ \t]*$`)

// appellateDistrictOnly is a district of an appellate court alone:
// "ELEVENTH APPELLATE DISTRICT".
var appellateDistrictOnly = regexp.MustCompile(`^(?:[A-Z]+|[A-Z][a-z]+)[ \t]+(?:APPELLATE[ \t]+DISTRICT|Appellate[ \t]+District)$`)

// courtEdges cuts a docket's label before a court's name and a judge's
// title after it, starts an appellate district at the court of appeals on
// the line above it, and a federal court's name at the "US" before it.
func courtEdges(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCourt {
			continue
		}
		if appellateDistrictOnly.MatchString(t[c.start:c.end]) {
			if m := appealsLineBefore.FindStringIndex(t[max(0, c.start-40):c.start]); m != nil {
				cs[i].start = max(0, c.start-40) + m[0]
				continue
			}
		}
		name := t[c.start:c.end]
		if m := courtLeadLabel.FindStringIndex(name); m != nil && m[1] < len(name) && startsUpper(name[m[1]:]) {
			cs[i].start = c.start + m[1]
		}
		if m := courtTailTitle.FindStringIndex(t[cs[i].start:c.end]); m != nil && m[0] > 0 {
			cs[i].end = cs[i].start + m[0]
		}
		// "US Court of Appeals for the Third Circuit", as Justia's pages
		// head a federal court's opinion, "United States Bankruptcy
		// Appellate Panel for the First Circuit": the country is the
		// court's.
		if s := cs[i].start; usCourtStart.MatchString(t[s:cs[i].end]) {
			if m := countryBefore.FindStringSubmatchIndex(t[max(0, s-16):s]); m != nil {
				cs[i].start = max(0, s-16) + m[2]
			}
		}
	}
	return cs
}

// usCourtStart is the start of a federal court's name that "US" may open:
// a court of appeals, a district or bankruptcy court, a bankruptcy
// appellate panel, the Court of Federal Claims, the Court of
// International Trade, the Tax Court; and the Supreme Court by that name
// alone ("U.S. Supreme Court", as the news names it; "Supreme Court of
// Ohio" is a state's).
var usCourtStart = regexp.MustCompile(`^(?i:court[ \t]+of[ \t]+(?:appeals|federal[ \t]+claims|international[ \t]+trade)|(?:district|bankruptcy|tax)[ \t]+court|bankruptcy[ \t]+appellate[ \t]+panel)\b|^(?i:supreme[ \t]+court)$`)

// countryBefore is the country's name right before a federal court's on
// its line: "US ", "U.S. ", "United States ", "UNITED STATES ".
// Group 1 is the name.
var countryBefore = regexp.MustCompile(`(?:^|[^A-Za-z.])((?:US|U\.[ \t]?S\.|United[ \t]+States|UNITED[ \t]+STATES)[ \t]+)$`)

// circuitAfter is the D.C. Circuit's or the Federal Circuit's name after a
// court of appeals' ("United States Court of Appeals" + " for the District
// of Columbia Circuit"), which the patterns read only as "D.C. Circuit".
var circuitAfter = regexp.MustCompile(`^[ \t\n]+(?:for|FOR)[ \t\n]+(?:the|THE)[ \t\n]+(?:District[ \t\n]+of[ \t\n]+Columbia|DISTRICT[ \t\n]+OF[ \t\n]+COLUMBIA|Federal|FEDERAL)[ \t\n]+(?:Circuit|CIRCUIT)\b`)

// circuitCourts extends a court of appeals' name over the D.C. or the
// Federal Circuit after it (circuitAfter); the place inside goes.
func circuitCourts(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Columbia", "COLUMBIA", "Federal", "FEDERAL"}) {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if c.typ != TypeCourt || !strings.HasSuffix(strings.ToLower(t[c.start:c.end]), "court of appeals") {
			continue
		}
		if m := circuitAfter.FindStringIndex(t[c.end:]); m != nil {
			cs[i].end = c.end + m[1]
			grown = append(grown, i)
		}
	}
	return withoutGrownInside(cs, grown, nil)
}

// TexasDistricts are the seats of Texas's fourteen courts of appeals by
// their districts: the first and the fourteenth both sit in Houston (their
// headers add the number: "Houston (14th Dist.)"), the thirteenth in
// Corpus Christi and Edinburg. The one table that texasSeat reads seats
// by and resolve keys the courts by.
var TexasDistricts = map[string][]string{
	"first": {"Houston"}, "second": {"Fort Worth"}, "third": {"Austin"}, "fourth": {"San Antonio"}, "fifth": {"Dallas"},
	"sixth": {"Texarkana"}, "seventh": {"Amarillo"}, "eighth": {"El Paso"}, "ninth": {"Beaumont"}, "tenth": {"Waco"},
	"eleventh": {"Eastland"}, "twelfth": {"Tyler"}, "thirteenth": {"Corpus Christi-Edinburg", "Corpus Christi", "Edinburg"},
	"fourteenth": {"Houston"},
}

// texasSeat is the district and the seat of a Texas court of appeals
// after its name, as its opinions' headers write them: ", Austin", ",
// Third District, at Austin", ", Houston (14th Dist.)" (TexasDistricts).
var texasSeat = func() *regexp.Regexp {
	var ordinals, seats []string
	seen := map[string]bool{}
	for district, names := range TexasDistricts {
		ordinals = append(ordinals, district)
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				seats = append(seats, strings.ReplaceAll(regexp.QuoteMeta(n), " ", `[ \t]+`))
			}
		}
	}
	// Longest first: "Corpus Christi-Edinburg" before "Corpus Christi".
	slices.SortFunc(seats, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	slices.Sort(ordinals)
	return regexp.MustCompile(`^,?[ \t]+(?i:(?:` + strings.Join(ordinals, "|") + `)[ \t]+District,?[ \t]+)?(?i:at[ \t]+)?` +
		`(?i:(?:` + strings.Join(seats, "|") + `)(?:[ \t]+\((?:1st|14th)[ \t]+Dist\.\)|\b))`)
}()

// okina is Hawaii's name written with its ʻokina (or an apostrophe in its
// place): "Hawaiʻi", "HAWAI'I".
var okina = regexp.MustCompile(`(?i:hawai)(?:'|ʻ|’|‘)(?i:i)\b`)

// okinaNames finds the names that Hawaii's name written with its ʻokina
// ends or holds ("SUPREME COURT OF THE STATE OF HAWAI'I", "State of
// Hawaiʻi", "Hawai'i Supreme Court"), which the patterns, written for
// "Hawaii", cut at the mark: it reads the text with the mark and its
// letter written as "Hawaii" and blanks with the patterns and the state
// courts' names (respelled). It runs after the tagger.
func okinaNames(t string) []cand {
	return respelled(t, okina, func(w string) string {
		h := "Hawaii"
		if strings.ToUpper(w[:5]) == w[:5] {
			h = "HAWAII"
		}
		return h + strings.Repeat(" ", len(w)-len(h))
	}, patternMentions, stateCourtNames)
}

// spacedAgainst is New York's caption's "- against -" with spaces inside,
// and its "-v-", on a line of their own, and a "-v-" or "–v–" between
// dashes inside a line after a party's role ("John Smith, Appellant, -v-
// Acme Corp."), where a party's role at trial in parentheses after its
// role on appeal, which the caption finders do not read, is cut too
// ("Jesse L. Payne, Appellant (Defendant), –v– State of Indiana").
var spacedAgainst = regexp.MustCompile(`(?m)^[ \t]*-[ \t]+against[ \t]+-[ \t]*$|^[ \t]*-[ \t]?v\.?[ \t]?-[ \t]*$|` +
	`,[ \t]+` + CaptionRole + `,[ \t]+(?:–v–|—v—|-v-)[ \t]|` +
	`[ \t]\((?:Defendant|Plaintiff|Petitioner|Respondent)s?\),[ \t]+(?:–v–|—v—|-v-|v\.)[ \t]`)

// dashedVersus is the "v." of spacedAgainst's match, between dashes.
var dashedVersus = regexp.MustCompile(`-[ \t]?v\.?[ \t]?-|–v–|—v—`)

// againstCaptions finds the captions whose "- against -" has spaces
// inside or whose "v." is written "-v-", which the caption finders read
// only as "-against-" and "v."; it runs after the tagger.
func againstCaptions(t string) []cand {
	if !containsAny(t, []string{"- against", "-against", "-v", "- v", "–v", "—v", "(Defendant", "(Plaintiff", "(Petitioner", "(Respondent"}) {
		return nil
	}
	cs := respelled(t, spacedAgainst, func(w string) string {
		k := len(w) - len(strings.TrimLeft(w, " \t"))
		switch {
		case strings.HasPrefix(w[k:], "("):
			return ", v." + strings.Repeat(" ", len(w)-len(", v."))
		case strings.Contains(w, "against"):
			return w[:k] + "-against-" + strings.Repeat(" ", len(w)-k-len("-against-"))
		}
		v := dashedVersus.FindStringIndex(w)
		return w[:v[0]] + "v." + strings.Repeat(" ", len(w)-v[0]-len("v."))
	}, roleCaptions, patternMentions)
	// "Case No. 20S-CR-313 Jesse L. Payne, Appellant …": a caption run
	// into its docket line starts after the docket number.
	for i, c := range cs {
		if c.typ != TypeCase && !c.party {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		k := 0
		for k < len(ws)-1 && strings.ContainsAny(ws[k].text, "0123456789") {
			k++
		}
		if k > 0 {
			cs[i].start = ws[k].start
			if c.party {
				cs[i].typ = partyType(t[cs[i].start:c.end])
			}
		}
	}
	return cs
}

// respelled runs finds over t with each match of re written as repl gives
// it, in the same number of bytes (so the offsets hold), and keeps the
// names that hold a match's start, grown over the match where they end
// inside it, and the parties of the cases among them.
func respelled(t string, re *regexp.Regexp, repl func(string) string, finds ...func(string) []cand) []cand {
	ms := re.FindAllStringIndex(t, -1)
	if ms == nil {
		return nil
	}
	b := []byte(t)
	for _, m := range ms {
		copy(b[m[0]:m[1]], repl(t[m[0]:m[1]]))
	}
	var out []cand
	for _, find := range finds {
		found := find(string(b))
		var cases [][2]int
		for _, c := range found {
			for _, m := range ms {
				if c.start <= m[0] && c.end > m[0] {
					c.end = max(c.end, m[1])
					out = append(out, c)
					if c.typ == TypeCase {
						cases = append(cases, [2]int{c.start, c.end})
					}
					break
				}
			}
		}
		// The parties of a case so found, after the match too.
		for _, c := range found {
			if c.party && slices.ContainsFunc(cases, func(k [2]int) bool { return k[0] <= c.start && c.end <= k[1] }) && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// territoryCourt is a court of a territory of the United States by its
// name, which the states' court expressions do not read: "Superior Court
// of Guam", "SUPREME COURT OF THE VIRGIN ISLANDS", "District Court of the
// Virgin Islands, Appellate Division", "Superior Court of the Virgin
// Islands, Division of St. Croix", "Supreme Court of the Commonwealth of
// the Northern Mariana Islands", "High Court of American Samoa".
var territoryCourt = regexp.MustCompile(`\b(?i:supreme|superior|district|high|trial)[ \t\n]+(?i:court)[ \t\n]+(?i:of)[ \t\n]+(?:(?i:the)[ \t\n]+)?` +
	`(?:(?i:commonwealth)[ \t\n]+(?i:of)[ \t\n]+(?i:the)[ \t\n]+)?(?:(?i:guam)|(?i:virgin)[ \t\n]+(?i:islands)|(?i:northern)[ \t\n]+(?i:mariana)[ \t\n]+(?i:islands)|(?i:american)[ \t\n]+(?i:samoa))\b` +
	`(?:,[ \t]+(?:(?i:appellate)[ \t]+(?i:division)|(?i:division)[ \t]+(?i:of)[ \t]+(?:St\.|ST\.)[ \t]+(?:Croix|CROIX|Thomas(?:[ \t]+and[ \t]+St\.[ \t]+John)?|THOMAS(?:[ \t]+AND[ \t]+ST\.[ \t]+JOHN)?)))?`)

// commonwealthCourt is a court of the Commonwealth's countries by its
// usual names, which the table of United States courts does not know:
// "High Court of Justice", "High Court of Zimbabwe", "Bombay High Court",
// "Court of Appeal for Ontario", "Ontario Superior Court of Justice",
// "Court of King's Bench of Alberta", "Federal Court of Australia",
// "Federal Court of Appeal", "Upper Tribunal (Immigration and Asylum
// Chamber)".
var commonwealthCourt = regexp.MustCompile(`\b(?:High[ \t]+Court[ \t]+of[ \t]+(?:Justice|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)` +
	`|(?:Bombay|Delhi|Madras|Calcutta|Allahabad|Punjab[ \t]+and[ \t]+Haryana|Kerala|Karnataka|Gujarat|Patna|Orissa|Rajasthan)[ \t]+High[ \t]+Court` +
	`|Court[ \t]+of[ \t]+Appeal[ \t]+(?:for|of)[ \t]+(?:Ontario|British[ \t]+Columbia|Alberta|Saskatchewan|Manitoba|Quebec|New[ \t]+Brunswick|Nova[ \t]+Scotia|Newfoundland(?:[ \t]+and[ \t]+Labrador)?|England[ \t]+and[ \t]+Wales|New[ \t]+Zealand|Singapore|Kenya|Hong[ \t]+Kong)` +
	`|(?:(?:Ontario|Quebec)[ \t]+)?Superior[ \t]+Court[ \t]+of[ \t]+Justice` +
	`|Court[ \t]+of[ \t]+(?:Queen|King)['’]s[ \t]+Bench(?:[ \t]+(?:of|for)[ \t]+(?:Alberta|Saskatchewan|Manitoba|New[ \t]+Brunswick))?` +
	`|Federal[ \t]+Court[ \t]+of[ \t]+(?:Australia|Canada|Appeal))\b` +
	`|\b(?:First-tier|Upper)[ \t]+Tribunal\b(?:[ \t]+\((?:[A-Z][a-z]+[ \t]+(?:and[ \t]+)?)+Chamber\))?`)

// commonwealthNeedles are in every text commonwealthCourt matches.
var commonwealthNeedles = []string{"High Court", "Court of Appeal ", "Superior Court of Justice", "s Bench", "Federal Court of", "Tribunal"}

// commonwealthCourts finds the courts commonwealthCourt names; it runs
// after the tagger. A name of the table's that overlaps one is merged as
// the longer.
func commonwealthCourts(t string) []cand {
	if !containsAny(t, commonwealthNeedles) {
		return nil
	}
	return groupCands(t, commonwealthCourt, 0, TypeCourt)
}

// territoryNeedles are in every text territoryCourt matches.
var territoryNeedles = []string{"Guam", "GUAM", "Virgin", "VIRGIN", "Mariana", "MARIANA", "Samoa", "SAMOA"}

// territoryCourts finds the courts territoryCourt names; it runs after
// the tagger.
func territoryCourts(t string) []cand {
	if !containsAny(t, territoryNeedles) {
		return nil
	}
	return groupCands(t, territoryCourt, 0, TypeCourt)
}

// courtCountyAfter is a county after a trial court's name that does not
// end in one: ", Tarrant County", " of Nueces County", " for Ada County",
// and California's ", City and County of San Francisco", " County of
// Sacramento", " FOR THE COUNTY OF LOS ANGELES".
var courtCountyAfter = regexp.MustCompile(`^(?:(?:,[ \t]+|[ \t]+(?:of|for|in[ \t]+and[ \t]+for)[ \t]+)(?:[A-Z][A-Za-z.'’\-]*[ \t]+){1,3}(?:County|Parish)\b` +
	`|,?[ \t]+(?:(?i:in[ \t]+and[ \t]+)?(?i:for)[ \t]+(?i:the)[ \t]+)?(?:(?i:city[ \t]+and)[ \t]+)?(?:County|COUNTY)[ \t]+(?:of|OF)[ \t]+[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*)?\b)`)

// courtCounties grows a state trial court's name over the county after
// it, as its heading and the appellate courts write it: "17th Judicial
// District Court" + ", Tarrant County", "319th District Court" + " of
// Nueces County". Two courts' names the finders read apart over the same
// words ("17th Judicial District Court" and "District Court, Tarrant
// County") are one. A federal court takes no county; the state after the
// county stays a place of its own (the labelled sets are split on it:
// taking it lost two entities of the court set and one held out).
func courtCounties(t string, cs []cand) []cand {
	if !containsAny(t, []string{"County", "Parish"}) {
		return cs
	}
	var courts []int
	for i, c := range cs {
		if c.typ == TypeCourt {
			courts = append(courts, i)
		}
	}
	slices.SortFunc(courts, func(a, b int) int { return cs[a].start - cs[b].start })
	// Each court takes in the ones after it that start inside it and end
	// beyond it, in a chain too.
	drop := map[int]bool{}
	last := -1
	for _, i := range courts {
		switch {
		case last >= 0 && cs[i].start > cs[last].start && cs[i].start < cs[last].end && cs[i].end > cs[last].end:
			cs[last].end = cs[i].end
			drop[i] = true
		case last < 0 || cs[i].end > cs[last].end:
			last = i
		}
	}
	for _, i := range courts {
		c := &cs[i]
		if drop[i] {
			continue
		}
		name := t[c.start:c.end]
		if !strings.Contains(name, "Court") || strings.Contains(name, "United States") || strings.Contains(name, "Federal") {
			continue
		}
		if !strings.HasSuffix(name, "County") && !strings.HasSuffix(name, "Parish") {
			if m := courtCountyAfter.FindStringIndex(t[c.end:]); m != nil {
				c.end += m[1]
				// "County of Sacramento The court": a sentence's next word.
				if w := lastWord(t[c.start:c.end]); leadingNoise[strings.ToLower(w)] {
					c.end = len(strings.TrimRight(t[:c.end-len(w)], " \t"))
				}
			}
		}
	}
	return withoutDropped(cs, drop)
}

// districtCourtAfter is "Court" or "Courts" right after a federal district
// court's name the tagger cut before it ("United States District" +
// " Court.", and a footnote's number glued to it, which the guideline
// keeps as the text writes it: " Court1 for"); group 1 is the plural's
// "s".
var districtCourtAfter = regexp.MustCompile(`^[ \t]+(?:Court|COURT)(s|S)?(?:\d+|\b)`)

// districtCourtEnds makes an organisation the tagger read as "United
// States District" before "Court" the court ("removed to the United States
// District Court."), and drops one before "Courts": a research site's
// category ("United States District Courts. 9th Circuit."), no court. It
// runs last of nameMends, after the mends that cut a site's label glued
// before the name ("CourtUnited States District Courts.").
func districtCourtEnds(t string, cs []cand) []cand {
	if !containsAny(t, []string{"District Court", "DISTRICT COURT"}) {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if name := oneSpace(t[c.start:c.end]); !strings.EqualFold(name, "United States District") && !strings.EqualFold(name, "U.S. District") {
			continue
		}
		m := districtCourtAfter.FindStringSubmatchIndex(t[c.end:])
		switch {
		case m == nil:
		case m[2] >= 0:
			drop[i] = true
		default:
			cs[i].typ, cs[i].end = TypeCourt, c.end+m[1]
		}
	}
	return withoutDropped(cs, drop)
}
