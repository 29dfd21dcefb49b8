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

// osdRetryBelow: a page read with a mean confidence below this is read
// again with orientation and script detection (--psm 1), and the better
// reading is kept. Pages fed upside down or sideways read at 0.3..0.5;
// clean pages at 0.9 and more, so they pay nothing for the check.
const osdRetryBelow = 0.70

// osdMinWords: pages with fewer words are not read again.
const osdMinWords = 3

// tesseractPSMOSD is automatic page segmentation with orientation and
// script detection (needs osd.traineddata, Debian's tesseract-ocr-osd).
const tesseractPSMOSD = 1

// tesseractWords runs tesseract on an image file with the given page
// segmentation mode and returns its words and page count.
func (s *Stage) tesseractWords(ctx context.Context, img string, dpi, psm int, timeout time.Duration) ([]word, int, error) {
	args := []string{img, "stdout", "-l", s.cfg.Language, "--psm", strconv.Itoa(psm)}
	if dpi > 0 {
		args = append(args, "--dpi", strconv.Itoa(dpi))
	}
	args = append(args, "tsv")
	out, _, err := runTool(ctx, timeout, ompEnv, "tesseract", args...)
	if err != nil {
		return nil, 0, err
	}
	return parseTSVWords(out)
}

// ocrPage is one page as tesseract read it.
type ocrPage struct {
	words   []word
	conf    float64
	rotated bool // read again with orientation detection, and that was better
}

// tesseract reads an image file and returns one ocrPage per image page
// (TIFF may hold several). A page whose confidence is below osdRetryBelow
// is read again with orientation detection. dpi, when positive, tells
// tesseract the resolution of an image without resolution metadata.
func (s *Stage) tesseract(ctx context.Context, img string, dpi int, timeout time.Duration) ([]ocrPage, error) {
	words, n, err := s.tesseractWords(ctx, img, dpi, tesseractPSM, timeout)
	if err != nil {
		return nil, err
	}
	pages := splitPages(words, n)
	retry := false
	for _, p := range pages {
		// A blank page (no words) has nothing to turn the right way up.
		if p.conf < osdRetryBelow && len(p.words) >= osdMinWords {
			retry = true
		}
	}
	if !retry {
		return pages, nil
	}
	words, n2, err := s.tesseractWords(ctx, img, dpi, tesseractPSMOSD, timeout)
	if err != nil {
		return nil, err
	}
	again := splitPages(words, n2)
	for i := range pages {
		if i < len(again) && again[i].conf > pages[i].conf {
			pages[i] = again[i]
			pages[i].rotated = true
		}
	}
	return pages, nil
}

func splitPages(words []word, n int) []ocrPage {
	pages := make([]ocrPage, n)
	for _, w := range words {
		pages[w.page-1].words = append(pages[w.page-1].words, w)
	}
	for i := range pages {
		_, pages[i].conf = assemble(pages[i].words)
	}
	return pages
}

// word is one word of a TSV (tesseract's or pdftotext's): its place in the
// layout, its box (pixels for tesseract, points for pdftotext, top-left
// origin both) and its confidence (0..100, -1 when not given).
type word struct {
	page, block, par, line int
	left, top, w, h        float64
	conf                   float64
	text                   string
}

// parseTSVWords reads the words of a TSV in the layout both tesseract and
// pdftotext -tsv write (level page par block line word left top width
// height conf text; tesseract names the columns in another order but the
// positions agree). pages is the number of pages the TSV covers.
func parseTSVWords(tsv []byte) (words []word, pages int, err error) {
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
			return nil, 0, fmt.Errorf("ocr: tsv: bad row %q", line)
		}
		pages = max(pages, page)
		if level != 5 || len(f) < 12 {
			continue
		}
		text := strings.TrimSpace(f[11])
		if text == "" {
			continue
		}
		w := word{page: page, text: text}
		w.block, _ = strconv.Atoi(f[2])
		w.par, _ = strconv.Atoi(f[3])
		w.line, _ = strconv.Atoi(f[4])
		w.left, _ = strconv.ParseFloat(f[6], 64)
		w.top, _ = strconv.ParseFloat(f[7], 64)
		w.w, _ = strconv.ParseFloat(f[8], 64)
		w.h, _ = strconv.ParseFloat(f[9], 64)
		if w.conf, err = strconv.ParseFloat(f[10], 64); err != nil {
			return nil, 0, fmt.Errorf("ocr: tsv: confidence %q: %w", f[10], err)
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, 0, fmt.Errorf("ocr: tsv: %w", err)
	}
	return words, pages, nil
}

