// Package resolve groups a document's mentions into canonical entities.
// Within each type, names are normalised (case, punctuation, honorifics,
// corporate suffixes) and matched by equality, by containment or acronym
// ("Tarrant" and "OWRB" for "Tarrant Regional Water District" and
// "Oklahoma Water Resources Board"), and by string similarity for spelling
// and OCR variants, with guards that keep different numbers and different
// places apart ("Missouri" is not "Mississippi", "No. 11-889" is not
// "No. 11-898").
package resolve

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

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/extract"
)

// Algorithm is the version of the resolution rules.
const Algorithm = "resolve/v42"

// DefaultSimilarity is the default minimum similarity for a fuzzy merge.
const DefaultSimilarity = 0.8

// Config tunes matching. Zero means default.
type Config struct {
	// Similarity is the minimum Levenshtein similarity ratio (0..1, like
	// difflib's ratio) for two names to merge as variants (default 0.8).
	// Each pair of differing words must also be within two edits, so a
	// high ratio alone never merges different words.
	Similarity float64 `env:"SIMILARITY"`
}

// Stage is the resolve stage. It is safe for concurrent use.
type Stage struct {
	sim float64
	fp  string
}

var _ stages.Stage[extract.Result, Result] = (*Stage)(nil)

// New returns a resolve stage.
func New(cfg Config) *Stage {
	if cfg.Similarity <= 0 || cfg.Similarity > 1 {
		cfg.Similarity = DefaultSimilarity
	}
	return &Stage{sim: cfg.Similarity, fp: fmt.Sprintf("%s similarity=%.3f", Algorithm, cfg.Similarity)}
}

// Name returns "resolve".
func (s *Stage) Name() string { return "resolve" }

// Fingerprint names the rule version and the similarity threshold.
func (s *Stage) Fingerprint() string { return s.fp }

// Process resolves the mentions into entities, sorted by type and name.
//
// An entity's ID is a hash of its type and its normalised canonical name
// only, not of the document: the same entity found in different documents
// gets the same id, which is what joins documents in the graph.
func (s *Stage) Process(ctx context.Context, in extract.Result) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("resolve: %w", err)
	}
	byType := map[string][]extract.Mention{}
	for _, m := range in.Mentions {
		byType[m.Type] = append(byType[m.Type], m)
	}
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	var out Result
	inCase := inCaseNames(byType[extract.TypeCase])
	for _, t := range types {
		out.Entities = append(out.Entities, s.resolveType(t, byType[t], inCase)...)
	}
	return out, nil
}

// inCaseNames returns whether a mention lies inside one of the case names
// cases (the same chunk, within its offsets).
func inCaseNames(cases []extract.Mention) func(extract.Mention) bool {
	byChunk := map[string][][2]int{}
	for _, c := range cases {
		byChunk[c.ChunkID] = append(byChunk[c.ChunkID], [2]int{c.Start, c.End})
	}
	return func(m extract.Mention) bool {
		for _, sp := range byChunk[m.ChunkID] {
			if sp[0] <= m.Start && m.End <= sp[1] {
				return true
			}
		}
		return false
	}
}

// form is one distinct normalised name of a type with its mentions.
type form struct {
	norm     string
	tokens   []string
	surfaces map[string]int
	mentions []extract.Mention
}

