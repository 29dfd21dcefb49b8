// Package text is the second pipeline stage: it cleans the page texts of
// the ocr stage into one document text and assigns a category. Cleaning is
// the unweaving of layout text's side-by-side columns (each written as a
// block of its own), the empty lines of double spacing removed within
// paragraphs, Unicode NFKC normalisation, straight quotes and ASCII dashes, removal of
// control characters, page numbers and running headers and footers,
// joining of words hyphenated across line ends, and whitespace
// normalisation that keeps line and paragraph breaks. Each page's place in
// the cleaned text is recorded as a rune span. The stage is pure and
// deterministic.
package text

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/ocr"
)

// Algorithm is the version of the cleaning and classification rules; bump
// it whenever a change alters the output for the same input.
const Algorithm = "text/v6"

// Defaults for the zero values of Config.
const (
	DefaultZoneLines      = 3
	DefaultRepeatFraction = 0.5
	// DefaultMaxTextBytes is 8 MiB: a 500-page document (the ocr stage's
	// page limit) of dense text is 2 to 5 MB, and 8 MiB of text is about
	// 10,500 chunks of the default size, a few minutes of extraction. See
	// docs/limits.md.
	DefaultMaxTextBytes = 8 << 20
)

// ErrTextTooLarge is wrapped in the permanent error of a document whose
// text is over Config.MaxTextBytes, for errors.Is.
var ErrTextTooLarge = errors.New("text too large")

// pageSeparator sits between pages in the cleaned text: a paragraph break.
const pageSeparator = "\n\n"

// Config configures the stage; zero values mean the defaults.
type Config struct {
	// ZoneLines is how many non-empty lines at the top and at the bottom
	// of a page are looked at for page numbers and running headers and
	// footers (default 3).
	ZoneLines int `env:"ZONE_LINES"`
	// RepeatFraction is the share of pages a line (digits ignored) must
	// appear on, in the zones, to be removed as a header or footer
	// (default 0.5).
	RepeatFraction float64 `env:"REPEAT_FRACTION"`
	// MaxTextBytes is the most text one document may have, in bytes of
	// normalised page text summed over its pages (default 8 MiB). More is
	// a permanent error, found while normalising, before the text is held
	// whole: it bounds the stage's memory for one document, since NFKC can
	// make a text longer than its source. It is not in the fingerprint: it
	// decides whether a document is cleaned, never how.
	MaxTextBytes int `env:"MAX_TEXT_BYTES"`
}

func (c Config) withDefaults() Config {
	if c.ZoneLines == 0 {
		c.ZoneLines = DefaultZoneLines
	}
	if c.RepeatFraction == 0 {
		c.RepeatFraction = DefaultRepeatFraction
	}
	if c.MaxTextBytes == 0 {
		c.MaxTextBytes = DefaultMaxTextBytes
	}
	return c
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	c = c.withDefaults()
	if c.ZoneLines < 0 {
		return fmt.Errorf("text config: ZoneLines %d is negative", c.ZoneLines)
	}
	if c.RepeatFraction < 0 || c.RepeatFraction > 1 {
		return fmt.Errorf("text config: RepeatFraction %v is outside 0..1", c.RepeatFraction)
	}
	if c.MaxTextBytes < 0 {
		return fmt.Errorf("text config: MaxTextBytes %d is negative", c.MaxTextBytes)
	}
	return nil
}

// Stage is the text stage. It implements stages.Stage[ocr.Result,
// Document] and is safe for concurrent use.
type Stage struct {
	cfg Config
}

var _ stages.Stage[ocr.Result, Document] = (*Stage)(nil)

// New returns the stage with cfg's defaults filled in.
func New(cfg Config) *Stage { return &Stage{cfg: cfg.withDefaults()} }

// Name is the stage name used in stream and key names.
func (s *Stage) Name() string { return "text" }

// Fingerprint names the algorithm version and every setting that changes
// the output.
func (s *Stage) Fingerprint() string {
	return fmt.Sprintf("%s;zone=%d;repeat=%g", Algorithm, s.cfg.ZoneLines, s.cfg.RepeatFraction)
}

