package text

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/ocr"
)

func onePage(t string) ocr.Result {
	return ocr.Result{ContentType: "text/plain", Pages: []ocr.Page{{Number: 1, Text: t, Method: ocr.MethodDirect, Confidence: 1}}}
}

// pagesOf splits t at form feeds into pages, as the ocr stage does with
// plain text.
func pagesOf(t string) ocr.Result {
	var r ocr.Result
	for i, p := range strings.Split(t, "\f") {
		r.Pages = append(r.Pages, ocr.Page{Number: i + 1, Text: p, Method: ocr.MethodDirect, Confidence: 1})
	}
	return r
}

// adversarial are inputs of about n bytes built against each step of
// cleaning: lines that keep growing or vanish by dehyphenation, one
// endless line, a million tiny ones, runs of one character of every kind
// the normaliser treats specially, text that NFKC makes ten times longer,
// markup, and many pages.
func adversarial(n int) map[string]ocr.Result {
	return map[string]ocr.Result{
		"hyphen chain":         onePage(strings.Repeat("a-\n", n/3) + "b"),
		"fragment lines":       onePage(strings.Repeat("pro-\nvision\n", n/12)),
		"hyphen chain, long":   onePage("x" + strings.Repeat("yz-\n", n/4) + "end"),
		"keep-hyphen chain":    onePage(strings.Repeat("self-\n", n/6) + "made"),
		"one long line":        onePage(strings.Repeat("The Court held that the statute applies. ", n/41)),
		"one long word":        onePage(strings.Repeat("x", n)),
		"tiny lines":           onePage(strings.Repeat("a\n", n/2)),
		"blank lines":          onePage(strings.Repeat("\n", n)),
		"soft hyphens":         onePage(strings.Repeat("\u00ad", n/2) + "\n" + strings.Repeat("a\u00ad\n", n/4)),
		"combining marks":      onePage("a" + strings.Repeat("\u0301", n/2)),
		"carriage returns":     onePage(strings.Repeat("\r", n/2) + strings.Repeat("\r\n", n/4)),
		"control characters":   onePage(strings.Repeat("\x00\u200b\ufeff", n/7)),
		"spaces":               onePage(strings.Repeat(" \t\u00a0", n/4) + "x"),
		"nfkc expansion":       onePage(strings.Repeat("\ufdfa", n/3)),
		"quotes and dashes":    onePage(strings.Repeat("\u201c\u2014\u2019-", n/10)),
		"page numbers":         onePage(strings.Repeat("12\n", n/3)),
		"nested markup":        onePage(strings.Repeat("<div><b>", n/16) + "text" + strings.Repeat("</b></div>", n/20)),
		"many pages":           pagesOf(strings.Repeat("Case 1-2 Page 3\nbody text ab-\f", n/30)),
		"many pages, one word": pagesOf(strings.Repeat("ex-\f", n/4) + "tra"),
		"invalid utf-8":        onePage(strings.Repeat("a\xff\xfe-\n", n/5)),
		"cue words everywhere": onePage(strings.Repeat("v. $ a. q. the court ", n/21)),
		// Columns: one region as long as the page, gaps that line up on
		// no two lines (every column is tried), and one line of gaps.
		"one long region":  onePage(strings.Repeat("Name:   x        ) Judge\n", n/25)),
		"shifting gaps":    onePage(shiftingGaps(n)),
		"gaps in one line": onePage(strings.Repeat("word   ", n/7)),
		"double spacing":   onePage(strings.Repeat("  a line of text that fills the page\n\n", n/38)),
	}
}

// shiftingGaps is about n bytes of 60-column lines with a gap every few
// columns, each line's gaps one column right of the line above's.
func shiftingGaps(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		line := strings.Repeat(" ", i%7) + strings.Repeat("ab   ", 12)
		b.WriteString(line[:60])
		b.WriteByte('\n')
	}
	return b.String()
}

