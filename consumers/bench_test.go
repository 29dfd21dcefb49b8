package consumers

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

// noop is a stage that does nothing, to measure the bus alone.
type noop struct{ name string }

func (n noop) Name() string                                   { return n.name }
func (n noop) Fingerprint() string                            { return "noop" }
func (n noop) Needs() []string                                { return nil }
func (n noop) Handle(context.Context, *Input) ([]byte, error) { return []byte(`{}`), nil }

func noopStages() []Handler {
	hs := make([]Handler, len(events.Stages))
	for i, s := range events.Stages {
		hs[i] = noop{s}
	}
	return hs
}

// BenchmarkBus measures the runtime's overhead: documents through six no-op
// stages with the full stage run (skip check, lock, commit), on a local
// redis-server. It reports stage transitions per second and end-to-end
// latency percentiles, unpaced and paced at 1,500 transitions/s, with one
// and two replicas (runtimes with their own clients). BENCH_DOCS sets the
// document count (default 3,000).
func BenchmarkBus(b *testing.B) {
	docs := benchDocs(3000)
	for _, replicas := range []int{1, 2} {
		for _, paced := range []int{0, 1500} {
			name := fmt.Sprintf("replicas=%d/paced=%d", replicas, paced)
			b.Run(name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					_, _ = busRun(b, docs, replicas, paced, false)
				}
			})
		}
	}
}

// BenchmarkBusSink compares the unpaced bus with run records off and with
// run records on and the ClickHouse sink draining them in the same process.
func BenchmarkBusSink(b *testing.B) {
	docs := benchDocs(3000)
	for _, sink := range []bool{false, true} {
		b.Run(fmt.Sprintf("sink=%v", sink), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				_, _ = busRun(b, docs, 1, 0, sink)
			}
		})
	}
}

