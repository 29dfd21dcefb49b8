package chunk

import (
	"strings"
	"unicode"
)

// abbreviations end with a period that does not end a sentence. They are
// the ones legal text is full of (case names, reporters, rules, courts,
// titles); the list is deliberately explicit rather than learned, so chunk
// boundaries never change with a model.
var abbreviations = map[string]bool{}

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
	}
}

// Sentences returns the sentences of text as half-open rune ranges, trimmed
// of surrounding white space, in order. A sentence ends at ".", "!" or "?"
// (with any closing quotes or brackets) followed by white space and a
// character that is not lower case, unless the word before the period is a
// known abbreviation, an initial ("J.", "U. S.") or a dotted acronym
// ("U.S.", "P.J."). A blank line always ends a sentence, since headings,
// captions and list items in extracted PDF text rarely end with a period.
func Sentences(text []rune) [][2]int {
	var out [][2]int
	emit := func(start, end int) {
		for start < end && unicode.IsSpace(text[start]) {
			start++
		}
		for end > start && unicode.IsSpace(text[end-1]) {
			end--
		}
		if end > start {
			out = append(out, [2]int{start, end})
		}
	}
	start := 0
	n := len(text)
	for i := 0; i < n; i++ {
		r := text[i]
		if r == '\n' {
			// A blank line: newline, optional spaces, newline.
			j := i + 1
			for j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\f') {
				j++
			}
			if j < n && text[j] == '\n' {
				emit(start, i)
				start = j
				i = j - 1
			}
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < n && isCloser(text[j]) {
			j++
		}
		if j < n && !unicode.IsSpace(text[j]) {
			continue // "5.05", "U.S.C", "(b).": not a boundary
		}
		k := j
		for k < n && unicode.IsSpace(text[k]) {
			k++
		}
		if k < n && unicode.IsLower(text[k]) {
			continue
		}
		if r == '.' && isAbbreviation(text, i) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, n)
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '.', '!', '?', '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

// isAbbreviation reports whether the period at text[dot] ends an
// abbreviation, an initial or a dotted acronym rather than a sentence.
func isAbbreviation(text []rune, dot int) bool {
	b := dot
	for b > 0 && !unicode.IsSpace(text[b-1]) && text[b-1] != '(' && text[b-1] != '[' && text[b-1] != '"' && text[b-1] != '“' {
		b--
	}
	word := string(text[b:dot])
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") {
		return true // "U.S", "e.g", "P.J"
	}
	rs := []rune(word)
	if len(rs) == 1 && unicode.IsLetter(rs[0]) {
		return true // an initial
	}
	return abbreviations[strings.ToLower(word)]
}
