package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Layout text (pdftotext -layout, report generators, some converters) sets
// side-by-side blocks on the same lines, apart by runs of spaces: a
// caption's parties beside its docket column, a notice's two header
// columns, two signature blocks, a table's columns. Read line by line,
// their words interleave ("Short Title: … v. National" beside "CITY)"
// becomes one line "… v. National CITY)"), and the later stages see names
// that no page shows. unweave finds such regions and writes each column as
// a block of its own: the left column's lines, a paragraph break, then the
// right column's lines.
//
// A region is a run of lines that leave a gutter free: at least
// gutterSpaces spaces just left of one text column on every line, with
// text on both sides of it (a split line) on at least minSplitLines of
// them, each apart by at least splitSpaces spaces. Justified prose, whose
// lines have wide gaps in random places, rarely lines up a word start on
// three lines in a row with nothing crossing the gutter in between. The
// left column must hold words on minSplitLines lines too: a column of
// bullets or list numbers beside its items is a list, not two columns. A
// left column of nothing but a caption's ")" dividers is dropped.
const (
	gutterSpaces  = 2
	splitSpaces   = 3
	minSplitLines = 3
	// maxColumnDepth bounds the recursion into a region's columns (a
	// caption's parties | ")" | docket column is two levels).
	maxColumnDepth = 3
)

// unweave returns page with its column regions written column by column;
// a page without any is returned as it is.
func unweave(page string) string {
	if !strings.Contains(page, "   ") {
		return page
	}
	lines := strings.Split(page, "\n")
	out, changed := unweaveLines(lines, 0)
	if !changed {
		return page
	}
	return strings.Join(out, "\n")
}

// maxLayoutWidth is the widest line, in runes, that takes part in a
// region: a page laid out for print is under 200 columns wide. A longer
// line (a paragraph of a plain-text file) ends any region, and bounds the
// work: every line is walked at most twice per column (see region), and
// each step is a lookup.
const maxLayoutWidth = 400

// layoutLine is what region needs of a line, found in one pass over it: a
// column is a rune position.
type layoutLine struct {
	r      []rune // nil for a blank line or one over maxLayoutWidth
	long   bool   // over maxLayoutWidth: fits no gutter
	splits []int  // ascending columns where text starts after splitSpaces spaces or more, with text before
	// wordEnd is the column after the first word of three letters or
	// more that is not a roman numeral (a list's "(iii)"), or -1: a column
	// of list markers, bullets or a caption's ")" is no column of text.
	wordEnd int
	// text is the column of the first rune that is not a space or a
	// caption's divider (")", "(", ":", "§", "|"), or -1.
	text int
}

func toLayout(l string) layoutLine {
	if len(l) > 4*maxLayoutWidth {
		return layoutLine{long: true, wordEnd: -1, text: -1}
	}
	r := []rune(l)
	if len(r) > maxLayoutWidth {
		return layoutLine{long: true, wordEnd: -1, text: -1}
	}
	ll := layoutLine{r: r, wordEnd: -1, text: -1}
	spaces, seen := 0, false
	run, roman := 0, true
	for i, c := range r {
		if unicode.IsLetter(c) {
			run++
			roman = roman && strings.ContainsRune("ivxlcdmIVXLCDM", c)
		} else {
			if run >= 3 && !roman && ll.wordEnd < 0 {
				ll.wordEnd = i
			}
			run, roman = 0, true
		}
		if c == ' ' {
			spaces++
			continue
		}
		if ll.text < 0 && !strings.ContainsRune(")(:§|", c) {
			ll.text = i
		}
		if seen && spaces >= splitSpaces {
			ll.splits = append(ll.splits, i)
		}
		spaces, seen = 0, true
	}
	if run >= 3 && !roman && ll.wordEnd < 0 {
		ll.wordEnd = len(r)
	}
	if !seen {
		ll.r = nil
	}
	return ll
}

// blank reports whether the line has no text.
func (ll layoutLine) blank() bool { return ll.r == nil && !ll.long }

// fits reports whether the line leaves the gutter before column c free.
func (ll layoutLine) fits(c int) bool {
	if ll.long {
		return false
	}
	for i := max(c-gutterSpaces, 0); i < c && i < len(ll.r); i++ {
		if ll.r[i] != ' ' {
			return false
		}
	}
	return true
}

func (ll layoutLine) splitAt(c int) bool {
	_, ok := slices.BinarySearch(ll.splits, c)
	return ok
}

