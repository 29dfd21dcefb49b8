package text

import (
	"context"
	"errors"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// quoteRune straightens typographic quotes and primes.
func quoteRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	}
	return r
}

// dashRune turns dashes and minus signs into '-'. It is applied after
// dehyphenation, which must tell a hyphen from a dash: "Compact—" at a
// line end is not a word broken in two.
func dashRune(r rune) rune {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return '-'
	}
	return r
}

// writeDashed writes s to b with its dashes made ASCII.
func writeDashed(b *strings.Builder, s string) {
	from := 0
	for i, r := range s {
		if r >= 0x2010 && dashRune(r) != r {
			b.WriteString(s[from:i])
			b.WriteByte('-')
			from = i + utf8.RuneLen(r)
		}
	}
	b.WriteString(s[from:])
}

// normalizeLines applies Unicode NFKC (ligatures, compatibility forms,
// non-breaking spaces), straightens quotes, drops control and format
// characters, and returns the page's lines with runs of spaces collapsed
// (to a tab where one is in the run: columnGaps leaves a tab only at a
// column's edge) and runs of empty lines made one, and their length in bytes with the
// newlines between them. It reads s once, normalising as it goes rather than into a copy, and
// stops with errTooLarge as soon as the page's text would pass limit
// bytes: NFKC can make a text ten times longer ("\uFDFA" is 33 bytes), so
// the input's length alone does not bound the output's. It looks at ctx
// every few thousand runes.
func normalizeLines(ctx context.Context, s string, limit int) ([]string, int, error) {
	var b strings.Builder
	b.Grow(min(len(s), limit) + 1)
	var (
		content bool // the current line has text
		space   bool // a space is due before the next text
		tab     bool // a column's edge is due before the next text (see columnGaps)
		cr      bool // the last rune was '\r': a '\n' right after it is the same line end
		shy     bool // a soft hyphen waits for the next rune to say what it is
		blank   bool // the last line ended was empty
	)
	text := func(r rune) {
		switch {
		case tab:
			b.WriteByte('\t')
		case space:
			b.WriteByte(' ')
		}
		space, tab = false, false
		b.WriteRune(r)
		content = true
	}
	newline := func() {
		space, tab = false, false
		if !content && blank {
			// A run of empty lines is one: every later step reads
			// one empty line or many alike (a paragraph break), and a
			// page of newlines must not become a slice of millions of
			// empty strings.
			return
		}
		b.WriteByte('\n')
		blank, content = !content, false
	}
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	runes := 0
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			r, w := utf8.DecodeRune(seg)
			seg = seg[w:]
			if runes++; runes%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, err
				}
			}
			if b.Len() > limit {
				return nil, 0, errTooLarge
			}
			r = quoteRune(r)
			if shy {
				// A soft hyphen marks where a word may break. At a
				// line end it is a break: keep it as a hyphen for
				// dehyphenation; anywhere else it is invisible.
				shy = false
				if r == '\n' || r == '\r' {
					text('-')
				}
			}
			if cr {
				cr = false
				if r == '\n' {
					continue // CRLF is one line end
				}
			}
			switch {
			case r == '\n':
				newline()
			case r == '\r':
				// CRLF and lone CR both end a line.
				newline()
				cr = true
			case r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029':
				newline()
			case r == '\u00AD':
				shy = true
			case r == '\t':
				tab = content
			case unicode.IsSpace(r):
				space = content
			case r == utf8.RuneError, unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r):
				// Control, format (zero-width, bidi marks, BOM) and private
				// use characters carry no text.
			default:
				text(r)
			}
		}
	}
	if shy {
		text('-')
	}
	if b.Len() > limit {
		return nil, 0, errTooLarge
	}
	return strings.Split(b.String(), "\n"), b.Len(), nil
}

// checkEvery is how many runes or lines a loop handles between looks at
// its context: often enough to stop within milliseconds, rarely enough to
// cost nothing.
const checkEvery = 1 << 14

// errTooLarge stops normalisation at the size limit; Clean reports it.
var errTooLarge = errors.New("text too large")

// pageNumberLine matches a line that is only a page number: "3", "- 3 -",
// "Page 3", "Page 3 of 30", "3 of 30", "[3]".
var pageNumberLine = regexp.MustCompile(`(?i)^(?:[-\x{2010}-\x{2015}\[(]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-\x{2010}-\x{2015}\])])?$`)

