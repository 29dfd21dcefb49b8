package ocr_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/ocr"
)

// TestCheckTools: with the tools installed CheckTools passes; with an empty
// PATH it names every missing binary and its Debian package in one error.
// (Not parallel: it changes PATH.)
func TestCheckTools(t *testing.T) {
	if err := ocr.CheckTools(ocr.Config{}); err != nil {
		t.Fatalf("CheckTools with the tools installed: %v", err)
	}
	err := ocr.CheckTools(ocr.Config{Language: "eng+zzz"})
	if !errors.Is(err, ocr.ErrToolMissing) || !strings.Contains(err.Error(), "tesseract language zzz") || !strings.Contains(err.Error(), "tesseract-ocr-zzz") {
		t.Errorf("missing language: %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	err = ocr.CheckTools(ocr.Config{})
	if !errors.Is(err, ocr.ErrToolMissing) {
		t.Fatalf("empty PATH: err = %v, want ErrToolMissing", err)
	}
	for _, want := range []string{"pdfinfo", "pdftotext", "pdftoppm", "pdfimages", "tesseract", "antiword", "catdoc", "wpd2text", "msgconvert",
		"poppler-utils", "tesseract-ocr", "libwpd-tools", "libemail-outlook-message-perl"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
}
