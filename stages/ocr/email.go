package ocr

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/docpipe/docpipe/stages"
)

// emlMaxParts bounds the MIME parts read from one message (a message of
// a million empty parts is not an e-mail).
const emlMaxParts = 1000

// emlMaxDepth bounds multipart nesting inside one message.
const emlMaxDepth = 20

// emlPart is one leaf of a MIME message.
type emlPart struct {
	mediaType  string
	params     map[string]string
	attachment bool
	filename   string
	body       []byte // transfer-decoded
}

// headerDecoder decodes RFC 2047 words in any charset x/net knows.
var headerDecoder = &mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
	return charset.NewReaderLabel(cs, r)
}}

// decodeHeader decodes RFC 2047 words; raw 8-bit header bytes (which
// msgconvert and old mailers write) are taken as Windows-1252.
func decodeHeader(s string) string {
	if d, err := headerDecoder.DecodeHeader(s); err == nil {
		s = d
	}
	return decodeText([]byte(s))
}

// parseEML reads a message into its header and leaf parts.
func parseEML(data []byte) (*mail.Message, []emlPart, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, nil, stages.Permanent("corrupt e-mail: unreadable header", err)
	}
	var parts []emlPart
	err = walkMIME(mimeHeader(msg.Header), msg.Body, 0, &parts)
	if err != nil {
		return nil, nil, err
	}
	return msg, parts, nil
}

// mimeHeader adapts a mail.Header to the lookups walkMIME makes.
type mimeHeader map[string][]string

func (h mimeHeader) get(k string) string {
	v := mail.Header(h).Get(k)
	return v
}

func walkMIME(h mimeHeader, body io.Reader, depth int, parts *[]emlPart) error {
	if depth > emlMaxDepth {
		return stages.Permanentf("corrupt e-mail: MIME parts nested more than %d deep", emlMaxDepth)
	}
	ct := h.get("Content-Type")
	if ct == "" {
		ct = "text/plain"
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, params = "application/octet-stream", map[string]string{}
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return stages.Permanent("corrupt e-mail: bad multipart structure", err)
			}
			if len(*parts) >= emlMaxParts {
				return stages.Permanentf("e-mail has more than %d MIME parts", emlMaxParts)
			}
			if err := walkMIME(mimeHeader(p.Header), p, depth+1, parts); err != nil {
				return err
			}
		}
	}
	raw, err := io.ReadAll(body)
	if err != nil {
		return stages.Permanent("corrupt e-mail: truncated body", err)
	}
	var dec []byte
	switch strings.ToLower(strings.TrimSpace(h.get("Content-Transfer-Encoding"))) {
	case "base64":
		clean := bytes.Map(func(r rune) rune {
			if r == '\r' || r == '\n' || r == ' ' || r == '\t' {
				return -1
			}
			return r
		}, raw)
		dec = make([]byte, base64.StdEncoding.DecodedLen(len(clean)))
		n, err := base64.StdEncoding.Decode(dec, clean)
		if err != nil {
			// Missing padding is common; take what decoded.
			n2, err2 := base64.RawStdEncoding.Decode(dec, bytes.TrimRight(clean, "="))
			if err2 != nil && n2 == 0 {
				return stages.Permanent("corrupt e-mail: bad base64 part", err)
			}
			n = n2
		}
		dec = dec[:n]
	case "quoted-printable":
		dec, err = io.ReadAll(quotedprintable.NewReader(bytes.NewReader(raw)))
		if err != nil {
			dec = raw
		}
	default:
		dec = raw
	}
	p := emlPart{mediaType: mt, params: params, body: dec}
	if cd := h.get("Content-Disposition"); cd != "" {
		if d, dp, err := mime.ParseMediaType(cd); err == nil {
			p.attachment = d == "attachment"
			p.filename = decodeHeader(dp["filename"])
		}
	}
	if p.filename == "" {
		p.filename = decodeHeader(params["name"])
	}
	if p.filename != "" && !strings.HasPrefix(mt, "text/") {
		p.attachment = true
	}
	if mt == "message/rfc822" {
		p.attachment = true
		if p.filename == "" {
			p.filename = "message.eml"
		}
	}
	*parts = append(*parts, p)
	return nil
}

// partText decodes a text part's charset to UTF-8.
func partText(p emlPart) string {
	if cs := p.params["charset"]; cs != "" {
		if enc, _ := charset.Lookup(cs); enc != nil {
			if b, err := enc.NewDecoder().Bytes(p.body); err == nil {
				return string(b)
			}
		}
	}
	return decodeText(p.body)
}

// EMLText is the text of an e-mail: the From, To, Cc, Date and Subject
// headers, then the body (text/plain, or the text of text/html when the
// message has no plain part), then the names of its attachments. The
// attachments themselves are children.
func EMLText(data []byte) (string, error) {
	msg, parts, err := parseEML(data)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, k := range []string{"From", "To", "Cc", "Date", "Subject"} {
		if v := msg.Header.Get(k); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, decodeHeader(v))
		}
	}
	b.WriteByte('\n')
	var plain, htmls []string
	var names []string
	for _, p := range parts {
		switch {
		case p.attachment:
			names = append(names, p.filename)
		case p.mediaType == "text/plain":
			plain = append(plain, partText(p))
		case p.mediaType == "text/html":
			htmls = append(htmls, HTMLText(partText(p)))
		}
	}
	body := plain
	if len(body) == 0 {
		body = htmls
	}
	for _, t := range body {
		b.WriteString(strings.TrimSpace(strings.ReplaceAll(t, "\r\n", "\n")))
		b.WriteString("\n\n")
	}
	if len(names) > 0 {
		b.WriteString("Attachments: " + strings.Join(names, ", ") + "\n")
	}
	return strings.TrimSpace(b.String()), nil
}

// emlChildren are the attachments of an e-mail, in order.
func emlChildren(data []byte) ([]rawChild, error) {
	_, parts, err := parseEML(data)
	if err != nil {
		return nil, err
	}
	var kids []rawChild
	for _, p := range parts {
		if p.attachment {
			kids = append(kids, rawChild{name: p.filename, data: p.body})
		}
	}
	return kids, nil
}

// looksEML reports whether data starts like an RFC 822 message: its
// first lines are header fields and two of them are ones every message
// has.
func looksEML(d []byte) bool {
	h := head(d, 8192)
	if len(h) == 0 || bytes.IndexByte(h, 0) >= 0 {
		return false
	}
	end := bytes.Index(h, []byte("\n\n"))
	if e2 := bytes.Index(h, []byte("\r\n\r\n")); e2 >= 0 && (end < 0 || e2 < end) {
		end = e2
	}
	if end < 0 {
		return false
	}
	known := 0
	for i, line := range strings.Split(strings.ReplaceAll(string(h[:end]), "\r\n", "\n"), "\n") {
		if line == "" {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue // folded
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(name, " \t") {
			if i == 0 && strings.HasPrefix(line, "From ") {
				continue // mbox separator
			}
			return false
		}
		switch strings.ToLower(name) {
		case "from", "to", "subject", "date", "received", "message-id", "mime-version", "return-path", "delivered-to":
			known++
		}
	}
	return known >= 2
}
