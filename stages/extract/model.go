package extract

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/extract/tagger"
)

// shippedModel is the trained tagger (scripts/train-ner writes it; see
// docs/quality.md for the data it is trained on and their licences).
//
//go:embed model/ner.model.gz
var shippedModel []byte

// ModelPath is where scripts/train-ner writes the shipped model, relative
// to the repository root.
const ModelPath = "stages/extract/model/ner.model.gz"

// ShippedModel returns the embedded model bytes.
func ShippedModel() []byte { return bytes.Clone(shippedModel) }

// defaultModel decodes the shipped model once per process.
var defaultModel = sync.OnceValues(func() (*tagger.Model, error) {
	m, err := tagger.Decode(bytes.NewReader(shippedModel))
	if err != nil {
		return nil, fmt.Errorf("extract: shipped model: %w", err)
	}
	return m, nil
})

// modelID names the shipped model in the fingerprint: a hash of its bytes,
// so a retrained model gives a new cache key.
var modelID = func() string {
	h := sha256.Sum256(shippedModel)
	return hex.EncodeToString(h[:6])
}()

// modelMentions tags one chunk's text and returns the PERSON, ORG and
// LOCATION spans.
func modelMentions(m *tagger.Model, text string, pats []cand) []cand {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	attrs := Attributes(text, toks, pats)
	seq := make([]tagger.Token, len(toks))
	for i, t := range toks {
		seq[i] = tagger.Token{Text: text[t.Start:t.End], Attrs: attrs[i]}
	}
	var out []cand
	for _, sp := range tagger.Spans(m.Tag(seq)) {
		typ, ok := modelTypes[sp.Type]
		if !ok {
			continue
		}
		s, e := toks[sp.First].Start, toks[sp.Last].End
		if c, ok := modelCand(text, typ, s, e); ok {
			out = append(out, c)
		}
	}
	return out
}

// modelTypes maps the tagger's labels to ours.
var modelTypes = map[string]string{"PER": TypePerson, "ORG": TypeOrg, "LOC": TypeLocation}

// modelCand cleans a tagged span: trims surrounding punctuation and drops
// spans with no capital letter or that are a single role word ("the
// Plaintiff" names a party only through a definition, which defined terms
// handle).
func modelCand(t, typ string, s, e int) (cand, bool) {
	const trimSet = "\"'“”‘’(),;:-–—[]"
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:e])
		if !strings.ContainsRune(trimSet, r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[s:e])
		if !strings.ContainsRune(trimSet, r) {
			break
		}
		e -= n
	}
	if e <= s {
		return cand{}, false
	}
	txt := t[s:e]
	if !strings.ContainsFunc(txt, unicode.IsUpper) {
		return cand{}, false
	}
	ws := strings.Fields(txt)
	if len(ws) == 1 && roleWords[strings.ToLower(strings.Trim(ws[0], ".,"))] {
		return cand{}, false
	}
	return cand{typ: typ, start: s, end: e, source: SourceModel}, true
}