// unweaveLines rewrites the column regions of lines, and reports whether
// there was any.
func unweaveLines(lines []string, depth int) ([]string, bool) {
	if depth >= maxColumnDepth {
		return lines, false
	}
	ls := make([]layoutLine, len(lines))
	splits := false
	for i, l := range lines {
		ls[i] = toLayout(l)
		splits = splits || len(ls[i].splits) > 0
	}
	if !splits {
		return lines, false
	}
	// tried[c] is where the last look for a region with column c ended,
	// so that each line is walked at most twice per column.
	tried := map[int]int{}
	var out []string
	changed := false
	from := 0 // lines before from are in out
	for i := 0; i < len(ls); i++ {
		for _, c := range ls[i].splits {
			if end, ok := tried[c]; ok && end >= i {
				continue
			}
			a, b, ok, divider := region(ls, i, c, from)
			tried[c] = b
			if !ok {
				continue
			}
			out = append(out, lines[from:a]...)
			left, right := make([]string, 0, b-a), make([]string, 0, b-a)
			for j := a; j < b; j++ {
				r := ls[j].r
				k := min(c, len(r))
				left = append(left, strings.TrimRight(string(r[:k]), " "))
				if len(r) > c {
					right = append(right, string(r[c:]))
				} else {
					right = append(right, "")
				}
			}
			left, _ = unweaveLines(left, depth+1)
			right, _ = unweaveLines(right, depth+1)
			if !divider {
				// A caption's divider column carries no text.
				out = append(out, trimBlock(left)...)
				out = append(out, "")
			}
			out = append(out, trimBlock(right)...)
			out = append(out, "")
			from, i, changed = b, b-1, true
			break
		}
	}
	if !changed {
		return lines, false
	}
	return append(out, lines[from:]...), true
}

// region returns the region [a, b) around line i with column c: the lines
// before and after i that leave the gutter free (not past floor, and not
// across two blank lines in a row), if it is one.
func region(ls []layoutLine, i, c, floor int) (a, b int, ok, divider bool) {
	a = i
	for a > floor && !ls[a-1].blank() && ls[a-1].fits(c) {
		a--
	}
	b = i + 1
	for b < len(ls) && ls[b].fits(c) && !(ls[b].blank() && (b+1 == len(ls) || ls[b+1].blank())) {
		b++
	}
	for b > a && ls[b-1].blank() {
		b--
	}
	split, worded, divider := 0, 0, true
	for j := a; j < b; j++ {
		if ls[j].splitAt(c) {
			split++
		}
		if ls[j].wordEnd >= 0 && ls[j].wordEnd <= c {
			worded++
		}
		// Nothing left of the gutter but a caption's divider.
		divider = divider && (ls[j].text < 0 || ls[j].text >= c)
	}
	if split < minSplitLines {
		return a, b, false, false
	}
	return a, b, worded >= minSplitLines || divider, divider
}

