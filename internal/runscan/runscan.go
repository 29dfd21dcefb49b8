// Package runscan searches a regular expression only where it can match:
// in the runs of text made of the characters its matches can contain
// (its alphabet, read from the expression itself) that hold one of the
// strings every match contains (its needles).
//
// An unanchored expression that opens with a repeated word ("X v. Y" case
// names, a party of up to twelve words) costs Go's engine work at every
// byte of a text. A case name cannot hold a parenthesis, a semicolon or a
// quotation mark, and it always holds " v. ": cut at the characters it
// cannot hold, a page of an opinion leaves a few short runs with a "v." in
// them, and the search over those runs finds exactly what the search over
// the page finds.
package runscan

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scanner is an expression with its alphabet and needles.
type Scanner struct {
	re      *regexp.Regexp
	needles []string
	ascii   [utf8.RuneSelf]bool
	ranges  []rune // pairs lo, hi of the alphabet's characters beyond ASCII
}

// New returns the Scanner of re. Every match of re must contain one of
// needles (the caller's promise; none: every run is searched). New
// panics, as regexp.MustCompile does, when re has no alphabet to cut at:
// when it can match the empty string, matches any character (".") or
// asserts a text's or line's start or end (^, $, \A, \z), which a run's
// edge would fake. A word boundary (\b, \B) is allowed: the alphabet then
// holds every word character, so a run's edge is a word boundary exactly
// where the text's is.
func New(re *regexp.Regexp, needles ...string) *Scanner {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("runscan: %v", err))
	}
	if minLen(tree) == 0 {
		panic(fmt.Sprintf("runscan: %q can match the empty string", re))
	}
	s := &Scanner{re: re, needles: needles}
	if err := s.add(tree); err != nil {
		panic(fmt.Sprintf("runscan: %q: %v", re, err))
	}
	return s
}

// add puts the characters re's node can match into the alphabet.
func (s *Scanner) add(n *syntax.Regexp) error {
	switch n.Op {
	case syntax.OpLiteral:
		for _, r := range n.Rune {
			s.addRange(r, r)
			if n.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					s.addRange(f, f)
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(n.Rune); i += 2 {
			s.addRange(n.Rune[i], n.Rune[i+1])
		}
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		s.addRange('0', '9')
		s.addRange('A', 'Z')
		s.addRange('a', 'z')
		s.addRange('_', '_')
	case syntax.OpEmptyMatch, syntax.OpNoMatch:
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range n.Sub {
			if err := s.add(sub); err != nil {
				return err
			}
		}
	default: // OpAnyChar, OpAnyCharNotNL, OpBeginLine, OpEndLine, OpBeginText, OpEndText
		return fmt.Errorf("%s has no alphabet to cut at", n)
	}
	return nil
}

// addRange puts the characters lo to hi into the alphabet.
func (s *Scanner) addRange(lo, hi rune) {
	for ; lo <= hi && lo < utf8.RuneSelf; lo++ {
		s.ascii[lo] = true
	}
	if lo <= hi {
		s.ranges = append(s.ranges, lo, hi)
	}
}

// minLen is the length in characters of the shortest text n matches.
func minLen(n *syntax.Regexp) int {
	switch n.Op {
	case syntax.OpLiteral:
		return len(n.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLen(n.Sub[0])
	case syntax.OpRepeat:
		return n.Min * minLen(n.Sub[0])
	case syntax.OpConcat:
		sum := 0
		for _, sub := range n.Sub {
			sum += minLen(sub)
		}
		return sum
	case syntax.OpAlternate:
		least := minLen(n.Sub[0])
		for _, sub := range n.Sub[1:] {
			least = min(least, minLen(sub))
		}
		return least
	default: // empty, no match, assertions, star, quest
		return 0
	}
}

// in reports whether r is in the alphabet.
func (s *Scanner) in(r rune) bool {
	if r < utf8.RuneSelf {
		return s.ascii[r]
	}
	for i := 0; i < len(s.ranges); i += 2 {
		if s.ranges[i] <= r && r <= s.ranges[i+1] {
			return true
		}
	}
	return false
}

// FindAllStringSubmatchIndex returns what re.FindAllStringSubmatchIndex(t,
// -1) returns, searching only the runs of t made of the alphabet that
// hold a needle.
func (s *Scanner) FindAllStringSubmatchIndex(t string) [][]int {
	var out [][]int
	start := -1
	search := func(end int) {
		run := t[start:end]
		if len(s.needles) > 0 && !containsAny(run, s.needles) {
			return
		}
		for _, m := range s.re.FindAllStringSubmatchIndex(run, -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += start
				}
			}
			out = append(out, m)
		}
	}
	for i, r := range t {
		if s.in(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			search(i)
			start = -1
		}
	}
	if start >= 0 {
		search(len(t))
	}
	return out
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