// resolveType resolves the mentions ms of type typ; inCase reports
// whether a mention lies inside a case's name.
func (s *Stage) resolveType(typ string, ms []extract.Mention, inCase func(extract.Mention) bool) []Entity {
	idx := map[string]*form{}
	var forms []*form
	split := legalSplits(typ, ms)
	var decision map[string]string
	if typ == extract.TypeCase {
		decision = decisions(ms)
	}
	for _, m := range ms {
		n := Normalize(typ, m.Text)
		if n == "" {
			continue
		}
		if d, ok := decision[m.ID]; ok && d != n {
			// One of two decisions of one name (decisions): the name and
			// its citations keyed by the decision's citation.
			n += " #" + d
		}
		// "(b)" after "18 U.S.C. § 111(a) and": the provision its whole
		// citation names, not every "(b)" of the document.
		if typ == extract.TypeLaw && m.Refers != "" && extract.IsListedProvision(m.Text) {
			n = Normalize(typ, m.Refers)
		}
		if first, ok := split[n]; ok {
			// "Nutrition 21, LLC" and "Nutrition 21, Inc.": two
			// companies; the bare name is the first one's.
			c := legalClass(m.Text)
			if c == "" {
				c = first
			}
			n += " " + c
		}
		f := idx[n]
		if f == nil {
			f = &form{norm: n, tokens: strings.Fields(n), surfaces: map[string]int{}}
			idx[n] = f
			forms = append(forms, f)
		}
		f.surfaces[cleanSurface(typ, m.Text)]++
		f.mentions = append(f.mentions, m)
	}
	// Longest first: longer names are the anchors shorter ones attach to.
	sort.Slice(forms, func(i, j int) bool {
		if a, b := len(forms[i].norm), len(forms[j].norm); a != b {
			return a > b
		}
		return forms[i].norm < forms[j].norm
	})
	uf := newUnionFind(len(forms))
	pos := make(map[string]int, len(forms))
	for i, f := range forms {
		pos[f.norm] = i
	}
	// Defined terms and linked citations: a mention that refers to another
	// name ("Borrower" to "Quillfeather Capital Partners LLC", "988 F.3d 8"
	// to "Smith v. Jones") joins that name's group.
	// Two mentions that refer to one name are one entity even when that
	// name is not itself mentioned.
	referred := map[string]int{}
	for i, f := range forms {
		for _, m := range f.mentions {
			if m.Refers == "" {
				continue
			}
			r := Normalize(typ, m.Refers)
			if d, ok := decision[m.ID]; ok {
				r += " #" + d
			}
			if j, ok := pos[r]; ok {
				uf.union(i, j)
			}
			if j, ok := referred[r]; ok {
				uf.union(i, j)
			} else {
				referred[r] = i
			}
		}
	}
	if typ == extract.TypeCase {
		shortDockets(forms, uf)
	}
	if typ == extract.TypeOrg {
		bareStates(forms, uf)
	}
	// Variants of comparable names. Two names can only be variants when
	// they have the same words count, the same numbers and the same first
	// letter in every word, so only names in one such block are compared,
	// each with at most variantWindow earlier ones: near-linear however
	// many names there are.
	blocks := map[string][]int{}
	for i, f := range forms {
		k := blockKey(f)
		for _, j := range tail(blocks[k], variantWindow) {
			if s.variants(typ, forms[j], f) {
				uf.union(j, i)
			}
		}
		blocks[k] = append(blocks[k], i)
	}
	// "Illinois Cent. R. Co." beside "Illinois Central Railroad Company":
	// an organisation's or a case's name written with abbreviated words is
	// the one name of the document that spells them out (several such
	// names, "Central" and "Century", leave it alone).
	if typ == extract.TypeOrg || typ == extract.TypeCase {
		for i, f := range forms {
			groups := map[int]bool{}
			for _, j := range tail(blocks[blockKey(f)], variantWindow) {
				if j != i && abbreviationOf(f, forms[j]) {
					groups[uf.find(j)] = true
				}
			}
			joinOne(uf, groups, i)
		}
	}
	// A short name joins the one group of longer names that contains it or
	// whose acronym it is; if it fits several groups it is ambiguous
	// ("Smith" beside "John Smith" and "Jane Smith") and stays alone.
	// Candidates come from an index of the longer names by word (the
	// short name's rarest word) and by acronym; a word shared by more than
	// containWindow longer names is too common to decide, so the cost per
	// name is bounded.
	family := map[int]bool{} // surnames no one person of their family is named by (forms' indices)
	byWord := map[string][]int{}
	byAcronym := map[string][]int{}
	byInitials := map[string][]int{}
	for j, f := range forms {
		groups := map[int]bool{}
		var cands []int
		if len(f.tokens) == 1 {
			cands = append(cands, byAcronym[f.norm]...)
			if len(cands) == 0 { // a service's or an agency's initials of its name without the country
				cands = append(cands, byInitials[f.norm]...)
			}
		}
		// The rarest word that a longer name has: a word none has (an
		// abbreviation, "gen" of "general") finds no candidate. The
		// country's initials are no name's word to look by: "U.S.
		// Department of State" is "United States Department of State",
		// which has no "us" ("U.S. Department of Justice" may).
		rare := ""
		for _, t := range f.tokens {
			if t == "us" && len(f.tokens) > 1 {
				continue
			}
			// "A. Anderson": a person's initial is no word to look by
			// (initialledOf); the surname is.
			if typ == extract.TypePerson && len(f.tokens) > 1 && utf8.RuneCountInString(t) <= 2 {
				continue
			}
			if n := len(byWord[t]); n > 0 && (rare == "" || n < len(byWord[rare])) {
				rare = t
			}
		}
		if rare != "" && len(byWord[rare]) <= containWindow {
			cands = append(cands, byWord[rare]...)
		}
		// "Supreme Court": every supreme court, so that it joins one
		// only where the document names one.
		if typ == extract.TypeCourt && f.norm == "supreme court" && rare != "supreme" {
			cands = append(cands, tail(byWord["supreme"], containWindow)...)
		}
		var within []int // the longer names that contain this one
		for _, i := range cands {
			if len(forms[i].norm) > len(f.norm) && contains(typ, forms[i], f) {
				groups[uf.find(i)] = true
				within = append(within, i)
			}
		}
		if len(groups) > 1 && typ == extract.TypePerson && len(f.tokens) == 1 {
			groups = surnameGroup(forms, within, f.tokens[0], uf)
			// "Finch v. Inspectech, LLC" beside "David F. Finch and
			// Shirley R. Finch": a surname that only case names write,
			// of a family the document names several of, is the
			// family's, no one person's.
			family[j] = len(groups) > 1 && !slices.ContainsFunc(f.mentions, func(m extract.Mention) bool { return !inCase(m) })
		}
		joinOne(uf, groups, j)
		seen := map[string]bool{}
		for _, t := range f.tokens {
			if !seen[t] {
				seen[t] = true
				byWord[t] = append(byWord[t], j)
			}
		}
		if a := acronymOf(f.tokens); a != "" {
			byAcronym[a] = append(byAcronym[a], j)
		}
		if typ == extract.TypeOrg { // "USMC" of "Marine Corps", "DOL" of "Department of Labor"
			for a, b := range knownInitials {
				if serviceName(f.norm, b) {
					byInitials[a] = append(byInitials[a], j)
				}
			}
		}
		if typ == extract.TypeLaw { // "WARN Act" of "Worker Adjustment and Retraining Notification Act"
			if a := actAcronym(f.tokens); a != "" {
				byAcronym[a] = append(byAcronym[a], j)
			}
		}
	}
	// "U.S. District Court" in a news story beside "U.S. District Court
	// for the District of Oregon": a federal trial court by its kind alone
	// is the one federal district court the document names, and its forms
	// ("federal district court") are one court where it names none.
	if typ == extract.TypeCourt {
		groups := map[int]bool{}
		var bare []int
		for i, f := range forms {
			if federalDistrictKind[f.norm] {
				bare = append(bare, i)
			} else if federalDistrict(f.norm) {
				groups[uf.find(i)] = true
			}
		}
		if len(groups) <= 1 {
			for g := range groups {
				bare = append(bare, g)
			}
			for _, i := range bare[min(1, len(bare)):] {
				uf.union(bare[0], i)
			}
		}
	}
	// A day and month without the year ("March 18") is the document's one
	// full date of that day, if there is exactly one.
	if typ == extract.TypeDate {
		byDay := map[string][]int{}
		for i, f := range forms {
			if len(f.norm) == 10 && f.norm[4] == '-' {
				byDay[f.norm[4:]] = append(byDay[f.norm[4:]], i)
			}
		}
		for i, f := range forms {
			if strings.HasPrefix(f.norm, "--") {
				if full := byDay[f.norm[1:]]; len(full) == 1 {
					uf.union(full[0], i)
				}
			}
		}
	}
	// "section 406(b)(1)" after "42 U.S.C. 406(b)(1)": a section cited
	// without its code is the one code's citation that ends with it (the
	// containment above goes from longer to shorter names, and "section"
	// makes this one the longer).
	if typ == extract.TypeLaw {
		byLast := map[string][]int{}
		for i, f := range forms {
			if n := len(f.tokens); n > 1 && f.tokens[0] != "section" {
				byLast[f.tokens[n-1]] = append(byLast[f.tokens[n-1]], i)
			}
		}
		for i, f := range forms {
			if len(f.tokens) < 2 || f.tokens[0] != "section" {
				continue
			}
			groups := map[int]bool{}
			for _, j := range tail(byLast[f.tokens[len(f.tokens)-1]], containWindow) {
				if codeSection(forms[j].tokens, f.tokens[1:]) {
					groups[uf.find(j)] = true
				}
			}
			joinOne(uf, groups, i)
		}
	}
	// "Title VII" alone is the title the document names with its Act
	// ("Title VII of the Civil Rights Act of 1964"), if it names one.
	if typ == extract.TypeLaw {
		byTitle := map[string][]int{}
		for i, f := range forms {
			if len(f.tokens) > 3 && f.tokens[0] == "title" && f.tokens[2] == "of" {
				byTitle[f.tokens[1]] = append(byTitle[f.tokens[1]], i)
			}
		}
		for i, f := range forms {
			if len(f.tokens) != 2 || f.tokens[0] != "title" {
				continue
			}
			groups := map[int]bool{}
			for _, j := range byTitle[f.tokens[1]] {
				groups[uf.find(j)] = true
			}
			joinOne(uf, groups, i)
		}
	}
	// A state's postal code ("TX" of "Richardson, TX") or its citation
	// abbreviation ("Tex." of "Dallas, Tex.") is the state the document
	// names in full ("Texas"), unless a city has the state's name ("New
	// York, NY", "Washington", the capital).
	if typ == extract.TypeLocation {
		for i, f := range forms {
			st, ok := extract.PostalStates[strings.ToUpper(f.norm)]
			if !ok {
				st, ok = extract.CitationStates[strings.ReplaceAll(f.norm, " ", "")]
			}
			if ok && st != "new york" && st != "washington" {
				if j, ok := pos[st]; ok {
					uf.union(j, i)
				}
			}
		}
	}
	clusters := map[int][]*form{}
	var roots []int
	for i := range forms {
		r := uf.find(i)
		if _, ok := clusters[r]; !ok {
			roots = append(roots, r)
		}
		clusters[r] = append(clusters[r], forms[i])
	}
	out := make([]Entity, 0, len(roots))
	for _, r := range roots {
		if len(clusters[r]) == 1 && family[r] {
			continue
		}
		out = append(out, entity(typ, clusters[r]))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// joinOne joins form i to the one group of groups, if there is exactly
// one: a name that fits several groups is ambiguous and stays alone.
func joinOne(uf unionFind, groups map[int]bool, i int) {
	if len(groups) != 1 {
		return
	}
	for g := range groups {
		uf.union(g, i)
	}
}

// legalSplits returns the organisations' names that the document writes
// with two legal forms ("Nutrition 21, LLC" and "Nutrition 21, Inc."):
// normalised, each with the form it names first. Such names are two
// companies, which the suffixes Normalize drops would make one.
// shortDockets joins a docket number written short, its year and its
// number without the office or the kind of case ("Civ. No. 10-758",
// "14-1373"), to the one federal docket number of the document with that
// year and number ("0:10-cv-00758-RHK-JJK", "0:2014cv01373"): a district
// court's caption and its running head write one case's number both
// ways. Where two federal numbers share the year and the number (a civil
// and a criminal case), the short one stays alone.
func shortDockets(forms []*form, uf unionFind) {
	federal := map[string][]int{}
	for i, f := range forms {
		if t := f.tokens; len(t) == 4 && t[0] == "docket" && federalKinds[t[2]] {
			federal[t[1]+" "+t[3]] = append(federal[t[1]+" "+t[3]], i)
		}
	}
	if len(federal) == 0 {
		return
	}
	for i, f := range forms {
		if t := f.tokens; len(t) == 2 && len(t[0]) == 2 && allDigits(t[0]) && allDigits(t[1]) {
			if js := federal[f.norm]; len(js) == 1 {
				uf.union(js[0], i)
			}
		}
	}
}

// bareStates joins "the State" or "the Commonwealth" as a litigant, a
// caption's "State v. Carter", to the one state of that kind the document
// names ("State of Maryland", "People of the State of Illinois",
// "Commonwealth of Virginia"): the word is generic and joins nothing
// else; beside two states, or none, it stays alone.
func bareStates(forms []*form, uf unionFind) {
	kinds := map[string][]int{}
	for i, f := range forms {
		t := f.tokens
		j := 0
		if len(t) > 2 && t[0] == "people" && t[1] == "of" {
			j = 2 // "the" is no token
		}
		if j+2 < len(t) && (t[j] == "state" || t[j] == "commonwealth") && t[j+1] == "of" {
			kinds[t[j]] = append(kinds[t[j]], i)
		}
	}
	for i, f := range forms {
		if js := kinds[f.norm]; len(js) == 1 {
			uf.union(js[0], i)
		}
	}
}

func legalSplits(typ string, ms []extract.Mention) map[string]string {
	if typ != extract.TypeOrg {
		return nil
	}
	first := map[string]string{}
	var out map[string]string
	for _, m := range ms {
		c := legalClass(m.Text)
		if c == "" {
			continue
		}
		n := Normalize(typ, m.Text)
		if f, ok := first[n]; !ok {
			first[n] = c
		} else if f != c {
			if out == nil {
				out = map[string]string{}
			}
			out[n] = f
		}
	}
	return out
}

// variantWindow and containWindow bound the comparisons per name (see
// resolveType).
const (
	variantWindow = 32
	containWindow = 64
)

// blockKey groups names that could be variants: word count, numbers and
// each word's first letter.
func blockKey(f *form) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(f.tokens)))
	b.WriteByte('|')
	b.WriteString(digits(f.tokens))
	b.WriteByte('|')
	for _, t := range f.tokens {
		r, _ := utf8.DecodeRuneInString(t)
		b.WriteRune(r)
	}
	return b.String()
}

