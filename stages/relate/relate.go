// Package relate builds the edges of the knowledge graph for one document:
// the structure (chunks belong to the document and follow each other,
// contain mentions, mentions belong to entities), co-occurrence of entities
// in chunks, and the relations the text states in fixed legal forms: the
// parties of "X v. Y" oppose each other; the parties named in the caption
// (or as "X, Plaintiff-Appellant") are PARTY_TO the document's own case,
// which is FILED_IN the court the caption names; "Before:" lines and
// "X, Circuit Judge" make JUDGE_IN; "X, represented by Y", "Y, counsel for
// X", a law firm's letter's "This firm represents X" and signature blocks'
// "Attorneys for Appellant" make REPRESENTS; and
// "Judge X of the Y Court" places a judge on a court. Every rule reads
// only the text next to a match, and the mention lookups are binary
// searches, so the stage is n log n in the mentions and linear in the text.
package relate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/resolve"
)

// Algorithm is the version of the relation rules.
const Algorithm = "relate/v8"

// Config tunes the edges. Zero means default.
type Config struct {
	// MinCoOccurrence is the fewest chunks two entities must share for a
	// CO_OCCURS edge (default 1).
	MinCoOccurrence int `env:"MIN_CO_OCCURRENCE"`
}

// Stage is the relate stage. It is safe for concurrent use.
type Stage struct {
	minCo int
	fp    string
}

var _ stages.Stage[Input, Result] = (*Stage)(nil)

// New returns a relate stage.
func New(cfg Config) *Stage {
	if cfg.MinCoOccurrence <= 0 {
		cfg.MinCoOccurrence = 1
	}
	return &Stage{minCo: cfg.MinCoOccurrence, fp: fmt.Sprintf("%s min_co=%d", Algorithm, cfg.MinCoOccurrence)}
}

// Name returns "relate".
func (s *Stage) Name() string { return "relate" }

// Fingerprint names the rule version and the co-occurrence threshold.
func (s *Stage) Fingerprint() string { return s.fp }

// RelationshipID is the id of an edge: a hash of its type and endpoints, so
// the same edge is the same row however often it is derived.
func RelationshipID(typ, from, to string) string {
	h := sha256.Sum256([]byte("rel\x00" + typ + "\x00" + from + "\x00" + to))
	return hex.EncodeToString(h[:16])
}

// builder collects edges without duplicates.
type builder struct {
	edges map[string]*Relationship
}

// add records an edge, or adds weight to it if it is already there (the
// first evidence is kept).
func (b *builder) add(typ, from, to string, weight float64, evidence string) {
	if from == "" || to == "" || from == to {
		return
	}
	id := RelationshipID(typ, from, to)
	if e, ok := b.edges[id]; ok {
		e.Weight += weight
		return
	}
	b.edges[id] = &Relationship{ID: id, Type: typ, From: from, To: to, Weight: weight, Evidence: evidence}
}

func (b *builder) has(typ, from, to string) bool {
	_, ok := b.edges[RelationshipID(typ, from, to)]
	return ok
}

