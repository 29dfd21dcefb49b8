// Command nerquality scores the extract stage on labelled CoNLL data (the
// SEC loan agreements of FIN5.conll) and writes a Markdown report: precision,
// recall and F1 per type, token-level and entity-level, for the model alone,
// the patterns alone and both, with and without the role words "Borrower"
// and "Lender" that make up most PER labels in that data.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
	"github.com/docpipe/docpipe/stages/text"
)

// gold maps CoNLL tags to our types; MISC is not scored.
var gold = map[string]string{"PER": extract.TypePerson, "ORG": extract.TypeOrg, "LOC": extract.TypeLocation}

var scored = []string{extract.TypePerson, extract.TypeOrg, extract.TypeLocation}

type token struct {
	text       string
	label      string // our type or "" (O and MISC)
	misc       bool
	start, end int // runes in the document text
	sent       int
}

type document struct {
	text   string
	tokens []token
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory (ner/, corpus/court/)")
	court := flag.String("court", "testdata/ner/court", "hand-labelled court documents; empty to leave them out of training")
	out := flag.String("out", "", "write the Markdown report here (default stdout)")
	flag.Parse()
	conll := filepath.Join(*shared, "ner", "FIN5.conll")
	docs, err := read(conll)
	if err != nil {
		log.Fatal(err)
	}
	corpus, err := nertrain.LoadShared(*shared)
	if err != nil {
		log.Fatal(err)
	}
	var courtLabels []nereval.Doc
	if *court != "" {
		if corpus.Court, err = nertrain.LoadCourt(*shared, *court); err != nil {
			log.Fatal(err)
		}
	}
	_ = courtLabels
	if len(corpus.FIN5) != len(docs) {
		log.Fatalf("FIN5: %d documents for training, %d for scoring", len(corpus.FIN5), len(docs))
	}
	var b strings.Builder
	header(&b, conll, docs)
	variants := []struct {
		name  string
		stage func(k int) (*extract.Stage, error)
	}{
		{"patterns only", func(int) (*extract.Stage, error) { return extract.New(extract.Config{DisableModel: true}), nil }},
		{"tagger and patterns, leave one document out (default)", func(k int) (*extract.Stage, error) {
			// Train on the four other agreements, the general corpora and
			// the court documents; score the fifth.
			var dom []nertrain.Doc
			for i, d := range corpus.FIN5 {
				if i != k {
					dom = append(dom, d)
				}
			}
			dom = append(dom, corpus.Court...)
			m, err := nertrain.Train(corpus.General, dom)
			if err != nil {
				return nil, err
			}
			return extract.NewWithModel(extract.Config{}, m, fmt.Sprintf("loo-%d", k)), nil
		}},
	}
	for _, v := range variants {
		start := time.Now()
		preds := make([]prediction, len(docs))
		for k := range docs {
			st, err := v.stage(k)
			if err != nil {
				log.Fatal(err)
			}
			p, err := predict(docs[k:k+1], st)
			if err != nil {
				log.Fatal(err)
			}
			preds[k] = p[0]
		}
		elapsed := time.Since(start)
		fmt.Fprintf(&b, "\n### %s\n\n(%s for %d documents, training included)\n\n", v.name, elapsed.Round(time.Millisecond), len(docs))
		b.WriteString("| level | role words | type | gold | predicted | correct | precision | recall | F1 |\n|---|---|---|---:|---:|---:|---:|---:|---:|\n")
		for _, roles := range []bool{true, false} {
			tokenScores(&b, docs, preds, roles)
			entityScores(&b, docs, preds, roles)
		}
	}
	footer(&b)
	if *court != "" {
		if err := courtSection(&b, *shared, *court, corpus); err != nil {
			log.Fatal(err)
		}
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		w = f
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		log.Fatal(err)
	}
}

