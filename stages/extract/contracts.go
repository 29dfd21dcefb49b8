package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// commaKinds drops the patterns' organisation that runs a capitalised word
// over a comma into an organisation's kind ("this Agreement, Bank agrees",
// "On each Funding Date, Bank will"): in a contract the kind is the defined
// term of a party, whose uses the definition pass finds, and the words
// before the comma are no part of a name. A comma goes on into a name only
// before its legal form ("Acme, Inc.") or a national bank's form; several
// capitalised words after the comma are a name of their own ("On that
// date, Silicon Valley Bank" is "Silicon Valley Bank").
func commaKinds(t string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.typ != TypeOrg || c.source != SourcePattern || c.party {
			out = append(out, c)
			continue
		}
		name := t[c.start:c.end]
		i := strings.Index(name, ", ")
		if i < 0 || strings.Count(name, ",") != 1 {
			out = append(out, c)
			continue
		}
		before, after := strings.Fields(name[:i]), strings.Fields(name[i+2:])
		if !kindAfterComma(before, after) {
			out = append(out, c)
			continue
		}
		if len(after) == 1 {
			continue // the kind alone: a term's use, or nothing
		}
		c.start += i + 2
		out = append(out, c)
	}
	return out
}

// kindAfterComma reports whether a name's words after its one comma are
// capitalised words that end in an organisation's kind, not its legal form
// or a national bank's, and its words before are capitalised words without
// connectors ("Funding Date", not "Bureau of Alcohol").
func kindAfterComma(before, after []string) bool {
	if len(before) == 0 || len(after) == 0 {
		return false
	}
	for _, w := range before {
		if !capitalised(w) {
			return false
		}
	}
	for _, w := range after {
		if !capitalised(w) || legalFormWord(w) {
			return false
		}
	}
	last := strings.ToLower(after[len(after)-1])
	if !orgSuffix[last] || last == "association" && strings.EqualFold(after[0], "national") {
		return false
	}
	return true
}

// peoplesRepublic is what opens a republic's name before "Republic":
// "People's", "Democratic People's", a kind of state ("Federal" of
// "Federal Republic of Germany", "Islamic", "Socialist", "Bolivarian"), in
// title case or capitals.
var peoplesRepublic = regexp.MustCompile(`(?:(?:(?:Democratic|DEMOCRATIC)[ \t]+)?(?:People|PEOPLE)['’](?:s|S)[ \t]+(?:(?:Democratic|DEMOCRATIC)[ \t]+)?|(?:Federal|FEDERAL|Federative|FEDERATIVE|Islamic|ISLAMIC|Arab|ARAB|Socialist|SOCIALIST|United|UNITED|Bolivarian|BOLIVARIAN|Hellenic|HELLENIC)[ \t]+)$`)

// peoplesRepublics grows a place or body the tagger read from "Republic"
// on back over the "People's" before it: "the People's Republic of China"
// is China, and "Republic of China" alone is Taiwan.
func peoplesRepublics(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLocation && c.typ != TypeOrg || !strings.HasPrefix(t[c.start:c.end], "Republic") && !strings.HasPrefix(t[c.start:c.end], "REPUBLIC") &&
			!strings.HasPrefix(t[c.start:c.end], "Democratic Republic") {
			continue
		}
		if m := peoplesRepublic.FindStringIndex(t[max(0, c.start-24):c.start]); m != nil {
			cs[i].start = max(0, c.start-24) + m[0]
		}
	}
	return cs
}

// capsOfTail is the "OF" tail of a name in capitals: "OF VIRGINIA", "OF
// THE CITY OF LOS ANGELES", "OF NEW YORK AND NEW JERSEY", on the name's
// line, at most six words after "OF".
var capsOfTail = regexp.MustCompile(`^[ \t]+OF[ \t]+(?:THE[ \t]+)?[A-Z][A-Z'’.\-]*(?:[ \t]+(?:(?:OF|AND|THE)[ \t]+)*[A-Z][A-Z'’.\-]*){0,5}`)

// andPlace is a place's name after "and" ("and New Jersey"), in title case
// or capitals, up to three words; localPlace opens a tail that names a
// local government ("THE CITY OF", "COUNTY OF").
var (
	andPlace   = regexp.MustCompile(`^[ \t]+(?:and|AND)[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2}`)
	localPlace = regexp.MustCompile(`^[ \t]+OF[ \t]+(?:THE[ \t]+)?(?:CITY|COUNTY|STATE|COMMONWEALTH|TOWN|TOWNSHIP|VILLAGE|BOROUGH|PARISH)[ \t]+OF[ \t]`)
)

