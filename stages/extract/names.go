package extract

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/runscan"
	"github.com/docpipe/docpipe/stages/chunk"
	"golang.org/x/text/unicode/norm"
)

// The rules here check the tagger's names against what a lawyer knows of
// their shape: what a name's head word says its type is, that a street
// address starts with its house number, that numbers, suites and phone
// labels are not names, and that a name wrapped onto the next line of a
// paragraph is still one name.

// orgWords make a name an organisation wherever they stand in it ("Faith
// Bible Church", "Calvary Chapel St. Croix Valley", "North Carolina State
// Bar"), whatever type the tagger gave it.
var orgWords = wordSet(`nation nations tribe tribes church chapel fellowship ministries ministry synagogue congregation diocese
	foundation association council league alliance federation conference society institute
	committee commission department agency bureau corps university college school seminary
	tribune gazette times herald journal bar baptist methodist evangelical lutheran presbyterian
	episcopal pentecostal`)

// placeHeads end the name of a place: rivers, falls, dams and regions,
// streets, buildings, towns and villages, and facilities (a navy yard, a
// pier, a treatment plant).
var placeHeads = wordSet(`river rivers lake lakes dam reservoir creek bay mountain mountains mesa panhandle
	island islands basin canyon valley plains parish county courthouse street st. avenue ave. road rd.
	boulevard blvd. drive lane highway parkway square plaza town village yard pier piers wharf plant falls airport`)

// facilityHeads end the name of a building, a hotel, a harbor, a channel,
// a forest or a mall, which the tagger may call an organisation ("Wawona
// Hotel", "Siskiyou National Forest"). Unlike placeHeads they name a
// street too ("Harbor Road", "Forest Avenue"), so they make no phrase a
// kind of place alone.
var facilityHeads = wordSet(`tower building hotel harbor harbour channel forest mall`)

// surnameHeads are the placeHeads that are surnames too: the tagger's
// person "Ryan Lane" stays one unless a house number opens it.
var surnameHeads = wordSet(`lane rivers parish plant street lake bay`)

// streetWords end a street's name.
var streetWords = wordSet(`street st. st avenue ave. ave road rd. rd boulevard blvd. blvd drive dr. lane ln.
	way place plaza square highway hwy. parkway pkwy. court ct. terrace circle path pike trail`)

// quadrants follow a street address in some cities ("200 Constitution
// Avenue, N.W.").
var quadrants = wordSet(`n.w. nw n.e. ne s.w. sw s.e. se`)

// notNames start or end a span that is contact detail or a signature's
// date line ("Dated, Washington, D.C."), not a name.
var notNames = wordSet(`suite ste. room floor tel tel. telephone fax phone facsimile email e-mail p.o. box dated`)

// timeZones name a time zone before "time" ("Eastern time", "Pacific
// Standard Time"), which timeAfter matches.
var timeZones = wordSet(`eastern central mountain pacific atlantic`)

// zoneAbbrev is a time zone's abbreviation after a time, dotted or not,
// spaced as CoNLL text is or not ("12:00 E.S.T.", "5 p.m. EST").
var zoneAbbrev = regexp.MustCompile(`^(?:[ECMP][ \t]*\.?[ \t]*[SD][ \t]*\.?[ \t]*T|[ECMP]T)\b\.?`)

// timeBefore is a time of day ending right before a name: "12:00",
// "12:00pm", "5 p.m.", "noon".
var timeBefore = regexp.MustCompile(`(?:\d[ \t]*:[ \t]*\d\d[ \t]*(?:[AaPp]\.?[ \t]*[Mm]\.?)?|\d[ \t]*[AaPp]\.?[ \t]*[Mm]\.?|noon)[ \t]*,?[ \t]*$`)

var timeAfter = regexp.MustCompile(`^[ \t]+(?:(?:[Ss]tandard|[Dd]aylight|STANDARD|DAYLIGHT)[ \t]+)?(?:[Tt]ime|TIME)\b`)

// glossaryEntry is a contract's definition of a term for a thing: a
// capitalised word in quotes, or a phrase it opens, followed by "is",
// "means" or "shall mean" (`"Warrant" is, collectively, …`; `"Collateral"
// means …`; `"Milestone Event No. 1" means …`). An acronym ("IRS" means
// the Internal Revenue Service) may name a body and is not taken.
var glossaryEntry = regexp.MustCompile(`["“][ \t]?([A-Z][a-z]+(?:[ \t]+[A-Za-z0-9.'’\-]+){0,6})[ \t]?["”][ \t]+(?:is|means|shall[ \t]+mean)\b`)

// softWrap reports whether the line break in gap (the space between two
// tokens of a tagged name) is a paragraph's wrap rather than the end of a
// line of a caption, address or signature block: a single line break after
// a full line of prose. text[:at] ends at the earlier token.
func softWrap(text string, at int, gap string) bool {
	if strings.Count(gap, "\n") != 1 || wideGap(gap[:strings.IndexByte(gap, '\n')]) {
		return false
	}
	from := strings.LastIndexByte(text[:at], '\n') + 1
	line := strings.TrimLeft(text[from:at], " \t")
	if wideGap(line) {
		return false
	}
	n := utf8.RuneCountInString(line)
	if n >= 50 {
		return true
	}
	// A paragraph's first line is shorter by its indent, which the text
	// stage may have taken away: after a blank line (or at the start), at
	// least 40 characters, with a full line of prose after it ("The United
	// States Department of Health and Human" / "Services declared …").
	prev := strings.TrimRight(text[:max(from-1, 0)], " \t") // before this line's start
	if n < 40 || from > 0 && prev != "" && !strings.HasSuffix(prev, "\n") {
		return false
	}
	rest := text[at+len(gap):]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return utf8.RuneCountInString(strings.TrimRight(rest, " \t")) >= 50 && !wideGap(rest)
}

// shapeName applies the shape rules to a tagged span [s, e) of t and
// returns the span and type to keep, or ok false to drop it. It looks at
// a bounded window around the span, so its cost is the span's length.
func shapeName(t, typ string, s, e int) (string, int, int, bool) {
	lower := func(w string) string { return strings.ToLower(strings.Trim(w, ",;:")) }
	// A vessel is not a person ("the MV Saltmarsh Heron"); a name right
	// before a reporter citation is a cited case's ("v. Am. Brands, Inc.,
	// 450 U.S. 79").
	if vessel.MatchString(t[max(0, s-8):s]) || vesselName.MatchString(t[s:e]) || beforeCitation(t, e) || beforeVersus(t, s, e) {
		return "", 0, 0, false
	}
	// "an Alford plea", "a Daubert hearing", "Chevron deference": a
	// case's name made a kind of plea or hearing is no person or place.
	if !strings.ContainsAny(strings.TrimSpace(t[s:e]), " \t\n") && !locationSet[strings.ToLower(t[s:e])] && eponymous.MatchString(t[e:min(len(t), e+16)]) {
		return "", 0, 0, false
	}
	// An amount written in words is no name ("Three Million Dollars"),
	// nor is a caption's role ("Plaintiff-Appellant"), a lawyer's title
	// ("Esquire") or "et al." alone.
	if amountInWords(t[s:e]) || roleOnly(t[s:e]) {
		return "", 0, 0, false
	}
	// A time zone is no place ("12:00 noon Eastern time", "12:00 E.S.T.").
	if timeZones[strings.ToLower(t[s:e])] && timeAfter.MatchString(t[e:min(len(t), e+20)]) ||
		zoneAbbrev.MatchString(t[s:min(len(t), e+8)]) && timeBefore.MatchString(t[max(0, s-16):s]) {
		return "", 0, 0, false
	}
	// Names joined by an ampersand are a firm ("Ogletree Deakins Nash
	// Smoak & Stewart", "Mullins Duncan Harrell & Russell PLLC").
	if fs, fe, ok := firm(t, s, e); ok {
		return TypeOrg, fs, fe, true
	}
	s = afterJobTitle(t, s, e)
	// A lower-case word does not start a name ("of Commerce").
	for ws := strings.Fields(t[s:e]); len(ws) > 1 && !strings.ContainsFunc(ws[0], unicode.IsUpper); ws = ws[1:] {
		s = afterWords(t, s, 1)
	}
	s = withSaint(t, s)
	// "Art. V", "Sec. 4" are parts of a text; "ARTICLE VI OTHER COMPANY
	// AGREEMENTS" is a heading.
	if f := strings.Fields(t[s:e]); partWords[strings.ToLower(f[0])] || heading(t, s, e) {
		return "", 0, 0, false
	}
	if ns, org := extendOrgBack(t, s); org {
		typ, s = TypeOrg, ns
	}
	// "The plaintiff, All Saints Church of Springfield": a determiner
	// capitalised inside a sentence opens the name; at a sentence's start
	// ("All Bank Expenses are payable") it may be the sentence's.
	if ps, pe, ok := prevWord(t, s); ok && determiners[strings.ToLower(t[ps:pe])] && capitalised(t[ps:pe]) && insideSentence(t, ps) {
		s = ps
	}
	if ne, org := extendOrg(t, s, e); org {
		typ, e = TypeOrg, ne
	}
	if typ == TypeOrg {
		e = purposeTail(t, s, e)
	}
	e = redundantHead(t, s, e)
	ws := strings.Fields(t[s:e])
	// A lower-case word does not end a name ("Arkansas-Louisiana border").
	for len(ws) > 1 && !strings.ContainsFunc(ws[len(ws)-1], unicode.IsUpper) {
		ws = ws[:len(ws)-1]
		e = s + strings.LastIndex(t[s:e], ws[len(ws)-1]) + len(ws[len(ws)-1])
	}
	// A document word does not end a name ("DC Docket"); a state's code
	// after a longer place is its address's, not part of its name
	// ("Washington Navy Yard DC").
	for len(ws) > 1 && docWords[lower(ws[len(ws)-1])] || len(ws) > 2 && typ == TypeLocation && postalCodes[strings.Trim(ws[len(ws)-1], ",")] {
		ws = ws[:len(ws)-1]
		e = s + strings.LastIndex(t[s:e], ws[len(ws)-1]) + len(ws[len(ws)-1])
	}
	if len(ws) == 1 && (polityPair(ws[0]) || docWords[lower(strings.TrimRight(ws[0], "."))]) {
		return "", 0, 0, false
	}
	// A kind of thing is not a name: "Chapel", "The River".
	kind := true
	for i, w := range ws {
		lw := lower(w)
		kind = kind && (i == 0 && lw == "the" || orgWords[lw] || placeHeads[lw] || genericOrg[lw] || kindWords[lw] || pluralKinds[lw])
	}
	if kind || kindOfBusiness(t[s:e]) || kindOfBody(t, s, e) || clauseName(t[s:e]) || genericBody(t[s:e]) || kindAfterDeterminer(t[s:e]) || regulationLetter.MatchString(t[s:e]) {
		return "", 0, 0, false
	}
	// "Director Bizexpress Limited", "Chairman Borrower Airland
	// International Limited": a signature block's title or role runs into
	// the company's name, which its legal form ends.
	if typ == TypeOrg {
		if i := leadingRoles(ws); i > 0 {
			s = afterWords(t, s, i)
			ws = ws[i:]
		}
		// "DIRECTOR, OFFICE OF WORKERS' COMPENSATION PROGRAMS": an
		// office's head named by title before the office, a comma
		// between them.
		if len(ws) > 2 && strings.HasSuffix(ws[0], ",") && (jobWords[lower(strings.TrimSuffix(ws[0], ","))] || titleWords[lower(strings.TrimSuffix(ws[0], ","))]) {
			s = afterWords(t, s, 1)
			ws = ws[1:]
		}
	}
	// "Commonwealth of Massachusetts" is the place's name, as "State of
	// Maine" is.
	if typ == TypeLocation && polityOf.MatchString(t[max(0, s-16):s]) {
		s -= len(polityOf.FindString(t[max(0, s-16):s]))
	}
	// "STATE OF MISSOURI,\n\nRespondent.": a state or country with its
	// role in the caption is a litigant, an organisation.
	if typ == TypeLocation && litigant(t, s, e) {
		typ = TypeOrg
	}
	// An acronym the text does not define names nothing the reader can
	// tell (definedTerms adds the defined ones); a state's postal code is
	// the state.
	if len(ws) == 1 && acronym(ws[0]) {
		// "DC Docket #:", "DC Court:", "DC Judge:": a docketing notice's
		// district court, not the District of Columbia.
		if !postalCodes[ws[0]] || courtLabel.MatchString(t[e:]) {
			return "", 0, 0, false
		}
		typ = TypeLocation
	}
	// Courts the patterns did not name ("Court of Appeals") are a role.
	generic, courtWord := true, false
	for _, w := range ws {
		lw := lower(w)
		generic = generic && (courtWords[lw] || genericCourt[lw])
		courtWord = courtWord || courtWords[lw]
	}
	if generic && courtWord {
		return "", 0, 0, false
	}
	// Contact details: "Suite C", "… COURTHOUSE Tel".
	if notNames[lower(ws[0])] {
		return "", 0, 0, false
	}
	for len(ws) > 1 && notNames[lower(ws[len(ws)-1])] {
		e = s + strings.LastIndex(t[s:e], ws[len(ws)-1])
		e = s + len(strings.TrimRight(t[s:e], " \t\n,;:"))
		ws = ws[:len(ws)-1]
	}
	for _, w := range ws {
		if orgWords[lower(w)] {
			return TypeOrg, s, e, true
		}
	}
	// "a Delaware corporation": the state of incorporation is a place.
	if (typ == TypeOrg || typ == TypePerson) && incorporated.MatchString(t[e:min(len(t), e+48)]) && article.MatchString(t[max(0, s-4):s]) {
		typ = TypeLocation
	}
	// A signatory: "By: /s/ Margit Ellensby", "Margit Ellensby, Chief
	// Executive Officer" on a line of a signature block.
	if typ == TypeOrg && personLike(t[s:e]) && (signedBy.MatchString(t[max(0, s-8):s]) || titleAfter.MatchString(t[e:min(len(t), e+24)])) {
		typ = TypePerson
	}
	last := lower(ws[len(ws)-1])
	// A legal-form suffix makes an organisation ("Hotel Co").
	if typ != TypeOrg && len(ws) > 1 && last != "district" && (orgSuffix[last] || orgSuffix[last+"."]) {
		typ = TypeOrg
	}
	// "Fort Worth", "Mount Vernon": a place.
	if typ != TypeLocation && len(ws) == 2 && placeFirst[lower(ws[0])] && !(orgSuffix[last] || orgSuffix[last+"."]) {
		typ = TypeLocation
	}
	// "the River—an issue", its dash folded to a hyphen: a function word
	// after the hyphen is the sentence's, not the name's.
	if i := strings.LastIndexByte(t[s:e], '-'); i > 0 && dashTail[t[s+i+1:e]] {
		e = s + i
		ws = strings.Fields(t[s:e])
		last = lower(ws[len(ws)-1])
		if len(ws) == 1 && placeHeads[last] {
			return "", 0, 0, false // "the River": a kind of place alone
		}
	}
	// "Texas-Size", "Boston-based": a name made an adjective is no
	// mention of it.
	if i := strings.LastIndexByte(last, '-'); i > 0 && adjectiveTail[last[i+1:]] {
		return "", 0, 0, false
	}
	// "Dallas-Fort" / "Worth" over a paragraph's wrap: a place's name that
	// ends in "Fort", "Port" or "Mount" goes on with the next capitalised
	// word.
	if typ == TypeLocation {
		end := last
		if i := strings.LastIndexByte(end, '-'); i >= 0 {
			end = end[i+1:]
		}
		if wrapFirst[end] {
			if ns, ne, ok := nextWord(t, e); ok && capitalised(strings.TrimRight(t[ns:ne], ".,;:")) {
				e = ns + len(strings.TrimRight(t[ns:ne], ".,;:"))
				ws = strings.Fields(t[s:e])
				last = lower(ws[len(ws)-1])
			}
		}
	}
	// "the Choctaw and Chickasaw Nations", "the Kansas and Arkansas
	// Rivers": the kind in the plural after two names joined by "and" is
	// the second name's; the first stands for its name alone.
	// The plural may open the next line whatever the line's length: a
	// kind in the plural goes nowhere else.
	if len(ws) == 1 && coordinated.MatchString(t[max(0, s-32):s]) {
		gap := len(t[e:]) - len(strings.TrimLeft(t[e:], " \t\n"))
		if ns := e + gap; gap > 0 && strings.Count(t[e:ns], "\n") <= 1 && !wideGap(t[e:ns]) {
			w := t[ns:min(len(t), ns+24)]
			if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
				w = w[:i]
			}
			ne := ns + len(w)
			if head := singularHead(w); capitalised(w) && (orgWords[head] || placeHeads[head]) {
				e, last = ne, lower(t[ns:ne])
				ws = strings.Fields(t[s:e])
				if orgWords[head] {
					typ = TypeOrg
				}
			}
		}
	}
	// A building's name lost its first word ("Thurgood" + "Marshall U.S.
	// Courthouse").
	if buildingHeads[last] && capitalised(ws[0]) {
		for n := 0; n < 2; n++ {
			ps, pe, ok := prevWord(t, s)
			if !ok || !capitalised(t[ps:pe]) || leadingNoise[strings.ToLower(t[ps:pe])] || strings.Contains(t[pe:s], "\n") {
				break
			}
			s = ps
		}
	}
	// "Macao" + "Special Administrative Region": the region is a place,
	// whatever the tagger called its name.
	housed := false // a house number was taken in
	_, numbered := houseNumber(t, s)
	surnamed := typ == TypePerson && surnameHeads[last] && !numbered // "Ryan Lane", "Joan Rivers"
	if !surnamed && (typ == TypeLocation || placeHeads[last] || facilityHeads[last] || regionTail(t, e) > e) {
		typ = TypeLocation
		// A street address starts with its house number on the same line
		// and may end with a quadrant.
		if streetWords[last] && len(ws) >= 2 {
			if ns, ok := houseNumber(t, s); ok {
				s = ns
			}
			e = quadrant(t, e)
		} else if len(ws) == 1 && !locationSet[lower(ws[0])] && addressPart.MatchString(t[e:min(len(t), e+24)]) {
			// "201 Broadway, 4th Floor": a street named without a street
			// word keeps its house number where the address goes on.
			if ns, ok := houseNumber(t, s); ok {
				s, housed = ns, true
			}
		}
		e = regionTail(t, e)
	}
	// Numbers are not names, except the house number of an address
	// ("556 U.S.", "71 Stat." are citations the patterns missed; "N2119"
	// is a code; "NY 10007" ends with a ZIP code).
	ws = strings.Fields(t[s:e])
	for i, w := range ws {
		if !strings.ContainsFunc(w, unicode.IsDigit) {
			continue
		}
		if i == 0 && typ == TypeLocation && len(ws) > 2 && streetWords[lower(ws[len(ws)-1])] || i == 0 && quadrants[lower(ws[len(ws)-1])] || i == 0 && housed {
			continue
		}
		if i == len(ws)-1 && i > 0 && typ == TypeLocation && zip(w) {
			e = s + strings.LastIndex(t[s:e], w)
			e = s + len(strings.TrimRight(t[s:e], " \t\n,"))
			continue
		}
		return "", 0, 0, false
	}
	// "cc:      R. Bruce Carlson": the initials before a person's name are
	// the person's.
	if typ == TypePerson {
		s = initialsBefore(t, s)
	}
	// "OUSD (P&R": a name closes the parenthesis it opens, or ends before it.
	if strings.Count(t[s:e], "(") > strings.Count(t[s:e], ")") {
		if strings.HasPrefix(t[e:], ")") {
			e++
		} else {
			e = s + len(strings.TrimRight(t[s:s+strings.LastIndexByte(t[s:e], '(')], " \t\n"))
			if e <= s {
				return "", 0, 0, false
			}
		}
	}
	return typ, s, e, true
}

// initialsBefore returns the start of up to two initials ("R. ", "J. R. ")
// written right before s on the same line, each a capital and a full stop
// after a space, a parenthesis ("(J. Peter Sokol, of counsel") or the
// line's start (not a heading's numeral there: "I.", "V.", "X."); s when
// there are none.
func initialsBefore(t string, s int) int {
	for n := 0; n < 2; n++ {
		if s < 3 || t[s-1] != ' ' || t[s-2] != '.' || t[s-3] < 'A' || t[s-3] > 'Z' {
			break
		}
		if s > 3 && t[s-4] != ' ' && t[s-4] != '\t' && t[s-4] != '\n' && t[s-4] != '(' {
			break
		}
		// "I. Jagels' plea was knowing": a heading's numeral opens the line.
		if lineStart := strings.TrimLeft(t[strings.LastIndexByte(t[:s-3], '\n')+1:s-3], " \t") == ""; lineStart && strings.IndexByte("IVX", t[s-3]) >= 0 {
			break
		}
		s -= 3
	}
	return s
}

// numberWords and currencyWords write an amount in words.
var (
	numberWords   = wordSet(strings.ReplaceAll(numberUnitAlt+"|"+numberScaleAlt, "|", " ") + " and")
	currencyWords = wordSet(`dollar dollars euro euros pound pounds yuan renminbi rmb yen`)
)

// amountInWords reports whether a name is an amount written in words, a
// number and its currency ("Three Million Dollars", "Renminbi Twenty Four
// Million").
func amountInWords(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	money, number := false, false
	for _, w := range ws {
		w = strings.Trim(w, ",;:.()")
		for _, part := range strings.Split(w, "-") { // "Twenty-Five"
			switch {
			case currencyWords[part]:
				money = true
			case numberWords[part] && part != "and":
				number = true
			case part == "and":
			default:
				return false
			}
		}
	}
	return money && number
}

// determiners open a phrase about things of a kind, never a name: "All
// Bank Expenses", "Each Lender", "Such Person".
var determiners = wordSet(`all any each every such no both either neither`)

// insideSentence reports whether the word at i of t follows a word of the
// same sentence on its line: a letter, digit or comma before it.
func insideSentence(t string, i int) bool {
	j := i
	for j > 0 && (t[j-1] == ' ' || t[j-1] == '\t') {
		j--
	}
	if j == 0 || j == i {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:j])
	return r == ',' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// kindAfterDeterminer reports whether a name is a capitalised determiner
// and a kind of party ("All Bank" of "All Bank Expenses", "Each Lender"):
// things of a kind, no one in particular. A longer name may begin with
// such a word ("All Saints Church").
func kindAfterDeterminer(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) != 2 || !determiners[ws[0]] {
		return false
	}
	w := strings.Trim(ws[1], ".,;:")
	return genericOrg[w] || orgSuffix[w] || partyTerms[w] || kindWords[w]
}

// organMembers are the members a company's board or committee is named by
// ("Board of Directors").
var organMembers = wordSet(`directors managers trustees supervisors members`)

// bankRoles are the parts a bank plays in a payment or a credit, which
// wire instructions and letters of credit use as labels ("Beneficiary
// Bank:", "Intermediary Bank:").
var bankRoles = wordSet(`beneficiary intermediary correspondent receiving sending originating paying issuing
	advising confirming remitting depositary`)

// genericBody reports whether an organisation's name is an organ any
// company has or a bank's part in a payment, not a body of its own: "Board
// of Directors", "the Board of Managers", "the Board of Directors of Acme
// Corp.", "Beneficiary Bank" (and a form's
// next label run into it, "Beneficiary Bank Transit").
func genericBody(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	switch {
	case len(ws) == 3 && (ws[0] == "board" || ws[0] == "committee") && ws[1] == "of" && organMembers[strings.Trim(ws[2], ".,;:")]:
		return true
	// A company's board by its company ("Board of Directors of CannaVEST"),
	// which is the company's organ; a board of trustees or governors of a
	// body may be that body's legal name ("Board of Trustees of the
	// University of Illinois").
	case len(ws) > 4 && ws[0] == "board" && ws[1] == "of" && (ws[2] == "directors" || ws[2] == "managers") && ws[3] == "of":
		return true
	case len(ws) >= 2 && strings.Trim(ws[1], ".,;:") == "bank" && bankRoles[ws[0]]:
		return true
	}
	return false
}

// regulationLetter is a lettered regulation: "Regulation U", a rule, not
// a person or a body.
var regulationLetter = regexp.MustCompile(`^(?:Regulations?|REGULATIONS?)[ \t]+[A-Z]{1,2}$`)

// headingNumber is the number of an article or a contract's section right
// before a name: "ARTICLE VI ", "Article 5. ", "Section 6.1 ".
var headingNumber = regexp.MustCompile(`(?:\b(?:ARTICLE|Article|ART\.|Art\.)[ \t]+(?:[IVXLC]+|\d+)|\b(?:SECTION|Section)[ \t]+\d+(?:[ \t]*\.[ \t]*\d+)+)[ \t]*\.?[ \t]*$`)

// articleWord is "ARTICLE" or "Article" right before a name.
var articleWord = regexp.MustCompile(`\b(?:ARTICLE|Article)[ \t]+$`)

// heading reports whether the name [s, e) of t is (the start of) the
// heading of an article or a numbered section: the words after its number
// ("ARTICLE VI OTHER COMPANY AGREEMENTS", "Section 6.4 Company Existence")
// head a part of the text and name nothing, and a roman numeral after
// "ARTICLE" is its number, never part of a name ("VI OTHER COMPANY").
func heading(t string, s, e int) bool {
	if headingNumber.MatchString(t[max(0, s-32):s]) {
		return true
	}
	first, _, _ := strings.Cut(t[s:e], " ")
	return romanNumeral(strings.TrimRight(first, ".")) && articleWord.MatchString(t[max(0, s-10):s])
}

// romanNumeral reports whether w is a roman numeral in capitals.
func romanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// andHead returns the start of an organisation's name at s of t that the
// patterns cut at "and" ("Exchange Commission" of "the Securities and
// Exchange Commission"): one or two capitalised words before the "and"
// ("Patent Trial and Appeal Board"), which no other name covers unless
// both sides open with the same word ("Blue Cross and Blue Shield") (named are the tagger's and the rules' names of t:
// "Acme and Federal Trade Commission" are two; a name over both is this
// one, read whole), which is no role or
// connector and which no capitalised word before continues. Otherwise it
// returns s.
func andHead(t string, s int, named []cand) int {
	as, ae, ok := prevWord(t, s)
	if !ok {
		return s
	}
	// "and" in lower case, or "AND" before a name in capitals ("the
	// SECURITIES AND EXCHANGE COMMISSION").
	if t[as:ae] != "and" {
		ns, ne, _ := nextWord(t, s)
		if t[as:ae] != "AND" || strings.ContainsFunc(t[ns:ne], unicode.IsLower) {
			return s
		}
	}
	// One or two such words: "Patent Trial and Appeal Board".
	ps, pe := as, as
	for k := 0; ; k++ {
		ws, we, ok := prevWord(t, ps)
		// A word of a quotation or a parenthesis ("the \"Disclosing
		// Party\") and BETA LLC") is no part of the name.
		lw := strings.ToLower(t[ws:we])
		head := ok && capitalised(t[ws:we]) && !strings.ContainsAny(t[ws:we], ".&'’\"“”(),;:")
		if head && (leadingNoise[lw] || partyTerms[lw] || roleWords[lw] || orgSuffix[lw] || jobWords[lw] || titleWords[lw]) {
			if k == 0 {
				return s
			}
			break
		}
		if !head {
			if k == 0 {
				return s
			}
			// A capitalised word before them continues them, or ends
			// a sentence of names ("Commission. Acme and Federal Trade
			// Commission"); a body's possessive owns them ("the
			// Department of Labor's Occupational Safety and Health
			// Administration").
			if ok && capitalised(t[ws:we]) && !leadingNoise[lw] && !strings.HasSuffix(t[ws:we], "'s") && !strings.HasSuffix(t[ws:we], "’s") {
				return s
			}
			break
		}
		if k == 2 {
			return s
		}
		ps = ws
		if k == 0 {
			pe = we
		}
	}
	// "Blue Cross and Blue Shield", "Johnson and Johnson": the two sides
	// open with the same word, one name, whatever named them apart.
	if strings.EqualFold(firstWord(t[ps:]), firstWord(t[s:])) {
		return ps
	}
	for _, n := range named {
		if n.start <= ps && n.end >= s {
			return ps // the same name, read whole before
		}
		if n.start < pe && n.end > ps {
			return s
		}
	}
	return ps
}

// regionHeads end the name of an administrative region or zone.
var regionHeads = wordSet(`region zone`)

// regionTail extends a place's name ending at e over the capitalised words
// of its kind of region on the same line, at most three and a region word
// ("Hong Kong" + "Special Administrative Region", "Shenzhen" + "Special
// Economic Zone"): the region is the place the text names.
func regionTail(t string, e int) int {
	i := e
	for n := 0; n < 4; n++ {
		ws, we, ok := nextWord(t, i)
		w := strings.TrimRight(t[ws:we], ".")
		if !ok || !capitalised(w) || strings.Contains(t[i:ws], "\n") || strings.EqualFold(w, "time") {
			break // "Pacific Time Zone" is no place
		}
		if regionHeads[strings.ToLower(w)] {
			return ws + len(w)
		}
		if len(w) < we-ws {
			break // a sentence ends
		}
		i = we
	}
	return e
}

// houseNumber returns the start of the house number right before a street
// name at s on the same line ("601 Market Street", "300 N. Greene St.",
// a range: "27-29 Crane Ave.").
func houseNumber(t string, s int) (int, bool) {
	i := s
	for i > 0 && (t[i-1] == ' ' || t[i-1] == '\t') {
		i--
	}
	// A direction between the number and the street: "300 N. Greene St."
	for _, d := range []string{"N.", "S.", "E.", "W.", "North", "South", "East", "West"} {
		if strings.HasSuffix(t[:i], " "+d) {
			i -= len(d)
			for i > 0 && (t[i-1] == ' ' || t[i-1] == '\t') {
				i--
			}
			break
		}
	}
	j := i
	for j > 0 && j > i-6 && (t[j-1] >= '0' && t[j-1] <= '9' || t[j-1] >= 'A' && t[j-1] <= 'Z') {
		j--
	}
	if j == i || t[j] < '0' || t[j] > '9' {
		return s, false
	}
	// A range of house numbers: "27-29 Crane Ave.".
	if k := j - 1; k > 0 && t[k] == '-' && t[k-1] >= '0' && t[k-1] <= '9' {
		for j = k; j > 0 && j > k-5 && t[j-1] >= '0' && t[j-1] <= '9'; j-- {
		}
	}
	if j > 0 {
		if r, _ := utf8.DecodeLastRuneInString(t[:j]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' || r == ',' {
			return s, false
		}
	}
	return j, true
}

