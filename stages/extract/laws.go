package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/runscan"
)

// State statutes, codes and constitutions in the forms state courts,
// agencies and contracts cite them. The patterns read the federal forms
// (U.S.C., C.F.R.) and a code named in words; these passes read the rest
// after the tagger, whose features the patterns' hits are, so that the
// shipped model stays what its training data make.

// stateAbbrevs are the states' and territories' abbreviations that open a
// citation of their codes and constitutions (the Bluebook's table T1):
// "Colo. Const.", "N.J. Stat. Ann.", "Ohio Rev. Code".
var stateAbbrevs = strings.Fields(`Ala. Alaska Ariz. Ark. Cal. Colo. Conn. Del. D.C. Fla. Ga. Haw. Idaho Ill. Ind.
	Iowa Kan. Ky. La. Me. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Ohio
	Okla. Or. Pa. R.I. S.C. S.D. Tenn. Tex. Utah Vt. Va. Wash. W.Va. Wis. Wyo. P.R. V.I. Guam`)

// olderStateAbbrevs are the older and the news's abbreviations of states
// that reporters and papers still print beside the Bluebook's (their keys
// are CitationStates' too): "Calif.", "Ore.".
var olderStateAbbrevs = strings.Fields(`Calif. Ore. Penn. Wisc.`)

// abbreviationMarks are what a state's abbreviation carries besides its
// letters ("N. Y.", "Wis."), which citationState drops.
var abbreviationMarks = strings.NewReplacer(".", "", " ", "", "\t", "")

// citationState returns the state a citation's abbreviation names ("Wis.",
// "N. Y." → "wisconsin", "new york"), or "".
func citationState(abbr string) string {
	return CitationStates[strings.ToLower(abbreviationMarks.Replace(abbr))]
}

// CitationStates are the states' citation abbreviations, lower case
// without periods or spaces, with the state each names: the Bluebook's
// (table T10, stateAbbrevs) and the older forms reporters still print
// ("Calif.", "Ore.", "Penn.", "Wisc."). Resolve reads courts' and places'
// abbreviations with them; addressPlaces, a city's state.
var CitationStates = map[string]string{
	"ala": "alabama", "alaska": "alaska", "ariz": "arizona", "ark": "arkansas", "cal": "california",
	"colo": "colorado", "conn": "connecticut", "del": "delaware", "dc": "district of columbia",
	"fla": "florida", "ga": "georgia", "haw": "hawaii", "idaho": "idaho", "ill": "illinois",
	"ind": "indiana", "iowa": "iowa", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "me": "maine",
	"md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota",
	"miss": "mississippi", "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada",
	"nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
	"nc": "north carolina", "nd": "north dakota", "ohio": "ohio", "okla": "oklahoma", "or": "oregon",
	"pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
	"tenn": "tennessee", "tex": "texas", "utah": "utah", "vt": "vermont", "va": "virginia",
	"wash": "washington", "wva": "west virginia", "wis": "wisconsin", "wyo": "wyoming", "pr": "puerto rico",
	"vi": "virgin islands", "calif": "california", "ore": "oregon", "penn": "pennsylvania", "wisc": "wisconsin",
}

