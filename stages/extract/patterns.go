package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/runscan"
)

// Deterministic patterns. They are written for legal and financial text,
// where the statistical model is weakest (citations, dockets, courts, money)
// and where a rule is both more precise and explainable.

const (
	month = `(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
		`JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|` +
		`Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`
	ordinal  = `(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.\s?C\.|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|FEDERAL)`
	court    = `(?:Court|COURT)`
	secNum   = `\d+(?:\.\d+)*(?:[A-Z](?:\d+(?:\.\d+)*)?|[a-z](?:\([A-Za-z0-9]{1,4}\))+)?(?:\([A-Za-z0-9]{1,4}\))*`
	properW  = `[A-Z][A-Za-z'’\-]+`
	partyW   = `(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&'’.\-]*|&|of|the|and|de|ex rel\.)`
	partyGap = `(?: {1,2}|[ \t]*\n[ \t]*)` // not over a column gap (a tab, three spaces)
)

// party is a case party: words joined by spaces or a single line break (PDF
// text wraps captions), never across a blank line.
var party = partyW + `(?:` + partyGap + partyW + `|,[ \t]+` + legalForm + `){0,11}`

// CaptionRole is a party's role in a caption, a court's or a board's
// ("Plaintiff", "Respondents", "Applicant", "Grievant"): one list for every
// caption form here and for resolve, which leaves it out of a case's name.
const CaptionRole = `(?i:plaintiffs?|petitioners?|appellants?|appellees?|defendants?|respondents?|relators?|movants?|applicants?|claimants?|complainants?|grievants?)`

// legalForm is a company's legal form after its name and a comma.
const legalForm = `(?:(?i:inc|ltd|corp|co|l\.p|n\.a|l\.l\.c)\.|LLC|LLP|Inc|INC)`

type pattern struct {
	typ string
	re  *regexp.Regexp
	// group is the capture group that is the mention (0: whole match).
	group int
	// needles, when set, are strings one of which every match contains:
	// a text without any of them is not searched (an expression that
	// opens with a long alternation is slow to scan).
	needles []string
}

// monthNeedles are in every month's name the month expression matches
// ("Sept." has "Sep", "JANUARY" has "JAN").
var monthNeedles = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// ruleNeedles are in every rule the rules expression matches.
var ruleNeedles = []string{"Rule", "RULE", "R.", "L.A.R."}

// circuitNeedles are in every circuit the ordinal expression names.
var circuitNeedles = []string{"Circuit", "CIRCUIT"}

// courtNeedles are in every court the court patterns name ("Court" is
// written in title case or capitals in all of them).
var courtNeedles = []string{"Court", "COURT"}

// titleNeedles are in every title the titled-person pattern reads.
var titleNeedles = []string{"Justice", "JUSTICE", "Judge", "JUDGE", "Mr.", "MR.", "Ms.", "MS.", "Mrs.", "Dr.", "Hon",
	"Senator", "Governor", "Commissioner"}

// lawHeadNeedles are the head words a law's name ends with.
var lawHeadNeedles = append(strings.Split(lawHeadWords, "|"), "ACT", "CODE")

var simplePatterns = []pattern{
	// DATE
	{TypeDate, regexp.MustCompile(`\b` + month + partyGap + `\d{1,2}(?:st|nd|rd|th)?,?` + partyGap + `\d{4}\b`), 0, monthNeedles},
	{TypeDate, regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:day[ \t]+of[ \t]+)?` + month + `,?` + partyGap + `\d{4}\b`), 0, monthNeedles},
	{TypeDate, regexp.MustCompile(`\b` + month + `,?(?:[ \t]+of)?` + partyGap + `\d{4}\b`), 0, monthNeedles},
	// A day and a month without the year ("retroactive to January 27"); not
	// "May" alone, which is mostly the verb.
	{TypeDate, regexp.MustCompile(`\b(` + month + `[ \t]+\d{1,2}(?:st|nd|rd|th)?)\b(?:[^,\d]|,[ \t]*[^\d \t]|$)`), 1, monthNeedles},
	// A compact date of forms and records: 20161018.
	{TypeDate, regexp.MustCompile(`\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b`), 0, []string{"19", "20"}},
	{TypeDate, regexp.MustCompile(`\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b`), 0, []string{"/"}},
	{TypeDate, regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`), 0, []string{"-"}},
	// MONEY
	{TypeMoney, regexp.MustCompile(`(?:US|U\.S\.)?\$[ \t]?\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion|thousand|Million|Billion|MILLION|BILLION))?`), 0, []string{"$"}},
	{TypeMoney, regexp.MustCompile(`\b(?:USD|EUR|GBP|RMB|US\$)[ \t]?\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion))?`), 0, []string{"USD", "EUR", "GBP", "RMB", "US$"}},
	{TypeMoney, regexp.MustCompile(`\b\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion))?[ \t]+(?:dollars|Dollars|DOLLARS)\b`), 0, []string{"dollars", "Dollars", "DOLLARS"}},
	// LAW
	{TypeLaw, regexp.MustCompile(`\b\d+[ \t]+U\.[ \t]?S\.[ \t]?C\.(?:[ \t]?A\.)?[ \t]*(?:§§?[ \t]*)?` + secNum), 0, []string{"U."}},
	{TypeLaw, regexp.MustCompile(`\b\d+[ \t]+C\.[ \t]?F\.[ \t]?R\.[ \t]*(?:§§?[ \t]*)?` + secNum), 0, []string{"C."}},
	{TypeLaw, regexp.MustCompile(`(?:\b[A-Z][a-z]+\.` + partyGap + `Stat\.,?` + partyGap + `(?:Tit\.|tit\.)` + partyGap + `\d+,` + partyGap + `)?(?:§§?|\b[Ss]ections?\b|\bSECTION\b|\bSec\.)[ \t]*` + secNum +
		`(?:[ \t]*(?:–|-|to)[ \t]*` + secNum + `)?(?:,?[ \t]+RSMo(?:[ \t]+(?:Supp\.[ \t]+)?\d{4})?)?`), 0, []string{"§", "ection", "SECTION", "Sec."}},
	{TypeLaw, regexp.MustCompile(`\b(?i:Fed\.[ \t]*R\.[ \t]*(?:(?:Civ|Crim|App|Bankr)\.[ \t]*P\.|Evid\.))[ \t]*` + secNum), 0, nil},
	{TypeLaw, regexp.MustCompile(`\b(?:FRAP|FRCP|FRCrP|FRE)[ \t]+` + secNum), 0, []string{"FRAP", "FRCP", "FRCrP", "FRE"}},
	// Rules, with the circuit whose local rules they are: "5th Circuit
	// Rule 47.5", "3d Cir. R. 28".
	{TypeLaw, regexp.MustCompile(`(?:\b(?:\d{1,2}(?:st|nd|rd|th|d)|` + ordinal + `)[ \t]+(?:Circuit|Cir\.)[ \t]+)?\b(?:Rules?|RULE|R\.|L\.A\.R\.(?:[ \t]+Misc\.)?)[ \t]+\d+(?:[a-z]\d*)?(?:\.\d+)*(?:-\d+)?(?:\([A-Za-z0-9]{1,4}\))*(?:-\d+(?:\([A-Za-z0-9]{1,4}\))*)?`), 0, ruleNeedles},
	{TypeLaw, regexp.MustCompile(`\b` + ordinal + partyGap + `Circuit` + partyGap + `Rules\b`), 0, []string{"Rules"}},
	// A law by its name, "and" or "with" between its words ("Religious
	// Land Use and Institutionalized Persons Act", "Americans with
	// Disabilities Act"); lawName splits two laws joined so.
	{TypeLaw, regexp.MustCompile(`\b(?:` + properW + partyGap + `(?:(?:and|with|in)` + partyGap + `)?){1,6}(?:` + lawHeadWords + `|ACT|CODE)\b(?:[ \t]+(?:of|OF)[ \t]+\d{4}|[ \t]+of[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+\b)?(?:[ \t]*\n?[ \t]*§§?[ \t]*` + secNum + `)?`), 0, lawHeadNeedles},
	// A state code by its citation abbreviations: "Tex. Ins. Code §
	// 4001.003(1)", "TEX. INS. CODE § 4001.003(1)(B)".
	{TypeLaw, regexp.MustCompile(`\b(?:[A-Z][A-Za-z]{1,6}\.[ \t]+){1,3}(?:Code|CODE)(?:[ \t]+(?:Ann|ANN)\.)?[ \t]*\n?[ \t]*§§?[ \t]*` + secNum), 0, []string{"Code", "CODE"}},
	{TypeLaw, regexp.MustCompile(`\bU\.[ \t]?S\.[ \t]?(?:Const|CONST)\.(?:,?` + partyGap + `(?:art|amend)\.[ \t]+[IVXLC]+(?:,[ \t]*§[ \t]*\d+)?(?:,[ \t]*cl\.[ \t]*\d+)?)?`), 0, []string{"Const", "CONST"}},
	{TypeLaw, regexp.MustCompile(`\bAct` + partyGap + `of` + partyGap + month + `[ \t]+\d{1,2},` + partyGap + `\d{4}`), 0, []string{"Act"}},
	{TypeLaw, regexp.MustCompile(`\b(?:Executive|EXECUTIVE)[ \t]+(?:Order|ORDER)[ \t]+(?:No\.[ \t]*)?\d+(?:-\d+)?`), 0, []string{"Executive", "EXECUTIVE"}},
	{TypeLaw, regexp.MustCompile(`\bRestatement[ \t]+\((?:First|Second|Third|Fourth)\)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}(?:[ \t]*§§?[ \t]*` + secNum + `)?`), 0, []string{"Restatement"}},
	{TypeLaw, regexp.MustCompile(`\b(?:(?:Secretary[ \t]+of[ \t]+the[ \t]+)?[A-Z][A-Za-z]+|DoD|DOD)[ \t]+(?:Instruction|Directive)[ \t]+\d+(?:\.\d+)+[A-Z]?`), 0, []string{"Instruction", "Directive"}},
	// COURT
	{TypeCourt, regexp.MustCompile(`(?i:supreme)\s+` + court + `\s+(?i:of)\s+(?:(?i:the\s+united\s+states)|(?i:the\s+state\s+of\s+)?[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)`), 0, courtNeedles},
	{TypeCourt, regexp.MustCompile(`(?:(?i:united\s+states)\s+)?` + court + `\s+(?i:of\s+appeals)\s+(?:(?i:for\s+the)\s+)?(?:[A-Z][A-Za-z.]+\s+){1,3}(?i:circuit)`), 0, courtNeedles},
	// A federal district court by its acronym: "SDNY", "EDVA".
	{TypeCourt, regexp.MustCompile(`\b[NSEWMC]D(?:AL|AR|CA|FL|GA|IL|IN|IA|KY|LA|MI|MS|MO|NY|NC|OH|OK|PA|TN|TX|VA|WA|WV|WI)\b`), 0, nil},
	{TypeCourt, regexp.MustCompile(`(?:(?i:united\s+states)|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\s+` + court + `\s+(?i:of\s+appeals)(?:\s+(?i:of)\s+[A-Z][a-z]+)?(?:,?\s+(?:Eastern|Western|Southern|Northern)\s+District)?`), 0, courtNeedles},
	{TypeCourt, regexp.MustCompile(`(?:(?:(?i:united\s+states)|U\.\s?S\.)\s+)?(?i:district|bankruptcy)\s+` + court + `\s+(?i:for\s+the)\s+(?:(?i:eastern|western|northern|southern|middle|central)\s+)?(?i:district\s+of)\s+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?`), 0, courtNeedles},
	{TypeCourt, regexp.MustCompile(`(?i:circuit)\s+` + court + `\s+(?i:of)\s+(?:[A-Z][A-Za-z.]+[ \t]+){1,3}(?i:county)`), 0, courtNeedles},
	{TypeCourt, regexp.MustCompile(`\b` + ordinal + `\s+(?:Circuit|CIRCUIT)\b`), 0, circuitNeedles},
	// PERSON: a title followed by a name.
	{TypePerson, regexp.MustCompile(`\b(?:Chief[ \t]+Justice|CHIEF[ \t]+JUSTICE|Justices?|JUSTICES?|Magistrate[ \t]+Judge|Judges?|JUDGE|Mr\.|MR\.|Ms\.|MS\.|Mrs\.|Dr\.|Hon\.|Honorable|Senator|Governor|Commissioner):?[ \t]+` +
		`((?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)){0,3})`), 1, titleNeedles},
	// PERSON: a judge on a panel list, "Angela T. Quigless, P.J.".
	{TypePerson, regexp.MustCompile(`\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'’\-]+),[ \t]+(?:P\.[ \t]?J\.|C\.[ \t]?J\.|J\.|JJ\.|Sp\.J\.)`), 1, []string{"J."}},
	// PERSON: a justice in a slip opinion's line, "SOTOMAYOR, J., delivered".
	{TypePerson, regexp.MustCompile(`\b([A-Z][A-Z'’\-]{2,}),[ \t]+(?:C\.[ \t]?J\.|J\.|JJ\.)`), 1, []string{"J."}},
	// PERSON: given name, middle initial, surname.
	{TypePerson, regexp.MustCompile(`\b[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]+[A-Z][a-z][A-Za-z'’\-]+`), 0, nil},
}