// spelledNumbers are house numbers written out, as office towers and
// plazas take them ("One PPG Place").
var spelledNumbers = wordSet(`one two three four five six seven eight nine ten eleven twelve`)

// numberAtLineEnd is a house number that ends its line, alone on it or
// after a comma: "John Adams Courthouse, 1" / "Pemberton Square".
var numberAtLineEnd = regexp.MustCompile(`(?:^|\n|,[ \t]+)(\d{1,6})[ \t]*\n[ \t]*$`)

// wrappedHouseNumber returns the start of a house number that a line
// break cut from the street name at s, which opens its line
// (numberAtLineEnd).
func wrappedHouseNumber(t string, s int) (int, bool) {
	m := numberAtLineEnd.FindStringSubmatchIndex(t[max(0, s-16):s])
	if m == nil {
		return s, false
	}
	return max(0, s-16) + m[2], true
}

// addressPart is what follows a street in an address: a comma and a
// floor, suite or room.
var addressPart = regexp.MustCompile(`^[ \t]*,[ \t]*(?:\d+(?:st|nd|rd|th)[ \t]+[Ff]loor|[Ff]loor|FLOOR|[Ss]uite|SUITE|Ste\.?|[Rr]oom|Rm\.?)\b`)

// directionAfter is a street's direction written out right after its
// street word, ending the address: "Park Avenue South, New York", "San
// Elijo Road South\n" (not "Square North Westerville", where a city's
// name follows).
var directionAfter = regexp.MustCompile(`^([ \t]+(?:North|South|East|West|NORTH|SOUTH|EAST|WEST))(?:[,;)]|[ \t]*\n|[ \t]*$|[ \t]+\d)`)

// quadrant extends an address ending at e over a following quadrant
// ("Avenue, N.W.", "Street SE") or direction ("Avenue South").
func quadrant(t string, e int) int {
	if m := directionAfter.FindStringSubmatchIndex(t[e:]); m != nil {
		return e + m[3]
	}
	i := e
	if i < len(t) && t[i] == ',' {
		i++
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	j := i
	for j < len(t) && (t[j] >= 'A' && t[j] <= 'Z' || t[j] == '.') {
		j++
	}
	if j > i && quadrants[strings.ToLower(t[i:j])] {
		if j == len(t) || !unicode.IsLetter(rune(t[j])) {
			return j
		}
	}
	return e
}

func zip(w string) bool {
	w = strings.TrimRight(w, ",.")
	return len(w) == 5 && allDigits(w) || len(w) == 10 && allDigits(w[:5]) && w[5] == '-' && allDigits(w[6:])
}

// commonWordNames drops a one-word name from the tagger that the document
// also writes in lower case ("Church", "States", "Brief"): a word the
// author writes in lower case is a common word, capitalised at the start
// of a heading or a line, not a name. A surname that is also part of a
// longer name of the same person is left alone (resolve joins the two).
func commonWordNames(doc []rune, ms []Mention) []Mention {
	var words []string
	for _, m := range ms {
		if m.Source == SourceModel && nameType(m.Type) {
			for _, w := range strings.Fields(m.Text) {
				words = append(words, strings.ToLower(strings.Trim(w, ".,;:")))
			}
		}
	}
	if len(words) == 0 {
		return ms
	}
	lowered := lowerWords(doc, words)
	// A word the contract defines as a term for a thing is a common word
	// with a capital, like one it writes in lower case. A phrase so
	// defined ("Milestone Event No. 1") is no name either, nor is the
	// tagger's name on its first words ("Milestone"), where the phrase is
	// written; a phrase whose definition is a name is a party's (see
	// meansParty).
	phrases := map[string][]string{} // first word → phrases
	if text := string(doc); strings.Contains(text, "\"") || strings.Contains(text, "“") {
		for _, loc := range glossaryEntry.FindAllStringSubmatchIndex(text, -1) {
			term := strings.Fields(text[loc[2]:loc[3]])
			if len(term) == 1 {
				lowered[strings.ToLower(term[0])] = true
			} else if !namedAfter(text, loc[1]) {
				phrases[term[0]] = append(phrases[term[0]], strings.Join(term, " "))
			}
		}
	}
	inLonger := map[string]bool{}
	for _, m := range ms {
		if m.Type == TypePerson && strings.ContainsAny(m.Text, " \t\n") {
			for _, w := range strings.Fields(m.Text) {
				inLonger[strings.ToLower(w)] = true
			}
		}
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.Source == SourceModel && nameType(m.Type) && !strings.ContainsAny(m.Text, " \t\n") {
			w := strings.ToLower(m.Text)
			if lowered[w] && !(m.Type == TypePerson && inLonger[w]) {
				continue
			}
		}
		if m.Source == SourceModel && nameType(m.Type) && commonPhrase(m.Text, lowered) {
			continue
		}
		if m.Source == SourceModel && (m.Type == TypePerson || m.Type == TypeOrg) && inPhrase(doc, m, phrases) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// inPhrase reports whether the name m starts one of the defined phrases
// where it is written and ends before the phrase does ("Milestone" of
// "Milestone Event No. 1"). Runs of spaces compare equal.
func inPhrase(doc []rune, m Mention, phrases map[string][]string) bool {
	first, _, _ := strings.Cut(m.Text, " ")
	for _, p := range phrases[first] {
		i := m.Start
		for _, w := range strings.Fields(p) {
			for i < len(doc) && (doc[i] == ' ' || doc[i] == '\t' || doc[i] == '\n') && i > m.Start {
				i++
			}
			if !strings.HasPrefix(string(doc[i:min(len(doc), i+len(w))]), w) {
				i = -1
				break
			}
			i += utf8.RuneCountInString(w)
		}
		if i > m.End {
			return true
		}
	}
	return false
}

// commonPhrase reports whether a multi-word name is made of words the
// document also writes in lower case ("Temporary Restraining Order",
// "Population Distribution"): capitalised common nouns, not a name. A
// phrase with an organisation word is left alone ("Office of the
// Solicitor" is a name though each word is common).
func commonPhrase(name string, lowered map[string]bool) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	content := 0
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		switch {
		case lw == "of" || lw == "the" || lw == "and" || lw == "for":
			continue
		case orgWords[lw] || orgSuffix[lw] || orgHead[lw] || !lowered[lw]:
			return false
		}
		content++
	}
	return content >= 2
}

// lowerWords reports which of words occur in doc written all in lower case
// as a whole word. One pass over the text.
func lowerWords(doc []rune, words []string) map[string]bool {
	want := map[string]bool{}
	for _, w := range words {
		want[w] = true
	}
	found := map[string]bool{}
	for i := 0; i < len(doc); {
		if !unicode.IsLetter(doc[i]) {
			i++
			continue
		}
		j := i
		lowerOnly := true
		for j < len(doc) && (unicode.IsLetter(doc[j]) || doc[j] == '.' && j+1 < len(doc) && unicode.IsLetter(doc[j+1])) {
			if unicode.IsUpper(doc[j]) {
				lowerOnly = false
			}
			j++
		}
		if lowerOnly {
			if w := string(doc[i:j]); want[w] {
				found[w] = true
			}
		}
		i = j
	}
	return found
}

// documentText rebuilds the document's text from its (overlapping) chunks,
// indexed by rune offset as mentions are.
func documentText(cs []chunkText) []rune {
	n := 0
	for _, c := range cs {
		n = max(n, c.start+utf8.RuneCountInString(c.text))
	}
	doc := make([]rune, n)
	for _, c := range cs {
		i := c.start
		for _, r := range c.text {
			doc[i] = r
			i++
		}
	}
	return doc
}

type chunkText struct {
	start int
	text  string
}

// docWords are words of a document's apparatus that the tagger may take
// for a name when they open a line or a heading ("Cite as:", "Brief for
// …", "Docket Entry"); alone they never name anything.
var docWords = wordSet(`cite brief syllabus opinion order orders held note notes appendix exhibit docket entry
	pleadings pleading waiver therefore subscribed sworn advocate reply petition motion memorandum law
	notice agreement exhibits schedule recitals whereas witnesseth enclosures`)

// nextWord returns the word starting after position i of t (skipping
// spaces, or a paragraph's wrap), or ok false at a column gap, a line
// break that ends a block, punctuation or the end of the text.
func nextWord(t string, i int) (s, e int, ok bool) {
	j := i
	for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n') {
		j++
	}
	gap := t[i:j]
	if j == i || j == len(t) || wideGap(gap) && !strings.Contains(gap, "\n") ||
		strings.Contains(gap, "\n") && !softWrap(t, i, gap) {
		return 0, 0, false
	}
	e = j
	for e < len(t) && t[e] != ' ' && t[e] != '\t' && t[e] != '\n' && t[e] != ',' && t[e] != ';' && t[e] != ')' {
		e++
	}
	if e == j {
		return 0, 0, false
	}
	return j, e, true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// coordinated is a capitalised word and "and" right before a name: "the
// Choctaw and " of "the Choctaw and Chickasaw Nations".
var coordinated = regexp.MustCompile(`\b[A-Z][A-Za-z'’-]*[ \t]+and[ \t\n]+$`)

// singularHead returns the lower-case singular of a plural kind ("Nations"
// → "nation", "Counties" → "county"), or "" for a word not in the plural.
func singularHead(w string) string {
	l := strings.ToLower(w)
	switch {
	case strings.HasSuffix(l, "ies") && len(l) > 4:
		return l[:len(l)-3] + "y"
	case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && len(l) > 3:
		return l[:len(l)-1]
	}
	return ""
}

// courtLabel is a docketing notice's label after "DC" (the district
// court): "DC Docket #:", "DC Court:", "DC Judge:".
var courtLabel = regexp.MustCompile(`^[ \t]+(?:Docket|Court|Judge)\b`)

// extendOrg grows a tagged span to the whole organisation name the
// tagger cut short in a list of names: over the capitalised words up to an
// organisation word right after it ("St. Albans Union" + "Church",
// "Guilford" + "Christian Fellowship"), and then, for a name with an
// organisation word, over an "of"/"for" tail of capitalised words ("First
// Baptist Church" + "of Waldoboro", "Cherryfield Church" + "of the Open
// Bible"). org reports whether the result names an organisation by its
// words.
func extendOrg(t string, s, e int) (int, bool) {
	hasOrg := func(s, e int) bool {
		for _, w := range strings.Fields(t[s:e]) {
			if orgWords[strings.ToLower(strings.Trim(w, ".,;:"))] {
				return true
			}
		}
		return false
	}
	// Capitalised words up to an organisation word, at most three.
	i := e
	for n := 0; n < 3; n++ {
		ws, we, ok := nextWord(t, i)
		if !ok || !capitalised(t[ws:we]) {
			break
		}
		i = we
		if orgWords[strings.ToLower(strings.TrimRight(t[ws:we], "."))] {
			e = we
			// and the organisation words right after ("Baptist Church").
			for {
				ws, we, ok := nextWord(t, e)
				if !ok || !capitalised(t[ws:we]) || !orgWords[strings.ToLower(strings.TrimRight(t[ws:we], "."))] {
					break
				}
				e = we
			}
			break
		}
	}
	if !hasOrg(s, e) {
		return e, false
	}
	// An "of"/"for" tail: connector, optional "the", capitalised words
	// (with "of", "the", "and" between them), at most six words.
	// A name in capitals has its tail in capitals ("U.S. DEPARTMENT" +
	// "OF LABOR").
	ws, we, ok := nextWord(t, e)
	if ok && t[ws:we] == "and" && ofTail(t[s:e]) {
		return andTail(t, e, we), true
	}
	connector := ok && (t[ws:we] == "of" || t[ws:we] == "for")
	if ok && (t[ws:we] == "OF" || t[ws:we] == "FOR") && !strings.ContainsFunc(t[s:e], unicode.IsLower) {
		connector = true
	}
	if !connector {
		return countryTail(t, e), true
	}
	return countryTail(t, tailEnd(t, we, e, 6, true)), true
}

// companyKind is the kind of company a description gives after the place
// it was formed in: "a Delaware corporation", "a Virginia general
// partnership", "a national banking association".
const companyKind = `(?:limited[ \t]+liability[ \t]+company|(?:general[ \t]+|limited[ \t]+)?partnership|(?:statutory|business)[ \t]+trust|national[ \t]+banking[ \t]+association|(?:banking[ \t]+|business[ \t]+|nonprofit[ \t]+|non-profit[ \t]+)?corporation|company)`

// initialism is a word of initials with their periods: "U.S.", "N.Y.".
var initialism = regexp.MustCompile(`^(?:[A-Z]\.){2,}$`)

// tailEnd walks at most n words from i over capitalised words joined by
// "of", "the" and "and", and returns where the last capitalised word ends
// (end when there is none). A word with a period ends the tail, but for
// initials ("for U.S. Trustees"); with abbrev, "St." goes on and another
// capitalised word with a period is the tail's last, without its period
// ("… of the Open Bible.").
func tailEnd(t string, i, end, n int, abbrev bool) int {
	for ; n > 0; n-- {
		ws, we, ok := nextWord(t, i)
		if !ok {
			break
		}
		w := t[ws:we]
		if w == "the" || w == "of" || w == "and" || w == "THE" || w == "OF" || w == "AND" {
			i = we
			continue
		}
		if initialism.MatchString(w) {
			// "for U.S. Trustees" goes on, "for the U.S. It …" ends a
			// sentence, "for U.S. operations" names no more.
			ns, ne, ok := nextWord(t, we)
			if !ok || sentenceStarters[strings.ToLower(t[ns:ne])] {
				end = we
				break
			}
			if !capitalised(t[ns:ne]) {
				break
			}
			i = we
			continue
		}
		if !capitalised(w) || strings.HasSuffix(w, ".") && !(abbrev && strings.HasSuffix(w, "St.")) {
			if abbrev && capitalised(w) {
				end = ws + len(strings.TrimRight(w, "."))
			}
			break
		}
		end, i = we, we
	}
	return end
}

// purposeTail extends an organisation's name of two or more words that a
// "for" and capitalised words follow over that tail, the way advocacy
// bodies are named ("Americans United" + "for Separation of Church and
// State"); a name ending in a legal form ends there. Connectors "of",
// "the", "and" may join the tail's words; the tail ends at its last
// capitalised word, at most eight words on.
func purposeTail(t string, s, e int) int {
	ws := strings.Fields(t[s:e])
	if len(ws) < 2 || legalForms[strings.ToLower(ws[len(ws)-1])] {
		return e
	}
	fs, fe, ok := nextWord(t, e)
	if !ok || t[fs:fe] != "for" {
		return e
	}
	// "Acme Widgets for Summary Judgment" asks for something.
	if rs, re, ok := nextWord(t, fe); ok && reliefWords[strings.ToLower(t[rs:re])] {
		return e
	}
	return tailEnd(t, fe, e, 8, false)
}

// reliefWords open what a party moves or petitions for.
var reliefWords = wordSet(`summary judgment relief rehearing reconsideration leave review dismissal injunction
	preliminary temporary certiorari attorney attorneys fees costs sanctions damages a an`)

// countryTail extends an organisation's name ending at e over "in the USA",
// "in America", "in the United States": national bodies name their country
// so ("National Council of the Churches of Christ in the USA", "Evangelical
// Lutheran Church in America").
func countryTail(t string, e int) int {
	ws, we, ok := nextWord(t, e)
	if !ok || t[ws:we] != "in" {
		return e
	}
	ws, we, ok = nextWord(t, we)
	if ok && t[ws:we] == "the" {
		ws, we, ok = nextWord(t, we)
	}
	if !ok {
		return e
	}
	switch strings.TrimSuffix(t[ws:we], ".") {
	case "USA", "U.S.A", "America":
		return ws + len(strings.TrimSuffix(t[ws:we], "."))
	case "United":
		if ns, ne, ok := nextWord(t, we); ok && strings.TrimSuffix(t[ns:ne], ".") == "States" {
			return ns + len("States")
		}
	}
	return e
}

// ofTail reports whether name ends with an organisation word's "of"/"for"
// tail ("Department of Health"), which an "and" may continue.
func ofTail(name string) bool {
	ws := strings.Fields(name)
	for i := len(ws) - 2; i >= 0; i-- {
		if (ws[i+1] == "of" || ws[i+1] == "for") && orgWords[strings.ToLower(strings.TrimRight(ws[i], "."))] {
			return true
		}
		if !capitalised(ws[i+1]) && ws[i+1] != "the" && ws[i+1] != "and" {
			return false
		}
	}
	return false
}

// andTail continues an "of" tail over "and" and the capitalised words
// after it, at most three ("Department of Health" + "and Human
// Services"), from e, where the name ends, and i, after the "and". Words
// that name an organisation of their own ("and the Federal Trade
// Commission", "and Acme Corp.") are a second name, not a part of this
// one, and so is a person's title; then the name stays as it was.
func andTail(t string, e, i int) int {
	end := e
	for n := 0; n < 3; n++ {
		ws, we, ok := nextWord(t, i)
		if !ok {
			// The name runs on past a line break the tail may not cross
			// ("Health and Human" / "Services"): where it ends is unknown.
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[i:], " \t\n")); end > e && unicode.IsUpper(r) && strings.Contains(t[i:min(len(t), i+16)], "\n") {
				return e
			}
			break
		}
		if !capitalised(t[ws:we]) {
			break
		}
		w := strings.ToLower(strings.TrimRight(t[ws:we], "."))
		if orgWords[w] || orgSuffix[w] || orgSuffix[w+"."] || leadingNoise[w] || jobWords[w] {
			return e
		}
		if strings.HasSuffix(t[ws:we], ".") {
			return ws + len(strings.TrimRight(t[ws:we], "."))
		}
		end, i = we, we
	}
	return end
}

// polityPair is a compound of two places used as an adjective
// ("Arkansas-Louisiana border", "Texas-Oklahoma"), not a place.
func polityPair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && locationSet[strings.ToLower(a)] && locationSet[strings.ToLower(b)]
}

// prevWord returns the word ending before position i of t, under the same
// conditions as nextWord; a word ending in a comma, semicolon or colon
// belongs to the phrase before and is not returned.
func prevWord(t string, i int) (s, e int, ok bool) {
	j := i
	for j > 0 && (t[j-1] == ' ' || t[j-1] == '\t' || t[j-1] == '\n') {
		j--
	}
	gap := t[j:i]
	if j == i || j == 0 || wideGap(gap) && !strings.Contains(gap, "\n") ||
		strings.Contains(gap, "\n") && !softWrap(t, j, gap) {
		return 0, 0, false
	}
	s = j
	for s > 0 && t[s-1] != ' ' && t[s-1] != '\t' && t[s-1] != '\n' && t[s-1] != '(' {
		s--
	}
	if strings.ContainsAny(t[j-1:j], ",;:") {
		return 0, 0, false
	}
	return s, j, true
}

// extendOrgBack grows a span that follows "… <organisation word> of" back
// to the start of that organisation's name ("Bangor" in "The Rock Church
// of Bangor", "American Rabbis" in "Central Conference of American
// Rabbis"): a name inside a name is part of it.
func extendOrgBack(t string, s int) (int, bool) {
	// A span that starts with its organisation word lost the words before
	// it ("Calvary" + "Chapel of Bangor").
	if w, _, _ := strings.Cut(t[s:], " "); orgWords[strings.ToLower(w)] {
		start := s
		for n, i := 0, s; n < 3; n++ {
			ps, pe, ok := prevWord(t, i)
			if !ok || !capitalised(t[ps:pe]) || leadingNoise[strings.ToLower(t[ps:pe])] && t[ps:pe] != "The" {
				break
			}
			start, i = ps, ps
		}
		if start < s {
			return start, true
		}
	}
	ws, we, ok := prevWord(t, s)
	if !ok || (t[ws:we] != "of" && t[ws:we] != "for") {
		return s, false
	}
	i, start, org := ws, s, false
	for n := 0; n < 5; n++ {
		ps, pe, ok := prevWord(t, i)
		if !ok {
			break
		}
		w := t[ps:pe]
		if w == "of" || w == "the" || w == "and" {
			i = ps
			continue
		}
		if !capitalised(w) || w != "The" && leadingNoise[strings.ToLower(w)] {
			break
		}
		org = org || orgWords[strings.ToLower(strings.TrimRight(w, "."))]
		i = ps
		if org {
			start = ps
		}
	}
	return start, org
}

var (
	vessel       = regexp.MustCompile(`\b(?:MV|M/V|M\.V\.|SS|USS|HMS|RMS|MT|M/T)[ \t]+$`)
	vesselName   = regexp.MustCompile(`^(?:MV|M/V|M\.V\.|SS|USS|HMS|RMS|MT|M/T)[ \t]+[A-Z]`)
	incorporated = regexp.MustCompile(`^[ \t]+` + companyKind + `\b`)
	article      = regexp.MustCompile(`(?i)\ban?\s+$`)
	signedBy     = regexp.MustCompile(`(?:By:?|/s/|\bs/|(?:^|\s)I,)[ \t]*$`)
	titleAfter   = regexp.MustCompile(`^,[ \t]*(?:Chief|Managing|Vice|Executive|General|Senior|Assistant|Deputy|President|Director|Secretary|Treasurer|Manager|Partner|Member|Officer|Counsel|Trustee|Authorized)\b`)
)

// documentKinds are kinds of documents and instruments, which a contract
// capitalises as it does names.
var documentKinds = wordSet(`agreement agreements lease leases indenture indentures note notes amendment
	amendments supplement guaranty guarantee mortgage deed certificate schedule exhibit`)

