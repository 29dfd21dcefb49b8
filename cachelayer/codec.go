package cachelayer

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// codecZstd is the first byte of every encoded value: it names the format so
// that a later codec can be introduced without a flag day.
const codecZstd byte = 'Z'

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

// Compress encodes b with zstd behind a one-byte format tag.
func Compress(b []byte) []byte {
	e, _ := codecs()
	out := make([]byte, 1, 1+len(b)/3+64)
	out[0] = codecZstd
	return e.EncodeAll(b, out)
}

// Decompress reverses Compress.
func Decompress(b []byte) ([]byte, error) {
	if len(b) == 0 || b[0] != codecZstd {
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
type Envelope struct {
	Stage     string            `json:"stage"`
	Key       string            `json:"key"`
	Doc       string            `json:"doc"`
	Version   int64             `json:"v"`
	Inputs    map[string]string `json:"inputs,omitempty"`
	ComputeUS int64             `json:"compute_us"`
	Data      json.RawMessage   `json:"data"`
}

// EncodeEnvelope returns the compressed bytes of e and its uncompressed size.
func EncodeEnvelope(e *Envelope) ([]byte, int, error) {
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, 0, fmt.Errorf("encode envelope: %w", err)
	}
	return Compress(raw), len(raw), nil
}

// DecodeEnvelope decodes bytes written by EncodeEnvelope.
func DecodeEnvelope(b []byte) (*Envelope, error) {
	raw, err := Decompress(b)
	if err != nil {
		return nil, err
	}
	var e Envelope
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return &e, nil
}