// assemble joins words into text: words of a line by spaces, lines by
// newlines, paragraphs and blocks by blank lines. The confidence is the
// mean word confidence, 0..1.
func assemble(words []word) (string, float64) {
	var b strings.Builder
	var sum float64
	n := 0
	for i, w := range words {
		if i > 0 {
			p := words[i-1]
			switch {
			case w.block != p.block || w.par != p.par:
				b.WriteString("\n\n")
			case w.line != p.line:
				b.WriteByte('\n')
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(w.text)
		if w.conf >= 0 {
			sum += w.conf
			n++
		}
	}
	if n == 0 {
		return b.String(), 0
	}
	return b.String(), min(1, sum/float64(n)/100)
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
	read, err := s.tesseract(ctx, img, 0, s.cfg.PageTimeout*time.Duration(n))
	if err != nil {
		var te *ToolError
		if errors.As(err, &te) {
			// Tesseract exits 1 when leptonica cannot decode the image.
			return nil, stages.Permanent("unreadable image", err)
		}
		return nil, fmt.Errorf("ocr: image: %w", err)
	}
	pages := make([]Page, max(1, len(read)))
	for i := range pages {
		pages[i] = Page{Number: i + 1, Method: MethodOCR}
		if i < len(read) {
			pages[i].Text, pages[i].Confidence = assemble(read[i].words)
			pages[i].Text, pages[i].Stamp = splitStamps(pages[i].Text)
			if read[i].rotated {
				pages[i].Methods = []string{MethodOCR, MethodOSD}
			}
		}
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
		if err := tiffCheckData(d, bo, off, entries); err != nil {
			return 0, err
		}
		n++
		off = int64(bo.Uint32(d[next : next+4]))
	}
	if n == 0 {
		return 0, fmt.Errorf("tiff has no images")
	}
	return n, nil
}

// tiffCheckData verifies that an image directory's strips or tiles (tags
// 273/279, 324/325) lie inside the file: a truncated TIFF fails here
// instead of being read as a blank page.
func tiffCheckData(d []byte, bo binary.ByteOrder, ifd, entries int64) error {
	values := func(e []byte) ([]int64, bool) {
		typ, count := bo.Uint16(e[2:4]), int64(bo.Uint32(e[4:8]))
		size := map[uint16]int64{3: 2, 4: 4, 16: 8}[typ]
		if size == 0 || count <= 0 || count > 1<<20 {
			return nil, false
		}
		data := e[8:12]
		if size*count > 4 {
			o := int64(bo.Uint32(e[8:12]))
			if o < 0 || o+size*count > int64(len(d)) {
				return nil, false
			}
			data = d[o : o+size*count]
		}
		out := make([]int64, count)
		for i := range out {
			switch size {
			case 2:
				out[i] = int64(bo.Uint16(data[2*i:]))
			case 4:
				out[i] = int64(bo.Uint32(data[4*i:]))
			case 8:
				out[i] = int64(bo.Uint64(data[8*i:]))
			}
		}
		return out, true
	}
	tags := map[uint16][]int64{}
	for i := int64(0); i < entries; i++ {
		e := d[ifd+2+12*i : ifd+2+12*i+12]
		tag := bo.Uint16(e[0:2])
		if tag == 273 || tag == 279 || tag == 324 || tag == 325 {
			v, ok := values(e)
			if !ok {
				return fmt.Errorf("tiff tag %d at directory %d points outside the file", tag, ifd)
			}
			tags[tag] = v
		}
	}
	for _, pair := range [][2]uint16{{273, 279}, {324, 325}} {
		offs, counts := tags[pair[0]], tags[pair[1]]
		for i := 0; i < len(offs) && i < len(counts); i++ {
			if offs[i]+counts[i] > int64(len(d)) {
				return fmt.Errorf("tiff image data at %d+%d is past the end of the file (%d bytes): truncated", offs[i], counts[i], len(d))
			}
		}
	}
	return nil
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