// read parses CoNLL (token POS chunk tag), one document per -DOCSTART-,
// rebuilding the text with spaces between tokens and a line per sentence.
func read(path string) ([]document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open conll: %w", err)
	}
	defer f.Close()
	var docs []document
	var cur *document
	var sb strings.Builder
	pos, sent := 0, 0
	lineStart := true
	flush := func() {
		if cur != nil && len(cur.tokens) > 0 {
			cur.text = sb.String()
			docs = append(docs, *cur)
		}
		cur = &document{}
		sb.Reset()
		pos, lineStart = 0, true
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			if !lineStart {
				sb.WriteString("\n")
				pos++
				lineStart = true
				sent++
			}
			continue
		case fields[0] == "-DOCSTART-":
			flush()
			continue
		}
		if cur == nil {
			flush()
		}
		if !lineStart {
			sb.WriteString(" ")
			pos++
		}
		lineStart = false
		tok := fields[0]
		tag := fields[len(fields)-1]
		typ := ""
		misc := false
		if strings.HasPrefix(tag, "I-") || strings.HasPrefix(tag, "B-") {
			typ = gold[tag[2:]]
			misc = tag[2:] == "MISC"
		}
		n := len([]rune(tok))
		cur.tokens = append(cur.tokens, token{text: tok, label: typ, misc: misc, start: pos, end: pos + n, sent: sent})
		sb.WriteString(tok)
		pos += n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flush()
	return docs, nil
}

// predict labels every token with the type of the mention overlapping it.
// prediction is, per document, the token labels and the predicted entities
// as token ranges.
type prediction struct {
	labels   []string
	entities []span
}

type span struct {
	typ         string
	first, last int
}

func predict(docs []document, ex *extract.Stage) ([]prediction, error) {
	ctx := context.Background()
	ch := chunk.New(chunk.Config{})
	out := make([]prediction, len(docs))
	for i, d := range docs {
		cr, err := ch.Process(ctx, text.Document{Text: d.text})
		if err != nil {
			return nil, err
		}
		er, err := ex.Process(ctx, extract.Input{Chunks: cr})
		if err != nil {
			return nil, err
		}
		p := prediction{labels: make([]string, len(d.tokens))}
		k := 0
		for _, m := range er.Mentions {
			if !isScored(m.Type) {
				continue
			}
			for k > 0 && d.tokens[k-1].end > m.Start {
				k--
			}
			for k < len(d.tokens) && d.tokens[k].end <= m.Start {
				k++
			}
			first := -1
			last := -1
			for j := k; j < len(d.tokens) && d.tokens[j].start < m.End; j++ {
				if p.labels[j] == "" {
					p.labels[j] = m.Type
				}
				if first < 0 {
					first = j
				}
				last = j
			}
			if first >= 0 {
				p.entities = append(p.entities, span{m.Type, first, last})
			}
		}
		out[i] = p
	}
	return out, nil
}

func isScored(t string) bool {
	for _, s := range scored {
		if s == t {
			return true
		}
	}
	return false
}

func isRole(tok string) bool {
	switch strings.ToLower(strings.Trim(tok, `"'(),.;:`)) {
	case "borrower", "borrowers", "lender", "lenders":
		return true
	}
	return false
}

type counts struct{ gold, pred, correct int }