// Process cleans and classifies one document. A result without any text
// (a blank scan) is not an error: it gives an empty document of category
// "other", and the later stages find nothing in it. Text over
// Config.MaxTextBytes is a permanent error. The work is linear in the
// input, and Process stops with the context's error soon after ctx ends.
func (s *Stage) Process(ctx context.Context, in ocr.Result) (Document, error) {
	if err := ctx.Err(); err != nil {
		return Document{}, fmt.Errorf("text: %w", err)
	}
	texts, err := Clean(ctx, in.Pages, s.cfg)
	if err != nil {
		return Document{}, err
	}
	n, nonEmpty, only := 0, 0, ""
	for _, t := range texts {
		n += len(t) + len(pageSeparator)
		if t != "" {
			nonEmpty++
			only = t
		}
	}
	var b strings.Builder
	if nonEmpty > 1 {
		b.Grow(n)
	}
	spans := make([]PageSpan, len(in.Pages))
	pos, written := 0, false
	for i, t := range texts {
		if i > 0 && t != "" && written {
			if nonEmpty > 1 {
				b.WriteString(pageSeparator)
			}
			pos += utf8.RuneCountInString(pageSeparator)
		}
		n := utf8.RuneCountInString(t)
		if nonEmpty > 1 {
			b.WriteString(t)
		}
		written = written || t != ""
		spans[i] = PageSpan{Number: in.Pages[i].Number, Start: pos, End: pos + n, Method: in.Pages[i].Method}
		pos += n
	}
	doc := Document{
		Text:        b.String(),
		ContentType: in.ContentType,
		Pages:       spans,
	}
	if nonEmpty == 1 {
		doc.Text = only // one page with text: it is the text, no need to copy it
	}
	if len(doc.Text) > s.cfg.MaxTextBytes {
		return Document{}, tooLarge(s.cfg.MaxTextBytes)
	}
	doc.Category, doc.CategoryConfidence, err = classify(ctx, doc.Text)
	if err != nil {
		return Document{}, fmt.Errorf("text: %w", err)
	}
	return doc, nil
}

func tooLarge(limit int) error {
	return stages.Permanent(fmt.Sprintf("document text is over the text stage's limit of %d bytes", limit), ErrTextTooLarge)
}

// Clean returns the cleaned text of each page. The pages are cleaned
// together because running headers and footers are found across pages,
// and a word broken at the end of a page is joined with its rest on the
// next. More than cfg.MaxTextBytes of normalised text is a permanent
// error; an ended context gives its error.
func Clean(ctx context.Context, pages []ocr.Page, cfg Config) ([]string, error) {
	cfg = cfg.withDefaults()
	lines := make([][]string, len(pages))
	room := cfg.MaxTextBytes
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("text: %w", err)
		}
		ls, n, err := normalizeLines(ctx, columnGaps(undouble(unweave(unleader(p.Text)))), room)
		switch {
		case errors.Is(err, errTooLarge):
			return nil, tooLarge(cfg.MaxTextBytes)
		case err != nil:
			return nil, fmt.Errorf("text: %w", err)
		}
		room -= n
		lines[i] = stackColumns(ls)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	removeRunningLines(lines, cfg.ZoneLines, cfg.RepeatFraction)
	for i := range lines {
		lines[i] = dehyphenate(lines[i])
		if i%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("text: %w", err)
			}
		}
	}
	joinAcrossPages(lines)
	out := make([]string, len(lines))
	for i, ls := range lines {
		out[i] = tidyPage(ls)
	}
	return out, nil
}

// joinAcrossPages moves the rest of a word broken at the end of a page up
// from the start of the next page.
func joinAcrossPages(pages [][]string) {
	for p := 0; p+1 < len(pages); p++ {
		last := lastNonEmpty(pages[p])
		first := firstNonEmpty(pages[p+1])
		if last < 0 || first < 0 {
			continue
		}
		next := pages[p+1][first]
		j := joinAt(pages[p][last], next)
		if first, _ := utf8.DecodeRuneInString(next); j < 0 || !unicode.IsLower(first) {
			// Across a page only the plain case is safe: a capitalised
			// continuation is as likely a new heading.
			continue
		}
		frag, rest := cutWord(next)
		pages[p][last] = pages[p][last][:j] + frag
		pages[p+1][first] = rest
	}
}

func lastNonEmpty(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

func firstNonEmpty(lines []string) int {
	for i, l := range lines {
		if l != "" {
			return i
		}
	}
	return -1
}
