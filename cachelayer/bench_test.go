package cachelayer

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
)

// BenchmarkStageRun measures the two scripts of a stage run on a real
// redis-server: begin (skip check, lock, input) then commit (fencing,
// output, state, next event, ack) for runs of a middle stage, many at once
// so that they batch as they do under load. redis_us/run, the server's CPU
// per run, is the figure to watch when changing a script; eval_us/run is
// the scripts' own part of it (EVALSHA in INFO commandstats: arguments,
// Lua and the commands they call, without the network I/O). BenchmarkBus
// in consumers adds everything else.
func BenchmarkStageRun(b *testing.B) {
	c := connect(b)
	ctx := context.Background()
	keys := NewKeys("")
	l := NewLayer(c, keys, TTLs{})
	const parts = 4
	for p := 0; p < parts; p++ {
		if err := c.Do(ctx, c.B().XgroupCreate().Key(keys.Stream(p, "text")).Group("text").Id("$").Mkstream().Build()).Error(); err != nil {
			b.Fatal(err)
		}
	}
	run := func(i int64) *Run {
		doc := fmt.Sprintf("6ba7b810-9dad-11d1-80b4-%012d", i)
		return &Run{Partition: int(i % parts), Doc: doc, Stage: "text", InStage: "ocr", InKey: "in" + strconv.FormatInt(i, 10),
			NextStage: "chunk", OutKey: "out" + strconv.FormatInt(i, 10), Input: keys.Stream(int(i%parts), "text"), Group: "text",
			EntryID: "1-1", Consumer: "bench", Attempt: 1, Version: 1, Flags: Flags{Chain: true, Ack: true, Input: true}}
	}
	// The next event as a stage writes it.
	next := func(r *Run) []string {
		return []string{"doc", r.Doc, "v", "1", "stage", "text", "key", r.OutKey, "schema", "1",
			"src", "/data/in/" + r.Doc + ".pdf", "trace", "1764098000123-0"}
	}
	var n atomic.Int64
	b.SetParallelism(32)
	if err := c.Do(ctx, c.B().ConfigResetstat().Build()).Error(); err != nil {
		b.Fatal(err)
	}
	cpu0 := testenv.RedisCPU(b, c)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			r := run(n.Add(1))
			token := "t" + r.OutKey
			res, err := l.Begin(ctx, r, token, 30000, true)
			if err != nil || res.Outcome != Leased {
				b.Errorf("begin: %v %v", res.Outcome, err)
				return
			}
			if err := l.Commit(ctx, r, token, 1, 1, []byte("output"), next(r), nil); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric((testenv.RedisCPU(b, c)-cpu0)/float64(b.N)*1e6, "redis_us/run")
	st, _ := c.Do(ctx, c.B().Info().Section("commandstats").Build()).ToString()
	var us float64
	for _, l := range strings.Split(st, "\n") {
		if strings.HasPrefix(l, "cmdstat_evalsha:") {
			fmt.Sscanf(l[strings.Index(l, "usec=")+5:], "%f", &us)
		}
	}
	b.ReportMetric(us/float64(b.N), "eval_us/run")
}