func (c counts) row(b *strings.Builder, level, roles, typ string) {
	p, r := ratio(c.correct, c.pred), ratio(c.correct, c.gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	fmt.Fprintf(b, "| %s | %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |\n", level, roles, typ, c.gold, c.pred, c.correct, p, r, f)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func rolesLabel(with bool) string {
	if with {
		return "with"
	}
	return "without"
}

// tokenScores compares the label of every token; without role words, the
// tokens Borrower/Lender are left out of both gold and predictions.
func tokenScores(b *strings.Builder, docs []document, preds []prediction, roles bool) {
	per := map[string]*counts{}
	all := &counts{}
	for _, t := range scored {
		per[t] = &counts{}
	}
	for i, d := range docs {
		for j, tk := range d.tokens {
			if !roles && isRole(tk.text) {
				continue
			}
			g, p := tk.label, preds[i].labels[j]
			if g != "" {
				per[g].gold++
				all.gold++
			}
			if p != "" {
				per[p].pred++
				all.pred++
			}
			if g != "" && g == p {
				per[g].correct++
				all.correct++
			}
		}
	}
	for _, t := range scored {
		per[t].row(b, "token", rolesLabel(roles), t)
	}
	all.row(b, "token", rolesLabel(roles), "**all**")
}

// entityScores compares entities as token ranges: a gold entity is a
// maximal run of tokens with the same tag in one sentence (the data is IO,
// so two adjacent same-type entities read as one); a prediction is correct
// only with the same type and exactly the same first and last token.
func entityScores(b *strings.Builder, docs []document, preds []prediction, roles bool) {
	per := map[string]*counts{}
	all := &counts{}
	for _, t := range scored {
		per[t] = &counts{}
	}
	onlyRoles := func(d document, s span) bool {
		for j := s.first; j <= s.last; j++ {
			if !isRole(d.tokens[j].text) {
				return false
			}
		}
		return true
	}
	for i, d := range docs {
		goldSet := map[span]bool{}
		for j := 0; j < len(d.tokens); j++ {
			if d.tokens[j].label == "" {
				continue
			}
			k := j
			for k+1 < len(d.tokens) && d.tokens[k+1].label == d.tokens[j].label && d.tokens[k+1].sent == d.tokens[j].sent {
				k++
			}
			s := span{d.tokens[j].label, j, k}
			j = k
			if !roles && onlyRoles(d, s) {
				continue
			}
			goldSet[s] = true
			per[s.typ].gold++
			all.gold++
		}
		if os.Getenv("XNER_DUMP") != "" && !roles {
			predSet := map[span]bool{}
			for _, s := range preds[i].entities {
				predSet[s] = true
			}
			txt := func(s span) string {
				var w []string
				for j := s.first; j <= s.last; j++ {
					w = append(w, d.tokens[j].text)
				}
				return strings.Join(w, " ")
			}
			for s := range goldSet {
				if !predSet[s] {
					fmt.Fprintf(os.Stderr, "MISS %s %q\n", s.typ, txt(s))
				}
			}
			for s := range predSet {
				if !goldSet[s] && !onlyRoles(d, s) {
					fmt.Fprintf(os.Stderr, "FP   %s %q\n", s.typ, txt(s))
				}
			}
		}
		seen := map[span]bool{}
		for _, s := range preds[i].entities {
			if seen[s] || !roles && onlyRoles(d, s) {
				continue
			}
			seen[s] = true
			per[s.typ].pred++
			all.pred++
			if goldSet[s] {
				per[s.typ].correct++
				all.correct++
			}
		}
	}
	for _, t := range scored {
		per[t].row(b, "entity", rolesLabel(roles), t)
	}
	all.row(b, "entity", rolesLabel(roles), "**all**")
}

func header(b *strings.Builder, path string, docs []document) {
	toks, labelled, roles, misc := 0, 0, 0, 0
	for _, d := range docs {
		for _, t := range d.tokens {
			toks++
			if t.label != "" {
				labelled++
				if isRole(t.text) {
					roles++
				}
			}
			if t.misc {
				misc++
			}
		}
	}
	fmt.Fprintf(b, `# Extraction quality

Generated by `+"`scripts/quality`"+` (`+"`go run ./stages/extract/cmd/nerquality`"+`); do not edit by hand.

## Data

%s: SEC loan agreements in CoNLL format (Salinas Alvarado, Verspoor and Baldwin,
2015; CC BY 3.0). %d documents, %d tokens, %d tokens labelled PER/ORG/LOC, of which %d are
the role words Borrower/Lender (labelled PER). %d MISC tokens are not scored.

## Method

- Each document's text is rebuilt from its tokens (one space between tokens, one line
  per sentence), then run through the real chunk stage (default settings) and the
  extract stage, exactly as in the pipeline.
- Types compared: PER→PERSON, ORG→ORG, LOC→LOCATION. Mentions of our other types
  (DATE, MONEY, LAW, CASE, COURT) count as "no entity"; MISC gold labels count as
  "no entity" too.
- **Token level**: every token gets the type of the mention that overlaps it; precision,
  recall and F1 over tokens per type.
- **Entity level**: a gold entity is a maximal run of same-tag tokens in a sentence (the
  data is IO-tagged, so adjacent entities of one type merge); a predicted entity is the
  token range its mention overlaps; it is correct only with the same type and exactly the
  same first and last token.
- **Without role words**: tokens Borrower/Lender (any case, plural) are removed from
  both sides (token level), and entities made only of them are dropped (entity level).
  No pattern labels role words (they are not names), and neither does our wrapper of the
  prose model: a person or place from the model that contains a document word
  ("Borrower", "Loan Agreement", "Chief Financial Officer", "Count II") is dropped. The
  stock model labels role words often, as PERSON or, more often, as a place, which is
  why the "with role words" rows score lower than a raw model would: gold calls the role
  words PER, we call them not an entity, on purpose (they are not graph nodes).
- "prose model only" is the prose/v2 stock model through our wrapper (its proper-noun
  and stop-word filters apply), not raw prose output.
`, path, len(docs), toks, labelled, roles, misc)
}

func footer(b *strings.Builder) {
	b.WriteString(`
## Reading the numbers

- With role words, PERSON recall is bounded by design: about nine in ten PER tokens are
  Borrower/Lender, which no pattern labels; what PERSON recall there is comes from the
  model's guesses on those words.
- Patterns have no PERSON rule that fires on this data (no titles, no middle initials);
  their strength is ORG (suffixes, defined terms) at about twice the model's precision.
- One pattern was added after looking at this data's label scheme: the capitalised
  defined terms "Bank", "Company" and "Corporation" standing alone are ORG (legal
  drafting uses them as names of a party). Every other pattern was written for court
  documents first; this data set was not used to tune them further.
`)
}

// courtSection scores the hand-labelled court documents with nereval
// (entity level, one-to-one per document and type) by leave-one-document-
// out cross-validation: each document is scored by a model trained on the
// other court documents, FIN5 and the general corpora.
func courtSection(b *strings.Builder, shared, dir string, corpus nertrain.Corpus) error {
	ctx := context.Background()
	labels, err := nereval.LoadDir(dir)
	if err != nil {
		return err
	}
	if len(labels) != len(corpus.Court) {
		return fmt.Errorf("court: %d label files, %d documents", len(labels), len(corpus.Court))
	}
	fmt.Fprintf(b, "\n## Court documents (hand-labelled, %d documents)\n\n", len(labels))
	b.WriteString("Labels: `testdata/ner/court/*.json` after `docs/entity-guidelines.md`; scored by\n" +
		"`internal/nereval` (entity level: each system entity is matched one-to-one to a gold entity\n" +
		"of its type in the same document through any shared normalised form; a duplicate node for one\n" +
		"entity counts as a false positive). Text: `pdftotext -layout` through the text stage.\n")
	variants := []struct {
		name  string
		stage func(k int) (*extract.Stage, error)
	}{
		{"patterns only", func(int) (*extract.Stage, error) { return extract.New(extract.Config{DisableModel: true}), nil }},
		{"tagger and patterns, leave one court document out (default)", func(k int) (*extract.Stage, error) {
			dom := append([]nertrain.Doc(nil), corpus.FIN5...)
			for i, d := range corpus.Court {
				if i != k {
					dom = append(dom, d)
				}
			}
			m, err := nertrain.Train(corpus.General, dom)
			if err != nil {
				return nil, err
			}
			return extract.NewWithModel(extract.Config{}, m, fmt.Sprintf("court-loo-%d", k)), nil
		}},
	}
	for _, v := range variants {
		var rep nereval.Report
		for k, l := range labels {
			st, err := v.stage(k)
			if err != nil {
				return err
			}
			p := nereval.DefaultPipeline()
			p.Extract = st
			ents, err := p.Entities(ctx, text.Document{Text: corpus.Court[k].Text})
			if err != nil {
				return err
			}
			rep.Docs = append(rep.Docs, nereval.Score(l, ents, nereval.Options{}))
		}
		fmt.Fprintf(b, "\n### %s\n\n", v.name)
		rep.WriteMarkdown(b)
		if os.Getenv("XNER_DUMP") != "" {
			rep.WriteErrors(os.Stderr)
		}
	}
	return nil
}
