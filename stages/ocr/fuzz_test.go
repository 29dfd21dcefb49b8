package ocr

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzSniffAndDecode feeds arbitrary bytes to the type sniffer and every
// in-process decoder: none may panic or hang, whatever the input. The seeds
// are the formats corpus (when present) and small hand-made files.
func FuzzSniffAndDecode(f *testing.F) {
	for _, s := range []string{
		"%PDF-1.4", "{\\rtf1 hello}", "From: a\r\nTo: b\r\nSubject: c\r\n\r\nbody",
		"<html><script>x</script><p>a</p>", "\xFFWPC", string(oleMagic) + "\x00\x00",
		"II*\x00\x08\x00\x00\x00\x00\x00", "PK\x03\x04",
	} {
		f.Add([]byte(s))
	}
	if files, err := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "formats", "*")); err == nil {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, d []byte) {
		detect(Input{Name: "x", Data: d})
		detect(Input{Name: "x.doc", Data: d})
		_, _ = RTFText(d)
		_, _ = EMLText(d)
		_, _ = emlChildren(d)
		_ = HTMLText(decodeHTML(d))
		_ = decodeText(d)
		_, _ = ODTText(d, 1<<20)
		_, _ = DOCXText(d, 1<<20)
		_, _ = odtChildren(d, 1<<20)
		_, _ = zipChildren(d, "word/embeddings/", 1<<20)
		_ = checkCFB(d)
		_, _, _ = oleEmbedded(d)
		_, _ = tiffPageCount(d)
		_, _, _ = parseTSVWords(d)
		_, _, _ = parsePDFInfo(d)
		addImages(d, make([]pdfPage, 3))
		_, _ = splitStamps(string(d))
		_, _ = parsePartSpec(string(d))
		_ = looksEML(d)
	})
}
