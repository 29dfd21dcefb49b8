package monitor_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/monitor"
	"github.com/docpipe/docpipe/monitor/prom"
)

// noop is a stage that does nothing, to load the bus alone (as
// consumers.BenchmarkBus does).
type noop struct{ name string }

func (n noop) Name() string                                             { return n.name }
func (n noop) Fingerprint() string                                      { return "noop" }
func (n noop) Needs() []string                                          { return nil }
func (n noop) Handle(context.Context, *consumers.Input) ([]byte, error) { return []byte(`{}`), nil }

// BenchmarkMonitorCost measures what the monitor costs the bus, with
// BenchmarkBus's load (no-op stages, 64 runners each, 4 partitions, one
// replica): the bus alone, then the bus with the Prometheus observer on
// every run and the stream figures read every second (five times the
// default DOCPIPE_MONITOR_INTERVAL) while a scraper gathers every 100 ms,
// each on a fresh redis-server, in alternating order; means over
// -benchtime Nx pairs (use 4x or more).
// It reports both rates and the monitor's share of Redis CPU: one reading's
// Redis CPU, measured after the run on the same streams, at the default
// interval, against the bus's Redis CPU per second. BENCH_DOCS sets the
// document count (default 2,000).
func BenchmarkMonitorCost(b *testing.B) {
	docs := 2000
	if s := os.Getenv("BENCH_DOCS"); s != "" {
		docs, _ = strconv.Atoi(s)
	}
	type sums struct{ rate, redisSec, goUS, redisUS float64 }
	var bare, watched sums
	var perReading float64
	add := func(s *sums, rate, redisSec, goUS float64) {
		s.rate += rate
		s.redisSec += redisSec
		s.goUS += goUS
		s.redisUS += redisSec / rate * 1e6
	}
	for i := 0; i < b.N; i++ {
		// Each run gets a fresh redis-server, and the order alternates: a
		// second run on the same server, or always second, measured 20-40 %
		// slower whatever it ran.
		url := ""
		runBare := func() {
			r, rs, g := busRun(b, "redis://"+testenv.StartRedis(b).Addr, docs, "a", false)
			add(&bare, r, rs, g)
		}
		runWatched := func() {
			url = "redis://" + testenv.StartRedis(b).Addr
			r, rs, g := busRun(b, url, docs, "a", true)
			add(&watched, r, rs, g)
		}
		if i%2 == 0 {
			runBare()
			runWatched()
		} else {
			runWatched()
			runBare()
		}

		// Readings on the streams as the watched run left them.
		c, err := cachelayer.Connect(url)
		if err != nil {
			b.Fatal(err)
		}
		r := monitor.NewStreamReader(c, cachelayer.NewKeys("a"), 4)
		const readings = 200
		cpu0 := testenv.RedisCPU(b, c)
		for j := 0; j < readings; j++ {
			if _, err := r.Read(context.Background(), time.Now()); err != nil {
				b.Fatal(err)
			}
		}
		perReading += (testenv.RedisCPU(b, c) - cpu0) / readings
		c.Close()
	}
	n := float64(b.N)
	b.ReportMetric(bare.rate/n, "bare_transitions/s")
	b.ReportMetric(watched.rate/n, "watched_transitions/s")
	// CPU per transition is steadier than the rate on a shared machine.
	b.ReportMetric(bare.goUS/n, "bare_go_us/tr")
	b.ReportMetric(watched.goUS/n, "watched_go_us/tr")
	b.ReportMetric(bare.redisUS/n, "bare_redis_us/tr")
	b.ReportMetric(watched.redisUS/n, "watched_redis_us/tr")
	b.ReportMetric(perReading/n*1e6, "redis_us/reading")
	b.ReportMetric(100*(perReading/n)/monitor.DefaultInterval.Seconds()/(bare.redisSec/n), "redis_share_at_5s_%")
	b.ReportMetric(100*(perReading/n)/(bare.redisSec/n), "redis_share_at_1s_%")
}

// busRun runs docs documents through six no-op stages under prefix and
// returns transitions per second, the Redis CPU seconds per second and this
// process's CPU µs per transition.
func busRun(b *testing.B, url string, docs int, prefix string, watched bool) (float64, float64, float64) {
	b.Helper()
	dir := b.TempDir()
	paths := make([]string, docs)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("d%06d.txt", i))
		if err := os.WriteFile(paths[i], []byte("doc "+strconv.Itoa(i)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cfg := config.Config{RedisURL: url, Prefix: prefix, Partitions: 4, SourceRoots: []string{dir},
		MaxDocumentBytes: 1 << 20, LockLease: 30 * time.Second, ClaimIdle: time.Minute, MaxDeliveries: 5,
		Block: 50 * time.Millisecond, DrainTimeout: 5 * time.Second, PublicRetention: int64(docs) * 2,
		ConcurrencyOCR: 64, ConcurrencyText: 64, ConcurrencyChunk: 64, ConcurrencyExtract: 64,
		ConcurrencyResolve: 64, ConcurrencyRelate: 64, TTLState: time.Hour, Consumer: "bench"}
	if err := cfg.Validate(); err != nil {
		b.Fatal(err)
	}
	c, err := cachelayer.Connect(url)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	keys := cachelayer.NewKeys(prefix)
	hs := make([]consumers.Handler, len(events.Stages))
	for i, s := range events.Stages {
		hs[i] = noop{s}
	}
	opts := consumers.Options{Config: cfg, Client: c, Handlers: hs, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stops []chan struct{}
	if watched {
		reader := monitor.NewCachedReader(monitor.NewStreamReader(c, keys, cfg.Partitions), time.Second)
		m := prom.New(reader)
		opts.Observer = m
		done := make(chan struct{})
		stops = append(stops, done)
		go func() {
			defer close(done)
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				if _, err := m.Registry().Gather(); err != nil {
					b.Error(err)
				}
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
			}
		}()
	}
	rt, err := consumers.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	if err := consumers.EnsureGroups(ctx, c, keys, cfg.Partitions, events.Stages); err != nil {
		b.Fatal(err)
	}
	done := make(chan struct{})
	stops = append(stops, done)
	go func() { defer close(done); _ = rt.Run(ctx) }()

	cpu0, self0 := testenv.RedisCPU(b, c), testenv.SelfCPU()
	start := time.Now()
	ins := make([]events.Ingest, len(paths))
	for i, p := range paths {
		ins[i] = events.Ingest{Source: p}
	}
	for i := 0; i < len(ins); i += 100 {
		if _, err := consumers.Ingest(ctx, c, keys, ins[i:min(i+100, len(ins))]...); err != nil {
			b.Fatal(err)
		}
	}
	waitCompleted(b, c, keys.Completed(), docs)
	elapsed := time.Since(start)
	redis := (testenv.RedisCPU(b, c) - cpu0) / elapsed.Seconds()
	goUS := (testenv.SelfCPU() - self0) / float64(docs*len(events.Stages)) * 1e6
	cancel()
	for _, d := range stops {
		<-d
	}
	return float64(docs*len(events.Stages)) / elapsed.Seconds(), redis, goUS
}

func waitCompleted(b *testing.B, c rueidis.Client, stream string, docs int) {
	deadline := time.Now().Add(5 * time.Minute)
	for {
		n, err := c.Do(context.Background(), c.B().Xlen().Key(stream).Build()).AsInt64()
		if err != nil {
			b.Fatal(err)
		}
		if n >= int64(docs) {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("%d of %d documents completed", n, docs)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