func tail(xs []int, n int) []int {
	if len(xs) > n {
		return xs[len(xs)-n:]
	}
	return xs
}

// signed reports whether an amount starts with a currency sign.
func signed(amount string) bool {
	i := strings.IndexAny(amount, "$€£¥")
	return i >= 0 && i < strings.IndexAny(amount, "0123456789")
}

// listCite is a list's plural sign or word before its first provision (the
// surface forms of normalize.go's pluralUnits and "§§"):
// "§§ 2201", "Sections 10(b)", "Rules 8".
var listCite = regexp.MustCompile(`(?:§§|\b(?:[Ss]ections|SECTIONS|[Rr]ules|RULES|[Aa]rticles|ARTICLES))[ \t]*\d`)

// entity builds the canonical entity of a cluster: the longest surface name
// (a person's given name first; ties: mixed case over all capitals, then
// the most frequent, then alphabetical), every other surface as an alias,
// mentions in text order.
func entity(typ string, fs []*form) Entity {
	counts := map[string]int{}
	var ms []extract.Mention
	// named: the surfaces the text writes as a name, not only as a term
	// it defines for the entity ("CIBC Bank", not "Documentation Agent").
	named := map[string]bool{}
	for _, f := range fs {
		for sfc, n := range f.surfaces {
			counts[sfc] += n
		}
		for _, m := range f.mentions {
			if m.Source != extract.SourceDefined {
				named[cleanSurface(typ, m.Text)] = true
			}
			// A law is named by the name its mentions refer to where
			// the text writes that name only inside a longer one: a
			// provision listed by its number alone by its whole
			// citation ("18 U.S.C. § 111(b)", not "(b)"), an Act's
			// citation after one of its sections by the Act's name.
			if typ == extract.TypeLaw && m.Refers != "" {
				r := cleanSurface(typ, m.Refers)
				if _, ok := counts[r]; !ok {
					counts[r] = 0
				}
				named[r] = true
			}
		}
		ms = append(ms, f.mentions...)
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	// listed: a law's names written as a list's head, each read once.
	listed := map[string]bool{}
	if typ == extract.TypeLaw {
		for _, n := range names {
			listed[n] = listCite.MatchString(n)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		// A case is named by its parties, not by its citation or docket.
		if typ == extract.TypeCase {
			if ca, cb := extract.IsCaseName(a), extract.IsCaseName(b); ca != cb {
				return ca
			}
		}
		// An amount is written with its currency's sign ("$61,250.00", not
		// "61,250.00 dollars").
		if typ == extract.TypeMoney {
			if sa, sb := signed(a), signed(b); sa != sb {
				return sa
			}
		}
		if na, nb := named[a], named[b]; na != nb {
			return na
		}
		// A provision is named as it is cited alone ("28 U.S.C. § 2201"),
		// not as the head of a list ("28 U.S.C. §§ 2201").
		if la, lb := listed[a], listed[b]; la != lb {
			return lb
		}
		// A person is named given name first ("Robert Smith", not a mail
		// header's "Smith, Robert").
		if typ == extract.TypePerson {
			if ia, ib := givenFirst(a) != a, givenFirst(b) != b; ia != ib {
				return ib
			}
		}
		if la, lb := len([]rune(a)), len([]rune(b)); la != lb {
			return la > lb
		}
		if ma, mb := mixedCase(a), mixedCase(b); ma != mb {
			return ma
		}
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	// A lawyer writes a name in mixed case: the caption's capitals give way
	// to the body's spelling when that is about as complete (four fifths
	// of the longest form or more), a name's spelling, not a term the text
	// defines for it ("JANE DOE", not "Plaintiff").
	canonical := names[0]
	longest := len([]rune(canonical))
	if typ != extract.TypeMoney && !mixedCase(canonical) {
		for _, n := range names[1:] {
			if mixedCase(n) && 5*len([]rune(n)) >= 4*longest && named[n] == named[canonical] {
				canonical = n
				break
			}
		}
	}
	var aliases []string
	for _, n := range names {
		if n != canonical {
			aliases = append(aliases, n)
		}
	}
	sort.Strings(aliases)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].ID < ms[j].ID
	})
	ids := make([]string, 0, len(ms))
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.ID] {
			seen[m.ID] = true
			ids = append(ids, m.ID)
		}
	}
	// The key of the canonical name's form: its normalised name, with the
	// legal form when the document has two companies of that name
	// (legalSplits).
	key := Normalize(typ, canonical)
	for _, f := range fs {
		if f.surfaces[canonical] > 0 {
			key = f.norm
			break
		}
	}
	return Entity{
		ID:         keyID(typ, key),
		Type:       typ,
		Name:       canonical,
		Aliases:    aliases,
		MentionIDs: ids,
	}
}

