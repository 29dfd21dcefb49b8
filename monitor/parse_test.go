package monitor

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
)

func TestOutputStage(t *testing.T) {
	keys := cachelayer.NewKeys("docpipe")
	tests := []struct{ key, want string }{
		{keys.Output(3, "chunk", "abc"), "chunk"},
		{keys.Part(0, "extract", "abc", "c0001"), "extract"},
		{keys.State(1, "doc"), ""},
		{keys.Output(1, "nostage", "abc"), ""},
		{"other:{p1}:out:ocr:abc", ""},
		{"docpipe:{p1}", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := OutputStage(keys, tc.key); got != tc.want {
			t.Errorf("OutputStage(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

func FuzzOutputStage(f *testing.F) {
	keys := cachelayer.NewKeys("docpipe")
	f.Add(keys.Output(3, "chunk", "abc"))
	f.Add("docpipe:{p}:out::")
	f.Fuzz(func(t *testing.T, key string) {
		if s := OutputStage(keys, key); s != "" && !events.IsStage(s) {
			t.Fatalf("OutputStage(%q) = %q, not a stage", key, s)
		}
	})
}

func FuzzEntryAge(f *testing.F) {
	f.Add("1700000000000-0", int64(1_700_000_010_000))
	f.Add("-", int64(0))
	f.Add("99999999999999999999-1", int64(5))
	f.Fuzz(func(t *testing.T, id string, nowMS int64) {
		if d := EntryAge(id, time.UnixMilli(nowMS)); d < 0 {
			t.Fatalf("EntryAge(%q) = %s < 0", id, d)
		}
	})
}

func TestRenderTop(t *testing.T) {
	f := &Figures{At: time.Date(2026, 11, 30, 5, 0, 0, 0, time.UTC), DLQLength: 3, UsedMemory: 2 << 20, MaxMemory: 8 << 20}
	for _, s := range events.Stages {
		f.Stages = append(f.Stages, StageFigures{Stage: s, LagKnown: true})
	}
	f.Stages[2].Lag, f.Stages[2].LagKnown, f.Stages[2].Pending = 7, false, 2
	f.Stages[2].OldestPending = 90 * time.Second
	f.Stages[2].Consumers = []ConsumerFigures{{Name: "host-1", Pending: 2}}
	f.Sink = StageFigures{Stage: SinkStage, Lag: 4, Pending: 1, LagKnown: true}
	o := &Overview{Figures: f, Activity: []StageActivity{{Stage: "chunk", Rate1: 1.5, P50US: 2500}}, Errors: []string{"clickhouse: down"}}
	var b bytes.Buffer
	if err := RenderTop(&b, o); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"dead letters 3", "sink backlog 5", "2.0 MiB of 8.0 MiB", "7?", "1.5m", "1.50", "2.5ms", "host-1(2)", "! clickhouse: down"} {
		if !strings.Contains(out, want) {
			t.Errorf("top output lacks %q:\n%s", want, out)
		}
	}
	for _, s := range append(append([]string{}, events.Stages...), SinkStage) {
		if !strings.Contains(out, " "+s+" ") {
			t.Errorf("top output lacks stage %s", s)
		}
	}
}
