package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A double-spaced page (briefs, motions, many opinions) comes out of
// pdftotext -layout with an empty line after every line of text, which
// the cleaning would read as a paragraph break after every line: a
// sentence, or a name ("Department of Health and Human / Services"), cut
// at each line end. undouble finds such pages and keeps an empty line only
// where a paragraph ends: before a line indented deeper than the page's
// margin (a paragraph's first line, a heading, a quotation) or opened by a
// bullet or dash (a list's item), and after a line that stops well short
// of the page's right edge (a paragraph's last line).
const (
	// minDoubled is how many line pairs a page needs before its spacing
	// is judged.
	minDoubled = 6
	// doubledShare is the share of pairs of consecutive text lines that
	// must be apart by exactly one empty line.
	doubledShare = 0.6
	// paragraphIndent is how much deeper than the margin a line starts to
	// open a paragraph.
	paragraphIndent = 3
	// shortLine is the fraction of the page's usual line end short of
	// which a line ends its paragraph.
	shortLine = 0.75
	// wrappedWidth is the longest line, in runes, of a page laid out for
	// print; and in wrapped text most lines end inside a sentence (at most
	// wrappedStops of them end one). A plain-text file with one paragraph
	// a line and empty lines between is not double-spaced.
	wrappedWidth = 160
	wrappedStops = 0.5
)

// undouble returns page with the empty lines of its double spacing
// removed where no paragraph ends; any other page is returned as it is.
func undouble(page string) string {
	if !strings.Contains(page, "\n\n") && !strings.Contains(page, "\n \n") {
		return page
	}
	lines := strings.Split(page, "\n")
	type textLine struct {
		at, indent, end int
		marker          bool // starts with a bullet or dash
		stop            bool // ends a sentence
	}
	var text []textLine
	for i, l := range lines {
		t := strings.TrimRight(l, " \t\r")
		if t == "" {
			continue
		}
		body := strings.TrimLeft(t, " \t")
		indent := utf8.RuneCountInString(t) - utf8.RuneCountInString(body)
		r, _ := utf8.DecodeRuneInString(body)
		marker := unicode.Is(unicode.Co, r) || strings.ContainsRune("•▪◦‣●■□–—-*", r)
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, `"')”’`))
		text = append(text, textLine{at: i, indent: indent, end: utf8.RuneCountInString(t), marker: marker,
			stop: strings.ContainsRune(".:;!?", last)})
	}
	if len(text) < minDoubled+1 {
		return page
	}
	wide, stops := 0, 0
	for _, t := range text {
		if t.end > wrappedWidth {
			wide++
		}
		if t.stop {
			stops++
		}
	}
	if wide*5 > len(text) || float64(stops) > wrappedStops*float64(len(text)) {
		return page
	}
	doubled := 0
	for k := 1; k < len(text); k++ {
		if text[k].at-text[k-1].at == 2 {
			doubled++
		}
	}
	if float64(doubled) < doubledShare*float64(len(text)-1) {
		return page
	}
	// The margin is the most common indent; the usual end, the median
	// of the lines' ends.
	counts := map[int]int{}
	ends := make([]int, len(text))
	for k, t := range text {
		counts[t.indent]++
		ends[k] = t.end
	}
	margin, best := 0, -1
	for indent, n := range counts {
		if n > best || n == best && indent < margin {
			margin, best = indent, n
		}
	}
	slices.Sort(ends)
	usualEnd := ends[len(ends)/2]
	drop := make([]bool, len(lines))
	for k := 1; k < len(text); k++ {
		prev, next := text[k-1], text[k]
		if next.at-prev.at != 2 {
			continue
		}
		if next.indent >= margin+paragraphIndent || next.marker || float64(prev.end) < shortLine*float64(usualEnd) {
			continue
		}
		drop[prev.at+1] = true
	}
	var b strings.Builder
	b.Grow(len(page))
	first := true
	for i, l := range lines {
		if drop[i] {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		first = false
	}
	return b.String()
}
