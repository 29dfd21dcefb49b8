package text

import (
	"strings"
	"unicode"
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
// three lines in a row with nothing crossing the gutter in between; a
// region must also have at least one line with text on one side only (a
// column running longer than the other, or a one-sided line of a caption).
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

// layoutLine is a line as runes (a column is a rune position) with the
// columns where text starts after splitSpaces spaces or more.
type layoutLine struct {
	r      []rune
	splits []int
}

func toLayout(l string) layoutLine {
	ll := layoutLine{r: []rune(l)}
	if !strings.Contains(l, "   ") {
		return ll
	}
	spaces, text := 0, false
	for i, c := range ll.r {
		if c == ' ' {
			spaces++
			continue
		}
		if text && spaces >= splitSpaces {
			ll.splits = append(ll.splits, i)
		}
		spaces, text = 0, true
	}
	return ll
}

// fits reports whether the line leaves the gutter before column c free.
func (ll layoutLine) fits(c int) bool {
	for i := c - gutterSpaces; i < c && i < len(ll.r); i++ {
		if i >= 0 && ll.r[i] != ' ' {
			return false
		}
	}
	return true
}

// blank reports whether the line has no text.
func (ll layoutLine) blank() bool {
	for _, c := range ll.r {
		if c != ' ' {
			return false
		}
	}
	return true
}

// oneSided reports whether the line has text on one side of column c only.
func (ll layoutLine) oneSided(c int) bool {
	left, right := false, false
	for i, ch := range ll.r {
		if ch == ' ' {
			continue
		}
		if i < c {
			left = true
		} else {
			right = true
		}
	}
	return left != right
}

// dividerBefore reports whether the line has nothing left of column c but
// a caption's divider: ")" (or "(", ":", "§", "|"), or nothing at all.
func (ll layoutLine) dividerBefore(c int) bool {
	for i := 0; i < c && i < len(ll.r); i++ {
		if !strings.ContainsRune(" )(:§|", ll.r[i]) {
			return false
		}
	}
	return true
}

// wordBefore reports whether the line has a word left of column c: three
// letters or more in a row, not a roman numeral (a list's "(iii)"). A
// column of list markers, bullets or a caption's ")" is no column of text.
func (ll layoutLine) wordBefore(c int) bool {
	run, roman := 0, true
	for i := 0; i < c && i < len(ll.r); i++ {
		ch := ll.r[i]
		if !unicode.IsLetter(ch) {
			if run >= 3 && !roman {
				return true
			}
			run, roman = 0, true
			continue
		}
		run++
		roman = roman && strings.ContainsRune("ivxlcdmIVXLCDM", ch)
	}
	return run >= 3 && !roman
}

func (ll layoutLine) splitAt(c int) bool {
	for _, s := range ll.splits {
		if s == c {
			return true
		}
	}
	return false
}

// unweaveLines rewrites the column regions of lines, and reports whether
// there was any.
func unweaveLines(lines []string, depth int) ([]string, bool) {
	if depth >= maxColumnDepth {
		return lines, false
	}
	ls := make([]layoutLine, len(lines))
	any := false
	for i, l := range lines {
		ls[i] = toLayout(l)
		any = any || len(ls[i].splits) > 0
	}
	if !any {
		return lines, false
	}
	// tried[c] is the last line a region with column c was looked for
	// through, so that each line is walked once per column.
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
		if ls[j].wordBefore(c) {
			worded++
		}
		divider = divider && ls[j].dividerBefore(c)
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
