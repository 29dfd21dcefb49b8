package ocr

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/docpipe/docpipe/internal/pdfscan"
)

// Page decision reasons, recorded in Page.Reason for every PDF page. The
// rules, in the order they are tried, are in docs/formats.md ("PDF page
// decisions").
const (
	// ReasonTextLayer: the page's text layer is its text.
	ReasonTextLayer = "text_layer"
	// ReasonSearchableScan: a page-sized image under a full text layer (a
	// scan that was OCRed before): the text layer is kept.
	ReasonSearchableScan = "searchable_scan"
	// ReasonEmpty: the text layer is empty.
	ReasonEmpty = "empty_text"
	// ReasonStampOnly: the text layer has only an e-filing stamp or
	// fewer than MinTextChars other characters.
	ReasonStampOnly = "little_text"
	// ReasonUndecodable: many glyphs of the text layer do not map to
	// characters (what pdfminer prints as "(cid:NN)"; poppler gives
	// control codes, U+FFFD or private-use characters).
	ReasonUndecodable = "undecodable_text"
	// ReasonImage: images large enough to hold text cover a share of the
	// page: the page is OCRed and the text of the image regions added to
	// the text layer.
	ReasonImage = "image_region"
	// ReasonVectorText: the page draws text as vector outlines (rows of
	// glyph-shaped paths) besides its text layer: the page is OCRed and
	// the text of those regions added to the text layer.
	ReasonVectorText = "vector_text"
)

// pdfPage is what one poppler pass and the content scan (pdfscan) say
// about a page before any OCR.
type pdfPage struct {
	w, h       float64 // points, after /Rotate
	imageCover float64 // 0..1: share of the page under images that can hold text
	imageCount int     // images that can hold text

	// From pdfscan, when it read the document (zero otherwise).
	inlineCover       float64 // 0..1: share of the page under inline images that can hold text
	glyphShapes       int     // vector paths shaped like glyphs, in runs of at least 4
	upright, vertical int     // characters of the text layer drawn across / up or down the page
	fields            []pdfscan.Field
}

// minGlyphShapes is how many glyph-shaped vector paths (in runs of at
// least four) make a page's vector text worth OCR: about two words. A logo,
// a seal's lettering or a signature is fewer; doctor's "more than 10
// curves" fires on every table and underline instead.
const minGlyphShapes = 12

// addScan adds pdfscan's facts about each page. A scan that failed or
// counted another number of pages than poppler adds nothing: the page
// rules then work from poppler's output alone, as before the scan existed.
func addScan(doc *pdfscan.Doc, pages []pdfPage) {
	if doc == nil || len(doc.Pages) != len(pages) {
		return
	}
	for i := range pages {
		sp, pg := &doc.Pages[i], &pages[i]
		if pg.w == 0 { // no pdfinfo run: the scan's size
			pg.w, pg.h = sp.Width, sp.Height
		}
		pg.glyphShapes = sp.GlyphShapes
		pg.upright, pg.vertical = sp.UprightChars, sp.VerticalChars
		pg.fields = sp.Fields
		area := sp.Width * sp.Height
		for _, im := range sp.Images {
			// Image XObjects are counted from pdfimages (addImages).
			if !im.Inline || im.W < minImagePixels || im.H < minImagePixels || area <= 0 {
				continue
			}
			r := clip(im.Rect, sp.Width, sp.Height)
			if r.W() > 0 && r.H() > 0 {
				pg.inlineCover = min(1, pg.inlineCover+r.W()*r.H()/area)
			}
		}
	}
}

// clip cuts r to the page.
func clip(r pdfscan.Rect, w, h float64) pdfscan.Rect {
	return pdfscan.Rect{X0: max(0, r.X0), Y0: max(0, r.Y0), X1: min(w, r.X1), Y1: min(h, r.Y1)}
}

