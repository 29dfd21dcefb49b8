package ocr

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/docpipe/docpipe/stages"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// processDirect reads text formats as they are: one page, except plain text,
// whose form feeds are page breaks (pdftotext and many report generators
// write them).
func (s *Stage) processDirect(ctx context.Context, data []byte, k kind) ([]Page, error) {
	var texts []string
	one := func(t string, err error) error {
		texts = []string{t}
		return err
	}
	var err error
	switch k {
	case kindText:
		texts = splitFormFeeds(decodeText(data))
	case kindMarkdown:
		texts = []string{markdownText(decodeText(data))}
	case kindHTML:
		texts = []string{HTMLText(decodeHTML(data))}
	case kindDOCX:
		err = one(DOCXText(data, s.cfg.MaxBytes))
	case kindODT:
		err = one(ODTText(data, s.cfg.MaxBytes))
	case kindRTF:
		err = one(RTFText(data))
	case kindEML:
		err = one(EMLText(data))
	case kindDOC:
		err = one(s.docText(ctx, data))
	case kindWPD:
		err = one(s.wpdText(ctx, data))
	case kindMSG:
		var eml []byte
		if eml, err = s.msgToEML(ctx, data); err == nil {
			err = one(EMLText(eml))
		}
	default:
		return nil, fmt.Errorf("ocr: processDirect: kind %d is not a text format", k)
	}
	if err != nil {
		return nil, err
	}
	pages := make([]Page, len(texts))
	for i, t := range texts {
		pages[i] = Page{Number: i + 1, Text: t, Method: MethodDirect, Confidence: 1}
	}
	return pages, nil
}

