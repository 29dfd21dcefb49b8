package ocr

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/docpipe/docpipe/stages"
)

// oleMagic starts every OLE2 compound file: Word 97–2003 .doc, Outlook
// .msg, Excel .xls and the OLE objects embedded in Office files.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// utf16le encodes an ASCII name as the UTF-16LE of OLE directory entries.
func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

var (
	oleWordStream = utf16le("WordDocument")
	oleMSGStream  = utf16le("__substg1.0_")
	oleEncrypted  = utf16le("EncryptionInfo") // an encrypted OOXML file is an OLE container
)

// oleKind tells the OLE containers apart by their stream names.
func oleKind(d []byte) kind {
	switch {
	case bytes.Contains(d, oleMSGStream):
		return kindMSG
	case bytes.Contains(d, oleWordStream):
		return kindDOC
	}
	return kindUnknown
}

// toolText runs a converter that writes text to standard output on a copy
// of data in a private temp file, and turns its failure into a permanent
// error naming the format.
func (s *Stage) toolText(ctx context.Context, format string, data []byte, name string, args ...string) (string, error) {
	dir, err := tempDir()
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "in")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		return "", fmt.Errorf("ocr: write temp %s: %w", format, err)
	}
	out, stderr, err := runTool(ctx, s.cfg.PageTimeout, nil, name, append(args, p)...)
	if err != nil {
		var te *ToolError
		if errors.As(err, &te) {
			return "", stages.Permanent(fmt.Sprintf("corrupt or unreadable %s", format), err)
		}
		return "", fmt.Errorf("ocr: %s: %w", name, err)
	}
	if strings.TrimSpace(string(out)) == "" && stderr != "" {
		return "", stages.Permanentf("unreadable %s: %s: %s", format, name, stderr)
	}
	return string(out), nil
}

// docText reads Word 97–2003 (and Word 6/95) with antiword, which keeps
// paragraphs and tables best; catdoc reads the older files antiword turns
// down ("text stream too small", Word 6).
func (s *Stage) docText(ctx context.Context, data []byte) (string, error) {
	if err := checkCFB(data); err != nil {
		return "", stages.Permanent("corrupt or truncated Word document", err)
	}
	if bytes.Contains(data, utf16le("EncryptedPackage")) || bytes.Contains(data, oleEncrypted) {
		return "", stages.Permanentf("encrypted Word document: a password is required to read it")
	}
	t, err := s.toolText(ctx, "Word document", data, "antiword", "-m", "UTF-8.txt")
	if err == nil && strings.TrimSpace(t) != "" {
		return t, nil
	}
	t2, err2 := s.toolText(ctx, "Word document", data, "catdoc", "-d", "utf-8", "-w")
	if err2 != nil {
		if err != nil {
			return "", err
		}
		return "", err2
	}
	if strings.Contains(t2, "is encrypted") || strings.Contains(t, "is encrypted") {
		return "", stages.Permanentf("encrypted Word document: a password is required to read it")
	}
	return t2, nil
}

// wpdText reads WordPerfect 4.2 to X (.wpd, .wp) with libwpd's wpd2text.
func (s *Stage) wpdText(ctx context.Context, data []byte) (string, error) {
	return s.toolText(ctx, "WordPerfect document", data, "wpd2text")
}

// msgToEML converts an Outlook .msg to RFC 822 with msgconvert (Debian's
// libemail-outlook-message-perl), which keeps the attachments.
func (s *Stage) msgToEML(ctx context.Context, data []byte) ([]byte, error) {
	if err := checkCFB(data); err != nil {
		return nil, stages.Permanent("corrupt or truncated Outlook message", err)
	}
	dir, err := tempDir()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.msg")
	out := filepath.Join(dir, "out.eml")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("ocr: write temp msg: %w", err)
	}
	if _, _, err := runTool(ctx, s.cfg.PageTimeout, nil, "msgconvert", "--outfile", out, in); err != nil {
		var te *ToolError
		if errors.As(err, &te) {
			return nil, stages.Permanent("corrupt or unreadable Outlook message", err)
		}
		return nil, fmt.Errorf("ocr: msgconvert: %w", err)
	}
	eml, err := os.ReadFile(out)
	if err != nil {
		return nil, stages.Permanent("unreadable Outlook message: msgconvert wrote nothing", err)
	}
	return eml, nil
}

// odtMime is the mimetype entry of an OpenDocument text.
const odtMime = "application/vnd.oasis.opendocument.text"

// isODT reports whether a zip is an OpenDocument text (its mimetype
// entry, or a content.xml with office namespaces).
func isODT(zr *zip.Reader) bool {
	rc, err := zr.Open("mimetype")
	if err != nil {
		return false
	}
	b, _ := io.ReadAll(io.LimitReader(rc, 128))
	rc.Close()
	return strings.HasPrefix(string(b), "application/vnd.oasis.opendocument")
}