// trimBlock trims a column's lines on the right and drops its blank lines
// at both ends.
func trimBlock(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// A line that unweave leaves whole can still hold two columns: a docket
// sheet's party and "represented by" its lawyer, two signatures side by
// side, a letterhead's name and address, a running head and its page
// number. Collapsed to one space, their words run together ("Hillary
// Schwab" over "Fair Work, P.C." becomes "Hillary Schwab Fair Work").
// columnGaps keeps such a gap as one tab, which the later stages read as
// a column's edge. A justified line's gaps are wide too, but most of its
// gaps are more than one space ("principally,   the   Free   Speech",
// antiword's "required  to   have"), or they follow a sentence's end
// ("alarming speed.      The virus"); those stay spaces. A gap is wide at
// wideGap spaces or with a tab in it; a line keeps its wide gaps when it
// has at least as many one-space gaps as wide ones and as two-space ones,
// or no more than two gaps, none of two spaces (a caption's "STEINBERG,
// CV-06-03058-PA": two columns of a word each).
const wideGap = 3

// columnGaps returns page with each kept column gap written as one tab,
// and every other gap that holds a tab written as one space: after it a
// tab is always a column's edge. A page without wide gaps is returned as
// it is.
func columnGaps(page string) string {
	if !strings.Contains(page, "   ") && !strings.Contains(page, "\t") {
		return page
	}
	var b strings.Builder
	b.Grow(len(page))
	for len(page) > 0 {
		i := strings.IndexFunc(page, lineEnd)
		if i < 0 {
			i = len(page)
		} else {
			_, n := utf8.DecodeRuneInString(page[i:])
			i += n
		}
		gapLine(&b, page[:i])
		page = page[i:]
	}
	return b.String()
}

// lineEnd reports whether r ends a line for normalizeLines.
func lineEnd(r rune) bool {
	switch r {
	case '\n', '\r', '\f', '\v', '\u2028', '\u2029':
		return true
	}
	return false
}

// gap is a run of spaces between two runs of text on a line, as byte
// offsets.
type gap struct {
	from, to int
	wide     bool
}

// gapLine writes line with its gaps decided (see columnGaps).
func gapLine(b *strings.Builder, line string) {
	var gaps []gap
	singles, doubles, wides, tabs := 0, 0, 0, false
	start, spaces, tab, seen := -1, 0, false, false
	for i, r := range line {
		if unicode.IsSpace(r) && !lineEnd(r) {
			if start < 0 {
				start, spaces, tab = i, 0, false
			}
			spaces++
			tab = tab || r == '\t'
			continue
		}
		if start >= 0 && seen && !lineEnd(r) {
			g := gap{from: start, to: i, wide: tab || spaces >= wideGap}
			gaps = append(gaps, g)
			switch {
			case g.wide:
				wides++
			case spaces == 1:
				singles++
			default:
				doubles++
			}
			tabs = tabs || tab
		}
		start, seen = -1, seen || !lineEnd(r)
	}
	if wides == 0 && !tabs {
		b.WriteString(line)
		return
	}
	keep := singles >= wides && singles >= doubles || wides+singles <= 2 && doubles == 0
	last := 0
	for _, g := range gaps {
		if !g.wide {
			continue
		}
		b.WriteString(line[last:g.from])
		if keep && !sentenceEnd(line[:g.from]) {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		last = g.to
	}
	b.WriteString(line[last:])
}

// sentenceEnd reports whether s ends a sentence or a label: its last word
// ends in '.', '!', '?' or ':' (not ';': a caption's parties end in one),
// maybe with closing quotes or brackets and a footnote's number after it
// ("statutory.1"). A word with a stop inside ("P.C.", "U.S."), a
// company's or a lawyer's short form ("Inc.", "Esq.") and a caption's
// "v." end no sentence.
func sentenceEnd(s string) bool {
	word := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	w := strings.TrimRight(word, "0123456789")
	w = strings.TrimRight(w, `"')]`)
	if w == "" {
		return false
	}
	switch w[len(w)-1] {
	case '!', '?', ':':
		return true
	case '.':
	default:
		return false
	}
	stem := strings.TrimLeft(w[:len(w)-1], `"'([`)
	if strings.Contains(stem, ".") {
		return false
	}
	switch strings.ToLower(stem) {
	case "inc", "esq", "jr", "sr", "co", "corp", "ltd", "bros", "llc", "llp", "pllc", "pc", "pa", "na", "lp", "v", "vs":
		return false
	}
	return true
}

// stackColumns writes each run of two or more consecutive lines that
// columnGaps split into the same number of columns column by column, as
// unweave does with aligned ones: the first column's lines, a paragraph
// break, the next column's lines, and so on. A caption's right column is
// often centred, so that no gutter lines up ("BENEDICT MILLER; and
// CHARLES⇥D.C. No." over "STEINBERG,⇥CV-06-03058-PA"), and two
// signatures side by side are only two lines; read line by line, a name
// is cut by the other column. A lone line keeps its tabs, and so do the
// rows of a table, whose cells belong together, and lines whose first
// column goes on from the line above. When the first column's last cell
// is unfinished (a caption's "v.", a party's ",") the first column goes
// last, to run on into the lines after the run.
func stackColumns(lines []string) []string {
	var out []string // nil until a run is found
	for i := 0; i < len(lines); {
		k := strings.Count(lines[i], "\t")
		j := i + 1
		for k > 0 && j < len(lines) && strings.Count(lines[j], "\t") == k {
			j++
		}
		// A first column that the line above leaves open ("DETROIT
		// METRO TOOL & DIE, INC.," over "Plaintiff,⇥Case No. …") runs
		// through the lines: stacked, it would be cut in two, so its
		// lines keep their tabs.
		if j-i < 2 || k == 0 || table(lines[i:j], k) || i > 0 && runsOn(lines[i-1]) {
			if out != nil {
				out = append(out, lines[i:j]...)
			}
			i = j
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+k+1), lines[:i]...)
		}
		cols := make([][]string, k+1)
		for _, l := range lines[i:j] {
			for c, cell := range strings.Split(l, "\t") {
				cols[c] = append(cols[c], cell)
			}
		}
		if first := cols[0]; runsOn(first[len(first)-1]) {
			// The first column goes on below the run (a caption's "v."
			// before its defendant): the others first, then it, with
			// no break before the lines after the run.
			for _, col := range cols[1:] {
				out = append(append(out, col...), "")
			}
			out = append(out, first...)
		} else {
			for _, col := range cols {
				out = append(append(out, col...), "")
			}
		}
		i = j
	}
	if out == nil {
		return lines
	}
	return out
}

// table reports whether lines, each of k+1 columns, are a table's rows:
// one column holds no letter on any line (amounts, dates, numbers beside
// their labels: "Each Occurrence Limit⇥$1,000,000").
func table(lines []string, k int) bool {
	data := make([]bool, k+1)
	for c := range data {
		data[c] = true
	}
	for _, l := range lines {
		for c, cell := range strings.Split(l, "\t") {
			data[c] = data[c] && strings.IndexFunc(cell, unicode.IsLetter) < 0
		}
	}
	return slices.Contains(data, true)
}

// runsOn reports whether a column's cell leaves its sentence open for the
// next line: it ends in a comma or a semicolon, a caption's "v.", "vs."
// or "-against-", or "and".
func runsOn(cell string) bool {
	w := cell[strings.LastIndexByte(cell, ' ')+1:]
	switch w {
	case "v.", "vs.", "V.", "VS.", "-against-", "and", "AND", "&":
		return true
	}
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";")
}