// instrumentNames drops the tagger's names that the document writes only
// right before a kind of document ("Treasury" of "the U.S. Treasury note"
// and "the Treasury Note Maturity"): there they say which instrument is
// meant, and nowhere do they name a party. A name written anywhere else,
// or found by a pattern or a definition, is kept ("the Gold Hill Note"
// beside "Gold Hill" alone).
func instrumentNames(doc []rune, ms []Mention) []Mention {
	only := map[string]bool{} // nameKey → every mention is before an instrument
	for _, m := range ms {
		if !nameType(m.Type) {
			continue
		}
		k := nameKey(m.Text)
		before := m.Source == SourceModel && m.End <= len(doc) && beforeInstrument(doc, m.End)
		if prev, seen := only[k]; seen {
			only[k] = prev && before
		} else {
			only[k] = before
		}
	}
	out := ms[:0:0]
	for _, m := range ms {
		if nameType(m.Type) && only[nameKey(m.Text)] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// beforeInstrument reports whether a kind of document follows rune offset
// i of doc on the same line, right away or after the rest of its title:
// "and", "&" and up to three capitalised words ("Master Services" + "and
// Loan Agreement").
func beforeInstrument(doc []rune, i int) bool {
	for n := 0; n < 5; n++ {
		for i < len(doc) && (doc[i] == ' ' || doc[i] == '\t') {
			i++
		}
		j := i
		for j < len(doc) && (unicode.IsLetter(doc[j]) || doc[j] == '&') {
			j++
		}
		w := string(doc[i:j])
		switch lw := strings.ToLower(w); {
		case documentKinds[lw]:
			return true
		case w == "" || lw != "and" && w != "&" && !capitalised(w):
			return false
		}
		i = j
	}
	return false
}

// clauseName reports whether a capitalised phrase is a contract's heading
// or instrument, not a party: a role after "of" or "for" ("Representations
// of Company", "Liability for Obligations of the Company"; a bank's name,
// "Bank of America Corporation", is none), role words
// alone ("Parent Company"), or a kind of document at its end or before "of"
// ("Fifth Supplemental Lease", "Indenture of Trust").
func clauseName(s string) bool {
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ".,;:"); w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	if documentKinds[last] || documentKinds[ws[0]] && ws[1] == "of" {
		return true
	}
	if !partyTerms[last] {
		return false
	}
	roles := true
	for i, w := range ws[:len(ws)-1] {
		// A bank's or a trust's name goes on over "of" ("Bank of America
		// Corporation").
		if (w == "of" || w == "for") && !(w == "of" && i > 0 && (ws[i-1] == "bank" || ws[i-1] == "trust")) {
			return true
		}
		roles = roles && (partyTerms[w] || w == "the" || w == "other")
	}
	return roles
}

// leadingRoles counts the job titles and role words that open an
// organisation's name ending in a legal form and leave at least two words
// of it ("Director Bizexpress Limited" → 1); 0 otherwise. One word that
// opens companies' names as often as titles ("General Motors Company",
// "Senior Housing Properties Trust") is the name's, and so are the words
// before "of" ("Bank of America Corporation").
func leadingRoles(ws []string) int {
	if len(ws) < 3 {
		return 0
	}
	if !legalFormWord(strings.Trim(ws[len(ws)-1], ",;:")) {
		return 0
	}
	n := leadingWords(ws, 2, func(lw string) bool { return jobWords[lw] || titleWords[lw] || partyTerms[lw] || roleWords[lw] })
	if n == 1 && companyOpeners[strings.ToLower(ws[0])] {
		return 0
	}
	// "Bank of America Corporation", "Trust of …": the name goes on over
	// "of" after its first word, which no title ends.
	if n > 0 && (ws[n] == "of" || ws[n] == "OF") {
		return 0
	}
	return n
}

// companyOpeners are the title words that open companies' names
// ("General Electric Company", "Associate Bancorp, Inc.").
var companyOpeners = wordSet(`general senior associate financial operating managing`)

// leadingWords counts the words at the start of ws, in lower case, that
// in accepts, leaving at least keep words.
func leadingWords(ws []string, keep int, in func(lw string) bool) int {
	n := 0
	for n < len(ws)-keep && in(strings.ToLower(ws[n])) {
		n++
	}
	return n
}

// legalFormWord reports whether w (any case) is a company's legal form,
// abbreviated ("Inc", "Ltd.") or written out ("Limited", "Corporation",
// "Company").
func legalFormWord(w string) bool {
	w = strings.ToLower(w)
	return legalForms[w] || legalForms[w+"."] || w == "limited" || w == "corporation" || w == "company"
}

// afterWords returns the offset of the (n+1)th space-separated word of
// t at or after s: s moved past n words.
func afterWords(t string, s, n int) int {
	for ; n > 0; n-- {
		for s < len(t) && !unicode.IsSpace(rune(t[s])) {
			s++
		}
		for s < len(t) && unicode.IsSpace(rune(t[s])) {
			s++
		}
	}
	return s
}

// letterOf is what may stand before an organisation's name in a pattern's
// span without being part of it: a lower-case "the", or a lettered
// regulation and "of" ("U of the Federal Reserve Board").
var letterOf = regexp.MustCompile(`^(?:[A-Z][ \t]+of[ \t]+)?(?:the[ \t]+)?`)

// afterLetterOf moves the start of the name [s, e) of t past letterOf,
// when a name is left.
func afterLetterOf(t string, s, e int) int {
	n := len(letterOf.FindString(t[s:e]))
	if n == 0 || s+n >= e {
		return s
	}
	return s + n
}

// polityOf is the "Commonwealth of " or "State of " right before a place.
var polityOf = regexp.MustCompile(`\b(?:Commonwealth|COMMONWEALTH|State|STATE)[ \t]+(?:of|OF)[ \t]+$`)

// afterJobTitle moves the start of a name past a job title and "of" that
// open it ("Chief Executive Officer of Halvorsen Maritime Logistics,
// Inc."): the title is the person's, the organisation follows.
func afterJobTitle(t string, s, e int) int {
	ws := strings.Fields(t[s:e])
	i := 0
	for i < len(ws) && jobWords[strings.ToLower(ws[i])] {
		i++
	}
	if i == 0 || i+1 >= len(ws) || ws[i] != "of" {
		return s
	}
	if k := strings.Index(t[s:e], " of "); k >= 0 {
		ns := s + k + len(" of ")
		if strings.HasPrefix(t[ns:e], "the ") {
			ns += len("the ")
		}
		return ns
	}
	return s
}

// oneSensePerName gives every tagger mention of a multi-word name the
// type most of that name's tagger mentions have in the document: the
// tagger reads "Margit Ellensby" as a person after "I," and under "/s/",
// and may still call her an organisation on a line of her own. Ties are
// left alone, and so is a litigant state the tagger reads as an
// organisation (polityName: "STATE OF MINNESOTA"), which a file stamp's
// "State of Minnesota", a place, does not outvote.
func oneSensePerName(ms []Mention) []Mention {
	votes := map[string]map[string]int{}
	for _, m := range ms {
		if m.Source == SourceModel && nameType(m.Type) && strings.ContainsAny(m.Text, " \t\n") {
			k := nameKey(m.Text)
			if votes[k] == nil {
				votes[k] = map[string]int{}
			}
			votes[k][m.Type]++
		}
	}
	for i, m := range ms {
		if m.Source != SourceModel || !nameType(m.Type) || !strings.ContainsAny(m.Text, " \t\n") {
			continue
		}
		v := votes[nameKey(m.Text)]
		best, n, tie := "", 0, false
		for _, typ := range []string{TypePerson, TypeOrg, TypeLocation} {
			switch {
			case v[typ] > n:
				best, n, tie = typ, v[typ], false
			case v[typ] == n && n > 0:
				tie = true
			}
		}
		if !tie && best != m.Type && !(m.Type == TypeOrg && best == TypeLocation && polityName.MatchString(m.Text)) {
			ms[i].Type = best
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// propagateNames makes every other occurrence of a name the tagger found,
// written the same way (same words, same case, spaces and a paragraph's
// wrap between them), a mention of the same type, unless a pattern, a
// defined term or a longer name holds the place (merge decides): the
// tagger reads each chunk on its own and misses in one sentence a name it
// found in another ("Shanghai Solutions" defined, then read as the place
// "Shanghai"). An organisation's name without its legal forms, the
// tagger's or a pattern's, is propagated the same way ("VRINGO" of
// "VRINGO, INC."). A name given two types is left alone, and none lands
// inside a case's name. It runs on the whole document, after the
// per-chunk cache, like retype.
func propagateNames(cr chunk.Result, ms []Mention) []Mention {
	// Names by their words, which Tokenize gives for the text too, so a
	// match is a run of equal tokens: linear in the text, however many
	// names there are.
	type name struct {
		words []string
		typ   string // "" once the name was given two types
	}
	byKey := map[string]*name{}
	var names []*name
	add := func(words []string, t string) {
		k := strings.Join(words, " ")
		if len([]rune(k)) < 3 {
			return
		}
		switch n, seen := byKey[k]; {
		case !seen:
			byKey[k] = &name{words, t}
			names = append(names, byKey[k])
		case n.typ != t:
			n.typ = "" // two types: left alone
		}
	}
	// A case's name holds its parties: a name inside a cited case's is
	// part of it, not a mention of its own (the guideline's parties of
	// cited cases), and no source of one either: "Marlow Freight" of
	// "Marlow Freight Co. v. First Tidewater Bank" is, alone, the case's
	// short form. Case mentions by start, for a binary search; they
	// barely overlap, so the few before a name are the ones to check.
	var cases []Mention
	for _, m := range ms {
		if m.Type == TypeCase {
			cases = append(cases, m)
		}
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Start < cases[j].Start })
	inCase := func(s, e int) bool {
		i := sort.Search(len(cases), func(i int) bool { return cases[i].Start >= e })
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			if cases[k].End > s {
				return true
			}
		}
		return false
	}
	for _, m := range ms {
		if m.Source == SourceDefined || !nameType(m.Type) || inCase(m.Start, m.End) {
			continue
		}
		var words []string
		for _, t := range Tokenize(m.Text) {
			words = append(words, m.Text[t.Start:t.End])
		}
		// A person a pattern found by a title, a signature or a party's
		// description ("Bing Yu ("Borrower"), a citizen of …") is the same
		// person on the lines where nothing marks the name ("Name:" above
		// it, "Borrower: Bing Yu").
		if m.Source == SourceModel || m.Source == SourcePattern && m.Type == TypePerson && len(words) > 1 {
			add(words, m.Type)
			// A caption or signature block writes in capitals the name the
			// text writes in title case, and the other way round
			// ("AKAMAI TECHNOLOGIES" / "Akamai Technologies").
			if other := otherCase(words); other != nil && m.Source == SourceModel {
				add(other, m.Type)
			}
		}
		if m.Type == TypeOrg {
			if short := withoutLegalForm(words); short != nil {
				add(short, TypeOrg)
			}
		}
	}
	byFirst := map[string][]*name{}
	for _, n := range names {
		if n.typ != "" {
			byFirst[n.words[0]] = append(byFirst[n.words[0]], n)
		}
	}
	if len(byFirst) == 0 {
		return ms
	}
	for _, ns := range byFirst {
		// Longest first, then in the order first found.
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
	}
	out := ms
	for _, c := range cr.Chunks {
		toks := Tokenize(c.Text)
		var idx []int
		for i := 0; i < len(toks); i++ {
		names:
			for _, n := range byFirst[c.Text[toks[i].Start:toks[i].End]] {
				if i+len(n.words) > len(toks) {
					continue
				}
				for k := 1; k < len(n.words); k++ {
					gap := c.Text[toks[i+k-1].End:toks[i+k].Start]
					if c.Text[toks[i+k].Start:toks[i+k].End] != n.words[k] ||
						columnBreak(gap) && !softWrap(c.Text, toks[i+k-1].End, gap) {
						continue names
					}
				}
				if idx == nil {
					idx = runeIndex(c.Text)
				}
				m := chunkMention(c, idx, toks[i].Start, toks[i+len(n.words)-1].End, n.typ, SourceModel, "")
				if !inCase(m.Start, m.End) {
					out = append(out, m)
				}
				i += len(n.words) - 1
				break
			}
		}
	}
	return merge(out)
}

// caseSmallWords stay in lower case inside a name written in title case.
var caseSmallWords = wordSet(`of the and for in on at de du la von van der`)

// otherCase returns a name of two or more words in the other of capitals
// and title case ("SILICON VALLEY BANK" / "Silicon Valley Bank", "BANK OF
// AMERICA" / "Bank of America"), or nil for a name of one word or one
// written in neither.
func otherCase(words []string) []string {
	letters, upper, title := 0, true, true
	for i, w := range words {
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		letters++
		if strings.ToUpper(w) != w {
			upper = false
		}
		if tc := titleWord(w, i > 0); tc != w {
			title = false
		}
	}
	if letters < 2 || upper == title {
		return nil
	}
	out := make([]string, len(words))
	for i, w := range words {
		if upper {
			out[i] = titleWord(w, i > 0)
		} else {
			out[i] = strings.ToUpper(w)
		}
	}
	return out
}

// titleWord writes w with a capital and the rest in lower case, or all
// in lower case when it is a small word inside a name.
func titleWord(w string, inside bool) string {
	lw := strings.ToLower(w)
	if inside && caseSmallWords[lw] {
		return lw
	}
	r, n := utf8.DecodeRuneInString(lw)
	return string(unicode.ToUpper(r)) + lw[n:]
}

// withoutLegalForm returns an organisation's name without its legal
// forms ("VRINGO" of "VRINGO, INC.", "Shanghai Solutions Software" of
// "Shanghai Solutions Software Co., Ltd."), the short name contracts and
// letters use for it, or nil when nothing is left that names it alone.
func withoutLegalForm(words []string) []string {
	n, forms := len(words), 0
	for ; n > 0; n-- {
		if w := words[n-1]; legalFormWord(w) {
			forms++
		} else if w != "," && w != "." {
			break
		}
	}
	if forms == 0 || n == 0 {
		return nil
	}
	short := words[:n]
	r, _ := utf8.DecodeRuneInString(short[0])
	if !unicode.IsUpper(r) {
		return nil
	}
	if n == 1 {
		w := strings.ToLower(short[0])
		if len(w) < 4 || leadingNoise[w] || roleWords[w] || genericOrg[w] || orgWords[w] || orgSuffix[w] || locationSet[w] {
			return nil
		}
	}
	return short
}

// completeNames extends a one-word tagger name over the word before it
// when the two words are a name the document mentions elsewhere ("a New
// Aldershire limited liability company" where the tagger took only
// "Aldershire"), taking that name's type.
func completeNames(doc []rune, ms []Mention) []Mention {
	full := map[string]string{}
	for _, m := range ms {
		if nameType(m.Type) && len(strings.Fields(m.Text)) == 2 {
			full[oneSpace(m.Text)] = m.Type
		}
	}
	for i, m := range ms {
		if m.Source != SourceModel || !nameType(m.Type) || strings.ContainsAny(m.Text, " \t\n") || m.Start < 2 || doc[m.Start-1] != ' ' {
			continue
		}
		j := m.Start - 1
		for j > 0 && unicode.IsLetter(doc[j-1]) || j > 0 && doc[j-1] == '.' {
			j--
		}
		if j == m.Start-1 {
			continue
		}
		if typ, ok := full[string(doc[j:m.Start-1])+" "+m.Text]; ok {
			ms[i].Start, ms[i].Text, ms[i].Type = j, string(doc[j:m.End]), typ
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// genericCourt are the words that, with court words, make a court no one
// could find ("Federal District Court", "the Court of Appeals").
var genericCourt = wordSet(`of the for federal state trial appellate united states u.s.`)

// kindWords name kinds of places and bodies, never one in particular.
var kindWords = wordSet(`center centre building office group unit section branch`)

// pluralKinds are kinds of party or polity in the plural, which a text
// capitalises for the ones it means ("the signatory States", "the Parties")
// without naming any of them.
var pluralKinds = wordSet(`states parties signatories members countries governments nations tribes`)

// businessWords say what line of business a company is in.
var businessWords = wordSet(`insurance life title trust mortgage holding investment investments management service
	services finance financial savings loan casualty property mutual surety guaranty indemnity fire marine
	health medical utility utilities transport shipping trading leasing realty limited liability
	non-profit nonprofit not-for-profit non-stock nonstock professional municipal`)

// trustKinds say what kind of trust a trust is.
var trustKinds = wordSet(`the revocable irrevocable living family testamentary charitable remainder land spendthrift grantor`)

// kindOfBusiness reports whether name says only what kind of company it
// is ("Insurance Company", "Life Insurance Company", "Trust Co.", a
// contract's title's "LIMITED LIABILITY COMPANY"): it
// names no one, as a caption's wrapped second line ("Dearborn National
// Life" / "Insurance Company") shows.
func kindOfBusiness(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	// "REVOCABLE LIVING TRUST" of a trust agreement's title.
	if strings.EqualFold(ws[len(ws)-1], "trust") && !slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return !trustKinds[strings.ToLower(w)] }) {
		return true
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if i == 0 && lw == "the" {
			continue
		}
		last := i == len(ws)-1
		if !(businessWords[lw] || last && (genericOrg[lw] || orgSuffix[lw] || legalForms[lw])) {
			return false
		}
		if last && businessWords[lw] {
			return false
		}
	}
	return true
}

// kindOfBody reports whether the organisation name [s, e) of t follows
// an indefinite article: "an Administrative Separation Board", "a Federal
// Reserve Bank" is one of a kind of body, not a body the text names.
func kindOfBody(t string, s, e int) bool {
	ws := strings.Fields(t[s:e])
	if len(ws) < 2 || !article.MatchString(t[max(0, s-4):s]) {
		return false
	}
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))
	return genericOrg[last] || orgSuffix[last]
}

// redundantHead returns the end of an acronym that opens name [s, e) of t
// when the one word after it repeats the acronym's last word ("NDRB Board"
// for the Naval Discharge Review Board, "SEC Commission"): the acronym is the
// name. Otherwise it returns e.
func redundantHead(t string, s, e int) int {
	ws := strings.Fields(t[s:e])
	if len(ws) != 2 || !acronym(ws[0]) || len(ws[0]) < 2 {
		return e
	}
	head := strings.ToLower(strings.Trim(ws[1], ".,;:"))
	if !(orgWords[head] || orgSuffix[head] || genericOrg[head]) || ws[0][len(ws[0])-1] != ws[1][0] {
		return e
	}
	return s + len(ws[0])
}

// partWords open a reference to a part of a text.
var partWords = wordSet(`art. arts. sec. secs. ch. pt. para. paras. cl. subd. tit.`)

// acronym reports whether w is two to five capital letters.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// postalCodes are the states' two-letter codes.
var postalCodes = func() map[string]bool {
	m := map[string]bool{}
	for c := range PostalStates {
		m[c] = true
	}
	return m
}()

// PostalStates are the states' postal codes (and DC's and Puerto Rico's),
// with the name each stands for, lower case.
var PostalStates = map[string]string{
	"AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california", "CO": "colorado",
	"CT": "connecticut", "DE": "delaware", "DC": "district of columbia", "FL": "florida", "GA": "georgia",
	"HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas",
	"KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts",
	"MI": "michigan", "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
	"NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico",
	"NY": "new york", "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
	"OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina", "SD": "south dakota",
	"TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont", "VA": "virginia", "WA": "washington",
	"WV": "west virginia", "WI": "wisconsin", "WY": "wyoming", "PR": "puerto rico",
}

// signatory finds a person at the start of a line of a signature block or
// a copy list, by the title that follows on the same line or opens the
// next: "Desmond Okafor, Chief Financial Officer", "Priya Castellanos" over
// "Partner, Brannock & Vey LLP", a message's "Jane Doe | Partner". Group 1
// is the name.
var signatory = regexp.MustCompile(`(?m)^[ \t]*(?:cc:[ \t]*|By:[ \t]*|/s/[ \t]*)?([A-Z][a-z][A-Za-z'’\-]*(?:[ \t]+(?:[A-Z][a-z][A-Za-z'’\-]*|[A-Z]\.)){1,3})(?:,[ \t]*|[ \t]*\|[ \t]*|[ \t]*\n[ \t]*)(?:Chief|Managing|Vice|Executive|General|Senior|Partner|President|Director|Secretary|Treasurer|Manager|Counsel|Notary|Attorney|Associate)\b`)

// contactLabel opens the person a contract's notice or signature block
// names: "Attn.:", "Name:" or "/s/" ("Attn.: Zhang Jilun", "Name: Chen
// Shuning Title: Chairman"), on the same line or, below a label that ends
// its line, the next ("Name:" / "Bing Yu").
var contactLabel = regexp.MustCompile(`(?:\b(?:Attn|ATTN|Attention|Name|NAME)[ \t]*\.?[ \t]*:|/[ \t]*s[ \t]*/)[ \t]*(?:\n[ \t]*)?`)

// contactName is the name after a contact label, with what may follow it on
// the line; group 1.
var contactName = regexp.MustCompile(`^([A-Z][a-z][A-Za-z'’\-]*(?:[ \t]+(?:[A-Z][a-z][A-Za-z'’\-]*|[A-Z]\.)){1,3})`)

// contactDepartments end the name of a department or an office a notice
// is for, which is no person: "Attn: Loan Operations", "Attention: Legal
// Department", "Attn: General Counsel".
var contactDepartments = wordSet(`operations department dept legal administration treasury services servicing group division team desk
	unit section affairs compliance counsel officer manager president director secretary administrator agent closing`)

// contactStops end a contact's name: the block's next label.
var contactStops = wordSet(`title address tel telephone fax email phone by date name attn with its`)

// signatories returns the people signature lines and notice blocks name;
// the tagger misses some of them, since they stand outside any sentence.
func signatories(t string) []cand {
	var out []cand
	for _, m := range signatory.FindAllStringSubmatchIndex(t, -1) {
		if personLike(t[m[2]:m[3]]) && !hasOrgWord(t[m[2]:m[3]]) {
			out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	for _, l := range contactLabel.FindAllStringIndex(t, -1) {
		m := contactName.FindStringSubmatchIndex(t[l[1]:])
		if m == nil {
			continue
		}
		s, e := l[1]+m[2], l[1]+m[3]
		ws := strings.Fields(t[s:e])
		n := 0
		for n < len(ws) && !contactStops[strings.ToLower(strings.TrimRight(ws[n], ".:"))] {
			n++
		}
		if n < 2 {
			continue
		}
		e = afterWords(t, s, n-1) + len(ws[n-1])
		if personLike(t[s:e]) && !hasOrgWord(t[s:e]) && !clauseName(t[s:e]) && !contactDepartments[strings.ToLower(strings.TrimRight(ws[n-1], ".,;:"))] {
			out = append(out, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// personClue is what a contract says of a party that only a natural person
// is: a citizen, a national or a resident of a country, an individual, an
// address where one resides, a passport or an identity card.
const personClue = `(?i:a[ \t]+(?:citizen|national|resident)[ \t]+of|an[ \t]+individual|residing[ \t]+at|(?:holder[ \t]+of|with)[ \t]+(?:[A-Za-z]+[ \t]+)?(?:passport|identification|identity[ \t]+card|ID[ \t]+card))\b`

// quotedTerm is a term defined in parentheses: (the "Borrower"), (“Lender”).
const quotedTerm = `\(\s*(?:the\s+)?["“][^"”()\n]{1,40}["”]\s*\)`

// personParty finds a party a contract introduces as a natural person: its
// name, its defined term and a description only a person has, after the
// term or between the name and it ("Bing Yu ("Borrower"), a citizen of
// China", "Jane Roe, an individual residing at … (the "Guarantor")"). The
// tagger, which has seen such names mostly in other roles, misses some;
// the definition then names nobody. Group 1 is the name.
var personParty = regexp.MustCompile(`((?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)){1,5})` +
	`(?:[ \t]*` + quotedTerm + `,?\s+` + personClue + `|,[ \t]+` + personClue + `[^()]{0,200}` + quotedTerm + `)`)

// partiesIntro are the words that open a contract's list of parties.
var partiesIntro = wordSet(`between among amongst parties party`)

// afterIntro returns the start of the name [s, e) of t past the words
// that introduce a party rather than name it: a connector or a list's
// opening ("BETWEEN", "either") and a role ("Borrower"). The last word
// stays.
func afterIntro(t string, s, e int) int {
	return afterWords(t, s, leadingWords(strings.Fields(t[s:e]), 1, func(lw string) bool {
		return leadingNoise[lw] || partiesIntro[lw] || partyTerms[lw]
	}))
}

// individualParty is a party a contract calls an individual, in a list
// whose defined term comes after the last party or not at all ("Sharon
// Virginia Alexander, an individual residing at …, Mark Jeffrey Spatz, an
// individual residing at …"). Group 1 is the name.
var individualParty = regexp.MustCompile(`((?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)){1,4}),[ \t]+an[ \t]+individual\b`)

// personParties returns the natural persons contract parties are
// (personParty, individualParty): the name's words after any leading role
// or connector (afterIntro), when what is left can be a person's.
func personParties(t string) []cand {
	var out []cand
	ms := personParty.FindAllStringSubmatchIndex(t, -1)
	if strings.Contains(t, "n individual") {
		for _, m := range individualParty.FindAllStringSubmatchIndex(t, -1) {
			if !slices.ContainsFunc(ms, func(o []int) bool { return o[3] == m[3] }) {
				ms = append(ms, m)
			}
		}
	}
	for _, m := range ms {
		s, e := afterIntro(t, m[2], m[3]), m[3]
		if name := t[s:e]; personLike(name) && !hasOrgWord(name) && !clauseName(name) {
			out = append(out, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// possessiveFirm finds a company named with a possessive, the way rating
// agencies are ("Standard & Poor's Ratings Group", "Moody's Investors
// Service, Inc."): group 1 is the possessor, group 2 the words after "'s",
// which firmTails must end, or a business's or a trade's head
// (businessHeads, tradeHeads; not a unit's, "DEA's El Paso Division")
// after one owner's word ("Conn's Appliances"); the tagger reads the
// possessor alone as a person.
var possessiveFirm = regexp.MustCompile(`\b((?:[A-Z][A-Za-z]*|&)(?:[ \t]+(?:[A-Z][A-Za-z]*|&)){0,3})[ \t]*['’][ \t]*s[ \t]+((?:[A-Z][A-Za-z]+[ \t]+){0,3}[A-Z][A-Za-z]+)(?:[ \t]*,?[ \t]*(?:Inc|LLC|Ltd|Corp)\b\.?)?`)

// firmTails end the name of a company after a possessive.
var firmTails = wordSet(`group service services corporation company holdings`)

// jurisdictionFirm finds a company whose name carries its place in
// parentheses before its legal form ("Codan Trust Company (Cayman)
// Limited", "Vringo (Israel) Ltd."): one name, which the tagger splits
// into an organisation and a person or place. Group 1 is the name before
// the parenthesis, group 2 the place.
var jurisdictionFirm = regexp.MustCompile(`\b((?:[A-Z][A-Za-z&'’\-]*[ \t]+){0,5}[A-Z][A-Za-z&'’\-]*)[ \t]*\([ \t]*([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2})[ \t]*\)[ \t]*,?[ \t]*(?:Limited|LIMITED|Ltd\b\.?|LTD\b\.?|Inc\b\.?|INC\b\.?|LLC\b|L\.P\.|GmbH\b|AG\b|S\.A\.|B\.V\.|N\.V\.|PLC\b|plc\b|Pte\.?[ \t]+Ltd\b\.?)`)

// companyNames returns the companies possessiveFirm and jurisdictionFirm
// find, without a leading connector or role ("either", "Borrower").
func companyNames(t string) []cand {
	var out []cand
	// Most chunks have neither kind of name: two cheap looks spare them
	// the full expressions, whose leading repetitions are slow to scan.
	if firmTailWord.MatchString(t) {
		out = possessiveFirms(t, out)
	}
	if jurisdictionForm.MatchString(t) {
		out = jurisdictionFirms(t, out)
	}
	return out
}

// firmTailWord is a word a possessive company's name ends with
// (firmTails, and a business's or a trade's head: businessHeads,
// tradeHeads), in title case or in capitals.
var firmTailWord = func() *regexp.Regexp {
	var alts []string
	for _, set := range []map[string]bool{firmTails, businessHeads, tradeHeads} {
		for w := range set {
			if w == strings.Trim(w, ".'’") && w != "" {
				alts = append(alts, regexp.QuoteMeta(strings.ToUpper(w[:1])+w[1:]), regexp.QuoteMeta(strings.ToUpper(w)))
			}
		}
	}
	slices.Sort(alts)
	return regexp.MustCompile(`\b(?:` + strings.Join(slices.Compact(alts), "|") + `)\b`)
}()

// jurisdictionForm is a closing parenthesis right before a legal form, as
// a jurisdictionFirm has it.
var jurisdictionForm = regexp.MustCompile(`\)[ \t]*,?[ \t]*(?:Limited|LIMITED|Ltd|LTD|Inc|INC|LLC|L\.P\.|GmbH|AG|S\.A\.|B\.V\.|N\.V\.|PLC|plc|Pte)`)

// possessiveFirms appends possessiveFirm's companies to out.
func possessiveFirms(t string, out []cand) []cand {
	for _, m := range possessiveFirm.FindAllStringSubmatchIndex(t, -1) {
		tail := strings.Fields(strings.ToLower(t[m[4]:m[5]]))
		s := afterIntro(t, m[2], m[3])
		// A business's or a trade's head ends the name of one owner's
		// business ("Dick’s Heating", "Conn's Appliances"), not after a
		// person's full name or a known place's ("Don Anderson's Great
		// Planes Model Distributors", "Chicago's Furniture Shop").
		owner := t[s:m[3]]
		business := (businessHead(tail[len(tail)-1]) || tradeHeads[tail[len(tail)-1]]) && !strings.ContainsAny(owner, " \t") && !knownPlace(owner)
		if lo := strings.ToLower(owner); !firmTails[tail[len(tail)-1]] && !business || leadingNoise[lo] || partyTerms[lo] || courtWords[lo] || clauseName(t[m[4]:m[5]]) || agencyAt(t, m[4]) {
			continue // an agency after its department's or its body's possessive is the agency: "NOAA's National Marine Fisheries Service"
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: m[1], source: SourcePattern})
	}
	return out
}

// jurisdictionFirms appends jurisdictionFirm's companies to out.
func jurisdictionFirms(t string, out []cand) []cand {
	for _, m := range jurisdictionFirm.FindAllStringSubmatchIndex(t, -1) {
		if place := strings.ToLower(t[m[4]:m[5]]); partyTerms[place] || leadingNoise[place] {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: afterIntro(t, m[2], m[3]), end: m[1], source: SourcePattern})
	}
	return out
}

// briefFirm finds the firm that closes a list of counsel "on brief", the
// way appellate opinions credit a brief ("…, Daniel J. Schmid, and Liberty
// Counsel were on brief, for appellant"; "Stephen C. Whiting and The
// Whiting Law Firm on brief for …"): the lawyers come first, with their
// initials, and their firm last, after "and". A name with an initial is a
// lawyer (the words exclude initials). Group 1 is the firm.
var briefFirm = regexp.MustCompile(`\band` + partyGap + `((?:The` + partyGap + `)?` + properW + `(?:` + partyGap + `(?:` + properW + `|&))*)` + partyGap + `(?:were` + partyGap + `|was` + partyGap + `)?on` + partyGap + `brief\b`)

// briefFirms returns the firms of the text's counsel lists (briefFirm); the
// tagger reads a firm named after its partners there as a person.
func briefFirms(t string) []cand {
	var out []cand
	for _, m := range briefFirm.FindAllStringSubmatchIndex(t, -1) {
		out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// jobTitle reports whether every word of s is a word of a job or a title
// ("Judge Advocate", "Chief Executive Officer"): a position, not a name.
func jobTitle(s string) bool {
	job := false
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		switch {
		case jobWords[lw] || titleWords[lw]:
			job = true
		case lw != "of" && lw != "the" && lw != "case" && !courtWords[lw]:
			return false
		}
	}
	return job
}

// wrappedName finds the rest of a person's name on the next line of a
// paragraph: a middle initial and a surname ("Jeffrey" / "I. Pasek").
var wrappedName = regexp.MustCompile(`^[ \t]*\n[ \t]*[A-Z]\.[ \t]+[A-Z][a-z][A-Za-z'’\-]*`)

// saintName is the rest of a name that "St" opens: ". Pierre".
var saintName = regexp.MustCompile(`^\.[ \t]+[A-Z][A-Za-z'’\-]+`)

func hasOrgWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if orgWords[strings.ToLower(strings.Trim(w, ".,;:"))] {
			return true
		}
	}
	return false
}

// unitEnds are the last words of a company's division or line of
// business, which end no one's name.
var unitEnds = wordSet(`division products incorporated`)

// tradeEnd reports whether w ends a business's name and no one's: a
// company's unit's word (unitEnds), a business's head word (businessHead),
// a trade's (tradeHeads) or a medical practice's field (practiceHeads).
func tradeEnd(w string) bool {
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	return unitEnds[lw] || tradeHeads[lw] || practiceHeads[lw] || businessHead(w)
}

// orgWordPeople types a person of two words or more that an orgWords
// word is in, or a business's word ends (tradeEnd), an organisation,
// as shapeName types the tagger's names: the patterns' case parties
// ("Crawfish Processors Alliance v. United States", "Western Presbyterian
// Church v. Board"), which they type by their length, and the tagger's
// ("Sperry Remington Division", "POURfect Products", "Marchon Eyewear").
func orgWordPeople(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ == TypePerson && strings.ContainsRune(t[c.start:c.end], ' ') && (hasOrgWord(t[c.start:c.end]) || tradeEnd(lastWord(t[c.start:c.end]))) {
			cs[i].typ = TypeOrg
		}
	}
	return cs
}

// commonNounPeople types a person of two or three words an organisation
// where its first word is no given name, none is an initial, and its last
// is a capitalised common noun of the text, written in lower case
// elsewhere in it in either number (nounForms): "Murphy Plywood" where
// the text sells "hardwood plywood", "Rocky Mountain Radar" beside "radar
// jammers", "Alford Cartons" beside "a carton". A surname that is a noun
// too keeps the person (nounSurnames: "Oksana Glass" beside "glass
// containers", "John Rice" beside "rice farmers"), and so does a title
// before the name ("Judge Learned Hand").
func commonNounPeople(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson {
			continue
		}
		ws := strings.Fields(t[c.start:c.end])
		if len(ws) < 2 || len(ws) > 3 || !unmarkedPerson(t, c.start, ws) ||
			!properWord.MatchString(ws[len(ws)-1]) || nounSurnames[strings.ToLower(ws[len(ws)-1])] {
			continue
		}
		if last := strings.ToLower(ws[len(ws)-1]); slices.ContainsFunc(nounForms(last), func(w string) bool { return lowerWordIn(t, w) }) {
			cs[i].typ = TypeOrg
		}
	}
	return cs
}

// unmarkedPerson reports whether nothing marks the person's name ws at
// byte s of t as a person's: no title before it ("Mr.", "Lance Cpl."), no
// given name first, no initial ("J. Smith", "J.S. Mill").
func unmarkedPerson(t string, s int, ws []string) bool {
	return !titledBefore(t, s) && !isGivenName(ws[0]) && !slices.ContainsFunc(ws, initialWord) && !strings.Contains(ws[0], ".")
}

// nounSurnames are common surnames that are common nouns or adjectives
// too, which commonNounPeople leaves people whatever the text writes in
// lower case: a given name the table does not know opens them as often as
// one it does ("Oksana Glass" beside "glass containers", "Sipho Baker"
// beside "a baker").
var nounSurnames = wordSet(`baker cook glass hunter price stone wood woods hill hills bank banks long hand black hunt butler bell
	rose lane field fields miller fisher porter mason marshall bishop brown white green king young little wolf fox bird
	park parks street waters rivers cross strong sharp short moody nash ward page chase major reed rice carpenter taylor
	turner walker smith weaver cooper fowler gardner gardener painter potter shepherd sawyer slater tanner archer chandler
	dyer farmer fletcher knight steward stewart spencer brewer barber singer dean judge love joy hope grace noble rich
	power powers wise sterling gold silver frost snow winter summer day lord prince duke earl baron pope bush berry beach
	brook brooks burns ford forest grove hall heath house marsh moore pond pool ridge shore wells west north south east
	rock bridges castle church hart lamb crane swan drake finch hawk crow bull buck salmon fish pike bass cash penny case
	key keys lock gates wall tower post carr ball pitcher fry bacon cane rush ivy holly oak ash birch elm pine olive vine
	root branch law guy sellers savage wild`)

// titledBefore reports whether a person's title or rank stands just
// before position i of t, with its period or without ("Judge Learned
// Hand", "Ms. Priya Lamb", "Mr Qalt Hull", "Sgt. Qalt Barge"), which
// makes the name after it a person's; a litigant's role does not (a
// company is a plaintiff as often as a person).
func titledBefore(t string, i int) bool {
	s, e, ok := prevWord(t, i)
	if !ok {
		return false
	}
	w := strings.ToLower(t[s:e])
	return titleWords[w] || titleWords[w+"."] || rankWords[w]
}

// nounForms are a lower-case noun and its other number: "pools" and
// "pool", "fireplace" and "fireplaces", "batteries" and "battery"
// (singularHead), "watches" and "watch".
func nounForms(w string) []string {
	forms := []string{w, w + "s"}
	if one := singularHead(w); one != "" {
		forms = append(forms, one)
	}
	if one, ok := strings.CutSuffix(w, "es"); ok && len(one) > 2 {
		forms = append(forms, one)
	}
	return forms
}

// lowerWordIn reports whether the lower-case word w occurs in t as a
// word of prose: whole (wholeWord), and no part of an address
// ("jukka.zitting@", "www.acme.com/plywood").
func lowerWordIn(t, w string) bool {
	for k := range occurrences(t, w, 0) {
		e := k + len(w)
		if wholeWord(t, k, e) && (k == 0 || !strings.ContainsRune(".@/-", rune(t[k-1]))) &&
			(e == len(t) || !strings.ContainsRune("@/-", rune(t[e])) && !(t[e] == '.' && e+1 < len(t) && isWordByte(t[e+1]))) {
			return true
		}
	}
	return false
}

// nextFriendHead is what a caption writes before a minor's parent, or
// before the minor a parent sues for, none of it a name's: the connectors
// ("By and Through Robert", "For Michael R. Pompeo"), group 1, and a
// parent's capacity ("his Mother Heidi Joseph", "Mother and Next Friend
// of Alexander Rosenbach"), group 2.
var nextFriendHead = regexp.MustCompile(`^((?i:(?:and|by|for|through|with)[ \t\n]+)*)((?:(?:Mother|Father|Parent|Guardian|MOTHER|FATHER|PARENT|GUARDIAN)[Ss]?(?:[ \t\n]+(?i:and)[ \t\n]+(?i:next[ \t\n]+friend|natural[ \t\n]+guardian|guardian))?(?:[ \t\n]+(?i:of))?(?:[ \t\n]+|$))?)`)

// nextFriendWords are the words nextFriendHead may open with, looked up
// before the expression runs on a name.
var nextFriendWords = wordSet(`and by for through with mother father parent guardian mothers fathers parents guardians`)

// nextFriendStarts takes nextFriendHead out of a person's name, and out of
// an organisation that is only a parent's capacity and the name after it:
// what remains is the person, if it is a name (a parent's word before one
// word stays, "Mother Teresa"), and nothing if only the capacity remains.
func nextFriendStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg || !nextFriendWords[strings.ToLower(firstWord(t[c.start:c.end]))] {
			continue
		}
		m := nextFriendHead.FindStringSubmatchIndex(t[c.start:c.end])
		conn, kin := m[3] > m[2], m[5] > m[4]
		if !kin && (!conn || c.typ != TypePerson) {
			continue
		}
		rest := t[c.start+m[1] : c.end]
		ws := strings.Fields(rest)
		switch {
		case len(ws) == 0:
			cs[i].end = cs[i].start // the capacity alone
		case kin && len(ws) == 1 && len(strings.Fields(t[c.start+m[4]:c.start+m[5]])) == 1:
			// "Mother Teresa": a parent's word before one word may be a
			// title; so may the connector before it stay.
		case capitalised(ws[0]) && (c.typ == TypePerson || personLike(rest)):
			cs[i].start += m[1]
			cs[i].typ = TypePerson
		}
	}
	return cs
}

// placePrefixes open a place's name and, alone before a capitalised
// word, are no word of their own: "New Haven", "San Francisco", "Fort
// Lauderdale", "East Texas"; orgPlacePrefixes are those of them that open
// an organisation's name only as its place's first word ("Ft. Lauderdale
// Perinatal Associates"), where a compass word may be the name's own
// ("West Publishing").
var placePrefixes = wordSet(`new san santa los las fort ft. saint st. port mount mt. north south east west anne`)

var orgPlacePrefixes = wordSet(`new san santa los las fort ft.`)

// placePrefixStarts starts a place, or an organisation named for a place,
// at the word of placePrefixes right before it on its line that the tagger
// left out ("in the Superior Court in New Haven": "Haven"), when that word
// is no name's and follows no capitalised word of a name.
func placePrefixStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLocation && c.typ != TypeOrg || c.start < 4 || t[c.start-1] != ' ' {
			continue
		}
		ps := strings.LastIndexAny(t[:c.start-1], " \t\n(") + 1
		w := t[ps : c.start-1]
		lw := strings.ToLower(w)
		if !startsUpper(w) || isUpperName(w) != isUpperName(t[c.start:c.end]) || !placePrefixes[lw] || c.typ == TypeOrg && !orgPlacePrefixes[lw] {
			continue
		}
		if nameRunsInto(t, ps) {
			continue
		}
		if slices.ContainsFunc(cs, func(d cand) bool { return d.start < c.start-1 && d.end > ps }) {
			continue
		}
		cs[i].start = ps
	}
	return cs
}

// nameRunsInto reports whether a name's capitalised word runs into the
// word at byte s of t: the word before it on its line is capitalised, an
// initial ("J.") or a list's comma after it aside, and no clause's mark
// ends it.
func nameRunsInto(t string, s int) bool {
	prev := lastWord(strings.TrimRight(t[max(0, s-40):s], " \t"))
	if prev == "" || strings.Contains(t[max(0, s-2):s], "\n") {
		return false
	}
	if strings.HasSuffix(prev, ",") {
		return true
	}
	return startsUpper(prev) && !strings.ContainsAny(prev[len(prev)-1:], ";:!?)") && !(strings.HasSuffix(prev, ".") && len(prev) > 2)
}

// placeFirst open the names of places.
var placeFirst = wordSet(`fort mount mt. port lake cape`)

// wrapFirst are the words of placeFirst that a hyphenated place's name may
// end a line with, its next word on the next: "Dallas-Fort" / "Worth".
var wrapFirst = wordSet(`fort mount mt. port`)

// dashTail are the function words that follow a dash folded to a hyphen
// right after a name ("River-an issue").
var dashTail = wordSet(`a an the and or but as in of to on which who that this these is was were`)

// eponymous is what makes a case's one-word name a kind of thing after it:
// "Alford plea", "Daubert hearing", "Brady material", "Miranda warnings",
// "Batson challenge", "Terry stop", "Chevron deference", "Lemon test".
var eponymous = regexp.MustCompile(`^[ \t]+(?:plea|pleas|hearing|brief|material|challenge|stop|warnings?|doctrine|deference|abstention|exception|factors|violation|analysis|test)\b`)

// adjectiveTail are the words after a hyphen that make a name an adjective:
// "Texas-size", "a Boston-based firm".
var adjectiveTail = wordSet(`size sized style based born bred like wide owned made controlled backed led run specific only`)

// buildingHeads end the names of buildings, which are named after people
// whose first name the tagger may leave out.
var buildingHeads = wordSet(`courthouse building hall tower center centre`)

// beforeCitation reports whether a reporter citation follows position e
// of t after a comma ("…, 450 U.S. 79").
func beforeCitation(t string, e int) bool {
	i := e
	if i < len(t) && t[i] == ',' {
		i++
	} else {
		return false
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	w := t[i:min(len(t), i+40)]
	for _, c := range reporterCitations(w) {
		if c.start == 0 {
			return true
		}
	}
	return false
}

// versusNext finds "v." opening the next line, a blank line allowed between.
var versusNext = regexp.MustCompile(`^[ \t]*\n[ \t]*(?:\n[ \t]*)?(?:v\.|vs\.)[ \t]+[A-Z]`)

// beforeVersus reports whether the name [s, e) of t is the first party of
// a case name wrapped before its "v.", over the blank line of double-spaced
// text ("See Roman Catholic Diocese of Brooklyn" / "v. Cuomo"), which the
// case-name pattern does not cross: a cited case's party. A caption in
// capitals is the document's own case, whose parties are entities.
func beforeVersus(t string, s, e int) bool {
	return versusNext.MatchString(t[e:min(len(t), e+40)]) && strings.ContainsFunc(t[s:e], unicode.IsLower)
}

// firmPart is a capitalised word of a firm's name.
var firmTail = regexp.MustCompile(`^[ \t]+&[ \t]+([A-Z][A-Za-z'’\-]+)(?:,?[ \t]+(?:LLP|LLC|PLLC|P\.C\.|P\.A\.|L\.L\.P\.|PC|PA))?`)
var initial = regexp.MustCompile(`(?:^|[ \t])[A-Z]\.(?:[ \t]|$)`)
var firmHead = regexp.MustCompile(`((?:[A-Z][A-Za-z'’\-]+[ \t]+){1,4})&[ \t]+$`)

// firm grows a span joined to more names by "&" to the whole firm name,
// over capitalised words on the same line: the words before the span and
// "& Name" (with its legal form) after it.
func firm(t string, s, e int) (int, int, bool) {
	// "P. Mackun & S. Wilson" are two people.
	if initial.MatchString(t[s:e]) {
		return s, e, false
	}
	found := false
	if m := firmTail.FindStringSubmatchIndex(t[e:min(len(t), e+48)]); m != nil {
		e += m[1]
		found = true
	}
	if m := firmHead.FindStringSubmatchIndex(t[max(0, s-64):s]); m != nil {
		s = max(0, s-64) + m[2]
		found = true
	}
	if !found {
		return s, e, false
	}
	// Capitalised words right before the span on the same line.
	for n := 0; n < 3; n++ {
		ps, pe, ok := prevWord(t, s)
		if !ok || strings.Contains(t[pe:s], "\n") || !capitalised(t[ps:pe]) || leadingNoise[strings.ToLower(t[ps:pe])] {
			break
		}
		s = ps
	}
	return s, e, true
}

// cityOfState makes a one-word name that a place follows after a comma a
// place itself: "Brightwater, New Aldershire" is a city and its state,
// as in every address. A longer name is one when places stand on both
// sides of it, as in an address's list ("George Town, Grand Cayman,
// British West Indies"; "Jinjia Village, Fengtai District, Beijing"), or
// "in" or "at" stands before it and a state or country after it ("in
// Newport News, Virginia"), and it has no word of an organisation (a
// district may be either). ms must be
// sorted by start.
func cityOfState(doc []rune, ms []Mention) []Mention {
	commaBetween := func(a, b int) bool {
		if a > b || b > len(doc) {
			return false
		}
		gap := string(doc[a:b])
		return strings.Trim(gap, " \t") == ","
	}
	for i, m := range ms {
		if m.Source != SourceModel || m.Type == TypeLocation || !nameType(m.Type) {
			continue
		}
		after := -1
		for j := i + 1; j < len(ms) && ms[j].Start <= m.End+4; j++ {
			if ms[j].Type == TypeLocation && ms[j].Start > m.End && commaBetween(m.End, ms[j].Start) {
				after = j
				break
			}
		}
		if after < 0 {
			continue
		}
		if strings.ContainsAny(m.Text, " \t\n") {
			// "in Newport News, Virginia": after "in" or "at", a name
			// that a state or country follows is its city.
			before := placeWord.MatchString(string(doc[max(0, m.Start-6):m.Start])) && locationSet[strings.ToLower(oneSpace(ms[after].Text))]
			for j := i - 1; !before && j >= 0 && j >= i-3; j-- {
				if ms[j].Type == TypeLocation && ms[j].End < m.Start && commaBetween(ms[j].End, m.Start) {
					before = true
				}
			}
			if !before || !plainName(m.Text) {
				continue
			}
		}
		ms[i].Type = TypeLocation
		ms[i].ID = mentionID(ms[i])
	}
	return ms
}

// westGiven is a given name or an initial in mixed case; westSurname a
// surname in capitals: the people of a caption as West's reporters write
// them ("Jose Luis Rivera CASTILLO", "Aristedes A. DAY").
var (
	westGiven   = regexp.MustCompile(`^(?:[A-Z][a-z]+|[A-Z]\.)$`)
	westSurname = regexp.MustCompile(`^[A-Z][A-Z'’\-]+,?$`)
)

// westPlaceHeads end a place's or a government's name in capitals after
// its name in mixed case ("New York CITY"), which no surname is.
var westPlaceHeads = wordSet(`city town village state commonwealth`)

// westPeople retypes as people the parties a caption's typing made
// organisations of names written as West writes people: given names or
// initials in mixed case and a surname in capitals, two to five words, no
// organisation's or place's word among them.
func westPeople(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg || !c.party {
			continue
		}
		ws := strings.Fields(t[c.start:c.end])
		if len(ws) < 2 || len(ws) > 5 || ws[0] == "The" || !westSurname.MatchString(ws[len(ws)-1]) || hasOrgWord(t[c.start:c.end]) || companyEnd(t[c.start:c.end]) {
			continue
		}
		west := true
		for k, w := range ws[:len(ws)-1] {
			if !westGiven.MatchString(w) || locationSet[strings.ToLower(w)] || locationSet[strings.ToLower(w+" "+ws[k+1])] {
				west = false
				break
			}
		}
		if last := strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], ",")); west && !locationSet[last] && !jurisdictionHeads[last] && !westPlaceHeads[last] && !legalForms[last] {
			cs[i].typ = TypePerson
		}
	}
	return cs
}

