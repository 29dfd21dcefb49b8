package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// BenchmarkSinkInsert measures the sink end to end: b.N run records already
// in the records streams (4 partitions) are read, inserted into ClickHouse
// and acknowledged. "runs" are skipped runs (a run_records and a doc_heads
// row each); "completed" runs also carry their output, so each adds a
// stage_outputs row and its decoded result rows. rows/s counts records.
func BenchmarkSinkInsert(b *testing.B) {
	for _, bc := range []struct {
		name    string
		outcome string
	}{
		{"runs", OutcomeSkipped},
		{"completed", OutcomeCompleted},
	} {
		b.Run(bc.name, func(b *testing.B) {
			client := newRedis(b)
			st := openStore(b, testenv.ClickHouse(b))
			const parts = 4
			keys := cachelayer.NewKeys("docpipe")
			fillRecords(b, client, keys, parts, b.N, bc.outcome)

			sink := NewSink(client, st, SinkConfig{Partitions: parts, Consumer: "bench"}, testLogger(b))
			b.ResetTimer()
			start := time.Now()
			stop := runSink(b, sink)
			for sink.Stats().Records < int64(b.N) {
				time.Sleep(2 * time.Millisecond)
			}
			elapsed := time.Since(start)
			b.StopTimer()
			stop()
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "rows/s")
			if n := count(b, st, `SELECT count() FROM run_records FINAL`); n != uint64(b.N) {
				b.Fatalf("run_records has %d rows, want %d", n, b.N)
			}
		})
	}
}

func fillRecords(b *testing.B, client rueidis.Client, keys cachelayer.Keys, parts, n int, outcome string) {
	b.Helper()
	ctx := context.Background()
	data := stageData("bench")
	encoded := map[string][]byte{}
	for _, stage := range events.Stages {
		raw, _ := json.Marshal(data[stage])
		enc, _, err := cachelayer.EncodeEnvelope(&cachelayer.Envelope{Stage: stage, Doc: "bench", Version: 1, Data: raw})
		if err != nil {
			b.Fatal(err)
		}
		encoded[stage] = enc
	}
	now := time.Now()
	cmds := make(rueidis.Commands, 0, 2000)
	flush := func() {
		for _, r := range client.DoMulti(ctx, cmds...) {
			if err := r.Error(); err != nil {
				b.Fatal(err)
			}
		}
		cmds = cmds[:0]
	}
	for i := 0; i < n; i++ {
		doc := fmt.Sprintf("doc-%d", i/6)
		stage := events.Stages[i%6]
		p := (i / 6) % parts
		key := fmt.Sprintf("%s-%d", stage, i/6)
		rec := Record{Stage: stage, Doc: doc, Version: 1, Key: key, Source: "file:///bench/" + doc, Outcome: outcome,
			Started: now, Finished: now.Add(time.Duration(i) * time.Microsecond), ComputeUS: int64(1000 + i%5000),
			QueueWaitUS: 300, InputFrom: FromCache, Attempt: 1, Consumer: "bench-producer"}
		if outcome == OutcomeCompleted {
			cmds = append(cmds, client.B().Set().Key(keys.Output(p, stage, key)).Value(rueidis.BinaryString(encoded[stage])).Build())
		}
		cmds = append(cmds, client.B().Xadd().Key(keys.Records(p)).Id("*").FieldValue().FieldValueIter(pairs(rec.Fields())).Build())
		if len(cmds) >= 1000 {
			flush()
		}
	}
	flush()
}

