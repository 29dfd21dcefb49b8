package text

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// quoteMap straightens typographic quotes and primes.
var quoteMap = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'", "\u02BC", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u00AB", `"`, "\u00BB", `"`,
)

// dashMap turns dashes and minus signs into '-'. It runs after
// dehyphenation, which must tell a hyphen from a dash: "Compact—" at a line
// end is not a word broken in two.
var dashMap = strings.NewReplacer(
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-",
	"\u2015", "-", "\u2212", "-", "\uFE58", "-", "\uFE63", "-", "\uFF0D", "-",
)

// normalizeLines applies Unicode NFKC (ligatures, compatibility forms,
// non-breaking spaces), straightens quotes, drops control and format
// characters, and returns the page's lines with runs of spaces collapsed.
func normalizeLines(s string) []string {
	s = norm.NFKC.String(s)
	s = quoteMap.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '\n':
			b.WriteByte('\n')
		case r == '\r':
			// CRLF and lone CR both end a line.
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\u00AD':
			// A soft hyphen marks where a word may break. At a line end
			// it is a break: keep it as a hyphen for dehyphenation;
			// anywhere else it is invisible.
			if i+1 == len(rs) || rs[i+1] == '\n' || rs[i+1] == '\r' {
				b.WriteByte('-')
			}
		case r == '\t' || unicode.IsSpace(r):
			b.WriteByte(' ')
		case r == utf8.RuneError, unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r):
			// Control, format (zero-width, bidi marks, BOM) and private
			// use characters carry no text.
		default:
			b.WriteRune(r)
		}
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return lines
}

// pageNumberLine matches a line that is only a page number: "3", "- 3 -",
// "Page 3", "Page 3 of 30", "3 of 30", "[3]".
var pageNumberLine = regexp.MustCompile(`(?i)^(?:[-\x{2010}-\x{2015}\[(]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-\x{2010}-\x{2015}\])])?$`)

// lineKey is the identity of a header or footer line: lower case, digits
// as '#', dashes as '-', so "Page 3 of 30" and "Page 4 of 30" are one key.
func lineKey(l string) string {
	l = dashMap.Replace(strings.ToLower(l))
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, l)
}

// zone returns the indexes of the first and last n non-empty lines.
func zone(lines []string, n int) []int {
	var idx []int
	for i := 0; i < len(lines) && len(idx) < n; i++ {
		if lines[i] != "" {
			idx = append(idx, i)
		}
	}
	top := len(idx)
	for i := len(lines) - 1; i >= 0 && len(idx)-top < n; i-- {
		if lines[i] != "" && !contains(idx[:top], i) {
			idx = append(idx, i)
		}
	}
	return idx
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// removeRunningLines blanks page-number lines and repeated headers and
// footers (all but their first occurrence) in the top and bottom zones of
// the pages. A line is a running
// header or footer when its key appears in the zones of at least
// ceil(fraction × pages) pages (at least two), or, from six pages on, of
// that share of the odd or of the even pages: books and slip opinions put
// different running heads on facing pages.
func removeRunningLines(pages [][]string, zoneLines int, fraction float64) {
	n := len(pages)
	type count struct{ all, odd, even int }
	counts := map[string]*count{}
	zones := make([][]int, n)
	for p, lines := range pages {
		zones[p] = zone(lines, zoneLines)
		seen := map[string]bool{}
		for _, i := range zones[p] {
			k := lineKey(lines[i])
			if seen[k] {
				continue
			}
			seen[k] = true
			c := counts[k]
			if c == nil {
				c = &count{}
				counts[k] = c
			}
			c.all++
			if p%2 == 0 {
				c.odd++ // page numbers are 1-based: index 0 is page 1
			} else {
				c.even++
			}
		}
	}
	need := func(pages int) int { return max(2, int(math.Ceil(fraction*float64(pages)))) }
	nOdd, nEven := (n+1)/2, n/2
	repeated := func(k string) bool {
		c := counts[k]
		if n < 2 || c == nil {
			return false
		}
		if c.all >= need(n) {
			return true
		}
		return n >= 6 && (c.odd >= need(nOdd) || c.even >= need(nEven))
	}
	// The first occurrence of a running line stays: it is often the only
	// place a title, a letterhead's company or a case number is named.
	kept := map[string]bool{}
	for p, lines := range pages {
		for _, i := range zones[p] {
			if pageNumberLine.MatchString(lines[i]) {
				lines[i] = removed
				continue
			}
			if k := lineKey(lines[i]); repeated(k) {
				if !kept[k] {
					kept[k] = true
					continue
				}
				lines[i] = removed
			}
		}
	}
	// Drop removed lines rather than leave them empty: an empty line
	// would read as a paragraph break.
	for p, lines := range pages {
		out := lines[:0]
		for _, l := range lines {
			if l != removed {
				out = append(out, l)
			}
		}
		pages[p] = out
	}
}

// removed marks a line for removal; it cannot occur in normalised text,
// which has no control characters.
const removed = "\x00"

// keepHyphen are prefixes whose hyphen belongs to the word even when it
// falls at a line end ("self-\nexecuting" is "self-executing").
var keepHyphen = map[string]bool{
	"self": true, "well": true, "half": true, "cross": true, "quasi": true, "vice": true,
}

// isHyphen reports a hyphen proper (not a dash): ASCII hyphen-minus,
// U+2010 and U+2011 (NFKC has mapped U+2011 to U+2010 already).
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// dehyphenate joins words broken across line ends. "pro-\nvision" becomes
// "provision" when the continuation starts in lower case; a continuation in
// upper case or digits keeps the hyphen ("Anglo-\nAmerican", "21-\n1298").
// Only the fragment moves up; the rest of the next line stays where it
// was, so line structure is kept. Hyphens inside a line are never touched.
func dehyphenate(lines []string) []string {
	for i := 0; i+1 < len(lines); i++ {
		next := lines[i+1]
		if next == "" {
			continue // a paragraph break: not a broken word
		}
		j := joinAt(lines[i], next)
		if j < 0 {
			continue
		}
		frag, rest, _ := strings.Cut(next, " ")
		lines[i] = lines[i][:j] + frag
		if rest != "" {
			lines[i+1] = rest
			continue
		}
		// The next line was only the fragment: drop it rather than leave
		// an empty line that would read as a paragraph break, and look at
		// the joined line again against its new successor.
		lines = append(lines[:i+1], lines[i+2:]...)
		i--
	}
	return lines
}

// joinAt decides whether line ends in a broken word continued by next. It
// returns the byte length of line to keep before appending the fragment
// (dropping the hyphen, or keeping it), or -1 to leave the lines alone.
func joinAt(line, next string) int {
	last, size := utf8.DecodeLastRuneInString(line)
	if !isHyphen(last) || len(line) == size {
		return -1
	}
	stem := line[:len(line)-size]
	before, _ := utf8.DecodeLastRuneInString(stem)
	if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return -1 // "word -" or "--": a dash, not a broken word
	}
	first, _ := utf8.DecodeRuneInString(next)
	word := stem[strings.LastIndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })+1:]
	switch {
	case unicode.IsLower(first) && unicode.IsLetter(before) && !keepHyphen[strings.ToLower(word)]:
		return len(stem)
	case unicode.IsLetter(first) || unicode.IsDigit(first):
		return len(line)
	}
	return -1
}

// tidyPage joins a page's lines, turning runs of blank lines into one
// paragraph break and trimming blank lines at both ends.
func tidyPage(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
