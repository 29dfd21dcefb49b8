package pdfscan

import "bytes"

// The objects of content streams (PDF 32000-1, 7.3): operands and inline
// image dictionaries. The file's own objects are pdfcpu's.
type (
	name    string
	str     []byte // string bytes, escapes resolved
	dict    map[name]any
	array   []any
	keyword string // a bare word that is not true, false or null: an operator in content
)

// Token kinds of the lexer.
const (
	tokEOF = iota
	tokNumber
	tokName
	tokString
	tokHexString
	tokArrayOpen
	tokArrayClose
	tokDictOpen
	tokDictClose
	tokKeyword
	tokOther // a delimiter the scanner has no use for: { } and stray ) >
)

// isSpace reports PDF white space (7.2.3).
func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// isDelim reports PDF delimiters (7.2.3).
func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// lexer reads tokens from b. It never fails: malformed bytes become
// tokOther or short tokens, and the position always advances.
type lexer struct {
	b   []byte
	pos int
	// The last token.
	kind int
	tok  []byte  // the token's bytes (keyword, name without '/', number text)
	num  float64 // tokNumber's value
	slen int     // the decoded length of a string token
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		switch {
		case isSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// next reads the next token and returns its kind.
func (l *lexer) next() int {
	l.skipSpace()
	if l.pos >= len(l.b) {
		l.kind = tokEOF
		return l.kind
	}
	c := l.b[l.pos]
	start := l.pos
	switch {
	case c == '/':
		l.pos++
		for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
			l.pos++
		}
		l.kind, l.tok = tokName, l.b[start+1:l.pos]
	case c == '(':
		l.kind = tokString
		l.stringEnd()
		l.tok = l.b[start:l.pos]
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			l.kind = tokDictOpen
			break
		}
		l.pos++
		for l.pos < len(l.b) && l.b[l.pos] != '>' {
			l.pos++
		}
		l.tok = l.b[start+1 : l.pos]
		if l.pos < len(l.b) {
			l.pos++
		}
		l.kind = tokHexString
		l.slen = (hexDigits(l.tok) + 1) / 2
	case c == '>':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '>' {
			l.pos += 2
			l.kind = tokDictClose
			break
		}
		l.pos++
		l.kind = tokOther
	case c == '[':
		l.pos++
		l.kind = tokArrayOpen
	case c == ']':
		l.pos++
		l.kind = tokArrayClose
	case c == '{' || c == '}' || c == ')':
		l.pos++
		l.kind = tokOther
	default:
		for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
			l.pos++
		}
		l.tok = l.b[start:l.pos]
		if v, ok := parseNumber(l.tok); ok {
			l.kind, l.num = tokNumber, v
		} else {
			l.kind = tokKeyword
		}
	}
	return l.kind
}

// stringEnd moves past a literal string starting at l.pos ('('), counting
// its decoded length in l.slen. Parentheses nest; a backslash escapes.
func (l *lexer) stringEnd() {
	depth := 0
	n := 0
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
			if depth == 1 {
				continue
			}
		case ')':
			depth--
			if depth == 0 {
				l.slen = n
				return
			}
		case '\\':
			if l.pos < len(l.b) {
				e := l.b[l.pos]
				l.pos++
				switch {
				case e >= '0' && e <= '7':
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						l.pos++
					}
				case e == '\r':
					if l.pos < len(l.b) && l.b[l.pos] == '\n' {
						l.pos++
					}
					continue // a line continuation adds nothing
				case e == '\n':
					continue
				}
			}
		}
		n++
	}
	l.slen = n
}

