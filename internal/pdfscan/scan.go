// Package pdfscan reads what a PDF's pages draw, for the facts that
// poppler's text output does not give: text drawn as vector outlines
// (glyph-shaped paths in rows), text that runs up or down the page,
// inline images (BI … ID … EI) and where every image is placed, and the
// values of form fields, which a viewer may not show. It interprets the
// content streams of each page, its form XObjects and its annotations'
// appearance streams, and renders nothing.
//
// The file's objects are read by pdfcpu (cross-reference tables and
// streams, rebuilt when broken; object streams; stream filters; the page
// tree with its inherited attributes; decryption of files that open with
// the empty user password, others are refused with ErrEncrypted). The
// content-stream interpreter is this package's own: pdfcpu has no public
// one. Every limit is bounded (Limits), so a hostile file costs at most
// the configured decoded bytes and operators.
package pdfscan

import (
	"bytes"
	"errors"
	"fmt"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Rect is a box on the page as displayed: points from the top-left corner
// of the crop box after the page's /Rotate, the space of pdftotext -tsv
// and of a pdftoppm rendering scaled by dpi/72.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// W is the rectangle's width.
func (r Rect) W() float64 { return r.X1 - r.X0 }

// H is the rectangle's height.
func (r Rect) H() float64 { return r.Y1 - r.Y0 }

// union returns the smallest rectangle holding r and o.
func (r Rect) union(o Rect) Rect {
	return Rect{min(r.X0, o.X0), min(r.Y0, o.Y0), max(r.X1, o.X1), max(r.Y1, o.Y1)}
}

// Image is one image drawn on a page.
type Image struct {
	Rect   Rect // where it is placed (the bounding box of its unit square)
	W, H   int  // pixels
	Inline bool // an inline image (BI … ID … EI) rather than an XObject
}

// Field is a form field's value with a widget on the page.
type Field struct {
	Name  string // fully qualified name (parts joined by ".")
	Value string // text; the chosen option(s) of a choice field; the state of a button
	Kind  string // "text", "choice" or "button"
	Rect  Rect   // the widget's box
}

// Page is what one page draws.
type Page struct {
	Width, Height float64 // display size in points
	// UprightChars and VerticalChars count the characters shown in text
	// running left to right and up or down the displayed page.
	UprightChars, VerticalChars int
	// GlyphRuns are the boxes of runs of glyph-shaped vector paths: text
	// drawn as outlines rather than with a font. GlyphShapes counts the
	// shapes in them.
	GlyphRuns   []Rect
	GlyphShapes int
	Images      []Image
	Fields      []Field
}

// Doc is the scan of a whole document.
type Doc struct {
	Pages []Page
}

// Limits bound the work on one file. Zero values mean the defaults.
type Limits struct {
	// MaxDecoded is the most bytes decoded from the content streams the
	// scan reads, in total, and from any one stream pdfcpu decodes while
	// reading the file (object and cross-reference streams) (default
	// 256 MiB).
	MaxDecoded int
	// MaxOps is the most content-stream tokens (operators and operands)
	// interpreted in the whole document (default 20,000,000, under a
	// second); past it, pages report what was seen so far.
	MaxOps int
	// MaxPages is the most pages read (default 100,000).
	MaxPages int
}

func (l Limits) withDefaults() Limits {
	if l.MaxDecoded <= 0 {
		l.MaxDecoded = 256 << 20
	}
	if l.MaxOps <= 0 {
		l.MaxOps = 20_000_000
	}
	if l.MaxPages <= 0 {
		l.MaxPages = 100_000
	}
	return l
}

// Scan reads every page of the PDF in data.
func Scan(data []byte, lim Limits) (doc *Doc, err error) {
	// pdfcpu panics on some broken input, while reading and while
	// dereferencing later; the scan then has no result.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: pdfcpu panic: %v", ErrUnreadable, r)
		}
	}()
	lim = lim.withDefaults()
	// Offsets count from the header, as poppler and Acrobat read them: a
	// file may start with junk (a stray "%%EOF" line, a mail header).
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	f, pages, err := open(data, lim)
	if errors.Is(err, ErrUnreadable) || errors.Is(err, ErrNoPages) {
		// The cross-reference table of a damaged or concatenated file is
		// often wrong where its objects are not: without a "startxref"
		// pdfcpu rebuilds the table from the objects, as poppler does.
		if f2, pages2, err2 := open(bytes.ReplaceAll(data, []byte("startxref"), []byte("startxre_")), lim); err2 == nil {
			f, pages, err = f2, pages2, nil
		}
	}
	if err != nil {
		return nil, err
	}
	doc = &Doc{Pages: make([]Page, len(pages))}
	index := map[int]int{} // page object number → index
	for i, p := range pages {
		if _, dup := index[p.num]; !dup {
			index[p.num] = i
		}
	}
	for i, p := range pages {
		if err := f.scanPage(p, &doc.Pages[i]); err != nil {
			return nil, fmt.Errorf("pdfscan: page %d: %w", i+1, err)
		}
	}
	f.fields(pages, index, doc)
	return doc, nil
}

