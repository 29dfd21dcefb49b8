package pdfscan

import (
	"bytes"
	"compress/lzw"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/minipdf"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func streamObj(dict, body string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(body), body)
}

func flate(body string) string {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(body))
	zw.Close()
	return z.String()
}

// onePage is a letter page with content and extra page entries; more
// objects follow from number 5 (4 is a font).
func onePage(content, extra string, more ...string) []byte {
	return minipdf.Assemble(append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R /Fm1 6 0 R >> >> /Contents 7 0 R " + extra + " >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		streamObj("/Type /XObject /Subtype /Image /Width 600 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8", "x"),
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 50 0]", "BT /F1 10 Tf 0 0 Td (inside a form) Tj ET q 100 0 0 50 0 0 cm /Im1 Do Q"),
		streamObj("", content),
	}, more...), 1, "")
}

func scan(t *testing.T, pdf []byte) *Doc {
	t.Helper()
	d, err := Scan(pdf, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// glyphRow draws n glyph-shaped outlines (an "o": two curved subpaths,
// the inner a counter) of size pt in a row from (x, y), along the x axis,
// or up the page when up is set.
func glyphRow(n int, x, y, size float64, up bool) string {
	var b strings.Builder
	for i := range n {
		gx, gy := x+float64(i)*size*0.7, y
		if up {
			gx, gy = x, y+float64(i)*size*0.7
		}
		ring := func(r float64) {
			cx, cy := gx+size/4, gy+size/4
			fmt.Fprintf(&b, "%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h\n",
				cx-r, cy, cx-r, cy+r, cx+r, cy+r, cx+r, cy, cx+r, cy-r, cx-r, cy-r, cx-r, cy)
		}
		ring(size / 4)
		ring(size / 8)
		b.WriteString("f\n")
	}
	return b.String()
}

func TestScanContent(t *testing.T) {
	tests := []struct {
		name    string
		pdf     []byte
		upright int
		vert    int
		glyphs  int // at least
		runs    int
		images  []Image
	}{
		{name: "plain text", pdf: onePage("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET", ""), upright: 11},
		{name: "TJ array and quote", pdf: onePage("BT /F1 12 Tf 14 TL 72 700 Td [(Hel) -20 (lo)] TJ (next) ' ET", ""), upright: 9},
		{name: "rotated by Tm", pdf: onePage("BT /F1 12 Tf 72 700 Td (body text) Tj ET BT /F1 8 Tf 0 1 -1 0 30 200 Tm (FILED) Tj ET", ""), upright: 9, vert: 5},
		{name: "rotated by cm", pdf: onePage("q 0 -1 1 0 30 600 cm BT /F1 8 Tf 0 0 Td (Bates 0001) Tj ET Q", ""), vert: 10},
		// The page turns the rotated text upright, and the upright text up.
		{name: "page /Rotate 90", pdf: onePage("BT /F1 12 Tf 0 1 -1 0 100 100 Tm (landscape) Tj ET BT 10 10 Td (x) Tj ET", "/Rotate 90"), upright: 9, vert: 1},
		{name: "text in a form XObject", pdf: onePage("q /Fm1 Do Q", ""), upright: 13,
			images: []Image{{Rect: Rect{50, 742, 150, 792}, W: 600, H: 400}}},
		{name: "image placed", pdf: onePage("q 306 0 0 396 0 0 cm /Im1 Do Q", ""),
			images: []Image{{Rect: Rect{0, 396, 306, 792}, W: 600, H: 400}}},
		// Turned clockwise, the bottom-left corner is the top-left one
		// (as pdftoppm renders it).
		{name: "image on a rotated page", pdf: onePage("q 306 0 0 396 0 0 cm /Im1 Do Q", "/Rotate 90"),
			images: []Image{{Rect: Rect{0, 0, 396, 306}, W: 600, H: 400}}},
		{name: "crop box", pdf: onePage("q 306 0 0 396 0 0 cm /Im1 Do Q", "/CropBox [0 0 306 396]"),
			images: []Image{{Rect: Rect{0, 0, 306, 396}, W: 600, H: 400}}},
		{name: "glyph outlines", pdf: onePage(glyphRow(12, 72, 500, 12, false), ""), glyphs: 12, runs: 1},
		{name: "glyph outlines up the margin", pdf: onePage(glyphRow(8, 30, 200, 10, true), ""), glyphs: 8, runs: 1},
		// A gap narrower than the glyphs' height is a word space.
		{name: "two words", pdf: onePage(glyphRow(5, 72, 500, 12, false)+glyphRow(5, 116, 500, 12, false), ""), glyphs: 10, runs: 1},
		{name: "too few in a row", pdf: onePage(glyphRow(3, 72, 500, 12, false), "")},
		{name: "glyphs far apart", pdf: onePage(glyphRow(1, 72, 500, 12, false)+glyphRow(1, 200, 500, 12, false)+glyphRow(1, 300, 500, 12, false)+glyphRow(1, 400, 500, 12, false), "")},
		{name: "a seal's circle is too big", pdf: onePage(glyphRow(6, 0, 0, 420, false), "")},
		{name: "table rules and boxes", pdf: onePage(strings.Repeat("72 500 400 0.5 re f 72 480 m 472 480 l S 72 400 m 172 400 l 172 420 l 72 420 l h f\n", 10), "")},
		{name: "clipping paths are not drawn", pdf: onePage(strings.ReplaceAll(glyphRow(12, 72, 500, 12, false), "f\n", "W n\n"), "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := scan(t, tt.pdf).Pages[0]
			if p.UprightChars != tt.upright || p.VerticalChars != tt.vert {
				t.Errorf("upright %d vertical %d, want %d %d", p.UprightChars, p.VerticalChars, tt.upright, tt.vert)
			}
			if p.GlyphShapes < tt.glyphs || (tt.glyphs == 0 && p.GlyphShapes != 0) || len(p.GlyphRuns) != tt.runs {
				t.Errorf("glyph shapes %d in runs %v, want %d in %d runs", p.GlyphShapes, p.GlyphRuns, tt.glyphs, tt.runs)
			}
			if len(p.Images) != len(tt.images) {
				t.Fatalf("images %+v, want %+v", p.Images, tt.images)
			}
			for i, im := range p.Images {
				w := tt.images[i]
				if im.W != w.W || im.H != w.H || im.Inline != w.Inline || !near(im.Rect, w.Rect) {
					t.Errorf("image %+v, want %+v", im, w)
				}
			}
		})
	}
}

func near(a, b Rect) bool {
	return math.Abs(a.X0-b.X0) < 0.01 && math.Abs(a.Y0-b.Y0) < 0.01 && math.Abs(a.X1-b.X1) < 0.01 && math.Abs(a.Y1-b.Y1) < 0.01
}

func TestGlyphRunBox(t *testing.T) {
	p := scan(t, onePage(glyphRow(12, 72, 500, 12, false), "")).Pages[0]
	if len(p.GlyphRuns) != 1 {
		t.Fatalf("runs %v", p.GlyphRuns)
	}
	// 12 glyphs 8.4 pt apart, each 6 pt wide, on a 6 pt high band whose
	// bottom is at y = 500 (display y = 292).
	want := Rect{72, 286, 72 + 11*8.4 + 6, 292}
	if r := p.GlyphRuns[0]; math.Abs(r.X0-want.X0) > 0.5 || math.Abs(r.X1-want.X1) > 0.5 || math.Abs(r.Y0-want.Y0) > 0.5 || math.Abs(r.Y1-want.Y1) > 0.5 {
		t.Errorf("run %+v, want about %+v", r, want)
	}
}

func TestInlineImages(t *testing.T) {
	raw := bytes.Repeat([]byte("\n EI \x00"), 40*40/6+1)[:40*40] // data that looks like EI
	var hex strings.Builder
	for _, c := range []byte(flate(string(raw))) {
		fmt.Fprintf(&hex, "%02X", c)
	}
	tests := []struct {
		name    string
		content string
		want    Image
	}{
		{"unfiltered, length from the size", "q 200 0 0 100 72 500 cm BI /W 40 /H 40 /CS /G /BPC 8 ID\n" + string(raw) + "\nEI Q BT /F1 9 Tf 0 0 Td (after) Tj ET",
			Image{Rect: Rect{72, 192, 272, 292}, W: 40, H: 40, Inline: true}},
		{"filtered, full names", "q 200 0 0 100 72 500 cm BI /Width 40 /Height 40 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/ASCIIHexDecode /FlateDecode] ID\n" + hex.String() + ">\nEI Q BT /F1 9 Tf 0 0 Td (after) Tj ET",
			Image{Rect: Rect{72, 192, 272, 292}, W: 40, H: 40, Inline: true}},
		{"image mask", "q 10 0 0 10 0 0 cm BI /W 8 /H 8 /IM true ID\n12345678\nEI Q BT /F1 9 Tf 0 0 Td (after) Tj ET",
			Image{Rect: Rect{0, 782, 10, 792}, W: 8, H: 8, Inline: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := scan(t, onePage(tt.content, "")).Pages[0]
			if len(p.Images) != 1 || p.Images[0].W != tt.want.W || p.Images[0].H != tt.want.H || !p.Images[0].Inline || !near(p.Images[0].Rect, tt.want.Rect) {
				t.Errorf("images %+v, want %+v", p.Images, tt.want)
			}
			if p.UprightChars != 5 { // the text after the image is read
				t.Errorf("text after the image: %d characters", p.UprightChars)
			}
		})
	}
}

func TestAnnotations(t *testing.T) {
	ap := streamObj("/Type /XObject /Subtype /Form /BBox [0 0 200 20]", "BT /F1 10 Tf 2 5 Td (APPROVED) Tj ET")
	for _, tt := range []struct {
		flags string
		want  int
	}{{"/F 4", 8}, {"/F 2", 0}, {"/F 32", 0}} {
		pdf := onePage("", "/Annots [8 0 R]", "<< /Type /Annot /Subtype /Stamp /Rect [100 100 300 120] "+tt.flags+" /AP << /N 9 0 R >> >>", ap)
		if got := scan(t, pdf).Pages[0].UprightChars; got != tt.want {
			t.Errorf("annotation %s: %d characters, want %d", tt.flags, got, tt.want)
		}
	}
	// The appearance is fitted to /Rect: a stamp turned a quarter.
	rot := streamObj("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Matrix [0 1 -1 0 0 0]", "BT /F1 10 Tf 2 5 Td (RECEIVED) Tj ET")
	pdf := onePage("", "/Annots [8 0 R]", "<< /Type /Annot /Subtype /Stamp /Rect [20 100 40 300] /AP << /N 9 0 R >> >>", rot)
	if p := scan(t, pdf).Pages[0]; p.VerticalChars != 8 {
		t.Errorf("rotated stamp annotation: %+v", p)
	}
}

func TestFields(t *testing.T) {
	widget := func(extra string) string {
		return "<< /Type /Annot /Subtype /Widget /Rect [100 700 300 720] /P 3 0 R " + extra + " >>"
	}
	pdf := minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 6 0 R 7 0 R 8 0 R 9 0 R 10 0 R 13 0 R] >> >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [5 0 R 6 0 R 11 0 R 12 0 R] >>",
		streamObj("", ""),
		widget("/FT /Tx /T (plain) /V (A value)"),                                             // 5
		widget("/FT /Tx /T (utf16) /V <FEFF004A006F007300E9>"),                                // 6
		widget("/FT /Tx /T (hidden) /V (secret) /F 2"),                                        // 7: not in /Annots, on page 3 by /P, hidden
		widget("/FT /Btn /T (off) /V /Off"),                                                   // 8
		widget("/FT /Ch /T (multi) /V [(One) (Two)]"),                                         // 9
		"<< /FT /Tx /T (parent) /V (inherited) /Kids [11 0 R 12 0 R] >>",                      // 10
		widget("/Parent 10 0 R"),                                                              // 11
		"<< /Type /Annot /Subtype /Widget /Parent 10 0 R /Rect [100 600 300 620] /P 3 0 R >>", // 12
		widget("/FT /Sig /T (signature) /V << /Type /Sig >>"),                                 // 13
	}, 1, "")
	got := scan(t, pdf).Pages[0].Fields
	want := []Field{
		{Name: "plain", Value: "A value", Kind: "text"},
		{Name: "utf16", Value: "José", Kind: "text"},
		{Name: "multi", Value: "One, Two", Kind: "choice"},
		{Name: "parent", Value: "inherited", Kind: "text"},
		{Name: "parent", Value: "inherited", Kind: "text"},
	}
	if len(got) != len(want) {
		t.Fatalf("fields %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].Name != want[i].Name || got[i].Value != want[i].Value || got[i].Kind != want[i].Kind {
			t.Errorf("field %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if r := got[0].Rect; !near(r, Rect{100, 72, 300, 92}) {
		t.Errorf("widget box %+v", r)
	}
}

func TestObjectTable(t *testing.T) {
	base := onePage("BT /F1 12 Tf 72 700 Td (first) Tj ET", "")
	// An incremental update replaces the content stream (object 7).
	startxref := bytes.LastIndex(base, []byte("startxref"))
	prev := strings.Fields(string(base[startxref:]))[1]
	obj := fmt.Sprintf("7 0 obj\n%s\nendobj\n", streamObj("", "BT /F1 12 Tf 72 700 Td (second version) Tj ET"))
	xref := len(base) + len(obj)
	update := fmt.Sprintf("%sxref\n7 1\n%010d 00000 n \ntrailer\n<< /Size 8 /Root 1 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n", obj, len(base), prev, xref)
	// The page inside an object stream, its content compressed with an
	// indirect /Length, found through a cross-reference stream.
	content := flate("BT 72 700 Td (compressed) Tj ET")
	compressed := xrefStreamPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"", // 3 and 4 in the object stream
		"",
		fmt.Sprintf("<< /Filter /FlateDecode /Length 7 0 R >>\nstream\n%s\nendstream", content),
		objStm(map[int]string{3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>", 4: "<< /Type /Font >>"}),
		fmt.Sprintf("%d", len(content)),
	}, 6)
	tests := []struct {
		name string
		pdf  []byte
		want int
	}{
		{"plain", base, 5},
		{"incremental update", append(append([]byte(nil), base...), update...), 14},
		{"junk before the header and a broken xref", append([]byte("%%EOF\r\n"), bytes.Replace(base, []byte("xref\n0 "), []byte("xref\n9 "), 1)...), 5},
		{"truncated before the xref", base[:bytes.Index(base, []byte("xref\n"))], 5},
		{"object stream", compressed, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := scan(t, tt.pdf)
			if len(d.Pages) != 1 || d.Pages[0].UprightChars != tt.want {
				t.Errorf("pages %+v, want one of %d characters", d.Pages, tt.want)
			}
		})
	}
}