// bigOutputs puts n completed ocr records whose outputs are size bytes of
// incompressible text each into partition 0's records stream.
func bigOutputs(tb testing.TB, client rueidis.Client, keys cachelayer.Keys, n, size int) {
	tb.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	letters := []byte("abcdefghijklmnopqrstuvwxyz ")
	text := make([]byte, size)
	for i := 0; i < n; i++ {
		for j := range text {
			text[j] = letters[rng.IntN(len(letters))]
		}
		raw, _ := json.Marshal(map[string]any{"pages": []map[string]any{{"number": 1, "text": string(text), "method": "text_layer"}}})
		key := fmt.Sprintf("big-%d", i)
		enc, _, err := cachelayer.EncodeEnvelope(&cachelayer.Envelope{Stage: "ocr", Key: key, Doc: "big", Version: 1, Data: raw})
		if err != nil {
			tb.Fatal(err)
		}
		rec := Record{Stage: "ocr", Doc: fmt.Sprintf("6ba7b810-9dad-11d1-80b4-%012d", i), Version: 1, Key: key, Source: "file:///big",
			Outcome: OutcomeCompleted, Started: time.Now(), Finished: time.Now(), Attempt: 1, Consumer: "bench", InputFrom: FromSource,
			BytesOut: int64(len(raw)), CompressedOut: int64(len(enc))}
		for _, r := range client.DoMulti(ctx, client.B().Set().Key(keys.Output(0, "ocr", key)).Value(rueidis.BinaryString(enc)).Build(),
			client.B().Xadd().Key(keys.Records(0)).Id("*").FieldValue().FieldValueIter(pairs(rec.Fields())).Build()) {
			if err := r.Error(); err != nil {
				tb.Fatal(err)
			}
		}
	}
}

// BenchmarkSinkBacklogMemory drains a backlog of 40 records whose outputs
// are 3.3 MB each (the probe's: ClickHouse came back after 40 large
// documents) and reports the peak Go heap while the sink works, against its
// batch bytes: the sink holds one part of a batch's outputs at a time.
func BenchmarkSinkBacklogMemory(b *testing.B) {
	const docs, size, batch = 40, 3_300_000, 16 << 20
	for i := 0; i < b.N; i++ {
		client := newRedis(b)
		st := openStore(b, testenv.ClickHouse(b))
		keys := cachelayer.NewKeys("docpipe")
		bigOutputs(b, client, keys, docs, size)
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		sink := NewSink(client, st, SinkConfig{Partitions: 1, Consumer: "bench", BatchBytes: batch}, testLogger(b))
		var peak uint64
		done := make(chan struct{})
		go func() {
			var m runtime.MemStats
			for {
				select {
				case <-done:
					return
				case <-time.After(5 * time.Millisecond):
				}
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
			}
		}()
		stop := runSink(b, sink)
		for sink.Stats().Records < docs {
			time.Sleep(10 * time.Millisecond)
		}
		stop()
		close(done)
		b.ReportMetric(float64(peak-min(peak, base.HeapInuse))/(1<<20), "peak_heap_MB")
		b.ReportMetric(float64(sink.Stats().LargestPart)/(1<<20), "largest_part_MB")
		b.ReportMetric(float64(batch)/(1<<20), "batch_MB")
	}
}

// The sink holds at most a quarter of BatchBytes of outputs (decompressed)
// for one insert, or a single output larger than that, whatever backlog it
// reads.
func TestSinkPartsStayWithinBatchBytes(t *testing.T) {
	client := newRedis(t)
	st := openStore(t, testenv.ClickHouse(t))
	keys := cachelayer.NewKeys("docpipe")
	const docs, size, batch = 12, 100_000, 1 << 20
	bigOutputs(t, client, keys, docs, size)
	sink := NewSink(client, st, SinkConfig{Partitions: 1, Consumer: "t", BatchBytes: batch}, testLogger(t))
	stop := runSink(t, sink)
	waitFor(t, 60*time.Second, "the backlog inserted", func() bool { return sink.Stats().Records == docs })
	stop()
	s := sink.Stats()
	if s.LargestPart == 0 || s.LargestPart > batch/4 {
		t.Errorf("largest part %d bytes, want within a quarter of the batch's %d", s.LargestPart, batch)
	}
	if n := count(t, st, `SELECT count() FROM stage_outputs FINAL`); n != docs {
		t.Errorf("%d outputs stored, want %d", n, docs)
	}
}
