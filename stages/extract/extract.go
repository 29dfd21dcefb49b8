// Package extract finds entity mentions in a document's chunks: people,
// organisations, places, dates, money, statutes and rules, cases and
// courts. Deterministic patterns catch what legal and financial text states
// in fixed forms (citations, dockets, courts from the courts-db table,
// dates, amounts); a sequence tagger trained in this project (package
// tagger, model in model/) finds people, organisations and places, with
// the patterns' hits among its features. Defined terms ("Acme Corp. (the
// "Borrower")") make later uses of the term mentions of the party.
package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract/tagger"
)

// Algorithm is the version of the extraction rules; bump it whenever a
// change to the patterns, the model use or the merge changes the output.
const Algorithm = "extract/v72"

// Mention sources.
const (
	SourcePattern = "pattern"
	SourceModel   = "model"
	// SourceDefined marks a use of a defined term ("the Borrower") after
	// the text defined it as a party's name.
	SourceDefined = "defined"
)

// Config selects the extractors. Zero means default: patterns and model.
type Config struct {
	// DisableModel turns the tagger off (patterns only, including their
	// guesses at names): it exists to measure the patterns alone.
	DisableModel bool `env:"DISABLE_MODEL"`
	// DisablePatterns turns the patterns off (tagger only, which then also
	// runs without the patterns' features); it exists to measure the
	// tagger alone and is not meant for production.
	DisablePatterns bool `env:"DISABLE_PATTERNS"`
}

// Stage is the extract stage. It is safe for concurrent use; the shipped
// model is decoded once per process, on first use.
type Stage struct {
	cfg   Config
	fp    string
	model func() (*tagger.Model, error)
}

var _ stages.Stage[Input, Result] = (*Stage)(nil)

// New returns an extract stage with the shipped model.
func New(cfg Config) *Stage {
	return newStage(cfg, "ner/"+modelID, defaultModel)
}

// NewWithModel returns an extract stage that tags with m instead of the
// shipped model; name goes into the fingerprint. It exists for training
// and measurement (cross-validation trains models that never ship).
func NewWithModel(cfg Config, m *tagger.Model, name string) *Stage {
	return newStage(cfg, name, func() (*tagger.Model, error) { return m, nil })
}

func newStage(cfg Config, name string, model func() (*tagger.Model, error)) *Stage {
	fp := Algorithm + " patterns=" + strconv.FormatBool(!cfg.DisablePatterns)
	if cfg.DisableModel {
		fp += " model=none"
	} else {
		fp += " model=" + name
	}
	return &Stage{cfg: cfg, fp: fp, model: model}
}

// Name returns "extract".
func (s *Stage) Name() string { return "extract" }

// Fingerprint names the rule version and the extractors in use.
func (s *Stage) Fingerprint() string { return s.fp }

// Process extracts the mentions of every chunk, taking those already in
// in.Cache and storing the ones it computes, then merges them: chunks
// overlap, so the same mention found in two chunks is emitted once, and of
// two overlapping mentions the pattern one (then the longer) is kept.
// Mentions come back sorted by document offset.
func (s *Stage) Process(ctx context.Context, in Input) (Result, error) {
	var all []Mention
	for _, c := range in.Chunks.Chunks {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("extract: %w", err)
		}
		ms, err := s.chunkMentions(ctx, in.Cache, c)
		if err != nil {
			return Result{}, err
		}
		all = append(all, ms...)
	}
	cs := make([]chunkText, len(in.Chunks.Chunks))
	for i, c := range in.Chunks.Chunks {
		cs[i] = chunkText{c.Start, c.Text}
	}
	doc := documentText(cs)
	ms := propagateNames(in.Chunks, retype(oneSensePerName(companyLeads(doc, merge(all)))))
	ms = namedBareCourts(sealNames(facilityNames(doc, heldOffices(doc, multistateParties(in.Chunks, doc, countryParty(doc, officeTitles(doc, fragments(firmLines(doc, cityOfState(doc, instrumentNames(doc, stormNames(doc, familyPlurals(doc, commonWordNames(doc, possessiveShortNames(doc, completeNames(doc, wrappedHeads(in.Chunks, doc, ms)))))))))))))))))
	return Result{Mentions: contractAmendments(doc, statuteSections(listedProvisions(doc, definedLawShortNames(doc, definedLawAcronyms(doc, codifiedActs(doc, loneDockets(doc, citedCases(doc, caseLineEnds(doc, stateRoads(polityShortNames(in.Chunks, termAndName(doc, definedTerms(in.Chunks, ms)))))))))))))}, nil
}

