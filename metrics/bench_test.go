package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// BenchmarkSinkInsert measures the sink end to end: b.N run records already
// in the records streams (4 partitions) are read, inserted into ClickHouse
// and acknowledged. "runs" are skipped runs (a stage_runs and a doc_heads
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
			if n := count(b, st, `SELECT count() FROM stage_runs FINAL`); n != uint64(b.N) {
				b.Fatalf("stage_runs has %d rows, want %d", n, b.N)
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
