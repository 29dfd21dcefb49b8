package nereval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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

// Output is what a System finds in one document.
type Output struct {
	// Entities are the resolved nodes (name and aliases), scored one to
	// one against the gold entities.
	Entities []Entity
	// Mentions are the mentions with their type, at rune offsets into the
	// document's text, scored by token span against the gold mentions.
	// Optional: a system without positions scores 0 at mention level.
	Mentions []Span
}

// System is what gets scored: it turns a document's cleaned text into
// entities. The pipeline's extract and resolve stages are one System; a
// trained tagger plus resolution is another.
type System interface {
	Run(ctx context.Context, doc text.Document) (Output, error)
}

// SystemFunc adapts a function to System.
type SystemFunc func(ctx context.Context, doc text.Document) (Output, error)

// Run calls f.
func (f SystemFunc) Run(ctx context.Context, doc text.Document) (Output, error) {
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

// CleanPDF is a source's text as the pipeline's text stage leaves it
// (default settings): pdftotext -layout's reading of the text layer, or,
// for a file that is not a PDF or a PDF without a text layer (a scan), the
// ocr stage's. A scan that carries a filing stamp as its only text layer
// (ca4) needs its label file's text_source: use DocumentText.
func CleanPDF(ctx context.Context, path string) (text.Document, error) {
	src := TextLayout
	if !strings.EqualFold(filepath.Ext(path), ".pdf") {
		src = TextPipeline
	}
	doc, err := DocumentText(ctx, path, src, Doc{})
	if errors.Is(err, ErrNoText) {
		return DocumentText(ctx, path, TextPipeline, Doc{})
	}
	return doc, err
}

// TextSource says how a labelled PDF becomes text.
type TextSource int

const (
	// TextLayout reads the text layer with `pdftotext -layout` (the
	// corpus tests' reading) and cleans it with the text stage. A label
	// file marked "text_source": "ocr" (a scan) is read as TextPipeline.
	TextLayout TextSource = iota
	// TextPipeline reads every PDF with the pipeline's own ocr stage
	// (default settings: the text layer in reading order, Tesseract for
	// pages without one) and cleans it with the text stage: exactly the
	// text the extract stage sees in production.
	TextPipeline
)

// PipelinePages reads a source file with the pipeline's ocr stage
// (default settings).
func PipelinePages(ctx context.Context, path string) (ocr.Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return ocr.Result{}, fmt.Errorf("nereval: %w", err)
	}
	res, err := ocr.New(ocr.Config{}).Process(ctx, ocr.Input{Name: filepath.Base(path), Data: data})
	if err != nil {
		return ocr.Result{}, fmt.Errorf("nereval: ocr stage on %s: %w", path, err)
	}
	return res, nil
}

// DocumentText is a labelled source's cleaned text: read as src says (or
// by the ocr stage when the labels say the source is a scan), then
// through the text stage with default settings.
func DocumentText(ctx context.Context, path string, src TextSource, labels Doc) (text.Document, error) {
	var pages ocr.Result
	var err error
	if src == TextPipeline || labels.TextSource == TextSourceOCR {
		pages, err = PipelinePages(ctx, path)
	} else {
		pages, err = PDFPages(ctx, path)
	}
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

// Entities runs the stages on doc and returns the resolved entities, with
// their mention texts as aliases.
func (p Pipeline) Entities(ctx context.Context, doc text.Document) ([]Entity, error) {
	out, err := p.Run(ctx, doc)
	return out.Entities, err
}

// Run runs chunk, extract and resolve on doc and returns the resolved
// entities, with their mention texts as aliases, and the mentions.
func (p Pipeline) Run(ctx context.Context, doc text.Document) (Output, error) {
	chunks, err := p.Chunk.Process(ctx, doc)
	if err != nil {
		return Output{}, fmt.Errorf("nereval: chunk: %w", err)
	}
	mentions, err := p.Extract.Process(ctx, extract.Input{Chunks: chunks})
	if err != nil {
		return Output{}, fmt.Errorf("nereval: extract: %w", err)
	}
	resolved, err := p.Resolve.Process(ctx, mentions)
	if err != nil {
		return Output{}, fmt.Errorf("nereval: resolve: %w", err)
	}
	out := Output{Entities: FromResolved(resolved, mentions)}
	for i, m := range mentions.Mentions {
		out.Mentions = append(out.Mentions, Span{Start: m.Start, End: m.End, Type: m.Type, Entity: i, Text: m.Text})
	}
	return out, nil
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
