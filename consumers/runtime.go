package consumers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/lograte"
	"github.com/docpipe/docpipe/internal/sourcefile"
	"github.com/docpipe/docpipe/metrics"
)

// Runtime runs the consumers of some stages in one process.
type Runtime struct {
	cfg     config.Config
	client  rueidis.Client
	keys    cachelayer.Keys
	layer   *cachelayer.Layer
	store   OutputStore
	records bool
	log     *slog.Logger
	errLog  *lograte.Limiter
	workers []*worker
	stats   Stats
	sources *sourcefile.Reader
	obs     metrics.Observer // nil: nobody watches
}

// Stats counts what this process's runs ended in.
type Stats struct {
	computed, skipped, busy, fenced, failed, dead atomic.Int64
}

// Snapshot is a copy of the counters.
type Snapshot struct{ Computed, Skipped, Busy, Fenced, Failed, Dead int64 }

// Snapshot returns the counters.
func (rt *Runtime) Snapshot() Snapshot {
	s := &rt.stats
	return Snapshot{s.computed.Load(), s.skipped.Load(), s.busy.Load(), s.fenced.Load(), s.failed.Load(), s.dead.Load()}
}

// Options are the parts a Runtime is built from.
type Options struct {
	Config   config.Config
	Client   rueidis.Client
	Handlers []Handler
	// Store is the durable output store; nil disables the cache-miss fallback.
	Store OutputStore
	// Records turns on run records (the sink must consume them).
	Records bool
	Log     *slog.Logger
	// Observer, when set, is told each run's outcome and cache result (the
	// Prometheus metrics); see run.observe.
	Observer metrics.Observer
}

// New builds a Runtime. cfg must have been validated.
func New(o Options) (*Runtime, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	keys := cachelayer.NewKeys(o.Config.Prefix)
	ttl := cachelayer.TTLs{Output: map[string]int64{}, State: o.Config.TTLState.Milliseconds(), Completed: o.Config.PublicRetention}
	for s, d := range o.Config.OutputTTLs() {
		ttl.Output[s] = d.Milliseconds()
	}
	rt := &Runtime{cfg: o.Config, client: o.Client, keys: keys, layer: cachelayer.NewLayer(o.Client, keys, ttl),
		store: o.Store, records: o.Records, log: o.Log, errLog: lograte.New(10 * time.Second),
		sources: sourcefile.New(o.Config.SourceRoots, o.Config.MaxDocumentBytes), obs: o.Observer}
	seen := map[string]bool{}
	for _, h := range o.Handlers {
		if !events.IsStage(h.Name()) {
			return nil, fmt.Errorf("handler %q is not a stage", h.Name())
		}
		if seen[h.Name()] {
			return nil, fmt.Errorf("two handlers for stage %s", h.Name())
		}
		seen[h.Name()] = true
		n := o.Config.Concurrency(h.Name())
		rt.workers = append(rt.workers, &worker{rt: rt, h: h, sem: make(chan struct{}, n), freed: make(chan struct{}, 1), jobs: make(chan job, n),
			log: o.Log.With("stage", h.Name(), "consumer", o.Config.Consumer)})
	}
	return rt, nil
}

// Streams lists the input streams of stage: the ingest stream for the first
// stage, one stream per partition for the others.
func Streams(keys cachelayer.Keys, partitions int, stage string) []string {
	if stage == events.Stages[0] {
		return []string{keys.Ingest()}
	}
	out := make([]string, partitions)
	for p := range out {
		out[p] = keys.Stream(p, stage)
	}
	return out
}

// EnsureGroups creates every consumer group (with MKSTREAM) for stages.
func EnsureGroups(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, partitions int, stages []string) error {
	for _, s := range stages {
		for _, st := range Streams(keys, partitions, s) {
			if err := ensureGroup(ctx, c, st, s); err != nil {
				return err
			}
		}
	}
	return nil
}

