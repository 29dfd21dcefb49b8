package text

// The cleaning and classification as they were before they were made
// linear (text/v1 as first written, with text/v2's unweaving of columns and
// of double spacing in front, and text/v3's running-line keys), kept as the reference the tests and the fuzzer hold the new code
// to: the rewrite must not change a byte of
// the output, or the Algorithm would have to change and every cached text
// with it. Parts of it are quadratic, so it only ever sees small inputs.

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/docpipe/docpipe/stages/ocr"
)

// refQuoteMap straightens typographic quotes and primes.
var refQuoteMap = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'", "\u02BC", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u00AB", `"`, "\u00BB", `"`,
)

// refDashMap turns dashes and minus signs into '-'. It runs after
// dehyphenation, which must tell a hyphen from a dash: "Compact—" at a line
// end is not a word broken in two.
var refDashMap = strings.NewReplacer(
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-",
	"\u2015", "-", "\u2212", "-", "\uFE58", "-", "\uFE63", "-", "\uFF0D", "-",
)

// normalizeLines applies Unicode NFKC (ligatures, compatibility forms,
// non-breaking spaces), straightens quotes, drops control and format
// characters, and returns the page's lines with runs of spaces collapsed.
func refNormalizeLines(s string) []string {
	s = norm.NFKC.String(s)
	s = refQuoteMap.Replace(s)
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
		case r == '\t':
			b.WriteByte('\t')
		case unicode.IsSpace(r):
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
		// text/v5: a tab (columnGaps leaves one only at a column's
		// edge) stays, one for a run.
		var cols []string
		for _, c := range strings.Split(l, "\t") {
			if c = strings.Join(strings.Fields(c), " "); c != "" {
				cols = append(cols, c)
			}
		}
		lines[i] = strings.Join(cols, "\t")
	}
	return lines
}

// refCutWord splits line after its first word (text/v5: also at a tab).
func refCutWord(line string) (string, string) {
	if i := strings.IndexAny(line, " \t"); i >= 0 {
		return line[:i], line[i+1:]
	}
	return line, ""
}

// refLineKey is the identity of a header or footer line: lower case, a
// run of digits as one '#' (text/v3; text/v2 keyed each digit, so a page
// number's width split the heads of pages 1–9 from those of 10 and on),
// dashes as '-'.
func refLineKey(l string) string {
	l = refDashMap.Replace(strings.ToLower(strings.ReplaceAll(l, "\t", " ")))
	return refDigitRun.ReplaceAllString(l, "#")
}

// refDigitRun is a run of digits.
var refDigitRun = regexp.MustCompile(`\p{Nd}+`)

// zone returns the indexes of the first and last n non-empty lines.
func refZone(lines []string, n int) []int {
	var idx []int
	for i := 0; i < len(lines) && len(idx) < n; i++ {
		if lines[i] != "" {
			idx = append(idx, i)
		}
	}
	top := len(idx)
	for i := len(lines) - 1; i >= 0 && len(idx)-top < n; i-- {
		if lines[i] != "" && !refContains(idx[:top], i) {
			idx = append(idx, i)
		}
	}
	return idx
}

func refContains(s []int, v int) bool {
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
func refRemoveRunningLines(pages [][]string, zoneLines int, fraction float64) {
	n := len(pages)
	type count struct{ all, odd, even int }
	counts := map[string]*count{}
	zones := make([][]int, n)
	for p, lines := range pages {
		zones[p] = refZone(lines, zoneLines)
		seen := map[string]bool{}
		for _, i := range zones[p] {
			k := refLineKey(lines[i])
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
				lines[i] = refRemoved
				continue
			}
			if k := refLineKey(lines[i]); repeated(k) {
				if !kept[k] {
					kept[k] = true
					continue
				}
				lines[i] = refRemoved
			}
		}
	}
	// Drop refRemoved lines rather than leave them empty: an empty line
	// would read as a paragraph break.
	for p, lines := range pages {
		out := lines[:0]
		for _, l := range lines {
			if l != refRemoved {
				out = append(out, l)
			}
		}
		pages[p] = out
	}
}

