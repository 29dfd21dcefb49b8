package cachelayer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// The first byte of every encoded value names its format, so that a later
// codec can be introduced without a flag day.
const (
	codecZstd byte = 'Z'
	codecRaw  byte = 'R' // values too small for compression to pay
)

// rawBelow is the size under which values are stored uncompressed: zstd's
// frame overhead and its cost per call outweigh any saving there.
const rawBelow = 512

// ErrCorrupt is returned for cached bytes that do not decode.
var ErrCorrupt = errors.New("cachelayer: corrupt cached value")

var (
	encOnce sync.Once
	enc     *zstd.Encoder
	dec     *zstd.Decoder
)

func codecs() (*zstd.Encoder, *zstd.Decoder) {
	encOnce.Do(func() {
		var err error
		// EncodeAll/DecodeAll are safe for concurrent use; one of each per process.
		enc, err = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
		if err != nil {
			panic(err)
		}
		dec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(1<<30))
		if err != nil {
			panic(err)
		}
	})
	return enc, dec
}

// Compress encodes b with zstd behind a one-byte format tag (small values
// are kept as they are, behind their own tag).
func Compress(b []byte) []byte {
	if len(b) < rawBelow {
		out := make([]byte, 1+len(b))
		out[0] = codecRaw
		copy(out[1:], b)
		return out
	}
	e, _ := codecs()
	out := make([]byte, 1, 1+len(b)/3+64)
	out[0] = codecZstd
	return e.EncodeAll(b, out)
}

// Decompress reverses Compress.
func Decompress(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, ErrCorrupt
	}
	switch b[0] {
	case codecRaw:
		return b[1:], nil
	case codecZstd:
	default:
		return nil, ErrCorrupt
	}
	_, d := codecs()
	out, err := d.DecodeAll(b[1:], nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return out, nil
}

// Envelope is what a stage's output key holds: the stage's data and the
// lineage that produced it. Inputs maps every upstream stage to the output key
// this result was derived from, so a later stage that needs an older output
// (relate reads chunks) finds the key of the same processing version.
//
// The encoding is binary (length-prefixed header fields, then Data as is), so
// neither side scans a large output twice: Data is the stage's JSON, decoded
// once by whoever reads it.
type Envelope struct {
	Stage     string
	Key       string
	Doc       string
	Version   int64
	Inputs    map[string]string
	ComputeUS int64
	Data      []byte
}

// envelopeV1 starts every encoded envelope, before compression.
const envelopeV1 = "E1"

// EncodeEnvelope returns the compressed bytes of e and its uncompressed size.
func EncodeEnvelope(e *Envelope) ([]byte, int, error) {
	n := len(envelopeV1) + 4*binary.MaxVarintLen64 + len(e.Stage) + len(e.Key) + len(e.Doc) + len(e.Data) + 16
	keys := make([]string, 0, len(e.Inputs))
	for k, v := range e.Inputs {
		keys = append(keys, k)
		n += len(k) + len(v) + 2*binary.MaxVarintLen64
	}
	sort.Strings(keys)
	raw := make([]byte, 0, n)
	raw = append(raw, envelopeV1...)
	raw = appendString(raw, e.Stage)
	raw = appendString(raw, e.Key)
	raw = appendString(raw, e.Doc)
	raw = binary.AppendVarint(raw, e.Version)
	raw = binary.AppendVarint(raw, e.ComputeUS)
	raw = binary.AppendUvarint(raw, uint64(len(keys)))
	for _, k := range keys {
		raw = appendString(raw, k)
		raw = appendString(raw, e.Inputs[k])
	}
	raw = append(raw, e.Data...)
	return Compress(raw), len(raw), nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// DecodeEnvelope decodes bytes written by EncodeEnvelope.
func DecodeEnvelope(b []byte) (*Envelope, error) {
	raw, err := Decompress(b)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, []byte(envelopeV1)) {
		return nil, fmt.Errorf("%w: not an envelope", ErrCorrupt)
	}
	d := decoder{b: raw[len(envelopeV1):]}
	e := &Envelope{Stage: d.str(), Key: d.str(), Doc: d.str(), Version: d.varint(), ComputeUS: d.varint()}
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.err = true
	}
	if n > 0 && !d.err {
		e.Inputs = make(map[string]string, n)
		for i := uint64(0); i < n && !d.err; i++ {
			k := d.str()
			e.Inputs[k] = d.str()
		}
	}
	if d.err {
		return nil, fmt.Errorf("%w: truncated envelope", ErrCorrupt)
	}
	e.Data = d.b
	return e, nil
}

// decoder reads the envelope header; err sticks at the first short read.
type decoder struct {
	b   []byte
	err bool
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = true
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = true
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err || n > uint64(len(d.b)) {
		d.err = true
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
