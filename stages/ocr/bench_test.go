package ocr_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/ocr"
)

// BenchmarkOCRPages compares the stage's OCR throughput with the raw
// tesseract command at the same parallelism, on the two pages of
// image-pdf.pdf pre-rendered at 300 dpi grey as PNG:
//   - raw_pages/s: `tesseract page.png stdout -l eng --psm 3 tsv`, the work a
//     perfect wrapper would do;
//   - png_pages/s: the stage on the same PNG files as image inputs, the
//     like-for-like measure of the stage's own overhead (png/raw);
//   - pdf_pages/s: the stage on image-pdf.pdf itself, which also renders
//     each page (pdftoppm), work the raw baseline does not do (pdf/raw).
//
// Each iteration runs all three back to back, so a busy machine slows them
// alike and the ratios stay comparable.
func BenchmarkOCRPages(b *testing.B) {
	pdfPath := testenv.Corpus(b, "court/image-pdf.pdf")
	pdf, err := os.ReadFile(pdfPath)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	const pages = 2
	var pngs []string
	var pngData [][]byte
	for p := 1; p <= pages; p++ {
		n := strconv.Itoa(p)
		args := []string{"-r", "300", "-gray", "-png", "-f", n, "-l", n, "-singlefile", pdfPath, filepath.Join(dir, "p"+n)}
		if out, err := exec.Command("pdftoppm", args...).CombinedOutput(); err != nil {
			b.Fatalf("pdftoppm: %v: %s", err, out)
		}
		png := filepath.Join(dir, "p"+n+".png")
		pngs = append(pngs, png)
		d, err := os.ReadFile(png)
		if err != nil {
			b.Fatal(err)
		}
		pngData = append(pngData, d)
	}

	for _, par := range []int{1, 2} {
		b.Run(fmt.Sprintf("parallel=%d", par), func(b *testing.B) {
			st := ocr.New(ocr.Config{Parallelism: par})
			if err := st.Check(); err != nil {
				b.Fatal(err)
			}
			var raw, viaPDF, viaPNG time.Duration
			for b.Loop() {
				t0 := time.Now()
				runParallel(b, par, pngs, func(img string) error {
					cmd := exec.Command("tesseract", img, "stdout", "-l", "eng", "--psm", "3", "tsv")
					cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
					return cmd.Run()
				})
				t1 := time.Now()
				if _, err := st.Process(context.Background(), ocr.Input{Name: "image-pdf.pdf", Data: pdf}); err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				// Image inputs are one page each: the same parallelism is
				// that many documents at once.
				runParallel(b, par, []string{"0", "1"}, func(i string) error {
					k, _ := strconv.Atoi(i)
					_, err := st.Process(context.Background(), ocr.Input{Name: filepath.Base(pngs[k]), Data: pngData[k]})
					return err
				})
				t3 := time.Now()
				raw += t1.Sub(t0)
				viaPDF += t2.Sub(t1)
				viaPNG += t3.Sub(t2)
			}
			n := float64(b.N * pages)
			rawRate, pdfRate, pngRate := n/raw.Seconds(), n/viaPDF.Seconds(), n/viaPNG.Seconds()
			b.ReportMetric(rawRate, "raw_pages/s")
			b.ReportMetric(pdfRate, "pdf_pages/s")
			b.ReportMetric(pngRate, "png_pages/s")
			b.ReportMetric(pdfRate/rawRate, "pdf/raw")
			b.ReportMetric(pngRate/rawRate, "png/raw")
		})
	}
}

func runParallel(b *testing.B, par int, items []string, fn func(string) error) {
	sem := make(chan struct{}, par)
	var wg sync.WaitGroup
	for _, it := range items {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := fn(it); err != nil {
				b.Error(err)
			}
		}()
	}
	wg.Wait()
}

// BenchmarkOCRVectorPDF is the ocr stage's time on the 30-page text-layer
// opinion (two of its pages are map images and are OCRed).
func BenchmarkOCRVectorPDF(b *testing.B) {
	data, err := os.ReadFile(testenv.Corpus(b, "court/vector-pdf.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	for _, par := range []int{1, 2} {
		b.Run(fmt.Sprintf("parallel=%d", par), func(b *testing.B) {
			st := ocr.New(ocr.Config{Parallelism: par})
			for b.Loop() {
				if _, err := st.Process(context.Background(), ocr.Input{Name: "vector-pdf.pdf", Data: data}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTextLayerOnly is the PDF path without OCR: the 17-page ca1
// filing (pdfinfo plus one pdftotext run).
func BenchmarkTextLayerOnly(b *testing.B) {
	data, err := os.ReadFile(testenv.Corpus(b, "court/ca1_00117684624.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	st := ocr.New(ocr.Config{})
	if err := st.Check(); err != nil { // once per process, not per document
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := st.Process(context.Background(), ocr.Input{Name: "ca1.pdf", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*17)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkTextLayerPDFs is the PDF path on every text-layer PDF of the
// corpus (ca1, ca2, ca3, ca5, ca6, missouri, broken-mime: 62 pages, some
// with logos and seals, none OCRed): the page decision's own cost.
func BenchmarkTextLayerPDFs(b *testing.B) {
	files := []string{"court/ca1_00117684624.pdf", "court/ca2_1-1.pdf", "court/ca3_003112692106.pdf",
		"court/ca5_00516242060.pdf", "court/ca6_1-3.pdf", "court/missouri.pdf", "bad/broken-mime.pdf"}
	var docs [][]byte
	for _, f := range files {
		d, err := os.ReadFile(testenv.Corpus(b, f))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	st := ocr.New(ocr.Config{})
	if err := st.Check(); err != nil { // once per process, not per document
		b.Fatal(err)
	}
	pages := 0
	for b.Loop() {
		for i, d := range docs {
			r, err := st.Process(context.Background(), ocr.Input{Name: files[i], Data: d})
			if err != nil {
				b.Fatal(err)
			}
			for _, p := range r.Pages {
				if p.Method != ocr.MethodTextLayer {
					b.Fatalf("%s page %d: %s", files[i], p.Number, p.Method)
				}
			}
			pages += len(r.Pages)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
