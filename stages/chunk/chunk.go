// Package chunk splits a document's cleaned text into ordered, overlapping,
// sentence-aligned chunks. Chunks are the unit that entity extraction works
// on and caches, so their boundaries and ids must be stable: the same text
// with the same settings always gives the same chunks with the same ids.
package chunk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/text"
)

// Algorithm is the version of the chunking algorithm; bump it whenever a
// change to this package changes chunk boundaries or ids.
const Algorithm = "chunk/v1"

// Defaults used when a Config field is zero.
const (
	DefaultTargetSize = 1000
	DefaultOverlap    = 200
	DefaultMinSize    = 100
	// DefaultMaxTextBytes is the text stage's own limit, so that every text
	// it passes on is chunked; see docs/limits.md for why 8 MiB.
	DefaultMaxTextBytes = 8 << 20
	// DefaultMaxChunks is about what 8 MiB of text gives with the default
	// sizes (800 new runes a chunk) doubled: room for short sentences,
	// while extraction of one document stays within minutes.
	DefaultMaxChunks = 20000
)

// ErrNoText is the reason given when a document has no text to chunk.
const ErrNoText = "no text to chunk"

// Errors wrapped in the permanent error of a document over a limit, for
// errors.Is.
var (
	ErrTextTooLarge  = errors.New("text too large to chunk")
	ErrTooManyChunks = errors.New("too many chunks")
)

// Config sets the chunk sizes, all counted in runes. Zero means default.
type Config struct {
	// TargetSize is the largest chunk the packer aims for (default 1000).
	// A single sentence longer than this is cut at word boundaries.
	TargetSize int `env:"TARGET_SIZE"`
	// Overlap is the most text, in whole sentences, that a chunk repeats
	// from the end of the previous one (default 200). Negative means none.
	Overlap int `env:"OVERLAP"`
	// MinSize is the smallest chunk emitted unless the whole document is
	// smaller (default 100): a short tail is merged into its predecessor.
	MinSize int `env:"MIN_SIZE"`
	// MaxTextBytes is the largest text chunked, in bytes (default 8 MiB):
	// a larger one is a permanent error, found before any work. It bounds
	// the stage's time and memory for one document. It is not in the
	// fingerprint: it decides whether a document is chunked, never how.
	MaxTextBytes int `env:"MAX_TEXT_BYTES"`
	// MaxChunks is the most chunks one document may give (default
	// 20000): more is a permanent error, found as soon as the count is
	// passed. It bounds the output and the work of every stage after this
	// one (extraction is per chunk). Not in the fingerprint either.
	MaxChunks int `env:"MAX_CHUNKS"`
}

