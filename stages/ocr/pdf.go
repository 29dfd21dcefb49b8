package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/docpipe/docpipe/internal/pdfscan"
	"github.com/docpipe/docpipe/stages"
)

// Poppler exit statuses (pdfinfo(1), pdftotext(1)).
const (
	popplerOpenError       = 1
	popplerPermissionError = 3
)

// processPDF reads the text layers, page sizes and images of every page
// (pdfLayers) and, at the same time, what each page draws (pdfscan:
// vector glyphs, rotated text, inline images, form fields); decides per
// page whether it needs OCR (decide); OCRs those pages; takes rotated
// margin text of text-layer pages out as stamps; and adds the values of
// form fields the pages do not show.
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

	// The scan runs while poppler does: it costs a few milliseconds of
	// CPU for a text filing, against tens for pdftotext.
	scanned := make(chan *pdfscan.Doc, 1)
	go func() {
		doc, err := pdfscan.Scan(data, pdfscan.Limits{MaxPages: s.cfg.MaxPages + 1})
		if err != nil {
			doc = nil // the page rules fall back to poppler's output alone
		}
		scanned <- doc
	}()
	texts, geo, err := s.pdfLayers(ctx, path, data)
	if err != nil {
		return nil, err
	}
	addScan(<-scanned, geo)
	n := len(texts)

	pages := make([]Page, n)
	var scans, margins []int
	for i, t := range texts {
		body, st := splitStamps(t)
		need, reason := s.decide(body, geo[i])
		pages[i] = Page{Number: i + 1, Text: body, Method: MethodTextLayer, Confidence: 1, Reason: reason, Stamp: st}
		switch {
		case need:
			scans = append(scans, i)
		case hasMarginText(geo[i]):
			margins = append(margins, i)
		}
	}
	err = s.forEach(ctx, scans, func(ctx context.Context, i int) error {
		return s.ocrPDFPage(ctx, dir, path, &pages[i], geo[i])
	})
	if err != nil {
		return nil, err
	}
	err = s.forEach(ctx, margins, func(ctx context.Context, i int) error {
		return s.marginStamps(ctx, path, &pages[i], geo[i])
	})
	if err != nil {
		return nil, err
	}
	for i := range pages {
		addFields(&pages[i], geo[i].fields)
	}
	return pages, nil
}

// minVerticalChars is how many characters of text running up or down the
// page make it worth reading the page's word boxes.
const minVerticalChars = 3

// hasMarginText reports whether a text-layer page draws text up or down
// the page besides a body that runs across it: a rotated stamp, a Bates
// number or a filing notice in the margin. A page whose text mostly runs
// up or down (a landscape table drawn turned) has no margin text: its
// body is turned.
func hasMarginText(pg pdfPage) bool {
	return pg.vertical >= minVerticalChars && pg.vertical < pg.upright
}

// marginStamps reads the word boxes of a text-layer page whose content
// scan saw rotated text and moves the lines that run up or down the page
// out of the body into the stamp, as ocrPDFPage does for OCRed pages.
func (s *Stage) marginStamps(ctx context.Context, path string, p *Page, pg pdfPage) error {
	layer, err := s.layerWords(ctx, path, p.Number)
	if err != nil {
		return err
	}
	var margin []string
	p.Text, margin = dropLines(p.Text, layer, pg.w)
	p.Stamp = addMargin(p.Stamp, margin)
	return nil
}

// addFields records a page's filled form fields and appends to its text,
// one a line, the text and choice values that its text does not show
// (white space and case aside): a field without an appearance stream that
// poppler could not build, an empty or stale appearance, a widget missing
// from the page's /Annots. Button states are kept as fields only.
func addFields(p *Page, fields []pdfscan.Field) {
	if len(fields) == 0 {
		return
	}
	have := normalizeSpace(p.Text)
	var add []string
	for _, f := range fields {
		fl := Field{Name: f.Name, Value: f.Value, Kind: f.Kind}
		v := normalizeSpace(f.Value)
		if f.Kind != "button" && v != "" && !strings.Contains(have, v) {
			fl.Added = true
			add = append(add, f.Value)
			have += " " + v
		}
		p.Fields = append(p.Fields, fl)
	}
	if len(add) == 0 {
		return
	}
	body := strings.TrimRight(p.Text, "\n ")
	if body != "" {
		body += "\n\n"
	}
	p.Text = body + strings.Join(add, "\n")
	if len(p.Methods) == 0 {
		p.Methods = []string{p.Method}
	}
	p.Methods = append(p.Methods, MethodFormFields)
}