// parsePDFInfo reads the page count and the per-page sizes of
// `pdfinfo -f 1 -l <big>`, and whether the document has an AcroForm.
func parsePDFInfo(out []byte) (n int, pages []pdfPage, ok bool) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	rot := map[int]int{}
	sizes := map[int][2]float64{}
	for sc.Scan() {
		line := sc.Text()
		if v, found := strings.CutPrefix(line, "Pages:"); found {
			v = strings.TrimSpace(v)
			var err error
			if n, err = strconv.Atoi(v); err != nil {
				return 0, nil, false
			}
			ok = true
			continue
		}
		rest, found := strings.CutPrefix(line, "Page ")
		if !found {
			continue
		}
		f := strings.Fields(rest)
		if len(f) < 3 {
			continue
		}
		num, err := strconv.Atoi(f[0])
		if err != nil {
			continue
		}
		switch f[1] {
		case "size:": // "Page    1 size:  612 x 792 pts (letter)"
			if len(f) >= 5 && f[3] == "x" {
				w, e1 := strconv.ParseFloat(f[2], 64)
				h, e2 := strconv.ParseFloat(f[4], 64)
				if e1 == nil && e2 == nil {
					sizes[num] = [2]float64{w, h}
				}
			}
		case "rot:":
			r, _ := strconv.Atoi(f[2])
			rot[num] = r
		}
	}
	if !ok || n <= 0 {
		return n, nil, ok
	}
	pages = make([]pdfPage, n)
	for i := range pages {
		s, found := sizes[i+1]
		if !found {
			s = [2]float64{612, 792}
		}
		if r := rot[i+1]; r == 90 || r == 270 {
			s[0], s[1] = s[1], s[0]
		}
		pages[i] = pdfPage{w: s[0], h: s[1]}
	}
	return n, pages, ok
}

// Images smaller than this in either pixel dimension cannot hold a line of
// text at a readable resolution (doctor's rule is 10×10; rules, bullets
// and logos are skipped by the cover threshold below instead).
const (
	minImagePixels = 32
	// minImageCover is the share of the page that text-capable images must
	// cover for the page to be OCRed: a court seal or a logo (about an
	// inch square, 1 % of a letter page) is not, a pasted exhibit is.
	minImageCover = 0.05
	// fullPageCover: an image this large is a scan of the page.
	fullPageCover = 0.5
	// searchableChars: a full-page scan whose text layer has at least
	// this many characters besides stamps was OCRed before (a
	// "searchable PDF"); its text layer is kept.
	searchableChars = 400
)

// addImages reads `pdfimages -list` and adds each page's text-capable
// image area. The listed x-ppi and y-ppi are the resolution at which the
// image is placed, so pixels/ppi*72 is its size on the page in points.
// Soft masks and masks are the alpha of another image and are skipped.
func addImages(out []byte, pages []pdfPage) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		// page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
		if len(f) < 14 {
			continue
		}
		p, err := strconv.Atoi(f[0])
		if err != nil || p < 1 || p > len(pages) {
			continue
		}
		if f[2] != "image" && f[2] != "stencil" {
			continue
		}
		w, e1 := strconv.Atoi(f[3])
		h, e2 := strconv.Atoi(f[4])
		xppi, e3 := strconv.ParseFloat(f[12], 64)
		yppi, e4 := strconv.ParseFloat(f[13], 64)
		if e1 != nil || e2 != nil || e3 != nil || e4 != nil || w < minImagePixels || h < minImagePixels || xppi <= 0 || yppi <= 0 {
			continue
		}
		pg := &pages[p-1]
		area := pg.w * pg.h
		if area <= 0 {
			continue
		}
		pg.imageCover = min(1, pg.imageCover+(float64(w)/xppi*72)*(float64(h)/yppi*72)/area)
		pg.imageCount++
	}
}

// undecodable counts the characters of a text layer that stand for glyphs
// poppler could not map to Unicode: C0 controls other than white space,
// U+FFFD, private-use characters, and pdfminer-style "(cid:NN)" runs.
func undecodable(t string) (bad, total int) {
	for _, r := range t {
		switch {
		case unicode.IsSpace(r):
			continue
		case r < 0x20, r == 0x7F, r == unicode.ReplacementChar,
			r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
			bad++
		}
		total++
	}
	bad += 5 * strings.Count(t, "(cid:")
	return bad, total
}

// decide applies the page rules to one page's text layer (its stamps
// already taken out), poppler's image list and the content scan.
func (s *Stage) decide(body string, pg pdfPage) (ocr bool, reason string) {
	bad, total := undecodable(body)
	chars := contentChars(body)
	cover := min(1, pg.imageCover+pg.inlineCover)
	switch {
	case total == 0:
		return true, ReasonEmpty
	case bad >= 3 && bad*10 >= total:
		return true, ReasonUndecodable
	case chars < s.cfg.MinTextChars:
		return true, ReasonStampOnly
	case cover >= fullPageCover && chars >= searchableChars:
		return false, ReasonSearchableScan
	case cover >= minImageCover:
		return true, ReasonImage
	case pg.glyphShapes >= minGlyphShapes:
		return true, ReasonVectorText
	}
	return false, ReasonTextLayer
}