// notNameAlone are words that name nobody on their own: a caption's roles
// ("Objectors, Appellees"), a fiduciary's ("ESTATE OF …, DECEASED, DONALD
// R. OSTERHOUT, EXECUTOR", a "Guardian ad litem"),
// a lawyer's title, "et al.", a contract's or a proceeding's parties by
// their role where no definition names them ("Maker", "Patent Owner", a
// bond's "Paying Agent" and "Remarketing Agent", "the Trustee", a board's
// "Special Committee", an offering's "Underwriters", "Representatives" and
// "Initial Purchasers", a term that names a group of parties), an
// officer's title ("Special Agent"), a resolution's heading ("FURTHER
// RESOLVED"), a solo lawyer's "Law Office" under the name and a day
// ("Today, Judge … issued"), a heading's or an office's word alone
// ("Appeal", "Error", "President", "Surgeon", "This"). A defined
// term's uses are the definition pass's, not these.
var notNameAlone = wordSet(`plaintiff plaintiffs defendant defendants appellant appellants appellee appellees
	petitioner petitioners respondent respondents movant movants complainant complainants claimant claimants
	charging party cross executor executors executrix administrator administratrix deceased
	esquire esq esq. et al al. patent owner owners maker holder payee payor obligor obligee guarantor guarantors assignor
	assignee licensor licensee grantor grantors grantee lessor lessee landlord tenant mortgagor mortgagee pledgor pledgee
	buyer seller purchaser special agent further resolved law office offices today yesterday tomorrow
	paying remarketing collateral escrow disbursing calculation servicer trustee registrar committee
	underwriter underwriters representative representatives initial placement holders investor investors
	amicus amici curiae applicant applicants appeal appeals error errors president surgeon divisions this grievant grievants arbitrator arbitrators
	chairperson chairman chairwoman pro hac vice real objector objectors intervenor intervenors guardian guardians`)

// roleOnly reports whether a name is made only of notNameAlone words, or
// is a lawyer's "Of Counsel" or an unsigned opinion's "Per Curiam":
// "Plaintiff-Appellant", "DEFENDANTS-APPELLEES", "Charging Party",
// "Esquire", "ET AL".
func roleOnly(name string) bool {
	if n := strings.ToLower(strings.Join(strings.Fields(name), " ")); n == "of counsel" || n == "per curiam" {
		return true
	}
	n := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' || r == '\t' || r == '\n' || r == ',' }) {
		lw := strings.ToLower(w)
		if !notNameAlone[lw] {
			return false
		}
		n++
	}
	return n > 0
}

// serviceRanks are the ranks of the armed forces and the words that name
// a juvenile or a family case's people by their place in it ("Minor
// Children", "Mother", "Grandmother"): no person is named by these alone.
var serviceRanks = wordSet(`airman airmen senior staff master technical chief sergeant corporal lance private
	specialist seaman petty officer first class lieutenant commander colonel captain ensign warrant
	cadet midshipman major general admiral minor child children mother father grandmother grandfather stepmother stepfather`)

// rankOnly reports whether a person's name is made only of serviceRanks
// words: "Senior Airman", "Lance Corporal", "Minor Children"; "Major" of
// a surname is one word, which a name of rank words alone needs two of,
// unless the word is a juvenile case's ("Mother").
func rankOnly(name string) bool {
	ws := strings.Fields(strings.Trim(name, ",. "))
	for _, w := range ws {
		if !serviceRanks[strings.ToLower(w)] {
			return false
		}
	}
	if len(ws) == 1 {
		switch strings.ToLower(ws[0]) {
		case "minor", "child", "children", "mother", "father", "grandmother", "grandfather", "stepmother", "stepfather":
			return true
		}
		return false
	}
	return len(ws) > 1
}

// matterVerb is a matter's caption whose subject is what a resolution or
// an ordinance does (resolutionVerbs): "IN THE MATTER OF AMENDING".
var matterVerb = regexp.MustCompile(`^(?i:in[ \t]+the[ \t]+matter[ \t]+of)[ \t\n]+(?i:` + strings.Join(slices.Sorted(maps.Keys(resolutionVerbs)), "|") + `)\b`)

// docOnly reports whether a name is made only of a document's kind and
// its connectors: "OPINION & ORDER", "MEMORANDUM AND ORDER".
func docOnly(name string) bool {
	n := 0
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		switch {
		case docWords[lw] || lw == "judgment" || lw == "decision":
			n++
		case lw == "&" || lw == "and":
		default:
			return false
		}
	}
	return n > 1
}

