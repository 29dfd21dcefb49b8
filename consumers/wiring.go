package consumers

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/relate"
	"github.com/docpipe/docpipe/stages/resolve"
	"github.com/docpipe/docpipe/stages/text"
)

// typed adapts a pure, typed stage to a Handler: it builds the stage's input
// from the runtime's, and encodes the output as JSON.
type typed[In, Out any] struct {
	s     stages.Stage[In, Out]
	needs []string
	input func(ctx context.Context, in *Input) (In, error)
	after func(ctx context.Context, in *Input, out Out) error // optional
}

func (t *typed[In, Out]) Name() string        { return t.s.Name() }
func (t *typed[In, Out]) Fingerprint() string { return t.s.Fingerprint() }
func (t *typed[In, Out]) Needs() []string     { return t.needs }

func (t *typed[In, Out]) Handle(ctx context.Context, in *Input) ([]byte, error) {
	v, err := t.input(ctx, in)
	if err != nil {
		return nil, err
	}
	out, err := t.s.Process(ctx, v)
	if err != nil {
		return nil, err
	}
	if t.after != nil {
		if err := t.after(ctx, in, out); err != nil {
			return nil, err
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, fmt.Errorf("%s: encode output: %w", t.s.Name(), err)
	}
	return b, nil
}

// decode unmarshals an upstream output; a bad one is a permanent error.
func decode[T any](stage string, b []byte) (T, error) {
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return v, stages.Permanent(fmt.Sprintf("%s output does not decode", stage), err)
	}
	return v, nil
}

// Pipeline returns the six real stages configured from cfg, in order.
func Pipeline(cfg config.Config) ([]Handler, error) {
	ch := chunk.Config{TargetSize: cfg.ChunkSize, Overlap: cfg.ChunkOverlap, MaxTextBytes: cfg.MaxTextBytes, MaxChunks: cfg.MaxChunks}
	if err := ch.Validate(); err != nil {
		return nil, err
	}
	tx := text.Config{MaxTextBytes: cfg.MaxTextBytes}
	if err := tx.Validate(); err != nil {
		return nil, err
	}
	o := ocr.New(OCRConfig(cfg))
	return []Handler{
		&typed[ocr.Input, ocr.Result]{s: o, input: func(_ context.Context, in *Input) (ocr.Input, error) {
			return ocr.Input{Name: in.Source, ContentType: in.ContentType, Data: in.Data, Part: in.Part}, nil
		},
			// The documents found inside, by part specs that are paths
			// from the root document: a child's own children are listed
			// the same way, and read from the same root file. The
			// low-confidence pages go into the run record.
			after: func(_ context.Context, in *Input, out ocr.Result) error {
				for _, c := range out.Children {
					in.Children = append(in.Children, Child{Part: c.Spec(), ContentType: c.ContentType})
				}
				in.FlaggedPages = out.LowConfidencePages
				return nil
			}},
		&typed[ocr.Result, text.Document]{s: text.New(tx), input: func(_ context.Context, in *Input) (ocr.Result, error) {
			return decode[ocr.Result](events.StageOCR, in.Data)
		}},
		&typed[text.Document, chunk.Result]{s: chunk.New(ch),
			input: func(_ context.Context, in *Input) (text.Document, error) {
				return decode[text.Document](events.StageText, in.Data)
			},
			// Each chunk's text is cached on its own key too, for readers
			// that want one chunk without the whole output.
			after: func(ctx context.Context, in *Input, out chunk.Result) error {
				for _, c := range out.Chunks {
					if err := in.Parts.Put(ctx, c.ID, []byte(c.Text)); err != nil {
						return err
					}
				}
				return nil
			}},
		&typed[extract.Input, extract.Result]{s: extract.New(extract.Config{}), input: func(_ context.Context, in *Input) (extract.Input, error) {
			c, err := decode[chunk.Result](events.StageChunk, in.Data)
			return extract.Input{Chunks: c, Cache: mentionCache{in.Parts}}, err
		}},
		&typed[extract.Result, resolve.Result]{s: resolve.New(resolve.Config{}), input: func(_ context.Context, in *Input) (extract.Result, error) {
			return decode[extract.Result](events.StageExtract, in.Data)
		}},
		&typed[relate.Input, relate.Result]{s: relate.New(relate.Config{}), needs: []string{events.StageChunk, events.StageExtract},
			input: func(_ context.Context, in *Input) (relate.Input, error) {
				ents, err := decode[resolve.Result](events.StageResolve, in.Data)
				if err != nil {
					return relate.Input{}, err
				}
				chunks, err := decode[chunk.Result](events.StageChunk, in.Upstream[events.StageChunk])
				if err != nil {
					return relate.Input{}, err
				}
				ments, err := decode[extract.Result](events.StageExtract, in.Upstream[events.StageExtract])
				return relate.Input{DocID: in.Doc, Chunks: chunks, Mentions: ments, Entities: ents}, err
			}},
	}, nil
}

// OCRConfig is the ocr stage's configuration from cfg; `docpipe run` also
// checks its tools with it (ocr.CheckTools) before it starts the stage.
func OCRConfig(cfg config.Config) ocr.Config {
	return ocr.Config{MaxBytes: cfg.MaxDocumentBytes, MaxPages: cfg.OCRMaxPages, PageTimeout: cfg.OCRPageTimeout,
		DPI: cfg.OCRDPI, Parallelism: cfg.OCRParallelism, Language: cfg.OCRLanguage, MinConfidence: cfg.OCRMinConfidence,
		MaxChildDepth: cfg.OCRMaxChildDepth, MaxChildren: cfg.OCRMaxChildren, MaxChildBytes: cfg.OCRMaxChildBytes}
}

// mentionCache keeps each chunk's mentions as a part of the extract run's
// output key, so a retry recomputes only the chunks still missing.
type mentionCache struct{ p Parts }

func (m mentionCache) Get(ctx context.Context, chunkID string) ([]extract.Mention, bool, error) {
	b, ok, err := m.p.Get(ctx, chunkID)
	if err != nil || !ok {
		return nil, false, err
	}
	var ms []extract.Mention
	if err := json.Unmarshal(b, &ms); err != nil {
		// A corrupt part is recomputed, not trusted.
		return nil, false, nil
	}
	return ms, true, nil
}

func (m mentionCache) Put(ctx context.Context, chunkID string, ms []extract.Mention) error {
	b, err := json.Marshal(ms)
	if err != nil {
		return err
	}
	return m.p.Put(ctx, chunkID, b)
}