// Validate reports a configuration that cannot produce chunks.
func (c Config) Validate() error {
	if c.MaxTextBytes < 0 {
		return fmt.Errorf("chunk: max text bytes %d is negative", c.MaxTextBytes)
	}
	if c.MaxChunks < 0 {
		return fmt.Errorf("chunk: max chunks %d is negative", c.MaxChunks)
	}
	c = c.withDefaults()
	if c.Overlap >= c.TargetSize {
		return fmt.Errorf("chunk: overlap %d must be smaller than target size %d", c.Overlap, c.TargetSize)
	}
	if c.MinSize > c.TargetSize {
		return fmt.Errorf("chunk: min size %d must not exceed target size %d", c.MinSize, c.TargetSize)
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.TargetSize <= 0 {
		c.TargetSize = DefaultTargetSize
	}
	switch {
	case c.Overlap == 0:
		c.Overlap = DefaultOverlap
	case c.Overlap < 0:
		c.Overlap = 0
	}
	if c.MinSize <= 0 {
		c.MinSize = DefaultMinSize
	}
	if c.MaxTextBytes <= 0 {
		c.MaxTextBytes = DefaultMaxTextBytes
	}
	if c.MaxChunks <= 0 {
		c.MaxChunks = DefaultMaxChunks
	}
	return c
}

// Stage is the chunk stage. It is safe for concurrent use.
type Stage struct {
	cfg Config
	fp  string
}

var _ stages.Stage[text.Document, Result] = (*Stage)(nil)

// New returns a chunk stage; zero fields of cfg take their defaults. An
// invalid combination (overlap not below target) is clamped rather than
// rejected so that New cannot fail; call Config.Validate to be told.
func New(cfg Config) *Stage {
	cfg = cfg.withDefaults()
	if cfg.Overlap >= cfg.TargetSize {
		cfg.Overlap = cfg.TargetSize / 2
	}
	if cfg.MinSize > cfg.TargetSize {
		cfg.MinSize = cfg.TargetSize
	}
	return &Stage{
		cfg: cfg,
		fp: fmt.Sprintf("%s target=%d overlap=%d min=%d",
			Algorithm, cfg.TargetSize, cfg.Overlap, cfg.MinSize),
	}
}

// Name returns "chunk".
func (s *Stage) Name() string { return "chunk" }

// Fingerprint names the algorithm version and the sizes, which all change
// the output.
func (s *Stage) Fingerprint() string { return s.fp }

// Process chunks doc.Text. A document with no non-space text, or over a
// limit (MaxTextBytes, MaxChunks), is a permanent error: retrying cannot
// change it. The work is linear in the text's length and the memory, beyond
// the output, is bounded by the chunk sizes: sentences are found, cut and
// packed one at a time, and a chunk's text is a slice of doc.Text, not a
// copy. It stops with the context's error soon after ctx ends.
func (s *Stage) Process(ctx context.Context, doc text.Document) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("chunk: %w", err)
	}
	if n := len(doc.Text); n > s.cfg.MaxTextBytes {
		return Result{}, stages.Permanent(fmt.Sprintf("text of %d bytes is over the chunk stage's limit of %d bytes", n, s.cfg.MaxTextBytes), ErrTextTooLarge)
	}
	t := doc.Text
	if !utf8.ValidString(t) {
		// Offsets count an invalid byte as one rune; so must the text.
		t = strings.Map(func(r rune) rune { return r }, t)
	}
	src := newPieces(ctx, t, s.cfg.TargetSize)
	bounds, err := pack(ctx, src, s.cfg)
	if err != nil {
		return Result{}, err
	}
	if len(bounds) == 0 {
		return Result{}, stages.Permanent(ErrNoText, nil)
	}
	out := Result{Chunks: make([]Chunk, len(bounds))}
	for i, b := range bounds {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return Result{}, fmt.Errorf("chunk: %w", err)
			}
		}
		ct := t[b.b0:b.b1]
		out.Chunks[i] = Chunk{ID: s.id(i, ct), Index: i, Start: b.r0, End: b.r1, Text: ct}
	}
	return out, nil
}

// id hashes the settings, the index and the text, so ids are stable for the
// same text and settings and differ when either changes.
func (s *Stage) id(index int, t string) string {
	h := sha256.New()
	h.Write([]byte(s.fp))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(index)))
	h.Write([]byte{0})
	h.Write([]byte(t))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// piece is a sentence, or a part of an over-long one, as a byte range (to
// slice the text) and a rune range (the offsets chunks report; sizes are
// counted in runes).
type piece struct{ b0, b1, r0, r1 int }

func (p piece) runes() int { return p.r1 - p.r0 }

// pieces yields the sentences of a text, each cut at word boundaries into
// pieces of at most max runes, one at a time.
type pieces struct {
	sp   *splitter
	max  int
	rest [2]int // the part of the current sentence not yet cut off

	// A cursor that turns byte offsets into rune offsets: pieces come in
	// order, so it only moves forward.
	curByte, curRune int
}

func newPieces(ctx context.Context, text string, max int) *pieces {
	return &pieces{sp: newSplitter(ctx, text), max: max}
}

// next returns the next piece; ok is false at the end, or when the
// context ended (then err says so).
func (p *pieces) next() (piece, bool) {
	for {
		if p.rest[0] < p.rest[1] {
			a, b := p.cut()
			if a < b {
				return p.locate(a, b), true
			}
			continue
		}
		a, b, ok := p.sp.next()
		if !ok {
			return piece{}, false
		}
		p.rest = [2]int{a, b}
	}
}

func (p *pieces) err() error { return p.sp.err }

// locate adds the rune offsets to a byte range at or after the cursor.
func (p *pieces) locate(a, b int) piece {
	t := p.sp.text
	p.curRune += utf8.RuneCountInString(t[p.curByte:a])
	p.curByte = a
	r0 := p.curRune
	p.curRune += utf8.RuneCountInString(t[a:b])
	p.curByte = b
	return piece{a, b, r0, p.curRune}
}