// EntityID is the id of the entity of type typ named name: a hash of the
// type and the normalised name, the same in every document.
func EntityID(typ, name string) string {
	return keyID(typ, Normalize(typ, name))
}

// keyID is the id of the entity of type typ whose normalised name is key.
func keyID(typ, key string) string {
	h := sha256.Sum256([]byte("entity\x00" + typ + "\x00" + key))
	return hex.EncodeToString(h[:16])
}

// surnameGroup narrows the groups of the longer people's names in
// within (indices into forms) that a surname alone, word, would join:
// those whose name ends with it ("Obama" is "Barack Obama", not "Obama
// Run"), and of those, when the family has several, the one a caption
// writes in capitals, or with the surname in capitals, the party its case
// is named for ("Rosolowski" is "GREG ROSOLOWSKI", not "Mark Rosolowski";
// "Oglesby" is "Chester OGLESBY"). It returns the groups left,
// more than one when that does not decide.
func surnameGroup(forms []*form, within []int, word string, uf unionFind) map[int]bool {
	last, caps := map[int]bool{}, map[int]bool{}
	for _, i := range within {
		f := forms[i]
		if f.tokens[len(f.tokens)-1] != word {
			continue
		}
		g := uf.find(i)
		last[g] = true
		for sfc := range f.surfaces {
			if !mixedCase(sfc) || capsSurname(sfc) {
				caps[g] = true
			}
		}
	}
	if len(last) == 1 {
		return last
	}
	if len(caps) == 1 {
		return caps
	}
	return last
}