// retype gives a model mention the type that a pattern found for the same
// name elsewhere in the document: the model often calls an organisation's
// short name a place or a person ("Tarrant" for "Tarrant Regional Water
// District"), while the pattern that saw the full name is reliable; and
// it calls a person's surname alone an organisation ("Warrell" after
// "Raymond P. Warrell, Jr."), where no name of an organisation has it, and
// a place no one is named a person ("Baton Rouge", knownPlaces), and a
// town's name alone where the document names the town by its kind ("Town
// of Hebron") a place, not a person or an organisation. It runs
// on the whole document, after the per-chunk cache, so cached chunks need
// no recomputation when another chunk reveals a name.
func retype(ms []Mention) []Mention {
	// Patterns' types are reliable; the tagger's multi-word organisation
	// names are too ("Halvorsen Maritime Logistics" makes a lone
	// "Halvorsen" the company, not a person), but a pattern outranks
	// them: "/s/ Margit Ellensby" makes the tagger's organisation
	// "Margit Ellensby" on the line under it a person.
	fromPattern, fromModel := map[string]string{}, map[string]string{}
	companies, seenCompany := map[string][][]string{}, map[string]bool{}
	const maxShortOf = 16
	add := func(known map[string]string, k, typ string) {
		if prev, ok := known[k]; ok && prev != typ {
			known[k] = "" // ambiguous: leave model mentions alone
			return
		}
		known[k] = typ
	}
	// A company with its legal form, for its short forms: each once, and
	// at most maxShortOf sharing a first word, so that the look-up stays
	// linear in the mentions.
	for _, m := range ms {
		if m.Source == SourcePattern && m.Type == TypeOrg {
			f := strings.Fields(strings.ToLower(m.Text))
			if len(f) > 1 {
				// By the first word without its comma ("bionica" of
				// "Bionica, Inc.").
				first := strings.TrimRight(f[0], ",")
				if k := strings.Join(f, " "); (orgSuffix[f[len(f)-1]] || orgSuffix[f[len(f)-1]+"."]) && !seenCompany[k] && len(companies[first]) < maxShortOf {
					seenCompany[k] = true
					companies[first] = append(companies[first], f)
				}
			}
		}
	}
	partyCompany := map[int]bool{}
	for i, m := range ms {
		if !nameType(m.Type) || m.Source == SourceDefined {
			continue
		}
		known := fromPattern
		if m.Source == SourceModel {
			if m.Type != TypeOrg || len(strings.Fields(m.Text)) < 2 {
				continue
			}
			known = fromModel
		}
		// A case's party the patterns call a person that is a company's
		// name without its legal form is that company (below), for the
		// tagger's mentions of the name too: "CROWN AWARDS v. …" beside
		// "Crown Awards, Inc.".
		typ := m.Type
		if m.Source == SourcePattern && typ == TypePerson && stemOfCompany(companies, m.Text, false) {
			typ, partyCompany[i] = TypeOrg, true
		}
		add(known, nameKey(m.Text), typ)
		// "KEISHA M. WASHINGTON" in a caption makes "Keisha Washington"
		// in the body the person, whom the tagger read as a place: a
		// person's name without its middle initials.
		if m.Source == SourcePattern && m.Type == TypePerson {
			if k := withoutInitials(m.Text); k != nameKey(m.Text) && strings.Contains(k, " ") {
				add(known, k, m.Type)
			}
		}
		if f := strings.Fields(m.Text); len(f) > 1 && len(f[0]) >= 4 && startsUpper(f[0]) &&
			!leadingNoise[strings.ToLower(f[0])] && !locationSet[strings.ToLower(f[0])] {
			add(known, strings.ToLower(f[0]), typ)
		}
	}
	known := fromModel
	for k, typ := range fromPattern {
		known[k] = typ
	}
	// A person's surname alone: the tagger calls an unknown surname an
	// organisation ("respondent Schum", "Warrell" after "Raymond P.
	// Warrell, Jr."), where the document names the person in full.
	surnames, towns := fullNameSurnames(ms), map[string]bool{}
	for _, m := range ms {
		// "Town of Hebron" anywhere makes "Hebron" alone the town's place
		// (municipalPlaces, which sees one chunk).
		if (m.Type == TypeOrg || m.Type == TypeCase) && strings.Contains(m.Text, "of") {
			for _, sm := range municipality.FindAllStringSubmatch(oneSpace(m.Text), -1) {
				towns[sm[1]] = true
			}
		}
	}
	for i, m := range ms {
		// A case's party the patterns call a person that is a company's
		// name without its legal form ("AFC Coal Properties v. …" beside
		// "AFC Coal Properties, Inc.") is that company.
		if partyCompany[i] {
			ms[i].Type = TypeOrg
			ms[i].ID = mentionID(ms[i])
			continue
		}
		if m.Source != SourceModel {
			continue
		}
		typ := known[nameKey(m.Text)]
		if typ == "" && m.Type != TypeOrg && (shortOfCompany(companies, m.Text) || stemOfCompany(companies, m.Text, true)) {
			typ = TypeOrg
		}
		if _, seen := known[nameKey(m.Text)]; !seen && m.Type == TypeOrg && !strings.ContainsAny(m.Text, " \t\n") && surnames[nameKey(m.Text)] {
			typ = TypePerson
		}
		// "Baton Rouge", "Sacramento": a place no one is named, which the
		// tagger read as a person; "Hebron" where the document names the
		// "Town of Hebron", whatever the tagger or a longer name's first
		// word made it.
		if (typ == "" && m.Type == TypePerson && knownPlaces[oneSpace(m.Text)]) || towns[m.Text] {
			typ = TypeLocation
		}
		if typ != "" && typ != m.Type {
			ms[i].Type = typ
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
}

// companyKinds are the head words a company's short name leaves out:
// "Rose Art" of "Rose Art Industries Inc.".
var companyKinds = wordSet(`industries group holdings enterprises international products brands systems technologies`)

// withoutInitials is a person's name's key (nameKey) without its middle
// initials: "keisha washington" of "KEISHA M. WASHINGTON".
func withoutInitials(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	out := ws[:0:0]
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && len(strings.TrimSuffix(w, ".")) == 1 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// shortOfCompany reports whether name, of two or more words, is a short
// form of one of companies (the words of the patterns' organisations, by
// their first word): the same first word, and every other word one of the
// company's, in order, with at least one of the company's words left out
// between them ("Pittston Terminal" of "Pittston Coal Terminal
// Corporation"). A firm's first words may be a person's name ("John Smith"
// of "John Smith & Associates, LLC"), so a name the company only begins
// with is not one.
func shortOfCompany(companies map[string][][]string, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	for _, c := range companies[ws[0]] {
		if len(c) <= len(ws) {
			continue
		}
		k, gap := 1, false
		for _, w := range c[1:] {
			switch {
			case k == len(ws):
			case w == ws[k]:
				k++
			default:
				gap = true
			}
		}
		if k == len(ws) && gap {
			return true
		}
	}
	return false
}

// stemOfCompany reports whether name is one of companies (see
// shortOfCompany) without its legal form: "AFC Coal Properties" of "AFC
// Coal Properties, Inc.", "Trina Health" of "Trina Health, LLC"; with
// kinds, also without a head word that only says what it is (companyKinds).
// A name with an initial is a person's, whose firm bears it ("Stephen D.
// Dodd" of "Stephen D. Dodd Co., L.L.C.").
func stemOfCompany(companies map[string][][]string, name string, kinds bool) bool {
	ws := strings.Fields(strings.ToLower(name))
	// One word is a company's name ("Bionica" of "Bionica, Inc.") when
	// it is no place's and not a short word.
	if len(ws) == 0 || len(ws) == 1 && (len(ws[0]) < 4 || locationSet[ws[0]]) {
		return false
	}
	for _, w := range ws {
		if len(w) == 2 && w[1] == '.' {
			return false
		}
	}
	for _, c := range companies[ws[0]] {
		n := len(c)
		// An Australian company's "Pty. Ltd." is its form as a whole ("Pty"
		// is no suffix of orgSuffix's: the tagger's features read that set).
		for n > 0 && (orgSuffix[strings.TrimRight(c[n-1], ",")] || orgSuffix[strings.TrimRight(c[n-1], ",")+"."] || strings.TrimRight(c[n-1], ".,") == "pty") {
			n--
		}
		// And without a head word that only says what the company is, for
		// the tagger's name of two words or more that is no place's: "Rose
		// Art" of "Rose Art Industries Inc." (a caption's person, "JOHN DOE
		// and JOHN DOE ENTERPRISES, INC.", stays a person: kinds is false
		// for the patterns' names).
		if kinds && n == len(ws)+1 && len(ws) > 1 && companyKinds[strings.TrimRight(c[n-1], ",")] && !placeWords(ws) {
			n--
		}
		if n != len(ws) || n == len(c) {
			continue
		}
		same := true
		for k := range ws {
			same = same && strings.TrimRight(c[k], ",") == strings.TrimRight(ws[k], ",")
		}
		if same {
			return true
		}
	}
	return false
}

func nameType(t string) bool {
	return t == TypePerson || t == TypeOrg || t == TypeLocation
}

// chunkMentions returns one chunk's mentions from the cache or computes and
// caches them. A cached entry that does not fit the chunk (offsets or text
// disagree) is ignored and recomputed: a chunk id names text, index and
// settings, not the document position, and a wrong mention is worse than a
// recomputation.
func (s *Stage) chunkMentions(ctx context.Context, cache ChunkCache, c chunk.Chunk) ([]Mention, error) {
	if cache != nil {
		ms, ok, err := cache.Get(ctx, c.ID)
		if err != nil {
			return nil, fmt.Errorf("extract: cache get chunk %s: %w", c.ID, err)
		}
		if ok && fits(ms, c) {
			return ms, nil
		}
	}
	ms, err := s.compute(c)
	if err != nil {
		return nil, err
	}
	if cache != nil {
		if err := cache.Put(ctx, c.ID, ms); err != nil {
			return nil, fmt.Errorf("extract: cache put chunk %s: %w", c.ID, err)
		}
	}
	return ms, nil
}

func fits(ms []Mention, c chunk.Chunk) bool {
	rs := []rune(c.Text)
	for _, m := range ms {
		s, e := m.Start-c.Start, m.End-c.Start
		if m.ChunkID != c.ID || s < 0 || e > len(rs) || s >= e || string(rs[s:e]) != m.Text {
			return false
		}
	}
	return true
}

// compute finds the mentions of one chunk, merged within the chunk.
func (s *Stage) compute(c chunk.Chunk) ([]Mention, error) {
	var cs []cand
	var pats []cand
	if !s.cfg.DisablePatterns {
		pats = patternMentions(c.Text)
	}
	// A docket number the patterns read in a telephone number goes after
	// the tagger, whose features the patterns' output is, so that the
	// shipped model stays what its training data make.
	// So does a possessive after a person's name a title opens: "Ms.
	// Margit Ellensby's email" names her, not "Margit Ellensby's".
	kept := pats[:0:0]
	for _, p := range pats {
		if notDocket(c.Text, p) {
			continue
		}
		// "Seven Hundred Fifty Thousand and No/100 Dollars": a cents
		// fraction's denominator is no amount.
		if p.typ == TypeMoney && p.start > 0 && c.Text[p.start-1] == '/' {
			continue
		}
		if p.typ == TypeDate && (pastDay.MatchString(c.Text[p.start:p.end]) || !isoDateValid(c.Text[p.start:p.end]) ||
			militaryDocketLabel.MatchString(c.Text[max(0, p.start-12):p.start])) {
			continue // "Dec. 56" of "23 I&N Dec. 56"; "ARMY 20150123" is a docket (courtDocket)
		}
		// A judge's title before a sentence's first words names no one by
		// them ("Circuit Judge: In this action", "JUDGE For the
		// Plaintiffs", "Chief Judge: On December 12"); a name of more
		// words may open with a function word's letters ("Judge An
		// Nguyen").
		if p.typ == TypePerson && judgeTitleBefore.MatchString(c.Text[max(0, p.start-16):p.start]) {
			ws := strings.Fields(c.Text[p.start:p.end])
			if leadingWords(ws, 0, func(lw string) bool { return leadingNoise[lw] || months[lw] }) == len(ws) {
				continue
			}
		}
		if p.typ == TypePerson && possessive(c.Text[p.start:p.end]) {
			p.end = strings.LastIndexAny(c.Text[:p.end], "'’")
		}
		// "Steven B. Wolfson, District Attorney": a person and the office
		// after the comma, which the patterns read as an organisation
		// named for its kind ("…, District").
		if p.typ == TypeOrg {
			if k := strings.LastIndex(c.Text[p.start:p.end], ", "); k > 0 && personLike(c.Text[p.start:p.start+k]) && officeWordAfter.MatchString(c.Text[p.end:]) {
				p.typ, p.end = TypePerson, p.start+k
			}
		}
		// "the library Board of Trustees, Elaine Weil, president": a body's
		// name the patterns ran on over a list reaches a person's name,
		// which alone is no organisation; the name is a list's item or a
		// sentence's start (afterBreak).
		if p.typ == TypeOrg && afterBreak(c.Text, p.start) && personInList(c.Text[p.start:p.end]) {
			p.typ = TypePerson
		}
		p = courtStateTail(c.Text, p)
		p = circuitAfterComma(c.Text, p)
		// "07-19" + "-00147-CV": a state court's docket number the
		// patterns cut after two groups; "2012-501" + ",599".
		if p.typ == TypeCase {
			if m := docketRest.FindStringIndex(textAfter(c.Text, p.end)); m != nil && docketLike(oneSpace(c.Text[p.start:p.end])) {
				p.end += m[1]
			}
		}
		// "Tenth Appellate District" / "" / "Court of Appeals Case No.": a
		// court's pattern that read a name's last words over a blank line
		// into "Court of Appeals", which alone names no court.
		if p.typ == TypeCourt && courtOverBreak(c.Text[p.start:p.end]) {
			continue
		}
		// "In the Matter of File No.: EB-07-IH-5266": a caption's
		// column of numbers beside "In the Matter of" is no party.
		if (p.typ == TypeCase || p.party) && labelParty.MatchString(c.Text[p.start:p.end]) {
			continue
		}
		p = generationStart(c.Text, p)
		p = headingCase(c.Text, p)
		// "Medical Dev. Int'l. v. …": a party named with a reporter's
		// abbreviations of organisations' words is an organisation.
		if p.party && p.typ == TypePerson && (orgAbbrevs(c.Text[p.start:p.end]) || acronymParty(c.Text, p)) {
			p.typ = TypeOrg
		}
		// "Ola V. Powell": a middle initial, not a case's "v.".
		if (p.typ == TypeCase || p.party) && initialVersus(c.Text, p) {
			continue
		}
		// And a case's first party that ran back over a sentence's end:
		// "… then-District Judge Diana Murphy. Evans v. Ford Motor Co.".
		if p.typ == TypeCase || p.party {
			if s := afterSentenceEnd(c.Text, p.start, p.end); s != p.start {
				p.start = s
				if p.party {
					p.typ = partyType(c.Text[s:p.end])
				}
			}
		}
		kept = append(kept, p)
	}
	kept = courtLineEnds(c.Text, citeFix(c.Text, kept))
	if s.cfg.DisableModel {
		cs = kept
	} else {
		m, err := s.model()
		if err != nil {
			return nil, err
		}
		cs = preferPatterns(c.Text, modelMentions(m, c.Text, pats), pats)
		cs = append(cs, signatories(c.Text)...)
		cs = append(cs, personParties(c.Text)...)
		cs = append(cs, companyNames(c.Text)...)
		cs = append(cs, addressPlaces(c.Text)...)
		cs = append(cs, streetAddresses(c.Text)...)
		// The tagger decides the names (the patterns' name guesses are
		// among its features); the patterns keep the fixed forms, the
		// parties of case names, a person after a title and an
		// organisation with a legal-form suffix (preferPatterns made room
		// for them). A pattern's guess at a place is left to the tagger.
		// What the tagger and the rules before named, for andHead.
		named := cs[:len(cs):len(cs)]
		for _, p := range kept {
			// "STATE OF MISSOURI, Respondent": a state or country with its
			// role in the caption is a litigant, an organisation.
			if p.party && p.typ == TypeLocation && litigant(c.Text, p.start, p.end) {
				p.typ = TypeOrg
			}
			if !nameType(p.typ) || p.party {
				cs = append(cs, p)
				continue
			}
			// "ARTICLE VI OTHER COMPANY AGREEMENTS": a heading, as for the
			// tagger's names (shapeName).
			if heading(c.Text, p.start, p.end) {
				continue
			}
			// A single capitalised word the patterns call an organisation
			// ("the Company", "OWRB") is a name only where the text
			// defines it, which definedTerms handles.
			// A title before a job is no person ("Staff Judge Advocate"),
			// nor are two offices side by side ("CHIEF JUDGE CLERK OF
			// COURT" under a court's letterhead).
			if p.typ == TypePerson && jobTitle(c.Text[p.start:p.end]) {
				continue
			}
			// "Regulation U of the Board of Governors": the patterns'
			// person of a body is a lettered regulation, a rule.
			if p.typ == TypePerson && regulationLetter.MatchString(c.Text[p.start:p.end]) {
				p.typ = TypeLaw
				cs = append(cs, p)
				continue
			}
			// "Ms. St. Pierre": "St." opens a surname as it opens a place.
			if p.typ == TypePerson {
				if f := strings.Fields(c.Text[p.start:p.end]); f[len(f)-1] == "St" {
					if m := saintName.FindStringIndex(c.Text[p.end:]); m != nil {
						p.end += m[1]
					}
				}
			}
			if p.typ == TypePerson || p.typ == TypeOrg && strings.ContainsAny(strings.TrimSpace(c.Text[p.start:p.end]), " \t\n") {
				if p.typ == TypeOrg {
					// A party of a citation: "Am. Brands, Inc., 450 U.S. 79".
					if beforeCitation(c.Text, p.end) {
						continue
					}
					// "Chief Executive Officer of Halvorsen …, Inc.";
					// "St. Albans Union" + "Church" in a list of names.
					p.start = afterJobTitle(c.Text, p.start, p.end)
					// "Title : Director Bizexpress Limited": a signature
					// block's title or role before the company, as for
					// the tagger's names (shapeName).
					p.start = afterWords(c.Text, p.start, leadingRoles(strings.Fields(c.Text[p.start:p.end])))
					// "Lodi-based ABC Packing Services, Inc.",
					// "Defendant/Appellee Arrow Exterminators, Inc.": a
					// place made an adjective or a litigant's joined
					// roles open no company's name.
					p.start = afterOpener(c.Text, p.start, p.end)
					// "the Board of Governors of …" in running text; "T
					// and U of the Federal Reserve Board": a lower-case
					// article and a lettered regulation before the name.
					p.start = afterLetterOf(c.Text, p.start, p.end)
					// "Reconstructionist Rabbinical Association, Union":
					// two names of a list.
					if k := listBreak(c.Text[p.start:p.end]); k > 0 {
						q := p
						q.end = p.start + k
						cs = append(cs, q)
						p.start += k + 1
						for p.start < p.end && (c.Text[p.start] == ' ' || c.Text[p.start] == '\t' || c.Text[p.start] == '\n') {
							p.start++
						}
					}
					p.end, _ = extendOrg(c.Text, p.start, p.end)
					p.end = redundantHead(c.Text, p.start, p.end)
					// "Securities and Exchange Commission": the patterns
					// split names at "and".
					p.start = andHead(c.Text, p.start, named)
					// A kind of organisation alone is not a name ("Union").
					if w := strings.ToLower(c.Text[p.start:p.end]); orgSuffix[w] || orgWords[w] || kindOfBusiness(w) || kindOfBody(c.Text, p.start, p.end) || clauseName(w) || genericBody(w) || kindAfterDeterminer(w) || roleKind(w) {
						continue
					}
				}
				cs = append(cs, p)
			}
		}
	}
	// Counsel lists' firms, judges, courts, dockets and wrapped case names
	// come after the tagger, with or without it: they are not among its
	// features.
	for _, find := range afterTagger {
		cs = append(cs, find(c.Text)...)
	}
	var names []cand
	for _, find := range caseFinders {
		names = append(names, find(c.Text)...)
	}
	cs = append(cs, citeFix(c.Text, names)...)
	cs = append(cs, constitutionNames(c.Text)...)
	cs = listedOrgs(c.Text, churchOfBody(c.Text, cs))
	for _, mend := range nameMends {
		cs = mend(c.Text, cs)
	}
	if c.Start == 0 {
		cs = titleCaptions(c.Text, cs)
	}
	// Byte offsets to rune offsets in the document.
	toRune := runeIndex(c.Text)
	out := make([]Mention, 0, len(cs))
	for _, x := range cs {
		// A mend that cut a name at the next word's start leaves the
		// white space before it ("Kevin P. Doyle\n"); an amount the
		// patterns read over the comma after it ("$ 402,") ends before it.
		for x.end > x.start && strings.ContainsRune(" \t\n", rune(c.Text[x.end-1])) {
			x.end--
		}
		for x.start < x.end && strings.ContainsRune(" \t\n", rune(c.Text[x.start])) {
			x.start++
		}
		if x.typ == TypeMoney && x.end > x.start && c.Text[x.end-1] == ',' {
			x.end--
		}
		if x.end <= x.start {
			continue
		}
		out = append(out, chunkMention(c, toRune, x.start, x.end, x.typ, x.source, ""))
	}
	return merge(out), nil
}

// roleKind reports whether a name is only a party's role and kinds of
// body ("company board", "parent board"): a term a contract defines for a
// body of a party ("the Board of Directors of the Company (the "Company
// Board")"), no organisation's name.
func roleKind(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || !partyTerms[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if !genericOrg[w] && !orgSuffix[w] {
			return false
		}
	}
	return true
}

// officeWordAfter is an office's last word after an organisation's kind
// ("District" + " Attorney", "County" + " Clerk"): the kind opened a title.
var officeWordAfter = regexp.MustCompile(`^[ \t]+(?:Attorney|ATTORNEY|Clerk|CLERK|Judge|JUDGE|Counsel|COUNSEL|Treasurer|Assessor|Recorder|Engineer|Sheriff|Manager|Director)\b`)

// officeAfter is a federal office's title after "United States", in any
// case: "Attorney", "District Judge", a statute's "magistrate judge"; the
// country's name is part of the title.
var officeAfter = regexp.MustCompile(`^[ \t]+(?i:attorney|marshal|trustee|magistrate|district[ \t]+judge|circuit[ \t]+judge|bankruptcy[ \t]+judge|senator|representative)\b(?:[^'’]|$)`)

// acronymParty reports whether a case's party is an acronym in a case name
// written in mixed case ("Chukwueze v. NYCERS"): an organisation's short
// name, not a person's. In a caption in capitals every party looks so.
func acronymParty(t string, p cand) bool {
	w := t[p.start:p.end]
	if len(w) < 2 || len(w) > 8 || strings.ToUpper(w) != w || strings.ContainsAny(w, " .\t\n") {
		return false
	}
	// The other party, across "v.", is written in mixed case; Georgia's
	// "GRIER v. The STATE." writes both in capitals but the article.
	if strings.HasSuffix(t[:p.start], " v. ") {
		return strings.ContainsFunc(lastWord(strings.TrimSuffix(t[:p.start], " v. ")), unicode.IsLower)
	}
	if strings.HasPrefix(t[p.end:], " v. ") {
		ws := strings.Fields(t[p.end+len(" v. ") : min(len(t), p.end+len(" v. ")+40)])
		if len(ws) == 0 || !strings.ContainsFunc(ws[0], unicode.IsLower) {
			return false
		}
		if len(ws) > 1 && (ws[0] == "The" || ws[0] == "the") {
			if w := strings.TrimRight(ws[1], ".,;"); len(w) > 1 && strings.ToUpper(w) == w {
				return false
			}
		}
		return true
	}
	return false
}

// labelParty is a docket number's label read as the party of "In the
// Matter of", or alone as a party: "In the Matter of File No".
var labelParty = regexp.MustCompile(`^(?:(?:In|IN)[ \t]+(?:the|THE)[ \t]+(?:Matter|MATTER)[ \t]+(?:of|OF)[ \t]+)?(?:File|FILE|Docket|DOCKET|Case|CASE)[ \t]+(?:No|NO)\.?$`)

// nameBeforeGeneration is a person's name and the comma before a
// generational suffix, at the end of a text: "Marcus T. Bell, " of
// "Marcus T. Bell, Jr. v. …". Group 1 is the name.
var nameBeforeGeneration = regexp.MustCompile(`([A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){1,4}),[ \t]*$`)

// generationOpen is a generational suffix opening a case name or a party.
var generationOpen = regexp.MustCompile(`^` + generationSuffix + `(?:[ \t]+(?:v\.|vs\.)|$)`)

// generationStart starts a case name, or its first party, that the
// patterns began at a generational suffix at the person's name before it:
// "Jr. v. Lakeview School District" of "Marcus T. Bell, Jr. v.
// Lakeview School District".
func generationStart(t string, p cand) cand {
	if p.typ != TypeCase && !p.party || !generationOpen.MatchString(t[p.start:p.end]) {
		return p
	}
	if s := generationOwner(t, p.start); s >= 0 {
		p.start = s
		if p.party {
			p.typ = TypePerson
		}
	}
	return p
}

// generationOwner returns where the person's name starts whose
// generational suffix is at t[at:] ("Marcus T. Bell, " before "Jr."), on
// the same line, or -1: a citation signal or "The" before it is no part
// of the name ("See John Smith, III v. Jones").
func generationOwner(t string, at int) int {
	ls := strings.LastIndexByte(t[:at], '\n') + 1
	m := nameBeforeGeneration.FindStringSubmatchIndex(t[ls:at])
	if m == nil {
		return -1
	}
	s := ls + m[2]
	for {
		w, rest, ok := strings.Cut(t[s:at], " ")
		if !ok || !citationSignals[strings.ToLower(w)] && w != "The" {
			return s
		}
		s = at - len(strings.TrimLeft(rest, " \t"))
	}
}

// docketRest is the rest of a docket number after its first two groups:
// more groups of digits and a letter code ("-00147-CV", a bankruptcy
// case's chapter "-7C"), or a thousands group ("2012-501" + ",599").
var docketRest = regexp.MustCompile(`^(?:-(?:\d{3,}|\d{1,2}[A-Z]{1,2})(?:-[A-Z]{1,4})?|,\d{3})\b`)

// headingCase cuts a case name, or its second party, that a heading line
// holds alone at the line's end, where a place's name on the next line ran
// on into it: "Torres v. State" / "Texas 14th Court of Appeals" is a case
// and its court, not "Torres v. State Texas". A party that wraps (a
// comma, "of", "&" or "and" before the break, a legal form or more than a
// place after it) goes on.
func headingCase(t string, p cand) cand {
	if p.typ != TypeCase && !p.party {
		return p
	}
	from := p.start
	if p.typ == TypeCase {
		k := strings.Index(t[p.start:p.end], " v. ")
		if k < 0 {
			return p
		}
		from = p.start + k + len(" v. ")
	}
	nl := strings.IndexByte(t[from:p.end], '\n')
	if nl <= 0 {
		return p
	}
	nl += from
	// "DOYLE v. CITY OF MEDFORD" / "ORDER": a running head or caption over
	// the document's kind, a line that names no party ("FRATERNAL" /
	// "ORDER OF POLICE" goes on).
	if kindLine.MatchString(t[nl:]) {
		p.end = nl - (len(t[from:nl]) - len(strings.TrimRight(t[from:nl], " \t")))
		return p
	}
	// The line holds the case name alone: before it (or, for the second
	// party, before its "v.") only capitalised words, as a cut first
	// party leaves them ("Harris Cnty., " of "Harris Cnty., Texas v.").
	ls := strings.LastIndexByte(t[:p.start], '\n') + 1
	head := t[ls:p.start]
	if p.party {
		v := strings.LastIndex(head, " v. ")
		if v < 0 {
			return p
		}
		head = head[:v]
	}
	for _, w := range strings.Fields(head) {
		if !startsUpper(w) {
			return p
		}
	}
	before := strings.TrimRight(t[from:nl], " \t")
	last := strings.ToLower(lastWord(before))
	if strings.HasSuffix(before, ",") || last == "of" || last == "&" || last == "and" || last == "the" {
		return p
	}
	if next := strings.Fields(t[nl:p.end]); len(next) > 0 && isOrgSuffix(strings.TrimRight(next[0], ",;")) {
		return p
	}
	// Only a place's name ran on from the next line, the start of another
	// line's name ("Texas" of "Texas 14th Court of Appeals"); a caption's
	// party that wraps ("RUDOLF JOHN" / "HERRMANN ET AL.") goes on.
	if !locationSet[strings.ToLower(oneSpace(t[nl:p.end]))] {
		return p
	}
	p.end = nl - (len(t[from:nl]) - len(before))
	return p
}

// kindLine is a line that holds only a document's kind: "ORDER",
// "MEMORANDUM OPINION AND ORDER", "Opinion".
var kindLine = regexp.MustCompile(`^\n[ \t]*(?:ORDER|OPINION|MEMORANDUM|JUDGMENT|DECISION|SYLLABUS|Order|Opinion|Memorandum|Judgment|Decision|Syllabus)(?:[ \t]+(?:AND|ORDER|OPINION|MEMORANDUM|JUDGMENT|DECISION|and|Order|Opinion|Memorandum|Judgment|Decision))*[ \t]*(?:\n|$)`)

// initialV finds a capital "V." between two mixed-case names, the way a
// middle initial is written; a case's "v." is lower case, or upper case
// between parties in capitals ("SMITH V. JONES").
var initialV = regexp.MustCompile(`\b[A-Z][a-z]+[ \t]+V\.[ \t]+[A-Z][a-z]`)

// initialVersus reports whether a case name or party the patterns found
// is a person's name with a middle initial V ("Ola V. Powell"): the
// initial is inside a case's span or right after a party's.
func initialVersus(t string, p cand) bool {
	from, to := max(0, p.start-24), min(len(t), p.end+24)
	for _, m := range initialV.FindAllStringIndex(t[from:to], -1) {
		if s, e := from+m[0], from+m[1]; s < p.end && e > p.start {
			return true
		}
	}
	return false
}

// afterSentenceEnd returns where a case name or party at t[s:e] starts
// once the words before the last sentence end before its "v." are cut: a
// word of more than four letters ending in a period, not an abbreviation
// ("Murphy." but not "Co.", "Inc.", "U.S." or "Transp."), and a
// capitalised word after it.
func afterSentenceEnd(t string, s, e int) int {
	ws := words(t[s:e], s)
	from := s
	for k := 0; k+1 < len(ws); k++ {
		w := ws[k].text
		if w == "v." || w == "vs." || w == "V." || w == "VS." {
			break
		}
		if sentenceStop(w) && startsUpper(ws[k+1].text) &&
			ws[k+1].text != "v." && ws[k+1].text != "V." {
			from = ws[k+1].start
		}
	}
	return from
}

// citedAbbrevs are the longer abbreviations a citation writes in a
// party's name, the Bluebook's ("Kansas City S. Transp. Co."), which end
// no sentence; abbrevLike knows the shorter ones.
var citedAbbrevs = wordSet(`transp. indus. admin. constr. equip. pharm. prods. props. servs. techs. ptnrs. assocs.`)

// sentenceStop reports whether a word ends a sentence: it ends in a
// period and is no abbreviation (abbrevLike, partyAbbrev, citedAbbrevs or
// the Bluebook's organisation words, bluebookOrg: "Int'l.", "Ass'n.").
// The patterns keep their own, narrower test (abbrevLike), which the
// tagger's features were trained with.
func sentenceStop(w string) bool {
	if !strings.HasSuffix(w, ".") || abbrevLike(w) {
		return false
	}
	k := strings.ReplaceAll(lowerKey(w), "’", "'")
	return !partyAbbrev[k] && !citedAbbrevs[k] && !bluebookOrg[k] && !bluebookOrg[strings.TrimSuffix(k, ".")]
}

// afterTagger are the passes that find names of their own after the
// tagger, each one regular-expression pass over a chunk (skipped without
// its needle words).
var afterTagger = []func(string) []cand{afterTaggerFinds, amendmentLists, airportNames, briefFirms, partnerFirms, lawOffices, panelJudges, authorJudges, presidingJudges,
	districtCourts, olderDistrictCourts, splitSuperiorCourts, dashedCircuits, numberedCircuits, newsDistrictCourts, stateCourts, localCourts, stateCourtNames, districtNames, concurJudges, interestCases, civDockets,
	stateDockets, acronymOrgs, representedLawyers, capsCounselLawyers, amicusLawyers, countryNames, usAdjectives, boardMembers, markedJudges, stateLaws, wrappedCodeTitles, courtRules, trialCourts, wrappedForms, listedCompanies, extraDates, wrappedCitations, spacedLabelDockets, wrappedCourtCitations, courthouses, appellateDistrictCourts, louisianaCircuits, systemBodies, bareCourtsByKind, bareAppellateDivisions, stateVersusCaptions, correctionalFacilities, venueCounties, westlawCitations, wrappedDockets, districtOfficeNames, otherAmounts, unionNames, unionLocalNames, acronymNames, agencyNames, newsDepartments, knownFirmNames, knownOrgNames, siteNames, wireCredits, mastheads, staffBylines, bylineNames, photoCredits, recallStores, madeInPlaces, customsRulings, customsAgency, cabinetSecretaries, tariffLaws, customsRegulations, officialsOffices, titledSigners, ageResidences, agedNames, residences, initialledPersons, gluedInitialNames, abbreviatedGivenNames, possessiveParts, mailNames, closingNames, professionalLines, docketSheetNames, roleLineParties, forNames, lawFirmForms, yearDocketLines, neutralCitations, foreignCompanyNames, esquireNames, datedCourtCitations, bareCourtCitations, historyCourtCitations, gluedCourtCitations, departmentCitations, ordinalCourtCitations, pipedCourtCitations, okinaNames, againstCaptions, territoryCourts, commonwealthCourts, proceedingFiles, federalCites, jobTitledPeople, agencyDockets, counselFirms, firmsOfCities, capsCounselFirms, counselPeople, leadFirms, appellateDockets, lostSectionSigns, cityStates, hyphenPlaces, corporationLaws, commaAndCos, incorporatedStates, namedAvenues, streetCorners, numberedRoads, placePickers, fieldJudges, tradeUnions, departmentUnits, floridaDCAs, localOfficials, foreignBanks, onBodyNames, lawAcronyms, bareTitles, namedRuleBodies, localLaws, operatingProcedures, codeArticles, saintsAndTownships, bodyUnits, conventions, justicesLines, benefitPlans, waterBodies, listedOffices, smallCapsJudges, bankruptcyChapters, disputePolicies, countryInitialsNouns, numberedRegions, letterheadUnits}

// caseFinders find the case names the patterns miss, after the tagger:
// wrapped, with "et al", captions with their parties' roles or stacked,
// bankruptcy and administrative captions, New York's bare "v", names
// with accented letters, criminal captions and Rhode Island's columns
// with colons. citeFix mends them as it mends the patterns'.
var caseFinders = []func(string) []cand{wrappedCaseNames, forCaseNames, etAlCaseNames, roleCaptions, debtorCaptions, matterCaptions, bareVCaseNames, accentedCaseNames, govCaptions, matterCitations, matterLines, siteTitles, summaryCases, bareCaptions, inReLines, marriageCaptions, litigationNames, colonCaptions}

// nameMends mend the chunk's names once all are found, in this order:
// legislators and a state's legislature, accented words and a person's
// accented second surname, public bodies
// and their parts, bodies after an officer's title, parties after "In the Matter of", local governments ("City of
// Seattle"), businesses' other names and their head words, banks named for places, companies' edges,
// legal and professional forms ("Incorporated" written out too), a
// resolution's verb after a body's name, numbers, places they are of,
// forms a list left alone, names cut at "and"
// or a line break or before their first words, a national bank's form, a
// sentence's end before a name, a lawyer run into the firm, a circuit's
// citation form, trusts; judges' titles read as courts or places,
// initialled people, people's titles, the tagger's people that are
// places or banks, surnames in capitals, people's names a line break cut,
// an organisation run on into a person; laws' starts, an Act's year without
// "of", rules' owners, local
// laws' numbers and a contract's sections of itself; a LEXIS
// citation's year and court, a date's year after a spaced comma, a
// dollar's country and a scale glued to its digits; docket
// numbers' suffixes, a union's local's number; a caption's list of
// parties, parties joined by "and", names cut after "of"; names over
// docket numbers, captions over a docket's label or back over the line
// before, a list's party in capitals a line break cut after its
// semicolon, a header's lines or a research site's chrome, the Trade
// Commission's captions, a court's two-word state, a federal
// office's district, a court's division; governments as parties,
// officials' names, government lawyers' titles, people's names run into
// the next party's capitals, generational suffixes, names that are
// only roles or open with a preposition, a word run over a comma into a
// party's kind ("this Agreement, Bank"), a unit run over the comma into
// its department ("Civil Division, Department of Justice"), a filing's
// heading alone ("SENTENCING ORDER"), a trial court's county after its
// name and two courts read apart over the same words, a caption's role a
// name ran on into or opens with, names run from one caption's line into the next's, an
// honorific without its period, a People's Republic, a public
// body's place, names inside e-mail addresses, and a counsel block run into
// one line (a generation, "Post Office Box", partners before "and"), a
// company and a union "and" joins, a unit's name over "and" ("Investigations
// and Hearings Division", "Office of Management and Budget"), an amicus
// read back over its lawyer's name, a given name the tagger read apart
// from the rest of the name, a surname before a given name and its
// initials, and a press release's dateline; a
// family's company over "and" ("Emery Lee and Sons, Inc."), a firm named
// after a lawyer over the lawyer's initials, a federal officer's title's
// country and a bank's place or branch after its name, a Greek-letter society's name, and an
// attorney general's office over the title the names stopped before.
var nameMends = []func(string, []cand) []cand{captionFirstParties, circuitCourts, courtEdges, ampersandNames, bankNAs, capsNamesTitled, legislators, legislatureNames, cityCounselLines, docketLabelTails, kindPlaces, bareDirections, guidelineLaws, lawClauseStarts, gluedHeadings, headingBreaks, accentedWords, accentedSurnames, agencyEdges, streetEdges, citedStreets, bodyParts, titledBodies, counselOffices, matterNames, localGovernments, tradeNames, personAliases, businessNames, banksOf, companyForms, abbreviatedFormsOf, casedLists, ampersandStarts, andFirmStarts, bareFirms, andFirms, surnameRunFirms, pluralPossessiveStarts, stateForms, incorporations, formsAfter, incorporatedEnds, verbEnds, numberedCompanies, companiesOfPlaces, placeCompanies, connectedFormStarts, countryFormStarts, jobLineStarts, capsFirmStarts, universityCampuses, orphanForms,
	andCompanies, familyCompanies, surnamePairFirms, initialledFirms, employerAndUnion, bodiesOverAnd, attorneyGeneralOffices, associatesFirms, ordinanceNames, wrappedCompanies, wrappedCapsFirms, cityStateCompanies, formStarts, addressFirms, instrumentTitles, nationalBanks, orgSentenceStarts, personFirms, circuitNames, trustNames, dropJudgeTitles, titledCapsNames, initialledPeople, personForms, nonPersons, westPeople, gluedInitials, initialWraps, givenNamesApart, givenSurnames, secondSurnames, firstGivenNames, capacityTails, surnamesFirst, bareInitials, capsSurnames, capsGivenNames, wrappedPeople, lineInitials, orgThenPerson,
	lawStarts, rulesOfRecords, provisionsOfLaws, commaActs, actYears, actSections, yearFirstActs, constitutionArticles, ruleOwners, reporterRules, localLawNumbers, chapterSections, ownSections, lexisStarts, dateTails, wrappedScales, dollarEdges, docketSuffixes, docketNameStarts, localNumbers, partyLists, partyPairs, litigationParties, danglingOfs, docketNames, roleLeftovers, probateCaptions, captionLabels, capsCaptionStarts, etAlCaseStarts, headerCaptionStarts, judgeLineStarts, itcCaptions, capsCaptionHeads, chromeStarts, twoWordStates, stateCourtStarts, districtOffices, courtDivisions, courtSeats, capsConnectorStarts, semicolonListWraps, authoritiesStarts, courtOverlapStarts, governmentParties, relatorCaptions, officialNames, lawyerTitles, federalTitles, lawyerNames, titledPeopleOf, leadingLabels, titledGivenNames, possessiveFilings, numberLedCompanies, monthOfStarts, districtNumbers, courtNumbers, ofFirmCounsel, particleNames, particleCaseNames, personTails, slashedPeople, contactPairs, fieldLabelTails, generations, suffixLeds, dropRoleNames, columnNames, lineTailNames, possessiveJoins, commaKinds, unitDepartments, headingStarts, headingNames, courtCounties, roleEdges, captionLineRuns, bareHonorificStarts, peoplesRepublics, placeTails, mailParts, counselLineEdges, companyList, rankedPeople, nextFriendStarts, placePrefixStarts, attorneysFor, amicusOrgStarts, forClients, prisonPlaces, ordinalRegions, professionalCorporations, formsNotStates, captionTails, datelines, nameEdges, venueLines, planCompanies, tribeAndFirmStarts, bankTails, capsStateLists, greekSocieties, municipalPlaces, stateListParties, counselCities, cityFramedFirms, flatPanels, countyLists, headlineNames, orgWordPeople, commonNounPeople, placePapers, departmentPeople, bodyOfficers, givenNamePeople, listedPeople, witnessPapers, rulingSeries, unitPairs, bodyUnitsOf, gluedPeople, fullNamesApart, lawyersFirms, districtCourtEnds}

// courtLineEnds ends a case's name, and its party, that the patterns read
// on over a line break into the court's name on the next line ("Smith v.
// Marion Dunn." / "Supreme Court of Alabama."): the court that starts a
// line is no party's. cs must be the patterns' candidates of one chunk.
func courtLineEnds(t string, cs []cand) []cand {
	for _, q := range cs {
		if q.typ != TypeCourt {
			continue
		}
		ls := strings.LastIndexByte(t[:q.start], '\n')
		if ls < 0 || strings.TrimLeft(t[ls+1:q.start], " \t") != "" {
			continue
		}
		for i, p := range cs {
			if (p.typ == TypeCase || p.party) && p.start <= ls && p.end > q.start {
				cs[i].end = len(strings.TrimRight(t[:ls], " \t"))
			}
		}
	}
	return cs
}

// notDocket reports whether a docket number the patterns found is a
// telephone number ("Direct Dial No. 513-564-7036"), a filer's number
// with a regulator (filerNumber), a Public Law's (publicLawLabel) or a
// committee report's (committeeReportLabel) or a product recall's
// (recallNumber).
func notDocket(t string, p cand) bool {
	return p.typ == TypeCase && (phoneNumber.MatchString(t[p.start:]) || filerNumber.MatchString(t[max(0, p.start-60):p.start]) ||
		publicLawLabel.MatchString(t[max(0, p.start-30):p.start]) || committeeReportLabel.MatchString(t[max(0, p.start-40):p.start]) ||
		recallNumber.MatchString(t[max(0, p.start-60):p.start]))
}

// recallNumber is a product recall's or its news release's word and "#"
// or "Number:" before its number, the recall numbers listed after the
// word before it or not: a safety agency's release numbers its recalls so
// ("recalls #08-084 and #08-229", "Release # 99-009", "Recall Number:
// 09-148"), no case.
var recallNumber = regexp.MustCompile(`(?i)\b(?:recalls?|releases?)[ \t]+(?:#[ \t]*[\w-]+[ \t]*(?:,|and)[ \t]*)*(?:#|number:)[ \t]*$`)

// committeeReportLabel is a committee report's label before its number,
// which the docket patterns read after "No." ("H.R. Rep. No. 94-1476", "S.
// Rep. No. 98-225", "H.R. Conf. Rep. No. 104-458"): a document, no case.
var committeeReportLabel = regexp.MustCompile(`\b(?:H\.[ \t]?R\.|S\.|House|Senate)(?:[ \t]+Conf\.)?[ \t]+(?:Rep\.|Report|Doc\.|Document)[ \t]+No\.[ \t]*$`)

// militaryDocketLabel is a military court's name before its docket
// number, which a packed date's shape may have: "ARMY 20150123".
var militaryDocketLabel = regexp.MustCompile(`\b(?:ARMY|NMCCA)[ \t]+(?:No\.[ \t]+)?$`)

// publicLawLabel is a Public Law's label before its number, which the
// docket patterns read after "No." ("Pub. L. No. 115-123").
var publicLawLabel = regexp.MustCompile(`\b` + publicLawHead + `[ \t]+No\.[ \t]*$`)

// publicLawHead is a Public Law's abbreviation: "Public Law", "Pub. L.",
// "Pub.L.", "P.L.".
const publicLawHead = `(?:Pub(?:lic)?\.?[ \t]+Law|Pub\.?[ \t]*L\.|P\.[ \t]?L\.)`

// isoDateValid reports whether a date written year-month-day has a year
// of the last two centuries, a month and a day: "4471-22-09" of "Policy
// Number: CGL 4471-22-09" is a number. Other dates are left as they are.
func isoDateValid(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) {
		return true
	}
	y, m, d := s[:2], s[5:7], s[8:]
	return (y == "19" || y == "20") && m >= "01" && m <= "12" && d >= "01" && d <= "31"
}

// filerNumber is the label of a number that names a filer, not a case: a
// registrant's "Commission File Number 001-38512" on an SEC form, an
// employer's "Identification No.", a "Registration No.", a press
// release's "Release Number", an invoice's, an account's, a policy's, a
// loan's or a purchase order's number, a recorded deed's "Instrument
// No.", a public contract's, bid's, solicitation's, project's, permit's or
// parcel's number ("The solicitation, No. FA7000-15-R-0003"); a court's
// "File No." names its case.
var filerNumber = regexp.MustCompile(`(?i)(?:commission[ \t]+file|identification|registration|CIK|release|invoice|account|policy|loan|purchase[ \t]+order|serial|instrument|recording|contract|bid|solicitation|project|permit|parcel),?[ \t]+(?:numbers?|nos?\.?)[ \t]*[:.]?[ \t]*$`)

// chunkMention is the mention of bytes [s, e) of chunk c, with its id;
// idx is runeIndex(c.Text).
func chunkMention(c chunk.Chunk, idx []int, s, e int, typ, source, refers string) Mention {
	m := Mention{
		Type:    typ,
		Text:    c.Text[s:e],
		ChunkID: c.ID,
		Start:   c.Start + idx[s],
		End:     c.Start + idx[e],
		Source:  source,
		Refers:  refers,
	}
	m.ID = mentionID(m)
	return m
}

// runeIndex maps each byte offset of s (and len(s)) to its rune offset.
func runeIndex(s string) []int {
	idx := make([]int, len(s)+1)
	r := 0
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < n; k++ {
			idx[i+k] = r
		}
		i += n
		r++
	}
	idx[len(s)] = r
	return idx
}

// mentionID hashes the chunk, the type and the document offsets.
func mentionID(m Mention) string {
	h := sha256.Sum256([]byte("mention\x00" + m.ChunkID + "\x00" + m.Type + "\x00" +
		strconv.Itoa(m.Start) + "\x00" + strconv.Itoa(m.End)))
	return hex.EncodeToString(h[:16])
}

// typeRank breaks ties between overlapping pattern mentions of equal
// length: the more specific type wins.
var typeRank = map[string]int{
	TypeCourt: 0, TypeLaw: 1, TypeMoney: 2, TypeDate: 3, TypeOrg: 4, TypePerson: 5, TypeLocation: 6, TypeCase: 7,
}

// sourceRank orders overlapping mentions by source: a pattern's fixed form,
// then a defined term (which names its party), then the tagger.
var sourceRank = map[string]int{SourcePattern: 0, SourceDefined: 1, SourceModel: 2}

// merge removes duplicates and resolves overlaps greedily: pattern, then
// defined term, then model, longer before shorter, then type rank and position. CASE mentions
// form their own layer, because a case name legitimately contains its
// parties (which relate needs); within each layer no two mentions overlap.
// The result is sorted by (Start, End, Type).
func merge(ms []Mention) []Mention {
	order := make([]Mention, len(ms))
	copy(order, ms)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if pa, pb := sourceRank[a.Source], sourceRank[b.Source]; pa != pb {
			return pa < pb
		}
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return la > lb
		}
		if ra, rb := typeRank[a.Type], typeRank[b.Type]; ra != rb {
			return ra < rb
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.ChunkID < b.ChunkID
	})
	// Kept mentions of a layer never overlap, so marking the runes they
	// cover makes each check cost the candidate's length: linear overall
	// (each pattern's matches are disjoint, so candidates cover the text a
	// bounded number of times).
	lo, hi := 0, 0
	for i, m := range order {
		if i == 0 || m.Start < lo {
			lo = m.Start
		}
		hi = max(hi, m.End)
	}
	caseUsed := make([]bool, max(0, hi-lo))
	restUsed := make([]bool, max(0, hi-lo))
	var cases, rest []Mention
	for _, m := range order {
		if m.Type == TypeCase {
			if take(caseUsed, lo, m, columnRunes(m.Text)) {
				cases = append(cases, m)
			}
			continue
		}
		if take(restUsed, lo, m, nil) {
			rest = append(rest, m)
		}
	}
	out := append(cases, rest...)
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.Type < b.Type
	})
	return out
}

