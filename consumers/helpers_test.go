package consumers

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
)

// The test binary doubles as a replica process for the kill and drain tests:
// with DOCPIPE_TEST_REPLICA=1 it runs the test stages under the runtime
// until SIGTERM/SIGINT, instead of running tests.
func TestMain(m *testing.M) {
	if os.Getenv("DOCPIPE_TEST_REPLICA") == "1" {
		os.Exit(replicaMain())
	}
	testenv.RunMain(m)
}

func replicaMain() int {
	cfg, err := config.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	client, err := cachelayer.Connect(cfg.RedisURL)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer client.Close()
	var sleep time.Duration
	if s := os.Getenv("DOCPIPE_TEST_SLEEP"); s != "" {
		sleep, _ = time.ParseDuration(s)
	}
	hs := testStages(&counter{file: os.Getenv("DOCPIPE_TEST_COUNT_FILE")}, 0, nil)
	for _, h := range hs {
		if h.Name() == os.Getenv("DOCPIPE_TEST_SLOW_STAGE") {
			h.(*testStage).sleep = sleep
		}
	}
	rt, err := New(Options{Config: cfg, Client: client, Handlers: hs, Records: true,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if err := rt.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// counter counts computations per stage, in memory and (for replica
// processes) as lines appended to a file shared by all processes.
type counter struct {
	mu   sync.Mutex
	n    map[string]int
	file string
}

func (c *counter) add(stage, doc string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[stage]++
	if c.file != "" {
		f, err := os.OpenFile(c.file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			fmt.Fprintf(f, "%s %s %d\n", stage, doc, os.Getpid())
			f.Close()
		}
	}
}

func (c *counter) get(stage string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[stage]
}

func (c *counter) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := 0
	for _, n := range c.n {
		t += n
	}
	return t
}

// testStage is a small real stage: it wraps its input's data in a JSON
// object naming itself, so the output shows the whole chain.
type testStage struct {
	name  string
	count *counter
	sleep time.Duration
	fail  func(stage string) error // injected failure, nil for none
}

func (s *testStage) Name() string        { return s.name }
func (s *testStage) Fingerprint() string { return "test-v1" }
func (s *testStage) Needs() []string {
	if s.name == events.StageRelate {
		return []string{events.StageChunk}
	}
	return nil
}

func (s *testStage) Handle(ctx context.Context, in *Input) ([]byte, error) {
	s.count.add(s.name, in.Doc)
	if s.fail != nil {
		if err := s.fail(s.name); err != nil {
			return nil, err
		}
	}
	if s.sleep > 0 {
		select {
		case <-time.After(s.sleep):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if s.name == events.StageOCR && len(in.Data) == 0 {
		return nil, stages.Permanentf("empty source")
	}
	out := map[string]any{"stage": s.name, "in_bytes": len(in.Data)}
	if s.name == events.StageRelate {
		if _, ok := in.Upstream[events.StageChunk]; !ok {
			return nil, fmt.Errorf("relate: chunk output missing")
		}
		out["chunk_bytes"] = len(in.Upstream[events.StageChunk])
	}
	if s.name == events.StageChunk {
		if err := in.Parts.Put(ctx, "c0", []byte("chunk zero")); err != nil {
			return nil, err
		}
	}
	return json.Marshal(out)
}

func testStages(c *counter, sleep time.Duration, fail func(string) error) []Handler {
	hs := make([]Handler, 0, len(events.Stages))
	for _, s := range events.Stages {
		hs = append(hs, &testStage{name: s, count: c, sleep: sleep, fail: fail})
	}
	return hs
}

// env is one test's Redis, configuration and source directory.
type env struct {
	t      *testing.T
	url    string
	cfg    config.Config
	client rueidis.Client
	keys   cachelayer.Keys
	dir    string
	// log, when set, receives the runtimes' logs instead of testLog.
	log *slog.Logger
}

// logLines is a concurrency-safe log sink for tests that read the log.
type logLines struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (l *logLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// count returns how many lines contain s.
func (l *logLines) count(s string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Count(l.buf.String(), s)
}

func newEnv(t *testing.T, url string) *env {
	t.Helper()
	if url == "" {
		url = testenv.Redis(t)
	}
	dir := testenv.TempDir(t)
	cfg := config.Config{RedisURL: url, Prefix: "docpipe", Partitions: 2, SourceRoots: []string{dir},
		MaxDocumentBytes: 1 << 20, Consumer: "c1", LockLease: 600 * time.Millisecond, ClaimIdle: 1200 * time.Millisecond,
		MaxDeliveries: 3, Block: 100 * time.Millisecond, DrainTimeout: 5 * time.Second, TrimInterval: 0,
		PublicRetention: 10000, ConcurrencyOCR: 4, ConcurrencyText: 4, ConcurrencyChunk: 4, ConcurrencyExtract: 4,
		ConcurrencyResolve: 4, ConcurrencyRelate: 4, TTLState: time.Hour}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	c, err := cachelayer.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &env{t: t, url: url, cfg: cfg, client: c, keys: cachelayer.NewKeys("docpipe"), dir: dir}
}

// start runs a runtime in this process until the test ends or stop is called.
func (e *env) start(hs []Handler, mutate func(*config.Config)) (rt *Runtime, stop func()) {
	e.t.Helper()
	cfg := e.cfg
	if mutate != nil {
		mutate(&cfg)
	}
	log := e.log
	if log == nil {
		log = testLog()
	}
	rt, err := New(Options{Config: cfg, Client: e.client, Handlers: hs, Records: true, Log: log})
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = rt.Run(ctx) }()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	e.t.Cleanup(stop)
	return rt, stop
}

// file writes a source file and returns its path.
func (e *env) file(name, body string) string {
	e.t.Helper()
	p := filepath.Join(e.dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *env) xadd(stream string, kv ...string) string {
	e.t.Helper()
	fv := e.client.B().Xadd().Key(stream).Id("*").FieldValue()
	for i := 0; i+1 < len(kv); i += 2 {
		fv = fv.FieldValue(kv[i], kv[i+1])
	}
	id, err := e.client.Do(context.Background(), fv.Build()).ToString()
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

func (e *env) entries(stream string) []rueidis.XRangeEntry {
	e.t.Helper()
	es, err := e.client.Do(context.Background(), e.client.B().Xrange().Key(stream).Start("-").End("+").Build()).AsXRange()
	if err != nil && !rueidis.IsRedisNil(err) {
		e.t.Fatal(err)
	}
	return es
}

// completedDocs counts completed events per document.
func (e *env) completedDocs() map[string]int {
	m := map[string]int{}
	for _, en := range e.entries(e.keys.Completed()) {
		m[en.FieldValues["doc"]]++
	}
	return m
}

// waitFor polls cond until it holds or the timeout passes.
func (e *env) waitFor(what string, timeout time.Duration, cond func() bool) {
	e.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (e *env) state(doc string) map[string]string {
	e.t.Helper()
	p := events.Partition(doc, e.cfg.Partitions)
	m, err := e.client.Do(context.Background(), e.client.B().Hgetall().Key(e.keys.State(p, doc)).Build()).AsStrMap()
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

// records counts run records per (stage, outcome) for doc ("" for all).
func (e *env) records(doc string) map[string]int {
	m := map[string]int{}
	for p := 0; p < e.cfg.Partitions; p++ {
		for _, en := range e.entries(e.keys.Records(p)) {
			if doc == "" || en.FieldValues["doc"] == doc {
				m[en.FieldValues["stage"]+"/"+en.FieldValues["outcome"]]++
			}
		}
	}
	return m
}

func (e *env) dlq() []rueidis.XRangeEntry { return e.entries(e.keys.DLQ()) }

var seq atomic.Int64

func uniq(s string) string { return fmt.Sprintf("%s-%d", s, seq.Add(1)) }

func clusterURL(t *testing.T) string { return testenv.RedisCluster(t) }

func splitHostPort(t *testing.T, url string) (string, string) {
	t.Helper()
	a := strings.TrimPrefix(strings.Split(url, ",")[0], "redis://")
	h, p, ok := strings.Cut(a, ":")
	if !ok {
		t.Fatalf("bad address %q", url)
	}
	return h, p
}

// goRedis is a go-redis v9 client, as most Go producers use.
func goRedis(t *testing.T, url string) goredis.UniversalClient {
	t.Helper()
	var addrs []string
	for _, a := range strings.Split(url, ",") {
		addrs = append(addrs, strings.TrimPrefix(a, "redis://"))
	}
	var c goredis.UniversalClient
	if len(addrs) > 1 {
		c = goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: addrs})
	} else {
		c = goredis.NewClient(&goredis.Options{Addr: addrs[0]})
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func fencedRun(e *env, doc string) *cachelayer.Run {
	p := events.Partition(doc, e.cfg.Partitions)
	return &cachelayer.Run{Partition: p, Doc: doc, Stage: events.StageText, NextStage: events.StageChunk,
		OutKey: "out-" + doc, Group: "text", EntryID: "0-1", Consumer: "c", Attempt: 1, Version: 1,
		Flags: cachelayer.Flags{Chain: true}}
}

func errFenced() error { return cachelayer.ErrFenced }

// testLog discards the runtime's log unless DOCPIPE_TEST_LOG=1, which
// writes it at debug level to stderr.
func testLog() *slog.Logger {
	if os.Getenv("DOCPIPE_TEST_LOG") == "1" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return discardLog()
}

func discardLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func startBenchRedis(tb testing.TB) string { return testenv.StartRedis(tb).Addr }

// bothModes runs f against a single redis-server and a 3-master cluster.
func bothModes(t *testing.T, f func(t *testing.T, url string)) {
	for _, mode := range []string{"single", "cluster"} {
		t.Run(mode, func(t *testing.T) {
			url := ""
			if mode == "cluster" {
				url = clusterURL(t)
			}
			f(t, url)
		})
	}
}
