package events

import (
	"errors"
	"strings"
	"testing"
)

func TestDecodeIngest(t *testing.T) {
	tests := []struct {
		name    string
		fields  map[string]string
		wantErr string
		check   func(t *testing.T, in Ingest)
	}{
		{name: "minimal", fields: map[string]string{"source": "/data/a.pdf"}, check: func(t *testing.T, in Ingest) {
			if in.DocID != DocIDFor("/data/a.pdf") || in.Version != 0 {
				t.Errorf("got doc %s v %d", in.DocID, in.Version)
			}
		}},
		{name: "file uri same id as path", fields: map[string]string{"source": "file:///data/./a.pdf"}, check: func(t *testing.T, in Ingest) {
			if in.DocID != DocIDFor("/data/a.pdf") {
				t.Errorf("file URI gave another id: %s", in.DocID)
			}
		}},
		{name: "meta carried", fields: map[string]string{"source": "a", "meta.owner": "x"}, check: func(t *testing.T, in Ingest) {
			if in.Meta["owner"] != "x" {
				t.Errorf("meta %v", in.Meta)
			}
		}},
		{name: "unknown field refused", fields: map[string]string{"source": "a", "color": "red"}, wantErr: `unknown field "color"`},
		{name: "empty meta name refused", fields: map[string]string{"source": "a", "meta.": "x"}, wantErr: `unknown field "meta."`},
		{name: "reserved key refused", fields: map[string]string{"source": "a", "key": "0123456789abcdef"}, wantErr: `field "key" is reserved`},
		{name: "reserved stage refused", fields: map[string]string{"source": "a", "stage": "ocr"}, wantErr: `field "stage" is reserved`},
		{name: "reserved v refused", fields: map[string]string{"source": "a", "v": "2"}, wantErr: `field "v" is reserved`},
		{name: "reserved doc refused", fields: map[string]string{"source": "a", "doc": "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}, wantErr: `field "doc" is reserved`},
		{name: "reserved schema refused", fields: map[string]string{"source": "a", "schema": "1"}, wantErr: `field "schema" is reserved`},
		{name: "reserved src refused", fields: map[string]string{"source": "a", "src": "/b"}, wantErr: `field "src" is reserved`},
		{name: "reserved trace refused", fields: map[string]string{"source": "a", "trace": "1-0"}, wantErr: `field "trace" is reserved`},
		{name: "dead-letter field refused", fields: map[string]string{"source": "a", "dlq.reason": "x"}, wantErr: `field "dlq.reason" is reserved`},
		{name: "uppercase uuid normalised", fields: map[string]string{"source": "a", "doc_id": "6BA7B810-9DAD-11D1-80B4-00C04FD430C8"}, check: func(t *testing.T, in Ingest) {
			if in.DocID != "6ba7b810-9dad-11d1-80b4-00c04fd430c8" {
				t.Errorf("doc id %s", in.DocID)
			}
		}},
		{name: "missing source", fields: map[string]string{"doc_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}, wantErr: `missing required field "source"`},
		{name: "bad uuid", fields: map[string]string{"source": "a", "doc_id": "nope"}, wantErr: "not a UUID"},
		{name: "bad version", fields: map[string]string{"source": "a", "version": "x"}, wantErr: "version"},
		{name: "negative version", fields: map[string]string{"source": "a", "version": "-1"}, wantErr: "version"},
		{name: "unknown rerun stage", fields: map[string]string{"source": "a", "rerun_from": "bake"}, wantErr: "not a stage"},
		{name: "remote url", fields: map[string]string{"source": "https://x/y.pdf"}, wantErr: "only paths"},
		{name: "oversize field", fields: map[string]string{"source": strings.Repeat("a", 70<<10)}, wantErr: "more than the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := DecodeIngest(tt.fields, Limits{})
			if tt.wantErr != "" {
				if err == nil || !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want malformed containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, in)
		})
	}
}

func TestEventRoundTrip(t *testing.T) {
	e := Event{Doc: DocIDFor("/x"), Version: 3, Stage: StageChunk, Key: "abc", Source: "/x", Trace: "t1",
		RerunFrom: StageExtract, RerunSalt: "s", Extra: map[string]string{"meta.a": "b", "zz": "1"}}
	got, err := DecodeEvent(toMap(e.Fields()), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	got.Schema = ""
	if got.Doc != e.Doc || got.Version != 3 || got.Key != "abc" || got.Extra["meta.a"] != "b" || got.Extra["zz"] != "1" || got.RerunSalt != "s" {
		t.Fatalf("round trip: %+v", got)
	}
}

func TestDecodeEventErrors(t *testing.T) {
	good := toMap(Event{Doc: DocIDFor("/x"), Stage: StageOCR, Key: "k"}.Fields())
	tests := []struct {
		name   string
		mutate func(map[string]string)
		want   string
	}{
		{"no doc", func(m map[string]string) { delete(m, "doc") }, "doc"},
		{"bad doc", func(m map[string]string) { m["doc"] = "zzz" }, "not a UUID"},
		{"unknown stage", func(m map[string]string) { m["stage"] = "bake" }, "not a stage"},
		{"no key", func(m map[string]string) { delete(m, "key") }, "key"},
		{"bad v", func(m map[string]string) { m["v"] = "1.5" }, "v "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := map[string]string{}
			for k, v := range good {
				m[k] = v
			}
			tt.mutate(m)
			if _, err := DecodeEvent(m, Limits{}); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestPartitionStableAndSpread(t *testing.T) {
	counts := make([]int, 8)
	for i := 0; i < 8000; i++ {
		id := DocIDFor("/doc/" + string(rune('a'+i%26)) + strings.Repeat("x", i%97))
		p := Partition(id, 8)
		if p != Partition(id, 8) {
			t.Fatal("partition not deterministic")
		}
		counts[p]++
	}
	for p, c := range counts {
		if c == 0 {
			t.Errorf("partition %d got nothing: %v", p, counts)
		}
	}
	if Partition("x", 1) != 0 || Partition("x", 0) != 0 {
		t.Error("one partition must be 0")
	}
}

func TestStageOrder(t *testing.T) {
	if Next(StageOCR) != StageText || Next(StageRelate) != "" || Previous(StageOCR) != "" || Previous(StageRelate) != StageResolve {
		t.Fatal("stage order broken")
	}
}

// FuzzDecode checks that the decoders never panic and that whatever they
// accept encodes back to fields that decode to the same event.
func FuzzDecode(f *testing.F) {
	f.Add("doc", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "stage", "ocr", "key", "k", "v", "2")
	f.Add("source", "/a/b", "doc_id", "", "version", "x", "meta.k", "v")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2, k3, v3, k4, v4 string) {
		m := map[string]string{k1: v1, k2: v2, k3: v3, k4: v4}
		if e, err := DecodeEvent(m, Limits{}); err == nil {
			again, err := DecodeEvent(toMap(e.Fields()), Limits{})
			if err != nil || again.Doc != e.Doc || again.Key != e.Key || again.Version != e.Version {
				t.Fatalf("event did not round-trip: %+v -> %+v (%v)", e, again, err)
			}
		} else if !errors.Is(err, ErrMalformed) {
			t.Fatalf("error not malformed: %v", err)
		}
		if in, err := DecodeIngest(m, Limits{}); err == nil {
			again, err := DecodeIngest(toMap(in.Fields()), Limits{})
			if err != nil || again.DocID != in.DocID || again.Source != in.Source || again.Version != in.Version {
				t.Fatalf("ingest did not round-trip: %+v -> %+v (%v)", in, again, err)
			}
		} else if !errors.Is(err, ErrMalformed) {
			t.Fatalf("error not malformed: %v", err)
		}
	})
}

func toMap(kv []string) map[string]string {
	m := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}