// take marks the runes of m in used (whose first is rune lo of the
// document) unless one of them is marked already, and reports whether it
// did. Runes that beside marks are neither checked nor marked.
func take(used []bool, lo int, m Mention, beside []bool) bool {
	if m.End <= m.Start {
		return false
	}
	for i := m.Start; i < m.End; i++ {
		if used[i-lo] && (beside == nil || !beside[i-m.Start]) {
			return false
		}
	}
	for i := m.Start; i < m.End; i++ {
		if beside == nil || !beside[i-m.Start] {
			used[i-lo] = true
		}
	}
	return true
}

// columnRunes marks the runes of a caption's case name that are another
// column's words beside its lines (captionColumns), which the case does
// not cover in merge: the docket number there ("Patricia
// Lindahl,<tab>Court File No. 27-CV-21-8841") is a case of its own. Nil
// when the name has no column's gap.
func columnRunes(text string) []bool {
	if !strings.ContainsAny(text, "\t§") && !strings.Contains(text, "   ") {
		return nil
	}
	idx := runeIndex(text)
	beside := make([]bool, idx[len(text)])
	for _, c := range captionColumns.FindAllStringSubmatchIndex(text, -1) {
		from := c[0]
		if c[3] > 0 {
			from = c[3] // after the line's last character
		}
		for i := idx[from]; i < idx[c[1]]; i++ {
			beside[i] = true
		}
	}
	return beside
}

