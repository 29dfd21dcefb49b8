package ocr

import (
	"archive/zip"
	"bytes"
	"mime"
	"path/filepath"
	"strings"
)

// kind is a detected document type.
type kind int

const (
	kindUnknown kind = iota
	kindPDF
	kindPNG
	kindJPEG
	kindTIFF
	kindText
	kindMarkdown
	kindHTML
	kindDOCX
)

func (k kind) contentType() string {
	switch k {
	case kindPDF:
		return "application/pdf"
	case kindPNG:
		return "image/png"
	case kindJPEG:
		return "image/jpeg"
	case kindTIFF:
		return "image/tiff"
	case kindText:
		return "text/plain"
	case kindMarkdown:
		return "text/markdown"
	case kindHTML:
		return "text/html"
	case kindDOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	}
	return "application/octet-stream"
}

// pdfHeaderWindow is how far into the file the %PDF- marker is looked for.
// The PDF reference lets readers accept junk before the header, and real
// files carry some: bad/broken-mime.pdf starts with a CRLF, missouri.pdf
// with a stray "%%EOF"; Acrobat and poppler look in the first 1024 bytes.
const pdfHeaderWindow = 1024

// detect decides the type by magic bytes first, because names and producer
// hints are often wrong, then by the content-type hint and the extension.
func detect(in Input) kind {
	d := in.Data
	switch {
	case bytes.Contains(head(d, pdfHeaderWindow), []byte("%PDF-")):
		return kindPDF
	case bytes.HasPrefix(d, []byte("\x89PNG\r\n\x1a\n")):
		return kindPNG
	case bytes.HasPrefix(d, []byte{0xFF, 0xD8, 0xFF}):
		return kindJPEG
	case bytes.HasPrefix(d, []byte("II*\x00")), bytes.HasPrefix(d, []byte("MM\x00*")):
		return kindTIFF
	case bytes.HasPrefix(d, []byte("PK\x03\x04")):
		if isDOCX(d) {
			return kindDOCX
		}
		return kindUnknown // another zip (xlsx, odt, a plain archive)
	}
	if k := fromHint(in); k != kindUnknown {
		if k == kindPDF {
			// Named or declared a PDF but without a header: poppler
			// decides, and its verdict becomes the permanent reason.
			return kindPDF
		}
		if k.isText() && !looksText(d) {
			return kindUnknown
		}
		return k
	}
	if looksHTML(d) {
		return kindHTML
	}
	if looksText(d) {
		return kindText
	}
	return kindUnknown
}

func (k kind) isText() bool {
	return k == kindText || k == kindMarkdown || k == kindHTML
}

func fromHint(in Input) kind {
	if in.ContentType != "" {
		if mt, _, err := mime.ParseMediaType(in.ContentType); err == nil {
			switch mt {
			case "application/pdf":
				return kindPDF
			case "text/plain":
				return kindText
			case "text/markdown", "text/x-markdown":
				return kindMarkdown
			case "text/html", "application/xhtml+xml":
				return kindHTML
			}
		}
	}
	switch strings.ToLower(filepath.Ext(in.Name)) {
	case ".pdf":
		return kindPDF
	case ".txt", ".text":
		return kindText
	case ".md", ".markdown":
		return kindMarkdown
	case ".html", ".htm", ".xhtml":
		return kindHTML
	}
	return kindUnknown
}

// isDOCX reports whether the zip holds word/document.xml.
func isDOCX(d []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(d), int64(len(d)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

func looksHTML(d []byte) bool {
	s := strings.ToLower(string(head(bytes.TrimLeft(bytes.TrimPrefix(d, utf8BOM), " \t\r\n"), 256)))
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html") ||
		(strings.HasPrefix(s, "<?xml") && strings.Contains(s, "<html"))
}

// looksText accepts UTF-8 (or, failing that, 8-bit text) without NUL bytes
// or many control characters in its first 8 KiB: binary formats we do not
// read are caught here rather than returned as garbage.
func looksText(d []byte) bool {
	sample := head(d, 8192)
	if bytes.IndexByte(sample, 0) >= 0 {
		return false
	}
	ctrl := 0
	for _, b := range sample {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*100 > len(sample) {
		return false
	}
	// Invalid UTF-8 is still text if it is 8-bit; decodeText handles it.
	return true
}
