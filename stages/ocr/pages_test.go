package ocr

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/pdfscan"
)

func TestParsePDFInfo(t *testing.T) {
	out := []byte("Title: x\nPages:           2\nPage    1 size:  612 x 792 pts (letter)\nPage    1 rot:   90\nPage    2 size:  595.276 x 841.89 pts (A4)\nPage    2 rot:   0\n")
	n, pages, ok := parsePDFInfo(out)
	if !ok || n != 2 || len(pages) != 2 {
		t.Fatalf("n=%d ok=%v pages=%v", n, ok, pages)
	}
	if pages[0].w != 792 || pages[0].h != 612 { // rotated a quarter
		t.Errorf("page 1 %+v", pages[0])
	}
	if pages[1].w != 595.276 {
		t.Errorf("page 2 %+v", pages[1])
	}
	if _, _, ok := parsePDFInfo([]byte("Title: x\n")); ok {
		t.Error("no page count accepted")
	}
}

func TestAddImages(t *testing.T) {
	out := []byte(`page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
--------------------------------------------------------------------------------------------
   1     0 image    2550  3300  gray    1   1  ccitt  no        10  0   300   300 52.8K 5.1%
   1     1 smask    2550  3300  gray    1   8  image  no        11  0   300   300 52.8K 5.1%
   2     2 image      20    20  rgb     3   8  jpeg   no        12  0    72    72  1K 2%
   2     3 image     300   300  rgb     3   8  jpeg   no        13  0   300   300  1K 2%
   3     4 image    1275   260  gray    1   8  image  no        14  0   150   150  1K 2%
`)
	pages := []pdfPage{{w: 612, h: 792}, {w: 612, h: 792}, {w: 612, h: 792}}
	addImages(out, pages)
	if pages[0].imageCover < 0.99 || pages[0].imageCount != 1 {
		t.Errorf("full-page scan: %+v (the soft mask must not count)", pages[0])
	}
	if pages[1].imageCover >= minImageCover {
		t.Errorf("a one-inch logo and an icon: %+v", pages[1])
	}
	if c := pages[2].imageCover; c < minImageCover || c > fullPageCover {
		t.Errorf("a pasted exhibit: %+v", pages[2])
	}
}

func TestDecide(t *testing.T) {
	s := New(Config{})
	body := strings.Repeat("The court finds that the motion is granted. ", 20)
	tests := []struct {
		name   string
		body   string
		page   pdfPage
		ocr    bool
		reason string
	}{
		{"text", body, pdfPage{w: 612, h: 792}, false, ReasonTextLayer},
		{"empty", " \n ", pdfPage{}, true, ReasonEmpty},
		{"little", "Exhibit A", pdfPage{}, true, ReasonStampOnly},
		{"control codes", strings.Repeat("\x01\x02\x03 ", 20), pdfPage{}, true, ReasonUndecodable},
		{"cid", strings.Repeat("(cid:12)(cid:7) ", 10), pdfPage{}, true, ReasonUndecodable},
		{"private use", strings.Repeat("\uE001\uE002 ", 10) + "ok", pdfPage{}, true, ReasonUndecodable},
		{"clerk stamp over scan", "Received by the Clerk of Court, Northern District", pdfPage{imageCover: 1}, true, ReasonImage},
		{"searchable scan", body, pdfPage{imageCover: 1}, false, ReasonSearchableScan},
		{"exhibit on text page", body, pdfPage{imageCover: 0.2}, true, ReasonImage},
		{"logo on text page", body, pdfPage{imageCover: 0.01}, false, ReasonTextLayer},
		{"inline exhibit on text page", body, pdfPage{inlineCover: 0.2}, true, ReasonImage},
		{"inline and XObject images together", body, pdfPage{imageCover: 0.03, inlineCover: 0.03}, true, ReasonImage},
		{"searchable scan drawn inline", body, pdfPage{inlineCover: 1}, false, ReasonSearchableScan},
		{"vector text on text page", body, pdfPage{glyphShapes: 280}, true, ReasonVectorText},
		{"a logo in outlines", body, pdfPage{glyphShapes: minGlyphShapes - 1}, false, ReasonTextLayer},
		{"vector text only", "", pdfPage{glyphShapes: 280}, true, ReasonEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ocr, reason := s.decide(tt.body, tt.page)
			if ocr != tt.ocr || reason != tt.reason {
				t.Errorf("decide = %v %q, want %v %q", ocr, reason, tt.ocr, tt.reason)
			}
		})
	}
}