// caseName finds "X v. Y" with both parties as groups.
var caseName = caseNameOf(party)

// caseNameRuns searches caseName only in the runs of a text a case name
// can be made of that hold its "v." (a page of an opinion leaves a few):
// the same matches, a fifth of the time.
var caseNameRuns = runscan.New(caseName, versusNeedles...)

// versusNeedles are the forms of "v." caseName reads between the parties.
var versusNeedles = []string{"v.", "vs.", "V.", "VS."}

// designated is a party's role designation right after its name in a
// caption: ", Respondent", ",\n\n    Plaintiff-Appellee".
var designated = regexp.MustCompile(`^[*_]{0,2}[ \t]*,\s*(?i:plaintiffs?|petitioners?|appellants?|appellees?|defendants?|respondents?|movants?)\b`)

// columnDesignated is a party's role designation in a caption that a
// page flattened onto one line, its column's ")" marks kept: ", ) )
// Plaintiff," of "UNITED STATES OF AMERICA, ) ) Plaintiff, ) ) Civil
// Action No. …".
var columnDesignated = regexp.MustCompile(`^[ \t]*,?[ \t]*\)[\s)]*(?i:plaintiffs?|petitioners?|appellants?|appellees?|defendants?|respondents?|movants?)\b`)

// columnMark reports whether the text before a name on its line ends as a
// flattened caption's column does: its ")" mark or a rule of underscores
// ("… HOUSTON DIVISION ______ )").
func columnMark(pre string) bool {
	return strings.HasSuffix(pre, ")") || strings.HasSuffix(pre, "_")
}

// litigant reports whether the name at t[s:e] is a caption's party: it
// opens its line, the line before does not run on into it, and its role
// designation follows ("vs." / "STATE OF MISSOURI," / "Respondent."). A
// name inside a party's description ("Governor of the" / "State of
// Maine," / "Defendant, Appellee.") is not the party. In a caption a page
// flattened onto one line the name follows its column's mark instead
// ("… DIVISION ______ ) STATE OF TEXAS, ) ) Plaintiff,").
func litigant(t string, s, e int) bool {
	ls := strings.LastIndexByte(t[:s], '\n') + 1
	if pre := strings.TrimSpace(t[ls:s]); pre != "" {
		return columnMark(pre) && columnDesignated.MatchString(t[e:])
	}
	if !designated.MatchString(t[e:]) {
		return false
	}
	prev := strings.TrimRight(t[:ls], " \t\n")
	r, _ := utf8.DecodeLastRuneInString(prev)
	return !unicode.IsLower(r) && r != ','
}

// caseNameOf is the case-name expression with first as its first party.
func caseNameOf(first string) *regexp.Regexp {
	return caseNameOfBoth(first, party)
}

// caseNameOfBoth is the case-name expression with first and second as its
// parties.
func caseNameOfBoth(first, second string) *regexp.Regexp {
	return regexp.MustCompile(`(` + first + `)` + `(?:,` + partyGap + `(?i:petitioners?|respondents?|appellants?|appellees?|plaintiffs?|defendants?))?` + partyGap + `(?:v\.|vs\.|V\.|VS\.)` + partyGap + `(` + second + `)`)
}

// partyU is party with letters outside ASCII: "Fideicomiso De La Tierra
// Del Caño Martín Peña", "Fortuño".
var partyU = func() string {
	w := `(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}0-9&'’.\-]*|&|of|the|and|de|ex rel\.)`
	return w + `(?:` + partyGap + w + `|,[ \t]+` + legalForm + `){0,11}`
}()

// caseNameU is caseName over partyU.
var caseNameU = caseNameOfBoth(partyU, partyU)

// accentedCaseNames finds the case names with an accented letter, which
// caseName, whose letters are ASCII, cuts or misses ("Fideicomiso De La
// Tierra Del Caño Martín Peña v. Fortuño"). Added after the tagger, as
// wrappedCaseNames is; a name in ASCII alone is caseName's.
func accentedCaseNames(t string) []cand {
	if !strings.ContainsFunc(t, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) {
		return nil
	}
	var ms [][]int
	for _, m := range caseNameU.FindAllStringSubmatchIndex(t, -1) {
		if strings.ContainsFunc(t[m[0]:m[1]], func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) {
			ms = append(ms, m)
		}
	}
	return caseNameMatches(t, ms, false)
}

// partyFor is a case's first party whose name has "for" between its
// words, as an association's often has ("Center for Biological
// Diversity", "Students for Fair Admissions, Inc."): a capitalised word
// first, then party's words or "for".
var partyFor = `[A-Z][A-Za-z0-9&'’.\-]*(?:` + partyGap + `(?:` + partyW + `|for)|,[ \t]+` + legalForm + `){1,11}`

// caseNameFor is caseName over partyFor and party.
var caseNameFor = caseNameOfBoth(partyFor, party)

// caseNameForRuns searches caseNameFor in the runs of its alphabet that
// hold a "v." (versusNeedles), as caseNameRuns does.
var caseNameForRuns = runscan.New(caseNameFor, versusNeedles...)

// notForParty are the words before "for" that make a phrase no party's
// name: a filing's or an office's ("Motion for", "Counsel for").
var notForParty = wordSet(`motion motions petition petitions brief briefs judgment application applications memorandum order orders
	request requests appeal appeals counsel attorney attorneys attorney's attorneys' reasons grounds action actions suit claim claims`)

// forCaseNames finds the case names whose first party has "for" in it,
// which caseName cuts after it ("Biological Diversity v. Salazar"); merge
// keeps the longer name. A phrase a filing or a lawyer's role opens
// ("Motion for Smith v. Jones", "Counsel for Acme v. Beta") is none.
// Added after the tagger, as wrappedCaseNames is.
func forCaseNames(t string) []cand {
	if !strings.Contains(t, " for ") {
		return nil
	}
	var ms [][]int
	for _, m := range caseNameForRuns.FindAllStringSubmatchIndex(t) {
		first := t[m[2]:m[3]]
		k := strings.Index(first, " for ")
		if k < 0 {
			continue
		}
		if notForParty[strings.ToLower(lastWord(first[:k]))] || roleWords[strings.ToLower(lastWord(first[:k]))] || jobWords[strings.ToLower(lastWord(first[:k]))] {
			continue
		}
		ms = append(ms, m)
	}
	return caseNameMatches(t, ms, false)
}

