package nereval

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one occurrence of a labelled entity in a text. Start and End are
// rune offsets (as in the pipeline's mentions); Entity indexes Doc.Entities.
type Span struct {
	Start, End int
	Type       string
	Entity     int
	Text       string
}

// Token is a word or punctuation mark of a text, at rune offsets.
type Token struct {
	Text       string
	Start, End int
}

// Tagged is a token with its BIO tag ("O", "B-ORG", "I-ORG", ...).
type Tagged struct {
	Token
	Tag string
}

// aliasPattern matches an alias with any run of whitespace (line breaks
// included) where the alias has whitespace, because layout text breaks a
// name wherever the line ends.
func aliasPattern(alias string) *regexp.Regexp {
	fields := strings.Fields(quoteFolder.Replace(alias))
	for i, f := range fields {
		fields[i] = regexp.QuoteMeta(f)
	}
	return regexp.MustCompile(strings.Join(fields, `\s+`))
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Mentions finds every occurrence of every alias of d's entities in text:
// case-sensitive, whitespace-flexible, only where the occurrence is not
// part of a longer word (so "Hill" is not found in "Hillary", and is found
// in "Hill's"). Overlaps are resolved longest match first; of two equally
// long matches the earlier one wins, and of the same span the entity
// listed first. The result is sorted by position.
func Mentions(text string, d Doc) []Span {
	folded := quoteFolder.Replace(text)
	if len(folded) != len(text) {
		// The folder replaces multi-byte runes by ASCII; keep offsets in
		// the caller's text by folding rune by rune instead.
		folded = foldRunes(text)
	}
	// byte offset -> rune offset
	runeAt := make([]int, len(folded)+1)
	n := 0
	for i := range folded {
		runeAt[i] = n
		n++
	}
	runeAt[len(folded)] = n
	foldedRunes := []rune(folded)
	origRunes := []rune(text)

	var cands []Span
	// Non-entities take part in the longest-match contest as entity -1
	// and are dropped afterwards, so they shadow the aliases inside them.
	blockers := Entity{Type: "", Aliases: d.NonEntities}
	for ei, e := range append([]Entity{blockers}, d.Entities...) {
		ei--
		seen := map[string]bool{}
		for _, a := range e.Aliases {
			if strings.TrimSpace(a) == "" || seen[a] {
				continue
			}
			seen[a] = true
			for _, loc := range aliasPattern(a).FindAllStringIndex(folded, -1) {
				s, t := runeAt[loc[0]], runeAt[loc[1]]
				if s > 0 && isWordRune(foldedRunes[s-1]) && isWordRune(foldedRunes[s]) {
					continue
				}
				if t < len(foldedRunes) && isWordRune(foldedRunes[t]) && isWordRune(foldedRunes[t-1]) {
					continue
				}
				cands = append(cands, Span{Start: s, End: t, Type: e.Type, Entity: ei})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].End-cands[i].Start, cands[j].End-cands[j].Start
		if li != lj {
			return li > lj
		}
		if cands[i].Start != cands[j].Start {
			return cands[i].Start < cands[j].Start
		}
		return cands[i].Entity < cands[j].Entity
	})
	taken := make([]bool, len(foldedRunes))
	var out []Span
next:
	for _, c := range cands {
		for i := c.Start; i < c.End; i++ {
			if taken[i] {
				continue next
			}
		}
		for i := c.Start; i < c.End; i++ {
			taken[i] = true
		}
		if c.Entity < 0 {
			continue
		}
		c.Text = string(origRunes[c.Start:c.End])
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// foldRunes applies quoteFolder one rune at a time, keeping one rune per
// rune so that rune offsets into the result are offsets into the input.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		f := quoteFolder.Replace(string(r))
		if utf8.RuneCountInString(f) != 1 {
			f = string(r)
		}
		b.WriteString(f)
	}
	return b.String()
}

// isJoiner reports whether r joins the letters or digits on both sides of
// it into one token: "17-3510", "O'Hagan", "U.S", "3:05-cv-00595", "4(a)".
func isJoiner(r rune) bool {
	switch r {
	case '-', '.', '/', ':', '\'', '\u2019', ',':
		return true
	}
	return false
}

// isPossessive reports whether rs[j:] starts with a possessive 's (or
// ’s) that ends the word, which is a token of its own so that "Hill's"
// tags "Hill".
func isPossessive(rs []rune, j int) bool {
	if rs[j] != '\'' && rs[j] != '\u2019' || j+1 >= len(rs) || (rs[j+1] != 's' && rs[j+1] != 'S') {
		return false
	}
	return j+2 >= len(rs) || !isWordRune(rs[j+2])
}

// Tokenize splits text into words and punctuation marks. A word is a run
// of letters and digits, with a joiner (- . / : ' ,) kept inside it when a
// letter or digit follows, so docket numbers, initials and amounts
// ("$1,500.00" gives "$" and "1,500.00") stay whole; a possessive 's is
// split off ("Hill", "'s"). Every other
// non-space rune is a token of its own.
func Tokenize(text string) []Token {
	rs := []rune(text)
	var out []Token
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(rs) {
				if isWordRune(rs[j]) {
					j++
					continue
				}
				if isPossessive(rs, j) {
					break
				}
				if isJoiner(rs[j]) && j+1 < len(rs) && isWordRune(rs[j+1]) &&
					(rs[j] != ',' || unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1])) {
					j += 2
					continue
				}
				break
			}
			out = append(out, Token{Text: string(rs[i:j]), Start: i, End: j})
			i = j
		case i > 0 && isWordRune(rs[i-1]) && isPossessive(rs, i):
			out = append(out, Token{Text: string(rs[i : i+2]), Start: i, End: i + 2})
			i += 2
		default:
			out = append(out, Token{Text: string(r), Start: i, End: i + 1})
			i++
		}
	}
	return out
}

// ProjectTokens tags tokens (of any tokenizer, at rune offsets into the
// same text as spans) with BIO tags: a token that overlaps a span takes
// its type, B- on the span's first such token and I- on the rest.
// Spans must not overlap (Mentions guarantees it).
func ProjectTokens(tokens []Token, spans []Span) []Tagged {
	out := make([]Tagged, len(tokens))
	si := 0
	lastSpan := -1
	for i, tok := range tokens {
		out[i] = Tagged{Token: tok, Tag: "O"}
		for si < len(spans) && spans[si].End <= tok.Start {
			si++
		}
		if si < len(spans) && spans[si].Start < tok.End && tok.Start < spans[si].End {
			if lastSpan == si {
				out[i].Tag = "I-" + spans[si].Type
			} else {
				out[i].Tag = "B-" + spans[si].Type
				lastSpan = si
			}
		}
	}
	return out
}

// Project turns d's entity labels into BIO-tagged tokens of text: every
// occurrence of every alias (Mentions), over Tokenize's tokens. This is
// the training view of the hand labels.
func Project(text string, d Doc) []Tagged {
	return ProjectTokens(Tokenize(text), Mentions(text, d))
}
