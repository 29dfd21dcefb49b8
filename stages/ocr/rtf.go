package ocr

import (
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/docpipe/docpipe/stages"
)

// rtfMaxDepth bounds group nesting: deeper is not a document.
const rtfMaxDepth = 1000

// rtfSkip are destinations whose content is not body text.
var rtfSkip = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"header": true, "footer": true, "headerl": true, "headerr": true, "headerf": true,
	"footerl": true, "footerr": true, "footerf": true, "listtable": true, "listoverridetable": true,
	"rsidtbl": true, "generator": true, "xmlnstbl": true, "themedata": true, "colorschememapping": true,
	"datastore": true, "latentstyles": true, "object": true, "objdata": true, "fldinst": true,
	"pgdsctbl": true, "revtbl": true, "filetbl": true, "mmathPr": true, "bkmkstart": true, "bkmkend": true,
}

// rtfCodepage maps \ansicpg and \fcharset values to decoders.
func rtfCodepage(cp int) encoding.Encoding {
	switch cp {
	case 932:
		return japanese.ShiftJIS
	case 936:
		return simplifiedchinese.GBK
	case 949:
		return korean.EUCKR
	case 950:
		return traditionalchinese.Big5
	case 1250:
		return charmap.Windows1250
	case 1251:
		return charmap.Windows1251
	case 1253:
		return charmap.Windows1253
	case 1254:
		return charmap.Windows1254
	case 1255:
		return charmap.Windows1255
	case 1256:
		return charmap.Windows1256
	case 1257:
		return charmap.Windows1257
	case 10000:
		return charmap.Macintosh
	case 437:
		return charmap.CodePage437
	case 850:
		return charmap.CodePage850
	}
	return charmap.Windows1252
}

// fcharsetCodepage maps an RTF \fcharset to its code page.
var fcharsetCodepage = map[int]int{
	0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254,
	177: 1255, 178: 1256, 186: 1257, 204: 1251, 238: 1250, 77: 10000,
}

// RTFText extracts the text of an RTF document: paragraphs (\par) and
// line breaks are newlines, \tab a tab; \'hh bytes are decoded in the code
// page of the current font (\fcharset) or of the document (\ansicpg),
// \uN characters as Unicode. Font tables, styles, pictures, headers and
// footers and embedded objects are left out. It reads in one pass.
func RTFText(src []byte) (string, error) {
	if !strings.HasPrefix(string(head(src, 5)), "{\\rtf") {
		return "", stages.Permanentf("corrupt RTF: no {\\rtf header")
	}
	type state struct {
		skip  bool
		uc    int // bytes to skip after \uN
		font  int
		inFTb bool
	}
	var (
		out      strings.Builder
		pending  []byte // \'hh bytes waiting to be decoded together
		stack    []state
		st       = state{uc: 1}
		docCP    = 1252
		fontCP   = map[int]int{}
		fontDef  = -1 // font being defined in the font table
		skipNext = 0  // fallback bytes to skip after \uN
	)
	flush := func() {
		if len(pending) == 0 {
			return
		}
		cp := docCP
		if c, ok := fontCP[st.font]; ok {
			cp = c
		}
		if b, err := rtfCodepage(cp).NewDecoder().Bytes(pending); err == nil {
			out.Write(b)
		}
		pending = pending[:0]
	}
	emit := func(s string) {
		flush()
		if !st.skip {
			out.WriteString(s)
		}
	}
	i := 0
	for i < len(src) {
		c := src[i]
		switch c {
		case '{':
			flush()
			if len(stack) >= rtfMaxDepth {
				return "", stages.Permanentf("corrupt RTF: groups nested more than %d deep", rtfMaxDepth)
			}
			stack = append(stack, st)
			i++
			// "{\*\dest" is an optional destination: skip it whole.
			if i+1 < len(src) && src[i] == '\\' && src[i+1] == '*' {
				st.skip = true
			}
			continue
		case '}':
			flush()
			if len(stack) == 0 {
				i++
				continue
			}
			st = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			i++
			continue
		case '\r', '\n':
			i++
			continue
		case '\\':
		default:
			if skipNext > 0 {
				skipNext--
				i++
				continue
			}
			if !st.skip && !st.inFTb {
				flush()
				// Plain text run up to the next control character.
				j := i
				for j < len(src) && src[j] != '\\' && src[j] != '{' && src[j] != '}' && src[j] != '\r' && src[j] != '\n' {
					j++
				}
				out.Write(src[i:j])
				i = j
				continue
			}
			i++
			continue
		}
		// A control word or symbol.
		i++
		if i >= len(src) {
			break
		}
		c = src[i]
		if !isAlpha(c) {
			i++
			switch c {
			case '\'':
				if i+2 <= len(src) {
					if v, err := strconv.ParseUint(string(src[i:i+2]), 16, 8); err == nil {
						i += 2
						if skipNext > 0 {
							skipNext--
							continue
						}
						if !st.skip && !st.inFTb {
							pending = append(pending, byte(v))
						}
						continue
					}
				}
			case '~':
				emit("\u00a0")
			case '-', '*':
			case '_':
				emit("-")
			case '\\', '{', '}':
				emit(string(c))
			case '\n', '\r':
				emit("\n")
			}
			continue
		}
		j := i
		for j < len(src) && isAlpha(src[j]) {
			j++
		}
		word := string(src[i:j])
		k := j
		if k < len(src) && (src[k] == '-' || src[k] >= '0' && src[k] <= '9') {
			k++
			for k < len(src) && src[k] >= '0' && src[k] <= '9' && k-j < 12 {
				k++
			}
		}
		arg, hasArg := 0, k > j
		if hasArg {
			arg, _ = strconv.Atoi(string(src[j:k]))
		}
		if k < len(src) && src[k] == ' ' {
			k++
		}
		i = k
		switch word {
		case "par", "line", "sect", "page", "row":
			emit("\n")
		case "cell":
			emit("\t")
		case "tab":
			emit("\t")
		case "emdash":
			emit("—")
		case "endash":
			emit("–")
		case "lquote":
			emit("‘")
		case "rquote":
			emit("’")
		case "ldblquote":
			emit("“")
		case "rdblquote":
			emit("”")
		case "bullet":
			emit("•")
		case "ansicpg":
			docCP = arg
		case "uc":
			st.uc = arg
		case "u":
			if arg < 0 {
				arg += 65536
			}
			emit(string(rune(arg)))
			skipNext = st.uc
		case "f":
			flush()
			if st.inFTb {
				fontDef = arg
			} else {
				st.font = arg
			}
		case "fcharset":
			if st.inFTb && fontDef >= 0 {
				if cp, ok := fcharsetCodepage[arg]; ok {
					fontCP[fontDef] = cp
				}
			}
		case "fonttbl":
			st.inFTb = true
		default:
			if rtfSkip[word] {
				st.skip = true
			}
		}
	}
	flush()
	if len(stack) > 0 {
		return "", stages.Permanentf("truncated RTF: %d groups are not closed at the end of the file", len(stack))
	}
	return strings.TrimSpace(out.String()), nil
}
