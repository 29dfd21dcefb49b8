package nertrain

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/extract/tagger"
)

// courtTypes maps the court labels' types to the tagger's; COURT, CASE,
// LAW, DATE and MONEY are the patterns' and train as outside.
var courtTypes = map[string]string{
	nereval.TypePerson:   "PER",
	nereval.TypeOrg:      "ORG",
	nereval.TypeLocation: "LOC",
}

// LoadCourt reads the hand-labelled court documents of labelDir (the
// docpipe-entities/v1 files of internal/nereval), reads each source under
// shared/corpus as the pipeline's text stage leaves it (pdftotext -layout,
// or the ocr stage for scans and DOCX, as the label file says), and projects
// the labels onto the stage's tokens. Each document keeps its text, so
// training sees the real layout (captions, signature blocks, line starts).
func LoadCourt(shared, labelDir string) ([]Doc, error) {
	return loadLabelled(filepath.Join(shared, "corpus"), labelDir, nereval.TextLayout)
}

// LoadRounds reads the labelled documents of the unseen-document rounds
// kept for training under dir (labels/*.json, their texts under
// corpus/), each read as the pipeline reads a text file (the ocr stage,
// then the text stage).
func LoadRounds(dir string) ([]Doc, error) {
	return loadLabelled(filepath.Join(dir, "corpus"), filepath.Join(dir, "labels"), nereval.TextPipeline)
}

// loadLabelled reads the label files of labelDir and their sources under
// corpus, read from src.
func loadLabelled(corpus, labelDir string, src nereval.TextSource) ([]Doc, error) {
	labels, err := nereval.LoadDir(labelDir)
	if err != nil {
		return nil, fmt.Errorf("nertrain: labels: %w", err)
	}
	var out []Doc
	for _, l := range labels {
		doc, err := nereval.DocumentText(context.Background(), filepath.Join(corpus, l.Source), src, l)
		if err != nil {
			return nil, fmt.Errorf("nertrain: labelled document %s: %w", l.Document, err)
		}
		d := CourtDoc(l.Document, doc.Text, l)
		d.Group = l.Group
		out = append(out, d)
	}
	return out, nil
}

// CourtDoc projects one document's labels onto the stage's tokens of text
// and cuts the text into sequences at blank lines (and at line ends past
// 200 tokens), the size of what the stage tags at once.
func CourtDoc(name, text string, labels nereval.Doc) Doc {
	spans := nereval.Mentions(text, labels)
	// Rune offsets to byte offsets.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	toks := extract.Tokenize(text)
	labelsOf := make([]string, len(toks))
	si, last := 0, -1
	for i, t := range toks {
		labelsOf[i] = tagger.Outside
		for si < len(spans) && byteAt[spans[si].End] <= t.Start {
			si++
		}
		if si >= len(spans) || byteAt[spans[si].Start] >= t.End {
			continue
		}
		typ, ok := courtTypes[spans[si].Type]
		if !ok {
			continue
		}
		if last == si {
			labelsOf[i] = "I-" + typ
		} else {
			labelsOf[i] = "B-" + typ
			last = si
		}
	}
	d := Doc{Name: name, Text: text}
	start := 0
	for i := range toks {
		end := i+1 == len(toks)
		if !end {
			gap := text[toks[i].End:toks[i+1].Start]
			end = strings.Count(gap, "\n") >= 2 || strings.Contains(gap, "\n") && i+1-start >= 200
			// Never cut inside an entity.
			end = end && !strings.HasPrefix(labelsOf[i+1], "I-")
		}
		if end {
			d.Sentences = append(d.Sentences, Sentence{
				Spans:  toks[start : i+1],
				Labels: labelsOf[start : i+1],
			})
			start = i + 1
		}
	}
	return d
}
