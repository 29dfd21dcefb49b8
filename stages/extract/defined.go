package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/chunk"
)

// definition finds a term defined in parentheses: (the "Borrower"),
// (collectively, the “Lenders”), (hereinafter "Bank"), two terms ("Acme"
// or "Defendant"), a bare acronym
// (OWRB), and a definition the parenthesis goes on to describe
// (hereinafter the “Borrower Company”, a domestic-funded limited liability
// company with registered capital of … (RMB24,000,000.00)); also the
// contract style without parentheses (…, hereinafter referred to as the
// "Company";). Group 1 is a quoted term, group 2 an acronym, group 3 the
// quoted term of a definition without parentheses.
var definition = regexp.MustCompile(`\(\s*` + partyClause + `(?:(?:hereinafter|collectively|together|individually|each)(?:\s+(?:referred\s+to\s+as|called|and\s+collectively))?,?\s+)?(?:the\s+|a\s+|an\s+)?(?:["“][ \t]?(?:the[ \t]+)?([A-Z][A-Za-z0-9&.'’\- ]{0,40}?)[ \t]?["”]` + orTerm + `?|([A-Z][A-Z&]{1,9}))\s*(?:\)|(?:[,;]|\s+and\b)[^()]{0,200}(?:\([^()]{0,40}\)[^()]{0,20})?\))` +
	// Without parentheses: `…, hereinafter referred to as the "Company";`.
	`|,?\s+hereinafter\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?["“][ \t]?([A-Z][A-Za-z0-9&.'’\- ]{0,40}?)[ \t]?["”]`)

// orTerm is a second term a definition gives the party: ("Acme" or
// "Defendant"); group 1 of orTermAt is the term.
const orTerm = `(?:\s+or\s+(?:the\s+)?["“][ \t]?[A-Z][A-Za-z0-9&.'’\- ]{0,40}?[ \t]?["”])`

var orTermAt = regexp.MustCompile(`\s+or\s+(?:the\s+)?["“][ \t]?([A-Z][A-Za-z0-9&.'’\- ]{0,40}?)[ \t]?["”]`)

// partyClause is what a credit agreement writes before the term it
// defines for one party: "(together with its successors and assigns,
// “Borrower”)", "(in such capacity, together with its successors and
// assigns, the “Administrative Agent”)".
const partyClause = `(?:(?:in\s+(?:such|its|that)\s+capacity|together\s+with\s+its\s+(?:permitted\s+)?successors\s+(?:and|or)\s+(?:permitted\s+)?assigns|and\s+its\s+(?:permitted\s+)?successors\s+(?:and|or)\s+(?:permitted\s+)?assigns)[,;]?\s+)*`

// groupTerm opens a definition of a term for several parties, or for each
// of them: (collectively, the "Lenders"), (each, a "Guarantor"); a party's
// successors and assigns are not other parties.
var groupTerm = regexp.MustCompile(`^\(\s*(?:collectively|together(?:[ \t\n]+(?:referred|called|and)\b|[ \t\n]*,)|each|individually)\b`)

// description starts the description of a party after its name: ", a
// Delaware corporation", ", an individual".
var description = regexp.MustCompile(`^,?\s+(?:a|an|as)\s`)

// meansParty is a contract's glossary entry that defines a term for a
// party named right after it: `"IL Subsidiary" means, Vringo (Israel)
// Ltd.`. Group 1 is the term; the match ends where the name starts. An
// entry for a kind of thing (`"Subsidiary" means any corporation …`)
// goes on in lower case and is no party's name.
var meansParty = regexp.MustCompile(`["“][ \t]?([A-Z][A-Za-z0-9&.'’\- ]{0,40}?)[ \t]?["”][ \t]+(?:means|shall[ \t]+mean)[ \t]*,?[ \t]*`)

// namedAfter reports whether a glossary entry whose match ends at byte
// offset end, after its verb, goes on with a name: past spaces and a
// comma, a capital that opens no determiner ("Any Person").
func namedAfter(text string, end int) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text[end:], " \t,"), " ")
	return capitalised(w) && !determiners[strings.ToLower(w)]
}