// normalizeSpace lower-cases t and collapses its white space.
func normalizeSpace(t string) string {
	return strings.ToLower(strings.Join(strings.Fields(t), " "))
}

// pdfLayers reads every page's text layer and, when the file has images,
// every page's size and image cover.
//
// A file without image XObjects takes one poppler pass: pdftotext alone,
// its pages counted by the form feed poppler writes after each page (the
// text-only filings that are most of the work cost less than before the
// page rules). A file with images takes three passes at once: pdfinfo
// (page count and sizes; the page range is clamped to the document, so one
// run reports every page without knowing the count first), pdftotext and
// pdfimages -list. pdfinfo is also the validity check, and the fallback
// when the form feeds do not give a page count.
func (s *Stage) pdfLayers(ctx context.Context, path string, data []byte) ([]string, []pdfPage, error) {
	whole := s.cfg.PageTimeout * time.Duration(max(1, s.cfg.MaxPages/10))
	if !hasImageXObject(data) {
		out, _, err := runTool(ctx, whole, nil, "pdftotext", "-enc", "UTF-8", path, "-")
		if err != nil {
			return nil, nil, pdfError("pdftotext", data, err)
		}
		texts := strings.Split(string(out), "\f")
		if n := len(texts) - 1; n >= 1 && strings.TrimSpace(texts[n]) == "" {
			if n > s.cfg.MaxPages {
				return nil, nil, stages.Permanentf("too many pages: %d, limit %d", n, s.cfg.MaxPages)
			}
			return texts[:n], make([]pdfPage, n), nil
		}
	}
	var (
		wg                       sync.WaitGroup
		infoOut, textOut, imgOut []byte
		infoErr, textErr, imgErr error
	)
	wg.Add(3)
	go func() {
		defer wg.Done()
		infoOut, _, infoErr = runTool(ctx, s.cfg.PageTimeout, nil, "pdfinfo", "-f", "1", "-l", strconv.Itoa(s.cfg.MaxPages+1), path)
	}()
	go func() {
		defer wg.Done()
		textOut, _, textErr = runTool(ctx, whole, nil, "pdftotext", "-enc", "UTF-8", path, "-")
	}()
	go func() {
		defer wg.Done()
		imgOut, _, imgErr = runTool(ctx, whole, nil, "pdfimages", "-list", path)
	}()
	wg.Wait()
	if infoErr != nil {
		return nil, nil, pdfError("pdfinfo", data, infoErr)
	}
	n, geo, ok := parsePDFInfo(infoOut)
	switch {
	case !ok:
		return nil, nil, stages.Permanentf("corrupt PDF: pdfinfo reports no page count")
	case n <= 0:
		return nil, nil, stages.Permanentf("corrupt PDF: it has no pages")
	case n > s.cfg.MaxPages:
		return nil, nil, stages.Permanentf("too many pages: %d, limit %d", n, s.cfg.MaxPages)
	}
	if textErr != nil {
		return nil, nil, pdfError("pdftotext", data, textErr)
	}
	if imgErr != nil {
		return nil, nil, pdfError("pdfimages", data, imgErr)
	}
	addImages(imgOut, geo)
	texts, err := s.pdfText(ctx, path, data, n, textOut)
	if err != nil {
		return nil, nil, err
	}
	return texts, geo, nil
}

// imageXObject matches the dictionary of an image XObject. Streams are
// never inside compressed object streams (PDF 32000-1, 7.5.7), so every
// image XObject's dictionary is in the file's bytes as they are: a file
// without a match has no images but inline ones, and pdfimages is not run
// for it (text-only filings are the bulk of the work; the extra pass
// would cost them a third of their time).
var imageXObject = regexp.MustCompile(`/Subtype\s*/Image\b`)

