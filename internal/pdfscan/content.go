package pdfscan

import (
	"bytes"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Annotation flags (12.5.3) under which an annotation is not drawn.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// maxFormDepth bounds form XObjects inside form XObjects.
const maxFormDepth = 12

// maxGlyphBoxes bounds the glyph-shaped paths kept per page.
const maxGlyphBoxes = 50_000

// interp interprets the content streams of one page.
type interp struct {
	f     *file
	page  *Page
	boxes []Rect
	cache map[int][]byte // decoded form streams by object number
}

// scanPage interprets a page's contents and its annotations' appearances.
func (f *file) scanPage(p pageObj, out *Page) error {
	d, w, h := display(p.crop, p.rotate)
	out.Width, out.Height = w, h
	in := &interp{f: f, page: out, cache: map[int][]byte{}}
	content := f.page[:0]
	streams := types.Array{p.d["Contents"]}
	if a := f.arrayOf(p.d["Contents"]); a != nil {
		streams = a
	}
	for _, e := range streams {
		s, _ := f.streamOf(e)
		if s == nil {
			continue
		}
		b, err := f.decode(s)
		if err == errBudget {
			return err
		}
		// An unreadable stream draws nothing we can see.
		content = append(append(content, b...), '\n')
	}
	f.page = content
	if err := in.run(content, p.res, d, 0); err != nil {
		return err
	}
	for _, a := range f.arrayOf(p.d["Annots"]) {
		ad := f.dictOf(a)
		if st, _ := f.nameOf(ad["Subtype"]); ad == nil || st == "Popup" {
			continue
		}
		if fl, _ := f.num(ad["F"]); int(fl)&(annotHidden|annotNoView) != 0 {
			continue
		}
		s, num := f.appearance(ad)
		rect, ok := f.box(ad["Rect"])
		if s == nil || !ok {
			continue
		}
		if err := in.form(s, num, p.res, annotMatrix(f, s, rect).mul(d), 1); err != nil {
			return err
		}
	}
	out.GlyphRuns, out.GlyphShapes = glyphRuns(in.boxes)
	return nil
}

// appearance returns an annotation's normal appearance stream: /AP /N, or
// the state /AS names when /N holds several; with its object number.
func (f *file) appearance(ad types.Dict) (*types.StreamDict, int) {
	ap := f.dictOf(ad["AP"])
	if ap == nil {
		return nil, 0
	}
	if s, num := f.streamOf(ap["N"]); s != nil {
		return s, num
	}
	if n, ok := f.resolve(ap["N"]).(types.Dict); ok {
		as, _ := f.nameOf(ad["AS"])
		return f.streamOf(n[as])
	}
	return nil, 0
}

// annotMatrix maps an appearance stream's form space onto the annotation's
// rectangle (12.5.5): the form's bounding box, transformed by its matrix,
// is fitted to /Rect.
func annotMatrix(f *file, s *types.StreamDict, rect [4]float64) matrix {
	fm := formMatrix(f, s.Dict)
	bb, ok := f.box(s.Dict["BBox"])
	if !ok {
		return fm.mul(matrix{1, 0, 0, 1, rect[0], rect[1]})
	}
	r := fm.bbox(bb[0], bb[1], bb[2], bb[3]) // in form space after the matrix
	sx, sy := (rect[2]-rect[0])/max(r.W(), 1e-6), (rect[3]-rect[1])/max(r.H(), 1e-6)
	a := matrix{sx, 0, 0, sy, rect[0] - r.X0*sx, rect[1] - r.Y0*sy}
	return fm.mul(a)
}

func formMatrix(f *file, d types.Dict) matrix {
	a := f.arrayOf(d["Matrix"])
	if len(a) != 6 {
		return identity
	}
	var m matrix
	for i := range m {
		v, ok := f.num(a[i])
		if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
			return identity
		}
		m[i] = v
	}
	return m
}