// busRun runs docs documents through the runtime and returns transitions per
// second and the median latency of six hops.
func busRun(b *testing.B, docs, replicas, pacedTransitions int, sink bool) (float64, time.Duration) {
	b.StopTimer()
	url := "redis://" + startBenchRedis(b)
	dir := b.TempDir()
	paths := make([]string, docs)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("d%06d.txt", i))
		if err := os.WriteFile(paths[i], []byte("doc "+strconv.Itoa(i)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	parts := 4
	if s := os.Getenv("BENCH_PARTITIONS"); s != "" {
		parts, _ = strconv.Atoi(s)
	}
	cfg := config.Config{RedisURL: url, Prefix: "docpipe", Partitions: parts, SourceRoots: []string{dir},
		MaxDocumentBytes: 1 << 20, LockLease: 30 * time.Second, ClaimIdle: time.Minute, MaxDeliveries: 5,
		Block: 50 * time.Millisecond, DrainTimeout: 5 * time.Second, PublicRetention: int64(docs) * 2,
		ConcurrencyOCR: 64, ConcurrencyText: 64, ConcurrencyChunk: 64, ConcurrencyExtract: 64,
		ConcurrencyResolve: 64, ConcurrencyRelate: 64, TTLState: time.Hour}
	if s := os.Getenv("BENCH_CONCURRENCY"); s != "" {
		n, _ := strconv.Atoi(s)
		cfg.ConcurrencyOCR, cfg.ConcurrencyText, cfg.ConcurrencyChunk = n, n, n
		cfg.ConcurrencyExtract, cfg.ConcurrencyResolve, cfg.ConcurrencyRelate = n, n, n
	}
	if err := cfg.Validate(); err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stops []chan struct{}
	for r := 0; r < replicas; r++ {
		c, err := cachelayer.Connect(url)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		rc := cfg
		rc.Consumer = fmt.Sprintf("bench-%d", r)
		rt, err := New(Options{Config: rc, Client: c, Handlers: noopStages(), Records: sink, Log: discardLog()})
		if err != nil {
			b.Fatal(err)
		}
		if sink {
			store, err := metrics.Open(ctx, testenv.ClickHouse(b))
			if err != nil {
				b.Fatal(err)
			}
			defer store.Close()
			s := metrics.NewSink(c, store, metrics.SinkConfig{Partitions: cfg.Partitions, Consumer: rc.Consumer}, discardLog())
			done := make(chan struct{})
			stops = append(stops, done)
			go func() { defer close(done); _ = s.Run(ctx) }()
		}
		done := make(chan struct{})
		stops = append(stops, done)
		go func() { defer close(done); _ = rt.Run(ctx) }()
	}
	prod, err := cachelayer.Connect(url)
	if err != nil {
		b.Fatal(err)
	}
	defer prod.Close()
	keys := cachelayer.NewKeys("docpipe")
	if err := EnsureGroups(ctx, prod, keys, cfg.Partitions, events.Stages); err != nil {
		b.Fatal(err)
	}
	// The send time travels in a meta field, carried along by every stage.
	got := follow(ctx, prod, keys.Completed(), docs)
	cpu0, self0 := testenv.RedisCPU(b, prod), testenv.SelfCPU()
	var mem0, mem1 runtime.MemStats
	runtime.ReadMemStats(&mem0)
	b.StartTimer()
	start := time.Now()
	feed(ctx, b, prod, docs, pacedTransitions, func(i int) rueidis.Completed { return ingestCmd(prod, keys, paths[i]) })
	var latencies []time.Duration
	select {
	case latencies = <-got:
	case <-time.After(5 * time.Minute):
		b.Fatalf("not all of %d documents completed", docs)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	redisSec, goSec := testenv.RedisCPU(b, prod)-cpu0, testenv.SelfCPU()-self0
	runtime.ReadMemStats(&mem1)
	b.ReportMetric(redisSec/elapsed.Seconds(), "redis_cpu")
	b.ReportMetric(goSec/elapsed.Seconds(), "go_cpu")
	if os.Getenv("BENCH_COMMANDSTATS") != "" {
		st, _ := prod.Do(ctx, prod.B().Info().Section("commandstats").Build()).ToString()
		// To stderr: a benchmark's log is cut to its first lines.
		fmt.Fprintln(os.Stderr, strings.ReplaceAll(st, "\r", ""))
	}
	cancel()
	for _, d := range stops {
		<-d
	}
	transitions := float64(docs * len(events.Stages))
	b.ReportMetric(transitions/elapsed.Seconds(), "transitions/s")
	// CPU per transition is steadier than the rate on a shared machine.
	b.ReportMetric(redisSec/transitions*1e6, "redis_us/tr")
	b.ReportMetric(goSec/transitions*1e6, "go_us/tr")
	// Allocations per transition (runtime, client, producer and follower
	// together) move far less from run to run than CPU time.
	b.ReportMetric(float64(mem1.Mallocs-mem0.Mallocs)/transitions, "allocs/tr")
	b.ReportMetric(float64(mem1.TotalAlloc-mem0.TotalAlloc)/transitions, "B/tr")
	b.ReportMetric(float64(latencies[len(latencies)/2].Microseconds())/1000, "p50_ms")
	b.ReportMetric(float64(latencies[len(latencies)*99/100].Microseconds())/1000, "p99_ms")
	// Redis memory per document of state and keys, outputs excluded: the
	// state hash is all a document keeps besides its outputs once locks are
	// released and streams trimmed.
	var total int64
	for i := 0; i < 50 && i < docs; i++ {
		doc := events.DocIDFor(paths[i])
		n, err := prod.Do(context.Background(), prod.B().MemoryUsage().Key(keys.State(events.Partition(doc, cfg.Partitions), doc)).Build()).AsInt64()
		if err == nil {
			total += n
		}
	}
	b.ReportMetric(float64(total)/float64(min(50, docs)), "state_bytes/doc")
	return transitions / elapsed.Seconds(), latencies[len(latencies)/2]
}

// feed adds docs entries, cmd(i) each: pipelined 100 at a time, or one by
// one at pacedTransitions six-hop transitions per second when it is not 0.
func feed(ctx context.Context, b *testing.B, c rueidis.Client, docs, pacedTransitions int, cmd func(i int) rueidis.Completed) {
	start := time.Now()
	var interval time.Duration
	if pacedTransitions > 0 {
		interval = time.Second * time.Duration(len(events.Stages)) / time.Duration(pacedTransitions)
	}
	cmds := make(rueidis.Commands, 0, 100)
	for i := 0; i < docs; i++ {
		if interval > 0 {
			if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
				time.Sleep(d)
			}
			if err := c.Do(ctx, cmd(i)).Error(); err != nil {
				b.Fatal(err)
			}
			continue
		}
		cmds = append(cmds, cmd(i))
		if len(cmds) == cap(cmds) || i == docs-1 {
			for _, r := range c.DoMulti(ctx, cmds...) {
				if r.Error() != nil {
					b.Fatal(r.Error())
				}
			}
			cmds = cmds[:0]
		}
	}
}

// follow reads stream from its start until docs entries arrived and sends
// their latencies, sorted, from the send time in their meta.t0 field (Unix
// nanoseconds) to their arrival.
func follow(ctx context.Context, c rueidis.Client, stream string, docs int) <-chan []time.Duration {
	got := make(chan []time.Duration, 1)
	go func() {
		latencies := make([]time.Duration, 0, docs)
		last := "0"
		for len(latencies) < docs && ctx.Err() == nil {
			res, err := c.Do(ctx, c.B().Xread().Count(1000).Block(1000).Streams().Key(stream).Id(last).Build()).AsXRead()
			if err != nil {
				if !rueidis.IsRedisNil(err) {
					time.Sleep(10 * time.Millisecond) // not a busy loop on a broken connection
				}
				continue
			}
			now := time.Now()
			for _, e := range res[stream] {
				last = e.ID
				t0, _ := strconv.ParseInt(e.FieldValues["meta.t0"], 10, 64)
				latencies = append(latencies, now.Sub(time.Unix(0, t0)))
			}
		}
		sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
		got <- latencies
	}()
	return got
}

// benchDocs is BENCH_DOCS, or def.
func benchDocs(def int) int {
	if s := os.Getenv("BENCH_DOCS"); s != "" {
		n, _ := strconv.Atoi(s)
		return n
	}
	return def
}

func ingestCmd(c rueidis.Client, keys cachelayer.Keys, path string) rueidis.Completed {
	return xaddCmd(c, keys.Ingest(), 0, []string{"source", path, "meta.t0", strconv.FormatInt(time.Now().UnixNano(), 10)})
}