// captionRe finds a stacked caption: "ACME LLC, Plaintiff,", then "v." on
// its own line (blank lines allowed), then the other party, the way court
// filings set their parties (and boards': "MARIA LOPEZ, Applicant,", a
// claimant, a complainant, a grievant); groups 1 and 2 are the parties.
// Markdown emphasis around a party is allowed.
var captionRe = regexp.MustCompile(`(` + party + `)[*_]{0,2}[ \t]*,[ \t]*` + CaptionRole + `(?:[-–, \t]+(?i:plaintiffs?|petitioners?|appellants?|appellees?|defendants?|respondents?|cross-appellants?|cross-appellees?))*,?[ \t]*\n\s{0,8}(?:v\.|vs\.|V\.|VS\.|v|V)[ \t]*\n\s{0,8}[*_]{0,2}(` + party + `)`)

// versusLine is captionRe's "v." on a line of its own: a text without one
// has no stacked caption, and captionRe, which opens with a party, is slow
// to scan (about a tenth of the stage on court/vector-pdf.pdf).
var versusLine = regexp.MustCompile(`\n\s{0,8}(?:v\.|vs\.|V\.|VS\.|v|V)[ \t]*\n`)

// inRe finds "In re X", "In the Matter of X" and "Ex parte X" case names;
// group 1 is the party.
var inRe = regexp.MustCompile(`\b(?:In[ \t]+re|IN[ \t]+RE|In[ \t]+the[ \t]+Matter[ \t]+of|IN[ \t]+THE[ \t]+MATTER[ \t]+OF|Ex[ \t]+parte|EX[ \t]+PARTE)[ \t]+(` + party + `)`)

// OfficialDescription is an official's office after a party's name in a
// caption: "SECRETARY OF HEALTH", "STATE HEALTH OFFICER OF THE …",
// "Acting Director of …" (resolve leaves it out of the case's name).
const OfficialDescription = `(?:[A-Z][A-Za-z.]*[ \t]+){0,3}(?i:secretary|warden|director|commissioner|administrator|governor|sheriff|superintendent|attorney[ \t]+general|officer|mayor|chairman|chairwoman|chairperson|treasurer|comptroller|chief|supervisor|receiver)\b`

// matterKind is the kind of proceeding "In the Matter of" can name before
// its party: "the Application of", "the Accusation Against:", "the
// Petition of", "the Arbitration between".
var matterKind = regexp.MustCompile(`^(?:the|THE)[ \t]+` + proceedingKind + `[ \t]+(?:of|Of|OF|[Aa]gainst|AGAINST|[Bb]etween|BETWEEN|[Bb]y|BY)\b:?[ \t]*`)

// proceedingKind names a proceeding "In the Matter of" can open with ("the
// Application of", "the Accusation Against"); other words after "the" are
// a party's name ("In re The Bank of New York Mellon").
const proceedingKind = `(?i:application|accusation|petition|complaint|claims?|arbitration|appeal|investigation|request|grievance|charges?)`

// partyAt is a party's name at the start of a text.
var partyAt = regexp.MustCompile(`^` + party)

// properRun finds runs of capitalised words (with lower-case connectors),
// the raw material of organisation names.
var properRun = regexp.MustCompile(`(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&'’\-]*\.?)(?:,?[ \t]+(?:(?:of|and|for|the|de)[ \t]+)*(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&'’\-]*\.?|&))*`)

// acronymAfter finds an acronym defined in parentheses right after a name.
var acronymAfter = regexp.MustCompile(`^[ \t]*\(\s*(?:the\s+)?[“"]?([A-Z][A-Z&]{1,9})[”"]?\s*\)`)

// locations is a small gazetteer: the US states and the names that stand for
// the country. Entries are matched as whole words.
var locations = strings.Split(`Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|United States|District of Columbia|Puerto Rico|`+
	// Countries, territories and a few cities that contracts and opinions
	// name often.
	`China|Hong Kong|Taiwan|Japan|Korea|India|Singapore|Canada|Mexico|Brazil|Argentina|Chile|`+
	`United Kingdom|England|Scotland|Ireland|France|Germany|Italy|Spain|Portugal|Netherlands|Belgium|`+
	`Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Russia|Ukraine|Israel|Egypt|Turkey|`+
	`Australia|New Zealand|South Africa|Nigeria|Kenya|Saudi Arabia|United Arab Emirates|Qatar|`+
	`Luxembourg|Bermuda|Cayman Islands|British Virgin Islands|Bahamas|Cuba|Philippines|Vietnam|`+
	`Thailand|Malaysia|Indonesia|Pakistan|Iran|Iraq|Afghanistan|Beijing|Shanghai|Shenzhen|Tokyo|`+
	`London|Paris|Toronto|Chicago|Los Angeles|San Francisco|Boston|Philadelphia|Houston|Dallas|`+
	`Atlanta|Miami|Seattle|Denver|Detroit|St. Louis|Kansas City|Pittsburgh|Baltimore|New Orleans`, "|")

// locationRe is one of the locations, in title case or capitals, as a
// whole word, anchored at its start: locationMatches runs it only where a
// word starts with a location's first two bytes, so its long alternation
// costs nothing elsewhere.
var locationRe = func() *regexp.Regexp {
	alts := make([]string, 0, 2*len(locations))
	for _, l := range locations {
		alts = append(alts, regexp.QuoteMeta(l), regexp.QuoteMeta(strings.ToUpper(l)))
	}
	// Longest first so "West Virginia" wins over "Virginia".
	sortByLenDesc(alts)
	return regexp.MustCompile(`^(?:` + strings.Join(alts, "|") + `)\b`)
}()

// locationHeads are the locations' first two bytes, in both cases: the
// only places locationRe is tried.
var locationHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range locations {
		m[l[:2]] = true
		m[strings.ToUpper(l[:2])] = true
	}
	return m
}()

// locationMatches returns locationRe's matches in t, as
// FindAllStringIndex of the unanchored expression would: leftmost first,
// without overlaps. It tries the expression only at a word's start whose
// first two bytes open a location; the window outlasts the longest
// location by a byte, so its end never fakes the closing word boundary.
func locationMatches(t string) [][]int {
	var out [][]int
	for i := 0; i+1 < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' || i > 0 && (isAlnum(t[i-1]) || t[i-1] == '_') || !locationHeads[t[i:i+2]] {
			continue
		}
		if m := locationRe.FindStringIndex(t[i:min(len(t), i+48)]); m != nil {
			out = append(out, []int{i, i + m[1]})
			i += m[1] - 1
		}
	}
	return out
}

var locationSet = func() map[string]bool {
	m := map[string]bool{"america": true, "u.s.": true, "state": true}
	for _, l := range locations {
		m[strings.ToLower(l)] = true
	}
	return m
}()

// orgSuffix are words that end (or head, see orgHead) an organisation name.
var orgSuffix = wordSet(`inc inc. llc l.l.c. llp l.l.p. l.p. lp corp corp. corporation co. company bank n.a.
	association assn. department dept. board commission authority agency district university college
	institute trust foundation group holdings partners partnership ltd ltd. limited bureau council
	committee union society fund bancorp plc s.a. ag gmbh airlines railroad railway`)

// orgHead are suffix words that may also head a name: "Bank of America".
var orgHead = wordSet(`bank department dept. board commission authority university college institute
	bureau council committee association office`)

// definedOrgs are single capitalised words that legal drafting uses as
// defined terms for an organisation ("the Bank", "the Company").
var definedOrgs = wordSet(`bank company corporation`)

// leadingNoise are capitalised words that start a run but are not part of
// the name that follows: sentence openers, signals and party roles.
var leadingNoise = wordSet(`the a an this that these those see cf. cf in under but also and or if when
	while because although as on at by for from to with after before upon petitioner petitioners
	respondent respondents appellant appellants appellee appellees plaintiff plaintiffs defendant
	defendants movant compare accord e.g. e.g., i.e. id. held here thus then however whether once one
	any each every no its their our his her article unlike like even only both either neither such`)

// sentenceStarters end a right-hand case party that ran onto the next line.
var sentenceStarters = wordSet(`the this that in we it he she they see but because id. ibid. held syllabus
	opinion certiorari on appeal argued decided cite as`)

// partyAbbrev may end a party with a period that is part of the name.
var partyAbbrev = wordSet(`co. inc. corp. al. dist. bros. ltd. assn. n.a. l.p. u.s. jr. sr.`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func sortByLenDesc(s []string) {
	// Insertion sort keeps this dependency-free and the list is short.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (len(s[j]) > len(s[j-1]) || len(s[j]) == len(s[j-1]) && s[j] < s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// cand is a candidate mention in byte offsets of the chunk text.
type cand struct {
	typ        string
	start, end int // bytes
	source     string
	party      bool // a case party nested inside a CASE mention
	ref        int  // preferPatterns: index of the candidate in its list
	typed      int  // preferPatterns: length of the tagger's name that typed a party
}

// word is a whitespace-separated word of a run with its byte offsets.
type word struct {
	text       string
	start, end int
}

func words(s string, base int) []word {
	var out []word
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		j := i
		for j < len(s) && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
			j++
		}
		if j > i {
			out = append(out, word{s[i:j], base + i, base + j})
		}
		i = j
	}
	return out
}

func lowerKey(w string) string {
	return strings.ToLower(strings.TrimRight(w, ",*_"))
}