// capsSurname reports whether a person's name is written with its
// surname alone in capitals, as a caption writes its party ("Chester
// OGLESBY"): the last word of three letters or more but a generational
// suffix or "Esq." after it, the words before it in mixed case.
func capsSurname(name string) bool {
	ws := strings.Fields(name)
	for len(ws) > 2 && personSuffixes[strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))] {
		ws = ws[:len(ws)-1] // "Robert Oglesby III", "John Smith, ESQ."
	}
	if len(ws) < 2 {
		return false
	}
	last := strings.TrimRight(ws[len(ws)-1], ".,")
	return utf8.RuneCountInString(last) >= 3 && last == strings.ToUpper(last) && last != strings.ToLower(last) && mixedCase(name)
}

// mixedCase reports whether a name is written in mixed case rather than
// capitals: at least a third of the letters of its words of three letters
// or more are lower case ("ACME INC. v. GLOBEX" is capitals despite its
// "v"; "28 U.S.C. § 1292(a)(1)" has no such word and is as it should be).
func mixedCase(s string) bool {
	// Only words of three letters or more count: an abbreviation's
	// capitals ("U.S.C.", "(a)") are how it is written in any case.
	lower, letters := 0, 0
	run, runLower := 0, 0
	flush := func() {
		if run >= 3 {
			letters += run
			lower += runLower
		}
		run, runLower = 0, 0
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		run++
		if unicode.IsLower(r) {
			runLower++
		}
	}
	flush()
	return letters == 0 || 3*lower >= letters
}

