package chunk

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence. They are
// the ones legal text is full of (case names, reporters, rules, courts,
// titles); the list is deliberately explicit rather than learned, so chunk
// boundaries never change with a model.
var abbreviations = map[string]bool{}

// longestAbbreviation is the rune length of the longest abbreviation: a
// longer word is not looked up (lower-casing keeps the rune count).
var longestAbbreviation int

func init() {
	for _, a := range strings.Fields(`v vs no nos mr mrs ms messrs dr prof sec secs ss
		inc co corp cos ltd bros jr sr st ave blvd al etc
		app ann art arts cal cert cir civ cl const crim ct cts dist div ed eds eq evid
		fed gen govt hon jj pp para paras pt pts r rev stat stats supp tr op ch
		cong reg regs n nn ibid assn dept admin sup comm dep rptr ord pet pl
		jan feb mar apr jun jul aug sep sept oct nov dec
		ala ariz ark colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
		mont neb nev okla ore pa tenn tex va vt wash wis wyo`) {
		abbreviations[a] = true
		longestAbbreviation = max(longestAbbreviation, utf8.RuneCountInString(a))
	}
}

// Sentences returns the sentences of text as half-open byte ranges, trimmed
// of surrounding white space, in order. A sentence ends at ".", "!" or "?"
// (with any closing quotes or brackets) followed by white space and a
// character that is not lower case, unless the word before the period is a
// known abbreviation, an initial ("J.", "U. S.") or a dotted acronym
// ("U.S.", "P.J."). A blank line always ends a sentence, since headings,
// captions and list items in extracted PDF text rarely end with a period.
// Invalid UTF-8 bytes count as one U+FFFD each. The work is linear in the
// length of text, whatever it holds.
func Sentences(text string) [][2]int {
	sp := newSplitter(context.Background(), text)
	var out [][2]int
	for {
		a, b, ok := sp.next()
		if !ok {
			return out
		}
		out = append(out, [2]int{a, b})
	}
}

// checkEvery is how many steps a scanner takes between looks at its
// context: often enough to stop within milliseconds, rarely enough to cost
// nothing.
const checkEvery = 1 << 14

// splitter finds the sentences of a text one at a time, so that a caller
// never holds them all. Every rune is looked at a bounded number of times:
// the run of closers after a terminator is scanned once for the whole run,
// not once per terminator in it, and the look back for an abbreviation
// stops at the previous period.
type splitter struct {
	ctx   context.Context
	text  string
	i     int // next byte to look at
	start int // start of the sentence being read
	done  bool
	err   error // the context's error, when it ended the scan

	// After a terminator, the scan over the closers that follow it and the
	// white space after them. Every terminator inside one run of closers
	// ("...", "?!", ".”") shares the result, which holds until runEnd.
	runEnd int  // end of the run of closers
	canEnd bool // white space or the end follows the run, and no lower case after that

	steps     int // runes looked at: the linearity tests read it
	nextCheck int // steps at which the context is looked at next
}

func newSplitter(ctx context.Context, text string) *splitter {
	return &splitter{ctx: ctx, text: text, nextCheck: checkEvery}
}

// next returns the next sentence as a byte range; ok is false at the end of
// the text or when the context ended (then err is set).
func (s *splitter) next() (start, end int, ok bool) {
	text := s.text
	n := len(text)
	for s.i < n {
		if s.steps >= s.nextCheck {
			s.nextCheck = s.steps + checkEvery
			if err := s.ctx.Err(); err != nil {
				s.err = err
				return 0, 0, false
			}
		}
		i := s.i
		r, size := utf8.DecodeRuneInString(text[i:])
		s.steps++
		s.i = i + size
		if r == '\n' {
			// A blank line: newline, optional spaces, newline.
			j := i + 1
			for j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\f') {
				j++
				s.steps++
			}
			if j < n && text[j] == '\n' {
				a, b := s.start, i
				s.start, s.i = j, j
				if a, b, ok := s.trim(a, b); ok {
					return a, b, true
				}
			}
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		if i >= s.runEnd {
			s.scanRun(s.i)
		}
		if !s.canEnd {
			continue // "5.05", "U.S.C", "(b).", "e.g. this": not a boundary
		}
		if r == '.' && s.isAbbreviation(i) {
			continue
		}
		a, b := s.start, s.runEnd
		s.start, s.i = s.runEnd, s.runEnd
		if a, b, ok := s.trim(a, b); ok {
			return a, b, true
		}
	}
	if !s.done {
		s.done = true
		if a, b, ok := s.trim(s.start, n); ok {
			return a, b, true
		}
	}
	return 0, 0, false
}

// scanRun reads the closers from j on, then the white space after them,
// and records whether the run can end a sentence: it is followed by white
// space (or the end) and the next text does not start in lower case.
func (s *splitter) scanRun(j int) {
	text, n := s.text, len(s.text)
	for j < n {
		c, w := utf8.DecodeRuneInString(text[j:])
		if !isCloser(c) {
			break
		}
		j += w
		s.steps++
	}
	s.runEnd = j
	s.canEnd = true
	if j == n {
		return
	}
	if c, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsSpace(c) {
		s.canEnd = false
		return
	}
	for k := j; k < n; {
		c, w := utf8.DecodeRuneInString(text[k:])
		s.steps++
		if !unicode.IsSpace(c) {
			s.canEnd = !unicode.IsLower(c)
			return
		}
		k += w
	}
}

// trim narrows [a, b) to its non-space part; ok is false if nothing is left.
func (s *splitter) trim(a, b int) (int, int, bool) {
	text := s.text
	for a < b {
		c, w := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(c) {
			break
		}
		a += w
		s.steps++
	}
	for b > a {
		c, w := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(c) {
			break
		}
		b -= w
		s.steps++
	}
	return a, b, b > a
}

func isCloser(r rune) bool {
	switch r {
	case '.', '!', '?', '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

// isAbbreviation reports whether the period at text[dot] ends an
// abbreviation, an initial or a dotted acronym rather than a sentence. The
// look back stops at the first period: a word with one inside ("U.S",
// "e.g", "P.J") is an abbreviation whatever else it holds, and so each rune
// is looked back at from one period only.
func (s *splitter) isAbbreviation(dot int) bool {
	text := s.text
	b, runes := dot, 0
	var first rune
	for b > 0 {
		c, w := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsSpace(c) || c == '(' || c == '[' || c == '"' || c == '“' {
			break
		}
		s.steps++
		if c == '.' {
			return true
		}
		b -= w
		runes++
		first = c
	}
	switch {
	case runes == 0:
		return false
	case runes == 1 && unicode.IsLetter(first):
		return true // an initial
	case runes > longestAbbreviation:
		return false
	}
	return abbreviations[strings.ToLower(text[b:dot])]
}
