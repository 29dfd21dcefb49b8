package ocr_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/ocr"
)

// zipOf builds a zip archive of name → content.
func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, body := range files {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The office readers find their parts by name, and say which part is
// missing or that the package is encrypted.
func TestOfficeZipParts(t *testing.T) {
	const odtBody = `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Hello court</text:p></office:text></office:body></office:document-content>`
	const docxBody = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello docket</w:t></w:r></w:p></w:body></w:document>`
	tests := []struct {
		name  string
		read  func([]byte, int64) (string, error)
		files map[string]string
		want  string // in the text, or in the error when fail
		fail  bool
	}{
		{"odt", ocr.ODTText, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": odtBody}, "Hello court", false},
		{"odt without content", ocr.ODTText, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text"}, "content.xml is missing", true},
		{"odt encrypted", ocr.ODTText, map[string]string{"content.xml": odtBody, "META-INF/manifest.xml": "<manifest:encryption-data/>"}, "encrypted OpenDocument", true},
		{"docx", ocr.DOCXText, map[string]string{"word/document.xml": docxBody}, "Hello docket", false},
		{"docx without body", ocr.DOCXText, map[string]string{"word/styles.xml": "<x/>"}, "word/document.xml is missing", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := tt.read(zipOf(t, tt.files), 1<<20)
			switch {
			case tt.fail && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one saying %q", err, tt.want)
			case !tt.fail && (err != nil || !strings.Contains(text, tt.want)):
				t.Errorf("text %q (%v), want %q in it", text, err, tt.want)
			}
		})
	}
}