// allocated is the bytes f allocates on the heap.
func allocated(f func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// allocBudget is the most a linear Process may allocate for in: a few
// copies of the text at up to eleven times its length (NFKC), a line
// header per input byte at worst, a little per page, and a constant.
// Joining a growing line by concatenation (as the first dehyphenate did)
// allocates the square of its length.
func allocBudget(in ocr.Result) uint64 {
	return uint64(200*inputBytes(in) + raceAllocFactor*2048*len(in.Pages) + 1<<20)
}

func inputBytes(in ocr.Result) int {
	n := 0
	for _, p := range in.Pages {
		n += len(p.Text)
	}
	return n
}

// TestProcessIsLinear bounds what Process allocates on every adversarial
// input by a fixed multiple of its size: work that grows with the square
// of the input (a line rebuilt on every join) allocates far more.
func TestProcessIsLinear(t *testing.T) {
	s := New(Config{})
	for name, in := range adversarial(60000) {
		t.Run(name, func(t *testing.T) {
			var err error
			got := allocated(func() { _, err = s.Process(context.Background(), in) })
			if err != nil {
				t.Fatal(err)
			}
			if got > allocBudget(in) {
				t.Fatalf("allocated %d bytes for %d bytes of input (budget %d)", got, inputBytes(in), allocBudget(in))
			}
		})
	}
}

// TestMatchesReference holds the linear cleaning to the first one: the
// same text, page spans and category.
func TestMatchesReference(t *testing.T) {
	cases := adversarial(2000)
	cases["headers and hyphens"] = pagesOf(strings.Repeat("Case: 21-1298 Document: 42 Page: 3\nCite as: 569 U. S. ____ (2013)\nthe pro-\nvision and self-\nexecuting Anglo-\nAmerican \u2014self-\nmade\n- 3 -\f", 8))
	for name, in := range cases {
		t.Run(name, func(t *testing.T) { sameAsReference(t, in) })
	}
}

func sameAsReference(t *testing.T, in ocr.Result) {
	t.Helper()
	got, err := New(Config{}).Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if want := refProcess(in); !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
}

// FuzzText checks, on any pages: no panic; the same document as the
// reference cleaning (the input arrives as JSON, so it is valid UTF-8);
// clean output (valid UTF-8, no control characters but newlines and tabs between columns, page
// spans in order and in range); and allocation within a fixed multiple of
// the input's size.
func FuzzText(f *testing.F) {
	f.Add("the pro-\nvision\fex-\fcess Page 3 of 30\n")
	f.Add("a\u00ad\r\n\u00ad\rb\u2028\ufdfa\x00 “q” \u2014 self-\nmade")
	f.Add(strings.Repeat("a-\n", 50) + "\f- 2 -\nbody")
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 1<<16 {
			return
		}
		raw = strings.ToValidUTF8(raw, "\ufffd")
		in := pagesOf(raw)
		var (
			doc Document
			err error
		)
		got := allocated(func() { doc, err = New(Config{}).Process(context.Background(), in) })
		if err != nil {
			t.Fatal(err)
		}
		if got > allocBudget(in) {
			t.Fatalf("allocated %d bytes for %d bytes of input (budget %d)", got, inputBytes(in), allocBudget(in))
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("text is not valid UTF-8")
		}
		for _, r := range doc.Text {
			if r != '\n' && r != '\t' && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)) {
				t.Fatalf("control or format character %U in the text", r)
			}
		}
		// A tab is a column's edge: between two columns' text, one.
		for _, l := range strings.Split(doc.Text, "\n") {
			if strings.HasPrefix(l, "\t") || strings.HasSuffix(l, "\t") || strings.Contains(l, "\t\t") || strings.Contains(l, " \t") || strings.Contains(l, "\t ") {
				t.Fatalf("a tab not between two columns' text: %q", l)
			}
		}
		runes, end := utf8.RuneCountInString(doc.Text), 0
		for i, sp := range doc.Pages {
			if sp.Start < end || sp.End < sp.Start || sp.End > runes {
				t.Fatalf("page span %d [%d,%d) is out of order or range (%d runes)", i, sp.Start, sp.End, runes)
			}
			end = sp.End
		}
		if len(raw) <= 4096 {
			sameAsReference(t, in)
		}
	})
}

// endingContext is a context that ends after its Err has been asked a
// number of times: it makes "the context ends while the stage works"
// happen at a known point, without timing.
type endingContext struct {
	context.Context
	left atomic.Int64
}

func (c *endingContext) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

func TestProcessStopsWhenContextEnds(t *testing.T) {
	in := pagesOf(strings.Repeat(strings.Repeat("The Court held that the statute applies. ", 200)+"\f", 300))
	for _, after := range []int64{1, 2, 5, 20, 200} {
		t.Run(fmt.Sprint(after), func(t *testing.T) {
			ctx := &endingContext{Context: context.Background()}
			ctx.left.Store(after)
			_, err := New(Config{}).Process(ctx, in)
			if !errors.Is(err, context.Canceled) || stages.IsPermanent(err) {
				t.Fatalf("got %v, want a transient context.Canceled", err)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	prose := strings.Repeat("The Court held that the statute applies. ", 100)
	tests := []struct {
		name  string
		limit int
		in    ocr.Result
		fail  bool
	}{
		{"one page over", 1000, onePage(prose), true},
		{"pages over together", 3 * len(prose) / 2, pagesOf(prose + "\f" + prose), true},
		{"NFKC makes it too long", 1000, onePage(strings.Repeat("\ufdfa", 100)), true},
		{"white space does not count", 1000, onePage(strings.Repeat(" ", 5000) + "word"), false},
		{"nor do runs of empty lines", 1000, onePage(strings.Repeat("\n \r\n", 5000) + "word"), false},
		{"at the limit", len(prose) - 1, onePage(prose), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(Config{MaxTextBytes: tc.limit}).Process(context.Background(), tc.in)
			if !tc.fail {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrTextTooLarge) || !stages.IsPermanent(err) {
				t.Fatalf("got %v, want a permanent ErrTextTooLarge", err)
			}
		})
	}
	if err := (Config{MaxTextBytes: -1}).Validate(); err == nil {
		t.Error("negative MaxTextBytes validated")
	}
}

// BenchmarkTextGrowth runs the text stage on inputs of two sizes, four
// times apart: a linear stage takes about four times as long on the
// larger, a quadratic one sixteen.
func BenchmarkTextGrowth(b *testing.B) {
	kinds := []string{"hyphen chain", "fragment lines", "one long line", "tiny lines", "nfkc expansion", "many pages"}
	for _, kind := range kinds {
		for _, n := range []int{40000, 160000} {
			in := adversarial(n)[kind]
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) {
				s := New(Config{})
				b.SetBytes(int64(inputBytes(in)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := s.Process(context.Background(), in); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
