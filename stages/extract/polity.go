package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/docpipe/docpipe/internal/runscan"
	"github.com/docpipe/docpipe/stages/chunk"
)

// polityName is a state or commonwealth named by its kind of government:
// "Commonwealth of Virginia", "STATE OF MISSOURI". Group 1 is the kind.
var polityName = regexp.MustCompile(`^(?i:the\s+)?((?i:commonwealth|state))\s+(?i:of)\s+\S`)

// polityUse is "the Commonwealth" or "the State" in running text. Group 1
// is the kind.
var polityUse = regexp.MustCompile(`\b(?:[Tt]he|THE)\s+(Commonwealth|State|COMMONWEALTH|STATE)\b`)

// polityModifies are the words after "the State" that make it a modifier
// or a kind, not the name of one state: "the State courts", "the State
// and federal courts", "the State law".
var polityModifies = wordSet(`court courts law laws agency agencies official officials level government
	governments statute statutes legislature constitution department departments`)

// polityShortNames makes "the Commonwealth" and "the State" mentions of
// the one commonwealth or state the document names by its kind
// ("Commonwealth of Virginia", "STATE OF MISSOURI"), with Refers naming
// it: the guideline's conventional short name of a named polity, which
// contracts use for the state whose laws govern and filings for the state
// that is a party. A document that names two states, or defines the word
// itself (definedTerms), is left alone, as is a use inside another name
// ("Vaca v. State", "State Street") or one that modifies the next word
// ("the State courts", "the State Bar"). Cost: one pass over the mentions
// and one regular-expression pass per chunk.
func polityShortNames(cr chunk.Result, ms []Mention) []Mention {
	type polity struct {
		key, typ, text string
		several        bool
	}
	kinds := map[string]*polity{}
	defined := map[string]bool{}
	for _, m := range ms {
		if m.Source == SourceDefined {
			defined[strings.ToLower(m.Text)] = true
			continue
		}
		if m.Type != TypeLocation && m.Type != TypeOrg {
			continue
		}
		g := polityName.FindStringSubmatch(m.Text)
		if g == nil {
			continue
		}
		kind, key := strings.ToLower(g[1]), strings.TrimPrefix(nameKey(m.Text), "the ")
		switch p := kinds[kind]; {
		case p == nil:
			kinds[kind] = &polity{key: key, typ: m.Type, text: oneSpace(m.Text)}
		case p.key != key:
			p.several = true
		case m.Type == TypeOrg:
			// A state that is a party is an organisation, wherever the
			// tagger also read the place.
			p.typ = TypeOrg
		}
	}
	live := false
	for kind, p := range kinds {
		if p.several || defined[kind] {
			delete(kinds, kind)
			continue
		}
		live = true
	}
	if !live {
		return ms
	}
	// Every mention, by start, for the look-up of a use inside a name.
	sorted := append([]Mention(nil), ms...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	// inName reports whether a use lies inside another mention, and gives
	// the mention (an index into ms) that is the use itself, which the
	// tagger may have found without knowing whose name it is.
	at := map[[2]int]int{}
	for i, m := range ms {
		if nameType(m.Type) && m.Source != SourceDefined {
			at[[2]int{m.Start, m.End}] = i
		}
	}
	inName := func(s, e int) (same int, inside bool) {
		if i, ok := at[[2]int{s, e}]; ok {
			return i, false
		}
		i := sort.Search(len(sorted), func(i int) bool { return sorted[i].Start >= e })
		for k := i - 1; k >= 0 && k >= i-16; k-- {
			if sorted[k].End > s {
				return -1, true
			}
		}
		return -1, false
	}
	out := append([]Mention(nil), ms...)
	for _, c := range cr.Chunks {
		var idx []int
		for _, loc := range polityUse.FindAllStringSubmatchIndex(c.Text, -1) {
			p := kinds[strings.ToLower(c.Text[loc[2]:loc[3]])]
			if p == nil || modifiesNext(c.Text, loc[3]) {
				continue
			}
			if idx == nil {
				idx = runeIndex(c.Text)
			}
			m := chunkMention(c, idx, loc[2], loc[3], p.typ, SourceDefined, p.text)
			same, inside := inName(m.Start, m.End)
			if inside {
				continue
			}
			if same >= 0 {
				out[same] = m
				continue
			}
			out = append(out, m)
		}
	}
	return merge(out)
}

// modifiesNext reports whether the polity word ending at byte offset end
// of t goes on into a name or a modified noun: a capitalised word ("the
// State Bar", "the Commonwealth Court"), "of" (a state named in full),
// one of polityModifies, or "and"/"or" before federal or local ("the State
// and Federal courts").
func modifiesNext(t string, end int) bool {
	w, next := followingWord(t, end)
	switch lw := strings.ToLower(w); {
	case w == "":
		return false
	case lw == "and" || lw == "or":
		n, _ := followingWord(t, next)
		n = strings.ToLower(n)
		return n == "federal" || n == "local"
	default:
		return startsUpper(w) || lw == "of" || polityModifies[lw]
	}
}

// followingWord returns the word after white space at byte offset i of t
// ("" when punctuation or the end comes first) and the offset after it.
func followingWord(t string, i int) (string, int) {
	rest := strings.TrimLeft(t[i:], " \t\n")
	if len(rest) == len(t[i:]) {
		return "", i
	}
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if n < 0 {
		n = len(rest)
	}
	return rest[:n], len(t) - len(rest) + n
}

// usaName is the country's name, in full or not, over a line break too:
// "UNITED STATES OF\nAMERICA", "United States of America", "UNITED
// STATES". Group 1 is the full name's "of America".
var usaName = regexp.MustCompile(`\b(?:United\s+States(\s+of\s+America)?|UNITED\s+STATES(\s+OF\s+AMERICA)?)\b`)

// usaNameRuns searches usaName in the runs that hold its first word.
var usaNameRuns = runscan.New(usaName, "United", "UNITED")

// versusAfter is a caption's "v." after a party and its comma, blank lines
// allowed: "UNITED STATES OF AMERICA,\n\n v.", or the case's number on a
// line between them, as an indictment's columns read ("UNITED STATES OF
// AMERICA\nNo. 19 CR 669 (EEC)\nv."), "against" alone on its line too.
var versusAfter = regexp.MustCompile(`^[ \t]*,?\s*(?:(?:Case[ \t]+)?(?:No|NO)\.[^\n]{1,40}\n\s*)?(?:v\.|vs\.|V\.|VS\.|-against-|(?:against|AGAINST)[ \t]*\n)`)

// countryNames returns the country that opens a caption's line with its
// role or "v." after it, a litigant, an organisation ("UNITED STATES OF
// AMERICA,\n v.",
// "United States of America, Plaintiff", "UNITED STATES,\n
// Defendant-Appellee"), and its full name elsewhere, a place (the tagger
// reads the capitals' "AMERICA" alone as the place). The country's name
// alone elsewhere is left to the patterns and the tagger.
func countryNames(t string) []cand {
	if !containsAny(t, []string{"States", "STATES"}) {
		return nil
	}
	var out []cand
	for _, m := range usaNameRuns.FindAllStringSubmatchIndex(t) {
		full := m[2] >= 0 || m[4] >= 0
		typ := TypeLocation
		// A caption's party opens its line; "United States v. Alaska"
		// in running text is a cited case's, which is no entity.
		ls := strings.LastIndexByte(t[:m[0]], '\n') + 1
		before := strings.TrimSpace(t[ls:m[0]])
		if after := textAfter(t, m[1]); (before == "" || before == "THE" || before == "The") && (designated.MatchString(after) || versusAfter.MatchString(after)) ||
			columnMark(before) && columnDesignated.MatchString(after) {
			typ = TypeOrg
		} else if !full {
			continue
		}
		out = append(out, cand{typ: typ, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// usAdjective is the United States' or the United Kingdom's initials,
// with or without their periods, before a word in lower case or a
// hyphen's "-based" and its kin, the country named as an adjective: "U.S.
// consumers", "the U.S. market", "U.S. district judge", "US courts", "the
// US food giant", "UK market", "a U.K.-based company". It is anchored
// where "U" opens a word (usAdjectives); group 1 is the initials, group 2
// the word after (none before a hyphen). A caption's "U.S. v.", a
// relator's "U.S. ex rel." and "U.S. dollars" (an amount's currency) are
// no place, nor is the reporter after a volume's number ("410 U.S. n. 3",
// "556 U.S. at 678", "576 U.S. slip op."), a company's suffix after a
// hyphen ("Chumer-US"), or the pronoun in capitals after a verb ("CONTACT
// US today", "Call US now").
var usAdjective = regexp.MustCompile(`^(U\.[ \t]?S\.|US|U\.[ \t]?K\.|UK)(?:[ \t\n]+([a-z]+)|-(?:based|born|headquartered|registered)\b)`)

// volumeBefore is a reporter's volume number before its abbreviation.
var volumeBefore = regexp.MustCompile(`\d[ \t]+$`)

// usPronounAfter are the words before "US" that make it the pronoun in
// capitals: "CONTACT US", "JOIN US", "Call US now", "ABOUT US".
var usPronounAfter = wordSet(`contact join follow let tell call email e-mail visit help give send show ask write text find like about`)

// usAdjectives returns the places usAdjective names.
func usAdjectives(t string) []cand {
	var out []cand
	for i := range occurrences(t, "U", 0) {
		if i > 0 && (isAlnum(t[i-1]) || t[i-1] == '.' || t[i-1] == '-') || i+1 < len(t) && t[i+1] != '.' && t[i+1] != 'S' && t[i+1] != 'K' {
			continue
		}
		m := usAdjective.FindStringSubmatchIndex(t[i:])
		if m == nil {
			continue
		}
		initials := t[i+m[2] : i+m[3]]
		us := abbreviationMarks.Replace(initials) == "US"
		if us && volumeBefore.MatchString(t[max(0, i-8):i]) || initials == "US" && usPronounAfter[strings.ToLower(lastWord(t[max(0, i-16):i]))] {
			continue
		}
		if m[4] >= 0 {
			if w := t[i+m[4] : i+m[5]]; w == "v" || w == "ex" || w == "dollars" || w == "dollar" {
				continue
			}
		}
		out = append(out, cand{typ: TypeLocation, start: i + m[2], end: i + m[3], source: SourcePattern})
	}
	return out
}

// countryInitialsNoun is the country's initials as a noun after "the",
// the place where things are done after a preposition that puts a place
// before a country (countryPlace) or "to" or "from": "operations in the
// U.S., Canada and Mexico", "sold throughout the U.S. and abroad",
// "imports into the UK;"; not after "of", which ends a name as often
// ("Supreme Court of the U.S.", "Chamber of Commerce of the US"). It is
// anchored at "the"; countryInitialsEnd must follow it.
var countryInitialsNoun = regexp.MustCompile(`^the[ \t]+(?:U\.[ \t]?S\.|U\.[ \t]?K\.|US|UK)`)

// toOrFrom are the prepositions of movement countryPlace does not hold.
var toOrFrom = regexp.MustCompile(`\b(?:to|from)[ \t]+$`)

// countryInitialsEnd is what ends the noun: a comma, a semicolon, a
// parenthesis, "and", or the sentence's end at its line's end ("… in the
// U.S." and no more on the line): before a capitalised word the initials
// may open a name ("the U.S. Attorney").
var countryInitialsEnd = regexp.MustCompile(`^(?:[,;)]|[ \t]+and\b|\.?[ \t]*(?:\n|$))`)

// countryInitialsNouns returns the places countryInitialsNoun finds.
func countryInitialsNouns(t string) []cand {
	var out []cand
	for i := range occurrences(t, "the U", 0) {
		m := countryInitialsNoun.FindStringIndex(t[i:])
		if m == nil || !countryInitialsEnd.MatchString(t[i+m[1]:]) {
			continue
		}
		if before := t[max(0, i-16):i]; countryPlace.MatchString(before) || toOrFrom.MatchString(before) {
			s := i + len("the")
			s += len(t[s:]) - len(strings.TrimLeft(t[s:], " \t"))
			out = append(out, cand{typ: TypeLocation, start: s, end: i + m[1], source: SourcePattern})
		}
	}
	return out
}

// countryPlaintiff is the country opening a caption's line and its role
// within the seven lines under it, the address of the office that sues in
// its name between them.
var countryPlaintiff = regexp.MustCompile(`(?m)^[ \t]*(?:THE[ \t]+)?UNITED[ \t]+STATES(?:[ \t]+OF[ \t]+AMERICA)?[ \t]*,?[ \t]*\n(?:[^\n]*\n){0,7}?[ \t]*(?:Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?)\b`)

// countryParty makes the country an organisation wherever the document
// names it, when the document has it as a litigant (an organisation named
// "United States" or "United States of America": a caption's party; a
// side of the document's own case, "Re: United States v. Joshua James";
// the plaintiff of a caption with its office's address, countryPlaintiff;
// the filer, litigantClause; or the one a filing's acts are done to,
// actedOn): in such a filing "the United States argues" is the party,
// which the tagger's propagation reads as the place. A state or
// commonwealth named as the filer or acted on ("the Commonwealth of
// Virginia, by counsel, moves"), or a county or a city ("Natrona County
// represented by Bill Knight"), is an organisation wherever named too.
func countryParty(doc []rune, ms []Mention) []Mention {
	isCountry := func(s string) bool {
		s = oneSpace(s)
		if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
			s = s[4:] // a caption's "THE UNITED STATES OF AMERICA"
		}
		return strings.EqualFold(s, "United States") || strings.EqualFold(s, "United States of America")
	}
	// A side of the document's own case may be the country's abbreviation
	// ("DIAMOND v. U.S.").
	isSide := func(s string) bool {
		return isCountry(s) || s == "U.S." || s == "U.S.A." || s == "USA"
	}
	party := false
	for _, m := range ms {
		if m.Type == TypeOrg && isCountry(m.Text) {
			party = true
			break
		}
	}
	if i := OwnCase(doc, ms); !party && i >= 0 {
		for _, side := range versusWord.Split(oneSpace(WithoutColumns(ms[i].Text)), 2) {
			name, _, _ := strings.Cut(side, ",") // "UNITED STATES OF AMERICA, Plaintiff - Appellee"
			party = party || isSide(strings.TrimSpace(name))
		}
	}
	if !party && len(doc) > 0 {
		// A government's complaint: the country on its line, its office's
		// address under it, then its role ("UNITED STATES OF AMERICA," /
		// "Department of Justice" / "450 Fifth Street, N.W." / "Plaintiff,").
		// The caption opens the document (captionArea).
		d := string(doc[:min(len(doc), captionArea)])
		party = strings.Contains(d, "UNITED STATES") && countryPlaintiff.MatchString(d)
	}
	// A polity that speaks as the filer ("The United States, by and
	// through its undersigned attorneys, respectfully submits", "the
	// Commonwealth of Virginia, by counsel, moves"), that counsel appear
	// for ("Attorney for the State of Delaware") or that a filing's acts
	// are done to (actedOn: "to defraud the United States") is a litigant.
	filers := map[string]bool{}
	for _, m := range ms {
		if m.Type != TypeLocation || m.End > len(doc) {
			continue
		}
		local := localGovernmentName(m.Text)
		if !isCountry(m.Text) && !polityName.MatchString(m.Text) && !local {
			continue
		}
		before, after := string(doc[max(0, m.Start-30):m.Start]), string(doc[m.End:min(len(doc), m.End+40)])
		// A county after an office's or a court's "of", "for" or "in"
		// ("judge … for Ingham County, appeals"), and the country that ends
		// an address before its owner's lawyer ("Ohio, United States of
		// America, represented by"), are places.
		if local && officePlace.MatchString(before) || isCountry(m.Text) && representedAfter.MatchString(after) && strings.HasSuffix(strings.TrimRight(before, " \t\n"), ",") {
			continue
		}
		// The country or a state with its role after it ("UNITED STATES OF
		// AMERICA, Respondents") is a party; not where it ends an office's
		// name ("an agency of the State of Arizona, Defendant-Appellee").
		roleAfter := partyRoleAfter.MatchString(after) && !local && !officePlace.MatchString(before)
		if wider := string(doc[max(0, m.Start-70):m.Start]); roleAfter || litigantClause.MatchString(after) || counselFor.MatchString(before) || actedOn.MatchString(wider) || agreementParty.MatchString(wider) {
			filers[nameKey(m.Text)] = true
			party = party || isCountry(m.Text)
		}
	}
	if !party && len(filers) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Type == TypeLocation && (party && isSide(oneSpace(m.Text)) || filers[nameKey(m.Text)]) {
			// "imported into the United States", "sold throughout the
			// United States": the place, beside the party.
			if m.Start <= len(doc) && countryPlace.MatchString(string(doc[max(0, m.Start-24):m.Start])) {
				continue
			}
			ms[i].Type = TypeOrg
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// representedAfter is a lawyer's "represented by" after a name.
var representedAfter = regexp.MustCompile(`^,?[ \t\n]+represented[ \t\n]+by\b`)

// officePlace is what puts a name as an office's or a court's place:
// "of", "for" or "in" right before it, in capitals too ("SECRETARY OF
// STATE OF THE STATE OF GEORGIA").
var officePlace = regexp.MustCompile(`\b(?i:of|for|in)(?:[ \t\n]+(?i:the))?[ \t\n]*$`)

// localGovernmentName reports whether name is a county's, a parish's or
// a local government's named with its kind: "Natrona County", "City of
// Millville", "COUNTY OF ESSEX".
func localGovernmentName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return last == "county" || last == "parish" || localGovernmentStart.MatchString(name)
}

// countryPlace is a preposition or a verb of movement that puts a place
// before a country's or a state's name: "into the United States",
// "throughout the State of Ohio", "entered the United States".
var countryPlace = regexp.MustCompile(`\b(?:in|into|within|throughout|across|outside|inside|entered|enter|entering|enters)\s+(?:the\s+)?$`)

// litigantClause is what follows a polity that acts in a filing: its
// counsel, a filer's verb ("…, by and through its undersigned
// attorneys", ", by counsel,", " respectfully submits", " hereby moves",
// a litigant's verb: " no longer seeks", " contends", " filed", " has
// settled", " (State) has filed", and with a state: " and the State of
// Wisconsin allege"), its role (", as a defendant under 28 U.S.C. §
// 2410", " as amicus curiae"), a party's defined name (` ("Plaintiff" or
// "State")`, " (United States)") or its lawyer (" represented by Bill
// Knight").
var litigantClause = regexp.MustCompile(`^,?[ \t\n]+(?:as[ \t\n]+(?:a|the)[ \t\n]+(?:defendant|plaintiff|intervenor|party|garnishee|creditor|claimant|respondent|petitioner)\b|by[ \t\n]+and[ \t\n]+through|represented[ \t\n]+by\b|by[ \t\n]+(?:its|their|the)[ \t\n]|by[ \t\n]+counsel|through[ \t\n]+(?:its|the)[ \t\n]+(?:undersigned|counsel|attorneys?|Attorney|Office|Department)|acting[ \t\n]+by|respectfully[ \t\n]+(?:submits|moves|requests|files|responds)|hereby[ \t\n]+(?:moves|submits|files|gives|responds)` +
	`|as[ \t\n]+amicus\b|\([ \t]*(?:the[ \t]+)?[“"]?(?:State|Commonwealth|United[ \t]+States|Government|Plaintiffs?|Defendants?)[”"]?(?:[ \t]+or[ \t]+(?:the[ \t]+)?[“"]?[A-Z][a-z]+[”"]?)?\)` +
	`|(?:and[ \t\n]+the[ \t\n]+(?:State|Commonwealth)[ \t\n]+of[ \t\n]+[A-Z][a-z]+(?:[ \t\n]+[A-Z][a-z]+)?[ \t\n]+)?(?:\([^()\n]{1,30}\)[ \t\n]+)?(?:(?:no[ \t\n]+longer|also|further|now|then|subsequently|previously|has|have|had|will)[ \t\n]+)?` +
	`(?:seeks|sought|contends|contended|argues|argued|asserts|asserted|alleges?|alleged|concedes|conceded|moved|moves|filed|files|brought|brings|appeals|appealed|responds|responded|submits|submitted|charged|charges|sued|sues|indicted|agreed|agrees?|settled|settles?|intervened|intervenes|declined|declines|recovered|obtained|entered[ \t\n]+into|reached)\b)`)

// actedOn is what stands before a polity that a filing's acts are done to
// or with, a litigant: "to defraud the United States", "a Settlement
// Agreement with the United States" (a trade agreement's is a country's),
// "claims against the United States" or against another "and the United
// States", "entered into by and between the United States", "to pay $3.5
// million to the United States".
var actedOn = regexp.MustCompile(`\b(?:defraud|defrauded|defrauding|against|against\b[^.;:\n]{0,60}?[ \t\n]and|by[ \t\n]+and[ \t\n]+between|(?:(?:[Ss]ettlement|[Pp]lea|[Cc]onsent)[ \t\n]+[Aa]greement|settlement|settle|settled|settles|settling)[ \t\n]+with|(?:pay|pays|paid|paying|repay|reimburse|forfeited|forfeiture|restitution)\b(?:[^.;:\n]|\.\d){0,50}?[ \t\n]to)[ \t\n]+the[ \t\n]+$`)

// partyRoleAfter is a party's role after its name and a comma, as a
// caption writes it, ending there: ", Respondents,", ", Plaintiff -
// Appellant." ("After coming to the United States, Petitioner worked"
// opens a sentence with the role); the roles are CaptionRole's, with an
// intervenor's.
var partyRoleAfter = regexp.MustCompile(`^,[ \t\n]+(?:` + CaptionRole + `|(?i:intervenors?))(?:[ \t]*[-–/][ \t]*[A-Za-z]+)*[ \t]*(?:[,.;:)]|\n|$)`)

// agreementParty is what stands before a party a settlement names: "The
// parties to this Settlement Agreement are the United States of America
// and Jon Graves", "SETTLEMENT AGREEMENT BETWEEN / THE UNITED STATES OF
// AMERICA / AND …"; not a named agreement's (the "Softwood Lumber
// Settlement Agreement between the United States and Canada" is a
// treaty's: the country).
var agreementParty = regexp.MustCompile(`(?i)(?:(?:^|\n|\b(?:this|the|a|an)[ \t\n]+)(?:settlement|consent|plea)[ \t\n]+agreement[ \t\n]+between|\bparties[ \t\n]+to[ \t\n]+this[ \t\n]+(?:[a-z]+[ \t\n]+)?agreement[ \t\n]+are)[ \t\n]+the[ \t\n]+$`)

// governmentParties types a case's party that is a government
// (governmentWords: a county, a city, a state; sovereignWords: a foreign
// state) an organisation, a litigant: "BOONE COUNTY, Iowa, Appellee",
// "CITY OF DEARBORN", "Republic of Colombia"; the patterns' party type
// reads a place or a person there.
func governmentParties(t string, cs []cand) []cand {
	for i, c := range cs {
		if !c.party || c.typ == TypeOrg || c.typ == TypeCase {
			continue
		}
		ws := strings.Fields(strings.ToLower(t[c.start:c.end]))
		// "THE PEOPLE OF THE STATE OF ILLINOIS": the article is no part of
		// the test.
		if len(ws) > 2 && ws[0] == "the" {
			ws = ws[1:]
		}
		// California's and New York's prosecutor alone: "THE PEOPLE,
		// Plaintiff and Respondent"; a state's in its case's short name:
		// "State v. Herbette".
		if w := strings.Trim(ws[0], ",."); len(ws) == 1 && (w == "people" || w == "state") {
			cs[i].typ = TypeOrg
			continue
		}
		if len(ws) < 2 {
			continue
		}
		// "PEOPLE OF GUAM", "People of the Virgin Islands": the prosecuting
		// government.
		if governmentWords[strings.Trim(ws[len(ws)-1], ",.")] || (governmentWords[ws[0]] || ws[0] == "people") && ws[1] == "of" {
			cs[i].typ = TypeOrg
		}
		// "Republic of Colombia", "Bolivarian Republic of Venezuela",
		// "Kingdom of Spain": a foreign state that is a party.
		for k := 0; k < 2 && k+1 < len(ws); k++ {
			if sovereignWords[ws[k]] && ws[k+1] == "of" {
				cs[i].typ = TypeOrg
			}
		}
	}
	return cs
}

// counselFor is what stands before a party its lawyers appear for:
// "Attorney for the " of "Attorney for the State of Delaware", "Counsel for
// ", "on behalf of the ", and a counsel list's "for" and the party's role
// ("…, Charleston, WV, for Plaintiff State of Ohio").
var counselFor = regexp.MustCompile(`(?:` + counselForWords + `|on[ \t\n]+behalf[ \t\n]+of|\bfor[ \t\n]+` + partyRoles + `(?:-[A-Z][a-z]+)?)[ \t\n]+(?:the[ \t\n]+|THE[ \t\n]+)?$`)

// relatorHead is the start of a caption's line before a relator's office:
// the government, "ex rel." and the relator, then a comma ("STATE of
// Minnesota ex rel. Robert W. MATTSON, " before "Treasurer of the State of
// Minnesota, Petitioner,").
var relatorHead = regexp.MustCompile(`^[ \t]*(?:[A-Z][A-Za-z]*[ \t]+){1,3}(?:(?:of|OF)[ \t]+[A-Z][A-Za-z]*[ \t]+)?(?:ex|EX)[ \t]+(?:rel|REL)\.[ \t]+[^\n,]{3,60},[ \t]+$`)

// exRel is "ex rel." and the space after it, in any case, with a comma
// some captions set after it ("UNITED STATES OF AMERICA, ex rel., MEREDITH
// DEANE").
var exRel = regexp.MustCompile(`(?i)\bex[ \t]+rel\.,?[ \t]+`)

// governmentOf is a government named with "of", whole: "STATE of
// Oklahoma", "Commonwealth of Puerto Rico", "People of the State of
// Michigan".
var governmentOf = regexp.MustCompile(`^(?i:state|commonwealth|people|territory)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]*){0,4}$`)

// officialStart is an official's office at the start of a party's name.
var officialStart = regexp.MustCompile(`^` + OfficialDescription)

// relatorCaptions mends a caption whose first party sues on the relation
// of another ("STATE of Minnesota ex rel. Robert W. MATTSON, Treasurer of
// the State of Minnesota, Petitioner,\n v.\n Peter J. KIEDROWSKI"): the
// government before "ex rel." is a litigant, an organisation, and a case
// the patterns began at the relator's office begins at its line's start,
// where the office is no party.
func relatorCaptions(t string, cs []cand) []cand {
	if !exRel.MatchString(t) {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		// "State Ex Rel. Mattson v. Kiedrowski": the party is the relator.
		// An organisation read over "ex rel." ("STATE of Oklahoma EX REL.
		// OKLAHOMA REAL ESTATE APPRAISER BOARD") is two litigants: the
		// relator after it, of the type its words say, and the government
		// before it where it is named with "of" ("State Ex Rel. Columbia
		// Tower, Inc." leaves a bare "State", no one's name).
		if c.party && c.typ != TypeCase || c.typ == TypeOrg {
			if k := exRel.FindStringIndex(t[c.start:c.end]); k != nil && c.start+k[1] < c.end {
				rel := partyCand(t, c.start+k[1], c.end)
				rel.party = c.party
				cs[i] = rel
				if gov := strings.TrimRight(t[c.start:c.start+k[0]], " \t,"); !c.party && governmentOf.MatchString(gov) {
					g := c
					g.end = c.start + len(gov)
					cs = append(cs, g)
				}
				continue
			}
		}
		switch c.typ {
		case TypeLocation:
			if k := exRel.FindStringIndex(t[c.end:min(len(t), c.end+16)]); k != nil && (t[c.end:c.end+k[0]] == " " || t[c.end:c.end+k[0]] == ", ") {
				// A pattern's reading: the tagger's other mentions of the
				// name do not vote it back to a place (oneSensePerName).
				cs[i].typ, cs[i].source = TypeOrg, SourcePattern
			}
		case TypeCase:
			ls := strings.LastIndexByte(t[:c.start], '\n') + 1
			if relatorHead.MatchString(t[ls:c.start]) && officialStart.MatchString(t[c.start:c.end]) {
				drop[c.start] = true
				cs[i].start = ls + len(t[ls:c.start]) - len(strings.TrimLeft(t[ls:c.start], " \t"))
			}
		}
	}
	if len(drop) == 0 {
		return cs
	}
	kept := cs[:0]
	for _, c := range cs {
		if c.party && drop[c.start] {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// localGovernment is a local government's kind and "of" right before a
// place's name: "City of " of "the City of Seattle", "COUNTY OF " of "COUNTY
// OF ESSEX".
var localGovernment = regexp.MustCompile(`\b` + localGovernmentKind + `$`)

// localGovernmentKind is a local government's kind and "of".
const localGovernmentKind = `(?:City|Town|County|Village|Borough|Township|Parish|CITY|TOWN|COUNTY|VILLAGE|BOROUGH|TOWNSHIP|PARISH)[ \t]+(?:of|OF)[ \t]+`

// venue reports whether the local government named at t[s:e] is a
// venue's place: a county "located in the County of Santa Clara", an
// acknowledgment's "COUNTY OF NEW YORK   )" under "STATE OF NEW YORK   )
// ss.:". A city, a town or a village "in the City of Monroe" is the
// government, as the guideline has it named by its kind.
func venue(t string, s, e int) bool {
	return suffixFold(t[max(0, s-11):s], "in the ") && len(t)-s >= 6 && strings.EqualFold(t[s:s+6], "county") || strings.HasPrefix(strings.TrimLeft(t[e:], " \t"), ")")
}

// localGovernmentStart is a place's name that opens with a local
// government's kind and "of": "City of Jacksonville".
var localGovernmentStart = regexp.MustCompile(`^` + localGovernmentKind + `\S`)

// localGovernments makes a place the tagger read after "City of", "County
// of" and the like, or with them, the local government the text names, an
// organisation with its kind ("City of Seattle", as the guideline's "City
// of El Paso"); a name the text goes on with ("City of Boston Law Department")
// is the tagger's or the rules' to read, and a county "in the County of
// Santa Clara" stays a place, with its kind (an acknowledgment's "COUNTY
// OF HARRIS )" too); a city "in the City of Monroe" is the government.
func localGovernments(t string, cs []cand) []cand {
	if !containsAny(t, []string{" of ", " OF "}) {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeOrg && c.source == SourceModel && localGovernmentStart.MatchString(t[c.start:c.end]) && venue(t, c.start, c.end) {
			cs[i].typ = TypeLocation // the tagger's "County of Gallatin )" under "STATE OF MONTANA )"
			continue
		}
		// The tagger's person in a venue ("COUNTY OF HARRIS )") is the
		// county, as its place is.
		person := c.typ == TypePerson && c.source == SourceModel && !c.party
		if c.typ != TypeLocation && !person {
			continue
		}
		var start int
		if m := localGovernment.FindStringIndex(t[max(0, c.start-20):c.start]); m != nil {
			start = max(0, c.start-20) + m[0]
		} else if !person && localGovernmentStart.MatchString(t[c.start:c.end]) {
			start = c.start // the tagger's place "City of Jacksonville"
		} else {
			continue
		}
		if venue(t, start, c.end) {
			// "COUNTY OF HARRIS )" under "STATE OF TEXAS )": the venue's
			// place by its kind and name, no government.
			if start < c.start && strings.HasPrefix(strings.ToUpper(t[start:c.start]), "COUNTY") {
				cs[i].start, cs[i].typ = start, TypeLocation
			}
			continue
		}
		if person {
			continue
		}
		covered := false
		for _, d := range cs {
			if d.typ == TypeOrg && d.start <= start && d.end >= c.end {
				covered = true
				break
			}
		}
		if !covered {
			cs[i].start, cs[i].typ = start, TypeOrg
		}
	}
	return cs
}

// ageResidence is a person's age and town in a release or a news report:
// "John Doe, 52, of Miami", "Peter Brown, 61, of Albany", "Vince Puleo,
// 50, from Ventura". Group 1 is the town.
var ageResidence = regexp.MustCompile(ageThen + `([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\b`)

// ageThen is a person's age and the "of" or "from" before his town, after
// his name: ", 52, of ", ", 50, from "; ageNeedles are what a text holds
// where it may have one, the cheap test before the expressions.
const ageThen = `,[ \t]*\d{1,3},[ \t]+(?:of|from)[ \t]+`

var ageNeedles = []string{", of ", ",\tof ", ", from ", ",\tfrom "}

// residentOf is the place a person lives in or comes from: "a resident of
// Bella Vista", "residents of Peoria County", "a native of Puerto Rico".
// Group 1 is the place.
var residentOf = regexp.MustCompile(`^(?:resident|residents|native|natives)[ \t]+of[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\b`)

// residences returns the places residentOf finds, whatever the tagger
// took them for; a body's name is none ("residents of Acme University
// Housing"). The expression is tried where "resident" or "native" opens a
// word, which a scan for the words finds.
func residences(t string) []cand {
	var out []cand
	for _, word := range []string{"resident", "native"} {
		for s := range occurrences(t, word, 0) {
			if s > 0 && isAlnum(t[s-1]) {
				continue
			}
			m := residentOf.FindStringSubmatchIndex(t[s:min(len(t), s+80)])
			if m == nil || hasOrgWord(t[s+m[2]:s+m[3]]) {
				continue
			}
			out = append(out, cand{typ: TypeLocation, start: s + m[2], end: s + m[3], source: SourcePattern})
		}
	}
	slices.SortFunc(out, func(a, b cand) int { return a.start - b.start })
	return out
}

// countyList is a list of counties' names before one plural "counties":
// "Duval, Clay and Nassau counties", "Montgomery and Greene counties".
// Group 1 is the list.
var countyList = regexp.MustCompile(`((?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]+)*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,?[ \t]+and[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:counties|Counties)\b`)

// countyName is one county's name of a countyList: one or two capitalised
// words ("Santa Barbara").
var countyName = regexp.MustCompile(`[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?`)

// countyLists makes each county of countyList's lists a place, by its name
// alone as the text writes it, in place of what the tagger read there
// ("Clay" a person, "Ventura Counties" an organisation).
func countyLists(t string, cs []cand) []cand {
	if !strings.Contains(t, "ounties") {
		return cs
	}
	var counties []cand
	for _, m := range countyList.FindAllStringSubmatchIndex(t, -1) {
		for _, n := range countyName.FindAllStringIndex(t[m[2]:m[3]], -1) {
			s, e := m[2]+n[0], m[2]+n[1]
			// "In Bastrop, Burnet, … counties": a sentence's first word
			// opens no county's name.
			if w := firstWord(t[s:e]); leadingNoise[strings.ToLower(w)] {
				s += len(w)
				for s < e && (t[s] == ' ' || t[s] == '\t') {
					s++
				}
			}
			if s < e {
				counties = append(counties, cand{typ: TypeLocation, start: s, end: e, source: SourcePattern})
			}
		}
	}
	if len(counties) == 0 {
		return cs
	}
	return replacedBy(cs, counties)
}

// agedName is a person's name before the age and the town a release or
// a news report gives after it: "Firas Abuzuhrieh, 38, of Albuquerque",
// "Canarie Deon Curry, 40, of Riviera Beach", "Vince Puleo, 50, from
// Ventura", "Rafael de Oliveira Santos, 33, of Newark". Its words are
// capitalised words, initials and particles: a sentence's end and a rank
// before it are none ("Baghdad. Spc. Aaron Mills, 22, of Dayton"). Group
// 1 is the name.
var agedName = regexp.MustCompile(`\b((?:(?:[A-Z][a-z'’-]+|[A-Z]\.)[ \t]+(?:(?:` + strings.Join(strings.Fields(particleWords), "|") +
	`)[ \t]+)?){1,3}[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*)` + ageThen + `[A-Z]`)

// particleWords are the lower-case words inside a name that agedName
// reads ("Rafael de Oliveira Santos", "Maria del Carmen Ruiz"), and
// nameParticles the same as a set.
const particleWords = `de del da di van von der la le du dos`

var nameParticles = wordSet(particleWords)

// agedNames returns the people agedName finds whose name reads as one
// (personLike): a company's or a place's name before a number and "of"
// ("Acme Corp., 12, of") is none.
func agedNames(t string) []cand {
	if !containsAny(t, ageNeedles) {
		return nil
	}
	cs := groupCands(t, agedName, 1, TypePerson)
	for i, c := range cs {
		// "On Monday Kevin Wu, 33, of Gilbert": the name opens at its
		// given name where the words before it are none.
		ws := words(t[c.start:c.end], c.start)
		if isGivenName(ws[0].text) {
			continue
		}
		if k := slices.IndexFunc(ws[1:len(ws)-1], func(w word) bool { return isGivenName(w.text) }); k >= 0 {
			cs[i].start = ws[k+1].start
		}
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		name := t[c.start:c.end]
		kept := slices.DeleteFunc(strings.Fields(name), func(w string) bool { return nameParticles[w] })
		return !personLike(strings.Join(kept, " ")) || hasOrgWord(name) || knownPlace(name)
	})
}

// ageResidences returns the towns ageResidence finds, places whatever the
// tagger took them for.
func ageResidences(t string) []cand {
	if !containsAny(t, ageNeedles) {
		return nil
	}
	return groupCands(t, ageResidence, 1, TypeLocation)
}

// dateline is a press release's dateline opening its line: the city in
// capitals, its state as the wire services abbreviate it (or none), and
// the date, then the wire service or a dash, as no court's "ORDERED, March
// 6, 2023" has: "ROCK HILL, S.C., March 6, 2023 (GLOBE NEWSWIRE) --", "NEW
// YORK, Jan. 5, 2024 /PRNewswire/", "SAN DIEGO, CA, May 1, 2023 —". Groups
// 1 and 2 are the city and the state.
var dateline = regexp.MustCompile(`^[ \t]*([A-Z][A-Z.'’\-]+(?:[ \t][A-Z][A-Z.'’\-]+){0,3}),[ \t]+` +
	`(?:((?:[A-Z][a-z]{0,4}\.(?:[ \t]?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2}|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)),[ \t]+)?` +
	month + `[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}[ \t]*(?:\(|/|--|—|–|-[ \t])`)

// undatedDateline is a news story's dateline as the wire services write it
// without a date: the city in capitals, its state abbreviated, a dash:
// "BURLINGTON, Wis. – The U.S. Department of Labor …", "JEFFERSON CITY,
// Mo. (AP) — …" (the text stage writes the dash "-"); also in brackets,
// with a postal code or before a bar: "(OLYMPIA, Wash.) —", "TOPEKA, KS
// —", "SANTA ANA, Calif. |". Groups 1 and 2 are the city and the state,
// which must be a state's abbreviation (CitationStates: "WORSWICK, J. —"
// is a judge's line) or a postal code that is no degree's or firm's
// (degreeCodes); a bracket opens it only where one closes it.
var undatedDateline = regexp.MustCompile(`^[ \t]*\(?([A-Z][A-Z.'’\-]+(?:[ \t][A-Z][A-Z.'’\-]+){0,3}),[ \t]+` +
	`((?:[A-Z][a-z]{0,4}\.(?:[ \t]?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2}|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah))\)?[ \t]*(?:\((?:AP|Reuters|UPI)\)[ \t]*)?(?:–|—|--|-|\|)[ \t]`)

// cityDateline is a news story's dateline with the city alone in
// capitals, or with its state written out, before a dash and the story's
// first word: "TAMPA – Marler Clark, the Seattle law firm …", "SALT LAKE
// CITY – Bugman …", "(MONTGOMERY) – Attorney General …", "LOUISVILLE,
// KENTUCKY—After a four day trial" (the text stage writes the dash "-",
// glued to the word where the dash was). The word after the dash is in
// mixed case, as a sentence's: a heading's "TORTS – NEGLIGENCE" is none.
// Groups 1 and 2 are the city and the state, which must be a state's
// name.
var cityDateline = regexp.MustCompile(`^[ \t]*\(?([A-Z][A-Z.'’]+(?:[ \t][A-Z][A-Z.'’]+){0,3})(?:,[ \t]+([A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?))?\)?` +
	`(?:[ \t]*(?:–|—|--)|[ \t]+-|-)[ \t]*(?:[A-Z][a-z]|A[ \t]|\()`)

// datelineDash reports whether the dash that ends a cityDateline match
// at e of line is a dateline's: spaced, or glued to the word after it
// after a word in capitals ("KENTUCKY-After"), or after a state in mixed
// case where no organisation's word follows in the next three words
// ("BOISE, Idaho-Today the agency sued";
// "Missouri-Pacific Railroad Co." is a company's name).
func datelineDash(line string, e int) bool {
	d := strings.LastIndexAny(line[:e], "-–—")
	if d <= 0 || line[d-1] == ' ' || line[d-1] == '\t' || line[d:min(len(line), d+2)] == "--" {
		return true
	}
	before := lastWord(line[:d])
	if isUpperName(before) {
		return true
	}
	// After a state in mixed case, a company's name goes on
	// ("Missouri-Pacific Railroad Co."), a story does not.
	ws := strings.Fields(line[d+1:])
	return !slices.ContainsFunc(ws[:min(3, len(ws))], func(w string) bool { return companyWord(strings.Trim(w, ",;:")) }) ||
		leadingNoise[strings.ToLower(firstWord(line[d+1:]))]
}

// cityDatelineName reports whether city, in capitals before a dash in t
// with no state after it (cityDateline), is a town's name: of four
// letters or more ("(CN) - The court" is a news service's mark), no known
// organisation's ("REUTERS - A judge"), and each word no function, title,
// role, filing or common word (noTownWord) and, but for the words that
// open or end towns' names (townHeads, townKinds: "SALT LAKE CITY"), none
// the text writes in lower case as well (a heading's "FILE - In this
// file photo", "CIVIL MINUTES – General").
func cityDatelineName(t, city string) bool {
	ws := strings.Fields(city)
	if len(city) < 4 || slices.ContainsFunc(knownOrgs, func(o string) bool { return strings.EqualFold(o, city) }) || len(ws) == 2 && isGivenName(ws[0]) {
		return false
	}
	own := false // a town's word, or more than a head or a kind alone ("CITY - The city council")
	for _, w := range ws {
		lw := strings.ToLower(w)
		if datelineWordOut(w) || !townHeads[lw] && !townKinds[lw] && lowerInText(t, lw) {
			return false
		}
		own = own || !townHeads[lw] && !townKinds[lw]
	}
	return own || len(ws) > 1
}

// datelineWordOut reports whether w is no word of a dateline's town: a
// function, title, role, filing or common word (noTownWord), a
// heading's, a label's or a news page's word (datelineHeadings: the stage
// reads a text in chunks, and a heading's word the text writes in lower
// case may be in another), a legal form's or an organisation's word
// ("ACME CORP - The maker").
func datelineWordOut(w string) bool {
	lw := strings.ToLower(w)
	return noTownWord(w) || datelineHeadings[lw] || summaryHeads[lw] || companyWord(w)
}

// companyWord reports whether w is a legal form's or an organisation's
// word, a town's kind aside ("Co.", "Corp", "Railroad Company", "Agency").
func companyWord(w string) bool {
	lw := strings.ToLower(w)
	return orgSuffix[lw] || orgSuffix[lw+"."] || genericOrg[lw] && !townKinds[lw] || hasOrgWord(w) || businessHead(w)
}

// datelineHeadings are the words of opinions' and forms' headings and of
// news pages' labels that stand in capitals before a dash and a sentence
// as a dateline's city does: "FACTS - On", "FINDINGS - The", "UPDATE -
// The company", "PHOTO - A".
var datelineHeadings = wordSet(`facts issue issues findings finding recommendation recommendations abstract purpose scope present absent
	attest vote synopsis headnote judgment complaint answer witness venue parties relief prayer testimony warning update updated
	breaking exclusive correction corrected photo video editorial sports related timeline editor author reporter contact sealed redacted
	per curiam`)

// degreeCodes are the postal codes that are also a person's degree or a
// firm's form after a name and its comma ("JANE DOE, MD – Direct
// Examination", "GREENBERG TRAURIG, PA |"): no dateline's state there.
var degreeCodes = wordSet(`MD PA DC MA SC CO DO MS ND`)

// datelines makes a press release's dateline's city and state places: the
// tagger reads the city in capitals at a line's start as a person ("ROCK
// HILL") or an organisation.
func datelines(t string, cs []cand) []cand {
	if !strings.ContainsAny(t, ",-–—") {
		return cs
	}
	// Both datelines open a line with a word in capitals: each is tried
	// at the start of such a line only (an expression alone would try
	// every line).
	var ms, cities [][]int
	for ls := 0; ls < len(t); ls = lineEnd(t, ls) + 1 {
		p := ls
		for p < len(t) && (t[p] == ' ' || t[p] == '\t') {
			p++
		}
		if p < len(t) && t[p] == '(' {
			p++
		}
		if p+2 >= len(t) || !upperByte(t[p]) || !upperByte(t[p+1]) {
			continue
		}
		line := t[ls:lineEnd(t, ls)]
		m := dateline.FindStringSubmatchIndex(line)
		if m == nil {
			if m = undatedDateline.FindStringSubmatchIndex(line); m == nil ||
				degreeCodes[line[m[4]:m[5]]] || !isStateName(line[m[4]:m[5]]) ||
				strings.HasPrefix(strings.TrimLeft(line, " \t"), "(") != strings.HasPrefix(line[m[5]:], ")") {
				if m = cityDateline.FindStringSubmatchIndex(line); m == nil ||
					m[4] >= 0 && (!StateNames[strings.ToLower(line[m[4]:m[5]])] || slices.ContainsFunc(strings.Fields(line[m[2]:m[3]]), datelineWordOut)) ||
					m[4] < 0 && !cityDatelineName(t, line[m[2]:m[3]]) || !datelineDash(line, m[1]) {
					continue
				}
				if m[4] < 0 {
					cities = append(cities, shiftedBy(m, ls))
					continue
				}
			}
		}
		ms = append(ms, shiftedBy(m, ls))
	}
	// A story has one dateline: lines of labels before dashes
	// ("APPLICANT - Sheldon Lobel", "SUBJECT - Application") are a form's.
	if len(cities) == 1 {
		ms = append(ms, cities[0])
	}
	for _, m := range ms {
		// "WASHINGTON, D.C.": the capital is one place with its district.
		if m[4] >= 0 && strings.EqualFold(t[m[2]:m[3]], "Washington") && strings.ReplaceAll(t[m[4]:m[5]], ".", "") == "DC" {
			m = []int{m[0], m[1], m[2], m[5], -1, -1}
		}
		for g := 1; g <= 2; g++ {
			if m[2*g] < 0 {
				continue
			}
			place := cand{typ: TypeLocation, start: m[2*g], end: m[2*g+1], source: SourcePattern}
			out := cs[:0]
			for _, c := range cs {
				if nameType(c.typ) && c.start < place.end && place.start < c.end {
					continue
				}
				out = append(out, c)
			}
			cs = append(out, place)
		}
	}
	return cs
}

// shiftedBy returns the match m of a line that starts at byte ls of its
// text as offsets into the text (-1, a group that did not take part,
// stays).
func shiftedBy(m []int, ls int) []int {
	for j := range m {
		if m[j] >= 0 {
			m[j] += ls
		}
	}
	return m
}

// sovereignWords name a state by its form before "of": "Republic of
// Colombia", "Kingdom of Spain".
var sovereignWords = wordSet(`republic kingdom federation principality emirate sultanate duchy`)

// usStateName is a state's name (stateNameAlt: title case or capitals, a
// line break allowed between its words, "South\nCarolina") at the start
// of a text, a word of its own or with a footnote's number glued to it
// ("Hawaii1,"): usStateAt checks that no letter follows.
var usStateName = regexp.MustCompile(`^` + stateNameAlt)

// usStateAt returns the end of the state's name that opens t (0 when none).
func usStateAt(t string) int {
	n := usStateName.FindStringIndex(t)
	if n == nil || n[1] < len(t) && (t[n[1]] >= 'a' && t[n[1]] <= 'z' || t[n[1]] >= 'A' && t[n[1]] <= 'Z') {
		return 0
	}
	return n[1]
}

// multistateLead is what opens a list of states that are a multistate
// matter's parties: their attorneys general ("the Attorneys General of the
// states and commonwealths of", "the attorneys general of", "the Attorneys
// General of the following States, …:"), the states themselves in a
// document their attorneys general make ("between Widget Corp. and the
// States of"; group 1 marks that form, which multistateParties takes only
// where "Attorneys General" is written), or the states that take part in
// a settlement ("Also participating in the settlement are").
var multistateLead = regexp.MustCompile(`(?i)\battorneys\s+general\s+of\s+(?:the\s+(?:states?|commonwealths?)\s+(?:and\s+(?:states?|commonwealths?)\s+)?of\s+|the\s+following\s+(?:states|jurisdictions)[^:.]{0,80}:\s*)?|\bparticipating\s+in\s+(?:the|this)\s+(?:settlement|agreement|assurance|judgment)\s+(?:are|were|include|included)\s+|\b(the\s+(?-i:States|STATES|Commonwealths|COMMONWEALTHS)\s+(?-i:of|OF)\s+)`)

// multistateGap is what stands between two states of such a list: commas
// (doubled where a state was struck), a footnote's number glued to the
// name ("Hawaii1,"), "and", and a new kind ("the Commonwealths of").
var multistateGap = regexp.MustCompile(`^(?:[\s,;]|\d{1,2}\b)*(?:(?:and|&)\s+)?(?:the\s+(?:(?i:states?|commonwealths?)\s+of\s+)?)?`)

// multistateOthers is one state and the count of the others that sued
// with it ("Texas and 45 other states accused …"); group 1 is the state.
var multistateOthers = regexp.MustCompile(`\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+and\s+\d{1,2}\s+other\s+states\b`)

// multistateParties makes the states of a multistate matter organisations,
// its parties: the states listed after their attorneys general or as
// taking part in a settlement ("an Assurance … between AOL LLC and the
// Attorneys General of the states of Alabama, Alaska, …", a release's
// "Also participating in the settlement are Alabama, Alaska, …", "Texas and
// 45 other states"), each an ORG where the list names it (a line break
// inside a name, "South\nCarolina", or a missing comma, "West
// Virginia\nWisconsin", no longer cut it) and wherever the document names
// it outside an address. A case between named parties ("STATE OF KANSAS
// … vs. UBER TECHNOLOGIES, INC.", a case named with "v." or "vs." near the
// document's start) is left alone: the other states its preamble lists
// are no litigants of it, and stay places. Cost: one
// expression pass over the document where "attorneys general" or
// "participating in" occurs.
func multistateParties(cr chunk.Result, doc []rune, ms []Mention) []Mention {
	t := string(doc)
	if !containsAny(t, []string{"ttorneys General", "ttorneys general", "TTORNEYS GENERAL", "participating in", "other states"}) {
		return ms
	}
	for _, m := range ms {
		if m.Type == TypeCase && m.Start < captionArea && versusWord.MatchString(" "+oneSpace(m.Text)+" ") {
			return ms
		}
	}
	type span struct{ s, e int } // bytes of t
	var spans []span
	general := containsAny(t, []string{"ttorneys General", "TTORNEYS GENERAL"})
	for _, lead := range multistateLead.FindAllStringSubmatchIndex(t, -1) {
		if lead[2] >= 0 && !general {
			continue
		}
		var list []span
		for i := lead[1]; ; {
			g := multistateGap.FindStringIndex(t[i:])
			j := i + g[1]
			n := usStateAt(t[j:])
			if n == 0 {
				break
			}
			list = append(list, span{j, j + n})
			i = j + n
		}
		if len(list) >= 2 {
			spans = append(spans, list...)
		}
	}
	for _, m := range multistateOthers.FindAllStringSubmatchIndex(t, -1) {
		if usStateAt(t[m[2]:m[3]]) == m[3]-m[2] {
			spans = append(spans, span{m[2], m[3]})
		}
	}
	if len(spans) == 0 {
		return ms
	}
	idx := runeIndex(t)
	cidx := make([][]int, len(cr.Chunks))
	parties := map[string]bool{}
	var add []Mention
	for _, sp := range spans {
		s, e := idx[sp.s], idx[sp.e]
		parties[nameKey(t[sp.s:sp.e])] = true
		for k, c := range cr.Chunks {
			if cidx[k] == nil {
				cidx[k] = runeIndex(c.Text)
			}
			ci := cidx[k]
			if s < c.Start || e > c.Start+ci[len(c.Text)] {
				continue
			}
			bs := sort.SearchInts(ci, s-c.Start)
			be := sort.SearchInts(ci, e-c.Start)
			add = append(add, chunkMention(c, ci, bs, be, TypeOrg, SourcePattern, ""))
			break
		}
	}
	// The list's own names replace what the tagger read over them.
	covered := func(m Mention) bool {
		for _, a := range add {
			if m.Start < a.End && a.Start < m.End {
				return true
			}
		}
		return false
	}
	out := add
	for _, m := range ms {
		if m.Type != TypeCase && covered(m) {
			continue
		}
		if m.Type == TypeLocation && parties[strings.TrimPrefix(strings.TrimPrefix(nameKey(m.Text), "state of "), "commonwealth of ")] && !inAddress(doc, m) && !formedIn(doc, m) {
			m.Type = TypeOrg
			m.ID = mentionID(m)
		}
		out = append(out, m)
	}
	return merge(out)
}

// addressBefore is a place's name and its comma right before a state:
// "Topeka, " of "Topeka, Kansas".
var addressBefore = regexp.MustCompile(`[A-Za-z.]+,[ \t]*$`)

// inAddress reports whether a state's mention is an address's: a city and
// a comma before it, or a ZIP code after it.
func inAddress(doc []rune, m Mention) bool {
	before := string(doc[max(0, m.Start-30):m.Start])
	after := string(doc[m.End:min(len(doc), m.End+8)])
	return addressBefore.MatchString(before) || zipAfter.MatchString(after)
}

// zipAfter is a ZIP code after a state's name.
var zipAfter = regexp.MustCompile(`^,?[ \t]+\d{5}\b`)

// formedKind is the kind of body a place's name describes after it: "a
// Minnesota corporation", "a Delaware limited liability company".
var formedKind = regexp.MustCompile(`^[ \t\n]+(?i:` + companyKind + `)\b`)

// formedIn reports whether a state's mention describes where a company was
// formed ("a Minnesota corporation"), which names the place, not a party.
func formedIn(doc []rune, m Mention) bool {
	return formedKind.MatchString(string(doc[m.End:min(len(doc), m.End+30)]))
}

// statePeople is a state's prosecuting or suing government by the name its
// captions give it, in running text too: "THE PEOPLE OF THE STATE OF
// ILLINOIS, by JAMES E. RYAN, Attorney General", "the People of the State
// of California". The article before it is no part of it.
var statePeople = regexp.MustCompile(`\b(?:PEOPLE[ \t\n]+OF[ \t\n]+THE[ \t\n]+STATE[ \t\n]+OF|People[ \t\n]+of[ \t\n]+the[ \t\n]+State[ \t\n]+of)[ \t\n]+` + stateNameAlt + `\b`)

// venueLine is the venue an affidavit, a deed's acknowledgment or a
// pleading states at its head, the state and then the county, on one line
// or two, with the "§" or ")" of a column beside them: "STATE OF TEXAS §" /
// "COUNTY OF HARRIS §", "State of Colorado, County of Mesa, ss.", "State
// of Texas County of Travis". Groups 1 and 3 are the state and the county
// as written, 2 and 4 their names.
var venueLine = regexp.MustCompile(`(?m)^[ \t]*((?:STATE|State|COMMONWEALTH|Commonwealth)[ \t]+(?:OF|of)[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?))` +
	`[ \t]*[§:,)]*[ \t]*(?:\n[ \t§:)]*){0,3}((?:COUNTY|County|PARISH|Parish)[ \t]+(?:OF|of)[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?))`)

// venueLines makes the state and the county of each venueLine places, in
// place of what the tagger or the other mends read there (a county named
// by its kind is else its government, an organisation): the state a
// state's name, the county's name one word or two, its second no word of
// the sentence after it ("County of Travis Know all men by these
// presents"). It runs after the other mends.
func venueLines(t string, cs []cand) []cand {
	if !containsAny(t, []string{"COUNTY OF", "County of", "PARISH OF", "Parish of"}) {
		return cs
	}
	var out []cand
	for _, m := range venueLine.FindAllStringSubmatchIndex(t, -1) {
		if !StateNames[strings.ToLower(oneSpace(t[m[4]:m[5]]))] {
			continue
		}
		ce := m[7]
		if ws := words(t[m[8]:m[9]], m[8]); len(ws) == 2 {
			if rest := strings.TrimLeft(t[m[9]:], " \t"); startsLower(rest) || isUpperName(ws[0].text) != isUpperName(ws[1].text) {
				ce = ws[0].end
			}
		}
		out = append(out, cand{typ: TypeLocation, start: m[2], end: m[3], source: SourcePattern},
			cand{typ: TypeLocation, start: m[6], end: ce, source: SourcePattern})
	}
	if len(out) == 0 {
		return cs
	}
	return replacedBy(cs, out)
}

// capsStateName is a state named as a polity in capitals, a caption's
// party or amicus: "STATE OF ARIZONA", "COMMONWEALTH OF KENTUCKY".
var capsStateName = regexp.MustCompile(`^(?:STATE|COMMONWEALTH)[ \t\n]+OF[ \t\n]+[A-Z][A-Z \t\n]*[A-Z]$`)

// stateListGap is what stands between two states of a caption's list:
// a semicolon or a comma, and "and".
var stateListGap = regexp.MustCompile(`^[ \t\n]*[;,][ \t\n]*(?:(?:and|AND)[ \t\n]+)?$`)

// capsStateLists makes organisations of the states a caption lists in
// capitals, three or more one after another ("STATE OF ARIZONA; STATE OF
// ARKANSAS; STATE OF CALIFORNIA; …", amici curiae): litigants, as one
// state with its role is (litigant), not places.
func capsStateLists(t string, cs []cand) []cand {
	if strings.Count(t, "STATE OF ")+strings.Count(t, "COMMONWEALTH OF ") < 3 {
		return cs
	}
	var idx []int
	for i, c := range cs {
		if c.typ == TypeLocation && capsStateName.MatchString(t[c.start:c.end]) {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int { return cs[a].start - cs[b].start })
	for k := 0; k < len(idx); {
		j := k + 1
		for j < len(idx) && cs[idx[j-1]].end <= cs[idx[j]].start && stateListGap.MatchString(t[cs[idx[j-1]].end:cs[idx[j]].start]) {
			j++
		}
		if j-k >= 3 {
			for _, i := range idx[k:j] {
				cs[i].typ = TypeOrg
			}
		}
		k = j
	}
	return cs
}