// ledPatterns are the patterns that open with a month's name, a day's
// number, a circuit's ordinal or a rule ("\b" and month, "\b" and a day,
// "\b" and ordinal, a circuit's rule), each with its twin anchored at its
// start and the finder of the places it may start. A long alternation
// at an expression's head is slow to scan (about 7 ms a pattern on the 30
// pages of court/vector-pdf.pdf, a tenth of the stage), so the twin runs
// only there: the same matches (TestLedPatternsMatchAsUnanchored).
var ledPatterns = func() map[*regexp.Regexp]led {
	m := map[*regexp.Regexp]led{}
	for _, p := range simplePatterns {
		src := p.re.String()
		switch {
		case strings.HasPrefix(src, `\b`+month), strings.HasPrefix(src, `\b(`+month):
			m[p.re] = led{regexp.MustCompile(`^(?:` + src + `)`), "month", monthStarts}
		case strings.HasPrefix(src, `\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:day[ \t]+of[ \t]+)?`+month):
			m[p.re] = led{regexp.MustCompile(`^(?:` + src + `)`), "number", numberStarts}
		case strings.HasPrefix(src, `\b`+ordinal):
			m[p.re] = led{regexp.MustCompile(`^(?:` + src + `)`), "capital", capitalStarts}
		case strings.HasPrefix(src, `(?:\b(?:\d{1,2}(?:st|nd|rd|th|d)|`+ordinal+`)[ \t]+(?:Circuit|Cir\.)[ \t]+)?\b(?:Rules?|`):
			m[p.re] = led{regexp.MustCompile(`^(?:` + src + `)`), "capital or number", capitalOrNumberStarts}
		}
	}
	return m
}()

// led is a pattern's twin anchored at its start and the finder of the
// byte offsets where it may start, named by kind: patterns of one kind
// share the finder's offsets in a chunk.
type led struct {
	re     *regexp.Regexp
	kind   string
	starts func(string) []int
}

// monthStarts returns where a word starts whose first three letters are a
// month's, in title case or capitals (monthHeads: "Jan", "SEPT", "March"):
// every place a month's name can open a match, and more (anchoredAt
// checks each).
func monthStarts(t string) []int {
	var out []int
	for _, i := range capitalStarts(t) {
		if i+3 <= len(t) && monthHeads[t[i:i+3]] {
			out = append(out, i)
		}
	}
	return out
}

// capitalStarts returns where a word opens with a capital letter.
func capitalStarts(t string) []int { return wordStarts(t, isUpperByte) }

// capitalOrNumberStarts returns where a word opens with a capital letter
// or a digit.
func capitalOrNumberStarts(t string) []int {
	return wordStarts(t, func(c byte) bool { return isUpperByte(c) || isDigitByte(c) })
}

// numberStarts returns where a word opens with a digit.
func numberStarts(t string) []int { return wordStarts(t, isDigitByte) }

// wordStarts returns where a word of t opens with a byte first accepts.
func wordStarts(t string, first func(byte) bool) []int {
	var out []int
	for i := 0; i < len(t); i++ {
		if first(t[i]) && (i == 0 || !isWordByte(t[i-1])) {
			out = append(out, i)
		}
	}
	return out
}

// isUpperByte reports whether c is an ASCII capital letter.
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether b is a word character as "\b" reads it.
func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
}

// patternRuns are the patterns with needles (led patterns aside) searched
// only in the runs of a text their matches can be made of that hold a
// needle (runscan): a chunk of an opinion has "Court" and "§" in it, a
// run between two commas seldom. The same matches (TestRunsMatchAsWhole).
var patternRuns = func() map[*regexp.Regexp]*runscan.Scanner {
	m := map[*regexp.Regexp]*runscan.Scanner{}
	for _, p := range append(simplePatterns[:len(simplePatterns):len(simplePatterns)], docketPatterns...) {
		if _, led := ledPatterns[p.re]; led || p.needles == nil {
			continue
		}
		m[p.re] = runscan.New(p.re, p.needles...)
	}
	return m
}()

// findAll returns the matches of p's expression in t, as submatch
// indices: in the runs that can hold them when p has needles.
func (p pattern) findAll(t string) [][]int {
	if r, ok := patternRuns[p.re]; ok {
		return r.FindAllStringSubmatchIndex(t)
	}
	return p.re.FindAllStringSubmatchIndex(t, -1)
}

// anchoredAt returns the matches of re, anchored at its start, at each of
// the byte offsets starts (ascending) of t, without overlaps, as submatch
// indices into t: what the unanchored expression's FindAllStringSubmatchIndex
// returns when every match starts at one of them.
func anchoredAt(t string, starts []int, re *regexp.Regexp) [][]int {
	var out [][]int
	next := 0
	for _, p := range starts {
		if p < next {
			continue
		}
		m := re.FindStringSubmatchIndex(t[p:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += p
			}
		}
		out = append(out, m)
		next = max(m[1], p+1)
	}
	return out
}

// patternMentions runs every deterministic pattern over one chunk's text.
func patternMentions(t string) []cand {
	var out []cand
	starts := map[string][]int{} // the led patterns' offsets, by kind, found once
	for _, p := range simplePatterns {
		if p.needles != nil && !containsAny(t, p.needles) {
			continue
		}
		var found [][]int
		if l, ok := ledPatterns[p.re]; ok {
			st, ok := starts[l.kind]
			if !ok {
				st = l.starts(t)
				starts[l.kind] = st
			}
			found = anchoredAt(t, st, l.re)
		} else {
			found = p.findAll(t)
		}
		for _, m := range found {
			s, e := m[2*p.group], m[2*p.group+1]
			if s < 0 {
				continue
			}
			if p.typ == TypeLaw || p.typ == TypeCourt {
				s, e = trimLeading(t, s, e)
			}
			if p.typ == TypeLaw {
				from := s
				var first int
				first, s, e = lawName(t, s, e)
				if first > 0 {
					// "the Fair Housing Act and Rehabilitation Act": two.
					out = append(out, cand{typ: p.typ, start: from, end: first, source: SourcePattern})
				}
			}
			// A section of a law named by one word ("the Compact §2.11")
			// is the section: the short name is the law's, not the
			// provision's.
			if p.typ == TypeLaw {
				if k := strings.Index(t[s:e], "§"); k > 0 && !strings.ContainsAny(strings.TrimSpace(t[s:s+k]), " \t\n") {
					s += k
				}
			}
			// "Act of Aug. 11, 1955" names a law; its date is not a date.
			if p.typ == TypeDate && strings.HasSuffix(t[max(0, s-8):s], "Act of ") {
				continue
			}
			if e > s {
				out = append(out, cand{typ: p.typ, start: s, end: e, source: SourcePattern})
			}
		}
	}
	for _, p := range docketPatterns {
		if p.needles != nil && !containsAny(t, p.needles) {
			continue
		}
		for _, m := range p.findAll(t) {
			out = append(out, cand{typ: p.typ, start: m[2*p.group], end: m[2*p.group+1], source: SourcePattern})
		}
	}
	out = append(out, reporterCitations(t)...)
	out = append(out, courtCitations(t)...)
	for _, m := range locationMatches(t) {
		out = append(out, cand{typ: TypeLocation, start: m[0], end: m[1], source: SourcePattern})
	}
	out = append(out, orgMentions(t)...)
	out = append(out, caseMentions(t)...)
	return out
}

// judgeTitleBefore is a judge's title right before a name the titled-person
// pattern read: "Circuit Judge: ", "JUDGE ".
var judgeTitleBefore = regexp.MustCompile(`(?:Judge|JUDGE|Justice|JUSTICE):?[ \t]+$`)

// phoneNumber is a North American telephone number at the start of a text.
var phoneNumber = regexp.MustCompile(`^\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}\b`)