// designation is a party's role in a caption ("ACME LLC, Plaintiff, v.
// …", California's "Plaintiff and Appellant", a web copy's "CATHERINE
// ROBERSON , APPELLANT , V.", a board's "MARIA LOPEZ, Applicant, vs."),
// which the case's name leaves out.
var designation = regexp.MustCompile(`(?i)(?:\s?,)?\s*\b` + extract.CaptionRole + `(?:(?:[-–, ]+|\s+and\s+)(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|cross-appellants?|cross-appellees?))*(?:/(?:wife|husband|father|mother))?\b(?:\s*\((?:plaintiffs?|defendants?|petitioners?|respondents?)\))?(?:\s?,)?`)

// dashedVersus is a caption's "v." written between dashes ("Jesse L.
// Payne, Appellant (Defendant), –v– State of Indiana") or as a word
// ("STATE OF LOUISIANA VERSUS JOSHUA DAVID EVANS"), which the case's name
// writes "v.".
var dashedVersus = regexp.MustCompile(` (?:-v-|–v–|—v—|VERSUS|[Vv]ersus) `)

// etAlBeforeVersus is a caption's first side's "et al." before its "v.",
// which a case's name leaves out: "MICHAEL D. SMIGIEL, SR., et al. v.
// PETER FRANCHOT" is "MICHAEL D. SMIGIEL, SR. v. PETER FRANCHOT".
var etAlBeforeVersus = regexp.MustCompile(`(?i),?\s+et\s+al\.?,?\s+v\.\s+`)