func TestSplitStamps(t *testing.T) {
	tests := []struct {
		in, body string
		stamp    *Stamp
	}{
		{"Case 4:08-cv-02214-CW Document 27 Filed 02/03/09 Page 1 of 2\n\nBody text.", "Body text.",
			&Stamp{Case: "4:08-cv-02214-CW", Document: "27", Filed: "02/03/09", Page: 1, Pages: 2}},
		{"Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1\nText", "Text",
			&Stamp{Case: "17-2218", Document: "17", Filed: "10/31/2017", Page: 1, Pages: 1}},
		{"Case: 21-1298 Document: 42 Page: 1 Date Filed: 08/31/2022\nText", "Text",
			&Stamp{Case: "21-1298", Document: "42", Filed: "08/31/2022", Page: 1}},
		{"Case No. 4:08-cv-02214\nIn this case, page 3 of the brief says", "Case No. 4:08-cv-02214\nIn this case, page 3 of the brief says", nil},
		{"Plain text only", "Plain text only", nil},
		// ca1: poppler writes the First Circuit's header one field a line.
		{"Case: 20-1507\n\nDocument: 00117684624\n\nPage: 1\n\nDate Filed: 12/22/2020\n\nEntry ID: 6390389\n\nUnited States Court of Appeals", "United States Court of Appeals",
			&Stamp{Case: "20-1507", Document: "00117684624", Filed: "12/22/2020", Page: 1}},
		// ca2: commas, a bare date, "Page1".
		{"Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2\n\nUnited States Court", "United States Court",
			&Stamp{Case: "17-3510", Document: "1-1", Filed: "10/31/2017", Page: 1, Pages: 2}},
		// One field alone, or followed by body text, is body text.
		{"Case No. 4:08-cv-02214\nMOTION TO DISMISS", "Case No. 4:08-cv-02214\nMOTION TO DISMISS", nil},
		{"Page 2 of 10", "Page 2 of 10", nil},
		// ca1 p. 7: poppler interleaves the header's fields with the body.
		{"Case: 20-1507\n\nDocument: 00117684624\n\nbody one\n\nPage: 7\n\nbody two\nDate Filed: 12/22/2020\nbody three", "body one\n\n\nbody two\nbody three",
			&Stamp{Case: "20-1507", Document: "00117684624", Filed: "12/22/2020", Page: 7}},
	}
	for _, tt := range tests {
		body, st := splitStamps(tt.in)
		if body != tt.body {
			t.Errorf("splitStamps(%q) body = %q, want %q", tt.in, body, tt.body)
		}
		if (st == nil) != (tt.stamp == nil) {
			t.Fatalf("splitStamps(%q) stamp = %+v, want %+v", tt.in, st, tt.stamp)
		}
		if st != nil && (st.Case != tt.stamp.Case || st.Document != tt.stamp.Document || st.Filed != tt.stamp.Filed || st.Page != tt.stamp.Page || st.Pages != tt.stamp.Pages) {
			t.Errorf("splitStamps(%q) stamp = %+v, want %+v", tt.in, st, tt.stamp)
		}
	}
}

func TestUncoveredAndMargins(t *testing.T) {
	layer := []word{
		{block: 0, par: 0, line: 0, left: 90, top: 15, w: 20, h: 8, text: "Case"},
		{block: 0, par: 1, line: 0, left: 18, top: 550, w: 7, h: 33, text: "Received"},
		{block: 0, par: 1, line: 0, left: 18, top: 500, w: 7, h: 20, text: "Clerk"},
	}
	ocrWords := []word{
		{left: 100 * 300 / 72, top: 17 * 300 / 72, w: 40, h: 20, text: "Case"},  // over the stamp
		{left: 300 * 300 / 72, top: 400 * 300 / 72, w: 80, h: 30, text: "body"}, // the scan
	}
	if got := uncovered(ocrWords, layer, 300.0/72); len(got) != 1 || got[0].text != "body" {
		t.Errorf("uncovered = %+v", got)
	}
	body, margin := dropLines("Received Clerk\nCase\nreal", layer, 612)
	if body != "Case\nreal" || len(margin) != 1 || margin[0] != "Received Clerk" {
		t.Errorf("dropLines = %q %q", body, margin)
	}
}