// odfNS is the OpenDocument text namespace.
const odfText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

// ODTText extracts the text of an OpenDocument file's content.xml:
// paragraphs and headings are lines, tabs, spaces (text:s) and line breaks
// are kept. Encrypted files (a manifest with encryption-data) give a
// permanent error.
func ODTText(data []byte, limit int64) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", stages.Permanent("corrupt OpenDocument file: not a zip archive", err)
	}
	if m, err := zr.Open("META-INF/manifest.xml"); err == nil {
		b, _ := io.ReadAll(io.LimitReader(m, 1<<20))
		m.Close()
		if bytes.Contains(b, []byte("encryption-data")) {
			return "", stages.Permanentf("encrypted OpenDocument file: a password is required to read it")
		}
	}
	rc, err := zr.Open("content.xml")
	if errors.Is(err, fs.ErrNotExist) {
		return "", stages.Permanentf("corrupt OpenDocument file: content.xml is missing")
	}
	if err != nil {
		return "", stages.Permanent("corrupt OpenDocument file: cannot open content.xml", err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: limit + 1}
	dec := xml.NewDecoder(lr)
	var b strings.Builder
	depth := 0 // inside text:p or text:h
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if lr.N <= 0 {
			return "", stages.Permanentf("OpenDocument file too large: content.xml exceeds %d bytes", limit)
		}
		if err != nil {
			return "", stages.Permanent("corrupt OpenDocument file: content.xml", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != odfText {
				continue
			}
			switch t.Name.Local {
			case "p", "h":
				depth++
			case "tab":
				b.WriteByte('\t')
			case "line-break":
				b.WriteByte('\n')
			case "s":
				n := 1
				for _, a := range t.Attr {
					if a.Name.Local == "c" {
						fmt.Sscan(a.Value, &n)
					}
				}
				b.WriteString(strings.Repeat(" ", min(max(n, 1), 100)))
			}
		case xml.EndElement:
			if t.Name.Space == odfText && (t.Name.Local == "p" || t.Name.Local == "h") {
				depth = max(0, depth-1)
				b.WriteByte('\n')
			}
		case xml.CharData:
			if depth > 0 {
				b.Write(t)
			}
		}
	}
	return strings.TrimSpace(b.String()), nil
}

// zipChildren lists the files under dir in a zip (DOCX word/embeddings/):
// OLE-wrapped objects are unwrapped to the file they carry when that is
// a PDF or another document we read.
func zipChildren(data []byte, dir string, limit int64) ([]rawChild, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, stages.Permanent("corrupt zip container", err)
	}
	var kids []rawChild
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, dir) || strings.HasSuffix(f.Name, "/") {
			continue
		}
		name := path.Base(f.Name)
		b, err := readZipFile(f, limit)
		if err != nil {
			// Over the limit or unreadable: a placeholder keeps the
			// numbering of the others.
			kids = append(kids, rawChild{name: name, skip: err.Error()})
			continue
		}
		if bytes.HasPrefix(b, oleMagic) {
			if inner, innerName, ok := oleEmbedded(b); ok {
				b = inner
				if innerName != "" {
					name = innerName
				}
			}
		}
		kids = append(kids, rawChild{name: name, data: b})
	}
	return kids, nil
}

// odtChildren lists the embedded objects of an OpenDocument file: the
// files under "Object N/" that are whole documents and other files that
// are not the package's own parts (Pictures, Thumbnails, settings).
func odtChildren(data []byte, limit int64) ([]rawChild, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, stages.Permanent("corrupt OpenDocument file: not a zip archive", err)
	}
	var kids []rawChild
	for _, f := range zr.File {
		n := f.Name
		if strings.HasSuffix(n, "/") || !strings.Contains(n, "/") {
			continue
		}
		top := n[:strings.Index(n, "/")]
		switch top {
		case "META-INF", "Thumbnails", "Pictures", "Configurations2":
			continue
		}
		if strings.HasPrefix(top, "Object ") && strings.HasSuffix(n, ".xml") {
			continue // an embedded chart or formula's own XML parts
		}
		b, err := readZipFile(f, limit)
		if err != nil {
			kids = append(kids, rawChild{name: path.Base(n), skip: err.Error()})
			continue
		}
		kids = append(kids, rawChild{name: path.Base(n), data: b})
	}
	return kids, nil
}

func readZipFile(f *zip.File, limit int64) ([]byte, error) {
	if int64(f.UncompressedSize64) > limit {
		return nil, fmt.Errorf("%s: %d bytes, limit %d", f.Name, f.UncompressedSize64, limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s exceeds %d bytes", f.Name, limit)
	}
	return b, nil
}