// placeTails grows a public body's name over the place it is of: in
// capitals, where the patterns stop before "OF" ("PENINSULA PORTS
// AUTHORITY" + " OF VIRGINIA", "HOUSING AUTHORITY" + " OF THE CITY OF LOS
// ANGELES", "STATE BOARD" + " OF EQUALIZATION"), and over a second place
// after "and" ("Port Authority of New York" + " and New Jersey"), where
// the patterns stop at "and". The tail must end in a place the gazetteer
// knows, name a local government or be the body's subject (subjectTail); the
// names inside it (the tagger's "VIRGINIA", "CITY OF LOS ANGELES") are
// dropped.
func placeTails(t string, cs []cand) []cand {
	var spans [][2]int
	grown := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		name := t[c.start:c.end]
		last := strings.ToLower(strings.TrimRight(lastWord(name), ".,"))
		caps := !strings.ContainsFunc(name, unicode.IsLower)
		var end int
		switch {
		case caps && (orgHead[last] || orgSuffix[last] && !legalFormWord(last)):
			m := capsOfTail.FindStringIndex(t[c.end:])
			if m == nil || !localPlace.MatchString(t[c.end:]) && !endsInPlace(t[c.end:c.end+m[1]]) && !(namedHead(name) && subjectTail(t[c.end:], m[1])) {
				continue
			}
			end = c.end + m[1]
		case !caps && endsInPlace(name) && strings.Contains(name, " of "):
			m := andPlace.FindStringIndex(t[c.end:])
			if m == nil {
				continue
			}
			// The longest place among the words after "and".
			k := m[1]
			for k > 0 && !endsInPlace(t[c.end:c.end+k]) {
				k = strings.LastIndexAny(t[c.end:c.end+k], " \t")
			}
			if k <= 0 {
				continue
			}
			end = c.end + k
		default:
			continue
		}
		cs[i].end = end
		grown[i] = true
		spans = append(spans, [2]int{c.start, end})
	}
	return withoutInside(cs, spans, grown)
}

// subjectTail reports whether the "OF" tail rest[:n] (capsOfTail) names a
// public body's subject, one to three words that a comma, a semicolon, a
// full stop, a parenthesis or the line's end closes: "STATE BOARD" + " OF
// EQUALIZATION, Defendant", " OF DENTAL EXAMINERS;", after a name with a
// word before its head (namedHead). A longer run of
// capitals goes on into a heading ("BOARD OF POLICE COMMISSIONERS
// OFFICER-INVOLVED SHOOTING -").
func subjectTail(rest string, n int) bool {
	words := 0
	for _, w := range strings.Fields(rest[:n]) {
		if w != "OF" && w != "THE" && w != "AND" {
			words++
		}
	}
	after := strings.TrimLeft(rest[n:], " \t")
	return words <= 3 && (after == "" || strings.ContainsRune(",;.(\n", rune(after[0])))
}

// namedHead reports whether a body's name in capitals before its "OF" tail
// has a word of its own before its head ("STATE BOARD", "COUNTY BOARD"):
// "BOARD" or "THE BOARD" alone before "OF DIRECTORS" is a kind of body.
func namedHead(name string) bool {
	ws := strings.Fields(name)
	return len(ws) > 1 && ws[0] != "THE"
}

// endsInPlace reports whether s ends in a place the gazetteer knows, of one
// to three words ("VIRGINIA", "New Jersey", "NEW YORK").
func endsInPlace(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for n := 1; n <= 3 && n <= len(ws); n++ {
		if k := strings.Join(ws[len(ws)-n:], " "); locationSet[k] && k != "state" {
			return true
		}
	}
	return false
}