// Process builds the relationships, sorted by type, from, to. The output is
// a function of the input alone: running twice gives identical results.
func (s *Stage) Process(ctx context.Context, in Input) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("relate: %w", err)
	}
	if in.DocID == "" {
		return Result{}, stages.Permanent("relate: no document id", nil)
	}
	b := &builder{edges: map[string]*Relationship{}}
	chunks := in.Chunks.Chunks
	for i, c := range chunks {
		b.add(BelongsTo, c.ID, in.DocID, 1, "")
		if i+1 < len(chunks) {
			b.add(NextChunk, c.ID, chunks[i+1].ID, 1, "")
		}
	}
	entityOf := map[string]string{} // mention id → entity id
	for _, e := range in.Entities.Entities {
		for _, m := range e.MentionIDs {
			entityOf[m] = e.ID
		}
	}
	ms := append([]extract.Mention(nil), in.Mentions.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	for _, m := range ms {
		b.add(ContainsMention, m.ChunkID, m.ID, 1, "")
		b.add(MemberOf, m.ID, entityOf[m.ID], 1, m.ChunkID)
	}
	s.coOccurs(b, in, ms, entityOf)
	text := []rune(in.Text)
	if len(text) == 0 {
		text = rebuild(in)
	}
	idx := newMentionIndex(ms, entityOf, in)
	opposes(b, ms, idx, text)
	// The representation rules match on the text as a string; its byte
	// offsets map to the mentions' rune offsets.
	str := in.Text
	if str == "" {
		str = string(text)
	}
	toRune := runeOffsets(str)
	represented(b, idx, str, toRune)
	firmRepresents(b, idx, in.Entities.Entities, str, toRune)
	judges(b, idx, text)
	caseRoles(b, ms, idx, text)

	out := Result{Relationships: make([]Relationship, 0, len(b.edges))}
	for _, e := range b.edges {
		out.Relationships = append(out.Relationships, *e)
	}
	sort.Slice(out.Relationships, func(i, j int) bool {
		a, c := out.Relationships[i], out.Relationships[j]
		if a.Type != c.Type {
			return a.Type < c.Type
		}
		if a.From != c.From {
			return a.From < c.From
		}
		return a.To < c.To
	})
	return out, nil
}

// maxCoOccurring caps the entities of one chunk that CO_OCCURS pairs up:
// a real chunk names far fewer, and the cap keeps a chunk of a thousand
// one-letter names from costing a million pairs.
const maxCoOccurring = 64

// coOccurs links every pair of entities that share a chunk, weighted by the
// number of chunks they share. A mention counts for every chunk whose range
// holds it, since chunks overlap and extract kept only one copy. The edge is
// undirected and emitted once, from the smaller id to the larger.
func (s *Stage) coOccurs(b *builder, in Input, ms []extract.Mention, entityOf map[string]string) {
	pairs := map[[2]string]int{}
	evidence := map[[2]string]string{}
	j := 0
	for _, c := range in.Chunks.Chunks {
		seen := map[string]bool{}
		var ents []string
		// Mentions are sorted by start; skip those ending before the chunk.
		for j < len(ms) && ms[j].End <= c.Start {
			j++
		}
		for k := j; k < len(ms) && ms[k].Start < c.End; k++ {
			m := ms[k]
			e := entityOf[m.ID]
			if e == "" || m.Start < c.Start || m.End > c.End || seen[e] {
				continue
			}
			seen[e] = true
			ents = append(ents, e)
		}
		if len(ents) > maxCoOccurring {
			ents = ents[:maxCoOccurring] // the first ones in text order
		}
		sort.Strings(ents)
		for x := 0; x < len(ents); x++ {
			for y := x + 1; y < len(ents); y++ {
				p := [2]string{ents[x], ents[y]}
				if pairs[p] == 0 {
					evidence[p] = c.ID
				}
				pairs[p]++
			}
		}
	}
	for p, n := range pairs {
		if n >= s.minCo {
			b.add(CoOccurs, p[0], p[1], float64(n), evidence[p])
		}
	}
}

// rebuild lays the chunks' text at their offsets; gaps between chunks
// (white space between sentences) stay blank.
func rebuild(in Input) []rune {
	n := 0
	for _, c := range in.Chunks.Chunks {
		n = max(n, c.End)
	}
	text := []rune(strings.Repeat(" ", n))
	for _, c := range in.Chunks.Chunks {
		copy(text[c.Start:], []rune(c.Text))
	}
	return text
}

// mentionIndex finds the entity-bearing mentions next to a text position.
type mentionIndex struct {
	ms       []extract.Mention // non-CASE mentions with an entity, by start
	entityOf map[string]string
	types    map[string]string // entity id → type
}

func newMentionIndex(ms []extract.Mention, entityOf map[string]string, in Input) *mentionIndex {
	idx := &mentionIndex{entityOf: entityOf, types: map[string]string{}}
	for _, e := range in.Entities.Entities {
		idx.types[e.ID] = e.Type
	}
	for _, m := range ms {
		if m.Type != extract.TypeCase && entityOf[m.ID] != "" {
			idx.ms = append(idx.ms, m)
		}
	}
	return idx
}