func ensureGroup(ctx context.Context, c rueidis.Client, stream, group string) error {
	err := c.Do(ctx, c.B().XgroupCreate().Key(stream).Group(group).Id("0").Mkstream().Build()).Error()
	if err != nil && !rueidis.IsRedisBusyGroup(err) {
		return fmt.Errorf("create group %s on %s: %w", group, stream, err)
	}
	return nil
}

// Run runs every worker until ctx is cancelled, then drains: it stops reading,
// lets in-flight runs finish for up to the drain timeout, and cancels the
// rest (their entries stay pending and are retried after a restart).
func (rt *Runtime) Run(ctx context.Context) error {
	defer rt.sources.Close()
	var names []string
	for _, w := range rt.workers {
		names = append(names, w.h.Name())
	}
	// Redis may still be loading or a cluster still settling: keep trying
	// until the groups exist or we are told to stop.
	for {
		err := EnsureGroups(ctx, rt.client, rt.keys, rt.cfg.Partitions, names)
		if err == nil {
			break
		}
		rt.errLog.Warn(rt.log, "creating consumer groups; retrying", "err", err)
		if !sleep(ctx, 500*time.Millisecond) {
			return err
		}
	}
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	var readers, inflight, runners sync.WaitGroup
	for _, w := range rt.workers {
		for i := 0; i < cap(w.jobs); i++ {
			runners.Add(1)
			go func() { defer runners.Done(); w.runner() }()
		}
	}
	defer func() {
		for _, w := range rt.workers {
			close(w.jobs)
		}
		runners.Wait()
	}()
	for _, w := range rt.workers {
		streams := Streams(rt.keys, rt.cfg.Partitions, w.h.Name())
		for _, s := range streams {
			readers.Add(1)
			go func() { defer readers.Done(); w.reclaim(ctx, workCtx, s, &inflight) }()
			if !rt.layer.SingleSlot() {
				readers.Add(1)
				go func() { defer readers.Done(); w.read(ctx, workCtx, []string{s}, &inflight) }()
			}
		}
		if rt.layer.SingleSlot() {
			readers.Add(1)
			go func() { defer readers.Done(); w.read(ctx, workCtx, streams, &inflight) }()
		}
	}
	readers.Add(1)
	go func() { defer readers.Done(); rt.trimLoop(ctx) }()
	rt.log.Info("consumers running", "stages", names, "partitions", rt.cfg.Partitions, "consumer", rt.cfg.Consumer)
	<-ctx.Done()
	readers.Wait()
	done := make(chan struct{})
	go func() { inflight.Wait(); close(done) }()
	select {
	case <-done:
		s := rt.Snapshot()
		rt.log.Info("drained: all in-flight runs finished", "computed", s.Computed, "skipped", s.Skipped,
			"busy", s.Busy, "fenced", s.Fenced, "failed", s.Failed, "dead", s.Dead)
	case <-time.After(rt.cfg.DrainTimeout):
		rt.log.Warn("drain timeout: cancelling in-flight runs; their entries stay pending", "timeout", rt.cfg.DrainTimeout)
		cancelWork()
		<-done
	}
	return nil
}

// worker is one stage's consumers in this process; sem caps its runs.
type worker struct {
	rt    *Runtime
	h     Handler
	sem   chan struct{} // one token per running entry
	mu    sync.Mutex
	freed chan struct{} // closed (and replaced) when a slot is released and someone waits
	// waiters counts the readers waiting on freed; guarded by mu.
	waiters int
	jobs    chan job
	log     *slog.Logger
}

func (w *worker) first() bool { return w.h.Name() == events.Stages[0] }

// free waits until the stage has a free slot and returns how many are free
// (0 when ctx ended). It takes none: a reader blocked in XREADGROUP on a
// quiet partition must not hold slots that another partition's entries need.
func (w *worker) free(ctx context.Context) int { return w.waitFree(ctx, 1, nil) }

// gatherWait bounds how long a reader waits for more free slots before it
// reads for the few it has.
const gatherWait = 500 * time.Microsecond