// mailParts drops the names the tagger reads inside an e-mail address
// ("DEphraim" of "DEphraim@riemerlaw.com", "svb" of "MMoretti@svb.com"):
// the guideline makes no entity of an address's parts.
func mailParts(t string, cs []cand) []cand {
	if !strings.Contains(t, "@") {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if nameType(c.typ) && (c.end < len(t) && t[c.end] == '@' || c.start > 0 && t[c.start-1] == '@' || strings.Contains(t[c.start:c.end], "@")) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// corporationLaw is a state's corporation statute by its name, which ends
// in "Law" where the patterns look for "Act" or "Code": "the General
// Corporation Law of the State of Delaware", "the Delaware General
// Corporation Law", "New York Business Corporation Law".
var corporationLaw = regexp.MustCompile(`\b(?:(?:[A-Z][a-z]+[ \t]+){1,2})?(?:General|Business|Not-for-Profit|Nonprofit)[ \t]+Corporation[ \t]+Law(?:[ \t]+of[ \t]+the[ \t]+State[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?\b`)

// corporationKind is the word that opens a corporation statute's own name.
var corporationKind = regexp.MustCompile(`(?:General|Business|Not-for-Profit|Nonprofit)[ \t]`)

// corporationLaws finds the corporation statutes corporationLaw names, a
// law, where the patterns read an organisation ("General Corporation").
// A capitalised word before the name is kept only when it is a place
// ("Delaware", "New York"), not a sentence's first word ("The").
func corporationLaws(t string) []cand {
	if !strings.Contains(t, "Corporation Law") {
		return nil
	}
	var out []cand
	for _, m := range corporationLaw.FindAllStringIndex(t, -1) {
		s := m[0]
		if k := corporationKind.FindStringIndex(t[m[0]:m[1]]); k != nil && k[0] > 0 && !locationSet[strings.ToLower(oneSpace(t[m[0]:m[0]+k[0]]))] {
			s = m[0] + k[0]
		}
		out = append(out, cand{typ: TypeLaw, start: s, end: m[1], source: SourcePattern})
	}
	return out
}

// companyList splits the patterns' organisation that a comma, or a legal
// form's period, runs over two companies, each ending in its legal form
// ("Southwest Airlines Co., Airlines Reporting Corp.", "Rolls-Royce North
// America Inc. Coca-Cola Bottling Co."): a comma goes on into a name only
// before the name's own form ("Acme Co., Inc."), and a form's period only
// into another form ("Goldman Sachs & Co. LLC") or a name without one
// ("Acme, Inc. Retirement Plan").
func companyList(t string, cs []cand) []cand {
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		k, gap := strings.Index(name, ", "), 2
		if k < 0 || !legalFormWord(lastWord(name[:k])) {
			k, gap = formPeriod(name), 1
		}
		if k < 0 || !legalFormWord(lastWord(name[:k])) || !legalFormWord(lastWord(name)) || len(strings.Fields(name[k+gap:])) < 2 {
			return c, nil, false
		}
		second := cand{typ: TypeOrg, start: c.start + k + gap, end: c.end, source: c.source}
		c.end = c.start + k
		return c, []cand{second}, true
	})
}

// formPeriod returns the offset of the space after the first legal form
// with a period in name that a capitalised word other than a legal form
// follows ("Inc. Coca-Cola"), or -1.
func formPeriod(name string) int {
	for k := strings.Index(name, ". "); k >= 0; {
		rest := name[k+2:]
		if legalFormWord(lastWord(name[:k+1])) && startsUpper(rest) && !legalFormWord(strings.TrimRight(firstWord(rest), ",")) {
			return k + 1
		}
		n := strings.Index(rest, ". ")
		if n < 0 {
			break
		}
		k += 2 + n
	}
	return -1
}

// commaAndCo is a company named after two partners with a comma and "and
// Co." or "& Co.": "Sears, Roebuck and Co.", "Goldman, Sachs & Co.", in
// title case or capitals.
var commaAndCo = regexp.MustCompile(`\b[A-Z][A-Za-z'’]+,[ \t]+[A-Z][A-Za-z'’]+[ \t]+(?:and|AND|&)[ \t]+(?:Co|CO)\.`)

// commaAndCos finds the companies commaAndCo names, where the patterns
// and the tagger split at the comma and at "and" ("Roebuck" a person).
func commaAndCos(t string) []cand {
	if !strings.Contains(t, "Co.") && !strings.Contains(t, "CO.") {
		return nil
	}
	return groupCands(t, commaAndCo, 0, TypeOrg)
}

// professionalTitle is a professional's degree written between a name and
// the legal form of the name's professional corporation: "M.D.", "D.D.S.",
// "D.O.", "CPA".
var professionalTitle = regexp.MustCompile(`^(?:M\.D\.|D\.D\.S\.|D\.O\.|D\.M\.D\.|D\.C\.|CPA|C\.P\.A\.|Ph\.D\.|P\.E\.)$`)

// professionalCorporations grows a company whose name is a professional's
// degree and its legal form ("M.D., INC." of "KEITH FEDER, M.D., INC.")
// back over the person's name before it, and drops that person: "Keith
// Feder, M.D., Inc." is a company.
func professionalCorporations(t string, cs []cand) []cand {
	var spans [][2]int
	moved := map[int]int{} // a company's old start → its new one
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		f := strings.Fields(t[c.start:c.end])
		if len(f) != 2 || !professionalTitle.MatchString(strings.TrimSuffix(f[0], ",")) || !legalFormWord(strings.TrimRight(f[1], ",")) {
			continue
		}
		m := namedBeforeComma.FindStringIndex(t[max(0, c.start-60):c.start])
		if m == nil {
			continue
		}
		s := max(0, c.start-60) + m[0]
		spans = append(spans, [2]int{s, c.start})
		moved[c.start] = s
		cs[i].start = s
	}
	if len(moved) == 0 {
		return cs
	}
	// A case the company opens starts there too: the caption's first party.
	for j, d := range cs {
		if s, ok := moved[d.start]; ok && d.typ == TypeCase {
			cs[j].start = s
		}
	}
	return withoutInside(cs, spans, nil)
}

