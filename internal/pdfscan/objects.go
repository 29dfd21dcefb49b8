package pdfscan

import (
	"bytes"
	"encoding/ascii85"
	"errors"
	"fmt"
	"github.com/klauspost/compress/zlib"
	"io"
)

// file is the object table of one PDF, read by scanning the bytes for
// "N G obj" rather than through the cross-reference table: the table of a
// damaged or concatenated file is often wrong, the objects seldom are
// (poppler reconstructs the same way when the table is broken). A later
// definition of an object number replaces an earlier one, which is what
// incremental updates mean.
type file struct {
	zr      io.ReadCloser // a zlib reader, reset for each stream
	page    []byte        // the decoded content of the page being read, reused
	err     error         // errBudget once parsing lazy objects ran over the budget
	objs    map[int]any   // parsed objects, or *lazy ones not parsed yet
	at      map[int]int   // the file offset of each object's definition
	trailer []dict        // trailers and cross-reference stream dictionaries, in file order
	budget  int           // bytes of decoded stream data still allowed
	ops     int           // content operators still allowed
}

// lazy is an object not parsed yet: its value starts at b[pos]. Most
// objects of a file (fonts' widths, outlines, metadata) are never looked
// at, so they are parsed when resolve first reaches them.
type lazy struct {
	b   []byte
	pos int
}

// ErrEncrypted means the file's strings and streams are encrypted: the
// scanner does not decrypt them.
var ErrEncrypted = errors.New("pdfscan: encrypted file")

// ErrNoPages means no page tree was found.
var ErrNoPages = errors.New("pdfscan: no page tree")

// errBudget means the decoded data of the file exceeded Limits.MaxDecoded.
var errBudget = errors.New("pdfscan: decoded data over the limit")

// readFile scans data for objects, then reads the objects inside object
// streams.
func readFile(data []byte, maxDecoded int) (*file, error) {
	f := &file{objs: map[int]any{}, at: map[int]int{}, budget: maxDecoded}
	var objStms []int
	pos := 0
	trailerKw := []byte("trailer")
	nextTrailer := -1 // the absolute offset of the next "trailer", or len(data)
	nextStream := -1  // the absolute offset of the next "stream", or len(data)
	for pos < len(data) {
		if nextTrailer < pos {
			nextTrailer = len(data)
			if t := bytes.Index(data[pos:], trailerKw); t >= 0 {
				nextTrailer = pos + t
			}
		}
		i := bytes.Index(data[pos:min(len(data), nextTrailer+1)], []byte("obj"))
		if i < 0 && nextTrailer < len(data) {
			l := &lexer{b: data, pos: nextTrailer + len(trailerKw)}
			if l.next() == tokDictOpen {
				if d, ok := l.parseObject(0).(dict); ok {
					f.trailer = append(f.trailer, d)
				}
			}
			pos = max(l.pos, nextTrailer+len(trailerKw))
			continue
		}
		if i < 0 {
			break
		}
		at := pos + i
		num, ok := objHeader(data, at)
		if !ok {
			pos = at + 3
			continue
		}
		// An object whose "endobj" comes before any "stream" keyword is
		// not a stream: it is parsed when needed.
		if nextStream < at {
			nextStream = len(data)
			if k := bytes.Index(data[at:], []byte("stream")); k >= 0 {
				nextStream = at + k
			}
		}
		if e := bytes.Index(data[at:min(len(data), nextStream)], []byte("endobj")); e >= 0 {
			f.objs[num] = &lazy{b: data, pos: at + 3}
			f.at[num] = at
			pos = at + e + len("endobj")
			continue
		}
		l := &lexer{b: data, pos: at + 3}
		l.next()
		v := l.parseObject(0)
		end := l.pos
		if d, isDict := v.(dict); isDict {
			save := l.pos
			if l.next() == tokKeyword && string(l.tok) == "stream" {
				s, after := streamData(data, l.pos, d)
				v, end = s, after
				if d["Type"] == name("ObjStm") {
					objStms = append(objStms, num)
				}
				if d["Type"] == name("XRef") {
					f.trailer = append(f.trailer, d)
				}
			} else {
				l.pos = save
			}
		}
		f.objs[num] = v
		f.at[num] = at
		pos = max(end, at+3)
	}
	for _, num := range objStms {
		s, ok := f.objs[num].(*stream)
		if !ok {
			continue // replaced by a later definition
		}
		if err := f.readObjStm(s, f.at[num]); err != nil {
			if errors.Is(err, errBudget) {
				return nil, err
			}
			continue
		}
	}
	for _, t := range f.trailer {
		if _, enc := t["Encrypt"]; enc {
			return nil, ErrEncrypted
		}
	}
	return f, nil
}

