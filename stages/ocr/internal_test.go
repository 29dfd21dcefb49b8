package ocr

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want kind
	}{
		{"pdf magic", Input{Name: "x.bin", Data: []byte("%PDF-1.7\n...")}, kindPDF},
		{"pdf after junk", Input{Name: "x", Data: []byte("\r\n%PDF-1.5\n")}, kindPDF},
		{"pdf magic beats txt name", Input{Name: "x.txt", Data: []byte("%PDF-1.4")}, kindPDF},
		{"pdf by name only", Input{Name: "scan.PDF", Data: []byte("garbage")}, kindPDF},
		{"pdf by content type", Input{Name: "blob", ContentType: "application/pdf", Data: []byte("x")}, kindPDF},
		{"png", Input{Name: "a.pdf", Data: []byte("\x89PNG\r\n\x1a\nxxxx")}, kindPNG},
		{"jpeg", Input{Data: []byte{0xFF, 0xD8, 0xFF, 0xE0}}, kindJPEG},
		{"tiff le", Input{Data: []byte("II*\x00\x08\x00\x00\x00")}, kindTIFF},
		{"tiff be", Input{Data: []byte("MM\x00*\x00\x00\x00\x08")}, kindTIFF},
		{"docx", Input{Name: "a.bin", Data: zipWith(t, "word/document.xml")}, kindDOCX},
		{"other zip named docx", Input{Name: "a.docx", Data: zipWith(t, "xl/workbook.xml")}, kindZip},
		{"truncated zip named docx", Input{Name: "a.docx", Data: []byte("PK\x03\x04\x00\x00")}, kindDOCX},
		{"truncated zip named odt", Input{Name: "a.odt", Data: []byte("PK\x03\x04\x00\x00")}, kindODT},
		{"odt", Input{Name: "a.pdf", Data: zipWithMime(t, odtMime)}, kindODT},
		{"rtf named pdf", Input{Name: "a.pdf", Data: []byte("{\\rtf1\\ansi hello}")}, kindRTF},
		{"wordperfect", Input{Name: "a", Data: []byte("\xFFWPC\x10\x00\x00\x00")}, kindWPD},
		{"word named pdf", Input{Name: "a.pdf", Data: append(append([]byte{}, oleMagic...), utf16le("WordDocument")...)}, kindDOC},
		{"msg", Input{Name: "a.doc", Data: append(append([]byte{}, oleMagic...), utf16le("__substg1.0_0037001F")...)}, kindMSG},
		{"other ole", Input{Name: "a.xls", Data: append(append([]byte{}, oleMagic...), utf16le("Workbook")...)}, kindOLE},
		{"ole named doc without word stream", Input{Name: "a.doc", Data: append(append([]byte{}, oleMagic...), 1, 2)}, kindDOC},
		{"eml sniffed", Input{Name: "mail", Data: []byte("Received: by x\r\nFrom: a@b\r\nSubject: hi\r\n\r\nbody")}, kindEML},
		{"eml named txt", Input{Name: "a.txt", Data: []byte("From: a@b\nTo: c@d\nSubject: hi\n\nbody")}, kindEML},
		{"text with a colon line", Input{Name: "a.txt", Data: []byte("Note: this is text\nand more\n\nend")}, kindText},
		{"truncated doc by name", Input{Name: "a.doc", Data: []byte("\xD0\xCF\x11")}, kindDOC},
		{"html sniffed", Input{Name: "page", Data: []byte("\n  <!DOCTYPE html><html><p>x")}, kindHTML},
		{"html by type", Input{ContentType: "text/html; charset=utf-8", Data: []byte("<p>x</p>")}, kindHTML},
		{"markdown by ext", Input{Name: "README.md", Data: []byte("# T")}, kindMarkdown},
		{"text by ext", Input{Name: "a.txt", Data: []byte("hello")}, kindText},
		{"text sniffed", Input{Name: "noext", Data: []byte("plain words\n")}, kindText},
		{"binary", Input{Name: "x.dat", Data: []byte{0, 1, 2, 3, 0, 5}}, kindUnknown},
		{"binary named txt", Input{Name: "x.txt", Data: []byte{0, 1, 2, 3, 0, 5}}, kindUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detect(tt.in); got != tt.want {
				t.Errorf("detect = %v, want %v", got, tt.want)
			}
		})
	}
}

