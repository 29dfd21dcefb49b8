package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/text"
)

func main() {
	st := ocr.New(ocr.Config{})
	ts := text.New(text.Config{})
	for _, f := range os.Args[1:] {
		data, _ := os.ReadFile(f)
		r, err := st.Process(context.Background(), ocr.Input{Name: filepath.Base(f), Data: data})
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		d, _ := ts.Process(context.Background(), r)
		fmt.Printf("===== %s %s pages=%d %s %.3f %+v\n%s\n", filepath.Base(f), r.ContentType, len(r.Pages), d.Category, d.CategoryConfidence, d.Pages, d.Text)
		for _, p := range r.Pages { fmt.Println("  ", p.Method, p.Confidence) }
	}
}