// decodeText returns UTF-8 text. Input that is not valid UTF-8 is taken as
// Windows-1252, the usual encoding of legacy office exports, so it decodes
// to the intended characters instead of U+FFFD.
func decodeText(d []byte) string {
	d = bytes.TrimPrefix(d, utf8BOM)
	if utf8.Valid(d) {
		return string(d)
	}
	// UTF-16 with a byte order mark (Windows "Unicode" text).
	if bytes.HasPrefix(d, []byte{0xFF, 0xFE}) || bytes.HasPrefix(d, []byte{0xFE, 0xFF}) {
		if out, _, err := transform.Bytes(unicode.BOMOverride(charmap.Windows1252.NewDecoder()), d); err == nil {
			return string(out)
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(d)
	if err != nil {
		return strings.ToValidUTF8(string(d), "\uFFFD")
	}
	return string(out)
}

// decodeHTML returns an HTML document as UTF-8, in the charset its byte
// order mark, <meta charset> or <meta http-equiv> declares (HTML5's
// prescan, x/net/html/charset), Windows-1252 when it declares none and is
// not valid UTF-8.
func decodeHTML(d []byte) string {
	if bytes.HasPrefix(d, utf8BOM) || utf8.Valid(d) && !bytes.Contains(bytes.ToLower(head(d, 1024)), []byte("charset")) {
		return decodeText(d)
	}
	enc, name, certain := charset.DetermineEncoding(head(d, 1024), "")
	if !certain && utf8.Valid(d) {
		return string(d)
	}
	if name == "utf-8" && utf8.Valid(d) {
		return string(d)
	}
	out, err := enc.NewDecoder().Bytes(d)
	if err != nil {
		return decodeText(d)
	}
	return string(out)
}

// splitFormFeeds splits text into pages at form feeds; a trailing form feed
// does not open an empty last page.
func splitFormFeeds(s string) []string {
	parts := strings.Split(s, "\f")
	if len(parts) > 1 && strings.TrimSpace(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

var (
	mdFence    = regexp.MustCompile("(?m)^\\s*(```|~~~).*$")
	mdHeading  = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s+`)
	mdQuote    = regexp.MustCompile(`(?m)^\s{0,3}>\s?`)
	mdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdRule     = regexp.MustCompile(`(?m)^\s{0,3}([-*_])(\s*([-*_])){2,}\s*$`)
	mdItalic   = regexp.MustCompile(`(^|[\s(\[])[*_]([^\s*_](?:[^*_\n]*[^\s*_])?)[*_]`)
)

// markdownText drops the markup that is not text (heading marks, quote
// marks, link targets, emphasis, fences, rules) and keeps lines and
// list bullets, so that the text stage sees the prose.
func markdownText(s string) string {
	s = mdFence.ReplaceAllString(s, "")
	s = mdRule.ReplaceAllString(s, "")
	s = mdHeading.ReplaceAllString(s, "")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$2")
	s = mdItalic.ReplaceAllString(s, "$1$2")
	return s
}

// htmlBlocks are the elements that end a line; the text stage turns runs of
// blank lines into one paragraph break.
var htmlBlocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"br": true, "caption": true, "dd": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "html": true, "li": true, "main": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "table": true, "tbody": true,
	"td": true, "tfoot": true, "th": true, "thead": true, "title": true, "tr": true, "ul": true,
}

// htmlSkip are elements whose content is not document text.
var htmlSkip = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}

// HTMLText extracts the readable text of an HTML document: tags, comments,
// scripts and styles are removed, entities decoded, and block elements end
// lines (paragraphs get a blank line). Whitespace inside a block collapses
// to single spaces except inside <pre>. It never fails: malformed markup is
// read as far as it makes sense, as browsers do.
func HTMLText(src string) string {
	// Raw-text elements are searched for their close tag in an ASCII
	// lower-case copy made once (same length as src): lower-casing the
	// rest of the document at each <script> would be quadratic.
	var lower string
	var b strings.Builder
	pre := 0
	textStart := 0
	flush := func(end int) {
		if end <= textStart {
			return
		}
		t := html.UnescapeString(src[textStart:end])
		if pre > 0 {
			b.WriteString(t)
			return
		}
		// Collapse whitespace but keep a single separating space at the
		// edges, so "a <b>b</b>" stays two words.
		fields := strings.Fields(t)
		if len(fields) == 0 {
			if t != "" && b.Len() > 0 && !endsSpace(b.String()) {
				b.WriteByte(' ')
			}
			return
		}
		if isSpace(t[0]) && b.Len() > 0 && !endsSpace(b.String()) {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(fields, " "))
		if isSpace(t[len(t)-1]) {
			b.WriteByte(' ')
		}
	}
	i := 0
	for i < len(src) {
		if src[i] != '<' {
			i++
			continue
		}
		rest := src[i:]
		name, closing, end := parseTag(rest)
		isMarkup := name != "" || strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?")
		if !isMarkup {
			// A lone '<' (as in "a < b") is text.
			i++
			continue
		}
		flush(i)
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				i = len(src)
			} else {
				i += 4 + end + 3
			}
			textStart = i
			continue
		case strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, "<?"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				i = len(src)
			} else {
				i += end + 1
			}
			textStart = i
			continue
		}
		i += end
		textStart = i
		switch {
		case htmlSkip[name] && !closing:
			// Skip to the matching close tag; the content is raw text
			// that may contain '<' and must not be parsed as markup.
			closeTag := "</" + name
			if lower == "" {
				lower = asciiLower(src)
			}
			j := strings.Index(lower[i:], closeTag)
			if j < 0 {
				i = len(src)
			} else {
				i += j
				if k := strings.IndexByte(src[i:], '>'); k >= 0 {
					i += k + 1
				} else {
					i = len(src)
				}
			}
			textStart = i
		case name == "pre":
			if closing {
				pre = max(0, pre-1)
			} else {
				pre++
			}
			newline(&b, 1)
		case htmlBlocks[name]:
			n := 1
			if name == "p" || strings.HasPrefix(name, "h") && len(name) == 2 || name == "blockquote" || name == "table" {
				n = 2
			}
			if name == "br" {
				b.WriteByte('\n')
			} else {
				newline(&b, n)
			}
		}
	}
	flush(len(src))
	return strings.TrimSpace(trimLineSpaces(b.String()))
}

// parseTag reads a tag at the start of s ("<name ...>" or "</name>"). It
// returns the lower-case name, whether it closes, and the tag's length; an
// empty name when s does not start a tag.
func parseTag(s string) (name string, closing bool, n int) {
	j := 1
	if j < len(s) && s[j] == '/' {
		closing = true
		j++
	}
	start := j
	for j < len(s) && (isAlnum(s[j]) || s[j] == '-' || s[j] == ':') {
		j++
	}
	if j == start || !isAlpha(s[start]) {
		return "", false, 0
	}
	name = strings.ToLower(s[start:j])
	// Find the tag's end, honouring quoted attribute values.
	var quote byte
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, closing, j + 1
		}
	}
	return name, closing, len(s)
}

func newline(b *strings.Builder, n int) {
	if b.Len() == 0 {
		return
	}
	s := b.String()
	trail := 0
	for k := len(s) - 1; k >= 0 && (s[k] == '\n' || s[k] == ' '); k-- {
		if s[k] == '\n' {
			trail++
		}
	}
	for ; trail < n; trail++ {
		b.WriteByte('\n')
	}
}

func trimLineSpaces(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(strings.TrimLeft(l, " "), " ")
	}
	return strings.Join(lines, "\n")
}

// asciiLower lower-cases ASCII letters only, so that byte offsets into
// the result are offsets into s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func endsSpace(s string) bool {
	return s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n')
}
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

// errDOCXTooLarge stops a zip bomb: document.xml inflating past the limit.
var errDOCXTooLarge = errors.New("word/document.xml exceeds the size limit")

// DOCXText extracts the body text of a DOCX file: each paragraph becomes a
// line, tabs and breaks are kept, table cells are separated by tabs. Headers,
// footers, comments and footnotes (separate parts) are left out. The
// uncompressed body may be at most limit bytes. A file that is not a DOCX
// gives a stages.PermanentError.
func DOCXText(data []byte, limit int64) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", stages.Permanent("corrupt DOCX: not a zip archive", err)
	}
	rc, err := zr.Open("word/document.xml")
	if errors.Is(err, fs.ErrNotExist) {
		return "", stages.Permanentf("corrupt DOCX: word/document.xml is missing")
	}
	if err != nil {
		return "", stages.Permanent("corrupt DOCX: cannot open word/document.xml", err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: limit + 1}
	text, err := docxBody(lr)
	if lr.N <= 0 {
		return "", stages.Permanent("DOCX too large", errDOCXTooLarge)
	}
	if err != nil {
		return "", stages.Permanent("corrupt DOCX: word/document.xml", err)
	}
	return text, nil
}

// wordML is the WordprocessingML main namespace.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

func docxBody(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	var b []byte
	inText := false
	cells := 0 // depth of open table cells
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("docx xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b = append(b, '\t')
			case "br", "cr":
				b = append(b, '\n')
			case "tc":
				cells++
			}
		case xml.EndElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				// A row is one line: paragraphs inside a cell are
				// separated by a space, cells by a tab.
				if cells > 0 {
					b = append(b, ' ')
				} else {
					b = append(b, '\n')
				}
			case "tc":
				cells = max(0, cells-1)
				b = bytes.TrimRight(b, " ")
				b = append(b, '\t')
			case "tr":
				b = bytes.TrimRight(b, "\t")
				b = append(b, '\n')
			}
		case xml.CharData:
			// Deleted text of tracked changes is in w:delText, which is
			// never inText: it is not part of the document.
			if inText {
				b = append(b, t...)
			}
		}
	}
	return strings.TrimRight(string(b), "\n\t "), nil
}