// xrefStreamPDF numbers objs from 1 and writes them with a cross-reference
// stream; an empty body is an object inside the object stream objStmNum,
// in order.
func xrefStreamPDF(objs []string, objStmNum int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	var rows []byte
	rows = append(rows, 0, 0, 0, 0, 0, 0xff, 0xff)
	inStm := 0
	for i, o := range objs {
		if o == "" {
			rows = append(rows, 2, 0, 0, 0, byte(objStmNum), 0, byte(inStm))
			inStm++
			continue
		}
		off := b.Len()
		rows = append(rows, 1, byte(off>>24), byte(off>>16), byte(off>>8), byte(off), 0, 0)
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	off := b.Len()
	rows = append(rows, 1, byte(off>>24), byte(off>>16), byte(off>>8), byte(off), 0, 0)
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n",
		len(objs)+1, len(objs)+2, len(rows), rows)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", off)
	return b.Bytes()
}

// TestCorpus: every PDF of the corpus is read, with poppler's page count.
func TestCorpus(t *testing.T) {
	for f, pages := range map[string]int{
		"court/ca1_00117684624.pdf": 17, "court/ca2_1-1.pdf": 2, "court/ca3_003112692106.pdf": 2,
		"court/ca4_17.pdf": 1, "court/ca5_00516242060.pdf": 10, "court/ca6_1-3.pdf": 3,
		"court/image-pdf.pdf": 2, "court/missouri.pdf": 5, "court/ocr_pdf_variation.pdf": 1,
		"court/vector-pdf.pdf": 30, "bad/broken-mime.pdf": 23,
	} {
		data, err := os.ReadFile(testenv.Corpus(t, f))
		if err != nil {
			t.Fatal(err)
		}
		if d, err := Scan(data, Limits{}); err != nil || len(d.Pages) != pages {
			t.Errorf("%s: %v, want %d pages", f, err, pages)
		}
	}
}

