// Package chunk splits a document's cleaned text into ordered, overlapping,
// sentence-aligned chunks. Chunks are the unit that entity extraction works
// on and caches, so their boundaries and ids must be stable: the same text
// with the same settings always gives the same chunks with the same ids.
package chunk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"unicode"

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
)

// ErrNoText is the reason given when a document has no text to chunk.
const ErrNoText = "no text to chunk"

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
}

// Validate reports a configuration that cannot produce chunks.
func (c Config) Validate() error {
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

// Process chunks doc.Text. A document with no non-space text is a permanent
// error: retrying cannot give it text.
func (s *Stage) Process(ctx context.Context, doc text.Document) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("chunk: %w", err)
	}
	runes := []rune(doc.Text)
	spans := pieces(runes, s.cfg.TargetSize)
	if len(spans) == 0 {
		return Result{}, stages.Permanent(ErrNoText, nil)
	}
	bounds := pack(spans, s.cfg)
	out := Result{Chunks: make([]Chunk, len(bounds))}
	for i, b := range bounds {
		t := string(runes[b.start:b.end])
		out.Chunks[i] = Chunk{ID: s.id(i, t), Index: i, Start: b.start, End: b.end, Text: t}
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

// span is a half-open rune range.
type span struct{ start, end int }

func (s span) len() int { return s.end - s.start }

// pieces returns the sentences of runes, each cut at word boundaries into
// pieces no longer than max.
func pieces(runes []rune, max int) []span {
	var out []span
	for _, s := range Sentences(runes) {
		out = append(out, cut(runes, span{s[0], s[1]}, max)...)
	}
	return out
}

// cut splits an over-long sentence at the last whitespace before max runes,
// or hard at max when a "word" is longer than that (tables, URLs).
func cut(runes []rune, s span, max int) []span {
	var out []span
	for s.len() > max {
		end := s.start + max
		brk := -1
		for i := end; i > s.start+max/2; i-- {
			if unicode.IsSpace(runes[i]) {
				brk = i
				break
			}
		}
		if brk < 0 {
			brk = end
		}
		head := trim(runes, span{s.start, brk})
		if head.len() > 0 {
			out = append(out, head)
		}
		s = trim(runes, span{brk, s.end})
	}
	if s.len() > 0 {
		out = append(out, s)
	}
	return out
}

func trim(runes []rune, s span) span {
	for s.start < s.end && unicode.IsSpace(runes[s.start]) {
		s.start++
	}
	for s.end > s.start && unicode.IsSpace(runes[s.end-1]) {
		s.end--
	}
	return s
}

// pack groups consecutive sentences greedily into chunks of at most
// TargetSize runes (more only when a chunk would otherwise stay under
// MinSize). Each chunk after the first starts with the longest run of
// trailing sentences of its predecessor that fits in Overlap, never reaching
// back to its predecessor's first sentence, and always adds at least one new
// sentence, so chunks move strictly forward.
func pack(ss []span, cfg Config) []span {
	var out []span
	first := 0 // first sentence of the current chunk
	next := 0  // first sentence not yet in any chunk
	for next < len(ss) {
		// Shrink the overlap until the first new sentence fits.
		for first < next && ss[next].end-ss[first].start > cfg.TargetSize {
			first++
		}
		last := next
		for last+1 < len(ss) {
			size := ss[last+1].end - ss[first].start
			if size > cfg.TargetSize && ss[last].end-ss[first].start >= cfg.MinSize {
				break
			}
			last++
		}
		out = append(out, span{ss[first].start, ss[last].end})
		chunkFirst := first
		next = last + 1
		first = next
		for first-1 > chunkFirst && ss[last].end-ss[first-1].start <= cfg.Overlap {
			first--
		}
	}
	// A short tail is merged into its predecessor, unless it is the
	// whole document.
	if n := len(out); n > 1 && out[n-1].len() < cfg.MinSize {
		out[n-2].end = out[n-1].end
		out = out[:n-1]
	}
	return out
}