// namedBeforeComma is a person's name of two to four capitalised words
// right before ", " at the end of a text.
var namedBeforeComma = regexp.MustCompile(`(?:^|[^A-Za-z.])((?:[A-Z][A-Za-z'’\-]*\.?[ \t]+){1,3}[A-Z][A-Za-z'’\-]+),[ \t]+$`)

// instrumentWords are the words of an instrument's title that a company's
// name follows after "of" ("AGREEMENT AND PLAN OF MERGER OF", "Certificate
// of Incorporation of", "OPERATING AGREEMENT OF"); instrumentHeads are those
// that open such a title.
var (
	instrumentWords = wordSet(`agreement and plan of merger consolidation certificate articles incorporation amendment amended
		restated formation organization reorganization conversion bylaws limited partnership operating designation trust`)
	instrumentHeads = wordSet(`agreement plan certificate articles amended restated operating bylaws`)
)

// instrumentTitles starts a company's name after the instrument's title
// the patterns read into it ("AGREEMENT AND PLAN OF MERGER OF" + "AMERICAN
// NOBLE GAS, INC."): the title names the document, not the company.
func instrumentTitles(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		if len(ws) < 3 || !instrumentHeads[strings.ToLower(ws[0].text)] {
			continue
		}
		for k, w := range ws[:len(ws)-1] {
			lw := strings.ToLower(w.text)
			if !instrumentWords[lw] {
				break
			}
			if lw == "of" && k > 0 {
				cs[i].start = ws[k+1].start
			}
		}
	}
	return cs
}

// nameCodes are the postal codes that are also what a name's comma puts
// after it: a professional association's legal form ("PA", "P.A.") and a
// doctor's degree ("MD").
var nameCodes = map[string]bool{"PA": true, "P.A.": true, "MD": true}

// formCounselAfter is what a firm's legal form is followed by in a counsel
// line: the firm's city and state, or the counsel's role (", Tupelo, MS",
// ", attorneys for").
var formCounselAfter = regexp.MustCompile(`^,[ \t]+(?:(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+,[ \t]+[A-Z][A-Za-z.]+|(?i:attorneys?|counsel)\b)`)

// degreeAfter is what a doctor's degree is followed by: another degree, a
// capacity, the sentence's end ("MD, MPH, in her", "MD,.").
var degreeAfter = regexp.MustCompile(`^(?:,[ \t]*(?:[A-Z]{2,4}\b|in[ \t]+(?:his|her)\b|\.|\()|\.)`)

// formsNotStates reads a state's postal code that stands right after a
// person's or an organisation's name and its comma as what it is there:
// after a firm in a counsel line, its legal form ("Jacobs & Barbone, PA,
// attorneys for", "Waide & Associates, PA, Tupelo, MS": the firm grown
// over it, and a name the tagger read as a person's is the firm's,
// "Chestnut Cambronne, PA, counsel for"); after a name of two words or
// more (the tagger may read the person as an organisation), a degree
// ("Celeste Philip, MD, MPH"), no place. After a place, an organisation
// that shows no firm ("Chester Springs, PA, counsel for": a town the
// tagger read as one), or before a ZIP code or the lawyer's "for", it
// stays the state ("Silver Spring, MD.", "Bethesda, MD 20814").
func formsNotStates(t string, cs []cand) []cand {
	if !containsAny(t, []string{", PA", ", P.A.", ", MD"}) {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		code := t[c.start:c.end]
		if c.typ != TypeLocation || !nameCodes[code] || c.start < 2 || t[c.start-2:c.start] != ", " {
			continue
		}
		after := t[c.end:]
		for j, d := range cs {
			if d.end != c.start-2 || d.typ != TypeOrg && d.typ != TypePerson {
				continue
			}
			name := t[d.start:d.end]
			switch {
			case code != "MD" && (d.typ == TypePerson || firmShown(name)) && formCounselAfter.MatchString(after):
				// "Chestnut Cambronne, PA, counsel for": the tagger's
				// person is the firm the form is of.
				cs[j].end, cs[j].typ = c.end, TypeOrg
				drop[i] = true
			case code == "MD" && len(strings.Fields(name)) > 1 && degreeAfter.MatchString(after):
				drop[i] = true
			default:
				continue
			}
			break
		}
	}
	return withoutDropped(cs, drop)
}

// firmShown reports whether an organisation's name shows it is a firm:
// partners joined by "&" or "and", a list of names, or a firm's word
// ("Waide & Associates", "Tinker, Skaer, Quinn Herrington").
func firmShown(name string) bool {
	if strings.ContainsAny(name, "&,") || strings.Contains(name, " and ") {
		return true
	}
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return firmWords[strings.ToLower(w)] })
}