// lineKey is the identity of a header or footer line: lower case, a run of
// digits as one '#', dashes as '-', a tab as a space, so "Page 3 of 30" and "Page 14 of 30"
// are one key, as are the running heads of pages 9 and 10.
func lineKey(l string) string {
	var b strings.Builder
	b.Grow(len(l))
	digits := false
	for _, r := range l {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		if r == '\t' {
			// A gap is a column's edge on one page and not on the next
			// when its width changes.
			r = ' '
		}
		b.WriteRune(dashRune(unicode.ToLower(r)))
	}
	return b.String()
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
	// keys[p][z] is the key of line zones[p][z]. A line repeats only
	// across pages: with one page there is nothing to key (and its one
	// line may be the whole document).
	keys := make([][]string, n)
	seen := map[string]bool{}
	for p, lines := range pages {
		zones[p] = zone(lines, zoneLines)
		if n < 2 {
			continue
		}
		clear(seen)
		for _, i := range zones[p] {
			k := lineKey(lines[i])
			keys[p] = append(keys[p], k)
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
		for z, i := range zones[p] {
			if pageNumberLine.MatchString(lines[i]) {
				lines[i] = removed
				continue
			}
			if n < 2 {
				continue
			}
			if k := keys[p][z]; repeated(k) {
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
// was, so line structure is kept. A next line that was only the fragment is
// dropped rather than left empty (an empty line would read as a paragraph
// break), and the joined line is looked at again against its new
// successor. Hyphens inside a line are never touched. It is one pass: a
// line that keeps growing ("a-\nb-\nc-\n…") is built in one buffer, and
// joinAt looks only at its end.
func dehyphenate(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	out := lines[:0] // written no faster than read
	cur := lines[0]
	var buf []byte // the current line, once something was joined to it
	joined := false
	end := func() string { // the current line's last bytes: all joinAt reads
		if !joined {
			return cur
		}
		return string(buf[max(0, len(buf)-joinTail):])
	}
	flush := func() {
		if joined {
			cur = string(buf)
			joined = false
		}
		out = append(out, cur)
	}
	for _, next := range lines[1:] {
		if next != "" { // an empty next line is a paragraph break: not a broken word
			tail := end()
			if j := joinAt(tail, next); j >= 0 {
				if !joined {
					buf = append(buf[:0], cur...)
					joined = true
				}
				frag, rest := cutWord(next)
				buf = append(buf[:len(buf)-(len(tail)-j)], frag...)
				if rest == "" {
					continue
				}
				flush()
				cur = rest
				continue
			}
		}
		flush()
		cur = next
	}
	flush()
	return out
}

// cutWord splits line after its first word: at its first space, or at a
// column's edge.
func cutWord(line string) (word, rest string) {
	i := strings.IndexAny(line, " \t")
	if i < 0 {
		return line, ""
	}
	return line[:i], line[i+1:]
}

// joinTail is how much of a line's end joinAt needs: the hyphen, the rune
// before it and a word one rune longer than the longest keepHyphen prefix,
// at most four bytes each, and the separator before the word.
const joinTail = 4 * 10

// dashedWord is the longest word joinAt takes for a caption's dashed
// word ("-against-"), shorter than joinTail.
const dashedWord = 30

// longestKeep is the rune length of the longest keepHyphen prefix.
const longestKeep = 5

// joinAt decides whether line ends in a broken word continued by next. It
// returns the byte length of line to keep before appending the fragment
// (dropping the hyphen, or keeping it), or -1 to leave the lines alone. It
// reads only the last few runes of line, so a line that grows by joins is
// not read again from its start each time.
func joinAt(line, next string) int {
	last, size := utf8.DecodeLastRuneInString(line)
	if !isHyphen(last) || len(line) == size {
		return -1
	}
	stem := line[:len(line)-size]
	before, _ := utf8.DecodeLastRuneInString(stem)
	if !wordRune(before) {
		return -1 // "word -" or "--": a dash, not a broken word
	}
	// "-against-", "-v-": a caption's dashes around a short word, not a
	// word broken at the line's end. The word is at most dashedWord bytes,
	// so the few runes joinAt reads of a joined line hold it whole.
	if word := stem[strings.LastIndexAny(stem, " \t")+1:]; word != "" && len(word) <= dashedWord {
		if r, _ := utf8.DecodeRuneInString(word); isHyphen(r) {
			return -1
		}
	}
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(first) && unicode.IsLetter(before) && !keepsHyphen(stem):
		return len(stem)
	case unicode.IsLetter(first) || unicode.IsDigit(first):
		return len(line)
	}
	return -1
}

// keepsHyphen reports whether the word at the end of stem (its trailing
// letters and digits) is a keepHyphen prefix. The first version took the
// word as the bytes after the last non-word rune's first byte, so after a
// multi-byte separator ("—", "’") the word began with that
// separator's remaining bytes and never matched; that is kept, as
// text/v1's output.
func keepsHyphen(stem string) bool {
	b := len(stem)
	for n := 0; b > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(stem[:b])
		if !wordRune(r) {
			if w > 1 {
				return false
			}
			break
		}
		if n == longestKeep {
			return false // longer than any prefix
		}
		b -= w
	}
	return keepHyphen[strings.ToLower(stem[b:])]
}

// tidyPage joins a page's lines, turning runs of blank lines into one
// paragraph break and trimming blank lines at both ends, and makes its
// dashes ASCII.
func tidyPage(lines []string) string {
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 2
	}
	b.Grow(n)
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
		writeDashed(&b, l)
	}
	return b.String()
}

// leaderRun is a leader some PDFs draw with a font's "l" (the Eighth
// Circuit's captions: "United States of America" /
// "lllllllllllllllllllllPlaintiff - Appellee"): eight or more, opening a
// line or after a space, with the blanks around them. No word has eight;
// a word glued after them keeps all but a leading "l" (the captions' roles
// glued there, "Plaintiff", "Defendant", "Intervenor", have none).
var leaderRun = regexp.MustCompile(`(?m)(?:^|[ \t]+)l{8,}[ \t]*`)

// unleader takes the leaders out of a page: one at a line's start goes,
// one between words becomes a space (a caption flattened onto one line,
// "United States of America lllll Plaintiff - Appellant", reads on as one).
func unleader(page string) string {
	if !strings.Contains(page, "llllllll") {
		return page
	}
	return leaderRun.ReplaceAllStringFunc(page, func(m string) string {
		if m[0] == 'l' {
			return "" // the line's start
		}
		return " "
	})
}
