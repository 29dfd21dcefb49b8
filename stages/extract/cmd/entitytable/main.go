// Command entitytable prints the entity table the pipeline makes of
// documents (text, chunk, extract and resolve with default settings): one
// line per entity with its type, canonical name and aliases, the view a
// lawyer reads to judge the extraction. PDFs are read with pdftotext, other
// files through the ocr stage.
//
//	go run ./stages/extract/cmd/entitytable testdata/samples/* ../shared/corpus/court/ca1_00117684624.pdf
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/text"
)

func main() {
	ctx := context.Background()
	failed := false
	for _, path := range os.Args[1:] {
		if err := table(ctx, path); err != nil {
			slog.Error("entitytable", "file", path, "err", err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func table(ctx context.Context, path string) error {
	var doc text.Document
	if strings.HasSuffix(strings.ToLower(path), ".pdf") {
		d, err := nereval.CleanPDF(ctx, path)
		if err != nil {
			return err
		}
		doc = d
	} else {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		o, err := ocr.New(ocr.Config{}).Process(ctx, ocr.Input{Name: filepath.Base(path), Data: data})
		if err != nil {
			return err
		}
		if doc, err = text.New(text.Config{}).Process(ctx, o); err != nil {
			return err
		}
	}
	ents, err := nereval.DefaultPipeline().Entities(ctx, doc)
	if err != nil {
		return err
	}
	fmt.Printf("== %s (%d entities)\n", filepath.Base(path), len(ents))
	for _, e := range ents {
		seen := map[string]bool{e.Name: true}
		var al []string
		for _, a := range e.Aliases {
			a = strings.Join(strings.Fields(a), " ")
			if !seen[a] {
				seen[a] = true
				al = append(al, a)
			}
		}
		fmt.Printf("%-8s %s", e.Type, e.Name)
		if len(al) > 0 {
			fmt.Printf("  [%s]", strings.Join(al, " | "))
		}
		fmt.Println()
	}
	return nil
}
