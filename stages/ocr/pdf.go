package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/docpipe/docpipe/stages"
)

// Poppler exit statuses (pdfinfo(1), pdftotext(1)).
const (
	popplerOpenError       = 1
	popplerPermissionError = 3
)

// processPDF reads the text layer of every page with one pdftotext run and
// OCRs the pages whose text layer is (nearly) empty.
func (s *Stage) processPDF(ctx context.Context, data []byte) ([]Page, error) {
	dir, err := tempDir()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return nil, fmt.Errorf("ocr: write temp pdf: %w", err)
	}

	n, err := s.pdfPageCount(ctx, path, data)
	if err != nil {
		return nil, err
	}
	if n > s.cfg.MaxPages {
		return nil, stages.Permanentf("too many pages: %d, limit %d", n, s.cfg.MaxPages)
	}
	texts, err := s.pdfText(ctx, path, data, n)
	if err != nil {
		return nil, err
	}

	pages := make([]Page, n)
	var scanned []int
	for i, t := range texts {
		if contentChars(t) < s.cfg.MinTextChars {
			scanned = append(scanned, i)
			continue
		}
		pages[i] = Page{Number: i + 1, Text: t, Method: MethodTextLayer, Confidence: 1}
	}
	err = s.forEach(ctx, scanned, func(ctx context.Context, i int) error {
		p, err := s.ocrPDFPage(ctx, dir, path, i+1)
		if err != nil {
			return err
		}
		pages[i] = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pages, nil
}

// pdfPageCount asks pdfinfo for the page count. pdfinfo is also the
// validity check: a PDF that poppler cannot open is permanently bad.
func (s *Stage) pdfPageCount(ctx context.Context, path string, data []byte) (int, error) {
	out, _, err := runTool(ctx, s.cfg.PageTimeout, nil, "pdfinfo", path)
	if err != nil {
		return 0, pdfError("pdfinfo", data, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return 0, stages.Permanent("corrupt PDF: unreadable page count", err)
			}
			if n <= 0 {
				return 0, stages.Permanentf("corrupt PDF: it has no pages")
			}
			return n, nil
		}
	}
	return 0, stages.Permanentf("corrupt PDF: pdfinfo reports no page count")
}

// pdfError turns a poppler failure into a permanent error when poppler
// says the file cannot be opened or read; anything else (timeouts,
// cancellation, a killed process) stays transient.
func pdfError(op string, data []byte, err error) error {
	var te *ToolError
	if !errors.As(err, &te) {
		return fmt.Errorf("ocr: %s: %w", op, err)
	}
	// Poppler reports a wrong password as an open error; the /Encrypt
	// entry in the trailer tells that case apart from a damaged file.
	encrypted := bytes.Contains(data, []byte("/Encrypt"))
	switch {
	case te.Code == popplerPermissionError, te.Code == popplerOpenError && encrypted:
		return stages.Permanent("encrypted PDF: a password is required to read it", err)
	default:
		return stages.Permanent("corrupt or unparseable PDF", err)
	}
}

// pdfText extracts all text layers in one pdftotext run, which is much
// cheaper than one run per page (each run parses the whole file); pages are
// separated by form feeds. If the split does not give n pages, it falls
// back to one run per page.
func (s *Stage) pdfText(ctx context.Context, path string, data []byte, n int) ([]string, error) {
	timeout := s.cfg.PageTimeout * time.Duration(n)
	out, _, err := runTool(ctx, timeout, nil, "pdftotext", "-enc", "UTF-8", path, "-")
	if err != nil {
		return nil, pdfError("pdftotext", data, err)
	}
	texts := strings.Split(string(out), "\f")
	if len(texts) == n+1 && strings.TrimSpace(texts[n]) == "" {
		return texts[:n], nil
	}
	// A form feed inside a page's text: read page by page.
	texts = make([]string, n)
	for i := range texts {
		num := strconv.Itoa(i + 1)
		out, _, err := runTool(ctx, s.cfg.PageTimeout, nil, "pdftotext", "-enc", "UTF-8", "-f", num, "-l", num, path, "-")
		if err != nil {
			return nil, pdfError("pdftotext", data, err)
		}
		texts[i] = strings.TrimSuffix(string(out), "\f")
	}
	return texts, nil
}

// ocrPDFPage renders one page in grey at the configured DPI and reads it
// with Tesseract. It renders to PGM, not PNG: tesseract reads the same
// pixels, and skipping PNG compression halves the rendering time.
func (s *Stage) ocrPDFPage(ctx context.Context, dir, path string, number int) (Page, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.PageTimeout)
	defer cancel()
	num := strconv.Itoa(number)
	root := filepath.Join(dir, "page-"+num)
	_, _, err := runTool(ctx, s.cfg.PageTimeout, nil, "pdftoppm",
		"-r", strconv.Itoa(s.cfg.DPI), "-gray", "-f", num, "-l", num, "-singlefile", path, root)
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Page{}, fmt.Errorf("ocr: render page %d: %w", number, errors.Join(ErrPageTimeout, err))
		}
		return Page{}, fmt.Errorf("ocr: render page %d: %w", number, err)
	}
	img := root + ".pgm"
	// Pages are big (8 MB at 300 dpi): free each one as soon as it is read.
	defer os.Remove(img)
	pages, err := s.tesseract(ctx, img, s.cfg.DPI, s.cfg.PageTimeout)
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Page{}, fmt.Errorf("ocr: page %d: %w", number, errors.Join(ErrPageTimeout, err))
		}
		return Page{}, fmt.Errorf("ocr: page %d: %w", number, err)
	}
	p := Page{Number: number, Method: MethodOCR}
	if len(pages) > 0 {
		p.Text, p.Confidence = pages[0].Text, pages[0].Confidence
	}
	return p, nil
}

// stampField matches the fields of court e-filing stamps that CM/ECF puts
// on every page, also on scans: "Case: 21-1298 Document: 42 Page: 1 Date
// Filed: 08/31/2022", "Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of
// 1", "Case 1:20-cv-01234 Document 5 Filed 01/02/20 Page 1 of 3 PageID #: 12".
// A scanned page with such a stamp has a text layer, but only the stamp.
var stampField = regexp.MustCompile(`(?i)\b(?:USCA\d*\s+)?(?:appellate\s+)?(?:case|appeal|doc(?:ument)?|(?:date\s+)?filed|page(?:\s*id\s*#)?|pg|entry\s+id)\s*:?\s*[0-9][0-9a-z/.:\-]*(?:\s+of\s+\d+)?`)

// contentChars counts the non-space characters of a text layer that are
// not part of an e-filing stamp: the measure of whether a page has real
// text or is a scan.
func contentChars(t string) int {
	n := 0
	for _, r := range stampField.ReplaceAllString(t, "") {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
