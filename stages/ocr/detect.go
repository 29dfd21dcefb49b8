package ocr

import (
	"archive/zip"
	"bytes"
	"io/fs"
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
	kindDOC // Word 97–2003, Word 6/95 (OLE2)
	kindWPD // WordPerfect
	kindRTF // Rich Text Format
	kindODT // OpenDocument text
	kindEML // RFC 822 e-mail
	kindMSG // Outlook message (OLE2)
	kindOLE // another OLE2 container (Excel, PowerPoint, an OLE object)
	kindZip // another zip
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
	case kindDOC:
		return "application/msword"
	case kindWPD:
		return "application/vnd.wordperfect"
	case kindRTF:
		return "application/rtf"
	case kindODT:
		return odtMime
	case kindEML:
		return "message/rfc822"
	case kindMSG:
		return "application/vnd.ms-outlook"
	case kindOLE:
		return "application/x-ole-storage"
	case kindZip:
		return "application/zip"
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
		k, readable := zipKind(d)
		if !readable {
			if h := fromHint(in); h == kindDOCX || h == kindODT {
				return h // a damaged zip named as one: its reader says why
			}
		}
		return k
	case bytes.HasPrefix(d, oleMagic):
		if k := oleKind(d); k != kindUnknown {
			return k
		}
		if h := fromHint(in); h == kindDOC || h == kindMSG {
			return h
		}
		return kindOLE
	case bytes.HasPrefix(d, []byte("\xFFWPC")):
		return kindWPD
	case bytes.HasPrefix(bytes.TrimLeft(head(d, 64), " \t\r\n"), []byte("{\\rtf")):
		return kindRTF
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
		if k.isText() && looksEML(d) {
			return kindEML
		}
		return k
	}
	if looksHTML(d) {
		return kindHTML
	}
	if looksEML(d) {
		return kindEML
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
	// Binary formats named but without their signature: their reader
	// gives the permanent reason (a truncated or renamed file).
	case ".doc", ".dot":
		return kindDOC
	case ".docx":
		return kindDOCX
	case ".odt":
		return kindODT
	case ".rtf":
		return kindRTF
	case ".wpd", ".wp", ".wp5", ".wp6":
		return kindWPD
	case ".msg":
		return kindMSG
	case ".eml":
		return kindEML
	}
	return kindUnknown
}

// zipKind tells DOCX (word/document.xml) and OpenDocument (mimetype)
// from other zips.
// readable is false for a zip that cannot be opened (truncated, corrupt).
func zipKind(d []byte) (k kind, readable bool) {
	zr, err := zip.NewReader(bytes.NewReader(d), int64(len(d)))
	if err != nil {
		return kindZip, false
	}
	if _, err := fs.Stat(zr, "word/document.xml"); err == nil {
		return kindDOCX, true
	}
	if isODT(zr) {
		return kindODT, true
	}
	return kindZip, true
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
