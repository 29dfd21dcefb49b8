package ocr

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
)

// cfb is a read-only view of an OLE2 compound file (MS-CFB): enough to
// read the streams of an object that Word embeds (word/embeddings/*.bin).
type cfb struct {
	d          []byte
	sector     int
	fat        []uint32
	miniFAT    []uint32
	miniStream []byte
	entries    []cfbEntry
}

type cfbEntry struct {
	name  string
	typ   byte // 1 storage, 2 stream, 5 root
	start uint32
	size  uint64
}

const cfbEnd = 0xFFFFFFFE

// maxSectors bounds a sector chain by the sectors the file has: a longer
// chain has a cycle (a damaged or hostile file) and would never end.
func (c *cfb) maxSectors() int { return len(c.d)/c.sector + 1 }

// chain reads the sectors of a FAT chain from start, at most size bytes.
func (c *cfb) chain(start uint32, size uint64) ([]byte, bool) {
	var out []byte
	for s, n := start, 0; s != cfbEnd && uint64(len(out)) < size; n++ {
		off := (int(s) + 1) * c.sector
		if n > c.maxSectors() || int(s) >= len(c.fat) || off < 0 || off+c.sector > len(c.d) {
			return nil, false
		}
		out = append(out, c.d[off:off+c.sector]...)
		s = c.fat[s]
	}
	if uint64(len(out)) < size {
		return nil, false
	}
	return out[:size], true
}

func parseCFB(d []byte) (*cfb, bool) {
	if len(d) < 512 || !bytes.HasPrefix(d, oleMagic) {
		return nil, false
	}
	le := binary.LittleEndian
	shift := le.Uint16(d[0x1E:])
	if shift != 9 && shift != 12 {
		return nil, false
	}
	c := &cfb{d: d, sector: 1 << shift}
	// The FAT's own sectors: 109 in the header, more in DIFAT sectors.
	var fatSectors []uint32
	for i := 0; i < 109; i++ {
		if s := le.Uint32(d[0x4C+4*i:]); s < cfbEnd-2 {
			fatSectors = append(fatSectors, s)
		}
	}
	for s, n := le.Uint32(d[0x44:]), 0; s < cfbEnd-2 && n <= len(d)/c.sector; n++ {
		off := (int(s) + 1) * c.sector
		if off+c.sector > len(d) {
			return nil, false
		}
		for i := 0; i < c.sector/4-1; i++ {
			if v := le.Uint32(d[off+4*i:]); v < cfbEnd-2 {
				fatSectors = append(fatSectors, v)
			}
		}
		s = le.Uint32(d[off+c.sector-4:])
	}
	for _, s := range fatSectors {
		off := (int(s) + 1) * c.sector
		if off+c.sector > len(d) {
			return nil, false
		}
		for i := 0; i < c.sector/4; i++ {
			c.fat = append(c.fat, le.Uint32(d[off+4*i:]))
		}
	}
	dir, ok := c.chainAll(le.Uint32(d[0x30:]))
	if !ok {
		return nil, false
	}
	for off := 0; off+128 <= len(dir); off += 128 {
		e := dir[off : off+128]
		nl := int(le.Uint16(e[0x40:]))
		if nl < 2 || nl > 64 {
			c.entries = append(c.entries, cfbEntry{})
			continue
		}
		u := make([]uint16, (nl-2)/2)
		for i := range u {
			u[i] = le.Uint16(e[2*i:])
		}
		c.entries = append(c.entries, cfbEntry{
			name:  string(utf16.Decode(u)),
			typ:   e[0x42],
			start: le.Uint32(e[0x74:]),
			size:  le.Uint64(e[0x78:]) & 0xFFFFFFFF,
		})
	}
	if len(c.entries) == 0 || c.entries[0].typ != 5 {
		return nil, false
	}
	if mf, ok := c.chainAll(le.Uint32(d[0x3C:])); ok {
		for i := 0; i+4 <= len(mf); i += 4 {
			c.miniFAT = append(c.miniFAT, le.Uint32(mf[i:]))
		}
	}
	root := c.entries[0]
	c.miniStream, _ = c.chain(root.start, root.size)
	return c, true
}

// chainAll reads a whole FAT chain.
func (c *cfb) chainAll(start uint32) ([]byte, bool) {
	var out []byte
	for s, n := start, 0; s != cfbEnd; n++ {
		off := (int(s) + 1) * c.sector
		if n > c.maxSectors() || int(s) >= len(c.fat) || off+c.sector > len(c.d) {
			return out, false
		}
		out = append(out, c.d[off:off+c.sector]...)
		s = c.fat[s]
	}
	return out, true
}

// stream returns the bytes of the first stream with this name.
func (c *cfb) stream(name string) ([]byte, bool) {
	for _, e := range c.entries {
		if e.typ != 2 || !strings.EqualFold(e.name, name) {
			continue
		}
		if e.size >= 4096 {
			return c.chain(e.start, e.size)
		}
		var out []byte
		for s, n := e.start, 0; s != cfbEnd && uint64(len(out)) < e.size; n++ {
			off := int(s) * 64
			if n > len(c.miniStream)/64 || int(s) >= len(c.miniFAT) || off+64 > len(c.miniStream) {
				return nil, false
			}
			out = append(out, c.miniStream[off:off+64]...)
			s = c.miniFAT[s]
		}
		if uint64(len(out)) < e.size {
			return nil, false
		}
		return out[:e.size], true
	}
	return nil, false
}

// oleEmbedded unwraps the file an OLE object carries: an Acrobat document
// keeps the PDF in its CONTENTS stream, a packaged file (Ole10Native) has
// a header with the file name before the bytes, and an OOXML "Package"
// stream is the file itself.
func oleEmbedded(d []byte) (data []byte, name string, ok bool) {
	c, ok := parseCFB(d)
	if !ok {
		return nil, "", false
	}
	for _, s := range []string{"CONTENTS", "Package"} {
		if b, ok := c.stream(s); ok && len(b) > 0 {
			return b, "", true
		}
	}
	if b, ok := c.stream("\x01Ole10Native"); ok && len(b) > 6 {
		// size(4) flags(2) label\0 path\0 ... reserved(4) path\0 size(4) data
		le := binary.LittleEndian
		rest := b[6:]
		label, rest, _ := bytes.Cut(rest, []byte{0})
		_, rest, _ = bytes.Cut(rest, []byte{0}) // source path
		if len(rest) < 4 {
			return nil, "", false
		}
		rest = rest[4:]
		_, rest, _ = bytes.Cut(rest, []byte{0}) // temp path
		if len(rest) < 4 {
			return nil, "", false
		}
		n := int(le.Uint32(rest))
		if n < 0 || 4+n > len(rest) {
			return nil, "", false
		}
		return rest[4 : 4+n], string(label), true
	}
	return nil, "", false
}

// checkCFB verifies that an OLE2 compound file is whole: its FAT, its
// directory and every stream's sector chain lie inside the file. A
// truncated .doc or .msg fails here, before a converter reads half of it.
func checkCFB(d []byte) error {
	c, ok := parseCFB(d)
	if !ok {
		return errors.New("compound file header, FAT or directory is damaged or cut off")
	}
	for _, e := range c.entries {
		if e.typ != 2 {
			continue
		}
		if _, ok := c.stream(e.name); !ok {
			return fmt.Errorf("stream %q is cut off or its sector chain is broken", e.name)
		}
	}
	return nil
}