// endingNear returns the last mention of one of types ending in
// [pos-slack, pos]. Mentions are sorted by start and do not overlap within
// their layer, so only those starting in [pos-slack-maxLen, pos] can end
// there; maxLen bounds a name's length.
func (x *mentionIndex) endingNear(pos, slack int, types ...string) (extract.Mention, bool) {
	var best extract.Mention
	found := false
	lo := x.firstStartingAt(pos - slack - maxMention)
	for _, m := range x.ms[lo:] {
		if m.Start > pos {
			break
		}
		if m.End <= pos && m.End >= pos-slack && oneOf(m.Type, types) && (!found || m.End > best.End) {
			best, found = m, true
		}
	}
	return best, found
}

// maxMention is the longest name (in runes) the lookups consider.
const maxMention = 200

// firstStartingAt returns the index of the first mention starting at or
// after pos.
func (x *mentionIndex) firstStartingAt(pos int) int {
	return sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Start >= pos })
}

// startingNear returns the first mention of one of types starting in
// [pos, pos+slack].
func (x *mentionIndex) startingNear(pos, slack int, types ...string) (extract.Mention, bool) {
	for _, m := range x.ms[x.firstStartingAt(pos):] {
		if m.Start > pos+slack {
			break
		}
		if oneOf(m.Type, types) {
			return m, true
		}
	}
	return extract.Mention{}, false
}

// within returns the mentions of one of types lying inside [from, to).
func (x *mentionIndex) within(from, to int, types ...string) []extract.Mention {
	var out []extract.Mention
	for _, m := range x.ms[x.firstStartingAt(from):] {
		if m.Start >= to {
			break
		}
		if m.End <= to && oneOf(m.Type, types) {
			out = append(out, m)
		}
	}
	return out
}

func oneOf(t string, ts []string) bool {
	for _, x := range ts {
		if t == x {
			return true
		}
	}
	return false
}

var versus = regexp.MustCompile(`\s(?:v|vs|V|VS)\.\s`)

// opposes links the parties of each "X v. Y" case mention: the party
// mentions extract nested inside the case name, split at the "v.". The edge
// goes from the first-named party to the second; a caption repeated in the
// other order adds weight to the existing edge instead of a reverse one.
func opposes(b *builder, ms []extract.Mention, idx *mentionIndex, text []rune) {
	for _, c := range ms {
		if c.Type != extract.TypeCase || c.End > len(text) {
			continue
		}
		loc := versus.FindStringIndex(string(text[c.Start:c.End]))
		if loc == nil {
			continue
		}
		split := c.Start + len([]rune(string(text[c.Start:c.End])[:loc[0]]))
		var left, right []string
		for _, m := range idx.within(c.Start, c.End, parties...) {
			if e := idx.entityOf[m.ID]; m.End <= split {
				left = append(left, e)
			} else if m.Start > split {
				right = append(right, e)
			}
		}
		for _, l := range left {
			for _, r := range right {
				if l == r {
					continue
				}
				if b.has(Opposes, r, l) {
					b.add(Opposes, r, l, 1, c.ChunkID)
					continue
				}
				b.add(Opposes, l, r, 1, c.ChunkID)
			}
		}
	}
}

var (
	representedBy = regexp.MustCompile(`,?\s+(?:is\s+|was\s+|are\s+|were\s+)?represented\s+by\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+|(?:Judge|Attorney|Counsel)\s+)?`)
	counselFor    = regexp.MustCompile(`,?\s+(?:(?:lead|trial|plea|appellate)\s+)?(?:counsel|attorneys?|lawyers?)\s+for\s+(?:the\s+)?`)
	judgeOf       = regexp.MustCompile(`\s+of\s+(?:the\s+)?`)
	judgeTitle    = regexp.MustCompile(`(?:Judge|JUDGE|Justice|JUSTICE)\s+$`)
)

var parties = []string{extract.TypePerson, extract.TypeOrg, extract.TypeLocation}