// initialsOnly reports whether a person's name is only initials: "C. J."
// (a chief justice's title), "P.".
func initialsOnly(name string) bool {
	ws := strings.Fields(name)
	for _, w := range ws {
		if !initialWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

// floorName is a building's floor, which the guideline leaves out of an
// address as it does a suite: "Third Floor", "27th FLOOR".
var floorName = regexp.MustCompile(`^(?:[\p{L}0-9\-]+[ \t]+)?(?:Floor|FLOOR|floor)$`)

// familyMatters are the words that name a family court's proceeding, not
// a person or a body: "In re the Marriage of …", "In the Matter of the
// Adoption of B.B.M.".
var familyMatters = wordSet(`marriage adoption guardianship custody conservatorship dependency parentage paternity`)

// familyMatter reports whether a name is a family court's proceeding by
// its word, alone or with "the" before it and whose it is after "of":
// "THE MARRIAGE", "Marriage of Funk", "Adoption of B.B.M".
func familyMatter(name string) bool {
	ws := strings.Fields(name)
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	return len(ws) > 0 && familyMatters[strings.ToLower(ws[0])] && (len(ws) == 1 || strings.EqualFold(ws[1], "of"))
}

// addressed reports whether a name opens with "My" or "Your": the
// notary's "My Commission Expires", "Your Honor", a letter's "Your
// Company" name no one.
func addressed(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	switch w {
	case "My", "MY", "Your", "YOUR":
		return true
	}
	return false
}

// ofRecord reports whether a name is the "Record" of a lawyer's "Counsel
// of Record" or "Attorney of Record".
func ofRecord(t string, c cand) bool {
	return strings.EqualFold(t[c.start:c.end], "record") && suffixFold(strings.TrimRight(t[max(0, c.start-8):c.start], " \t"), " of")
}

// suffixFold reports whether s ends with suffix, in any case.
func suffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// dropRoleNames drops the names (not cases) that are only a caption's
// roles or a lawyer's title (roleOnly, ofRecord), a name opening with "My"
// or "Your" (addressed), a judge's title in initials after a name's comma
// (postNominal: ", J.S.C."), a subpoena's "Custodian of Records", a storm
// read as a person or a place ("Hurricane Ike"), an agreement's version
// ("Initial LLC" of "the Initial LLC Agreement"), or a filing system's name
// (filingSystems): a pattern's party as much as the
// tagger's name ("Plaintiff-Appellant" before a stacked caption's "v.").
// A name that opens with a lower-case preposition or conjunction starts
// after it ("for BM & KM, Inc." of "Atlanta, for BM & KM, Inc.").
func dropRoleNames(t string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.typ == TypeCase && matterVerb.MatchString(t[c.start:c.end]) {
			continue // "IN THE MATTER OF AMENDING CHAPTER 23": an ordinance's title
		}
		if !nameType(c.typ) {
			out = append(out, c)
			continue
		}
		if resolutionVerbs[strings.ToLower(firstWord(t[c.start:c.end]))] {
			continue // "AMENDING CHAPTER"
		}
		for {
			w, _, ok := strings.Cut(t[c.start:c.end], " ")
			if !ok || !lowerHeads[w] {
				break
			}
			c.start += len(w) + 1
		}
		if namesNoOne(t, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// summaryHeads and summaryWords are the words of an opinion's section
// headings that run into the text after them: "Case Summary",
// "Background A. Factual", "Facts and Procedural History", "Discussion
// and Decision".
var (
	summaryHeads = wordSet(`summary background procedural discussion analysis conclusion introduction`)
	summaryWords = wordSet(`case factual history facts issue issues decision statement of the and`)
)

// headingOnly reports whether a name is only an opinion's section
// heading (summaryHeads, summaryWords), an outline's letters or numerals
// with it: "Case Summary", "Background A.".
func headingOnly(name string) bool {
	head := false
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		switch {
		case summaryHeads[lw]:
			head = true
		case summaryWords[lw], initialWord(w), romanNumeral(strings.TrimRight(w, ".")):
		default:
			return false
		}
	}
	return head
}

// filingTitle opens a filing's title, which names a document, not its
// filer: "PETITION FOR CHANGE OF BIRTH", "Notice of Supplemental
// Authority", "Petition for Review of Final Action of the United States
// Environmental Protection Agency", "APPLICATION OF Silvia GIANOLI".
var filingTitle = regexp.MustCompile(`^(?:Petition|PETITION|Application|APPLICATION|Notice|NOTICE|Motion|MOTION)[ \t\n]+(?:for|FOR|of|OF|to|TO)[ \t\n]`)

// termHeadAfter is the head word of a contract's defined term after the
// word before it: "Milestone" of "Milestone Event No. 1", "Closing" of
// "Closing Date".
var termHeadAfter = regexp.MustCompile(`^[ \t]+(?:Event|Events|Date|Period|Amount|Payment|Account|Fee|Rate|Ratio)\b`)

// namesNoOne reports whether a name, cut of its lower-case opening words,
// names nobody: roles, a document's kind, a service's ranks, initials
// alone, a word that opens a contract's defined term (termHeadAfter), a
// floor, a family court's proceeding, a filing system, a lawyer's "of
// Record", a letter's "Your …", a postnominal, a records role, a storm,
// a filing's title that names no company (filingTitle), an opinion's
// section heading (headingOnly), a kind of company alone ("A NON-PROFIT
// CORPORATION", kindOfBusiness) and an agreement's version
// (dropRoleNames).
func namesNoOne(t string, c cand) bool {
	name := t[c.start:c.end]
	switch {
	case roleOnly(name), docOnly(name), filingSystems[strings.ToLower(name)], ofRecord(t, c), addressed(name), postNominal(t, c), recordsRole.MatchString(name):
		return true
	case c.typ == TypePerson && (rankOnly(name) || initialsOnly(name) || !strings.ContainsAny(name, " \t\n") && termHeadAfter.MatchString(t[c.end:min(len(t), c.end+12)])):
		return true
	case c.typ == TypeLocation && floorName.MatchString(name):
		return true
	case c.typ != TypeCase && familyMatter(name), c.typ != TypeOrg && namedStorm.MatchString(name):
		return true
	case c.typ != TypeCase && !c.party && filingTitle.MatchString(name) && !legalFormWord(strings.TrimRight(lastWord(name), ",")):
		return true
	case c.typ == TypePerson && headingOnly(name), c.typ == TypeOrg && kindOfBusiness(name):
		return true
	}
	return agreementVersion.MatchString(name) && agreementAfter.MatchString(t[c.end:min(len(t), c.end+24)])
}

// agreementVersion and agreementAfter are an entity's form named as its
// agreement's version, before "Agreement": "the Initial LLC Agreement",
// "the Amended and Restated LP Agreement" name a contract, no company.
var (
	agreementVersion = regexp.MustCompile(`^(?i:` + agreementVersionWord + `(?:[ \t]+(?:and[ \t]+)?` + agreementVersionWord + `)*)[ \t]+(?:LLC|L\.L\.C\.|LP|L\.P\.)$`)
	agreementAfter   = regexp.MustCompile(`^[ \t]+(?:Operating[ \t]+|Partnership[ \t]+)?Agreement\b`)
)

// agreementVersionWord is a word that tells an agreement's version.
const agreementVersionWord = `(?:initial|amended|restated|original|existing|prior|new|current|first|second|third|fourth|fifth)`

// namedStorm is a storm's name, an event the guideline makes no entity
// (the tagger reads "Hurricane Ike" as a person).
var namedStorm = regexp.MustCompile(`^` + capAlt("Hurricane", "Tropical Storm", "Typhoon", "Superstorm") + `[ \t]+[A-Z]`)

// recordsRole is the role a subpoena is addressed to, no one's name:
// "Custodian of Records", "Keeper of the Records".
var recordsRole = regexp.MustCompile(`^(?i:(?:custodian|keeper)[ \t]+of[ \t]+(?:the[ \t]+)?records)$`)

// postNominalInitials is a judge's title after the name, initials only:
// "J.S.C." (a justice of a state's supreme or superior court), "P.J.",
// "J.A.D.".
var postNominalInitials = regexp.MustCompile(`^(?:[A-Z]\.){1,4}$`)

// postNominal reports whether a name is only a title after a comma that
// ends a person's name: "HON. CARL J. LANDICINO, J.S.C.:". Initials after
// a party's role or a word in lower case are the person's own name
// ("Appellant, S.S., appeals", "her son, M.R., and"), and so are those
// that what follows says name a person ("QUINN, S.K., a minor"), but for
// a caption's "v." ("Hugo A. Ramirez, M.D. v. Texas State Board").
func postNominal(t string, c cand) bool {
	if !postNominalInitials.MatchString(t[c.start:c.end]) || !strings.HasSuffix(strings.TrimRight(t[max(0, c.start-3):c.start], " \t"), ",") {
		return false
	}
	if c.typ != TypePerson {
		// "The petitioner, U.S.A., sought review": a country, no one's
		// initials; a city's state the patterns read ("Livingston, N.J.")
		// is the place.
		return c.typ != TypeLocation || c.source != SourcePattern || !cityStateAbbrevs[t[c.start:c.end]]
	}
	prev := lastWord(strings.TrimRight(t[max(0, c.start-40):c.start], " \t,"))
	after := t[c.end:min(len(t), c.end+24)]
	own := personInitialsAfter.MatchString(after) && !strings.HasPrefix(strings.TrimLeft(after, " \t"), "v.")
	return startsUpper(prev) && !isLitigantRole(prev) && !own
}

// filingSystems are the courts' and agencies' electronic filing systems,
// which name no party ("NYSCEF DOC. NO. 45", "PACER"): the guideline's
// systems, never entities.
var filingSystems = wordSet(`pacer ecf cm/ecf nyscef edgar`)

// lowerHeads are the lower-case words that open no name.
var lowerHeads = wordSet(`for of and or the by to from with in on at as`)

// placeWord is a preposition of place right before a name: "in", "at",
// "near".
var placeWord = regexp.MustCompile(`\b(?:in|at|near)[ \t]+$`)

// plainName reports whether a name has no word of an organisation's ("Bank",
// "Inc.", "Association"), "District" aside.
func plainName(name string) bool {
	if hasOrgWord(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if lw != "district" && (orgSuffix[lw] || orgSuffix[lw+"."]) {
			return false
		}
	}
	return true
}

// bareDirection is a compass direction alone, or a township's or a range's
// number with it ("Township 5 North, Range 7 East", "lying North of"): no
// place's name.
var bareDirection = regexp.MustCompile(`^(?:\d{1,3}[ \t]+)?(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|NORTH|SOUTH|EAST|WEST|NORTHEAST|NORTHWEST|SOUTHEAST|SOUTHWEST)$`)

// bareDirections drops the places bareDirection matches; a street's
// number before it ("750 East") is an address, kept.
func bareDirections(t string, cs []cand) []cand {
	if !containsAny(t, []string{"North", "South", "East", "West", "NORTH", "SOUTH", "EAST", "WEST"}) {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		if c.typ != TypeLocation || !bareDirection.MatchString(t[c.start:c.end]) {
			return false
		}
		// "Township 5 North", "Range 7 East": a survey's grid; a number
		// after no such word is a street's ("750 East").
		if strings.IndexFunc(t[c.start:c.end], unicode.IsDigit) == 0 {
			return townshipBefore.MatchString(t[max(0, c.start-12):c.start])
		}
		return true
	})
}

// townshipBefore is a township's or a range's word before its number.
var townshipBefore = regexp.MustCompile(`(?i)\b(?:township|range|twp\.?|rge\.?|T\.|R\.)[ \t]+$`)

// placeKind is a kind of name that the tagger or the patterns type an
// organisation (or a person) and its words make a place: its needles (a
// word the text must hold), the name's expression (group 1, where it has
// one, is the place, the rest before it no part of it), what must follow
// the name, and whether a person's name may be one.
type placeKind struct {
	needles []string
	name    *regexp.Regexp
	after   *regexp.Regexp
	people  bool
}

// placeKinds are the kinds of place kindPlaces reads:
//   - a place's name of two words whose first is placeFirst's, "of"
//     before it too ("of Mt. Vernon, for appellant");
//   - a public land by its kind ("Chugach National Forest", "Arctic
//     National Wildlife Refuge"; "National Park Service" is the agency);
//   - a tract or a site by its kind, as deeds and easements name land
//     ("Capisallo District Subdivision", "Ebony Grove Cemetery",
//     "Vineland Substation"), and a survey where its abstract's number
//     follows, as Texas deeds cite it ("Richard Carter Survey, Abstract
//     No. 8").
var placeKinds = []placeKind{
	{needles: []string{"Mt.", "Ft.", "Mount ", "Fort "},
		name: regexp.MustCompile(`^(?:of[ \t]+)?((?:Mt\.|Ft\.|Mount|Fort)[ \t]+[A-Z][a-z]+)$`)},
	{needles: []string{"Forest", "FOREST", "Refuge", "REFUGE", "Monument", "Seashore", "Recreation Area", "Grassland", "Wilderness"},
		name: regexp.MustCompile(`[ \t](?:National[ \t]+Forest|NATIONAL[ \t]+FOREST|(?:National[ \t]+)?Wildlife[ \t]+Refuge|(?:NATIONAL[ \t]+)?WILDLIFE[ \t]+REFUGE|National[ \t]+Monument|National[ \t]+Seashore|National[ \t]+Recreation[ \t]+Area|National[ \t]+Grassland|State[ \t]+Forest|Wilderness[ \t]+Area)$`)},
	{needles: []string{"Subdivision", "SUBDIVISION", "Cemetery", "CEMETERY", "Substation", "SUBSTATION"}, people: true,
		name: regexp.MustCompile(`^(?:[A-Z][A-Za-z'’\-]*[ \t]+){1,4}(?:Subdivision|SUBDIVISION|Cemetery|CEMETERY|Substation|SUBSTATION)$`)},
	{needles: []string{"Survey", "SURVEY"}, people: true,
		name:  regexp.MustCompile(`^(?:[A-Z][A-Za-z'’\-]*[ \t]+){1,4}(?:Survey|SURVEY)$`),
		after: regexp.MustCompile(`^,?[ \t\n]+(?:Abstract|ABSTRACT|Abst\.|A-\d)`)},
}

// kindPlaces makes each name placeKinds match a place; neither the tagger
// nor the patterns read these kinds of names as places.
func kindPlaces(t string, cs []cand) []cand {
	for _, k := range placeKinds {
		if !containsAny(t, k.needles) {
			continue
		}
		for i, c := range cs {
			if c.party || c.typ != TypeOrg && (!k.people || c.typ != TypePerson) {
				continue
			}
			m := k.name.FindStringSubmatchIndex(t[c.start:c.end])
			if m == nil || k.after != nil && !k.after.MatchString(t[c.end:]) {
				continue
			}
			cs[i].typ = TypeLocation
			if len(m) > 2 && m[2] >= 0 {
				cs[i].start = c.start + m[2]
			}
		}
	}
	return cs
}

// withSaint returns where a name that starts at byte s starts with the
// "St." before it, which is part of it ("St. Charles County", "St.
// Helens, OR 97051").
func withSaint(t string, s int) int {
	for _, p := range []string{"St. ", "Ste. ", "Mt. ", "Ft. "} {
		if strings.HasSuffix(t[:s], p) {
			return s - len(p)
		}
	}
	return s
}

// cityStart returns where a city's name that starts at byte s starts with
// the "St." before it (withSaint), unless a capitalised word ends right
// before that "St.", a street's ("Main St. Helens"; "of St. Louis" is the
// city's).
func cityStart(t string, s int) int {
	p := withSaint(t, s)
	if p == s {
		return s
	}
	if w := lastWord(t[max(0, p-40):p]); w != "" && w == strings.TrimRight(w, ",.;:)") && upperByte(w[0]) {
		return s
	}
	return p
}

// cityStateZip is the last line of an address: "Cincinnati, Ohio 45202",
// "Greensboro, NC 27401", a letterhead's "CINCINNATI, OHIO 45202-3988",
// the Supreme Court's "Washington, D. C. 20543". Groups 1 and 2 are the
// city and the state.
var cityStateZip = regexp.MustCompile(`\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}|[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2}),[ \t]+([A-Z]{2}|D\.[ \t]?C\.|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{3,}(?:[ \t][A-Z]{3,})?)[ \t]+\d{5}(?:-\d{4})?\b`)

// cityState is a city and its state's postal code in a counsel list,
// without a ZIP code: "Richardson, TX, for Defendants", "Lincoln, NE
// (Alan L. Plessman, …)", "St. Louis, MO" (its "St." by cityStart). Groups
// 1 and 2 are the city and the state.
var cityState = regexp.MustCompile(`\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]+([A-Z]{2})(?:[,;)]|[ \t]+\(|\.?[ \t]*\n|\.?[ \t]*$)`)

// stateAfterComma is a state's citation abbreviation after a comma, as
// court reporters write where counsel practise ("Minneapolis, Minn., for
// appellants", "Langhorne, Pa., for appellant", "St. Louis, Mo.\n", the
// Appellate Division's "Riverhead, N.Y. (Jane Roe of counsel)": a name or
// "the" opening the parentheses, not a citation's year, court or note as
// in "Smith, Tex. (App. 1990)", "Ky. (unpublished opinion)"), and
// cityBefore the city before that comma. Group 1 of each is the
// abbreviation without its last period (checked against CitationStates) and
// the city. A capitalised word after the abbreviation ("Tex. App.", "Cal.
// Rptr.") would make it a citation's.
var (
	stateAfterComma = regexp.MustCompile(`,[ \t]+((?:[A-Z]\.[ \t]?)?[A-Z][a-z]{0,5}|[A-Z]\.[ \t]?[A-Z])\.(?:[ \t]*[,;:)]|[ \t]+(?:for|and)\b|[ \t]+\((?:[A-Z][a-z]+[ \t,]|[A-Z]\.[ \t]?[A-Z]|the[ \t])|[ \t]*\n|[ \t]*$)`)
	cityBefore      = regexp.MustCompile(`((?:(?:St|Ft|Mt)\.[ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})$`)
)

// townOfState is a town and its state written out after a preposition of
// place in running text: "a resident of Holmdel, New Jersey", "its place
// of business in Purchase, New York". Group 1 is the town, group 2 the
// state (checked against PostalStates' names).
var townOfState = regexp.MustCompile(`\b(?:in|of|at|near|from)[ \t]+((?:St\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}),[ \t]*\n?[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\b`)

// counselTownOfState is a town and its state written out in a counsel
// list, between the lawyer and whom they appear for: "Aubrey J. El, Silver
// Spring, Maryland, pro se.", "Karen Thompson, Esquire, Arlington,
// Virginia, for the agency". Groups 1 and 2 as townOfState's.
var counselTownOfState = regexp.MustCompile(`,[ \t]+((?:St\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}),[ \t]*\n?[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}),[ \t]+(?:for|pro[ \t]+se)\b`)

// StateNames are the states' names, lower case (PostalStates' values):
// "new jersey", "district of columbia".
var StateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range PostalStates {
		m[n] = true
	}
	return m
}()

// credentials are postal codes that also follow a person's name as a
// degree: "John Smith, MD", "Jane Roe, PA".
var credentials = wordSet(`md pa`)

// washingtonDC is the capital named with its district in running text,
// also over a line break: "Washington,\nD. C.", "Washington, DC".
var washingtonDC = regexp.MustCompile(`\b(?:Washington|WASHINGTON),[ \t]*\n?[ \t]*(?:D\.[ \t]?C\.|DC\b)`)

// correctionalFacility is a prison named by up to four capitalised words
// before its kind (the last may end a line), and the city after a hyphen
// that some add: "Southport
// Correctional Facility", "Howard R. Young Correctional Institution",
// "Federal Correctional Institution-Phoenix", "Potosi Correctional Center",
// "Harris County Jail". The guideline makes a named facility a place (the
// tagger reads an organisation, or a person and an organisation).
var correctionalFacility = regexp.MustCompile(`\b(?:(?:[A-Z][A-Za-z.'’\-]*[ \t]+){0,3}[A-Z][A-Za-z.'’\-]*(?:[ \t]+|[ \t]*\n[ \t]*))?(?:` +
	capAlt("Correctional", "Detention", "Correction") + `[ \t]+` + capAlt("Facility", "Institution", "Institute", "Center", "Complex") + `|` +
	capAlt("State Prison", "Penitentiary", "County Jail") + `)(?:[ \t]*[-–][ \t]*[A-Z][a-z]+|(` + prisonSeat + `))?\b`)

// prisonSeat is the town a prison is named at: " at Muncy" of
// Pennsylvania's "State Correctional Institution at Muncy".
const prisonSeat = `[ \t]+at[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?`

// federalPrison is a federal prison by the Bureau of Prisons' kind and its
// town: "FCI Milan", "USP Atlanta", "FMC Butner", "MDC Brooklyn", "FCI
// Terminal Island". A named facility is a place (the tagger reads an
// organisation). "FCC" and "FTC" are left out: they are mostly the
// commissions.
var federalPrison = regexp.MustCompile(`\b(?:FCI|USP|FMC|MDC|MCC|FDC|FPC)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b`)

// correctionalFacilities returns the prisons federalPrison and
// correctionalFacility find, the latter's less the words that opened the
// sentence or a role before the name ("the", "at", "Plaintiff"). A kind alone ("the Correctional Facility") names
// none, nor does an office over one ("Department of Correctional
// Services" has no kind).
func correctionalFacilities(t string) []cand {
	var out []cand
	if containsAny(t, []string{"FCI ", "USP ", "FMC ", "MDC ", "MCC ", "FDC ", "FPC "}) {
		out = groupCands(t, federalPrison, 0, TypeLocation)
	}
	if !containsAny(t, []string{"orrectional", "ORRECTIONAL", "etention", "ETENTION", "orrection", "Prison", "PRISON", "enitentiary", "ENITENTIARY", "Jail", "JAIL"}) {
		return out
	}
	for _, m := range correctionalFacility.FindAllStringSubmatchIndex(t, -1) {
		ws := words(t[m[0]:m[1]], m[0])
		k := 0
		for k < len(ws) && (leadingNoise[lowerKey(ws[k].text)] || roleWords[lowerKey(ws[k].text)] || partyTerms[lowerKey(ws[k].text)]) {
			k++
		}
		// A kind alone names none, unless its seat follows ("State
		// Correctional Institution at Muncy").
		if k >= len(ws) || facilityKinds[lowerKey(ws[k].text)] && m[2] < 0 {
			continue
		}
		out = append(out, cand{typ: TypeLocation, start: ws[k].start, end: m[1], source: SourcePattern})
	}
	return out
}

// prisonPlaces types a prison the patterns read as an organisation by its
// kind's word ("Allen Correctional Institute") a place, as
// correctionalFacilities reads it.
func prisonPlaces(t string, cs []cand) []cand {
	if !containsAny(t, []string{"orrectional", "ORRECTIONAL"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		name := t[c.start:c.end]
		if sentenceInside.MatchString(name) {
			continue // "Ohio. ALLEN CORRECTIONAL INSTITUTE": two sentences' words
		}
		if loc := correctionalFacility.FindStringIndex(name); loc != nil && loc[0] == 0 && loc[1] == len(name) {
			cs[i].typ = TypeLocation
		}
	}
	return cs
}

// sentenceInside is a sentence's end inside a name: a word of two or more
// lower-case letters, its period and a capital ("Ohio. ALLEN"; not "St.
// Clair").
var sentenceInside = regexp.MustCompile(`[a-z]{2,}\.[ \t]+[A-Z]`)

// facilityKinds are the words of a prison's kind, which name none alone.
var facilityKinds = wordSet(`correctional detention correction state penitentiary county`)

// venueCounty is the county of a Massachusetts or New Hampshire
// pleading's venue line, before ", ss." (scilicet): "MIDDLESEX, SS",
// "Suffolk, ss.". Group 1 is the county.
var venueCounty = regexp.MustCompile(`\b([A-Z][A-Za-z]{3,}),[ \t]*(?:ss|SS)\b\.?`)

// venueCounties returns the counties venueCounty finds (the tagger reads
// a person in capitals).
func venueCounties(t string) []cand {
	if !strings.Contains(t, ", ss") && !strings.Contains(t, ", SS") && !strings.Contains(t, ",ss") && !strings.Contains(t, ",SS") {
		return nil
	}
	return groupCands(t, venueCounty, 1, TypeLocation)
}

// courthouseHeads are the kinds of building courthouse names, and public
// buildings' ("William Jefferson Clinton Building").
var courthouseHeads = []string{"Courthouse", "COURTHOUSE", "Court House", "COURT HOUSE", "Federal Building", "FEDERAL BUILDING", "Building", "BUILDING"}

// courthouse is a courthouse or a building named by up to six capitalised
// words, one space apart (not over a column's gap): "Potter Stewart U.S.
// Courthouse", "UNITED STATES COURTHOUSE", "John Joseph Moakley United
// States Courthouse", "Ronald Reagan Building".
var courthouse = regexp.MustCompile(`\b(?:[A-Z][A-Za-z.'’]* ){1,6}(?:` + strings.Join(courthouseHeads, "|") + `)\b`)

// buildingOwners end a body's name that an address sets before its
// building's ("Environmental Protection Agency William Jefferson Clinton
// Building"): the building's name starts after them.
var buildingOwners = wordSet(`agency department office commission administration inc. llc corporation company`)

// courthouses returns the courthouses courthouse finds, a letterhead's
// building the tagger reads only where it has seen it. "The" (or another
// sentence's opener) before the name is not its, and a name must stand before the kind ("the Federal
// Building" names none).
func courthouses(t string) []cand {
	if !containsAny(t, courthouseHeads) {
		return nil
	}
	var out []cand
	for _, m := range courthouse.FindAllStringIndex(t, -1) {
		// "701 South Courthouse Road" is a street; "Acme Building Supply
		// Co." a company the building's word opens, and so is one a
		// building's word starts ("Courthouse News Service Courthouse
		// News Service", a masthead).
		if ns, ne, ok := nextWord(t, m[1]); ok && (streetWords[strings.ToLower(strings.TrimRight(t[ns:ne], ",;:"))] ||
			strings.EqualFold(t[m[1]-len("Building"):m[1]], "Building") && !strings.Contains(t[m[1]:ns], "\n") && capitalised(t[ns:ne])) ||
			slices.ContainsFunc(courthouseHeads, func(h string) bool { return strings.HasPrefix(t[m[0]:m[1]], h+" ") }) {
			continue
		}
		name := t[m[0]:m[1]]
		for _, head := range courthouseHeads {
			name = strings.TrimSuffix(name, head)
		}
		// The name's words are written as its kind is: "Deborah S. Hunt
		// POTTER STEWART U.S. COURTHOUSE" once a page's columns are
		// joined names the building from "POTTER"; in mixed case a word
		// in capitals other than initials ("U.S.") is another name's.
		caps := !strings.ContainsFunc(t[m[0]+len(name):m[1]], unicode.IsLower)
		ws := words(name, m[0])
		k := len(ws)
		for k > 0 {
			w := ws[k-1].text
			lower := strings.ContainsFunc(w, unicode.IsLower)
			if caps && lower || !caps && !lower && !strings.Contains(w, ".") && len(w) > 1 || leadingNoise[strings.ToLower(w)] || buildingOwners[strings.ToLower(w)] {
				break
			}
			k--
		}
		if k < len(ws) {
			out = append(out, cand{typ: TypeLocation, start: ws[k].start, end: m[1], source: SourcePattern})
		}
	}
	return out
}

// addressPlaces returns the city and the state of each address's last
// line, and Washington with its district wherever the text names both
// ("Washington, DC" is one place, the city that is the district).
func addressPlaces(t string) []cand {
	var out []cand
	if strings.Contains(t, "ashington") {
		for _, m := range washingtonDC.FindAllStringIndex(t, -1) {
			out = append(out, cand{typ: TypeLocation, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	for _, m := range cityStateZip.FindAllStringSubmatchIndex(t, -1) {
		st := t[m[4]:m[5]]
		// Washington and its district are found above.
		if dc := strings.ReplaceAll(st, " ", ""); strings.EqualFold(t[m[2]:m[3]], "Washington") && (dc == "DC" || dc == "D.C.") {
			continue
		}
		if !postalCodes[st] && !locationSet[strings.ToLower(st)] {
			continue
		}
		// "26th Floor New York, New York 10281": a floor or a suite before
		// the city on its line is no part of it.
		cs := m[2]
		for {
			w, _, _ := strings.Cut(t[cs:m[3]], " ")
			if !notNames[strings.ToLower(w)] || cs+len(w) >= m[3] {
				break
			}
			cs += len(w) + 1
		}
		// "165 Forest Street Marlboro, MA 01752", "Three Center Plaza
		// Boston, Massachusetts 02108": the street before the city on
		// its line is an address of its own (streetAddresses); a street
		// word that opens the city ("St. Louis") is the city's.
		// Else "St." before the city is the city's ("St. Helens, OR"),
		// unless a word ends a street with it ("Main St. Helens").
		street := false
		if ws := words(t[cs:m[3]], cs); len(ws) > 2 {
			for k := len(ws) - 2; k > 0; k-- {
				if streetWords[lowerKey(ws[k].text)] {
					cs, street = ws[k+1].start, true
					break
				}
			}
		}
		if !street {
			cs = cityStart(t, cs)
		}
		if city := t[cs:m[3]]; !leadingNoise[strings.ToLower(city)] && !notNames[strings.ToLower(city)] {
			out = append(out, cand{typ: TypeLocation, start: cs, end: m[3], source: SourcePattern})
		}
		out = append(out, cand{typ: TypeLocation, start: m[4], end: m[5], source: SourcePattern})
	}
	if strings.Contains(t, ", for ") {
		for _, m := range counselLineCity.FindAllStringSubmatchIndex(t, -1) {
			// "Douglas K. Mickle, Assistant Director, for defendant",
			// "Assistant City Solicitor, for the appellee": a title, no
			// city; the city of a line that names the party's
			// role after "for" ("Dewey A. Routh, Rolla, for
			// defendants-respondents"), which counselCities retypes
			// later as the tagger read it, is found here before the
			// names' mends.
			city := t[m[2]:m[3]]
			// A city with its state ("Richardson, TX, for") is the
			// city-and-state passes' below.
			if strings.TrimSpace(strings.TrimPrefix(t[m[3]:m[1]], ",")) != "for" || !forRole.MatchString(t[m[1]:]) || leadingNoise[strings.ToLower(city)] || notNames[strings.ToLower(city)] || hasOrgWord(city) ||
				slices.ContainsFunc(strings.Fields(strings.ToLower(city)), func(w string) bool { return jobWords[w] || titleWords[w] }) {
				continue
			}
			out = append(out, cand{typ: TypeLocation, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	towns := townOfState.FindAllStringSubmatchIndex(t, -1)
	if strings.Contains(t, ", for ") || strings.Contains(t, "pro se") {
		towns = append(towns, counselTownOfState.FindAllStringSubmatchIndex(t, -1)...)
	}
	for _, m := range towns {
		city, st := t[m[2]:m[3]], t[m[4]:m[5]]
		if !StateNames[strings.ToLower(oneSpace(st))] || StateNames[strings.ToLower(oneSpace(city))] ||
			leadingNoise[strings.ToLower(city)] || notNames[strings.ToLower(city)] || !plainName(city) {
			continue
		}
		out = append(out, cand{typ: TypeLocation, start: m[2], end: m[3], source: SourcePattern},
			cand{typ: TypeLocation, start: m[4], end: m[5], source: SourcePattern})
	}
	for _, m := range stateAfterComma.FindAllStringSubmatchIndex(t, -1) {
		st := citationState(t[m[2]:m[3]])
		if st == "" || st == "district of columbia" {
			continue // "Washington, D.C." is one place (washingtonDC)
		}
		// Letters with periods are the initials of a state's two words
		// ("N.J."); "Montoya Family Law, P.A." is a professional
		// association's form, not Pennsylvania's "Pa.".
		if d := dottedLetters.FindStringSubmatch(t[m[2]:m[3]]); d != nil && !initialsOf(st, d[1]+d[2]) {
			continue
		}
		from := max(0, m[0]-48)
		c := cityBefore.FindStringSubmatchIndex(t[from:m[0]])
		if c == nil {
			continue
		}
		if city := t[from+c[2] : m[0]]; !StateNames[strings.ToLower(city)] && !leadingNoise[strings.ToLower(city)] && !titleWords[strings.ToLower(firstWord(city))] && !notNames[strings.ToLower(city)] && plainName(city) {
			out = append(out, cand{typ: TypeLocation, start: from + c[2], end: m[0], source: SourcePattern})
		}
		out = append(out, cand{typ: TypeLocation, start: m[2], end: m[3], source: SourcePattern})
	}
	for _, m := range cityState.FindAllStringSubmatchIndex(t, -1) {
		city, st := t[m[2]:m[3]], t[m[4]:m[5]]
		if !postalCodes[st] || leadingNoise[strings.ToLower(city)] || notNames[strings.ToLower(city)] ||
			credentials[strings.ToLower(st)] && (strings.Contains(city, " ") || personBefore.MatchString(t[:m[2]])) {
			continue
		}
		out = append(out, cand{typ: TypeLocation, start: cityStart(t, m[2]), end: m[3], source: SourcePattern},
			cand{typ: TypeLocation, start: m[4], end: m[5], source: SourcePattern})
	}
	return out
}

// dottedLetters is a two-letter abbreviation with periods: "N.J.", "P.A.".
var dottedLetters = regexp.MustCompile(`^([A-Za-z])\.[ \t]?([A-Za-z])\.?$`)

// initialsOf reports whether letters are the initials of name's words:
// "nj" of "new jersey".
func initialsOf(name, letters string) bool {
	ws := strings.Fields(name)
	if len(ws) != len(letters) {
		return false
	}
	for i, w := range ws {
		if !strings.EqualFold(w[:1], letters[i:i+1]) {
			return false
		}
	}
	return true
}

// streetAlts are the street words of streetEndAt, each its capital and the
// rest in any case, longest first; streetHeads the first two letters of
// each, in lower case.
var streetAlts, streetHeads = func() (string, map[string]bool) {
	var alts []string
	heads := map[string]bool{}
	for w := range streetWords {
		switch w {
		case "court", "ct.", "way", "circle", "st":
			continue
		}
		// The word's capital, then the rest in any case: streetAddresses
		// takes only capitalised words, and a literal capital lets the
		// matcher pass over most of the text (a case-insensitive
		// alternation folds every letter).
		alts = append(alts, strings.ToUpper(w[:1])+"(?i:"+regexp.QuoteMeta(w[1:])+")")
		heads[w[:2]] = true
	}
	// Longest first, so "st." wins over a shorter alternative.
	sort.Slice(alts, func(i, j int) bool {
		return len(alts[i]) > len(alts[j]) || len(alts[i]) == len(alts[j]) && alts[i] < alts[j]
	})
	return strings.Join(alts, "|"), heads
}()

// streetEndAt is a capitalised street word that ends an address on its
// own, at the start of the text it is run on: one of streetWords, less
// those that also end other names ("Court", "Way", "Circle", "St" without
// its period). streetAddresses runs it only where a word's first letters
// are a street word's (streetStarts): the matches an unanchored search
// finds (TestStreetEndMatchesAsUnanchored), without a scan of every byte.
var streetEndAt = regexp.MustCompile(`^(?:` + streetAlts + `)(?:\b|$|[^A-Za-z])`)

// streetStarts returns where a word opens with a capital and a second
// letter that a street word opens with (streetHeads), or a character
// beyond ASCII, which case folding may match ("K", the Kelvin sign):
// every place a street word can start, and more.
func streetStarts(t string) []int {
	var out []int
	for _, i := range capitalStarts(t) {
		if i+1 < len(t) && (t[i+1] >= utf8.RuneSelf || streetHeads[strings.ToLower(t[i:i+2])]) {
			out = append(out, i)
		}
	}
	return out
}

// numberedStreet is a numbered street's name ("5th Avenue").
var numberedStreet = regexp.MustCompile(`^\d+(?:st|nd|rd|th)$`)

// streetAddresses returns the street addresses of t, one place each with
// its house number and quadrant (the guideline's "601 MARKET STREET"):
// a capitalised street word, up to four capitalised words before it on
// the same line ("of" between two of them: "King of Prussia Road"), a
// house number before them (houseNumber) and a quadrant after
// (quadrant). The tagger finds most streets' names but misses or
// mistypes some ("Hutchins Drive" as a person) and leaves the number out
// of others; this runs after it, so it is no feature of the tagger's.
func streetAddresses(t string) []cand {
	var out []cand
	for _, m := range anchoredAt(t, streetStarts(t), streetEndAt) {
		ws, we := m[0], m[1]
		if we > ws && !unicode.IsLetter(rune(t[we-1])) && t[we-1] != '.' {
			we-- // the character after the word
		}
		if !capitalised(t[ws:we]) {
			continue
		}
		s := ws
		for n := 0; n < 4; n++ {
			ps, pe, ok := prevWord(t, s)
			if !ok || strings.Contains(t[pe:s], "\n") {
				break
			}
			// "King of Prussia Road": "of" between two of the name's words.
			if w := t[ps:pe]; (w == "of" || w == "OF") && s != ws {
				if qs, qe, ok := prevWord(t, ps); ok && !strings.Contains(t[qe:ps], "\n") && capitalised(t[qs:qe]) {
					s = qs
					continue
				}
			}
			if !capitalised(t[ps:pe]) && !numberedStreet.MatchString(t[ps:pe]) {
				break
			}
			s = ps
		}
		if s == ws {
			continue
		}
		hs, ok := houseNumber(t, s)
		if !ok {
			hs, ok = wrappedHouseNumber(t, s)
		}
		if !ok {
			// "One PPG Place", "Three Center Plaza": a house number
			// spelled out, and a name between it and the street word.
			fe := s
			for fe < ws && t[fe] != ' ' && t[fe] != '\t' {
				fe++
			}
			if hs, ok = s, spelledNumbers[strings.ToLower(t[s:fe])] && fe < ws && strings.TrimSpace(t[fe:ws]) != ""; !ok {
				continue
			}
		}
		e := quadrant(t, we)
		out = append(out, cand{typ: TypeLocation, start: hs, end: e, source: SourcePattern})
		// The city after the street ("1200 Lantern Square, Brightwater
		// ("Lender")"): a place whether or not the tagger knows its name.
		if c := streetCity.FindStringSubmatchIndex(t[e:]); c != nil {
			if first, _, _ := strings.Cut(t[e+c[2]:e+c[3]], " "); !notNames[strings.ToLower(first)] {
				out = append(out, cand{typ: TypeLocation, start: e + c[2], end: e + c[3], source: SourcePattern})
			}
		}
	}
	return out
}

// streetCity is the city right after a street address, on its line: up
// to three capitalised words, then a comma, a parenthesis, the line's end
// or a ZIP code. Group 1 is the city.
var streetCity = regexp.MustCompile(`^,[ \t]+([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:,|[ \t]*\(|[ \t]*\n|[ \t]*$|[ \t]+\d{5}\b)`)

// firmLines makes a tagger's person an organisation when it has a line of
// an address block to itself between a person and a street address:
// "Mr. William S. Mattingly / Jackson Kelly / 175 E. Main Street" names
// the lawyer, his firm and its address. doc is the document's text.
func firmLines(doc []rune, ms []Mention) []Mention {
	// Lines of an address block are short: a line is looked at only up to
	// maxLine runes, which keeps the pass linear on text without breaks.
	const maxLine = 160
	lineOf := func(pos int) (int, int) {
		s, e := pos, pos
		for s > 0 && doc[s-1] != '\n' && pos-s < maxLine {
			s--
		}
		for e < len(doc) && doc[e] != '\n' && e-pos < maxLine {
			e++
		}
		return s, e
	}
	for i, m := range ms {
		if m.Source != SourceModel || m.Type != TypePerson || m.End > len(doc) {
			continue
		}
		ls, le := lineOf(m.Start)
		if ls == 0 || le >= len(doc) || doc[ls-1] != '\n' || doc[le] != '\n' ||
			strings.TrimSpace(string(doc[ls:le])) != strings.TrimSpace(m.Text) {
			continue
		}
		ps, _ := lineOf(ls - 1)
		ns, ne := lineOf(le + 1)
		prev := strings.TrimSpace(string(doc[ps : ls-1]))
		next := strings.TrimSpace(string(doc[ns:ne]))
		if next == "" || next[0] < '0' || next[0] > '9' {
			continue
		}
		person := false
		for _, t := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. "} {
			person = person || strings.HasPrefix(prev, t)
		}
		for j := i - 1; j >= 0 && ms[j].End >= ps; j-- {
			person = person || ms[j].Type == TypePerson && ms[j].Start >= ps && ms[j].End < ls
		}
		if person {
			ms[i].Type = TypeOrg
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// fragments settles a one-word name from the tagger by the longer names of
// the document: the surname of a person named in full is that person
// ("Jagels" after "Nichole Marie Jagels"), and the first word of a longer
// name of another type is a piece of it ("Red" of the river "Red River"),
// not a name of its own.
func fragments(ms []Mention) []Mention {
	surname := map[string]bool{}
	first := map[string]string{} // first word → type of the longer names, "" when several
	for _, m := range ms {
		ws := strings.Fields(m.Text)
		if !nameType(m.Type) || len(ws) < 2 {
			continue
		}
		if m.Type == TypePerson {
			surname[ws[len(ws)-1]] = true
		}
		if t, ok := first[ws[0]]; ok && t != m.Type {
			first[ws[0]] = ""
		} else if !ok {
			first[ws[0]] = m.Type
		}
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.Source != SourceModel || !nameType(m.Type) || strings.ContainsAny(m.Text, " \t\n") {
			out = append(out, m)
			continue
		}
		if surname[m.Text] && m.Type != TypePerson {
			m.Type = TypePerson
			m.ID = mentionID(m)
		} else if t, ok := first[m.Text]; ok && t != "" && t != m.Type && !surname[m.Text] && !locationSet[strings.ToLower(m.Text)] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// wrappedHeads grows a name back over the words before it that make it a
// longer name of the same type the document writes elsewhere: a line
// break cut "Steak N" / "Shake Operations Inc", and the words on the line
// above were read as no name or as another. The words before must be
// exactly the longer name's first words, in the same block (over spaces
// and at most one line break, not a column gap), and in the mention's
// chunk. Each mention reads at most maxWrappedHead words back and looks
// each longer form up by its words, so the cost is linear in the mentions.
func wrappedHeads(cr chunk.Result, doc []rune, ms []Mention) []Mention {
	const maxWrappedHead = 4
	longer := map[string]string{} // name's words, one space between → type ("" for two)
	for _, m := range ms {
		if !nameType(m.Type) || m.Source == SourceDefined {
			continue
		}
		if ws := strings.Fields(m.Text); len(ws) > 1 {
			k := strings.Join(ws, " ")
			if t, seen := longer[k]; seen && t != m.Type {
				longer[k] = ""
			} else {
				longer[k] = m.Type
			}
		}
	}
	if len(longer) == 0 {
		return ms
	}
	chunkStart := make(map[string]int, len(cr.Chunks))
	for _, c := range cr.Chunks {
		chunkStart[c.ID] = c.Start
	}
	// wordBefore returns the word ending before rune i, over spaces and at
	// most one line break, or -1.
	wordBefore := func(i, floor int) (int, int) {
		j, breaks := i, 0
		for j > floor && (doc[j-1] == ' ' || doc[j-1] == '\t' || doc[j-1] == '\n') {
			if doc[j-1] == '\n' {
				breaks++
			}
			j--
		}
		if j == i || breaks > 1 || breaks == 0 && i-j > 2 {
			return -1, -1
		}
		e := j
		for j > floor && e-j < 40 && doc[j-1] != ' ' && doc[j-1] != '\t' && doc[j-1] != '\n' {
			j--
		}
		if j == e || j > floor && doc[j-1] != ' ' && doc[j-1] != '\t' && doc[j-1] != '\n' {
			return -1, -1
		}
		return j, e
	}
	changed := false
	for i, m := range ms {
		if !nameType(m.Type) || m.Source == SourceDefined {
			continue
		}
		floor, ok := chunkStart[m.ChunkID]
		if !ok {
			continue
		}
		name := strings.Join(strings.Fields(m.Text), " ")
		best, s := m.Start, m.Start
		for n := 0; n < maxWrappedHead; n++ {
			ps, pe := wordBefore(s, floor)
			if ps < 0 {
				break
			}
			name = string(doc[ps:pe]) + " " + name
			s = ps
			if longer[name] == m.Type {
				best = s
			}
		}
		if best < m.Start {
			ms[i].Start = best
			ms[i].Text = string(doc[best:m.End])
			ms[i].ID = mentionID(ms[i])
			changed = true
		}
	}
	if !changed {
		return ms
	}
	return merge(ms)
}

// accentedWords grows a name that ends or starts inside a word at an
// accented letter to the whole word: the patterns' letter classes are
// ASCII, and Go's \b is too, so "Judge William J. Martínez" was read as
// "William J. Mart". Only a cut next to a letter outside ASCII is mended;
// a cut between two ASCII letters is some rule's own ("DebtorGoss").
func accentedWords(t string, cs []cand) []cand {
	for i, c := range cs {
		e := c.end
		if r, _ := utf8.DecodeRuneInString(t[e:]); e > c.start && r > unicode.MaxASCII && unicode.IsLetter(r) {
			if p, _ := utf8.DecodeLastRuneInString(t[:e]); unicode.IsLetter(p) {
				for e < len(t) {
					r, n := utf8.DecodeRuneInString(t[e:])
					if !unicode.IsLetter(r) {
						break
					}
					e += n
				}
			}
		}
		s := c.start
		if p, _ := utf8.DecodeLastRuneInString(t[:s]); s < e && p > unicode.MaxASCII && unicode.IsLetter(p) {
			if r, _ := utf8.DecodeRuneInString(t[s:]); unicode.IsLetter(r) {
				for s > 0 {
					p, n := utf8.DecodeLastRuneInString(t[:s])
					if !unicode.IsLetter(p) {
						break
					}
					s -= n
				}
			}
		}
		cs[i].start, cs[i].end = s, e
	}
	return cs
}

// accentedSurnames grows a person's name over the surnames written with an
// accented letter that follow it on its line, one space apart, as a second
// surname often is ("Jason A. Reding" + " Quiñones", "Maria" + " Pérez
// Gómez"): the tagger knows few such words and stops before them. A word
// of the gazetteer's places, accents aside ("México"), is left out, and
// so is one a comma parts.
func accentedSurnames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson {
			continue
		}
		e := c.end
		for n := 0; n < 2 && e+1 < len(t) && t[e] == ' '; n++ {
			ws, we := e+1, e+1
			for we < len(t) {
				r, size := utf8.DecodeRuneInString(t[we:])
				if !unicode.IsLetter(r) {
					break
				}
				we += size
			}
			w := t[ws:we]
			if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) || !strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxASCII }) ||
				strings.ToUpper(w) == w || locationSet[strings.ToLower(withoutAccents(w))] {
				break
			}
			e = we
		}
		cs[i].end = e
	}
	return cs
}

// withoutAccents writes a word's letters without their accents, for the
// gazetteer's ASCII keys ("México" → "Mexico").
func withoutAccents(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(w))
}

// personAlias is a person's other name after "a/k/a", quoted or not:
// `VIKTOR A. PETRENKO,` / `a/k/a "Vic,"`, "John Smith a/k/a Johnny Smith".
// Group 1 is the name.
var personAlias = regexp.MustCompile(`^,?\s+(?:a/k/a|A/K/A|a\.k\.a\.|A\.K\.A\.)[ \t]+["“]?([A-Z][A-Za-z'’\-]*\.?(?:[ \t]+[A-Z][A-Za-z'’\-]*\.?){0,3})[,.]?["”]?(?:[^A-Za-z]|$)`)

// personAliases makes the name after a person's "a/k/a" a person: the
// same one's other name, which the tagger reads as a place ("Vic") and
// tradeNames, which reads a business's other name, as an organisation.
func personAliases(t string, cs []cand) []cand {
	if !containsAny(t, []string{"a/k/a", "A/K/A", "a.k.a.", "A.K.A."}) {
		return cs
	}
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if c.typ != TypePerson {
			continue
		}
		m := personAlias.FindStringSubmatchIndex(t[c.end:])
		if m == nil {
			continue
		}
		s, e := c.end+m[2], c.end+m[3]
		for j := range cs {
			if cs[j].typ == TypeOrg && cs[j].start == s {
				cs[j].typ = TypePerson // tradeNames' business
			}
		}
		cs = append(cs, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
	}
	return cs
}

// columnGap is the gap between two columns of a line: a tab, or five
// spaces or more, which no name has inside it.
var columnGap = regexp.MustCompile(`\t|  {4,}`)

// columnNames cuts a name that runs over a column's gap
// ("FOREPERSON                DAMIAN WILLIAMS" of an indictment's
// signature lines) to the last part that can be such a name: a person's
// of two words or more, an organisation's or a place's with a capital.
// A name with no such part goes.
func columnNames(t string, cs []cand) []cand {
	if !strings.Contains(t, "     ") && !strings.Contains(t, "\t") {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if !nameType(c.typ) || c.party {
			continue
		}
		gaps := columnGap.FindAllStringIndex(t[c.start:c.end], -1)
		if gaps == nil {
			continue
		}
		drop[i] = true
		end := c.end
		for k := len(gaps); k >= 0; k-- {
			s := c.start
			if k > 0 {
				s = c.start + gaps[k-1][1]
			}
			part := t[s:end]
			if ok := c.typ == TypePerson && personLike(part) || c.typ != TypePerson && startsUpper(part) && !jobWords[strings.ToLower(part)]; ok {
				cs[i].start, cs[i].end = s, end
				drop[i] = false
				break
			}
			if k > 0 {
				end = c.start + gaps[k-1][0]
			}
		}
	}
	return withoutDropped(cs, drop)
}

// capsTitledBefore is a title and a name's first words in capitals right
// before the surname a pattern read: "HON. CARL J. " of "HON. CARL J.
// LANDICINO". Group 1 is the name's first words.
var capsTitledBefore = regexp.MustCompile(`\b(?:HON\.|HONORABLE|JUDGE|JUSTICE|MR\.|MS\.|MRS\.|DR\.)[ \t]+((?:(?:[A-Z][A-Z'’\-]+|[A-Z]\.)[ \t]+){1,3})$`)

// titledCapsNames extends a person in capitals back over the given names
// and initials between a title and the surname ("LANDICINO" of "HON.
// CARL J. LANDICINO").
func titledCapsNames(t string, cs []cand) []cand {
	if !containsAny(t, []string{"HON", "JUDGE", "JUSTICE", "MR.", "MS.", "MRS.", "DR."}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypePerson || strings.ContainsFunc(t[c.start:c.end], unicode.IsLower) {
			continue
		}
		before := t[max(0, c.start-60):c.start]
		if m := capsTitledBefore.FindStringSubmatchIndex(before); m != nil {
			cs[i].start = c.start - (len(before) - m[2])
		}
	}
	return cs
}

// forName is an organisation's name that goes on after "for": up to
// three capitalised words, a head word, "for" and capitalised words with
// "and", "of", "the" or "&" between them ("International Centre for
// Dispute Resolution", "Institute for Justice", "Center for Democracy and
// Technology", "Office for Civil Rights"). Group 1 is the name.
var forName = regexp.MustCompile(`\b((?:[A-Z][A-Za-z'’\-]*[ \t]+){0,3}(?:Center|Centre|Institute|Council|Foundation|Society|Alliance|Coalition|Committee|Commission|Office|Bureau|Fund|Network|Project|CENTER|CENTRE|INSTITUTE|COUNCIL|FOUNDATION|COMMITTEE|COMMISSION|OFFICE)` +
	`[ \t]+(?:for|FOR)[ \t]+[A-Z][A-Za-z'’\-]*(?:[ \t]+(?:(?:and|of|the|&|AND|OF|THE)[ \t]+)?[A-Z][A-Za-z'’\-]*){0,4})\b`)

// forNameRuns searches forName in the runs that hold its "for".
var forNameRuns = runscan.New(forName, "for", "FOR")

// forNames returns the organisations forName finds, whose words after
// "for" are a name's, not a date's or a sentence's ("the Committee for
// Nov. 3", "the Office for The").
func forNames(t string) []cand {
	if !strings.Contains(t, " for ") && !strings.Contains(t, " FOR ") {
		return nil
	}
	var out []cand
	for _, m := range forNameRuns.FindAllStringSubmatchIndex(t) {
		_, tail, _ := strings.Cut(t[m[2]:m[3]], " for ")
		if tail == "" {
			_, tail, _ = strings.Cut(t[m[2]:m[3]], " FOR ")
		}
		first := firstWord(tail)
		if len(first) < 3 || monthHeads[first[:3]] || leadingNoise[strings.ToLower(first)] {
			continue
		}
		s := afterWords(t, m[2], leadingWords(strings.Fields(t[m[2]:m[3]]), 1, func(lw string) bool { return leadingNoise[lw] }))
		// "the Competitive Enterprise Institute's Center for Class Action
		// Fairness": the part's name starts after its body's possessive,
		// and the body is a name of its own.
		for _, w := range words(t[s:m[3]], s) {
			if possessive(w.text) {
				if body := possessor(t[s:w.end]); hasOrgWord(body) || companyEnd(body) {
					out = append(out, cand{typ: TypeOrg, start: s, end: s + len(body), source: SourcePattern})
				}
				s = w.end
			}
		}
		for s < m[3] && (t[s] == ' ' || t[s] == '\t') {
			s++
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: m[3], source: SourcePattern})
	}
	return out
}

// esquireAfter is a lawyer's "Esquire" after the name: ", Esquire", "
// Esq.".
var esquireAfter = regexp.MustCompile(`^,?[ \t]+(?:Esquire|ESQUIRE|Esq\.?|ESQ\.?)(?:[^A-Za-z]|$)`)

// esquireName is a lawyer's name before ", Esq." or ", Esquire", whatever
// its words: "GERALDINE PATTERSON-WU, ESQ.", "Geraldine Patterson-Wu,
// Esq., for the defendant". It starts a line, a column, or follows a
// colon, a semicolon, a comma or an opening parenthesis. Group 1 is the
// name, a generational suffix included.
var esquireName = regexp.MustCompile(`(?m)(?:^|[:;,(]|[ \t]{2})[ \t]*((?:[\p{Lu}][\p{L}'’\-]*\.?[ \t]+){1,3}[\p{Lu}][\p{L}'’\-]+(?:,[ \t]+(?:Jr\.|Sr\.|JR\.|SR\.|II|III|IV))?),?[ \t]+(?:Esquire|ESQUIRE|Esq\.?|ESQ\.?)(?:[^\p{L}]|$)`)

// esquireNames returns the people esquireName finds: the tagger misses
// names it has not seen the like of (a hyphenated surname), and a
// lawyer's "Esq." leaves no doubt. Titles and roles before the name
// ("Counsel", "Attorney") are not part of it, nor is the "Esquire" of
// the name before it in a flattened list ("R. Bruce McNew, Esquire David
// A. Jenkins, Esquire").
func esquireNames(t string) []cand {
	if !containsAny(t, []string{"Esq", "ESQ"}) {
		return nil
	}
	var out []cand
	for _, m := range esquireName.FindAllStringSubmatchIndex(t, -1) {
		s := m[3]
		for _, w := range words(t[m[2]:m[3]], m[2]) {
			if lw := strings.ToLower(w.text); !titleWords[lw] && !roleWords[lw] && !leadingNoise[lw] && lw != "esquire" {
				s = w.start
				break
			}
		}
		if s >= m[3] || !personLike(t[s:m[3]]) || hasOrgWord(t[s:m[3]]) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: s, end: m[3], source: SourcePattern})
	}
	return out
}

// kindOfLead is a document's kind or a fiduciary's role and "of" before
// an organisation's name: "Decision of the " of "Decision of the Board of
// Immigration Appeals", "Trustee of the " of "Trustee of the Evelyn M.
// Thornbury Revocable Trust".
var kindOfLead = regexp.MustCompile(`^(?:Decision|Opinion|Order|Judgment|Ruling|Report|Findings|DECISION|OPINION|ORDER|JUDGMENT|RULING|REPORT|FINDINGS|` +
	`Trustees?|Executor|Executrix|Administrator|Personal[ \t]+Representative|Guardian|Conservator|Receiver|TRUSTEES?|EXECUTOR|ADMINISTRATOR|RECEIVER)[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?`)

// lawyerNames makes the tagger's place or organisation that a lawyer's
// "Esquire" follows a person ("Sofia Lindqvist, Esquire"), and starts an
// organisation's name after the kind of document or the fiduciary's role
// that opens it (kindOfLead: "Decision of the Board of Immigration
// Appeals", a header's line; "Trustee of the … Revocable Trust").
func lawyerNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.source == SourceModel && (c.typ == TypeLocation || c.typ == TypeOrg) && personLike(t[c.start:c.end]) && !hasOrgWord(t[c.start:c.end]) &&
			esquireAfter.MatchString(t[c.end:]) {
			cs[i].typ = TypePerson
		}
		if c.typ == TypeOrg && !c.party {
			if m := kindOfLead.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
				cs[i].start = c.start + m[1]
			}
		}
	}
	return cs
}

// titledOf is a person's title, the name and "of" opening an
// organisation's name the tagger read whole: "Dr. Li Wei of " of "Dr. Li
// Wei of Tsinghua University", "Officer Colt Arnold of the " of "… San
// Antonio Police Department". Group 1 is the person's name.
var titledOf = regexp.MustCompile(`(?:^|[ \t])(?:Dr\.|Professor|Prof\.|Mr\.|Mrs\.|Ms\.|Judge|Justice|Senator|Governor|Mayor|Officer|Deputy|Sergeant|Sgt\.|Detective|Det\.|Trooper|Lieutenant|Lt\.|Captain|Capt\.|Agent)[ \t]+((?:[A-Z][\p{L}'’\-]*\.?[ \t]+){1,3}?[A-Z][\p{L}'’\-]*)[ \t]+of[ \t]+(?:the[ \t]+)?`)

// titledPeopleOf splits an organisation's name that a titled person and
// "of" open into the person and the organisation; a company's name with
// its form that ran on into them ("Philips N.V. Dr. Li Wei of Tsinghua
// University", a sentence's end the form's period hid) is a third.
func titledPeopleOf(t string, cs []cand) []cand {
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		m := titledOf.FindStringSubmatchIndex(name)
		if m == nil || c.start+m[1] >= c.end {
			return c, nil, false
		}
		var added []cand
		if before := strings.TrimSpace(name[:m[0]]); before != "" {
			if !companyEnd(before) && !foreignFormEnd.MatchString(" "+before) {
				return c, nil, false
			}
			added = append(added, cand{typ: TypeOrg, start: c.start, end: c.start + len(before), source: c.source})
		}
		added = append(added, cand{typ: TypePerson, start: c.start + m[2], end: c.start + m[3], source: c.source})
		c.start += m[1]
		return c, added, true
	})
}