// zipWithMime is an OpenDocument-like zip: a mimetype entry first.
func zipWithMime(t testing.TB, mimetype string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(mimetype))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipWith(t testing.TB, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte("<x/>")); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseTSV(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90.5\tHello\n" +
		"5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80.5\tworld\n" +
		"5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tsecond\n" +
		"5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tblock\n" +
		"5\t1\t2\t1\t1\t2\t0\t0\t1\t1\t95\t \n" +
		"1\t2\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n" +
		"5\t2\t1\t1\t1\t1\t0\t0\t1\t1\t100\tpage2\n"
	pages, err := parseTSV([]byte(tsv))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("pages = %d, want 2", len(pages))
	}
	if want := "Hello world\nsecond\n\nblock"; pages[0].Text != want {
		t.Errorf("text = %q, want %q", pages[0].Text, want)
	}
	if want := (90.5 + 80.5 + 70 + 60) / 4 / 100; pages[0].Confidence != want {
		t.Errorf("confidence = %v, want %v", pages[0].Confidence, want)
	}
	if pages[1].Text != "page2" || pages[1].Number != 2 || pages[1].Confidence != 1 {
		t.Errorf("page 2 = %+v", pages[1])
	}
}

func TestContentChars(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"ecf stamp", "Case: 21-1298 Document: 42 Page: 1 Date Filed: 08/31/2022\n\n", 0},
		{"split stamp", "Appeal: 17-2218\n\nDoc: 17\n\nFiled: 10/31/2017\n\nPg: 1 of 1\n", 0},
		{"district stamp", "Case 1:20-cv-01234-ABC Document 5 Filed 01/02/20 Page 1 of 3 PageID #: 12", 0},
		{"real text", "The Court holds", 13},
		{"stamp and text", "Case: 1-2 Document: 3\nUNITED", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contentChars(tt.text); got != tt.want {
				t.Errorf("contentChars(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestTIFFPageCount(t *testing.T) {
	// Two empty directories chained: header, IFD at 8 (0 entries, next
	// 14), IFD at 14 (0 entries, next 0).
	d := []byte("II*\x00")
	d = binary.LittleEndian.AppendUint32(d, 8)
	d = binary.LittleEndian.AppendUint16(d, 0)
	d = binary.LittleEndian.AppendUint32(d, 14)
	d = binary.LittleEndian.AppendUint16(d, 0)
	d = binary.LittleEndian.AppendUint32(d, 0)
	if n, err := tiffPageCount(d); err != nil || n != 2 {
		t.Errorf("tiffPageCount = %d, %v; want 2", n, err)
	}
	loop := append([]byte(nil), d...)
	binary.LittleEndian.PutUint32(loop[10:], 8) // first IFD points to itself
	if _, err := tiffPageCount(loop); err == nil {
		t.Error("a directory loop was accepted")
	}
	if _, err := tiffPageCount(d[:9]); err == nil {
		t.Error("a truncated file was accepted")
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo"},
		{"br and inline", "<div>a <b>bold</b> word<br>next</div>", "a bold word\nnext"},
		{"entities", "<p>Smith &amp; Sons &ldquo;Ltd&rdquo; &sect;&nbsp;5 &#8212; &#x41;</p>", "Smith & Sons \u201cLtd\u201d \u00a7 5 \u2014 A"},
		{"script style comment", "<style>p{}</style><script>if (a<b) {x='</p>'}</script><!-- <p>c</p> --><p>kept</p>", "kept"},
		{"uppercase tags", "<P>A</P><SCRIPT>x</SCRIPT><P>B</P>", "A\n\nB"},
		{"lone less-than", "<p>a < b and 3<4</p>", "a < b and 3<4"},
		{"attribute with gt", `<p title="a>b">text</p>`, "text"},
		{"pre keeps inner spaces", "<pre>a  b\nc</pre>", "a  b\nc"},
		{"list items", "<ul><li>one</li><li>two</li></ul>", "one\ntwo"},
		{"unclosed comment", "<p>x</p><!-- never closed", "x"},
		{"unclosed tag", "<p>x</p><a href=", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLText(tt.in); got != tt.want {
				t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkdownText(t *testing.T) {
	in := "# Title\n\n> quoted **bold** and *italic* and [link](http://x)\n\n---\n\n```go\ncode\n```\n- item_with_underscore"
	got := markdownText(in)
	for _, want := range []string{"Title", "quoted bold and italic and link", "code", "- item_with_underscore"} {
		if !strings.Contains(got, want) {
			t.Errorf("markdownText = %q, missing %q", got, want)
		}
	}
	for _, bad := range []string{"#", "**", "](", "```", "---"} {
		if strings.Contains(got, bad) {
			t.Errorf("markdownText = %q, still has %q", got, bad)
		}
	}
}

func TestDecodeText(t *testing.T) {
	if got := decodeText([]byte("\xEF\xBB\xBFplain")); got != "plain" {
		t.Errorf("BOM not stripped: %q", got)
	}
	// 0x93/0x94 are curly quotes and 0xA7 the section sign in Windows-1252.
	if got, want := decodeText([]byte("\x93x\x94 \xA7 5")), "\u201cx\u201d \u00a7 5"; got != want {
		t.Errorf("decodeText = %q, want %q", got, want)
	}
}

func TestSplitFormFeeds(t *testing.T) {
	if got := splitFormFeeds("a\fb\f"); len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Errorf("splitFormFeeds = %q", got)
	}
	if got := splitFormFeeds("only"); len(got) != 1 {
		t.Errorf("splitFormFeeds = %q", got)
	}
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>x<", "<!--", "<a b='>'>c", "&amp;&#xZZ;", "<pre><pre></pre>", "<", "<style>p{}</STYLE>t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("valid input gave invalid UTF-8: %q -> %q", s, out)
		}
		// Markup-free text passes through with its words intact.
		if !strings.ContainsAny(s, "<&") && strings.Join(strings.Fields(out), " ") != strings.Join(strings.Fields(s), " ") {
			t.Errorf("plain text changed: %q -> %q", s, out)
		}
	})
}

func FuzzDOCXText(f *testing.F) {
	f.Add(docxWith(f, `<w:p><w:r><w:t>Hello</w:t></w:r></w:p>`))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Add(zipWith(f, "word/document.xml"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Any input must give text or an error, never a panic.
		_, _ = DOCXText(data, 1<<20)
	})
}

func docxWith(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	doc := `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`
	if _, err := w.Write([]byte(doc)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDOCXText(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"paragraphs", `<w:p><w:r><w:t>One</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Two </w:t><w:t>words</w:t></w:r></w:p>`, "One\nTwo words"},
		{"tab and break", `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>`, "a\tb\nc"},
		{"deleted text", `<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>`, "kept"},
		{"table", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>after</w:t></w:r></w:p>`, "A1\tB1\nafter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DOCXText(docxWith(t, tt.body), 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("DOCXText = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("size limit", func(t *testing.T) {
		big := docxWith(t, "<w:p><w:r><w:t>"+strings.Repeat("x", 5000)+"</w:t></w:r></w:p>")
		if _, err := DOCXText(big, 1000); err == nil {
			t.Error("an over-limit body was accepted")
		}
	})
}

// parseTSV assembles page texts from Tesseract's TSV output, as the stage
// does page by page (parseTSVWords, then assemble): words of a line
// joined by spaces, lines by newlines, paragraphs and blocks by blank lines.
// The confidence of a page is the mean confidence of its words, 0..1.
func parseTSV(tsv []byte) ([]Page, error) {
	words, n, err := parseTSVWords(tsv)
	if err != nil {
		return nil, err
	}
	byPage := make([][]word, n)
	for _, w := range words {
		byPage[w.page-1] = append(byPage[w.page-1], w)
	}
	out := make([]Page, n)
	for i, ws := range byPage {
		out[i] = Page{Number: i + 1, Method: MethodOCR}
		out[i].Text, out[i].Confidence = assemble(ws)
	}
	return out, nil
}
