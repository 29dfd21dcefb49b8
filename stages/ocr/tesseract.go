package ocr

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/docpipe/docpipe/stages"
)

// tesseractPSM is Tesseract's page segmentation mode: 3 is fully automatic
// layout analysis, right for pages with columns, headers and footnotes.
const tesseractPSM = 3

// tesseract reads an image file and returns one Page per image page (TIFF
// may hold several), numbered from 1, with the mean word confidence.
// dpi, when positive, tells tesseract the resolution of an image without
// resolution metadata.
func (s *Stage) tesseract(ctx context.Context, img string, dpi int, timeout time.Duration) ([]Page, error) {
	args := []string{img, "stdout", "-l", s.cfg.Language, "--psm", strconv.Itoa(tesseractPSM)}
	if dpi > 0 {
		args = append(args, "--dpi", strconv.Itoa(dpi))
	}
	args = append(args, "tsv")
	out, _, err := runTool(ctx, timeout, ompEnv, "tesseract", args...)
	if err != nil {
		return nil, err
	}
	return parseTSV(out)
}

// parseTSV assembles page texts from Tesseract's TSV output: words of a line
// joined by spaces, lines by newlines, paragraphs and blocks by blank lines.
// The confidence of a page is the mean confidence of its words, 0..1.
func parseTSV(tsv []byte) ([]Page, error) {
	type acc struct {
		b                strings.Builder
		confSum          float64
		words            int
		block, par, line int
		started          bool
	}
	var pages []*acc
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			if strings.HasPrefix(line, "level") {
				continue
			}
		}
		f := strings.SplitN(line, "\t", 12)
		if len(f) < 11 {
			continue
		}
		level, err1 := strconv.Atoi(f[0])
		page, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || page < 1 {
			return nil, fmt.Errorf("ocr: tesseract tsv: bad row %q", line)
		}
		for len(pages) < page {
			pages = append(pages, &acc{})
		}
		if level != 5 || len(f) < 12 {
			continue
		}
		word := strings.TrimSpace(f[11])
		if word == "" {
			continue
		}
		block, _ := strconv.Atoi(f[2])
		par, _ := strconv.Atoi(f[3])
		ln, _ := strconv.Atoi(f[4])
		conf, err := strconv.ParseFloat(f[10], 64)
		if err != nil {
			return nil, fmt.Errorf("ocr: tesseract tsv: confidence %q: %w", f[10], err)
		}
		a := pages[page-1]
		switch {
		case !a.started:
			a.started = true
		case block != a.block || par != a.par:
			a.b.WriteString("\n\n")
		case ln != a.line:
			a.b.WriteByte('\n')
		default:
			a.b.WriteByte(' ')
		}
		a.block, a.par, a.line = block, par, ln
		a.b.WriteString(word)
		if conf >= 0 {
			a.confSum += conf
			a.words++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ocr: tesseract tsv: %w", err)
	}
	out := make([]Page, len(pages))
	for i, a := range pages {
		out[i] = Page{Number: i + 1, Text: a.b.String(), Method: MethodOCR}
		if a.words > 0 {
			out[i].Confidence = min(1, a.confSum/float64(a.words)/100)
		}
	}
	return out, nil
}

// processImage OCRs an image file. A multi-page TIFF is counted first so
// that MaxPages holds before any OCR work, and gets a timeout per page.
func (s *Stage) processImage(ctx context.Context, data []byte, k kind) ([]Page, error) {
	n := 1
	ext := map[kind]string{kindPNG: ".png", kindJPEG: ".jpg", kindTIFF: ".tif"}[k]
	if k == kindTIFF {
		var err error
		if n, err = tiffPageCount(data); err != nil {
			return nil, stages.Permanent("corrupt TIFF", err)
		}
		if n > s.cfg.MaxPages {
			return nil, stages.Permanentf("too many pages: %d, limit %d", n, s.cfg.MaxPages)
		}
	}
	dir, err := tempDir()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	img := filepath.Join(dir, "in"+ext)
	if err := os.WriteFile(img, data, 0o600); err != nil {
		return nil, fmt.Errorf("ocr: write temp image: %w", err)
	}
	pages, err := s.tesseract(ctx, img, 0, s.cfg.PageTimeout*time.Duration(n))
	if err != nil {
		var te *ToolError
		if errors.As(err, &te) {
			// Tesseract exits 1 when leptonica cannot decode the image.
			return nil, stages.Permanent("unreadable image", err)
		}
		return nil, fmt.Errorf("ocr: image: %w", err)
	}
	if len(pages) == 0 {
		pages = []Page{{Number: 1, Method: MethodOCR}}
	}
	return pages, nil
}

// tiffPageCount follows the chain of image file directories of a TIFF.
func tiffPageCount(d []byte) (int, error) {
	if len(d) < 8 {
		return 0, fmt.Errorf("tiff header truncated")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if d[0] == 'M' {
		bo = binary.BigEndian
	}
	off := int64(bo.Uint32(d[4:8]))
	seen := map[int64]bool{}
	n := 0
	for off != 0 {
		if seen[off] || off+2 > int64(len(d)) {
			return 0, fmt.Errorf("tiff directory offset %d is invalid", off)
		}
		seen[off] = true
		entries := int64(bo.Uint16(d[off : off+2]))
		next := off + 2 + entries*12
		if next+4 > int64(len(d)) {
			return 0, fmt.Errorf("tiff directory at %d is truncated", off)
		}
		n++
		off = int64(bo.Uint32(d[next : next+4]))
	}
	if n == 0 {
		return 0, fmt.Errorf("tiff has no images")
	}
	return n, nil
}

// forEach runs fn for the given page indexes with at most Parallelism at a
// time. The first error cancels the rest and is returned.
func (s *Stage) forEach(ctx context.Context, idx []int, fn func(ctx context.Context, i int) error) error {
	if len(idx) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, s.cfg.Parallelism)
	var (
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
	)
loop:
	for _, i := range idx {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break loop
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := fn(ctx, i); err != nil {
				once.Do(func() {
					firstErr = err
					cancel()
				})
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ocr: %w", err)
	}
	return nil
}