// districtNumber is a district's number after its name: " No. 49" of
// "Wellpinit School District No. 49", " 201-U" of "Community Unit School
// District 201-U", " #5"; not a date's first number ("Water District
// 9.14.21"). Group 1 is the number.
var districtNumber = regexp.MustCompile(`^[ \t]+(?:(?:No\.|NO\.)[ \t]*|#[ \t]*)?(\d{1,4}(?:-?[A-Z]{1,2})?)(?:[^A-Za-z0-9\-.]|\.[^0-9]|\.?$)`)

// districtNumbers extends an organisation named a district over its
// number, which the patterns and the tagger leave out: "Independent School
// District No. 625". A bare year after the name is no number of it, nor
// is a street address's house number.
func districtNumbers(t string, cs []cand) []cand {
	var streets map[int]int
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeCase || !strings.EqualFold(lastWord(t[c.start:c.end]), "district") {
			continue
		}
		m := districtNumber.FindStringSubmatchIndex(t[c.end:])
		if m == nil {
			continue
		}
		if streets == nil {
			streets = startIndex(cs, TypeLocation)
		}
		if _, ok := streets[c.end+m[2]]; ok {
			continue // "San Francisco District" + " 1431 Harbor Bay Parkway"
		}
		num := t[c.end+m[2] : c.end+m[3]]
		if yearNumber(num) && !strings.ContainsAny(t[c.end:c.end+m[2]], "#.") {
			continue
		}
		cs[i].end = c.end + m[3]
	}
	return cs
}

// courtOrdinalBefore is a state trial court's number right before its
// name: "41st " of "41st District Court, El Paso County", "Nineteenth " of
// "Nineteenth Judicial District Court".
var courtOrdinalBefore = regexp.MustCompile(`(?:\b\d{1,3}(?:st|nd|rd|th|d)|\b` + spelledOrdinal + `)[ \t]+$`)

// spelledOrdinal is an ordinal spelled out in title case, a compound's
// second word in either case: "Nineteenth", "Twenty-First", "Twenty-first"
// (the National Labor Relations Board's regions).
const spelledOrdinal = `(?:(?:Twenty|Thirty|Forty|Fifty|Sixty)-(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|` +
	`First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth|Fortieth|Fiftieth)`

// courtNumbers extends a state's district or circuit court over its
// number before it, which one of the patterns' forms leaves out ("41st" +
// "District Court, El Paso County").
func courtNumbers(t string, cs []cand) []cand {
	for i, c := range cs {
		name := t[c.start:c.end]
		if c.typ != TypeCourt || !strings.HasPrefix(name, "District Court") && !strings.HasPrefix(name, "Judicial District Court") && !strings.HasPrefix(name, "Circuit Court") {
			continue
		}
		if m := courtOrdinalBefore.FindStringIndex(t[max(0, c.start-24):c.start]); m != nil {
			cs[i].start = max(0, c.start-24) + m[0]
		}
	}
	return cs
}

// counselForWords are a lawyer's label before the party: "Counsel for",
// "Attorneys for", in title case or capitals.
const counselForWords = `(?:[Cc]ounsel|COUNSEL|[Aa]ttorneys?|ATTORNEYS?)[ \t\n]+(?:for|FOR)`

// partyRoles are a party's roles in a case, which a counsel list or a
// pleading writes before the party's name: "for Plaintiff State of Ohio",
// "Defendant MV Realty of Missouri, LLC".
const partyRoles = `(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?|Intervenors?)`

// leadingLabel is what a list runs into the name after it: an officer's
// title before the company ("President/CEO Berkeley Nutritional
// Corporation"), a research site's label ("Parties SANTO'S ITALIAN CAFÉ
// LLC"), a lawyer's "Esquire" before the next lawyer or the firm ("Esquire,
// Whiteford, Taylor & Preston, L.L.C."), "Counsel for" or "Attorneys for"
// before the party, a lawyer's abbreviated title before the office
// ("Attys., Department of Justice"), "Amicus Curiae" before the amicus ("Amicus Curiae
// Colorado Ski Country USA"); and a party's role before its name in a pleading's
// sentence ("Defendant MV Realty of Missouri, LLC is a Missouri limited
// liability company").
var leadingLabel = regexp.MustCompile(`^(?:(?:[A-Z][a-z]+/)?(?:CEO|CFO|COO)[ \t]+|Parties[ \t]+|Attys?\.,?[ \t]+|(?:Esquire|ESQUIRE|Esq\.|ESQ\.),?[ \t]+|` + counselForWords + `[ \t]+|(?:Amicus|Amici|AMICUS|AMICI)[ \t]+(?:Curiae|CURIAE)[ \t]+|(?:` + partyRoles + `|Debtors?|Relators?)[ \t]+)`)

// inReOpening is a bankruptcy's or an estate's caption's opening, which
// no company's name has: "IN RE CARLISLE ETCETERA LLC", "In re: Acme
// Corp.".
var inReOpening = regexp.MustCompile(`^(?:(?:In|IN)[ \t]+)?(?:re|RE|Re):?[ \t]+[A-Z]`)

// panelTitleOpen is the judges' title that ends a panel's line, which a
// caption run into the line after it opens with: "HUMPHREY, JJ. DAY'S AUTO
// BODY, INC. v. TOWN OF MEDWAY"; a research site's label before the
// caption ("Parties Marie BAPTISTE, …, Plaintiffs, v. Mike KENNEALY"); and
// the last word of a Tennessee court's term line before the caption in
// capitals ("September 13, 2016 Session DESHAWN LAMAR BAKER v. STATE").
var panelTitleOpen = regexp.MustCompile(`^(?:JJ\.|C\.J\.|P\.J\.|JJ\.,|Parties|Session)[ \t]+`)

// leadingLabels starts a case's name or its party's after a panel's
// judges' title or a site's label (panelTitleOpen), a name after a counsel list's label (leadingLabel),
// an organisation's after a caption's "In re" (inReOpening), and a person's after the state of the city before it, which a flattened
// list runs on into the next lawyer: "Wilmington, Delaware" + " Martin S.
// Lessner", "Wilmington, DE" + " Kevin G. Abrams", "Washington, DC." + "
// Michael T. Dougherty".
func leadingLabels(t string, cs []cand) []cand {
	for i, c := range cs {
		if m := panelTitleOpen.FindStringIndex(t[c.start:c.end]); m != nil && (c.typ == TypeCase || c.typ == TypeOrg || c.party) && c.start+m[1] < c.end {
			cs[i].start = c.start + m[1]
			if c.party {
				cs[i].typ = partyType(t[cs[i].start:c.end]) // its words' count was the title's
			}
			continue
		}
		if !nameType(c.typ) || c.party {
			continue
		}
		if m := leadingLabel.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start = c.start + m[1]
			continue
		}
		if m := inReOpening.FindStringIndex(t[c.start:c.end]); m != nil && c.typ == TypeOrg {
			cs[i].start = c.start + m[1] - 1
			continue
		}
		if c.typ != TypePerson {
			continue
		}
		w, rest, ok := strings.Cut(t[c.start:c.end], " ")
		w = strings.TrimSuffix(w, ".")
		if !ok || !postalCodes[w] && !stateNames[w] || !personLike(strings.TrimSpace(rest)) || len(strings.Fields(rest)) < 2 {
			continue
		}
		before := strings.TrimRight(t[:c.start], " \t")
		city := before[strings.LastIndexAny(before, " \t\n")+1:]
		if len(city) > 2 && strings.HasSuffix(city, ",") && capitalised(city) {
			cs[i].start = c.end - len(strings.TrimLeft(rest, " \t"))
		}
	}
	return cs
}

// possessiveFiling is a person's name, a possessive and a filing of
// theirs that the tagger read as one name: "Strand's Report" of "Judge
// Strand's Report and Recommendation", "Smith's Motion". Group 1 is the
// person's name.
var possessiveFiling = regexp.MustCompile(`^(.+)['’]s[ \t]+(?:Report|Recommendation|Motion|Order|Opinion|Brief|Complaint|Affidavit|Declaration|Petition|Memorandum|Objections?|Response|Reply|Testimony|Decision|Findings)$`)

// possessiveFilings cuts a person's name before the possessive of a filing
// of theirs (possessiveFiling).
func possessiveFilings(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.party {
			continue
		}
		if m := possessiveFiling.FindStringSubmatchIndex(t[c.start:c.end]); m != nil {
			cs[i].end = c.start + m[3]
		}
	}
	return cs
}

// titledGivenNames extends the tagger's person of one word right after a
// title over the capitalised word after it, on the same line, which the
// tagger left out ("Assistant United States Attorney Rick" + " Veters."):
// a title opens a name, and after a given name comes the surname. The word
// must be no place's, organisation's, title's or document's word, and no
// other candidate's.
func titledGivenNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.source != SourceModel || c.party || !properWord.MatchString(t[c.start:c.end]) {
			continue
		}
		ps, pe, ok := prevWord(t, c.start)
		if !ok || strings.Contains(t[pe:c.start], "\n") {
			continue
		}
		if title := strings.ToLower(t[ps:pe]); !titleWords[title] && !rankWords[title] {
			continue
		}
		ns, ne, ok := nextWord(t, c.end)
		if !ok || strings.Contains(t[c.end:ns], "\n") {
			continue
		}
		w := strings.TrimRight(t[ns:ne], ".")
		lw := strings.ToLower(w)
		if !properWord.MatchString(w) || titleWords[lw] || rankWords[lw] || jobWords[lw] || orgWords[lw] || locationSet[lw] ||
			docWords[lw] || courtWords[lw] || notNameAlone[lw] || months[lw] || overlapsAny(cand{start: ns, end: ns + len(w)}, cs) {
			continue
		}
		cs[i].end = ns + len(w)
	}
	return cs
}

// particleSurname is a surname that a particle opens, after the given
// names the tagger read: " de la Cruz" of "María José de la Cruz", " van
// der Berg", " von Trapp".
var particleSurname = regexp.MustCompile(`^[ \t]+(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|de|del|da|das|do|dos|van[ \t]+der|van[ \t]+den|van|von|di|du)[ \t]+[\p{Lu}][\p{L}'’\-]+`)

// particleRest is the rest of a surname a capitalised particle opens,
// after the particle the tagger ended a name with ("Barbara Van" + " Den
// Arend", "Robert F. Van" + " der Waag", "Maria De" + " La Cruz"): a
// second particle or not, then the surname's word.
var particleRest = regexp.MustCompile(`^[ \t]+(?:(?:[Dd]e[nr]|[Ll]a|[Ll]os|[Ll]as|[Dd]el)[ \t]+)?[\p{Lu}][\p{Ll}][\p{L}'’\-]*`)

// particleNames extends a person's name over a surname a particle opens,
// unless the surname is a place's name ("Juan de Texas" is no one's): a
// particle in lower case after the name, or the rest of a surname after a
// capitalised particle the name ends with (particleRest).
func particleNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.party {
			continue
		}
		m := particleSurname.FindStringIndex(t[c.end:])
		if m == nil && strings.ContainsAny(t[c.start:c.end], " \t") && particles[lastWord(t[c.start:c.end])] {
			m = particleRest.FindStringIndex(t[c.end:])
		}
		if m == nil || locationSet[strings.ToLower(lastWord(t[c.end:c.end+m[1]]))] {
			continue
		}
		cs[i].end = c.end + m[1]
	}
	return cs
}

// particleCompany is the rest of a name that a particle in lower case
// goes on with after the initials the name ended with: ". du Pont de
// Nemours & Co." of "In re E. I." — each particle (particleWords, one or
// two) with the one capitalised word after it, then a company's form
// ("& Co.", "Company"); a capitalised word after that is the sentence's ("v.
// R. de la Garza Texas law").
var particleCompany = func() *regexp.Regexp {
	p := strings.Join(strings.Fields(particleWords), "|")
	return regexp.MustCompile(`^\.?(?:[ \t]+(?:` + p + `)(?:[ \t]+(?:` + p + `))?[ \t]+\p{Lu}[\p{L}'’\-]*)+(?:(?:[ \t]+(?:&|and))?[ \t]+(?:Co\.|Company|Cie\.))?`)
}()

// endingInitial is a name's last word that is an initial, its period
// trimmed or not, after a space or the initial before it: " I" of "In re
// E. I", ".I" of "In re E.I".
var endingInitial = regexp.MustCompile(`[ \t.]\p{Lu}\.?$`)

// particleCaseNames extends a case's name that ends with a party's
// initials over the particle-led rest of the party's name
// (particleCompany): "In re E. I" + ". du Pont de Nemours & Co.", the
// case the trademark board cites for its likelihood-of-confusion factors.
func particleCaseNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeCase || !endingInitial.MatchString(t[c.start:c.end]) {
			continue
		}
		if m := particleCompany.FindStringIndex(t[c.end:]); m != nil {
			cs[i].end = c.end + m[1]
		}
	}
	return cs
}

// jobTitled is a person's name after the title of an investigator, an
// officer of the police or a shift's or store's supervisor, which the
// tagger has not learnt to see names after: "Shift Supervisor Cassie
// Fleischer", "Special Agent Kyle Brennan of the FBI", "Investigator Pham
// Linh". Titles that may open other names ("Officer Training Program",
// "Agent Orange") are left out. Group 1 is the name, two or three
// capitalised words or a middle initial, which no capitalised word goes on
// after.
var jobTitled = regexp.MustCompile(`\b(?:Special[ \t]+Agent(?:[ \t]+in[ \t]+Charge)?|Detective|Det\.|Sergeant|Lieutenant|Lt\.|Corporal|Cpl\.|Trooper|Investigator|(?:Shift|Store)[ \t]+(?:Supervisor|Manager))[ \t]+` +
	`((?:[A-Z]\.[ \t]+)?[A-Z][\p{Ll}][\p{L}'’\-]*(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{Ll}][\p{L}'’\-]*){1,2})(?:[ \t]*[^\p{L} \t]|[ \t]+[\p{Ll}]|[ \t]*$)`)