// objHeader checks that "obj" at data[at:] ends an object header "N G obj"
// and returns N.
func objHeader(data []byte, at int) (int, bool) {
	if e := at + 3; e < len(data) && !isSpace(data[e]) && !isDelim(data[e]) {
		return 0, false
	}
	i := at - 1
	skip := func() {
		for i >= 0 && isSpace(data[i]) {
			i--
		}
	}
	digits := func() (int, int) {
		end := i + 1
		for i >= 0 && data[i] >= '0' && data[i] <= '9' {
			i--
		}
		return i + 1, end
	}
	skip()
	gs, ge := digits()
	if gs == ge || i < 0 || !isSpace(data[i]) {
		return 0, false
	}
	skip()
	ns, ne := digits()
	if ns == ne || (i >= 0 && !isSpace(data[i]) && !isDelim(data[i])) {
		return 0, false
	}
	n := atoi(data[ns:ne])
	return n, n >= 0
}

// streamData finds a stream's data after the "stream" keyword ending at
// pos: /Length when it is a direct number that ends at "endstream", else
// up to the next "endstream".
func streamData(data []byte, pos int, d dict) (*stream, int) {
	if pos < len(data) && data[pos] == '\r' {
		pos++
	}
	if pos < len(data) && data[pos] == '\n' {
		pos++
	}
	end := []byte("endstream")
	if n, ok := d["Length"].(float64); ok && n >= 0 && n <= float64(len(data)-pos) {
		e := pos + int(n)
		rest := data[e:min(len(data), e+len(end)+4)]
		if k := bytes.Index(rest, end); k >= 0 && len(bytes.TrimLeft(rest[:k], " \r\n")) == 0 {
			return &stream{dict: d, raw: data[pos:e]}, e + k + len(end)
		}
	}
	k := bytes.Index(data[pos:], end)
	if k < 0 {
		return &stream{dict: d, raw: data[pos:]}, len(data)
	}
	raw := data[pos : pos+k]
	raw = bytes.TrimSuffix(raw, []byte("\n"))
	raw = bytes.TrimSuffix(raw, []byte("\r"))
	return &stream{dict: d, raw: raw}, pos + k + len(end)
}

// readObjStm adds the objects of an object stream (7.5.7) at file offset
// at, unless a definition later in the file replaced them (an incremental
// update).
func (f *file) readObjStm(s *stream, at int) error {
	data, err := f.decode(s)
	if err != nil {
		return err
	}
	n, _ := s.dict["N"].(float64)
	first, _ := s.dict["First"].(float64)
	if n <= 0 || first < 0 || int(first) > len(data) {
		return fmt.Errorf("pdfscan: object stream header")
	}
	l := &lexer{b: data[:int(first)]}
	for range min(int(n), 1<<20) {
		if l.next() != tokNumber {
			break
		}
		num := l.num
		if l.next() != tokNumber {
			break
		}
		off := int(first) + int(l.num)
		if !isInt(num) || num < 0 || off < 0 || off >= len(data) {
			continue
		}
		if prev, defined := f.at[int(num)]; defined && prev > at {
			continue
		}
		f.objs[int(num)] = &lazy{b: data, pos: off}
		f.at[int(num)] = at
	}
	return nil
}

// resolve follows indirect references (a bounded number of hops),
// parsing lazy objects on the way. Each parse is charged to the budget:
// objects may overlap (entries of an object stream pointing at one big
// object), and a parse may run to the end of a damaged file.
func (f *file) resolve(v any) any {
	for range 16 {
		r, ok := v.(ref)
		if !ok {
			return v
		}
		v = f.objs[r.num]
		if lz, ok := v.(*lazy); ok {
			l := &lexer{b: lz.b, pos: lz.pos}
			l.next()
			v = l.parseObject(0)
			if f.budget -= l.pos - lz.pos; f.budget < 0 {
				f.err, v = errBudget, nil
			}
			f.objs[r.num] = v
		}
	}
	return nil
}

func (f *file) dictOf(v any) dict {
	switch x := f.resolve(v).(type) {
	case dict:
		return x
	case *stream:
		return x.dict
	}
	return nil
}

func (f *file) num(v any) (float64, bool) {
	x, ok := f.resolve(v).(float64)
	return x, ok
}

func (f *file) arrayOf(v any) array {
	a, _ := f.resolve(v).(array)
	return a
}

// decode returns a stream's decoded data in a new buffer.
func (f *file) decode(s *stream) ([]byte, error) { return f.decodeAppend(nil, s) }

