package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// Sample is one row of soak.csv.
type Sample struct {
	T          float64          // seconds since the start
	UsedMemory int64            // Redis INFO used_memory
	Keys       int64            // DBSIZE
	KeysByKind map[string]int64 // out:<stage>, state, lock, stream
	Streams    map[string]int64 // ingest, stages (sum), records (sum), completed, dlq
	Ingested   int64
	Completed  int64
	Heap       [2]float64 // live heap bytes per replica, NaN while restarting
	Goroutines [2]float64
}

// PlanRow is one kind of key in the memory plan.
type PlanRow struct {
	Kind        string  `json:"kind"`
	Keys        int64   `json:"keys"`
	Bytes       int64   `json:"bytes"`
	BytesPerDoc float64 `json:"bytes_per_doc"`
}

// Plan is Redis's memory by kind of key at the end of the steady state,
// divided by the documents whose state was live then.
type Plan struct {
	Docs       int64     `json:"live_documents"`
	UsedMemory int64     `json:"used_memory"`
	Rows       []PlanRow `json:"rows"`
	// PerDoc is the sum of the rows that scale with documents (outputs and
	// state): the bytes one document holds in Redis for its TTL.
	PerDoc float64 `json:"bytes_per_doc_total"`
	TTL    string  `json:"ttl"`
	Rate   float64 `json:"docs_per_second"`
}

// Result is what a soak measured.
type Result struct {
	Cfg      Config
	Samples  []Sample
	Plan     Plan
	Ingested int
	Lost     []string // ingested documents that never completed
	DLQ      int64
	Restarts int
	Summary  string
}