// form interprets a form XObject, object num, drawn with ctm (form space
// → display).
func (in *interp) form(s *types.StreamDict, num int, res types.Dict, ctm matrix, depth int) error {
	if depth > maxFormDepth {
		return nil
	}
	b, ok := in.cache[num]
	if !ok {
		var err error
		b, err = in.f.decode(s)
		if err == errBudget {
			return err
		}
		in.cache[num] = b
	}
	if r := in.f.dictOf(s.Dict["Resources"]); r != nil {
		res = r
	}
	return in.run(b, res, ctm, depth)
}

// subpath is one subpath of the current path, in display space.
type subpath struct {
	box           Rect
	curves, lines int
	rect          bool       // drawn with re
	pts           [6]float64 // the first three points, for the rectangle test
	npts          int
	sx, sy        float64 // start point
}

func (sp *subpath) add(x, y float64) {
	sp.box = Rect{min(sp.box.X0, x), min(sp.box.Y0, y), max(sp.box.X1, x), max(sp.box.Y1, y)}
	if sp.npts < 3 {
		sp.pts[2*sp.npts], sp.pts[2*sp.npts+1] = x, y
	}
	sp.npts++
}

// axisRect reports whether a polygon of straight lines is an axis-aligned
// rectangle: table rules, boxes and underlines drawn with m/l/h.
func (sp *subpath) axisRect() bool {
	if sp.curves > 0 || sp.npts > 5 || sp.npts < 3 {
		return false
	}
	on := func(v, a, b float64) bool { return math.Abs(v-a) < 0.01 || math.Abs(v-b) < 0.01 }
	for i := range min(3, sp.npts) {
		if !on(sp.pts[2*i], sp.box.X0, sp.box.X1) || !on(sp.pts[2*i+1], sp.box.Y0, sp.box.Y1) {
			return false
		}
	}
	return true
}

// glyphShaped reports whether a painted subpath could be a glyph: curved,
// or a polygon that is not a rectangle, of a glyph's size.
func (sp *subpath) glyphShaped() bool {
	if sp.rect || sp.npts < 3 || sp.axisRect() {
		return false
	}
	if sp.curves == 0 && sp.lines < 2 {
		return false
	}
	w, h := sp.box.W(), sp.box.H()
	return max(w, h) >= 2 && min(w, h) >= 0.3 && max(w, h) <= 100
}

