package extract

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/extract/tagger"
)

// Span is a token of a text: byte offsets [Start, End).
type Span struct{ Start, End int }

// tokenAbbrev are words whose trailing period belongs to the token.
var tokenAbbrev = wordSet(`inc co corp ltd jr sr mr mrs ms dr st no nos hon v vs bros assn dist cir app
	supp fed stat cal civ crim proc ann rev gen sec art al etc cf jan feb mar apr jun jul aug sep sept oct
	nov dec univ dept govt intl natl mfg llc l.l.c n.a l.p u.s u.s.a p.c p.a s.a`)

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// occurrences yields the byte offset of each occurrence of s in t from
// byte from on, left to right, each one after the end of the one before.
func occurrences(t, s string, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; ; {
			k := strings.Index(t[i:], s)
			if k < 0 || !yield(i+k) {
				return
			}
			i += k + len(s)
		}
	}
}

// linesHolding yields, in order and once each, the start of every line of
// t that holds s: the passes that read only the lines a literal is on
// ("Smith, Jones, Chicago, for appellant").
func linesHolding(t, s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		last := -1
		for at := range occurrences(t, s, 0) {
			ls := strings.LastIndexByte(t[:at], '\n') + 1
			if ls == last {
				continue
			}
			last = ls
			if !yield(ls) {
				return
			}
		}
	}
}

// wholeWord reports whether no letter or digit touches t[s:e] on either
// side.
func wholeWord(t string, s, e int) bool {
	before, _ := utf8.DecodeLastRuneInString(t[:s])
	after, _ := utf8.DecodeRuneInString(t[e:])
	return !alnum(before) && !alnum(after)
}

// Tokenize splits text into word and punctuation tokens. A word is a run of
// letters and digits joined by . ' ’ - & : / when a letter or digit follows
// ("U.S", "3:05-cv-00595-RLM-MGG", "AT&T"); a possessive "'s" is a token of
// its own; a final period stays on abbreviations and initials ("Inc.",
// "J."). Anything else is a one-character token. It is linear in the text.
func Tokenize(text string) []Span {
	var out []Span
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !alnum(r) {
			out = append(out, Span{i, i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if alnum(r) {
				j += n
				continue
			}
			if strings.ContainsRune(".'’-&:/", r) && j+n < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j+n:])
				if alnum(r2) {
					// A possessive 's ends the word.
					if (r == '\'' || r == '’') && (r2 == 's' || r2 == 'S') {
						k := j + n + n2
						if k >= len(text) {
							break
						}
						if r3, _ := utf8.DecodeRuneInString(text[k:]); !alnum(r3) {
							break
						}
					}
					j += n
					continue
				}
			}
			break
		}
		if j < len(text) && text[j] == '.' {
			w := strings.ToLower(text[i:j])
			if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") || tokenAbbrev[w] {
				j++
			}
		}
		out = append(out, Span{i, j})
		i = j
	}
	return out
}

// roleWords name a party by its role in the case or contract. They become
// entities only when the text defines them as a party's name.
var roleWords = wordSet(`plaintiff plaintiffs defendant defendants appellant appellants appellee appellees
	petitioner petitioners respondent respondents movant movants borrower borrowers lender lenders
	guarantor guarantors debtor debtors creditor creditors claimant claimants intervenor intervenors
	company buyer seller purchaser licensor licensee landlord tenant employer employee agent trustee
	administrative`)

// titleWords come before a person's name.
var titleWords = wordSet(`mr. mrs. ms. dr. hon. judge judges justice justices honorable senator governor
	commissioner magistrate attorney counsel esq. esq president secretary officer director chairman`)

// courtWords name courts or their parts.
var courtWords = wordSet(`court courts circuit district tribunal bankruptcy appeals appellate supreme division`)

var months = wordSet(`january february march april may june july august september october november december
	jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`)

// Attributes computes the caller-side features of each token for the
// tagger: the deterministic patterns' hits, gazetteer hits and the token's
// place on its line (first or last, and whether the line is in capitals as
// captions are). pats are the pattern candidates of the same text.
func Attributes(text string, toks []Span, pats []cand) [][]string {
	out := make([][]string, len(toks))
	// Line facts: a line is "caps" when it has letters and none is lower
	// case. One pass over the text, then one over the tokens.
	lineCaps := map[int]bool{} // line start → caps
	{
		start, upper, lower := 0, 0, 0
		for i, r := range text {
			if r == '\n' {
				lineCaps[start] = upper >= 2 && lower == 0
				start, upper, lower = i+1, 0, 0
				continue
			}
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
		lineCaps[start] = upper >= 2 && lower == 0
	}
	lineStart := 0
	prevEnd := 0
	for k, t := range toks {
		newLine := k == 0 || strings.Contains(text[prevEnd:t.Start], "\n")
		if newLine {
			if nl := strings.LastIndexByte(text[:t.Start], '\n'); nl >= 0 {
				lineStart = nl + 1
			} else {
				lineStart = 0
			}
			out[k] = append(out[k], "line=first")
			if k > 0 {
				out[k-1] = append(out[k-1], "line=last")
			}
		}
		if lineCaps[lineStart] {
			out[k] = append(out[k], "line=caps")
		}
		prevEnd = t.End
		w := strings.ToLower(text[t.Start:t.End])
		switch {
		case roleWords[w] || roleWords[strings.TrimSuffix(w, "s")]:
			out[k] = append(out[k], "gaz=role")
		case titleWords[w]:
			out[k] = append(out[k], "gaz=title")
		case months[w]:
			out[k] = append(out[k], "gaz=month")
		case orgSuffix[w] || orgSuffix[strings.TrimSuffix(w, ".")]:
			out[k] = append(out[k], "gaz=orgsfx")
		case leadingNoise[w]:
			out[k] = append(out[k], "gaz=noise")
		}
		if locationSet[w] {
			out[k] = append(out[k], "gaz=loc")
		}
		if courtWords[w] {
			out[k] = append(out[k], "gaz=court")
		}
	}
	if len(toks) > 0 {
		out[len(toks)-1] = append(out[len(toks)-1], "line=last")
	}
	// Pattern hits: candidates sorted by start are laid over the tokens
	// with two cursors, so this stays linear.
	for _, c := range pats {
		typ := c.typ
		if c.party {
			typ = "PARTY"
		}
		lo := searchSpan(toks, c.start)
		for k := lo; k < len(toks) && toks[k].Start < c.end; k++ {
			if k == lo {
				out[k] = append(out[k], "pat=B-"+typ)
			} else {
				out[k] = append(out[k], "pat=I-"+typ)
			}
		}
	}
	return out
}

// searchSpan returns the first token ending after pos.
func searchSpan(toks []Span, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Sequence turns a text and its tokens into tagger input.
func Sequence(text string, toks []Span) []tagger.Token {
	attrs := Attributes(text, toks, patternMentions(text))
	out := make([]tagger.Token, len(toks))
	for i, t := range toks {
		out[i] = tagger.Token{Text: text[t.Start:t.End], Attrs: attrs[i]}
	}
	return out
}
