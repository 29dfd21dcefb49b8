package chunk

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/text"
)

// adversarial are inputs of about n bytes built to make a scanner go back
// over what it has read: long runs of terminators, closers, white space
// and one-character words, each followed by something that stops the run
// from ending a sentence, and very long words and lines.
func adversarial(n int) map[string]string {
	return map[string]string{
		"dots then lower case":     "Hello world. " + strings.Repeat(".", n) + "\nand more.",
		"dots then a letter":       "Hello world. " + strings.Repeat(".", n) + "x",
		"dots at the end":          "Hello world. " + strings.Repeat(".", n),
		"bangs and questions":      "Hello world. " + strings.Repeat("!?", n/2) + " and so on",
		"closing quotes":           "He said. " + strings.Repeat("”", n/3) + " but then",
		"dot space runs":           strings.Repeat(". ", n/2) + "a",
		"initials":                 strings.Repeat("a.", n/2) + " b",
		"one long word then a dot": strings.Repeat("x", n) + ". y",
		"long word, dots, lower":   strings.Repeat("x", n/2) + strings.Repeat(".", n/2) + " y",
		"newlines and spaces":      strings.Repeat("\n \t", n/3) + "z",
		"one run of spaces":        "a" + strings.Repeat(" ", n) + "b",
		"blank lines":              strings.Repeat("\n", n),
		"abbreviation runs":        strings.Repeat("No. ", n/4) + "x",
		"ellipses between words":   strings.Repeat("wait... ", n/8) + "end",
		"one sentence, one line":   strings.Repeat("word ", n/5) + ".",
		"tiny sentences":           strings.Repeat("A. ", n/3),
		"multi-byte letters":       strings.Repeat("é", n/2) + ". Ü",
		"combining marks":          "a" + strings.Repeat("\u0301", n/2) + ". B",
	}
}

// sentenceSteps is how many runes the splitter looks at to split text.
func sentenceSteps(text string) int {
	sp := newSplitter(context.Background(), text)
	for {
		if _, _, ok := sp.next(); !ok {
			return sp.steps
		}
	}
}

// chunkSteps is how many runes splitting and cutting look at, with the
// given target size.
func chunkSteps(t testing.TB, text string, cfg Config) int {
	cfg.MaxChunks = 1 << 30
	cfg = New(cfg).cfg
	src := newPieces(context.Background(), text, cfg.TargetSize)
	if _, err := pack(context.Background(), src, cfg); err != nil {
		t.Fatal(err)
	}
	return src.sp.steps
}

// workBudget is the most steps linear chunking may take on text: a few
// looks at each rune (the main scan, the look ahead past a run of closers,
// trimming, the look back from a period, cutting) and a constant.
func workBudget(text string) int { return 8*utf8.RuneCountInString(text) + 16 }

// TestSentencesAreLinear counts the runes the splitter looks at: on every
// adversarial input it must stay within a small multiple of the input's
// length, however long the run. A splitter that rescans a run of
// terminators after each one (as the first one did: 400,000 dots took 85 s)
// looks at each rune of the run once per terminator before it.
func TestSentencesAreLinear(t *testing.T) {
	const n = 20000
	for name, text := range adversarial(n) {
		t.Run(name, func(t *testing.T) {
			if steps, limit := sentenceSteps(text), workBudget(text); steps > limit {
				t.Fatalf("%d steps for %d bytes (limit %d): the splitter is not linear", steps, len(text), limit)
			}
			for _, target := range []int{1, 7, 1000} {
				cfg := Config{TargetSize: target, Overlap: -1, MinSize: 1}
				if steps, limit := chunkSteps(t, text, cfg), workBudget(text); steps > limit {
					t.Fatalf("target %d: %d steps for %d bytes (limit %d): chunking is not linear", target, steps, len(text), limit)
				}
			}
		})
	}
}

// TestMatchesReference holds the linear chunker to the first one on
// inputs small enough for it: the same chunks, so chunk/v1's cached
// outputs stay right.
func TestMatchesReference(t *testing.T) {
	cases := adversarial(3000)
	cases["prose"] = strings.Repeat("The Court held that the statute applies, see Texas v. New Mexico, 482 U. S. 124. It affirmed! Did it? “Yes.” ", 60)
	cases["invalid utf-8"] = "Caf\xe9 au lait. Na\xefve \xff\xfe. The U.S. Army. " + strings.Repeat("x\xe9 ", 500)
	cfgs := []Config{{}, {TargetSize: 200, Overlap: 50, MinSize: 40}, {TargetSize: 7, Overlap: 3, MinSize: 2}, {TargetSize: 1, Overlap: -1, MinSize: 1}}
	for name, doc := range cases {
		for _, cfg := range cfgs {
			t.Run(fmt.Sprintf("%s/%d", name, cfg.TargetSize), func(t *testing.T) {
				sameAsReference(t, doc, New(cfg))
			})
		}
	}
}

