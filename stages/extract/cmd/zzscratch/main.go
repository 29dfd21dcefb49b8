package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/relate"
	"github.com/docpipe/docpipe/stages/resolve"
	"github.com/docpipe/docpipe/stages/text"
)

func main() {
	b, _ := os.ReadFile(os.Args[1])
	ctx := context.Background()
	cr, _ := chunk.New(chunk.Config{}).Process(ctx, text.Document{Text: string(b)})
	er, _ := extract.New(extract.Config{}).Process(ctx, extract.Input{Chunks: cr})
	t := time.Now()
	rr, _ := resolve.New(resolve.Config{}).Process(ctx, er)
	fmt.Println("resolve", time.Since(t), len(rr.Entities))
	names := map[string]string{}
	for _, e := range rr.Entities {
		names[e.ID] = e.Type + ":" + e.Name
		if len(e.MentionIDs) > 1 || len(e.Aliases) > 0 {
			fmt.Printf("%s\t%q\t%d\t%q\n", e.Type, e.Name, len(e.MentionIDs), e.Aliases)
		}
	}
	t = time.Now()
	rel, _ := relate.New(relate.Config{}).Process(ctx, relate.Input{DocID: "d", Chunks: cr, Mentions: er, Entities: rr, Text: string(b)})
	fmt.Println("relate", time.Since(t), len(rel.Relationships))
	counts := map[string]int{}
	for _, r := range rel.Relationships {
		counts[r.Type]++
		if r.Type == relate.Opposes || r.Type == relate.RepresentedBy || (r.Type == relate.MemberOf && names[r.From] != "") {
			fmt.Println(r.Type, names[r.From], "->", names[r.To], r.Weight)
		}
	}
	fmt.Println(counts)
}