// footnoteMark is a footnote's number glued to a caption party's comma
// (an EEOC decision's "Tamika M.,1 Complainant, v. …"), no part of the
// case's name.
var footnoteMark = regexp.MustCompile(`,\d\s`)

// inReColon is a bankruptcy caption's "In re:", whose colon the case's
// name leaves out; group 1 is "In re".
var inReColon = regexp.MustCompile(`^((?i:in)\s+(?i:re)):`)

// classCapacity is a class action's description of its representative
// party in a caption ("MARCUS ALLEN THORNBURY, JR., individually and on
// behalf of all others similarly situated, Plaintiff, v. …") or a party's
// description ("MARIA GONZALEZ, an individual, Plaintiff, v. …", "NAVAJO
// NATION, a federally recognized Indian tribe,"), which the case's name
// leaves out as it does the role.
var classCapacity = regexp.MustCompile(`(?i),\s*(?:(?:individually|on\s+behalf)\b[^,]*(?:situated|class|themselves|itself|himself|herself)|an?\s+(?:[a-z]+\s+){0,4}(?:individual|corporation|company|partnership|entity|association|trust|municipality|minor|tribe|nation))\b,?`)

// officialCapacity is an official's office after a party's name in a
// caption, up to its comma ("JOHN SMITH, WARDEN OF THE STATE PRISON,",
// "…, in his official capacity as Secretary of Health,"), which the case's
// name leaves out as it does the role.
var officialCapacity = regexp.MustCompile(`,\s*(?:(?i:in\s+(?:his|her|its|their)\s+official\s+capacit(?:y|ies))[^,]*|` + extract.OfficialDescription + `[^,]*),`)