// open reads data's objects and page tree.
func open(data []byte, lim Limits) (f *file, pages []pageObj, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, pages, err = nil, nil, fmt.Errorf("%w: pdfcpu panic: %v", ErrUnreadable, r)
		}
	}()
	if f, err = readFile(data, lim.MaxDecoded); err != nil {
		return nil, nil, err
	}
	f.ops = lim.MaxOps
	if pages, err = f.pages(lim.MaxPages); err != nil {
		return nil, nil, err
	}
	return f, pages, nil
}

// pageObj is a page with its inherited attributes resolved.
type pageObj struct {
	num    int // object number
	d      types.Dict
	res    types.Dict
	crop   [4]float64
	rotate int
}

// pages reads the page tree through pdfcpu, which resolves the inherited
// resources, boxes and rotation.
func (f *file) pages(maxPages int) ([]pageObj, error) {
	if root, err := f.xt.Pages(); err != nil || root == nil {
		return nil, ErrNoPages
	}
	if err := f.xt.EnsurePageCount(); err != nil || f.xt.PageCount <= 0 {
		return nil, ErrNoPages
	}
	if f.xt.PageCount > maxPages {
		return nil, fmt.Errorf("pdfscan: more than %d pages", maxPages)
	}
	out := make([]pageObj, 0, f.xt.PageCount)
	for n := 1; n <= f.xt.PageCount; n++ {
		d, ref, in, err := f.xt.PageDict(n, false)
		if err != nil {
			if len(out) == 0 {
				return nil, fmt.Errorf("%w: page %d: %v", ErrNoPages, n, err)
			}
			break // /Count promised more pages than the tree has
		}
		p := pageObj{num: ref.ObjectNumber.Value(), d: d, res: in.Resources}
		media, ok := rectBox(in.MediaBox)
		if !ok {
			media = [4]float64{0, 0, 612, 792}
		}
		p.crop = media
		if c, ok := rectBox(in.CropBox); ok {
			// The crop box is clipped to the media box.
			p.crop = [4]float64{max(c[0], media[0]), max(c[1], media[1]), min(c[2], media[2]), min(c[3], media[3])}
			if p.crop[2] <= p.crop[0] || p.crop[3] <= p.crop[1] {
				p.crop = media
			}
		}
		p.rotate = ((in.Rotate%360 + 360) % 360) / 90 * 90
		out = append(out, p)
	}
	return out, nil
}

// rectBox reads a page boundary, normalised; a degenerate one is not a box.
func rectBox(r *types.Rectangle) ([4]float64, bool) {
	if r == nil {
		return [4]float64{}, false
	}
	return normBox([4]float64{r.LL.X, r.LL.Y, r.UR.X, r.UR.Y})
}

// box reads a rectangle [llx lly urx ury], normalised.
func (f *file) box(v types.Object) ([4]float64, bool) {
	a := f.arrayOf(v)
	if len(a) != 4 {
		return [4]float64{}, false
	}
	var b [4]float64
	for i := range b {
		x, ok := f.num(a[i])
		if !ok {
			return b, false
		}
		b[i] = x
	}
	return normBox(b)
}

func normBox(b [4]float64) ([4]float64, bool) {
	for _, x := range b {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return b, false
		}
	}
	if b[0] > b[2] {
		b[0], b[2] = b[2], b[0]
	}
	if b[1] > b[3] {
		b[1], b[3] = b[3], b[1]
	}
	if b[2]-b[0] < 1 || b[3]-b[1] < 1 {
		return b, false
	}
	return b, true
}

// matrix is an affine transform [a b c d e f]: (x, y) → (ax + cy + e, bx + dy + f).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// display is the transform from a page's default user space to display
// space: the crop box's top-left corner at the origin, y down, turned by
// /Rotate (clockwise). It returns the transform and the display size.
func display(crop [4]float64, rotate int) (matrix, float64, float64) {
	w, h := crop[2]-crop[0], crop[3]-crop[1]
	// Unrotated: u = x - llx, v = ury - y.
	m := matrix{1, 0, 0, -1, -crop[0], crop[3]}
	switch rotate {
	case 90: // (u, v) → (h - v, u)
		return m.mul(matrix{0, 1, -1, 0, h, 0}), h, w
	case 180: // (u, v) → (w - u, h - v)
		return m.mul(matrix{-1, 0, 0, -1, w, h}), w, h
	case 270: // (u, v) → (v, w - u)
		return m.mul(matrix{0, -1, 1, 0, 0, w}), h, w
	}
	return m, w, h
}

// bbox returns the display box of the unit square under m.
func (m matrix) bbox(x0, y0, x1, y1 float64) Rect {
	r := Rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range [4][2]float64{{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}} {
		x, y := m.apply(p[0], p[1])
		r = Rect{min(r.X0, x), min(r.Y0, y), max(r.X1, x), max(r.Y1, y)}
	}
	return r
}