// jobTitledPeople returns the people jobTitled finds: a name that reads as
// a person's, with no organisation's or place's word.
func jobTitledPeople(t string) []cand {
	if !containsAny(t, []string{"Agent", "Det", "Sergeant", "Lieutenant", "Lt.", "Corporal", "Cpl.", "Trooper", "Investigator", "Supervisor", "Manager"}) {
		return nil
	}
	var out []cand
	for _, m := range jobTitled.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		if !personLike(name) || hasOrgWord(name) || companyEnd(name) || locationSet[strings.ToLower(firstWord(name))] || locationSet[strings.ToLower(lastWord(name))] ||
			slices.ContainsFunc(strings.Fields(name), func(w string) bool { return unitWords[strings.ToLower(w)] || streetWords[strings.ToLower(w)] }) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// localOfficial is a local government's officer's title before a name, as
// a resolution's vote or a board's minutes write it: "Mayor Schwedhelm",
// "Vice Mayor Rogers", "Council Member Leslie Pool", "Councilmember Jane
// Doe", "Commissioner Smith"; a plural title before a list ("Council
// Members Combs, Fleming, Sawyer, Tibbetts"). Group 1 is the plural's
// "s", group 2 the first name, and localName each name after it.
var localOfficial = regexp.MustCompile(`\b(?:(?:Vice|Deputy)[ \t]+)?(?:Mayor|Council[ \t]?(?:[Mm]ember|[Ww]oman|[Mm]an|[Pp]erson)|Councilor|Alder(?:man|woman|person)|Supervisor|Commissioner|Selectman|Selectwoman)(s)?[ \t]+(` + localName + `)`)

// localName is a person's name after a localOfficial's title: a surname,
// or given names and initials before it.
const localName = `(?:[A-Z]\.[ \t]+)?[A-Z][\p{Ll}][\p{L}'’\-]*(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{Ll}][\p{L}'’\-]*){0,2}`

// localListed is one more name of a plural title's list: ", Fleming",
// ", and Tibbetts".
var localListed = regexp.MustCompile(`^,?[ \t]+(?:and[ \t]+)?(` + localName + `)`)

// localOfficials returns the people localOfficial names: each name that
// is no organisation's, place's or month's word ("Commissioner of
// Insurance", "Supervisor Training" name no one).
func localOfficials(t string) []cand {
	if !containsAny(t, []string{"Mayor", "Council", "Alder", "Supervisor", "Commissioner", "Select"}) {
		return nil
	}
	var out []cand
	ok := func(name string) bool {
		for _, w := range strings.Fields(name) {
			lw := strings.ToLower(w)
			if orgWords[lw] || orgSuffix[lw] || locationSet[lw] || governmentWords[lw] || months[lw] || leadingNoise[lw] || unitWords[lw] || titleWords[lw] || jobWords[lw] {
				return false
			}
		}
		return true
	}
	for from := 0; from < len(t); {
		m := localOfficial.FindStringSubmatchIndex(t[from:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		from = m[1]
		// "Supervisor Hilda L. Solis Supervisor Sheila Kuehl": the next
		// official's title ends the name, and the search goes on from it.
		for ws := strings.Fields(t[m[4]:m[5]]); len(ws) > 1 && civilTitleWords[strings.ToLower(ws[len(ws)-1])]; ws = ws[:len(ws)-1] {
			m[5] = m[4] + len(strings.TrimRight(t[m[4]:m[5]-len(ws[len(ws)-1])], " \t"))
			from = m[5]
		}
		if !ok(t[m[4]:m[5]]) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[4], end: m[5], source: SourcePattern})
		for e := m[5]; m[2] >= 0; {
			l := localListed.FindStringSubmatchIndex(t[e:])
			if l == nil || !ok(t[e+l[2]:e+l[3]]) {
				break
			}
			out = append(out, cand{typ: TypePerson, start: e + l[2], end: e + l[3], source: SourcePattern})
			e += l[1]
		}
	}
	return out
}

// unitWords name a unit of a police force or an agency, or its work,
// which a title may precede as well as a name ("Special Agent Training
// Academy", "Detective Division Commander").
var unitWords = wordSet(`academy training program programs division branch unit squad task force bureau section team center
	commander office department services operations school course manual report`)

// edgeConnectors are words no name ends with: "Patrick Abeyta and" of a
// caption's list, "Acme Widget &".
var edgeConnectors = wordSet(`and & or of the for`)

// contactLabels are the labels of a notice's contact lines, which end no
// person's name: "Attn: Mr. Michael Moretti Fax: (212) …" on one line.
var contactLabels = wordSet(`fax facsimile tel tel. telephone phone email e-mail mobile cell`)

// labelEnds are the words of a form's label, which end no name: "ADVERSARY
// NO", "Warrant Certificate Nos", "MOTION DATE".
var labelEnds = wordSet(`no no. nos nos. date`)

// poBox is a post office box, which names no one.
var poBox = regexp.MustCompile(`^(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]+(?:Box|BOX)$`)

// officeFor reports whether w is a lawyer's or an officer's title that
// "for" follows: "Attorney" of "Tylvester Goss Attorney for Debtor" (a
// flattened signature block). A surname such as "Justice" or "Judge" has
// no "for" after it.
func officeFor(t string, w word) bool {
	if !titleWords[strings.ToLower(w.text)] {
		return false
	}
	ns, ne, ok := nextWord(t, w.end)
	return ok && (t[ns:ne] == "for" || t[ns:ne] == "FOR")
}

// transcriptMark reports whether w is a transcript's "Q." or "A." opening
// its line in a text that has lines opened by the other one.
func transcriptMark(t string, w word) bool {
	if (w.text != "A." && w.text != "Q.") || strings.TrimSpace(t[strings.LastIndexByte(t[:w.start], '\n')+1:w.start]) != "" {
		return false
	}
	other := "\nQ."
	if w.text == "Q." {
		other = "\nA."
	}
	nt := "\n" + t
	return strings.Contains(nt, other) || strings.Contains(nt, strings.Replace(other, "\n", "\n ", 1)) || strings.Contains(nt, strings.Replace(other, "\n", "\n\t", 1))
}

// juryLabels are the words a grand jury's foreperson signs under.
var juryLabels = wordSet(`foreperson foreman forewoman`)

// completeCompany reports whether a company's name ends in its legal form
// or a company's own word ("Company", "Corporation"), complete: a name
// that a line break wraps ("Stetson Union" / "Church") does not.
func completeCompany(name string) bool {
	w := strings.ToLower(strings.TrimRight(lastWord(name), ","))
	return legalForms[w] || legalForms[strings.TrimSuffix(w, ".")] || w == "company" || w == "corporation" || w == "incorporated"
}

// companiesRunTogether finds, in an organisation's words, a first company
// complete with its legal form (words ..j) and a second of two words or
// more, complete too and opening in a capital, after it or after an "and"
// (words k..): "ABM Building Solutions, LLC ABM Parking Services, Inc.".
// A company's own word ("Company", "Corporation") ends the first only
// before "and": "Acme Company Holdings, Inc." is one. j is 0 when the name
// is one company.
func companiesRunTogether(ws []word) (j, k int) {
	if len(ws) < 4 || !completeCompany(ws[len(ws)-1].text) {
		return 0, 0
	}
	for j = 1; j+2 < len(ws); j++ {
		if !completeCompany(ws[j].text) {
			continue
		}
		k = j + 1
		and := ws[k].text == "and" || ws[k].text == "AND"
		if and {
			k++
		}
		w := strings.ToLower(strings.TrimRight(ws[j].text, ","))
		if len(ws)-k < 2 || !and && !legalForms[w] && !legalForms[strings.TrimSuffix(w, ".")] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(ws[k].text); unicode.IsUpper(r) {
			return j, k
		}
	}
	return 0, 0
}

// firmLineAfter is a line break and a line that is a firm's name with its
// form: "\nFair Work, P.C.".
var firmLineAfter = regexp.MustCompile(`^\n[ \t]*[A-Z][^\n]*,[ \t]*(?:` + legalForm + `|` + professionalForm + `)[ \t]*$`)

// officerAfter is a company's officer's title after a comma and an
// article: ", the Secretary", ", its Chief Executive Officer".
var officerAfter = regexp.MustCompile(`^,[ \t]+(?:the|its|our|their)[ \t]+(?:Chief|President|Vice[ \t]+President|Secretary|Assistant[ \t]+Secretary|Treasurer|General[ \t]+Counsel|Chairman|Chairwoman|Chair|Managing[ \t]+(?:Member|Director|Partner))(?:[ \t]+[A-Z][a-z]+){0,2}(?:[ \t]*[,.;:]|[ \t]+(?:of|and|to)\b|[ \t]*$)`)

// dayAfter is a date's day and year after its month: " 12, 2023".
var dayAfter = regexp.MustCompile(`^[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}\b`)

// capsOpeners are a contract's and a caption's connectors in capitals,
// which open no organisation's name.
var capsOpeners = wordSet(`AMONG BETWEEN BY AND V. VS. VERSUS TO FROM WITH INTO`)

// placeStop reports whether a name ends in a place the gazetteer knows
// and a full stop after its last word of four letters or more, a
// sentence's: "State of New York.", "Ohio." ("Ill." and "Tex." are
// abbreviations, which sentenceStop keeps).
func placeStop(name string) bool {
	p, ok := strings.CutSuffix(name, ".")
	last := lastWord(p)
	return ok && len(last) >= 4 && !strings.ContainsFunc(last[1:], unicode.IsUpper) && endsInPlace(p)
}

// clauseOpeners are the words that open a sentence's clause, capitalised
// at its start, before an article: "Since the Labor Department …".
var clauseOpeners = map[string]bool{"Since": true, "So": true, "Where": true, "When": true, "While": true, "Because": true, "Although": true,
	"Though": true, "Once": true, "Until": true, "Unless": true, "Whereas": true, "If": true, "After": true, "Before": true}

// documentHeadings are a decision's or a filing's headings in capitals,
// which a page may run on after the name before them.
var documentHeadings = map[string]bool{"DECISION": true, "ORDER": true, "OPINION": true, "JUDGMENT": true, "MEMORANDUM": true, "NOTICE": true, "COMPLAINT": true}

// nameEdges mends the edges of the names the rules before left: a
// connector at a name's end goes, a lawyer's or an officer's title after
// a person's name (officeFor), and a date's month ("/s/ Elizabeth Cadle
// September 12, 2023", a signature and its date's column run into one
// line), and a sentence's full stop after a word that is no abbreviation
// or after a place's name (placeStop);
// the tagger's organisation that an officer's title follows is a
// person (officerAfter); a form's label ("ADVERSARY NO") or a post office
// box is no name; a connector in capitals opens no organisation
// (capsOpeners).
func nameEdges(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg && c.typ != TypeLocation {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		// "Department of Labor Logo OSHA News Release": a web page's image
		// of a body's name ends the name.
		if k := slices.IndexFunc(ws, func(w word) bool { return w.text == "Logo" || w.text == "logo" }); k > 0 && c.typ == TypeOrg {
			ws = ws[:k]
		}
		// "MINUTES OF COLORADO PASSENGER TRAMWAY SAFETY BOARD", "Zoning
		// Board of Appeals Meeting Minutes": a meeting's minutes are the
		// body's record, not its name.
		if c.typ == TypeOrg && len(ws) > 2 && strings.EqualFold(ws[0].text, "minutes") && strings.EqualFold(ws[1].text, "of") {
			ws = ws[2:]
			cs[i].start = ws[0].start
		}
		if n := len(ws); c.typ == TypeOrg && n > 2 && strings.EqualFold(ws[n-1].text, "minutes") {
			ws = ws[:n-1]
			if n > 3 && strings.EqualFold(ws[n-2].text, "meeting") {
				ws = ws[:n-2]
			}
		}
		// "Patrick B. Augustine DECISION": a heading's word in capitals
		// after a name in mixed case is none of it.
		if n := len(ws); c.typ == TypePerson && n > 2 && documentHeadings[ws[n-1].text] && strings.ContainsFunc(ws[n-2].text, unicode.IsLower) {
			ws = ws[:n-1]
		}
		for len(ws) > 1 && (edgeConnectors[strings.ToLower(ws[len(ws)-1].text)] || c.typ == TypePerson && officeFor(t, ws[len(ws)-1]) ||
			c.typ == TypePerson && contactLabels[strings.ToLower(strings.TrimRight(ws[len(ws)-1].text, ":"))] ||
			months[strings.ToLower(ws[len(ws)-1].text)] && dayAfter.MatchString(t[ws[len(ws)-1].end:])) {
			ws = ws[:len(ws)-1]
		}
		// "Special Agent in Charge J. William Rivers": the title's last
		// word opens no name.
		// Nor does a grand jury's "FOREPERSON" beside the prosecutor's
		// signature ("FOREPERSON DAMIAN WILLIAMS" once the columns were
		// joined).
		// Nor a transcript's answer's "A." at a line's start ("A.
		// Margaret Hollis."), where the text has questions' lines.
		// Nor a counsel block's "By" before its lawyer ("Arizona Attorney
		// General's Office, Phoenix" / "By Joseph T. Maziarz").
		if len(ws) > 1 && c.typ == TypePerson && ((ws[0].text == "Charge" || ws[0].text == "CHARGE") && strings.HasSuffix(strings.ToLower(t[:ws[0].start]), "in ") ||
			juryLabels[strings.ToLower(ws[0].text)] || transcriptMark(t, ws[0]) || (ws[0].text == "By" || ws[0].text == "BY") && len(ws) > 2) {
			ws = ws[1:]
			cs[i].start = ws[0].start
		}
		// "Since the Labor Department", "So the Park District": a
		// clause's opening word and its article open no body's or place's
		// name.
		if len(ws) > 2 && c.typ != TypePerson && clauseOpeners[ws[0].text] && ws[1].text == "the" {
			ws = ws[2:]
			cs[i].start = ws[0].start
		}
		// "BY AND AMONG ORAMED NEWCO, INC.", "V. FIRST FINANCIAL EQUITY
		// CORPORATION": a contract's or a caption's connector in capitals
		// opens no organisation.
		for len(ws) > 1 && c.typ == TypeOrg && capsOpeners[ws[0].text] {
			ws = ws[1:]
			cs[i].start = ws[0].start
		}
		if len(ws) == 0 {
			continue
		}
		cs[i].end = ws[len(ws)-1].end
		// "an MBA from Harvard Business School.": a sentence's full stop
		// is not the name's ("Int'l." keeps its own).
		if sentenceStop(ws[len(ws)-1].text) || placeStop(t[cs[i].start:cs[i].end]) {
			cs[i].end--
		}
		// A name over a line break that joined two things a text's
		// columns set apart: "/s/ Linda Svensson" over "Linda Svensson,
		// CEO" (the same name twice), "Hillary Schwab" over "Fair Work,
		// P.C." (the lawyer and her firm), "Hon. Annette J. Berry" over
		// "GREAT LAKES FORGING COMPANY" (the judge and a party), two
		// companies each complete on its line.
		if nl := strings.IndexByte(t[cs[i].start:cs[i].end], '\n'); nl > 0 {
			first, second := strings.TrimSpace(t[cs[i].start:cs[i].start+nl]), strings.TrimSpace(t[cs[i].start+nl:cs[i].end])
			switch {
			case c.typ == TypePerson && first == second:
				cs[i].end = cs[i].start + len(strings.TrimRight(t[cs[i].start:cs[i].start+nl], " \t"))
			case c.typ == TypePerson && firmLineAfter.MatchString(t[cs[i].start+nl:lineEnd(t, cs[i].start+nl+1)]):
				cs[i].end = cs[i].start + len(strings.TrimRight(t[cs[i].start:cs[i].start+nl], " \t"))
			case c.typ == TypePerson && len(strings.Fields(first)) == 1 && !isUpperName(first) && len(strings.Fields(second)) > 1 && isUpperName(second):
				// "Dickson v. State" / "KEVIN DICKSON, Appellant": a
				// header's last word over the caption's name in capitals
				// on the next line.
				cs[i].start += nl + 1
				for cs[i].start < cs[i].end && strings.ContainsRune(" \t\n", rune(t[cs[i].start])) {
					cs[i].start++
				}
			case c.typ == TypeOrg && len(strings.Fields(first)) > 1 && len(strings.Fields(second)) > 1 && completeCompany(first) && completeCompany(second):
				// "Great Northern Casualty Insurance Company" over
				// "Lakeside Insurance Agency, Inc.": two companies, each
				// complete on its line.
				ss := cs[i].start + nl + 1
				for ss < cs[i].end && strings.ContainsRune(" \t\n", rune(t[ss])) {
					ss++
				}
				cs = append(cs, cand{typ: TypeOrg, start: ss, end: cs[i].end, source: c.source})
				cs[i].end = cs[i].start + len(strings.TrimRight(t[cs[i].start:cs[i].start+nl], " \t"))
			case c.typ == TypeOrg && titleWords[strings.ToLower(firstWord(first))] && personLike(strings.TrimSpace(first[len(firstWord(first)):])) && isUpperName(second):
				ps := cs[i].start + len(firstWord(first))
				for ps < cs[i].end && (t[ps] == ' ' || t[ps] == '\t') {
					ps++
				}
				cs = append(cs, cand{typ: TypePerson, start: ps, end: cs[i].start + len(strings.TrimRight(t[cs[i].start:cs[i].start+nl], " \t")), source: c.source})
				cs[i].start = cs[i].start + nl + 1
				for cs[i].start < cs[i].end && strings.ContainsRune(" \t\n", rune(t[cs[i].start])) {
					cs[i].start++
				}
			}
			ws = words(t[cs[i].start:cs[i].end], cs[i].start)
			if len(ws) == 0 {
				drop[i] = true
				continue
			}
		}
		// "ABM Building Solutions, LLC ABM Parking Services, Inc.", "Coach
		// Inc and Coach Services Inc": two companies run into one name,
		// each complete, are two.
		if c.typ == TypeOrg {
			if j, k := companiesRunTogether(ws); j > 0 {
				cs = append(cs, cand{typ: TypeOrg, start: ws[k].start, end: cs[i].end, source: c.source})
				cs[i].end = ws[j].start + len(strings.TrimRight(ws[j].text, ","))
				ws = ws[:j+1]
			}
		}
		name := t[cs[i].start:cs[i].end]
		// "Tobias Lindqvist, the Secretary": a name that a company's
		// officer's title follows is a person's, whatever the tagger read.
		if c.typ == TypeOrg && c.source == SourceModel && personLike(name) && !hasOrgWord(name) && !companyEnd(name) && officerAfter.MatchString(t[cs[i].end:]) {
			cs[i].typ = TypePerson
		}
		if len(ws) > 1 && labelEnds[strings.ToLower(ws[len(ws)-1].text)] || poBox.MatchString(name) {
			drop[i] = true
		}
	}
	return withoutDropped(cs, drop)
}

// lineTail is the one capitalised word that ends a line after a name:
// " Slaughter" of "Rebecca Kelly Slaughter" in a list of commissioners,
// one to a line.
var lineTail = regexp.MustCompile(`^[ \t]+([A-Z][a-z][\p{L}'’\-]+)[ \t]*(?:\n|$)`)

// lineTailNames extends the tagger's person that a line's last word
// follows over it, where the line holds only the name: the tagger cuts a
// surname that is a common word ("Slaughter"). A title, a role, a place
// or an organisation's word is no surname.
func lineTailNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.source != SourceModel {
			continue
		}
		m := lineTail.FindStringSubmatchIndex(t[c.end:])
		if m == nil {
			continue
		}
		ls := strings.LastIndexByte(t[:c.start], '\n') + 1
		w := strings.ToLower(t[c.end+m[2] : c.end+m[3]])
		name := t[c.start : c.end+m[3]]
		if strings.TrimSpace(t[ls:c.start]) != "" || jobWords[w] || titleWords[w] || roleWords[w] || locationSet[w] || orgWords[w] || legalForms[w] ||
			docWords[w] || notNameAlone[w] || !personLike(name) {
			continue
		}
		cs[i].end = c.end + m[3]
	}
	return cs
}

// cityAhead is a city's name of one or two words at the end of the text
// before a state's comma, and the word before it: "A Columbus" of "A
// Columbus, Ohio, man", "St. Paul" of "…, St. Paul, Minnesota". Group 1
// is the word before the city (a word in lower case, an article, a
// preposition or a company's legal form and its comma), group 2 the
// city.
var cityAhead = regexp.MustCompile(`(?:^|[\s(])(?:([a-z]+|A|An|The|In|At|From|Of|To|(?:Inc|Ltd|Co|Corp)\.,|LLC,|LLP,|P\.C\.,|P\.A\.,)[ \t]+)?((?:St\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)$`)

// stateNames are the states' names in title case (stateTitles), the keys
// of the scan for a city before one.
var stateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, st := range stateTitles {
		m[st] = true
	}
	return m
}()

