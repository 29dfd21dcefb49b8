package nereval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/docpipe/docpipe/stages/text"
)

// TrainingDoc is a document as a tagger trains on it: tokens of Text with
// BIO tags in our types.
type TrainingDoc struct {
	Name   string
	Text   string
	Tokens []Tagged
}

// EvalDoc is one document of an evaluation set: the text a System reads,
// the gold entities it is scored against, how it is scored, and the same
// labels as training data for the cross-validation rounds in which the
// document is not held out.
type EvalDoc struct {
	Name     string
	Text     text.Document
	Gold     Doc
	Options  Options
	Training TrainingDoc
}

// Trainer builds a System from training documents. CrossValidate calls it
// once per held-out document, with every other document's training view
// (plus any extra training data).
type Trainer func(ctx context.Context, train []TrainingDoc) (System, error)

// Untrained is the Trainer of a system that learns nothing (the current
// pattern extractor): it ignores the training data and returns s.
func Untrained(s System) Trainer {
	return func(context.Context, []TrainingDoc) (System, error) { return s, nil }
}

// Evaluate runs s on every document and scores it.
func Evaluate(ctx context.Context, docs []EvalDoc, s System) (Report, error) {
	var r Report
	if len(docs) > 0 {
		r.Types = docs[0].Options.types()
	}
	for _, d := range docs {
		got, err := s.Run(ctx, d.Text)
		if err != nil {
			return Report{}, fmt.Errorf("nereval: %s: %w", d.Name, err)
		}
		ds := Score(d.Gold, got.Entities, d.Options)
		ds.Mentions = ScoreMentions(d.Training.Tokens, d.Training.Text, got.Mentions, d.Options)
		r.Docs = append(r.Docs, ds)
	}
	return r, nil
}

// LeaveOneOut is cross-validation across documents: for each document,
// train on all the others (and extra), then score the held-out one. A
// document is never in the training data of its own round, nor is any
// document of its group (Doc.Group: the same text in another form).
func LeaveOneOut(ctx context.Context, docs []EvalDoc, extra []TrainingDoc, train Trainer) (Report, error) {
	var r Report
	if len(docs) > 0 {
		r.Types = docs[0].Options.types()
	}
	for i, held := range docs {
		set := make([]TrainingDoc, 0, len(docs)-1+len(extra))
		for j, d := range docs {
			if j != i && (held.Gold.Group == "" || d.Gold.Group != held.Gold.Group) {
				set = append(set, d.Training)
			}
		}
		set = append(set, extra...)
		s, err := train(ctx, set)
		if err != nil {
			return Report{}, fmt.Errorf("nereval: train without %s: %w", held.Name, err)
		}
		one, err := Evaluate(ctx, []EvalDoc{held}, s)
		if err != nil {
			return Report{}, err
		}
		r.Docs = append(r.Docs, one.Docs...)
	}
	return r, nil
}

// CourtDocs loads the hand-labelled court documents: the labels from
// labelDir, each source PDF from corpusDir (shared/corpus) read with
// pdftotext -layout (a scan: the ocr stage) and cleaned by the text stage, and the labels projected onto
// the cleaned text for training. All types are scored, one node per
// entity.
func CourtDocs(ctx context.Context, labelDir, corpusDir string) ([]EvalDoc, error) {
	return CourtDocsFrom(ctx, labelDir, corpusDir, TextLayout)
}

// CourtDocsFrom is CourtDocs with the text read as src says.
func CourtDocsFrom(ctx context.Context, labelDir, corpusDir string, src TextSource) ([]EvalDoc, error) {
	labels, err := LoadDir(labelDir)
	if err != nil {
		return nil, err
	}
	out := make([]EvalDoc, 0, len(labels))
	for _, l := range labels {
		doc, err := DocumentText(ctx, filepath.Join(corpusDir, filepath.FromSlash(l.Source)), src, l)
		if err != nil {
			return nil, fmt.Errorf("nereval: %s: %w", l.Document, err)
		}
		out = append(out, EvalDoc{
			Name:     l.Document,
			Text:     doc,
			Gold:     l,
			Training: TrainingDoc{Name: l.Document, Text: doc.Text, Tokens: Project(doc.Text, l)},
		})
	}
	return out, nil
}

// CoNLLDocs loads a CoNLL file (FIN5) as evaluation documents: gold from
// its token labels (PERSON, ORG, LOCATION; one entity per distinct form,
// Options.PerForm), text rebuilt from the tokens. withRoleWords false
// removes Borrower/Lender from both sides of the score (they stay in the
// training tags: the trainer decides what to learn).
func CoNLLDocs(path string, withRoleWords bool) ([]EvalDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("nereval: %w", err)
	}
	defer f.Close()
	cd, err := ReadCoNLL(f, filepath.Base(path))
	if err != nil {
		return nil, fmt.Errorf("nereval: %s: %w", path, err)
	}
	opt := Options{Types: ConllScored, PerForm: true}
	if !withRoleWords {
		opt.Drop = DropRoleWords
	}
	out := make([]EvalDoc, 0, len(cd))
	for _, d := range cd {
		out = append(out, EvalDoc{
			Name:     d.Name,
			Text:     text.Document{Text: d.Text},
			Gold:     d.Gold(),
			Options:  opt,
			Training: TrainingDoc{Name: d.Name, Text: d.Text, Tokens: d.Tokens},
		})
	}
	return out, nil
}