// decodeAppend appends a stream's decoded data to dst. Filters: Flate,
// LZW (without predictors), ASCIIHex, ASCII85, RunLength; any other filter
// (images' DCT, JBIG2, CCITT) is an error: the scanner never needs those
// streams. Each decoded byte is charged to the file's budget.
func (f *file) decodeAppend(dst []byte, s *stream) ([]byte, error) {
	data := s.raw
	filters := f.resolve(s.dict["Filter"])
	parms := f.resolve(s.dict["DecodeParms"])
	var names []name
	switch x := filters.(type) {
	case name:
		names = []name{x}
	case array:
		for _, e := range x {
			if n, ok := f.resolve(e).(name); ok {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		if len(data) > f.budget {
			return dst, errBudget
		}
		f.budget -= len(data)
		return append(dst, data...), nil
	}
	for i, fl := range names {
		var p dict
		switch x := parms.(type) {
		case dict:
			p = x
		case array:
			if i < len(x) {
				p = f.dictOf(x[i])
			}
		}
		if pr, _ := f.num(p["Predictor"]); pr > 1 {
			return dst, fmt.Errorf("pdfscan: predictor %v not supported", pr)
		}
		var r io.Reader
		switch fl {
		case "FlateDecode", "Fl":
			zr, err := f.inflater(data)
			if err != nil {
				return dst, fmt.Errorf("pdfscan: flate: %w", err)
			}
			r = zr
		case "LZWDecode", "LZW":
			ec, ok := f.num(p["EarlyChange"])
			r = bytes.NewReader(lzwDecode(data, !ok || ec != 0, f.budget))
		case "ASCIIHexDecode", "AHx":
			if k := bytes.IndexByte(data, '>'); k >= 0 {
				data = data[:k]
			}
			r = bytes.NewReader(decodeHex(data))
		case "ASCII85Decode", "A85":
			d := bytes.TrimSpace(data)
			d = bytes.TrimPrefix(d, []byte("<~"))
			if k := bytes.Index(d, []byte("~>")); k >= 0 {
				d = d[:k]
			}
			r = ascii85.NewDecoder(bytes.NewReader(d))
		case "RunLengthDecode", "RL":
			r = bytes.NewReader(runLength(data, f.budget))
		default:
			return dst, fmt.Errorf("pdfscan: filter %s not supported", fl)
		}
		var out []byte
		start := 0
		if i == len(names)-1 {
			out, start = dst, len(dst) // the last filter writes into dst
		}
		out, err := readAppend(out, r, f.budget+1, 4*len(data))
		n := len(out) - start
		if n > f.budget {
			return dst, errBudget
		}
		f.budget -= n
		// A damaged stream gives what decoded before the damage, as
		// viewers show it.
		if err != nil && n == 0 {
			return dst, fmt.Errorf("pdfscan: %s: %w", fl, err)
		}
		if i == len(names)-1 {
			return out, nil
		}
		data = out
	}
	return dst, nil
}

// readAppend reads r to its end or limit bytes, appending to dst, which
// first grows by hint.
func readAppend(dst []byte, r io.Reader, limit, hint int) ([]byte, error) {
	start := len(dst)
	if cap(dst)-len(dst) < hint {
		dst = append(dst[:cap(dst)], make([]byte, hint)...)[:len(dst)]
	}
	for len(dst)-start < limit {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)]
		}
		n, err := r.Read(dst[len(dst):min(cap(dst), start+limit)])
		dst = dst[:len(dst)+n]
		if err == io.EOF {
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
	}
	return dst, nil
}

// inflater returns the file's zlib reader reset to data: one reader per
// file instead of one (with its 32 KiB window) per stream.
func (f *file) inflater(data []byte) (io.Reader, error) {
	if f.zr == nil {
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		f.zr = zr
		return zr, nil
	}
	if err := f.zr.(zlib.Resetter).Reset(bytes.NewReader(data), nil); err != nil {
		return nil, err
	}
	return f.zr, nil
}

// runLength decodes RunLengthDecode data (7.4.5), at most limit+1 bytes.
func runLength(d []byte, limit int) []byte {
	var out []byte
	for i := 0; i < len(d) && len(out) <= limit; {
		n := int(d[i])
		i++
		switch {
		case n == 128:
			return out
		case n < 128:
			e := min(len(d), i+n+1)
			out = append(out, d[i:e]...)
			i = e
		default:
			if i < len(d) {
				for range 257 - n {
					out = append(out, d[i])
				}
				i++
			}
		}
	}
	return out
}

// lzwDecode decodes PDF's LZW (7.4.4): codes of 9 to 12 bits, most
// significant bit first, 256 clears the table, 257 ends the data; with
// early change the code width grows one code early. At most limit+1 bytes
// are produced.
func lzwDecode(d []byte, early bool, limit int) []byte {
	var (
		out   []byte
		table [][]byte
		prev  []byte
		bits  uint32
		nbits uint
		width uint = 9
	)
	reset := func() {
		table = table[:0]
		for i := range 256 {
			table = append(table, []byte{byte(i)})
		}
		table = append(table, nil, nil) // 256 clear, 257 end
		width, prev = 9, nil
	}
	reset()
	for _, c := range d {
		bits = bits<<8 | uint32(c)
		nbits += 8
		for nbits >= width {
			code := int(bits>>(nbits-width)) & (1<<width - 1)
			nbits -= width
			switch {
			case code == 256:
				reset()
				continue
			case code == 257:
				return out
			}
			var entry []byte
			switch {
			case code < len(table) && table[code] != nil:
				entry = table[code]
			case code == len(table) && prev != nil:
				entry = append(append([]byte(nil), prev...), prev[0])
			default:
				return out // a corrupt code: what decoded so far
			}
			out = append(out, entry...)
			if len(out) > limit {
				return out
			}
			if prev != nil && len(table) < 4096 {
				table = append(table, append(append([]byte(nil), prev...), entry[0]))
			}
			prev = entry
			next := len(table)
			if early {
				next++
			}
			switch {
			case next >= 2048 && width < 12:
				width = 12
			case next >= 1024 && width < 11:
				width = 11
			case next >= 512 && width < 10:
				width = 10
			}
		}
	}
	return out
}
