package extract

import (
	"regexp"
	"strings"
)

// districtCourt is a federal district court in the forms a caption or an
// opinion's heading writes it without "for the": "UNITED STATES DISTRICT
// COURT NORTHERN DISTRICT OF ALABAMA" (often over two lines), "United
// States District Court, N.D. Texas", "… District Court, D. Kansas". Group 1 is the state's name (one or
// two words, checked by districtState).
var districtCourt = regexp.MustCompile(`(?:(?i:united[ \t]+states)[ \t]+)?(?i:district)[ \t]+(?i:court)(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)` +
	`(?:(?:(?i:northern|southern|eastern|western|middle|central)[ \t]+)?(?i:district)[ \t]+(?i:of)[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)` +
	`|(?:[NSEWMC]\.[ \t]?)?D\.[ \t]+([A-Z][a-z]+\.?))`)

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
		} else if st := t[m[4]:m[5]]; strings.HasSuffix(st, ".") && locationSet[strings.ToLower(strings.TrimSuffix(st, "."))] {
			e-- // "D. Kansas." ends a sentence; "D. Kan." is abbreviated
		}
		out = append(out, cand{typ: TypeCourt, start: m[0], end: e, source: SourcePattern})
	}
	return out
}

// districtState returns where the state's name at t[s:e] ends: the two
// words when they name a place ("North Carolina"), the first when only it
// does ("COLORADO" of "COLORADO Chief"), else -1.
func districtState(t string, s, e int) int {
	name := strings.ToLower(strings.Join(strings.Fields(t[s:e]), " "))
	if locationSet[name] {
		return e
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

// forCircuit is a circuit court's name after a comma: "United States Court
// of Appeals, For the First Circuit".
var forCircuit = regexp.MustCompile(`^,[ \t]+(?i:for[ \t]+the)[ \t]+(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)|D\.C\.|District[ \t]+of[ \t]+Columbia)[ \t]+(?i:circuit)\b`)

// circuitAfterComma extends a court of appeals' name over its circuit
// written after a comma; the patterns read "First Circuit" alone.
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
// first ("Florida Supreme Court"), a circuit or county court "for" its
// county ("Circuit Court for Alachua County", "Circuit Court in and for
// Dade County"), a superior court of its county ("Superior Court of Los
// Angeles County"), California's appellate districts ("Court of Appeal of
// the State of California Second Appellate District Division One",
// "SECOND APPELLATE DISTRICT, DIVISION THREE"). Group 1 is the state's
// name of the supreme court's form, which must name one.
var localCourt = regexp.MustCompile(`\b(?:(?i:first|second|third|fourth|fifth|sixth)|\d(?:st|nd|rd|th|d))[ \t]+(?i:district[ \t]+court[ \t]+of[ \t]+appeal)\b` +
	`|\bFla\.[ \t]?\d(?:st|nd|rd|th|d)[ \t]?DCA\b` +
	`|\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+Supreme[ \t]+Court\b` +
	`|\b(?i:circuit|county)[ \t]+(?i:court)[ \t]+(?i:for|in[ \t]+and[ \t]+for)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?i:county)\b` +
	`|\b(?i:superior[ \t]+court[ \t]+of)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?i:county)\b` +
	`|\b(?:(?i:court[ \t]+of[ \t]+appeal)(?:[ \t]+(?i:of[ \t]+the[ \t]+state[ \t]+of)[ \t]+[A-Z][A-Za-z]+)?,?[ \t\n]+)?` + courtOrdinal + `[ \t]+(?i:appellate[ \t]+district)(?:,?[ \t\n]+(?i:division)[ \t]+(?:` + courtOrdinal + `|\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?\b`)

// localCourts returns the courts localCourt finds.
func localCourts(t string) []cand {
	if !containsAny(t, []string{"ppeal", "PPEAL", "DCA", "Supreme", "County", "COUNTY", "ppellate", "PPELLATE"}) {
		return nil
	}
	var out []cand
	for _, m := range localCourt.FindAllStringSubmatchIndex(t, -1) {
		if m[2] >= 0 && !locationSet[strings.ToLower(oneSpace(t[m[2]:m[3]]))] {
			continue
		}
		out = append(out, cand{typ: TypeCourt, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}
