// Package extract finds entity mentions in a document's chunks: people,
// organisations, places, dates, money, statutes and rules, cases and
// courts. It is hybrid on purpose: deterministic patterns catch what legal
// and financial text states in fixed forms (citations, dockets, courts,
// titles, organisation suffixes, dates, amounts), and the prose/v2
// statistical model adds the names that have no such form. Where the two
// overlap the pattern wins, because the stock model is weak on this domain
// (F1 0.07 on SEC loan agreements, see docs/quality.md).
package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/chunk"
)

// Algorithm is the version of the extraction rules; bump it whenever a
// change to the patterns, the model use or the merge changes the output.
const Algorithm = "extract/v2"

// Mention sources.
const (
	SourcePattern = "pattern"
	SourceModel   = "model"
)

// Config selects the extractors. Zero means default: patterns and model.
type Config struct {
	// DisableModel turns the prose model off (patterns only): faster, and
	// deterministic without a statistical component.
	DisableModel bool `env:"DISABLE_MODEL"`
	// DisablePatterns turns the patterns off (model only); it exists to
	// measure the model alone and is not meant for production.
	DisablePatterns bool `env:"DISABLE_PATTERNS"`
}

// Stage is the extract stage. It is safe for concurrent use; the prose
// model is loaded once per process, on first use.
type Stage struct {
	cfg Config
	fp  string
}

var _ stages.Stage[Input, Result] = (*Stage)(nil)

// New returns an extract stage.
func New(cfg Config) *Stage {
	fp := Algorithm + " patterns=" + strconv.FormatBool(!cfg.DisablePatterns)
	if cfg.DisableModel {
		fp += " model=none"
	} else {
		fp += " model=prose/" + modelName
	}
	return &Stage{cfg: cfg, fp: fp}
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
	return Result{Mentions: retype(merge(all))}, nil
}

// retype gives a model mention the type that a pattern found for the same
// name elsewhere in the document: the model often calls an organisation's
// short name a place or a person ("Tarrant" for "Tarrant Regional Water
// District"), while the pattern that saw the full name is reliable. It runs
// on the whole document, after the per-chunk cache, so cached chunks need
// no recomputation when another chunk reveals a name.
func retype(ms []Mention) []Mention {
	known := map[string]string{}
	add := func(k, typ string) {
		if prev, ok := known[k]; ok && prev != typ {
			known[k] = "" // ambiguous: leave model mentions alone
			return
		}
		known[k] = typ
	}
	for _, m := range ms {
		if m.Source != SourcePattern || !nameType(m.Type) {
			continue
		}
		add(strings.ToLower(m.Text), m.Type)
		if f := strings.Fields(m.Text); len(f) > 1 && len(f[0]) >= 4 && startsUpper(f[0]) &&
			!leadingNoise[strings.ToLower(f[0])] && !locationSet[strings.ToLower(f[0])] {
			add(strings.ToLower(f[0]), m.Type)
		}
	}
	for i, m := range ms {
		if m.Source != SourceModel {
			continue
		}
		if typ := known[strings.ToLower(m.Text)]; typ != "" && typ != m.Type {
			ms[i].Type = typ
			ms[i].ID = mentionID(ms[i])
		}
	}
	return ms
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
	if !s.cfg.DisablePatterns {
		cs = append(cs, patternMentions(c.Text)...)
	}
	if !s.cfg.DisableModel {
		ms, err := modelMentions(c.Text)
		if err != nil {
			return nil, fmt.Errorf("extract: model on chunk %s: %w", c.ID, err)
		}
		cs = append(cs, ms...)
	}
	// Byte offsets to rune offsets in the document.
	toRune := runeIndex(c.Text)
	out := make([]Mention, 0, len(cs))
	for _, x := range cs {
		start, end := c.Start+toRune[x.start], c.Start+toRune[x.end]
		m := Mention{
			Type:    x.typ,
			Text:    c.Text[x.start:x.end],
			ChunkID: c.ID,
			Start:   start,
			End:     end,
			Source:  x.source,
		}
		m.ID = mentionID(m)
		out = append(out, m)
	}
	return merge(out), nil
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

// merge removes duplicates and resolves overlaps greedily: pattern before
// model, longer before shorter, then type rank and position. CASE mentions
// form their own layer, because a case name legitimately contains its
// parties (which relate needs); within each layer no two mentions overlap.
// The result is sorted by (Start, End, Type).
func merge(ms []Mention) []Mention {
	order := make([]Mention, len(ms))
	copy(order, ms)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if (a.Source == SourcePattern) != (b.Source == SourcePattern) {
			return a.Source == SourcePattern
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
	var cases, rest []Mention
	overlaps := func(kept []Mention, m Mention) bool {
		for _, k := range kept {
			if m.Start < k.End && k.Start < m.End {
				return true
			}
		}
		return false
	}
	for _, m := range order {
		if m.Type == TypeCase {
			if !overlaps(cases, m) {
				cases = append(cases, m)
			}
			continue
		}
		if !overlaps(rest, m) {
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
