package relate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/relate"
	"github.com/docpipe/docpipe/stages/resolve"
)

// input runs extract (with the model) and resolve over text cut into
// plain 1000-rune chunks.
func input(tb testing.TB, text string) relate.Input {
	tb.Helper()
	ctx := context.Background()
	var cr chunk.Result
	rs := []rune(text)
	for i, k := 0, 0; i < len(rs); i, k = i+1000, k+1 {
		e := min(len(rs), i+1000)
		cr.Chunks = append(cr.Chunks, chunk.Chunk{ID: fmt.Sprintf("c%d", k), Index: k, Text: string(rs[i:e]), Start: i, End: e})
	}
	er, err := extract.New(extract.Config{}).Process(ctx, extract.Input{Chunks: cr})
	if err != nil {
		tb.Fatal(err)
	}
	rr, err := resolve.New(resolve.Config{}).Process(ctx, er)
	if err != nil {
		tb.Fatal(err)
	}
	return relate.Input{DocID: "doc", Chunks: cr, Mentions: er, Entities: rr, Text: text}
}

// BenchmarkRelateScaling relates adversarial documents of two sizes four
// times apart; flat ns/byte is linear behaviour.
func BenchmarkRelateScaling(b *testing.B) {
	kinds := map[string]func(n int) string{
		"tiny-lines": func(n int) string { return strings.Repeat("a\n", n/2) },
		"run-A":      func(n int) string { return strings.Repeat("A", n) },
		"parties": func(n int) string {
			return strings.Repeat("Acme Corp., Plaintiff-Appellant, v. Globex LLC. Counsel for Appellant. ", n/72)
		},
		"names": func(n int) string { return strings.Repeat("Judge Jane Doe met Acme Corp. in Texas. ", n/40) },
	}
	s := relate.New(relate.Config{})
	for _, name := range []string{"names", "parties", "run-A", "tiny-lines"} {
		for _, n := range []int{1 << 15, 1 << 17} {
			in := input(b, kinds[name](n))
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Process(context.Background(), in); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
			})
		}
	}
}

// FuzzRelate checks on small inputs that relate never fails on what
// extract and resolve produce, and that every edge joins known nodes with
// its deterministic id.
func FuzzRelate(f *testing.F) {
	f.Add(caption)
	f.Add("Mr. John Roe, counsel for Globex Corporation, argued.")
	f.Add("Before: ,,, \n\n Attorneys for Appellant")
	f.Add("A v. B")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 3000 || strings.TrimSpace(text) == "" {
			return
		}
		in := input(t, text)
		res, err := relate.New(relate.Config{}).Process(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Relationships {
			if r.ID != relate.RelationshipID(r.Type, r.From, r.To) || r.From == "" || r.To == "" {
				t.Fatalf("bad edge %+v", r)
			}
		}
	})
}