// Run runs one soak and writes its outputs into cfg.Out.
func Run(ctx context.Context, cfg Config, logger *log.Logger) (*Result, error) {
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp("", "docpipe-soak-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	bin := filepath.Join(work, "docpipe")
	if out, err := exec.Command("go", "build", "-o", bin, filepath.Join(testenv.RepoRoot(), "cmd", "docpipe")).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("build docpipe: %v\n%s", err, out)
	}
	redis, err := startRedis(filepath.Join(work, "redis"))
	if err != nil {
		return nil, err
	}
	defer redis.stop()
	url := "redis://" + redis.addr
	dsn := ""
	if cfg.ClickHouse {
		ch, err := testenv.StartClickHouseServer(filepath.Join(work, "clickhouse"))
		if err != nil {
			return nil, fmt.Errorf("clickhouse: %w", err)
		}
		defer func() { _ = ch.Stop() }()
		if err := ch.Exec("CREATE DATABASE IF NOT EXISTS soak"); err != nil {
			return nil, err
		}
		dsn = ch.DSN("soak")
	}
	client, err := cachelayer.Connect(url)
	if err != nil {
		return nil, err
	}
	defer client.Close()
	keys := cachelayer.NewKeys("docpipe")
	src := filepath.Join(work, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return nil, err
	}
	ttl := cfg.TTL.String()
	env := append(os.Environ(),
		"DOCPIPE_REDIS_URL="+url, "DOCPIPE_CLICKHOUSE_DSN="+dsn, "DOCPIPE_SOURCE_ROOTS="+src,
		"DOCPIPE_PARTITIONS="+strconv.Itoa(cfg.Partitions), "DOCPIPE_TRIM_INTERVAL=5s",
		"DOCPIPE_PUBLIC_RETENTION=1000", "DOCPIPE_CONSUMER_EXPIRY=2m", "DOCPIPE_LOG_LEVEL=warn",
		"DOCPIPE_LOCK_LEASE=15s", "DOCPIPE_CLAIM_IDLE=30s", "DOCPIPE_DRAIN_TIMEOUT=10s",
		"DOCPIPE_TTL_OCR="+ttl, "DOCPIPE_TTL_TEXT="+ttl, "DOCPIPE_TTL_CHUNK="+ttl, "DOCPIPE_TTL_EXTRACT="+ttl,
		"DOCPIPE_TTL_RESOLVE="+ttl, "DOCPIPE_TTL_RELATE="+ttl, "DOCPIPE_TTL_STATE="+ttl,
	)
	var reps [2]*replica
	for i := range reps {
		reps[i] = &replica{name: fmt.Sprintf("soak-%d", i+1), bin: bin, env: env, logPath: filepath.Join(cfg.Out, fmt.Sprintf("replica-%d.log", i+1))}
		if err := reps[i].start(); err != nil {
			return nil, err
		}
		defer reps[i].stop()
	}

	res := &Result{Cfg: cfg}
	var mu sync.Mutex
	completed := map[string]bool{}
	ingested := map[string]bool{}
	followCtx, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	go follow(followCtx, client, keys, func(doc string) {
		mu.Lock()
		completed[doc] = true
		mu.Unlock()
	})

	start := time.Now()
	rng := rand.New(rand.NewPCG(1, 2))
	tick := time.NewTicker(time.Duration(float64(time.Second) / cfg.Rate))
	defer tick.Stop()
	sampleTick := time.NewTicker(cfg.Sample)
	defer sampleTick.Stop()
	restartTick := time.NewTicker(cfg.RestartEvery)
	defer restartTick.Stop()
	takeSample := func() {
		mu.Lock()
		ni, nc := int64(len(ingested)), int64(len(completed))
		mu.Unlock()
		s, err := sample(ctx, client, keys, cfg.Partitions, reps)
		if err != nil {
			logger.Printf("sample: %v", err)
			return
		}
		s.T = time.Since(start).Seconds()
		s.Ingested, s.Completed = ni, nc
		res.Samples = append(res.Samples, s)
		logger.Printf("t=%4.0fs used_memory=%.1fMB keys=%d ingested=%d completed=%d heap=%.1f/%.1fMB goroutines=%.0f/%.0f",
			s.T, float64(s.UsedMemory)/1e6, s.Keys, ni, nc, s.Heap[0]/1e6, s.Heap[1]/1e6, s.Goroutines[0], s.Goroutines[1])
	}
	n := 0
	deadline := start.Add(cfg.Duration)
loop:
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			break loop
		case <-tick.C:
			path := filepath.Join(src, fmt.Sprintf("d%06d.txt", n))
			n++
			if err := os.WriteFile(path, []byte(letter(rng, n)), 0o644); err != nil {
				return res, err
			}
			in := events.Ingest{Source: path, DocID: events.DocIDFor(path)}
			if _, err := consumers.Ingest(ctx, client, keys, in); err != nil {
				logger.Printf("ingest %s: %v", path, err)
				continue
			}
			mu.Lock()
			ingested[in.DocID] = true
			mu.Unlock()
		case <-sampleTick.C:
			takeSample()
		case <-restartTick.C:
			logger.Printf("restarting %s", reps[1].name)
			if err := reps[1].restart(); err != nil {
				return res, err
			}
			res.Restarts++
		}
	}
	// The memory plan is measured at the end of the steady state, before
	// the pipeline drains.
	res.Plan, err = memoryPlan(ctx, client, keys.Prefix)
	if err != nil {
		return res, err
	}
	res.Plan.TTL, res.Plan.Rate = cfg.TTL.String(), cfg.Rate
	drainEnd := time.Now().Add(cfg.Drain)
	for time.Now().Before(drainEnd) && ctx.Err() == nil {
		mu.Lock()
		done := len(completed) >= len(ingested)
		mu.Unlock()
		if done {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	takeSample()
	mu.Lock()
	res.Ingested = len(ingested)
	for d := range ingested {
		if !completed[d] {
			res.Lost = append(res.Lost, d)
		}
	}
	mu.Unlock()
	sort.Strings(res.Lost)
	res.DLQ, _ = client.Do(ctx, client.B().Xlen().Key(keys.DLQ()).Build()).AsInt64()
	if err := writeCSV(filepath.Join(cfg.Out, "soak.csv"), res.Samples); err != nil {
		return res, err
	}
	if err := drawChart(filepath.Join(cfg.Out, "soak.png"), res.Samples); err != nil {
		return res, err
	}
	res.Summary = res.summary()
	if err := os.WriteFile(filepath.Join(cfg.Out, "summary.md"), []byte(res.Summary), 0o644); err != nil {
		return res, err
	}
	return res, ctx.Err()
}

// letter is a generated document: a short court letter with people,
// organisations, amounts and dates, different every time so that every
// stage computes (outputs are keyed by content).
func letter(rng *rand.Rand, n int) string {
	first := []string{"Ada", "Harlan", "Mira", "Oskar", "Lena", "Tobias", "Ines", "Farid", "Greta", "Paulo"}
	last := []string{"Quinn", "Mott", "Varga", "Lindqvist", "Okafor", "Brandt", "Serrano", "Novak", "Achterberg", "Duval"}
	orgs := []string{"Corvid Holdings, Inc.", "Westmarch Shipping Ltd.", "Albany Trust Company", "Norrland Mining AB", "Keel & Spar LLP"}
	courts := []string{"District Court of Westmarch", "Superior Court of Albany", "High Court of Norrland"}
	name := func() string { return first[rng.IntN(len(first))] + " " + last[rng.IntN(len(last))] }
	var b strings.Builder
	fmt.Fprintf(&b, "Letter %d.\n\n", n)
	paras := 3 + rng.IntN(4)
	for i := 0; i < paras; i++ {
		fmt.Fprintf(&b, "On %s %d, 2024, Judge %s of the %s ordered %s to pay $%d,%03d to %s under Section %d.%d of the Agreement. ",
			[]string{"January", "March", "May", "July", "September", "November"}[rng.IntN(6)], 1+rng.IntN(28), name(),
			courts[rng.IntN(len(courts))], orgs[rng.IntN(len(orgs))], 1+rng.IntN(900), rng.IntN(1000), name(), 1+rng.IntN(20), rng.IntN(10))
		fmt.Fprintf(&b, "%s, counsel for %s, filed a motion on behalf of %s (case %d-%04d).\n\n",
			name(), orgs[rng.IntN(len(orgs))], name(), 20+rng.IntN(5), rng.IntN(10000))
	}
	return b.String()
}

// follow reads the completed stream from the beginning and reports each
// document id, until ctx ends.
func follow(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, done func(string)) {
	last := "0"
	for ctx.Err() == nil {
		res, err := c.Do(ctx, c.B().Xread().Count(1000).Block(1000).Streams().Key(keys.Completed()).Id(last).Build()).AsXRead()
		if err != nil {
			if !rueidis.IsRedisNil(err) {
				time.Sleep(200 * time.Millisecond)
			}
			continue
		}
		for _, e := range res[keys.Completed()] {
			last = e.ID
			done(e.FieldValues[events.FieldDoc])
		}
	}
}

// sample reads Redis's memory, keys and streams and the replicas' heaps.
func sample(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, partitions int, reps [2]*replica) (Sample, error) {
	s := Sample{KeysByKind: map[string]int64{}, Streams: map[string]int64{}}
	info, err := c.Do(ctx, c.B().Info().Section("memory").Build()).ToString()
	if err != nil {
		return s, err
	}
	v, _ := cachelayer.InfoField(info, "used_memory")
	s.UsedMemory, _ = strconv.ParseInt(v, 10, 64)
	if s.Keys, err = c.Do(ctx, c.B().Dbsize().Build()).AsInt64(); err != nil {
		return s, err
	}
	if err := scanKeys(ctx, c, func(k string) { s.KeysByKind[kindOf(keys.Prefix, k)]++ }); err != nil {
		return s, err
	}
	xlen := func(k string) int64 {
		n, _ := c.Do(ctx, c.B().Xlen().Key(k).Build()).AsInt64()
		return n
	}
	s.Streams["ingest"] = xlen(keys.Ingest())
	s.Streams["completed"] = xlen(keys.Completed())
	s.Streams["dlq"] = xlen(keys.DLQ())
	for p := 0; p < partitions; p++ {
		for _, st := range events.Stages[1:] {
			s.Streams["stages"] += xlen(keys.Stream(p, st))
		}
		s.Streams["records"] += xlen(keys.Records(p))
	}
	for i, r := range reps {
		s.Heap[i], s.Goroutines[i] = r.vars()
	}
	return s, nil
}

func scanKeys(ctx context.Context, c rueidis.Client, f func(string)) error {
	cursor := uint64(0)
	for {
		e, err := c.Do(ctx, c.B().Scan().Cursor(cursor).Count(1000).Build()).AsScanEntry()
		if err != nil {
			return err
		}
		for _, k := range e.Elements {
			f(k)
		}
		if e.Cursor == 0 {
			return nil
		}
		cursor = e.Cursor
	}
}

// kindOf classifies a key: "out:<stage>" for outputs and their parts,
// "state", "lock", or "stream:<name>".
func kindOf(prefix, k string) string {
	rest := strings.TrimPrefix(k, prefix+":")
	if strings.HasPrefix(rest, "{") {
		if _, after, ok := strings.Cut(rest, "}:"); ok {
			rest = after
		}
	}
	switch {
	case strings.HasPrefix(rest, "out:"):
		parts := strings.SplitN(rest, ":", 3)
		return "out:" + parts[1]
	case strings.HasPrefix(rest, "doc:"):
		return "state"
	case strings.HasPrefix(rest, "lock:"):
		return "lock"
	}
	return "stream:" + rest
}

// memoryPlan sums MEMORY USAGE by kind of key and divides by the live
// documents (state hashes).
func memoryPlan(ctx context.Context, c rueidis.Client, prefix string) (Plan, error) {
	var all []string
	if err := scanKeys(ctx, c, func(k string) { all = append(all, k) }); err != nil {
		return Plan{}, err
	}
	rows := map[string]*PlanRow{}
	for i := 0; i < len(all); i += 500 {
		part := all[i:min(i+500, len(all))]
		cmds := make(rueidis.Commands, len(part))
		for j, k := range part {
			cmds[j] = c.B().MemoryUsage().Key(k).Samples(0).Build()
		}
		for j, r := range c.DoMulti(ctx, cmds...) {
			n, err := r.AsInt64()
			if err != nil {
				continue // expired between SCAN and MEMORY USAGE
			}
			kind := kindOf(prefix, part[j])
			if rows[kind] == nil {
				rows[kind] = &PlanRow{Kind: kind}
			}
			rows[kind].Keys++
			rows[kind].Bytes += n
		}
	}
	var p Plan
	if r := rows["state"]; r != nil {
		p.Docs = r.Keys
	}
	info, err := c.Do(ctx, c.B().Info().Section("memory").Build()).ToString()
	if err == nil {
		v, _ := cachelayer.InfoField(info, "used_memory")
		p.UsedMemory, _ = strconv.ParseInt(v, 10, 64)
	}
	for _, r := range rows {
		if p.Docs > 0 {
			r.BytesPerDoc = float64(r.Bytes) / float64(p.Docs)
		}
		if strings.HasPrefix(r.Kind, "out:") || r.Kind == "state" {
			p.PerDoc += r.BytesPerDoc
		}
		p.Rows = append(p.Rows, *r)
	}
	sort.Slice(p.Rows, func(i, j int) bool { return p.Rows[i].Kind < p.Rows[j].Kind })
	return p, nil
}

// redisProc is the soak's own redis-server: noeviction, no persistence.
type redisProc struct {
	addr string
	cmd  *exec.Cmd
	done chan struct{}
}

func startRedis(dir string) (*redisProc, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command("redis-server", "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir,
		"--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction", "--logfile", filepath.Join(dir, "redis.log"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("redis-server: %w", err)
	}
	r := &redisProc{addr: "127.0.0.1:" + strconv.Itoa(port), cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(r.done) }()
	for i := 0; i < 100; i++ {
		if c, err := cachelayer.Connect("redis://" + r.addr); err == nil {
			c.Close()
			return r, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	r.stop()
	return nil, fmt.Errorf("redis-server on %s did not start", r.addr)
}

func (r *redisProc) stop() {
	_ = r.cmd.Process.Kill()
	<-r.done
}

// replica is one `docpipe run` process with its debug endpoint.
type replica struct {
	name    string
	bin     string
	env     []string
	logPath string
	debug   string
	cmd     *exec.Cmd
	done    chan struct{}
}

func (r *replica) start() error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	r.debug = l.Addr().String()
	l.Close()
	logf, err := os.OpenFile(r.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(r.bin, "run")
	cmd.Env = append(append([]string{}, r.env...), "DOCPIPE_CONSUMER="+r.name, "DOCPIPE_DEBUG_ADDR="+r.debug)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start %s: %w", r.name, err)
	}
	r.cmd, r.done = cmd, make(chan struct{})
	go func(done chan struct{}) { _ = cmd.Wait(); logf.Close(); close(done) }(r.done)
	return nil
}

// stop sends SIGTERM (a graceful drain) and waits.
func (r *replica) stop() {
	if r.cmd == nil {
		return
	}
	_ = r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
	case <-time.After(30 * time.Second):
		_ = r.cmd.Process.Kill()
		<-r.done
	}
	r.cmd = nil
}

func (r *replica) restart() error {
	r.stop()
	return r.start()
}

// vars reads the live heap (kept by the last GC) and the goroutine count from /debug/vars; NaN when
// the replica does not answer (restarting).
func (r *replica) vars() (heap, goroutines float64) {
	nan := func() (float64, float64) { z := 0.0; return z / z, z / z }
	cl := http.Client{Timeout: 2 * time.Second}
	resp, err := cl.Get("http://" + r.debug + "/debug/vars")
	if err != nil {
		return nan()
	}
	defer resp.Body.Close()
	var v struct {
		Goroutines float64 `json:"goroutines"`
		HeapLive   float64 `json:"heap_live_bytes"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return nan()
	}
	return v.HeapLive, v.Goroutines
}
