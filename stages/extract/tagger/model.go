package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
)

// magic starts every encoded model; the digit is the format version.
const magic = "docpipe-ner-1\n"

// maxFeatures bounds the feature count Decode accepts (the shipped model
// has under a hundred thousand).
const maxFeatures = 1 << 22

// Model is a trained tagger. It is read-only after Decode or Train and safe
// for concurrent use.
type Model struct {
	labels  []string
	index   map[uint64]int32 // feature hash → row
	hashes  []uint64         // rows' hashes, ascending
	weights []int32          // row*L + label
	trans   []int32          // (from+1)*L + to; from -1 is the start
	ok      []bool
}

// Labels returns the model's labels ("O", "B-PER", …).
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// Features returns the number of features with a weight.
func (m *Model) Features() int { return len(m.hashes) }

// Tag labels a sequence of tokens.
func (m *Model) Tag(toks []Token) []string {
	if len(toks) == 0 {
		return nil
	}
	L := len(m.labels)
	flat, off := sequenceFeatures(toks)
	em := make([]int64, len(toks)*L)
	for i := range toks {
		row := em[i*L : (i+1)*L]
		for _, h := range flat[off[i]:off[i+1]] {
			r, ok := m.index[h]
			if !ok {
				continue
			}
			w := m.weights[int(r)*L : (int(r)+1)*L]
			for y := range row {
				row[y] += int64(w[y])
			}
		}
	}
	trans := make([]int64, len(m.trans))
	for i, t := range m.trans {
		trans[i] = int64(t)
	}
	ys := viterbi(em, len(toks), L, trans, m.ok)
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = m.labels[y]
	}
	return out
}

// Encode writes the model: a gzip stream (no name, no time, so identical
// models give identical bytes) of the labels, transitions, feature hashes in
// ascending order (delta-coded) and their weights.
func (m *Model) Encode(w io.Writer) error {
	var raw bytes.Buffer
	raw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { raw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { raw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		raw.WriteString(l)
	}
	for _, t := range m.trans {
		sv(int64(t))
	}
	uv(uint64(len(m.hashes)))
	var prev uint64
	for _, h := range m.hashes {
		uv(h - prev)
		prev = h
	}
	// Weights column by column (one label at a time) compress better: a
	// label's weights are mostly zero for features of other labels.
	L := len(m.labels)
	for y := 0; y < L; y++ {
		for r := range m.hashes {
			sv(int64(m.weights[r*L+y]))
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("tagger: encode: %w", err)
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return fmt.Errorf("tagger: encode: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("tagger: encode: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: not a docpipe tagger model", ErrModel)
	}
	bad := func(what string, err error) error { return fmt.Errorf("%w: %s: %w", ErrModel, what, err) }
	L, err := binary.ReadUvarint(br)
	if err != nil || L == 0 || L > 64 {
		return nil, fmt.Errorf("%w: label count", ErrModel)
	}
	m := &Model{}
	for range L {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 64 {
			return nil, fmt.Errorf("%w: label", ErrModel)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, bad("label", err)
		}
		m.labels = append(m.labels, string(b))
	}
	m.trans = make([]int32, (L+1)*L)
	for i := range m.trans {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return nil, bad("transitions", err)
		}
		m.trans[i] = int32(v)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxFeatures || n*L > maxFeatures*8 {
		return nil, fmt.Errorf("%w: feature count", ErrModel)
	}
	// Grown as read, not allocated from the header's count: a corrupt
	// count runs out of data before it runs out of memory.
	m.index = map[uint64]int32{}
	var prev uint64
	for i := 0; i < int(n); i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, bad("features", err)
		}
		if i > 0 && d == 0 {
			return nil, fmt.Errorf("%w: features not ascending", ErrModel)
		}
		prev += d
		m.hashes = append(m.hashes, prev)
		m.index[prev] = int32(i)
	}
	m.weights = make([]int32, int(n)*int(L))
	for y := 0; y < int(L); y++ {
		for r := 0; r < int(n); r++ {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, bad("weights", err)
			}
			m.weights[r*int(L)+y] = int32(v)
		}
	}
	m.ok = constraints(m.labels)
	return m, nil
}