// definedTerms finds terms the text defines as the name of an entity just
// mentioned ("Quillfeather Capital Partners LLC (the "Borrower")", "the
// Oklahoma Water Resources Board (OWRB)") and adds every use of each term
// in the document as a mention of the entity's type, with Refers naming
// the entity. A role word that is never defined stays unmentioned, and a
// term defined for a lower-case phrase (commonTerm) is no name anywhere.
// It runs over the whole document after the per-chunk work, since a
// definition in one chunk governs the others; its cost is linear in the
// text (one regular-expression pass per chunk for definitions, one for
// uses, one for the names of companies legalName found).
func definedTerms(cr chunk.Result, ms []Mention) []Mention {
	// Name mentions by end, for the look-back from a definition.
	var names []Mention
	for _, m := range ms {
		if nameType(m.Type) && m.Source != SourceDefined {
			names = append(names, m)
		}
	}
	sort.SliceStable(names, func(i, j int) bool {
		if names[i].End != names[j].End {
			return names[i].End < names[j].End
		}
		return names[i].End-names[i].Start > names[j].End-names[j].Start
	})
	// definedFor is the mention a definition at rune offset pos names: the
	// name right before it, else (in "X, a Delaware corporation with its
	// office at …, ("Borrower")") the nearest person or organisation in
	// the 300 characters before, but not before an earlier definition. A
	// notice's contact person (contact: after "Attention:") is no party:
	// "Chicago Title Insurance Company, …, Attention: Jennifer Lowe (the
	// "Title Company")" defines the company.
	type def struct{ typ, refers string }
	defs := map[string]def{}
	definedFor := func(pos, floor int, described, contact func(at int) bool) (Mention, bool) {
		i := sort.Search(len(names), func(i int) bool { return names[i].End > pos }) - 1
		if i < 0 {
			return Mention{}, false
		}
		// The longest name ending right before the definition. A person
		// or an organisation there is the one it names, whatever an
		// earlier name's description ("… Wilmington Trust, National
		// Association, as trustee, … the sale to Horizon Aviation Holdings
		// LLC (the "Buyer")"). A term defined before is not: "NEW JERSEY
		// MERGER SUB, INC., a Delaware corporation and wholly-owned
		// subsidiary of New Jersey ("Merger Sub" …)" defines a term for the
		// company its description follows.
		right := -1
		if pos-names[i].End <= 3 {
			right = i
			for right > 0 && names[right-1].End == names[i].End {
				right--
			}
			_, term := defs[oneSpace(names[right].Text)]
			if names[right].Type == TypePerson && contact(names[right].Start) {
				right = -1 // a notice's "Attention: Jennifer Lowe (the "Title Company")"
			} else if (names[right].Type == TypeOrg || names[right].Type == TypePerson) && !term {
				return names[right], true
			}
		}
		// "NAME, a Delaware corporation with its office at …": the party
		// is the name that a description follows.
		for k := i; k >= 0 && names[k].End >= max(floor, pos-300); k-- {
			if (names[k].Type == TypeOrg || names[k].Type == TypePerson) && described(names[k].End) {
				return names[k], true
			}
		}
		if right >= 0 {
			// A place right before it is a party only as a government
			// (governs); a place defined as "the Premises" is none.
			if names[right].Type == TypeLocation {
				return names[right], true
			}
			return Mention{}, false
		}
		for ; i >= 0 && names[i].End >= max(floor, pos-300); i-- {
			if names[i].Type == TypeOrg || names[i].Type == TypePerson && !contact(names[i].Start) {
				return names[i], true
			}
		}
		return Mention{}, false
	}
	// The longest person or organisation starting at each offset, for
	// the names glossary entries give after their term.
	startsAt := map[int]Mention{}
	for _, m := range names {
		if p, ok := startsAt[m.Start]; (m.Type == TypeOrg || m.Type == TypePerson) && (!ok || m.End > p.End) {
			startsAt[m.Start] = m
		}
	}
	var terms []string
	governments := map[string]bool{} // places defined as a party, by their text
	var companies []Mention          // companies found by legalName
	common := map[string]bool{}      // terms that name nothing (lower-case phrases, proceedings), by nameKey
	bare := map[string]bool{}        // short names defined without quotes

	// Case mentions by end, for a term that names a proceeding.
	var cases []Mention
	for _, m := range ms {
		if m.Type == TypeCase {
			cases = append(cases, m)
		}
	}
	sort.SliceStable(cases, func(i, j int) bool { return cases[i].End < cases[j].End })
	for _, c := range cr.Chunks {
		floor := c.Start
		var idx []int
		for _, loc := range definition.FindAllStringSubmatchIndex(c.Text, -1) {
			if idx == nil {
				idx = runeIndex(c.Text)
			}
			pos := c.Start + idx[loc[0]]
			m, ok := definedFor(pos, floor, func(end int) bool {
				b := sort.Search(len(idx), func(i int) bool { return idx[i] >= end-c.Start })
				return b < len(c.Text) && description.MatchString(c.Text[b:min(len(c.Text), b+12)])
			}, func(start int) bool {
				b := sort.Search(len(idx), func(i int) bool { return idx[i] >= start-c.Start })
				return b <= len(c.Text) && attentionBefore.MatchString(c.Text[max(0, b-16):b])
			})
			floor = c.Start + idx[loc[1]]
			term := definedTerm(c.Text, loc)
			if commonTerm(c.Text, loc, term) {
				common[nameKey(term)] = true
				continue
			}
			// `… v. 180 Life Sciences Corp., Case No. 2021-0714-LWW (the
			// "Advancement Action")`: a term for a proceeding names the case
			// cited right before it, never a party; with no case there it
			// names nothing the graph has, whatever the tagger read in it.
			if proceedingWords[strings.ToLower(lastWord(term))] && !strings.Contains(term, " of ") {
				i := sort.Search(len(cases), func(i int) bool { return cases[i].End > pos }) - 1
				if i >= 0 && pos-cases[i].End <= 3 && cases[i].End > c.Start {
					if _, ok := defs[term]; !ok {
						// A docket number after the case's name is the
						// case's: the term names the case.
						if i > 0 && docketLike(oneSpace(cases[i].Text)) && cases[i-1].End > c.Start && caseNameLike(cases[i-1].Text) {
							r := []rune(c.Text)
							if a, b := cases[i-1].End-c.Start, cases[i].Start-c.Start; a <= b && b <= len(r) && docketAfterName(r, a, b) {
								i--
							}
						}
						refers := cases[i].Refers
						if refers == "" {
							refers = oneSpace(cases[i].Text)
						}
						defs[term] = def{typ: TypeCase, refers: refers}
						terms = append(terms, term)
					}
				} else if _, ok := defs[term]; !ok {
					common[nameKey(term)] = true // the tagger's reading of it names nothing
				}
				continue
			}
			// `Standard … ("Standard") and Dearborn … ("Dearborn")
			// (collectively, "Appellees")`: a term for several parties, or
			// for each of them, is no one party's alias; nor is a role in
			// the plural ("Gresham Barrett, Lindsey Graham, the U.S.
			// Legislature (the "Federal Defendants")").
			if groupTerm.MatchString(c.Text[loc[0]:loc[1]]) || pluralRole(term) {
				continue
			}
			// "GOLD HILL VENTURE LENDING 03, L.P. ("Gold Hill")": the
			// tagger missed the company, whose legal form ends the words
			// right before the definition; the term names it.
			if !ok || m.Type != TypeLocation && !namesParty(term, m.Text) {
				if ns, ne, found := legalName(c.Text, loc[0]); found && term != "" && namesParty(term, c.Text[ns:ne]) {
					m = chunkMention(c, idx, ns, ne, TypeOrg, SourcePattern, "")
					companies = append(companies, m)
					ok = true
				}
			}
			if !ok {
				continue
			}
			if m.Type == TypeLocation {
				if !governs(term, m.Text) {
					continue
				}
				m.Type = TypeOrg
				governments[oneSpace(m.Text)] = true
			}
			if term == "" || strings.EqualFold(term, m.Text) || !namesParty(term, m.Text) {
				continue
			}
			if _, ok := defs[term]; ok {
				continue // the first definition holds
			}
			defs[term] = def{typ: m.Type, refers: oneSpace(m.Text)}
			terms = append(terms, term)
			// ("Acme" or "Defendant"): the second term is the party's too.
			if o := orTermAt.FindStringSubmatch(c.Text[loc[0]:loc[1]]); o != nil && namesParty(o[1], m.Text) {
				if _, ok := defs[o[1]]; !ok {
					defs[o[1]] = def{typ: m.Type, refers: oneSpace(m.Text)}
					terms = append(terms, o[1])
				}
			}
		}
		// "Val West (West)", "Bass River Golf Management, Inc. (Bass
		// River)": a court's short name for a party, in parentheses
		// without quotes, right after the name whose words it is.
		if strings.Contains(c.Text, "(") {
			for _, loc := range bareShortName.FindAllStringSubmatchIndex(c.Text, -1) {
				term := oneSpace(c.Text[loc[2]:loc[3]])
				if _, ok := defs[term]; ok {
					continue
				}
				if idx == nil {
					idx = runeIndex(c.Text)
				}
				pos := c.Start + idx[loc[0]]
				i := sort.Search(len(names), func(i int) bool { return names[i].End > pos }) - 1
				if i < 0 || pos-names[i].End > 2 {
					continue
				}
				for i > 0 && names[i-1].End == names[i].End {
					i-- // the longest name ending there
				}
				m := names[i]
				if m.Type != TypeOrg && m.Type != TypePerson || strings.EqualFold(term, oneSpace(m.Text)) ||
					!strings.Contains(" "+strings.NewReplacer(",", " ", ".", " ").Replace(nameKey(m.Text))+" ", " "+strings.ToLower(term)+" ") {
					continue
				}
				defs[term] = def{typ: m.Type, refers: oneSpace(m.Text)}
				terms = append(terms, term)
				bare[term] = true
			}
		}
		// `"IL Subsidiary" means, Vringo (Israel) Ltd.`: the party's name
		// follows the term.
		if !strings.Contains(c.Text, " mean") {
			continue
		}
		for _, loc := range meansParty.FindAllStringSubmatchIndex(c.Text, -1) {
			term := oneSpace(c.Text[loc[2]:loc[3]])
			if _, ok := defs[term]; ok || !namedAfter(c.Text, loc[1]) {
				continue
			}
			if idx == nil {
				idx = runeIndex(c.Text)
			}
			m, ok := startsAt[c.Start+idx[loc[1]]]
			if !ok || strings.EqualFold(term, m.Text) || !namesParty(term, m.Text) {
				continue
			}
			defs[term] = def{typ: m.Type, refers: oneSpace(m.Text)}
			terms = append(terms, term)
		}
	}
	if len(common) > 0 {
		kept := ms[:0:0]
		for _, m := range ms {
			if !nameType(m.Type) || !common[nameKey(m.Text)] {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	if len(terms) == 0 {
		return ms
	}
	// Such a company's name written again, in capitals or not ("Gold Hill
	// Venture Lending 03, L.P." in the notices), is a mention of it too:
	// the tagger missed it there as it did in the definition.
	companies = append(companies, nameUses(cr, companies)...)
	names = append(names, companies...)
	ms = append(ms, companies...)
	for i, m := range ms {
		if m.Type == TypeLocation && m.Source != SourceDefined && governments[oneSpace(m.Text)] {
			ms[i].Type = TypeOrg
			ms[i].ID = mentionID(ms[i])
		}
	}
	// A use inside its party's own name is a word of that name, not a
	// mention of its own; inside another name it stays a use (the tagger's
	// "Dearborn and Standard" is two parties).
	inParty := coverage(names)
	use := termUse(terms)
	upper := map[string]string{}
	for _, t := range terms {
		if _, defined := defs[strings.ToUpper(t)]; !defined {
			upper[strings.ToUpper(t)] = t
		}
	}
	// The tagger's names by start, for a term that opens one before "and".
	modelAt := map[int]int{}
	for i, m := range ms {
		if m.Source == SourceModel && nameType(m.Type) {
			modelAt[m.Start] = i
		}
	}
	out := ms
	for _, c := range cr.Chunks {
		var idx []int
		for _, loc := range use.FindAllStringIndex(c.Text, -1) {
			term := oneSpace(c.Text[loc[0]:loc[1]])
			d, ok := defs[term]
			if !ok {
				d, ok = defs[upper[term]] // the term in capitals
			}
			if !ok {
				continue
			}
			// A short name without quotes is a word of other names too
			// ("West" of "West Virginia"): there it is no use.
			if bare[term] && (nextWordCapitalised(c.Text[loc[1]:]) || lastWordCapitalised(c.Text[:loc[0]])) {
				continue
			}
			if idx == nil {
				idx = runeIndex(c.Text)
			}
			m := chunkMention(c, idx, loc[0], loc[1], d.typ, SourceDefined, d.refers)
			if !inParty(m.Start, m.End, d.refers) {
				out = append(out, m)
			}
			// "between the Issuer and Wachovia Bank, National Association":
			// the tagger's one name over a party's term and the next party
			// is that party alone.
			if k, ok := modelAt[m.Start]; ok {
				out[k] = afterTermAnd(out[k], m.End)
			}
		}
	}
	return merge(out)
}

// afterTermAnd returns the tagger's name m cut to what follows "and" after
// a defined term that opens it and ends at rune offset termEnd; m as it is
// when no "and" and a capitalised word follow the term.
func afterTermAnd(m Mention, termEnd int) Mention {
	r := []rune(m.Text)
	if termEnd <= m.Start || termEnd-m.Start > len(r) {
		return m
	}
	rest := string(r[termEnd-m.Start:])
	after, ok := strings.CutPrefix(rest, " and ")
	if !ok || !startsUpper(after) {
		return m
	}
	m.Start = m.End - utf8.RuneCountInString(after)
	m.Text = after
	m.ID = mentionID(m)
	return m
}

// nameUses returns the occurrences of the names ms in the chunks, in any
// case, spaces as written or any, as mentions of the same type and source.
func nameUses(cr chunk.Result, ms []Mention) []Mention {
	if len(ms) == 0 {
		return nil
	}
	typ := map[string]Mention{}
	var alts []string
	for _, m := range ms {
		k := nameKey(m.Text)
		if _, seen := typ[k]; seen {
			continue
		}
		typ[k] = m
		var b strings.Builder
		toks := Tokenize(m.Text)
		for i, t := range toks {
			if i > 0 {
				if toks[i-1].End < t.Start {
					b.WriteString(`\s+`)
				} else {
					b.WriteString(`\s*`)
				}
			}
			b.WriteString(regexp.QuoteMeta(m.Text[t.Start:t.End]))
		}
		alts = append(alts, b.String())
	}
	sort.Slice(alts, func(i, j int) bool {
		return len(alts[i]) > len(alts[j]) || len(alts[i]) == len(alts[j]) && alts[i] < alts[j]
	})
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)`)
	var out []Mention
	for _, c := range cr.Chunks {
		var idx []int
		for _, loc := range re.FindAllStringIndex(c.Text, -1) {
			if r, _ := utf8.DecodeRuneInString(c.Text[loc[1]:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // a longer word
			}
			if idx == nil {
				idx = runeIndex(c.Text)
			}
			from := typ[nameKey(c.Text[loc[0]:loc[1]])]
			m := Mention{Type: from.Type, Text: c.Text[loc[0]:loc[1]], ChunkID: c.ID, Start: c.Start + idx[loc[0]], End: c.Start + idx[loc[1]], Source: from.Source}
			if m.Type == "" {
				continue // spaced unlike any of the names
			}
			m.ID = mentionID(m)
			out = append(out, m)
		}
	}
	return out
}

// commonTerm reports whether the definition at loc of text gives its term
// to the lower-case phrase right before it, after an article ("by a board
// of arbitration (the "Board of Arbitration")", "with a bank (the
// "Bank")"): a capitalised common term, like a glossary's, that names no
// one, neither there nor where the text uses it. A phrase after a comma
// describes the party named before it ("Acme LLC, a limited liability
// company (the "Company")"), whose term the definition is, and so does a
// role after "as".
func commonTerm(text string, loc []int, term string) bool {
	n := len(strings.Fields(term))
	if n == 0 || loc[4] >= 0 { // an acronym is written in capitals
		return false
	}
	before := strings.Fields(text[max(0, loc[0]-2*len(term)-48):loc[0]])
	k := len(before) - n
	if k < 1 || strings.Join(before[k:], " ") != strings.ToLower(term) || !articles[before[k-1]] {
		return false
	}
	// "…, as the paying agent (the "Paying Agent")": the party named
	// before is acting in that role, and the term is its.
	return k < 2 || !strings.HasSuffix(before[k-2], ",") && !strings.EqualFold(before[k-2], "as")
}

// articles open a noun phrase.
var articles = wordSet(`a an the`)

// legalName returns the byte span of a company's name that ends right
// before position pos of t (where a definition opens) with its legal form:
// up to eight capitalised words or numbers on the same line, then the
// legal forms ("GOLD HILL VENTURE LENDING 03, L.P.", "Acme Widgets Inc.").
// A leading connector ("and", "BETWEEN") or number ("(2) Acme Ltd.") is
// not part of the name, and a company's kind after "a" ("a Delaware
// corporation") is none.
func legalName(t string, pos int) (int, int, bool) {
	ls := max(strings.LastIndexByte(t[:pos], '\n')+1, pos-160)
	m := legalTail.FindStringSubmatchIndex(t[ls:pos])
	if m == nil {
		return 0, 0, false
	}
	s, e := ls+m[2], ls+m[1]
	ws := strings.Fields(t[s : ls+m[3]])
	n := 0
	for n < len(ws)-1 && (leadingNoise[strings.ToLower(ws[n])] || partiesIntro[strings.ToLower(ws[n])] || allDigits(ws[n])) {
		n++
	}
	// "a Delaware corporation" describes the party; it names none.
	if allDigits(ws[n]) || n == 0 && article.MatchString(t[max(0, s-4):s]) {
		return 0, 0, false
	}
	e = s + len(strings.TrimRight(t[s:e], " \t"))
	return afterWords(t, s, n), e, true
}

// legalTail is a company's name at the end of a text: capitalised words
// and numbers (group 1), then its legal forms, with their letters apart
// too ("L . P .", as text rebuilt from tokens writes "L.P.").
var legalTail = func() *regexp.Regexp {
	var forms []string
	for f := range legalForms {
		parts := strings.Split(strings.TrimSuffix(f, "."), ".")
		for i, p := range parts {
			parts[i] = regexp.QuoteMeta(p)
		}
		forms = append(forms, strings.Join(parts, `[ \t]*\.[ \t]*`)+`(?:[ \t]*\.)?`)
	}
	forms = append(forms, "limited", "corporation", "company")
	sort.Slice(forms, func(i, j int) bool {
		return len(forms[i]) > len(forms[j]) || len(forms[i]) == len(forms[j]) && forms[i] < forms[j]
	})
	word := `[A-Z0-9&][^\s,;:()"“”]*`
	return regexp.MustCompile(`((?:` + word + `[ \t]+){0,7}` + word + `)(?:[ \t]*,[ \t]*|[ \t]+)(?:(?i:` + strings.Join(forms, "|") + `)[ \t]*,?[ \t]*)+$`)
}()

// coverage returns whether the rune span [s, e) lies inside a longer name
// of names whose text is party's, in any case: a use of a defined term
// inside its party's own name ("Bank" in "Silicon Valley Bank", "BANK" in
// "SILICON VALLEY BANK") is a word of that name. It marks, per rune, the
// longest name covering it, so each question costs the span's length.
func coverage(names []Mention) func(s, e int, party string) bool {
	var cover []int // the longest name covering rune r, +1 (0: none)
	for k, n := range names {
		if n.End > len(cover) {
			cover = append(cover, make([]int, n.End-len(cover))...)
		}
		for r := n.Start; r < n.End; r++ {
			if c := cover[r]; c == 0 || n.End-n.Start > names[c-1].End-names[c-1].Start {
				cover[r] = k + 1
			}
		}
	}
	return func(s, e int, party string) bool {
		for r := s; r < min(e, len(cover)); r++ {
			if c := cover[r]; c > 0 && names[c-1].End-names[c-1].Start > e-s && strings.EqualFold(oneSpace(names[c-1].Text), party) {
				return true
			}
		}
		return false
	}
}

// bareShortName is a short name in parentheses without quotes: one to
// three capitalised words ("(West)", "(Bass River)", "(Arent Fox)").
// Group 1 is the name.
var bareShortName = regexp.MustCompile(`\(([A-Z][a-z][A-Za-z'’\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][a-z][A-Za-z'’\-]*){0,2})\)`)

// nextWordCapitalised reports whether s opens with a space and a
// capitalised word (" Virginia" after "West").
func nextWordCapitalised(s string) bool {
	t := strings.TrimLeft(s, " \t")
	return len(t) < len(s) && capitalised(t)
}

// lastWordCapitalised reports whether the word that ends s, right before
// a space, is capitalised, ends in a letter and opens no sentence ("Val "
// before "West").
func lastWordCapitalised(s string) bool {
	if !strings.HasSuffix(s, " ") {
		return false
	}
	if len(s) > 48 {
		s = s[len(s)-48:] // the words right before are enough
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	r, _ := utf8.DecodeLastRuneInString(w)
	if !capitalised(w) || !unicode.IsLetter(r) { // "Virginia. West" is a sentence's start
		return false
	}
	// A sentence's first word ("Then Bass River sued") is no name's.
	before := strings.TrimRight(s[:strings.LastIndex(s, w)], " \t")
	return before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "\n")
}

// definedTerm is the term of a definition match loc in text (the quoted
// term or the acronym) with its spaces collapsed.
func definedTerm(text string, loc []int) string {
	g := 2
	for g < 6 && loc[g] < 0 {
		g += 2
	}
	return oneSpace(text[loc[g]:loc[g+1]])
}

// termUse matches every use of the terms, whole words, case as defined or
// in capitals (a signature block's "BANK:", a heading's "BORROWER"), any
// run of spaces between a term's words. The alternatives go longest first,
// so "Administrative Agent" wins over "Agent", then alphabetically, so the
// expression does not depend on the order of the terms.
func termUse(terms []string) *regexp.Regexp {
	terms = append([]string(nil), terms...)
	for _, t := range terms {
		if u := strings.ToUpper(t); u != t && !slices.Contains(terms, u) {
			terms = append(terms, u)
		}
	}
	sort.Slice(terms, func(i, j int) bool {
		if len(terms[i]) != len(terms[j]) {
			return len(terms[i]) > len(terms[j])
		}
		return terms[i] < terms[j]
	})
	alts := make([]string, len(terms))
	for i, t := range terms {
		alts[i] = strings.ReplaceAll(regexp.QuoteMeta(t), " ", `\s+`)
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// RoleTerms returns the terms text defines that name a party
// by its role ("the Company", "the Administrative Agent", "Bank"), in order
// of first definition: the definitions definedTerms reads, kept when the
// term's last word is a party's role. Terms that are a part of a name or an
// acronym ("Shanghai Solutions", "OWRB") are names, not roles, and terms
// for things ("the Loan") are neither. It needs no mentions, so an
// evaluation can set the same words aside on both sides.
func RoleTerms(text string) []string {
	var terms []string
	seen := map[string]bool{}
	for _, loc := range definition.FindAllStringSubmatchIndex(text, -1) {
		term := definedTerm(text, loc)
		if term == "" || seen[term] || !roleTerm(term) {
			continue
		}
		seen[term] = true
		terms = append(terms, term)
	}
	for _, loc := range meansParty.FindAllStringSubmatchIndex(text, -1) {
		term := oneSpace(text[loc[2]:loc[3]])
		if seen[term] || !roleTerm(term) || !namedAfter(text, loc[1]) {
			continue
		}
		seen[term] = true
		terms = append(terms, term)
	}
	return terms
}

// TermUses returns the rune spans [start, end) of every use of the terms in
// text, definitions included, matched as the stage matches uses of defined
// terms.
func TermUses(text string, terms []string) [][2]int {
	if len(terms) == 0 {
		return nil
	}
	idx := runeIndex(text)
	var out [][2]int
	for _, loc := range termUse(terms).FindAllStringIndex(text, -1) {
		out = append(out, [2]int{idx[loc[0]], idx[loc[1]]})
	}
	return out
}

// roleTerm reports whether a defined term names a party by its role: its
// last word is one of partyTerms.
// pluralRole reports whether a term's last word is a party's role in the
// plural ("Defendants", "Lenders"), which names a group.
func pluralRole(term string) bool {
	tw := strings.Fields(strings.ToLower(term))
	if len(tw) == 0 {
		return false
	}
	last := tw[len(tw)-1]
	return strings.HasSuffix(last, "s") && (partyTerms[last] || roleWords[last]) && (partyTerms[strings.TrimSuffix(last, "s")] || roleWords[strings.TrimSuffix(last, "s")])
}

func roleTerm(term string) bool {
	tw := strings.Fields(strings.ToLower(term))
	return len(tw) > 0 && (partyTerms[tw[len(tw)-1]] || conveyanceRoles[tw[len(tw)-1]])
}

// conveyanceRoles are the roles of deeds, assignments and mortgages
// ("RIVERBEND HOLDINGS, LLC, …, whose address is … ("Grantee")"), and a
// merger's subsidiary ("Merger Sub"): a definition names its party by
// them, as by partyTerms. Unlike those they
// are not role words that a text uses undefined and stay out of the graph.
// A pledge's and a note's roles ("Pledgor", "Maker", "Payee") were tried
// too and cost a held-out guaranty an entity.
var conveyanceRoles = wordSet(`grantor grantee assignor assignee mortgagor mortgagee transferor transferee sub`)

// governs reports whether a place's defined term is its kind of government
// ("City of El Paso (the "City")", "State of Texas (the "State")"): the
// text then names the city or state as a party, an organisation, not the
// place.
func governs(term, place string) bool {
	if !governmentWords[strings.ToLower(term)] {
		return false
	}
	for _, w := range strings.Fields(place) {
		if strings.EqualFold(w, term) {
			return true
		}
	}
	return false
}

var governmentWords = wordSet(`city state county town village borough township commonwealth municipality parish district`)

// attentionBefore is a notice's "Attention:" or "Attn:" before a contact
// person's name.
var attentionBefore = regexp.MustCompile(`(?i)\b(?:attention|attn)\.?:?[ \t]*$`)

// proceedingWords end a defined term that names a proceeding, not a
// party: "the Advancement Action", "the Southpaw Action", "the
// Litigation".
var proceedingWords = wordSet(`action actions litigation lawsuit suit proceeding proceedings arbitration`)

// rankWords are the ranks and offices a text puts before a surname to
// name a person: "Officer Ship", "Detective Ruiz".
var rankWords = wordSet(`officer detective sergeant sgt. lieutenant lt. captain capt. deputy trooper agent
	corporal cpl. sheriff warden chief inspector investigator prosecutor alj`)

// partyTerms are the defined terms of contracts and filings that name a
// party by its role.
var partyTerms = wordSet(`borrower borrowers lender lenders bank company corporation guarantor guarantors
	parent seller sellers buyer buyers purchaser purchasers licensor licensee landlord tenant employer
	employee agent trustee issuer holder holders investor investors subsidiary partnership fund
	plaintiff plaintiffs defendant defendants appellant appellants appellee appellees petitioner
	petitioners respondent respondents debtor debtors creditor creditors contractor consultant
	customer supplier vendor client executive manager member members owner owners tenant lessee lessor
	sublandlord subtenant sublessor sublessee franchisor franchisee pledgor pledgee obligor obligee servicer distributor`)

// namesParty reports whether a defined term can be a name of the party it
// follows: a role ("the Borrower", "the Administrative Agent"), a part of
// the party's name ("Halvorsen", "Steak N Shake"), that part after a
// group's short prefix ("APL Ohio") or its acronym ("OWRB").
// Other terms ("the Agreement", "the Loan") define things, not parties.
func namesParty(term, party string) bool {
	if roleTerm(term) {
		return true
	}
	pl := " " + nameKey(party) + " "
	if strings.Contains(pl, " "+strings.ToLower(term)+" ") {
		return true
	}
	// A title and the surname: "Officer Ship" of "Nathan Ship".
	if f, pf := strings.Fields(term), strings.Fields(party); len(f) >= 2 && len(pf) >= 2 && strings.EqualFold(f[len(f)-1], pf[len(pf)-1]) {
		title := true
		for _, w := range f[:len(f)-1] {
			lw := strings.ToLower(w)
			title = title && (titleWords[lw] || jobWords[lw] || rankWords[lw])
		}
		if title {
			return true
		}
	}
	// A group's short prefix and the rest of the name: "APL New York" of
	// "ATLAS PIPELINE NEW YORK, LLC".
	if f := strings.Fields(term); len(f) >= 2 && len(f[0]) >= 2 && len(f[0]) <= 5 &&
		strings.IndexFunc(f[0], func(r rune) bool { return !unicode.IsUpper(r) }) < 0 {
		var pw []string
		for _, w := range strings.Fields(pl) {
			pw = append(pw, strings.TrimRight(w, ",;"))
		}
		if strings.Contains(" "+strings.Join(pw, " ")+" ", " "+strings.ToLower(strings.Join(f[1:], " "))+" ") {
			return true
		}
	}
	// The initials of the capitalised words ("WRA"), or with "of" too
	// ("DOL" of "Department of Labor").
	var initials, withOf strings.Builder
	for _, w := range strings.Fields(party) {
		r := []rune(w)[0]
		if unicode.IsUpper(r) {
			initials.WriteRune(r)
			withOf.WriteRune(r)
		} else if w == "of" {
			withOf.WriteByte('O')
		}
	}
	return len(term) >= 2 && strings.ToUpper(term) == term && (strings.Contains(initials.String(), term) || strings.Contains(withOf.String(), term))
}

// termAndName starts a name after a defined term and "and" that the
// tagger read into it: "Issuer and Wachovia Bank" of "between the Issuer
// and Wachovia Bank, National Association", where the document defines
// "Issuer" (a defined term's use is its party's mention, never part of
// another name). A term counts as defined where a definition's
// parenthesis names it (definition, as definedTerms reads it), whether or
// not definedTerms found the name it is defined for. Cost: one pass over the mentions and, where
// one has " and ", one expression pass over the document.
func termAndName(doc []rune, ms []Mention) []Mention {
	var cands []int
	for i, m := range ms {
		if m.Source == SourceModel && nameType(m.Type) && strings.Contains(m.Text, " and ") {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return ms
	}
	terms := map[string]bool{}
	for _, m := range ms {
		if m.Source == SourceDefined {
			terms[strings.ToLower(m.Text)] = true
		}
	}
	text := string(doc)
	for _, loc := range definition.FindAllStringSubmatchIndex(text, -1) {
		terms[strings.ToLower(definedTerm(text, loc))] = true
	}
	for _, i := range cands {
		m := ms[i]
		first, rest, _ := strings.Cut(m.Text, " and ")
		if !terms[strings.ToLower(first)] || !startsUpper(rest) {
			continue
		}
		ms[i].Start += utf8.RuneCountInString(first + " and ")
		ms[i].Text = rest
		ms[i].ID = mentionID(ms[i])
	}
	return ms
}