func hasImageXObject(data []byte) bool {
	return bytes.Contains(data, []byte("/Image")) && imageXObject.Match(data)
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

// pdfText splits the text layers of one pdftotext run (out), which is much
// cheaper than one run per page (each run parses the whole file); pages are
// separated by form feeds. If the split does not give n pages, it falls
// back to one run per page.
func (s *Stage) pdfText(ctx context.Context, path string, data []byte, n int, out []byte) ([]string, error) {
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

// ocrPDFPage renders one page in grey at the configured DPI, reads it with
// Tesseract and fills in p, which holds the page's text layer (stamps
// taken out) and the decision. It renders to PGM, not PNG: tesseract reads
// the same pixels, and skipping PNG compression halves the rendering time.
//
// When the text layer has text (a stamped scan, a page with a pasted
// exhibit), the page's words and their boxes are read with pdftotext
// -tsv: OCR words over a text-layer word are dropped (the text layer has
// them exactly, the stamp among them), rotated text-layer lines become
// margin stamps, and the OCR of the rest is added after the text layer.
func (s *Stage) ocrPDFPage(ctx context.Context, dir, path string, p *Page, pg pdfPage) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.PageTimeout)
	defer cancel()
	number := p.Number
	num := strconv.Itoa(number)
	root := filepath.Join(dir, "page-"+num)
	_, _, err := runTool(ctx, s.cfg.PageTimeout, nil, "pdftoppm",
		"-r", strconv.Itoa(s.cfg.DPI), "-gray", "-f", num, "-l", num, "-singlefile", path, root)
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("ocr: render page %d: %w", number, errors.Join(ErrPageTimeout, err))
		}
		return fmt.Errorf("ocr: render page %d: %w", number, err)
	}
	img := root + ".pgm"
	// Pages are big (8 MB at 300 dpi): free each one as soon as it is read.
	defer os.Remove(img)
	read, err := s.tesseract(ctx, img, s.cfg.DPI, s.cfg.PageTimeout)
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("ocr: page %d: %w", number, errors.Join(ErrPageTimeout, err))
		}
		return fmt.Errorf("ocr: page %d: %w", number, err)
	}
	var page ocrPage
	if len(read) > 0 {
		page = read[0]
	}
	body := p.Text
	words := page.words
	if p.Reason != ReasonUndecodable && (strings.TrimSpace(body) != "" || p.Stamp != nil) {
		layer, err := s.layerWords(ctx, path, number)
		if err != nil {
			return err
		}
		var margin []string
		body, margin = dropLines(body, layer, pg.w)
		p.Stamp = addMargin(p.Stamp, margin)
		words = uncovered(words, layer, float64(s.cfg.DPI)/72)
	}
	var margin []string
	if chars := contentChars(body); chars > 0 && p.Reason != ReasonUndecodable {
		// The body is the text layer and OCR adds to it: lines read up
		// or down a side margin are stamps. On a scan they are not
		// taken out: a figure turned on the page (vector-pdf.pdf's maps)
		// has its caption and labels there.
		words, margin = marginWords(words, chars, pg.w*float64(s.cfg.DPI)/72)
		p.Stamp = addMargin(p.Stamp, margin)
	}
	text, conf := assemble(words)
	text, st := splitStamps(text)
	if st != nil {
		if p.Stamp == nil {
			p.Stamp = st
		} else {
			for _, l := range st.Lines {
				p.Stamp.add(l)
			}
		}
	}
	switch {
	case p.Reason == ReasonUndecodable || contentChars(body) == 0:
		p.Text, p.Method, p.Methods = text, MethodOCR, nil
	case strings.TrimSpace(text) == "":
		// OCR found nothing the text layer lacks: it stands alone, and
		// OCR is a method of the page only if it read a stamp.
		p.Text = body
		if len(margin) > 0 || st != nil {
			p.Methods = []string{MethodTextLayer, MethodOCR}
		}
		return nil
	default:
		p.Text = strings.TrimRight(body, "\n ") + "\n\n" + text
		p.Method, p.Methods = MethodMixed, []string{MethodTextLayer, MethodOCR}
	}
	p.Confidence = conf
	if page.rotated {
		p.Methods = append(p.Methods, MethodOSD)
		if p.Method == MethodOCR {
			p.Methods = []string{MethodOCR, MethodOSD}
		}
	}
	return nil
}

// layerWords reads one page's text-layer words with their boxes.
func (s *Stage) layerWords(ctx context.Context, path string, number int) ([]word, error) {
	num := strconv.Itoa(number)
	out, _, err := runTool(ctx, s.cfg.PageTimeout, nil, "pdftotext", "-tsv", "-enc", "UTF-8", "-f", num, "-l", num, path, "-")
	if err != nil {
		return nil, fmt.Errorf("ocr: page %d words: %w", number, err)
	}
	words, _, err := parseTSVWords(out)
	if err != nil {
		return nil, fmt.Errorf("ocr: page %d words: %w", number, err)
	}
	return words, nil
}