// trimLeading drops leading noise words ("The Red River Compact").
func trimLeading(t string, s, e int) (int, int) {
	ws := words(t[s:e], s)
	i := 0
	for i < len(ws)-1 && (leadingNoise[lowerKey(ws[i].text)] || possessive(ws[i].text)) {
		i++
	}
	if i == len(ws)-1 && len(ws) > 1 && leadingNoise[lowerKey(ws[0].text)] {
		return s, s // only noise and the head word ("The Compact")
	}
	if i > 0 {
		s = ws[i].start
	}
	return s, e
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// lawHeadWords end a law's name ("Clean Water Act"); lawHeads is the same
// set in lower case.
const lawHeadWords = `Act|Code|Compact|Clause|Amendment|Constitution|Treaty`

var lawHeads = wordSet(strings.ToLower(strings.ReplaceAll(lawHeadWords, "|", " ")))

// lawName trims a law's name [s, e) of t. Two laws joined by "and" or
// "with" ("the Fair Housing Act and Rehabilitation Act") are split: first
// is where the first one ends (0 when there is one law), and [s, e) the
// last. A clause's article ("Guarantee Clause of Article IV") is a
// reference of its own, not part of the clause's name.
func lawName(t string, s, e int) (first, ns, ne int) {
	ws := words(t[s:e], s)
	for i := len(ws) - 2; i > 0; i-- {
		if (ws[i].text == "and" || ws[i].text == "with") && lawHeads[lowerKey(ws[i-1].text)] {
			first, s = ws[i-1].end, ws[i+1].start
			break
		}
	}
	if n := len(ws); n >= 3 && ws[n-2].text == "of" && (ws[n-1].text == "Article" || ws[n-1].text == "Section" || ws[n-1].text == "Title") {
		if ns, ne, ok := nextWord(t, e); ok && (romanNumeral(strings.TrimRight(t[ns:ne], ".,;:")) || unicode.IsDigit(rune(t[ns]))) {
			e = ws[n-3].end
		}
	}
	return first, s, e
}

// orgMentions classifies runs of capitalised words that contain an
// organisation suffix or head word.
func orgMentions(t string) []cand {
	var out []cand
	for _, m := range properRun.FindAllStringIndex(t, -1) {
		all := words(t[m[0]:m[1]], m[0])
		// "and" separates names ("Borrower and Bank", "Judge Doe and
		// Globex Corp."); names that contain a conjunction write "&"
		// ("Detroit Timber & Lumber Co."). Splitting loses the rare
		// "Bank and Trust Company", which is the cheaper error. "the"
		// after a suffix starts a new name too.
		from := 0
		for k := 1; k <= len(all); k++ {
			if k == len(all) || all[k].text == "and" || all[k].text == "the" && isOrgSuffix(all[k-1].text) {
				out = append(out, orgSegment(t, all[from:k])...)
				from = k + 1
			}
		}
	}
	return out
}

// isOrgSuffix reports whether w is an organisation suffix, also with a
// sentence-final period ("LLC.").
func isOrgSuffix(w string) bool {
	k := lowerKey(w)
	return orgSuffix[k] || orgSuffix[strings.TrimSuffix(k, ".")]
}

// ownHead reports whether the body's head at ws[k], after a comma, opens
// a name of its own ("Department of the Treasury" after "Internal Revenue
// Service,"), not a unit of the government that the name from ws[first]
// opens ("State of Ohio, Department of Health", "Commonwealth of
// Pennsylvania, Department of Transportation, Bureau of Driver
// Licensing", "Government of the Virgin Islands, Department of Justice",
// as captions name them).
func ownHead(ws []word, first, k int) bool {
	if !orgHead[lowerKey(ws[k].text)] || k+1 >= len(ws) || ws[k+1].text != "of" {
		return false
	}
	gov := lowerKey(ws[first].text)
	return first+1 >= k || !governmentWords[gov] && gov != "government" || lowerKey(ws[first+1].text) != "of"
}

func orgSegment(t string, ws []word) []cand {
	i := 0
	for i < len(ws) && (leadingNoise[lowerKey(ws[i].text)] || !startsUpper(ws[i].text)) {
		i++
	}
	ws = ws[i:]
	if len(ws) == 0 {
		return nil
	}
	end := -1
	for k, w := range ws {
		key := lowerKey(w.text)
		if key == "court" {
			return nil // courts have their own patterns
		}
		if isOrgSuffix(w.text) {
			end = k
		}
		if orgHead[key] && k+1 < len(ws) && ws[k+1].text == "of" {
			end = len(ws) - 1
		}
	}
	if end < 0 {
		return nil
	}
	ws = ws[:end+1]
	// The name starts after the last noise word, possessive or comma
	// (a comma only continues a name before a suffix, "Acme, Inc.", not
	// before a body's head that opens a name of its own: "Internal
	// Revenue Service, Department of the Treasury" is two, but a
	// government's department is the government's, as captions name it:
	// "Commonwealth of Pennsylvania, Department of Transportation").
	// The body before such a comma is a name of its own too where its
	// kind ends it ("California Structural Pest Control Board").
	first := 0
	var out []cand
	for k := 1; k < len(ws); k++ {
		w := ws[k-1].text
		if strings.HasSuffix(w, ",") && isOrgSuffix(ws[k].text) && ownHead(ws, first, k) {
			if last := lowerKey(w); bodyHeads[last] || unitHeads[last] {
				out = append(out, orgSegment(t, ws[first:k])...)
			}
			first = k
			continue
		}
		// "One" is a word of the name ("Source One Staffing, Inc.",
		// "CAPITAL ONE BANK"), not a number it starts after, unless it
		// numbers a label's part (notNameWords: "In Count One Acme
		// Corporation alleges").
		if startsUpper(w) && leadingNoise[lowerKey(w)] && (lowerKey(w) != "one" || k < 2 || notNameWords[strings.TrimRight(lowerKey(ws[k-2].text), ".")]) || possessive(w) ||
			strings.HasSuffix(w, ",") && !isOrgSuffix(ws[k].text) ||
			strings.HasSuffix(w, ".") && !abbrevLike(w) {
			first = k
		}
	}
	ws = ws[first:]
	// "Leonard Szabo of Ashgrove Pell LLP": a person of a firm, not one
	// name.
	for k := 2; k+1 < len(ws) && k <= 4; k++ {
		if ws[k].text == "of" && !orgHead[lowerKey(ws[0].text)] {
			var names []string
			for _, w := range ws[:k] {
				names = append(names, w.text)
			}
			if personLike(strings.Join(names, " ")) {
				out = append(out, cand{typ: TypePerson, start: ws[0].start, end: ws[k-1].end, source: SourcePattern})
				ws = ws[k+1:]
				break
			}
		}
	}
	key := lowerKey(ws[len(ws)-1].text)
	if len(ws) == 1 && !definedOrgs[strings.TrimSuffix(key, ".")] {
		return nil
	}
	if key == "district" && (len(ws) < 3 || isDirection(ws[len(ws)-2].text)) {
		return nil // "Eastern District" is a court division
	}
	s, e := ws[0].start, ws[len(ws)-1].end
	if strings.HasSuffix(key, ".") && !orgSuffix[key] &&
		(orgSuffix[strings.TrimSuffix(key, ".")] || !abbrevLike(ws[len(ws)-1].text)) {
		e-- // a sentence-final period: "… Holdings LLC."
	}
	e = trimComma(t, s, e)
	out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
	if a := acronymAfter.FindStringSubmatchIndex(t[e:]); a != nil {
		out = append(out, cand{typ: TypeOrg, start: e + a[2], end: e + a[3], source: SourcePattern})
	}
	return out
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// possessor returns w without its possessive ending ("Wisconsin" of
// "Wisconsin's", either apostrophe), w itself if it has none.
func possessor(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

func trimComma(t string, s, e int) int {
	for e > s && (t[e-1] == ',' || t[e-1] == ';') {
		e--
	}
	return e
}

// abbrevLike reports whether a word ending in a period is an abbreviation
// ("Fed.", "Co.", "N.A.") rather than the end of a sentence ("Compact.").
func abbrevLike(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if strings.Contains(w, ".") || len(w) <= 4 {
		return true
	}
	return orgSuffix[strings.ToLower(w)+"."]
}

func isDirection(w string) bool {
	switch strings.ToLower(w) {
	case "eastern", "western", "northern", "southern", "middle", "central":
		return true
	}
	return false
}

// caseMentions finds "X v. Y" case names, and each party as a nested
// mention typed by its form, so relate can join the parties.
func caseMentions(t string) []cand {
	var out []cand
	var captions [][]int
	if versusLine.MatchString(t) {
		captions = captionRe.FindAllStringSubmatchIndex(t, -1)
	}
	for _, m := range captions {
		// A stacked caption's party is on one line; what is above it is
		// the court's and the state's heading.
		if nl := strings.LastIndexByte(t[m[2]:m[3]], '\n'); nl >= 0 {
			m[2] += nl + 1
		}
		ls, le, ok := leftParty(t, m[2], m[3])
		if !ok {
			continue
		}
		rs, re, ok := rightParty(t, m[4], m[5])
		if !ok {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: ls, end: re, source: SourcePattern},
			partyCand(t, ls, le),
			partyCand(t, rs, re))
	}
	for _, m := range inRe.FindAllStringSubmatchIndex(t, -1) {
		// "In the Matter of the Application of Acme Corp.": the party
		// follows the proceeding's kind.
		if k := matterKind.FindStringIndex(t[m[2]:]); k != nil {
			m[2] += k[1]
			p := partyAt.FindStringIndex(t[m[2]:])
			if p == nil {
				continue // the party is on the next line: matterCaptions'
			}
			m[3] = m[2] + p[1]
		}
		ps, pe, ok := rightParty(t, m[2], m[3])
		if !ok {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: m[0], end: pe, source: SourcePattern},
			partyCand(t, ps, pe))
	}
	return append(out, caseNameMatches(t, caseNameRuns.FindAllStringSubmatchIndex(t), false)...)
}

// caseNames finds "X v. Y" with re (caseName or caseNameWrapped) and gives
// each case name and its two parties; with wrapped it keeps only those whose
// first party's legal form is on the next line.
func caseNames(t string, re *regexp.Regexp, wrapped bool) []cand {
	return caseNameMatches(t, re.FindAllStringSubmatchIndex(t, -1), wrapped)
}

// caseNameMatches gives the case names and parties of re's matches ms
// (caseNames).
func caseNameMatches(t string, ms [][]int, wrapped bool) []cand {
	var out []cand
	for _, m := range ms {
		if wrapped && !legalFormWrap.MatchString(t[m[2]:m[3]]) {
			continue
		}
		ls, le, ok := leftParty(t, m[2], m[3])
		if !ok {
			continue
		}
		rs, re, ok := rightParty(t, m[4], m[5])
		if !ok {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: ls, end: re, source: SourcePattern})
		for _, p := range [][2]int{{ls, le}, {rs, re}} {
			ps, pe := stripEtAl(t, p[0], p[1])
			if pe > ps {
				out = append(out, partyCand(t, ps, pe))
			}
		}
	}
	return out
}

// wrappedCaseNames finds the case names whose first party's legal form a
// line break put on the next line ("Innova Hosp. San Antonio,\nL.P. v. Blue
// Cross …"); caseName stops at that break and finds "L.P. v. Blue Cross …".
// They are added after the tagger, whose features caseName's output is, so
// the shipped model stays what its training data make; merge keeps the
// longer name.
func wrappedCaseNames(t string) []cand {
	if !legalFormWrap.MatchString(t) {
		return nil
	}
	return caseNames(t, caseNameWrapped, true)
}

// caseNameBareV is New York's case name, its "v" without a period, on one
// line, the first party too (a research site's chrome on the lines above
// is none of it): "Village Green Mishawaka Holdings, LLC v Romanoff"; the second
// party's words may have a number of up to three digits among them
// ("Cartagena v North Six 141 LLC"), a year never.
var caseNameBareV = regexp.MustCompile(`(` + partyW + `(?: {1,2}` + partyW + `|,[ \t]+` + legalForm + `){0,11})[ \t]+v[ \t]+(` + partyW + `(?:` + partyGap + `(?:[1-9]\d{0,2}[ \t]+)?` + partyW + `|,[ \t]+` + legalForm + `){0,11})`)