// abbrevExpr is an abbreviation as a regular expression, a space allowed
// after each inner period ("N. J." for "N.J.", "W. Va." for "W.Va.").
func abbrevExpr(a string) string {
	var b strings.Builder
	for i, r := range a {
		switch {
		case r == '.' && i < len(a)-1:
			b.WriteString(`\.[ \t]?`)
		case r == ' ':
			b.WriteString(`[ \t]*`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// stateExpr is one of stateAbbrevs, as written or in capitals ("TEX.").
var stateExpr = func() string {
	var alts []string
	for _, a := range stateAbbrevs {
		alts = append(alts, abbrevExpr(a), abbrevExpr(strings.ToUpper(a)))
	}
	return `(?:` + strings.Join(alts, "|") + `)`
}()

// stateStart is, at the start of a text, where a state's code may be
// cited: the state's abbreviation ("Pa." of "42 Pa.C.S.", "Ill." of "735
// Ill. Comp. Stat.", "Mich. Comp. Laws"), or an abbreviation that is none
// of them before the revised, general or compiled statutes' names that
// states give their codes ("N.A. Rev. Stat."), group 1. stateStarts finds
// them with the title's number before them.
var stateStart = regexp.MustCompile(`^(?:` + stateExpr + `|((?:[A-Z]\.){2,3}|[A-Z][a-z]{0,5}\.))`)

// stateAbbrevAt is where stateStart may match: a capitalised abbreviation
// with its period within six letters ("Pa.", "N.J."), or a state that its
// Bluebook abbreviation writes whole ("Ohio", "Utah"). stateStart, a long
// alternation, runs only there.
var stateAbbrevAt = regexp.MustCompile(`\b(?:[A-Z][A-Za-z]{0,5}\.|(?i:alaska|idaho|iowa|ohio|utah|guam)\b)`)

// stateStarts returns stateStart's matches in t in the layout of a
// regular expression's submatch indices: the whole match, a title's
// number before it (group 1, titleBefore) and an unlisted abbreviation
// (group 2), -1 where there is none.
func stateStarts(t string) [][]int {
	var out [][]int
	for _, m := range anchoredMatches(t, stateAbbrevAt, stateStart, 24) {
		out = append(out, withTitle(t, []int{m[0], m[1], -1, -1, m[2], m[3]}))
	}
	return out
}

// withTitle sets the whole match and group 1 of a code's citation match
// (stateStarts, courtCodeMatches) to take the title's number before it
// (titleBefore: "43 " of "43 P.S.").
func withTitle(t string, match []int) []int {
	off := max(0, match[0]-12)
	if tm := titleBefore.FindStringSubmatchIndex(t[off:match[0]]); tm != nil {
		match[0], match[2], match[3] = off+tm[2], off+tm[2], off+tm[3]
	}
	return match
}

// statutesWords open the name of a state's code after an abbreviation
// stateAbbrevs does not have; unlistedState finds them after it.
var (
	statutesWords = wordSet(`rev. gen. comp. cons.`)
	unlistedState = regexp.MustCompile(`^[ \t]+(?:Rev|Gen|Comp|Cons)\.`)
)

// codeWord is a word of a code's abbreviated name: "Comp.", "C.S.",
// "C.P.L.R.", "Penal", "&", and West's abbreviations run together
// ("Rem.Code", "Civ.Proc.Code").
var codeWord = regexp.MustCompile(`^(?:[A-Z][A-Za-z'’]*\.?(?:[A-Z]\.)*|(?:[A-Z][A-Za-z'’]*\.)+[A-Z][A-Za-z'’]*\.?|&|and)$`)

// codeHeads are the words one of which a code's name has: "Code",
// "Stat.", "Laws", "Law", "Ann.", "C.S." ("Pa.C.S."), "R.S." ("La. R.S."),
// "C.P.L.R.", in any case.
var codeHeads = wordSet(`code codes stat. stats. statutes laws law ann. c.s. c.s.a. r.s. c.p.l.r. regs. admin. cons.`)

// ruleWord opens a rule's number after an administrative code's name
// ("Fla. Admin. Code R. 61A-5.0105(2)", "Mich. Admin. Code r. 408.10"),
// which ruleMarker reads as the section sign.
var ruleWord = wordSet(`R. r. Rule`)

// What stands between a code's name and its section's number: a
// title's or a chapter's number before the section (titleMarker: "Okla.
// Stat. tit. 12, § 95", "Mass. Gen. Laws ch. 93A, § 2"), "art." before
// an article that is the section (articleMarker: "Tex. Code Crim. Proc.
// art. 38.22"), the section sign (signAt), the edition's year
// (editionYear: "Ala. Code 1975, § 6-5-410"), an administrative code's
// rule (ruleMarker: "Fla. Admin. Code R. 61A-2.019"). The sign may end its
// line ("Minn. Stat. §" / "609.04"), be written "Sec." ("Conn. Gen. Stat.
// Sec. 42-110j") or, as Westlaw's texts write it, "s" ("Cal. Civ. Code s
// 52.1"), or be a paragraph's mark after a chapter ("Ill. Rev. Stat. ch.
// 122, para. 10-22.6"); a number must follow it. markerWord is the word that opens a
// title's, a chapter's, an article's, a part's or a section's number,
// which ends the code's name.
var (
	titleMarker   = regexp.MustCompile(`^(?:[Tt]it|TIT|[Cc]h|CH|[Cc]hap|c)\.[ \t]*\d+[A-Z]?,?[ \t]*`)
	articleMarker = regexp.MustCompile(`^(?:[Aa]rts?|ARTS?)\.[ \t]*`)
	signAt        = regexp.MustCompile(`^(?:§§?|[Ss]ecs?\.|ss?[ \t]|par(?:a|s)?\.|¶¶?)[ \t]*(?:\n[ \t]*)?`)
	editionYear   = regexp.MustCompile(`^[ \t]+(?:19|20)\d{2},?`)
	ruleMarker    = regexp.MustCompile(`^(?:R\.|r\.|Rule)[ \t]*`)
	markerWord    = regexp.MustCompile(`^(?:[Tt]it|TIT|[Cc]h|CH|[Cc]hap|[Aa]rts?|ARTS?|[Pp]t|PT|[Ss]ecs?)\.$`)
)

// sectionNumber is a section's number in the forms state codes write it:
// "24-10-103", "41.56.030", "2C:11-3", "5/2-619", "216-a", Maine's
// "636-A", "15A-1415",
// Kansas's "50-7a02" and "50-6,139b", a range of sections
// "41.56.430-.490" included.
var sectionNumber = regexp.MustCompile(`^\d+[A-Za-z]{0,3}(?:[-–.:/]\d+(?:[A-Za-z]{1,3}\d*)?|-[A-Za-z]\b)*(?:,\d{3}[a-z]?\b)?(?:[-–](?:\.\d+[A-Za-z]{0,3})+)?`)

// subsection is a section's subsections, right after its number:
// "(1)(d)(I)", "(1.3)", New York's "(1-a)", Texas's "(b-1)", "(a)(1)-(3)", or the end of
// their range after them ("§§2.12(a)" + "–(e)"), or in brackets, as New
// York's official reports write them ("§ 401[3]", "CPLR 3211[a][7]"); not an edition's year
// "(2016)" nor a publisher "(West)". spacedSubsection is one after a
// space or a line break, where the layout put it ("§ 1201.117" /
// "(c)."): lower-case
// letters, one capital or a number, and a punctuation mark after it that
// ends the citation, or "of" and the law it is of ("Section 9 (c) of the
// National Labor Relations Act", as the Board's older decisions print it);
// a list's item "(a) the …" goes on with other words.
var (
	subsection       = regexp.MustCompile(`^(?:(?:\((?:[a-z]{1,5}|[A-Z]{1,4}|\d{1,3}(?:\.\d{1,2})?[a-z]?|\d{1,3}-[a-z]{1,2}|[a-z]{1,2}-\d{1,2})\))+(?:[-–]\((?:[a-z]{1,5}|[A-Z]{1,4}|\d{1,3})\))?|[-–]\((?:[a-z]{1,5}|[A-Z]{1,4}|\d{1,3})\)|(?:\[(?:[a-z]{1,4}|\d{1,3})\])+)`)
	spacedSubsection = regexp.MustCompile(`^(?:[ \t]+|[ \t]*\n[ \t]*)((?:\((?:[a-z]{1,4}|[A-Z]|\d{1,3}|\d{1,3}-[a-z]{1,2})\))(?:[ \t]?\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\))*(?:[-–]\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\))?)(?:[.,;:)\]]|$|[ \t]+(?:of|OF)[ \t])`)
)

// sectionEnd returns where a section cited from its number at t[i:]
// ends, subsections included, or -1 when no number is there. After "§§"
// or "Sections" the sections are a range: "§§ 24-10-101 to -120",
// "Sections 18-3-1 to 18-3-3"; so they are after
// "to" and a hyphen, which no other number has ("N.J.S.A. 10:5-1 to -42").
func sectionEnd(t string, i int) int {
	m := sectionNumber.FindStringIndex(t[i:])
	if m == nil {
		return -1
	}
	e := subsectionEnd(t, i+m[1])
	if before := strings.TrimRight(t[max(0, i-9):i], " \t"); strings.HasSuffix(before, "§§") || strings.HasSuffix(before, "Sections") || strings.HasSuffix(before, "sections") {
		if r := sectionRange.FindStringIndex(textAfter(t, e)); r != nil {
			e = subsectionEnd(t, e+r[1])
		}
	} else if r := hyphenRange.FindStringIndex(textAfter(t, e)); r != nil {
		e = subsectionEnd(t, e+r[1])
	}
	return e
}

// hyphenRange is the end of a range of sections given by its last part
// after "to" or "through": " to -42".
var hyphenRange = regexp.MustCompile(`^[ \t]+(?:to|through)[ \t]+[-–]\d+[A-Za-z]{0,3}(?:[-–.:]\d+[A-Za-z]{0,3})*`)

// sectionRange is the last section of a range after the first: " to
// -120", " through 24-10-120", "–5.05".
var sectionRange = regexp.MustCompile(`^(?:[ \t]+(?:to|through)[ \t]+[-–]?|[ \t]*[-–][ \t]*)\.?\d+[A-Za-z]{0,3}(?:[-–.:]\d+[A-Za-z]{0,3})*`)

// subsectionEnd extends a section that ends at e over its subsections,
// right after it or after a space or a line break, and a subdivision.
func subsectionEnd(t string, e int) int {
	if m := subsection.FindStringIndex(textAfter(t, e)); m != nil {
		e += m[1]
	}
	if m := spacedSubsection.FindStringSubmatchIndex(textAfter(t, e)); m != nil {
		e += m[3]
	}
	if m := subdivision.FindStringIndex(textAfter(t, e)); m != nil {
		e += m[1]
	}
	return e
}

// subdivision is Minnesota's subdivision of a section, with its clauses:
// ", subd. 2(1)" of "Minn. Stat. § 609.19, subd. 2(1)".
var subdivision = regexp.MustCompile(`^,?[ \t]+(?:subd\.|subdivision)[ \t]+\d+[a-z]?(?:\((?:[a-z]{1,4}|\d{1,3})\))*`)

// skipGap returns where the next word starts after i: spaces and at most
// one line break, and a comma before them when comma is set.
func skipGap(t string, i int, comma bool) int {
	if comma && i < len(t) && t[i] == ',' {
		i++
	}
	nl := false
	for i < len(t) {
		switch t[i] {
		case ' ', '\t':
		case '\n':
			if nl {
				return i
			}
			nl = true
		default:
			return i
		}
		i++
	}
	return i
}

// wordEnd returns where the word at i ends: at white space, or at a comma
// or a semicolon.
func wordEnd(t string, i int) int {
	for i < len(t) && !strings.ContainsRune(" \t\n,;", rune(t[i])) {
		i++
	}
	return i
}

// stateCodes finds a state's code cited by the state's abbreviation: the
// Bluebook's forms and their variants, "Mich. Comp. Laws § 750.227",
// "N.J. Stat. Ann. § 2C:11-3", "Cal. Civ. Proc. Code § 425.16", "Mass.
// Gen. Laws ch. 93A, § 2", "Md. Code Ann., Crim. Law § 3-202", "Tex.
// Code Crim. Proc. art. 38.22", and a title's number before it, "42
// Pa.C.S. § 9712(a)", "735 Ill. Comp. Stat. 5/2-619"; without "§" the
// name ends with its head ("La. R.S. 14:30", "N.Y. C.P.L.R. 3211"). A
// reporter ("Cal. App. 4th") has no code's head, and a constitution is
// constitutions'.
func stateCodes(t string) []cand {
	var out []cand
	for _, m := range stateStarts(t) {
		e := m[1]
		if m[4] >= 0 && !unlistedState.MatchString(textAfter(t, e)) {
			continue
		}
		var name []string
		for len(name) < 7 {
			s := e
			if s < len(t) && t[s] == ',' && len(name) > 0 {
				s++
			}
			s = skipGap(t, s, false)
			if s == e && len(name) > 0 && !strings.HasSuffix(t[:e], ".") {
				break
			}
			we := wordEnd(t, s)
			w := t[s:we]
			if w == "" || !codeWord.MatchString(w) || markerWord.MatchString(w) || ruleWord[w] && slices.Contains(name, "code") {
				break
			}
			name = append(name, strings.ToLower(w))
			e = we
		}
		if len(name) == 0 || name[0] == "const." || m[4] >= 0 && !statutesWords[name[0]] {
			continue
		}
		head := false
		for _, w := range name {
			head = head || codeHeads[w] || gluedHead(w)
		}
		if !head {
			continue
		}
		i := e
		if y := editionYear.FindStringIndex(t[i:]); y != nil {
			i += y[1] // "Ala. Code 1975, § 6-5-410"
		}
		i = skipGap(t, i, true)
		part := -1 // where a title's or a chapter's number ends
		if tm := titleMarker.FindStringIndex(t[i:]); tm != nil {
			part = i + len(strings.TrimRight(t[i:i+tm[1]], " \t,"))
			i += tm[1]
		}
		marked := false
		if sm := signAt.FindStringIndex(t[i:]); sm != nil {
			i, marked = i+sm[1], true
		} else if am := articleMarker.FindStringIndex(t[i:]); am != nil {
			i, marked = i+am[1], true
		} else if rm := ruleMarker.FindStringIndex(t[i:]); rm != nil && slices.Contains(name, "code") {
			i, marked = i+rm[1], true // "Fla. Admin. Code R. 61A-5.0105(2)"
		}
		if !marked && part >= 0 && m[4] < 0 {
			// "Wis. Stat. ch. 177", "Okla. Stat. tit. 12": a chapter or a
			// title cited whole.
			out = append(out, cand{typ: TypeLaw, start: m[0], end: part, source: SourcePattern})
			continue
		}
		if !marked && (m[4] >= 0 || !codeHeads[name[len(name)-1]] && !gluedHead(name[len(name)-1])) {
			continue
		}
		se := sectionEnd(t, i)
		if se < 0 || !marked && yearLike.MatchString(sectionNumber.FindString(t[i:])) {
			continue // "Iowa Code 2019" is an edition
		}
		out = append(out, cand{typ: TypeLaw, start: m[0], end: se, source: SourcePattern})
	}
	return out
}

// gluedHead reports whether a code's word that West's style ran together
// ends in a code's head ("rem.code", "civ.proc.code").
func gluedHead(w string) bool {
	i := strings.LastIndexByte(strings.TrimSuffix(w, "."), '.')
	return i > 0 && codeHeads[w[i+1:]]
}

// courtCode is a state's code by the abbreviation its own courts and
// agencies write ("RCW 41.56.030(6)", "MCL 600.2912", "O.C.G.A. §
// 9-11-12", "735 ILCS 5/2-619", "G.L. c. 93A, § 2"): title says that a
// title's number opens it ("43 P.S. § 1101"), strict that the number
// must have a separator or "§" before it, the abbreviation being short
// enough to be something else ("R.C. 2305.10", not "R.C. 12").
type courtCode struct {
	abbr          string
	title, strict bool
}

var courtCodes = []courtCode{
	{"C.R.S.", false, false}, {"C.R.S.A.", false, false}, {"RCW", false, false}, {"WAC", false, true},
	{"MCL", false, false}, {"MCLA", false, false}, {"M.C.L.", false, false}, {"M.C.L.A.", false, false},
	{"N.J.S.A.", false, false}, {"N.J.A.C.", false, false}, {"O.C.G.A.", false, false}, {"A.R.S.", false, false},
	{"R.C.", false, true}, {"ORC", false, true}, {"K.S.A.", false, false}, {"NRS", false, true}, {"ORS", false, true},
	{"KRS", false, true}, {"HRS", false, true}, {"SDCL", false, false}, {"N.D.C.C.", false, false},
	{"NMSA", false, false}, {"OCGA", false, false}, {"T.C.A.", false, false}, {"C.G.S.", false, false}, {"N.C.G.S.", false, false},
	{"G.S.", false, true}, {"RSA", false, true}, {"CPLR", false, false}, {"C.P.L.R.", false, false},
	{"I.C.", false, true}, {"MCA", false, true}, {"G.L.", false, false}, {"M.G.L.", false, false}, {"MCR", false, false},
	{"SCPA", false, false}, {"EPTL", false, false}, {"RPAPL", false, false}, {"BCL", false, true}, {"GOL", false, true}, {"VTL", false, true},
	{"CPL", false, true}, {"DRL", false, true}, {"RPTL", false, true},
	{"NYCRR", true, false}, {"N.Y.C.R.R.", true, false}, {"OAR", false, true},
	{"P.S.", true, true}, {"ILCS", true, false}, {"Del. C.", true, false}, {"V.S.A.", true, false},
	{"M.R.S.", true, false}, {"M.R.S.A.", true, false}, {"O.S.", true, true}, {"O.R.C.", false, false},
}

// cplrRule is a rule of New York's Civil Practice Law and Rules, whose
// subsections (cplrSubsections) New York's courts write spaced: "CPLR
// 3211" + " (a) (7)".
var (
	cplrRule        = regexp.MustCompile(`^(?:N\.Y\.[ \t]+)?(?:CPLR|C\.P\.L\.R\.)[ \t]+\d+$`)
	cplrSubsections = regexp.MustCompile(`^(?:[ \t]*\((?:[a-z]{1,4}|\d{1,3})\))+`)
)

// courtCodeStart is one of the abbreviations of courtCodes at the start of
// a text (courtCodeMatches finds them).
var courtCodeStart = func() *regexp.Regexp {
	var alts []string
	for _, c := range courtCodes {
		alts = append(alts, abbrevExpr(c.abbr))
	}
	// Longer abbreviations first: "C.R.S.A." before "C.R.S.".
	for i := range alts {
		for j := i + 1; j < len(alts); j++ {
			if len(alts[j]) > len(alts[i]) {
				alts[i], alts[j] = alts[j], alts[i]
			}
		}
	}
	return regexp.MustCompile(`^(?:` + strings.Join(alts, "|") + `)`)
}()

// codeAbbrevStart is where one of courtCodes may start: a capital and a
// capital or a period ("RCW", "C.R.S.", "N. J. S. A."), or Delaware's
// "Del.". courtCodeStart, a long alternation, runs only there.
var codeAbbrevStart = regexp.MustCompile(`\b(?:[A-Z][A-Z.]|Del\.)`)

// titleBefore is a title's number right before a code's abbreviation:
// "43 " of "43 P.S.". Group 1 is the number; a star page's ("*700 TEX.
// CIV. PRAC. & REM.CODE") is none.
var titleBefore = regexp.MustCompile(`(?:^|[^*\w])(\d{1,3}(?:-[A-Z])?)[ \t]+$`)

// courtCodeMatches returns, in the layout of a regular expression's
// submatch indices, the abbreviations of courtCodes in t: the whole
// match, a title's number before it (group 1, -1 when none) and the
// abbreviation (group 2).
func courtCodeMatches(t string) [][]int {
	var out [][]int
	for _, m := range anchoredMatches(t, codeAbbrevStart, courtCodeStart, 16) {
		out = append(out, withTitle(t, []int{m[0], m[1], -1, -1, m[0], m[1]}))
	}
	return out
}

// courtCodeOf maps an abbreviation as the text writes it, its spaces
// removed, to its courtCodes entry.
var courtCodeOf = func() map[string]courtCode {
	m := map[string]courtCode{}
	for _, c := range courtCodes {
		m[squash(c.abbr)] = c
	}
	return m
}()

// supplement is a code's edition before the section: "K.S.A. 2019 Supp.
// 21-5402", "NMSA 1978, § 41-4-4", "12 O.S.2011, § 95"; group 1 is the
// edition.
var supplement = regexp.MustCompile(`^([ \t]*(?:19|20)\d{2}(?:[ \t]+Supp\.)?,?)[ \t]*(?:§|\d)`)

// yearLike is a number that reads as a year: "C.R.S. 2016" is an
// edition, not a section.
var yearLike = regexp.MustCompile(`^(?:19|20)\d{2}$`)

// courtCodeCites returns the citations courtCodeMatches finds: the
// abbreviation, a title before it where it takes one, and the section.
func courtCodeCites(t string) []cand {
	var out []cand
	for _, m := range courtCodeMatches(t) {
		c := courtCodeOf[squash(t[m[4]:m[5]])]
		start := m[4]
		if c.title {
			if m[2] < 0 {
				continue
			}
			start = m[2]
		}
		e := m[5]
		// The abbreviation is a word of its own: "RCW" not "RCWs", "R.C."
		// not the start of "R.C.A."; an edition's year may follow one
		// that ends with its period ("12 O.S.2011, § 95").
		// "G.L.c. 272, § 29": Massachusetts' chapter glued to its laws.
		glued := (c.abbr == "G.L." || c.abbr == "M.G.L.") && strings.HasPrefix(t[e:], "c.")
		if dotted := c.abbr[len(c.abbr)-1] == '.'; e < len(t) && !glued && (isAlnum(t[e]) && !(dotted && t[e] >= '0' && t[e] <= '9') || t[e] == '.' && !dotted) {
			continue
		}
		i := e
		if y := supplement.FindStringSubmatchIndex(t[i:]); y != nil {
			i += y[3]
		}
		i = skipGap(t, i, true)
		if tm := titleMarker.FindStringIndex(t[i:]); tm != nil && (c.abbr == "G.L." || c.abbr == "M.G.L.") {
			// "G.L. c. 93A, § 2"; the chapter alone is the law too.
			chapterEnd := i + len(strings.TrimRight(t[i:i+tm[1]], ", \t"))
			i += tm[1]
			if !strings.HasPrefix(t[i:], "§") {
				out = append(out, cand{typ: TypeLaw, start: start, end: chapterEnd, source: SourcePattern})
				continue
			}
		}
		marked := false
		if sm := signAt.FindStringIndex(t[i:]); sm != nil {
			i, marked = i+sm[1], true
		}
		se := sectionEnd(t, i)
		if se < 0 {
			continue
		}
		num := sectionNumber.FindString(t[i:])
		if !marked && (yearLike.MatchString(num) || c.strict && !strings.ContainsAny(num, "-–.:/")) {
			continue
		}
		if sub := cplrSubsections.FindStringIndex(t[se:]); sub != nil && cplrRule.MatchString(t[start:se]) {
			se += sub[1] // "CPLR 3211" + " (a) (7)"
		}
		out = append(out, cand{typ: TypeLaw, start: start, end: se, source: SourcePattern})
		out = append(out, listedShortForms(t, se)...)
	}
	return out
}

// listedShort is another section of the same chapter listed after a
// citation by the rest of its number, as Washington's courts write:
// "RCW 41.56.030(6); .430-.490; .905". Group 1 is the short form.
var listedShort = regexp.MustCompile(`^[;,][ \t]*(\.\d+[A-Za-z]?(?:[-–]\.\d+[A-Za-z]?)?(?:\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\))*)(?:[^\w.(]|\.(?:\D|$)|$)`)

// listedShortForms returns the short forms listedShort finds after a
// citation that ends at e.
func listedShortForms(t string, e int) []cand {
	var out []cand
	for {
		m := listedShort.FindStringSubmatchIndex(textAfter(t, e))
		if m == nil {
			return out
		}
		out = append(out, cand{typ: TypeLaw, start: e + m[2], end: e + m[3], source: SourcePattern})
		e += m[3]
	}
}

// isAlnum reports whether b is an ASCII letter or digit (alnum is the
// rune's test, which a UTF-8 byte would fool).
func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// codeAfter is a section cited before its code, as Colorado's,
// Florida's, Wisconsin's, Montana's and Alabama's courts write: "§
// 24-10-103(1.3), C.R.S.", "section 768.28(9)(a), Florida Statutes",
// "sec. 893.80, Stats.", "Section 40-4-202, MCA", "Section 18-3-1, Ala.
// Code 1975". The
// edition's year after it ("C.R.S. 2016") is not part of it.
var codeAfter = regexp.MustCompile(`^,?[ \t]*(?:\n[ \t]*)?(?:C\.[ \t]?R\.[ \t]?S\.(?:[ \t]?A\.)?|Fla\.[ \t]+Stat\.|Florida[ \t]+Statutes|F\.[ \t]?S\.|Wis\.[ \t]+Stats?\.|Stats\.|(?:WIS\.[ \t]+)?STATS?\.|Idaho[ \t]+Code|Utah[ \t]+Code(?:[ \t]+Ann\.)?|Ala\.[ \t]+Code(?:[ \t]+1975)?|NMSA[ \t]+1978|RCW|MCL|MCA\b)`)

// sectionStart finds a section sign or word before a number.
var sectionStart = regexp.MustCompile(`(?:§§?|\b[Ss]ections?\b|\bSECTIONS?\b|\b[Ss]ec\.)[ \t]*\d`)

// sectionStartRuns searches sectionStart in the runs that hold a section's
// sign or word.
var sectionStartRuns = runscan.New(sectionStart, "§", "ection", "ECTION", "ec.")

// sectionsBeforeCode returns the sections codeAfter closes.
func sectionsBeforeCode(t string) []cand {
	var out []cand
	for _, m := range sectionStartRuns.FindAllStringSubmatchIndex(t) {
		se := sectionEnd(t, m[1]-1)
		if se < 0 {
			continue
		}
		if c := codeAfter.FindStringIndex(textAfter(t, se)); c != nil {
			out = append(out, cand{typ: TypeLaw, start: m[0], end: se + c[1], source: SourcePattern})
		}
	}
	return out
}

// chapterBeforeCode is a chapter cited before its state's code, as
// Florida's and Missouri's agencies write it: "Chapter 474, Florida
// Statutes", "Chapter 407, RSMo".
var chapterBeforeCode = regexp.MustCompile(`\b(?:Chapter|chapter|CHAPTER)[ \t]+\d+[A-Z]?,[ \t]*(?:Florida[ \t]+Statutes|Fla\.[ \t]+Stat\.|RSMo|Wisconsin[ \t]+Statutes|Wis\.[ \t]+Stats?\.)`)

// lawGap is the space between two words of a law's name, over a line
// break and the blank lines of double-spaced text.
const lawGap = `(?:[ \t]+|[ \t]*\n[ \t]*(?:\n[ \t]*)?)`

// sectionOfLaw is a section cited by the name of the law it is of:
// "Section 3361 of the Ohio Revised Code", "Section 216-a of the New York
// State Education Law", "Sec. 8(a)(1) of the Act", "Article I, Section 8
// of the Pennsylvania Constitution", "article V, section 4(b)(1) of the
// Florida Constitution", "Article 6, Section 5(3), of the Arizona
// Constitution", "section 10(b) of the Securities Exchange Act of 1934",
// "SECTION 21C OF THE SECURITIES EXCHANGE ACT OF 1934", an article or a
// Commonwealth "s." alone (articleHeads), a treaty's, and an
// Act's year without "of" ("the Arbitration Act 1996"). The name ends with
// a law's head word, so that
// "Section 2 of the Agreement" is none; a compact's sections are cited
// without its name ("§2.10 of the Compact" is "§2.10").
var sectionOfLaw = regexp.MustCompile(`^(?:(?:Article|ARTICLE|article|Art\.|art\.)[ \t]+[IVXLC\d]+,?[ \t]+)?(?:\b[Ss]ections?\b|\bSECTIONS?\b|\b[Ss]ec\.|\bSEC\.|§§?|` + articleHeads + `)[ \t]*\d[^ \t\n]{0,24}` +
	`(?:` + spacedSubsectionOf + `)?` + lawGap + `(?:of|OF)` + lawGap + `(?:(?:the|this|THE|THIS)` + lawGap + `)?` +
	`(?:[A-Z][A-Za-z.'’\-]*` + lawGap + `(?:(?:and|of|&|for|to|with|on)` + lawGap + `)?){0,7}` +
	`(?:Code|Law|Laws|Act|Statutes|Constitution|Amendment|Convention(?:` + conventionSubject + `)?|CODE|LAW|LAWS|ACT|STATUTES|CONSTITUTION)\b` +
	`(?:[ \t]+of[ \t]+(?:\d{4}|(?:the[ \t]+)?(?:State[ \t]+of[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)|[ \t]+OF[ \t]+\d{4}|,?[ \t]+(?:1[6-9]|20)\d\d\b)?`)

// articleHeads open an article cited by its number alone, or a section
// the way the Commonwealth's statutes abbreviate it: "Article 9 of the
// Uniform Commercial Code", "Art. 17(1) of the Montreal Convention", "s.
// 69 of the Arbitration Act 1996".
const articleHeads = `\b(?:Article|ARTICLE|Art\.)|\bss?\.`

// sectionOfLawAt is where a sectionOfLaw may start: an article's or a
// section's word or sign. sectionOfLaw, anchored, runs only there.
var sectionOfLawAt = regexp.MustCompile(`\b(?:Article|ARTICLE|article|Art\.|art\.|[Ss]ection|SECTION|[Ss]ec\.|SEC\.|ss?\.)|§`)

// anchoredMatches returns the matches of re, an expression anchored at
// its start, at the places starts finds in t, each read in the window
// of size bytes from there, without overlaps, as submatch indices into
// t. A long expression run this way costs its length only where it can
// match.
func anchoredMatches(t string, starts, re *regexp.Regexp, size int) [][]int {
	var out [][]int
	next := 0
	for _, p := range starts.FindAllStringIndex(t, -1) {
		if p[0] < next {
			continue
		}
		m := re.FindStringSubmatchIndex(t[p[0]:min(len(t), p[0]+size)])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += p[0]
			}
		}
		out = append(out, m)
		next = m[1]
	}
	return out
}

// sectionOfLawHead checks the number sectionOfLaw read loosely (its
// section, subsections included): "216-a", "8(a)(1)", "10(b)".
var sectionOfLawHead = regexp.MustCompile(`(?:[Ss]ections?|SECTIONS?|[Ss]ec\.|SEC\.|§§?)[ \t]*`)

// lawHeadStop is a law's head word that ends a sentence, inside what
// sectionOfLaw read on past it.
var lawHeadStop = regexp.MustCompile(`(?:Code|Law|Laws|Act|Statutes|Constitution|Convention)\.\s`)

// articleHead is an article's or a Commonwealth section's head before its
// number, where sectionOfLaw read no section's (sectionOfLawHead).
var articleHead = regexp.MustCompile(`^(?:` + articleHeads + `)[ \t]*`)

// sectionsOfLaws returns the sections sectionOfLaw finds, their number
// read whole.
func sectionsOfLaws(t string) []cand {
	var out []cand
	for _, m := range anchoredMatches(t, sectionOfLawAt, sectionOfLaw, 320) {
		h := sectionOfLawHead.FindStringIndex(t[m[0]:m[1]])
		if h == nil {
			h = articleHead.FindStringIndex(t[m[0]:m[1]])
		}
		if h == nil {
			continue
		}
		i := m[0] + h[1]
		se := sectionEnd(t, i)
		if se < 0 || !ofAfterSection.MatchString(t[se:m[1]]) {
			continue
		}
		// "Art. 5 of the Civil Code. Under Mass. Gen. Laws": the law's
		// name ends with the sentence.
		if k := lawHeadStop.FindStringIndex(t[se:m[1]]); k != nil {
			m[1] = se + k[1] - 2
		}
		// "Article 8 of the European Convention on Human Rights and
		// Article 8 ECHR": a convention's name ends before the next
		// provision.
		if k := provisionAfterAnd.FindStringIndex(t[se:m[1]]); k != nil {
			m[1] = se + k[0]
		}
		// "Section 3 of the First Amendment to Lease" is the contract's.
		if strings.HasSuffix(t[m[0]:m[1]], "Amendment") && instrumentAfter.MatchString(textAfter(t, m[1])) {
			continue
		}
		out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// sectionOfTitle is a section cited by the title of the Act it is in,
// one law: "section 623 of Title VI", and with the title's name in
// parentheses and the Act after it, "section 623 of Title VI (Customs
// Modernization) of the North American Free Trade Agreement
// Implementation Act", as the Customs rulings cite the Act that amended
// the statute of their notices, or "Section 703 of Title VII of the Civil
// Rights Act of 1964".
var sectionOfTitle = regexp.MustCompile(`\b[Ss]ection[ \t]+\d+[A-Za-z]?(?:\([0-9a-z]{1,3}\))*` + lawGap + `of` + lawGap + `Title` + lawGap + `[IVXL]+(?:-[A-Z])?\b` +
	`(?:(?:,?` + lawGap + `\([A-Z][A-Za-z]+(?:[ \t\n]+[A-Za-z]+){0,4}\))?` +
	`,?` + lawGap + `of` + lawGap + `the` + lawGap + `(?:[A-Z][A-Za-z'’\-]*` + lawGap + `){1,8}Act\b(?:[ \t]+of[ \t]+\d{4})?)?`)

// spacedSubsectionOf is a section's subsection after a space, before
// the law it is of: " (c)" of "Section 9 (c) of the National Labor
// Relations Act", as the Board's older decisions print it.
const spacedSubsectionOf = `[ \t]\((?:[a-z]{1,2}|\d{1,2})\)(?:\((?:[a-z]{1,3}|\d{1,3})\))*`

// ofAfterSection is what comes after a section's number and before the
// law's name: "of the", ", of the".
var ofAfterSection = regexp.MustCompile(`^,?` + lawGap + `(?:of|OF)` + lawGap)

// partOfLaw is an agency's rule cited with the Act it is made under, or a
// code's chapter with the code, one law as a section of a named law is
// (sectionOfLaw): "Rule 405 of the Securities Act of 1933", "Rule 24b-2
// under the Securities Exchange Act of 1934", "chapter 11 of the
// Bankruptcy Code", a state's statutes' chapter ("Chapter 78 of the Nevada
// Revised Statutes", "Chapter 93A of the Massachusetts General Laws"), a
// code named by what it codifies ("Rule 9216 of FINRA's Code of
// Procedure"), and a court's rule with its rules' name
// ("Rule 72(b) of the Federal Rules of Civil Procedure", "Rule 702 of the
// Federal Rules of Evidence", "Rule 23 of the Arizona Rules of Civil
// Appellate Procedure").
var partOfLaw = regexp.MustCompile(`\b(?:(?:Rule|RULE)[ \t]+\d+[a-z]?\d?(?:-\d+)?(?:\([a-z0-9]{1,3}\))*|(?:Chapter|CHAPTER|chapter)[ \t]+\d+[A-Z]?)` +
	lawGap + `(?:of|under|OF|UNDER)` + lawGap + `(?:(?:the|THE)` + lawGap + `)?(?:[A-Z][A-Za-z.'’\-]*` + lawGap + `(?:(?:and|of|&)` + lawGap + `)?){0,6}` +
	`(?:(?:Act|ACT)(?:[ \t]+(?:of|OF)[ \t]+\d{4})?|Statutes|STATUTES|Laws|LAWS|(?:Code|CODE)(?:[ \t]+(?:of|OF)[ \t]+(?:\d{4}|Procedure|Conduct|Practice|Federal[ \t]+Regulations))?|` +
	`(?:Rules|RULES)[ \t]+(?:of|OF)[ \t]+(?:(?:Civil|Criminal|Appellate|Bankruptcy|CIVIL|CRIMINAL|APPELLATE|BANKRUPTCY)[ \t]+){0,2}(?:Procedure|Evidence|PROCEDURE|EVIDENCE))\b`)

// namedCodeSection is a code or a law named in words with its section or
// its chapter: "Penal Law § 125.25", "Education Law § 216-a", "Civil Code
// section 1542", "Code Civ. Proc., § 425.16", "Revised Code of Washington
// section 9A.44.079", "Arkansas Code Annotated section 17-14-305", "Iowa
// Code chapter 352", "Gov't Code §§" / "905" over a line break; the words
// before the name that are no part of it are cut ("Under").
var namedCodeSection = regexp.MustCompile(`\b(?:[A-Z][A-Za-z.'’\-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,5}(?:Code|Law|Laws|Statutes|CODE|LAW)\b(?:[ \t]+Annotated\b)?` +
	`(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+|(?:[ \t]+[A-Z][a-z]+\.){1,3})?,?[ \t]*(?:§§?|[Ss]ection|[Ss]ec\.|[Cc]hapter)[ \t]*(?:\n[ \t]*)?\d`)

// revisedCodeSection is a state's revised code or statutes named in words
// with a section's number and no sign before it, which its decimal point
// tells from a year: "Oregon Revised Statutes 30.265", "Revised Code of
// Washington 4.24.510".
var revisedCodeSection = regexp.MustCompile(`\b(?:[A-Z][a-z]+[ \t]+){0,2}Revised[ \t]+(?:Code|Statutes)(?:[ \t]+Annotated|[ \t]+of[ \t]+[A-Z][a-z]+)?[ \t]+\d+[A-Z]?\.\d`)

// namedCodeSections returns the sections namedCodeSection and
// revisedCodeSection find.
func namedCodeSections(t string) []cand {
	var out []cand
	for _, m := range slices.Concat(namedCodeSection.FindAllStringIndex(t, -1), revisedCodeSection.FindAllStringIndex(t, -1)) {
		se := sectionEnd(t, m[1]-1)
		if se < 0 {
			continue
		}
		s := sentenceAfter(t, m[0], m[1])
		s, e := trimLeading(t, s, se)
		if e > s {
			out = append(out, cand{typ: TypeLaw, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// sentenceAfter is where the name in [s, e) starts after the last
// sentence's end inside it: a word of six letters or more and its full
// stop ("Brooklyn. See Vehicle and Traffic Law"), which no abbreviation
// of a law's name ("Gen. Bus. Law") is.
func sentenceAfter(t string, s, e int) int {
	for _, w := range words(t[s:e], s) {
		if strings.HasSuffix(w.text, ".") && len(w.text) > 6 && !strings.ContainsRune(strings.TrimSuffix(w.text, "."), '.') {
			s = w.end
		}
	}
	for s < e && (t[s] == ' ' || t[s] == '\t') {
		s++
	}
	return s
}

// stateConstitution is a state's constitution cited by article, part
// or amendment, and section, paragraph or clause: "Colo. Const. art. VI,
// § 5(3)", "N.J. Const. art. I, ¶ 7", "Cal. Const., art. I, § 7(a)",
// "Mass. Const. pt. 1, art. 12", "Const. 1963, art. 1, § 17" (Michigan's,
// by its year).
var stateConstitution = regexp.MustCompile(`(?:\b` + stateExpr + `[ \t]*(?:Const|CONST)\.(?:[ \t]+(?:18|19|20)\d{2})?|\b(?:Const|CONST)\.[ \t]+(?:18|19|20)\d{2})` +
	`,?[ \t]+(?:(?:pt|Pt|PT)\.[ \t]+[IVX\d]+,[ \t]+)?` + articleSection)

// articleSection is a constitution's article or amendment and its section,
// paragraph or clause, as citations abbreviate them: "art. VI, § 5(3)",
// "art. I, ¶ 7", "amend. XIV, § 1, cl. 2".
const articleSection = `(?:art|Art|ART|amend|Amend|AMEND)\.[ \t]+[IVXLC\d]+[A-Z]?` +
	`(?:,[ \t]*(?:§§?|¶¶?|[Ss]ec\.|para\.)[ \t]*\d+[A-Za-z]?(?:\((?:[a-z]{1,5}|[A-Z]{1,4}|\d{1,3})\))*)?(?:,[ \t]*cl\.[ \t]*\d+)?`

// constitutionLast is a state's constitution cited by article and
// section with its name after them, as Florida's courts write it: "art.
// V, § 3(b)(1), Fla. Const.".
var constitutionLast = regexp.MustCompile(`\b` + articleSection + `,[ \t]*` + stateExpr + `[ \t]*(?:Const|CONST)\.`)

// stateArticle is an article of a state's constitution cited without a
// section: "Article 11 of the Minnesota Constitution". Group 1 is the
// state's name, which must be one.
var stateArticle = regexp.MustCompile(`\b(?:Article|ARTICLE|article|Art\.|art\.)[ \t]+[IVXLC\d]+[A-Z]?` + lawGap + `(?:of|OF)` + lawGap +
	`(?:the|THE)` + lawGap + `(?:State[ \t]+of[ \t]+)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)` + lawGap + `(?:Constitution|CONSTITUTION)\b`)

// clauseOfConstitution is a constitution's clause cited with the
// constitution it is of, and the amendment it is in: "Due Process Clause
// of the Fourteenth Amendment to the United States Constitution",
// "Confrontation Clause of the Sixth Amendment to the United States
// Constitution", "Due Process Clause of the New York State Constitution".
// The clause named alone stays a law of its own (lawHeadWords).
var clauseOfConstitution = regexp.MustCompile(`\b(?:[A-Z][a-z]+[ \t\n]+){1,3}Clause[ \t\n]+of[ \t\n]+the[ \t\n]+` +
	`(?:[A-Z][a-z]+(?:-[a-z]+)?[ \t\n]+Amendment[ \t\n]+(?:to|of)[ \t\n]+the[ \t\n]+)?` +
	`(?:United[ \t\n]+States|U\.S\.|(?:State[ \t\n]+of[ \t\n]+)?[A-Z][a-z]+(?:[ \t\n]+[A-Z][a-z]+){0,2})[ \t\n]+Constitution\b`)

// antiDiscriminationLaw is a state's law against discrimination, named
// "Law" where most statutes are "Act"s: "New Jersey Law Against
// Discrimination", "Washington Law Against Discrimination". Group 1 is the
// state.
var antiDiscriminationLaw = regexp.MustCompile(`\b((?:[A-Z][a-z]+[ \t]+){1,2})Law[ \t]+Against[ \t]+Discrimination\b`)

// alaskaStatute is a section of the Alaska Statutes as Alaska's courts and
// agencies cite it, title, chapter and section: "AS 23.30.005(h)". The
// three parts tell it from "AS" in a sentence in capitals ("SUCH AS 1.5").
var alaskaStatute = regexp.MustCompile(`\bAS[ \t]+\d{1,2}\.\d{2}\.\d{3}(?:\([a-z0-9]{1,4}\))*`)

// lawOfPlace is a constitution or a code named by the country or the
// state it is of: "the Constitution of the United States", "the Code of
// Virginia", "the Revised Statutes of Missouri", "the General Laws of
// Massachusetts". Group 1 is the name.
var lawOfPlace = regexp.MustCompile(`\b((?:Constitution|Code|Revised[ \t]+Statutes|General[ \t]+Statutes|General[ \t]+Laws|Compiled[ \t]+Laws|Consolidated[ \t]+Laws)` +
	`[ \t]+of[ \t]+(?:the[ \t]+)?(?:United[ \t]+States(?:[ \t]+of[ \t]+America)?|(?:State|Commonwealth)[ \t]+of[ \t]+` + stateNameAlt + `|` + stateNameAlt + `))\b`)

// stateNamedLaw is a state's (or New York City's) law named by its
// subject: "the New York General Business Law", "the New York City Human
// Rights Law", "the Texas Labor Law". Group 1 is the name; a capitalised
// word after it makes it something else's name (stateLaws).
var stateNamedLaw = regexp.MustCompile(`\b(` + stateNameAlt + `(?:[ \t]+City)?(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+Law)\b`)

// stateLaws is the after-tagger pass of state codes and constitutions:
// stateCodes, courtCodeCites, sectionsBeforeCode, chapterBeforeCode's, sectionsOfLaws,
// namedCodeSections, alaskaStatute's, antiDiscriminationLaw's,
// stateConstitution's, constitutionLast's, clauseOfConstitution's, stateArticle's and
// articleCommaConstitution's citations, the California Rules of Court's
// rules, Louisiana's codes' articles, the Uniform Code of Military
// Justice's, and constitutions, codes and laws named by their place
// (lawOfPlace, stateNamedLaw). Where one of them and a pattern read the
// same citation, merge keeps the longer.
func stateLaws(t string) []cand {
	var out []cand
	if strings.Contains(t, ".") {
		out = append(out, stateCodes(t)...)
	}
	if containsAny(t, courtCodeNeedles) {
		out = append(out, courtCodeCites(t)...)
	}
	if containsAny(t, []string{"§", "ection", "ec.", "ECTION"}) {
		out = append(out, sectionsBeforeCode(t)...)
	}
	if containsAny(t, []string{"hapter", "HAPTER"}) {
		out = append(out, groupCands(t, chapterBeforeCode, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"§", "ection", "ec.", "ECTION", "Art", "ARTICLE", " s. ", "(s. ", " ss. "}) && containsAny(t, []string{" of", " OF", "\nof", "\nOF"}) {
		out = append(out, sectionsOfLaws(t)...)
	}
	if strings.Contains(t, "Title") && strings.Contains(t, "ection") {
		out = append(out, groupCands(t, sectionOfTitle, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"Code", "Law", "Statutes", "CODE", "LAW"}) {
		out = append(out, namedCodeSections(t)...)
	}
	if containsAny(t, []string{"Rule ", "RULE ", "hapter ", "HAPTER "}) && containsAny(t, []string{"Act", "ACT", "Code", "CODE", "Rules of", "RULES OF", "Statutes", "STATUTES", "Laws", "LAWS"}) {
		out = append(out, groupCands(t, partOfLaw, 0, TypeLaw)...)
	}
	if strings.Contains(t, "AS ") {
		out = append(out, groupCands(t, alaskaStatute, 0, TypeLaw)...)
	}
	if strings.Contains(t, "Law Against Discrimination") {
		for _, m := range antiDiscriminationLaw.FindAllStringSubmatchIndex(t, -1) {
			if StateNames[strings.ToLower(oneSpace(t[m[2]:m[3]]))] {
				out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
			}
		}
	}
	if strings.Contains(t, "Const.") || strings.Contains(t, "CONST.") {
		for _, m := range stateConstitution.FindAllStringIndex(t, -1) {
			out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
		}
		out = append(out, groupCands(t, constitutionLast, 0, TypeLaw)...)
	}
	if strings.Contains(t, "Clause") {
		out = append(out, groupCands(t, clauseOfConstitution, 0, TypeLaw)...)
	}
	if strings.Contains(t, "Constitution") || strings.Contains(t, "CONSTITUTION") {
		for _, re := range []*regexp.Regexp{stateArticle, articleCommaConstitution} {
			for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
				if StateNames[strings.ToLower(oneSpace(t[m[2]:m[3]]))] {
					out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
				}
			}
		}
	}
	if containsAny(t, []string{"Constitution of", "Code of", "Statutes of", "Laws of"}) {
		out = append(out, groupCands(t, lawOfPlace, 1, TypeLaw)...)
	}
	if strings.Contains(t, " Law") {
		for _, m := range stateNamedLaw.FindAllStringSubmatchIndex(t, -1) {
			if ns, _, ok := nextWord(t, m[3]); !ok || !startsUpper(t[ns:ns+1]) { // "Texas Family Law Review" is a journal
				out = append(out, cand{typ: TypeLaw, start: m[2], end: m[3], source: SourcePattern})
			}
		}
	}
	if strings.Contains(t, "Rules of Court") {
		out = append(out, groupCands(t, calRuleOfCourt, 0, TypeLaw)...)
	}
	if strings.Contains(t, "C.C") || strings.Contains(t, "C. C") {
		out = append(out, groupCands(t, laCodeArticle, 0, TypeLaw)...)
	}
	if strings.Contains(t, "UCMJ") || strings.Contains(t, "Military Justice") {
		out = append(out, groupCands(t, ucmjArticle, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"Indiana Code", "Ind. Code", " IC ", "\nIC ", " I.C. ", "\nI.C. "}) {
		out = append(out, groupCands(t, indianaCode, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"F.A.C.", "Fla. Admin", "Florida Administrative", "FLORIDA ADMINISTRATIVE"}) {
		out = append(out, floridaRules(t)...)
	}
	if strings.Contains(t, "CMR") {
		out = append(out, groupCands(t, massRegulation, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"NCAC", "N.C.A.C.", "N.C. Admin. Code"}) {
		out = append(out, groupCands(t, northCarolinaRule, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"R.S.", "R. S.", "Rev. Stat."}) {
		out = append(out, citedList(t, louisianaStatute, louisianaSectionNext)...)
	}
	if containsAny(t, []string{"Procedure article", "Procedure Article", "Code article", "Code Article"}) {
		out = append(out, groupCands(t, codeArticle, 0, TypeLaw)...)
	}
	if strings.Contains(t, " Article") {
		out = append(out, groupCands(t, marylandArticle, 0, TypeLaw)...)
	}
	return out
}

// marylandArticle is a section of Maryland's code cited by its article's
// name, as Maryland's courts write it, the code and its edition before it
// or not: "Md. Code (1984, 1999 Repl. Vol., 2003 Cum. Supp.) §§ 10-101 to
// 10-305 of the State Government Article", "§ 14-404 of the Health
// Occupations Article".
var marylandArticle = regexp.MustCompile(`(?:\b(?:Md\.|Maryland)[ \t]+Code[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?,?[ \t]*)?(?:§§?|\b[Ss]ections?)[ \t]*\d{1,2}[A-Z]?-\d{1,4}(?:\.\d+)?` +
	`(?:\([A-Za-z0-9]{1,4}\))*(?:[ \t]+(?:to|through)[ \t]+\d{1,2}[A-Z]?-\d{1,4}(?:\([A-Za-z0-9]{1,4}\))*)?[ \t\n]+of[ \t\n]+the[ \t\n]+(?:[A-Z][A-Za-z&.'’]*[ \t\n]+){1,4}Article\b`)

// massRegulation is a section of the Code of Massachusetts Regulations by
// its title and section: "831 CMR 1.32", "940 CMR 3.16(3)".
var massRegulation = regexp.MustCompile(`\b\d{3}[ \t]+CMR[ \t\n]+\d{1,3}\.\d{2,3}(?:\([0-9a-z]{1,3}\))*`)

// northCarolinaRule is a rule of the North Carolina Administrative Code
// by its title, chapter and section: "12 NCAC 09B .0203(a)", "15A NCAC
// 02B .0211", "10A N.C.A.C. 70I .0101".
var northCarolinaRule = regexp.MustCompile(`\b\d{1,2}[A-Z]?[ \t]+(?:NCAC|N\.C\.A\.C\.|N\.C\.[ \t]+Admin\.[ \t]+Code)[ \t]+\d{1,2}[A-Z]{0,2}[ \t]+\.\d{4}(?:\([A-Za-z0-9]{1,3}\))*`)

// louisianaStatute is a section of the Louisiana Revised Statutes, its
// title and section after a colon: "La.R.S. 14:30.1", "LSA-R.S.
// 23:1223(B)", "La. Rev. Stat. Ann. § 15:529.1"; louisianaSectionNext is
// another of a list after it (" and 14:30.1", ", 14:56").
var (
	louisianaStatute     = regexp.MustCompile(`\b(?:LSA-R\.[ \t]?S\.|La\.[ \t]?R\.[ \t]?S\.|La\.[ \t]+Rev\.[ \t]+Stat\.(?:[ \t]+Ann\.)?)[ \t]*(?:§[ \t]*)?` + louisianaSection)
	louisianaSectionNext = regexp.MustCompile(`^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)(` + louisianaSection + `)`)
)

// louisianaSection is a Louisiana section's title and number: "14:30.1",
// "23:1223(B)".
const louisianaSection = `\d{1,2}:\d{1,5}(?:\.\d{1,3})?(?:\([A-Za-z0-9]{1,3}\))*`

// codeArticle is an article of a code named in full: "Louisiana Code of
// Criminal Procedure article 851(1)", "Civil Code Article 2315", "Texas
// Code of Criminal Procedure Article 37.071".
var codeArticle = regexp.MustCompile(`\b(?:[A-Z][a-z]+[ \t\n]+){0,2}Code(?:[ \t\n]+of[ \t\n]+(?:[A-Z][a-z]+[ \t\n]+){0,2}Procedure)?[ \t\n]+[Aa]rticle[ \t]+\d{1,4}(?:\.\d{1,3})?(?:\([A-Za-z0-9]{1,3}\))*`)

// citedList returns each citation first finds and, after each, the
// further sections of a list next reads (group 1), each its own law.
func citedList(t string, first, next *regexp.Regexp) []cand {
	var out []cand
	for _, m := range first.FindAllStringIndex(t, -1) {
		out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
		for e := m[1]; ; {
			n := next.FindStringSubmatchIndex(t[e:])
			if n == nil {
				break
			}
			out = append(out, cand{typ: TypeLaw, start: e + n[2], end: e + n[3], source: SourcePattern})
			e += n[3] // what next reads after the section is the next one's start
		}
	}
	return out
}

// guidelinesEnd is a body of rules named "Guidelines" at its end: "United
// States Sentencing Guidelines", "Horizontal Merger Guidelines".
var guidelinesEnd = regexp.MustCompile(`[ \t](?:Guidelines|GUIDELINES)$`)

// sentencingGuidelines are the federal sentencing guidelines by name,
// which the tagger reads as a place and a word or an organisation: "United
// States Sentencing Guidelines", "Federal Sentencing Guidelines".
var sentencingGuidelines = regexp.MustCompile(`\b(?:(?:United[ \t]+States|U\.[ \t]?S\.|Federal)[ \t]+)?Sentencing[ \t]+Guidelines\b`)

// guidelineLaws makes the tagger's organisation guidelinesEnd ends a law,
// a named body of rules as the guideline's LAW is, and reads the
// sentencing guidelines by name in place of what the tagger read there.
func guidelineLaws(t string, cs []cand) []cand {
	if !strings.Contains(t, "uidelines") && !strings.Contains(t, "UIDELINES") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeOrg && !c.party && guidelinesEnd.MatchString(t[c.start:c.end]) {
			cs[i].typ = TypeLaw
		}
	}
	laws := groupCands(t, sentencingGuidelines, 0, TypeLaw)
	if len(laws) == 0 {
		return cs
	}
	return replacedBy(cs, laws)
}

// underThe is "under the" or "pursuant to the" inside a law's name read
// over a sentence in capitals: "NOT BEEN REGISTERED UNDER THE SECURITIES
// ACT OF 1933".
var underThe = regexp.MustCompile(`\b(?:UNDER|Under|under|PURSUANT[ \t]+TO|Pursuant[ \t]+to|pursuant[ \t]+to)[ \t\n]+(?:THE|the)[ \t\n]+`)

// circuitOfRule is a court of appeals' name before its rule's: "Ninth
// Circuit " of "Ninth Circuit Rule 3-3", "7th Cir. " of "7th Cir. R. 28",
// "Circuit " alone of a court's own "Circuit Rule 3-3".
var circuitOfRule = regexp.MustCompile(`\b(?:(?:(?i:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.[ \t]?C\.|Federal)[ \t]+)?(?:Circuit|CIRCUIT)|(?:1st|2d|2nd|3d|3rd|[4-9]th|1[01]th|D\.[ \t]?C\.|Fed\.)[ \t]+Cir\.)[ \t]+(?:Local[ \t]+|LOCAL[ \t]+)?$`)

// articleOfChapter is an article's number and a comma before its chapter:
// "Article 3A, " of "Article 3A, Chapter 150B of …".
var articleOfChapter = regexp.MustCompile(`\bArticle[ \t]+\d{1,3}[A-Z]?,[ \t]+$`)

// codeHeadBefore is the first word of a code named for two subjects and
// "and", which a line break before "and" cut from it: "Business" of
// "Business" / "and Professions Code section 25658".
var codeHeadBefore = regexp.MustCompile(`\b[A-Z][a-z]+[ \t]*\n[ \t]*and[ \t]+$`)

// codeOfSubject is a code named for its subject: "Professions Code".
var codeOfSubject = regexp.MustCompile(`^[A-Z][a-z]+[ \t]+Code\b`)

// lawClauseStarts starts a law's name after the sentence it was read over
// (underThe), the law being what the sentence names, at the court of
// appeals whose rule it is (circuitOfRule), at the article before a
// chapter (articleOfChapter), and before the first subject and "and" of a
// code a line break cut from it (codeHeadBefore).
func lawClauseStarts(t string, cs []cand) []cand {
	under := containsAny(t, []string{"UNDER", "nder", "URSUANT", "ursuant"})
	circuit := containsAny(t, []string{"Circuit R", "Cir. R", "Circuit Local R", "Cir. Local R", "CIRCUIT R", "CIRCUIT LOCAL R"})
	for i, c := range cs {
		if c.typ != TypeLaw {
			continue
		}
		if ms := underThe.FindAllStringIndex(t[c.start:c.end], -1); under && ms != nil {
			if m := ms[len(ms)-1]; c.start+m[1] < c.end {
				cs[i].start = c.start + m[1]
			}
		}
		// "Ninth Circuit Rule 3-3": a court's rule is named with it.
		if r := t[c.start:c.end]; circuit && (strings.HasPrefix(r, "Rule ") || strings.HasPrefix(r, "R. ") || strings.HasPrefix(r, "RULE ")) {
			if m := circuitOfRule.FindStringIndex(t[max(0, c.start-24):c.start]); m != nil {
				cs[i].start = max(0, c.start-24) + m[0]
			}
		}
		// "Article 3A, Chapter 150B of the North Carolina General
		// Statutes": the article of the chapter is the law cited.
		if strings.HasPrefix(t[c.start:c.end], "Chapter ") {
			if m := articleOfChapter.FindStringIndex(t[max(0, c.start-20):c.start]); m != nil {
				cs[i].start = max(0, c.start-20) + m[0]
			}
		}
		if codeOfSubject.MatchString(t[c.start:c.end]) {
			if m := codeHeadBefore.FindStringIndex(t[max(0, c.start-40):c.start]); m != nil {
				cs[i].start = max(0, c.start-40) + m[0]
			}
		}
	}
	return cs
}

// indianaCode is a section of the Indiana Code by its title, article,
// chapter and section, without "§" too: "Indiana Code 36-7-14.5", "IC
// 36-7-14-2", "Ind. Code § 35-41-3-6(a)".
var indianaCode = regexp.MustCompile(`\b(?:Indiana[ \t]+Code|Ind\.[ \t]*Code|IC|I\.C\.)[ \t]+(?:§[ \t]*)?\d{1,2}(?:\.\d+)?-\d{1,3}(?:\.\d+)?(?:-\d{1,3}(?:\.\d+)?){1,2}(?:\([a-z0-9]{1,3}\))*`)

// floridaRuleNumber is a rule of the Florida Administrative Code by its
// number, the chapter's letters inside it ("21A-22.001", "61G15-19.001(6)"),
// with the code's name after a comma ("21A-22.003, F.A.C.").
const floridaRuleNumber = `\d{1,2}[A-Z]{1,2}\d{0,2}-\d{1,3}\.\d{3,4}(?:\([0-9a-z]{1,3}\))*(?:,?[ \t]+(?:F\.A\.C\.|Fla\.[ \t]*Admin\.[ \t]*Code|Florida[ \t]+Administrative[ \t]+Code))?`

var (
	// floridaRule is "Rule" or "Rules" and its first number.
	floridaRule = regexp.MustCompile(`\b(?:Rules?|rules?|RULES?)[ \t]+` + floridaRuleNumber)
	// floridaRuleNext is a further rule of a range or a list after it:
	// " - 21A-22.003, F.A.C.", ", 61G15-19.002 and 61G15-19.003".
	floridaRuleNext = regexp.MustCompile(`^(?:[ \t]*[-–,][ \t]*|,?[ \t]+(?:and|through|to)[ \t]+)(` + floridaRuleNumber + `)`)
)

// floridaRules returns the rules of the Florida Administrative Code a
// text cites by number, each of a range or a list its own: "Rules
// 21A-22.001 - 21A-22.003, F.A.C." cites two. The patterns read "Rules
// 21".
func floridaRules(t string) []cand {
	return citedList(t, floridaRule, floridaRuleNext)
}

// ucmjArticle is an article of the Uniform Code of Military Justice as
// military courts cite it, the code after a comma: "Article 120, Uniform
// Code of Military Justice", "Article 134, UCMJ".
var ucmjArticle = regexp.MustCompile(`\b(?:Article|Art\.)[ \t]+\d{1,3}[a-z]?(?:\([a-z0-9]{1,3}\))*,[ \t]+(?:Uniform[ \t]+Code[ \t]+of[ \t]+Military[ \t]+Justice|UCMJ)\b`)

// articleCommaConstitution is a state constitution's article and section
// with its name after a comma: "Article V, section 4(b)(1), Florida
// Constitution". Group 1 is the state's name, which must be one.
var articleCommaConstitution = regexp.MustCompile(`\b(?:Article|ARTICLE|article|Art\.|art\.)[ \t]+[IVXLC\d]+[A-Z]?,[ \t]*(?:[Ss]ection|§)[ \t]*\d+[A-Za-z]?(?:\([a-z0-9]{1,3}\))*,` +
	lawGap + `(?:the[ \t]+)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)` + lawGap + `Constitution\b`)

// calRuleOfCourt is a rule of the California Rules of Court as its
// courts cite it: "Cal. Rules of Court, rule 8.1115(a)", "California Rules
// of Court, rule 3.1312".
var calRuleOfCourt = regexp.MustCompile(`\b(?:Cal\.|California)[ \t]+Rules[ \t]+of[ \t]+Court,?[ \t]+rules?[ \t]+\d+(?:\.\d+)*(?:\([a-z0-9]{1,3}\))*`)

// laCodeArticle is an article of Louisiana's Civil Code or Code of Civil
// Procedure as its courts cite it: "La. C.C. art. 2315", "La. C.C.P. art.
// 966(A)".
var laCodeArticle = regexp.MustCompile(`\bLa\.[ \t]?C\.[ \t]?C\.(?:[ \t]?(?:Civ\.[ \t]?)?P\.)?[ \t]+[Aa]rts?\.[ \t]+\d+(?:\.\d+)?(?:\([A-Z0-9]{1,3}\))*`)

// courtCodeNeedles are in every citation courtCodeMatches finds: each
// abbreviation's last two characters.
var courtCodeNeedles = func() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range courtCodes {
		a := strings.ReplaceAll(c.abbr, " ", "")
		n := a[len(a)-2:]
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}()

// ownSection is what makes a section a contract's own: "hereof", "of
// this Agreement", "above", "of the Lease" after it ("of this title" in
// a statute quoted is a law's).
var ownSection = regexp.MustCompile(`^,?[ \t\n]*(?:hereof|herein|hereunder|hereto|above|below|of[ \t\n]+(?:this|the)[ \t\n]+(?:[A-Z][\w&'’\-]*[ \t\n]+){0,4}(?:Agreement|Lease|License|Contract|Amendment|Indenture|Note|Plan|Guaranty|Mortgage|Deed|Declaration|Bylaws|Certificate|Schedule|Exhibit|Policy|Sublease|Warrant)s?\b)`)

// bareSection is a section cited by its number alone: "Section 1.5",
// "Sec. 2.3(b)". Group 1 is the number.
var bareSection = regexp.MustCompile(`^(?:[Ss]ections?|SECTIONS?|[Ss]ec\.|SEC\.)[ \t\n]*(\d[\w.\-–()]*)$`)

// ownHeading is a contract's numbered section heading: "Section 5.2 Board
// of Managers.", "SECTION 12.7. NOTICES." A decimal number and a title
// that ends in a full stop.
var ownHeading = regexp.MustCompile(`^(?:Section|SECTION|Sec\.|SEC\.)[ \t]*\d{1,2}\.\d{1,2}(?:\([a-z0-9]{1,3}\))?\.?[ \t]+[A-Z][\w'’&\-]*(?:[ \t]+(?:[A-Z][\w'’&\-]*|of|and|the|for|to|in|on|or|OF|AND|THE|FOR|TO|IN|ON|OR)){0,7}\.(?:[ \t]|$)`)

// sectionHeading reports whether the section at s of t heads its line as
// a contract's numbered heading (ownHeading).
func sectionHeading(t string, s int) bool {
	ls := strings.LastIndexByte(t[:s], '\n') + 1
	return strings.TrimSpace(t[ls:s]) == "" && ownHeading.MatchString(t[s:min(len(t), s+120)])
}

// ownSections drops the sections a contract cites of itself ("as
// provided in Section 2.3(b) hereof", "Section 1.5 of this Lease", "this
// Section 4") and its headings ("Section 5.2 Board of Managers."): a
// contract's cross-reference is no law.
func ownSections(t string, cs []cand) []cand {
	if !containsAny(t, []string{"ection", "ECTION", "ec.", "EC."}) {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.typ == TypeLaw && bareSection.MatchString(t[c.start:c.end]) &&
			(ownSection.MatchString(textAfter(t, c.end)) || strings.HasSuffix(strings.ToLower(t[max(0, c.start-5):c.start]), "this ") || sectionHeading(t, c.start)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// statuteHeads are the words of a law that sections are cited of by
// number alone: "the Act", "Internal Revenue Code", "Florida Statutes".
var statuteHeads = wordSet(`act acts code codes law laws statute statutes stat. stat compact treaty constitution const. ordinance regulations`)

// statuteSections drops, over the whole document, the sections cited
// by number alone ("as defined in Section 1.5") that can be no short form
// of a statute the document cites: none of its laws is a statute named
// without a section (statuteName: "the Internal Revenue Code", "the
// Act") or a citation of that section ("18 U.S.C. § 1343" for "Section
// 1343") or of the same number with its statute ("Section 2(e)(1) of the
// Trademark Act" for "Section 2(f)"); a citation of another section ("N.A. Rev. Stat. § 47-2-309")
// has no short form "Section 7.2". Such a section is the
// document's own, a contract's cross-reference, not a law. A section
// numbered in the thousands ("Section 1983") is a statute's wherever it
// is cited: contracts number theirs by article ("1.5", "12"). So is one
// written in lower case ("section 9A.44.079"), as courts write statutes'
// sections and contracts do not write their own.
func statuteSections(ms []Mention) []Mention {
	var bare []int
	var laws []string
	ofLaw := map[string]bool{} // the numbers of the sections cited of a statute
	for i, m := range ms {
		if m.Type != TypeLaw {
			continue
		}
		if txt := strings.TrimSpace(m.Text); bareSection.MatchString(txt) {
			if txt[0] == 'S' {
				bare = append(bare, i)
			}
			continue
		}
		// "15 of the Securities Act of 1933", a list's last section joined
		// to its statute (provisionsOfLaws), names the statute.
		if lm := listedOfLaw.FindStringSubmatch(oneSpace(m.Text)); lm != nil {
			laws = append(laws, lm[1])
		}
		// A section cited of its statute makes the bare sections of its
		// number the statute's: "Section 2(e)(1) of the Trademark Act"
		// makes "Section 2(f)" the Act's, not a contract's "Section 2.1".
		if lm := sectionOfItsLaw.FindStringSubmatch(oneSpace(m.Text)); lm != nil {
			ofLaw[sectionLead(lm[1])] = true
		}
		laws = append(laws, oneSpace(m.Text))
	}
	if len(bare) == 0 {
		return ms
	}
	for _, l := range laws {
		if statuteName(l) {
			return ms
		}
	}
	drop := map[int]bool{}
	for _, i := range bare {
		num := bareSection.FindStringSubmatch(strings.TrimSpace(ms[i].Text))[1]
		lead := num
		if k := strings.IndexAny(num, ".(-–"); k >= 0 {
			lead = num[:k]
		}
		if len(lead) >= 4 && !strings.Contains(num, ".") {
			continue
		}
		cited := ofLaw[sectionLead(num)]
		for _, l := range laws {
			cited = cited || containsNumber(l, num)
		}
		if !cited {
			drop[i] = true
		}
	}
	out := ms[:0:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// listedOfLaw is a list's last provision cited of its law: "15 of the
// Securities Act of 1933". Group 1 is the law's name.
var listedOfLaw = regexp.MustCompile(`^` + listedNumberAlt + ` of (?:the )?(.+)$`)

// sectionOfItsLaw is a section cited of its law: "Section 2(e)(1) of
// the Trademark Act". Group 1 is the section's number.
var sectionOfItsLaw = regexp.MustCompile(`^(?:[Ss]ections?|SECTIONS?|[Ss]ec\.|SEC\.) ?(` + listedNumberAlt + `) of (?:the )?.+$`)

// sectionLead is a section's number before its subsections: "2" of
// "2(e)(1)", "409A", "2.1".
func sectionLead(num string) string {
	lead, _, _ := strings.Cut(num, "(")
	return lead
}

// yearIn is a year in a law's name: "Act of 1934".
var yearIn = regexp.MustCompile(`\b(?:17|18|19|20)\d{2}\b`)

// accountingStandards are laws by acronym that have no sections to cite
// by number: a credit agreement construed "following GAAP" cites no
// statute its "Section 13" could be a short form of.
var accountingStandards = map[string]bool{"GAAP": true, "IFRS": true}

// statuteName reports whether a law is named without a section, a name
// sections are cited of by number alone: a head word ("Internal Revenue
// Code", "Securities Exchange Act of 1934") or an acronym ("ERISA"), and
// no number but a year.
func statuteName(l string) bool {
	if strings.ContainsAny(yearIn.ReplaceAllString(l, ""), "0123456789§") {
		return false
	}
	if len(l) >= 3 && len(l) <= 8 && strings.ToUpper(l) == l && !strings.ContainsAny(l, " .") {
		return !accountingStandards[l]
	}
	for _, w := range strings.Fields(strings.ToLower(l)) {
		if statuteHeads[strings.Trim(w, ",;")] {
			return true
		}
	}
	return false
}

// containsNumber reports whether a citation cites the section num: the
// number is in it, not inside a longer one.
func containsNumber(cite, num string) bool {
	for k := 0; ; {
		j := strings.Index(cite[k:], num)
		if j < 0 {
			return false
		}
		j += k
		before, _ := utf8.DecodeLastRuneInString(cite[:j])
		e := j + len(num)
		if (j == 0 || !isAlnum(byte(before)) && before != '.') && (e == len(cite) || !isAlnum(cite[e]) && cite[e] != '.') {
			return true
		}
		k = j + 1
	}
}

// federalCite is a federal law or rule cited by where it is published
// rather than by section: a Public Law ("Pub. L. No. 115-123", "Public
// Law 96-517", "P.L. 115-123", before 1957 "Pub. L. 346"), the Statutes at Large ("132 Stat. 64"),
// the Federal Register ("85 Fed. Reg. 34050", "85 FR 34050") and a part
// or section of the Code of Federal Regulations written without "§"
// ("26 CFR Part 1", "26 C.F.R. pt. 1", "26 CFR 1.45Q-2"), which the
// patterns need.
var federalCite = regexp.MustCompile(`\b(?:(?:Pub(?:lic)?\.?[ \t]+L(?:aw|\.)|P\.[ \t]?L\.)[ \t]+(?:No\.[ \t]*)?\d{1,3}(?:[-–]\d{1,4})?\b` +
	`|\d{1,3}[ \t]+Stat\.[ \t\n]+\d{1,5}\b` +
	`|\d{1,3}[ \t]+(?:Fed\.[ \t]?Reg\.|FR)[ \t\n]+\d{1,3}(?:,\d{3}|\d{0,3})\b` +
	`|\d{1,2}[ \t]+(?:C\.[ \t]?F\.[ \t]?R\.|CFR)[ \t]+(?:(?:[Pp]arts?|PART|[Pp]t\.|[Pp]ts\.)[ \t]+\d{1,4}[A-Z]?\b|\d{1,4}[A-Z]?\.\d+[A-Za-z]?(?:-\d+)?\b(?:\([a-z0-9]{1,4}\))*))`)

// treasuryCite is a Treasury regulation as the Tax Court and the Bluebook
// cite it: "Treas. Reg. § 1.183-2(b)", "sec. 1.183-2(b)(1), Income Tax
// Regs.", "sec. 301.6501(c)-1, Proced. & Admin. Regs.".
var treasuryCite = regexp.MustCompile(`\bTreas\.[ \t]?Reg\.[ \t]+(?:§|sec\.|[Ss]ection)[ \t]*` + taxRegSection +
	`|\bsec\.[ \t]+` + taxRegSection + `,[ \t]+(?:(?:Income|Estate|Gift|Employment|Excise)[ \t]+Tax|Proced\.[ \t]+&[ \t]+Admin\.)[ \t]+Regs\.`)

// taxRegSection is a Treasury regulation's section: its part, its
// section and its paragraphs ("1.183-2(b)(1)", "301.6501(c)-1").
const taxRegSection = `\d{1,3}\.\d{1,5}[A-Za-z]?(?:\([a-z0-9]{1,4}\))*(?:-\d{1,3}[A-Za-z]?)?(?:\([a-z0-9]{1,4}\))*`

// splitCodeCite is a section of the U.S. Code whose title a line break or
// a scan's lost space sets apart in a way the patterns do not read ("28
// U.S.C." / "2461(c)", "18U.S.C. 371").
var splitCodeCite = regexp.MustCompile(`\b\d{1,2}(?:[ \t]*U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?[ \t]*\n[ \t]*|U\.S\.C\.[ \t]*)(?:§§?[ \t]*)?\d{1,5}[a-z]{0,3}(?:-\d{1,3}[a-z]?)?(?:\([A-Za-z0-9]{1,4}\))*`)

// gluedCodeTitle reports whether t has a U.S. Code title glued to its
// number by a scan: "18U.S.C.".
func gluedCodeTitle(t string) bool {
	for i := strings.Index(t, "U.S.C."); i >= 0; {
		if i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
			return true
		}
		k := strings.Index(t[i+1:], "U.S.C.")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// federalCites returns the citations federalCite, treasuryCite,
// splitCodeCite and wrappedFederalRule find;
// a Public Law's or the Statutes at Large's right after an Act's name is
// that Act's (codifiedActs).
func federalCites(t string) []cand {
	var out []cand
	if containsAny(t, []string{"Pub", "Public Law", "P.L.", "Stat.", "Reg.", "FR ", "CFR", "C.F.R", "C. F. R"}) {
		out = groupCands(t, federalCite, 0, TypeLaw)
	}
	if containsAny(t, []string{"Treas.", "Regs."}) {
		out = append(out, groupCands(t, treasuryCite, 0, TypeLaw)...)
	}
	if strings.Contains(t, "U.S.C.") && (containsAny(t, []string{"U.S.C.\n", "U.S.C. \n", "U.S.C.A.\n"}) || gluedCodeTitle(t)) {
		out = append(out, groupCands(t, splitCodeCite, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"Fed.", "FED."}) {
		for _, c := range groupCands(t, wrappedFederalRule, 0, TypeLaw) {
			if strings.Contains(t[c.start:c.end], "\n") {
				out = append(out, c)
			}
		}
	}
	return out
}

// wrappedFederalRule is a federal rule's citation that a line break cuts
// ("Fed." / "R. Civ. P. 57"), which the patterns read on one line only.
var wrappedFederalRule = regexp.MustCompile(`\b(?:Fed|FED)\.` + lawGap + `R\.` + lawGap + `(?:(?:Civ|Crim|App|Bankr|CIV|CRIM|APP|BANKR)\.` + lawGap + `P\.|Evid\.|EVID\.)` + lawGap + secNum)

// actOfDate is an Act named by the day it was passed: "Act of Aug. 11,
// 1955".
var actOfDate = regexp.MustCompile(`^Act of [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$`)

// lostSectionSign is a code's citation whose section sign a conversion
// turned into a question mark ("18 U.S.C. ? 201(b)(2)(A)", "18 U.S.C. ??
// 201(b)") or Westlaw's texts write as "s" ("47 U.S.C. s 151", "28
// U.S.C.A. ss 2254").
var lostSectionSign = regexp.MustCompile(`\b\d{1,2}[ \t]+(?:U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?|C\.[ \t]?F\.[ \t]?R\.)[ \t]*(?:\?{1,2}|ss?[ \t])[ \t]*\d+[A-Za-z0-9.\-]*?(?:\([A-Za-z0-9]{1,4}\))*(?:[.,;:]?(?:[ \t]|$))`)

// lostSectionSigns returns the citations lostSectionSign finds, without
// the punctuation after them.
func lostSectionSigns(t string) []cand {
	if !containsAny(t, []string{"?", "C. s", "C.A. s", "R. s"}) {
		return nil
	}
	var out []cand
	for _, m := range lostSectionSign.FindAllStringIndex(t, -1) {
		e := m[1]
		for e > m[0] && strings.ContainsRune(" \t.,;:", rune(t[e-1])) {
			e--
		}
		out = append(out, cand{typ: TypeLaw, start: m[0], end: e, source: SourcePattern})
	}
	return out
}

// publishedLaw is a Public Law's or the Statutes at Large's citation
// alone, as codifiedActs joins it to the Act before it.
var publishedLaw = regexp.MustCompile(`^(?:` + publicLawHead + `[ \t]+(?:No\.[ \t]*)?\d{1,3}(?:[-–]\d{1,4})?|\d{1,3}[ \t]+Stat\.[ \t]+\d{1,5})$`)

// codification is what makes a citation one of a whole law, not of one
// of its sections: a range of sections ("42 U.S.C. §§ 2000cc-2000cc-5"),
// a chapter ("RCW 41.56", "G.L. c. 93A"), or "et seq." after it.
var (
	chapterCite = regexp.MustCompile(`^(?:(?:RCW|WAC)[ \t]+\d+[A-Z]?(?:\.\d+[A-Z]?)?|.*\b(?:ch|c|[Cc]hapter)\.?[ \t]*\d+[A-Z]?)$`)
	etSeq       = regexp.MustCompile(`^,?[ \t\n]*et[ \t\n]+seq\.`)
	// actGap is what stands between a law's name and its codification:
	// a comma, its acronym in parentheses before it; ", as amended (" or
	// ", as amended, " ("the Animal Welfare Act, as amended (7 U.S.C. §
	// 2131 et seq.)").
	// parenGap is a parenthesis that opens a provision's codification:
	// " (" of "Section 5 of the Federal Trade Commission Act (15 U.S.C. §
	// 45)"; the provision names its law ("of"): a court's rule before a
	// statute in parentheses ("Rule 12(b)(6) (28 U.S.C. § 1915(e)(2))") is
	// not codified by it.
	parenGap = regexp.MustCompile(`^[ \t\n]*\($`)
	actGap   = regexp.MustCompile(`^(?:[ \t\n]*\([^()\n]{1,16}\))?[ \t\n]*,[ \t\n]*$|^,?[ \t\n]+as[ \t\n]+amended[ \t\n]*[,(][ \t\n]*$`)
)

// articleGap is actGap with an article or section of the law cited
// before its publication, and a compact's parties before that: ", Art.
// VII(1), ", ", Kansas-Oklahoma, Art. VII(A), ".
var articleGap = regexp.MustCompile(`^[ \t\n]*,[ \t\n]*(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*[ \t\n]*,[ \t\n]*)?(?:Art\.|Arts\.|Article|§§?)[ \t\n]*[IVXLC\d]+[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\))*[ \t\n]*,[ \t\n]*$`)

// provisionOfLaw is one part of a named law or rule, cited by its number:
// "Section 6 of the Telemarketing Act", "section 304, Tariff Act of 1930",
// "Sec. 301 of the Labor Management Relations Act", "Title VII of the
// Civil Rights Act of 1964",
// "Trademark Act § 2(d)", "Trademark Act Section 2(d)", "CFTC Regulation
// 1.38", "Rule 10b-5".
var provisionOfLaw = regexp.MustCompile(`^(?:(?:[Ss]ection|SECTION|[Ss]ec\.|SEC\.|§|Title|TITLE|Article|Art\.)[ \t]+[0-9IVXLC][0-9A-Za-z.\-]*(?:\([A-Za-z0-9]{1,4}\))*(?:` + spacedSubsectionOf + `)?(?:[ \t]+(?:of|OF|under|UNDER)[ \t]+|,[ \t]+)\S` +
	`|.*\b(?:Act|ACT|Code|Law)(?:[ \t]+of[ \t]+\d{4})?[ \t]+(?:§|Section|Sec\.)[ \t]*\d|(?:[A-Z]{2,6}[ \t]+)?(?:Rule|Regulation)[ \t]+\d)`)

// codeSection is a section of a code cited by its title and number, as a
// provision's codification is: "15 U.S.C. § 6105(d)", "12 U.S.C.
// 1813(q)(3)", "17 C.F.R. § 240.10b-5".
var codeSection = regexp.MustCompile(`^\d{1,2}[ \t]+(?:U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?|USC|C\.[ \t]?F\.[ \t]?R\.|CFR)[ \t]*(?:§§?|[Ss]ecs?\.)?[ \t]*\d`)

// sectionListAfter is the next section of a list after "§§ 5531(a)": ",
// 5536(a)", " and 2-802", or the next subsection of the same section
// (", (a)(3)" after "§§ 1132(a)(1)(B)").
var sectionListAfter = regexp.MustCompile(`^(?:,|[ \t\n]+(?:and|or|&))[ \t\n]*(?:\d|\([A-Za-z0-9]{1,4}\))`)

// inDefinition reports whether m is a law's acronym or short name where
// the text defines it, in its parenthesis and quotes: `("CAA")`, `(the
// “Bankruptcy Code”)`.
func inDefinition(doc []rune, m Mention) bool {
	if m.Start < 2 || m.End+1 >= len(doc) || doc[m.End+1] != ')' {
		return false
	}
	if q := doc[m.End]; q != '"' && q != '”' {
		return false
	}
	pre := string(doc[max(0, m.Start-6):m.Start])
	return strings.HasSuffix(pre, "(\"") || strings.HasSuffix(pre, "(“") || strings.HasSuffix(pre, "(the \"") || strings.HasSuffix(pre, "(the “")
}

// actOfProvision is the Act, code or rules a provision is of, at the end
// of its mention: "§ 112(c)(6) of the Clean Air Act", "Title I of the
// Employee Retirement Income Security Act of 1974", "Article 9 of the
// Uniform Commercial Code". Group 1 is the law's name.
var actOfProvision = regexp.MustCompile(`\b(?:of|under)[ \t\n]+the[ \t\n]+([A-Z].*\b(?:Act|Code|Rules)(?:[ \t\n]+of[ \t\n]+\d{4})?)$`)

// lawAcronym is a law's acronym: capitals and digits ("ERISA", "CAA").
var lawAcronym = regexp.MustCompile(`^[A-Z][A-Z0-9]+$`)

// definedLawAcronyms makes a law's acronym or short name, where the text
// defines it and wherever it uses it, refer to the law the definition
// follows, so that resolve makes them one law however the acronym spells
// the name's initials ("Age Discrimination in Employment Act of 1967
// ("ADEA")", "Title 11 of the United States Code (the “Bankruptcy
// Code”)"). Where the name before the definition is one of an Act's
// provisions and the acronym opens with the Act's first letter ("Title I
// of the Employee Retirement Income Security Act of 1974 (“ERISA”)"), the
// acronym names the Act, not the provision. Between the
// name and the parenthesis may stand the name's citation ("Americans with
// Disabilities Act, 42 U.S.C. § 12101 ("ADA")"). ms must be sorted by
// start.
func definedLawAcronyms(doc []rune, ms []Mention) []Mention {
	refers := map[string]string{}
	for i, m := range ms {
		if m.Type != TypeLaw {
			continue
		}
		if name, ok := refers[m.Text]; ok && m.Refers == "" {
			ms[i].Refers = name
			ms[i].ID = mentionID(ms[i])
			continue
		}
		if !inDefinition(doc, m) {
			continue
		}
		open := m.Start - 2
		for open > 0 && doc[open] != '(' {
			open--
		}
		// The law before: the one the definition follows, or the one its
		// citation cites (lawBefore).
		name := ""
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			p := ms[j]
			if p.Type != TypeLaw || p.End > open {
				continue
			}
			if gap := string(doc[p.End:open]); strings.Trim(gap, " ,\t\n") == "" {
				name = lawBefore(doc, ms, j)
			}
			break
		}
		if name == "" || codeSection.MatchString(name) {
			continue // a citation not linked to its law's name
		}
		if g := actOfProvision.FindStringSubmatch(name); g != nil && lawAcronym.MatchString(m.Text) && m.Text[0] == g[1][0] {
			name = g[1]
		}
		refers[m.Text] = name
		ms[i].Refers = name
		ms[i].ID = mentionID(ms[i])
	}
	return ms
}

// codifiedActs makes the citation of a whole law right after its name
// ("Religious Land Use and Institutionalized Persons Act, 42 U.S.C. §§
// 2000cc-2000cc-5", "Public Employees' Collective Bargaining Act (PECBA),
// RCW 41.56") refer to that name, so resolve makes them one law, as a
// Public Law's citation is its Act's; so does a section of the U.S. Code
// or the C.F.R. right after the provision it codifies ("Section 2(d) of
// the Trademark Act, 15 U.S.C. § 1052(d)", or in parentheses: "Section
// 361 of the Public Health Service Act (42 U.S.C. § 264)"): one provision
// cited two ways.
// The citation of one section after an Act's name ("the Federal
// Arbitration Act, 9 U.S.C. § 10") is that section, a law of its own. ms
// must be sorted by start.
func codifiedActs(doc []rune, ms []Mention) []Mention {
	last := -1
	for i, m := range ms {
		if m.Type != TypeLaw || inDefinition(doc, m) {
			continue
		}
		// "…Act, Pub. L. No. 115-123, 132 Stat. 64": the Statutes at
		// Large's citation after the Public Law's is the same Act's.
		prevPublished := last >= 0 && ms[last].Refers != "" && publishedLaw.MatchString(oneSpace(ms[last].Text))
		var lastTxt string
		provision := false
		if last >= 0 {
			lastTxt = oneSpace(ms[last].Text)
			provision = provisionOfLaw.MatchString(lastTxt)
		}
		if last >= 0 && m.Refers == "" && m.Start >= ms[last].End && m.Start <= len(doc) &&
			(statuteName(lastTxt) || actOfDate.MatchString(lastTxt) || prevPublished || provision || customsRegulationName(lastTxt)) {
			txt, gap := oneSpace(m.Text), string(doc[ms[last].End:m.Start])
			// "Snake River Compact, Art. VIII(A), 64 Stat. 32": the
			// Statutes at Large cite the whole compact after its article.
			customsPart := customsRegulationName(lastTxt) && cfrPart.MatchString(txt) && (parenGap.MatchString(gap) || actGap.MatchString(gap))
			// "Implementation Act (Pub. L. 103-182, 107 Stat. 2057)",
			// "Implementation Act, (Pub. L. 103-182": the Act's Public Law
			// in parentheses, a comma before them or not, where the
			// citation ends at its comma, semicolon or parenthesis ("(Pub.
			// L. 103-182 amended section 625)" is about another law).
			parenPublished := parenGap.MatchString(strings.TrimPrefix(gap, ",")) && m.End < len(doc) && strings.ContainsRune(",;)", doc[m.End])
			if !actGap.MatchString(gap) && !(publishedLaw.MatchString(txt) && (articleGap.MatchString(gap) || parenPublished)) && !(provision && (strings.Contains(lastTxt, " of ") || strings.Contains(lastTxt, ", ")) && codeSection.MatchString(txt) && parenGap.MatchString(gap)) && !customsPart {
				last = i
				continue
			}
			after := string(doc[m.End:min(len(doc), m.End+16)])
			// "§§ 2000cc-2000cc-5", "RCW 41.56", "10:5-1 to -42": a range or
			// a chapter cites the whole law.
			// "12 U.S.C. §§ 5531(a), 5536(a)(1)(B)": sections listed after
			// "§§" are sections, not the whole Act.
			if provision && codeSection.MatchString(txt) || customsPart || strings.Contains(txt, "§§") && !sectionListAfter.MatchString(after) || chapterCite.MatchString(txt) ||
				etSeq.MatchString(after) || publishedLaw.MatchString(txt) || strings.Contains(txt, " to -") || strings.Contains(txt, " through -") {
				ms[i].Refers = lastTxt
				// "Section 9 (c) of the National Labor Relations Act, 49
				// Stat. 449": the Statutes at Large print the Act as
				// enacted, which the section names.
				if g := actOfProvision.FindStringSubmatch(lastTxt); provision && publishedLaw.MatchString(txt) && g != nil {
					ms[i].Refers = g[1]
				}
				if prevPublished {
					ms[i].Refers = ms[last].Refers
				}
				ms[i].ID = mentionID(ms[i])
			}
		}
		last = i
	}
	// "See Arts. V(A)1(a)–(f), 83 Stat. 88": a page of the Statutes at
	// Large a few pages after an Act's own citation there ("83 Stat. 86")
	// is a pin cite of that Act.
	type statPage struct {
		page   int
		refers string
	}
	var acts map[string][]statPage
	for i, m := range ms {
		f := strings.Fields(m.Text)
		if m.Type != TypeLaw || len(f) != 3 || f[1] != "Stat." || !publishedLaw.MatchString(oneSpace(m.Text)) {
			continue
		}
		page, _ := strconv.Atoi(f[2])
		if m.Refers != "" {
			if acts == nil {
				acts = map[string][]statPage{}
			}
			acts[f[0]] = append(acts[f[0]], statPage{page, m.Refers})
			continue
		}
		for _, a := range acts[f[0]] {
			if page > a.page && page <= a.page+statPinPages {
				ms[i].Refers = a.refers
				ms[i].ID = mentionID(ms[i])
				break
			}
		}
	}
	return ms
}

// statPinPages is how many pages after an Act's first page in the
// Statutes at Large a pin cite of it may be.
const statPinPages = 40

// actNameBefore is the start of an Act's name that the patterns left out
// before "of", "for", "in", "on" or "by", over two of them: "Freedom of" +
// "Information Act", "Carriage of Goods by" + "Sea Act"; "Employee
// Retirement Income Security Act" stays whole. Group 1 is the words
// before the last connector.
var actNameBefore = regexp.MustCompile(`((?:[A-Z][a-z]+[ \t]+){1,3}(?:(?:of|for|in|on|by)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3})?)(?:of|for|in|on|by)[ \t]+$`)

// codeOnLine is a code's title and name right before a section on its
// line that the patterns read alone: "5 U.S.C." + "Sec. 552", "29 C.F.R."
// + "Section 1630.2" (codeBefore is one on the line before).
var codeOnLine = regexp.MustCompile(`\b\d{1,2}[ \t]+(?:U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?|C\.[ \t]?F\.[ \t]?R\.)[ \t]+$`)

// notActHead are the words before "of" that cite a part of an Act, not
// its name: "Section 5 of", "Title VII of".
var notActHead = wordSet(`section sections title titles article articles part parts chapter chapters provisions provision
	purposes purpose violation violations terms requirements meaning amendment amendments the this that under see`)

// localLawLabel is an ordinance's or a resolution's label right before
// its number, which the docket patterns read as a case's: "Ordinance No.
// 2016-01", "Resolution No. 2019-45".
var localLawLabel = regexp.MustCompile(`\b(?i:ordinance|resolution)[ \t]+(?i:no)\.[ \t]*$`)

// localLawNumbers makes the number a localLawLabel opens, with the label,
// the local law it is, not a case.
func localLawNumbers(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase {
			continue
		}
		if m := localLawLabel.FindStringIndex(t[max(0, c.start-24):c.start]); m != nil {
			cs[i].typ, cs[i].start = TypeLaw, max(0, c.start-24)+m[0]
		}
	}
	return cs
}

// chapterBeforeSection is a Massachusetts chapter, and the session law's
// year before it, right before a section cited by its sign: "c. 59, " of
// "G.L. c. 58A, § 7 and c. 59, §§ 64", "St. 1969, c. 704, " of "St. 1969,
// c. 704, § 21".
var chapterBeforeSection = regexp.MustCompile(`(?:\bSt\.[ \t]+\d{4},[ \t]+)?\bc\.[ \t]?\d{1,4}[A-Z]{0,2},[ \t]+$`)

// chapterSections starts a section cited by its sign at the chapter
// before it (chapterBeforeSection): the chapter and the section are one
// provision, as "G.L. c. 93A, § 2" is.
func chapterSections(t string, cs []cand) []cand {
	if !strings.Contains(t, "c.") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeLaw || !strings.HasPrefix(t[c.start:c.end], "§") {
			continue
		}
		from := max(0, c.start-24)
		if m := chapterBeforeSection.FindStringIndex(t[from:c.start]); m != nil {
			cs[i].start = from + m[0]
		}
	}
	return cs
}

// footnoteMark is a footnote's number glued to a section's number at the
// end of a sentence, the sentence's period between them: "section
// 425.16.1 We determine", "42 U.S.C. § 1981.1 (ECF No. 5.)". A section
// whose number ends in a decimal ends its sentence with a period of its
// own ("§ 1542.1."), and goes on in lower case ("§ 1542.1 of the Code").
var footnoteMark = regexp.MustCompile(`\d(\.\d{1,2})$`)

// tariffNumberEnd is a tariff schedule's subheading number ending a law
// ("8215.99.50", "9505.90.4000"): its last group is its own, no
// footnote's mark ("TARIFF NO.: 8215.99.50" / "Mr. Richard Tomasek"), in a
// text that speaks of tariffs (an Ohio section's "R.C. 2744.02.12 The"
// has one).
var tariffNumberEnd = regexp.MustCompile(`\b\d{4}\.\d{2}\.\d{2,4}(?:\.\d{2})?$`)

// cfrSection is a C.F.R. citation whose section has one dot: its part and
// section ("37 C.F.R. § 42.73"), never a part alone with a footnote's
// mark, which would need a second dot.
var cfrSection = regexp.MustCompile(`(?:C\.[ \t]?F\.[ \t]?R\.|CFR)[ \t]*(?:§[ \t]*)?\d+\.\d+$`)

// provisionOfLawGap is what joins a provision to the law it is part of:
// " of the " of "Section 501.1 of the Clinton County Zoning Ordinance", or
// the comma the Customs rulings and the Federal Register write
// ("section 625(c), Tariff Act of 1930").
var provisionOfLawGap = regexp.MustCompile(`^(?:[ \t]+of[ \t]+(?:the[ \t]+)?|,[ \t]+)`)

// namedLawHead is a law's name's head word, which a provision's reference
// never ends with.
var namedLawHead = regexp.MustCompile(`(?i)\b(?:Act|Code|Ordinance|Ordinances|Constitution|Charter|Regulations|Rules|Statutes|Treaty|Convention|Rules[ \t]+of[ \t]+(?:Civil|Criminal|Appellate|Bankruptcy)[ \t]+Procedure|Rules[ \t]+of[ \t]+Evidence)(?:[ \t]+of[ \t]+\d{4})?(?:,[ \t]+\d{4})?$`)

// commaProvision reports whether section p and law l after its comma are
// one citation ("section 625(c), Tariff Act of 1930"): p is a section's
// ("section", "Sec.", "§"; "Title IX, Rehabilitation Act" lists two
// laws), l is no provision of its own (a list's next: "Section 20.30,
// Florida Statutes, Chapter 455, Florida Statutes", "§ 12, § 15") and no
// list goes on after it ("Section 1983, Fair Housing Act, and state law",
// "Section 4, Clayton Act, and Section 1, Sherman Act").
func commaProvision(t string, p, l cand) bool {
	first := strings.ToLower(strings.TrimRight(firstWord(t[p.start:p.end]), "."))
	return (first == "section" || first == "sec" || strings.HasPrefix(first, "§")) && !provisionOpens(t[l.start:l.end]) && !strings.HasPrefix(t[l.end:], ", and")
}

// provisionOpens reports whether a law's name opens with a provision's
// word (provisionWord: "Section", "Rule", "Article", "Title", "Chapter"
// and the like; "Sec.", "§"): it cites a provision, not a law by its name.
func provisionOpens(name string) bool {
	first := strings.ToLower(strings.TrimRight(firstWord(name), "."))
	return provisionWord[first] || provisionWord[first+"."] || first == "sec" || strings.HasPrefix(first, "§")
}

// provisionsOfLaws joins a provision the patterns read alone to the law's
// name they read after its "of" or its comma ("Section 501.1" + " of the "
// + "Clinton County Zoning Ordinance"): one citation, as "Section
// 3804(e)(2) of the Vehicle Code" is. The provision must open with a
// provision's word (provisionOpens; a section alone before a comma,
// commaProvision) and the law end with a law's
// head word; the law's own name goes. The joins run from the text's end,
// so that a chain is one citation ("Section 1983" + "Title 42" + "United
// States Code").
func provisionsOfLaws(t string, cs []cand) []cand {
	if !strings.Contains(t, " of ") && !strings.Contains(t, ", ") {
		return cs
	}
	byStart, byEnd := startIndex(cs, TypeLaw), endIndex(cs, TypeLaw)
	var order []int
	for i, c := range cs {
		if c.typ == TypeLaw {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return cs[b].start - cs[a].start })
	drop := map[int]bool{}
	for _, i := range order {
		c := cs[i]
		if drop[i] {
			continue
		}
		opens := provisionOpens(t[c.start:c.end])
		if !opens && !listedAfterProvision(t, byEnd, c) {
			continue
		}
		m := provisionOfLawGap.FindStringIndex(t[c.end:min(len(t), c.end+16)])
		if m == nil {
			continue
		}
		j, ok := byStart[c.end+m[1]]
		if !ok || drop[j] || !namedLawHead.MatchString(t[cs[j].start:cs[j].end]) {
			continue
		}
		if strings.HasPrefix(t[c.end:], ",") && !commaProvision(t, c, cs[j]) {
			continue
		}
		// "sections 3(u) and 8(b)(3) of the Federal Deposit Insurance Act,
		// as amended (the "FDI Act")": a law the text defines is named of
		// its own, and the list's last item stays its number.
		if !opens && lawDefinedAfter.MatchString(textAfter(t, cs[j].end)) {
			continue
		}
		cs[i].end = cs[j].end
		drop[j] = true
	}
	return withoutDropped(cs, drop)
}

// listedAfterProvision reports whether c is a provision a list names by
// its number alone after another law's provision ("2" of "§§ 1 and 2 of
// the Sherman Act", "65" of "Rules 52 and 65 of the Federal Rules of
// Civil Procedure"): the list's last item is cited of the law after it.
// A subsection listed after its section ("(5)" of "Section 8(a)(1) and (5)
// of the Act") is the section's (listedProvisions), not one of the Act.
func listedAfterProvision(t string, byEnd map[int]int, c cand) bool {
	if !listedNumber.MatchString(t[c.start:c.end]) || t[c.start] == '(' {
		return false
	}
	from := max(0, c.start-12)
	g := listGapBefore.FindStringIndex(t[from:c.start])
	if g == nil {
		return false
	}
	_, ok := byEnd[from+g[0]]
	return ok
}

// lawDefinedAfter is a definition of a law's short name right after the
// law's name: ` (the "Act")`, `, as amended ("1940 Act")`.
var lawDefinedAfter = regexp.MustCompile(`^,?[ \t\n]*(?:as[ \t\n]+amended,?[ \t\n]*)?\([ \t\n]*(?:the[ \t\n]+)?["“]`)

// listGapBefore is listJoin right before a listed provision: listGap
// anchored at the end only, for a window that reaches back past the
// provision before.
var listGapBefore = regexp.MustCompile(listJoin + `$`)

// courtRulesSet is a set of court rules cited by its abbreviation, whose
// rules have decimal numbers of their own: "Fed. R. App. P. 32.1", "Fed.
// R. Civ. P. 23.1". At a line's end such a rule keeps its decimal (a
// page's notice: "To be cited only in accordance with Fed. R. App. P.
// 32.1"); before a sentence on its line the decimal is a footnote's mark
// ("Fed. R. Civ. P. 56.3 Summary judgment is …").
var courtRulesSet = regexp.MustCompile(`\bR\.[ \t]?(?:App|Civ|Crim|Bankr)\.[ \t]?P\.`)

// footnoteNext is what follows a footnote's mark: the next sentence, a
// record citation in parentheses, or the text's end; not a citation's
// parenthesis ("§105.9 (West 2013)", "29 C.F.R. § 1630.2 (2019)").
var footnoteNext = regexp.MustCompile(`^(?:\s+[A-Z“"]|\s+\((?:ECF|Doc|Dkt|See|Id)\b|\s*$)`)

// ruleEnd is a rule's number ending a law's name ("Rule 10"), and
// secRuleRest the rest of a Commission rule's number after it ("b-5" of
// "Rule 10b-5", "a-9", "b5-1", "c3-3(a)") or of a local rule's ("-1" of
// "Local Bankruptcy Rule 9013-1").
var (
	ruleEnd     = regexp.MustCompile(`\b(?:Rule|RULE|Rules|RULES)[ \t]+\d+$`)
	secRuleRest = regexp.MustCompile(`^(?:[a-z]\d?)?-\d+\b(?:\([a-z0-9]{1,3}\))*`)
)

// pluralPossessiveLead is a plural's possessive opening a law's name
// ("States’ "); amendmentOrClause is the name of a constitution's
// amendment or clause after it.
var (
	pluralPossessiveLead = regexp.MustCompile(`^[A-Z][A-Za-z]*s['’][ \t]*\n?[ \t]*`)
	amendmentOrClause    = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[ \t]*\n?[ \t]*){1,4}(?:Amendment|Clause)s?$`)
)

// headlineActLead is a headline's run up to the verb before the Act its
// story is about, and the count of the violations with their kind before
// the Act's name: "Million to Resolve ", "Civil Penalties To Settle ",
// "Service Pleads Guilty to ", "Guilty To Conspiracy To Violate ",
// "Business Pleads Guilty to Two Federal ". A kind without a count is the
// Act's own word ("to Settle Federal Trade Commission Act Charges").
var headlineActLead = regexp.MustCompile(`^(?:.*[ \t\n])?(?:[Tt]o[ \t]+(?:Settle|Resolve|Violate|Violating)|[Gg]uilty[ \t]+[Tt]o)[ \t]+(?:(?:(?i:` + numberUnitAlt + `)|Multiple)[ \t]+(?:(?:Federal|Felony|Misdemeanor|Criminal|Civil)[ \t]+)?)?`)

// lawStarts mends the start of a law's citation: a connector in capitals
// before it goes (capsLawLead), and so does a headline's run before the
// Act its story is about (headlineActLead), a body's name on the line before is a
// name of its own (an order's header), an Act's name that begins
// before "of" ("Freedom of Information Act"), a section written with
// "Sec." after its code ("5 U.S.C. Sec. 552"), the code's title before
// "United States Code" ("Title 18, United States Code, Section 1343"); and
// its end: a footnote's
// mark glued to a section at a sentence's end (footnoteMark) goes, a
// Commission rule's number and a section's decimal the patterns cut go on.
func lawStarts(t string, cs []cand) []cand {
	var bodies []cand
	for i, c := range cs {
		if c.typ != TypeLaw {
			continue
		}
		// "OF THE SECURITIES EXCHANGE ACT OF 1934" of a form's title in
		// capitals: the connector opens no law's name.
		if m := capsLawLead.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			c.start += m[1]
			cs[i].start = c.start
		}
		// "SECURITIES AND EXCHANGE COMMISSION" / "SECURITIES EXCHANGE ACT
		// OF 1934": an order's header, the body on its line and the Act
		// on the next, is two names.
		if nl := strings.IndexByte(t[c.start:c.end], '\n'); nl > 0 {
			body := strings.TrimRight(t[c.start:c.start+nl], " \t")
			if f := strings.Fields(body); len(f) >= 2 && isUpperName(body) && orgWords[strings.ToLower(f[len(f)-1])] {
				bodies = append(bodies, cand{typ: TypeOrg, start: c.start, end: c.start + len(body), source: c.source})
				c.start += nl
				for c.start < c.end && strings.ContainsRune(" \t\n", rune(t[c.start])) {
					c.start++
				}
				cs[i].start = c.start
			}
		}
		// "the States’ Eleventh Amendment immunity", "Defendants' Due
		// Process Clause argument": a plural's possessive opens no
		// amendment's or clause's name ("Workers' Compensation Act" keeps
		// its own).
		if m := pluralPossessiveLead.FindStringIndex(t[c.start:c.end]); m != nil && amendmentOrClause.MatchString(t[c.start+m[1]:c.end]) {
			c.start += m[1]
			cs[i].start = c.start
		}
		// "Arch Coal to Pay $4 Million to Settle Clean Water Act
		// Violations", "Business Pleads Guilty to Two Federal Lacey Act
		// Violations": a headline's words in title case before the Act it
		// settles or breaks open no Act's name.
		if m := headlineActLead.FindStringIndex(t[c.start:c.end]); m != nil && actName.MatchString(t[c.start+m[1]:c.end]) {
			c.start += m[1]
			cs[i].start = c.start
		}
		name := t[c.start:c.end]
		if m := footnoteMark.FindStringSubmatchIndex(name); m != nil && footnoteNext.MatchString(t[c.end:min(len(t), c.end+8)]) && !cfrSection.MatchString(name) && !(tariffNumberEnd.MatchString(name) && (strings.Contains(t, "TARIFF") || tariffText.MatchString(t))) && !strings.Contains(name, "I.O.P.") && !(courtRulesSet.MatchString(name) && strings.TrimSpace(t[c.end:lineEnd(t, c.end)]) == "") {
			cs[i].end = c.start + m[2]
		}
		// "Rule 10" + "b-5": the Securities and Exchange Commission's
		// rules' numbers, which the patterns cut at the letter, and a
		// local rule's "Rule 9013" + "-1".
		if m := secRuleRest.FindStringIndex(t[c.end:]); m != nil && ruleEnd.MatchString(name) {
			cs[i].end = c.end + m[1]
		}
		// "§ 9-11-9" + ".1 expert affidavit": a section's decimal the
		// patterns cut after a hyphen's groups, unless it is a footnote's
		// mark.
		if strings.HasPrefix(name, "§") && c.end < len(t) && t[c.end] == '.' {
			if d := strings.IndexAny(name, "0123456789"); d > 0 {
				if se := sectionEnd(t, c.start+d); se > c.end+1 && !footnoteNext.MatchString(t[se:min(len(t), se+8)]) {
					cs[i].end = se
				}
			}
		}
		before := t[max(0, c.start-48):c.start]
		switch {
		case strings.HasPrefix(name, "Sec") || strings.HasPrefix(name, "SEC") || strings.HasPrefix(name, "§"):
			if m := codeOnLine.FindStringIndex(before); m != nil {
				cs[i].start = c.start - (len(before) - m[0])
			}
		case strings.HasPrefix(name, "United States Code") || strings.HasPrefix(name, "UNITED STATES CODE"):
			// "Title 18, United States Code, Section 1343", as indictments
			// cite: the title is the citation's.
			if m := codeTitleBefore.FindStringIndex(before); m != nil {
				cs[i].start = c.start - (len(before) - m[0])
			}
		case strings.HasSuffix(name, " Act") && !strings.Contains(name, " of "):
			m := actNameBefore.FindStringSubmatchIndex(before)
			if m == nil || slices.ContainsFunc(strings.Fields(before[m[2]:m[3]]), func(w string) bool { return notActHead[strings.ToLower(w)] }) {
				continue
			}
			cs[i].start = c.start - (len(before) - m[2])
		}
	}
	return append(cs, bodies...)
}

// capsLawLead is a connector in capitals the patterns read as a law's
// first word: "OF THE " of "… 15(d) OF THE SECURITIES EXCHANGE ACT OF
// 1934".
var capsLawLead = regexp.MustCompile(`^(?:OF|UNDER|TO)[ \t\n]+(?:THE[ \t\n]+)?`)

// codeTitleBefore is a code's title right before its name: "Title 18, "
// of "Title 18, United States Code, Section 1343".
var codeTitleBefore = regexp.MustCompile(`\b(?:Title|TITLE)[ \t]+\d{1,2},[ \t\n]*$`)

// ordinalAmendment is an amendment named by its ordinal: the
// Constitution's ("First Amendment") or a contract's.
var ordinalAmendment = regexp.MustCompile(`^(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|\d{1,2}(?:st|nd|rd|th))[ \t\n]+(?:Amendment|AMENDMENT)$`)

// contractAmendmentAfter is what follows a contract's amendment: its
// title's last word, the contract it amends, its date, its definition
// ("the Second Amendment dated as of March 1, 2002", "First Amendment to
// Credit Agreement", "First Amendment to Second Amended and Restated Loan
// and Security Agreement", "First Amendment and Consent Agreement", `the
// Third Amendment dated … (the "Third Amendment")`).
var contractAmendmentAfter = regexp.MustCompile(`^(?:[ \t\n]+(?:and[ \t\n]+[A-Z]\w*[ \t\n]+)?(?:Agreement|AGREEMENT)\b|[ \t\n]+(?:to|TO)[ \t\n]+(?:(?:the|this|that)[ \t\n]+)?(?:(?:[A-Z][\w&'’.-]*|and|&)[ \t\n]+){0,8}(?:Agreement|AGREEMENT|Lease|LEASE|Note|Indenture|Plan)\b|,?[ \t\n]+dated\b|["”]?[ \t]*\)|["”])`)

// contractAmendments drops the laws that are a contract's amendments
// named by their ordinal: where the document writes one of them as a
// contract's (contractAmendmentAfter, or "this First Amendment"), each of
// its mentions is the contract's, not the Constitution's.
func contractAmendments(doc []rune, ms []Mention) []Mention {
	var contract map[string]bool
	for _, m := range ms {
		if m.Type != TypeLaw || !ordinalAmendment.MatchString(m.Text) || m.End > len(doc) {
			continue
		}
		after := string(doc[m.End:min(len(doc), m.End+90)])
		before := strings.ToLower(string(doc[max(0, m.Start-5):m.Start]))
		if contractAmendmentAfter.MatchString(after) || strings.HasSuffix(before, "this ") {
			if contract == nil {
				contract = map[string]bool{}
			}
			contract[nameKey(m.Text)] = true
		}
	}
	if contract == nil {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.Type == TypeLaw && contract[nameKey(m.Text)] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// stateRule is a state's rules of court cited by the Bluebook's
// abbreviation, in mixed case or in capitals: "Tex. R. App. P.
// 9.8(b)(2)", "TEX. R. APP. P. 9.8(b)(2)", "Cal. R. Ct. 8.204", "Pa. R.
// Civ. P. 1035.2", "Ariz. R. Evid. 702", and closed up as Pennsylvania
// writes them ("Pa.R.A.P. 1925(a)", "Pa.R.C.P. 1035.2", "Tex.R.App.P. 90",
// "Tex.R.Evid. 403"); the five states
// the Bluebook writes out ("Utah R. Evid. 404(b)", "Iowa R. Civ. P.
// 1.904"), and the initials some states and the Rules for Courts-Martial
// go by ("C.R.C.P. 56(c)", "URCP 56", "ORCP 21", "R.C.M. 707(a)"), and the
// rules of professional conduct so ("Colo. RPC 1.1", "MRPC 8.4(d)"). Group
// 1 is the rule's number.
var stateRule = regexp.MustCompile(`\b(?:(?:[A-Z][a-z]{1,4}\.|[A-Z]{2,5}\.|Alaska|Idaho|Iowa|Ohio|Utah|ALASKA|IDAHO|IOWA|OHIO|UTAH)[ \t]+R\.[ \t]+(?:(?:App|APP|Civ|CIV|Crim|CRIM|Evid|EVID|Ct|CT|Jud|JUD|Prof|PROF|Super|SUPER)\.[ \t]*){1,2}(?:(?:P|Proc|PROC|Admin|ADMIN|Cond|COND)\.[ \t]*)?` +
	`|[A-Z][a-z]{1,3}\.R\.(?:A\.P|C\.P|Civ\.P|Crim\.P|App\.P|Evid|E|J\.A)\.[ \t]*` +
	`|(?:C\.R\.C\.P\.|C\.R\.Crim\.P\.|C\.A\.R\.|I\.R\.C\.P\.|M\.R\.Civ\.P\.|M\.R\.App\.P\.|R\.C\.M\.|URCP|URAP|ORCP|ORAP|MRPC|[A-Z][a-z]{1,4}\.[ \t]+RPC)[ \t]+)(\d+(?:\.\d+)*[a-z]?(?:\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\))*)`)

// stateRuleNext is another rule of a list after a state's rule, numbered
// with a period as rules of court and of professional conduct are: ", 3.1"
// and ", and 8.4(d)" of "Colo. RPC 1.1, 3.1, 3.2, 3.4(c), 3.5(c), and
// 8.4(d)"; a number a word follows is no rule ("8.204, 12.5 months").
var stateRuleNext = regexp.MustCompile(`^(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(\d{1,4}\.\d{1,3}(?:\([A-Za-z0-9]{1,3}\))*)(?:[,;)]|\.(?:[^\d]|$)|[ \t]+(?:and|or)\b|$)`)

// spelledRule is a state's rule of procedure written out: "Pennsylvania
// Rule of Appellate Procedure 1925(b)", "PENNSYLVANIA RULE OF APPELLATE
// PROCEDURE 1925(a)". Group 1 is the state.
var spelledRule = regexp.MustCompile(`\b((?:[A-Z][a-z]+|[A-Z]{4,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{4,}))?)[ \t]+(?:Rule|RULE)[ \t]+(?:of|OF)[ \t]+(?:(?:Appellate|Civil|Criminal|APPELLATE|CIVIL|CRIMINAL)[ \t]+)?(?:Procedure|PROCEDURE|Evidence|EVIDENCE)[ \t\n]+\d+(?:\.\d+)*(?:\([A-Za-z0-9]{1,4}\))*`)

// circuitLAR is a court of appeals' local rule written "LAR", without
// the periods the patterns read ("3rd Circuit LAR Misc. 107.2").
var circuitLAR = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th|d)[ \t]+(?:Circuit|Cir\.)[ \t]+LAR(?:[ \t]+Misc\.)?[ \t]+\d+(?:\.\d+)*(?:\([A-Za-z0-9]{1,4}\))*`)

// definedRule is an agency's rule named in words and defined by its
// initials: "the Telemarketing Sales Rule (TSR)", "Volcker Rule (the
// “VR”)". Group 1 is the name; the initials say it is a regulation's
// title, not a doctrine's ("the economic loss rule").
var definedRule = regexp.MustCompile(`\b((?:[A-Z][a-z]+[ \t]+){1,4}Rule)[ \t]+\((?:the[ \t]+)?["“]?[A-Z]{2,6}["”]?\)`)

// notRuleHead are the words that open no rule's name in words: an
// article's, a court's rules' ("Local Rule").
var notRuleHead = wordSet(`The This That Such Each Any Local Federal Final Court`)

// federalRule is a federal court's rule cited by an abbreviation the
// patterns do not read: the Court of Federal Claims' ("RCFC 6(b)"), the
// bankruptcy rules' ("FRBP 9019"), and the civil, criminal or appellate
// rules with "F. R." for "Fed. R." ("F. R. CIV. P. 12(B)(6)").
var federalRule = regexp.MustCompile(`\b(?:RCFC|FRBP|F\.[ \t]?R\.[ \t]?(?:Civ|CIV|Crim|CRIM|App|APP)\.[ \t]?P\.)[ \t]*` + secNum)

// districtLocalRule is a federal district court's local rule cited after
// the district's abbreviation: "N.D. IA. L.R. 7.1", "D. Ariz. LRCiv 72.2",
// "E.D. Mich. LR 7.1(d)", "N.D.N.Y. L.R. 7.1(b)(2)". Group 1 is the
// state's abbreviation, which must be one (a citation's or a postal code).
var districtLocalRule = regexp.MustCompile(`\b(?:[NSEWCM]\.[ \t]?)?D\.[ \t]?((?:[A-Z]\.){1,2}|[A-Z][A-Za-z]{1,5}\.?)[ \t]+(?:L\.[ \t]?R\.|LR(?:Civ|Cr|Crim)?|L\.[ \t]?(?:Civ|Cr|Crim)\.[ \t]?R\.)[ \t]?\d+(?:\.\d+)*(?:\([A-Za-z0-9]{1,4}\))*`)

// courtRules returns the states' rules of court stateRule and
// spelledRule find (and the rules of a list after the first,
// stateRuleNext), the circuits' local rules circuitLAR finds, the
// districts' local rules districtLocalRule finds, the
// federal rules federalRule finds and the rules definedRule finds.
func courtRules(t string) []cand {
	var out []cand
	if containsAny(t, []string{"RCFC", "FRBP", "F. R.", "F.R."}) {
		out = append(out, groupCands(t, federalRule, 0, TypeLaw)...)
	}
	if strings.Contains(t, " LAR ") {
		out = append(out, groupCands(t, circuitLAR, 0, TypeLaw)...)
	}
	if containsAny(t, []string{"L.R.", " LR", "L. R.", "Civ. R.", "Cr. R.", "Crim. R."}) {
		for _, m := range districtLocalRule.FindAllStringSubmatchIndex(t, -1) {
			st := strings.ToLower(strings.ReplaceAll(t[m[2]:m[3]], ".", ""))
			if _, ok := CitationStates[st]; ok || postalCodes[strings.ToUpper(st)] {
				out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
			}
		}
	}
	if containsAny(t, []string{" R. ", " R.\t", ".R.", "R.C.", "RCP", "RAP", "RPC"}) {
		out = append(out, citedList(t, stateRule, stateRuleNext)...)
	}
	if strings.Contains(t, " Rule (") {
		for _, c := range groupCands(t, definedRule, 1, TypeLaw) {
			if !notRuleHead[firstWord(t[c.start:c.end])] {
				out = append(out, c)
			}
		}
	}
	if containsAny(t, []string{"Rule of", "RULE OF"}) {
		for _, m := range spelledRule.FindAllStringSubmatchIndex(t, -1) {
			if StateNames[strings.ToLower(oneSpace(t[m[2]:m[3]]))] {
				out = append(out, cand{typ: TypeLaw, start: m[2], end: m[1], source: SourcePattern})
			}
		}
	}
	return out
}

// ruleOwner is whose rules a rule cited by number is, right before
// "Rule": a court's local rules ("S.D.N.Y. Local Civil Rule 6.3", "Local
// Rule 7.1"), a state court's ("Court of Chancery Rule 59(f)", "Superior
// Court Civil Rule 12(b)(6)", "Tax Court Rule 211", "District Court Rule
// 5"), the Supreme Court's ("Sup. Ct. R.
// 37.2(a)", "Supreme Court Rule 29.6") or the bankruptcy rules
// ("Bankruptcy Rule 9019"; group 1), and a self-regulatory
// organisation's or an arbitral body's ("FINRA Rule 2010", "NASD Rule
// 2110", "AAA Rule R-7"), Indiana's rules by their kind ("Ind. Trial
// Rule 12(B)(6)", "Ind. Appellate Rule 65(D)"), and a state's courts'
// rules by the state and the court ("Mich. Ct. R. 2.116(C)(10)", "Del.
// Ch. Ct. R. 59(e)", "Md. Rule 2-501") or by its name ("Maryland Rule
// 16-751").
// A state's rules by the state and their kind ("Indiana Professional
// Conduct Rule 1.7", "Indiana Appellate Rule 17(A)"), the rules of
// professional conduct or evidence by their kind alone ("Evidence Rule
// 403"; not "a Trial Rule 4") and New York's "CPLR Rule 2219(a)" are whose
// rules too.
var ruleOwner = regexp.MustCompile(`(?:Sup\.[ \t]?Ct\.[ \t]+|Supreme[ \t]+Court[ \t]+|\b(?:` + strings.Join(ruleBodies, "|") + `)[ \t]+)$|(?:(?:[A-Z]\.){1,2}[A-Z]\.(?:[A-Z]\.)?[ \t]+)?(?:Local[ \t]+(?:(?:Civil|Criminal|Bankruptcy|Admiralty)[ \t]+)?|(?:Court[ \t]+of[ \t]+Chancery|Chancery[ \t]+Court|Superior[ \t]+Court(?:[ \t]+(?:Civil|Criminal))?|(?:Family|Tax|Land|Probate|Juvenile|Circuit|District|Municipal)[ \t]+Court)[ \t]+)$|(?:^|[^A-Za-z])(Bankruptcy[ \t]+)$` +
	`|\bInd\.[ \t]+(?:Trial|Appellate|Evidence|Criminal|Post-Conviction)[ \t]+$` +
	`|\b` + stateAbbrev + `[ \t]?(?:(?:Ch|Ct|Super|S|Sup|Civ|Crim|Fam|Dist|App|Prob|Juv|Evid|Cir|Chan)\.[ \t]?)*$` +
	`|\b` + stateNameAlt + `[ \t]+$` +
	`|\b(?:` + stateNameAlt + `[ \t]+(?:Professional[ \t]+Conduct|Appellate|Evidence|Criminal|Civil|Trial|Post-Conviction|Small[ \t]+Claims)|Professional[ \t]+Conduct|Evidence)[ \t]+$|\bCPLR[ \t]+$`)

// stateAbbrev is a state's abbreviation as citations write it: "Mich.",
// "N.J.", "W. Va.", "Iowa".
const stateAbbrev = `(?:(?:Ala|Ariz|Ark|Cal|Colo|Conn|Del|D\.C|Fla|Ga|Haw|Ill|Ind|Kan|Ky|La|Me|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Or|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.[ \t]?Va|Wis|Wyo)\.|(?:Alaska|Idaho|Iowa|Ohio|Utah)\b)`

// numberNext is a number right after a text, a space before it or not.
var numberNext = regexp.MustCompile(`^[ \t]?\d`)

// ruleColon is the rest of a rule's number that New Jersey's courts write
// with a colon: "4:6-2(e)" of "R. 4:6-2(e)".
var ruleColon = regexp.MustCompile(`^:\d{1,3}(?:-\d{1,3}){0,2}[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\))*`)

// ruleBodies are the self-regulatory organisations and arbitral bodies
// whose rules a text cites by number after their name (ruleOwner).
var ruleBodies = []string{"FINRA", "NASD", "NYSE", "MSRB", "CBOE", "NFA", "PCAOB", "AAA", "JAMS"}

// ruleOwnerNeedles are in every text where ruleOwner can match.
var ruleOwnerNeedles = append([]string{"Local", "Chancery", "Superior Court", "Family Court", "Tax Court", "Land Court", "Probate Court", "Juvenile Court", "Circuit Court", "District Court", "Municipal Court", "Sup. Ct.", "Supreme Court", "Bankruptcy", "Ind.", ". R.", ". Rule", "Ct. R.", "Iowa R", "Ohio R", "Utah R", "Alaska R", "Idaho R", " Rule "}, ruleBodies...)

// rulesAfter is the set of rules a rule cited by number belongs to, after
// a comma, as Alabama's and South Carolina's courts cite them (", Ala. R.
// App. P.", ", SCACR", ", SCRCP"), the federal rules and Montana's by
// their abbreviations (", Fed.R.Civ.P.", ", M.R.Evid.") and a set of
// rules by its name (", North Carolina Rules of Civil Procedure", ", Tax
// Court Rules of Practice and Procedure", ", Rules of the Oklahoma Court
// of Criminal Appeals", with Oklahoma's title, chapter and appendix of
// its statutes that print them: ", Title 22, Ch. 18, App.").
var rulesAfter = regexp.MustCompile(`^,[ \t\n]+(?:[A-Z][a-z]{1,5}\.[ \t\n]+R\.[ \t]+(?:App|Civ|Crim|Evid|Juv)\.[ \t]+P\.|SCACR|SCRCP|SCRCrimP|SCRE` +
	`|Fed\.[ \t]?R\.[ \t]?(?:(?:App|Civ|Crim|Bankr)\.[ \t]?P|Evid)\.|M\.[ \t]?R\.[ \t]?(?:Evid|(?:App|Civ)\.[ \t]?P)\.` +
	`|(?:[A-Z][a-z]+[ \t]+){1,3}Rules[ \t]+of[ \t]+(?:Civil[ \t]+Procedure|Criminal[ \t]+Procedure|Appellate[ \t]+Procedure|Evidence|Practice[ \t]+and[ \t]+Procedure)\b` +
	`|Rules[ \t]+of[ \t]+the[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}Courts?(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?\b(?:,[ \t]+Title[ \t]+\d{1,3},[ \t]+Ch\.[ \t]+\d{1,3},[ \t]+App\.)?)`)

// ruleOwners starts a rule cited by number at whose rules they are, and
// ends it after them where they follow it (rulesAfter).
func ruleOwners(t string, cs []cand) []cand {
	if strings.Contains(t, ", ") {
		for i, c := range cs {
			if c.typ == TypeLaw && strings.HasPrefix(t[c.start:c.end], "Rule") {
				// "Md. Rule 2-501, Fed. R. Civ. P. 56(a)": a set's rule
				// with its number after is another citation.
				if m := rulesAfter.FindStringIndex(t[c.end:min(len(t), c.end+96)]); m != nil && !numberNext.MatchString(t[c.end+m[1]:]) {
					cs[i].end = c.end + m[1]
				}
			}
		}
	}
	if !containsAny(t, ruleOwnerNeedles) {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeLaw && (strings.HasPrefix(t[c.start:c.end], "Rule") || strings.HasPrefix(t[c.start:c.end], "R. ")) {
			if m := ruleColon.FindStringIndex(t[c.end:]); m != nil {
				cs[i].end = c.end + m[1]
			}
			from := max(0, c.start-48)
			if m := ruleOwner.FindStringSubmatchIndex(t[from:c.start]); m != nil {
				cs[i].start = from + m[0]
				if len(m) > 2 && m[2] >= 0 {
					cs[i].start = from + m[2] // "Bankruptcy Rule 9019"
				}
			}
		}
	}
	return cs
}

// amendmentOrdinal is an amendment's ordinal as a list of the
// Constitution's amendments writes it: "Fourth", "Twenty-First", "14th".
const amendmentOrdinal = `(?:(?:[Tt]wenty-)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh)|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|\d{1,2}(?:st|nd|rd|th))`

// amendmentList is the Constitution's amendments listed before one
// "Amendments": "the First and Fourteenth Amendments", "the Fourth, Fifth,
// and Fourteenth Amendments", "the 5th and 14th Amendments", an older
// opinion's "Fourth, Fifth, and Fourteenth amendments". Group 1 is
// the list before the last ordinal, group 2 the last with "Amendments".
var amendmentList = regexp.MustCompile(`\b(` + amendmentOrdinal + `(?:,[ \t\n]+` + amendmentOrdinal + `)*),?[ \t\n]+(?:and|or|&)[ \t\n]+(` + amendmentOrdinal + `[ \t\n]+[Aa]mendments)\b`)

// amendmentsToContract is what follows a contract's amendments written in
// lower case: "to the lease", "to this loan agreement".
var amendmentsToContract = regexp.MustCompile(`^[ \t\n]+(?i:to)[ \t\n]+(?i:the|this|that|our|its)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?i:agreement|lease|note|indenture|plan|contract|loan)\b`)

// amendmentWord is one ordinal of amendmentList's group 1.
var amendmentWord = regexp.MustCompile(amendmentOrdinal)

// amendmentLists returns the amendments amendmentList finds, one LAW
// each as the guideline lists sections after one sign: the earlier ones
// as their ordinals ("First"), the last with its word ("Fourteenth
// Amendments"); resolve makes each the amendment it names.
func amendmentLists(t string) []cand {
	if !strings.Contains(t, "Amendments") && !strings.Contains(t, "amendments") {
		return nil
	}
	var out []cand
	for _, m := range amendmentList.FindAllStringSubmatchIndex(t, -1) {
		// "the Fourth, Fifth, and Fourteenth amendments to the
		// Constitution": before a lower-case "amendments" the last
		// ordinal must be capitalised and no contract follow ("First and
		// second amendments", "the First and Second amendments to the
		// lease" are a contract's).
		if strings.HasSuffix(t[m[4]:m[5]], "amendments") && (!startsUpper(t[m[4]:m[5]]) || amendmentsToContract.MatchString(t[m[5]:])) {
			continue
		}
		for _, w := range amendmentWord.FindAllStringIndex(t[m[2]:m[3]], -1) {
			out = append(out, cand{typ: TypeLaw, start: m[2] + w[0], end: m[2] + w[1], source: SourcePattern})
		}
		out = append(out, cand{typ: TypeLaw, start: m[4], end: m[5], source: SourcePattern})
	}
	return out
}

// reporterVolume is a reporter's volume and first abbreviation right
// before "R. 143": "5 Nav. " of "5 Nav. R. 143" (the Navajo Reporter).
var reporterVolume = regexp.MustCompile(`\b\d{1,4}[ \t]+[A-Z][A-Za-z]{1,8}\.[ \t]+$`)

// reporterRules makes a rule cited by number that a reporter's volume and
// abbreviation precede the citation of a case in that reporter: "R. 143"
// of "5 Nav. R. 143" is no rule; reporters the table does not know end in
// "R." too.
func reporterRules(t string, cs []cand) []cand {
	if !strings.Contains(t, " R. ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeLaw || !strings.HasPrefix(t[c.start:c.end], "R. ") || !allDigits(strings.TrimSpace(t[c.start+3:c.end])) {
			continue
		}
		if m := reporterVolume.FindStringIndex(t[max(0, c.start-16):c.start]); m != nil {
			cs[i].typ, cs[i].start = TypeCase, max(0, c.start-16)+m[0]
		}
	}
	return cs
}

// commaItemsBefore is a law's name's first words, each closed by a comma,
// right before the words and "and" the patterns read as the whole name:
// "Federal Insecticide, " of "Federal Insecticide, Fungicide and
// Rodenticide Act", "Nationality, " of "Nationality, Immigration and
// Asylum Act".
var commaItemsBefore = regexp.MustCompile(`(?:[A-Z][A-Za-z'’\-]+[ \t]+){0,3}[A-Z][A-Za-z'’\-]+,[ \t]+(?:[A-Z][A-Za-z'’\-]+,[ \t]+){0,3}$`)

// commaListBefore is a law's name's first words that commas and "and"
// join, right before the words the patterns read as the whole name:
// "Federal Food, Drug, and " of "Federal Food, Drug, and Cosmetic Act",
// "Comprehensive Environmental Response, Compensation, and " of "…
// Liability Act".
var commaListBefore = regexp.MustCompile(`(?:[A-Z][A-Za-z'’\-]+[ \t]+){0,3}[A-Z][A-Za-z'’\-]+,[ \t]+(?:[A-Z][A-Za-z'’\-]+,[ \t]+){0,3}(?:and|&)[ \t]+$`)

// sectionAlone is a section cited by its number alone: "Section
// 402(a)(4)", "Sec. 5", "§ 12".
var sectionAlone = regexp.MustCompile(`^(?:[Ss]ection|SECTION|[Ss]ec\.|SEC\.|§)[ \t]*[0-9][0-9A-Za-z.\-]*(?:\([A-Za-z0-9]{1,4}\))*$`)

// sectionOfBefore is a section cited before "of the" and a law's name:
// "Section 402(a)(4) of the ".
var sectionOfBefore = regexp.MustCompile(`^[ \t]+of[ \t]+the[ \t]+$`)

// actYear is the year the Commonwealth writes after an Act's name
// without "of": " 1996" of "the Arbitration Act 1996", ", 1956" of India's
// "the Companies Act, 1956".
var actYear = regexp.MustCompile(`^,?[ \t]+(?:1[6-9]|20)\d\d\b(?:[^\d\-/]|$)`)

// actYears extends an Act's or a Code's name over the year after it
// (actYear).
func actYears(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLaw || !(strings.HasSuffix(t[c.start:c.end], "Act") || strings.HasSuffix(t[c.start:c.end], "Code")) {
			continue
		}
		if m := actYear.FindStringIndex(t[c.end:min(len(t), c.end+8)]); m != nil {
			cs[i].end = c.end + strings.LastIndexFunc(t[c.end:c.end+m[1]], unicode.IsDigit) + 1
		}
	}
	return cs
}

// actThenSection is a section cited by its label right after an Act's
// name on the same line: " Section 2(e)(1)" of "Trademark Act Section
// 2(e)(1)". Group 1 starts at the label, group 2 is the section's number.
var actThenSection = regexp.MustCompile(`^[ \t]+((?:Section|SECTION|Sec\.)[ \t]+(\d+))`)

// civilRightsSections are the sections of the civil rights statutes a
// text names by their number alone, after another Act's name too:
// "Section 1983" of "the Americans with Disabilities Act Section 1983 and
// state law".
var civilRightsSections = wordSet(`1981 1982 1983 1985 1986 1988`)

// actSections joins an Act's name and the section it cites right after it
// by "Section" ("Trademark Act Section 2(d)", "Exchange Act Section
// 10(b)"): one provision, as "Lanham Act § 43(a)" is read whole.
func actSections(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Section", "SECTION", "Sec."}) {
		return cs
	}
	starts := startIndex(cs, TypeLaw)
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeLaw || !actNameEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		after := t[c.end:min(len(t), c.end+16)]
		m := actThenSection.FindStringSubmatchIndex(after)
		if m == nil || civilRightsSections[after[m[4]:m[5]]] {
			continue
		}
		if j, ok := starts[c.end+m[2]]; ok && !drop[j] {
			cs[i].end = cs[j].end
			drop[j] = true
		}
	}
	return withoutDropped(cs, drop)
}

// commaActs extends an Act's name the patterns began after its first
// words' commas over them ("Federal Food, Drug, and Cosmetic Act", read
// "Cosmetic Act"; without the serial comma "Federal Insecticide,
// Fungicide and Rodenticide Act", read "Fungicide and Rodenticide Act"), and a section cited right before it with "of the" over
// the name, one law as the guideline writes it ("Section 402(a)(4) of the
// Federal Food, Drug, and Cosmetic Act").
func commaActs(t string, cs []cand) []cand {
	serial := strings.Contains(t, ", and ") || strings.Contains(t, ", & ")
	if !serial && !strings.Contains(t, ", ") {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeLaw || !strings.HasSuffix(t[c.start:c.end], "Act") && !strings.HasSuffix(t[c.start:c.end], "ACT") {
			continue
		}
		if provisionOpens(t[c.start:c.end]) {
			continue // a provision with its Act ("Section 1, Sherman Act") ends no list of Acts' words
		}
		from := max(0, c.start-80)
		var m []int
		if serial {
			m = commaListBefore.FindStringIndex(t[from:c.start])
		}
		// Without the serial comma the patterns read the last two words
		// and "and" ("Fungicide and Rodenticide Act"), the list's first
		// ones before it ("Federal Insecticide, ").
		if name := t[c.start:c.end]; m == nil && strings.Contains(name, " and ") && !strings.Contains(name, "Act ") {
			if m = commaItemsBefore.FindStringIndex(t[from:c.start]); m != nil && strings.Contains(t[from+m[0]:c.start], "Act") {
				m = nil
			}
		}
		if m == nil {
			continue
		}
		cs[i].start = from + m[0]
		// "Section 402(a)(4) of the " + the Act: one provision.
		for j, s := range cs {
			if j != i && s.typ == TypeLaw && s.end <= cs[i].start && sectionOfBefore.MatchString(t[s.end:cs[i].start]) && sectionAlone.MatchString(oneSpace(t[s.start:s.end])) {
				cs[j].end = c.end
				drop[i] = true
			}
		}
	}
	return withoutDropped(cs, drop)
}

// constitutionArticle is an article's, a section's and a clause's cite
// right after a constitution's name: ", Art. 1, § 10, cl. 1", " Art.
// XI-A, § 5", " article I, section 7".
var constitutionArticle = regexp.MustCompile(`^,?[ \t]+(?:Art\.|Article|art\.|article)[ \t]+(?:[IVXL]+|\d{1,2})(?:-[A-Z])?(?:,?[ \t]+(?:§|[Ss]ection|[Ss]ec\.)[ \t]*\d{1,3}[a-z]?(?:\([a-z0-9]{1,3}\))*(?:,[ \t]+cl\.[ \t]*\d{1,2})?)?`)

// constitutionArticles extends a constitution named in full ("United
// States Constitution", "Maryland Constitution") over the article,
// section and clause cited right after it: one provision, as "U.S. Const.
// art. I, § 10, cl. 1" is ("United States Constitution Art. 1, § 10, cl.
// 1"), the section no law of its own; and an amendment over the
// Constitution it is of ("Sixth Amendment to the United States
// Constitution"), the Constitution there no law of its own.
func constitutionArticles(t string, cs []cand) []cand {
	if !strings.Contains(t, "Constitution") {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if c.typ == TypeLaw && amendmentOf.MatchString(t[c.start:c.end]) {
			if m := amendmentConstitution.FindStringIndex(t[c.end:min(len(t), c.end+50)]); m != nil {
				cs[i].end = c.end + m[1]
				grown = append(grown, i)
			}
			continue
		}
		if c.typ != TypeLaw || !strings.HasSuffix(t[c.start:c.end], "Constitution") {
			continue
		}
		if m := constitutionArticle.FindStringIndex(t[c.end:min(len(t), c.end+40)]); m != nil {
			cs[i].end = c.end + m[1]
			grown = append(grown, i)
		}
	}
	return withoutGrownInside(cs, grown, nil)
}

// amendmentConstitution is the Constitution an amendment (amendmentOf) is
// of, written after it:
// " to the United States Constitution", " of the Constitution of the
// United States", " to the U.S. Constitution", " to the Constitution".
var amendmentConstitution = regexp.MustCompile(`^[ \t\n]+(?:to|of)[ \t\n]+the[ \t\n]+(?:(?:United[ \t\n]+States|U\.[ \t]?S\.|[Ff]ederal)[ \t\n]+)?Constitution(?:[ \t\n]+of[ \t\n]+the[ \t\n]+United[ \t\n]+States)?\b`)

// yearOfBefore is "of the" and the year of an Act between a provision and
// the Act's name: " of the 1964 ".
var yearOfBefore = regexp.MustCompile(`^[ \t]+of[ \t]+the[ \t]+(?:17|18|19|20)\d{2}[ \t]+$`)

// titleAlone is a title of an Act cited alone: "Title VII", "Title 42".
var titleAlone = regexp.MustCompile(`^(?:Title|TITLE)[ \t]+(?:[IVXL]+|\d{1,2})$`)

// yearFirstActs joins a provision and the Act it is of where the year
// stands before the Act's name ("Title VII of the 1964 Civil Rights Act",
// "Section 10(b) of the 1934 Securities Exchange Act"), which the patterns
// read as two laws: one provision, as with the year after the name.
func yearFirstActs(t string, cs []cand) []cand {
	if !strings.Contains(t, " of the 1") && !strings.Contains(t, " of the 2") {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeLaw || !statuteName(t[c.start:c.end]) {
			continue
		}
		for j, p := range cs {
			if j == i || p.typ != TypeLaw || p.end >= c.start || c.start-p.end > 16 || !yearOfBefore.MatchString(t[p.end:c.start]) {
				continue
			}
			if txt := oneSpace(t[p.start:p.end]); sectionAlone.MatchString(txt) || titleAlone.MatchString(txt) {
				cs[j].end = c.end
				drop[i] = true
			}
		}
	}
	return withoutDropped(cs, drop)
}

// billNumber is a bill by its chamber and number, a law in the making:
// "H.R. 3684", "H. R. 2811", "H.J. Res. 45", "S. Res. 12", "Senate Bill 5",
// "HOUSE BILL No. 6012", "Assembly Bill 5", "SB 1234", "A.B. 5", with its
// state's abbreviation before it ("Okla. H. Res. 1121"). A bare
// "S. 1234" is left alone (a reporter's page reads so too), and so is a
// committee report ("H.R. Rep. No. 94-1476", a document).
var billNumber = regexp.MustCompile(`\b(?:[A-Z][a-z]{1,5}\.[ \t]+)?(?:H\.[ \t]?R\.|[HS]\.[ \t]?(?:J\.|Con\.)?[ \t]?Res\.|(?i:senate|house|assembly)[ \t]+(?i:(?:joint|concurrent)[ \t]+)?(?i:bill|resolution)|[SHA]B|[SHA]\.B\.)` +
	`[ \t]+(?:(?i:no)\.[ \t]*)?\d{1,5}\b`)

// publicActNumber is a state's public act by its number: Illinois's
// "Public Act 103-0004" and "P.A. 101-652", Michigan's "Public Act 572 of
// 2002" and "1982 PA 295"; the patterns read "Public Act" alone.
var publicActNumber = regexp.MustCompile(`\b(?:(?i:public[ \t]+act)[ \t]+(?:(?i:no)\.[ \t]*)?\d{1,3}(?:-\d{1,4})?(?:[ \t]+of[ \t]+(?:19|20)\d{2})?|P\.[ \t]?A\.[ \t]+\d{2,3}-\d{1,4}|(?:19|20)\d{2}[ \t]+PA[ \t]+\d{1,3})\b`)

// codeTitleSection is a section of the United States Code the way
// Congress writes it, "section 552 of title 5, United States Code", or a
// title alone, "title 31, United States Code": one law, where the patterns
// read the section and the Code apart. The Public Law form ("Section 2 of
// Public Law 117-58") is one law the same way.
var codeTitleSection = regexp.MustCompile(`(?:\b(?:[Ss]ections?|SECTIONS?|[Ss]ec\.)[ \t]+` + secNum + `[ \t]+of[ \t]+)?(?:\b(?:[Tt]itle|TITLE)[ \t]+\d+,[ \t]+United[ \t]+States[ \t]+Code\b|\b(?:Public[ \t]+Law|Pub\.[ \t]?L\.)(?:[ \t]+No\.)?[ \t]+\d{2,3}-\d{1,4}\b)`)

// lawAcronymDefined is an Act's, a code's or rules' acronym defined right
// after its name, or after the name's citation in the U.S. Code: "Private
// Securities Litigation Reform Act of 1995 ("PSLRA")", "the Class Action
// Fairness Act ("CAFA")", "Americans with Disabilities Act of 1990, 42
// U.S.C. § 12132 ("ADA")". Group 1 is the acronym.
var lawAcronymDefined = regexp.MustCompile(`\b(?:Act|Code|Rules)(?:[ \t]+of[ \t]+(?:19|20)\d{2})?,?` +
	`(?:[ \t]+\d{1,2}[ \t]+U\.[ \t]?S\.[ \t]?C\.[ \t]+§§?[ \t]*\d[\w.\-–()]*(?:[ \t]+et[ \t]+seq\.)?,?)?` +
	`[ \t]*\((?:the[ \t]+)?["“]([A-Z][A-Z0-9]{1,7})["”]\)`)

// lawAcronyms returns each use of an acronym lawAcronymDefined finds,
// laws: the definition itself and every use after it ("Under the PSLRA,
// …"); resolve makes them aliases of the law by its initials. The
// definition is the law's alias where no use follows, and the Act's own
// where the name before it is one of the Act's provisions ("Title I of the
// Employee Retirement Income Security Act of 1974 ("ERISA")": the title
// and the Act are two laws). codifiedActs reads past it (inDefinition).
func lawAcronyms(t string) []cand {
	if !containsAny(t, []string{"(\"", "(“", "(the \"", "(the “"}) {
		return nil
	}
	var out []cand
	for _, m := range lawAcronymDefined.FindAllStringSubmatchIndex(t, -1) {
		acr := t[m[2]:m[3]]
		for s := range occurrences(t, acr, m[2]) {
			if wholeWord(t, s, s+len(acr)) {
				out = append(out, cand{typ: TypeLaw, start: s, end: s + len(acr), source: SourcePattern})
			}
		}
	}
	return out
}

// namedLawForms are laws named by a form the patterns do not read: a
// title of the Civil Rights Act or the Education Amendments alone ("Title
// VII", "Title IX"), a title of the United States Code ("Title 11 of the
// United States Code"), the SEC's regulations and their items ("Item 303
// of Regulation S-K", "Regulation S-K, Item 601(b)(10)", "Regulation
// FD"), codes of conduct ("Model Rules of Professional Conduct", "Code of
// Judicial Conduct") and a canon of one ("Canon 3B(2)").
var namedLawForms = regexp.MustCompile(`\bTitle[ \t]+(?:VII|IX)\b(?:[ \t]+of[ \t]+the[ \t]+(?:Civil[ \t]+Rights[ \t]+Act[ \t]+of[ \t]+1964|Education[ \t]+Amendments[ \t]+of[ \t]+1972))?` +
	`|\b[Tt]itle[ \t]+\d+[ \t]+of[ \t]+the[ \t]+United[ \t]+States[ \t]+Code\b` +
	`|(?:\bItem[ \t]+\d+(?:\([a-z0-9]+\))*[ \t]+of[ \t]+)?\bRegulation[ \t]+(?:S-[KXT]|FD|NMS|SHO|BTR|AB|[A-Z])\b(?:,[ \t]+Item[ \t]+\d+(?:\([a-z0-9]+\))*)?` +
	`|\b(?:ABA[ \t]+)?(?:Model[ \t]+)?(?:Rules[ \t]+of[ \t]+Professional[ \t]+Conduct|Code[ \t]+of[ \t]+(?:Judicial|Professional)[ \t]+(?:Conduct|Responsibility))\b` +
	`|\bCanon[ \t]+\d[A-Z]?(?:\(\d+\))*`)

// bareTitle is a title of an Act by its Roman number alone, one the
// namedLawForms do not know: "a federal Title III investigation" (the
// wiretap Act), "Title II applies to the city" (the ADA), "Title IV
// funds". bareTitles keeps one that no Act's name or "the" follows.
var bareTitle = regexp.MustCompile(`\bTitle[ \t]+(?:I{2,3}|IV|VI|VIII|XI{0,3}|XIV|XVI{0,3}|XIX|XX)\b`)

// titleFollower is what makes a title more than a bare one, or no law's:
// the Act it is of ("Title III of the Americans with Disabilities Act",
// which the patterns read whole), a name in parentheses after a comma or
// not ("Title VI (Customs Modernization) of the …"), "the" and the Act's
// name with "of" lost, a part's letter ("Title IV-D"), a heading's colon
// ("Title II: Definitions"), a capitalised word (a heading's or a name's:
// "Title XIII Commercial Transactions", "Title II Blues") or a state's
// statutes ("Title XIX, Florida Statutes").
var titleFollower = regexp.MustCompile(`^(?:[ \t\n]+(?:of|the|OF|THE)\b|,?[ \t]*\(|[-–]|:|[ \t]+[A-Z]|,[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?:Statutes|Code)\b)`)

// titleCodeBefore is a state's code or statutes right before a title, a
// title of that code ("Ohio Revised Code, Title XIII", "N.H. RSA Title
// XII"), not of an Act.
var titleCodeBefore = regexp.MustCompile(`(?:Code|Statutes|RSA|Laws),?[ \t]+$`)

// bareTitles returns each bareTitle, a law, that titleFollower does not
// continue and no state's code stands before.
func bareTitles(t string) []cand {
	if !strings.Contains(t, "Title ") {
		return nil
	}
	var out []cand
	for _, m := range bareTitle.FindAllStringIndex(t, -1) {
		if !titleFollower.MatchString(t[m[1]:]) && !titleCodeBefore.MatchString(t[max(0, m[0]-24):m[0]]) {
			out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	return out
}

// newJerseyRule is a rule of New Jersey's court rules, which number a
// rule by its part, a colon, its chapter and its number: "R. 4:46-2(c)",
// "Rule 1:36-3", "New Jersey Court Rule 3:22-1", "N.J. Ct. R. 2:10-2"; the
// patterns read its part alone ("Rule 3"). Group 1 is the citation.
var newJerseyRule = regexp.MustCompile(`(?:^|[^A-Za-z.])((?:(?:New[ \t]+Jersey|N\.[ \t]?J\.)[ \t]+(?:Court[ \t]+Rules?|Ct\.[ \t]+R\.)|Rules?|RULES?|R\.)[ \t]+\d{1,2}:\d{1,3}[A-Z]?-\d{1,3}[A-Za-z]?(?:\((?:[a-z]{1,4}|\d{1,3})\))*)`)

// convention is a treaty named a convention: by the place it was made in
// ("the Hague Convention", "the Geneva Conventions", "the Warsaw
// Convention"), by its subject after "on", "against", "for" or "relating
// to" ("the Convention Against Torture", "Convention on the Service Abroad
// of Judicial and Extrajudicial Documents in Civil or Commercial
// Matters"), or both ("Hague Convention on the Civil Aspects of
// International Child Abduction"). The subject ends with a capitalised
// word; "Convention" alone, a party's convention ("Democratic National
// Convention") and a convention center are none.
var convention = regexp.MustCompile(`\b(?:(?:United[ \t]+Nations|U\.[ \t]?N\.|European|Inter-American|Hague|Geneva|Vienna|Warsaw|Montreal|Berne|Apostille|New[ \t]+York)[ \t]+` +
	`(?:(?:Service|Evidence|Abduction|Refugee)[ \t]+)?Conventions?(?:` + conventionSubject + `)?|Convention` + conventionSubject + `)`)

// conventionSubject is a convention's subject: "on", "against", "for" or
// "relating to", then capitalised words, lower-case connectors and commas
// between them ("the" after a preposition only: "… Child Abduction and
// the … Act" is two laws).
const conventionSubject = `[ \t\n]+(?:[Oo]n|[Aa]gainst|AGAINST|[Ff]or|[Rr]elating[ \t]+to)[ \t\n]+(?:the[ \t\n]+)?[A-Z][A-Za-z'’\-]*` +
	`(?:,?[ \t\n]+(?:(?:(?:of|in|on|to|for)(?:[ \t\n]+the)?|and|or)[ \t\n]+)*[A-Z][A-Za-z'’\-]*)*`

// conventions returns the treaties convention finds, ended before a
// provision "and" joins to the name (provisionAfterAnd).
func conventions(t string) []cand {
	if !strings.Contains(t, "Convention") {
		return nil
	}
	out := groupCands(t, convention, 0, TypeLaw)
	for i, c := range out {
		if m := provisionAfterAnd.FindStringIndex(t[c.start:c.end]); m != nil {
			out[i].end = c.start + m[0]
		}
	}
	return out
}

// provisionAfterAnd is a provision's word after "and" inside what
// conventionSubject read on: " and Article" of "European Convention on
// Human Rights and Article 8 ECHR", where the convention's name ends.
var provisionAfterAnd = regexp.MustCompile(`,?[ \t\n]+(?:and|or)[ \t\n]+(?:Article|Articles|Section|Sections|Rule|Rules|Paragraph|Protocol[ \t\n]+No)\b`)

// ordinanceHead is a local law's or an Act's head word and one word before
// it, the whole of a name: "Tenant Ordinance" of "… Landlord and Tenant
// Ordinance".
var ordinanceHead = regexp.MustCompile(`^[A-Z][a-z]+[ \t]+(?:Ordinance|Act|Code)$`)

// ordinanceNames joins an organisation the tagger read before "and" (of
// four words at most) and a law's head word's name after it into one law
// ("Chicago Residential Landlord" + "Tenant Ordinance").
func ordinanceNames(t string, cs []cand) []cand {
	if !strings.Contains(t, " and ") {
		return cs
	}
	starts := startIndex(cs, TypeOrg)
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party || drop[i] || !strings.HasPrefix(t[c.end:], " and ") || len(strings.Fields(t[c.start:c.end])) > 4 {
			continue
		}
		if j, ok := starts[c.end+len(" and ")]; ok && j != i && ordinanceHead.MatchString(t[cs[j].start:cs[j].end]) {
			cs[i].end, cs[i].typ = cs[j].end, TypeLaw
			drop[j] = true
		}
	}
	return withoutDropped(cs, drop)
}

// abbreviatedCodeArticle is an article of a code cited with the code's name:
// New York's "CPLR article 78", "N.Y. C.P.L.R. Article 78", "Article 78
// of the CPLR", and the Uniform Commercial Code's "Article 9 of the UCC",
// "UCC Article 2".
var abbreviatedCodeArticle = regexp.MustCompile(`\b(?:(?:N\.Y\.[ \t]+)?(?:CPLR|C\.P\.L\.R\.|UCC|U\.C\.C\.)[ \t]+(?:[Aa]rticle|ARTICLE|[Aa]rt\.)[ \t]+\d{1,3}[A-Z]?|(?:[Aa]rticle|ARTICLE)[ \t]+\d{1,3}[A-Z]?[ \t]+of[ \t]+the[ \t\n]+(?:CPLR|C\.P\.L\.R\.|UCC|U\.C\.C\.|Civil[ \t\n]+Practice[ \t\n]+Law[ \t\n]+and[ \t\n]+Rules|Uniform[ \t\n]+Commercial[ \t\n]+Code))\b`)

// codeArticles returns the articles of codes abbreviatedCodeArticle finds, each a
// law: "article 78" is New York's proceeding against a body, named for
// the CPLR's article.
func codeArticles(t string) []cand {
	if !containsAny(t, []string{"rticle", "ARTICLE"}) || !containsAny(t, []string{"CPLR", "C.P.L.R.", "UCC", "U.C.C.", "Practice Law", "Commercial Code"}) {
		return nil
	}
	return groupCands(t, abbreviatedCodeArticle, 0, TypeLaw)
}

// namedRules is a body of rules, regulations or statutes named in words:
// its qualifiers, its kind, and what it is of or for ("Federal Rules of
// Bankruptcy Procedure", "Hawaii Revised Statutes", "Missouri Court
// Rules", "FDIC Rules and Regulations", "Local Rules of the United States
// Bankruptcy Court for the District of New Jersey", "National Ambient Air
// Quality Standards", "Revised Statutes of Missouri"). Group 1 is the
// qualifiers, group 2 the tail after "of" or "for".
var namedRules = regexp.MustCompile(`\b((?:(?:[A-Z][a-z][A-Za-z'’\-]*|[A-Z]{2,6})[ \t]+){1,5})(?:Rules|Regulations|Statutes|Laws|Standards)(?:[ \t]+(?:and|&)[ \t]+Regulations)?` +
	`((?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z'’\-]*(?:[ \t]+(?:(?:of|for|the|and|on)[ \t]+)*[A-Z][A-Za-z'’\-]*){0,9})?)`)

// courtInTail is a court's name in a body of rules' tail: "Court" with
// more of the court's name after it ("… Bankruptcy Court for the District
// of New Jersey"), not the rules' own last word ("Rules of Court").
var courtInTail = regexp.MustCompile(`[ \t]Court[ \t]+(?:of|for)[ \t]`)

// ruleTailStop is where a body of rules' tail ends before another law or
// a page's header: " and Section", " and the Code", " USCA".
var ruleTailStop = regexp.MustCompile(`[ \t]+(?:and[ \t]+(?:the[ \t]+)?(?:Section|Sections|Rule|Rules|Chapter|Title|Article|Code|Act|Constitution|Regulations?)\b|USCA\b)`)

// namedRulesRuns searches namedRules in the runs of its alphabet that hold
// its kind's word.
var namedRulesRuns = runscan.New(namedRules, "Rules", "Regulations", "Statutes", "Laws", "Standards")

// rulesQualifiers are the words one of which makes the qualifiers before
// rules, regulations or statutes a body's name: a jurisdiction's, a
// court's or an edition's ("Local", "Revised").
var rulesQualifiers = wordSet(`federal local uniform model national revised compiled general consolidated administrative
	supreme appellate court county municipal`)

// nameDeterminers open no name of a body of rules, an ordinance or a known
// organisation ("The Local Rules", "Such Rules", "Said Ordinance"): the
// determiners, articles, demonstratives and possessives. (leadingNoise is
// broader: its "Article", "One" and "Under" open such names.)
var nameDeterminers = func() map[string]bool {
	m := wordSet(`the these those its their our your this that other applicable said`)
	for w := range determiners {
		m[w] = true
	}
	return m
}()

// nameOpener reports whether lw, a word in lower case, opens no name
// where it stands first: a determiner (nameDeterminers), or a signal or a
// preposition capitalised at a sentence's start (leadingNoise: "See",
// "Under"), for the names that no such word begins.
func nameOpener(lw string) bool { return leadingNoise[lw] || nameDeterminers[lw] }

// afterDeterminers returns where the words ws, which start at s of t, go
// on past the nameDeterminers that open them, and the words left.
func afterDeterminers(t string, s int, ws []string) (int, []string) {
	n := leadingWords(ws, 0, func(lw string) bool { return nameDeterminers[lw] })
	return afterWords(t, s, n), ws[n:]
}

// namedRuleBodies returns the bodies of rules namedRules finds: where a
// qualifier is a state's name, an agency's acronym or one of
// rulesQualifiers, and the name is more than a qualifier and its kind
// ("Federal Rules" alone is none; "FDIC Rules and Regulations" is). A
// determiner, a signal or a preposition opening the qualifiers is left
// out.
func namedRuleBodies(t string) []cand {
	if !containsAny(t, []string{"Rules", "Regulations", "Statutes", "Laws", "Standards"}) {
		return nil
	}
	var out []cand
	for _, m := range namedRulesRuns.FindAllStringSubmatchIndex(t) {
		// "Under Oregon Revised Statutes", "See Hawaii Revised Statutes":
		// a signal or a preposition capitalised at a sentence's start
		// opens no body's name.
		ws := strings.Fields(t[m[2]:m[3]])
		n := leadingWords(ws, 0, nameOpener)
		s, ws := afterWords(t, m[2], n), ws[n:]
		if len(ws) == 0 {
			continue
		}
		qualified, body := false, false
		for i := range ws {
			w := ws[i]
			if rulesQualifiers[strings.ToLower(w)] || knownAcronyms[w] == TypeOrg || stateNames[w] || i+1 < len(ws) && stateNames[w+" "+ws[i+1]] {
				qualified = true
			}
			// "Committee On Rules": a body named for the rules.
			body = body || orgWords[strings.ToLower(w)] || orgHead[strings.ToLower(w)] || w == "On" || w == "Of"
		}
		e := m[1]
		// "Local Rules of the United States Bankruptcy Court for …": the
		// court is a name of its own, and the rules end before it.
		courtTail := courtInTail.MatchString(t[m[4]:m[5]])
		if courtTail {
			e = m[4]
		}
		if !qualified || body || len(ws) == 1 && m[5] == m[4] && !courtTail && !strings.Contains(t[m[3]:m[4]], " Regulations") {
			continue
		}
		// "… Appraisal Practice and Section 475.624": a provision after
		// "and" is another law.
		if k := ruleTailStop.FindStringIndex(t[m[4]:m[5]]); k != nil && !courtTail {
			e = m[4] + k[0]
		}
		out = append(out, cand{typ: TypeLaw, start: s, end: e, source: SourcePattern})
	}
	return out
}

// localLaw is an ordinance named by its place or its subject, with its
// number or not, or a resolution with its number: "Ada County Ordinance
// No. 780", "North Little Rock Ordinance 5369", "Kinston Zoning
// Ordinance", "Amended Sign Ordinance", "Medford City Resolution No.
// 5715", "Chicago Residential Landlord and Tenant Ordinance". Group 1 is
// the words before the kind.
var localLaw = regexp.MustCompile(`\b((?:[A-Z][a-z][A-Za-z'’\-]*[ \t]+(?:(?:and|of|the)[ \t]+)?){1,5})(?:Ordinance(?:[ \t]+(?:No\.[ \t]*)?\d[\w\-]*)?\b|Resolution[ \t]+No\.[ \t]*\d[\w\-]*\b)`)

// localLawRuns searches localLaw in the runs of its alphabet that hold its
// kind's word.
var localLawRuns = runscan.New(localLaw, "Ordinance", "Resolution")

// localLaws returns the ordinances and resolutions localLaw finds, past a
// determiner opening the words before the kind ("The Zoning Ordinance"
// is the words' own only from "Zoning"); a kind alone after it ("The
// Ordinance") is none.
func localLaws(t string) []cand {
	if !strings.Contains(t, "Ordinance") && !strings.Contains(t, "Resolution No") {
		return nil
	}
	var out []cand
	for _, m := range localLawRuns.FindAllStringSubmatchIndex(t) {
		s, ws := afterDeterminers(t, m[2], strings.Fields(t[m[2]:m[3]]))
		if len(ws) == 0 {
			continue
		}
		out = append(out, cand{typ: TypeLaw, start: s, end: m[1], source: SourcePattern})
	}
	return out
}

// operatingProcedure is a court's internal operating procedure cited by
// its number, as unpublished decisions head themselves: "SUPERIOR COURT
// I.O.P. 65.37", "Sixth Circuit I.O.P. 32.1(b)", "3d Cir. I.O.P. 5.7".
var operatingProcedure = regexp.MustCompile(`\b(?:SUPERIOR[ \t]+COURT|Superior[ \t]+Court|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.|Federal)[ \t]+Circuit|\d{1,2}(?:st|nd|rd|th|d)[ \t]+Cir\.)[ \t]+I\.O\.P\.[ \t]*\d+(?:\.\d+)*(?:\([a-z0-9]{1,3}\))*`)

// operatingProcedures returns the procedures operatingProcedure finds,
// laws.
func operatingProcedures(t string) []cand {
	if !strings.Contains(t, "I.O.P.") {
		return nil
	}
	return groupCands(t, operatingProcedure, 0, TypeLaw)
}

// listedNumber is a provision listed after a citation by its number alone
// ("1985(3)" after "42 U.S.C. §§ 1983 and", "32(a)" after "FRAP 12(a),")
// or by its subsection alone ("(b)" after "§ 111(a) and").
var listedNumber = regexp.MustCompile(`^` + listedNumberAlt + `$`)

// listedNumberAlt is listedNumber's expression without its anchors.
const listedNumberAlt = `(?:\d[\w.\-–]*|\([A-Za-z0-9]{1,4}\))(?:\([A-Za-z0-9]{1,4}\))*`

// IsListedProvision reports whether a law's mention is a provision
// listed by its number or its subsection alone ("1985(3)", "(b)"), whose
// Refers is then its whole citation.
func IsListedProvision(text string) bool { return listedNumber.MatchString(oneSpace(text)) }

// listJoin joins two provisions of a list: ", ", " and ", ", or ", " & ".
// sectionListed and subsectionListed read a list's provisions after it.
const listJoin = `(?:,|,?[ \t\n]+(?:or|and|&))[ \t\n]+`

// listGap is listJoin alone, the whole text between two provisions.
var listGap = regexp.MustCompile(`^` + listJoin + `$`)

// citedNumber is the number a citation ends with: "1983" of "42 U.S.C. §§
// 1983", "12(a)" of "FRAP 12(a)".
var citedNumber = regexp.MustCompile(`\d[\w.\-–]*(?:\([A-Za-z0-9]{1,4}\))*$`)

// oneProvision writes a list's head as one provision's citation: "42
// U.S.C. §§ 1983" as "42 U.S.C. § 1983".
var oneProvision = strings.NewReplacer("§§", "§", "Sections", "Section", "sections", "section", "SECTIONS", "SECTION", "Rules", "Rule", "rules", "rule")

// subsectionGroup is a citation's last subsection: "(3)" of "§ 1985(3)".
var subsectionGroup = regexp.MustCompile(`\(([A-Za-z0-9]{1,4})\)$`)

// listedProvisions names each provision listed after a citation by its
// number or its subsection alone by its whole citation, which the
// mention refers to: "1985(3)" after "42 U.S.C. §§ 1983 and" is "42
// U.S.C. § 1985(3)", "(b)" after "18 U.S.C. § 111(a) and" is "18 U.S.C. §
// 111(b)", "(2)" after "§ 3142(f)(1) and" is "§ 3142(f)(2)" (a subsection
// replaces the last one of its kind: letters, digits, capitals or roman
// numerals). So resolve makes one law of the listed provision and the same
// provision cited whole elsewhere. ms must be sorted by start.
func listedProvisions(doc []rune, ms []Mention) []Mention {
	prev, prevName := -1, "" // the list's last provision and its whole citation
	for i, m := range ms {
		if m.Type != TypeLaw {
			continue
		}
		txt := oneSpace(m.Text)
		listed := prev >= 0 && m.Refers == "" && listedNumber.MatchString(txt) && ms[prev].End <= m.Start && m.Start <= len(doc) &&
			listGap.MatchString(string(doc[ms[prev].End:m.Start]))
		name := ""
		if listed {
			if txt[0] == '(' {
				name = withSubsection(prevName, txt)
			} else if loc := citedNumber.FindStringIndex(prevName); loc != nil {
				name = prevName[:loc[0]] + txt
			}
		}
		switch {
		case name != "":
			ms[i].Refers = name
			ms[i].ID = mentionID(ms[i])
		case !listed && citedNumber.MatchString(oneProvision.Replace(txt)):
			name = oneProvision.Replace(txt) // a list's head
		}
		// A list goes on only after a provision whose citation is known.
		prev, prevName = i, name
		if name == "" {
			prev = -1
		}
	}
	return ms
}

// withSubsection is the citation of subsection sub ("(b)") of the
// section cite cites a subsection of ("18 U.S.C. § 111(a)"): cite's
// subsections up to and including its last one of sub's kind replaced by
// sub. "" when cite has no subsection of that kind.
func withSubsection(cite, sub string) string {
	kind := subsectionKind(sub[1 : len(sub)-1])
	for c := cite; ; {
		g := subsectionGroup.FindStringSubmatchIndex(c)
		if g == nil {
			return ""
		}
		if subsectionKind(c[g[2]:g[3]]) == kind {
			return c[:g[0]] + sub
		}
		c = c[:g[0]]
	}
}

// subsectionKind is the kind of a subsection's label: 'a' for lower-case
// letters, 'A' capitals, '1' digits, 'i' lower-case roman numerals.
func subsectionKind(l string) byte {
	switch {
	case l[0] >= '0' && l[0] <= '9':
		return '1'
	case l[0] >= 'A' && l[0] <= 'Z':
		return 'A'
	case strings.Trim(l, "ivxl") == "" && (len(l) > 1 || l == "i"):
		return 'i'
	}
	return 'a'
}

// lawShortName is the short name a text defines for a law in parentheses
// right after its name or its citation (and the citation's "et seq."):
// `(the "Act")`, `("the Act")`, `(the Act)`, `(Act)`, `(the FD&C Act)`,
// on the name's line (a parenthesis wrapped to the next line is not
// read). Group 1 is the short name.
var lawShortName = regexp.MustCompile(`^(?:,?[ \t\n]*et[ \t\n]+seq\.)?[ \t]*\((?:the[ \t]+)?["“]?(?:the[ \t]+)?((?:[A-Z][A-Za-z&.]*[ \t]+)?Act)["”]?\)`)

// actOfYear is an Act's year after its name: " of 1996".
var actOfYear = regexp.MustCompile(`[ \t]+of[ \t]+\d{4}$`)

// actNameEnd is an Act's name's end, its year or not: "Telecommunications
// Act of 1996", "Perishable Agricultural Commodities Act".
var actNameEnd = regexp.MustCompile(`\bAct(?:[ \t]+of[ \t]+\d{4})?$`)

// definedLawShortNames adds the short name a text defines for an Act
// right after its name, one of its provisions or its citation, as a
// mention of that Act: "Section 207 of the Telecommunications Act of
// 1996 (the "Act")" names the Act by "Act" (not the section), which
// resolve makes an entity of its own with the short name as its alias,
// as the guideline has a name inside another named on its own; "the
// Federal Food, Drug, and Cosmetic Act (the FD&C Act)"; "the Copyright
// Act, 17 U.S.C. § 101 (the "Act")". A short name of more than "Act"
// opens with the Act's first letter; one the text defines for two Acts
// names neither (resolve would join them by it). ms must be sorted by
// start; so is the result.
func definedLawShortNames(doc []rune, ms []Mention) []Mention {
	var add []Mention
	defined := map[string]string{}
	for i, m := range ms {
		if m.Type != TypeLaw {
			continue
		}
		w := string(doc[m.End:min(len(doc), m.End+60)])
		g := lawShortName.FindStringSubmatchIndex(w)
		if g == nil {
			continue
		}
		name := lawBefore(doc, ms, i)
		if p := actOfProvision.FindStringSubmatch(name); p != nil {
			name = p[1]
		}
		short := w[g[2]:g[3]]
		if !actNameEnd.MatchString(name) || short != "Act" && short[0] != name[0] {
			continue
		}
		act := actOfYear.ReplaceAllString(name, "") // one Act with its year and without
		if d, ok := defined[short]; ok && d != act {
			defined[short] = "" // two Acts: neither
			continue
		}
		defined[short] = act
		s := m.End + utf8.RuneCountInString(w[:g[2]])
		e := s + utf8.RuneCountInString(short)
		if slices.ContainsFunc(ms[i+1:], func(o Mention) bool { return o.Start < e && o.End > s }) {
			continue // the patterns read it already (an acronym's definition)
		}
		d := Mention{Type: TypeLaw, Text: short, ChunkID: m.ChunkID, Start: s, End: e, Source: SourceDefined, Refers: name}
		d.ID = mentionID(d)
		add = append(add, d)
	}
	add = slices.DeleteFunc(add, func(d Mention) bool { return defined[d.Text] == "" })
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return ms
}

// lawBefore is the law the i-th mention cites: the law it refers to, the
// law whose name a section's citation follows after a comma or a blank ("the
// Copyright Act, 17 U.S.C. § 101"), or its own text.
func lawBefore(doc []rune, ms []Mention, i int) string {
	m := ms[i]
	if m.Refers != "" {
		return m.Refers
	}
	name := oneSpace(m.Text)
	if i > 0 && codeSection.MatchString(name) {
		if p := ms[i-1]; p.Type == TypeLaw && p.End <= m.Start && strings.Trim(string(doc[p.End:m.Start]), " ,\t\n") == "" {
			if p.Refers != "" {
				return p.Refers
			}
			return oneSpace(p.Text)
		}
	}
	return name
}

// wrappedTitle is the line before a code's citation that opens its line,
// ending in the code's title, as a double-spaced filing wraps it ("claims
// under 15" / "U.S.C. § 1125"), a blank line between or not; a number
// alone on its line is a pleading paper's line number, no title. It is
// matched at the window's end; group 1 is the title.
var wrappedTitle = regexp.MustCompile(`[^\s][ \t]+(\d{1,2})[ \t]*\n(?:[ \t]*\n)?[ \t]*$`)

// wrappedCode is the code's abbreviation and section that open the line
// after its title (wrappedTitle).
var wrappedCode = regexp.MustCompile(`^(?:U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?|C\.[ \t]?F\.[ \t]?R\.)[ \t]*(?:§§?[ \t]*)?` + secNum)

// wrappedCodeTitles returns the citations of the U.S. Code or the C.F.R.
// whose title ends the line before them (wrappedTitle): "15\n\nU.S.C. §
// 1125". It reads only where a code's abbreviation opens a line.
func wrappedCodeTitles(t string) []cand {
	var out []cand
	for _, code := range []string{"U.S.C.", "U. S. C.", "C.F.R.", "C. F. R."} {
		for i := range occurrences(t, code, 0) {
			if !lineStartAt(t, i) {
				continue
			}
			from := strings.LastIndexByte(t[:i], '\n') + 1
			w := t[max(0, from-40):i]
			m := wrappedTitle.FindStringSubmatchIndex(w)
			c := wrappedCode.FindStringIndex(t[i:])
			if m == nil || c == nil {
				continue
			}
			out = append(out, cand{typ: TypeLaw, start: max(0, from-40) + m[2], end: i + c[1], source: SourcePattern})
		}
	}
	return out
}

// gluedRuleHead is a rules' set glued to "R." before a rule's number, its
// last abbreviation a word in mixed case ("Civ.R. 12(B)(6)", "Evid.R. 702",
// "Prof.Cond.R. 8.4(c)", "S.Ct.Prac.R. 7.08", "Ill.S.Ct.R. 341(h)(7)",
// "Loc.App.R. 11", "L.Civ.R. 7.1(d)"), a state's name before it or not
// ("Ohio Civ.R."), a court's local rules' "L." ("L.R. 56.1(a)", "Civ.
// L.R. 7-1(b)") or Indiana's trial rules' "T." ("Ind.T.R. 56(C)"). The
// match ends where "R." starts.
var gluedRuleHead = regexp.MustCompile(`(?:\b(?:Ohio|OHIO)[ \t]+)?(?:\b[A-Z][A-Za-z]*\.)*\b[A-Z][a-z]+\.$|(?:\b(?:Civ|Crim)\.[ \t]+)?\bL\.$|(?:\b[A-Z][a-z]+\.)?\bT\.$`)

// recordPage is a rule's number that is a bare page, as the record's are:
// "R. 17", "R. 173", "R. 1-2" (a rule's has a colon or a part: "R.
// 1:36-3", "R. 12(b)").
var recordPage = regexp.MustCompile(`^R\.[ \t]*\d+(?:[-–]\d+)?$`)

// recordCite is what stands before a record's page: "(" in "(R. 17, Pl.'s
// Mem.)", a volume's numeral in "II R. 173".
var recordCite = regexp.MustCompile(`(?:\(|\b[IVX]{1,4}[ \t]+)$`)

// rulesOfRecords mends the rules the patterns read at "R." and a number
// ("R." then a space or a digit: "R.C. 2305.10" and "R.I. Gen. Laws" are
// codes the patterns name whole): one glued to its set's abbreviation
// ("Civ.R. 56") starts at the set; one glued to another abbreviation, a
// single capital, is none, its "R." the abbreviation's end ("D.P.R.
// 2000", "H.C.R. 252", "R.R. 290a", "123 B.R. 456"); a record's page is
// none ("(R. 17, Pl.'s Mem.)", "II R. 173").
func rulesOfRecords(t string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		name := t[c.start:c.end]
		if c.typ != TypeLaw || c.start == 0 || len(name) < 3 || !strings.HasPrefix(name, "R.") || name[2] != ' ' && name[2] != '\t' && !isDigitByte(name[2]) {
			out = append(out, c)
			continue
		}
		before := t[max(0, c.start-24):c.start]
		if t[c.start-1] == '.' {
			m := gluedRuleHead.FindStringIndex(before)
			if m == nil {
				continue
			}
			c.start -= len(before) - m[0]
		} else if recordPage.MatchString(name) && recordCite.MatchString(before) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// bankruptcyChapter is a chapter of the Bankruptcy Code by its number,
// as filings and the news name a case's kind ("filed for Chapter 11",
// "her Chapter 7 case", "a chapter 13 plan"). The chapter cited with the
// code after it ("Chapter 11 of the Bankruptcy Code") is partOfLaw's;
// before "of title 11" the chapter is alone ("Chapter 7 of Title 11 of the
// United States Code (the "Bankruptcy Code")": the title is the code the
// definition names, a law of its own).
var bankruptcyChapter = regexp.MustCompile(`\b(?:[Cc]hapter|CHAPTER|Ch\.)[ \t]+(?:` + BankruptcyChapterNumbers + `)\b`)

// BankruptcyChapterNumbers are the Bankruptcy Code's chapters that name a
// case's kind, as an expression's alternation; resolve reads the same
// numbers.
const BankruptcyChapterNumbers = `7|9|11|12|13|15`

// titleElevenAfter is the Bankruptcy Code's title after a chapter: "of
// Title 11".
var titleElevenAfter = regexp.MustCompile(`^[ \t\n]+(?:of|OF)[ \t\n]+(?:[Tt]itle|TITLE)[ \t]+11\b`)

// notBankruptcyChapter is what makes the chapter another's after its
// number: a decimal or a section of it ("Chapter 11.5", "chapter 13-2"),
// anything else after "of" ("Chapter 7 of the Texas Family Code",
// "chapter 7 of title 5", "Chapter 11 of this Report", "CHAPTER 7 OF
// TITLE 5"), or a part of a document or a code after it ("Chapter 7,
// Section 3 of the Lease", "Chapter 7 § 3", "Chapter 11, Part 2").
var notBankruptcyChapter = regexp.MustCompile(`^(?:[.:\-–]\d|[ \t\n]+(?:of|OF)\b|,?[ \t]*(?:§|[Ss]ections?\b|SECTIONS?\b|[Pp]arts?\b|PARTS?\b|[Aa]rticles?\b|[Ss]ubchapter\b|[Rr]ule\b))`)

// titleBeforeChapter is a code's title before the chapter, whose chapter
// it is: "Title 5, chapter 11" (title 11's, the Bankruptcy Code's, is a
// bankruptcy chapter: "Title 11, Chapter 7"). Group 1 is the number.
var titleBeforeChapter = regexp.MustCompile(`(?:[Tt]itle|TITLE)[ \t]+(\d+[A-Z]?),?[ \t]+$`)

// bankruptcyChapters returns the chapters bankruptcyChapter finds, laws,
// in a text that speaks of bankruptcy: the chapter cited with its code and
// the chapter alone are one law, the chapter of the Bankruptcy Code; not
// one notBankruptcyChapter makes another's, nor one after a code's title
// (titleBeforeChapter).
func bankruptcyChapters(t string) []cand {
	if !containsAny(t, []string{"ankrupt", "ANKRUPT"}) || !containsAny(t, []string{"hapter", "HAPTER", "Ch."}) {
		return nil
	}
	var out []cand
	for _, m := range bankruptcyChapter.FindAllStringIndex(t, -1) {
		if notBankruptcyChapter.MatchString(t[m[1]:]) && !titleElevenAfter.MatchString(t[m[1]:]) {
			continue
		}
		if tb := titleBeforeChapter.FindStringSubmatch(t[max(0, m[0]-16):m[0]]); tb != nil && tb[1] != "11" {
			continue
		}
		out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// disputePolicy is ICANN's domain-name dispute policy and the rules made
// under it, which every domain-name decision (WIPO's, the Forum's) cites
// by name: "the Uniform Domain Name Dispute Resolution Policy", "the
// Rules for Uniform Domain Name Dispute Resolution Policy", "the WIPO
// Supplemental Rules for Uniform Domain Name Dispute Resolution Policy".
var disputePolicy = regexp.MustCompile(`\b(?:(?:WIPO[ \t\n]+)?(?:Supplemental[ \t\n]+)?Rules[ \t\n]+for[ \t\n]+(?:the[ \t\n]+)?)?Uniform[ \t\n]+Domain[ \t\n]+Name[ \t\n]+Dispute[ \t\n]+Resolution[ \t\n]+Policy\b`)

// disputePolicies returns the policy and its rules disputePolicy finds,
// laws.
func disputePolicies(t string) []cand {
	if !strings.Contains(t, "Dispute Resolution Policy") {
		return nil
	}
	return groupCands(t, disputePolicy, 0, TypeLaw)
}
