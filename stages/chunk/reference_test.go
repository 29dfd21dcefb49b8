package chunk

// The chunker as it was before it was made linear (chunk/v1 as first
// written), kept as the reference the fuzz test holds the new one to: the
// rewrite must not move a single boundary, or the Algorithm would have to
// change and every cached chunk with it. It is quadratic on runs of
// terminators, so it only ever sees small inputs.

import (
	"strings"
	"unicode"
)

// refChunks is what Process gave: the rune ranges of the chunks.
func refChunks(text string, cfg Config) []refSpan {
	runes := []rune(text)
	rs := refPieces(runes, cfg.TargetSize)
	if len(rs) == 0 {
		return nil
	}
	return refPack(rs, cfg)
}

// Sentences returns the sentences of text as half-open rune ranges, trimmed
// of surrounding white space, in order. A sentence ends at ".", "!" or "?"
// (with any closing quotes or brackets) followed by white space and a
// character that is not lower case, unless the word before the period is a
// known abbreviation, an initial ("J.", "U. S.") or a dotted acronym
// ("U.S.", "P.J."). A blank line always ends a sentence, since headings,
// captions and list items in extracted PDF text rarely end with a period.
func refSentences(text []rune) [][2]int {
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
		for j < n && refIsCloser(text[j]) {
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
		if r == '.' && refIsAbbreviation(text, i) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, n)
	return out
}

func refIsCloser(r rune) bool {
	switch r {
	case '.', '!', '?', '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

// isAbbreviation reports whether the period at text[dot] ends an
// abbreviation, an initial or a dotted acronym rather than a sentence.
func refIsAbbreviation(text []rune, dot int) bool {
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

// refSpan is a half-open rune range.
type refSpan struct{ start, end int }

func (s refSpan) len() int { return s.end - s.start }

// pieces returns the sentences of runes, each cut at word boundaries into
// pieces no longer than max.
func refPieces(runes []rune, max int) []refSpan {
	var out []refSpan
	for _, s := range refSentences(runes) {
		out = append(out, refCut(runes, refSpan{s[0], s[1]}, max)...)
	}
	return out
}

// cut splits an over-long sentence at the last whitespace before max runes,
// or hard at max when a "word" is longer than that (tables, URLs).
func refCut(runes []rune, s refSpan, max int) []refSpan {
	var out []refSpan
	for s.len() > max {
		end := s.start + max
		brk := -1
		for i := end; i > s.start+max/2; i-- {
			if unicode.IsSpace(runes[i]) {
				brk = i
				break
			}
		}
		if brk < 0 {
			brk = end
		}
		head := refTrim(runes, refSpan{s.start, brk})
		if head.len() > 0 {
			out = append(out, head)
		}
		s = refTrim(runes, refSpan{brk, s.end})
	}
	if s.len() > 0 {
		out = append(out, s)
	}
	return out
}

func refTrim(runes []rune, s refSpan) refSpan {
	for s.start < s.end && unicode.IsSpace(runes[s.start]) {
		s.start++
	}
	for s.end > s.start && unicode.IsSpace(runes[s.end-1]) {
		s.end--
	}
	return s
}

// pack groups consecutive sentences greedily into chunks of at most
// TargetSize runes (more only when a chunk would otherwise stay under
// MinSize). Each chunk after the first starts with the longest run of
// trailing sentences of its predecessor that fits in Overlap, never reaching
// back to its predecessor's first sentence, and always adds at least one new
// sentence, so chunks move strictly forward.
func refPack(ss []refSpan, cfg Config) []refSpan {
	var out []refSpan
	first := 0 // first sentence of the current chunk
	next := 0  // first sentence not yet in any chunk
	for next < len(ss) {
		// Shrink the overlap until the first new sentence fits.
		for first < next && ss[next].end-ss[first].start > cfg.TargetSize {
			first++
		}
		last := next
		for last+1 < len(ss) {
			size := ss[last+1].end - ss[first].start
			if size > cfg.TargetSize && ss[last].end-ss[first].start >= cfg.MinSize {
				break
			}
			last++
		}
		out = append(out, refSpan{ss[first].start, ss[last].end})
		chunkFirst := first
		next = last + 1
		first = next
		for first-1 > chunkFirst && ss[last].end-ss[first-1].start <= cfg.Overlap {
			first--
		}
	}
	// A short tail is merged into its predecessor, unless it is the
	// whole document.
	if n := len(out); n > 1 && out[n-1].len() < cfg.MinSize {
		out[n-2].end = out[n-1].end
		out = out[:n-1]
	}
	return out
}