// nameKey is a name's text in lower case with its spaces collapsed, so a
// name wrapped over a line break is the same name.
func nameKey(s string) string { return oneSpace(strings.ToLower(s)) }

// oneSpace collapses every run of white space in s to one space and trims
// it: a text as its words read, whatever the line breaks.
func oneSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// withoutGrownInside drops the names of cs that lie wholly inside one of
// the candidates a mend grew (grown, indices into cs), but those and the
// ones keep reports (keep may be nil): the words a mend took into a longer
// name are no names of their own.
func withoutGrownInside(cs []cand, grown []int, keep func(cand) bool) []cand {
	if len(grown) == 0 {
		return cs
	}
	spans := make([][2]int, len(grown))
	kept := map[int]bool{}
	for k, i := range grown {
		spans[k] = [2]int{cs[i].start, cs[i].end}
		kept[i] = true
	}
	if keep != nil {
		for i, c := range cs {
			if keep(c) {
				kept[i] = true
			}
		}
	}
	return withoutInside(cs, spans, kept)
}

// withoutInside drops the names of cs that lie wholly inside one of spans,
// but those keep holds (by index): the spans by start, with the furthest
// end of those starting at or before each, so that each name is one binary
// search.
func withoutInside(cs []cand, spans [][2]int, keep map[int]bool) []cand {
	if len(spans) == 0 {
		return cs
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	reach := make([]int, len(spans))
	for k, sp := range spans {
		reach[k] = sp[1]
		if k > 0 {
			reach[k] = max(reach[k], reach[k-1])
		}
	}
	out := cs[:0]
	for i, c := range cs {
		k := sort.Search(len(spans), func(k int) bool { return spans[k][0] > c.start }) - 1
		if !keep[i] && nameType(c.typ) && k >= 0 && reach[k] >= c.end {
			continue
		}
		out = append(out, c)
	}
	return out
}