// gather is free for the reader: under load, slots free one by one, and a
// read for each would cost Redis an XREADGROUP per entry or two; it waits
// up to gatherWait for a quarter of the slots. An idle stage has them all
// free at once and reads at once.
func (w *worker) gather(ctx context.Context) int {
	want := max(cap(w.sem)/4, 1)
	n := w.free(ctx)
	if n == 0 || n >= want {
		return n
	}
	t := time.NewTimer(gatherWait)
	defer t.Stop()
	if n := w.waitFree(ctx, want, t.C); n > 0 {
		return n
	}
	return w.free(ctx)
}

// waitFree waits until at least want slots are free, ctx ends (0) or
// timeout fires (0; nil: never), and returns how many are free.
func (w *worker) waitFree(ctx context.Context, want int, timeout <-chan time.Time) int {
	for {
		// Look and sign up as a waiter under the lock, so a release in
		// between is seen.
		w.mu.Lock()
		if n := cap(w.sem) - len(w.sem); n >= want {
			w.mu.Unlock()
			return n
		}
		w.waiters++
		freed := w.freed
		w.mu.Unlock()
		select {
		case <-freed:
		case <-timeout:
			return 0
		case <-ctx.Done():
			return 0
		}
	}
}

// take waits for one slot and holds it; false when ctx ended first.
func (w *worker) take(ctx context.Context) bool {
	select {
	case w.sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// release frees one slot and wakes every reader waiting in free: readers
// and reclaimers wait together, and a single wake-up could go to one that
// then finds nothing to read while the others sleep on.
func (w *worker) release() {
	<-w.sem
	w.mu.Lock()
	if w.waiters > 0 {
		close(w.freed)
		w.freed = make(chan struct{})
		w.waiters = 0
	}
	w.mu.Unlock()
}

// read consumes streams: first this consumer's own pending entries in each
// (left by an earlier life of the same name), then new ones, asking for no
// more entries than there are free slots. Several streams are read with
// one XREADGROUP, which a single Redis allows; on a cluster each partition's
// stream is in its own slot and gets a reader of its own.
func (w *worker) read(ctx, workCtx context.Context, streams []string, inflight *sync.WaitGroup) {
	c := w.rt.client
	for _, stream := range streams {
		if !w.readPending(ctx, workCtx, stream, inflight) {
			return
		}
	}
	ids := make([]string, len(streams))
	for i := range ids {
		ids[i] = ">"
	}
	for ctx.Err() == nil {
		// Several readers (one per stream or stage, plus reclaimers) may each
		// ask for the free count at once; take() below still caps running
		// work at the slot count, the surplus waits delivered to this
		// consumer. COUNT is per stream: a read may bring len(streams) times
		// n entries, which wait the same way.
		n := w.gather(ctx)
		if n == 0 {
			return
		}
		res, err := c.Do(ctx, c.B().Xreadgroup().Group(w.h.Name(), w.rt.cfg.Consumer).Count(int64(n)).
			Block(w.rt.cfg.Block.Milliseconds()).Streams().Key(streams...).Id(ids...).Build()).AsXRead()
		if err != nil {
			if rueidis.IsRedisNil(err) || ctx.Err() != nil {
				continue
			}
			w.readFailed(ctx, streams, err)
			continue
		}
		for _, stream := range streams {
			if !w.dispatchAll(ctx, workCtx, stream, res[stream], nil, inflight) {
				return
			}
		}
	}
}

// readPending dispatches this consumer's own pending entries of stream,
// with their delivery counts; false means shutdown.
func (w *worker) readPending(ctx, workCtx context.Context, stream string, inflight *sync.WaitGroup) bool {
	c := w.rt.client
	cursor := "0"
	for ctx.Err() == nil {
		n := w.free(ctx)
		if n == 0 {
			return false
		}
		res, err := c.Do(ctx, c.B().Xreadgroup().Group(w.h.Name(), w.rt.cfg.Consumer).Count(int64(n)).
			Streams().Key(stream).Id(cursor).Build()).AsXRead()
		if err != nil {
			if rueidis.IsRedisNil(err) || ctx.Err() != nil {
				continue
			}
			w.readFailed(ctx, []string{stream}, err)
			continue
		}
		entries := res[stream]
		if len(entries) == 0 {
			return true
		}
		cursor = entries[len(entries)-1].ID
		if !w.dispatchAll(ctx, workCtx, stream, entries, w.deliveries(ctx, stream, entries), inflight) {
			return false
		}
	}
	return false
}

// readFailed logs a failed read, recreates the groups (they may have gone
// with their streams: FLUSHALL, DEL) and waits a moment.
func (w *worker) readFailed(ctx context.Context, streams []string, err error) {
	w.rt.errLog.Warn(w.log, "read failed", "streams", streams, "err", err)
	for _, stream := range streams {
		if e := ensureGroup(ctx, w.rt.client, stream, w.h.Name()); e != nil {
			w.rt.errLog.Warn(w.log, "recreate group", "stream", stream, "err", e)
		}
	}
	sleep(ctx, time.Second)
}

// dispatchAll hands entries to the runners, a slot each; attempts are the
// delivery counts (nil: first delivery). False means shutdown: the rest stay
// pending for a restart or a reclaimer.
func (w *worker) dispatchAll(ctx, workCtx context.Context, stream string, entries []rueidis.XRangeEntry, attempts map[string]int64, inflight *sync.WaitGroup) bool {
	for _, e := range entries {
		a := int64(1)
		if attempts != nil {
			a = attempts[e.ID]
		}
		if !w.take(ctx) {
			return false
		}
		w.dispatch(workCtx, entry{stream: stream, id: e.ID, fields: e.FieldValues, attempt: a}, inflight)
	}
	return true
}

// dispatch hands one entry to the stage's runners; the slot the reader took
// for it is freed when the run ends. The jobs channel has room for every
// slot, so this never blocks.
func (w *worker) dispatch(ctx context.Context, e entry, inflight *sync.WaitGroup) {
	inflight.Add(1)
	w.jobs <- job{ctx: ctx, e: e, inflight: inflight}
}

// job is one entry on its way to a runner.
type job struct {
	ctx      context.Context
	e        entry
	inflight *sync.WaitGroup
}

// runner is one of the stage's long-lived workers: a fixed pool instead of a
// goroutine per entry, whose stack would grow anew for every run.
func (w *worker) runner() {
	for j := range w.jobs {
		w.process(j.ctx, j.e)
		w.release()
		j.inflight.Done()
	}
}

// deliveries returns the delivery counts of pending entries.
func (w *worker) deliveries(ctx context.Context, stream string, entries []rueidis.XRangeEntry) map[string]int64 {
	c := w.rt.client
	out := make(map[string]int64, len(entries))
	ids := make([]string, len(entries))
	for i, e := range entries {
		ids[i] = e.ID
		out[e.ID] = 1
	}
	sort.Slice(ids, func(i, j int) bool { return idLess(ids[i], ids[j]) })
	arr, err := c.Do(ctx, c.B().Xpending().Key(stream).Group(w.h.Name()).Start(ids[0]).End(ids[len(ids)-1]).
		Count(int64(len(ids)+1000)).Build()).ToArray()
	if err != nil {
		w.rt.errLog.Warn(w.log, "xpending", "stream", stream, "err", err)
		return out
	}
	for _, m := range arr {
		row, err := m.ToArray()
		if err != nil || len(row) < 4 {
			continue
		}
		id, _ := row[0].ToString()
		n, _ := row[3].AsInt64()
		if _, ok := out[id]; ok {
			out[id] = n
		}
	}
	return out
}

// reclaim takes over entries that another consumer (or this one, after a
// transient failure) left pending longer than the claim idle time. The idle
// time exceeds the lock lease, and a live run keeps its entry's idle time
// low, so a live replica's work is not taken.
func (w *worker) reclaim(ctx, workCtx context.Context, stream string, inflight *sync.WaitGroup) {
	c := w.rt.client
	idle := w.rt.cfg.ClaimIdle
	every := idle / 4
	if every < 50*time.Millisecond {
		every = 50 * time.Millisecond
	}
	for sleep(ctx, every) {
		start := "0-0"
		for ctx.Err() == nil {
			n := w.free(ctx)
			if n == 0 {
				return
			}
			arr, err := c.Do(ctx, c.B().Xautoclaim().Key(stream).Group(w.h.Name()).Consumer(w.rt.cfg.Consumer).
				MinIdleTime(strconv.FormatInt(idle.Milliseconds(), 10)).Start(start).Count(int64(n)).Build()).ToArray()
			if err != nil || len(arr) < 2 {
				if err != nil && ctx.Err() == nil {
					w.rt.errLog.Warn(w.log, "xautoclaim", "stream", stream, "err", err)
				}
				break
			}
			next, _ := arr[0].ToString()
			entries, _ := arr[1].AsXRange()
			// Redis 7 returns ids of entries deleted while pending; ack them.
			if len(arr) > 2 {
				if gone, _ := arr[2].AsStrSlice(); len(gone) > 0 {
					_ = c.Do(ctx, c.B().Xack().Key(stream).Group(w.h.Name()).Id(gone...).Build()).Error()
				}
			}
			if len(entries) > 0 {
				attempts := w.deliveries(ctx, stream, entries)
				for _, e := range entries {
					w.log.Info("reclaimed idle entry", "stream", stream, "id", e.ID, "attempt", attempts[e.ID])
				}
				if !w.dispatchAll(ctx, workCtx, stream, entries, attempts, inflight) {
					return
				}
			}
			if next == "0-0" || next == "" {
				break
			}
			start = next
		}
	}
}

func (w *worker) ack(ctx context.Context, e entry) {
	c := w.rt.client
	if err := c.Do(ctx, c.B().Xack().Key(e.stream).Group(w.h.Name()).Id(e.id).Build()).Error(); err != nil {
		w.rt.errLog.Warn(w.log, "ack failed; entry will be redelivered and skipped", "stream", e.stream, "id", e.id, "err", err)
	}
}

// DLQ entry fields added to the original ones.
const (
	DLQReason  = "dlq.reason"
	DLQStream  = "dlq.stream"
	DLQID      = "dlq.id"
	DLQStage   = "dlq.stage"
	DLQTime    = "dlq.time"
	DLQAttempt = "dlq.attempt"
)

// deadLetter copies an entry with its reason to the dead-letter stream.
func (rt *Runtime) deadLetter(ctx context.Context, e entry, stage, reason string) error {
	kv := make([]string, 0, 12+2*len(e.fields))
	kv = append(kv, DLQReason, reason, DLQStream, e.stream, DLQID, e.id, DLQStage, stage,
		DLQTime, time.Now().UTC().Format(time.RFC3339), DLQAttempt, strconv.FormatInt(e.attempt, 10))
	ks := make([]string, 0, len(e.fields))
	for k := range e.fields {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		kv = append(kv, k, e.fields[k])
	}
	if err := rt.client.Do(ctx, xaddCmd(rt.client, rt.keys.DLQ(), rt.cfg.PublicRetention, kv)).Error(); err != nil {
		return fmt.Errorf("dead-letter %s %s: %w", e.stream, e.id, err)
	}
	return nil
}

func newToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// sleep waits d or until ctx ends; it reports whether ctx is still live.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// idLess orders stream ids ("ms-seq").
func idLess(a, b string) bool {
	am, as := splitID(a)
	bm, bs := splitID(b)
	if am != bm {
		return am < bm
	}
	return as < bs
}

func splitID(id string) (uint64, uint64) {
	for i := 0; i < len(id); i++ {
		if id[i] == '-' {
			ms, _ := strconv.ParseUint(id[:i], 10, 64)
			seq, _ := strconv.ParseUint(id[i+1:], 10, 64)
			return ms, seq
		}
	}
	ms, _ := strconv.ParseUint(id, 10, 64)
	return ms, 0
}