// cityStates returns a city's name of one or two words before a state's,
// after a comma, the way news and opinions write a place ("A Columbus,
// Ohio, man", "the Dayton, Ohio, company", "moved to Wichita, Kansas."),
// and the state: where a word in lower case, an article or a preposition
// stands before the city or the city opens its line. After a capitalised
// word the name may be a person's ("John Smith, Texas"). A word of an
// organisation, a title or a month is no city's. It scans the commas, so
// it stays linear.
func cityStates(t string) []cand {
	var out []cand
	for i := strings.Index(t, ", "); i >= 0; {
		st, se := stateAt(t, i+2)
		if se > 0 {
			ls := strings.LastIndexByte(t[:i], '\n') + 1
			if m := cityAhead.FindStringSubmatchIndex(t[max(ls, i-40):i]); m != nil {
				base := max(ls, i-40)
				lineStart := strings.TrimSpace(t[ls:base+m[4]]) == ""
				city := t[base+m[4] : base+m[5]]
				if (m[2] >= 0 || lineStart) && !localGovernment.MatchString(t[max(ls, base+m[4]-20):base+m[4]]) && !givenNameCity(city) && !slices.ContainsFunc(strings.Fields(city), func(w string) bool {
					lw := strings.ToLower(w)
					return orgWords[lw] || jobWords[lw] || titleWords[lw] || roleWords[lw] || leadingNoise[lw] || notNames[lw] || months[lw] || docWords[lw] || courtWords[lw]
				}) {
					out = append(out, cand{typ: TypeLocation, start: base + m[4], end: base + m[5], source: SourcePattern},
						cand{typ: TypeLocation, start: st, end: se, source: SourcePattern})
				}
			}
		}
		j := strings.Index(t[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return out
}

// givenNameCity reports whether a city's name before a state is a
// person's, two words that open with a given name and name no place
// (givenNamePlace): "Robert Lee, Pa. resident"; "Elizabeth City, N.C.",
// "Glen Ellyn, Ill." are towns.
func givenNameCity(city string) bool {
	ws := strings.Fields(city)
	return len(ws) == 2 && isGivenName(ws[0]) && !givenNamePlace(city)
}

// stateAt returns the state's name of one to three words that starts at
// s of t and ends before a comma, a stop, a parenthesis, a word in lower
// case or the line's end, or its abbreviation with periods
// (cityStateAbbrevEnd); 0, 0 if none does.
func stateAt(t string, s int) (int, int) {
	if e := cityStateAbbrevEnd(t, s); e > 0 {
		return s, e
	}
	e := s
	for n := 0; n < 3; n++ {
		if n > 0 {
			if e >= len(t) || t[e] != ' ' {
				break
			}
			e++
		}
		we := e
		for we < len(t) && (t[we] >= 'a' && t[we] <= 'z' || t[we] >= 'A' && t[we] <= 'Z') {
			we++
		}
		if we == e {
			break
		}
		if stateNames[t[s:we]] {
			rest := t[we:]
			r := strings.TrimLeft(rest, " \t")
			if rest == "" || strings.ContainsRune(",.;:)\n", rune(rest[0])) || r == "" || r[0] == '\n' || r[0] >= 'a' && r[0] <= 'z' {
				return s, we
			}
		}
		e = we
	}
	return 0, 0
}

// cityStateAbbrevEnd returns the end of a state's abbreviation with its
// periods that starts at s of t, as news and counsel lines write a city's
// state ("Rehoboth, Mass.", "Livingston, N.J.", "the Morris Township,
// N.J.-based company", "Portland, Ore. 97208"), or 0. The abbreviation
// ends a place, not a citation: after it comes punctuation, a hyphen, a
// quotation mark, a number or a word in lower case, not a capitalised
// word, which a citation's abbreviation starts as often as a sentence
// ("Smith, Ill. App.", "Assault, Tex. Penal Code", "Vouchers, N.Y.
// Times").
func cityStateAbbrevEnd(t string, s int) int {
	e := s
	for e < len(t) && e-s < 7 && (t[e] >= 'a' && t[e] <= 'z' || t[e] >= 'A' && t[e] <= 'Z' || t[e] == '.') {
		e++
	}
	if e == s || t[e-1] != '.' || !cityStateAbbrevs[t[s:e]] {
		return 0
	}
	rest := t[e:]
	switch {
	case rest == "" || strings.ContainsRune(",;:)\n-", rune(rest[0])):
		return e
	case rest[0] != ' ' && rest[0] != '\t':
		return 0
	}
	next := strings.TrimLeft(rest, " \t")
	if r, _ := utf8.DecodeRuneInString(next); next == "" || strings.ContainsRune("\n(\"“0123456789", r) || r >= 'a' && r <= 'z' {
		return e
	}
	return 0
}

// cityStateAbbrevs are the states' abbreviations with periods that a
// city's state is written with: the Bluebook's (stateAbbrevs) and the
// older and the news's forms ("Calif.", "Ore."). Postal codes with periods
// are left out: "Barbara Smith, M.D." is a doctor, "Jewell, P.A." a firm.
var cityStateAbbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range append(slices.Clone(stateAbbrevs), olderStateAbbrevs...) {
		if strings.HasSuffix(a, ".") {
			m[a] = true
		}
	}
	return m
}()

// pluralPossessive is the gap between an organisation's plural word and
// its apostrophe and the rest of its name, over a line break: "OFFICE OF
// WORKERS'" / "COMPENSATION PROGRAMS".
var pluralPossessive = regexp.MustCompile(`^['’][ \t]*\n?[ \t]*`)

// possessiveJoins joins an organisation the tagger cut after a plural's
// apostrophe to the organisation it read right after it: "OFFICE OF
// WORKERS'" / "COMPENSATION PROGRAMS" is one office.
func possessiveJoins(t string, cs []cand) []cand {
	if !strings.ContainsAny(t, "'’") {
		return cs
	}
	byStart := map[int]int{}
	for i, c := range cs {
		if c.typ == TypeOrg {
			byStart[c.start] = i
		}
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || drop[i] || c.end >= len(t) || !strings.HasSuffix(strings.ToLower(t[c.start:c.end]), "s") {
			continue
		}
		m := pluralPossessive.FindStringIndex(t[c.end:])
		if m == nil {
			continue
		}
		j, ok := byStart[c.end+m[1]]
		if !ok || j == i {
			continue
		}
		cs[i].end = cs[j].end
		drop[j] = true
	}
	return withoutDropped(cs, drop)
}

// numberedRoad is a road known by its number: "Interstate 95", "U.S.
// Highway 101", "State Route 9", "Montana Highway 200", "County Road 400
// North", "FM 359", with a house number before it as an address has one
// ("5655 County Road 13", "3065 Rte 50", "721 Route 202-206"). A state's
// name may open it (checked by numberedRoads); a single word before
// "Highway" or "Route" otherwise is no part of it.
var numberedRoad = regexp.MustCompile(`(?:\b\d{1,6}[ \t]+(?:(?:North|South|East|West)[ \t]+)?)?(?:\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+)?` +
	`\b(?:Interstate(?:[ \t]+Highway)?|(?:U\.[ \t]?S\.|US)[ \t]+(?:Highway|Route)|State[ \t]+(?:Highway|Route|Road)|County[ \t]+(?:Road|Highway|Route)|Farm[ \t-]+to[ \t-]+Market[ \t]+Road|Highway|Route|Rte\.?|Hwy\.?|FM)` +
	`[ \t]+\d{1,4}[A-Z]?(?:-\d{1,4})?\b(?:[ \t]+(?:North|South|East|West)\b)?(?:[ \t]+(?:Road|Rd\.))?`)

// roadKindOpeners open the kind of a numbered road ("State Route",
// "County Road"), which numberedRoad's word before the kind may take.
var roadKindOpeners = map[string]bool{"State": true, "County": true, "Farm": true}

// numberedRoadRuns searches numberedRoad in the runs of its alphabet that
// hold one of its kinds' words.
var numberedRoadRuns = runscan.New(numberedRoad, "Interstate", "Highway", "Route", "Road", "Rte", "Hwy", "FM")

// numberedRoads returns the roads numberedRoad finds, places: the words
// before the road's kind are kept only where they are a state's name
// ("Montana Highway 200", "New York State Route 9"); an "FM" road has its
// "Road" after the number or a house number before it.
func numberedRoads(t string) []cand {
	if !containsAny(t, []string{"Interstate", "Highway", "Route", "Rte", "Hwy", "Road", "FM "}) {
		return nil
	}
	var out []cand
	for _, m := range numberedRoadRuns.FindAllStringSubmatchIndex(t) {
		s, e := m[0], m[1]
		if m[2] >= 0 && roadKindOpeners[lastWord(t[m[2]:m[3]])] {
			// "State Route 9", "County Road 13": the word is the kind's.
			m[3] = m[2] + strings.LastIndexAny(t[m[2]:m[3]], " \t") + 1
			if m[3] == m[2] {
				m[2] = -1
			}
		}
		if m[2] >= 0 && !stateNames[oneSpace(t[m[2]:m[3]])] {
			if s == m[2] {
				s = m[3]
				for s < e && (t[s] == ' ' || t[s] == '\t') {
					s++
				}
			} else {
				continue // a house number, a word, then the road: no address
			}
		}
		// "FM" alone needs its road: "FM 359 Road", or a house number.
		if strings.HasPrefix(t[s:e], "FM ") && !strings.HasSuffix(t[s:e], "Road") && !strings.HasSuffix(t[s:e], "Rd.") {
			continue
		}
		out = append(out, cand{typ: TypeLocation, start: s, end: e, source: SourcePattern})
	}
	return out
}

// stateRoads makes a numbered road named without its state ("Highway
// 200") refer to the same road the document names with it ("Montana
// Highway 200"), so that resolve makes them one place: resolve joins no
// place to a longer one that contains it ("York", "New York"). One pass
// over the mentions.
func stateRoads(ms []Mention) []Mention {
	long := map[string]string{}
	for _, m := range ms {
		if m.Type != TypeLocation {
			continue
		}
		// The road with its state: numberedRoad's words before the kind
		// are the state ("Montana" of "Montana Highway 200").
		txt := oneSpace(m.Text)
		g := numberedRoad.FindStringSubmatchIndex(txt)
		if g == nil || g[0] != 0 || g[1] != len(txt) || g[2] != 0 || !stateNames[txt[:g[3]]] {
			continue
		}
		rest := strings.TrimLeft(txt[g[3]:], " ")
		if prev, seen := long[rest]; seen && prev != txt {
			long[rest] = "" // two states' roads of one number: neither
			continue
		}
		long[rest] = txt
	}
	if len(long) == 0 {
		return ms
	}
	for i, m := range ms {
		if to := long[oneSpace(m.Text)]; m.Type == TypeLocation && to != "" && m.Refers == "" {
			ms[i].Refers = to
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// namedAvenue is a street address on an avenue named "of the" something,
// which the patterns read as a place "Americas": "1114 Avenue of the
// Americas", "1999 Avenue of the Stars".
var namedAvenue = regexp.MustCompile(`\b\d{1,5}[ \t]+(?:Avenue|AVENUE)[ \t]+(?:of|OF)[ \t]+(?:the|THE)[ \t]+[A-Z][A-Za-z]+\b`)

// namedAvenues finds the addresses namedAvenue reads.
func namedAvenues(t string) []cand {
	if !strings.Contains(t, "venue of the") && !strings.Contains(t, "VENUE OF THE") {
		return nil
	}
	return groupCands(t, namedAvenue, 0, TypeLocation)
}

// streetCorner is an address at a corner of two streets, the first
// numbered, with the city's quarter after it, as the Department of
// Commerce's notices give its building's: "14th Street and Constitution
// Avenue, NW", "14th Street & Constitution Avenue, N.W."; without the
// quarter, "3rd Street and Commerce Street" is two streets.
var streetCorner = regexp.MustCompile(`\b\d{1,3}(?:st|nd|rd|th)[ \t\n]+Street[ \t\n]+(?:&|and)[ \t\n]+(?:[A-Z][a-z]+[ \t\n]+){1,2}(?:Avenue|Street|Boulevard|Road),?[ \t]+(?:N\.W\.|N\.E\.|S\.W\.|S\.E\.|(?:NW|NE|SW|SE)\b)`)

// streetCorners finds the addresses streetCorner reads.
func streetCorners(t string) []cand {
	if !strings.Contains(t, " Street") {
		return nil
	}
	return groupCands(t, streetCorner, 0, TypeLocation)
}

// directionAt is a street's direction after its street word, then a
// space: " North " of "80 Dorchester Square North Westerville".
var directionAt = regexp.MustCompile(`^[ \t]+(?:North|South|East|West)\b`)

// addressEnd is what follows a street's name whose house number the
// tagger left out: a comma, the line's end, a suite or a floor.
var addressEnd = regexp.MustCompile(`^(?:,|[ \t]*\n|[ \t]*$|[ \t]+(?:Suite|SUITE|Ste\.|Floor|FLOOR|Fl\.|Room|Rm\.)\b)`)

// yearBefore is a word that makes the number after it no house number: a
// year's ("In 2019 Texas, …", "since 1990") or a unit's ("Suite 200
// Wilmington, DE", "P.O. Box 12").
var yearBefore = regexp.MustCompile(`(?i)(?:\b(?:in|since|by|until|of|from|to|suite|ste\.?|floor|fl\.?|room|rm\.?|box|no\.?|unit|apt\.?|building|bldg\.?|level)|#)[ \t]*$`)

// citedStreets drops a street address that lies inside a reporter's
// citation: "12 Ohio St." of "12 Ohio St.3d 134", a volume and a reporter
// named for a state's court that read as a house number and a street.
func citedStreets(t string, cs []cand) []cand {
	if !strings.Contains(t, "St.") {
		return cs
	}
	var cites []cand
	for _, c := range cs {
		if c.typ == TypeCase && c.start < len(t) && t[c.start] >= '0' && t[c.start] <= '9' {
			cites = append(cites, c)
		}
	}
	if len(cites) == 0 {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		if c.typ != TypeLocation || t[c.start] < '0' || t[c.start] > '9' {
			return false
		}
		return slices.ContainsFunc(cites, func(k cand) bool { return k.start <= c.start && c.end <= k.end })
	})
}

// streetEdges mends street addresses and the places beside them on one
// line: a street address (streetAddresses: a house number, a street word)
// takes the direction after it, and a place the patterns began inside it
// starts after it ("80 Dorchester Square North Westerville, Ohio" is the
// street "80 Dorchester Square North" and the city "Westerville", not
// "Square North Westerville"), and one the patterns began at the direction
// after it starts after the direction ("386 Park Avenue South New York");
// the tagger's street name without a street
// word takes the house number before it ("1925 Century Park East, Suite
// 2100", "5847 San Felipe, Suite 2600"); an organisation's name ends
// before the house number it ran on into.
func streetEdges(t string, cs []cand) []cand {
	streets := 0
	for i, c := range cs {
		if c.typ != TypeLocation {
			continue
		}
		if c.start < c.end && t[c.start] >= '0' && t[c.start] <= '9' {
			streets++
			continue
		}
		// "501 U. S., at 5": a reporter's volume before initials is no
		// house number.
		if c.source != SourceModel || locationSet[strings.ToLower(firstWord(t[c.start:c.end]))] || !addressEnd.MatchString(t[c.end:]) ||
			initialsOnly(t[c.start:c.end]) {
			continue
		}
		if hs, ok := houseNumber(t, c.start); ok && hs < c.start && !yearBefore.MatchString(t[max(0, hs-12):hs]) {
			cs[i].start = hs
		}
	}
	if streets == 0 {
		return cs
	}
	for i, s := range cs {
		if s.typ != TypeLocation || s.start >= s.end || t[s.start] < '0' || t[s.start] > '9' {
			continue
		}
		for j, c := range cs {
			if j == i || c.typ != TypeLocation || c.start <= s.start || c.end <= s.end {
				continue
			}
			// A place begun inside the street, or right after it at the
			// direction ("386 Park Avenue" + "South New York").
			inside := c.start < s.end
			if !inside && strings.TrimLeft(t[s.end:c.start], " \t") != "" {
				continue
			}
			m := directionAt.FindStringIndex(t[s.end:c.end])
			took := m != nil && s.end+m[1] < c.end
			if took {
				cs[i].end = s.end + m[1]
				s.end = cs[i].end
			}
			if !inside && !took {
				continue
			}
			st := s.end
			for st < c.end && (t[st] == ' ' || t[st] == '\t') {
				st++
			}
			cs[j].start = st
		}
	}
	return cs
}

// airportName is an airport's name: up to five capitalised words or
// initials (a slash joins two cities' names) before "Airport", with its
// kind ("Dallas/Fort Worth International Airport", "John F. Kennedy
// International Airport").
var airportName = regexp.MustCompile(`\b(?:[A-Z][A-Za-z'’\-]*\.?(?:/[A-Z][A-Za-z'’\-]*)?[ \t]+){1,5}Airport\b`)

// airportNames returns the airports airportName finds, places (named
// facilities) whatever the tagger read in their words (a person's name).
func airportNames(t string) []cand {
	if !strings.Contains(t, "Airport") {
		return nil
	}
	var out []cand
	for _, m := range airportName.FindAllStringIndex(t, -1) {
		s := m[0]
		// "The plane left Dallas/…": a sentence's first word is no part.
		if w := firstWord(t[s:m[1]]); leadingNoise[strings.ToLower(w)] {
			s += len(w)
			for s < m[1] && t[s] == ' ' {
				s++
			}
		}
		if strings.Contains(t[s:m[1]], " ") {
			out = append(out, cand{typ: TypeLocation, start: s, end: m[1], source: SourcePattern})
		}
	}
	return out
}

// callSign is a broadcast station's call sign with its service ("WTOP-FM",
// "KUFW(FM)", "WHDD-FM"), or after the word "Station" ("Station WZNT"):
// the station, an organisation as a newspaper is. Group 1 or 2 is the
// call sign.
var callSign = regexp.MustCompile(`\b([KW][A-Z]{2,3}(?:-(?:FM|TV|AM|LP|LD|CD|DT|CA)|\((?:FM|AM|TV)\)))|\bStation[ \t]+([KW][A-Z]{2,3})(?:[ \t,.;:)]|$)`)

// monthAfter is a month's name right after a word: a date, no subject.
var monthAfter = regexp.MustCompile(`^[ \t]+` + month + `\b`)

// onBodyHead is a body named for its subject, with the capitalised words
// before it, in mixed case or in capitals: "House Committee on", "Texas
// Commission on", "Board on", "COMMISSION ON".
var onBodyHead = regexp.MustCompile(`\b(?:[A-Z][A-Za-z.'’]*[ \t]+){0,4}(?:Committee|Subcommittee|Commission|Council|Board|Center|Centre|Institute|Conference|Forum)[ \t]+on\b` +
	`|\b(?:[A-Z][A-Z.'’]*[ \t]+){0,4}(?:COMMITTEE|SUBCOMMITTEE|COMMISSION|COUNCIL|BOARD|CENTER|CENTRE|INSTITUTE|CONFERENCE|FORUM)[ \t]+ON\b`)

// onBodyNames finds the bodies onBodyHead opens, the head and the
// capitalised words of its subject after "on" (joined by "of", "the",
// "and"), which the patterns and the tagger leave out ("Texas Commission"
// of "Texas Commission on Environmental Quality", "the Committee on Ways
// and Means"); the longer name wins over theirs. A sentence's opening word
// is no part of the name, and a month after "on" is a date ("the Board on
// February 25, 2016").
func onBodyNames(t string) []cand {
	if !containsAny(t, []string{"ee on ", "on on ", "il on ", "rd on ", "er on ", "re on ", "te on ", "ce on ", "um on ",
		"EE ON ", "ON ON ", "IL ON ", "RD ON ", "ER ON ", "RE ON ", "TE ON ", "CE ON ", "UM ON "}) {
		return nil
	}
	var out []cand
	for _, m := range onBodyHead.FindAllStringIndex(t, -1) {
		if monthAfter.MatchString(t[m[1]:]) {
			continue
		}
		e := tailEnd(t, m[1], m[1], 6, true)
		if e == m[1] {
			continue
		}
		s := m[0]
		for {
			w := firstWord(t[s:m[1]])
			if !leadingNoise[strings.ToLower(w)] {
				break
			}
			s = afterWords(t, s, 1)
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
	}
	return out
}

// militaryRank is a service member's rank before the name, one word or
// two: "Major", "Lieutenant Colonel", "Rear Admiral", "Staff Sergeant".
var militaryRank = regexp.MustCompile(`^(?:(?:Lieutenant|Lt\.|Brigadier|Major|Rear|Vice|Staff|Master|Technical|Senior|First|Chief|Petty|Command|Lance)[ \t]+)?` +
	`(?:General|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Commander|Cmdr\.|Admiral|Adm\.|Sergeant|Sgt\.|Corporal|Cpl\.|Ensign|Airman|Officer|Specialist)[ \t]+`)

// civilTitleWords are the titles of civil offices, police ranks and
// callings a text puts before a person's name, outside it as the
// guideline's titles are: "Sheriff Larry Amerson", "Pastor Stephen
// Cassell", "Warden Stanly Williams", "Representative Thomas", "Shri
// Bangaru Adigalar", "Archbishop Jose Gomez", "Sister Carolyn Therese
// Welter", and a company's or a university's ("President N. Roderick
// McGeachy", "Professor Garrett Power"). No given name is one of them
// (firstGivenNames).
var civilTitleWords = wordSet(`chief sheriff deputy detective trooper warden investigator inspector agent pastor reverend rev.
	father bishop rabbi imam shri sri supervisor supervisors chancellor mayor councilman councilwoman councilmember representative rep.
	assemblyman assemblywoman delegate principal superintendent prosecutor archbishop cardinal monsignor msgr. sister deacon abbot abbess
	president professor prof. chairman chairwoman`)

// civilTitle is one of civilTitleWords at a name's start, a rank's word
// before it ("Deputy Chief", "County Sheriff") and "Inspector General"
// too, in any case ("DEPUTY WARD").
var civilTitle = func() *regexp.Regexp {
	words := slices.Sorted(maps.Keys(civilTitleWords))
	alts := make([]string, len(words))
	for i, w := range words {
		alts[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`^(?i:(?:(?:deputy|chief|assistant|special|senior|county|police|head)[ \t]+)?(?:inspector[ \t]+general|` +
		strings.Join(alts, "|") + `))[ \t]+`)
}()

// ambiguousCivil are civil titles that are surnames or open other names
// too ("Bishop", "Principal Financial"): before one word alone they stay.
var ambiguousCivil = wordSet(`bishop principal father agent cardinal sister`)

// ambiguousRanks are ranks that open other names too ("General Motors",
// "Major League"): before one word alone they stay.
var ambiguousRanks = wordSet(`General Major Officer Specialist Captain Commander`)

// generalOffice is the word before "General" that makes it an office's,
// not a rank: "Attorney General Paxton", "Solicitor General Prelogar".
var generalOffice = regexp.MustCompile(`(?:Attorney|Solicitor|Inspector|Surgeon|Postmaster|Adjutant)[ \t]+$`)

// rankedPeople takes a service member's rank, or a civil office's title
// (civilTitle), out of the person's name ("Colonel John Smith", "Sheriff
// John Smith" are John Smith), and splits the patterns'
// organisation that a ranked person, a comma and the service make
// ("Major Kevin Dolan, Department of the Army": the person and the
// department).
func rankedPeople(t string, cs []cand) []cand {
	var added []cand
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg {
			continue
		}
		m := militaryRank.FindStringIndex(t[c.start:c.end])
		if m == nil && c.typ == TypePerson {
			if m = civilTitle.FindStringIndex(t[c.start:c.end]); m != nil {
				name := t[c.start+m[1] : c.end]
				title := strings.ToLower(lastWord(strings.TrimSpace(t[c.start : c.start+m[1]])))
				if len(strings.Fields(name)) >= 2 && personLike(name) || len(strings.Fields(name)) == 1 && capitalised(name) && !ambiguousCivil[title] {
					cs[i].start += m[1]
				}
			}
			continue
		}
		if m == nil {
			continue
		}
		name := t[c.start+m[1] : c.end]
		if c.typ == TypePerson {
			// "Attorney General Paxton": the office's last word, no rank;
			// "Corporal Wendel": a rank before a surname alone.
			rank := strings.TrimSpace(t[c.start : c.start+m[1]])
			office := rank == "General" && generalOffice.MatchString(t[max(0, c.start-12):c.start])
			if len(strings.Fields(name)) >= 2 && personLike(name) || len(strings.Fields(name)) == 1 && capitalised(name) && (office || !ambiguousRanks[rank]) {
				cs[i].start += m[1]
			}
			continue
		}
		k := strings.Index(name, ", ")
		if k < 0 || len(strings.Fields(name[:k])) < 2 || !personLike(name[:k]) || !startsUpper(name[k+2:]) {
			continue
		}
		ps := c.start + m[1]
		added = append(added, cand{typ: TypePerson, start: ps, end: ps + k, source: c.source})
		cs[i].start = ps + k + 2
	}
	return append(cs, added...)
}

// saintInstitution is a hospital, church or school named for a saint,
// the saint's name possessive or not: "St. Luke's Medical Center",
// "St. Jude Children's Research Hospital", "Saint Joseph's University".
// The tagger reads the saint as a person or a place.
var saintInstitution = regexp.MustCompile(`\b(?:St\.|Saint|Ste\.)[ \t]+[A-Z][a-z]+(?:'s|’s)?(?:[ \t]+[A-Z][A-Za-z'’]+){0,4}?[ \t]+` +
	`(?:Hospital|Medical[ \t]+Center|Health[ \t]+(?:Center|System)|Church|School|Academy|University|College|Home|Clinic|Cathedral)\b`)

// localBody is a township, borough or village by its kind and name, a
// local government: "Township of Lower Merion", "Borough of Media",
// "Village of Oak Park" (cities and counties are localGovernments').
var localBody = regexp.MustCompile(`\b(?:Township|Borough|Village)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}\b`)

// saintsAndTownships returns what saintInstitution and localBody find,
// organisations.
func saintsAndTownships(t string) []cand {
	var out []cand
	if containsAny(t, []string{"St. ", "Saint ", "Ste. "}) {
		out = append(out, groupCands(t, saintInstitution, 0, TypeOrg)...)
	}
	if containsAny(t, []string{"Township of", "Borough of", "Village of"}) {
		out = append(out, groupCands(t, localBody, 0, TypeOrg)...)
	}
	return out
}

// attorneyTitled is a United States Attorney's title, the person's name
// and "for the District" the patterns read as one organisation ("U.S.
// Attorney Philip R. Sellinger for the District" of "… for the District of
// New Jersey"). Group 1 is the name.
var attorneyTitled = regexp.MustCompile(`^(?:(?:Acting|Assistant|First[ \t]+Assistant|Special[ \t]+Assistant|Deputy|Principal[ \t]+Deputy)[ \t]+)*` +
	`(?:U\.[ \t]?S\.|United[ \t]+States)[ \t]+Attorney[ \t]+((?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3})[ \t]+for[ \t]+the[ \t]+District$`)

// attorneysFor makes the patterns' organisation attorneyTitled reads the
// person it names: the title and the district after are no part of it.
func attorneysFor(t string, cs []cand) []cand {
	if !strings.Contains(t, "Attorney") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if m := attorneyTitled.FindStringSubmatchIndex(t[c.start:c.end]); m != nil {
			cs[i].typ, cs[i].start, cs[i].end = TypePerson, c.start+m[2], c.start+m[3]
		}
	}
	return cs
}

// facilityAfter is a facility's kind after a place's or a body's name that
// the tagger ended before it: " Treatment Plant" of "Newport News Treatment
// Plant", " Navy Yard", " Dam".
var facilityAfter = regexp.MustCompile(`^[ \t]+(?:(?:Treatment|Water|Power|Sewage|Wastewater|Filtration|Generating|Nuclear|Navy|Naval|Coal|Ship)[ \t]+)?(?:Plant|Yard|Dam|Pier|Wharf|Reservoir)\b`)

// namedBuilding is a building's kind after the person it is named for,
// one space between, where the courthouses' and airports' patterns
// (courthouseHeads, airportName) do not read it: " building" of "Edgar A.
// Brown building" before an address's number or a punctuation mark (not
// the verb: "Robert Jones building the fence", "Mary Smith building
// permit"), or " Building" or " Library" before no capitalised word (not
// "John Smith Building Commissioner").
var namedBuilding = regexp.MustCompile(`^[ \t](?:building|Building|Library)\b`)

// buildingNameEnds reports whether a building's kind (namedBuilding) ends
// the building's name, by what follows it: "building" before an address's
// number, a punctuation mark or the line's end, "Building" or "Library"
// before anything but a capitalised word.
func buildingNameEnds(kind, rest string) bool {
	next := strings.TrimLeft(rest, " \t")
	if next == "" || strings.ContainsAny(next[:1], ",.;)\n") {
		return true
	}
	if kind == "building" {
		return next[0] >= '0' && next[0] <= '9'
	}
	return !capitalised(next)
}

// facilityNames grows a tagger's name over the facility's kind after it,
// a place (the guideline's plants, yards, dams and piers): "Newport News"
// + " Treatment Plant" is the place "Newport News Treatment Plant", not the
// city's name beside a common noun; and a person's name, whichever read it,
// over the kind of the building named for them (namedBuilding): "Edgar A.
// Brown" + " building" is a place.
func facilityNames(doc []rune, ms []Mention) []Mention {
	for i, m := range ms {
		if m.End >= len(doc) {
			continue
		}
		after := string(doc[m.End:min(len(doc), m.End+40)])
		var loc []int
		switch {
		case m.Type == TypePerson:
			if loc = namedBuilding.FindStringIndex(after); loc != nil && !buildingNameEnds(after[1:loc[1]], after[loc[1]:]) {
				loc = nil
			}
		case m.Source == SourceModel && (m.Type == TypeOrg || m.Type == TypeLocation):
			loc = facilityAfter.FindStringIndex(after)
		}
		if loc == nil {
			continue
		}
		ms[i].End += utf8.RuneCountInString(after[:loc[1]])
		ms[i].Text = string(doc[m.Start:ms[i].End])
		ms[i].Type = TypeLocation
		ms[i].ID = mentionID(ms[i])
	}
	return ms
}

// headlineVerbs are the verbs a news headline in title case sets between
// its subject and its object, which no name has inside it: "Major Book
// Publisher Sues Florida School District", "OH Appeals Court Upholds City
// Code".
var headlineVerbs = []string{"Sues", "Upholds", "Settles", "Rejects", "Overturns", "Reverses", "Affirms", "Dismisses", "Denies", "Blocks", "Seeks", "Announces", "Approves"}

// headlineNames drops a name read over a headline: one with a headline's
// verb (headlineVerbs) inside it, before its last word.
func headlineNames(t string, cs []cand) []cand {
	if !containsAny(t, headlineVerbs) {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		if !nameType(c.typ) && c.typ != TypeLaw {
			return false
		}
		ws := words(t[c.start:c.end], c.start)
		for k := 0; k+1 < len(ws); k++ {
			if slices.Contains(headlineVerbs, ws[k].text) {
				return true
			}
		}
		return false
	})
}

// bareHonorifics are the honorifics British and web texts write without
// their period: "Ms Pamela Roberts", "Mr Smith"; and a judge's
// "Honorable" written out ("HONORABLE A.C. MCKAY CHAUVIN").
var bareHonorifics = wordSet(`mr mrs ms dr miss honorable`)

// bareHonorificStarts cuts a bare honorific (bareHonorifics), and the
// article before it ("The Honorable David R. COLE"), from the start of a
// person's name: it is a title, no part of the name. An organisation read
// there whose rest is a person's name (personLike, no organisation's word
// or form) is that person: "Ms Chryste Gaines", "Honorable Brian J. Flynn".
func bareHonorificStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg {
			continue
		}
		// Most names open with no honorific: look at the first word
		// before splitting the name into words.
		first := t[c.start:c.end]
		if sp := strings.IndexAny(first, " \t\n"); sp > 0 {
			first = first[:sp]
		}
		if lw := strings.ToLower(first); !bareHonorifics[lw] && lw != "the" {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		k := 0
		if len(ws) > 2 && strings.EqualFold(ws[0].text, "the") && strings.EqualFold(ws[1].text, "honorable") {
			k = 1
		}
		if len(ws) < k+2 || !bareHonorifics[strings.ToLower(ws[k].text)] || !startsUpper(ws[k+1].text) {
			continue
		}
		rest := t[ws[k+1].start:c.end]
		if c.typ == TypeOrg {
			if !personLike(rest) || hasOrgWord(rest) || companyEnd(rest) {
				continue
			}
			cs[i].typ = TypePerson
		}
		cs[i].start = ws[k+1].start
	}
	return cs
}

// placePicker is a research site's place selector in its chrome, a
// state's name glued to the bar before its "Change" link: "Washington|
// Change" under the site's name. Group 1 is the state.
var placePicker = regexp.MustCompile(`(?m)^[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\|[ \t]*Change[ \t]*$`)

// placePickers returns the states placePicker finds, places: the chrome
// names its place as any text does, and the glued bar keeps the tagger
// from reading it.
func placePickers(t string) []cand {
	if !strings.Contains(t, "| Change") && !strings.Contains(t, "|Change") {
		return nil
	}
	var out []cand
	for _, m := range placePicker.FindAllStringSubmatchIndex(t, -1) {
		if stateNames[t[m[2]:m[3]]] {
			out = append(out, cand{typ: TypeLocation, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	return out
}

// witnessPaper is a witness's paper abbreviated after his surname in a
// record citation, which the tagger reads as the name's last word:
// "Scott Decl. ¶ 4", "Torres Dep. 12:4", "Morton Aff. ¶ 3".
var witnessPaper = wordSet(`decl aff dep depo`)

// witnessPapers ends a name before its witness's paper (witnessPaper)
// and the period after it: the rest is the witness, a person ("Scott" of
// "Scott Decl."), whatever the tagger made of a surname alone.
func witnessPapers(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg && c.typ != TypeLocation || c.end >= len(t) || t[c.end] != '.' {
			continue
		}
		name := t[c.start:c.end]
		k := strings.LastIndexAny(name, " \t\n")
		// "the Ohio Dep. of Health", "Ministry of Foreign Aff.": a
		// department's and affairs' abbreviations in a body's name.
		if k < 0 || !witnessPaper[strings.ToLower(name[k+1:])] || strings.Contains(name[:k], " of ") || ofAfter.MatchString(t[c.end+1:]) {
			continue
		}
		rest := strings.TrimRight(name[:k], " \t\n")
		cs[i].end = c.start + len(rest)
		// A company, a city or a union deposed keeps its type ("Union
		// Pacific Dep.", "Chicago Dep."); a surname is a person's.
		if c.typ == TypePerson || !strings.ContainsAny(rest, " \t\n") && !companyWord(rest) && !knownPlace(rest) {
			cs[i].typ = TypePerson
		}
	}
	return cs
}

// ofAfter is "of" after a word, which makes it a body's: " of Health".
var ofAfter = regexp.MustCompile(`^[ \t\n]+of\b`)

// givenNamePeople types an organisation or a place the tagger read of
// two or three capitalised words (or words in capitals) that opens with a
// given name (givenNames) a person: "Dilip Patel", "DIANE TIMM", "Pamela
// Sue Gililland" read as companies, "Sean Gallagher", "Herminia Montoya"
// as places. A name with an organisation's, a legal form's, a public
// body's, a business's, a trade's, a town's or a unit's word is the
// organisation it reads as ("Virginia State Police", "Ashley Furniture",
// "Miranda Dairy", "Tyrone Township", "Georgia Resource Center"), and so is
// one the patterns found; a place a list knows, or with a place's or a
// street's word, or after a preposition of place, is the place ("Virginia
// Beach", "Beverly Hills", "in Charlotte Amalie").
func givenNamePeople(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeLocation || c.source != SourceModel {
			continue
		}
		name := t[c.start:c.end]
		if !givenNameLed(name) || c.typ == TypeLocation && (givenNamePlace(name) || placeWord.MatchString(t[max(0, c.start-8):c.start])) {
			continue
		}
		cs[i].typ = TypePerson
	}
	return cs
}

// givenNameLed reports whether name reads as a person's name that a given
// name (givenNames) opens: two or three words, each capitalised or in
// capitals, no organisation's word, and none a company's, a town's, a
// kind's, an institution's (institutionEnds) or a trade's word
// (tradeEnd): "Dilip Patel", "DIANE TIMM", not "Ashley Furniture",
// "Tyrone Township", "Grace Clinic", "Paul Miller Plastics".
func givenNameLed(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 || !isGivenName(ws[0]) || hasOrgWord(name) {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		lw := strings.ToLower(w)
		return !(properWord.MatchString(w) || isUpperName(w) && len(w) > 1) || companyWord(w) || legalFormWord(w) || townKinds[lw] || kindWords[lw] || institutionEnds[lw] || tradeEnd(w)
	})
}

// listedPeople finds the people the tagger left out of a list of people:
// an item of two or three words between a list's separators (a comma or a
// semicolon before and after it, on one line) that reads as a person's
// name a given name opens (givenNameLed; no title's or sentence's word,
// no place), where no mention covers any of it and the item before or
// after it is a person's name of two words or more, whole ("Robert
// Iverson, Fred Arnold, Gloria Kiester", "Gaspar Santiago; Grant Duff ;
// Omar Aguilar; Mark Wagner"). One a legal form follows ("Gary Myers,
// Inc.") is a company's.
func listedPeople(t string, cs []cand) []cand {
	if !strings.ContainsAny(t, ",;") {
		return cs
	}
	for _, c := range cs[:len(cs):len(cs)] {
		if c.typ != TypePerson || len(strings.Fields(t[c.start:c.end])) < 2 || !betweenSeparators(t, c.start, c.end) {
			continue
		}
		for _, next := range [2]bool{true, false} {
			s, e, ok := listNeighbour(t, c, next)
			if ok && !overlapsAny(cand{start: s, end: e}, cs) && listedPerson(t, s, e) {
				cs = append(cs, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
			}
		}
	}
	return cs
}

// betweenSeparators reports whether t[s:e] stands between a list's
// separators: a comma or semicolon before it and after it, spaces or tabs
// between.
func betweenSeparators(t string, s, e int) bool {
	before := strings.TrimRight(t[:s], " \t")
	after := strings.TrimLeft(t[e:], " \t")
	return before != "" && strings.ContainsRune(",;", rune(before[len(before)-1])) && after != "" && strings.ContainsRune(",;", rune(after[0]))
}

// listNeighbour is the list item right after c (next) or right before it,
// trimmed: the words between the separators around it on c's line, a
// separator after it too.
func listNeighbour(t string, c cand, next bool) (s, e int, ok bool) {
	if next {
		k := len(t) - len(strings.TrimLeft(t[c.end:], " \t"))
		if k >= len(t) || t[k] != ',' && t[k] != ';' {
			return 0, 0, false
		}
		s = len(t) - len(strings.TrimLeft(t[k+1:], " \t"))
		n := strings.IndexAny(t[s:], ",;\n")
		if n < 0 {
			return 0, 0, false
		}
		e = s + n
	} else {
		k := len(strings.TrimRight(t[:c.start], " \t")) - 1
		if k < 0 || t[k] != ',' && t[k] != ';' {
			return 0, 0, false
		}
		s = strings.LastIndexAny(t[:k], ",;\n") + 1
		s += len(t[s:k]) - len(strings.TrimLeft(t[s:k], " \t"))
		e = k
	}
	e = s + len(strings.TrimRight(t[s:e], " \t"))
	return s, e, s < e && betweenSeparators(t, s, e)
}

// listedPerson reports whether t[s:e], a list's item, reads as a person's
// name: a name a given name opens (givenNameLed: "Fred Arnold", "Karen J.
// Diaz"), no title's, role's or sentence's word (noNameWord), no place
// (givenNamePlace), and no legal form after it ("Gary Myers, Inc.").
func listedPerson(t string, s, e int) bool {
	name := t[s:e]
	if !givenNameLed(name) || givenNamePlace(name) || companyFormAfter(t, e) > 0 {
		return false
	}
	return !slices.ContainsFunc(strings.Fields(name), func(w string) bool { return noNameWord(strings.ToLower(strings.TrimSuffix(w, "."))) })
}

// givenNamePlace reports whether a name that opens with a given name
// names a place all the same: a place a list knows ("Sri Lanka"), one with
// a state's or a country's name ("Victoria Texas"), a place's word that
// is no surname, a facility's, a street's or a town's kind ("Virginia
// Beach", "Martin Place", "Elizabeth City"), a town's first word ("Beverly
// Hills", "Glen Ellyn") or land cited by its kind (placeKinds: "Richard
// Carter Survey").
func givenNamePlace(name string) bool {
	ws := strings.Fields(name)
	if knownPlace(name) || len(ws) > 0 && townHeads[strings.ToLower(ws[0])] {
		return true
	}
	if slices.ContainsFunc(ws, func(w string) bool {
		lw := strings.ToLower(w)
		return locationSet[lw] || placeHeads[lw] && !surnameHeads[lw] || facilityHeads[lw] || streetWords[lw] || townKinds[lw]
	}) {
		return true
	}
	return slices.ContainsFunc(placeKinds, func(k placeKind) bool { return k.people && k.name.MatchString(name) })
}

// possessiveShortNames types a person's name an organisation where its
// mention is possessive and the document names an organisation with that
// name and "'s" before more of it: a company named in its owner's
// possessive is called by that possessive alone ("Fletcher’s will pay" of
// "Fletcher’s Tire and Auto Service, Inc.", "David's listed" of "David's
// Bridal Inc."), which the tagger reads as a person's. A name that is a
// person's the document names in full or with a title is that person's
// ("Smith's testimony" where "John Smith" or "Mr. Smith" owns "Smith's
// Hardware, LLC"), and so is a known chain's possessive name ("Christie's
// veto" where "Governor Chris Christie" is named), the person's mention
// without its "'s".
func possessiveShortNames(doc []rune, ms []Mention) []Mention {
	people := fullNameSurnames(ms)
	for _, m := range ms {
		if before := string(doc[max(0, m.Start-24):m.Start]); m.Type == TypePerson && !strings.ContainsAny(m.Text, " \t\n") && titledBefore(before, len(before)) {
			people[nameKey(m.Text)] = true
		}
	}
	owners := map[string]bool{}
	for i, m := range ms {
		if m.Type != TypeOrg || !startsUpper(m.Text) {
			continue
		}
		e := possessiveOwnerEnd(m.Text, m.Source == SourcePattern)
		if e <= 0 {
			continue
		}
		if k := nameKey(m.Text[:e]); !people[k] {
			owners[k] = true
		} else if possessive(strings.ToLower(m.Text)) {
			ms[i].Type, ms[i].Text = TypePerson, m.Text[:e]
			ms[i].End = m.Start + utf8.RuneCountInString(ms[i].Text)
			ms[i].ID = mentionID(ms[i])
		}
	}
	if len(owners) == 0 {
		return ms
	}
	// A name once possessive is the company's wherever the tagger calls
	// it a person ("Stephenson furnished him a ladder" beside
	// "Stephenson's Orchard").
	named := map[string]bool{}
	for _, m := range ms {
		if k := nameKey(m.Text); m.Type == TypePerson && m.Source != SourceDefined && owners[k] && possessiveAt(doc, m.End) {
			named[k] = true
		}
	}
	for i, m := range ms {
		if m.Type == TypePerson && m.Source != SourceDefined && named[nameKey(m.Text)] {
			ms[i].Type = TypeOrg
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// possessiveOwnerEnd returns the byte offset of the possessive ending of
// the first possessive word among an organisation's first three, where
// the name goes on after it ("Fletcher" of "Fletcher’s Tire and Auto
// Service, Inc.", "Aaron" of "Aaron's, Inc.", "BANANA JOE" of "BANANA
// JOE'S OF AKRON, INC.") or, with whole, where the name ends with it (a
// known chain's "Lowe's"), or -1.
func possessiveOwnerEnd(name string, whole bool) int {
	at := 0
	for i, w := range strings.Fields(name) {
		at += strings.Index(name[at:], w)
		w = strings.TrimRight(w, ",")
		if i > 2 {
			break
		}
		if !possessive(strings.ToLower(w)) {
			at += len(w)
			continue
		}
		if e := at + len(possessor(strings.ToLower(w))); whole || strings.TrimLeft(name[at+len(w):], ", \t\n") != "" {
			return e
		}
		return -1
	}
	return -1
}

// possessiveAt reports whether the document has a possessive ending at
// rune offset i: "'s" or "’s" and no letter after it.
func possessiveAt(doc []rune, i int) bool {
	if i+2 > len(doc) || doc[i] != '\'' && doc[i] != '’' || doc[i+1] != 's' && doc[i+1] != 'S' {
		return false
	}
	return i+2 == len(doc) || !unicode.IsLetter(doc[i+2])
}
