package nereval

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/resolve"
	"github.com/docpipe/docpipe/stages/text"
)

// ErrNoText is returned for a PDF from which pdftotext reads no text (a
// scan): the labels of such a document cannot be scored on a text layer.
var ErrNoText = errors.New("no text layer")

// System is what gets scored: it turns a document's cleaned text into
// entities. The pipeline's extract and resolve stages are one System; a
// trained tagger plus resolution is another.
type System interface {
	Entities(ctx context.Context, doc text.Document) ([]Entity, error)
}

// SystemFunc adapts a function to System.
type SystemFunc func(ctx context.Context, doc text.Document) ([]Entity, error)

// Entities calls f.
func (f SystemFunc) Entities(ctx context.Context, doc text.Document) ([]Entity, error) {
	return f(ctx, doc)
}

// PDFPages reads a PDF's text layer with `pdftotext -layout`, one page per
// form feed, as the ocr stage's result of a text-layer PDF.
func PDFPages(ctx context.Context, path string) (ocr.Result, error) {
	out, err := exec.CommandContext(ctx, "pdftotext", "-layout", path, "-").Output()
	if err != nil {
		return ocr.Result{}, fmt.Errorf("nereval: pdftotext %s (poppler-utils must be installed): %w", path, err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 1 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	res := ocr.Result{ContentType: "application/pdf"}
	empty := true
	for i, p := range pages {
		if strings.TrimSpace(p) != "" {
			empty = false
		}
		res.Pages = append(res.Pages, ocr.Page{Number: i + 1, Text: p, Method: ocr.MethodTextLayer, Confidence: 1})
	}
	if empty {
		return ocr.Result{}, fmt.Errorf("nereval: %s: %w", path, ErrNoText)
	}
	return res, nil
}

// CleanPDF is a PDF's text as the pipeline's text stage leaves it (default
// settings), from pdftotext's text layer.
func CleanPDF(ctx context.Context, path string) (text.Document, error) {
	pages, err := PDFPages(ctx, path)
	if err != nil {
		return text.Document{}, err
	}
	doc, err := text.New(text.Config{}).Process(ctx, pages)
	if err != nil {
		return text.Document{}, fmt.Errorf("nereval: text stage on %s: %w", path, err)
	}
	return doc, nil
}

// Pipeline is the current chunk, extract and resolve stages run one after
// the other, with default settings, as the pipeline runs them.
type Pipeline struct {
	Chunk   *chunk.Stage
	Extract *extract.Stage
	Resolve *resolve.Stage
}

// DefaultPipeline returns the stages with their default configuration.
func DefaultPipeline() Pipeline {
	return Pipeline{
		Chunk:   chunk.New(chunk.Config{}),
		Extract: extract.New(extract.Config{}),
		Resolve: resolve.New(resolve.Config{}),
	}
}

// Entities runs chunk, extract and resolve on doc and returns the resolved
// entities with their mention texts as aliases.
func (p Pipeline) Entities(ctx context.Context, doc text.Document) ([]Entity, error) {
	chunks, err := p.Chunk.Process(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("nereval: chunk: %w", err)
	}
	mentions, err := p.Extract.Process(ctx, extract.Input{Chunks: chunks})
	if err != nil {
		return nil, fmt.Errorf("nereval: extract: %w", err)
	}
	resolved, err := p.Resolve.Process(ctx, mentions)
	if err != nil {
		return nil, fmt.Errorf("nereval: resolve: %w", err)
	}
	return FromResolved(resolved, mentions), nil
}

// FromResolved converts the resolve stage's entities to scored entities:
// the canonical name, the resolver's aliases and every mention's surface
// text.
func FromResolved(r resolve.Result, m extract.Result) []Entity {
	byID := make(map[string]string, len(m.Mentions))
	for _, x := range m.Mentions {
		byID[x.ID] = x.Text
	}
	out := make([]Entity, 0, len(r.Entities))
	for _, e := range r.Entities {
		aliases := append([]string(nil), e.Aliases...)
		for _, id := range e.MentionIDs {
			if t, ok := byID[id]; ok {
				aliases = append(aliases, t)
			}
		}
		out = append(out, Entity{Type: e.Type, Name: e.Name, Aliases: aliases})
	}
	return out
}