// objStm is an object stream holding objs.
func objStm(objs map[int]string) string {
	var head, body strings.Builder
	for _, n := range []int{3, 4, 5, 6, 7, 8, 9} {
		if o, ok := objs[n]; ok {
			fmt.Fprintf(&head, "%d %d ", n, body.Len())
			body.WriteString(o + "\n")
		}
	}
	data := flate(head.String() + body.String())
	return fmt.Sprintf("<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", len(objs), head.Len(), len(data), data)
}

func TestScanErrors(t *testing.T) {
	if _, err := Scan(minipdf.Assemble([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R >>", "<< /Filter /Standard /V 1 >>"}, 1, "/Encrypt 4 0 R"), Limits{}); !errors.Is(err, ErrEncrypted) {
		t.Errorf("encrypted: %v", err)
	}
	for in, want := range map[string]error{
		"":           ErrUnreadable,
		"%PDF-1.4\n": ErrUnreadable,
		"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj":                                   ErrUnreadable,
		"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj trailer << /Root 1 0 R >> %%EOF\n": ErrNoPages,
	} {
		if _, err := Scan([]byte(in), Limits{}); !errors.Is(err, want) {
			t.Errorf("%q: %v, want %v", in, err, want)
		}
	}
	// Encrypted with the empty user password, as a viewer opens it: read.
	// With a user password: refused.
	for _, tt := range []struct {
		user string
		want error
	}{{"", nil}, {"user", ErrEncrypted}} {
		var enc bytes.Buffer
		conf := model.NewAESConfiguration(tt.user, "owner", 128)
		if err := api.Encrypt(bytes.NewReader(onePage("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET", "")), &enc, conf); err != nil {
			t.Fatal(err)
		}
		d, err := Scan(enc.Bytes(), Limits{})
		if !errors.Is(err, tt.want) || (err == nil && d.Pages[0].UprightChars != 11) {
			t.Errorf("encrypted, user password %q: %v %+v", tt.user, err, d)
		}
	}
	big := onePage(strings.Repeat("BT (x) Tj ET\n", 1000), "")
	if _, err := Scan(bytes.Replace(big, []byte("/Contents 7 0 R"), []byte("/Contents 8 0 R"), 1), Limits{}); err != nil {
		t.Errorf("no content: %v", err)
	}
	z := onePage("", "", "", fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", len(flate(strings.Repeat("BT (x) Tj ET\n", 1000))), flate(strings.Repeat("BT (x) Tj ET\n", 1000))))
	z = bytes.Replace(z, []byte("/Contents 7 0 R"), []byte("/Contents 9 0 R"), 1)
	if _, err := Scan(z, Limits{MaxDecoded: 1000}); !errors.Is(err, errBudget) {
		t.Errorf("decoded over the limit: %v", err)
	}
	if d, err := Scan(z, Limits{MaxOps: 100}); err != nil || d.Pages[0].UprightChars != 25 { // 4 tokens a string
		t.Errorf("token limit: %v %+v", err, d)
	}
	two := minipdf.Assemble([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 3 0 R 4 0 R] /Count 2 >>", "<< /Type /Page /Parent 2 0 R >>", "<< /Type /Page /Parent 2 0 R >>"}, 1, "")
	if d, err := Scan(two, Limits{}); err != nil || len(d.Pages) != 2 {
		t.Errorf("a page listed twice is one page: %v", err)
	}
	if _, err := Scan(two, Limits{MaxPages: 1}); err == nil {
		t.Error("page limit not enforced")
	}
}

func TestFilters(t *testing.T) {
	text := strings.Repeat("BT /F1 12 Tf 72 700 Td (TOBEORNOTTOBEORTOBEORNOT) Tj ET\n", 30)
	var lz bytes.Buffer
	w := lzw.NewWriter(&lz, lzw.MSB, 8)
	w.Write([]byte(text))
	w.Close()
	var a85 bytes.Buffer
	e := ascii85.NewEncoder(&a85)
	e.Write([]byte(text))
	e.Close()
	rl := []byte{byte(len(text) - 1)}
	rl = append(rl, text[:min(len(text), 128)]...)
	rl[0] = byte(min(len(text), 128) - 1)
	for _, tt := range []struct {
		name, dict, data string
		want             int
	}{
		{"flate", "/Filter /FlateDecode", flate(text), 30 * 24},
		{"lzw without early change", "/Filter /LZWDecode /DecodeParms << /EarlyChange 0 >>", lz.String(), 30 * 24},
		{"ascii85", "/Filter /ASCII85Decode", a85.String() + "~>", 30 * 24},
		{"ascii85 and flate", "/Filter [/A85 /Fl]", func() string {
			var b bytes.Buffer
			e := ascii85.NewEncoder(&b)
			e.Write([]byte(flate(text)))
			e.Close()
			return b.String() + "~>"
		}(), 30 * 24},
		{"run length", "/Filter /RunLengthDecode", string(rl) + "\x80", 2 * 24},
		{"unknown filter", "/Filter /JBIG2Decode", "xx", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pdf := onePage("", "", "", fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", tt.dict, len(tt.data), tt.data))
			pdf = bytes.Replace(pdf, []byte("/Contents 7 0 R"), []byte("/Contents 9 0 R"), 1)
			if got := scan(t, pdf).Pages[0].UprightChars; got != tt.want {
				t.Errorf("%d characters, want %d", got, tt.want)
			}
		})
	}
}

func TestTextString(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                   "plain",
		"\xFE\xFF\x00J\x00\xF6":   "Jö",
		"\xEF\xBB\xBFJos\xC3\xA9": "José",
		"\x93fi\x94":              "ﬁfiﬂ",
		"caf\xE9":                 "café",
	} {
		if got := textString([]byte(in)); got != want {
			t.Errorf("textString(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzScan: no input makes the scanner panic or run unbounded. Seeds are
// the documents of these tests and the ocr stage's fixtures.
func FuzzScan(f *testing.F) {
	f.Add(onePage("BT /F1 12 Tf 0 1 -1 0 30 200 Tm (x) Tj ET q 200 0 0 100 72 500 cm BI /W 4 /H 4 /CS /G /BPC 8 ID\n0123456789abcdef\nEI Q "+glyphRow(5, 72, 500, 12, false), "/Rotate 90"))
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >> endobj 2 0 obj << /Kids [3 0 R] >> endobj 3 0 obj << /FT /Tx /V (v) /Kids [3 0 R] >> endobj trailer << /Root 1 0 R >>"))
	files, _ := filepath.Glob(filepath.Join("..", "..", "stages", "ocr", "testdata", "*.pdf"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		d, err := Scan(data, Limits{MaxDecoded: 4 << 20, MaxOps: 200_000, MaxPages: 100})
		if err == nil && len(d.Pages) == 0 {
			t.Error("no error and no pages")
		}
		if el := time.Since(start); el > time.Second {
			t.Errorf("%d bytes took %v", len(data), el)
		}
	})
}