func TestAddScan(t *testing.T) {
	doc := &pdfscan.Doc{Pages: []pdfscan.Page{
		{Width: 612, Height: 792, UprightChars: 900, VerticalChars: 40, GlyphShapes: 30,
			GlyphRuns: []pdfscan.Rect{{X0: 72, Y0: 100, X1: 400, Y1: 112}},
			Images: []pdfscan.Image{
				{Rect: pdfscan.Rect{X0: 0, Y0: 400, X1: 612, Y1: 600}, W: 1275, H: 400, Inline: true},
				{Rect: pdfscan.Rect{X0: -50, Y0: 700, X1: 100, Y1: 900}, W: 300, H: 300, Inline: true}, // partly off the page
				{Rect: pdfscan.Rect{X0: 10, Y0: 10, X1: 20, Y1: 20}, W: 8, H: 8, Inline: true},         // a bullet
				{Rect: pdfscan.Rect{X0: 300, Y0: 300, X1: 400, Y1: 400}, W: 500, H: 500},               // an XObject: pdfimages counts it
			}},
	}}
	pages := make([]pdfPage, 1)
	addScan(doc, pages)
	pg := pages[0]
	wantCover := (612*200 + 100*92) / (612 * 792.0)
	if pg.glyphShapes != 30 || pg.upright != 900 || pg.vertical != 40 || math.Abs(pg.inlineCover-wantCover) > 1e-9 {
		t.Errorf("page %+v, inline cover want %v", pg, wantCover)
	}
	other := make([]pdfPage, 2)
	addScan(doc, other)
	if other[0].glyphShapes != 0 || other[0].upright != 0 {
		t.Errorf("a scan of another page count was used: %+v", other[0])
	}
	addScan(nil, other)
}

func TestHasMarginText(t *testing.T) {
	for _, tt := range []struct {
		pg   pdfPage
		want bool
	}{
		{pdfPage{upright: 2000, vertical: 60}, true},
		{pdfPage{upright: 2000, vertical: 2}, false},  // a rotated digit
		{pdfPage{upright: 40, vertical: 3000}, false}, // a page drawn turned: its body
		{pdfPage{upright: 0, vertical: 0}, false},
	} {
		if got := hasMarginText(tt.pg); got != tt.want {
			t.Errorf("hasMarginText(%+v) = %v", tt.pg, got)
		}
	}
}

func TestMarginWords(t *testing.T) {
	// Pixels of a letter page at 300 dpi: 2550 wide, margin band 450.
	const width = 2550
	up := func(line int, x float64, texts ...string) []word { // a line up the page at x
		var ws []word
		for i, s := range texts {
			ws = append(ws, word{block: line, line: line, left: x, top: 3000 - float64(i)*200, w: 40, h: 150, text: s})
		}
		return ws
	}
	across := func(line int, texts ...string) []word {
		var ws []word
		for i, s := range texts {
			ws = append(ws, word{block: line, line: line, left: 500 + float64(i)*300, top: 600 + float64(line)*60, w: 250, h: 40, text: s})
		}
		return ws
	}
	body := across(1, "The", "plaintiff", "filed", "this", "action")
	tests := []struct {
		name      string
		words     []word
		bodyChars int
		width     float64
		margin    []string
	}{
		{"stamp in the left margin", append(up(9, 120, "FILED", "02/03/2009"), body...), 0, width, []string{"FILED 02/03/2009"}},
		{"stamp in the right margin, text layer body", up(9, 2400, "RECEIVED", "CLERK"), 500, width, []string{"RECEIVED CLERK"}},
		{"vertical words across the body", append(up(9, 1200, "FILED", "02/03/2009"), body...), 0, width, nil},
		{"a page fed a quarter turned", append(up(1, 120, "The", "plaintiff", "filed"), up(2, 300, "this", "action", "against")...), 0, width, nil},
		{"width unknown", append(up(9, 120, "FILED", "02/03/2009"), body...), 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kept, margin := marginWords(tt.words, tt.bodyChars, tt.width)
			if !slices.Equal(margin, tt.margin) {
				t.Errorf("margin %q, want %q", margin, tt.margin)
			}
			n := 0
			for _, m := range tt.margin {
				n += len(strings.Fields(m))
			}
			if len(kept) != len(tt.words)-n {
				t.Errorf("kept %d words of %d", len(kept), len(tt.words))
			}
		})
	}
}