// cut takes the next piece off the front of the current sentence. A
// sentence of at most max runes is one piece. A longer one is cut at the
// last white space after its first max/2 runes and at most max runes in
// (the rune just past max counts), or hard at max runes when a "word" is
// longer than that (tables, URLs). It reads at most max+1 runes and moves
// on by more than max/2 of them, so cutting is linear.
func (p *pieces) cut() (int, int) {
	t := p.sp.text
	s0, s1 := p.rest[0], p.rest[1]
	half := p.max / 2
	pos, brk, hard := s0, -1, -1
	for idx := 0; idx <= p.max; idx++ {
		if pos >= s1 {
			p.rest = [2]int{s1, s1}
			return s0, s1 // max runes or fewer: the whole rest
		}
		if idx == p.max {
			hard = pos
		}
		c, w := utf8.DecodeRuneInString(t[pos:s1])
		p.sp.steps++
		if idx > half && unicode.IsSpace(c) {
			brk = pos
		}
		pos += w
	}
	if brk < 0 {
		brk = hard
	}
	a, b, _ := p.sp.trim(s0, brk)
	r0, r1, _ := p.sp.trim(brk, s1)
	p.rest = [2]int{r0, r1}
	return a, b
}

// pack groups consecutive pieces greedily into chunks of at most
// TargetSize runes (more only when a chunk would otherwise stay under
// MinSize). Each chunk after the first starts with the longest run of
// trailing pieces of its predecessor that fits in Overlap, never reaching
// back to its predecessor's first piece, and always adds at least one new
// piece, so chunks move strictly forward. Only the pieces of the chunk
// being built, and of its predecessor's overlap, are held.
func pack(ctx context.Context, src *pieces, cfg Config) ([]piece, error) {
	var (
		out  []piece
		win  []piece // pieces base, base+1, …
		base int
	)
	// have pulls pieces until piece i is held; false when there is none.
	have := func(i int) bool {
		for i-base >= len(win) {
			p, ok := src.next()
			if !ok {
				return false
			}
			win = append(win, p)
		}
		return true
	}
	at := func(i int) piece { return win[i-base] }
	first := 0 // first piece of the current chunk
	next := 0  // first piece not yet in any chunk
	for have(next) {
		// Shrink the overlap until the first new piece fits.
		for first < next && at(next).r1-at(first).r0 > cfg.TargetSize {
			first++
		}
		last := next
		for have(last + 1) {
			size := at(last+1).r1 - at(first).r0
			if size > cfg.TargetSize && at(last).r1-at(first).r0 >= cfg.MinSize {
				break
			}
			last++
		}
		out = append(out, piece{at(first).b0, at(last).b1, at(first).r0, at(last).r1})
		// One more than the limit may still merge into its predecessor.
		if len(out) > cfg.MaxChunks+1 {
			return nil, tooManyChunks(cfg.MaxChunks)
		}
		if len(out)%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("chunk: %w", err)
			}
		}
		chunkFirst := first
		next = last + 1
		first = next
		for first-1 > chunkFirst && at(last).r1-at(first-1).r0 <= cfg.Overlap {
			first--
		}
		// Pieces before first are never looked at again.
		if drop := first - base; drop > 0 && drop >= len(win)/2 {
			n := copy(win, win[min(drop, len(win)):])
			win = win[:n]
			base = first
		}
	}
	if err := src.err(); err != nil {
		return nil, fmt.Errorf("chunk: %w", err)
	}
	// A short tail is merged into its predecessor, unless it is the
	// whole document.
	if n := len(out); n > 1 && out[n-1].runes() < cfg.MinSize {
		out[n-2].b1, out[n-2].r1 = out[n-1].b1, out[n-1].r1
		out = out[:n-1]
	}
	if len(out) > cfg.MaxChunks {
		return nil, tooManyChunks(cfg.MaxChunks)
	}
	return out, nil
}

func tooManyChunks(limit int) error {
	return stages.Permanent(fmt.Sprintf("text gives more than the chunk stage's limit of %d chunks", limit), ErrTooManyChunks)
}