// vertical reports whether a text-layer line runs up or down the page:
// its words are taller than wide.
func vertical(line []word) bool {
	tall, wide := 0, 0
	for _, w := range line {
		if len([]rune(w.text)) < 2 {
			continue
		}
		if w.h > w.w {
			tall++
		} else {
			wide++
		}
	}
	return tall > wide
}

// marginBand is how far from the left or right edge of the page (points)
// a line running up or down the page must lie to be a margin stamp.
const marginBand = 108

// marginWords takes the OCR lines that run up or down the page inside a
// side margin (a stamp drawn as outlines or scanned, a Bates number) out
// of words and returns them as stamp lines, when the page's other text
// (bodyChars of text layer, the other OCR lines) is longer: a page fed a
// quarter turned reads as vertical lines everywhere and keeps them. width
// is the page's width in pixels, 0 when unknown (nothing is taken then).
func marginWords(words []word, bodyChars int, width float64) ([]word, []string) {
	if width <= 0 || len(words) == 0 {
		return words, nil
	}
	band := marginBand * width / 612 // scaled with the page's width
	type line struct{ i, j int }
	var lines []line
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j].block == words[i].block && words[j].par == words[i].par && words[j].line == words[i].line {
			j++
		}
		lines = append(lines, line{i, j})
		i = j
	}
	across, up := bodyChars, 0
	var stamp []line
	for _, l := range lines {
		ws := words[l.i:l.j]
		n := 0
		for _, w := range ws {
			n += len([]rune(w.text))
		}
		if vertical(ws) && inMargin(ws, width, band) {
			up += n
			stamp = append(stamp, l)
			continue
		}
		across += n
	}
	if len(stamp) == 0 || up >= across {
		return words, nil
	}
	var margin []string
	kept := words[:0:0]
	k := 0
	for _, l := range lines {
		if k < len(stamp) && stamp[k] == l {
			t, _ := assemble(words[l.i:l.j])
			margin = append(margin, t)
			k++
			continue
		}
		kept = append(kept, words[l.i:l.j]...)
	}
	return kept, margin
}

// inMargin reports whether a line's words lie within marginBand of the
// left or right edge of a page width wide (the units of the words); with
// the width unknown (0), every line does.
func inMargin(line []word, width, band float64) bool {
	if width <= 0 {
		return true
	}
	x0, x1 := line[0].left, line[0].left+line[0].w
	for _, w := range line {
		x0, x1 = min(x0, w.left), max(x1, w.left+w.w)
	}
	return x1 <= band || x0 >= width-band
}

// dropLines takes the lines of the text layer that run up or down a side
// margin of a page width points wide out of body and returns them as
// margin stamp lines. A turned line inside the page (a chart's axis
// label, a turned table heading) stays.
func dropLines(body string, layer []word, width float64) (string, []string) {
	var margin []string
	for i := 0; i < len(layer); {
		j := i
		for j < len(layer) && layer[j].block == layer[i].block && layer[j].par == layer[i].par && layer[j].line == layer[i].line {
			j++
		}
		if line := layer[i:j]; vertical(line) && inMargin(line, width, marginBand*width/612) {
			t, _ := assemble(line)
			margin = append(margin, t)
		}
		i = j
	}
	if len(margin) == 0 {
		return body, nil
	}
	drop := map[string]bool{}
	for _, m := range margin {
		drop[strings.Join(strings.Fields(m), " ")] = true
	}
	lines := strings.Split(body, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !drop[strings.Join(strings.Fields(l), " ")] {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n"), margin
}

// uncovered returns the OCR words (pixels) whose centre is not inside a
// text-layer word box (points, scaled to pixels and padded a little).
func uncovered(ocr, layer []word, scale float64) []word {
	if len(layer) == 0 {
		return ocr
	}
	out := ocr[:0:0]
	for _, w := range ocr {
		cx, cy := w.left+w.w/2, w.top+w.h/2
		covered := false
		for _, l := range layer {
			pad := l.h * scale * 0.3
			if cx >= l.left*scale-pad && cx <= (l.left+l.w)*scale+pad && cy >= l.top*scale-pad && cy <= (l.top+l.h)*scale+pad {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, w)
		}
	}
	return out
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