// refRemoved marks a line for removal; it cannot occur in normalised text,
// which has no control characters.
const refRemoved = "\x00"

// refKeepHyphen are prefixes whose hyphen belongs to the word even when it
// falls at a line end ("self-\nexecuting" is "self-executing").
var refKeepHyphen = map[string]bool{
	"self": true, "well": true, "half": true, "cross": true, "quasi": true, "vice": true,
}

// isHyphen reports a hyphen proper (not a dash): ASCII hyphen-minus,
// U+2010 and U+2011 (NFKC has mapped U+2011 to U+2010 already).
func refIsHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// dehyphenate joins words broken across line ends. "pro-\nvision" becomes
// "provision" when the continuation starts in lower case; a continuation in
// upper case or digits keeps the hyphen ("Anglo-\nAmerican", "21-\n1298").
// Only the fragment moves up; the rest of the next line stays where it
// was, so line structure is kept. Hyphens inside a line are never touched.
func refDehyphenate(lines []string) []string {
	for i := 0; i+1 < len(lines); i++ {
		next := lines[i+1]
		if next == "" {
			continue // a paragraph break: not a broken word
		}
		j := refJoinAt(lines[i], next)
		if j < 0 {
			continue
		}
		frag, rest := refCutWord(next)
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
func refJoinAt(line, next string) int {
	last, size := utf8.DecodeLastRuneInString(line)
	if !refIsHyphen(last) || len(line) == size {
		return -1
	}
	stem := line[:len(line)-size]
	before, _ := utf8.DecodeLastRuneInString(stem)
	if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return -1 // "word -" or "--": a dash, not a broken word
	}
	if w := stem[strings.LastIndexAny(stem, " \t")+1:]; w != "" && len(w) <= 30 && refIsHyphen([]rune(w)[0]) {
		return -1 // "-against-": a caption's dashes around a short word
	}
	first, _ := utf8.DecodeRuneInString(next)
	word := stem[strings.LastIndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })+1:]
	switch {
	case unicode.IsLower(first) && unicode.IsLetter(before) && !refKeepHyphen[strings.ToLower(word)]:
		return len(stem)
	case unicode.IsLetter(first) || unicode.IsDigit(first):
		return len(line)
	}
	return -1
}