func hexDigits(b []byte) int {
	n := 0
	for _, c := range b {
		if unhex(c) >= 0 {
			n++
		}
	}
	return n
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseNumber reads a PDF integer or real ("12", "-3.5", ".5", "4.").
func parseNumber(b []byte) (float64, bool) {
	if len(b) == 0 || len(b) > 40 {
		return 0, false
	}
	i := 0
	neg := false
	if b[0] == '+' || b[0] == '-' {
		neg = b[0] == '-'
		i++
	}
	var v float64
	digits := 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		v = v*10 + float64(b[i]-'0')
		digits++
	}
	if i < len(b) && b[i] == '.' {
		i++
		scale := 0.1
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			v += float64(b[i]-'0') * scale
			scale /= 10
			digits++
		}
	}
	if i != len(b) || digits == 0 {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// decodeString resolves the escapes of a literal string token, parentheses
// included.
func decodeString(tok []byte) []byte {
	if len(tok) >= 1 && tok[0] == '(' {
		tok = tok[1:]
	}
	if len(tok) >= 1 && tok[len(tok)-1] == ')' {
		tok = tok[:len(tok)-1]
	}
	if bytes.IndexByte(tok, '\\') < 0 {
		return tok
	}
	out := make([]byte, 0, len(tok))
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c != '\\' || i+1 >= len(tok) {
			out = append(out, c)
			continue
		}
		i++
		switch e := tok[i]; e {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case '\r':
			if i+1 < len(tok) && tok[i+1] == '\n' {
				i++
			}
		case '\n':
		default:
			if e >= '0' && e <= '7' {
				v := int(e - '0')
				for k := 0; k < 2 && i+1 < len(tok) && tok[i+1] >= '0' && tok[i+1] <= '7'; k++ {
					i++
					v = v*8 + int(tok[i]-'0')
				}
				out = append(out, byte(v))
				continue
			}
			out = append(out, e)
		}
	}
	return out
}

// decodeHex reads a hex string's digits; an odd last digit is followed by 0.
func decodeHex(tok []byte) []byte {
	out := make([]byte, 0, len(tok)/2+1)
	hi := -1
	for _, c := range tok {
		v := unhex(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
			continue
		}
		out = append(out, byte(hi<<4|v))
		hi = -1
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out
}

// decodeName resolves #xx escapes in a name.
func decodeName(tok []byte) name {
	if bytes.IndexByte(tok, '#') < 0 {
		return name(tok)
	}
	out := make([]byte, 0, len(tok))
	for i := 0; i < len(tok); i++ {
		if tok[i] == '#' && i+2 < len(tok) && unhex(tok[i+1]) >= 0 && unhex(tok[i+2]) >= 0 {
			out = append(out, byte(unhex(tok[i+1])<<4|unhex(tok[i+2])))
			i += 2
			continue
		}
		out = append(out, tok[i])
	}
	return name(out)
}

// maxDepth bounds the nesting of arrays and dictionaries.
const maxDepth = 64

// parseObject reads one object whose first token is the lexer's current
// token. Content streams have no indirect references.
func (l *lexer) parseObject(depth int) any {
	switch l.kind {
	case tokNumber:
		return l.num
	case tokName:
		return decodeName(l.tok)
	case tokString:
		return str(decodeString(l.tok))
	case tokHexString:
		return str(decodeHex(l.tok))
	case tokArrayOpen:
		var a array
		if depth >= maxDepth {
			return a
		}
		for {
			k := l.next()
			if k == tokArrayClose || k == tokEOF || k == tokDictClose {
				return a
			}
			if k == tokKeyword && (string(l.tok) == "endobj" || string(l.tok) == "stream") {
				return a
			}
			a = append(a, l.parseObject(depth+1))
		}
	case tokDictOpen:
		d := dict{}
		if depth >= maxDepth {
			return d
		}
		for {
			k := l.next()
			if k == tokDictClose || k == tokEOF {
				return d
			}
			if k != tokName {
				if k == tokKeyword && (string(l.tok) == "endobj" || string(l.tok) == "stream") {
					return d
				}
				continue // a malformed key: skip it
			}
			key := decodeName(l.tok)
			if l.next() == tokDictClose || l.kind == tokEOF {
				return d
			}
			d[key] = l.parseObject(depth + 1)
		}
	case tokKeyword:
		switch string(l.tok) {
		case "true":
			return true
		case "false":
			return false
		case "null":
			return nil
		}
		return keyword(l.tok)
	}
	return nil
}
