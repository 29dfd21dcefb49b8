package nereval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// CoNLLTypes maps CoNLL entity tags to our types. MISC has no counterpart
// and is read as O.
var CoNLLTypes = map[string]string{"PER": TypePerson, "ORG": TypeOrg, "LOC": TypeLocation}

// ConllScored are the types CoNLL data can score.
var ConllScored = []string{TypePerson, TypeOrg, TypeLocation}

// CoNLLDoc is one document of a CoNLL file: its tokens with BIO tags in
// our types, and a text rebuilt from them (one space between tokens, one
// line per sentence) at whose rune offsets the tokens sit.
type CoNLLDoc struct {
	Name   string
	Text   string
	Tokens []Tagged
	// Sentence[i] is the sentence index of token i.
	Sentence []int
}

// ReadCoNLL parses CoNLL data (token first, tag last on each line; blank
// line between sentences; a -DOCSTART- line between documents). Tags may
// be IO (FIN5) or BIO; they come back as BIO in our types, with a new
// entity starting wherever the type changes or a B- tag or a sentence
// break says so (in IO data two adjacent entities of one type merge, as
// the data cannot tell them apart). Documents are named prefix-1,
// prefix-2, ...
func ReadCoNLL(r io.Reader, prefix string) ([]CoNLLDoc, error) {
	var docs []CoNLLDoc
	var cur *CoNLLDoc
	var sb strings.Builder
	pos, sent := 0, 0
	lineStart := true
	prevType := ""
	flush := func() {
		if cur != nil && len(cur.Tokens) > 0 {
			cur.Text = sb.String()
			cur.Name = fmt.Sprintf("%s-%d", prefix, len(docs)+1)
			docs = append(docs, *cur)
		}
		cur = &CoNLLDoc{}
		sb.Reset()
		pos, sent, lineStart, prevType = 0, 0, true, ""
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			if !lineStart {
				sb.WriteString("\n")
				pos++
				lineStart = true
				sent++
			}
			prevType = ""
			continue
		case fields[0] == "-DOCSTART-":
			flush()
			continue
		case len(fields) < 2:
			return nil, fmt.Errorf("nereval: conll line %d: want a token and a tag, got %q: %w", line, sc.Text(), ErrInvalid)
		}
		if cur == nil {
			flush()
		}
		if !lineStart {
			sb.WriteString(" ")
			pos++
		}
		lineStart = false
		tok, tag := fields[0], fields[len(fields)-1]
		if !utf8.ValidString(tok) {
			return nil, fmt.Errorf("nereval: conll line %d: token is not UTF-8: %w", line, ErrInvalid)
		}
		typ, begin := "", false
		switch {
		case tag == "O":
		case strings.HasPrefix(tag, "I-"), strings.HasPrefix(tag, "B-"):
			typ = CoNLLTypes[tag[2:]]
			begin = tag[0] == 'B'
		default:
			return nil, fmt.Errorf("nereval: conll line %d: tag %q is not O, I-X or B-X: %w", line, tag, ErrInvalid)
		}
		out := "O"
		if typ != "" {
			if begin || typ != prevType {
				out = "B-" + typ
			} else {
				out = "I-" + typ
			}
		}
		prevType = typ
		n := utf8.RuneCountInString(tok)
		cur.Tokens = append(cur.Tokens, Tagged{Token: Token{Text: tok, Start: pos, End: pos + n}, Tag: out})
		cur.Sentence = append(cur.Sentence, sent)
		sb.WriteString(tok)
		pos += n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("nereval: read conll: %w", err)
	}
	flush()
	return docs, nil
}

// Gold is the entity-level gold of a CoNLL document: one entity per
// distinct (type, normalised surface form), because CoNLL labels carry no
// coreference. Score it with Options.PerForm.
func (d CoNLLDoc) Gold() Doc {
	g := Doc{Format: Format, Document: d.Name}
	seen := map[string]bool{}
	for _, s := range TaggedSpans(d.Tokens, d.Text) {
		key := s.Type + "\x00" + Normalize(s.Type, s.Text)
		if seen[key] || Normalize(s.Type, s.Text) == "" {
			continue
		}
		seen[key] = true
		g.Entities = append(g.Entities, Entity{Type: s.Type, Name: s.Text, Aliases: []string{s.Text}})
	}
	return g
}

// TaggedSpans reads the entity spans back out of BIO-tagged tokens of
// text (the inverse of ProjectTokens): a B- tag, or an I- tag whose type
// differs from the previous token's, starts a span. Span.Entity is the
// span's index.
func TaggedSpans(tokens []Tagged, text string) []Span {
	rs := []rune(text)
	var out []Span
	cur := -1
	for _, t := range tokens {
		if t.Tag == "O" || len(t.Tag) < 3 {
			cur = -1
			continue
		}
		typ := t.Tag[2:]
		if t.Tag[0] == 'B' || cur < 0 || out[cur].Type != typ {
			out = append(out, Span{Start: t.Start, End: t.End, Type: typ, Entity: len(out)})
			cur = len(out) - 1
			continue
		}
		out[cur].End = t.End
	}
	for i := range out {
		if out[i].Start >= 0 && out[i].End <= len(rs) && out[i].Start <= out[i].End {
			out[i].Text = string(rs[out[i].Start:out[i].End])
		}
	}
	return out
}

// RoleWords are the FIN5 role words scored "without role words": the
// parties of a loan agreement named by role. Our guideline makes them
// aliases of the party they are defined for; FIN5 labels them PER.
var RoleWords = map[string]bool{"borrower": true, "borrowers": true, "lender": true, "lenders": true}

// DropRoleWords is an Options.Drop that removes the role words.
func DropRoleWords(_ string, normalized string) bool { return RoleWords[normalized] }
