// Package pdfscan reads what a PDF's pages draw, for the facts that
// poppler's text output does not give: text drawn as vector outlines
// (glyph-shaped paths in rows), text that runs up or down the page,
// inline images (BI … ID … EI) and where every image is placed, and the
// values of form fields, which a viewer may not show. It interprets the
// content streams of each page, its form XObjects and its annotations'
// appearance streams, and renders nothing.
//
// It is a scanner, not a full PDF reader: objects are found by scanning the
// bytes (so a broken cross-reference table does not matter), streams are
// decoded with the filters content streams use, and encrypted files are
// refused (ErrEncrypted). Every limit is bounded (Limits), so a hostile
// file costs at most the configured decoded bytes and operators.
package pdfscan

import (
	"fmt"
	"math"
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
	// MaxDecoded is the most bytes decoded from streams and parsed as
	// objects in total (default 256 MiB).
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
func Scan(data []byte, lim Limits) (*Doc, error) {
	lim = lim.withDefaults()
	f, err := readFile(data, lim.MaxDecoded)
	if err != nil {
		return nil, err
	}
	f.ops = lim.MaxOps
	pages, err := f.pages(lim.MaxPages)
	if err != nil {
		return nil, err
	}
	doc := &Doc{Pages: make([]Page, len(pages))}
	index := map[int]int{} // page object number → index
	for i, p := range pages {
		if p.num > 0 {
			index[p.num] = i
		}
	}
	for i, p := range pages {
		if err := f.scanPage(p, &doc.Pages[i]); err != nil {
			return nil, fmt.Errorf("pdfscan: page %d: %w", i+1, err)
		}
	}
	f.fields(pages, index, doc)
	if f.err != nil {
		return nil, f.err
	}
	return doc, nil
}

// pageObj is a page with its inherited attributes resolved.
type pageObj struct {
	num    int // object number, 0 if the page is a direct object
	d      dict
	res    dict
	crop   [4]float64
	rotate int
}

// pages walks the page tree from the catalog.
func (f *file) pages(maxPages int) ([]pageObj, error) {
	var root dict
	for i := len(f.trailer) - 1; i >= 0 && root == nil; i-- {
		if d := f.dictOf(f.trailer[i]["Root"]); d != nil && d["Pages"] != nil {
			root = d
		}
	}
	if root == nil { // no usable trailer: the last catalog in the file
		best := -1
		for num := range f.objs {
			if d, ok := f.resolve(ref{num, 0}).(dict); ok && d["Type"] == name("Catalog") && d["Pages"] != nil && f.at[num] > best {
				root, best = d, f.at[num]
			}
		}
	}
	if root == nil {
		return nil, ErrNoPages
	}
	var out []pageObj
	seen := map[int]bool{}
	type inherited struct {
		res          dict
		media, crop  any
		rotate       any
		haveCropSelf bool
	}
	var walk func(v any, in inherited, depth int) error
	walk = func(v any, in inherited, depth int) error {
		num := 0
		if r, ok := v.(ref); ok {
			if seen[r.num] {
				return nil
			}
			seen[r.num] = true
			num = r.num
		}
		d := f.dictOf(v)
		if d == nil || depth > 64 {
			return nil
		}
		if r := f.dictOf(d["Resources"]); r != nil {
			in.res = r
		}
		if m := d["MediaBox"]; m != nil {
			in.media = m
		}
		if c := d["CropBox"]; c != nil {
			in.crop = c
		}
		if r := d["Rotate"]; r != nil {
			in.rotate = r
		}
		kids := f.arrayOf(d["Kids"])
		if d["Type"] == name("Page") || (kids == nil && d["Type"] != name("Pages")) {
			if len(out) >= maxPages {
				return fmt.Errorf("pdfscan: more than %d pages", maxPages)
			}
			p := pageObj{num: num, d: d, res: in.res}
			media, ok := f.box(in.media)
			if !ok {
				media = [4]float64{0, 0, 612, 792}
			}
			p.crop = media
			if c, ok := f.box(in.crop); ok {
				// The crop box is clipped to the media box.
				p.crop = [4]float64{max(c[0], media[0]), max(c[1], media[1]), min(c[2], media[2]), min(c[3], media[3])}
				if p.crop[2] <= p.crop[0] || p.crop[3] <= p.crop[1] {
					p.crop = media
				}
			}
			if r, ok := f.num(in.rotate); ok {
				p.rotate = ((int(r)%360 + 360) % 360) / 90 * 90
			}
			out = append(out, p)
			return nil
		}
		for _, k := range kids {
			if err := walk(k, in, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(root["Pages"], inherited{}, 0); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, ErrNoPages
	}
	return out, nil
}

// box reads a rectangle [llx lly urx ury], normalised.
func (f *file) box(v any) ([4]float64, bool) {
	a := f.arrayOf(v)
	if len(a) != 4 {
		return [4]float64{}, false
	}
	var b [4]float64
	for i := range b {
		x, ok := f.num(a[i])
		if !ok || math.IsNaN(x) || math.IsInf(x, 0) {
			return b, false
		}
		b[i] = x
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
