package text_test

import (
	"context"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/text"
)

// BenchmarkTextVectorPDF is the text stage's time on the 30-page opinion's
// ocr result (computed once, outside the timer).
func BenchmarkTextVectorPDF(b *testing.B) {
	data, err := os.ReadFile(testenv.Corpus(b, "court/vector-pdf.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	in, err := ocr.New(ocr.Config{Parallelism: 2}).Process(context.Background(), ocr.Input{Name: "vector-pdf.pdf", Data: data})
	if err != nil {
		b.Fatal(err)
	}
	st := text.New(text.Config{})
	runes := 0
	for _, p := range in.Pages {
		runes += utf8.RuneCountInString(p.Text)
	}
	b.SetBytes(int64(runes))
	for b.Loop() {
		if _, err := st.Process(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}