// run interprets one content stream.
func (in *interp) run(content []byte, res types.Dict, ctm matrix, depth int) error {
	l := &lexer{b: content}
	type gstate struct{ ctm matrix }
	var (
		stack    []gstate
		overflow int
		nums     [8]float64
		nn       int // numbers on the operand stack (the last 8 are kept)
		lastName []byte
		strLen   int
		tm, tlm  = identity, identity
		path     []subpath
		cur      = -1    // the index of the open subpath in path, or -1
		cx, cy   float64 // current point, user space
	)
	num := func(i int) float64 { // the i-th of the last k numbers, k = count wanted
		return nums[(nn-1-i)&7]
	}
	args := func(k int) ([6]float64, bool) {
		var a [6]float64
		if nn < k {
			return a, false
		}
		for i := range k {
			a[i] = num(k - 1 - i)
		}
		return a, true
	}
	start := func(x, y float64) { // a new subpath at user point (x, y)
		dx, dy := ctm.apply(x, y)
		path = append(path, subpath{box: Rect{dx, dy, dx, dy}, sx: x, sy: y})
		cur = len(path) - 1
		path[cur].pts[0], path[cur].pts[1], path[cur].npts = dx, dy, 1
		cx, cy = x, y
	}
	vertex := func(x, y float64) *subpath { // a segment's end point
		if cur < 0 {
			start(cx, cy)
		}
		dx, dy := ctm.apply(x, y)
		path[cur].add(dx, dy)
		cx, cy = x, y
		return &path[cur]
	}
	control := func(x, y float64) { // a curve's control point: in the box only
		if cur < 0 {
			start(cx, cy)
		}
		sp := &path[cur]
		dx, dy := ctm.apply(x, y)
		sp.box = Rect{min(sp.box.X0, dx), min(sp.box.Y0, dy), max(sp.box.X1, dx), max(sp.box.Y1, dy)}
	}
	paint := func() {
		in.paint(path)
		path, cur = path[:0], -1
	}
	show := func() {
		trm := tm.mul(ctm)
		a, b := trm[0], trm[1]
		switch {
		case a > 0 && math.Abs(b) <= 0.36*a:
			in.page.UprightChars += strLen
		case math.Abs(b) > 2*math.Abs(a):
			in.page.VerticalChars += strLen
		}
	}
	for {
		// Every token is charged, not only operators: a form drawn
		// again and again must not read its numbers for free.
		if in.f.ops--; in.f.ops < 0 {
			return nil
		}
		k := l.next()
		switch k {
		case tokEOF:
			return nil
		case tokNumber:
			nums[nn&7] = l.num
			nn++
			continue
		case tokName:
			lastName = l.tok
			continue
		case tokString, tokHexString:
			strLen += l.slen
			continue
		case tokKeyword:
		default:
			continue
		}
		op := l.tok
		switch string(op) {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, gstate{ctm})
			} else {
				overflow++
			}
		case "Q":
			switch {
			case overflow > 0:
				overflow--
			case len(stack) > 0:
				ctm = stack[len(stack)-1].ctm
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if a, ok := args(6); ok {
				ctm = matrix(a).mul(ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tm":
			if a, ok := args(6); ok {
				tm, tlm = matrix(a), matrix(a)
			}
		case "Td", "TD":
			if a, ok := args(2); ok {
				tlm = matrix{1, 0, 0, 1, a[0], a[1]}.mul(tlm)
				tm = tlm
			}
		case "Tj", "TJ", "'", `"`:
			show()
		case "m":
			if a, ok := args(2); ok {
				start(a[0], a[1])
			}
		case "l":
			if a, ok := args(2); ok {
				vertex(a[0], a[1]).lines++
			}
		case "c":
			if a, ok := args(6); ok {
				control(a[0], a[1])
				control(a[2], a[3])
				vertex(a[4], a[5]).curves++
			}
		case "v", "y":
			if a, ok := args(4); ok {
				control(a[0], a[1])
				vertex(a[2], a[3]).curves++
			}
		case "h":
			if cur >= 0 {
				cx, cy = path[cur].sx, path[cur].sy
				cur = -1
			}
		case "re":
			if a, ok := args(4); ok {
				start(a[0], a[1])
				vertex(a[0]+a[2], a[1])
				vertex(a[0]+a[2], a[1]+a[3])
				vertex(a[0], a[1]+a[3]).rect = true
				cur = -1
				cx, cy = a[0], a[1]
			}
		case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s":
			paint()
		case "n":
			path, cur = path[:0], -1
		case "Do":
			if err := in.do(lastName, res, ctm, depth); err != nil {
				return err
			}
		case "BI":
			in.inlineImage(l, ctm)
		}
		nn, strLen = 0, 0
	}
}

// counterReach is how many subpaths before and after a subpath are
// looked at for the contour it is inside: fonts draw a glyph's inner
// contours (the counters of o, e, B) next to its outer one.
const counterReach = 4

// paint records the glyph-shaped subpaths of a painted path. Subpaths
// inside a neighbouring subpath's box (the counters of o, e, a) are not
// counted.
func (in *interp) paint(path []subpath) {
	for i := range path {
		sp := &path[i]
		if !sp.glyphShaped() || len(in.boxes) >= maxGlyphBoxes {
			continue
		}
		inner := false
		for j := max(0, i-counterReach); j < min(len(path), i+counterReach+1); j++ {
			o := &path[j]
			if j != i && o.box.X0 <= sp.box.X0 && o.box.Y0 <= sp.box.Y0 && o.box.X1 >= sp.box.X1 && o.box.Y1 >= sp.box.Y1 &&
				(o.box.W() > sp.box.W() || o.box.H() > sp.box.H()) {
				inner = true
				break
			}
		}
		if !inner {
			in.boxes = append(in.boxes, sp.box)
		}
	}
}

// do draws the XObject named by nm: an image is recorded, a form is
// interpreted.
func (in *interp) do(nm []byte, res types.Dict, ctm matrix, depth int) error {
	f := in.f
	xo := f.dictOf(res["XObject"])
	if xo == nil {
		return nil
	}
	s, num := f.streamOf(xo[string(decodeName(nm))])
	if s == nil {
		return nil
	}
	switch st, _ := f.nameOf(s.Dict["Subtype"]); st {
	case "Image":
		w, _ := f.num(s.Dict["Width"])
		h, _ := f.num(s.Dict["Height"])
		in.page.Images = append(in.page.Images, Image{Rect: ctm.bbox(0, 0, 1, 1), W: int(w), H: int(h)})
	case "Form":
		return in.form(s, num, res, formMatrix(f, s.Dict).mul(ctm), depth+1)
	}
	return nil
}

// inlineImage reads an inline image (8.9.7) after BI: its dictionary up
// to ID, then skips its data to EI.
func (in *interp) inlineImage(l *lexer, ctm matrix) {
	d := dict{}
	for {
		k := l.next()
		if k == tokEOF {
			return
		}
		if k == tokKeyword && string(l.tok) == "ID" {
			break
		}
		if k != tokName {
			continue
		}
		key := decodeName(l.tok)
		l.next()
		d[key] = l.parseObject(1)
	}
	get := func(keys ...name) any {
		for _, k := range keys {
			if v, ok := d[k]; ok {
				return v
			}
		}
		return nil
	}
	w, _ := get("W", "Width").(float64)
	h, _ := get("H", "Height").(float64)
	start := l.pos + 1 // one white-space byte after ID
	end := -1
	if n, ok := get("L", "Length").(float64); ok && n >= 0 && n <= float64(len(l.b)) {
		end = start + int(n)
	} else if get("F", "Filter") == nil {
		bpc, ok := get("BPC", "BitsPerComponent").(float64)
		if !ok || bpc < 1 || bpc > 16 {
			bpc = 8
		}
		if m, _ := get("IM", "ImageMask").(bool); m {
			bpc = 1
		}
		comps := 1.0
		switch get("CS", "ColorSpace") {
		case name("RGB"), name("DeviceRGB"), name("CalRGB"):
			comps = 3
		case name("CMYK"), name("DeviceCMYK"):
			comps = 4
		}
		if w > 0 && h > 0 && w < 1<<16 && h < 1<<16 {
			end = start + int(h)*int(math.Ceil(w*bpc*comps/8))
		}
	}
	if end >= start && end <= len(l.b) {
		rest := l.b[end:min(len(l.b), end+8)]
		if k := bytes.Index(rest, []byte("EI")); k >= 0 && len(bytes.TrimLeft(rest[:k], " \t\r\n\f\x00")) == 0 {
			l.pos = end + k + 2
			in.page.Images = append(in.page.Images, Image{Rect: ctm.bbox(0, 0, 1, 1), W: int(w), H: int(h), Inline: true})
			return
		}
	}
	// Filtered data of unknown length: the first EI between white space.
	for i := min(start, len(l.b)); ; {
		k := bytes.Index(l.b[i:], []byte("EI"))
		if k < 0 {
			l.pos = len(l.b)
			return
		}
		at := i + k
		if at > 0 && isSpace(l.b[at-1]) && (at+2 == len(l.b) || isSpace(l.b[at+2]) || isDelim(l.b[at+2])) {
			l.pos = at + 2
			break
		}
		i = at + 2
	}
	in.page.Images = append(in.page.Images, Image{Rect: ctm.bbox(0, 0, 1, 1), W: int(w), H: int(h), Inline: true})
}
