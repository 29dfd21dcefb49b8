package ocr_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/ocr"
)

// TestDamagedFormats cuts every binary-format file of the formats corpus
// in half and checks that each gives a permanent error whose reason names
// the format, never a crash, a hang or a silent empty result.
func TestDamagedFormats(t *testing.T) {
	t.Parallel()
	tests := map[string]string{ // file: reason prefix
		"testWORD.doc":                         "Word document",
		"testException1.doc":                   "Word document",
		"testWordPerfect_5_0.wp":               "WordPerfect",
		"testRTF.rtf":                          "truncated RTF",
		"testRTFJapanese.rtf":                  "truncated RTF",
		"testOpenOffice2.odt":                  "corrupt OpenDocument",
		"testWORD_embedded_pdf.docx":           "corrupt DOCX",
		"testMSG.msg":                          "Outlook message",
		"testTIFF.tif":                         "corrupt TIFF",
		"testRFC822_multipart_attachments.eml": "corrupt e-mail",
	}
	st := ocr.New(ocr.Config{PageTimeout: 5 * 60e9})
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(testenv.Corpus(t, filepath.Join("formats", name)))
			if err != nil {
				t.Fatal(err)
			}
			r, err := st.Process(context.Background(), ocr.Input{Name: name, Data: data[:len(data)/2]})
			var pe *stages.PermanentError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), want) {
				t.Fatalf("err = %v (result %.200v), want a permanent error naming %q", err, r, want)
			}
		})
	}
}