// represented finds "X, represented by Y" and "Y, counsel for X" in the
// text s (toRune maps its byte offsets to rune offsets): a REPRESENTS edge
// from the representative Y to the party X.
func represented(b *builder, idx *mentionIndex, s string, toRune []int) {
	for _, loc := range representedBy.FindAllStringIndex(s, -1) {
		x, ok1 := idx.endingNear(toRune[loc[0]], 2, parties...)
		y, ok2 := idx.startingNear(toRune[loc[1]], 2, extract.TypePerson, extract.TypeOrg)
		if ok1 && ok2 {
			b.add(Represents, idx.entityOf[y.ID], idx.entityOf[x.ID], 1, x.ChunkID)
		}
	}
	for _, loc := range counselFor.FindAllStringIndex(s, -1) {
		y, ok1 := idx.endingNear(toRune[loc[0]], 2, extract.TypePerson, extract.TypeOrg)
		x, ok2 := idx.startingNear(toRune[loc[1]], 2, parties...)
		if ok1 && ok2 {
			b.add(Represents, idx.entityOf[y.ID], idx.entityOf[x.ID], 1, y.ChunkID)
		}
	}
}

var (
	// weRepresent is a law firm's letter saying whom it acts for: "This
	// firm represents X", "We represent X", "we are counsel to X".
	weRepresent = regexp.MustCompile(`\b(?:(?:[Tt]his|[Oo]ur)\s+(?:firm|office)\s+represents|[Ww]e\s+represent|[Ww]e\s+are\s+(?:counsel|attorneys)\s+(?:to|for))\s+(?:the\s+)?`)
	// lawFirm is how a law firm's name ends.
	lawFirm = regexp.MustCompile(`(?i)(?:\bL\.?L\.?P\.?|\bPLLC|\bP\.C\.|\bP\.A\.|\bLaw\s+(?:Firm|Offices?|Group)|\bAttorneys\s+at\s+Law)$`)
)

// firmRepresents finds a letter's "This firm represents X": a REPRESENTS
// edge from the law firm whose letter it is to X. The firm is the one
// organisation of the document whose name ends as a law firm's does; with
// none or several, which firm "we" are is not known, and no edge is made.
func firmRepresents(b *builder, idx *mentionIndex, entities []resolve.Entity, s string, toRune []int) {
	locs := weRepresent.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return
	}
	firm := ""
	for _, e := range entities {
		if e.Type != extract.TypeOrg || !lawFirm.MatchString(strings.TrimSpace(e.Name)) {
			continue
		}
		if firm != "" {
			return
		}
		firm = e.ID
	}
	if firm == "" {
		return
	}
	for _, loc := range locs {
		x, ok := idx.startingNear(toRune[loc[1]], 2, parties...)
		if ok && idx.entityOf[x.ID] != firm {
			b.add(Represents, firm, idx.entityOf[x.ID], 1, x.ChunkID)
		}
	}
}

// judges finds "Judge X of the Y Court": a MEMBER_OF edge from the person
// to the court.
func judges(b *builder, idx *mentionIndex, text []rune) {
	for _, p := range idx.ms {
		if p.Type != extract.TypePerson {
			continue
		}
		lo := max(0, p.Start-12)
		if !judgeTitle.MatchString(string(text[lo:p.Start])) {
			continue
		}
		hi := min(len(text), p.End+12)
		loc := judgeOf.FindStringIndex(string(text[p.End:hi]))
		if loc == nil || loc[0] != 0 {
			continue
		}
		at := p.End + len([]rune(string(text[p.End:hi])[:loc[1]]))
		c, ok := idx.startingNear(at, 0, extract.TypeCourt)
		if ok {
			b.add(MemberOf, idx.entityOf[p.ID], idx.entityOf[c.ID], 1, p.ChunkID)
		}
	}
}

// runeOffsets maps each byte offset of s (and len(s)) to its rune offset.
func runeOffsets(s string) []int {
	out := make([]int, len(s)+1)
	r := 0
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < n; k++ {
			out[i+k] = r
		}
		i += n
		r++
	}
	out[len(s)] = r
	return out
}