func TestAddFields(t *testing.T) {
	fields := []pdfscan.Field{
		{Name: "name", Value: "Margaret  Holloway", Kind: "text"},
		{Name: "case", Value: "3:21-cv-00417", Kind: "text"},
		{Name: "ruling", Value: "Denied", Kind: "choice"},
		{Name: "box", Value: "Yes", Kind: "button"},
	}
	tests := []struct {
		name, text, want string
		added            []bool
		methods          []string
	}{
		{"all shown", "Name: MARGARET HOLLOWAY\nCase 3:21-cv-00417 denied", "Name: MARGARET HOLLOWAY\nCase 3:21-cv-00417 denied",
			[]bool{false, false, false, false}, nil},
		{"none shown", "Name:\nCase:\n", "Name:\nCase:\n\nMargaret  Holloway\n3:21-cv-00417\nDenied",
			[]bool{true, true, true, false}, []string{MethodTextLayer, MethodFormFields}},
		{"empty page", "", "Margaret  Holloway\n3:21-cv-00417\nDenied",
			[]bool{true, true, true, false}, []string{MethodTextLayer, MethodFormFields}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Page{Text: tt.text, Method: MethodTextLayer}
			addFields(&p, fields)
			if p.Text != tt.want {
				t.Errorf("text %q, want %q", p.Text, tt.want)
			}
			if len(p.Fields) != len(fields) {
				t.Fatalf("fields %+v", p.Fields)
			}
			for i, f := range p.Fields {
				if f.Added != tt.added[i] || f.Name != fields[i].Name || f.Value != fields[i].Value {
					t.Errorf("field %+v, want added %v", f, tt.added[i])
				}
			}
			if !slices.Equal(p.Methods, tt.methods) {
				t.Errorf("methods %v, want %v", p.Methods, tt.methods)
			}
		})
	}
}

func TestHasImageXObject(t *testing.T) {
	for in, want := range map[string]bool{
		"<< /Type /XObject /Subtype /Image /Width 2 >>": true,
		"<</Subtype/Image/Width 2>>":                    true,
		"/ProcSet [/PDF /Text /ImageB /ImageC]":         false,
		"<< /Subtype /ImageMask >>":                     false,
		"":                                              false,
	} {
		if got := hasImageXObject([]byte(in)); got != want {
			t.Errorf("hasImageXObject(%q) = %v", in, got)
		}
	}
}

func TestRTFText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{\rtf1\ansi{\fonttbl{\f0 Times;}}\f0 Hello\par World}`, "Hello\nWorld"},
		{`{\rtf1\ansi\ansicpg1252 caf\'e9 \u8364? \tab x}`, "café € \tx"},
		{`{\rtf1{\*\generator Foo;}{\info{\title T}}Body}`, "Body"},
		{`{\rtf1\ansi\ansicpg932{\fonttbl{\f1\fcharset128 MS Mincho;}}\f1 \'93\'fa\'96\'7b}`, "日本"},
		{`{\rtf1 a\{b\}c\\d}`, `a{b}c\d`},
	}
	for _, tt := range tests {
		got, err := RTFText([]byte(tt.in))
		if err != nil || got != tt.want {
			t.Errorf("RTFText(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := RTFText([]byte(`{\rtf1 {\b unclosed`)); err == nil {
		t.Error("truncated RTF accepted")
	}
}

func TestEMLText(t *testing.T) {
	msg := "From: =?utf-8?q?Ren=C3=A9?= <r@x>\r\nTo: a@b\r\nSubject: =?iso-8859-1?q?r=E9sum=E9?=\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>caf\xe9</p>\r\n--b--\r\n"
	got, err := EMLText([]byte(msg))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"From: René <r@x>", "Subject: résumé", "café"} {
		if !strings.Contains(got, w) {
			t.Errorf("EMLText lacks %q: %q", w, got)
		}
	}
	if _, err := EMLText([]byte("From: a@b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\ncut")); err == nil {
		t.Error("truncated multipart accepted")
	}
}

func TestDecodeHTMLCharsets(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", "Привет"},
		{"<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-1\"><p>caf\xe9</p>", "café"},
		{"<p>plain utf-8 café</p>", "café"},
		{"<p>undeclared caf\xe9</p>", "café"},
	}
	for _, tt := range tests {
		if got := HTMLText(decodeHTML([]byte(tt.in))); !strings.Contains(got, tt.want) {
			t.Errorf("decodeHTML(%q) → %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := decodeText([]byte("\xff\xfeh\x00i\x00")); got != "hi" {
		t.Errorf("UTF-16LE with BOM: %q", got)
	}
}