// cleanSurface is the display form of a mention: a name broken over lines
// by the PDF layout joined again, a possessive dropped ("Hill's" names
// Hill), and a case name without its caption's role designations and a
// class action's description of its party (classCapacity).
func cleanSurface(typ, s string) string {
	if typ == extract.TypeCase && strings.Contains(s, "\n") {
		// "In re:      Chapter 11" / "ACME, INC.": another column's
		// words beside a stacked caption's line are not its name's, nor
		// are those under its "-against-" (before a line break after a
		// hyphen joins the lines).
		s = extract.WithoutColumns(s)
	}
	// "CIV-07-" / "0045-HE": a line break after a hyphen joins the word.
	s = hyphenBreak.ReplaceAllString(againstBreak.ReplaceAllString(s, "$1 "), "$1")
	s = strings.Join(strings.Fields(s), " ")
	if typ == extract.TypeCase {
		s = inReColon.ReplaceAllString(s, "$1") // "In re: BLUE SKY AIRWAYS, INC."
	}
	if typ == extract.TypeCase && (strings.Contains(s, " v") || strings.Contains(s, " V") || strings.Contains(s, "-against-") || dashedVersus.MatchString(s) || matterOf(s)) {
		s = footnoteMark.ReplaceAllString(s, ", ")
		s = classCapacity.ReplaceAllString(s, ",")
		s = officialCapacity.ReplaceAllString(s, ",")
		s = strings.Join(strings.Fields(designation.ReplaceAllString(s, " ")), " ")
		s = dashedVersus.ReplaceAllString(s, " v. ")
		s = etAlBeforeVersus.ReplaceAllString(s, " v. ")
	}
	if typ != extract.TypeCase && typ != extract.TypeLaw {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	}
	return s
}

// matterOf reports whether a case is named as a proceeding "In the Matter
// of" its party or parties, or "In re the Marriage of" two spouses, whose
// roles the name leaves out as a caption's ("… KESTREL AEROSPACE
// COMPONENTS, INC., Claimant, and PALOMAR …", "…, Petitioner/Wife, and
// …").
func matterOf(s string) bool {
	l := strings.ToLower(s[:min(len(s), 24)])
	return strings.HasPrefix(l, "in the matter of") || strings.HasPrefix(l, "in re the marriage of")
}

// hyphenBreak is a line break after a hyphen or a dash inside a word, with
// the spaces around it; group 1 is the hyphen.
var hyphenBreak = regexp.MustCompile(`([-–])[ \t]*\n[ \t]*`)

// againstBreak is New York's "-against-" at a line's end, a word of its
// own, which hyphenBreak would join to the next line's.
var againstBreak = regexp.MustCompile(`(-against-|–against–)[ \t]*\n`)

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union keeps the smaller index as root, so roots are the longest names and
// the result does not depend on the order of unions.
func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u[rb] = ra
	} else {
		u[ra] = rb
	}
}

var levenshtein = metrics.NewLevenshtein()

// similarity is the Levenshtein similarity ratio of a and b in 0..1.
func similarity(a, b string) float64 {
	return strutil.Similarity(a, b, levenshtein)
}