// tidyPage joins a page's lines, turning runs of blank lines into one
// paragraph break and trimming blank lines at both ends.
func refTidyPage(lines []string) string {
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

// Clean returns the cleaned text of each page. The pages are cleaned
// together because running headers and footers are found across pages,
// and a word broken at the end of a page is joined with its rest on the
// next.
func refClean(pages []ocr.Page, cfg Config) []string {
	cfg = cfg.withDefaults()
	lines := make([][]string, len(pages))
	for i, p := range pages {
		// text/v2 unweaves columns and undoes double spacing first; the
		// rest is text/v1's.
		lines[i] = stackColumns(refNormalizeLines(columnGaps(undouble(unweave(p.Text)))))
	}
	refRemoveRunningLines(lines, cfg.ZoneLines, cfg.RepeatFraction)
	for i := range lines {
		lines[i] = refDehyphenate(lines[i])
	}
	refJoinAcrossPages(lines)
	out := make([]string, len(lines))
	for i, ls := range lines {
		out[i] = refDashMap.Replace(refTidyPage(ls))
	}
	return out
}

// joinAcrossPages moves the rest of a word broken at the end of a page up
// from the start of the next page.
func refJoinAcrossPages(pages [][]string) {
	for p := 0; p+1 < len(pages); p++ {
		last := refLastNonEmpty(pages[p])
		first := refFirstNonEmpty(pages[p+1])
		if last < 0 || first < 0 {
			continue
		}
		next := pages[p+1][first]
		j := refJoinAt(pages[p][last], next)
		if j < 0 || !unicode.IsLower([]rune(next)[0]) {
			// Across a page only the plain case is safe: a capitalised
			// continuation is as likely a new heading.
			continue
		}
		frag, rest := refCutWord(next)
		pages[p][last] = pages[p][last][:j] + frag
		pages[p+1][first] = rest
	}
}

func refLastNonEmpty(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

func refFirstNonEmpty(lines []string) int {
	for i, l := range lines {
		if l != "" {
			return i
		}
	}
	return -1
}

// Classify assigns a category by weighted cues. Each cue contributes its
// weight times 1+ln(count), so repetition helps but cannot swamp the other
// cues; title cues count in the first few hundred characters only. The
// confidence (0..1) is the winner's share of all evidence, damped when the
// evidence is thin. It is deterministic: ties go to the earlier category
// in Categories.
func refClassify(text string) (category string, confidence float64) {
	lower := strings.ToLower(text)
	headEnd := len(lower)
	if utf8.RuneCountInString(lower) > titleRunes {
		headEnd = len(string([]rune(lower)[:titleRunes]))
	}
	head := lower[:headEnd]
	scores := make([]float64, len(cues))
	total := 0.0
	best := -1
	for i, c := range cues {
		for _, q := range c.title {
			if n := refCountPhrase(head, q.phrase); n > 0 {
				scores[i] += q.weight
			}
		}
		for _, q := range c.body {
			if n := refCountPhrase(lower, q.phrase); n > 0 {
				scores[i] += q.weight * (1 + math.Log(float64(n)))
			}
		}
		total += scores[i]
		if best < 0 || scores[i] > scores[best] {
			best = i
		}
	}
	if best < 0 || scores[best] < minScore {
		// Little evidence for anything: the confidence says how little.
		s := 0.0
		if best >= 0 {
			s = scores[best]
		}
		return CategoryOther, round3(1 - s/minScore*0.5)
	}
	share := scores[best] / total
	strength := 1 - math.Exp(-scores[best]/10)
	return cues[best].name, round3(share * strength)
}

// countPhrase counts whole-word occurrences of phrase in s (both lower
// case). A phrase ending in '*' matches any continuation of its last word.
func refCountPhrase(s, phrase string) int {
	prefix := strings.HasSuffix(phrase, "*")
	phrase = strings.TrimSuffix(phrase, "*")
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return n
		}
		start := i + j
		end := start + len(phrase)
		if refBoundaryBefore(s, start, phrase) && (prefix || refBoundaryAfter(s, end, phrase)) {
			n++
		}
		i = start + 1
	}
}

// boundaryBefore: the phrase does not continue a word. Phrases that start
// with punctuation ("$") need no boundary.
func refBoundaryBefore(s string, at int, phrase string) bool {
	if first, _ := utf8.DecodeRuneInString(phrase); !wordRune(first) || at == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return !wordRune(r)
}

func refBoundaryAfter(s string, at int, phrase string) bool {
	if last, _ := utf8.DecodeLastRuneInString(phrase); !wordRune(last) || at == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[at:])
	return !wordRune(r)
}

// refProcess is what Process gave.
func refProcess(in ocr.Result) Document {
	texts := refClean(in.Pages, Config{})
	var b strings.Builder
	spans := make([]PageSpan, len(in.Pages))
	pos := 0
	for i, t := range texts {
		if i > 0 && t != "" && b.Len() > 0 {
			b.WriteString(pageSeparator)
			pos += utf8.RuneCountInString(pageSeparator)
		}
		n := utf8.RuneCountInString(t)
		b.WriteString(t)
		spans[i] = PageSpan{Number: in.Pages[i].Number, Start: pos, End: pos + n, Method: in.Pages[i].Method}
		pos += n
	}
	doc := Document{Text: b.String(), ContentType: in.ContentType, Pages: spans}
	doc.Category, doc.CategoryConfidence = refClassify(doc.Text)
	return doc
}