// slipOpNext is New York's slip opinion citation after a decision's title,
// on the next line or, as research sites run the header into one line, on
// the same: "\n2015 NY Slip Op 30987(U)", " 2005 NY Slip Op 50343(U)".
var slipOpNext = regexp.MustCompile(`^[ \t]*\n?[ \t]*(?:19|20)\d{2}[ \t]+N\.?[ \t]?Y\.?[ \t]+Slip[ \t]+Op\b`)

// bareVCaseNames finds the case names caseNameBareV reads that a citation,
// a parenthesis or a slip opinion's citation follows, so a capitalised
// word, "v" and another ("Form v Part") is no case, and the same name
// again elsewhere (a research site's title above the header: "Bauin v
// Feinberg" / "Annotate this Case" / "[*1] Bauin v Feinberg 2005 NY Slip
// Op 50343(U)"). Added after the tagger, as wrappedCaseNames is.
func bareVCaseNames(t string) []cand {
	if !strings.Contains(t, " v ") {
		return nil
	}
	all := caseNameBareV.FindAllStringSubmatchIndex(t, -1)
	var ms [][]int
	cited := map[string]bool{}
	for _, m := range all {
		// "…, 12 NY3d 45", "… (Sup Ct, NY County 2019)", and a decision's
		// title over its slip opinion's citation ("Goldstein v Pikus" /
		// "2015 NY Slip Op 30987(U)").
		if citedAfter.MatchString(t[m[1]:]) || strings.HasPrefix(strings.TrimLeft(t[m[1]:], " \t"), "(") || slipOpNext.MatchString(t[m[1]:]) {
			ms = append(ms, m)
			cited[oneSpace(t[m[0]:m[1]])] = true
		}
	}
	for _, m := range all {
		if cited[oneSpace(t[m[0]:m[1]])] && !slices.ContainsFunc(ms, func(k []int) bool { return k[0] == m[0] }) {
			ms = append(ms, m)
		}
	}
	return caseNameMatches(t, ms, false)
}

// etAlCaseNames finds the case names whose first party ends in a lower-case
// "et al" ("RE: Christopher Mielo, et al v. Steak N Shake Operations Inc"),
// where caseName, whose parties are capitalised words, stops. Added after
// the tagger, as wrappedCaseNames is; the party is named without "et al".
func etAlCaseNames(t string) []cand {
	if !strings.Contains(t, "et al") {
		return nil
	}
	return caseNames(t, caseNameEtAl, false)
}

// interestCase is a proceeding named for a person or an estate rather
// than by its parties: "IN THE INTEREST OF L.M.B., A CHILD", "In the
// Estate of John Doe", "In re the Marriage of Smith". The patterns' inRe
// knows "In re" and "In the Matter of".
var interestCase = regexp.MustCompile(`\b(?:In|IN)[ \t]+(?:(?:re|RE)[ \t]+)?(?:the|THE)[ \t]+(?i:interest|estate|marriage|guardianship|adoption|commitment)[ \t]+(?:of|OF)[ \t]+` +
	`[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){0,5}(?:,[ \t]+(?:a|A|an|AN)[ \t]+(?i:child|minor|juvenile|children|minors|incapacitated[ \t]+person|deceased))?`)

// interestNeedles are the words interestCase needs, to skip the chunks
// without them.
var interestNeedles = []string{"Interest", "INTEREST", "Estate", "ESTATE", "Marriage", "MARRIAGE", "Guardianship",
	"GUARDIANSHIP", "Adoption", "ADOPTION", "Commitment", "COMMITMENT"}

// interestCases returns the proceedings interestCase finds, added after the
// tagger as roleCaptions are.
func interestCases(t string) []cand {
	if !containsAny(t, interestNeedles) {
		return nil
	}
	var out []cand
	for _, m := range interestCase.FindAllStringIndex(t, -1) {
		e := m[1]
		if t[e-1] == '.' && !abbrevLike(lastWord(t[m[0]:e])) {
			e-- // a sentence's end
		}
		out = append(out, cand{typ: TypeCase, start: m[0], end: e, source: SourcePattern})
	}
	return out
}

// roleCaptions finds a caption written on one line with each party's role
// after it ("AIRWAY INSURANCE COMPANY, Petitioner, v. HANK'S FLITE
// CENTER, INC., Respondent.", New York's "ASHLEY PRENDERGAST, Plaintiff,
// -against- PORT AUTHORITY …"), where caseName allows no comma after the
// first party's role. Added after the tagger, as etAlCaseNames is.
func roleCaptions(t string) []cand {
	var out []cand
	if containsAny(t, []string{", v.", ", vs.", ", V.", ", VS.", "against", "versus", "VERSUS"}) {
		out = caseNameMatches(t, roleCaptionMatches(t), false)
	}
	if strings.Contains(t, "\n") && stackedRole.MatchString(t) {
		// A stacked caption's parties are litigants: a country or a state
		// among them is an organisation ("UNITED STATES,\nDefendant").
		cs := caseNames(t, stackedCaption, false)
		// "Centers for Medicare & Medicaid Services,": the second party
		// goes on over "for" to its line's end, where partyLine stops.
		for i, c := range cs {
			if c.typ != TypeCase {
				continue
			}
			if m := partyRest.FindStringSubmatchIndex(t[c.end:]); m != nil {
				for j := i + 1; j < len(cs) && cs[j].party; j++ {
					if cs[j].end == c.end {
						cs[j].end += m[3]
						cs[j].typ = TypeOrg
					}
				}
				cs[i].end += m[3]
			}
		}
		for _, c := range cs {
			if c.party && c.typ == TypeLocation {
				c.typ = TypeOrg
			}
			out = append(out, c)
		}
	}
	// "JORDAN COLE, Plaintiffs, v. Case No. 09-10941": a caption run into
	// one line, whose "v." a docket label follows, names no case …
	kept := out[:0]
	var dropped cand
	for _, c := range out {
		if c.typ == TypeCase {
			dropped = cand{}
			before, after, ok := strings.Cut(t[c.start:c.end], " v. ")
			if !ok {
				before, after, ok = strings.Cut(t[c.start:c.end], "\nv.\n")
			}
			// … and one whose first party is only a lawyer's title: "ESQ.,\n
			// Plaintiff-Appellant" of "JEFFREY S. FELD, ESQ.,".
			first, _, _ := strings.Cut(before, ",")
			if ok && (docketLabelWord[strings.ToLower(firstWord(after))] || roleOnly(first)) {
				dropped = c
				continue
			}
		}
		if c.party && dropped.end > 0 && c.start >= dropped.start && c.end <= dropped.end {
			continue // its parties
		}
		kept = append(kept, c)
	}
	return kept
}

// partyRest is the rest of a stacked caption's second party after a
// lower-case connector that partyLine does not take, to its line's end:
// " for Medicare & Medicaid Services" of "Centers for Medicare & Medicaid
// Services,". Group 1 is the rest.
var partyRest = regexp.MustCompile(`^((?:[ \t]+(?:for|on|at|in|upon|to)[ \t]+` + partyLine + `)+)[ \t]*,?[ \t]*(?:\n|$)`)

// generationEnd is a generational suffix ending a name: ", Jr.", " III".
var generationEnd = regexp.MustCompile(`[ \t,]` + generationSuffix + `$`)

// debtorCaption is a bankruptcy caption: "In re:" on its line, the debtor
// on the next (after blank lines or not), its "et al." and its role
// ("In re:\n\nBLUE SKY AIRWAYS, INC., et al.,\n\n Debtors."), with a
// footnote's mark after "et al.," and another column beside the lines
// ("Chapter 11", "Case No. 23-10872 (JTD)"), after a Texas caption's "§"
// divider too, or joined to the line by one space (bankruptcyColumn).
// Group 1 is the debtor.
var debtorCaption = regexp.MustCompile(`\b(?:In|IN)[ \t]+(?:re|RE|Re):?` + columnBeside + `?` + sectionBreak + `(` + partyLine + `)` + etAlAfter + `[ \t]*,?\d{0,2}` + columnBeside + `?` +
	sectionBreak + `(?i:(?:alleged[ \t]+)?debtors?|debtors?[ \t]+in[ \t]+possession)\b`)

// columnBeside is what another column sets beside a caption's line, to
// the line's end: after a column's gap (three spaces, or the tab the text
// stage keeps), after a Texas caption's "§" divider, or a bankruptcy
// caption's right column joined to the line by one space
// (bankruptcyColumn).
const columnBeside = `(?:(?:[ \t]{3,}|\t)[^\n]*|[ \t]*§[^\n]*|[ \t]+` + bankruptcyColumn + `)`

// bankruptcyColumn is what a bankruptcy caption's right column holds,
// joined to the left column's line by one space where a text's columns
// were joined: "Chapter 11", "Case No. 23-10872 (JTD)", "(Jointly
// Administered)".
const bankruptcyColumn = `(?:Chapter|CHAPTER|Case[ \t]+No\.|CASE[ \t]+NO\.|\((?i:jointly[ \t]+administered)\))[^\n]*`

// sectionBreak is captionBreak over the lines of a Texas caption's "§"
// dividers, which a text whose columns were joined keeps on lines of
// their own.
const sectionBreak = `(?:[ \t]*(?:§[ \t]*)?\n){1,4}[ \t]*`

