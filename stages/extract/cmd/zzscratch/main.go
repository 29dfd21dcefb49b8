package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/text"
)

func main() {
	b, _ := os.ReadFile(os.Args[1])
	cr, err := chunk.New(chunk.Config{}).Process(context.Background(), text.Document{Text: string(b)})
	if err != nil { panic(err) }
	fmt.Println("chunks", len(cr.Chunks))
	for i, c := range cr.Chunks[:3] { fmt.Printf("--- %d [%d,%d) %q\n", i, c.Start, c.End, c.Text) }
	t := time.Now()
	er, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: cr})
	if err != nil { panic(err) }
	fmt.Println("extract", time.Since(t), len(er.Mentions))
	for _, m := range er.Mentions { fmt.Printf("%s\t%s\t%q\n", m.Type, m.Source, m.Text) }
}
