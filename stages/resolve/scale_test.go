package resolve_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/resolve"
)

// manyNames makes n mentions of distinct names that share words, first
// letters and lengths, the shape that makes pairwise matching quadratic.
func manyNames(n int, typ string) extract.Result {
	var r extract.Result
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Acme Holdings %c%c%c Group", 'A'+i%26, 'a'+(i/26)%26, 'a'+(i/676)%26)
		r.Mentions = append(r.Mentions, extract.Mention{ID: fmt.Sprintf("m%d", i), Type: typ, Text: name, Start: i * 30, End: i*30 + len(name), Source: extract.SourceModel})
	}
	return r
}

// BenchmarkResolveScaling resolves n and 4n similar names: flat ns/name
// is near-linear behaviour (blocked and indexed matching).
func BenchmarkResolveScaling(b *testing.B) {
	s := resolve.New(resolve.Config{})
	for _, typ := range []string{extract.TypeOrg, extract.TypePerson} {
		for _, n := range []int{2000, 8000} {
			in := manyNames(n, typ)
			b.Run(fmt.Sprintf("%s/%d", typ, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Process(context.Background(), in); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/name")
			})
		}
	}
}

// FuzzResolve checks on small inputs that no mention ends in more than
// one entity, every entity is of the mentions' type and ids are the hash
// of type and name. (A mention may end in none: a family's surname that
// only case names write; these inputs have no case names.)
func FuzzResolve(f *testing.F) {
	f.Add("Acme Corp.|ACME CORP|Acme's|AC", "ORG")
	f.Add("No. 17-2400|17-2400|Case: 17-2400", "CASE")
	f.Add("John Smith|Smith|Jane Smith|J. Smith", "PERSON")
	f.Add("June 13, 2013|13 June 2013|2013-06-13", "DATE")
	f.Fuzz(func(t *testing.T, names, typ string) {
		if len(names) > 2000 {
			return
		}
		var in extract.Result
		for i, n := range strings.Split(names, "|") {
			m := extract.Mention{ID: fmt.Sprintf("m%d", i), Type: typ, Text: n, Start: i, End: i + 1}
			if i%3 == 1 {
				m.Refers = strings.Split(names, "|")[0]
			}
			in.Mentions = append(in.Mentions, m)
		}
		res, err := resolve.New(resolve.Config{}).Process(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		owner := map[string]int{}
		for _, e := range res.Entities {
			if e.Type != typ || e.ID != resolve.EntityID(e.Type, e.Name) {
				t.Fatalf("entity %+v: wrong type or id", e)
			}
			for _, id := range e.MentionIDs {
				owner[id]++
			}
		}
		for _, m := range in.Mentions {
			if owner[m.ID] > 1 {
				t.Fatalf("mention %q in %d entities", m.Text, owner[m.ID])
			}
		}
	})
}
