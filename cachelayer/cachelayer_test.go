package cachelayer

import (
	"bytes"
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/klauspost/compress/s2"

	"github.com/docpipe/docpipe/internal/testenv"
)

func TestKeysShareThePartitionTag(t *testing.T) {
	k := NewKeys("")
	doc := "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
	tests := []struct{ name, key, want string }{
		{"stream", k.Stream(3, "chunk"), "docpipe:{p3}:chunk"},
		{"records", k.Records(3), "docpipe:{p3}:records"},
		{"output", k.Output(3, "ocr", "abc"), "docpipe:{p3}:out:ocr:abc"},
		{"part", k.Part(3, "chunk", "abc", "c1"), "docpipe:{p3}:out:chunk:abc:c1"},
		{"state", k.State(3, doc), "docpipe:{p3}:doc:" + doc},
		{"dead-letter marker shares the dlq's slot", k.DLQMarker("docpipe:{p3}:text", "1-2"), "docpipe:{docpipe:dlq}:seen:docpipe:{p3}:text:1-2"},
		{"partition past the built tags", k.Stream(1000, "text"), "docpipe:{p1000}:text"},
		{"ingest", k.Ingest(), "docpipe:ingest"},
		{"completed", k.Completed(), "docpipe:completed"},
		{"dlq", k.DLQ(), "docpipe:dlq"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.key != tt.want {
				t.Fatalf("got %q want %q", tt.key, tt.want)
			}
		})
	}
}

func TestEnvelopeRoundTrip(t *testing.T) {
	e := &Envelope{Stage: "chunk", Key: "k", Doc: "d", Version: 2, Inputs: map[string]string{"text": "t"},
		ComputeUS: 12, Data: []byte(`{"chunks":[{"id":"a"}]}`)}
	b, n, err := EncodeEnvelope(e)
	if err != nil || n == 0 {
		t.Fatal(err)
	}
	got, err := DecodeEnvelope(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Key != "k" || got.Inputs["text"] != "t" || string(got.Data) != string(e.Data) {
		t.Fatalf("round trip %+v", got)
	}
	big := &Envelope{Stage: "ocr", Key: "k", Data: bytes.Repeat([]byte(`{"text":"abc"}`), 100)}
	bb, _, _ := EncodeEnvelope(big)
	if bb[0] != codecZstd {
		t.Errorf("large envelope not compressed")
	}
	if got, err := DecodeEnvelope(bb); err != nil || !bytes.Equal(got.Data, big.Data) {
		t.Errorf("large round trip: %v", err)
	}
	for _, bad := range [][]byte{nil, []byte("x"), {codecZstd, 1, 2, 3}, Compress([]byte("not an envelope")), Compress([]byte("E1\xff"))} {
		if _, err := DecodeEnvelope(bad); !errors.Is(err, ErrCorrupt) {
			t.Errorf("DecodeEnvelope(%q) = %v, want ErrCorrupt", bad, err)
		}
	}
}

// FuzzDecodeEnvelope: the decoder of cached bytes never panics, and what it
// accepts re-encodes to an equal envelope.
func FuzzDecodeEnvelope(f *testing.F) {
	b, _, _ := EncodeEnvelope(&Envelope{Stage: "ocr", Key: "k", Inputs: map[string]string{"a": "b"}, Data: []byte(`{}`)})
	f.Add(b)
	f.Add([]byte{codecZstd})
	f.Add(Compress([]byte("E1\x01a\x01b\x00\x02\x04\x01\x01x\x01ydata")))
	f.Fuzz(func(t *testing.T, in []byte) {
		e, err := DecodeEnvelope(in)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error not ErrCorrupt: %v", err)
			}
			return
		}
		again, _, err := EncodeEnvelope(e)
		if err != nil {
			t.Fatal(err)
		}
		e2, err := DecodeEnvelope(again)
		if err != nil || e2.Key != e.Key || e2.Stage != e.Stage || e2.Version != e.Version || !bytes.Equal(e2.Data, e.Data) || len(e2.Inputs) != len(e.Inputs) {
			t.Fatalf("re-encode changed envelope: %+v vs %+v (%v)", e, e2, err)
		}
	})
}

// corpusOCRJSON is what the ocr stage caches for the 30-page opinion,
// approximated with pdftotext's pages as JSON.
func corpusOCRJSON(tb testing.TB) []byte {
	tb.Helper()
	out, err := exec.Command("pdftotext", "-layout", testenv.Corpus(tb, "court/vector-pdf.pdf"), "-").Output()
	if err != nil {
		tb.Fatalf("pdftotext: %v", err)
	}
	type page struct {
		Number int    `json:"number"`
		Text   string `json:"text"`
		Method string `json:"method"`
	}
	var pages []page
	for i, p := range strings.Split(string(out), "\f") {
		pages = append(pages, page{i + 1, p, "text_layer"})
	}
	b, _ := json.Marshal(map[string]any{"pages": pages})
	return b
}

// BenchmarkCodec compares zstd (what we use) with s2 on a real stage output:
// ratio and time per encode. Results are in docs/benchmarks.md.
func BenchmarkCodec(b *testing.B) {
	raw := corpusOCRJSON(b)
	b.Run("zstd", func(b *testing.B) {
		var out []byte
		b.SetBytes(int64(len(raw)))
		for i := 0; i < b.N; i++ {
			out = Compress(raw)
		}
		b.ReportMetric(float64(len(raw))/float64(len(out)), "ratio")
		if got, _ := Decompress(out); !bytes.Equal(got, raw) {
			b.Fatal("zstd round trip")
		}
	})
	b.Run("s2", func(b *testing.B) {
		var out []byte
		b.SetBytes(int64(len(raw)))
		for i := 0; i < b.N; i++ {
			out = s2.Encode(nil, raw)
		}
		b.ReportMetric(float64(len(raw))/float64(len(out)), "ratio")
	})
}