// debtorCaptions returns the bankruptcy captions debtorCaption finds: the
// case, "In re" and its debtor, and the debtor as its party. The
// patterns' "In re X" needs the name on the same line.
func debtorCaptions(t string) []cand {
	if !containsAny(t, []string{"In re", "IN RE", "In Re"}) || !containsAny(t, []string{"ebtor", "EBTOR"}) {
		return nil
	}
	var out []cand
	for _, m := range debtorCaption.FindAllStringSubmatchIndex(t, -1) {
		ps, pe := m[2], m[3]
		out = append(out, cand{typ: TypeCase, start: m[0], end: pe, source: SourcePattern},
			partyCand(t, ps, pe))
	}
	return out
}

// matterCaption is an administrative caption: "In the Matter of" on its
// line, with the proceeding's kind or not ("In the Matter of the
// Accusation Against:"), and the party on the next line (after blank lines
// or not), alone on its line or with its role after a comma
// ("In the Matter of\nJOHN A. DOE, CPA,\nRespondent."). Group 1 is the
// party. The patterns' "In the Matter of X" needs the name on the same line.
var matterCaption = regexp.MustCompile(`\b(?:In[ \t]+the[ \t]+Matter[ \t]+of|IN[ \t]+THE[ \t]+MATTER[ \t]+OF)` +
	`(?:[ \t]+(?:the|THE)[ \t]+` + proceedingKind + `[ \t]+(?:of|Of|OF|[Aa]gainst|AGAINST|[Bb]etween|BETWEEN|[Bb]y|BY))?[ \t]*:?` +
	captionBreak + `(` + partyLine + `)` + etAlAfter + `[ \t]*(?:,|$|\n)`)

// matterCaptions returns the administrative captions matterCaption finds:
// the case, "In the Matter of" and its party, and the party.
func matterCaptions(t string) []cand {
	if !containsAny(t, []string{"Matter of", "MATTER OF"}) {
		return nil
	}
	var out []cand
	for _, m := range matterCaption.FindAllStringSubmatchIndex(t, -1) {
		ps, pe, ok := rightParty(t, m[2], m[3])
		// "In the Matter of:" / "CONSENT ORDER": the document's title is
		// no party.
		if !ok || docWords[strings.ToLower(lastWord(t[ps:pe]))] {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: m[0], end: pe, source: SourcePattern},
			partyCand(t, ps, pe))
		// "HARBORLIGHT WEALTH PARTNERS, LLC," / "and DEREK M. VOSS,":
		// two respondents.
		if o := matterAnd.FindStringSubmatchIndex(t[pe:]); o != nil {
			if os, oe, ok := rightParty(t, pe+o[2], pe+o[3]); ok {
				out[len(out)-2].end = oe
				out = append(out, partyCand(t, os, oe))
				continue
			}
		}
		// "In the Matter of the Arbitration between" / "KESTREL …, INC.,"
		// / "Claimant," / "and" / "PALOMAR … LLC,": the other party.
		if o := matterOther.FindStringSubmatchIndex(t[pe:]); o != nil {
			if os, oe, ok := rightParty(t, pe+o[2], pe+o[3]); ok {
				out[len(out)-2].end = oe
				out = append(out, partyCand(t, os, oe))
			}
		}
	}
	return out
}

// matterAnd is a second party of an administrative caption, after "and"
// at the first party's line's end or the next line's start, after the
// first party's description or not, before its comma: ",\n and DEREK M.
// VOSS,", ",\na corporation, and\n\nROLAND T. ACHTERBERG,". Group 1 is
// the party.
var matterAnd = regexp.MustCompile(`^,?[ \t]*(?:\n[ \t]*an?[ \t]+[a-z][a-z ]*,[ \t]*)?(?:\n[ \t]*)?(?:and|AND)(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(` + partyLine + `)[ \t]*,`)

// matterOther is the other party of a proceeding between two, after the
// first party's role: ",\n Claimant,\n and\n PALOMAR PRECISION MACHINING
// LLC". Group 1 is the party.
var matterOther = regexp.MustCompile(`^[ \t]*,?[ \t]*\n[ \t]*(?i:claimants?|respondents?|petitioners?|complainants?|grievants?|employer|union|charging[ \t]+party)[ \t]*,?` +
	captionBreak + `(?:and|AND)` + captionBreak + `(` + partyLine + `)`)

// roleMiddle is roleCaption's middle, the first party's role and "v.":
// ", Petitioner, v. ". roleCaption, whose first party may start at any
// capitalised word, runs only around it.
var roleMiddle = regexp.MustCompile(`[ \t]?,[ \t]+` + CaptionRole + `(?:[ \t]?[-–—/][ \t]?(?i:appellants?|appellees?|respondents?|petitioners?|plaintiffs?|defendants?))?[ \t]?,` +
	`[ \t]+(?:v\.|vs\.|V\.|VS\.|-against-|–against–|versus|VERSUS)[ \t]`)

// sentenceEndBefore is a sentence's end before a caption on its line: a
// party's role or a word in lower case (not "ex rel."), a full stop and a
// space.
var sentenceEndBefore = regexp.MustCompile(`(?:\b(?i:appellants?|appellees?|petitioners?|respondents?|plaintiffs?|defendants?|curiae|intervenors?)|\b[a-z]{4,})\.[ \t]+`)

// roleCaptionMatches returns roleCaption's matches in t as submatch
// indices, found in the window of each roleMiddle: its line, where a
// one-line caption stands, without overlaps.
func roleCaptionMatches(t string) [][]int {
	var out [][]int
	next := 0
	for _, mid := range roleMiddle.FindAllStringIndex(t, -1) {
		ws := strings.LastIndexByte(t[:mid[0]], '\n') + 1
		we := len(t)
		if k := strings.IndexByte(t[mid[1]:], '\n'); k >= 0 {
			we = mid[1] + k
		}
		ws = max(ws, next)
		for _, m := range roleCaption.FindAllStringSubmatchIndex(t[ws:we], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += ws
				}
			}
			// "… Amicus Supporting Appellant. United States of America,
			// Plaintiff-Appellant, v. …": a caption run into one line
			// with others starts after the sentence before it.
			if ends := sentenceEndBefore.FindAllStringIndex(t[m[2]:m[3]], -1); len(ends) > 0 && m[2]+ends[len(ends)-1][1] < m[3] {
				m[2] += ends[len(ends)-1][1]
				m[0] = m[2]
			}
			if m[0] >= next {
				out = append(out, m)
				next = m[1]
			}
		}
	}
	return out
}

var (
	// roleCaption is caseName with a comma after the first party's role
	// (the Fifth Circuit joins a role's two words with an em dash:
	// "Plaintiff—Appellant"). It is one line: a stacked caption is
	// captionRe's.
	roleCaption = regexp.MustCompile(`(` + partyLine + `)[ \t]?,[ \t]+` + CaptionRole + `(?:[ \t]?[-–—/][ \t]?(?i:appellants?|appellees?|respondents?|petitioners?|plaintiffs?|defendants?))?[ \t]?,` +
		`[ \t]+(?:v\.|vs\.|V\.|VS\.|-against-|–against–|versus|VERSUS)[ \t]+(` + partyLine + `)`)
	partyLine = partyW + `(?:[ \t]{1,2}` + partyW + `|,[ \t]+` + legalForm + `){0,11}`
	// stackedCaption is a stacked caption whose first party's role stands
	// on a line of its own, with or without a comma after the party:
	// "CGI FEDERAL INC.,\n Plaintiff-Appellant\n v.\n UNITED STATES,", Ohio's
	// "MYOCARE NURSING HOME, INC.\nPLAINTIFF-APPELLANT\nvs.\nWILLIAM
	// HOHMANN". A generational suffix is part of the first party; its "ET
	// AL.", a polity's state ("LUCIA M. FERRANTE, ET AL.,\nPetitioners,\nv.",
	// "BOROUGH OF MILLBRIDGE, PENNSYLVANIA, ET AL.,"), a class action's
	// "individually and on behalf of all others similarly situated", a
	// party's description ("MARIA GONZALEZ, an individual,", "WYNN RESORTS,
	// LIMITED, a Nevada corporation,"), a footnote's number after its comma
	// (an EEOC decision's "Tamika M.,1", whose note explains the name) and an
	// official's office ("JOHN SMITH, WARDEN OF THE STATE PRISON,", "…, in
	// his official capacity as Secretary of Health,") are not; a
	// description may open the next line and go on over lines that start
	// in lower case ("…,\non behalf of themselves and all others\nsimilarly
	// situated,").
	// captionRe reads the role on the party's line.
	stackedCaption = regexp.MustCompile(`(` + partyLine + `(?:,?[ \t]+` + generationSuffix + `)?)` + partyNumber + `(?:,[ \t]+(?:[A-Z]+|[A-Z][a-z]+)(?:[ \t]+(?:[A-Z]+|[A-Z][a-z]+))?)?` +
		etAlAfter + `(?:,(?:[ \t]+|[ \t]*\n[ \t]*)(?:individually|on[ \t]+behalf|an?[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[a-z]|in[ \t]+(?:his|her|its|their)[ \t]+official|` + OfficialDescription + `)(?:[^\n]|\n[ \t]*[a-z]){0,160}?)?[ \t]*,?\d?` + besideColumn + captionBreak + stackedRoles + `[ \t]*,?` + besideColumn + captionBreak +
		stackedVersus + `(?:` + columnBeside + captionBreak + `(?:` + judgeAside + captionBreak + `)?|` + captionBreak + `)(?:` + titleAside + captionBreak + `)?(` + partyLine + `)`)
	// partyNumber is a party's number with its label on the line under
	// its name, as the Departmental Appeals Board lists a provider: ",\n
	// (CCN: 455321)".
	partyNumber = `(?:,?[ \t]*\n[ \t]*\([A-Z]{2,5}(?:[ \t]+No\.)?:?[ \t]*[0-9A-Z\-]{3,15}\))?`
	// captionBreak is the line break between a stacked caption's lines,
	// with up to two blank lines (a double-spaced pleading's) and the next
	// line's indent.
	captionBreak = `(?:[ \t]*\n){1,3}[ \t]*`
	// etAlAfter is "et al." after a caption's party, in any case.
	etAlAfter = `(?:,?[ \t]+(?i:et[ \t]+al)\.?)?`
	// stackedVersus is a stacked caption's "v." on its line, or its
	// "versus", as the Eleventh and Fifth Circuits write it.
	stackedVersus = `(?:v\.|vs\.|V\.|VS\.|v|V|VS|-against-|–against–|versus|VERSUS|Versus)`
	// stackedRoles is a stacked caption's role, its two words joined by a
	// hyphen, spaced or not ("Plaintiff - Appellant"), a dash or "and".
	stackedRoles = CaptionRole + `(?:(?:[ \t]?[-–—][ \t]?|[ \t]+(?i:and)[ \t]+)(?i:appellants?|appellees?|respondents?|petitioners?))?`
	// stackedRole is a role alone on its line before "v.", the cheap test
	// before stackedCaption.
	stackedRole = regexp.MustCompile(`\n[ \t]*` + stackedRoles + `[ \t]*,?` + besideColumn + captionBreak + stackedVersus + besideColumn + `[ \t]*\n`)
	// besideColumn is another column's words a stacked caption's line may
	// have beside it ("Patricia Lindahl,<tab>Court File No. 27-CV-21-8841",
	// "v.<tab>SPECIAL VERDICT FORM").
	besideColumn = `(?:` + columnBeside + `)?`
	// judgeAside is the judge the other column names on the line under
	// "v.<tab>Case No.: 1:22-cv-04417", which a text that kept the columns
	// only where they sat side by side puts before the second party
	// ("Honorable Jorge L. Alonso"); titleAside a document's title there
	// ("-against-" / "DECISION AND ORDER" / "METROPOLITAN …"). Neither is
	// a party.
	judgeAside = `(?:Hon(?:orable|\.)|HON(?:ORABLE|\.)|(?:Magistrate[ \t]+)?Judge|(?:MAGISTRATE[ \t]+)?JUDGE)[ \t][^\n]*`
	titleAside = `(?:DECISION|ORDER|MEMORANDUM|OPINION|JUDGMENT|SPECIAL|VERDICT|FORM|NOTICE|COMPLAINT|MOTION|STIPULATION|SUMMONS|ANSWER)(?:[ \t]+(?:AND|OF|ON|DECISION|ORDER|MEMORANDUM|OPINION|JUDGMENT|VERDICT|FORM|NOTICE|COMPLAINT|MOTION|STIPULATION|SUMMONS|ANSWER))*[ \t]*`
	// caseNameEtAl is caseName with "et al" after the first party.
	caseNameEtAl = caseNameOf(party + `,?[ \t]+et[ \t]+al\.?,?`)
	// caseNameWrapped is caseName with the first party's legal form
	// allowed after a line break.
	caseNameWrapped = caseNameOf(partyW + `(?:` + partyGap + partyW + `|,(?:[ \t]+|[ \t]*\n[ \t]*)` + legalForm + `){0,11}`)
	legalFormWrap   = regexp.MustCompile(`,[ \t]*\n[ \t]*` + legalForm)
)

