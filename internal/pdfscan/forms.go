package pdfscan

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// maxFields bounds the form fields read from one document.
const maxFields = 10_000

// fields reads the AcroForm's fields (12.7.3) and gives each filled field
// to the page of its widget: the page whose /Annots lists the widget, else
// the page its /P names. Hidden widgets and empty, "Off" and signature
// values are left out.
func (f *file) fields(pages []pageObj, index map[int]int, doc *Doc) {
	root, err := f.xt.Catalog()
	if err != nil || root == nil {
		return
	}
	form := f.dictOf(root["AcroForm"])
	if form == nil {
		return
	}
	onPage := map[int]int{} // widget object number → page index
	for i, p := range pages {
		for _, a := range f.arrayOf(p.d["Annots"]) {
			if num := refNum(a); num >= 0 {
				onPage[num] = i
			}
		}
	}
	fc := &formCtx{pages: pages, onPage: onPage, index: index, doc: doc}
	count := 0
	seen := map[int]bool{}
	type inherited struct {
		name  string
		ft    string
		value types.Object
	}
	var walk func(v types.Object, in inherited, depth int)
	walk = func(v types.Object, in inherited, depth int) {
		if count >= maxFields || depth > 32 {
			return
		}
		num := refNum(v)
		if num >= 0 {
			if seen[num] {
				return
			}
			seen[num] = true
		}
		d := f.dictOf(v)
		if d == nil {
			return
		}
		if t, ok := stringBytes(f.resolve(d["T"])); ok {
			if in.name != "" {
				in.name += "."
			}
			in.name += textString(t)
		}
		if ft, ok := f.nameOf(d["FT"]); ok {
			in.ft = ft
		}
		if val, ok := d["V"]; ok {
			in.value = f.resolve(val)
		}
		kids := f.arrayOf(d["Kids"])
		// A kid with a /T is a field of its own; kids without are widgets.
		widgets := 0
		for _, k := range kids {
			kd := f.dictOf(k)
			if kd == nil {
				continue
			}
			if _, hasT := kd["T"]; hasT || kd["Kids"] != nil {
				walk(k, in, depth+1)
				continue
			}
			widgets++
			f.addField(refNum(k), kd, in.name, in.ft, in.value, fc, &count)
		}
		if widgets == 0 && len(kids) == 0 {
			f.addField(num, d, in.name, in.ft, in.value, fc, &count)
		}
	}
	for _, fld := range f.arrayOf(form["Fields"]) {
		walk(fld, inherited{}, 0)
	}
}

// formCtx is what addField needs to place a widget on its page.
type formCtx struct {
	pages  []pageObj
	onPage map[int]int // widget object number → page index
	index  map[int]int // page object number → page index
	doc    *Doc
}

// addField adds one widget's field value to its page. num is the
// widget's object number, -1 when it is direct.
func (f *file) addField(num int, wd types.Dict, fullName string, ft string, value types.Object, fc *formCtx, count *int) {
	if fl, _ := f.num(wd["F"]); int(fl)&(annotHidden|annotNoView) != 0 {
		return
	}
	page, ok := fc.onPage[num]
	if !ok {
		p := refNum(wd["P"])
		if p < 0 {
			return
		}
		if page, ok = fc.index[p]; !ok {
			return
		}
	}
	var kind, val string
	switch ft {
	case "Tx":
		kind, val = "text", valueText(value)
	case "Ch":
		kind, val = "choice", valueText(value)
	case "Btn":
		n, isName := value.(types.Name)
		if !isName || n == "Off" || n == "" {
			return
		}
		kind, val = "button", string(n)
	default: // signatures and unknown types
		return
	}
	if strings.TrimSpace(val) == "" {
		return
	}
	p := &fc.doc.Pages[page]
	var rect Rect
	if b, ok := f.box(wd["Rect"]); ok {
		d, _, _ := display(fc.pages[page].crop, fc.pages[page].rotate)
		rect = d.bbox(b[0], b[1], b[2], b[3])
	}
	p.Fields = append(p.Fields, Field{Name: fullName, Value: val, Kind: kind, Rect: rect})
	*count++
}

// valueText reads a text or choice value: a text string, a name, or an
// array of them (a multiple choice), joined by ", ". Carriage returns of
// multi-line fields become newlines.
func valueText(v types.Object) string {
	if b, ok := stringBytes(v); ok {
		return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(textString(b))
	}
	switch x := v.(type) {
	case types.Name:
		return string(x)
	case types.Array:
		var parts []string
		for _, e := range x {
			if s := valueText(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// stringBytes returns a string object's bytes, escapes resolved.
func stringBytes(o types.Object) ([]byte, bool) {
	switch x := o.(type) {
	case types.StringLiteral:
		b, err := types.Unescape(string(x))
		return b, err == nil
	case types.HexLiteral:
		b, err := x.Bytes()
		return b, err == nil
	}
	return nil, false
}

// textString decodes a PDF text string (7.9.2.2): UTF-16BE or UTF-8 with a
// byte order mark, else PDFDocEncoding.
func textString(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		b = b[2:]
		u := make([]uint16, 0, len(b)/2)
		for i := 0; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
		return string(utf16.Decode(u))
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF && utf8.Valid(b[3:]):
		return string(b[3:])
	}
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(pdfDoc(c))
	}
	return sb.String()
}

var (
	pdfDoc18 = []rune("˘ˇˆ˙˝˛˚˜")
	pdfDoc80 = []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž")
)

// pdfDoc maps a PDFDocEncoding byte to its rune (Annex D.2): Latin-1 but
// for 0x18–0x1F and 0x80–0x9F.
func pdfDoc(c byte) rune {
	switch {
	case c >= 0x18 && c <= 0x1F:
		return pdfDoc18[c-0x18]
	case c >= 0x80 && c <= 0x9E:
		return pdfDoc80[c-0x80]
	case c == 0x9F || c == 0x7F:
		return utf8.RuneError
	case c == 0xA0:
		return '€'
	}
	return rune(c)
}