func sameAsReference(t *testing.T, doc string, s *Stage) {
	t.Helper()
	res, err := s.Process(context.Background(), text.Document{Text: doc})
	want := refChunks(doc, s.cfg)
	if len(want) == 0 {
		if err == nil || !stages.IsPermanent(err) {
			t.Fatalf("reference gives no chunks, Process gives %d and error %v", len(res.Chunks), err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Chunks) != len(want) {
		t.Fatalf("%d chunks, reference %d", len(res.Chunks), len(want))
	}
	runes := []rune(doc)
	for i, c := range res.Chunks {
		w := want[i]
		if c.Start != w.start || c.End != w.end || c.Text != string(runes[w.start:w.end]) {
			t.Fatalf("chunk %d is [%d,%d) %q, reference [%d,%d) %q", i, c.Start, c.End, c.Text, w.start, w.end, string(runes[w.start:w.end]))
		}
	}
}

// FuzzChunk checks, on any text and sizes: no panic; chunks in range,
// moving forward, their text at their offsets, covering every non-space
// rune; the same chunks as the reference chunker; and work within a fixed
// multiple of the input's length.
func FuzzChunk(f *testing.F) {
	f.Add("The Court held. It affirmed the U.S. judgment in No. 5.", 50, 10, 5)
	f.Add(strings.Repeat("a b. ", 100), 30, 10, 10)
	f.Add("x\n\n\ny. Z? “q.” ", 3, 1, 1)
	f.Add("Hello world. "+strings.Repeat(".", 300)+"\nand more.", 1000, 200, 100)
	f.Add("a\xffb. C\u00e9\u0301. "+strings.Repeat("\u2028 ", 20), 4, 2, 1)
	f.Fuzz(func(t *testing.T, doc string, target, overlap, minSize int) {
		if len(doc) > 1<<16 {
			return
		}
		cfg := Config{TargetSize: abs(target)%2000 + 1, Overlap: overlap % 500, MinSize: abs(minSize)%200 + 1}
		s := New(cfg)
		res, err := s.Process(context.Background(), text.Document{Text: doc})
		if strings.TrimFunc(doc, unicode.IsSpace) == "" {
			if err == nil || !stages.IsPermanent(err) {
				t.Fatalf("no permanent error for empty text: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(doc)
		covered := 0 // runes before this are covered or white space
		for i, c := range res.Chunks {
			if c.Start < 0 || c.End > len(runes) || c.Start >= c.End || string(runes[c.Start:c.End]) != c.Text {
				t.Fatalf("chunk %d [%d,%d) breaks the offset invariant", i, c.Start, c.End)
			}
			if i > 0 && (c.Start <= res.Chunks[i-1].Start || c.End <= res.Chunks[i-1].End) {
				t.Fatalf("chunk %d does not move forward", i)
			}
			for ; covered < c.Start; covered++ {
				if !unicode.IsSpace(runes[covered]) {
					t.Fatalf("rune %d %q is in no chunk", covered, runes[covered])
				}
			}
			covered = max(covered, c.End)
		}
		for ; covered < len(runes); covered++ {
			if !unicode.IsSpace(runes[covered]) {
				t.Fatalf("rune %d %q is in no chunk", covered, runes[covered])
			}
		}
		if steps, limit := chunkSteps(t, doc, s.cfg), workBudget(doc); steps > limit {
			t.Fatalf("%d steps for %d runes (limit %d)", steps, len(runes), limit)
		}
		if len(doc) <= 4096 {
			sameAsReference(t, doc, s)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -(n + 1)
	}
	return n
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
	doc := text.Document{Text: strings.Repeat("The Court held that the statute applies to this case. ", 20000)}
	for _, after := range []int64{1, 2, 5, 20} {
		t.Run(fmt.Sprint(after), func(t *testing.T) {
			ctx := &endingContext{Context: context.Background()}
			ctx.left.Store(after)
			_, err := New(Config{}).Process(ctx, doc)
			if !errors.Is(err, context.Canceled) || stages.IsPermanent(err) {
				t.Fatalf("got %v, want a transient context.Canceled", err)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	prose := strings.Repeat("The Court held that the statute applies to this case. ", 200)
	tests := []struct {
		name string
		cfg  Config
		doc  string
		want error
	}{
		{"text over the byte limit", Config{MaxTextBytes: 1000}, prose, ErrTextTooLarge},
		{"text at the byte limit", Config{MaxTextBytes: len(prose)}, prose, nil},
		{"too many chunks", Config{MaxChunks: 5}, prose, ErrTooManyChunks},
		{"one chunk over, that merges into its predecessor", Config{TargetSize: 100, Overlap: -1, MinSize: 60, MaxChunks: 2},
			strings.Repeat("x", 100) + " " + strings.Repeat("y", 100) + " " + strings.Repeat("z", 10), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg).Process(context.Background(), text.Document{Text: tc.doc})
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.want) || !stages.IsPermanent(err) {
				t.Fatalf("got %v, want a permanent %v", err, tc.want)
			}
		})
	}
	if err := (Config{MaxChunks: -1}).Validate(); err == nil {
		t.Error("negative MaxChunks validated")
	}
	if err := (Config{MaxTextBytes: -1}).Validate(); err == nil {
		t.Error("negative MaxTextBytes validated")
	}
}

// BenchmarkChunkGrowth runs the chunk stage on inputs of two sizes, four
// times apart: a linear stage takes about four times as long on the
// larger, a quadratic one sixteen.
func BenchmarkChunkGrowth(b *testing.B) {
	kinds := []string{"dots then lower case", "bangs and questions", "one long word then a dot", "tiny sentences", "one run of spaces"}
	for _, kind := range kinds {
		for _, n := range []int{40000, 160000} {
			doc := text.Document{Text: adversarial(n)[kind]}
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) { benchProcess(b, doc) })
		}
	}
	prose := "The Court held that the statute applies to this case. "
	for _, n := range []int{1 << 20, 4 << 20} {
		doc := text.Document{Text: strings.Repeat(prose, n/len(prose))}
		b.Run(fmt.Sprintf("one line of prose/%d", n), func(b *testing.B) { benchProcess(b, doc) })
	}
}

// BenchmarkChunk400kDots is the case of the report: "Hello world. " and
// 400,000 dots, then more text (85 s before the splitter was made linear).
func BenchmarkChunk400kDots(b *testing.B) {
	benchProcess(b, text.Document{Text: adversarial(400000)["dots then lower case"]})
}

func benchProcess(b *testing.B, doc text.Document) {
	s := New(Config{})
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}