// leftParty keeps the words after the last signal or noise word, since the
// run before "v." often starts mid-sentence ("… See United States v. …");
// "AND" between names in capitals joins two parties. A side of only
// roles (roleWord: "Plaintiffs-Appellees." before "v.") is no party.
func leftParty(t string, s, e int) (int, int, bool) {
	ws := words(t[s:e], s)
	i := 0
	for k, w := range ws {
		// "ROBERT J. KELLY AND LINDA M. KELLY, Petitioners v.": a
		// caption in capitals joins its parties with "AND", on their
		// line ("TAX COURT" / "LOUIS S. SHUMAN AND SANDRA SHUMAN").
		if w.text == "AND" && k > 0 && isUpperName(ws[k-1].text) && !leadingNoise[lowerKey(ws[k-1].text)] {
			for j := k - 1; j >= i; j-- {
				if strings.Contains(t[ws[j].end:ws[j+1].start], "\n") {
					i = j + 1
					break
				}
			}
			continue
		}
		if startsUpper(w.text) && leadingNoise[lowerKey(w.text)] {
			i = k + 1
		}
	}
	// Lower-case connectors may not start a party.
	for i < len(ws) && !startsUpper(ws[i].text) {
		i++
	}
	if !slices.ContainsFunc(ws[i:], func(w word) bool { return !roleWord.MatchString(w.text) }) {
		return 0, 0, false
	}
	if len(ws)-i > 8 {
		i = len(ws) - 8
	}
	return ws[i].start, ws[len(ws)-1].end, true
}

// roleWord is a word that is only a party's role in a caption, hyphened
// roles included: a case name's first side that is all roles
// ("Plaintiffs-Appellees." before "v.") names no party.
var roleWord = regexp.MustCompile(`^` + CaptionRole + `(?:[-–/]` + CaptionRole + `)*[.,]?$`)

// rightParty cuts a party that ran onto a following sentence and drops a
// sentence-final period.
func rightParty(t string, s, e int) (int, int, bool) {
	ws := words(t[s:e], s)
	n := 0
	for n < len(ws) && n < 8 {
		if n > 0 && sentenceStarters[lowerKey(ws[n].text)] {
			break
		}
		if n > 0 && t[ws[n-1].end-1] == ',' && !isOrgSuffix(ws[n].text) {
			break
		}
		n++
	}
	// "… LLC and JAMES R." / "HALVORSEN": the word cap does not cut a
	// name after its middle initial.
	if n == 8 && n < len(ws) && initialWord(ws[n-1].text) && startsUpper(ws[n].text) {
		n++
	}
	for n > 0 && !startsUpper(ws[n-1].text) {
		n-- // no trailing connectors
	}
	if n == 0 {
		return 0, 0, false
	}
	ws = ws[:n]
	end := ws[n-1].end
	last := lowerKey(ws[n-1].text)
	if strings.HasSuffix(last, ".") && !partyAbbrev[last] {
		end--
	}
	end = trimComma(t, ws[0].start, end)
	return ws[0].start, end, end > ws[0].start
}

func stripEtAl(t string, s, e int) (int, int) {
	ws := words(t[s:e], s)
	if n := len(ws); n >= 3 && strings.EqualFold(ws[n-2].text, "et") && strings.HasPrefix(strings.ToLower(ws[n-1].text), "al") {
		return s, trimComma(t, s, ws[n-3].end)
	}
	return s, e
}

// startsLower reports whether w's first rune is a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// startsUpper reports whether w's first rune is an upper-case letter or
// "&".
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) || r == '&'
	}
	return false
}

// partyCand is the case's party [s, e) of t, of the type its words say
// (partyType).
func partyCand(t string, s, e int) cand {
	return cand{typ: partyType(t[s:e]), start: s, end: e, source: SourcePattern, party: true}
}

// tribeHeads end a tribe's name as a party: "NAVAJO NATION", "Pueblo of
// Pojoaque" is read by its "of".
var tribeHeads = wordSet(`nation tribe band`)

// partyOffices are the offices a case's short name names a party by:
// "Thrower v. Commissioner" is the Commissioner of Internal Revenue's.
var partyOffices = wordSet(`commissioner secretary director administrator comptroller superintendent warden sheriff`)

// partyType guesses the type of a case party from its form: an organisation
// suffix, a generational suffix at its end (a person's), a business's or a tribe's last word ("ACADEMY FACILITIES
// MANAGEMENT", "NAVAJO NATION") or an office alone ("Commissioner") makes
// an ORG, a state or the country a LOCATION (the government as a party;
// "THE UNITED STATES" too), a short name a PERSON, anything longer an ORG.
func partyType(p string) string {
	ws := strings.Fields(p)
	for _, w := range ws {
		if orgSuffix[lowerKey(w)] {
			return TypeOrg
		}
	}
	// "Prentis B. Tomlinson Jr.", "Marcus Allen Thornbury, Jr.": a
	// generational suffix ends only a person's name, however many words
	// it has.
	if generationEnd.MatchString(p) {
		return TypePerson
	}
	if len(ws) > 1 && (businessHead(ws[len(ws)-1]) || tribeHeads[lowerKey(ws[len(ws)-1])]) || len(ws) == 1 && partyOffices[lowerKey(ws[0])] {
		return TypeOrg
	}
	l := strings.ToLower(strings.Join(ws, " "))
	if r := strings.TrimPrefix(l, "the "); strings.HasPrefix(r, "united states") {
		l = r
	}
	l = strings.TrimPrefix(l, "state of ")
	if locationSet[l] {
		return TypeLocation
	}
	if len(ws) <= 3 {
		return TypePerson
	}
	return TypeOrg
}

// matterNames starts a name read from "In the Matter of" at its party: the
// patterns' capitalised run and the tagger take "Matter of Acme Widgets,
// Inc." and "Matter of the Application of Acme Corp." for names, where the
// party is "Acme Widgets, Inc." and "Acme Corp.".
func matterNames(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Matter of", "MATTER OF"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeCase {
			continue
		}
		name := t[c.start:c.end]
		rest, ok := strings.CutPrefix(name, "Matter of ")
		if !ok {
			rest, ok = strings.CutPrefix(name, "MATTER OF ")
		}
		if !ok || !suffixFold(t[max(0, c.start-7):c.start], "in the ") {
			continue
		}
		s := c.end - len(rest)
		if k := matterKind.FindStringIndex(rest); k != nil {
			s += k[1]
		}
		if s < c.end && capitalised(t[s:c.end]) {
			cs[i].start = s
		}
	}
	return cs
}
